import type { TextScanner } from '../engine/scanner.js';
import type { Finding, Lang, Skipped } from '../types.js';
import type { DocumentKind } from '../input/extract/detect.js';
import type { RestrictedPart } from '../decide/pipeline.js';
import { LineIndex } from '../normalize/lines.js';
import { segmentAt } from '../input/extract/text-builder.js';
import { type Segment, Unreadable } from '../input/extract/types.js';

/**
 * Scans a document: extract its text, scan that text, and give each finding the `location` of the part it
 * starts in. An unreadable document, or a crash inside an extractor, becomes a `skipped` entry — never a pass.
 */
export async function scanDocument(engine: TextScanner, kind: DocumentKind, bytes: Uint8Array, source: string, lang: Lang | undefined): Promise<{ findings: Finding[]; skipped: Skipped[] }> {
  const skipped: Skipped[] = [];
  let extracted;
  try {
    const { extractDocument } = await import('../input/extract/index.js');
    extracted = await extractDocument(kind, bytes);
  } catch (e) {
    // The reason names the problem, never document content: extractors build reasons from fixed text, and any name
    // from inside the document is a DocString (see types.ts), rendered masked.
    const reason = e instanceof Unreadable ? e.reason : `could not be read (${e instanceof Error ? e.name : 'error'} in the ${kind} reader); not scanned`;
    return { findings: [], skipped: [{ source, reason }] };
  }
  for (const p of extracted.problems) skipped.push({ source, reason: `${p.location}: ${p.reason}` });
  // Parts that count only for some categories are decision step 3 (decide/pipeline.ts), run by the post-filter stage
  // before the baseline sees the findings.
  const parts = extracted.segments.filter((s): s is Segment & RestrictedPart => s.only !== undefined);
  const findings = engine.scanText(extracted.text, source, { lang, document: true, ...(parts.length > 0 ? { parts } : {}) });
  let lines: LineIndex | undefined;
  const fromRestricted = new Set<Finding>();
  for (const f of findings) {
    const seg = segmentAt(extracted.segments, f.start);
    if (!seg) continue;
    f.location = seg.location;
    if (seg.only) fromRestricted.add(f);
    if (seg.origin && f.end <= seg.end) toFile(f, seg, (lines ??= new LineIndex(extracted.text)));
  }
  return { findings: fromRestricted.size > 0 ? withoutRereadings(findings, fromRestricted) : findings, skipped };
}

/**
 * A part read a second time for some categories only (an e-mail header's value alone, after "Name: value") adds
 * nothing where the full reading already found that category at that location: one finding, not two.
 */
function withoutRereadings(findings: Finding[], fromRestricted: Set<Finding>): Finding[] {
  const seen = new Set<string>();
  for (const f of findings) if (!fromRestricted.has(f)) seen.add(`${f.location}\u0000${f.category}`);
  return findings.filter((f) => !fromRestricted.has(f) || !seen.has(`${f.location}\u0000${f.category}`));
}

/**
 * A finding inside a segment that is the file's own text (an e-mail's plain body or header): its line and column
 * in the file. Lines run in step; on the segment's first line, columns are shifted by where the segment starts.
 */
function toFile(f: Finding, seg: Segment, lines: LineIndex): void {
  const at = lines.position(seg.start);
  const map = (line: number, column: number) =>
    line === at.line ? { line: seg.origin!.line, column: seg.origin!.column + column - at.column } : { line: seg.origin!.line + line - at.line, column };
  const a = map(f.line, f.column);
  const b = map(f.endLine, f.endColumn);
  f.line = a.line;
  f.column = a.column;
  f.endLine = b.line;
  f.endColumn = b.column;
}
