import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(__dirname, '../../bin/promptgate.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** Runs the real CLI as a child process, the way a user, a hook or CI does. */
export function cli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string | undefined>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'en_US.UTF-8', LC_ALL: undefined, ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
    // spawnSync's default 1 MiB would kill a child whose JSON is larger (the probe folder's report passed it).
    maxBuffer: 256 * 1024 * 1024,
  });
  const json = () => {
    try {
      return JSON.parse(r.stdout);
    } catch (e) {
      // Say what the process did instead of printing JSON (exit code, signal, its stderr).
      throw new Error(`no JSON on stdout (${(e as Error).message}); exit ${r.status}, signal ${r.signal}, error ${r.error?.message ?? 'none'}, stderr: ${r.stderr.slice(0, 2000)}`);
    }
  };
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

const made: string[] = [];

/** A fresh folder under the system's temporary folder; test/setup-platform.ts removes it after the test file. */
export function tempDir(prefix = 'pg-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes the folders tempDir made (a test may have left some unreadable on purpose: made readable first). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      openUp(dir);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function openUp(path: string): void {
  try {
    chmodSync(path, 0o700);
    for (const e of readdirSync(path, { withFileTypes: true })) if (e.isDirectory()) openUp(join(path, e.name));
  } catch {
    // Not a folder, or gone already.
  }
}
