import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usageError } from '../i18n/index.js';
import { WriteError, writeFileAtomic } from '../util/atomic-write.js';
import { gitText, requireWorkTree } from './git.js';

/**
 * The native `pre-commit` hook. It goes where git will run it (`core.hooksPath` when set, e.g. by husky), never
 * overwrites a hook it did not write: an existing hook is moved aside to `pre-commit.pre-promptgate` and run first,
 * and `uninstall` moves it back, byte for byte.
 */
export const HOOK_MARK = '# promptgate-hook: v1';
export const CHAINED = 'pre-commit.pre-promptgate';

export interface HookPlaces {
  dir: string;
  hook: string;
  chained: string;
}

export function hookPlaces(cwd: string): HookPlaces {
  requireWorkTree(cwd);
  // --git-path honours core.hooksPath (relative values are relative to the work tree) and linked worktrees.
  const dir = resolve(cwd, gitText(['rev-parse', '--git-path', 'hooks'], cwd));
  return { dir, hook: resolve(dir, 'pre-commit'), chained: resolve(dir, CHAINED) };
}

export interface InstallOptions {
  /** Call `npx --no-install promptgate` instead of this installation's absolute node + bin paths. */
  npx?: boolean;
  /** Install even into husky's generated folder (husky rewrites it; see the refusal message). */
  force?: boolean;
  /** Extra `scan` options baked into the hook (e.g. --rules team-rules/ --fail-on warn). */
  scanArgs?: string[];
}

export interface HookOutcome {
  action: 'installed' | 'updated' | 'chained' | 'removed' | 'restored' | 'absent';
  places: HookPlaces;
}

export function installHook(cwd: string, opts: InstallOptions = {}): HookOutcome {
  const places = hookPlaces(cwd);
  const { dir, hook, chained } = places;
  if (basename(dir) === '_' && basename(dirname(dir)) === '.husky' && !opts.force) {
    throw usageError('hookHusky', { path: dir });
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new WriteError(dir, (e as NodeJS.ErrnoException).code, 'cannot create the hooks folder');
  }
  const script = hookScript(opts);
  let action: HookOutcome['action'] = 'installed';
  if (existsSync(hook)) {
    if (isOurs(hook)) action = 'updated';
    else if (existsSync(chained)) {
      throw usageError('hookChained', { hook, chained });
    } else {
      renameSync(hook, chained); // keeps its bytes and mode; our hook runs it first
      action = 'chained';
    }
  }
  // Atomic, executable from the start: a failed write leaves the old hook (or no file), never half a script.
  try {
    writeFileAtomic(hook, script, { mode: 0o755 });
  } catch (e) {
    if (action === 'chained') renameSync(chained, hook); // the hook that was there goes back in place
    throw e;
  }
  return { action, places };
}

export function uninstallHook(cwd: string): HookOutcome {
  const places = hookPlaces(cwd);
  const { hook, chained } = places;
  if (existsSync(hook)) {
    if (!isOurs(hook)) throw usageError('hookNotOurs', { hook });
    unlinkSync(hook);
    if (existsSync(chained)) renameSync(chained, hook);
    return { action: existsSync(hook) ? 'restored' : 'removed', places };
  }
  // Our hook is gone (deleted by hand) but the one it replaced is still aside: put it back.
  if (existsSync(chained)) {
    renameSync(chained, hook);
    return { action: 'restored', places };
  }
  return { action: 'absent', places };
}

function isOurs(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').includes(HOOK_MARK);
  } catch {
    return false;
  }
}

/** POSIX sh single quotes: the only character that needs care is the quote itself. */
function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function hookScript(opts: InstallOptions = {}): string {
  const bin = fileURLToPath(new URL('../../bin/promptgate.js', import.meta.url));
  const run = opts.npx
    ? 'exec npx --no-install promptgate "$@"'
    : [
        `pg_node=${sq(process.execPath)}`,
        `pg_bin=${sq(bin)}`,
        'if [ ! -x "$pg_node" ] || [ ! -f "$pg_bin" ]; then',
        '  echo "promptgate: the pre-commit hook cannot find promptgate ($pg_bin); the commit was stopped." >&2',
        '  echo "Reinstall the hook (npx promptgate hook install) or remove it (npx promptgate hook uninstall)." >&2',
        '  exit 2',
        'fi',
        'exec "$pg_node" "$pg_bin" "$@"',
      ].join('\n');
  return `#!/bin/sh
${HOOK_MARK}
# Installed by \`promptgate hook install\`; \`promptgate hook uninstall\` removes it and restores the hook it replaced.
# Checks what is staged for this commit. \`git commit --no-verify\` skips it: that is your decision to make.
hook_dir=$(dirname -- "$0")
if [ -x "$hook_dir/${CHAINED}" ]; then
  "$hook_dir/${CHAINED}" "$@" || exit $?
fi
set -- scan --staged --format pretty${(opts.scanArgs ?? []).map((a) => ' ' + sq(a)).join('')}
if [ -f .promptgate-baseline.json ]; then
  set -- "$@" --baseline .promptgate-baseline.json
fi
${run}
`;
}
