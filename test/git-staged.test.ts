import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { makeRepo, testRules } from './helpers/git-repo.js';

const CCCD = '001099012345';

function setup() {
  const repo = makeRepo();
  const rules = testRules(tempDir());
  const scan = (extra: string[] = [], cwd = repo.root) =>
    cli(['scan', '--staged', '--format', 'json', ...rules, ...extra], { cwd, env: repo.env });
  return { repo, scan };
}

describe('promptgate scan --staged', () => {
  it('scans the staged blob, not the working copy: a clean working file with a staged CCCD is caught', () => {
    const { repo, scan } = setup();
    repo.write('hồ sơ/danh sách 1.txt', `Danh sách\n\nCCCD ${CCCD}\n`);
    repo.git('add', '.');
    repo.write('hồ sơ/danh sách 1.txt', 'Danh sách (đã xoá số)\n'); // clean now, but not staged
    const r = scan();
    expect(r.code).toBe(1);
    expect(r.json().findings).toEqual([
      expect.objectContaining({ ruleId: 'test.cccd', source: 'hồ sơ/danh sách 1.txt', line: 3, column: 6, endColumn: 18 }),
    ]);
    expect(r.stdout).not.toContain(CCCD);
    expect(r.stderr).toContain('git commit --no-verify');
  });

  it('passes when only the working copy (not the index) holds the value', () => {
    const { repo, scan } = setup();
    repo.write('a.txt', 'sạch\n');
    repo.git('add', 'a.txt');
    repo.write('a.txt', `CCCD ${CCCD}\n`);
    const r = scan();
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ version: 1, verdict: 'pass', complete: true, findings: [], skipped: [] });
  });

  it('ignores deleted files, scans renamed files under their new name, and takes pathspecs', () => {
    const { repo, scan } = setup();
    repo.write('old name.txt', `CCCD ${CCCD}\n`);
    repo.write('gone.txt', `CCCD ${CCCD}\n`);
    repo.write('other/z.txt', 'key pgk_ABCDEFGHIJKLMNOP\n');
    repo.git('add', '.');
    repo.git('commit', '-q', '--no-verify', '-m', 'base');
    repo.git('mv', 'old name.txt', 'tên mới.txt');
    repo.git('rm', '-q', 'gone.txt');
    repo.write('other/z.txt', 'key pgk_ABCDEFGHIJKLMNOQ\n');
    repo.git('add', 'other/z.txt');
    expect(scan().json().findings.map((f: any) => `${f.source}:${f.ruleId}`)).toEqual(['other/z.txt:test.token', 'tên mới.txt:test.cccd']);
    expect(scan(['other']).json().findings.map((f: any) => f.source)).toEqual(['other/z.txt']);
  });

  it('names files relative to the current folder when run from a subfolder', () => {
    const { repo, scan } = setup();
    repo.write('docs/x.txt', `CCCD ${CCCD}\n`);
    repo.write('top.txt', `CCCD ${CCCD}\n`);
    repo.git('add', '.');
    const r = scan([], join(repo.root, 'docs'));
    expect(r.json().findings.map((f: any) => f.source)).toEqual(['../top.txt', 'x.txt']);
  });

  it('fails closed on staged binaries unless .promptgateignore lets them through', () => {
    const { repo, scan } = setup();
    repo.write('img/logo.png', '\u0000\u0001PNG\u0000\u0000binary\u0000');
    repo.write('note.txt', `CCCD ${CCCD}\n`);
    repo.git('add', '.');
    const r = scan();
    expect(r.code).toBe(2);
    expect(r.json().skipped.map((s: any) => s.source)).toEqual(['img/logo.png']);
    repo.write('.promptgateignore', '*.png\n');
    const again = scan();
    expect(again.code).toBe(1);
    expect(again.json().skipped).toEqual([]);
    expect(again.json().findings.map((f: any) => f.source)).toEqual(['note.txt']);
  });

  it('passes with nothing staged', () => {
    const { scan } = setup();
    const r = scan();
    expect(r.code).toBe(0);
    expect(r.json().findings).toEqual([]);
  });

  it('is exit 2 outside a git work tree', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    const r = cli(['scan', '--staged', '--format', 'json', ...testRules(tempDir())], { cwd: join(dir, 'x'), env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not inside a git work tree/);
  });
});
