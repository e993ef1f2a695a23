import { analyzePattern, foldedTriggers, type PatternAnalysis, type PrunableGroup } from '../analyze/pattern.js';
import { normalizeTerm } from '../normalize/view.js';
import { DEFAULT_SEVERITY, REDACTABLE_BY_DEFAULT } from '../types.js';
import { VALIDATORS } from '../validate/validators/index.js';
import type { LoadedRule } from './load.js';
import type { CompiledRule, ContextAnalysis, ContextGates, NormTerm, RawContext, RawKeywords, RawPatternObject, RawRule } from './model.js';
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
export const builtinAnalysis: { read?: (at: [number, number]) => Pick<PatternAnalysis, 'exact' | 'prune'> | undefined } = {};

const MORE = Symbol('more');
/** What cached patterns inherit: `exact` read from the second file when first asked for (a getter on the prototype,
 * not one per pattern: V8's Object.defineProperty costs ~10,000 instructions a call). */
const withMore = {
  get exact(): string[][] | undefined {
    const at = (this as { [MORE]?: [number, number] })[MORE];
    return at && builtinAnalysis.read?.(at)?.exact;
  },
};

/** How many pruned forms (rules/regex.ts prunedSource) one pattern makes in a process, global and sticky together. */
const PRUNED_FORMS = 4;

