/**
 * The wire format between `promptgate serve` and its clients: frames of a 4-byte big-endian length and that many bytes
 * of UTF-8 JSON. Bytes (standard input, the output streams) travel as base64 inside the JSON. A frame larger than the
 * reader's limit ends the connection: the peer is not trusted to be sane, and a client then scans in process.
 * Node built-ins only (no engine, no CLI): the small client bundle that bin/promptgate.js loads is made from this.
 */

/** Bumped whenever a message changes shape; part of the handshake. */
export const PROTOCOL = 1;
/** Largest request a server reads (standard input of up to MAX_SEND_BYTES, as base64, with argv and environment). */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
/** Largest reply a client reads (a report of a scan of MAX_SEND_BYTES can be larger than its input). */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;
/** Standard input and small files up to this size go to the server; larger input is scanned in process. */
export const MAX_SEND_BYTES = 4 * 1024 * 1024;
/** How long a client waits for a reply before it gives up and scans in process. PROMPTGATE_SERVER_TIMEOUT_MS overrides. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export function clientTimeoutMs(env: NodeJS.ProcessEnv): number {
  const ms = Number(env.PROMPTGATE_SERVER_TIMEOUT_MS);
  return ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
}

/** What a client sends: who it is (the handshake) and what to run. */
export interface Request {
  protocol: number;
  /** The promptgate version and installation the client would run in process (see buildId). */
  build: string;
  /** The secret in the server's token file: proves the client can read the user's own files. */
  token: string;
  id?: number;
  op: 'run' | 'status' | 'stop';
  /** op run: the command line, the working folder, the environment and the terminal, as the CLI would see them. */
  argv?: string[];
  cwd?: string;
  env?: Record<string, string>;
  /** Base64 of standard input, when the command reads it. */
  stdin?: string;
  tty?: { stdin?: boolean; stdout?: boolean; stderr?: boolean; columns?: number };
}

/** What a server answers. `ok: false` makes the client scan in process (never a pass). */
export interface Reply {
  id?: number;
  ok: boolean;
  /** Why not: mismatch (another version or installation), busy, denied, error. */
  error?: string;
  /** op run: the exit code and the output in the order it was written: [1 stdout | 2 stderr, base64]. */
  code?: number;
  output?: [1 | 2, string][];
  /** op status. */
  status?: ServerStatus;
}

export interface ServerStatus {
  pid: number;
  version: string;
  build: string;
  socket: string;
  startedAt: string;
  requests: number;
  /** Rule sets kept loaded (one per distinct set of rule files, config and options). */
  ruleSets: number;
  idleMs: number;
  /** Milliseconds until the server stops if nothing comes. */
  stopsInMs: number;
}

export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const head = Buffer.allocUnsafe(4);
  head.writeUInt32BE(body.length, 0);
  return Buffer.concat([head, body]);
}

/** Collects bytes and hands out whole frames; throws FrameError past the size limit or on a frame that is not JSON. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  /** The messages completed by this chunk (often none or one). */
  push(chunk: Buffer): unknown[] {
    this.chunks.push(chunk);
    this.size += chunk.length;
    const out: unknown[] = [];
    for (;;) {
      if (this.size < 4) return out;
      if (this.chunks[0]!.length < 4) this.chunks = [Buffer.concat(this.chunks)];
      const length = this.chunks[0]!.readUInt32BE(0);
      if (length > this.maxBytes) throw new FrameError(`frame of ${length} bytes is over the limit of ${this.maxBytes}`);
      // Joined once the frame is whole, not at every chunk of a large one.
      if (this.size < 4 + length) return out;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      let message: unknown;
      try {
        message = JSON.parse(all.toString('utf8', 4, 4 + length));
      } catch {
        throw new FrameError('frame is not JSON');
      }
      if (message === null || typeof message !== 'object') throw new FrameError('frame is not a JSON object');
      out.push(message);
      const rest = all.subarray(4 + length);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.size = rest.length;
    }
  }
}

export class FrameError extends Error {}

/** Why the server could not answer; the caller scans in process. Never a pass. */
export class ServerUnavailable extends Error {}

/** A reply to op run, checked: anything malformed is a failure of the server, never a result. */
export function runResult(reply: Reply): { code: number; stdout: Buffer; stderr: Buffer; output: [1 | 2, Buffer][] } {
  if (!reply.ok) throw new ServerUnavailable(`the server did not scan (${reply.error ?? 'no reason given'})`);
  const { code, output } = reply;
  if (code !== 0 && code !== 1 && code !== 2) throw new ServerUnavailable('the server answered without a valid exit code');
  if (!Array.isArray(output) || !output.every((o) => Array.isArray(o) && (o[0] === 1 || o[0] === 2) && typeof o[1] === 'string')) {
    throw new ServerUnavailable('the server answered without valid output');
  }
  const parts = output.map(([fd, b64]) => [fd, Buffer.from(b64, 'base64')] as [1 | 2, Buffer]);
  const of = (fd: 1 | 2) => Buffer.concat(parts.filter((p) => p[0] === fd).map((p) => p[1]));
  return { code, stdout: of(1), stderr: of(2), output: parts };
}

/** The fields of a run request, as both clients (client.ts's ServerConnection, cli-client.ts's raw pipe) send them. */
export function runFields(argv: string[], o: { stdin?: Uint8Array; cwd: string; env: NodeJS.ProcessEnv; tty?: Request['tty'] }): Pick<Request, 'op' | 'argv' | 'cwd' | 'env' | 'tty' | 'stdin'> {
  return {
    op: 'run', argv, cwd: o.cwd, env: plainEnv(o.env), tty: o.tty ?? {},
    stdin: o.stdin ? Buffer.from(o.stdin.buffer, o.stdin.byteOffset, o.stdin.byteLength).toString('base64') : undefined,
  };
}

export function plainEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (typeof v === 'string') out[k] = v;
  return out;
}
