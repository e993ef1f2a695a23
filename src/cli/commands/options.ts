import type { Command } from 'commander';

/** For repeatable options: each use adds one value. */
export const collect = (v: string, prev: string[] = []) => [...prev, v];

/** The options every command that loads rules shares, with the same meaning everywhere. */
export function ruleOptions(cmd: Command): Command {
  return cmd
    .option('-r, --rules <path>', 'add a YAML rule file or folder (repeatable)', collect)
    .option('--no-builtin', 'do not load the built-in rule packs')
    .option('-c, --config <file>', 'use this config file instead of the nearest .promptgate.yaml')
    .option('--no-config', 'use no config file');
}
