import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from '../i18n/index.js';
import type { PathExclusions } from '../config/paths.js';
import type { RuleSetOptions } from '../rules/ruleset.js';
import { scan } from '../scan.js';
import type { ScanResult } from '../types.js';
import { type BaselineEntry, loadBaseline, newBaseline, NOT_BASELINED, writeBaseline } from './baseline.js';
import type { FingerprintKey } from './key.js';

export interface BaselineRunOptions {
  file: string;
  cwd: string;
  /** The rule set and excluded paths, resolved as `scan` resolves them (config file, then flags). */
  rules: RuleSetOptions & { excludePaths?: PathExclusions };
  allowSkipped?: boolean;
  /** The secret the entries are hashed with (see key.ts). */
  key: FingerprintKey;
}

export interface CreateOutcome {
  recorded: number;
  /** Findings that carry no digest (e.g. from a reader that does not keep the text) and so stay reported. */
  unrecordable: number;
  /** Classification-marking findings, which a baseline never records (only the config can accept a marking). */
  markings: number;
  skipped: ScanResult['skipped'];
}

/**
 * `baseline create`: scans the paths and records every current finding as accepted, except classification
 * markings. The file is written anew (format 2, hashed with the outside key); the same key gives the same hashes.
 */
export async function createBaseline(paths: string[], o: BaselineRunOptions): Promise<CreateOutcome> {
  const base = newBaseline(o.file, o.key, o.cwd);
  const r = await scan({ ...o.rules, paths: paths.map((p) => resolve(o.cwd, p)) });
  const markings = r.findings.filter((f) => f.category === NOT_BASELINED).length;
  // A baseline from a partial scan would hide nothing wrongly, but it would claim more than was checked.
  if (r.skipped.length > 0 && !o.allowSkipped) return { recorded: 0, unrecordable: 0, markings, skipped: r.skipped };
  const file = base.withFindings(r.findings);
  writeBaseline(o.file, file, o.cwd);
  const unrecordable = r.findings.filter((f) => !f.digest && f.category !== NOT_BASELINED).length;
  return { recorded: file.entries.length, unrecordable, markings, skipped: r.skipped };
}

export interface PruneOutcome {
  stale: BaselineEntry[];
  kept: number;
  skipped: ScanResult['skipped'];
}

/** `baseline prune`: re-checks the files the baseline names; entries whose finding is gone are stale. */
export async function pruneBaseline(o: BaselineRunOptions & { dryRun?: boolean }): Promise<PruneOutcome> {
  const base = loadBaseline(o.file, o.key, o.cwd);
  const sources = [...new Set(base.file.entries.map((e) => e.source))].filter((s) => !s.startsWith('<'));
  const present = sources.map((s) => resolve(base.dir, s)).filter((p) => existsSync(p));
  const r = present.length > 0
    ? await scan({ ...o.rules, paths: present, inlineIgnores: false })
    : { findings: [], skipped: [] };
  if (r.skipped.length > 0) return { stale: [], kept: base.file.entries.length, skipped: r.skipped };
  // A marking's entry never counts (an older promptgate recorded them): it is stale however often the stamp is found.
  const found = new Set(r.findings.filter((f) => f.category !== NOT_BASELINED).map((f) => base.entryFor(f)?.hash));
  const markingRules = new Set(r.findings.filter((f) => f.category === NOT_BASELINED).map((f) => f.ruleId));
  // Entries for labels such as <stdin> cannot be re-checked and are kept.
  const isStale = (e: BaselineEntry) => markingRules.has(e.ruleId) || (!e.source.startsWith('<') && !found.has(e.hash));
  const stale = base.file.entries.filter(isStale);
  const kept = base.file.entries.filter((e) => !isStale(e));
  if (!o.dryRun && stale.length > 0) writeBaseline(o.file, base.withEntries(kept), o.cwd);
  return { stale, kept: kept.length, skipped: [] };
}

export function requirePaths(paths: string[]): string[] {
  if (paths.includes('-')) throw usageError('baselineStdin');
  return paths.length > 0 ? paths : ['.'];
}
