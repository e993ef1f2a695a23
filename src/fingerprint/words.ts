import { isMarkCode, isWordCode } from '../normalize/chars.js';
import { buildView, Scratch, type TextView } from '../normalize/view.js';

/**
 * The words of a text as fingerprints see them: the engine's matching view folded (case, diacritics, Unicode
 * forms, look-alike letters), cut at everything that is not a letter or digit, so white space, line breaks and
 * punctuation never matter. Each word keeps the original span it came from, and a 128-bit digest block (two
 * FNV-style 32-bit hashes, its length, zero) that the store's keyed cipher turns into the word's hash. No word string is
 * made unless asked for (registration reads line openings): a large file has millions of words.
 */
export interface Words {
  count: number;
  /** Original UTF-16 offsets [start[i], end[i]) of word i. */
  start: Int32Array;
  end: Int32Array;
  /** Four u32 per word (the block is zero-filled past the length). */
  digest: Uint32Array;
  /** The folded words, when collected with `keepText`. */
  text?: string[];
}

// What a unit is to a word: 0 a separator, 1 a letter or digit, 2 a combining mark (part of the word, not hashed).
// ASCII is read from a table: most units of Vietnamese and Czech folded text are ASCII.
const ASCII_WORD = new Uint8Array(128).map((_, c) => (isWordCode(c) ? 1 : 0));
const unitKind = (c: number) => (c < 128 ? ASCII_WORD[c] : !isWordCode(c) ? 0 : c >= 0x300 && isMarkCode(c) ? 2 : 1);

/** Collects words from the views the engine builds window by window (or from views of its own). */
export class WordCollector {
  private start: Int32Array;
  private end: Int32Array;
  private digest: Uint32Array;
  private readonly text?: string[];
  count = 0;
  /** Set once any view was added (a watched engine matches in a worker and shows none). */
  seen = false;

  /**
   * `units`: the text's length, to size the buffers once (a word takes six units or more, space included).
   * `spare`: a collector whose words are no longer needed, whose buffers are taken over when large enough (the
   * segments of a large file would otherwise each zero and fault in some 17 MB of fresh memory).
   */
  constructor(units: number, keepText = false, spare?: WordCollector) {
    const n = Math.max(64, Math.ceil(units / 6));
    if (spare && spare.start.length >= n) {
      // The fourth u32 of a digest block is never written, so it is still zero.
      this.start = spare.start;
      this.end = spare.end;
      this.digest = spare.digest;
    } else {
      this.start = new Int32Array(n);
      this.end = new Int32Array(n);
      this.digest = new Uint32Array(n * 4);
    }
    if (keepText) this.text = [];
  }

  /** The words of `view` (built from original[base…]) that start at an original offset in [from, to). */
  add(view: TextView, base: number, from: number, to: number): void {
    this.seen = true;
    const f = view.folded;
    const n = f.length;
    const vs = view.start;
    let i = 0;
    while (i < n && base + vs[i] < from) i++;
    // A word cut by the left edge of the core belongs to the window before.
    if (i > 0 && unitKind(f.charCodeAt(i - 1)) !== 0) while (i < n && unitKind(f.charCodeAt(i)) !== 0) i++;
    // One pass, locals only (a large file has tens of millions of units): each word's two hashes as it is read.
    let count = this.count;
    let starts = this.start;
    let ends = this.end;
    let digest = this.digest;
    const ve = view.end;
    while (i < n) {
      const c = f.charCodeAt(i);
      if ((c < 128 ? ASCII_WORD[c] : unitKind(c)) !== 1) {
        i++;
        continue;
      }
      if (base + vs[i] >= to) break;
      const a = i;
      let h1 = 0x811c9dc5;
      let h2 = 0x5bd1e995;
      let len = 0;
      let marks = false;
      for (; i < n; i++) {
        const d = f.charCodeAt(i);
        const kind = d < 128 ? ASCII_WORD[d] : unitKind(d);
        if (kind === 0) break;
        // A mark the folding left (a rare script) belongs to its letter: "a\u0301" and "a" are one word.
        if (kind === 2) {
          marks = true;
          continue;
        }
        h1 = Math.imul(h1 ^ d, 0x01000193);
        h2 = Math.imul(h2 ^ d, 0x85ebca6b) ^ (h2 >>> 15);
        len++;
      }
      if (count === starts.length) {
        this.grow();
        starts = this.start;
        ends = this.end;
        digest = this.digest;
      }
      starts[count] = base + vs[a];
      ends[count] = base + ve[i - 1];
      digest[count * 4] = h1;
      digest[count * 4 + 1] = h2;
      digest[count * 4 + 2] = len;
      count++;
      if (this.text) this.text.push(marks ? [...f.slice(a, i)].filter((ch) => !isMarkCode(ch.charCodeAt(0))).join('') : f.slice(a, i));
    }
    this.count = count;
  }

  private grow(): void {
    const grow = <T extends Int32Array | Uint32Array>(a: T, make: (n: number) => T) => {
      const b = make(a.length * 2);
      b.set(a);
      return b;
    };
    this.start = grow(this.start, (n) => new Int32Array(n));
    this.end = grow(this.end, (n) => new Int32Array(n));
    this.digest = grow(this.digest, (n) => new Uint32Array(n));
  }

  finish(): Words {
    const n = this.count;
    return { count: n, start: this.start.subarray(0, n), end: this.end.subarray(0, n), digest: this.digest.subarray(0, n * 4), ...(this.text ? { text: this.text } : {}) };
  }
}

/** Units of text per window of words, and the margin read on each side (stream.ts makes the same windows). */
export const WINDOW = 1 << 18;
export const WORD_MARGIN = 256;

/** The words of a whole text, built window by window like the engine does (bounded buffers for large texts);
 * `onWindow` is called after each window (a worker shows it is alive, see parallel.ts). */
export function wordsOf(text: string, keepText = false, onWindow?: () => void): Words {
  const c = new WordCollector(text.length, keepText);
  if (text.length <= WINDOW) c.add(buildView(text), 0, 0, text.length);
  else {
    const scratch = new Scratch(WINDOW + 2 * WORD_MARGIN + 64);
    for (let a = 0; a < text.length; a += WINDOW) {
      const b = Math.min(text.length, a + WINDOW);
      const ws = Math.max(0, a - WORD_MARGIN);
      c.add(buildView(text.slice(ws, Math.min(text.length, b + WORD_MARGIN)), scratch), ws, a, b);
      onWindow?.();
    }
  }
  return c.finish();
}
