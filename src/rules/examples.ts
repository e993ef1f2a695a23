import { Engine } from '../engine/engine.js';
import type { CompiledRule } from './model.js';

export interface ExampleFailure {
  ruleId: string;
  file: string;
  line: number;
  kind: 'match' | 'noMatch';
  example: string;
  /** What happened instead, in words. */
  problem: string;
}

/**
 * Runs each rule's own examples against that rule alone: every `match` text must give at least one finding,
 * every `noMatch` text none. Used by the test suite and by `promptgate rules test`.
 */
export function runExamples(rules: CompiledRule[]): { failures: ExampleFailure[]; checked: number } {
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const rule of rules) {
    const engine = new Engine([{ ...rule, enabled: true }]);
    const base = { ruleId: rule.id, file: rule.source.file, line: rule.source.line };
    for (const ex of rule.examples.match) {
      checked++;
      const found = engine.scanText(ex, 'example');
      if (found.length === 0) failures.push({ ...base, kind: 'match', example: ex, problem: 'expected a finding, found none' });
    }
    for (const ex of rule.examples.noMatch) {
      checked++;
      const found = engine.scanText(ex, 'example');
      if (found.length > 0) {
        const f = found[0];
        failures.push({ ...base, kind: 'noMatch', example: ex, problem: `expected no finding, found "${f.excerpt}" at ${f.line}:${f.column}` });
      }
    }
  }
  return { failures, checked };
}
