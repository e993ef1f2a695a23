import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { decode } from '../decode/decode.js';
import { usageError } from '../i18n/index.js';
import { documentKind } from '../input/extract/detect.js';
import { collectSources } from '../input/sources.js';
import type { Skipped } from '../types.js';
import { DEFAULT_PARAMS, MIN_WORDS, registrationHashes } from './match.js';
import { MAX_DOCS, type StoredDoc, type StoreMeta } from './store-format.js';
import { docId, FingerprintStore, keyCheck, newKey, StoreError, wordHasher, writeStore } from './store-file.js';
import { wordsOf } from './words.js';
import { type DataCells, withoutTable } from './data-format.js';

export type { StoredDoc };

/** A store's content ready to change: its metadata, entries and key (a new, empty store when the file is absent). */
interface Opened {
  meta: Pick<StoreMeta, 'k' | 'w' | 'keyCheck' | 'key'>;
  list: StoredDoc[];
  hashes: Uint32Array;
  docs: Uint16Array;
  key: Buffer;
  data?: DataCells;
}

export function openForChange(path: string, outside: Buffer | undefined, create: boolean): Opened {
  if (!existsSync(path)) {
    if (!create) throw new StoreError(`the fingerprint store ${path} does not exist`);
    const key = outside ?? newKey();
    const meta = { ...DEFAULT_PARAMS, keyCheck: keyCheck(key), ...(outside ? {} : { key: key.toString('base64') }) };
    return { meta, list: [], hashes: new Uint32Array(0), docs: new Uint16Array(0), key };
  }
  const store = FingerprintStore.open(path, outside);
  try {
    return { meta: store.meta, ...store.readAll(), key: store.key };
  } finally {
    store.close();
  }
}

/** The text of a file as a scan reads it (documents through their readers); a reason when it cannot be read. */
async function readText(path: string, display: string): Promise<{ text: string } | { reason: string }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const kind = documentKind(display, bytes);
  if (kind) {
    try {
      const { extractDocument } = await import('../input/extract/index.js');
      const x = await extractDocument(kind, bytes);
      if (x.problems.length > 0) return { reason: `${x.problems[0].location}: ${x.problems[0].reason}` };
      return { text: x.text };
    } catch (e) {
      return { reason: (e as { reason?: string }).reason ?? `could not be read by the ${kind} reader` };
    }
  }
  const d = decode(bytes);
  if (!d.ok) return { reason: d.reason };
  if (d.problem) return { reason: d.problem };
  return { text: d.text };
}

export interface AddResult {
  added: StoredDoc[];
  already: StoredDoc[];
}

/**
 * Registers the files under `paths` (folders recurse) in the store, creating it when absent. Nothing is written
 * unless every file could be read whole: a store that silently lacks a document would let its text pass.
 */
export async function addDocuments(o: { store: string; paths: string[]; label?: string; isPublic?: boolean; key?: Buffer; now?: Date }): Promise<AddResult> {
  if (o.paths.length === 0) throw usageError('fpNoPaths');
  const s = openForChange(o.store, o.key, true);
  const c = await collectSources(o.paths);
  const skipped: Skipped[] = [...c.skipped];
  const wordHash = wordHasher(s.key);
  const added: StoredDoc[] = [];
  const already: StoredDoc[] = [];
  const newHashes: Uint32Array[] = [];
  const newDocs: number[] = [];
  const docs = [...s.list];
  const byId = new Map(docs.map((d) => [d.id, d]));
  // One file at a time: only its hashes are kept, so registering thousands of documents needs little memory.
  for (const src of c.sources) {
    if (src.kind !== 'file') continue;
    const r = await readText(src.path, src.display);
    if ('reason' in r) {
      skipped.push({ source: src.display, reason: r.reason });
      continue;
    }
    const words = wordsOf(r.text, true);
    if (words.count < MIN_WORDS) {
      skipped.push({ source: src.display, reason: `${words.count} words: too short to recognise (at least ${MIN_WORDS})` });
      continue;
    }
    const id = docId(s.key, words);
    const known = byId.get(id);
    if (known) {
      already.push(known);
      continue;
    }
    if (docs.length >= MAX_DOCS) throw usageError('fpTooMany', { max: MAX_DOCS });
    const doc: StoredDoc = {
      id,
      label: o.label ?? basename(src.display, extname(src.display)),
      words: words.count,
      ...(o.isPublic ? { public: true } : {}),
      added: (o.now ?? new Date()).toISOString().slice(0, 10),
    };
    newHashes.push(registrationHashes(r.text, words, wordHash, s.meta, o.isPublic === true));
    newDocs.push(docs.length);
    docs.push(doc);
    byId.set(id, doc);
    added.push(doc);
  }
  if (skipped.length > 0) throw usageError('fpUnreadable', { list: skipped.map((x) => `  ${x.source}: ${x.reason}`).join('\n') });
  if (added.length + already.length === 0) throw usageError('fpNoFile');
  if (added.length > 0) {
    const total = s.hashes.length + newHashes.reduce((n, h) => n + h.length, 0);
    const hashes = new Uint32Array(total);
    const owners = new Uint16Array(total);
    hashes.set(s.hashes);
    owners.set(s.docs);
    let at = s.hashes.length;
    newHashes.forEach((h, i) => {
      hashes.set(h, at);
      owners.fill(newDocs[i], at, at + h.length);
      at += h.length;
    });
    writeStore(o.store, s.meta, docs, hashes, owners, s.data);
  }
  return { added, already };
}

/** Removes every document whose label or id is `which`, and the data table with that label; returns the removed
 * documents and tables (none: nothing is written). */
export function removeDocuments(o: { store: string; which: string; key?: Buffer }): { docs: StoredDoc[]; tables: string[] } {
  const s = openForChange(o.store, o.key, false);
  const gone = new Set<number>();
  s.list.forEach((d, i) => { if (d.id === o.which || d.label === o.which) gone.add(i); });
  const tables = s.data?.tables.filter((t) => t.label === o.which).map((t) => t.label) ?? [];
  const data = s.data && tables.length > 0 ? withoutTable(s.data, o.which) : s.data;
  if (gone.size === 0 && tables.length === 0) return { docs: [], tables };
  // Documents keep their order; the indices of those after a removed one move down.
  const renumber = new Int32Array(s.list.length);
  let next = 0;
  for (let i = 0; i < renumber.length; i++) renumber[i] = gone.has(i) ? -1 : next++;
  let n = 0;
  const hashes = new Uint32Array(s.hashes.length);
  const owners = new Uint16Array(s.hashes.length);
  for (let i = 0; i < s.hashes.length; i++) {
    const d = renumber[s.docs[i]];
    if (d < 0) continue;
    hashes[n] = s.hashes[i];
    owners[n++] = d;
  }
  writeStore(o.store, s.meta, s.list.filter((_, i) => !gone.has(i)), hashes.subarray(0, n), owners.subarray(0, n), data);
  return { docs: s.list.filter((_, i) => gone.has(i)), tables };
}

/** Opens a store, checks all of it (SHA-256 and every block) and describes it. Throws StoreError when damaged. */
export function describeStore(o: { store: string; key?: Buffer; full: boolean }): { meta: StoreMeta; docs: StoredDoc[]; keyOutside: boolean } {
  const store = FingerprintStore.open(o.store, o.key);
  try {
    if (o.full) store.readAll();
    return { meta: store.meta, docs: store.docs(), keyOutside: store.meta.key === undefined };
  } finally {
    store.close();
  }
}
