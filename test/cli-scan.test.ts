import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { scanResultErrors } from './helpers/scan-schema.js';

const FINDING_KEYS = ['ruleId', 'category', 'severity', 'source', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'message'];

function expectContractShape(doc: any) {
  expect(doc.version).toBe(1);
  expect(['block', 'warn', 'pass']).toContain(doc.verdict);
  expect(Array.isArray(doc.findings)).toBe(true);
  expect(Array.isArray(doc.skipped)).toBe(true);
  for (const f of doc.findings) {
    for (const k of FINDING_KEYS) expect(f).toHaveProperty(k);
    for (const k of ['line', 'column', 'endLine', 'endColumn']) expect(Number.isInteger(f[k]) && f[k] >= 1).toBe(true);
  }
  for (const s of doc.skipped) expect(Object.keys(s).sort()).toEqual(['reason', 'source']);
  expect(scanResultErrors(doc)).toEqual([]);
}

describe('promptgate scan (end to end)', () => {
  it('blocks a stamped text on stdin and points at line 1', () => {
    const r = cli(['scan', '-', '--format', 'json'], { input: 'TỐI MẬT\nBáo cáo …' });
    expect(r.code).toBe(1);
    const doc = r.json();
    expectContractShape(doc);
    expect(doc.verdict).toBe('block');
    expect(doc.findings[0]).toMatchObject({ category: 'classified-marking', source: '<stdin>', line: 1, column: 1, endLine: 1, endColumn: 8 });
  });

  it('reads piped stdin without "-" and passes honey', () => {
    const r = cli(['scan', '--format', 'json'], { input: 'Mật ong rừng rất ngon' });
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ version: 1, verdict: 'pass', complete: true, findings: [], skipped: [],
      summary: { files: 1, scanned: 1, skipped: 0, ignored: 0, notFollowed: 0, findings: { block: 0, warn: 0, info: 0 } } });
  });

  it('exits 2 on a missing path and says so on stderr', () => {
    const r = cli(['scan', '--format', 'json', 'no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.json().skipped).toEqual([{ source: 'no/such/file.txt', reason: 'no such file or folder' }]);
    expect(r.stderr).toContain('no/such/file.txt');
  });

  it('exits 2 on an unknown option (not commander\'s 1)', () => {
    expect(cli(['scan', '--bogus', '-']).code).toBe(2);
  });

  it('scans folders recursively with the file path as source', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'a/b/note.md'), '# Ghi chú\n\nĐộ mật: Tuyệt mật\n');
    writeFileSync(join(dir, 'clean.txt'), 'Nothing here.\n');
    const r = cli(['scan', '--format', 'json', dir]);
    expect(r.code).toBe(1);
    const doc = r.json();
    expectContractShape(doc);
    const f = doc.findings.find((x: any) => x.category === 'classified-marking');
    expect(f.source).toBe(join(dir, 'a/b/note.md'));
    expect(f.line).toBe(3);
  });

  it('honours .gitignore and .promptgateignore in folders', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.gitignore'), 'ignored.txt\n');
    writeFileSync(join(dir, 'sub/.promptgateignore'), '*.draft\n');
    writeFileSync(join(dir, 'ignored.txt'), 'TỐI MẬT\n');
    writeFileSync(join(dir, 'sub/x.draft'), 'TỐI MẬT\n');
    writeFileSync(join(dir, 'sub/kept.txt'), 'TỐI MẬT\n');
    const doc = cli(['scan', '--format', 'json', dir]).json();
    expect(doc.findings.map((f: any) => f.source)).toEqual([join(dir, 'sub/kept.txt')]);
  });

  it('keeps exact positions with a BOM, CRLF, NFD and emoji', () => {
    const dir = tempDir();
    const text = '\ufeff😀 Ghi chú\r\n' + 'Dòng hai\r\n' + '   ' + 'TỐI MẬT'.normalize('NFD') + '\r\n';
    writeFileSync(join(dir, 'x.txt'), text);
    const [f] = cli(['scan', '--format', 'json', join(dir, 'x.txt')]).json().findings;
    const nfdLen = 'TỐI MẬT'.normalize('NFD').length;
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([3, 4, 3, 4 + nfdLen]);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const dir = tempDir();
    const body = 'Ghi chú\nTỐI MẬT\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    writeFileSync(join(dir, 'le.txt'), le);
    writeFileSync(join(dir, 'be.txt'), be);
    const doc = cli(['scan', '--format', 'json', dir]).json();
    expect(doc.findings.map((f: any) => [f.source.slice(-6), f.line, f.column])).toEqual([
      ['be.txt', 2, 1],
      ['le.txt', 2, 1],
    ]);
  });

  it('never passes a binary file: it is skipped with exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    const r = cli(['scan', '--format', 'json', dir]);
    expect(r.code).toBe(2);
    expect(r.json().skipped[0].reason).toMatch(/binary/);
  });

  it('reports invalid UTF-8 and still scans the rest (exit 2)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('TỐI MẬT\nabc '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]));
    const r = cli(['scan', '--format', 'json', join(dir, 'bad.txt')]);
    expect(r.code).toBe(2);
    const doc = r.json();
    expect(doc.findings).toHaveLength(1);
    expect(doc.skipped[0].reason).toMatch(/invalid UTF-8/);
    expect(cli(['scan', '--format', 'json', '--allow-skipped', join(dir, 'bad.txt')]).code).toBe(1);
  });

  it('exits 2 naming file and line for a rule file with a YAML syntax error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'rules:\n  - id: x.y\n    title: "unterminated\n    category: credential\n');
    const r = cli(['scan', '--format', 'json', '--rules', join(dir, 'bad.yaml'), '-'], { input: 'hello' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`bad\\.yaml:\\d+:\\d+`));
  });

  it('exits 2 naming file, line and rule for an unknown category', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cat.yaml'), 'rules:\n  - id: x.y\n    title: t\n    rationale: r\n    category: secrets\n    keywords: [abc]\n');
    const r = cli(['scan', '--rules', join(dir, 'cat.yaml'), '-'], { input: 'hello' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cat.yaml:5:');
    expect(r.stderr).toContain('x.y');
    expect(r.stderr).toContain('unknown category');
  });

  it('--no-builtin with a custom rule uses only that rule', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.yaml'), 'rules:\n  - id: office.codename\n    title: Project codename\n    rationale: r\n    category: classified-marking\n    keywords: [blue heron]\n');
    const r = cli(['scan', '--format', 'json', '--no-builtin', '--rules', join(dir, 'r.yaml'), '-'], { input: 'TỐI MẬT\nthe Blue  Heron plan' });
    expect(r.json().findings.map((f: any) => [f.ruleId, f.line, f.column])).toEqual([['office.codename', 2, 5]]);
  });

  it('--fail-on warn turns warnings into exit 1', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'r.yaml'), 'rules:\n  - id: office.hint\n    title: hint\n    rationale: r\n    category: official-document\n    keywords: [nơi nhận]\n');
    const args = ['scan', '--format', 'json', '--no-builtin', '--rules', join(dir, 'r.yaml'), '-'];
    expect(cli(args, { input: 'Nơi nhận:\n- Như trên' }).code).toBe(0);
    expect(cli([...args, '--fail-on', 'warn'], { input: 'Nơi nhận:\n- Như trên' }).code).toBe(1);
  });

  it('prints a pretty report with the verdict first and no colour when NO_COLOR is set', () => {
    const r = cli(['scan', '--format', 'pretty', '-'], { input: 'TỐI MẬT\n' });
    expect(r.stdout.split('\n')[0]).toMatch(/^✖ Do not send/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('T** M**');
  });
});
