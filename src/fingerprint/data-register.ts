import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { decode } from '../decode/decode.js';
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

/** The kind of a column no header names, from its cells (read once, in order). */
function kindFromCells(values: Iterable<string>): DataKind {
  let filled = 0;
  let email = true;
  let digits = true;
  for (const v of values) {
    if (v.trim() === '') continue;
    filled++;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())) email = false;
    if (digits && !(/^[\d\s.\-+()/]+$/.test(v) && v.replace(/\D/g, '').length >= 6)) digits = false;
    if (!email && !digits) break;
  }
  if (filled > 0 && email) return 'email';
  if (filled > 0 && digits) return 'digits';
  return 'term';
}

/** A table: its header row, and its rows under it, read again for each pass (a large CSV is never held whole). */
export interface TableRows {
  header: string[];
  rows(): Iterable<string[]>;
}

/** A table held in memory (row 1: the header). */
export function tableOf(all: string[][]): TableRows {
  const [header, ...rows] = all;
  return { header: header ?? [], rows: () => rows };
}

const CSV_CHUNK = 1 << 20;

/**
 * The rows of a CSV file, as the CSV reader cuts them (separator `,`, `;` or tab by count on the first line;
 * quoted cells, "" inside them; CR, LF or CRLF), without any location: a row at a time, so that a table of a
 * million rows is read in bounded memory. UTF-8 is read in 1 MB pieces (decoded strictly: a damaged byte stops the
 * registration); other encodings (a UTF-16 BOM…) go through the scan's decoder whole. Rows of empty cells are skipped.
 */
