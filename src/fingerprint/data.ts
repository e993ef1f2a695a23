import { LineIndex } from '../normalize/lines.js';
import { mask } from '../util/mask.js';
import type { ScanTextOptions } from '../engine/engine.js';
import { type Category, DEFAULT_SEVERITY, type Finding, type Localized } from '../types.js';
import { localize } from '../util/localize.js';
import type { Words } from './words.js';

/**
 * Registered data (exact data match): cells of the office's tables, kept as keyed 64-bit hashes of their
 * normalised form, looked up for the candidates of a text — digit groups, e-mail addresses and word sequences.
 * Pure: the keyed hash and the store are given (see store-file.ts). No value, and no unkeyed hash of one, is kept.
 *
 * Normal forms, the same on both sides:
 *   digits   the digits only ("001 234.567-890" → 001234567890)
 *   phone    the national number: digits without 00/+ and a country code 84 or 420, nor a leading 0
 *   email    lower case
 *   name, term  the engine's folded words (case, diacritics, look-alikes; punctuation and spacing never count)
 */
export type DataKind = 'digits' | 'phone' | 'email' | 'name' | 'term';

export interface DataColumn {
  /** The rule-id part: the header folded to [a-z0-9-]. */
  name: string;
  kind: DataKind;
  category: Category;
}

export interface DataTable {
  label: string;
  columns: DataColumn[];
  rows: number;
  cells: number;
  added: string;
}

/** One registered cell: its table, column and row. */
export interface DataEntry {
  table: number;
  column: number;
  row: number;
}

/** What matching needs from an open store's data section. */
export interface DataSource {
  tables: DataTable[];
  /** Word counts of the registered names and terms, ascending. */
  termLengths: number[];
  /** Shortest and longest registered digit string. */
  digits: [number, number];
  /** The keyed PRF: 4 u32 (a digest block) in, 4 u32 out, per item. */
  prf: (blocks: Uint32Array) => Uint32Array;
  /** Is a word (by its keyed hash) part of some registered name or term? */
  maybeWord: (hi: number) => boolean;
  /** For (hi, lo) pairs, the registered cells with that hash. */
  lookup: (keys: Uint32Array) => (DataEntry[] | undefined)[];
}

export const RECORD_REACH = 300;
export const MAX_TERM_WORDS = 12;
export const FILTER_BITS = 1 << 20;
const TAG_DIGITS = 1;
const TAG_EMAIL = 2;

export const WORD_KINDS: ReadonlySet<DataKind> = new Set(['name', 'term']);
const DIGIT_KINDS: ReadonlySet<DataKind> = new Set(['digits', 'phone']);

/** The digest block of a string (two FNV-style hashes, its length, a kind tag), as words.ts makes for words. */
export function digestInto(s: string, tag: number, out: Uint32Array, at: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ d, 0x01000193);
    h2 = Math.imul(h2 ^ d, 0x85ebca6b) ^ (h2 >>> 15);
  }
  out[at] = h1;
  out[at + 1] = h2;
  out[at + 2] = s.length;
  out[at + 3] = tag;
}

/** The national number of a phone: without an international prefix (00, +), a country code 84 or 420, or a leading 0. */
export function phoneCanon(d: string): string {
  if (d.startsWith('00')) d = d.slice(2);
  if (d.startsWith('84') && d.length >= 11) d = d.slice(2);
  else if (d.startsWith('420') && d.length === 12) d = d.slice(3);
  return d.startsWith('0') ? d.slice(1) : d;
}

/** The normal form of a digit or e-mail cell, and its tag; undefined when the cell holds none. */
export function cellKey(kind: DataKind, value: string): { s: string; tag: number } | undefined {
  if (kind === 'email') {
    const v = value.trim().toLowerCase();
    return /^[^\s@]+@[^\s@]+$/.test(v) ? { s: v, tag: TAG_EMAIL } : undefined;
  }
  const digits = value.replace(/\D+/g, '');
  if (digits.length < 4) return undefined;
  return { s: kind === 'phone' ? phoneCanon(digits) : digits, tag: TAG_DIGITS };
}

