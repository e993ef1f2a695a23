import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findConfigFile, parseConfigText } from '../src/config/config.js';
import { ruleSetOptions } from '../src/config/options.js';
import { BUILTIN_DIR, builtinPacks, ruleFiles } from '../src/rules/ruleset.js';
import { cli, tempDir } from './helpers/cli.js';

const ROOT = resolve(__dirname, '..');
const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, 'rules/schema', name), 'utf8'));

describe('config file: problems name file:line and the fix', () => {
  it.each([
    ['a misspelt top-level key', 'packs: [vn]\nfailon: warn\n', 2, 1, /unknown setting `failon` — did you mean `failOn`\?/],
    ['a misspelt override key', 'overrides:\n  vn.classified.stamp:\n    enable: false\n', 3, 5, /unknown setting `enable` in the override of `vn\.classified\.stamp` — did you mean `enabled`\?/],
    ['an unknown severity', 'overrides:\n  x.y:\n    severity: high\n', 3, 15, /unknown severity `high` — use block, warn or info/],
    ['an unknown pack', 'packs: [vn, cx]\n', 1, 13, /there is no built-in pack `cx`/],
    ['an unknown failing severity', 'failOn: everything\n', 1, 9, /unknown failing severity/],
    ['a catastrophic exception pattern', "exceptions:\n  patterns: ['(a|a)*$']\n", 2, 14, /could make a scan hang/],
    ['a YAML syntax error', 'packs: [vn\nrules: x\n', 2, 1, /YAML syntax error/],
    ['a list where a mapping belongs', 'overrides: [a, b]\n', 1, 12, /`overrides` must be a mapping/],
  ])('%s', (_name, text, line, column, message) => {
    const r = parseConfigText(text, 'cfg.yaml');
    expect(r.config).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'cfg.yaml', line, column });
    expect(`${r.problems[0].message} — ${r.problems[0].fix ?? ''}`).toMatch(message);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const r = parseConfigText('\uFEFFfailOn: warn\n', 'cfg.yaml');
    expect(r.problems).toEqual([]);
    expect(r.config?.failOn).toBe('warn');
  });

  it('an empty file means all defaults', () => {
    expect(parseConfigText('# nothing yet\n', 'cfg.yaml')).toMatchObject({ problems: [], config: { overrides: [], exceptions: {} } });
  });

  it('resolves rule folders against the config file, and keeps overrides in order with their place', () => {
    const r = parseConfigText('rules: [my-rules]\noverrides:\n  a.b: {enabled: false}\n  c.d:\n    severity: warn\n', '/proj/.promptgate.yaml');
    expect(r.config?.rules).toEqual([resolve('/proj/my-rules')]);
    expect(r.config?.overrides).toEqual([
      { id: 'a.b', enabled: false, at: { file: '/proj/.promptgate.yaml', line: 3, column: 3 } },
      { id: 'c.d', severity: 'warn', at: { file: '/proj/.promptgate.yaml', line: 4, column: 3 } },
    ]);
  });
});

describe('precedence: flags > config > defaults', () => {
  const config = parseConfigText('builtin: true\npacks: [vn]\nrules: [r]\nexceptions: {paths: [docs/**]}\n', '/p/.promptgate.yaml').config!;
  it.each([
    ['no config, no flags', undefined, {}, { builtin: true, extra: [], regexSafety: 'user' }],
    ['config only', config, {}, { builtin: true, packs: ['vn'], extra: [resolve('/p/r')], excludePaths: { base: resolve('/p'), patterns: ['docs/**'] } }],
    ['--no-builtin beats the config', config, { builtin: false }, { builtin: false }],
    ['--rules adds to the config folders', config, { rules: ['x'] }, { extra: [resolve('/p/r'), 'x'] }],
    ['--no-validate-regex', undefined, { validateRegex: false }, { regexSafety: 'off' }],
  ])('%s', (_n, cfg, flags, expected) => {
    expect(ruleSetOptions(cfg, flags)).toMatchObject(expected);
  });
});

describe('finding the config file', () => {
  it('walks up from the working folder to the nearest .promptgate.yaml', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a/b/c'), { recursive: true });
    writeFileSync(join(dir, 'a/.promptgate.yaml'), 'failOn: warn\n');
    expect(findConfigFile(join(dir, 'a/b/c'))).toBe(join(dir, 'a/.promptgate.yaml'));
    expect(findConfigFile(join(dir, 'a'))).toBe(join(dir, 'a/.promptgate.yaml'));
  });
});

