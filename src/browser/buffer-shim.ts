/**
 * The few `Buffer` calls the document readers and the decoder make (a view on bytes: `indexOf`, Latin-1 `toString`
 * and `includes`), for the extension's bundle, where esbuild injects this in place of Node's global. Anything else
 * throws, so a new use is found by the extension's test rather than misread.
 */
class LatinView extends Uint8Array {
  override toString(encoding?: string): string {
    if (encoding !== 'latin1') throw new Error(`promptgate: Buffer#toString(${encoding}) is not available in the browser`);
    let s = '';
    for (let i = 0; i < this.length; i += 8192) s += String.fromCharCode(...this.subarray(i, i + 8192));
    return s;
  }

  override includes(value: number | string, from = 0, encoding?: string): boolean {
    if (typeof value === 'number') return super.includes(value, from);
    if (encoding !== 'latin1') throw new Error('promptgate: Buffer#includes needs latin1 in the browser');
    return this.toString('latin1').includes(value, from);
  }
}

export const Buffer = {
  from(buffer: ArrayBufferLike, byteOffset = 0, length?: number): LatinView {
    if (!(buffer instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer))) {
      throw new Error('promptgate: only Buffer.from(arrayBuffer, offset, length) is available in the browser');
    }
    return new LatinView(buffer as ArrayBuffer, byteOffset, length);
  },
};
