/**
 * Bytes → text, failing closed: a BOM picks the encoding (UTF-32 before UTF-16: `FF FE 00 00` is UTF-32 LE);
 * UTF-16 without a BOM is recognised by its zero bytes; anything else must be UTF-8. Binary content is refused
 * (not "clean"): a NUL anywhere in the text makes it binary, since a NUL inside a number or a keyword hides it.
 * Invalid UTF-8 is decoded with replacement characters and reported, because a bad byte inside a keyword would
 * hide it.
 */
import { damageReason, questionMarkDamage } from './damaged.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; problem?: string }
  | { ok: false; reason: string };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(buf: Uint8Array): Decoded {
  const bom = byteOrderMark(buf);
  let d: Decoded;
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') d = utf32(buf.subarray(4), bom.encoding);
  else if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') d = utf16(buf.subarray(2), bom.encoding);
  else if (bom) d = utf8(buf.subarray(3));
  else {
    const sniff = sniffUtf16(buf);
    if (sniff) d = utf16(buf, sniff);
    else {
      const binary = binaryReason(buf, 0);
      if (binary) return { ok: false, reason: binary };
      return withDamage(utf8(buf));
    }
  }
  // UTF-16 and UTF-32 hold zero bytes by design: a NUL there is a U+0000 character.
  if (d.ok && d.encoding !== 'utf-8') {
    const nul = d.text.indexOf('\0');
    if (nul >= 0) return { ok: false, reason: nulReason(`character ${nul + 1}`) };
  }
  return withDamage(d);
}

/** Text whose letters a legacy code page turned into "?" is decoded, but reported as a problem (never a pass). */
function withDamage(d: Decoded): Decoded {
  if (!d.ok || d.problem) return d;
  const damage = questionMarkDamage(d.text);
  return damage ? { ...d, problem: damageReason(damage) } : d;
}

/** The encoding a byte-order mark names, and the mark's length. `FF FE 00 00` is UTF-32 LE, not UTF-16 LE. */
function byteOrderMark(buf: Uint8Array): { encoding: Encoding; bom: number } | undefined {
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) return { encoding: 'utf-32le', bom: 4 };
  if (buf.length >= 4 && buf[0] === 0 && buf[1] === 0 && buf[2] === 0xfe && buf[3] === 0xff) return { encoding: 'utf-32be', bom: 4 };
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return undefined;
}

/** The reason for refusing text that holds a NUL (`where`: "byte 9012", "character 17"). */
export function nulReason(where: string): string {
  return `binary content (a NUL at ${where}, not text); not scanned`;
}

function utf8(buf: Uint8Array): Decoded {
  try {
    return { ok: true, text: utf8Fatal.decode(buf), encoding: 'utf-8' };
  } catch {
    const at = firstInvalidUtf8(buf);
    return {
      ok: true,
      text: utf8Lenient.decode(buf),
      encoding: 'utf-8',
      problem: `invalid UTF-8 at byte ${at}; decoded with replacement characters, so words around it may be unreadable`,
    };
  }
}

/** UTF-32 (by its BOM): each 4-byte unit a code point; positions are then those of the decoded text, as for UTF-16. */
function utf32(buf: Uint8Array, enc: 'utf-32le' | 'utf-32be'): Decoded {
  const n = buf.length >> 2;
  const units: number[] = [];
  const parts: string[] = [];
  let bad = -1;
  for (let i = 0; i < n; i++) {
    const o = i * 4;
    const cp = enc === 'utf-32le'
      ? (buf[o] | (buf[o + 1] << 8) | (buf[o + 2] << 16) | (buf[o + 3] << 24)) >>> 0
      : ((buf[o] << 24) | (buf[o + 1] << 16) | (buf[o + 2] << 8) | buf[o + 3]) >>> 0;
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (bad < 0) bad = o + 4;
      units.push(0xfffd);
    } else if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length >= 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  const label = enc === 'utf-32le' ? 'UTF-32 LE' : 'UTF-32 BE';
  const problem = bad >= 0
    ? `invalid ${label} at byte ${bad} (not a Unicode code point); decoded with replacement characters, so words around it may be unreadable`
    : buf.length % 4 !== 0 ? `${label} text whose length is not a multiple of 4 bytes; the last ${buf.length % 4} byte(s) were ignored` : undefined;
  return { ok: true, text: parts.join(''), encoding: enc, ...(problem ? { problem } : {}) };
}

