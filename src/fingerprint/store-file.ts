import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { crc32 } from '../util/crc32.js';
import { type DataEntry, type DataSource, filterBit } from './data.js';
import { cellsInBucket, type DataCells, decodeData, encodeData, ENTRY_BYTES, FILTER_BYTES } from './data-format.js';
import type { Hits, Lookup, WordHash } from './match.js';
import type { Words } from './words.js';
import {
  BUCKET_BITS, BUCKETS, bucketRange, docsInBucket, encodeStore, headerLength, INDEX_BYTES, type Layout, LITTLE_ENDIAN, parseDocs, parseMeta, StoreDamage, type StoredDoc, type StoreMeta,
  TRAILER_BYTES, TRAILER_MAGIC,
} from './store-format.js';

/**
 * CRC-32 of the many blocks of a whole read: zlib's native one where this Node has it (20.15 and later), else ours
 * (the same function; a JS loop over tens of megabytes costs hundreds of milliseconds). Loaded only then.
 */
function blockCrc(): (b: Uint8Array) => number {
  const native = (createRequire(import.meta.url)('node:zlib') as { crc32?: (b: Uint8Array) => number }).crc32;
  return native ?? crc32;
}

/** Above this many lookups in one text, the index and entries are read whole (cheaper than a read per bucket). */
const WHOLE_READ_LOOKUPS = 20_000;
/** Above this many, the index (512 KB) is read in one go rather than 12 bytes a bucket (a read costs a few µs). */
const INDEX_READ_LOOKUPS = 64;

/**
 * The order of many lookups (`which` of `hashes`): by bucket (a counting sort on the top 16 bits), so that they walk the filter and the
 * entries front to back instead of jumping around tens of megabytes (a cache miss each, several per search).
 */
function lookupOrder(hashes: Uint32Array, which: Uint32Array): Uint32Array {
  const n = which.length;
  const first = new Uint32Array(BUCKETS + 1);
  for (let y = 0; y < n; y++) first[(hashes[which[y]] >>> BUCKET_BITS) + 1]++;
  for (let b = 1; b <= BUCKETS; b++) first[b] += first[b - 1];
  const order = new Uint32Array(n);
  for (let y = 0; y < n; y++) order[first[hashes[which[y]] >>> BUCKET_BITS]++] = which[y];
  return order;
}

/** Bits of the whole read's filter: one per 2^(32 - FILTER_BITS) hash values (16 MB; a store of 15 M entries sets
 * about one bit in ten). */
const FILTER_BITS = 27;

/**
 * The index and entries of a store read whole, every bucket checked against its CRC, and a bitmap of the entries'
 * top 27 hash bits made in the same pass (the entries are sorted by hash, so it is written front to back): a large
 * input's lookups test one bit each, and only the few that pass (a fifth, most of them false) search their bucket.
 */
interface WholeRead {
  /** Entry offsets: bucket b holds entries [offsets[2b], offsets[2b + 2]) (the CRCs sit between). */
  offsets: Uint32Array;
  entries: Uint16Array;
  filter: Uint32Array;
}

