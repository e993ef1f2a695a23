import type { ValidatorFn } from '../../rules/model.js';

/** Validators used by the vn rule pack. */
export const vnValidators: Record<string, ValidatorFn> = {};
