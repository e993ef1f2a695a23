import type { AST } from '@eslint-community/regexpp';
import { normalizeTerm } from '../normalize/view.js';
import { type DigitNeed, digitNeed } from './digits.js';
import { type Measurer, measurer, type Target } from './measure.js';
import { parse } from './parse.js';
import { type TriggerReach, triggerReach, wholeReach } from './reach.js';
import { fencedOf, type Opening, openingOf } from './opening.js';
import { type StartUnits, startUnits } from './starts.js';
import { afterLiterals, beforeLiterals, exactLiterals, literalTriggers, type PrunableGroup, prunableGroups, requiredLiterals } from './triggers.js';

/**
 * The prefilters of one pattern, derived once from its syntax when the rule is compiled: at build time for the
 * built-in rules (stored in the rule cache, rules/builtin-cache.ts), on first need for rules written by users
 * (rules/compile.ts). The engine only reads them (match/candidates.ts, match/ranges.ts).
 */
export interface PatternAnalysis {
  /** Folded literals of which every match holds one (hand-written ones win over derived ones). */
  triggers?: string[];
  /** Where a match starts relative to its trigger (reach.ts). */
  reach?: TriggerReach;
  /** The group of digits every match holds (digits.ts). */
  digits?: DigitNeed;
  /** The units a match can start with (starts.ts). */
  starts?: StartUnits;
  /** For a pattern with a digit group: no unit of `starts.ascii` stands in a match between its first unit and its
   * first ASCII digit, and every match holds one (opening.ts fencedOf): a place with such a unit between it and the
   * next digit is no start (match/candidates.ts probe). */
  fenced?: true;
  /** More sets of folded literals of which every match holds one, besides the triggers (triggers.ts
   * requiredLiterals): a short text lacking all of one set cannot match. */
  needs?: string[][];
  /** Sets of folded literals of which every match holds one within itself (what its lookarounds read not counted),
   * for a pattern whose reach bounds where its matches lie around a trigger (`reach` and `max`): on a long text a
   * trigger hit is tried only when the stretch of its line a match can cover holds a member of each set (a
   * `password` hit without the `(` and `,` of `set("password", "…")` on its line, match/candidates.ts). */
  inside?: string[][];
  /** Nothing the pattern reads, its lookarounds included, can be a line break: a match and all it looks at lie on its
   * trigger's line, so `needs` hold on that line (a `so` hit on a line without the `|` a table-cell pattern asks
   * for is not worth a try, match/candidates.ts). */
  inLine?: true;
  /** Sets of caseless ASCII characters as written (a column separator, a tab) of which every match holds one on its
   * trigger's line between the line's start and the trigger (triggers.ts beforeLiterals): a short text is asked for
   * them at each trigger before the regex is compiled (match/candidates.ts). */
  before?: string[][];
  /** Sets of folded literals of which every match holds one on its trigger's line from the trigger's start on
   * (triggers.ts afterLiterals): a short text is asked for them at each trigger before the regex is compiled
   * (match/candidates.ts). */
  after?: string[][];
  /** For a pattern that reads case as written (no `i` flag): sets of literals as written of which every match holds
   * one in the string the pattern reads (triggers.ts exactLiterals) — "MẬT" where `needs` can only ask for "mat". */
  exact?: string[][];
  /** The groups whose alternatives a short text may leave out (triggers.ts prunableGroups; the engine uses them for
   * built-in rules): in the rule cache's second file (see `more`), parsed only for the patterns a text runs
   * (rules/compile.ts); JSON text in caches written before session 13. */
  prune?: PrunableGroup[] | string;
  /** In the rule cache: where this pattern's piece — its source, `bmp`, `exact`, `prune`… — starts in its second file
   * (a line of JSON: rules/builtin-cache.ts, read for the patterns a short text wakes, rules/compile.ts), instead of
   * themselves. */
  more?: number;
  /** Where its Unicode property escapes are (bmp.ts): set by the build for built-in rules only. */
  bmp?: number[];
  /** For a pattern on the view's text with neither triggers nor a digit group: the classes of its matches' first
   * units (opening.ts), which the byte kernel marks in a long text's windows so that it runs only there. */
  opening?: Opening;
}

/**
 * The one derivation of a pattern's prefilters. `flags` are the regex's own flags as it is run (without `u`, which
 * the analysis adds); `hand`: the rule author's triggers, already folded.
 */
