import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanChunks, scanLargeFile } from '../src/runtime/large-file.js';
import { OVERLAP } from '../src/engine/engine.js';
import { firstInvalidUtf8 } from '../src/decode/decode.js';
import type { Finding, Skipped } from '../src/types.js';
import { tempDir } from './helpers/cli.js';
import { engineFrom, spans } from './helpers/rules.js';

// Large files are streamed in segments; a small segment size here puts seams where the tests want them.
const engine = engineFrom(`
rules:
  - id: t.card
    title: card
    rationale: r
    category: financial
    patterns: ['(?<![\\p{N}])(?:\\d[ -]?){12,18}\\d(?![\\p{N}])']
    validators: [luhn]
  - id: t.stamp
    title: stamp
    rationale: r
    category: classified-marking
    keywords: {terms: [tối mật], case: upper}
    layout: [{standalone: true, firstLines: 1}, {standalone: true, lastLines: 1}]
`);
const card = '4539 1488 0343 6467';
const SEG = 3 * OVERLAP;

async function streamed(text: string | Buffer, segment = SEG) {
  const dir = tempDir();
  const path = join(dir, 'big.txt');
  writeFileSync(path, text);
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  await scanLargeFile(engine, path, 'big.txt', 'en', findings, skipped, segment);
  return { findings, skipped };
}

