import type { Edit } from './edits.js';
import { isWordCode } from './chars.js';
import { M_GROUPS, M_HINT, MARK_SHIFT, nextMark } from './kernel.js';
import type { TextView } from './view.js';

/**
 * Letter-spaced and punctuated words ("T Ố I  M Ậ T", "M.Ậ.T", "T-U-Y-Ệ-T", "0 0 1 0 8 5 …") read as words
 * again: the separators inside a run are dropped. A run is at least three single letters, or four single
 * digits, each a word of its own, with one and the same separator between all of them; a different separator
 * (two spaces, " / ") ends the run and stays, so "T Ố I  M Ậ T" reads "TỐI MẬT". Ordinary words are never
 * joined ("a v" in Czech, "e.g.", the date "2/2/2025" stay), and a run does not mix capitals with small
 * letters ("a T O P" joins only "TOP").
 *
 * Digit groups split by a line break or by any one separator, spaced out or not ("001085\n123456",
 * "0010 - 8512 - 3456", "4539.1488.0343.6467", "001_085_123_456", "0 0 1 - 0 8 5 - …") join too when they make
 * 8 to 20 digits; groups split by one space or dash are left to the rules' own patterns, which read those already.
 */

export const DIGIT_GROUPS_RE = /(?<![0-9A-Za-z])\d+(?:(?:\n| ?[.\-\/–—_:,·•|+*~] ?| )\d+)+(?![0-9A-Za-z])/g;

let DIGIT_GROUPS_AT: RegExp | undefined; // the same, sticky: tried at the kernel's marks

const UNIFORM_RE = /^\d+(\D{1,3})\d+(?:\1\d+)*$/;
const SPACED_DIGITS_RE = /^\d(?: \d)*( ?\D ?)\d(?: \d)*(?:\1\d(?: \d)*)*$/;

type CaseClass = 0 | 1 | 2; // 0 caseless (digit), 1 capital, 2 small

function caseOf(ch: string): CaseClass {
  const u = ch.toUpperCase();
  const l = ch.toLowerCase();
  if (u === l) return 0;
  return ch === u ? 1 : 2;
}

const SEPARATOR = new Uint8Array(128);
for (const ch of ' .-_*/|+~\n') SEPARATOR[ch.charCodeAt(0)] = 1;

function isWord(c: number): boolean {
  return c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : isWordCode(c);
}

function isSeparator(c: number): boolean {
  return c < 128 ? SEPARATOR[c] === 1 : c === 0xb7 || c === 0x2022; // · •
}

// Where a run may start: a one-character token between separators. Scanned on the folded view (one byte per
// character, no Unicode classes), so prose costs one quick regex pass; the JS walk runs only at the hits.
export const HINT_RE = /[ .\-_*\/|+~\n·•][^ .\-_*\/|+~\n·•][ .\-_*\/|+~\n·•]{1,3}[^ .\-_*\/|+~\n·•][ .\-_*\/|+~\n·•]/g;

export function spacingEdits(view: TextView, out: Edit[]): void {
  const f = view.folded;
  let k = walkFrom(view, 0, out); // a run may open the text, with no separator before it
  const marks = view.marks;
  if (marks) {
    // A long text's view: HINT_RE's matches are marked by the kernel (M_HINT, exact), visited as the search would.
    let from = 0;
    for (let q = nextMark(marks, 0, M_HINT); q < marks.length; q = nextMark(marks, q + 1, M_HINT, from)) {
      const at = marks[q] >> MARK_SHIFT;
      if (at + 1 >= k) k = walkFrom(view, at + 1, out);
      from = Math.max(k, at + 1);
    }
  } else {
    HINT_RE.lastIndex = 0;
    let hint: RegExpExecArray | null;
    while ((hint = HINT_RE.exec(f)) !== null) {
      if (hint.index + 1 >= k) k = walkFrom(view, hint.index + 1, out);
      HINT_RE.lastIndex = Math.max(k, hint.index + 1);
    }
  }
  const { text, original, start, end } = view;
  let m: RegExpExecArray | null;
  // A long text's view: the regex is tried, sticky, where the kernel marked a digit run that may open a match
  // (M_GROUPS), each after the last match's end, as its own search would go on.
  const search = marks ? (DIGIT_GROUPS_AT ??= new RegExp(DIGIT_GROUPS_RE.source, 'y')) : DIGIT_GROUPS_RE;
  search.lastIndex = 0;
  let q = 0;
  let from = 0;
  for (;;) {
    if (marks) {
      q = nextMark(marks, q, M_GROUPS, from);
      if (q === marks.length) break;
      search.lastIndex = marks[q++] >> MARK_SHIFT;
      if ((m = search.exec(text)) === null) continue;
      from = m.index + m[0].length;
    } else if ((m = search.exec(text)) === null) break;
    // Cheap tests first (a CSV row of amounts and dates is one long match): 8 digits at least, and one separator
    // throughout, or spaced digits with one separator between the groups.
    // More than 20 digits can be no identifier: counted first, with no per-group arrays (a 10 MB line of spaced
    // digits is one match of five million groups).
    if (m[0].length < 9 || digitsOver(m[0], 20) || !(UNIFORM_RE.test(m[0]) || SPACED_DIGITS_RE.test(m[0]))) continue;
    const groups = [...m[0].matchAll(/\d+/g)].map((d) => [m!.index + d.index!, m!.index + d.index! + d[0].length]);
    const digits = groups.reduce((s, [a, b]) => s + b - a, 0);
    if (digits < 8 || digits > 20 || groups.length < 2) continue;
    const seps = groups.slice(1).map(([a], i) => original.slice(end[groups[i][1] - 1], start[a]));
    // One separator between all groups; or digits spaced one by one, in groups set apart by one other separator
    // ("0 0 1 - 0 8 5 - …").
    const same = seps.every((s) => s === seps[0]);
    const spacedDigits = !same && seps.every((s, i) => s === ' ' ? groups[i][1] - groups[i][0] === 1 && groups[i + 1][1] - groups[i + 1][0] === 1 : s === seps.find((x) => x !== ' '));
    if (!same && !spacedDigits) continue;
    if (same && /^[ \-]$/.test(seps[0])) continue; // the rules read these already
    if (same && !notANumberShape(groups.map(([a, b]) => text.slice(a, b)), seps[0])) continue;
    for (let i = 1; i < groups.length; i++) out.push({ from: end[groups[i - 1][1] - 1], to: start[groups[i][0]], text: '' });
  }
}

