import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildView } from '../src/normalize/view.js';
import { engineFrom, spans } from './helpers/rules.js';

const engine = engineFrom(`
rules:
  - id: t.stamp
    title: stamp
    rationale: r
    category: classified-marking
    keywords: {terms: [tối mật], case: upper}
    layout: {standalone: true}
  - id: t.card
    title: card
    rationale: r
    category: financial
    patterns: ['(?<![\\p{N}])(?:\\d[ -]?){12,18}\\d(?![\\p{N}])']
    validators: [luhn]
`);

// Filler that cannot itself match: lower-case words, emoji, CR/LF variants, NFD Vietnamese, tabs.
const filler = fc.array(
  fc.constantFrom('báo cáo', 'ghi chú', '😀', '\t', ' ', 'x', 'Hà Nội'.normalize('NFD'), 'ệ', '—', '…', 'A'),
  { maxLength: 8 },
).map((a) => a.join(' '));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
const stamp = fc.constantFrom('TỐI MẬT', 'TỐI MẬT'.normalize('NFD'), 'TOI MAT', 'TỐI\u200bMẬT'.replace('\u200b', '\u200b '), 'ＴＯＩ ＭＡＴ', 'TỐI  MẬT');

describe('offset map', () => {
  it('every view unit maps to a non-empty, ordered original range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const v = buildView(s);
        expect(v.text.length).toBe(v.start.length);
        expect(v.folded.length).toBe(v.text.length);
        for (let i = 0; i < v.start.length; i++) {
          expect(v.start[i]).toBeLessThan(v.end[i]);
          expect(v.end[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(v.start[i]).toBeGreaterThanOrEqual(v.start[i - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a planted stamp is found at exactly its original characters, whatever surrounds it', () => {
    fc.assert(
      fc.property(filler, lineBreak, stamp, filler, (before, br, planted, after) => {
        const text = `${before}${br}${planted}${br}${after}`;
        const found = engine.scanText(text, 't').filter((f) => f.ruleId === 't.stamp');
        expect(spans(text, found)).toEqual([planted]);
        const lineOf = text.slice(0, found[0].start).split(/\r\n|\r|\n/).length;
        expect(found[0].line).toBe(lineOf);
      }),
      { numRuns: 300 },
    );
  });

  it('a planted card number is found at exactly its original characters', () => {
    fc.assert(
      fc.property(filler, fc.constantFrom('4539 1488 0343 6467', '4539148803436467', '5500-0000-0000-0004'), filler, (a, card, b) => {
        const text = `${a} thẻ ${card} ${b}`;
        const found = engine.scanText(text, 't').filter((f) => f.ruleId === 't.card');
        expect(spans(text, found)).toEqual([card]);
      }),
      { numRuns: 200 },
    );
  });
});
