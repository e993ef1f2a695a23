import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidates } from '../src/cli/commands/clip-run.js';
import { cli, tempDir } from './helpers/cli.js';

/**
 * A fake `xclip` on PATH: `-o` prints the clipboard (a file next to it), `-i` replaces it with its stdin.
 * PATH holds only its folder, so no real clipboard tool of the machine can answer instead.
 */
function fakeClipboard(content: string, opts: { failRead?: boolean } = {}) {
  const dir = tempDir('pg-clip-');
  const store = join(dir, 'store.txt');
  writeFileSync(store, content);
  writeFileSync(join(dir, 'xclip'), `#!/bin/sh
store="\${0%/*}/store.txt"
for a in "$@"; do
  case "$a" in
    -o) ${opts.failRead ? 'echo "Error: target STRING not available" >&2; exit 1' : '/bin/cat "$store"; exit 0'};;
    -i) /bin/cat > "$store"; exit 0;;
  esac
done
exit 1
`);
  chmodSync(join(dir, 'xclip'), 0o755);
  return { env: { PATH: dir, WAYLAND_DISPLAY: undefined }, read: () => readFileSync(store, 'utf8') };
}

const PERSONAL = 'Kính gửi anh Minh,\nSố CCCD của tôi: 001203012345, điện thoại 0912 345 678.\n';

describe('promptgate clip', () => {
  it('checks the clipboard and leaves it alone without --redact', () => {
    const c = fakeClipboard(PERSONAL);
    const r = cli(['clip'], { env: { ...c.env, LANG: 'vi_VN.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('✖ Không được gửi: văn bản có: Số căn cước công dân / số định danh cá nhân (CCCD) (và 1 phát hiện khác)');
    expect(r.stdout).toContain('<clipboard>');
    expect(r.stdout).not.toContain('001203012345');
    expect(c.read()).toBe(PERSONAL);
    // The way to a safe version from here is `clip --redact`, with a map to restore the answer (D-M5).
    expect(r.stdout).toContain('`promptgate clip --redact --map prompt.map`');
  });

  it('--redact puts the safe version back on the clipboard', () => {
    const c = fakeClipboard(PERSONAL);
    const r = cli(['clip', '--redact'], { env: { ...c.env, LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The clipboard now holds the safe version: 2 places replaced');
    expect(c.read()).toBe('Kính gửi anh Minh,\nSố CCCD của tôi: [CCCD_1], điện thoại [PHONE_1].\n');
    expect(r.stdout + r.stderr).not.toContain('001203012345');
  });

  it('--redact does not touch the clipboard when the text must not leave at all (a stamp), and says why', () => {
    const stamped = 'TỐI MẬT\nSố CCCD: 001203012345\n';
    const c = fakeClipboard(stamped);
    const r = cli(['clip', '--redact'], { env: { ...c.env, LANG: 'cs_CZ.UTF-8' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Schránka zůstala beze změny: tento text se nesmí odeslat vůbec');
    expect(c.read()).toBe(stamped);
  });

  it('passes a clean clipboard', () => {
    const c = fakeClipboard('Mật ong rừng rất ngon.\n');
    const r = cli(['clip'], { env: { ...c.env, LANG: 'vi_VN.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('✔ Có thể gửi: không phát hiện nội dung nhạy cảm');
  });

  it('exits 2 with a clear message when no clipboard program exists', () => {
    const r = cli(['clip'], { env: { PATH: tempDir('pg-empty-'), WAYLAND_DISPLAY: undefined, LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read the clipboard: none of xclip, xsel, wl-paste is available');
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the clipboard program fails (never a pass)', () => {
    const c = fakeClipboard('', { failRead: true });
    const r = cli(['clip'], { env: { ...c.env, LANG: 'vi_VN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không đọc được bộ nhớ tạm bằng xclip: Error: target STRING not available');
  });

  it('--redact --map keeps the values for `restore`: the answer comes back with them (D-M5)', () => {
    const c = fakeClipboard(PERSONAL);
    const map = join(tempDir(), 'prompt.map');
    const r = cli(['clip', '--redact', '--map', map], { env: { ...c.env, LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`The original values are in the map ${map}`);
    expect(statSync(map).mode & 0o777).toBe(0o600);
    expect(readFileSync(map, 'utf8')).toContain('001203012345');
    const answer = `Dear Minh, I checked ${c.read().match(/\[CCCD_1\]/)![0]} and will call [PHONE_1].\n`;
    const back = cli(['restore', '--map', map, '-'], { input: answer });
    expect(back.code).toBe(0);
    expect(back.stdout).toBe('Dear Minh, I checked 001203012345 and will call 0912 345 678.\n');
    // A second run does not overwrite the map (it may hold the only copy of the values), and leaves the clipboard.
    const c2 = fakeClipboard(PERSONAL);
    const again = cli(['clip', '--redact', '--map', map], { env: { ...c2.env, LANG: 'en_US.UTF-8' } });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(c2.read()).toBe(PERSONAL);
  });

  it('a clipboard whose letters were already turned into "?" is not checked, and says so (exit 2)', () => {
    const c = fakeClipboard('T?I M?T\n\nB?o c?o t?nh h?nh c?a S? T?i ch?nh\n');
    const r = cli(['clip'], { env: { ...c.env, LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('letters replaced by "?"');
  });

  it('--redact without --map says the values cannot be put back; --map without --redact is refused', () => {
    const c = fakeClipboard(PERSONAL);
    const r = cli(['clip', '--redact'], { env: { ...c.env, LANG: 'vi_VN.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Không có --map: sau này không thể điền lại các giá trị gốc');
    const c2 = fakeClipboard(PERSONAL);
    const bad = cli(['clip', '--map', join(tempDir(), 'x.map')], { env: { ...c2.env, LANG: 'en_US.UTF-8' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--map needs --redact');
  });
});

describe('clipboard programs by platform', () => {
  const cases: [NodeJS.Platform, Record<string, string>, string[]][] = [
    ['linux', {}, ['xclip', 'xsel', 'wl-paste']],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, ['wl-paste', 'xclip', 'xsel']],
    ['darwin', {}, ['pbpaste']],
    ['win32', {}, ['powershell']],
  ];
  for (const [platform, env, names] of cases) {
    it(`${platform} ${JSON.stringify(env)}: ${names.join(', ')}`, () => expect(candidates(platform, env).map((c) => c.name)).toEqual(names));
  }
});
