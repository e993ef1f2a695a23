/** Every rule regex runs with Unicode semantics, globally, with match indices for capture groups. */
export function regexFlags(extra: string): string {
  const set = new Set(['g', 'u', 'd', ...extra.split('')]);
  return [...set].join('');
}

/** Match indices (`d`) cost time on every match, so only patterns that report a capture group get them. */
export function compileRegex(source: string, extra = '', withIndices = true): RegExp {
  const flags = regexFlags(extra);
  return new RegExp(source, withIndices ? flags : flags.replace('d', ''));
}
