import type { ValidatorFn } from '../../rules/model.js';
import { digitsOf, ibanMod97, weightedSum } from './checksums.js';

/**
 * Validators used by the cz rule pack. Each takes the matched text (separators ignored) and answers whether it
 * is a real Czech identifier: checksums per python-stdnum (`stdnum/cz/*`) and domain.md §B2.
 */

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Rodné číslo (Act 133/2000 Sb.): YYMMDD/SSS[C]. Month +50 for women, +20/+70 since 2004 when serials run
 * out. Nine digits only for births before 1954 (80–99 there are 1880–1899). Ten digits: the number is divisible by 11, except that until 1985 a
 * remainder of 10 was written as check digit 0 (so we accept `first nine mod 11 mod 10`, as stdnum does).
 * A few such numbers were still given out later; `lateCheckZero` accepts them too, for a number that stands
 * right after its own label (where the label, not the checksum, says what it is). `lateAssigned` (also only
 * after the label) reads a ten-digit number whose 20yy birth date would lie in the future as 19yy: someone born
 * before 1954 who was first given a number later (on naturalisation, as a foreigner with residence) got the
 * ten-digit form with its check digit.
 */
export function rodneCislo(value: string, now = new Date(), lateCheckZero = false, lateAssigned = false): boolean {
  const d = digitsOf(value);
  if (d.length !== 9 && d.length !== 10) return false;
  const yy = Number(d.slice(0, 2));
  const mmRaw = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  // Only the offsets the law knows: 1–12, 21–32 (+20), 51–62 (+50), 71–82 (+70).
  const mm = mmRaw > 50 ? mmRaw - 50 : mmRaw;
  const month = mm > 20 ? mm - 20 : mm;
  if (month < 1 || month > 12 || (mm > 12 && mm < 21)) return false;
  let year = 1900 + yy;
  if (d.length === 9) {
    // Nine digits were given in 1954 to everyone then alive: "99" is 1899 (python-stdnum reads 80–99 as 18xx).
    if (yy >= 80) year -= 100;
    if (year > 1953) return false;
    if (mm > 20) return false; // +20/+70 exist only since 2004
  } else {
    if (yy < 54 && !(lateAssigned && Date.UTC(2000 + yy, 0, 1) > now.getTime())) year += 100;
    if (mm > 20 && year < 2004) return false;
    if (Number(d.slice(0, 9)) % 11 % 10 !== Number(d[9])) return false;
    // The remainder-10 form (check digit 0) was issued only until 1985.
    if (Number(d.slice(0, 9)) % 11 === 10 && year > 1985 && !lateCheckZero) return false;
  }
  if (!validDate(year, month, dd)) return false;
  return Date.UTC(year, month - 1, dd) <= now.getTime();
}

/** IČO: 8 digits, weights 8..2 over the first seven; check = (11 − Σ mod 11) mod 10, with r=0 → 1, r=1 → 0. */
export function ico(value: string): boolean {
  const d = digitsOf(value);
  if (d.length !== 8) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (8 - i) * (d.charCodeAt(i) - 48);
  const c = (11 - (sum % 11)) % 11;
  return ((c === 0 ? 1 : c) % 10) === d.charCodeAt(7) - 48;
}

/**
 * The nine-digit DIČ the tax office gives a natural person who has no birth number (a foreigner): it starts
 * with 6 and its last digit is computed from the seven between, with weights 8..2 (python-stdnum cz/dic).
 */
export function dicSpecial(d: string): boolean {
  if (!/^6\d{8}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += (8 - i) * (d.charCodeAt(i + 1) - 48);
  return (8 - ((10 - (sum % 11)) % 11) + 10) % 10 === d.charCodeAt(8) - 48;
}

/**
 * DIČ of a natural person: CZ + 9 or 10 digits that form a valid rodné číslo, or the nine-digit form starting
 * with 6 given to a person without one. A company's DIČ (CZ + its 8-digit IČO) answers false: it is public
 * register data, not a personal tax identifier.
 */
export function dicPerson(value: string): boolean {
  const s = value.replace(/[\s-]+/g, '').toUpperCase();
  const m = /^(?:CZ)?(\d{9,10})$/.exec(s);
  return m !== null && (rodneCislo(m[1]) || dicSpecial(m[1]));
}

const ACCOUNT_WEIGHTS = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1];

/** One part (prefix or number) of a domestic account: zero-padded to 10 digits, Σ weights mod 11 = 0. */
export function accountPartOk(part: string): boolean {
  if (!/^\d{1,10}$/.test(part)) return false;
  const p = part.padStart(10, '0');
  return weightedSum(p, ACCOUNT_WEIGHTS) % 11 === 0;
}

/** Bank codes of the Czech National Bank's list (kody_bank_CR.csv, via stdnum banks.dat). */
export const CZ_BANK_CODES = new Set([
  '0100', '0300', '0600', '0710', '0800', '2010', '2060', '2070', '2100', '2200', '2220', '2250', '2260', '2275',
  '2600', '2700', '3030', '3050', '3060', '3500', '4000', '4300', '5500', '5800', '6000', '6200', '6210', '6300',
  '6363', '6700', '6800', '7910', '7950', '7960', '7970', '7990', '8030', '8040', '8060', '8090', '8150', '8190',
  '8198', '8220', '8250', '8255', '8265', '8280', '8500',
]);

