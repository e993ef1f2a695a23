import type { Command } from 'commander';
import type { FingerprintKey } from '../../baseline/key.js';
import { escapeControls } from '../../util/escape.js';
import { type CliContext, cliContext, type ContextFlags } from '../context.js';
import type { CliIO } from '../io.js';
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
      const [{ createBaseline, requirePaths }, ctx, say] = await Promise.all([import('../../baseline/run.js'), cliContext(flags, io), sayer(io)]);
      const key = await baselineKey(ctx);
      const r = await createBaseline(requirePaths(paths), { file: flags.output, cwd: io.cwd, rules: ctx.rules, allowSkipped: flags.allowSkipped, key });
      say.skipped(r.skipped);
      if (r.skipped.length > 0 && !flags.allowSkipped) {
        io.stderr.write(`promptgate: ${say.t.baselineNotWritten}\n`);
        return setExit(2);
      }
      io.stdout.write(`promptgate: ${say.fill(say.n(say.t.baselineRecorded, r.recorded), { file: flags.output })}\n`);
      if (r.markings > 0) io.stderr.write(`promptgate: ${say.n(say.t.baselineMarkings, r.markings)}\n`);
      if (r.unrecordable > 0) io.stderr.write(`promptgate: ${say.n(say.t.baselineUnrecordable, r.unrecordable)}\n`);
      setExit(r.skipped.length > 0 ? 2 : 0);
    });
  ruleOptions(baseline
    .command('prune')
    .description('re-check the files a baseline names and remove entries whose finding is gone')
    .option('-b, --baseline <file>', 'baseline file', DEFAULT_FILE)
    .option('--dry-run', 'only report stale entries'))
    .action(async (flags: ContextFlags & { baseline: string; dryRun?: boolean }) => {
      const [{ pruneBaseline }, ctx, say] = await Promise.all([import('../../baseline/run.js'), cliContext(flags, io), sayer(io)]);
      const key = await baselineKey(ctx);
      const r = await pruneBaseline({ file: flags.baseline, cwd: io.cwd, rules: ctx.rules, dryRun: flags.dryRun, key });
      if (r.skipped.length > 0) {
        say.skipped(r.skipped);
        io.stderr.write(`promptgate: ${say.t.baselineUnchanged}\n`);
        return setExit(2);
      }
      for (const e of r.stale) io.stdout.write(`${say.t.stale}: ${e.source}: ${e.ruleId}\n`);
      io.stdout.write(`promptgate: ${say.fill(say.n(flags.dryRun ? say.t.staleWouldGo : say.t.staleRemoved, r.stale.length), { kept: r.kept })}\n`);
      setExit(0);
    });
}

/** The fingerprint key (environment, else the config's keyFile, else the public default with a warning on stderr). */
async function baselineKey(ctx: CliContext): Promise<FingerprintKey> {
  const key = await ctx.key();
  if (key.warning) {
    const say = await sayer(ctx.io);
    ctx.io.stderr.write(`promptgate: ${say.t.warning}: ${key.warningSaid ? say.fill(say.t[key.warningSaid.key], key.warningSaid.vars) : key.warning}\n`);
  }
  return key;
}

/** The command's messages in the reader's language, and the inputs that were not scanned said in it. */
async function sayer(io: CliIO) {
  const [{ sayer: say }, { localizeReason }] = await Promise.all([import('../say.js'), import('../../report/pretty.js')]);
  const s = say(io.env);
  return {
    ...s,
    skipped(list: { source: string; reason: string }[]) {
      for (const x of list) io.stderr.write(`promptgate: ${s.t.notScanned}: ${escapeControls(x.source)}: ${escapeControls(localizeReason(x.reason, s.all))}\n`);
    },
  };
}
