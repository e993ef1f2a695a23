import type * as Regexpp from '@eslint-community/regexpp';
import { platform } from '../engine/platform.js';

/**
 * Static check for catastrophic backtracking ("ReDoS") in rule regexes.
 *
 * A backtracking engine blows up when a repeated piece can match the same text in more than one way: on a text that
 * almost matches, it tries every way. For a repetition `E*` (or `E{n,m}` with a large m) that happens exactly when
 *   - two alternatives of E can match the same text      — `(\w|\d)*`, `(a|a)*`
 *   - one pass of E can also be read as several passes   — `(a+)+`, `(\w+\s?)*`, `(a|aa)*`
 * Both are language questions, answered exactly with finite automata (refa) on the parsed regex (regexpp), so a safe
 * repetition like `(?:[\w-]+\.)+` or `(?:\s+\w+)*` is not refused. Lookarounds and `\b` are ignored (that only makes
 * the check stricter); back-references are dropped. A regex too large to analyse (its automaton exceeds the node
 * limit, e.g. `(?:a{1,100000})+`) is refused as undecided, never passed silently: `--no-validate-regex` accepts it,
 * and the scan-time watchdog (regex-watchdog.ts) still bounds it.
 *
 * The analysers take ~200 ms to load, so they are required lazily, only when a rule file written by a user (or
 * `promptgate rules validate`) has regexes; built-in rules are checked by the test suite instead.
 */

export interface RegexHazard {
  /** The repeated piece, as written in the regex. */
  part: string;
  /** Why it can backtrack catastrophically, in plain words. */
  reason: string;
  /** The check could not decide (the automaton is too large to analyse): refused, not known to be unsafe. */
  undecided?: boolean;
}

/** Bounded repetitions below this many passes cannot blow up far enough to matter. */
const MIN_DANGEROUS_MAX = 10;
const MAX_NODES = 10_000;

function load() {
  return { regexpp: platform().load('@eslint-community/regexpp'), refa: platform().load('refa') };
}

/** Returns the first catastrophic repetition in the regex, or undefined when it is safe (or cannot be parsed). */
export function regexHazard(source: string, flags = ''): RegexHazard | undefined {
  const { regexpp, refa } = load();
  let pattern: Regexpp.AST.Pattern;
  let flagsAst: Regexpp.AST.Flags;
  try {
    const rp = new regexpp.RegExpParser({ ecmaVersion: 2024 });
    const allFlags = [...new Set(['u', ...flags.replace(/[gdy]/g, '')])].join('');
    flagsAst = rp.parseFlags(allFlags);
    pattern = rp.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined; // an invalid regex is reported by the loader's own compile check
  }
  const parser = refa.JS.Parser.fromAst({ pattern, flags: flagsAst });
  const nfa = (el: Regexpp.AST.Element | Regexpp.AST.Alternative) => {
    const { expression, maxCharacter } = parser.parseElement(el, { assertions: 'ignore', backreferences: 'disable', maxNodes: MAX_NODES });
    return refa.NFA.fromRegex(expression, { maxCharacter }, {}, new refa.NFA.LimitedNodeFactory(MAX_NODES));
  };

  const quantifiers: Regexpp.AST.Quantifier[] = [];
  regexpp.visitRegExpAST(pattern, { onQuantifierEnter: (q) => { quantifiers.push(q); } });
  for (const q of quantifiers) {
    if (q.max < MIN_DANGEROUS_MAX) continue;
    const e = q.element;
    try {
      const alts = e.type === 'Group' || e.type === 'CapturingGroup' ? e.alternatives : [e];
      for (let i = 0; i < alts.length; i++) {
        for (let j = i + 1; j < alts.length; j++) {
          if (!refa.isDisjointWith(nfa(alts[i]), nfa(alts[j]), MAX_NODES)) {
            return { part: q.raw, reason: `the alternatives \`${alts[i].raw}\` and \`${alts[j].raw}\` can match the same text, and they are repeated` };
          }
        }
      }
      if (isSingleCharacter(e)) continue;
      const once = nfa(e);
      const several = nfa(e);
      several.quantify(2, Infinity, new refa.NFA.LimitedNodeFactory(MAX_NODES));
      if (!refa.isDisjointWith(once, several, MAX_NODES)) {
        return { part: q.raw, reason: `one repetition of \`${e.raw}\` can also be read as several repetitions` };
      }
    } catch {
      // Too large to analyse: not known to be safe, so not passed (see hazardProblem).
      return { part: q.raw, reason: `its automaton has more than ${MAX_NODES} states, too many to analyse`, undecided: true };
    }
  }
  return undefined;
}

