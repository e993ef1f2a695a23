import { platform } from '../engine/platform.js';
import { step, type AutomatonTables } from '../match/aho-corasick.js';
import { KERNEL_WASM } from './kernel-wasm.js';
import type { Opening } from '../analyze/opening.js';

/**
 * The byte kernel (#21): the inner loop of the matching view. One pass over a window writes the view, its offset
 * map, the folded view, the digit offsets and the states where the keyword-and-trigger automaton has something to
 * report, for every unit that is "fast": a unit the tables below say stands for itself and folds to ASCII, or white
 * space (a run becomes one unit, as in the general path), each not followed by a possible combining mark. The view builder (view.ts) runs the
 * loop, takes the unit it stops at through its general path (clusters, white-space runs, look-alikes), and runs it
 * again.
 *
 * The loop exists twice: `fastRun` here, plain TypeScript (the reference, and the fallback wherever WebAssembly is
 * missing), and wasm/kernel.ts, the same algorithm in AssemblyScript, compiled to the bytes in kernel-wasm.ts
 * (scripts/build-kernel.mjs; CI rebuilds them and fails on any difference). Both read and write the same buffers
 * laid out in one memory, so test/kernel.test.ts can compare their outputs array by array.
 */

/** The few WebAssembly calls used here (the engine's type settings have no DOM library to declare them). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number }) => WasmMemory;
};

/** The words of the header (Int32Array at address 0): the loop state, then where the buffers are. Keep in step with
 * wasm/kernel.ts. */
export const H_I = 0;
export const H_N = 1;
export const H_LEN = 2;
export const H_S = 3;
export const H_ND = 4;
export const H_NH = 5;
export const H_IDENTITY = 6;
export const H_WIDE = 7;
export const H_CAP = 8;
const H_MLEN = 9;
const H_NM = 10;
const H_NO = 11;
const H_KIND = 16;
const H_STRIDE = 28;
const H_MARKS = 29;
const H_OTAB = 30;
const H_OPENS = 31;
const HEADER_WORDS = 32;

/**
 * Per BMP unit: bit 0 — a letter that stands for itself in the view and folds to ASCII (`FOLD`), and is not a toned
 * "o"/"u" (tones.ts); bit 1 — known not to be a combining mark; bit 2 — white space, bit 3 — a line break. Printable ASCII is known from the start; the view
 * builder's general path teaches the rest as it meets them (`learn`), so the tables only ever say what the general
 * path would do.
 */
const KIND = new Uint8Array(0x10000);
const FOLD = new Uint16Array(0x10000);
for (let c = 0; c < 0x300; c++) KIND[c] = 2;
for (const c of [9, 11, 12, 32]) KIND[c] = 2 | 4;
for (const c of [10, 13]) KIND[c] = 2 | 8;
for (let c = 33; c < 127; c++) {
  KIND[c] = 3;
  FOLD[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

// The KIND table's upper bits: what `mark` asks of a unit (the kernel's loop masks them out; `learn` keeps them).
/** A separator of spacing.ts (HINT_RE's class), asked of a folded byte. */
const K_SPACER = 16;
/** A unit of SEPARATOR_RE's first class. */
const K_PUNCT = 32;
/** 0-9 @ $: what MIXED_RE's class holds (with 2 6 8 9 told apart) and what opens a digit group. */
const K_DIGITISH = 64;
/** A E I O U Y D: what a match of SIGNAL_RE opens with. */
const K_SIGNAL = 128;
for (const c of [32, 46, 45, 95, 42, 47, 124, 43, 126, 10, 0xb7]) KIND[c] |= K_SPACER;
for (let c = 33; c < 127; c++) if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 64)) KIND[c] |= K_PUNCT;
KIND[0xb7] |= K_PUNCT;
KIND[0x2022] |= K_PUNCT;
for (const c of '0123456789@$') KIND[c.charCodeAt(0)] |= K_DIGITISH;
for (const c of 'AEIOUYD') KIND[c.charCodeAt(0)] |= K_SIGNAL;

/** What the loop needs of an automaton: its ASCII transitions, their columns, and the states that report; and the
 * openings `mark` looks for (see KernelOpenings). */
export interface KernelAutomaton {
  tables: AutomatonTables;
  emits: Uint8Array;
  openings?: KernelOpenings;
}

