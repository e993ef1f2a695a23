import { isWordCode } from './chars.js';
import type { Edit } from './edits.js';
import { M_SIGNAL, MARK_SHIFT, nextMark } from './kernel.js';
import type { TextView } from './view.js';

/**
 * Telex and VNI typing leftovers: Vietnamese typed with the input method switched off reads "MAATJ",
 * "TOOSI MAATJ", "MA65T". Such an ASCII token in capitals is read as the syllable it spells ("MẬT", "TỐI MẬT") when it
 * has the shape of a Vietnamese syllable and carries an explicit tone key: a Telex vowel key (aa, ee, oo, aw,
 * ow, uw, dd) with a tone letter, the tone letters f/j (no Vietnamese word has them), or VNI digits. English
 * words rarely qualify ("sees" → "sế", harmless: no rule looks for it), and plain words are never touched.
 */

const INITIAL = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|dd|d9|[bcdghklmnpqrstvx])?';
const FINAL = '(?:ch|ng|nh|[cmnpt])?';
// Telex: vowels with their keys, a tone letter before or after the final consonant.
const TELEX_RE = new RegExp(`^(${INITIAL})([aeiouyw]{1,5})(${FINAL})$`);
// The vowel groups of Vietnamese syllables (without tone).
const NUCLEI = new Set(('a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ưu ươ uy yê ' +
  'iêu oai oay oeo uây uôi ươi ươu uyê uya yêu uyu').split(' '));

const TONE_MARK: Record<string, string> = {
  s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323',
  '1': '\u0301', '2': '\u0300', '3': '\u0309', '4': '\u0303', '5': '\u0323',
};
const TELEX_VOWEL: [RegExp, string][] = [
  [/uow|uwow|uwo/, 'ươ'], [/aa/, 'â'], [/ee/, 'ê'], [/oo/, 'ô'], [/aw/, 'ă'], [/ow/, 'ơ'], [/uw/, 'ư'],
];
const MODIFIED = /[âăêôơư]/;

/** The syllable a Telex or VNI token spells, or undefined when it is not one. Case follows the token. */
export function decodeTyping(token: string): string | undefined {
  const t = token.toLowerCase();
  const syl = /\d/.test(t) ? vni(t) : telex(t);
  if (!syl) return undefined;
  if (token === token.toUpperCase()) return syl.toUpperCase();
  return token[0] === token[0].toUpperCase() ? syl[0].toUpperCase() + syl.slice(1) : syl;
}

function telex(t: string): string | undefined {
  // Tone letters may be typed anywhere after the first vowel ("toosi", "maajt"): no Vietnamese letter after
  // the first vowel is s, f, r, x or j, so each one there is the tone key.
  const firstVowel = t.search(/[aeiouyw]/);
  if (firstVowel < 0) return undefined;
  let tone = '';
  let rest = t.slice(0, firstVowel);
  for (const ch of t.slice(firstVowel)) {
    if ('sfrxj'.includes(ch)) {
      if (tone) return undefined;
      tone = ch;
    } else rest += ch;
  }
  const m = TELEX_RE.exec(rest);
  if (!m || !tone) return undefined;
  const [, init, rawVowels, fin] = m;
  let vowels = rawVowels;
  for (const [re, to] of TELEX_VOWEL) vowels = vowels.replace(re, to);
  const modified = vowels !== rawVowels || init === 'dd';
  // A tone letter alone is not enough for s/r/x ("mats", "car"): only f and j, or a vowel key with it.
  if (!modified && tone !== 'f' && tone !== 'j') return undefined;
  if (!NUCLEI.has(vowels)) return undefined;
  return build(init === 'dd' ? 'đ' : init, vowels, fin, TONE_MARK[tone]);
}

