import { crc32 } from '../util/crc32.js';
import { type DataEntry, type DataTable, FILTER_BITS } from './data.js';
import { BUCKET_BITS, BUCKETS, INDEX_BYTES, StoreDamage } from './store-format.js';

/**
 * The registered-data section of a store (format 2), after the document list:
 *
 *   F   FILTER_BITS / 8 bytes        a bit per keyed word hash of every registered name and term word: a word of the
 *                                    text starts a lookup only when its bit is set (CRC in the metadata)
 *   X   (u32, u32) × BUCKETS, u32    the index, as the documents' one: bucket b (top 16 bits of the hash) holds
 *                                    entries [off[b], off[b+1]) and the CRC-32 of their bytes
 *   E   16 bytes × entries           sorted by hash: u32 high and low halves of the keyed hash, u32 row,
 *                                    u16 table, u16 column
 *
 * 16 bytes a registered cell, plus 640 KB for the filter and index, whatever the number of rows.
 */
export interface DataMeta {
  tables: DataTable[];
  entries: number;
  termLengths: number[];
  digits: [number, number];
  filterCrc: number;
  bytes: number;
}

export const FILTER_BYTES = FILTER_BITS / 8;
export const ENTRY_BYTES = 16;

/** Registered cells before encoding: hashes and their table, column and row, in any order. */
export interface DataCells {
  tables: DataTable[];
  hi: Uint32Array;
  lo: Uint32Array;
  row: Uint32Array;
  /** table << 16 | column */
  where: Uint32Array;
  filter: Uint8Array;
  termLengths: number[];
  digits: [number, number];
}

/** The cells' section bytes and metadata; entries sorted by hash (by bucket first: a counting sort, then small sorts). */
export function encodeData(c: DataCells): { meta: DataMeta; bytes: Uint8Array } {
  const n = c.hi.length;
  const offsets = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < n; i++) offsets[(c.hi[i] >>> BUCKET_BITS) + 1]++;
  for (let b = 1; b <= BUCKETS; b++) offsets[b] += offsets[b - 1];
  const order = new Uint32Array(n);
  const fill = offsets.slice(0, BUCKETS);
  for (let i = 0; i < n; i++) order[fill[c.hi[i] >>> BUCKET_BITS]++] = i;
  for (let b = 0; b < BUCKETS; b++) {
    if (offsets[b + 1] - offsets[b] > 1) order.subarray(offsets[b], offsets[b + 1]).sort((x, y) => c.hi[x] - c.hi[y] || c.lo[x] - c.lo[y] || c.where[x] - c.where[y] || c.row[x] - c.row[y]);
  }
  const entriesAt = FILTER_BYTES + INDEX_BYTES;
  const bytes = new Uint8Array(entriesAt + n * ENTRY_BYTES);
  const dv = new DataView(bytes.buffer);
  bytes.set(c.filter, 0);
  for (let x = 0; x < n; x++) {
    const i = order[x];
    const at = entriesAt + x * ENTRY_BYTES;
    dv.setUint32(at, c.hi[i], true);
    dv.setUint32(at + 4, c.lo[i], true);
    dv.setUint32(at + 8, c.row[i], true);
    dv.setUint32(at + 12, c.where[i], true);
  }
  for (let b = 0; b < BUCKETS; b++) {
    dv.setUint32(FILTER_BYTES + b * 8, offsets[b], true);
    dv.setUint32(FILTER_BYTES + b * 8 + 4, crc32(bytes.subarray(entriesAt + offsets[b] * ENTRY_BYTES, entriesAt + offsets[b + 1] * ENTRY_BYTES)), true);
  }
  dv.setUint32(FILTER_BYTES + BUCKETS * 8, n, true);
  const meta: DataMeta = { tables: c.tables, entries: n, termLengths: c.termLengths, digits: c.digits, filterCrc: crc32(c.filter), bytes: bytes.length };
  return { meta, bytes };
}

/** The section's cells back (to rewrite the store with a table added, replaced or removed). */
export function decodeData(meta: DataMeta, bytes: Uint8Array): DataCells {
  if (bytes.length !== meta.bytes || crc32(bytes.subarray(0, FILTER_BYTES)) !== meta.filterCrc) throw new StoreDamage('its registered data is damaged (checksum mismatch)');
  const n = meta.entries;
  const entriesAt = FILTER_BYTES + INDEX_BYTES;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let b = 0; b < BUCKETS; b++) {
    const s = dv.getUint32(FILTER_BYTES + b * 8, true);
    const e = dv.getUint32(FILTER_BYTES + b * 8 + 8, true);
    if (s > e || e > n || crc32(bytes.subarray(entriesAt + s * ENTRY_BYTES, entriesAt + e * ENTRY_BYTES)) !== dv.getUint32(FILTER_BYTES + b * 8 + 4, true)) {
      throw new StoreDamage('its registered data is damaged (checksum mismatch)');
    }
  }
  const c: DataCells = {
    tables: meta.tables, hi: new Uint32Array(n), lo: new Uint32Array(n), row: new Uint32Array(n), where: new Uint32Array(n),
    filter: bytes.slice(0, FILTER_BYTES), termLengths: meta.termLengths, digits: meta.digits,
  };
  for (let x = 0; x < n; x++) {
    const at = entriesAt + x * ENTRY_BYTES;
    c.hi[x] = dv.getUint32(at, true);
    c.lo[x] = dv.getUint32(at + 4, true);
    c.row[x] = dv.getUint32(at + 8, true);
    c.where[x] = dv.getUint32(at + 12, true);
  }
  return c;
}

/** The cells of one bucket's entries (u32 view: hi, lo, row, where per entry) whose hash is (hi, lo). */
export function cellsInBucket(e: Uint32Array, hi: number, lo: number): DataEntry[] | undefined {
  let a = 0;
  let z = e.length >> 2;
  while (a < z) {
    const m = (a + z) >> 1;
    const h = e[m * 4];
    if (h < hi || (h === hi && e[m * 4 + 1] < lo)) a = m + 1;
    else z = m;
  }
  let out: DataEntry[] | undefined;
  for (let i = a; i < e.length >> 2 && e[i * 4] === hi && e[i * 4 + 1] === lo; i++) (out ??= []).push({ table: e[i * 4 + 3] >>> 16, column: e[i * 4 + 3] & 0xffff, row: e[i * 4 + 2] });
  return out;
}

/**
 * The cells without the table `label` (later tables move down one place). The word filter and term lengths keep
 * the removed table's bits: they only decide what is looked up, never what is found.
 */
export function withoutTable(c: DataCells, label: string): DataCells {
  const gone = c.tables.findIndex((t) => t.label === label);
  if (gone < 0) return c;
  const keep: number[] = [];
  for (let i = 0; i < c.hi.length; i++) if (c.where[i] >>> 16 !== gone) keep.push(i);
  const pick = (a: Uint32Array) => Uint32Array.from(keep, (i) => a[i]);
  const where = Uint32Array.from(keep, (i) => {
    const t = c.where[i] >>> 16;
    return ((t > gone ? t - 1 : t) << 16) | (c.where[i] & 0xffff);
  });
  return { ...c, tables: c.tables.filter((_, i) => i !== gone), hi: pick(c.hi), lo: pick(c.lo), row: pick(c.row), where };
}
