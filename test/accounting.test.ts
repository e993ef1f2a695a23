import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { scanResultErrors } from './helpers/scan-schema.js';

// Every scan accounts for every input (issue 15, D-H2, D-M6, F6; F5 for the file swapped for a FIFO).
const STAMP = 'TỐI MẬT\n\nBáo cáo tình hình\n';
const CLEAN = 'Báo cáo tình hình công tác tháng 11\n';
const PASS_EN = 'OK to send: nothing sensitive was found';
const noLinks = process.platform === 'win32';

function json(args: string[], cwd?: string) {
  const r = cli(['scan', '--format', 'json', ...args], { cwd });
  const doc = r.json();
  expect(scanResultErrors(doc)).toEqual([]);
  return { code: r.code, doc, stderr: r.stderr };
}

/** A folder in which .gitignore hides a stamped file, next to one clean file. */
function ignoredSetup() {
  const dir = tempDir();
  writeFileSync(join(dir, '.gitignore'), 'secret.txt\n');
  writeFileSync(join(dir, 'secret.txt'), STAMP);
  writeFileSync(join(dir, 'notes.txt'), CLEAN);
  return dir;
}

describe('JSON: complete, summary, tool', () => {
  it('a missing path: verdict "pass" as the contract says, but complete is false and nothing counts as scanned (D-M6)', () => {
    const dir = tempDir();
    const { code, doc } = json([join(dir, 'nosuch.txt')]);
    expect(code).toBe(2);
    expect(doc.verdict).toBe('pass');
    expect(doc.complete).toBe(false);
    expect(doc.summary).toEqual({ files: 0, scanned: 0, skipped: 1, ignored: 0, notFollowed: 0, findings: { block: 0, warn: 0, info: 0 } });
    expect(doc.tool.name).toBe('promptgate');
    const pkg = JSON.parse(spawnSync(process.execPath, ['-p', `JSON.stringify(require(${JSON.stringify(resolve(__dirname, '../package.json'))}))`], { encoding: 'utf8' }).stdout);
    expect(doc.tool.version).toBe(pkg.version);
  });

  it('counts findings by severity and every file read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), STAMP);
    writeFileSync(join(dir, 'b.txt'), 'Liên hệ: 0912 345 678\n');
    writeFileSync(join(dir, 'c.txt'), CLEAN);
    const { code, doc } = json([dir]);
    expect(code).toBe(1);
    expect(doc.complete).toBe(true);
    const bySeverity = { block: 0, warn: 0, info: 0 } as Record<string, number>;
    for (const f of doc.findings) bySeverity[f.severity]++;
    expect(bySeverity.block).toBeGreaterThan(0);
    expect(doc.summary).toEqual({ files: 3, scanned: 3, skipped: 0, ignored: 0, notFollowed: 0, findings: bySeverity });
  });

  it('a file that is only partly read is not counted as scanned', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Báo cáo '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' xong\n')]));
    writeFileSync(join(dir, 'ok.txt'), CLEAN);
    const { code, doc } = json([dir]);
    expect(code).toBe(2);
    expect(doc.complete).toBe(false);
    expect(doc.summary).toMatchObject({ files: 2, scanned: 1, skipped: doc.skipped.length });
  });

  it('SARIF carries the same account in the run properties', () => {
    const dir = ignoredSetup();
    const r = cli(['scan', '--format', 'sarif', dir]);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.properties).toEqual({ complete: true, summary: { files: 2, scanned: 2, skipped: 0, ignored: 1, notFollowed: 0, findings: { block: 0, warn: 0, info: 0 } } });
  });
});

describe('an explicit path that yields no file is exit 2 (D-H2)', () => {
  it('an empty folder: "nothing to scan in" it, exit 2, never "OK to send"', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const { code, doc } = json([join(dir, 'empty')]);
    expect(code).toBe(2);
    expect(doc.skipped).toEqual([{ source: join(dir, 'empty'), reason: 'nothing to scan in this folder: it holds no file' }]);
    const pretty = cli(['scan', '--format', 'pretty', join(dir, 'empty')]);
    expect(pretty.code).toBe(2);
    expect(pretty.stdout).not.toContain(PASS_EN);
    expect(pretty.stdout).toContain('nothing to scan in this folder');
  });

  it('a folder whose only file is ignored: exit 2, and the reason says how to include it', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, '.gitignore'), 'docs/\n');
    writeFileSync(join(dir, 'docs', 'secret.txt'), STAMP);
    // Scanning the folder itself: its ignore file applies only inside a walk from above, so the file is found.
    expect(json([join(dir, 'docs')]).code).toBe(1);
    const d2 = tempDir();
    writeFileSync(join(d2, '.promptgateignore'), '*\n');
    const { code, doc } = json([d2]);
    expect(code).toBe(2);
    expect(doc.skipped[0].reason).toBe('nothing to scan in this folder: 1 ignored (--no-ignore scans them)');
    expect(doc.summary).toMatchObject({ files: 0, ignored: 1 });
  });
});

