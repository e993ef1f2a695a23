import { analyzePattern, foldedTriggers, type PatternAnalysis, type PrunableGroup } from '../analyze/pattern.js';
import { normalizeTerm } from '../normalize/view.js';
import { DEFAULT_SEVERITY, type Localized, REDACTABLE_BY_DEFAULT } from '../types.js';
import { VALIDATORS } from '../validate/validators/index.js';
import type { LoadedRule } from './load.js';
import type { CompiledContext, CompiledPattern, CompiledRule, ContextAnalysis, ContextGates, NormTerm, RawContext, RawKeywords, RawPatternObject, RawRule } from './model.js';
import { bmpSource, compileRegex, narrowSource, prunedSource } from './regex.js';

function term(raw: string): NormTerm {
  return { raw, ...normalizeTerm(raw) };
}

/**
 * The prefilters of built-in patterns that only a pattern a short text wakes reads — `exact` and `prune`, ~30 % of the
 * rule cache — sit in a second file (rules/builtin-cache.ts sets `read`): read from it by offsets (`more`), each
 * parsed when first asked for, instead of parsing and keeping all of them at every start-up (#21: ~20 M
 * instructions of a prompt's). Without the file (another build's, or none) a pattern simply has neither: both only
 * spare work (fewer regexes compiled on a short text, smaller ones), the matches are the same.
 */
export const builtinAnalysis: { read?: (at: number) => Piece | undefined } = {};

/** A built-in pattern's piece of the second file: its regex source (which the rule cache leaves out, #21: ~14 M
 * instructions of JSON.parse at every start-up for the ~55 a prompt compiles) and its prefilters. */
type Piece = Pick<PatternAnalysis, MoreKey | 'bmp'> & { source?: string };

/**
 * The prefilters a built-in pattern has in the second file (see builtinAnalysis), besides `exact` and `prune`: read
 * only once the pattern's triggers are found (or, for a pattern without triggers, when it is first asked), so a
 * prompt parses those of a few dozen patterns instead of all of them (#21). Each a pure prefilter: without it (no
 * second file) a pattern only runs its regex on more of the text. `triggers`, `reach` (whether a trigger may be glued
 * to a letter is asked with them), `digits` (asked of every digit pattern when the first runs) and `bmp` stay in the
 * rule cache.
 */
export const MORE_KEYS = ['starts', 'needs', 'inside', 'inLine', 'before', 'after', 'opening', 'fenced'] as const;
type MoreKey = 'exact' | 'prune' | (typeof MORE_KEYS)[number];

/** The rule cache's distinct trigger lists (set by rules/builtin-cache.ts): a cached pattern's `analysis.triggers` is
 * an index into them, and patterns with one list share its array. */
export const builtinTriggers: { lists?: string[][] } = {};

/** How many pruned forms (rules/regex.ts prunedSource) one pattern makes in a process, global and sticky together. */
const PRUNED_FORMS = 4;

/** What a compiled pattern makes its other forms from, and those it made (see PATTERN). */
interface Forms {
  flags: string;
  indices: boolean;
  /** Where its property escapes are (built-in patterns: analysis.bmp, in the second file when the rule cache has one:
   * read with the source, see spansOf); null: none. */
  bmp?: number[] | null;
  /** Its prunable groups, as the rule cache has them (JSON text) or parsed; or where they are in the second file. */
  prune?: PrunableGroup[] | string;
  more?: number;
  /** Its piece of the second file, once read (null: none). */
  piece?: Piece | null;
  /** Its regex source: a pattern from YAML has it from the start, a built-in one from its piece when first read. */
  source?: string;
  re?: RegExp;
  sticky?: RegExp;
  /** The BMP source: null until made, undefined when there is none. */
  variant: string | null | undefined;
  bmpRe?: RegExp;
  bmpSticky?: RegExp;
  groups?: PrunableGroup[];
  pruned?: Map<string, RegExp | undefined>;
  lastPruned?: [string, boolean, RegExp | undefined];
  narrowFor?: Int32Array;
  narrowed?: (RegExp | undefined | null)[];
}

