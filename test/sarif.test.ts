import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toUri } from '../src/report/sarif.js';
import { cli, tempDir } from './helpers/cli.js';
import { testRules } from './helpers/git-repo.js';

const schema = JSON.parse(readFileSync(resolve(__dirname, 'schemas/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const CCCD = '001099012345';
const TOKEN = 'pgk_ABCDEFGHIJKLMNOP';

function sarifOf(dir: string, rules: string[], extra: string[] = [], env: Record<string, string> = {}) {
  const r = cli(['scan', '--format', 'sarif', ...extra, ...rules, '.'], { cwd: dir, env });
  return { ...r, doc: JSON.parse(r.stdout) };
}

function project() {
  const dir = tempDir();
  const rules = testRules(tempDir());
  writeFileSync(join(dir, 'kế hoạch.md'), `# Kế hoạch\n\nTỐI MẬT\n\nCCCD ${CCCD}\nkey ${TOKEN}\n`);
  writeFileSync(join(dir, 'ok.txt'), 'nothing\n');
  return { dir, rules };
}

describe('--format sarif', () => {
  it('validates against the official SARIF 2.1.0 schema and has what GitHub code scanning requires', () => {
    const { dir, rules } = project();
    const { code, doc } = sarifOf(dir, rules);
    expect(code).toBe(1);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0];
    expect(run.tool.driver.name).toBe('promptgate');
    const ids = run.tool.driver.rules.map((r: any) => r.id);
    expect(ids).toEqual(['test.cccd', 'test.stamp', 'test.token']);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text).toContain(rule.fullDescription.text); // the rationale
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
      expect(rule.name).toMatch(/^[A-Za-z0-9]+$/);
    }
    expect(run.results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['test.stamp', 'error', 3],
      ['test.cccd', 'error', 5],
      ['test.token', 'error', 6],
    ]);
    for (const r of run.results) {
      expect(ids[r.ruleIndex]).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('k%E1%BA%BF%20ho%E1%BA%A1ch.md');
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  // #22 item 8: a .docx has no lines a code-scanning view could show; the part of the document is what locates it.
  it('gives a document finding its location in the message and as a logical location, with no line region', () => {
    const dir = tempDir();
    copyFileSync(resolve(__dirname, '../fixtures/documents/header-stamp.docx'), join(dir, 'report.docx'));
    writeFileSync(join(dir, 'list.csv'), `ho ten;cccd\nNguyen Van A;${CCCD}\n`);
    const { doc } = sarifOf(dir, []);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const docx = doc.runs[0].results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'report.docx');
    expect(docx.length).toBeGreaterThan(0);
    for (const r of docx) {
      const loc = r.locations[0];
      expect(loc.physicalLocation.region).toBeUndefined();
      expect(loc.logicalLocations[0].name.length).toBeGreaterThan(0);
      expect(r.message.text).toContain(` in ${loc.logicalLocations[0].name};`);
    }
    expect(docx.map((r: any) => r.locations[0].logicalLocations[0].name)).toContain('header of section 1');
    // A CSV cell is a line of the file itself: it keeps its region.
    const csv = doc.runs[0].results.filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'list.csv');
    expect(csv.map((r: any) => r.locations[0].physicalLocation.region?.startLine)).toEqual([2]);
  });

  it('carries no sensitive value: no snippet, no excerpt, no bare hash of the value', () => {
    const { dir, rules } = project();
    const { stdout, doc } = sarifOf(dir, rules);
    for (const v of [CCCD, TOKEN, TOKEN.slice(4), 'TỐI MẬT', 'T** M**', '0***********']) expect(stdout).not.toContain(v);
    expect(stdout).not.toMatch(/"snippet"/);
    const { createHash } = require('node:crypto');
    for (const v of [CCCD, TOKEN]) {
      const bare = createHash('sha256').update(v).digest('hex');
      expect(stdout).not.toContain(bare.slice(0, 16));
    }
    expect(doc.runs[0].results).toHaveLength(3);
  });

  it('keeps fingerprints when lines are inserted above a finding, and changes them with the value', () => {
    const { dir, rules } = project();
    const fps = () => sarifOf(dir, rules).doc.runs[0].results.map((r: any) => `${r.ruleId}=${r.partialFingerprints.primaryLocationLineHash}`).sort();
    const before = fps();
    writeFileSync(join(dir, 'kế hoạch.md'), `Mở đầu\nthêm một dòng\n# Kế hoạch\n\nTỐI MẬT\n\nCCCD ${CCCD}\nkey ${TOKEN}\n`);
    expect(fps()).toEqual(before);
    writeFileSync(join(dir, 'kế hoạch.md'), `# Kế hoạch\n\nTỐI MẬT\n\nCCCD 079203004567\nkey ${TOKEN}\n`);
    const changed = fps();
    expect(changed.filter((f: string) => f.startsWith('test.cccd'))).not.toEqual(before.filter((f: string) => f.startsWith('test.cccd')));
    expect(changed.filter((f: string) => !f.startsWith('test.cccd'))).toEqual(before.filter((f: string) => !f.startsWith('test.cccd')));
  });

  it('numbers repeated values per file and depends on PROMPTGATE_FINGERPRINT_KEY', () => {
    const { dir, rules } = project();
    writeFileSync(join(dir, 'twice.txt'), `CCCD ${CCCD}\nCCCD ${CCCD}\n`);
    const twice = (env: Record<string, string> = {}) => sarifOf(dir, rules, [], env).doc.runs[0].results
      .filter((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === 'twice.txt')
      .map((r: any) => r.partialFingerprints.primaryLocationLineHash);
    const plain = twice();
    expect(plain.map((f: string) => f.split(':')[1])).toEqual(['1', '2']);
    expect(plain[0].split(':')[0]).toBe(plain[1].split(':')[0]);
    expect(twice({ PROMPTGATE_FINGERPRINT_KEY: 'ci-secret' })[0]).not.toBe(plain[0]);
  });

  it('takes the key from the config\'s keyFile like baselines do, and warns when the public default is used (F22)', () => {
    const { dir, rules } = project();
    writeFileSync(join(dir, 'id.txt'), `CCCD ${CCCD}\n`);
    const fp = (r: { doc: any }) => r.doc.runs[0].results.find((x: any) => x.locations[0].physicalLocation.artifactLocation.uri === 'id.txt').partialFingerprints.primaryLocationLineHash;
    const noEnv = { PROMPTGATE_FINGERPRINT_KEY: undefined as unknown as string };
    const plain = sarifOf(dir, rules, [], noEnv);
    expect(plain.stderr).toMatch(/warning: no fingerprint key is set .* anyone who can read the baseline or SARIF file can test guesses/);
    const keyDir = tempDir();
    writeFileSync(join(keyDir, 'key'), 'sarif-secret-0123456789abcdef\n');
    writeFileSync(join(dir, '.promptgate.yaml'), `keyFile: ${join(keyDir, 'key')}\n`);
    const keyed = sarifOf(dir, rules, [], noEnv);
    expect(keyed.stderr).not.toMatch(/warning/);
    expect(fp(keyed)).not.toBe(fp(plain));
    expect(fp(sarifOf(dir, rules, ['--no-config'], { PROMPTGATE_FINGERPRINT_KEY: 'sarif-secret-0123456789abcdef' }))).toBe(fp(keyed));
    expect(keyed.stdout).not.toContain('sarif-secret');
  });

  it('marks suppressed results and an incomplete scan in SARIF terms, still valid', () => {
    const { dir, rules } = project();
    writeFileSync(join(dir, 'waived.txt'), `# promptgate-ignore-next-line test.cccd -- sample\nCCCD ${CCCD}\n`);
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00]));
    const r = cli(['scan', '--format', 'sarif', ...rules, '.', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const waived = doc.runs[0].results.find((x: any) => x.locations[0].physicalLocation.artifactLocation.uri === 'waived.txt');
    expect(waived.suppressions).toEqual([{ kind: 'inSource' }]);
    expect(r.stdout).not.toContain('sample'); // the inline reason is free text from the file: not in SARIF
    expect(doc.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(doc.runs[0].invocations[0].toolExecutionNotifications.length).toBeGreaterThan(0);
  });
});

describe('SARIF URIs', () => {
  it.each([
    ['docs/a b.md', 'docs/a%20b.md'],
    ['./x.txt', 'x.txt'],
    ['thư mục/kế hoạch#1.txt', 'th%C6%B0%20m%E1%BB%A5c/k%E1%BA%BF%20ho%E1%BA%A1ch%231.txt'],
    ['/abs/p q.txt', 'file:///abs/p%20q.txt'],
    ['<stdin>', '%3Cstdin%3E'],
  ])('%s → %s', (source, uri) => expect(toUri(source)).toBe(uri));
});
