import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readStdin } from '../src/input/stream.js';

// Standard input is kept whole only while small; larger text is handed over as a stream of chunks (bounded memory),
// and a large document is read whole up to the size limit. A small threshold here stands for the real 32 MB.
const pieces = (bytes: Buffer, size: number) => Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));
async function collect(chunks: AsyncIterable<Uint8Array>) {
  const out: Buffer[] = [];
  for await (const c of chunks) out.push(Buffer.from(c));
  return Buffer.concat(out);
}

describe('reading standard input', () => {
  const text = Buffer.from('Báo cáo — dòng bình thường\n'.repeat(500));
  it('up to the threshold: the bytes, whole', async () => {
    const r = await readStdin(pieces(text, 1000), '<stdin>', 1 << 20, text.length);
    expect(Buffer.from(r.bytes!).equals(text)).toBe(true);
  });
  it('empty input: empty bytes', async () => {
    const r = await readStdin(Readable.from([]), '<stdin>', 1 << 20, 100);
    expect(r.bytes!.length).toBe(0);
  });
  it('above the threshold: a stream of chunks that adds up to exactly the input', async () => {
    const r = await readStdin(pieces(text, 999), '<stdin>', 1 << 20, 4000);
    expect(r.bytes).toBeUndefined();
    expect((await collect(r.chunks!)).equals(text)).toBe(true);
  });
  it('a head of several megabytes (kept compressed, block by block, until the scanner asks for it): exactly the input', async () => {
    const lines = Array.from({ length: 60000 }, (_, i) => `${i};Hồ sơ ${(i * 7919) % 100003};${'x'.repeat(i % 50)}\n`);
    const many = Buffer.from(lines.join(''));
    expect(many.length).toBeGreaterThan(2.5 * 1048576);
    const r = await readStdin(pieces(many, 65536), '<stdin>', 1 << 30, 2.5 * 1048576);
    expect(r.bytes).toBeUndefined();
    const got = await collect(r.chunks!);
    expect(got.length).toBe(many.length);
    expect(got.equals(many)).toBe(true);
  });
  it('string chunks are taken as UTF-8', async () => {
    const r = await readStdin(Readable.from(['Báo ', 'cáo']), '<stdin>', 1 << 20, 100);
    expect(Buffer.from(r.bytes!).toString('utf8')).toBe('Báo cáo');
  });
  const zip = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(20000, 1)]);
  it('a large document (zip signature, .docx name) is read whole, for its extractor', async () => {
    const r = await readStdin(pieces(zip, 1000), 'memo.docx', 1 << 20, 4000);
    expect(Buffer.from(r.bytes!).equals(zip)).toBe(true);
  });
  it('a document above the size limit is reported too large, with its full size (the writer is drained)', async () => {
    const r = await readStdin(pieces(zip, 1000), 'memo.docx', 10000, 4000);
    expect(r).toEqual({ tooLarge: zip.length });
  });
});

// The CLI reads its standard input from descriptor 0 itself, into one buffer it reuses (input/stream.ts): the same
// bytes, whatever the descriptor is — a pipe (blocking, or made non-blocking by someone), a file — and a read
// error rejects (the scan fails closed).
const streamModule = resolve(__dirname, '../dist/input/stream.js');
/** A child that reads its descriptor 0 with readStdin (threshold 4000) and prints what came back, as JSON. */
const reader = (before = '') => `
  const { readStdin } = await import(${JSON.stringify(streamModule)});
  const { createHash } = await import('node:crypto');
  ${before}
  const r = await readStdin({ fd: 0, stream: () => process.stdin }, '<stdin>', 1 << 20, 4000);
  const h = createHash('sha256');
  let size = 0;
  if (r.bytes) { h.update(r.bytes); size = r.bytes.length; }
  else for await (const c of r.chunks) { h.update(c); size += c.length; }
  console.log(JSON.stringify({ whole: !!r.bytes, size, sha: h.digest('hex'), viaStream: globalThis.nonBlocking && process.stdin.bytesRead > 0 }));`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const runReader = (input: Buffer | undefined, script: string, stdio: 'pipe' | number = 'pipe') =>
  spawnSync(process.execPath, ['--input-type=module', '-e', script], { input, stdio: [stdio, 'pipe', 'pipe'], encoding: 'utf8' });

describe('standard input read from its descriptor', () => {
  const big = Buffer.from('Hồ sơ — dòng thứ n, số 0123 456 789\n'.repeat(3000)); // ~120 KB: several reads of a pipe
  it('a pipe, small: the bytes, whole', () => {
    const small = big.subarray(0, 3000);
    const r = runReader(small, reader());
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ whole: true, size: small.length, sha: sha(small) });
  });
  it('a pipe, above the threshold: chunks that add up to exactly the input', () => {
    const r = runReader(big, reader());
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ whole: false, size: big.length, sha: sha(big) });
  });
  it('a file as standard input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-stdin-'));
    try {
      writeFileSync(join(dir, 'in.txt'), big);
      const fd = openSync(join(dir, 'in.txt'), 'r');
      try {
        const r = runReader(undefined, reader(), fd);
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ whole: false, size: big.length, sha: sha(big) });
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a pipe made non-blocking (EAGAIN) before the writer has written: read on through the stream, same bytes', async () => {
    // Building process.stdin makes a pipe non-blocking; the writer waits for the child to say so, so the first read
    // finds the pipe empty.
    const child = spawn(process.execPath, ['--input-type=module', '-e', reader('process.stdin; globalThis.nonBlocking = true; process.stderr.write("ready\\n");')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      if (!err.includes('ready') && String(d).includes('ready')) setTimeout(() => child.stdin.end(big), 50);
      err += d;
    });
    const code = await new Promise((done) => child.on('close', done));
    expect(code, err).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ whole: false, size: big.length, sha: sha(big), viaStream: true });
  });
  it("bytes already read from it (the server client's) come first", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-stdin-'));
    try {
      writeFileSync(join(dir, 'in.txt'), big.subarray(2000));
      const fd = openSync(join(dir, 'in.txt'), 'r');
      try {
        const r = await readStdin({ fd, head: big.subarray(0, 2000), stream: () => Readable.from([]) }, '<stdin>', 1 << 20, 4000);
        expect((await collect(r.chunks!)).equals(big)).toBe(true);
      } finally {
        closeSync(fd);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a descriptor that cannot be read (a folder): rejects, so the scan fails closed', async () => {
    const fd = openSync(tmpdir(), 'r');
    try {
      await expect(readStdin({ fd, stream: () => Readable.from([]) }, '<stdin>', 1 << 20, 4000)).rejects.toThrow(/EISDIR/);
    } finally {
      closeSync(fd);
    }
  });
});
