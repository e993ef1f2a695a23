import { crc32 } from '../util/crc32.js';
import type { RegisteredDoc } from './match.js';
import type { ShingleParams } from './shingles.js';
import type { DataMeta } from './data-format.js';

/**
 * The fingerprint store's bytes (one file; little-endian):
 *
 *   0   "PGFP"                     magic
 *   4   u16 format version         a newer one is refused, never half-read
 *   6   u16 0
 *   8   u32 L, u32 CRC-32          length and checksum of the metadata
 *   16  metadata, JSON (L bytes)   parameters, key check, counts, public documents; padded to 4 bytes
 *   T   (u32, u32) × BUCKETS, u32  the index: bucket b holds entries [off[b], off[b+1]), and the CRC-32 of
 *                                  those entries; the last u32 is the number of entries
 *   E   u32 × entries              sorted by hash: low 16 bits of the hash, then the document index
 *   D   documents, JSON            label, id, words, date of each; read only to name a match (CRC in the metadata)
 *   R   registered data (format 2, only when the metadata has `data`; see data-format.ts): a word filter, an
 *       index like T, and 16-byte entries (keyed 64-bit hash, row, table, column)
 *   end "PGFE" + SHA-256 of all before it (checked by `fingerprint verify` and before every rewrite)
 *
 * A bucket is the top 16 bits of a shingle hash, so a lookup reads 12 bytes of the index and the bucket's entries,
 * checked against the bucket's CRC (a damaged offset reads the wrong range, which fails that check too): a prompt
 * never pays for a large store. No word, and no hash
 * of a single word, is ever written: only keyed hashes of k-word shingles.
 */
export const MAGIC = 0x50465047; // "PGFP" read as u32 LE
/** Entries are read through typed arrays, which use the machine's byte order: the format is little-endian. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
export const TRAILER_MAGIC = 'PGFE';
/** A store without registered data is written as format 1, which older versions read. */
export const FORMAT_VERSION = 2;
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
export const TRAILER_BYTES = 4 + 32;
/** Document indices are 16-bit. */
export const MAX_DOCS = 0xffff;

export type StoredDoc = RegisteredDoc & { added: string };

export interface StoreMeta extends ShingleParams {
  /** HMAC of a fixed text under the key: tells a wrong key from a right one without revealing it. */
  keyCheck: string;
  /** The key itself (base64), only when the store was made without an outside key. */
  key?: string;
  entries: number;
  /** Indices of the public reference texts (every lookup needs them; the document list is read only to name). */
  publicDocs: number[];
  docCount: number;
  docsBytes: number;
  docsCrc: number;
  /** Registered data tables (format 2). */
  data?: DataMeta;
}

export class StoreDamage extends Error {}

export interface Layout {
  meta: StoreMeta;
  tables: number;
  entries: number;
  docs: number;
  /** Where the registered data starts (its size is `meta.data.bytes`). */
  data: number;
  size: number;
}

const pad4 = (n: number) => (n + 3) & ~3;
export const INDEX_BYTES = BUCKETS * 8 + 4;

function layoutOf(metaBytes: number, entries: number, docsBytes: number, dataBytes = 0) {
  const tables = 16 + pad4(metaBytes);
  const first = tables + INDEX_BYTES;
  const docs = first + entries * 4;
  const data = docs + (dataBytes > 0 ? pad4(docsBytes) : docsBytes);
  return { tables, entries: first, docs, data, size: data + dataBytes + TRAILER_BYTES };
}

/** The store's bytes without the trailer, in pieces to write one after the other (the registered data's bytes are
 * one of them, not copied); `hashes` sorted ascending, `docs` the document of each. */
export function encodeStore(params: Pick<StoreMeta, 'k' | 'w' | 'keyCheck' | 'key'>, list: StoredDoc[], hashes: Uint32Array, docs: Uint16Array, data?: { meta: DataMeta; bytes: Uint8Array }): Uint8Array[] {
  const docJson = new TextEncoder().encode(JSON.stringify(list));
  const meta: StoreMeta = {
    k: params.k, w: params.w, keyCheck: params.keyCheck, ...(params.key ? { key: params.key } : {}),
    entries: hashes.length, publicDocs: list.flatMap((d, i) => (d.public ? [i] : [])), docCount: list.length, docsBytes: docJson.length, docsCrc: crc32(docJson),
    ...(data ? { data: data.meta } : {}),
  };
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const l = layoutOf(json.length, hashes.length, docJson.length, data?.bytes.length);
  const out = new Uint8Array(l.data);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint16(4, data ? FORMAT_VERSION : 1, true);
  dv.setUint32(8, json.length, true);
  dv.setUint32(12, crc32(json), true);
  out.set(json, 16);
  const offsets = new Uint32Array(BUCKETS + 1);
  for (let i = 0; i < hashes.length; i++) offsets[(hashes[i] >>> BUCKET_BITS) + 1]++;
  for (let b = 1; b <= BUCKETS; b++) offsets[b] += offsets[b - 1];
  for (let i = 0; i < hashes.length; i++) {
    dv.setUint16(l.entries + i * 4, hashes[i] & 0xffff, true);
    dv.setUint16(l.entries + i * 4 + 2, docs[i], true);
  }
  for (let b = 0; b < BUCKETS; b++) {
    dv.setUint32(l.tables + b * 8, offsets[b], true);
    dv.setUint32(l.tables + b * 8 + 4, crc32(out.subarray(l.entries + offsets[b] * 4, l.entries + offsets[b + 1] * 4)), true);
  }
  dv.setUint32(l.tables + BUCKETS * 8, hashes.length, true);
  out.set(docJson, l.docs);
  return data ? [out, data.bytes] : [out];
}

