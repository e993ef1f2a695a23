/** Shared types at the boundaries of the pipeline: input → decode → normalise → match → validate → decide → report. */

export const CATEGORIES = [
  'classified-marking',
  'official-document',
  'national-id',
  'financial',
  'credential',
  'contact',
  'sensitive-personal',
  'fingerprint',
  'infrastructure',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warn', 'block'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Default severity of each category, from the contract. */
export const DEFAULT_SEVERITY: Record<Category, Severity> = {
  'classified-marking': 'block',
  'official-document': 'warn',
  'national-id': 'block',
  financial: 'block',
  credential: 'block',
  contact: 'warn',
  'sensitive-personal': 'warn',
  fingerprint: 'block',
  infrastructure: 'warn',
};

/** Categories whose findings can be cut out of a text; the others mean the whole text must stay inside. */
export const REDACTABLE_BY_DEFAULT: Record<Category, boolean> = {
  'classified-marking': false,
  'official-document': true,
  'national-id': true,
  financial: true,
  credential: true,
  contact: true,
  'sensitive-personal': true,
  fingerprint: false,
  infrastructure: true,
};

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export type Lang = 'vi' | 'cs' | 'en';
/** A text a person reads: one string, or one per language. */
export type Localized = string | Partial<Record<Lang, string>>;

/** One finding, as the contract's JSON prints it (plus internal offsets that the JSON writer drops). */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  source: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  message: string;
  /** Where in a document the text came from ("header of section 1", "sheet Lương, cell D14"), when known. */
  location?: string;
  /** Original UTF-16 offsets [start, end) in the decoded text; internal, not part of the JSON contract. */
  start: number;
  end: number;
  /** Keyed digest of rule id + normalised value (see baseline/digest.ts); internal, never printed. */
  digest?: string;
  /** Findings of category `fingerprint`: which registered document, never any of its text. */
  fingerprint?: FingerprintMatch;
}

/** A registered document's label and id, the input's words that match it, and their share of the input. */
export interface FingerprintMatch {
  label: string;
  id: string;
  words: number;
  share: number;
}

/** A finding that was found but waived: by an inline `promptgate-ignore…` marker, or by a baseline. */
export interface SuppressedFinding extends Finding {
  suppressedBy: 'inline' | 'baseline';
  /** The reason written in the inline marker. */
  reason?: string;
}

/** Something the user should fix that is not a finding (e.g. an inline ignore written wrong). */
export interface ScanWarning {
  source: string;
  line?: number;
  message: string;
}

export interface Skipped {
  source: string;
  reason: string;
}

export type Verdict = 'block' | 'warn' | 'pass';

/** Every input accounted for (the contract's `summary`). */
export interface ScanSummary {
  /** Files and texts that were to be scanned (after ignore files and exclusions). */
  files: number;
  /** Of those, the ones read completely (no entry in `skipped`). */
  scanned: number;
  /** Entries in `skipped`. */
  skipped: number;
  /** Files left out by .gitignore, .promptgateignore, `node_modules` or the config's exclusions. */
  ignored: number;
  /** Links to folders that were not walked into. */
  notFollowed: number;
  findings: Record<Severity, number>;
}

export interface ScanResult {
  version: 1;
  verdict: Verdict;
  findings: Finding[];
  skipped: Skipped[];
  /** False whenever anything was skipped (the exit code is then 2). */
  complete?: boolean;
  summary?: ScanSummary;
  tool?: { name: string; version: string };
  /** What `summary.ignored` / `summary.notFollowed` count, with why (named in reports with --verbose). */
  ignored?: { source: string; by: string }[];
  notFollowed?: { source: string; by: string }[];
  /** Files or folders were given (not only a text or standard input): the pretty report then says what it checked. */
  walked?: boolean;
  /** Findings waived inline or by a baseline (present only when there are some). */
  suppressed?: SuppressedFinding[];
  warnings?: ScanWarning[];
}
