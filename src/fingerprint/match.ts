import { boilerplateWords } from './boilerplate.js';
import { EXCLUDED, shingleHashes, type ShingleParams, winnow } from './shingles.js';
import type { Words } from './words.js';

/** Keyed hashes of a text's words, all in one call (see store-file.ts: a PRF under the store's key). */
export type WordHash = (words: Words) => Uint32Array;

/** The shingle hashes a store holds: `at` the positions of those it holds (ascending, into the hashes asked),
 * `docs` the documents (indices) holding each. Most hashes of a text are held by no document. */
export interface Hits {
  at: number[];
  docs: number[][];
}

/** What the store answers for shingle hashes. */
export type Lookup = (hashes: Uint32Array) => Hits;

export interface RegisteredDoc {
  id: string;
  label: string;
  /** Words of the registered text. */
  words: number;
  /** A public reference text (a law, a template): its passages never count as confidential. */
  public?: boolean;
}

/** One place in the input that comes from one registered document. Word indices are inclusive. */
export interface Excerpt {
  doc: number;
  firstWord: number;
  lastWord: number;
  /** Words of the input covered by the shared runs. */
  words: number;
  /** Distinct kept shingles that matched. */
  hits: number;
  /** Shared runs (hits at most w apart make one run). */
  runs: number;
}

/**
 * Decision thresholds, chosen from measurements (see README, "Registered documents"): an excerpt counts when at
 * least MIN_HITS kept shingles of one document match and their runs cover at least MIN_WORDS words. A shingle
 * held by COMMON_DOCS or more registered documents is a shared formula, not content. Runs closer than
 * CLUSTER_GAP words make one excerpt (reordered paragraphs of one document stay one finding).
 */
export const MIN_HITS = 4;
export const MIN_WORDS = 16;
export const COMMON_DOCS = 5;
export const CLUSTER_GAP = 200;

/**
 * A new store keeps the smallest of every 4 consecutive shingle hashes of a document (two in five shingles): with 6
 * (two in seven), a 40-word excerpt whose sentences are reversed *and* one word in ten replaced left too few kept
 * shingles, and was missed with 6 % of keys (measured over 60 keys, 24 excerpts). A store keeps its own parameters:
 * one made with 6 is read as it was made.
 */
export const DEFAULT_PARAMS: ShingleParams = { k: 4, w: 4 };

/**
 * A large text winnows its own shingles with a window of at least this many. Sparser than the store is sound: the
 * smallest hash of a window of 6 is also the smallest of each window of 4 inside it, which the store kept; so any
 * shared run of 9 words (6 + 4 - 1) still shares a kept hash, and a large file asks 29 % fewer lookups than with 4.
 */
export const LARGE_TEXT_WINDOW = 6;

/**
 * A text of at most this many words looks up every shingle, not only those its own winnowing keeps: whether a
 * registered document's kept shingle is found then no longer depends on the input's window choices (which the key
 * decides), only on that shingle occurring in the input. A prompt has a few hundred words, so this costs a few hundred
 * lookups more; a large text keeps winnowing (Schleimer et al.'s guarantee: any shared run of w + k - 1 words).
 */
export const ALL_SHINGLES = 2000;
/**
 * With every shingle looked up, an excerpt counts from MIN_WORDS_ALL covered words (still MIN_HITS distinct
 * shingles) when they come in at least MIN_RUNS_ALL separate shared runs, else from MIN_WORDS: an edited 40-word
 * excerpt is several short runs (reversed sentences, replaced words), while what unrelated texts share by chance is
 * one or two stretches of a common phrase. Measured with the store's window of 4 (see README): the 40-word excerpts
 * reversed and one word in ten replaced, over 150 keys, missed 2 times in 3,600; registering the 214 texts of the
 * shared evaluation corpus and scanning each, with the same 150 keys, found no other text (the largest cross-matches
 * left: 4 hits over 14 words in 2 runs, 5 over 11).
 */
export const MIN_WORDS_ALL = 12;
export const MIN_RUNS_ALL = 3;

/**
 * The shingle hashes a registered text contributes to the store, sorted and unique. A confidential document gives
 * its winnowed shingles, minus those touching boilerplate; a public text gives every shingle, so that any passage
 * of it can be recognised and discounted.
 */
export function registrationHashes(text: string, words: Words, wordHash: WordHash, p: ShingleParams, isPublic: boolean): Uint32Array {
  const sh = shingleHashes(wordHash(words), p.k);
  let kept: Uint32Array;
  if (isPublic) kept = sh;
  else {
    const flags = boilerplateWords(text, words);
    // A shingle touches boilerplate when one of its k words is: count flagged words in a sliding window.
    let inWindow = 0;
    for (let i = 0; i < flags.length; i++) {
      inWindow += flags[i];
      if (i >= p.k) inWindow -= flags[i - p.k];
      if (i >= p.k - 1 && inWindow > 0) sh[i - p.k + 1] = EXCLUDED;
    }
    kept = Uint32Array.from(winnow(sh, p.w), (i) => sh[i]);
  }
  return uniqueSorted(kept);
}

