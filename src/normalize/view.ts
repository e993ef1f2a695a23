import { confusables, foldCode, isIgnorable, isLineBreakChar, isMarkCode, isSpaceChar } from './chars.js';

/**
 * The matching view of a text: what rules match on, with a map back to the original.
 *
 * - `text`: NFKC per character cluster (NFD input composes, full-width and mathematical letters become ASCII),
 *   look-alike letters folded, invisible characters dropped, every run of white space collapsed to one
 *   " " (or "\n" when the run holds a line break). Case is kept, for formats like "AKIA…".
 * - `lower`: the same, lower-cased unit by unit.
 * - `folded`: `lower` without diacritics ("tối mật" → "toi mat", "đ" → "d").
 * All three have the same length, so one offset map serves them: view unit i came from
 * original[start[i], end[i]).
 */
export interface TextView {
  original: string;
  text: string;
  lower: string;
  folded: string;
  start: Int32Array;
  end: Int32Array;
}

type ClusterInfo = { kind: 'ignore' } | { kind: 'space'; newline: boolean } | { kind: 'chars'; text: string };

const clusterCache = new Map<string, ClusterInfo>();
const lowerCache = new Map<number, number>();

function classifyCluster(cluster: string): ClusterInfo {
  let info = clusterCache.get(cluster);
  if (info) return info;
  const base = String.fromCodePoint(cluster.codePointAt(0)!);
  if (isLineBreakChar(base)) info = { kind: 'space', newline: true };
  else if (isSpaceChar(base)) info = { kind: 'space', newline: false };
  else if (isIgnorable(base) && cluster.length === base.length) info = { kind: 'ignore' };
  else {
    let t = cluster.normalize('NFKC');
    if (confusables.size > 0) {
      let mapped = '';
      for (const ch of t) mapped += confusables.get(ch) ?? ch;
      t = mapped.normalize('NFC');
    }
    // NFKC may turn a character into white space (e.g. U+2000..U+200A): treat as space.
    if (t.trim() === '') info = t.length === 0 ? { kind: 'ignore' } : { kind: 'space', newline: false };
    else info = { kind: 'chars', text: t };
  }
  if (clusterCache.size < 50_000) clusterCache.set(cluster, info);
  return info;
}

function lowerCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let l = lowerCache.get(code);
  if (l === undefined) {
    const s = String.fromCharCode(code).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : code;
    lowerCache.set(code, l);
  }
  return l;
}

const utf16 = new TextDecoder('utf-16le');
function decodeUnits(units: Uint16Array, length: number): string {
  return utf16.decode(units.subarray(0, length));
}

export function buildView(original: string): TextView {
  const n = original.length;
  let cap = n + 16;
  let text = new Uint16Array(cap);
  let lower = new Uint16Array(cap);
  let folded = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let len = 0;

  const grow = () => {
    cap *= 2;
    const g16 = (a: Uint16Array) => { const b = new Uint16Array(cap); b.set(a); return b; };
    const g32 = (a: Int32Array) => { const b = new Int32Array(cap); b.set(a); return b; };
    text = g16(text); lower = g16(lower); folded = g16(folded); start = g32(start); end = g32(end);
  };
  const push = (code: number, s: number, e: number) => {
    if (len === cap) grow();
    text[len] = code;
    const l = lowerCode(code);
    lower[len] = l;
    folded[len] = foldCode(l);
    start[len] = s;
    end[len] = e;
    len++;
  };
  const pushSpace = (newline: boolean, s: number, e: number) => {
    if (len > 0) {
      const prev = text[len - 1];
      if (prev === 32 || prev === 10) {
        if (newline && prev === 32) { text[len - 1] = 10; lower[len - 1] = 10; folded[len - 1] = 10; }
        end[len - 1] = e;
        return;
      }
    }
    push(newline ? 10 : 32, s, e);
  };

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 128) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300 || !isMarkCode(next)) {
        if (c === 32 || c === 9 || c === 11 || c === 12) pushSpace(false, i, i + 1);
        else if (c === 10 || c === 13) pushSpace(true, i, i + 1);
        else push(c, i, i + 1);
        i++;
        continue;
      }
    }
    // General case: one code point and the combining marks that follow it.
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n) {
      const m = original.charCodeAt(j);
      if (m < 0x300 || !isMarkCode(m)) break;
      j++;
    }
    const info = classifyCluster(original.slice(i, j));
    if (info.kind === 'space') pushSpace(info.newline, i, j);
    else if (info.kind === 'chars') {
      const t = info.text;
      for (let k = 0; k < t.length; k++) push(t.charCodeAt(k), i, j);
    }
    i = j;
  }

  return {
    original,
    text: decodeUnits(text, len),
    lower: decodeUnits(lower, len),
    folded: decodeUnits(folded, len),
    start: start.subarray(0, len),
    end: end.subarray(0, len),
  };
}

/** Original [start, end) of the view range [from, to). */
export function toOriginal(view: TextView, from: number, to: number): [number, number] {
  if (to <= from) {
    const at = from < view.start.length ? view.start[from] : view.original.length;
    return [at, at];
  }
  return [view.start[from], view.end[to - 1]];
}

/**
 * Normalise a rule's keyword or context term the way the view normalises text, so that both meet:
 * `plain` keeps diacritics, `folded` drops them; both are lower-case with single spaces.
 */
export function normalizeTerm(term: string): { plain: string; folded: string } {
  const v = buildView(term.trim());
  const plain = v.lower.replace(/\n/g, ' ');
  const folded = v.folded.replace(/\n/g, ' ');
  return { plain, folded };
}