/** `limit`: the most literals a trigger set may hold (triggers.ts MAX_TRIGGERS; a test asks with no bound). */
export function analyzePattern(source: string, flags: string, on: Target, hand?: string[], limit?: number): PatternAnalysis {
  const f = 'u' + flags.replace(/[dguy]/g, '');
  const ast = parse(source, f);
  if (!ast) return hand ? { triggers: hand } : {};
  const out: PatternAnalysis = {};
  const m = measurer(f, on);
  if (hand) {
    out.triggers = hand;
    // Where every literal the pattern's own analysis finds holds one of the hand-written triggers (is one, or has one
    // inside: "drivermanager.getconnection" holds "getconnection" 13 units in), every match holds a hand-written
    // trigger within the derived reach plus that offset; without this the whole pattern's length was their reach
    // (#21: a "password" hit was read 330 units back instead of 29).
    const lits = literalTriggers(ast, m, limit);
    const reach = lits && triggerReach(ast, m, lits, on);
    if (lits && reach) {
      const own = hand.map(() => -1);
      let same = true; // every derived literal is itself a hand-written trigger
      for (let d = 0; d < lits.triggers.length; d++) {
        const t = lits.triggers[d];
        let best = -1;
        let at = -1;
        hand.forEach((h, k) => {
          const j = t.indexOf(h);
          if (j >= 0 && (best < 0 || j < at)) (best = k), (at = j);
        });
        if (best < 0) {
          own.length = 0;
          break;
        }
        if (at > 0 || hand[best] !== t) same = false;
        own[best] = Math.max(own[best], lits.reaches[d] + at);
      }
      if (own.length > 0) {
        const most = Math.max(...own);
        // (A hand-written trigger no literal needs is an extra place to try: any reach will do.)
        const reaches = own.map((r) => (r < 0 ? most : r));
        const out1: TriggerReach = { ...reach, reach: most };
        delete out1.reaches;
        if (reaches.some((r) => r !== most)) out1.reaches = reaches;
        // A letter may stand right before or after a trigger found inside a longer literal.
        if (!same) delete out1.wordStart, delete out1.wordEnd;
        out.reach = out1;
        const before = reach.sameLine && lits.at !== undefined ? beforeLiterals(ast, m, lits.at) : undefined;
        if (before) out.before = before;
      }
    }
  } else {
    const lits = literalTriggers(ast, m, limit);
    if (lits) {
      out.triggers = lits.triggers;
      out.reach = triggerReach(ast, m, lits, on);
      // (What comes before the trigger on its line: only when nothing there can be a line break.)
      const before = out.reach?.sameLine && lits.at !== undefined ? beforeLiterals(ast, m, lits.at) : undefined;
      if (before) out.before = before;
      // (What comes after the trigger's start on its line: only when no match holds a line break, and in a string
      // with the folded text's offsets and lines.)
      const after = out.reach?.oneLine && on !== 'original' && lits.at !== undefined ? afterLiterals(ast, m, lits.at, lits.triggers) : undefined;
      if (after) out.after = after;
    }
  }
  const prune = prunableGroups(ast, m);
  if (prune) out.prune = prune;
  const needs = requiredLiterals(ast, m, out.triggers);
  if (needs) out.needs = needs;
  const exact = f.includes('i') ? undefined : exactLiterals(ast, m);
  if (exact) out.exact = exact;
  // Hand-written triggers, or derived ones without a reach: the whole pattern may still bound it.
  if (out.triggers && !out.reach) out.reach = wholeReach(ast, m);
  if (!out.reach) delete out.reach;
  if (needs && out.triggers && out.reach && !readsLineBreak(ast.alternatives, m)) out.inLine = true;
  else if (needs && out.triggers && out.reach?.reach !== undefined && out.reach.max !== undefined) {
    const inside = requiredLiterals(ast, m, out.triggers, true);
    if (inside) out.inside = inside;
  }
  const digits = digitNeed(ast, measurer(f));
  if (digits) out.digits = digits;
  const starts = startUnits(ast, f);
  if (starts) out.starts = starts;
  if (digits && starts && fencedOf(ast, f, starts.ascii)) out.fenced = true;
  if (!out.triggers && !digits && on === 'text') {
    const opening = openingOf(ast, f);
    if (opening) out.opening = opening;
  }
  return out;
}

/** Whether a line break can be read anywhere in these alternatives: in what they match or what a lookaround in them
 * (at any depth) looks at. */
function readsLineBreak(alternatives: AST.Alternative[], m: Measurer): boolean {
  if (m.sequences(alternatives).nl) return true;
  const inside = (e: AST.Element): boolean => {
    switch (e.type) {
      case 'Assertion':
        return (e.kind === 'lookahead' || e.kind === 'lookbehind') && readsLineBreak(e.alternatives, m);
      case 'Group':
      case 'CapturingGroup':
        return e.alternatives.some((a) => a.elements.some(inside));
      case 'Quantifier':
        return inside(e.element);
      default:
        return false;
    }
  };
  return alternatives.some((a) => a.elements.some(inside));
}

/**
 * Triggers in the folded form the automaton reads; one that folds to nothing voids them all (run everywhere). A
 * space written at either edge is kept (" st " is a word, "st" is inside "first"): the automaton reads the folded
 * view with line breaks as spaces, so a space the regex requires is there for it too.
 */
export function foldedTriggers(list: string[] | undefined): string[] | undefined {
  if (!list || list.length === 0) return undefined;
  const folded = list.map((t) => {
    const f = normalizeTerm(t).folded;
    return f.length === 0 ? f : (t.startsWith(' ') ? ' ' : '') + f + (t.endsWith(' ') ? ' ' : '');
  });
  return folded.every((t) => t.trim().length > 0) ? folded : undefined;
}

export type { DigitNeed } from './digits.js';
export type { Target } from './measure.js';
export type { TriggerReach } from './reach.js';
export type { StartUnits } from './starts.js';
export type { Opening } from './opening.js';
export type { PrunableGroup } from './triggers.js';
