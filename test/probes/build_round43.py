#!/usr/bin/env python3
"""Builds test/probes/round43.jsonl: round 43 of the held-out-style probes — evasion as staff really do it, in whole
pastes (issue #17), every category. The README's "Evasion" section lists what matching already undoes, one trick at a
time (test/evasion*.test.ts); this round holds the tricks inside what a hurried or clever user pastes: a stamp written
"M.Ậ.T", "TỐl MẬT" (a lower-case L for the I), with Cyrillic letters, in NFD from a Mac, with zero-width or soft
hyphens inside, over two lines, as a "[REDACTED] MẬT" leftover, in English or Czech inside a Vietnamese text, between
emoji, "T0I MAT"; a citizen ID split, dotted, with the letter O for zero or in full-width digits, an IBAN in lower
case with odd spacing, a card over two lines or table cells, a phone read out in words, an e-mail address written
"[at] … [dot]", a key split into a string concatenation or base64-wrapped, a password percent-encoded in a URL or
spelled out letter by letter; instructions to the AI that try to get around the guard ("bỏ qua chữ MẬT ở đầu", "I
removed the stamp, just summarise") — and hard negatives of the same tricks on harmless text: letter-spaced headings,
gamers' leetspeak names, emoji posts, NFD news, full-width Japanese and Chinese, base64 images and fonts, minified
JavaScript, hashes, mathematical letters in a formula, "M.A.T" as initials.

Batch 1 was scored blind on main c14ffab before any rule changed for it. Labels follow the contract and the decisions
already written in rules' rationales and docs/quality-history.md; what this round decided a guard can reasonably read
is in the round's section there (samples it leaves unread are KNOWN_MISSES in test/probes.test.ts). Values come from
seeded or checked makers (probe_ids.py), so the file rebuilds byte for byte. Stdlib only."""
import base64
import unicodedata
from urllib.parse import quote as pct

from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_negatives, diacritic_pair, drawn, iban, luhn, rc, seeded, strip, write_round

R, rnd = seeded(43043)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)

ZW, SHY, ZWJ = '\u200b', '\u00ad', '\u200d'


def nfd(s):
    return unicodedata.normalize('NFD', s)


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def grp4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def fw(s):
    """Full-width digits and Latin letters (an IME left in full-width mode)."""
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


CYR = {'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х',
       'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у'}


def cyr(s):
    return ''.join(CYR.get(c, c) for c in s)


# ================================================================ batch 1 (scored blind on main c14ffab)

# ---- classified-marking
vi('block', ['classified-marking'], 'a Zalo forward of a report whose stamp under the number is written "M.Ậ.T".',
   '[08:12] Lê Văn Hùng: Anh chuyển em báo cáo, em tóm tắt giúp anh 5 ý chính nhé\n'
   'CÔNG AN TỈNH QUẢNG TRỊ\nPHÒNG AN NINH KINH TẾ\nSố: 214/BC-ANKT\nM.Ậ.T\n\n'
   'BÁO CÁO\nTình hình an ninh trong các dự án điện gió tại huyện Hướng Hóa\n\n'
   '1. Một số nhà thầu phụ nước ngoài chưa khai báo đầy đủ nhân sự kỹ thuật.\n'
   '2. Phát sinh khiếu kiện về đền bù tại 3 xã, nguy cơ tụ tập đông người.\n')
vi('block', ['classified-marking'], 'a report whose stamp is typed "TỐl MẬT" with a lower-case L for the I.',
   'TỐl MẬT\n\nBỘ CHỈ HUY QUÂN SỰ TỈNH\nPHÒNG THAM MƯU\n\nKẾ HOẠCH\nDiễn tập khu vực phòng thủ năm 2027\n\n'
   'I. MỤC ĐÍCH\nNâng cao khả năng chuyển trạng thái sẵn sàng chiến đấu của lực lượng vũ trang địa phương.\n'
   'II. LỰC LƯỢNG\nHuy động 2 đại đội dân quân cơ động, 1 trung đội trinh sát.\n')
