import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, read } from 'node:fs';
import { createRequire } from 'node:module';
import type * as V8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { firstInvalidUtf8, nulReason, sniffEncoding } from '../decode/decode.js';
import { OVERLAP } from '../engine/engine.js';
import type { TextScanner } from '../engine/scanner.js';
import type { Finding, Lang, Skipped } from '../types.js';

/** Bytes of input per segment's core (its text is as many units for ASCII, fewer for other letters). */
export const SEGMENT = 4 * 1024 * 1024;

/** Bytes read on each side of a core, enough for OVERLAP + 1 units of text: a unit takes at most 3 bytes (UTF-8). */
const MARGIN = 3 * (OVERLAP + 1) + 4;

/**
 * Scans a large text file with bounded memory: bytes are read in chunks, and the text is scanned segment by segment
 * with an OVERLAP margin on both sides. A segment reports only matches that start in its core, so a match across a
 * seam is found exactly once; positions (line, column, line ranks for layout) are those of the whole file. Inline
 * ignores and baselines work per segment, as the wrapped engine applies them per text. Decoding fails closed as for
 * a whole file: a NUL anywhere stops the scan (binary), and the bytes are checked strictly, segment by segment and
 * at the end of the stream (a sequence cut by the end of the file), so a genuine U+FFFD in the text cannot hide an
 * invalid byte.
 */
export async function scanLargeFile(
  engine: TextScanner, path: string, source: string, lang: Lang | undefined,
  findings: Finding[], skipped: Skipped[], segment = SEGMENT,
): Promise<void> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    skipped.push({ source, reason: readProblem(e) });
    return;
  }
  try {
    await scanChunks(engine, fileChunks(fd), source, lang, findings, skipped, segment);
  } finally {
    closeSync(fd);
  }
}

/** Bytes read at a time from a file (see fileChunks). */
const READ = 1024 * 1024;

/**
 * The bytes of an open file, from its start, as chunks read into one reused buffer (each chunk is valid until the
 * next is asked for: scanChunks copies what it keeps); the caller closes the descriptor. A stream would allocate a
 * fresh megabyte for every read: freed only when collected, those buffers left the allocator's heap in pieces it
 * could not give back (#21: a 200 MB file's peak memory).
 */
export async function* fileChunks(fd: number): AsyncGenerator<Uint8Array> {
  const buf = new Uint8Array(READ);
  for (let at = 0; ; ) {
    const n = await new Promise<number>((resolve, reject) => read(fd, buf, 0, buf.length, at, (e, k) => (e ? reject(e) : resolve(k))));
    if (n === 0) return;
    at += n;
    yield buf.subarray(0, n);
  }
}

/**
 * The same segment scanner over any stream of byte chunks (a file, or large piped standard input).
 *
 * Memory: the chunks are copied into one reused byte buffer, and each segment's text is decoded from it in one go,
 * so a segment makes one string (no string of every chunk, no joined copy of them). Its margins are decoded again
 * with the next segment; cuts are placed where a decoder of the whole stream starts afresh (see `ByteSegments.cut`),
 * so the pieces read exactly as the whole stream decoded at once.
 */
