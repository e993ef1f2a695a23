import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
import { makeRepo } from './helpers/git-repo.js';
import { run, STACK_TRACE, type Run } from './reliability/run.js';

/*
 * Documents built to make a reader miss what Word, Excel or a PDF viewer shows (F8–F15 of the 2026-12-06
 * reliability review), and names from inside documents that must never leak (F20). The files are hand-built by
 * fixtures/documents-hostile/make.py (standard library only); the PDF stream bomb is made at test time by
 * make-pdf-bomb.mjs beside it. The rule set is the fixed one of the document tests.
 */
const DIR = resolve(__dirname, 'fixtures/documents-hostile');
const RULES = resolve(__dirname, '../fixtures/documents/rules.yaml');

function scan(file: string, ...flags: string[]) {
  const r = cli(['scan', '--format', 'json', '--no-builtin', '--rules', RULES, ...flags, join(DIR, file)]);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const doc = r.json();
  return { code: r.code, stderr: r.stderr, doc, found: doc.findings.map((f: any) => [f.ruleId, f.location]), skipped: doc.skipped.map((s: any) => s.reason as string) };
}

/** Each case: the file, what must be found where (location as a pattern), or the skipped reason (exit 2). */
const FOUND: [file: string, found: [string, RegExp][]][] = [
  // F8: embedded documents are read as documents of their own.
  ['f8-embedded-docx.docx', [['test.stamp', /^embedded “.+” › body$/], ['test.card', /^embedded “.+” › body$/]]],
  ['f8-media-zip.docx', [['test.stamp', /^embedded “.+” › “.+”$/], ['test.card', /^embedded “.+” › “.+”$/]]],
  ['f8-objdata.rtf', [['test.stamp', /^embedded object 1 › body$/], ['test.card', /^embedded object 1 › body$/]]],
  // F10: namespaces by URI, parts decoded as they declare.
  ['f10-default-ns.docx', [['test.stamp', /^body$/], ['test.card', /^body$/]]],
  ['f10-ns0.docx', [['test.stamp', /^body$/]]],
  ['f10-utf16.docx', [['test.stamp', /^body$/]]],
  ['f10-prefix.odt', [['test.stamp', /^body$/], ['test.card', /^body$/]]],
  // F11: part names per OPC.
  ['f11-case.docx', [['test.stamp', /^header of section 1$/]]],
  ['f11-percent.docx', [['test.stamp', /^header of section 1$/]]],
  // F12: what Word and Excel show.
  ['f12-smartart.docx', [['test.stamp', /^SmartArt graphic 1$/]]],
  ['f12-chart.docx', [['test.stamp', /^chart 1$/], ['test.card', /^chart 1$/]]],
  ['f12-alt-text.docx', [['test.card', /^alt text of a picture$/]]],
  ['f12-fallback.docx', [['test.stamp', /^text box$/]]],
  ['f12-text-box.xlsx', [['test.stamp', /^drawing 1 over the cells$/], ['test.card', /^drawing 1 over the cells$/]]],
  // F14: annotations, form values, attached files.
  ['f14-annotation.pdf', [['test.card', /^page 1, FreeText annotation$/]]],
  ['f14-form.pdf', [['test.card', /^page 1, form field “.+”$/]]],
  ['f14-attachment.pdf', [['test.stamp', /^attachment “.+”$/], ['test.card', /^attachment “.+”$/]]],
];

describe('hostile documents: what a viewer shows is read', () => {
  it.each(FOUND)('%s', (file, expected) => {
    const r = scan(file);
    expect(r.skipped).toEqual([]);
    expect(r.code).toBe(1);
    for (const [rule, where] of expected) expect(r.found.some(([id, loc]: [string, string]) => id === rule && where.test(loc)), `${rule} @ ${where}`).toBe(true);
  });

  it('mc:AlternateContent: an understood Choice is read, its Fallback copy is not (one finding, not two)', () => {
    expect(scan('f12-choice.docx').found).toEqual([['test.stamp', 'text box']]);
  });

  it('a PDF page with text and a ruled line is read, and nothing is reported about it', () => {
    const r = scan('f13-rule.pdf');
    expect([r.code, r.skipped]).toEqual([0, []]);
  });
});