/**
 * The openings of the patterns a long text's windows would otherwise search in full (analyze/opening.ts), as `mark`
 * reads them: a 64-bit shift-and state over the view's units, each opening a run of bits — one for the unit before it
 * (any unit outside its lookbehind's class, and the window's start), then one per unit of the opening. `table` holds
 * 259 masks as (low, high) 32-bit pairs: per unit 0–255 the bits it may stand in, then the bits of every unit above
 * 255, the bits that start an opening, the bits that end one. `mark` writes (offset of the opening's last unit << 6 |
 * its last bit); `which` and `units` say, per last bit, which opening of the list it ends and how many units it has.
 */
export interface KernelOpenings {
  table: Uint32Array;
  which: Int8Array;
  units: Uint8Array;
}

/** The table size (u32 words) of KernelOpenings. */
const OPEN_WORDS = 2 * 259;
/** No opening: the state never reaches an end bit. */
const NO_OPENINGS: KernelOpenings = { table: new Uint32Array(OPEN_WORDS), which: new Int8Array(64).fill(-1), units: new Uint8Array(64) };

/**
 * The kernel's form of `list` (each the opening of a pattern, analyze/opening.ts). They share 64 bits: the longest are
 * cut short until all fit (a shorter opening is still one every match has); an opening of no unit is left out, and
 * `which` has no bit for it (its pattern searches the window, as without openings).
 */
export function kernelOpenings(list: Opening[]): KernelOpenings {
  const lengths = list.map((o) => o.units.length);
  while (lengths.reduce((a, k) => a + (k > 0 ? k + 1 : 0), 0) > 64) {
    const longest = lengths.indexOf(Math.max(...lengths));
    lengths[longest]--;
  }
  const table = new Uint32Array(OPEN_WORDS);
  const which = new Int8Array(64).fill(-1);
  const units = new Uint8Array(64);
  const set = (entry: number, bit: number) => (table[2 * entry + (bit >> 5)] |= 1 << (bit & 31));
  let bit = 0;
  list.forEach((o, k) => {
    const n = lengths[k];
    if (n === 0) return;
    // The unit before: every unit outside the lookbehind's class (all of them without one), and the window's start.
    const behind = o.behind === undefined ? undefined : decodeClass(o.behind);
    for (let u = 0; u < 256; u++) if (!behind?.has(u)) set(u, bit);
    if (!behind?.other) set(256, bit);
    set(257, bit);
    for (let q = 0; q < n; q++) {
      const c = decodeClass(o.units[q]);
      const b = bit + 1 + q;
      for (let u = 0; u < 256; u++) if (c.has(u)) set(u, b);
      if (c.other) set(256, b);
    }
    set(258, bit + n);
    which[bit + n] = k;
    units[bit + n] = n;
    bit += n + 1;
  });
  return { table, which, units };
}

/** A class of analyze/opening.ts as the kernel's tables need it (ranges of units 0–255 in four hex digits each, "+":
 * units above 255 too). */
function decodeClass(s: string): { has: (unit: number) => boolean; other: boolean } {
  const bits = new Uint8Array(256);
  for (let k = 0; k + 4 <= s.length; k += 4) bits.fill(1, parseInt(s.slice(k, k + 2), 16), parseInt(s.slice(k + 2, k + 4), 16) + 1);
  return { has: (u) => bits[u] === 1, other: s.endsWith('+') };
}

/** An automaton of one state that reports nothing: the loop's automaton when the caller wants no hits. */
const NONE: KernelAutomaton = {
  tables: {
    lengths: new Int32Array(0), fail: new Int32Array(1), dict: new Int32Array(1).fill(-1), outStart: new Int32Array(2),
    outIds: new Int32Array(0), edgeStart: new Int32Array(2), edgeUnit: new Uint16Array(0), edgeNext: new Int32Array(0),
    ascii: new Uint16Array(1), classOf: new Uint8Array(128), emits: new Uint8Array(1),
  },
  emits: new Uint8Array(1),
};

/**
 * The buffers of one view build, and the loop that fills them. With WebAssembly, all of them are views of the
 * module's memory (valid until the next `load` that grows it); without, plain arrays.
 */
