import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';
import { usageError } from '../i18n/index.js';

/** Runs git and returns its raw stdout; any failure is a usage error (the caller cannot check anything). */
export function git(args: string[], cwd: string, input?: string | Buffer): Buffer {
  // core.quotePath=false keeps Vietnamese names readable where -z is not used; the index may be large.
  const r = spawnSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, input, maxBuffer: 2 ** 31 - 1 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? usageError('gitMissing') : usageError('gitCannotRun', { detail: code ?? r.error.message });
  }
  if (r.status !== 0) {
    const msg = r.stderr.toString('utf8').trim().split('\n')[0] || `exit code ${r.status}`;
    throw usageError('gitFailed', { command: args[0]!, detail: msg });
  }
  return r.stdout;
}

export function gitText(args: string[], cwd: string): string {
  return git(args, cwd).toString('utf8').replace(/\n$/, '');
}

/** Fails with a clear message outside a work tree (a bare repository has no index to commit from either). */
export function requireWorkTree(cwd: string): void {
  let inside = '';
  try {
    inside = gitText(['rev-parse', '--is-inside-work-tree'], cwd);
  } catch (e) {
    if (e instanceof UsageError && (e.said?.key === 'gitMissing' || e.said?.key === 'gitCannotRun')) throw e;
  }
  if (inside !== 'true') throw usageError('notGitTree', { path: cwd });
}