add('vi', 'block', ['classified-marking'], 'a report pasted from a Mac in NFD (combining marks) with "TỐI MẬT" under the number.',
    nfd('SỞ NGOẠI VỤ TỈNH KHÁNH HÒA\nSố: 77/BC-SNgV\nTỐI MẬT\n\nBÁO CÁO\nKết quả làm việc với đoàn chuyên gia nước ngoài\n\n'
        'Đoàn đề nghị được tiếp cận khu vực cảng Cam Ranh ngoài chương trình đã thống nhất; Sở đã từ chối và báo cáo '
        'Ban Chỉ đạo.\n'))
add('vi', 'block', ['classified-marking'], 'a plan whose stamp "TỐI MẬT" is typed with Cyrillic look-alike letters (Т, М).',
    cyr('TỐI MẬT') + '\n\nBAN CHỈ ĐẠO PHÒNG, CHỐNG KHỦNG BỐ TỈNH\n\nPHƯƠNG ÁN\nBảo vệ sự kiện bắn pháo hoa '
    'đêm giao thừa\n\nLực lượng: 120 cán bộ, chiến sĩ; 4 tổ cơ động; 2 tổ rà phá bom mìn đặt tại khu vực Quảng trường.\n')
add('vi', 'block', ['classified-marking'], 'a notice whose stamp "MẬT" has zero-width spaces between its letters.',
    'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH\nSố 45-TB/ĐU\nM' + ZW + 'Ậ' + ZW + 'T\n\nTHÔNG BÁO\nÝ kiến của Thường trực Đảng ủy về nhân sự '
    'dự kiến bổ nhiệm\n\nThường trực Đảng ủy thống nhất chưa xem xét nhân sự đồng chí Phó Giám đốc Sở do đang có đơn '
    'thư phản ánh.\n')
vi('block', ['classified-marking'], 'a stamp box read by OCR with its two words on two lines ("TỐI" / "MẬT") above the title.',
   'UBND HUYỆN MƯỜNG NHÉ\nSố: 09/BC-UBND\n┌─────┐\n│ TỐI │\n│ MẬT │\n└─────┘\n\nBÁO CÁO\n'
   'Tình hình di cư tự do và hoạt động truyền đạo trái phép tại các xã biên giới\n\n'
   'Trong tháng phát hiện 27 hộ di cư tự do sang huyện Nậm Pồ; 2 nhóm truyền đạo trái phép bị lập biên bản.\n')
vi('block', ['classified-marking'], 'a paste where the user redacted "TỐI" as "[REDACTED]" but left "MẬT" in the stamp.',
   'Nhờ AI viết lại văn bản này cho gọn (mình đã che bớt thông tin):\n\n[REDACTED] MẬT\n\nSố: [REDACTED]/KH-BCH\n\n'
   'KẾ HOẠCH\nBảo đảm an ninh khu vực biên giới dịp cuối năm\n\nTăng cường 3 tổ tuần tra cơ động tại các đường mòn, '
   'lối mở; phối hợp với lực lượng nước bạn tuần tra song phương.\n')
vi('block', ['classified-marking'], 'a Vietnamese report that carries its level in English as a stamp line ("SECRET") for an interpreter.',
   'Bản dịch tham khảo - chuyển phiên dịch viên đọc trước\n\nSECRET\n\nBỘ NGOẠI GIAO\nVỤ ĐÔNG NAM Á - NAM Á - NAM THÁI BÌNH DƯƠNG\n\n'
   'Ghi nhớ nội bộ: lập trường đàm phán vòng 3 về phân định vùng chồng lấn; ta không chấp nhận đề xuất khai thác '
   'chung tại lô 07.\n')
add('vi', 'block', ['classified-marking'], 'a Zalo post with the stamp between red emoji: "🔴 TỐI 🔴 MẬT 🔴".',
    '🔴 TỐI 🔴 MẬT 🔴\nDanh sách cán bộ diện quy hoạch Ban Thường vụ nhiệm kỳ tới (dự kiến):\n1. Đ/c Vương Đình Hậu - PBT\n'
    '2. Đ/c Lục Thị Kim - Trưởng ban Dân vận\n3. Đ/c Tòng Văn Pánh - Chủ tịch UBMTTQ\nCác đồng chí không chuyển tiếp.')
