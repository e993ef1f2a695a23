import { platform } from '../engine/platform.js';
import { confusables, foldCode, isIgnorable, isLineBreakChar, isMarkCode, isSpaceChar, isWordCode } from './chars.js';
import { moveTone, TONED_FIRST } from './tones.js';
import type { ViewHits } from '../match/aho-corasick.js';
import { H_CAP, H_I, H_IDENTITY, H_LEN, H_N, H_ND, H_NH, H_S, H_WIDE, KernelBuffers, kernelEngine, kernelStep, type KernelAutomaton } from './kernel.js';
import { RARE } from './rare.js';

/**
 * The matching view of a text: what rules match on, with a map back to the original.
 *
 * - `text`: NFKC per character cluster (NFD input composes, full-width and mathematical letters become ASCII),
 *   look-alike letters folded, invisible characters dropped, every run of white space collapsed to one
 *   " " (or "\n" when the run holds a line break). Case is kept, for formats like "AKIA…".
 * - `lower`: the same, lower-cased unit by unit.
 * - `folded`: `lower` without diacritics ("tối mật" → "toi mat", "đ" → "d").
 * All three have the same length, so one offset map serves them: view unit i came from
 * original[start[i], end[i]).
 */
export interface TextView {
  original: string;
  text: string;
  lower: string;
  folded: string;
  start: Int32Array;
  end: Int32Array;
  /** Set on a derived view (variants.ts): a second reading of parts of `original`, not the text itself. */
  derived?: true;
  /** Offsets of the view's digits, found while building it (views of long texts, built with a Scratch). */
  digits?: Int32Array;
  /** Where the automaton given to buildView reported, for AhoCorasick#searchView (valid as long as `start`). */
  hits?: ViewHits;
  /**
   * Where the second readings' scanners may start (kernel.ts `mark`: view offset << MARK_SHIFT | M_* kinds), each kind in order; views
   * of long texts (built with a Scratch) whose folded units all fit a byte. Undefined: the scanners search the view.
   */
  marks?: Int32Array;
  /** Where the openings of the automaton's patterns without trigger or digit group end (kernel.ts KernelOpenings:
   * view offset of an opening's last unit << 6 | its last bit), with the marks; undefined: those patterns search the view. */
  opens?: Int32Array;
  /** The kinds of rare characters (rare.ts) the original holds, noted by buildView; undefined: not known. */
  rare?: number;
}

type ClusterInfo = { kind: 'ignore' } | { kind: 'space'; newline: boolean } | { kind: 'chars'; text: string };

const clusterCache = new Map<string, ClusterInfo>();
const lowerCache = new Uint16Array(0x10000); // 0 = not computed yet
const foldLowerCache = new Uint16Array(0x10000); // unit → lower-case, diacritic-free unit; 0 = not computed yet

// What a lone BMP unit (not followed by a combining mark) becomes in the view, cached: most non-ASCII
// letters (Vietnamese, Czech) map to themselves, so the common case is one table read.
const SINGLE_UNKNOWN = 0;
const SINGLE_IGNORE = -1;
const SINGLE_SPACE = -2;
const SINGLE_NEWLINE = -3;
const SINGLE_COMPLEX = -4;
const singleCache = new Int32Array(0x10000);

function single(code: number): number {
  let v = singleCache[code];
  if (v !== SINGLE_UNKNOWN) return v;
  if (code >= 0xd800 && code <= 0xdfff) v = SINGLE_COMPLEX;
  else {
    const info = classifyCluster(String.fromCharCode(code));
    if (info.kind === 'ignore') v = SINGLE_IGNORE;
    else if (info.kind === 'space') v = info.newline ? SINGLE_NEWLINE : SINGLE_SPACE;
    else v = info.text.length === 1 ? info.text.charCodeAt(0) : SINGLE_COMPLEX;
  }
  singleCache[code] = v;
  return v;
}

const OVERLAY_RE = /[\u0305\u0332\u0333\u0334-\u0338\u033f\u20d2-\u20d6\u20e5\u20e6]/;
const OVERLAY_RE_G = new RegExp(OVERLAY_RE.source, 'g');

