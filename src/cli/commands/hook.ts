import type { Command } from 'commander';
import type { CommandContext } from './index.js';

/** `promptgate hook install|uninstall`: the native git pre-commit hook (see src/git/hook.ts). */
export function registerHook(program: Command, { io, setExit }: CommandContext): void {
  const hook = program.command('hook').description('install or remove the git pre-commit hook that scans staged changes');
  hook
    .command('install')
    .description('install the pre-commit hook (honours core.hooksPath; an existing hook is kept and runs first)')
    .argument('[scanArgs...]', 'extra scan options for the hook, after "--" (e.g. -- --rules team-rules/ --fail-on warn)')
    .option('--npx', 'make the hook call `npx --no-install promptgate` instead of this installation')
    .option('--force', "install into husky's generated hooks folder anyway")
    .action(async (scanArgs: string[], flags: { npx?: boolean; force?: boolean }) => {
      const { installHook } = await import('../../git/hook.js');
      const r = installHook(io.cwd, { ...flags, scanArgs });
      const said = {
        installed: `installed ${r.places.hook}`,
        updated: `updated ${r.places.hook}`,
        chained: `installed ${r.places.hook}; the hook that was there is now ${r.places.chained} and runs first`,
      } as Record<string, string>;
      io.stdout.write(`promptgate: ${said[r.action]}\n`);
      setExit(0);
    });
  hook
    .command('uninstall')
    .description('remove the pre-commit hook and restore the one it replaced')
    .action(async () => {
      const { uninstallHook } = await import('../../git/hook.js');
      const r = uninstallHook(io.cwd);
      const said = {
        restored: `removed promptgate's hook; restored the previous ${r.places.hook}`,
        removed: `removed ${r.places.hook}`,
        absent: `no promptgate hook in ${r.places.dir}; nothing to do`,
      } as Record<string, string>;
      io.stdout.write(`promptgate: ${said[r.action] ?? said.removed}\n`);
      setExit(0);
    });
}
