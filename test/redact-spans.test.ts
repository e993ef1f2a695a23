import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers/cli.js';
// The fixture maker (a plain Node script) exports the paragraphs it wrote into request.docx.
import { PARAGRAPHS } from './fixtures/redact/make-fixtures.mjs';

// Issue 22 item 5 (D-H3, D-L8): a redacted prompt keeps the request word for word. The span of an address or a
// password ends where the value ends, and the redacted text scans clean with the built-in rules.

interface Case {
  name: string;
  prompt: string;
  /** What must survive word for word after the placeholder (the request, with its punctuation). */
  request: string;
  /** The value that must be gone. */
  value: string;
}

const CASES: Case[] = [
  {
    name: 'vi: address closed by a comma and a verb (D-H3)',
    prompt: 'Ông Nguyễn Văn Bình, trú tại số 12 ngõ 34 phố Huế, Hà Nội, đã gửi đơn khiếu nại về việc thu hồi đất năm 2023 và đề nghị được bồi thường.\n',
    request: ', đã gửi đơn khiếu nại về việc thu hồi đất năm 2023 và đề nghị được bồi thường.\n',
    value: 'ngõ 34',
  },
  {
    name: 'vi: village, commune, district and city, then a new sentence (D-H3)',
    prompt: 'Bà Lê Thị Hoa, địa chỉ thường trú: thôn Đông, xã Yên Sở, huyện Hoài Đức, Hà Nội. Bà đề nghị cấp lại sổ đỏ.\n',
    request: '. Bà đề nghị cấp lại sổ đỏ.\n',
    value: 'Yên Sở',
  },
  {
    name: 'vi: address with abbreviated units, then a semicolon and the task',
    prompt: 'Chỗ ở hiện nay: 27/3 hẻm 45 đường Lê Văn Sỹ, P.12, Q.3, TP.HCM; anh ấy muốn chuyển hộ khẩu. Hãy soạn giúp tờ khai.\n',
    request: '; anh ấy muốn chuyển hộ khẩu. Hãy soạn giúp tờ khai.\n',
    value: 'TP.HCM',
  },
  {
    name: 'vi: address without a comma before the request',
    prompt: 'Bà Phạm Thu Hà, trú tại số 8 ngõ 12 phố Trần Quốc Hoàn đề nghị cơ quan xác nhận nơi cư trú. Viết giúp công văn trả lời.\n',
    request: ' đề nghị cơ quan xác nhận nơi cư trú. Viết giúp công văn trả lời.\n',
    value: 'Trần Quốc Hoàn',
  },
  {
    name: 'vi: password followed by a comma (D-L8)',
    prompt: 'Mật khẩu wifi phòng họp là Hop@2025, nhớ đổi sau buổi họp. Soạn giúp thông báo cho cả phòng.\n',
    request: ', nhớ đổi sau buổi họp. Soạn giúp thông báo cho cả phòng.\n',
    value: 'Hop@2025',
  },
  {
    name: 'vi: password at the end of a sentence',
    prompt: 'Tài khoản: vietpq, mật khẩu: Tr@ngDong1975. Hãy viết email nhắc anh Việt đổi mật khẩu.\n',
    request: '. Hãy viết email nhắc anh Việt đổi mật khẩu.\n',
    value: 'Tr@ngDong1975',
  },
  {
    name: 'cs: password followed by a full stop and the request',
    prompt: 'Heslo k VPN je Praha#2026. Napiš mi prosím e-mail kolegovi, ať si ho změní.\n',
    request: '. Napiš mi prosím e-mail kolegovi, ať si ho změní.\n',
    value: 'Praha#2026',
  },
  {
    name: 'cs: password followed by a comma',
    prompt: 'Nové heslo: Brno2026!x, pošli ho prosím jen paní Dvořákové a připrav k tomu krátký návod.\n',
    request: ', pošli ho prosím jen paní Dvořákové a připrav k tomu krátký návod.\n',
    value: 'Brno2026!x',
  },
  {
    name: 'cs: home address with PSČ, then the request',
    prompt: 'Pan Jan Novák, bytem Vinohradská 1511/230, 100 00 Praha 10, žádá o prodloužení lhůty. Napiš mu odpověď.\n',
    request: ', žádá o prodloužení lhůty. Napiš mu odpověď.\n',
    value: '1511/230',
  },
  {
    name: 'en: password closing a sentence, "&" inside the value',
    prompt: 'The password for the VPN is Kv8#pLm2q9&z. Draft a short note asking Petr to change it today.\n',
    request: '. Draft a short note asking Petr to change it today.\n',
    value: 'pLm2q9&z',
  },
];