function classifyCluster(original: string): ClusterInfo {
  let info = clusterCache.get(original);
  if (info) return info;
  // Combining overlays and lines drawn over every letter (strike-through, slash, underline, overline) are
  // decoration, never part of a Vietnamese or Czech letter: the letter reads without them.
  const cluster = OVERLAY_RE.test(original) ? original.replace(OVERLAY_RE_G, '') : original;
  const base = cluster.length > 0 ? String.fromCodePoint(cluster.codePointAt(0)!) : '';
  if (base === '') info = { kind: 'ignore' };
  else if (isLineBreakChar(base)) info = { kind: 'space', newline: true };
  else if (isSpaceChar(base)) info = { kind: 'space', newline: false };
  else if (isIgnorable(base) && cluster.length === base.length) info = { kind: 'ignore' };
  else {
    let t = cluster.normalize('NFKC');
    if (confusables.size > 0) {
      let mapped = '';
      for (const ch of t) mapped += confusables.get(ch) ?? ch;
      t = mapped.normalize('NFC');
    }
    // NFKC may turn a character into white space (e.g. U+2000..U+200A): treat as space.
    if (t.trim() === '') info = t.length === 0 ? { kind: 'ignore' } : { kind: 'space', newline: false };
    else info = { kind: 'chars', text: t };
  }
  if (clusterCache.size < 50_000) clusterCache.set(original, info);
  return info;
}

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let l = lowerCache[code];
  if (l === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : code;
    lowerCache[code] = l;
  }
  return l;
}

/**
 * Units → string. Text that fits in Latin-1 (the folded view almost always does) becomes a one-byte string,
 * which is cheaper to build and to match; the rest goes through the platform's UTF-16 decoder (under Node, Buffer's,
 * several times faster than TextDecoder on large views).
 */
function decodeUnits(units: Uint16Array, length: number, bytes?: Uint8Array): string {
  if (bytes && bytes.length >= length) {
    let narrow = true;
    for (let k = 0; k < length; k++) {
      const c = units[k];
      if (c > 255) { narrow = false; break; }
      bytes[k] = c;
    }
    if (narrow) return platform().latin1(bytes, length);
  }
  return platform().utf16(units, length);
}

/**
 * Reusable buffers for building views of many windows of one large text: fresh memory is expensive to fault in,
 * so the engine keeps one Scratch per scan. The arrays of a view built with a scratch are valid only until the
 * next build with the same scratch. The kernel's buffers (kernel.ts) live in WebAssembly memory where it runs.
 */
export class Scratch {
  readonly kernel: KernelBuffers;
  folded: Uint16Array;
  textBytes: Uint8Array;
  constructor(readonly capacity: number) {
    this.kernel = new KernelBuffers(capacity);
    this.folded = new Uint16Array(capacity);
    this.textBytes = new Uint8Array(capacity);
  }
}

/**
 * The kernel's buffers for views of 1,024 to 65,536 units built without a scratch (a prompt, a short file), on the
 * WebAssembly loop and kept for the process: the TypeScript loop, run cold over a 4 KB prompt, had V8 compile it
 * optimised at every start (#21: ~25 M instructions of a prompt's run), and a WebAssembly instance per view would
 * cost a memory each. The view copies out the arrays it keeps (start, end, hits), so the next build may reuse them.
 * Shorter views (terms, excerpts) keep their own TypeScript buffers.
 */
let shortKernel: KernelBuffers | undefined;
const SHORT_KERNEL_MIN = 1024;
const SHORT_KERNEL_MAX = (1 << 16) + 16;

function shortBuffers(need: number): KernelBuffers | undefined {
  if (need < SHORT_KERNEL_MIN + 16 || need > SHORT_KERNEL_MAX || kernelEngine() !== 'webassembly') return undefined;
  if (!shortKernel || shortKernel.capacity < need) {
    const k = new KernelBuffers(Math.min(SHORT_KERNEL_MAX, Math.max(need, 8192 + 16)));
    if (k.engine !== 'webassembly') return undefined;
    shortKernel = k;
  }
  return shortKernel;
}

/** A unit of the case-preserving view → its lower-case, diacritic-free unit (cached). */
function foldUnit(v: number): number {
  if (v < 128) return v >= 65 && v <= 90 ? v + 32 : v;
  let f = foldLowerCache[v];
  if (f === 0) f = foldLowerCache[v] = foldCode(lowerCode(v));
  return f;
}

