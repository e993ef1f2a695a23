import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInflate } from 'node:zlib';
import { embedded } from './embedded.js';
import { TextBuilder } from './text-builder.js';
import { DEFAULT_CONTEXT, DocString, type ExtractContext, type Extracted, fixed, loc, MAX_INFLATED_BYTES, Unreadable, withBudget } from './types.js';

/**
 * PDF text layer, page by page, with pdf.js (legacy build: runs on Node 20; no network, no eval, no fonts
 * loaded into a page). A PDF that asks for a password, or whose pages are only images (a scan), cannot be
 * checked: it is reported, never passed. pdf.js parses on this thread, so a hostile file is bounded by a deadline.
 */
const MAX_PAGES = 5000;
const DEADLINE_MS = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export async function extractPdf(bytes: Uint8Array, ctx: ExtractContext = DEFAULT_CONTEXT): Promise<Extracted> {
  const c = withBudget(ctx);
  // Streams are inflated against the file's budget before pdf.js sees any: a small PDF cannot fill memory.
  await checkInflation(bytes, c.budget);
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js may detach the buffer it is given
    isEvalSupported: false, // CVE-2024-4367: no generated code from font data
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_r, reject) => {
    timer = setTimeout(() => reject(new Unreadable(`PDF took longer than ${DEADLINE_MS / 1000} s to read; not scanned`)), DEADLINE_MS);
  });
  try {
    return await Promise.race([read(pdfjs, task, c), deadline]);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new Unreadable('encrypted (password-protected) PDF; cannot be checked without the password');
    if (name === 'InvalidPDFException') throw new Unreadable('not a valid PDF; not scanned');
    throw new Unreadable(`PDF could not be read (${name ?? 'error'}); not scanned`);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
  }
}

async function read(pdfjs: PdfJs, task: ReturnType<PdfJs['getDocument']>, ctx: ExtractContext): Promise<Extracted> {
  const doc = await task.promise;
  if (doc.numPages > MAX_PAGES) throw new Unreadable(`PDF with ${doc.numPages} pages (limit ${MAX_PAGES}); not scanned`);
  const b = new TextBuilder();
  const imageOnly: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    if (/\S/.test(text)) b.block(loc`page ${n}`, text);
    else if (await paintsWithoutText(pdfjs, page)) imageOnly.push(n);
    await annotations(b, page, n);
    page.cleanup();
  }
  // Files attached to the document (the attachment list; file-attachment annotations are in it too).
  const files = ((await doc.getAttachments().catch(() => null)) ?? {}) as Record<string, { filename?: string; content?: Uint8Array }>;
  for (const f of Object.values(files)) {
    const name = f.filename ?? '';
    const where = loc`attachment ${new DocString(name, 'file name of an attachment')}`;
    if (f.content) await embedded(b, where, name, f.content, ctx);
    else b.problem(where, 'attached file could not be read; not scanned');
  }
  const info = (await doc.getMetadata().catch(() => undefined))?.info as Record<string, unknown> | undefined;
  for (const [key, label] of [['Title', 'title'], ['Subject', 'subject'], ['Keywords', 'keywords'], ['Author', 'author']] as const) {
    const v = info?.[key];
    if (typeof v === 'string') b.block(loc`document properties: ${fixed(label)}`, v);
  }
  const hasText = b.segments.some((s) => s.location.startsWith('page '));
  if (!hasText && imageOnly.length > 0) throw new Unreadable('PDF has no text layer (scanned images or drawn outlines only); cannot be checked without OCR');
  for (const n of imageOnly) b.problem(loc`page ${n}`, 'no text layer (scanned image or drawn outlines); this page was not checked');
  return b.done();
}

/** Annotation kinds whose text a reader sees; a Popup repeats its parent's text. */
const SHOWN_ANNOTATIONS = new Set(['Text', 'FreeText', 'Highlight', 'Underline', 'Squiggly', 'StrikeOut', 'Square', 'Circle', 'Line', 'Polygon', 'PolyLine', 'Ink', 'Stamp', 'Caret', 'FileAttachment', 'Sound', 'Redact', 'Link', 'Widget']);

