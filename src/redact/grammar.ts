/**
 * The placeholder grammar that `restore` accepts, tolerant of what AI models do to a token but never looser than
 * needed:
 * - bracketed, any case, spaces inside the brackets, `_`, `-` or a space between the parts, Markdown escapes:
 *   `[CCCD_1]`, `[cccd_1]`, `[ CCCD_1 ]`, `[CCCD 1]`, `\[CCCD\_1\]`, full-width `［CCCD_1］` / `【CCCD_1】`;
 *   Markdown around it (`**[CCCD_1]**`, `` `[CCCD_1]` ``) stays, only the token is replaced;
 * - bare only as issued, in capitals with `_` (`CCCD_1`, or `CCCD\_1`), not glued to letters or digits: a
 *   lower-case `card_1` is more likely a name in code than a placeholder that lost its brackets.
 * Only labels of the map are recognised, so ordinary bracketed text is never touched.
 */

const SEP = String.raw`(?:\\?_|[ \t-])`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `CCCD` → `[Cc][Cc][Dd][Dd]`: case-insensitive for one part of the regex only. */
function anyCase(s: string): string {
  return [...s].map((ch) => (ch.toLowerCase() !== ch.toUpperCase() ? `[${ch.toUpperCase()}${ch.toLowerCase()}]` : escape(ch))).join('');
}

export interface PlaceholderMatch {
  start: number;
  end: number;
  label: string;
  n: number;
}

/** Finds every placeholder of the given labels in a text, left to right, without overlaps. */
export function findPlaceholders(text: string, labels: Iterable<string>): PlaceholderMatch[] {
  const list = [...new Set(labels)].sort((a, b) => b.length - a.length);
  if (list.length === 0) return [];
  const loose = list.map((l) => l.split('_').map(anyCase).join(SEP)).join('|');
  const exact = list.map((l) => l.split('_').map(escape).join(String.raw`\\?_`)).join('|');
  const re = new RegExp(
    String.raw`\\?[\[［【][ \t]*(?<l1>${loose})${SEP}(?<n1>\d{1,9})[ \t]*\\?[\]］】]` +
      String.raw`|(?<![\p{L}\p{N}_\\])(?<l2>${exact})\\?_(?<n2>\d{1,9})(?![\p{L}\p{N}_])`,
    'gu',
  );
  const out: PlaceholderMatch[] = [];
  for (const m of text.matchAll(re)) {
    const g = m.groups!;
    const raw = g.l1 ?? g.l2;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      label: raw.replace(/\\/g, '').replace(/[ \t_-]+/g, '_').toUpperCase(),
      n: Number(g.n1 ?? g.n2),
    });
  }
  return out;
}
