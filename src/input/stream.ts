import { documentKind } from './extract/detect.js';

/** Files above this size are read as a stream of segments instead of one string. */
export const STREAM_THRESHOLD = 32 * 1024 * 1024;

/**
 * Standard input, read so that memory stays bounded: input up to `threshold` bytes comes back whole (`bytes`, so
 * documents are recognised and the pretty report can show context); larger text comes back as `chunks`, the bytes
 * already read followed by the rest of the stream, for the segment scanner. A large document (zip, PDF…) is read
 * whole, because its extractor needs all of it; `maxBytes` caps that and reports `tooLarge` instead.
 */
export type StdinInput =
  | { bytes: Uint8Array; chunks?: undefined; tooLarge?: undefined }
  | { chunks: AsyncIterable<Uint8Array>; bytes?: undefined; tooLarge?: undefined }
  | { tooLarge: number; bytes?: undefined; chunks?: undefined };

export async function readStdin(
  stream: NodeJS.ReadableStream, sourceName: string, maxBytes: number, threshold = STREAM_THRESHOLD,
): Promise<StdinInput> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const next = async (): Promise<Buffer | undefined> => {
    const r = await it.next();
    return r.done ? undefined : typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
  };
  const head: Buffer[] = [];
  let size = 0;
  for (let c = await next(); c; c = await next()) {
    head.push(c);
    size += c.length;
    if (size > threshold) break;
  }
  if (size <= threshold) return { bytes: Buffer.concat(head) };
  if (documentKind(sourceName, head[0].length >= 4096 ? head[0] : Buffer.concat(head).subarray(0, 4096))) {
    for (let c = await next(); c; c = await next()) {
      head.push(c);
      size += c.length;
      if (size > maxBytes) {
        for (let d = await next(); d; d = await next()) size += d.length; // drain, so the writer is not cut off
        return { tooLarge: size };
      }
    }
    return { bytes: Buffer.concat(head) };
  }
  return {
    chunks: (async function* () {
      // The chunks already read go first, and are let go once handed over.
      for (let c = head.shift(); c; c = head.shift()) yield c;
      for (let c = await next(); c; c = await next()) yield c;
    })(),
  };
}
