import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { scan } from '../scan.js';
import type { ScanResult } from '../types.js';
import { type BaselineEntry, loadBaseline, openOrCreate, writeBaseline } from './baseline.js';

export interface BaselineRunOptions {
  file: string;
  cwd: string;
  builtin?: boolean;
  rules?: string[];
  allowSkipped?: boolean;
}

export interface CreateOutcome {
  recorded: number;
  /** Findings that carry no digest (e.g. from a reader that does not keep the text) and so stay reported. */
  unrecordable: number;
  skipped: ScanResult['skipped'];
}

/** `baseline create`: scans the paths and records every current finding as accepted (keeping the file's key). */
export async function createBaseline(paths: string[], o: BaselineRunOptions): Promise<CreateOutcome> {
  const base = openOrCreate(o.file, o.cwd);
  const r = await scan({ paths: paths.map((p) => resolve(o.cwd, p)), builtin: o.builtin, extra: o.rules });
  // A baseline from a partial scan would hide nothing wrongly, but it would claim more than was checked.
  if (r.skipped.length > 0 && !o.allowSkipped) return { recorded: 0, unrecordable: 0, skipped: r.skipped };
  const file = base.withFindings(r.findings);
  writeBaseline(o.file, file, o.cwd);
  return { recorded: file.entries.length, unrecordable: r.findings.filter((f) => !f.digest).length, skipped: r.skipped };
}

export interface PruneOutcome {
  stale: BaselineEntry[];
  kept: number;
  skipped: ScanResult['skipped'];
}

/** `baseline prune`: re-checks the files the baseline names; entries whose finding is gone are stale. */
export async function pruneBaseline(o: BaselineRunOptions & { dryRun?: boolean }): Promise<PruneOutcome> {
  const base = loadBaseline(o.file, o.cwd);
  const sources = [...new Set(base.file.entries.map((e) => e.source))].filter((s) => !s.startsWith('<'));
  const present = sources.map((s) => resolve(base.dir, s)).filter((p) => existsSync(p));
  const r = present.length > 0
    ? await scan({ paths: present, builtin: o.builtin, extra: o.rules, inlineIgnores: false })
    : { findings: [], skipped: [] };
  if (r.skipped.length > 0) return { stale: [], kept: base.file.entries.length, skipped: r.skipped };
  const found = new Set(r.findings.map((f) => base.entryFor(f)?.hash));
  // Entries for labels such as <stdin> cannot be re-checked and are kept.
  const isStale = (e: BaselineEntry) => !e.source.startsWith('<') && !found.has(e.hash);
  const stale = base.file.entries.filter(isStale);
  const kept = base.file.entries.filter((e) => !isStale(e));
  if (!o.dryRun && stale.length > 0) writeBaseline(o.file, base.withEntries(kept), o.cwd);
  return { stale, kept: kept.length, skipped: [] };
}

export function requirePaths(paths: string[]): string[] {
  if (paths.includes('-')) throw new UsageError('a baseline records files; standard input cannot be baselined');
  return paths.length > 0 ? paths : ['.'];
}
