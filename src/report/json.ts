import type { Finding, ScanResult } from '../types.js';

/** The contract's JSON document: internal fields (offsets) are dropped, field order is fixed. With `verbose`, the
 * ignored and not-followed entries that `summary` counts are listed by name. */
export function formatJson(r: ScanResult, opts: { verbose?: boolean } = {}): string {
  const doc = {
    version: r.version,
    verdict: r.verdict,
    // Additive: a verdict of "pass" over inputs that could not be read is not a pass; `complete` says so.
    complete: r.complete ?? r.skipped.length === 0,
    findings: r.findings.map(findingJson),
    skipped: r.skipped,
    // Additive: waived findings (inline ignores, baseline) and warnings, only when there are some.
    ...(r.suppressed?.length ? { suppressed: r.suppressed.map((f) => ({ ...findingJson(f), suppressedBy: f.suppressedBy, ...(f.reason ? { reason: f.reason } : {}) })) } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {}),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(opts.verbose && r.ignored?.length ? { ignored: r.ignored } : {}),
    ...(opts.verbose && r.notFollowed?.length ? { notFollowed: r.notFollowed } : {}),
    ...(r.tool ? { tool: r.tool } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

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
