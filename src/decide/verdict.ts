import type { Finding, ScanResult, Skipped, Verdict } from '../types.js';
import { severityRank } from '../types.js';

/** The contract's result of a scan: findings in report order, and the verdict of the most severe one. */
export function result(findings: Finding[], skipped: Skipped[]): ScanResult {
  findings.sort(compareFindings);
  let worst = -1;
  for (const f of findings) worst = Math.max(worst, severityRank(f.severity));
  const verdict: Verdict = worst >= severityRank('block') ? 'block' : worst >= severityRank('warn') ? 'warn' : 'pass';
  return { version: 1, verdict, findings, skipped };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
