import { platform } from '../engine/platform.js';
import { firstRun } from './runs.js';

/**
 * Base64 blobs pasted into a prompt (an attachment, a config dump) hide their text from every rule. A blob
 * of at least MIN_CHARS base64 characters (line-wrapped or not) that decodes to readable UTF-8 text is handed
 * back for scanning; binary content (images, keys, hashes) is left alone.
 */

const MIN_CHARS = 40;
// Starts at the character before the blob (or the text start): a leading negated class is cheaper to scan for
// than a lookbehind at every position.
const BLOB_RE = /(?:^|[^A-Za-z0-9+/=_-])([A-Za-z0-9+/]{16,}(?:\r?\n[A-Za-z0-9+/]{4,})*={0,2})(?![A-Za-z0-9+/=_-])/g;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface DecodedBlob {
  /** The blob's original range. */
  start: number;
  end: number;
  text: string;
}

/** Base64 characters (A-Z a-z 0-9 + /), by ASCII code. */
const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[c.charCodeAt(0)] = 1;

const isB64 = (c: number) => c < 128 && B64[c] === 1;

/**
 * The next blob match at or after `from`: a plain loop finds the first run of 16 base64 characters (memchr-like; the
 * regex would try at every word start of the prose), and the regex starts one character before that run — no match
 * can start earlier, as each holds such a run right after its first character. (firstRun reads every 16th unit
 * only.)
 */
function nextBlob(original: string, from: number): RegExpExecArray | null {
  const run = firstRun(original, from, 16, isB64);
  if (run < 0) return null;
  BLOB_RE.lastIndex = Math.max(from, run - 1);
  return BLOB_RE.exec(original);
}

export function base64Texts(original: string, maxBlobs = 100): DecodedBlob[] {
  const out: DecodedBlob[] = [];
  let m: RegExpExecArray | null;
  for (let from = 0; out.length < maxBlobs && (m = nextBlob(original, from)) !== null; ) {
    from = BLOB_RE.lastIndex;
    const blob = m[1];
    const at = m.index + m[0].length - blob.length;
    const b64 = blob.replace(/\r?\n/g, '');
    if (b64.length < MIN_CHARS) continue;
    // Real base64 mixes cases and digits; a long run of one kind is an identifier or a word, not a blob.
    if (!/[a-z]/.test(b64) || !/[A-Z]/.test(b64) || !/[0-9+/]/.test(b64)) continue;
    if (b64.replace(/=+$/, '').length % 4 === 1) continue;
    let text = readable(platform().base64(b64));
    let end = at + blob.length;
    if (text === undefined && /\n/.test(blob)) {
      // The last line may be a word after a wrapped blob ("…QK\nThanks"): try once without it.
      const cut = blob.replace(/\r?\n[^\n]*$/, '');
      text = readable(platform().base64(cut.replace(/\r?\n/g, '')));
      end = at + cut.length;
    }
    if (text !== undefined) out.push({ start: at, end, text });
  }
  return out;
}

/** UTF-8 text with hardly any control characters, or undefined. */
function readable(bytes: Uint8Array): string | undefined {
  if (bytes.length < 16) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad * 50 <= text.length ? text : undefined;
}
