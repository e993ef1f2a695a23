import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MapEntry } from '../src/redact/apply.js';
import { findPlaceholders } from '../src/redact/grammar.js';
import { MapFileError, parseMap, serializeMap } from '../src/redact/mapfile.js';
import { restoreText } from '../src/redact/restore.js';
import { cli as runCli, tempDir } from './helpers/cli.js';
import { REDACT_TEST_RULES } from './helpers/redact-rules.js';

/** The CLI with our test rules runs them in the regex watchdog's worker; a loaded CI machine must not time them out. */
const cli: typeof runCli = (args, opts = {}) => runCli(args, { ...opts, env: { PROMPTGATE_REGEX_BUDGET_MS: '60000', ...opts.env } });

const entry = (label: string, n: number, value: string): MapEntry => ({ placeholder: `[${label}_${n}]`, label, n, value, ruleId: 't', category: 'national-id' });
const MAP = [entry('CCCD', 1, '001203004567'), entry('PHONE', 2, '0912 345 678'), entry('NATIONAL_ID', 1, '123-45-6789')];

describe('restore: the placeholder grammar', () => {
  const cases: [string, string, string][] = [
    ['exactly as issued', 'Số [CCCD_1].', 'Số 001203004567.'],
    ['re-cased', 'số [cccd_1] và [Phone_2]', 'số 001203004567 và 0912 345 678'],
    ['wrapped in Markdown bold or code: the wrapping stays', '**[CCCD_1]** `[PHONE_2]`', '**001203004567** `0912 345 678`'],
    ['spaces inside the brackets', '[ CCCD_1 ]', '001203004567'],
    ['a space or dash instead of the underscore', '[CCCD 1], [cccd-1], [National ID 1]', '001203004567, 001203004567, 123-45-6789'],
    ['Markdown-escaped brackets and underscores', String.raw`\[CCCD\_1\] and [NATIONAL\_ID\_1]`, '001203004567 and 123-45-6789'],
    ['full-width brackets', '［CCCD_1］【PHONE_2】', '001203004567' + '0912 345 678'],
    ['bare, in capitals as issued (brackets dropped in a table)', '| CCCD_1 | PHONE_2 |', '| 001203004567 | 0912 345 678 |'],
    ['a leading zero in the number', '[CCCD_01]', '001203004567'],
    ['a placeholder the map does not hold is left alone', '[CCCD_7] [PHONE_1]', '[CCCD_7] [PHONE_1]'],
    ['a label the map does not hold is left alone', '[EMAIL_1] [CARD_1]', '[EMAIL_1] [CARD_1]'],
    ['bare lower case is a name in code, not a placeholder', 'cccd_1 = load()', 'cccd_1 = load()'],
    ['glued to letters or digits it is another word', 'XCCCD_1 CCCD_12x CCCD_1b', 'XCCCD_1 CCCD_12x CCCD_1b'],
    ['a longer number is another placeholder', '[CCCD_10] [CCCD_1]', '[CCCD_10] 001203004567'],
    ['ordinary bracketed text is untouched', '[1] [see above] [TODO]', '[1] [see above] [TODO]'],
  ];
  it.each(cases)('%s', (_name, answer, expected) => {
    expect(restoreText(answer, MAP).text).toBe(expected);
  });

  it('counts what it put back and names (without values) what it could not', () => {
    const r = restoreText('[CCCD_1] [cccd_1] [CCCD_9]', MAP);
    expect(r.restored).toBe(2);
    expect(r.unknown).toEqual(['[CCCD_9]']);
  });

  it('finds placeholders left to right without overlaps', () => {
    expect(findPlaceholders('[PHONE_2][cccd_1] CCCD_1', ['CCCD', 'PHONE']).map((p) => [p.label, p.n, p.start, p.end])).toEqual([
      ['PHONE', 2, 0, 9], ['CCCD', 1, 9, 17], ['CCCD', 1, 18, 24],
    ]);
  });
});

