import { isMarkCode, isWordCode } from '../normalize/chars.js';
import { buildView } from '../normalize/view.js';

/**
 * The words of a text as fingerprints see them: the engine's matching view folded (case, diacritics, Unicode
 * forms, look-alike letters), cut at everything that is not a letter or digit, so white space, line breaks and
 * punctuation never matter. Each word keeps the original span it came from.
 */
export interface Words {
  /** Folded words ("Tối mật" → "toi", "mat"). */
  words: string[];
  /** Original UTF-16 offsets [start[i], end[i]) of word i. */
  start: Int32Array;
  end: Int32Array;
}

export function wordsOf(text: string): Words {
  const view = buildView(text);
  const f = view.folded;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = f.length;
  while (i < n) {
    const c = f.charCodeAt(i);
    if (!isWordCode(c) || isMarkCode(c)) {
      i++;
      continue;
    }
    const a = i;
    let marks = false;
    while (i < n) {
      const d = f.charCodeAt(i);
      if (!isWordCode(d)) break;
      if (isMarkCode(d)) marks = true;
      i++;
    }
    let w = f.slice(a, i);
    // A mark the folding left (a rare script) belongs to its letter; dropping it keeps "a\u0301" and "a" one word.
    if (marks) w = [...w].filter((ch) => !isMarkCode(ch.charCodeAt(0))).join('');
    words.push(w);
    starts.push(view.start[a]);
    ends.push(view.end[i - 1]);
  }
  return { words, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}
