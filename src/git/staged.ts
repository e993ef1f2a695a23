import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Skipped } from '../types.js';
import { git, gitText, requireWorkTree } from './git.js';

export interface StagedInput {
  /** Path relative to the current folder, with "/" (as `git status` shows it). */
  name: string;
  bytes: Buffer;
}

const GITLINK = '160000';

/**
 * What is about to be committed: the staged blob of every added, copied, modified, renamed or type-changed file,
 * read from the index (not the working tree, which may differ). Deleted files have nothing to check. `pathspecs`
 * limit the files as in `git diff`. The index is the one git uses for this commit (GIT_INDEX_FILE is inherited,
 * so `git commit <paths>` and `commit -a` are checked against what they will really record).
 */
export async function readStaged(cwd: string, pathspecs: string[] = []): Promise<{ inputs: StagedInput[]; skipped: Skipped[] }> {
  requireWorkTree(cwd);
  const prefix = gitText(['rev-parse', '--show-prefix'], cwd); // the current folder inside the repository
  // --no-renames: a rename is listed as its new path (added); --raw gives the staged blob ids directly.
  const raw = git(['diff', '--cached', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', '--no-textconv',
    '--diff-filter=ACMRT', '--', ...pathspecs], cwd).toString('utf8');
  const wanted: { path: string; blob: string }[] = [];
  const parts = raw.split('\0');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    // ":<old mode> <new mode> <old blob> <new blob> <status>" then the path
    const [, newMode, , blob] = parts[i].slice(1).split(' ');
    if (newMode === GITLINK) continue; // a submodule commit id, not content
    wanted.push({ path: parts[i + 1], blob });
  }
  const inputs: StagedInput[] = [];
  const skipped: Skipped[] = [];
  const root = gitText(['rev-parse', '--show-toplevel'], cwd);
  const ignored = await promptgateIgnores(root, wanted.map((w) => w.path), skipped);
  for (let i = wanted.length - 1; i >= 0; i--) if (ignored(wanted[i].path)) wanted.splice(i, 1);
  if (wanted.length === 0) return { inputs, skipped };
  const blobs = readBlobs(cwd, [...new Set(wanted.map((w) => w.blob))]);
  for (const w of wanted) {
    const name = posix.relative(prefix === '' ? '.' : prefix, w.path) || w.path;
    const bytes = blobs.get(w.blob);
    if (bytes) inputs.push({ name, bytes });
    else skipped.push({ source: name, reason: 'the staged content is missing from the repository' });
  }
  return { inputs, skipped };
}

/** Reads blobs in one `git cat-file --batch` call: "<id> blob <size>\n<bytes>\n" for each, "<id> missing\n" if absent. */
function readBlobs(cwd: string, ids: string[]): Map<string, Buffer> {
  const out = git(['cat-file', '--batch'], cwd, ids.join('\n') + '\n');
  const blobs = new Map<string, Buffer>();
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const [id, type, size] = out.toString('utf8', pos, nl).split(' ');
    pos = nl + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    if (type === 'blob') blobs.set(id, out.subarray(pos, pos + n));
    pos += n + 1;
  }
  return blobs;
}

/**
 * `.promptgateignore` files (gitignore syntax, in the folder they apply to and below, read from the working tree)
 * exclude staged files as they exclude files in a folder scan: the way to let images and other binaries through
 * a hook that otherwise fails closed on anything it cannot read.
 */
async function promptgateIgnores(root: string, paths: string[], skipped: Skipped[]): Promise<(path: string) => boolean> {
  const dirs = new Set<string>();
  for (const p of paths) for (let d = posix.dirname(p); ; d = posix.dirname(d)) {
    dirs.add(d);
    if (d === '.') break;
  }
  const { default: ignore } = await import('ignore');
  const matchers = new Map<string, ReturnType<typeof ignore>>();
  for (const d of dirs) {
    let text: string;
    try {
      text = readFileSync(join(root, d, '.promptgateignore'), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') skipped.push({ source: posix.join(d, '.promptgateignore'), reason: `cannot be read (${code})` });
      continue;
    }
    matchers.set(d, ignore().add(text));
  }
  if (matchers.size === 0) return () => false;
  return (path) => {
    for (let d = posix.dirname(path); ; d = posix.dirname(d)) {
      const m = matchers.get(d);
      if (m?.ignores(d === '.' ? path : posix.relative(d, path))) return true;
      if (d === '.') return false;
    }
  };
}
