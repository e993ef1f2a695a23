import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AhoCorasick, buildTables, prebuiltAutomata } from '../src/match/aho-corasick.js';
import { decodeAutomata, encodeAutomata } from '../src/rules/automaton-file.js';
import { regexesOf } from '../src/runtime/regex-watchdog.js';
import { cli, tempDir } from './helpers/cli.js';
import { engineFrom } from './helpers/rules.js';

// What makes start-up fast must never change a result: a prebuilt automaton, the bundle with its code cache,
// regexes compiled on first use. (How fast it is lives in the bench, not here.)

const PATTERNS = ['toi mat', 'mat', 'tuyet mat', 'heslo', 'mật khẩu', 'ж', 'жk', 'at k'];
const TEXT = 'TOI MAT\ntoi mat khau; mật khẩu, tuyet\nmat ж жk heslo';

function hits(ac: AhoCorasick, text: string): string[] {
  const out: string[] = [];
  ac.search(text, (id, s, e) => out.push(`${id}:${s}-${e}`));
  return out;
}

function automaton(patterns: string[]): AhoCorasick {
  const ac = new AhoCorasick();
  for (const p of patterns) ac.add(p);
  return ac.build();
}

describe('keyword automaton tables', () => {
  it('read back from the file, they find exactly what freshly built ones find', () => {
    const built = automaton(PATTERNS);
    const file = encodeAutomata([{ patterns: PATTERNS, tables: buildTables(PATTERNS) }], 42);
    const found = decodeAutomata(file, 42);
    expect(found.size).toBe(1);
    prebuiltAutomata.lookup = (p) => found.get(JSON.stringify(p));
    try {
      const read = automaton(PATTERNS);
      expect(hits(read, TEXT)).toEqual(hits(built, TEXT));
      expect(hits(read, TEXT.toLowerCase())).toContain('2:32-41'); // "tuyet\nmat": a line break reads as a space
      // Another pattern list is not served from the file.
      expect(hits(automaton(['heslo']), TEXT)).toEqual(['0:47-52']);
    } finally {
      prebuiltAutomata.lookup = undefined;
    }
  });

  it('a file from another build, another format or cut short is not used', () => {
    const file = encodeAutomata([{ patterns: PATTERNS, tables: buildTables(PATTERNS) }], 42);
    expect(decodeAutomata(file, 43).size).toBe(0);
    expect(decodeAutomata(file.subarray(0, file.length - 8), 42).size).toBe(0);
    const other = Buffer.from(file);
    other.writeInt32LE(99, 4); // format
    expect(decodeAutomata(other, 42).size).toBe(0);
  });
});

describe('regexes compiled on first use', () => {
  it('the regex watchdog still sees every regex of a rule', () => {
    const [rule] = engineFrom(`
rules:
  - id: t.lazy
    title: lazy
    rationale: r
    category: credential
    patterns: ['secret=\\w+']
    context: {anyOfPatterns: ['key'], noneOfPatterns: ['test']}
    exceptions: {patterns: ['^x']}
`).rules;
    expect(regexesOf(rule).map((r) => r.source).sort()).toEqual(['^x', 'key', 'secret=\\w+', 'test']);
  });
});

