import { describe, expect, it } from 'vitest';
import { engineFrom, spans } from './helpers/rules.js';

// The engine's matcher kinds, each proven on a tiny inline rule. Built-in rules are tested by their own examples.
const rules = engineFrom(`
rules:
  - id: t.stamp
    title: stamp
    rationale: r
    category: classified-marking
    keywords: {terms: [tối mật, tuyệt mật], case: upper}
    layout: {standalone: true}
  - id: t.word
    title: word
    rationale: r
    category: sensitive-personal
    keywords: [đảng viên]
    context: {anyOf: [kỷ luật], noneOf: [mẫu], window: 40}
  - id: t.exact
    title: exact marks
    rationale: r
    category: official-document
    keywords: {terms: [mặt trận], diacritics: sensitive}
  - id: t.card
    title: card
    rationale: r
    category: financial
    patterns: ['(?<![\\p{N}])(?:\\d[ -]?){12,18}\\d(?![\\p{N}])']
    validators: [luhn]
    exceptions: {values: ['4111 1111 1111 1111']}
  - id: t.fuzzy
    title: fuzzy
    rationale: r
    category: classified-marking
    keywords: {terms: [strictly confidential], fuzzy: 2, case: upper}
    layout: {standalone: true}
  - id: t.group
    title: group
    rationale: r
    category: credential
    patterns:
      - regex: 'mat khau\\s*:\\s*(?<pw>\\S+)'
        on: folded
        group: pw
`);

const cases: { name: string; text: string; expect: [ruleId: string, span: string][] }[] = [
  { name: 'stamp on its own line', text: 'TỐI MẬT\nBáo cáo', expect: [['t.stamp', 'TỐI MẬT']] },
  { name: 'stamp without diacritics', text: '  TOI MAT  \nx', expect: [['t.stamp', 'TOI MAT']] },
  { name: 'stamp in NFD', text: 'T\u00d4\u0301I M\u00c2\u0323T\nx'.normalize('NFD'), expect: [['t.stamp', 'T\u00d4\u0301I M\u00c2\u0323T'.normalize('NFD')]] },
  { name: 'stamp with a zero-width space', text: 'TỐI\u200b MẬT\n', expect: [['t.stamp', 'TỐI\u200b MẬT']] },
  { name: 'stamp wrapped over two spaces', text: 'TỐI   MẬT', expect: [['t.stamp', 'TỐI   MẬT']] },
  { name: 'lower-case prose is no stamp', text: 'Văn bản tối mật phải được bảo vệ.', expect: [] },
  { name: 'stamp inside a sentence is no stamp', text: 'Luật quy định độ TỐI MẬT cho loại này.', expect: [] },
  { name: 'word boundary: no match inside a longer word', text: 'TỐI MẬTX\n', expect: [] },
  { name: 'context required', text: 'Đồng chí là đảng viên bị kỷ luật cảnh cáo.', expect: [['t.word', 'đảng viên']] },
  { name: 'context missing', text: 'Đồng chí là đảng viên gương mẫu… ', expect: [] },
  { name: 'context denied', text: 'Mẫu: đảng viên bị kỷ luật', expect: [] },
  { name: 'diacritic-sensitive keyword', text: 'Ủy ban Mặt trận Tổ quốc', expect: [['t.exact', 'Mặt trận']] },
  { name: 'diacritic-sensitive keyword refuses other marks', text: 'mát trấn', expect: [] },
  { name: 'Luhn-valid card', text: 'Thẻ: 4539 1488 0343 6467.', expect: [['t.card', '4539 1488 0343 6467']] },
  { name: 'Luhn-invalid number', text: 'Mã: 4539 1488 0343 6468', expect: [] },
  { name: 'exception value', text: 'Test 4111 1111 1111 1111', expect: [] },
  { name: 'fuzzy damaged banner', text: 'STRICTLY C0NFIDENTAL\nbody', expect: [['t.fuzzy', 'STRICTLY C0NFIDENTAL']] },
  // Three edits as written, two as OCR reads it (0 for O): the OCR reading counts; one more edit, and neither does.
  { name: 'fuzzy banner within reach only as OCR reads it', text: 'x\nSTRICTY C0NFIDENTAL\nbody', expect: [['t.fuzzy', 'STRICTY C0NFIDENTAL']] },
  { name: 'fuzzy banner out of reach', text: 'x\nSTRICTY C0NFDENTAL\nbody', expect: [] },
  { name: 'capture group reported alone', text: 'Mật khẩu: Hn@2026!x', expect: [['t.group', 'Hn@2026!x']] },
  // Markup around a stamp does not put it in a sentence: tags and entities are not words.
  { name: 'stamp alone in HTML tags', text: '<p align="center"><b>TỐI MẬT</b></p>\n<p>Báo cáo</p>', expect: [['t.stamp', 'TỐI MẬT']] },
  { name: 'stamp between entities', text: '&nbsp;TUYỆT MẬT&nbsp;<br/>\nNội dung', expect: [['t.stamp', 'TUYỆT MẬT']] },
  { name: 'stamp in a sentence inside tags', text: '<p>Hồ sơ <b>TỐI MẬT</b> được lưu tại kho</p>', expect: [] },
  { name: 'a lone < is no tag', text: 'x < TỐI MẬT', expect: [] },
];

describe('engine matchers', () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = rules.scanText(c.text, 't');
      expect(found.map((f, i) => [f.ruleId, spans(c.text, found)[i]])).toEqual(c.expect);
    });
  }

  it('reports 1-based line/column of the original text, with exclusive ends', () => {
    const text = 'a\r\nb\n  TỐI MẬT\n';
    const [f] = rules.scanText(text, 't');
    expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([3, 3, 3, 10]);
  });

  it('counts columns in UTF-16 units (an emoji is two)', () => {
    const text2 = 'x 😀 Thẻ 4539 1488 0343 6467';
    const [g] = rules.scanText(text2, 't');
    expect(g.column).toBe(text2.indexOf('4539') + 1);
  });

  it('masks the excerpt: the full value never appears', () => {
    const [f] = rules.scanText('Thẻ: 4539 1488 0343 6467', 't');
    expect(f.excerpt).not.toContain('4539 1488 0343 6467');
    expect(f.excerpt.replace(/[^0-9]/g, '').length).toBeLessThanOrEqual(4);
  });

  it('is deterministic', () => {
    const text = 'TỐI MẬT\nThẻ: 4539 1488 0343 6467\nĐồng chí là đảng viên bị kỷ luật';
    const first = JSON.stringify(rules.scanText(text, 't'));
    for (let i = 0; i < 20; i++) expect(JSON.stringify(rules.scanText(text, 't'))).toBe(first);
  });
});
