import { constants, inflateRawSync } from 'node:zlib';
import { DocString, fixed, loc, MAX_INFLATED_BYTES, Unreadable } from './types.js';

/**
 * A small, defensive ZIP reader for OOXML/ODF packages, entirely in memory (document content never touches
 * the disk). Entries are listed from the central directory; each is inflated only when asked for, and the
 * bytes actually produced are counted against the limits (declared sizes can lie).
 */
export interface ZipLimits {
  maxEntries: number;
  /** Total bytes inflated from one archive. */
  maxTotalBytes: number;
  /** Inflated/compressed ratio above which an entry is a bomb, once it is larger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 20_000,
  maxTotalBytes: MAX_INFLATED_BYTES,
  maxRatio: 200,
  ratioFloor: 1024 * 1024,
};

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** An entry name from the package: shown masked, scanned like content. */
export function entryName(name: string): DocString {
  return new DocString(name, 'name of a part in the package');
}

export class ZipArchive {
  /** Entries by lower-cased name: OPC part names compare case-insensitively (ODF's never differ by case alone). */
  private readonly entries = new Map<string, Entry>();
  private readonly budget: { left: number };

  /** `budget` is shared with the other documents of the same file (nested packages draw on the same bytes). */
  constructor(private readonly buf: Uint8Array, private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS, budget?: { left: number }) {
    this.budget = budget ?? { left: limits.maxTotalBytes };
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const eocd = findEocd(buf, dv);
    if (eocd < 0) throw new Unreadable('not a valid ZIP package (no end of central directory); not scanned');
    let count = dv.getUint16(eocd + 10, true);
    let cdOffset = dv.getUint32(eocd + 16, true);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new Unreadable('ZIP64 package; too large to scan safely');
    if (count > limits.maxEntries) throw new Unreadable(`ZIP package with ${count} entries (limit ${limits.maxEntries}); possible zip bomb, not scanned`);
    const ranges: [number, number][] = [];
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || dv.getUint32(p, true) !== 0x02014b50) throw new Unreadable('corrupt ZIP central directory; not scanned');
      const flags = dv.getUint16(p + 8, true);
      const method = dv.getUint16(p + 10, true);
      const compressedSize = dv.getUint32(p + 20, true);
      const size = dv.getUint32(p + 24, true);
      const nameLen = dv.getUint16(p + 28, true);
      const extraLen = dv.getUint16(p + 30, true);
      const commentLen = dv.getUint16(p + 32, true);
      const localOffset = dv.getUint32(p + 42, true);
      const name = new TextDecoder().decode(buf.subarray(p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
      if (localOffset + 30 > buf.length || dv.getUint32(localOffset, true) !== 0x04034b50) throw new Unreadable('corrupt ZIP entry header; not scanned');
      const dataStart = localOffset + 30 + dv.getUint16(localOffset + 26, true) + dv.getUint16(localOffset + 28, true);
      ranges.push([localOffset, dataStart + compressedSize]);
      // Two entries with one name: readers disagree on which one wins, so the package cannot be checked as shown.
      const key = name.toLowerCase();
      if (this.entries.has(key)) throw new Unreadable(loc`ZIP package has two entries named ${entryName(name)} (readers disagree on which is used); not scanned`);
      this.entries.set(key, { name, method, flags, compressedSize, size, localOffset });
    }
    // Overlapping entries share one compressed kernel: the "better zip bomb" (Fifield). Real packages never do it.
    ranges.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < ranges.length; i++) {
      if (ranges[i][0] < ranges[i - 1][1]) throw new Unreadable('ZIP entries overlap (zip bomb construction); not scanned');
    }
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * The first bytes of an entry (to tell a picture by its signature without inflating it whole), or undefined when
   * it does not exist. Inflates at most a few hundred compressed bytes; not counted against the budget.
   */
  head(name: string, n = 64): Uint8Array | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e || e.flags & 1) return undefined;
    const data = this.data(e);
    if (e.method === 0) return data.subarray(0, n);
    if (e.method !== 8) return undefined;
    try {
      return inflateRawSync(data.subarray(0, 512), { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, n);
    } catch {
      return undefined;
    }
  }

  private data(e: Entry): Uint8Array {
    const dv = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
    const start = e.localOffset + 30 + dv.getUint16(e.localOffset + 26, true) + dv.getUint16(e.localOffset + 28, true);
    return this.buf.subarray(start, start + e.compressedSize);
  }

  /** The entry's bytes, or undefined when it does not exist. Throws Unreadable when a limit is hit. */
  read(name: string): Uint8Array | undefined {
    const e = this.entries.get(name.toLowerCase());
    if (!e) return undefined;
    if (e.flags & 1) throw new Unreadable('encrypted ZIP entry; not scanned');
    const data = this.data(e);
    const budget = this.budget.left;
    // The ratio limit caps this entry's output before inflating, so a bomb stops at the cap instead of filling memory.
    const ratioCap = Math.max(this.limits.ratioFloor, e.compressedSize * this.limits.maxRatio);
    const cap = Math.min(budget, ratioCap);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: cap + 1 });
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw this.overLimit(e, cap, budget);
        throw new Unreadable(loc`corrupt compressed data in ${entryName(e.name)}; not scanned`);
      }
    } else throw new Unreadable(loc`unsupported ZIP compression method ${e.method} in ${entryName(e.name)}; not scanned`);
    if (out.length > cap) throw this.overLimit(e, cap, budget);
    this.budget.left -= out.length;
    return out;
  }

  /** An XML part as text, decoded as its byte-order mark or XML declaration says (OPC allows UTF-16 parts). */
  readText(name: string): string | undefined {
    const b = this.read(name);
    return b === undefined ? undefined : decodeXmlBytes(b, name);
  }

  private overLimit(e: Entry, cap: number, budget: number): Unreadable {
    return cap === budget
      ? new Unreadable(`ZIP package inflates past ${this.limits.maxTotalBytes} bytes (possible zip bomb); not scanned`)
      : new Unreadable(loc`ZIP entry ${entryName(e.name)} expands more than ${this.limits.maxRatio}:1 (zip bomb); not scanned`);
  }
}

/** UTF-8 unless a byte-order mark or the XML declaration says UTF-16; invalid bytes make the part unreadable. */
export function decodeXmlBytes(b: Uint8Array, name: string): string {
  let enc = 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) enc = 'utf-16le';
  else if (b[0] === 0xfe && b[1] === 0xff) enc = 'utf-16be';
  else if (b[0] === 0x3c && b[1] === 0x00) enc = 'utf-16le'; // "<" without a BOM
  else if (b[0] === 0x00 && b[1] === 0x3c) enc = 'utf-16be';
  else {
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 200)).toString('latin1'));
    const named = decl?.[1].toLowerCase();
    if (named && named !== 'utf-8' && named !== 'utf8') {
      if (named === 'utf-16' || named === 'utf-16le' || named === 'utf-16be') enc = 'utf-16le';
      else if (/^(?:us-ascii|ascii|iso-8859-1|latin1|windows-125\d)$/.test(named)) enc = named === 'us-ascii' || named === 'ascii' ? 'utf-8' : named;
      else throw new Unreadable(loc`XML part ${entryName(name)} declares an unsupported encoding; not scanned`);
    }
  }
  try {
    return new TextDecoder(enc, { fatal: true }).decode(b);
  } catch {
    throw new Unreadable(loc`XML part ${entryName(name)} is not valid ${fixed(enc)} text; not scanned`);
  }
}

function findEocd(buf: Uint8Array, dv: DataView): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) if (dv.getUint32(i, true) === 0x06054b50) return i;
  return -1;
}
