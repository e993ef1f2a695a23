import { decode, decodeLabelled, firstInvalidUtf8 } from '../../decode/decode.js';
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
  /** Headers whose raw 8-bit bytes are not UTF-8: read byte by byte (Latin-1), which can hide a word. */
  notUtf8: Set<string>;
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
  // The offsets of the file's line feeds, found once (on first use): a part's line is then a binary search.
  let feeds: Uint32Array | undefined;
  const origin: Origin = (buf, lineOffset = 0, column = 1) => {
    if (buf.buffer !== file.buffer || buf.byteOffset < file.byteOffset || buf.byteOffset > file.byteOffset + file.length) return undefined;
    feeds ??= lineFeeds(file);
    const at = buf.byteOffset - file.byteOffset;
    let lo = 0;
    let hi = feeds.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (feeds[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return { line: 1 + lo + lineOffset, column };
  };
  // One inflation budget for the whole message: its attachments draw on it together.
  await message(b, file, withBudget(ctx), loc``, { parts: 0 }, origin);
  return b.done();
}

/** The offsets of every line feed in `file`, ascending. */
function lineFeeds(file: Buffer): Uint32Array {
  let n = 0;
  for (let i = file.indexOf(0x0a); i >= 0; i = file.indexOf(0x0a, i + 1)) n++;
  const out = new Uint32Array(n);
  n = 0;
  for (let i = file.indexOf(0x0a); i >= 0; i = file.indexOf(0x0a, i + 1)) out[n++] = i;
  return out;
}

async function message(b: TextBuilder, raw: Buffer, ctx: ExtractContext, prefix: Loc, count: { parts: number }, origin: Origin) {
  if (!looksLikeHeaders(raw)) {
    // A text saved as .eml that is no e-mail (a prompt above pasted headers, notes): read all of it as text rather
    // than drop its first paragraph as "headers".
    const where = loc`${prefix}text (not an e-mail)`;
    const text = charsetText(b, where, raw, 'utf-8');
    if (text !== undefined) b.block(where, text, '\n\n', text === raw.toString('utf8') ? origin(raw) : undefined);
    return;
  }
  const p = splitPart(raw);
  const words = (where: Loc, v: string, h: string) => {
    if (p.notUtf8.has(h)) b.problem(where, 'invalid UTF-8 in the header; read byte by byte, so words in it may be unreadable (the rest was scanned)');
    return decodeWords(v, (reason) => b.problem(where, reason));
  };
  for (const h of SHOWN_HEADERS) {
    const v = p.headers.get(h);
    if (v) {
      const text = words(loc`${prefix}e-mail header ${fixed(headerName(h))}`, v, h);
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
    // The name of a header the sender chose ("X-Project-Bluebird") is content like its value: masked where shown.
    const where = loc`${prefix}e-mail header ${WELL_KNOWN.has(h) ? fixed(headerName(h)) : new DocString(headerName(h), 'name of an e-mail header')}`;
    const text = `${headerName(h)}: ${words(where, v, h)}`;
    // As written, when it is one line without encoded words: then it points at the file.
    if (written && !written.folded && written.line.toLowerCase() === text.toLowerCase()) b.block(where, written.line, '\n', origin(p.raw, written.index));
    else b.block(where, text, '\n');
    // The value once more on a line of its own, for the stamps that only count standing alone ("X-Foo: TỐI MẬT",
    // "X-Label: TAJNÉ"): after the name they read as a sentence's words. Only markings are taken from this reading
    // (the line above gave everything else), and a marking found in both points at the same characters of the file.
    const value = text.slice(headerName(h).length + 2);
    b.restricted(where, value, HEADER_VALUE_ONLY, headerOrigin(p, h, value, origin));
  }
  await entity(b, p, ctx, prefix, count, origin);
}

/** What a custom header's value read alone may add to the line "Name: value": classification markings. */
const HEADER_VALUE_ONLY = ['classified-marking'] as const;

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
  const cte = (p.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  const body = decodeTransfer(p.body, cte);
  const isAttachment = !!filename || disp.value.toLowerCase() === 'attachment';
  if (!body) {
    // Read raw, an unknown encoding (x-gzip, a typo of base64…) would pass unreadable text as "nothing found".
    const where = !isAttachment ? loc`${prefix}e-mail body`
      : filename === undefined ? loc`${prefix}unnamed ${new DocString(type, 'MIME type of an attachment')} attachment` : loc`${prefix}attachment ${attachmentName(filename)}`;
    return b.problem(where, 'unknown Content-Transfer-Encoding; not scanned');
  }
  if (type === 'message/rfc822') {
    const name = filename === undefined ? fixed('attached e-mail') : attachmentName(filename);
    if (ctx.depth + 1 > ctx.maxDepth) return b.problem(loc`${prefix}attachment ${name}`, `attachments nested deeper than ${ctx.maxDepth} levels; not scanned`);
    await message(b, body, { ...ctx, depth: ctx.depth + 1 }, loc`${prefix}attachment ${name} › `, count, origin);
    return;
  }
  if (!isAttachment && (type === 'text/plain' || type === 'text/html' || type === '')) {
    const where = type === 'text/html' ? loc`${prefix}e-mail body (HTML)` : loc`${prefix}e-mail body`;
    const text = charsetText(b, where, body, ct.params.charset);
    if (text === undefined) return;
    if (type === 'text/html') b.nested(where, htmlToText(text));
    else {
      // A body sent as it is (no base64 or quoted-printable) in UTF-8 or ASCII is the file's own text.
      const plain = body === p.body && text === body.toString('utf8');
      b.block(where, text, '\n\n', plain ? origin(body) : undefined);
      await uuencoded(b, text, ctx, prefix);
    }
    return;
  }
  // The file name and MIME type are the sender's words: shown masked, scanned like the body.
  const mime = new DocString(type, 'MIME type of an attachment');
  const where = filename === undefined ? loc`${prefix}unnamed ${mime} attachment` : loc`${prefix}attachment ${attachmentName(filename)}`;
  const kind = documentKind(filename ?? '', body);
  if (!kind && type.startsWith('text/')) {
    const text = charsetText(b, where, body, ct.params.charset);
    if (text !== undefined) b.block(where, text);
    return;
  }
  await attachment(b, where, kind, mime, body, ctx);
}

/** An attached document by its kind (recursively, within the depth limit), or listed as not scanned. */
async function attachment(b: TextBuilder, where: Loc, kind: ReturnType<typeof documentKind>, mime: DocString, body: Buffer, ctx: ExtractContext) {
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

/** Header names that mail standards and clients define (shown as they are); any other name is the sender's content. */
const WELL_KNOWN = new Set(['sensitivity', 'importance', 'priority', 'x-priority', 'x-msmail-priority', 'keywords', 'comments',
  'organization', 'x-classification', 'x-security-classification', 'x-protective-marking', 'msip_labels', 'thread-topic',
  'thread-index', 'content-language', 'x-mailer', 'user-agent', 'reply-to', 'sender', 'x-original-to', 'delivered-to']);

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
    const bytes = Buffer.from(v, 'latin1');
    return firstInvalidUtf8(bytes) === bytes.length ? bytes.toString('utf8') : undefined;
  };
  const notUtf8 = new Set<string>();
  for (const [k, v] of headers) {
    const asUtf8 = utf8(v);
    if (asUtf8 === undefined) notUtf8.add(k);
    headers.set(k, asUtf8 ?? v);
  }
  // Each header's first line as written, for findings that point at the file.
  const rawLines: Part['rawLines'] = new Map();
  const lines = head.split(/\r?\n/);
  lines.forEach((line, index) => {
    const k = line.indexOf(':');
    if (k <= 0 || /^[ \t]/.test(line)) return;
    const name = line.slice(0, k).trim().toLowerCase();
    if (!rawLines.has(name)) rawLines.set(name, { line: utf8(line) ?? line, index, folded: /^[ \t]/.test(lines[index + 1] ?? '') });
  });
  return { headers, notUtf8, rawLines, raw, body };
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
  return decodeCharset(bytes, charset) ?? v;
}

/** RFC 2047 encoded words: =?charset?B|Q?…?= (adjacent encoded words join without the space between them). */
export function decodeWords(s: string, problem?: (reason: string) => void): string {
  return s
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g, (_m: string, cs: string, enc: string, data: string) => {
      const bytes = enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return decodeCharset(bytes, cs, problem) ?? _m; // as written when it cannot be decoded (and reported)
    });
}

