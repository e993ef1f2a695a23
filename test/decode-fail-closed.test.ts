import { closeSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, decodeLabelled } from '../src/decode/decode.js';
import { extractEml } from '../src/input/extract/eml.js';
import { extractHtml } from '../src/input/extract/html.js';
import { DEFAULT_CONTEXT } from '../src/input/extract/types.js';
import { decodeText, encodeText } from '../src/redact/encoding.js';
import { tempDir } from './helpers/cli.js';
import { run, STACK_TRACE, type Run } from './reliability/run.js';

// Issue 15, decoding: every path fails closed (reliability review F1, F2, F4, F16, F18). Anything not read as
// written is a `skipped` entry and exit 2, never a clean pass.
const CCCD = '079203481526';
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
function scanJson(r: Run) {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  return r.json();
}
function notScanned(r: Run, reason: RegExp) {
  const json = scanJson(r);
  expect(json.skipped.map((s: any) => s.reason)).toEqual(expect.arrayContaining([expect.stringMatching(reason)]));
  expect(r.code).toBe(2);
  return json;
}
const b = (s: string) => Buffer.from(s, 'latin1');

describe('F1: UTF-32 is recognised by its BOM, never read as UTF-16', () => {
  const text = `Số CCCD: ${CCCD}\nmật khẩu: Tr0ub4dorZebra91\n`;
  const le = Buffer.alloc(text.length * 4 + 4);
  const be = Buffer.alloc(text.length * 4 + 4);
  le.writeUInt32LE(0xfeff, 0);
  be.writeUInt32BE(0xfeff, 0);
  [...text].forEach((ch, i) => {
    le.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4);
    be.writeUInt32BE(ch.codePointAt(0)!, 4 + i * 4);
  });

  it.each([['LE', le], ['BE', be]])('UTF-32 %s: decoded, the findings where the same text in UTF-8 has them', async (_n, bytes) => {
    const places = (json: any) => json.findings.map((f: any) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]);
    const utf8 = scanJson(await run(['scan', '--format', 'json', file('u8.txt', Buffer.from(text))]));
    const r = await run(['scan', '--format', 'json', file(`u32${_n}.txt`, bytes.subarray(0, 4 + [...text].length * 4))]);
    const json = scanJson(r);
    expect(json.skipped).toEqual([]);
    expect(places(json).map((p: any[]) => p[0])).toEqual(['vn.id.cccd', 'vn.credential.password']);
    expect(places(json)).toEqual(places(utf8));
    expect(r.code).toBe(1);
  });

  it('a character beyond U+10FFFF is reported; redact writes UTF-32 back byte for byte outside the cuts', () => {
    const bad = Buffer.concat([le.subarray(0, 8), Buffer.from([0, 0, 0x11, 0])]);
    const d = decode(bad);
    expect(d.ok && d.problem).toMatch(/^invalid UTF-32 LE at byte 8 /);
    const exact = le.subarray(0, 4 + [...text].length * 4);
    const { text: t, form } = decodeText(exact, 'u32.txt');
    expect(form).toEqual({ encoding: 'utf-32le', bom: true });
    expect(encodeText(t, form).equals(exact)).toBe(true);
  });
});