export class KernelBuffers {
  header = new Int32Array(HEADER_WORDS);
  kind = KIND;
  fold = FOLD;
  /** The window's units (WebAssembly only: the TypeScript loop reads the string). */
  input?: Uint16Array;
  text: Uint16Array;
  bytes: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  digits: Int32Array;
  /** Pairs (automaton state, view end) where the automaton reports. */
  hits: Int32Array;
  /** What `mark` writes: view offset << MARK_SHIFT | the kinds of scanner that may start there (M_* below). */
  marks: Int32Array;
  /** What `mark` writes of the openings (see KernelOpenings), and their table. */
  opens: Int32Array;
  openTable = NO_OPENINGS.table; // (the TypeScript loop reads the openings' own table; WebAssembly, its copy)
  openings: KernelOpenings = NO_OPENINGS;
  ascii: Uint16Array | Int32Array = NONE.tables.ascii;
  classOf: Uint8Array = NONE.tables.classOf;
  emits: Uint8Array = NONE.emits;
  stride = 1;
  automaton: KernelAutomaton = NONE;
  /** Whether `automaton` is in place (a fresh WebAssembly memory holds none yet, not even NONE). */
  private loaded = false;
  /** The WebAssembly loop, when this build runs on it. */
  private wasm?: { run: () => void; marks: () => void; memory: WasmMemory; tablesAt: number };

  constructor(readonly capacity: number, wasm = wasmWanted) {
    this.text = new Uint16Array(0);
    this.bytes = new Uint8Array(0);
    this.start = this.end = this.digits = this.hits = this.marks = this.opens = new Int32Array(0);
    if (!wasm || !this.instantiate()) this.allocate();
  }

  /** Plain arrays, for the TypeScript loop. */
  private allocate() {
    const cap = this.capacity;
    this.text = new Uint16Array(cap);
    this.bytes = new Uint8Array(cap);
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.digits = new Int32Array(cap);
    this.hits = new Int32Array(2 * cap);
  }

  /** Which loop runs: "webassembly" or "typescript". */
  get engine(): 'webassembly' | 'typescript' {
    return this.wasm ? 'webassembly' : 'typescript';
  }

  private instantiate(): boolean {
    const mod = wasmModule();
    if (!mod) return false;
    const cap = this.capacity;
    // header, KIND, FOLD, input, text, bytes, start, end, digits, hits, marks, the openings' table and what they
    // write; the automaton's tables after them (see load).
    const sizes = [HEADER_WORDS * 4, 0x10000, 0x20000, 2 * cap, 2 * cap, cap, 4 * cap, 4 * cap, 4 * cap, 8 * cap, 4 * cap, 4 * OPEN_WORDS, 4 * cap];
    const at: number[] = [];
    let top = 0;
    for (const size of sizes) {
      at.push(top);
      top += (size + 7) & ~7;
    }
    try {
      const memory = new WebAssembly.Memory({ initial: Math.ceil(top / 65536) + 1 });
      const instance = new WebAssembly.Instance(mod, { env: { memory } });
      this.wasm = { run: instance.exports.run as () => void, marks: instance.exports.marks as () => void, memory, tablesAt: top };
    } catch {
      return false;
    }
    this.layout = at;
    this.views();
    this.kind.set(KIND);
    this.fold.set(FOLD);
    for (let k = 1; k < 10; k++) this.header[H_KIND + k - 1] = at[k];
    this.header[H_MARKS] = at[10];
    this.header[H_OTAB] = at[11];
    this.header[H_OPENS] = at[12];
    return true;
  }

  private layout: number[] = [];

  /** (Re)makes the typed arrays over the module's memory (a grown memory detaches the old ones). */
  private views() {
    const buf = this.wasm!.memory.buffer;
    const at = this.layout;
    const cap = this.capacity;
    this.header = new Int32Array(buf, 0, HEADER_WORDS); // (the header lives at address 0: a grown memory keeps it)
    this.kind = new Uint8Array(buf, at[1], 0x10000);
    this.fold = new Uint16Array(buf, at[2], 0x10000);
    this.input = new Uint16Array(buf, at[3], cap);
    this.text = new Uint16Array(buf, at[4], cap);
    this.bytes = new Uint8Array(buf, at[5], cap);
    this.start = new Int32Array(buf, at[6], cap);
    this.end = new Int32Array(buf, at[7], cap);
    this.digits = new Int32Array(buf, at[8], cap);
    this.hits = new Int32Array(buf, at[9], 2 * cap);
    this.marks = new Int32Array(buf, at[10], cap);
    this.openTable = new Uint32Array(buf, at[11], OPEN_WORDS);
    this.opens = new Int32Array(buf, at[12], cap);
    if (this.automaton !== NONE) this.tableViews(this.automaton);
  }

