import { describe, expect, it } from 'vitest';
import { isUpper, lettersApart } from '../src/match/candidates.js';
import { editDistance } from '../src/util/natural.js';
import { spacingEdits } from '../src/normalize/spacing.js';
import { buildView, Scratch, type TextView } from '../src/normalize/view.js';
import type { Edit } from '../src/normalize/edits.js';

// Gates of the long-text paths (#21, session 11) that skip work a plain reading would do: each must give exactly the
// answer of that plain reading (as test/prefilters.test.ts proves for the regex prefilters).

/** A small deterministic generator, so a failure reproduces. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Numbers as the letter-spacing reading joins them or leaves them, and their near misses.
const NUMBERS = [
  '001085\n123456', '0010 - 8512 - 3456', '4539.1488.0343.6467', '001_085_123_456', '0 0 1 - 0 8 5 - 1 2 3 - 4 5 6',
  '0 0 1 0 8 5 1 2', '1.234.567.890', '05/12/2013', '10.0.0.1', '111, 112, 1451', '12 34 56 78 90', '0912 345 678',
  '4539 1488 0343 6467', '2025-07-28/HC', 'A1 2 3 4 5 6 7 8 9', '1234567', '12345678', '1\n2\n3\n4\n5\n6\n7\n8',
  '0010·8512·3456', '0010 • 8512 • 3456', '9704 0000 0000 0018 9704 0000 0000 0018', 'x0010-8512-3456y',
];
const WORDS = ['Báo cáo', 'tình hình', 'quý III', 'ngày', 'Zápis', 'dne', 'budget', 'USD', 'số', 'mã', '(', ')', ':', '-', '/'];

function mixed(random: () => number, n: number): string {
  let out = '';
  while (out.length < n) {
    const r = random();
    if (r < 0.15) out += NUMBERS[Math.floor(random() * NUMBERS.length)];
    else if (r < 0.35) out += String(Math.floor(random() * 10 ** (1 + Math.floor(random() * 6))));
    else out += WORDS[Math.floor(random() * WORDS.length)];
    out += random() < 0.1 ? '\n' : random() < 0.5 ? ' ' : random() < 0.5 ? ', ' : ' - ';
  }
  return out;
}

const editsOf = (view: TextView) => {
  const out: Edit[] = [];
  spacingEdits(view, out);
  return out;
};

describe('letter-spacing reading: digit groups looked for only where a long view has enough digits close together', () => {
  it('gives the edits of a search of the whole view', () => {
    const random = rng(21);
    let joined = 0;
    for (let k = 0; k < 6; k++) {
      const text = mixed(random, 1 << 17);
      const view = buildView(text, new Scratch(text.length + 64));
      expect(view.digits).toBeDefined(); // a long view: its digits were found while building it
      const gated = editsOf(view);
      expect(gated).toEqual(editsOf({ ...view, digits: undefined }));
      joined += gated.filter((e) => e.text === '').length;
    }
    expect(joined).toBeGreaterThan(100);
  });
});

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
