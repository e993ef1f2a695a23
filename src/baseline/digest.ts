import { createRequire } from 'node:module';

// node:crypto costs ~5 ms to load, and a plain JSON or pretty scan computes no digest (see PostFilter): required on
// first use.
const requireBuiltin = createRequire(import.meta.url);
const crypto = () => requireBuiltin('node:crypto') as typeof import('node:crypto');

/**
 * Keyed digests of matched values, so baselines and SARIF fingerprints can recognise "the same finding again"
 * without ever storing or printing the value. Two steps:
 *  1. `valueDigest`: HMAC of rule id + normalised value under a fixed, context-free key. It stays in memory
 *     (on `Finding.digest`, which no writer prints) and changes when the value changes, never when lines move.
 *  2. A second HMAC of that digest under a secret kept outside the file it is written to (key.ts:
 *     PROMPTGATE_FINGERPRINT_KEY or the config's keyFile), derived per use (baseline entries, SARIF fingerprints).
 *     Without the secret a reader of the file cannot test a guess of a value, not even of a low-entropy one such as
 *     a 12-digit ID. With the public default key (a warning says so) only precomputed tables are ruled out.
 */
const VALUE_KEY = 'promptgate/value-digest/v1';

/** The value as it is compared: Unicode-compatible form, no diacritics, lower case, only letters and digits
 * ("4539 1488-0343 6467" and "4539148803436467" are one card; "TỐI MẬT" and "tối mật" one stamp). */
export function normalizeValue(value: string): string {
  const v = value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const core = v.replace(/[^\p{L}\p{N}]/gu, '');
  return core.length > 0 ? core : v.replace(/\s+/g, ' ').trim();
}

export function valueDigest(ruleId: string, value: string): string {
  return hmac(VALUE_KEY, `${ruleId}\0${normalizeValue(value)}`);
}

export function hmac(key: string, message: string): string {
  return crypto().createHmac('sha256', key).update(message, 'utf8').digest('hex');
}
