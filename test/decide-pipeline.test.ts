import { describe, expect, it } from 'vitest';
import { decideText } from '../src/decide/pipeline.js';
import { compareFindings, exitCode, failing, result } from '../src/decide/verdict.js';
import type { Finding } from '../src/types.js';
import { TEST_RULES } from './helpers/git-repo.js';
import { engineFrom } from './helpers/rules.js';

// The decision steps after matching (decide/pipeline.ts), on findings the real engine made.
const engine = engineFrom(TEST_RULES);
const TEXT = [
  'TỐI MẬT',
  '# promptgate-ignore-next-line test.cccd -- published sample number',
  'CCCD 001099012345',
  'Received: from mail.example (token pgk_ZYXWVUTSRQPONMLK, CCCD 079203004567)',
  'Khoá: pgk_ABCDEFGHIJKLMNOP',
].join('\n');
const found = () => engine.scanText(TEXT, 't.txt');
const line = (f: Finding) => `${f.line}:${f.ruleId}`;
const header = { start: TEXT.indexOf('Received'), end: TEXT.indexOf('\nKhoá'), only: ['credential'] };

describe('decision steps 3–5 (decideText)', () => {
  it('the engine found what the steps are given', () => {
    expect(found().map(line)).toEqual(['1:test.stamp', '3:test.cccd', '4:test.token', '4:test.cccd', '5:test.token']);
  });

  it('step 3: a restricted part keeps only its categories, before anything is suppressed', () => {
    // A baseline that accepts everything still never sees the dropped finding: it is not in `suppressed`.
    const r = decideText(found(), TEXT, { parts: [header], baselined: (f) => f.category !== 'classified-marking' });
    expect(r.kept.map(line)).toEqual(['1:test.stamp']);
    expect(r.suppressed.map((f) => `${line(f)}:${f.suppressedBy}`)).toEqual(['3:test.cccd:baseline', '4:test.token:baseline', '5:test.token:baseline']);
  });

  it('step 4 before step 5: a finding both marked and baselined is suppressed by its marker', () => {
    const r = decideText(found(), TEXT, { inlineIgnores: true, baselined: (f) => f.line === 3 || f.line === 5 });
    expect(r.kept.map(line)).toEqual(['1:test.stamp', '4:test.token', '4:test.cccd']);
    expect(r.suppressed.map((f) => `${line(f)}:${f.suppressedBy}:${f.reason ?? ''}`)).toEqual(['3:test.cccd:inline:published sample number', '5:test.token:baseline:']);
    expect(r.problems).toEqual([]);
  });

  it('step 4 only when asked (a document text): its markers waive nothing', () => {
    expect(decideText(found(), TEXT, { inlineIgnores: false }).kept.map(line)).toEqual(found().map(line));
  });
});

describe('decision steps 6–7 (severity, verdict, report order, exit code)', () => {
  it('one comparator orders findings and the verdict is the most severe one', () => {
    const shuffled = found().reverse();
    const r = result(shuffled, []);
    // Source, line, column, then rule: on line 4 the token comes first, by column.
    expect(r.findings.map((f) => `${f.line}:${f.column}:${f.ruleId}`)).toEqual(['1:1:test.stamp', '3:6:test.cccd', '4:36:test.token', '4:63:test.cccd', '5:7:test.token']);
    expect([...r.findings].sort(compareFindings)).toEqual(r.findings);
    expect(r.verdict).toBe('block');
  });

  it('the exit code: 2 when something was not checked (unless allowed), 1 at the failing severity, else 0', () => {
    const all = found();
    const warnOnly = all.map((f) => ({ ...f, severity: 'warn' as const }));
    const skipped = [{ source: 'x.bin', reason: 'binary' }];
    expect(failing(warnOnly, 'block')).toEqual([]);
    expect(failing(warnOnly, 'warn')).toHaveLength(all.length);
    expect([
      exitCode({ findings: all, skipped: [] }, 'block'),
      exitCode({ findings: warnOnly, skipped: [] }, 'block'),
      exitCode({ findings: warnOnly, skipped: [] }, 'warn'),
      exitCode({ findings: [], skipped }, 'block'),
      exitCode({ findings: [], skipped }, 'block', true),
      exitCode({ findings: all, skipped }, 'block', true),
    ]).toEqual([1, 0, 1, 2, 0, 1]);
  });
});