export function* csvRows(path: string): Generator<string[]> {
  const fd = openSync(path, 'r');
  try {
    const buf = new Uint8Array(CSV_CHUNK);
    let got = readSync(fd, buf, 0, CSV_CHUNK, 0);
    let pieces: Iterable<string>;
    const probe = got === CSV_CHUNK ? decode(buf) : undefined;
    if (probe && (!probe.ok || probe.encoding !== 'utf-8')) {
      // Not UTF-8 (a UTF-16 BOM…), or not text: the scan's decoder reads it whole and says why.
      const whole = decode(readFileSync(path));
      if (!whole.ok || whole.problem) throw usageError('tableUnreadable', { path, detail: String(whole.ok ? whole.problem : whole.reason) });
      pieces = [whole.text];
    } else {
      // The first piece, up to its last line feed (never inside a UTF-8 sequence), through the scan's decoder:
      // it refuses binary or damaged text; the rest is decoded strictly as it is read.
      const cut = got < CSV_CHUNK ? got : buf.lastIndexOf(10, got - 1) + 1;
      if (cut <= 0) throw usageError('tableLongLine', { path });
      const head = decode(buf.subarray(0, cut));
      if (!head.ok || head.problem) throw usageError('tableUnreadable', { path, detail: String(head.ok ? head.problem : head.reason) });
      pieces = got < CSV_CHUNK ? [head.text] : (function* () {
        yield head.text;
        const utf8 = new TextDecoder('utf-8', { fatal: true });
        let at = cut;
        for (;;) {
          got = readSync(fd, buf, 0, CSV_CHUNK, at);
          if (got === 0) break;
          const bytes = buf.subarray(0, got);
          if (bytes.indexOf(0) >= 0) throw usageError('tableNul', { path });
          try {
            yield utf8.decode(bytes, { stream: true });
          } catch {
            throw usageError('tableNotUtf8', { path, at });
          }
          at += got;
        }
        try {
          yield utf8.decode();
        } catch {
          throw usageError('tableCutUtf8', { path });
        }
      })();
    }
    let sep = '';
    let field = '';
    let row: string[] = [];
    let quoted = false;
    let quoteSeen = false; // a quote inside a quoted cell: it closes the cell unless another follows ("" is one)
    let afterCr = false;
    const endField = () => {
      let v = field;
      if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/""/g, '"');
      row.push(v);
      field = '';
    };
    for (const text of pieces) {
      if (sep === '') {
        const first = text.slice(0, text.search(/\r|\n|$/));
        sep = [',', ';', '\t'].map((c) => [c, first.split(c).length] as const).sort((a, b) => b[1] - a[1])[0][0];
      }
      let from = 0; // start of the part of `text` not yet added to `field`
      for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (afterCr) {
          afterCr = false;
          if (c === '\n') {
            from = i + 1;
            continue;
          }
        }
        if (quoted) {
          if (quoteSeen) {
            quoteSeen = false;
            if (c === '"') continue;
            quoted = false;
          } else {
            if (c === '"') quoteSeen = true;
            continue;
          }
        } else if (c === '"' && i === from && field.length === 0) {
          quoted = true;
          continue;
        }
        if (c === sep || c === '\n' || c === '\r') {
          field += text.slice(from, i);
          endField();
          from = i + 1;
          if (c !== sep) {
            if (row.some((v) => v !== '')) yield row;
            row = [];
            afterCr = c === '\r';
          }
        }
      }
      field += text.slice(from);
    }
    if (field !== '' || row.length > 0) {
      endField();
      if (row.some((v) => v !== '')) yield row;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A table file's first sheet (CSV, XLSX, ODS), row 1 the header: a CSV is read row by row from the file at each
 * pass (see csvRows), a workbook through the document readers.
 */
export async function readTable(path: string): Promise<TableRows> {
  let bytes: Uint8Array;
  try {
    const fd = openSync(path, 'r');
    try {
      const head = new Uint8Array(1 << 16);
      bytes = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
    // A package is told by its whole bytes (OOXML names its parts at the end).
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) bytes = readFileSync(path);
  } catch (e) {
    throw usageError('tableUnreadable', { path, detail: (e as NodeJS.ErrnoException).code ?? 'error' });
  }
  const kind = documentKind(path, bytes);
  if (kind !== 'csv' && kind !== 'ooxml' && kind !== 'odf') throw usageError('tableKind', { path });
  if (kind === 'csv') {
    const rows = csvRows(path);
    const first = rows.next();
    rows.return(undefined);
    return {
      header: first.done ? [] : first.value,
      rows: function* () {
        const all = csvRows(path);
        all.next();
        yield* all;
      },
    };
  }
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
    const r = Number(m[3]) - 1;
    let c = 0;
    for (const ch of m[2]) c = c * 26 + ch.charCodeAt(0) - 64;
    (rows[r] ??= [])[c - 1] = x.text.slice(s.start, s.end);
  }
  return tableOf(rows.filter((r) => r !== undefined));
}

