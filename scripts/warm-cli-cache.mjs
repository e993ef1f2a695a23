#!/usr/bin/env node
// Run by scripts/bundle-cli.mjs in a fresh process: compiles dist/cli.cjs without a cache, runs a JSON scan of a
// sample text (the command hooks and scripts run most) so that the functions a scan uses are compiled, then writes
// V8's code cache of the bundle (top level and those functions) next to it. (A smaller sample, or none, gave a
// smaller cache but no faster start: whatever the cache lacks is compiled on its first call instead.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { createRequire } from 'node:module';

const { loadCliBundle } = createRequire(import.meta.url)('../bin/cli-bundle.js');
const [, , bundle, cacheFile] = process.argv;
const cli = loadCliBundle({ useCache: false });
if (!cli) throw new Error(`no bundle at ${bundle}`);

// A sample that makes the scan go through its usual paths: the must-match examples of every built-in rule (in the
// rule-text file since the rule cache was split, rules/builtin-cache.ts), as prompt-sized files — a prompt is a short
// text, read the way short texts are (match/candidates.ts), so the functions of that path are the ones to have in the cache.
const docs = JSON.parse(readFileSync(new URL('../dist/builtin-rule-docs.json', import.meta.url), 'utf8'));
const examples = Object.values(docs.rules).flatMap((r) => r.examples?.match ?? []);
if (examples.length === 0) throw new Error('no rule examples to warm the cache with (dist/builtin-rule-docs.json)');
const dir = mkdtempSync(join(tmpdir(), 'promptgate-warm-'));
const samples = [];
let lines = ['Báo cáo tuần: tiến độ dự án, lịch họp và ghi chú.'];
const flush = () => {
  const file = join(dir, `sample-${samples.length}.txt`);
  writeFileSync(file, lines.join('\n\n') + '\n');
  samples.push(file);
  lines = [];
};
for (const e of examples) {
  if (lines.join('\n\n').length + e.length > 4096) flush();
  lines.push(e);
}
flush();

const sink = () => new Writable({ write: (_c, _e, done) => done() });
// One thread: functions run in a worker would not be in this script's cache.
const io = () => ({ stdout: sink(), stderr: sink(), stdin: Readable.from([]), env: { ...process.env, NO_COLOR: '1', PROMPTGATE_WORKERS: '1' }, cwd: dir });
try {
  const code = await cli.run(['scan', '--format', 'json', ...samples], io()); // with config discovery, as a user's scan
  if (code === 2) throw new Error('warm-up scan failed (exit 2)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(cacheFile, cli.script.createCachedData());
