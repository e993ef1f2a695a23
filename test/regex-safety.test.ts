import { describe, expect, it } from 'vitest';
import { regexHazard, viewBlankHazard } from '../src/analyze/safety.js';
import { loadRuleSet } from '../src/rules/ruleset.js';

// Each of these takes exponential (or huge polynomial) time on some text that almost matches.
const CATASTROPHIC: [string, string][] = [
  ['(a+)+$', 'nested repetition of the same letters'],
  ['(\\w|\\d)*x', 'overlapping alternatives under a star'],
  ['(a*)*b', 'a repetition that can match nothing, repeated'],
  ['(a|a)*$', 'identical alternatives'],
  ['(\\w+\\s?)*$', 'words with an optional separator, repeated'],
  ['^(\\d+)*$', 'digits in digits'],
  ['(a|aa)*$', 'one pass can be two passes'],
  ['(?:x+|y)*z', 'repetition inside an alternative'],
  ['([a-z]+)*@', 'letters in letters before an at-sign'],
  ['(.*a){12}', 'a large bounded repetition of an ambiguous piece'],
  ['(?<w>[a-z]+\\s*)+!', 'named group'],
  ['foo(?:[0-9]+[.,]?)+bar', 'numbers with an optional separator'],
];

// Real-world shapes that look similar but can match each text in only one way.
const SAFE = [
  '\\bAKIA[0-9A-Z]{16}\\b',
  'do mat\\s*:\\s*(?<level>tuyet mat|toi mat|mat)\\b',
  '[\\w.+-]+@(?:[\\w-]+\\.)+[a-z]{2,}',
  '\\b(?:\\d[ -]?){13,19}\\b',
  '(?:\\s+\\w+)*',
  '(?<![\\p{L}\\p{N}])\\d{12}(?![\\p{L}\\p{N}])',
  '(?:https?|ftp)://[^\\s]+',
  '(\\s|\\S)*x',
  '(?:a|ab)*c',
  '(a|a){3}',
  '(\\w)\\1+',
];

describe('regexHazard refuses catastrophic regexes', () => {
  it.each(CATASTROPHIC)('%s (%s)', (src) => {
    const h = regexHazard(src);
    expect(h).toBeDefined();
    expect(src).toContain(h!.part);
    expect(h!.reason.length).toBeGreaterThan(10);
  });
});

describe('regexHazard lets safe regexes through', () => {
  it.each(SAFE)('%s', (src) => {
    expect(regexHazard(src)).toBeUndefined();
  });
});

describe('flags change the answer', () => {
  it('case-insensitive [a-z] and [A-Z] overlap', () => {
    expect(regexHazard('(?:[a-z]|[A-Z])+$', '')).toBeUndefined();
    expect(regexHazard('(?:[a-z]|[A-Z])+$', 'i')).toBeDefined();
  });
  it('with `s`, the dot overlaps a line break', () => {
    expect(regexHazard('(.|\\n)*x', '')).toBeUndefined();
    expect(regexHazard('(.|\\n)*x', 's')).toBeDefined();
  });
});

describe('viewBlankHazard: blanks the normalised views never hold', () => {
  it.each([
    ['Độ mật\\t(?:Mật|Tối mật)', '\\t'],
    ['TỐI  MẬT', '  '],
    ['Số: {2,}\\d+', ' {2,}'],
    ['[\\t]+x', '[\\t]'],
    ['line\\r\\n', '\\r'],
    ['(?:Số\\t\\d+)x', '\\t'], // a group with one alternative is required
  ])('%s → %s', (src, part) => {
    expect(viewBlankHazard(src)).toBe(part);
  });
  it.each([
    '[ \\t]*:[ \\t]*\\d+', // a class that also holds a space
    'TỐI MẬT', // one space
    '(?<=\\t)x', // inside a lookaround: it reads nothing
    '\\s+\\d', // \s holds a space
    '[^\\t]+', // a negated class
    '\\r?\\n', // optional
    '(?:\\t|: )x', // one of several alternatives
  ])('%s is fine', (src) => {
    expect(viewBlankHazard(src)).toBeUndefined();
  });
});

describe('built-in rules', () => {
  const rules = loadRuleSet();
  it('no pattern on a normalised view asks for blanks it never holds', () => {
    const bad = rules.flatMap((r) => r.patterns.filter((p) => p.on !== 'original' && viewBlankHazard(p.source) !== undefined).map((p) => `${r.id}: ${p.source.slice(0, 60)}`));
    expect(bad).toEqual([]);
  });
  for (const rule of rules) {
    const regexes = [
      ...rule.patterns.map((p) => p.re),
      ...(rule.context?.anyOfPatterns ?? []),
      ...(rule.context?.noneOfPatterns ?? []),
      ...rule.exceptionPatterns,
    ];
    if (regexes.length === 0) continue;
    it(`${rule.id}: every regex is free of catastrophic backtracking`, () => {
      const bad = regexes.map((re) => ({ re: re.source, hazard: regexHazard(re.source, re.flags) })).filter((x) => x.hazard);
      expect(bad).toEqual([]);
    });
  }
});
