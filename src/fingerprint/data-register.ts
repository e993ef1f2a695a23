import { readFileSync } from 'node:fs';
import { usageError } from '../i18n/index.js';
import { documentKind } from '../input/extract/detect.js';
import { normalizeTerm } from '../normalize/view.js';
import { CATEGORIES, type Category } from '../types.js';
import { cellKey, type DataColumn, type DataKind, type DataTable, digestInto, FILTER_BITS, filterBit, MAX_TERM_WORDS, termHash } from './data.js';
import { type DataCells, withoutTable } from './data-format.js';
import { openForChange } from './register.js';
import { dataPrf, writeStore } from './store-file.js';
import { wordsOf } from './words.js';

/** A header folded for rule ids and recognition (the engine's folding: case, diacritics, look-alikes), as [a-z0-9-]. */
export function slug(s: string): string {
  return normalizeTerm(s).folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Column kinds recognised from the header (folded, without dashes), with their default category. */
const HEADERS: [RegExp, DataKind, Category][] = [
  [/^(cccd|cmnd|cmt|socccd|socmnd|cancuoc|socancuoc|cancuoccongdan|nationalid|idnumber|personalid|rodnecislo|rc|ssn|passport|hochieu|sohochieu|bhxh|sobhxh|masobhxh|cislopasu|cisloop)$/, 'digits', 'national-id'],
  [/^(phone|phonenumber|mobile|tel|telephone|telefon|sdt|sodienthoai|dienthoai|didong|mobil)$/, 'phone', 'contact'],
  [/^(email|mail|emailaddress|thudientu|diachiemail)$/, 'email', 'contact'],
  [/^(name|fullname|hoten|hovaten|ten|jmeno|prijmeni|jmenoaprijmeni|celejmeno)$/, 'name', 'contact'],
  [/^(account|accountnumber|bankaccount|stk|sotaikhoan|taikhoan|iban|card|cardnumber|sothe|cislouctu|ucet)$/, 'digits', 'financial'],
];

/** The kind of a column no header names, from its cells. */
function kindFromCells(values: string[]): DataKind {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length > 0 && filled.every((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()))) return 'email';
  if (filled.length > 0 && filled.every((v) => /^[\d\s.\-+()/]+$/.test(v) && v.replace(/\D/g, '').length >= 6)) return 'digits';
  return 'term';
}

/** The cells of a table file's first sheet (CSV, XLSX, ODS) through the document readers, row by row; row 1 is the header. */
export async function readTable(path: string): Promise<string[][]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw usageError('tableUnreadable', { path, detail: (e as NodeJS.ErrnoException).code ?? 'error' });
  }
  const kind = documentKind(path, bytes);
  if (kind !== 'csv' && kind !== 'ooxml' && kind !== 'odf') throw usageError('tableKind', { path });
  const { extractDocument } = await import('../input/extract/index.js');
  let x;
  try {
    x = await extractDocument(kind, bytes);
  } catch (e) {
    throw usageError('tableUnreadable', { path, detail: (e as { reason?: string }).reason ?? 'unreadable' });
  }
  if (x.problems.length > 0) throw usageError('tablePart', { path, detail: `${x.problems[0].location}: ${x.problems[0].reason}` });
  const rows: string[][] = [];
  let sheet: string | undefined;
  for (const s of x.segments) {
    const m = /^(.*?)cell ([A-Z]+)(\d+)( \(hidden sheet\))?$/.exec(s.location);
    if (!m || m[1].startsWith('comment')) continue;
    if (sheet === undefined) sheet = m[1];
    if (m[1] !== sheet) continue; // the first sheet is the table
    let v = x.text.slice(s.start, s.end);
    if (kind === 'csv' && v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/""/g, '"');
    const r = Number(m[3]) - 1;
    let c = 0;
    for (const ch of m[2]) c = c * 26 + ch.charCodeAt(0) - 64;
    (rows[r] ??= [])[c - 1] = v;
  }
  return rows.filter((r) => r !== undefined);
}

export interface AddDataOptions {
  store: string;
  label: string;
  rows: string[][];
  /** Columns to register, by header or its slug (default: all). */
  columns?: string[];
  /** `column=category` overrides. */
  categories?: string[];
  key?: Buffer;
  now?: Date;
}

export interface AddDataResult {
  table: DataTable;
  replaced: boolean;
  /** Cells that were not empty but hold nothing of their column's kind (e.g. "n/a" in a phone column), per column. */
  unusable: Record<string, number>;
}

/** The columns to register: header, kind and category; a column whose category cannot be told needs --category. */
function chooseColumns(header: string[], rows: string[][], o: AddDataOptions): { index: number; col: DataColumn }[] {
  const wanted = o.columns?.map((c) => slug(c));
  const overrides = new Map<string, Category>();
  for (const c of o.categories ?? []) {
    const m = /^(.+)=(.+)$/.exec(c);
    if (!m || !(CATEGORIES as readonly string[]).includes(m[2].trim())) throw usageError('categoryFlag', { value: c, choices: CATEGORIES.join(', ') });
    overrides.set(slug(m[1]), m[2].trim() as Category);
  }
  const out: { index: number; col: DataColumn }[] = [];
  const unknown: string[] = [];
  header.forEach((h, index) => {
    const name = slug(h ?? '') || `column-${index + 1}`;
    if (wanted && !wanted.includes(name)) return;
    const known = HEADERS.find(([re]) => re.test(name.replace(/-/g, '')));
    const kind = known?.[1] ?? kindFromCells(rows.map((r) => r[index] ?? ''));
    const category = overrides.get(name) ?? known?.[2];
    if (!category) unknown.push(name);
    else out.push({ index, col: { name, kind, category } });
  });
  for (const w of wanted ?? []) if (!header.some((h, i) => (slug(h ?? '') || `column-${i + 1}`) === w)) throw usageError('noColumn', { column: w });
  for (const k of overrides.keys()) if (!out.some((c) => c.col.name === k) && !unknown.includes(k)) throw usageError('categoryColumn', { column: k });
  if (unknown.length > 0) throw usageError('dataUnknownColumns', { columns: unknown.join(', '), first: unknown[0]! });
  if (out.length === 0) throw usageError('noColumns');
  if (out.length > 0xffff) throw usageError('tooManyColumns');
  return out;
}

