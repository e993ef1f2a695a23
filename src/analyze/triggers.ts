import type { AST } from '@eslint-community/regexpp';
import { normalizeTerm } from '../normalize/view.js';
import { type Measurer, minLength } from './measure.js';

/**
 * Literal triggers of a regex: a set of strings such that every match contains at least one of them (in the
 * folded view: lower case, no diacritics). The engine finds all triggers in the same single pass as the keywords
 * and runs a regex only near its triggers, so a hundred regexes cost little more than one pass over the text.
 * A regex without a usable trigger (e.g. `\d{12}`) runs everywhere, or where its digit group is (digits.ts):
 * triggers only ever skip text where the regex cannot match.
 */

/** Single characters worth a trigger: rare punctuation, not letters, digits or everyday punctuation. */
const RARE_CHAR = /^[@<>_$#%&*=|~^`\\{}[\]]$/;

type Lits = string[] | null; // null: no literal is required

/** The most literals one pattern's trigger set may hold; a larger set gives no triggers, and the pattern runs over every
 * window. The sensitive-terms patterns of intl.sensitive grow with each round of terms (205 and 199 literals in session
 * 11): at 200 the first lost its triggers and cost the 21 MB file +20 % CPU, so the bound leaves room and a test
 * (test/trigger-limit.test.ts) holds every built-in pattern that has literals to having triggers. */
export const MAX_TRIGGERS = 320;

/** A candidate set of literals, the most units from the start of the (sub)match to where one of them starts, and
 * whether that stretch can never hold a line break. */
interface Cand {
  lits: string[];
  /** Each literal's own reach (index for index with `lits`): at most `reach`. */
  reaches: number[];
  reach: number;
  sameLine: boolean;
  /** EDGE_START: no letter can come right before the literal; EDGE_END: none right after it. */
  edges: number;
  /** The literals end exactly where the (sub)pattern does: what follows it may be spelled on to them. */
  tail: boolean;
  /** In a sequence: the element the literals start in or after (what stands before it is matched before them). */
  at?: number;
}

export const EDGE_START = 1;
export const EDGE_END = 2;

/** The literal triggers of a parsed pattern (folded, sorted), where a match can start relative to them, and which
 * of their edges no letter touches; undefined when the pattern has no usable set. */
export function literalTriggers(ast: AST.Pattern, m: Measurer, limit = MAX_TRIGGERS): { triggers: string[]; reaches: number[]; reach: number; sameLine: boolean; edges: number; at?: number } | undefined {
  const c = disjunction(ast.alternatives, m, true);
  if (!c) return undefined;
  // A literal that folds like another one keeps the larger of their reaches.
  const reachOf = new Map<string, number>();
  c.lits.forEach((l, k) => {
    const f = normalizeTerm(l).folded;
    reachOf.set(f, Math.max(reachOf.get(f) ?? 0, c.reaches[k]));
  });
  const folded = [...reachOf.keys()];
  if (folded.some((l) => !usable(l)) || folded.length > limit) return undefined;
  const triggers = folded.sort();
  return { triggers, reaches: triggers.map((t) => reachOf.get(t)!), reach: c.reach, sameLine: c.sameLine, edges: c.edges, at: ast.alternatives.length === 1 ? c.at : undefined };
}

/**
 * Sets of ASCII characters other than letters, a space or a line break (a separator, a quote, a tab), as written, of
 * which every match holds one before its trigger: required by the elements of the pattern's one sequence that come
 * before the element its triggers start in (`at`, see literalTriggers). With `sameLine` they stand on the trigger's
 * line, between its start and the trigger: a short text whose trigger lines hold none there cannot match (the column
 * separator of a password column, match/candidates.ts). What lookarounds read is not counted (it may lie outside
 * the match); the characters have no case, so the sets hold with the `i` flag too.
 */
export function beforeLiterals(ast: AST.Pattern, m: Measurer, at: number): string[][] | undefined {
  if (ast.alternatives.length !== 1 || at <= 0) return undefined;
  const out = writtenSets(ast.alternatives[0].elements.slice(0, at), m, false, true, (set) => set.every((l) => CASELESS.test(l)));
  return out.length > 0 ? out.slice(0, MAX_REQUIRED) : undefined;
}

/**
 * Sets of folded literals of which every match holds one after the start of its trigger: required by the elements of
 * the pattern's one sequence that come after the element its triggers start in (`at`, see literalTriggers), whose
 * text lies past that start. For a pattern none of whose matches holds a line break (`oneLine`) they stand on the
 * trigger's line, from the trigger on: a short text whose trigger lines hold none there cannot match ("password" in
 * prose without the ":", "=" or "is" after it on its line, match/candidates.ts). Folded like `needs` (and asked of
 * the folded text as they are); what lookarounds read is not counted (it may lie outside the match), nor a set each
 * trigger holds a member of (the trigger itself stands there).
 */
export function afterLiterals(ast: AST.Pattern, m: Measurer, at: number, triggers: string[]): string[][] | undefined {
  if (ast.alternatives.length !== 1) return undefined;
  const elements = ast.alternatives[0].elements;
  if (at + 1 >= elements.length) return undefined;
  const found: string[][] = [];
  insideOnly = true;
  try {
    alternative(elements.slice(at + 1), m, false, found);
  } finally {
    insideOnly = false;
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const lits of found) {
    const folded = [...new Set(lits.map((l) => normalizeTerm(l).folded))].sort();
    const k = folded.join('\0');
    if (folded.some((l) => l.length === 0) || seen.has(k) || triggers.every((t) => folded.some((l) => t.includes(l)))) continue;
    seen.add(k);
    out.push(folded);
  }
  out.sort((a, b) => score(b) - score(a));
  return out.length > 0 ? out.slice(0, MAX_REQUIRED) : undefined;
}

/** ASCII without letters, spaces and line breaks (a tab is kept: it holds in few texts). */
const CASELESS = /^[\t\x21-\x40\x5b-\x60\x7b-\x7e]+$/;

function usable(l: string): boolean {
  return l.length >= 2 || RARE_CHAR.test(l);
}

/** Two-letter strings found in almost every paragraph of English, Vietnamese or Czech (as words or inside them). */
const COMMON = new Set('is in on at to of an as be by it or no so do he we me my up us la va co di se je na ve za po th er re es en ng nh ch tr'.split(' '));

/** Prefer the set whose shortest member is longest; then one without everyday two-letter members ("is"); then
 * fewer members. */
function score(l: Lits): number {
  if (!l || l.length === 0) return -1;
  const trimmed = l.map((s) => s.trim());
  const min = Math.min(...trimmed.map((s) => s.length));
  if (min === 0 || !trimmed.every(usable)) return -1;
  const common = trimmed.filter((s) => COMMON.has(s)).length;
  return min * 1000 - common * 100 - l.length;
}

/**
 * Every set of literals of which each match holds one, not only the best (the triggers): the engine asks a short
 * text for all of them before it compiles the regex (match/candidates.ts), so a pattern whose trigger is there but
 * whose other required pieces are not ("password" in prose without the ":" or "=" after it) costs nothing. Folded
 * like the triggers; sets with a member that folds to nothing (a space, a tab) are left out (they hold in any text),
 * as are those the triggers imply (each trigger holds a member). Only from the parts every match goes through: the
 * pattern's sequence when it has one alternative, and the required groups of one alternative inside it.
 */
export function requiredLiterals(ast: AST.Pattern, m: Measurer, triggers?: string[], inside = false): string[][] | undefined {
  if (ast.alternatives.length !== 1) return undefined;
  const found: string[][] = [];
  insideOnly = inside;
  try {
    alternative(ast.alternatives[0].elements, m, true, found);
  } finally {
    insideOnly = false;
  }
  const seen = new Set<string>([triggers ? [...triggers].sort().join('\0') : '']);
  const out: string[][] = [];
  for (const lits of found) {
    const folded = [...new Set(lits.map((l) => normalizeTerm(l).folded))].sort();
    const k = folded.join('\0');
    // (A set each trigger holds a member of says nothing the triggers do not.)
    if (folded.some((l) => l.length === 0) || seen.has(k) || triggers?.every((t) => folded.some((l) => t.includes(l)))) continue;
    seen.add(k);
    out.push(folded);
  }
  // The sets with the longest shortest member first: the likeliest to be absent.
  out.sort((a, b) => score(b) - score(a));
  return out.length > 0 ? out.slice(0, MAX_REQUIRED) : undefined;
}

/**
 * The required sets of a pattern that reads case as written (no `i` flag), spelled as written: each match holds a
 * member of every set exactly, in the string the pattern reads — so a short text whose string lacks all of one set
 * cannot match (a stamp pattern wanting "MẬT" on a text with "mật khẩu" only; a table-cell pattern wanting "|" in
 * prose). Stronger than the folded sets (requiredLiterals), which cannot tell "MẬT" from "mật". Sets with an empty
 * member hold in any text and are left out, as are line breaks' and spaces' sets (cheap to hold, costly to ask).
 */
export function exactLiterals(ast: AST.Pattern, m: Measurer): string[][] | undefined {
  if (ast.alternatives.length !== 1) return undefined;
  const out = writtenSets(ast.alternatives[0].elements, m, true, false, (set) => !set.some((l) => l.trim().length === 0));
  out.sort((a, b) => exactScore(b) - exactScore(a));
  return out.length > 0 ? out.slice(0, MAX_REQUIRED) : undefined;
}

/** The required sets of a sequence as written (class members not folded), each once, those `keep` takes; `inside`:
 * without what its lookarounds read. */
function writtenSets(elements: AST.Element[], m: Measurer, top: boolean, inside: boolean, keep: (set: string[]) => boolean): string[][] {
  const found: string[][] = [];
  asWritten = true;
  insideOnly = inside;
  try {
    alternative(elements, m, top, found);
  } finally {
    asWritten = false;
    insideOnly = false;
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const lits of found) {
    const set = [...new Set(lits)].sort();
    const k = set.join('\0');
    if (seen.has(k) || !keep(set)) continue;
    seen.add(k);
    out.push(set);
  }
  return out;
}

/** The likeliest set to be absent first: the longest shortest member, then fewer members. */
function exactScore(set: string[]): number {
  return Math.min(...set.map((l) => l.length)) * 1000 - set.length;
}

/** While exactLiterals runs: class members are kept as written (not folded). */
let asWritten = false;
/** While requiredLiterals runs for the literals inside a match (PatternAnalysis.inside): what a lookaround reads
 * (which may stand outside the match) is not asked for. */
let insideOnly = false;

/**
 * The groups of a pattern whose alternatives a short text can leave out (rules/regex.ts prunedSource): for each,
 * where its alternatives are in the source, and for an alternative that may be left out, one set of folded
 * literals of which each of its matches holds one — where the text has none of them, the alternative matches
 * nowhere, and the regex without it finds the same matches (it never was the one taken). Alternatives holding a
 * capturing group are always kept (the groups' numbers stay). The outermost such groups of two alternatives or more,
 * with at least one that may be left out; what lies inside them is not looked at.
 */
export function prunableGroups(ast: AST.Pattern, m: Measurer): PrunableGroup[] | undefined {
  const out: PrunableGroup[] = [];
  const source = ast.raw;
  const visit = (elements: AST.Element[]) => {
    for (const e of elements) {
      if (e.type === 'Group' || e.type === 'CapturingGroup' || (e.type === 'Assertion' && (e.kind === 'lookahead' || e.kind === 'lookbehind'))) {
        const alts = e.alternatives;
        const group: PrunableGroup = [];
        let any = false;
        for (const a of alts) {
          let how: 0 | 1 | string[] = 0;
          if (alts.length >= 2 && !holdsCapture(a.elements)) {
            const lits = alternative(a.elements, m, false)?.lits.map((l) => normalizeTerm(l).folded);
            if (lits && lits.length > 0 && lits.every((l) => l.length > 0)) {
              const set = [...new Set(lits)].sort();
              // A literal written as it reads folded ("password") is not written twice.
              how = set.length === 1 && set[0] === source.slice(a.start, a.end) ? 1 : set;
              any = true;
            }
          }
          group.push(a.start, a.end, how);
        }
        // (A short group saves less compiling than its entry costs to read.)
        if (any && e.end - e.start >= MIN_PRUNED) out.push(group);
        else for (const a of alts) visit(a.elements);
      } else if (e.type === 'Quantifier') visit([e.element]);
    }
  };
  for (const a of ast.alternatives) visit(a.elements);
  return out.length > 0 ? out : undefined;
}

/** The shortest group (in source units) prunableGroups gives. */
const MIN_PRUNED = 24;

/**
 * A group's alternatives in order, three entries each: where the alternative is in the source, [start, end), then
 * 0 (always kept), 1 (left out where the text lacks the alternative as written: a folded literal) or its literals
 * (left out where the text has none of them).
 */
export type PrunableGroup = (number | string[])[];

function holdsCapture(elements: AST.Element[]): boolean {
  return elements.some((e) => e.type === 'CapturingGroup' || ((e.type === 'Group' || e.type === 'Assertion') && 'alternatives' in e && e.alternatives.some((a) => holdsCapture(a.elements))) || (e.type === 'Quantifier' && holdsCapture([e.element])));
}

/** Most required sets kept per pattern (each is a few searches of a short text). */
const MAX_REQUIRED = 8;

/** `top`: the alternatives of the whole pattern (where letters next to a literal are judged). */
function disjunction(alts: AST.Alternative[], m: Measurer, top = false): Cand | null {
  const out: string[] = [];
  const reaches: number[] = [];
  let reach = 0;
  let sameLine = true;
  let edges = EDGE_START | EDGE_END;
  let tail = true;
  let at: number | undefined;
  for (const a of alts) {
    const c = alternative(a.elements, m, top);
    if (!c) return null;
    at = c.at;
    out.push(...c.lits);
    reaches.push(...c.reaches);
    reach = Math.max(reach, c.reach);
    sameLine &&= c.sameLine;
    edges &= c.edges;
    tail &&= c.tail;
  }
  return { lits: out, reaches, reach, sameLine, edges, tail, at: alts.length === 1 ? at : undefined };
}

/** Most strings an exact element may stand for before it is no longer worth expanding. */
const MAX_EXACT = 64;
/** Most literals a run may hold when it only grows longer (a group's literals with one character spelled on). */
const MAX_LITERALS = 200;

/**
 * A sequence: each maximal run of adjacent exact elements (literal characters, small classes like `[sb]`, groups
 * of literal alternatives like `(?:live|test)`, optional ones) spells a set of strings by cross product — so
 * `(?:sk|rk)_(?:live|test)_` yields "sk_live_", "rk_test_" … rather than "live" — and each required sub-part is a
 * candidate too; keep the candidate set whose shortest member is longest.
 */
function alternative(elements: AST.Element[], m: Measurer, top: boolean, required?: string[][]): Cand | null {
  // Upper bounds of where each element starts, for the candidate's reach (Infinity after an unbounded element).
  // … and whether a line break may come before it.
  const at: number[] = [0];
  const nl: boolean[] = [false];
  for (const e of elements) {
    const me = m.measure(e);
    at.push(at[at.length - 1] + me.max);
    nl.push(nl[nl.length - 1] || me.nl);
  }
  let best: Cand | null = null;
  let run: string[] | null = null;
  let runFrom = -1; // the run's first element; -1 when it begins inside an element (the tail of a repeat)
  let runAt = 0; // the element the run begins in (or after)
  const consider = (lits: Lits, reach: number, sameLine: boolean, edges = 0, reaches?: number[], tail = false, from = runAt) => {
    if (lits && required && lits.length > 0) required.push(lits);
    if (lits && score(lits) > score(best?.lits ?? null)) best = { lits, reaches: reaches ?? lits.map(() => reach), reach, sameLine, edges, tail, at: from };
  };
  // A run's strings start somewhere inside it (after optional parts): its end bounds where they start.
  // (Each string spans the whole run, the optional parts being empty or not, so what stands before and after the
  // run stands before and after the string.)
  const considerRun = (end: number, endKnown = true) => {
    if (!run) return;
    let edges = 0;
    if (top && runFrom >= 0 && run.every((l) => l.length > 0)) {
      // Lookarounds at the run's edges spell nothing: they are judged with what stands outside.
      let from = runFrom;
      while (from < end && elements[from].type === 'Assertion') from++;
      let to = end;
      while (to > from && elements[to - 1].type === 'Assertion') to--;
      if (m.noLetterBefore(elements, from - 1, run)) edges |= EDGE_START;
      if (endKnown && m.noLetterAfter(elements, to, run)) edges |= EDGE_END;
    }
    consider(run, at[end], !nl[end], edges, undefined, endKnown && end === elements.length);
  };
  const extend = (ex: string[]) => {
    run = run ? cross(run, ex) : ex;
    if (run && run.length > MAX_LITERALS) run = null;
  };
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const ex = exact(e);
    // What a positive lookaround of one alternative requires, every match's string holds too (it is read there).
    if (required && !insideOnly && e.type === 'Assertion' && (e.kind === 'lookahead' || e.kind === 'lookbehind') && !e.negate && e.alternatives.length === 1) {
      alternative(e.alternatives[0].elements, m, false, required);
    }
    if (ex) {
      if (run && run.length * ex.length > (ex.length === 1 ? MAX_LITERALS : MAX_EXACT)) {
        considerRun(i);
        run = null;
      }
      if (!run) runFrom = runAt = i;
      extend(ex);
      if (!run) {
        run = ex.length <= MAX_EXACT ? ex : null;
        runFrom = runAt = i;
      }
      continue;
    }
    if (e.type === 'Quantifier' && e.min >= 1) {
      const inner = exact(e.element);
      if (inner) {
        // X{2,5}: the match starts and ends with XX, but what follows is no longer adjacent to what went before.
        const head = repeat(inner, Math.min(e.min, 8));
        if (head) {
          if (!run) runFrom = runAt = i;
          extend(head);
          // The head ends where the repeat ends only when the repeat has a fixed count.
          considerRun(i + 1, e.min === e.max && e.min <= 8);
          run = head;
          runFrom = -1;
          runAt = i;
          continue;
        }
      }
    }
    considerRun(i);
    run = null;
    runFrom = -1;
    if (e.type === 'Group' || e.type === 'CapturingGroup') {
      // Every match goes through a group of one alternative: what that alternative requires, the pattern does; and
      // through one alternative of a larger group: one required set of each, together, is required.
      if (required && e.alternatives.length === 1) alternative(e.alternatives[0].elements, m, false, required);
      else if (required) eachRequires(e.alternatives, m, required);
      const c = disjunction(e.alternatives, m);
      if (c) {
        consider(c.lits, at[i] + c.reach, !nl[i] && c.sameLine, 0, c.reaches.map((r) => at[i] + r), c.tail && i === elements.length - 1, i);
        // Literals that end the group are spelled on with what follows it: `(?:info|[a-z]+-team)@` gives "info@",
        // "-team@" (they start inside the run, which its end still bounds).
        if (c.tail && c.lits.length <= MAX_LITERALS) {
          run = c.lits;
          runAt = i;
          continue;
        }
      }
    } else if (e.type === 'Quantifier' && e.min >= 1 && (e.element.type === 'Group' || e.element.type === 'CapturingGroup')) {
      if (required && e.element.alternatives.length === 1) alternative(e.element.alternatives[0].elements, m, false, required);
      else if (required) eachRequires(e.element.alternatives, m, required);
      // (a later repeat may hold the literal: only the group's widest reach holds for each)
      const c = disjunction(e.element.alternatives, m);
      if (c) consider(c.lits, at[i] + c.reach, !nl[i] && c.sameLine, 0, undefined, false, i);
    }
  }
  considerRun(elements.length);
  return best;
}

