#!/usr/bin/env python3
"""Builds test/probes/round31.jsonl: round 31 of the held-out-style probes, written blind (batch 1 scored on main
before any rule was changed for it; later batches written after the earlier fixes, each scored blind in its turn).
Long mixed pastes (2-12 KB) in the shapes staff paste: a forwarded Zalo/Teams chat export with timestamps and names
where one message carries the item deep inside; an e-mail thread with quoted replies (">", "-----Original
Message-----", "Vào Th 2, … đã viết:", "Dne … napsal(a):") with the item in the third quoted level; OCR of a scanned
page (broken lines, hyphenation, stray characters, page numbers, a header and footer repeated on every page); a long
report with tables of figures and one line that matters, or none; meeting minutes; a project plan; a config file or
log excerpt inside a prose question; Vietnamese sentences with English technical terms. Each positive holds ONE item
(a marking, an official document, a personal ID, a sensitive fact, a credential, a contact, a financial number); the
hard negatives are the same shapes with near-miss content: public decrees quoted in reports, statistics, hotlines and
agencies' phones, invoice and contract numbers, dates and amounts that look like IDs, training material about levels
and passwords, a chat that says a password was sent elsewhere.

Labels follow the contract: an office's hotline, a company's tax code, an organisation's donation account pass; a
person's mobile given in a chat warns (contact); a named colleague's illness warns (sensitive-personal); a level
stamped on a quoted or OCR'd document blocks, a list of the levels in training text does not. Personal addresses are
kept out of thread headers so that a pass sample is not a contact warn by accident. Identifiers come from
probe_ids.py's checked makers, secrets from a seeded generator, so the file rebuilds byte for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_pair, iban, luhn, rc, seeded, strip, timed_chat, write_round

R, rnd = seeded(3131)
S, add, neg = collector()
vi_pair = diacritic_pair(add)


def both(expect, cats, note, text, ext='txt'):
    """A Vietnamese sample with diacritics and the same typed without them; a pass is a hard negative."""
    if expect == 'pass':
        neg('vi', note, text, ext)
        neg('vi', note + ' (typed without diacritics)', strip(text), ext)
    else:
        vi_pair(expect, cats, note, text)
        S[-1]['ext'] = S[-2]['ext'] = ext


def pw(n=12):
    return R.choice(UP) + rnd(n - 5, LO) + R.choice('#@!$%') + rnd(3, DG)


def pick(pool, k):
    return R.sample(pool, k)


# ---------------------------------------------------------------- filler pools (written for this round)
VI_CHAT = [
    'Mọi người nhớ mang theo áo khoác nhé, dự báo Sa Pa tối xuống 9 độ',
    'ok anh', 'Em đã chốt xe 29 chỗ, xuất phát 5h30 sáng thứ 7 ở cổng cơ quan',
    'Ai ăn chay báo em trước thứ 5 để em đặt suất riêng nhé',
    'Phòng khách sạn chia 2 người/phòng, ai muốn ở cùng ai thì nhắn em',
    'hihi em đăng ký ở với chị Hạnh', 'Nhớ mang theo giấy tờ tùy thân khi nhận phòng nha',
    'Chiều nay 4h họp nhanh chốt danh sách nhé cả nhà', 'Có ai biết chỗ bán sim du lịch không',
    'Em gửi lịch trình chi tiết trong file đính kèm, mọi người xem giúp', 'Đã xem', 'Tuyệt vời 👍',
    'Anh Tuấn ơi tiền quỹ còn bao nhiêu ạ', 'Còn khoảng 18 triệu, đủ chi phần xe và ăn trưa ngày 2',
    'Em sẽ chuyển khoản phần chênh lệch cho chị Thảo trước thứ 6', 'Cảm ơn cả nhà nhiều ❤️',
    'Ai chưa nộp ảnh thẻ để làm thẻ đoàn thì nộp gấp nhé', 'Mai em nghỉ phép, có gì nhắn Zalo em vẫn đọc',
    'Tối nay có mưa không mọi người', 'Nhắc lại: tập trung lúc 5h15, muộn nhất 5h25 xe chạy',
]
VI_REPORT = [
    'Công tác chỉ đạo, điều hành được triển khai kịp thời, bám sát kế hoạch năm và các chỉ tiêu được giao.',
    'Tổng thu ngân sách trên địa bàn 9 tháng đạt 4.218 tỷ đồng, bằng 76,2% dự toán, tăng 8,9% so với cùng kỳ.',
    'Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,7%; không có hồ sơ quá hạn kéo dài.',
    'Đã tổ chức 14 đợt kiểm tra chuyên đề, phát hiện và yêu cầu khắc phục 37 tồn tại, hạn chế.',
    'Hạ tầng mạng nội bộ được nâng cấp tại 11/15 phòng, ban; đường truyền số liệu chuyên dùng hoạt động ổn định.',
    'Số lượt truy cập cổng thông tin điện tử đạt 1.265.430 lượt, tăng 21% so với năm trước.',
    'Công tác thi đua, khen thưởng được thực hiện đúng quy trình, kịp thời động viên tập thể và cá nhân.',
    'Một số nhiệm vụ còn chậm tiến độ do vướng mắc thủ tục đầu tư và thiếu nhân lực chuyên môn.',
    'Việc số hóa hồ sơ lưu trữ đạt 62% khối lượng, dự kiến hoàn thành trong quý II năm sau.',
    'Đơn vị đã phối hợp tổ chức 03 hội nghị tập huấn với 412 lượt người tham dự.',
    'Chi thường xuyên được thực hiện tiết kiệm, đúng định mức; tiết kiệm 10% chi khác theo chỉ đạo.',
    'Kiến nghị cấp trên bổ sung kinh phí mua sắm thiết bị lưu trữ và bản quyền phần mềm diệt virus.',
    'Trong kỳ tiếp nhận 2.904 cuộc gọi qua đường dây nóng, 96% được trả lời ngay trong ngày.',
    'Công tác phòng cháy, chữa cháy được kiểm tra định kỳ; 100% bình chữa cháy còn hạn sử dụng.',
    'Tình hình an ninh trật tự tại cơ quan ổn định, không để xảy ra vụ việc phức tạp.',
    'Các phòng chuyên môn đã rà soát 126 thủ tục hành chính, đề xuất cắt giảm thời gian giải quyết 18 thủ tục.',
]
CS_REPORT = [
    'Úřad v hodnoceném období vyřídil 3 418 podání, z toho 71 % elektronicky přes datovou schránku.',
    'Průměrná doba vyřízení žádosti klesla z 23 na 17 kalendářních dnů.',
    'Rozpočet odboru byl k 30. 9. čerpán na 68,4 %, investiční výdaje na 41 %.',
    'Proběhla tři kola školení k novému spisovému řádu, zúčastnilo se jich 196 zaměstnanců.',
    'Na webové stránky úřadu přišlo 412 806 návštěv, nejčtenější byla sekce úřední deska.',
    'Stížností bylo přijato 27, z toho 4 byly shledány důvodnými a nápravná opatření byla přijata.',
    'Modernizace serverovny byla dokončena v srpnu, výpadek trval jen plánovaných šest hodin.',
    'Odbor navrhuje posílit personální obsazení oddělení veřejných zakázek o jedno místo.',
    'Počet datových zpráv odeslaných úřadem vzrostl meziročně o 14 %.',
    'Kontrolní činnost se zaměřila na hospodaření příspěvkových organizací a nakládání s majetkem.',
    'Pilotní provoz objednávkového systému pro občany byl rozšířen na všechna pracoviště.',
    'Energetické úspory po výměně osvětlení činí přibližně 11 % ročně.',
]
EN_REPORT = [
    'Revenue for the quarter came in at 4.2 million, 3% ahead of plan, with services growing faster than licences.',
    'Headcount stood at 212 at the end of the period after eleven joiners and six leavers.',
    'The migration of the reporting warehouse slipped two weeks because the vendor delivered the connector late.',
    'Customer churn fell to 1.8% monthly, the lowest figure since the product launch.',
    'Average handling time in the support centre improved from 7m40s to 6m55s.',
    'Capital expenditure was 0.6 million, mainly laptops and the second data-centre rack.',
    'Two audit findings from last year were closed; one remains open pending the access review.',
    'The board approved the hiring plan for the next two quarters, subject to the revenue gate in April.',
    'Energy use in the head office fell 9% after the lighting retrofit, in line with the estimate.',
    'Net promoter score rose from 31 to 38 across 1,046 survey responses.',
    'The risk register was reviewed; no new high risks were added and two were downgraded.',
    'Training completion for the mandatory modules reached 96% by the deadline.',
]
CS_CHAT = [
    'Dobré ráno, dneska jsem na home office', 'ok', 'Kdo má klíč od zasedačky ve třetím patře?',
    'Porada se přesouvá na 14:30, Lenka má do dvou školení', 'Díky za info 👍',
    'Poslal jsem ti podklady do SharePointu, složka Rozpočet 2026', 'Kdy chceš projít tu prezentaci?',
    'Zítra ráno klidně, jsem tam od osmi', 'Objednala jsem obědy na čtvrtek, kdo nechce, ať napíše',
    'Tiskárna na chodbě zase nefunguje, nahlásil jsem to na helpdesk', 'Super, díky',
    'Nezapomeňte vyplnit docházku za listopad do pátku', 'Jsem na cestě, budu tam za deset minut',
]
EN_CHAT = [
    'morning all', 'Standup moved to 9:45 today, Priya has a clash', 'thanks!',
    'Did anyone pick up the badge for the new contractor?', 'Deploy window is still 18:00-19:00 right?',
    'yes, change ticket CHG-20417 is approved', 'I will be offline 12-1 for lunch',
    'Can someone review PR 2381 before the freeze?', 'on it', 'The staging DB restore finished, 41 minutes',
    'Reminder: timesheets due Friday', 'lol that build took forever', 'Who owns the alert for disk usage on the batch nodes?',
]


def chat_zalo(lines, day='18/11/2025', start=(8, 2)):
    return timed_chat(R, lines, '[{h:02d}:{m:02d}, ' + day + '] {who}: {msg}', start, 9)


def chat_teams(lines, start=(9, 5)):
    return timed_chat(R, lines, '{who}  {h12}:{m:02d} {ap}\n{msg}\n', start, 7)


def filler_chat(pool, names, k):
    return [(R.choice(names), R.choice(pool)) for _ in range(k)]


def deep(pool, names, before, items, after):
    """A chat's messages with the ones that matter (items) after `before` filler messages and before `after` more."""
    return filler_chat(pool, names, before) + items + filler_chat(pool, names, after)


def paras(pool, k, per=3):
    return '\n\n'.join(' '.join(pick(pool, per)) for _ in range(k))


def quote(text, level=1):
    return '\n'.join(('>' * level + ' ' + ln) if ln else '>' * level for ln in text.split('\n'))


