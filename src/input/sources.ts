import { lstatSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

/** One thing to scan: a file (with the path as the user will recognise it) or standard input. */
export type Source = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: string };

export interface Collected {
  sources: Source[];
  skipped: { source: string; reason: string }[];
}

const ALWAYS_IGNORED = ['**/.git/**', '**/node_modules/**'];

/**
 * Expands the paths given on the command line: files as they are, folders recursively, honouring
 * `.gitignore` and `.promptgateignore` files inside them. A path that does not exist is reported, not dropped.
 */
export async function collectSources(paths: string[]): Promise<Collected> {
  const sources: Source[] = [];
  const skipped: Collected['skipped'] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      skipped.push({ source: p, reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})` });
      continue;
    }
    if (st.isDirectory()) {
      const r = await walkFolder(p);
      sources.push(...r.sources);
      skipped.push(...r.skipped);
    } else if (st.isFile()) sources.push({ kind: 'file', path: p, display: p });
    else skipped.push({ source: p, reason: 'not a regular file (device, FIFO or socket); not scanned' });
  }
  return { sources, skipped };
}

async function walkFolder(root: string): Promise<Collected> {
  const { default: fg } = await import('fast-glob');
  const { default: ignore } = await import('ignore');
  const skipped: Collected['skipped'] = [];
  // Everything that is not a folder is listed (FIFOs, sockets, broken links too), so nothing drops out silently.
  const walk = (suppressErrors: boolean) => fg('**/*', {
    cwd: root, dot: true, onlyFiles: false, markDirectories: true, followSymbolicLinks: false, ignore: ALWAYS_IGNORED,
    suppressErrors, unique: true,
  });
  let listed: string[];
  try {
    listed = await walk(false);
  } catch (e) {
    // A subfolder that cannot be listed is reported (fail closed); the rest of the folder is still scanned.
    const err = e as NodeJS.ErrnoException;
    skipped.push({ source: err.path ?? root, reason: `folder cannot be read (${err.code ?? 'error'}); its files were not scanned` });
    listed = await walk(true);
  }
  const entries = listed.filter((e) => !e.endsWith('/'));
  // Ignore files apply to their own folder and below, as in git.
  const matchers = new Map<string, ReturnType<typeof ignore>>();
  for (const e of entries) {
    const base = posix.basename(e);
    if (base !== '.gitignore' && base !== '.promptgateignore') continue;
    const dir = posix.dirname(e);
    let m = matchers.get(dir);
    if (!m) matchers.set(dir, (m = ignore()));
    try {
      m.add(readFileSync(join(root, e), 'utf8'));
    } catch {
      skipped.push({ source: join(root, e), reason: 'ignore file cannot be read; its folder was scanned without it' });
    }
  }
  const ignored = (rel: string) => {
    let dir = posix.dirname(rel);
    for (;;) {
      const m = matchers.get(dir);
      if (m) {
        const sub = dir === '.' ? rel : posix.relative(dir, rel);
        if (m.ignores(sub)) return true;
      }
      if (dir === '.') return false;
      dir = posix.dirname(dir);
    }
  };
  const sources: Source[] = [];
  for (const e of entries.sort()) {
    if (ignored(e)) continue;
    const path = join(root, e);
    const display = displayPath(root, e);
    try {
      const l = lstatSync(path);
      // Links to folders are not followed (as git does; this also makes link loops harmless).
      const st = l.isSymbolicLink() ? statSync(path) : l;
      if (st.isDirectory()) continue;
      if (!st.isFile()) {
        skipped.push({ source: display, reason: 'not a regular file (device, FIFO or socket); not scanned' });
        continue;
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      skipped.push({ source: display, reason: code === 'ENOENT' ? 'broken symbolic link or removed while listing; not scanned' : `cannot be read (${code ?? 'error'}); not scanned` });
      continue;
    }
    sources.push({ kind: 'file', path, display });
  }
  return { sources, skipped };
}

/** The path as the user gave the folder, joined with the file's place inside it. */
function displayPath(root: string, rel: string): string {
  return join(root, rel.split('/').join(sep));
}