describe('redaction keeps the request after the value (issue 22 item 5)', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const r = cli(['redact', '-'], { input: c.prompt });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain(c.value);
      // One placeholder, right before the request, which is intact to the last character.
      expect(r.stdout).toMatch(/\[[A-Z]+_1\]/);
      expect(r.stdout.endsWith(c.request), r.stdout).toBe(true);
      const before = r.stdout.slice(0, r.stdout.length - c.request.length);
      expect(before).toMatch(/\[[A-Z]+_1\]$/);
      // Whatever stood before the value is kept as well: only the value was cut.
      expect(c.prompt.startsWith(before.replace(/\[[A-Z]+_1\]$/, ''))).toBe(true);
      // The redacted prompt is safe to send.
      const again = cli(['scan', '--format', 'json', '-'], { input: r.stdout });
      expect(again.code, again.stdout).toBe(0);
      expect(again.json().findings).toEqual([]);
    });
  }

  it('vi: an address cell of a staff list is replaced whole, to its last word', () => {
    const csv = 'STT;Họ và tên;Địa chỉ\n1;Đỗ Thu Trang;Số 12, ngõ 45 phố Nguyễn Khánh Toàn, phường Quan Hoa, quận Cầu Giấy, thành phố Hà Nội\n';
    const r = cli(['redact', '-'], { input: csv });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('STT;Họ và tên;Địa chỉ\n1;Đỗ Thu Trang;[ADDRESS_1]\n');
  });

  it('the span never ends inside a word: each placeholder is followed by a non-letter', () => {
    for (const c of CASES) {
      const out = cli(['redact', '-'], { input: c.prompt }).stdout;
      for (const m of out.matchAll(/\[[A-Z]+_\d+\]/g)) {
        expect(out.charAt(m.index! + m[0].length)).toMatch(/[^\p{L}\p{N}]/u);
      }
    }
  });
});

describe('a document redacted to text (issue 22 item 5)', () => {
  const DOCX = join(__dirname, 'fixtures', 'redact', 'request.docx');

  it('`redact request.docx` prints its text with the values replaced, the request intact, and it scans clean', () => {
    const dir = tempDir();
    const map = join(dir, 'request.map');
    const r = cli(['redact', '--map', map, DOCX]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(PARAGRAPHS[0]);
    expect(lines[1]).toBe('Ông Nguyễn Văn Bình, trú tại [ADDRESS_1], đã gửi đơn khiếu nại về việc thu hồi đất năm 2023 và đề nghị được bồi thường.');
    expect(lines[2]).toBe('Điện thoại liên hệ của ông Bình: [PHONE_1].');
    expect(lines[3]).toBe(PARAGRAPHS[3]);
    const out = join(dir, 'request.txt');
    writeFileSync(out, r.stdout);
    expect(cli(['scan', out]).code).toBe(0);
    // The map puts the values back into the text.
    const back = cli(['restore', '--map', map, out]);
    expect(back.stdout.split('\n').slice(0, 4)).toEqual(PARAGRAPHS);
  });

  it('a document that cannot be read whole is not redacted (exit 2), nothing printed', () => {
    const r = cli(['redact', join(__dirname, '..', 'fixtures', 'documents', 'image-only.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('nothing was redacted');
  });
});
