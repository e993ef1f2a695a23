import { platform } from '../engine/platform.js';
import { disguiseEdits, type StampTerms } from './disguise.js';
import { type Edit, tidyEdits } from './edits.js';
import { legacyEdits } from './legacy.js';
import { numberWordEdits } from './number-words.js';
import { mayHold, RARE_TCVN3 } from './rare.js';
import { spacingEdits } from './spacing.js';
import { typingEdits } from './telex.js';
import { buildView, Scratch, type TextView } from './view.js';

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
  if (mayHold(view, RARE_TCVN3)) legacyEdits(view.original, words); // (most windows hold no TCVN3 symbol)
  // Stamps in letter disguise (separators across the word gap, leetspeak, small capitals): read first, so that
  // their word gaps win over the plain joining of the same separators.
  const disguised: Edit[] = [];
  disguiseEdits(view, stamps, disguised);
  numberWordEdits(view, disguised);
  if (spaced.length + words.length + disguised.length === 0) return undefined;
  // A letter-spaced run is the stronger reading: a word rewrite across its separators gives way.
  const kept = spaced.length === 0 || words.length === 0 ? words : words.filter(notCrossing(spaced));
  return deriveView(view.original, tidyEdits([...disguised, ...spaced, ...kept]));
}

/** A test for "overlaps none of `edits`" in logarithmic time (a line may hold millions of spacing edits). */
function notCrossing(edits: Edit[]): (w: Edit) => boolean {
  const sorted = [...edits].sort((a, b) => a.from - b.from);
  const reach = new Int32Array(sorted.length); // the furthest `to` among sorted[0..k]
  sorted.forEach((e, k) => (reach[k] = Math.max(e.to, k > 0 ? reach[k - 1] : 0)));
  return (w) => {
    let lo = 0;
    let hi = sorted.length; // the edits that start before w ends: sorted[0..lo)
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].from < w.to) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || reach[lo - 1] <= w.from;
  };
}

// The derived view's units and their places, reused from one call to the next (a window at a time): a line of
// spaced letters derives a view as long as the window, and fresh arrays for every window would pile up garbage.
let units = new Uint16Array(0);
let from = new Int32Array(0);
let to = new Int32Array(0);
let scratch: Scratch | undefined;

/** A view of `original` read through `edits` (sorted, disjoint), restricted to the lines they touch. */
export function deriveView(original: string, edits: Edit[]): TextView {
  const segments = linesAround(original, edits);
  // Typed arrays sized up front: a long line of spaced letters derives millions of units, and growing arrays of
  // numbers, or a string built unit by unit, would take several times the memory.
  let cap = segments.length;
  for (const [a, b] of segments) cap += b - a;
  for (const ed of edits) cap += Math.max(0, ed.text.length - (ed.to - ed.from));
  if (units.length < cap) {
    units = new Uint16Array(cap);
    from = new Int32Array(cap);
    to = new Int32Array(cap);
    scratch = new Scratch(cap + 16);
  }
  let n = 0;
  let e = 0;
  for (const [a, b] of segments) {
    if (n > 0) {
      units[n] = 10;
      from[n] = a;
      to[n++] = a;
    }
    let i = a;
    while (i < b) {
      while (e < edits.length && edits[e].from < i) e++;
      const ed = e < edits.length && edits[e].from === i ? edits[e] : undefined;
      if (ed && ed.to <= b) {
        const t = ed.text;
        const oneToOne = t.length === ed.to - ed.from;
        for (let k = 0; k < t.length; k++) {
          units[n] = t.charCodeAt(k);
          from[n] = oneToOne ? ed.from + k : ed.from;
          to[n++] = oneToOne ? ed.from + k + 1 : ed.to;
        }
        i = ed.to;
        e++;
      } else {
        units[n] = original.charCodeAt(i);
        from[n] = i;
        to[n++] = i + 1;
        i++;
      }
    }
  }
  const s = platform().utf16(units, n);
  const v = buildView(s, scratch); // its start/end are read into fresh arrays below
  const m = v.text.length;
  const start = new Int32Array(m);
  const end = new Int32Array(m);
  for (let k = 0; k < m; k++) {
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

/**
 * Merged [start, end) ranges of the original lines holding the edits (long lines cut around them). The edits are
 * sorted, so the line last looked up is kept: each line is searched for its bounds once, however many edits it
 * holds (a 10 MB line of spaced letters has millions).
 */
function linesAround(original: string, edits: Edit[]): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  let lineEnd = -1; // the line last looked up: [lineStart, lineEnd), lineEnd at its line break or the text's end
  const lineOf = (at: number) => {
    if (at < lineStart || at > lineEnd) {
      lineStart = original.lastIndexOf('\n', at - 1) + 1;
      lineEnd = original.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = original.length;
    }
  };
  for (const ed of edits) {
    lineOf(ed.from);
    let a = lineStart;
    lineOf(ed.to);
    let b = lineEnd;
    a = Math.max(a, ed.from - MAX_REACH);
    b = Math.min(b, ed.to + MAX_REACH);
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
