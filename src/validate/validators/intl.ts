import type { ValidatorFn } from '../../rules/model.js';
import { digitsOf, ibanBbanShape, ibanMod97, luhn, shannon, weightedSum } from './checksums.js';
import { foldString } from '../../normalize/chars.js';
import { crc32 } from '../../util/crc32.js';
import { platform } from '../../engine/platform.js';
import { PUBLISHED_TEST_CARDS } from './test-cards.js';

const latin1 = (bytes: Uint8Array): string => platform().latin1(bytes, bytes.length);

/**
 * Validators used by the intl rule pack. Each answers one question about a candidate the rule's regex found:
 * does the checksum hold, is the number in a range that is ever issued, is the "secret" a real value rather
 * than a placeholder, an environment lookup or a masked "********"?
 */

// ---------------------------------------------------------------------------------------------------------
// Payment cards: Luhn + a known issuer range (IIN) + a length that range issues.

interface CardRange {
  lo: number;
  hi: number;
  /** Number of leading digits `lo`/`hi` are written with. */
  width: number;
  lengths: number[];
}

// IIN ranges and lengths of the schemes staff actually paste (domain.md §C2). 13-digit Visa is left out on
// purpose: it has not been issued for years, and a 13-digit run starting with 4 is far more often something else.
const CARD_RANGES: CardRange[] = [
  { lo: 4, hi: 4, width: 1, lengths: [16, 19] }, // Visa
  { lo: 51, hi: 55, width: 2, lengths: [16] }, // Mastercard
  { lo: 2221, hi: 2720, width: 4, lengths: [16] }, // Mastercard 2-series
  { lo: 34, hi: 34, width: 2, lengths: [15] }, // American Express
  { lo: 37, hi: 37, width: 2, lengths: [15] },
  { lo: 6011, hi: 6011, width: 4, lengths: [16, 17, 18, 19] }, // Discover
  { lo: 644, hi: 649, width: 3, lengths: [16, 17, 18, 19] },
  { lo: 65, hi: 65, width: 2, lengths: [16, 17, 18, 19] },
  { lo: 3528, hi: 3589, width: 4, lengths: [16, 17, 18, 19] }, // JCB
  { lo: 62, hi: 62, width: 2, lengths: [16, 17, 18, 19] }, // UnionPay
  { lo: 300, hi: 305, width: 3, lengths: [14, 16, 17, 18, 19] }, // Diners Club
  { lo: 36, hi: 36, width: 2, lengths: [14, 16, 17, 18, 19] },
  { lo: 38, hi: 39, width: 2, lengths: [16, 17, 18, 19] },
  { lo: 9704, hi: 9704, width: 4, lengths: [16, 19] }, // Napas (Vietnam domestic)
];

export function cardIssuerKnown(digits: string): boolean {
  return CARD_RANGES.some((r) => {
    const head = Number(digits.slice(0, r.width));
    return head >= r.lo && head <= r.hi && r.lengths.includes(digits.length);
  });
}

/** A run such as 4444 4444 4444 4448 or 1234 5678 9012 3456 is a test value or a made-up one. */
function looksMadeUp(d: string): boolean {
  const body = d.slice(0, -1);
  if (/^(\d)\1+$/.test(body)) return true;
  let up = 0;
  for (let i = 1; i < d.length; i++) if ((d.charCodeAt(i) - d.charCodeAt(i - 1) + 10) % 10 === 1) up++;
  return up >= d.length - 2;
}

/** A real-looking card, whatever words stand beside it; a processor's published test number is nobody's card. */
export const paymentCard: ValidatorFn = (value) => {
  const d = digitsOf(value);
  return luhn(d) && cardIssuerKnown(d) && !looksMadeUp(d) && !PUBLISHED_TEST_CARDS.has(d);
};

// ---------------------------------------------------------------------------------------------------------
// IBAN: every registry country except CZ (the cz pack also checks the inner account's weights). Length, mod-97
// and, where the registry fixes it, which positions hold letters and which digits.

