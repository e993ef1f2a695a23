import { Engine } from '../../src/engine/engine.js';
import { compileRule } from '../../src/rules/compile.js';
import { parseRuleText } from '../../src/rules/load.js';
import type { Finding } from '../../src/types.js';

/** Compiles rules written inline in a test (YAML text) into an engine; fails the test on any rule problem. */
export function engineFrom(yaml: string): Engine {
  const r = parseRuleText(yaml, 'inline.yaml');
  if (r.problems.length > 0) throw new Error(r.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return new Engine(r.rules.map(compileRule));
}

/** The exact original text each finding points at (what the user would see highlighted). */
export function spans(text: string, findings: Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
