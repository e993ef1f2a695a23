/**
 * Masked excerpts: enough for a person to recognise what was found, never the value itself.
 * Each word keeps its first letter or digit; every other letter and digit becomes "*"; separators stay.
 * Long excerpts are shortened so a minified line never floods a log.
 */
const WORDISH = /[\p{L}\p{N}]/u;

export function mask(value: string, maxLength = 60): string {
  let out = '';
  let inWord = false;
  for (const ch of value.replace(/\s+/g, ' ')) {
    if (WORDISH.test(ch)) {
      out += inWord ? '*' : ch;
      inWord = true;
    } else if (/\p{M}/u.test(ch)) {
      // a combining mark belongs to the masked letter before it
    } else {
      out += ch;
      inWord = false;
    }
  }
  // A single long token (a key, an ID) shows at most its first character, whatever its length.
  if (out.length > maxLength) out = out.slice(0, maxLength - 1) + '…';
  return out;
}
