import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDocuments } from '../src/fingerprint/register.js';
import { addData, csvRows, tableOf } from '../src/fingerprint/data-register.js';
import { DEFAULT_PARAMS } from '../src/fingerprint/match.js';
import { fingerprintFindings, fingerprintStage, streamedFindings } from '../src/fingerprint/findings.js';
import { findExcerpts, LARGE_TEXT_WINDOW, ALL_SHINGLES } from '../src/fingerprint/match.js';
import { shingleHashes, winnow } from '../src/fingerprint/shingles.js';
import { streamShingles, stringSource } from '../src/fingerprint/stream.js';
import { wordsOf } from '../src/fingerprint/words.js';
import { parallelFingerprintStage, PARALLEL_UNITS, WARM_BYTES } from '../src/fingerprint/parallel.js';
import { FingerprintStore, keyCheck, StoreError, writeStore } from '../src/fingerprint/store-file.js';
import { Engine } from '../src/engine/engine.js';
import { compose, type StageCall } from '../src/engine/scanner.js';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { scanChunks } from '../src/runtime/large-file.js';
import type { Finding, Skipped } from '../src/types.js';
import { cli, tempDir } from './helpers/cli.js';
// @ts-expect-error plain ES module shared with the fixture maker and the bench
import { body, officialDocument } from './fixtures/fingerprint/official-docs.mjs';
// @ts-expect-error plain ES module shared with the data tests
import { staffCsv, staffRow } from './fixtures/data/staff.mjs';

/*
 * Large texts are checked against the store in a worker thread while the rules run (src/fingerprint/parallel.ts):
 * the findings must be those of the in-process check, in the same order, for a whole text and for the segments of a
 * stream; and whatever goes wrong in the worker stops the scan (exit 2), never a text reported clean unchecked.
 */
type Doc = { paras: string[]; text: string };
const vi: Doc = officialDocument('vi', 11, 1500);
const cs: Doc = officialDocument('cs', 12, 1500);

const dir = tempDir('pg-fpp-');
const STORE = join(dir, 'registered.pgfp');
// The same documents without data tables: large texts are then hashed window by window (src/fingerprint/stream.ts).
const DOCS = join(dir, 'documents.pgfp');
let engine: Engine;

// A large text (over PARALLEL_UNITS) with excerpts of both documents, a data row, and rule findings around them.
const filler: string = body('cs', 5, 170_000).join('\n\n');
const row: string[] = staffRow(42);
const LARGE = [
  'Heslo: password=Sup3rS3cr3tValue\n',
  filler.slice(0, 400_000),
  vi.paras.slice(2, 6).join('\n\n'),
  filler.slice(400_000, 900_000),
  `Liên hệ: ${row.join(', ')}\n`,
  cs.paras.slice(1, 4).join('\n\n').toUpperCase(),
  filler.slice(900_000),
  'TỐI MẬT\n',
].join('\n\n');

beforeAll(async () => {
  const key = createHash('sha256').update('promptgate parallel fingerprint test store').digest();
  writeStore(STORE, { ...DEFAULT_PARAMS, keyCheck: keyCheck(key), key: key.toString('base64') }, [], new Uint32Array(0), new Uint16Array(0));
  writeFileSync(join(dir, 'vn.txt'), vi.text);
  writeFileSync(join(dir, 'cz.txt'), cs.text);
  writeFileSync(join(dir, 'staff.csv'), staffCsv(200));
  await addDocuments({ store: STORE, paths: [join(dir, 'vn.txt')], label: 'VN-P' });
  await addDocuments({ store: STORE, paths: [join(dir, 'cz.txt')], label: 'CZ-P' });
  writeFileSync(DOCS, readFileSync(STORE));
  addData({ store: STORE, label: 'staff', table: tableOf([...csvRows(join(dir, 'staff.csv'))]) });
  engine = new Engine(loadRuleSet({}));
}, 60_000);

/** `f` with the store at `path` open. */
function withStore<T>(path: string, f: (store: FingerprintStore) => T): T {
  const store = FingerprintStore.open(path, undefined);
  try {
    return f(store);
  } finally {
    store.close();
  }
}