/** Turns a validated rule as written into the form the engine runs: terms normalised, regexes compiled. */
export function compileRule({ raw, file, line }: LoadedRule): CompiledRule {
  const kw: RawKeywords | undefined = raw.keywords === undefined ? undefined : Array.isArray(raw.keywords) ? { terms: raw.keywords } : raw.keywords;
  const patterns = (raw.patterns ?? []).map((p) => {
    const o: RawPatternObject = typeof p === 'string' ? { regex: p } : p;
    const on = o.on ?? 'text';
    const flags = runFlags(o);
    const indices = o.group !== undefined;
    // The sticky and BMP forms are not enumerable: copies of `re` made on first need, which the regex watchdog's walk
    // (runtime/regex-watchdog.ts) would otherwise compile for every rule.
    const more = o.analysis?.more;
    const fields = more ? Object.assign(Object.create(withMore) as object, { on, group: o.group, source: o.regex, [MORE]: more }) : { on, group: o.group, source: o.regex };
    const base = lazy(lazy(fields as { on: typeof on; group: typeof o.group; source: string }, 're', () => compileRegex(o.regex, flags, indices)), 'sticky', () => compileRegex(o.regex, flags, indices, true), false);
    // The prefilters: from the build for built-in rules; for others derived on first read (a prompt whose rules
    // all come from the build never loads the regex parser). A pattern on the original has its digit groups
    // looked for in the original (candidates.ts).
    if (o.analysis) {
      const { bmp, prune, more: _more, ...prefilters } = o.analysis;
      if (prune || more) {
        // For a process's first short texts: the pattern without the alternatives the text cannot match (rules/regex.ts
        // prunedSource), narrowed to its characters where it has property escapes; one regex per form made.
        let made: Map<string, RegExp | undefined> | undefined;
        let last: [string, boolean, RegExp | undefined] | undefined;
        let groups: PrunableGroup[] | undefined;
        Object.defineProperty(base, 'pruned', {
          enumerable: false,
          value: (flat: string, chars: Int32Array, sticky: boolean) => {
            if (last?.[0] === flat && last[1] === sticky) return last[2];
            if (groups === undefined) {
              const g = prune ?? (more && builtinAnalysis.read?.(more)?.prune);
              groups = typeof g === 'string' ? (JSON.parse(g) as PrunableGroup[]) : (g ?? []);
            }
            const cut = groups.length > 0 ? prunedSource(o.regex, groups, flat, bmp) : undefined;
            const src = cut && (bmp ? narrowSource(cut.source, cut.spans!, flags.includes('i'), chars) : cut.source);
            const key = `${sticky ? 'y' : 'g'}${src}`;
            made ??= new Map();
            let re = made.get(key);
            // A few forms per pattern at most: a process that goes on reading texts uses the whole pattern, compiled once.
            if (src !== undefined && !made.has(key) && made.size < PRUNED_FORMS) made.set(key, (re = compileRegex(src, flags, indices, sticky)));
            last = [flat, sticky, re];
            return re;
          },
        });
      }
      if (bmp) {
        // Spelled out on first need (undefined, and so unused, should the rule cache lack an escape's ranges).
        let variant: string | undefined | null = null;
        const bmpRegex = (sticky: boolean) => {
          if (variant === null) variant = bmpSource(o.regex, bmp);
          return variant === undefined ? undefined : compileRegex(variant, flags, indices, sticky);
        };
        lazy(lazy(base, 'bmpRe', () => bmpRegex(false), false), 'bmpSticky', () => bmpRegex(true), false);
        // The same, narrowed to one short text's characters (rules/regex.ts narrowSource): made for one set of
        // characters, the one the engine asks with first (a process's first prompt); another set gets undefined.
        let narrowFor: Int32Array | undefined;
        const narrowed: (RegExp | undefined | null)[] = [null, null];
        Object.defineProperty(base, 'bmpWithin', {
          enumerable: false,
          value: (chars: Int32Array, sticky: boolean) => {
            if (narrowFor !== chars) {
              if (narrowFor !== undefined) return undefined;
              narrowFor = chars;
            }
            const k = sticky ? 1 : 0;
            if (narrowed[k] === null) {
              const src = narrowSource(o.regex, bmp, flags.includes('i'), chars);
              narrowed[k] = src === undefined ? undefined : compileRegex(src, flags, indices, sticky);
            }
            return narrowed[k];
          },
        });
      }
      return Object.assign(base, prefilters);
    }
    let analysis: PatternAnalysis | undefined;
    const analyzed = () => (analysis ??= analyzePattern(o.regex, runFlags(o), on, foldedTriggers(o.triggers)));
    // Read-only: nothing writes a prefilter after compilation (the engine only reads them).
    for (const key of ['triggers', 'reach', 'digits', 'starts', 'needs', 'exact', 'inside', 'inLine', 'before'] as const) Object.defineProperty(base, key, { enumerable: true, get: () => analyzed()[key] });
    return base;
  });
  const ctx = raw.context;
  const rule = lazy({
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
    context: ctx && (Array.isArray(ctx) ? ctx : [ctx]).map((c) => {
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
    }),
    layout: raw.layout === undefined ? undefined : Array.isArray(raw.layout) ? raw.layout : [raw.layout],
    exceptionValues: new Set((raw.exceptions?.values ?? []).map((v) => normalizeTerm(v).plain)),
    source: { file, line },
    enabled: true,
  }, 'exceptionPatterns', () => (raw.exceptions?.patterns ?? []).map((r) => new RegExp(r, 'iu')));
  // Texts for people (explain, rules test, reports): the built-in cache reads them from a second file on first use.
  const docs = lazy(lazy(rule, 'rationale', () => ruleText(raw, 'rationale')!), 'regulation', () => ruleText(raw, 'regulation'));
  const written = lazy(docs, 'written', () => ruleText(raw, 'written'));
  return lazy(written, 'examples', () => {
    const examples = ruleText(raw, 'examples');
    return { match: examples?.match ?? [], noMatch: examples?.noMatch ?? [] };
  });
}

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

/** The required literal sets of a window- or line-scope context's patterns on the folded text (RawContext.gates): each
 * pattern's triggers and `needs` as analyze/pattern.ts derives them for the `i` flag; null where none is derived. */
export function contextGates(c: RawContext): ContextGates {
  const of = (list: string[] | undefined) =>
    (list ?? []).map((r) => {
      try {
        const a = analyzePattern(r, 'i', 'folded');
        const sets = [...(a.triggers ? [a.triggers] : []), ...(a.needs ?? [])];
        return sets.length > 0 ? sets : null;
      } catch {
        return null;
      }
    });
  return { anyOf: of(c.anyOfPatterns), noneOf: of(c.noneOfPatterns) };
}

/** The flags a pattern's regex runs with: `lower` is read as `text` with the `i` flag — the same matches (the
 * lower-case view is `text` lower-cased unit by unit), without lower-casing the text first. */
export function runFlags(o: RawPatternObject): string {
  return (o.flags ?? '') + (o.on === 'lower' ? 'i' : '');
}

function defaultPlaceholder(category: string): string {
  return category.toUpperCase().replace(/-/g, '_');
}
