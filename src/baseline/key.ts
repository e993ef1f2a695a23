import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';
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
      throw new UsageError(`the fingerprint key file ${keyFile} (keyFile in the config) cannot be read (${describeCode((e as NodeJS.ErrnoException).code)})`);
    }
    const secret = text.trim();
    if (secret === '') throw new UsageError(`the fingerprint key file ${keyFile} (keyFile in the config) is empty; put a random secret in it, e.g. \`openssl rand -hex 32 > ${keyFile}\``);
    return withStrength({ secret, origin: 'file', where: keyFile });
  }
  return {
    secret: DEFAULT_FINGERPRINT_KEY,
    origin: 'default',
    where: 'the built-in public key',
    warning: `no fingerprint key is set (${FINGERPRINT_KEY_ENV}, or keyFile in .promptgate.yaml), so the fixed public key is used: `
      + 'anyone who can read the baseline or SARIF file can test guesses of the values in it (see README, "What a baseline reveals")',
  };
}

function withStrength(k: FingerprintKey): FingerprintKey {
  if (k.secret.length >= MIN_KEY_LENGTH) return k;
  return { ...k, warning: `the fingerprint key in ${k.where} is shorter than ${MIN_KEY_LENGTH} characters and can itself be guessed; use a random one (e.g. \`openssl rand -hex 32\`)` };
}
