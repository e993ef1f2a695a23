/** Every rule regex runs with Unicode semantics, globally, with match indices for capture groups. */
export function regexFlags(extra: string): string {
  const set = new Set(['g', 'u', 'd', ...extra.split('')]);
  return [...set].join('');
}

export function compileRegex(source: string, extra = ''): RegExp {
  return new RegExp(source, regexFlags(extra));
}