describe('the map file', () => {
  it('plain: a versioned JSON document that reads back the same', () => {
    const text = serializeMap(MAP);
    expect(JSON.parse(text)).toMatchObject({ format: 'promptgate-map', version: 1 });
    expect(parseMap(text, undefined)).toEqual(MAP);
  });

  it('encrypted: no value in the file, and the right passphrase reads it back', () => {
    const text = serializeMap(MAP, 'mật khẩu đúng');
    for (const e of MAP) expect(text).not.toContain(e.value);
    expect(JSON.parse(text).encryption).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt' });
    expect(parseMap(text, 'mật khẩu đúng')).toEqual(MAP);
    // NFC and NFD spellings of one Vietnamese passphrase are the same passphrase
    expect(parseMap(text, 'mật khẩu đúng'.normalize('NFD'))).toEqual(MAP);
  });

  it('encrypted: two writes of one map differ (random salt and IV)', () => {
    expect(serializeMap(MAP, 'p')).not.toBe(serializeMap(MAP, 'p'));
  });

  const encrypted = serializeMap(MAP, 'right');
  const tamper = (f: (d: any) => void) => {
    const d = JSON.parse(encrypted);
    f(d);
    return JSON.stringify(d);
  };
  const bad: [string, string, string | undefined, RegExp][] = [
    ['a wrong passphrase', encrypted, 'wrong', /wrong passphrase, or the file was altered/],
    ['no passphrase', encrypted, undefined, /PROMPTGATE_MAP_PASSPHRASE/],
    ['an altered ciphertext', tamper((d) => { d.data = Buffer.from('x'.repeat(40)).toString('base64'); }), 'right', /wrong passphrase, or the file was altered/],
    ['an altered header (weaker scrypt cost)', tamper((d) => { d.encryption.N = 1 << 14; }), 'right', /wrong passphrase, or the file was altered/],
    ['an absurd scrypt cost', tamper((d) => { d.encryption.N = 1 << 30; }), 'right', /does not know/],
    ['a newer format version', tamper((d) => { d.version = 2; }), 'right', /version 2/],
    ['not a map', '{"hello": 1}', undefined, /not a promptgate map/],
    ['not JSON', 'CCCD_1=001203004567', undefined, /not JSON/],
    ['damaged entries', JSON.stringify({ format: 'promptgate-map', version: 1, entries: [{ label: 'x' }] }), undefined, /damaged/],
  ];
  it.each(bad)('refuses %s with a clear error', (_name, text, pass, message) => {
    expect(() => parseMap(text, pass)).toThrow(MapFileError);
    expect(() => parseMap(text, pass)).toThrow(message);
  });
});

describe('promptgate restore (end to end)', () => {
  const dir = tempDir('pg-restore-');
  writeFileSync(join(dir, 'rules.yaml'), REDACT_TEST_RULES);
  const R = ['--no-builtin', '--rules', join(dir, 'rules.yaml')];
  const prompt = 'Ông A, CCCD 001203004567, SĐT 0912 345 678, e-mail a.nguyen@example.vn.\r\n';

  it('redact → answer → restore puts the values back into the answer', () => {
    const map = join(dir, 'plain.json');
    const red = cli(['redact', ...R, '--map', map], { input: prompt });
    expect(red.code).toBe(0);
    expect(red.stdout).toBe('Ông A, CCCD [CCCD_1], SĐT [PHONE_1], e-mail [EMAIL_1].\r\n');
    const back = cli(['restore', '--map', map, '-'], { input: red.stdout });
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(prompt);
    const answer = 'Kính gửi ông A (**[cccd_1]**): chúng tôi sẽ gọi [PHONE 1] và viết tới \\[EMAIL\\_1\\].';
    const restored = cli(['restore', '--map', map], { input: answer });
    expect(restored.stdout).toBe('Kính gửi ông A (**001203004567**): chúng tôi sẽ gọi 0912 345 678 và viết tới a.nguyen@example.vn.');
  });

  it('reads the answer from a file, and names unknown placeholders on stderr', () => {
    const map = join(dir, 'plain2.json');
    expect(cli(['redact', ...R, '--map', map], { input: prompt }).code).toBe(0);
    const f = join(dir, 'answer.md');
    writeFileSync(f, 'See [CCCD_1] and [CCCD_2].');
    const r = cli(['restore', '--map', map, f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('See 001203004567 and [CCCD_2].');
    expect(r.stderr).toContain('[CCCD_2]');
  });

  it('an encrypted map: restored with the passphrase; a wrong one exits 2 with a clear message and prints nothing', () => {
    const map = join(dir, 'enc.json');
    const env = { PROMPTGATE_MAP_PASSPHRASE: 'correct horse' };
    expect(cli(['redact', ...R, '--map', map, '--encrypt'], { input: prompt, env }).code).toBe(0);
    expect(readFileSync(map, 'utf8')).not.toContain('001203004567');
    expect(cli(['restore', '--map', map], { input: 'x [CCCD_1]', env }).stdout).toBe('x 001203004567');
    const wrong = cli(['restore', '--map', map], { input: 'x [CCCD_1]', env: { PROMPTGATE_MAP_PASSPHRASE: 'battery staple' } });
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/cannot decrypt .*wrong passphrase/);
    const none = cli(['restore', '--map', map], { input: 'x', env: { PROMPTGATE_MAP_PASSPHRASE: undefined } });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('PROMPTGATE_MAP_PASSPHRASE');
  });

  it('--passphrase-env names another variable', () => {
    const map = join(dir, 'enc2.json');
    const env = { MY_PASS: 's3cret pass', PROMPTGATE_MAP_PASSPHRASE: undefined };
    expect(cli(['redact', ...R, '--map', map, '--encrypt', '--passphrase-env', 'MY_PASS'], { input: prompt, env }).code).toBe(0);
    expect(cli(['restore', '--map', map, '--passphrase-env', 'MY_PASS'], { input: '[PHONE_1]', env }).stdout).toBe('0912 345 678');
  });

  it('exits 2 without --map, or with a map that does not exist', () => {
    expect(cli(['restore'], { input: 'x' }).code).toBe(2);
    const r = cli(['restore', '--map', join(dir, 'nope.json')], { input: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does not exist');
  });
});
