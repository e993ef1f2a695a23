import { describe, expect, it } from 'vitest';
import {
  accountPartOk,
  bankAccount,
  czIban,
  dicPerson,
  ico,
  passwordLiteral,
  rodneCislo,
} from '../src/validate/validators/cz.js';
import { VALIDATORS } from '../src/validate/validators/index.js';

// Worked examples from domain.md §B2 (synthetic), plus the edge cases of each rule of law.
describe('cz-rodne-cislo', () => {
  const cases: [string, boolean, string][] = [
    ['855315/1233', true, 'woman born 15 Mar 1985 (month +50), divisible by 11'],
    ['8553151233', true, 'the same without the slash'],
    ['040722/0011', true, 'man born 22 Jul 2004'],
    ['901231/0010', true, 'first nine digits divisible by 11: check digit 0'],
    ['710319/2745', true, 'stdnum doctest'],
    ['865714/3880', true, 'woman born 14 Jul 1986'],
    ['320415/123', true, 'nine digits: born 1932, before 1954, no check digit'],
    ['540101/123', false, 'nine digits from 1954 on do not exist'],
    ['991231/123', true, 'nine digits: born 31 Dec 1899, numbered in 1954'],
    ['790101/123', false, 'nine digits: 1979 (not 1879) is after 1953'],
    ['855315/1234', false, 'wrong check digit'],
    ['845512/9214', false, 'corpus hard negative: fails mod 11'],
    ['550230/1234', false, '30 February'],
    ['851315/1230', false, 'month 13 is no month'],
    ['042722/0013', true, 'man 2004 with month +20 (serials ran out)'],
    ['047722/0018', true, 'woman 2004 with month +70'],
    ['852722/0020', false, 'month +20 before 2004 (checksum holds)'],
    ['852722/0010', false, 'month +20 before 2004, remainder-10 form'],
    ['123456/7890', false, 'month 34 is no month'],
    ['680419/536', false, 'nine digits after 1953'],
    ['8553151233 1', false, 'eleven digits'],
  ];
  it.each(cases)('%s → %s (%s)', (value, ok) => {
    expect(rodneCislo(value, new Date(Date.UTC(2026, 5, 1)))).toBe(ok);
  });

  it('refuses a birth date in the future', () => {
    expect(rodneCislo('300101/0017', new Date(Date.UTC(2026, 5, 1)))).toBe(false);
  });

  it('accepts the remainder-10 form (check digit 0) only until 1985', () => {
    // 000101/000 … find nine digits whose remainder is 10 for an early and a late year
    const remainder10 = (head: string) => {
      for (let s = 0; s < 1000; s++) {
        const nine = head + String(s).padStart(3, '0');
        if (Number(nine) % 11 === 10) return nine + '0';
      }
      throw new Error('none');
    };
    expect(rodneCislo(remainder10('700101'))).toBe(true);
    expect(rodneCislo(remainder10('900101'))).toBe(false);
    // … and later too when the number stands right after its label (the labelled rule asks for lateCheckZero)
    expect(rodneCislo(remainder10('900101'), new Date(), true)).toBe(true);
    expect(VALIDATORS['cz-rodne-cislo'](remainder10('900101'), { lateCheckZero: true })).toBe(true);
    expect(VALIDATORS['cz-rodne-cislo'](remainder10('900101'), {})).toBe(false);
    // the other checks still hold: a wrong check digit or an impossible month
    expect(rodneCislo(remainder10('900101').slice(0, 9) + '1', new Date(), true)).toBe(false);
    expect(rodneCislo(remainder10('901301'), new Date(), true)).toBe(false);
  });
  it('reads a ten-digit number with a future 20yy birth as 19yy only after its label (a number given later)', () => {
    const june2026 = new Date(Date.UTC(2026, 5, 1));
    // 12 Jul 1948, ten digits with a check digit: given on naturalisation, long after 1954
    expect(rodneCislo('480712/0021', june2026)).toBe(false);
    expect(rodneCislo('480712/0021', june2026, false, true)).toBe(true);
    expect(VALIDATORS['cz-rodne-cislo']('4807120021', { lateAssigned: true })).toBe(true);
    expect(VALIDATORS['cz-rodne-cislo']('4807120021', {})).toBe(false);
    // 29 Feb exists in 1952; 1953 has none, and the checksum and the month offsets still hold
    expect(rodneCislo('520229/1017', june2026, false, true)).toBe(true);
    expect(rodneCislo('530229/1016', june2026, false, true)).toBe(false);
    expect(rodneCislo('480712/0022', june2026, false, true)).toBe(false);
    expect(rodneCislo('482712/0012', june2026, false, true)).toBe(false); // +20 exists only since 2004
    // a 20yy birth already past stays 20yy: "05" is 2005, never 1905
    expect(rodneCislo('050101/0004', june2026, false, true)).toBe(true);
    expect(rodneCislo('050101/0004', june2026)).toBe(true);
  });
});

describe('cz-ico', () => {
  it.each([
    ['12345679', true, 'Σ = 112, r = 2 → 9'],
    ['45678901', true, 'r = 10 → 1'],
    ['00177041', true, 'r = 0 → 1 (stdnum doctest)'],
    ['60650362', true, 'corpus invoice IČO'],
    ['12345678', false, 'wrong check digit'],
    ['1234567', false, 'seven digits'],
  ])('%s → %s (%s)', (value, ok) => expect(ico(value)).toBe(ok));
});

