import { isWordCode } from './chars.js';
import { TCVN3_PAIRS } from './data/tcvn3.js';
import type { Edit } from './edits.js';
import { TCVN3_SYMBOLS as SYMBOLS } from './rare.js';

/**
 * Text typed in the old TCVN3 ("ABC", .VnTime) fonts and pasted as Windows-1252/Latin-1 reads as mojibake:
 * "Uû ban nh©n d©n" is "Uỷ ban nhân dân". When a text shows the tell-tale signs at least twice, each word
 * holding such characters is read through the TCVN3 table (data/tcvn3.ts, from GNU libc iconv). One
 * character becomes one character, so positions stay exact.
 */

const table = new Map<number, string>();
{
  const p = [...TCVN3_PAIRS];
  for (let k = 0; k + 1 < p.length; k += 2) table.set(p[k].charCodeAt(0), p[k + 1]);
}

// Signs of TCVN3 mojibake: a symbol that TCVN3 uses for a letter standing between two small letters ("nh©n",
// "th¸ng"), a Latin-1 capital inside a small-letter word ("mËt"), a small one inside capitals ("TèI").
const SIGN_RE = new RegExp(`[a-z][${SYMBOLS}]+[a-z]|[a-z][À-Þ][a-z]|[A-Z][ß-ÿ][A-Z]`, 'g');
const WORD_RE = new RegExp(`[A-Za-z\\u0080-\\u00ff${SYMBOLS}ŠŒŽšœžŸ€‚„…†‡‹›‘’“”•–—]+`, 'g');
// A quick test before the others: TCVN3 text always has some of these ("©" = â, "¸" = á, "µ" = à, "¬" = ơ …).
const GATE_RE = new RegExp(`[${SYMBOLS}]`);

export function legacyEdits(original: string, out: Edit[]): void {
  if (!GATE_RE.test(original)) return;
  SIGN_RE.lastIndex = 0;
  let signs = 0;
  while (SIGN_RE.exec(original) !== null) {
    SIGN_RE.lastIndex--; // overlapping signs ("nh©n d©n" shares no letters, but "tØnh" and the next may)
    if (++signs >= 2) break;
  }
  if (signs < 2) return;
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(original)) !== null) {
    const w = m[0];
    if (!/[A-Za-z]/.test(w)) continue;
    // Glued to a letter outside Latin-1 ("T·Ố·I"): genuine Unicode text, not TCVN3.
    const before = m.index > 0 ? original.charCodeAt(m.index - 1) : 32;
    const after = m.index + w.length < original.length ? original.charCodeAt(m.index + w.length) : 32;
    if (isWordCode(before) || isWordCode(after)) continue;
    let mapped = '';
    let changed = false;
    for (let k = 0; k < w.length; k++) {
      const t = table.get(w.charCodeAt(k));
      if (t !== undefined) {
        mapped += t;
        changed = true;
      } else mapped += w[k];
    }
    // The capital fonts (.VnTimeH) reuse the small letters' codes: a word typed in capitals reads "MËT"
    // (two ASCII capitals and no small one; "Uû" is a capital and a small letter).
    if (changed) out.push({ from: m.index, to: m.index + w.length, text: /[a-z]/.test(w) || !/[A-Z].*[A-Z]/.test(w) ? mapped : mapped.toUpperCase() });
  }
}

/** The Vietnamese text a TCVN3 mojibake string stands for (whole string; for tests and tools). */
export function fromTcvn3(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) out += table.get(s.charCodeAt(k)) ?? s[k];
  return out;
}
