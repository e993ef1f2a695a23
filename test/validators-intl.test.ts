import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../src/validate/validators/index.js';
import {
  auTfn,
  base62,
  crc32,
  crc32Token,
  ibanNotCz,
  ipv4,
  isPlaceholder,
  jwt,
  looksDummy,
  looksLikeReference,
  mrzCheckDigit,
  mrzLine,
  namesItself,
  nhsNumber,
  passwordValue,
  paymentCard,
  privateKeyBody,
  secretValue,
  tokenValue,
  urlPassword,
  urlSamplePassword,
  usPhone,
  usSsn,
  userPassword,
} from '../src/validate/validators/intl.js';

// Worked examples from domain.md §C2/§C3 (all synthetic or published specimens) and the corpus's hard negatives.

describe('intl-payment-card: Luhn + issuer range + the lengths that range issues', () => {
  it.each([
    ['4111111111111111', false, 'the well-known Visa test PAN: a published test number (test-cards.ts), nobody\'s card'],
    ['4242-4242-4242-4242', false, 'Stripe\'s Visa, any grouping: compared by its digits'],
    ['9704 1985 2619 1432 198', false, 'VNPay\'s published sandbox card (NCB), 19 digits'],
    ['4242424242424241', false, 'Stripe\'s "incorrect number" fails Luhn anyway'],
    ['9704361234567895', true, 'Napas, Vietcombank BIN, domain.md check digit 5'],
    ['9704150000000128', true, 'Napas, domain.md check digit 8'],
    ['4213 9463 5518 9928', true, 'Visa, grouped'],
    ['3701 312954 30206', true, 'Amex 15 digits, 4-6-5'],
    ['5456-4158-4376-3770', true, 'Mastercard 51-55'],
    ['2221000000000009', true, 'Mastercard 2-series'],
    ['4432 9496 9329 1388', false, 'fails Luhn (corpus en-0046)'],
    ['8934588012341', false, 'EAN-13 with prefix 893: no card issuer'],
    ['4111111111116', false, '13-digit Visa is not accepted'],
    ['3701312954302', false, 'Amex prefix with the wrong length'],
    ['1234567890123452', false, 'no issuer starts with 1'],
    ['4444444444444448', false, 'one digit repeated: made up'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(paymentCard(value, {})).toBe(ok);
  });
});

describe('intl-iban: registry length + mod 97, every country but CZ', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', true, 'the widely published sample'],
    ['SK24 1100 0000 0026 1234 5678', true, 'domain.md synthetic SK'],
    ['GB76 NWBK 4622 7192 6440 69', true, 'corpus en-0021'],
    ['GB76 NWBK 4622 7192 6440 68', false, 'one digit changed'],
    ['CZ65 0800 0000 1920 0014 5399', false, 'valid mod-97 but CZ belongs to the cz pack'],
    ['DE89 3704 0044 0532 0130 0', false, 'one character short of the DE length'],
    ['VN12 3456 7890 1234 5678', false, 'VN is not in the IBAN registry'],
    ['NO 83 3000 12 34567', true, 'a space after the country, the bank\'s own grouping'],
    ['AT61-1904-3002-3457-3201', true, 'dashes between the groups'],
    ['NL59 4000 0A17 6430 00', false, 'mod-97 holds, but NL starts with a four-letter bank code'],
    ['GB61 NW3K 4622 7192 6440 69', false, 'mod-97 holds, but a digit stands in the GB bank code'],
    ['DE05 3704 0044 0532 0130 0A', false, 'mod-97 holds, but the DE BBAN is all digits'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(ibanNotCz(value, {})).toBe(ok);
  });
});

