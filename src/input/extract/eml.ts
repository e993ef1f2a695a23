import { documentKind } from './detect.js';
import { htmlToText } from './html.js';
import { TextBuilder } from './text-builder.js';
import { DocString, type ExtractContext, type Extracted, fixed, loc, type Loc, Unreadable, withBudget } from './types.js';

/**
 * E-mail (RFC 5322 / MIME): the headers people write in (subject, sender, recipients), text and HTML parts
 * (quoted-printable or base64, any charset), and attachments of the supported kinds, recursively up to a
 * depth limit. An attachment that cannot be read is reported, so the scan is not a pass.
 */
const SHOWN_HEADERS = ['subject', 'from', 'to', 'cc', 'bcc', 'reply-to', 'sender'];
const MAX_PARTS = 500;

interface Part {
  headers: Map<string, string>;
  /** Each header's first line as written (lower-cased name → raw line), and whether it was folded over lines. */
  rawLines: Map<string, { line: string; index: number; folded: boolean }>;
  /** Where the part starts: its bytes are a view of the file's. */
  raw: Buffer;
  body: Buffer;
}

/** Where a buffer that is a view of the e-mail file starts in it (1-based line and column), if it is one. */
type Origin = (buf: Buffer, lineOffset?: number, column?: number) => { line: number; column: number } | undefined;

export async function extractEml(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  const b = new TextBuilder();
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Parts found by splitting are views of `file`; a decoded part (base64, an attached message) is not, and has no
  // place in the file's lines.
  const origin: Origin = (buf, lineOffset = 0, column = 1) => {
    if (buf.buffer !== file.buffer || buf.byteOffset < file.byteOffset || buf.byteOffset > file.byteOffset + file.length) return undefined;
    const before = file.subarray(0, buf.byteOffset - file.byteOffset);
    let line = 1;
    for (let i = before.indexOf(0x0a); i >= 0; i = before.indexOf(0x0a, i + 1)) line++;
    return { line: line + lineOffset, column };
  };
  // One inflation budget for the whole message: its attachments draw on it together.
  await message(b, file, withBudget(ctx), loc``, { parts: 0 }, origin);
  return b.done();
}

async function message(b: TextBuilder, raw: Buffer, ctx: ExtractContext, prefix: Loc, count: { parts: number }, origin: Origin) {
  if (!looksLikeHeaders(raw)) {
    // A text saved as .eml that is no e-mail (a prompt above pasted headers, notes): read all of it as text rather
    // than drop its first paragraph as "headers".
    const text = decodeCharset(raw, 'utf-8');
    b.block(loc`${prefix}text (not an e-mail)`, text, '\n\n', text === raw.toString('utf8') ? origin(raw) : undefined);
    return;
  }
  const p = splitPart(raw);
  for (const h of SHOWN_HEADERS) {
    const v = p.headers.get(h);
    if (v) {
      const text = decodeWords(v);
      b.block(loc`${prefix}e-mail header ${fixed(headerName(h))}`, text, '\n', headerOrigin(p, h, text, origin));
    }
  }
  // Every other header a person or a mail client's policy wrote ("Sensitivity: Company-Confidential",
  // "X-Classification: SECRET", "Độ mật: Mật") is read with its name; transport and format headers are not.
  for (const [h, v] of p.headers) {
    // The mail servers a message passed through (Received: from mail.corp.local (10.1.2.3)) are internal
    // infrastructure; nothing else in these headers (ids, dates, signatures) is read.
    if (ROUTE.test(h) && v) {
      const written = p.rawLines.get(h);
      const text = `${headerName(h)}: ${v}`;
      const asWritten = written && !written.folded && written.line.toLowerCase() === text.toLowerCase();
      b.restricted(loc`${prefix}e-mail header ${fixed(headerName(h))}`, asWritten ? written.line : text, ['infrastructure'], asWritten ? origin(p.raw, written.index) : undefined);
    }
    if (SHOWN_HEADERS.includes(h) || TECHNICAL.test(h) || !v) continue;
    const written = p.rawLines.get(h);
    const text = `${headerName(h)}: ${decodeWords(v)}`;
    // As written, when it is one line without encoded words: then it points at the file.
    if (written && !written.folded && written.line.toLowerCase() === text.toLowerCase()) b.block(loc`${prefix}e-mail header ${fixed(headerName(h))}`, written.line, '\n', origin(p.raw, written.index));
    else b.block(loc`${prefix}e-mail header ${fixed(headerName(h))}`, text, '\n');
  }
  await entity(b, p, ctx, prefix, count, origin);
}