function readWhole(bytes: Uint8Array, count: number): WholeRead {
  const crc = blockCrc();
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset, BUCKETS * 2 + 1);
  const entries = new Uint16Array(bytes.buffer, bytes.byteOffset + INDEX_BYTES, count * 2);
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  const shift = BUCKET_BITS - (FILTER_BITS - BUCKET_BITS); // low bits of an entry dropped for its filter bit
  if (offsets[BUCKETS * 2] !== count) throw new StoreDamage('its index is damaged (offsets out of range)');
  for (let b = 0; b < BUCKETS; b++) {
    const start = offsets[b * 2];
    const end = offsets[b * 2 + 2];
    if (start > end || end > count) throw new StoreDamage('its index is damaged (offsets out of range)');
    if (crc(bytes.subarray(INDEX_BYTES + start * 4, INDEX_BYTES + end * 4)) !== offsets[b * 2 + 1]) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
    const high = b << (FILTER_BITS - BUCKET_BITS);
    for (let i = start; i < end; i++) {
      const bit = high | (entries[i * 2] >>> shift);
      filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return { offsets, entries, filter };
}

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

/**
 * Keyed hashes of folded words: AES-128, under a key derived from the store's key, of each word's 128-bit digest
 * block (see words.ts). AES is a keyed pseudo-random permutation, so without the key the hash of a guessed word
 * cannot be computed; one cipher call hashes every word of a text (an HMAC per word costs ~10 µs, too much for
 * a prompt's budget and far too much for a large file).
 */
export function wordHasher(key: Buffer): WordHash {
  const aesKey = createHmac('sha256', key).update('promptgate/fingerprint/word-prf/v1').digest().subarray(0, 16);
  return (words) => {
    // A text repeats its words: each distinct digest block is encrypted once (an open-addressing table on it).
    const d = words.digest;
    const n = words.count;
    // Sized for the distinct words, not all of them (a large text repeats a vocabulary of some thousands): doubled
    // when half full, so that a segment of a large file does not clear megabytes of slots.
    let size = 1024;
    while (size < 2 * n && size < 1 << 16) size <<= 1;
    let slots = new Int32Array(size).fill(-1);
    let unique = new Uint32Array(Math.min(n, size) * 4);
    const which = new Int32Array(n);
    let u = 0;
    for (let i = 0; i < n; i++) {
      if (2 * u >= size) {
        size <<= 1;
        slots = new Int32Array(size).fill(-1);
        for (let j = 0; j < u; j++) {
          let slot = (unique[j * 4] ^ Math.imul(unique[j * 4 + 1], 0x9e3779b1)) & (size - 1);
          while (slots[slot] >= 0) slot = (slot + 1) & (size - 1);
          slots[slot] = j;
        }
        const more = new Uint32Array(Math.min(n, size) * 4);
        more.set(unique);
        unique = more;
      }
      const a = d[i * 4], b = d[i * 4 + 1], len = d[i * 4 + 2];
      let slot = (a ^ Math.imul(b, 0x9e3779b1)) & (size - 1);
      for (;;) {
        const j = slots[slot];
        if (j < 0) {
          slots[slot] = u;
          unique[u * 4] = a;
          unique[u * 4 + 1] = b;
          unique[u * 4 + 2] = len;
          which[i] = u++;
          break;
        }
        if (unique[j * 4] === a && unique[j * 4 + 1] === b && unique[j * 4 + 2] === len) {
          which[i] = j;
          break;
        }
        slot = (slot + 1) & (size - 1);
      }
    }
    const cipher = createCipheriv('aes-128-ecb', aesKey, null).setAutoPadding(false);
    const out = Buffer.concat([cipher.update(new Uint8Array(unique.buffer, 0, u * 16)), cipher.final()]);
    const hashes = new Uint32Array(n);
    if (!LITTLE_ENDIAN) {
      for (let i = 0; i < n; i++) hashes[i] = out.readUInt32LE(which[i] * 16);
      return hashes;
    }
    // Read as u32 (through an aligned copy when the cipher's buffer is not aligned): a method call per word costs more.
    const ciphered = out.byteOffset % 4 === 0 ? new Uint32Array(out.buffer, out.byteOffset, u * 4) : new Uint32Array(Uint8Array.from(out).buffer);
    for (let i = 0; i < n; i++) hashes[i] = ciphered[which[i] * 4];
    return hashes;
  };
}

/**
 * The keyed PRF of registered data: AES-128 (under its own key derived from the store's) of 128-bit digest blocks,
 * 4 u32 in and 4 u32 out per item (see data.ts). Without the key the hash of a guessed value cannot be computed.
 */
export function dataPrf(key: Buffer): (blocks: Uint32Array) => Uint32Array {
  const aesKey = createHmac('sha256', key).update('promptgate/data/prf/v1').digest().subarray(0, 16);
  return (blocks) => {
    const cipher = createCipheriv('aes-128-ecb', aesKey, null).setAutoPadding(false);
    const out = Buffer.concat([cipher.update(new Uint8Array(blocks.buffer, blocks.byteOffset, blocks.length * 4)), cipher.final()]);
    const r = new Uint32Array(blocks.length);
    new Uint8Array(r.buffer).set(out);
    return r;
  };
}

function damaged(path: string, e: unknown): never {
  if (e instanceof StoreDamage) throw new StoreError(`the fingerprint store ${path} cannot be used: ${e.message}`);
  throw e;
}

/** `progress`: called after every read of at most 16 MB (a worker shows it is alive, see parallel.ts). */
function readAt(fd: number, at: number, n: number, progress?: () => void): Uint8Array {
  return readInto(fd, new Uint8Array(n), n, at, progress); // its own, aligned buffer: entries are read as 16-bit units
}

/** Bytes of entries read at a time by a one-pass lookup (see lookupOnce). */
const ONCE_PIECE = 1 << 22;

/** Reads n bytes at `at` into the start of `b` (`progress`: called after each read of at most 16 MB). */
function readInto(fd: number, b: Uint8Array, n: number, at: number, progress?: () => void): Uint8Array {
  let got = 0;
  while (got < n) {
    const r = readSync(fd, b, got, progress ? Math.min(n - got, 1 << 24) : n - got, at + got);
    progress?.();
    if (r === 0) throw new StoreDamage('it is truncated');
    got += r;
  }
  return b;
}

/** Hits found in bucket order, put back in the text's order. */
function inTextOrder(at: number[], docs: number[][]): Hits {
  const byText = Array.from(at.keys()).sort((p, q) => at[p] - at[q]);
  return { at: byText.map((k) => at[k]), docs: byText.map((k) => docs[k]) };
}

/** An open store: its documents, its key's word hash, and lookups that read only the buckets they need. */
export class FingerprintStore {
  readonly meta: StoreMeta;
  readonly wordHash: WordHash;
  readonly publicDocs: Set<number>;
  private readonly layout: Layout;
  private list?: StoredDoc[];

  private constructor(readonly path: string, private readonly fd: number, layout: Layout, readonly key: Buffer, private readonly owned = true) {
    this.layout = layout;
    this.meta = layout.meta;
    this.publicDocs = new Set(layout.meta.publicDocs);
    this.wordHash = wordHasher(key);
  }

  /** The registered documents (read on first use: a scan that matches nothing never reads them). */
  docs(): StoredDoc[] {
    try {
      return (this.list ??= parseDocs(readAt(this.fd, this.layout.docs, this.meta.docsBytes), this.meta));
    } catch (e) {
      return damaged(this.path, e);
    }
  }

  private dataSource?: DataSource;

  /** The registered data tables, when the store has any: their lookups read only the buckets they need. */
  data(): DataSource | undefined {
    const m = this.meta.data;
    if (!m) return undefined;
    if (this.dataSource) return this.dataSource;
    const at = this.layout.data;
    let filter: Uint8Array | undefined;
    const buckets = new Map<number, Uint32Array>();
    const guard = <T>(f: () => T): T => {
      try {
        return f();
      } catch (e) {
        return damaged(this.path, e);
      }
    };
    const maybeWord = (hi: number) => {
      filter ??= guard(() => {
        const f = readAt(this.fd, at, FILTER_BYTES);
        // zlib's CRC where Node has it: a first call of ours on 128 KB runs mostly unoptimised (~4 ms of a prompt's
        // 11), zlib's takes 0.1 ms, and node:zlib is loaded by then (input/stream.ts; else loading it costs ~0.5 ms).
        if (blockCrc()(f) !== m.filterCrc) throw new StoreDamage('its registered data is damaged (checksum mismatch)');
        return f;
      });
      const bit = filterBit(hi);
      return (filter[bit >>> 3] & (1 << (bit & 7))) !== 0;
    };
    const lookup = (keys: Uint32Array) => guard(() => {
      if (!LITTLE_ENDIAN) throw new StoreError('fingerprint stores are read on little-endian machines only');
      const out: (DataEntry[] | undefined)[] = [];
      const memo = new Map<number, DataEntry[] | undefined>(); // a value repeated in the text is read once
      for (let x = 0; x * 2 < keys.length; x++) {
        const hi = keys[x * 2];
        const both = hi * 0x100000000 + keys[x * 2 + 1];
        if (memo.has(both)) {
          out.push(memo.get(both));
          continue;
        }
        const b = hi >>> BUCKET_BITS;
        let e = buckets.get(b);
        if (!e) {
          const r = bucketRange(readAt(this.fd, at + FILTER_BYTES + b * 8, 12), m.entries);
          const bytes = r.end === r.start ? new Uint8Array(0) : readAt(this.fd, at + FILTER_BYTES + INDEX_BYTES + r.start * ENTRY_BYTES, (r.end - r.start) * ENTRY_BYTES);
          if (crc32(bytes) !== r.crc) throw new StoreDamage('its registered data is damaged (checksum mismatch)');
          e = new Uint32Array(bytes.buffer, 0, bytes.length / 4);
          buckets.set(b, e);
        }
        const cells = cellsInBucket(e, hi, keys[x * 2 + 1]);
        memo.set(both, cells);
        out.push(cells);
      }
      return out;
    });
    return (this.dataSource = { tables: m.tables, termLengths: m.termLengths, digits: m.digits, prf: dataPrf(this.key), maybeWord, lookup });
  }

  /**
   * Opens a store and checks its head and metadata; `key` is the outside key, when there is one. Throws StoreError.
   * `shared`: a descriptor another thread of this process opened (see parallel.ts), read here and left open by close():
   * a worker reads the very file the main thread checked, even if the store was replaced since.
   */
  static open(path: string, key: Buffer | undefined, shared?: number): FingerprintStore {
    let fd: number;
    try {
      fd = shared ?? openSync(path, 'r');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new StoreError(`the fingerprint store ${path} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}; nothing was scanned against it`);
    }
    try {
      const size = fstatSync(fd).size;
      const head = readAt(fd, 0, Math.min(16, size));
      const len = headerLength(head, size);
      const layout = parseMeta(head, readAt(fd, 16, len), size);
      const inside = layout.meta.key !== undefined ? Buffer.from(layout.meta.key, 'base64') : undefined;
      const k = key ?? inside;
      if (!k) throw new StoreError(`the fingerprint store ${path} needs its key, kept outside it: set PROMPTGATE_STORE_KEY or PROMPTGATE_STORE_KEY_FILE (or --key-file)`);
      if (keyCheck(k) !== layout.meta.keyCheck) throw new StoreError(`the fingerprint store ${path} was made with another key than the one given: nothing can be matched with this key`);
      return new FingerprintStore(path, fd, layout, k, shared === undefined);
    } catch (e) {
      if (shared === undefined) closeSync(fd);
      return damaged(path, e);
    }
  }

  /** Buckets already read and checked, by number (kept for the run: a large file comes in many segments); made on
   * the first lookup (a store of data tables only, or a prompt without words, never needs it). */
  private buckets?: Map<number, Uint16Array>;
  /** The index, read whole for a text with more than a few lookups. */
  private index?: Uint8Array;
  private crc: (b: Uint8Array) => number = crc32;
  /** The whole index and entries, read at once when a text asks for more hashes than that costs. */
  private whole?: WholeRead;

  /** Called as a long read goes on (set by the fingerprint worker, see parallel.ts). */
  onProgress?: () => void;
  /** Bytes of entries a one-pass lookup reads at a time (see lookupOnce; tests make it small). */
  pieceBytes = ONCE_PIECE;

  /** Reads the index and entries whole now (a large input is on its way; see parallel.ts). */
  readWhole(): void {
    try {
      this.whole ??= readWhole(readAt(this.fd, this.layout.tables, this.layout.docs - this.layout.tables, this.onProgress), this.meta.entries);
    } catch (e) {
      damaged(this.path, e);
    }
  }

  /** For each hash, the documents holding it (each bucket read once, and checked against its CRC). */
  readonly lookup: Lookup = (hashes) => {
    const at: number[] = [];
    const docs: number[][] = [];
    try {
      if (!LITTLE_ENDIAN) throw new StoreError('fingerprint stores are read on little-endian machines only');
      // Thousands of lookups (a large file) read the index and entries in one go rather than bucket by bucket.
      if (hashes.length > WHOLE_READ_LOOKUPS) this.readWhole();
      const whole = this.whole;
      if (whole) {
        const { offsets, entries, filter } = whole;
        const shift = 32 - FILTER_BITS;
        // The filter first, in the text's order (16 MB, read in passing), then the few that pass by bucket.
        const pass = new Uint32Array(hashes.length);
        let n = 0;
        for (let x = 0; x < hashes.length; x++) {
          const bit = hashes[x] >>> shift;
          if ((filter[bit >>> 5] & (1 << (bit & 31))) !== 0) pass[n++] = x;
        }
        const order = lookupOrder(hashes, pass.subarray(0, n));
        for (let y = 0; y < order.length; y++) {
          const x = order[y];
          const h = hashes[x];
          const b = h >>> BUCKET_BITS;
          const d = docsInBucket(entries, h, offsets[b * 2], offsets[b * 2 + 2]);
          if (!d) continue;
          at.push(x);
          docs.push(d);
        }
        // Found in bucket order: back to the text's order (a few thousand hits of a million lookups).
        return inTextOrder(at, docs);
      }
      // A prompt's few hundred hashes: the index (512 KB) in one read rather than 12 bytes a bucket, then the
      // buckets they need, each read and checked once (a Map: an array of 65,536 slots costs more to make).
      const buckets = (this.buckets ??= new Map());
      if (!this.index && hashes.length > INDEX_READ_LOOKUPS) {
        this.index = readAt(this.fd, this.layout.tables, INDEX_BYTES);
        // Hundreds of blocks to check (a prompt's ~500 KB): zlib's CRC-32 is worth loading then.
        this.crc = blockCrc();
      }
      for (let x = 0; x < hashes.length; x++) {
        const h = hashes[x];
        const b = h >>> BUCKET_BITS;
        let entries = buckets.get(b);
        if (!entries) {
          const r = bucketRange(this.index ? this.index.subarray(b * 8, b * 8 + 12) : readAt(this.fd, this.layout.tables + b * 8, 12), this.meta.entries);
          const n = (r.end - r.start) * 4;
          const bytes = n === 0 ? new Uint8Array(0) : readAt(this.fd, this.layout.entries + r.start * 4, n);
          if (this.crc(bytes) !== r.crc) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
          entries = new Uint16Array(bytes.buffer, bytes.byteOffset, n / 2);
          buckets.set(b, entries);
        }
        const d = docsInBucket(entries, h);
        if (!d) continue;
        at.push(x);
        docs.push(d);
      }
    } catch (e) {
      damaged(this.path, e);
    }
    return { at, docs } satisfies Hits;
  };

  /**
   * The same answers as `lookup` for one large text, without holding the store: the hashes are ordered by bucket
   * and the entries read front to back in pieces of ONCE_PIECE bytes, each bucket asked for checked against its CRC
   * (a 21 MB file asks a million hashes, which touch nearly every bucket; the whole read would keep 80 MB of entries
   * and a 16 MB filter for the rest of the run). A store already read whole answers from memory.
   */
  readonly lookupOnce: Lookup = (hashes) => {
    if (this.whole || hashes.length <= WHOLE_READ_LOOKUPS) return this.lookup(hashes);
    const at: number[] = [];
    const docs: number[][] = [];
    try {
      if (!LITTLE_ENDIAN) throw new StoreError('fingerprint stores are read on little-endian machines only');
      this.index ??= readAt(this.fd, this.layout.tables, INDEX_BYTES);
      const crc = (this.crc = blockCrc());
      const index = this.index;
      const count = this.meta.entries;
      // The hashes by bucket (a counting sort on the top 16 bits), each with its place in the text: read in order below.
      const first = new Uint32Array(BUCKETS + 1);
      for (let x = 0; x < hashes.length; x++) first[(hashes[x] >>> BUCKET_BITS) + 1]++;
      for (let b = 1; b <= BUCKETS; b++) first[b] += first[b - 1];
      const order = new Uint32Array(hashes.length);
      const sorted = new Uint32Array(hashes.length);
      for (let x = 0; x < hashes.length; x++) {
        const y = first[hashes[x] >>> BUCKET_BITS]++;
        order[y] = x;
        sorted[y] = hashes[x];
      }
      const pieceBytes = this.pieceBytes & ~3;
      const piece = new Uint8Array(pieceBytes);
      let pieceStart = 0; // entries [pieceStart, pieceEnd) are in `piece` (as u16 pairs in `entries`)
      let pieceEnd = 0;
      let entries: Uint16Array = new Uint16Array(piece.buffer);
      let big: Uint8Array | undefined; // a bucket larger than a piece is read on its own
      let bucket = -1;
      let from = 0;
      let to = 0;
      for (let y = 0; y < order.length; y++) {
        const h = sorted[y];
        const b = h >>> BUCKET_BITS;
        if (b !== bucket) {
          bucket = b;
          const r = bucketRange(index.subarray(b * 8, b * 8 + 12), count);
          if (r.start < pieceStart || r.end > pieceEnd) {
            const bytes = (r.end - r.start) * 4;
            if (bytes > pieceBytes) {
              big = readAt(this.fd, this.layout.entries + r.start * 4, bytes);
              entries = new Uint16Array(big.buffer, big.byteOffset, bytes / 2);
            } else {
              const n = Math.min(count - r.start, pieceBytes / 4);
              readInto(this.fd, piece, n * 4, this.layout.entries + r.start * 4);
              entries = new Uint16Array(piece.buffer);
              this.onProgress?.();
            }
            pieceStart = r.start;
            pieceEnd = bytes > pieceBytes ? r.end : r.start + Math.min(count - r.start, pieceBytes / 4);
          }
          from = r.start - pieceStart;
          to = r.end - pieceStart;
          if (crc(new Uint8Array(entries.buffer, entries.byteOffset + from * 4, (to - from) * 4)) !== r.crc) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
        }
        const d = docsInBucket(entries, h, from, to);
        if (!d) continue;
        at.push(order[y]);
        docs.push(d);
      }
      // Found in bucket order: back to the text's order.
      return inTextOrder(at, docs);
    } catch (e) {
      damaged(this.path, e);
    }
    return { at, docs } satisfies Hits;
  };

  /** Every entry, after checking the whole file against its SHA-256 (for `verify` and before a rewrite). */
  readAll(): { hashes: Uint32Array; docs: Uint16Array; list: StoredDoc[]; data?: DataCells } {
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
        const r = bucketRange(all.subarray(this.layout.tables + b * 8, this.layout.tables + b * 8 + 12), n);
        if (crc32(all.subarray(this.layout.entries + r.start * 4, this.layout.entries + r.end * 4)) !== r.crc) throw new StoreDamage('an entry block is damaged (checksum mismatch)');
        for (let i = r.start; i < r.end; i++) {
          hashes[i] = ((b << BUCKET_BITS) | dv.getUint16(i * 4, true)) >>> 0;
          docs[i] = dv.getUint16(i * 4 + 2, true);
        }
      }
      const dm = this.meta.data;
      return { hashes, docs, list: this.docs(), ...(dm ? { data: decodeData(dm, all.subarray(this.layout.data, this.layout.data + dm.bytes)) } : {}) };
    } catch (e) {
      return damaged(this.path, e);
    }
  }

  /** The open file (a worker of this process reads it too, see parallel.ts). */
  get descriptor(): number {
    return this.fd;
  }

  close(): void {
    if (this.owned) closeSync(this.fd);
  }
}

