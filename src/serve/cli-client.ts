import { closeSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { documentKind } from '../input/extract/detect.js';
import { buildId, folderProblem, readToken, serverDir, socketPath, socketProblem } from './location.js';
import { clientTimeoutMs, encodeFrame, FrameReader, MAX_REPLY_BYTES, MAX_SEND_BYTES, PROTOCOL, type Reply, type Request, runFields, runResult, ServerUnavailable } from './protocol.js';
import { rawPipe, type RawPipe } from './raw-pipe.js';
import { mark } from '../util/timing.js';

/**
 * The command-line client: bin/promptgate.js calls tryServer before it loads the CLI. Bundled on its own into
 * dist/serve-client.cjs (Node built-ins, this folder and the document sniffer only), so that a prompt answered by the
 * server costs a Node start-up, a few file reads and one round trip. Only what is cheap and safe to send is sent:
 * `scan` of standard input or small text files (not documents, not folders, not --staged), the AI-assistant hook
 * (`scan --input-format`) and `clip`. Anything else, or any failure of the server, is run in process by the caller —
 * with the standard input already read handed over, so nothing is lost.
 */

/** The answer: the exit code after the output was written, or what the in-process run needs. */
export type ServerOutcome =
  | { code: number }
  | { fallback: string; stdin?: { head: Buffer; more?: 'stream' | AsyncIterator<Buffer> } };

/** Options that take a value, by command (each also in `--name=value` form); the other known ones are switches. */
const RULE_VALUES = ['-r', '--rules', '-c', '--config', '--fail-on', '--lang'];
const RULE_SWITCHES = ['--no-builtin', '--no-config', '--no-validate-regex', '--color', '--no-color'];
const COMMANDS: Record<string, { values: string[]; switches: string[]; paths: boolean }> = {
  scan: {
    values: [...RULE_VALUES, '-f', '--format', '--stdin-filename', '--max-file-size', '--baseline', '--fingerprints', '--severity', '--input-format'],
    switches: [...RULE_SWITCHES, '--allow-skipped', '--no-inline-ignores', '--no-ignore', '--follow-links', '-v', '--verbose', '-q', '--quiet', '--ascii'],
    paths: true,
  },
  clip: {
    values: [...RULE_VALUES, '--map', '--passphrase-env'],
    switches: [...RULE_SWITCHES, '--redact', '--force', '--encrypt'],
    paths: false,
  },
};

interface Parsed {
  paths: string[];
  values: Map<string, string>;
}

/** The command line, when it is one the server may answer; undefined sends it to the CLI in process. */
export function parseServable(argv: string[]): ({ command: string } & Parsed) | undefined {
  let i = 0;
  // `promptgate --lang vi scan …`: the one option taken before the command name.
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=')) i += argv[i] === '--lang' ? 2 : 1;
  const command = argv[i++];
  const spec = command === undefined ? undefined : COMMANDS[command];
  if (!spec) return undefined;
  const paths: string[] = [];
  const values = new Map<string, string>();
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      paths.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    if (spec.values.includes(name)) {
      const value = name === a ? argv[++i] : a.slice(eq + 1);
      if (value === undefined) return undefined; // commander says what is missing
      values.set(name, value);
    } else if (!(name === a && spec.switches.includes(a))) {
      return undefined; // --staged, --help, --no-server, combined short flags, unknown options: in process
    }
  }
  if (paths.length > 0 && !spec.paths) return undefined;
  return { command, paths, values };
}

/** Whether the environment or the command line turns the server off. */
export function serverDisabled(argv: string[], env: NodeJS.ProcessEnv): boolean {
  const v = env.PROMPTGATE_NO_SERVER;
  return (v !== undefined && v !== '' && v !== '0' && v !== 'false') || argv.includes('--no-server');
}

/**
 * Asks the user's server to run this command line; undefined when the command is not one to send. On `{ code }` the
 * output is written (synchronously, nothing left buffered) and the connection is left open, unreferenced: the caller
 * ends the process with that code.
 */
