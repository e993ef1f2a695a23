// The per-rule cost table of one scan (#21): time spent in each rule's regexes, with how many times they ran and
// matched, beside the rule's findings. Every RegExp execution of the process is timed and charged to the rule whose
// pattern (or context pattern) has that source; what no rule owns is charged to "(engine)".
//
//   node test/bench/rule-cost.mjs [--top N] [--json] [--patterns] -- scan --format json FILE|FOLDER
//
// It runs bin/promptgate.js in this process with its arguments (standard output goes to /dev/null; PROMPTGATE_WORKERS
// is set to 1 so that every regex runs here) and prints the table on standard error. Timing every execution adds its
// own cost (~0.1 µs a call): the figures are for comparing rules, not for the throughput itself.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const cut = argv.indexOf('--');
const own = cut < 0 ? [] : argv.slice(0, cut);
const scanArgs = cut < 0 ? argv : argv.slice(cut + 1);
const top = Number(own[own.indexOf('--top') + 1]) || 40;
const asJson = own.includes('--json');
const perPattern = own.includes('--patterns'); // one row per pattern (rule#index) instead of per rule

const { loadRuleSet } = await import(join(root, 'dist/index.js'));
await import(join(root, 'dist/runtime/node-platform.js'));

// Which rule owns each regex source (patterns, context patterns, exception patterns).
const owners = new Map();
const own1 = (src, name) => {
  const list = owners.get(src);
  if (!list) owners.set(src, [name]);
  else if (!list.includes(name)) list.push(name);
};
for (const rule of loadRuleSet()) {
  rule.patterns.forEach((p, k) => {
    const name = perPattern ? `${rule.id}#${k}` : rule.id;
    own1(p.source, name);
    own1(p.re.source, name); // as compiled (rules/regex.ts may rewrite the source)
  });
  for (const ctx of rule.context ?? []) {
    for (const re of [...ctx.anyOfPatterns, ...ctx.noneOfPatterns]) own1(re.source, `${rule.id} (context)`);
  }
  for (const re of rule.exceptionPatterns) own1(re.source, `${rule.id} (exception)`);
}

const stats = new Map(); // name → { ns, runs, matches }
const byRegex = new WeakMap();
function statOf(re) {
  let s = byRegex.get(re);
  if (s === undefined) {
    const names = owners.get(re.source);
    const name = names ? names.join(' + ') : `(engine) /${re.source.length > 70 ? re.source.slice(0, 70) + '…' : re.source}/${re.flags}`;
    s = stats.get(name);
    if (!s) stats.set(name, (s = { ns: 0, runs: 0, matches: 0 }));
    byRegex.set(re, s);
  }
  return s;
}
const exec = RegExp.prototype.exec;
const now = process.hrtime.bigint;
RegExp.prototype.exec = function (s) {
  const st = statOf(this);
  const t0 = now();
  const m = exec.call(this, s);
  st.ns += Number(now() - t0);
  st.runs++;
  if (m !== null) st.matches++;
  return m;
};

// Capture the report to count findings per rule.
const chunks = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const cb = rest.find((r) => typeof r === 'function');
  if (cb) cb();
  return true;
};
process.env.PROMPTGATE_WORKERS = '1';
process.env.PROMPTGATE_NO_SERVER = '1';
const started = now();
let done = false;
function finish() {
  if (done) return;
  done = true;
  const wall = Number(now() - started) / 1e6;
  const found = new Map();
  try {
    for (const f of JSON.parse(chunks.join('')).findings) found.set(f.ruleId, (found.get(f.ruleId) ?? 0) + 1);
  } catch {
    // not a JSON report: findings unknown
  }
  const rows = [...stats].map(([name, s]) => ({ name, ms: s.ns / 1e6, runs: s.runs, matches: s.matches, findings: found.get(name.split(/[ #]/)[0]) ?? 0 }));
  rows.sort((a, b) => b.ms - a.ms);
  const total = rows.reduce((t, r) => t + r.ms, 0);
  if (asJson) {
    write(JSON.stringify({ wall, total, rows }) + '\n');
    return;
  }
  const out = [`regex time ${total.toFixed(0)} ms of ${wall.toFixed(0)} ms wall (timed, in process)`, 'ms\truns\tmatches\tfindings\trule'];
  for (const r of rows.slice(0, top)) out.push(`${r.ms.toFixed(1)}\t${r.runs}\t${r.matches}\t${r.findings}\t${r.name}`);
  process.stderr.write(out.join('\n') + '\n');
}
process.on('exit', finish);
process.argv = [process.argv[0], join(root, 'bin/promptgate.js'), ...scanArgs];
createRequire(import.meta.url)(join(root, 'bin/promptgate.js'));