/** A registered text's id: keyed, so it names the document without allowing a guess of its content. */
export function docId(key: Buffer, words: Words): string {
  return createHmac('sha256', key).update('doc\0').update(new Uint8Array(words.digest.buffer, words.digest.byteOffset, words.count * 16)).digest('hex').slice(0, 12);
}

/** A new key for a store that keeps its own. */
export function newKey(): Buffer {
  return randomBytes(32);
}

/** Writes a store: entries sorted by (hash, document) without repeats, encoded, with its SHA-256 trailer; atomically. */
export function writeStore(path: string, meta: Pick<StoreMeta, 'k' | 'w' | 'keyCheck' | 'key'>, list: StoredDoc[], hashes: Uint32Array, docs: Uint16Array, data?: DataCells): void {
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
  const body = encodeStore(meta, list, h, d, data && data.tables.length > 0 ? encodeData(data) : undefined);
  // The checksum runs over the pieces as they are: the store is not copied once more to append its trailer.
  const sha = createHash('sha256');
  for (const piece of body) sha.update(piece);
  const trailer = Buffer.concat([Buffer.from(TRAILER_MAGIC, 'latin1'), sha.digest()]);
  // A reader sees the old store or the new one, never half of one.
  writeFileAtomic(path, [...body, trailer], { mode: 0o600 });
}