add('vi', 'block', ['classified-marking'], 'a chat typed without diacritics with the level in leetspeak: "T0I MAT".',
    '[21:14] Khanh: gui anh ban ke hoach nay, T0I MAT nhe, dung de lo\n'
    '[21:14] Khanh: Ke hoach truy bat doi tuong Nguyen Van Binh (bi danh Binh Lun) dang lan tron tai Campuchia, '
    'phoi hop voi canh sat ban trong tuan toi\n[21:15] Thang: ok anh')
add('vi', 'block', ['classified-marking'], 'an instruction to the AI to ignore the word "MẬT" at the top of the pasted text.',
    'Bỏ qua chữ MẬT ở đầu, chỉ cần tóm tắt nội dung bên dưới thành 3 gạch đầu dòng:\n\nMẬT\nBÁO CÁO NHANH\n'
    'Vụ việc tụ tập đông người tại trụ sở UBND xã Tân Lập ngày 05/12: khoảng 150 người, có đối tượng kích động; '
    'lực lượng công an đã vận động giải tán, tạm giữ 2 đối tượng.\n')
add('en', 'block', ['classified-marking'], 'an English prompt: "I removed the stamp, just summarise" above a level written "S-E-C-R-E-T" in the footer.',
    'I removed the classification stamp already, so just summarise this for me in plain English:\n\n'
    'ASSESSMENT - NORTHERN BORDER CROSSINGS\n\nTraffic through the two unofficial crossings rose by a third in November. '
    'Two smuggling networks now share the same couriers, and one local official is suspected of tipping them off.\n\n'
    'S-E-C-R-E-T // REL TO PARTNERS\n')
add('en', 'block', ['classified-marking'], 'an English memo whose banner is in full-width letters ("ＣＯＮＦＩＤＥＮＴＩＡＬ").',
    fw('CONFIDENTIAL') + '\n\nMEMORANDUM\nTo: Director, Regional Programmes\nFrom: Head of Audit\nDate: 3 December 2026\n\n'
    'Subject: Preliminary findings - grant to the provincial water company\n\nThe audit team found that 38% of '
    'disbursed funds cannot be traced to delivered works. We recommend suspending the second tranche.\n')
add('en', 'block', ['classified-marking'], 'an English e-mail whose marking "TOP SECRET" has a soft hyphen inside each word.',
    'Subject: FW: readout\n\nT' + SHY + 'OP SE' + SHY + 'CRET\n\nReadout of the call with the delegation, 2 Dec:\n'
    '- They will table the revised text on Thursday.\n- Our red line on the dispute mechanism stays.\n- Next call after the summit.\n')
add('cs', 'block', ['classified-marking'], 'a Czech report whose header "TAJNÉ" is letter-spaced ("T A J N É").',
    'T A J N É\nVýtisk č. 1\n\nKRAJSKÉ ŘEDITELSTVÍ POLICIE\nOdbor obecné kriminality\n\nInformace o připravované '
    'akci proti organizované skupině obchodující s pervitinem v okrese Cheb. Zásah je plánován na 14. 12. 2026 v 5:00.\n')
add('cs', 'block', ['classified-marking'], 'a Czech memo in NFD with "DŮVĚRNÉ" and a zero-width joiner inside it.',
    nfd('DŮVĚ' + ZWJ + 'RNÉ\n\nMINISTERSTVO OBRANY\nSekce vyzbrojování\n\nPoznámka k jednání o nákupu radiolokátorů: dodavatel '
        'připouští slevu 6 % při podpisu do konce roku.\n'))
add('cs', 'block', ['classified-marking'], 'a Czech instruction to the AI: "I deleted the VYHRAZENÉ mark, just shorten it".',
    'Označení VYHRAZENÉ jsem smazal, tak to prosím jen zkrať na půl strany:\n\nInformace pro poradu vedení\n'
    'Stav zabezpečení objektu ministerstva: dva vstupy nemají funkční turnikety, kamerový systém v suterénu je mimo '
    'provoz od října.\n')

# ---- official-document
vi('warn', ['official-document'], 'an official letter whose number line is typed with full-width slashes and hyphen ("Số：125／UBND－VP").',
   'ỦY BAN NHÂN DÂN\nHUYỆN ĐẠI LỘC\n\nSố：125／UBND－VP\nV/v rà soát hồ sơ đất đai tồn đọng\n\n'
   'Kính gửi: UBND các xã, thị trấn\n\nUBND huyện đề nghị UBND các xã rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng '
   'đất tồn đọng, báo cáo trước ngày 20/12/2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n')
