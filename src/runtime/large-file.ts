import { createReadStream } from 'node:fs';
import { firstInvalidUtf8, nulReason, sniffEncoding } from '../decode/decode.js';
import { OVERLAP } from '../engine/engine.js';
import type { TextScanner } from '../engine/scanner.js';
import type { Finding, Lang, Skipped } from '../types.js';

/** Units of decoded text scanned per segment (plus OVERLAP margin on each side). */
export const SEGMENT = 4 * 1024 * 1024; // 4 M units keeps a 200 MB file under 300 MB peak (measured ~230 MB)

/**
 * Scans a large text file with bounded memory: bytes are read in chunks and decoded incrementally, and the text is
 * scanned segment by segment with an OVERLAP margin on both sides. A segment reports only matches that start in its
 * core, so a match across a seam is found exactly once; positions (line, column, line ranks for layout) are those of
 * the whole file. Inline ignores and baselines work per segment, as the wrapped engine applies them per text.
 * Decoding fails closed as for a whole file: a NUL anywhere stops the scan (binary), and the bytes are checked
 * strictly, chunk by chunk and at the end of the stream (a sequence cut by the end of the file), so a genuine U+FFFD
 * in the text cannot hide an invalid byte.
 */
export async function scanLargeFile(
  engine: TextScanner, path: string, source: string, lang: Lang | undefined,
  findings: Finding[], skipped: Skipped[], segment = SEGMENT,
): Promise<void> {
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  try {
    await scanChunks(engine, stream as AsyncIterable<Buffer>, source, lang, findings, skipped, segment);
  } finally {
    stream.destroy();
  }
}

/** The same segment scanner over any stream of byte chunks (a file, or large piped standard input). */
export async function scanChunks(
  engine: TextScanner, chunks: AsyncIterable<Uint8Array>, source: string, lang: Lang | undefined,
  findings: Finding[], skipped: Skipped[], segment = SEGMENT,
): Promise<void> {
  let decoder: StrictDecoder | undefined;
  let pending = '';
  let pendingStart = 0; // offset of pending[0] in the whole decoded text
  let coreStart = 0; // where the next segment's core begins, in pending
  let lineBase = 0;
  let columnBase = 0;
  let nonEmptyBefore = 0;
  let lineHasText = false; // the (partial) line at pending[0] already had non-space text before it

  const scanSegment = (coreEnd: number, last: boolean) => {
    const piece = last ? pending : pending.slice(0, Math.min(pending.length, coreEnd + OVERLAP));
    const found = engine.scanText(piece, source, {
      lang,
      frame: { lineBase, columnBase, nonEmptyBefore, nonEmptyAfter: last ? 0 : Infinity, coreStart, coreEnd },
    });
    for (const f of found) {
      f.start += pendingStart;
      f.end += pendingStart;
      findings.push(f);
    }
  };

  // Drops pending[0, cut) after accounting for its lines, so positions in later segments stay global.
  const advance = (cut: number) => {
    if (pending.charCodeAt(cut - 1) === 13 && pending.charCodeAt(cut) === 10) cut--; // never split a CRLF
    let lastLineStart = -1;
    for (let i = 0; i < cut; i++) {
      const c = pending.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && pending.charCodeAt(i + 1) === 10) i++;
        lineBase++;
        if (lineHasText) nonEmptyBefore++;
        lineHasText = false;
        lastLineStart = i + 1;
      } else if (c !== 32 && c !== 9) lineHasText = true;
    }
    columnBase = lastLineStart >= 0 ? cut - lastLineStart : columnBase + cut;
    pending = pending.slice(cut);
    pendingStart += cut;
    coreStart -= cut;
  };

  try {
    for await (const chunk of chunks) {
      let bytes: Uint8Array = chunk;
      if (!decoder) {
        const enc = sniffEncoding(bytes.subarray(0, 8192));
        if (!enc.ok) {
          skipped.push({ source, reason: enc.reason });
          return;
        }
        decoder = new StrictDecoder(enc.encoding, enc.bom);
        bytes = bytes.subarray(enc.bom);
      }
      const text = decoder.decode(bytes);
      const nul = decoder.nul(text, bytes);
      if (nul !== undefined) {
        skipped.push({ source, reason: nulReason(nul) });
        return;
      }
      pending += text;
      while (pending.length >= coreStart + segment + 2 * OVERLAP) {
        let coreEnd = coreStart + segment;
        const nl = pending.indexOf('\n', coreEnd);
        if (nl >= 0 && nl - coreEnd < OVERLAP / 2) coreEnd = nl + 1; // prefer to cut after a line break
        scanSegment(coreEnd, false);
        coreStart = coreEnd;
        advance(coreEnd - OVERLAP);
      }
    }
    pending += decoder ? decoder.end() : '';
    scanSegment(pending.length, true);
    if (decoder?.problem) skipped.push({ source, reason: `${decoder.problem}; decoded with replacement characters, so words around it may be unreadable (the rest was scanned)` });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    skipped.push({ source, reason: code === 'ENOENT' ? 'disappeared before it could be read' : code === 'EACCES' ? 'permission denied' : `could not be read completely (${code ?? (e as Error).message}); not scanned` });
  }
}

