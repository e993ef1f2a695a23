import { escapeControls } from './escape.js';

/**
 * Masked excerpts: enough for a person to recognise what was found, never the value itself.
 * Each word of three or more letters or digits keeps its first one; every other letter and digit becomes "*";
 * separators stay. A word of one or two characters is masked entirely, so a value written letter by letter
 * ("0 0 1 0 8 8 …", "M.Ậ.T") or in pairs ("07 92 03 48 15 26") shows none of its characters: at most one
 * character in three is ever shown. Invisible characters are dropped (they would split a word and reveal its
 * letters). Long excerpts are shortened so a minified line never floods a log.
 */
// (Made on first use: V8 parses a `\p{…}` regex when it is created, at every start-up otherwise, #21.)
let WORDISH: RegExp | undefined;
let SKIP: RegExp | undefined;

export function mask(value: string, maxLength = 60): string {
  const words: { word: boolean; text: string }[] = [];
  // Only the head of a long value can reach the output (a few units more, so the last word is masked as a word).
  if (value.length > maxLength * 4) {
    const cut = maxLength * 4;
    const c = value.charCodeAt(cut - 1);
    value = value.slice(0, c >= 0xd800 && c <= 0xdbff ? cut - 1 : cut); // never half a surrogate pair
  }
  for (const ch of value.replace(/\s+/g, ' ')) {
    const c = ch.charCodeAt(0);
    // (An ASCII unit is no mark nor format character, and a word unit when a letter or digit: the property
    // regexes, a compile of some hundred microseconds each, are met only by other units, #21.)
    if (c >= 128 && (SKIP ??= /[\p{M}\p{Cf}]/u).test(ch)) continue; // combining marks belong to the masked letter before them
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (WORDISH ??= /[\p{L}\p{N}]/u).test(ch);
    const last = words[words.length - 1];
    if (last && last.word === word) last.text += ch;
    else words.push({ word, text: ch });
  }
  let out = '';
  for (const w of words) {
    if (!w.word) out += escapeControls(w.text); // an excerpt cannot carry a terminal escape to stderr or a log
    else {
      const chars = [...w.text];
      out += chars.length >= 3 ? chars[0] + '*'.repeat(chars.length - 1) : '*'.repeat(chars.length);
    }
  }
  if (out.length > maxLength) out = out.slice(0, maxLength - 1) + '…';
  return out;
}
