import { decode } from '../decode/decode.js';
import { usageError } from '../i18n/index.js';
import { documentKind } from '../input/extract/detect.js';

/**
 * A binary document (Word, OpenDocument, PDF, legacy Office) redacted to text: its extracted text, the same text
 * `scan` checks, or undefined when the input is not such a document (text, CSV, HTML and e-mail are redacted as
 * they are, byte for byte outside the cuts). A document that cannot be read whole is refused: a redacted text
 * missing an unreadable part would look complete.
 */
export async function documentText(bytes: Uint8Array, source: string): Promise<string | undefined> {
  if (decode(bytes).ok) return undefined;
  const kind = documentKind(source, bytes);
  if (!kind) return undefined;
  const { extractDocument, Unreadable } = await import('../input/extract/index.js');
  let extracted;
  try {
    extracted = await extractDocument(kind, bytes);
  } catch (e) {
    const reason = e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.name : 'error'} in the ${kind} reader)`;
    throw usageError('redactUnreadable', { path: source, reason });
  }
  const p = extracted.problems[0];
  if (p) throw usageError('redactPart', { path: source, location: p.location, reason: p.reason });
  return extracted.text;
}
