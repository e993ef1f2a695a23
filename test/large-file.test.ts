import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLargeFile } from '../src/input/large-file.js';
import { OVERLAP } from '../src/match/engine.js';
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
});
