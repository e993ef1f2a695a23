import type { RuleProblem } from '../errors.js';
import { normalizeTerm } from '../normalize/view.js';
import type { CompiledRule, RuleChange } from '../rules/model.js';
import { closest } from '../rules/suggest.js';

/** Regexes a user added to a rule (an extension, an override, a config exception): the watchdog must watch them. */
const USER_REGEX = Symbol('promptgate.userRegex');
export function markUserRegex(re: RegExp): RegExp {
  (re as RegExp & { [USER_REGEX]?: true })[USER_REGEX] = true;
  return re;
}
export function isUserRegex(re: RegExp): boolean {
  return (re as RegExp & { [USER_REGEX]?: true })[USER_REGEX] === true;
}

/** Exceptions from a config file that hold for every rule. */
export interface GlobalExceptions {
  terms?: string[];
  patterns?: string[];
}

/**
 * Applies config overrides and `extends:` entries to the compiled rules, in the order given (later wins for
 * `enabled`/`severity`; additions accumulate). A change naming no loaded rule is a problem, with a suggestion.
 */
export function applyRuleChanges(rules: CompiledRule[], changes: RuleChange[], problems: RuleProblem[]): void {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const c of changes) {
    const rule = byId.get(c.id);
    if (!rule) {
      const guess = closest(c.id, [...byId.keys()]);
      problems.push({
        ...c.at, ruleId: c.id,
        message: `there is no loaded rule \`${c.id}\` to change`,
        fix: guess ? `did you mean \`${guess}\`?` : 'run `promptgate rules list` to see the ids of the active rules',
      });
      continue;
    }
    if (c.enabled !== undefined) rule.enabled = c.enabled;
    if (c.severity !== undefined) rule.severity = c.severity;
    for (const k of c.keywords ?? []) {
      const t = { raw: k, ...normalizeTerm(k) };
      if (t.folded.length > 0) rule.keywords.push(t);
    }
    addExceptions(rule, c.exceptions?.values ?? [], c.exceptions?.patterns ?? []);
    rule.examples.match.push(...(c.examples?.match ?? []));
    rule.examples.noMatch.push(...(c.examples?.noMatch ?? []));
  }
}

export function applyGlobalExceptions(rules: CompiledRule[], ex: GlobalExceptions | undefined): void {
  if (!ex) return;
  for (const rule of rules) addExceptions(rule, ex.terms ?? [], ex.patterns ?? []);
}

function addExceptions(rule: CompiledRule, values: string[], patterns: string[]) {
  for (const v of values) rule.exceptionValues.add(normalizeTerm(v).plain);
  for (const p of patterns) rule.exceptionPatterns.push(markUserRegex(new RegExp(p, 'iu')));
}