def ocr(text, header, footer, pages):
    """A scanned text as OCR gives it: lines broken at ~60 columns with hyphenation, a header and footer on every
    page, the page number, stray characters at line ends."""
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        if len(cur) + len(w) + 1 > 62 and len(w) > 7 and R.random() < 0.4:
            cut = len(w) // 2
            lines.append(cur + ' ' + w[:cut] + '-')
            cur = w[cut:]
        elif len(cur) + len(w) + 1 > 62:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip()
    lines.append(cur)
    per = max(1, len(lines) // pages + 1)
    out = []
    for p in range(pages):
        chunk = lines[p * per:(p + 1) * per]
        if not chunk:
            break
        out.append(header)
        out.append('')
        out.extend(ln + (R.choice([' |', ' .', " '", '']) if R.random() < 0.15 else '') for ln in chunk)
        out.append('')
        out.append(footer.format(p=p + 1, n=pages))
        out.append('\f' if R.random() < 0.3 else '')
    return '\n'.join(out)


def table(header, rows):
    w = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda r: '| ' + ' | '.join(str(c).ljust(w[i]) for i, c in enumerate(r)) + ' |'
    return '\n'.join([line(header), '|' + '|'.join('-' * (x + 2) for x in w) + '|'] + [line(r) for r in rows])


VI_NAMES = ['Trần Quốc Bảo', 'Nguyễn Thị Hạnh', 'Lê Minh Tuấn', 'Phạm Thu Thảo', 'Đỗ Văn Hải', 'Vũ Ngọc Ánh']
CS_NAMES = ['Petra Dvořáková', 'Tomáš Krejčí', 'Lenka Horáková', 'Martin Beneš', 'Jana Svobodová']
EN_NAMES = ['Olivia Grant', 'Daniel Moss', 'Priya Raman', 'Sam Whitaker', 'Grace Okafor']

# ================================================================ batch 1 (scored blind on main bd58e5d)
# ---- Vietnamese
# 1. a Zalo group export of a trip; one message gives an elderly relative's personal identification number
pid = cccd('001', 'm', 1958, 40712)
msgs = deep(VI_CHAT, VI_NAMES, 22, [
    ('Vũ Ngọc Ánh', f'Em bổ sung người đi cùng: bố em là Vũ Văn Thịnh, sinh 1958, số định danh cá nhân {pid[:4]} {pid[4:8]} {pid[8:]}, '
                    'nhờ chị Hạnh điền vào danh sách mua bảo hiểm du lịch giúp em nhé'),
], 18)
both('block', ['national-id'], 'A Zalo group export of a staff trip (40 messages with timestamps); message 23 gives a relative\'s '
     'personal identification number in groups of four for the travel insurance list.',
     'Tóm tắt giúp mình đoạn chat nhóm dưới đây, liệt kê các việc còn phải làm trước chuyến đi:\n\n'
     + chat_zalo(msgs) + '\n\nCảm ơn nhé!')
msgs = deep(VI_CHAT, VI_NAMES, 20, [
    ('Trần Quốc Bảo', 'Mã đặt phòng khách sạn là SPQ-4827193, check-in từ 14h. Hóa đơn VAT số 0004127 em để ở phòng Kế toán'),
    ('Lê Minh Tuấn', 'mk wifi khách sạn anh gửi qua tin nhắn riêng rồi nhé, đừng đăng lên nhóm'),
    ('Phạm Thu Thảo', 'Có gì gấp gọi tổng đài nhà xe 1900 6485 hoặc đường dây nóng khách sạn 0214 3871 266'),
    ('Nguyễn Thị Hạnh', 'Tổng chi phí dự kiến 48.650.000đ, mỗi người đóng 1.850.000đ trước ngày 20112025 nha'),
], 16)
both('pass', [], 'a Zalo group export of the same trip with a booking code, an invoice number, a hotline and a hotel\'s '
     'landline, an amount and a date written as eight digits, and a message saying the Wi-Fi password was sent in private.',
     'Tóm tắt giúp mình đoạn chat nhóm dưới đây, liệt kê các việc còn phải làm trước chuyến đi:\n\n'
     + chat_zalo(msgs) + '\n\nCảm ơn nhé!')

# 2. an e-mail thread; the third quoted level carries the forwarded report's header with its level
doc3 = ('UBND TỈNH QUẢNG TRỊ\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 245/BC-STTTT\nMẬT\n\nBÁO CÁO\nTình hình an toàn thông tin '
        'tháng 10/2025\n\n' + paras(VI_REPORT, 2))
lvl2 = ('Anh Bảo ơi, em gửi lại báo cáo của Sở để anh tổng hợp vào phụ lục.\n\nVào Th 6, 14 thg 11, 2025 lúc 16:40 Phạm Thu Thảo '
        'đã viết:\n' + quote(doc3))
lvl1 = ('Em đã nhận, chiều nay em ghép vào bản tổng hợp.\n\nVào Th 2, 17 thg 11, 2025 lúc 08:12 Nguyễn Thị Hạnh đã viết:\n'
        + quote(lvl2))
thread = ('Nhờ bạn viết lại email trả lời bên dưới cho lịch sự hơn, giữ nguyên ý:\n\n---\nDạ em chào chị, em đã đưa số liệu vào '
          'bảng tổng hợp quý IV, chị xem giúp em phần kiến nghị nhé.\n\n' + paras(VI_REPORT, 3) + '\n\nVào Th 3, 18 thg 11, 2025 lúc '
          '09:05 Trần Quốc Bảo đã viết:\n' + quote(lvl1) + '\n---')
both('block', ['classified-marking', 'official-document'], 'An e-mail thread to be rewritten; the third quoted level ("> > >" after '
     'three "đã viết:" lines) holds a forwarded report\'s header whose level line MẬT sits under the document number.', thread)
doc3 = ('Theo Nghị định số 30/2020/NĐ-CP về công tác văn thư, văn bản có nội dung bí mật nhà nước phải được đóng dấu độ mật theo '
        'quy định của Luật Bảo vệ bí mật nhà nước; các mức độ gồm Tuyệt mật, Tối mật và Mật. Đề nghị các phòng không gửi văn bản '
        'loại này qua thư điện tử công vụ.\n\n' + paras(VI_REPORT, 2))
lvl2 = ('Em gửi lại nội dung tập huấn văn thư để anh đưa vào phụ lục.\n\nVào Th 6, 14 thg 11, 2025 lúc 16:40 Phạm Thu Thảo '
        'đã viết:\n' + quote(doc3))
lvl1 = ('Em đã nhận, chiều nay em ghép vào bản tổng hợp.\n\nVào Th 2, 17 thg 11, 2025 lúc 08:12 Nguyễn Thị Hạnh đã viết:\n'
        + quote(lvl2))
thread = ('Nhờ bạn viết lại email trả lời bên dưới cho lịch sự hơn, giữ nguyên ý:\n\n---\nDạ em chào chị, em đã đưa số liệu vào '
          'bảng tổng hợp quý IV, chị xem giúp em phần kiến nghị nhé.\n\n' + paras(VI_REPORT, 3) + '\n\nVào Th 3, 18 thg 11, 2025 lúc '
          '09:05 Trần Quốc Bảo đã viết:\n' + quote(lvl1) + '\n---')
both('pass', [], 'the same three-level thread whose deepest quote is training text citing Decree 30/2020/NĐ-CP and listing the '
     'three levels in a sentence.', thread)

# 3. meeting minutes; one line in "other matters" tells a named colleague's illness
mins = ('BIÊN BẢN HỌP GIAO BAN PHÒNG TỔ CHỨC – HÀNH CHÍNH\nThời gian: 08h00 ngày 17/11/2025\nĐịa điểm: Phòng họp tầng 3\n'
        'Chủ trì: Trưởng phòng Trần Quốc Bảo\nThư ký: Vũ Ngọc Ánh\nThành phần: 9/10 cán bộ (vắng 01 có lý do)\n\n'
        'I. ĐÁNH GIÁ KẾT QUẢ TUẦN TRƯỚC\n' + paras(VI_REPORT, 3) + '\n\nII. NHIỆM VỤ TUẦN NÀY\n'
        + '\n'.join(f'{i}. {x}' for i, x in enumerate(pick(VI_REPORT, 6), 1)) + '\n\nIII. Ý KIẾN KHÁC\n'
        '- Đồng chí Hải đề nghị bố trí thêm máy in màu cho bộ phận một cửa.\n'
        '- Chị Phạm Thu Thảo (tổ Kế toán) đang điều trị trầm cảm nặng theo chỉ định của bệnh viện, xin chuyển sang việc ít áp lực '
        'trong 3 tháng; phòng thống nhất đề xuất lãnh đạo xem xét.\n'
        '- Công đoàn nhắc đăng ký tham quan trước thứ 6.\n\nCuộc họp kết thúc lúc 10h15.\n\nTHƯ KÝ                    CHỦ TRÌ\n'
        '(đã ký)                  (đã ký)')
both('warn', ['sensitive-personal'], 'Meeting minutes (3 KB); under "other matters" one line says a named colleague is being treated '
     'for severe depression.', 'Chuyển biên bản này sang dạng gạch đầu dòng ngắn gọn giúp tôi:\n\n' + mins)
mins = mins.replace('- Chị Phạm Thu Thảo (tổ Kế toán) đang điều trị trầm cảm nặng theo chỉ định của bệnh viện, xin chuyển sang việc '
                    'ít áp lực trong 3 tháng; phòng thống nhất đề xuất lãnh đạo xem xét.',
                    '- Kết quả khám sức khỏe định kỳ: 214 cán bộ tham gia, 12 trường hợp tăng huyết áp, 7 trường hợp rối loạn '
                    'mỡ máu được tư vấn điều trị; phòng đề nghị tổ chức tập huấn phòng chống trầm cảm, căng thẳng nghề nghiệp.')
both('pass', [], 'the same minutes whose "other matters" line gives health-check statistics without a name.',
     'Chuyển biên bản này sang dạng gạch đầu dòng ngắn gọn giúp tôi:\n\n' + mins)

# 4. a long year-end report with tables; the handover appendix gives one system's password in a table cell
rows = [[i, x, f'{R.randrange(60, 140)}', f'{R.randrange(55, 150)}', f'{R.randrange(80, 120)},{R.randrange(10)}%']
        for i, x in enumerate(['Hồ sơ một cửa', 'Văn bản đến', 'Văn bản đi', 'Phiếu hỗ trợ CNTT', 'Lượt đào tạo', 'Thiết bị bảo trì',
                               'Tin bài cổng TTĐT', 'Cuộc gọi đường dây nóng'], 1)]
p4 = pw()
rep = ('BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025 VÀ PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026\nTrung tâm Công nghệ thông tin\n\n'
       'PHẦN I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n\n' + paras(VI_REPORT, 4) + '\n\nBảng 1. Các chỉ tiêu chủ yếu\n'
       + table(['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'], rows) + '\n\n' + paras(VI_REPORT, 3)
       + '\n\nPHẦN II. PHƯƠNG HƯỚNG NĂM 2026\n\n' + paras(VI_REPORT, 3)
       + '\n\nPHỤ LỤC 3. DANH MỤC HỆ THỐNG BÀN GIAO CHO NHÀ THẦU VẬN HÀNH\n'
       + table(['Hệ thống', 'Máy chủ', 'Tài khoản', 'MK', 'Ghi chú'],
               [['Cổng dịch vụ công', 'dvc-app01', 'vanhanh', '(bàn giao trực tiếp)', 'đổi sau bàn giao'],
                ['Quản lý văn bản', 'qlvb-db02', 'qlvb_admin', p4, 'chưa đổi'],
                ['Thư điện tử', 'mail-gw', 'postmaster', '********', 'dùng OTP']])
       + '\n\nNơi nhận:\n- Giám đốc Sở (để b/c);\n- Lưu: VT, TTCNTT.')
both('block', ['credential', 'official-document'], 'A 5 KB year-end report with a figures table; the handover appendix\'s table has an "MK" column whose '
     'second row holds a real password (the other rows are "handed over in person" and stars).',
     'Rà soát lỗi chính tả báo cáo sau giúp em:\n\n' + rep)
# Batch 1 labelled these two and the OCR notice below as passes; scored blind, they warn as official documents, which
# the contract asks for (the report ends in a recipients block "Nơi nhận:", the notice carries the national motto
# header on every page), so the labels were corrected before any rule changed.
both('warn', ['official-document'], 'The same report whose handover table\'s "MK" column holds only "(bàn giao trực tiếp)" and '
     'stars: the recipients block alone makes it an official document (warn).',
     'Rà soát lỗi chính tả báo cáo sau giúp em:\n\n' + rep.replace(p4, '(gửi riêng qua thư)'))

# 5. a mixed-language debug question; an env dump from a pod prints the database password
p5 = pw(14)
envdump = ('HOSTNAME=orders-api-7c9d8f6b5-x2kqp\nJAVA_VERSION=jdk-17.0.12+7\nSPRING_PROFILES_ACTIVE=prod\n'
           'SPRING_DATASOURCE_URL=jdbc:postgresql://pg-orders:5432/orders\nSPRING_DATASOURCE_USERNAME=orders_app\n'
           f'SPRING_DATASOURCE_PASSWORD={p5}\nKUBERNETES_SERVICE_PORT=443\nTZ=Asia/Ho_Chi_Minh\nLANG=C.UTF-8\n'
           'MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE=health,info\nJAVA_OPTS=-Xms512m -Xmx1024m')
logx = '\n'.join(f'2025-11-18T02:{14 + i // 4:02d}:{(i * 13) % 60:02d}.{R.randrange(1000):03d}Z  INFO 1 --- [main] '
                 + R.choice(['o.s.b.StartupInfoLogger : Starting OrdersApplication v2.4.1 using Java 17.0.12',
                             'o.s.d.r.c.RepositoryConfigurationDelegate : Bootstrapping Spring Data JPA repositories',
                             'com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...',
                             'o.hibernate.dialect.Dialect : HHH000400: Using dialect: PostgreSQLDialect'])
                 for i in range(14))
q = ('Anh ơi em deploy service orders-api lên cluster K8s thì pod bị CrashLoopBackOff, readiness probe fail liên tục. '
     'Em đã exec vào container trước khi nó restart và chạy `env | sort`, output như dưới. Log của pod thì dừng ở đoạn '
     'HikariPool starting rồi timeout. Anh xem giúp em có phải do sai connection string hay do network policy không ạ?\n\n'
     '```\n$ kubectl logs orders-api-7c9d8f6b5-x2kqp --previous\n' + logx + '\n```\n\n```\n$ env | sort\n{ENV}\n```\n\n'
     'Em dùng Helm chart nội bộ, values.yaml em chưa sửa gì phần datasource. Cảm ơn anh nhiều!')
both('block', ['credential'], 'A question in Vietnamese with English technical terms around a pod\'s log and an `env | sort` dump '
     'whose SPRING_DATASOURCE_PASSWORD holds the live password.', q.replace('{ENV}', envdump))
desc = ('Environment:\n      SPRING_PROFILES_ACTIVE:      prod\n      SPRING_DATASOURCE_URL:       jdbc:postgresql://pg-orders:5432/orders\n'
        '      SPRING_DATASOURCE_USERNAME:  <set to the key \'username\' in secret \'orders-db\'>  Optional: false\n'
        '      SPRING_DATASOURCE_PASSWORD:  <set to the key \'password\' in secret \'orders-db\'>  Optional: false\n'
        '      JAVA_OPTS:                   -Xms512m -Xmx1024m')
both('pass', [], 'the same question with `kubectl describe pod` output, where the password is a reference to a Secret\'s key.',
     q.replace('$ env | sort', '$ kubectl describe pod orders-api-7c9d8f6b5-x2kqp | sed -n \'/Environment:/,/Mounts:/p\'')
     .replace('{ENV}', desc))

# 6. OCR of a scanned decision; page 2's header carries the level as OCR read it
body = ' '.join(pick(VI_REPORT, 16) + pick(VI_REPORT, 8))
page_hdr = 'UBND HUYỆN GIO LINH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG NỘI VỤ                 Độc lập - Tự do - Hạnh phúc'
o = ocr(body, page_hdr, '- {p} -', 3)
first_break = o.index('- 1 -')
o = o[:first_break] + o[first_break:].replace(page_hdr, page_hdr + '\nSố: 118/KH-PNV                         T0I MẬT', 1)
both('block', ['classified-marking', 'official-document'], 'OCR of a three-page scanned plan: broken and hyphenated lines, stray '
     'characters, the agency header on every page; page 2\'s header has the number line with the level read as "T0I MẬT".',
     'Đây là text em OCR từ bản scan, nhờ bạn sửa lại lỗi chính tả và nối các dòng bị ngắt:\n\n' + o)
body = ' '.join(pick(VI_REPORT, 16) + pick(VI_REPORT, 8)) + (' Mật độ dân số toàn huyện năm 2025 là 187 người/km2; mật độ giao thông trên quốc lộ 1 tăng vào '
                                         'dịp cuối năm. Điện thoại liên hệ Phòng Nội vụ: 0233 3821 174.')
o = ocr(body, page_hdr, '- {p} -', 3)
both('warn', ['official-document'], 'OCR of a three-page notice with the agency header and national motto on every page '
     '(official document, warn), hyphenated lines, "MẬT ĐỘ" (density) and the office\'s landline; no level.', 'Đây là text em OCR từ bản scan, nhờ bạn sửa lại lỗi chính tả và nối các dòng bị ngắt:\n\n' + o)

# 7. a project plan; the contractor's contact is a personal mobile "for after hours"
plan = ('KẾ HOẠCH TRIỂN KHAI DỰ ÁN NÂNG CẤP HỆ THỐNG MỘT CỬA ĐIỆN TỬ\nMã dự án: DA-2025-0417 | Ngân sách: 3.450.000.000 đồng\n\n'
        '1. Mục tiêu\n' + paras(VI_REPORT, 3) + '\n\n2. Tiến độ\n'
        + table(['Giai đoạn', 'Bắt đầu', 'Kết thúc', 'Phụ trách'],
                [['Khảo sát', '01/12/2025', '20/12/2025', 'TTCNTT'], ['Phát triển', '22/12/2025', '15/03/2026', 'Nhà thầu'],
                 ['Kiểm thử', '16/03/2026', '10/04/2026', 'TTCNTT + Nhà thầu'], ['Vận hành thử', '13/04/2026', '30/05/2026', 'Các phòng']])
        + '\n\n3. Phân công và liên lạc\n- Chủ đầu tư: Trung tâm CNTT, tổng đài hỗ trợ 1900 8198 (giờ hành chính)\n'
        '{CONTACT}\n- Báo cáo tiến độ gửi qua hệ thống QLVB vào thứ 6 hằng tuần.\n\n4. Rủi ro\n' + paras(VI_REPORT, 2))
both('warn', ['contact'], 'A project plan (3 KB) with a schedule table; in the contacts section the contractor\'s engineer gives a '
     'personal mobile for after-hours calls.', 'Viết giúp tôi email gửi nhà thầu tóm tắt kế hoạch sau:\n\n'
     + plan.replace('{CONTACT}', '- Đầu mối kỹ thuật nhà thầu: anh Đỗ Văn Hải, di động 0912 647 385 (gọi ngoài giờ khi sự cố)'))
both('pass', [], 'the same plan whose contacts are a hotline and the contractor\'s switchboard.',
     'Viết giúp tôi email gửi nhà thầu tóm tắt kế hoạch sau:\n\n'
     + plan.replace('{CONTACT}', '- Nhà thầu: Công ty CP Giải pháp Số Miền Trung, tổng đài 0236 3565 888, MST 0401234568'))

# 8. a work chat; one message gives a person's bank account with the holder's name for an advance
msgs = deep(VI_CHAT, VI_NAMES, 27, [
    ('Nguyễn Thị Hạnh', 'Anh Tuấn chuyển giúp em tiền tạm ứng công tác phí vào tài khoản 1903 5567 8812 016 Techcombank, '
                        'chủ TK Nguyễn Thị Hạnh nhé, em cần trước thứ 5'),
], 22)
both('block', ['financial'], 'A work chat export (33 messages); one message gives the sender\'s own bank account with bank and holder '
     'for an advance.', 'Lọc giúp tôi các việc liên quan đến tiền trong nhóm chat này:\n\n' + chat_zalo(msgs, '17/11/2025'))
msgs = deep(VI_CHAT, VI_NAMES, 27, [
    ('Nguyễn Thị Hạnh', 'Công đoàn kêu gọi ủng hộ đồng bào vùng lũ: STK 0011 0040 12345 Vietcombank, chủ TK Công đoàn cơ quan '
                        'Sở Tài chính, nội dung "ung ho lu lut"'),
], 22)
both('pass', [], 'the same chat with the union\'s donation account (an organisation as holder).',
     'Lọc giúp tôi các việc liên quan đến tiền trong nhóm chat này:\n\n' + chat_zalo(msgs, '17/11/2025'))

# ---- Czech
born = rc(88, 4, 23, 512, female=True)
d3 = ('Ahoj Tomáši,\nposílám údaje k pojištění na služební cestu: Jana Svobodová, rodné číslo ' + born
      + ', pas vydán 2023.\nDík, J.')
d2 = 'Doplňuji, co chtěla pojišťovna.\n\nDne 12. 11. 2025 v 8:47 Jana Svobodová napsal(a):\n' + quote(d3)
d1 = ('Předávám dál, prosím zařaďte do hromadné smlouvy.\n\nDne 13. 11. 2025 v 10:02 Tomáš Krejčí napsal(a):\n' + quote(d2))
cz = ('Můžeš mi z tohohle vlákna udělat krátké shrnutí pro vedoucí?\n\n---\nDobrý den,\n' + paras(CS_REPORT, 6)
      + '\nS pozdravem\nLenka Horáková\n\nDne 17. 11. 2025 v 14:31 Martin Beneš napsal(a):\n' + quote(d1) + '\n---')
add('cs', 'block', ['national-id'], 'A Czech e-mail thread with three "Dne … napsal(a):" levels; the birth number sits at the third '
    'quoted level in a sentence.', cz)
d3 = ('Ahoj Tomáši,\nposílám údaje k cestě: faktura č. 2025104471, variabilní symbol 2025104471, objednávka OBJ-2025-0412, '
      'IČO dodavatele 27082440, ústředna hotelu 225 000 100.\nDík, J.')
d2 = 'Doplňuji, co chtěla účtárna.\n\nDne 12. 11. 2025 v 8:47 Jana Svobodová napsal(a):\n' + quote(d3)
d1 = ('Předávám dál, prosím zařaďte do objednávek.\n\nDne 13. 11. 2025 v 10:02 Tomáš Krejčí napsal(a):\n' + quote(d2))
cz = ('Můžeš mi z tohohle vlákna udělat krátké shrnutí pro vedoucí?\n\n---\nDobrý den,\n' + paras(CS_REPORT, 6)
      + '\nS pozdravem\nLenka Horáková\n\nDne 17. 11. 2025 v 14:31 Martin Beneš napsal(a):\n' + quote(d1) + '\n---')
neg('cs', 'the same three-level thread with an invoice number and variable symbol of ten digits, an order number, a '
    'company\'s IČO and a hotel switchboard.', cz)

hdr = 'Ministerstvo pro místní rozvoj ČR                 {LVL}\nOdbor regionální politiky'
body = ' '.join(pick(CS_REPORT, 12) + pick(CS_REPORT, 10))
o = ocr(body, hdr.replace('{LVL}', 'VYHRAZENÉ'), 'Strana {p} z {n}', 3)
add('cs', 'block', ['classified-marking'], 'OCR of a three-page Czech scanned report; the level VYHRAZENÉ stands at the right of the '
    'header line repeated on every page, the text broken and hyphenated.', 'Oprav mi prosím tenhle text z OCR:\n\n' + o)
body = ' '.join(pick(CS_REPORT, 12) + pick(CS_REPORT, 10)) + (' Úřad důvěrné informace o klientech třetím stranám nesděluje, viz zásady ochrany '
                                        'osobních údajů zveřejněné na webu.')
o = ocr(body, hdr.replace('{LVL}', 'Výroční zpráva 2025'), 'Strana {p} z {n}', 3)
neg('cs', 'OCR of a three-page public annual report with its header on every page and a privacy sentence saying "důvěrné '
    'informace … nesděluje".', 'Oprav mi prosím tenhle text z OCR:\n\n' + o)

p11 = pw()
msgs = deep(CS_CHAT, CS_NAMES, 24, [('Tomáš Krejčí', f'do routeru v zasedačce: admin a heslo {p11}, kdyby zase padala wifi')], 14)
add('cs', 'block', ['credential'], 'A Teams chat export (31 messages, name and time over each message); one message gives a router\'s '
    'login and password in a sentence.', 'Shrň mi tuhle konverzaci z Teams do pěti bodů:\n\n' + chat_teams(msgs))
msgs = deep(CS_CHAT, CS_NAMES, 24, [('Tomáš Krejčí', 'heslo k routeru v zasedačce ti pošlu přes Signal, sem ho psát nebudu'),
                                             ('Lenka Horáková', 'PIN k tiskárně najdeš na štítku zespodu, já ho nevím')], 14)
neg('cs', 'the same Teams export where the password is said to be sent over Signal and a printer PIN is "on the label".',
    'Shrň mi tuhle konverzaci z Teams do pěti bodů:\n\n' + chat_teams(msgs))

zap = ('ZÁPIS Z PORADY ODBORU\nDatum: 17. 11. 2025, 9:00–10:30\nPřítomni: 8 z 9 zaměstnanců\n\n1. Kontrola úkolů\n'
       + paras(CS_REPORT, 4) + '\n\n2. Personální záležitosti\n{X}\n\n3. Různé\n' + paras(CS_REPORT, 2)
       + '\n\nZapsala: Lenka Horáková\nOvěřil: vedoucí odboru')
add('cs', 'warn', ['sensitive-personal'], 'Czech meeting minutes; under personal matters a named colleague\'s cancer treatment.',
    'Přelož tento zápis do angličtiny:\n\n' + zap.replace('{X}', 'Kolega Martin Beneš je od pondělí v pracovní neschopnosti kvůli '
                                                                'chemoterapii, jeho agendu přebírá Jana Svobodová.'))
neg('cs', 'the same minutes with the department\'s sick-leave rate and a flu vaccination offer.',
    'Přelož tento zápis do angličtiny:\n\n' + zap.replace('{X}', 'Nemocnost odboru za říjen činila 4,2 %; zaměstnavatel nabízí '
                                                                'očkování proti chřipce, přihlášky do pátku.'))

# ---- English
p13 = pw(13)
e3 = f'Hi Daniel,\nthe kiosk in reception is set up. Login below, please change it after the first sign-in.\n\nusername: kiosk-frontdesk\npassword: {p13}\n\nGrace'
e2 = ('Forwarding for the rollout notes.\n\n-----Original Message-----\nFrom: Grace Okafor\nSent: Thursday, November 13, 2025 4:12 PM\n'
      'To: Daniel Moss\nSubject: Reception kiosk\n\n' + e3)
e1 = ('Adding Sam.\n\n-----Original Message-----\nFrom: Daniel Moss\nSent: Friday, November 14, 2025 9:03 AM\nTo: Priya Raman\n'
      'Subject: FW: Reception kiosk\n\n' + quote(e2))
en = ('Please turn this thread into a short status update for the facilities team:\n\n' + paras(EN_REPORT, 5)
      + '\n\nThanks,\nPriya\n\n' + paras(EN_REPORT, 1) + '\n\n-----Original Message-----\nFrom: Sam Whitaker\nSent: Monday, November 17, 2025 11:40 AM\n'
        'To: Priya Raman\nSubject: RE: FW: Reception kiosk\n\n' + quote(e1))
add('en', 'block', ['credential'], 'An Outlook thread with three "-----Original Message-----" blocks; the deepest message gives a kiosk '
    'login as username/password lines under two quote levels.', en)
e3 = ('Hi Daniel,\nthe kiosk in reception is set up. I sent the login through the password manager share link, it expires in 7 days. '
      'Reminder of the policy: passwords must be at least 14 characters and are never sent by e-mail.\n\nGrace')
e2 = ('Forwarding for the rollout notes.\n\n-----Original Message-----\nFrom: Grace Okafor\nSent: Thursday, November 13, 2025 4:12 PM\n'
      'To: Daniel Moss\nSubject: Reception kiosk\n\n' + e3)
e1 = ('Adding Sam.\n\n-----Original Message-----\nFrom: Daniel Moss\nSent: Friday, November 14, 2025 9:03 AM\nTo: Priya Raman\n'
      'Subject: FW: Reception kiosk\n\n' + quote(e2))
en = ('Please turn this thread into a short status update for the facilities team:\n\n' + paras(EN_REPORT, 5)
      + '\n\nThanks,\nPriya\n\n' + paras(EN_REPORT, 1) + '\n\n-----Original Message-----\nFrom: Sam Whitaker\nSent: Monday, November 17, 2025 11:40 AM\n'
        'To: Priya Raman\nSubject: RE: FW: Reception kiosk\n\n' + quote(e1))
neg('en', 'the same thread whose deepest message says the login went through a password manager\'s share link and quotes the '
    'password policy.', en)

form = (' '.join(pick(EN_REPORT, 10)) + ' EMPLOYEE INFORMATION. Full legal name: Sam Whitaker. Date of birth: 03/14/1986. '
        'Social Security No.: {SSN}. Filing status: single. Address on file with payroll. ' + ' '.join(pick(EN_REPORT, 10)))
hdr = 'ACME LOGISTICS INC. — PAYROLL ONBOARDING PACKET'
o = ocr(form.replace('{SSN}', '487-22-1039'), hdr, 'Page {p} of {n}   Form HR-104 rev. 2024', 3)
add('en', 'block', ['national-id'], 'OCR of a scanned onboarding packet; the SSN follows "Social Security No." on a line the OCR '
    'broke and hyphenated, with the header and footer on every page.', 'Can you clean up this OCR output and make it readable?\n\n' + o)
inv = (' '.join(pick(EN_REPORT, 10)) + ' INVOICE. Invoice No.: 487-22-1039. PO number: 4500012345. Customer account: 2210-448. '
       'Questions about this invoice: call 1-800-555-0142, Monday to Friday. ' + ' '.join(pick(EN_REPORT, 10)))
o = ocr(inv, 'ACME LOGISTICS INC. — ACCOUNTS RECEIVABLE', 'Page {p} of {n}   Remit to: PO Box 1180', 3)
neg('en', 'OCR of a scanned invoice whose invoice number has the SSN shape 3-2-4, with a PO number, an account number and a '
    'toll-free line.', 'Can you clean up this OCR output and make it readable?\n\n' + o)

status = ('Q4 PROGRAMME STATUS — LOGISTICS PLATFORM\n\n1. Summary\n' + paras(EN_REPORT, 3) + '\n\n2. Milestones\n'
          + table(['Milestone', 'Planned', 'Forecast', 'RAG'], [['Carrier API', '2025-10-15', '2025-10-29', 'Amber'],
                                                                ['Warehouse scanners', '2025-11-01', '2025-11-01', 'Green'],
                                                                ['Billing cut-over', '2025-12-08', '2026-01-12', 'Red']])
          + '\n\n{PAGE}\n\n3. Risks\n' + paras(EN_REPORT, 3) + '\n\n4. Decisions needed\n' + paras(EN_REPORT, 1))
add('en', 'block', ['classified-marking'], 'A programme status report pasted from a PDF; one page break carries the footer and next '
    'header with the marking INTERNAL USE ONLY between page numbers.', 'Summarise this for the steering committee in 6 bullets:\n\n'
    + status.replace('{PAGE}', 'Page 2 of 4\nINTERNAL USE ONLY\nQ4 Programme Status'))
neg('en', 'the same report whose page break holds the page number and a line about the internal wiki, and whose text mentions the '
    'Secret Santa and a product called Confidential Compute.', 'Summarise this for the steering committee in 6 bullets:\n\n'
    + status.replace('{PAGE}', 'Page 2 of 4\nFor the internal wiki version see the programme space\nQ4 Programme Status')
    + '\n\nAOB: Secret Santa sign-up closes Friday; the Confidential Compute trial on the analytics cluster starts in January.')

msgs = deep(EN_CHAT, EN_NAMES, 18, [('Sam Whitaker', 'I am on call tonight but my laptop is in for repair, if the batch '
                                                              'fails ring my personal mobile 07842 615 309 not the desk phone')], 14)
add('en', 'warn', ['contact'], 'A Teams export (33 messages); one message gives a personal UK mobile for on-call.',
    'Write a handover note from this chat:\n\n' + chat_teams(msgs))
msgs = deep(EN_CHAT, EN_NAMES, 18, [('Sam Whitaker', 'if the batch fails overnight call the service desk on 0800 046 2190 '
                                                              'and quote ticket INC-0088412, they page whoever is on call')], 14)
neg('en', 'the same export with a freephone service desk and a ticket number.', 'Write a handover note from this chat:\n\n'
    + chat_teams(msgs))

card = luhn('455673758689985', 16)
lg = '\n'.join(f'2025-11-18 10:{i:02d}:{R.randrange(60):02d},{R.randrange(1000):03d} INFO  [pay-worker-{R.randrange(1, 5)}] '
               + R.choice(['PaymentService - authorise order={o} amount=149.00 EUR', 'PaymentService - 3DS challenge sent order={o}',
                           'Gateway - response code=00 auth=OK order={o}', 'Retry - attempt 1 of 3 order={o}'])
               .format(o=f'SO-{R.randrange(100000, 999999)}') for i in range(16))
q = ('Our payment worker sometimes declines valid cards. Here is the log around one failure, what could cause '
     'code=05 right after a successful 3DS?\n\n```\n' + lg + '\n{LINE}\n' + lg[:900] + '\n```\n\nWe use the acquirer\'s REST API v3.')
add('en', 'block', ['financial'], 'A debugging question around a payment log; one DEBUG line prints a full card number (not a test '
    'card) in the request body.', q.replace('{LINE}', '2025-11-18 10:16:44,201 DEBUG [pay-worker-2] Gateway - request body '
                                            f'{{"pan":"{card}","exp":"09/28","amount":14900,"currency":"EUR"}} -> code=05'))
neg('en', 'the same log whose DEBUG line prints the masked card and a 16-digit transaction id that fails the Luhn check.',
    q.replace('{LINE}', '2025-11-18 10:16:44,201 DEBUG [pay-worker-2] Gateway - request body '
                        '{"pan":"455673******9855","txn":"2025111810164420","amount":14900,"currency":"EUR"} -> code=05'))

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)
# Its own seed, so that batch 1 rebuilds byte for byte as it was scored.
R, rnd = seeded(3132)