/**
 * Domestic account `[prefix-]number/bank`: both parts pass the weights, the bank code is on the CNB list, and
 * the number is not all zeros. A short number without prefix (under 6 digits) is refused: those are law
 * and file numbers ("123/2010"), not accounts — unless `short` says the account's own label stands right
 * before it ("Číslo účtu: 3033/2700"). `apart`: the bank code stands apart from the number (accountApart, round 33).
 */
export function bankAccount(value: string, short = false, apart = false): boolean {
  // (the bank code may be given apart: "2000145399, kód banky 0800", "2000145399 s kódem banky 0800")
  const m = apart ? accountApart(value) : /^\s*(?:(\d{1,6})\s*-\s*)?(\d{2,10})\s*(?:\/|,?\s*(?:s\s+)?k[óo]d(?:em)?\s+banky\s*:?)\s*(\d{4})\s*$/i.exec(value);
  if (!m) return false;
  const [, prefix, number, bank] = m;
  if (!CZ_BANK_CODES.has(bank)) return false;
  if (/^0+$/.test(number)) return false;
  if (prefix === undefined && number.replace(/^0+/, '').length < (short ? 2 : 6)) return false;
  if (prefix !== undefined && !accountPartOk(prefix)) return false;
  return accountPartOk(number);
}

/**
 * The parts of an account whose bank code stands apart from the number (round 33): "2000145399, kód banky 0800",
 * "2000145399 (Česká spořitelna, 0800)", or three table cells "19;2000145399;0800" (the prefix cell may be empty).
 * The digit runs are the parts: two are number and bank code, three are prefix, number and bank code.
 */
function accountApart(value: string): [string, string | undefined, string, string] | null {
  const runs = value.match(/\d+/g) ?? [];
  if (runs.length === 2 && /^\d{2,10}$/.test(runs[0]) && /^\d{4}$/.test(runs[1])) return [value, undefined, runs[0], runs[1]];
  if (runs.length === 3 && /^\d{1,6}$/.test(runs[0]) && /^\d{2,10}$/.test(runs[1]) && /^\d{4}$/.test(runs[2])) {
    return [value, runs[0], runs[1], runs[2]];
  }
  return null;
}

/** CZ IBAN: registry length and mod-97, and the inner account (bank code, prefix, number) passes the domestic checks. */
export function czIban(value: string): boolean {
  const s = value.replace(/[\s-]+/g, '').toUpperCase();
  if (!/^CZ\d{22}$/.test(s) || !ibanMod97(s)) return false;
  const bank = s.slice(4, 8);
  const prefix = s.slice(8, 14);
  const number = s.slice(14);
  if (!CZ_BANK_CODES.has(bank) || /^0+$/.test(number)) return false;
  return accountPartOk(prefix) && accountPartOk(number);
}

// What people type instead of a password when they do not mean to share one.
// (A YAML tag such as Ansible's "!vault |" opens an encrypted block: the password is not there.)
const PLACEHOLDER = /^(?:[*•.…x_#-]+|[<[{(].*|!(?:vault|encrypted|secret|env)\b.*|\$\{?[\w.]+\}?|%\w+%|\?+|(?:heslo|password|vase|vaše|tvoje|moje|nove|nové|stare|staré|zadejte|doplnit|nevim|nevím|xxx+|tajne|tajné|stejne|stejné)\b.*)$/i;
// Code that fetches a password from somewhere else: os.environ["X"], getenv(...), input(), config.get(...).
const CODE_EXPR = /^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*\s*[([]|^(?:os|process|env|config|settings|self|this|secrets)\./;

/**
 * A literal password written after "heslo": not a placeholder, not code that reads it from elsewhere, and
 * shaped like a password (a digit, a symbol or an inner capital), not a plain word of the sentence.
 */
export function passwordLiteral(value: string): boolean {
  const v = value.trim().replace(/^["'„“”‚‘’`]+|["'„“”‚‘’`.,;:!?]+$/g, '');
  if (v.length < 4 || v.length > 128) return false;
  if (PLACEHOLDER.test(v) || CODE_EXPR.test(v)) return false;
  // a link ("potvrďte své heslo: https://…") is where to type the password, not the password
  if (/^(?:https?:\/\/|www\.)/i.test(v)) return false;
  if (/^(.)\1+$/.test(v)) return false;
  // a date ("heslo … platí, změna je 4/3/2026") is when, not what
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(v)) return false;
  const hasDigit = /\d/.test(v);
  const hasSymbol = /[^\p{L}\p{N}]/u.test(v);
  const innerCapital = /\p{Ll}\p{Lu}|\p{Lu}{2,}\p{Ll}/u.test(v) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(v);
  return hasDigit || hasSymbol || innerCapital;
}

export const czValidators: Record<string, ValidatorFn> = {
  // (`ocr`: a number read by OCR with the letter O for a zero, right after its label, round 33)
  'cz-rodne-cislo': (v, p) => rodneCislo(p.ocr === true ? v.replace(/[Oo]/g, '0') : v, new Date(), p.lateCheckZero === true, p.lateAssigned === true),
  'cz-ico': (v) => ico(v),
  'cz-dic-person': (v) => dicPerson(v),
  'cz-bank-account': (v, p) => bankAccount(v, p.short === true, p.apart === true),
  'cz-iban': (v) => czIban(v),
  'cz-password-literal': (v) => passwordLiteral(v),
};
