#!/usr/bin/env node
// Micro-bench of the byte kernel (#21): the matching view + the keyword-and-trigger automaton over a large text, cut
// into windows as the engine cuts it, without the candidate stage. Compares, in one process and alternating:
//   separate — buildView, then the automaton over view.folded (what the engine did before the kernel);
//   ts       — the fused TypeScript kernel (one pass: view, offset map, digit offsets, automaton hits);
//   wasm     — the same pass in WebAssembly (when it loads).
// Not a test: the machine is shared and noisy, figures are medians of --runs passes, comparable within one run.
//   node test/bench/kernel.mjs [--file PATH] [--mb N] [--runs N] [--json] [--root DIR]
// --root: the dist/ of another build (e.g. main before the kernel), for old/new runs in one sitting. Figures are CPU
// time (user + system) of the pass, less inflated than wall time when the machine is shared.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const root = resolve(arg('--root', here));
const RUNS = Number(arg('--runs', 5));
const MB = Number(arg('--mb', 20));
let file = arg('--file');
if (!file) {
  const work = join(tmpdir(), 'promptgate-bench');
  mkdirSync(work, { recursive: true });
  file = join(work, `single-${MB}mb.txt`);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [resolve(here, '../shared/bench/make_corpus.mjs'), 'single', file, String(MB)], { stdio: 'inherit' });
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
const automaton = engine.matchers.combined(); // (private: a bench may look inside)
const windows = [];
for (let a = 0; a < text.length; a += WINDOW) windows.push(text.slice(Math.max(0, a - OVERLAP), Math.min(text.length, a + WINDOW + OVERLAP)));
const units = windows.reduce((s, w) => s + w.length, 0);
kernel?.useWasm(false); // separate passes: the view on the TypeScript loop, then the automaton over the folded string
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
/** The fused pass on one loop: views built with the automaton, hits read back from them. */
const fused = (wasm) => {
  kernel.useWasm(wasm);
  const own = new view.Scratch(WINDOW + 3 * OVERLAP + 64);
  return () => {
    let hits = 0;
    for (const w of windows) automaton.searchView(view.buildView(w, own, automaton), () => hits++);
    return hits;
  };
};
if (kernel) {
  ways.ts = fused(false);
  if (kernel.wasmAvailable()) ways.wasm = fused(true);
}

const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
const counts = {};
for (let r = 0; r < RUNS + 1; r++) {
  for (const [name, fn] of Object.entries(ways)) {
    const t0 = process.cpuUsage();
    counts[name] = fn();
    const t1 = process.cpuUsage(t0);
    const ms = (t1.user + t1.system) / 1000;
    if (r > 0) times[name].push(ms); // the first pass warms up the JIT and the caches
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const out = Object.fromEntries(Object.entries(times).map(([k, t]) => [k, { ms: median(t), mbps: bytes.length / 1e6 / (median(t) / 1000), hits: counts[k] }]));
if (process.argv.includes('--json')) console.log(JSON.stringify({ bytes: bytes.length, units, ...out }));
else {
  console.log(`${file}: ${(bytes.length / 1e6).toFixed(1)} MB, ${windows.length} windows, CPU time, median of ${RUNS}`);
  for (const [k, v] of Object.entries(out)) console.log(`  ${k.padEnd(9)} ${v.ms.toFixed(0).padStart(6)} ms  ${v.mbps.toFixed(1).padStart(6)} MB/s  ${v.hits} hits`);
}
