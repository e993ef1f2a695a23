import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { runExamples } from '../src/rules/examples.js';

// Every built-in rule carries texts that must and must not match; each one is a test case here.
const rules = loadRuleSet();

describe('built-in rule examples', () => {
  for (const rule of rules) {
    describe(rule.id, () => {
      it('has at least 3 must-match and 3 must-not-match examples', () => {
        expect(rule.examples.match.length).toBeGreaterThanOrEqual(3);
        expect(rule.examples.noMatch.length).toBeGreaterThanOrEqual(3);
      });
      const { failures } = runExamples([rule]);
      for (const ex of rule.examples.match) {
        it(`matches: ${JSON.stringify(ex).slice(0, 70)}`, () => {
          expect(failures.filter((f) => f.kind === 'match' && f.example === ex)).toEqual([]);
        });
      }
      for (const ex of rule.examples.noMatch) {
        it(`does not match: ${JSON.stringify(ex).slice(0, 70)}`, () => {
          expect(failures.filter((f) => f.kind === 'noMatch' && f.example === ex)).toEqual([]);
        });
      }
    });
  }
});
