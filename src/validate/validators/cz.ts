import type { ValidatorFn } from '../../rules/model.js';

/** Validators used by the cz rule pack. */
export const czValidators: Record<string, ValidatorFn> = {};
