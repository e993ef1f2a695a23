/**
 * Keyed word shingles and their winnowing (Schleimer, Wilkerson and Aiken, 2003). A shingle is k consecutive
 * words; its hash mixes the keyed hashes of its words, so without the key nobody can compute the hash of a guessed
 * phrase. Winnowing keeps, in every window of w consecutive shingle hashes, the rightmost smallest one: two texts
 * that share a run of at least t = w + k - 1 words share at least one kept hash, and two kept hashes of one
 * shared run are never more than w shingles apart.
 */

export interface ShingleParams {
  /** Words in a shingle. */
  k: number;
  /** Shingle hashes in a winnowing window. */
  w: number;
}

/** A hash that is never kept: shingles that touch boilerplate get it, so they never reach the store. */
export const EXCLUDED = 0xffffffff;

/** Mixes k keyed word hashes into one 32-bit shingle hash (never EXCLUDED). */
export function shingleHashes(wordHashes: Uint32Array, k: number): Uint32Array {
  const n = Math.max(0, wordHashes.length - k + 1);
  const out = new Uint32Array(n);
  // The first step's input is a constant: computed once (a large file has millions of shingles).
  const h0 = 0x2545f491 ^ k;
  const first = Math.imul((h0 << 5) | (h0 >>> 27), 0x9e3779b1);
  for (let i = 0; i < n; i++) {
    let h = first ^ wordHashes[i];
    for (let j = 1; j < k; j++) h = Math.imul((h << 5) | (h >>> 27), 0x9e3779b1) ^ wordHashes[i + j];
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[i] = (h >>> 0) === EXCLUDED ? EXCLUDED - 1 : h >>> 0;
  }
  return out;
}

/**
 * Robust winnowing: the positions of the kept hashes, ascending. A text shorter than one window keeps its
 * smallest hash. Positions whose hash is EXCLUDED are never kept. A typed array: a large file keeps a million.
 */
export function winnow(hashes: Uint32Array, w: number): Int32Array {
  const n = hashes.length;
  if (n === 0) return new Int32Array(0);
  const width = Math.min(w, n);
  // At most one position a window.
  const kept = new Int32Array(n - width + 1);
  let count = 0;
  let m = -1;
  for (let s = 0; s + width <= n; s++) {
    const last = s + width - 1;
    if (m < s) {
      m = s;
      for (let j = s + 1; j <= last; j++) if (hashes[j] <= hashes[m]) m = j;
    } else if (hashes[last] <= hashes[m]) m = last;
    else continue;
    if (hashes[m] !== EXCLUDED && (count === 0 || kept[count - 1] !== m)) kept[count++] = m;
  }
  return kept.subarray(0, count);
}