/** The body's bytes, or undefined for a Content-Transfer-Encoding that is not known. */
function decodeTransfer(body: Buffer, enc: string): Buffer | undefined {
  if (enc === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const s = body.toString('latin1').replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(s, 'latin1');
  }
  if (enc === 'x-uuencode' || enc === 'x-uue' || enc === 'uuencode') {
    const block = UU_BEGIN.exec(body.toString('latin1'));
    return block ? uudecode(body.toString('latin1'), block.index + block[0].length) : undefined;
  }
  return enc === '' || enc === '7bit' || enc === '8bit' || enc === 'binary' ? body : undefined;
}

/** A `begin <mode> <name>` line that opens a uuencoded file. */
const UU_BEGIN = /^begin(?:-base64)? [0-7]{3,4} ([^\r\n]*)\r?\n/m;

/**
 * Uuencoded files inside a text body (how attachments travelled before MIME): each is decoded and read like an
 * attachment, since the body's own text shows only its encoded lines.
 */
async function uuencoded(b: TextBuilder, text: string, ctx: ExtractContext, prefix: Loc) {
  const re = new RegExp(UU_BEGIN.source, 'gm');
  for (let m; (m = re.exec(text)); ) {
    const where = loc`${prefix}uuencoded file in the e-mail body`;
    if (m[0].startsWith('begin-base64')) {
      b.problem(where, 'base64 file in a text body (begin-base64); not scanned');
      continue;
    }
    const bytes = uudecode(text, re.lastIndex);
    if (!bytes) {
      b.problem(where, 'uuencoded data that cannot be decoded; not scanned');
      continue;
    }
    const kind = documentKind(m[1], bytes);
    if (kind) {
      await attachment(b, where, kind, new DocString('application/octet-stream', 'MIME type of an attachment'), bytes, ctx);
      continue;
    }
    const d = decode(bytes);
    if (!d.ok) b.problem(where, d.reason);
    else {
      if (d.problem) b.problem(where, `${d.problem} (the rest was scanned)`);
      b.block(where, d.text);
    }
  }
}

