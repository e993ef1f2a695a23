import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { confusables } from '../src/normalize/chars.js';
import { fromTcvn3 } from '../src/normalize/legacy.js';
import { spacingEdits } from '../src/normalize/spacing.js';
import { decodeTyping } from '../src/normalize/telex.js';
import { variantView } from '../src/normalize/variants.js';
import { buildView } from '../src/normalize/view.js';

const VI_LOWER = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
const CS_LOWER = 'aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž';

describe('look-alike folding (TR39 confusables)', () => {
  it.each([
    ['Cyrillic capitals', 'ТОР ЅЕСRЕТ', 'TOP SECRET'],
    ['Cyrillic small letters', 'ѕесrеt', 'secret'],
    ['Greek capitals', 'ΤΟΡ ΖΕΝΙΤΗ', 'TOP ZENITH'],
    ['Cyrillic I stays a capital', 'CONFІDENTІAL', 'CONFIDENTIAL'],
    ['mixed into Vietnamese', 'Тối МẬТ', 'Tối MẬT'],
    ['full-width', 'ＴＯＰ　ＳＥＣＲＥＴ', 'TOP SECRET'],
    ['mathematical bold', '𝐓𝐎𝐏 𝐒𝐄𝐂𝐑𝐄𝐓', 'TOP SECRET'],
  ])('%s', (_n, input, text) => {
    expect(buildView(input).text).toBe(text);
  });

  it('never touches a Vietnamese or Czech letter, in either case', () => {
    for (const alphabet of [VI_LOWER, CS_LOWER]) {
      for (const s of [alphabet, alphabet.toUpperCase()]) {
        expect(buildView(s).text).toBe(s);
        for (const ch of s) expect(confusables.has(ch)).toBe(false);
      }
    }
  });

  it('folds only letters, and only to one ASCII letter', () => {
    expect(confusables.size).toBeGreaterThan(200);
    for (const [from, to] of confusables) {
      expect(from).toMatch(/^\p{L}$/u);
      expect(to).toMatch(/^[A-Za-z]$/);
    }
  });
});

describe('old and new tone placement read the same', () => {
  it.each([
    ['HÒA BÌNH', 'HOÀ BÌNH'],
    ['hòa', 'hoà'],
    ['Thủy lợi', 'Thuỷ lợi'],
    ['khỏe', 'khoẻ'],
    ['hoàng', 'hoàng'], // closed syllable: one spelling only
    ['quý', 'quý'],
    ['có ai', 'có ai'],
  ])('%s → %s', (input, expected) => {
    const v = buildView(input);
    expect(v.text).toBe(expected);
    expect(v.lower).toBe(expected.toLowerCase());
    expect([v.start[0], v.end[v.end.length - 1]]).toEqual([0, input.length]);
  });
});

describe('Telex and VNI leftovers', () => {
  it.each([
    ['MAATJ', 'MẬT'],
    ['MAAJT', 'MẬT'],
    ['TOOSI', 'TỐI'],
    ['TUYEETJ', 'TUYỆT'],
    ['MATJ', 'MẠT'],
    ['DDOOJ', 'ĐỘ'],
    ['KHAANR', 'KHẨN'],
    ['dduwowngf', 'đường'],
    ['MA65T', 'MẬT'],
    ['TO61I', 'TỐI'],
    ['TUYE65T', 'TUYỆT'],
    ['d9u7o72ng', 'đường'],
  ])('%s reads %s', (token, syllable) => {
    expect(decodeTyping(token)).toBe(syllable);
  });

  it.each(['mats', 'too', 'book', 'keep', 'hoar', 'mp3', 'B2B', 'h264', 'leaf', 'MATS', 'CAR'])('%s is left alone', (token) => {
    expect(decodeTyping(token)).toBeUndefined();
  });
});

describe('TCVN3 mojibake', () => {
  it('reads every Vietnamese small letter back (table from GNU iconv, checked against it)', () => {
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'TCVN5712-1'], { input: VI_LOWER.normalize('NFC') });
    // As pasted from a Windows application: the bytes read as Windows-1252.
    const pasted = execFileSync('iconv', ['-f', 'CP1252', '-t', 'UTF-8'], { input: bytes }).toString('utf8');
    expect(fromTcvn3(pasted)).toBe(VI_LOWER);
  });
  it('the capitals of the ABC fonts too', () => {
    expect(fromTcvn3('¡¢£¤¥¦§')).toBe('ĂÂÊÔƠƯĐ');
  });
  it('a text is transcoded only when it shows the signs, with exact positions', () => {
    const text = 'Uû ban nh©n d©n tØnh';
    const v = variantView(buildView(text))!;
    expect(v.text).toBe('Uỷ ban nhân dân tỉnh');
    expect(v.folded).toBe('uy ban nhan dan tinh');
    for (let k = 0; k < v.text.length; k++) expect(v.end[k] - v.start[k]).toBe(1);
    expect(variantView(buildView('Café crème © 2024, naïve'))).toBeUndefined();
  });
});

describe('letter-spaced words and split digits', () => {
  const joined = (s: string) => variantView(buildView(s))?.text;
  it.each([
    ['T Ố I  M Ậ T', 'TỐI MẬT'],
    ['M.Ậ.T', 'MẬT'],
    ['T-U-Y-Ệ-T  M-Ậ-T', 'TUYỆT MẬT'],
    ['0 0 1 0 8 5 1 2 3 4 5 6', '001085123456'],
    ['a T O P', 'a TOP'],
    ['001085\n123456', '001085123456'],
  ])('%s reads %s', (input, expected) => {
    expect(joined(input)).toBe(expected);
  });
  it.each(['a v Praze', 'e.g. this', 'i.e. that', 'dne 2/2/2025', 'x = y + z', 'A/B testing', '1 2 3', 'Rok 2024 2025', 'hlasování proběhne'])(
    '%s stays as it is',
    (input) => {
      const edits: never[] = [];
      spacingEdits(buildView(input), edits);
      expect(edits).toEqual([]);
    },
  );
});
