import type { RuleSetOptions } from '../rules/ruleset.js';
import type { PathExclusions } from './paths.js';
import type { PromptgateConfig } from './config.js';

/** The rule-set flags every command that loads rules shares. */
export interface RuleFlags {
  rules?: string[];
  builtin?: boolean;
  /** `--no-validate-regex`: skip the static regex-safety check (the scan-time watchdog still bounds matching). */
  validateRegex?: boolean;
}

/**
 * Merges command-line flags over a config file over the defaults. Rule folders add up (the config's first, then
 * `--rules`); `--no-builtin` wins over the config's `builtin`/`packs`.
 */
export function ruleSetOptions(config: PromptgateConfig | undefined, flags: RuleFlags): RuleSetOptions & { excludePaths?: PathExclusions } {
  const paths = config?.exceptions.paths ?? [];
  return {
    builtin: flags.builtin === false ? false : config?.builtin ?? true,
    packs: config?.packs,
    extra: [...(config?.rules ?? []), ...(flags.rules ?? [])],
    overrides: config?.overrides,
    exceptions: config && { terms: config.exceptions.terms, patterns: config.exceptions.patterns },
    regexSafety: flags.validateRegex === false ? 'off' : 'user',
    excludePaths: config && paths.length > 0 ? { base: config.dir, patterns: paths } : undefined,
  };
}
