import { createRequire } from 'node:module';
import type * as Regexpp from '@eslint-community/regexpp';
import type { AST } from '@eslint-community/regexpp';
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
const require = createRequire(import.meta.url);
let regexpp: typeof Regexpp | undefined;

/** Single characters worth a trigger: rare punctuation, not letters, digits or everyday punctuation. */
const RARE_CHAR = /^[@<>_$#%&*=|~^`\\{}[\]]$/;

type Lits = string[] | null; // null: no literal is required

export function deriveTriggers(source: string, flags: string): string[] | undefined {
  regexpp ??= require('@eslint-community/regexpp') as typeof Regexpp;
  let ast: AST.Pattern;
  try {
    ast = new regexpp.RegExpParser().parsePattern(source, 0, source.length, { unicode: flags.includes('u') });
  } catch {
    return undefined;
  }
  const lits = disjunction(ast.alternatives);
  if (!lits) return undefined;
  const folded = [...new Set(lits.map((l) => normalizeTerm(l).folded))];
  if (folded.some((l) => !usable(l)) || folded.length > 200) return undefined;
  return folded.sort();
}

function usable(l: string): boolean {
  return l.length >= 2 || RARE_CHAR.test(l);
}

function score(l: Lits): number {
  if (!l || l.length === 0) return -1;
  const min = Math.min(...l.map((s) => s.trim().length));
  if (min === 0 || !l.every((s) => usable(s.trim()))) return -1;
  return min * 1000 - l.length;
}

function disjunction(alts: AST.Alternative[]): Lits {
  const out: string[] = [];
  for (const a of alts) {
    const l = alternative(a.elements);
    if (!l) return null;
    out.push(...l);
  }
  return out;
}

/** A sequence: each maximal run of literal characters, and each required sub-part, is a candidate; keep the best. */
function alternative(elements: AST.Element[]): Lits {
  let best: Lits = null;
  let run = '';
  const consider = (l: Lits) => {
    if (score(l) > score(best)) best = l;
  };
  const endRun = () => {
    if (run) consider([run]);
    run = '';
  };
  for (const e of elements) {
    const ch = literalChar(e);
    if (ch !== undefined) {
      run += ch;
      continue;
    }
    endRun();
    if (e.type === 'Group' || e.type === 'CapturingGroup') consider(disjunction(e.alternatives));
    else if (e.type === 'Quantifier' && e.min >= 1) {
      const inner = literalChar(e.element);
      if (inner !== undefined) consider([inner.repeat(Math.min(e.min, 8))]);
      else if (e.element.type === 'Group' || e.element.type === 'CapturingGroup') consider(disjunction(e.element.alternatives));
    }
  }
  endRun();
  return best;
}

/** The character an element always matches, if it is a single literal character. */
function literalChar(e: AST.Element): string | undefined {
  if (e.type === 'Character') return String.fromCodePoint(e.value);
  if (e.type === 'CharacterClass' && !e.negate && e.elements.length > 0) {
    // [Čč], [jJ]: a class whose members fold to one letter is that letter.
    const chars = e.elements.map((x) => (x.type === 'Character' ? normalizeTerm(String.fromCodePoint(x.value)).folded : undefined));
    if (chars.every((c) => c !== undefined && c.length === 1 && c === chars[0])) return chars[0];
  }
  return undefined;
}
