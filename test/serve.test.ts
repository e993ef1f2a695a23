import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../src/serve/connect.js';
import { ServerUnavailable } from '../src/serve/client.js';
import { socketPath, tokenPath } from '../src/serve/location.js';
import { encodeFrame, FrameReader, PROTOCOL } from '../src/serve/protocol.js';
import { BIN, tempDir } from './helpers/cli.js';

/**
 * `promptgate serve` and its clients. Every server here listens in a private temp folder (PROMPTGATE_SERVER_DIR),
 * never in the user's runtime folder, and is stopped at the end. What matters most: a client answered by the server
 * writes exactly what the same command writes in process (bytes, exit code), and a server that is absent, dies,
 * answers garbage or is silent makes the client scan in process — never a pass, never a hang.
 */

const ROOT = resolve(__dirname, '..');
const BASE_ENV = { NO_COLOR: '1', FORCE_COLOR: undefined, LANG: 'en_US.UTF-8', LC_ALL: undefined, PROMPTGATE_NO_SERVER: undefined };

interface Run { code: number | null; stdout: Buffer; stderr: Buffer }

function runSync(args: string[], dir: string, o: { input?: string | Buffer; env?: Record<string, string | undefined>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: o.input ?? '', cwd: o.cwd, timeout: 60_000,
    env: { ...process.env, ...BASE_ENV, PROMPTGATE_SERVER_DIR: dir, ...o.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, without blocking this process (for servers that live in it). */
function runAsync(args: string[], dir: string, o: { input?: string; env?: Record<string, string | undefined> } = {}): Promise<Run & { ms: number }> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...BASE_ENV, PROMPTGATE_SERVER_DIR: dir, ...o.env } });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.stdin.end(o.input ?? '');
  return new Promise((done) => child.on('close', (code) => done({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err), ms: Date.now() - t0 })));
}