export const ibanNotCz: ValidatorFn = (value) => {
  const s = value.replace(/[\s.-]+/g, '').toUpperCase();
  return !s.startsWith('CZ') && ibanMod97(s) && ibanBbanShape(s);
};

// ---------------------------------------------------------------------------------------------------------
// US Social Security number: no checksum, but whole ranges are never issued (python-stdnum us/ssn).

const SSN_BLACKLIST = new Set(['078051120', '457555462', '219099999', '123456789']);

export const usSsn: ValidatorFn = (value) => {
  const d = digitsOf(value);
  if (d.length !== 9) return false;
  const area = d.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (d.slice(3, 5) === '00' || d.slice(5) === '0000') return false;
  if (/^(\d)\1+$/.test(d)) return false;
  return !SSN_BLACKLIST.has(d);
};

/**
 * NHS number (England, Wales, Isle of Man): 10 digits, the last a mod-11 check over the first nine weighted 10…2
 * (check = 11 − Σ mod 11; 11 reads 0, 10 is never issued). One digit repeated passes the sum and is no number.
 */
export const nhsNumber: ValidatorFn = (value) => {
  const d = digitsOf(value);
  if (d.length !== 10 || /^(\d)\1+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (10 - i);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === d.charCodeAt(9) - 48;
};

/**
 * Australian tax file number: 9 digits whose sum weighted 1, 4, 3, 7, 5, 8, 6, 9, 10 is divisible by 11 (the ATO's
 * published check). One digit repeated and the ATO's own worked example (123 456 782) are no one's number.
 */
export const auTfn: ValidatorFn = (value) => {
  const d = digitsOf(value);
  if (d.length !== 9 || /^(\d)\1+$/.test(d) || d === '123456782') return false;
  return weightedSum(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
};

// ---------------------------------------------------------------------------------------------------------
// Machine-readable zones (ICAO 9303): check digits with weights 7-3-1.

export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    const v = c === 60 ? 0 : c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : -1;
    if (v < 0) return -1;
    sum += v * weights[i % 3];
  }
  return sum % 10;
}

function cdOk(field: string, cd: string): boolean {
  // A filler "<" check digit is allowed only for an empty optional field.
  if (cd === '<') return /^<+$/.test(field);
  return mrzCheckDigit(field) === cd.charCodeAt(0) - 48;
}

/**
 * A passport (TD3, 44 characters) or visa/ID (TD2, 36) second line, or an ID-card (TD1, 30) first line. All
 * present check digits must hold; the composite digit too, where the format has one.
 */
export const mrzLine: ValidatorFn = (value) => {
  const s = value.replace(/\s+/g, '');
  if (s.length === 44) {
    const ok = cdOk(s.slice(0, 9), s[9]) && cdOk(s.slice(13, 19), s[19]) && cdOk(s.slice(21, 27), s[27]) && cdOk(s.slice(28, 42), s[42]);
    return ok && cdOk(s.slice(0, 10) + s.slice(13, 20) + s.slice(21, 43), s[43]);
  }
  if (s.length === 36) {
    const ok = cdOk(s.slice(0, 9), s[9]) && cdOk(s.slice(13, 19), s[19]) && cdOk(s.slice(21, 27), s[27]);
    return ok && cdOk(s.slice(0, 10) + s.slice(13, 20) + s.slice(21, 35), s[35]);
  }
  if (s.length === 30) return cdOk(s.slice(5, 14), s[14]);
  return false;
};

// ---------------------------------------------------------------------------------------------------------
// Tokens with a CRC32 tail: GitHub (ghp_/gho_/ghu_/ghs_/ghr_) and npm (npm_): 30 random base62 characters,
// then the CRC32 of those 30 written as 6 base62 digits (0-9A-Za-z).

export { crc32 };

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

export const crc32Token: ValidatorFn = (value) => {
  const m = /^(?:gh[pousr]|npm)_([0-9A-Za-z]{36})$/.exec(value);
  if (!m) return false;
  const body = m[1];
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
};

