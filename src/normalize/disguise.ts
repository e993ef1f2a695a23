import { isWordCode } from './chars.js';
import type { Edit } from './edits.js';
import { mayHold, RARE_SMALL_CAP, SMALL_CAPS } from './rare.js';
import { M_MIXED, M_SEPARATOR, MARK_SHIFT, nextMark } from './kernel.js';
import type { TextView } from './view.js';

/**
 * Stamps in letter disguise, read for keyword matching (the derived view of variants.ts):
 * - letters joined by any one non-letter separator, across the word gap too ("T.O.P.S.E.C.R.E.T", "T:Ố:I:M:Ậ:T"),
 *   and words joined by one ("TOP_SECRET", "TỐI-MẬT");
 * - leetspeak, digits and symbols standing for letters ("T0P S3CR3T", "M4T", "C0NF1D3NT14L");
 * - small capitals that NFKC leaves alone ("ᴛᴏᴘ ꜱᴇᴄʀᴇᴛ").
 * A run is rewritten only when, read that way, it is exactly one of the stamp terms the rules ask for in capitals,
 * and its letters are capitals: checksums, CSS class names, file names in URLs, leetspeak lessons and puzzles
 * (lower case, or no stamp at all) keep their own reading. Offsets stay exact: a separator maps to nothing or to the
 * word gap, a stand-in character to the letter it stands for.
 */

/** The folded (lower-case, diacritic-free) stamp terms the rules look for in capitals, by their letters alone. */
export interface StampTerms {
  /** "topsecret" → "top secret". */
  bySpaceless: Map<string, string>;
  /** Every word of the terms ("top", "secret"). */
  words: Set<string>;
}

export function stampTerms(terms: Iterable<string>): StampTerms {
  const bySpaceless = new Map<string, string>();
  const words = new Set<string>();
  for (const t of terms) {
    if (!/^[a-z]+(?: [a-z]+)*$/.test(t) || t.length < 3) continue;
    bySpaceless.set(t.replace(/ /g, ''), t);
    for (const w of t.split(' ')) words.add(w);
  }
  return { bySpaceless, words };
}

// Digits and symbols that stand for letters; "1" is read as "i", then as "l".
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };

/** Longest stamp term, in letters: runs longer than this are not stamps. */
const MAX_LETTERS = 40;

