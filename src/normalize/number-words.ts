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
  RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(folded)) !== null) {
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