describe('intl-ssn: area not 000/666/9xx, group not 00, serial not 0000, no advertising numbers', () => {
  it.each([
    ['536-90-4399', true, 'python-stdnum doctest'],
    ['377-78-6512', true, 'corpus en-0012'],
    ['377786512', true, 'undashed'],
    ['666-12-3456', false, 'area 666'],
    ['912-34-5678', false, 'area 9xx'],
    ['000-12-3456', false, 'area 000'],
    ['123-00-4567', false, 'group 00'],
    ['123-45-0000', false, 'serial 0000'],
    ['078-05-1120', false, 'the Woolworth wallet-card number'],
    ['12-378-6512', true, 'only the digits count; layout is the regex’s job'],
    ['123-45-6789', false, 'the textbook example number'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(usSsn(value, {})).toBe(ok);
  });
});

describe('intl-nhs: NHS number, weights 10…2, check = 11 − Σ mod 11 (11 → 0, 10 never issued)', () => {
  it.each([
    ['943 476 5919', true, 'a widely used example: Σ = 299, 299 mod 11 = 2, check 9'],
    ['9434765919', true, 'unspaced'],
    ['943 476 5918', false, 'check digit off by one'],
    ['401 023 2137', true, 'Σ = 92, 92 mod 11 = 4, check 7'],
    ['876 543 2100', false, 'Σ mod 11 = 1: the check would be 10, never issued'],
    ['000 000 0000', false, 'one digit repeated'],
    ['943 476 591', false, 'nine digits'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(nhsNumber(value, {})).toBe(ok);
  });
});

describe('intl-au-tfn: Australian tax file number, weights 1 4 3 7 5 8 6 9 10, Σ divisible by 11', () => {
  it.each([
    ['412 538 188', true, 'Σ = 4+4+6+35+15+64+6+72+80 = 286 = 26 × 11'],
    ['412538188', true, 'unspaced'],
    ['412 538 189', false, 'last digit off by one: Σ = 296'],
    ['876 543 210', true, 'Σ = 8+28+18+35+20+24+12+9+0 = 154 = 14 × 11'],
    ['123 456 782', false, "the ATO's worked example, printed in every guide"],
    ['000 000 000', false, 'one digit repeated'],
    ['41253818', false, 'eight digits (the older form is not read)'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(auTfn(value, {})).toBe(ok);
  });
});

describe('intl-mrz: ICAO 9303 check digits 7-3-1', () => {
  it.each([
    ['L898902C3', 6],
    ['740812', 2],
    ['120415', 9],
    ['B1234567<', 3],
    ['C01X00T47', 8],
  ])('check digit of %s is %i', (field, cd) => {
    expect(mrzCheckDigit(field)).toBe(cd);
  });
  it.each([
    ['L898902C36UTO7408122F1204159ZE184226B<<<<<10', true, 'ICAO specimen TD3 line 2'],
    ['L898902C37UTO7408122F1204159ZE184226B<<<<<10', false, 'document-number check digit wrong'],
    ['L898902C36UTO7408122F1204159ZE184226B<<<<<11', false, 'composite check digit wrong'],
    ['IDCZE1234567897<<<<<<<<<<<<<<<', true, 'TD1 line 1, document number check digit 7'],
    ['IDCZE1234567890<<<<<<<<<<<<<<<', false, 'TD1 with a wrong check digit'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(mrzLine(value, {})).toBe(ok);
  });
});

describe('intl-crc32-token: GitHub and npm tokens carry CRC32 of their random part in base62', () => {
  it('crc32 and base62 agree with zlib and the corpus generator', () => {
    expect(crc32('123456789')).toBe(0xcbf43926); // the CRC-32 check value
    expect(base62(61, 6)).toBe('00000z');
  });
  it.each([
    ['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', true, 'corpus en-0016'],
    ['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', true, 'corpus vi-0023'],
    ['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', true, 'corpus self-test token'],
    ['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', true, 'corpus cs-0018'],
    ['ghp_dx529YUasO1AEiLxkUJTfeH5x9sDE53Lrxmh', false, 'last character changed'],
    ['ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', false, 'placeholder'],
    ['glpat-OhfVXMbLMD2TUyHWgOgftiQnY8CFRL2IWuNu', false, 'not a CRC-tailed prefix'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(crc32Token(value, {})).toBe(ok);
  });
});

describe('secrets: literal values, not placeholders, references or masks', () => {
  it.each([
    ['${POSTGRES_PASSWORD}', true],
    ['YOUR_API_KEY', true],
    ['********', true],
    ['process.env.DB_PASSWORD', true],
    ['os.environ["X"]', true],
    ['getpass("Password: ")', true],
    ['<password>', true],
    ['sk-...', true],
    ['(sensitive', true],
    ['(known', true],
    ['changeit', true],
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', true],
    ['Qlvb#2026!prod', false],
    ['An4Qv9JmyifTJfEsPi4pOsLvx6SWJtig34lRYtNU', false],
  ])('isPlaceholder(%s) → %s', (value, ok) => {
    expect(isPlaceholder(value)).toBe(ok);
  });

  it.each([
    ['Tr@ngDong1975', true, 'a literal password'],
    ['"Cuc@XNK-2026-ql"', true, 'quoted literal'],
    ['Ab7!kQ29xLw;', true, 'ADO.NET value with its terminator'],
    ['required', false, '"the password is required"'],
    ['db_pass', false, 'a variable passed as the password'],
    ['settings.DB_PASSWORD', false, 'a setting looked up'],
    ['"db_pass_2026"', true, 'quoted, so a literal after all'],
    ['Ab1', false, 'too short'],
    ['changeme', false, 'a placeholder'],
    ['Denver', false, 'a word: "the password was Denver" is prose'],
    ['28/12/2019.', false, 'a date'],
    ['482913', true, 'a numeric PIN'],
  ])('intl-password-value %s → %s (%s)', (value, ok) => {
    expect(passwordValue(value, {})).toBe(ok);
  });

  it.each([
    ['ZKaJrMdUzpwSdnyA2Oe2Gpgfe8Hv13GfiVhdmDmE', true, 'AWS-style secret'],
    ['bert-base-multilingual-uncased', false, 'a model name'],
    ['https://oauth2.googleapis.com/token', false, 'a URL'],
    ['/var/run/secrets/token', false, 'a file path'],
    ['aaaaaaaaaaaaaaaaaaaa', false, 'no entropy'],
  ])('intl-secret-value %s → %s (%s)', (value, ok) => {
    expect(secretValue(value, {})).toBe(ok);
  });

  it.each([
    ['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', true],
    ['sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', false],
    ['hf_your_token_here_please_replace_it', false],
  ])('intl-token %s → %s', (value, ok) => {
    expect(tokenValue(value, {})).toBe(ok);
  });

  it.each([
    ['admin:S3cretPass!', true],
    ['$USER:$PASS', false],
    ['admin:password', false],
    ['nopassword', false],
  ])('intl-user-password %s → %s', (value, ok) => {
    expect(userPassword(value, {})).toBe(ok);
  });
});

describe('secrets: a value versus a reference to one (issue #17)', () => {
  it.each([
    ['/run/secrets/postgres_password', false, 'a *_PASSWORD_FILE path'],
    ['/etc/passwd:ro', false, 'a mounted file'],
    ['https://github.com/org/passwordless', false, 'a link'],
    ['request.form["password"]', false, 'code reading a form field'],
    ['**highly**', false, 'markdown emphasis in prose'],
    ['ENC[AES256_GCM', false, 'a SOPS-encrypted value'],
    ['"generatedwebdavpassword1"', false, 'names itself'],
    ['"fakehashedsecret2"', false, 'says it is fake'],
    ['ZGVtbw==', false, 'base64 of a plain word'],
    ['UzNjcmV0UGFzcyE=', true, 'base64 of a real-looking password'],
    ['s3cret', false, 'the word "secret" in leetspeak'],
    ['p4ssW0rd-cache9', true, 'leetspeak mixed into a longer password'],
    ['yqDVtkqPECriaLRi', true, 'a generated password of letters only'],
    ['"ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6..."', false, 'an elided example'],
    ['`cat ~/.pgpass`', false, 'a shell command that reads it'],
    ['std::env::var(', false, 'Rust reading it from the environment'],
    ['Deno.env.get(', false, 'Deno reading it from the environment'],
    ['$this->config->get(', false, 'a PHP config lookup'],
    ['getpass(', false, 'asking the user for it'],
    ['Kx9!mP2q(1', true, 'a literal with a bracket in it'],
    ['`Kx9!mP2q wq`', true, 'a Go raw string holding a passphrase'],
  ])('intl-password-value %s → %s (%s)', (value, ok) => {
    expect(passwordValue(value, {})).toBe(ok);
  });

  it.each([
    ['sufbDwFLGe5n2y', true, 'a short random token (14)'],
    ['749116647778427120', true, 'a digit-only client id'],
    ['20260512', false, 'a date is too short for a digit-only secret'],
    ['6701574974fc7a8ae4688cc8', true, 'hex: lower entropy ceiling'],
    ['5d0c9e21-7b4a-4f83-a6e2-1c98f03b7d54', true, 'a UUID under a key name: hex with dashes'],
    ['00000000-0000-0000-0000-000000000000', false, 'the nil UUID'],
    ['foo/restricted-psp-users', false, 'a name with a slash'],
    ['Annotated[HTTPBasicCredentials]', false, 'a type annotation'],
    ['clm00900:AgencyIdentificationCodeContentType', false, 'words in CamelCase'],
    ['jjwt-jackson-0.11.2', false, 'a package at a version'],
    ['dapi123456789012345678a9bc01234defg5', false, 'an ascending run'],
    ['abcd1234abcd1234abcd1234ABCD1234ABCD1234', false, 'a repeated unit'],
    ['xoxp-1-SlackAppConfigurationAccessTokenHere', false, 'a …Here placeholder'],
    ['m{{h}o)p${e]nob(ody[finds>-_$#thisone}}', true, 'symbols, not a well-formed interpolation'],
    ['value with quotes and spaces', false, 'tokens hold no spaces'],
  ])('intl-secret-value %s → %s (%s)', (value, ok) => {
    expect(secretValue(value, { minLength: 12 })).toBe(ok);
  });

  it.each([
    ['${DB_PASSWORD}', true],
    ['{{ .Values.db.password }}', true],
    ['%(password)s', true],
    ['vault.read("kv/db")', true],
    ['m{{h}o)p${e]nob(ody', false],
  ])('isPlaceholder(%s) → %s', (value, ok) => {
    expect(isPlaceholder(value)).toBe(ok);
  });

  it.each([
    ['db_pass', true],
    ['settings.DB_PASSWORD', true],
    ['ghs_r5rf7ddmx5ug5w9nmj1rmx7yrfhqgei9uxkq', false],
    ['sat.dsu361xzeuh6sxki1qt9vg.np48ngch0ddio15831z4kwr6', false],
  ])('looksLikeReference(%s) → %s', (value, ok) => {
    expect(looksLikeReference(value)).toBe(ok);
  });

  it('names itself, dummies', () => {
    expect(namesItself('custombonitapass')).toBe(true);
    expect(namesItself('P@ssw0rd')).toBe(true);
    expect(namesItself('Kx9!mP2q')).toBe(false);
    expect(namesItself('My-0wn_P@ssw0rd')).toBe(true); // a phrase about the reader's own password, in leetspeak
    expect(namesItself('yourN3wT0ken')).toBe(true);
    expect(namesItself('Dr4g0n_S3cret')).toBe(false); // a secret word, but not "my …"/"your …": a chosen password
    // the word for password in another language: a UI label, not a value
    expect(namesItself('Mật khẩu')).toBe(true);
    expect(namesItself('Nhập mật khẩu')).toBe(true);
    expect(namesItself('Heslo')).toBe(true);
    expect(namesItself('Mot de passe')).toBe(true);
    expect(namesItself('Hop#T5vp2026')).toBe(false);
    expect(namesItself('correct horse battery staple')).toBe(false); // a passphrase stays a value
    expect(looksDummy('7890123456')).toBe(true);
    expect(looksDummy('q9Wk2LmZx7WbN4rTy8UdP2aQ')).toBe(false);
  });

  it.each([
    ['AKIAXXXXXXXXXXXXXXXX', false],
    ['AKIAR7UYPA4VQSXJTZGV', true],
    ['AIzaSyabcdefghijklmnopqrstuvwxyz1234567', false],
  ])('intl-token %s → %s', (value, ok) => {
    expect(tokenValue(value, {})).toBe(ok);
  });

  it('intl-user-password turns away a placeholder pair', () => {
    expect(userPassword('<user:password>', {})).toBe(false);
  });
});

describe('intl-url-sample-password: the sample-looking password of a URL, exactly where the real-password check says no', () => {
  it.each([
    ['secret123', true],
    ['guest', true],
    // the field's own name: a factory default after admin:, a template slot after user: — the rule's regex tells
    // the two apart (it sees the user half), so the validator accepts the word
    ['pass', true],
    ['password', true],
    ['mypassword', true],
    ['admin', true],
    ['changeme', true],
    ['xxxx', false], // a mask
    ['abc', false], // too short to tell
    ['${PASSWORD}', false], // template slots
    ['{{pass}}', false],
    ['YOUR_PASSWORD', false],
    ['****', false],
    ['Gh7%40pQ2xW9', false], // a real-looking password: the blocking rule's, never both
    ['Kx9mP2qL7', false],
  ])('%s → %s', (value, ok) => {
    expect(urlSamplePassword(value, { minLength: 6 })).toBe(ok);
    if (ok) expect(passwordValue(value, { minLength: 6 })).toBe(false);
  });
});

describe('intl-url-password and intl-url-sample-password split a URL password between block and warn', () => {
  it.each([
    ['admin123', 'warn'], // a factory account name with a short number: the sample shape
    ['root1234', 'warn'],
    ['Guest1', 'warn'],
    ['admin', 'warn'],
    ['secret123', 'warn'],
    ['Gh7%40pQ2xW9', 'block'],
    ['admin123x', 'block'], // not the bare default any more
    ['Kt8admin123', 'block'],
    ['operator%31%32%33', 'warn'], // percent-encoded "operator123"
  ])('%s → %s', (value, side) => {
    expect(urlPassword(value, { minLength: 6 })).toBe(side === 'block');
    expect(urlSamplePassword(value, { minLength: 6 })).toBe(side === 'warn');
  });
});

describe('intl-jwt and intl-private-key-body', () => {
  it('a JWT wrapped in base64 is unwrapped; other base64 starting the same way is not a JWT', () => {
    const token = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJzdmMtYmFja3VwIn0.c2lnbmF0dXJlX2J5dGVz';
    expect(jwt(Buffer.from(token).toString('base64'), {})).toBe(true);
    expect(jwt(Buffer.from('eyJ and then some prose, no second part').toString('base64'), {})).toBe(false);
  });
  it.each([
    ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2ln', true, 'header names alg'],
    ['eyJub3QiOiJhIGp3dCJ9Cg.eyJhbHNvIjoibm90In0.abcdefghijklmnop', false, 'no alg in the header'],
    ['eyJ!!!.eyJ!!!.x', false, 'not base64url JSON'],
  ])('jwt %s → %s (%s)', (value, ok) => {
    expect(jwt(value, {})).toBe(ok);
  });
  it.each([
    ['-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----', true],
    ['-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----', true],
    ['-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', false],
  ])('private key body %#', (value, ok) => {
    expect(privateKeyBody(value, {})).toBe(ok);
  });
});

describe('intl-ipv4 and intl-us-phone', () => {
  it.each([
    ['10.30.4.12', true],
    ['172.20.14.7', true],
    ['192.168.20.15', true],
    ['10.0.19041.1288', false],
    ['10.04.2026.1', false],
    ['10.40.12[.]114', true],
    ['192[.]168[.]14[.]7', true],
    ['185.220.101[.]4', false],
  ])('ipv4 %s → %s', (value, ok) => {
    expect(ipv4(value, {})).toBe(ok);
  });
  it.each([
    ['+1 412 867 2291', true, 'Pittsburgh mobile'],
    ['(617) 555-2143', true, '555 outside 01xx is ordinary'],
    ['+1 800 555 0199', false, 'toll-free'],
    ['(212) 555-0123', false, '555-01xx is reserved for fiction'],
    ['(911) 234-5678', false, 'N11 area code'],
    ['(112) 234-5678', false, 'area code cannot start with 1'],
    ['+1 234 567 8900', false, 'an ascending digit run written where a number goes'],
    ['+1 (412) 345-6719', true, 'a short run inside a real number is no filler'],
  ])('us phone %s → %s (%s)', (value, ok) => {
    expect(usPhone(value, {})).toBe(ok);
  });
});

describe('registry', () => {
  it('registers every intl validator under an intl- name', () => {
    for (const name of ['intl-payment-card', 'intl-iban', 'intl-ssn', 'intl-mrz', 'intl-crc32-token', 'intl-password-value', 'intl-secret-value', 'intl-token', 'intl-user-password', 'intl-jwt', 'intl-private-key-body', 'intl-ipv4', 'intl-us-phone']) {
      expect(typeof VALIDATORS[name]).toBe('function');
    }
  });
});
