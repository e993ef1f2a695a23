import { describe, expect, it } from 'vitest';
import { mask } from '../src/report/mask.js';

// What a person sees of a finding: enough to recognise it, never the value.
const cases: [value: string, masked: string][] = [
  ['TỐI MẬT', 'T** M**'],
  ['TỐI MẬT'.normalize('NFD'), 'T** M**'],
  ['001088322219', '0***********'],
  ['0 0 1 0 8 8 3 2 2 2 1 9', '* * * * * * * * * * * *'],
  ['M.Ậ.T', '*.*.*'],
  ['0\u200b0\u200b1\u200b0\u200b8\u200b8', '0*****'],
  ['AKIA2E0A8F3B244C9986', 'A*******************'],
  ['an.nguyen@gmail.com', 'a*.n*****@g****.c**'],
  ['4539 1488 0343 6467', '4*** 1*** 0*** 6***'],
];

describe('mask', () => {
  for (const [value, masked] of cases) {
    it(`${JSON.stringify(value)} → ${masked}`, () => {
      expect(mask(value)).toBe(masked);
      const digitsShown = mask(value).replace(/[^\p{L}\p{N}]/gu, '');
      expect(digitsShown.length).toBeLessThan([...value.replace(/[^\p{L}\p{N}]/gu, '')].length);
    });
  }

  it('shortens long excerpts', () => {
    expect(mask('x'.repeat(500)).length).toBe(60);
  });
});
