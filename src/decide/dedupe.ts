import type { Candidate } from '../match/candidates.js';
import { severityRank } from '../types.js';

/**
 * One finding per place and category: overlapping candidates of the same category collapse into the most
 * severe, then the longest, then the first rule. Different categories at one place are all kept.
 */
export function dedupe(cands: Candidate[]): Candidate[] {
  cands.sort((a, b) => a.os - b.os || b.oe - a.oe || a.rule.id.localeCompare(b.rule.id));
  const lastByCategory = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of cands) {
    const prev = lastByCategory.get(c.rule.category);
    if (prev && c.os < prev.oe) {
      if (better(c, prev)) {
        out[out.indexOf(prev)] = c;
        lastByCategory.set(c.rule.category, c);
      }
      continue;
    }
    out.push(c);
    lastByCategory.set(c.rule.category, c);
  }
  return out;
}

function better(a: Candidate, b: Candidate): boolean {
  const s = severityRank(a.rule.severity) - severityRank(b.rule.severity);
  if (s !== 0) return s > 0;
  return a.oe - a.os > b.oe - b.os;
}
