import { type Command, Option } from 'commander';
import type { CommandContext } from './index.js';

/** `promptgate fingerprint add|list|verify|remove`: the store of registered documents (see src/fingerprint/). */
export function registerFingerprint(program: Command, { io, setExit }: CommandContext): void {
  const fp = program.command('fingerprint').description('register confidential documents so that scans recognise excerpts of them (--fingerprints)');
  const keyOption = () => new Option('--key-file <file>', 'the store\'s key, kept outside it (default: $PROMPTGATE_STORE_KEY_FILE, $PROMPTGATE_STORE_KEY, else the key kept in the store)');
  fp.command('add')
    .description('register files (any format scan reads; folders recurse); creates the store if needed')
    .requiredOption('-s, --store <file>', 'fingerprint store file')
    .option('--label <text>', 'label shown in findings (default: each file\'s name)')
    .option('--public', 'public reference texts (laws, templates): their passages never count as confidential')
    .addOption(keyOption())
    .argument('<paths...>', 'files and folders to register')
    .action(async (paths: string[], flags) => {
      const { fingerprintAdd } = await import('./fingerprint-run.js');
      setExit(await fingerprintAdd(paths, flags, io));
    });
  fp.command('add-data')
    .description('register a table of sensitive data (CSV, XLSX, ODS; row 1 the header): scans find its values exactly (rule ids data.<label>.<column>); a table of the same label is replaced')
    .requiredOption('-s, --store <file>', 'fingerprint store file')
    .requiredOption('--label <name>', 'the table\'s name in rule ids (letters, digits, - and _)')
    .option('--columns <list>', 'comma-separated headers of the columns to register (default: all)')
    .option('--category <column=category>', 'the category of a column (repeatable), e.g. stk=financial', (v: string, prev: string[] = []) => [...prev, v])
    .addOption(keyOption())
    .argument('<table>', 'the table file')
    .action(async (table: string, flags) => {
      const { fingerprintAddData } = await import('./fingerprint-run.js');
      setExit(await fingerprintAddData(table, flags, io));
    });
  for (const [name, description] of [['list', 'list the registered documents'], ['verify', 'check the whole store (checksums, key) and list it']] as const) {
    fp.command(name)
      .description(description)
      .requiredOption('-s, --store <file>', 'fingerprint store file')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
      .addOption(keyOption())
      .action(async (flags) => {
        const { fingerprintList } = await import('./fingerprint-run.js');
        setExit(fingerprintList(flags, name === 'verify', io));
      });
  }
  fp.command('remove')
    .description('remove registered documents by label or id')
    .requiredOption('-s, --store <file>', 'fingerprint store file')
    .addOption(keyOption())
    .argument('<labelOrId>', 'a label (all documents with it) or an id')
    .action(async (which: string, flags) => {
      const { fingerprintRemove } = await import('./fingerprint-run.js');
      setExit(fingerprintRemove(which, flags, io));
    });
}
