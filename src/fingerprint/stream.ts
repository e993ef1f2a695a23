import { buildView, Scratch } from '../normalize/view.js';
import { ALL_SHINGLES, queryWindow, type WordHash } from './match.js';
import { EXCLUDED, shingleHashes, type ShingleParams, winnow } from './shingles.js';
import { WINDOW, WORD_MARGIN, WordCollector } from './words.js';

/**
 * The shingles a large text looks up, made window by window in bounded memory (the fingerprint worker, see
 * parallel.ts): each window's words are collected from its own view, hashed and shingled, and winnowed in one
 * continuous pass, so the kept shingles are exactly those `findExcerpts` keeps from the words of the whole text —
 * without ever holding every word's offsets and digest (24 bytes a word, some 80 MB for a 21 MB file). Only the kept
 * shingles stay (their hash and first word, about one word in four), and where each window's words begin, so that
 * the span of a matching excerpt can be found again by building its window once more (`wordSpan`).
 */
export interface StreamedShingles {
  /** Words of the text. */
  count: number;
  /** Words starting in the core [from, to). */
  inCore: number;
  /** The looked-up shingles: first word (ascending) and hash. */
  positions: Int32Array;
  query: Uint32Array;
  /** Window starts (units) and the index of each window's first word. */
  windowAt: number[];
  windowFirst: number[];
}

/** Where the units of a text come from: `text(a, b)` the units [a, b), `length` known once `end(b)` says b is past
 * it. A whole string, or a file decoded as it is read (parallel.ts). */
export interface UnitSource {
  /** Units [a, min(b, length)); units before a window's start are never asked again. */
  text(a: number, b: number): string;
  /** Is the text at most `b` units long? (reads on as far as needed to tell) */
  end(b: number): boolean;
  readonly length: number;
}

export function stringSource(s: string): UnitSource {
  return { text: (a, b) => s.slice(a, b), end: (b) => s.length <= b, length: s.length };
}

/** A copy of `a`'s first `used` entries in an array of `n`. */
function grown<T extends Int32Array | Uint32Array | Uint8Array>(a: T, n: number, used: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a.subarray(0, used));
  return b;
}

/** Growable pair of arrays (a kept shingle: its first word and its hash). */
class Kept {
  positions = new Int32Array(1 << 12);
  hashes = new Uint32Array(1 << 12);
  count = 0;
  push(i: number, h: number): void {
    if (this.count === this.positions.length) {
      this.positions = grown(this.positions, this.count * 2, this.count);
      this.hashes = grown(this.hashes, this.count * 2, this.count);
    }
    this.positions[this.count] = i;
    this.hashes[this.count++] = h;
  }
}

/**
 * Robust winnowing over shingle hashes that arrive in pieces: the same positions as `winnow` over all of them
 * (the rightmost smallest hash of each window of w, EXCLUDED never kept), with only the current window held.
 */
class StreamWinnow {
  private h = new Uint32Array(1 << 12);
  private core = new Uint8Array(1 << 12);
  private base = 0; // global index of h[0]
  private len = 0;
  private s = 0; // the next window's start
  private m = -1; // the current window's smallest (global index)
  private last = -1; // the last position kept
  readonly kept = new Kept();

  constructor(private readonly w: number) {}

  push(hashes: Uint32Array, inCore: Uint8Array): void {
    this.append(hashes, inCore);
    const w = this.w;
    const h = this.h;
    const base = this.base;
    let { s, m } = this;
    for (; s + w <= base + this.len; s++) {
      const last = s + w - 1;
      if (m < s) {
        m = s;
        for (let j = s + 1; j <= last; j++) if (h[j - base] <= h[m - base]) m = j;
      } else if (h[last - base] <= h[m - base]) m = last;
      else continue;
      this.keep(m);
    }
    this.s = s;
    this.m = m;
    // Only the current window is needed from here on.
    const drop = s - base;
    if (drop > 0) {
      h.copyWithin(0, drop, this.len);
      this.core.copyWithin(0, drop, this.len);
      this.len -= drop;
      this.base = s;
    }
  }

  /** After the last piece: a text shorter than one window keeps its smallest hash, as `winnow` does. */
  finish(): Kept {
    if (this.s === 0 && this.len > 0 && this.len < this.w) for (const i of winnow(this.h.subarray(0, this.len), this.len)) this.keep(i);
    return this.kept;
  }

  private keep(m: number): void {
    if (this.h[m - this.base] === EXCLUDED || m === this.last) return;
    this.last = m;
    if (this.core[m - this.base]) this.kept.push(m, this.h[m - this.base]);
  }