def chat_slack(lines, start=(10, 2)):
    return timed_chat(R, lines, '{who}  [{h12}:{m:02d} {ap}]\n{msg}', start, 5, '\n\n')


def cz_thread(deep, subject):
    d2 = f'Posílám dál, viz níže.\n\nDne 10. 11. 2025 v 13:05 Jana Svobodová napsal(a):\n' + quote(deep)
    d1 = 'Prosím o stanovisko do pátku.\n\nDne 12. 11. 2025 v 7:58 Martin Beneš napsal(a):\n' + quote(d2)
    return (f'Napiš mi prosím odpověď na tohle vlákno ({subject}), stručně a slušně:\n\n---\nDobrý den,\n' + paras(CS_REPORT, 5)
            + '\nDěkuji\nPetra Dvořáková\n\nDne 14. 11. 2025 v 15:20 Tomáš Krejčí napsal(a):\n' + quote(d1) + '\n---')


# ---- Czech
add('cs', 'block', ['classified-marking', 'official-document'], 'A Czech thread of three "napsal(a):" levels; the deepest quote is '
    'the head of a forwarded ministry letter: its reference number, copy number and the level DŮVĚRNÉ on one line.',
    cz_thread('Ministerstvo vnitra\nOdbor bezpečnostní politiky\nČ. j.: MV-14233-7/OBP-2025\nVýtisk č. 2     Počet listů: 3     '
              'DŮVĚRNÉ\n\nVěc: Vyhodnocení cvičení krizového štábu\n\n' + paras(CS_REPORT, 2), 'cvičení krizového štábu'))
