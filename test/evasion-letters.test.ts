import { describe, expect, it } from 'vitest';
import { evasionEngine, itStaysClean } from './helpers/evasion.js';

// Issue #24, item 2: stamps in letter disguise are read back for keyword matching, at their exact original span.
const engine = evasionEngine();

const lettersJoined = (sep: string) => (s: string) => [...s.replace(/ /g, '')].join(sep);
const wordsJoined = (sep: string) => (s: string) => s.replace(/ /g, sep);
const SMALL: Record<string, string> = { A: 'ᴀ', C: 'ᴄ', D: 'ᴅ', E: 'ᴇ', F: 'ꜰ', I: 'ɪ', L: 'ʟ', N: 'ɴ', O: 'ᴏ', P: 'ᴘ', R: 'ʀ', S: 'ꜱ', T: 'ᴛ' };
const smallCaps = (s: string) => [...s].map((c) => SMALL[c] ?? c).join('');
const overlay = (mark: string) => (s: string) => [...s].map((c) => c + mark).join('');

const STAMPS: { value: string; rule: string; after: string }[] = [
  { value: 'TỐI MẬT', rule: 'ev.vn.stamp', after: '\nBáo cáo tình hình' },
  { value: 'TOP SECRET', rule: 'ev.en.stamp', after: '\nOperation plan' },
  { value: 'PŘÍSNĚ TAJNÉ', rule: 'ev.cs.stamp', after: '\nZpráva o stavu' },
];

const DISGUISES: [string, (s: string) => string][] = [
  ['letters joined by dots across the gap', lettersJoined('.')],
  ['letters joined by hyphens across the gap', lettersJoined('-')],
  ['letters joined by underscores across the gap', lettersJoined('_')],
  ['letters joined by colons', lettersJoined(':')],
  ['letters joined by carets', lettersJoined('^')],
  ['letters joined by commas', lettersJoined(',')],
  ['words joined by an underscore', wordsJoined('_')],
  ['words joined by a hyphen', wordsJoined('-')],
  ['words joined by a dot', wordsJoined('.')],
  ['words joined by a plus', wordsJoined('+')],
  ['strike-through on every letter', overlay('\u0336')],
  ['slash overlay on every letter', overlay('\u0338')],
  ['underline on every letter', overlay('\u0332')],
];

const cases = STAMPS.flatMap((s) => DISGUISES.map(([name, f]) => [`${s.value} — ${name}`, f(s.value), s] as const));
// Leetspeak and small capitals, written out (each letter's stand-in is a choice a person makes).
const written: [string, string, (typeof STAMPS)[number]][] = [
  ['leetspeak TOP SECRET', 'T0P S3CR3T', STAMPS[1]],
  ['leetspeak with symbols', '7OP $3CR37', STAMPS[1]],
  ['leetspeak TỐI MẬT (digit for the marked letter)', 'T0I M4T', STAMPS[0]],
  ['leetspeak TẠJNÉ-like Czech', 'PŘÍSNĚ T4JNÉ', STAMPS[2]],
  ['leetspeak joined by dots across the gap', 'T.0.P.S.3.C.R.3.T', STAMPS[1]],
  ['leetspeak words joined by an underscore', 'T0P_S3CR3T', STAMPS[1]],
  ['small capitals', smallCaps('TOP SECRET'), STAMPS[1]],
  ['small capitals mixed with capitals', 'ᴛOᴘ SEᴄRET', STAMPS[1]],
];

describe('stamps in letter disguise are found at their exact original span', () => {
  it.each([...cases, ...written].map(([name, planted, s]) => [name, planted, s] as const))('%s', (_name, planted, s) => {
    const before = 'Hồ sơ 12\n';
    const text = before + planted + s.after;
    const hits = engine.scanText(text, 't').filter((f) => f.ruleId === s.rule);
    expect(hits.map((f) => [f.start, f.end])).toEqual([[before.length, before.length + planted.length]]);
  });

  it('a single-word stamp in leetspeak (CONFIDENTIAL with 1 read as I)', () => {
    const hits = engine.scanText('C0NF1D3NT14L\nQuarterly plan', 't');
    expect(hits.map((f) => [f.ruleId, f.start, f.end])).toEqual([['ev.en.stamp', 0, 12]]);
  });
});

describe('hard negatives keep their own reading', () => {
  const NEGATIVES: [string, string][] = [
    ['a checksum with stamp letters', 'md5: 5ec4e7a0d3f1b2c4e5a6b7c8d9e0f1a2\nsha1 7095ec12e7'],
    ['CSS class names', '<div class="top-secret mat-card t-o-p">x</div>\n.top_secret { color: red }'],
    ['a file name in a URL', 'https://example.com/files/TOP-SECRET-santa.pdf and /docs/top_secret.md'],
    ['a leetspeak lesson in lower case', 'In leetspeak, "top secret" becomes t0p s3cr3t and "mật" becomes m4t.'],
    ['a leetspeak lesson in a sentence', 'Leetspeak writes SECRET as S3CR3T and TOP as T0P, see the table.'],
    ['a children\'s puzzle', 'Điền chữ còn thiếu: M_T, T_I M_T, m.ậ.t ong\nÔ chữ: T-A-J-E-N-K-A'],
    ['product codes', 'Model T0P-5 and part S3-CR3 shipped; code M4T-2025'],
    ['everyday words joined', 'mật_ong, Secret_Santa, tajné-hlasování, mật.độ'],
    ['spaced initials', 'U.S.A. and T.O.P. and M.A.T.'],
    ['an overlay on ordinary words', 'Giá c̶ũ̶ đã giảm, m̶ậ̶t̶ ̶o̶n̶g̶ hết hàng'],
  ];
  itStaysClean(engine, NEGATIVES);
});

describe('the separator gate of letter disguises (normalize/disguise.ts)', () => {
  // SEPARATOR_RE first asks for a unit in [A-Z0-9@$\u00c0-\u{10ffff}] after the separator, as the only capitals
  // outside it would be below U+00C0: there are none, so the gate keeps every match.
  it('no capital letter lies below U+00C0 outside A-Z', () => {
    const below: number[] = [];
    for (let c = 0; c < 0xc0; c++) if (/\p{Lu}/u.test(String.fromCharCode(c)) && !(c >= 65 && c <= 90)) below.push(c);
    expect(below).toEqual([]);
  });
  it('a stamp joined by separators with a capital outside the BMP after one is still read', () => {
    // (A mathematical capital is folded to ASCII by the view; the separator then stands between two capitals.)
    const text = `${[...'TỐI MẬT'.replace(/ /g, '')].join('.').replace('Ố', '\u{1D40E}\u0302\u0301')}\nBáo cáo`;
    expect(engine.scanText(text, 't').some((f) => f.ruleId === 'ev.vn.stamp')).toBe(true);
  });
});
