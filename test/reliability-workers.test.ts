import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/cli.js';

// Large folders are scanned on several cores. The output must be byte-for-byte the one of the single-threaded path:
// findings in the contract's order, skipped entries in walk order, suppressed findings and warnings included.
const COUNTER = resolve(__dirname, 'reliability/count-workers.cjs');
const CARD = '4539 1488 0343 6467';

function scanWith(workers: number, args: string[]) {
  const log = join(tempDir(), 'workers.log');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8', timeout: 280_000,
    env: { ...process.env, PROMPTGATE_WORKERS: String(workers), NODE_OPTIONS: `--require=${COUNTER}`, PG_WORKER_LOG: log, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, started: readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('pool-worker')).length };
}

function mixedFolder(): string {
  const dir = tempDir();
  for (let d = 0; d < 6; d++) {
    mkdirSync(join(dir, `part${d}`));
    for (let f = 0; f < 60; f++) {
      const i = d * 60 + f;
      const body = i % 7 === 0 ? `Ghi chú ${i}\nthẻ ${CARD} hết hạn\n`
        : i % 11 === 0 ? `TỐI MẬT\nBáo cáo số ${i}\n`
        : i % 13 === 0 ? `promptgate-ignore-next-line intl.financial.payment-card -- approved by the security office\nthẻ ${CARD}\n`
        : i % 17 === 0 ? `CCCD 079203004517\n`
        : `Báo cáo tiến độ ${i}: nội dung bình thường.\n`;
      writeFileSync(join(dir, `part${d}`, `note-${String(f).padStart(2, '0')}.txt`), body);
    }
  }
  // Five 1 MB reports put the folder above the size where workers pay off.
  const report = 'Báo cáo tiến độ: nội dung bình thường, không có gì đặc biệt.\n'.repeat(16000);
  for (let k = 0; k < 5; k++) writeFileSync(join(dir, `part${k}`, 'long-report.txt'), k === 2 ? `${report}thẻ ${CARD}\n` : report);
  writeFileSync(join(dir, 'part3', 'photo.txt'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31 + 7) % 256)));
  writeFileSync(join(dir, 'part4', 'bad.txt'), Buffer.concat([Buffer.from('CONFI'), Buffer.from([0xff]), Buffer.from('DENTIAL')]));
  writeFileSync(join(dir, 'part5', 'page.html'), `<html><body><h1>TOP SECRET</h1><p>card ${CARD}</p></body></html>`);
  return dir;
}

describe('folder scans on several cores', () => {
  it.each([['json'], ['sarif']])('--format %s: two workers give exactly the single-threaded output and exit code', (format) => {
    const dir = mixedFolder();
    const args = ['scan', '--format', format, '--fail-on', 'warn', dir];
    const one = scanWith(1, args);
    const two = scanWith(2, args);
    expect(one.started).toBe(0);
    expect(two.started).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(one.code).toBe(2); // the binary and the invalid file are skipped
    if (format === 'json') {
      const r = JSON.parse(one.stdout);
      expect(r.findings.length).toBeGreaterThan(80);
      expect(r.skipped.map((s: any) => s.source)).toEqual([join(dir, 'part3', 'photo.txt'), join(dir, 'part4', 'bad.txt')]);
      expect(r.suppressed.length).toBeGreaterThan(10);
    }
  }, 600_000);

  it('a small folder stays on the main thread', () => {
    const dir = tempDir();
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `n${i}.txt`), `thẻ ${CARD}`);
    const r = scanWith(2, ['scan', '--format', 'json', dir]);
    expect(r.started).toBe(0);
    expect(JSON.parse(r.stdout).findings).toHaveLength(20);
  });
});