/** A copy of `store` named `name` in the test folder with the first byte of its first `entries` entries flipped. */
function damagedCopy(store: string, name: string, entries: number): string {
  const b = Buffer.from(readFileSync(store));
  const firstEntry = 16 + ((b.readUInt32LE(8) + 3) & ~3) + 65536 * 8 + 4;
  for (let i = firstEntry; i < firstEntry + entries * 4; i += 4) b[i] ^= 0xff;
  const path = join(dir, name);
  writeFileSync(path, b);
  return path;
}

/** Findings of one text through `stage` around the engine (positions, messages, everything). */
function run(stage: StageCall, text: string): Finding[] {
  return compose(engine, [stage]).scanText(text, 'big.txt', { lang: 'vi' });
}

describe('fingerprints of large texts in a worker thread', () => {
  it('gives the in-process findings, in the same order, for a whole text', () => {
    expect(LARGE.length).toBeGreaterThan(PARALLEL_UNITS);
    const store = FingerprintStore.open(STORE, undefined);
    const parallel = parallelFingerprintStage(store, { cores: 2 }); // a worker even on a one-processor machine
    try {
      const local = run(fingerprintStage(store), LARGE);
      const kinds = local.map((f) => f.ruleId);
      // The case is worth comparing: both documents, a data finding and rule findings are in it.
      expect(local.filter((f) => f.category === 'fingerprint').map((f) => f.fingerprint?.label)).toEqual(['VN-P', 'CZ-P']);
      expect(kinds.some((k) => k.startsWith('data.'))).toBe(true);
      expect(kinds.some((k) => !k.startsWith('data.') && k !== 'fingerprint.document')).toBe(true);
      expect(JSON.stringify(run(parallel.stage, LARGE))).toBe(JSON.stringify(local));
      // The worker stays for the next large text (the store is read once): the same answer again.
      expect(JSON.stringify(run(parallel.stage, LARGE))).toBe(JSON.stringify(local));
    } finally {
      parallel.close();
      store.close();
    }
  }, 120_000);

  it('gives the in-process findings for the segments of a stream', async () => {
    const store = FingerprintStore.open(STORE, undefined);
    // Every segment (256 K units here) goes to the worker.
    const parallel = parallelFingerprintStage(store, { minUnits: 1, cores: 2 });
    const bytes = Buffer.from(LARGE);
    const segmented = async (stage: StageCall) => {
      const findings: Finding[] = [];
      const skipped: Skipped[] = [];
      async function* chunks() {
        for (let i = 0; i < bytes.length; i += 100_000) yield bytes.subarray(i, i + 100_000);
      }
      await scanChunks(compose(engine, [stage]), chunks(), '<stdin>', 'en', findings, skipped, 1 << 18);
      expect(skipped).toEqual([]);
      return findings;
    };
    try {
      const local = await segmented(fingerprintStage(store));
      expect(local.filter((f) => f.category === 'fingerprint').map((f) => f.fingerprint?.label)).toEqual(['VN-P', 'CZ-P']);
      expect(JSON.stringify(await segmented(parallel.stage))).toBe(JSON.stringify(local));
    } finally {
      parallel.close();
      store.close();
    }
  }, 120_000);

  it('through the CLI: the same JSON as the in-process check of the same text', () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, LARGE);
    const r = cli(['scan', '--format', 'json', '--fingerprints', STORE, file]);
    expect(r.code).toBe(1);
    const store = FingerprintStore.open(STORE, undefined);
    try {
      const local = run(fingerprintStage(store), LARGE).filter((f) => f.category === 'fingerprint');
      const got = (r.json().findings as Finding[]).filter((f) => f.ruleId === 'fingerprint.document');
      expect(got.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.fingerprint])).toEqual(local.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.fingerprint]));
    } finally {
      store.close();
    }
  }, 120_000);

  it('fails closed: a store the worker finds damaged stops the scan with exit 2 and its message', () => {
    // Entries of the first buckets flipped: the head and metadata are fine, so only the worker's whole read sees it.
    const damaged = damagedCopy(STORE, 'damaged.pgfp', 100);
    // Under WARM_BYTES the worker starts with the text; from it on, before the text is read (the failure of its
    // warm-up read is the first text's answer).
    for (const [name, text] of [['big.txt', LARGE], ['bigger.txt', `${LARGE}\n\n${LARGE}`]]) {
      const file = join(dir, name);
      writeFileSync(file, text);
      expect(Buffer.byteLength(text) >= WARM_BYTES, name).toBe(name === 'bigger.txt');
      const r = cli(['scan', '--format', 'json', '--fingerprints', damaged, file]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/fingerprint store .*damaged\.pgfp cannot be used: an entry block is damaged/);
      expect(r.stdout, name).toBe('');
    }
  }, 120_000);

  it('with one processor, stays in process (a worker could not run beside the rules)', () => {
    const store = FingerprintStore.open(STORE, undefined);
    // The heap that kills a worker (below) is never used: the text is checked in process, with its findings.
    const parallel = parallelFingerprintStage(store, { cores: 1, heapMb: 4, stallMs: 2000 });
    try {
      parallel.warm(1e9);
      expect(run(parallel.stage, LARGE).filter((f) => f.category === 'fingerprint').map((f) => f.fingerprint?.label)).toEqual(['VN-P', 'CZ-P']);
    } finally {
      parallel.close();
      store.close();
    }
  }, 120_000);

  it('fails closed: a worker that dies (out of memory) stops the scan with StoreError, not a clean result', () => {
    const store = FingerprintStore.open(STORE, undefined);
    // A heap too small for the text: the worker is ended by V8 and never answers.
    const parallel = parallelFingerprintStage(store, { heapMb: 4, stallMs: 2000, cores: 2 });
    try {
      expect(() => run(parallel.stage, LARGE)).toThrow(StoreError);
      expect(() => run(parallel.stage, LARGE)).toThrow(/fingerprint check stopped in its worker thread .*not checked against the store/);
    } finally {
      parallel.close();
      store.close();
    }
  }, 120_000);
});

