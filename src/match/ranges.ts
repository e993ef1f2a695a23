import type { DigitNeed, TriggerReach } from '../analyze/pattern.js';

/**
 * Where a regex may start a match in a long text, from its prefilters (see analyze/): ascending pairs
 * [s0, e0, s1, e1, …] of view offsets. The regex then runs only on those ranges (candidates.ts).
 */
export type StartRanges = number[];

/** Trigger hits without a known reach are kept per block; the regex reads the block and its neighbours. */
export const BLOCK = 2048;
/** Block ranges closer than this are read in one regex call: a call costs about as much as reading a few hundred
 * units. (Narrow ranges are tried position by position, see candidates.ts, and merge only when they touch.) */
const MERGE_GAP = 512;

/** Digit runs longer than this get one range for all their groups (see digitRanges). */
const LONG_RUN = 4096;

/** Appends [s, e) to ascending ranges, merged into the last one when closer than `gap`. */
function addRange(out: StartRanges, s: number, e: number, gap = MERGE_GAP): void {
  const n = out.length;
  if (n > 0 && s <= out[n - 1] + gap) out[n - 1] = Math.max(out[n - 1], e);
  else out.push(s, e);
}

/** Blocks holding a trigger, with one block of margin on each side. */
export function blockRanges(blocks: readonly number[], length: number): StartRanges {
  const out: StartRanges = [];
  for (const b of blocks) addRange(out, Math.max(0, (b - 1) * BLOCK), Math.min(length, (b + 2) * BLOCK));
  return out;
}

/**
 * Where a match holding one of the trigger hits can start, when the pattern's reach is known (see TriggerReach):
 * at most `reach` units before the trigger, not before the start of the trigger's line when nothing before the
 * trigger can be a line break, and exactly at that line start for a pattern anchored with `^`.
 * `spots` are view offsets; `map` (the view's start map), when given, turns them into offsets of `lines`, the
 * string the pattern reads (the original text); `lines` is where line starts are looked up.
 */
export function reachRanges(spots: number[], r: TriggerReach, lines: string, map?: Int32Array, reaches?: number[]): StartRanges {
  // Hits come in the order their ends were read: starts of triggers of different lengths may be out of order.
  for (let k = 1; k < spots.length; k++) {
    if (spots[k] < spots[k - 1]) {
      if (reaches) sortTogether(spots, reaches);
      else spots.sort((a, b) => a - b);
      break;
    }
  }
  const out: StartRanges = [];
  const reach = r.reach ?? Infinity;
  let ls = -1; // start of the line of the last hit, and where that line ends (exclusive)
  let le = -1;
  for (let k = 0; k < spots.length; k++) {
    const h = spots[k];
    const t = map === undefined ? h : h < map.length ? map[h] : lines.length;
    let s = Math.max(0, t - (reaches === undefined ? reach : reaches[k]));
    let e = t + 1;
    if (r.sameLine) {
      if (t >= le || t < ls) {
        ls = lineStart(lines, t, map === undefined);
        le = lineEnd(lines, t, map === undefined);
      }
      if (r.lineStart) {
        s = ls;
        e = ls + 1;
      } else s = Math.max(s, ls);
    }
    addRange(out, s, e, 0);
  }
  return out;
}

/** A trigger found at [s, e) of `text` glued to a letter where the pattern has none ("st" in "first"): no match of
 * the pattern holds this occurrence (see TriggerReach.wordStart/wordEnd). */
export function gluedToLetter(r: TriggerReach, text: string, s: number, e: number): boolean {
  return (r.wordStart === true && s > 0 && isAsciiLower(text.charCodeAt(s - 1))) || (r.wordEnd === true && isAsciiLower(text.charCodeAt(e)));
}

export function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Sorts hit offsets ascending with each hit's reach beside it. */
function sortTogether(spots: number[], reaches: number[]): void {
  const order = spots.map((_, k) => k).sort((a, b) => spots[a] - spots[b] || reaches[b] - reaches[a]);
  const s = order.map((k) => spots[k]);
  const r = order.map((k) => reaches[k]);
  for (let k = 0; k < s.length; k++) {
    spots[k] = s[k];
    reaches[k] = r[k];
  }
}

