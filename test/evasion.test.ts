import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlantedCase } from './helpers/evasion.js';
import { engineFrom } from './helpers/rules.js';

// Test-only copies of the packs' core rules (the packs are tuned in parallel; these stay put).
const RULES_DIR = join(import.meta.dirname, 'fixtures/evasion-rules');
const engine = engineFrom(readFileSync(join(RULES_DIR, 'evasion.yaml'), 'utf8'));

// Obfuscations, each a function of the planted text. Letter-level ones act between letters only.
const between = (sep: string) => (s: string) => [...s].map((c, i, a) => (i < a.length - 1 && c !== ' ' && a[i + 1] !== ' ' ? c + sep : c)).join('');
const CYRILLIC: Record<string, string> = { A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', J: 'Ј', K: 'К', M: 'М', O: 'О', P: 'Р', S: 'Ѕ', T: 'Т', X: 'Х', Y: 'Ү', a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у' };
const GREEK: Record<string, string> = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', Z: 'Ζ', o: 'ο' };
const swap = (table: Record<string, string>) => (s: string) => [...s].map((c) => table[c] ?? c).join('');
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const mathBold = (s: string) => s.replace(/[A-Za-z0-9]/g, (c) => String.fromCodePoint(/\d/.test(c) ? 0x1d7ce + +c : /[A-Z]/.test(c) ? 0x1d400 + c.charCodeAt(0) - 65 : 0x1d41a + c.charCodeAt(0) - 97));
const spacedOut = (letterSep: string, wordSep: string) => (s: string) => s.split(' ').map((w) => [...w].join(letterSep)).join(wordSep);

const OBFUSCATIONS: [string, (s: string) => string][] = [
  ['zero-width space', between('\u200b')],
  ['zero-width joiner', between('\u200d')],
  ['word joiner', between('\u2060')],
  ['BOM inside', between('\ufeff')],
  ['soft hyphen', between('\u00ad')],
  ['bidi marks', between('\u200e')],
  ['tag characters', between('\u{e0041}')],
  ['NBSP between words', (s) => s.replace(/ /g, '\u00a0')],
  ['em space between words', (s) => s.replace(/ /g, '\u2003')],
  ['full-width', fullWidth],
  ['mathematical bold', mathBold],
  ['Cyrillic look-alikes', swap(CYRILLIC)],
  ['Greek look-alikes', swap(GREEK)],
  ['NFD', (s) => s.normalize('NFD')],
  ['letter-spaced', spacedOut(' ', '  ')],
  ['dotted', spacedOut('.', ' ')],
  ['dashed', spacedOut('-', '  ')],
  ['middle dots', spacedOut('·', ' ')],
  ['zero-width + Cyrillic', (s) => between('\u200b')(swap(CYRILLIC)(s))],
];

type Case = PlantedCase;

const MARKINGS: { value: string; rule: string; before: string; after: string }[] = [
  { value: 'TỐI MẬT', rule: 'ev.vn.stamp', before: 'Số: 12/BC-UBND\n', after: '\nBáo cáo tình hình an ninh' },
  { value: 'TUYỆT MẬT', rule: 'ev.vn.stamp', before: '', after: '\nKính gửi: đồng chí Bộ trưởng' },
  { value: 'TOP SECRET', rule: 'ev.en.stamp', before: 'Memo 7\n', after: '\nDistribution: minister' },
  { value: 'CONFIDENTIAL', rule: 'ev.en.stamp', before: '', after: '\nQuarterly plan' },
  { value: 'PŘÍSNĚ TAJNÉ', rule: 'ev.cs.stamp', before: 'Č. j.: 123/2025\n', after: '\nZpráva o stavu' },
];

const cases: Case[] = [];
for (const m of MARKINGS) {
  for (const [name, f] of OBFUSCATIONS) cases.push({ name: `${m.value} — ${name}`, before: m.before, planted: f(m.value), after: m.after, rule: m.rule });
}