/** Every server started here, ended after the tests even when one failed half-way. */
const started: ChildProcess[] = [];
afterAll(() => { for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM'); });

/** Starts a real server in `dir` and resolves once it answers. */
async function startServer(dir: string, idle = '10m'): Promise<{ child: ChildProcess; log: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--idle', idle], { env: { ...process.env, ...BASE_ENV, PROMPTGATE_SERVER_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let log = '';
  child.stdout!.on('data', (c) => { log += c; });
  child.stderr!.on('data', (c) => { log += c; });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  for (let i = 0; i < 600 && !/listening/.test(log); i++) await new Promise((r) => setTimeout(r, 50));
  if (!/listening/.test(log)) throw new Error(`the server did not start: ${log}`);
  return { child, log: () => log, exited };
}

async function requests(dir: string): Promise<number> {
  const c = await connect({ dir });
  try {
    return (await c.status()).requests;
  } finally {
    c.close();
  }
}

const STAMPED = 'TỐI MẬT\n\nKính gửi anh Minh,\nSố CCCD của tôi: 001203012345, điện thoại 0912 345 678.\n';
const CLEAN = 'Please summarise the attached meeting notes in three bullet points.\n';
const FIXTURES = ['fixtures/vn/bao-cao-mat.txt', 'fixtures/vn/tin-nhan-zalo.txt', 'fixtures/cz/utajovany-podklad.txt', 'fixtures/cz/tiskova-zprava.txt', 'fixtures/intl/us-memo-secret-noforn.txt', 'fixtures/intl/service-config.yaml', 'fixtures/intl/press-release.txt'];

describe('promptgate serve: the same answers as in process', () => {
  const dir = join(tempDir('pg-serve-'), 'srv');
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => { server = await startServer(dir); }, 60_000);
  afterAll(async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('keeps its folder 0700, its socket and token 0600', () => {
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(socketPath(dir)).mode & 0o777).toBe(0o600);
    expect(statSync(tokenPath(dir)).mode & 0o777).toBe(0o600);
  });

  const cases: [string, string[], string | undefined][] = [
    ['stamped prompt, json', ['scan', '--format', 'json'], STAMPED],
    ['stamped prompt, pretty', ['scan', '--format', 'pretty'], STAMPED],
    ['stamped prompt, pretty in Vietnamese, forced colours', ['scan', '--format', 'pretty', '--color', '--lang', 'vi'], STAMPED],
    ['stamped prompt, compact, -', ['scan', '-f', 'compact', '-'], STAMPED],
    ['stamped prompt, sarif', ['scan', '--format', 'sarif'], STAMPED],
    ['clean prompt, json', ['scan', '--format', 'json'], CLEAN],
    ['clean prompt, pretty', ['scan', '--format', 'pretty'], CLEAN],
    ['--fail-on warn with a name for standard input', ['scan', '--fail-on', 'warn', '--stdin-filename', 'prompt.txt', '--format=json'], STAMPED],
    ['an AI-assistant hook (claude-code)', ['scan', '--input-format', 'claude-code'], JSON.stringify({ prompt: STAMPED, hook_event_name: 'UserPromptSubmit' })],
    ['an AI-assistant hook with a clean prompt (gemini-cli)', ['scan', '--input-format', 'gemini-cli'], JSON.stringify({ prompt: CLEAN })],
    ['an unknown format (a usage error, exit 2)', ['scan', '--format', 'xml'], STAMPED],
    ...FIXTURES.flatMap((f): [string, string[], string | undefined][] => [
      [`${f}, json`, ['scan', '--format', 'json', f], undefined],
      [`${f}, pretty`, ['scan', '--format', 'pretty', f], undefined],
    ]),
    ['several fixtures at once', ['scan', '--format', 'json', ...FIXTURES], undefined],
  ];
  for (const [name, args, input] of cases) {
    it(name, async () => {
      const before = await requests(dir);
      const served = runSync(args, dir, { input, cwd: ROOT });
      const served_ = await requests(dir);
      const local = runSync(args, dir, { input, cwd: ROOT, env: { PROMPTGATE_NO_SERVER: '1' } });
      expect(served_ - before).toBe(1);
      expect(served.stdout.toString('utf8')).toBe(local.stdout.toString('utf8'));
      expect(served.stderr.toString('utf8')).toBe(local.stderr.toString('utf8'));
      expect(served.code).toBe(local.code);
    }, 60_000);
  }

  it('with a config file and a rule file of the client (named relative to its folder)', async () => {
    const proj = tempDir('pg-serve-proj-');
    mkdirSync(join(proj, 'team'));
    writeFileSync(join(proj, 'team', 'codes.yaml'), readFileSync(join(ROOT, 'test/fixtures/rulesets/good.yaml'), 'utf8'));
    writeFileSync(join(proj, '.promptgate.yaml'), 'failOn: warn\nexceptions:\n  terms: ["0912 345 678"]\n');
    const text = `${STAMPED}The password is swordfish, not hunter3.\n`;
    const before = await requests(dir);
    const served = runSync(['scan', '--format', 'json', '--rules', 'team'], dir, { input: text, cwd: proj });
    const local = runSync(['scan', '--format', 'json', '--rules', 'team', '--no-server'], dir, { input: text, cwd: proj });
    expect(await requests(dir)).toBe(before + 1);
    expect(served.stdout.toString()).toBe(local.stdout.toString());
    expect(served.code).toBe(local.code);
    // An edited rule file is read again: the server never answers with the rules of before.
    writeFileSync(join(proj, '.promptgate.yaml'), 'failOn: block\n');
    const again = runSync(['scan', '--format', 'json', '--rules', 'team'], dir, { input: text, cwd: proj });
    const againLocal = runSync(['scan', '--format', 'json', '--rules', 'team'], dir, { input: text, cwd: proj, env: { PROMPTGATE_NO_SERVER: '1' } });
    expect(again.stdout.toString()).toBe(againLocal.stdout.toString());
    expect(again.stdout.toString()).not.toBe(served.stdout.toString());
  }, 60_000);

  it('clip: the same answer and the same clipboard', async () => {
    const fake = tempDir('pg-serve-clip-');
    const store = join(fake, 'store.txt');
    writeFileSync(join(fake, 'xclip'), `#!/bin/sh\nstore="\${0%/*}/store.txt"\nfor a in "$@"; do case "$a" in -o) /bin/cat "$store"; exit 0;; -i) /bin/cat > "$store"; exit 0;; esac; done\nexit 1\n`);
    chmodSync(join(fake, 'xclip'), 0o755);
    const env = { PATH: fake, WAYLAND_DISPLAY: undefined };
    const results = [];
    for (const serverOff of [undefined, '1']) {
      writeFileSync(store, STAMPED);
      const before = await requests(dir);
      const r = runSync(['clip'], dir, { env: { ...env, PROMPTGATE_NO_SERVER: serverOff } });
      expect(await requests(dir)).toBe(before + (serverOff ? 0 : 1));
      results.push({ code: r.code, out: r.stdout.toString(), err: r.stderr.toString(), clipboard: readFileSync(store, 'utf8') });
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.code).toBe(1);
  }, 60_000);

  // The CLI client talks through Node's pipe handle (src/serve/raw-pipe.ts), without loading node:net or node:tty;
  // where process.binding would warn (--pending-deprecation) it takes node:net instead, silently. Same answer both ways.
  it('the CLI client: without node:net through the pipe handle; with node:net where process.binding would warn', async () => {
    const probe = tempDir('pg-serve-modules-');
    const preload = join(probe, 'modules.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(probe, 'loaded.json'))}, JSON.stringify(process.moduleLoadList)));\n`);
    const loaded = () => JSON.parse(readFileSync(join(probe, 'loaded.json'), 'utf8')) as string[];
    const local = runSync(['scan', '--format', 'json'], dir, { input: STAMPED, env: { PROMPTGATE_NO_SERVER: '1' } });
    for (const [pending, net] of [[undefined, false], ['1', true]] as const) {
      const before = await requests(dir);
      const served = runSync(['scan', '--format', 'json'], dir, { input: STAMPED, env: { NODE_OPTIONS: `--require=${preload}`, NODE_PENDING_DEPRECATION: pending } });
      expect(await requests(dir)).toBe(before + 1);
      expect(loaded().includes('NativeModule net')).toBe(net);
      expect(served.stdout.toString('utf8')).toBe(local.stdout.toString('utf8'));
      expect(served.stderr.toString('utf8')).toBe(local.stderr.toString('utf8'));
      expect(served.code).toBe(local.code);
    }
  }, 60_000);

  it('--no-server and PROMPTGATE_NO_SERVER keep the scan in process', async () => {
    const before = await requests(dir);
    expect(runSync(['scan', '--format', 'json', '--no-server'], dir, { input: STAMPED }).code).toBe(1);
    expect(runSync(['scan', '--format', 'json'], dir, { input: STAMPED, env: { PROMPTGATE_NO_SERVER: '1' } }).code).toBe(1);
    expect(await requests(dir)).toBe(before);
  }, 60_000);

  it('documents, folders and --staged stay in process', async () => {
    const before = await requests(dir);
    expect(runSync(['scan', '--format', 'json', 'fixtures/documents/slides.odp'], dir, { cwd: ROOT }).code).not.toBeNull();
    expect(runSync(['scan', '--format', 'json', 'fixtures/vn'], dir, { cwd: ROOT }).code).toBe(1);
    expect(runSync(['scan', '--format', 'json', '--stdin-filename', 'x.odp'], dir, { input: readFileSync(join(ROOT, 'fixtures/documents/slides.odp')) }).code).not.toBeNull();
    expect(await requests(dir)).toBe(before);
  }, 60_000);

  it('standard input over the size sent is scanned in process, to its last line', async () => {
    const lines = Math.ceil((4 * 1024 * 1024) / CLEAN.length) + 10;
    const input = CLEAN.repeat(lines) + 'TỐI MẬT\n';
    const before = await requests(dir);
    const r = runSync(['scan', '--format', 'json'], dir, { input });
    expect(await requests(dir)).toBe(before);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout.toString()).findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]);
    expect(found).toEqual([['vn.classified.stamp', lines + 1]]);
  }, 180_000);

  it('eight clients at once: each gets its own answer', async () => {
    const inputs = Array.from({ length: 8 }, (_, i) => (i % 2 ? `${CLEAN}${i}\n` : `${STAMPED}${i}\n`));
    const expected = inputs.map((input) => runSync(['scan', '--format', 'json'], dir, { input, env: { PROMPTGATE_NO_SERVER: '1' } }));
    const before = await requests(dir);
    const served = await Promise.all(inputs.map((input) => runAsync(['scan', '--format', 'json'], dir, { input })));
    expect(await requests(dir)).toBe(before + 8);
    for (let i = 0; i < 8; i++) {
      expect(served[i]!.code).toBe(expected[i]!.code);
      expect(served[i]!.stdout.toString()).toBe(expected[i]!.stdout.toString());
    }
  }, 120_000);

  it('the library client: one connection, many scans, the CLI\'s answers', async () => {
    const c = await connect({ dir });
    try {
      const local = runSync(['scan', '--format', 'json'], dir, { input: STAMPED, env: { PROMPTGATE_NO_SERVER: '1' } });
      for (let i = 0; i < 5; i++) {
        const r = await c.run(['scan', '--format', 'json'], { stdin: Buffer.from(STAMPED), env: { ...process.env, ...BASE_ENV } as NodeJS.ProcessEnv });
        expect(r.code).toBe(1);
        expect(r.stdout.toString()).toBe(local.stdout.toString());
      }
    } finally {
      c.close();
    }
  }, 60_000);

  it('refuses a client without the token, and one that sends an oversized frame; keeps serving', async () => {
    const reply = await rawExchange(socketPath(dir), [encodeFrame({ protocol: PROTOCOL, build: 'x', token: 'f'.repeat(64), id: 1, op: 'status' })]);
    expect(reply).toEqual({ id: 1, ok: false, error: 'denied' });
    const oversized = Buffer.alloc(4);
    oversized.writeUInt32BE(0x7fffffff);
    expect(await rawExchange(socketPath(dir), [oversized])).toBeUndefined(); // closed without an answer
    expect(await requests(dir)).toBeGreaterThan(0);
  });

  it('a client of another installation is told "mismatch" (and the CLI then scans in process)', async () => {
    const c = await connect({ dir, root: tempDir('pg-serve-other-') });
    try {
      await expect(c.run(['scan'], { stdin: Buffer.from(CLEAN) })).rejects.toThrow(/mismatch/);
    } finally {
      c.close();
    }
  });

  it('never writes a text, a file name or a finding to its log', () => {
    expect(server.log()).not.toMatch(/CCCD|001203012345|swordfish|bao-cao|utajovany|Minh/);
    expect(server.log().trim().split('\n')).toHaveLength(1); // the line saying it listens
  });

  it('serve --status says it runs; a second server does not start', () => {
    const status = runSync(['serve', '--status'], dir);
    expect(status.code).toBe(0);
    expect(status.stdout.toString()).toContain(`promptgate server ${server.child.pid}`);
    const second = runSync(['serve'], dir);
    expect(second.code).toBe(0);
    expect(second.stderr.toString()).toContain('already running');
  }, 60_000);
});

