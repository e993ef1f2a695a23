/**
 * Aho-Corasick automaton over UTF-16 units: every keyword of every rule is found in one pass over the text,
 * however many keywords there are. Line breaks count as spaces, so a phrase may wrap.
 */
export class AhoCorasick {
  private readonly children: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at each state (own outputs only). */
  private readonly outputs: number[][] = [[]];
  /** Nearest state on the fail chain that has outputs (dictionary suffix link), or -1. */
  private dict: Int32Array = new Int32Array(0);
  private rootNext: Int32Array = new Int32Array(0);
  /** Per state: itself if it has outputs, else its dictionary suffix link (-1: none) — one read per unit. */
  private report: Int32Array = new Int32Array(0);
  /** Complete transitions (fail links resolved) for ASCII units: state * 128 + unit → next state. The folded
   * view is almost all ASCII, so the hot loop is one array read per unit. */
  private ascii: Int32Array | Uint16Array = new Int32Array(0);
  private readonly lengths: number[] = [];

  /** Adds a pattern and returns its id (ids are dense, in insertion order). */
  add(pattern: string): number {
    const id = this.lengths.length;
    this.lengths.push(pattern.length);
    let s = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = unit(pattern.charCodeAt(i));
      let next = this.children[s].get(c);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
        this.children[s].set(c, next);
      }
      s = next;
    }
    this.outputs[s].push(id);
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  build(): this {
    const n = this.children.length;
    this.dict = new Int32Array(n).fill(-1);
    this.rootNext = new Int32Array(0x10000);
    const queue: number[] = [];
    for (const [c, s] of this.children[0]) {
      this.rootNext[c] = s;
      this.fail[s] = 0;
      queue.push(s);
    }
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q];
      for (const [c, s] of this.children[r]) {
        queue.push(s);
        let f = this.fail[r];
        while (f !== 0 && !this.children[f].has(c)) f = this.fail[f];
        const fs = f === 0 ? this.rootNext[c] : this.children[f].get(c)!;
        this.fail[s] = fs === s ? 0 : fs;
        const fl = this.fail[s];
        this.dict[s] = this.outputs[fl].length > 0 ? fl : this.dict[fl];
      }
    }
    // BFS order guarantees a state's fail target is complete before the state itself.
    const ascii = n < 0x10000 ? new Uint16Array(n * 128) : new Int32Array(n * 128); // smaller table, fewer page faults
    for (let c = 0; c < 128; c++) ascii[c] = this.rootNext[unit(c)];
    for (const s of queue) {
      const f = this.fail[s];
      ascii.copyWithin(s * 128, f * 128, f * 128 + 128);
      for (const [c, t] of this.children[s]) {
        if (c < 128) ascii[s * 128 + c] = t;
        if (c === 32) ascii[s * 128 + 10] = t; // a line break reads as a space
      }
    }
    this.ascii = ascii;
    this.report = new Int32Array(n);
    for (let s = 0; s < n; s++) this.report[s] = this.outputs[s].length > 0 ? s : this.dict[s];
    return this;
  }

  /** Calls `hit(patternId, start, end)` for every occurrence; end is exclusive. */
  search(text: string, hit: (id: number, start: number, end: number) => void): void {
    const children = this.children;
    const fail = this.fail;
    const rootNext = this.rootNext;
    const outputs = this.outputs;
    const dict = this.dict;
    const report = this.report;
    const lengths = this.lengths;
    let s = 0;
    const ascii = this.ascii;
    for (let i = 0; i < text.length; i++) {
      const raw = text.charCodeAt(i);
      if (raw < 128) s = ascii[s * 128 + raw];
      else {
        const c = unit(raw);
        let next = s === 0 ? rootNext[c] : children[s].get(c);
        while (next === undefined && s !== 0) {
          s = fail[s];
          next = s === 0 ? rootNext[c] : children[s].get(c);
        }
        s = next ?? 0;
      }
      let o = report[s];
      while (o > 0) {
        const outs = outputs[o];
        for (let k = 0; k < outs.length; k++) {
          const id = outs[k];
          hit(id, i + 1 - lengths[id], i + 1);
        }
        o = dict[o];
      }
    }
  }
}

function unit(c: number): number {
  return c === 10 ? 32 : c;
}
