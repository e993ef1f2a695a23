import { describe, expect, it } from 'vitest';
import { isUpper, lettersApart } from '../src/match/candidates.js';
import { editDistance } from '../src/util/natural.js';
import { rng } from './helpers/rng.js';

// Gates of the long-text paths (#21, session 11) that skip work a plain reading would do: each must give exactly the
// answer of that plain reading (as test/prefilters.test.ts proves for the regex prefilters).

describe('damaged stamp lines: the letter count bound asked before the edit distance (candidates.ts fuzzyLines)', () => {
  it('is never above the edit distance', () => {
    const random = rng(9);
    const units = 'tôimậtoprsecréT01 ';
    const word = () => Array.from({ length: 2 + Math.floor(random() * 10) }, () => units[Math.floor(random() * units.length)]).join('');
    let pruned = 0;
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = random() < 0.5 ? word() : a.slice(1) + (random() < 0.5 ? a[0] : '');
      const bound = lettersApart(a, b);
      const d = editDistance(a, b);
      expect([a, b, bound <= d]).toEqual([a, b, true]);
      if (bound > 2) pruned++;
    }
    expect(lettersApart('toi mat', 'toimat')).toBe(1);
    expect(lettersApart('mat', 'atm')).toBe(0); // the same letters: only the distance tells
    expect(lettersApart('tuyet mat', 'khong mat')).toBe(5); // t, t, u, y, e against k, h, o, n, g
    expect(pruned).toBeGreaterThan(300);
  });
});

describe('capitals as OCR reads them (candidates.ts isUpper): a small letter no misreading turns into a capital answers at once', () => {
  // The reading without that shortcut: "l" read as "I" and "rn" as "M" where capitals stand around them.
  const slow = (s: string) => {
    s = s.replace(/(?<=\p{Lu})l(?!\p{Ll})|(?<![\p{L}])l(?=\p{Lu})/gu, 'I').replace(/(?<=\p{Lu}|^|[^\p{L}])rn(?=\p{Lu}|$|[^\p{L}])/gu, 'M');
    return s !== s.toLowerCase() && s === s.toUpperCase();
  };
  it('answers as the full reading', () => {
    const random = rng(13);
    const units = 'TỐIMẬTlrnmậtaSECRET 0.-';
    let upper = 0;
    for (let k = 0; k < 20000; k++) {
      const s = Array.from({ length: 1 + Math.floor(random() * 8) }, () => units[Math.floor(random() * units.length)]).join('');
      expect([s, isUpper(s)]).toEqual([s, slow(s)]);
      if (slow(s)) upper++;
    }
    for (const s of ['TỐl MẬT', 'TỐI rnẬT', 'TOP SECRET', 'mật', 'Mật', 'rn', 'lT']) expect([s, isUpper(s)]).toEqual([s, slow(s)]);
    expect(upper).toBeGreaterThan(1000);
  });
});