neg('cs', 'the same thread whose deepest quote is training text citing the Act on classified information and listing its '
    'four levels in a sentence.',
    cz_thread('Podle zákona č. 412/2005 Sb., o ochraně utajovaných informací, se informace klasifikují do stupňů Přísně tajné, '
              'Tajné, Důvěrné a Vyhrazené. Na školení si prosím projděte, jak se s takovými dokumenty zachází.\n\n'
              + paras(CS_REPORT, 2), 'školení'))
acct = '19-' + czacct('200014539') + '/0800'
plan = ('PLÁN PROJEKTU „DIGITALIZACE SPISOVNY“\nVerze 1.3, 17. 11. 2025\n\n1. Cíl projektu\n' + paras(CS_REPORT, 3)
        + '\n\n2. Harmonogram\n' + table(['Etapa', 'Od', 'Do', 'Odpovídá'], [['Analýza', '1. 12. 2025', '19. 12. 2025', 'OI'],
                                                                       ['Skenování', '5. 1. 2026', '27. 3. 2026', 'dodavatel'],
                                                                       ['Kontrola', '30. 3. 2026', '24. 4. 2026', 'spisovna']])
        + '\n\n3. Rozpočet a platby\n{PAY}\n\n4. Rizika\n' + paras(CS_REPORT, 2))
add('cs', 'block', ['financial'], 'A Czech project plan with a schedule table; under payments one line gives a named employee\'s '
    'private account (prefix, number, bank code) for a refund.', 'Zkrať tenhle plán na jednu stranu:\n\n'
    + plan.replace('{PAY}', f'Zálohu na cestovné proplatíme Ing. Martinu Benešovi na jeho soukromý účet {acct}, zbytek po vyúčtování.'))
neg('cs', 'the same plan whose payment line gives the town\'s budget account with the variable symbol and the supplier\'s IČO.',
    'Zkrať tenhle plán na jednu stranu:\n\n' + plan.replace('{PAY}', 'Platby dodavateli (IČO 27082440) jdou z rozpočtového účtu '
                                                             'města 19-2000145399/0800, variabilní symbol 2025110457.'))
zap = ('ZÁPIS Z KONTROLNÍHO DNE STAVBY\nMísto: staveniště ZŠ Polní\nDatum: 13. 11. 2025\n\nPřítomni: TDI, stavbyvedoucí, zástupce '
       'investora\n\n1. Postup prací\n' + paras(CS_REPORT, 5) + '\n\n2. Kontakty\n{K}\n\n3. Úkoly\n' + paras(CS_REPORT, 4))
add('cs', 'warn', ['contact'], 'Czech site-meeting minutes; the contacts point gives a named site manager\'s mobile for calls out of '
    'hours.', 'Udělej z toho seznam úkolů:\n\n' + zap.replace('{K}', 'Mimo pracovní dobu volejte stavbyvedoucího pana Tomáše '
                                                                      'Krejčího na mobil 603 418 927.'))
neg('cs', 'the same minutes with the investor\'s free line and switchboard.', 'Udělej z toho seznam úkolů:\n\n'
    + zap.replace('{K}', 'Dotazy občanů: zelená linka 800 123 456, ústředna úřadu 224 000 111 (po–pá 8–16).'))
cfg = ('Mám problém, aplikace po nasazení nevidí databázi (timeout). Tady je appsettings.Production.json a výpis z logu:\n\n'
       '```json\n{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Spis": "{CS}"\n  },\n'
       '  "AllowedHosts": "*",\n  "Smtp": { "Host": "smtp.urad.example", "Port": 587 }\n}\n```\n\n```\n'
       + '\n'.join(f'2025-11-17 08:{i:02d}:{R.randrange(60):02d} fail: Microsoft.EntityFrameworkCore.Database.Connection[20004] '
                   'An error occurred using the connection to database \'Spis\' on server \'sql01\'.' for i in range(16))
       + '\n```\n\nServer je v jiné VLAN, firewall prý otevřený. Kde hledat chybu?')
add('cs', 'block', ['credential'], 'A Czech question around appsettings.json whose connection string holds the SQL login\'s '
    'password, and an EF Core log.', cfg.replace('{CS}', f'Server=sql01;Database=Spis;User Id=spis_app;Password={pw()};'
                                                          'TrustServerCertificate=True'))
neg('cs', 'the same question with Integrated Security in the connection string.',
    cfg.replace('{CS}', 'Server=sql01;Database=Spis;Integrated Security=True;TrustServerCertificate=True'))
