import { LineIndex } from '../normalize/lines.js';
import { mask } from '../util/mask.js';
import type { ScanTextOptions } from '../engine/engine.js';
import type { Finding, FingerprintMatch, Localized } from '../types.js';
import type { StageCall } from '../engine/scanner.js';
import { localize } from '../util/localize.js';
import { type Excerpt, excerptsOfQuery, findExcerpts, type Lookup, type RegisteredDoc, type WordHash } from './match.js';
import { type StreamedShingles, streamShingles, stringSource, type UnitSource, wordSpan } from './stream.js';
import type { ShingleParams } from './shingles.js';
import { WordCollector, type Words, wordsOf } from './words.js';
import { dataFindings, type DataSource } from './data.js';

/** What matching needs from an open store (see store-file.ts); kept abstract so this module stays pure. */
export interface FingerprintSource {
  /** The store's parameters and how many documents it holds (known without reading their list). */
  meta: ShingleParams & { docCount: number };
  publicDocs: Set<number>;
  /** The registered documents, read only when an excerpt must be named. */
  docs(): RegisteredDoc[];
  wordHash: WordHash;
  lookup: Lookup;
  /** The same answers for one large text looked up once: the store read piece by piece, never held whole. */
  lookupOnce?: Lookup;
  /** Registered data tables, when the store has any. */
  data(): DataSource | undefined;
}

export type FingerprintFinding = Finding & { fingerprint: FingerprintMatch };

export const RULE_ID = 'fingerprint.document';

const MESSAGE: Localized = {
  en: 'text of the registered confidential document "{label}" ({words} matching words)',
  vi: 'nội dung của tài liệu mật đã đăng ký "{label}" ({words} từ trùng khớp)',
  cs: 'text registrovaného utajovaného dokumentu „{label}“ ({words} shodných slov)',
};

/** Findings for the excerpts of registered documents in one text (or in the core of one segment of it). */
export function fingerprintFindings(text: string, source: string, store: FingerprintSource, opts: ScanTextOptions = {}, words: Words = wordsOf(text)): FingerprintFinding[] {
  if (words.count < store.meta.k) return [];
  const from = opts.frame?.coreStart ?? 0;
  const to = opts.frame?.coreEnd ?? text.length;
  const excerpts = findExcerpts(words, store.wordHash, store.meta, store.lookup, store.publicDocs, from, to);
  if (excerpts.length === 0) return [];
  let inCore = 0;
  for (let i = 0; i < words.count; i++) if (words.start[i] >= from && words.start[i] < to) inCore++;
  return placeExcerpts(excerpts, text, source, store, opts, (i) => [words.start[i], words.end[i]], inCore);
}

/**
 * The same findings for a large text hashed window by window (see stream.ts): only the kept shingles are held, and
 * the spans of the excerpts found are read again from their windows. `text()` gives the whole text, asked for only
 * when an excerpt is found (its lines and its masked excerpt); `onWindow` is called after each window of words.
 */
export function streamedFindings(src: UnitSource, text: () => string, source: string, store: FingerprintSource, opts: ScanTextOptions = {}, onWindow?: () => void): FingerprintFinding[] {
  return placeStreamed(streamedExcerpts(src, store, opts.frame, onWindow), text, source, store, opts);
}

/** The excerpts of a text hashed window by window, before they are placed. */
export interface StreamedExcerpts {
  shingles: StreamedShingles;
  excerpts: Excerpt[];
}

export function streamedExcerpts(src: UnitSource, store: FingerprintSource, frame?: ScanTextOptions['frame'], onWindow?: () => void): StreamedExcerpts {
  const s = streamShingles(src, store.wordHash, store.meta, frame?.coreStart ?? 0, frame?.coreEnd ?? Infinity, onWindow);
  if (s.count < store.meta.k) return { shingles: s, excerpts: [] };
  // A whole text is looked up once: the store is read in pieces rather than held (a stream's segments keep it).
  const lookup = frame ? store.lookup : (store.lookupOnce ?? store.lookup);
  return { shingles: s, excerpts: excerptsOfQuery(s.positions, s.query, s.count, store.meta, lookup, store.publicDocs) };
}

/** The findings of streamed excerpts, placed in the whole text (`text()`, asked for only when there are some). */
export function placeStreamed(r: StreamedExcerpts, text: () => string, source: string, store: FingerprintSource, opts: ScanTextOptions): FingerprintFinding[] {
  if (r.excerpts.length === 0) return [];
  const whole = text();
  const units = stringSource(whole);
  return placeExcerpts(r.excerpts, whole, source, store, opts, (i) => wordSpan(units, r.shingles, i), r.shingles.inCore);
}

/** Findings for excerpts, placed in `text` (`span(i)`: the original span of word i). */
function placeExcerpts(excerpts: Excerpt[], text: string, source: string, store: FingerprintSource, opts: ScanTextOptions, span: (i: number) => [number, number], inCore: number): FingerprintFinding[] {
  const lines = new LineIndex(text, opts.frame);
  return excerpts.map((e: Excerpt) => {
    const doc = store.docs()[e.doc];
    const start = span(e.firstWord)[0];
    const end = span(e.lastWord)[1];
    const a = lines.position(start);
    const b = lines.position(end);
    const share = Math.min(1, Math.round((e.words / Math.max(1, inCore)) * 1000) / 1000);
    return {
      ruleId: RULE_ID,
      category: 'fingerprint',
      severity: 'block',
      source,
      line: a.line,
      column: a.column,
      endLine: b.line,
      endColumn: b.column,
      excerpt: mask(text.slice(start, end)),
      message: localize(MESSAGE, opts.lang ?? 'en').replace('{label}', doc.label).replace('{words}', String(e.words)),
      start,
      end,
      fingerprint: { label: doc.label, id: doc.id, words: e.words, share },
    };
  });
}

/** The scanner stage that also reports excerpts of the store's registered documents (every input kind goes through
 * scanText: plain text, documents, segments of large files). */
export function fingerprintStage(store: FingerprintSource): StageCall {
  // The last text's collector: its words are done with once that text's findings are made (all in one call).
  let spare: WordCollector | undefined;
  return (engine, text, source, o) => {
    if ((o.depth ?? 0) > 0) return engine.scanText(text, source, o);
    // The words come from the views the engine builds anyway; a text it matched elsewhere (a watched engine's
    // worker) is read here instead.
    const words = new WordCollector(text.length, false, spare);
    spare = undefined; // taken over until this text is done (a nested scan never comes here, see depth)
    const found = engine.scanText(text, source, { ...o, onView: (v, base, a, b) => words.add(v, base, a, b) });
    found.push(...storeFindings(text, source, store, o, words.seen ? words.finish() : wordsOf(text)));
    spare = words;
    return found;
  };
}

/** Everything a store finds in one text from its words: excerpts of registered documents, then registered data. */
export function storeFindings(text: string, source: string, store: FingerprintSource, o: ScanTextOptions, w: Words): Finding[] {
  const found: Finding[] = [];
  // A store of data tables only has no document to look for. Counted from the metadata: the list itself (720 KB of
  // JSON for 10,000 documents, ~10 ms to read, check and parse in a fresh process) is read only to name a match.
  if (store.meta.docCount > 0) found.push(...fingerprintFindings(text, source, store, o, w));
  const data = store.data();
  if (data) found.push(...dataFindings(text, source, data, w, o));
  return found;
}
