import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hmac, normalizeValue, valueDigest } from '../src/baseline/digest.js';
import { DEFAULT_FINGERPRINT_KEY } from '../src/baseline/key.js';
import { cli, tempDir } from './helpers/cli.js';
import { testRules } from './helpers/git-repo.js';

const CCCD_1 = '001099012345';
const CCCD_2 = '079203004567';
const TOKEN = 'pgk_ZYXWVUTSRQPONMLK';

describe('normalised values (what a baseline compares)', () => {
  it.each([
    ['4539 1488-0343 6467', '4539148803436467'],
    ['TỐI MẬT', 'toimat'],
    ['tối  mật', 'toimat'],
    ['ＡＢＣ１２３', 'abc123'], // full-width
    ['---', '---'], // nothing but punctuation: kept as it is
  ])('%s → %s', (v, n) => expect(normalizeValue(v)).toBe(n));
});

describe('promptgate baseline (end to end)', () => {
  function project() {
    const dir = tempDir();
    const rules = testRules(join(tempDir(), ''));
    writeFileSync(join(dir, 'a.txt'), `Hồ sơ\nCCCD ${CCCD_1}\n`);
    writeFileSync(join(dir, 'b.txt'), `Khoá cũ: ${TOKEN}\n`);
    return { dir, rules, run: (args: string[]) => cli(args, { cwd: dir }) };
  }

  it('create → scan with the baseline reports 0; a new secret is the only finding', () => {
    const p = project();
    const created = p.run(['baseline', 'create', ...p.rules]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('2 accepted findings recorded in .promptgate-baseline.json');

    const file = readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8');
    for (const secret of [CCCD_1, TOKEN, TOKEN.slice(4)]) expect(file).not.toContain(secret);
    const doc = JSON.parse(file);
    expect(doc.entries.map((e: any) => `${e.source}:${e.ruleId}`)).toEqual(['a.txt:test.cccd', 'b.txt:test.token']);

    const clean = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(clean.code).toBe(0);
    expect(clean.json().findings).toEqual([]);
    expect(clean.json().suppressed.map((f: any) => f.suppressedBy)).toEqual(['baseline', 'baseline']);

    // The same file gains a second ID, and the accepted one moves down a line: only the new one is reported.
    writeFileSync(join(p.dir, 'a.txt'), `Hồ sơ\n\nCCCD ${CCCD_1}\nCCCD ${CCCD_2}\n`);
    const after = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(after.code).toBe(1);
    expect(after.json().findings.map((f: any) => `${f.source}:${f.line}:${f.ruleId}`)).toEqual(['a.txt:4:test.cccd']);
  });

  it('matches the same accepted value from another folder (sources are relative to the baseline)', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    const elsewhere = cli(['scan', '--format', 'json', '--baseline', join(p.dir, '.promptgate-baseline.json'), ...p.rules, p.dir], { cwd: tempDir() });
    expect(elsewhere.json().findings).toEqual([]);
  });

  it('does not accept the same value in a different file', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    writeFileSync(join(p.dir, 'c.txt'), `CCCD ${CCCD_1}\n`);
    const r = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(r.json().findings.map((f: any) => f.source)).toEqual(['c.txt']);
  });

  it('prune reports and removes entries whose finding is gone; --dry-run only reports', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    writeFileSync(join(p.dir, 'b.txt'), 'Khoá đã xoá\n');
    const dry = p.run(['baseline', 'prune', '--dry-run', ...p.rules]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('stale: b.txt: test.token');
    expect(JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).entries).toHaveLength(2);
    const real = p.run(['baseline', 'prune', ...p.rules]);
    expect(real.stdout).toContain('1 stale entry removed; 1 kept');
    expect(JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).entries.map((e: any) => e.source)).toEqual(['a.txt']);
  });

  it('keeps its key when re-created, so unchanged entries keep their hashes', () => {
    const p = project();
    p.run(['baseline', 'create', ...p.rules]);
    const first = readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8');
    p.run(['baseline', 'create', ...p.rules]);
    expect(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8')).toBe(first);
  });

  it.each([
    ['missing', null, /cannot be read \(no such file\)/],
    ['not JSON', '{', /not valid JSON/],
    ['wrong shape', '{"version":1,"key":"zz","entries":[]}', /"key" must be a hex string/],
  ])('a %s baseline is exit 2, never "no baseline"', (_, content, message) => {
    const p = project();
    if (content !== null) writeFileSync(join(p.dir, 'bl.json'), content);
    const r = p.run(['scan', '--format', 'json', '--baseline', 'bl.json', ...p.rules, '.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

// #20 item 4: `baseline create` and `scan` resolve the rule set the same way (the CLI context), so a rule that only
// the config file adds is recorded by the one and suppressed by the other.
describe('baseline and scan use the same rule set', () => {
  it('a rule added by .promptgate.yaml is recorded by `baseline create` and suppressed by `scan --baseline`', () => {
    const dir = tempDir();
    const rules = tempDir(); // outside the scanned folder: the rule file's own examples are not scanned
    testRules(rules);
    writeFileSync(join(dir, '.promptgate.yaml'), `builtin: false\nrules: [${JSON.stringify(rules)}]\nexceptions:\n  paths: [skipped/]\n`);
    writeFileSync(join(dir, 'a.txt'), `Hồ sơ\nCCCD ${CCCD_1}\n`);
    mkdirSync(join(dir, 'skipped'));
    writeFileSync(join(dir, 'skipped', 'b.txt'), `Khoá cũ: ${TOKEN}\n`);
    const created = cli(['baseline', 'create'], { cwd: dir });
    expect(created.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, '.promptgate-baseline.json'), 'utf8'));
    // The config's rule found the ID; the config's excluded path was not read (as scan leaves it out too).
    expect(doc.entries.map((e: any) => `${e.source}:${e.ruleId}`)).toEqual(['a.txt:test.cccd']);
    const scanned = cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', '.'], { cwd: dir });
    expect(scanned.code).toBe(0);
    expect(scanned.json().findings).toEqual([]);
    expect(scanned.json().suppressed.map((f: any) => `${f.source}:${f.ruleId}:${f.suppressedBy}`)).toEqual(['a.txt:test.cccd:baseline']);
    // prune re-checks with the same rules: the entry is still found, so it stays.
    const pruned = cli(['baseline', 'prune', '--dry-run'], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toContain('0 stale entries would be removed; 1 kept');
  });
});

// D-H1: a baseline never accepts a classification marking; only the security officer's configuration can.
describe('baselines and classification markings', () => {
  function stamped() {
    const dir = tempDir();
    const rules = testRules(tempDir());
    writeFileSync(join(dir, 'plan.txt'), `TỐI MẬT\nKế hoạch\nCCCD ${CCCD_1}\n`);
    return { dir, rules, run: (args: string[], env?: Record<string, string>) => cli(args, { cwd: dir, env }) };
  }

  it('baseline create records the ID but not the stamp, and says so; the next scan still blocks on the stamp', () => {
    const p = stamped();
    const created = p.run(['baseline', 'create', ...p.rules]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('1 accepted finding recorded');
    expect(created.stderr).toContain("1 classification marking not recorded: a baseline never accepts a marking; only the security officer's configuration (.promptgate.yaml) can");
    const doc = JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8'));
    expect(doc.entries.map((e: any) => e.ruleId)).toEqual(['test.cccd']);

    const r = p.run(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.']);
    expect(r.code).toBe(1);
    expect(r.json().verdict).toBe('block');
    expect(r.json().findings.map((f: any) => f.ruleId)).toEqual(['test.stamp']);
    expect(r.json().suppressed.map((f: any) => f.ruleId)).toEqual(['test.cccd']);
  });

  it("an older baseline's entry for a stamp is ignored with a warning (stderr and JSON); its other entries still count", () => {
    const p = stamped();
    // Format 1, as an earlier promptgate wrote it: a random key inside the file, and the stamp recorded.
    const key = '00112233445566778899aabbccddeeff';
    const entry = (ruleId: string, value: string) => ({ ruleId, source: 'plan.txt', hash: hmac(key, `${valueDigest(ruleId, value)}\0plan.txt`).slice(0, 32) });
    writeFileSync(join(p.dir, 'old.json'), JSON.stringify({ version: 1, tool: 'promptgate', key, entries: [entry('test.cccd', CCCD_1), entry('test.stamp', 'TỐI MẬT')] }));
    const r = p.run(['scan', '--format', 'json', '--baseline', 'old.json', ...p.rules, '.']);
    expect(r.code).toBe(1);
    expect(r.json().findings.map((f: any) => f.ruleId)).toEqual(['test.stamp']);
    expect(r.json().suppressed.map((f: any) => f.ruleId)).toEqual(['test.cccd']);
    const warnings = r.json().warnings.map((w: any) => `${w.source}: ${w.message}`);
    expect(warnings).toContainEqual(expect.stringMatching(/^old\.json: 1 entry for classification markings \(test\.stamp\) ignored: a baseline cannot accept a marking/));
    expect(warnings).toContainEqual(expect.stringMatching(/^old\.json: old\.json is an older baseline that keeps its key inside the file/));
    expect(r.stderr).toMatch(/warning: old\.json: 1 entry for classification markings/);

    // prune drops the stamp's entry (it can never count) and keeps the ID's.
    const pruned = p.run(['baseline', 'prune', '-b', 'old.json', ...p.rules]);
    expect(pruned.stdout).toContain('stale: plan.txt: test.stamp');
    expect(JSON.parse(readFileSync(join(p.dir, 'old.json'), 'utf8')).entries.map((e: any) => e.ruleId)).toEqual(['test.cccd']);

    // Written again by `baseline create`, it takes the new format: no key inside, still accepting the ID.
    expect(p.run(['baseline', 'create', '-o', 'old.json', ...p.rules]).code).toBe(0);
    const again = JSON.parse(readFileSync(join(p.dir, 'old.json'), 'utf8'));
    expect([again.version, again.key, again.entries.map((e: any) => e.ruleId)]).toEqual([2, undefined, ['test.cccd']]);
    const rescanned = p.run(['scan', '--format', 'json', '--baseline', 'old.json', ...p.rules, '.']);
    expect(rescanned.json().suppressed.map((f: any) => f.ruleId)).toEqual(['test.cccd']);
    expect(rescanned.json().warnings.map((w: any) => w.message).join('\n')).not.toMatch(/older baseline|classification markings/);
  });

  it.each([
    ['en', '✔ No new findings (1 accepted in .promptgate-baseline.json)'],
    ['vi', '✔ Không có phát hiện mới (1 phát hiện đã được chấp nhận trong .promptgate-baseline.json)'],
    ['cs', '✔ Žádné nové nálezy (přijato v .promptgate-baseline.json: 1)'],
  ])('a pretty report with accepted findings never says "nothing sensitive was found" (%s)', (lang, verdict) => {
    const dir = tempDir();
    const rules = testRules(tempDir());
    writeFileSync(join(dir, 'a.txt'), `CCCD ${CCCD_1}\n`);
    cli(['baseline', 'create', ...rules], { cwd: dir });
    const r = cli(['scan', '--format', 'pretty', '--lang', lang, '--baseline', '.promptgate-baseline.json', ...rules, '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(verdict);
    expect(r.stdout).not.toMatch(/nothing sensitive|không phát hiện nội dung nhạy cảm|nic citlivého/);
  });
});

// F22: the key of the hashes lives outside the baseline; the file alone does not let a reader test guesses.
describe('baseline keys', () => {
  const SECRET = 'team-secret-0123456789abcdef';
  function withId() {
    const dir = tempDir();
    const rules = testRules(tempDir());
    writeFileSync(join(dir, 'a.txt'), `Hồ sơ\nCCCD ${CCCD_1}\n`);
    return { dir, rules };
  }
  /** What a reader holding only the file can try: hash a guessed value with whatever key the file or the docs offer. */
  const guessMatches = (doc: any, guess: string, key: string) =>
    doc.entries.some((e: any) => e.hash === hmac(hmac(key, 'promptgate/baseline-entry/v2'), `${valueDigest(e.ruleId, guess)}\0${e.source}`).slice(0, 32));

  it('with PROMPTGATE_FINGERPRINT_KEY the file holds no key, and a right guess cannot be confirmed without the secret', () => {
    const p = withId();
    const env = { PROMPTGATE_FINGERPRINT_KEY: SECRET };
    const created = cli(['baseline', 'create', ...p.rules], { cwd: p.dir, env });
    expect(created.code).toBe(0);
    expect(created.stderr).not.toMatch(/warning/);
    const text = readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8');
    const doc = JSON.parse(text);
    expect(doc.version).toBe(2);
    expect(doc.key).toBeUndefined();
    expect(text).not.toContain(SECRET);
    // The right guess, tried with the public default key: no match. With the secret it would match.
    expect(guessMatches(doc, CCCD_1, DEFAULT_FINGERPRINT_KEY)).toBe(false);
    expect(guessMatches(doc, CCCD_1, SECRET)).toBe(true);

    expect(cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.'], { cwd: p.dir, env }).json().findings).toEqual([]);
    // Without the key (or with another) the scan stops with a clear message instead of reporting everything as new.
    const other = cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.'], { cwd: p.dir, env: { PROMPTGATE_FINGERPRINT_KEY: 'another-secret-0123456789' } });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/was made with another fingerprint key than \$PROMPTGATE_FINGERPRINT_KEY/);
  });

  it('reads the key from the file `keyFile` in .promptgate.yaml names (~ and relative paths)', () => {
    const p = withId();
    const home = tempDir();
    mkdirSync(join(home, '.config'), { recursive: true });
    writeFileSync(join(home, '.config', 'pg-key'), `${SECRET}\n`);
    writeFileSync(join(p.dir, '.promptgate.yaml'), 'keyFile: ~/.config/pg-key\n');
    const env = { HOME: home, PROMPTGATE_FINGERPRINT_KEY: undefined as unknown as string };
    const created = cli(['baseline', 'create', ...p.rules], { cwd: p.dir, env });
    expect(created.code).toBe(0);
    expect(created.stderr).not.toMatch(/warning/);
    const doc = JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8'));
    expect(guessMatches(doc, CCCD_1, SECRET)).toBe(true);
    // The same secret from the environment gives the same hashes.
    expect(cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', '--no-config', ...p.rules, '.'], { cwd: p.dir, env: { PROMPTGATE_FINGERPRINT_KEY: SECRET } }).json().findings).toEqual([]);
    // A key file that cannot be read is exit 2, never "no key".
    writeFileSync(join(p.dir, '.promptgate.yaml'), 'keyFile: missing-key\n');
    const missing = cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.'], { cwd: p.dir, env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the fingerprint key file .*missing-key \(keyFile in the config\) cannot be read \(ENOENT/);
  });

  it('warns clearly when the public default key is used', () => {
    const p = withId();
    const env = { PROMPTGATE_FINGERPRINT_KEY: undefined as unknown as string };
    const created = cli(['baseline', 'create', ...p.rules], { cwd: p.dir, env });
    expect(created.stderr).toMatch(/warning: no fingerprint key is set \(PROMPTGATE_FINGERPRINT_KEY, or keyFile in \.promptgate\.yaml\), so the fixed public key is used/);
    const doc = JSON.parse(readFileSync(join(p.dir, '.promptgate-baseline.json'), 'utf8'));
    expect(guessMatches(doc, CCCD_1, DEFAULT_FINGERPRINT_KEY)).toBe(true); // what the warning is about
    const scanned = cli(['scan', '--format', 'json', '--baseline', '.promptgate-baseline.json', ...p.rules, '.'], { cwd: p.dir, env });
    expect(scanned.json().warnings.map((w: any) => w.message)).toContainEqual(expect.stringMatching(/^no fingerprint key is set/));
  });
});
