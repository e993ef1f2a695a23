import type { DigitNeed, Opening, PatternAnalysis, StartUnits, TriggerReach } from '../analyze/pattern.js';
import type { Category, Localized, Severity } from '../types.js';

/**
 * A rule as a security officer writes it in YAML (after shape validation). See rules/README.md for the prose.
 * The loader turns it into a CompiledRule; nothing past the loader sees this shape.
 */
export interface RawRule {
  id: string;
  title: Localized;
  rationale: Localized;
  regulation?: Localized;
  category: Category;
  severity?: Severity;
  /** Whether `redact` may cut the match out (default from the category); a placeholder label such as "CCCD". */
  redact?: boolean;
  placeholder?: string;
  keywords?: RawKeywords | string[];
  patterns?: RawPattern[];
  validators?: RawValidatorRef[];
  /** One context, or a list of them that must all hold (e.g. "a CCCD word in the document" and "no bank word on the line"). */
  context?: RawContext | RawContext[];
  layout?: RawLayout | RawLayout[];
  exceptions?: { values?: string[]; patterns?: string[] };
  examples?: { match?: string[]; noMatch?: string[] };
  /** Set by the loader: the fields that used `{{name}}` references, as written (by field path, e.g. `patterns.0.regex`);
   * the fields above hold them expanded. For `explain`. */
  written?: Record<string, string | string[]>;
  /** Internal: for a built-in rule, each exception pattern's required literal sets (its triggers and `needs`, as
   * analyze/pattern.ts derives them for the `i` flag on the text), index for index with `exceptions.patterns`: a
   * value whose folded form lacks every member of one set cannot match, so that pattern is neither compiled nor run
   * on it (validate/checks.ts). `null`: none derived. */
  exceptionGates?: (string[][] | null)[];
}

/**
 * The file-level keys besides `rules:` (rules/README.md, "Vocabularies and pieces"): named word lists and regex
 * pieces, referenced as `{{name}}` from the rules, and the files whose lists and pieces this file uses. A file with
 * these and no `rules:` is a vocabulary file.
 */
export interface RawVocabularyKeys {
  use?: string[];
  vocabularies?: Record<string, string[]>;
  pieces?: Record<string, string>;
}

export interface RawKeywords {
  terms: string[];
  /** `insensitive` (default): "toi mat" finds "tối mật"; `sensitive`: only the exact letters with their marks. */
  diacritics?: 'sensitive' | 'insensitive';
  /** `any` (default), or `upper`: the text must be written in capitals (a stamp, not prose). */
  case?: 'any' | 'upper';
  /** Edit distance tolerated on short stand-alone lines (OCR/typing damage); 0 (default) to 2. */
  fuzzy?: number;
  /** `word` (default): the keyword must not be glued to letters or digits on either side. */
  boundary?: 'word' | 'none';
}

export interface RawPatternObject {
  regex: string;
  /** Extra regex flags: i, m, s. */
  flags?: string;
  /** Which text the regex reads: `text` (default: normalised, case kept), `lower`, `folded` or `original`. */
  on?: 'text' | 'lower' | 'folded' | 'original';
  /** Report only this capture group (number or name) instead of the whole match. */
  group?: number | string;
  /** Words every match contains (at least one of them): the regex runs only near them. Derived automatically for
   * built-in rules; optional for authors. */
  triggers?: string[];
  /** Internal: the pattern's prefilters, derived at build time for built-in rules (analyze/pattern.ts). */
  analysis?: PatternAnalysis;
}
export type RawPattern = string | RawPatternObject;

export type RawValidatorRef = string | ({ name: string } & Record<string, unknown>);

