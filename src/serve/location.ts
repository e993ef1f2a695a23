import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a user's server listens, and who may reach it. One folder per user: `$XDG_RUNTIME_DIR/promptgate` (a tmpfs
 * that only the user can enter, removed at logout), else `<temp>/promptgate-<uid>`; `$PROMPTGATE_SERVER_DIR` names
 * another one (tests use a private temp folder). The folder holds the socket (mode 0600) and the token file (mode
 * 0600); it must be a real folder (not a link), owned by the user, closed to everyone else (mode 0700). On Windows the
 * server listens on a named pipe whose name is derived from the folder (%LOCALAPPDATA%\promptgate by default).
 */
export function serverDir(env: NodeJS.ProcessEnv, platform: string = process.platform): string {
  if (env.PROMPTGATE_SERVER_DIR) return env.PROMPTGATE_SERVER_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || tmpdir(), 'promptgate');
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'promptgate');
  return join(tmpdir(), `promptgate-${process.getuid?.() ?? 'user'}`);
}

export function socketPath(dir: string, platform: string = process.platform): string {
  if (platform === 'win32') return `\\\\.\\pipe\\promptgate-${createHash('sha256').update(dir.toLowerCase()).digest('hex').slice(0, 24)}`;
  return join(dir, 'serve.sock');
}

export function tokenPath(dir: string): string {
  return join(dir, 'serve.token');
}

/** Why the folder cannot be trusted, or undefined when it is the user's own and closed to others. */
export function folderProblem(dir: string, platform: string = process.platform): string | undefined {
  let st;
  try {
    st = lstatSync(dir);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'cannot be read';
  }
  if (!st.isDirectory()) return 'is not a folder';
  if (platform === 'win32') return undefined; // ownership and ACLs are not checked here: see the README
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `belongs to uid ${st.uid}, not ${uid}`;
  if ((st.mode & 0o077) !== 0) return `mode ${(st.mode & 0o777).toString(8)} lets other users in (0700 expected)`;
  return undefined;
}

/** Why the socket in a trusted folder is not the user's own server's (a socket file, owned by the user), if it is not. */
export function socketProblem(dir: string, platform: string = process.platform): string | undefined {
  if (platform === 'win32') return undefined; // a named pipe: no file
  let st;
  try {
    st = lstatSync(socketPath(dir, platform));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? 'cannot be read';
  }
  if (!st.isSocket()) return 'is not a socket';
  const uid = process.getuid?.();
  return uid !== undefined && st.uid !== uid ? `belongs to uid ${st.uid}, not ${uid}` : undefined;
}

/** Creates the folder (0700) when missing and closes it when it is ours but open; throws when it cannot be trusted. */
export function ensureFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  let problem = folderProblem(dir);
  if (problem?.startsWith('mode ')) {
    chmodSync(dir, 0o700);
    problem = folderProblem(dir);
  }
  if (problem) throw new Error(`${dir} ${problem}`);
}

/** The token a client must present (read from the user's own folder), or undefined when there is none. */
export function readToken(dir: string): string | undefined {
  try {
    return readFileSync(tokenPath(dir), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Identifies the code a process would run: the version, the installation folder and the build's output files. A
 * client of another version or another installation (or of the same one rebuilt since the server started) does not
 * match, and scans in process.
 */
export function buildId(root: string): string {
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  } catch { /* stays unknown: still compared as a whole */ }
  const stamp = (p: string) => {
    try {
      const s = statSync(join(root, p));
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return '-';
    }
  };
  return `${version}|${root}|${stamp('dist/cli.cjs')}|${stamp('dist/cli/main.js')}|${stamp('dist/builtin-rules.json')}`;
}
