import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** One thing to scan: a file (with the path as the user will recognise it) or standard input. */
export type Source = { kind: 'file'; path: string; display: string } | { kind: 'stdin'; display: string };

/** An entry found but deliberately not scanned, and why (which ignore file, or a link that was not followed). */
export interface Passed {
  source: string;
  /**
   * Ignored: `.gitignore`, `.promptgateignore`, `node_modules` or `exceptions.paths` (the config). Not followed:
   * `link` (a link to a folder, without --follow-links) or `loop` (a folder already walked through another path).
   */
  by: string;
}

export interface Collected {
  sources: Source[];
  skipped: { source: string; reason: string }[];
  /** Files left out by an ignore file (or inside a `node_modules` folder): counted, never silently dropped. */
  ignored: Passed[];
  /** Symbolic links to folders that were not walked into (without --follow-links, or a loop). */
  notFollowed: Passed[];
}

export interface WalkOptions {
  /** Scan what .gitignore/.promptgateignore and `node_modules` would leave out (`--no-ignore`). */
  noIgnore?: boolean;
  /** Walk into symbolic links to folders (`--follow-links`); a link back into a folder being walked is not followed. */
  followLinks?: boolean;
  /** Files the config leaves out (`exceptions.paths`): counted as ignored by `exceptions.paths`. */
  exclude?: (s: Source) => boolean;
}

/** How the config's exclusions are named where ignored entries are counted. */
export const CONFIG_EXCLUDED = 'exceptions.paths';

/** Never walked, never counted: git's own store holds no file a person would send. */
const GIT_DIR = '.git';
const VENDORED = 'node_modules';

/**
 * Expands the paths given on the command line: files as they are, folders recursively, honouring
 * `.gitignore` and `.promptgateignore` files inside them. A path that does not exist is reported, not dropped;
 * a path that yields no file to scan (an empty folder, everything in it ignored or behind links) is reported too.
 */
export async function collectSources(paths: string[], opts: WalkOptions = {}): Promise<Collected> {
  const all: Collected = { sources: [], skipped: [], ignored: [], notFollowed: [] };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Not a path: a pattern the shell did not expand (Windows, npm scripts, hook configs) is matched here.
      if (code === 'ENOENT' && (await globParts(p))) {
        addAll(all, await walkGlob(p, opts));
        continue;
      }
      all.skipped.push({ source: p, reason: code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop; not scanned' : `cannot be read (${code})` });
      continue;
    }
    if (st.isDirectory()) {
      const r = await walkFolder(p, opts);
      addAll(all, r);
      if (r.sources.length === 0 && r.skipped.length === 0) all.skipped.push({ source: p, reason: nothingReason(r) });
    } else if (st.isFile()) {
      const s: Source = { kind: 'file', path: p, display: p };
      if (!opts.exclude?.(s)) all.sources.push(s);
      else {
        // Named on the command line, yet excluded: nothing to scan in it, and that is not a pass.
        all.ignored.push({ source: p, by: CONFIG_EXCLUDED });
        all.skipped.push({ source: p, reason: `nothing to scan: the config's ${CONFIG_EXCLUDED} excludes this file` });
      }
    }
    else all.skipped.push({ source: p, reason: 'not a regular file (device, FIFO or socket); not scanned' });
  }
  return all;
}

function addAll(all: Collected, r: Collected): void {
  all.sources.push(...r.sources);
  all.skipped.push(...r.skipped);
  all.ignored.push(...r.ignored);
  all.notFollowed.push(...r.notFollowed);
}

/** The folder a glob starts from and the pattern below it, or undefined when `p` has no glob characters. */
async function globParts(p: string): Promise<{ base: string; glob: string } | undefined> {
  const { default: picomatch } = await import('picomatch');
  // Patterns are written with `/`; on Windows a `\` in a pattern is a separator, not an escape.
  const pattern = sep === '\\' ? p.split('\\').join('/') : p;
  const scanned = picomatch.scan(pattern);
  return scanned.isGlob ? { base: scanned.base || '.', glob: scanned.glob } : undefined;
}

/**
 * A glob pattern ("drafts/**" followed by "/*.md"): its base folder is walked by the same walker as a folder argument, so
 * ignore files, links and unreadable entries are counted as they are there; then only what the pattern matches
 * is kept (dot files included: a pattern must not hide `.env.md` from a scan). Nothing matched is reported with
 * what was left out, never passed.
 */
async function walkGlob(p: string, opts: WalkOptions): Promise<Collected> {
  const { default: picomatch } = await import('picomatch');
  const { base, glob } = (await globParts(p))!;
  const isMatch = picomatch(glob, { dot: true });
  const matches = (path: string) => isMatch(relative(base, path).split(sep).join('/'));
  let r: Collected;
  try {
    if (!statSync(base).isDirectory()) throw new Error('not a folder');
    r = await walkFolder(base, opts);
  } catch {
    return { sources: [], skipped: [{ source: p, reason: `no file matches this pattern (${base} is not a folder)` }], ignored: [], notFollowed: [] };
  }
  const out: Collected = {
    sources: r.sources.filter((s) => s.kind === 'file' && matches(s.path)),
    // A folder that could not be read may hold matching files: it stays reported.
    skipped: r.skipped.filter((s) => matches(s.source) || s.reason.startsWith('folder cannot be read')),
    ignored: r.ignored.filter((e) => matches(e.source) || e.by === VENDORED),
    // A linked folder not walked may hold matching files: it stays counted.
    notFollowed: r.notFollowed,
  };
  if (out.sources.length === 0 && out.skipped.length === 0) out.skipped.push({ source: p, reason: nothingReason(out, `no file matches this pattern in ${base}`) });
  return out;
}

