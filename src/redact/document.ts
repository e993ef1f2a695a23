import { decode } from '../decode/decode.js';
import { UsageError } from '../errors.js';
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
    throw new UsageError(`${source}: ${reason}; nothing was redacted`);
  }
  const p = extracted.problems[0];
  if (p) throw new UsageError(`${source}: ${p.location}: ${p.reason}; a part of the document cannot be read, so nothing was redacted`);
  return extracted.text;
}
