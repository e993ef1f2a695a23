import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from './helpers/cli.js';

// A scan never touches the network: with every network module made to throw (and each attempt logged), and in a
// network namespace without interfaces where `unshare -n` is allowed, a real scan of text, a folder and documents
// succeeds with the right findings.
const GUARD = resolve(__dirname, 'reliability/no-network.cjs');
const CARD = '4539 1488 0343 6467';

function guarded(cmd: string[], input = '', wrap: string[] = []) {
  const dir = tempDir();
  const log = join(dir, 'net.log');
  writeFileSync(log, '');
  const argv = [...wrap, process.execPath, ...cmd];
  const r = spawnSync(argv[0], argv.slice(1), {
    input, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: `--require=${GUARD}`, PG_NET_LOG: log, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  });
  return { ...r, attempts: readFileSync(log, 'utf8') };
}

function sample() {
  const dir = tempDir();
  writeFileSync(join(dir, 'note.txt'), `Ghi chú\nthẻ ${CARD} hết hạn\n`);
  writeFileSync(join(dir, 'page.html'), `<html><body><p>TOP SECRET</p><p>card ${CARD}</p></body></html>`);
  writeFileSync(join(dir, 'mail.eml'), `From: a@example.com\nSubject: hi\nContent-Type: text/plain\n\nthẻ ${CARD}\n`);
  return dir;
}

describe('no network', () => {
  it('the guard really blocks and logs network use (net, dns, http, https, tls, dgram)', () => {
    const probe = `for (const f of [()=>require('net').connect(80,'127.0.0.1'), ()=>require('dns').lookup('x',()=>{}), ()=>require('http').get('http://x'),
      ()=>require('https').request('https://x'), ()=>require('tls').connect(443,'x'), ()=>require('dgram').createSocket('udp4')]) { try { f() } catch {} }`;
    const r = guarded(['-e', probe]);
    expect(r.attempts.trim().split('\n')).toEqual(['node:net.connect', 'node:dns.lookup', 'node:http.get', 'node:https.request', 'node:tls.connect', 'node:dgram.createSocket']);
  });

  it('a scan of a folder (text, HTML, e-mail) and of standard input succeeds with no network attempt', () => {
    const dir = sample();
    const folder = guarded([BIN, 'scan', '--format', 'json', dir]);
    expect(folder.attempts).toBe('');
    expect(folder.status).toBe(1);
    expect(JSON.parse(folder.stdout).findings.filter((f: any) => f.ruleId === 'intl.financial.payment-card')).toHaveLength(3);
    const stdin = guarded([BIN, 'scan', '--format', 'sarif', '-'], `thẻ ${CARD}`);
    expect(stdin.attempts).toBe('');
    expect(stdin.status).toBe(1);
  });

  const canUnshare = (() => {
    try {
      execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!canUnshare)('the same scan passes in a network namespace without interfaces (unshare -n)', () => {
    const dir = sample();
    const r = guarded([BIN, 'scan', '--format', 'json', dir], '', ['unshare', '-n']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThanOrEqual(3);
  });
});
