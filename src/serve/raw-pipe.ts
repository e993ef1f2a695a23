/**
 * One request and its reply over a Unix socket through Node's own pipe handle (`process.binding('pipe_wrap')`),
 * without `node:net`: for the command-line client, whose served run is otherwise mostly Node's start-up plus loading
 * `node:net` and the stream classes it builds a socket from (~15 M of the client's ~35 M instructions above
 * `node -e 0`, issue #21). The handle is what `net.Socket` wraps; only connect, one write and reads are used.
 *
 * It is an accelerator only: `rawPipe()` answers undefined — and the caller uses `node:net` as before — on Windows,
 * when the bindings are not there or not of the shape Node 20–22 give, or when Node would print a deprecation warning
 * for `process.binding` (`--pending-deprecation`). Any failure after that (no server, a refused or broken connection,
 * garbage, the time limit) rejects, and the caller scans in process: never a pass.
 */
import { getSystemErrorName } from 'node:util';

interface PipeHandle {
  connect(req: object, path: string): number;
  writeBuffer(req: object, data: Buffer): number;
  readStart(): number;
  onread: (arrayBuffer: ArrayBuffer | undefined) => void;
  close(): void;
  unref(): void;
}

export interface RawPipe {
  /** Whether descriptor `fd` is a terminal (tty.isatty without loading `node:tty`, which loads `node:net`). */
  isatty(fd: number): boolean;
  /** Connects to the socket at `path`; rejects when nothing accepts within `timeoutMs`. */
  connect(path: string, timeoutMs: number): Promise<RawConnection>;
}

type Bindings = {
  Pipe: new (type: number) => PipeHandle;
  PipeConnectWrap: new () => { oncomplete?: (status: number) => void };
  SOCKET: number;
  WriteWrap: new () => { handle?: PipeHandle; oncomplete?: (status: number) => void };
  state: Int32Array;
  kRead: number;
  kOffset: number;
  isTTY: (fd: number) => boolean;
};

let cached: RawPipe | null | undefined;

/** The raw pipe, when this Node offers it silently; undefined: use `node:net`. */
export function rawPipe(env: NodeJS.ProcessEnv = process.env): RawPipe | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  if (process.platform === 'win32' || pendingDeprecation(env)) return undefined;
  let b: Bindings;
  try {
    const binding = (process as unknown as { binding?: (name: string) => Record<string, unknown> }).binding;
    if (typeof binding !== 'function') return undefined;
    const pipe = binding('pipe_wrap');
    const stream = binding('stream_wrap');
    const tty = binding('tty_wrap');
    b = {
      Pipe: pipe.Pipe as Bindings['Pipe'],
      PipeConnectWrap: pipe.PipeConnectWrap as Bindings['PipeConnectWrap'],
      SOCKET: (pipe.constants as { SOCKET?: number } | undefined)?.SOCKET as number,
      WriteWrap: stream.WriteWrap as Bindings['WriteWrap'],
      state: stream.streamBaseState as Int32Array,
      kRead: stream.kReadBytesOrError as number,
      kOffset: stream.kArrayBufferOffset as number,
      isTTY: tty.isTTY as Bindings['isTTY'],
    };
  } catch {
    return undefined;
  }
  const shapeOk =
    typeof b.Pipe === 'function' && typeof b.PipeConnectWrap === 'function' && typeof b.WriteWrap === 'function' &&
    typeof b.isTTY === 'function' && typeof b.SOCKET === 'number' && b.state instanceof Int32Array &&
    Number.isInteger(b.kRead) && Number.isInteger(b.kOffset) &&
    ['connect', 'writeBuffer', 'readStart', 'close', 'unref'].every((m) => typeof (b.Pipe.prototype as unknown as Record<string, unknown>)[m] === 'function');
  if (!shapeOk) return undefined;
  cached = { isatty: (fd) => b.isTTY(fd), connect: (path, timeoutMs) => connect(b, path, timeoutMs) };
  return cached;
}

/** `--pending-deprecation` (flag, NODE_OPTIONS or NODE_PENDING_DEPRECATION=1) makes `process.binding` warn. */
function pendingDeprecation(env: NodeJS.ProcessEnv): boolean {
  if ((process as { noDeprecation?: boolean }).noDeprecation) return false;
  return env.NODE_PENDING_DEPRECATION === '1' || /--pending[-_]deprecation/.test(`${process.execArgv.join(' ')} ${env.NODE_OPTIONS ?? ''}`);
}

/** A connected pipe: one request written, its reply read. */
export interface RawConnection {
  /** Writes `request` and hands each chunk read to `onChunk` until it answers true (the reply is whole). */
  exchange(request: Buffer, onChunk: (chunk: Buffer) => boolean, timeoutMs: number): Promise<void>;
  /** Lets the process end without closing the connection first (closing costs a short-lived process more). */
  leave(): void;
  close(): void;
}

function connect(b: Bindings, path: string, timeoutMs: number): Promise<RawConnection> {
  const handle = new b.Pipe(b.SOCKET);
  let closed = false;
  const close = () => {
    if (!closed) handle.close();
    closed = true;
  };
  const connected = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not accept the connection in time')), timeoutMs);
    const req = new b.PipeConnectWrap(); // referenced by the closure until it completes
    req.oncomplete = (status: number) => {
      clearTimeout(timer);
      if (status < 0) reject(new Error(`no server is running (${errorName(status)})`));
      else resolve();
    };
    const err = handle.connect(req, path);
    if (err) {
      clearTimeout(timer);
      reject(new Error(`no server is running (${errorName(err)})`));
    }
  });
  const conn: RawConnection = {
    exchange: (request, onChunk, ms) => new Promise<void>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const timer = setTimeout(() => finish(new Error(`no answer within ${ms} ms`)), ms);
      handle.onread = (arrayBuffer) => {
        if (settled) return;
        const n = b.state[b.kRead]!;
        if (n < 0) return finish(new Error('the server closed the connection'));
        if (n === 0 || !arrayBuffer) return; // nothing read this time
        try {
          if (onChunk(Buffer.from(arrayBuffer, b.state[b.kOffset]!, n))) finish();
        } catch (e) {
          finish(e as Error);
        }
      };
      const req = new b.WriteWrap(); // referenced by the closure until it completes
      req.handle = handle;
      req.oncomplete = (status: number) => {
        if (status < 0) finish(new Error(`the connection failed (${errorName(status)})`));
      };
      const err = handle.readStart() || handle.writeBuffer(req, request);
      if (err) finish(new Error(`the connection failed (${errorName(err)})`));
    }),
    leave: () => {
      if (!closed) handle.unref();
    },
    close,
  };
  return connected.then(() => conn, (e: Error) => {
    close();
    throw e;
  });
}

function errorName(code: number): string {
  try {
    return getSystemErrorName(code);
  } catch {
    return String(code);
  }
}
