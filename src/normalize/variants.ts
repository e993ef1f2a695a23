import { disguiseEdits, type StampTerms } from './disguise.js';
import { type Edit, tidyEdits } from './edits.js';
import { legacyEdits } from './legacy.js';
import { numberWordEdits } from './number-words.js';
import { spacingEdits } from './spacing.js';
import { typingEdits } from './telex.js';
import { buildView, type TextView } from './view.js';

/** Lines longer than this are cut around the edit: a derived view only needs the neighbourhood. */
const MAX_REACH = 2048;

/**
 * The second reading of a text, for what the main view cannot show: letter-spaced words joined
 * ("T Ố I  M Ậ T" → "TỐI MẬT"), stamps in letter disguise ("T.O.P.S.E.C.R.E.T", "T0P S3CR3T"; disguise.ts), split
 * digit groups joined, Telex/VNI leftovers decoded ("MAATJ" → "MẬT"),
 * TCVN3 mojibake transcoded ("nh©n" → "nhân"). Undefined when there is nothing to rewrite (the usual case:
 * plain prose costs three regex scans and no copy).
 *
 * Only the lines holding a rewrite are included, one after the other (separated by a line break), so its
 * cost follows the amount of obfuscation, not the size of the text. Offsets map to `view.original` exactly:
 * kept characters to themselves, a rewritten word to the whole original word, a dropped separator to nothing.
 */
export function variantView(view: TextView, stamps?: StampTerms): TextView | undefined {
  const spaced: Edit[] = [];
  spacingEdits(view, spaced);
  const words: Edit[] = [];
  typingEdits(view, words);
  legacyEdits(view.original, words);
  // Stamps in letter disguise (separators across the word gap, leetspeak, small capitals): read first, so that
  // their word gaps win over the plain joining of the same separators.
  const disguised: Edit[] = [];
  disguiseEdits(view, stamps, disguised);
  numberWordEdits(view, disguised);
  if (spaced.length + words.length + disguised.length === 0) return undefined;
  // A letter-spaced run is the stronger reading: a word rewrite across its separators gives way.
  const kept = spaced.length === 0 ? words : words.filter((w) => !spaced.some((e) => e.from < w.to && e.to > w.from));
  return deriveView(view.original, tidyEdits([...disguised, ...spaced, ...kept]));
}

/** A view of `original` read through `edits` (sorted, disjoint), restricted to the lines they touch. */
export function deriveView(original: string, edits: Edit[]): TextView {
  const segments = linesAround(original, edits);
  let s = '';
  const from: number[] = [];
  const to: number[] = [];
  let e = 0;
  for (const [a, b] of segments) {
    if (s.length > 0) {
      s += '\n';
      from.push(a);
      to.push(a);
    }
    let i = a;
    while (i < b) {
      while (e < edits.length && edits[e].from < i) e++;
      const ed = e < edits.length && edits[e].from === i ? edits[e] : undefined;
      if (ed && ed.to <= b) {
        const t = ed.text;
        const oneToOne = t.length === ed.to - ed.from;
        for (let k = 0; k < t.length; k++) {
          from.push(oneToOne ? ed.from + k : ed.from);
          to.push(oneToOne ? ed.from + k + 1 : ed.to);
        }
        s += t;
        i = ed.to;
        e++;
      } else {
        s += original[i];
        from.push(i);
        to.push(i + 1);
        i++;
      }
    }
  }
  const v = buildView(s);
  const n = v.text.length;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    start[k] = from[v.start[k]];
    end[k] = to[v.end[k] - 1];
  }
  return {
    original,
    text: v.text,
    get lower() {
      return v.lower;
    },
    folded: v.folded,
    start,
    end,
    derived: true,
  };
}

/** Merged [start, end) ranges of the original lines holding the edits (long lines cut around them). */
function linesAround(original: string, edits: Edit[]): [number, number][] {
  const out: [number, number][] = [];
  for (const ed of edits) {
    let a = original.lastIndexOf('\n', ed.from - 1) + 1;
    let b = original.indexOf('\n', ed.to);
    if (b < 0) b = original.length;
    a = Math.max(a, ed.from - MAX_REACH);
    b = Math.min(b, ed.to + MAX_REACH);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
