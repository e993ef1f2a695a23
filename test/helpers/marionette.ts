import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Firefox driven over Marionette, its own remote protocol (what geckodriver speaks to it): length-prefixed JSON over
 * TCP, `[0, id, command, params]` answered by `[1, id, error, result]`. Enough for the extension's Firefox test —
 * a session, a temporary add-on, navigation, scripts in the page — with no package beyond Node: playwright-core
 * drives only its own patched Firefox, and Debian's firefox-esr speaks Marionette (and WebDriver BiDi, which needs
 * a WebSocket client Node 20 does not have).
 */
export class Firefox {
  private buf = Buffer.alloc(0);
  private next = 0;
  private readonly waiting = new Map<number, (m: unknown[]) => void>();

  private constructor(private readonly proc: ChildProcess, private readonly sock: Socket, readonly profile: string) {
    sock.on('data', (d: Buffer) => {
      this.buf = Buffer.concat([this.buf, d]);
      for (;;) {
        const colon = this.buf.indexOf(0x3a);
        if (colon < 0) return;
        const len = Number(this.buf.subarray(0, colon).toString('latin1'));
        if (this.buf.length < colon + 1 + len) return;
        const msg = JSON.parse(this.buf.subarray(colon + 1, colon + 1 + len).toString('utf8')) as unknown;
        this.buf = this.buf.subarray(colon + 1 + len);
        if (Array.isArray(msg)) this.waiting.get(msg[1] as number)?.(msg);
      }
    });
  }

  /** Starts a headless Firefox on a fresh profile, Marionette on a free port, and opens a session. */
  static async launch(binary: string, prefs: Record<string, string | number | boolean> = {}, args: string[] = []): Promise<Firefox> {
    const profile = mkdtempSync(join(tmpdir(), 'pg-firefox-'));
    const all = {
      'marionette.port': 0, // a free port, written to MarionetteActivePort in the profile
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.disabledForTesting': true,
      'browser.startup.homepage_override.mstone': 'ignore',
      'browser.aboutwelcome.enabled': false,
      'extensions.autoDisableScopes': 0,
      ...prefs,
    };
    writeFileSync(join(profile, 'user.js'), Object.entries(all).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
    const proc = spawn(binary, ['--headless', '--marionette', '--no-remote', '--profile', profile, ...args], { stdio: process.env.PG_FIREFOX_LOG ? 'inherit' : 'ignore' });
    const portFile = join(profile, 'MarionetteActivePort');
    for (let i = 0; i < 300 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 100));
    if (!existsSync(portFile)) {
      proc.kill();
      throw new Error(`${binary} did not open Marionette within 30 s`);
    }
    const port = Number(readFileSync(portFile, 'utf8'));
    const sock = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => sock.once('data', () => resolve()).once('error', reject)); // the greeting
    const ff = new Firefox(proc, sock, profile);
    await ff.send('WebDriver:NewSession', { capabilities: {} });
    return ff;
  }

  send(command: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.next;
    const text = JSON.stringify([0, id, command, params]);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => {
        this.waiting.delete(id);
        if (m[2]) reject(new Error(`${command}: ${JSON.stringify(m[2])}`));
        else resolve(m[3]);
      });
      this.sock.write(`${Buffer.byteLength(text)}:${text}`);
    });
  }

  /** Runs `body` (a function body; `arguments` are `args`) in the current page and returns its value. */
  async run<T>(body: string, ...args: unknown[]): Promise<T> {
    return ((await this.send('WebDriver:ExecuteScript', { script: body, args })) as { value: T }).value;
  }

  /** Polls `body` in the page until it returns something truthy (then that), or fails after `ms`. */
  async until<T>(body: string, ms = 15_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await this.run<T>(body);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for: ${body}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async close(): Promise<void> {
    await this.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    this.sock.destroy();
    if (this.proc.exitCode === null) await new Promise((r) => this.proc.once('exit', r));
    rmSync(this.profile, { recursive: true, force: true });
  }
}