// ---------------------------------------------------------------------------------------------------------
// Secret values after "password =", "token:", in a connection string or a curl command: a literal, not a
// placeholder, a variable, a function call or a mask.

// ("changeit" is the JDK's default key-store password, printed in every guide: everyone's default, no one's secret)
const PLACEHOLDER_WORDS =
  /example|sample|dummy|placeholder|changeme|change_me|redacted|your[_-]?|my[_-]?(?:pass|secret|token|key)|insert|replace|xxxx|\.\.\.|…|^(?:pass(?:word)?|secret|token|test|null|none|nil|true|false|undefined|empty|admin|root|user|required|optional|string|hidden|masked|required|changeit)$/i;

/** Shapes that are references to a secret, not the secret: ${X}, $X, %X%, {{x}}, <x>, [x], env lookups, calls, and
 * what a tool prints in place of a value it hides (Terraform's "(sensitive value)", "(known after apply)"). */
// An interpolation counts when it is well formed (${DB_PASS}, {{ .Values.password }}, %(pw)s); a random string that
// merely contains "${" or "{{" among its symbols is a literal. A release pipeline's token, #{DbPassword}# (Azure
// DevOps' replace-tokens, Octopus' #{…}), is filled in at deployment (round 41).
const INDIRECT =
  /^[$%]|#\{[A-Za-z_][\w.:-]*\}|^\((?:sensitive|known|redacted|hidden|masked)\b|\$\{[A-Za-z_][\w.:-]*(?::?-[^}]*)?\}|\{\{[\s\w.|$'"-]*\}\}|^\{|^<|^\[|%\(\w+\)[sd]|\bprocess\.env\b|\bos\.(?:environ|getenv)\b|\bENV\[|\bgetenv\b|\bgetpass\b|\bSystem\.getenv\b|\bvault\b|^[\w.$]+\(|\)$|^\*+$|^[*•xX._-]+$/;

export function isPlaceholder(v: string): boolean {
  return v.length === 0 || INDIRECT.test(v) || PLACEHOLDER_WORDS.test(v) || /^(.)\1+$/.test(v);
}

// Look-alike digits and symbols of leetspeak, read back as letters ("S3cr3t" → "secret", "P@ssw0rd" → "password").
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/**
 * A value that names itself instead of being random: the words password / pass / secret / token with other
 * letters around them and at most three trailing digits ("mysecretpassword", "custombonitapass",
 * "generatedwebdavpassword1", "the admin password"), the bare word in leetspeak ("s3cret", "P@ssw0rd"), or a phrase
 * about the reader's own one ("My-Cust0m_S3cR3T"). The word for password in another language is the label of a
 * password field in a UI string table (login.password = "Mật khẩu", "Heslo", "Mot de passe"), read without its marks.
 * Documentation writes these where a real value would go.
 */
export function namesItself(v: string): boolean {
  const lower = v.toLowerCase();
  if (/^[a-z _-]*(?:pass(?:word|wd)?|secret|token)[a-z _-]*\d{0,3}$/.test(lower)) return true;
  if (/^[a-z _-]*(?:mat ?khau|heslo|passwort|kennwort|mot de passe|contrasena|senha)[a-z _-]*$/.test(foldString(lower))) return true;
  const read = lower.replace(/[0-9@$]/g, (c) => LEET[c] ?? c);
  // "My-Cust0m_S3cR3T", "your_n3w_p@ssword": a phrase about the reader's own secret, leetspeak or not
  return /^(?:pass(?:word|wd)?|secret)$/.test(read) || /^(?:my|your)[ _-]?(?:[a-z]+[ _-]?){0,2}(?:pass(?:word|wd)?|secret|token|key)$/.test(read);
}

/**
 * Filler rather than a secret: an ascending run of 8+ (12345678, 7890123, abcdefgh) or a unit of 4–16 characters
 * written three times in a row (abcd1234abcd1234abcd1234) — made-up values in tests and documentation.
 */