/** The starts in both `a` and `b` (ascending pairs each): a match that needs two things starts where both allow. */
export function intersectRanges(a: StartRanges, b: StartRanges): StartRanges {
  const out: StartRanges = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i], b[j]);
    const e = Math.min(a[i + 1], b[j + 1]);
    if (s < e) addRange(out, s, e, 0);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

/**
 * Where the line holding offset `t` starts: after the last line terminator before it. A view breaks lines only with
 * "\n"; the original text has JavaScript's four line terminators, but unless it holds a lone "\r" or U+2028/U+2029,
 * "\n" finds its line starts too (found natively, not unit by unit).
 */
export function lineStart(s: string, t: number, view: boolean): number {
  if (view || !oddBreaks(s)) return s.lastIndexOf('\n', t - 1) + 1;
  for (let i = Math.min(t, s.length) - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i + 1;
  }
  return 0;
}

/** Where the line holding offset `t` ends: the first line terminator at or after it (or the end of the text). */
export function lineEnd(s: string, t: number, view: boolean): number {
  if (view || !oddBreaks(s)) {
    let i = s.indexOf('\n', Math.max(0, t));
    if (i < 0) i = s.length;
    // "\r\n": the line ends at its "\r".
    return !view && i > 0 && s.charCodeAt(i - 1) === 13 && i - 1 >= t ? i - 1 : i;
  }
  for (let i = Math.max(0, t); i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return s.length;
}

/** Whether a text holds a line terminator other than "\n" and "\r\n" (checked once per text). */
let oddChecked: string | undefined;
let oddFound = false;
function oddBreaks(s: string): boolean {
  if (s !== oddChecked) {
    oddChecked = s;
    oddFound = s.includes('\u2028') || s.includes('\u2029') || loneCarriageReturn(s);
  }
  return oddFound;
}

/** Whether a "\r" stands without a "\n" after it: found natively (indexOf), not by a regex over the whole text. */
function loneCarriageReturn(s: string): boolean {
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/** Every digit pattern of the built-in packs needs at least this many digits within this many units. */
export const DENSE_COUNT = 6;
export const DENSE_SPAN = 40;

/**
 * Where the text has a group of digits as the pattern needs: `count` digits within `span` units with nothing but
 * `gap` characters between them (read in `text`). A match holding them starts between `span + before` units before
 * the group's last digit and its first digit. `d` are the digits' offsets; `ends`, when given, the indices of the
 * digits that close a group of DENSE_COUNT within DENSE_SPAN (see denseDigits) — no other digit can close the group.
 */
export function digitRanges(need: DigitNeed, d: Int32Array, ends: Int32Array | undefined, text: string, gaps?: DigitGaps): StartRanges {
  const { count, span, before } = need;
  const out: StartRanges = [];
  const allowed = gaps && classifiable(need) ? gapMask(need) : undefined;
  if (allowed !== undefined) {
    // The gaps between digits were classified once for all patterns (DigitGaps): only the runs of digits joined by
    // allowed characters that are long enough are looked at.
    const runs = gaps!.runs(allowed);
    for (let r = 0; r < runs.length; r += 2) {
      const a = runs[r];
      const z = runs[r + 1];
      if (z - a > LONG_RUN) {
        // A long run (a line of spaced digits, a table of numbers without separators): one range that holds the
        // range of every group in it — a superset, so no match is lost — instead of one test per digit.
        if (z - a + 1 >= count) addRange(out, Math.max(0, d[a + count - 1] - span + 1 - before), d[z - count + 1] + 1, 0);
        continue;
      }
      for (let k = a + count - 1; k <= z; k++) {
        const i = k - count + 1;
        const b = d[k];
        if (b - d[i] < span) addRange(out, Math.max(0, b - span + 1 - before), d[i] + 1, 0);
      }
    }
    return out;
  }
  const gap = gapTable(need);
  let scanned = 0; // the gaps before d[1..scanned] have been read …
  let bad = 0; // … and the last of them holding a character the pattern cannot have between its digits
  const n = ends ? ends.length : d.length;
  for (let q = 0; q < n; q++) {
    const k = ends ? ends[q] : q;
    if (k < count - 1) continue;
    const i = k - count + 1;
    const b = d[k];
    // The cheap test first (most digits are far apart); the characters between them only for the few that pass.
    if (b - d[i] >= span) continue;
    if (gap !== undefined) {
      for (let j = Math.max(scanned, i) + 1; j <= k; j++) {
        for (let x = d[j - 1] + 1; x < d[j]; x++) {
          const c = text.charCodeAt(x);
          if (c >= 128 || gap[c] === 0) {
            bad = j;
            break;
          }
        }
      }
      scanned = k;
      if (bad > i) continue;
    }
    addRange(out, Math.max(0, b - span + 1 - before), d[i] + 1, 0);
  }
  return out;
}

/** Whether a need is checked on classified gaps (DigitGaps) rather than character by character. */
export function classifiable(need: DigitNeed): boolean {
  return need.span <= MAX_GAP && need.count >= DENSE_COUNT && gapMask(need) !== undefined;
}

/** Gaps longer than this are not classified (no built-in digit pattern spans more). */
const MAX_GAP = 64;

/** Classes of the characters found between the digits of identifiers, as bits; every other character is OTHER. */
const GAP_BIT = new Uint16Array(128).fill(1 << 10);
' -./()+<'.split('').forEach((ch, i) => (GAP_BIT[ch.charCodeAt(0)] = 1 << i));
for (let c = 97; c <= 122; c++) GAP_BIT[c] = 1 << 8;
for (let c = 65; c <= 90; c++) GAP_BIT[c] = 1 << 9;
const OTHER = 1 << 10;
const FAR = 0xffff;

/** A need's gap characters as a set of GAP_BIT classes; undefined when the set is not a union of whole classes. */
const gapMasks = new WeakMap<DigitNeed, number | null>();
export function gapMask(need: DigitNeed): number | undefined {
  let m = gapMasks.get(need);
  if (m === undefined) {
    const gap = need.gap;
    m = gap === undefined ? null : 0;
    if (gap !== undefined) {
      for (const ch of gap) {
        const c = ch.charCodeAt(0);
        const bit = c < 128 ? GAP_BIT[c] : OTHER;
        if (bit === OTHER) m = null;
        if (m === null) break;
        m |= bit;
      }
      // A letter class counts only when the need allows all of its letters.
      if (m !== null && m & (1 << 8) && !/abcdefghijklmnopqrstuvwxyz/.test([...new Set(gap)].sort().join(''))) m = null;
      if (m !== null && m & (1 << 9) && !/ABCDEFGHIJKLMNOPQRSTUVWXYZ/.test([...new Set(gap)].sort().join(''))) m = null;
    }
    gapMasks.set(need, m);
  }
  return m === null ? undefined : m;
}

/**
 * The characters between consecutive digits of a text, classified once (GAP_BIT) for every digit pattern: `masks[j]`
 * holds the classes found between d[j - 1] and d[j] (FAR past MAX_GAP units); `runs(allowed)` gives the long runs
 * of digits with nothing but allowed classes between them.
 */
export class DigitGaps {
  private readonly masks: Uint16Array;
  /** Runs of digits joined by gaps that are not FAR, at least DENSE_COUNT long: [first, end, q0, q1] each, where
   * inner[q0…q1) are the digits in (first, end) whose gap before them is not empty. */
  private readonly spans: number[];
  private readonly inner: number[];
  private readonly bad = new Map<number, Int32Array>(); // runs by allowed classes
  /**
   * `allowed`: the gap classes of every pattern that will ask; reading a gap stops as soon as what it holds suits
   * none of them (prose between two numbers: a letter and a space are enough).
   */
  /** `into`: room for the gap masks (d.length units or more, overwritten); `room` gives the runs' arrays (see
   * candidates.ts DigitRoom: reused from window to window of a long text). */
  constructor(d: Int32Array, text: string, allowed: readonly number[], into?: Uint16Array, private readonly room?: { take(n: number): Int32Array }) {
    const hopeless = new Uint8Array(1 << 11); // 0 unknown, 1 some pattern allows the classes, 2 none does
    const masks = into && into.length >= d.length ? into.subarray(0, d.length) : new Uint16Array(d.length);
    if (masks.length > 0) masks[0] = 0; // (never read; as a fresh array has it)
    for (let j = 1; j < d.length; j++) {
      const a = d[j - 1] + 1;
      const b = d[j];
      if (b - a > MAX_GAP) {
        masks[j] = FAR;
        continue;
      }
      let m = 0;
      for (let x = a; x < b; x++) {
        const c = text.charCodeAt(x);
        const next = m | (c < 128 ? GAP_BIT[c] : OTHER);
        if (next === m) continue;
        m = next;
        let h = hopeless[m];
        if (h === 0) h = hopeless[m] = allowed.some((p) => (m & ~p) === 0) ? 1 : 2;
        if (h === 2) {
          m = FAR;
          break;
        }
      }
      masks[j] = m;
    }
    this.masks = masks;
    // The digit runs no gap breaks for every need (FAR gaps break all of them) that hold DENSE_COUNT digits, each
    // with the gaps inside it that some need may find breaking: runs() reads only those, not every digit again for
    // each need (prose is mostly short numbers between words, which no need joins).
    const spans: number[] = [];
    const inner: number[] = [];
    let from = 0;
    for (let j = 1; j <= masks.length; j++) {
      if (j === masks.length || masks[j] === FAR) {
        if (j - from >= DENSE_COUNT) {
          spans.push(from, j, inner.length);
          for (let x = from + 1; x < j; x++) if (masks[x] !== 0) inner.push(x);
          spans.push(inner.length);
        }
        from = j;
      }
    }
    this.spans = spans;
    this.inner = inner;
  }

  /** Maximal runs [first, last] (digit indices) of at least DENSE_COUNT digits joined only by `allowed` gaps. */
  runs(allowed: number): Int32Array {
    let out = this.bad.get(allowed);
    if (!out) {
      const { masks, spans, inner } = this;
      const list: number[] = [];
      for (let r = 0; r < spans.length; r += 4) {
        let from = spans[r];
        for (let q = spans[r + 2]; q < spans[r + 3]; q++) {
          const j = inner[q];
          if ((masks[j] & ~allowed) === 0) continue;
          if (j - from >= DENSE_COUNT) list.push(from, j - 1);
          from = j;
        }
        if (spans[r + 1] - from >= DENSE_COUNT) list.push(from, spans[r + 1] - 1);
      }
      out = this.room ? this.room.take(list.length) : new Int32Array(list.length);
      out.set(list);
      this.bad.set(allowed, out);
    }
    return out;
  }
}

/** A need's gap characters as a table over ASCII (1 = allowed); undefined: any character. */
const gapTables = new WeakMap<DigitNeed, Uint8Array>();
function gapTable(need: DigitNeed): Uint8Array | undefined {
  const gap = need.gap;
  if (gap === undefined) return undefined;
  let t = gapTables.get(need);
  if (!t) {
    t = new Uint8Array(128);
    for (let i = 0; i < gap.length; i++) t[gap.charCodeAt(i)] = 1;
    gapTables.set(need, t);
  }
  return t;
}

/** Indices k of digits with DENSE_COUNT digits in (d[k] - DENSE_SPAN, d[k]]. */
export function denseDigits(d: Int32Array, into?: Int32Array): Int32Array {
  const out = into && into.length >= d.length ? into : new Int32Array(d.length);
  let n = 0;
  for (let k = DENSE_COUNT - 1; k < d.length; k++) if (d[k] - d[k - DENSE_COUNT + 1] < DENSE_SPAN) out[n++] = k;
  return out.subarray(0, n);
}

/** Offsets of the ASCII digits of a view (a view's digits are ASCII: NFKC maps the others). Grown as needed. */
let digitBuffer = new Int32Array(1 << 12);
export function digitPositions(s: string): Int32Array {
  let d = digitBuffer;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (n === d.length) {
        const bigger = new Int32Array(d.length * 2);
        bigger.set(d);
        d = digitBuffer = bigger;
      }
      d[n++] = i;
    }
  }
  return d.subarray(0, n);
}