born = rc(85, 11, 2, 340)
form = (' '.join(pick(CS_REPORT, 11)) + ' PŘIHLÁŠKA K PRACOVNÍMU POMĚRU. Jméno a příjmení: Martin Beneš. Rodné číslo: '
        + born + '. Zdravotní pojišťovna: 111. ' + ' '.join(pick(CS_REPORT, 11)))
add('cs', 'block', ['national-id'], 'OCR of a scanned Czech job application; the birth number follows its label on a broken line, '
    'with header and footer on each page.', 'Přepiš tohle OCR do čistého textu:\n\n'
    + ocr(form, 'Městský úřad Polná – personální oddělení', 'Strana {p} z {n}', 2))
form = (' '.join(pick(CS_REPORT, 11)) + ' FAKTURA – DAŇOVÝ DOKLAD. Číslo faktury: 2025110457. Variabilní symbol: 2025110457. '
        'Datum splatnosti: 1. 12. 2025. Objednávka: OBJ/2025/0412. ' + ' '.join(pick(CS_REPORT, 11)))
neg('cs', 'OCR of a scanned Czech invoice with a ten-digit invoice number and variable symbol.',
    'Přepiš tohle OCR do čistého textu:\n\n' + ocr(form, 'Tiskárna Polná s.r.o., IČO 27082440', 'Strana {p} z {n}', 2))
msgs = deep(CS_CHAT, CS_NAMES, 20, [('Lenka Horáková', 'Jen pro vás: Jana je od pondělí na léčbě závislosti na alkoholu '
                                                                'v Bohnicích, tak to prosím nikomu neříkejte a kryjte ji u šéfa')], 18)
add('cs', 'warn', ['sensitive-personal'], 'A Czech Teams export; one message says a named colleague is in alcohol-addiction '
    'treatment.', 'Shrň tuhle konverzaci do tří vět:\n\n' + chat_teams(msgs))
msgs = deep(CS_CHAT, CS_NAMES, 20, [('Lenka Horáková', 'Firma zase nabízí program odvykání kouření, přihlášky do konce '
                                                                'měsíce, loni se přihlásilo 14 lidí')], 18)
neg('cs', 'the same export with a company stop-smoking programme and how many joined.',
    'Shrň tuhle konverzaci do tří vět:\n\n' + chat_teams(msgs))

# ---- English
auth = 'Basic ' + __import__('base64').b64encode(f'vendor_drop:{pw()}'.encode()).decode()
msgs = deep(EN_CHAT, EN_NAMES, 14, [('Daniel Moss', 'here is the failing request from the proxy log\n```\nPOST /upload HTTP/1.1\n'
                                                             f'Host: files.partner.example\nAuthorization: {auth}\nContent-Length: 18231\n```')], 16)
add('en', 'block', ['credential'], 'A Slack export; one message pastes a proxy-logged request whose Authorization header holds Basic '
    'credentials.', 'Can you summarise what went wrong in this Slack thread?\n\n' + chat_slack(msgs))
msgs = deep(EN_CHAT, EN_NAMES, 14, [('Daniel Moss', 'creds for the partner drop are in the 1Password vault "Vendors", '
                                                             'host key fingerprint SHA256:k3Vd0o2N1mW9sL4qZ8xT7uY6rE5wQ2pA0bC9dF1gH3j, '
                                                             'fix is in commit 9f2c4e1a7b3d')], 16)
neg('en', 'the same export pointing to a vault, a host-key fingerprint and a commit id.',
    'Can you summarise what went wrong in this Slack thread?\n\n' + chat_slack(msgs))
mins = ('MINUTES — REGIONAL RESILIENCE FORUM\nDate: 12 November 2025\nPresent: 11 members, 2 apologies\n\n1. Actions from last '
        'meeting\n' + paras(EN_REPORT, 3) + '\n\n{BREAK}\n\n2. Exercise planning\n' + paras(EN_REPORT, 3) + '\n\n3. AOB\n{AOB}')
add('en', 'block', ['classified-marking'], 'Minutes pasted from Word; the page break between items 1 and 2 carries the running '
    'header OFFICIAL-SENSITIVE with the page number.', 'Turn these minutes into an action list:\n\n'
    + mins.replace('{BREAK}', 'Page 2 of 3\nOFFICIAL-SENSITIVE\nRegional Resilience Forum — Minutes').replace('{AOB}', 'None.'))
neg('en', 'the same minutes whose AOB lists the classification tiers in training text and a film night (Top Secret!).',
    'Turn these minutes into an action list:\n\n'
    + mins.replace('{BREAK}', 'Page 2 of 3\nRegional Resilience Forum — Minutes')
    .replace('{AOB}', 'Training: members should complete the module on the three tiers (OFFICIAL, SECRET and TOP SECRET) before '
                      'March. Social: film night on Friday, the 1984 comedy "Top Secret!".'))
e3 = ('Hi Grace,\nDaniel told me today that he is HIV positive and asked for flexible hours on Thursdays for his clinic visits. '
      'Please keep this between us while we set it up.\nPriya')
e3n = ('Hi Grace,\nunder the reasonable-adjustments policy any employee can ask for flexible hours for medical appointments; '
       'last year 23 requests were approved. The policy is on the intranet.\nPriya')


def en_thread(deep):
    e2 = ('See below.\n\n-----Original Message-----\nFrom: Priya Raman\nSent: Tuesday, November 11, 2025 5:02 PM\nTo: Grace Okafor\n'
          'Subject: Thursday hours\n\n' + deep)
    e1 = ('Grace, can you action this?\n\nOn Wed, 12 Nov 2025 at 09:14, Grace Okafor wrote:\n' + quote(e2))
    return ('Draft a reply from HR to the thread below, keep it short:\n\n' + paras(EN_REPORT, 6) + '\n\nOn Thu, 13 Nov 2025 at '
            '10:30, Sam Whitaker wrote:\n' + quote(e1))


add('en', 'warn', ['sensitive-personal'], 'An e-mail thread; the deepest quoted message says a named colleague is HIV positive.',
    en_thread(e3))
neg('en', 'the same thread whose deepest message quotes the adjustments policy and a yearly count.', en_thread(e3n))
ni = 'JT 48 21 73 C'
chk = ('NEW STARTER CHECKLIST — WAREHOUSE TEAM\n\n' + '\n'.join(f'[x] {x}' for x in pick(EN_REPORT, 6)) + '\n\nStarter details\n'
       'Name: Grace Okafor\nStart date: 1 December 2025\nEmployee ID: 004821\nPayroll ref: 7731-22\n{NI}\nLocker: B-17\n\n'
       + paras(EN_REPORT, 6))
add('en', 'block', ['national-id'], 'A new-starter checklist with a National Insurance number among the starter details.',
    'Turn this checklist into a welcome e-mail:\n\n' + chk.replace('{NI}', f'NI number: {ni}'))
neg('en', 'the same checklist whose NI number is still to be provided, with an employee id and payroll reference.',
    'Turn this checklist into a welcome e-mail:\n\n' + chk.replace('{NI}', 'NI number: (to be provided on day one)'))
gb = iban('GB', 'BARC20035394720185')
e3 = (f'Hi Sam,\nfor the refund of my conference fee please use my personal account: IBAN {gb}, name Olivia Grant.\nThanks, Olivia')


def en_thread2(deep):
    e2 = ('Forwarding.\n\n-----Original Message-----\nFrom: Olivia Grant\nSent: Monday, November 10, 2025 2:44 PM\nTo: Sam Whitaker\n'
          'Subject: Conference refund\n\n' + deep)
    e1 = ('-----Original Message-----\nFrom: Sam Whitaker\nSent: Tuesday, November 11, 2025 8:20 AM\nTo: Accounts Payable\n'
          'Subject: FW: Conference refund\n\n' + e2)
    return ('Summarise this thread for the finance lead:\n\n' + paras(EN_REPORT, 6) + '\n\n' + quote(e1))


add('en', 'block', ['financial'], 'A forwarded thread; the deepest message gives an employee\'s personal IBAN for a refund.',
    en_thread2(e3))
neg('en', 'the same thread where the deepest message points to the vendor portal and an invoice and PO number.',
    en_thread2('Hi Sam,\nthe refund was raised as credit note CN-2025-0419 against invoice 4471-0092; you can see it in the vendor '
               'portal under PO 4500012345.\nThanks, Olivia'))
plan = ('PROJECT PLAN — CUSTOMER PORTAL REFRESH\n\nScope\n' + paras(EN_REPORT, 4) + '\n\nStakeholders\n'
        + table(['Role', 'Name', 'Contact'], [['Sponsor', 'Olivia Grant', 'via PA'], ['Product owner', 'Priya Raman', 'Teams'],
                                             ['Vendor lead', 'Sam Whitaker', '{MAIL}']])
        + '\n\nTimeline\n' + paras(EN_REPORT, 4))
add('en', 'warn', ['contact'], 'A project plan whose stakeholder table gives the vendor lead\'s personal webmail address.',
    'Write a kickoff e-mail from this plan:\n\n' + plan.replace('{MAIL}', 'sam.whitaker1986@gmail.com'))
neg('en', 'the same plan with the vendor\'s service-desk mailbox.', 'Write a kickoff e-mail from this plan:\n\n'
    + plan.replace('{MAIL}', 'servicedesk@vendor.example'))
hist = ('My nightly backup script fails with "FATAL: password authentication failed". Here is the relevant part of the crontab '
        'and of bash history on the box:\n\n```\n$ crontab -l\n15 2 * * * /opt/backup/nightly.sh >> /var/log/backup.log 2>&1\n'
        '$ history | tail -n 12\n' + '\n'.join(f'  {1000 + i}  ' + R.choice(['ls -la /opt/backup', 'df -h', 'tail -n 50 /var/log/backup.log',
                                                                          'systemctl status postgresql', 'sudo -u postgres psql -c "\\\\du"'])
                                          for i in range(8)) + '\n  1008  {CMD}\n  1009  exit\n```\n\nPostgres 16 on Debian 12. '
        'The log of the last runs:\n\n```\n' + '\n'.join(f'2025-11-{10 + i // 6:02d} 02:15:{i * 7 % 60:02d} nightly.sh: ' + R.choice(
            ['starting dump of appdb', 'disk free on /backup: 412G', 'rotating dumps older than 14 days', 'pg_dump: error: connection '
             'to server at db01 port 5432 failed', 'exit code 1, mail sent to ops']) for i in range(24)) + '\n```')
add('en', 'block', ['credential'], 'A question around bash history where one command sets PGPASSWORD inline before pg_dump.',
    hist.replace('{CMD}', f'PGPASSWORD={pw()} pg_dump -h db01 -U backup_ro -Fc appdb > /backup/appdb.dump'))
neg('en', 'the same history where PGPASSWORD is read from Vault in a command substitution.',
    hist.replace('{CMD}', 'PGPASSWORD="$(vault kv get -field=password secret/db/backup_ro)" pg_dump -h db01 -U backup_ro -Fc appdb '
                          '> /backup/appdb.dump'))
body = (' '.join(pick(EN_REPORT, 12)) + ' HANDOVER OF PREMISES, UNIT 4. Keys returned: 6 of 6. Intruder alarm code: 48213 (change '
        'after handover). Meter readings: electricity 041233, water 00871. ' + ' '.join(pick(EN_REPORT, 12)))
add('en', 'block', ['credential'], 'OCR of a scanned premises handover letter; the intruder alarm code is in the running text, '
    'which the OCR broke and hyphenated.', 'Clean up this scanned letter:\n\n'
    + ocr(body, 'WESTGATE PROPERTY SERVICES LTD', 'Page {p} of {n}', 2))
body = (' '.join(pick(EN_REPORT, 12)) + ' BUILDING NOTICE. The fire alarm is tested every Tuesday at 10:00. The panel code is '
        'held by security and is never given out. Meter readings: electricity 041233, water 00871. In an emergency dial 999. '
        + ' '.join(pick(EN_REPORT, 12)))
neg('en', 'OCR of a scanned building notice: alarm test times, a code that "is held by security", meter readings, 999.',
    'Clean up this scanned letter:\n\n' + ocr(body, 'WESTGATE PROPERTY SERVICES LTD', 'Page {p} of {n}', 2))

# ---- Vietnamese
msgs = deep(VI_CHAT, VI_NAMES, 26, [
    ('Trần Quốc Bảo', '[Tin nhắn chuyển tiếp]\nTUYỆT MẬT\nKẾ HOẠCH\nBảo vệ an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ\n'
                      '1. Lực lượng thường trực tại các mục tiêu trọng điểm từ ngày 20 tháng Chạp.'),
], 16)
both('block', ['classified-marking'], 'A Zalo export where one message is a forwarded block opening with the level alone on its '
     'line above a plan\'s title.', 'Tóm tắt nhóm chat này giúp mình:\n\n' + chat_zalo(msgs, '16/11/2025'))
