/**
 * The few `Buffer` calls the document readers and the decoder make (a view on bytes: `indexOf`, Latin-1 `toString`
 * and `includes`; hex and byte-array `from` for the PDF reader's stream check), for the extension's bundle, where
 * esbuild injects this in place of Node's global. Anything else throws, so a new use is found by the extension's
 * test rather than misread.
 */
class LatinView extends Uint8Array {
  override toString(encoding?: string, start = 0, end = this.length): string {
    if (encoding !== 'latin1') throw new Error(`promptgate: Buffer#toString(${encoding}) is not available in the browser`);
    let s = '';
    const to = Math.min(end, this.length);
    for (let i = Math.max(0, start); i < to; i += 8192) s += String.fromCharCode(...this.subarray(i, Math.min(i + 8192, to)));
    return s;
  }

  override includes(value: number | string, from = 0, encoding?: string): boolean {
    if (typeof value === 'number') return super.includes(value, from);
    return this.indexOf(value, from, encoding) >= 0;
  }

  /** A byte, or a Latin-1 string searched byte by byte (no copy of the whole file into a string). */
  override indexOf(value: number | string, from = 0, encoding?: string): number {
    if (typeof value === 'number') return super.indexOf(value, from);
    if (encoding !== 'latin1') throw new Error('promptgate: Buffer#indexOf(string) needs latin1 in the browser');
    const first = value.charCodeAt(0);
    for (let at = super.indexOf(first, from); at >= 0 && at + value.length <= this.length; at = super.indexOf(first, at + 1)) {
      let i = 1;
      while (i < value.length && this[at + i] === value.charCodeAt(i)) i++;
      if (i === value.length) return at;
    }
    return -1;
  }
}

export const Buffer = {
  from(source: ArrayBufferLike | string | ArrayLike<number>, second?: number | string, length?: number): LatinView {
    if (typeof source === 'string') {
      if (second !== 'hex') throw new Error('promptgate: only Buffer.from(string, "hex") is available in the browser');
      const out = new LatinView(source.length >> 1);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(source.slice(2 * i, 2 * i + 2), 16);
      return out;
    }
    if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && source instanceof SharedArrayBuffer)) {
      return new LatinView(source as ArrayBuffer, (second as number | undefined) ?? 0, length);
    }
    if (Array.isArray(source)) return LatinView.from(source);
    throw new Error('promptgate: Buffer.from takes an ArrayBuffer, a hex string or an array of bytes in the browser');
  },
};