  private tableViews(a: KernelAutomaton) {
    const buf = this.wasm!.memory.buffer;
    let top = this.wasm!.tablesAt;
    const states = a.emits.length;
    this.ascii = new Uint16Array(buf, top, a.tables.ascii.length);
    this.header[25] = top;
    top += (2 * a.tables.ascii.length + 7) & ~7;
    this.classOf = new Uint8Array(buf, top, 128);
    this.header[26] = top;
    top += 128;
    this.emits = new Uint8Array(buf, top, states);
    this.header[27] = top;
  }

  /** Makes `a` the automaton of the next builds (copied into the module's memory once). */
  load(a: KernelAutomaton | undefined): void {
    a ??= NONE;
    if (a === this.automaton && this.loaded) return;
    this.loaded = true;
    this.automaton = a;
    this.stride = a.tables.ascii.length / a.emits.length;
    this.header[H_STRIDE] = this.stride;
    if (!this.wasm || !(a.tables.ascii instanceof Uint16Array)) {
      // (The WebAssembly loop reads 16-bit states: an automaton of 65,536 states or more runs on the TypeScript one.)
      if (this.wasm) this.wasm = undefined, this.allocate(), this.kind = KIND, this.fold = FOLD;
      this.openings = a.openings ?? NO_OPENINGS;
      this.openTable = this.openings.table;
      this.ascii = a.tables.ascii;
      this.classOf = a.tables.classOf;
      this.emits = a.emits;
      return;
    }
    const need = this.wasm.tablesAt + ((2 * a.tables.ascii.length + 7) & ~7) + 128 + a.emits.length;
    const have = this.wasm.memory.buffer.byteLength;
    if (need > have) this.wasm.memory.grow(Math.ceil((need - have) / 65536));
    this.views();
    this.tableViews(a);
    this.openings = a.openings ?? NO_OPENINGS;
    this.openTable.set(this.openings.table);
    this.ascii.set(a.tables.ascii);
    this.classOf.set(a.tables.classOf);
    this.emits.set(a.emits);
  }

  /** Copies the window's units in, for the WebAssembly loop. */
  begin(original: string): void {
    const input = this.input;
    if (!this.wasm || !input) return;
    const into = platform().unitsInto;
    if (into) into(original, input);
    else for (let k = 0; k < original.length; k++) input[k] = original.charCodeAt(k);
  }

  /** Runs the loop from the header's state as far as it goes. */
  run(original: string): void {
    if (this.wasm) this.wasm.run();
    else fastRun(this, original);
  }

  /**
   * Marks the first `len` units of the view just built (`text`, and `bytes` holding the folded view: call only when
   * every folded unit fits a byte): returns how many marks `marks` holds. `opens` then holds `openCount()` openings.
   */
  mark(len: number): number {
    this.header[H_MLEN] = len;
    if (this.wasm) this.wasm.marks();
    else {
      if (this.marks.length < len) this.marks = new Int32Array(this.capacity); // (made on first need: short views never mark)
      if (this.opens.length < this.capacity) this.opens = new Int32Array(this.capacity);
      markRun(this);
    }
    return this.header[H_NM];
  }

  /** How many openings the last `mark` wrote: -1 when more than `opens` holds (their patterns then search the view). */
  openCount(): number {
    return this.header[H_NO];
  }

  /** The general path met unit `c`: tell both loops what it is from now on (see KIND). */
  learn(c: number, fast: boolean, fold: number, notMark: boolean): void {
    const k = (fast ? 1 : 0) | (notMark ? 2 : 0);
    if (k === 0) return;
    KIND[c] |= k;
    if (fast) FOLD[c] = fold;
    if (this.kind !== KIND) {
      this.kind[c] |= k;
      if (fast) this.fold[c] = fold;
    }
  }
}

/**
 * The reference loop (wasm/kernel.ts is its twin): from the header's state, consume fast units, then write the state
 * back. The last unit of the window and the last 16 units of room are left to the general path.
 */