describe('scan with a config file (end to end)', () => {
  const RULES = `rules:
  - id: t.alpha
    title: Alpha
    rationale: test
    category: credential
    keywords: [alpha-secret]
  - id: t.bravo
    title: Bravo
    rationale: test
    category: credential
    keywords: [bravo-secret]
  - id: t.charlie
    title: Charlie
    rationale: test
    category: credential
    patterns: ['charlie-\\d+']
`;
  function project(config: string) {
    const dir = tempDir();
    mkdirSync(join(dir, 'rules'));
    mkdirSync(join(dir, 'docs/public'), { recursive: true });
    writeFileSync(join(dir, 'rules/team.yaml'), RULES);
    writeFileSync(join(dir, '.promptgate.yaml'), config);
    writeFileSync(join(dir, 'note.txt'), 'alpha-secret\nbravo-secret\ncharlie-1\ncharlie-2\n');
    writeFileSync(join(dir, 'docs/public/press.txt'), 'alpha-secret bravo-secret charlie-7\n');
    return dir;
  }
  const CONFIG = `# yaml-language-server: $schema=../rules/schema/config.schema.json
builtin: false
rules: [rules]
overrides:
  t.alpha: {enabled: false}
  t.bravo: {severity: warn}
exceptions:
  terms: [charlie-2]
  paths: ['docs/public/**', 'rules/']
`;

  it('disables a rule, lowers another to warn, honours the exception and skips excluded paths', () => {
    const dir = project(CONFIG);
    const r = cli(['scan', '--format', 'json', '.'], { cwd: dir });
    const doc = r.json();
    expect(doc.findings.map((f: any) => [f.source, f.ruleId, f.severity, f.line])).toEqual([
      ['note.txt', 't.bravo', 'warn', 2],
      ['note.txt', 't.charlie', 'block', 3],
    ]);
    expect(doc.skipped).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('failOn in the config, and --fail-on over it', () => {
    const dir = project(CONFIG.replace('t.bravo: {severity: warn}', 't.bravo: {severity: warn}\n  t.charlie: {enabled: false}') + 'failOn: warn\n');
    expect(cli(['scan', '--format', 'json', 'note.txt'], { cwd: dir }).code).toBe(1);
    expect(cli(['scan', '--format', 'json', '--fail-on', 'block', 'note.txt'], { cwd: dir }).code).toBe(0);
  });

  it('--config names the file, --no-config ignores it', () => {
    const dir = project(CONFIG);
    const other = join(tempDir(), 'strict.yaml');
    writeFileSync(other, `builtin: false\nrules: [${join(dir, 'rules')}]\n`);
    const viaFlag = cli(['scan', '--format', 'json', '--config', other, 'note.txt'], { cwd: dir }).json();
    expect(viaFlag.findings.map((f: any) => f.ruleId)).toEqual(['t.alpha', 't.bravo', 't.charlie', 't.charlie']);
    const none = cli(['scan', '--format', 'json', '--no-config', '--no-builtin', '-r', 'rules', 'note.txt'], { cwd: dir }).json();
    expect(none.findings.map((f: any) => [f.ruleId, f.severity])).toEqual([['t.alpha', 'block'], ['t.bravo', 'block'], ['t.charlie', 'block'], ['t.charlie', 'block']]);
  });

  it('an invalid config stops the scan with exit 2 and file:line', () => {
    const dir = project('builtin: false\nrules: [rules]\noverides:\n  t.alpha: {enabled: false}\n');
    const r = cli(['scan', '--format', 'json', 'note.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.promptgate\.yaml:3:1: unknown setting `overides` — did you mean `overrides`\?/);
  });

  it('an override of a rule that does not exist is an error with a suggestion', () => {
    const dir = project('builtin: false\nrules: [rules]\noverrides:\n  t.alfa: {enabled: false}\n');
    const r = cli(['scan', '--format', 'json', 'note.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.promptgate\.yaml:4:3 \[t\.alfa\]: there is no loaded rule `t\.alfa` to change — did you mean `t\.alpha`\?/);
  });

  it('extends a built-in rule from a rule file without copying it', () => {
    const dir = tempDir();
    const text = 'TỐI MẬT\nBáo cáo tình hình\n';
    const before = cli(['scan', '-', '--format', 'json', '--no-config'], { cwd: dir, input: text }).json();
    const stamp = before.findings.find((f: any) => f.category === 'classified-marking' && f.line === 1 && f.endColumn === 8);
    expect(stamp).toBeDefined();
    writeFileSync(join(dir, 'ext.yaml'), `rules:\n  - extends: ${stamp.ruleId}\n    exceptions:\n      values: [tối mật]\n`);
    const after = cli(['scan', '-', '--format', 'json', '--no-config', '-r', 'ext.yaml'], { cwd: dir, input: text }).json();
    expect(after.findings.filter((f: any) => f.ruleId === stamp.ruleId)).toEqual([]);
  });
});

describe('JSON Schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const rulesValid = ajv.compile(schema('rules.schema.json'));
  const configValid = ajv.compile(schema('config.schema.json'));

  const files = builtinPacks().flatMap((p) => ruleFiles(join(BUILTIN_DIR, p)));
  it.each(files.map((f) => [f.slice(BUILTIN_DIR.length + 1), f]))('built-in %s validates against rules.schema.json', (_n, f) => {
    const ok = rulesValid(parse(readFileSync(f, 'utf8')));
    expect(rulesValid.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the test fixtures agree with the loader: a good file passes, a misspelt key fails', () => {
    expect(rulesValid(parse(readFileSync(join(ROOT, 'test/fixtures/rulesets/good.yaml'), 'utf8')))).toBe(true);
    expect(rulesValid(parse(readFileSync(join(ROOT, 'test/fixtures/rulesets/misspelt-key.yaml'), 'utf8')))).toBe(false);
    expect(rulesValid(parse(readFileSync(join(ROOT, 'test/fixtures/rulesets/unknown-category.yaml'), 'utf8')))).toBe(false);
    // Every key the loader takes on a pattern, `triggers` included (rules/README.md documents it).
    const withTriggers = 'rules:\n  - id: t.x\n    title: t\n    rationale: r\n    category: credential\n    patterns:\n      - regex: \'(?:mật khẩu|mk)\\s*:\'\n        on: folded\n        group: 0\n        flags: i\n        triggers: [mật khẩu, mk]\n';
    expect(rulesValid(parse(withTriggers))).toBe(true);
  });

  it('the config that `init` writes validates against config.schema.json, a misspelt key does not', () => {
    const dir = tempDir();
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
    expect(configValid(parse(readFileSync(join(dir, '.promptgate.yaml'), 'utf8')))).toBe(true);
    expect(configValid(parse('failon: warn\n'))).toBe(false);
    expect(configValid(parse('overrides:\n  a.b: {enabled: false, severity: warn}\n'))).toBe(true);
  });
});
