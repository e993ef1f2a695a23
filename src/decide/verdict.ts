import type { Finding, ScanResult, Severity, Skipped, Verdict } from '../types.js';
import { severityRank } from '../types.js';

// Decision steps 6–7 (see pipeline.ts): severity, then the verdict, the report order and the exit code.

/** Step 6: the findings at or above the failing severity (`--fail-on`, the config's failOn). */
export function failing(findings: Finding[], failOn: Severity): Finding[] {
  return findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
}

/**
 * The exit code of a check, the same for every command that scans: 2 when something could not be checked (unless
 * the person allowed it), 1 when a finding is at or above the failing severity, else 0.
 */
export function exitCode(r: { findings: Finding[]; skipped: Skipped[] }, failOn: Severity, allowSkipped = false): 0 | 1 | 2 {
  if (r.skipped.length > 0 && !allowSkipped) return 2;
  return failing(r.findings, failOn).length > 0 ? 1 : 0;
}

/** Step 7: the contract's result of a scan: findings in report order, and the verdict of the most severe one. */
export function result(findings: Finding[], skipped: Skipped[]): ScanResult {
  findings.sort(compareFindings);
  let worst = -1;
  for (const f of findings) worst = Math.max(worst, severityRank(f.severity));
  const verdict: Verdict = worst >= severityRank('block') ? 'block' : worst >= severityRank('warn') ? 'warn' : 'pass';
  return { version: 1, verdict, findings, skipped };
}

/** The report order, the one comparator of findings (and of suppressed findings): source, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
