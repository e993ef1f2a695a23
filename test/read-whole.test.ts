import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWhole } from '../src/input/stream.js';
import { tempDir } from './helpers/cli.js';

// A plain file read whole is read into a buffer that gives its pages back when released (#21), and is read to its
// end like readFileSync, whatever size fstat saw.
describe('reading a file whole', () => {
  const text = Buffer.from('Báo cáo — dòng bình thường\n'.repeat(3000));
  const file = (bytes: Buffer) => {
    const path = join(tempDir(), 'f.txt');
    writeFileSync(path, bytes);
    return openSync(path, 'r');
  };

  it('gives the file’s bytes, and nothing once released', () => {
    const fd = file(text);
    try {
      const r = readWhole(fd, text.length);
      expect(Buffer.from(r.bytes).equals(text)).toBe(true);
      r.release();
      expect(r.bytes.length).toBe(0);
      r.release(); // twice is harmless
    } finally {
      closeSync(fd);
    }
  });

  it('reads on to the end of a file that grew after its size was taken', () => {
    // As if fstat had run when the file was 100 bytes long: every byte is still read (more than one megabyte read).
    const big = Buffer.concat([text, Buffer.alloc(1_200_000, 'a'), Buffer.from('\nTỐI MẬT\n')]);
    const fd = file(big);
    try {
      const r = readWhole(fd, 100);
      expect(Buffer.from(r.bytes).equals(big)).toBe(true);
    } finally {
      closeSync(fd);
    }
  });

  it('reads an empty file and a file that shrank', () => {
    const fd = file(Buffer.alloc(0));
    try {
      expect(readWhole(fd, 0).bytes.length).toBe(0);
      expect(readWhole(fd, 50).bytes.length).toBe(0); // (a file emptied after fstat)
    } finally {
      closeSync(fd);
    }
  });
});