export interface RawContext {
  /** Characters on each side of the match to look in (default 80). */
  window?: number;
  /** Where to look: `window` (default), `line` (the match's own line) or `document`. */
  scope?: 'window' | 'line' | 'document';
  /** At least `minMatches` (default 1) of these words must appear near the match. */
  anyOf?: string[];
  minMatches?: number;
  /** None of these may appear near the match. */
  noneOf?: string[];
  /** Regexes (on the lower-case view) that must / must not match near the match. */
  anyOfPatterns?: string[];
  noneOfPatterns?: string[];
  /** What the context patterns read: `folded` (default: lower case, no diacritics) or `text` (case and marks kept, e.g. a capitalised name). */
  patternsOn?: 'folded' | 'text';
  /** Internal: the prefilters of a document-scope context's patterns, index for index, derived at build time for
   * built-in rules (analyze/pattern.ts). */
  analysis?: ContextAnalysis;
  /** Internal: for a built-in window- or line-scope context, each pattern's required literal sets (its triggers and
   * `needs`, folded as for a rule pattern on the string the context's patterns read), index for index: a region whose
   * folded form lacks every member of one set cannot match, so that pattern is neither compiled nor run there
   * (validate/checks.ts). `null`: none derived. */
  gates?: ContextGates;
}

/** Required literal sets of a context's patterns, index for index with `anyOfPatterns` / `noneOfPatterns`. */
export interface ContextGates {
  anyOf: (string[][] | null)[];
  noneOf: (string[][] | null)[];
}

/** The prefilters of a context's patterns, index for index with `anyOfPatterns` / `noneOfPatterns`. */
export interface ContextAnalysis {
  anyOf: PatternAnalysis[];
  noneOf: PatternAnalysis[];
}

export interface RawLayout {
  /** Nothing but spaces and punctuation shares the line with the match. */
  standalone?: boolean;
  /** The match opens its line (spaces and punctuation before it are allowed). */
  lineStart?: boolean;
  /** Every letter of the match is a capital. */
  upperCase?: boolean;
  /** The match sits within the first / last N non-empty lines of the text. */
  firstLines?: number;
  lastLines?: number;
  /** The match's line is at most this many characters long (a banner, not a paragraph). */
  maxLineLength?: number;
}

export interface SourceRef {
  file: string;
  line: number;
}

export interface CompiledPattern {
  re: RegExp;
  /** `re` trying one position at a time (sticky, not global); made on first need by rules/compile.ts. */
  sticky: RegExp;
  /** `re` and `sticky` for texts without surrogates (rules/regex.ts `bmpSource`): built-in patterns with a Unicode
   * property escape only. */
  bmpRe?: RegExp;
  bmpSticky?: RegExp;
  /** The BMP form for texts whose non-ASCII units are all among `chars` (ascending; rules/regex.ts narrowSource):
   * made for the first such set asked with only, undefined for any other (then bmpRe / bmpSticky). */
  bmpWithin?: (chars: Int32Array, sticky: boolean) => RegExp | undefined;
  /** The same, without the alternatives a short text cannot match (`flat`: its folded view with line breaks as spaces;
   * rules/regex.ts prunedSource): undefined when none is left out (then bmpWithin). Built-in patterns only. */
  pruned?: (flat: string, chars: Int32Array, sticky: boolean) => RegExp | undefined;
  on: 'text' | 'lower' | 'folded' | 'original';
  group?: number | string;
  source: string;
  /** Folded literals of which every match contains one; absent: the regex runs on the whole text. (The three
   * prefilters are derived when the rule is compiled — analyze/pattern.ts — and only read by the engine.) */
  triggers?: string[];
  /** How many digits every match holds, and within how many units. */
  digits?: DigitNeed;
  /** How far before its trigger a match may start, and how long it may be. */
  reach?: TriggerReach;
  /** The units a match can start with. */
  starts?: StartUnits;
  /** None of `starts.ascii` stands in a match between its first unit and its first digit (analyze/opening.ts
   * fencedOf): a long text's digit ranges are tried only at the last such unit before a digit. */
  fenced?: true;
  /** The classes of a match's first units, for a pattern with neither triggers nor a digit group: a long text's
   * windows try it only where the byte kernel found them (analyze/opening.ts). */
  opening?: Opening;
  /** More sets of folded literals of which every match contains one (besides the triggers): a short text is asked
   * for each before the regex is compiled. */
  needs?: string[][];
  /** Sets of literals as written of which every match holds one in the string it reads (patterns without `i`): a
   * short text is asked for each too. */
  exact?: string[][];
  /** Sets of folded literals of which every match holds one within itself: on a long text, a trigger hit is tried
   * only when the stretch a match holding it can cover has a member of each (analyze/pattern.ts). */
  inside?: string[][];
  /** Nothing the pattern reads can be a line break: on a long text, a trigger hit is tried only when its line holds a
   * member of each of `needs` (analyze/pattern.ts). */
  inLine?: true;
  /** Sets of caseless characters as written of which every match holds one on its trigger's line before the trigger
   * (analyze/pattern.ts): a short text runs the pattern only where a trigger's line holds a member of each there. */
  before?: string[][];
  /** Sets of folded literals of which every match holds one on its trigger's line from the trigger's start on
   * (analyze/pattern.ts): a short text runs the pattern only where a trigger's line holds a member of each there. */
  after?: string[][];
}

