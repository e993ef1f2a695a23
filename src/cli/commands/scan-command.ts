import { type Command, Option } from 'commander';
import type { CommandContext } from './index.js';
import { ruleOptions } from './options.js';
import { AI_ASSISTANTS } from './ai-hook.js';


export function registerScan(program: Command, { io, setExit }: CommandContext): void {
  ruleOptions(program
    .command('scan')
    .description('scan files, folders, or standard input ("-" or piped)')
    .argument('[paths...]', 'files and folders to scan; "-" for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: pretty on a terminal, json otherwise)').choices(['pretty', 'compact', 'json', 'sarif'])))
    .option('--no-validate-regex', 'do not refuse risky regexes in user rules (the scan still stops a runaway regex)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the scan').choices(['block', 'warn', 'info']))
    .addOption(new Option('--lang <lang>', 'language of messages (default from LANG)').choices(['vi', 'cs', 'en']))
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--allow-skipped', 'exit 0/1 even when some inputs could not be scanned (they are still listed)')
    .option('--stdin-filename <name>', 'name to show for standard input')
    .option('--max-file-size <MB>', 'skip (and report) files larger than this many megabytes (default 512)')
    .option('--staged', 'scan what is staged for the next commit (the index), not the working tree; paths limit it')
    .option('--baseline <file>', 'report only findings that are not in this baseline (see `promptgate baseline`)')
    .option('--fingerprints <file>', 'also find excerpts of the documents registered in this fingerprint store (see `promptgate fingerprint`)')
    .option('--no-inline-ignores', 'ignore promptgate-ignore markers in the scanned text (for audits)')
    .option('--no-ignore', 'also scan files that .gitignore, .promptgateignore or node_modules leave out')
    .option('--follow-links', 'walk into symbolic links to folders (each folder once; loops are not followed)')
    .option('-v, --verbose', 'show every finding with its line, reason and action; name every ignored file and every linked folder not followed')
    .option('-q, --quiet', 'show only blocking findings and the verdict (pretty and compact formats)')
    .addOption(new Option('--severity <severity>', 'lowest severity shown (pretty and compact formats; the exit code is unchanged)').choices(['block', 'warn', 'info']))
    .option('--ascii', 'plain ASCII symbols instead of ✖ ⚠ ✔ « »')
    .option('--no-server', 'scan in this process even when a `promptgate serve` server is running')
    .addOption(new Option('--input-format <assistant>', "read an AI assistant's prompt-hook JSON on standard input and answer in its form (see `promptgate hook ai`)").choices(AI_ASSISTANTS))
    .action(async (paths: string[], flags) => {
      if (flags.inputFormat) {
        const { aiHookScan } = await import('./ai-hook-run.js');
        return setExit(await aiHookScan(flags.inputFormat, flags, io));
      }
      const { scanCommand } = await import('./scan.js');
      setExit(await scanCommand(paths, flags, io));
    });
}