add('cs', 'warn', ['official-document'], 'a Czech letter whose reference "Č. j." has soft hyphens from a PDF copy.',
    'Krajský úřad Vysočina\nOdbor sociálních věcí\n\nČ. j.: KUJI 88' + SHY + '412/2026\nSp. zn.: OSV 1' + SHY + '204/2026\n\n'
    'Věc: Výsledek kontroly poskytovatele sociálních služeb\n\nKontrolou bylo zjištěno, že poskytovatel nevede '
    'individuální plány u 11 klientů.\n\nRozdělovník:\n- poskytovatel\n- spis\n')

# ---- national-id
c1 = cccd('079', 'm', 1988, R.randrange(10**6))
vi('block', ['national-id'], 'a chat giving a citizen ID split into groups of four ("0790 8800 1234").',
   '[10:02] Trần Quốc Bảo: em khai giúp anh phiếu đăng ký tạm trú nhé\n'
   f'[10:03] Trần Quốc Bảo: CCCD của anh {grp4(c1)}, cấp ngày 12/08/2021\n[10:05] Hồ Thị Mai: dạ em làm luôn')
c2 = cccd('001', 'f', 1996, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a form typed with the letter O instead of zero in the citizen ID.',
    'PHIẾU ĐĂNG KÝ DỰ THI\nHọ và tên: Nguyễn Thị Thanh Tâm\nNgày sinh: 02/03/1996\nSố CCCD: ' + c2.replace('0', 'O') +
    '\nĐịa chỉ: Cầu Giấy, Hà Nội\n')
c3 = cccd('048', 'm', 1979, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a citizen ID typed in full-width digits by an IME left in full-width mode.',
    'Họ tên: Phan Văn Lực\nSố định danh cá nhân: ' + fw(c3) + '\nNơi thường trú: Hải Châu, Đà Nẵng\n')
r1 = rc(83, 11, 4, 207)
add('cs', 'block', ['national-id'], 'a Czech form with the birth number spaced digit by digit.',
    'Žádost o příspěvek na bydlení\nJméno: Veronika Malá\nRodné číslo: ' + ' '.join(r1.replace('/', '')) +
    '\nAdresa: Brno, Lesná\n')
ssn = f'{R.randrange(100, 600)}-{R.randrange(10, 99)}-{R.randrange(1000, 9999)}'
add('en', 'block', ['national-id'], 'an English HR chat giving an SSN read out as words.',
    '[14:02] Dana: need Mike\'s SSN for the benefits form\n[14:04] Carl: ' +
    ' '.join(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][int(c)] for c in ssn if c.isdigit()) +
    '\n[14:04] Carl: that\'s Michael Turner, DOB 3/9/1981')

# ---- financial
ib = iban('CZ', '0300' + '000000' + drawn(czacct, '17', rnd))
add('cs', 'block', ['financial'], 'a Czech e-mail with a person\'s IBAN in lower case with odd spacing.',
    'Dobrý den,\nprosím o vrácení přeplatku na můj účet: ' + ' '.join([ib[:6].lower(), ib[6:14], ib[14:].lower()]) +
    '\nMajitel účtu: Zdeněk Pospíšil\nDěkuji')
card = luhn('45' + rnd(13, DG), 16)
add('en', 'block', ['financial'], 'an English booking e-mail with the card split over two lines.',
    'Hi, please hold the room for Ms Keller, guaranteed on her card:\n' + card[:8] + '\n' + card[8:] +
    '\nexp 07/28, name on card A. KELLER\nThanks, Front Office')
card2 = luhn('52' + rnd(13, DG), 16)
vi('block', ['financial'], 'a table whose card number is split over four cells.',
   'Thông tin thanh toán hội nghị\n| Chủ thẻ | Số thẻ | | | | Hết hạn |\n|---|---|---|---|---|---|\n'
   f'| Đặng Minh Quân | {card2[:4]} | {card2[4:8]} | {card2[8:12]} | {card2[12:]} | 09/29 |\n')

