import type { Edit } from './edits.js';
import type { TextView } from './view.js';

/**
 * Numbers spelled out digit by digit ("không chín một hai …", "nula sedm sedm …", "zero nine one …"), the way a
 * phone or an account number is dictated, read as the digits they spell. Only runs of at least MIN_DIGITS words
 * are read: that many number words in a row are a dictated number, never prose ("năm", "ba", "tám" are everyday
 * Vietnamese words alone). The rules then ask for their own label or prefix around the digits, as they do for
 * digits written as digits. Each word maps to its digit, each gap between the words to nothing.
 */

const MIN_DIGITS = 9;

// Folded (lower-case, diacritic-free) number words of the three languages.
const WORDS: Record<string, string> = {
  khong: '0', mot: '1', hai: '2', ba: '3', bon: '4', tu: '4', nam: '5', lam: '5', sau: '6', bay: '7', tam: '8', chin: '9',
  nula: '0', jedna: '1', jeden: '1', dva: '2', dve: '2', tri: '3', ctyri: '4', pet: '5', sest: '6', sedm: '7', osm: '8', devet: '9',
  zero: '0', oh: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

// A run may mix in digits written as digits ("không không một 0 tám …"); most of it must be words.
const WORD = `(?:${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')}|\\d)`;
const RUN_RE = new RegExp(`(?<![a-z0-9])${WORD}(?:[ ,.\\-]{1,3}${WORD}){${MIN_DIGITS - 1},}(?![a-z0-9])`, 'g');
const WORD_RE = new RegExp(WORD, 'y');

export function numberWordEdits(view: TextView, out: Edit[]): void {
  const { folded } = view;
  let m: RegExpExecArray | null;
  for (let at = nextRun(folded, 0); at >= 0; at = nextRun(folded, RUN_RE.lastIndex)) {
    RUN_RE.lastIndex = at;
    if ((m = RUN_RE.exec(folded)) === null) return;
    // Counted first, with nothing allocated: a long run of digits written as digits (a line of spaced digits is
    // one run of millions) is mostly not words, and is left as it is.
    let words = 0;
    let items = 0;
    walkWords(folded, m.index, m.index + m[0].length, (k, len) => {
      items++;
      if (folded.slice(k, k + len) in WORDS) words++;
    });
    if (words * 2 <= items) continue;
    const { start, end } = view;
    let prevEnd = -1;
    walkWords(folded, m.index, m.index + m[0].length, (k, len) => {
      const from = start[k];
      const to = end[k + len - 1];
      if (prevEnd >= 0) out.push({ from: prevEnd, to: from, text: '' });
      const w = folded.slice(k, k + len);
      if (w in WORDS) out.push({ from, to, text: WORDS[w] });
      prevEnd = to;
    });
  }
}

// Where a run may start, found without trying the regex at every word: a run is a chain of whole tokens ([a-z0-9]
// runs), each a number word or one digit, joined by one to three of " ,.-", so it covers at least SPAN units and
// one of every SPAN-th unit. Only the tokens around those units are read, and the chain through them measured.
const SPAN = 2 * MIN_DIGITS - 1;
const isTokenCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isGapCode = (c: number) => c === 32 || c === 44 || c === 46 || c === 45;
/** A token of two to five letters as a number (base 27), for looking words up without a string. */
function letterKey(s: string, a: number, b: number): number {
  let k = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 97) return -1;
    k = k * 27 + c - 96;
  }
  return k;
}
const WORD_KEYS = new Set(Object.keys(WORDS).map((w) => letterKey(w, 0, w.length)));

/** Whether the token [a, b) can be one item of a run: a number word, or a single digit. */
function isItem(s: string, a: number, b: number): boolean {
  if (b - a === 1) return isTokenCode(s.charCodeAt(a));
  return b - a <= 5 && WORD_KEYS.has(letterKey(s, a, b));
}

/** The start of the first chain of at least MIN_DIGITS items at or after `from` (where RUN_RE matches), or -1. */
function nextRun(s: string, from: number): number {
  const n = s.length;
  for (let p = from + SPAN - 1; p < n; ) {
    // A gap unit: its chain (if any) holds the token just before it.
    let t = p;
    while (t > from && p - t < 3 && isGapCode(s.charCodeAt(t))) t--;
    if (!isTokenCode(s.charCodeAt(t))) {
      p += SPAN;
      continue;
    }
    let a = t;
    while (a > from && isTokenCode(s.charCodeAt(a - 1))) a--;
    let b = t + 1;
    while (b < n && isTokenCode(s.charCodeAt(b))) b++;
    if (!isItem(s, a, b)) {
      p = Math.max(p, b) + SPAN;
      continue;
    }
    // The chain through [a, b): back to its first item, then on to its last.
    let first = a;
    let items = 1;
    for (;;) {
      let g = first;
      while (g > from && first - g < 4 && isGapCode(s.charCodeAt(g - 1))) g--;
      if (g === first || first - g > 3 || g === from || !isTokenCode(s.charCodeAt(g - 1))) break;
      let ta = g - 1;
      while (ta > from && isTokenCode(s.charCodeAt(ta - 1))) ta--;
      if (!isItem(s, ta, g)) break;
      first = ta;
      items++;
    }
    let last = b;
    for (;;) {
      let g = last;
      while (g < n && g - last < 4 && isGapCode(s.charCodeAt(g))) g++;
      if (g === last || g - last > 3 || g === n || !isTokenCode(s.charCodeAt(g))) break;
      let tb = g + 1;
      while (tb < n && isTokenCode(s.charCodeAt(tb))) tb++;
      if (!isItem(s, g, tb)) break;
      last = tb;
      items++;
    }
    if (items >= MIN_DIGITS) return first;
    p = last + SPAN;
  }
  return -1;
}

/** Calls `each(offset, length)` for every number word or digit of a run, in order. */
function walkWords(folded: string, k: number, stop: number, each: (k: number, len: number) => void): void {
  while (k < stop) {
    WORD_RE.lastIndex = k;
    const w = WORD_RE.exec(folded);
    if (w === null || (k + w[0].length < stop && /[a-z0-9]/.test(folded[k + w[0].length]))) {
      k++;
      continue;
    }
    each(k, w[0].length);
    k += w[0].length;
  }
}