describe('F2: a NUL anywhere makes a text binary', () => {
  const late = Buffer.concat([b('x'.repeat(9000) + '\nCard: 4929 7315'), Buffer.from([0]), b(' 6284 7384\nCCCD 079203'), Buffer.from([0]), b('481526\n')]);
  it('in a file, after the first 8 KB: not scanned, exit 2, the byte named', async () => {
    notScanned(await run(['scan', '--format', 'json', file('late-nul.txt', late)]), /^binary content \(a NUL at byte 9016, not text\); not scanned$/);
  });
  it('on standard input', async () => {
    notScanned(await run(['scan', '--format', 'json', '-'], { input: late }), /^binary content \(a NUL at byte 9016/);
  });
  it('in UTF-16 text (a U+0000 character)', () => {
    const d = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CCCD 079203\u0000481526\n', 'utf16le')]));
    expect(d).toEqual({ ok: false, reason: 'binary content (a NUL at character 12, not text); not scanned' });
  });
});

describe('F4: the streaming path (over 32 MB) decodes strictly', () => {
  // 34 MB of filler after (or before) the bad spot, so the file and the pipe take the streaming path.
  const filler = Buffer.from('lorem ipsum dolor\n'.repeat(100));
  function big(name: string, head: Buffer, tail: Buffer): string {
    const path = join(dir, name);
    const fd = openSync(path, 'w');
    writeSync(fd, head);
    for (let n = 0; n < (34 * 1024 * 1024) / filler.length; n++) writeSync(fd, filler);
    writeSync(fd, tail);
    closeSync(fd);
    return path;
  }
  it('an invalid byte in a chunk that also holds a real U+FFFD: reported at its byte, from a file and from a pipe', async () => {
    const head = Buffer.concat([Buffer.from('ký tự \ufffd có sẵn\n'), b('S\xe1\xbb\x91 CCCD: 0792\xff03481526\n')]);
    const at = Buffer.byteLength('ký tự \ufffd có sẵn\nS\u1ed1 CCCD: 0792');
    const path = big('L1.txt', head, Buffer.alloc(0));
    notScanned(await run(['scan', '--format', 'json', path]), new RegExp(`^invalid UTF-8 at byte ${at};`));
    notScanned(await run([], { shell: `node "$PG" scan --format json - < "${path}"` }), new RegExp(`^invalid UTF-8 at byte ${at};`));
  }, 120_000);
  it('a sequence cut by the end of the file is reported', async () => {
    const path = big('L2.txt', Buffer.alloc(0), Buffer.from('TỐI MẬT').subarray(0, -2));
    expect((await run(['scan', path])).code).toBe(2); // the pretty format too
    notScanned(await run(['scan', '--format', 'json', path]), /^invalid UTF-8: a sequence cut by the end of the text at byte \d+;/);
  }, 120_000);
});

describe('F16: e-mail parts are decoded strictly, and what cannot be read is listed', () => {
  const eml = (headers: string, body: Buffer) => Buffer.concat([b(`Subject: t\n${headers}\n\n`), body]);
  it.each([
    ['invalid UTF-8 in the body', eml('Content-Type: text/plain; charset=utf-8', b(`S\xe1\xbb\x91 CCCD: 0792\xff03481526\n`)), /^e-mail body: invalid UTF-8 at byte 15; .*\(the rest was scanned\)$/],
    ['a UTF-7 body', eml('Content-Type: text/plain; charset=utf-7', b('+AFQ-OP SECRET\n')), /^e-mail body: declared in a character set that cannot be decoded .*read byte by byte, so only its ASCII words are readable \(the rest was scanned\)$/],
    ['an unknown charset holding UTF-16', eml('Content-Type: text/plain; charset=x-unknown', Buffer.from('TOP SECRET\n', 'utf16le')), /^e-mail body: binary content \(a NUL at character 2, not text\); not scanned$/],
    ['a NUL inside a CCCD', eml('Content-Type: text/plain; charset=utf-8', b('CCCD 079203\x00481526\n')), /^e-mail body: binary content \(a NUL at byte 11, not text\); not scanned$/],
    ['an unknown Content-Transfer-Encoding', eml('Content-Type: text/plain\nContent-Transfer-Encoding: x-gzip64', b('H4sIAAAAAAAAA\n')), /^e-mail body: unknown Content-Transfer-Encoding; not scanned$/],
    ['raw 8-bit header bytes that are not UTF-8', eml('X-Classification: T\xe1\xbb\x90I M\xff\xe1\xba\xacT', b('hello\n')), /^e-mail header X-Classification: invalid UTF-8 in the header; .*\(the rest was scanned\)$/],
    ['an encoded word in an unknown charset', eml('From: =?x-unknown?B?VE9QIFNFQ1JFVA==?= <a@example.com>', b('hello\n')), /^e-mail header From: declared in a character set that cannot be decoded/],
  ])('%s: exit 2 with the problem', async (_n, bytes, reason) => {
    notScanned(await run(['scan', '--format', 'json', file(`${_n.replace(/\W+/g, '-')}.eml`, bytes)]), reason);
  });

  // "TOP SECRET\nCard: 4929 7315 6284 7384\n" uuencoded (what `uuencode note.txt` writes).
  const uu = 'begin 644 note.txt\nE5$]0(%-%0U)%5`I#87)D.B`T.3(Y(#<S,34@-C(X-"`W,S@T"@``\n`\nend\n';
  it.each([
    ['inside a plain body', eml('Content-Type: text/plain', b(`see the file\n${uu}`))],
    ['as Content-Transfer-Encoding: x-uuencode', eml('Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode', b(uu))],
  ])('a uuencoded file %s is decoded and scanned', async (_n, bytes) => {
    const r = await run(['scan', '--format', 'json', file(`uu-${_n.replace(/\W+/g, '-')}.eml`, bytes)]);
    const json = scanJson(r);
    expect(json.skipped).toEqual([]);
    expect(json.findings.map((f: any) => f.ruleId).sort()).toEqual(['intl.classified.banner', 'intl.financial.payment-card']);
  });

  it('a uuencoded file cut short is listed, not dropped', async () => {
    const x = await extractEml(eml('Content-Type: text/plain', b('begin 644 a.txt\nM5$]0(%-%0U)%5\n')), DEFAULT_CONTEXT);
    expect(x.problems).toEqual([{ location: 'uuencoded file in the e-mail body', reason: 'uuencoded data that cannot be decoded; not scanned' }]);
  });

  it('a valid body keeps its file positions (line of the header block + body)', async () => {
    const x = await extractEml(eml('Content-Type: text/plain; charset=utf-8', Buffer.from(`a\nSố CCCD: ${CCCD}\n`)), DEFAULT_CONTEXT);
    expect(x.problems).toEqual([]);
    expect(x.segments.find((s) => s.location === 'e-mail body')?.origin).toEqual({ line: 4, column: 1 });
  });
});

describe('F18: HTML keeps its decode problems', () => {
  it('invalid UTF-8: scanned with the problem listed, exit 2', async () => {
    notScanned(await run(['scan', '--format', 'json', file('i.html', b('<p>S\xe1\xbb\x91 CCCD: 0792\xff03481526</p>'))]), /^HTML: invalid UTF-8 at byte 18; .*\(the rest was scanned\)$/);
  });
  it('a <meta charset> no decoder knows is reported, never read as UTF-8; its ASCII words are still matched', async () => {
    const json = notScanned(await run(['scan', '--format', 'json', file('utf7.html', b('<meta charset="utf-7"><p>+AFQ-OP SECRET</p><p>S\xe1\xbb\x91 CCCD: 079203481526</p>'))]), /^HTML: declared in a character set that cannot be decoded/);
    expect(json.findings.map((f: any) => f.ruleId)).toContain('vn.id.cccd');
  });
  it('a <meta charset> is decoded strictly: invalid bytes reported, the rest read', () => {
    const x = extractHtml(b('<meta charset="shift_jis"><p>TOP SECRET \x82</p>'));
    expect(x.text).toContain('TOP SECRET');
    expect(x.problems).toEqual([{ location: 'HTML', reason: expect.stringMatching(/^invalid bytes for its declared character set \(shift_jis\)/) }]);
  });
  it('a BOM wins over <meta charset>', () => {
    expect(extractHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>TỐI MẬT</p>')])).text).toContain('TỐI MẬT');
  });
});

describe('decodeLabelled', () => {
  it('reads a declared single-byte charset; an unknown label byte by byte, reported without repeating it', () => {
    expect(decodeLabelled(b('Tajn\xe9'), 'iso-8859-2')).toEqual({ ok: true, text: 'Tajné' });
    const r = decodeLabelled(b('TOP SECRET \xe9'), 'x-079203481526');
    expect(r).toEqual({ ok: true, text: 'TOP SECRET \xe9', problem: expect.stringMatching(/^declared in a character set that cannot be decoded/) });
    expect(JSON.stringify(r)).not.toContain('079203481526');
  });
});