/** The hash of k consecutive words from their keyed hashes (hi, lo at 4·i in `prf`): one 64-bit value. */
export function termHash(prf: Uint32Array, first: number, k: number, out: Uint32Array, at: number): void {
  let a = 0x6a09e667 ^ k;
  let b = 0xbb67ae85 ^ k;
  for (let j = 0; j < k; j++) {
    a = Math.imul((a << 5) | (a >>> 27), 0x9e3779b1) ^ prf[(first + j) * 4];
    b = Math.imul((b << 7) | (b >>> 25), 0x85ebca6b) ^ prf[(first + j) * 4 + 1];
  }
  out[at] = fmix(a);
  out[at + 1] = fmix(b ^ a);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The bit of the word filter a word's keyed hash sets. */
export const filterBit = (hi: number) => hi >>> 12;

interface Hit {
  start: number;
  end: number;
  entries: DataEntry[];
  words: boolean;
}

// ASCII characters of an e-mail address's local part (1) and domain (2).
const EMAIL_CHARS = new Uint8Array(128).map((_, c) => {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9-]/.test(ch)) return 3;
  if (ch === '.') return 3;
  return /[_%+]/.test(ch) ? 1 : 0;
});

/** The e-mail addresses of a text, grown from each "@" (a regex over a long text backtracks on every letter run). */
function* emails(text: string): Generator<{ start: number; end: number }> {
  const cls = (i: number) => {
    const c = text.charCodeAt(i);
    return c < 128 ? EMAIL_CHARS[c] : 0;
  };
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && cls(a - 1) & 1) a--;
    let b = at + 1;
    while (b < text.length && cls(b) & 2) b++;
    while (b > at + 1 && (text[b - 1] === '.' || text[b - 1] === '-')) b--;
    const domain = text.slice(at + 1, b);
    if (a < at && domain.includes('.') && !domain.startsWith('.') && !domain.includes('..')) yield { start: a, end: b };
  }
}
/** What may separate the groups of one number ("001 234.567", "+84 (912) 345-678"). */
const DIGIT_GAP = /^[ \t.\-‐‑‒–—/()+]{1,3}$/;
/** What may separate the words of one name or term: spacing, a line break, a dash, a dot. */
const WORD_GAP = /^[\s.\-‐‑‒–—_·]{1,4}$/;

class Keys {
  keys = new Uint32Array(256);
  spans: { start: number; end: number; words: boolean }[] = [];
  add(hi: number, lo: number, start: number, end: number, words: boolean): void {
    const n = this.spans.length;
    if (n * 2 + 2 > this.keys.length) {
      const k = new Uint32Array(this.keys.length * 2);
      k.set(this.keys);
      this.keys = k;
    }
    this.keys[n * 2] = hi;
    this.keys[n * 2 + 1] = lo;
    this.spans.push({ start, end, words });
  }
}

