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

/** A word with a "?" between letters (or a run of "?" then a letter): "T?I", "c?o", "?ng", "Nguy?n". Made on first
 * use, as the letter test below: V8 parses a `\p{…}` regex when it is created, which would be at every start-up (#21). */
let damagedWord: RegExp | undefined;
const damagedWordRe = () => (damagedWord ??= /^[\p{L}\p{N}?]*(?:\p{L}\?+\p{L}|^\?+\p{L})[\p{L}\p{N}?]*$/u);
/** The punctuation a word may carry at its ends without being another kind of token. */
const EDGES = /^[("'“‘[]+|[)"'”’\],.;:!]+$/gu;

export interface Damage {
  /** 1-based line of the first damaged line. */
  line: number;
  /** Damaged lines and words in the whole text. */
  lines: number;
  words: number;
}

let letter: RegExp | undefined;
const isLetter = (c: string | undefined): boolean =>
  c !== undefined && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (c > '\x7f' && (letter ??= /\p{L}/u).test(c)));
const WORD_START = new Set([' ', '\t', '\r', '\n', ',', ';', '|', '(', '"', "'", '“', '‘', '[']);

/** Whether the "?" run at `i` can be in a damaged word: between letters, or at a word's start before a letter. */
function candidate(text: string, i: number): boolean {
  let j = i;
  while (text[j] === '?') j++;
  if (!isLetter(text[j])) return false;
  const before = text[i - 1];
  return before === undefined || isLetter(before) || WORD_START.has(before) || /\s/u.test(before);
}

export function questionMarkDamage(text: string): Damage | undefined {
  let first = -1;
  let lines = 0;
  let words = 0;
  // Only the lines that hold a candidate are split into words: a question mark at the end of a question is no
  // candidate, so ordinary prose costs one indexOf pass.
  for (let mark = text.indexOf('?'); mark >= 0; mark = text.indexOf('?', mark + 1)) {
    if (!candidate(text, mark)) continue;
    const start = text.lastIndexOf('\n', mark) + 1;
    let end = text.indexOf('\n', mark);
    if (end < 0) end = text.length;
    mark = end; // each line once
    let total = 0;
    let damaged = 0;
    for (const raw of text.slice(start, end).split(/[\s,;|]+/)) {
      const w = raw.replace(EDGES, '');
      if (!/[\p{L}]/u.test(w)) continue;
      total++;
      if (damagedWordRe().test(w)) damaged++;
    }
    if (damaged >= 2 && damaged * 5 >= total) {
      if (lines === 0) first = start;
      lines++;
      words += damaged;
    }
  }
  if (lines === 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < first; i = text.indexOf('\n', i + 1)) line++;
  return { line, lines, words };
}

/** The reason given where the text is reported (never quoting it: the damaged words are content too). */
export function damageReason(d: Damage): string {
  return `letters replaced by "?" (${d.words} word(s) on ${d.lines} line(s), first on line ${d.line}), as a legacy code page does — ` +
    'e.g. text piped from Windows PowerShell 5.1; the text cannot be checked: scan the file itself, use `promptgate clip`, ' +
    'or set [Console]::OutputEncoding and $OutputEncoding to UTF-8';
}