/** Reads and checks the head of a store (its first 16 bytes, then its metadata). Throws StoreDamage. */
export function headerLength(head: Uint8Array, fileSize: number): number {
  if (head.length < 16 || fileSize < 16) throw new StoreDamage('it is too short to be a fingerprint store (truncated or not a store)');
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new StoreDamage('it is not a promptgate fingerprint store');
  const version = dv.getUint16(4, true);
  if (version > FORMAT_VERSION) throw new StoreDamage(`it was written by a newer promptgate (store format ${version}; this version reads format ${FORMAT_VERSION}): update promptgate`);
  if (version < 1) throw new StoreDamage(`its format ${version} is unknown`);
  const len = dv.getUint32(8, true);
  if (16 + len > fileSize) throw new StoreDamage('it is truncated (the metadata runs past the end of the file)');
  return len;
}

export function parseMeta(head: Uint8Array, metaBytes: Uint8Array, fileSize: number): Layout {
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (crc32(metaBytes) !== dv.getUint32(12, true)) throw new StoreDamage('its metadata is damaged (checksum mismatch)');
  let meta: StoreMeta;
  try {
    meta = JSON.parse(new TextDecoder().decode(metaBytes)) as StoreMeta;
  } catch {
    throw new StoreDamage('its metadata is damaged (not readable)');
  }
  if (!Array.isArray(meta.publicDocs) || ![meta.entries, meta.docCount, meta.docsBytes].every(Number.isInteger) || !(meta.k >= 1) || !(meta.w >= 1)) throw new StoreDamage('its metadata is incomplete');
  if (meta.data !== undefined && (!Array.isArray(meta.data.tables) || ![meta.data.entries, meta.data.bytes].every(Number.isInteger))) throw new StoreDamage('its metadata is incomplete');
  const l = layoutOf(metaBytes.length, meta.entries, meta.docsBytes, meta.data?.bytes);
  if (fileSize < l.size) throw new StoreDamage(`it is truncated (${fileSize} bytes, ${l.size} expected)`);
  if (fileSize > l.size) throw new StoreDamage(`it has ${fileSize - l.size} unexpected bytes at the end (damaged)`);
  return { meta, ...l };
}

/** The document list from its bytes, checked against the metadata's CRC. */
export function parseDocs(bytes: Uint8Array, meta: StoreMeta): StoredDoc[] {
  if (crc32(bytes) !== meta.docsCrc) throw new StoreDamage('its document list is damaged (checksum mismatch)');
  const list = JSON.parse(new TextDecoder().decode(bytes)) as StoredDoc[];
  if (!Array.isArray(list) || list.length !== meta.docCount) throw new StoreDamage('its document list is incomplete');
  return list;
}

/** Bucket b's entries [start, end) and CRC, from its 12 bytes of the index (offset, CRC, next offset). */
export function bucketRange(index: Uint8Array, entries: number): { start: number; end: number; crc: number } {
  const dv = new DataView(index.buffer, index.byteOffset, index.byteLength);
  const start = dv.getUint32(0, true);
  const end = dv.getUint32(8, true);
  if (start > end || end > entries) throw new StoreDamage('its index is damaged (offsets out of range)');
  return { start, end, crc: dv.getUint32(4, true) };
}

/**
 * Documents of the entries [from, to) whose hash is `hash`: `entries` holds (low 16 bits, document) pairs, sorted
 * (by default one bucket's, whole). Within a bucket the low bits are spread evenly, so the search starts where
 * `hash` would sit and steps from there: a few neighbouring entries instead of a binary search's jumps (each a
 * cache miss in a large store).
 */
export function docsInBucket(entries: Uint16Array, hash: number, from = 0, to = entries.length >> 1): number[] | undefined {
  const low = hash & 0xffff;
  let i = from + Math.floor(((to - from) * low) / 0x10000);
  while (i > from && entries[(i - 1) * 2] >= low) i--;
  while (i < to && entries[i * 2] < low) i++;
  if (i >= to || entries[i * 2] !== low) return undefined;
  const out: number[] = [];
  for (let j = i * 2; j < to * 2 && entries[j] === low; j += 2) out.push(entries[j + 1]);
  return out;
}
