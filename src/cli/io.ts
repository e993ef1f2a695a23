import type { Lang } from '../types.js';
import { describeCode } from '../util/atomic-write.js';

/** The process's streams and environment, passed in so commands can be run and tested without globals. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /**
   * Standard input as the process's descriptor, which a scan reads straight into its own buffers (input/stream.ts);
   * absent when `stdin` is another stream (tests, the server's replay of a request).
   */
  stdinFd?: { fd: number; head?: Uint8Array };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIO(): CliIO {
  guardOutput(process.stdout, 'standard output');
  guardOutput(process.stderr, 'standard error');
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read on first use: Node builds process.stdin when it is first touched (a file or pipe stream, with fs/promises
    // and readline behind it, ~3 ms), and a scan of paths never reads it.
    get stdin() {
      return process.stdin;
    },
    stdinFd: { fd: 0 },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Language from --lang, else PROMPTGATE_LANG / LC_ALL / LC_MESSAGES / LANG, else — on Windows and macOS, where
 * those are usually unset — the system's own language, else English.
 */
export function pickLang(flag: string | undefined, env: NodeJS.ProcessEnv, platform: string = process.platform, osLocale: () => string = systemLocale): Lang {
  let v = (flag ?? env.PROMPTGATE_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (v === '' && (platform === 'win32' || platform === 'darwin')) v = osLocale().toLowerCase();
  if (v.startsWith('vi')) return 'vi';
  if (v.startsWith('cs') || v.startsWith('cz')) return 'cs';
  return 'en';
}

function systemLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return '';
  }
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

/** Resolves when the stream took the text, or when it failed (the failure is handled by guardOutput). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) return resolve();
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.once('drain', done);
    stream.once('close', done);
  });
}

let outputFailed = false;

/** Whether writing to standard output or standard error failed during this run (the exit status is then 2). */
export function outputHasFailed(): boolean {
  return outputFailed;
}

/**
 * Output that cannot be written must not end in a stack trace, nor in exit 1 ("findings") or 0: the report was not
 * delivered in full, so it cannot be relied on, and the exit status is 2. A reader that closes the pipe early
 * (`promptgate scan … | head`) is a normal thing to do and is not mentioned; any other failure (a full disk,
 * `> /dev/full`, a broken terminal) is said in one line on standard error, when that still works.
 */
function guardOutput(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (!outputFailed && e.code !== 'EPIPE' && stream !== process.stderr) {
      try {
        process.stderr.write(`promptgate: cannot write to ${name} (${describeCode(e.code)}); the report was not delivered, so the run cannot be trusted\n`);
      } catch { /* standard error is gone too: the exit status still says it */ }
    }
    outputFailed = true;
    process.exitCode = 2;
    stream.destroy();
  });
  // The command's own exit status is set after its last write; a failure noticed before exit overrides it.
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', () => {
      if (outputFailed) process.exitCode = 2;
    });
  }
}

let exitHooked = false;