msgs = deep(VI_CHAT, VI_NAMES, 26, [
    ('Trần Quốc Bảo', '[Tin nhắn chuyển tiếp]\nTHÔNG BÁO\nLịch tiêm phòng cúm cho cán bộ, đăng ký trước ngày 25/11. Quà tặng: '
                      'mật ong rừng U Minh cho người tham gia.'),
], 16)
both('pass', [], 'the same Zalo export whose forwarded block is a vaccination notice offering "mật ong".',
     'Tóm tắt nhóm chat này giúp mình:\n\n' + chat_zalo(msgs, '16/11/2025'))
bb = ('BIÊN BẢN BÀN GIAO CÔNG VIỆC\nHôm nay, ngày 14/11/2025, tại Văn phòng Sở, chúng tôi gồm:\nBên giao: bà Phạm Thu Thảo\n'
      'Bên nhận: ông Lê Minh Tuấn\n\nI. NỘI DUNG BÀN GIAO\n' + '\n'.join(f'{i}. {x}' for i, x in enumerate(pick(VI_REPORT, 5), 1))
      + '\n6. {ACC}\n7. Tài sản: máy tính xách tay mã TS-2025-00412, máy in mã TS-2023-00187.\n\nII. Ý KIẾN\n'
      + paras(VI_REPORT, 4) + '\n\nBÊN GIAO                 BÊN NHẬN\n(ký, ghi rõ họ tên)      (ký, ghi rõ họ tên)')
both('block', ['credential'], 'A handover record; item 6 of its list gives the shared mailbox\'s account and its initial password '
     'after "mk khởi tạo", with words between the account label and the name.', 'Soát lại biên bản sau giúp tôi:\n\n'
     + bb.replace('{ACC}', f'Tài khoản email chung của phòng: vanthu.vps, mk khởi tạo {pw()} (bên nhận đổi ngay).'))
both('warn', ['official-document'], 'The same record whose item 6 says the initial password is sent by SMS to the registered phone, '
     'with asset codes: no credential, but an agency\'s handover record is an official document (round 29\'s '
     'vn.official.record-title; relabelled from pass when rounds 29 and 31 were merged).',
     'Soát lại biên bản sau giúp tôi:\n\n' + bb.replace('{ACC}', 'Tài khoản email chung của phòng: vanthu.vps, mật khẩu khởi tạo '
                                                         'được hệ thống gửi qua SMS tới số điện thoại đăng ký của bên nhận.'))

# More hard negatives of the same shapes (batch 2).
def en_thread3(deep):
    e2 = ('-----Original Message-----\nFrom: IT Service Desk\nSent: Friday, November 14, 2025 6:01 PM\nTo: Daniel Moss\n'
          'Subject: Your sign-in code\n\n' + deep)
    e1 = ('Daniel, is this legit?\n\nOn Mon, 17 Nov 2025 at 08:02, Daniel Moss wrote:\n' + quote(e2))
    return ('Is the e-mail at the bottom of this thread phishing? Explain why or why not.\n\n' + paras(EN_REPORT, 6)
            + '\n\nOn Mon, 17 Nov 2025 at 09:40, Priya Raman wrote:\n' + quote(e1))


neg('en', 'a three-level thread asking whether the deepest message is phishing: an expired one-time sign-in code, a meeting '
    'passcode printed on the invitation, and the password policy.',
    en_thread3('Your one-time sign-in code 482913 expired at 17:45. Request a new code from the portal; we never ask for your '
               'password by e-mail. The all-hands dial-in is on the invitation (meeting ID 884 2210 4471, passcode 552190).'))
neg('en', 'a compose file pasted into a question, with the database password read from a Docker secret file.',
    'Why does the app container not see the database password? Compose file and log below.\n\n```yaml\nservices:\n  db:\n'
    '    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n'
    '    secrets: [db_password]\n  app:\n    image: registry.example/app:2.4.1\n    environment:\n'
    '      DB_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n'
    '    file: ./secrets/db_password.txt\n```\n\n```\n' + '\n'.join(f'app-1  | 2025-11-18T09:{i:02d}:11Z ' + R.choice(
        ['INFO starting worker pool size=8', 'WARN DB_PASSWORD not set, falling back to DB_PASSWORD_FILE',
         'ERROR could not read /run/secrets/db_password: permission denied', 'INFO retrying in 5s']) for i in range(30))
    + '\n```\n\n' + paras(EN_REPORT, 2))
neg('cs', 'OCR of a scanned town newsletter whose "heslo" is the year\'s slogan, with a free line and the page header.',
    'Oprav mi prosím tenhle text z OCR:\n\n' + ocr(' '.join(pick(CS_REPORT, 12) + pick(CS_REPORT, 8)) + ' Heslo letošního ročníku '
                                                   'úklidové akce zní: Čisté město 2026! Informace na zelené lince 800 123 456.',
                                                   'Zpravodaj města Polná — listopad 2025', 'Strana {p} z {n}', 3))
logs = '\n'.join(f'2025-11-18 14:{i:02d}:{R.randrange(60):02d} ' + R.choice(
    ['INFO  [auth] login ok user=nv.thao ip=203.0.113.24', 'DEBUG [auth] request body {"username":"nv.thao","password":"******"}',
     'WARN  [auth] token refresh failed: token=[REDACTED] exp=1763471100', 'INFO  [sync] pulled 214 records from HRM',
     'ERROR [sync] 401 Unauthorized from https://hrm.example/api/v2/staff']) for i in range(30))
both('pass', [], 'a Vietnamese question with English terms around a masked auth log: password stars, a redacted token, an expiry '
     'timestamp.', 'Anh ơi service sync bị lỗi 401 từ sáng, em paste log dưới đây, anh xem giúp có phải do token hết hạn không ạ? '
     'Em đã thử restart pod và clear cache rồi.\n\n```\n' + logs + '\n```\n\nCảm ơn anh nhiều, chiều nay em phải demo cho khách.')

rep = ('BÁO CÁO\nKết quả triển khai Đề án 06 trên địa bàn phường, 10 tháng năm 2025\n\n' + paras(VI_REPORT, 4)
       + '\n\nBảng 2. Số liệu định danh điện tử\n'
       + table(['Nội dung', 'Số lượng', 'Tỷ lệ'], [['Thẻ CCCD gắn chip đã cấp', '1.245.310', '97,4%'],
                                                 ['Tài khoản định danh mức 2 kích hoạt', '812.406', '63,5%'],
                                                 ['Hồ sơ trực tuyến toàn trình', '38.112', '71,0%']])
       + '\n\nViệc xử lý dữ liệu cá nhân thực hiện theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Hồ sơ mẫu được kiểm tra: '
       'mã hồ sơ 000.00.12.H56-251118-0042, tiếp nhận ngày 18/11/2025, trả kết quả đúng hạn.\n\n' + paras(VI_REPORT, 3))
both('pass', [], 'a long ward report with statistics on chip ID cards and electronic identification, a cited decree and a '
     'one-stop-shop record code.', 'Viết phần tóm tắt 150 chữ cho báo cáo sau:\n\n' + rep)
msgs = deep(EN_CHAT, EN_NAMES, 20, [('Grace Okafor', 'the replacement scanners shipped, UPS tracking 1Z 999 AA1 01 2345 6784, '
                                                              'booking ref HX7Q2M, invoice 4471-0092 for 2,418.00')], 16)
neg('en', 'a Teams export with a parcel tracking number, a booking reference and an invoice number with its amount.',
    'Pull out the open actions from this chat:\n\n' + chat_teams(msgs))

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)
R, rnd = seeded(3133)


def b64url(b):
    import base64
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def vi_thread(sig):
    d2 = ('Chị gửi em bảng tổng hợp, em rà lại số liệu cột Thực hiện giúp chị.\n\nTrân trọng,\n' + sig)
    d1 = ('Em nhận rồi ạ, chiều nay em gửi lại.\n\nVào Th 5, 13 thg 11, 2025 lúc 15:22 Nguyễn Thị Hạnh đã viết:\n' + quote(d2))
    return ('Soạn giúp tôi email nhắc hạn nộp báo cáo dựa trên chuỗi thư sau:\n\n' + paras(VI_REPORT, 7)
            + '\n\nVào Th 6, 14 thg 11, 2025 lúc 10:05 Lê Minh Tuấn đã viết:\n' + quote(d1))


# ---- Vietnamese
body = ' '.join(pick(VI_REPORT, 16) + pick(VI_REPORT, 10))
hdr = 'SỞ TÀI CHÍNH TỈNH QUẢNG TRỊ\nPHÒNG QUẢN LÝ GIÁ VÀ CÔNG SẢN'
o = ocr(body, hdr, '- {p} -', 3)
k = o.index('- 2 -')
both('block', ['classified-marking'], 'OCR of a three-page report: the department header and page numbers on every page; page 2\'s '
     'footer alone carries the distribution restriction "Tài liệu lưu hành nội bộ".',
     'Nhờ bạn nối lại các dòng bị ngắt trong đoạn OCR này:\n\n' + o[:k] + 'Tài liệu lưu hành nội bộ   ' + o[k:])
body = ' '.join(pick(VI_REPORT, 16) + pick(VI_REPORT, 8)) + (' Ban chấp hành kêu gọi đoàn viên giữ gìn đoàn kết nội bộ, '
                                                              'tích cực tham gia phong trào thi đua cuối năm.')
both('pass', [], 'OCR of a three-page union newsletter with its header on every page and "đoàn kết nội bộ" (internal unity) in a '
     'sentence.', 'Nhờ bạn nối lại các dòng bị ngắt trong đoạn OCR này:\n\n'
     + ocr(body, 'BẢN TIN CÔNG ĐOÀN SỞ TÀI CHÍNH\nSố 12 – tháng 11/2025', '- {p} -', 3))
both('warn', ['contact'], 'A two-level quoted thread; the signature inside the deeper quote gives the sender\'s personal mobile '
     '("DĐ:").', vi_thread('Nguyễn Thị Hạnh\nChuyên viên Phòng Kế hoạch – Tài chính\nDĐ: 0903 418 275'))
both('pass', [], 'the same thread whose quoted signature gives the office landline with an extension and a hotline.',
     vi_thread('Nguyễn Thị Hạnh\nPhòng Kế hoạch – Tài chính\nĐT: 0233 3852 614 – máy lẻ 214\nĐường dây nóng: 1900 8198'))
rcpt = ('[Hình ảnh] (chữ trong ảnh)\nGIAO DỊCH THÀNH CÔNG\nSố tiền: 2.350.000 VND\nTài khoản nhận: {ACC}\nNgân hàng: Vietcombank\n'
        'Nội dung: tam ung cong tac phi\nMã giao dịch: FT25322817412930\nThời gian: 18/11/2025 09:41')
msgs = deep(VI_CHAT, VI_NAMES, 24, [('Lê Minh Tuấn', rcpt.replace('{ACC}', '0071 0012 34567 – NGUYEN THI HANH'))], 14)
both('block', ['financial'], 'A Zalo export where one message is a transfer receipt as the image\'s text: a person\'s account with '
     'the holder\'s name.', 'Tổng hợp các khoản đã chuyển trong nhóm chat này:\n\n' + chat_zalo(msgs, '18/11/2025'))
msgs = deep(VI_CHAT, VI_NAMES, 24, [('Lê Minh Tuấn', rcpt.replace('{ACC}', '0071 0045 67890 – CONG TY TNHH DU LICH XANH'))], 14)
both('pass', [], 'the same export whose receipt pays a travel company\'s account.',
     'Tổng hợp các khoản đã chuyển trong nhóm chat này:\n\n' + chat_zalo(msgs, '18/11/2025'))
jwt = (b64url(b'{"alg":"HS256","typ":"JWT"}') + '.' + b64url(('{"sub":"nv.thao","role":"admin","iat":1763440000,"exp":1763526400,'
                                                               f'"jti":"{rnd(12)}"}}').encode()) + '.' + rnd(43, UP + LO + DG + '-_'))
jira = ('[HTTT-1284] API đồng bộ nhân sự trả 500 khi gọi từ app mobile\nStatus: In Progress | Priority: High | Assignee: Lê Minh '
        'Tuấn\n\nDescription:\nTừ bản build 2.4.1, app mobile gọi endpoint /api/v2/staff/sync bị 500 ngẫu nhiên, web thì bình '
        'thường.\n\nComments:\n' + '\n'.join(f'- {R.choice(VI_NAMES)} ({17 + i // 3}/11/2025): ' + R.choice(
            ['Em đã check log gateway, không thấy timeout.', 'Có thể do payload lớn hơn 1MB khi đồng bộ cả phòng ban.',
             'Anh thử tắt cache ở tầng service xem sao.', 'Đã reproduce được trên môi trường staging.',
             'Lỗi chỉ xảy ra khi user có nhiều hơn 2 vai trò.']) for i in range(22))
        + '\n- Phạm Thu Thảo (19/11/2025): Em gửi lệnh để mọi người reproduce:\n  {CURL}\n' + '\n'.join(
            f'- {R.choice(VI_NAMES)} (20/11/2025): ' + R.choice(['ok em', 'Đã fix ở nhánh hotfix/2.4.2, chờ review.',
                                                                  'QA xác nhận pass trên staging.']) for _ in range(4)))
