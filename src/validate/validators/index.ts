import type { ValidatorFn } from '../../rules/model.js';
import { entropy, ibanMod97, luhn } from './checksums.js';
import { czValidators } from './cz.js';
import { intlValidators } from './intl.js';
import { vnValidators } from './vn.js';

/**
 * The validators a rule may name under `validators:`. Each answers: is this candidate really what the rule
 * looks for (a checksum holds, a date is plausible, it is not a placeholder)? Pack-specific ones live in
 * their pack's file; names are global, so prefix them (`vn-cccd`, `cz-rodne-cislo`).
 */
export const VALIDATORS: Record<string, ValidatorFn> = {
  luhn: (v) => luhn(v),
  'iban-mod97': (v) => ibanMod97(v),
  entropy,
  ...vnValidators,
  ...czValidators,
  ...intlValidators,
};

export function validatorNames(): string[] {
  return Object.keys(VALIDATORS).sort();
}
