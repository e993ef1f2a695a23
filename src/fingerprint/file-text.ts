import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { UnitSource } from './stream.js';

/**
 * A file the main thread reads whole and scans as one text, read again by the fingerprint worker (parallel.ts) so
 * that its text is never copied between the threads: what the main thread saw of it (its identity and times, taken
 * before it read the file), so that the worker reads the same bytes or none.
 */
export interface FileSeen {
  path: string;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** The file is not the one the main thread read, or not plain UTF-8: its text must come from the main thread. */
export class NotSameText extends Error {}

const CHUNK = 1 << 20;

function sameFile(fd: number, seen: FileSeen): void {
  const st = fstatSync(fd);
  // Any write changes the change time (which no program can set back): equal times, size and inode mean the same bytes.
  if (st.dev !== seen.dev || st.ino !== seen.ino || st.size !== seen.size || st.mtimeMs !== seen.mtimeMs || st.ctimeMs !== seen.ctimeMs) {
    throw new NotSameText('the file changed since it was read');
  }
}

/** The file opened again and checked to be the one the main thread read. */
function openSame(seen: FileSeen): number {
  let fd: number;
  try {
    fd = openSync(seen.path, 'r');
  } catch {
    throw new NotSameText('the file cannot be opened again');
  }
  try {
    sameFile(fd, seen);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  return fd;
}

/** The bytes after a UTF-8 byte order mark, if they start with one. */
function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * The text of a file as the scan decodes it (decode/decode.ts), for plain UTF-8 only (with or without its BOM):
 * anything else — a NUL (binary or UTF-16 without BOM), another BOM, an invalid byte (decoded with replacement and
 * reported) — throws NotSameText, and the main thread sends its own text instead. Read and decoded 1 MB at a time;
 * the units before a window's start are dropped (see UnitSource). `check()` after the last read: the file did not change.
 */
export class FileUnits implements UnitSource {
  private readonly fd: number;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly chunk = new Uint8Array(CHUNK);
  private pos = 0; // bytes read
  // The decoded text still needed: pieces (one per read) and the unit where the first begins.
  private parts: string[] = [];
  private partsStart = 0;
  private units = 0; // units decoded so far
  private eof = false;
  private closed = false;

  constructor(private readonly seen: FileSeen, private readonly onChunk?: () => void) {
    this.fd = openSame(seen);
  }

  get length(): number {
    return this.eof ? this.units : Infinity;
  }

  text(a: number, b: number): string {
    this.fill(b);
    // Pieces wholly before `a` are never asked again.
    while (this.parts.length > 1 && this.partsStart + this.parts[0].length <= a) this.partsStart += this.parts.shift()!.length;
    let out = '';
    let at = this.partsStart;
    for (const p of this.parts) {
      if (at >= b) break;
      if (at + p.length > a) out += p.slice(Math.max(0, a - at), Math.min(p.length, b - at));
      at += p.length;
    }
    return out;
  }

  end(b: number): boolean {
    this.fill(b + 1);
    return this.eof && this.units <= b;
  }

  /** Reads on until units [.., b) are decoded or the file ends. */
  private fill(b: number): void {
    while (!this.eof && this.units < b) {
      const n = readSync(this.fd, this.chunk, 0, CHUNK, this.pos);
      const bytes = this.pos === 0 ? withoutBom(this.chunk.subarray(0, n)) : this.chunk.subarray(0, n);
      this.pos += n;
      if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(0) >= 0) throw new NotSameText('a NUL byte');
      let piece: string;
      try {
        piece = this.decoder.decode(bytes, { stream: n > 0 });
      } catch {
        throw new NotSameText('not plain UTF-8');
      }
      if (piece.length > 0) this.parts.push(piece);
      this.units += piece.length;
      if (n === 0) this.eof = true;
      this.onChunk?.();
    }
  }

  /** The file is still the one the main thread read (after the last read), and `units` long. Closes it. */
  check(units: number): void {
    try {
      this.end(units);
      if (this.length !== units) throw new NotSameText('another length');
      sameFile(this.fd, this.seen);
    } finally {
      this.close();
    }
  }

  close(): void {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
  }
}

/** The whole text of the file, read once more (only to place the excerpts found), checked like FileUnits. */
export function fileText(seen: FileSeen): string {
  const fd = openSame(seen);
  try {
    const bytes = withoutBom(readFileSync(fd));
    sameFile(fd, seen);
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new NotSameText('not plain UTF-8');
    }
  } finally {
    closeSync(fd);
  }
}
