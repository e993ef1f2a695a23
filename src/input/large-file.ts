import { createReadStream } from 'node:fs';
import { sniffEncoding } from '../decode/decode.js';
import { OVERLAP, type Engine } from '../match/engine.js';
import type { Finding, Lang, Skipped } from '../types.js';

/** Files above this size are read as a stream of segments instead of one string. */
export const STREAM_THRESHOLD = 32 * 1024 * 1024;
/** Units of decoded text scanned per segment (plus OVERLAP margin on each side). */
export const SEGMENT = 4 * 1024 * 1024; // 4 M units keeps a 200 MB file under 300 MB peak (measured ~230 MB)

/**
 * Scans a large text file with bounded memory: bytes are read in chunks and decoded incrementally, and the text is
 * scanned segment by segment with an OVERLAP margin on both sides. A segment reports only matches that start in its
 * core, so a match across a seam is found exactly once; positions (line, column, line ranks for layout) are those of
 * the whole file. Inline ignores and baselines work per segment, as the wrapped engine applies them per text.
 */
export async function scanLargeFile(
  engine: Engine, path: string, source: string, lang: Lang | undefined,
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
  engine: Engine, chunks: AsyncIterable<Uint8Array>, source: string, lang: Lang | undefined,
  findings: Finding[], skipped: Skipped[], segment = SEGMENT,
): Promise<void> {
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let pending = '';
  let pendingStart = 0; // offset of pending[0] in the whole decoded text
  let coreStart = 0; // where the next segment's core begins, in pending
  let lineBase = 0;
  let columnBase = 0;
  let nonEmptyBefore = 0;
  let lineHasText = false; // the (partial) line at pending[0] already had non-space text before it
  let invalid = false;

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
        decoder = new TextDecoder(enc.encoding, { fatal: false, ignoreBOM: true });
        bytes = bytes.subarray(enc.bom);
      }
      const text = decoder.decode(bytes, { stream: true });
      if (!invalid && text.includes('\ufffd') && !Buffer.from(bytes).includes(Buffer.from([0xef, 0xbf, 0xbd]))) invalid = true;
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
    pending += decoder ? decoder.decode() : '';
    scanSegment(pending.length, true);
    if (invalid) skipped.push({ source, reason: 'invalid UTF-8 or UTF-16; decoded with replacement characters, so words around it may be unreadable (the rest was scanned)' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    skipped.push({ source, reason: code === 'ENOENT' ? 'disappeared before it could be read' : code === 'EACCES' ? 'permission denied' : `could not be read completely (${code ?? (e as Error).message}); not scanned` });
  }
}