describe('the frames', () => {
  const frames = [{ a: 1 }, { b: 'Số CCCD ✓'.repeat(50) }, { c: [1, 2, 3] }];
  const bytes = Buffer.concat(frames.map(encodeFrame));
  it('are read back whole however the bytes are cut', () => {
    for (const step of [1, 2, 3, 5, 7, 64, bytes.length]) {
      const reader = new FrameReader(1 << 20);
      const got: unknown[] = [];
      for (let i = 0; i < bytes.length; i += step) got.push(...reader.push(bytes.subarray(i, i + step)));
      expect(got).toEqual(frames);
    }
  });
  it('refuse a frame over the limit, and one that is not a JSON object', () => {
    expect(() => new FrameReader(10).push(encodeFrame({ long: 'x'.repeat(20) }))).toThrow(/over the limit/);
    const notJson = Buffer.concat([Buffer.from([0, 0, 0, 3]), Buffer.from('abc')]);
    expect(() => new FrameReader(10).push(notJson)).toThrow(/not JSON/);
    expect(() => new FrameReader(10).push(Buffer.concat([Buffer.from([0, 0, 0, 1]), Buffer.from('7')]))).toThrow(/not a JSON object/);
  });
});

/** Sends raw bytes to a socket; resolves to the first frame answered, or undefined when it closes without one. */
function rawExchange(path: string, frames: Buffer[]): Promise<unknown> {
  return new Promise((done) => {
    const s = require('node:net').connect(path);
    const reader = new FrameReader(1 << 20);
    s.on('connect', () => { for (const f of frames) s.write(f); });
    s.on('data', (c: Buffer) => { const m = reader.push(c); if (m.length) { s.destroy(); done(m[0]); } });
    s.on('error', () => done(undefined));
    s.on('close', () => done(undefined));
  });
}