interface Annotation {
  subtype?: string;
  contentsObj?: { str?: string };
  fieldName?: string;
  fieldValue?: unknown;
  alternativeText?: string;
  titleObj?: { str?: string };
}

/** Comments, notes and free text on the page, and the values typed into form fields. */
async function annotations(b: TextBuilder, page: { getAnnotations(): Promise<unknown[]> }, n: number) {
  const list = (await page.getAnnotations().catch(() => [])) as Annotation[];
  for (const a of list) {
    if (a.subtype === 'Popup') continue;
    const kind = fixed(a.subtype && SHOWN_ANNOTATIONS.has(a.subtype) ? a.subtype : 'other');
    if (a.subtype === 'Widget') {
      const where = loc`page ${n}, form field ${new DocString(a.fieldName ?? '', 'name of a form field')}`;
      const values = Array.isArray(a.fieldValue) ? a.fieldValue : [a.fieldValue];
      b.block(where, values.filter((v): v is string => typeof v === 'string').join('\n'));
      if (a.alternativeText) b.block(where, a.alternativeText);
    }
    const text = a.contentsObj?.str;
    if (text) b.block(loc`page ${n}, ${kind} annotation`, text);
    const title = a.titleObj?.str;
    if (title) b.block(loc`page ${n}, ${kind} annotation`, title);
  }
}

const PATH_FLOATS = 300;
const PATH_PAINTS = 10;

/**
 * A page with no text that paints pictures, or draws enough outlines to be text turned into curves (or a drawing
 * with words in it), cannot be checked without OCR. A rule or a frame or two is not enough to say so.
 */
async function paintsWithoutText(pdfjs: PdfJs, page: { getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }> }): Promise<boolean> {
  const ops = await page.getOperatorList();
  const image = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject, pdfjs.OPS.paintImageXObjectRepeat, pdfjs.OPS.paintInlineImageXObjectGroup, pdfjs.OPS.paintImageMaskXObjectGroup, pdfjs.OPS.paintImageMaskXObjectRepeat]);
  if (ops.fnArray.some((f) => image.has(f))) return true;
  let paints = 0;
  let floats = 0;
  ops.fnArray.forEach((f, i) => {
    if (f === pdfjs.OPS.shadingFill) paints++;
    if (f !== pdfjs.OPS.constructPath) return;
    paints++;
    // [paint operator, [path data], bounding box]: the path data holds each segment's operator and coordinates.
    const data = (ops.argsArray[i] as unknown[] | undefined)?.[1] as ArrayLike<unknown>[] | undefined;
    floats += data?.[0]?.length ?? 0;
  });
  return paints >= PATH_PAINTS || floats >= PATH_FLOATS;
}

/**
 * Inflates every zlib stream of the file, counting the bytes and keeping none, against the file's budget. pdf.js
 * inflates a stream whole when a page needs it: without this, a 2.5 MB file whose content stream is 2.5 GB of
 * spaces fills memory. A stream is recognised by its zlib header right after the `stream` keyword, whatever its
 * dictionary says (pdf.js decodes by that header too); corrupt data is left to pdf.js.
 */
async function checkInflation(bytes: Uint8Array, budget: { left: number }): Promise<void> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf('stream', 0, 'latin1'); at >= 0; at = buf.indexOf('stream', at + 6, 'latin1')) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf('endstream', start, 'latin1');
    let data = buf.subarray(start, end < 0 ? buf.length : end);
    let dict: string | undefined;
    // A deflated stream may be wrapped in a text encoding first (/Filter [/ASCIIHexDecode /FlateDecode]).
    if (!isZlib(data)) {
      dict = buf.toString('latin1', Math.max(0, at - 400), at);
      if (/\/(ASCIIHexDecode|AHx)\b/.test(dict)) data = Buffer.from(data.toString('latin1').replace(/>.*$/s, '').replace(/[^0-9a-fA-F]/g, ''), 'hex'); // an odd last digit is dropped
      else if (/\/(ASCII85Decode|A85)\b/.test(dict)) data = ascii85(data);
    }
    // The other expanding filters are counted too: LZW (up to ~2,500 bytes a code) and run-length (64 a byte).
    const inflated = isZlib(data) ? await inflatedSize(data, budget.left)
      : dict !== undefined && /\/(LZWDecode|LZW)\b/.test(dict) ? lzwSize(data, budget.left, /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1)
      : dict !== undefined && /\/(RunLengthDecode|RL)\b/.test(dict) ? runLengthSize(data, budget.left)
      : 0;
    if (inflated > budget.left) throw new Unreadable(`PDF streams inflate past ${MAX_INFLATED_BYTES} bytes (possible decompression bomb); not scanned`);
    budget.left -= inflated;
    if (end > 0) at = end + 3;
  }
}

