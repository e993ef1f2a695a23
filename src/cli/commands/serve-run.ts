import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../errors.js';
import { fill, messages } from '../../i18n/index.js';
import { COLD_TEXTS } from '../../match/candidates.js';
import { useEngineCache } from '../../runtime/regex-watchdog.js';
import { loadRuleSet } from '../../rules/ruleset.js';
import { ServerConnection, ServerUnavailable } from '../../serve/client.js';
import { RuleSetCache } from '../../serve/engine-cache.js';
import { buildId, ensureFolder, folderProblem, serverDir, socketPath } from '../../serve/location.js';
import type { Request } from '../../serve/protocol.js';
import { AlreadyRunning, startServer } from '../../serve/server.js';
import { type CliIO, pickLang } from '../io.js';

/** How often the server scans WARM_PROMPT before and after the examples, before it listens. */
const WARM_PROMPTS = 10;
/** How much of the built-in rules' match examples the server scans before it listens (evenly picked). */
const WARM_EXAMPLES = 32 * 1024;
/** Ordinary text in the three languages (nothing in it is to be found), with dates, amounts and numbers. */
const WARM_PROMPT = [
  'Xin chào, nhờ bạn tóm tắt giúp biên bản cuộc họp ngày 12/03 về kế hoạch triển khai phần mềm quản lý hồ sơ, ',
  'gồm tiến độ, ngân sách dự kiến 350 triệu đồng và các việc cần làm trong quý tới.\n',
  'Dobrý den, prosím o shrnutí zápisu z porady o rozpočtu na příští rok: částka 1 250 000 Kč, termín 15. 4., ',
  'odpovědná osoba vedoucí oddělení.\n',
  'Please summarise these meeting notes: the migration is planned for Q3, ticket 4521 tracks it, budget 12,000 USD; ',
  'draft a short reply that thanks the team and lists the next three steps.\n\n',
].join('');

/** Every n-th match example of the built-in rules, about WARM_EXAMPLES characters in all, in texts of ~4 KB. */
function exampleTexts(): string[] {
  const all = loadRuleSet({}).flatMap((r) => (r.enabled ? r.examples.match : []));
  const size = all.reduce((n, x) => n + x.length + 1, 0);
  const every = Math.max(1, Math.ceil(size / WARM_EXAMPLES));
  const texts: string[] = [];
  let text = '';
  for (let i = 0; i < all.length; i += every) {
    text += `${all[i]}\n`;
    if (text.length < 4096) continue;
    texts.push(text);
    text = '';
  }
  if (text) texts.push(text);
  return texts;
}

export interface ServeFlags {
  status?: boolean;
  stop?: boolean;
  detach?: boolean;
  idle?: string;
  lang?: string;
}

/** The package root (dist/cli/commands/ → ../../..): its build is what the handshake compares. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** `promptgate serve [--status | --stop | --detach]`: 0 done (or running), 1 no server (status), 2 could not start. */
export async function serveCommand(flags: ServeFlags, io: CliIO): Promise<number> {
  const t = messages(pickLang(flags.lang, io.env)).serve;
  const idleMs = parseDuration(flags.idle ?? '15m');
  if (idleMs === undefined) throw new UsageError(fill(t.badIdle, { value: flags.idle ?? '' }));
  const dir = serverDir(io.env);
  const socket = socketPath(dir);
  if (flags.status || flags.stop) {
    let conn: ServerConnection;
    try {
      conn = await ServerConnection.open({ root: ROOT, dir, env: io.env });
    } catch {
      io.stdout.write(`${fill(t.notRunning, { socket })}\n`);
      return flags.status ? 1 : 0;
    }
    try {
      const s = await conn.status();
      if (flags.stop) {
        await conn.stop();
        await waitFor(async () => !(await running(dir, io.env)), 5000);
        io.stdout.write(`${fill(t.stopping, { pid: s.pid })}\n`);
        return 0;
      }
      io.stdout.write(`${fill(t.status, {
        pid: s.pid, version: s.version, socket: s.socket, since: s.startedAt, requests: s.requests, ruleSets: s.ruleSets,
        idle: s.idleMs > 0 ? duration(s.idleMs) : t.never, left: s.idleMs > 0 ? duration(s.stopsInMs) : t.never,
      })}\n`);
      if (s.build !== buildId(ROOT)) io.stdout.write(`${fill(t.otherBuild, { build: s.version })}\n`);
      return 0;
    } catch (e) {
      if (!(e instanceof ServerUnavailable)) throw e;
      io.stdout.write(`${fill(t.notRunning, { socket })}\n`);
      return flags.status ? 1 : 0;
    } finally {
      conn.close();
    }
  }
  if (await running(dir, io.env)) {
    io.stderr.write(`promptgate: ${fill(t.already, { socket })}\n`);
    return 0;
  }
  if (flags.detach) return detach(flags, io, dir, socket, t);

  const cache = new RuleSetCache();
  useEngineCache(cache);
  const { run } = await import('../main.js');
  const home = process.cwd();
  const runRequest = async (req: Request) => {
    try {
      return await runInServer(run, req);
    } finally {
      process.chdir(home);
    }
  };
  // Scans before listening: the built-in rules are loaded and the scan path compiled before the first client comes —
  // past a process's first short texts, so the automaton a warm process reads short texts with is loaded too.
  const warmUp: Request = { protocol: 0, build: '', token: '', op: 'run', argv: ['scan', '--format', 'json', '--no-config'], cwd: home, env: { ...process.env } as Record<string, string>, stdin: Buffer.from('warm-up 0123456789').toString('base64') };
  for (let i = 0; i <= COLD_TEXTS; i++) await runRequest(warmUp);
  // Then until the scan path of a prompt is compiled optimised and the regexes a prompt meets are compiled: a fresh
  // server took 11–18 ms of CPU a request for its first ~15 prompts (the first 40–50 ms), 3.2–3.8 ms once warm. Ordinary
  // text, a quarter of the built-in rules' own match examples (~29 KB, 4 KB a scan: nothing of them is kept or
  // written), and the ordinary text again: ~0.8 s of CPU once at the start, and the first prompts cost ~5 ms (#21,
  // session 15).
  const prompt: Request = { ...warmUp, stdin: Buffer.from(WARM_PROMPT.repeat(4)).toString('base64') };
  for (let i = 0; i < WARM_PROMPTS; i++) await runRequest(prompt);
  for (const text of exampleTexts()) await runRequest({ ...warmUp, stdin: Buffer.from(text).toString('base64') });
  for (let i = 0; i < WARM_PROMPTS; i++) await runRequest(prompt);
  let server;
  try {
    server = await startServer({ dir, build: buildId(ROOT), version: versionOf(ROOT), idleMs, run: runRequest, ruleSets: () => cache.size });
  } catch (e) {
    if (e instanceof AlreadyRunning) {
      io.stderr.write(`promptgate: ${fill(t.already, { socket })}\n`);
      return 0;
    }
    const problem = folderProblem(dir);
    if (problem) throw new UsageError(fill(t.unsafeFolder, { problem: `${dir} ${problem}` }));
    throw e;
  }
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;
  const onSignal = (sig: string) => server.stop(sig);
  for (const s of signals) process.on(s, onSignal);
  io.stderr.write(`${fill(t.listening, { pid: process.pid, socket: server.socket, idle: idleMs === 0 ? t.never : duration(idleMs) })}\n`);
  const reason = await server.done;
  for (const s of signals) process.off(s, onSignal);
  useEngineCache(undefined);
  io.stderr.write(`${fill(t.stopped, { pid: process.pid, reason })}\n`);
  return 0;
}