// Identifiers, cards and keys: obfuscations that keep them readable to a person.
const CCCD = '001085123456';
const CARD = '4539148803436467';
const AWS = 'AKIAZ7Q3K5V2X9MBN4TR';
const idCase = (name: string, planted: string, rule: string, before: string, after = '\n') => cases.push({ name, before, planted, after, rule });
idCase('CCCD one digit at a time', [...CCCD].join(' '), 'ev.vn.cccd', 'Số CCCD: ');
idCase('CCCD two spaces between digits', [...CCCD].join('  '), 'ev.vn.cccd', 'Số CCCD: ');
idCase('CCCD dots between digits', [...CCCD].join('.'), 'ev.vn.cccd', 'Số CCCD: ');
idCase('CCCD split over two lines', '001085\n123456', 'ev.vn.cccd', 'Số CCCD:\n');
idCase('CCCD in groups over lines', '001\n085\n123\n456', 'ev.vn.cccd', 'CCCD\n');
idCase('CCCD groups with spaced dashes', '001 - 085 - 123 - 456', 'ev.vn.cccd', 'căn cước: ');
idCase('CCCD full-width digits', fullWidth(CCCD), 'ev.vn.cccd', 'CCCD ');
idCase('CCCD mathematical digits', mathBold(CCCD), 'ev.vn.cccd', 'CCCD ');
idCase('CCCD zero-width spaces', between('\u200b')(CCCD), 'ev.vn.cccd', 'CCCD ');
idCase('CCCD NBSP groups', '001\u00a0085\u00a0123\u00a0456', 'ev.vn.cccd', 'CCCD ');
idCase('card one digit at a time', [...CARD].join(' '), 'ev.card', 'Card: ');
idCase('card dots between digits', [...CARD].join('.'), 'ev.card', 'Card: ');
idCase('card groups on four lines', '4539\n1488\n0343\n6467', 'ev.card', 'Card:\n');
idCase('card full-width', fullWidth('4539 1488 0343 6467'), 'ev.card', 'thẻ ');
idCase('card soft hyphens', between('\u00ad')(CARD), 'ev.card', 'thẻ ');
idCase('card em spaces', '4539\u20031488\u20030343\u20036467', 'ev.card', 'thẻ ');
idCase('AWS key zero-width', between('\u200b')(AWS), 'ev.aws-key', 'key = ');
idCase('AWS key full-width', fullWidth(AWS), 'ev.aws-key', 'key = ');
idCase('AWS key Cyrillic look-alikes', swap(CYRILLIC)(AWS), 'ev.aws-key', 'key = ');
idCase('AWS key letter-spaced', [...AWS].join(' '), 'ev.aws-key', 'key: ');
idCase('AWS key word joiners', between('\u2060')(AWS), 'ev.aws-key', 'key: ');
// Typing and encoding leftovers, OCR losses.
idCase('Telex MAATJ', 'MAATJ', 'ev.vn.stamp', 'Báo cáo\n');
idCase('Telex TOOSI MAATJ', 'TOOSI MAATJ', 'ev.vn.stamp', '');
idCase('Telex TUYEETJ MAATJ', 'TUYEETJ MAATJ', 'ev.vn.stamp', '');
idCase('Telex tone key before the final (MAAJT)', 'MAAJT', 'ev.vn.stamp', '');
idCase('VNI MA65T', 'MA65T', 'ev.vn.stamp', '');
idCase('VNI TO61I MA65T', 'TO61I MA65T', 'ev.vn.stamp', '');
idCase('TCVN3 mojibake (caps font)', 'TUYÖT MËT', 'ev.vn.stamp', 'Uû ban nh©n d©n tØnh\n');
idCase('TCVN3 mojibake MËT', 'MËT', 'ev.vn.stamp', 'Uû ban nh©n d©n\n');
idCase('OCR lost accents (TÔI MÂT)', 'TÔI MÂT', 'ev.vn.stamp', '');
idCase('no diacritics (TOI MAT)', 'TOI MAT', 'ev.vn.stamp', '');
idCase('old tone placement in prose around', 'TỐI MẬT', 'ev.vn.stamp', 'HOÀ BÌNH\n');

describe('obfuscated markings, identifiers and keys are found at their exact original span', () => {
  it('lists at least 60 variants', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.before + c.planted + c.after;
    const start = c.before.length;
    const hits = engine.scanText(text, 't').filter((f) => f.ruleId === c.rule);
    expect(hits.map((f) => [f.start, f.end])).toEqual([[start, start + c.planted.length]]);
  });
});