describe('cz-dic-person', () => {
  it.each([
    ['CZ7902037946', true, 'a man’s birth number'],
    ['CZ 8553151233', true, 'space after CZ'],
    ['CZ60650362', false, 'a company: CZ + IČO'],
    ['CZ8455129214', false, 'fails mod 11'],
    ['CZ699001234', false, 'the special 9-digit "6" form with a wrong last digit'],
    ['CZ699001236', true, 'the special 9-digit "6" form of a person without a birth number: weights 8..2 hold'],
    ['CZ 699001236', true, 'the same with a space after CZ'],
    ['CZ599001236', false, 'nine digits not starting with 6 must be a (pre-1954) birth number'],
  ])('%s → %s (%s)', (value, ok) => expect(dicPerson(value)).toBe(ok));
});

describe('cz-bank-account', () => {
  it.each([
    ['1234567899', true],
    ['19', true],
    ['2000145399', true],
    ['0123456789', false],
    ['4278', false],
  ])('part %s passes the weights: %s', (part, ok) => expect(accountPartOk(part)).toBe(ok));

  it.each([
    ['1234567899/0800', true, 'number passes, Česká spořitelna'],
    ['19-2000145399/0800', true, 'prefix and number pass'],
    ['199777-5771577425/0100', true, 'corpus payroll account'],
    ['4278-727558021/0100', false, 'stdnum doctest: the prefix fails'],
    ['2917515524/0800', false, 'corpus hard negative: fails the weights'],
    ['1234567899/0801', false, 'no such bank code'],
    ['0000000000/0800', false, 'all zeros'],
    ['123/2010', false, 'a short number without prefix is a law or file number'],
    ['1234567899, kód banky 0800', true, 'the bank code given apart'],
    ['1234567899 s kódem banky 0800', true, 'apart, "with the bank code"'],
    ['1234567899 kodem banky 0801', false, 'apart, no such bank code'],
  ])('%s → %s (%s)', (value, ok) => expect(bankAccount(value)).toBe(ok));

  it.each([
    ['3033/2700', true, 'a short account passes the weights, bank code on the list'],
    ['1740/0800', true, 'another short one'],
    ['3034/2700', false, 'fails the weights'],
    ['3033/0000', false, 'no such bank code'],
    ['1/0800', false, 'one digit is still no account'],
  ])('after its label, %s → %s (%s)', (value, ok) => {
    expect(bankAccount(value, true)).toBe(ok);
    expect(VALIDATORS['cz-bank-account'](value, { short: true })).toBe(ok);
    // without the label a short number is not trusted
    expect(bankAccount(value)).toBe(false);
  });

  // Round 33: the bank code apart from the number ("účet 2000145399, kód banky 0800", table cells "19;2000145399;0800").
  it.each([
    ['2000145399, kod banky 0800', true, 'number and code in words'],
    ['2000145399 (ceska sporitelna, 0800', true, 'the bank named in brackets'],
    ['19;2000145399;0800', true, 'prefix, number and code in three cells'],
    [';2000145399;0800', true, 'an empty prefix cell'],
    ['2000145398, kod banky 0800', false, 'fails the weights'],
    ['2000145399;0000', false, 'no such bank code'],
    ['4278;727558021;0100', false, 'the prefix fails'],
    ['12;2000145399;0800;7', false, 'four digit runs are no account'],
  ])('apart, %s → %s (%s)', (value, ok) => {
    expect(bankAccount(value, false, true)).toBe(ok);
    expect(VALIDATORS['cz-bank-account'](value, { apart: true })).toBe(ok);
  });
});

describe('cz-iban', () => {
  it.each([
    ['CZ65 0800 0000 1920 0014 5399', true, '19-2000145399/0800'],
    ['CZ6508000000192000145399', true, 'without spaces'],
    ['CZ57 0800 0000 0015 9565 0460', true, 'corpus freelancer IBAN'],
    ['CZ18 0100 0000 0001 2345 6789', false, 'mod-97 holds but the inner account fails the weights'],
    ['CZ42 0800 0000 0072 5187 5970', false, 'corpus hard negative: mod-97 fails'],
    ['SK31 1200 0000 1987 4263 7541', false, 'not Czech'],
  ])('%s → %s (%s)', (value, ok) => expect(czIban(value)).toBe(ok));
});

describe('cz-password-literal', () => {
  it.each([
    ['Jaro2026!Modra', true, 'a real password'],
    ['mpo2026', true, 'letters and digits'],
    ['KockaLeze', true, 'inner capital'],
    ['********', false, 'masked'],
    ['<vaše', false, 'placeholder in angle brackets'],
    ['${DB_HESLO}', false, 'environment placeholder'],
    ['os.environ["DB_HESLO"]', false, 'code reading it from the environment'],
    ['getpass()', false, 'code asking for it'],
    ['potřeba', false, 'a plain word of the sentence'],
    ['stejné', false, 'placeholder word'],
    ['xxxx', false, 'filler'],
    ['4/3/2020!', false, 'a date closing the sentence'],
    ['31.12.2026', false, 'a date'],
    ['Praha-2026', true, 'a word and a year is a password, not a date'],
    ['http://overeni.example.net/login', false, 'a link where to type it'],
  ])('%s → %s (%s)', (value, ok) => expect(passwordLiteral(value)).toBe(ok));
});

describe('registry', () => {
  it('registers every cz validator under its cz- name', () => {
    for (const name of ['cz-rodne-cislo', 'cz-ico', 'cz-dic-person', 'cz-bank-account', 'cz-iban', 'cz-password-literal']) {
      expect(typeof VALIDATORS[name]).toBe('function');
    }
    expect(VALIDATORS['cz-iban']('CZ65 0800 0000 1920 0014 5399', {})).toBe(true);
  });
});
