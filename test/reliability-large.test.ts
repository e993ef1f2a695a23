import { closeSync, existsSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';
import { run, STACK_TRACE } from './reliability/run.js';

// The 200 MB case: streamed in segments with bounded memory, from a file and from a pipe. Peak memory is measured
// with GNU time (%M, peak RSS in KB) where it exists; the figure is printed for the report.
const CARD = '4539 1488 0343 6467';
const LINE = 'Báo cáo tiến độ — nội dung bình thường, không có gì đặc biệt ở đây.\n';
// The target is 150 MB (#21); measured 113 MB from the path and 128–132 MB piped, on a loaded machine: the bound
// leaves room for another allocator or page size.
const MAX_RSS_KB = 180 * 1024;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const dir = tempDir();
const path = join(dir, 'big.txt');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes ~200 MB of lines with cards planted on the returned line numbers (one near the 32 MiB stdin cut-over). */
function makeBigFile(): number[] {
  const perBlock = Math.ceil((1024 * 1024) / Buffer.byteLength(LINE));
  const block = LINE.repeat(perBlock);
  const fd = openSync(path, 'w');
  const planted: number[] = [];
  let line = 1;
  for (let i = 0; i < 200; i++) {
    if (i === 0 || i === 32 || i === 137) {
      writeSync(fd, `thẻ ${CARD} hết hạn\n`);
      planted.push(line++);
    }
    writeSync(fd, block);
    line += perBlock;
  }
  closeSync(fd);
  return planted;
}

function measured(shell: string) {
  return TIME ? `${TIME} -f 'PEAK_RSS_KB=%M ELAPSED_S=%e' -o "${dir}/time" bash -c '${shell}'; cat "${dir}/time" >&2` : shell;
}

describe('a 200 MB text file', () => {
  let planted: number[] = [];
  it.each([
    ['as a file', `node "$PG" scan --format json "${path}"`],
    ['piped into standard input', `node "$PG" scan --format json - < "${path}"`],
  ])('%s: every planted card found once at its line, peak RSS within 180 MB', async (how, shell) => {
    if (planted.length === 0) planted = makeBigFile();
    const r = await run([], { shell: measured(shell), timeout: 580_000 });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const json = r.json();
    expect(json.skipped).toEqual([]);
    expect(json.findings.filter((f: any) => f.ruleId === 'intl.financial.payment-card').map((f: any) => [f.line, f.column])).toEqual(planted.map((l) => [l, 5]));
    if (TIME) {
      const m = /PEAK_RSS_KB=(\d+) ELAPSED_S=([\d.]+)/.exec(r.stderr)!;
      console.log(`200 MB ${how}: peak RSS ${Math.round(Number(m[1]) / 1024)} MB, ${m[2]} s`);
      expect(Number(m[1])).toBeLessThanOrEqual(MAX_RSS_KB);
    }
  }, 600_000);
});
