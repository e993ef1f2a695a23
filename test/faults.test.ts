import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WriteError, writeFileAtomic } from '../src/util/atomic-write.js';
import { BIN, cli, type CliRun, tempDir } from './helpers/cli.js';

/**
 * Faults during writes and on standard output (reliability review F30, F31, F32 and its closing notes): a write
 * that fails leaves the old file as it was and nothing half-written, and the run ends with exit 2 and one line.
 * Write errors are injected with the file-size limit (`ulimit -f 0`: every write of a byte fails with EFBIG, for
 * any user) and, as root, with a real 64 KB tmpfs that fills up (ENOSPC) as in the review.
 */

// 150 citizen IDs: a map and a baseline of some 25 KB, more than the small tmpfs below has room for.
const MANY = Array.from({ length: 150 }, (_, i) => `Số CCCD: 0792034${String(i).padStart(5, '0')}`).join('\n') + '\n';

/** The CLI with every file write failing (EFBIG), the way a full disk or quota would fail it. */
function cliNoWrites(args: string[], cwd: string, input = ''): CliRun {
  const r = spawnSync('sh', ['-c', 'ulimit -f 0 && exec "$0" "$@"', process.execPath, BIN, ...args], {
    cwd,
    input,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: undefined },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) };
}

/** A failure said plainly: exit 2, one line, not an "internal error", no stack, no source code. */
function expectOneLineFailure(r: CliRun, mentions: RegExp) {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n').filter((l) => !l.includes('warning: no fingerprint key'));
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(r.stderr).not.toMatch(/internal error|    at |node:internal|\bfunction\b/);
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('replaces a file whole, with the mode asked for, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'out.json');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new content', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(leftovers(dir)).toEqual([]);
  });

  it('exclusive: refuses to replace an existing file, which stays as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'map.json');
    writeFileSync(file, 'the only copy');
    expect(() => writeFileAtomic(file, 'other', { exclusive: true })).toThrow(WriteError);
    expect(readFileSync(file, 'utf8')).toBe('the only copy');
    writeFileAtomic(join(dir, 'fresh.json'), 'x', { exclusive: true });
    expect(readFileSync(join(dir, 'fresh.json'), 'utf8')).toBe('x');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a failed rename (the target is a folder) removes the temporary file and says which file and why', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'taken'));
    let error: unknown;
    try {
      writeFileAtomic(join(dir, 'taken'), 'data');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).message).toMatch(/cannot write .*taken \(EISDIR.*\); nothing was changed/);
    expect(statSync(join(dir, 'taken')).isDirectory()).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a folder that does not exist is a WriteError (ENOENT), not a crash', () => {
    expect(() => writeFileAtomic(join(tempDir(), 'no', 'such', 'file'), 'x')).toThrow(/ENOENT/);
  });
});

