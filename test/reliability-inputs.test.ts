import { chmodSync, mkdirSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/cli.js';
import { NOBODY, nobodyCannotRun } from './helpers/nobody.js';
import { run, STACK_TRACE, type Run } from './reliability/run.js';

// Bad inputs, end to end through the real process. For each: findings, or a `skipped` entry with a reason and
// exit 2; never a stack trace, a hang (the runner kills and fails after its timeout), or exit 0 for unscanned input.
const CARD = '4539 1488 0343 6467';
const CARD_RULE = 'intl.financial.payment-card';
const FILLER = 'Báo cáo tiến độ — nội dung bình thường, không có gì đặc biệt ở đây. ';

function noCrash(r: Run) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.signal).toBeNull();
}
function clean(r: Run) {
  noCrash(r);
  expect(r.json()).toMatchObject({ verdict: 'pass', findings: [], skipped: [] });
  expect(r.code).toBe(0);
}
function notScanned(r: Run, source: string | RegExp, reason: RegExp) {
  noCrash(r);
  expect(r.code).toBe(2);
  const skipped = r.json().skipped as { source: string; reason: string }[];
  expect(skipped.some((s) => (typeof source === 'string' ? s.source === source : source.test(s.source)) && reason.test(s.reason)), JSON.stringify(skipped)).toBe(true);
  expect(r.stderr).toMatch(/not scanned/);
}
function cards(r: Run) {
  noCrash(r);
  return (r.json().findings as any[]).filter((f) => f.ruleId === CARD_RULE).map((f) => [f.source, f.line, f.column, f.endColumn]);
}

describe('empty input', () => {
  it('empty standard input is a clean scan of nothing (exit 0)', async () => {
    clean(await run(['scan', '--format', 'json', '-'], { input: '' }));
  });
  it('a 0-byte file is a clean scan (exit 0)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '');
    clean(await run(['scan', '--format', 'json', join(dir, 'empty.txt')]));
  });
  it('standard input closed by the shell (<&-) reads as empty, exit 0, no wait', async () => {
    const r = await run([], { shell: 'node "$PG" scan --format json - <&-' });
    clean(r);
  });
  it('standard input closed early by the writer: what arrived is scanned', async () => {
    const r = await run([], { shell: `{ printf 'row 1\\nthẻ ${CARD} hết'; exit 0; printf 'never sent'; } | node "$PG" scan --format json -` });
    expect(cards(r)).toEqual([['<stdin>', 2, 5, 24]]);
    expect(r.code).toBe(1);
  });
});

describe('undecodable and odd encodings', () => {
  it('a binary file named .txt is not scanned (exit 2)', async () => {
    const dir = tempDir();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    writeFileSync(join(dir, 'photo.txt'), bytes);
    notScanned(await run(['scan', '--format', 'json', join(dir, 'photo.txt')]), join(dir, 'photo.txt'), /binary/);
  });
  it('invalid UTF-8 inside a marking (CONFI\\xffDENTIAL) never passes clean: exit 2 with the byte offset', async () => {
    const r = await run(['scan', '--format', 'json', '-'], { input: Buffer.concat([Buffer.from('memo\nCONFI'), Buffer.from([0xff]), Buffer.from('DENTIAL\n')]) });
    notScanned(r, '<stdin>', /invalid UTF-8 at byte 10/);
  });
  const text = `Ghi chú\nthẻ ${CARD} hết hạn\n`;
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.from(le).swap16();
  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
    ['UTF-16LE without BOM (PowerShell Out-File)', le],
    ['UTF-16BE without BOM', be],
  ])('%s is decoded and the card found at its character position', async (_name, bytes) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'note.txt'), bytes);
    const r = await run(['scan', '--format', 'json', join(dir, 'note.txt')]);
    expect(cards(r)).toEqual([[join(dir, 'note.txt'), 2, 5, 24]]);
    expect(r.code).toBe(1);
  });
});