export function fastRun(b: KernelBuffers, original: string): void {
  const h = b.header;
  let i = h[H_I];
  const n = h[H_N];
  let len = h[H_LEN];
  let s = h[H_S];
  let nd = h[H_ND];
  let nh = h[H_NH];
  let identity = h[H_IDENTITY];
  let wide = h[H_WIDE];
  const { kind, fold, text, bytes, start, end, digits, hits, ascii, classOf, emits, stride } = b;
  const limit = Math.min(n - 1, i + h[H_CAP] - len - 16);
  while (i < limit) {
    const c = original.charCodeAt(i);
    if ((kind[original.charCodeAt(i + 1)] & 2) === 0) break;
    const k = kind[c];
    let u = c; // the view's unit
    let f: number; // the folded view's
    if ((k & 1) !== 0) {
      f = fold[c];
      if (c > 255) wide = 1;
    } else if ((k & 12) !== 0) {
      // White space: a run is one unit, "\n" if it holds a line break.
      const prev = len > 0 ? text[len - 1] : 0;
      if (prev === 32 || prev === 10) {
        if ((k & 8) !== 0) text[len - 1] = bytes[len - 1] = 10;
        end[len - 1] = i + 1;
        identity = 0;
        i++;
        continue;
      }
      u = f = (k & 8) !== 0 ? 10 : 32;
    } else break;
    if (f >= 48 && f <= 57) digits[nd++] = len;
    text[len] = u;
    bytes[len] = f;
    start[len] = i;
    end[len] = i + 1;
    if (len !== i || u !== c) identity = 0;
    len++;
    i++;
    s = ascii[s * stride + classOf[f]];
    if (emits[s] !== 0) {
      hits[nh++] = s;
      hits[nh++] = len;
    }
  }
  h[H_I] = i;
  h[H_LEN] = len;
  h[H_S] = s;
  h[H_ND] = nd;
  h[H_NH] = nh;
  h[H_IDENTITY] = identity;
  h[H_WIDE] = wide;
}

/**
 * The kinds of `mark` (#21): where the second readings' scanners (normalize/variants.ts) may start in a long text's
 * view, found in the same WebAssembly as the view, so that they run at those offsets instead of searching the whole
 * window with regexes of their own. Each is checked against its scanner by test/kernel.test.ts.
 */
/** spacing.ts HINT_RE matches at this offset of the folded view (exact). */
export const M_HINT = 1;
/** disguise.ts SEPARATOR_RE may match here: the test of `firstSeparator` (every match is at such a unit). */
export const M_SEPARATOR = 2;
/** disguise.ts MIXED_RE may match here: a stand-in digit, "@" or "$" with a possible capital beside it. */
export const M_MIXED = 4;
/** telex.ts SIGNAL_RE matches here (exact). */
export const M_SIGNAL = 8;
/** spacing.ts DIGIT_GROUPS_RE may match here: a digit run opening (nothing of [0-9A-Za-z] before it), then "\n", or
 * " "? separator? " "? (at least one of them), then a digit. */
export const M_GROUPS = 16;
/** A mark is its view offset << MARK_SHIFT | its kinds. */
export const MARK_SHIFT = 5;

/** The first mark from index `q` on that has `kind` and stands at view offset `from` or later (marks.length if none):
 * how each scanner walks the marks in place of its own search. */
