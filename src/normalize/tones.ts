/**
 * Old and new Vietnamese tone placement: "hoà"/"hòa", "hoè"/"hòe", "thuỷ"/"thủy" are the same word, typed
 * by different keyboards and style guides. The view writes every open syllable ending in "oa", "oe" or "uy"
 * one way: the tone on the last vowel ("hoà", "thuỷ"), so that diacritic-sensitive matching meets both.
 * Same number of units, so the offset map is untouched.
 */

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

// Toned first vowel → [plain first vowel, code of the second vowel it pairs with (lower case), tone mark].
const firstVowel = new Map<number, { plain: number; tone: string }>();
for (const base of ['o', 'O', 'u', 'U']) {
  for (const t of TONES) firstVowel.set((base + t).normalize('NFC').charCodeAt(0), { plain: base.charCodeAt(0), tone: t });
}
const PAIRS: Record<string, string> = { o: 'ae', u: 'y' };

/** A quick filter for the view builder: is this unit a toned "o" or "u"? */
export const TONED_FIRST = new Uint8Array(0x10000);
for (const code of firstVowel.keys()) TONED_FIRST[code] = 1;

/**
 * If units[k] is a toned o/u that opens an "oa", "oe" or "uy" ending its syllable, move the tone onto the
 * second vowel in place and return true. `isLetter` tells where the syllable ends.
 */
export function moveTone(units: Uint16Array, k: number, len: number, isLetter: (code: number) => boolean): boolean {
  if (k + 1 >= len) return false;
  const first = firstVowel.get(units[k]);
  if (!first) return false;
  const second = String.fromCharCode(units[k + 1]);
  if (!PAIRS[String.fromCharCode(first.plain).toLowerCase()].includes(second.toLowerCase())) return false;
  if (k + 2 < len && isLetter(units[k + 2])) return false;
  const toned = (second + first.tone).normalize('NFC');
  if (toned.length !== 1) return false;
  units[k] = first.plain;
  units[k + 1] = toned.charCodeAt(0);
  return true;
}