describe('ignored files are counted and named (D-H2)', () => {
  it('a stamped file ignored by .gitignore: counted, exit 0, the pretty verdict is not "OK to send"', () => {
    const dir = ignoredSetup();
    const { code, doc } = json([dir]);
    expect(code).toBe(0);
    expect(doc.complete).toBe(true);
    expect(doc.summary).toMatchObject({ files: 2, scanned: 2, ignored: 1, notFollowed: 0 });
    expect(doc).not.toHaveProperty('ignored'); // names only with --verbose
    const pretty = cli(['scan', '--format', 'pretty', dir]);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).not.toContain(PASS_EN);
    expect(pretty.stdout.split('\n')[0]).toBe('⚠ Nothing sensitive was found in the 2 files checked, but 1 was left out and not checked (see the summary). Check them before sending');
    expect(pretty.stdout).toContain('Checked 2 files; 1 ignored by .gitignore (--no-ignore scans ignored files, --verbose names them)');
    expect(pretty.stdout).not.toContain('secret.txt');
  });

  it('--verbose names the ignored file (pretty and JSON); --no-ignore scans it', () => {
    const dir = ignoredSetup();
    const pretty = cli(['scan', '--format', 'pretty', '--verbose', dir]);
    expect(pretty.stdout).toContain(`Ignored (not checked)\n  ${join(dir, 'secret.txt')} (.gitignore)`);
    expect(json(['--verbose', dir]).doc.ignored).toEqual([{ source: join(dir, 'secret.txt'), by: '.gitignore' }]);
    const all = json(['--no-ignore', dir]);
    expect(all.code).toBe(1);
    expect(all.doc.findings.map((f: { source: string }) => f.source)).toContain(join(dir, 'secret.txt'));
    expect(all.doc.summary).toMatchObject({ files: 3, scanned: 3, ignored: 0 });
  });

  it('node_modules is counted as ignored, and scanned with --no-ignore', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'a.txt'), STAMP);
    writeFileSync(join(dir, 'b.txt'), CLEAN);
    expect(json(['--verbose', dir]).doc.ignored).toEqual([{ source: join(dir, 'node_modules'), by: 'node_modules' }]);
    expect(json(['--no-ignore', dir]).code).toBe(1);
  });

  it('files excluded by the config (exceptions.paths) are counted as ignored', () => {
    const dir = ignoredSetup();
    writeFileSync(join(dir, '.promptgate.yaml'), 'exceptions:\n  paths:\n    - notes.txt\n');
    const { code, doc } = json(['--verbose', '.'], dir);
    expect(code).toBe(0);
    expect(doc.ignored).toContainEqual({ source: 'notes.txt', by: 'exceptions.paths' });
    expect(cli(['scan', '--format', 'pretty', '.'], { cwd: dir }).stdout).toContain('1 ignored by exceptions.paths');
    // Named on the command line but excluded: nothing to scan in it, exit 2.
    const named = json(['notes.txt'], dir);
    expect(named.code).toBe(2);
    expect(named.doc.skipped).toEqual([{ source: 'notes.txt', reason: "nothing to scan: the config's exceptions.paths excludes this file" }]);
  });

  it('a text on standard input is not described as files', () => {
    const r = cli(['scan', '--format', 'pretty', '-'], { input: CLEAN });
    expect(r.stdout.split('\n')[0]).toBe(`✔ ${PASS_EN}`);
    expect(r.stdout).not.toContain('Checked');
    expect(cli(['scan', '--format', 'json', '-'], { input: CLEAN }).json().summary).toMatchObject({ files: 1, scanned: 1 });
  });

  it('the summary in words, in Vietnamese and Czech', () => {
    const dir = ignoredSetup();
    const vi = cli(['scan', '--format', 'pretty', '--lang', 'vi', dir]).stdout;
    expect(vi).toContain('Đã kiểm tra 2 tệp; 1 tệp bị bỏ qua theo .gitignore (--no-ignore để quét cả tệp bị bỏ qua, --verbose để xem tên)');
    expect(vi).not.toContain('Có thể gửi');
    const cs = cli(['scan', '--format', 'pretty', '--lang', 'cs', dir]).stdout;
    expect(cs).toContain('Zkontrolováno: 2 soubory; 1 vynecháno podle .gitignore (--no-ignore prověří vynechané soubory, --verbose je vypíše)');
    expect(cs).not.toContain('Lze odeslat');
  });
});

