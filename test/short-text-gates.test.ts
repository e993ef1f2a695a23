import { describe, expect, it } from 'vitest';
import { isIgnorable, isMarkCode, isSpaceChar, isWordCode, latinLetterCode } from '../src/normalize/chars.js';
import { firstSeparator, mixedHits } from '../src/normalize/disguise.js';
import { buildView } from '../src/normalize/view.js';
import { mask } from '../src/util/mask.js';
import { rng } from './helpers/rng.js';

// #21: a short text in Czech, Vietnamese or English compiles none of the `\p{…}` utility regexes it cannot need.
// Each way around them must give exactly the regex's answer.

describe('character facts without the property regexes', () => {
  const units: number[] = [];
  for (let c = 0; c < 0x370; c++) units.push(c);
  for (let c = 0x1df0; c < 0x1f10; c++) units.push(c);

  it('ASCII, the Latin letter blocks and the combining marks are answered as the regexes answer', () => {
    const word = /[\p{L}\p{N}\p{M}]/u;
    const mark = /\p{M}/u;
    const ignorable = /[\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0]|[\u{E0000}-\u{E0FFF}]/u;
    const space = /[\p{Zs}\t\v\f\u0085]/u;
    const wrong: string[] = [];
    for (const c of units) {
      const ch = String.fromCharCode(c);
      if (isWordCode(c) !== word.test(ch)) wrong.push(`word ${c.toString(16)}`);
      if (isMarkCode(c) !== mark.test(ch)) wrong.push(`mark ${c.toString(16)}`);
      if (isIgnorable(ch) !== ignorable.test(ch)) wrong.push(`ignorable ${c.toString(16)}`);
      if (isSpaceChar(ch) !== space.test(ch)) wrong.push(`space ${c.toString(16)}`);
      if (latinLetterCode(c) && !/\p{L}/u.test(ch)) wrong.push(`latin ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    // Not vacuous: the fast path covers the Vietnamese and Czech letters.
    expect([...'ậễđĐřžůěŘ'].every((ch) => latinLetterCode(ch.charCodeAt(0)))).toBe(true);
  });

  it('masks ASCII and non-ASCII values as the property regexes would', () => {
    const wordish = /[\p{L}\p{N}]/u;
    const skip = /[\p{M}\p{Cf}]/u;
    // The masking as written with the regexes for every unit (the reference).
    const reference = (value: string) => {
      const words: { word: boolean; text: string }[] = [];
      for (const ch of value.replace(/\s+/g, ' ')) {
        if (skip.test(ch)) continue;
        const word = wordish.test(ch);
        const last = words[words.length - 1];
        if (last && last.word === word) last.text += ch;
        else words.push({ word, text: ch });
      }
      return words.map((w) => (w.word ? ([...w.text].length >= 3 ? [...w.text][0] + '*'.repeat([...w.text].length - 1) : '*'.repeat([...w.text].length)) : w.text)).join('');
    };
    const random = rng(3);
    const alphabet = [...'aZ09 .-_@:/\u00ad\u200bậĐ\u0301×', '\u{1d400}'];
    for (let n = 0; n < 300; n++) {
      let v = '';
      for (let k = 0; k < 1 + Math.floor(random() * 12); k++) v += alphabet[Math.floor(random() * alphabet.length)];
      expect(mask(v, 1000), JSON.stringify(v)).toBe(reference(v));
    }
  });
});

describe('the disguise readings find their regexes\' matches from cheap checks', () => {
  const MIXED = /[013457@$](?:(?<=\p{Lu}.)|(?=\p{Lu}))/gu;
  const SEPARATOR = /[!-\/:-?\[-`{-~\u00b7\u2022](?=[A-Z0-9@$\u00c0-\u{10ffff}])(?:(?<=\p{Lu}.)(?=[\p{Lu}0-9@$])|(?<=[0-9@$].)(?=\p{Lu}(?!\p{Ll})))/gu;
  const alphabet = [...'aAmM0134579@$.-/:_ \n\u00b7\u2022ẬậČč', '\u{1d400}'];
  const texts: string[] = ['T0I M4T', 'TỐI-MẬT', 'T.O.I M.A.T', '27/6/2025', 'minh.tuan@example.vn', '1-Ab', '5.Ậa', '9:Ậ', 'ab'];
  const random = rng(11);
  for (let n = 0; n < 2000; n++) {
    let t = '';
    for (let k = 0; k < 2 + Math.floor(random() * 10); k++) t += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(t);
  }

  it('stand-ins beside a capital: the same places as a search of the whole text', () => {
    let found = 0;
    for (const t of texts) {
      const view = buildView(t);
      const want = [...view.text.matchAll(MIXED)].map((m) => m.index);
      found += want.length;
      expect(mixedHits({ ...view, digits: undefined }), JSON.stringify(t)).toEqual(want);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('separators between capitals: no match before the first candidate, none at all without one', () => {
    let found = 0;
    for (const t of texts) {
      SEPARATOR.lastIndex = 0;
      const m = SEPARATOR.exec(t);
      const first = firstSeparator(t);
      if (m === null) continue;
      found++;
      expect(first, JSON.stringify(t)).toBeGreaterThanOrEqual(0);
      expect(first, JSON.stringify(t)).toBeLessThanOrEqual(m.index);
    }
    expect(found).toBeGreaterThan(100);
    // Prose with dates, amounts and an address has no candidate: the regex is never compiled for it.
    expect(firstSeparator('Refund to card 376861294267779 by 27/6/2025 (861.427 Kč), minh.tuan@example.vn.')).toBe(-1);
  });
});
