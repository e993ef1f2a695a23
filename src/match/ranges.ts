import type { DigitNeed } from './triggers.js';

/**
 * Where a regex may start a match in a long text, from its prefilters (see triggers.ts): ascending pairs
 * [s0, e0, s1, e1, …] of view offsets. The regex then runs only on those ranges (candidates.ts).
 */
export type StartRanges = number[];

/** Trigger hits without a known reach are kept per block; the regex reads the block and its neighbours. */
export const BLOCK = 2048;
/** Ranges closer than this are read in one regex call: a call costs about as much as reading a few hundred units. */
const MERGE_GAP = 512;

/** Appends [s, e) to ascending ranges, merged into the last one when close. */
function addRange(out: StartRanges, s: number, e: number): void {
  const n = out.length;
  if (n > 0 && s <= out[n - 1] + MERGE_GAP) out[n - 1] = Math.max(out[n - 1], e);
  else out.push(s, e);
}

/** Blocks holding a trigger, with one block of margin on each side. */
export function blockRanges(blocks: readonly number[], length: number): StartRanges {
  const out: StartRanges = [];
  for (const b of blocks) addRange(out, Math.max(0, (b - 1) * BLOCK), Math.min(length, (b + 2) * BLOCK));
  return out;
}

/** Around each trigger when the pattern's reach is known: a match starts at most `reach` units before it. */
export function spotRanges(spots: number[], reach: number): StartRanges {
  // Hits come in the order their ends were read: starts of triggers of different lengths may be out of order.
  for (let k = 1; k < spots.length; k++) {
    if (spots[k] < spots[k - 1]) {
      spots.sort((a, b) => a - b);
      break;
    }
  }
  const out: StartRanges = [];
  for (const h of spots) addRange(out, Math.max(0, h - reach), h + 1);
  return out;
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
export function digitRanges(need: DigitNeed, d: Int32Array, ends: Int32Array | undefined, text: string): StartRanges {
  const { count, span, before } = need;
  const gap = gapTable(need);
  const out: StartRanges = [];
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
    addRange(out, Math.max(0, b - span + 1 - before), d[i] + 1);
  }
  return out;
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
export function denseDigits(d: Int32Array): Int32Array {
  const out = new Int32Array(d.length);
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
