import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUILTIN_DIR, builtinPacks } from '../src/rules/ruleset.js';

// Issue 20 item 6: the built-in packs are written with named lists and pieces ({{name}}, rules/README.md), so that no
// regex an officer reads is a wall of text. Lengths are measured as written in the YAML, not expanded.
interface PackFile {
  file: string;
  doc: { rules?: { id: string; patterns?: (string | { regex: string })[] }[]; vocabularies?: Record<string, unknown>; pieces?: Record<string, unknown> };
}

const packs = builtinPacks().map((pack) => ({
  pack,
  files: readdirSync(join(BUILTIN_DIR, pack)).filter((f) => f.endsWith('.yaml'))
    .map((f): PackFile => ({ file: `${pack}/${f}`, doc: parse(readFileSync(join(BUILTIN_DIR, pack, f), 'utf8')) })),
}));
const written = packs.flatMap((p) => p.files.flatMap((f) => (f.doc.rules ?? []).flatMap((r) =>
  (r.patterns ?? []).map((x) => ({ id: r.id, file: f.file, length: (typeof x === 'string' ? x : x.regex).length })))));

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

describe('built-in regexes as written', () => {
  it('are read from every pack', () => {
    expect(packs.map((p) => p.pack)).toEqual(['cz', 'intl', 'vn']);
    expect(written.length).toBeGreaterThan(150);
  });

  it('none is longer than 400 characters', () => {
    expect(written.filter((w) => w.length > 400).map((w) => `${w.file} ${w.id}: ${w.length}`)).toEqual([]);
  });

  it('have a median length of at most 80 characters', () => {
    expect(median(written.map((w) => w.length))).toBeLessThanOrEqual(80);
  });
});

describe('vocabularies', () => {
  it.each(packs.map((p) => [p.pack, p.files] as const))('%s defines each list and piece once', (_pack, files) => {
    const names = files.flatMap((f) => [...Object.keys(f.doc.vocabularies ?? {}), ...Object.keys(f.doc.pieces ?? {})]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
