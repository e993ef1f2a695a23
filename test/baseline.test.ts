import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../src/baseline/digest.js';
import { cli, tempDir } from './helpers/cli.js';
import { testRules } from './helpers/git-repo.js';

const CCCD_1 = '001099012345';
const CCCD_2 = '079203004567';
const TOKEN = 'pgk_ZYXWVUTSRQPONMLK';

describe('normalised values (what a baseline compares)', () => {
  it.each([
    ['4539 1488-0343 6467', '4539148803436467'],
    ['TỐI MẬT', 'toimat'],
    ['tối  mật', 'toimat'],
    ['ＡＢＣ１２３', 'abc123'], // full-width
    ['---', '---'], // nothing but punctuation: kept as it is
  ])('%s → %s', (v, n) => expect(normalizeValue(v)).toBe(n));
});

describe('promptgate baseline (end to end)', () => {
  function project() {
    const dir = tempDir();
    const rules = testRules(join(tempDir(), ''));
    writeFileSync(join(dir, 'a.txt'), `Hồ sơ\nCCCD ${CCCD_1}\n`);
    writeFileSync(join(dir, 'b.txt'), `Khoá cũ: ${TOKEN}\n`);
    return { dir, rules, run: (args: string[]) => cli(args, { cwd: dir }) };
  }

  it('create → scan with the baseline reports 0; a new secret is the only finding', () => {
    const p = project();
    const created = p.run(['baseline', 'create', ...p.rules]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('2 accepted finding(s) recorded in .promptgate-baseline.json');

    const file = readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8');
    for (const secret of [CCCD_1, TOKEN, TOKEN.slice(4)]) expect(file).not.toContain(secret);
    const doc = JSON.parse(file);
    expect(doc.entries.map((e: any) => `${e.source}:${e.ruleId}`)).toEqual(['a.txt:test.cccd', 'b.txt:test.token']);

    const clean = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(clean.code).toBe(0);
    expect(clean.json().findings).toEqual([]);
    expect(clean.json().suppressed.map((f: any) => f.suppressedBy)).toEqual(['baseline', 'baseline']);

    // The same file gains a second ID, and the accepted one moves down a line: only the new one is reported.
    writeFileSync(join(p.dir, 'a.txt'), `Hồ sơ\n\nCCCD ${CCCD_1}\nCCCD ${CCCD_2}\n`);
    const after = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(after.code).toBe(1);
    expect(after.json().findings.map((f: any) => `${f.source}:${f.line}:${f.ruleId}`)).toEqual(['a.txt:4:test.cccd']);
  });

  it('matches the same accepted value from another folder (sources are relative to the baseline)', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    const elsewhere = cli(['scan', '--format', 'json', '--baseline', join(p.dir, '.promptgate-baseline.json'), ...p.rules, p.dir], { cwd: tempDir() });
    expect(elsewhere.json().findings).toEqual([]);
  });

  it('does not accept the same value in a different file', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    writeFileSync(join(p.dir, 'c.txt'), `CCCD ${CCCD_1}\n`);
    const r = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(r.json().findings.map((f: any) => f.source)).toEqual(['c.txt']);
  });

  it('prune reports and removes entries whose finding is gone; --dry-run only reports', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    writeFileSync(join(p.dir, 'b.txt'), 'Khoá đã xoá\n');
    const dry = p.run(['baseline', 'prune', '--dry-run', ...p.rules]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('stale: b.txt: test.token');
    expect(JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).entries).toHaveLength(2);
    const real = p.run(['baseline', 'prune', ...p.rules]);
    expect(real.stdout).toContain('1 stale entry removed; 1 kept');
    expect(JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).entries.map((e: any) => e.source)).toEqual(['a.txt']);
  });

  it('keeps its key when re-created, so unchanged entries keep their hashes', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    const first = readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8');
    p.run(['baseline', 'create', ...p.rules]);
    expect(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).toBe(first);
  });

  it.each([
    ['missing', null, /cannot be read \(no such file\)/],
    ['not JSON', '{', /not valid JSON/],
    ['wrong shape', '{"version":1,"key":"zz","entries":[]}', /"key" must be a hex string/],
  ])('a %s baseline is exit 2, never "no baseline"', (_, content, message) => {
    const p = project();
    if (content !== null) writeFileSync(join(p.dir, 'bl.json'), content);
    const r = p.run(['scan', '--format', 'json', '--baseline', 'bl.json', ...p.rules, '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