/**
 * For a group of several alternatives every match goes through: one required set of each alternative (the likeliest
 * to be absent: the longest shortest member, then the fewest members), all their members as one set — a match holds
 * a member of its own alternative's. None when an alternative requires nothing or the union grows large. Unlike the
 * group's triggers (disjunction), a set may have members too short to search for (":" or "=" besides "=>"): a
 * short text is asked for it as a whole (`(?::{1,3}=|=>|=|:)` after a password's name, #21).
 */
function eachRequires(alts: AST.Alternative[], m: Measurer, required: string[][]): void {
  const union = new Set<string>();
  for (const a of alts) {
    const sets: string[][] = [];
    alternative(a.elements, m, false, sets);
    let best: string[] | undefined;
    for (const set of sets) if (set.length > 0 && set.every((l) => l.length > 0) && (!best || exactScore(set) > exactScore(best))) best = set;
    if (!best) return;
    for (const l of best) union.add(l);
    if (union.size > MAX_EXACT) return;
  }
  if (union.size > 0) required.push([...union]);
}

/** A class member as the literals are spelled: folded, or as written (exactLiterals). */
function classMember(c: number): string {
  return asWritten ? String.fromCodePoint(c) : normalizeTerm(String.fromCodePoint(c)).folded;
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > (b.length === 1 ? MAX_LITERALS : MAX_EXACT)) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function repeat(x: string[], n: number): string[] | null {
  let out: string[] | null = [''];
  for (let i = 0; i < n && out; i++) out = cross(out, x);
  return out;
}

