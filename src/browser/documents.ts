import { documentKind } from '../input/extract/detect.js';
import { extractDocument } from '../input/extract/index.js';
import { DEFAULT_CONTEXT, Unreadable } from '../input/extract/types.js';
import { inflatePending, resetInflations } from './inflate.js';

export type DocumentText = { ok: true; text: string } | { ok: false; reason: string };

/** Rounds of "inflate what was asked for, read again": more than any real package needs (one per part read). */
const MAX_ROUNDS = 2000;

/**
 * A document attached in a browser (OOXML, ODF, HTML, RTF, CSV, e-mail) read by the project's own readers
 * (input/extract/), as the CLI reads it: undefined when the bytes and the name are of no document kind (plain text
 * is the caller's), else its text, or the reason it cannot be checked — an unreadable part counts, as it makes the
 * CLI's result incomplete. The readers inflate synchronously; in a browser inflation is asynchronous, so each run
 * of the reader that asks for new zip entries is followed by inflating them and another run (see inflate.ts).
 * Only in the extension's bundle, which maps `node:zlib` to inflate.ts; PDF is read only in its background bundle.
 */
export async function readDocument(name: string, bytes: Uint8Array): Promise<DocumentText | undefined> {
  const kind = documentKind(name, bytes);
  if (!kind) return undefined;
  resetInflations();
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let outcome: DocumentText;
      try {
        const r = await extractDocument(kind, bytes, DEFAULT_CONTEXT);
        outcome = r.problems.length > 0
          ? { ok: false, reason: r.problems.map((p) => `${p.location}: ${p.reason}`).join('; ') }
          : { ok: true, text: r.text };
      } catch (e) {
        outcome = { ok: false, reason: e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.message : String(e)})` };
      }
      if (!(await inflatePending())) return outcome;
    }
    return { ok: false, reason: 'too many parts to read' };
  } finally {
    resetInflations();
  }
}