const FORMS = Symbol('forms');
type WithForms = { source: string; [FORMS]: Forms };

/**
 * What every compiled pattern inherits: the forms of its regex that are not enumerable — the sticky copy, the BMP
 * forms, the pruned and narrowed forms of a process's first short texts — each made on first need, and `exact` from
 * the rule cache's second file. On the prototype rather than defined on each pattern: V8's Object.defineProperty with
 * a function of its own costs ~10,000 instructions a call (#21: ~1,600 of them at every start-up). They stay out of
 * the regex watchdog's walk (runtime/regex-watchdog.ts), which would otherwise compile them for every rule.
 */
const PATTERN = {
  /**
   * The regex source. A built-in pattern reads it from its piece of the second file when first asked (the regex is
   * about to be compiled, or `explain` shows it); the rule cache is used only with the second file of its own build
   * (rules/builtin-cache.ts), and a piece without its source throws (the scan fails, exit 2): a pattern never runs
   * without the regex it was written with.
   */
  get source(): string {
    const f = (this as unknown as WithForms)[FORMS];
    return (f.source ??= builtinSource(f));
  },
  set source(value: string) {
    (this as unknown as WithForms)[FORMS].source = value;
  },
  get sticky(): RegExp {
    const f = (this as unknown as WithForms)[FORMS];
    return (f.sticky ??= compileRegex((this as unknown as WithForms).source, f.flags, f.indices, true));
  },
  get bmpRe(): RegExp | undefined {
    const f = (this as unknown as WithForms)[FORMS];
    return spansOf(f) && (f.bmpRe ??= bmpRegex(this as unknown as WithForms, false));
  },
  get bmpSticky(): RegExp | undefined {
    const f = (this as unknown as WithForms)[FORMS];
    return spansOf(f) && (f.bmpSticky ??= bmpRegex(this as unknown as WithForms, true));
  },
  /** A built-in pattern's regex, compiled on first read; the regex watchdog's walk sets its watched copy through
   * the setter (it reads `re` by name: runtime/regex-watchdog.ts). Patterns from YAML have their own (RE). */
  get re(): RegExp {
    const f = (this as unknown as WithForms)[FORMS];
    return (f.re ??= compileRegex((this as unknown as WithForms).source, f.flags, f.indices));
  },
  set re(value: RegExp) {
    (this as unknown as WithForms)[FORMS].re = value;
  },
  get exact(): string[][] | undefined {
    return pieceOf((this as unknown as WithForms)[FORMS])?.exact;
  },
  /** A pattern given its `exact` with the rest (a rule cache without the second file, as the browser bundles embed
   * it) holds it as its own. */
  set exact(value: string[][] | undefined) {
    Object.defineProperty(this, 'exact', { value, enumerable: true, writable: true, configurable: true });
  },
  /**
   * For a process's first short texts: the pattern without the alternatives the text cannot match (rules/regex.ts
   * prunedSource), narrowed to its characters where it has property escapes; one regex per form made. Undefined when
   * nothing is left out (then bmpWithin). Built-in patterns only.
   */
  pruned(flat: string, chars: Int32Array, sticky: boolean): RegExp | undefined {
    const p = this as unknown as WithForms;
    const f = p[FORMS];
    if (f.prune === undefined && f.more === undefined) return undefined;
    const last = f.lastPruned;
    if (last?.[0] === flat && last[1] === sticky) return last[2];
    if (f.groups === undefined) {
      const g = f.prune ?? pieceOf(f)?.prune;
      f.groups = typeof g === 'string' ? (JSON.parse(g) as PrunableGroup[]) : (g ?? []);
    }
    const spans = spansOf(f);
    const cut = f.groups.length > 0 ? prunedSource(p.source, f.groups, flat, spans) : undefined;
    const src = cut && (spans ? narrowSource(cut.source, cut.spans!, f.flags.includes('i'), chars) : cut.source);
    const key = `${sticky ? 'y' : 'g'}${src}`;
    const made = (f.pruned ??= new Map());
    let re = made.get(key);
    // A few forms per pattern at most: a process that goes on reading texts uses the whole pattern, compiled once.
    if (src !== undefined && !made.has(key) && made.size < PRUNED_FORMS) made.set(key, (re = compileRegex(src, f.flags, f.indices, sticky)));
    f.lastPruned = [flat, sticky, re];
    return re;
  },
  /**
   * The BMP form narrowed to one short text's characters (rules/regex.ts narrowSource): made for one set of
   * characters, the one the engine asks with first (a process's first prompt); another set gets undefined.
   */
  bmpWithin(chars: Int32Array, sticky: boolean): RegExp | undefined {
    const p = this as unknown as WithForms;
    const f = p[FORMS];
    const spans = spansOf(f);
    if (!spans) return undefined;
    if (f.narrowFor !== chars) {
      if (f.narrowFor !== undefined) return undefined;
      f.narrowFor = chars;
    }
    const narrowed = (f.narrowed ??= [null, null]);
    const k = sticky ? 1 : 0;
    if (narrowed[k] === null) {
      const src = narrowSource(p.source, spans, f.flags.includes('i'), chars);
      narrowed[k] = src === undefined ? undefined : compileRegex(src, f.flags, f.indices, sticky);
    }
    return narrowed[k];
  },
};