/** The candidates of a text whose start lies in [from, to), looked up: the registered cells found, by span. */
export function findData(text: string, words: Words, src: DataSource, from = 0, to = text.length): Hit[] {
  const keys = new Keys();
  const isDigitWord = (i: number) => {
    for (let p = words.start[i]; p < words.end[i]; p++) {
      const c = text.charCodeAt(p);
      if (c < 48 || c > 57) return false;
    }
    return true;
  };
  // Numbers: runs of digit words joined by a small separator; every sub-run of a registered length.
  const [minD, maxD] = src.digits;
  if (maxD > 0) {
    const blocks: Uint32Array[] = [];
    const pending: { start: number; end: number }[] = [];
    const block = new Uint32Array(8);
    for (let i = 0; i < words.count; i++) {
      if (words.start[i] < from || words.start[i] >= to || !isDigitWord(i)) continue;
      let s = '';
      for (let j = i; j < words.count && j < i + 8; j++) {
        if (j > i && (!isDigitWord(j) || !DIGIT_GAP.test(text.slice(words.end[j - 1], words.start[j])))) break;
        s += text.slice(words.start[j], words.end[j]);
        if (s.length > maxD + 5) break;
        for (const v of new Set([s, phoneCanon(s)])) {
          if (v.length < minD || v.length > maxD) continue;
          digestInto(v, TAG_DIGITS, block, 0);
          blocks.push(block.slice(0, 4));
          pending.push({ start: words.start[i], end: words.end[j] });
        }
      }
    }
    if (blocks.length > 0) {
      const all = new Uint32Array(blocks.length * 4);
      blocks.forEach((b, x) => all.set(b, x * 4));
      const out = src.prf(all);
      // A phone's "+" belongs to it.
      pending.forEach((p, x) => keys.add(out[x * 4], out[x * 4 + 1], text.charCodeAt(p.start - 1) === 43 ? p.start - 1 : p.start, p.end, false));
    }
  }
  // E-mail addresses, lower-cased.
  if (text.indexOf('@') >= 0) {
    const found: { start: number; end: number }[] = [];
    const blocks: number[] = [];
    const block = new Uint32Array(4);
    for (const m of emails(text)) {
      if (m.start < from || m.start >= to) continue;
      digestInto(text.slice(m.start, m.end).toLowerCase(), TAG_EMAIL, block, 0);
      blocks.push(...block);
      found.push(m);
    }
    if (found.length > 0) {
      const out = src.prf(Uint32Array.from(blocks));
      found.forEach((p, x) => keys.add(out[x * 4], out[x * 4 + 1], p.start, p.end, false));
    }
  }
  // Names and terms: sequences of folded words of a registered length whose every word is in the filter.
  if (src.termLengths.length > 0 && words.count > 0) {
    const prf = src.prf(words.digest);
    const ok = new Uint8Array(words.count);
    for (let i = 0; i < words.count; i++) ok[i] = src.maybeWord(prf[i * 4]) ? 1 : 0;
    const out = new Uint32Array(2);
    for (let i = 0; i < words.count; i++) {
      if (!ok[i] || words.start[i] < from || words.start[i] >= to) continue;
      let len = 1;
      for (const k of src.termLengths) {
        for (; len < k; len++) {
          const j = i + len;
          if (j >= words.count || !ok[j] || !WORD_GAP.test(text.slice(words.end[j - 1], words.start[j]))) break;
        }
        if (len < k) break;
        termHash(prf, i, k, out, 0);
        keys.add(out[0], out[1], words.start[i], words.end[i + k - 1], true);
      }
    }
  }
  if (keys.spans.length === 0) return [];
  const found = src.lookup(keys.keys.subarray(0, keys.spans.length * 2));
  const hits: Hit[] = [];
  // The same value twice in a text is the same entries (a common name may be thousands of rows): filtered once.
  const same = new Map<DataEntry[], DataEntry[]>();
  keys.spans.forEach((s, x) => {
    if (!found[x]) return;
    let entries = same.get(found[x]);
    if (!entries) {
      // The candidate's kind must be the column's (a 64-bit collision across kinds is not a match).
      entries = found[x].filter((e) => {
        const kind = src.tables[e.table].columns[e.column].kind;
        return s.words ? WORD_KINDS.has(kind) : DIGIT_KINDS.has(kind) || kind === 'email';
      });
      same.set(found[x], entries);
    }
    if (entries.length > 0) hits.push({ ...s, entries });
  });
  // The longest reading wins: "+84 912 345 678" is one phone, not also "912 345 678".
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => k.start <= h.start && h.end <= k.end)) kept.push(h);
  return kept;
}

const MESSAGE: Localized = {
  en: 'a value registered in "{label}" (column {column})',
  vi: 'giá trị đã đăng ký trong "{label}" (cột {column})',
  cs: 'hodnota registrovaná v „{label}“ (sloupec {column})',
};
const RECORD: Localized = {
  en: 'a registered name with other data of the same record of "{label}" (columns {column})',
  vi: 'tên đã đăng ký cùng dữ liệu khác của cùng một bản ghi trong "{label}" (cột {column})',
  cs: 'registrované jméno s dalšími údaji téhož záznamu v „{label}“ (sloupce {column})',
};