/** Whether `s` holds more than `max` ASCII digits (stops counting there). */
function digitsOver(s: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n > max) return true;
  }
  return false;
}

/**
 * Groups that one separator joins into an identifier rather than writing a number of another kind: not a decimal,
 * a ratio or a time (two groups), an address or a version (short groups), a date (05/12/2013, 2013.12.05), an amount with thousands separators
 * (1.234.567.890 — an identifier group may start with 0, an amount does not), or a list ("111, 112, 1451").
 */
function notANumberShape(g: string[], sep: string): boolean {
  if (/^[,;] $/.test(sep)) return false;
  // Identifier groups hold three digits or more (the last may be shorter): not an address or a version (10.0.0.1).
  if (g.slice(0, -1).some((x) => x.length < 3)) return false;
  if (g.length < 3 && sep.trim() === sep && sep !== '\n') return false;
  const len = g.map((x) => x.length);
  if (g.length === 3 && ((len[0] <= 2 && len[1] <= 2 && (len[2] === 4 || len[2] === 2)) || (len[0] === 4 && len[1] <= 2 && len[2] <= 2))) return false;
  if (g[0][0] !== '0' && len[0] <= 3 && len.slice(1).every((n) => n === 3) && /^[.,_' ]$/.test(sep.trim() || sep)) return false;
  return true;
}

/**
 * Collects the one-character tokens from `at` on, each followed by one to three separator characters, and
 * joins the run when it is long enough. Returns where the walk stopped.
 */
function walkFrom(view: TextView, at: number, out: Edit[]): number {
  const f = view.folded;
  const n = f.length;
  const run: number[] = [];
  let k = at;
  while (k < n) {
    if (!isWord(f.charCodeAt(k)) || (k > 0 && isWord(f.charCodeAt(k - 1))) || (k + 1 < n && isWord(f.charCodeAt(k + 1)))) break;
    run.push(k);
    let s = k + 1;
    while (s < n && s - k <= 3 && isSeparator(f.charCodeAt(s))) s++;
    k = s;
    if (s === run[run.length - 1] + 1 || s - run[run.length - 1] > 4 || s >= n || !isWord(f.charCodeAt(s))) break;
  }
  if (run.length >= 3) joinRuns(view, run, out);
  return Math.max(k, at + 1);
}

/**
 * The longest part that is joined. Joined, a longer part would read as one word of more than 256 letters (or one
 * number of more than 256 digits), in which no keyword and no identifier can stand, since both need a boundary;
 * it would only cost an edit per gap (a 10 MB line of spaced letters: five million edits, ~170 MB). Such a part is
 * still read as written, like every text.
 */
const MAX_JOINED = 256;

/** Split a run of one-character tokens where the separator or the case changes; join the parts long enough. */
function joinRuns(view: TextView, letters: number[], out: Edit[]): void {
  const { text, original, start, end } = view;
  // Gap i lies between letters[i] and letters[i + 1]; two gaps are compared in place, not as strings (a 10 MB line
  // of spaced letters has five million gaps).
  const sameGap = (i: number, j: number): boolean => {
    const a = end[letters[i]];
    const b = end[letters[j]];
    const n = start[letters[i + 1]] - a;
    if (n !== start[letters[j + 1]] - b) return false;
    for (let k = 0; k < n; k++) if (original.charCodeAt(a + k) !== original.charCodeAt(b + k)) return false;
    return true;
  };
  let g = 0;
  while (g < letters.length - 1) {
    let cls = caseOf(text[letters[g]]);
    let h = g + 1; // the run is letters[g .. h-1]
    while (h < letters.length && sameGap(h - 1, g)) {
      const c = caseOf(text[letters[h]]);
      if (c !== 0 && cls !== 0 && c !== cls) break;
      if (c !== 0) cls = c;
      h++;
    }
    // Digits alone need four ("1/2/3" is not an ID); letters three.
    const need = cls === 0 ? 4 : 3;
    if (h - g > MAX_JOINED) g = h; // see MAX_JOINED
    else if (h - g >= need) {
      for (let k = g; k < h - 1; k++) out.push({ from: end[letters[k]], to: start[letters[k + 1]], text: '' });
      g = h;
    } else g++;
  }
}
