import { compileRule } from '../rules/compile.js';
import { type ParseOptions, parseRuleText } from '../rules/load.js';
import type { CompiledRule, RuleChange } from '../rules/model.js';

export interface RuleTextOptions {
  /**
   * Refuse regexes that can backtrack catastrophically, and patterns on a view that asks for blanks it never holds
   * (analyze/safety.ts: the check the CLI runs on a user's rule files). Needs `@eslint-community/regexpp` and `refa`
   * from the platform's packages.
   */
  checkRegexSafety?: boolean;
  /** Texts of the built-in packs' vocabulary files, for `use: [builtin:<pack>]`. */
  builtinVocabulary?: ParseOptions['builtinVocabulary'];
}

/**
 * An organisation's rule file given as text (the extension's managed policy holds it: a browser reads no file),
 * compiled for `createPromptGate`. Problems come back as "line:column message" lines; a caller must refuse to scan
 * with a rule set that has any (fail closed: a rule the officer wrote and the browser dropped would pass its text).
 * `extends:` entries come back as changes for `createPromptGate` (which knows the built-in rules they change);
 * `use:` can name a built-in vocabulary (`builtin:vn`), never a file.
 */
export function compileRuleText(text: string, name = 'policy', opts: RuleTextOptions = {}): { rules: CompiledRule[]; changes: RuleChange[]; problems: string[] } {
  const r = parseRuleText(text, name, { checkRegexSafety: opts.checkRegexSafety, builtinVocabulary: opts.builtinVocabulary });
  const problems = r.problems.map((p) => `${p.file === name ? '' : `${p.file}:`}${p.line}:${p.column} ${p.message}`);
  if (problems.length > 0) return { rules: [], changes: [], problems };
  try {
    return { rules: r.rules.map(compileRule), changes: r.extensions ?? [], problems };
  } catch (e) {
    return { rules: [], changes: [], problems: [e instanceof Error ? e.message : String(e)] };
  }
}
