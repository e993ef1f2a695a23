import { CONFUSABLE_PAIRS } from './data/confusables.js';

/**
 * Per-character facts the matching view needs, computed once per distinct character and cached.
 * Everything here is about one UTF-16 unit or one short cluster; the view builder does the walking.
 */

let WORD_RE: RegExp | undefined;
let MARK_RE: RegExp | undefined;
let IGNORABLE_RE: RegExp | undefined;
let SPACE_RE: RegExp | undefined;
// (Each made on first use: V8 parses a `\p{…}` regex when it is created, ~0.4 ms for the first one at every
// start-up, #21.)
const wordRe = () => (WORD_RE ??= /[\p{L}\p{N}\p{M}]/u);
const markRe = () => (MARK_RE ??= /\p{M}/u);
// Default-ignorable and format characters that hide inside words: zero-width joiners, soft hyphen,
// bidi controls, BOM, variation selectors, tag characters, Hangul fillers, Mongolian vowel separator.
const ignorableRe = () => (IGNORABLE_RE ??= /[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0]|[\u{E0000}-\u{E0FFF}]/u);
const spaceRe = () => (SPACE_RE ??= /[\p{Zs}\t\v\f\u0085]/u);

const wordCache = new Int8Array(0x10000); // 0 unknown, 1 word, 2 not word (BMP only; astral computed)

/**
 * The blocks Czech and Vietnamese letters come from, answered without the property regexes above (each costs a
 * compile of a few hundred microseconds at its first use, #21: a prompt in these languages meets no other
 * non-ASCII unit): Latin-1's letters (all of U+00C0–U+00FF but × and ÷), Latin Extended-A and -B (U+0100–U+024F)
 * and Latin Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters) are letters, fully assigned
 * since Unicode 5.1; the Combining Diacritical Marks (U+0300–U+036F) are marks. test/short-text-gates.test.ts checks each
 * unit of them against the regexes.
 */
export function latinLetterCode(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

function combiningMarkCode(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/** A letter, digit or combining mark in any script: what belongs inside a Vietnamese syllable or a Czech word. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code < 0x10000) {
    let v = wordCache[code];
    if (v === 0) {
      v = latinLetterCode(code) || combiningMarkCode(code) || wordRe().test(String.fromCharCode(code)) ? 1 : 2;
      wordCache[code] = v;
    }
    return v === 1;
  }
  return wordRe().test(String.fromCodePoint(code));
}

const markCache = new Int8Array(0x10000); // 0 unknown, 1 mark, 2 not a mark

/** A combining mark (NFD accents, Vietnamese tone marks). Cached per BMP unit: this runs for every character. */
export function isMarkCode(code: number): boolean {
  if (code < 0x300) return false;
  if (code < 0x10000) {
    let v = markCache[code];
    if (v === 0) {
      v = combiningMarkCode(code) || (!latinLetterCode(code) && markRe().test(String.fromCharCode(code))) ? 1 : 2;
      markCache[code] = v;
    }
    return v === 1;
  }
  return markRe().test(String.fromCodePoint(code));
}

export function isIgnorable(ch: string): boolean {
  // (An ASCII unit or a Latin letter is never one: no regex compiled for them.)
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 0x80 || latinLetterCode(c)) return false;
  }
  return ignorableRe().test(ch);
}

export function isSpaceChar(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    // ASCII: the space, tab, vertical tab and form feed; a Latin letter is none.
    if (c < 0x80) return c === 32 || c === 9 || c === 11 || c === 12;
    if (latinLetterCode(c)) return false;
  }
  return spaceRe().test(ch);
}

export function isLineBreakChar(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/**
 * Look-alike letters folded to the Latin letter they pose as (Cyrillic "а" → "a", Greek "Τ" → "T"), from the
 * Unicode TR39 confusables data; see data/generate-confusables.mjs for what is kept. A few hundred pairs,
 * parsed at load in microseconds.
 */
export const confusables = new Map<string, string>();
{
  const pairs = [...CONFUSABLE_PAIRS];
  for (let k = 0; k + 1 < pairs.length; k += 2) confusables.set(pairs[k], pairs[k + 1]);
}

const foldCache = new Uint16Array(0x10000); // 0 = not computed yet

/**
 * One lower-case view character without its diacritics ("ậ" → "a", "đ" → "d", "č" → "c").
 * Keeps the length at one unit so that the folded view shares the offset map of the plain view.
 */
export function foldCode(code: number): number {
  if (code < 128) return code;
  const cached = foldCache[code];
  if (cached !== 0) return cached;
  let f = code;
  if (code === 0x111 || code === 0x110 || code === 0xf0 || code === 0xd0) f = 100; // đ Đ ð Ð → d
  else if (code === 0x142) f = 108; // ł → l
  else if (code === 0x131) f = 105; // dotless ı → i
  else if (code === 0xf8) f = 111; // ø → o
  else {
    const d = String.fromCharCode(code).normalize('NFD');
    if (d.length > 1 && d.charCodeAt(0) < 0x300) {
      let allMarks = true;
      for (let i = 1; i < d.length; i++) if (!isMarkCode(d.charCodeAt(i))) allMarks = false;
      if (allMarks) f = d.charCodeAt(0);
    }
  }
  foldCache[code] = f;
  return f;
}

/** Fold a whole (already normalised, lower-cased) string: used for keywords and context terms. */
export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && isMarkCode(c)) continue;
    out += String.fromCharCode(foldCode(c));
  }
  return out;
}
