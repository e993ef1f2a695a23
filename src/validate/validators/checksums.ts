/** Checksum validators shared by several packs. Each takes the matched text and ignores separators. */

export function digitsOf(value: string): string {
  return value.replace(/\D+/g, '');
}

/** Σ weights[i] × digit i over the first weights.length digits of a string of digits (the weighted checks). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] * (digits.charCodeAt(i) - 48);
  return sum;
}

/** Luhn (ISO/IEC 7812) over the digits of the value. */
export function luhn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 2) return false;
  let sum = 0;
  let dbl = false;
  for (let i = d.length - 1; i >= 0; i--) {
    let n = d.charCodeAt(i) - 48;
    if (dbl) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** IBAN lengths by country (ISO 13616 / SWIFT IBAN registry). */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** IBAN: registry country, registry length and ISO 7064 mod 97-10 == 1. */
export function ibanMod97(value: string): boolean {
  const s = value.replace(/[\s.-]+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  const len = IBAN_LENGTHS[s.slice(0, 2)];
  if (len === undefined || s.length !== len) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

/**
 * BBAN structure per country (SWIFT IBAN registry): `n` digits, `a` capital letters, `c` either. A mod-97 that
 * holds on a BBAN with a letter where the bank's number belongs ("NL56 3003 0A17 …") is not an IBAN anyone was
 * given. Countries left out of this table are checked for length and mod-97 only.
 */
const BBAN_FORMATS: Record<string, string> = {
  AD: '8n12c', AE: '19n', AL: '8n16c', AT: '16n', AZ: '4a20c', BA: '16n', BE: '12n', BG: '4a6n8c', BH: '4a14c',
  BR: '23n1a1c', CH: '5n12c', CR: '18n', CY: '8n16c', CZ: '20n', DE: '18n', DK: '14n', DO: '4c20n', EE: '16n',
  EG: '25n', ES: '20n', FI: '14n', FO: '14n', FR: '10n11c2n', GB: '4a14n', GE: '2a16n', GI: '4a15c', GL: '14n',
  GR: '7n16c', GT: '24c', HR: '17n', HU: '24n', IE: '4a14n', IL: '19n', IQ: '4a15n', IS: '22n', IT: '1a10n12c',
  JO: '4a4n18c', KW: '4a22c', KZ: '3n13c', LB: '4n20c', LC: '4a24c', LI: '5n12c', LT: '16n', LU: '3n13c',
  LV: '4a13c', MC: '10n11c2n', MD: '20c', ME: '18n', MK: '3n10c2n', MR: '23n', MT: '4a5n18c', NL: '4a10n',
  NO: '11n', PK: '4a16c', PL: '24n', PS: '4a21c', PT: '21n', QA: '4a21c', RO: '4a16c', RS: '18n', SA: '2n18c',
  SE: '20n', SI: '15n', SK: '20n', SM: '1a10n12c', ST: '21n', SV: '4a20n', TL: '19n', TN: '20n', TR: '6n16c',
  UA: '6n19c', VA: '18n', VG: '4a16n', XK: '16n',
};

const BBAN_RES = new Map<string, RegExp>();

/** The BBAN (after country and check digits) has the registry's structure, where the table knows it. */
export function ibanBbanShape(value: string): boolean {
  const s = value.replace(/[\s.-]+/g, '').toUpperCase();
  const fmt = BBAN_FORMATS[s.slice(0, 2)];
  if (fmt === undefined) return true;
  let re = BBAN_RES.get(fmt);
  if (!re) {
    const cls: Record<string, string> = { n: '\\d', a: '[A-Z]', c: '[A-Z0-9]' };
    re = new RegExp('^' + fmt.replace(/(\d+)([nac])/g, (_, k: string, t: string) => `${cls[t]}{${k}}`) + '$');
    BBAN_RES.set(fmt, re);
  }
  return re.test(s.slice(4));
}

/** Shannon entropy in bits per character; `min` (default 3) is the least a real secret has. */
export function entropy(value: string, params: Record<string, unknown>): boolean {
  const min = typeof params.min === 'number' ? params.min : 3;
  return shannon(value) >= min;
}

export function shannon(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
