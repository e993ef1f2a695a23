import * as regexpp from '@eslint-community/regexpp';
import * as entities from 'entities';
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import builtin from 'promptgate:builtin-rules';
import vocabularies from 'promptgate:builtin-vocabularies';
import { type BrowserScanResult, createPromptGate, type PromptGate, RuleChangeError } from '../browser/entry.js';
import { compileRuleText } from '../browser/rule-text.js';
import { type LazyPackages, portablePlatform, usePlatform } from '../engine/platform.js';
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

/** The packages the engine loads by name (engine/platform.ts), bundled. */
const PACKAGES = {
  '@eslint-community/regexpp': regexpp,
  entities,
  'natural/lib/natural/distance/levenshtein_distance.js': levenshtein,
} as unknown as LazyPackages;

/**
 * The engine with the built-in packs and the organisation's rules, ready for a synchronous scan. The rules get the
 * CLI's checks of a user's rule file, the static ReDoS check included (analyze/safety.ts, run by the background:
 * its analyser is 1 MB, too much for every page), before anything is compiled; `use:` may name the built-in
 * vocabularies (`builtin:vn`), never a file; `extends:` changes a loaded rule. Any problem refuses the whole rule
 * set: nothing is sent until it is fixed.
 */
export async function loadGate(rulesText: string | undefined): Promise<PromptGate> {
  const { rules, changes } = rulesText?.trim() ? await orgRules(rulesText) : { rules: undefined, changes: undefined };
  try {
    const gate = createPromptGate(builtin, PACKAGES, { rules, changes });
    gate.scanTextNow(WARM_UP); // compiles the rules and the regexes now, not on the user's first Enter
    return gate;
  } catch (e) {
    if (e instanceof RuleChangeError) throw new GateError('rules', e.message);
    throw new GateError('engine', e instanceof Error ? e.message : String(e));
  }
}

/** The organisation's rules checked (by the background: rule-check.ts) and compiled; the options page counts them. */
export async function orgRules(rulesText: string): Promise<ReturnType<typeof compileRuleText>> {
  const checked = (await chrome.runtime.sendMessage({ type: 'rules:check', text: rulesText }).catch(() => undefined)) as { problems?: unknown } | undefined;
  const problems = checked?.problems;
  if (!Array.isArray(problems) || !problems.every((p) => typeof p === 'string')) throw new GateError('rules', 'the regex safety check did not answer');
  if (problems.length > 0) throw new GateError('rules', problems.slice(0, 3).join('; '));
  usePlatform({ ...portablePlatform, load: (name) => PACKAGES[name] }); // what compiling a rule loads, before the gate
  const r = compileRuleText(rulesText, 'policy', { builtinVocabulary: (pack) => vocabularies[pack] });
  if (r.problems.length > 0) throw new GateError('rules', r.problems.slice(0, 3).join('; '));
  return r;
}
