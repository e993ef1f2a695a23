import type { ScanResult } from '../types.js';

/** The contract's JSON document: internal fields (offsets) are dropped, field order is fixed. */
export function formatJson(r: ScanResult): string {
  const doc = {
    version: r.version,
    verdict: r.verdict,
    findings: r.findings.map((f) => ({
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
    })),
    skipped: r.skipped,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
