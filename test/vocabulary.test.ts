import { appendFileSync, cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRuleText } from '../src/rules/load.js';
import { compileRule } from '../src/rules/compile.js';
import { Engine } from '../src/engine/engine.js';
import { cli, tempDir } from './helpers/cli.js';

// Issue 20 item 6: named word lists (`vocabularies:`) and regex pieces (`pieces:`), referenced as {{name}}, expanded
// when the rule file is loaded, with problems at the reference's own line and column.
const RULE = `  - id: office.level
    title: Level
    rationale: A level of secrecy.
    category: classified-marking
`;

function load(yaml: string, path?: string) {
  return parseRuleText(yaml, 'r.yaml', { checkRegexSafety: true, path });
}
const problems = (yaml: string) => load(yaml).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);

describe('expansion', () => {
  const yaml = `vocabularies:
  levels: [Tuyệt mật, Tối mật, Mật]
  markings: ['{{levels}}', Lưu hành nội bộ]
pieces:
  start: '(?<![\\p{L}\\p{N}])'
  sep: '[ \\t]{0,3}:[ \\t]{0,3}'
  field: '{{start}}do mat{{sep}}(?<level>{{levels:folded}})'
rules:
${RULE}    keywords:
      terms: ['{{markings}}', mật lệnh]
      case: upper
    patterns:
      - regex: '{{field}}'
        on: folded
        group: level
      - '{{levels:upper}} {{sep}}'
`;

  it('splices a list into keywords and writes lists and pieces into a regex', () => {
    const r = load(yaml);
    expect(r.problems).toEqual([]);
    const raw = r.rules[0].raw;
    expect(raw.keywords).toEqual({ terms: ['Tuyệt mật', 'Tối mật', 'Mật', 'Lưu hành nội bộ', 'mật lệnh'], case: 'upper' });
    // A list that fills a group by itself goes in without a group of its own: the regex is the one written out.
    expect(raw.patterns![0]).toMatchObject({ regex: '(?<![\\p{L}\\p{N}])do mat[ \\t]{0,3}:[ \\t]{0,3}(?<level>tuyet mat|toi mat|mat)' });
    expect(raw.patterns![1]).toBe('(?:TUYỆT MẬT|TỐI MẬT|MẬT) [ \\t]{0,3}:[ \\t]{0,3}');
    // What was written stays readable for `explain`.
    expect(raw.written).toEqual({ 'keywords.terms': ['{{markings}}', 'mật lệnh'], 'patterns.0.regex': '{{field}}', 'patterns.1': '{{levels:upper}} {{sep}}' });
  });

  it('finds with the expanded rule exactly what the written-out rule finds', () => {
    const written = load(yaml).rules.map(compileRule);
    const text = 'Độ mật: Tối mật\nTÀI LIỆU: LƯU HÀNH NỘI BỘ\nmật ong\n';
    const found = new Engine(written).scanText(text, '-').map((f) => [f.ruleId, f.start, f.end]);
    expect(found).toEqual([['office.level', 8, 15], ['office.level', 26, 41]]);
  });

  it('escapes list words in a regex (they are words, not regex) and wraps a piece with a top-level |', () => {
    const r = load(`vocabularies:\n  marks: ['tr.', 'a+b']\npieces:\n  either: 'x|y'\nrules:\n${RULE}    patterns: ['{{marks}}-{{either}}']\n`);
    expect(r.problems).toEqual([]);
    expect(r.rules[0].raw.patterns).toEqual(['(?:tr\\.|a\\+b)-(?:x|y)']);
  });

  it('a file with lists and pieces and no rules is a vocabulary file that others `use:`', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'words.yaml'), 'vocabularies:\n  levels: [secret, top secret]\npieces:\n  sp: "[ \\\\t]{0,3}"\n');
    expect(parseRuleText('vocabularies:\n  x: [a]\n', 'v.yaml').rules).toEqual([]);
    const r = load(`use: [words.yaml]\nrules:\n${RULE}    keywords: ['{{levels}}']\n    patterns: ['label:{{sp}}{{levels}}']\n`, join(dir, 'rules.yaml'));
    expect(r.problems).toEqual([]);
    expect(r.uses).toEqual([join(dir, 'words.yaml')]);
    expect(r.rules[0].raw.keywords).toEqual(['secret', 'top secret']);
    expect(r.rules[0].raw.patterns).toEqual(['label:[ \\t]{0,3}(?:secret|top secret)']);
  });
});