export async function scanChunks(
  engine: TextScanner, chunks: AsyncIterable<Uint8Array>, source: string, lang: Lang | undefined,
  findings: Finding[], skipped: Skipped[], segment = SEGMENT,
): Promise<void> {
  let bytes: ByteSegments | undefined;
  // The text handed to the engine next starts at unit `textStart` of the whole decoded text; its line frame:
  let textStart = 0;
  let lineBase = 0;
  let columnBase = 0;
  let nonEmptyBefore = 0;
  let lineHasText = false; // the (partial) line at the text's start already had non-space text before it
  let coreB = 0; // the byte where the next core begins
  let coreStartU = 0; // and its unit in the whole decoded text
  let pieceB = 0; // the byte where the next piece of decoded text begins: a cut at most MARGIN before coreB

  // Decodes bytes [pieceB, pieceEnd) and scans the core [coreB, coreEnd) of it; the text the engine gets starts at
  // textStart (OVERLAP units, or one more before a CRLF, ahead of the core) and ends OVERLAP units after the core.
  const scanSegment = (b: ByteSegments, coreEnd: number, pieceEnd: number, last: boolean): boolean => {
    const piece = b.decode(pieceB, pieceEnd, last);
    if (piece === undefined) return false;
    const coreInPiece = b.units(pieceB, coreB);
    const coreEndInPiece = last ? piece.length : piece.length - b.units(coreEnd, pieceEnd);
    const pieceStart = coreStartU - coreInPiece; // where piece[0] is in the whole decoded text
    const from = textStart - pieceStart;
    const text = piece.slice(from, last ? piece.length : coreEndInPiece + OVERLAP);
    const coreStart = coreInPiece - from;
    const coreEndT = coreEndInPiece - from;
    const nul = b.nul(piece, pieceStart);
    if (nul !== undefined) {
      skipped.push({ source, reason: nulReason(nul) });
      return false;
    }
    const found = engine.scanText(text, source, {
      lang,
      frame: { lineBase, columnBase, nonEmptyBefore, nonEmptyAfter: last ? 0 : Infinity, coreStart, coreEnd: coreEndT },
      betweenWindows,
    });
    for (const f of found) {
      f.start += textStart;
      f.end += textStart;
      findings.push(f);
    }
    if (!last) {
      let cut = Math.max(0, coreEndT - OVERLAP);
      if (text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut--; // never split a CRLF
      advance(text, cut);
      coreStartU = textStart + coreEndT;
      textStart += cut;
    }
    return true;
  };

  // Accounts for the lines of text[0, cut), so positions in later segments stay global.
  const advance = (text: string, cut: number) => {
    let lineStart = 0;
    let lastLineStart = -1;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    for (;;) {
      if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
      if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
      const br = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      const end = br < 0 || br >= cut ? cut : br;
      for (let i = lineStart; !lineHasText && i < end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9) lineHasText = true;
      }
      if (end === cut) break;
      lineBase++;
      if (lineHasText) nonEmptyBefore++;
      lineHasText = false;
      lineStart = br + (text.charCodeAt(br) === 13 && text.charCodeAt(br + 1) === 10 ? 2 : 1);
      lastLineStart = lineStart;
    }
    columnBase = lastLineStart >= 0 ? cut - lastLineStart : columnBase + cut;
  };

  // The garbage is bounded between the windows of a segment too, not only between segments (see boundedHeap).
  const betweenWindows = () => heap.between();

  const step = Math.min(segment, 1 << 20);
  // The encoding is judged from the first 8 KB (or all of a shorter stream), however small the first chunks are.
  let head: Uint8Array[] | undefined = [];
  let headSize = 0;
  const start = (): Uint8Array | undefined => {
    const first = concat(head!, headSize);
    head = undefined;
    const enc = sniffEncoding(first.subarray(0, 8192));
    if (!enc.ok) {
      skipped.push({ source, reason: enc.reason });
      return undefined;
    }
    bytes = new ByteSegments(enc.encoding, enc.bom, segment + 2 * MARGIN + OVERLAP + step);
    return first.subarray(enc.bom);
  };

  // Appends a chunk's bytes; a NUL in them stops the scan (binary).
  const feed = (b: ByteSegments, data: Uint8Array): boolean => {
    const nul = b.push(data);
    if (nul !== undefined) skipped.push({ source, reason: nulReason(nul) });
    return nul === undefined;
  };

  const heap = boundedHeap();
  try {
    for await (const chunk of chunks) {
      let data: Uint8Array | undefined = chunk;
      if (head) {
        // (A chunk kept while more are read is copied: it may live in a reused buffer, see fileChunks.)
        head.push(headSize + chunk.length < 8192 ? new Uint8Array(chunk) : chunk);
        headSize += chunk.length;
        if (headSize < 8192) continue;
        data = start();
      }
      if (!bytes || !data) return;
      // (A large chunk, such as the head of standard input, is taken a megabyte at a time: the buffer stays small.)
      for (let at = 0; at < data.length; at += step) {
        if (!feed(bytes, data.subarray(at, at + step))) return;
        // A core, the line break looked for after it, and the margin after that must all be there.
        while (bytes.end - coreB >= segment + OVERLAP / 2 + MARGIN + 8) {
          const coreEnd = bytes.coreEnd(coreB + segment);
          if (!scanSegment(bytes, coreEnd, bytes.cut(coreEnd + MARGIN, 1), false)) return;
          coreB = coreEnd;
          heap.between();
          pieceB = Math.max(pieceB, bytes.cut(coreEnd - MARGIN, -1));
          bytes.drop(pieceB);
        }
      }
    }
    if (head) {
      const data = start(); // (less than 8 KB)
      if (!bytes || !data || !feed(bytes, data)) return;
    }
    if (!bytes) return;
    if (!scanSegment(bytes, bytes.end, bytes.end, true)) return;
    if (bytes.problem) skipped.push({ source, reason: `${bytes.problem}; decoded with replacement characters, so words around it may be unreadable (the rest was scanned)` });
  } catch (e) {
    skipped.push({ source, reason: readProblem(e) });
  } finally {
    heap.end();
  }
}

