import { Argument, type Command, Option } from 'commander';
import type { CommandContext } from './index.js';

/** The assistants `hook ai` and `scan --input-format` know (kept here so that registering loads nothing heavy). */
export const AI_ASSISTANTS = ['claude-code', 'gemini-cli', 'cursor'];

/**
 * `promptgate hook ai <assistant>`: a prompt check for AI assistants with a prompt-submit hook. Added under the
 * existing `hook` command (git pre-commit) when there is one; the check itself is `scan --input-format`.
 */
export function registerAiHook(program: Command, { io, setExit }: CommandContext): void {
  const hook = program.commands.find((c) => c.name() === 'hook') ?? program.command('hook').description('install hooks');
  hook
    .command('ai')
    .description('install a check that runs before a prompt is sent to an AI assistant (claude-code, gemini-cli, cursor)')
    .addArgument(new Argument('<assistant>', 'the assistant whose settings get the hook').choices(AI_ASSISTANTS))
    .option('--print', 'print the settings snippet instead of writing the file')
    .option('--global', "install for the user (home folder) instead of this project")
    .option('--npx', 'make the hook call `npx --no-install promptgate` instead of this installation')
    .addOption(new Option('--lang <lang>', 'language of messages (default from LANG)').choices(['vi', 'cs', 'en']))
    .action(async (assistant: string, flags) => {
      const { installAiHook } = await import('./ai-hook-run.js');
      setExit(await installAiHook(assistant, flags, io));
    });
}
