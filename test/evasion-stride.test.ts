import { describe, expect, it } from 'vitest';
import { base64Texts } from '../src/normalize/base64.js';
import type { Edit } from '../src/normalize/edits.js';
import { decodedReading } from '../src/normalize/encodings.js';
import { numberWordEdits } from '../src/normalize/number-words.js';
import { RARE_SMALL_CAP, RARE_TCVN3 } from '../src/normalize/rare.js';
import { buildView } from '../src/normalize/view.js';
import { evasionEngine } from './helpers/evasion.js';

// Issue #21: some readings skip most of a text — they read every 16th or 17th unit, or wait for a character the view
// builder noted — and must still find what they look for wherever it stands: at every offset against their stride,
// and deep in a long text read window by window (where the leetspeak gate uses the kernel's digit offsets).

describe('readings that read every Nth unit find their run at every offset', () => {
  const spoken = 'không chín một hai ba bốn năm sáu bảy tám';

  it('a number dictated in words, after 0 to 40 other units', () => {
    for (let pad = 0; pad <= 40; pad++) {
      const text = 'x'.repeat(pad) + '\n' + spoken + '.';
      const out: Edit[] = [];
      numberWordEdits(buildView(text), out);
      expect(out.map((e) => e.text).join('')).toBe('0912345678');
      expect([out[0].from, out[out.length - 1].to]).toEqual([pad + 1, pad + 1 + spoken.length]);
    }
  });

  it('the shortest run read (five two-letter words and four digits: 22 units), after 0 to 40 other units', () => {
    const run = 'ba ba tu ba oh 1 2 3 4';
    for (let pad = 0; pad <= 40; pad++) {
      const out: Edit[] = [];
      numberWordEdits(buildView('x'.repeat(pad) + '\n' + run + '.'), out);
      expect(out.map((e) => e.text).join('')).toBe('33430');
      expect([out[0].from, out[out.length - 1].to]).toEqual([pad + 1, pad + 1 + run.length - 1]);
    }
  });

  it('eight number words, or nine broken by another word, are no dictated number at any offset', () => {
    for (let pad = 0; pad <= 40; pad++) {
      for (const words of ['không chín một hai ba bốn năm sáu', 'không chín một hai và ba bốn năm sáu bảy']) {
        const out: Edit[] = [];
        numberWordEdits(buildView('x'.repeat(pad) + '\n' + words + '.'), out);
        expect(out).toEqual([]);
      }
    }
  });

  it('a base64 blob, after 0 to 40 other units', () => {
    const plain = 'TOP SECRET: the report of 12 May, page 2';
    const blob = Buffer.from(plain).toString('base64');
    for (let pad = 0; pad <= 40; pad++) {
      const text = 'y'.repeat(pad) + ' ' + blob + ' end';
      expect(base64Texts(text).map((b) => [b.start, b.end, b.text])).toEqual([[pad + 1, pad + 1 + blob.length, plain]]);
    }
  });

  it('hex of a text, joined or in spaced pairs, after 0 to 40 other units', () => {
    const hex = Buffer.from('TOP SECRET').toString('hex');
    for (const written of [hex, hex.match(/../g)!.join(' ')]) {
      for (let pad = 0; pad <= 40; pad++) {
        const r = decodedReading('z'.repeat(pad) + ' ' + written + ' end')!;
        expect(r.text).toBe('z'.repeat(pad) + ' TOP SECRET end');
        expect(r.start[pad + 1]).toBe(pad + 1);
      }
    }
  });

  it('the shortest hex run (8 bytes: 16 digits) right after a short one', () => {
    const hex = Buffer.from('TOP SECR').toString('hex');
    for (let pad = 0; pad <= 40; pad++) {
      expect(decodedReading('x'.repeat(pad) + ' fe,' + hex + ' end')?.text).toBe('x'.repeat(pad) + ' fe,TOP SECR end');
    }
  });
});

describe('the view builder notes the rare characters the TCVN3 and small-capital readings wait for', () => {
  it('in a text that holds them, however often the kernel has seen them', () => {
    expect(buildView('Báo cáo tình hình, naïve café, Příliš žluťoučký kůň').rare).toBe(0);
    expect(buildView('Uû ban nh©n d©n tØnh').rare).toBe(RARE_TCVN3);
    expect(buildView('ᴛᴏᴘ ꜱᴇᴄʀᴇᴛ').rare).toBe(RARE_SMALL_CAP);
    // Seen many times: a character the kernel learned as fast would no longer reach the general path.
    expect(buildView('ᴛᴏᴘ ꜱᴇᴄʀᴇᴛ nh©n '.repeat(200)).rare).toBe(RARE_SMALL_CAP | RARE_TCVN3);
  });
});

describe('stamps in letter disguise deep in a long text are found at their exact span', () => {
  const engine = evasionEngine();
  // Digits, capitals and punctuation throughout (what the leetspeak and separator gates react to), no stamp.
  const filler = 'Báo cáo quý 3/2024: 1.250 hồ sơ, 37 cuộc họp (Hà Nội), mã HS-4521-7; xem mục A1.\n';
  it.each([
    ['leetspeak', 'T0P S3CR3T'],
    ['leetspeak with symbols', '7OP $3CR37'],
    ['a symbol beside capitals, no digit', 'TOP $ECRET'],
    ['small capitals', 'ᴛᴏᴘ ꜱᴇᴄʀᴇᴛ'],
    ['letters joined by dots', 'T.O.P.S.E.C.R.E.T'],
  ])('%s, after 300 K units', (_name, planted) => {
    const before = filler.repeat(Math.ceil(300_000 / filler.length));
    const text = before + planted + '\nOperation plan\n' + filler.repeat(50);
    const hits = engine.scanText(text, 't').filter((f) => f.ruleId === 'ev.en.stamp');
    expect(hits.map((f) => [f.start, f.end])).toEqual([[before.length, before.length + planted.length]]);
  });
});