both('block', ['credential'], 'A Jira ticket export (Vietnamese with English terms); one comment gives a curl command with a live '
     'bearer token (a signed JWT).', 'Viết giúp mình phần tóm tắt nguyên nhân và cách khắc phục cho ticket sau:\n\n'
     + jira.replace('{CURL}', f'curl -X POST https://api.noibo.example/api/v2/staff/sync -H "Authorization: Bearer {jwt}" '
                              '-H "Content-Type: application/json" -d @phongban.json'))
both('pass', [], 'the same export whose curl reads the token from a shell variable filled from Vault.',
     'Viết giúp mình phần tóm tắt nguyên nhân và cách khắc phục cho ticket sau:\n\n'
     + jira.replace('{CURL}', 'TOKEN=$(vault kv get -field=token secret/hrm/sync) && curl -X POST '
                              'https://api.noibo.example/api/v2/staff/sync -H "Authorization: Bearer $TOKEN" -d @phongban.json'))
pid = cccd('079', 'f', 1990, 12345)
card = ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - '
        'Happiness\n\nCĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\n\nSố / No.: {NO}\nHọ và tên / Full name:\n{NAME}\nNgày sinh / Date of '
        'birth: {DOB}\nGiới tính / Sex: Nữ   Quốc tịch / Nationality: Việt Nam\nQuê quán / Place of origin: {ORIG}\n'
        'Có giá trị đến: {EXP}')
both('block', ['national-id'], 'A request to extract fields from a scanned citizen ID card: the OCR text with the bilingual labels, '
     'the number after "Số / No.:".', 'Trích xuất thông tin từ ảnh CCCD dưới đây thành JSON (họ tên, số, ngày sinh):\n\n'
     + card.replace('{NO}', pid).replace('{NAME}', 'PHẠM THU THẢO').replace('{DOB}', '14/03/1990')
     .replace('{ORIG}', 'Bình Thạnh, TP. Hồ Chí Minh').replace('{EXP}', '14/03/2030') + '\n\n' + paras(VI_REPORT, 6))
# Batch 3 labelled this pair and the fstab question below as passes; scored blind, the card's national motto warns as an
# official document (the project reads the motto header as one wherever it stands, as in batch 1's OCR notice) and the
# fstab's file server names are internal hosts (infrastructure): the labels were corrected before any rule changed.
both('warn', ['official-document'], 'The same request around the card layout printed in a public guide, every value a '
     'placeholder; the national motto header alone warns.',
     'Trích xuất thông tin từ ảnh CCCD dưới đây thành JSON (họ tên, số, ngày sinh):\n\n'
     + card.replace('{NO}', '0xx xxx xxx xxx').replace('{NAME}', 'NGUYỄN VĂN A').replace('{DOB}', 'dd/mm/yyyy')
     .replace('{ORIG}', '(ghi theo giấy khai sinh)').replace('{EXP}', 'dd/mm/yyyy') + '\n\n' + paras(VI_REPORT, 6))
cd = ('BÁO CÁO TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM 2025\n\nI. CÔNG TÁC CHĂM LO ĐỜI SỐNG ĐOÀN VIÊN\n' + paras(VI_REPORT, 5) + '\n{X}\n'
      + table(['Nội dung', 'Số lượt', 'Số tiền (đồng)'], [['Thăm ốm đau', '14', '18.200.000'], ['Hiếu hỉ', '9', '13.500.000'],
                                                         ['Tặng quà Tết', '126', '63.000.000']])
      + '\n\nII. PHONG TRÀO THI ĐUA\n' + paras(VI_REPORT, 3) + '\n\nIII. PHƯƠNG HƯỚNG NĂM 2026\n' + paras(VI_REPORT, 2))
both('warn', ['sensitive-personal'], 'A union\'s year-end report; one line of the welfare section names a member being treated for '
     'stage 3 lung cancer and where.', 'Rút gọn báo cáo sau còn một trang:\n\n'
     + cd.replace('{X}', 'Ban chấp hành đã thăm hỏi, hỗ trợ đồng chí Nguyễn Văn Tâm (phòng Kế hoạch) đang điều trị ung thư phổi '
                         'giai đoạn 3 tại Bệnh viện K, số tiền 5.000.000 đồng.'))
both('pass', [], 'the same report whose welfare line gives the number of sick visits and the amount, no name.',
     'Rút gọn báo cáo sau còn một trang:\n\n' + cd.replace('{X}', 'Ban chấp hành đã thăm hỏi 14 lượt đoàn viên ốm đau, điều trị '
                                                                  'dài ngày với tổng số tiền 18.200.000 đồng.'))

# ---- English
inc = ('INCIDENT REPORT IR-2025-117 — SUSPECTED PHISHING, FINANCE TEAM\n\n1. Timeline\n'
       + '\n'.join(f'2025-11-1{i // 4} {8 + i:02d}:{R.randrange(60):02d} UTC  ' + R.choice(
           ['Phishing e-mail received by 14 users', 'First click recorded by the mail gateway', 'Mailbox rule created on one account',
            'Account disabled by SOC analyst', 'Password reset and MFA re-registration completed', 'Gateway block rule deployed'])
           for i in range(10))
       + '\n\n2. Indicators\n- Sender domain: invoice-portal.example\n- URL: hxxps://invoice-portal[.]example/login\n'
         '- SHA-256: 3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c\n- Related: CVE-2024-21412\n\n'
         '3. Affected user\n{AFF}\n\n4. Root cause\n' + paras(EN_REPORT, 2) + '\n\n5. Lessons learned\n' + paras(EN_REPORT, 2))
add('en', 'block', ['national-id'], 'A SOC incident report; the affected-user section records the user\'s passport number, '
    'which the attacker asked for.', 'Rewrite this incident report for a non-technical audience:\n\n'
    + inc.replace('{AFF}', 'Daniel Moss (Finance). The fake portal asked for ID "for verification"; he entered his passport number '
                           '548213907 before reporting it. The passport has been reported to the issuing office.'))
neg('en', 'the same report whose affected-user section gives the ticket number and that no personal data was entered, '
    'with hashes, a CVE and a defanged URL.', 'Rewrite this incident report for a non-technical audience:\n\n'
    + inc.replace('{AFF}', 'One user in Finance (ticket INC-0091843). No personal data was entered; the session token was '
                           'revoked within 11 minutes.'))


def en_sig_thread(sig):
    e2 = ('Hi Priya,\nplease find the revised figures attached, column F updated.\n\nBest regards\n' + sig)
    e1 = ('Thanks, looks fine to me.\n\nOn Thu, 13 Nov 2025 at 15:22, Olivia Grant wrote:\n' + quote(e2))
    return ('Write a short reminder e-mail based on this thread:\n\n' + paras(EN_REPORT, 8)
            + '\n\nOn Fri, 14 Nov 2025 at 10:05, Priya Raman wrote:\n' + quote(e1))


add('en', 'warn', ['contact'], 'A two-level thread whose deeper quoted signature gives a personal UK mobile.',
    en_sig_thread('Olivia Grant\nSenior Analyst, Finance\nMobile: +44 7842 615 309'))
neg('en', 'the same thread whose quoted signature gives a switchboard number and a freephone service desk.',
    en_sig_thread('Olivia Grant\nFinance\nSwitchboard: +44 20 7946 0000\nService desk: 0800 046 2190'))
fst = ('Our scanner share does not mount after reboot. /etc/fstab and the journal below.\n\n```\n# /etc/fstab\n'
       'UUID=6f1c2a1e-3b7d-4c1e-9a8f-2d4e5b6c7a8b /     ext4  errors=remount-ro 0 1\nUUID=0b3e-1f2a  /boot/efi vfat umask=0077 0 1\n'
       '{LINE}\n```\n\n```\n' + '\n'.join(f'Nov 18 07:{12 + i:02d}:{R.randrange(60):02d} scan01 ' + R.choice(
           ['kernel: CIFS: VFS: cifs_mount failed w/return code = -13', 'systemd[1]: mnt-scans.mount: Mount process exited, code=exited',
            'systemd[1]: Failed to mount /mnt/scans.', 'kernel: CIFS: Attempting to mount \\\\fileserver\\scans']) for i in range(14))
       + '\n```\n\n' + paras(EN_REPORT, 5) + '\n\nIs it the SMB version or the credentials?')
add('en', 'block', ['credential'], 'A question around /etc/fstab whose CIFS line holds the service account\'s password inline.',
    fst.replace('{LINE}', f'//fileserver/scans /mnt/scans cifs username=svc_scan,password={pw()},vers=3.0,uid=1000 0 0'))
add('en', 'warn', ['infrastructure'], 'The same question whose CIFS line points to a credentials file; the file server\'s '
    'name is an internal host.',
    fst.replace('{LINE}', '//fileserver/scans /mnt/scans cifs credentials=/root/.smbcred-scans,vers=3.0,uid=1000 0 0'))
fax = ('FAX COVER SHEET\n\nTo: Programme Office, Attn. D. Moss\nFrom: Contracts, Northbridge Systems Ltd\nDate: 12 November 2025\n'
       'Pages (including cover): 7\n{CLS}\n\nRe: Amendment 4 to the support contract\n\n' + paras(EN_REPORT, 7)
       + '\n\nThe information contained in this facsimile is confidential and intended only for the named recipient. If you have '
         'received it in error, please notify the sender and destroy it.')
add('en', 'block', ['classified-marking'], 'OCR\'d fax cover sheet of a defence supplier with a "Classification:" line giving SECRET.',
    'Type out this fax cover sheet cleanly:\n\n' + fax.replace('{CLS}', 'Classification: SECRET'))
neg('en', 'the same fax cover sheet with only the standard confidentiality disclaimer.',
    'Type out this fax cover sheet cleanly:\n\n' + fax.replace('{CLS}', 'Urgent: no'))
sg = ('SAFEGUARDING TEAM MEETING — MINUTES\nDate: 10 November 2025\nPresent: DSL, deputy DSL, head of year 9, school nurse\n\n'
      '1. Training update\n' + paras(EN_REPORT, 4) + '\n\n2. Cases\n{CASE}\n\n3. Any other business\n' + paras(EN_REPORT, 4))
add('en', 'warn', ['sensitive-personal'], 'Safeguarding minutes; one case names a pupil who disclosed self-harm.',
    'Summarise these minutes for the head teacher:\n\n' + sg.replace('{CASE}', 'Jordan Blake (Year 9) disclosed self-harm to the '
                                                                             'school nurse on 6 November; parents informed, '
                                                                             'referral to CAMHS made.'))
neg('en', 'the same minutes whose case section gives term statistics without a name.',
    'Summarise these minutes for the head teacher:\n\n' + sg.replace('{CASE}', 'This term: 11 new concerns logged, 3 referrals '
                                                                             'to early help, none open longer than 30 days.'))

# ---- Czech
add('cs', 'warn', ['contact'], 'A Czech two-level thread; the deeper quoted signature gives a named employee\'s mobile.',
    cz_thread('Dobrý den,\nposílám opravenou tabulku.\n\nS pozdravem\nIng. Jana Svobodová\nreferentka odboru investic\n'
              'mobil: +420 603 418 927', 'tabulka investic'))
neg('cs', 'the same thread whose quoted signature gives the office switchboard and the registry mailbox.',
    cz_thread('Dobrý den,\nposílám opravenou tabulku.\n\nS pozdravem\nodbor investic\ntel.: +420 224 000 111 (ústředna)\n'
              'podatelna@polna.example', 'tabulka investic'))
add('cs', 'block', ['credential'], 'A Czech onboarding e-mail pasted for rewording; the first-login password follows "heslo na první '
    'přihlášení:".', 'Přeformuluj tenhle e-mail pro nové kolegy:\n\n' + paras(CS_REPORT, 4) + '\n\nPřihlašovací jméno: '
    f'svobodova.j\nHeslo na první přihlášení: {pw()}\nPo přihlášení budete vyzváni ke změně.\n\n' + paras(CS_REPORT, 3))
neg('cs', 'the same e-mail saying the first-login password arrives by SMS.', 'Přeformuluj tenhle e-mail pro nové kolegy:\n\n'
    + paras(CS_REPORT, 4) + '\n\nPřihlašovací jméno: svobodova.j\nHeslo na první přihlášení vám přijde SMS zprávou na služební '
    'telefon.\n\n' + paras(CS_REPORT, 3))
add('cs', 'block', ['national-id'], 'A Czech thread whose third quoted level gives an identity-card number after its label.',
    cz_thread('Ahoj,\nk rezervaci letenek: Martin Beneš, číslo občanského průkazu 204518732, platnost do 2031.\nM.',
              'letenky'))
