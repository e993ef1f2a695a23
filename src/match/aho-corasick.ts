/**
 * Aho-Corasick automaton over UTF-16 units: every keyword of every rule is found in one pass over the text,
 * however many keywords there are. Line breaks count as spaces, so a phrase may wrap.
 *
 * The automaton lives in flat typed arrays (`AutomatonTables`), so the one for the built-in rules can be made at
 * build time and read back at start-up without rebuilding it (~15–30 ms on a cold start): `build()` first asks
 * `prebuiltAutomata.lookup` for tables made from exactly the same patterns (see automaton-file.ts and
 * rules/builtin-cache.ts), and builds them itself otherwise.
 */
export interface AutomatonTables {
  /** Length of each pattern, by id. */
  lengths: Int32Array;
  /** Fail link of each state (only the non-ASCII path follows them; ASCII transitions are complete). */
  fail: Int32Array;
  /** Nearest state on the fail chain that has outputs (dictionary suffix link), or -1. */
  dict: Int32Array;
  /** Pattern ids ending at state s (its own outputs): outIds[outStart[s] .. outStart[s + 1]). */
  outStart: Int32Array;
  outIds: Int32Array;
  /** Non-ASCII goto edges of state s: edgeUnit[edgeStart[s] .. edgeStart[s + 1]) (ascending) → edgeNext. */
  edgeStart: Int32Array;
  edgeUnit: Uint16Array;
  edgeNext: Int32Array;
  /** Complete transitions (fail links resolved) for ASCII units: state * stride + classOf[unit] → next state.
   * The folded view is almost all ASCII, so the hot loop is two array reads per unit. */
  ascii: Uint16Array | Int32Array;
  /** Column of each ASCII unit: units that occur in no pattern share column 0 (always back to the root), so the
   * table has ~30 columns instead of 128: a quarter of the memory to fill or read at start-up. */
  classOf: Uint8Array;
  /** 1 for the states where some pattern ends (their own or along the dictionary links): the hot loop reads one byte
   * per unit to know it has nothing to report. Made with the rest (and stored in the automata file: recomputing it
   * for the keyword automaton's states cost every start-up a loop, and V8 an optimised compile of it). */
  emits: Uint8Array;
}

/** Hooks for tables made at build time: `lookup` finds them by pattern list; `onBuild` sees every automaton built
 * here (the build step records the built-in rules' automaton with it). */
export const prebuiltAutomata: {
  lookup?: (patterns: readonly string[]) => AutomatonTables | undefined;
  onBuild?: (patterns: readonly string[], tables: AutomatonTables) => void;
} = {};

export class AhoCorasick {
  private readonly patterns: string[] = [];
  private t: AutomatonTables = buildTables([]);

  /** Adds a pattern and returns its id (ids are dense, in insertion order). */
  add(pattern: string): number {
    return this.patterns.push(pattern) - 1;
  }

  get size(): number {
    return this.patterns.length;
  }

  build(): this {
    const made = prebuiltAutomata.lookup?.(this.patterns);
    this.t = made ?? buildTables(this.patterns);
    if (!made) prebuiltAutomata.onBuild?.(this.patterns, this.t);
    return this;
  }

  /** The openings the byte kernel marks beside this automaton's hits (set for long texts: match/candidates.ts). */
  openings?: { table: Uint32Array; which: Int8Array; units: Uint8Array };

  /** What the byte kernel (normalize/kernel.ts) needs to run this automaton inside the view builder's pass. */
  kernel(): { tables: AutomatonTables; emits: Uint8Array; openings?: AhoCorasick['openings'] } {
    if (this.kernelMemo?.tables !== this.t || this.kernelMemo.openings !== this.openings) this.kernelMemo = { tables: this.t, emits: this.t.emits, openings: this.openings };
    return this.kernelMemo;
  }
  private kernelMemo?: ReturnType<AhoCorasick['kernel']>;

  /** Calls `hit(patternId, start, end)` for every occurrence; end is exclusive. */
  search(text: string, hit: (id: number, start: number, end: number) => void): void {
    const { ascii, classOf } = this.t;
    const stride = ascii.length / this.t.fail.length;
    const emits = this.t.emits;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      // (Non-ASCII units are never a line break, so `unit()` leaves them as they are.)
      s = raw < 128 ? ascii[s * stride + classOf[raw]] : step(this.t, s, raw);
      if (emits[s] !== 0) this.report(s, i + 1, hit);
    }
  }

  /**
   * The same hits as `search(view.folded)`, in the same order: from the states the byte kernel recorded while it built
   * the view with this automaton (`view.hits`), else by searching.
   */
  searchView(view: { folded: string; hits?: ViewHits }, hit: (id: number, start: number, end: number) => void): void {
    const h = view.hits;
    if (h === undefined || h.tables !== this.t) {
      this.search(view.folded, hit);
      return;
    }
    const at = h.at;
    for (let k = 0; k < at.length; k += 2) this.report(at[k], at[k + 1], hit);
  }

  /** Every pattern ending at state `s` (its own, then along the dictionary links), the match ending at `end`. */
  private report(s: number, end: number, hit: (id: number, start: number, end: number) => void): void {
    const { lengths, dict, outStart, outIds } = this.t;
    let o = outStart[s + 1] > outStart[s] ? s : dict[s];
    while (o > 0) {
      for (let k = outStart[o]; k < outStart[o + 1]; k++) {
        const id = outIds[k];
        hit(id, end - lengths[id], end);
      }
      o = dict[o];
    }
  }
}

