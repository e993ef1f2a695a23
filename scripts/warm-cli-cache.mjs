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

// A sample that makes the scan go through its usual paths: the must-match examples of every built-in rule.
const rules = JSON.parse(readFileSync(new URL('../dist/builtin-rules.json', import.meta.url), 'utf8'));
const lines = ['Báo cáo tuần: tiến độ dự án, lịch họp và ghi chú.'];
for (const f of Object.values(rules.files)) for (const r of f.result.rules) lines.push(...(r.raw.examples?.match ?? []));
const dir = mkdtempSync(join(tmpdir(), 'promptgate-warm-'));
const sample = join(dir, 'sample.txt');
writeFileSync(sample, lines.join('\n\n') + '\n');

const sink = () => new Writable({ write: (_c, _e, done) => done() });
const io = () => ({ stdout: sink(), stderr: sink(), stdin: Readable.from([]), env: { ...process.env, NO_COLOR: '1' }, cwd: dir });
try {
  const code = await cli.run(['scan', '--format', 'json', sample], io()); // with config discovery, as a user's scan
  if (code === 2) throw new Error('warm-up scan failed (exit 2)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(cacheFile, cli.script.createCachedData());
