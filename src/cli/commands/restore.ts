import type { Command } from 'commander';
import type { CommandContext } from './index.js';

export function registerRestore(program: Command, { io, setExit }: CommandContext): void {
  program
    .command('restore')
    .description('put the original values back into an AI answer, replacing the placeholders that `promptgate redact` made ([CCCD_1], also re-cased or in Markdown: **[cccd_1]**)')
    .argument('[answer]', 'the answer as a text file; "-" or piped input for standard input')
    .requiredOption('--map <file>', 'the map written by `promptgate redact --map` (holds the original values)')
    .option('--passphrase-env <name>', 'for an encrypted map: read the passphrase from this environment variable (default PROMPTGATE_MAP_PASSPHRASE)')
    .action(async (file: string | undefined, flags) => {
      const { restoreCommand } = await import('./redact-run.js');
      setExit(await restoreCommand(file, flags, io));
    });
}
