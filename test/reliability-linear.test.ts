import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';
import { run, STACK_TRACE } from './reliability/run.js';

// Issue 16, bounded time: inputs that made a reader or a normalisation step quadratic (F3 a long line of spaced
// letters, F17 an e-mail with millions of lines before its parts, F19 HTML with many <style> tags) must finish within
// 10× the time of scanning the same number of plain-text bytes, measured in the same run, with peak RSS ≤ 300 MB.
// Before the fixes: 1 MB of spaced letters 67 s (10 MB: 717 s in the review), the e-mail 158 s, the HTML 48 s.
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const MAX_RSS_KB = 300 * 1024;
const CCCD = '079203481526';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Plain prose of exactly `bytes` bytes (ASCII), ending with a CCCD on its last line. */
function plainText(bytes: number): string {
  const tail = `So CCCD: ${CCCD}\n`;
  const line = 'bao cao tinh hinh cong tac trong thang, noi dung binh thuong\n';
  const body = line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes - tail.length);
  return body.slice(0, body.lastIndexOf('\n') + 1).padEnd(bytes - tail.length, 'x') + tail;
}

/** Runs `scan --format json` on a file; the time (s) and peak RSS (KB) from GNU time, or the wall clock. */
async function timedScan(path: string) {
  const scan = `node "$PG" scan --format json "${path}"`;
  const t0 = performance.now();
  const r = await run([], { shell: TIME ? `${TIME} -f 'PEAK_RSS_KB=%M ELAPSED_S=%e' -o "${path}.time" ${scan}; cat "${path}.time" >&2` : scan, timeout: 280_000 });
  const wall = (performance.now() - t0) / 1000;
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const m = /PEAK_RSS_KB=(\d+) ELAPSED_S=([\d.]+)/.exec(r.stderr);
  return { r, seconds: m ? Number(m[2]) : wall, rssKb: m ? Number(m[1]) : undefined };
}

describe('hostile shapes scan in time linear in their size', () => {
  it.each([
    ['a 10 MB line of spaced letters with a CCCD at its end (F3)', 'spaced.txt', () => {
      const head = 'a b '.repeat((10 * 1024 * 1024) / 4);
      return { text: `${head} Số CCCD: ${CCCD}\n`, line: 1, column: head.length + 11 };
    }],
    ['a 10 MB line of spaced digits with a CCCD at its end (F3, digits)', 'spaced-digits.txt', () => {
      const head = '1 0 5 8 '.repeat((10 * 1024 * 1024) / 8);
      return { text: `${head} Số CCCD: ${CCCD}\n`, line: 1, column: head.length + 11 };
    }],
    ['a 10 MB e-mail: 10 M line feeds, then 480 parts with 10 X-Note headers each (F17)', 'many-lines.eml', () => {
      let parts = '';
      for (let i = 0; i < 480; i++) {
        let notes = '';
        for (let k = 1; k <= 10; k++) notes += `X-Note-${k}: ghi chú ${i}.${k}\n`;
        parts += `--B\n${notes}Content-Type: text/plain; charset=utf-8\n\nphần ${i}: nội dung bình thường\n`;
      }
      const head = 'From: a@example.com\nSubject: báo cáo\nContent-Type: multipart/mixed; boundary="B"\n\n' + '\n'.repeat(10 * 1024 * 1024);
      const text = `${head}${parts}--B\nContent-Type: text/plain\n\nSố CCCD: ${CCCD}\n--B--\n`;
      return { text, line: text.split('\n').length - 2, column: 10 };
    }],
    ['HTML with 20,000 <style> tags (F19)', 'styles.html', () => {
      return { text: `<p>Số CCCD: ${CCCD}</p>` + '<style>a{}</style>x'.repeat(20000), line: 2, column: 10 };
    }],
  ])('%s', async (_name, file, make) => {
    const hostile = make();
    const path = join(dir, file);
    writeFileSync(path, hostile.text);
    const plainPath = join(dir, `plain-${file}.txt`);
    writeFileSync(plainPath, plainText(statSync(path).size));
    expect(statSync(plainPath).size).toBe(statSync(path).size);

    const plain = await timedScan(plainPath);
    expect(plain.r.json().findings.map((f: any) => f.ruleId)).toContain('vn.id.cccd');
    const h = await timedScan(path);
    const json = h.r.json();
    expect(json.skipped).toEqual([]);
    expect(json.findings.filter((f: any) => f.ruleId === 'vn.id.cccd').map((f: any) => [f.line, f.column])).toEqual([[hostile.line, hostile.column]]);
    console.log(`${file}: ${h.seconds} s, peak RSS ${h.rssKb === undefined ? '?' : Math.round(h.rssKb / 1024)} MB; the same bytes of plain text ${plain.seconds} s, ${plain.rssKb === undefined ? '?' : Math.round(plain.rssKb / 1024)} MB`);
    expect(h.seconds).toBeLessThanOrEqual(10 * plain.seconds);
    if (h.rssKb !== undefined) expect(h.rssKb).toBeLessThanOrEqual(MAX_RSS_KB);
  }, 600_000);
});
