import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadRuleSet } from '../src/rules/ruleset.js';

// A glossary, quiz or training slide names the whole scale of levels; a stamped document carries its own level.
// Three or more different level names on neighbouring lines are a list, whatever each line looks like alone.
const engine = new Engine(loadRuleSet());
const markings = (text: string) => engine.scanText(text, 't').filter((f) => f.category === 'classified-marking').map((f) => text.slice(f.start, f.end));

describe('lists of classification levels are not stamps', () => {
  it.each([
    ['a Vietnamese training slide', 'Bài giảng: Các cấp độ mật của tài liệu\n\n- TUYỆT MẬT\n- TỐI MẬT\n- MẬT\n\nCâu hỏi: cấp nào cao nhất?'],
    ['an English quiz', 'Quiz: Which marking is highest?\nA. CONFIDENTIAL\nB. SECRET\nC. TOP SECRET\n'],
    ['a table of levels with their meaning', '| Cấp độ | Ý nghĩa |\n|---|---|\n| TUYỆT MẬT | cao nhất |\n| TỐI MẬT | cao |\n| MẬT | thấp |'],
    ['a translation table', '| TUYỆT MẬT | TOP SECRET |\n| TỐI MẬT | SECRET |\n| MẬT | CONFIDENTIAL |'],
    ['a Czech list', 'Stupně utajení:\n\nPŘÍSNĚ TAJNÉ\nTAJNÉ\nDŮVĚRNÉ\nVYHRAZENÉ'],
  ])('%s', (_name, text) => {
    expect(markings(text)).toEqual([]);
  });

  it.each([
    ['a stamp above a glossary in an appendix', 'TỐI MẬT\n\nBáo cáo tình hình\n\nNội dung chính.\n\nPhụ lục: các cấp độ\n- TUYỆT MẬT\n- TỐI MẬT\n- MẬT\n', ['TỐI MẬT']],
    ['two markings of one document (level and restriction)', 'TỐI MẬT\nLƯU HÀNH NỘI BỘ\n\nBáo cáo tình hình', ['TỐI MẬT', 'LƯU HÀNH NỘI BỘ']],
    ['a level with handling lines (only one level of the scale)', 'MẬT\nKHÔNG PHỔ BIẾN\nXEM XONG TRẢ LẠI\n\nBáo cáo tình hình', ['MẬT', 'KHÔNG PHỔ BIẾN', 'XEM XONG TRẢ LẠI']],
  ])('%s: the stamp stays', (_name, text, expected) => {
    expect(markings(text)).toEqual(expected);
  });
});