/** The pattern's piece of the second file (see builtinAnalysis), read once. */
function pieceOf(f: Forms): Piece | null | undefined {
  if (f.piece === undefined) f.piece = (f.more !== undefined && builtinAnalysis.read?.(f.more)) || null;
  return f.piece;
}

/** Where the pattern's property escapes are (see Forms.bmp), from its piece for a pattern of the rule cache. */
function spansOf(f: Forms): number[] | undefined {
  if (f.bmp === undefined) f.bmp = (f.more !== undefined && pieceOf(f)?.bmp) || null;
  return f.bmp ?? undefined;
}

/** A built-in pattern's source from its piece (see PATTERN.source): none there throws. */
function builtinSource(f: Forms): string {
  const source = pieceOf(f)?.source;
  if (typeof source !== 'string') throw new Error("promptgate: a built-in pattern's regex is missing from the rule cache's analysis file (dist/builtin-analysis.txt); rebuild promptgate (npm run build)");
  return source;
}

// The other prefilters of the second file, as `exact`: inherited getters, and a value given to a pattern (a rule cache
// with them in place, as the browser bundles embed it) its own.
for (const key of MORE_KEYS) {
  Object.defineProperty(PATTERN, key, {
    enumerable: false,
    configurable: true,
    get(this: WithForms) {
      return pieceOf(this[FORMS])?.[key];
    },
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });
    },
  });
}

/** A pattern's `re`, compiled on first read: own and enumerable (the regex watchdog's walk replaces it with its
 * watched copy through the setter), with one getter and setter for every pattern, so that V8 keeps the patterns'
 * hidden classes shared. */
const RE = {
  enumerable: true,
  configurable: true,
  get(this: WithForms): RegExp {
    const f = this[FORMS];
    return (f.re ??= compileRegex(this.source, f.flags, f.indices));
  },
  set(this: WithForms, value: RegExp) {
    this[FORMS].re = value;
  },
};

/** The pattern's BMP form, spelled out on first need (undefined, and so unused, should the rule cache lack an
 * escape's ranges). */
function bmpRegex(p: WithForms, sticky: boolean): RegExp | undefined {
  const f = p[FORMS];
  if (f.variant === null) f.variant = bmpSource(p.source, spansOf(f)!);
  return f.variant === undefined ? undefined : compileRegex(f.variant, f.flags, f.indices, sticky);
}

