import type { Edit } from './edits.js';
import type { TextView } from './view.js';

/**
 * Letter-spaced and punctuated words ("T Ố I  M Ậ T", "M.Ậ.T", "T-U-Y-Ệ-T", "0 0 1 0 8 5 …") read as words
 * again: the separators inside a run are dropped. A run is at least two single letters or digits (a word
 * boundary on both ends) with one and the same separator between all of them; a different separator (two
 * spaces, " / ") ends the run and stays, so "T Ố I  M Ậ T" reads "TỐI MẬT". Ordinary words are never joined:
 * a plain single space or line break needs three letters ("a v" in Czech stays), and a run does not mix
 * capitals with small letters ("a T O P" joins only "TOP").
 *
 * Digit groups split by a line break or a spaced-out separator ("001085\n123456", "0010 - 8512 - 3456") join
 * too when they make 8 to 20 digits; groups split by one space, dot or dash are left to the rules' own
 * patterns, which read those already.
 */

const RUN_RE = /(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}](?:[ .\-_·•*\/|+~\n]{1,3}[\p{L}\p{N}](?![\p{L}\p{N}\p{M}]))+/gu;
const DIGIT_GROUPS_RE = /(?<![\p{L}\p{N}])\d+(?:(?:\n| ?[.\-\/–] | [.\-\/–] ?| )\d+)+(?![\p{L}\p{N}])/gu;

const LETTER_RE = /[\p{L}\p{N}]/u;

type CaseClass = 0 | 1 | 2; // 0 caseless (digit), 1 capital, 2 small

function caseOf(ch: string): CaseClass {
  const u = ch.toUpperCase();
  const l = ch.toLowerCase();
  if (u === l) return 0;
  return ch === u ? 1 : 2;
}

export function spacingEdits(view: TextView, out: Edit[]): void {
  const { text, original, start, end } = view;
  RUN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RUN_RE.exec(text)) !== null) {
    // Letters of the run (view indices) and the ORIGINAL separator after each: "  " differs from " ".
    const letters: number[] = [];
    for (let k = m.index; k < m.index + m[0].length; k++) if (LETTER_RE.test(text[k])) letters.push(k);
    const seps = letters.slice(1).map((k, i) => original.slice(end[letters[i]], start[k]));
    let g = 0;
    while (g < letters.length - 1) {
      let cls = caseOf(text[letters[g]]);
      let h = g + 1; // the run is letters[g .. h-1]
      while (h < letters.length && seps[h - 1] === seps[g]) {
        const c = caseOf(text[letters[h]]);
        if (c !== 0 && cls !== 0 && c !== cls) break;
        if (c !== 0) cls = c;
        h++;
      }
      const count = h - g;
      const plain = seps[g] === ' ' || seps[g] === '\n' || seps[g] === '\r\n';
      if (count >= 3 || (count === 2 && !plain)) {
        for (let k = g; k < h - 1; k++) out.push({ from: end[letters[k]], to: start[letters[k + 1]], text: '' });
        g = h;
      } else g++;
    }
  }
  DIGIT_GROUPS_RE.lastIndex = 0;
  while ((m = DIGIT_GROUPS_RE.exec(text)) !== null) {
    const groups = [...m[0].matchAll(/\d+/g)].map((d) => [m!.index + d.index!, m!.index + d.index! + d[0].length]);
    const digits = groups.reduce((s, [a, b]) => s + b - a, 0);
    if (digits < 8 || digits > 20 || groups.length < 2) continue;
    const seps = groups.slice(1).map(([a], i) => original.slice(end[groups[i][1] - 1], start[a]));
    if (!seps.every((s) => s === seps[0])) continue;
    if (/^[ .\-]$/.test(seps[0])) continue; // the rules read these already
    for (let i = 1; i < groups.length; i++) out.push({ from: end[groups[i - 1][1] - 1], to: start[groups[i][0]], text: '' });
  }
}