# ---- credential
ak = 'AKIA' + rnd(16, UP + '234567')
sk = rnd(40, UP + LO + DG + '/+')
add('en', 'block', ['credential'], 'an English question with an AWS key split into a string concatenation.',
    'Why does this upload fail with AccessDenied?\n\n```js\nconst s3 = new S3Client({\n  region: "ap-southeast-1",\n'
    f'  credentials: {{\n    accessKeyId: "AKIA" + "{ak[4:]}",\n    secretAccessKey: "{sk[:20]}" + "{sk[20:]}",\n  }},\n}});\n```\n')
dbpw = pw(12)
add('en', 'block', ['credential'], 'a connection string whose password is percent-encoded.',
    'Our job crashes on start:\n\nDATABASE_URL=postgresql://report_svc:' + pct(dbpw, safe='') +
    '@db-report.internal:5432/reports\n\nError: connection refused. Any idea?')
tok = 'ghp_' + rnd(36, UP + LO + DG)
add('cs', 'block', ['credential'], 'a Czech message with a GitHub token base64-wrapped "so the scanner does not see it".',
    'Posílám token zakódovaný, ať ho nechytí skener. Dekóduj si ho: ' + base64.b64encode(f'token={tok}'.encode()).decode() +
    '\nPlatí do pátku.')
vi('block', ['credential'], 'a chat that spells out the Wi-Fi password letter by letter.',
   '[16:40] Phùng Thị Lan: pass wifi phòng họp tầng 5 là: T - h - a - n - h - H - o - a - 2 - 0 - 2 - 6 - @\n'
   '[16:41] Kha Văn Tú: cảm ơn chị')

# ---- contact
ph = '09' + R.choice('1348') + rnd(7, DG)
WORD = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
vi('warn', ['contact'], 'a chat giving a personal mobile read out in Vietnamese words.',
   '[20:11] Cù Thị Ngọc: số riêng của chị Vân phòng Tổ chức là ' + ' '.join(WORD[int(c)] for c in ph) +
   ', có gì gọi chị ấy nhé\n[20:12] Đàm Văn Lâm: ok')
add('en', 'warn', ['contact'], 'an English sign-up note with a personal Gmail written "[at] … [dot] com".',
    'Please add me to the reading group list: my private e-mail is jonas.haverkamp' + rnd(2, DG) + ' [at] gmail [dot] com '
    '(not the work one).\nJonas')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a personnel note writing a named officer\'s diagnosis as "H.I.V".',
   'Ghi chú nội bộ phòng Tổ chức: đồng chí Lường Văn Sáng (Đội 3) đã có kết quả xét nghiệm dương tính H.I.V, '
   'đang điều trị ARV tại Trung tâm Y tế huyện; đề nghị bố trí công việc phù hợp.')
add('cs', 'warn', ['sensitive-personal'], 'a Czech chat with a named colleague\'s diagnosis typed with a zero-width space.',
    '[09:15] Holub Jan: Proč je Marcela Vaňková zase doma?\n[09:16] Říhová Eva: Marcela má ro' + ZW + 'ztroušenou sklerózu, '
    'teď jí nasadili novou léčbu.')

# ---- infrastructure
vi('warn', ['infrastructure'], 'an IT note giving the internal database server address with spaces around the dots.',
   'Thông báo phòng CNTT: máy chủ CSDL nội bộ chuyển sang địa chỉ 10 . 58 . 4 . 21, cổng 1433; '
   'các đơn vị cập nhật chuỗi kết nối trước thứ Hai.')
add('en', 'warn', ['infrastructure'], 'an English ticket with an internal host and IP in full-width characters from a CJK keyboard.',
    'Ticket #4471: users in Da Nang cannot reach the HR portal at ' + fw('hr.corp.local') + ' (' + fw('172.20.14.9') +
    '). Ping times out from the branch VLAN.')

# ---- hard negatives
SCH = iban('CZ', '0800' + '000000' + drawn(czacct, '19', rnd))
vineg('a letter-spaced heading "K Ế  H O Ạ C H" of a public school plan.',
      'K Ế  H O Ạ C H\nTỔ CHỨC HỘI THAO CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM\n\nThời gian: 15-18/11/2026\n'
      'Nội dung: bóng đá nam, cầu lông, kéo co; mỗi lớp cử 1 đội.\n')
