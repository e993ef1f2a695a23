#!/usr/bin/env node
// `npm run eval`: detection quality of the BUILT CLI (run `npm run build` first) in one table — the dev corpus
// (../shared/eval/score.mjs) and the external benchmark (../shared/eval/external/score_external.mjs). Both
// scorers are used as they are; this script only runs them and puts their figures side by side.
//   npm run eval [-- --sets dev,gitleaks,en-docs] [--out results.json] [--eval-dir DIR]
// Set names: `dev` (the dev corpus) and the external data files (`peer-gitleaks`, `prose-en-docs`, …); a name may
// be given without its `peer-` / `prose-` prefix. Without --sets everything runs.
// Exit: 0 ran; 1 a scorer failed or gave nothing parsable; 4 bad arguments or nothing built.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(msg, code = 4) {
  console.error(`eval: ${msg}`);
  process.exit(code);
}

function parseArgs(argv) {
  const o = { evalDir: process.env.PROMPTGATE_EVAL_DIR || resolve(root, '../shared/eval'), sets: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : fail(`${a} needs a value`));
    if (a === '--sets') o.sets = val().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--out') o.out = resolve(val());
    else if (a === '--eval-dir') o.evalDir = resolve(val());
    else fail(`unknown argument ${a} (use --sets a,b, --out FILE, --eval-dir DIR)`);
  }
  return o;
}

/** Resolves the requested names against `dev` and the external data files; unknown names are an error. */
function pickSets(o, external) {
  if (!o.sets) return { dev: true, external };
  const picked = { dev: false, external: [] };
  for (const name of o.sets) {
    if (name === 'dev') { picked.dev = true; continue; }
    const full = external.find((s) => s === name || s === `peer-${name}` || s === `prose-${name}`);
    if (!full) fail(`unknown set ${name}; known: dev, ${external.join(', ')}`);
    if (!picked.external.includes(full)) picked.external.push(full);
  }
  return picked;
}

// the external scorer splits its command on spaces (no quoting), so the paths must not hold any
const scanCmd = `${process.execPath} ${join(root, 'bin/promptgate.js')} scan --format json`;
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const ratio = (a, b) => (b ? (a / b).toFixed(2) : '—');

function runDev(o) {
  const r = spawnSync(process.execPath, [join(o.evalDir, 'score.mjs'), '--cmd', scanCmd, '--cwd', root, '--quiet'], {
    encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const last = (r.stdout || '').trim().split('\n').pop() || '';
  const m = /^quality (.*)$/.exec(last);
  if (!m || /n\/a/.test(m[1])) return { failed: `dev corpus scorer: ${last || r.stderr.trim()}` };
  return { fields: Object.fromEntries(m[1].split(' ').map((kv) => kv.split('='))) };
}

function runExternal(o, sets, out, tmp) {
  const r = spawnSync(process.execPath, [join(o.evalDir, 'external/score_external.mjs'), '--cmd', scanCmd, '--cwd', root,
    '--sets', sets.join(','), '--out', out, '--report', join(tmp, 'raw.md')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || !existsSync(out)) return { failed: `external scorer exit ${r.status}: ${(r.stderr || '').trim()}` };
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** One row per external set: negatives (false blocks, warns) and in-scope positives (recall, without dummies). */
function externalRow(set, s) {
  let n = 0, hit = 0, real = 0, realHit = 0;
  for (const [key, g] of Object.entries(s.positiveGroups)) {
    const [scope, variant] = key.split('\t');
    if (scope !== 'in' || variant === 'context') continue;
    n += g.n; hit += g.hit; real += g.real; realHit += g.realHit;
  }
  let ctxN = 0, ctxHit = 0;
  for (const [key, g] of Object.entries(s.positiveGroups)) {
    const [scope, variant] = key.split('\t');
    if (scope === 'in' && variant === 'context') { ctxN += g.n; ctxHit += g.hit; }
  }
  return [set, s.n, s.negShouldPass, `${s.falseBlock} (${pct(s.falseBlock, s.negShouldPass)})`,
    `${s.warnOnNeg} (${pct(s.warnOnNeg, s.negShouldPass)})`, n || '—', n ? ratio(hit, n) : '—',
    real ? `${ratio(realHit, real)} (${realHit}/${real})` : '—', ctxN ? `${ratio(ctxHit, ctxN)} (${ctxHit}/${ctxN})` : '—',
    (s.ms / 1000).toFixed(1)];
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (/\s/.test(process.execPath + root)) fail(`the scorers cannot run a command whose path holds a space: ${scanCmd}`);
  if (!existsSync(join(root, 'dist/cli/main.js'))) fail('nothing built: run `npm run build` first');
  const dataDir = join(o.evalDir, 'external/data');
  if (!existsSync(join(o.evalDir, 'score.mjs')) || !existsSync(dataDir)) fail(`no scorers at ${o.evalDir} (--eval-dir)`);
  const external = readdirSync(dataDir).filter((f) => f.endsWith('.jsonl')).map((f) => f.slice(0, -6)).sort();
  const picked = pickSets(o, external);
  const t0 = Date.now();
  let failed = false;
  const rows = [];
  if (picked.dev) {
    const dev = runDev(o);
    if (dev.failed) { console.error(`eval: ${dev.failed}`); failed = true; } else {
      const f = dev.fields;
      console.log(`dev corpus (n=${f.n}): block recall ${f['block-recall']}, false block ${f['false-block']}, ` +
        `warn recall ${f['warn-recall']}, category recall ${f['category-recall']}`);
    }
  }
  if (picked.external.length) {
    const tmp = mkdtempSync(join(tmpdir(), 'pg-eval-'));
    const out = o.out || join(tmp, 'results.json');
    const doc = runExternal(o, picked.external, out, tmp);
    if (doc.failed) { console.error(`eval: ${doc.failed}`); failed = true; } else {
      for (const [set, s] of Object.entries(doc.summary)) rows.push(externalRow(set, s));
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  if (rows.length) {
    const head = ['set', 'n', 'negatives (should pass)', 'false block', 'warn on those', 'positives in scope', 'recall',
      'recall excl. dummies', 'recall with a label line', 's'];
    console.log('');
    console.log(`| ${head.join(' | ')} |`);
    console.log(`|${head.map(() => '---').join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    if (o.out) console.log(`\nper-sample results: ${o.out} (tables: python3 ${join(o.evalDir, 'external/tools/report_external.py')} ${o.out} ${dataDir} report.md)`);
  }
  console.log(`\neval: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  process.exit(failed ? 1 : 0);
}

main();
