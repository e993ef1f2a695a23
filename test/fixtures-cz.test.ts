import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.js';

// Realistic Czech documents (all identifiers synthetic, checksum-valid where they must be found), scanned by the
// real CLI. The pack is checked alone for exact findings, and with every built-in pack for silence on negatives.
const ROOT = resolve(__dirname, '..');
const fx = (name: string) => `fixtures/cz/${name}`;

type Expect = [line: number, ruleId: string, category: string];

function scan(file: string, packArgs: string[]) {
  const r = cli(['scan', '--format', 'json', ...packArgs, fx(file)], { cwd: ROOT });
  expect(r.stderr).not.toMatch(/error/i);
  const doc = r.json();
  expect(doc.skipped).toEqual([]);
  return { code: r.code, doc, stdout: r.stdout };
}

const CZ_ONLY = ['--no-builtin', '--rules', 'rules/cz'];

const positives: { file: string; verdict: string; findings: Expect[]; secrets: string[] }[] = [
  {
    file: 'utajovany-podklad.txt',
    verdict: 'block',
    findings: [
      [1, 'cz.classified.banner', 'classified-marking'],
      [3, 'cz.official.letterhead', 'official-document'],
      [5, 'cz.classified.cj-level', 'classified-marking'],
      [5, 'cz.official.cj-header', 'official-document'],
      [6, 'cz.official.copy-number', 'official-document'],
      [14, 'cz.official.distribution-list', 'official-document'],
      [20, 'cz.classified.banner', 'classified-marking'],
    ],
    secrets: [],
  },
  {
    file: 'personalni-export.csv',
    verdict: 'block',
    findings: [
      [2, 'cz.id.rodne-cislo-bare', 'national-id'],
      [2, 'cz.financial.bank-account', 'financial'],
      [2, 'cz.contact.mobile', 'contact'],
      [2, 'cz.contact.home-address', 'contact'],
      [3, 'cz.id.rodne-cislo-bare', 'national-id'],
      [3, 'cz.financial.bank-account', 'financial'],
      [3, 'cz.contact.mobile', 'contact'],
      [3, 'cz.contact.home-address', 'contact'],
    ],
    secrets: ['9153084820', '3744112455', '605 318 442', 'Lipová 1287/14'],
  },
  {
    file: 'zadost-o-pomoc.eml',
    verdict: 'block',
    // Lines of the file itself: the body is plain text, so findings point into it.
    findings: [
      [7, 'cz.credential.heslo', 'credential'],
      [8, 'cz.financial.iban', 'financial'],
      [8, 'cz.id.id-card-passport', 'national-id'],
      [9, 'cz.contact.mobile-domestic', 'contact'],
    ],
    secrets: ['Lipa#Kvet2026', '0038 5251 2026', '205511873', '777 514 260'],
  },
  {
    file: 'lekarska-zprava.txt',
    verdict: 'block',
    findings: [
      [4, 'cz.id.rodne-cislo', 'national-id'],
      [5, 'cz.sensitive.health-religion-record', 'sensitive-personal'],
    ],
    secrets: ['885611/0274'],
  },
];

describe('cz fixtures: the cz pack alone finds exactly what the documents hold', () => {
  for (const p of positives) {
    it(`${p.file} → ${p.verdict}`, () => {
      const { code, doc, stdout } = scan(p.file, CZ_ONLY);
      expect(code).toBe(1);
      expect(doc.verdict).toBe(p.verdict);
      const got = new Set(doc.findings.map((f: any) => `${f.line} ${f.ruleId} ${f.category}`));
      for (const [line, ruleId, category] of p.findings) expect(got).toContain(`${line} ${ruleId} ${category}`);
      // every finding is one we expect (per line and rule; a rule may fire more than once on a line)
      const allowed = new Set(p.findings.map(([line, ruleId]) => `${line} ${ruleId}`));
      const extra = doc.findings.filter((f: any) => !allowed.has(`${f.line} ${f.ruleId}`) && f.ruleId !== 'cz.official.copy-number');
      expect(extra).toEqual([]);
      // the sensitive values never reach the output
      for (const s of p.secrets) expect(stdout).not.toContain(s);
    });
  }
});

const negatives = ['zapis-zastupitelstva.txt', 'tiskova-zprava.txt'];

describe('cz fixtures: hard negatives stay silent', () => {
  for (const file of negatives) {
    it(`${file} passes with the cz pack`, () => {
      const { code, doc } = scan(file, CZ_ONLY);
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
