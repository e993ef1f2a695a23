#!/usr/bin/env node
// Micro-bench of the byte kernel (#21): the matching view + the keyword-and-trigger automaton over a large text, cut
// into windows as the engine cuts it, without the candidate stage. Compares, in one process and alternating:
//   separate — buildView, then the automaton over view.folded (what the engine did before the kernel);
//   ts       — the fused TypeScript kernel (one pass: view, offset map, digit offsets, automaton hits);
//   wasm     — the same pass in WebAssembly (when it loads).
// Not a test: the machine is shared and noisy, figures are medians of --runs passes, comparable within one run.
//   node test/bench/kernel.mjs [--file PATH] [--mb N] [--runs N] [--json]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg('--runs', 5));
const MB = Number(arg('--mb', 20));
let file = arg('--file');
if (!file) {
  const work = join(tmpdir(), 'promptgate-bench');
  mkdirSync(work, { recursive: true });
  file = join(work, `single-${MB}mb.txt`);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [resolve(root, '../shared/bench/make_corpus.mjs'), 'single', file, String(MB)], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('make_corpus failed');
  }
}

await import(join(root, 'dist/runtime/node-platform.js'));
const { loadRuleSet } = await import(join(root, 'dist/rules/ruleset.js'));
const { Engine, WINDOW, OVERLAP } = await import(join(root, 'dist/engine/engine.js'));
const view = await import(join(root, 'dist/normalize/view.js'));
let kernel;
try {
  kernel = await import(join(root, 'dist/normalize/kernel.js'));
} catch {
  kernel = undefined; // a build from before the kernel
}

const bytes = readFileSync(file);
const text = bytes.toString('utf8');
const engine = new Engine(loadRuleSet()).prepareLongTexts();
const automaton = engine.matchers.combined();
const windows = [];
for (let a = 0; a < text.length; a += WINDOW) windows.push(text.slice(Math.max(0, a - OVERLAP), Math.min(text.length, a + WINDOW + OVERLAP)));
const units = windows.reduce((s, w) => s + w.length, 0);
const scratch = new view.Scratch(WINDOW + 3 * OVERLAP + 64);

const ways = {
  separate() {
    let hits = 0;
    for (const w of windows) {
      const v = view.buildView(w, scratch);
      automaton.search(v.folded, () => hits++);
    }
    return hits;
  },
};
if (kernel) {
  ways.ts = () => {
    let hits = 0;
    kernel.useWasm(false);
    for (const w of windows) {
      const v = view.buildView(w, scratch, automaton);
      automaton.searchView(v, () => hits++);
    }
    return hits;
  };
  if (kernel.wasmAvailable()) ways.wasm = () => {
    let hits = 0;
    kernel.useWasm(true);
    for (const w of windows) {
      const v = view.buildView(w, scratch, automaton);
      automaton.searchView(v, () => hits++);
    }
    return hits;
  };
}

const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const counts = {};
for (let r = 0; r < RUNS + 1; r++) {
  for (const [name, fn] of Object.entries(ways)) {
    const t0 = process.hrtime.bigint();
    counts[name] = fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r > 0) times[name].push(ms); // the first pass warms up the JIT and the caches
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const out = Object.fromEntries(Object.entries(times).map(([k, t]) => [k, { ms: median(t), mbps: bytes.length / 1e6 / (median(t) / 1000), hits: counts[k] }]));
if (process.argv.includes('--json')) console.log(JSON.stringify({ bytes: bytes.length, units, ...out }));
else {
  console.log(`${file}: ${(bytes.length / 1e6).toFixed(1)} MB, ${windows.length} windows, median of ${RUNS}`);
  for (const [k, v] of Object.entries(out)) console.log(`  ${k.padEnd(9)} ${v.ms.toFixed(0).padStart(6)} ms  ${v.mbps.toFixed(1).padStart(6)} MB/s  ${v.hits} hits`);
}
