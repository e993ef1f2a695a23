import type { Candidate } from '../match/candidates.js';
import type { LineIndex } from '../normalize/lines.js';
import { normalizeTerm } from '../normalize/view.js';

/** Marking candidates this many lines apart or closer belong to one list. */
const NEAR_LINES = 2;
/** A list naming this many different levels is a glossary, a quiz or a training slide, not a stamp. */
const DISTINCT_LEVELS = 3;

/**
 * Drops classification-marking candidates that stand in a list of levels: three or more different level names
 * (TUYỆT MẬT, TỐI MẬT, MẬT; TOP SECRET, SECRET, CONFIDENTIAL …) on lines next to each other, as bullets, table rows
 * or quiz answers. A stamped document carries its own level, not the whole scale; a stamp elsewhere in the same text
 * (farther than NEAR_LINES from the list) stays.
 */
export function withoutLevelLists(cands: Candidate[], lines: LineIndex, text: string): Candidate[] {
  const marks = cands.filter((c) => c.rule.category === 'classified-marking');
  if (marks.length < DISTINCT_LEVELS) return cands;
  const at = marks.map((c) => ({ c, line: lines.lineOf(c.os) })).sort((a, b) => a.line - b.line);
  const drop = new Set<Candidate>();
  let from = 0;
  for (let i = 1; i <= at.length; i++) {
    if (i < at.length && at[i].line - at[i - 1].line <= NEAR_LINES) continue;
    // at[from .. i) is one cluster of nearby markings
    if (i - from >= DISTINCT_LEVELS) {
      // Only the levels of a scale count: a document may well carry its level and a handling line or two
      // ("MẬT", "KHÔNG PHỔ BIẾN", "XEM XONG TRẢ LẠI"), never three levels.
      const levels = new Set(at.slice(from, i).map(({ c }) => levelName(text.slice(c.os, c.oe))).filter((l) => SCALE.has(l)));
      if (levels.size >= DISTINCT_LEVELS) for (let k = from; k < i; k++) drop.add(at[k].c);
    }
    from = i;
  }
  return drop.size === 0 ? cands : cands.filter((c) => !drop.has(c));
}

/** The levels of the classification scales (folded): Vietnamese, Czech, and the English/NATO/US/UK ones. */
const SCALE = new Set([
  'tuyet mat', 'toi mat', 'mat', 'tai lieu mat',
  'prisne tajne', 'tajne', 'duverne', 'vyhrazene',
  'top secret', 'secret', 'confidential', 'restricted', 'official sensitive', 'official', 'unclassified',
  'cosmic top secret', 'nato secret', 'nato confidential', 'nato restricted',
]);

/** A marking as a level name: lower case, no diacritics, letters and single spaces only. */
function levelName(s: string): string {
  return normalizeTerm(s).folded.replace(/[^\p{L}]+/gu, ' ').trim();
}
