/**
 * Bytes → text, failing closed: a BOM picks the encoding; UTF-16 without a BOM is recognised by its zero
 * bytes; anything else must be UTF-8. Binary content is refused (not "clean"), and invalid UTF-8 is decoded
 * with replacement characters and reported, because a bad byte inside a keyword would hide it.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; problem?: string }
  | { ok: false; reason: string };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(buf: Uint8Array): Decoded {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(buf.subarray(3));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return utf16(buf.subarray(2), 'utf-16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return utf16(buf.subarray(2), 'utf-16be');
  const sniff = sniffUtf16(buf);
  if (sniff) return utf16(buf, sniff);
  if (looksBinary(buf)) return { ok: false, reason: 'binary content (not text); not scanned' };
  return utf8(buf);
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

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= buf.length || (buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}

/** The encoding of a stream, judged from its first bytes the same way `decode` judges a whole buffer. */
export function sniffEncoding(head: Uint8Array): { ok: true; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } | { ok: false; reason: string } {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { ok: true, encoding: 'utf-8', bom: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'utf-16le', bom: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'utf-16be', bom: 2 };
  const sniff = sniffUtf16(head);
  if (sniff) return { ok: true, encoding: sniff, bom: 0 };
  if (looksBinary(head)) return { ok: false, reason: 'binary content (not text); not scanned' };
  return { ok: true, encoding: 'utf-8', bom: 0 };
}
