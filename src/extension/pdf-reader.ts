import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { type DocumentText, readDocument } from '../browser/documents.js';

/**
 * PDF attachments, read in the extension's own background context (the service worker; Firefox's background page)
 * by the CLI's reader (input/extract/pdf.ts, pdf.js), bundled whole: no remote code, no page involved. pdf.js's
 * parser runs on this thread (its "fake worker": a service worker cannot start workers), so it is handed the
 * bundled worker module here rather than a URL to load. The content script sends the file's bytes as base64
 * (a message is JSON in Chromium) and gets the text or the reason it cannot be checked.
 */
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

export interface PdfRequest {
  type: 'pdf:read';
  name: string;
  base64: string;
}

export function isPdfRequest(m: unknown): m is PdfRequest {
  const r = m as Partial<PdfRequest> | null;
  return r?.type === 'pdf:read' && typeof r.name === 'string' && typeof r.base64 === 'string';
}

export async function readPdfRequest(r: PdfRequest): Promise<DocumentText> {
  const bin = atob(r.base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  const doc = await readDocument(r.name, bytes);
  return doc ?? { ok: false, reason: 'not a PDF' };
}
