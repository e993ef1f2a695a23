#!/usr/bin/env node
// `npm run bench`: whole-process timings of the real CLI, side by side with `node -e 0` in the same run.
// Not a test: the machine is shared and noisy, so figures are medians and only comparable within one run.
//   node test/bench/bench.mjs [--runs N] [--mb N] [--skip-folder] [--skip-docs] [--fp-docs N] [--fp-words N] [--skip-fingerprints]
//     [--data-rows N] [--skip-data] [--skip-server] [--skip-corpus] [--corpus-mb N] [--skip-200mb]
//     (the byte kernel's figure comes from test/bench/kernel.mjs)
// Every figure is of a scan in process (PROMPTGATE_NO_SERVER=1), except those of `promptgate serve` (section 1b).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'bin/promptgate.js');
const shared = resolve(root, '../shared/bench/make_corpus.mjs');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg('--runs', 15));
const MB = Number(arg('--mb', 20));
const work = join(tmpdir(), 'promptgate-bench');
mkdirSync(work, { recursive: true });
const hasTime = existsSync('/usr/bin/time');

function gen(kind, out, ...rest) {
  if (existsSync(out)) return out;
  if (!existsSync(shared)) throw new Error(`corpus generator not found at ${shared}`);
  const r = spawnSync(process.execPath, [shared, kind, out, ...rest], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`make_corpus ${kind} failed`);
  return out;
}