/** Each case: the file, and a pattern of its skipped reason. Never exit 0. */
const REFUSED: [string, RegExp][] = [
  ['f8-ole-object.docx', /^embedded “.+”: legacy binary Office format/],
  ['f8-too-deep.docx', /› embedded “.+”: embedded documents nested deeper than 3 levels; not scanned$/],
  ['f9-duplicate-entry.docx', /^ZIP package has two entries named “.+” \(readers disagree on which is used\); not scanned$/],
  ['f10-unknown-ns.docx', /^body: the main part has no WordprocessingML body/],
  ['f11-missing.docx', /^part “.+”: referenced by the document but missing from the package; not scanned$/],
  ['f13-outlines.pdf', /^PDF has no text layer \(scanned images or drawn outlines only\)/],
];

describe('hostile documents: what cannot be read is listed, exit 2', () => {
  it.each(REFUSED)('%s', (file, reason) => {
    const r = scan(file);
    expect(r.code).toBe(2);
    expect(r.doc.findings).toEqual([]);
    expect(r.skipped).toHaveLength(1);
    expect(r.skipped[0]).toMatch(reason);
  });

  it('the duplicate entry is refused though its first copy holds the stamp and its last does not', () => {
    // (With last-wins the file passed; first-wins would find the stamp: readers disagree, so neither is trusted.)
    expect(scan('f9-duplicate-entry.docx').doc.findings).toEqual([]);
  });
});

// F15: a 2.5 MB PDF whose one content stream inflates to 2.5 GB of spaces.
describe('the PDF stream bomb', () => {
  const dir = tempDir('pg-bomb-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const measured = (file: string) => {
    const cmd = `node "$PG" scan --format json "${file}"`;
    return TIME ? `${TIME} -f 'PEAK_RSS_KB=%M' -o "${file}.time" ${cmd}; s=$?; cat "${file}.time" >&2; exit $s` : cmd;
  };

  it('is not scanned (exit 2) within 10× the time of the same number of plain-text bytes, peak RSS ≤ 300 MB', async () => {
    const { makePdfBomb } = await import('./fixtures/documents-hostile/make-pdf-bomb.mjs');
    const bomb = join(dir, 'bomb.pdf');
    const size: number = await makePdfBomb(bomb);
    const plain = join(dir, 'plain.txt');
    const line = 'Báo cáo tiến độ — nội dung bình thường, không có gì đặc biệt ở đây.\n';
    writeFileSync(plain, line.repeat(Math.ceil(size / Buffer.byteLength(line))));
    let t = performance.now();
    const base = await run([], { shell: measured(plain), timeout: 120_000 });
    const baseline = performance.now() - t;
    expect(base.code).toBe(0);
    t = performance.now();
    const r = await run([], { shell: measured(bomb), timeout: 120_000 });
    const took = performance.now() - t;
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code).toBe(2);
    expect(r.json().skipped.map((s: any) => s.reason)).toEqual([expect.stringMatching(/^PDF streams inflate past \d+ bytes \(possible decompression bomb\); not scanned$/)]);
    console.log(`PDF bomb (${size} bytes): ${Math.round(took)} ms; ${size} bytes of plain text: ${Math.round(baseline)} ms`);
    expect(took).toBeLessThan(10 * baseline);
    if (TIME) {
      const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)![1]);
      console.log(`PDF bomb: peak RSS ${Math.round(kb / 1024)} MB`);
      expect(kb).toBeLessThanOrEqual(300 * 1024);
    }
  }, 300_000);

  // Deflate wrapped in a text encoding (hex, a85), or the other expanding filters instead of deflate (lzw, rl).
  it.each([['hex', 4e8], ['a85', 4e8], ['lzw', 3e8], ['rl', 3e8]] as const)('a bomb encoded as %s is not scanned either', async (wrap, spaces) => {
    const { makePdfBomb } = await import('./fixtures/documents-hostile/make-pdf-bomb.mjs');
    const bomb = join(dir, `bomb-${wrap}.pdf`);
    await makePdfBomb(bomb, spaces, wrap);
    const r = await run(['scan', '--format', 'json', bomb], { timeout: 120_000 });
    expect(r.code).toBe(2);
    expect(r.json().skipped.map((s: any) => s.reason)).toEqual([expect.stringMatching(/^PDF streams inflate past \d+ bytes/)]);
  }, 120_000);

  // The budget counts, nothing more: a small stream is still read (pdf.js decodes the same bytes the budget counted).
  it.each(['lzw', 'rl', 'a85'])('a small %s stream is still read', async (wrap) => {
    const { makePdfBomb } = await import('./fixtures/documents-hostile/make-pdf-bomb.mjs');
    const small = join(dir, `small-${wrap}.pdf`);
    await makePdfBomb(small, 1e6, wrap);
    const r = await run(['scan', '--format', 'json', small], { timeout: 120_000 });
    expect([r.code, r.json().skipped]).toEqual([0, []]);
  }, 120_000);

  it('an LZW stream of real text: the budget counts exactly the bytes pdf.js decodes, and the text is read', async () => {
    const { lzwTextPdf } = await import('./fixtures/documents-hostile/make-pdf-bomb.mjs');
    const { lzwSize } = await import('../src/input/extract/pdf.js');
    let content = '';
    for (let i = 0; i < 400; i++) content += `BT /F1 12 Tf 50 ${800 - (i % 60) * 12} Td (Line ${i} of the report, nothing special ${(i * 7919) % 1000}) Tj ET\n`;
    content += 'BT /F1 14 Tf 50 100 Td (TOP SECRET) Tj ET\n';
    const { pdf, data } = lzwTextPdf(content);
    expect(lzwSize(data, 1e9, 1)).toBe(content.length);
    const file = join(dir, 'lzw-text.pdf');
    writeFileSync(file, pdf);
    const r = await run(['scan', '--format', 'json', file], { timeout: 120_000 });
    // The stamp is on the last line of the stream: pdf.js decoded all of it, as counted.
    expect([r.code, r.json().findings.map((f: any) => f.ruleId)]).toEqual([1, ['intl.classified.banner']]);
  }, 120_000);
});