describe('problems at the reference', () => {
  it('an unknown name, with a suggestion', () => {
    expect(problems(`vocabularies:\n  levels: [a]\nrules:\n${RULE}    patterns: ['x {{levls}}']\n`))
      .toEqual(['r.yaml:8:19 unknown list or piece `{{levls}}`']);
    expect(load(`vocabularies:\n  levels: [a]\nrules:\n${RULE}    patterns: ['x {{levls}}']\n`).problems[0].fix).toBe('did you mean `{{levels}}`?');
  });

  it('the second of two references on a line, in a block of keywords', () => {
    expect(problems(`vocabularies:\n  levels: [a]\nrules:\n${RULE}    keywords:\n      - b\n      - '{{nope}}'\n    patterns:\n      - regex: 'a{{levels}}b{{gone}}'\n`)).toEqual([
      'r.yaml:10:10 unknown list or piece `{{nope}}`',
      'r.yaml:12:29 unknown list or piece `{{gone}}`',
    ]);
  });

  it('a cycle, at the reference that closes it', () => {
    expect(problems(`pieces:\n  a: 'x{{b}}'\n  b: 'y{{a}}'\nrules:\n${RULE}    patterns: ['{{a}}']\n`))
      .toEqual(['r.yaml:3:8 `{{a}}` refers to itself (a → b → a)']);
  });

  it('a piece that is no regex on its own, at its definition, even when nothing uses it', () => {
    expect(problems(`pieces:\n  open: '(ab'\nrules:\n${RULE}    keywords: [x]\n`))
      .toEqual(['r.yaml:2:3 the piece `open` is not a regular expression on its own: Unterminated group']);
  });

  it('a name defined twice, a piece used as words, a list glued into a word, an unknown form', () => {
    expect(problems(`vocabularies:\n  w: [a]\npieces:\n  w: 'b'\n  p: 'c'\nrules:\n${RULE}    keywords: ['{{p}}', 'x{{w}}']\n    patterns: ['{{w:lower}}']\n`)).toEqual([
      'r.yaml:4:3 `w` is already defined in r.yaml:2',
      'r.yaml:11:17 `p` is a regex piece, not a list of words',
      'r.yaml:11:27 `{{w}}` stands inside a longer word; in a list of words a reference must be an item of its own',
      'r.yaml:12:16 unknown form `:lower` in `{{w:lower}}`',
    ]);
  });

  it('the CLI refuses the file with file:line:column and exit 2', () => {
    const dir = tempDir();
    const file = join(dir, 'office.yaml');
    writeFileSync(file, `vocabularies:\n  levels: [a]\nrules:\n${RULE}    patterns: ['x {{levls}}']\n`);
    const r = cli(['rules', 'validate', '--no-config', file], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:8:19 [office.level]: unknown list or piece \`{{levls}}\` — did you mean \`{{levels}}\`?`);
  });
});

describe('a built-in vocabulary by name (`use: [builtin:<pack>]`)', () => {
  const yaml = `use: [builtin:vn]\nrules:\n${RULE}    severity: block\n    keywords:\n      terms: ['{{restricted}}']\n`;

  it('the CLI reads rules/<pack>/vocabulary.yaml: a rule file may use a built-in list', () => {
    const dir = tempDir();
    const file = join(dir, 'office.yaml');
    writeFileSync(file, yaml);
    expect(cli(['rules', 'validate', '--no-config', file], { cwd: dir }).code).toBe(0);
    const r = cli(['scan', '--no-config', '--no-builtin', '--rules', file, '--format', 'json', '-'], { cwd: dir, input: 'Ghi chú: tài liệu không phổ biến.' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['office.level']);
    writeFileSync(file, yaml.replace('builtin:vn', 'builtin:xx'));
    const bad = cli(['rules', 'validate', '--no-config', file], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:1:7: there is no built-in vocabulary \`builtin:xx\``);
  });

  it('rule text with no file (a browser policy) uses a built-in vocabulary given to it, and refuses a file path', () => {
    const given = parseRuleText(yaml, 'policy', { builtinVocabulary: (p) => (p === 'vn' ? 'vocabularies:\n  restricted: [Không phổ biến]\n' : undefined) });
    expect(given.problems).toEqual([]);
    expect(given.rules[0].raw.keywords?.terms).toEqual(['Không phổ biến']);
    const path = parseRuleText(yaml.replace('builtin:vn', 'org-vocabulary.yaml'), 'policy');
    expect(path.problems[0].message).toMatch(/^`use: org-vocabulary\.yaml` cannot be followed: this rule text has no file/);
    expect(path.rules).toEqual([]); // and its list stays unknown: the rule is refused too
  });
});

describe('explain', () => {
  it('shows a rule with its lists and pieces expanded, and as written', () => {
    const dir = tempDir();
    const file = join(dir, 'office.yaml');
    writeFileSync(file, `vocabularies:\n  levels: [secret, top secret]\npieces:\n  sp: '[ \\t]{0,3}'\nrules:\n${RULE}    patterns: ['label:{{sp}}{{levels}}']\n`);
    for (const args of [['explain', 'office.level'], ['rules', 'explain', 'office.level']]) {
      const r = cli([...args, '--no-config', '--no-builtin', '--rules', file, '--lang', 'en'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('  pattern 1 (reads text):\n    as written: label:{{sp}}{{levels}}\n    expanded:   label:[ \\t]{0,3}(?:secret|top secret)\n');
    }
  });
});

describe('the built-in cache', () => {
  // The build stores the built-in rules expanded; a rule file is taken from the cache only while it and every
  // vocabulary file it uses are unchanged (an officer adding a level to vocabulary.yaml must see it take effect).
  it('is not used for a rule file whose vocabulary file changed', async () => {
    const { cachedRuleFile } = await import('../dist/rules/builtin-cache.js');
    const dir = tempDir();
    cpSync(resolve(__dirname, '../rules'), dir, { recursive: true });
    const file = join(dir, 'cz', 'classified.yaml');
    expect(cachedRuleFile(file, dir)?.rules.length).toBeGreaterThan(0);
    appendFileSync(join(dir, 'cz', 'vocabulary.yaml'), '# a comment changes the bytes\n');
    expect(cachedRuleFile(file, dir)).toBeUndefined();
  });
});
