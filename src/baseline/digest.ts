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
 *  2. A second HMAC of that digest under the key of the place it is written to: a random key kept in each
 *     baseline file, or the SARIF fingerprint key (see `sarif.ts`). A file's hashes therefore cannot be matched
 *     against another file's, nor against a precomputed table of, say, all citizen ID numbers.
 * A key that lives next to the hashes does not stop a targeted guess of a low-entropy value (a 12-digit ID):
 * treat these files as internal, and set PROMPTGATE_FINGERPRINT_KEY (a CI secret) for SARIF uploads.
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
