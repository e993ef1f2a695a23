import type { ValidatorFn } from '../../rules/model.js';
import { digitsOf, weightedSum } from './checksums.js';

/**
 * CCCD / số định danh cá nhân province codes (the 63-province table, Circular 07/2016/TT-BCA): the first three
 * digits of a 12-digit personal number. Odd-spaced; 099, 000 and anything above 096 are not provinces.
 */
export const CCCD_PROVINCES: ReadonlySet<string> = new Set(
  ('001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 ' +
    '044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 ' +
    '089 091 092 093 094 095 096').split(' '),
);

/** One digit repeated, or a run like 123456789: a placeholder, not an identifier. */
function isFiller(d: string): boolean {
  if (/^(\d)\1*$/.test(d)) return true;
  return '01234567890123456789'.includes(d) || '98765432109876543210'.includes(d);
}

/**
 * CCCD (12 digits `PPP G YY NNNNNN`): a real province code, a century/sex digit G whose century (1900 + 100·⌊G/2⌋)
 * with YY gives a birth year that has already happened, and a serial that is not all zeros. A letter O in the
 * value is an OCR'd zero ("O3819OO45678" from a scanned card), read as 0.
 */
export function cccd(value: string, now: Date = new Date()): boolean {
  const d = digitsOf(value.replace(/[Oo]/g, '0'));
  if (d.length !== 12 || !CCCD_PROVINCES.has(d.slice(0, 3))) return false;
  const g = d.charCodeAt(3) - 48;
  const year = 1900 + 100 * Math.floor(g / 2) + Number(d.slice(4, 6));
  if (year > now.getFullYear() || year < now.getFullYear() - 120) return false;
  return d.slice(6) !== '000000';
}

/** Old CMND: 9 digits (or the 12-digit CCCD-shaped form), not a filler run. */
export function cmnd(value: string): boolean {
  const d = digitsOf(value);
  if (d.length === 12) return cccd(d);
  return d.length === 9 && !isFiller(d);
}

/**
 * MST (tax code, python-stdnum vn/mst): 10 digits, weights 31,29,23,19,17,13,7,5,3 on the first nine,
 * check = 10 − (Σ mod 11), so Σ mod 11 = 0 is impossible. The serial (digits 3–9) is never 0000000.
 */
export function mst(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 10 || d.slice(2, 9) === '0000000') return false;
  const check = 10 - (weightedSum(d, [31, 29, 23, 19, 17, 13, 7, 5, 3]) % 11);
  return check < 10 && check === d.charCodeAt(9) - 48;
}

/** BHXH code: 10 digits that are not a filler run. No public checksum exists. */
export function bhxh(value: string): boolean {
  const d = digitsOf(value);
  return d.length === 10 && !isFiller(d);
}

/**
 * A bank account number: 6–19 digits, not a filler run, and not a money amount written with thousands
 * separators ("4.350.000").
 */
export function bankAccount(value: string): boolean {
  const v = value.trim();
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(v)) return false;
  const d = digitsOf(v);
  return d.length >= 6 && d.length <= 19 && !isFiller(d);
}

const PLACEHOLDER = /^(?:[*•.·xX_#-]+|<.*>?|\[.*\]?|\{.*\}?|\$\{?.*|%\w+%?|\(.*\)?|your[\w-]*|my[\w-]*|password\w*|matkhau\w*|changeme|example\w*|null|none|undefined|abc|\.\.\.|…+)$/i;

/**
 * A password written after "mật khẩu:" / "MK:" is real when it is not a placeholder (********, <mật khẩu của bạn>,
 * ${DB_PASS}, YOUR_PASSWORD), is not a Vietnamese word (passwords are typed without diacritics), and looks like a
 * secret: a digit, a symbol or a capital after the first letter.
 */
export function password(value: string): boolean {
  const v = value.trim().replace(/[.,;:)"'”’]+$/, '');
  if (v.length < 4 || v.length > 64) return false;
  if (PLACEHOLDER.test(v)) return false;
  // A link after the words ("đổi mật khẩu … theo bài trên wiki: https://…") is where the procedure is, not a
  // password; a URL that carries one (scheme://user:pass@host) is read by the URL-credential rules.
  if (/^[a-z][a-z0-9+.-]{1,15}:\/\//i.test(v)) return false;
  // Code that reads the secret from elsewhere: os.environ.get(…), getpass(…), process.env.X.
  if (/^[A-Za-z_][\w.]*\(/.test(v) || /^(?:process\.env|os\.environ|env\.|ENV\[)/.test(v)) return false;
  if (/[^\x21-\x7e]/.test(v)) return false;
  return /\d/.test(v) || /[^A-Za-z0-9]/.test(v) || /[A-Z]/.test(v.slice(1));
}

/** Validators used by the vn rule pack. */
export const vnValidators: Record<string, ValidatorFn> = {
  'vn-cccd': (v) => cccd(v),
  'vn-cmnd': (v) => cmnd(v),
  'vn-mst': (v) => mst(v),
  'vn-bhxh': (v) => bhxh(v),
  'vn-bank-account': (v) => bankAccount(v),
  'vn-password': (v) => password(v),
};