describe('the bundled CLI', () => {
  it('loads with its code cache accepted by this Node', () => {
    const loader = resolve(__dirname, '../bin/cli-bundle.js');
    const r = spawnSync(process.execPath, ['-e', `const b = require(${JSON.stringify(loader)}).loadCliBundle(); console.log(JSON.stringify({ bundle: !!b, rejected: b?.cacheRejected }))`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ bundle: true, rejected: false });
  });

  it("loads the server's client with its code cache accepted by this Node", () => {
    const loader = resolve(__dirname, '../bin/cli-bundle.js');
    const r = spawnSync(process.execPath, ['-e', `const c = require(${JSON.stringify(loader)}).loadServeClient(); console.log(JSON.stringify({ client: typeof c.tryServer, cached: c.cached, rejected: c.cacheRejected }))`], { encoding: 'utf8' });
    expect(JSON.parse(r.stdout)).toEqual({ client: 'function', cached: true, rejected: false });
  });

  // bin/promptgate.js loads the client itself (one module less to resolve and compile on a served run): its wrapper
  // must be loadServeClient's, byte for byte, or V8 would reject the cache made through loadServeClient.
  it("bin/promptgate.js wraps the server's client as loadServeClient does (the same code cache fits)", () => {
    const wrapper = (file: string) => /`\(function \(exports[^`]*`/.exec(readFileSync(resolve(__dirname, '../bin', file), 'utf8'))?.[0];
    expect(wrapper('promptgate.js')).toBeDefined();
    expect(wrapper('promptgate.js')).toBe(wrapper('cli-bundle.js'));
  });

  it('gives the same output as the ES modules it is made from', () => {
    const fixtures = resolve(__dirname, '../fixtures');
    const main = resolve(__dirname, '../dist/cli/main.js');
    const viaModules = spawnSync(process.execPath, ['--input-type=module', '-e', `const { run } = await import(${JSON.stringify(main)}); process.exitCode = await run(process.argv.slice(1));`, 'scan', '--format', 'json', fixtures], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const viaBin = cli(['scan', '--format', 'json', fixtures]);
    expect(viaBin.code).toBe(viaModules.status);
    expect(viaBin.stdout).toBe(viaModules.stdout);
    expect(viaBin.json().findings.length).toBeGreaterThan(10);
  });
});

describe('the precompiled rule cache survives a copy or an npm install', () => {
  // npm packs every file with one fixed date, and a copy gets fresh ones: the cache must still be used when the
  // rule files' bytes are those it was built from, and must not be when they changed. Without the cache a scan needs
  // the YAML parser, so a copy of the package whose node_modules lacks `yaml` tells which path a scan took.
  const root = resolve(__dirname, '..');
  const copy = () => {
    const dir = tempDir('pg-copy-');
    for (const d of ['bin', 'dist', 'rules']) cpSync(join(root, d), join(dir, d), { recursive: true });
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    mkdirSync(join(dir, 'node_modules'));
    for (const m of readdirSync(join(root, 'node_modules'))) if (m !== 'yaml') symlinkSync(join(root, 'node_modules', m), join(dir, 'node_modules', m));
    const old = new Date('1985-10-26T08:15:00Z');
    for (const f of readdirSync(join(dir, 'rules'), { recursive: true, encoding: 'utf8' })) utimesSync(join(dir, 'rules', f), old, old);
    return dir;
  };
  const scan = (dir: string) => spawnSync(process.execPath, [join(dir, 'bin/promptgate.js'), 'scan', '--format', 'json', '-'], { input: 'TỐI MẬT\nBáo cáo', encoding: 'utf8' });

  it('same bytes, other dates: the cache is used (no YAML parser needed)', () => {
    const r = scan(copy());
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings[0].category).toBe('classified-marking');
  });

  it('an edited rule file is read again from its YAML', () => {
    const dir = copy();
    const file = join(dir, 'rules/vn/classified.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('e', 'E')); // other bytes, same size: only the digest can tell
    expect(readFileSync(file).length).toBe(Buffer.byteLength(text));
    const r = scan(dir);
    expect(r.status).toBe(2); // it needed the YAML parser, which this copy lacks
    expect(r.stderr).toMatch(/yaml/);
  });
  // The rules' contexts sit in a file of their own (rules/builtin-cache.ts CONTEXTS): a context decides findings, so
  // a cache without the context file of its own build must not be used (never rules without their contexts).
  it('a context file of another build, or none, leaves the cache unused', () => {
    const other = copy();
    const file = join(other, 'dist/builtin-contexts.txt');
    const text = readFileSync(file, 'latin1');
    writeFileSync(file, text.replace(/^\{"stamp":(\d+)\}/, (_, n: string) => `{"stamp":${Number(n) + 1}}`), 'latin1');
    const none = copy();
    rmSync(join(none, 'dist/builtin-contexts.txt'));
    for (const dir of [other, none]) {
      const r = scan(dir);
      expect(r.status).toBe(2); // it needed the YAML parser, which this copy lacks
      expect(r.stderr).toMatch(/yaml/);
    }
  });
  // The patterns' regex sources sit in the analysis file's pieces (rules/builtin-cache.ts MORE, #21 session 16): the
  // cache is used only with the analysis file of its own build, and a pattern whose piece holds no source, or cannot
  // be read, is never run: the scan fails (exit 2) instead of reporting on a text it did not read with every rule.
  it('an analysis file of another build, or none, leaves the cache unused', () => {
    const other = copy();
    const file = join(other, 'dist/builtin-analysis.txt');
    const text = readFileSync(file, 'latin1');
    writeFileSync(file, text.replace(/^\{"stamp":(\d+)\}/, (_, n: string) => `{"stamp":${Number(n) + 1}}`), 'latin1');
    const none = copy();
    rmSync(join(none, 'dist/builtin-analysis.txt'));
    for (const dir of [other, none]) {
      const r = scan(dir);
      expect(r.status).toBe(2); // it needed the YAML parser, which this copy lacks
      expect(r.stderr).toMatch(/yaml/);
    }
  });

  it('a pattern whose source is missing or unreadable in the analysis file fails the scan (exit 2)', () => {
    const intact = scan(copy());
    expect(intact.status).toBe(1);
    // Same offsets, the key renamed: every piece parses, none holds a source.
    const renamed = copy();
    const file = join(renamed, 'dist/builtin-analysis.txt');
    const text = readFileSync(file, 'latin1');
    expect(text.split('{"source":').length).toBeGreaterThan(500);
    writeFileSync(file, text.replaceAll('{"source":', '{"sourcX":'), 'latin1');
    // Same offsets, every piece unparsable.
    const damaged = copy();
    writeFileSync(join(damaged, 'dist/builtin-analysis.txt'), text.replaceAll('{"source":', '#"source":'), 'latin1');
    for (const dir of [renamed, damaged]) {
      const r = scan(dir);
      expect(r.status).toBe(2);
      expect(r.stdout).not.toMatch(/"findings"/);
    }
    expect(scan(renamed).stderr).toMatch(/builtin-analysis\.txt/);
  });

  // The rules' titles sit in the analysis file too, each read when a finding of its rule is reported.
  it("a finding's message is its rule's title from the analysis file; an unreadable title fails the scan (exit 2)", () => {
    const intact = scan(copy());
    const finding = JSON.parse(intact.stdout).findings[0] as { ruleId: string; message: string };
    const explained = spawnSync(process.execPath, [join(root, 'bin/promptgate.js'), 'explain', finding.ruleId, '--lang', 'en'], { encoding: 'utf8' });
    expect(finding.message.length).toBeGreaterThan(10);
    expect(explained.stdout).toContain(finding.message);
    const damaged = copy();
    const file = join(damaged, 'dist/builtin-analysis.txt');
    const text = readFileSync(file, 'latin1');
    // Each piece is a line: the titles' lines are those that are not a pattern's (`{"source":…`).
    writeFileSync(file, text.replace(/\n\{(?!"source")/g, '\n#'), 'latin1');
    const r = scan(damaged);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/"findings"/);
  });
});