/** Buffers of twice the room, holding what `b` holds so far (a view that outgrew its buffers: NFKC expansions). */
function grow(b: KernelBuffers, len: number, nh: number): KernelBuffers {
  const g = new KernelBuffers(b.capacity * 2 + 16, false);
  g.text.set(b.text.subarray(0, len));
  g.bytes.set(b.bytes.subarray(0, len));
  g.start.set(b.start.subarray(0, len));
  g.end.set(b.end.subarray(0, len));
  g.hits.set(b.hits.subarray(0, nh));
  g.load(b.automaton);
  return g;
}

/**
 * One pass over the original writes the case-preserving view, its offset map, the folded view (as units and as the
 * bytes of a one-byte string), the offsets of its digits and, given an automaton, the places where it reports
 * (`view.hits`, read back by AhoCorasick#searchView). The byte kernel (kernel.ts) takes the common cases: ASCII, a
 * precomposed letter not followed by a combining mark, single white space. The general path below takes the rest:
 * clusters go through NFKC once and are cached; a run of white space becomes one unit, "\n" if the run holds a line
 * break, else " ". Then the few "oa/oe/uy" syllables get one tone placement (see tones.ts). With `mark` (and a
 * scratch that holds the view, and folded units that fit a byte), the kernel then marks where the second readings'
 * scanners may start (`marks`, kernel.ts `mark`).
 */