/** The states where an automaton reported while the byte kernel built a view: pairs (state, view end). */
export interface ViewHits {
  tables: AutomatonTables;
  at: Int32Array;
}

/** The state after non-ASCII unit `raw` from state `s`: goto edges, fail links when there is none. */
export function step(t: AutomatonTables, s: number, raw: number): number {
  const { fail, edgeStart, edgeUnit, edgeNext } = t;
  let next = edge(edgeStart, edgeUnit, edgeNext, s, raw);
  while (next < 0 && s !== 0) {
    s = fail[s];
    next = edge(edgeStart, edgeUnit, edgeNext, s, raw);
  }
  return next < 0 ? 0 : next;
}

/** The goto target of state `s` on non-ASCII unit `c`, or -1 (binary search: the root may have many such edges). */
function edge(start: Int32Array, units: Uint16Array, next: Int32Array, s: number, c: number): number {
  let lo = start[s];
  let hi = start[s + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid];
    if (u === c) return next[mid];
    if (u < c) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Builds the tables: a trie of the patterns, fail and dictionary links in BFS order, then the flat arrays. */
export function buildTables(patterns: readonly string[]): AutomatonTables {
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const lengths = new Int32Array(patterns.length);
  patterns.forEach((pattern, id) => {
    lengths[id] = pattern.length;
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = unit(pattern.charCodeAt(i));
      let next = children[s].get(c);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        own.push([]);
        children[s].set(c, next);
      }
      s = next;
    }
    own[s].push(id);
  });
  const n = children.length;
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const queue: number[] = [...children[0].values()];
  for (let q = 0; q < queue.length; q++) {
    const r = queue[q];
    for (const [c, s] of children[r]) {
      queue.push(s);
      let f = fail[r];
      while (f !== 0 && !children[f].has(c)) f = fail[f];
      const fs = children[f].get(c) ?? 0;
      fail[s] = fs === s ? 0 : fs;
      const fl = fail[s];
      dict[s] = own[fl].length > 0 ? fl : dict[fl];
    }
  }
  const classOf = new Uint8Array(128);
  let stride = 1;
  for (const m of children) for (const c of m.keys()) if (c < 128 && classOf[c] === 0) classOf[c] = stride++;
  classOf[10] = classOf[32]; // a line break reads as a space
  // BFS order guarantees a state's fail target is complete before the state itself.
  const ascii = n < 0x10000 ? new Uint16Array(n * stride) : new Int32Array(n * stride); // smaller table, fewer page faults
  for (const [c, t] of children[0]) if (c < 128) ascii[classOf[c]] = t;
  for (const s of queue) {
    const f = fail[s];
    ascii.copyWithin(s * stride, f * stride, f * stride + stride);
    for (const [c, t] of children[s]) if (c < 128) ascii[s * stride + classOf[c]] = t;
  }
  const outStart = new Int32Array(n + 1);
  const edgeStart = new Int32Array(n + 1);
  const outIds: number[] = [];
  const edges: [number, number][] = [];
  for (let s = 0; s < n; s++) {
    outStart[s] = outIds.length;
    outIds.push(...own[s]);
    edgeStart[s] = edges.length;
    edges.push(...[...children[s]].filter(([c]) => c >= 128).sort((a, b) => a[0] - b[0]));
  }
  outStart[n] = outIds.length;
  edgeStart[n] = edges.length;
  const emits = new Uint8Array(n);
  for (let s = 1; s < n; s++) emits[s] = outStart[s + 1] > outStart[s] || dict[s] > 0 ? 1 : 0;
  return {
    lengths, fail, dict, outStart, outIds: Int32Array.from(outIds), edgeStart,
    edgeUnit: Uint16Array.from(edges, (e) => e[0]), edgeNext: Int32Array.from(edges, (e) => e[1]), ascii, classOf, emits,
  };
}

function unit(c: number): number {
  return c === 10 ? 32 : c;
}
