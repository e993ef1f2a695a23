import { parentPort, workerData } from 'node:worker_threads';
import { PostFilter } from './post-filter.js';
import { stage } from '../engine/scanner.js';
import { createEngine, releaseEngine } from './regex-watchdog.js';
import { scanSource, type ScanOptions } from '../scan.js';
import type { Finding, Skipped } from '../types.js';
import type { Source } from '../input/sources.js';

// One worker of a folder scan (see pool.ts): builds the engine once, scans its files one by one as the main
// thread would, and posts each file's result with its place in the worker's list.
const { opts, sources } = workerData as { opts: ScanOptions; sources: Source[] };
const engine = createEngine(opts);
try {
  for (let at = 0; at < sources.length; at++) {
    const post = new PostFilter(opts);
    const findings: Finding[] = [];
    const skipped: Skipped[] = [];
    await scanSource(stage(engine, post.stage(engine.rules)), sources[at], opts, findings, skipped);
    const r = post.finish({ version: 1, verdict: 'pass', findings, skipped });
    parentPort!.postMessage({ at, result: { findings, skipped, suppressed: r.suppressed ?? [], warnings: r.warnings ?? [] } });
  }
} finally {
  releaseEngine(engine);
}