/**
 * Registers a table (row 1: the header) under `label` in the store, replacing a table of the same label (a refresh):
 * each cell becomes one keyed 64-bit hash of its normal form (see data.ts); no value is written.
 */
export function addData(o: AddDataOptions): AddDataResult {
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(o.label)) throw usageError('labelFlag', { value: JSON.stringify(o.label) });
  const [header, ...rows] = o.rows;
  if (!header || rows.length === 0) throw usageError('tableNoRows');
  const cols = chooseColumns(header, rows, o);
  const s = openForChange(o.store, o.key, true);
  const prev = s.data ? withoutTable(s.data, o.label) : undefined;
  const replaced = prev !== undefined && prev.tables.length < (s.data?.tables.length ?? 0);
  const tableIndex = prev?.tables.length ?? 0;
  if (tableIndex > 0xffff) throw usageError('tooManyTables');
  const prf = dataPrf(s.key);
  const hi: number[] = [];
  const lo: number[] = [];
  const rowOf: number[] = [];
  const where: number[] = [];
  const filter = prev ? prev.filter.slice() : new Uint8Array(FILTER_BITS / 8);
  const termLengths = new Set(prev?.termLengths ?? []);
  let [minD, maxD] = prev && prev.digits[1] > 0 ? prev.digits : [Infinity, 0];
  const unusable: Record<string, number> = {};
  let cells = 0;
  cols.forEach(({ index, col }, ci) => {
    const tag = (tableIndex << 16) | ci;
    const bad = () => void (unusable[col.name] = (unusable[col.name] ?? 0) + 1);
    if (col.kind === 'name' || col.kind === 'term') {
      // One view for the whole column: its cells joined by blank lines, each cell's words found by offset.
      const starts: number[] = [];
      let text = '';
      for (const r of rows) {
        starts.push(text.length);
        text += (r[index] ?? '').replace(/\s+/g, ' ') + '\n\n';
      }
      const words = wordsOf(text);
      const wp = prf(words.digest);
      const out = new Uint32Array(2);
      let w = 0;
      rows.forEach((r, ri) => {
        const end = ri + 1 < starts.length ? starts[ri + 1] : text.length;
        const first = w;
        while (w < words.count && words.start[w] < end) w++;
        const k = w - first;
        if (k === 0) {
          if ((r[index] ?? '').trim() !== '') bad();
          return;
        }
        if (k > MAX_TERM_WORDS) return bad();
        termHash(wp, first, k, out, 0);
        for (let j = first; j < w; j++) {
          const bit = filterBit(wp[j * 4]);
          filter[bit >>> 3] |= 1 << (bit & 7);
        }
        termLengths.add(k);
        hi.push(out[0]);
        lo.push(out[1]);
        rowOf.push(ri);
        where.push(tag);
        cells++;
      });
      return;
    }
    const blocks = new Uint32Array(rows.length * 4);
    const rowsKept: number[] = [];
    rows.forEach((r, ri) => {
      const v = r[index] ?? '';
      const key = cellKey(col.kind, v);
      if (!key) {
        if (v.trim() !== '') bad();
        return;
      }
      minD = col.kind === 'email' ? minD : Math.min(minD, key.s.length);
      maxD = col.kind === 'email' ? maxD : Math.max(maxD, key.s.length);
      digestInto(key.s, key.tag, blocks, rowsKept.length * 4);
      rowsKept.push(ri);
    });
    const out = prf(blocks.subarray(0, rowsKept.length * 4));
    rowsKept.forEach((ri, x) => {
      hi.push(out[x * 4]);
      lo.push(out[x * 4 + 1]);
      rowOf.push(ri);
      where.push(tag);
      cells++;
    });
  });
  const table: DataTable = { label: o.label, columns: cols.map((c) => c.col), rows: rows.length, cells, added: (o.now ?? new Date()).toISOString().slice(0, 10) };
  const join = (a: Uint32Array | undefined, b: number[]) => {
    const r = new Uint32Array((a?.length ?? 0) + b.length);
    if (a) r.set(a);
    r.set(b, a?.length ?? 0);
    return r;
  };
  const data: DataCells = {
    tables: [...(prev?.tables ?? []), table], hi: join(prev?.hi, hi), lo: join(prev?.lo, lo), row: join(prev?.row, rowOf), where: join(prev?.where, where),
    filter, termLengths: [...termLengths].sort((a, b) => a - b), digits: maxD > 0 ? [minD, maxD] : [0, 0],
  };
  writeStore(o.store, s.meta, s.list, s.hashes, s.docs, data);
  return { table, replaced, unusable };
}
