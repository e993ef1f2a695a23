import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';

// Issue 22 item 6: glob arguments the shell did not expand are matched over the fail-closed walker.
const STAMP = 'TỐI MẬT\n\nBáo cáo tình hình\n';
const CLEAN = 'Báo cáo tình hình công tác tháng 11\n';

function tree() {
  const dir = tempDir();
  mkdirSync(join(dir, 'drafts', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'drafts', 'sub', 'a.md'), STAMP);
  writeFileSync(join(dir, 'drafts', 'b.md'), CLEAN);
  writeFileSync(join(dir, 'drafts', '.hidden.md'), CLEAN);
  writeFileSync(join(dir, 'drafts', 'c.txt'), STAMP);
  return dir;
}

function scan(args: string[], cwd: string) {
  const r = cli(['scan', '--format', 'json', ...args], { cwd });
  return { code: r.code, doc: r.json(), stderr: r.stderr };
}

describe('glob arguments (issue 22 item 6)', () => {
  it('"drafts/**/*.md" scans the matching files only, dot files included, and finds the stamp', () => {
    const dir = tree();
    const { code, doc } = scan(['drafts/**/*.md'], dir);
    expect(code).toBe(1);
    expect(doc.summary.scanned).toBe(3);
    expect(doc.findings.map((f: any) => f.source)).toEqual([join('drafts', 'sub', 'a.md')]);
  });

  it('a pattern that matches nothing is exit 2 with the pattern named, never a pass', () => {
    const dir = tree();
    const { code, doc, stderr } = scan(['drafts/**/*.pdf'], dir);
    expect(code).toBe(2);
    expect(doc.complete).toBe(false);
    expect(doc.skipped).toEqual([{ source: 'drafts/**/*.pdf', reason: 'no file matches this pattern in drafts: it holds no file' }]);
    expect(stderr).toContain('drafts/**/*.pdf');
    const missing = scan(['nosuch/*.md'], dir);
    expect(missing.code).toBe(2);
    expect(missing.doc.skipped[0].reason).toContain('nosuch is not a folder');
  });

  it('keeps the walker accounting: a matching file left out by .gitignore is counted, and alone it is exit 2', () => {
    const dir = tree();
    writeFileSync(join(dir, '.gitignore'), 'a.md\n');
    const { code, doc } = scan(['**/a.md'], dir);
    expect(code).toBe(2);
    expect(doc.summary.ignored).toBe(1);
    expect(doc.skipped[0].reason).toBe('no file matches this pattern in .: 1 ignored (--no-ignore scans them)');
    const all = scan(['--no-ignore', '**/a.md'], dir);
    expect(all.code).toBe(1);
  });

  it('a file whose name holds glob characters is read as that file, not as a pattern', () => {
    const dir = tree();
    writeFileSync(join(dir, '[draft].txt'), STAMP);
    const { code, doc } = scan(['[draft].txt'], dir);
    expect(code).toBe(1);
    expect(doc.findings[0].source).toBe('[draft].txt');
  });
});
