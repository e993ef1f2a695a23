import type { AutomatonTables } from '../match/aho-corasick.js';

/**
 * Automata as one binary file (dist/builtin-automata.bin, written at build time): a start-up reads it with one
 * readFileSync and views its typed arrays in place, without parsing or rebuilding. Each automaton is stored with
 * the exact pattern list it was built from, and is only used for that list. The file is an accelerator: anything
 * unexpected (another format, another build, a truncated file) makes `decodeAutomata` return nothing, and the
 * automaton is built as usual. There is no checksum: dist/ also holds the code that runs, and is trusted like it
 * (hashing the 200 KB on a cold start would cost more than half of what the file saves).
 *
 * Layout, in 32-bit words of the machine's byte order (MAGIC read back wrong means another byte order: refused):
 *   MAGIC FORMAT stamp count, then per automaton: key length in bytes, the key (JSON of the pattern list,
 *   UTF-8, padded to 4 bytes), and for each table in TABLES order: element kind (index in KINDS), element count,
 *   the elements (padded to 4 bytes).
 */
const MAGIC = 0x43414750; // "PGAC"
const FORMAT = 3;
const HEADER_WORDS = 4;
const TABLES = ['lengths', 'fail', 'dict', 'outStart', 'outIds', 'edgeStart', 'edgeUnit', 'edgeNext', 'ascii', 'classOf', 'emits'] as const;
const KINDS = [Int32Array, Uint16Array, Uint8Array];

/** The key an automaton is filed under: its patterns, in order (JSON, so no two lists share a key). */
export function automatonKey(patterns: readonly string[]): string {
  return JSON.stringify(patterns);
}

export function encodeAutomata(list: { patterns: readonly string[]; tables: AutomatonTables }[], stamp: number): Buffer {
  const parts: Buffer[] = [];
  const word = (n: number) => {
    const b = Buffer.alloc(4);
    new Int32Array(b.buffer, b.byteOffset, 1)[0] = n;
    parts.push(b);
  };
  const padded = (b: Buffer) => parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  for (const { patterns, tables } of list) {
    const key = Buffer.from(automatonKey(patterns), 'utf8');
    word(key.length);
    padded(key);
    for (const name of TABLES) {
      const a = tables[name];
      word(KINDS.findIndex((k) => a instanceof k));
      word(a.length);
      padded(Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    }
  }
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(HEADER_WORDS * 4);
  new Int32Array(head.buffer, head.byteOffset, HEADER_WORDS).set([MAGIC, FORMAT, stamp, list.length]);
  return Buffer.concat([head, body]);
}

/** The automata in `file`, by key; empty when the file is not exactly what this build wrote (see above). */
export function decodeAutomata(file: Uint8Array, stamp: number): Map<string, AutomatonTables> {
  const out = new Map<string, AutomatonTables>();
  if (file.byteLength < HEADER_WORDS * 4 || file.byteLength % 4 !== 0) return out;
  // Typed-array views need 4-byte alignment; a buffer from readFileSync of this size has its own memory.
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  if (words[0] !== MAGIC || words[1] !== FORMAT || words[2] !== stamp) return out;
  const count = words[3];
  let at = HEADER_WORDS;
  const found: [string, AutomatonTables][] = [];
  for (let i = 0; i < count; i++) {
    if (at >= words.length) return out;
    const keyBytes = words[at++];
    const key = Buffer.from(bytes.buffer, bytes.byteOffset + at * 4, keyBytes).toString('utf8');
    at += Math.ceil(keyBytes / 4);
    const tables: Partial<Record<(typeof TABLES)[number], Int32Array | Uint16Array | Uint8Array>> = {};
    for (const name of TABLES) {
      if (at + 2 > words.length) return out;
      const kind = words[at++];
      const length = words[at++];
      const Kind = KINDS[kind];
      if (!Kind || length < 0 || at * 4 + length * Kind.BYTES_PER_ELEMENT > bytes.byteLength) return out;
      tables[name] = new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + at * 4, length);
      const byteLength = length * Kind.BYTES_PER_ELEMENT;
      at += Math.ceil(byteLength / 4);
    }
    found.push([key, tables as AutomatonTables]);
  }
  if (at !== words.length) return out;
  for (const [key, tables] of found) out.set(key, tables);
  return out;
}