/** A header value's place in the file, when the text read is the value exactly as written on one line. */
function headerOrigin(p: Part, h: string, text: string, origin: Origin) {
  const written = p.rawLines.get(h);
  if (!written || written.folded) return undefined;
  const col = written.line.indexOf(':') + 1;
  const at = col + (written.line.slice(col).length - written.line.slice(col).trimStart().length);
  return written.line.slice(at).trimEnd() === text ? origin(p.raw, written.index, at + 1) : undefined;
}

/** Transport headers that name the mail servers and addresses a message passed through. */
const ROUTE = /^(?:received|x-received|x-originating-ip|x-source-ip|x-sender-ip|message-id|return-path)$/;

/** Headers of transport and format, not of content: received chains, signatures, ids, MIME structure. */
const TECHNICAL = /^(?:received|received-spf|return-path|delivered-to|date|message-id|in-reply-to|references|mime-version|content-[a-z-]+|dkim-[a-z-]+|domainkey-signature|arc-[a-z-]+|authentication-results|x-mailer|user-agent|x-originating-ip|x-ms-[a-z0-9-]+|x-microsoft-[a-z0-9-]+|x-google-[a-z0-9-]+|x-gm-[a-z0-9-]+|x-received|x-forefront-[a-z0-9-]+|x-spam-[a-z0-9-]+|list-[a-z-]+|thread-[a-z-]+|precedence|importance|priority|x-priority|x-msmail-priority|auto-submitted|x-auto-response-suppress|feedback-id|x-mimeole|x-source[a-z-]*|errors-to)$/;

/** Does the text open with RFC 5322 header lines ("Name: value", continuation lines indented) up to a blank line? */
function looksLikeHeaders(raw: Buffer): boolean {
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1');
  const lines = head.split(/\r?\n/);
  let fields = 0;
  for (const line of lines) {
    if (line === '') return fields > 0;
    if (/^[ \t]/.test(line) && fields > 0) continue;
    if (!/^[!-9;-~]+:/.test(line)) return false;
    fields++;
  }
  return fields > 0;
}