function uniqueSorted(a: Uint32Array): Uint32Array {
  const s = Uint32Array.from(a).sort();
  let n = 0;
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[n - 1]) s[n++] = s[i];
  return s.slice(0, n);
}

/**
 * The excerpts of registered documents in a text. Only shingles starting at a word whose original offset lies in
 * [from, to) are looked up (a segment of a large file reads margin on both sides for context).
 */
export function findExcerpts(words: Words, wordHash: WordHash, p: ShingleParams, lookup: Lookup, publicDocs: Set<number>, from = 0, to = Infinity): Excerpt[] {
  const sh = shingleHashes(wordHash(words), p.k);
  const all = words.count <= ALL_SHINGLES;
  const kept = all ? Int32Array.from(sh.keys()) : winnow(sh, queryWindow(p, all).w);
  // One loop, no callbacks: a large file has a million kept shingles.
  const positions = new Int32Array(kept.length);
  const query = new Uint32Array(kept.length);
  let m = 0;
  for (let x = 0; x < kept.length; x++) {
    const i = kept[x];
    if (words.start[i] < from || words.start[i] >= to) continue;
    positions[m] = i;
    query[m++] = sh[i];
  }
  return excerptsOfQuery(positions.subarray(0, m), query.subarray(0, m), words.count, p, lookup, publicDocs);
}

/** The window that decides which of a text's shingles are looked up, and which hits are one shared run: the
 * store's when every shingle is looked up (`all`), else at least LARGE_TEXT_WINDOW. */
export function queryWindow(p: ShingleParams, all: boolean): ShingleParams {
  return all ? p : { k: p.k, w: Math.max(p.w, LARGE_TEXT_WINDOW) };
}

/**
 * The excerpts of registered documents from a text's looked-up shingles: `query` their hashes, `positions` the words
 * they start at (ascending), `wordCount` the text's words (see stream.ts for a text hashed window by window).
 */
export function excerptsOfQuery(positions: Int32Array, query: Uint32Array, wordCount: number, p: ShingleParams, lookup: Lookup, publicDocs: Set<number>): Excerpt[] {
  if (query.length === 0) return [];
  const all = wordCount <= ALL_SHINGLES;
  const q = queryWindow(p, all);
  const found = lookup(query);
  const byDoc = new Map<number, number[]>();
  // A passage the input repeats is one piece of evidence: each registered shingle counts once, where it first occurs.
  const seen = new Set<number>();
  for (let y = 0; y < found.at.length; y++) {
    const x = found.at[y];
    const i = positions[x];
    const holders = found.docs[y];
    if (seen.has(query[x])) continue;
    seen.add(query[x]);
    // Passages of public texts, and formulas many registered documents share, are not content.
    if (holders.some((d) => publicDocs.has(d))) continue;
    if (holders.length >= COMMON_DOCS) continue;
    for (const d of holders) {
      let list = byDoc.get(d);
      if (!list) byDoc.set(d, (list = []));
      list.push(i);
    }
  }
  const out: Excerpt[] = [];
  for (const [doc, list] of byDoc) out.push(...excerptsOf(doc, list, q, wordCount, all));
  return out.sort((a, b) => a.firstWord - b.firstWord || a.doc - b.doc);
}

/** Kept shingles of one document, in input order → its excerpts. Hits at most w apart belong to one shared run. */
function excerptsOf(doc: number, list: number[], p: ShingleParams, wordCount: number, all: boolean): Excerpt[] {
  const out: Excerpt[] = [];
  let cur: Excerpt | undefined;
  let runEnd = -1; // exclusive end (word index) of the current shared run
  for (const i of list) {
    const end = Math.min(wordCount, i + p.k);
    if (cur && i - cur.lastWord <= CLUSTER_GAP + p.k) {
      // Hits at most w apart are one shared run, gap included; a farther hit starts another run of the excerpt.
      const sameRun = i - (runEnd - p.k) <= p.w;
      cur.words += Math.max(0, end - (sameRun ? runEnd : Math.max(i, runEnd)));
      cur.hits++;
      if (!sameRun) cur.runs++;
      cur.lastWord = Math.max(cur.lastWord, end - 1);
      runEnd = Math.max(runEnd, end);
      continue;
    }
    if (cur) out.push(cur);
    cur = { doc, firstWord: i, lastWord: end - 1, words: end - i, hits: 1, runs: 1 };
    runEnd = end;
  }
  if (cur) out.push(cur);
  return out.filter((e) => e.hits >= MIN_HITS && (e.words >= MIN_WORDS || (all && e.words >= MIN_WORDS_ALL && e.runs >= MIN_RUNS_ALL)));
}
