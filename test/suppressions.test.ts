import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostFilter } from '../src/runtime/post-filter.js';
import { parseInlineIgnores } from '../src/decide/suppressions.js';
import { scanChunks } from '../src/runtime/large-file.js';
import type { Finding, Skipped } from '../src/types.js';
import { scan } from '../src/scan.js';
import { cli, tempDir } from './helpers/cli.js';
import { TEST_RULES, testRules } from './helpers/git-repo.js';
import { engineFrom } from './helpers/rules.js';
import { stage } from '../src/engine/scanner.js';

describe('inline ignore markers', () => {
  it.each([
    // [text, ignores as line→target:ids:reason, problems as line]
    ['# promptgate-ignore-next-line test.cccd -- sample from the public test set\n', ['1→2:test.cccd:sample from the public test set'], []],
    ['x = 1 // promptgate-ignore test.token -- revoked key kept for the parser test', ['1→1:test.token:revoked key kept for the parser test'], []],
    ['<!-- promptgate-ignore-next-line test.cccd, test.token -- fixture -->\n', ['1→2:test.cccd,test.token:fixture'], []],
    ['/* promptgate-ignore-next-line test.cccd -- demo value */', ['1→2:test.cccd:demo value'], []],
    ['a\r\nb\r\n# promptgate-ignore test.cccd -- crlf line count', ['3→3:test.cccd:crlf line count'], []],
    ['# promptgate-ignore-next-line test.cccd\n', [], [1]], // no reason
    ['# promptgate-ignore-next-line -- because\n', [], [1]], // no rule id
    ['# promptgate-ignore-next-line test.cccd --   \n', [], [1]], // empty reason
    ['# promptgate-ignored test.cccd -- not our word\n', [], []],
    ['nothing to see here', [], []],
  ])('%j', (text, ignores, problems) => {
    const r = parseInlineIgnores(text);
    expect(r.ignores.map((g) => `${g.line}→${g.target}:${g.ruleIds.join(',')}:${g.reason}`)).toEqual(ignores);
    expect(r.problems.map((p) => p.line)).toEqual(problems);
  });
});

describe('inline ignores in a scan', () => {
  const engine = engineFrom(TEST_RULES);
  const text = [
    'Mẫu hồ sơ',
    '# promptgate-ignore-next-line test.cccd -- published sample number',
    'CCCD 001099012345',
    'CCCD 001099054321',
    'key pgk_ABCDEFGHIJKLMNOP # promptgate-ignore test.token -- revoked',
    '# promptgate-ignore-next-line test.stamp -- the author thinks it is fine',
    'TỐI MẬT',
  ].join('\n');

  it('moves only the marked findings to `suppressed`, with the reason; stamps stay', async () => {
    const r = await scan({ text, engine });
    expect(r.findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual(['test.cccd@4', 'test.stamp@7']);
    expect(r.suppressed!.map((f) => `${f.ruleId}@${f.line}:${f.suppressedBy}:${f.reason}`)).toEqual([
      'test.cccd@3:inline:published sample number',
      'test.token@5:inline:revoked',
    ]);
    expect(r.warnings!.map((w) => w.line)).toEqual([6]);
    expect(r.warnings![0].message).toMatch(/cannot be suppressed inline/);
  });

  it('are all ignored with inlineIgnores: false (audits)', async () => {
    const r = await scan({ text, engine, inlineIgnores: false });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['test.cccd', 'test.cccd', 'test.token', 'test.stamp']);
    expect(r.suppressed).toBeUndefined();
  });

  it('are listed in JSON, counted in the pretty summary, and switched off by --no-inline-ignores', () => {
    const dir = tempDir();
    const file = join(dir, 'note.md');
    writeFileSync(file, 'a\n<!-- promptgate-ignore-next-line test.cccd -- sample -->\nCCCD 001099012345\n<!-- promptgate-ignore-next-line test.cccd -->\nCCCD 001099054321\n');
    const rules = testRules(dir);
    const json = cli(['scan', '--format', 'json', ...rules, file]);
    expect(json.code).toBe(1);
    const doc = json.json();
    expect(doc.findings.map((f: any) => f.line)).toEqual([5]);
    expect(doc.suppressed).toEqual([expect.objectContaining({ ruleId: 'test.cccd', line: 3, suppressedBy: 'inline', reason: 'sample', excerpt: '0***********' })]);
    expect(json.stderr).toMatch(/note\.md:4: inline ignore of test\.cccd without a reason/);
    expect(json.stdout).not.toContain('001099012345');

    const pretty = cli(['scan', '--format', 'pretty', ...rules, file]);
    expect(pretty.stdout).toContain('Suppressed: 1 by inline ignores, 0 by the baseline');

    const audit = cli(['scan', '--format', 'json', '--no-inline-ignores', ...rules, file]);
    expect(audit.json().findings.map((f: any) => f.line)).toEqual([3, 5]);
    expect(audit.json().suppressed).toBeUndefined();
  });
});

