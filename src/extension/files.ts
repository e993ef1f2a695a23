import { readDocument } from '../browser/documents.js';

/**
 * An attached file as text for the scanner, or the reason it cannot be checked (then it is not sent: fail closed).
 * Documents (.docx/.xlsx/.pptx, ODF, HTML, RTF, CSV, e-mail) go through the project's readers (browser/documents.ts);
 * PDF goes to the background, where the CLI's PDF reader runs (pdf-reader.ts); plain text formats are decoded here
 * (UTF-8, or UTF-16 with its byte-order mark); other types are not read.
 */
export type FileText = { ok: true; text: string } | { ok: false; why: 'tooLarge' | 'notText' | 'unsupported' | 'unreadable'; detail?: string };

export const MAX_FILE_MB = 20;

const TEXT_EXTENSIONS = new Set([
  'txt', 'text', 'md', 'markdown', 'csv', 'tsv', 'json', 'jsonl', 'ndjson', 'xml', 'html', 'htm', 'xhtml', 'yaml', 'yml',
  'log', 'ini', 'cfg', 'conf', 'toml', 'env', 'properties', 'sql', 'sh', 'bash', 'ps1', 'bat', 'py', 'js', 'mjs', 'cjs',
  'ts', 'tsx', 'jsx', 'java', 'kt', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'go', 'rs', 'rb', 'php', 'swift', 'scala', 'r',
  'tex', 'srt', 'vtt', 'eml', 'rtf', 'svg',
]);

/** The lower-cased extension of a file name ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export async function readFileText(file: File): Promise<FileText> {
  if (file.size > MAX_FILE_MB * 1024 * 1024) return { ok: false, why: 'tooLarge' };
  const ext = extensionOf(file.name);
  let bytes: Uint8Array;
  try {
    bytes = await bytesOf(file);
  } catch (e) {
    return { ok: false, why: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  if (ext === 'pdf' || bytes.subarray(0, 5).every((b, i) => b === '%PDF-'.charCodeAt(i))) return readPdf(file.name, bytes);
  const doc = await readDocument(file.name, bytes);
  if (doc) return doc.ok ? doc : { ok: false, why: 'unreadable', detail: doc.reason };
  if (!TEXT_EXTENSIONS.has(ext) && !(ext === '' && file.type.startsWith('text/'))) return { ok: false, why: 'unsupported' };
  return decodeText(bytes);
}

/**
 * A file's bytes, copied into an array of the content script's own: in Firefox the page's File gives buffers of the
 * page, and the script's code then fails on them ("Permission denied to access property "constructor"").
 */
function bytesOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const page = new Uint8Array(reader.result as ArrayBuffer);
      const own = new Uint8Array(page.length);
      own.set(page);
      resolve(own);
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}

/** UTF-16 only with a byte-order mark; otherwise strict UTF-8 (a legacy 8-bit file is "not text": not guessed at). */
export function decodeText(bytes: Uint8Array): FileText {
  const enc = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    const text = new TextDecoder(enc, { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) return { ok: false, why: 'notText' };
    return { ok: true, text };
  } catch {
    return { ok: false, why: 'notText' };
  }
}

/** A PDF, read by the background (pdf-reader.ts); no answer, or a malformed one, is a file that cannot be checked. */
async function readPdf(name: string, bytes: Uint8Array): Promise<FileText> {
  let base64 = '';
  for (let i = 0; i < bytes.length; i += 0x8000) base64 += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  base64 = btoa(base64);
  try {
    const r = (await chrome.runtime.sendMessage({ type: 'pdf:read', name, base64 })) as { ok: boolean; text?: unknown; reason?: unknown } | undefined;
    if (r?.ok === true && typeof r.text === 'string') return { ok: true, text: r.text };
    return { ok: false, why: 'unreadable', detail: typeof r?.reason === 'string' ? r.reason : 'no answer from the PDF reader' };
  } catch (e) {
    return { ok: false, why: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
}