export function looksDummy(v: string): boolean {
  const s = v.toLowerCase();
  let run = 1;
  for (let i = 1; i < s.length && run < 8; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    const next = (b === a + 1 && ((a >= 48 && b <= 57) || (a >= 97 && b <= 122))) || (a === 57 && b === 48);
    run = next ? run + 1 : 1;
  }
  return run >= 8 || /(.{4,16})\1\1/.test(s);
}

/** A value that says it is not real: "a-fake-tooshort-key", "fakehashedsecret2", "dummy_token_1". */
const FAKE = /(?:^|[^a-z])(?:fake|dummy)/i;

/** Placeholders a template leaves where the token goes: "…AccessTokenHere", "RANDOMSTRINGHERE", "your-key-goes-here". */
const HERE_PLACEHOLDER = /(?:token|key|secret|string|value|password|goes|id)[_-]?here$/i;

/** The text a base64 value wraps, when it is printable (a Kubernetes secret's data: "ZGVtbw==" → "demo"). */
function unwrapBase64(v: string): string | null {
  if (v.length < 8 || v.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) return null;
  const inner = latin1(platform().base64(v));
  return /^[\x20-\x7e]{3,}$/.test(inner) ? inner : null;
}

/** A file path or a URL: a reference to where the secret is kept (PASSWORD_FILE=/run/secrets/db), not the secret. */
function isLocation(v: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|[a-z]:\\)/i.test(v) || /^(?:~|\.{1,2})?\/[\w.@-]+(?:\/[\w.@-]*)*(?::r[ow])?$/.test(v);
}

function charClasses(v: string): number {
  let n = 0;
  if (/[a-z]/.test(v)) n++;
  if (/[A-Z]/.test(v)) n++;
  if (/\d/.test(v)) n++;
  if (/[^A-Za-z0-9]/.test(v)) n++;
  return n;
}

/** Strip the quotes and the trailing punctuation a sentence or a statement leaves on a value. */
function bare(value: string): string {
  return value.trim().replace(/^["'`]+/, '').replace(/["'`]*[;,.)\]}]*$/, '');
}

/**
 * An unquoted value in code that names a variable rather than holding a secret: db_pass, settings.DB_PASSWORD,
 * DB_PASSWORD, dbPassword. (Quoted values are literals and skip this check.)
 */
export function looksLikeReference(v: string): boolean {
  // digits inside the letters (ghs_r5rf7ddmx5…) are a random token with a prefix, not a snake_case name
  if (/^[a-z_$][a-z0-9_$]*$/.test(v) && v.includes('_') && !((v.match(/\d/g)?.length ?? 0) >= 4 && /\d[a-z]/.test(v))) return true;
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(v) && !((v.match(/\d/g)?.length ?? 0) >= 4 && /\d[a-z]/i.test(v))) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v)) return true;
  return /^[a-z]+[A-Z][A-Za-z0-9]*$/.test(v) && /pass|pwd|secret|token|key|cred/i.test(v);
}

