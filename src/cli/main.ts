import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { RuleSetError, RuleTimeoutError, UsageError } from '../errors.js';
import { COMMANDS, type CommandContext, STANDALONE } from './commands/index.js';
import { type CliIO, outputHasFailed, pickLang, processIO } from './io.js';
import { describeCode } from '../util/atomic-write.js';
import { fill, langFlag, messages, sayError } from '../i18n/index.js';
import { localizeCommanderError, localizeHelp } from '../i18n/help.js';
import type { Lang } from '../types.js';
import { mark } from '../util/timing.js';
import '../runtime/node-platform.js'; // installs the engine's Node platform

/** For bin/promptgate.js: the process's streams, when it hands over standard input the server client already read. */
export { processIO } from './io.js';

function version(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the CLI and resolves to the exit code. Nothing here calls process.exit; bin/promptgate.js does.
 * Exit codes: 0 pass, 1 findings at or above the failing severity, 2 the scan cannot be trusted.
 */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0;
  // Help texts and errors in the reader's language, chosen before parsing (--lang, else LANG/LC_ALL).
  const lang = pickLang(langFlag(argv), io.env);
  const program = new Command('promptgate')
    .description('Checks text before it goes to an external AI platform: classification stamps, personal data, credentials.')
    // package.json is read only when the version is asked for: a scan has no use for it.
    .version(argv.some((a) => a === '-V' || a === '--version') ? version() : '', '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors ("unknown option", "Did you mean …?") in the reader's language, like the help.
      outputError: (s, write) => write(localizeCommanderError(s, lang)),
    })
    .showHelpAfterError(localizeCommanderError('(run `promptgate --help` for usage)', lang));

  // --lang is taken on every command, before or after its name; the value reaches every command through the
  // environment it reads its language from.
  const flag = langFlag(argv);
  if (flag !== undefined && LANGS.includes(flag)) io = { ...io, env: { ...io.env, PROMPTGATE_LANG: flag } };
  const ctx: CommandContext = { io, setExit: (code) => { exitCode = code; } };
  const standalone = Object.hasOwn(STANDALONE, argv[0] ?? '') ? STANDALONE[argv[0]] : undefined;
  for (const register of standalone ? [standalone] : COMMANDS) register(program, ctx);
  addLangOption(program);
  localizeHelp(program, lang); // English keeps each command's own texts and gains the examples
  mark('commander');

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, lang);
  }
}

const LANGS = ['vi', 'cs', 'en'];

/** Gives `--lang` to the program and to every command that has not declared it itself. */
function addLangOption(cmd: Command): void {
  if (!cmd.options.some((o) => o.long === '--lang')) cmd.addOption(new Option('--lang <lang>', 'language of messages (default from LANG)').choices(LANGS));
  for (const sub of cmd.commands) addLangOption(sub);
}

function handleError(e: unknown, io: CliIO, lang: Lang): number {
  const t = messages(lang).errors;
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    return 2; // commander has printed the message; usage errors are "could not scan", never 1
  }
  if (e instanceof RuleSetError) {
    io.stderr.write(`${t.prefix} ${t.ruleSet}\n${e.message}\n`);
    return 2;
  }
  if (e instanceof RuleTimeoutError) {
    io.stderr.write(`${t.prefix} ${fill(t.ruleTimeout, { rule: e.message })}\n`);
    return 2;
  }
  if (e instanceof UsageError) {
    io.stderr.write(`promptgate: ${sayError(e, lang)}\n`);
    return 2;
  }
  const err = e as NodeJS.ErrnoException;
  // Output that could not be written was already said in one line (see io.ts).
  if (err?.code === 'EPIPE' || outputHasFailed()) return 2;
  // A file that could not be read or written is not a bug: one plain line, never "internal error" or a stack.
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code) && typeof err.syscall === 'string') {
    io.stderr.write(`${t.prefix} ${fill(t.io, { path: err.path ? `${err.path}: ` : '', code: describeCode(err.code) })}\n`);
    return 2;
  }
  io.stderr.write(`${t.prefix} ${fill(t.internal, { message: err?.message ?? String(e) })}\n`);
  if (io.env.PROMPTGATE_DEBUG) io.stderr.write(`${err?.stack ?? ''}\n`);
  return 2;
}
