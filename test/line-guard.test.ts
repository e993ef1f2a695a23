import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looseValueSpans } from '../src/report/line-guard.js';
import { cli, tempDir } from './helpers/cli.js';

// The pretty report shows each finding in its line. Everything on that line that looks like a secret or an identifier
// is masked too, found or not (src/report/line-guard.ts): a second password a pattern consumed, a card a validator
// doubted, a token no rule knows. These lines hold two or three values of different kinds, only one of them reported.

const masked = (line: string) => {
  let out = '';
  let pos = 0;
  for (const [s, e] of looseValueSpans(line)) {
    if (e <= pos) continue;
    out += line.slice(pos, Math.max(pos, s)) + '#'.repeat(e - Math.max(pos, s));
    pos = e;
  }
  return out + line.slice(pos);
};

describe('looseValueSpans: the values a shown line must not show', () => {
  it.each([
    ['keytool -genkey -storepass Sup3rS3cret -keypass hunter22 -alias x', ['Sup3rS3cret', 'hunter22'], ['keytool', 'alias']],
    ['mysql -u root -pS3cr3tPass -h db01', ['S3cr3tPass'], ['mysql', 'root']],
    ['DB_PASSWORD=correcthorse and API_KEY: "sk_live_4eC39HqLyjWDarjtT1zdp7dc"', ['correcthorse', '4eC39HqLyjWDarjtT1zdp7dc'], ['DB_PASSWORD', 'API_KEY']],
    ['"password": "sunshine", "user": "an.nguyen"', ['sunshine'], ['password', 'an.nguyen']],
    ['mật khẩu là hoa_hong_do, mk: 12345678', ['hoa_hong_do', '12345678'], ['mật khẩu là']],
    ['mat khau la abcdef, heslo je Praha2024!', ['abcdef', 'Praha2024'], ['mat khau la', 'heslo je']],
    ['OTP của em là 483920 nhé, PIN 1234', ['483920', '1234'], ['OTP của em là', 'nhé']],
    ['psql postgres://admin:Pa55word@db.example.com:5432/app', ['Pa55word'], ['admin', 'db.example.com']],
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0', ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0'], ['Authorization: Bearer']],
    ['CCCD 001203012345, ĐT 0912 345 678, thẻ 4213 9463 5518 9928, mail an.nguyen85@gmail.com', ['001203012345', '0912 345 678', '4213 9463 5518 9928', 'an.nguyen85'], ['CCCD', 'gmail.com']],
    ['WIFI:T:WPA;S:CongTy-5G;P:matkhau@2024;;', ['matkhau@2024'], ['WIFI:T:WPA;S:CongTy-5G;P:']],
    ['token wJalrXUtnFEMIKMDENGbPxRfiCYCANARYKEY and aBcDeFgHiJkLmNoPqRsT', ['wJalrXUtnFEMIKMDENGbPxRfiCYCANARYKEY', 'aBcDeFgHiJkLmNoPqRsT'], ['token', 'and']],
  ])('%s', (line, hidden, shown) => {
    const out = masked(line);
    for (const v of hidden) expect(out, v).not.toContain(v);
    for (const w of shown) expect(out, w).toContain(w);
  });

  it.each([
    '2025-11-18 10:14:02 GET /api/health HTTP/1.1 200 Ubuntu 22.04.5, Docker 27.3.1, ngày 15/01/2024',
    'Kính gửi: ông An, tại Hà Nội. The quick brown fox jumps over getUserAccountDetails.',
    'Quyết định số 1234/QĐ-UBND ngày 12/3/2025, tổng 1.250.000 đồng, 98,5 %',
  ])('leaves plain words, short numbers, dates and times as written: %s', (line) => {
    expect(looseValueSpans(line)).toEqual([]);
  });
});

describe('every output format: only the reported value is found, the others on its line are never shown in full', () => {
  // Line 1: a password assignment (reported) beside an old password in prose, a mistyped card (fails Luhn, so no
  // finding) and a token no rule knows. Line 2: a Vietnamese password (reported) and a one-time code. Line 3: a
  // connection string's password (reported) beside an old password in a shell comment.
  const TEXT = 'old hunter2024x; DB_PASSWORD=Xk9mQ2vLp7zz card 4213 9463 5518 9920, ref zq8Wm3Rt7Yp2Lk5N\n'
    + 'mat khau wifi la CongTy@2025 va OTP cua em la 483920\n'
    + 'psql "postgresql://svc_app:Qw3rtyXyz@db.internal/app" # truoc day: Zm9vYmFy0d9f2k\n';
  const HIDDEN = ['hunter2024x', '4213 9463 5518 9920', 'zq8Wm3Rt7Yp2Lk5N', '483920', 'Zm9vYmFy0d9f2k'];
  const REPORTED = ['Xk9mQ2vLp7zz', 'CongTy@2025', 'Qw3rtyXyz'];
  const dir = tempDir('pg-guard-');
  const file = join(dir, 'note.txt');
  writeFileSync(file, TEXT);

  it('the scan reports the three, not the others (so only the line guard keeps them out of the report)', () => {
    const doc = cli(['scan', '--no-config', '--format', 'json', file]).json();
    const lines = doc.findings.filter((f: { category: string }) => f.category === 'credential').map((f: { line: number }) => f.line);
    expect(lines).toEqual([1, 2, 3]);
    expect(doc.findings.some((f: { ruleId: string }) => f.ruleId === 'intl.financial.payment-card')).toBe(false);
  });

  it.each([
    ['pretty', ['--format', 'pretty']],
    ['pretty --verbose', ['--format', 'pretty', '--verbose']],
    ['compact', ['--format', 'compact']],
    ['json', ['--format', 'json']],
    ['json --verbose', ['--format', 'json', '--verbose']],
    ['sarif', ['--format', 'sarif']],
  ])('%s', (_name, args) => {
    const r = cli(['scan', '--no-config', ...args, file], { cwd: dir });
    expect(r.code).toBe(1);
    for (const v of [...HIDDEN, ...REPORTED]) {
      expect(r.stdout, v).not.toContain(v);
      expect(r.stderr, v).not.toContain(v);
    }
    if (args.includes('pretty')) expect(r.stdout).toContain('old h**********; DB_PASSWORD=«X***********» card 4*** 9*** 5*** 9***');
  });

  it('piped input and the assistant hook show none of them either', () => {
    for (const args of [['scan', '--no-config', '--format', 'pretty', '-'], ['scan', '--no-config', '--input-format', 'claude-code']]) {
      const input = args.includes('claude-code') ? JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: TEXT, session_id: 's', cwd: dir }) : TEXT;
      const r = cli(args, { input, cwd: dir });
      expect(r.code, args.join(' ')).not.toBe(0);
      for (const v of [...HIDDEN, ...REPORTED]) expect(r.stdout + r.stderr, `${args.join(' ')}: ${v}`).not.toContain(v);
    }
  });
});