describe('streamed scanning of large files', () => {
  it('gives the same findings and positions as scanning the whole text', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(i % 97 === 5 ? `row ${i}: thẻ ${card} hết hạn` : `row ${i}: Báo cáo tiến độ — nội dung bình thường`);
    const text = 'TỐI MẬT\r\n' + lines.join('\r\n') + '\r\nTỐI MẬT\r\n';
    const whole = engine.scanText(text, 'big.txt');
    const { findings, skipped } = await streamed(text);
    expect(skipped).toEqual([]);
    const key = (f: Finding) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.start, f.end];
    expect(findings.map(key)).toEqual(whole.map(key));
    expect(findings.filter((f) => f.ruleId === 't.stamp').map((f) => f.line)).toEqual([1, 3002]);
  });

  it('reads a file of several read buffers (each read reuses one buffer) as the whole text', async () => {
    // ~2.7 MB: three reads of a megabyte (the first boundary near line 22,000); cards on the lines around every read boundary too.
    const lines: string[] = [];
    for (let i = 0; i < 56000; i++) lines.push(i % 211 === 7 || (i >= 21800 && i <= 22500 && i % 13 === 0) ? `row ${i}: thẻ ${card} hết hạn` : `row ${i}: Báo cáo tiến độ — nội dung`);
    const text = lines.join('\n') + '\nTỐI MẬT\n';
    expect(Buffer.byteLength(text)).toBeGreaterThan(2.5 * 1024 * 1024);
    const whole = engine.scanText(text, 'big.txt');
    const { findings, skipped } = await streamed(text, 1 << 20);
    expect(skipped).toEqual([]);
    const key = (f: Finding) => [f.ruleId, f.line, f.column, f.start, f.end];
    expect(findings.map(key)).toEqual(whole.map(key));
    expect(findings.length).toBeGreaterThan(250);
  });

  it('finds a match that straddles a segment seam exactly once, at its exact offset', async () => {
    for (const shift of [-12, -3, 0, 7, 18]) {
      const at = SEG + shift;
      const text = 'x'.repeat(at) + ' ' + card + ' ' + 'y'.repeat(4 * OVERLAP);
      const { findings } = await streamed(text);
      expect(spans(text, findings)).toEqual([card]);
      expect(findings[0].column).toBe(at + 2); // one long line: columns keep counting across segments
    }
  });

  it('decodes UTF-16 and refuses binary content', async () => {
    const body = 'a'.repeat(5 * OVERLAP) + '\nTỐI MẬT\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    expect((await streamed(le)).findings.map((f) => [f.line, f.column])).toEqual([[2, 1]]);
    const bin = Buffer.alloc(6 * OVERLAP, 0);
    expect((await streamed(bin)).skipped[0].reason).toMatch(/binary/);
  });

  it('reports invalid UTF-8 and keeps scanning', async () => {
    const text = Buffer.concat([Buffer.from('x'.repeat(4 * OVERLAP) + '\n'), Buffer.from([0xc3, 0x28]), Buffer.from('\nTỐI MẬT\n')]);
    const r = await streamed(text);
    expect(r.findings).toHaveLength(1);
    expect(r.skipped[0].reason).toMatch(/invalid/);
  });

  // F4: the check must not depend on what else a chunk holds, nor miss the bytes left at the end of the stream.
  async function chunked(parts: Buffer[]) {
    const findings: Finding[] = [];
    const skipped: Skipped[] = [];
    await scanChunks(engine, (async function* () { yield* parts; })(), 'big.txt', 'en', findings, skipped, SEG);
    return { findings, skipped };
  }

  it('reports an invalid byte in a chunk that also holds a genuine U+FFFD, with its byte offset', async () => {
    const head = Buffer.from('ký tự \ufffd có sẵn\n');
    const r = await chunked([Buffer.concat([head, Buffer.from([0x61, 0xff, 0x62, 0x0a]), Buffer.from('x'.repeat(4 * OVERLAP) + '\nTỐI MẬT\n')])]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(new RegExp(`^invalid UTF-8 at byte ${head.length + 1};.*the rest was scanned`))]);
    expect(r.findings.map((f) => f.line)).toEqual([4]);
  });

  it('reports an invalid sequence split over two chunks, and scans the same text as a whole-file decode', async () => {
    const text = Buffer.concat([Buffer.from('x'.repeat(4 * OVERLAP) + '\nS'), Buffer.from([0xe1, 0xbb]), Buffer.from('!\nTỐI MẬT\n')]);
    const cut = 4 * OVERLAP + 3; // after 0xe1: the chunk ends inside the sequence that the next chunk breaks
    const r = await chunked([text.subarray(0, cut), text.subarray(cut)]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(new RegExp(`^invalid UTF-8 at byte ${4 * OVERLAP + 2};`))]);
    expect(r.findings.map((f) => [f.line, f.column])).toEqual([[3, 1]]);
  });

  it('keeps valid sequences split over chunks (one byte at a time) without a report', async () => {
    const text = Buffer.from('Số CCCD ở đây — ký tự \ufffd\n'.repeat(40) + 'TỐI MẬT\n');
    const r = await chunked([...text].map((b) => Buffer.from([b])));
    expect(r.skipped).toEqual([]);
    expect(r.findings.map((f) => f.line)).toEqual([41]);
  });

  it('reports a sequence cut by the end of the stream (UTF-8 and UTF-16)', async () => {
    const body = 'TỐI MẬT\n' + 'x'.repeat(4 * OVERLAP) + '\n';
    const utf8 = Buffer.concat([Buffer.from(body), Buffer.from('TỐI MẬT').subarray(0, -2)]);
    const r8 = await chunked([utf8]);
    expect(r8.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(new RegExp(`^invalid UTF-8: a sequence cut by the end of the text at byte ${utf8.length - 2};`))]);
    expect(r8.findings.map((f) => f.line)).toEqual([1]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le'), Buffer.from([0x3d, 0xd8])]); // a lone high surrogate
    expect((await chunked([utf16])).skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^invalid UTF-16 LE: a sequence cut by the end/)]);
  });

  it('refuses a NUL after the first chunk as binary, with its byte offset (F2)', async () => {
    const first = Buffer.from('x'.repeat(9000) + '\n');
    const r = await chunked([first, Buffer.from('CCCD 079203\x00481526\n')]);
    expect(r.skipped.map((s) => s.reason)).toEqual([`binary content (a NUL at byte ${first.length + 11}, not text); not scanned`]);
  });

  // Segments are decoded one by one from the bytes, cut where a decoder of the whole stream starts afresh: the text,
  // and so every finding and position, must be that of the whole stream decoded at once, whatever the chunks.
  describe('pieces read as the whole stream decoded at once', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const eols = ['\n', '\r\n', '\r'];
    const lines = [`thẻ ${card} hết hạn`, 'Báo cáo 😀 tiến độ — nội dung', 'TỐI MẬT', 'x'.repeat(40), '  ', 'Số 𝟘 ở đây'];
    const bad = [[0xff], [0xe1, 0xbb], [0x80], [0xed, 0xa0, 0x80], [0xf0, 0x90], [0xc3]];
    function randomChunks(bytes: Buffer): Buffer[] {
      const out: Buffer[] = [];
      for (let i = 0; i < bytes.length; ) {
        const n = 1 + rnd(rnd(4) === 0 ? 40 : 70000);
        out.push(bytes.subarray(i, i + n));
        i += n;
      }
      return out;
    }
    const key = (f: Finding) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn, f.start, f.end];

    it('UTF-8 with invalid bytes, CRLF, lone CR and 4-byte characters, in random chunks', async () => {
      for (let round = 0; round < 3; round++) {
        const parts: Buffer[] = [];
        for (let i = 0; i < 12000; i++) {
          parts.push(Buffer.from(lines[rnd(lines.length)] + eols[rnd(eols.length)]));
          if (rnd(900) === 0) parts.push(Buffer.from(bad[rnd(bad.length)]));
        }
        const whole = Buffer.concat(parts);
        const text = new TextDecoder().decode(whole);
        const expected = engine.scanText(text, 'big.txt').map(key);
        const r = await chunked(randomChunks(whole));
        expect(r.findings.map(key)).toEqual(expected);
        expect(r.findings.length).toBeGreaterThan(100);
        expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(new RegExp(`^invalid UTF-8 at byte ${firstInvalidUtf8(whole)};`))]);
      }
    });

    it('UTF-16 LE with unpaired surrogates and CRLF, in random chunks (odd sizes too)', async () => {
      let body = '';
      for (let i = 0; i < 9000; i++) body += lines[rnd(lines.length)] + (rnd(700) === 0 ? '\ud83dx' : '') + eols[rnd(eols.length)];
      const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
      const text = new TextDecoder('utf-16le').decode(whole.subarray(2));
      const r = await chunked(randomChunks(whole));
      expect(r.findings.map(key)).toEqual(engine.scanText(text, 'big.txt').map(key));
      expect(r.findings.length).toBeGreaterThan(100);
      expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^invalid UTF-16 LE \(an unpaired surrogate\)/)]);
    });
  });

  it('refuses UTF-32 by its BOM instead of reading it as UTF-16 (F1)', async () => {
    const r = await chunked([Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('TỐI MẬT\n', 'utf16le')])]);
    expect(r.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^UTF-32 LE text .*not scanned/)]);
    expect(r.findings).toEqual([]);
  });
});