/** Which category a record finding takes: the strongest of its other fields. */
const RECORD_ORDER: Category[] = ['national-id', 'financial', 'credential', 'sensitive-personal', 'contact'];

/** Findings for registered cells in one text (or in the core of one segment): one per column hit, plus records. */
export function dataFindings(text: string, source: string, src: DataSource, words: Words, opts: ScanTextOptions = {}): Finding[] {
  const hits = findData(text, words, src, opts.frame?.coreStart ?? 0, opts.frame?.coreEnd ?? text.length);
  if (hits.length === 0) return [];
  const lines = new LineIndex(text, opts.frame);
  const lang = opts.lang ?? 'en';
  const out: Finding[] = [];
  const finding = (ruleId: string, category: Category, severity: Finding['severity'], start: number, end: number, message: string): Finding => {
    const a = lines.position(start);
    const b = lines.position(end);
    return { ruleId, category, severity, source, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, excerpt: mask(text.slice(start, end)), message, start, end };
  };
  for (const h of hits) {
    // A common name is many rows of one column: one finding per column.
    const seen = new Set<number>();
    for (const e of h.entries) {
      if (seen.has(e.table * 0x10000 + e.column)) continue;
      seen.add(e.table * 0x10000 + e.column);
      const t = src.tables[e.table];
      const c = t.columns[e.column];
      const id = `data.${t.label}.${c.name}`;
      out.push(finding(id, c.category, DEFAULT_SEVERITY[c.category], h.start, h.end, localize(MESSAGE, lang).replace('{label}', t.label).replace('{column}', c.name)));
    }
  }
  // A registered name and another field of the same row within RECORD_REACH characters: the record itself.
  // Hits are sorted by start; a row is a number (table · 2^32 + row), each hit's rows made once.
  const isName = (e: DataEntry) => src.tables[e.table].columns[e.column].kind === 'name';
  const rowKey = (e: DataEntry) => e.table * 0x100000000 + e.row;
  const others = hits.map((o) => o.entries.filter((e) => !isName(e)));
  const records = new Set<string>();
  // A name repeated in the text is one lookup result (see findData): its rows are collected once.
  const rowsOf = new Map<DataEntry[], Set<number>>();
  hits.forEach((h, hi) => {
    let rows = rowsOf.get(h.entries);
    if (!rows) rowsOf.set(h.entries, (rows = new Set(h.entries.filter(isName).map(rowKey))));
    if (rows.size === 0) return;
    const byTable = new Map<number, { start: number; end: number; columns: Set<number> }>();
    for (let oi = 0; oi < hits.length; oi++) {
      const o = hits[oi];
      if (o.start > h.end + RECORD_REACH) break;
      if (oi === hi || o.end + RECORD_REACH < h.start) continue;
      for (const e of others[oi]) {
        if (!rows.has(rowKey(e))) continue;
        let r = byTable.get(e.table);
        if (!r) byTable.set(e.table, (r = { start: h.start, end: h.end, columns: new Set() }));
        r.start = Math.min(r.start, o.start);
        r.end = Math.max(r.end, o.end);
        r.columns.add(e.column);
      }
    }
    for (const [ti, r] of byTable) {
      const key = `${ti}:${r.start}:${r.end}`;
      if (records.has(key)) continue;
      records.add(key);
      const t = src.tables[ti];
      const cols = [...r.columns].sort((a, b) => a - b).map((c) => t.columns[c]);
      const category = RECORD_ORDER.find((k) => cols.some((c) => c.category === k)) ?? cols[0].category;
      const names = [names0(t), ...cols.map((c) => c.name)].join(', ');
      out.push(finding(`data.${t.label}.record`, category, 'block', r.start, r.end, localize(RECORD, lang).replace('{label}', t.label).replace('{column}', names)));
    }
  });
  return out;
}

const names0 = (t: DataTable) => t.columns.find((c) => c.kind === 'name')?.name ?? 'name';
