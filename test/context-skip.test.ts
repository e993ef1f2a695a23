import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Candidate, Matchers } from '../src/match/candidates.js';
import { LineIndex } from '../src/normalize/lines.js';
import { buildView } from '../src/normalize/view.js';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { accept, contextPossible } from '../src/validate/checks.js';

// The matcher skips the regexes of a rule whose context cannot hold anywhere in the view (validate/checks.ts
// contextPossible). That is only sound if no candidate of such a rule would ever have been accepted: checked here on
// the fixture documents and every rule example, with the matcher run without the skip.
const rules = loadRuleSet();
const matchers = new Matchers(rules.filter((r) => r.enabled));
const root = resolve(__dirname, '..');
const texts = [
  ...['vn', 'cz', 'intl'].flatMap((d) => readdirSync(join(root, 'fixtures', d)).filter((f) => /\.(txt|md|csv|yaml|eml)$/.test(f)).map((f) => readFileSync(join(root, 'fixtures', d, f), 'utf8'))),
  ...rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]),
];

describe('rules whose context cannot hold run no regex', () => {
  it('no candidate of such a rule is ever accepted', () => {
    let skipped = 0;
    let candidates = 0;
    for (const text of texts) {
      const view = buildView(text);
      const facts = { view, lines: new LineIndex(text), text, base: 0 };
      const all: Candidate[] = [];
      matchers.find(view, (c) => all.push(c));
      const dead = new Set(rules.filter((r) => !contextPossible(r, view)));
      skipped += dead.size;
      for (const c of all) {
        if (!dead.has(c.rule)) continue;
        candidates++;
        expect(accept(c, facts), `${c.rule.id} at ${c.os} in ${JSON.stringify(text.slice(0, 60))}`).toBe(false);
      }
    }
    // The check means something: rules were skipped, and some of them had candidates the context then refused.
    expect(skipped).toBeGreaterThan(100);
    expect(candidates).toBeGreaterThan(10);
  });

  it('a rule that needs a context word runs when the word is there, and not when it is absent', () => {
    const rule = rules.find((r) => r.context?.some((c) => c.anyOf.length > 0 && c.minMatches > (c.anyOfPatternCount ?? 0)))!;
    const ctx = rule.context!.find((c) => c.anyOf.length > 0 && c.minMatches > (c.anyOfPatternCount ?? 0))!;
    const words = ctx.anyOf.slice(0, ctx.minMatches).map((t) => t.raw).join(' ');
    expect(contextPossible(rule, buildView(`lorem ipsum ${words} dolor`))).toBe(true);
    expect(contextPossible(rule, buildView('lorem ipsum dolor'))).toBe(false);
  });
});
