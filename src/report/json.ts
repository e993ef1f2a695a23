import type { Finding, ScanResult } from '../types.js';

/** The contract's JSON document: internal fields (offsets) are dropped, field order is fixed. With `verbose`, the
 * ignored and not-followed entries that `summary` counts are listed by name. */
export function formatJson(r: ScanResult, opts: { verbose?: boolean } = {}): string {
  return [...jsonParts(r, opts)].join('');
}

/** Findings per piece of jsonParts. */
const FINDINGS_PER_PART = 256;

/**
 * The same document as formatJson, in pieces whose concatenation is exactly its text: the head, the findings a few
 * hundred at a time, the rest. A large input's report (tens of thousands of findings) is written piece by piece
 * instead of being made as one string and its copies (#21: that string was the peak of a 200 MB scan's memory).
 */
export function* jsonParts(r: ScanResult, opts: { verbose?: boolean } = {}): Generator<string> {
  const doc = {
    version: r.version,
    verdict: r.verdict,
    // Additive: a verdict of "pass" over inputs that could not be read is not a pass; `complete` says so.
    complete: r.complete ?? r.skipped.length === 0,
    findings: PLACE,
    skipped: r.skipped,
    // Additive: waived findings (inline ignores, baseline) and warnings, only when there are some.
    ...(r.suppressed?.length ? { suppressed: r.suppressed.map((f) => ({ ...findingJson(f), suppressedBy: f.suppressedBy, ...(f.reason ? { reason: f.reason } : {}) })) } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {}),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(opts.verbose && r.ignored?.length ? { ignored: r.ignored } : {}),
    ...(opts.verbose && r.notFollowed?.length ? { notFollowed: r.notFollowed } : {}),
    ...(r.tool ? { tool: r.tool } : {}),
  };
  // The document with a number in place of the findings (a number is written bare, so its place is found by the
  // key before it: the key is the fourth, after three values that cannot hold it).
  const text = JSON.stringify(doc, null, 2);
  const at = text.indexOf(`\n  "findings": ${PLACE}`) + `\n  "findings": `.length;
  yield text.slice(0, at);
  if (r.findings.length === 0) yield '[]';
  for (let k = 0; k < r.findings.length; k += FINDINGS_PER_PART) {
    // Each finding as it stands at depth 2 of the document: its lines indented by four more spaces (line breaks
    // inside strings are escaped, so every line break is the layout's).
    const items = r.findings.slice(k, k + FINDINGS_PER_PART).map((f) => '    ' + JSON.stringify(findingJson(f), null, 2).replace(/\n/g, '\n    '));
    yield (k === 0 ? '[\n' : ',\n') + items.join(',\n') + (k + FINDINGS_PER_PART >= r.findings.length ? '\n  ]' : '');
  }
  yield text.slice(at + String(PLACE).length) + '\n';
}

/** Stands for the findings while the rest of the document is written (see jsonParts). */
const PLACE = 0;

export function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    source: f.source,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    excerpt: f.excerpt,
    message: f.message,
    ...(f.location ? { location: f.location } : {}),
    ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
  };
}
