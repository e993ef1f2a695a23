import type { Candidate } from '../match/candidates.js';
import type { LineIndex } from '../normalize/lines.js';
import type { Finding, SuppressedFinding } from '../types.js';
import { dedupe } from './dedupe.js';
import { withoutLevelLists } from './level-lists.js';
import { applyInlineIgnores, type IgnoreProblem } from './suppressions.js';

/*
 * The decision pipeline: what turns matched candidates into a verdict, as one ordered list of pure steps. Each step
 * takes what the step before it kept; what a step moves aside is returned, never kept in a hidden place.
 *
 * Per text, in the engine (candidates, offsets into the text):
 *   1. dedupe: one finding per place and category (dedupe.ts);
 *   2. level lists: markings standing in a list of three or more levels are dropped (level-lists.ts).
 * Per text, after matching and every scanner stage (the whole text's findings, fingerprints included) — decideText:
 *   3. category filter: parts of a document that count only for some categories (an e-mail's transport headers);
 *   4. inline ignores: `promptgate-ignore…` markers of a plain text, never of a document's text (suppressions.ts);
 *   5. baseline: findings the baseline accepted (never a classification marking: see baseline/baseline.ts).
 * Per run (verdict.ts):
 *   6. severity: the findings at or above the failing severity (failing);
 *   7. verdict and report order: one comparator (compareFindings), the verdict of the most severe finding (result),
 *      the exit code (exitCode).
 */

/** Steps 1–2, on one text's accepted candidates. */
export function decideCandidates(cands: Candidate[], lines: LineIndex, text: string): Candidate[] {
  return withoutLevelLists(dedupe(cands), lines, text);
}

/** A part of a scanned text whose findings count only for some categories (see input/extract/types.ts `Segment`). */
export interface RestrictedPart {
  start: number;
  end: number;
  only: readonly string[];
}

export interface TextDecisionOptions {
  /** Step 3: the text's restricted parts (a finding counts by the part it starts in). */
  parts?: readonly RestrictedPart[];
  /** Step 4: whether the text's own markers count (a plain text read as it is: not a document's extracted text). */
  inlineIgnores?: boolean;
  /** The lines before the text when it is a segment of a longer input (its markers count from its start). */
  lineBase?: number;
  /** Step 5: whether the baseline accepts a finding. */
  baselined?: (f: Finding) => boolean;
}

export interface TextDecision {
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Inline markers written wrong (they waive nothing), with their line. */
  problems: IgnoreProblem[];
}

/** Steps 3–5, on the findings of one scanned text. */
export function decideText(found: Finding[], text: string, o: TextDecisionOptions): TextDecision {
  let kept = o.parts && o.parts.length > 0 ? inAllowedCategories(found, o.parts) : found;
  const suppressed: SuppressedFinding[] = [];
  let problems: IgnoreProblem[] = [];
  if (o.inlineIgnores) {
    const r = applyInlineIgnores(kept, text, o.lineBase ?? 0);
    kept = r.kept;
    problems = r.problems;
    for (const s of r.suppressed) suppressed.push({ ...s.finding, suppressedBy: 'inline', reason: s.reason });
  }
  if (o.baselined) {
    const still: Finding[] = [];
    for (const f of kept) {
      if (o.baselined(f)) suppressed.push({ ...f, suppressedBy: 'baseline' });
      else still.push(f);
    }
    kept = still;
  }
  return { kept, suppressed, problems };
}

/** Step 3: drops the findings that start in a part that does not count for their category (parts are few: an
 * e-mail's transport headers). */
export function inAllowedCategories(found: Finding[], parts: readonly RestrictedPart[]): Finding[] {
  return found.filter((f) => {
    const part = parts.find((p) => f.start >= p.start && f.start < p.end);
    return !part || part.only.includes(f.category);
  });
}
