import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

// Realistic English/international documents (all identifiers synthetic, checksum-valid where they must be found),
// scanned by the real CLI. The intl pack is checked alone for exact findings, and with every built-in pack for
// silence on the negatives.
const ROOT = resolve(__dirname, '..');
const fx = (name: string) => `fixtures/intl/${name}`;
const INTL_ONLY = ['--no-builtin', '--rules', 'rules/intl'];

type Expect = [line: number, ruleId: string, category: string];

function scan(file: string, packArgs: string[]) {
  const r = cli(['scan', '--format', 'json', ...packArgs, fx(file)], { cwd: ROOT });
  expect(r.stderr).not.toMatch(/error/i);
  const doc = r.json();
  expect(doc.skipped).toEqual([]);
  return { code: r.code, doc, stdout: r.stdout };
}

const positives: { file: string; verdict: 'block' | 'warn'; findings: Expect[]; secrets: string[] }[] = [
  {
    // A US memo: SECRET//NOFORN banner top and bottom, (S//NF) portion marks; "(U)" and SECRETARY are not marks.
    file: 'us-memo-secret-noforn.txt',
    verdict: 'block',
    findings: [
      [1, 'intl.classified.control-marking', 'classified-marking'],
      [4, 'intl.classified.control-marking', 'classified-marking'],
      [6, 'intl.classified.control-marking', 'classified-marking'],
      [8, 'intl.classified.control-marking', 'classified-marking'],
      [11, 'intl.classified.control-marking', 'classified-marking'],
    ],
    secrets: [],
  },
  {
    // An English translation of a ministry dispatch: national title, "No.:" line, CONFIDENTIAL stamp, a named
    // official's webmail, a Recipients block.
    file: 'translated-dispatch.txt',
    verdict: 'block',
    findings: [
      [3, 'intl.official-document.vn-header', 'official-document'],
      [5, 'intl.official-document.number-line', 'official-document'],
      [6, 'intl.classified.banner', 'classified-marking'],
      [11, 'intl.contact.email', 'contact'],
      [13, 'intl.official-document.recipients', 'official-document'],
    ],
    secrets: ['thi.lan.tran.hn@gmail.com'],
  },
  {
    // A service configuration with live-looking credentials and internal addresses; ${SMTP_PASSWORD} is not one.
    file: 'service-config.yaml',
    verdict: 'block',
    findings: [
      [6, 'intl.credential.connection-string', 'credential'],
      [6, 'intl.infrastructure.internal-host', 'infrastructure'],
      [7, 'intl.infrastructure.private-ip', 'infrastructure'],
      [9, 'intl.credential.aws-access-key', 'credential'],
      [10, 'intl.credential.secret-assignment', 'credential'],
      [12, 'intl.credential.github-token', 'credential'],
      [13, 'intl.credential.npm-token', 'credential'],
      [14, 'intl.infrastructure.internal-host', 'infrastructure'],
      [15, 'intl.credential.jwt', 'credential'],
    ],
    secrets: [
      'Vq7#mR2x!Lp9',
      '10.42.7.19',
      'AKIA4TQXH7NZ2WJ5KRDM',
      'kiJfahqSIjOugM1yTMAd7V3DnI8lFPPwtV5ASPZH',
      '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',
      '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',
      'OlC87Q_sexwkcVNVAc_hva9FrLhJ',
    ],
  },
  {
    // An HR export: SSN, personal e-mail, +1 mobile, expense card and IBAN on every data row.
    file: 'hr-onboarding.csv',
    verdict: 'block',
    findings: [2, 3].flatMap((line): Expect[] => [
      [line, 'intl.national-id.us-ssn', 'national-id'],
      [line, 'intl.contact.email', 'contact'],
      [line, 'intl.contact.us-phone', 'contact'],
      [line, 'intl.financial.payment-card', 'financial'],
      [line, 'intl.financial.iban', 'financial'],
    ]),
    secrets: ['377-78-6512', '536-90-4399', '4532 0174 8830 9124', '5376 1409 2288 4175', 'GB35 BARC', '412 867 2291', 'beccahartley87'],
  },
  {
    // An HR note: the diagnosis of a named employee, her home address and mobile.
    file: 'hr-note.txt',
    verdict: 'warn',
    findings: [
      [4, 'intl.sensitive.named-person', 'sensitive-personal'],
      [5, 'intl.contact.home-address', 'contact'],
      [6, 'intl.contact.us-phone', 'contact'],
    ],
    secrets: ['depressive', 'Ashgrove', '867-2291'],
  },
];

describe('intl fixtures: the intl pack alone finds exactly what the documents hold', () => {
  for (const p of positives) {
    it(`${p.file} → ${p.verdict}`, () => {
      const { code, doc, stdout } = scan(p.file, INTL_ONLY);
      expect(code).toBe(p.verdict === 'block' ? 1 : 0);
      expect(doc.verdict).toBe(p.verdict);
      const got = new Set(doc.findings.map((f: any) => `${f.line} ${f.ruleId} ${f.category}`));
      for (const [line, ruleId, category] of p.findings) expect(got).toContain(`${line} ${ruleId} ${category}`);
      // every finding is one we expect (per line and rule; a rule may fire more than once on a line)
      const allowed = new Set(p.findings.map(([line, ruleId]) => `${line} ${ruleId}`));
      expect(doc.findings.filter((f: any) => !allowed.has(`${f.line} ${f.ruleId}`))).toEqual([]);
      // the sensitive values never reach the output
      for (const s of p.secrets) expect(stdout).not.toContain(s);
    });
  }

  it('points at the exact characters: the password inside the connection string, the whole banner', () => {
    const cfg = scan('service-config.yaml', INTL_ONLY).doc;
    expect(cfg.findings.find((f: any) => f.ruleId === 'intl.credential.connection-string')).toMatchObject({ line: 6, column: 33, endLine: 6, endColumn: 45 });
    const memo = scan('us-memo-secret-noforn.txt', INTL_ONLY).doc;
    expect(memo.findings[0]).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 15 });
  });
});

// A press release (role mailbox, switchboard, toll-free lines, cited document numbers, a disclaimer, "secret to
// success", classified ads, a public IP) and a code review (env lookups, getpass, placeholders, AWS's EXAMPLE keys,
// the jwt.io sample, a scheme test card, TLP:CLEAR, a commit hash and a UUID).
const negatives = ['press-release.txt', 'code-review.md'];

describe('intl fixtures: hard negatives stay silent', () => {
  for (const file of negatives) {
    // Nothing to warn about; a role mailbox is listed for information only (severity info, verdict pass).
    const above = (doc: any) => doc.findings.filter((f: any) => f.severity !== 'info' || f.ruleId !== 'intl.contact.role-mailbox');
    it(`${file} passes with the intl pack`, () => {
      const { code, doc } = scan(file, INTL_ONLY);
      expect(above(doc)).toEqual([]);
      expect(doc.verdict).toBe('pass');
      expect(code).toBe(0);
    });
    it(`${file} passes with all built-in packs`, () => {
      const { code, doc } = scan(file, []);
      expect(above(doc).map((f: any) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([]);
      expect(doc.verdict).toBe('pass');
      expect(code).toBe(0);
    });
  }
});