/** Why a file or stream could not be read (to the end). */
function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'disappeared before it could be read' : code === 'EACCES' ? 'permission denied' : `could not be read completely (${code ?? (e as Error).message}); not scanned`;
}

/** node:v8, loaded when a stream is first scanned: a prompt never needs it (loading it at start-up cost every scan
 * ~1.2 M instructions, #21). */
let v8Module: typeof V8 | undefined;
const v8 = (): typeof V8 => (v8Module ??= createRequire(import.meta.url)('node:v8') as typeof V8);

/** Growth of the old generation (bytes) after which a streamed scan runs a full collection between two windows. */
const GARBAGE_BUDGET = 12 * 1024 * 1024;
let streaming = 0;
let collect: (() => void) | undefined;

/** The spaces only a full collection shrinks: where a segment's garbage stays until one runs (see boundedHeap). */
const OLD_SPACES = new Set(['old_space', 'large_object_space', 'code_space', 'code_large_object_space']);

/** Bytes in use in OLD_SPACES. */
function oldGeneration(): number {
  let used = 0;
  for (const s of v8().getHeapSpaceStatistics()) if (OLD_SPACES.has(s.space_name)) used += s.space_used_size;
  return used;
}

/**
 * Bounded memory while large inputs are streamed. Segments make garbage fast, and mostly large objects (each
 * segment's text, the window strings alive when a young collection runs), which only a full collection frees; left
 * to itself, V8 lets the heap grow to several times its live size (10–20 MB here) between collections and grows the
 * young generation to 32 MB, so a 200 MB input peaked at 200–280 MB. While a stream is scanned: the young generation
 * keeps the size it has (V8 reads its growth factor at each growth), and between segments and between the windows
 * of a segment (Engine#scanText's `betweenWindows`), once the old generation (OLD_SPACES: young collections do not
 * shrink it, so they do not reset the count) would grow past GARBAGE_BUDGET since the last full collection, one runs
 * (V8's own full collections in between count). The stream's end runs one too,
 * before the report is made of its findings: the last segments' garbage was the run's peak (#21). The factor goes
 * back to V8's default, 2, with the last stream.
 */