/** The finite set of strings an element always matches exactly (folded), if it is small; null otherwise. */
function exact(e: AST.Element): string[] | null {
  switch (e.type) {
    case 'Character':
      return [String.fromCodePoint(e.value)];
    case 'Assertion':
      return e.kind === 'lookahead' || e.kind === 'lookbehind' || e.kind === 'word' ? [''] : null;
    case 'CharacterClass': {
      if (e.negate) return null;
      const out = new Set<string>();
      for (const x of e.elements) {
        if (x.type === 'Character') out.add(classMember(x.value));
        else if (x.type === 'CharacterClassRange' && x.max.value - x.min.value < 4) {
          for (let c = x.min.value; c <= x.max.value; c++) out.add(classMember(c));
        } else return null;
        if (out.size > 4) return null;
      }
      // A member that folds to nothing (an invisible character) would make the strings lie about the text.
      return out.size > 0 && ![...out].some((c) => c.length !== 1) ? [...out] : null;
    }
    case 'Group':
    case 'CapturingGroup': {
      const out: string[] = [];
      for (const alt of e.alternatives) {
        let seq: string[] | null = [''];
        for (const el of alt.elements) {
          const ex = exact(el);
          seq = ex && seq ? cross(seq, ex) : null;
          if (!seq) return null;
        }
        out.push(...seq);
        if (out.length > MAX_EXACT) return null;
      }
      return [...new Set(out)];
    }
    case 'Quantifier': {
      const inner = exact(e.element);
      if (!inner) return null;
      if (e.min === 0 && e.max === 1) return [...new Set(['', ...inner])];
      if (e.min === e.max && e.min <= 4) return repeat(inner, e.min);
      return null;
    }
    default:
      return null;
  }
}
