import type { PrunableGroup } from '../analyze/pattern.js';

/** Every rule regex runs with Unicode semantics, globally, with match indices for capture groups. */
export function regexFlags(extra: string): string {
  const set = new Set(['g', 'u', 'd', ...extra.split('')]);
  return [...set].join('');
}

/** Match indices (`d`) cost time on every match, so only patterns that report a capture group get them. `sticky`:
 * the copy that tries one position at a time (`y` instead of `g`). */
export function compileRegex(source: string, extra = '', withIndices = true, sticky = false): RegExp {
  const flags = regexFlags(extra).replace('g', sticky ? 'y' : 'g');
  return new RegExp(source, withIndices ? flags : flags.replace('d', ''));
}

/** The BMP code points of each property escape, or class holding one, the built-in rules use (see analyze/bmp.ts):
 * read from the build's file on first need. */
let bmpLoad: (() => BmpTable | undefined) | undefined;
let bmpTable: BmpTable | undefined | null = null;

/** The lists by escape or class: a record, or a function that reads one when first asked (the build's file, see
 * rules/builtin-cache.ts bmpRangesFile). */
export type BmpTable = Record<string, string> | ((key: string) => string | undefined);

export function useBmpRanges(load: () => BmpTable | undefined): void {
  bmpLoad = load;
  bmpTable = null;
}

function bmpList(key: string): string | undefined {
  if (bmpTable === null) bmpTable = bmpLoad?.();
  return typeof bmpTable === 'function' ? bmpTable(key) : bmpTable?.[key];
}

/** The pattern for texts without surrogates: each property escape, or class holding one, at `spans` (analyze/bmp.ts)
 * spelled out as its BMP code points; undefined when one of them is not in the table (the pattern is then used as it
 * is). */
export function bmpSource(source: string, spans: number[]): string | undefined {
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 3) {
    const list = bmpList(source.slice(spans[k], spans[k + 1]));
    if (list === undefined) return undefined;
    out += `${source.slice(at, spans[k])}[${spans[k + 2] === 2 ? '^' : ''}${list}]`;
    at = spans[k + 1];
  }
  return out + source.slice(at);
}

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/**
 * The BMP form (bmpSource) for the texts whose units are ASCII or among `chars` (ascending non-ASCII code units, no
 * surrogate): each spelled-out list keeps its ASCII ranges and only those of `chars` it holds — a few dozen entries
 * instead of hundreds of ranges, much less for V8 to parse and compile (#21). A regex reads only units of its subject,
 * so on such a text every class answers as the full list does, negated or not. With `i` (`ignoreCase`) the members
 * used are the escape's or class's closed under case folding: a unit of the text matches the class exactly when it
 * is among them, so keeping only the text's units of that closure loses no match and adds none. The table holds each
 * list as [from, to] pairs of code units for this (`u:` and, closed, `iu:` entries, built with the rule cache).
 * Undefined when the table lacks one (the caller then uses bmpSource or the pattern).
 */
export function narrowSource(source: string, spans: number[], ignoreCase: boolean, chars: Int32Array): string | undefined {
  if (narrowedFor !== chars) {
    narrowedFor = chars;
    narrowedLists.clear();
  }
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 3) {
    const key = `${ignoreCase ? 'iu' : 'u'}:${source.slice(spans[k], spans[k + 1])}`;
    let kept = narrowedLists.get(key);
    if (kept === undefined) {
      const pairs = bmpList(key);
      if (pairs === undefined) return undefined;
      kept = '';
      for (let q = 0; q < pairs.length && pairs.charCodeAt(q) < 128; q += 2) {
        const from = pairs.charCodeAt(q);
        const to = Math.min(pairs.charCodeAt(q + 1), 127);
        kept += from === to ? hex4(from) : `${hex4(from)}-${hex4(to)}`;
      }
      // Both ascending: one walk over the two (a binary search per unit, in a function of its own, was called often
      // enough on a cold prompt that V8 compiled it optimised, #21).
      for (let q = 0, p = 0; q < chars.length; q++) {
        const c = chars[q];
        while (p < pairs.length && pairs.charCodeAt(p + 1) < c) p += 2;
        if (p >= pairs.length) break;
        if (pairs.charCodeAt(p) <= c) kept += hex4(c);
      }
      narrowedLists.set(key, kept);
    }
    out += `${source.slice(at, spans[k])}[${spans[k + 2] === 2 ? '^' : ''}${kept}]`;
    at = spans[k + 1];
  }
  return out + source.slice(at);
}

/** The narrowed lists made for one set of characters (the patterns share a few dozen escapes and classes). */
let narrowedFor: Int32Array | undefined;
const narrowedLists = new Map<string, string>();

/** A list of bmpRanges (`\uXXXX` or `\uXXXX-\uXXXX` entries) as the [from, to] code unit pairs narrowSource reads. */
export function rangePairs(list: string): string {
  let out = '';
  for (const m of list.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
    out += String.fromCharCode(parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16));
  }
  return out;
}

/**
 * The pattern without the alternatives that cannot match a short text (analyze/triggers.ts prunableGroups: none of
 * an alternative's literals is in `flat`, the text's folded view with line breaks as spaces), and the property-escape
 * spans moved to where they are in it; undefined when every alternative stays. A group left with none matches
 * nowhere (`(?!)`). The same matches as the whole pattern on that text, for less to parse and compile (#21).
 */
export function prunedSource(source: string, groups: PrunableGroup[], flat: string, spans?: number[]): { source: string; spans?: number[] } | undefined {
  let out = '';
  let at = 0;
  const copied: number[] = []; // [start, end) of the source copied to out at: flat triples, in order
  const copy = (a: number, b: number) => {
    copied.push(a, b, out.length);
    out += source.slice(a, b);
  };
  for (const g of groups) {
    const kept: number[] = [];
    for (let k = 0; k < g.length; k += 3) {
      const how = g[k + 2];
      const s = g[k] as number;
      const e = g[k + 1] as number;
      if (how === 0 || (how === 1 ? flat.includes(source.slice(s, e)) : (how as string[]).some((l) => flat.includes(l)))) kept.push(s, e);
    }
    if (kept.length * 3 === g.length * 2) continue;
    copy(at, g[0] as number);
    if (kept.length === 0) out += '(?!)';
    for (let k = 0; k < kept.length; k += 2) {
      if (k > 0) out += '|';
      copy(kept[k], kept[k + 1]);
    }
    at = g[g.length - 2] as number;
  }
  if (copied.length === 0) return undefined;
  copy(at, source.length);
  if (!spans) return { source: out };
  // Each escape or class where it was copied to (none is cut: it lies inside one alternative or outside the groups).
  const moved: number[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    for (let q = 0; q < copied.length; q += 3) {
      if (copied[q] <= spans[k] && spans[k + 1] <= copied[q + 1]) {
        const d = copied[q + 2] - copied[q];
        moved.push(spans[k] + d, spans[k + 1] + d, spans[k + 2]);
        break;
      }
    }
  }
  return { source: out, spans: moved };
}