/** Wall time (ms) and peak RSS (MB, when /usr/bin/time exists) of one process run. */
function timed(cmd, args, env = {}) {
  const full = hasTime ? ['/usr/bin/time', ['-f', '%M', cmd, ...args]] : [cmd, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', PROMPTGATE_NO_SERVER: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rssKb = hasTime ? Number((r.stderr.trim().split('\n').pop() || '0').trim()) : NaN;
  return { ms, rssMb: rssKb / 1024, status: r.status, stdout: r.stdout };
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const sizeOf = (p) => (statSync(p).isFile() ? statSync(p).size : readdirSync(p, { recursive: true }).reduce((s, f) => {
  const st = statSync(join(p, f));
  return s + (st.isFile() ? st.size : 0);
}, 0));

const rows = [];
const report = (what, value, target, ok) => rows.push({ what, value, target: target ?? '', ok: ok === undefined ? '' : ok ? 'yes' : 'NO' });

// 1. The 4 KB prompt: the path every user takes many times a day.
const prompt = gen('prompt', join(work, 'prompt.txt'));
const nodeMs = [];
const pgMs = [];
for (let i = 0; i < RUNS; i++) {
  nodeMs.push(timed(process.execPath, ['-e', '0']).ms);
  const r = timed(process.execPath, [bin, 'scan', '--format', 'json', prompt]);
  if (r.status === 2) throw new Error('prompt scan failed (exit 2)');
  pgMs.push(r.ms);
}
const ratio = median(pgMs) / median(nodeMs);
report('node -e 0 (median)', `${median(nodeMs).toFixed(1)} ms`);
report('promptgate scan, 4 KB prompt (median)', `${median(pgMs).toFixed(1)} ms (${ratio.toFixed(2)}× node)`, '≤ 2× node -e 0', ratio <= 2);
// Node reads the CA bundle named by NODE_EXTRA_CA_CERTS at start-up (on some machines most of `node -e 0`'s time), so
// every "× node" ratio depends on that variable: where it is set, the same pair is measured without it too.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const bare = { NODE_EXTRA_CA_CERTS: undefined }; // an undefined value leaves the variable out of the child's environment
  const n0 = [];
  const p0 = [];
  for (let i = 0; i < RUNS; i++) {
    n0.push(timed(process.execPath, ['-e', '0'], bare).ms);
    p0.push(timed(process.execPath, [bin, 'scan', '--format', 'json', prompt], bare).ms);
  }
  report('node -e 0, without NODE_EXTRA_CA_CERTS (median)', `${median(n0).toFixed(1)} ms`);
  report('4 KB prompt, no server, without it (median)', `${median(p0).toFixed(1)} ms (${(median(p0) / median(n0)).toFixed(2)}× node; +${(median(p0) - median(n0)).toFixed(1)} ms)`);
}

// 1b. The same prompt answered by `promptgate serve` (a server of this build in a private folder): through the CLI,
//     interleaved with `node -e 0` and with the CLI in process; and through one open connection of the library.
if (!process.argv.includes('--skip-server')) {
  const serverHome = mkdtempSync(join(tmpdir(), 'pg-bench-serve-'));
  const serverEnv = { PROMPTGATE_SERVER_DIR: join(serverHome, 'srv'), PROMPTGATE_NO_SERVER: '' };
  const server = spawn(process.execPath, [bin, 'serve', '--idle', '10m'], { env: { ...process.env, ...serverEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (c) => { log += c; });
  for (let i = 0; i < 600 && !log.includes('listening'); i++) await new Promise((r) => setTimeout(r, 50));
  if (!log.includes('listening')) throw new Error(`promptgate serve did not start: ${log}`);
  const node = [];
  const served = [];
  const local = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(timed(process.execPath, ['-e', '0']).ms);
    const r = timed(process.execPath, [bin, 'scan', '--format', 'json', prompt], serverEnv);
    if (r.status === 2) throw new Error('prompt scan through the server failed (exit 2)');
    served.push(r.ms);
    local.push(timed(process.execPath, [bin, 'scan', '--format', 'json', prompt]).ms);
  }
  const { connect } = await import(join(root, 'dist/index.js'));
  const client = await connect({ dir: serverEnv.PROMPTGATE_SERVER_DIR });
  const text = readFileSync(prompt);
  const times = [];
  for (let i = 0; i < 20 + 10 * RUNS + 200; i++) {
    const t0 = process.hrtime.bigint();
    const r = await client.run(['scan', '--format', 'json'], { stdin: text, env: { ...process.env, NO_COLOR: '1' } });
    if (r.code === 2) throw new Error('prompt scan through the library client failed (exit 2)');
    if (i >= 20) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first 20 warm the connection up
  }
  client.close();
  server.kill('SIGTERM');
  await new Promise((r) => (server.exitCode === null ? server.once('exit', r) : r()));
  rmSync(serverHome, { recursive: true, force: true });
  const pct = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];
  const n = median(node);
  report('node -e 0 (median, beside the server runs)', `${n.toFixed(1)} ms`);
  report('4 KB prompt, CLI, server running (median)', `${median(served).toFixed(1)} ms (${(median(served) / n).toFixed(2)}× node)`, '≤ 1.25× node -e 0', median(served) / n <= 1.25);
  report('4 KB prompt, CLI, no server (median)', `${median(local).toFixed(1)} ms (${(median(local) / n).toFixed(2)}× node)`, '≤ 1.6× node -e 0', median(local) / n <= 1.6);
  report(`4 KB prompt, library client on one connection (${times.length} scans)`, `p50 ${pct(times, 0.5).toFixed(2)} ms, p99 ${pct(times, 0.99).toFixed(2)} ms`, 'p50 ≤ 5 ms, p99 ≤ 15 ms', pct(times, 0.5) <= 5 && pct(times, 0.99) <= 15);
}

// 2. Throughput on one big generated file (single thread, all built-in rules).
const single = gen('single', join(work, `single-${MB}mb.txt`), String(MB));
const bytes = sizeOf(single);
const runs = [];
let peak = 0;
for (let i = 0; i < 3; i++) {
  const r = timed(process.execPath, [bin, 'scan', '--format', 'json', single]);
  if (r.status === 2) throw new Error('single-file scan failed (exit 2)');
  runs.push(r.ms);
  peak = Math.max(peak, r.rssMb);
}
const mbps = bytes / 1e6 / (median(runs) / 1000);
report(`one ${(bytes / 1e6).toFixed(0)} MB file`, `${mbps.toFixed(1)} MB/s, ${(median(runs) / 1000).toFixed(2)} s${hasTime ? `, peak ${peak.toFixed(0)} MB` : ''}`, '≥ 30 MB/s', mbps >= 30);

// 2b. The byte kernel alone (#21): view + automaton over the same file, in process (test/bench/kernel.mjs), CPU time.
{
  const r = spawnSync(process.execPath, [join(root, 'test/bench/kernel.mjs'), '--file', single, '--runs', '3', '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kernel bench failed: ${r.stderr}`);
  const k = JSON.parse(r.stdout);
  const fig = (x) => (x ? `${x.mbps.toFixed(0)} MB/s` : 'n/a');
  report('view + automaton (byte kernel), same file', `WebAssembly ${fig(k.wasm)}, TypeScript ${fig(k.ts)}, separate passes ${fig(k.separate)}`);
}

// 2c. The 50 MB mixed corpus of #21 (a folder of the generator's mixed files) on one thread, whole process; and a
//     200 MB generated file scanned from its path and piped into standard input (streamed in segments): peak memory.
if (!process.argv.includes('--skip-corpus')) {
  const CMB = Number(arg('--corpus-mb', 50));
  const folder = gen('corpus', join(work, `corpus-${CMB}mb`), String(CMB));
  const cbytes = sizeOf(folder);
  const cruns = [];
  let cpeak = 0;
  for (let i = 0; i < 3; i++) {
    const r = timed(process.execPath, [bin, 'scan', '--format', 'json', folder], { PROMPTGATE_WORKERS: '1' });
    if (r.status === 2) throw new Error('corpus scan failed (exit 2)');
    cruns.push(r.ms);
    cpeak = Math.max(cpeak, r.rssMb);
  }
  const cm = cbytes / 1e6 / (median(cruns) / 1000);
  report(`${(cbytes / 1e6).toFixed(0)} MB mixed corpus, one thread`, `${cm.toFixed(1)} MB/s, ${(median(cruns) / 1000).toFixed(2)} s${hasTime ? `, peak ${cpeak.toFixed(0)} MB` : ''}`, '≥ 30 MB/s', cm >= 30);
}
if (!process.argv.includes('--skip-200mb')) {
  const big = gen('single', join(work, 'single-200mb.txt'), '200');
  const mb = sizeOf(big) / 1e6;
  const asFile = timed(process.execPath, [bin, 'scan', '--format', 'json', big]);
  const piped = timed('/bin/sh', ['-c', 'cat "$2" | "$0" "$1" scan --format json -', process.execPath, bin, big]);
  if (asFile.status === 2 || piped.status === 2) throw new Error('200 MB scan failed (exit 2)');
  const fig = (r) => `${hasTime ? `peak ${r.rssMb.toFixed(0)} MB, ` : ''}${(mb / (r.ms / 1000)).toFixed(1)} MB/s`;
  const ok = hasTime ? Math.max(asFile.rssMb, piped.rssMb) <= 150 : undefined;
  report(`${mb.toFixed(0)} MB file, from its path / piped`, `${fig(asFile)} / ${fig(piped)}`, '≤ 150 MB peak', ok);
}

// 3. A folder of mixed files, with recall against the generator's manifest.
if (!process.argv.includes('--skip-folder')) {
  const folder = gen('corpus', join(work, `corpus-${MB}mb`), String(MB));
  const fbytes = sizeOf(folder);
  const r = timed(process.execPath, [bin, 'scan', '--format', 'json', folder]);
  const doc = JSON.parse(r.stdout);
  const fm = fbytes / 1e6 / (r.ms / 1000);
  report(`folder of ${readdirSync(folder).length} files, ${(fbytes / 1e6).toFixed(0)} MB`, `${fm.toFixed(1)} MB/s, ${(r.ms / 1000).toFixed(2)} s${hasTime ? `, peak ${r.rssMb.toFixed(0)} MB` : ''}`);
  const manifest = readFileSync(`${folder}.manifest.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const found = new Set(doc.findings.map((f) => `${f.source.split('/').pop()}:${f.line}`));
  const byKind = {};
  for (const m of manifest) {
    const k = (byKind[m.kind] ??= { n: 0, hit: 0 });
    k.n++;
    if (found.has(`${m.file.split('/').pop()}:${m.line}`)) k.hit++;
  }
  report('planted items found (by line)', Object.entries(byKind).map(([k, v]) => `${k} ${v.hit}/${v.n}`).join(', '));
}

// 4. A folder of 200 office documents (copies of the readable document fixtures), and whether a text prompt loads
//    any document library (it must not: they are imported only for files of their type).
const docs = join(root, 'fixtures/documents');
if (!process.argv.includes('--skip-docs') && existsSync(docs)) {
  const office = readdirSync(docs).filter((f) => /\.(docx|xlsx|pptx|odt|ods|odp|pdf|eml)$/.test(f) && !/encrypted|bomb|image-only|nested/.test(f));
  const folder = join(work, 'office-200');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < 200; i++) {
    const f = office[i % office.length];
    copyFileSync(join(docs, f), join(folder, `${String(i).padStart(3, '0')}-${f}`));
    bytes += statSync(join(docs, f)).size;
  }
  const r = timed(process.execPath, [bin, 'scan', '--format', 'json', folder]);
  const doc = JSON.parse(r.stdout);
  report(`folder of 200 office documents (${(bytes / 1e6).toFixed(1)} MB)`, `${(r.ms / 1000).toFixed(2)} s, ${(200 / (r.ms / 1000)).toFixed(0)} docs/s, ${doc.findings.length} findings, ${doc.skipped.length} skipped${hasTime ? `, peak ${r.rssMb.toFixed(0)} MB` : ''}`);
  // Every module the CLI loads for a text prompt, logged by a resolve hook; no document reader may be among them.
  const log = join(work, 'modules.log');
  const hook = join(work, 'log-modules.mjs');
  rmSync(log, { force: true });
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
  // Twice: the real CLI (the bundle dist/cli.cjs imports the readers as ES modules, which the hook sees) and the
  // ES modules of dist/cli/main.js (the graph the bundle is made from: a reader imported statically would show).
  spawnSync(process.execPath, ['--no-warnings', '--loader', hook, bin, 'scan', '--format', 'json', prompt], { encoding: 'utf8' });
  const main = JSON.stringify(join(root, 'dist/cli/main.js'));
  const esm = `const { run } = await import(${main}); process.exitCode = await run(process.argv.slice(1));`;
  spawnSync(process.execPath, ['--no-warnings', '--loader', hook, '--input-type=module', '-e', esm, 'scan', '--format', 'json', prompt], { encoding: 'utf8' });
  const loaded = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  const readers = loaded.filter((u) => /pdfjs|entities|extract\/(?!detect)/.test(u));
  const probed = loaded.some((u) => u.endsWith('/dist/cli/main.js'));
  report('document readers loaded for a 4 KB text prompt', !probed ? 'probe failed' : readers.length === 0 ? `none (${new Set(loaded).size} modules in all)` : readers.join(' '));
}

/** A prompt (default: the 4 KB one) scanned without and with `--fingerprints store`, interleaved: times (ms),
 * the median extra, and the last JSON result with the store. */
function withAndWithout(store, text = prompt) {
  const plain = [];
  const withStore = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    plain.push(timed(process.execPath, [bin, 'scan', '--format', 'json', text]).ms);
    last = timed(process.execPath, [bin, 'scan', '--format', 'json', '--fingerprints', store, text]);
    if (last.status === 2) throw new Error(`prompt scan with --fingerprints ${store} failed (exit 2)`);
    withStore.push(last.ms);
  }
  return { plain, withStore, extra: median(withStore) - median(plain), result: JSON.parse(last.stdout) };
}

// 5. Registered documents (fingerprints, issue #18): N generated official documents of ~W words each (default
//    10,000 × 5,000; smaller with --fp-docs on a busy machine), the store's build speed and size, and what naming
//    the store costs a 4 KB prompt and the big file, against the same scans without it in this run.
if (!process.argv.includes('--skip-fingerprints')) {
  const N = Number(arg('--fp-docs', 10000));
  const W = Number(arg('--fp-words', 5000));
  const { officialDocument } = await import('../fixtures/fingerprint/official-docs.mjs');
  const folder = join(work, `fp-docs-${N}x${W}`);
  if (!existsSync(`${folder}.done`)) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    for (let i = 0; i < N; i++) writeFileSync(join(folder, `doc-${String(i).padStart(5, '0')}.txt`), officialDocument(i % 2 ? 'cs' : 'vi', 1000 + i, W).text);
    writeFileSync(`${folder}.done`, '');
  }
  const textBytes = sizeOf(folder);
  const store = join(work, `fp-${N}x${W}.pgfp`);
  rmSync(store, { force: true });
  const b = timed(process.execPath, [bin, 'fingerprint', 'add', '--store', store, '--label', 'bench', folder]);
  if (b.status !== 0) throw new Error('fingerprint add failed');
  const storeBytes = statSync(store).size;
  const share = storeBytes / textBytes;
  report(`fingerprint store build, ${N} docs × ~${W} words (${(textBytes / 1e6).toFixed(0)} MB)`, `${(textBytes / 1e6 / (b.ms / 1000)).toFixed(1)} MB/s, ${(b.ms / 1000).toFixed(1)} s${hasTime ? `, peak ${b.rssMb.toFixed(0)} MB` : ''}`);
  report('fingerprint store size', `${(storeBytes / 1e6).toFixed(1)} MB, ${(share * 100).toFixed(1)} % of the text`, '≤ 25 %', share <= 0.25);
  const { plain, withStore, extra } = withAndWithout(store);
  report('4 KB prompt, extra with --fingerprints (median)', `+${extra.toFixed(1)} ms (${median(plain).toFixed(1)} → ${median(withStore).toFixed(1)} ms)`, '≤ 20 ms', extra <= 20);
  // An excerpt of a registered document in a prompt: found, with the document named.
  const excerpt = join(work, 'fp-excerpt.txt');
  writeFileSync(excerpt, 'Tóm tắt giúp tôi:\n' + officialDocument('vi', 1000, W).paras.slice(2, 6).join('\n\n'));
  const hit = JSON.parse(timed(process.execPath, [bin, 'scan', '--format', 'json', '--fingerprints', store, excerpt]).stdout);
  report('excerpt of a registered document found', hit.findings.some((f) => f.ruleId === 'fingerprint.document') ? 'yes' : 'NO');
  // Two edits together at the edge (issue #18): 40 words, sentences reversed and one word in ten replaced.
  const edited = join(work, 'fp-excerpt-edited.txt');
  let n = 0;
  const words40 = officialDocument('cs', 1001, W).paras[2].split(' ').slice(0, 40).map((w) => (++n % 10 === 0 ? `jine${n}` : w)).join(' ');
  writeFileSync(edited, 'Shrň prosím:\n' + words40.split(/(?<=[.;])\s+/).reverse().join('\n'));
  const editedHit = JSON.parse(timed(process.execPath, [bin, 'scan', '--format', 'json', '--fingerprints', store, edited]).stdout);
  report('40-word excerpt, sentences reversed and 1 word in 10 replaced, found', editedHit.findings.some((f) => f.ruleId === 'fingerprint.document') ? 'yes' : 'NO (it can be, with some keys: see README)');
  const big = [];
  const bigWith = [];
  for (let i = 0; i < 3; i++) {
    big.push(timed(process.execPath, [bin, 'scan', '--format', 'json', single]).ms);
    bigWith.push(timed(process.execPath, [bin, 'scan', '--format', 'json', '--fingerprints', store, single]).ms);
  }
  const more = median(bigWith) / median(big) - 1;
  report(`one ${(bytes / 1e6).toFixed(0)} MB file, extra with --fingerprints`, `+${(more * 100).toFixed(1)} % (${(median(big) / 1000).toFixed(2)} → ${(median(bigWith) / 1000).toFixed(2)} s)`, '≤ +20 %', more <= 0.2);
}

// 6. Registered data (exact data match, issue #19): a generated staff table of N rows × 4 columns (default
//    1,000,000; smaller with --data-rows on a busy machine) registered from CSV with `fingerprint add-data`: build
//    time and peak memory, store bytes a cell, and what naming the store costs a 4 KB prompt, whole process.
if (!process.argv.includes('--skip-data')) {
  const N = Number(arg('--data-rows', 1_000_000));
  const { staffCsv, staffRow } = await import('../fixtures/data/staff.mjs');
  const csv = join(work, `staff-${N}.csv`);
  if (!existsSync(csv)) writeFileSync(csv, staffCsv(N));
  const store = join(work, `staff-${N}.pgfp`);
  rmSync(store, { force: true });
  const b = timed(process.execPath, [bin, 'fingerprint', 'add-data', '--store', store, '--label', 'staff', csv]);
  if (b.status !== 0) throw new Error('fingerprint add-data failed');
  const perCell = statSync(store).size / (N * 4);
  report(`data store build, ${N} rows × 4 columns (${(statSync(csv).size / 1e6).toFixed(0)} MB CSV)`, `${(b.ms / 1000).toFixed(1)} s${hasTime ? `, peak ${b.rssMb.toFixed(0)} MB` : ''}`);
  report('data store size a cell', `${perCell.toFixed(1)} bytes (${(statSync(store).size / 1e6).toFixed(1)} MB)`, '≤ 32 bytes', perCell <= 32);
  const { plain, withStore, extra } = withAndWithout(store);
  report('4 KB prompt, extra with a data store (median)', `+${extra.toFixed(1)} ms (${median(plain).toFixed(1)} → ${median(withStore).toFixed(1)} ms)`, '≤ 10 ms', extra <= 10);
  // A 4 KB prompt that names registered people with their CCCDs: found, and what the hits cost.
  const row = staffRow(Math.floor(N / 2));
  const named = join(work, 'data-named.txt');
  const body = readFileSync(prompt, 'utf8');
  writeFileSync(named, `${body.slice(0, 3900)}\n${row[0]}, CCCD ${row[1]}, ĐT ${row[2]}`);
  const named4k = withAndWithout(store, named);
  const found = named4k.result.findings.some((f) => f.ruleId === 'data.staff.record');
  report('4 KB prompt naming a registered record: found, extra (median)', found ? `yes, +${named4k.extra.toFixed(1)} ms` : 'NO');
}

const w = [Math.max(...rows.map((r) => r.what.length)), Math.max(...rows.map((r) => r.value.length)), Math.max(...rows.map((r) => r.target.length))];
console.log(`promptgate bench — ${new Date().toISOString()} — node ${process.version}, ${RUNS} runs for the prompt`);
for (const r of rows) console.log(`${r.what.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.target.padEnd(w[2])}  ${r.ok}`);