describe('a failed write leaves the old file intact and exits 2 with one line (injected EFBIG)', () => {
  it('baseline create: the existing baseline survives (F31)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.txt'), MANY);
    expect(cli(['baseline', 'create', '-o', 'b.json', 'many.txt'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'b.json'), 'utf8');
    expect(JSON.parse(before).entries).toHaveLength(150);
    writeFileSync(join(dir, 'many.txt'), `${MANY}Số CCCD: 079203481526\n`);
    const r = cliNoWrites(['baseline', 'create', '-o', 'b.json', 'many.txt'], dir);
    expectOneLineFailure(r, /^promptgate: cannot write .*b\.json \(EFBIG.*\); nothing was changed$/);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe(before);
    expect(leftovers(dir)).toEqual([]);
    // The old baseline still works.
    expect(cli(['scan', '--format', 'json', '--baseline', 'b.json', 'many.txt'], { cwd: dir }).json().findings).toHaveLength(1);
  });

  it('redact --map: no partial map is left, and the next run is not refused (F30)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.txt'), MANY);
    const r = cliNoWrites(['redact', 'many.txt', '--map', 'm.map'], dir);
    expectOneLineFailure(r, /^promptgate: cannot write the map file m\.map \(EFBIG.*\); no map was written$/);
    expect(r.stdout).toBe(''); // the redacted text is not shown when its map could not be kept
    expect(existsSync(join(dir, 'm.map'))).toBe(false);
    expect(leftovers(dir)).toEqual([]);
    const retry = cli(['redact', 'many.txt', '--map', 'm.map'], { cwd: dir });
    expect(retry.code).toBe(0);
    expect(statSync(join(dir, 'm.map')).mode & 0o777).toBe(0o600);
  });

  it('redact --map --force: the earlier map survives a failed replacement', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.txt'), MANY);
    expect(cli(['redact', 'many.txt', '--map', 'm.map'], { cwd: dir }).code).toBe(0);
    const before = readFileSync(join(dir, 'm.map'));
    const r = cliNoWrites(['redact', 'many.txt', '--map', 'm.map', '--force'], dir);
    expectOneLineFailure(r, /cannot write the map file m\.map \(EFBIG/);
    expect(readFileSync(join(dir, 'm.map')).equals(before)).toBe(true);
    expect(leftovers(dir)).toEqual([]);
  });

  it('init writes both files or neither', () => {
    const dir = tempDir();
    const r = cliNoWrites(['init'], dir);
    expectOneLineFailure(r, /^promptgate: cannot write .*example\.yaml \(EFBIG/);
    expect(existsSync(join(dir, '.promptgate.yaml'))).toBe(false);
    expect(existsSync(join(dir, 'promptgate-rules', 'example.yaml'))).toBe(false);
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
  });

  it('hook install: a hook that was there goes back in place, byte for byte', () => {
    const dir = tempDir();
    expect(spawnSync('git', ['init', '-q', dir]).status).toBe(0);
    const hooks = join(dir, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    const theirs = '#!/bin/sh\necho their hook\n';
    writeFileSync(join(hooks, 'pre-commit'), theirs);
    chmodSync(join(hooks, 'pre-commit'), 0o755);
    const r = cliNoWrites(['hook', 'install'], dir);
    expectOneLineFailure(r, /cannot write .*pre-commit \(EFBIG/);
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(theirs);
    expect(existsSync(join(hooks, 'pre-commit.pre-promptgate'))).toBe(false);
    expect(leftovers(hooks)).toEqual([]);
  });
});

describe('any other failed write is one plain line, never "internal error" (the review\'s closing notes)', () => {
  it('hook ai in a folder where nothing can be written', () => {
    const dir = tempDir();
    expect(spawnSync('git', ['init', '-q', dir]).status).toBe(0);
    const r = cliNoWrites(['hook', 'ai', 'claude-code'], dir);
    expectOneLineFailure(r, /^promptgate: .*EFBIG/);
  });

  it('hook ai: the assistant settings file is replaced whole or not at all, with no temporary file left', () => {
    const dir = tempDir();
    expect(spawnSync('git', ['init', '-q', dir]).status).toBe(0);
    const settings = join(dir, '.claude');
    mkdirSync(settings, { recursive: true });
    const theirs = '{\n  "model": "their choice",\n  "hooks": {}\n}\n';
    writeFileSync(join(settings, 'settings.json'), theirs);
    const r = cliNoWrites(['hook', 'ai', 'claude-code'], dir);
    expectOneLineFailure(r, /cannot write .*settings\.json \(EFBIG/);
    expect(readFileSync(join(settings, 'settings.json'), 'utf8')).toBe(theirs);
    expect(readdirSync(settings).filter((n) => n.includes('.tmp'))).toEqual([]);
    const ok = cli(['hook', 'ai', 'claude-code'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(settings, 'settings.json'), 'utf8')).model).toBe('their choice');
  });
});

describe('standard output that cannot be written: exit 2 with one line, never 1 and never a dump of source (F32)', () => {
  const hasDevFull = existsSync('/dev/full');
  const dir = tempDir();
  writeFileSync(join(dir, 'clean.txt'), 'Chào buổi sáng, hẹn gặp lại.\n');
  writeFileSync(join(dir, 'id.txt'), 'Số CCCD: 079203481526\n');
  writeFileSync(join(dir, 'answer.txt'), 'Xin chào [CCCD_1]\n');

  const toDevFull = (args: string[]): CliRun => {
    const r = spawnSync('sh', ['-c', 'exec "$0" "$@" > /dev/full', process.execPath, BIN, ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: undefined },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => undefined };
  };

  it.skipIf(!hasDevFull).each([
    ['scan json, clean file', ['scan', '--format', 'json', 'clean.txt']],
    ['scan json, a finding', ['scan', '--format', 'json', 'id.txt']],
    ['scan pretty', ['scan', '--format', 'pretty', 'id.txt']],
    ['scan sarif', ['scan', '--format', 'sarif', 'id.txt']],
    ['redact', ['redact', 'id.txt']],
    ['redact json', ['redact', '--format', 'json', 'id.txt']],
    ['explain', ['explain', 'vn.id.cccd']],
    ['rules list', ['rules', 'list']],
  ])('%s', (_, args) => {
    const r = toDevFull(args);
    expectOneLineFailure(r, /^promptgate: cannot write to standard output \(ENOSPC: no space left on the device\)/);
  });

  it.skipIf(!hasDevFull)('restore', () => {
    expect(cli(['redact', 'id.txt', '--map', 'r.map'], { cwd: dir }).code).toBe(0);
    expectOneLineFailure(toDevFull(['restore', '--map', 'r.map', 'answer.txt']), /cannot write to standard output/);
  });

  it.runIf(!hasDevFull)('is skipped: this system has no /dev/full', () => {
    console.warn('faults.test.ts: /dev/full is missing, the standard-output fault tests were skipped');
  });
});

// As root, a real full disk: a 64 KB tmpfs, filled up front so that the write runs out of space part-way.
describe('a full disk (tmpfs, root only)', () => {
  const mountPoint = tempDir('pg-tmpfs-');
  const canMount = process.getuid?.() === 0
    && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint]).status === 0;
  afterAll(() => {
    if (canMount) spawnSync('umount', [mountPoint]);
  });
  if (!canMount) {
    it('is skipped: mounting a small tmpfs needs root (and a system that allows it)', () => {
      console.warn(`faults.test.ts: no tmpfs could be mounted (uid ${process.getuid?.()}); the ENOSPC tests were skipped, the EFBIG tests above cover the same paths`);
    });
    return;
  }

  it('redact --map on a full disk leaves no map, and baseline create keeps the old baseline', () => {
    const work = tempDir();
    writeFileSync(join(work, 'many.txt'), MANY);
    // Room for the small old baseline, then filler, so the ~25 KB map and baseline do not fit.
    writeFileSync(join(work, 'few.txt'), 'Số CCCD: 079203481526\n');
    expect(cli(['baseline', 'create', '-o', join(mountPoint, 'b.json'), 'few.txt'], { cwd: work }).code).toBe(0);
    const before = readFileSync(join(mountPoint, 'b.json'), 'utf8');
    writeFileSync(join(mountPoint, 'filler'), Buffer.alloc(52 * 1024));

    const map = cli(['redact', 'many.txt', '--map', join(mountPoint, 'm.map')], { cwd: work });
    expectOneLineFailure(map, /cannot write the map file .*m\.map \(ENOSPC/);
    expect(existsSync(join(mountPoint, 'm.map'))).toBe(false);

    const bl = cli(['baseline', 'create', '-o', join(mountPoint, 'b.json'), 'many.txt'], { cwd: work });
    expectOneLineFailure(bl, /cannot write .*b\.json \(ENOSPC/);
    expect(readFileSync(join(mountPoint, 'b.json'), 'utf8')).toBe(before);
    expect(leftovers(mountPoint)).toEqual([]);
  });
});
