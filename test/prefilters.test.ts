import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextTriggerPlaces, Matchers, viewIndexAt } from '../src/match/candidates.js';
import { Engine } from '../src/engine/engine.js';
import { buildView, Scratch } from '../src/normalize/view.js';
import { useWasm } from '../src/normalize/kernel.js';
import { DigitGaps, digitPositions, digitRanges, gapMask, intersectRanges } from '../src/match/ranges.js';
import { analyzePattern, foldedTriggers, type Target } from '../src/analyze/pattern.js';
import { compileRule, contextGates, exceptionGates } from '../src/rules/compile.js';
import { prunedSource } from '../src/rules/regex.js';
import { loadRuleFile } from '../src/rules/load.js';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { patternIn } from '../src/validate/checks.js';
import type { Finding } from '../src/types.js';
import { rng } from './helpers/rng.js';

// On long texts a regex runs only near its literal triggers or where the digits it needs are (src/analyze/).
// These prefilters may only skip text where the regex cannot match: the findings must be exactly those of running
// every regex over the whole text.
const rules = loadRuleSet();
const fast = new Engine(rules);
const full = new Engine(rules, { prefilter: false });

// Each analysis on its own, as the one derivation (analyze/pattern.ts) makes it.
const deriveTriggers = (re: string, flags: string) => analyzePattern(re, flags, 'text').triggers;
const deriveDigits = (re: string, flags: string) => analyzePattern(re, flags, 'text').digits;
const deriveTriggerReach = (re: string, flags: string, on: Target = 'text') => analyzePattern(re, flags, on).reach;
// Hand-written triggers: the reach comes from the whole pattern.
const deriveWholeReach = (re: string, flags: string) => analyzePattern(re, flags, 'text', ['x']).reach;

const key = (f: Finding) => `${f.ruleId}@${f.start}-${f.end}`;
const keys = (fs: Finding[]) => fs.map(key).sort();

const PROSE = [
  'Báo cáo tổng hợp tình hình thực hiện kế hoạch quý III ngày 12/10/2025 (1.250.000 đồng).',
  'Zápis z jednání zastupitelstva obce dne 3. 4. 2026, hlasování 12 : 3 : 0.',
  'Quarterly review of the procurement pipeline, Mon, 1 Mar 2025 16:51:00 +0700, budget 45,000 USD.',
  'Liên hệ phòng hành chính, tầng 3, số 17 phố Hàng Bài; mã hồ sơ 2025-07-28/HC.',
];

function filler(random: () => number, n: number): string {
  let out = '';
  while (out.length < n) out += PROSE[Math.floor(random() * PROSE.length)] + (random() < 0.2 ? '\n\n' : '\n');
  return out;
}

