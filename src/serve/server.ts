import { randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { ensureFolder, socketPath, tokenPath } from './location.js';
import { encodeFrame, FrameReader, MAX_REQUEST_BYTES, PROTOCOL, type Reply, type Request, type ServerStatus } from './protocol.js';

/**
 * `promptgate serve`: one process per user that keeps rule sets loaded and runs the commands its clients send, one at
 * a time (scans are CPU work: running two at once only makes both later), with a bounded queue behind it. It never
 * writes a text, a file name or a finding anywhere: its own lines say only that it started, and why it stopped.
 */
export interface ServerOptions {
  dir: string;
  build: string;
  version: string;
  /** Stop after this long without a request (0: never). */
  idleMs: number;
  /** Runs a command line, as the CLI in process would. */
  run(req: Request): Promise<{ code: number; output: [1 | 2, string][] }>;
  /** How many rule sets are kept (for the status). */
  ruleSets(): number;
  /** Requests waiting beyond the one running; more are answered "busy" (the client scans in process). */
  maxQueue?: number;
  /** Connections open at once. */
  maxConnections?: number;
}

export interface RunningServer {
  socket: string;
  /** Resolves with the reason the server stopped (idle, stop, a signal) once its socket and token are removed. */
  done: Promise<string>;
  stop(reason: string): void;
}

/** Another server answers on the socket: this one does not start. */
export class AlreadyRunning extends Error {}

/** A connection that has not sent a whole first request by then is closed. */
const HANDSHAKE_MS = 5_000;

export async function startServer(o: ServerOptions): Promise<RunningServer> {
  ensureFolder(o.dir);
  const path = socketPath(o.dir);
  if (process.platform !== 'win32') {
    // A socket file left by a server that crashed refuses connections: it is replaced. One that answers is not.
    if (await answers(path)) throw new AlreadyRunning(path);
    rmSync(path, { force: true });
  }
  const token = randomBytes(32).toString('hex');
  const tokenBytes = Buffer.from(token);
  const startedAt = new Date();
  const queue: { sock: Socket; req: Request }[] = [];
  const maxQueue = o.maxQueue ?? 32;
  let running = false;
  let requests = 0;
  let stopping = false;
  let idleTimer: NodeJS.Timeout | undefined;
  let idleSince = Date.now();
  let finish!: (reason: string) => void;
  const done = new Promise<string>((r) => { finish = r; });
  const sockets = new Set<Socket>();

  const server: Server = createServer((sock) => {
    sockets.add(sock);
    const reader = new FrameReader(MAX_REQUEST_BYTES);
    let greeted = false;
    sock.setTimeout(HANDSHAKE_MS, () => { if (!greeted) sock.destroy(); });
    sock.on('error', () => { /* a client that went away: nothing to say */ });
    sock.on('close', () => sockets.delete(sock));
    sock.on('data', (chunk: Buffer) => {
      let messages: unknown[];
      try {
        messages = reader.push(chunk);
      } catch {
        sock.destroy(); // oversized or not JSON: not a promptgate client
        return;
      }
      for (const m of messages) {
        const req = m as Request;
        if (!authentic(req)) {
          reply(sock, { id: req.id, ok: false, error: 'denied' });
          sock.end();
          return;
        }
        greeted = true;
        sock.setTimeout(0);
        handle(sock, req);
      }
    });
  });
  server.maxConnections = o.maxConnections ?? 64;

  function authentic(req: Request): boolean {
    if (req.protocol !== PROTOCOL || typeof req.token !== 'string') return false;
    const given = Buffer.from(req.token);
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  }

  function handle(sock: Socket, req: Request): void {
    // Status and stop answer a client of any build (to see the mismatch, and to stop an old server after an upgrade).
    if (req.op === 'status') return reply(sock, { id: req.id, ok: true, status: status() });
    if (req.op === 'stop') {
      reply(sock, { id: req.id, ok: true });
      return stop('stop');
    }
    if (req.build !== o.build) return reply(sock, { id: req.id, ok: false, error: 'mismatch' });
    if (req.op !== 'run' || !validRun(req)) return reply(sock, { id: req.id, ok: false, error: 'malformed' });
    if (queue.length >= maxQueue) return reply(sock, { id: req.id, ok: false, error: 'busy' });
    queue.push({ sock, req });
    clearTimeout(idleTimer);
    void next();
  }

  async function next(): Promise<void> {
    if (running) return;
    running = true;
    for (let job = queue.shift(); job && !stopping; job = queue.shift()) {
      if (job.sock.destroyed) continue; // the client gave up (and scans in process)
      requests++;
      let answer: Reply;
      try {
        answer = { id: job.req.id, ok: true, ...(await o.run(job.req)) };
      } catch {
        answer = { id: job.req.id, ok: false, error: 'error' };
      }
      reply(job.sock, answer);
    }
    running = false;
    armIdle();
  }

  function armIdle(): void {
    clearTimeout(idleTimer);
    idleSince = Date.now();
    if (!stopping && o.idleMs > 0) idleTimer = setTimeout(() => stop('idle'), o.idleMs);
  }

  function status(): ServerStatus {
    return {
      pid: process.pid, version: o.version, build: o.build, socket: path, startedAt: startedAt.toISOString(), requests,
      ruleSets: o.ruleSets(), idleMs: o.idleMs, stopsInMs: running || queue.length > 0 ? o.idleMs : Math.max(0, o.idleMs - (Date.now() - idleSince)),
    };
  }

  function stop(reason: string): void {
    if (stopping) return;
    stopping = true;
    clearTimeout(idleTimer);
    server.close(() => {
      removeOwnFiles();
      finish(reason);
    });
    // Answers already written are flushed; a client still waiting sees the connection close and scans in process.
    for (const s of sockets) s.end();
    setTimeout(() => { for (const s of sockets) s.destroy(); }, 200).unref();
  }

  function removeOwnFiles(): void {
    let ours = false;
    try {
      ours = readFileSync(tokenPath(o.dir), 'utf8').trim() === token;
    } catch { /* gone already */ }
    // A newer server may have replaced both: then they are its files, not ours.
    if (ours) {
      rmSync(tokenPath(o.dir), { force: true });
      if (process.platform !== 'win32') rmSync(path, { force: true });
    }
  }

  const oldMask = process.umask(0o077); // the socket is born 0600, not widened for an instant
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new AlreadyRunning(path) : e));
      server.listen(path, () => resolve());
    });
  } finally {
    process.umask(oldMask);
  }
  if (process.platform !== 'win32') chmodSync(path, 0o600);
  rmSync(tokenPath(o.dir), { force: true });
  writeFileSync(tokenPath(o.dir), `${token}\n`, { mode: 0o600, flag: 'wx' });
  armIdle();
  return { socket: path, done, stop };
}

function reply(sock: Socket, r: Reply): void {
  if (!sock.destroyed) sock.write(encodeFrame(r));
}

function validRun(req: Request): boolean {
  const strings = (a: unknown) => Array.isArray(a) && a.every((x) => typeof x === 'string');
  return strings(req.argv) && typeof req.cwd === 'string' && typeof req.env === 'object' && req.env !== null
    && Object.values(req.env).every((v) => typeof v === 'string') && (req.stdin === undefined || typeof req.stdin === 'string');
}

/** Whether a server answers on this socket (a connection is accepted). */
export function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    const timer = setTimeout(() => { s.destroy(); resolve(false); }, 1000);
    s.once('connect', () => { clearTimeout(timer); s.destroy(); resolve(true); });
    s.once('error', () => { clearTimeout(timer); resolve(false); });
  });
}