/**
 * Incremental decoding that notices every invalid sequence: a fatal decoder reads the chunks while they are valid;
 * at the first invalid one, a lenient decoder takes over from the same place (the bytes the fatal decoder still
 * held from earlier chunks, then this chunk), so the text is the same as a lenient decode of the whole stream.
 * Checking the text for U+FFFD instead would miss a bad byte in a chunk that also holds a real U+FFFD.
 */
class StrictDecoder {
  private fatal: InstanceType<typeof TextDecoder> | undefined;
  private lenient: InstanceType<typeof TextDecoder> | undefined;
  /** Bytes fed, and bytes the decoded text accounts for; the difference is held inside the fatal decoder. */
  private fed = 0;
  private used = 0;
  private tail: Uint8Array = new Uint8Array(0);
  problem: string | undefined;

  constructor(private readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be', private readonly base: number) {
    this.fatal = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  decode(bytes: Uint8Array): string {
    const at = this.fed;
    this.fed += bytes.length;
    if (this.lenient) return this.lenient.decode(bytes, { stream: true });
    try {
      const text = this.fatal!.decode(bytes, { stream: true });
      this.used += this.encoding === 'utf-8' ? Buffer.byteLength(text, 'utf8') : text.length * 2;
      // What the fatal decoder holds (a sequence begun at the end of this chunk, at most 3 bytes), copied.
      const held = this.fed - this.used;
      this.tail = held === 0 ? new Uint8Array(0) : bytes.length >= held ? bytes.slice(bytes.length - held) : concat(this.tail, bytes).slice(-held);
      return text;
    } catch {
      const from = concat(this.tail, bytes);
      this.fail(at - this.tail.length, from, false);
      return this.lenient!.decode(from, { stream: true });
    }
  }

  /** The rest held at the end of the stream: a sequence cut there is invalid too. */
  end(): string {
    if (this.lenient) return this.lenient.decode();
    try {
      return this.fatal!.decode();
    } catch {
      this.fail(this.used, this.tail, true);
      return this.lenient!.decode(this.tail);
    }
  }

  /** Where a NUL is in this chunk ("byte 9012"), if there is one: text with a NUL is binary. */
  nul(text: string, bytes: Uint8Array): string | undefined {
    if (text.indexOf('\0') < 0) return undefined;
    if (this.encoding !== 'utf-8') return `character ${text.indexOf('\0') + 1} of a chunk`;
    const i = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
    return `byte ${this.base + this.fed - bytes.length + i}`;
  }

  private fail(at: number, bytes: Uint8Array, atEnd: boolean) {
    this.fatal = undefined;
    this.lenient = new TextDecoder(this.encoding, { fatal: false, ignoreBOM: true });
    const label = this.encoding === 'utf-8' ? 'UTF-8' : this.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    if (atEnd) this.problem = `invalid ${label}: a sequence cut by the end of the text at byte ${this.base + at}`;
    else if (this.encoding === 'utf-8') this.problem = `invalid ${label} at byte ${this.base + at + Math.min(firstInvalidUtf8(bytes), bytes.length)}`;
    else this.problem = `invalid ${label} (an unpaired surrogate) after byte ${this.base + at}`;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