describe('prefilters change nothing', () => {
  it('every must-match example, buried in long prose, is found exactly as by a full read', () => {
    const random = rng(7);
    const parts: string[] = [];
    for (const rule of rules) for (const ex of rule.examples.match) parts.push(filler(random, 3000), '\n', ex, '\n');
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(1 << 15);
    const a = fast.scanText(text, 't');
    expect(keys(a)).toEqual(keys(full.scanText(text, 't')));
    // Not a vacuous comparison: nearly every rule fires somewhere (those tied to the first or last lines of a
    // document cannot, buried in prose, and are not counted).
    const fired = new Set(a.map((f) => f.ruleId));
    const placed = (r: (typeof rules)[number]) => (r.layout ?? []).some((l) => l.firstLines !== undefined || l.lastLines !== undefined);
    const withExamples = rules.filter((r) => r.enabled && r.examples.match.length > 0 && !placed(r));
    expect(withExamples.filter((r) => fired.has(r.id)).length).toBeGreaterThan(withExamples.length * 0.9);
  }, 120_000); // reads ~6 MB twice, once without prefilters: slow on a loaded 2-core machine, not a timing test

  it('each must-match and must-not-match example on its own (a short text) gives the same findings both ways', () => {
    const differ: string[] = [];
    for (const rule of rules) {
      for (const ex of [...rule.examples.match, ...rule.examples.noMatch]) {
        if (keys(fast.scanText(ex, 'x')).join() !== keys(full.scanText(ex, 'x')).join()) differ.push(`${rule.id}: ${ex.slice(0, 40)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('numeric soup: digits, separators and capitals in every arrangement give the same raw candidates both ways', () => {
    // Candidates, before validators: random numbers rarely pass a checksum, so findings alone would prove little.
    const random = rng(42);
    const SEP_SETS = [' ', '.', '-', ' -', ' /', ' ()+', '<', ' .-/()+<'];
    const letters = 'ABCMFXabc';
    let text = '';
    while (text.length < 400_000) {
      // A run of digits with a separator (or, rarely, a letter) between some of them, as identifiers are written.
      // Some runs are tight ("0010880"), some spaced out ("0 0 1 0 8 8") or with two-character gaps (" / ").
      const len = 5 + Math.floor(random() * 20);
      const spread = random();
      const own = SEP_SETS[Math.floor(random() * SEP_SETS.length)]; // a run keeps to a few separators, as numbers do
      for (let i = 0; i < len; i++) {
        text += String(Math.floor(random() * 10));
        const r = random();
        if (r < spread) text += own[Math.floor(random() * own.length)] + (random() < 0.1 ? ' ' : '');
        else if (r < spread + 0.05) text += letters[Math.floor(random() * letters.length)];
      }
      text += random() < 0.5 ? ' ' : random() < 0.5 ? '\n' : ' số tài khoản: ';
      // Most runs stand apart, as in real text: ranges that close together are read in one go and would hide a
      // prefilter that lets too little through.
      if (random() < 0.7) text += 'lorem ipsum dolor sit amet '.repeat(20 + Math.floor(random() * 10));
    }
    const view = buildView(text);
    const collect = (m: Matchers) => {
      const out: string[] = [];
      m.find(view, (c) => out.push(`${c.rule.id}@${c.vs}-${c.ve}`));
      return out.sort();
    };
    const enabled = rules.filter((r) => r.enabled);
    const a = collect(new Matchers(enabled));
    expect(a.length).toBeGreaterThan(100);
    expect(a).toEqual(collect(new Matchers(enabled, false)));
  });

  it.each([
    ['every kind of line break', [' ', '  ', '\t', ' | ', '\n', '\r\n', '\r', '\u2028', '\n\n   ', ', ']],
    // without a lone "\r" or U+2028, line starts in the original are found natively (ranges.ts)
    ['"\\n" and "\\r\\n" only', [' ', '  ', '\t', ' | ', '\n', '\r\n', '\r\n\r\n', '\n\n   ', ', ']],
  ])('trigger soup: examples packed on long lines, between %s, give the same raw candidates', (_name, SEPARATORS) => {
    // Patterns tried only at a few places per trigger (its line start, a few units before it): several examples on
    // one line, "\r\n", lone "\r" and U+2028 in the original (what `^` sees there), and matches that overlap.
    const random = rng(11);
    const WORDS = ['password', 'pass', 'so', 'No.', 'St', 'mật', 'heslo', 'Ref', 'tk', '@', 'TỐI MẬT', 'Č.j.', 'stk', '|'];
    const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    let text = '';
    while (text.length < 200_000) {
      const r = random();
      if (r < 0.4) text += examples[Math.floor(random() * examples.length)];
      else if (r < 0.8) text += WORDS[Math.floor(random() * WORDS.length)];
      else text += 'lorem ipsum dolor sit amet consectetur '.repeat(1 + Math.floor(random() * 30));
      text += SEPARATORS[Math.floor(random() * SEPARATORS.length)];
    }
    const view = buildView(text);
    const collect = (m: Matchers) => {
      const out: string[] = [];
      m.find(view, (c) => out.push(`${c.rule.id}@${c.os}-${c.oe}`));
      return out.sort();
    };
    const enabled = rules.filter((r) => r.enabled);
    const a = collect(new Matchers(enabled));
    expect(new Set(a.map((k) => k.split('@')[0])).size).toBeGreaterThan(enabled.length * 0.5);
    expect(a).toEqual(collect(new Matchers(enabled, false)));
  });
});


describe('a pattern that would search a whole long view (no trigger, digit group or opening)', () => {
  it('runs only where its rule\'s document-scope contexts hold, with the findings of a full read (engine.ts searchable)', () => {
    const whole = rules.filter((r) => r.patterns.some((p) => !p.triggers && !p.digits && !p.opening) && (r.context ?? []).some((c) => c.scope === 'document'));
    expect(whole.map((r) => r.id)).toContain('vn.official.eoffice-record');
    const random = rng(23);
    for (const rule of whole) {
      for (const ex of rule.examples.match) {
        // the example as it is (its contexts hold), and its last line alone (the record without its field names)
        for (const part of [ex, ex.slice(ex.lastIndexOf('\n') + 1)]) {
          const text = filler(random, 40_000) + '\n' + part + '\n' + filler(random, 40_000);
          const a = fast.scanText(text, 't');
          expect(keys(a)).toEqual(keys(full.scanText(text, 't')));
          if (part === ex) expect(a.some((f) => f.ruleId === rule.id)).toBe(true);
        }
      }
    }
  }, 120_000);
});

describe('hand-written triggers with a space at an edge', () => {
  it('keep that space when folded (" st " is a word; "st" is inside "first"); a blank trigger voids them all', () => {
    expect(foldedTriggers([' St ', 'No.', ' Dr,', 'Ref '])).toEqual([' st ', 'no.', ' dr,', 'ref ']);
    expect(foldedTriggers(['No.', '  '])).toBeUndefined();
  });

  it('still find street types and number labels set off by tabs, no-break, wide and doubled spaces on a long text', () => {
    const random = rng(11);
    const planted = [
      'No.\t5412/BCT-XNK',
      'Ref\tNo.:\u00a05412/BCT-XNK',
      '  Reference\u20035412/BCT-XNK',
      'Number  27-BC/ĐU',
      'RefNo 88/UBND-VP',
      'No5412/BCT-XNK',
      'Our Ref:\t88/UBND-VP',
      'She has moved to 17\tAshgrove\u00a0Terrace\tLeeds LS6 2QT now',
      'Home address: 2207 Maple\u2002Ave.\u00a0Springfield, IL 62704',
      'Home address: 4 Church St,  Oxford OX1 4AB',
      'She lives at 9 Elm Dr\tBath BA1 1AA',
    ];
    const text = planted.map((p) => filler(random, 3000) + p + '\n').join('') + filler(random, 3000);
    expect(text.length).toBeGreaterThan(1 << 15);
    const a = fast.scanText(text, 't');
    expect(keys(a)).toEqual(keys(full.scanText(text, 't')));
    expect(a.filter((f) => f.ruleId === 'intl.official-document.number-line')).toHaveLength(7);
    expect(a.filter((f) => f.ruleId === 'intl.contact.home-address')).toHaveLength(4);
  });
});
describe('digit groups: classified gaps (DigitGaps) give the ranges of reading every gap', () => {
  it('for every digit need of the built-in rules and a few more, on short and long runs of digits', () => {
    const random = rng(5);
    const GAPS = [' ', '.', '-', '/', ' / ', '(', ')', '+', '<', 'a', 'Q', ',', '\t', 'é', '  '];
    let text = '';
    while (text.length < 60_000) {
      const len = 4 + Math.floor(random() * 12); // runs of 4..15 digits: many of exactly the length a need asks
      for (let i = 0; i < len; i++) {
        text += String(Math.floor(random() * 10));
        if (random() < 0.4) text += GAPS[Math.floor(random() * GAPS.length)];
      }
      text += random() < 0.5 ? ' lorem ipsum ' : '\n';
    }
    const needs = [
      ...rules.flatMap((r) => r.patterns.flatMap((p) => (p.digits ? [p.digits] : []))),
      { count: 6, span: 8, before: 0, gap: ' /' },
      { count: 6, span: 6, before: 2, gap: '' },
      { count: 7, span: 12, before: 1, gap: '-.' },
      { count: 8, span: 20, before: 0, gap: 'abcdefghijklmnopqrstuvwxyz' },
    ];
    const d = digitPositions(text).slice();
    const masks = [...new Set(needs.map((n) => gapMask(n)).filter((m): m is number => m !== undefined))];
    const gaps = new DigitGaps(d, text, masks);
    let nonEmpty = 0;
    for (const need of needs) {
      const fast = digitRanges(need, d, undefined, text, gaps);
      expect(fast).toEqual(digitRanges(need, d, undefined, text));
      if (fast.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(needs.length / 2);
  });
});

describe('deriveDigits', () => {
  it.each([
    // [regex, count, span, gap]
    [String.raw`(?<![\p{L}\p{N}]|\d[ .-])\d(?:[ .-]?\d){11}(?![\p{L}\p{N}])`, 12, 23, ' -.'],
    [String.raw`\d{3}-\d{2}-\d{4}`, 9, 11, '-'],
    [String.raw`\d{4}([ -])\d{4}\1\d{4}\1\d{4}`, 16, 19, ' -'],
    [String.raw`(?:\(\+84\)|0)[ .-]?9\d(?:[ .-]?\d){7}`, 10, 22, ' ()+-.'],
  ])('%s needs %i digits within %i units', (re, count, span, gap) => {
    expect(deriveDigits(re, 'u')).toMatchObject({ count, span, gap });
  });

  it.each([
    String.raw`\d{4}`, // too few digits to be worth it
    String.raw`\d+`, // unbounded
    String.raw`password:\s*\S+`, // no digits at all
    String.raw`\d{6}|[a-z]{6}`, // one alternative needs none
  ])('%s has no digit prefilter', (re) => {
    expect(deriveDigits(re, 'u')).toBeUndefined();
  });

  it('an unbounded stretch before the digits only moves where the match may start', () => {
    expect(deriveDigits(String.raw`passport[^\n]*?(?<n>\d{9})`, 'u')).toBeUndefined();
    expect(deriveDigits(String.raw`passport[^\n]{0,20}?(?<n>\d{9})`, 'u')).toMatchObject({ count: 9, span: 9, before: 48 });
  });
});

describe('deriveTriggers', () => {
  it.each([
    [String.raw`(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20}`, ['rk_live_', 'rk_test_', 'sk_live_', 'sk_test_']],
    [String.raw`hv[sb]\.[A-Za-z0-9_-]{90}`, ['hvb.', 'hvs.']],
    [String.raw`(?:Mật khẩu|MK)\s*:`, ['mat khau', 'mk']],
    [String.raw`sk-(?:proj|admin)-\w{20}`, ['sk-admin-', 'sk-proj-']],
  ])('%s', (re, expected) => {
    expect(deriveTriggers(re, 'u')).toEqual(expected);
  });

  it('a pattern with an alternative that has no literal gets no triggers', () => {
    expect(deriveTriggers(String.raw`AKIA[0-9A-Z]{16}|[0-9a-f]{40}`, 'u')).toBeUndefined();
  });
});

describe('deriveTriggerReach', () => {
  it.each([
    // an e-mail address starts at most 64 units before its "@" (and the run holding "@" ends one later); no part of it
    // can be a line break
    [String.raw`(?<![\w.-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+\.[a-z]{2,24}`, { reach: 65, sameLine: true, oneLine: true }],
    [String.raw`\bpassport\b[^\n\d]{0,25}?(?<n>\d{9})`, { reach: 8, max: 67, sameLine: true, oneLine: true }],
    [String.raw`(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,99}`, { reach: 8, max: 107, sameLine: true, oneLine: true }],
    // the trigger opens the match (the reach counts to the end of the literal run); what follows may cross lines
    [String.raw`so\s+\d+`, { reach: 2, sameLine: true, wordEnd: true }],
    // an unbounded stretch of letters before the trigger: the match starts somewhere on the trigger's line
    [String.raw`\p{L}+ street`, { sameLine: true, oneLine: true }],
    // `.` is not a line break unless the `s` flag says so (it may be an astral character: two units)
    [String.raw`.{0,5}key`, { reach: 13, max: 13, sameLine: true, oneLine: true }],
    // anchored at a line start: one place to try per trigger line
    [String.raw`^[ \t]*so[ \t]*:`, { sameLine: true, lineStart: true, oneLine: true, wordStart: true, wordEnd: true }],
    [String.raw`^(?:[ \t]*>)*[ \t]*(?:no|ref)\.?`, { sameLine: true, lineStart: true, oneLine: true, wordStart: true }],
  ])('%s', (re, expected) => {
    expect(deriveTriggerReach(re, 'u')).toEqual(expected);
  });

  it.each([
    // [regex, target, wordStart, wordEnd]: is a trigger hit glued to a letter ("st" in "first") worth nothing?
    [String.raw`(?<![\p{L}])heslo\s*:`, 'text', true, true],
    [String.raw`(?:[A-Z][a-z]+ ){1,3}(?:Street|St|Rd)\.?,? \d{5}`, 'text', true, true],
    [String.raw`(?<![\p{L}])heslo\s*:`, 'original', false, false], // the original may hold invisible characters the view drops
    // \b and [a-z] are ASCII: on `text` or `lower` "ế" is no letter to them, while the folded view has "e" there
    [String.raw`\bst\b`, 'text', false, false],
    [String.raw`\bst\b`, 'folded', true, true],
    [String.raw`(?<![a-z])pass`, 'lower', false, false],
    [String.raw`(?<![a-z])pass`, 'folded', true, false],
    [String.raw`x[a-z]*St`, 'text', false, false],
  ] as const)('%s on %s: no letter before the trigger %s, after it %s', (re, on, start, end) => {
    const r = deriveTriggerReach(re, 'u', on);
    expect(Boolean(r?.wordStart)).toBe(start);
    expect(Boolean(r?.wordEnd)).toBe(end);
  });

  it('gives each trigger its own reach when the alternatives holding them differ', () => {
    // a role word opens its match (the run's end bounds it: 4, 5); "-security" may stand 31 units in
    expect(deriveTriggerReach(String.raw`(?<![\w.-])(?:info|press|[a-z0-9]{1,30}-(?:security|team))(?![\w-])`, 'u')).toEqual({ reach: 39, reaches: [39, 39, 4, 5], max: 39, sameLine: true, oneLine: true });
    // one reach for all: no `reaches`
    expect(deriveTriggerReach(String.raw`(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,99}`, 'u')?.reaches).toBeUndefined();
  });

  it('spells what follows a group on to the literals that end it', () => {
    // every alternative ends with its literal: "info@", "-team@" (a mailbox, not every "info" of the text)
    expect(deriveTriggers(String.raw`(?<![\w.-])(?:info|press|[a-z0-9]{1,30}-(?:security|team))@[a-z]+\.[a-z]{2,6}`, '')).toEqual(['-security@', '-team@', 'info@', 'press@']);
    expect(deriveTriggers(String.raw`(?:heslo|pass(?:word)?)(?:%5b%5d)?=`, 'i')).toEqual(['heslo%5b%5d=', 'heslo=', 'pass%5b%5d=', 'pass=', 'password%5b%5d=', 'password=']);
    // not when an alternative's literal stands before something else, nor after a repeated group
    expect(deriveTriggers(String.raw`(?:info|team[0-9]+)@`, '')).toEqual(['info', 'team']);
    expect(deriveTriggers(String.raw`(?:info|[a-z]{1,5}team)+@`, '')).toEqual(['info', 'team']);
  });

  it('a hit tried only as far back as its own trigger reaches finds what a full read finds', () => {
    // "info" opens its match, "-security@" closes a 30-unit local part; both at line starts, mid-line, glued together
    const random = rng(5);
    const cases = ['info@agency.gov.vn', 'x'.repeat(30) + '-security@contoso.com', 'info-security@contoso.com', 'press@moit.gov.vn', 'a1-team@lists.example.org'];
    const parts: string[] = [];
    for (let k = 0; k < 40; k++) parts.push(filler(random, 400), k % 2 ? ' ' : '\n', cases[k % cases.length], k % 3 ? ' ' : '\n');
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(1 << 14);
    const a = keys(fast.scanText(text, 't'));
    expect(a.filter((k) => k.startsWith('intl.contact.role-mailbox')).length).toBeGreaterThan(10);
    expect(a).toEqual(keys(full.scanText(text, 't')));
  });

  it('for hand-written triggers, the whole pattern bounds the reach: its longest match, its line', () => {
    expect(deriveWholeReach(String.raw`\bkey[ \t]{0,2}=[ \t]{0,2}"[a-z_]{0,30}password`, 'u')).toEqual({ reach: 47, max: 47, sameLine: true, oneLine: true });
    expect(deriveWholeReach(String.raw`^[ \t]*login[^\n]*password`, 'u')).toEqual({ sameLine: true, oneLine: true, lineStart: true });
    expect(deriveWholeReach(String.raw`login\s{1,4}\S{1,20}\s{1,4}password`, 'u')).toEqual({ reach: 61, max: 61 }); // \S may be an astral character: two units
    expect(deriveWholeReach(String.raw`login\s+password`, 'u')).toBeUndefined();
  });

  it('gives hand-written triggers that are (or are inside) the pattern\'s own literals the derived reach, plus their offset', () => {
    const re = String.raw`\b(?:with[ \t]{1,4}password|identified[ \t]{1,4}by)[ \t]{1,4}'[^'\n]{1,64}'`;
    const derived = analyzePattern(re, 'iu', 'text').reach!;
    expect(derived.reaches).toEqual([10, 16]); // "identified", "password"
    expect(analyzePattern(re, 'iu', 'text', ['password', 'identified']).reach).toMatchObject({ reach: 16, reaches: [16, 10], max: 150, sameLine: true });
    // "getconnection" stands 14 units into the derived literal 'drivermanager.getconnection("'; no letter edge then.
    const source = String.raw`drivermanager\.getconnection\("[^"\n]{1,80}"`;
    const inside = analyzePattern(source, 'iu', 'text', ['getconnection']).reach!;
    expect(inside.reach).toBe(analyzePattern(source, 'iu', 'text').reach!.reach! + 14);
    expect(inside.wordStart).toBeUndefined();
    // A derived literal holding no hand-written trigger: the whole pattern bounds the reach, as before.
    const whole = analyzePattern(String.raw`secret[ \t]{0,3}=[ \t]{0,3}"[^"\n]{1,80}"`, 'iu', 'text', ['token']).reach!;
    expect(whole.reach).toBe(whole.max);
  });

  it('finds with those reaches what a full read finds, examples of the rules with such triggers buried in prose', () => {
    const random = rng(9);
    const ids = new Set(rules.filter((r) => r.patterns.some((p) => p.reach?.reach !== undefined && p.reach.max !== undefined && p.reach.reach < p.reach.max && ['password', 'getconnection', 'authorization', 'key', 'cislo_jednaci'].some((t) => p.triggers?.includes(t)))).map((r) => r.id));
    expect(ids.size).toBeGreaterThan(2);
    const parts: string[] = [];
    for (const r of rules) if (ids.has(r.id)) for (const ex of [...r.examples.match, ...r.examples.noMatch]) parts.push(filler(random, 300), random() < 0.5 ? ' ' : '\n', ex, random() < 0.5 ? ' ' : '\n');
    const text = parts.join('');
    expect(text.length).toBeGreaterThan(1 << 14);
    const a = keys(fast.scanText(text, 't'));
    expect(a.filter((k) => ids.has(k.split('@')[0])).length).toBeGreaterThan(20);
    expect(a).toEqual(keys(full.scanText(text, 't')));
  });

  it('leaves the reach unknown when an unbounded stretch before the trigger may hold a line break', () => {
    expect(deriveTriggerReach(String.raw`\s*so[ \t]*:`, 'u')).toBeUndefined();
    expect(deriveTriggerReach(String.raw`\P{L}+street`, 'u')).toBeUndefined();
    expect(deriveTriggerReach(String.raw`.*key`, 'su')).toBeUndefined();
    expect(deriveTriggerReach(String.raw`[^a]*key`, 'u')).toBeUndefined();
  });

  it('reads line breaks as the target has them: the original text may hold "\\r" where a view has only "\\n"', () => {
    expect(deriveTriggerReach(String.raw`[^\n]{0,5}key`, 'u', 'text')).toEqual({ reach: 13, max: 13, sameLine: true, oneLine: true });
    expect(deriveTriggerReach(String.raw`[^\n]{0,5}key`, 'u', 'original')).toEqual({ reach: 13, max: 13 });
    expect(deriveTriggerReach(String.raw`[^\n\r\u2028\u2029]*key`, 'u', 'original')).toEqual({ sameLine: true, oneLine: true });
  });
});

describe('start units', () => {
  const starts = (re: string, flags = '') => analyzePattern(re, flags, 'text').starts;

  it.each([
    // lookarounds and anchors take no room; an optional element lets the next one open the match too
    [String.raw`(?<![\p{L}])[?&;](?:pwd|pass)=`, '', { ascii: '&;?' }],
    [String.raw`^[ \t]*(?:so|no)\.?`, 'm', { ascii: '\t ns' }],
    [String.raw`\b(?:0x)?\d{8}`, '', { ascii: '0123456789' }],
    // with `i`, "k" and "s" also match the Kelvin sign and the long s: units outside ASCII may open a match
    [String.raw`(?:key|id)=`, 'i', { ascii: 'IKik', other: true }],
    [String.raw`\w{3}=`, 'i', { ascii: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', other: true }],
    [String.raw`(?:Č|č)\.j\.`, '', { ascii: '', other: true }],
    // `^` without `m`: what follows it opens a match only at the string's start, where anything is tried
    [String.raw`(?:^|\n|[;,|])[ "]{0,3}\p{L}{2}`, '', { ascii: '\n,;|', zero: true }],
    [String.raw`^x|y`, '', { ascii: 'y', zero: true }],
    [String.raw`(?:^)?x`, '', { ascii: 'x', zero: true }],
    [String.raw`(?:^|\n)x`, 'm', { ascii: '\nx' }],
  ])('%s (flags %s) opens with %j', (re, flags, expected) => {
    expect(starts(re, flags)).toEqual(expected);
  });

  it.each([String.raw`.{0,3}key`, String.raw`[^a]b`, String.raw`(a)\1|\1b`])('%s may open with anything', (re) => {
    expect(starts(re)).toBeUndefined();
  });

  it('every rule example match starts with one of its pattern\'s start units', () => {
    let checked = 0;
    for (const rule of rules) {
      for (const p of rule.patterns) {
        if (!p.starts) continue;
        for (const ex of rule.examples.match) {
          const view = buildView(ex);
          const target = p.on === 'original' ? ex : p.on === 'folded' ? view.folded : view.text;
          const re = new RegExp(p.re.source, p.re.flags);
          for (const m of target.matchAll(re)) {
            if (m[0].length === 0) continue;
            const c = m[0].charCodeAt(0);
            expect((m.index === 0 && p.starts.zero) || (c < 128 ? p.starts.ascii.includes(m[0][0]) : p.starts.other)).toBeTruthy();
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('a match at the very start of a long text opens with anything where `^` allows it (StartUnits.zero; mutation)', () => {
    // Each must-match example of a pattern with `zero` opening a long text, then prose with the example again on
    // its own line: found as by a full read; without `zero`, some example at the text's start is lost.
    const random = rng(9);
    const withZero = rules.filter((r) => r.enabled && r.patterns.some((p) => p.starts?.zero) && r.examples.match.length > 0);
    expect(withZero.length).toBeGreaterThan(0);
    const collect = candidatesOf;
    const noZero = withZero.map((r) => ({ ...r, patterns: r.patterns.map((p) => (p.starts?.zero ? Object.create(p, { starts: { value: { ascii: p.starts.ascii, other: p.starts.other } } }) : p)) }));
    const [fastM, fullM, noZeroM] = [new Matchers(withZero), new Matchers(withZero, false), new Matchers(noZero)];
    let lost = 0;
    for (const rule of withZero) {
      for (const ex of rule.examples.match) {
        const view = buildView(ex + '\n' + filler(random, 20_000) + ex + '\n' + filler(random, 2000));
        const a = collect(fastM, view);
        expect(a).toEqual(collect(fullM, view));
        if (collect(noZeroM, view).length < a.length) lost++;
      }
    }
    expect(lost).toBeGreaterThan(0);
  }, 60_000);
});

describe('intersectRanges', () => {
  it('keeps the starts both lists allow, merging what touches', () => {
    expect(intersectRanges([0, 10, 20, 30, 40, 50], [5, 25, 28, 45])).toEqual([5, 10, 20, 25, 28, 30, 40, 45]);
    expect(intersectRanges([0, 10], [10, 20])).toEqual([]);
    expect(intersectRanges([0, 10, 10, 20], [5, 15])).toEqual([5, 15]);
    expect(intersectRanges([], [0, 5])).toEqual([]);
  });

  it('equals a position-by-position intersection on random lists', () => {
    const random = rng(3);
    const list = () => {
      const out: number[] = [];
      let at = 0;
      while (at < 500) {
        const s = at + Math.floor(random() * 30);
        const e = s + 1 + Math.floor(random() * 20);
        out.push(s, e);
        at = e + 1;
      }
      return out;
    };
    const members = (r: number[]) => {
      const set = new Set<number>();
      for (let k = 0; k < r.length; k += 2) for (let x = r[k]; x < r[k + 1]; x++) set.add(x);
      return set;
    };
    for (let n = 0; n < 50; n++) {
      const a = list();
      const b = list();
      const mb = members(b);
      expect([...members(intersectRanges(a, b))].sort((x, y) => x - y)).toEqual([...members(a)].filter((x) => mb.has(x)).sort((x, y) => x - y));
    }
  });
});

describe('prefilters are derived when rules are compiled, never during a scan', () => {
  it('rules read from YAML (as a user\'s are) get the same prefilters on first read, and a frozen rule set scans', () => {
    // The built-in packs read from their YAML, not from the build's cache: no analysis comes with them.
    const files = readdirSync('rules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).sort();
    const fromYaml = files.flatMap((f) => loadRuleFile(join('rules', f)).rules.map(compileRule));
    expect(fromYaml.length).toBeGreaterThan(100);
    const cached = new Map(rules.flatMap((r) => r.patterns.map((p) => [`${r.id} ${p.source}`, p] as const)));
    let compared = 0;
    for (const r of fromYaml) {
      for (const p of r.patterns) {
        const c = cached.get(`${r.id} ${p.source}`);
        if (!c) continue;
        expect({ triggers: p.triggers, reach: p.reach, digits: p.digits, starts: p.starts }).toEqual({ triggers: c.triggers, reach: c.reach, digits: c.digits, starts: c.starts });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
    // Nothing may write into a compiled rule while scanning (a frozen object throws on a write in a module), not
    // even a rule whose prefilters are derived on first read.
    const frozen = files.flatMap((f) => loadRuleFile(join('rules', f)).rules.map(compileRule)).map((r) => {
      r.patterns.forEach((p) => Object.freeze(p));
      return Object.freeze(r);
    });
    const text = rules.flatMap((r) => r.examples.match).join('\n').repeat(3);
    expect(text.length).toBeGreaterThan(1 << 15);
    expect(keys(new Engine(frozen).scanText(text, 't'))).toEqual(keys(fast.scanText(text, 't')));
  });
});

describe('document-scope context patterns on a long text start at their triggers (validate/checks.ts patternIn)', () => {
  // Every built-in context that reads the whole text, with the prefilters the build stored for its patterns.
  const documentPatterns = rules.flatMap((r) =>
    (r.context ?? []).filter((c) => c.scope === 'document' && c.analysis).flatMap((c) => [
      ...c.anyOfPatterns.map((re, k) => ({ id: r.id, re, a: c.analysis!.anyOf[k], on: c.patternsOn })),
      ...c.noneOfPatterns.map((re, k) => ({ id: r.id, re, a: c.analysis!.noneOf[k], on: c.patternsOn })),
    ]),
  );
  const folded = (s: string) => buildView(s).folded;
  // The examples of the rules with such a context (the texts their contexts were written for), folded as a view is.
  const examplesOf = new Map(rules.map((r) => [r.id, [...r.examples.match, ...r.examples.noMatch].map(folded)]));

  it('covers the whole-text contexts, most of them with triggers', () => {
    expect(documentPatterns.length).toBeGreaterThan(25);
    expect(documentPatterns.filter((p) => p.a.triggers).length).toBeGreaterThan(20);
    // the chat-log and level-column contexts open at a line start: one try per line holding "> ", "[" or the word
    for (const id of ['vn.classified.level-column', 'vn.classified.chat-stamp', 'cz.classified.chat-stamp', 'intl.classified.chat-stamp']) {
      expect(documentPatterns.some((p) => p.id === id && p.a.reach?.lineStart)).toBe(true);
    }
  });

  it('answer exactly as a search of the whole text, with examples at the start, the middle and the end', () => {
    const pad = folded(filler(rng(11), 1 << 14));
    const mid = pad.length >> 1;
    // the example opens the text, closes it (no line break after it), or sits mid-line inside the prose
    const placed = (e: string) => [e + '\n' + pad, pad + '\n' + e, pad.slice(0, mid) + e + pad.slice(mid), pad + e];
    const others = [...new Set(documentPatterns.map((p) => p.id))].flatMap((id) => examplesOf.get(id)!.filter((_, k) => k % 3 === 0));
    let checked = 0;
    let held = 0;
    for (const { id, re, a } of documentPatterns) {
      // its own rule's examples in every place, a third of the other rules' in the middle
      const texts = [...examplesOf.get(id)!.flatMap(placed), ...others.map((e) => pad.slice(0, mid) + '\n' + e + '\n' + pad.slice(mid))];
      for (const text of texts) {
        const expected = re.test(text);
        expect([id, re.source, patternIn(re, a, text)]).toEqual([id, re.source, expected]);
        checked++;
        if (expected) held++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
    expect(held).toBeGreaterThan(300);
  }, 60_000);

  it('let the regex run where a trigger is, at the edges of the text and of its lines', () => {
    const pad = folded(filler(rng(3), 20000));
    const level = documentPatterns.find((p) => p.id === 'vn.classified.level-column')!;
    const quote = documentPatterns.find((p) => p.id === 'intl.classified.chat-stamp' && p.a.triggers?.includes('>'))!;
    const cases: [typeof level, string, boolean][] = [
      // a header row as the first line, as the last line, and after a blank line; the trigger alone does not do
      [level, 'stt,so ky hieu,do mat,trich yeu\n' + pad, true],
      [level, pad + 'stt\tdo mat\n', true],
      [level, pad + '\n\nstt | do_mat | ngay\n' + pad, true],
      [level, pad + 'the do mat of the report\n' + pad, false],
      [level, pad + 'stt,do mat', false], // no separator or line break after the column name
      // a quoted line: "> " at the very start, after the last line break, indented; ">" inside a line is no quote
      [quote, '> fyi\n' + pad, true],
      [quote, pad + '\n>', true],
      [quote, pad + '\n \t> fyi\n' + pad, true],
      [quote, pad + ' a > b\n' + pad.replace(/[>[]/g, ' '), false],
      [quote, pad + '\n[09:14] anna: ok', true],
      [quote, pad + '\n[9:14 anna: ok', false],
    ];
    for (const [p, text, expected] of cases) {
      expect(text.length).toBeGreaterThan(1 << 14);
      expect(p.re.test(text)).toBe(expected);
      expect(patternIn(p.re, p.a, text)).toBe(expected);
    }
  });

  it('answer the same from the places where the long-text automaton found their triggers (the view\'s own pass)', () => {
    // One view per text, read by the matchers as a long text is: the automaton then records where each context
    // trigger starts, and patternIn reads those places instead of searching the view for the triggers (#21).
    const matchers = new Matchers(rules);
    const pad = folded(filler(rng(17), (1 << 14) + 2000)); // (longer than a short text once its blank runs are one unit)
    const mid = pad.length >> 1;
    const ids = [...new Set(documentPatterns.map((p) => p.id))];
    const texts = ids.flatMap((id) => examplesOf.get(id)!).flatMap((e, k) => (k % 4 === 0 ? [e + '\n' + pad, pad + e] : [pad.slice(0, mid) + '\n' + e + '\n' + pad.slice(mid)]));
    // the edges of the text and of its lines, a trigger glued to a letter, none at all
    texts.push('> fyi\n' + pad, pad + '\n>', pad + ' a > b\n' + pad.replace(/[>[]/g, ' '), pad + '\n[09:14] anna: ok', 'stt,so ky hieu,do mat\n' + pad, pad.replace(/[>[]/g, ' '));
    let read = 0;
    let held = 0;
    for (const text of texts) {
      const view = buildView(text);
      matchers.find(view, () => {});
      for (const { id, re, a, on } of documentPatterns) {
        // (a context whose patterns read the text, not the folded view, is searched in it as before)
        if (!a.triggers || on !== 'folded') continue;
        const expected = re.test(view.folded);
        expect([id, re.source, patternIn(re, a, view.folded, view)]).toEqual([id, re.source, expected]);
        if (contextTriggerPlaces(view, a, view.folded)) read++;
        if (expected) held++;
      }
    }
    // (every analysis with triggers was read from the automaton's places, on every text)
    expect(read).toBe(texts.length * documentPatterns.filter((p) => p.a.triggers && p.on === 'folded').length);
    expect(held).toBeGreaterThan(100);
    // a string other than the view's folded one is searched as before
    const view = buildView(texts[0]);
    matchers.find(view, () => {});
    expect(contextTriggerPlaces(view, documentPatterns.find((p) => p.a.triggers)!.a, view.folded + ' ')).toBeUndefined();
  }, 120_000);

  it('rules read from YAML derive the same prefilters for them on first need', () => {
    const files = readdirSync('rules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    const fromYaml = files.flatMap((f) => loadRuleFile(join('rules', f)).rules.map(compileRule));
    const cached = new Map(rules.map((r) => [r.id, r]));
    let compared = 0;
    for (const r of fromYaml) {
      (r.context ?? []).forEach((c, k) => {
        if (c.scope !== 'document') return expect(c.analysis).toBeUndefined();
        expect(c.analysis).toEqual(cached.get(r.id)!.context![k].analysis);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(15);
  });

  it('(?<![^\\n]) opens a line as ^ does: one place to try per trigger line', () => {
    expect(deriveTriggerReach(String.raw`(?<![^\n])[ \t]*(?:\[\d{1,2}:\d{2}\]|>)`, 'u')).toEqual({ sameLine: true, lineStart: true, oneLine: true });
    // only that lookbehind: another one says nothing about lines
    expect(deriveTriggerReach(String.raw`(?<![^\t])[ \t]*>`, 'u')?.lineStart).toBeUndefined();
    expect(deriveTriggerReach(String.raw`(?<![^\n])[ \t]*>|x>`, 'u')?.lineStart).toBeUndefined();
  });
});

/** About 160 units: pieces of examples (30 %), literals (up to `literals`; some in capitals when `upper`) and bits. */
function splicedText(random: () => number, examples: string[], literals: string[], bits: string[], upto: number, upper: boolean): string {
  const pick = <T,>(a: T[]) => a[Math.floor(random() * a.length)];
  let text = '';
  while (text.length < 160) {
    const r = random();
    if (r < 0.3) {
      const ex = pick(examples);
      const s = Math.floor(random() * ex.length);
      text += ex.slice(s, s + 1 + Math.floor(random() * 60));
    } else if (r < upto) text += upper && random() < 0.5 ? pick(literals).toUpperCase() : pick(literals);
    else text += pick(bits);
  }
  return text;
}

/** The raw candidates the matchers give in a view, as rule@start-end in the original, sorted. */
function candidatesOf(m: Matchers, view: ReturnType<typeof buildView>): string[] {
  const out: string[] = [];
  m.find(view, (c) => out.push(`${c.rule.id}@${c.os}-${c.oe}`));
  return out.sort();
}

/** What `violations` finds in every rule example. */
function inExamples(violations: (text: string) => string[]): string[] {
  return rules.flatMap((rule) => [...rule.examples.match, ...rule.examples.noMatch].flatMap(violations));
}

/** What `violations` finds in 400 texts spliced from rule examples, `literals` and `bits` (see splicedText). */
function inSplicedTexts(seed: number, literals: string[], bits: string[], violations: (text: string) => string[]): string[] {
  const random = rng(seed);
  const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
  const bad: string[] = [];
  for (let n = 0; n < 400; n++) bad.push(...violations(splicedText(random, examples, literals, bits, 0.6, false)));
  return bad;
}

describe('required literal sets (analyze/triggers.ts requiredLiterals): a short text lacking one skips the regex', () => {
  const target = (view: ReturnType<typeof buildView>, on: Target) => (on === 'original' ? view.original : on === 'lower' ? view.text : view[on]);
  /** Patterns that match `text` although one of their required sets has no member in its folded view. */
  function violations(text: string): string[] {
    const view = buildView(text);
    const flat = view.folded.replace(/\n/g, ' ');
    const out: string[] = [];
    for (const rule of rules) {
      for (const p of rule.patterns) {
        if (!p.needs) continue;
        p.re.lastIndex = 0;
        if (!p.re.test(target(view, p.on))) continue;
        const missing = p.needs.find((set) => !set.some((l) => flat.includes(l)));
        if (missing) out.push(`${rule.id} /${p.source.slice(0, 40)}/ on ${JSON.stringify(text.slice(0, 60))}: none of ${missing.join(' | ')}`);
      }
    }
    return out;
  }

  it('are derived for many built-in patterns, beyond their triggers', () => {
    const withNeeds = rules.flatMap((r) => r.patterns).filter((p) => p.needs);
    expect(withNeeds.length).toBeGreaterThan(50);
    expect(analyzePattern(String.raw`password[ \t]*[:=][ \t]*(\S+)`, 'i', 'text').needs).toEqual([[':', '=']]);
    expect(analyzePattern(String.raw`(?:user(?:name)?:[ ]*)(\w+)@(?:gmail|seznam)\.`, 'i', 'text').needs).toEqual([['user:', 'username:']]);
    // Only what every match goes through: not from one of several alternatives, nor sets the triggers imply.
    expect(analyzePattern('a(?:bc|de)f:|xyz', '', 'text').needs).toBeUndefined();
    expect(analyzePattern('(?:sk|rk)_(?:live|test)_[a-z]{8}', '', 'text').needs).toBeUndefined();
  });

  it('hold for every match of every built-in pattern in every rule example', () => {
    expect(inExamples(violations)).toEqual([]);
  });

  it('hold on random texts spliced from examples, required literals and separators', () => {
    const literals = [...new Set(rules.flatMap((r) => r.patterns.flatMap((p) => [...(p.needs ?? []).flat(), ...(p.triggers ?? [])])))];
    const bits = [' ', '\n', '\t', ':', '=', '|', ';', ',', '/', '-', '.', '"', '@', '(', ')', '12', '2025', 'A', 'Mật', 'TAJNÉ', 'PASSWORD'];
    expect(inSplicedTexts(21, literals, bits, violations)).toEqual([]);
  });

  it('leave the findings of short texts as a full read gives them, where a trigger is present and another piece is not', () => {
    const texts = ['Attachment science to measure Berlin migration password and by!', 'Se náměstek účetnictví heslo bude úkol hodnocení;', 'Po mật khẩu kiểm tra | tài khoản\nsố liệu', 'user password: hunter2xy', 'heslo je Tajne123'];
    for (const t of texts) expect(keys(fast.scanText(t, 'x'))).toEqual(keys(full.scanText(t, 'x')));
    expect(keys(fast.scanText('user password: hunter2xy', 'x')).length).toBeGreaterThan(0);
  });
});

describe('literal sets inside a match or on its line (PatternAnalysis.inside, inLine): on a long text a hit is tried only where they are', () => {
  const target = (view: ReturnType<typeof buildView>, on: Target) => (on === 'original' ? view.original : on === 'lower' ? view.text : view[on]);
  const gated = (p: (typeof rules)[number]['patterns'][number]) => p.inside !== undefined || (p.inLine === true && p.needs !== undefined);
  /** Matches of gated patterns whose own folded units (`inside`) or line (`inLine`: its `needs`) lack a member of one of
   * the sets. */
  function violations(text: string): string[] {
    const view = buildView(text);
    const out: string[] = [];
    for (const rule of rules) {
      for (const p of rule.patterns) {
        if (!gated(p)) continue;
        const re = new RegExp(p.re.source, p.re.flags.includes('g') ? p.re.flags : p.re.flags + 'g');
        for (const m of target(view, p.on).matchAll(re)) {
          if (m[0].length === 0) continue;
          let [s, e] = [m.index!, m.index! + m[0].length];
          if (p.on === 'original') [s, e] = [viewIndexAt(view, s), viewIndexAt(view, e)];
          const f = view.folded;
          const sets = p.inLine ? p.needs! : p.inside!;
          // (the line in the folded view: every view breaks lines where the original does)
          const own = p.inLine ? f.slice(f.lastIndexOf('\n', s - 1) + 1, f.indexOf('\n', e) < 0 ? f.length : f.indexOf('\n', e)) : f.slice(s, e).replace(/\n/g, ' ');
          if (p.inLine) expect(f.slice(s, e)).not.toContain('\n');
          const missing = sets.find((set) => !set.some((l) => own.includes(l)));
          if (missing) out.push(`${rule.id} /${p.source.slice(0, 40)}/ on ${JSON.stringify(m[0].slice(0, 60))}: none of ${missing.join(' | ')}`);
        }
      }
    }
    return out;
  }

  it('inside sets are derived from what a match holds, not from what its lookarounds read', () => {
    expect(rules.flatMap((r) => r.patterns).filter((p) => p.inside).length).toBeGreaterThan(10);
    const a = analyzePattern(String.raw`password[ \t]{0,3}[:=][ \t]{0,3}(\S{1,40})`, 'i', 'text');
    expect(a.inside ?? a.needs).toEqual([[':', '=']]);
    // The quote a lookahead asks for may stand past the match, on another line: required of the text, not of the
    // match's stretch.
    const b = analyzePattern(String.raw`password[ \t]{0,3}=(?=\s*")[^\n]{1,20}`, 'i', 'text');
    expect(b.needs).toEqual([['='], ['"']]);
    expect(b.inside).toEqual([['=']]);
    expect(b.inLine).toBeUndefined();
    // Only for a pattern whose reach bounds the stretch around a hit.
    expect(analyzePattern(String.raw`password[\s\S]{0,8}[:=][ \t]*(\S+)`, 'i', 'text').inside).toBeUndefined();
  });

  it('inLine is given only where nothing read, lookarounds included, can be a line break', () => {
    expect(rules.flatMap((r) => r.patterns).filter((p) => p.inLine).length).toBeGreaterThan(50);
    expect(analyzePattern(String.raw`(?<=^[ \t]*\|)[ \t]*so[ \t]*\d+(?=[ \t]*\|)`, 'm', 'folded').inLine).toBe(true);
    expect(analyzePattern(String.raw`(?<=^[ \t]*\|)[ \t]*so[ \t]*\d+(?=\s*\|)`, 'm', 'folded').inLine).toBeUndefined();
    expect(analyzePattern(String.raw`(?<=\n\|)[ \t]*so[ \t]*\d+\|`, '', 'folded').inLine).toBeUndefined();
    expect(analyzePattern(String.raw`so[^|]{0,9}\|`, '', 'folded').inLine).toBeUndefined();
    // The original has more line terminators than the views: a "\r" a view never holds.
    expect(analyzePattern(String.raw`password[^\n]{0,9}=`, 'i', 'folded').inLine).toBe(true);
    expect(analyzePattern(String.raw`password[^\n]{0,9}=`, 'i', 'original').inLine).toBeUndefined();
  });

  it('hold for every match of every built-in pattern in every rule example', () => {
    expect(inExamples(violations)).toEqual([]);
  });

  it('hold on random texts spliced from examples, their literals, triggers and separators', () => {
    const literals = [...new Set(rules.flatMap((r) => r.patterns.flatMap((p) => [...(p.inside ?? []).flat(), ...(p.needs ?? []).flat(), ...(p.triggers ?? [])])))];
    const bits = [' ', '\n', '\r\n', '\t', ':', '=', '|', ';', ',', '/', '-', '.', '"', "'", '@', '(', ')', '<', '>', '12', 'A', 'Mật', 'PASSWORD'];
    expect(inSplicedTexts(33, literals, bits, violations)).toEqual([]);
  });

  it('are what keeps a hit from being tried: a set no text holds hides the buried examples of its pattern (mutation)', () => {
    // The must-match examples of gated patterns, each alone on a line between long prose: found as by a full read;
    // with one impossible set added to each pattern's, its example is no longer found.
    const random = rng(5);
    const withSets = rules.filter((r) => r.enabled && r.patterns.some(gated) && r.examples.match.length > 0);
    const parts: string[] = [];
    for (const rule of withSets) for (const ex of rule.examples.match) parts.push(filler(random, 1500), '\n', ex, '\n');
    const text = parts.join('');
    const view = buildView(text);
    const collect = (m: Matchers) => candidatesOf(m, view);
    const a = collect(new Matchers(withSets));
    expect(a).toEqual(collect(new Matchers(withSets, false)));
    const impossible = (sets: string[][]) => [...sets, ['\u0001']];
    const mutate = (p: (typeof rules)[number]['patterns'][number]) =>
      !gated(p) ? p : Object.create(p, p.inLine && p.needs ? { needs: { value: impossible(p.needs) } } : { inside: { value: impossible(p.inside!) } });
    const b = collect(new Matchers(withSets.map((r) => ({ ...r, patterns: r.patterns.map(mutate) }))));
    // Each rule without keywords whose every pattern is gated (and tried at its triggers, not its digits) loses all
    // its candidates.
    const all = withSets.filter((r) => r.keywords.length === 0 && r.patterns.every((p) => gated(p) && !p.digits) && a.some((k) => k.startsWith(r.id + '@')));
    expect(all.length).toBeGreaterThan(30);
    for (const r of all) expect(b.filter((k) => k.startsWith(r.id + '@'))).toEqual([]);
  }, 120_000); // three reads of ~1 MB, one without prefilters: slow on a loaded 2-core machine, not a timing test
});

describe('exact literal sets (analyze/triggers.ts exactLiterals): a short text whose string lacks one skips a case-sensitive regex', () => {
  const target = (view: ReturnType<typeof buildView>, on: Target) => (on === 'original' ? view.original : on === 'lower' ? view.text : view[on]);
  let matched = 0; // matches of patterns with exact sets looked at (the checks below are not empty)
  /** Patterns that match `text` although the string they read lacks every member of one of their exact sets. */
  function violations(text: string): string[] {
    const out: string[] = [];
    const view = buildView(text);
    for (const rule of rules) {
      for (const p of rule.patterns) {
        if (!p.exact) continue;
        const t = target(view, p.on);
        p.re.lastIndex = 0;
        if (!p.re.test(t)) continue;
        matched++;
        const missing = p.exact.find((set) => !set.some((l) => t.includes(l)));
        if (missing) out.push(`${rule.id} /${p.source.slice(0, 40)}/ on ${JSON.stringify(text.slice(0, 60))}: none of ${missing.join(' | ')}`);
      }
    }
    return out;
  }

  it('are derived as written for case-sensitive patterns, with what their positive lookarounds require', () => {
    expect(rules.flatMap((r) => r.patterns).filter((p) => p.exact).length).toBeGreaterThan(50);
    // Capitals and diacritics as written, which the folded sets cannot ask for.
    expect(analyzePattern(String.raw`^[ \t]*(?:MẬT|TỐI MẬT)(?= {3,}\S)`, 'm', 'text').exact).toEqual([['MẬT', 'TỐI MẬT']]);
    // A class's members as written; a lookbehind's and a lookahead's required pieces.
    expect(analyzePattern(String.raw`(?<=^[ \t]*\|)[ \t]*(?<m>[ĐD]ANG)(?=[ \t]*\|)`, 'm', 'text').exact).toEqual([['DANG', 'ĐANG'], ['|']]);
    expect(analyzePattern(String.raw`(?<=^[ \t]*\|)[ \t]*(?<m>MAT)`, 'm', 'text').needs).toEqual([['|']]);
    // None under `i` (case folding is not spelled out), nor from one of several alternatives or a negative lookaround.
    expect(analyzePattern('MẬT', 'i', 'text').exact).toBeUndefined();
    expect(analyzePattern('MẬT|TAJNÉ', '', 'text').exact).toBeUndefined();
    expect(analyzePattern(String.raw`(?<!\|)MAT`, '', 'text').exact).toEqual([['MAT']]);
  });

  it('hold for every match of every built-in pattern in every rule example', () => {
    const bad: string[] = [];
    matched = 0;
    for (const rule of rules) for (const ex of [...rule.examples.match, ...rule.examples.noMatch]) bad.push(...violations(ex));
    expect(bad).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('hold on random texts spliced from examples, exact literals and separators, in capitals too', () => {
    matched = 0;
    const random = rng(22);
    const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    const literals = [...new Set(rules.flatMap((r) => r.patterns.flatMap((p) => [...(p.exact ?? []).flat(), ...(p.needs ?? []).flat()])))];
    const bits = [' ', '   ', '\n', '\t', ':', '|', '│', ';', ',', '/', '-', '.', '"', '(', ')', '12', '2025', 'Số', 'MẬT', 'Mật', 'TAJNÉ', '<td>', '</td>'];
    const bad: string[] = [];
    for (let n = 0; n < 400; n++) bad.push(...violations(splicedText(random, examples, literals, bits, 0.6, n % 2 === 1)));
    expect(bad).toEqual([]);
    expect(matched).toBeGreaterThan(100);
  });

  it('leave the findings of short texts as a full read gives them', () => {
    const texts = ['Của mật khẩu quốc phòng đã báo cáo', 'MẬT\n\nSố: 12/BC-UBND', '| Độ mật | MẬT |\n| --- | --- |', 'TỐI MẬT      Số 15/QĐ', 'mật khẩu: Hunter2xyz'];
    for (const t of texts) expect(keys(fast.scanText(t, 'x'))).toEqual(keys(full.scanText(t, 'x')));
    expect(keys(fast.scanText('| Độ mật | MẬT |\n| --- | --- |', 'x')).length).toBeGreaterThan(0);
  });
});

describe('alternatives a short text cannot match are left out of the regex it compiles (rules/regex.ts prunedSource)', () => {
  const target = (view: ReturnType<typeof buildView>, on: Target) => (on === 'original' ? view.original : on === 'lower' ? view.text : view[on]);
  const pruning = rules.flatMap((r) => r.patterns.map((p) => {
    const flags = p.re.flags.replace(/[gdyu]/g, '');
    const groups = analyzePattern(p.source, flags, p.on).prune;
    return { rule: r.id, p, groups: typeof groups === 'string' ? undefined : groups };
  })).filter((x) => x.groups);
  const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.indices ?? null)}`);

  const made = new Map<string, RegExp>(); // (many texts leave the same alternatives out)
  /** Patterns whose pruned form finds other matches than the whole pattern on `text`; and how many were pruned. */
  function differences(text: string): { bad: string[]; pruned: number } {
    const view = buildView(text);
    const flat = view.folded.replace(/\n/g, ' ');
    const bad: string[] = [];
    let pruned = 0;
    for (const { rule, p, groups } of pruning) {
      const cut = prunedSource(p.source, groups!, flat);
      if (!cut) continue;
      pruned++;
      const t = target(view, p.on);
      const key = `${p.re.flags}/${cut.source}`;
      let re = made.get(key);
      if (!re) made.set(key, (re = new RegExp(cut.source, p.re.flags)));
      if (all(re, t).join() !== all(p.re, t).join()) bad.push(`${rule} /${p.source.slice(0, 40)}/ on ${JSON.stringify(text.slice(0, 60))}`);
    }
    return { bad, pruned };
  }

  it('are found in the vocabulary groups of many built-in patterns', () => {
    expect(pruning.length).toBeGreaterThan(40);
    const g = analyzePattern('(?:mật khẩu|heslo|password)[ \\t]*[:=](?<v>\\S+)', 'i', 'text').prune as (number | string[])[][];
    expect(g).toEqual([[3, 11, ['mat khau'], 12, 17, 1, 18, 26, 1]]);
    expect(prunedSource('(?:mật khẩu|heslo|password)[ \\t]*[:=](?<v>\\S+)', g, 'the heslo: abc')?.source).toBe('(?:heslo)[ \\t]*[:=](?<v>\\S+)');
    expect(prunedSource('(?:mật khẩu|heslo|password)x', g, 'nothing here')?.source).toBe('(?:(?!))x');
    expect(prunedSource('(?:mật khẩu|heslo|password)x', g, 'mat khau heslo password')).toBeUndefined();
  });

  it('give the same matches as the whole pattern on every rule example', () => {
    const bad: string[] = [];
    let pruned = 0;
    for (const rule of rules) for (const ex of [...rule.examples.match, ...rule.examples.noMatch]) {
      const d = differences(ex);
      bad.push(...d.bad);
      pruned += d.pruned;
    }
    expect(bad).toEqual([]);
    expect(pruned).toBeGreaterThan(1000); // not vacuous: most examples leave some alternatives out
  }, 180_000);

  it('give the same matches on random texts spliced from examples and the groups\' own literals', () => {
    const random = rng(33);
    const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    const literals = [...new Set(pruning.flatMap(({ p, groups }) => groups!.flatMap((g) => g.flatMap((h, k) => (k % 3 === 2 ? (h === 1 ? [p.source.slice(g[k - 2] as number, g[k - 1] as number)] : Array.isArray(h) ? h : []) : [])))))];
    const bits = [' ', '\n', '\t', ':', '=', '|', ';', ',', '/', '-', '.', '"', '(', ')', '12', '2025', 'Mật', 'TỐI MẬT', 'Heslo'];
    const bad: string[] = [];
    for (let n = 0; n < 200; n++) {
      const text = splicedText(random, examples, literals, bits, 0.65, true);
      bad.push(...differences(text).bad);
    }
    expect(bad).toEqual([]);
  }, 180_000);

  it('and a process\'s first short texts give the findings of a full read (fresh engines: the pruned forms are for cold texts)', () => {
    const random = rng(5);
    const examples = rules.flatMap((r) => r.examples.match);
    for (let n = 0; n < 12; n++) {
      const text = Array.from({ length: 6 }, () => examples[Math.floor(random() * examples.length)]).join('\n');
      expect(keys(new Engine(rules).scanText(text, 'x'))).toEqual(keys(full.scanText(text, 'x')));
    }
  });
});

describe('context gates (rules/compile.ts contextGates): a window without a required literal runs no context pattern', () => {
  // As the build derives them for the rule cache (rules/builtin-cache.ts); the rules loaded here come from the YAML.
  // Patterns on the text (case kept) too: their gates are asked of the folded region as well.
  const gated = rules
    .flatMap((r) => (r.context ?? []).filter((c) => c.scope !== 'document' && c.anyOfPatterns.length + c.noneOfPatterns.length > 0))
    .map((c) => ({ ...c, gates: contextGates({ patternsOn: c.patternsOn, anyOfPatterns: c.anyOfPatterns.map((r) => r.source), noneOfPatterns: c.noneOfPatterns.map((r) => r.source) }) }));
  const literals = [...new Set(gated.flatMap((c) => [...c.gates.anyOf, ...c.gates.noneOf].flatMap((s) => (s ?? []).flat())))];
  /** Context patterns that match `text`'s folded view although one of their gate sets has no member in it. */
  function violations(text: string): string[] {
    const view = buildView(text);
    const folded = view.folded;
    const flat = folded.replace(/\n/g, ' ');
    const bad: string[] = [];
    for (const c of gated) {
      const read = c.patternsOn === 'text' ? view.text : folded;
      const pairs: [RegExp[], (string[][] | null)[]][] = [[c.anyOfPatterns, c.gates.anyOf], [c.noneOfPatterns, c.gates.noneOf]];
      for (const [list, sets] of pairs)
        list.forEach((re, k) => {
          const need = sets[k];
          if (need && re.test(read) && !need.every((set) => set.some((t) => flat.includes(t)))) bad.push(`${re.source.slice(0, 60)} in ${JSON.stringify(text.slice(0, 40))}`);
        });
    }
    return bad;
  }
  it('are derived for the built-in window contexts, on the folded text and on the text', () => {
    expect(gated.length).toBeGreaterThan(40);
    expect(gated.filter((c) => c.patternsOn === 'text' && [...c.gates.anyOf, ...c.gates.noneOf].some((s) => s !== null)).length).toBeGreaterThan(0);
    expect(literals.length).toBeGreaterThan(50);
  });
  it('hold on every rule example and on 400 texts spliced from examples and the gates’ literals', () => {
    expect(inExamples(violations)).toEqual([]);
    expect(inSplicedTexts(29, literals, [], violations)).toEqual([]);
  });
  it('catch a gate that asks for a literal the matches do not hold (mutation)', () => {
    const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    let mutated = 0;
    for (const c of gated)
      c.noneOfPatterns.forEach((re, k) => {
        const hit = c.gates.noneOf[k] && examples.find((t) => re.test(buildView(t).folded));
        if (!hit || mutated >= 5) return;
        const saved = c.gates.noneOf[k];
        c.gates.noneOf[k] = [['\u0000never']];
        try {
          expect(violations(hit).length).toBeGreaterThan(0);
          mutated++;
        } finally {
          c.gates.noneOf[k] = saved;
        }
      });
    expect(mutated).toBe(5);
  });
});

describe('exception gates (rules/compile.ts exceptionGates): a value without a required literal runs no exception pattern', () => {
  // As the build derives them for the rule cache (rules/builtin-cache.ts); the rules loaded here come from the YAML.
  const gated = rules.filter((r) => r.exceptionPatterns.length > 0).map((r) => ({ id: r.id, patterns: r.exceptionPatterns, gates: exceptionGates(r.exceptionPatterns.map((re) => re.source)) }));
  const literals = [...new Set(gated.flatMap((r) => r.gates.flatMap((s) => (s ?? []).flat())))];
  /** Exception patterns that match a piece of `text` (all of it, a line, a run without spaces: a value is a slice of
   * the text) although one of their gate sets has no member in the piece's folded form. */
  function violations(text: string): string[] {
    const pieces = new Set([text, ...text.split('\n'), ...text.split(/[ \t\n]+/)].filter((t) => t.length > 0));
    const bad: string[] = [];
    for (const piece of pieces) {
      const view = buildView(piece);
      const flat = view.folded.replace(/\n/g, ' ');
      for (const r of gated)
        r.patterns.forEach((re, k) => {
          const need = r.gates[k];
          if (need && re.test(view.text) && !need.every((set) => set.some((t) => flat.includes(t)))) bad.push(`${r.id}: ${re.source.slice(0, 60)} in ${JSON.stringify(piece.slice(0, 40))}`);
        });
    }
    return bad;
  }
  it('are derived for most built-in exception patterns', () => {
    expect(gated.length).toBeGreaterThan(20);
    expect(gated.flatMap((r) => r.gates).filter((s) => s !== null).length).toBeGreaterThan(40);
  });
  it('hold on every rule example and on 400 texts spliced from examples and the gates’ literals', () => {
    expect(inExamples(violations)).toEqual([]);
    expect(inSplicedTexts(31, literals, ['@', '.', '-', '_', '@example.com', 'info@', 'noreply@', 'jane.doe@example.org'], violations)).toEqual([]);
  }, 180_000);
  it('catch a gate that asks for a literal the matches do not hold (mutation)', () => {
    const examples = [...new Set(rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]).flatMap((t) => t.split(/[ \t\n]+/)))];
    let mutated = 0;
    for (const r of gated)
      r.patterns.forEach((re, k) => {
        const hit = r.gates[k] && mutated < 3 && examples.find((t) => re.test(t));
        if (!hit || mutated >= 3) return;
        const saved = r.gates[k];
        r.gates[k] = [['\u0000never']];
        try {
          expect(violations(hit).length).toBeGreaterThan(0);
          mutated++;
        } finally {
          r.gates[k] = saved;
        }
      });
    expect(mutated).toBe(3);
  }, 60_000);
  it('leave a value that matches one of them to it (the e-mail rule\'s role mailbox, on a cold engine)', () => {
    // The rules here come from the YAML: the gates as the build adds them to the cache.
    const email = rules.find((r) => r.id === 'intl.contact.email')!;
    expect(email.exceptionPatterns.length).toBeGreaterThan(5);
    const saved = email.exceptionGates;
    email.exceptionGates = exceptionGates(email.exceptionPatterns.map((re) => re.source));
    try {
      const found = (t: string) => new Engine(rules).scanText(t, 'x').filter((f) => f.ruleId === 'intl.contact.email').length;
      expect(found('Write to nguyen.van.lam@mailhost.vn today.')).toBe(1);
      expect(found('Write to info@mailhost.vn today.')).toBe(0);
      expect(found('Write to vanthu@mailhost.vn today.')).toBe(0);
      expect(found('Write to jane.doe@example.com today.')).toBe(0);
    } finally {
      email.exceptionGates = saved;
    }
  });
});

describe('literal sets before the trigger (PatternAnalysis.before) and the long-text gates on short texts', () => {
  const withBefore = rules.flatMap((r) => r.patterns.filter((p) => p.before).map((p) => ({ id: r.id, p })));
  /** Matches of patterns with `before` sets in none of whose trigger hits the stretch from the match's start to the hit
   * holds a member of each set (as written, in the string the pattern reads). */
  function violations(text: string): string[] {
    const view = buildView(text);
    const flat = view.folded.replace(/\n/g, ' ');
    const strings = { original: view.original, lower: view.text, text: view.text, folded: view.folded };
    return withBefore.flatMap(({ id, p }) =>
      [...strings[p.on].matchAll(new RegExp(p.re.source, p.re.flags.replace('g', '') + 'g'))].flatMap((m) => {
        const [s, e] = [m.index!, m.index! + m[0].length];
        const [vs, ve] = p.on === 'original' ? [viewIndexAt(view, s), viewIndexAt(view, e)] : [s, e];
        // Some hit of a trigger within the match with each set between the match's start and it.
        const hits: number[] = [];
        for (const trig of p.triggers!) for (let at = flat.indexOf(trig, vs); at >= 0 && at < ve; at = flat.indexOf(trig, at + 1)) hits.push(at);
        const ok = e === s || hits.some((at) => p.before!.every((set) => set.some((l) => strings[p.on].slice(s, p.on === 'original' ? view.start[at] : at).includes(l))));
        return ok ? [] : [`${id} /${p.source.slice(0, 40)}/ on ${JSON.stringify(m[0].slice(0, 60))}`];
      }),
    );
  }

  it('are derived from what stands before the trigger, caseless and as written (a tab too), not from lookarounds', () => {
    expect(withBefore.length).toBeGreaterThan(30);
    expect(analyzePattern(String.raw`^[^\n]{0,40}[\t|;,][ \t]*password[ \t]*(\S+)`, 'im', 'text').before).toEqual([['\t', ',', ';', '|']]);
    // (On the original, "\r" and U+2028 break lines too: `[^\n]` may hold one, so the separator may be on another line.)
    expect(analyzePattern(String.raw`^[^\n]{0,40}[\t|;,][ \t]*password[ \t]*(\S+)`, 'im', 'original').before).toBeUndefined();
    // Not what a lookbehind reads (before the match, maybe on another line), nor a literal with a letter (case).
    expect(analyzePattern(String.raw`(?<=\|[ \t]*)[:=][ \t]*password=(\S+)`, 'i', 'text').before).toEqual([[':', '=']]);
    expect(analyzePattern(String.raw`(?<=\|[ \t]*)a:[ \t]*password=(\S+)`, 'i', 'text').before).toBeUndefined();
    // Only where nothing before the trigger can be a line break, and for a pattern of one alternative.
    expect(analyzePattern(String.raw`[|;][\s\S]{0,9}password=(\S+)`, 'i', 'text').before).toBeUndefined();
    expect(analyzePattern(String.raw`[|;] ?password=(\S+)|x`, 'i', 'text').before).toBeUndefined();
  });

  it('hold for every match of every built-in pattern in every rule example', () => {
    expect(inExamples(violations)).toEqual([]);
  });

  it('hold on random texts spliced from examples, their literals, triggers and separators', () => {
    const literals = [...new Set(withBefore.flatMap(({ p }) => [...p.before!.flat(), ...(p.triggers ?? [])]))];
    const bits = [' ', '\n', '\r\n', '\t', ':', '=', '|', ';', ',', '/', '-', '.', '"', "'", '(', ')', '[', ']', '<', '>', '12', 'A', 'Mật', 'PASSWORD'];
    expect(inSplicedTexts(41, literals, bits, violations)).toEqual([]);
  });

  const withAfter = rules.flatMap((r) => r.patterns.filter((p) => p.after).map((p) => ({ id: r.id, p })));
  /** Matches of patterns with `after` sets in none of whose trigger hits the stretch from the hit to its line's end
   * holds a member of each set (folded, in the folded view). */
  function afterViolations(text: string): string[] {
    const view = buildView(text);
    const flat = view.folded.replace(/\n/g, ' ');
    const strings = { original: view.original, lower: view.text, text: view.text, folded: view.folded };
    return withAfter.flatMap(({ id, p }) =>
      [...strings[p.on].matchAll(new RegExp(p.re.source, p.re.flags.replace('g', '') + 'g'))].flatMap((m) => {
        const [s, e] = [m.index!, m.index! + m[0].length];
        const hits: number[] = [];
        for (const trig of p.triggers!) for (let at = flat.indexOf(trig, s); at >= 0 && at < e; at = flat.indexOf(trig, at + 1)) hits.push(at);
        const lineEnd = (h: number) => (view.folded.indexOf('\n', h) + 1 || view.folded.length + 1) - 1;
        const ok = e === s || hits.some((h) => p.after!.every((set) => set.some((l) => flat.slice(h, lineEnd(h)).includes(l))));
        return ok ? [] : [`${id} /${p.source.slice(0, 40)}/ on ${JSON.stringify(m[0].slice(0, 60))}`];
      }),
    );
  }

  it('after the trigger: derived from what follows its element, one set of each alternative of a group joined, not from lookarounds', () => {
    expect(withAfter.length).toBeGreaterThan(100);
    // The assignment after a password's name: ":" and "=" too short to be triggers, but a set all the same.
    expect(analyzePattern(String.raw`password[ \t]{0,3}(?::{1,3}=|[.?+]=|=>|=(?!=)|:)[ \t]{0,3}[a-z]`, 'i', 'text').after).toEqual([['+=', '.=', ':', ':=', '=', '=>', '?=']]);
    expect(analyzePattern(String.raw`mat khau[ \t]*(?:[:=]|(?<![a-z])(?:la|doi[ \t]+thanh))[ \t]*[a-z]`, 'i', 'folded').after).toEqual([[':', '=', 'la', 'thanh']]);
    expect(analyzePattern(String.raw`password[ \t]*:[ \t]*[a-z]+`, 'i', 'text').after).toEqual([[':']]);
    // Not what a lookahead reads, not when a match may hold a line break, not on the original, not for two alternatives.
    expect(analyzePattern(String.raw`password(?=[^\n]{0,9}:)[ \t]*[a-z]+`, 'i', 'text').after).toBeUndefined();
    expect(analyzePattern(String.raw`password\s*:\s*[a-z]+`, 'i', 'text').after).toBeUndefined();
    expect(analyzePattern(String.raw`password[ \t]*:[ \t]*[a-z]+`, 'i', 'original').after).toBeUndefined();
    expect(analyzePattern(String.raw`password[ \t]*:[ \t]*[a-z]+|x`, 'i', 'text').after).toBeUndefined();
    // An alternative that requires nothing leaves the group without a set.
    expect(analyzePattern(String.raw`password[ \t]*(?::|[ \t])[ \t]*[0-9]{4}`, 'i', 'text').after).toBeUndefined();
  });

  it('after the trigger: hold for every match of every built-in pattern in every rule example, and in spliced texts', () => {
    expect(inExamples(afterViolations)).toEqual([]);
    const literals = [...new Set(withAfter.flatMap(({ p }) => [...p.after!.flat(), ...(p.triggers ?? [])]))];
    const bits = [' ', '\n', '\r\n', '\t', ':', '=', '|', ';', ',', '/', '-', '.', '"', "'", '(', ')', '12', 'A', 'là', 'PASSWORD', 'Heslo'];
    expect(inSplicedTexts(43, literals, bits, afterViolations)).toEqual([]);
  }, 180_000);

  // A process's first short texts are read by every woken regex in full (Matchers.find): read each text as the first.
  const cold = (m: Matchers, view: ReturnType<typeof buildView>) => {
    (m as unknown as { shortTexts: number }).shortTexts = 0;
    return candidatesOf(m, view);
  };
  const gated = (p: (typeof rules)[number]['patterns'][number]) => p.reach !== undefined && (p.before !== undefined || p.after !== undefined || p.inside !== undefined || (p.inLine === true && p.needs !== undefined));

  it('a short text gives the candidates of a full read: each example alone and buried in prose, and spliced texts', () => {
    const random = rng(13);
    const fastM = new Matchers(rules.filter((r) => r.enabled));
    const fullM = new Matchers(rules.filter((r) => r.enabled), false);
    const texts: string[] = [];
    for (const rule of rules) if (rule.enabled && rule.patterns.some(gated)) for (const ex of [...rule.examples.match, ...rule.examples.noMatch]) texts.push(ex, filler(random, 250) + ex + '\n' + filler(random, 250));
    const examples = rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]);
    const literals = [...new Set(rules.flatMap((r) => r.patterns.flatMap((p) => [...(p.before ?? []).flat(), ...(p.after ?? []).flat(), ...(p.inside ?? []).flat(), ...(p.triggers ?? [])])))];
    for (let n = 0; n < 150; n++) texts.push(splicedText(random, examples, literals, ['\n', '\t', ' ', '|', ';', ',', ':', '(', '['], 0.6, false));
    const differ: string[] = [];
    let found = 0;
    for (const t of texts) {
      const view = buildView(t);
      const a = cold(fastM, view);
      found += a.length;
      if (a.join() !== cold(fullM, view).join()) differ.push(t.slice(0, 80));
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(texts.length / 2);
  }, 300_000); // ~2,000 texts read twice, once without prefilters: slow on a loaded 2-core machine, not a timing test

  it('are what keeps a cold short text from compiling a pattern: a set no text holds hides its examples (mutation)', () => {
    const random = rng(17);
    const own = rules.filter((r) => r.enabled && r.keywords.length === 0 && r.patterns.length > 0 && r.patterns.every((p) => p.before && !p.digits) && r.examples.match.length > 0);
    expect(own.length).toBeGreaterThan(5);
    const impossible = (p: (typeof rules)[number]['patterns'][number]) => Object.create(p, { before: { value: [...p.before!, ['\u0001']] } });
    const fastM = new Matchers(own);
    const mutated = new Matchers(own.map((r) => ({ ...r, patterns: r.patterns.map(impossible) })));
    let before = 0;
    for (const r of own) {
      for (const ex of r.examples.match) {
        const view = buildView(filler(random, 300) + ex + '\n');
        before += cold(fastM, view).filter((k) => k.startsWith(r.id + '@')).length;
        expect(cold(mutated, view).filter((k) => k.startsWith(r.id + '@'))).toEqual([]);
      }
    }
    expect(before).toBeGreaterThan(5);
  });
});

describe('fences (PatternAnalysis.fenced): a digit pattern is tried only where no start unit stands between a place and the next digit', () => {
  const fencedOf = (re: string, flags = 'iu') => analyzePattern(re, flags, 'folded').fenced === true;
  it('are derived from every path up to the first digit, and not where a path may pass a start unit or end without a digit', () => {
    expect(fencedOf(String.raw`(?:^|\n|[;,|])[ "]{0,3}\p{L}[\p{L}.]{1,25}(?: [\p{L}.]{1,25}){0,2} \d{1,5},? \d{3} ?\d{2}`)).toBe(true);
    expect(fencedOf(String.raw`(?:^|[;,])[a-z ,]{0,20}\d{6}`)).toBe(false); // a comma may stand before the digits
    expect(fencedOf(String.raw`(?:^|[;,])[a-z ]{0,20}(?:\d{6}|x)`)).toBe(false); // a match without a digit
    expect(fencedOf(String.raw`[;,][a-z ]{0,20}(?:\d{6}|[a-z,]\d{6})`)).toBe(false); // a comma on another path
    expect(fencedOf(String.raw`[;,][a-z ]{0,20}\d{6}[;,]\d`)).toBe(true); // after the first digit anything
    const cz = rules.find((r) => r.id === 'cz.contact.home-address-table')!;
    expect(cz.patterns[0].fenced).toBe(true);
  });

  it('hold for every match of every fenced built-in pattern in every rule example', () => {
    const bad: string[] = [];
    let seen = 0;
    for (const r of rules) {
      for (const p of r.patterns) {
        if (!p.fenced) continue;
        const starts = new Set(p.starts!.ascii);
        const g = new RegExp(p.re.source, p.re.flags.replace('g', '') + 'g');
        for (const ex of rules.flatMap((x) => x.examples.match)) {
          const t = p.on === 'original' ? ex : p.on === 'text' ? buildView(ex).text : buildView(ex).folded;
          for (const m of t.matchAll(g)) {
            if (m[0].length === 0) continue;
            seen++;
            const d = m[0].search(/[0-9]/);
            if (d < 0 || [...m[0].slice(1, d)].some((c) => starts.has(c) && !/[0-9]/.test(c))) bad.push(`${r.id}: ${m[0].length} units`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
    expect(seen).toBeGreaterThan(100);
  });

  it('leave a long text\'s findings as a full read gives them: the home-address table buried in prose with commas', () => {
    const cz = rules.find((r) => r.id === 'cz.contact.home-address-table')!;
    const random = rng(29);
    for (const ex of cz.examples.match) {
      // prose with borders and digits all around the rows, and a row after a line of commas and numbers
      const text = filler(random, 30_000) + '\n' + ex + '\n, 12, a;b|c 602 00 x\n' + ex.replace(/\n/g, ',\n') + '\n' + filler(random, 30_000);
      const a = fast.scanText(text, 't');
      expect(keys(a)).toEqual(keys(full.scanText(text, 't')));
      expect(a.some((f) => f.ruleId === cz.id)).toBe(true);
    }
  }, 120_000);
});

describe('openings (PatternAnalysis.opening): a pattern without trigger or digit group is tried where the kernel marks its first units', () => {
  const enabled = rules.filter((r) => r.enabled);
  const opened = enabled.flatMap((r) => r.patterns.map((p, k) => ({ id: `${r.id}#${k}`, p, rule: r }))).filter((x) => x.p.opening);
  /** Whether unit `u` is in a class of an opening (analyze/opening.ts: ranges of units 0–255 in four hex digits, "+":
   * units above 255). */
  const has = (cls: string, u: number) => {
    if (u > 255) return cls.endsWith('+');
    for (let k = 0; k + 4 <= cls.length; k += 4) if (u >= parseInt(cls.slice(k, k + 2), 16) && u <= parseInt(cls.slice(k + 2, k + 4), 16)) return true;
    return false;
  };
  const fits = (o: NonNullable<(typeof opened)[number]['p']['opening']>, s: string, at: number) =>
    (at === 0 || o.behind === undefined || !has(o.behind, s.charCodeAt(at - 1))) && o.units.every((c, q) => at + q < s.length && has(c, s.charCodeAt(at + q)));

  it('are derived for the IBAN forms, the MRZ, a Discord token, the driving-licence table and the US MBI', () => {
    const ids = opened.map((x) => x.id);
    for (const id of ['intl.financial.iban#0', 'intl.financial.iban#1', 'intl.financial.iban#2', 'intl.national-id.mrz#2', 'intl.credential.discord-bot-token#0', 'intl.national-id.driver-licence-table#0', 'intl.national-id.us-mbi#0']) expect(ids).toContain(id);
    // None where a match may be shorter than one unit of an opening, nor past a back-reference.
    expect(analyzePattern('(?<![a-z])x?', '', 'text').opening).toBeUndefined();
    expect(analyzePattern('(a)\\1b', '', 'text').opening?.units.length).toBe(1);
    const iban = analyzePattern('(?<![A-Za-z0-9])[A-Z]{2} ?\\d{2}', '', 'text').opening!;
    expect(iban.units.length).toBe(4);
    expect(['AB12', 'AB 1'].map((s) => fits(iban, s, 0))).toEqual([true, true]);
    expect(['xAB12', 'A B1', 'AB1x'].map((s) => fits(iban, s, s.length === 5 ? 1 : 0))).toEqual([false, false, false]);
  });

  it('every match of an opened pattern in every rule example starts where its opening fits', () => {
    const bad: string[] = [];
    for (const { id, p, rule } of opened) {
      for (const ex of [...rule.examples.match, ...rule.examples.noMatch, ...enabled.flatMap((r) => r.examples.match)]) {
        const s = buildView(ex).text;
        p.re.lastIndex = 0;
        for (const m of s.matchAll(p.re)) if (m[0].length > 0 && !fits(p.opening!, s, m.index!)) bad.push(`${id} at ${m.index}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('give the candidates of a full read on soups of capitals, digits and separators (WebAssembly and TypeScript kernels)', () => {
    const random = rng(5);
    const pick = (s: string) => s[Math.floor(random() * s.length)];
    const run = (chars: string, n: number) => Array.from({ length: n }, () => pick(chars)).join('');
    const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const AN = UP + '0123456789';
    const pieces = [
      () => run(UP, 2) + (random() < 0.5 ? ' ' : '') + run('0123456789', 2) + Array.from({ length: 1 + Math.floor(random() * 7) }, () => (random() < 0.5 ? ' ' : '') + run(AN, 4)).join('') + (random() < 0.3 ? ' ' + run(AN, 1 + Math.floor(random() * 3)) : ''),
      () => (run(UP, 2) + run('0123456789', 2) + run(AN.toLowerCase(), 8 + Math.floor(random() * 20))).toLowerCase(),
      () => pick('ACI') + run(UP + '<', 4) + run(AN + '<', 25 + Math.floor(random() * 3)),
      () => pick('MNO') + run(AN + 'abc_-', 23 + Math.floor(random() * 3)) + '.' + run(AN + '_-', 6) + '.' + run(AN + 'xyz_-', 27 + Math.floor(random() * 12)),
      () => pick(UP) + run('0123456789', 4 + Math.floor(random() * 10)),
      () => pick('123456789') + pick('ACDEFGHJK') + run(AN, 1) + run('0123456789', 1) + (random() < 0.5 ? '-' : '') + pick('ACDEFGHJK') + run(AN, 1) + pick('0123456789') + (random() < 0.5 ? '-' : '') + run('ACDEFGHJK', 2) + run('0123456789', 2),
      () => run(AN + 'abz', 1 + Math.floor(random() * 6)),
      // (Units that fold to one byte, else the window has no marks: see buildView.)
      () => pick(['é', 'ž', 'Ř', 'ấ', 'đ', 'ơ', '<', '_', '.', '-', '+', '/', 'ＡＢ', '\u00a0']),
    ];
    const SEPS = [' ', ' ', '\n', '. ', ', ', '-', '/', '', '\t', ' | '];
    let text = '';
    while (text.length < 60_000) {
      text += pieces[Math.floor(random() * pieces.length)]() + SEPS[Math.floor(random() * SEPS.length)];
      if (random() < 0.1) text += 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. ';
    }
    const collect = (m: Matchers, view: ReturnType<typeof buildView>) => {
      const out: string[] = [];
      m.find(view, (c) => out.push(`${c.rule.id}@${c.vs}-${c.ve}`));
      return out.sort();
    };
    const whole = collect(new Matchers(enabled, false), buildView(text));
    const ids = new Set(opened.map((x) => x.rule.id));
    expect(whole.filter((k) => ids.has(k.split('@')[0])).length).toBeGreaterThan(50);
    for (const wasm of [true, false]) {
      useWasm(wasm);
      try {
        const m = new Matchers(enabled);
        const scratch = new Scratch(1 << 17);
        const view = buildView(text, scratch, m.longTextAutomaton(), true);
        expect(view.opens).toBeDefined();
        expect(view.opens!.length).toBeGreaterThan(100);
        expect(collect(m, view)).toEqual(whole);
      } finally {
        useWasm(true);
      }
    }
  });
});