export function nextMark(marks: Int32Array, q: number, kind: number, from = 0): number {
  while (q < marks.length && ((marks[q] & kind) === 0 || marks[q] >> MARK_SHIFT < from)) q++;
  return q;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** DIGIT_GROUPS_RE's separators: . - / – — _ : , · • | + * ~ */
const groupSeparator = (c: number) => c === 46 || c === 45 || c === 47 || c === 0x2013 || c === 0x2014 || c === 95 || c === 58 || c === 44 || c === 0xb7 || c === 0x2022 || c === 124 || c === 43 || c === 42 || c === 126;

const capitalish = (c: number) => c >= 128 || (c >= 65 && c <= 90);

/** The reference of wasm/kernel.ts `marks`: the same marks, written by the same rules, in the same order. */
export function markRun(b: KernelBuffers): void {
  const h = b.header;
  const n = h[H_MLEN];
  const { kind, text, bytes, marks, opens, openTable: t } = b;
  let nm = 0;
  // The openings' shift-and (see KernelOpenings), its 64-bit state in two halves.
  const ocap = h[H_CAP];
  const otherLo = t[512], otherHi = t[513], initLo = t[514], initHi = t[515], endLo = t[516], endHi = t[517];
  let lo = initLo;
  let hi = initHi;
  let no = 0;
  // HINT_RE from the separator bits of the last seven units (see wasm/kernel.ts).
  let sp = 0;
  for (let k = 0; k < n; k++) {
    const c = text[k];
    const kc = kind[c];
    const f = bytes[k];
    hi = (((hi << 1) | (lo >>> 31) | initHi) & (c < 256 ? t[2 * c + 1] : otherHi)) >>> 0;
    lo = (((lo << 1) | initLo) & (c < 256 ? t[2 * c] : otherLo)) >>> 0;
    for (let e = lo & endLo; e !== 0; e &= e - 1) {
      if (no < ocap) opens[no] = (k << 6) | (31 - Math.clz32(e & -e));
      no++;
    }
    for (let e = hi & endHi; e !== 0; e &= e - 1) {
      if (no < ocap) opens[no] = (k << 6) | (63 - Math.clz32(e & -e));
      no++;
    }
    sp = ((sp << 1) | ((kind[f] >> 4) & 1)) & 0x7f;
    if ((sp & 0x1f) === 0x15 || (sp & 0x3f) === 0x2d || sp === 0x5d) marks[nm++] = ((k - ((sp & 0x1f) === 0x15 ? 4 : (sp & 0x3f) === 0x2d ? 5 : 6)) << MARK_SHIFT) | M_HINT;
    if ((kc & (K_PUNCT | K_DIGITISH | K_SIGNAL)) === 0) continue;
    let m = 0;
    const next = k + 1 < n ? text[k + 1] : -1;
    if ((kc & K_PUNCT) !== 0 && k >= 1 && next >= 0) {
      const prev = text[k - 1];
      const capitalAfter = next >= 0xc0 || (next >= 65 && next <= 90);
      if (capitalish(prev) ? capitalAfter || (next >= 48 && next <= 57) || next === 64 || next === 36 : ((prev >= 48 && prev <= 57) || prev === 64 || prev === 36) && capitalAfter) m |= M_SEPARATOR;
    }
    if ((kc & K_DIGITISH) !== 0) {
      const prev = k > 0 ? text[k - 1] : 32;
      if (c !== 50 && c !== 54 && c !== 56 && c !== 57 && (capitalish(prev) || (next >= 0 && capitalish(next)))) m |= M_MIXED;
      if (c >= 48 && c <= 57 && !isAlnum(prev)) {
        // A digit run opening: a gap of "\n", or " "? separator? " "?, then a digit.
        let q = k + 1;
        while (q < n && isDigit(text[q])) q++;
        let r = q;
        if (r < n && text[r] === 10) r++;
        else {
          if (r < n && text[r] === 32) r++;
          if (r < n && groupSeparator(text[r])) {
            r++;
            if (r < n && text[r] === 32) r++;
          }
        }
        if (r > q && r < n && isDigit(text[r])) m |= M_GROUPS;
      }
    }
    if ((kc & K_SIGNAL) !== 0 && next >= 0) {
      if (next === c && c !== 73 && c !== 85 && c !== 89) m |= M_SIGNAL; // AA EE OO DD
      else if (next === 87 && (c === 65 || c === 79 || c === 85)) m |= M_SIGNAL; // AW OW UW
      else if (c !== 68) {
        // [AEIOUY][1-9] and [AEIOUY][A-Z]{0,3}[FJ]
        if (next >= 49 && next <= 57) m |= M_SIGNAL;
        else {
          for (let q = k + 1; q < n && q <= k + 4; q++) {
            const u = text[q];
            if (u === 70 || u === 74) {
              m |= M_SIGNAL;
              break;
            }
            if (u < 65 || u > 90) break;
          }
        }
      }
    }
    if (m !== 0) marks[nm++] = (k << MARK_SHIFT) | m;
  }
  h[H_NM] = nm;
  h[H_NO] = no <= ocap ? no : -1;
}

/** One automaton step on a unit the general path wrote (any unit: non-ASCII ones follow the goto edges). */
export function kernelStep(b: KernelBuffers, s: number, unit: number): number {
  return unit < 128 ? b.ascii[s * b.stride + b.classOf[unit]] : step(b.automaton.tables, s, unit);
}

let wasmWanted = typeof WebAssembly === 'object';
let compiled: WasmModule | null | undefined;

function wasmModule(): WasmModule | undefined {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(platform().base64(KERNEL_WASM));
    } catch {
      compiled = null; // no WebAssembly here (or it refuses to compile synchronously): the TypeScript loop runs
    }
  }
  return compiled ?? undefined;
}

/** Whether this host runs the WebAssembly loop (false where WebAssembly is missing or refused). */
export function wasmAvailable(): boolean {
  return typeof WebAssembly === 'object' && wasmModule() !== undefined;
}

/** Chooses the loop for buffers made from now on (tests and the bench compare both; the default is WebAssembly
 * where it runs). */
export function useWasm(on: boolean): void {
  wasmWanted = on;
}

/** The loop that buffers made now run on: what `--verbose` reports. */
export function kernelEngine(): 'webassembly' | 'typescript' {
  return wasmWanted && wasmAvailable() ? 'webassembly' : 'typescript';
}