export function tryServer(argv: string[], root: string): Promise<ServerOutcome> | undefined {
  const env = process.env;
  if (serverDisabled(argv, env)) return undefined;
  const cmd = parseServable(argv);
  if (!cmd) return undefined;
  // No server (the usual case without one): two failed file-system calls, nothing read, nothing loaded.
  const dir = serverDir(env);
  const token = folderProblem(dir) === undefined ? readToken(dir) : undefined;
  if (token === undefined) return undefined;
  return ask(argv, cmd, root, dir, token);
}

/** What ask needs of a connection: ServerConnection (node:net) or rawConnection (Node's pipe handle). */
interface Connection {
  run(argv: string[], o: { stdin?: Uint8Array; cwd: string; env: NodeJS.ProcessEnv; tty: Request['tty'] }): Promise<{ code: number; output: [1 | 2, Buffer][] }>;
  leave(): void;
  close(): void;
}

/**
 * With a server there: what to send, then the round trip. Through Node's pipe handle where this Node offers it
 * (raw-pipe.ts: no `node:net`, no `node:tty`); else `node:net` and `node:tty`, loaded only now.
 */
async function ask(argv: string[], cmd: { command: string } & Parsed, root: string, dir: string, token: string): Promise<ServerOutcome> {
  const raw = rawPipe();
  const [isatty, open]: [(fd: number) => boolean, () => Promise<Connection>] = raw
    ? [raw.isatty, () => rawConnection(raw, root, dir, token)]
    : await Promise.all([import('node:tty'), import('./client.js')]).then(([tty, client]) => [tty.isatty, () => client.ServerConnection.open({ root, dir })]);
  mark('c-imports');
  const cwd = process.cwd();
  const stdinTTY = isatty(0);
  let readsStdin = false;
  if (cmd.command === 'scan') {
    if (cmd.values.has('--input-format')) {
      if (stdinTTY) return { fallback: 'the hook input would be read from a terminal' };
      readsStdin = true;
    } else {
      readsStdin = cmd.paths.includes('-') || (cmd.paths.length === 0 && !stdinTTY);
      if (cmd.paths.length === 0 && !readsStdin) return { fallback: 'nothing to scan' }; // the CLI says it
      if (!smallTextFiles(cmd.paths.filter((p) => p !== '-').map((p) => (isAbsolute(p) ? p : join(cwd, p))))) return { fallback: 'documents, folders or large files' };
    }
  }
  mark('c-files');
  const stdinName = cmd.values.get('--stdin-filename') ?? '<stdin>';
  let connection: Connection;
  try {
    // Connected first: without a server, standard input is left for the CLI to read as it always does.
    connection = await open();
  } catch (e) {
    return { fallback: (e as Error).message };
  }
  mark('c-connect');
  let stdin: Awaited<ReturnType<typeof readHead>> | undefined;
  try {
    stdin = readsStdin ? await readHead(MAX_SEND_BYTES) : undefined;
    if (stdin?.more) throw new Error('standard input is large');
    // A document piped in is read by the extractors in process (pdf.js and friends stay out of the server).
    if (stdin && isDocument(stdinName, stdin.head)) throw new Error('standard input is a document');
    const r = await connection.run(argv, {
      stdin: stdin?.head, cwd, env: process.env,
      tty: { stdin: isatty(0), stdout: isatty(1), stderr: isatty(2), columns: isatty(1) ? process.stdout.columns : undefined },
    });
    mark('c-reply');
    // The caller ends the process once the output is written (see tryServer); the connection goes with it.
    connection.leave();
    for (const [fd, bytes] of r.output) if (!writeAll(fd, bytes)) return { code: 2 };
    return { code: r.code };
  } catch (e) {
    connection.close();
    return { fallback: (e as Error).message, stdin };
  }
}

