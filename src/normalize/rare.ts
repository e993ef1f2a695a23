/**
 * Characters that two evasion readings look for in the original text, and that ordinary text hardly ever holds: the
 * symbols TCVN3 mojibake uses for Vietnamese letters (legacy.ts) and the small capitals of letter disguises
 * (disguise.ts). The byte kernel never takes one as a fast unit, so the view builder's general path meets every one
 * of them and notes which kinds the view's original holds (TextView.rare): a reading whose kind is absent skips its
 * search of the whole window.
 */

/** Latin-1 and Windows-1252 symbols that TCVN3 uses for letters ("©" = â, "¸" = á, "µ" = à, "¬" = ơ …). */
export const TCVN3_SYMBOLS = '¡¢£¤¥¦§¨©ª«¬®¯µ¶·¸¹º»¼½¾¿×÷ƒˆ‰˜™';

/** Small capitals that NFKC leaves alone, and the letters they stand for. */
export const SMALL_CAPS: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n',
  ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

export const RARE_TCVN3 = 1;
export const RARE_SMALL_CAP = 2;

/** Per BMP unit: its kinds above (0 for almost every unit). */
export const RARE = new Uint8Array(0x10000);
for (const ch of TCVN3_SYMBOLS) RARE[ch.charCodeAt(0)] |= RARE_TCVN3;
for (const ch of Object.keys(SMALL_CAPS)) RARE[ch.charCodeAt(0)] |= RARE_SMALL_CAP;

/** Whether the original of a view may hold characters of `kind`: a view built without noting them (undefined) may. */
export function mayHold(view: { rare?: number }, kind: number): boolean {
  return view.rare === undefined || (view.rare & kind) !== 0;
}