// F20: canaries in names from inside documents. None may appear in any output, in full or in part.
const CCCD = '079203481526';
const PASSWORD = 'Tr0ub4dorZebra91';
const CANARY = 'PGCANARYQUOKKA';
const CARD = '4929731562847384';
const NAMES = readdirSync(DIR).filter((f) => f.startsWith('f20-'));

/** Any 6 digits in a row of the CCCD or card (separators allowed between them), any 6 letters of the others. */
function leaks(out: string): string[] {
  const found: string[] = [];
  const digits = out.replace(/[ .\-/]/g, '');
  for (const v of [CCCD, CARD]) for (let i = 0; i + 6 <= v.length; i++) if (digits.includes(v.slice(i, i + 6))) found.push(v.slice(i, i + 6));
  for (const v of [PASSWORD, CANARY]) for (let i = 0; i + 6 <= v.length; i++) if (out.includes(v.slice(i, i + 6))) found.push(v.slice(i, i + 6));
  return found;
}

describe('names from inside documents never leak (sheet, attachment, part names, MIME types, authors)', () => {
  const work = tempDir('pg-names-');
  const outputs: { name: string; run: Run }[] = [];
  beforeAll(async () => {
    for (const f of NAMES) copyFileSync(join(DIR, f), join(work, f));
    const files = NAMES.map((f) => join(work, f));
    for (const format of ['json', 'sarif', 'pretty']) outputs.push({ name: format, run: await run(['scan', '--format', format, ...files], { timeout: 120_000 }) });
    // The git hook's scan of the index, and the Cursor hook's answer with the documents attached.
    const repo = makeRepo();
    for (const f of NAMES) copyFileSync(join(DIR, f), join(repo.root, f));
    repo.git('add', '.');
    outputs.push({ name: 'staged', run: await run(['scan', '--staged'], { cwd: repo.root, timeout: 120_000 }) });
    const cursor = JSON.stringify({ hook_event_name: 'beforeSubmitPrompt', prompt: 'Summarise', attachments: files.map((file_path) => ({ type: 'file', file_path })) });
    outputs.push({ name: 'cursor', run: await run(['scan', '--input-format', 'cursor'], { input: cursor, timeout: 120_000 }) });
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('every output (json, sarif, pretty, --staged, the Cursor answer) and its stderr is free of the canaries', () => {
    expect(outputs).toHaveLength(5);
    for (const o of outputs) {
      expect(o.run.stderr, o.name).not.toMatch(STACK_TRACE);
      expect(o.run.code, o.name).toBe(2);
      expect([o.name, leaks(o.run.stdout), leaks(o.run.stderr)]).toEqual([o.name, [], []]);
    }
  });

  it('the names are shown masked where they are needed to say where something is', () => {
    const json = outputs[0].run.json();
    const where = [...json.findings.map((f: any) => f.location), ...json.skipped.map((s: any) => s.reason)].join('\n');
    expect(where).toMatch(/sheet 1 “C\*\*\* 0\*+”/);
    expect(where).toMatch(/unsupported ZIP compression method 14 in “w\*\*\*\/h\*\*-0\*+/);
    expect(where).toMatch(/attachment “C\*\*\* 0\*+ P\*+/);
  });

  it('the names are scanned like content: a CCCD in a sheet name or an author, a password in an author', () => {
    const json = outputs[0].run.json();
    const found = json.findings.map((f: any) => `${f.source.split('/').pop()}: ${f.category} @ ${f.location}`);
    expect(found).toEqual(expect.arrayContaining([
      'f20-names.xlsx: national-id @ name of sheet 1',
      'f20-names.xlsx: credential @ author of a comment',
      'f20-names.docx: national-id @ author of a comment',
      'f20-names.docx: credential @ author of a tracked change',
      'f20-names.docx: national-id @ name of an embedded document',
      'f20-names.eml: national-id @ file name of an attachment',
    ]));
  });
});

describe('macros are not read, so a document with them is never "OK"', () => {
  it('a .docm with a VBA project: the body is scanned, the macros are listed, exit 2', async () => {
    const { docxBytes } = await import('./fixtures/docx-writer.mjs');
    const dir = tempDir();
    // word/vbaProject.bin with an OLE header is enough: it is never opened.
    const vba = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    writeFileSync(join(dir, 'report.docm'), docxBytes(['Báo cáo tuần, không có gì đặc biệt.'], { 'word/vbaProject.bin': vba }));
    const r = cli(['scan', '--format', 'json', join(dir, 'report.docm')]);
    expect(r.code).toBe(2);
    const doc = r.json();
    expect(doc.findings).toEqual([]);
    expect(doc.skipped).toHaveLength(1);
    expect(doc.skipped[0].reason).toMatch(/macros \(a VBA project\)/);
    expect(doc.complete).toBe(false);
    // In Vietnamese too.
    expect(cli(['scan', '--lang', 'vi', join(dir, 'report.docm')]).stderr).toContain('tài liệu có macro (dự án VBA)');
  });
});


describe('e-mail header names the sender chose are content', () => {
  it('a custom header name is masked in the location, a standard one is shown', () => {
    const dir = tempDir();
    const eml = 'From: a@example.com\r\nTo: b@example.com\r\nSubject: weekly\r\nX-Project-Bluebirdcanary: Độ mật: TỐI MẬT\r\nSensitivity: Độ mật: TỐI MẬT\r\n\r\nHello.\r\n';
    writeFileSync(join(dir, 'm.eml'), eml);
    for (const format of ['json', 'pretty', 'sarif']) {
      const r = cli(['scan', '--format', format, join(dir, 'm.eml')]);
      expect(r.code, format).toBe(1);
      expect(r.stdout + r.stderr, format).not.toMatch(/Bluebirdcanary/i);
    }
    const locations = cli(['scan', '--format', 'json', join(dir, 'm.eml')]).json().findings.map((f: { location?: string }) => f.location);
    expect(locations).toContain('e-mail header Sensitivity');
    expect(locations.filter((l: string) => l.startsWith('e-mail header') && l !== 'e-mail header Sensitivity').length).toBeGreaterThan(0);
  });
});