/**
 * A connection through Node's pipe handle that asks what ServerConnection asks (the same checks of the folder —
 * tryServer's, with the token it read — and of the socket, token and build in the request) and reads the reply with
 * the same frame reader and checks.
 */
async function rawConnection(raw: RawPipe, root: string, dir: string, token: string): Promise<Connection> {
  const timeoutMs = clientTimeoutMs(process.env);
  // A socket someone else made could be their server, which would see the text: not used.
  const problem = socketProblem(dir);
  if (problem) throw new ServerUnavailable(`${dir} ${problem}`);
  let conn;
  try {
    conn = await raw.connect(socketPath(dir), timeoutMs);
  } catch (e) {
    throw new ServerUnavailable((e as Error).message);
  }
  const build = buildId(root);
  let asked = false;
  return {
    async run(argv, o) {
      if (asked) throw new ServerUnavailable('one request per connection');
      asked = true;
      const id = 1;
      const request = encodeFrame({ ...runFields(argv, o), protocol: PROTOCOL, build, token, id } satisfies Request);
      const reader = new FrameReader(MAX_REPLY_BYTES);
      let reply: Reply | undefined;
      try {
        await conn.exchange(request, (chunk) => {
          const messages = reader.push(chunk);
          if (messages.length === 0) return false;
          const m = messages[0] as Reply;
          if (messages.length > 1 || m.id !== id) throw new Error('the server answered a question that was not asked');
          reply = m;
          return true;
        }, timeoutMs);
      } catch (e) {
        conn.close();
        throw new ServerUnavailable((e as Error).message);
      }
      return runResult(reply!);
    },
    leave: () => conn.leave(),
    close: () => conn.close(),
  };
}

/** Writes to standard output or error; false when the reader is gone (the run cannot be trusted: exit 2, as in process). */
function writeAll(fd: 1 | 2, bytes: Buffer): boolean {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue; // a non-blocking pipe that is full: try again
      return false;
    }
  }
  return true;
}

function isDocument(name: string, head: Buffer): boolean {
  return documentKind(name, head.subarray(0, 4096)) !== undefined || (head[0] === 0x50 && head[1] === 0x4b);
}

/** Regular files, together small enough to send, none of them a document the extractors would read. */
function smallTextFiles(files: string[]): boolean {
  let total = 0;
  const head = Buffer.alloc(4096);
  for (const f of files) {
    let fd: number | undefined;
    try {
      const st = statSync(f);
      total += st.size;
      if (!st.isFile() || total >= MAX_SEND_BYTES) return false; // below the size where the scan splits files over workers
      fd = openSync(f, 'r');
      const n = readSync(fd, head, 0, head.length, 0);
      if (isDocument(f, head.subarray(0, n))) return false;
    } catch {
      return false; // missing or unreadable: the CLI says so in process
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  return true;
}

/**
 * Standard input up to `limit` bytes, read straight from descriptor 0 (building process.stdin costs milliseconds).
 * `more` says there is more to read: 'stream' (read on from process.stdin) or the iterator to continue.
 */
async function readHead(limit: number): Promise<{ head: Buffer; more?: 'stream' | AsyncIterator<Buffer> }> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(65536, limit + 1 - size));
      const n = readSync(0, buf, 0, buf.length, null);
      if (n === 0) return { head: Buffer.concat(chunks) };
      chunks.push(buf.subarray(0, n));
      size += n;
      if (size > limit) return { head: Buffer.concat(chunks), more: 'stream' };
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EOF') return { head: Buffer.concat(chunks) }; // Windows: the end of a pipe
    // EAGAIN (a non-blocking pipe) and the rest: read on through the stream below
  }
  const it = (process.stdin as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  for (;;) {
    const r = await it.next();
    if (r.done) return { head: Buffer.concat(chunks) };
    chunks.push(r.value);
    size += r.value.length;
    if (size > limit) return { head: Buffer.concat(chunks), more: it };
  }
}