function boundedHeap(): { between(): void; end(): void } {
  if (streaming++ === 0) v8().setFlagsFromString('--semi-space-growth-factor=1');
  if (!collect) {
    // The collector function, without exposing `gc` to the program: only the new context sees it.
    v8().setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
    v8().setFlagsFromString('--no-expose-gc');
  }
  // after: the old generation after the last full collection; last: at the last segment's end; growth: what one
  // segment added to it last time (no full collection in between), the guess for the next one.
  let after = oldGeneration();
  let last = after;
  let growth = 0;
  const full = () => {
    collect!();
    after = last = oldGeneration();
  };
  return {
    between() {
      const used = oldGeneration();
      if (used < last) {
        after = last = used; // V8 ran a full collection on its own
        return;
      }
      growth = used - last;
      last = used;
      // Collected before the next segment (or window) would take the garbage past the budget, not once it has:
      // waiting until it is past let up to two budgets pile up (the 210 MB file's peak held ~30 MB of large-object
      // garbage). Asked between windows too: each window's view strings (a few hundred KB each) are alive when a
      // young collection runs in it, so they are promoted and die old — ~20 MB a 4 MB segment, which waited for the
      // segment's end and V8's own limit (#21, session 15).
      if (used - after + growth > GARBAGE_BUDGET) full();
    },
    end() {
      full();
      if (--streaming === 0) v8().setFlagsFromString('--semi-space-growth-factor=2');
    },
  };
}

/**
 * The bytes of a stream after its BOM, kept from the start of the next piece on, in one buffer reused for the whole
 * stream, and decoded piece by piece. A piece is cut only where a decoder of the whole stream starts afresh, so
 * decoding the pieces one by one gives the same text as decoding the whole stream (replacement characters included):
 * after an ASCII byte, or before a byte that cannot continue a sequence (UTF-8); between two UTF-16 units that are not
 * a surrogate pair. A cut never splits a CRLF either. Every invalid sequence is noticed: each piece is decoded strictly
 * first; the first problem is reported with its byte offset (in the whole file, BOM included).
 */
class ByteSegments {
  private buf: Uint8Array;
  /** Stream offset of buf[0]; bytes before `keep` are no longer needed; `end` bytes have been received. */
  private at = 0;
  private keep = 0;
  end = 0;
  problem: string | undefined;
  private readonly fatal: InstanceType<typeof TextDecoder>;
  private readonly lenient: InstanceType<typeof TextDecoder>;
  private readonly wide: boolean;

  constructor(private readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be', private readonly base: number, capacity: number) {
    this.buf = new Uint8Array(capacity);
    this.fatal = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.lenient = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    this.wide = encoding !== 'utf-8';
  }

  /** Appends a chunk; a NUL byte in UTF-8 makes the text binary: its position ("byte 9012") is returned. */
  push(data: Uint8Array): string | undefined {
    if (!this.wide) {
      const i = Buffer.from(data.buffer, data.byteOffset, data.byteLength).indexOf(0);
      if (i >= 0) return `byte ${this.base + this.end + i}`;
    }
    if (this.end - this.at + data.length > this.buf.length) {
      // The bytes still needed move to the start of the buffer, or of a larger one.
      const live = this.end - this.keep;
      if (live + data.length > this.buf.length) {
        const out = new Uint8Array(Math.max(2 * this.buf.length, live + data.length));
        out.set(this.buf.subarray(this.keep - this.at, this.end - this.at));
        this.buf = out;
      } else this.buf.copyWithin(0, this.keep - this.at, this.end - this.at);
      this.at = this.keep;
    }
    this.buf.set(data, this.end - this.at);
    this.end += data.length;
    return undefined;
  }

  /** Bytes before `p` will not be read again. */
  drop(p: number) {
    this.keep = p;
  }

  private byte(p: number): number {
    return this.buf[p - this.at];
  }

  private unit(p: number): number {
    return this.encoding === 'utf-16le' ? this.byte(p) | (this.byte(p + 1) << 8) : (this.byte(p) << 8) | this.byte(p + 1);
  }

  /** A decoder of the whole stream is at a fresh start before byte p, and p does not split a CRLF. */
  private fresh(p: number): boolean {
    if (p <= 0 || p >= this.end) return true;
    if (this.wide) {
      if ((p & 1) === 1) return false;
      const u = this.unit(p);
      const prev = this.unit(p - 2);
      return !(prev === 13 && u === 10) && !(u >= 0xdc00 && u <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff);
    }
    const b = this.byte(p);
    const prev = this.byte(p - 1);
    if (prev === 13 && b === 10) return false;
    if (prev < 0x80 || (b & 0xc0) !== 0x80) return true;
    // A continuation byte: a sequence may still be open only if a lead byte is among the three before it.
    for (let q = Math.max(0, p - 3); q < p; q++) if (this.byte(q) >= 0xc0) return false;
    return true;
  }

