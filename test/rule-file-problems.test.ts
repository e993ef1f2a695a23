import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleText, ruleFileText } from '../src/rules/load.js';
import { regexHazard } from '../src/analyze/safety.js';
import { cli, tempDir } from './helpers/cli.js';

// Rule files that can never match, are not UTF-8 or blow up the YAML parser are refused with file and line
// (issue 15 item 5, issue 16 item 5: F26–F29).
const RULE = (body: string) => `rules:
  - id: office.words
    title: Office words
    rationale: Words the office keeps inside.
    category: classified-marking
${body}`;

function problems(yaml: string) {
  return parseRuleText(yaml, 'r.yaml', { checkRegexSafety: true }).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

/** Writes a rule file and runs `rules validate` and `scan --rules` on it: both must refuse it, naming file:line. */
function refusedByCli(bytes: string | Buffer, expected: RegExp) {
  const dir = tempDir();
  const file = join(dir, 'office.yaml');
  writeFileSync(file, bytes);
  writeFileSync(join(dir, 'text.txt'), 'Zürich café geheimnis\n');
  for (const args of [['rules', 'validate', file], ['scan', '--format', 'json', '--no-builtin', '--rules', file, join(dir, 'text.txt')]]) {
    const r = cli(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr).not.toContain('internal error');
  }
}

describe('F26: an empty keyword or pattern list can never match', () => {
  it.each([
    ['keywords: []', '    keywords: []\n', /^r\.yaml:6:15 `keywords` is an empty list, so the rule can never match$/],
    ['keywords: {terms: []}', '    keywords:\n      terms: []\n', /^r\.yaml:7:14 `keywords\.terms` is an empty list, so the rule can never match$/],
    ['patterns: []', '    patterns: []\n', /^r\.yaml:6:15 `patterns` is an empty list, so the rule can never match$/],
  ])('%s is refused with file and line', (_name, body, expected) => {
    const p = problems(RULE(body));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(expected);
  });

  it('a list with one term still loads', () => {
    expect(problems(RULE('    keywords: [geheimnis]\n'))).toEqual([]);
  });

  it('the CLI refuses it (rules validate and scan), exit 2, naming file:line', () => {
    refusedByCli(RULE('    keywords: []\n'), /office\.yaml:6:15.*empty list/);
  });
});

describe('F29: a rule file that is not UTF-8', () => {
  it('Latin-1 bytes are refused at their line and column, not replaced', () => {
    const bytes = Buffer.from(RULE('    keywords:\n      - "Z\u00fcrich caf\u00e9 geheimnis"\n'), 'latin1');
    const p = ruleFileText(bytes, 'latin1.yaml');
    expect(p).toMatchObject({ file: 'latin1.yaml', line: 7, column: 11, message: 'the rule file is not valid UTF-8 (byte 0xfc at byte 155); a keyword with it would never match' });
    refusedByCli(bytes, /office\.yaml:7:11.*not valid UTF-8/);
  });

  it('UTF-16 files, with or without a byte-order mark, are named as UTF-16', () => {
    const text = RULE('    keywords: [geheimnis]\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(text, 'utf16le').swap16();
    for (const b of [le, be, Buffer.from(text, 'utf16le')]) {
      expect(ruleFileText(b, 'u16.yaml')).toMatchObject({ file: 'u16.yaml', line: 1, column: 1, message: 'the rule file is UTF-16 encoded; rule files must be UTF-8' });
    }
    refusedByCli(le, /office\.yaml:1:1.*UTF-16/);
  });

  it('UTF-8 with a byte-order mark and a real U+FFFD is accepted as it is', () => {
    const text = ruleFileText(Buffer.from(`\ufeff${RULE('    keywords: ["a\ufffdb"]\n')}`, 'utf8'), 'ok.yaml');
    expect(typeof text).toBe('string');
    expect(problems(text as string)).toEqual([]);
  });
});

describe('F27: a YAML alias bomb is a rule-file problem with file and line', () => {
  const bomb = ['rules:', '  - id: office.bomb', '    title: Bomb', '    rationale: x', '    category: credential',
    '    x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
    ...Array.from({ length: 8 }, (_, i) => `    x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
    '    keywords: [geheimnis]', ''].join('\n');

  it('is refused at the rule, not as an internal error', () => {
    const p = problems(bomb);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^r\.yaml:2:5 the rule uses YAML aliases \(\*name\) too many times/);
  });

  it('the CLI names file and line, exit 2', () => {
    refusedByCli(bomb, /office\.yaml:2:5.*YAML aliases/);
  });
});

describe('F28: a regex too large to analyse is refused, not passed', () => {
  it('(?:a{1,100000})+$ is undecided', () => {
    expect(regexHazard('(?:a{1,100000})+$')).toMatchObject({ part: '(?:a{1,100000})+', undecided: true });
    // A pattern the analyser can decide is still judged on its merits.
    expect(regexHazard('(?:a{1,100})+$')).not.toHaveProperty('undecided');
    expect(regexHazard('[A-Z]{2}\\d{6,9}')).toBeUndefined();
  });

  it('rules validate and scan refuse it naming file:line; --no-validate-regex accepts it for a scan', () => {
    const rule = RULE("    patterns:\n      - '(?:a{1,100000})+$'\n");
    refusedByCli(rule, /office\.yaml:7:9.*cannot be checked for catastrophic backtracking/);
    const dir = tempDir();
    writeFileSync(join(dir, 'office.yaml'), rule);
    writeFileSync(join(dir, 'text.txt'), 'aaaa');
    const r = cli(['scan', '--format', 'json', '--no-builtin', '--no-validate-regex', '--rules', join(dir, 'office.yaml'), join(dir, 'text.txt')]);
    expect(r.code).toBe(1);
    expect(r.json().findings[0].ruleId).toBe('office.words');
    // The author can check the rest of the file the same way: validate and test accept the flag too.
    expect(cli(['rules', 'validate', '--no-builtin', '--no-config', '--no-validate-regex', join(dir, 'office.yaml')]).code).toBe(0);
    expect(cli(['rules', 'test', '--no-builtin', '--no-config', '--no-validate-regex', join(dir, 'office.yaml')]).code).toBe(0);
  });
});
