import type { Command } from 'commander';
import type { CliIO } from '../io.js';
import { registerScan } from './scan-command.js';
import { registerHook } from './hook.js';
import { registerBaseline } from './baseline.js';
import { registerRedact } from './redact.js';
import { registerRestore } from './restore.js';
import { registerRules } from './rules.js';
import { registerExplain } from './explain.js';
import { registerInit } from './init.js';
import { registerAiHook } from './ai-hook.js';
import { registerClip } from './clip.js';
import { registerFingerprint } from './fingerprint.js';
import { registerServe } from './serve.js';

/** What a command needs from the CLI: the streams, and a way to set the exit code. */
export interface CommandContext {
  io: CliIO;
  setExit(code: number): void;
}

/**
 * Each command registers itself (options, help) and imports its implementation lazily in its action, so that
 * `promptgate scan` never loads what `redact` or the document readers need. Add one line per command.
 */
export const COMMANDS: ((program: Command, ctx: CommandContext) => void)[] = [
  registerScan,
  registerHook,
  registerBaseline,
  registerRedact,
  registerRestore,
  registerRules,
  registerExplain,
  registerInit,
  registerAiHook,
  registerClip,
  registerFingerprint,
  registerServe,
];

/**
 * Commands that stand alone (no other command adds to them, they add to no other), by name: a command line that
 * starts with one of them — `promptgate scan …`, what hooks and scripts run on every prompt — registers only it
 * (#21: defining and translating all the others cost a prompt ~4 ms). Their help, errors and suggestions are the
 * same: commander reads only the command's own options and the program's there.
 */
export const STANDALONE: Record<string, (program: Command, ctx: CommandContext) => void> = {
  scan: registerScan,
  clip: registerClip,
};
