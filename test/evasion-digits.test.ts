import { describe, expect, it } from 'vitest';
import { evasionEngine, itStaysClean } from './helpers/evasion.js';

// Issue #24, item 3: digit groups joined by any one separator, and numbers spelled out word by word.
const engine = evasionEngine(
  `
  - id: ev.vn.bank-account
    title: Vietnamese bank account
    rationale: Test rule for the digit evasion tests.
    category: financial
    patterns:
      - '(?<![\\p{L}\\p{N}])\\d{9,14}(?![\\p{L}\\p{N}])'
    context:
      anyOf: [số tài khoản]
    examples:
      match: ["Số tài khoản: 0071001234567", "số tài khoản 190356789012", "Số tài khoản 123456789"]
      noMatch: ["0071001234567", "Số tài khoản: 12345", "tài khoản 0071001234567"]
  - id: ev.vn.phone
    title: Vietnamese mobile number
    rationale: Test rule for the digit evasion tests.
    category: contact
    patterns:
      - '(?<![\\p{L}\\p{N}])0[35789]\\d{8}(?![\\p{L}\\p{N}])'
    context:
      anyOf: [sđt, điện thoại, phone, telefon]
    examples:
      match: ["SĐT: 0912345678", "phone 0387654321", "Điện thoại 0912345678"]
      noMatch: ["0912345678", "SĐT: 0112345678", "SĐT: 09123"]
`,
);

const CCCD = '001085123456';
const CARD = '4539148803436467';
const groups = (digits: string, size: number, sep: string) => digits.match(new RegExp(`.{1,${size}}`, 'g'))!.join(sep);
const spacedGroups = (digits: string, size: number, sep: string) => groups(digits, size, '|').split('|').map((g) => [...g].join(' ')).join(sep);

const cases: [string, string, string, string][] = [
  ['CCCD groups joined by dots', 'Số CCCD: ', groups(CCCD, 3, '.'), 'ev.vn.cccd'],
  ['CCCD groups joined by underscores', 'Số CCCD: ', groups(CCCD, 3, '_'), 'ev.vn.cccd'],
  ['CCCD groups joined by commas', 'căn cước ', groups(CCCD, 3, ','), 'ev.vn.cccd'],
  ['CCCD groups joined by middle dots', 'CCCD ', groups(CCCD, 4, '·'), 'ev.vn.cccd'],
  ['CCCD groups joined by pipes', 'CCCD ', groups(CCCD, 3, '|'), 'ev.vn.cccd'],
  ['CCCD spaced digits, dashes between groups', 'Số CCCD: ', spacedGroups(CCCD, 3, ' - '), 'ev.vn.cccd'],
  ['card groups joined by dots', 'Card: ', groups(CARD, 4, '.'), 'ev.card'],
  ['card groups joined by colons', 'Card: ', groups(CARD, 4, ':'), 'ev.card'],
  ['card groups joined by slashes', 'Card: ', groups(CARD, 4, '/'), 'ev.card'],
  ['card spaced digits, dashes between groups', 'Card: ', spacedGroups(CARD, 4, ' - '), 'ev.card'],
  ['card spaced digits, dots between groups', 'Card: ', spacedGroups(CARD, 4, ' . '), 'ev.card'],
  ['phone in Vietnamese words', 'SĐT: ', 'không chín một hai ba bốn năm sáu bảy tám', 'ev.vn.phone'],
  ['phone in Vietnamese words, grouped with commas and dashes', 'Số điện thoại: ', 'không chín, một hai ba - bốn năm sáu - bảy tám', 'ev.vn.phone'],
  ['phone in Vietnamese words typed without diacritics', 'sdt ', 'khong chin mot hai ba bon nam sau bay tam', 'ev.vn.phone'],
  ['phone in Czech words', 'Telefon: ', 'nula sedm sedm jedna dva tři čtyři pět šest sedm', 'ev.vn.phone'],
  ['phone in English words', 'Phone: ', 'zero nine one two three four five six seven eight', 'ev.vn.phone'],
  ['bank account in Vietnamese words', 'Số tài khoản: ', 'không không bảy một không không một hai ba bốn năm sáu tám', 'ev.vn.bank-account'],
  ['bank account groups joined by underscores', 'Số tài khoản: ', '0071_0012_34568', 'ev.vn.bank-account'],
  ['CCCD in Vietnamese words', 'Số CCCD: ', 'không không một không tám năm một hai ba bốn năm sáu', 'ev.vn.cccd'],
  ['CCCD words and digits mixed', 'Số CCCD: ', 'không không một 0 tám năm một hai ba bốn năm sáu', 'ev.vn.cccd'],
];

describe('disguised digits are found at their exact original span', () => {
  it.each(cases)('%s', (_name, before, planted, rule) => {
    const text = `${before}${planted}\nCảm ơn.`;
    const hits = engine.scanText(text, 't').filter((f) => f.ruleId === rule);
    expect(hits.map((f) => [f.start, f.end])).toEqual([[before.length, before.length + planted.length]]);
  });
});

describe('digits that are not a disguised number stay clean', () => {
  const NEGATIVES: [string, string][] = [
    ['a date and a time', 'Họp ngày 12.05.2025 lúc 10:30, phòng 2.14'],
    ['a version list', 'Versions 1.2.3.4, 2.0.1.7 and 10.0.19045.3803'],
    ['counting in words', 'Đếm: một hai ba bốn năm sáu bảy tám chín mười'],
    ['a few number words in prose', 'Năm nay ba bạn tám chuyện, sáu giờ về; jedna dva tři, one two three'],
    ['a spelled number without a label', 'không chín một hai ba bốn năm sáu bảy tám'],
    ['a spelled card number that fails Luhn', 'Card: bốn năm ba chín một bốn tám tám không ba bốn ba sáu bốn sáu tám'],
    ['card-length groups that fail Luhn', 'Card: 4539.1488.0343.6468 and 4539_1488_0343_6468'],
    ['a CCCD-length number without its word', 'Mã đơn hàng: 001.085.123.456'],
    ['two separators mixed', 'CCCD: 001.085-123_456'],
    ['a long decimal fraction near a card word', 'Card score: 3.5296201705932617'],
    ['a list of account codes', 'Số tài khoản ngân hàng: Nợ TK 111, 112, 1451'],
    ['a date near an account word', 'Số tài khoản ngân hàng cấp ngày 05/12/2013'],
    ['an amount with thousands separators', 'Số tài khoản ngân hàng: số tiền 1.234.567.890 đồng, card 4.539.148.803'],
  ];
  itStaysClean(engine, NEGATIVES);
});