/** Why a folder given on the command line gave nothing to scan, with what was left out and how to include it. */
function nothingReason(r: Collected, head = 'nothing to scan in this folder'): string {
  const left: string[] = [];
  const byConfig = r.ignored.filter((e) => e.by === CONFIG_EXCLUDED).length;
  if (r.ignored.length > byConfig) left.push(`${r.ignored.length - byConfig} ignored (--no-ignore scans them)`);
  if (byConfig > 0) left.push(`${byConfig} excluded by the config's ${CONFIG_EXCLUDED}`);
  if (r.notFollowed.length > 0) left.push(`${r.notFollowed.length} linked folder(s) not followed (--follow-links walks them)`);
  return `${head}: ${left.length > 0 ? left.join(', ') : 'it holds no file'}`;
}

async function walkFolder(root: string, opts: WalkOptions): Promise<Collected> {
  const { default: ignore } = await import('ignore');
  const out: Collected = { sources: [], skipped: [], ignored: [], notFollowed: [] };
  const entries = listTree(root, opts, out);
  // Ignore files apply to their own folder and below, as in git.
  const matchers = new Map<string, { m: ReturnType<typeof ignore>; by: string }[]>();
  if (!opts.noIgnore) {
    for (const e of entries) {
      const base = posix.basename(e);
      if (base !== '.gitignore' && base !== '.promptgateignore') continue;
      const dir = posix.dirname(e);
      let list = matchers.get(dir);
      if (!list) matchers.set(dir, (list = []));
      try {
        list.push({ m: ignore().add(readFileSync(join(root, e), 'utf8')), by: base });
      } catch {
        out.skipped.push({ source: join(root, e), reason: 'ignore file cannot be read; its folder was scanned without it' });
      }
    }
  }
  const ignoredBy = (rel: string): string | undefined => {
    let dir = posix.dirname(rel);
    for (;;) {
      for (const { m, by } of matchers.get(dir) ?? []) {
        const sub = dir === '.' ? rel : posix.relative(dir, rel);
        if (m.ignores(sub)) return by;
      }
      if (dir === '.') return undefined;
      dir = posix.dirname(dir);
    }
  };
  for (const e of entries) {
    const path = join(root, e);
    const display = displayPath(root, e);
    const by = ignoredBy(e);
    if (by) {
      out.ignored.push({ source: display, by });
      continue;
    }
    let st: Stats;
    try {
      const l = lstatSync(path);
      st = l.isSymbolicLink() ? statSync(path) : l;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      out.skipped.push({ source: display, reason: code === 'ENOENT' ? 'broken symbolic link or removed while listing; not scanned' : code === 'ELOOP' ? 'symbolic link loop; not scanned' : `cannot be read (${code ?? 'error'}); not scanned` });
      continue;
    }
    // A link to a folder was counted by listTree (walked or not followed); only files are left here.
    if (st.isDirectory()) continue;
    if (!st.isFile()) {
      out.skipped.push({ source: display, reason: 'not a regular file (device, FIFO or socket); not scanned' });
      continue;
    }
    const s: Source = { kind: 'file', path, display };
    if (opts.exclude?.(s)) out.ignored.push({ source: display, by: CONFIG_EXCLUDED });
    else out.sources.push(s);
  }
  return out;
}

/**
 * Every entry under `root` that is not a folder (files, links to files, FIFOs…), as sorted relative posix paths.
 * Links to folders are counted as not followed, or walked with `followLinks` (a link to a folder that is already
 * being walked — a loop — or was walked through another path is counted, not walked again). `node_modules` folders
 * are counted as ignored unless `noIgnore`. Any name is taken as it is — newlines included, which glob libraries
 * skip. A folder that cannot be listed is reported, and the rest is still walked.
 */
function listTree(root: string, opts: WalkOptions, out: Collected): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const id = (st: Stats) => `${st.dev}:${st.ino}`;
  try {
    seen.add(id(statSync(root)));
  } catch { /* reported by readdir below */ }
  // With links followed, a folder may be reached twice: it is walked the first time only.
  const firstVisit = (rel: string) => {
    try {
      const k = id(statSync(join(root, rel)));
      if (seen.has(k)) return false;
      seen.add(k);
    } catch { /* reported by readdir */ }
    return true;
  };
  const stack = [''];
  while (stack.length > 0) {
    const rel = stack.pop()!;
    let names;
    try {
      names = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true });
    } catch (e) {
      out.skipped.push({ source: rel ? displayPath(root, rel) : root, reason: `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); its files were not scanned` });
      continue;
    }
    for (const d of names) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (d.name === GIT_DIR) continue;
        if (d.name === VENDORED && !opts.noIgnore) out.ignored.push({ source: displayPath(root, child), by: VENDORED });
        else if (opts.followLinks && !firstVisit(child)) out.notFollowed.push({ source: displayPath(root, child), by: 'loop' });
        else stack.push(child);
        continue;
      }
      if (d.isSymbolicLink()) {
        let target: Stats | undefined;
        try {
          target = statSync(join(root, child));
        } catch { /* broken or looping: reported with the files */ }
        if (target?.isDirectory()) {
          if (!opts.followLinks) out.notFollowed.push({ source: displayPath(root, child), by: 'link' });
          else if (!firstVisit(child)) out.notFollowed.push({ source: displayPath(root, child), by: 'loop' });
          else stack.push(child);
          continue;
        }
      }
      files.push(child);
    }
  }
  out.ignored.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  out.notFollowed.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return files.sort();
}

/** The path as the user gave the folder, joined with the file's place inside it. */
function displayPath(root: string, rel: string): string {
  return join(root, rel.split('/').join(sep));
}
