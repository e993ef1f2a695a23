import { type Command, Option } from 'commander';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';

/** `promptgate clip [--redact]`: checks the text on the system clipboard, where a person's text usually is. */
export function registerClip(program: Command, { io, setExit }: CommandContext): void {
  ruleOptions(program
    .command('clip')
    .description('check the text on the clipboard; with --redact, put a safe version back on the clipboard')
    .option('--redact', 'replace the clipboard with the redacted text (only when it can be redacted; otherwise it is left as it was)')
    .option('--map <file>', 'with --redact: write the replaced values to this file (mode 0600), for `promptgate restore`')
    .option('--force', 'replace an existing map file')
    .option('--encrypt', 'encrypt the map file with the passphrase in PROMPTGATE_MAP_PASSPHRASE')
    .option('--passphrase-env <name>', 'the environment variable that holds the passphrase'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the check').choices(['block', 'warn', 'info']))
    .addOption(new Option('--lang <lang>', 'language of messages (default from LANG)').choices(['vi', 'cs', 'en']))
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--no-server', 'check in this process even when a `promptgate serve` server is running')
    .action(async (flags) => {
      const { clipCommand } = await import('./clip-run.js');
      setExit(await clipCommand(flags, io));
    });
}