  /** The nearest cut at or after (dir 1) or at or before (dir -1) byte p, within the stream. */
  cut(p: number, dir: 1 | -1): number {
    if (p <= this.keep) return this.keep; // (itself a cut)
    if (p >= this.end) return this.end;
    while (!this.fresh(p)) p += dir;
    return p;
  }

  /** Where a core that should end at byte `target` ends: after a line break close behind it, else at a cut. */
  coreEnd(target: number): number {
    const limit = Math.min(this.end, target + OVERLAP / 2);
    if (this.wide) {
      for (let p = target + (target & 1); p + 1 < limit; p += 2) if (this.unit(p) === 10 && this.fresh(p + 2)) return p + 2;
    } else {
      const i = Buffer.from(this.buf.buffer, this.buf.byteOffset, this.end - this.at).indexOf(10, target - this.at);
      if (i >= 0 && i + this.at < limit) return i + this.at + 1;
    }
    return this.cut(target, 1);
  }

  /** The text of bytes [from, to), both cuts; `last`: `to` is the end of the stream. */
  decode(from: number, to: number, last: boolean): string {
    const bytes = this.buf.subarray(from - this.at, to - this.at);
    if (!this.wide && isUtf8(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    try {
      if (this.wide) return this.fatal.decode(bytes);
    } catch {
      // read leniently below
    }
    if (this.problem === undefined) this.problem = this.wide ? this.utf16Problem(bytes, from, last) : this.utf8Problem(bytes, from, last);
    return this.lenient.decode(bytes);
  }

  /** How many units bytes [from, to) decode to (both cuts). */
  units(from: number, to: number): number {
    return from >= to ? 0 : this.lenient.decode(this.buf.subarray(from - this.at, to - this.at)).length;
  }

  /** Where a NUL is in a piece of UTF-16 text ("character 17" of the whole text), if there is one. */
  nul(text: string, start: number): string | undefined {
    if (!this.wide) return undefined;
    const i = text.indexOf('\0');
    return i < 0 ? undefined : `character ${start + i + 1}`;
  }

  private utf8Problem(bytes: Uint8Array, from: number, last: boolean): string {
    const i = firstInvalidUtf8(bytes);
    // A sequence begun right and cut only by the end of the stream.
    const b = bytes[i];
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    const cut = last && need > 0 && i + need >= bytes.length && this.byteRangeOk(bytes, i);
    return cut ? `invalid UTF-8: a sequence cut by the end of the text at byte ${this.base + from + i}` : `invalid UTF-8 at byte ${this.base + from + i}`;
  }

  /** The bytes after a lead byte at i are all the continuation bytes it allows (so only more of them are missing). */
  private byteRangeOk(bytes: Uint8Array, i: number): boolean {
    const b = bytes[i];
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (i + 1 < bytes.length && (bytes[i + 1] < lo || bytes[i + 1] > hi)) return false;
    for (let k = i + 2; k < bytes.length; k++) if ((bytes[k] & 0xc0) !== 0x80) return false;
    return true;
  }

  private utf16Problem(bytes: Uint8Array, from: number, last: boolean): string {
    const label = this.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    if (last) {
      let n = bytes.length & ~1;
      const u = n >= 2 ? (this.encoding === 'utf-16le' ? bytes[n - 2] | (bytes[n - 1] << 8) : (bytes[n - 2] << 8) | bytes[n - 1]) : 0;
      if (u >= 0xd800 && u <= 0xdbff) n -= 2;
      if (n < bytes.length) {
        try {
          this.fatal.decode(bytes.subarray(0, n));
          return `invalid ${label}: a sequence cut by the end of the text at byte ${this.base + from + n}`;
        } catch {
          // an unpaired surrogate before the end as well
        }
      }
    }
    return `invalid ${label} (an unpaired surrogate) after byte ${this.base + from}`;
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
