import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TextBuilder } from './text-builder.js';
import { type Extracted, Unreadable } from './types.js';

/**
 * PDF text layer, page by page, with pdf.js (legacy build: runs on Node 20; no network, no eval, no fonts
 * loaded into a page). A PDF that asks for a password, or whose pages are only images (a scan), cannot be
 * checked: it is reported, never passed. pdf.js parses on this thread, so a hostile file is bounded by a deadline.
 */
const MAX_PAGES = 5000;
const DEADLINE_MS = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export async function extractPdf(bytes: Uint8Array): Promise<Extracted> {
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
    return await Promise.race([read(pdfjs, task), deadline]);
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

async function read(pdfjs: PdfJs, task: ReturnType<PdfJs['getDocument']>): Promise<Extracted> {
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
    if (/\S/.test(text)) b.block(`page ${n}`, text);
    else if (await paintsImages(pdfjs, page)) imageOnly.push(n);
    page.cleanup();
  }
  const info = (await doc.getMetadata().catch(() => undefined))?.info as Record<string, unknown> | undefined;
  for (const [key, label] of [['Title', 'title'], ['Subject', 'subject'], ['Keywords', 'keywords'], ['Author', 'author']] as const) {
    const v = info?.[key];
    if (typeof v === 'string') b.block(`document properties: ${label}`, v);
  }
  const hasText = b.segments.some((s) => s.location.startsWith('page '));
  if (!hasText && imageOnly.length > 0) throw new Unreadable('PDF has no text layer (scanned images only); cannot be checked without OCR');
  for (const n of imageOnly) b.problem(`page ${n}`, 'no text layer (scanned image); this page was not checked');
  return b.done();
}

async function paintsImages(pdfjs: PdfJs, page: { getOperatorList(): Promise<{ fnArray: number[] }> }): Promise<boolean> {
  const ops = await page.getOperatorList();
  const image = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject, pdfjs.OPS.paintImageXObjectRepeat, pdfjs.OPS.paintInlineImageXObjectGroup, pdfjs.OPS.paintImageMaskXObjectGroup, pdfjs.OPS.paintImageMaskXObjectRepeat]);
  return ops.fnArray.some((f) => image.has(f));
}