// F25: an inline marker waives something only where a person reads it: in a plain text file. Inside a document
// (here a Word paragraph formatted as hidden text) nobody sees it, so it waives nothing.
describe('inline ignores count only in plain text, never in an extracted document', () => {
  const FIXTURE = join(__dirname, 'fixtures', 'suppress', 'hidden-ignore.docx');
  const LINES = [
    'Hồ sơ khách hàng',
    'promptgate-ignore-next-line vn.id.cccd,intl.financial.payment-card -- public sample',
    'Số CCCD: 079203481526, thẻ 4539 1488 0343 6467',
  ];

  it('a marker in hidden Word text suppresses nothing: the CCCD and the card are reported', () => {
    const r = cli(['scan', '--format', 'json', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.json().findings.map((f: any) => f.ruleId).sort()).toEqual(['intl.financial.payment-card', 'vn.id.cccd']);
    expect(r.json().suppressed).toBeUndefined();
  });

  it('the same marker in a plain text file does suppress (so the document case is not a broken marker)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'same.txt'), LINES.join('\n') + '\n');
    const r = cli(['scan', '--format', 'json', 'same.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.json().suppressed.map((f: any) => f.ruleId).sort()).toEqual(['intl.financial.payment-card', 'vn.id.cccd']);
  });

  it('a marker never waives a built-in classification stamp in a text file either', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'stamp.txt'), 'promptgate-ignore-next-line vn.classified.stamp,vn.classified.stamp-mat -- it is fine\nTỐI MẬT\nBáo cáo\n');
    const r = cli(['scan', '--format', 'json', 'stamp.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.json().findings.some((f: any) => f.category === 'classified-marking')).toBe(true);
    expect(r.json().suppressed).toBeUndefined();
    expect(r.stderr).toMatch(/classified-marking rule; its findings cannot be suppressed inline/);
  });
});

it('a warning about a marker names its file with control characters escaped (F7, on stderr too)', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bad\x1b[31mname.txt'), '# promptgate-ignore-next-line test.cccd\nCCCD 001099012345\n');
  const r = cli(['scan', '--format', 'json', ...testRules(tempDir()), '.'], { cwd: dir });
  expect(r.stderr).toContain('promptgate: warning: bad\\x1b[31mname.txt:1: inline ignore of test.cccd without a reason suppresses nothing');
  expect(r.stderr).not.toContain('\x1b');
});

// A long input is scanned in segments; a marker's line counts from its segment's start, a finding's from the input's.
// Without the shift, a marker far into the input waived a finding hundreds of lines above its target, not its own.
describe('inline ignores in a long input scanned in segments', () => {
  it('waive exactly the marked line, in the first segment and in later ones', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) lines.push(i % 50 === 0 ? `CCCD 0010990${String(i).padStart(5, '0')}` : `Dòng ${i}: văn bản bình thường.`);
    lines[99 - 1] = '# promptgate-ignore-next-line test.cccd -- sample in the first segment';
    lines[2499 - 1] = '# promptgate-ignore-next-line test.cccd -- sample far into the input';
    const text = lines.join('\n') + '\n';
    const post = new PostFilter({ valueDigests: false });
    const inner = engineFrom(TEST_RULES);
    const engine = stage(inner, post.stage(inner.rules));
    const findings: Finding[] = [];
    const skipped: Skipped[] = [];
    const bytes = new TextEncoder().encode(text);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 7000) yield bytes.subarray(i, i + 7000);
    }
    await scanChunks(engine, chunks(), 'long.txt', 'en', findings, skipped, 20_000); // about 8 segments
    const r = post.finish({ version: 1, verdict: 'block', findings, skipped });
    expect(skipped).toEqual([]);
    expect(r.suppressed!.map((f) => f.line)).toEqual([100, 2500]);
    expect(findings.map((f) => f.line)).toEqual(Array.from({ length: 60 }, (_, i) => (i + 1) * 50).filter((l) => l !== 100 && l !== 2500));
  });
});
