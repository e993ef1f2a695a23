import type { Words } from './words.js';

/**
 * The parts of a registered document that every official document of its kind has, so they never become
 * fingerprints: the Vietnamese national motto and its line, legal bases ("Căn cứ …"), the place-and-date line,
 * salutations, recipients blocks ("Nơi nhận", "Rozdělovník"), signature blocks (KT./TM./TL., titles in capitals,
 * the signer's name on a short line), and their Czech counterparts ("Na základě …", "V Praze dne …",
 * "S pozdravem", "Vyřizuje", "Č. j."). Lines are judged on the folded words, so diacritics and case never matter.
 */

// Folded line openings of formula lines (whole words, folded: no case, no diacritics, no punctuation).
const FORMULA_OPENINGS = [
  'cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc', 'can cu', 'xet de nghi', 'theo de nghi',
  'kinh gui', 'noi nhan', 'luu vt', 'da ky', 'ky ten', 'ho va ten',
  'ceska republika', 'na zaklade', 'v souladu s', 'vazeny pane', 'vazena pani', 'vazeni', 's pozdravem',
  's uctou', 'rozdelovnik', 'prilohy', 'priloha', 'vyrizuje', 'c j', 'cj', 'sp zn', 'spisova znacka',
  'otisk uredniho razitka', 'podpis', 'telefon', 'e mail', 'datova schranka',
].map((s) => s.split(' '));
// Openings of signature lines, which are short: "KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC", "Q. CHÁNH …".
const SIGNATURE_OPENINGS = ['kt', 'tm', 'tl', 'ttl', 'q', 'nguoi ky', 'za'].map((s) => s.split(' '));
// Lines that open a block running to the next blank line: the recipients and the attachments.
const BLOCK_OPENINGS = [['noi', 'nhan'], ['rozdelovnik'], ['prilohy'], ['na', 'vedomi']];
const DATE_LINE = /^so \d|^(?:[a-z]+ )*ngay \d+ thang \d+ nam \d+$|^v (?:[a-z]+ )*dne \d+ \d+ \d+$|^(?:[a-z]+ )*dne \d+ \d+ \d+$/;

/** A line of this many words or fewer is a heading, a name or a date: never a fingerprint. */
const SHORT_LINE = 4;
/** A line in capitals of up to this many words is a header, a title or a signature title. */
const CAPITALS_LINE = 16;

function opens(words: string[], a: number, b: number, openings: string[][]): boolean {
  return openings.some((o) => o.length <= b - a && o.every((w, i) => words[a + i] === w));
}

function inCapitals(line: string): boolean {
  return line !== line.toLowerCase() && line === line.toUpperCase();
}

/** 1 for each word of `w` (the words of `text`, collected with their text) that is boilerplate, else 0. */
export function boilerplateWords(text: string, w: Words): Uint8Array {
  const words = w.text;
  if (!words) throw new Error('boilerplateWords needs the words\' text (wordsOf(text, true))');
  const flags = new Uint8Array(w.count);
  let block = false;
  let i = 0;
  for (let ls = 0; ls <= text.length; ) {
    let le = ls;
    while (le < text.length && text.charCodeAt(le) !== 10 && text.charCodeAt(le) !== 13) le++;
    const a = i;
    while (i < w.count && w.start[i] < le) i++;
    const b = i;
    const n = b - a;
    if (n === 0) {
      if (text.slice(ls, le).trim() === '') block = false; // a blank line ends a recipients block
    } else {
      if (opens(words, a, b, BLOCK_OPENINGS)) block = true;
      const line = text.slice(ls, le);
      const formula = block
        || n <= SHORT_LINE
        || (n <= CAPITALS_LINE && inCapitals(line))
        || opens(words, a, b, FORMULA_OPENINGS)
        || (n <= 10 && opens(words, a, b, SIGNATURE_OPENINGS))
        || DATE_LINE.test(words.slice(a, Math.min(b, a + 12)).join(' '));
      if (formula) flags.fill(1, a, b);
    }
    ls = le + (text.charCodeAt(le) === 13 && text.charCodeAt(le + 1) === 10 ? 2 : 1);
  }
  return flags;
}