describe('files that are not there, not readable, or not files', () => {
  it('a file removed before it is read (a link to a deleted target, given directly) is reported, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.txt'), CARD);
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.txt'));
    rmSync(join(dir, 'target.txt'));
    notScanned(await run(['scan', '--format', 'json', join(dir, 'link.txt')]), join(dir, 'link.txt'), /no such file/);
  });
  it('a file listed in a folder but gone when read (dangling link) is reported, the rest is scanned, exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), `thẻ ${CARD}`);
    writeFileSync(join(dir, 'target.txt'), 'x');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'b.txt'));
    rmSync(join(dir, 'target.txt'));
    const r = await run(['scan', '--format', 'json', dir]);
    notScanned(r, join(dir, 'b.txt'), /broken symbolic link or removed/);
    expect(cards(r)).toEqual([[join(dir, 'a.txt'), 1, 5, 24]]);
  });
  it('a FIFO given directly is reported without reading it (no hang), exit 2', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    notScanned(await run(['scan', '--format', 'json', join(dir, 'pipe.txt')], { timeout: 20_000 }), join(dir, 'pipe.txt'), /not a regular file/);
  });
  it('a FIFO inside a folder is reported, not dropped and not opened, exit 2', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'a.txt'), `thẻ ${CARD}`);
    const r = await run(['scan', '--format', 'json', dir], { timeout: 20_000 });
    notScanned(r, join(dir, 'pipe.txt'), /not a regular file/);
    expect(cards(r)).toHaveLength(1);
  });
  it('a folder symbolic-link loop ends (links to folders are not followed) and each file is scanned once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), `thẻ ${CARD}`);
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'sub', 'self'));
    const r = await run(['scan', '--format', 'json', dir], { timeout: 30_000 });
    expect(cards(r)).toEqual([[join(dir, 'sub', 'a.txt'), 1, 5, 24]]);
    expect(r.code).toBe(1);
  });

  // Root reads everything, so the unreadable cases run the CLI as "nobody" when the suite runs as root; they skip
  // themselves, saying why in their name and on stderr, when nobody cannot reach the checkout.
  const asRoot = process.getuid?.() === 0;
  const nobody = asRoot ? NOBODY : {};
  const unreachable = nobodyCannotRun();
  if (unreachable) console.warn(`skipping the permission tests: ${unreachable}`);
  const permissionIt = (name: string, fn: () => Promise<void>) =>
    unreachable ? it.skip(`${name} (skipped: ${unreachable})`, fn) : it.skipIf(process.platform === 'win32')(name, fn);
  function unreadableSetup() {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'open.txt'), `thẻ ${CARD}`, { mode: 0o644 });
    writeFileSync(join(dir, 'secret.txt'), `thẻ ${CARD}`);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'inside.txt'), `thẻ ${CARD}`);
    chmodSync(join(dir, 'closed'), 0o000);
    return dir;
  }
  permissionIt('a file without read permission is reported "permission denied", exit 2', async () => {
    const dir = unreadableSetup();
    notScanned(await run(['scan', '--format', 'json', join(dir, 'secret.txt')], nobody), join(dir, 'secret.txt'), /permission denied/);
  });
  permissionIt('an unreadable file and subfolder inside a folder are reported; the rest is scanned, exit 2', async () => {
    const dir = unreadableSetup();
    const r = await run(['scan', '--format', 'json', dir], nobody);
    notScanned(r, join(dir, 'secret.txt'), /permission denied/);
    notScanned(r, /closed/, /folder cannot be read \(EACCES\)/);
    expect(cards(r)).toEqual([[join(dir, 'open.txt'), 1, 5, 24]]);
  });
});

describe('names and numbers', () => {
  it('a path with a newline and Vietnamese letters is scanned and shown exactly', async () => {
    const dir = tempDir();
    const sub = join(dir, 'thư\nmục');
    mkdirSync(sub);
    const file = join(sub, 'bản nháp\nđặc biệt.txt');
    writeFileSync(file, `Ghi chú\nthẻ ${CARD}\n`);
    const direct = await run(['scan', '--format', 'json', file]);
    expect(cards(direct)).toEqual([[file, 2, 5, 24]]);
    const walked = await run(['scan', '--format', 'json', dir]);
    expect(cards(walked)).toEqual([[file, 2, 5, 24]]);
    expect(walked.code).toBe(1);
  });
  it('20,000 small files: all scanned, the one planted card found once', async () => {
    const dir = tempDir();
    for (let d = 0; d < 20; d++) {
      mkdirSync(join(dir, `d${d}`));
      for (let f = 0; f < 1000; f++) writeFileSync(join(dir, `d${d}`, `n${f}.txt`), d === 13 && f === 777 ? `thẻ ${CARD}` : `ghi chú ${d}-${f}`);
    }
    const r = await run(['scan', '--format', 'json', dir], { timeout: 280_000 });
    expect(cards(r)).toEqual([[join(dir, 'd13', 'n777.txt'), 1, 5, 24]]);
    expect(r.json().skipped).toEqual([]);
    expect(r.code).toBe(1);
  }, 300_000);
});

describe('long lines, many lines', () => {
  it('1,000,000 short lines: the card on line 999,999 is found at its line', async () => {
    const dir = tempDir();
    const path = join(dir, 'lines.txt');
    const fd = openSync(path, 'w');
    const block = 'dòng ngắn\n'.repeat(1000);
    for (let i = 0; i < 1000; i++) writeSync(fd, i === 999 ? 'dòng ngắn\n'.repeat(998) + `thẻ ${CARD}\n` + 'dòng ngắn\n' : block);
    closeSync(fd);
    const r = await run(['scan', '--format', 'json', path], { timeout: 200_000 });
    expect(cards(r)).toEqual([[path, 999_999, 5, 24]]);
    expect(r.code).toBe(1);
  }, 220_000);
  it('a 50 MB single line: the card near its end is found at its column (streamed)', async () => {
    const dir = tempDir();
    const path = join(dir, 'line.txt');
    const fd = openSync(path, 'w');
    const chunk = FILLER.repeat(Math.ceil(1024 * 1024 / FILLER.length));
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, `thẻ ${CARD} hết`);
    closeSync(fd);
    const col = chunk.length * 50 + 5;
    const r = await run(['scan', '--format', 'json', path], { timeout: 280_000 });
    expect(cards(r)).toEqual([[path, 1, col, col + 19]]);
    // The excerpt around a match on a huge line stays short and masked.
    const f = r.json().findings.find((x: any) => x.ruleId === CARD_RULE);
    expect(f.excerpt.length).toBeLessThanOrEqual(200);
    expect(f.excerpt).not.toContain(CARD);
  }, 300_000);
});

describe('output cut short', () => {
  it('piped into head: SIGPIPE/EPIPE ends quietly with exit 2 (report not delivered in full), no stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'many.txt'), Array.from({ length: 20000 }, (_, i) => `row ${i} thẻ ${CARD}`).join('\n'));
    // The pretty report joins a run of one rule into one line; --verbose keeps one block a finding, long enough to fill the pipe.
    for (const format of ['json', 'pretty --verbose']) {
      const r = await run([], { shell: `node "$PG" scan --format ${format} '${join(dir, 'many.txt')}' 2>"${dir}/err" | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"; cat "${dir}/err"`, timeout: 120_000 });
      expect(r.stdout).toMatch(/^status=2\n/);
      expect(r.stdout).not.toMatch(STACK_TRACE);
    }
  }, 240_000);
});
