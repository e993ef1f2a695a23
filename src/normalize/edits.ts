/**
 * A rewrite of the original text for matching only: original[from, to) reads as `text`. Derived views are
 * built from non-overlapping edits (variants.ts) and keep an exact map back to the original characters.
 */
export interface Edit {
  from: number;
  to: number;
  text: string;
}

/** Sorted by position, overlaps dropped (the earlier, then the longer edit wins). */
export function tidyEdits(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.from - b.from || b.to - a.to);
  const out: Edit[] = [];
  let reach = -1;
  for (const e of edits) {
    if (e.from < reach) continue;
    out.push(e);
    reach = e.to;
  }
  return out;
}