// Gates, each cheap to scan for and rare in prose (all on the case-kept view, or the original for small capitals):
// a stand-in digit or symbol next to a capital; a separator between a capital and a capital or stand-in.
// (The regexes with `\p{…}` are made on first use: V8 parses one when it is created, at every start-up otherwise;
// most texts never need them, #21.)
let MIXED_RE: RegExp | undefined; // tried at one unit
export const mixedRe = (): RegExp => (MIXED_RE ??= /[013457@$](?:(?<=\p{Lu}.)|(?=\p{Lu}))/uy);
function mixedAt(text: string, k: number): boolean {
  const re = mixedRe();
  re.lastIndex = k;
  return re.test(text);
}
// (After a digit, the capital must not open a capitalised word: "123,Hà Nội" in a CSV row is no stamp.)
// Both branches want a capital, digit, "@" or "$" next: a class holding all of them (every capital past "Z" is at
// U+00C0 or above) is tried first, which most separators in prose (", ", ". ") fail at once, before the property
// lookarounds; the matches are the same.
let SEPARATOR_RE: RegExp | undefined;
export const separatorRe = (): RegExp => (SEPARATOR_RE ??= /[!-\/:-?\[-`{-~\u00b7\u2022](?=[A-Z0-9@$\u00c0-\u{10ffff}])(?:(?<=\p{Lu}.)(?=[\p{Lu}0-9@$])|(?<=[0-9@$].)(?=\p{Lu}(?!\p{Ll})))/gu);
let SEPARATOR_AT: RegExp | undefined; // the same, sticky: tried at the kernel's marks
const SPACE_RE = /\s/g;
// On the original: the view folds some small capitals to small letters already (look-alikes).
const SMALL_CAPS_RE = /[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ]/g;

export function disguiseEdits(view: TextView, stamps: StampTerms | undefined, out: Edit[]): void {
  if (!stamps || stamps.bySpaceless.size === 0) return;
  const { text } = view;
  let m: RegExpExecArray | null;
  let done = -1;
  for (const at of mixedHits(view)) {
    if (at < done || !wordOfStamp(view, stamps, at)) continue;
    done = wordsAround(view, stamps, at, out);
  }
  done = -1;
  SMALL_CAPS_RE.lastIndex = 0;
  // (Only when the view builder met a small capital in the original: most windows hold none.)
  while (mayHold(view, RARE_SMALL_CAP) && (m = SMALL_CAPS_RE.exec(view.original)) !== null) {
    // Two small capitals, or one beside a capital, open a run.
    const near = view.original.slice(Math.max(0, m.index - 1), m.index + 2).replace(m[0], '');
    if (!/[A-Zᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ]/.test(near)) continue;
    let k = 0;
    for (let step = 1 << 30; step > 0; step >>= 1) if (k + step < view.start.length && view.start[k + step] <= m.index) k += step;
    if (k >= done) done = wordsAround(view, stamps, k, out);
  }
  done = -1;
  // (A short text's view, built without digit offsets, is searched from the first separator that may open a match:
  // one with none never compiles the regex, #21. A long text's view marked by the kernel has the regex tried, sticky,
  // at each unit where `firstSeparator`'s test holds (M_SEPARATOR), not searched for over the whole window; an
  // unmarked one is left to the regex's own search.)
  const marks = view.marks;
  const first = marks || view.digits ? 0 : firstSeparator(text);
  const separators = first < 0 ? undefined : marks ? (SEPARATOR_AT ??= new RegExp(separatorRe().source, 'uy')) : separatorRe();
  if (separators) separators.lastIndex = first;
  let q = 0;
  for (;;) {
    if (!separators) break;
    if (marks) {
      q = nextMark(marks, q, M_SEPARATOR);
      if (q === marks.length) break;
      separators.lastIndex = marks[q++] >> MARK_SHIFT;
    }
    if ((m = separators.exec(text)) === null) {
      if (marks) continue;
      break;
    }
    if (m.index < done) continue;
    // A long token (a URL, a percent-encoded text) is no stamp: skip to its end.
    SPACE_RE.lastIndex = m.index;
    const token = SPACE_RE.exec(text);
    const tokenEnd = token === null ? text.length : token.index;
    if (tokenEnd - m.index > 3 * MAX_LETTERS) {
      done = tokenEnd;
      continue;
    }
    // The run holding the separator: back to the first unit after a non-unit character.
    let a = m.index;
    while (a > 0 && m.index - a < 2 * MAX_LETTERS && (isUnit(text[a - 1]) || text[a - 1] === m[0])) a--;
    while (a < m.index && !isUnit(text[a])) a++;
    const single = a + 3 < text.length && text[a + 1] === m[0] && text[a + 3] === m[0];
    done = separatedRun(view, stamps, a, m[0], single, out);
  }
}

/**
 * The first unit where SEPARATOR_RE may match, or -1: a separator of its class with, around it, what one of its
 * branches wants, read without the property escapes — a unit that may be a capital (A–Z, or any unit past ASCII:
 * a capital elsewhere, or half of one outside the BMP) before it and a capital, digit, "@" or "$" after it; or a
 * digit, "@" or "$" before it and a unit that may be a capital (A–Z, or from U+00C0 on) after it. Every match is
 * at such a unit.
 */
export function firstSeparator(text: string): number {
  for (let k = 1; k + 1 < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!(c < 128 ? SEPARATOR_UNIT[c] === 1 : c === 0xb7 || c === 0x2022)) continue;
    const b = text.charCodeAt(k - 1);
    const a = text.charCodeAt(k + 1);
    const capitalAfter = a >= 0xc0 || (a >= 65 && a <= 90);
    if (b >= 128 || (b >= 65 && b <= 90) ? capitalAfter || (a >= 48 && a <= 57) || a === 64 || a === 36 : ((b >= 48 && b <= 57) || b === 64 || b === 36) && capitalAfter) return k;
  }
  return -1;
}

/** The ASCII units of SEPARATOR_RE's first class. */
const SEPARATOR_UNIT = new Uint8Array(128);
for (let c = 33; c < 127; c++) if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64)) SEPARATOR_UNIT[c] = 1;

const STAND_IN_DIGIT = new Uint8Array(10);
for (const d of '013457') STAND_IN_DIGIT[Number(d)] = 1;

/**
 * Where MIXED_RE matches in the view, in order. In a long text's view (built with its digit offsets) the regex is
 * tried only at the stand-in digits and at each "@" and "$" beside something other than ASCII (an ASCII neighbour
 * other than a capital is no capital), not searched for over the whole window.
 */
export function mixedHits(view: TextView): number[] {
  const { text, digits } = view;
  const out: number[] = [];
  const maybe = (k: number) => {
    const b = k > 0 ? text.charCodeAt(k - 1) : 32;
    const a = k + 1 < text.length ? text.charCodeAt(k + 1) : 32;
    if ((b >= 128 || (b >= 65 && b <= 90) || a >= 128 || (a >= 65 && a <= 90)) && mixedAt(text, k)) out.push(k);
  };
  const marks = view.marks;
  if (marks) {
    // A long text's view marked by the kernel: M_MIXED is `maybe`'s own test at each stand-in digit, "@" and "$".
    for (let q = 0; q < marks.length; q++) {
      const k = marks[q] >> MARK_SHIFT;
      if ((marks[q] & M_MIXED) !== 0 && mixedAt(text, k)) out.push(k);
    }
    return out;
  }
  if (!digits) {
    // A short text: each stand-in digit, "@" and "$" is tried the same way (a text without one beside a possible
    // capital never compiles the regex, #21).
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 64 || c === 36 || (c >= 48 && c <= 55 && STAND_IN_DIGIT[c - 48] === 1)) maybe(k);
    }
    return out;
  }
  let at = text.indexOf('@');
  let dollar = text.indexOf('$');
  let d = 0;
  for (;;) {
    const k = d < digits.length ? digits[d] : text.length;
    const s = Math.min(at < 0 ? text.length : at, dollar < 0 ? text.length : dollar);
    if (s < k) {
      maybe(s);
      if (s === at) at = text.indexOf('@', at + 1);
      else dollar = text.indexOf('$', dollar + 1);
      continue;
    }
    if (k === text.length) return out;
    d++;
    if (STAND_IN_DIGIT[text.charCodeAt(k) - 48] === 1) maybe(k);
  }
}

/** The word around view unit k (stand-ins read as letters) is a word of some stamp term: a cheap test before the line. */
function wordOfStamp(view: TextView, stamps: StampTerms, k: number): boolean {
  const { text } = view;
  let a = k;
  while (a > 0 && k - a < MAX_LETTERS && isUnit(text[a - 1])) a--;
  let b = k;
  while (b < text.length && b - a < MAX_LETTERS && isUnit(text[b])) b++;
  for (const one of ['i', 'l'] as const) {
    let w = '';
    for (let q = a; q < b; q++) w += letterOf(view, q, one) ?? '?';
    if (stamps.words.has(w)) return true;
  }
  return false;
}

const isUnit = (ch: string) => ch in LEET || ch in SMALL_CAPS || isWordCode(ch.charCodeAt(0));

/** The small capital view unit k was written as, if any. */
function smallCap(view: TextView, k: number): string | undefined {
  const o = view.original[view.start[k]];
  return view.end[k] - view.start[k] === 1 && o in SMALL_CAPS ? SMALL_CAPS[o] : undefined;
}

/** What one view unit reads as in a stamp: its folded letter, the letter a stand-in means, or undefined. */
function letterOf(view: TextView, k: number, one: 'i' | 'l'): string | undefined {
  const ch = view.text[k];
  if (ch === '1') return one;
  if (ch in LEET) return LEET[ch];
  const f = smallCap(view, k) ?? view.folded[k];
  return f >= 'a' && f <= 'z' ? f : undefined;
}

/** A letter written in small letters (a stand-in or a small capital is neither). */
function isSmallLetter(view: TextView, k: number): boolean {
  const ch = view.text[k];
  return !(ch in LEET) && smallCap(view, k) === undefined && ch !== ch.toUpperCase();
}

/**
 * Leetspeak and small capitals: the words around view unit `at` on its line (space-separated), read one to four at a
 * time. Returns the view index where the next search may start.
 */
function wordsAround(view: TextView, stamps: StampTerms, at: number, out: Edit[]): number {
  const { text } = view;
  let a = at;
  while (a > 0 && at - a < 80 && text[a - 1] !== '\n') a--;
  let b = at;
  while (b < text.length && b - at < 80 && text[b] !== '\n') b++;
  const words: [number, number][] = [];
  for (let k = a; k < b; ) {
    if (!isUnit(text[k])) {
      k++;
      continue;
    }
    let e = k;
    while (e < b && isUnit(text[e])) e++;
    words.push([k, e]);
    k = e;
  }
  for (let i = 0; i < words.length; i++) {
    if (words[i][1] <= at - 40) continue;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const group = words.slice(i, i + n);
      // Consecutive words only, one space apart.
      if (group.some((w, j) => j > 0 && (w[0] !== group[j - 1][1] + 1 || text[w[0] - 1] !== ' '))) continue;
      const units: number[] = [];
      for (const [s, e] of group) for (let k = s; k < e; k++) units.push(k);
      if (tryStamp(view, stamps, units, false, out)) return group[n - 1][1];
    }
  }
  return b;
}

/**
 * Letters (or words) joined by one repeated separator, from view unit `at`: collects the run and tries it as a stamp.
 * `single`: every token is one letter (the word gap is one more separator); else tokens are whole words.
 */
function separatedRun(view: TextView, stamps: StampTerms, at: number, sep: string, single: boolean, out: Edit[]): number {
  const { folded } = view;
  const units: number[] = [];
  let k = at;
  let letters = 0;
  while (k < folded.length && letters <= MAX_LETTERS) {
    let e = k;
    while (e < folded.length && isUnit(view.text[e]) && folded[e] !== sep) e++;
    if (e === k || (single && e - k !== 1)) break;
    for (let q = k; q < e; q++) units.push(q);
    letters += e - k;
    if (folded[e] !== sep) {
      k = e;
      break;
    }
    k = e + 1;
  }
  // The run must end where its token ends, not inside a longer one.
  if (k < folded.length && isUnit(view.text[k])) return k + 1;
  if (letters >= 3 && letters <= MAX_LETTERS) tryStamp(view, stamps, units, single, out);
  return k;
}

/**
 * The units read as a stamp term: their letters (with stand-ins read as letters) spell the term without its spaces,
 * the term's word gaps fall where the text has a separator, and (unless every unit is separated) the separators
 * fall only at the gaps. On success the edits rewrite stand-ins to capitals and separators to a gap or nothing.
 */
function tryStamp(view: TextView, stamps: StampTerms, units: number[], everySeparated: boolean, out: Edit[]): boolean {
  if (units.length < 3 || units.length > MAX_LETTERS) return false;
  if (units.some((k) => isSmallLetter(view, k))) return false;
  for (const one of ['i', 'l'] as const) {
    let spelled = '';
    for (const k of units) {
      const l = letterOf(view, k, one);
      if (l === undefined) return false;
      spelled += l;
    }
    const term = stamps.bySpaceless.get(spelled);
    if (term === undefined) continue;
    // Where the term has a word gap, in letters.
    const gaps = new Set<number>();
    for (let i = 0, n = 0; i < term.length; i++) if (term[i] === ' ') gaps.add(n);
    else n++;
    const edits: Edit[] = [];
    let changed = false;
    for (let i = 0; i < units.length; i++) {
      const k = units[i];
      const ch = view.text[k];
      if (ch in LEET || smallCap(view, k) !== undefined) {
        edits.push({ from: view.start[k], to: view.end[k], text: spelled[i].toUpperCase() });
        changed = true;
      }
      if (i + 1 === units.length) break;
      const sepFrom = view.end[k];
      const sepTo = view.start[units[i + 1]];
      const gap = gaps.has(i + 1);
      if (sepTo === sepFrom) {
        if (gap) return false; // the term has a gap the text does not
        continue;
      }
      if (!gap && !everySeparated) return false;
      const want = gap ? ' ' : '';
      if (view.original.slice(sepFrom, sepTo) === want) continue;
      edits.push({ from: sepFrom, to: sepTo, text: want });
      changed = true;
    }
    if (!changed) return false;
    out.push(...edits);
    return true;
  }
  return false;
}
