import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';

/** One thing to scan: a file (with the path as the user will recognise it) or standard input. */
export type Source = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: string };

export interface Collected {
  sources: Source[];
  skipped: { source: string; reason: string }[];
}

const ALWAYS_IGNORED = new Set(['.git', 'node_modules']);

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
  const { default: ignore } = await import('ignore');
  const skipped: Collected['skipped'] = [];
  const entries = listTree(root, skipped);
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

/**
 * Every entry under `root` that is not a folder (files, links, FIFOs…), as sorted relative posix paths. Links to
 * folders are not followed (as git does; a link loop is harmless). Any name is taken as it is — newlines included,
 * which glob libraries skip. A folder that cannot be listed is reported, and the rest is still walked.
 */
function listTree(root: string, skipped: Collected['skipped']): string[] {
  const out: string[] = [];
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let names;
    try {
      names = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (e) {
      skipped.push({ source: rel ? displayPath(root, rel) : root, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); its files were not scanned` });
      continue;
    }
    for (const d of names) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!ALWAYS_IGNORED.has(d.name)) stack.push(child);
      } else out.push(child);
    }
  }
  return out.sort();
}

/** The path as the user gave the folder, joined with the file's place inside it. */
function displayPath(root: string, rel: string): string {
  return join(root, rel.split('/').join(sep));
}
