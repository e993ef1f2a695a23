import { UsageError } from '../errors.js';
import type { Lang } from '../types.js';
import { cs } from './cs.js';
import { en, type Messages } from './en.js';
import { vi } from './vi.js';

export type { Messages } from './en.js';

const CATALOGUES: Record<Lang, Messages> = { en, vi, cs };

/** Everything a person reads, in their language. */
export function messages(lang: Lang): Messages {
  return CATALOGUES[lang];
}

/** Fills `{name}` slots; a slot without a value stays visible rather than printing "undefined". */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * The `--lang` value on a command line, read before commander parses it: help texts are chosen at startup,
 * before any action runs. Accepts `--lang vi` and `--lang=vi`.
 */
export function langFlag(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** Plural forms a catalogue gives for a count; which one applies is Intl.PluralRules' call for the language. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const RULES = new Map<Lang, Intl.PluralRules>();

/** "1 finding", "3 nálezy", "5 nálezů": the catalogue's form for `n`, with `{n}` filled. */
export function plural(lang: Lang, forms: PluralForms, n: number): string {
  let rules = RULES.get(lang);
  if (!rules) RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  const k = rules.select(n);
  return fill(k === 'one' || k === 'few' || k === 'many' ? forms[k] : forms.other, { n });
}

type CliKey = { [K in keyof Messages['cli']]: Messages['cli'][K] extends string ? K : never }[keyof Messages['cli']];

/**
 * An error written from the `cli` catalogue: its message is the English text (for the library and logs), and the
 * CLI says it again in the reader's language (`sayError`).
 */
export function usageError(key: CliKey, vars: Record<string, string | number> = {}, Ctor: new (message: string) => UsageError = UsageError): UsageError {
  const e = new Ctor(fill(en.cli[key], vars));
  e.said = { key, vars };
  return e;
}

/** The message of a usage error in the reader's language (the English message when it was not written from the catalogue). */
export function sayError(e: UsageError, lang: Lang): string {
  const template = e.said && (CATALOGUES[lang].cli as Record<string, unknown>)[e.said.key];
  return typeof template === 'string' ? fill(template, e.said!.vars) : e.message;
}
