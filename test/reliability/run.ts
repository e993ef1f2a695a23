import { spawn } from 'node:child_process';
import { BIN } from '../helpers/cli.js';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: () => any;
}

/** Runs the real CLI (or a shell line using "$PG" for it) and never waits longer than `timeout`: a hang fails. */
export function run(args: string[], o: { input?: string | Buffer; stdin?: 'pipe' | 'ignore'; cwd?: string; timeout?: number; uid?: number; gid?: number; shell?: string; nodeArgs?: string[] } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', PG: BIN };
    delete env.FORCE_COLOR;
    delete env.LC_ALL;
    const child = o.shell
      ? spawn('bash', ['-c', o.shell], { cwd: o.cwd, env })
      : spawn(process.execPath, [...(o.nodeArgs ?? []), BIN, ...args], { cwd: o.cwd, env, uid: o.uid, gid: o.gid, stdio: [o.stdin ?? 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d) => out.push(d));
    child.stderr!.on('data', (d) => err.push(d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`hung: no exit within ${o.timeout ?? 60_000} ms (${args.join(' ') || o.shell})`));
    }, o.timeout ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      resolve({ code, signal, stdout, stderr: Buffer.concat(err).toString('utf8'), json: () => {
        try {
          return JSON.parse(stdout);
        } catch {
          throw new Error(`no JSON on stdout (exit ${code}, signal ${signal}); stderr: ${Buffer.concat(err).toString('utf8').slice(0, 2000)}`);
        }
      } });
    });
    if (child.stdin) {
      child.stdin.on('error', () => { /* the CLI may exit before reading all of it */ });
      if (o.input !== undefined) child.stdin.end(o.input);
      else child.stdin.end();
    }
  });
}

/** A crash shows Node's stack frames; a handled failure never does. */
export const STACK_TRACE = /\n\s+at .+[:(]\d+:\d+\)?|node:internal|Unhandled 'error' event/;
