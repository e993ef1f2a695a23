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
let bmpLoad: (() => Record<string, string> | undefined) | undefined;
let bmpTable: Record<string, string> | undefined | null = null;

export function useBmpRanges(load: () => Record<string, string> | undefined): void {
  bmpLoad = load;
  bmpTable = null;
}

/** The pattern for texts without surrogates: each property escape, or class holding one, at `spans` (analyze/bmp.ts)
 * spelled out as its BMP code points; undefined when one of them is not in the table (the pattern is then used as it
 * is). */
export function bmpSource(source: string, spans: number[]): string | undefined {
  let out = '';
  let at = 0;
  for (let k = 0; k < spans.length; k += 3) {
    if (bmpTable === null) bmpTable = bmpLoad?.();
    const list = bmpTable?.[source.slice(spans[k], spans[k + 1])];
    if (list === undefined) return undefined;
    out += `${source.slice(at, spans[k])}[${spans[k + 2] === 2 ? '^' : ''}${list}]`;
    at = spans[k + 1];
  }
  return out + source.slice(at);
}