describe('promptgate serve: a client never trusts a broken server', () => {
  /** A server in this process that does `behave` with every connection, in a folder set up like the real one. */
  async function fakeServer(behave: (sock: import('node:net').Socket, request: any) => void): Promise<{ dir: string; server: Server }> {
    const dir = join(tempDir('pg-serve-fake-'), 'srv');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(tokenPath(dir), 'a'.repeat(64), { mode: 0o600 });
    const server = createServer((sock) => {
      const reader = new FrameReader(1 << 26);
      sock.on('data', (c) => { for (const m of reader.push(c)) behave(sock, m); });
      sock.on('error', () => {});
    });
    await new Promise<void>((r) => server.listen(socketPath(dir), r));
    return { dir, server };
  }

  const local = () => runSync(['scan', '--format', 'json'], '/nonexistent', { input: STAMPED, env: { PROMPTGATE_NO_SERVER: '1' } });
  let expected: Run;
  beforeAll(() => { expected = local(); }, 60_000);

  const behaviours: [string, (sock: import('node:net').Socket, req: any) => void][] = [
    ['answers garbage', (sock) => sock.end(Buffer.from('\x00\x00\x00\x05hello'))],
    ['dies in the middle of the request', (sock) => sock.destroy()],
    ['answers with a frame that is cut off', (sock) => { sock.write(encodeFrame({ id: 1, ok: true, code: 0, output: [] }).subarray(0, 12)); sock.end(); }],
    ['answers "pass" without output and without a valid exit code', (sock, req) => sock.write(encodeFrame({ id: req.id, ok: true, output: [] }))],
    ['answers another request', (sock, req) => sock.write(encodeFrame({ id: req.id + 1, ok: true, code: 0, output: [] }))],
    ['says it is busy', (sock, req) => sock.write(encodeFrame({ id: req.id, ok: false, error: 'busy' }))],
    ['says it runs another build', (sock, req) => sock.write(encodeFrame({ id: req.id, ok: false, error: 'mismatch' }))],
    ['never answers', () => {}],
  ];
  for (const [name, behave] of behaviours) {
    it(`${name}: the client scans in process, same output and exit code, within its time-out`, async () => {
      const { dir, server } = await fakeServer(behave);
      try {
        const r = await runAsync(['scan', '--format', 'json'], dir, { input: STAMPED, env: { PROMPTGATE_SERVER_TIMEOUT_MS: '1500' } });
        expect(r.code).toBe(expected.code);
        expect(r.code).toBe(1);
        expect(r.stdout.toString()).toBe(expected.stdout.toString());
        expect(r.stderr.toString()).toBe(expected.stderr.toString());
      } finally {
        server.close();
      }
    }, 60_000);
  }

  it('a folder other users can enter is not used (its server could read the text)', async () => {
    const { dir, server } = await fakeServer((sock, req) => sock.write(encodeFrame({ id: req.id, ok: true, code: 0, output: [[1, Buffer.from('{"verdict":"pass"}\n').toString('base64')]] })));
    try {
      chmodSync(dir, 0o755);
      const r = await runAsync(['scan', '--format', 'json'], dir, { input: STAMPED });
      expect(r.code).toBe(1);
      expect(r.stdout.toString()).toBe(expected.stdout.toString());
      // The same folder closed again: the (lying) server is asked — which shows the check above is what kept it out.
      chmodSync(dir, 0o700);
      expect((await runAsync(['scan', '--format', 'json'], dir, { input: STAMPED })).code).toBe(0);
    } finally {
      server.close();
    }
  }, 60_000);
});

