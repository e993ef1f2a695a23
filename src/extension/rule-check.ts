import * as regexpp from '@eslint-community/regexpp';
import vocabularies from 'promptgate:builtin-vocabularies';
import * as refa from 'refa';
import { compileRuleText } from '../browser/rule-text.js';
import { type LazyPackages, portablePlatform, usePlatform } from '../engine/platform.js';

/**
 * The organisation's rules checked as the CLI checks a user's rule file, in the background (the service worker;
 * Firefox's background page): the loader's checks and the static ReDoS check (analyze/safety.ts), whose analysers
 * (regexpp, refa) are bundled here only. The content script and the options page ask before compiling the rules
 * themselves (gate.ts) and get the problems, none when the rules may be used.
 */
export interface RuleCheckRequest {
  type: 'rules:check';
  text: string;
}

export function isRuleCheckRequest(m: unknown): m is RuleCheckRequest {
  const r = m as Partial<RuleCheckRequest> | null;
  return r?.type === 'rules:check' && typeof r.text === 'string';
}

const PACKAGES = { '@eslint-community/regexpp': regexpp, refa } as unknown as LazyPackages;

export function checkRules(r: RuleCheckRequest): { problems: string[] } {
  usePlatform({ ...portablePlatform, load: (name) => PACKAGES[name] });
  return { problems: compileRuleText(r.text, 'policy', { checkRegexSafety: true, builtinVocabulary: (pack) => vocabularies[pack] }).problems };
}