/** Turns a validated rule as written into the form the engine runs: terms normalised, regexes compiled. */
export function compileRule({ raw, file, line, contextAt }: LoadedRule): CompiledRule {
  const kw: RawKeywords | undefined = raw.keywords === undefined ? undefined : Array.isArray(raw.keywords) ? { terms: raw.keywords } : raw.keywords;
  const patterns = (raw.patterns ?? []).map((p) => {
    const o: RawPatternObject = typeof p === 'string' ? { regex: p } : p;
    const on = o.on ?? 'text';
    const flags = runFlags(o);
    const indices = o.group !== undefined;
    const a = o.analysis;
    const forms: Forms = { flags, indices, bmp: a?.bmp, prune: a?.prune, more: a?.more, variant: null, source: o.regex };
    // The prefilters: from the build for built-in rules; for others derived on first read (a prompt whose rules
    // all come from the build never loads the regex parser). A pattern on the original has its digit groups
    // looked for in the original (candidates.ts).
    if (a) {
      // Every built-in pattern with the same own keys in the same order (one hidden class for the engine's reads)
      // and its `re` inherited: no Object.defineProperty per pattern (#21: ~580 at every start-up).
      const base = Object.create(PATTERN) as WithForms & Record<string, unknown>;
      base.on = on;
      base.group = o.group;
      base[FORMS] = forms;
      const t = a.triggers as string[] | number | undefined;
      base.triggers = typeof t === 'number' ? builtinTriggers.lists![t] : t;
      base.reach = a.reach;
      base.digits = a.digits;
      const { bmp: _bmp, prune: _prune, more: _more, triggers: _t, reach: _r, digits: _d, ...rest } = a;
      return Object.assign(base, rest) as unknown as CompiledPattern;
    }
    const fields = Object.assign(Object.create(PATTERN) as object, { on, group: o.group, [FORMS]: forms });
    const base = Object.defineProperty(fields, 're', RE) as unknown as CompiledPattern;
    let analysis: PatternAnalysis | undefined;
    const analyzed = () => (analysis ??= analyzePattern(o.regex, runFlags(o), on, foldedTriggers(o.triggers)));
    // Read-only: nothing writes a prefilter after compilation (the engine only reads them).
    for (const key of ['triggers', 'reach', 'digits', 'starts', 'needs', 'exact', 'inside', 'inLine', 'before', 'after', 'opening', 'fenced'] as const) Object.defineProperty(base, key, { enumerable: true, get: () => analyzed()[key] });
    return base;
  });
  const ctx = raw.context;
  const fields = Object.assign(Object.create(RULE) as object, {
    id: raw.id,
    title: raw.title,
    category: raw.category,
    severity: raw.severity ?? DEFAULT_SEVERITY[raw.category],
    redactable: raw.redact ?? REDACTABLE_BY_DEFAULT[raw.category],
    placeholder: raw.placeholder ?? defaultPlaceholder(raw.category),
    keywords: (kw?.terms ?? []).map(term).filter((t) => t.folded.length > 0),
    keywordOptions: {
      diacritics: kw?.diacritics ?? 'insensitive',
      case: kw?.case ?? 'any',
      fuzzy: kw?.fuzzy ?? 0,
      boundary: kw?.boundary ?? 'word',
    },
    patterns,
    validators: (raw.validators ?? []).map((v) => {
      const name = typeof v === 'string' ? v : v.name;
      const params = typeof v === 'string' ? {} : v;
      return { name, fn: VALIDATORS[name], params };
    }),
    layout: raw.layout === undefined ? undefined : Array.isArray(raw.layout) ? raw.layout : [raw.layout],
    exceptionValues: new Set((raw.exceptions?.values ?? []).map((v) => normalizeTerm(v).plain)),
    exceptionGates: raw.exceptionGates,
    source: { file, line },
    enabled: true,
  }) as Record<symbol, unknown>;
  // Stored after the literal: a computed key in an object literal is defined by a runtime call each time (~12,000
  // instructions, #21 session 16), a keyed store is not. Compiled when first read (see CONTEXT_PROPERTY): a prompt's
  // candidates ask a few dozen rules of 257.
  fields[CONTEXT] = ctx === undefined && contextAt === undefined ? undefined : ({ raw: ctx, at: contextAt, done: false } as ContextState);
  fields[RAW] = raw;
  // A rule of the rule cache holds where its title is instead (see builtinTitles).
  if (typeof raw.title === 'number') Object.defineProperty(fields, 'title', TITLE_PROPERTY);
  if (ctx !== undefined || contextAt !== undefined) Object.defineProperty(fields, 'context', CONTEXT_PROPERTY);
  // Compiled on first read where there are any (31 rules of 257); the others get their own empty list (a config's
  // exceptions may add to it), without a getter of their own.
  const exceptions = raw.exceptions?.patterns;
  const rule = exceptions?.length ? lazy(fields, 'exceptionPatterns', () => exceptions.map((r) => new RegExp(r, 'iu'))) : Object.assign(fields, { exceptionPatterns: [] });
  return rule as unknown as CompiledRule;
}