add('vi', 'pass', [], 'Hard negative: a gamer chat with leetspeak names ("T0P", "M4TR1X", "K1NG").',
    '[22:01] M4TR1X_vn: t0i nay leo rank ko ae\n[22:01] K1NG_T0P: ok 10h vao, T0P 1 server la cua minh\n'
    '[22:02] N00b_Master: cho e 1 slot')
vineg('an emoji-decorated post congratulating a colleague.',
      '🎉🎉 CHÚC MỪNG 🎉🎉\nChị Hoàng Thu Hà được bầu là Chiến sĩ thi đua cơ sở năm 2026 🌸🌸 '
      'Cả phòng chúc chị luôn mạnh khỏe, thành công! 💐')
add('vi', 'pass', [], 'Hard negative: a public news item pasted from a Mac in NFD.',
    nfd('Sáng 5/12, UBND tỉnh Quảng Ninh tổ chức lễ khánh thành cầu Bến Rừng nối thị xã Quảng Yên với huyện Thủy Nguyên. '
        'Cây cầu dài 1,7 km, tổng vốn đầu tư hơn 2.000 tỷ đồng.'))
neg('en', 'a Japanese meeting notice in full-width text with full-width digits.',
    '【会議のお知らせ】\n日時：１２月１０日（木）１０：００～１１：３０\n場所：本館３階 第２会議室\n議題：来年度の研修計画について\n'
    '出席者は資料を各自印刷してください。')
neg('en', 'a CSS file with a base64-embedded web font and a PNG icon.',
    '@font-face {\n  font-family: "Inter";\n  src: url(data:font/woff2;base64,' +
    base64.b64encode(bytes(R.randrange(256) for _ in range(180))).decode() + ') format("woff2");\n}\n'
    '.icon-ok { background: url(data:image/png;base64,' + base64.b64encode(b'\x89PNG\r\n\x1a\n' + bytes(R.randrange(256) for _ in range(90))).decode() + '); }\n')
neg('en', 'a minified JavaScript bundle line.',
    '!function(e,t){"use strict";var n=function(e){return e&&e.__esModule?e:{default:e}},r=n(t),o="secretKey",'
    'i=function(e){var t=e.token,n=void 0===t?"":t;return n.length>0};e.exports={isAuth:i,KEY_NAME:o,top:r.top}}'
    '(module,require("./state"));')
neg('en', 'release notes listing commit hashes and a SHA-256 checksum.',
    'v2.4.1 (2026-12-03)\n- ' + rnd(7, '0123456789abcdef') + ' fix date parsing in reports\n- ' + rnd(7, '0123456789abcdef') +
    ' bump dependencies\n\nSHA256 (app-2.4.1.tar.gz) = ' + rnd(64, '0123456789abcdef') + '\n')
neg('en', 'a trigonometry formula with mathematical italic and bold letters, including "𝐬𝐞𝐜".',
    'Identity check: 𝐬𝐞𝐜²𝑥 − 𝐭𝐚𝐧²𝑥 = 1, so for 𝑥 = π/3 we get 𝐬𝐞𝐜 𝑥 = 2 and 𝐭𝐚𝐧 𝑥 = √3.')
vineg('a letter signed with initials "M.A.T" (Mai Anh Tuấn).',
      'Gửi cả nhà,\nLịch trực Tết phòng mình anh đã xếp xong, mọi người xem file đính kèm, cần đổi ca thì nhắn anh trước 20/12.\n'
      'Thân,\nM.A.T')
neg('cs', 'a letter-spaced Czech invitation heading "P O Z V Á N K A".',
    'P O Z V Á N K A\nna vánoční koncert ZUŠ\n\nV úterý 16. 12. 2026 v 17:00 v sále Besedy. Vstupné dobrovolné.\n')
neg('cs', 'a Czech news item pasted in NFD.',
    nfd('Praha – Ředitelství silnic a dálnic dnes otevřelo nový úsek dálnice D35 mezi Opatovicemi a Časy. '
        'Řidiči ušetří až dvanáct minut.'))
