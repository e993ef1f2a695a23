import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/normalize/lines.js';

// Line geometry of the original text (normalize/lines.ts), found with native searches: the same lines as reading
// unit by unit, where "\n", "\r\n" and a lone "\r" each end a line.
function referenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Random texts over line breaks, white space and letters (deterministic). */
function texts(count: number): string[] {
  let seed = 21;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const units = ['\n', '\r', '\r\n', ' ', '\t', 'a', 'Ố', '\u2028'];
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 60) }, () => units[Math.floor(next() * units.length)]).join(''));
}

describe('LineIndex', () => {
  it('finds the line starts of reading unit by unit, with and without carriage returns', () => {
    for (const text of [...texts(2000), '', '\r', '\n', '\r\n', '\n\r', 'a\r\r\nb']) expect(new LineIndex(text).starts).toEqual(referenceStarts(text));
  });

  it('ranks non-empty lines from the top and the bottom', () => {
    for (const text of texts(500)) {
      const index = new LineIndex(text);
      const starts = referenceStarts(text);
      const lines = starts.map((s, l) => text.slice(s, l + 1 < starts.length ? starts[l + 1] : text.length));
      const nonEmpty = lines.map((line) => line.trim() !== '');
      for (let l = 0; l < lines.length; l++) {
        expect(index.rankFromTop(l)).toBe(nonEmpty.slice(0, l).filter(Boolean).length + 1);
        expect(index.rankFromBottom(l)).toBe(nonEmpty.slice(l).filter(Boolean).length);
      }
    }
  });
});