describe.skipIf(noLinks)('links to folders (F6)', () => {
  function linkSetup() {
    const dir = tempDir();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'stamped.txt'), STAMP);
    mkdirSync(join(dir, 'top'));
    symlinkSync(join('..', 'real'), join(dir, 'top', 'linked'));
    return dir;
  }

  it('a folder holding only a link to a folder: exit 2, "nothing to scan"; --follow-links finds the stamp', () => {
    const dir = linkSetup();
    const { code, doc } = json([join(dir, 'top')]);
    expect(code).toBe(2);
    expect(doc.skipped[0].reason).toBe('nothing to scan in this folder: 1 linked folder(s) not followed (--follow-links walks them)');
    expect(doc.summary).toMatchObject({ files: 0, notFollowed: 1 });
    const followed = json(['--follow-links', join(dir, 'top')]);
    expect(followed.code).toBe(1);
    expect(followed.doc.findings[0]).toMatchObject({ source: join(dir, 'top', 'linked', 'stamped.txt'), category: 'classified-marking' });
    expect(followed.doc.summary).toMatchObject({ files: 1, scanned: 1, notFollowed: 0 });
  });

  it('a link next to files is counted, named with --verbose, and the verdict is not "OK to send"', () => {
    const dir = linkSetup();
    writeFileSync(join(dir, 'top', 'a.txt'), CLEAN);
    const pretty = cli(['scan', '--format', 'pretty', '--verbose', join(dir, 'top')]);
    expect(pretty.code).toBe(0);
    expect(pretty.stdout).not.toContain(PASS_EN);
    expect(pretty.stdout).toContain(`Linked folders not followed (not checked)\n  ${join(dir, 'top', 'linked')}`);
    expect(pretty.stdout).toContain('Checked 1 file; 1 linked folder not followed (--follow-links walks linked folders)');
    expect(json(['--verbose', join(dir, 'top')]).doc.notFollowed).toEqual([{ source: join(dir, 'top', 'linked'), by: 'link' }]);
  });

  it('--follow-links ends on loops and walks each folder once', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), STAMP);
    symlinkSync('..', join(dir, 'sub', 'up'));
    symlinkSync('.', join(dir, 'sub', 'self'));
    symlinkSync('sub', join(dir, 'again'));
    const r = cli(['scan', '--format', 'json', '--verbose', '--follow-links', dir]);
    expect(r.code).toBe(1);
    const doc = r.json();
    expect(doc.findings.filter((f: { ruleId: string }) => f.ruleId === doc.findings[0].ruleId)).toHaveLength(1);
    expect(doc.summary).toMatchObject({ files: 1, scanned: 1, notFollowed: 3 });
    expect(doc.notFollowed.every((e: { by: string }) => e.by === 'loop')).toBe(true);
    expect(cli(['scan', '--format', 'pretty', '--follow-links', dir]).stdout).toContain('3 folders reached again through a link (walked once)');
  });
});

describe.skipIf(process.platform === 'win32')('every file opened once, checked after opening (F5)', () => {
  it('a file swapped for a FIFO after the walk is refused, without blocking on the open', () => {
    const dir = tempDir();
    const fifo = join(dir, 'swapped.txt');
    spawnSync('mkfifo', [fifo]);
    // scanSource is what runs for each file the walk found: give it the FIFO as if the swap came after the walk.
    const dist = (p: string) => pathToFileURL(resolve(__dirname, '../dist', p)).href;
    const script = `
      const { scanSource } = await import(${JSON.stringify(dist('scan.js'))});
      const { createEngine, releaseEngine } = await import(${JSON.stringify(dist('runtime/regex-watchdog.js'))});
      const engine = createEngine({});
      const findings = [], skipped = [];
      await scanSource(engine, { kind: 'file', path: ${JSON.stringify(fifo)}, display: 'swapped.txt' }, {}, findings, skipped);
      releaseEngine(engine);
      console.log(JSON.stringify({ findings, skipped }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.signal).toBeNull(); // a blocking open would hang until the timeout kills it
    expect(JSON.parse(r.stdout)).toEqual({ findings: [], skipped: [{ source: 'swapped.txt', reason: 'not a regular file (device, FIFO or socket); not scanned' }] });
  });
});
