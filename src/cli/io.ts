import type { Lang } from '../types.js';

/** The process's streams and environment, passed in so commands can be run and tested without globals. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read on first use: Node builds process.stdin when it is first touched (a file or pipe stream, with fs/promises
    // and readline behind it, ~3 ms), and a scan of paths never reads it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Language from --lang, else LC_ALL / LC_MESSAGES / LANG, else English. */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const v = (flag ?? env.PROMPTGATE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (v.startsWith('vi')) return 'vi';
  if (v.startsWith('cs') || v.startsWith('cz')) return 'cs';
  return 'en';
}

/** Colour only for a person at a terminal: never when NO_COLOR is set, TERM is dumb, or output is piped. */
export function useColor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  if (env.TERM === 'dumb') return false;
  return !!stream.isTTY;
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/**
 * A reader that closes the pipe early (`promptgate scan … | head`) must not end in a stack trace. The rest of the
 * report is dropped and the exit status is 2: the report was not delivered in full, so it cannot be relied on.
 */
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exitCode = 2;
    stream.destroy();
  });
}