/** A frame as the segment scanner gives: the core [coreStart, coreEnd) of a piece of a larger text. */
const frame = (coreStart: number, coreEnd: number) => ({ lineBase: 3, columnBase: 0, nonEmptyBefore: 2, nonEmptyAfter: Infinity, coreStart, coreEnd });

describe('large texts hashed window by window (a store of documents only)', () => {
  // Texts with their windows' edges in many places: whole, cut, few long words, shorter than one window of shingles.
  const texts: [string, string][] = [
    ['large', LARGE],
    ['cut', LARGE.slice(123_457, 123_457 + 700_001)],
    ['one window', vi.paras.slice(2, 6).join('\n\n')],
    ['few words', `${'x'.repeat(300_000)} ${vi.paras[3]} ${'7'.repeat(300_000)}`],
    ['three words', 'mot hai ba'],
  ];

  it('keeps exactly the shingles the words of the whole text give, and where they start', () => withStore(DOCS, (store) => {
    const p = store.meta;
    for (const [name, text] of texts) {
      for (const [from, to] of [[0, Infinity], [1000, text.length - 2000]]) {
        const words = wordsOf(text);
        const sh = shingleHashes(store.wordHash(words), p.k);
        const all = words.count <= ALL_SHINGLES;
        const kept = [...(all ? sh.keys() : winnow(sh, Math.max(p.w, LARGE_TEXT_WINDOW)))].filter((i) => words.start[i] >= from && words.start[i] < to);
        const s = streamShingles(stringSource(text), store.wordHash, p, from, to);
        expect(s.count, name).toBe(words.count);
        expect([...s.positions], name).toEqual(kept);
        expect([...s.query], name).toEqual(kept.map((i) => sh[i]));
        expect(s.inCore, name).toBe([...words.start].filter((x) => x >= from && x < to).length);
      }
    }
  }), 120_000);

  it('finds the excerpts of the in-process check, at the same places, whole or as a segment', () => withStore(DOCS, (store) => {
    const big = `${LARGE}\n\n${LARGE}`;
    for (const [name, text] of [...texts, ['twice', big]]) {
      for (const o of [{ lang: 'vi' as const }, { lang: 'cs' as const, frame: frame(5000, text.length - 5000) }]) {
        const local = fingerprintFindings(text, 'big.txt', store, o);
        expect(JSON.stringify(streamedFindings(stringSource(text), () => text, 'big.txt', store, o)), name).toBe(JSON.stringify(local));
        // A repeated passage is one piece of evidence: the second copy of the excerpts adds no finding.
        if (name === 'large' || name === 'twice') expect(local.map((f) => f.fingerprint.label), name).toEqual(['VN-P', 'CZ-P']);
      }
    }
  }), 120_000);

  it('looks a large text up once, the store read in pieces: the answers of the lookup that holds it whole', () => {
    const store = FingerprintStore.open(DOCS, undefined);
    const whole = FingerprintStore.open(DOCS, undefined);
    try {
      const words = wordsOf(`${LARGE}\n${vi.text}\n${cs.text}`);
      const sh = shingleHashes(store.wordHash(words), store.meta.k);
      expect(sh.length).toBeGreaterThan(100_000); // above the count that reads a store whole
      const expected = whole.lookup(sh);
      expect(expected.at.length).toBeGreaterThan(1000);
      // Pieces of 64 entries down to 2: buckets larger than a piece are read on their own.
      for (const bytes of [256, 8]) {
        store.pieceBytes = bytes;
        expect(store.lookupOnce(sh)).toEqual(expected);
      }
      expect(findExcerpts(words, store.wordHash, store.meta, store.lookupOnce, store.publicDocs).length).toBeGreaterThan(0);
    } finally {
      store.close();
      whole.close();
    }
  }, 120_000);

  it('through the CLI, the worker reading the file itself: the same findings as the in-process check', () => withStore(DOCS, (store) => {
    const big = `${LARGE}\n\n${LARGE}`;
    // Plain UTF-8 (read by the worker itself), with a BOM, and with an invalid byte (the text is sent instead).
    const cases: [string, Buffer, string][] = [
      ['plain.txt', Buffer.from(big), big],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(big)]), big],
      ['invalid.txt', Buffer.concat([Buffer.from(big.slice(0, 2_000_000)), Buffer.from([0xff]), Buffer.from(big.slice(2_000_000))]), `${big.slice(0, 2_000_000)}\ufffd${big.slice(2_000_000)}`],
    ];
    for (const [name, bytes, text] of cases) {
      expect(bytes.length, name).toBeGreaterThanOrEqual(WARM_BYTES);
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = cli(['scan', '--format', 'json', '--fingerprints', DOCS, file]);
      // An invalid byte is reported (the scan is not complete: exit 2), the rest is scanned and reported all the same.
      expect(r.code, name).toBe(name === 'invalid.txt' ? 2 : 1);
      const local = run(fingerprintStage(store), text).filter((f) => f.category === 'fingerprint');
      expect(local.map((f) => f.fingerprint?.label), name).toEqual(['VN-P', 'CZ-P']);
      const got = (r.json().findings as Finding[]).filter((f) => f.ruleId === 'fingerprint.document');
      const place = (f: Finding) => [f.line, f.column, f.endLine, f.endColumn, f.excerpt, f.fingerprint];
      expect(got.map(place), name).toEqual(local.map(place));
    }
  }), 180_000);

  it('fails closed: a damaged store read by the worker for a file stops the scan with exit 2', () => {
    // Every entry damaged: whichever buckets the file asks for fail their checksum.
    const meta = FingerprintStore.open(DOCS, undefined);
    const entries = meta.meta.entries;
    meta.close();
    expect(entries).toBeGreaterThan(100);
    const damaged = damagedCopy(DOCS, 'damaged-docs.pgfp', entries);
    const file = join(dir, 'big-docs.txt');
    writeFileSync(file, `${LARGE}\n\n${LARGE}`);
    const r = cli(['scan', '--format', 'json', '--fingerprints', damaged, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fingerprint store .*damaged-docs\.pgfp cannot be used: an entry block is damaged/);
    expect(r.stdout).toBe('');
  }, 120_000);
});
