import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

// Realistic Vietnamese documents (all identifiers synthetic, checksum-valid where they must be found), scanned by the
// real CLI. The vn pack is checked alone for exact findings, and with every built-in pack for silence on negatives.
const ROOT = resolve(__dirname, '..');
const fx = (name: string) => `fixtures/vn/${name}`;
const VN_ONLY = ['--no-builtin', '--rules', 'rules/vn'];

type Expect = [line: number, ruleId: string, category: string];

function scan(file: string, packArgs: string[]) {
  const r = cli(['scan', '--format', 'json', ...packArgs, fx(file)], { cwd: ROOT });
  expect(r.stderr).not.toMatch(/error/i);
  const doc = r.json();
  expect(doc.skipped).toEqual([]);
  return { code: r.code, doc, stdout: r.stdout };
}

const positives: { file: string; findings: Expect[]; secrets: string[] }[] = [
  {
    // A stamped ministry report: motto header, number line, MẬT under it, Nơi nhận and KT. signature.
    file: 'bao-cao-mat.txt',
    findings: [
      [1, 'vn.official.national-motto', 'official-document'],
      [2, 'vn.official.national-motto', 'official-document'],
      [3, 'vn.official.number-line', 'official-document'],
      [4, 'vn.classified.stamp-mat', 'classified-marking'],
      [15, 'vn.official.recipients', 'official-document'],
      [15, 'vn.official.signature-authority', 'official-document'],
    ],
    secrets: [],
  },
  {
    // A party office dispatch: party header, "Số 407-CV/ĐU", centred TỐI MẬT, XEM XONG TRẢ LẠI, a discipline record.
    file: 'cong-van-dang.txt',
    findings: [
      [1, 'vn.official.party-header', 'official-document'],
      [4, 'vn.official.number-line', 'official-document'],
      [5, 'vn.classified.stamp', 'classified-marking'],
      [6, 'vn.classified.restricted', 'classified-marking'],
      [13, 'vn.sensitive.party-discipline', 'sensitive-personal'],
      [15, 'vn.official.signature-authority', 'official-document'],
    ],
    secrets: [],
  },
  {
    // An HR export: the ID words are only in the header row.
    file: 'danh-sach-doan-cong-tac.csv',
    findings: [
      [2, 'vn.id.cccd', 'national-id'], [2, 'vn.id.passport', 'national-id'], [2, 'vn.contact.mobile', 'contact'],
      [3, 'vn.id.cccd', 'national-id'], [3, 'vn.id.passport', 'national-id'], [3, 'vn.contact.mobile', 'contact'],
      [4, 'vn.id.cccd', 'national-id'], [4, 'vn.id.passport', 'national-id'], [4, 'vn.contact.mobile', 'contact'],
    ],
    secrets: ['040195234568', '001089123457', '079301482913', 'C7713204', 'P4420871', '0912 483 207', '0386.215.904', '+84 707 318 226'],
  },
  {
    file: 'tin-nhan-zalo.txt',
    findings: [
      [3, 'vn.financial.bank-account', 'financial'],
      [4, 'vn.credential.password', 'credential'],
      [5, 'vn.contact.mobile', 'contact'],
    ],
    secrets: ['0011004123456', 'Qlvb@2026#hn', '0977 154 380'],
  },
  {
    // A personnel record: ethnicity and religion, CCCD, personal tax code, health of the named official.
    file: 'ho-so-can-bo.txt',
    findings: [
      [4, 'vn.sensitive.ethnicity', 'sensitive-personal'],
      [4, 'vn.sensitive.religion', 'sensitive-personal'],
      [5, 'vn.id.cccd', 'national-id'],
      [6, 'vn.financial.mst-personal', 'financial'],
      [10, 'vn.sensitive.health', 'sensitive-personal'],
    ],
    secrets: ['027092554610', '8012345677'],
  },
];

describe('vn fixtures: the vn pack alone finds exactly what the documents hold', () => {
  for (const p of positives) {
    it(`${p.file} → block`, () => {
      const { code, doc, stdout } = scan(p.file, VN_ONLY);
      expect(code).toBe(1);
      expect(doc.verdict).toBe('block');
      const got = new Set(doc.findings.map((f: any) => `${f.line} ${f.ruleId} ${f.category}`));
      for (const [line, ruleId, category] of p.findings) expect(got).toContain(`${line} ${ruleId} ${category}`);
      // every finding is one we expect (per line and rule; a rule may fire more than once on a line)
      const allowed = new Set(p.findings.map(([line, ruleId]) => `${line} ${ruleId}`));
      expect(doc.findings.filter((f: any) => !allowed.has(`${f.line} ${f.ruleId}`))).toEqual([]);
      // the sensitive values never reach the output
      for (const s of p.secrets) expect(stdout).not.toContain(s);
    });
  }

  it('points at the exact characters of the stamp', () => {
    const { doc } = scan('cong-van-dang.txt', VN_ONLY);
    expect(doc.findings.find((f: any) => f.ruleId === 'vn.classified.stamp')).toMatchObject({ line: 5, column: 26, endLine: 5, endColumn: 33 });
  });
});

// A press release (switchboard, hotlines, cited document numbers, mật ong, mật độ, mật thiết) and an AI-use
// guidance note that names the stamps in prose and shows a password placeholder.
const negatives = ['thong-cao-bao-chi.txt', 'huong-dan-su-dung-ai.txt'];

describe('vn fixtures: hard negatives stay silent', () => {
  for (const file of negatives) {
    it(`${file} passes with the vn pack`, () => {
      const { code, doc } = scan(file, VN_ONLY);
      expect(doc.findings).toEqual([]);
      expect(code).toBe(0);
    });
    it(`${file} passes with all built-in packs`, () => {
      const { code, doc } = scan(file, []);
      expect(doc.findings.map((f: any) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
      expect(code).toBe(0);
    });
  }
});
