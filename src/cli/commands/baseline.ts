import type { Command } from 'commander';
import type { FingerprintKey } from '../../baseline/key.js';
import { escapeControls } from '../../util/escape.js';
import { type CliContext, cliContext, type ContextFlags } from '../context.js';
import { ruleOptions } from './options.js';
import type { CommandContext } from './index.js';

const DEFAULT_FILE = '.promptgate-baseline.json';

/** `promptgate baseline create|prune`: accepted findings, stored as keyed hashes (see src/baseline/). */
export function registerBaseline(program: Command, { io, setExit }: CommandContext): void {
  const baseline = program.command('baseline').description('record accepted findings so that scans report only new ones');
  // The rule set is the one `scan` uses (config file, then --rules/--no-builtin): what is recorded is what scan finds.
  ruleOptions(baseline
    .command('create')
    .description(`scan the paths (default ".") and record every finding as accepted in ${DEFAULT_FILE}`)
    .argument('[paths...]', 'files and folders to scan')
    .option('-o, --output <file>', 'baseline file to write', DEFAULT_FILE)
    .option('--allow-skipped', 'write the baseline even when some inputs could not be scanned'))
    .action(async (paths: string[], flags: ContextFlags & { output: string; allowSkipped?: boolean }) => {
      const [{ createBaseline, requirePaths }, ctx] = await Promise.all([import('../../baseline/run.js'), cliContext(flags, io)]);
      const key = await baselineKey(ctx);
      const r = await createBaseline(requirePaths(paths), { file: flags.output, cwd: io.cwd, rules: ctx.rules, allowSkipped: flags.allowSkipped, key });
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
  ruleOptions(baseline
    .command('prune')
    .description('re-check the files a baseline names and remove entries whose finding is gone')
    .option('-b, --baseline <file>', 'baseline file', DEFAULT_FILE)
    .option('--dry-run', 'only report stale entries'))
    .action(async (flags: ContextFlags & { baseline: string; dryRun?: boolean }) => {
      const [{ pruneBaseline }, ctx] = await Promise.all([import('../../baseline/run.js'), cliContext(flags, io)]);
      const key = await baselineKey(ctx);
      const r = await pruneBaseline({ file: flags.baseline, cwd: io.cwd, rules: ctx.rules, dryRun: flags.dryRun, key });
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
async function baselineKey(ctx: CliContext): Promise<FingerprintKey> {
  const key = await ctx.key();
  if (key.warning) ctx.io.stderr.write(`promptgate: warning: ${key.warning}\n`);
  return key;
}