function utf16(buf: Uint8Array, enc: 'utf-16le' | 'utf-16be'): Decoded {
  let bytes = buf;
  let problem: string | undefined;
  if (bytes.length % 2 === 1) {
    bytes = bytes.subarray(0, bytes.length - 1);
    problem = 'odd number of bytes in UTF-16 text; the last byte was ignored';
  }
  if (enc === 'utf-16be') {
    const swapped = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1];
      swapped[i + 1] = bytes[i];
    }
    bytes = swapped;
  }
  try {
    const text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: enc, problem };
  } catch {
    const text = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding: enc, problem: 'invalid UTF-16 (unpaired surrogates); decoded with replacement characters' };
  }
}

/** UTF-16 without BOM (PowerShell `Out-File`, Windows tools): most of one byte lane is zero, the other is not. */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Why bytes meant as UTF-8 are binary, or undefined: a NUL anywhere (not only near the start), or many control
 * characters in the first 8 KB. `base` is the offset of `buf[0]` in the file, for the message.
 */
export function binaryReason(buf: Uint8Array, base: number, head = base === 0): string | undefined {
  const nul = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(0);
  if (nul >= 0) return nulReason(`byte ${base + nul}`);
  if (!head) return undefined;
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary content (not text); not scanned' : undefined;
}

/**
 * The offset of the first byte that is not part of a well-formed UTF-8 sequence (second-byte ranges as in the
 * Unicode standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); `buf.length` when all
 * are well formed. A sequence cut by the end of `buf` counts as ill-formed at its first byte.
 */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (need > 0 && (i + 1 >= buf.length || buf[i + 1] < lo || buf[i + 1] > hi)) return i;
    for (let k = 2; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** The encoding of a stream, judged from its first bytes the same way `decode` judges a whole buffer. */
export function sniffEncoding(head: Uint8Array): { ok: true; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } | { ok: false; reason: string } {
  const bom = byteOrderMark(head);
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') {
    return { ok: false, reason: `${bom.encoding === 'utf-32le' ? 'UTF-32 LE' : 'UTF-32 BE'} text is read only up to the streaming size (32 MB); not scanned — save it as UTF-8` };
  }
  if (bom) return { ok: true, encoding: bom.encoding as 'utf-8' | 'utf-16le' | 'utf-16be', bom: bom.bom };
  const sniff = sniffUtf16(head);
  if (sniff) return { ok: true, encoding: sniff, bom: 0 };
  const binary = binaryReason(head, 0);
  if (binary) return { ok: false, reason: binary };
  return { ok: true, encoding: 'utf-8', bom: 0 };
}

export type Labelled = { ok: true; text: string; problem?: string } | { ok: false; reason: string };

/**
 * Bytes in the character set a document declares (an e-mail part's `charset=`, an HTML `<meta charset>`), decoded
 * strictly: invalid bytes are decoded with replacement characters and reported, a NUL makes the part binary, and a
 * label no decoder knows (UTF-7, the ISO-2022 family) is reported, never read as UTF-8: its bytes are read one by one
 * (Latin-1), so the ASCII words in it are still matched. The label comes from inside the document, so it is not
 * repeated in the reason.
 */
export function decodeLabelled(bytes: Uint8Array, label: string): Labelled {
  const cs = label.trim().toLowerCase();
  let d: Labelled;
  if (cs === 'utf-8' || cs === 'utf8' || cs === 'us-ascii' || cs === 'ascii') {
    // US-ASCII text with 8-bit bytes is read as UTF-8, what mail clients do; WHATWG would read it as windows-1252.
    const nul = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(0);
    if (nul >= 0) return { ok: false, reason: nulReason(`byte ${nul}`) };
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    d = utf8(bytes.subarray(bom));
  } else {
    let fatal: InstanceType<typeof TextDecoder> | undefined;
    try {
      fatal = new TextDecoder(cs, { fatal: true });
    } catch {
      fatal = undefined;
    }
    if (!fatal) {
      d = {
        ok: true,
        text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
        problem: 'declared in a character set that cannot be decoded (not UTF-8 or an encoding of the WHATWG Encoding Standard, e.g. UTF-7); read byte by byte, so only its ASCII words are readable',
      };
    } else {
      try {
        d = { ok: true, text: fatal.decode(bytes) };
      } catch {
        d = { ok: true, text: new TextDecoder(cs).decode(bytes), problem: `invalid bytes for its declared character set (${fatal.encoding}); decoded with replacement characters, so words around them may be unreadable` };
      }
    }
    const nul = d.text.indexOf('\0');
    if (nul >= 0) return { ok: false, reason: nulReason(`character ${nul + 1}`) };
  }
  return d;
}
