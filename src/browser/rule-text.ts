import { compileRule } from '../rules/compile.js';
import { parseRuleText } from '../rules/load.js';
import type { CompiledRule } from '../rules/model.js';

/**
 * An organisation's rule file given as text (the extension's managed policy holds it: a browser reads no file),
 * compiled for `createPromptGate`. Problems come back as "line:column message" lines; a caller must refuse to scan
 * with a rule set that has any (fail closed: a rule the officer wrote and the browser dropped would pass its text).
 * Not supported here: `extends:` entries (they need the built-in files' YAML) and the regex safety analyser (its
 * packages are not bundled; `promptgate rules validate` on the officer's machine runs it before the policy ships).
 */
export function compileRuleText(text: string, name = 'policy'): { rules: CompiledRule[]; problems: string[] } {
  const r = parseRuleText(text, name);
  const problems = r.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
  if (r.extensions?.length) problems.push('`extends:` entries are not supported in the browser; write the whole rule');
  if (problems.length > 0) return { rules: [], problems };
  try {
    return { rules: r.rules.map(compileRule), problems };
  } catch (e) {
    return { rules: [], problems: [e instanceof Error ? e.message : String(e)] };
  }
}
