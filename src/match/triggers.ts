import type * as Regexpp from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
import { platform } from '../engine/platform.js';
import { normalizeTerm } from '../normalize/view.js';

/**
 * Literal triggers of a regex: a set of strings such that every match contains at least one of them (in the
 * folded view: lower case, no diacritics). The engine finds all triggers in the same single pass as the keywords
 * and runs a regex only near its triggers, so a hundred regexes cost little more than one pass over the text.
 * A regex without a usable trigger (e.g. `\d{12}`) runs everywhere, as before: triggers only ever skip text where
 * the regex cannot match.
 *
 * Derived at build time for the built-in rules (stored in the precompiled rule file) and on demand for rules written
 * by users; a rule author may also list `triggers:` by hand.
 */
let regexpp: typeof Regexpp | undefined;

/** Single characters worth a trigger: rare punctuation, not letters, digits or everyday punctuation. */
const RARE_CHAR = /^[@<>_$#%&*=|~^`\\{}[\]]$/;

type Lits = string[] | null; // null: no literal is required

/** A candidate set of literals, the most units from the start of the (sub)match to where one of them starts, and
 * whether that stretch can never hold a line break. */
interface Cand {
  lits: string[];
  reach: number;
  sameLine: boolean;
  /** EDGE_START: no letter can come right before the literal; EDGE_END: none right after it. */
  edges: number;
}

const EDGE_START = 1;
const EDGE_END = 2;

function parse(source: string, flags: string): AST.Pattern | undefined {
  regexpp ??= platform().load('@eslint-community/regexpp');
  try {
    return new regexpp.RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
}

export function deriveTriggers(source: string, flags: string): string[] | undefined {
  return derive(source, flags)?.triggers;
}

/**
 * Where a regex's derived triggers sit, so that the engine tries the regex only at the few places a match can start
 * instead of reading whole blocks of text around each trigger:
 * - `reach`: the most units from the start of a match to the start of its trigger;
 * - `sameLine`: nothing before the trigger can be a line break, so a match starts on the trigger's own line;
 * - `lineStart`: moreover every match starts with `^` — at the start of that line, one place to try;
 * - `max`: the longest match; `oneLine`: no match holds a line break (it ends on the line it starts on).
 */
export interface TriggerReach {
  reach?: number;
  max?: number;
  sameLine?: true;
  lineStart?: true;
  oneLine?: true;
  /** No letter stands right before (`wordStart`) / after (`wordEnd`) the trigger in a match: a hit glued to a
   * letter ("st" in "first") is not worth trying the regex. */
  wordStart?: true;
  wordEnd?: true;
}

/** The string a pattern reads (see CompiledPattern.on). */
export type Target = 'text' | 'lower' | 'folded' | 'original';

/**
 * `on` matters for line breaks (the views have only "\n", every break collapses to it; the original text has all of
 * JavaScript's line terminators) and for letters next to the trigger (read in the folded view, which stands unit for
 * unit for the other views, not for the original).
 */
export function deriveTriggerReach(source: string, flags: string, on: Target = 'text'): TriggerReach | undefined {
  const d = derive(source, flags, on);
  if (!d || (!Number.isFinite(d.reach) && !d.sameLine)) return undefined;
  const out: TriggerReach = {};
  if (Number.isFinite(d.reach)) out.reach = d.reach;
  if (Number.isFinite(d.max)) out.max = d.max;
  if (d.sameLine) out.sameLine = true;
  if (d.sameLine && d.lineStart) out.lineStart = true;
  if (d.oneLine) out.oneLine = true;
  if (on !== 'original' && d.edges & EDGE_START) out.wordStart = true;
  if (on !== 'original' && d.edges & EDGE_END) out.wordEnd = true;
  return out;
}

/**
 * What the whole pattern says about where a match can start, whatever its triggers (hand-written ones, or derived
 * ones whose place in the pattern gave no reach): a match is at most `max` units long, so it starts at most `max`
 * before any trigger inside it; when no part of it can be a line break, it starts on the trigger's line (at the line
 * start, if every alternative opens with `^`). Undefined when that bounds nothing.
 */
export function deriveWholeReach(source: string, flags: string, on: Target = 'text'): TriggerReach | undefined {
  const ast = parse(source, flags);
  if (!ast) return undefined;
  const m = new Measurer(flags.includes('i'), flags.includes('s'), on === 'original' ? 'original' : 'view', on === 'folded');
  const whole = m.sequences(ast.alternatives);
  const out: TriggerReach = {};
  if (Number.isFinite(whole.max)) {
    out.reach = whole.max;
    out.max = whole.max;
  }
  if (!whole.nl) {
    out.sameLine = true;
    out.oneLine = true;
    if (ast.alternatives.every((a) => a.elements[0]?.type === 'Assertion' && a.elements[0].kind === 'start')) out.lineStart = true;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function derive(source: string, flags: string, on: Target = 'text') {
  const ast = parse(source, flags);
  if (!ast) return undefined;
  const m = new Measurer(flags.includes('i'), flags.includes('s'), on === 'original' ? 'original' : 'view', on === 'folded');
  const c = disjunction(ast.alternatives, m, true);
  if (!c) return undefined;
  const folded = [...new Set(c.lits.map((l) => normalizeTerm(l).folded))];
  if (folded.some((l) => !usable(l)) || folded.length > 200) return undefined;
  const whole = m.sequences(ast.alternatives);
  const lineStart = ast.alternatives.every((a) => a.elements[0]?.type === 'Assertion' && a.elements[0].kind === 'start');
  return { triggers: folded.sort(), reach: c.reach, max: whole.max, sameLine: c.sameLine, lineStart, oneLine: !whole.nl, edges: c.edges };
}

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

/** `top`: the alternatives of the whole pattern (where letters next to a literal are judged). */
function disjunction(alts: AST.Alternative[], m: Measurer, top = false): Cand | null {
  const out: string[] = [];
  let reach = 0;
  let sameLine = true;
  let edges = EDGE_START | EDGE_END;
  for (const a of alts) {
    const c = alternative(a.elements, m, top);
    if (!c) return null;
    out.push(...c.lits);
    reach = Math.max(reach, c.reach);
    sameLine &&= c.sameLine;
    edges &= c.edges;
  }
  return { lits: out, reach, sameLine, edges };
}

/** Most strings an exact element may stand for before it is no longer worth expanding. */
const MAX_EXACT = 64;

/**
 * A sequence: each maximal run of adjacent exact elements (literal characters, small classes like `[sb]`, groups
 * of literal alternatives like `(?:live|test)`, optional ones) spells a set of strings by cross product — so
 * `(?:sk|rk)_(?:live|test)_` yields "sk_live_", "rk_test_" … rather than "live" — and each required sub-part is a
 * candidate too; keep the candidate set whose shortest member is longest.
 */
function alternative(elements: AST.Element[], m: Measurer, top: boolean): Cand | null {
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
  const consider = (lits: Lits, reach: number, sameLine: boolean, edges = 0) => {
    if (lits && score(lits) > score(best?.lits ?? null)) best = { lits, reach, sameLine, edges };
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
    consider(run, at[end], !nl[end], edges);
  };
  const extend = (ex: string[]) => {
    run = run ? cross(run, ex) : ex;
    if (run && run.length > MAX_EXACT) run = null;
  };
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    const ex = exact(e);
    if (ex) {
      if (run && run.length * ex.length > MAX_EXACT) {
        considerRun(i);
        run = null;
      }
      if (!run) runFrom = i;
      extend(ex);
      if (!run) {
        run = ex.length <= MAX_EXACT ? ex : null;
        runFrom = i;
      }
      continue;
    }
    if (e.type === 'Quantifier' && e.min >= 1) {
      const inner = exact(e.element);
      if (inner) {
        // X{2,5}: the match starts and ends with XX, but what follows is no longer adjacent to what went before.
        const head = repeat(inner, Math.min(e.min, 8));
        if (head) {
          if (!run) runFrom = i;
          extend(head);
          // The head ends where the repeat ends only when the repeat has a fixed count.
          considerRun(i + 1, e.min === e.max && e.min <= 8);
          run = head;
          runFrom = -1;
          continue;
        }
      }
    }
    considerRun(i);
    run = null;
    runFrom = -1;
    if (e.type === 'Group' || e.type === 'CapturingGroup') {
      const c = disjunction(e.alternatives, m);
      if (c) consider(c.lits, at[i] + c.reach, !nl[i] && c.sameLine);
    } else if (e.type === 'Quantifier' && e.min >= 1 && (e.element.type === 'Group' || e.element.type === 'CapturingGroup')) {
      const c = disjunction(e.element.alternatives, m);
      if (c) consider(c.lits, at[i] + c.reach, !nl[i] && c.sameLine);
    }
  }
  considerRun(elements.length);
  return best;
}

/** The fewest units an element matches. */
function minLength(e: AST.Node): number {
  switch (e.type) {
    case 'Character':
    case 'CharacterClass':
    case 'CharacterSet':
      return 1;
    case 'Group':
    case 'CapturingGroup':
      return Math.min(...e.alternatives.map((a) => a.elements.reduce((n, x) => n + minLength(x), 0)));
    case 'Quantifier':
      return e.min * minLength(e.element);
    default:
      return 0;
  }
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
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
        if (x.type === 'Character') out.add(normalizeTerm(String.fromCodePoint(x.value)).folded);
        else if (x.type === 'CharacterClassRange' && x.max.value - x.min.value < 4) {
          for (let c = x.min.value; c <= x.max.value; c++) out.add(normalizeTerm(String.fromCodePoint(c)).folded);
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

/**
 * A digit prefilter for a regex without good literal triggers (`\d(?:[ .-]?\d){11}`, MRZ lines): every match holds
 * a part of at most `span` units with at least `count` ASCII digits and nothing between them but the characters in
 * `gap` (absent: any character), and that part starts at most `before` units after the match does. The engine runs
 * the regex only where the text has such a group of digits — on prose with dates and prices, almost nowhere.
 * Derived from the pattern's syntax, so it is exact: lookarounds take no room, unbounded repeats end the part.
 */
export interface DigitNeed {
  count: number;
  span: number;
  before: number;
  /** The ASCII characters that may stand between the digits; absent: any. */
  gap?: string;
  /** The longest match (units), when the pattern is bounded: the engine then reads no further than that. */
  max?: number;
}

/** Below this many digits the prefilter would fire on every date: not worth it. */
const MIN_DIGITS = 6;

export function deriveDigits(source: string, flags: string): DigitNeed | undefined {
  const ast = parse(source, flags);
  if (!ast) return undefined;
  const m = new Measurer(flags.includes('i'), flags.includes('s'));
  let need: DigitNeed | undefined;
  for (const alt of ast.alternatives) {
    const n = m.bestWindow(alt.elements);
    if (!n) return undefined;
    // A disjunction: every alternative must promise something; the weakest promise holds for all.
    need = need
      ? { count: Math.min(need.count, n.count), span: Math.max(need.span, n.span), before: Math.max(need.before, n.before), gap: union(need.gap, n.gap) }
      : n;
  }
  if (!need || need.count < MIN_DIGITS) return undefined;
  if (need.gap === undefined) delete need.gap;
  const max = m.sequences(ast.alternatives).max;
  return Number.isFinite(max) ? { ...need, max } : need;
}

interface Measure {
  digits: number; // digits every match of the element holds
  max: number; // most units the element can match (Infinity when unbounded)
  chars: string | undefined; // the non-digit ASCII characters it can match; undefined: any character
  nl: boolean; // whether it can match a line break (false only when certain)
}

const ANY: Measure = { digits: 0, max: Infinity, chars: undefined, nl: true };

/** JavaScript's line terminators: what `^`/`$` see in the original text. The views hold only "\n". */
const ORIGINAL_BREAKS = [0x0a, 0x0d, 0x2028, 0x2029];
const VIEW_BREAKS = [0x0a];

/** Unicode properties whose characters are never line breaks: general categories of letters, marks, numbers,
 * punctuation and symbols, and the binary letter properties. */
const NO_BREAK_PROPERTY = /^(?:L|Lu|Ll|Lt|Lm|Lo|LC|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Letter|Cased_Letter|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Modifier_Letter|Other_Letter|Mark|Number|Decimal_Number|Punctuation|Symbol|Alphabetic|Uppercase|Lowercase)$/;

/** Whether a character set escape (\d, \s, \w, \p{…} and their negations, \`.\`) can match one of `breaks`. */
function setMatchesBreak(e: AST.CharacterSet, dotAll: boolean): boolean {
  switch (e.kind) {
    case 'any':
      return dotAll;
    case 'digit':
    case 'word':
      return e.negate;
    case 'space':
      return !e.negate;
    case 'property': {
      if (e.negate) return true;
      const value = 'value' in e ? e.value : null;
      if (e.key === 'General_Category') return !NO_BREAK_PROPERTY.test(value ?? '');
      // Line breaks belong to the Common script.
      if (e.key === 'Script' || e.key === 'Script_Extensions') return value === null || /^(?:Common|Zyyy|Inherited|Zinh|Qaai|Unknown|Zzzz)$/.test(value);
      return value !== null || !NO_BREAK_PROPERTY.test(e.key);
    }
    default:
      return true;
  }
}

function union(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return undefined;
  return [...new Set(a + b)].sort().join('');
}

class Measurer {
  private readonly breaks: number[];
  constructor(
    private readonly ignoreCase: boolean,
    private readonly dotAll = false,
    breaks: 'view' | 'original' = 'original',
    /** The pattern reads the folded view, where every letter the engine folds is ASCII. */
    private readonly folded = false,
  ) {
    this.breaks = breaks === 'view' ? VIEW_BREAKS : ORIGINAL_BREAKS;
  }

  /**
   * Whether no letter can stand right before elements[k + 1] (whose run spells `lits`): walking back over what may
   * match nothing, to a line start, a lookbehind that refuses letters, or an element that ends with no letter.
   */
  noLetterBefore(elements: AST.Element[], k: number, lits: string[]): boolean {
    for (; k >= 0; k--) {
      const e = elements[k];
      if (e.type === 'Assertion') {
        if (e.kind === 'start') return true;
        if (e.kind === 'lookbehind' && e.negate && this.refusesLetters(e)) return true;
        if (e.kind === 'word' && !e.negate && this.folded && lits.every((l) => /^[a-z0-9_]/i.test(l))) return true;
        continue;
      }
      if (!this.edgeNoLetter(e, 'last')) return false;
      if (minLength(e) > 0) return true;
    }
    return false;
  }

  /** Whether no letter can stand right after the elements before elements[k] (whose run spells `lits`). */
  noLetterAfter(elements: AST.Element[], k: number, lits: string[]): boolean {
    for (; k < elements.length; k++) {
      const e = elements[k];
      if (e.type === 'Assertion') {
        if (e.kind === 'end') return true;
        if (e.kind === 'lookahead' && e.negate && this.refusesLetters(e)) return true;
        if (e.kind === 'word' && !e.negate && this.folded && lits.every((l) => /[a-z0-9_]$/i.test(l))) return true;
        continue;
      }
      if (!this.edgeNoLetter(e, 'first')) return false;
      if (minLength(e) > 0) return true;
    }
    return false;
  }

  /** A negative lookaround with a one-character alternative that takes in every letter (any script; ASCII letters
   * are enough on the folded view). */
  private refusesLetters(e: AST.LookaroundAssertion): boolean {
    return e.alternatives.some((a) => a.elements.length === 1 && this.takesAllLetters(a.elements[0]));
  }

  private takesAllLetters(e: AST.Element): boolean {
    const isLetterSet = (x: AST.Node): boolean =>
      x.type === 'CharacterSet' &&
      x.kind !== 'any' &&
      !x.negate &&
      ((x.kind === 'property' && (x.key === 'Alphabetic' || (x.key === 'General_Category' && 'value' in x && (x.value === 'L' || x.value === 'Letter')))) ||
        (this.folded && x.kind === 'word'));
    if (isLetterSet(e)) return true;
    if (e.type !== 'CharacterClass' || e.negate) return false;
    if (e.elements.some(isLetterSet)) return true;
    // [a-z] (with `i`, or next to A-Z) on the folded view, which is lower case.
    return this.folded && e.elements.some((x) => x.type === 'CharacterClassRange' && x.min.value <= 97 && x.max.value >= 122);
  }

  /** Whether the first / last character an element matches is never a letter (ASCII non-letters, \d, \s). */
  private edgeNoLetter(e: AST.Node, side: 'first' | 'last'): boolean {
    const nonLetter = (c: number) => c < 128 && !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
    switch (e.type) {
      case 'Character':
        return nonLetter(e.value);
      case 'CharacterSet':
        return (e.kind === 'digit' || e.kind === 'space') && !e.negate;
      case 'CharacterClass':
        return (
          !e.negate &&
          e.elements.every((x) =>
            x.type === 'Character'
              ? nonLetter(x.value)
              : x.type === 'CharacterClassRange'
                ? nonLetter(x.min.value) && nonLetter(x.max.value) && !(x.min.value <= 90 && x.max.value >= 65) && !(x.min.value <= 122 && x.max.value >= 97)
                : x.type === 'CharacterSet' && (x.kind === 'digit' || x.kind === 'space') && !x.negate,
          )
        );
      case 'Quantifier':
        return e.max > 0 && this.edgeNoLetter(e.element, side);
      case 'Group':
      case 'CapturingGroup':
        // Each alternative's edge element: the first / last one that consumes, and it must consume something.
        return e.alternatives.every((a) => {
          const els = a.elements.filter((x) => x.type !== 'Assertion');
          const edge = side === 'first' ? els[0] : els[els.length - 1];
          return edge !== undefined && minLength(edge) > 0 && this.edgeNoLetter(edge, side);
        });
      default:
        return false;
    }
  }

  /** The contiguous run of elements with a bounded length that holds the most digits. */
  bestWindow(elements: AST.Element[]): DigitNeed | undefined {
    const m = elements.map((e) => this.measure(e));
    let best: DigitNeed | undefined;
    for (let i = 0; i < m.length; i++) {
      let before = 0;
      for (let k = 0; k < i; k++) before += m[k].max;
      if (!Number.isFinite(before)) continue;
      let digits = 0;
      let span = 0;
      let gap: string | undefined = '';
      for (let j = i; j < m.length; j++) {
        if (!Number.isFinite(m[j].max)) break;
        digits += m[j].digits;
        span += m[j].max;
        gap = union(gap, m[j].chars);
        if (digits > 0 && (!best || digits > best.count || (digits === best.count && span < best.span))) best = { count: digits, span, before, gap };
      }
    }
    return best;
  }

  sequences(alternatives: AST.Alternative[]): Measure {
    let digits = Infinity;
    let max = 0;
    let chars: string | undefined = '';
    let nl = false;
    for (const alt of alternatives) {
      let d = 0;
      let x = 0;
      for (const el of alt.elements) {
        const mm = this.measure(el);
        d += mm.digits;
        x += mm.max;
        chars = union(chars, mm.chars);
        nl ||= mm.nl;
      }
      digits = Math.min(digits, d);
      max = Math.max(max, x);
    }
    return { digits: Number.isFinite(digits) ? digits : 0, max, chars, nl };
  }

  measure(e: AST.Element): Measure {
    switch (e.type) {
      case 'Character':
        if (e.value >= 0x30 && e.value <= 0x39) return { digits: 1, max: 1, chars: '', nl: false };
        return { digits: 0, max: e.value > 0xffff ? 2 : 1, chars: this.ascii([e.value]), nl: this.breaks.includes(e.value) };
      case 'CharacterClass': {
        if (e.negate) return { digits: 0, max: 2, chars: undefined, nl: this.classMatchesBreak(e) };
        const codes: number[] = [];
        let open = false; // a member this analysis does not enumerate
        for (const x of e.elements) {
          if (x.type === 'Character') codes.push(x.value);
          else if (x.type === 'CharacterClassRange' && x.max.value - x.min.value < 128) for (let c = x.min.value; c <= x.max.value; c++) codes.push(c);
          else if (x.type === 'CharacterSet' && x.kind === 'digit' && !x.negate) for (let c = 0x30; c <= 0x39; c++) codes.push(c);
          else if (x.type === 'CharacterSet' && x.kind === 'space' && !x.negate) codes.push(9, 10, 11, 12, 13, 32, 0xa0);
          else open = true;
        }
        const digitOnly = !open && codes.length > 0 && codes.every((c) => c >= 0x30 && c <= 0x39);
        return { digits: digitOnly ? 1 : 0, max: !open && codes.every((c) => c <= 0xffff) ? 1 : 2, chars: open ? undefined : this.ascii(codes), nl: this.classMatchesBreak(e) };
      }
      case 'CharacterSet': {
        const nl = setMatchesBreak(e, this.dotAll);
        if (e.kind === 'digit' && !e.negate) return { digits: 1, max: 1, chars: '', nl };
        if (e.kind === 'space' && !e.negate) return { digits: 0, max: 1, chars: this.ascii([9, 10, 11, 12, 13, 32, 0xa0]), nl };
        return { digits: 0, max: 2, chars: undefined, nl };
      }
      case 'Assertion':
        return { digits: 0, max: 0, chars: '', nl: false };
      case 'Group':
      case 'CapturingGroup':
        return this.sequences(e.alternatives);
      case 'Quantifier': {
        const inner = this.measure(e.element);
        return { digits: e.min * inner.digits, max: inner.max === 0 ? 0 : e.max * inner.max, chars: inner.chars, nl: inner.nl && e.max > 0 };
      }
      case 'Backreference': {
        const ref = Array.isArray(e.resolved) ? undefined : e.resolved;
        return ref ? { ...this.measure(ref), digits: 0 } : ANY;
      }
      default:
        return ANY;
    }
  }

  /** Whether a character class `[…]` can match a line break (unknown members count as "yes"). */
  private classMatchesBreak(e: AST.CharacterClass): boolean {
    const covers = (x: AST.CharacterClassElement, b: number): boolean => {
      if (x.type === 'Character') return x.value === b;
      if (x.type === 'CharacterClassRange') return x.min.value <= b && b <= x.max.value;
      if (x.type === 'CharacterSet') return x.kind === 'space' ? !x.negate : x.kind === 'digit' || x.kind === 'word' ? x.negate : false;
      return false;
    };
    const mayMatch = (x: AST.CharacterClassElement, b: number): boolean => {
      if (x.type === 'CharacterSet') return setMatchesBreak(x as AST.CharacterSet, false);
      if (x.type === 'Character' || x.type === 'CharacterClassRange') return covers(x, b);
      return true;
    };
    // [^…] matches a break unless it lists it; […] matches one if a member may.
    if (e.negate) return this.breaks.some((b) => !e.elements.some((x) => covers(x, b)));
    return this.breaks.some((b) => e.elements.some((x) => mayMatch(x, b)));
  }

  /** The non-digit characters of a set, as a sorted string; undefined (any) if one of them is not ASCII. */
  private ascii(codes: number[]): string | undefined {
    const out = new Set<string>();
    for (const c of codes) {
      if (c >= 0x30 && c <= 0x39) continue;
      if (c >= 128) return undefined;
      const ch = String.fromCharCode(c);
      out.add(ch);
      if (this.ignoreCase) {
        out.add(ch.toLowerCase());
        out.add(ch.toUpperCase());
      }
    }
    return [...out].sort().join('');
  }
}
