import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStdin } from '../src/input/stream.js';

// Standard input is kept whole only while small; larger text is handed over as a stream of chunks (bounded memory),
// and a large document is read whole up to the size limit. A small threshold here stands for the real 32 MB.
const pieces = (bytes: Buffer, size: number) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));
async function collect(chunks: AsyncIterable<Uint8Array>) {
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

describe('reading standard input', () => {
  const text = Buffer.from('Báo cáo — dòng bình thường\n'.repeat(500));
  it('up to the threshold: the bytes, whole', async () => {
    const r = await readStdin(pieces(text, 1000), '<stdin>', 1 << 20, text.length);
    expect(Buffer.from(r.bytes!).equals(text)).toBe(true);
  });
  it('empty input: empty bytes', async () => {
    const r = await readStdin(Readable.from([]), '<stdin>', 1 << 20, 100);
    expect(r.bytes!.length).toBe(0);
  });
  it('above the threshold: a stream of chunks that adds up to exactly the input', async () => {
    const r = await readStdin(pieces(text, 999), '<stdin>', 1 << 20, 4000);
    expect(r.bytes).toBeUndefined();
    expect((await collect(r.chunks!)).equals(text)).toBe(true);
  });
  it('string chunks are taken as UTF-8', async () => {
    const r = await readStdin(Readable.from(['Báo ', 'cáo']), '<stdin>', 1 << 20, 100);
    expect(Buffer.from(r.bytes!).toString('utf8')).toBe('Báo cáo');
  });
  const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(20000, 1)]);
  it('a large document (zip signature, .docx name) is read whole, for its extractor', async () => {
    const r = await readStdin(pieces(zip, 1000), 'memo.docx', 1 << 20, 4000);
    expect(Buffer.from(r.bytes!).equals(zip)).toBe(true);
  });
  it('a document above the size limit is reported too large, with its full size (the writer is drained)', async () => {
    const r = await readStdin(pieces(zip, 1000), 'memo.docx', 10000, 4000);
    expect(r).toEqual({ tooLarge: zip.length });
  });
});
