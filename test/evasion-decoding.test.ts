import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { decodedReading } from '../src/normalize/encodings.js';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { evasionEngine, itStaysClean, type PlantedCase } from './helpers/evasion.js';

// Issue #24, item 1: text in a transport encoding is decoded for matching; findings point at the encoded characters.
const engine = evasionEngine();

const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const spacedHex = (s: string, sep: string) => hex(s).replace(/(..)(?!$)/g, `$1${sep}`).toUpperCase();
const percent = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
const uEscapes = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
const xEscapes = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
const decimalRefs = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const hexRefs = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`).join('');

interface Case extends PlantedCase {
  says: RegExp;
}

const cases: Case[] = [
  { name: 'hex of a Vietnamese stamp', before: 'Dữ liệu:\n', planted: hex('TỐI MẬT'), after: '\nhết', rule: 'ev.vn.stamp', says: /decoded from hex\)$/ },
  { name: 'hex of a whole memo', before: '', planted: hex('TOP SECRET'), after: hex('\nOperation plan for the next quarter'), rule: 'ev.en.stamp', says: /hex/ },
  { name: 'hex byte pairs joined by spaces', before: 'bytes:\n', planted: spacedHex('PŘÍSNĚ TAJNÉ', ' '), after: ` ${spacedHex('\nZpráva', ' ')}`, rule: 'ev.cs.stamp', says: /hex/ },
  { name: 'hex byte pairs joined by colons', before: '', planted: spacedHex('CONFIDENTIAL', ':'), after: `:${spacedHex('\n', ':')}\nok`, rule: 'ev.en.stamp', says: /hex/ },
  { name: 'percent-encoded stamp', before: '', planted: percent('TUYỆT MẬT'), after: percent('\n'), rule: 'ev.vn.stamp', says: /percent-encoding\)$/ },
  { name: 'percent-encoded letters only where needed', before: '', planted: 'T%E1%BB%90I%20M%E1%BA%ACT', after: '%0AB%C3%A1o%20c%C3%A1o', rule: 'ev.vn.stamp', says: /percent/ },
  { name: '\\u escapes', before: '"', planted: uEscapes('TOP SECRET'), after: '"', rule: 'ev.en.stamp', says: /escapes\)$/ },
  { name: '\\u escapes on the Vietnamese letters only', before: '', planted: 'T\\u1ed0I M\\u1eacT', after: '\\nB\\u00e1o c\\u00e1o', rule: 'ev.vn.stamp', says: /escapes/ },
  { name: '\\x escapes of UTF-8 bytes', before: '', planted: xEscapes('TỐI MẬT'), after: '\nBáo cáo', rule: 'ev.vn.stamp', says: /escapes/ },
  { name: 'a JSON string with escaped line breaks', before: '{"prompt": "Plan\\nmore\\n', planted: 'T\\u1ed0I M\\u1eacT', after: '\\nend"}', rule: 'ev.vn.stamp', says: /escapes/ },
  { name: 'decimal character references', before: '<p>', planted: decimalRefs('TỐI MẬT'), after: '</p>', rule: 'ev.vn.stamp', says: /HTML character references\)$/ },
  { name: 'hexadecimal character references on two letters', before: '', planted: 'T&#x1ED0;I M&#x1EAC;T', after: '\nabc', rule: 'ev.vn.stamp', says: /HTML/ },
  { name: 'named character references', before: '', planted: 'P&Rcaron;&Iacute;SN&Ecaron; TAJN&Eacute;', after: '\nZpráva', rule: 'ev.cs.stamp', says: /HTML/ },
  { name: 'a non-breaking space reference between the words', before: '', planted: 'TOP&nbsp;SECRET', after: '\nMemo', rule: 'ev.en.stamp', says: /HTML/ },
  { name: 'CCCD digits partly as \\u escapes', before: 'Số CCCD: ', planted: '0010\\u00385123\\u003456', after: '\n', rule: 'ev.vn.cccd', says: /escapes/ },
  { name: 'card number as character references', before: 'Card: ', planted: decimalRefs('4539148803436467'), after: '', rule: 'ev.card', says: /HTML/ },
  { name: 'AWS key percent-encoded', before: 'key=', planted: percent('AKIAZ7Q3K5V2X9MBN4TR'), after: '', rule: 'ev.aws-key', says: /percent/ },
  // One decode of a decode: percent-encoded backslash escapes.
  { name: 'percent-encoded \\u escapes (two layers)', before: '', planted: percent(uEscapes('TOP SECRET')), after: '%0AMemo', rule: 'ev.en.stamp', says: /escapes.*percent/ },
];

describe('decoded readings: findings point at exactly the encoded characters and say which decoding revealed them', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = c.before + c.planted + c.after;
    const hits = engine.scanText(text, 't').filter((f) => f.ruleId === c.rule);
    expect(hits.map((f) => [f.start, f.end])).toEqual([[c.before.length, c.before.length + c.planted.length]]);
    expect(hits[0].message).toMatch(c.says);
    expect(hits[0].excerpt).not.toContain(c.planted);
  });

  it('the message is localised', () => {
    const hits = engine.scanText(percent('TOP SECRET\n'), 't', { lang: 'cs' });
    expect(hits[0].message).toMatch(/\(v textu dekódovaném z procentového kódování\)$/);
  });

  it('a stamp that is plain text is reported once, without a decoding note', () => {
    const hits = engine.scanText('TOP SECRET\nsee a%20b and &amp; and \\u0041', 't');
    expect(hits.map((f) => [f.ruleId, f.start, f.end, f.message])).toEqual([['ev.en.stamp', 0, 10, 'English classification banner']]);
  });
});

describe('encoded text that hides nothing, and look-alikes of encodings, stay clean', () => {
  const NEGATIVES: [string, string][] = [
    ['a SHA-256 checksum', 'sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
    ['a git commit id', 'Fixed in 3b0d64d1a2f5e6c7b8a9d0e1f2a3b4c5d6e7f8a9.'],
    ['a MAC address', 'MAC 00:1A:2B:3C:4D:5E'],
    ['a file name in a URL', 'https://example.com/docs/my%20secret%20santa%20list.pdf'],
    ['printf formats', 'printf("%d items, %s\\n", n, name); 50% off'],
    ['HTML text', '<p>Tom &amp; Jerry &lt;3 &copy; 2025 &#8212; mật ong</p>'],
    ['a URL with a query that looks like a reference', 'https://example.com/?a=1&copy=2&sect=3'],
    ['hex of an everyday sentence', `data: ${hex('Secret Santa is on Friday, bring mật ong')}`],
    ['escaped JSON of prose', '{"text": "Proběhlo tajné hlasování\\no rozpočtu\\n"}'],
    ['a Windows path with backslashes', 'C:\\new\\tools\\x64\\u_data'],
    ['a decimal number that is not hex text', 'Order 4539148803436468 and 12345678901234567890'],
    ['a card in references that fails Luhn', `Card: ${decimalRefs('4539148803436468')}`],
  ];
  itStaysClean(engine, NEGATIVES);
});

describe('decodedReading: the map and its bounds', () => {
  it('maps each decoded character to its own encoded sequence', () => {
    const text = 'a%C3%A1b\\u0063&#100;';
    const r = decodedReading(text)!;
    expect(r.text).toBe('aábcd');
    expect([...r.start]).toEqual([0, 1, 7, 8, 14]);
    expect([...r.end]).toEqual([1, 7, 8, 14, 20]);
    expect([...r.kind]).toEqual([0, 2, 0, 3, 4]);
  });
  it('hex is found after long runs of hex digits, spaces and colons that hold no hex (each run read on its own)', () => {
    // "ace bad cafe …" is a run of hexish units without 16 hex digits in a row or six spaced pairs: the gate search
    // reads such a run alone, then the next one; the hex after them is still found, and so is hex inside a run.
    const hexish = 'ace bad cafe fed dead beef ad: '.repeat(400);
    const r = decodedReading(`${hexish}x ${hex('TOP SECRET')} y ${hexish}${hex('TAJNÉ PŘÍSNĚ')}`)!;
    expect(r.text).toContain('TOP SECRET');
    expect(r.text).toContain('TAJNÉ PŘÍSNĚ');
  });
  it('a plain text has no reading (no copy)', () => {
    expect(decodedReading('Báo cáo tình hình 50% kế hoạch, Tom & Jerry')).toBeUndefined();
  });
  it('invalid UTF-8, binary and odd-length hex are left alone', () => {
    expect(decodedReading('%FF%FE%00 and \\xff\\x00 and 544f5020534543524554a')?.text ?? '').not.toMatch(/TOP/);
    expect(decodedReading(Buffer.from(Array.from({ length: 40 }, (_, i) => (i * 37) % 256)).toString('hex'))).toBeUndefined();
  });
  it('the reading is never longer than the text, even for long encoded runs and texts without line breaks', () => {
    const long = percent('TOP SECRET '.repeat(20_000)) + '\n' + hex('x'.repeat(50_000)) + '\n' + '&#65;'.repeat(50_000);
    const r = decodedReading(long)!;
    expect(r.text.length).toBeLessThanOrEqual(long.length);
    expect(r.text.startsWith('TOP SECRET TOP')).toBe(true);
  });
  it('a long text made only of encoded characters scans in time linear in its size (4× the text: well under 16×)', () => {
    // Decoding makes a second reading of the text, so an encoded text costs more than a plain one of the same size
    // (14-20× measured); what must never happen is work that grows with the square of the size. The text is scanned
    // at two sizes, 1× and 4×, and the larger may take at most 8× the smaller (linear: ~4×; quadratic: 16×). CPU time
    // of this process, best of three warmed runs each, so other processes on a shared machine weigh little; no bound
    // in milliseconds (those live in `npm run bench`).
    const encoded = (reps: number) => percent('Báo cáo tình hình, kế hoạch quý. '.repeat(reps));
    const best = (text: string) => {
      engine.scanText(text, 't');
      let ms = Infinity;
      for (let i = 0; i < 3; i++) {
        const t = process.cpuUsage();
        engine.scanText(text, 't');
        const used = process.cpuUsage(t);
        ms = Math.min(ms, (used.user + used.system) / 1000);
      }
      return ms;
    };
    const small = best(encoded(2_000));
    const large = best(encoded(8_000));
    expect(large).toBeLessThan(8 * small);
  });
});

describe('credentials hidden by an encoding, with the built-in rules', () => {
  const builtin = new Engine(loadRuleSet({}));
  const credentials = (text: string) => builtin.scanText(text, 't').filter((f) => f.category === 'credential');
  const basic = 'Basic ' + Buffer.from('deploy:Wq3!rT8zKp').toString('base64');

  it('a hex-encoded Authorization value: the finding covers the hex of the credential', () => {
    const text = `Authorization: ${hex(basic)}`;
    const start = 'Authorization: '.length + 2 * 'Basic '.length;
    expect(credentials(text).map((f) => [f.start, f.end])).toEqual([[start, text.length]]);
    expect(credentials(text)[0].message).toMatch(/decoded from hex\)$/);
  });
  it('a whole header line in hex', () => {
    const text = `GET / HTTP/1.1\n${hex(`Authorization: ${basic}`)}\n`;
    const start = 'GET / HTTP/1.1\n'.length + 2 * 'Authorization: Basic '.length;
    expect(credentials(text).map((f) => [f.start, f.end])).toEqual([[start, start + 2 * (basic.length - 6)]]);
  });
  it('a percent-encoded query password: the finding covers the value as written', () => {
    const text = 'https://portal.example.vn/login?user=lan%26pwd%3DHoa%40Mai2026';
    const hits = credentials(text);
    expect(hits.map((f) => text.slice(f.start, f.end))).toEqual(['Hoa%40Mai2026']);
  });
  it('encoded headers and URLs that carry no credential stay clean', () => {
    expect(credentials(`${hex('Content-Type: application/json; charset=utf-8')}`)).toEqual([]);
    expect(credentials(`Authorization: ${hex('Bearer <your-token-here>')}`)).toEqual([]);
    expect(credentials('https://example.com/search?q=reset%20password%20help&lang=vi')).toEqual([]);
  });
});