/**
 * Runs one client's command line through the CLI, with the client's folder, environment, terminal and standard
 * input, and collects what it writes, in order. The server runs one at a time, so the working folder can be the
 * client's for the duration (paths in the command line and the config are relative to it).
 */
async function runInServer(run: (argv: string[], io: CliIO) => Promise<number>, req: Request): Promise<{ code: number; output: [1 | 2, string][] }> {
  const output: [1 | 2, Buffer[]][] = [];
  const sink = (fd: 1 | 2, tty: boolean | undefined) => Object.assign(new Writable({
    highWaterMark: 1 << 30,
    write(chunk: Buffer | string, enc, cb) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
      const last = output[output.length - 1];
      if (last && last[0] === fd) last[1].push(b);
      else output.push([fd, [b]]);
      cb();
    },
  }), { isTTY: tty, columns: fd === 1 && tty ? req.tty?.columns : undefined });
  const stdin = Object.assign(Readable.from(req.stdin ? [Buffer.from(req.stdin, 'base64')] : [], { objectMode: false }), { isTTY: req.tty?.stdin });
  process.chdir(req.cwd!);
  const code = await run(req.argv!, { stdout: sink(1, req.tty?.stdout), stderr: sink(2, req.tty?.stderr), stdin, env: req.env!, cwd: req.cwd! });
  return { code, output: output.map(([fd, parts]) => [fd, Buffer.concat(parts).toString('base64')]) };
}

async function detach(flags: ServeFlags, io: CliIO, dir: string, socket: string, t: ReturnType<typeof messages>['serve']): Promise<number> {
  ensureFolder(dir); // also the server's working folder: it holds no mount busy
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/promptgate.js'), 'serve', '--idle', flags.idle ?? '15m'], {
    detached: true, stdio: 'ignore', env: io.env, cwd: dir, windowsHide: true,
  });
  child.unref();
  if (await waitFor(() => running(dir, io.env), 15_000)) {
    io.stdout.write(`${fill(t.started, { pid: child.pid ?? '?', socket })}\n`);
    return 0;
  }
  io.stderr.write(`promptgate: ${t.startFailed}\n`);
  return 2;
}

/** Whether a server of any build answers on this user's socket (its status). */
async function running(dir: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  try {
    const conn = await ServerConnection.open({ root: ROOT, dir, env, timeoutMs: 2000 });
    try {
      await conn.status();
      return true;
    } finally {
      conn.close();
    }
  } catch {
    return false;
  }
}

async function waitFor(test: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await test()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** "90s", "15m", "2h", "500ms", a bare number of seconds; 0 = never. */
export function parseDuration(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(s.trim());
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's']!;
  const ms = Number(m[1]) * unit;
  return ms <= 2 ** 31 - 1 ? Math.round(ms) : undefined;
}

function duration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  return ms >= 1000 ? `${Math.round(ms / 1000)}s` : `${ms}ms`;
}

function versionOf(root: string): string {
  try {
    return JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}
