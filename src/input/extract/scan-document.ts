import type { Engine } from '../../match/engine.js';
import type { Finding, Lang, Skipped } from '../../types.js';
import type { DocumentKind } from './detect.js';
import { locationAt } from './text-builder.js';
import { Unreadable } from './types.js';

/**
 * Scans a document: extract its text, scan that text, and give each finding the `location` of the part it
 * starts in. An unreadable document, or a crash inside an extractor, becomes a `skipped` entry — never a pass.
 */
export async function scanDocument(engine: Engine, kind: DocumentKind, bytes: Uint8Array, source: string, lang: Lang | undefined): Promise<{ findings: Finding[]; skipped: Skipped[] }> {
  const skipped: Skipped[] = [];
  let extracted;
  try {
    const { extractDocument } = await import('./index.js');
    extracted = await extractDocument(kind, bytes);
  } catch (e) {
    // The reason names the problem, never document content (extractors build their messages from fixed text).
    const reason = e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.name : 'error'} in the ${kind} reader); not scanned`;
    return { findings: [], skipped: [{ source, reason }] };
  }
  for (const p of extracted.problems) skipped.push({ source, reason: `${p.location}: ${p.reason}` });
  const findings = engine.scanText(extracted.text, source, { lang });
  for (const f of findings) {
    const loc = locationAt(extracted.segments, f.start);
    if (loc) f.location = loc;
  }
  return { findings, skipped };
}
