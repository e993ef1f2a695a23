/**
 * Where the first run of at least `min` units that `member` accepts begins, at or after `from` (a run begun earlier
 * counts from `from`), or -1. Reads every `min`-th unit only (any `min` units in a row hold one of them) and measures
 * the run around a member: text without such runs costs a few reads per word instead of one per unit.
 */
export function firstRun(s: string, from: number, min: number, member: (c: number) => boolean): number {
  const n = s.length;
  for (let i = from + min - 1; i < n; ) {
    if (!member(s.charCodeAt(i))) {
      i += min;
      continue;
    }
    let a = i;
    while (a > from && member(s.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < n && b - a < min && member(s.charCodeAt(b))) b++;
    if (b - a >= min) return a;
    i = b + min; // s[b] is no member: the next run starts after it
  }
  return -1;
}
