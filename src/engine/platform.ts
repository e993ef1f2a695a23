import type * as Regexpp from '@eslint-community/regexpp';
import type * as Entities from 'entities';
import type * as Refa from 'refa';

type Distance = (a: string, b: string, options?: Record<string, unknown>) => number;

/** The packages the engine loads on first use only (most texts never need them). */
export interface LazyPackages {
  /** Regex analysis of rules written by users (analyze/). */
  '@eslint-community/regexpp': typeof Regexpp;
  /** The static regex-safety check of rules written by users (analyze/safety.ts; Node only). */
  refa: typeof Refa;
  /** HTML character references in the decoded reading (normalize/encodings.ts). */
  entities: typeof Entities;
  /** Edit distances of fuzzy stamp lines (util/natural.ts); never the root of `natural`. */
  'natural/lib/natural/distance/levenshtein_distance.js': { LevenshteinDistance: Distance; DamerauLevenshteinDistance: Distance };
}

/**
 * What the engine asks of the place it runs in: the few things plain JavaScript does not do at the same speed
 * (strings from byte and code-unit arrays: the Latin-1 fast path of the matching view), base64 decoded as
 * leniently as Node does, and the lazily loaded packages. The engine imports no `node:` module and uses no
 * `Buffer`: the Node runtime installs its own platform (src/runtime/node-platform.ts), the browser entry one made of
 * plain JavaScript and bundled packages (src/browser/entry.ts).
 */
export interface Platform {
  /** bytes[0…length) as a string, one character per byte (Latin-1). */
  latin1(bytes: Uint8Array, length: number): string;
  /** units[0…length) as a string, lone surrogates kept. */
  utf16(units: Uint16Array, length: number): string;
  /** Optional: the string's UTF-16 units written into `target` (little-endian, lone surrogates kept), faster than a
   * loop; the byte kernel copies each window into WebAssembly memory with it (normalize/kernel.ts). */
  unitsInto?(text: string, target: Uint16Array): void;
  /** UTF-8 bytes as a string, invalid sequences replaced by U+FFFD. */
  utf8(bytes: Uint8Array): string;
  /** Base64 (either alphabet) to bytes: characters outside the alphabet are skipped, decoding stops at `=`. */
  base64(text: string): Uint8Array;
  /** A package of LazyPackages, loaded on first use. */
  load<K extends keyof LazyPackages>(name: K): LazyPackages[K];
}

const CHUNK = 1 << 13;

function fromCodes(codes: Uint8Array | Uint16Array, length: number): string {
  let s = '';
  for (let k = 0; k < length; k += CHUNK) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(length, k + CHUNK)) as unknown as number[]);
  return s;
}

const B64 = new Int8Array(128).fill(-1);
for (let k = 0; k < 64; k++) B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(k)] = k;
B64[45] = 62; // '-' (base64url)
B64[95] = 63; // '_'

const utf8Decoder = new TextDecoder('utf-8');

/** Plain JavaScript: what a browser (or any host without a platform of its own) runs. */
export const portablePlatform: Platform = {
  latin1: fromCodes,
  utf16: fromCodes,
  utf8: (bytes) => utf8Decoder.decode(bytes),
  base64(text) {
    const out = new Uint8Array((text.length * 3) >> 2);
    let n = 0;
    let bits = 0;
    let acc = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 61) break; // '='
      const v = c < 128 ? B64[c] : -1;
      if (v < 0) continue;
      acc = ((acc << 6) | v) & 0xffffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[n++] = (acc >> bits) & 0xff;
      }
    }
    return out.subarray(0, n);
  },
  load(name) {
    throw new Error(`promptgate: the package ${name} is not available on this platform`);
  },
};

let current: Platform = portablePlatform;

/** Installs the platform the engine runs on (once, at start-up: the Node runtime and the browser entry do it). */
export function usePlatform(p: Platform): void {
  current = p;
}

export function platform(): Platform {
  return current;
}
