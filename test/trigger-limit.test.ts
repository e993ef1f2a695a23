import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePattern, foldedTriggers } from '../src/analyze/pattern.js';
import { MAX_TRIGGERS } from '../src/analyze/triggers.js';
import { runFlags } from '../src/rules/compile.js';
import type { RawPatternObject } from '../src/rules/model.js';
import { loadRuleFile } from '../src/rules/load.js';
import { BUILTIN_DIR, builtinPacks, ruleFiles } from '../src/rules/ruleset.js';

// A pattern whose literal set grows past MAX_TRIGGERS gets no triggers and runs over every window of a long text —
// the findings stay the same, only slower, so nothing else would notice. In session 11 a round of new terms took
// intl.sensitive.named-person from 199 to 205 literals (the bound was 200) and the 21 MB file from 2.4 to 2.9 s.
describe('built-in patterns keep the triggers their literals give them', () => {
  const cases: { id: string; o: RawPatternObject }[] = [];
  for (const pack of builtinPacks())
    for (const f of ruleFiles(join(BUILTIN_DIR, pack)))
      for (const r of loadRuleFile(f).rules)
        for (const p of r.raw.patterns ?? []) cases.push({ id: r.raw.id, o: typeof p === 'string' ? { regex: p } : p });

  it('reads the built-in patterns', () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it('no pattern loses its triggers to the size bound', () => {
    const lost: string[] = [];
    let largest = 0;
    for (const { id, o } of cases) {
      if (o.triggers) continue; // hand-written triggers are not derived
      const unbounded = analyzePattern(o.regex, runFlags(o), o.on ?? 'text', undefined, Infinity).triggers;
      if (!unbounded) continue;
      largest = Math.max(largest, unbounded.length);
      if (!analyzePattern(o.regex, runFlags(o), o.on ?? 'text', foldedTriggers(o.triggers)).triggers) lost.push(`${id} (${unbounded.length} literals)`);
    }
    expect(lost).toEqual([]);
    expect(largest).toBeGreaterThan(150); // the sensitive-terms patterns: the check reads the large sets
    expect(largest).toBeLessThanOrEqual(MAX_TRIGGERS);
  });

  it('a set one literal past the bound gives no triggers', () => {
    const words = Array.from({ length: MAX_TRIGGERS + 1 }, (_, k) => `word${String(k).replace(/\d/g, (d) => 'abcdefghij'[+d])}x`);
    expect(new Set(words).size).toBe(MAX_TRIGGERS + 1);
    expect(analyzePattern(`(?:${words.slice(0, MAX_TRIGGERS).join('|')})`, '', 'text').triggers).toHaveLength(MAX_TRIGGERS);
    expect(analyzePattern(`(?:${words.join('|')})`, '', 'text').triggers).toBeUndefined();
  });
});
