import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingLanguages } from '../src/cli/commands/rules.js';
import type { CompiledRule } from '../src/rules/model.js';
import { cli, tempDir } from './helpers/cli.js';

const FX = 'test/fixtures/rulesets';
const ROOT = resolve(__dirname, '..');
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) => cli(args, { cwd: ROOT, ...opts });

// Each broken rule file: the exit code, where the problem is reported, and words a rule author can act on.
const VALIDATE_CASES: [string, string, number, string, RegExp][] = [
  ['a YAML syntax error', 'yaml-syntax.yaml', 2, 'yaml-syntax.yaml:3:', /YAML syntax error.*check indentation/],
  ['a wrong type for a field', 'wrong-type.yaml', 2, 'wrong-type.yaml:8:14', /`keywords\.fuzzy` must be a whole number/],
  ['an unknown category', 'unknown-category.yaml', 2, 'unknown-category.yaml:5:15', /unknown category `credentials` — did you mean `credential`\?/],
  ['a misspelt key', 'misspelt-key.yaml', 2, 'misspelt-key.yaml:7:5', /unknown key `exeptions` — did you mean `exceptions`\?/],
  ['an invalid regex', 'invalid-regex.yaml', 2, 'invalid-regex.yaml:7:9', /does not compile.*Unterminated group/],
  ['a catastrophic regex', 'catastrophic.yaml', 2, 'catastrophic.yaml:7:9', /could make a scan hang.*`\(\\w\|\\d\)\*`.*can match the same text/],
  ['a tab the normalised text never holds', 'tab-on-view.yaml', 2, 'tab-on-view.yaml:7:9', /`\\t` can never match.*on: original/],
  ['a duplicate id', 'duplicate', 2, 'duplicate/b.yaml:8', /rule id `fx\.same` is already used in .*duplicate\/a\.yaml:2/],
  ['a valid file with an extension', 'good.yaml', 0, '', /the rule set is valid: 1 rule in 1 file$/m],
];

describe('promptgate rules validate', () => {
  it.each(VALIDATE_CASES)('%s (%s) → exit %i', (_name, file, code, where, message) => {
    const r = run(['rules', 'validate', '--no-builtin', '--no-config', join(FX, file)]);
    expect(r.code).toBe(code);
    const out = r.stdout + r.stderr;
    expect(out).toContain(where);
    expect(out).toMatch(message);
  });

  it('names the rule id with the place', () => {
    const r = run(['rules', 'validate', '--no-builtin', '--no-config', join(FX, 'misspelt-key.yaml')]);
    expect(r.stderr).toContain('misspelt-key.yaml:7:5 [fx.misspelt]');
  });

  it('checks the active rules when no path is given (here: the ones from a config file)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.promptgate.yaml'), `builtin: false\nrules: [${resolve(FX, 'unknown-category.yaml')}]\n`);
    const r = run(['rules', 'validate'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown-category.yaml:5:15');
  });
});

