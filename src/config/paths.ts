import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Source } from '../input/sources.js';

/** Paths a config file says never to scan: globs as in .gitignore, relative to the config file's folder. */
export interface PathExclusions {
  base: string;
  patterns: string[];
}

type Matcher = { ignores(path: string): boolean };
const matchers = new WeakMap<PathExclusions, Matcher>();

/** Whether a collected file is excluded by the config (standard input never is; files outside `base` never are). */
export function excludedPath(s: Source, ex: PathExclusions | undefined): boolean {
  if (!ex || ex.patterns.length === 0 || s.kind !== 'file') return false;
  const rel = relative(ex.base, resolve(s.path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
  let m = matchers.get(ex);
  if (!m) {
    const ignore = createRequire(import.meta.url)('ignore') as () => Matcher & { add(p: string[]): Matcher };
    m = ignore().add(ex.patterns);
    matchers.set(ex, m);
  }
  return m.ignores(rel.split(sep).join('/'));
}
