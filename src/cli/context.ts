import { usageError } from '../i18n/index.js';
import type { FingerprintKey } from '../baseline/key.js';
import type { PromptgateConfig } from '../config/config.js';
import type { RuleFlags } from '../config/options.js';
import type { TextScanner } from '../engine/scanner.js';
import type { PathExclusions } from '../config/paths.js';
import type { RuleSetOptions } from '../rules/ruleset.js';
import type { Lang, Severity } from '../types.js';
import { type CliIO, pickLang } from './io.js';

/** The flags every command that resolves a context may have (each command has the ones it offers). */
export interface ContextFlags extends RuleFlags {
  /** `-c, --config <file>`, or false with `--no-config`. */
  config?: string | boolean;
  lang?: string;
  failOn?: string;
  /** `--fingerprints <store>` (scan); else the config's `fingerprints`. */
  fingerprints?: string;
}

/**
 * What every command resolves the same way, once: the config file, the rule set's options (built-ins + the config's
 * rules + --rules, overrides, exceptions, excluded paths), the language, the failing severity, the fingerprint store
 * and the baseline key. Precedence everywhere: command-line flags, then the config file, then the defaults.
 */
export interface CliContext {
  io: CliIO;
  config: PromptgateConfig | undefined;
  lang: Lang;
  failOn: Severity;
  rules: RuleSetOptions & { excludePaths?: PathExclusions };
  /** The store to match registered documents against (flag, else config), with its outside key; undefined if none. */
  fingerprints: { store: string; key?: Uint8Array } | undefined;
  /** The key baselines and SARIF fingerprints are hashed with (environment, else the config's keyFile). */
  key(): Promise<FingerprintKey>;
  /** The rule set's scanner (in a watched worker when user regexes are present); end it with `release`. */
  engine(): Promise<TextScanner>;
  release(engine: TextScanner): Promise<void>;
}

const SEVERITIES = ['block', 'warn', 'info'];

export async function cliContext(flags: ContextFlags, io: CliIO): Promise<CliContext> {
  const [{ resolveConfig }, { ruleSetOptions }] = await Promise.all([import('../config/config.js'), import('../config/options.js')]);
  const config = resolveConfig(flags.config, io.cwd);
  const failOn = (flags.failOn ?? config?.failOn ?? 'block') as Severity;
  if (!SEVERITIES.includes(failOn)) throw usageError('unknownFailOn', { value: String(flags.failOn) });
  const store = flags.fingerprints ?? config?.fingerprints;
  let fingerprints: CliContext['fingerprints'];
  if (store !== undefined) {
    const [{ outsideKey }, { resolve }] = await Promise.all([import('../fingerprint/store-file.js'), import('node:path')]);
    fingerprints = { store: resolve(io.cwd, store), key: outsideKey({ env: io.env }) };
  }
  const rules = ruleSetOptions(config, flags);
  let key: FingerprintKey | undefined;
  return {
    io,
    config,
    lang: pickLang(flags.lang, io.env),
    failOn,
    rules,
    fingerprints,
    async key() {
      if (!key) key = (await import('../baseline/key.js')).fingerprintKey(io.env, config?.keyFile);
      return key;
    },
    async engine() {
      return (await import('../runtime/regex-watchdog.js')).createEngine(rules, io.env);
    },
    async release(engine) {
      (await import('../runtime/regex-watchdog.js')).releaseEngine(engine);
    },
  };
}

/** The exit code every command that scans shares (decision steps 6–7, decide/verdict.ts). */
export { exitCode } from '../decide/verdict.js';