describe('promptgate rules test', () => {
  it('reports each failing example with the rule id, the example and what was (not) found; exit 1', () => {
    const r = run(['rules', 'test', '--no-builtin', '--no-config', join(FX, 'failing-example.yaml')]);
    expect(r.code).toBe(1);
    // Example texts are masked like findings (they are written to look like real values, F23).
    expect(r.stdout).toContain('failing-example.yaml:2 [fx.failing] must match "* p******* h***": expected a finding, found none');
    expect(r.stdout).toContain('[fx.failing] must not match "s***** a****": expected no finding, found "s*****" at 1:1');
    for (const example of ['a password here', 'secret agent']) expect(r.stdout).not.toContain(example);
    expect(r.stdout).toMatch(/4 examples checked, 2 failed/);
  });

  it('--show-examples prints the failing examples as written', () => {
    const r = run(['rules', 'test', '--show-examples', '--no-builtin', '--no-config', join(FX, 'failing-example.yaml')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('failing-example.yaml:2 [fx.failing] must match "a password here": expected a finding, found none');
    expect(r.stdout).toContain('[fx.failing] must not match "secret agent": expected no finding, found "s*****" at 1:1');
  });

  it('runs the examples an `extends:` entry adds, against the extended rule; exit 0', () => {
    const r = run(['rules', 'test', '--no-builtin', '--no-config', join(FX, 'good.yaml')]);
    expect(r.stdout).toMatch(/1 rule, 4 examples checked, all pass/);
    expect(r.code).toBe(0);
  });

  it('exits 2 when the rules are invalid', () => {
    expect(run(['rules', 'test', '--no-builtin', '--no-config', join(FX, 'catastrophic.yaml')]).code).toBe(2);
  });
});

describe('built-in rules must speak vi, cs and en', () => {
  const rule = (file: string, title: CompiledRule['title'], rationale: CompiledRule['rationale']) =>
    ({ id: 'x', title, rationale, source: { file, line: 1 } }) as CompiledRule;
  it.each([
    ['all three languages', rule('builtin:vn/a.yaml', { vi: 'a', cs: 'b', en: 'c' }, { vi: 'a', cs: 'b', en: 'c' }), []],
    ['a plain-text title', rule('builtin:vn/a.yaml', 'one text', { vi: 'a', cs: 'b', en: 'c' }), [{ field: 'title', langs: ['vi', 'cs', 'en'] }]],
    ['no Czech rationale', rule('builtin:vn/a.yaml', { vi: 'a', cs: 'b', en: 'c' }, { vi: 'a', en: 'c' }), [{ field: 'rationale', langs: ['cs'] }]],
    ['a user rule in one language', rule('mine.yaml', 'one text', 'one text'), []],
  ])('%s', (_n, r, expected) => {
    expect(missingLanguages(r)).toEqual(expected);
  });
});

describe('promptgate rules list / explain', () => {
  it('lists the active rules as JSON, after the config', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.promptgate.yaml'), `builtin: false\nrules: [${resolve(FX, 'good.yaml')}]\noverrides:\n  fx.good: {enabled: false, severity: info}\n`);
    const r = run(['rules', 'list', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ id: 'fx.good', category: 'credential', severity: 'info', source: resolve(FX, 'good.yaml'), enabled: false }]);
  });

  it('prints a table by default', () => {
    const r = run(['rules', 'list', '--no-builtin', '--no-config', '-r', join(FX, 'good.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^ID\s+CATEGORY\s+SEVERITY\s+SOURCE\s+ENABLED$/);
    expect(r.stdout).toMatch(/fx\.good\s+credential\s+block\s+\S*good\.yaml\s+yes/);
  });

  it('explains a rule: title, rationale, severity, examples, how to add an exception', () => {
    const r = run(['explain', 'fx.good', '--no-builtin', '--no-config', '-r', join(FX, 'good.yaml')]);
    expect(r.code).toBe(0);
    for (const s of ['vi: Quy tắc thử', 'Only for tests.', 'Severity: block', '"** p******* ** h******"', 'overrides:', 'fx.good:', 'exceptions:', 'extends: fx.good']) expect(r.stdout).toContain(s);
    expect(r.stdout).not.toContain('hunter2');
    const shown = run(['explain', 'fx.good', '--show-examples', '--no-builtin', '--no-config', '-r', join(FX, 'good.yaml')]);
    expect(shown.stdout).toContain('"my password is hunter2"');
  });

  it('suggests the closest id for an unknown one; exit 2', () => {
    const r = run(['explain', 'fx.god', '--no-builtin', '--no-config', '-r', join(FX, 'good.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean `fx.good`?');
  });
});

describe('promptgate init', () => {
  it('writes a config and an example rule that pass `rules test` in an empty folder, and refuses to overwrite', () => {
    const dir = tempDir();
    const init = run(['init'], { cwd: dir });
    expect(init.code).toBe(0);
    const test = run(['rules', 'test'], { cwd: dir });
    expect(test.stderr).toBe('');
    expect(test.code).toBe(0);
    expect(test.stdout).toMatch(/all pass/);
    const list = run(['rules', 'list', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toContain('custom.project-codename');
    const again = run(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exist.*nothing was written/);
  });
});

describe('scan-time regex watchdog', () => {
  it('stops a runaway user regex on 1 MB within 5 s with exit 2 naming the rule', () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${'a'.repeat(1 << 20)}!`);
    const t0 = Date.now();
    const r = run(['scan', '--no-config', '--no-builtin', '--no-validate-regex', '--format', 'json', '-r', join(FX, 'catastrophic-runtime.yaml'), big]);
    const elapsed = Date.now() - t0;
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fx.runaway');
    expect(elapsed).toBeLessThan(5000);
  });

  it('refuses the same rule before scanning when the regex check is on', () => {
    const r = run(['scan', '-', '--no-config', '--no-builtin', '--format', 'json', '-r', join(FX, 'catastrophic-runtime.yaml')], { input: 'aaa' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/catastrophic-runtime\.yaml:7:9 \[fx\.runaway\]: the regular expression could make a scan hang/);
  });

  it('still finds what a watched user rule finds', () => {
    const r = run(['scan', '-', '--no-config', '--no-builtin', '--format', 'json', '-r', join(FX, 'good.yaml')], { input: 'pw: hunter2\nold: hunter3\n' });
    expect(r.code).toBe(1);
    expect(r.json().findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['fx.good', 1]]);
  });
});
