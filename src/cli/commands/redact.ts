import { type Command, Option } from 'commander';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';

export function registerRedact(program: Command, { io, setExit }: CommandContext): void {
  ruleOptions(program
    .command('redact')
    .description('print the text with personal data and secrets replaced by placeholders such as [CCCD_1]; refuses (exit 1, no text) a text that must not leave at all, e.g. a stamped document')
    .argument('[file]', 'a text file; "-" or piped input for standard input')
    .addOption(new Option('-f, --format <format>', 'text: the redacted text (default); json: text plus the list of replacements, never the values').choices(['text', 'json']))
    .option('--map <file>', 'write the placeholder → original value map here (mode 0600), for `promptgate restore`. The map is the one place the original values are written: keep it local, delete it when done')
    .option('--force', 'replace an existing map file')
    .option('--encrypt', `encrypt the map (AES-256-GCM, key from scrypt) with the passphrase in $PROMPTGATE_MAP_PASSPHRASE`)
    .option('--passphrase-env <name>', 'read the passphrase from this environment variable instead'))
    .option('--no-validate-regex', 'do not refuse risky regexes in user rules (matching is still time-bounded)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity of a non-redactable finding that refuses the text (default: the config\'s failOn, else block)').choices(['block', 'warn', 'info']))
    .addOption(new Option('--lang <lang>', 'language of messages (default from LANG)').choices(['vi', 'cs', 'en']))
    .action(async (file: string | undefined, flags) => {
      const { redactCommand } = await import('./redact-run.js');
      setExit(await redactCommand(file, flags, io));
    });
}