/** Uuencoded lines from `from` up to `end` (or a line of one backquote/space); undefined when a line is malformed. */
function uudecode(s: string, from: number): Buffer | undefined {
  const out: number[] = [];
  let at = from;
  while (at < s.length) {
    let nl = s.indexOf('\n', at);
    if (nl < 0) nl = s.length;
    const line = s.slice(at, nl).replace(/\r$/, '');
    at = nl + 1;
    if (line === 'end') return Buffer.from(out);
    if (line === '' ) continue;
    const n = (line.charCodeAt(0) - 32) & 63;
    if (n === 0) continue;
    const need = 1 + Math.ceil(n / 3) * 4;
    if (line.length < need - 2) return undefined; // some encoders drop trailing padding characters
    const c = (k: number) => ((line.charCodeAt(k) || 32) - 32) & 63;
    for (let k = 1, got = 0; got < n; k += 4) {
      const v = (c(k) << 18) | (c(k + 1) << 12) | (c(k + 2) << 6) | c(k + 3);
      for (const byte of [v >> 16, (v >> 8) & 255, v & 255]) if (got++ < n) out.push(byte);
    }
  }
  return undefined; // no `end` line: cut short
}

/** A part's text in its declared charset; a problem (invalid bytes, NUL, unknown charset) is listed under `where`. */
function charsetText(b: TextBuilder, where: Loc, bytes: Uint8Array, charset: string | undefined): string | undefined {
  return decodeCharset(bytes, charset, (reason) => b.problem(where, reason));
}

/** Header words and parameters in their charset; undefined (after telling `problem`) when they cannot be decoded. */
function decodeCharset(bytes: Uint8Array, charset: string | undefined, problem?: (reason: string) => void): string | undefined {
  const d = decodeLabelled(bytes, charset ?? 'utf-8');
  if (!d.ok) {
    problem?.(d.reason);
    return undefined;
  }
  if (d.problem) problem?.(`${d.problem} (the rest was scanned)`);
  return d.text;
}