describe('the same obfuscations on hard negatives create no findings', () => {
  const NEGATIVES: [string, string, string][] = [
    ['Mua ', 'mật ong', ' rừng ở chợ'],
    ['Our ', 'Secret Santa', ' is on Friday'],
    ['', 'Secret Santa', ''],
    ['Proběhlo ', 'tajné hlasování', ' o rozpočtu'],
    ['', 'tajné hlasování', ''],
    ['MẬT ĐỘ DÂN SỐ ', 'mật độ', ' cao'],
    ['Order ', '4539148803436468', ' shipped'],
    ['Mã đơn hàng ', '001085123456', ''],
  ];
  const cases2 = NEGATIVES.flatMap(([b, v, a]) => OBFUSCATIONS.map(([name, f]) => [`${v} — ${name}`, b + f(v) + a] as const));
  it.each(cases2)('%s', (_name, text) => {
    expect(engine.scanText(text, 't').map((f) => f.ruleId)).toEqual([]);
  });
});

describe('base64 blobs that decode to text are scanned', () => {
  const blob = Buffer.from('TOP SECRET\nOperation plan for the next quarter, do not forward.\n').toString('base64');
  it('points at the whole blob and says what was decoded', () => {
    const text = `Please summarise this attachment:\n${blob}\nThanks`;
    const hits = engine.scanText(text, 't');
    expect(hits.map((f) => [f.ruleId, f.start, f.end])).toEqual([['ev.en.stamp', 34, 34 + blob.length]]);
    expect(hits[0].message).toMatch(/\(in base64-decoded text\)$/);
  });
  it('line-wrapped blobs (MIME style) too', () => {
    const wrapped = blob.replace(/(.{40})/g, '$1\n').trim();
    const hits = engine.scanText(`Attachment:\n${wrapped}\n`, 't');
    expect(hits.map((f) => [f.ruleId, f.start, f.end])).toEqual([['ev.en.stamp', 12, 12 + wrapped.length]]);
  });
  it('binary and non-base64 runs are left alone', () => {
    const binary = Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256)).toString('base64');
    expect(engine.scanText(`data ${binary} and ${'A'.repeat(64)} and ${'ab12'.repeat(20)}`, 't')).toEqual([]);
  });
  it('end to end: the CLI reports it with the decoded note, masked', () => {
    const r = spawnSync(process.execPath, ['bin/promptgate.js', 'scan', '--format', 'json', '--no-builtin', '--rules', RULES_DIR, '-'], {
      input: `Attachment:\n${blob}\n`,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toMatchObject([{ ruleId: 'ev.en.stamp', line: 2, column: 1, endLine: 2, endColumn: blob.length + 1 }]);
    expect(out.findings[0].message).toContain('(in base64-decoded text)');
    expect(out.findings[0].excerpt).not.toContain('TOP SECRET');
  });
});

describe('offset map stays exact through random obfuscation (property)', () => {
  const filler = fc.array(fc.constantFrom('báo cáo', 'ghi chú', 'a v', 'e.g.', '😀', '\t', 'Hà Nội'.normalize('NFD'), 'x', '—', '2/2/2025', 'see', 'nh©n'), { maxLength: 6 }).map((a) => a.join(' '));
  const planted = fc.constantFrom(...MARKINGS.filter((m) => m.rule !== 'ev.en.stamp' || m.value === 'TOP SECRET'));
  const obfuscation = fc.constantFrom(...OBFUSCATIONS);
  it('the finding covers exactly the planted characters', () => {
    fc.assert(
      fc.property(filler, planted, obfuscation, filler, fc.constantFrom('\n', '\r\n'), (a, m, [, f], b, nl) => {
        const value = f(m.value);
        const before = `${a}${nl}`;
        const text = `${before}${value}${nl}${b}`;
        const hits = engine.scanText(text, 't').filter((x) => x.ruleId === m.rule);
        expect(hits.map((x) => [x.start, x.end])).toEqual([[before.length, before.length + value.length]]);
      }),
      { numRuns: 300 },
    );
  });
});
