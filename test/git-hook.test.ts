import { existsSync, readFileSync, statSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { makeRepo, testRules } from './helpers/git-repo.js';

function setup() {
  const repo = makeRepo();
  const rules = testRules(tempDir());
  const pg = (args: string[]) => cli(args, { cwd: repo.root, env: repo.env });
  const install = (extra: string[] = []) => pg(['hook', 'install', ...extra, '--', ...rules]);
  const commits = () => Number(repo.run(['rev-list', '--count', '--all']).stdout.trim() || 0);
  const commit = (msg: string) => repo.run(['commit', '-q', '-m', msg]);
  return { repo, pg, install, commits, commit };
}

const OLD_HOOK = '#!/bin/sh\n# the team\'s own hook\necho ran >> "$(git rev-parse --show-toplevel)/old-hook-ran"\n';

describe('promptgate hook install / uninstall (real git repositories)', () => {
  it('refuses a commit with a staged TỐI MẬT file, says how to fix it and that --no-verify is the user\'s call', () => {
    const { repo, install, commits, commit } = setup();
    expect(install().code).toBe(0);
    repo.write('báo cáo.txt', 'Báo cáo\nTỐI MẬT\nNội dung\n');
    repo.git('add', '.');
    const r = commit('stamped');
    expect(r.code).not.toBe(0);
    expect(commits()).toBe(0);
    expect(r.stderr + r.stdout).toContain('báo cáo.txt');
    expect(r.stderr).toContain('promptgate stopped this commit');
    expect(r.stderr).toContain('git commit --no-verify');
    expect(r.stderr + r.stdout).toContain('T** M**'); // the finding, masked, at its place in the staged file
    expect(r.stderr + r.stdout).toMatch(/báo cáo\.txt[\s\S]*2:1/);

    repo.write('báo cáo.txt', 'Báo cáo\nNội dung\n');
    repo.git('add', '.');
    expect(commit('clean').code).toBe(0);
    expect(commits()).toBe(1);
  });

  it('checks what the commit records, not the working copy', () => {
    const { repo, install, commits, commit } = setup();
    install();
    repo.write('ds.txt', 'CCCD 001099012345\n');
    repo.git('add', '.');
    repo.write('ds.txt', 'đã xoá\n');
    expect(commit('staged id').code).not.toBe(0);
    expect(commits()).toBe(0);
  });

  it('keeps an existing hook running (first) and uninstall restores it byte for byte', () => {
    const { repo, pg, install, commits, commit } = setup();
    const hook = join(repo.root, '.git/hooks/pre-commit');
    writeFileSync(hook, OLD_HOOK);
    chmodSync(hook, 0o755);
    const r = install();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pre-commit.pre-promptgate');
    repo.write('a.txt', 'ok\n');
    repo.git('add', '.');
    expect(commit('one').code).toBe(0);
    expect(readFileSync(join(repo.root, 'old-hook-ran'), 'utf8')).toBe('ran\n');
    expect(commits()).toBe(1);

    expect(install().stdout).toContain('updated'); // a second install does not chain itself
    const u = pg(['hook', 'uninstall']);
    expect(u.code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toBe(OLD_HOOK);
    expect(statSync(hook).mode & 0o777).toBe(0o755);
    expect(existsSync(join(repo.root, '.git/hooks/pre-commit.pre-promptgate'))).toBe(false);
  });

  it('a failing existing hook still stops the commit', () => {
    const { repo, install, commits, commit } = setup();
    const hook = join(repo.root, '.git/hooks/pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "team check failed" >&2\nexit 3\n');
    chmodSync(hook, 0o755);
    install();
    repo.write('a.txt', 'ok\n');
    repo.git('add', '.');
    const r = commit('x');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('team check failed');
    expect(commits()).toBe(0);
  });

  it('honours core.hooksPath', () => {
    const { repo, install, commits, commit } = setup();
    repo.git('config', 'core.hooksPath', '.githooks');
    const r = install();
    expect(r.stdout).toContain(join(repo.root, '.githooks', 'pre-commit'));
    expect(existsSync(join(repo.root, '.githooks/pre-commit'))).toBe(true);
    expect(existsSync(join(repo.root, '.git/hooks/pre-commit'))).toBe(false);
    repo.write('x.txt', 'TỐI MẬT\n');
    repo.git('add', 'x.txt');
    expect(commit('stamped').code).not.toBe(0);
    expect(commits()).toBe(0);
  });

  it('refuses husky\'s generated folder with instructions, and refuses to remove a hook that is not its own', () => {
    const { repo, pg, install } = setup();
    mkdirSync(join(repo.root, '.husky/_'), { recursive: true });
    repo.git('config', 'core.hooksPath', '.husky/_');
    const h = install();
    expect(h.code).toBe(2);
    expect(h.stderr).toContain('.husky/pre-commit');
    expect(existsSync(join(repo.root, '.husky/_/pre-commit'))).toBe(false);

    repo.git('config', '--unset', 'core.hooksPath');
    const hook = join(repo.root, '.git/hooks/pre-commit');
    writeFileSync(hook, OLD_HOOK);
    const u = pg(['hook', 'uninstall']);
    expect(u.code).toBe(2);
    expect(readFileSync(hook, 'utf8')).toBe(OLD_HOOK);
  });

  it('uninstall without a previous hook removes the file; with nothing installed it says so', () => {
    const { repo, pg, install } = setup();
    install();
    expect(pg(['hook', 'uninstall']).stdout).toContain('removed');
    expect(existsSync(join(repo.root, '.git/hooks/pre-commit'))).toBe(false);
    expect(pg(['hook', 'uninstall']).stdout).toContain('nothing to do');
  });
});
