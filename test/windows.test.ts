import { describe, expect, it } from 'vitest';
import { OVERLAP, WINDOW } from '../src/engine/engine.js';
import { engineFrom, spans } from './helpers/rules.js';

// Large texts are matched window by window; these cases pin the seams.
const engine = engineFrom(`
rules:
  - id: t.card
    title: card
    rationale: r
    category: financial
    patterns: ['(?<![\\p{N}])(?:\\d[ -]?){12,18}\\d(?![\\p{N}])']
    validators: [luhn]
  - id: t.stamp
    title: stamp
    rationale: r
    category: classified-marking
    keywords: {terms: [tối mật], case: upper}
    layout: {standalone: true, lastLines: 1}
`);

const card = '4539 1488 0343 6467';
const filler = (n: number) => 'lorem ipsum dolor sit amet, '.repeat(Math.ceil(n / 28)).slice(0, n);

describe('windowed matching of large texts', () => {
  for (const shift of [-10, -5, 0, 3, 9, 18, 19, 25]) {
    it(`finds a card number straddling a window seam exactly once (offset ${shift})`, () => {
      const at = WINDOW + shift;
      const text = filler(at) + card + filler(50);
      const found = engine.scanText(text, 'big');
      expect(spans(text, found)).toEqual([card]);
      expect(found[0].start).toBe(at);
    });
  }

  it('finds matches in every window of a multi-window text, once each', () => {
    const parts: string[] = [];
    for (let k = 0; k < 6; k++) parts.push(filler(WINDOW / 2 - 40), ' ', card, '\n');
    const text = parts.join('');
    expect(engine.scanText(text, 'big')).toHaveLength(6);
  });

  it('keeps document-level layout (last line) across windows', () => {
    const text = filler(WINDOW * 2 + OVERLAP) + '\nTỐI MẬT\n';
    const found = engine.scanText(text, 'big');
    expect(found.map((f) => f.ruleId)).toEqual(['t.stamp']);
    expect(found[0].line).toBe(2);
  });
});
