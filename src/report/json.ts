import type { Finding, ScanResult } from '../types.js';

/** The contract's JSON document: internal fields (offsets) are dropped, field order is fixed. */
export function formatJson(r: ScanResult): string {
  const doc = {
    version: r.version,
    verdict: r.verdict,
    findings: r.findings.map(findingJson),
    skipped: r.skipped,
    // Additive: waived findings (inline ignores, baseline) and warnings, only when there are some.
    ...(r.suppressed?.length ? { suppressed: r.suppressed.map((f) => ({ ...findingJson(f), suppressedBy: f.suppressedBy, ...(f.reason ? { reason: f.reason } : {}) })) } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {}),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

function findingJson(f: Finding) {
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