describe('promptgate serve: its queue', () => {
  it('runs one request at a time and answers "busy" beyond the queue', async () => {
    const { startServer: start } = await import('../src/serve/server.js');
    const dir = join(tempDir('pg-serve-queue-'), 'srv');
    let running = 0;
    let most = 0;
    const server = await start({
      dir, build: 'b', version: 'v', idleMs: 0, maxQueue: 2, ruleSets: () => 0,
      run: async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 1000)); // long enough for all five to arrive meanwhile
        running--;
        return { code: 0, output: [] };
      },
    });
    try {
      const token = readFileSync(tokenPath(dir), 'utf8').trim();
      const ask = (id: number) => rawExchange(socketPath(dir), [encodeFrame({ protocol: PROTOCOL, build: 'b', token, id, op: 'run', argv: ['scan'], cwd: dir, env: {} })]);
      const replies = (await Promise.all([1, 2, 3, 4, 5].map(ask))) as { ok: boolean; error?: string }[];
      // One running and two waiting; the other two are told at once, and their clients scan in process.
      expect(replies.filter((r) => r.ok)).toHaveLength(3);
      expect(replies.filter((r) => r.error === 'busy')).toHaveLength(2);
      expect(most).toBe(1);
    } finally {
      server.stop('test');
      expect(await server.done).toBe('test');
    }
    expect(existsSync(socketPath(dir))).toBe(false);
  }, 30_000);
});