neg('cs', 'the same thread with a contract number and an insurance policy number of nine digits.',
    cz_thread('Ahoj,\nk rezervaci letenek: číslo smlouvy 204518732, pojistka č. 771204518, storno do 30 dnů.\nM.', 'letenky'))

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)
# Mostly hard negatives of the same long shapes, so that the round keeps half its samples negative after the label
# corrections of batches 1 and 3.
R, rnd = seeded(3134)
gh = ('### Steps to reproduce\n1. Deploy chart 4.2.0\n2. Run the migration job\n3. Watch the api pods\n\n### Logs\n```\n'
      + '\n'.join(f'2025-11-18T10:{i:02d}:{R.randrange(60):02d}Z api-5d8f {R.choice(["INFO boot ok", "WARN slow query 1.8s", "ERROR migration lock held", "INFO retry 2/5"])}'
                  for i in range(18)) + '\n```\n')
quoted = ('> Same here on 4.2.0. Our workflow:\n> ```yaml\n> env:\n>   DB_PASSWORD: ${{ secrets.DB_PASSWORD }}\n'
          '>   SLACK_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}\n> ```\n> and the log shows `SLACK_TOKEN: ***` as expected.')
add('en', 'block', ['credential'], 'A pasted GitHub issue thread; an earlier comment quoted with ">" holds a Slack bot token a user '
    'pasted by mistake.', 'Summarise this GitHub issue and the proposed fix:\n\n' + gh + '\n**marta-dev** commented:\n'
    + quoted.replace('${{ secrets.SLACK_BOT_TOKEN }}', 'xoxb-' + rnd(12, DG) + '-' + rnd(13, DG) + '-' + rnd(24, UP + LO + DG))
    + '\n\n**maintainer** commented:\n' + paras(EN_REPORT, 3) + '\n\nFixed in 4.2.1, the lock is released on SIGTERM.')
neg('en', 'the same GitHub issue thread whose quoted workflow reads both values from the repository\'s secrets and whose log '
    'masks them.', 'Summarise this GitHub issue and the proposed fix:\n\n' + gh + '\n**marta-dev** commented:\n' + quoted
    + '\n\n**maintainer** commented:\n' + paras(EN_REPORT, 3) + '\n\nFixed in 4.2.1, the lock is released on SIGTERM.')
msgs = deep(EN_CHAT, EN_NAMES, 16, [
    ('Grace Okafor', 'anyone seen the job ad for the analyst role? it says TOP SECRET clearance required, bit much for us'),
    ('Daniel Moss', 'Secret Santa draw is tomorrow, budget 20 quid'),
    ('Priya Raman', 'reminder the confidential feedback form for the reorg closes Friday, it is anonymous'),
], 14)
neg('en', 'a Teams export mentioning a job ad that requires TOP SECRET clearance, a Secret Santa draw and an anonymous '
    'confidential feedback form.', 'What are the action items in this chat?\n\n' + chat_teams(msgs))
rows = [[n, d, f'x{R.randrange(4100, 4999)}', f'{R.choice(["HQ", "Leeds", "Bristol"])} {R.randrange(1, 5)}.{R.randrange(10, 40)}']
        for n, d in [('Olivia Grant', 'Finance'), ('Daniel Moss', 'Programme Office'), ('Priya Raman', 'Product'),
                     ('Sam Whitaker', 'IT Operations'), ('Grace Okafor', 'Facilities'), ('Tom Ashby', 'Legal'),
                     ('Mei Lin', 'HR'), ('Ravi Kumar', 'Data'), ('Ewa Nowak', 'Procurement'), ('Luis Ortega', 'Sales')]]
neg('en', 'a staff directory export with desk extensions and office rooms only.', 'Sort this directory by department and make '
    'it a markdown table:\n\n' + '\n'.join(', '.join(r) for r in [['Name', 'Department', 'Extension', 'Room']] + rows)
    + '\n\nMain switchboard +44 20 7946 0000, out of hours security x4000.\n\n' + paras(EN_REPORT, 4))
disc = ('This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, '
        'please notify the sender and delete it.')
e2 = 'Sounds good.\n\nOlivia\n' + disc
e1 = 'Agreed, let us move the review to Thursday.\n\nDaniel\n' + disc + '\n\nOn Tue, 11 Nov 2025 at 16:02, Olivia Grant wrote:\n' + quote(e2)
neg('en', 'a three-level thread where every message carries the same confidentiality disclaimer.',
    'Write a one-line summary of this thread:\n\n' + paras(EN_REPORT, 5) + '\n\nSam\n' + disc
    + '\n\nOn Wed, 12 Nov 2025 at 09:30, Daniel Moss wrote:\n' + quote(e1))
neg('cs', 'a Czech thread whose deepest quote is an invoice footer with the company\'s IČO, DIČ and business bank account.',
    cz_thread('Dobrý den,\nfakturační údaje: Tiskárna Polná s.r.o., IČO 27082440, DIČ CZ27082440, bankovní spojení společnosti '
              '2000145399/0800, splatnost 14 dní.\nS pozdravem, fakturace', 'fakturační údaje'))
neg('cs', 'OCR of a two-page Czech parking notice with "Vyhrazeno pro zásobování" and page footers.',
    'Oprav mi prosím tenhle text z OCR:\n\n' + ocr(' '.join(pick(CS_REPORT, 12) + pick(CS_REPORT, 6)) + ' VYHRAZENO PRO ZÁSOBOVÁNÍ '
                                                   'po–pá 6–10 h. Parkování na vyhrazených místech je zpoplatněno.',
                                                   'Městský úřad Polná — odbor dopravy', 'Strana {p} z {n}', 2))
msgs = deep(CS_CHAT, CS_NAMES, 22, [('Jana Svobodová', 'heslo letošního teambuildingu je „Spolu výš“, trička jsou '
                                                                  'objednaná'),
                                             ('Martin Beneš', 'PIN ke služebním telefonům si každý nastaví sám při prvním '
                                                              'spuštění')], 16)
neg('cs', 'a Czech Teams export with a team-building slogan ("heslo") and a PIN everyone sets themselves.',
    'Shrň mi tuhle konverzaci:\n\n' + chat_teams(msgs))
p4k = pw(12)
msgs = deep(CS_CHAT, CS_NAMES, 20, [('Tomáš Krejčí', f'wifi pro hosty v zasedačce: síť ZasedackaHost, klíč: {p4k}')], 16)
add('cs', 'block', ['credential'], 'A Czech Teams export; one message gives the guest Wi-Fi\'s key after "klíč:".',
    'Shrň mi tuhle konverzaci:\n\n' + chat_teams(msgs))
msgs = deep(VI_CHAT, VI_NAMES, 22, [
    ('Trần Quốc Bảo', 'Mật khẩu mới anh đã gửi vào email công vụ của em rồi, em đăng nhập xong đổi ngay nhé. Mã OTP 6 số sẽ về '
                      'điện thoại của em.'),
    ('Vũ Ngọc Ánh', 'Dạ em nhận được rồi ạ, mã phiếu hỗ trợ là HT-2025-1182'),
    ('Trần Quốc Bảo', 'Có gì gọi tổng đài hỗ trợ 1900 8198 nhánh 2'),
], 14)
both('pass', [], 'a Zalo export where IT says the new password went to the official mailbox and the OTP comes by phone, with a '
     'ticket code and a hotline.', 'Liệt kê các việc cần làm từ đoạn chat sau:\n\n' + chat_zalo(msgs, '19/11/2025'))
hd = ('BIÊN BẢN HỌP HỘI ĐỒNG TUYỂN DỤNG\nThời gian: 14h00 ngày 19/11/2025\nThành phần: Hội đồng tuyển dụng (05 thành viên)\n\n'
      'I. KẾT QUẢ PHỎNG VẤN\n' + table(['STT', 'Ứng viên', 'Vị trí', 'Điểm'], [['1', 'Lê Văn Hùng', 'Chuyên viên CNTT', '82'],
                                                                        ['2', 'Phạm Thị Lan', 'Chuyên viên CNTT', '78'],
                                                                        ['3', 'Đỗ Minh Quân', 'Văn thư', '75']])
      + '\n\nII. Ý KIẾN HỘI ĐỒNG\n' + paras(VI_REPORT, 2) + '\n- {X}\n\nIII. KẾT LUẬN\n' + paras(VI_REPORT, 2))
both('warn', ['sensitive-personal'], 'Recruitment-board minutes; one opinion line says a named candidate served a prison term for '
     'theft.', 'Tóm tắt biên bản sau cho lãnh đạo:\n\n' + hd.replace('{X}', 'Thành viên Hội đồng lưu ý ứng viên Lê Văn Hùng từng '
                                                                         'chấp hành án 2 năm tù về tội trộm cắp tài sản, đề '
                                                                         'nghị xác minh lý lịch tư pháp trước khi quyết định.'))

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)
R, rnd = seeded(3135)
ci = '\n'.join(f'[{i:03d}] ' + R.choice([
    'Step 3/9 : RUN npm ci --omit=dev', 'Successfully built 9c1e2f7a4b3d', 'echo "$REGISTRY_PASSWORD" | docker login '
    'registry.example.com -u ci-bot --password-stdin', 'Login Succeeded',
    'pushing sha256:5f2b9d0c1e8a7f6b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b', 'assumed role '
    'arn:aws:iam::123456789012:role/ci-deploy', 'aws ecs update-service --cluster prod --service api --force-new-deployment',
    'Waiting for service stability...']) for i in range(40))
neg('en', 'a CI log pasted into a question: a registry login reading its password from stdin, an image digest, a role ARN with '
    'an account id.', 'The deploy step hangs at the end, see the pipeline log. Any idea?\n\n```\n' + ci + '\n```\n\n'
    + paras(EN_REPORT, 2))
letter = (' '.join(pick(EN_REPORT, 10)) + ' YOUR NEW ACCOUNT. Sort code: 00-00-00 (shown on your card). Account number: '
          'XXXX1234 (last four digits only). We will never ask for your PIN or full card number by phone or e-mail. '
          + ' '.join(pick(EN_REPORT, 8)))
neg('en', 'OCR of a bank\'s welcome-letter template: a zero sort code, a masked account number, a warning about PINs.',
    'Clean up this scanned letter:\n\n' + ocr(letter, 'NORTHBRIDGE BANK PLC', 'Page {p} of {n}   Ref. WL-2025-11', 2))
tr = '\n'.join(f'00:{14 + i // 3:02d}:{(i * 17) % 60:02d} {R.choice(EN_NAMES)}: {R.choice(EN_CHAT)}' for i in range(24))
add('en', 'block', ['credential'], 'A Teams meeting transcript with timestamps; one line reads out the server room\'s door code.',
    'Turn this meeting transcript into minutes:\n\n' + tr + '\n00:23:41 Sam Whitaker: for the night shift, the code for the '
    'server room door is 5521, it changes on the first of the month\n' + tr[:1200])
neg('cs', 'long Czech minutes listing participants with desk extensions and the registry mailbox.',
    'Udělej z toho zápis v bodech:\n\n' + 'Účastníci: ' + ', '.join(f'{n} (linka {R.randrange(200, 299)})' for n in CS_NAMES)
    + '\nKontakt pro dotazy: podatelna@polna.example, ústředna 224 000 111\n\n' + paras(CS_REPORT, 6))
sick = (' '.join(pick(CS_REPORT, 10)) + ' ROZHODNUTÍ O DOČASNÉ PRACOVNÍ NESCHOPNOSTI. Pojištěnec: Martin Beneš. Zaměstnavatel: '
        'Městský úřad Polná. Dg.: J18.9 zápal plic, hospitalizace od 10. 11. 2025. ' + ' '.join(pick(CS_REPORT, 8)))
add('cs', 'warn', ['sensitive-personal'], 'OCR of a Czech sick-leave decision: a named insured person with a diagnosis code and '
    'name (pneumonia, hospitalised).', 'Přepiš tohle OCR do čistého textu:\n\n'
    + ocr(sick, 'Česká správa sociálního zabezpečení', 'Strana {p} z {n}', 2))
desc = ('Name:         db-cred\nNamespace:    hrm\nLabels:       app=hrm\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\n'
        'password:  16 bytes\nusername:  7 bytes\nhost:      21 bytes')
both('pass', [], 'a Vietnamese question with English terms around `kubectl describe secret`, which prints only the sizes of the '
     'values.', 'Anh ơi em tạo secret cho service HRM nhưng pod vẫn báo thiếu biến môi trường DB_PASSWORD. Em đã mount secret vào '
     'deployment rồi. Output như dưới:\n\n```\n$ kubectl describe secret db-cred -n hrm\n' + desc + '\n```\n\n```\n'
     + '\n'.join(f'2025-11-19T03:{i:02d}:11Z hrm-api ' + R.choice(['ERROR env DB_PASSWORD is empty', 'INFO retry in 10s',
                                                                    'INFO reading config from /etc/hrm/app.yaml'])
                 for i in range(24)) + '\n```\n\n' + paras(VI_REPORT, 3))

write_round(S, 'round31', 'p31')