export function buildView(original: string, scratch?: Scratch, automaton?: { kernel(): KernelAutomaton }, mark = false): TextView {
  const n = original.length;
  const fits = scratch !== undefined && scratch.capacity >= n + 16;
  const shared = fits ? undefined : shortBuffers(n + 16);
  let b = fits ? scratch.kernel : (shared ?? new KernelBuffers(n + 16, false));
  b.load(automaton?.kernel());
  const ownBuffers = b;
  b.begin(original);
  let { text, start, end, bytes, hits } = b;
  let len = 0;
  let s = 0; // automaton state
  let nd = 0;
  let nh = 0;
  // True while the view is the original unit for unit: then `text` is the original string itself (no copy).
  let identity = true;
  let textWide = false; // a unit of `text` above U+00FF: it needs a two-byte string
  let foldedWide = false;
  let tones: number[] | undefined; // units that may open an "oa/oe/uy" syllable
  let rare = 0; // kinds of rare characters met (rare.ts): the kernel never takes one, so the general path meets all
  // No closures over these locals: V8 would keep them in a heap context and the loop runs several times slower.

  let i = 0;
  while (i < n) {
    // The kernel: as far as the units are fast (at the last unit it stops, and the general path takes it).
    let h = b.header;
    h[H_I] = i; h[H_N] = n; h[H_LEN] = len; h[H_S] = s; h[H_ND] = nd; h[H_NH] = nh;
    h[H_IDENTITY] = identity ? 1 : 0; h[H_WIDE] = textWide ? 1 : 0; h[H_CAP] = b.capacity;
    b.run(original);
    i = h[H_I]; len = h[H_LEN]; s = h[H_S]; nd = h[H_ND]; nh = h[H_NH];
    identity = h[H_IDENTITY] === 1; textWide = h[H_WIDE] === 1;
    if (i >= n) break;
    if (len + 8 > b.capacity) {
      b = grow(b, len, nh);
      ({ text, start, end, bytes, hits } = b);
      h = b.header;
    }
    const c = original.charCodeAt(i);
    rare |= RARE[c];
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    let j = i + 1;
    let v = SINGLE_COMPLEX;
    let cluster: ClusterInfo | undefined;
    const nextMark = next >= 0x300 && isMarkCode(next);
    if (!nextMark) {
      if (next >= 0x300) b.learn(next, false, 0, true);
      v = c < 128 ? (c > 32 && c !== 127 ? c : c === 10 || c === 13 ? SINGLE_NEWLINE : c === 32 || c === 9 || c === 11 || c === 12 ? SINGLE_SPACE : c || SINGLE_COMPLEX) : single(c);
    }
    if (v === SINGLE_COMPLEX) {
      // One code point and the combining marks that follow it.
      j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
      while (j < n) {
        const m = original.charCodeAt(j);
        if (m < 0x300 || !isMarkCode(m)) break;
        j++;
      }
      cluster = classifyCluster(original.slice(i, j));
      v = cluster.kind === 'ignore' ? SINGLE_IGNORE : cluster.kind === 'space' ? (cluster.newline ? SINGLE_NEWLINE : SINGLE_SPACE) : SINGLE_COMPLEX;
    }
    if (v > 0) {
      const f = foldUnit(v);
      text[len] = v;
      bytes[len] = f;
      if (v > 255) textWide = true;
      if (f > 255) foldedWide = true;
      if (f >= 48 && f <= 57) b.digits[nd++] = len;
      if (TONED_FIRST[v] === 1) (tones ??= []).push(len);
      else if (v === c && j === i + 1 && f < 128 && RARE[c] === 0) b.learn(c, true, f, false);
      start[len] = i;
      end[len] = j;
      if (identity && (v !== c || len !== i || j !== i + 1)) identity = false;
      len++;
      s = kernelStep(b, s, f);
      if (b.emits[s] !== 0) { hits[nh++] = s; hits[nh++] = len; }
    } else if (v === SINGLE_SPACE || v === SINGLE_NEWLINE) {
      const prev = len > 0 ? text[len - 1] : 0;
      identity = false;
      if (prev === 32 || prev === 10) {
        if (v === SINGLE_NEWLINE) text[len - 1] = bytes[len - 1] = 10;
        end[len - 1] = j;
      } else {
        text[len] = bytes[len] = v === SINGLE_NEWLINE ? 10 : 32;
        start[len] = i;
        end[len] = j;
        len++;
        s = kernelStep(b, s, 32);
        if (b.emits[s] !== 0) { hits[nh++] = s; hits[nh++] = len; }
      }
    } else if (v === SINGLE_COMPLEX && cluster && cluster.kind === 'chars') {
      identity = false;
      const t = cluster.text;
      for (let k = 0; k < t.length; k++) {
        if (len === b.capacity) {
          b = grow(b, len, nh);
          ({ text, start, end, bytes, hits } = b);
        }
        const u = t.charCodeAt(k);
        const f = foldUnit(u);
        text[len] = u;
        bytes[len] = f;
        if (u > 255) textWide = true;
        if (f > 255) foldedWide = true;
        if (f >= 48 && f <= 57) b.digits[nd++] = len;
        if (TONED_FIRST[u] === 1) (tones ??= []).push(len);
        start[len] = i;
        end[len] = j;
        len++;
        s = kernelStep(b, s, f);
        if (b.emits[s] !== 0) { hits[nh++] = s; hits[nh++] = len; }
      }
    }
    i = j;
  }
  if (len !== n) identity = false;

  // One tone placement for "oa/oe/uy" (see tones.ts): it rewrites a unit and the next one, so both are folded again.
  // (Folding drops the tone, so the folded units, and the automaton's hits, do not change; if one ever did, the hits
  // are dropped and the automaton reads the folded view again.)
  let hitsValid = true;
  if (tones !== undefined) {
    for (const k of tones) {
      if (!moveTone(text, k, len, isWordCode)) continue;
      identity = false;
      for (let q = k; q <= k + 1; q++) {
        const f = foldUnit(text[q]);
        if (bytes[q] !== (f & 0xff)) hitsValid = false;
        bytes[q] = f;
        if (text[q] > 255) textWide = true;
        if (f > 255) foldedWide = true;
      }
    }
  }

  const fitsStill = fits && b === ownBuffers;
  // Marks for the second readings' scanners, when asked (the engine's windows; not derived views or fingerprints,
  // which run no scanner). After the tone placement: the marks read the view as it is returned.
  const nm = mark && fitsStill && !foldedWide && marking ? b.mark(len) : -1;
  const marks = nm >= 0 ? b.marks.subarray(0, nm) : undefined;
  const no = nm >= 0 && b.automaton.openings !== undefined ? b.openCount() : -1;
  const opens = no >= 0 ? b.opens.subarray(0, no) : undefined;
  const textString = identity ? original : textWide ? decodeUnits(text, len) : decodeUnits(text, len, fitsStill ? scratch.textBytes : undefined);
  // The folded view is almost always Latin-1, written as bytes above; the rare wide one is folded again as units.
  let foldedString: string;
  if (foldedWide) {
    const folded = fitsStill ? scratch.folded : new Uint16Array(len);
    for (let k = 0; k < len; k++) folded[k] = foldUnit(text[k]);
    foldedString = decodeUnits(folded, len);
  } else foldedString = platform().latin1(bytes, len);
  const textOut = textString;
  let lowerString: string | undefined;
  const view: TextView = {
    original,
    text: textOut,
    // Built on first use (exceptions, diacritic-sensitive keywords): most scans never need it.
    get lower() {
      if (lowerString === undefined) {
        const native = textOut.toLowerCase();
        lowerString = native.length === textOut.length ? native : lowerUnits(textOut);
        lowerBuilt.add(view);
      }
      return lowerString;
    },
    folded: foldedString,
    // (Copies from the shared buffers of short views, which the next build reuses.)
    start: b === shared ? start.slice(0, len) : start.subarray(0, len),
    end: b === shared ? end.slice(0, len) : end.subarray(0, len),
    // Digit offsets for the views of long texts (built with a scratch) only, and not when the view outgrew it.
    digits: fitsStill ? b.digits.subarray(0, nd) : undefined,
    hits: automaton !== undefined && hitsValid ? { tables: b.automaton.tables, at: b === shared ? hits.slice(0, nh) : hits.subarray(0, nh) } : undefined,
    marks,
    opens,
    rare,
  };
  return view;
}

