import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { boilerplateWords } from '../src/fingerprint/boilerplate.js';
import { addDocuments } from '../src/fingerprint/register.js';
import { wordsOf } from '../src/fingerprint/words.js';
import { DEFAULT_PARAMS, MIN_WORDS, registrationHashes } from '../src/fingerprint/match.js';
import { fingerprintFindings as findingsIn } from '../src/fingerprint/findings.js';
import { FingerprintStore, keyCheck, wordHasher, writeStore } from '../src/fingerprint/store-file.js';
import { scan } from '../src/scan.js';
import type { Finding } from '../src/types.js';
import { cli, tempDir } from './helpers/cli.js';
// @ts-expect-error plain ES module shared with the fixture maker and the bench
import { body, officialDocument } from './fixtures/fingerprint/official-docs.mjs';

/*
 * Registered documents (issue #18): excerpts of a Vietnamese report, a Czech one and a .docx are recognised in
 * pasted text after re-casing, stripping diacritics, NFD, re-wrapping, removing punctuation, reordering
 * paragraphs and replacing one word in ten; the shared frame of a ministry's documents and a registered public
 * law are not. The documents come from fixtures/fingerprint/official-docs.mjs; report.docx from make-docx.mjs.
 */
const FIXTURES = resolve(__dirname, 'fixtures/fingerprint');
type Doc = { paras: string[]; text: string };

const law: string[] = body('vi', 99, 300);
const vi: Doc = officialDocument('vi', 1, 1500);
// The confidential report quotes the law: a prompt quoting the same law must not count as an excerpt of it.
vi.text = vi.text.replace('\nNơi nhận:', `\n${law[0]}\n\nNơi nhận:`);
const cs: Doc = officialDocument('cs', 2, 1500);
const docx: Doc = officialDocument('vi', 7, 1300);

const dir = tempDir('pg-fp-');
const STORE = join(dir, 'registered.pgfp');

beforeAll(async () => {
  // The store keeps its own key, fixed here so that a failure can be replayed (which shingles a store keeps depends
  // on its key; that short excerpts are found with any key is tested below over 300 keys).
  const key = createHash('sha256').update('promptgate fingerprint test store').digest();
  writeStore(STORE, { ...DEFAULT_PARAMS, keyCheck: keyCheck(key), key: key.toString('base64') }, [], new Uint32Array(0), new Uint16Array(0));
  writeFileSync(join(dir, 'vn.txt'), vi.text);
  writeFileSync(join(dir, 'cz.txt'), cs.text);
  writeFileSync(join(dir, 'law.txt'), law.join('\n\n'));
  await addDocuments({ store: STORE, paths: [join(dir, 'vn.txt')], label: 'VN-Q1' });
  await addDocuments({ store: STORE, paths: [join(dir, 'cz.txt')], label: 'CZ-Q1' });
  await addDocuments({ store: STORE, paths: [join(FIXTURES, 'report.docx')], label: 'Word report' });
  await addDocuments({ store: STORE, paths: [join(dir, 'law.txt')], label: 'Law', isPublic: true });
});