/**
 * The size of an LZW stream once decoded, counted the way pdf.js decodes it (code widths from 9 to 12 bits, clear
 * code 256, end code 257, `earlyChange`), keeping only each dictionary entry's length; stops past `limit`.
 */
export function lzwSize(d: Uint8Array, limit: number, earlyChange: number): number {
  const lengths = new Uint16Array(4096).fill(1, 0, 256);
  let nextCode = 258;
  let codeLength = 9;
  let prevCode = 0;
  let sequence = 0; // the length of the last code's string; 0 right after a clear code
  let total = 0;
  let cached = 0;
  let bits = 0;
  let i = 0;
  for (;;) {
    while (bits < codeLength) {
      if (i >= d.length) return total;
      cached = ((cached & 0xffff) << 8) | d[i++];
      bits += 8;
    }
    bits -= codeLength;
    const code = (cached >>> bits) & ((1 << codeLength) - 1);
    const hasPrev = sequence > 0;
    if (code < 256) sequence = 1;
    else if (code >= 258) sequence = code < nextCode ? lengths[code] : sequence + 1;
    else if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      sequence = 0;
      continue;
    } else return total; // 257: the end
    if (hasPrev) {
      if (nextCode < 4096) lengths[nextCode] = lengths[prevCode] + 1;
      nextCode++;
      const n = nextCode + earlyChange;
      if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
    }
    prevCode = code;
    total += sequence;
    if (total > limit) return total;
  }
}

/** The size of a run-length stream once decoded (PDF RunLengthDecode); stops past `limit`. */
export function runLengthSize(d: Uint8Array, limit: number): number {
  let total = 0;
  for (let i = 0; i + 1 < d.length && d[i] !== 128 && total <= limit; ) {
    const n = d[i];
    total += n < 128 ? n + 1 : 257 - n;
    i += n < 128 ? n + 2 : 2;
  }
  return total;
}

/** A zlib header (deflate, valid check bits): what pdf.js's Flate decoder requires too. */
function isZlib(d: Uint8Array): boolean {
  return d.length >= 2 && (d[0] & 0x0f) === 8 && (d[0] * 256 + d[1]) % 31 === 0;
}

/** ASCII85 (`<~…~>` optional), `z` for four zero bytes; enough to find the deflated data inside. */
function ascii85(d: Buffer): Buffer {
  const s = d.toString('latin1').replace(/^\s*<~/, '').replace(/~>.*$/s, '').replace(/\s+/g, '');
  const out: number[] = [];
  let group: number[] = [];
  const flush = (n: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (group[i] ?? 84);
    for (let i = 0; i < n; i++) out.push((v >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const ch of s) {
    if (ch === 'z' && group.length === 0) out.push(0, 0, 0, 0);
    else {
      const c = ch.charCodeAt(0) - 33;
      if (c < 0 || c > 84) break;
      group.push(c);
      if (group.length === 5) flush(4);
    }
  }
  if (group.length > 1) flush(group.length - 1);
  return Buffer.from(out);
}

/** Bytes that `data` inflates to, stopping as soon as it passes `cap` (then more than `cap`). */
function inflatedSize(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    let n = 0;
    const z = createInflate({ chunkSize: 64 * 1024 });
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > cap) {
        z.destroy();
        resolve(n);
      }
    });
    z.on('error', () => resolve(n));
    z.on('end', () => resolve(n));
    z.on('close', () => resolve(n));
    z.end(data);
  });
}
