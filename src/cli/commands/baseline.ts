import type { Command } from 'commander';
import type { FingerprintKey } from '../../baseline/key.js';
import { escapeControls } from '../../util/escape.js';
import type { CliIO } from '../io.js';
import { collect } from './options.js';
import type { CommandContext } from './index.js';

const DEFAULT_FILE = '.promptgate-baseline.json';

/** `promptgate baseline create|prune`: accepted findings, stored as keyed hashes (see src/baseline/). */
export function registerBaseline(program: Command, { io, setExit }: CommandContext): void {
  const baseline = program.command('baseline').description('record accepted findings so that scans report only new ones');
  baseline
    .command('create')
    .description(`scan the paths (default ".") and record every finding as accepted in ${DEFAULT_FILE}`)
    .argument('[paths...]', 'files and folders to scan')
    .option('-o, --output <file>', 'baseline file to write', DEFAULT_FILE)
    .option('-r, --rules <path>', 'add a YAML rule file or folder (repeatable)', collect)
    .option('--no-builtin', 'do not load the built-in rule packs')
    .option('--allow-skipped', 'write the baseline even when some inputs could not be scanned')
    .option('-c, --config <file>', 'config file naming the fingerprint key file (keyFile), instead of the nearest .promptgate.yaml')
    .option('--no-config', 'use no config file')
    .action(async (paths: string[], flags: { output: string; rules?: string[]; builtin?: boolean; allowSkipped?: boolean; config?: string | boolean }) => {
      const { createBaseline, requirePaths } = await import('../../baseline/run.js');
      const key = await baselineKey(flags.config, io);
      const r = await createBaseline(requirePaths(paths), { file: flags.output, cwd: io.cwd, builtin: flags.builtin, rules: flags.rules, allowSkipped: flags.allowSkipped, key });
      for (const s of r.skipped) io.stderr.write(`promptgate: not scanned: ${escapeControls(s.source)}: ${escapeControls(s.reason)}\n`);
      if (r.skipped.length > 0 && !flags.allowSkipped) {
        io.stderr.write('promptgate: the baseline was not written, because not everything could be scanned (--allow-skipped writes it anyway)\n');
        return setExit(2);
      }
      io.stdout.write(`promptgate: ${r.recorded} accepted finding(s) recorded in ${flags.output}\n`);
      if (r.markings > 0) {
        io.stderr.write(`promptgate: ${r.markings} classification marking(s) not recorded: a baseline never accepts a marking; only the security officer's configuration (.promptgate.yaml) can\n`);
      }
      if (r.unrecordable > 0) io.stderr.write(`promptgate: ${r.unrecordable} finding(s) could not be recorded and will still be reported\n`);
      setExit(r.skipped.length > 0 ? 2 : 0);
    });
  baseline
    .command('prune')
    .description('re-check the files a baseline names and remove entries whose finding is gone')
    .option('-b, --baseline <file>', 'baseline file', DEFAULT_FILE)
    .option('--dry-run', 'only report stale entries')
    .option('-r, --rules <path>', 'add a YAML rule file or folder (repeatable)', collect)
    .option('--no-builtin', 'do not load the built-in rule packs')
    .option('-c, --config <file>', 'config file naming the fingerprint key file (keyFile), instead of the nearest .promptgate.yaml')
    .option('--no-config', 'use no config file')
    .action(async (flags: { baseline: string; dryRun?: boolean; rules?: string[]; builtin?: boolean; config?: string | boolean }) => {
      const { pruneBaseline } = await import('../../baseline/run.js');
      const key = await baselineKey(flags.config, io);
      const r = await pruneBaseline({ file: flags.baseline, cwd: io.cwd, builtin: flags.builtin, rules: flags.rules, dryRun: flags.dryRun, key });
      if (r.skipped.length > 0) {
        for (const s of r.skipped) io.stderr.write(`promptgate: not scanned: ${escapeControls(s.source)}: ${escapeControls(s.reason)}\n`);
        io.stderr.write('promptgate: the baseline was left unchanged, because not everything could be re-checked\n');
        return setExit(2);
      }
      for (const e of r.stale) io.stdout.write(`stale: ${e.source}: ${e.ruleId}\n`);
      const verb = flags.dryRun ? 'would be removed' : 'removed';
      io.stdout.write(`promptgate: ${r.stale.length} stale entr${r.stale.length === 1 ? 'y' : 'ies'} ${r.stale.length ? verb : ''}; ${r.kept} kept\n`.replace(' ;', ';'));
      setExit(0);
    });
}

/** The fingerprint key (environment, else the config's keyFile, else the public default with a warning on stderr). */
export async function baselineKey(configFlag: string | boolean | undefined, io: CliIO): Promise<FingerprintKey> {
  const [{ resolveConfig }, { fingerprintKey }] = await Promise.all([import('../../config/config.js'), import('../../baseline/key.js')]);
  const key = fingerprintKey(io.env, resolveConfig(configFlag, io.cwd)?.keyFile);
  if (key.warning) io.stderr.write(`promptgate: warning: ${key.warning}\n`);
  return key;
}
