/**
 * Where a piece of a larger input sits in the whole (a segment of a streamed file): lines and non-empty lines
 * before it, how far into its line the piece starts, and non-empty lines after it (Infinity while unknown).
 */
export interface LineFrame {
  lineBase: number;
  columnBase: number;
  nonEmptyBefore: number;
  nonEmptyAfter: number;
}

const WHOLE: LineFrame = { lineBase: 0, columnBase: 0, nonEmptyBefore: 0, nonEmptyAfter: 0 };

/**
 * Line geometry of the ORIGINAL text: lines split at \n, \r\n and \r; columns in UTF-16 units, 1-based.
 * With a frame, positions and line ranks are those of the whole input the text is a piece of.
 */
export class LineIndex {
  readonly starts: number[];
  private nonEmptyBefore?: Int32Array;

  constructor(readonly text: string, readonly frame: LineFrame = WHOLE) {
    const starts = [0];
    // indexOf runs at memchr speed, a loop over every unit does not; a lone \r (old Mac files) is rare enough to
    // be looked for only when there is one at all.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      // Both breaks found natively too, the nearer one taken first ("\r\n" is one break).
      let nl = text.indexOf('\n');
      for (let cr = text.indexOf('\r'); cr >= 0 || nl >= 0; ) {
        if (nl >= 0 && (cr < 0 || nl < cr)) {
          starts.push(nl + 1);
          nl = text.indexOf('\n', nl + 1);
        } else {
          const after = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
          starts.push(after);
          if (nl >= 0 && nl < after) nl = text.indexOf('\n', after);
          cr = text.indexOf('\r', cr + 1);
        }
      }
    }
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** 0-based line index holding `offset`. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of `offset`. */
  position(offset: number): { line: number; column: number } {
    const l = this.lineOf(offset);
    return { line: l + 1 + this.frame.lineBase, column: offset - this.starts[l] + 1 + (l === 0 ? this.frame.columnBase : 0) };
  }

  /** [start, end) of line `l` without its line break. */
  bounds(l: number): [number, number] {
    const start = this.starts[l];
    let end = l + 1 < this.starts.length ? this.starts[l + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return [start, end];
  }

  private counts(): Int32Array {
    if (!this.nonEmptyBefore) {
      const { starts, text } = this;
      const n = starts.length;
      const a = new Int32Array(n + 1);
      // (bounds(l) without its pair: a line is blank when it holds nothing but white space before its break.)
      for (let l = 0; l < n; l++) {
        const e = l + 1 < n ? starts[l + 1] : text.length;
        a[l + 1] = a[l] + (blank(text, starts[l], e) ? 0 : 1);
      }
      this.nonEmptyBefore = a;
    }
    return this.nonEmptyBefore;
  }

  /** 1-based rank of line `l` among non-empty lines from the top, and from the bottom. */
  rankFromTop(l: number): number {
    return this.counts()[l] + 1 + this.frame.nonEmptyBefore;
  }

  rankFromBottom(l: number): number {
    const c = this.counts();
    return c[c.length - 1] - c[l] + this.frame.nonEmptyAfter;
  }
}

/** Is text[s, e) only white space (as String#trim sees it)? Most lines answer at their first unit. */
function blank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[i])) return false;
  }
  return true;
}