function vni(t: string): string | undefined {
  let tone = '';
  let letters = '';
  for (const ch of t) {
    if (ch >= '1' && ch <= '5') {
      if (tone || !/[aeiouyâăêôơư]/.test(letters)) return undefined;
      tone = TONE_MARK[ch];
    } else if (ch >= '6' && ch <= '9') {
      const last = letters[letters.length - 1];
      const to = ch === '6' ? { a: 'â', e: 'ê', o: 'ô' }[last!] : ch === '7' ? { o: 'ơ', u: 'ư' }[last!] : ch === '8' ? { a: 'ă' }[last!] : { d: 'đ' }[last!];
      if (!to) {
        // "uo7": the horn goes on both u and o.
        if (ch === '7' && letters.endsWith('ươ')) continue;
        return undefined;
      }
      letters = letters.slice(0, -1) + to;
      if (ch === '7' && letters.endsWith('uơ')) letters = letters.slice(0, -2) + 'ươ';
    } else if (ch === '0') return undefined;
    else letters += ch;
  }
  const m = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|đ|[bcdghklmnpqrstvx])?([aeiouyâăêôơư]{1,3})(ch|ng|nh|[cmnpt])?$/.exec(letters);
  if (!m || !tone || !NUCLEI.has(m[2])) return undefined;
  return build(m[1] ?? '', m[2], m[3] ?? '', tone);
}

/** Vowels + tone on the right vowel: a modified vowel (ơ of ươ), else the last before a final, else the middle/first. */
function build(init: string, vowels: string, fin: string, tone: string): string {
  let at: number;
  const mods = [...vowels].map((v, i) => (MODIFIED.test(v) ? i : -1)).filter((i) => i >= 0);
  if (mods.length > 0) at = mods[mods.length - 1];
  else if (fin) at = vowels.length - 1;
  else at = vowels.length === 3 ? 1 : 0;
  const v = vowels.slice(0, at) + (vowels[at] + tone).normalize('NFC') + vowels.slice(at + 1);
  return init + v + fin;
}

// Where a Telex/VNI token may be: a vowel key, "dd", a VNI digit after a vowel, or an F/J tone key, in
// capitals: leftovers that matter are stamps and headings ("TOOSI MAATJ"), and a case-sensitive scan for
// capital pairs is some twenty times cheaper than a case-blind one over ordinary prose.
export const SIGNAL_RE = /AA|EE|OO|AW|OW|UW|DD|[AEIOUY][1-9]|[AEIOUY][A-Z]{0,3}[FJ]/g;

function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

export function typingEdits(view: TextView, out: Edit[]): void {
  const { text, marks } = view;
  const state = { last: -1 };
  if (marks) {
    // A long text's view: SIGNAL_RE's matches are marked by the kernel (M_SIGNAL, exact). Every unit of a match is
    // an ASCII letter or digit, so the token a match opens ends where the search would go on from.
    let from = 0;
    for (let q = nextMark(marks, 0, M_SIGNAL); q < marks.length; q = nextMark(marks, q + 1, M_SIGNAL, from)) {
      const at = marks[q] >> MARK_SHIFT;
      from = token(view, at, at, state, out);
    }
    return;
  }
  SIGNAL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SIGNAL_RE.exec(text)) !== null) SIGNAL_RE.lastIndex = token(view, m.index, m.index + m[0].length, state, out);
}

/** The ASCII token around a signal [a, b), read as a syllable if it is one; returns the token's end. */
function token(view: TextView, a: number, b: number, state: { last: number }, out: Edit[]): number {
  const { text, start, end } = view;
  while (a > 0 && isAsciiWord(text.charCodeAt(a - 1))) a--;
  while (b < text.length && isAsciiWord(text.charCodeAt(b))) b++;
  if (a <= state.last || b - a < 3 || b - a > 10) return b;
  // A word of its own: no letter of another script, mark, "_" or digit run glued to it.
  const before = a > 0 ? text.charCodeAt(a - 1) : 32;
  const after = b < text.length ? text.charCodeAt(b) : 32;
  if (before === 95 || after === 95 || isWordCode(before) || isWordCode(after)) return b;
  const t = text.slice(a, b);
  if (t !== t.toUpperCase()) return b;
  if (!/^[A-Za-z]/.test(t) || !/[aeiouy].*[sfrxj1-5]/i.test(t)) return b;
  const syl = decodeTyping(t);
  if (syl !== undefined) {
    out.push({ from: start[a], to: end[b - 1], text: syl });
    state.last = b;
  }
  return b;
}