export interface NormTerm {
  raw: string;
  plain: string;
  folded: string;
}

export interface CompiledContext {
  window: number;
  scope: 'window' | 'line' | 'document';
  anyOf: NormTerm[];
  minMatches: number;
  noneOf: NormTerm[];
  anyOfPatterns: RegExp[];
  /** How many `anyOfPatterns` there are, without compiling them (see validate/checks.ts contextPossible). */
  anyOfPatternCount?: number;
  noneOfPatterns: RegExp[];
  patternsOn: 'folded' | 'text';
  /** The prefilters of the patterns (document scope only, derived on first need for rules not built in): a long
   * text is read by a pattern only from where a match holding one of its triggers can start (validate/checks.ts). */
  analysis?: ContextAnalysis;
  /** Built-in window/line contexts: each pattern's required literal sets (see RawContext.gates), asked of the
   * folded region whichever string the patterns read. */
  gates?: ContextGates;
}

export type ValidatorFn = (value: string, params: Record<string, unknown>) => boolean;

export interface CompiledRule {
  id: string;
  title: Localized;
  rationale: Localized;
  regulation?: Localized;
  category: Category;
  severity: Severity;
  redactable: boolean;
  placeholder: string;
  keywords: NormTerm[];
  keywordOptions: Required<Omit<RawKeywords, 'terms'>>;
  patterns: CompiledPattern[];
  validators: { name: string; fn: ValidatorFn; params: Record<string, unknown> }[];
  /** All must hold. */
  context?: CompiledContext[];
  layout?: RawLayout[];
  exceptionValues: Set<string>;
  exceptionPatterns: RegExp[];
  /** The required literal sets of the first `exceptionPatterns` (the built-in ones; see RawRule.exceptionGates).
   * Patterns a config adds come after them and have none. */
  exceptionGates?: (string[][] | null)[];
  examples: { match: string[]; noMatch: string[] };
  /** The fields written with `{{name}}` references, as written (see RawRule.written). */
  written?: Record<string, string | string[]>;
  source: SourceRef;
  /** Set by a config file or override; disabled rules are compiled (for `rules list`) but never run. */
  enabled: boolean;
}

/**
 * A change to an existing rule, from a config file's `overrides:` or a rule file's `- extends: <id>` entry:
 * switch it off, change its severity, or add keywords, exceptions and examples without copying the rule.
 */
export interface RuleChange {
  id: string;
  enabled?: boolean;
  severity?: Severity;
  keywords?: string[];
  exceptions?: { values?: string[]; patterns?: string[] };
  examples?: { match?: string[]; noMatch?: string[] };
  /** Where the change was written (for error messages). */
  at: { file: string; line: number; column: number };
}