let marking = true;

/** Whether views of long texts are marked (`TextView.marks`): on, unless a test or a bench compares without. */
export function useMarks(on: boolean): void {
  marking = on;
}

/**
 * [a, b) of `view.lower`, without lower-casing the whole view when it has not been yet: the engine reads the
 * lower-case view only around candidates and triggers.
 */
export function lowerSlice(view: TextView, a: number, b: number): string {
  if (lowerBuilt.has(view)) return view.lower.slice(a, b);
  // Many slices (several patterns around the same triggers) cost more than one whole: past half the view, build it.
  const asked = (lowerAsked.get(view) ?? 0) + (b - a);
  lowerAsked.set(view, asked);
  if (asked > view.folded.length / 2) return view.lower.slice(a, b);
  // One unit of context on each side, as the whole-string lower case has it (Greek final sigma looks at neighbours).
  const text = view.text;
  const from = Math.max(0, a - 1);
  const t = text.slice(from, Math.min(text.length, b + 1));
  const native = t.toLowerCase();
  return (native.length === t.length ? native : lowerUnits(t)).slice(a - from, b - from);
}

/** Views whose `lower` string exists already, and how many units of it were asked for in slices. */
const lowerBuilt = new WeakSet<TextView>();
const lowerAsked = new WeakMap<TextView, number>();

/** Unit-by-unit lower case, for the rare text where String#toLowerCase changes the length ("İ"). */
function lowerUnits(t: string): string {
  const u = new Uint16Array(t.length);
  for (let k = 0; k < t.length; k++) u[k] = lowerCode(t.charCodeAt(k));
  return decodeUnits(u, t.length);
}

/** Original [start, end) of the view range [from, to). */
export function toOriginal(view: TextView, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < view.start.length ? view.start[from] : view.original.length;
    return [at, at];
  }
  return [view.start[from], view.end[to - 1]];
}

/**
 * Normalise a rule's keyword or context term the way the view normalises text, so that both meet:
 * `plain` keeps diacritics, `folded` drops them; both are lower-case with single spaces.
 */
export function normalizeTerm(term: string): { plain: string; folded: string } {
  const known = termMemo.get(term);
  if (known) return { plain: known[1], folded: known[2] };
  const v = buildView(term.trim());
  const plain = v.lower.replace(/\n/g, ' ');
  const folded = v.folded.replace(/\n/g, ' ');
  termMemo.set(term, [term, plain, folded]);
  return { plain, folded };
}

/**
 * Normalised forms of rule terms, seeded from the precompiled built-in rules (rules/builtin-cache.ts) so that a scan
 * does not build a view for each of a few thousand keywords at start-up. Each entry is the term's triple as the rule
 * cache has it (`[raw, plain, folded]`), so that seeding the memo makes no array of its own (#21).
 */
export const termMemo = new Map<string, readonly [raw: string, plain: string, folded: string]>();