const SHELL_FETCH =
  /^`(?:cat|echo|printenv|vault|pass|security|op|aws|gcloud|az|kubectl|base64|openssl|head|tail|gpg|sops|jq|curl|etcdctl|credstash|doppler)\s/;

function literal(value: string): { v: string; quoted: boolean; elided: boolean } {
  const raw = value.trim();
  // "ops_eyJzaWdu..." — an ellipsis that bare() would strip as sentence punctuation marks a shortened example;
  // `cat ~/.pgpass` in backticks is a shell command that fetches the secret, not the secret
  const elided = /\.{3}["'`]?$|…/.test(raw) || SHELL_FETCH.test(raw);
  return { v: percentDecoded(bare(raw)), quoted: /^["'`]/.test(raw), elided };
}

/** A value written percent-encoded (in a URL) is judged as what it encodes: "ch%61ngeme" is the placeholder "changeme". */
function percentDecoded(v: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(v)) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** An unquoted value that is a call reading the password from elsewhere: a qualified call (std::env::var(,
 * Deno.env.get(, $this->config->get() or a bare reader (getenv(, getpass(, input(). A literal "Kx9!mP2q(1" is neither. */
const CODE_CALL = /^(?:(?:[A-Za-z_$][\w$]*(?:::|\.|->))+[A-Za-z_$][\w$]*|getenv|getpass|input|prompt|env|secret|lookup)\(/i;

/**
 * A password as people write it: at least 6 characters, two character classes and a digit or symbol among them
 * (or 6+ digits), so that "password is required", "pass: true" or "the password was Denver" are not findings.
 */
export const passwordValue: ValidatorFn = (value, params) => {
  const { v, quoted, elided } = literal(value);
  const min = typeof params.minLength === 'number' ? params.minLength : 6;
  if (v.length < min || v.length > 128 || elided || isPlaceholder(v)) return false;
  if (!quoted && looksLikeReference(v)) return false;
  if (isLocation(v) || namesItself(v) || looksDummy(v) || FAKE.test(v)) return false;
  if (!quoted && /^[A-Za-z_][\w.]*\[/.test(v)) return false; // code reading it: request.form["password"], args[1]
  if (!quoted && CODE_CALL.test(v)) return false; // or calling for it: std::env::var("…"), Deno.env.get("…"), getenv(…)
  if (/^(?:\*\*?|__?)[^*_]+(?:\*\*?|__?)$/.test(v)) return false; // markdown emphasis: "password is **required**"
  if (/^ENC\[/.test(v)) return false; // a SOPS-encrypted value: ENC[AES256_GCM,data:…]
  // A base64 value (a Kubernetes secret's data) is judged by what it wraps: "ZGVtbw==" is "demo".
  const inner = unwrapBase64(v);
  if (inner !== null && !passwordValue(inner, { minLength: 4 })) return false;
  if (/^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/.test(v)) return false; // a date ("the password was changed on 28/12/2019")
  if (/^\d{6,}$/.test(v)) return true; // a numeric password or PIN of 6+ digits is a literal too
  // An English hyphenated compound ("the password is case-sensitive", "… is one-time") describes the password.
  if (!quoted && /^[a-z]+(?:-[a-z]+)+$/.test(v)) return false;
  // Letters only ("the password was Denver", "password: sunshine") reads as a word, not as a secret — unless it
  // is long and random-looking in mixed case (yqDVtkqPECriaLRi), as generated passwords are.
  if (/^[A-Za-z]+$/.test(v)) return v.length >= 12 && charClasses(v) >= 2 && /[a-z][A-Z]{2}|[A-Z]{2}[a-z]{1,2}[A-Z]/.test(v) && shannon(v) >= 3.5;
  return charClasses(v) >= 2 && /[^A-Za-z]/.test(v);
};

/**
 * The password of a URL's user-info part that passwordValue turns away as a sample (user:pass@, admin:password@,
 * app:secret@) written as a word, not as a template slot (${PASSWORD}, {{pass}}, <pass>, ****): docs
 * write such URLs, and real devices' factory passwords look the same — the rule using it warns, never blocks.
 */
export const urlSamplePassword: ValidatorFn = (value, params) => {
  const v = percentDecoded(value.trim());
  // a word, perhaps with a number (pass, password, secret123, admin): what samples and factory defaults look like
  if (v.length < 4 || v.length > 24 || !/^[A-Za-z]{3,}\d{0,6}$/.test(v) || /^x+$/i.test(v)) return false;
  // (the field's own name after a field-name user, user:password@, is a template slot: the rule's regex leaves it out)
  return !passwordValue(value, params) || FACTORY_DEFAULT.test(v);
};

/**
 * A device's or product's factory account name with a short number (admin123, root1234, guest1): the default that
 * manuals print and installers keep. passwordValue takes it for a password (letters and digits); in a URL it is
 * the sample shape, warned by intl.credential.url-userinfo-sample instead of blocked.
 */
const FACTORY_DEFAULT = /^(?:admin|administrator|root|guest|user|default|support|service|operator)\d{1,4}$/i;

/** The password of a URL's user-info part that is a real one: passwordValue, less the factory defaults above. */
export const urlPassword: ValidatorFn = (value, params) =>
  passwordValue(value, params) && !FACTORY_DEFAULT.test(percentDecoded(value.trim()));

// Words that say something about a password instead of being one, in the languages of the packs (Vietnamese
// typed without diacritics, Czech with and without). Compared in lower case.
const NOT_A_PASSWORD_WORD = new Set(
  ('required optional mandatory incorrect wrong invalid expired changed reset same different hidden masked redacted ' +
    'secret password passwords passcode string text number boolean bool true false null none nil undefined empty blank ' +
    'unset unknown default example sample test dummy placeholder here there below above attached enclosed sent provided ' +
    'needed missing protected encrypted hashed stored generated random temporary personal private public strong weak ' +
    'long short simple secure unchanged username user login email mail phone sms vault keychain manager please thanks ' +
    'see below tba tbd pending valid invalid active ready free open closed full fine good okay done complete available ' +
    'unavailable mine yours theirs ours same this that ' +
    'stejne stejné jako viz nove nové stare staré zapomenute zapomenuté neplatne neplatné chybne chybné spatne špatné ' +
    'spravne správné povinne povinné silne silné slabe slabé dlouhe dlouhé kratke krátké prazdne prázdné zadne žádné ' +
    'zadat zadejte zmenit změnit ulozeno uloženo zaslane zaslané zaslano zasláno poslano posláno trezor trezoru tajne tajné ' +
    'nevim nevím doplnit nezname neznámé vase vaše tvoje moje heslo hesla ' +
    'khong chua duoc moi rieng chung trong bat buoc matkhau').split(/\s+/),
);

/**
 * A password that is one plain word ("pw: tangerine", "heslo: sluníčko", "MK: hoamai"): letters only, 4–32 of
 * them, not a word that describes a password ("required", "stejné", "khong"), and not shaped like an English or
 * Czech adjective or participle ("…ed", "…ive", "…ble", "uloženo", "silné"). Rules using it ask for a login or
 * Wi-Fi word nearby, because a lone word after "password:" is far more often prose than a secret.
 */
export const passwordWord: ValidatorFn = (value) => {
  const v = value.trim().replace(/^["'`„“‚‘]+|["'`“”‘’.,;:!?)]+$/g, '');
  if (!/^\p{L}{4,32}$/u.test(v)) return false;
  const lower = v.toLowerCase();
  if (NOT_A_PASSWORD_WORD.has(lower) || isPlaceholder(v) || namesItself(v)) return false;
  if (/(?:ed|ing|ble|ive|ent|ant|ful|less|ous|ary|ory|ated)$/.test(lower)) return false;
  if (/(?:né|no|to|é|ý|á)$/.test(lower)) return false;
  return true;
};

/**
 * An API key, token or client secret: long (16+ by default) and random-looking (Shannon entropy, default
 * 3.5 bits per character as gitleaks' generic rule), and not a placeholder.
 */
export const secretValue: ValidatorFn = (value, params) => {
  const { v, quoted, elided } = literal(value);
  const min = typeof params.minLength === 'number' ? params.minLength : 16;
  const minEntropy = typeof params.minEntropy === 'number' ? params.minEntropy : 3.5;
  if (v.length < min || elided || isPlaceholder(v) || /\s/.test(v)) return false;
  if (!quoted && looksLikeReference(v)) return false;
  if (/^[a-z][a-z0-9]*(?:[_/.:-][a-z][a-z0-9]*)*$/i.test(v) && !/\d[a-z]|[a-z]\d{2,}[a-z]/i.test(v)) return false; // SOME_SETTING_NAME, foo/psp-users
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|[/~.]|[a-z]:\\)/i.test(v)) return false; // a URL or a file path to the secret
  // A name and the file it is read from, as systemd's LoadCredential=ID:PATH or a volume's name:/mount writes it
  // (LoadCredential=db:/etc/app/db.pass): a reference to where the secret is kept, not the secret (round 38).
  if (/^[\w.@-]{1,64}:\/[\w.@-]+(?:\/[\w.@-]*)*$/.test(v)) return false;
  if (/^[A-Za-z_][\w.]*\[/.test(v) || /^ENC\[/.test(v)) return false; // a type (Annotated[…]) or a SOPS-encrypted value
  if (namesItself(v) || looksDummy(v) || HERE_PLACEHOLDER.test(v) || FAKE.test(v)) return false;
  // A base64 value (a Kubernetes Secret's data) that wraps a placeholder: "eW91ci10b2tlbi1oZXJl" is "your-token-here",
  // a chart's template, not a token (round 41). A random token wrapped in base64 stays, and so does a wrapped
  // structure (a registry's identity token is base64 of a JSON object): only a plain word or phrase is judged.
  const inner = unwrapBase64(v);
  if (inner !== null && /^[\w .@-]{3,64}$/.test(inner) && (isPlaceholder(inner) || namesItself(inner) || looksDummy(inner) || HERE_PLACEHOLDER.test(inner) || FAKE.test(inner))) return false;
  if (wordy(v) || /^[a-z][\w.-]*[-:]v?\d+(?:\.\d+){1,3}$/i.test(v)) return false; // a name, or a package at a version
  const h = shannon(v);
  // Digits only (a client id, a numeric secret): long and varied enough not to be a count, a date or a phone.
  if (/^\d+$/.test(v)) return v.length >= 15 && h >= 2.7;
  // Hexadecimal (a hex key): 16 symbols at most, so its entropy tops out lower.
  if (/^[0-9a-f]+$/i.test(v) && /\d/.test(v) && /[a-f]/i.test(v) && v.length >= 20) return h >= 3;
  // A UUID under a key's name (Heroku API keys, legacy npm tokens) is hexadecimal too, with its four dashes.
  if (/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i.test(v)) return h >= 3;
  // A short value cannot reach a long one's entropy: ask for a margin below the most its length allows.
  const need = v.length >= 16 ? minEntropy : Math.min(minEntropy, Math.log2(v.length) - 0.45);
  return h >= need && charClasses(v) >= 2;
};

/** Mostly dictionary words in CamelCase or between separators (AgencyIdentificationCodeContentType): a name. */
function wordy(v: string): boolean {
  const words = v.match(/[A-Z]?[a-z]{3,}/g) ?? [];
  const covered = words.reduce((n, w) => n + w.length, 0);
  return covered >= 0.7 * v.length && words.length >= 3 && !/\d.*\d.*\d/.test(v);
}

/**
 * A provider token found by its own prefix (ghp_, xoxb-, AIza…): the prefix already says what it is, so only
 * placeholders ("sk_live_xxxxxxxx", "hf_your_token_here") and low-entropy fillers are turned away.
 */
export const tokenValue: ValidatorFn = (value, params) => {
  const minEntropy = typeof params.minEntropy === 'number' ? params.minEntropy : 3;
  if (isPlaceholder(value) || /(.)\1{5}/.test(value) || looksDummy(value) || HERE_PLACEHOLDER.test(value)) return false;
  return shannon(value) >= minEntropy;
};

/** "user:password" after curl -u / --user: the password half must be a literal. */
export const userPassword: ValidatorFn = (value) => {
  const v = bare(value);
  if (isPlaceholder(v)) return false; // "<user:password>", "${USER}:${PASS}"
  const i = v.indexOf(':');
  if (i < 0) return false; // an empty user (-u :pass) still sends the password
  return passwordValue(v.slice(i + 1), { minLength: 4 });
};

/**
 * A JWT: header and payload are base64url JSON objects, and the header names an algorithm. A JWT wrapped once more
 * in base64 ("ZXlK…") is unwrapped first; its header must be a JSON object (JWE and JWK headers name no "alg").
 */
export const jwt: ValidatorFn = (value) => {
  if (value.startsWith('ZXlK')) {
    const inner = latin1(platform().base64(value));
    const m = /^(eyJ[A-Za-z0-9_-]+)\.eyJ[A-Za-z0-9_-]{8}/.exec(inner);
    if (!m) return false;
    try {
      const header: unknown = JSON.parse(platform().utf8(platform().base64(m[1])));
      return typeof header === 'object' && header !== null && !Array.isArray(header);
    } catch {
      return false;
    }
  }
  const parts = value.split('.');
  if (parts.length < 2) return false;
  try {
    const header = JSON.parse(platform().utf8(platform().base64(parts[0]))) as Record<string, unknown>;
    JSON.parse(platform().utf8(platform().base64(parts[1])));
    return typeof header === 'object' && header !== null && typeof header.alg === 'string';
  } catch {
    return false;
  }
};

/** A private-key block with a real body: a base64 run of 40+ characters, not "..." or "<your key>". */
export const privateKeyBody: ValidatorFn = (value) => {
  const body = value.replace(/-----(?:BEGIN|END)[^-]*-----/g, '').replace(/\\n/g, '\n');
  return /[A-Za-z0-9+/=]{40,}/.test(body);
};

// ---------------------------------------------------------------------------------------------------------
// Infrastructure and contact.

const PRIVATE_V4 = /^(?:10\.|172\.(?:1[6-9]|2\d|3[01])\.|192\.168\.)/;

/** Four octets, each 0..255 without a leading zero (so "10.04.2026.1" is a date-ish thing, not an address). */
export const ipv4: ValidatorFn = (value) => {
  // A defanged address ("10.40.12[.]114", as incident reports write them) reads as the address itself; its pattern
  // names no range, so the private ranges are checked here.
  // (So does one spaced around its dots, "10 . 58 . 4 . 21", round 43.)
  const defanged = value.includes('[.]') || value.includes(' ');
  const parts = value.replace(/\[\.\]| \. /g, '.').split('.');
  if (defanged && !PRIVATE_V4.test(parts.join('.'))) return false;
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
};

const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * A North American number a person can be reached on: a valid area code and exchange (NXX, not N11), not a
 * toll-free line (a hotline is public), not the 555-01xx range reserved for fiction, and not a filler digit run.
 */
export const usPhone: ValidatorFn = (value) => {
  let d = digitsOf(value);
  if (d.length === 11 && d[0] === '1') d = d.slice(1);
  if (d.length !== 10) return false;
  const area = d.slice(0, 3);
  const exch = d.slice(3, 6);
  if (!/^[2-9]\d\d$/.test(area) || !/^[2-9]\d\d$/.test(exch)) return false;
  if (area[1] === '1' && area[2] === '1') return false;
  if (exch[1] === '1' && exch[2] === '1') return false;
  if (TOLL_FREE.has(area)) return false;
  if (looksDummy(d)) return false; // +1 234 567 8900: an ascending run written where a number goes
  return !(exch === '555' && d[6] === '0' && d[7] === '1');
};

export const intlValidators: Record<string, ValidatorFn> = {
  'intl-payment-card': paymentCard,
  'intl-iban': ibanNotCz,
  'intl-ssn': usSsn,
  'intl-nhs': nhsNumber,
  'intl-au-tfn': auTfn,
  'intl-mrz': mrzLine,
  'intl-crc32-token': crc32Token,
  'intl-password-value': passwordValue,
  'intl-url-sample-password': urlSamplePassword,
  'intl-url-password': urlPassword,
  'intl-password-word': passwordWord,
  'intl-secret-value': secretValue,
  'intl-token': tokenValue,
  'intl-user-password': userPassword,
  'intl-jwt': jwt,
  'intl-private-key-body': privateKeyBody,
  'intl-ipv4': ipv4,
  'intl-us-phone': usPhone,
};