  private append(hashes: Uint32Array, inCore: Uint8Array): void {
    const need = this.len + hashes.length;
    if (need > this.h.length) {
      let n = this.h.length;
      while (n < need) n *= 2;
      this.h = grown(this.h, n, this.len);
      this.core = grown(this.core, n, this.len);
    }
    this.h.set(hashes, this.len);
    this.core.set(inCore, this.len);
    this.len = need;
  }
}

/**
 * The looked-up shingles of a text, window by window (the windows `wordsOf` uses, so the words are the same).
 * Shingles starting at a word whose original offset lies in [from, to) are looked up. `onWindow`: after each window.
 */
export function streamShingles(src: UnitSource, wordHash: WordHash, p: ShingleParams, from = 0, to = Infinity, onWindow?: () => void): StreamedShingles {
  const k = p.k;
  const all = new Kept(); // every shingle, while the text may still have ALL_SHINGLES words or fewer
  const winnower = new StreamWinnow(queryWindow(p, false).w);
  const windowAt: number[] = [];
  const windowFirst: number[] = [];
  // The last k - 1 words of the windows before (their hashes and whether they start in the core).
  let carryHash = new Uint32Array(0);
  let carryCore = new Uint8Array(0);
  let count = 0;
  let inCore = 0;
  let spare: WordCollector | undefined;
  const scratch = new Scratch(WINDOW + 2 * WORD_MARGIN + 64);
  for (let a = 0; a === 0 || !src.end(a); a += WINDOW) {
    const { whole, b, ws, text } = windowOf(src, a);
    const c = new WordCollector(whole ? b : WINDOW + 2 * WORD_MARGIN, false, spare);
    c.add(whole ? buildView(text) : buildView(text, scratch), ws, a, b);
    const words = c.finish();
    windowAt.push(a);
    windowFirst.push(count);
    const n = carryHash.length + words.count;
    const hashes = new Uint32Array(n);
    hashes.set(carryHash);
    hashes.set(words.count > 0 ? wordHash(words) : new Uint32Array(0), carryHash.length);
    const core = new Uint8Array(n);
    core.set(carryCore);
    for (let i = 0; i < words.count; i++) {
      const s = words.start[i];
      if (s >= from && s < to) {
        core[carryHash.length + i] = 1;
        inCore++;
      }
    }
    const sh = shingleHashes(hashes, k);
    const first = count - carryHash.length; // the global index of hashes[0]
    winnower.push(sh, core.subarray(0, sh.length));
    if (count <= ALL_SHINGLES + k) for (let j = 0; j < sh.length; j++) if (core[j]) all.push(first + j, sh[j]);
    count += words.count;
    const keep = Math.min(k - 1, n);
    carryHash = hashes.slice(n - keep);
    carryCore = core.slice(n - keep);
    spare = c;
    onWindow?.();
    if (whole) break;
  }
  // A text of few words (long runs without a word break) looks every shingle up, as `findExcerpts` does.
  const kept = count <= ALL_SHINGLES ? all : winnower.finish();
  return { count, inCore, positions: kept.positions.subarray(0, kept.count), query: kept.hashes.subarray(0, kept.count), windowAt, windowFirst };
}

/** The original span [start, end) of word `i` of a streamed text (its window built once more). */
export function wordSpan(src: UnitSource, s: StreamedShingles, i: number): [number, number] {
  let x = s.windowFirst.length - 1;
  while (x > 0 && s.windowFirst[x] > i) x--;
  const a = s.windowAt[x];
  const { whole, b, ws, text } = windowOf(src, a);
  const c = new WordCollector(whole ? b : WINDOW + 2 * WORD_MARGIN);
  c.add(buildView(text), ws, a, b);
  const j = i - s.windowFirst[x];
  if (j >= c.count) throw new Error(`word ${i} is not in its window`);
  const w = c.finish();
  return [w.start[j], w.end[j]];
}

/** The window of words starting at `a` ([a, b) its core): a short text is one window, whole; else the units from
 * WORD_MARGIN before it to WORD_MARGIN after (`ws` where they begin), as `wordsOf` reads them. */
function windowOf(src: UnitSource, a: number): { whole: boolean; b: number; ws: number; text: string } {
  const whole = a === 0 && src.end(WINDOW);
  const b = src.end(a + WINDOW) ? src.length : a + WINDOW;
  const ws = whole ? 0 : Math.max(0, a - WORD_MARGIN);
  return { whole, b, ws, text: src.text(ws, whole ? b : b + WORD_MARGIN) };
}
