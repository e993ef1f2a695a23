import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../src/rules/ruleset.js';
import { tempDir } from './helpers/cli.js';
import { run, STACK_TRACE, type Run } from './reliability/run.js';

// Canaries: the `match` examples of every built-in rule are planted, one file each. Whatever the scan finds in them
// is a sensitive value; it must never appear in full in anything the tool prints or writes (the redaction map
// being the documented exception). Markings and sensitive-personal words are vocabulary, not values: a rule's own
// message may name them ("TỐI MẬT"), so for those the check is that the excerpt is masked.
const WORD_CATEGORIES = new Set(['classified-marking', 'official-document', 'sensitive-personal']);
// Unique values planted by hand, on top of the examples, so every value category has a canary only this test uses.
const PLANTED = [
  'CCCD 079203004517 của ông Nguyễn Văn An',
  'Karta 4916 3382 7514 2290, platnost 09/27',
  'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARYKEY9"',
  'token ghp_R4nd0mCanaryT0kenV4lue1234567890abcd',
  'IBAN CZ65 0800 0000 1920 0014 5399',
  'gọi tôi: 0912 345 678, mail canary.nguyen@bo-noivu.gov.vn',
];

const dir = tempDir();
const outDir = tempDir();
let canaries: { value: string; word: boolean; ruleId: string }[] = [];
const outputs: { name: string; run: Run }[] = [];

function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = at;
    const hit = m.exec(text)!;
    at = hit.index + hit[0].length;
  }
  return at + column - 1;
}

beforeAll(async () => {
  mkdirSync(join(dir, 'in'));
  let n = 0;
  for (const rule of loadRuleSet({})) for (const ex of rule.examples.match) writeFileSync(join(dir, 'in', `${String(n++).padStart(4, '0')}-${rule.id}.txt`), ex);
  PLANTED.forEach((t, i) => writeFileSync(join(dir, 'in', `planted-${i}.txt`), t));
  // A broken document holding a canary: its error message must not quote it.
  writeFileSync(join(dir, 'in', 'broken.docx'), Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x00\x00'), Buffer.from(PLANTED[2]), Buffer.alloc(64, 0xff)]));

  const scanArgs = ['scan', join(dir, 'in'), '--fail-on', 'info'];
  const json = await run([...scanArgs, '--format', 'json'], { timeout: 280_000 });
  expect(json.stderr).not.toMatch(STACK_TRACE);
  const seen = new Set<string>();
  for (const f of json.json().findings) {
    const text = readFileSync(f.source, 'utf8');
    const value = text.slice(offsetOf(text, f.line, f.column), offsetOf(text, f.endLine, f.endColumn));
    const word = WORD_CATEGORIES.has(f.category);
    if (!seen.has(value)) canaries.push({ value, word, ruleId: f.ruleId });
    seen.add(value);
  }
  outputs.push({ name: 'json', run: json });
  outputs.push({ name: 'sarif', run: await run([...scanArgs, '--format', 'sarif'], { timeout: 280_000 }) });
  outputs.push({ name: 'pretty', run: await run([...scanArgs, '--format', 'pretty'], { timeout: 280_000 }) });
  outputs.push({ name: 'pretty (vi)', run: await run([...scanArgs, '--format', 'pretty', '--lang', 'vi'], { timeout: 280_000 }) });
  outputs.push({ name: 'baseline create', run: await run(['baseline', 'create', join(dir, 'in'), '-o', join(outDir, 'baseline.json'), '--allow-skipped'], { timeout: 280_000 }) });
  outputs.push({ name: 'redact', run: await run(['redact', join(dir, 'in', 'planted-0.txt'), '--map', join(outDir, 'map.json')], { timeout: 120_000 }) });
}, 900_000);

describe('no sensitive value leaks', () => {
  it('the canaries cover every value category the built-in packs detect', () => {
    const rules = loadRuleSet({});
    const categories = new Set(rules.map((r) => r.category));
    const found = new Set(canaries.map((c) => rules.find((r) => r.id === c.ruleId)!.category));
    expect([...categories].filter((c) => !found.has(c))).toEqual([]);
    expect(canaries.filter((c) => !c.word).length).toBeGreaterThan(50);
  });

  it('no value appears in full in stdout or stderr of json, sarif, pretty, baseline or redact', () => {
    const leaks: string[] = [];
    for (const { name, run: r } of outputs) {
      expect(r.stderr, name).not.toMatch(STACK_TRACE);
      for (const c of canaries) {
        if (c.word || c.value.length < 6) continue;
        if (r.stdout.includes(c.value)) leaks.push(`${name} stdout: ${c.ruleId}`);
        if (r.stderr.includes(c.value)) leaks.push(`${name} stderr: ${c.ruleId}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('every excerpt is masked, marking words included', () => {
    const json = outputs[0].run.json();
    const unmasked = json.findings.filter((f: any) => !/\*/.test(f.excerpt)).map((f: any) => `${f.ruleId}: ${f.excerpt}`);
    expect(unmasked).toEqual([]);
    expect(json.findings.length).toBeGreaterThan(100);
  });

  it('the broken document is reported without quoting its content', () => {
    const json = outputs[0].run.json();
    expect(json.skipped.some((s: any) => s.source.endsWith('broken.docx'))).toBe(true);
    expect(JSON.stringify(json.skipped)).not.toContain('CANARY');
    expect(outputs[0].run.stderr).not.toContain('CANARY');
  });

  it('files the tool writes hold no value, except the redaction map (its documented purpose)', () => {
    const written = readdirSync(outDir);
    expect(written.sort()).toEqual(['baseline.json', 'map.json']);
    const baseline = readFileSync(join(outDir, 'baseline.json'), 'utf8');
    expect(baseline.length).toBeGreaterThan(100);
    expect(canaries.filter((c) => !c.word && c.value.length >= 6 && baseline.includes(c.value)).map((c) => c.ruleId)).toEqual([]);
    // The map is where originals are meant to be: private to the user.
    expect(readFileSync(join(outDir, 'map.json'), 'utf8')).toContain('079203004517');
    expect(statSync(join(outDir, 'map.json')).mode & 0o077).toBe(0);
    expect(outputs.find((o) => o.name === 'redact')!.run.stdout).not.toContain('079203004517');
  });
});
