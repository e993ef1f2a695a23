import { decode, type Encoding } from '../decode/decode.js';
import { usageError } from '../i18n/index.js';

/** How the input bytes were written, so the output can be written the same way (byte for byte outside the cuts). */
export interface TextForm {
  encoding: Encoding;
  bom: boolean;
}

/**
 * Decodes input like `scan` does, but refuses what cannot be written back unchanged: binary content, and text with
 * invalid bytes (the replacement characters would change the bytes, and the bad spot could hide a keyword).
 */
export function decodeText(bytes: Uint8Array, source: string): { text: string; form: TextForm } {
  const d = decode(bytes);
  if (!d.ok) throw usageError('redactPlainOnly', { path: source, reason: d.reason });
  if (d.problem) throw usageError('redactUnreadable', { path: source, reason: d.problem });
  const bom =
    d.encoding === 'utf-8' ? bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    : d.encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe
    : d.encoding === 'utf-16be' ? bytes[0] === 0xfe && bytes[1] === 0xff
    : true; // UTF-32 is recognised by its BOM only
  return { text: d.text, form: { encoding: d.encoding, bom } };
}

export function encodeText(text: string, form: TextForm): Buffer {
  if (form.encoding === 'utf-8') return Buffer.from((form.bom ? '\ufeff' : '') + text, 'utf8');
  if (form.encoding === 'utf-32le' || form.encoding === 'utf-32be') return utf32((form.bom ? '\ufeff' : '') + text, form.encoding === 'utf-32le');
  const le = Buffer.from((form.bom ? '\ufeff' : '') + text, 'utf16le');
  return form.encoding === 'utf-16le' ? le : le.swap16();
}

function utf32(text: string, le: boolean): Buffer {
  const out = Buffer.alloc(text.length * 4);
  let o = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (le) out.writeUInt32LE(cp, o);
    else out.writeUInt32BE(cp, o);
    o += 4;
  }
  return out.subarray(0, o);
}