const RAW = Symbol('raw');
const EXAMPLES = Symbol('examples');
/** A rule's contexts (see CONTEXT_PROPERTY). */
const CONTEXT = Symbol('context');
type WithRaw = { [RAW]: RawRule; [EXAMPLES]?: CompiledRule['examples'] };
/** A rule's contexts: as written (or where the context file has them) until first read, then compiled. In an object
 * of its own, so that a frozen rule (test/prefilters.test.ts) can still compile them. */
interface ContextState {
  raw?: RawContext | RawContext[];
  at?: number;
  done: boolean;
  compiled?: CompiledContext[];
}
type WithContext = { [CONTEXT]: ContextState };

/**
 * Where the contexts of a rule from the built-in rule cache are read (set by rules/builtin-cache.ts): the cache keeps
 * them in a file of their own (`dist/builtin-contexts.txt`, #21: parsing all of them was ~12 M instructions of every
 * start-up, while a prompt reads those of the few rules with a candidate), each rule's piece parsed when its context
 * is first read. Unlike the prefilters of builtinAnalysis they decide findings: the cache is used only with the
 * context file of its own build (checked when it is read), and a piece that cannot be read throws (the scan fails,
 * exit 2) rather than leave a rule without its context.
 */
export const builtinContexts: { read?: (at: number) => RawContext | RawContext[] } = {};

/** A rule's contexts as the engine runs them. */
function compileContexts(ctx: RawContext | RawContext[] | undefined): CompiledContext[] | undefined {
  return ctx && (Array.isArray(ctx) ? ctx : [ctx]).map((c) => {
    // On `text` the patterns keep case (a capitalised name), so no `i` flag there.
    const flags = c.patternsOn === 'text' ? 'u' : 'iu';
    const context = {
      window: c.window ?? 80,
      scope: c.scope ?? 'window',
      anyOf: (c.anyOf ?? []).map(term),
      minMatches: c.minMatches ?? 1,
      noneOf: (c.noneOf ?? []).map(term),
      patternsOn: c.patternsOn ?? 'folded',
      anyOfPatternCount: c.anyOfPatterns?.length ?? 0,
      gates: c.gates,
    };
    const compiled = lazy(lazy(context, 'anyOfPatterns', () => (c.anyOfPatterns ?? []).map((r) => new RegExp(r, flags))), 'noneOfPatterns', () => (c.noneOfPatterns ?? []).map((r) => new RegExp(r, flags)));
    // A document-scope context reads the whole text: its patterns' prefilters, from the build or derived on first need.
    return context.scope === 'document' ? lazy(compiled, 'analysis', () => c.analysis ?? contextAnalysis(c), false) : compiled;
  }) as CompiledContext[];
}

