import type { ValidatorFn } from '../../rules/model.js';

/** Validators used by the intl rule pack. */
export const intlValidators: Record<string, ValidatorFn> = {};
