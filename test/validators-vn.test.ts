import { describe, expect, it } from 'vitest';
import { bankAccount, bhxh, cccd, cmnd, mst, password } from '../src/validate/validators/vn.js';
import { VALIDATORS } from '../src/validate/validators/index.js';

// Worked examples from domain.md §A4 (all synthetic) and the corpus's hard negatives.
const NOW = new Date('2026-06-01');

describe('vn-cccd: province code, century/sex digit, a birth year that has happened', () => {
  it.each([
    ['001085123456', true, 'Hà Nội, male, 1985'],
    ['079302654321', true, 'TP. Hồ Chí Minh, female, 2002'],
    ['001 088 322 219', true, 'grouped with spaces'],
    ['038.191.721.866', true, 'grouped with dots: Thanh Hóa, female, 1991'],
    ['096099000001', true, 'Cà Mau, the last code in the table'],
    ['099085123456', false, '099 is no province code'],
    ['003085123456', false, '003 is a gap in the odd-spaced table'],
    ['000085123456', false, '000 is no province code'],
    ['001230123456', false, 'digit 2 = 2000s, year 2030 is in the future'],
    ['001485123456', false, 'digit 4 = 2100s'],
    ['001085000000', false, 'serial all zeros'],
    ['00108512345', false, '11 digits'],
    ['O3819OO45678', true, 'OCR: the letter O read for zero (Thanh Hóa, female, 1990)'],
    ['O99O85123456', false, 'OCR zeros do not make 099 a province'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(cccd(value, NOW)).toBe(ok);
  });
});

describe('vn-mst: weights 31,29,23,19,17,13,7,5,3 and check = 10 − (Σ mod 11)', () => {
  it.each([
    ['0301234562', true, 'Σ = 250, r = 8, check 2'],
    ['1234567893', true, 'Σ = 513, r = 7, check 3'],
    ['0100000010', true, 'Σ = 32, r = 10, check 0'],
    ['0100233488', true, 'python-stdnum doctest'],
    ['0301 234 562', true, 'separators are ignored'],
    ['0301234561', false, 'wrong check digit'],
    ['1234567890', false, 'wrong check digit'],
    ['0100000000', false, 'serial 0000000'],
    ['030123456', false, '9 digits'],
  ])('%s → %s (%s)', (value, ok) => {
    expect(mst(value)).toBe(ok);
  });

  it.each(['0', '1', '5', '9'])('rejects 100000008%s: Σ = 55 ≡ 0 (mod 11) would need check digit 10', (last) => {
    expect(mst(`100000008${last}`)).toBe(false);
  });
});

describe('vn-cmnd, vn-bhxh: length and no filler runs (no public checksum)', () => {
  it.each([
    [cmnd, '012345679', true],
    [cmnd, '281 234 567', true],
    [cmnd, '111111111', false],
    [cmnd, '123456789', false],
    [cmnd, '001088322219', true],
    [cmnd, '099088322219', false],
    [bhxh, '0188620971', true],
    [bhxh, '0000000000', false],
    [bhxh, '018862097', false],
  ] as const)('%#: %s → %s', (fn, value, ok) => {
    expect(fn(value)).toBe(ok);
  });
});

describe('vn-bank-account: 6–19 digits, not a money amount', () => {
  it.each([
    ['1058009010124', true],
    ['0451 0003 82611', true],
    ['129676219487', true],
    ['4.350.000', false],
    ['12345', false],
    ['00000000', false],
    ['12345678901234567890', false],
  ])('%s → %s', (value, ok) => {
    expect(bankAccount(value)).toBe(ok);
  });
});

describe('vn-password: a real secret, not a placeholder or a Vietnamese word', () => {
  it.each([
    ['Hanoi@2026#qlvb', true],
    ['Tr@ngDong1975', true],
    ['PhongHop@5', true],
    ['123456', true],
    ['********', false],
    ['<mật khẩu của bạn>', false],
    ['${DB_PASSWORD}', false],
    ['YOUR_PASSWORD', false],
    ['xxxxxx', false],
    ['phải', false],
    ['dài', false],
    ['abcd', false],
    ['os.environ.get("X")', false],
    ['getpass.getpass("Mật', false],
    ['https://wiki.noibo.example.vn/cntt/doi-mat-khau', false],
  ])('%s → %s', (value, ok) => {
    expect(password(value)).toBe(ok);
  });
});

describe('registry', () => {
  it('registers every vn validator under a vn- name', () => {
    for (const name of ['vn-cccd', 'vn-cmnd', 'vn-mst', 'vn-bhxh', 'vn-bank-account', 'vn-password']) {
      expect(typeof VALIDATORS[name]).toBe('function');
    }
  });
});