/** Makes `key` an own property of the rule holding `value` (a text set after compilation, as by an override). */
function own(rule: object, key: string, value: unknown): void {
  Object.defineProperty(rule, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * What every compiled rule inherits: its texts for people (explain, rules test, the pretty and SARIF reports), read
 * from the rule as written when first asked for — for a rule from the built-in cache, from the cache's second file.
 * On the prototype rather than defined on each rule (V8's Object.defineProperty with a function of its own costs
 * ~10,000 instructions a call: ~1,000 of them at every start-up); not enumerable, so a spread copy of a rule (the
 * engine's value-only and place-only judges) has none, and the regex watchdog's walk does not read them.
 */
const RULE: object = {};
for (const key of ['rationale', 'regulation', 'written'] as const) {
  Object.defineProperty(RULE, key, {
    enumerable: true,
    get(this: WithRaw) {
      return ruleText(this[RAW], key);
    },
    set(this: object, value: unknown) {
      own(this, key, value);
    },
  });
}
Object.defineProperty(RULE, 'examples', {
  enumerable: true,
  get(this: WithRaw): CompiledRule['examples'] {
    if (!this[EXAMPLES]) {
      const examples = ruleText(this[RAW], 'examples');
      this[EXAMPLES] = { match: examples?.match ?? [], noMatch: examples?.noMatch ?? [] };
    }
    return this[EXAMPLES];
  },
  set(this: object, value: CompiledRule['examples']) {
    own(this, 'examples', value);
  },
});

/**
 * A rule's `context`, compiled when first read (its terms normalised, its patterns wrapped to compile on first use):
 * a prompt reads those of the rules that have a candidate. Own and enumerable, so that a spread copy of a rule (the
 * engine's judges, `rules test`) and the regex watchdog's walk see it, with one getter and setter for every rule
 * (V8's Object.defineProperty with a function of its own per object costs ~10,000 instructions a call).
 */
const CONTEXT_PROPERTY = {
  enumerable: true,
  configurable: true,
  get(this: WithContext): CompiledContext[] | undefined {
    const c = this[CONTEXT];
    if (!c.done) {
      c.compiled = compileContexts(c.at === undefined ? c.raw : builtinContexts.read!(c.at));
      c.raw = c.at = undefined;
      c.done = true;
    }
    return c.compiled;
  },
  set(this: WithContext, value: CompiledContext[] | undefined) {
    const c = this[CONTEXT];
    c.compiled = value;
    c.raw = c.at = undefined;
    c.done = true;
  },
};

/**
 * Where the titles of rules from the built-in rule cache are read (set by rules/builtin-cache.ts): the cache keeps
 * them in its analysis file (`dist/builtin-analysis.txt`, read and checked with the cache) — a cached rule's
 * `raw.title` is the offset of its line there — each parsed when its rule's title is first read — a prompt reports a few rules of ~270 (#21: the titles were ~4 M instructions of the cache's
 * parse). A title that cannot be read throws (exit 2).
 */
export const builtinTitles: { read?: (at: number) => Localized } = {};

/**
 * A cached rule's `title`, read when first asked (the finding's message, explain, SARIF): own and enumerable, so that
 * a spread copy of a rule (the engine's judges, `rules test`) has it, with one getter and setter for every rule.
 */
const TITLE_PROPERTY = {
  enumerable: true,
  configurable: true,
  get(this: WithRaw): Localized {
    const raw = this[RAW];
    const at = raw.title as Localized | number;
    if (typeof at === 'number') raw.title = builtinTitles.read!(at);
    return raw.title;
  },
  set(this: object, value: Localized) {
    own(this, 'title', value);
  },
};

type RuleTexts = Pick<RawRule, 'rationale' | 'regulation' | 'examples' | 'written'>;

/**
 * Where the texts of a rule from the built-in rule cache are read (set by rules/builtin-cache.ts): the cache leaves
 * them out (a scan never reads them) and keeps them in a second file, read when one is first asked for. Undefined
 * for a rule read from its YAML, which has them.
 */
export const builtinRuleTexts: { of?: (raw: RawRule) => RuleTexts | undefined } = {};

function ruleText<K extends keyof RuleTexts>(raw: RawRule, key: K): RuleTexts[K] | undefined {
  return key in raw ? raw[key] : builtinRuleTexts.of?.(raw)?.[key];
}

/**
 * Adds `key` to `obj` as a value made on first read. V8 parses a regex when it is constructed: ~17 ms for the
 * built-in rules on a cold start (8 of them for the first `\b` under the `iu` flags), while a short prompt runs
 * only the few regexes whose triggers occur and the context patterns of the rules that have a candidate. The
 * property stays an ordinary enumerable (unless `enumerable` is false), writable one for everyone else (spreads, the
 * regex watchdog's walk, `rules list`). The loader has already checked that every regex compiles, so a late compile
 * cannot fail.
 */
function lazy<T extends object, K extends string, V>(obj: T, key: K, make: () => V, enumerable = true): T & Record<K, V> {
  let value: V | undefined;
  let made = false;
  return Object.defineProperty(obj, key, {
    enumerable,
    configurable: true,
    get: () => {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set: (v: V) => {
      value = v;
      made = true;
    },
  }) as T & Record<K, V>;
}

/** The prefilters of a context's patterns (see ContextAnalysis), as they are run: on the folded text with the `i`
 * flag, or on the text as it is. */
export function contextAnalysis(c: RawContext): ContextAnalysis {
  const flags = c.patternsOn === 'text' ? '' : 'i';
  const on = c.patternsOn === 'text' ? 'text' : 'folded';
  const of = (list: string[] | undefined) => (list ?? []).map((r) => analyzePattern(r, flags, on));
  return { anyOf: of(c.anyOfPatterns), noneOf: of(c.noneOfPatterns) };
}

/** The required literal sets of a window- or line-scope context's patterns (RawContext.gates): each pattern's triggers
 * and `needs` as analyze/pattern.ts derives them (for the `i` flag on the folded text, or as written on the text);
 * null where none is derived. */
export function contextGates(c: RawContext): ContextGates {
  // Patterns on the text keep case (compiled without `i`): their literals are derived as for a rule pattern on the
  // text, folded as the region they are asked of.
  const [flags, on] = c.patternsOn === 'text' ? (['', 'text'] as const) : (['i', 'folded'] as const);
  const of = (list: string[] | undefined) => (list ?? []).map((r) => requiredSets(r, flags, on));
  return { anyOf: of(c.anyOfPatterns), noneOf: of(c.noneOfPatterns) };
}

/** A rule's exception patterns' required literal sets (RawRule.exceptionGates): they run case-blind (`iu`) on the
 * matched value as the text has it, and the sets are asked of its folded form. */
export function exceptionGates(patterns: string[]): (string[][] | null)[] {
  return patterns.map((r) => requiredSets(r, 'i', 'text'));
}

/** A pattern's triggers and `needs` as analyze/pattern.ts derives them (each a set a match holds a member of, in the
 * folded string); null where none is derived. */
function requiredSets(source: string, flags: string, on: 'text' | 'folded'): string[][] | null {
  try {
    const a = analyzePattern(source, flags, on);
    const sets = [...(a.triggers ? [a.triggers] : []), ...(a.needs ?? [])];
    return sets.length > 0 ? sets : null;
  } catch {
    return null;
  }
}

/** The flags a pattern's regex runs with: `lower` is read as `text` with the `i` flag — the same matches (the
 * lower-case view is `text` lower-cased unit by unit), without lower-casing the text first. */
export function runFlags(o: RawPatternObject): string {
  return (o.flags ?? '') + (o.on === 'lower' ? 'i' : '');
}

function defaultPlaceholder(category: string): string {
  return category.toUpperCase().replace(/-/g, '_');
}

/** The prototypes compiled rules and patterns inherit from (for code that walks them as plain objects, as the regex
 * watchdog does). */
export const COMPILED_PROTOTYPES: ReadonlySet<object> = new Set([PATTERN, RULE]);

/** Inherited keys of compiled patterns that hold a regex (a built-in pattern's `re`), for code that walks them. */
export const INHERITED_REGEXES: ReadonlyMap<object, readonly string[]> = new Map([[PATTERN, ['re']]]);
