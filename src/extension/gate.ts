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

/** A harmless prompt with the shapes the rules look at (numbers, dates, an address, diacritics), scanned at load. */
const WARM_UP = [
  'Xin chào, nhờ bạn tóm tắt giúp công văn số 12/2024 ngày 05.03.2024 về kế hoạch tập huấn, liên hệ phòng họp tầng 3.',
  'Dobrý den, shrňte prosím zápis z porady 14. 2. 2025, č. j. 123/2025, a připravte odpověď do pátku.',
  'Hello, please review https://example.org/docs?id=42 and the table below: 1,234.56; 0.5%; v1.2.3.',
].join('\n');

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
    gate.scanTextNow(WARM_UP); // compiles the rules and the regexes now, not on the user's first Enter
    return gate;
  } catch (e) {
    throw new GateError('engine', e instanceof Error ? e.message : String(e));
  }
}
