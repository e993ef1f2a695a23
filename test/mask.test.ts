import { describe, expect, it } from 'vitest';
import { mask } from '../src/util/mask.js';

// What a person sees of a finding: enough to recognise it, never the value.
const cases: [value: string, masked: string][] = [
  ['TỐI MẬT', 'T** M**'],
  ['TỐI MẬT'.normalize('NFD'), 'T** M**'],
  ['001088322219', '0***********'],
  ['0 0 1 0 8 8 3 2 2 2 1 9', '* * * * * * * * * * * *'],
  ['M.Ậ.T', '*.*.*'],
  ['0\u200b0\u200b1\u200b0\u200b8\u200b8', '0*****'],
  ['AKIA2E0A8F3B244C9986', 'A*******************'],
  ['an.nguyen@gmail.com', '**.n*****@g****.c**'],
  // Two-character groups show nothing: half the digits used to stay visible (F24).
  ['07 92 03 48 15 26', '** ** ** ** ** **'],
  ['ab.cd.ef.gh.Zq', '**.**.**.**.**'],
  ['Tr0ub4dorZebra91', 'T***************'],
  ['abc de fgh', 'a** ** f**'],
  ['4539 1488 0343 6467', '4*** 1*** 0*** 6***'],
];

describe('mask', () => {
  for (const [value, masked] of cases) {
    it(`${JSON.stringify(value)} → ${masked}`, () => {
      expect(mask(value)).toBe(masked);
      // Never more than a third of the value's letters and digits.
      const shown = [...mask(value).replace(/[^\p{L}\p{N}]/gu, '')].length;
      expect(shown * 3).toBeLessThanOrEqual([...value.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '')].length);
    });
  }

  it('shows at most a third of any value, however it is grouped', () => {
    const value = '0792034815260792';
    for (let n = 1; n <= value.length; n++) {
      const grouped = value.match(new RegExp(`.{1,${n}}`, 'g'))!.join(' ');
      const shown = mask(grouped).replace(/[^\p{N}]/gu, '');
      expect(shown.length * 3, grouped).toBeLessThanOrEqual(value.length);
    }
  });

  it('shows control characters in a value as escapes, never raw (an excerpt may reach a terminal through stderr)', () => {
    expect(mask('secret\x1b[2Jvalue\x07')).toBe('s*****\\x1b[2******\\x07');
  });

  it('shortens long excerpts', () => {
    expect(mask('x'.repeat(500)).length).toBe(60);
  });
});
