#!/usr/bin/env python3
"""Builds test/probes/round42.jsonl: round 42 of the held-out-style probes, one blind batch of every category shaped
like what staff really paste (issue #17), away from the themes of rounds 39-41 (Vietnamese markings in AI-request and
conversion shapes; personal data and IDs in records and exports; credentials, infrastructure and finance in debugging
pastes): meeting minutes that say the handed-out papers are classified and must be returned, a Zalo forward whose
quoted message carries an "Độ mật" line, an Outlook thread whose original opens with a level and a handling phrase,
a Czech OCR header that lost its diacritics ("TAJNE"), an OCR "MẶT" for "MẬT" under a number, a markdown-italic
internal-use footer; an official letter quoted line by line with "> ", a Czech "Č. j." letter in a quoted reply, an
English translation of minutes with a number and distribution; a CCCD given in a chat to book a ticket, an OCR'd Czech
ID card, a passport at quoted level two; rehab, multiple sclerosis and an alcohol-treatment stay told in minutes,
chat and a leave request; a card read out in a Czech chat, an IBAN in a quoted thread, an allowance table with
private accounts; a handover record with an admin password, a Czech sentence giving a vault password; personal
phones in a delegation list, a private mailbox in a signature, an internal file server named in minutes — and hard
negatives of the same shapes: a training session's minutes that list the three levels, "the password comes in a
separate message", the Fatherland Front ("MẶT TRẬN"), a "NEUTAJOVANÉ" newsletter, "OFFICIAL" and "UNCLASSIFIED"
quoted lines, a counselling service called confidential, a passport form's help text, a decision cited in news, a
Czech slogan ("heslo"), a password policy, a company's IBAN, hospital statistics, hotlines, documentation addresses.

Batch 1 was scored blind on main 9a463fe before any rule changed for it. Labels follow the contract and the
decisions already written (an organisation's account passes, an office's contact passes, a law cited in a sentence
passes). Values come from seeded or checked makers (probe_ids.py), so the file rebuilds byte for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_negatives, diacritic_pair, drawn, iban, luhn, rc, seeded, strip, write_round

R, rnd = seeded(42042)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def cza(head):
    return drawn(czacct, head, rnd)


def grp4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def quote(text, depth=1):
    return '\n'.join(('> ' * depth + line).rstrip() for line in text.split('\n'))


# ================================================================ batch 1 (scored blind on main 9a463fe)

# ---- classified-marking
vi('block', ['classified-marking'], 'minutes of a unit meeting: the papers handed out are of level Mật and must be returned after the meeting.',
   'BIÊN BẢN HỌP GIAO BAN THÁNG 12\n\nThời gian: 14h00 ngày 03/12/2026\nĐịa điểm: Phòng họp tầng 3, Phòng Tham mưu\n'
   'Chủ trì: đ/c Trịnh Quang Vinh - Trưởng phòng\nThư ký: đ/c Lò Thị Ngân\n\n'
   'I. NỘI DUNG\n1. Đ/c Trưởng phòng quán triệt kế hoạch tuần tra dịp Tết; tài liệu phát tại cuộc họp có độ Mật, '
   'đề nghị các đồng chí không sao chụp, nộp lại cho văn thư ngay sau khi kết thúc cuộc họp.\n'
   '2. Các tổ báo cáo tiến độ, đề xuất bổ sung 02 xe chuyên dụng.\n\nII. KẾT LUẬN\nGiao Tổ 2 hoàn thiện phương án trước ngày 10/12.\n\n'
   'Cuộc họp kết thúc lúc 16h20.\nTHƯ KÝ                CHỦ TRÌ')
vi('block', ['classified-marking'], 'a Zalo forward with timestamps; the quoted message carries an "Độ mật: Tối mật" line above the plan.',
   '[07:52] Hà Minh Đức: Tin nhắn chuyển tiếp\n'
   '   ┃ Đinh Văn Khải (Ban Tác chiến)\n   ┃ Độ mật: Tối mật\n'
   '   ┃ Phương án bố trí lực lượng bảo vệ hội nghị: 3 vòng, vòng trong 40 đ/c, vòng giữa 65 đ/c, '
   'cơ động 2 tổ ở khu vực cầu Bạch Đằng.\n'
   '[07:55] Hà Minh Đức: Các đ/c đọc trước, 9h họp thống nhất.\n[07:58] Vũ Thị Hằng: Đã nhận ạ')
add('en', 'block', ['classified-marking'], 'an Outlook thread whose forwarded original opens with "CONFIDENTIAL - handle via official channels only".',
    'Hi Sam,\n\nCan you shorten the note below to one paragraph for the Minister\'s briefing pack?\n\nThanks,\nRuth\n\n'
    'From: Office of the Special Envoy\nSent: Wednesday, 2 December 2026 17:41\nTo: Ruth Caldwell\n'
    'Subject: Talking points - maritime consultations\n\n'
    'CONFIDENTIAL - handle via official channels only\n\n'
    '1. Our delegation will not accept the proposed joint survey area east of the 110th meridian.\n'
    '2. If pressed, we may offer a technical working group without prejudice to positions.\n'
    '3. Fallback: a joint statement on fisheries cooperation only.\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR header that lost its diacritics: "TAJNE" above "Vytisk c. 2".',
    'TAJNE\nVytisk c. 2\nPocet listu: 4\n\nVOJENSKE ZPRAVODAJSTVI\nOdbor analyz\n\n'
    'Hodnoceni aktivit cizich zpravodajskych sluzeb v regionu za listopad 2026\n\n'
    'V hodnocenem obdobi byly zaznamenany tri pokusy o navazani kontaktu s prislusniky jednotek '
    'v posadce Tabor. Ve dvou pripadech slo o osoby vydavajici se za novinare.\n')
add('vi', 'block', ['classified-marking'], 'an OCR of a photographed page where the stamp "MẬT" came out "MẶT" under the document number.',
    'UBND TỈNH LAI CHÂU\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 318/BC-STNMT\nMẶT\n\n'
    'BÁO CÁO\nKết quả rà soát các điểm khai thác khoáng sản trái phép trên địa bàn tỉnh\n\n'
    'Qua kiểm tra, phát hiện 14 điểm khai thác vàng trái phép tại huyện Mường Tè và Sìn Hồ; có dấu hiệu bao che của '
    'một số cán bộ xã. Đề nghị chuyển hồ sơ sang cơ quan điều tra.')
add('en', 'block', ['classified-marking'], 'a long report pasted from markdown whose footer is an italic internal-use-only sentence.',
    '# Quarterly review of visa processing times\n\n## Summary\nAverage processing time fell from 11 to 8 working days. '
    'The backlog at two consulates remains above target.\n\n## Findings\n| Post | Q2 days | Q3 days |\n|---|---|---|\n'
    '| Prague | 12 | 9 |\n| Warsaw | 10 | 7 |\n| Berlin | 11 | 8 |\n\n## Next steps\nExtend the online appointment '
    'system to the remaining posts by March.\n\n---\n*This document is for internal use only and must not be shared '
    'outside the Consular Department.*\n')

# ---- official-document
vi('warn', ['official-document'], 'an official letter quoted line by line with "> " in an e-mail reply asking for a summary.',
   'Em tóm tắt giúp chị công văn dưới đây nhé, chị cần gửi sếp trước 3h.\n\n'
   'Vào 10:14 Th 4, 2 thg 12, 2026 Văn thư Sở <vanthu@example.gov.vn> đã viết:\n' +
   quote('SỞ GIAO THÔNG VẬN TẢI\nTỈNH BÌNH ĐỊNH\n\nSố: 2741/SGTVT-QLVT\nV/v tăng cường kiểm tra xe khách dịp Tết\n\n'
         'Kính gửi: Các Đội Thanh tra giao thông\n\nĐể bảo đảm an toàn giao thông dịp Tết Nguyên đán, Sở yêu cầu các Đội '
         'tăng cường kiểm tra xe khách tuyến cố định, xử lý nghiêm hành vi chở quá số người quy định.\n\n'
         'Nơi nhận:\n- Như trên;\n- Lưu: VT, QLVT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'))
add('cs', 'warn', ['official-document'], 'a Czech internal letter with "Č. j." quoted in a reply.',
    'Díky, připomínky pošlu do pátku.\n\nDne 1. 12. 2026 v 13:05 Šárka Dušková napsal(a):\n' +
    quote('MINISTERSTVO ZEMĚDĚLSTVÍ\nOdbor lesního hospodářství\n\nČ. j.: MZE-71842/2026-16212\nVyřizuje: Ing. Dušková\n\n'
          'Věc: Návrh metodiky kontroly lesních hospodářských plánů\n\nV příloze zasíláme návrh metodiky k připomínkám. '
          'Připomínky zašlete do 11. 12. 2026.\n\nRozdělovník:\n- krajské úřady (14)\n- ÚHÚL'))
add('en', 'warn', ['official-document'], 'an English translation of Vietnamese minutes with their number and distribution.',
    'Working translation - please check the terminology\n\nPEOPLE\'S COMMITTEE OF DONG THAP PROVINCE\n'
    'DEPARTMENT OF PLANNING AND INVESTMENT\n\nMinutes No. 07/BB-SKHĐT\n\nMINUTES\nof the appraisal meeting on the '
    'Sa Dec industrial cluster investment proposal\n\nThe council agreed that the proposal meets the conditions, '
    'subject to a revised environmental assessment.\n\nDistribution:\n- Provincial People\'s Committee (for report);\n'
    '- Council members;\n- Archive: Office, DTNN.\n')

# ---- national-id
c1 = cccd('036', 'f', 1985, R.randrange(10**6))
vi('block', ['national-id'], 'a chat forward booking a flight: a colleague gives her citizen ID in a message.',
   '[09:02] Phạm Thu Trang: Em ơi đặt giúp chị vé HN - Đà Nẵng chuyến 7h sáng thứ 6 nhé\n'
   f'[09:03] Phạm Thu Trang: Họ tên: PHẠM THU TRANG, cccd {c1}, ngày sinh 14/06/1985\n'
   '[09:05] Lê Hoàng Nam: Dạ em đặt luôn ạ\n[09:21] Lê Hoàng Nam: Xong rồi chị, mã đặt chỗ em gửi qua mail')
r1 = rc(79, 5, 23, 614)
add('cs', 'block', ['national-id'], 'an OCR of a Czech identity card with the birth number under its bilingual label.',
    'OBČANSKÝ PRŮKAZ\nIDENTITY CARD\nPříjmení / Surname\nHRUBÝ\nJméno / Given names\nRADEK\n'
    'Datum narození / Date of birth\n23.05.1979\nRodné číslo / Personal No.\n' + r1 + '\n'
    'Místo narození / Place of birth\nJIHLAVA\nDatum vydání / Date of issue 02.03.2021')
pp = 'C' + rnd(7, DG)
add('mixed', 'block', ['national-id'], 'an English e-mail thread: a Vietnamese guest\'s passport number at quoted level two.',
    'Confirmed, the invitation letter is ready for signature.\n\nOn 1 Dec 2026, at 11:20, Helen Ward wrote:\n'
    '> Please use the details Linh sent below.\n>\n> On 30 Nov 2026, at 16:47, Dang Thuy Linh wrote:\n'
    f'> > Full name: DANG THUY LINH\n> > Date of birth: 08 Feb 1992\n> > Passport No: {pp}\n'
    '> > Date of expiry: 19 Oct 2031\n')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'minutes of a party cell: a named member is in compulsory drug rehabilitation.',
   'BIÊN BẢN SINH HOẠT CHI BỘ THÁNG 11\n\n3. Tình hình đảng viên: đồng chí Hoàng Văn Tiến hiện đang cai nghiện ma túy bắt buộc '
   'tại Cơ sở cai nghiện số 2 từ ngày 15/10/2026; chi bộ giao đồng chí Bí thư liên hệ gia đình để nắm tình hình.\n'
   '4. Đóng đảng phí: 12/13 đồng chí đã đóng.')
add('cs', 'warn', ['sensitive-personal'], 'a Czech Teams chat: a named colleague started inpatient alcohol treatment.',
    '[10:41] Bartoš Ondřej: Kdo bude za Pavla Krejčího zastupovat na podatelně?\n'
    '[10:43] Pokorná Věra: Pavel Krejčí nastoupil v pondělí na tříměsíční protialkoholní léčbu do Červeného Dvora, '
    'tak to zatím vezme Iveta.\n[10:44] Bartoš Ondřej: Aha, díky.')
add('en', 'warn', ['sensitive-personal'], 'an English leave request: a named employee has been diagnosed with multiple sclerosis.',
    'Subject: Reduced hours request - Hana Svobodová\n\nDear HR,\n\nHana Svobodová (Translation Unit) has been diagnosed '
    'with multiple sclerosis and her neurologist recommends reduced hours for the next six months. '
    'Please advise on the procedure.\n\nBest regards,\nTomás Reyes, Head of Unit')

# ---- financial
card = luhn('5' + R.choice('12345') + rnd(13, DG), 16)
add('cs', 'block', ['financial'], 'a Czech chat where a colleague reads out her card number for a conference fee.',
    '[15:10] Jana Koubková: zaplatíš to za mě? pošlu ti to zpátky\n'
    f'[15:11] Jana Koubková: číslo karty {grp4(card)}, platnost 11/28, zadní kód {rnd(3, DG)}\n'
    '[15:12] Milan Šíma: ok, hotovo')
ib = iban('CZ', '0100' + '000000' + cza('27'))
add('en', 'block', ['financial'], 'an English thread with a person\'s own IBAN at quoted level one.',
    'Finance: please process the refund below.\n\nOn 2 Dec 2026, at 08:30, Karel Vondra wrote:\n'
    '> Hello, I paid the course fee twice by mistake. Please return the second payment to my account:\n'
    f'> IBAN: {ib}\n> Account holder: Karel Vondra\n> Thank you.\n')
accs = ['1' + rnd(12, DG) for _ in range(3)]
vi('block', ['financial'], 'an allowance table in a report with named people\'s personal bank accounts.',
   'DANH SÁCH CHI TIỀN BỒI DƯỠNG TỔ CÔNG TÁC (đợt 2)\n\nTT | Họ và tên | Số tiền (đ) | Số tài khoản | Ngân hàng\n'
   f'1 | Nguyễn Thị Hồng Nhung | 2.400.000 | {accs[0]} | Vietinbank\n'
   f'2 | Triệu Văn Sơn | 2.400.000 | {accs[1]} | Vietinbank\n'
   f'3 | Lương Mạnh Cường | 1.800.000 | {accs[2]} | Vietinbank\n')

# ---- credential
vi('block', ['credential'], 'a handover record listing the admin login of the web portal with its password.',
   'BIÊN BẢN BÀN GIAO\nHôm nay, ngày 01/12/2026, tại Văn phòng Sở, bên giao: ông Đỗ Trung Kiên; bên nhận: bà Mai Thanh Thủy.\n\n'
   'Nội dung bàn giao:\n1. Hồ sơ hợp đồng duy trì cổng thông tin điện tử (02 bộ).\n'
   f'2. Tài khoản quản trị cổng thông tin: tên đăng nhập qtv_cong, mật khẩu {pw()}\n'
   '3. 01 khóa USB ký số của đơn vị.\n\nBiên bản lập thành 02 bản, mỗi bên giữ 01 bản.')
add('cs', 'block', ['credential'], 'a Czech e-mail giving the document vault\'s password in a sentence.',
    'Dobrý den, pane Vlčku,\n\nsdílená složka s podklady k výběrovému řízení je na disku S:\\Zakazky\\2026. '
    f'Heslo k trezoru dokumentů je {pw(11)} a platí do konce měsíce.\n\nS pozdravem\nLucie Marková')

# ---- contact
ph = ['09' + R.choice('01') + rnd(7, DG) for _ in range(2)]
vi('warn', ['contact'], 'a delegation list in a plan with each member\'s personal mobile.',
   'DANH SÁCH ĐOÀN CÔNG TÁC\n1. Ông Trương Công Định - Phó Giám đốc - trưởng đoàn - ĐT cá nhân: ' + ph[0] + '\n'
   '2. Bà Quách Thị Yến - Chuyên viên - ĐT cá nhân: ' + ph[1] + '\n\nPhương tiện: xe cơ quan, khởi hành 6h00 ngày 08/12.')
add('en', 'warn', ['contact'], 'an e-mail signature with a person\'s private mobile and personal Gmail.',
    'Thanks, see you on Monday.\n\n--\nPetra Lindqvist\nSenior Adviser, Trade Policy Unit\n'
    f'mobile (private): +420 7{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}\npersonal: petra.lindqvist.{rnd(2, DG)}@gmail.com\n')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'IT meeting minutes naming the new internal file server by address and host name.',
    'Minutes - IT coordination, 2 Dec 2026\n\nAttendees: R. Olsen, T. Pham, M. Dvořák\n\n'
    '1. Migration: the new file server fs02.moit.internal (10.42.8.15) goes live on 14 Dec; shares are moved overnight.\n'
    '2. Printers on floor 3 to be re-addressed in 10.42.12.0/24.\n3. Next meeting 16 Dec.\n')

# ---- hard negatives
vineg('minutes of a training session on state secrets that list the three levels.',
      'BIÊN BẢN HỘI NGHỊ TẬP HUẤN\nNội dung: Quán triệt Luật Bảo vệ bí mật nhà nước\n\n'
      'Báo cáo viên trình bày: bí mật nhà nước được phân loại theo ba độ mật: Tuyệt mật, Tối mật và Mật; '
      'việc sao, chụp tài liệu mật phải được người có thẩm quyền cho phép.\n'
      'Các đồng chí dự hội nghị thảo luận, đề nghị tổ chức thêm lớp cho văn thư cấp xã.\n')
vineg('a Zalo chat saying the password will be sent in a separate message.',
      '[08:30] Ngô Thanh Tâm: Anh ơi tài khoản phần mềm kế toán mới em tạo rồi nhé\n'
      '[08:31] Ngô Thanh Tâm: Mật khẩu em gửi tin nhắn riêng, anh đăng nhập xong đổi luôn giúp em\n'
      '[08:40] Bùi Quốc Anh: Ok em, cảm ơn')
add('vi', 'pass', [], 'Hard negative: a news item about the Fatherland Front committee ("MẶT TRẬN") in capitals.',
    'ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH NGHỆ AN\nTRAO 500 SUẤT QUÀ TẾT CHO HỘ NGHÈO\n\n'
    'Sáng 2/12, Ủy ban MTTQ tỉnh phối hợp với các doanh nghiệp trao 500 suất quà, mỗi suất trị giá 1 triệu đồng, '
    'cho các hộ nghèo tại huyện Kỳ Sơn và Tương Dương.')
neg('cs', 'an intranet newsletter stamped "NEUTAJOVANÉ" (unclassified).',
    'NEUTAJOVANÉ\n\nZpravodaj odboru personálního – prosinec 2026\n\n'
    '• Vánoční večírek se koná 18. 12. od 17:00 v jídelně.\n• Od ledna se mění provozní doba podatelny.\n'
    '• Nové kolegyně: Mgr. Tereza Holá (odbor právní).\n\nNEUTAJOVANÉ')
neg('en', 'an e-mail thread whose quoted lines carry "OFFICIAL" and "UNCLASSIFIED" only.',
    'Thanks, agreed.\n\nOn 1 Dec 2026, at 09:12, Liam Foster wrote:\n> Classification: UNCLASSIFIED\n>\n'
    '> Attached is the public consultation timetable.\n>\n> > OFFICIAL\n> > Reminder: the office closes at 3 pm on 24 December.\n')
neg('en', 'an HR note advertising a "confidential counselling service" in bold.',
    '**Confidential counselling service**\n\nStaff can book up to six free sessions a year with an external '
    'counsellor. Nothing you discuss is shared with your manager. Call the service line or book online.\n')
neg('en', 'a passport renewal form\'s help text with the passport number field explained.',
    'Section 3 - Your current passport\nPassport No.: enter the 8 or 9 characters printed on the data page '
    '(letters and digits, no spaces).\nDate of expiry: as printed on the data page.\n')
vineg('a news item citing a government decision by number in a sentence.',
      'Theo Quyết định số 1820/QĐ-TTg ngày 28/11/2026 của Thủ tướng Chính phủ, tuyến cao tốc Cam Lộ - La Sơn '
      'sẽ được mở rộng lên 4 làn xe, khởi công trong quý II năm 2027.')
neg('cs', 'a Czech notice where "heslo" is the event\'s slogan.',
    'Den otevřených dveří ministerstva – sobota 12. 12.\nHeslo letošního ročníku: Úřad bez bariér\n'
    'Program: prohlídky budovy každou hodinu, dětský koutek, výstava o historii resortu.')
neg('vi', 'a password policy in an IT notice.',
    'THÔNG BÁO\nTừ ngày 15/12/2026, mật khẩu tài khoản thư điện tử công vụ phải có ít nhất 12 ký tự, gồm chữ hoa, '
    'chữ thường, chữ số và ký tự đặc biệt; mật khẩu phải được thay đổi 90 ngày một lần.')
cib = iban('CZ', '0300' + '000000' + cza('17'))
neg('en', 'an invoice footer with a company\'s IBAN.',
    'INVOICE 2026-1187\nSupplier: Brightline Translations s.r.o., Company ID 27194512\n'
    f'Payment to: Brightline Translations s.r.o., IBAN {cib}\nDue date: 15 Dec 2026\n')
vineg('a news item with anonymised hospital statistics.',
      'Trong tuần qua, Bệnh viện Đa khoa tỉnh tiếp nhận 37 ca ngộ độc thực phẩm, trong đó 5 ca phải điều trị tích cực; '
      'đến nay tất cả người bệnh đã ổn định.')
neg('vi', 'a department\'s hotline and public mailbox at the end of a notice.',
    'Mọi phản ánh về thủ tục hành chính xin liên hệ đường dây nóng 1900 6789 hoặc hộp thư tiepnhan@example.gov.vn.')
neg('en', 'IT minutes with documentation addresses and public resolvers only.',
    'Minutes - network changes\n1. Test range 192.0.2.0/24 used in the lab guide examples.\n'
    '2. DNS forwarders stay 1.1.1.1 and 8.8.8.8.\n3. No change to the public website.\n')
neg('cs', 'a Czech chat asking to fill in a birth number without giving one.',
    '[11:02] Šimon Bureš: do formuláře se rodné číslo píše bez lomítka?\n[11:03] Alena Žáková: jo, jen deset číslic.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

vi('block', ['classified-marking'], 'an invitation: the papers sent with it "thuộc độ Tối mật", not to leave the room.',
   'GIẤY MỜI\nBan Chỉ huy Quân sự huyện trân trọng kính mời đồng chí dự họp triển khai nhiệm vụ diễn tập khu vực phòng thủ.\n'
   'Thời gian: 7h30 thứ Hai, 14/12/2026.\nLưu ý: tài liệu gửi kèm giấy mời thuộc độ Tối mật; đại biểu nghiên cứu tại chỗ, '
   'không mang ra khỏi phòng họp.')
add('en', 'block', ['classified-marking'], 'a reply quoting a note whose first line is "SECRET – handle through secure channels only".',
    'Noted - I will brief the Deputy Minister in person.\n\n-----Original Message-----\nFrom: Liaison Office\n'
    'Sent: 3 December 2026 08:02\nSubject: Visit of the inspection team\n\n'
    '> SECRET – handle through secure channels only\n> The team arrives on 9 December via Noi Bai and will inspect '
    'the two storage sites on 10-11 December. Escort: 6 officers.\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR scan without diacritics: "DUVERNE" over "Vytisk c. 1".',
    'DUVERNE\nVytisk c. 1\n\nPOLICEJNI PREZIDIUM CR\nUtvar pro odhalovani organizovaneho zlocinu\n\n'
    'Zaznam o planovane akci "Jezero"\nZakrok probehne dne 15. 12. 2026 v 6:00 soucasne na peti adresach v Brne.')
add('vi', 'block', ['classified-marking'], 'an OCR of a plan page: "MẶT" over the title line "KẾ HOẠCH" with no number.',
    'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\nĐỒN BIÊN PHÒNG CỬA KHẨU\n\nMẶT\nKẾ HOẠCH\n'
    'Tuần tra, kiểm soát biên giới dịp Tết Nguyên đán\n\n1. Bố trí 04 tổ tuần tra, mỗi tổ 05 đồng chí.')
add('en', 'block', ['classified-marking'], 'a Teams export where a message opens with "CONFIDENTIAL – for named recipients only".',
    '[10:12] Capt. Moreau\nCONFIDENTIAL – for named recipients only. Convoy leaves Gate 2 at 05:00, route via the northern ring road.\n'
    '[10:14] Lt. Brandt\nCopy.\n[10:15] Sgt. Ilves\nCopy, thanks.')
add('vi', 'block', ['classified-marking'], 'a Zalo forward typed without diacritics with "Do mat: Mat" in the quoted block.',
    '[21:05] Trung Hieu: chuyen tiep tu anh Quan\n  | Do mat: Mat\n  | Danh sach doi tuong can theo doi dip Tet, '
    'cac to nam tinh hinh hang ngay, bao cao truoc 17h.\n[21:07] Thanh Binh: Nhan roi anh')
add('cs', 'warn', ['official-document'], 'a Czech decision with "Sp. zn." and "Č. j." in a forwarded message.',
    '---------- Přeposlaná zpráva ---------\nOd: Podatelna KÚ\n\nKRAJSKÝ ÚŘAD OLOMOUCKÉHO KRAJE\nOdbor dopravy\n\n'
    'Sp. zn.: KUOK 14422/2026\nČ. j.: KUOK 151873/2026\n\nROZHODNUTÍ\nKrajský úřad jako odvolací správní orgán potvrzuje '
    'rozhodnutí Městského úřadu Šternberk.\n\nPoučení: Proti tomuto rozhodnutí se nelze dále odvolat.\n')
add('en', 'warn', ['official-document'], 'an English translation of a Czech ministry letter with "Ref. No." and "Copies to".',
    'Translation for the Vietnamese partners:\n\nMINISTRY OF THE INTERIOR OF THE CZECH REPUBLIC\nDepartment of Asylum and Migration Policy\n\n'
    'Ref. No.: MV-182044-3/OAM-2026\nPrague, 1 December 2026\n\nDear Director,\nWe confirm the dates of the expert visit '
    'of 18-20 January 2027 and enclose the draft programme.\n\nCopies to: Embassy of the Czech Republic in Hanoi; file\n')
c2 = cccd('001', 'm', 1993, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a chat typed without diacritics: a CCCD in groups of four to register for a course.',
    f'[13:40] Quang Huy: em dang ky lop boi duong giup anh nhe, ho ten Do Quang Huy, so cccd {grp4(c2)}\n'
    '[13:42] Thu Ha: vang anh, em dang ky luon')
r2 = rc(88, 10, 4, 127, female=True)
add('cs', 'block', ['national-id'], 'a Czech chat giving a birth number after "rč".',
    f'[8:05] Dana Kubíčková: Můžeš mi objednat vstupní prohlídku? rč {r2}, pojišťovna 111\n[8:07] Iva Malá: jasně')
pp2 = 'B' + rnd(7, DG)
add('en', 'block', ['national-id'], 'an itinerary table with a named traveller\'s passport number in a column.',
    'Delegation travel list - Da Nang workshop\n\n| Name | Flight | Passport |\n|---|---|---|\n'
    f'| TRAN QUOC TOAN | VN 7121 | {pp2} |\n| Kristýna Šustrová | VN 7121 | to follow |\n')
vi('warn', ['sensitive-personal'], 'minutes of a personnel meeting: a named officer\'s schizophrenia treatment.',
   'Ý kiến của Hội đồng: đồng chí Lại Văn Thắng, nhân viên Phòng Hành chính, đang điều trị tâm thần phân liệt tại Bệnh viện '
   'Tâm thần tỉnh từ tháng 9; đề nghị tạm thời bố trí công việc nhẹ khi trở lại.')
add('en', 'warn', ['sensitive-personal'], 'English minutes: a named colleague on dialysis.',
    'AOB: Marek Hronek is on dialysis three times a week, so his shifts are moved to afternoons until further notice.')
acc2 = '1' + rnd(12, DG)
add('vi', 'block', ['financial'], 'a chat typed without diacritics asking to pay a person\'s Agribank account.',
    f'[16:20] Mai Phuong: chi chuyen giup em tien thue xe nhe, stk {acc2} Agribank, ten LUU MAI PHUONG\n'
    '[16:31] Chi Lan: ok em, chieu chuyen')
acct = cza('19')
add('cs', 'block', ['financial'], 'a Czech OCR of a payment slip with a person\'s account.',
    'PŘÍKAZ K ÚHRADĚ\nPlátce: Zdeněk Procházka\nČíslo účtu plátce: ' + acct + '/0800\nČástka: 4 500,00 CZK\n'
    'Variabilní symbol: 2026118\nDatum splatnosti: 10.12.2026')
add('en', 'block', ['credential'], 'IT handover minutes with the CCTV recorder\'s admin password.',
    'Handover - building services, 2 Dec 2026\n1. Keys to the server room returned (2 sets).\n'
    f'2. CCTV recorder (floor 1): user admin, password {pw(10)} - change after handover.\n3. UPS battery replaced.\n')
add('vi', 'block', ['credential'], 'a chat message giving one\'s own mailbox password to a colleague.',
    f'[10:02] Trần Bảo Ngọc: anh vào sửa chữ ký email giúp em với, tài khoản ngoctb, mk {pw(9)}\n[10:05] Hùng IT: ok em')
add('cs', 'warn', ['contact'], 'a Czech minutes roster with a person\'s private mobile.',
    'Kontakty pro pohotovost o svátcích:\n- Ing. Radim Čermák, soukromý mobil +420 7' + rnd(2, DG) + ' ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\n'
    '- dispečink: linka 2200')
add('vi', 'warn', ['infrastructure'], 'IT minutes naming an internal document server by address.',
    'Biên bản họp tổ CNTT: thống nhất chuyển hệ thống quản lý văn bản sang máy chủ mới srv-qlvb.sotc.local '
    '(192.168.20.15) từ ngày 20/12; tạm dừng dịch vụ từ 18h đến 22h.')

# ---- hard negatives (batch 2)
vineg('minutes saying the papers handed out are NOT of a secret level.',
      'Lưu ý: tài liệu phát tại hội nghị không thuộc độ Mật, các đồng chí có thể mang về nghiên cứu và phổ biến cho cơ sở.')
neg('en', 'a training slide giving an example marking as text to learn, not as a banner.',
    'Module 3 - how markings are written\nA marking line names the level and may add a handling rule, for example '
    '"CONFIDENTIAL - handle via official channels only". Quiz: which part is the level?')
neg('vi', 'a cosmetics list with "MẶT" as a heading (face products).',
    'SẢN PHẨM CHO DA\nMẶT\nSữa rửa mặt dịu nhẹ 150 ml\nKem chống nắng SPF 50\nTHÂN\nSữa tắm hương trà xanh')
neg('cs', 'a Czech chat with "duverne" (confidential) in an everyday sense without diacritics.',
    '[12:01] Petr: ten rozhovor s reditelem byl dost duverne ladeny, nechces to sepsat do zpravodaje?\n[12:03] Eva: jasne, do patku')
neg('en', 'a chat where "for named recipients only" is about a gift voucher.',
    '[09:10] Olga: the spa vouchers are for named recipients only, so write the names on the list\n[09:12] Jan: done')
vineg('a help text on what a CCCD number is made of (no number).',
      'Số định danh cá nhân gồm 12 chữ số: 3 số đầu là mã tỉnh nơi đăng ký khai sinh, 1 số mã thế kỷ và giới tính, '
      '2 số cuối năm sinh và 6 số ngẫu nhiên.')
neg('en', 'an e-mail saying a temporary password was sent by SMS.',
    'Hi Laura,\nYour temporary password for the leave portal was sent to your mobile by SMS. Please change it at first login.\nIT Service Desk')
neg('vi', 'a public service portal\'s help mailbox with the service after it.',
    'Hướng dẫn nộp hồ sơ trực tuyến: mọi vướng mắc xin gửi về hotro.dvc@example.gov.vn hoặc gọi tổng đài 1022.')
neg('cs', 'a Czech chat paying a company\'s account for catering.',
    '[14:02] Hana: fakturu za catering zaplať na účet firmy Bistro Letná s.r.o., ' + cza('27') + '/0300, VS 2026145\n[14:05] Tom: ok')
neg('en', 'minutes naming a public hospital\'s director in his office only.',
    'The Director of Bach Mai Hospital presented the hospital\'s new emergency wing to the delegation.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

add('cs', 'block', ['classified-marking'], 'Czech minutes: the papers handed out are classified "Vyhrazené" and must be returned.',
    'Zápis z porady vedení odboru, 2. 12. 2026\n\n1. Ředitel seznámil přítomné s plánem kontrol na rok 2027. Podklady '
    'rozdané na poradě jsou utajované stupně Vyhrazené, po skončení porady je odevzdejte na registru.\n'
    '2. Různé: vánoční volno od 23. 12.\n')
add('en', 'block', ['classified-marking'], 'English minutes: the papers circulated are classified SECRET and must be returned.',
    'Minutes of the coordination meeting, 2 December 2026\n\n1. The Chair noted that the papers circulated at the '
    'meeting are classified SECRET and must be returned to the secretary before leaving the room.\n'
    '2. The Border Police briefed on the winter deployment.\n')
add('en', 'block', ['classified-marking'], 'a markdown report whose footer is an underscore-italic "for official use only" sentence.',
    '## Annual review of the consular call centre\n\nCalls answered within 60 s rose to 91 %. Two new lines were added '
    'for Czech and Slovak speakers.\n\n_For official use only – not for release outside the Ministry._\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR header without diacritics: "VYHRAZENE" over "Vytisk c. 3".',
    'VYHRAZENE\nVytisk c. 3\n\nHASICSKY ZACHRANNY SBOR KRAJE\n\nPlan cinnosti pri evakuaci obyvatel v okoli jaderne '
    'elektrarny, aktualizace 2026\n\nShromazdiste: sportovni hala Trebic, kapacita 1 200 osob.')
vi('warn', ['sensitive-personal'], 'a chat: a named colleague has started dialysis.',
   '[17:02] Võ Thị Kim: Mọi người ơi, anh Đoàn Minh Khoa phòng Tổ chức phải chạy thận nhân tạo tuần 3 buổi từ tháng này, '
   'ai trực thay anh ấy chiều thứ Tư được không?\n[17:05] Hà: em trực được ạ')
card2 = luhn('4' + rnd(14, DG), 16)
add('en', 'block', ['financial'], 'a WhatsApp export where a card is read out to pay for a venue.',
    f'[02/12/2026, 11:04:19] Nadia: venue wants a deposit today, can you use mine? Card {grp4(card2)}, exp 03/29\n'
    '[02/12/2026, 11:05:02] Owen: on it')
add('cs', 'block', ['credential'], 'Czech minutes with the data box login and password.',
    'Předávací zápis – spisová služba\nPřístup do datové schránky odboru: uživatel ' + rnd(6, LO) + ', heslo ' + pw(12) + '\n'
    'Předal: J. Kalina, převzala: M. Zemanová')
ph3 = '09' + R.choice('01') + rnd(7, DG)
add('vi', 'warn', ['contact'], 'a chat typed without diacritics giving a colleague\'s private phone.',
    f'[19:20] Bao Chau: sdt rieng cua anh Tung phong KH la {ph3}, co viec gap thi goi\n[19:21] Kien: ok')

# ---- hard negatives (batch 3)
neg('cs', 'Czech minutes saying the papers handed out are not classified.',
    'Zápis z porady: podklady rozdané na poradě nejsou utajované, můžete je sdílet v týmu.')
neg('en', 'English minutes saying the papers circulated are not classified.',
    'The Chair noted that the papers circulated at the meeting are not classified and may be shared with the teams.')
vineg('a training text on the highest level of state secrets.',
      'Câu 4: Trong ba độ mật, tài liệu có độ mật cao nhất là độ Tuyệt mật. Đúng hay sai?')
neg('en', 'a newsletter footer in underscore italics that invites sharing.',
    '## Staff newsletter, December\n\nThe canteen opens at 7:30 from Monday.\n\n_Feel free to share this newsletter with your teams._\n')
vineg('a news item on dialysis capacity at a hospital.',
      'Khoa Thận nhân tạo của bệnh viện hiện có 80 máy, mỗi ngày chạy thận cho khoảng 240 lượt người bệnh.')
neg('cs', 'a parking sign typed without diacritics.',
    'VYHRAZENE PARKOVANI\npro vozidla sluzby, po-pa 7-16')
neg('en', 'a QA chat with a processor\'s published test card.',
    '[10:01] Priya: staging checkout works with the test card 4111 1111 1111 1111, any future expiry\n[10:02] Leo: thanks')
neg('vi', 'a chat typed without diacritics giving a switchboard number.',
    '[08:10] Hoa: tong dai cua So la 0236 3822 111, may le 204 la phong Ke hoach\n[08:11] Minh: cam on chi')

write_round(S, 'round42', 'p42')
