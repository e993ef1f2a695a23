import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../types.js';
import { hmac } from './digest.js';

/**
 * A baseline: findings a team has looked at and accepted, so that `scan --baseline` reports only new ones.
 * An entry is a keyed hash of rule id + normalised matched value + source (never the value); rule id and source
 * are kept in clear so that a reviewer can see what was accepted where, and `baseline prune` can re-check it.
 */
export const DEFAULT_BASELINE = '.promptgate-baseline.json';

export interface BaselineEntry {
  ruleId: string;
  source: string;
  hash: string;
}

export interface BaselineFile {
  version: 1;
  tool: 'promptgate';
  /** Random per baseline; see digest.ts for why a key at all. */
  key: string;
  entries: BaselineEntry[];
}

export class Baseline {
  readonly dir: string;
  private readonly hashes: Set<string>;

  /** `path` is the baseline file: sources are stored relative to its folder, with "/" separators. */
  constructor(readonly path: string, readonly file: BaselineFile, private readonly cwd = process.cwd()) {
    this.dir = dirname(resolve(cwd, path));
    this.hashes = new Set(file.entries.map((e) => e.hash));
  }

  /** The source as the baseline names it, wherever the scan was started. `<stdin>` and other labels stay as they are. */
  sourceKey(source: string): string {
    if (source.startsWith('<')) return source;
    const rel = relative(this.dir, resolve(this.cwd, source));
    return (rel === '' || isAbsolute(rel) ? resolve(this.cwd, source) : rel).split(sep).join('/');
  }

  /** The entry a finding would have; undefined when the finding carries no digest (it cannot be matched). */
  entryFor(f: Finding): BaselineEntry | undefined {
    if (!f.digest) return undefined;
    const source = this.sourceKey(f.source);
    return { ruleId: f.ruleId, source, hash: hmac(this.file.key, `${f.digest}\0${source}`).slice(0, 32) };
  }

  has(f: Finding): boolean {
    const e = this.entryFor(f);
    return e !== undefined && this.hashes.has(e.hash);
  }

  /** The same key, new entries: one per distinct accepted finding, sorted for calm diffs. */
  withFindings(findings: Finding[]): BaselineFile {
    const byHash = new Map<string, BaselineEntry>();
    for (const f of findings) {
      const e = this.entryFor(f);
      if (e) byHash.set(e.hash, e);
    }
    return { ...this.file, entries: sortEntries([...byHash.values()]) };
  }

  withEntries(entries: BaselineEntry[]): BaselineFile {
    return { ...this.file, entries: sortEntries(entries) };
  }
}

export function emptyBaseline(): BaselineFile {
  return { version: 1, tool: 'promptgate', key: randomBytes(16).toString('hex'), entries: [] };
}

/** Reads and checks a baseline file; anything wrong is a usage error (exit 2), never "no baseline". */
export function loadBaseline(path: string, cwd = process.cwd()): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`baseline ${path} cannot be read (${code === 'ENOENT' ? 'no such file' : code ?? 'error'}); create it with \`promptgate baseline create\``);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`baseline ${path} is not valid JSON`);
  }
  const problem = checkShape(doc);
  if (problem) throw new UsageError(`baseline ${path} is not a promptgate baseline: ${problem}`);
  return new Baseline(path, doc as BaselineFile, cwd);
}

/** Opens an existing baseline to refresh it (keeping its key), or starts a new one. */
export function openOrCreate(path: string, cwd = process.cwd()): Baseline {
  try {
    readFileSync(resolve(cwd, path));
  } catch {
    return new Baseline(path, emptyBaseline(), cwd);
  }
  return loadBaseline(path, cwd);
}

export function writeBaseline(path: string, file: BaselineFile, cwd = process.cwd()): void {
  writeFileSync(resolve(cwd, path), JSON.stringify(file, null, 2) + '\n');
}

function checkShape(d: any): string | undefined {
  if (typeof d !== 'object' || d === null) return 'not an object';
  if (d.version !== 1) return `unsupported version ${JSON.stringify(d.version)}`;
  if (typeof d.key !== 'string' || !/^[0-9a-f]{16,}$/.test(d.key)) return '"key" must be a hex string';
  if (!Array.isArray(d.entries)) return '"entries" must be a list';
  for (const [i, e] of d.entries.entries()) {
    if (typeof e?.ruleId !== 'string' || typeof e?.source !== 'string' || typeof e?.hash !== 'string') {
      return `entry ${i + 1} needs ruleId, source and hash`;
    }
  }
  return undefined;
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const key = (e: BaselineEntry) => `${e.source}\0${e.ruleId}\0${e.hash}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
