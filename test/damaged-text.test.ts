import { describe, expect, it } from 'vitest';
import { questionMarkDamage } from '../src/decode/damaged.js';
import { cli } from './helpers/cli.js';

// Issue 22 item 3 (D-M8): Windows PowerShell 5.1 pipes text to programs as ASCII, so every letter outside ASCII
// arrives as "?". Such a text is reported as damaged (exit 2), never passed.

/** What an ASCII code page does to a text: every character it cannot hold becomes "?". */
const asAscii = (t: string) => t.normalize('NFC').replace(/[^\x00-\x7f]/g, '?');

const DAMAGED = [
  'TỐI MẬT\n\nBáo cáo tình hình\n',
  'Số CCCD của ông Nguyễn Văn Bình là 001085012345, nhờ chị kiểm tra giúp.\n',
  'Tóm tắt giúp tôi công văn dưới đây.\n\nMẬT\nSỞ TÀI CHÍNH\n',
  'PŘÍSNĚ TAJNÉ\nZpráva o bezpečnostní situaci v kraji\n',
  'Shrň mi prosím tuto zprávu do pěti bodů: ministerstvo žádá doplnění podkladů.\n',
  'term_vi,term_en\nTối mật,Top Secret\nMật,Confidential\n',
];

const ORDINARY = [
  'What? Really? Is it OK to send this? Yes.\n',
  'See https://example.com/search?q=abc&lang=vi and https://example.com/a?b=c for details.\n',
  'const x = a?b:c; const y = foo?.bar ?? baz;\n',
  'The regex colou?r matches both spellings.\n',
  'Bạn có khỏe không? Tôi vẫn ổn, còn anh?\n',
  'Pourquoi? Parce que. ¿Qué? ???\n',
  'Mật khẩu là gì? Sao lại hỏi vậy?\n',
];

describe('letters replaced by "?" (issue 22 item 3, D-M8)', () => {
  it('finds the damage in Vietnamese and Czech texts as an ASCII pipe leaves them', () => {
    for (const t of DAMAGED) expect(questionMarkDamage(asAscii(t)), asAscii(t)).toBeDefined();
    expect(questionMarkDamage('T?I M?T\n')).toEqual({ line: 1, lines: 1, words: 2 });
  });

  it('is not fooled by a "?" in ordinary text, URLs or code, nor by the undamaged originals', () => {
    for (const t of [...ORDINARY, ...DAMAGED]) expect(questionMarkDamage(t), t).toBeUndefined();
  });

  it('scan: "T?I M?T" piped in is exit 2 with the reason, without quoting the text', () => {
    const r = cli(['scan', '--format', 'json', '-'], { input: asAscii(DAMAGED[0]) });
    expect(r.code).toBe(2);
    const doc = r.json();
    expect(doc.complete).toBe(false);
    expect(doc.skipped[0].source).toBe('<stdin>');
    expect(doc.skipped[0].reason).toContain('letters replaced by "?"');
    expect(doc.skipped[0].reason).not.toContain('T?I');
    expect(r.stderr).not.toContain('T?I');
  });

  it('scan: the same text in UTF-8 is found as it should be, and an ordinary question passes', () => {
    expect(cli(['scan', '-'], { input: DAMAGED[0] }).code).toBe(1);
    expect(cli(['scan', '-'], { input: ORDINARY[0] }).code).toBe(0);
  });

  it('redact: a damaged text is not redacted (exit 2) and nothing is printed', () => {
    const r = cli(['redact', '-'], { input: asAscii(DAMAGED[1]) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('letters replaced by "?"');
  });
});