export interface AddDataOptions {
  store: string;
  label: string;
  table: TableRows;
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
function chooseColumns(header: string[], table: TableRows, o: AddDataOptions): { index: number; col: DataColumn }[] {
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
    const kind = known?.[1] ?? kindFromCells((function* () {
      for (const r of table.rows()) yield r[index] ?? '';
    })());
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
  const header = o.table.header;
  if (header.length === 0) throw usageError('tableNoRows');
  const cols = chooseColumns(header, o.table, o);
  const s = openForChange(o.store, o.key, true);
  const prev = s.data ? withoutTable(s.data, o.label) : undefined;
  const replaced = prev !== undefined && prev.tables.length < (s.data?.tables.length ?? 0);
  const tableIndex = prev?.tables.length ?? 0;
  if (tableIndex > 0xffff) throw usageError('tooManyTables');
  const prf = dataPrf(s.key);
  const out = new CellList(prev);
  const filter = prev ? prev.filter.slice() : new Uint8Array(FILTER_BITS / 8);
  const termLengths = new Set(prev?.termLengths ?? []);
  let [minD, maxD] = prev && prev.digits[1] > 0 ? prev.digits : [Infinity, 0];
  const unusable: Record<string, number> = {};
  const cellsBefore = out.length;
  // Rows are registered a batch at a time: memory holds the batch and the hashes, never the table.
  const batch = (rows: string[][], first: number) => cols.forEach(({ index, col }, ci) => {
    const tag = (tableIndex << 16) | ci;
    const bad = () => void (unusable[col.name] = (unusable[col.name] ?? 0) + 1);
    if (col.kind === 'name' || col.kind === 'term') {
      // One view for the batch's cells of the column, joined by blank lines, each cell's words found by offset.
      const starts: number[] = [];
      let text = '';
      for (const r of rows) {
        starts.push(text.length);
        text += (r[index] ?? '').replace(/\s+/g, ' ') + '\n\n';
      }
      const words = wordsOf(text);
      const wp = prf(words.digest);
      const h = new Uint32Array(2);
      let w = 0;
      rows.forEach((r, ri) => {
        const end = ri + 1 < starts.length ? starts[ri + 1] : text.length;
        const from = w;
        while (w < words.count && words.start[w] < end) w++;
        const k = w - from;
        if (k === 0) {
          if ((r[index] ?? '').trim() !== '') bad();
          return;
        }
        if (k > MAX_TERM_WORDS) return bad();
        termHash(wp, from, k, h, 0);
        for (let j = from; j < w; j++) {
          const bit = filterBit(wp[j * 4]);
          filter[bit >>> 3] |= 1 << (bit & 7);
        }
        termLengths.add(k);
        out.push(h[0], h[1], first + ri, tag);
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
    const hashed = prf(blocks.subarray(0, rowsKept.length * 4));
    rowsKept.forEach((ri, x) => out.push(hashed[x * 4], hashed[x * 4 + 1], first + ri, tag));
  });
  let rowCount = 0;
  let rows: string[][] = [];
  for (const r of o.table.rows()) {
    rows.push(r);
    if (rows.length === BATCH_ROWS) {
      batch(rows, rowCount);
      rowCount += rows.length;
      rows = [];
    }
  }
  if (rows.length > 0) batch(rows, rowCount);
  rowCount += rows.length;
  if (rowCount === 0) throw usageError('tableNoRows');
  const table: DataTable = { label: o.label, columns: cols.map((c) => c.col), rows: rowCount, cells: out.length - cellsBefore, added: (o.now ?? new Date()).toISOString().slice(0, 10) };
  const data: DataCells = {
    tables: [...(prev?.tables ?? []), table], ...out.finish(),
    filter, termLengths: [...termLengths].sort((a, b) => a - b), digits: maxD > 0 ? [minD, maxD] : [0, 0],
  };
  writeStore(o.store, s.meta, s.list, s.hashes, s.docs, data);
  return { table, replaced, unusable };
}

const BATCH_ROWS = 1 << 14;

/** Registered cells as they are made: four growing u32 arrays (a million rows are 4 M cells, 64 MB), after those kept. */
class CellList {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private row: Uint32Array;
  private where: Uint32Array;
  length = 0;

  constructor(prev?: Pick<DataCells, 'hi' | 'lo' | 'row' | 'where'>) {
    const n = Math.max(1024, prev?.hi.length ?? 0);
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.row = new Uint32Array(n);
    this.where = new Uint32Array(n);
    if (prev) {
      this.hi.set(prev.hi);
      this.lo.set(prev.lo);
      this.row.set(prev.row);
      this.where.set(prev.where);
      this.length = prev.hi.length;
    }
  }

  push(hi: number, lo: number, row: number, where: number): void {
    if (this.length === this.hi.length) {
      const grow = (a: Uint32Array) => {
        const b = new Uint32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hi = grow(this.hi);
      this.lo = grow(this.lo);
      this.row = grow(this.row);
      this.where = grow(this.where);
    }
    const i = this.length++;
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.row[i] = row;
    this.where[i] = where;
  }

  finish(): Pick<DataCells, 'hi' | 'lo' | 'row' | 'where'> {
    const n = this.length;
    return { hi: this.hi.subarray(0, n), lo: this.lo.subarray(0, n), row: this.row.subarray(0, n), where: this.where.subarray(0, n) };
  }
}