async function fingerprintFindings(text: string, store = STORE): Promise<Finding[]> {
  const r = await scan({ text, fingerprints: { store } });
  return r.findings.filter((f) => f.category === 'fingerprint');
}

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const VARIANTS: Record<string, (paras: string[]) => string> = {
  'as is': (ps) => ps.join('\n\n'),
  'upper case': (ps) => ps.join('\n\n').toUpperCase(),
  'lower case': (ps) => ps.join('\n\n').toLowerCase(),
  'diacritics stripped': (ps) => strip(ps.join('\n\n')),
  NFD: (ps) => ps.join('\n\n').normalize('NFD'),
  're-wrapped': (ps) => ps.join(' ').split(' ').map((w, i) => w + (i % 7 === 6 ? '\r\n' : i % 3 === 0 ? '  \t' : ' ')).join(''),
  'punctuation removed': (ps) => ps.join('\n\n').replace(/[.,;:!?()"-]/g, ''),
  'paragraphs reordered': (ps) => [...ps].reverse().join('\n\n'),
  'one word in ten replaced': (ps) => replaceTenth(ps).join('\n\n'),
};
function replaceTenth(ps: string[]): string[] {
  let n = 0;
  return ps.map((p) => p.split(' ').map((w) => (++n % 10 === 0 ? `thay${n}` : w)).join(' '));
}
/** Two edits together, at the edge of what is recognised: sentences (or paragraphs) reversed and one word in ten
 * replaced, in either order. */
const COMBINED: Record<string, (paras: string[]) => string> = {
  'reversed, then one word in ten replaced': (ps) => replaceTenth([...ps].reverse()).join('\n\n'),
  'one word in ten replaced, then reversed': (ps) => [...replaceTenth(ps)].reverse().join('\n\n'),
};

/** n words of a document's body from its second paragraph on, as paragraphs (sentences when it is one paragraph). */
function excerpt(d: Doc, n: number): string[] {
  const out: string[] = [];
  let left = n;
  for (const p of d.paras.slice(1)) {
    const ws = p.split(' ').slice(0, left);
    out.push(ws.join(' '));
    left -= ws.length;
    if (left === 0) break;
  }
  return out.length === 1 ? out[0].split(/(?<=[.;])\s+/) : out;
}

const PROMPT = 'Tóm tắt giúp tôi đoạn sau:\n\n';

describe('excerpts of registered documents are found', () => {
  for (const [name, d, label] of [['Vietnamese report', vi, 'VN-Q1'], ['Czech report', cs, 'CZ-Q1'], ['.docx, pasted as text', docx, 'Word report']] as const) {
    for (const n of [40, 200, 1000]) {
      it(`${name}: ${n} words, in every variant`, async () => {
        for (const [variant, make] of Object.entries(VARIANTS)) {
          const text = PROMPT + make(excerpt(d, n));
          const found = await fingerprintFindings(text);
          expect(found.map((f) => f.fingerprint?.label), variant).toEqual([label]);
          const f = found[0];
          // The span is exact: inside the pasted excerpt, starting and ending on whole words of the original.
          expect(f.start, variant).toBeGreaterThanOrEqual(PROMPT.length);
          expect(/[\p{L}\p{N}]/u.test(text[f.start]) && /[\p{L}\p{N}\p{M}]/u.test(text[f.end - 1]) && !/[\p{L}\p{N}\p{M}]/u.test(text[f.end] ?? ' '), variant).toBe(true);
          expect(f.fingerprint!.words, variant).toBeGreaterThanOrEqual(MIN_WORDS);
          expect(f.fingerprint!.words, variant).toBeLessThanOrEqual(n);
          expect(f.fingerprint!.share, variant).toBeGreaterThan(0);
          expect(f.fingerprint!.share, variant).toBeLessThanOrEqual(1);
          expect(f.excerpt).not.toContain(text.slice(f.start, f.start + 4));
        }
      });
    }
  }

  it('counts most of a verbatim excerpt as matching words', async () => {
    const [f] = await fingerprintFindings(PROMPT + excerpt(vi, 1000).join('\n\n'));
    expect(f.fingerprint!.words).toBeGreaterThanOrEqual(950);
    expect(f.fingerprint!.share).toBeGreaterThan(0.9);
  });
});

describe('detection of short excerpts does not depend on the store key', () => {
  // Which shingles a store keeps depends on its key. A prompt looks up every shingle it has, and a short excerpt
  // needs 12 covered words in 3 shared runs (or 16 words): with 300 keys (made from a counter, so a failure can be
  // replayed), every 40-word excerpt of the three documents, in every variant — sentences reversed included — is
  // found, in a real store file each; with two edits together nearly all are.
  it('finds every 40-word excerpt in every variant with each of 300 keys, and all but a few with two edits together', () => {
    const docs = [vi, cs, docx];
    const registered = docs.map((d) => ({ text: d.text, words: wordsOf(d.text, true) }));
    const inputs = docs.flatMap((d, doc) => [1, 3].flatMap((from) => Object.entries({ ...VARIANTS, ...COMBINED }).map(([variant, make]) => {
      const text = PROMPT + make(excerpt({ ...d, paras: d.paras.slice(from - 1) }, 40));
      return { doc, variant, from, text, words: wordsOf(text) };
    })));
    const missed: string[] = [];
    const d = tempDir('pg-fp-keys-');
    for (let k = 0; k < 300; k++) {
      const key = createHash('sha256').update(`promptgate fingerprint key ${k}`).digest();
      const wordHash = wordHasher(key);
      const lists = registered.map((r) => registrationHashes(r.text, r.words, wordHash, DEFAULT_PARAMS, false));
      const owners = lists.map((l, i) => new Uint16Array(l.length).fill(i));
      const file = join(d, `k${k}.pgfp`);
      writeStore(file, { ...DEFAULT_PARAMS, keyCheck: keyCheck(key), key: key.toString('base64') }, docs.map((_, i) => ({ id: `d${i}`, label: `doc ${i}`, words: registered[i].words.count, added: '2026-12-06' })),
        Uint32Array.from(lists.flatMap((l) => [...l])), Uint16Array.from(owners.flatMap((o) => [...o])));
      const store = FingerprintStore.open(file, undefined);
      try {
        for (const x of inputs) {
          const labels = findingsIn(x.text, 'prompt', store, {}, x.words).map((f) => f.fingerprint.label);
          if (labels.join() !== `doc ${x.doc}`) missed.push(`key ${k}, document ${x.doc} from paragraph ${x.from}, ${x.variant}: ${labels.join() || 'nothing'}`);
        }
      } finally {
        store.close();
      }
    }
    expect(inputs.length).toBe(3 * 2 * (Object.keys(VARIANTS).length + Object.keys(COMBINED).length));
    // Each edit on its own: never missed. Both together: 4 misses in 3,600 (0.1 %) when measured, where a store with
    // the former window of 6 missed 6 % (README); the bound leaves room for other keys.
    expect(missed.filter((m) => !Object.keys(COMBINED).some((v) => m.includes(v)))).toEqual([]);
    expect(missed.length).toBeLessThanOrEqual(0.005 * 300 * 3 * 2 * Object.keys(COMBINED).length);
  }, 120_000);
});

describe('a store made with the former window of 6', () => {
  it('is read with its own parameters: excerpts are still found, in a prompt and in a large text', () => {
    const key = createHash('sha256').update('promptgate fingerprint window 6').digest();
    const old = { k: 4, w: 6 };
    const words = wordsOf(vi.text, true);
    const hashes = registrationHashes(vi.text, words, wordHasher(key), old, false);
    const file = join(tempDir('pg-fp-w6-'), 'w6.pgfp');
    writeStore(file, { ...old, keyCheck: keyCheck(key), key: key.toString('base64') }, [{ id: 'd0', label: 'window 6', words: words.count, added: '2026-12-06' }], hashes, new Uint16Array(hashes.length));
    const store = FingerprintStore.open(file, undefined);
    try {
      expect(store.meta.w).toBe(6);
      for (const text of [PROMPT + excerpt(vi, 200).join('\n\n'), body('cs', 77, 90_000).join('\n\n') + '\n\n' + excerpt(vi, 200).join('\n\n')]) {
        expect(findingsIn(text, 'prompt', store).map((f) => f.fingerprint.label)).toEqual(['window 6']);
      }
    } finally {
      store.close();
    }
  });
});

describe('what is not content of a registered document', () => {
  it('an unrelated document of the same ministry (same header, legal bases, recipients, signature) is not found', async () => {
    const other = officialDocument('vi', 3, 1500).text;
    expect(other.slice(0, 400)).toBe(vi.text.slice(0, 400).replace('Số: 1/', 'Số: 3/')); // really the same frame
    expect(await fingerprintFindings(other)).toEqual([]);
    expect(await fingerprintFindings(officialDocument('cs', 4, 1500).text)).toEqual([]);
  });

  it('the registered public law quoted in a prompt is not found, although the confidential report quotes it', async () => {
    const text = `Giải thích quy định này: ${law[0]}`;
    expect(await fingerprintFindings(text)).toEqual([]);
    // Without the law registered as public, the same prompt is an excerpt of the report.
    const plain = join(tempDir('pg-fp-'), 'no-public.pgfp');
    await addDocuments({ store: plain, paths: [join(dir, 'vn.txt')], label: 'VN-Q1' });
    expect((await fingerprintFindings(text, plain)).map((f) => f.fingerprint?.label)).toEqual(['VN-Q1']);
  });

  it('marks the frame of official documents as boilerplate, and the body not', () => {
    const w = wordsOf(vi.text, true);
    const flags = boilerplateWords(vi.text, w);
    const flagged = (phrase: string) => {
      const at = vi.text.indexOf(phrase);
      const i = w.start.findIndex((s) => s >= at);
      return flags[i] === 1;
    };
    for (const p of ['CỘNG HÒA', 'Độc lập', 'Căn cứ Nghị định', 'Hà Nội, ngày', 'Nơi nhận', 'Văn phòng Bộ Công an', 'KT. CỤC', 'Nguyễn Văn Bình']) expect(flagged(p), p).toBe(true);
    expect(flagged(vi.paras[2])).toBe(false);
    const c = wordsOf(cs.text, true);
    const cflags = boilerplateWords(cs.text, c);
    const at = (phrase: string) => cflags[c.start.findIndex((s) => s >= cs.text.indexOf(phrase))];
    for (const p of ['Na základě', 'V Praze dne', 'S pozdravem', 'Rozdělovník', 'Kancelář ministra']) expect(at(p), p).toBe(1);
    expect(at(cs.paras[2])).toBe(0);
  });
});

describe('the store', () => {
  it('holds no registered word of more than 3 letters, in any spelling', () => {
    const bytes = readFileSync(STORE);
    const asText = [bytes.toString('latin1'), bytes.toString('utf8'), bytes.toString('utf16le')].join('\n').toLowerCase();
    const words = new Set<string>();
    for (const t of [vi.text, cs.text, docx.text, law.join(' ')]) for (const w of t.split(/[^\p{L}\p{N}]+/u)) if ((w.match(/\p{L}/gu) ?? []).length > 3) words.add(w.toLowerCase());
    expect(words.size).toBeGreaterThan(100);
    const found = [...words].filter((w) => asText.includes(w) || asText.includes(strip(w)));
    expect(found).toEqual([]);
  });

  it('is found by the CLI with --fingerprints and through .promptgate.yaml, with the JSON fingerprint field', () => {
    const text = PROMPT + excerpt(cs, 200).join('\n\n');
    const r = cli(['scan', '--format', 'json', '--fingerprints', STORE, '-'], { input: text });
    expect(r.code).toBe(1);
    const f = r.json().findings.find((x: { ruleId: string }) => x.ruleId === 'fingerprint.document');
    expect(f).toMatchObject({ category: 'fingerprint', severity: 'block', fingerprint: { label: 'CZ-Q1', id: expect.stringMatching(/^[0-9a-f]{12}$/) } });
    expect(JSON.stringify(r.json())).not.toContain(cs.paras[1].split(' ').slice(0, 3).join(' '));
    const project = tempDir('pg-fp-');
    writeFileSync(join(project, '.promptgate.yaml'), `fingerprints: ${STORE}\n`);
    const c = cli(['scan', '--format', 'json', '-'], { input: text, cwd: project });
    expect(c.code).toBe(1);
    expect(c.json().findings.some((x: { ruleId: string }) => x.ruleId === 'fingerprint.document')).toBe(true);
  });

  it('applies to prompts an AI assistant sends through the hook, from .promptgate.yaml', () => {
    const project = tempDir('pg-fp-');
    writeFileSync(join(project, '.promptgate.yaml'), `fingerprints: ${STORE}\n`);
    const prompt = PROMPT + excerpt(vi, 200).join('\n\n');
    const r = cli(['scan', '--input-format', 'claude-code'], { input: JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt }), cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('VN-Q1');
    expect(r.stderr).not.toContain(vi.paras[1].split(' ').slice(0, 3).join(' '));
  });

  it('lists, verifies and removes documents', () => {
    const copy = join(tempDir('pg-fp-'), 's.pgfp');
    writeFileSync(copy, readFileSync(STORE));
    const list = cli(['fingerprint', 'list', '--store', copy, '--format', 'json']).json();
    expect(list.documents.map((d: { label: string; public: boolean }) => [d.label, d.public])).toEqual([['VN-Q1', false], ['CZ-Q1', false], ['Word report', false], ['Law', true]]);
    expect(cli(['fingerprint', 'verify', '--store', copy]).code).toBe(0);
    expect(cli(['fingerprint', 'remove', '--store', copy, 'CZ-Q1']).code).toBe(0);
    const text = PROMPT + excerpt(cs, 200).join('\n\n');
    const r = cli(['scan', '--format', 'json', '--fingerprints', copy, '-'], { input: text });
    expect(r.json().findings.filter((x: { ruleId: string }) => x.ruleId === 'fingerprint.document')).toEqual([]);
    // The other documents are still found after the rewrite.
    const v = cli(['scan', '--format', 'json', '--fingerprints', copy, '-'], { input: PROMPT + excerpt(vi, 200).join('\n\n') });
    expect(v.json().findings.find((x: { ruleId: string }) => x.ruleId === 'fingerprint.document')?.fingerprint.label).toBe('VN-Q1');
    expect(cli(['fingerprint', 'remove', '--store', copy, 'no such label']).code).toBe(2);
  });

  describe('a store that cannot be trusted stops the scan with exit 2', () => {
    const prompt = PROMPT + excerpt(vi, 200).join('\n\n');
    const damaged = (change: (b: Buffer) => Buffer) => {
      const f = join(tempDir('pg-fp-'), 's.pgfp');
      writeFileSync(f, change(Buffer.from(readFileSync(STORE))));
      return f;
    };
    const cases: [string, () => string, RegExp][] = [
      ['missing', () => join(dir, 'nothing-here.pgfp'), /does not exist/],
      ['truncated', () => damaged((b) => b.subarray(0, b.length - 1000)), /truncated/],
      ['not a store', () => damaged((b) => Buffer.from('hello world, not a store at all')), /not a promptgate fingerprint store/],
      ['damaged metadata', () => damaged((b) => { b[20] ^= 0x55; return b; }), /damaged/],
      ['damaged index', () => damaged((b) => {
        const index = 16 + ((b.readUInt32LE(8) + 3) & ~3);
        for (let i = index; i < index + 65536 * 8; i++) b[i] ^= 0xa5;
        return b;
      }), /damaged/],
      ['written by a newer version', () => damaged((b) => { b.writeUInt16LE(9, 4); return b; }), /newer promptgate/],
      // The list is read only to name a match (the scan stage counts the documents from the metadata): this prompt
      // holds an excerpt, so it is read, checked, and its damage stops the scan.
      ['damaged document list, read to name the excerpt', () => damaged((b) => {
        const meta = JSON.parse(b.subarray(16, 16 + b.readUInt32LE(8)).toString('utf8'));
        const list = 16 + ((b.readUInt32LE(8) + 3) & ~3) + 65536 * 8 + 4 + meta.entries * 4;
        b[list + 10] ^= 0x01;
        return b;
      }), /document list is damaged/],
    ];
    for (const [name, make, message] of cases) {
      it(name, () => {
        const r = cli(['scan', '--format', 'json', '--fingerprints', make(), '-'], { input: prompt });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stdout).toBe('');
      });
    }

    it('a damaged entry block is caught by the scan that reads it, and by verify', () => {
      const single = join(tempDir('pg-fp-'), 'one.pgfp');
      return addDocuments({ store: single, paths: [join(dir, 'vn.txt')] }).then(() => {
        const b = readFileSync(single);
        const meta = JSON.parse(b.subarray(16, 16 + b.readUInt32LE(8)).toString('utf8'));
        const firstEntry = 16 + ((b.readUInt32LE(8) + 3) & ~3) + 65536 * 8 + 4;
        for (let i = firstEntry; i < firstEntry + meta.entries * 4; i += 4) b[i] ^= 0xff; // every entry's hash bits
        writeFileSync(single, b);
        const r = cli(['scan', '--format', 'json', '--fingerprints', single, '-'], { input: vi.text });
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/entry block is damaged/);
        expect(cli(['fingerprint', 'verify', '--store', single]).code).toBe(2);
      });
    });
  });

  it('a large input, which reads the store whole, finds excerpts and catches a damaged block the same way', async () => {
    // Over 20,000 lookups: the index and entries are read at once and checked block by block.
    const large = body('cs', 77, 90_000).join('\n\n') + '\n\n' + excerpt(vi, 200).join('\n\n');
    expect((await fingerprintFindings(large)).map((f) => f.fingerprint?.label)).toEqual(['VN-Q1']);
    const b = Buffer.from(readFileSync(STORE));
    const firstEntry = 16 + ((b.readUInt32LE(8) + 3) & ~3) + 65536 * 8 + 4;
    for (let i = firstEntry; i < firstEntry + 4000; i += 4) b[i] ^= 0xff;
    const damaged = join(tempDir('pg-fp-'), 'd.pgfp');
    writeFileSync(damaged, b);
    await expect(fingerprintFindings(large, damaged)).rejects.toThrow(/entry block is damaged/);
    // A damaged index offset, or a damaged CRC in the index, is caught by the whole read too (all buckets are
    // checked before the first lookup), and through the CLI it is exit 2 with the message.
    const index = 16 + ((b.readUInt32LE(8) + 3) & ~3);
    for (const [name, change, message] of [
      ['offset', (x: Buffer) => x.writeUInt32LE(0xffffff, index + 100 * 8), /index is damaged|entry block is damaged/],
      ['CRC', (x: Buffer) => x.writeUInt32LE(x.readUInt32LE(index + 4000 * 8 + 4) ^ 1, index + 4000 * 8 + 4), /entry block is damaged/],
    ] as const) {
      const x = Buffer.from(readFileSync(STORE));
      change(x);
      const file = join(tempDir('pg-fp-'), `${name}.pgfp`);
      writeFileSync(file, x);
      await expect(fingerprintFindings(large, file), name).rejects.toThrow(message);
      const r = cli(['scan', '--format', 'json', '--fingerprints', file, '-'], { input: large });
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stdout, name).toBe('');
    }
  });

  it('with its key kept outside, needs that key to match anything', () => {
    const d = tempDir('pg-fp-');
    const keyed = join(d, 'k.pgfp');
    const env = { PROMPTGATE_STORE_KEY: 'correct horse battery staple 42' };
    expect(cli(['fingerprint', 'add', '--store', keyed, '--label', 'K', join(dir, 'vn.txt')], { env }).code).toBe(0);
    expect(readFileSync(keyed).toString('latin1')).not.toContain('"key"');
    const prompt = PROMPT + excerpt(vi, 200).join('\n\n');
    const none = cli(['scan', '--format', 'json', '--fingerprints', keyed, '-'], { input: prompt });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/needs its key/);
    const wrong = cli(['scan', '--format', 'json', '--fingerprints', keyed, '-'], { input: prompt, env: { PROMPTGATE_STORE_KEY: 'another key of enough length' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/another key/);
    writeFileSync(join(d, 'key'), `${env.PROMPTGATE_STORE_KEY}\n`);
    const right = cli(['scan', '--format', 'json', '--fingerprints', keyed, '-'], { input: prompt, env: { PROMPTGATE_STORE_KEY_FILE: join(d, 'key') } });
    expect(right.code).toBe(1);
    expect(right.json().findings.some((x: { ruleId: string }) => x.ruleId === 'fingerprint.document')).toBe(true);
  });
});