async function entity(b: TextBuilder, p: Part, ctx: ExtractContext, prefix: Loc, count: { parts: number }, origin: Origin) {
  if (++count.parts > MAX_PARTS) throw new Unreadable(`e-mail with more than ${MAX_PARTS} MIME parts; not scanned`);
  const ct = parseParams(p.headers.get('content-type') ?? 'text/plain');
  const type = ct.value.toLowerCase();
  const disp = parseParams(p.headers.get('content-disposition') ?? '');
  const filename = disp.params.filename ?? ct.params.name;
  if (type.startsWith('multipart/')) {
    const boundary = ct.params.boundary;
    if (!boundary) throw new Unreadable('multipart e-mail part without a boundary; not scanned');
    for (const sub of splitMultipart(p.body, boundary)) await entity(b, splitPart(sub), ctx, prefix, count, origin);
    return;
  }
  const body = decodeTransfer(p.body, (p.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase());
  const isAttachment = !!filename || disp.value.toLowerCase() === 'attachment';
  if (type === 'message/rfc822') {
    const name = filename === undefined ? fixed('attached e-mail') : attachmentName(filename);
    if (ctx.depth + 1 > ctx.maxDepth) return b.problem(loc`${prefix}attachment ${name}`, `attachments nested deeper than ${ctx.maxDepth} levels; not scanned`);
    await message(b, body, { ...ctx, depth: ctx.depth + 1 }, loc`${prefix}attachment ${name} › `, count, origin);
    return;
  }
  if (!isAttachment && (type === 'text/plain' || type === 'text/html' || type === '')) {
    const text = decodeCharset(body, ct.params.charset);
    if (type === 'text/html') b.nested(loc`${prefix}e-mail body (HTML)`, htmlToText(text));
    else {
      // A body sent as it is (no base64 or quoted-printable) in UTF-8 or ASCII is the file's own text.
      const plain = body === p.body && text === body.toString('utf8');
      b.block(loc`${prefix}e-mail body`, text, '\n\n', plain ? origin(body) : undefined);
    }
    return;
  }
  // The file name and MIME type are the sender's words: shown masked, scanned like the body.
  const mime = new DocString(type, 'MIME type of an attachment');
  const where = filename === undefined ? loc`${prefix}unnamed ${mime} attachment` : loc`${prefix}attachment ${attachmentName(filename)}`;
  const kind = documentKind(filename ?? '', body);
  if (!kind && type.startsWith('text/')) return b.block(where, decodeCharset(body, ct.params.charset));
  if (!kind) return b.problem(where, loc`attachment type ${mime} is not supported; not scanned`);
  if (ctx.depth + 1 > ctx.maxDepth) return b.problem(where, `attachments nested deeper than ${ctx.maxDepth} levels; not scanned`);
  try {
    const { extractDocument } = await import('./index.js');
    b.nested(where, await extractDocument(kind, body, { ...ctx, depth: ctx.depth + 1 }));
  } catch (e) {
    b.problem(where, e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.name : 'error'}); not scanned`);
  }
}

function attachmentName(name: string): DocString {
  return new DocString(name, 'file name of an attachment');
}

function headerName(h: string): string {
  return h.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase());
}

/** Headers (unfolded, lower-cased names) and the raw body of one MIME entity. */
function splitPart(raw: Buffer): Part {
  let end = raw.indexOf('\r\n\r\n');
  let skip = 4;
  const lf = raw.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) {
    end = lf;
    skip = 2;
  }
  const head = (end < 0 ? raw : raw.subarray(0, end)).toString('latin1');
  const body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + skip);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const k = line.indexOf(':');
    if (k <= 0) continue;
    const name = line.slice(0, k).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(k + 1).trim());
  }
  // Header bytes may be raw UTF-8 (RFC 6532); re-read them as such when they are valid.
  const utf8 = (v: string) => {
    const asUtf8 = Buffer.from(v, 'latin1').toString('utf8');
    return asUtf8.includes('\ufffd') ? v : asUtf8;
  };
  for (const [k, v] of headers) headers.set(k, utf8(v));
  // Each header's first line as written, for findings that point at the file.
  const rawLines: Part['rawLines'] = new Map();
  const lines = head.split(/\r?\n/);
  lines.forEach((line, index) => {
    const k = line.indexOf(':');
    if (k <= 0 || /^[ \t]/.test(line)) return;
    const name = line.slice(0, k).trim().toLowerCase();
    if (!rawLines.has(name)) rawLines.set(name, { line: utf8(line), index, folded: /^[ \t]/.test(lines[index + 1] ?? '') });
  });
  return { headers, rawLines, raw, body };
}

function splitMultipart(body: Buffer, boundary: string): Buffer[] {
  const delim = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = body.indexOf(delim);
  while (at >= 0) {
    let start = at + delim.length;
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break; // closing delimiter
    while (start < body.length && body[start] !== 0x0a) start++;
    start++;
    const next = body.indexOf(delim, start);
    if (next < 0) {
      parts.push(body.subarray(start));
      break;
    }
    let end = next;
    if (body[end - 1] === 0x0a) end--;
    if (body[end - 1] === 0x0d) end--;
    parts.push(body.subarray(start, end));
    at = next;
  }
  return parts;
}

function parseParams(h: string): { value: string; params: Record<string, string> } {
  const parts = h.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const params: Record<string, string> = {};
  const continued: Record<string, string[]> = {};
  for (const p of parts.slice(1)) {
    const k = p.indexOf('=');
    if (k < 0) continue;
    let name = p.slice(0, k).trim().toLowerCase();
    let v = p.slice(k + 1).trim().replace(/^"(.*)"$/s, '$1');
    // RFC 2231: name*=utf-8''%C3%A9…, possibly split as name*0*, name*1*…
    const m = /^(.+?)(?:\*(\d+))?(\*)?$/.exec(name)!;
    name = m[1];
    if (m[3]) v = rfc2231(v);
    if (m[2] !== undefined) (continued[name] ??= [])[Number(m[2])] = v;
    else params[name] = decodeWords(v);
  }
  for (const [k, arr] of Object.entries(continued)) params[k] = arr.join('');
  return { value: parts[0].trim(), params };
}

function rfc2231(v: string): string {
  const m = /^([^']*)'[^']*'(.*)$/.exec(v);
  const charset = m ? m[1] || 'utf-8' : 'utf-8';
  const data = m ? m[2] : v;
  const bytes = Buffer.from(data.replace(/%([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
  return decodeCharset(bytes, charset);
}

/** RFC 2047 encoded words: =?charset?B|Q?…?= (adjacent encoded words join without the space between them). */
export function decodeWords(s: string): string {
  return s
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (_m, cs: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return decodeCharset(bytes, cs);
    });
}

function decodeTransfer(body: Buffer, enc: string): Buffer {
  if (enc === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const s = body.toString('latin1').replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(s, 'latin1');
  }
  return body;
}

function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const cs = (charset ?? 'utf-8').trim().toLowerCase();
  try {
    return new TextDecoder(cs === 'us-ascii' ? 'utf-8' : cs).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
