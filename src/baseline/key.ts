import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { en } from '../i18n/en.js';
import { fill, usageError } from '../i18n/index.js';
import { describeCode } from '../util/atomic-write.js';

/**
 * The secret behind baseline hashes and SARIF fingerprints. It never lives in the files it protects: a reader of a
 * baseline or a SARIF file who does not have it cannot test a guess ("is the accepted value 079203481526?"), however
 * few digits are unknown. Where it comes from, first found wins:
 *   1. the environment variable PROMPTGATE_FINGERPRINT_KEY (a CI secret, a developer's shell profile);
 *   2. the file named by `keyFile:` in .promptgate.yaml (outside the repository, e.g. ~/.config/promptgate/key);
 *   3. a fixed public key, with a warning: the hashes then still match across runs, but they protect nothing
 *      that can be guessed.
 */
export const FINGERPRINT_KEY_ENV = 'PROMPTGATE_FINGERPRINT_KEY';
export const DEFAULT_FINGERPRINT_KEY = 'promptgate/sarif-fingerprint/v1';
/** Shorter secrets can themselves be guessed. */
const MIN_KEY_LENGTH = 16;

export interface FingerprintKey {
  secret: string;
  origin: 'env' | 'file' | 'default';
  /** Where it came from, for messages: the variable's name or the key file's path. */
  where: string;
  /** Said once per run on stderr (and in JSON warnings where there is a place): a default or a weak key. */
  warning?: string;
  /** The warning as written from the `cli` catalogue, for the CLI to say in the reader's language. */
  warningSaid?: { key: 'keyDefault' | 'keyShort'; vars: Record<string, string | number> };
}

/** `keyFile` as written in the config: relative to the config's folder; a leading `~/` is the home folder. */
export function resolveKeyFile(value: string, configDir: string): string {
  if (value === '~' || value.startsWith('~/')) return resolve(homedir(), value.slice(2));
  return isAbsolute(value) ? value : resolve(configDir, value);
}

export function fingerprintKey(env: NodeJS.ProcessEnv, keyFile?: string): FingerprintKey {
  const fromEnv = env[FINGERPRINT_KEY_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return withStrength({ secret: fromEnv.trim(), origin: 'env', where: `$${FINGERPRINT_KEY_ENV}` });
  if (keyFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8');
    } catch (e) {
      throw usageError('keyUnreadable', { path: keyFile, code: describeCode((e as NodeJS.ErrnoException).code) });
    }
    const secret = text.trim();
    if (secret === '') throw usageError('keyEmpty', { path: keyFile });
    return withStrength({ secret, origin: 'file', where: keyFile });
  }
  return {
    secret: DEFAULT_FINGERPRINT_KEY,
    origin: 'default',
    where: 'the built-in public key',
    warning: fill(en.cli.keyDefault, { env: FINGERPRINT_KEY_ENV }),
    warningSaid: { key: 'keyDefault', vars: { env: FINGERPRINT_KEY_ENV } },
  };
}

function withStrength(k: FingerprintKey): FingerprintKey {
  if (k.secret.length >= MIN_KEY_LENGTH) return k;
  const vars = { where: k.where, min: MIN_KEY_LENGTH };
  return { ...k, warning: fill(en.cli.keyShort, vars), warningSaid: { key: 'keyShort', vars } };
}
