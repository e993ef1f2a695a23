import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { usageError } from '../i18n/index.js';
import { describeCode } from '../util/atomic-write.js';
import type { Finding } from '../types.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { hmac } from './digest.js';
import type { FingerprintKey } from './key.js';

/**
 * A baseline: findings a team has looked at and accepted, so that `scan --baseline` reports only new ones.
 * An entry is a keyed hash of rule id + normalised matched value + source (never the value); rule id and source
 * are kept in clear so that a reviewer can see what was accepted where, and `baseline prune` can re-check it.
 *
 * Format 2 keeps the key outside the file (see key.ts): the file holds only `keyCheck`, a hash that tells a wrong
 * key from a changed value and reveals nothing about the values. Format 1 kept a random key beside the hashes,
 * which lets anyone who reads the file test guesses of a low-entropy value; such files are still read (with a
 * warning) and become format 2 when `baseline create` writes them again.
 *
 * Classification markings are never baselined: only the security officer's configuration can accept a stamp.
 */
export const DEFAULT_BASELINE = '.promptgate-baseline.json';

export interface BaselineEntry {
  ruleId: string;
  source: string;
  hash: string;
}

export type BaselineFile =
  | { version: 2; tool: 'promptgate'; keyCheck: string; entries: BaselineEntry[] }
  | { version: 1; tool: 'promptgate'; key: string; entries: BaselineEntry[] };

/** The category a baseline never accepts. */
export const NOT_BASELINED = 'classified-marking';

export class Baseline {
  readonly dir: string;
  private readonly hashes: Set<string>;
  /** The HMAC key of the entries: derived from the outside secret (format 2), or the file's own (format 1). */
  private readonly entryKey: string;
  /** Things the person running the scan should know about this baseline (an embedded key, a public key). */
  readonly warnings: string[] = [];

  /** `path` is the baseline file: sources are stored relative to its folder, with "/" separators. */
  constructor(readonly path: string, readonly file: BaselineFile, key: FingerprintKey, private readonly cwd = process.cwd()) {
    this.dir = dirname(resolve(cwd, path));
    this.hashes = new Set(file.entries.map((e) => e.hash));
    if (file.version === 1) {
      this.entryKey = file.key;
      this.warnings.push(`${path} is an older baseline that keeps its key inside the file, so anyone who can read it can test guesses of the accepted values; `
        + 'write it again with `promptgate baseline create` (the key then stays outside the file)');
    } else {
      this.entryKey = entryKey(key.secret);
      if (key.warning) this.warnings.push(key.warning);
    }
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
    return { ruleId: f.ruleId, source, hash: hmac(this.entryKey, `${f.digest}\0${source}`).slice(0, 32) };
  }

  /** Whether the baseline accepts this finding; a classification marking is never accepted, whatever the file says. */
  has(f: Finding): boolean {
    if (f.category === NOT_BASELINED) return false;
    const e = this.entryFor(f);
    return e !== undefined && this.hashes.has(e.hash);
  }

  /** Entries for rules of the category a baseline never accepts (written by an older promptgate, or by hand). */
  ignoredEntries(categoryOf: (ruleId: string) => string | undefined): BaselineEntry[] {
    return this.file.entries.filter((e) => categoryOf(e.ruleId) === NOT_BASELINED);
  }

  /** The same key, new entries: one per distinct accepted finding (never a marking), sorted for calm diffs. */
  withFindings(findings: Finding[]): BaselineFile {
    const byHash = new Map<string, BaselineEntry>();
    for (const f of findings) {
      if (f.category === NOT_BASELINED) continue;
      const e = this.entryFor(f);
      if (e) byHash.set(e.hash, e);
    }
    return { ...this.file, entries: sortEntries([...byHash.values()]) };
  }

  withEntries(entries: BaselineEntry[]): BaselineFile {
    return { ...this.file, entries: sortEntries(entries) };
  }
}

/** A new, empty baseline for this key. */
export function newBaseline(path: string, key: FingerprintKey, cwd = process.cwd()): Baseline {
  return new Baseline(path, { version: 2, tool: 'promptgate', keyCheck: keyCheck(key.secret), entries: [] }, key, cwd);
}

/** Reads and checks a baseline file; anything wrong is a usage error (exit 2), never "no baseline". */
export function loadBaseline(path: string, key: FingerprintKey, cwd = process.cwd()): Baseline {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? usageError('baselineMissing', { path }) : usageError('baselineUnreadable', { path, code: describeCode(code) });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw usageError('baselineNotJson', { path });
  }
  const problem = checkShape(doc);
  if (problem) throw usageError('baselineNotBaseline', { path, problem });
  const file = doc as BaselineFile;
  // A wrong key would make every accepted finding look new: say so instead of a wall of findings.
  if (file.version === 2 && file.keyCheck !== keyCheck(key.secret)) {
    throw usageError('baselineOtherKey', { path, where: key.where });
  }
  return new Baseline(path, file, key, cwd);
}

export function writeBaseline(path: string, file: BaselineFile, cwd = process.cwd()): void {
  writeFileAtomic(resolve(cwd, path), JSON.stringify(file, null, 2) + '\n');
}

/** The entries' key, derived from the secret for this one use (a SARIF fingerprint under the same secret differs). */
function entryKey(secret: string): string {
  return hmac(secret, 'promptgate/baseline-entry/v2');
}

/** Tells the right key from a wrong one; a one-way hash of the secret alone, so it says nothing about the values. */
function keyCheck(secret: string): string {
  return hmac(secret, 'promptgate/baseline-key-check/v2').slice(0, 16);
}

function checkShape(d: any): string | undefined {
  if (typeof d !== 'object' || d === null) return 'not an object';
  if (d.version !== 1 && d.version !== 2) return `unsupported version ${JSON.stringify(d.version)}`;
  if (d.version === 1 && (typeof d.key !== 'string' || !/^[0-9a-f]{16,}$/.test(d.key))) return '"key" must be a hex string';
  if (d.version === 2 && (typeof d.keyCheck !== 'string' || !/^[0-9a-f]{16}$/.test(d.keyCheck))) return '"keyCheck" must be a hex string';
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