function isSingleCharacter(e: Regexpp.AST.QuantifiableElement): boolean {
  // (Only the `v` flag's string classes can match more than one character; rule regexes use `u`.)
  return e.type === 'Character' || e.type === 'CharacterClass' || e.type === 'CharacterSet';
}

/** The loader's message and fix for a hazard: what is wrong, where, and how to rewrite it. */
export function hazardProblem(h: RegexHazard): { message: string; fix: string } {
  if (h.undecided) {
    return {
      message: `the regular expression cannot be checked for catastrophic backtracking in \`${h.part}\` (${h.reason}), so it was refused`,
      fix: 'use smaller repetition counts (e.g. `{1,100}` instead of `{1,100000}`) or a simpler pattern; or accept it unchecked with --no-validate-regex (a scan still stops a regex that runs too long)',
    };
  }
  return {
    message: `the regular expression could make a scan hang (catastrophic backtracking) in \`${h.part}\`: ${h.reason}`,
    fix: 'rewrite it so every piece of text can be matched in only one way, e.g. `(a+)+` → `a+`, `(\\w|\\d)*` → `\\w*`, `(\\w+\\s?)*` → `[\\w\\s]*`',
  };
}

/**
 * A pattern on a normalised view (`text`, `lower`, `folded`) that asks for blanks the views never hold: every run of
 * white space there is one " " or one "\n", so a tab, a "\r", a no-break space or two spaces in a row can never match
 * (the rule would silently never fire). Returns the offending piece, or undefined. Classes are fine when they also
 * hold a space or a line break (`[ \t]`), and so is anything optional (`\r?`, one of several alternatives, inside a
 * lookaround).
 */
export function viewBlankHazard(source: string, flags = ''): string | undefined {
  const { regexpp } = load();
  let pattern: Regexpp.AST.Pattern;
  try {
    pattern = new regexpp.RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return undefined;
  }
  const VIEW_BLANKS = new Set([32, 10]);
  const isOtherBlank = (c: number) => /\s/u.test(String.fromCodePoint(c)) && !VIEW_BLANKS.has(c);
  // Whether a node can only match blanks the views never hold.
  const never = (n: Regexpp.AST.Node): boolean => {
    if (n.type === 'Character') return isOtherBlank(n.value);
    if (n.type === 'CharacterClass' && !n.negate) {
      return n.elements.length > 0 && n.elements.every((x) => x.type === 'Character' && isOtherBlank(x.value));
    }
    return false;
  };
  let found: string | undefined;
  // `optional`: inside a lookaround, an optional repeat (`\r?`) or one of several alternatives — the pattern can
  // still match without it, so it is not reported.
  const visit = (n: Regexpp.AST.Node, optional: boolean): void => {
    if (found) return;
    if (n.type === 'Assertion' && (n.kind === 'lookahead' || n.kind === 'lookbehind')) return;
    if (!optional) {
      if (never(n)) {
        found = n.raw;
        return;
      }
      // Two spaces in a row: "  " or " {2,}".
      if (n.type === 'Quantifier' && n.min >= 2 && n.element.type === 'Character' && n.element.value === 32) {
        found = n.raw;
        return;
      }
      if (n.type === 'Alternative') {
        for (let i = 1; i < n.elements.length; i++) {
          const a = n.elements[i - 1];
          const b = n.elements[i];
          if (a.type === 'Character' && a.value === 32 && b.type === 'Character' && b.value === 32) {
            found = `${a.raw}${b.raw}`;
            return;
          }
        }
      }
    }
    if (n.type === 'CharacterClass') return;
    if ('alternatives' in n) for (const a of n.alternatives) visit(a, optional || n.alternatives.length > 1);
    if ('elements' in n && n.type === 'Alternative') for (const e of n.elements) visit(e, optional);
    if (n.type === 'Quantifier') visit(n.element, optional || n.min === 0);
  };
  visit(pattern, false);
  void flags;
  return found;
}
