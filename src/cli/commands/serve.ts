import type { Command } from 'commander';
import type { CommandContext } from './index.js';

/** `promptgate serve`: this user's scan server (see serve-run.ts and src/serve/). */
export function registerServe(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('serve')
    .description("keep the rules loaded and answer this user's scans over a local socket, in the foreground (scan, the AI-assistant hooks and clip use it when it runs)")
    .option('--status', 'say whether a server is running, with its version, requests and idle time')
    .option('--stop', 'stop the running server')
    .option('--detach', 'start the server in the background and return once it answers')
    .option('--idle <duration>', 'stop after this long without a request: 90s, 15m, 2h; 0 = never', '15m')
    .action(async (flags) => {
      const { serveCommand } = await import('./serve-run.js');
      setExit(await serveCommand(flags, io));
    });
}
