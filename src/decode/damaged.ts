/**
 * Text whose letters a legacy code page replaced by "?" (Windows PowerShell 5.1 pipes text to programs as ASCII:
 * "TỐI MẬT" arrives as "T?I M?T"). Such a text cannot be checked — the stamp, the labels and the names are gone —
 * so it is reported as damaged instead of passing.
 *
 * Built for precision: a "?" ends questions, starts URL queries ("search?q=") and appears in code ("a?b:c",
 * "x?.y", "colou?r"), so a word counts only when its "?" stands between letters and the word holds nothing but
 * letters, digits and "?" (words are split at blanks, commas, semicolons and bars: a CSV row is words too); a line is damaged only when at least two of its words are, and they are at least a
 * fifth of its words. One line like that is enough ("T?I M?T" alone is the stamp).
 */

/** A word with a "?" between letters (or a run of "?" then a letter): "T?I", "c?o", "?ng", "Nguy?n". */
const DAMAGED_WORD = /^[\p{L}\p{N}?]*(?:\p{L}\?+\p{L}|^\?+\p{L})[\p{L}\p{N}?]*$/u;
/** The punctuation a word may carry at its ends without being another kind of token. */
const EDGES = /^[("'“‘[]+|[)"'”’\],.;:!]+$/gu;

export interface Damage {
  /** 1-based line of the first damaged line. */
  line: number;
  /** Damaged lines and words in the whole text. */
  lines: number;
  words: number;
}

export function questionMarkDamage(text: string): Damage | undefined {
  // Fast exit: most texts hold no "?" next to a letter at all.
  if (!/\p{L}\?/u.test(text) && !/\?\p{L}/u.test(text)) return undefined;
  let first = 0;
  let lines = 0;
  let words = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line.includes('?')) continue;
    let total = 0;
    let damaged = 0;
    for (const raw of line.split(/[\s,;|]+/)) {
      const w = raw.replace(EDGES, '');
      if (!/[\p{L}]/u.test(w)) continue;
      total++;
      if (DAMAGED_WORD.test(w)) damaged++;
    }
    if (damaged >= 2 && damaged * 5 >= total) {
      if (lines === 0) first = lineNo;
      lines++;
      words += damaged;
    }
  }
  return lines > 0 ? { line: first, lines, words } : undefined;
}

/** The reason given where the text is reported (never quoting it: the damaged words are content too). */
export function damageReason(d: Damage): string {
  return `letters replaced by "?" (${d.words} word(s) on ${d.lines} line(s), first on line ${d.line}), as a legacy code page does — ` +
    'e.g. text piped from Windows PowerShell 5.1; the text cannot be checked: scan the file itself, use `promptgate clip`, ' +
    'or set [Console]::OutputEncoding and $OutputEncoding to UTF-8';
}
