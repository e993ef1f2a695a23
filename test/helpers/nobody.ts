import { spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

export const NOBODY = { uid: 65534, gid: 65534 };

/**
 * Why the CLI cannot run as `nobody` here, or undefined when it can (or when the suite does not run as root, so no
 * switch is needed). A clone inside a private folder (`mktemp -d`, mode 0700) is out of nobody's reach: the
 * permission tests then skip themselves and say why, instead of failing.
 */
export function nobodyCannotRun(): string | undefined {
  if (process.platform === 'win32' || process.getuid?.() !== 0) return undefined;
  const r = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(BIN)}, 4)`], { ...NOBODY, encoding: 'utf8', timeout: 30_000 });
  if (r.status === 0) return undefined;
  const detail = (r.error?.message ?? r.stderr.split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status}`).trim();
  return `user nobody cannot run the CLI from this checkout (${detail}); a clone in a private folder such as mktemp -d`;
}