describe('promptgate serve: its life', () => {
  it('replaces the socket a crashed server left, stops on SIGTERM and removes its socket and token', async () => {
    const dir = join(tempDir('pg-serve-life-'), 'srv');
    mkdirSync(dir, { mode: 0o700 });
    // A server killed with SIGKILL leaves its socket file behind.
    const crashed = spawnSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(socketPath(dir))}, () => process.kill(process.pid, 'SIGKILL'))`]);
    expect(crashed.signal).toBe('SIGKILL');
    expect(existsSync(socketPath(dir))).toBe(true);
    const s = await startServer(dir);
    expect(runSync(['scan', '--format', 'json'], dir, { input: STAMPED }).code).toBe(1);
    expect(await requests(dir)).toBe(1);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
    expect(s.log()).toMatch(/stopped \(SIGTERM\)/);
    expect(existsSync(socketPath(dir))).toBe(false);
    expect(existsSync(tokenPath(dir))).toBe(false);
    // Gone: the client scans in process, and says nothing about it.
    const r = runSync(['scan', '--format', 'json'], dir, { input: STAMPED });
    expect(r.code).toBe(1);
    expect(r.stderr.toString()).toBe('');
    expect(runSync(['serve', '--status'], dir).code).toBe(1);
  }, 60_000);

  it('stops by itself after the idle time, and on `serve --stop`', async () => {
    const dir = join(tempDir('pg-serve-idle-'), 'srv');
    const idle = await startServer(dir, '1s');
    expect(await idle.exited).toBe(0);
    expect(idle.log()).toMatch(/stopped \(idle\)/);
    expect(existsSync(socketPath(dir))).toBe(false);
    const s = await startServer(dir);
    const stop = runSync(['serve', '--stop'], dir);
    expect(stop.stdout.toString()).toContain(`stopped the promptgate server ${s.child.pid}`);
    expect(await s.exited).toBe(0);
    expect(existsSync(socketPath(dir))).toBe(false);
  }, 60_000);

  it('--detach returns once the server answers', async () => {
    const dir = join(tempDir('pg-serve-detach-'), 'srv');
    const r = runSync(['serve', '--detach', '--idle', '30s'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toMatch(/promptgate server \d+ started/);
    try {
      expect(runSync(['serve', '--status'], dir).code).toBe(0);
    } finally {
      expect(runSync(['serve', '--stop'], dir).code).toBe(0);
    }
  }, 60_000);

  it('rejects a malformed --idle', () => {
    const r = runSync(['serve', '--idle', 'soon'], join(tempDir('pg-serve-bad-'), 'srv'));
    expect(r.code).toBe(2);
    expect(r.stderr.toString()).toContain('--idle needs a duration');
  });

  it('the library says when no server runs', async () => {
    await expect(connect({ dir: join(tempDir('pg-serve-none-'), 'srv') })).rejects.toBeInstanceOf(ServerUnavailable);
  });
});
