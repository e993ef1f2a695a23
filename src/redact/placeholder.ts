/**
 * Placeholders: the label a rule gives (`CCCD`), the token put in the text (`[CCCD_1]`), and the key that decides
 * when two findings are "the same value" and so share one token.
 */

/** A label a model keeps intact and a reader understands: ASCII capitals, digits and `_`, starting with a letter. */
export function placeholderLabel(raw: string): string {
  const label = raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (label === '') return 'VALUE';
  return /^[A-Z]/.test(label) ? label : `V_${label}`;
}

export function token(label: string, n: number): string {
  return `[${label}_${n}]`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;

/**
 * The identity of a value, so that different spellings of one number share one placeholder:
 * numbers compare by their digits ("0912 345 678" = "0912.345.678"), e-mail addresses without case, IBANs without
 * spaces. Anything else must be spelled the same (up to white space): merging two different secrets under one
 * placeholder would put the wrong value back on restore.
 */
export function valueKey(value: string): string {
  const v = value.normalize('NFC').trim();
  const compact = v.replace(/[\s.\-/()]/gu, '');
  if (/^\+?\d+$/.test(compact)) return `n:${compact.replace(/^\+/, '')}`;
  if (EMAIL.test(v)) return `e:${v.toLowerCase()}`;
  // Only capitals: a lower-case token is more likely a case-sensitive secret than an IBAN.
  const joined = v.replace(/\s+/g, '');
  if (IBAN.test(joined)) return `i:${joined}`;
  return `t:${v.replace(/\s+/gu, ' ')}`;
}
