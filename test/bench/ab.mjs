#!/usr/bin/env node
// A/B of one scan between another built tree (`--base`, e.g. a worktree of main) and this one (#21): the two are run
// in turn, round after round, so that a shared machine's load falls on both alike; medians of the wall time and of
// the CPU time (user + sys, from /usr/bin/time) are printed, and the two JSON reports are compared byte for byte
// (a speed change must leave the findings as they were).
//
//   node test/bench/ab.mjs --base DIR [--runs N] [--callgrind] -- FILE|FOLDER
//
// --callgrind adds one run of each under valgrind's callgrind (instructions executed, the CA bundle unset as in
// the README's figures) with V8 in `--predictable` mode: no concurrent compiler or collector threads, so the count
// repeats to within ~0.05 % run after run on one build (without it, ±2 % on the loaded 2-core machine, session 12).
// But in that mode the optimising compiler runs on the main thread and is counted, and a small change to a hot
// function moves what it does: session 12 counted +1.9 to +2.8 % on the 2 MB file for changes whose CPU time on the
// 21 MB file moved by −2 to +2 % (noise). Read a count difference under ~3 % as no difference; the count of one
// build (the prompt's, say) is exact. Scans run with PROMPTGATE_WORKERS=1 and no server.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const cut = argv.indexOf('--');
const own = cut < 0 ? argv : argv.slice(0, cut);
const target = cut < 0 ? undefined : argv[cut + 1];
const opt = (name, dflt) => (own.includes(name) ? own[own.indexOf(name) + 1] : dflt);
const base = opt('--base');
const runs = Number(opt('--runs', 3));
if (!base || !target || !existsSync(join(base, 'bin/promptgate.js'))) {
  process.stderr.write('usage: node test/bench/ab.mjs --base DIR [--runs N] [--callgrind] -- FILE|FOLDER\n');
  process.exit(2);
}
const trees = { base: resolve(base), this: root };
const env = { ...process.env, NO_COLOR: '1', PROMPTGATE_NO_SERVER: '1', PROMPTGATE_WORKERS: '1' };
const scanArgs = (tree) => [join(tree, 'bin/promptgate.js'), 'scan', '--format', 'json', target];
const hasTime = existsSync('/usr/bin/time');

/** One scan: wall ms, CPU ms (user + sys, when /usr/bin/time exists), its report. */
function run(tree) {
  const [cmd, args] = hasTime ? ['/usr/bin/time', ['-f', '%U %S', process.execPath, ...scanArgs(tree)]] : [process.execPath, scanArgs(tree)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === 2) throw new Error(`${tree}: the scan failed (exit 2): ${r.stderr.slice(0, 500)}`);
  const [user, sys] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN];
  return { wall, cpu: (user + sys) * 1000, report: r.stdout };
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const times = { base: { wall: [], cpu: [] }, this: { wall: [], cpu: [] } };
const reports = {};
for (let i = 0; i < runs; i++) {
  for (const name of ['base', 'this']) {
    const r = run(trees[name]);
    times[name].wall.push(r.wall);
    times[name].cpu.push(r.cpu);
    reports[name] ??= r.report;
  }
}
const same = reports.base === reports.this;
console.log(`${target}: ${runs} alternating runs each; reports ${same ? 'identical' : 'DIFFERENT'} (${reports.this.length} characters)`);
for (const what of ['wall', 'cpu']) {
  const b = median(times.base[what]);
  const t = median(times.this[what]);
  const list = (a) => a.map((x) => x.toFixed(0)).join(' ');
  console.log(`${what.padEnd(4)} ms median: base ${b.toFixed(0)} (${list(times.base[what])}), this ${t.toFixed(0)} (${list(times.this[what])}), ${(((t - b) / b) * 100).toFixed(1)} %`);
}

if (own.includes('--callgrind')) {
  const counts = {};
  for (const name of ['base', 'this']) {
    const cg = { ...env };
    delete cg.NODE_EXTRA_CA_CERTS;
    const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--predictable', ...scanArgs(trees[name])], { encoding: 'utf8', maxBuffer: 1 << 30, env: cg });
    const m = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (!m) throw new Error(`callgrind gave no count for ${name} (is valgrind installed?)`);
    counts[name] = Number(m[1]);
  }
  const d = ((counts.this - counts.base) / counts.base) * 100;
  console.log(`callgrind (--predictable): base ${(counts.base / 1e6).toFixed(1)} M, this ${(counts.this / 1e6).toFixed(1)} M instructions, ${d.toFixed(2)} %`);
}
process.exitCode = same ? 0 : 1;
