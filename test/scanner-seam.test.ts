import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StageCall } from '../src/engine/scanner.js';
import { createEngine, releaseEngine, WatchedEngine } from '../src/runtime/regex-watchdog.js';
import { scan } from '../src/scan.js';
import { tempDir } from './helpers/cli.js';
import { testRules } from './helpers/git-repo.js';

// The one TextScanner seam (engine/scanner.ts): scan() composes the engine, fingerprints, the post-filter and the
// caller's stages around it, and every input kind goes through it once per text.
describe('the TextScanner seam', () => {
  const dir = tempDir();
  const rules = testRules(tempDir())[2];
  writeFileSync(join(dir, 'a.txt'), 'CCCD 001099012345\n# promptgate-ignore-next-line test.cccd -- published sample\nCCCD 079203004567\n');
  writeFileSync(join(dir, 'b.html'), '<p>Khoá: pgk_ZYXWVUTSRQPONMLK</p>');

  /** A caller's stage that records each text it is given and what comes back to it. */
  function recorder() {
    const seen: { source: string; found: string[] }[] = [];
    const call: StageCall = (inner, text, source, o) => {
      const found = inner.scanText(text, source, o);
      seen.push({ source, found: found.map((f) => `${f.line}:${f.ruleId}`) });
      return found;
    };
    return { seen, call };
  }

  for (const watched of [false, true]) {
    it(`${watched ? 'the watched worker' : 'the engine'}: a caller's stage sees each text once, after the post-filter`, async () => {
      const opts = { builtin: false, extra: [rules] };
      const engine = createEngine(opts, { PROMPTGATE_WATCHDOG: watched ? 'always' : 'off' });
      expect(engine instanceof WatchedEngine).toBe(watched);
      const r = recorder();
      try {
        const result = await scan({ ...opts, engine, stages: [r.call], paths: [dir], text: 'CCCD 001099054321', sourceName: 'prompt' });
        // A text, a plain file and a document's extracted text: one call each (the engine's decoded readings stay inside).
        expect(r.seen.map((s) => s.source).sort()).toEqual([...new Set(result.findings.map((f) => f.source))].sort());
        expect(r.seen).toHaveLength(3);
        // The inline-ignored ID was taken out before the outer stage saw the findings.
        expect(r.seen.find((s) => s.source.endsWith('a.txt'))!.found).toEqual(['1:test.cccd']);
        expect(result.suppressed!.map((f) => `${f.line}:${f.ruleId}:${f.suppressedBy}`)).toEqual(['3:test.cccd:inline']);
        expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['test.cccd', 'test.cccd', 'test.token']);
      } finally {
        releaseEngine(engine);
      }
    });
  }
});
