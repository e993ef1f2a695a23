import * as regexpp from '@eslint-community/regexpp';
import * as entities from 'entities';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import builtin from 'promptgate:builtin-rules';
import { type BrowserScanResult, createPromptGate, type PromptGate } from '../browser/entry.js';
import { compileRuleText } from '../browser/rule-text.js';
import type { LazyPackages } from '../engine/platform.js';
import type { Severity } from '../types.js';

export type Finding = BrowserScanResult['findings'][number];
/** What happens to a message: it goes, it waits for the user (findings below failOn), or it does not go. */
export type Decision = 'pass' | 'warn' | 'block';

const RANK: Record<string, number> = { info: 0, warn: 1, block: 2 };

/** block: a finding at or above failOn; warn: a warning below it (the user decides, if policy lets them). */
export function decide(findings: Finding[], failOn: Severity): Decision {
  if (findings.some((f) => RANK[f.severity] >= RANK[failOn])) return 'block';
  if (findings.some((f) => f.severity === 'warn')) return 'warn';
  return 'pass';
}

/** Thrown when the checker cannot be made: the message is not sent and the panel shows `why`. */
export class GateError extends Error {
  constructor(readonly kind: 'rules' | 'engine', readonly detail: string) {
    super(detail);
  }
}

/** The engine with the built-in packs and the organisation's rules, ready for a synchronous scan. */
export function loadGate(rulesText: string | undefined): PromptGate {
  let rules;
  if (rulesText?.trim()) {
    const r = compileRuleText(rulesText);
    if (r.problems.length > 0) throw new GateError('rules', r.problems.slice(0, 3).join('; '));
    rules = r.rules;
  }
  try {
    const packages = {
      '@eslint-community/regexpp': regexpp,
      entities,
      'natural/lib/natural/distance/levenshtein_distance.js': levenshtein,
    } as unknown as LazyPackages;
    const gate = createPromptGate(builtin, packages, { rules });
    gate.scanTextNow('promptgate'); // compiles the rules now, not on the user's first Enter
    return gate;
  } catch (e) {
    throw new GateError('engine', e instanceof Error ? e.message : String(e));
  }
}
