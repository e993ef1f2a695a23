import { createHash, createHmac, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lookup, WordHash } from './match.js';
import {
  BUCKET_BITS, BUCKETS, docsInBucket, encodeStore, headerLength, type Layout, parseMeta, parseTables, StoreDamage, type StoreMeta,
  TRAILER_BYTES, TRAILER_MAGIC, crc32,
} from './store-format.js';

/** A store that cannot be trusted (missing, damaged, newer, wrong key): the scan stops with exit 2. */
export class StoreError extends UsageError {}

/** Where a store's outside key comes from: $PROMPTGATE_STORE_KEY (the key), or a key file. */
export interface KeySource {
  keyFile?: string;
  env?: NodeJS.ProcessEnv;
}

/** The outside key, if one is given (a key file wins over the environment); undefined when none is. */
export function outsideKey(src: KeySource): Buffer | undefined {
  const file = src.keyFile ?? src.env?.PROMPTGATE_STORE_KEY_FILE;
  let text: string | undefined;
  if (file) {
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch (e) {
      throw new StoreError(`the fingerprint key file ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else text = src.env?.PROMPTGATE_STORE_KEY?.trim() || undefined;
  if (text === undefined) return undefined;
  if (text.length < 16) throw new StoreError('the fingerprint key is too short: use at least 16 characters (e.g. `openssl rand -base64 32`)');
  return Buffer.from(text, 'utf8');
}

export function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('promptgate/fingerprint/key-check/v1').digest('hex').slice(0, 16);
}

/** Keyed hash of a folded word, the first 32 bits of its HMAC-SHA256; memoised per run (vocabularies are small). */
export function wordHasher(key: Buffer): WordHash {
  const memo = new Map<string, number>();
  return (w) => {
    let h = memo.get(w);
    if (h === undefined) {
      h = createHmac('sha256', key).update(w, 'utf8').digest().readUInt32LE(0);
      if (memo.size < 1 << 20) memo.set(w, h);
    }
    return h;
  };
}

function damaged(path: string, e: unknown): never {
  if (e instanceof StoreDamage) throw new StoreError(`the fingerprint store ${path} cannot be used: ${e.message}`);
  throw e;
}

function readAt(fd: number, at: number, n: number): Uint8Array {
  const b = Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const r = readSync(fd, b, got, n - got, at + got);
    if (r === 0) throw new StoreDamage('it is truncated');
    got += r;
  }
  return b;
}

/** An open store: its documents, its key's word hash, and lookups that read only the buckets they need. */
export class FingerprintStore {
  readonly meta: StoreMeta;
  readonly wordHash: WordHash;
  private readonly layout: Layout;
  private readonly offsets: Uint32Array;
  private readonly crcs: Uint32Array;

  private constructor(readonly path: string, private readonly fd: number, layout: Layout, tables: { offsets: Uint32Array; crcs: Uint32Array }, readonly key: Buffer) {
    this.layout = layout;
    this.meta = layout.meta;
    this.offsets = tables.offsets;
    this.crcs = tables.crcs;
    this.wordHash = wordHasher(key);
  }

  /** Opens and checks a store; `key` is the outside key, when there is one. Throws StoreError. */
  static open(path: string, key: Buffer | undefined): FingerprintStore {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new StoreError(`the fingerprint store ${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}; nothing was scanned against it`);
    }
    try {
      const size = fstatSync(fd).size;
      const head = readAt(fd, 0, Math.min(16, size));
      const len = headerLength(head, size);
      const layout = parseMeta(head, readAt(fd, 16, len), size);
      const tables = parseTables(readAt(fd, layout.tables, layout.entries - layout.tables), layout.meta.entries);
      const inside = layout.meta.key !== undefined ? Buffer.from(layout.meta.key, 'base64') : undefined;
      const k = key ?? inside;
      if (!k) throw new StoreError(`the fingerprint store ${path} needs its key, kept outside it: set PROMPTGATE_STORE_KEY or PROMPTGATE_STORE_KEY_FILE (or --key-file)`);
      if (keyCheck(k) !== layout.meta.keyCheck) throw new StoreError(`the fingerprint store ${path} was made with another key than the one given: nothing can be matched with this key`);
      return new FingerprintStore(path, fd, layout, tables, k);
    } catch (e) {
      closeSync(fd);
      return damaged(path, e);
    }
  }

  /** For each hash found, the documents holding it (each bucket read once and checked against its CRC). */
  readonly lookup: Lookup = (hashes) => {
    const out = new Map<number, number[]>();
    const buckets = new Map<number, Uint8Array>();
    try {
      for (const h of hashes) {
        const b = h >>> BUCKET_BITS;
        let bytes = buckets.get(b);
        if (!bytes) {
          const a = this.offsets[b];
          const n = this.offsets[b + 1] - a;
          bytes = n === 0 ? new Uint8Array(0) : readAt(this.fd, this.layout.entries + a * 4, n * 4);
          if (crc32(bytes) !== this.crcs[b]) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
          buckets.set(b, bytes);
        }
        const docs = docsInBucket(bytes, h);
        if (docs.length > 0) out.set(h, docs);
      }
    } catch (e) {
      damaged(this.path, e);
    }
    return out;
  };

  /** Every entry, after checking the whole file against its SHA-256 (for `verify` and before a rewrite). */
  readAll(): { hashes: Uint32Array; docs: Uint16Array } {
    try {
      const all = readAt(this.fd, 0, this.layout.size);
      const body = all.subarray(0, all.length - TRAILER_BYTES);
      const trailer = all.subarray(all.length - TRAILER_BYTES);
      if (Buffer.from(trailer.subarray(0, 4)).toString('latin1') !== TRAILER_MAGIC) throw new StoreDamage('its end marker is missing (truncated or damaged)');
      if (!Buffer.from(trailer.subarray(4)).equals(createHash('sha256').update(body).digest())) throw new StoreDamage('its checksum does not match its content (damaged)');
      const n = this.meta.entries;
      const hashes = new Uint32Array(n);
      const docs = new Uint16Array(n);
      const dv = new DataView(all.buffer, all.byteOffset + this.layout.entries, n * 4);
      for (let b = 0; b < BUCKETS; b++) {
        const a = this.offsets[b];
        const e = this.offsets[b + 1];
        if (crc32(all.subarray(this.layout.entries + a * 4, this.layout.entries + e * 4)) !== this.crcs[b]) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
        for (let i = a; i < e; i++) {
          hashes[i] = ((b << BUCKET_BITS) | dv.getUint16(i * 4, true)) >>> 0;
          docs[i] = dv.getUint16(i * 4 + 2, true);
        }
      }
      return { hashes, docs };
    } catch (e) {
      return damaged(this.path, e);
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** A registered text's id: keyed, so it names the document without allowing a guess of its content. */
export function docId(key: Buffer, words: string[]): string {
  return createHmac('sha256', key).update(`doc\0${words.join(' ')}`, 'utf8').digest('hex').slice(0, 12);
}

/** A new key for a store that keeps its own. */
export function newKey(): Buffer {
  return randomBytes(32);
}

/** Writes a store: entries sorted by (hash, document) without repeats, encoded, with its SHA-256 trailer; atomically. */
export function writeStore(path: string, meta: StoreMeta, hashes: Uint32Array, docs: Uint16Array): void {
  // One float key per entry sorts several times faster than a comparator on millions of entries.
  const keys = new Float64Array(hashes.length);
  for (let i = 0; i < keys.length; i++) keys[i] = hashes[i] * 65536 + docs[i];
  keys.sort();
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[n - 1]) keys[n++] = keys[i];
  const h = new Uint32Array(n);
  const d = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    h[i] = Math.floor(keys[i] / 65536);
    d[i] = keys[i] % 65536;
  }
  const body = encodeStore(meta, h, d);
  const trailer = Buffer.concat([Buffer.from(TRAILER_MAGIC, 'latin1'), createHash('sha256').update(body).digest()]);
  writeAtomic(path, [body, trailer], 0o600);
}

/**
 * Temp file in the same folder, fsync, rename: a reader sees the old store or the new one, never half of one.
 * (The same behaviour as util/atomic-write.ts on another branch; to be unified.)
 */
function writeAtomic(path: string, parts: Uint8Array[], mode: number): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    for (const p of parts) {
      let done = 0;
      while (done < p.length) done += writeSync(fd, p, done, p.length - done);
    }
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    try { closeSync(fd); } catch { /* already closed */ }
    try { unlinkSync(tmp); } catch { /* never created or already renamed */ }
    throw e;
  }
}