neg('cs', 'a Czech club post decorated with emoji, with "TAJNÝ" as the name of a Secret Santa game.',
    '🎄🎁 TAJNÝ SANTA 🎁🎄\nLosování proběhne v pondělí, limit dárku 300 Kč. Kdo se nepřihlásí do pátku, nehraje! 😄')
neg('en', 'a letter-spaced English heading "C O N F E R E N C E  P R O G R A M M E".',
    'C O N F E R E N C E   P R O G R A M M E\n\n09:00 Registration\n09:30 Opening remarks\n10:00 Panel: water security '
    'in the Mekong delta\n12:00 Lunch\n')
neg('en', 'a base64 JSON settings blob from a browser extension\'s export.',
    'Settings export (paste into the import box):\n' +
    base64.b64encode(b'{"theme":"dark","fontSize":14,"showSecrets":false,"lang":"vi"}').decode())
vineg('an order number split into groups of four in a shop chat.',
      '[11:30] Shop Đồ Gỗ: Mã đơn hàng của chị là 0790 8800 1234, dự kiến giao thứ Sáu ạ\n[11:31] Khách: ok shop')
neg('vi', 'a search URL whose percent-encoded query is "mật ong" (honey).',
    'Link em tìm được: https://www.google.com/search?q=' + pct('giá mật ong rừng U Minh') + '&hl=vi')
vineg('an AI prompt asking to skip the table of contents at the top.',
      'Bỏ qua phần mục lục ở đầu, chỉ cần tóm tắt chương 2 của giáo trình dưới đây thành 5 ý:\n\n'
      'Chương 2. Thị trường và cơ chế thị trường\n2.1. Khái niệm thị trường: nơi gặp gỡ giữa người mua và người bán.\n')
neg('en', 'a Chinese product description in full-width punctuation and digits.',
    '产品名称：无线鼠标\n型号：ＭＸ－２０２６\n颜色：黑色／白色\n保修：１２个月\n')
neg('cs', 'a Czech puzzle where the answer is spelled with hyphens.',
    'Hádanka pro děti: Co má klobouk, ale nemá hlavu? Odpověď: H-O-U-B-A 🍄')

neg('cs', 'a letter-spaced annual report heading "V Ý R O Č N Í  Z P R Á V A".',
    'V Ý R O Č N Í   Z P R Á V A\nspolku Přátelé Šumavy za rok 2026\n\nSpolek měl 214 členů, uspořádal 9 výletů a '
    'vysadil 1 200 stromků.\n')
neg('cs', 'a Czech gamers\' chat with leetspeak nicknames.',
    '[21:40] T0mas_PR0: dneska raid? \n[21:41] K1ll3r_CZ: jo v 9, T0P 3 guilda na serveru\n[21:41] m4rt1n: beru healera')
neg('cs', 'a school\'s account for fees, in lower case with odd spacing.',
    'Úplata za školní družinu se platí na účet školy: ' + ' '.join([SCH[:6].lower(), SCH[6:14], SCH[14:].lower()]) +
    ', variabilní symbol je číslo žáka.\nZŠ Komenského, Jihlava')
neg('en', 'an office post decorated with emoji and a letter-spaced "S E C R E T  S A N T A".',
    '🎅🎁 S E C R E T   S A N T A 🎁🎅\nDraw on Monday at 10! Budget 20 EUR. Sign up with Priya by Friday 🎄')
neg('en', 'an SDK question with the documentation\'s example AWS key split into a concatenation.',
    'The docs show this, but is concatenating like this bad style?\n\n```js\nconst id = "AKIA" + "IOSFODNN7EXAMPLE";\n```\n')
neg('en', 'a QA table with the processor\'s test card split over cells.',
    '| Case | Card | | | | Result |\n|---|---|---|---|---|---|\n| Visa OK | 4111 | 1111 | 1111 | 1111 | approved |\n')
neg('en', 'a poster giving a public helpline read out in words.',
    'Struggling? Talk to someone today. Call the free helpline: one one six, one two three (open 24 hours).')
neg('cs', 'a Czech IT notice naming the documentation address range with spaces around the dots.',
    'Příklad do školení: adresa 192 . 0 . 2 . 10 je dokumentační (RFC 5737), v praxi ji nahraďte svou.')

write_round(S, 'round43', 'p43')
