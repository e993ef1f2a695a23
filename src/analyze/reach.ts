import type { AST } from '@eslint-community/regexpp';
import type { Measurer, Target } from './measure.js';
import { anchoredAtLineStart } from './parse.js';
import { EDGE_END, EDGE_START, type literalTriggers } from './triggers.js';

/**
 * Where a regex's triggers sit, so that the engine tries the regex only at the few places a match can start
 * instead of reading whole blocks of text around each trigger:
 * - `reach`: the most units from the start of a match to the start of its trigger;
 * - `sameLine`: nothing before the trigger can be a line break, so a match starts on the trigger's own line;
 * - `lineStart`: moreover every match starts with `^` — at the start of that line, one place to try;
 * - `max`: the longest match; `oneLine`: no match holds a line break (it ends on the line it starts on).
 */
export interface TriggerReach {
  reach?: number;
  /** Each trigger's own reach, index for index with the triggers, when they differ (`info@` opens its match, the
   * `-security@` of `x-security@` may stand 30 units in): a hit is tried only as far back as its trigger allows. */
  reaches?: number[];
  max?: number;
  sameLine?: true;
  lineStart?: true;
  oneLine?: true;
  /** No letter stands right before (`wordStart`) / after (`wordEnd`) the trigger in a match: a hit glued to a
   * letter ("st" in "first") is not worth trying the regex. */
  wordStart?: true;
  wordEnd?: true;
}

/**
 * The reach of derived triggers (see literalTriggers). `on` matters for line breaks (the views have only "\n",
 * every break collapses to it; the original text has all of JavaScript's line terminators) and for letters next to
 * the trigger (read in the folded view, which stands unit for unit for the other views, not for the original).
 */
export function triggerReach(ast: AST.Pattern, m: Measurer, lits: NonNullable<ReturnType<typeof literalTriggers>>, on: Target): TriggerReach | undefined {
  if (!Number.isFinite(lits.reach) && !lits.sameLine) return undefined;
  const whole = m.sequences(ast.alternatives);
  const out: TriggerReach = {};
  if (Number.isFinite(lits.reach)) {
    out.reach = lits.reach;
    if (lits.reaches.some((r) => r !== lits.reach)) out.reaches = lits.reaches;
  }
  if (Number.isFinite(whole.max)) out.max = whole.max;
  if (lits.sameLine) out.sameLine = true;
  if (lits.sameLine && anchoredAtLineStart(ast)) out.lineStart = true;
  if (!whole.nl) out.oneLine = true;
  if (on !== 'original' && lits.edges & EDGE_START) out.wordStart = true;
  if (on !== 'original' && lits.edges & EDGE_END) out.wordEnd = true;
  return out;
}

/**
 * What the whole pattern says about where a match can start, whatever its triggers (hand-written ones, or derived
 * ones whose place in the pattern gave no reach): a match is at most `max` units long, so it starts at most `max`
 * before any trigger inside it; when no part of it can be a line break, it starts on the trigger's line (at the line
 * start, if every alternative opens with `^`). Undefined when that bounds nothing.
 */
export function wholeReach(ast: AST.Pattern, m: Measurer): TriggerReach | undefined {
  const whole = m.sequences(ast.alternatives);
  const out: TriggerReach = {};
  if (Number.isFinite(whole.max)) {
    out.reach = whole.max;
    out.max = whole.max;
  }
  if (!whole.nl) {
    out.sameLine = true;
    out.oneLine = true;
    if (anchoredAtLineStart(ast)) out.lineStart = true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
