import { connect as netConnect, type Socket } from 'node:net';
import { buildId, folderProblem, readToken, serverDir, socketPath, socketProblem } from './location.js';
import { clientTimeoutMs, encodeFrame, FrameReader, MAX_REPLY_BYTES, PROTOCOL, type Reply, type Request, runFields, runResult, ServerUnavailable, type ServerStatus } from './protocol.js';

export { DEFAULT_TIMEOUT_MS, runResult, ServerUnavailable } from './protocol.js';


export interface ClientOptions {
  /** The server's folder (default: serverDir(env)). */
  dir?: string;
  env?: NodeJS.ProcessEnv;
  /** The promptgate installation the client stands for (its package root): the handshake compares builds. */
  root: string;
  timeoutMs?: number;
}

/** How much of a reply one read takes (a prompt's whole reply; a larger one comes in several reads). */
const READ_BUFFER_BYTES = 64 * 1024;

/** Where the socket's reads go: set by the connection once it is made. */
interface Reads {
  onChunk: (chunk: Buffer) => void;
}

/** One open connection to a server: requests go one after the other, each with its own bounded wait. */
export class ServerConnection {
  private nextId = 1;
  private pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  private failure: Error | undefined;

  private constructor(private readonly socket: Socket, reads: Reads, private readonly token: string, private readonly build: string, private readonly timeoutMs: number) {
    const reader = new FrameReader(MAX_REPLY_BYTES);
    reads.onChunk = (chunk: Buffer) => {
      let messages: unknown[];
      try {
        messages = reader.push(chunk);
      } catch (e) {
        return this.fail(new ServerUnavailable(`the server answered garbage (${(e as Error).message})`));
      }
      for (const m of messages) {
        const reply = m as Reply;
        const p = typeof reply.id === 'number' ? this.pending.get(reply.id) : undefined;
        if (!p) return this.fail(new ServerUnavailable('the server answered a question that was not asked'));
        this.pending.delete(reply.id!);
        clearTimeout(p.timer);
        p.resolve(reply);
      }
    };
    socket.on('error', (e) => this.fail(new ServerUnavailable(`the connection failed (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    socket.on('close', () => this.fail(new ServerUnavailable('the server closed the connection')));
  }

  /** Connects to the user's server; rejects with ServerUnavailable when there is none that can be trusted. */
  static open(opts: ClientOptions): Promise<ServerConnection> {
    const env = opts.env ?? process.env;
    const dir = opts.dir ?? serverDir(env);
    const timeoutMs = opts.timeoutMs ?? clientTimeoutMs(env);
    // A folder someone else controls could hold their server, which would see the text: not used.
    const problem = folderProblem(dir) ?? socketProblem(dir);
    if (problem) return Promise.reject(new ServerUnavailable(`${dir} ${problem}`));
    const token = readToken(dir);
    if (!token) return Promise.reject(new ServerUnavailable('no server is running'));
    return new Promise((resolve, reject) => {
      // Replies are read into one buffer and handed over as copies (`onread`): no readable stream in flowing mode,
      // whose machinery a short-lived client would compile and run for one reply.
      const reads: Reads = { onChunk: () => undefined };
      const socket = netConnect({
        path: socketPath(dir),
        onread: { buffer: Buffer.allocUnsafe(READ_BUFFER_BYTES), callback: (n: number, buf: Uint8Array) => {
          reads.onChunk(Buffer.from(buf.subarray(0, n)));
          return true;
        } },
      });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new ServerUnavailable('the server did not accept the connection in time'));
      }, timeoutMs);
      socket.once('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(new ServerUnavailable(`no server is running (${e.code ?? e.message})`));
      });
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        resolve(new ServerConnection(socket, reads, token, buildId(opts.root), timeoutMs));
      });
    });
  }

  /** Sends one request; resolves to the server's reply, or rejects (ServerUnavailable) on failure, garbage or time-out. */
  request(req: Omit<Request, 'protocol' | 'build' | 'token' | 'id'>): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new ServerUnavailable(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.socket.write(encodeFrame({ ...req, protocol: PROTOCOL, build: this.build, token: this.token, id } satisfies Request));
    });
  }

  /** Runs a promptgate command line in the server, as the CLI would in this process. */
  async run(argv: string[], o: { stdin?: Uint8Array; cwd?: string; env?: NodeJS.ProcessEnv; tty?: Request['tty'] } = {}): Promise<{ code: number; stdout: Buffer; stderr: Buffer; output: [1 | 2, Buffer][] }> {
    const reply = await this.request(runFields(argv, { ...o, cwd: o.cwd ?? process.cwd(), env: o.env ?? process.env }));
    return runResult(reply);
  }

  async status(): Promise<ServerStatus> {
    const reply = await this.request({ op: 'status' });
    if (!reply.ok || !reply.status) throw new ServerUnavailable(reply.error ?? 'the server did not say its status');
    return reply.status;
  }

  /** Asks the server to stop (it answers first). */
  async stop(): Promise<void> {
    const reply = await this.request({ op: 'stop' });
    if (!reply.ok) throw new ServerUnavailable(reply.error ?? 'the server refused to stop');
  }

  close(): void {
    this.fail(new ServerUnavailable('the connection was closed'));
  }

  /**
   * Leaves the open connection to the process's end: it no longer keeps the process alive. For a client that exits
   * right after its reply (bin/promptgate.js): closing a socket costs a short-lived process more than exiting does.
   */
  leave(): void {
    this.socket.unref();
  }

  private fail(e: Error): void {
    if (!this.failure) this.failure = e;
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(this.failure);
    }
    this.pending.clear();
    this.socket.destroy();
  }
}
