import { readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { documentKind } from './extract/detect.js';

/** node:zlib, loaded when a large standard input is first packed: a prompt never needs it (loading it at start-up
 * cost every scan ~2.5 M instructions, #21). */
let zlibModule: typeof Zlib | undefined;
const zlib = (): typeof Zlib => (zlibModule ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib);

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

/**
 * Standard input as the process's own descriptor, read straight into our buffers (see `descriptorReader`): `head`,
 * bytes already read from it (by the server client), comes first; `stream` gives the process's stream, read from
 * instead should the descriptor be non-blocking.
 */
export type StdinDescriptor = { fd: number; head?: Uint8Array; stream: () => NodeJS.ReadableStream };

/** Bytes read at a time (and the size of the blocks the head is kept in). */
const BLOCK = 1024 * 1024;

/** An allocation this large is always mapped on its own (glibc maps from 32 MB up whatever it learnt), so it goes
 * back to the system when freed instead of leaving a hole in the allocator's heap. */
const OWN_PAGES = 33 * 1024 * 1024;

export async function readStdin(
  source: NodeJS.ReadableStream | StdinDescriptor, sourceName: string, maxBytes: number, threshold = STREAM_THRESHOLD,
): Promise<StdinInput> {
  const read = once('fd' in source ? descriptorReader(source) : streamReader(source));
  // The head is read into one buffer that can be shrunk: its pages go back to the system the moment it is let go,
  // not when it is collected.
  // It grows as the input comes (a prompt of a few kilobytes must not pay for zeroing 32 MB: ~25 ms a request).
  const store = shrinkable(Math.min(BLOCK, threshold + 1), threshold + 1);
  let size = 0;
  for (;;) {
    size += await fill(read, new Uint8Array(store, size));
    if (size < store.byteLength || store.byteLength === threshold + 1) break;
    store.resize(Math.min(2 * store.byteLength, threshold + 1));
  }
  let head: Uint8Array = new Uint8Array(store, 0, store.byteLength);
  if (size <= threshold) {
    const bytes = Buffer.from(head.subarray(0, size));
    store.resize(0);
    return { bytes };
  }
  if (documentKind(sourceName, head.subarray(0, 4096))) {
    for (let n = -1; n !== 0 && size <= maxBytes; size += n) {
      if (size === head.length) head = grown(head, Math.min(2 * head.length, maxBytes + 1));
      n = await fill(read, head.subarray(size));
    }
    store.resize(0);
    if (size > maxBytes) {
      const spare = new Uint8Array(BLOCK);
      for (let n = await fill(read, spare); n > 0; n = await fill(read, spare)) size += n; // drain, so the writer is not cut off
      return { tooLarge: size };
    }
    return { bytes: Buffer.from(head.buffer, 0, size) };
  }
  // Larger text: the head waits while the segment scanner works through it — 32 MB unscanned at its first segment,
  // on top of the scanner's own memory. So it waits compressed (text: about a quarter; ~10 ms per MB, once per input,
  // only above the threshold), a megabyte per block in one shrinkable store, each block unpacked when asked for.
  // zlib's output buffers are made OWN_PAGES large (only the pages written count): smaller ones came from the
  // allocator's heap and left it 8 MB larger for the rest of the run.
  // The blocks are kept last block first, so that the store shrinks by each block once it is unpacked: the packed
  // head (8-9 MB of 32) is let go block by block while the scan is under way, not after its first 32 MB.
  const cap = size + (size >> 8) + 1024;
  const packed = shrinkable(cap);
  const ends: number[] = [];
  for (let at = 0, end = 0; at < size; at += BLOCK) {
    const p = zlib().deflateRawSync(head.subarray(at, Math.min(size, at + BLOCK)), { level: 1, chunkSize: OWN_PAGES });
    end += p.length;
    new Uint8Array(packed).set(p, cap - end);
    ends.push(end);
  }
  store.resize(0);
  const total = ends[ends.length - 1];
  new Uint8Array(packed).copyWithin(0, cap - total);
  packed.resize(total); // block k is now bytes [total - ends[k], total - ends[k - 1])
  return {
    chunks: (async function* () {
      for (let k = 0, from = 0; k < ends.length; from = ends[k++]) {
        const block = zlib().inflateRawSync(new Uint8Array(packed, total - ends[k], ends[k] - from), { chunkSize: OWN_PAGES });
        packed.resize(total - ends[k]);
        yield block;
      }
      // The rest comes through one reused buffer (each chunk is valid until the next is asked for, as with
      // large-file.ts's fileChunks).
      const buf = new Uint8Array(BLOCK);
      for (let n = await fill(read, buf); n > 0; n = await fill(read, buf)) yield buf.subarray(0, n);
    })(),
  };
}

/**
 * An ArrayBuffer that can be resized up to `max` (ES2024, in Node 20's V8): growing keeps its bytes in place,
 * shrinking gives its pages back at once.
 */
/**
 * A file read whole from its open descriptor (to its end, as readFileSync reads it), into a buffer whose pages go back
 * to the system at `release()`, not when the buffer is collected: a plain text is let go as soon as it is decoded,
 * instead of staying beside its text for the whole scan (#21: 21 MB of a 21 MB file's peak).
 */
export function readWhole(fd: number, size: number): { bytes: Uint8Array; release(): void } {
  // One byte of room more than the size seen: a file that grew since is read on into ordinary buffers.
  const store = shrinkable(size + 1);
  const head = new Uint8Array(store);
  let n = 0;
  for (let k = -1; n < head.length && k !== 0; n += k) k = readSync(fd, head, n, head.length - n, null);
  if (n <= size) return { bytes: head.subarray(0, n), release: () => store.resize(0) };
  const parts: Uint8Array[] = [Buffer.from(head)];
  store.resize(0);
  const spare = Buffer.allocUnsafe(BLOCK);
  for (let k = readSync(fd, spare, 0, BLOCK, null); k > 0; k = readSync(fd, spare, 0, BLOCK, null)) parts.push(Buffer.from(spare.subarray(0, k)));
  return { bytes: Buffer.concat(parts), release: () => {} };
}

function shrinkable(size: number, max = size): ArrayBuffer & { resize(size: number): void } {
  type Shrinkable = new (size: number, o: { maxByteLength: number }) => ArrayBuffer & { resize(size: number): void };
  return new (ArrayBuffer as unknown as Shrinkable)(size, { maxByteLength: max });
}

/** Reads up to `len` bytes into `buf` at `off`; 0 at the end of the input. */
type Read = (buf: Uint8Array, off: number, len: number) => Promise<number>;

/** The input's end is read once (a terminal would wait for a second end-of-file). */
function once(read: Read): Read {
  let ended = false;
  return async (buf, off, len) => {
    if (ended) return 0;
    const n = await read(buf, off, len);
    ended = n === 0;
    return n;
  };
}

/** Fills `buf` from the input (fewer bytes only at its end); how many bytes came. */
async function fill(read: Read, buf: Uint8Array): Promise<number> {
  let n = 0;
  for (let k = -1; n < buf.length && k !== 0; n += k) k = await read(buf, n, buf.length - n);
  return n;
}

/** A larger buffer with the same bytes at its start. */
function grown(buf: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(buf);
  return out;
}

/**
 * The descriptor read into the caller's buffer. Node's stream of a pipe would allocate a fresh 64 KB buffer for
 * every read, freed only when collected: a 200 MB input left the allocator's heap in pieces it could not give back
 * (#21: 30 MB more than the same file read from its path). A blocking read suits every kind of standard input (a
 * pipe, a socket, a file, a terminal); a descriptor someone made non-blocking answers EAGAIN, and from then on the
 * process's stream is read instead. Any other read error rejects (the caller fails closed).
 */
function descriptorReader(d: StdinDescriptor): Read {
  let head = d.head;
  let stream: Read | undefined;
  return async (buf, off, len) => {
    if (head && head.length > 0) {
      const n = Math.min(len, head.length);
      buf.set(head.subarray(0, n), off);
      head = head.subarray(n);
      return n;
    }
    if (!stream) {
      try {
        return readSync(d.fd, buf, off, len, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EOF') return 0; // Windows: the end of a pipe
        if (code !== 'EAGAIN') throw e;
        stream = streamReader(d.stream());
      }
    }
    return stream(buf, off, len);
  };
}

/** A stream's chunks copied into the caller's buffer (string chunks are taken as UTF-8). */
function streamReader(source: NodeJS.ReadableStream): Read {
  const it = (source as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  let rest: Uint8Array = new Uint8Array(0);
  return async (buf, off, len) => {
    while (rest.length === 0) {
      const r = await it.next();
      if (r.done) return 0;
      rest = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
    const n = Math.min(len, rest.length);
    buf.set(rest.subarray(0, n), off);
    rest = rest.subarray(n);
    return n;
  };
}
