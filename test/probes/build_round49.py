#!/usr/bin/env python3
"""Builds test/probes/round49.jsonl: round 49 of the held-out-style probes, blind batches of every category shaped like
what staff really paste (issue #17), Vietnamese first (about three quarters, with and without diacritics), then Czech
and English — Zalo group exports, Outlook threads with quoted replies, scanned OCR pages with broken diacritics, Excel
sheets pasted as tab text, long monthly reports with one sensitive line deep inside — in organisations no round used:
a port authority (cảng vụ hàng hải) and its vessel-traffic service, a provincial radio and television station, a
forest ranger station (hạt kiểm lâm), a water utility and its SCADA, a people's court clerk's office, a vocational
college, a district veterinary station, a state construction company, a provincial museum. Away from the themes of
rounds 47, 48 and 50 written beside it (a level told in a sentence or chat; sensitive facts of a named person told in
prose; Czech and English configs and long reports).

Batch 1 was scored blind on main e4cfb5f before any rule changed for it; batch 2 was written after batch 1's fixes and
scored blind again (figures in docs/quality-history.md). Labels follow the contract and the decisions already written
(an organisation's account passes, an office's contact passes, a one-time code passes, a published notice without a
number passes, public officials in news stay silent). Values come from seeded or checked makers (probe_ids.py), so the
file rebuilds byte for byte. Stdlib only."""
import base64
from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_negatives, diacritic_pair, drawn, iban, luhn, mst, rc, seeded, strip, timed_chat, write_round

R, rnd = seeded(49049)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def cza(head):
    return drawn(czacct, head, rnd)


def vnmobile():
    return '0' + R.choice(['91', '98', '86', '35', '77', '83', '97', '39']) + rnd(7, DG)


def quote(text, depth=1):
    return '\n'.join(('> ' * depth + line).rstrip() for line in text.split('\n'))


def tab(rows):
    return '\n'.join('\t'.join(r) for r in rows)


def zalo(lines, day='07/12/2026', start=(7, 40)):
    """A Zalo group export as the PC app copies it: the sender and the time on one line, the message below."""
    return timed_chat(R, lines, '{who}  {h:02d}:{m:02d} ' + day + '\n{msg}', start, 12, sep='\n\n')


# ================================================================ batch 1 (scored blind on main e4cfb5f)

# ---- classified-marking
add('vi', 'block', ['classified-marking'], 'an OCR\'d port-authority page whose stamp lost its tone mark ("TÔI MẬT" for "TỐI MẬT") under the number.',
    'CẢNG VỤ HÀNG HẢI QUẢNG NINH       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
    '      Số: 412/CVHHQN-ANHH                Độc lập - Tự do - Hạnh phúc\n'
    '          TÔI MẬT\n'
    '                                   Quảng Ninh, ngày 28 tháng 11 năm 2026\n\n'
    'KẾ HOẠCH\nBảo đảm an ninh cảng biển khi tàu quân sự nước ngoài thăm cảng Hòn Gai\n\n'
    'I. MỤC ĐÍCH, YÊU CẦU\n1. Bảo đảm tuyệt đối an toàn cho tàu và đoàn khách; kiểm soát chặt người, phương tiện ra vào khu '
    'vực bến số 3.\n2. Phối hợp Bộ đội Biên phòng cửa khẩu cảng, Công an tỉnh ...\n')
vi('block', ['classified-marking'], 'a state construction company\'s incoming-document register pasted from Excel as tab text, one row with "Mật" in the "Độ mật" column.',
   tab([['STT', 'Số đến', 'Ngày đến', 'Số, ký hiệu', 'Trích yếu', 'Độ mật', 'Độ khẩn', 'Đơn vị xử lý'],
        ['1', '1021', '02/12/2026', '3315/BXD-HĐXD', 'V/v thẩm định thiết kế cầu Bến Thủy 3', 'Thường', 'Thường', 'P.Kỹ thuật'],
        ['2', '1022', '02/12/2026', '118/BCH-TM', 'V/v thi công hạng mục hầm chỉ huy khu vực phòng thủ', 'Mật', 'Khẩn', 'Ban QLDA 2'],
        ['3', '1023', '03/12/2026', '76/TB-KBNN', 'Thông báo kế hoạch vốn đợt 4', 'Thường', 'Thường', 'P.Tài chính']]),
   'csv')
vi('block', ['classified-marking'], 'an Outlook reply of a radio station quoting, with "> ", a party committee\'s letter whose stamp sits under the number.',
   'Anh Khoa ơi, em đã lên kịch bản bản tin theo định hướng dưới, anh duyệt giúp em trước 16h nhé.\nThu Trang\n\n'
   '-----Original Message-----\nFrom: Văn phòng Đài <vanphong@ptth.vn>\nSent: Monday, December 7, 2026 8:12 AM\n'
   'To: Phòng Thời sự\nSubject: FW: Định hướng tuyên truyền tháng 12\n\n' +
   quote('TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO\n*\nSố 215-CV/BTGTU\nMẬT\nV/v định hướng thông tin về vụ việc tại xã Châu Tiến\n\n'
         'Kính gửi: Đài Phát thanh và Truyền hình tỉnh\n\n1. Không đưa tin về số người bị bắt giữ khi chưa có thông báo '
         'của Công an tỉnh.\n2. Tập trung phản ánh việc chính quyền hỗ trợ người dân ổn định đời sống.\n'))
LONG_REPORT_HEAD = ('HẠT KIỂM LÂM HUYỆN MƯỜNG LÁT\n\nBÁO CÁO\nKết quả công tác quản lý, bảo vệ rừng tháng 11 năm 2026\n\n'
                    'I. TÌNH HÌNH CHUNG\nTrong tháng, thời tiết khô hanh kéo dài, nguy cơ cháy rừng ở cấp IV tại các xã '
                    'Pù Nhi, Nhi Sơn, Mường Chanh. Hạt đã duy trì 24/24 giờ trực phòng cháy, chữa cháy rừng tại 06 trạm.\n\n'
                    'II. KẾT QUẢ THỰC HIỆN\n1. Công tác tuyên truyền: tổ chức 14 buổi tuyên truyền tại thôn bản với 820 lượt '
                    'người tham gia; ký cam kết bảo vệ rừng với 312 hộ.\n2. Công tác tuần tra, kiểm tra rừng: tổ chức 96 lượt '
                    'tuần tra, phát hiện 07 vụ phát rừng làm nương trái phép, diện tích 2,4 ha.\n')
LONG_REPORT_PAGE2 = ('3. Xử lý vi phạm: lập biên bản 09 vụ, xử phạt hành chính 08 vụ, thu nộp ngân sách 86,5 triệu đồng; '
                     'chuyển 01 vụ sang Công an huyện đề nghị khởi tố.\n4. Phòng cháy, chữa cháy rừng: xảy ra 01 vụ cháy '
                     'tại bản Sài Khao, diện tích thiệt hại 0,6 ha rừng trồng keo; đã dập tắt sau 3 giờ.\n'
                     '5. Phát triển rừng: trồng mới 45 ha rừng sản xuất, chăm sóc 210 ha rừng trồng năm 2024-2025.\n\n'
                     'III. TÌNH HÌNH AN NINH KHU VỰC BIÊN GIỚI\nPhối hợp Đồn Biên phòng Pù Nhi nắm tình hình 03 điểm nghi '
                     'có đường mòn vận chuyển gỗ trái phép qua biên giới; danh sách 05 đối tượng nghi vấn đã báo cáo riêng.\n\n'
                     'IV. PHƯƠNG HƯỚNG THÁNG 12\n1. Tăng cường tuần tra dịp cuối năm, Tết Nguyên đán.\n2. Kiểm tra các cơ sở chế '
                     'biến gỗ trên địa bàn.\n\nNơi nhận:\n- Chi cục Kiểm lâm tỉnh;\n- UBND huyện;\n- Lưu: VT.\n\nHẠT TRƯỞNG\n')
# (relabelled after blind scoring: the report closes with "Nơi nhận" and "Lưu: VT", an internal official document —
# the rules' official-document warn on it was right, the label had left it out)
vi('block', ['classified-marking', 'official-document'], 'a forest ranger station\'s monthly report (~2 KB) where only the second page\'s running header "| MẬT | Trang 2/3" carries the level.',
   LONG_REPORT_HEAD + '\n---------------------------------------------------------------\n'
   'Hạt Kiểm lâm huyện Mường Lát | MẬT | Trang 2/3\n---------------------------------------------------------------\n'
   + LONG_REPORT_PAGE2)
add('en', 'block', ['classified-marking'], 'an Outlook thread of a water utility whose quoted original opens with "Classification: OFFICIAL-SENSITIVE".',
    'Thanks Minh, forwarding to the SCADA vendor is fine for the timeline part only.\n\nDavid\n\n'
    'From: Pham Duc Minh\nSent: 04 December 2026 17:40\nTo: David Kerr\nSubject: RE: Incident at Cau Do pumping station\n\n'
    'Classification: OFFICIAL-SENSITIVE\n\nDavid,\n\nSummary of Tuesday\'s event: the chlorine dosing PLC at Cau Do '
    'received unexpected setpoint writes at 02:14 from the engineering workstation. Operators switched to manual '
    'dosing at 02:31. Root cause still open; the workstation has been isolated.\n\nMinh\n')
add('cs', 'block', ['classified-marking'], 'a Czech OCR\'d court page with broken diacritics and the stamp "VYHRAZENÉ" beside "Počet listů".',
    'OKRESNl SOUD V J1HLAVE\nSp. zn.: 3 T 41/2026\n\nVYHRAZENE\nPoc et listu: 4\nVytisk c. 2\n\n'
    'Zaznam o provedeni odposlechu a zaznamu telekomunikacniho provozu\nV souladu s \u00a7 88 tr. r. byl na zaklade prikazu '
    'soudce proveden odposlech stanice uzivatele ...\n')
vi('block', ['classified-marking'], 'a Zalo group export of a veterinary station where a forwarded plan\'s text opens with "Độ mật: Mật".',
   zalo([('Lê Văn Thắng', 'Anh em đọc kỹ kế hoạch huyện gửi, chiều nay họp triển khai'),
         ('Lê Văn Thắng', '[Tin nhắn chuyển tiếp]\nUBND HUYỆN YÊN THẾ\nBAN CHỈ ĐẠO PHÒNG CHỐNG DỊCH BỆNH ĐỘNG VẬT\n'
          'Độ mật: Mật\nKẾ HOẠCH xử lý ổ dịch tả lợn châu Phi tại thôn Đồng Vàng\n1. Lập 02 chốt kiểm dịch tạm thời tại '
          'ngã ba Mỏ Trạng và cầu Đồng Vàng.\n2. Tiêu hủy toàn bộ đàn lợn của 06 hộ trong vùng dịch trước 18h ngày 08/12.'),
         ('Nguyễn Thị Hạnh', 'Dạ em nhận'), ('Hoàng Văn Dũng', 'Trạm cần thêm vôi bột anh ơi, khoảng 2 tấn')]))
vi('block', ['classified-marking'], 'a provincial museum\'s security plan converted by pdftotext, the stamp merged into the motto\'s line.',
   'SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBẢO TÀNG TỈNH THANH HÓA    Độc lập - Tự do - Hạnh phúc    MẬT\n'
   'Số: 57/PA-BT    Thanh Hóa, ngày 01 tháng 12 năm 2026\n\nPHƯƠNG ÁN\nBảo vệ trưng bày bảo vật quốc gia "Trống đồng Cẩm Giang" '
   'dịp Tết Nguyên đán\n\n1. Lực lượng: 08 bảo vệ chia 3 ca, 02 cán bộ công an phường tăng cường ban đêm.\n'
   '2. Hệ thống camera: 16 mắt, lưu hình 30 ngày; vị trí tủ kính số 4 có cảm biến rung.\n')
vi('block', ['classified-marking'], 'a state construction company\'s drawing-set cover page with "ĐỘ MẬT: TỐI MẬT".',
   'TỔNG CÔNG TY XÂY DỰNG TRƯỜNG SƠN\nCÔNG TY 492\n\nHỒ SƠ THIẾT KẾ BẢN VẼ THI CÔNG\nCÔNG TRÌNH: SỞ CHỈ HUY CƠ BẢN KVPT HUYỆN\n'
   'HẠNG MỤC: HẦM CHỈ HUY, HÀO GIAO THÔNG\nĐỘ MẬT: TỐI MẬT\nSỐ BẢN: 03/06\n\nHà Nội, tháng 11/2026')
add('en', 'block', ['classified-marking'], 'a port facility security plan\'s cover as an English text page: "RESTRICTED" above "Copy 2 of 4".',
    'HON GAI PORT FACILITY\nPORT FACILITY SECURITY PLAN (PFSP)\nRevision 5 - November 2026\n\nRESTRICTED\nCopy 2 of 4\n\n'
    'Prepared under the ISPS Code, Part A section 16, and approved by the Designated Authority.\n'
    'Section 4: Access control points, security levels 1-3\nSection 7: Restricted areas and their monitoring\n')

# ---- official-document
vi('warn', ['official-document'], 'a people\'s court clerk pasting a trial-date decision to be retyped.',
   'Chị gõ lại giúp em quyết định này, bản scan mờ quá:\n\nTÒA ÁN NHÂN DÂN HUYỆN YÊN THẾ\nTỈNH BẮC GIANG\n'
   'Số: 45/2026/QĐXXST-DS\n\nQUYẾT ĐỊNH\nĐƯA VỤ ÁN RA XÉT XỬ\n\nTÒA ÁN NHÂN DÂN HUYỆN YÊN THẾ\n'
   'Căn cứ vào các điều 48, 203 và 220 của Bộ luật Tố tụng dân sự;\nSau khi nghiên cứu hồ sơ vụ án dân sự sơ thẩm thụ lý '
   'số 112/2026/TLST-DS ngày 14 tháng 8 năm 2026 về việc "Tranh chấp hợp đồng vay tài sản",\n\nQUYẾT ĐỊNH:\n'
   '1. Đưa ra xét xử sơ thẩm vụ án dân sự ... vào lúc 08 giờ 00 phút ngày 22 tháng 12 năm 2026.\n')
add('vi', 'warn', ['official-document'], 'a vocational college\'s graduation decision typed without diacritics, with its recipients.',
    'TRUONG CAO DANG NGHE CO DIEN HA NOI\nSo: 312/QD-CDN\nHa Noi, ngay 30 thang 11 nam 2026\n\nQUYET DINH\n'
    'Ve viec cong nhan tot nghiep va cap bang cao dang khoa 2023-2026\n\nHIEU TRUONG TRUONG CAO DANG NGHE CO DIEN HA NOI\n'
    'Can cu Luat Giao duc nghe nghiep ngay 27/11/2014;\nXet de nghi cua Truong phong Dao tao,\n\nQUYET DINH:\n'
    'Dieu 1. Cong nhan tot nghiep cho 214 sinh vien (co danh sach kem theo).\nDieu 2. Quyet dinh co hieu luc ke tu ngay ky.\n\n'
    'Noi nhan:\n- Nhu Dieu 2;\n- Luu: VT, DT.\n\nHIEU TRUONG')
add('en', 'warn', ['official-document'], 'an English working translation of a water utility\'s dispatch with "Ref. No." and a recipients list.',
    'NGHE AN WATER SUPPLY JOINT STOCK COMPANY\nRef. No.: 1184/CV-CTN\nRe: suspension of water supply for network repair\n\n'
    'To: People\'s Committees of Vinh city wards\n\nThe Company respectfully informs that water supply in Ben Thuy, Trung Do '
    'and Hung Dung wards will be suspended from 22:00 on 12 December to 05:00 on 13 December 2026 to replace the DN600 '
    'main on Nguyen Du street.\n\nRecipients:\n- As above;\n- Provincial Department of Construction (for reporting);\n'
    '- Archive: Admin, Technical.\n\np.p. GENERAL DIRECTOR\n')
add('cs', 'warn', ['official-document'], 'a Czech regional museum\'s letter with "Č. j." and "Spisový znak" pasted for a summary.',
    'Shrň mi prosím tenhle dopis do tří vět:\n\nMuzeum Vysočiny Jihlava, příspěvková organizace\nČ. j.: MVJ/0715/2026\n'
    'Spisový znak: 1.3 / Skartační znak: V/10\nVyřizuje: Mgr. Hana Krausová\n\nVěc: Výpůjčka sbírkových předmětů na výstavu '
    '„Stříbro Jihlavska“\n\nVážený pane řediteli,\nna základě Vaší žádosti ze dne 12. 11. 2026 souhlasíme s výpůjčkou 14 '
    'sbírkových předmětů (inv. č. H 2214–H 2227) za podmínek uvedených ve smlouvě o výpůjčce ...\n')

# ---- national-id
c1, c2, c3 = (cccd('024', 'm', 1975, R.randrange(10**6)), cccd('024', 'f', 1982, R.randrange(10**6)),
              cccd('024', 'm', 1990, R.randrange(10**6)))
add('vi', 'block', ['national-id'], 'a court clerk\'s summons list pasted from Excel, CCCD in a column whose header is two lines up.',
    'DANH SÁCH TRIỆU TẬP PHIÊN HÒA GIẢI NGÀY 15/12/2026\n' +
    tab([['STT', 'Họ và tên', 'Tư cách tố tụng', 'Số CCCD', 'Địa chỉ'],
         ['1', 'Giáp Văn Tuấn', 'Nguyên đơn', c1, 'thôn Đồng Vàng, xã Đồng Hưu'],
         ['2', 'Ngô Thị Lụa', 'Bị đơn', c2, 'thôn Mỏ Trạng, xã Tam Tiến'],
         ['3', 'Thân Văn Hòa', 'Người làm chứng', c3, 'tổ dân phố Hoàng Hoa Thám, TT Cầu Gồ']]), 'csv')
c4, c5 = cccd('024', 'm', 1968, R.randrange(10**6)), cccd('024', 'f', 1971, R.randrange(10**6))
a4, a5 = '2' + rnd(12, DG), '2' + rnd(12, DG)
add('vi', 'block', ['national-id', 'financial'], 'a veterinary station\'s culled-pig compensation list without diacritics: CCCD and personal accounts in tab columns.',
    'DS HO DUOC HO TRO TIEU HUY LON - XA DONG HUU (dot 1)\n' +
    tab([['TT', 'Ho ten chu ho', 'CCCD', 'So con', 'Trong luong (kg)', 'So tien (d)', 'STK', 'Ngan hang'],
         ['1', 'Nguyen Van Quy', c4, '12', '864', '31.104.000', a4, 'Agribank Yen The'],
         ['2', 'Luong Thi Dao', c5, '7', '455', '16.380.000', a5, 'Agribank Yen The']]), 'csv')
r1 = rc(7, 5, 22, 118)
add('cs', 'block', ['national-id'], 'a Czech Outlook reply from a vocational school\'s study office giving a pupil\'s birth number.',
    'Dobrý den, paní Marková,\nposílám chybějící údaje pro přihlášku ke studiu oboru Elektrikář:\n'
    f'Jméno: Tomáš Marek, rodné číslo {r1}, bydliště Třebíč, Hrotovická 1120.\n\nS pozdravem\nJana Marková\n\n'
    '> Dne 3. 12. 2026 v 9:15 napsal(a) Studijní oddělení SOU Třebíč:\n> Dobrý den, v přihlášce chybí rodné číslo žáka, prosíme o doplnění.\n')
pp = ['B' + rnd(7, DG), 'C' + rnd(7, DG), 'C' + rnd(7, DG)]
add('en', 'block', ['national-id'], 'a port authority\'s crew list pasted as tab text with seafarers\' passport numbers.',
    'CREW LIST - MV HAI PHONG STAR - arrival Cam Pha 06/12/2026\n' +
    tab([['No', 'Name', 'Rank', 'Nationality', 'Date of birth', 'Passport No'],
         ['1', 'TRAN VAN HIEU', 'Master', 'Vietnamese', '14/02/1976', pp[0]],
         ['2', 'DO MANH CUONG', 'Chief Officer', 'Vietnamese', '03/09/1983', pp[1]],
         ['3', 'LE QUOC BAO', 'Chief Engineer', 'Vietnamese', '21/12/1979', pp[2]]]), 'csv')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a ranger station\'s staff sheet pasted from Excel, one named ranger\'s health note in the last column.',
   'DANH SÁCH PHÂN CÔNG TRỰC TẾT – TRẠM KIỂM LÂM PÙ NHI\n' +
   tab([['STT', 'Họ tên', 'Chức vụ', 'Ngày trực', 'Ghi chú'],
        ['1', 'Hà Văn Lực', 'Trạm trưởng', '29, 30 Tết', ''],
        ['2', 'Lò Văn Xôm', 'Kiểm lâm viên', 'Mùng 1, 2', 'đang điều trị lao phổi, không phân công đi rừng'],
        ['3', 'Vi Thị Nga', 'Kiểm lâm viên', 'Mùng 3, 4', '']]), 'csv')
add('cs', 'warn', ['sensitive-personal'], 'a Czech court clerk\'s record excerpt: a named person\'s criminal-record entries.',
    'Výpis z evidence Rejstříku trestů fyzických osob\nJméno a příjmení: Radek Svoboda, nar. 14. 6. 1988\n'
    'Záznamy:\n1) Okresní soud v Jihlavě, 2 T 118/2019: krádež § 205 odst. 2 tr. zákoníku, trest odnětí svobody 10 měsíců '
    'podmíněně na 2 roky.\n2) Okresní soud v Třebíči, 4 T 31/2023: maření výkonu úředního rozhodnutí, obecně prospěšné práce 200 h.\n')
add('en', 'warn', ['sensitive-personal'], 'a museum\'s absence tracker pasted as tab text with a named guide\'s chemotherapy.',
    'Absence tracker - Visitor Services - December\n' +
    tab([['Staff', 'Dates', 'Type', 'Notes'],
         ['Harriet Cole', '1-5 Dec', 'Annual leave', ''],
         ['Owen Pritchard', '2-19 Dec', 'Sick leave', 'second cycle of chemotherapy, phased return in January'],
         ['Maya Singh', '8 Dec', 'TOIL', '']]), 'csv')

# ---- financial
a6 = '1903' + rnd(10, DG)
vi('block', ['financial'], 'a radio station\'s Zalo chat paying a freelance contributor\'s royalties to her own account.',
   zalo([('Kế toán Đài - Thu Hà', 'Các phòng gửi thông tin cộng tác viên để chi nhuận bút tháng 11 nhé'),
         ('Phòng Văn nghệ - Tuấn', f'Chị chuyển nhuận bút bài "Mùa hoa tam giác mạch" cho CTV Đỗ Thị Mến: STK {a6} Techcombank, chủ TK Do Thi Men, số tiền 1.850.000đ'),
         ('Kế toán Đài - Thu Hà', 'Ok em')], start=(14, 2)))
acc = cza('27')
add('cs', 'block', ['financial'], 'a Czech water utility\'s e-mail refunding an overpayment to a customer\'s personal account.',
    'Dobrý den, pane Kučero,\npřeplatek za vodné a stočné za rok 2026 ve výši 1 284 Kč Vám vrátíme do 15 dnů na Váš účet '
    f'č. {acc}/0300, který jste uvedl v žádosti.\n\nZákaznické centrum VAS Jihlava')
card = luhn('4' + rnd(14, DG), 16)
add('en', 'block', ['financial'], 'a museum shop\'s refund e-mail quoting a visitor\'s full card number.',
    'Hi Priya,\ncan you refund the duplicate ticket order #M-20931 (2 x £18)? The visitor paid twice with the same card, '
    f'{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}, exp 08/28, name Laura Bennett.\nThanks, Tom (front desk)')

# ---- credential
add('en', 'block', ['credential'], 'a radio station\'s Icecast config pasted to debug the stream: the source and admin passwords.',
    'stream drops every ~40 min, config below, any idea?\n\n<icecast>\n  <limits>\n    <clients>500</clients>\n    <sources>4</sources>\n  </limits>\n'
    f'  <authentication>\n    <source-password>{pw(12)}</source-password>\n    <admin-user>admin</admin-user>\n'
    f'    <admin-password>{pw(13)}</admin-password>\n  </authentication>\n  <hostname>stream.ptth-nghean.vn</hostname>\n'
    '  <listen-socket>\n    <port>8000</port>\n  </listen-socket>\n</icecast>\n')
cam = pw(10)
vi('block', ['credential'], 'a ranger station\'s chat giving a camera\'s RTSP link with the password inside.',
   f'[20:11] Trạm Pù Nhi - Xôm: anh ơi camera chòi canh lửa số 2 xem trên điện thoại không được\n'
   f'[20:15] Hạt - Kỹ thuật Minh: em thêm luồng này vào app nhé rtsp://admin:{cam}@113.160.{R.randrange(2, 250)}.{R.randrange(2, 250)}:554/Streaming/Channels/101\n'
   '[20:18] Trạm Pù Nhi - Xôm: xem được rồi anh')

# ---- contact
m1, m2 = vnmobile(), vnmobile()
vi('warn', ['contact'], 'a museum\'s volunteer guide roster pasted from Excel with personal mobiles and Gmail addresses.',
   'DANH SÁCH TÌNH NGUYỆN VIÊN THUYẾT MINH DỊP TẾT\n' +
   tab([['STT', 'Họ tên', 'Trường', 'Điện thoại', 'Email'],
        ['1', 'Lê Thu Phương', 'ĐH Hồng Đức', m1, f'thuphuong.le{rnd(2, DG)}@gmail.com'],
        ['2', 'Trịnh Quốc Anh', 'ĐH Văn hóa', m2, f'quocanh.trinh{rnd(2, DG)}@gmail.com']]), 'csv')

# ---- infrastructure
vi('warn', ['infrastructure'], 'a water utility\'s SCADA address table pasted from Excel: pumping stations\' PLCs at private addresses.',
   'BẢNG ĐỊA CHỈ THIẾT BỊ SCADA – NHÀ MÁY NƯỚC HƯNG VĨNH\n' +
   tab([['Thiết bị', 'Vị trí', 'Địa chỉ IP', 'Cổng'],
        ['PLC S7-1500', 'Trạm bơm cấp 1', '10.20.5.11', '102'],
        ['PLC S7-1200', 'Trạm bơm tăng áp Cửa Nam', '10.20.5.24', '102'],
        ['HMI WinCC', 'Phòng điều độ', '10.20.1.5', '-']]), 'csv')
add('en', 'warn', ['infrastructure'], 'a port VTS help-desk note naming internal radar and AIS hosts.',
    'VTS Hon Gai – shift log 06/12 night\n03:10 radar picture frozen on console 2; vts-radar01.vtshongai.local reachable, '
    'ais-gw02.vtshongai.local not responding. Restarted AIS gateway service, picture back 03:26.\n')

# ---- hard negatives
neg('vi', 'a radio station\'s programme schedule pasted from Excel with a show titled "MẬT NGỌT ĐỒNG QUÊ".',
    'LỊCH PHÁT SÓNG KÊNH NA1 – THỨ BẢY 12/12\n' +
    tab([['Giờ', 'Chương trình', 'Thể loại'], ['19:00', 'THỜI SỰ TỔNG HỢP', 'Tin tức'], ['19:45', 'MẬT NGỌT ĐỒNG QUÊ', 'Phim tài liệu'],
         ['20:30', 'CA NHẠC: NGHỆ AN MẾN THƯƠNG', 'Ca nhạc'], ['22:00', 'BÍ MẬT ĐẠI DƯƠNG', 'Phim tài liệu nước ngoài']]))
vineg('a ranger station\'s public monthly bulletin: forest cover density ("mật độ"), honey bees, the hotline.',
      'BẢN TIN KIỂM LÂM THÁNG 11/2026\nĐộ che phủ rừng toàn huyện đạt 62,5%, mật độ cây rừng trồng bình quân 1.600 cây/ha. '
      'Mô hình nuôi ong lấy mật dưới tán rừng tại bản Sài Khao cho thu nhập 80 triệu đồng/hộ/năm. Phát hiện cháy rừng xin báo '
      'ngay đường dây nóng 1900 9223 hoặc Hạt Kiểm lâm 0237 3873 114.')
wa = '11' + rnd(10, DG)
vineg('a water utility\'s customer notice with the company\'s own collection account and hotline.',
      'THÔNG BÁO\nKhách hàng thanh toán tiền nước tháng 11/2026 trước ngày 20/12 bằng chuyển khoản vào tài khoản Công ty Cổ phần '
      f'Cấp nước Nghệ An, số {wa} tại Vietinbank Nghệ An, nội dung ghi mã khách hàng. Tổng đài hỗ trợ 1900 6768.')
vineg('a vocational college\'s admissions notice telling applicants how to log in (no value).',
      'Thí sinh đăng nhập cổng tuyển sinh bằng số CCCD và mật khẩu được gửi qua tin nhắn SMS; sau lần đăng nhập đầu '
      'tiên phải đổi mật khẩu. Hỗ trợ: phòng Đào tạo, email tuyensinh@cdncdhn.edu.vn.')
neg('vi', 'a veterinary station\'s Zalo message with a one-time code from the e-payment portal.',
    zalo([('Nguyễn Thị Hạnh', 'Anh Thắng ơi mã OTP cổng dịch vụ công gửi về máy anh đấy, anh đọc giúp em'),
          ('Lê Văn Thắng', '482913'), ('Nguyễn Thị Hạnh', 'Nộp phí kiểm dịch xong rồi ạ')], start=(9, 3)))
vineg('a museum\'s exhibition news with "Hồ sơ tuyệt mật" as an exhibit\'s title.',
      'Từ ngày 15/12, Bảo tàng tỉnh mở chuyên đề "Hồ sơ tuyệt mật: Điệp viên H3 và mạng lưới tình báo Hàm Rồng" với hơn '
      '120 hiện vật, tài liệu lần đầu công bố. Vé vào cửa 20.000 đồng, miễn phí cho học sinh.')
neg('vi', 'a state construction company\'s public tender notice with its bid number and the company\'s bid-security account.',
    f'THÔNG BÁO MỜI THẦU\nBên mời thầu: Công ty 492 – Tổng Công ty Xây dựng Trường Sơn\nGói thầu: Cung cấp thép xây dựng, '
    f'số TBMT IB26000{rnd(5, DG)}\nBảo đảm dự thầu: 45.000.000 đồng, nộp vào tài khoản của Công ty 492 số {"1" + rnd(12, DG)} tại BIDV.\n'
    'Thời điểm đóng thầu: 9h00 ngày 21/12/2026.')
add('vi', 'pass', [], 'Hard negative: a court clerk\'s chat about a closed hearing without naming anyone (typed without diacritics).',
    '[15:20] Thu ky Hoa: phien chieu nay xu kin theo quyet dinh cua HDXX vi lien quan bi mat doi tu duong su, phong viên khong vao\n'
    '[15:21] Bao ve Tam: em nhan, em khoa cua phong xu 2')
neg('en', 'a port authority\'s tariff e-mail with a confidentiality disclaimer.',
    'Dear agents,\nplease find the 2027 port dues and pilotage tariff attached; new rates apply from 1 January.\n\nRegards,\n'
    'Harbour Master\'s Office\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named '
    'recipient and may contain confidential information. If you are not the intended recipient, delete it.')
neg('en', 'a water utility\'s Grafana datasource reading its password from the environment.',
    'apiVersion: 1\ndatasources:\n  - name: SCADA historian\n    type: postgres\n    url: historian-db:5432\n    user: grafana_ro\n'
    '    secureJsonData:\n      password: $__env{HISTORIAN_PG_PASSWORD}\n    jsonData:\n      database: scada\n      sslmode: require\n')
neg('cs', 'a Czech museum press release with "TAJNÉ CHODBY" as a guided tour\'s name.',
    'Muzeum Vysočiny zve na adventní prohlídky\nTAJNÉ CHODBY JIHLAVSKÉHO PODZEMÍ\nKaždou sobotu v 10 a 14 h, vstupné 120 Kč, '
    'rezervace na pokladně muzea.\nPřijďte odhalit tajemství středověkých sklepů.')
vka = cza('10')
neg('cs', 'a Czech water bill with the utility\'s own account, IČO and DIČ.',
    'Vodárenská akciová společnost, a.s., IČO 49455842, DIČ CZ49455842\nFaktura za vodné a stočné 10/2026\n'
    f'Částka k úhradě: 1 968 Kč\nÚčet dodavatele: {vka}/0100, VS 2611047\nSplatnost: 20. 12. 2026')
neg('en', 'a vocational college\'s networking module outline naming the private address ranges.',
    'Module NET-204: Network administration\nWeek 3 - addressing: public vs private ranges (10.0.0.0/8, 172.16.0.0/12, '
    '192.168.0.0/16), subnetting a /24 into four /26, NAT overload.\nLab: configure DHCP pools on the training router.')
neg('en', 'a museum collection record whose status is "RESTRICTED ACCESS (conservation)".',
    'Object number: 2019.44.7\nTitle: Bronze drum, Dong Son culture\nLocation: Store B, bay 12\n'
    'Status: RESTRICTED ACCESS (conservation)\nCondition: active corrosion on tympanum; handle with gloves only.\n')
vineg('a people\'s court\'s public notice of office hours and the reception desk\'s phone.',
      'Tòa án nhân dân huyện Yên Thế tiếp công dân vào thứ 3 và thứ 5 hằng tuần, sáng từ 7h30 đến 11h00. '
      'Mọi thắc mắc liên hệ bộ phận tiếp nhận đơn, điện thoại 0204 3876 215.')
neg('vi', 'a vocational college\'s IT how-to pasted in a Zalo group (the password is a placeholder).',
    'Hướng dẫn kết nối Wi-Fi phòng thực hành:\n1. Chọn mạng CDN-LAB\n2. Nhập tài khoản sinh viên và mật khẩu: <mật khẩu cổng '
    'đào tạo của em>\n3. Nếu quên mật khẩu, đến phòng CNTT tầng 2 để cấp lại.')

# (relabelled after blind scoring, written as a hard negative: with its recipients block and "Lưu: VT" the report is an
# internal official document, so it warns official-document)
vi('warn', ['official-document'], 'the same forest ranger report with a running header that holds no level (an official document by its recipients block).',
   LONG_REPORT_HEAD + '\n---------------------------------------------------------------\n'
   'Hạt Kiểm lâm huyện Mường Lát | Báo cáo tháng 11 | Trang 2/3\n---------------------------------------------------------------\n'
   + LONG_REPORT_PAGE2.replace('danh sách 05 đối tượng nghi vấn đã báo cáo riêng', 'đã báo cáo Chi cục theo quy định'))
vineg('a port authority\'s public maritime notice with buoy coordinates (no number).',
      'THÔNG BÁO HÀNG HẢI\nVề việc thay đổi đặc tính hoạt động của phao báo hiệu số "6" luồng Hòn Gai – Cái Lân\n'
      'Vùng biển: Quảng Ninh\nTên phao: phao số "6"\nVị trí: 20°56\'12" N, 107°02\'48" E\n'
      'Đặc tính ánh sáng mới: chớp đỏ nhóm 2, chu kỳ 6 giây.\nHướng dẫn hàng hải: các phương tiện hành hải chú ý quan sát, đi đúng luồng.')
neg('en', 'a vendor\'s public security advisory for the water utility\'s PLC family (no internal address).',
    'Security advisory SSA-2026-118: a vulnerability in the web server of S7-1500 CPUs (CVE-2026-31877, CVSS 7.5) may allow '
    'a denial of service. Affected: firmware below V3.1.4. Remedy: update to V3.1.4; restrict access to port 443 to trusted '
    'networks; see the vendor\'s operational guidelines for industrial security.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- classified-marking
add('vi', 'block', ['classified-marking', 'official-document'], 'an OCR\'d court report whose stamp lost its dot below ("MÂT") under the number.',
    'TOA AN NHAN DAN TINH BAC GIANG\nSố: 77/BC-TA\nMÂT\nBắc Giang, ngày 02 tháng 12 năm 2026\n\nBÁO CÁO\n'
    'Tình hình giải quyết các vụ án hình sự có yếu tố nước ngoài năm 2026\n\nKính gửi: Ban Nội chính Tỉnh ủy\n\n'
    '1. Số vụ thụ lý: 06 vụ/11 bị cáo, trong đó 02 vụ liên quan đường dây mua bán người qua biên giới ...\n')
add('vi', 'block', ['classified-marking'], 'a veterinary station\'s outgoing-document register typed without diacritics, "Mat" in its "Do mat" column.',
    'SO DANG KY VAN BAN DI - TRAM CHAN NUOI VA THU Y YEN THE\n' +
    tab([['STT', 'So, ky hieu', 'Ngay', 'Trich yeu', 'Do mat', 'Noi nhan'],
         ['41', '88/BC-TTY', '01/12/2026', 'Bao cao tinh hinh dich ta lon chau Phi', 'Thuong', 'Chi cuc CNTY'],
         ['42', '89/BC-TTY', '03/12/2026', 'Bao cao danh sach ho vi pham van chuyen lon benh', 'Mat', 'Cong an huyen'],
         ['43', '90/KH-TTY', '04/12/2026', 'Ke hoach tiem phong dot 2', 'Thuong', 'UBND cac xa']]), 'csv')
vi('block', ['classified-marking'], 'an Outlook reply in Vietnamese ("TL:" subject prefix) whose subject carries "– Tối mật" after a water plant\'s protection plan.',
   'Từ: Nguyễn Đình Khải\nGửi: Thứ Hai, 7 tháng 12, 2026 9:02 SA\nĐến: Phòng An ninh – Công ty Cấp nước\n'
   'Chủ đề: TL: Phương án bảo vệ mục tiêu Nhà máy nước Hưng Vĩnh – Tối mật\n\nCác anh bổ sung giúp vị trí chốt gác số 3 '
   'và số điện thoại trực ban vào mục II nhé.\n\nKhải\n\n________________________________\nTừ: Phòng An ninh\n'
   'Gửi: Thứ Sáu, 4 tháng 12, 2026 4:40 CH\nChủ đề: Phương án bảo vệ mục tiêu Nhà máy nước Hưng Vĩnh – Tối mật\n\n'
   'Gửi anh dự thảo phương án, mục II còn thiếu sơ đồ bố trí lực lượng.\n')
RADIO_DAYS = ''.join(f'- Ngày {d}/11: phát {n} tin, {k} phóng sự; tỷ lệ phát đúng giờ {t}%.\n'
                     for d, n, k, t in [(2, 46, 5, 99.2), (9, 51, 4, 98.7), (16, 44, 6, 99.5), (23, 49, 3, 99.0), (30, 53, 7, 98.9)])
vi('block', ['classified-marking'], 'a radio station\'s monthly report (~2.5 KB) with a pasted internal bulletin marked "LƯU HÀNH NỘI BỘ" in its fourth section.',
   'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN\nPHÒNG THỜI SỰ\n\nBÁO CÁO CÔNG TÁC THÁNG 11/2026\n\n1. Sản xuất chương trình\n'
   + RADIO_DAYS + '\n2. Phối hợp với các huyện: nhận 214 tin bài cộng tác, sử dụng 167.\n\n3. Kỹ thuật: máy phát FM 97,5 MHz tại '
   'Quỳ Hợp ngừng 40 phút ngày 19/11 do mất điện lưới.\n\n4. Định hướng thông tin (trích bản tin gửi lãnh đạo các phòng)\n'
   'LƯU HÀNH NỘI BỘ\nDư luận tại xã Châu Tiến tiếp tục bức xúc về việc thu hồi đất làm dự án thủy điện; 03 đối tượng kích động '
   'đang bị Công an tỉnh theo dõi. Các phóng viên không tác nghiệp tại địa bàn khi chưa có ý kiến của Ban Giám đốc.\n\n'
   '5. Đề xuất: bổ sung 02 máy quay cho tổ phóng viên miền Tây.\n\nTRƯỞNG PHÒNG\n')
add('en', 'block', ['classified-marking'], 'a port security plan excerpt carrying the US "SENSITIVE SECURITY INFORMATION" banner and its warning.',
    'SENSITIVE SECURITY INFORMATION\n\nFacility Security Plan - Terminal 3 (Container Yard)\nSection 5.2 Access control\n'
    'Gate 3B is unmanned between 00:00 and 05:00; access is by TWIC card reader only, camera coverage C3-14 to C3-19.\n\n'
    'WARNING: This record contains Sensitive Security Information that is controlled under 49 CFR parts 15 and 1520. '
    'No part of this record may be disclosed to persons without a "need to know".\n')
add('cs', 'block', ['classified-marking'], 'a Czech water utility\'s document list pasted from Excel with "Stupeň utajení" and one "Vyhrazené" row.',
    'Seznam dokumentace krizového řízení – VAS a.s.\n' +
    tab([['Č.', 'Dokument', 'Verze', 'Stupeň utajení', 'Uložení'],
         ['1', 'Havarijní plán ÚV Hosov', '2026/2', 'neutajované', 'sdílený disk'],
         ['2', 'Plán krizové připravenosti – zdroje a zranitelná místa', '2026/1', 'Vyhrazené', 'registratura UI'],
         ['3', 'Kontakty dispečinku', '2026/5', 'neutajované', 'sdílený disk']]), 'csv')
vi('block', ['classified-marking', 'official-document'], 'a state construction company\'s e-office routing slip pasted as text, "Độ mật: Mật" beside the symbol.',
   'PHIẾU XỬ LÝ VĂN BẢN ĐẾN\nSố đến: 1107\tNgày đến: 05/12/2026\nSố, ký hiệu: 204/BCH-HC\tĐộ mật: Mật\tĐộ khẩn: Thường\n'
   'Cơ quan ban hành: Bộ CHQS tỉnh\nTrích yếu: V/v bàn giao mặt bằng thi công trận địa pháo phòng không\n'
   'Ý kiến lãnh đạo: Giao Ban QLDA 2 chủ trì, báo cáo trước 10/12.\n')

# ---- official-document
add('en', 'warn', ['official-document'], 'an English translation of a museum\'s loan agreement request with its number and "Recipients".',
    'THANH HOA PROVINCIAL MUSEUM\nNo.: 61/BT-NV\nRe: request to borrow artefacts for the exhibition "Dong Son Bronze"\n\n'
    'To: National Museum of Vietnamese History\n\nThanh Hoa Provincial Museum respectfully requests permission to borrow 12 '
    'artefacts (list attached) from 10 January to 30 April 2027 ...\n\nRecipients:\n- As above;\n- Department of Culture, Sports and Tourism;\n- Archive.\n')
add('vi', 'warn', ['official-document'], 'a Zalo message forwarding a vocational college\'s notice typed without diacritics, with "So:" and "Noi nhan".',
    zalo([('Phong Dao tao', 'TRUONG CAO DANG NGHE CO DIEN HA NOI\nSo: 455/TB-CDN\nTHONG BAO\nLich thi ket thuc hoc phan hoc ky I '
                          'nam hoc 2026-2027\n1. Thoi gian: tu 04/01 den 15/01/2027.\n2. Sinh vien no hoc phi khong du thi.\n'
                          'Noi nhan:\n- Cac khoa;\n- Luu: VT, DT.'),
          ('GV Tran Hung', 'Khoa Dien nhan thong tin')], day='07/12/2026', start=(8, 15)))

# ---- national-id
bh1, bh2 = '24' + rnd(8, DG), '24' + rnd(8, DG)
add('vi', 'block', ['national-id'], 'a veterinary station\'s payroll pasted from Excel without diacritics, social-insurance numbers in a "Ma so BHXH" column.',
    'BANG LUONG THANG 11/2026 - TRAM CNTY YEN THE\n' +
    tab([['TT', 'Ho ten', 'Ma so BHXH', 'He so', 'Luong (d)'],
         ['1', 'Le Van Thang', bh1, '4,32', '10.108.800'],
         ['2', 'Nguyen Thi Hanh', bh2, '2,67', '6.247.800']]), 'csv')
r2 = rc(62, 9, 4, 331)
add('cs', 'block', ['national-id'], 'a Czech museum loan contract naming the private lender with "r. č.".',
    'SMLOUVA O VÝPŮJČCE SBÍRKOVÝCH PŘEDMĚTŮ\nPůjčitel: Ing. Karel Dvořák, r. č. ' + r2 + ', bytem Jihlava, Žižkova 41\n'
    'Vypůjčitel: Muzeum Vysočiny Jihlava, p. o., IČO 00089613\nPředmět výpůjčky: 3 stříbrné mince (tolar 1556, 1561, 1570)\n')
c6 = cccd('038', 'm', 1972, R.randrange(10**6))
add('en', 'block', ['national-id'], 'a port authority\'s pilot roster in English pasted as tab text, Vietnamese citizen IDs under "ID No.".',
    'PILOT DUTY ROSTER - WEEK 50\n' +
    tab([['Pilot', 'Class', 'ID No.', 'Mobile duty'], ['Pham Van Hai', 'A', c6, 'Mon-Wed'], ['Duty pool', '-', '-', 'Thu-Sun']]), 'csv')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a court clerk\'s Excel list of detained defendants with their charges, pasted as tab text.',
   'DANH SÁCH BỊ CÁO ĐANG BỊ TẠM GIAM (cập nhật 07/12)\n' +
   tab([['STT', 'Bị cáo', 'Năm sinh', 'Tội danh', 'Hạn tạm giam'],
        ['1', 'Hoàng Văn Nghĩa', '1991', 'Mua bán trái phép chất ma túy (Điều 251)', '28/12/2026'],
        ['2', 'Dương Thị Thu', '1986', 'Lừa đảo chiếm đoạt tài sản (Điều 174)', '15/01/2027']]), 'csv')
add('vi', 'warn', ['sensitive-personal'], 'a museum\'s incident log pasted from Excel: a named visitor\'s epileptic seizure.',
    'SỔ SỰ CỐ KHU TRƯNG BÀY – THÁNG 12\n' +
    tab([['Ngày', 'Giờ', 'Vị trí', 'Sự việc', 'Xử lý'],
         ['03/12', '10:20', 'Phòng 2', 'Khách Trương Văn Kiên (đoàn cựu chiến binh Hoằng Hóa) lên cơn động kinh, co giật khoảng 3 phút',
          'Gọi 115, đưa đi BVĐK tỉnh'],
         ['05/12', '15:05', 'Sảnh', 'Trẻ em làm vỡ kính tủ số 7', 'Lập biên bản']]), 'csv')
add('en', 'warn', ['sensitive-personal'], 'a radio station\'s HR sheet in English with a religion column for named staff.',
    'Staff profile export (HR)\n' +
    tab([['Name', 'Department', 'Ethnicity', 'Religion'],
         ['Lo Thi Hoa', 'Thai-language news', 'Thai', 'none'],
         ['Vi Van Nam', 'Engineering', 'Tay', 'Catholic']]), 'csv')

# ---- financial
a7, a8 = '0' + rnd(12, DG), '0' + rnd(12, DG)
add('vi', 'block', ['financial'], 'a construction company\'s crew wage sheet without diacritics, workers\' accounts in a "So TK" column.',
    'BANG THANH TOAN NHAN CONG TO NE - CT SO CHI HUY KVPT\n' +
    tab([['TT', 'Ho ten', 'So cong', 'Thanh tien', 'So TK', 'NH'],
         ['1', 'Vu Van Tuan', '26', '9.360.000', a7, 'Vietcombank'],
         ['2', 'Mai Duc Long', '24', '8.640.000', a8, 'Vietcombank']]), 'csv')
a9 = '0' + rnd(12, DG)
add('en', 'block', ['financial'], 'a water utility\'s English e-mail refunding a named customer to her own account.',
    'Dear Ms Thao,\n\nWe confirm the refund of VND 2,450,000 for the duplicate payment of invoice HD-2611-0448. It will be '
    f'transferred to your account no. {a9} at Vietcombank Vinh, account holder Nguyen Phuong Thao, within 5 working days.\n\n'
    'Customer Service Centre\n')

# ---- credential
nu = pw(11)
add('en', 'block', ['credential'], 'a VTS logon script pasted to ask why the mapped drive fails: "net use" with the password.',
    'why does this fail with error 1219 on console 2?\n\n@echo off\nnet use Z: \\\\10.40.2.15\\ecdis_charts ' + nu + ' /user:VTS\\operator /persistent:no\n'
    'xcopy Z:\\weekly\\*.* C:\\ECDIS\\update\\ /E /Y\nnet use Z: /delete\n')
vpn2 = pw(12)
add('cs', 'block', ['credential'], 'a Czech Outlook thread where the VPN password is in the quoted earlier reply.',
    'Díky, už to jede.\nMartin\n\n-----Původní zpráva-----\nOd: IT servis VAS\nOdesláno: 4. prosince 2026 14:12\nKomu: Martin Polák\n'
    'Předmět: RE: VPN na dispečink\n\nDobrý den,\núčet je mpolak, heslo ' + vpn2 + ', po prvním přihlášení si ho změňte.\n\nIT servis\n')

# ---- contact
m3 = vnmobile()
vi('warn', ['contact'], 'a court clerk\'s summons note with a named party\'s permanent address and mobile.',
   f'Ghi chú tống đạt: ông Đàm Văn Hiếu, địa chỉ thường trú số 14 ngõ 3 đường Hoàng Hoa Thám, TT Cầu Gồ, huyện Yên Thế; '
   f'điện thoại {m3}. Lần 1 vắng nhà, đã niêm yết tại UBND thị trấn.')
add('en', 'warn', ['contact'], 'a radio call-in log in English pasted as tab text with callers\' own mobiles.',
    'Call-in log - "Farmers\' Hour" 05/12\n' +
    tab([['Time', 'Caller', 'Phone', 'Topic'], ['19:12', 'Mr Lang (Quy Hop)', vnmobile(), 'pig vaccine prices'],
         ['19:20', 'Ms Xuan (Tan Ky)', vnmobile(), 'dry season irrigation']]), 'csv')

# ---- infrastructure
vi('warn', ['infrastructure'], 'a veterinary station\'s chat setting up the time clock at a private address.',
   '[08:02] Kỹ thuật Huyện: máy chấm công trạm em đặt IP tĩnh 192.168.10.201, cổng 4370, gateway 192.168.10.1 nhé\n'
   '[08:05] Trạm Yên Thế - Hạnh: em cài xong rồi anh, phần mềm đã thấy máy')
add('en', 'warn', ['infrastructure'], 'a museum\'s IT ticket naming an internal file share by UNC path and host.',
    'Ticket 2291 – curators cannot save scans\nShare \\\\fs01.baotangth.local\\hienvat\\scan2026 is read-only since Friday; '
    'fs01 (10.12.0.8) disk 91% full. Please extend or move old TIFFs to the archive NAS.\n')

# ---- hard negatives
vineg('a museum\'s caption text naming the colonial secret police ("SỞ MẬT THÁM").',
      'HỒ SƠ CỦA SỞ MẬT THÁM PHÁP VỀ ĐỒNG CHÍ LÊ HỮU LẬP (1930)\nTài liệu gốc lưu tại Trung tâm Lưu trữ quốc gia hải ngoại Pháp; '
      'bản sao do Bảo tàng tỉnh sưu tầm năm 2019. Hiện vật số BT.2019.118.')
vineg('a veterinary record of a dog\'s gallbladder surgery with its owner\'s name.',
      'PHIẾU ĐIỀU TRỊ THÚ CƯNG\nChủ nuôi: Trần Văn Bình\nTên con vật: Milu, chó Phốc sóc, 6 tuổi\nChẩn đoán: viêm túi mật, sỏi mật\n'
      'Chỉ định: siêu âm ổ bụng, phẫu thuật cắt túi mật ngày 09/12.')
neg('en', 'a port\'s signage order with "RESTRICTED AREA – AUTHORISED PERSONNEL ONLY".',
    'Signage order - Terminal 3\n' + tab([['Qty', 'Text', 'Size'], ['12', 'RESTRICTED AREA – AUTHORISED PERSONNEL ONLY', 'A2'],
                                         ['6', 'HARD HAT AREA', 'A3'], ['4', 'NO SMOKING WITHIN 50 M', 'A2']]))
neg('cs', 'a Czech museum\'s children\'s quiz with a "tajenka" and the school\'s confidant.',
    'Muzejní kvíz pro 4. třídy\nVyplň křížovku a přečti tajenku: 1) hlavní město kraje, 2) stříbrná mince, 3) řeka u Jihlavy.\n'
    'Doprovod: paní učitelka Nováková a školní důvěrník pan Beneš.')
neg('en', 'a water utility\'s job advert mentioning security clearance and OT networks.',
    'We are hiring: SCADA/OT engineer (Vinh)\n- 3+ years with Siemens S7 and WinCC\n- Knowledge of IEC 62443 and network '
    'segmentation\n- Willingness to undergo a security clearance for work at critical sites\nApply: hr@nawasco.vn')
vineg('a bank\'s generic SMS warning pasted in a staff group (no code, no account).',
      'Cảnh báo: Vietcombank không bao giờ yêu cầu khách hàng cung cấp mật khẩu, mã OTP hay mã PIN qua điện thoại. '
      'Tuyệt đối không bấm vào đường link lạ.')
neg('vi', 'a construction company\'s materials sheet with "Mật độ" and density columns.',
    'BẢNG THÔNG SỐ VẬT LIỆU\n' + tab([['Vật liệu', 'Mật độ (kg/m3)', 'Cường độ'], ['Bê tông B25', '2.400', '25 MPa'],
                                     ['Cát vàng', '1.450', '-'], ['Thép CB400', '7.850', '400 MPa']]))
neg('en', 'a museum\'s public thank-you list of donors (names only).',
    'With thanks to our 2026 donors: the Tran family (Thanh Hoa), Mr and Mrs Nguyen Huu Phuoc, the Dong Son Heritage Club, '
    'Vinh University History Faculty.')
add('vi', 'pass', [], 'Hard negative: a water utility\'s staff notice with desk extension numbers (typed without diacritics).',
    'Thong bao: tu 08/12 phong Ky thuat chuyen len tang 3. May le: truong phong 301, dieu do 305, hotline su co 1900 6768.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- classified-marking
add('vi', 'block', ['classified-marking'], 'a Zalo "extract text from image" paste of a dispatch whose stamp came out "TÓI MẬT" (acute for the circumflex).',
    zalo([('Trạm trưởng Hà Văn Lực', 'Anh em đọc nội dung công văn hạt gửi (em trích chữ từ ảnh):\nHẠT KIỂM LÂM HUYỆN MƯỜNG LÁT\n'
           'Số: 118/HKL-TT\nTÓI MẬT\nV/v phối hợp truy bắt đối tượng khai thác gỗ pơ mu trái phép\nKính gửi: Trạm Kiểm lâm Pù Nhi\n'
           '1. Bố trí 04 kiểm lâm viên phục kích tại khe Nậm Pao từ 20h ngày 09/12.\n2. Không thông báo kế hoạch cho người ngoài lực lượng.'),
          ('Lò Văn Xôm', 'Em nhận'), ('Vi Thị Nga', 'Em nhận ạ')], start=(16, 40)))
vi('block', ['classified-marking'], 'a state construction company\'s minutes header with "TỐI MẬT – HỎA TỐC" merged on one line under the number.',
   'TỔNG CÔNG TY XÂY DỰNG TRƯỜNG SƠN\nBAN QUẢN LÝ DỰ ÁN 2\nSố: 27/BB-BQLDA2\nTỐI MẬT – HỎA TỐC\n\nBIÊN BẢN\nBàn giao mặt bằng '
   'và hồ sơ kỹ thuật hạng mục hầm chỉ huy\n\nHôm nay, ngày 05/12/2026, tại thao trường huấn luyện huyện, chúng tôi gồm:\n'
   'Bên giao: Bộ CHQS tỉnh ...\nBên nhận: Ban QLDA 2 ...\n')
add('en', 'block', ['classified-marking'], 'a CERT advisory forwarded to the water utility with "TLP:AMBER+STRICT" as its banner.',
    'Fwd: Advisory VNCERT-2026-0412\n\nTLP:AMBER+STRICT\n\nSubject: Active exploitation of HMI web servers in water sector\n'
    'Indicators (do not share outside your organisation):\n- 185.220.101.47 scanning TCP/80 and TCP/102\n'
    '- user agent "Mozilla/5.0 (compatible; hmiscan/2.1)"\nRecommended: block at perimeter, review HMI logs since 20 Nov.\n')
add('vi', 'block', ['classified-marking'], 'an OCR\'d radio station page typed without diacritics where the stamp came out "MẠT" (dot below, no circumflex) under the number.',
    'DANG UY DAI PHAT THANH VA TRUYEN HINH\nChi bo Phong Thoi su\nSo 09-BC/CB\nMẠT\n\nBAO CAO\nTinh hinh tu tuong dang vien '
    'quy IV nam 2026\n1. Co 02 dang vien co bieu hien dao dong, phat ngon tren mang xa hoi trai quan diem ...\n')
add('cs', 'block', ['classified-marking'], 'a Czech Outlook forward whose quoted original header carries "Stupeň utajení: DŮVĚRNÉ".',
    'Pro informaci, projednáme v úterý.\nJ.\n\n-----Původní zpráva-----\nOd: Státní plavební správa, pobočka Děčín\n'
    'Odesláno: 3. prosince 2026 11:05\nPředmět: Plán ochrany přístavu Děčín – aktualizace\n\n'
    'Stupeň utajení: DŮVĚRNÉ\nČ. j.: SPS-DC/2211/2026\n\nV příloze zasíláme aktualizovaný seznam chráněných objektů přístavu '
    'a rozpis střežení v době zvýšeného ohrožení.\n')
vi('block', ['classified-marking'], 'a water utility party cell\'s minutes pasted for a rewrite, the stamp "MẬT" right of the party header in a tab row.',
   'Viết lại biên bản này cho gọn giúp mình:\n\nĐẢNG BỘ CÔNG TY CP CẤP NƯỚC NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ PHÒNG KỸ THUẬT\tMẬT\n*\n'
   'BIÊN BẢN\nSinh hoạt chi bộ tháng 11 năm 2026\n1. Đồng chí Bí thư thông báo kết quả kiểm tra việc kê khai tài sản của 03 đảng viên ...\n')

# ---- official-document
add('vi', 'warn', ['official-document'], 'a port authority\'s dispatch typed without diacritics, pasted for an English translation.',
    'Dich sang tieng Anh giup minh:\n\nCANG VU HANG HAI QUANG NINH\nSo: 1530/CVHHQN-PC\nV/v huong dan thu tuc cho tau vao cang '
    'dip Tet Nguyen dan 2027\nKinh gui: Cac hang tau, dai ly hang hai\nCang vu Hang hai Quang Ninh huong dan nhu sau:\n'
    '1. Thu tuc dien tu thuc hien 24/7 tren Cong thong tin mot cua quoc gia.\nNoi nhan:\n- Nhu tren;\n- Luu: VT, PC.')
add('cs', 'warn', ['official-document'], 'a Czech court clerk\'s notice with "Sp. zn." and "Č. j." pasted for a simpler rewording.',
    'Přepiš to prosím srozumitelně pro babičku:\n\nOkresní soud v Jihlavě\nSp. zn.: 12 C 45/2026-38\nČ. j.: 12 C 45/2026-38\n\n'
    'PŘEDVOLÁNÍ K JEDNÁNÍ\nSoud Vás předvolává jako svědka k jednání, které se koná dne 14. 1. 2027 v 9:00 hod., v budově '
    'soudu, jednací síň č. 105. Nedostavíte-li se bez omluvy, může Vám být uložena pořádková pokuta.\n')

# ---- national-id
c7 = cccd('040', 'f', 2006, R.randrange(10**6))
cm = '18' + rnd(7, DG)
vi('block', ['national-id'], 'a vocational college\'s enrolment sheet pasted from Excel, a "Số CCCD/CMND" column holding a CCCD and an old CMND.',
   'DANH SÁCH HỌC VIÊN LỚP HÀN ĐIỆN K26\n' +
   tab([['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD/CMND', 'Quê quán'],
        ['1', 'Trần Thị Yến', '14/07/2006', c7, 'Nghi Lộc'],
        ['2', 'Hồ Văn Sáu', '02/11/1985', cm, 'Quỳ Châu']]), 'csv')
c8 = cccd('038', 'm', 1990, R.randrange(10**6))
add('en', 'block', ['national-id'], 'a water utility customer-portal error log (JSON) with the customer\'s citizen ID in a field.',
    '2026-12-06T08:14:22Z ERROR contract-service: validation failed\n'
    '{"customerName":"Le Van Hung","citizenId":"' + c8 + '","meterNo":"NA-2207-118","error":"address ward code missing"}\n')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a vocational college\'s tuition-exemption list pasted from Excel, the "Đối tượng" column giving named students\' disabilities.',
   'DANH SÁCH HỌC SINH ĐƯỢC MIỄN HỌC PHÍ HỌC KỲ I\n' +
   tab([['STT', 'Họ tên', 'Lớp', 'Đối tượng'],
        ['1', 'Lô Văn Thoại', 'Điện CN K25', 'Khuyết tật vận động'],
        ['2', 'Kha Thị Hiền', 'May K26', 'Hộ nghèo']]), 'csv')
add('en', 'warn', ['sensitive-personal'], 'a port authority HR export in English with a named officer\'s sick-leave diagnosis column.',
    'Sick leave register - November\n' +
    tab([['Employee', 'Unit', 'Days', 'Diagnosis'], ['Nguyen Thanh Tung', 'VTS', '12', 'Hepatitis B, inpatient'],
         ['Bui Thi Lan', 'Port state control', '2', 'Influenza']]), 'csv')

# ---- financial
a10 = '1903' + rnd(10, DG)
vi('block', ['financial'], 'a ranger station\'s allowance sheet pasted from Excel, personal accounts grouped in fours.',
   'BẢNG KÊ CHI BỒI DƯỠNG CHỮA CHÁY RỪNG ĐỢT 2\n' +
   tab([['TT', 'Họ tên', 'Số ngày', 'Thành tiền', 'Số tài khoản', 'Ngân hàng'],
        ['1', 'Lò Văn Xôm', '3', '450.000', ' '.join(a10[i:i + 4] for i in range(0, 14, 4)), 'Techcombank']]), 'csv')
ib2 = iban('CZ', '0800' + '000000' + cza('19'))
add('cs', 'block', ['financial'], 'a Czech museum e-mail paying a private lender\'s fee to his IBAN.',
    'Dobrý den, paní Krausová,\nprosím o úhradu odměny za výpůjčku panu Ing. Karlu Dvořákovi ve výši 6 000 Kč na jeho účet '
    f'IBAN {ib2} do konce měsíce.\nDěkuji, Hana')

# ---- credential
cpw = pw(12)
add('en', 'block', ['credential'], 'a Cisco switch config pasted to ask about a VLAN problem, with a type-0 (plain) user password.',
    'VLAN 30 clients get no DHCP, config of the access switch:\n\nhostname SW-VTS-02\n!\n'
    f'username vtsadmin privilege 15 password 0 {cpw}\n!\ninterface Vlan30\n ip address 10.40.30.1 255.255.255.0\n'
    ' ip helper-address 10.40.2.10\n!\nline vty 0 4\n login local\n transport input ssh\n')
spw = pw(11)
vi('block', ['credential', 'infrastructure'], 'a water utility\'s long handover minutes (~2 KB) with one line giving the SCADA operator account and password.',
   'BIÊN BẢN BÀN GIAO CA VẬN HÀNH\nNhà máy nước Hưng Vĩnh – ngày 06/12/2026\n\n1. Tình trạng thiết bị:\n'
   + ''.join(f'- Bơm số {i}: {st}, áp lực đầu đẩy {p} bar, giờ chạy lũy kế {h} h.\n'
             for i, st, p, h in [(1, 'đang chạy', 3.2, 18450), (2, 'dự phòng', 0, 17920), (3, 'đang chạy', 3.1, 20110), (4, 'bảo dưỡng', 0, 15230)])
   + '2. Chất lượng nước: độ đục 0,8 NTU; clo dư 0,5 mg/l; pH 7,2.\n3. Hóa chất tồn: PAC 4,2 tấn; clo 1,8 tấn.\n'
   f'4. Hệ thống SCADA: máy chủ 10.20.1.5, tài khoản vận hành: operator, mật khẩu: {spw} (ca sau đổi mật khẩu).\n'
   '5. Sự cố trong ca: không.\n6. Kiến nghị: thay van một chiều bơm số 4.\n\nNgười giao ca\t\tNgười nhận ca\n')

# ---- contact
pm = [vnmobile() for _ in range(3)]
add('vi', 'warn', ['contact'], 'a ranger station\'s volunteer fire team list typed without diacritics, with personal mobiles.',
    'DOI PCCCR XA PU NHI - DANH SACH THANH VIEN\n' +
    tab([['TT', 'Ho ten', 'Ban', 'SDT'], ['1', 'Thao A Sua', 'Ban Sai Khao', pm[0]], ['2', 'Lau Van Chu', 'Ban Pu Nhi', pm[1]],
         ['3', 'Ha Van Pom', 'Ban Muong', pm[2]]]), 'csv')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a radio station playout vendor\'s e-mail naming internal hosts and addresses.',
    'Hi team,\nfor Saturday\'s upgrade we need remote access to the playout servers playout-a.ptth.local (10.50.0.21) and '
    'playout-b.ptth.local (10.50.0.22), plus the NAS at 10.50.0.40. Please open the VPN for our engineer from 07:00.\nBest, Lukas')

# ---- hard negatives
vineg('a port authority\'s news item on an ISPS security drill with security levels 1-3.',
      'Ngày 04/12, Cảng vụ Hàng hải Quảng Ninh phối hợp Cảng Hòn Gai tổ chức diễn tập an ninh cảng biển theo Bộ luật ISPS, '
      'giả định nâng cấp độ an ninh từ cấp độ 1 lên cấp độ 2 khi phát hiện vật thể khả nghi tại bến số 3.')
vineg('a radio script whose title line in capitals ends with "MẬT" (honey).',
      'KỊCH BẢN PHÓNG SỰ\nNGHỀ NUÔI ONG LẤY MẬT\nThời lượng: 7 phút\nCảnh 1: Anh Lang Văn Sơn kiểm tra cầu ong dưới tán rừng keo ...')
neg('en', 'a public CERT advisory marked "TLP:CLEAR".',
    'TLP:CLEAR\n\nAdvisory VNCERT-2026-0415: Patch released for WinCC web server (CVE-2026-31877)\nAll operators should update to '
    'V8.1 Update 3. No exploitation observed in Vietnam so far.\n')
neg('en', 'a port call notice with IMO and MMSI numbers and a call sign.',
    'Expected arrivals - Hon Gai, 08/12\nMV HAI PHONG STAR, IMO 9312345, MMSI 574012345, call sign XVAB7, ETA 06:30, berth 3\n'
    'MV PACIFIC GRACE, IMO 9476521, MMSI 477318200, call sign VRKM5, ETA 14:00, anchorage B\n')
kh = ['261' + rnd(9, DG), '261' + rnd(9, DG)]
neg('vi', 'a water utility\'s meter-reading sheet pasted from Excel with 12-digit customer codes.',
    'SỔ GHI CHỈ SỐ THÁNG 11 – TUYẾN 14\n' + tab([['Mã KH', 'Tên KH', 'Chỉ số cũ', 'Chỉ số mới'], [kh[0], 'Hộ Nguyễn Văn Thái', '1204', '1221'],
                                                [kh[1], 'Quán cơm Thúy Liên', '8812', '8890']]))
neg('vi', 'a veterinary station\'s vaccine stock sheet with lot and registration numbers.',
    'THẺ KHO VẮC XIN\n' + tab([['Tên vắc xin', 'Số lô', 'Số ĐKLH', 'Hạn dùng', 'Tồn'], ['Vắc xin LMLM Aftovax', '2611047', 'TW-X2-115', '06/2027', '1.200 liều'],
                              ['Vắc xin dịch tả lợn', 'DTL-2610-08', 'TW-X2-32', '03/2027', '800 liều']]))
kt = '1' + rnd(12, DG)
vineg('a vocational college\'s fee notice with the college\'s own account.',
      f'Học viên nộp học phí học kỳ I (3.200.000 đồng) vào tài khoản Trường Cao đẳng nghề Cơ điện Hà Nội, số {kt} tại BIDV Thăng Long, '
      'nội dung: mã học viên + họ tên. Không nộp qua tài khoản cá nhân giáo viên.')
neg('cs', 'a Czech water utility\'s public notice about a main repair.',
    'Oznámení o přerušení dodávky vody\nVAS a.s. oznamuje, že dne 15. 12. 2026 od 8 do 14 h bude z důvodu opravy vodovodního řadu '
    'přerušena dodávka vody v ulicích Žižkova a Hrotovická. Náhradní zásobování cisternou u školy.')
add('vi', 'pass', [], 'Hard negative: a radio station chat about a music quiz whose answer is "bí mật" (typed without diacritics).',
    '[21:02] MC Thu Trang: dap an cau do hom nay la bi mat, 21h30 moi cong bo nhe ca nha\n[21:03] Khan gia Hoa: hong kip nghe')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

# ---- classified-marking
add('vi', 'block', ['classified-marking', 'official-document'], 'an OCR\'d court page where the stamp came out "TUYỆT MÂT" under the number.',
    'TÒA ÁN NHÂN DÂN TỈNH BẮC GIANG\nSố: 12/BC-TA\nTUYỆT MÂT\nBắc Giang, ngày 04 tháng 12 năm 2026\n\nBÁO CÁO NHANH\n'
    'Vụ việc tụ tập đông người tại trụ sở Tòa án ngày 03/12/2026\n\nKính gửi: Thường trực Tỉnh ủy\n1. Diễn biến: khoảng 40 người ...\n')
add('vi', 'block', ['classified-marking'], 'a vocational college\'s defence-education report typed without diacritics, its header field "Do mat: Mat".',
    'TRUONG CAO DANG NGHE CO DIEN HA NOI\nBAN CHI HUY QUAN SU\nDo mat: Mat\n\nBAO CAO\nKet qua xay dung luc luong tu ve nam 2026\n'
    '1. Bien che: 01 trung doi tu ve, 36 dong chi; 02 dong chi chua qua huan luyen.\n2. Vu khi: 12 sung AK, 1.400 vien dan, cat giu tai kho Ban CHQS.\n')
add('cs', 'block', ['classified-marking'], 'a Czech water utility report header with "Stupeň utajení: Vyhrazené | Výtisk č.: 1 | Počet listů: 6" on one line.',
    'Vodárenská akciová společnost, a.s. – bezpečnostní ředitel\nStupeň utajení: Vyhrazené | Výtisk č.: 1 | Počet listů: 6\n\n'
    'Vyhodnocení zranitelnosti úpravny vody Hosov\n1. Vstup do areálu je zajištěn pouze mechanicky, kamery pokrývají 60 % oplocení.\n')
add('en', 'block', ['classified-marking'], 'an English port authority thread whose reply subject carries "[RESTRICTED]".',
    'From: Harbour Master\'s Office\nSent: 05 December 2026 09:40\nTo: VTS Supervisors\nSubject: RE: Berth allocation for the naval visit [RESTRICTED]\n\n'
    'Confirmed: berth 3 cleared from 14 Dec 18:00, pilot boarding at buoy 0 by 06:00, no AIS broadcast for escort craft.\n')
vi('block', ['classified-marking'], 'a Zalo export where a forwarded file card\'s name ends in "_TOI_MAT.docx".',
   zalo([('Văn phòng Bảo tàng', '[File] PA_bao_ve_trung_bay_Tet_2027_TOI_MAT.docx (245 KB)'),
         ('Văn phòng Bảo tàng', 'Các phòng đọc phương án, góp ý trước 10/12'), ('Phòng Bảo quản - Hằng', 'Dạ em nhận')], start=(10, 5)))

# ---- official-document
add('en', 'warn', ['official-document'], 'an English translation of a people\'s court notice with its number and copy list.',
    'PEOPLE\'S COURT OF YEN THE DISTRICT\nNo.: 88/TB-TA\nNOTICE\non the conciliation session\n\nThe People\'s Court of Yen The '
    'District notifies Mr Giap Van Tuan (plaintiff) and Ms Ngo Thi Lua (defendant) that the conciliation session will be '
    'held at 08:00 on 15 December 2026.\n\nCopies to:\n- Parties;\n- Filed.\n')

# ---- national-id
cm2 = '12' + rnd(7, DG)
vi('block', ['national-id'], 'a court record\'s party line with an old 9-digit CMND and its issuer.',
   f'Người bị kiện: bà Ngô Thị Lụa, sinh năm 1982, CMND số {cm2} do Công an tỉnh Bắc Giang cấp ngày 12/5/2010, trú tại thôn Mỏ Trạng, xã Tam Tiến.')
cp = rnd(8, DG)
add('cs', 'block', ['national-id'], 'a Czech museum loan contract giving the lender\'s passport number.',
    f'Půjčitel: Mgr. Tomáš Hrubý, nar. 3. 5. 1970, číslo cestovního pasu {cp}, trvale bytem Brno, Údolní 12.\nPředmět: grafický list A. Muchy, inv. č. soukromé sbírky 44.')
c9 = cccd('001', 'f', 1988, R.randrange(10**6))
add('en', 'block', ['national-id'], 'an English hotel rooming list for museum guests with a Vietnamese ID card number.',
    'Rooming list - Dong Son conference\nRoom 412: Ms Dao Thu Ha (National Museum), ID card no. ' + c9 + ', check-in 14/12\n'
    'Room 414: Mr Kim Seong-ho (KR), passport on file\n')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a court clerk\'s Excel note column saying a named defendant is serving a suspended sentence.',
   'DANH SÁCH ĐƯƠNG SỰ CẦN TỐNG ĐẠT TUẦN 50\n' +
   tab([['STT', 'Họ tên', 'Vụ việc', 'Ghi chú'], ['1', 'Thân Văn Hòa', 'Tranh chấp đất đai', ''],
        ['2', 'Hoàng Văn Nghĩa', 'Ly hôn', 'đang chấp hành án treo 24 tháng về tội đánh bạc']]), 'csv')
add('cs', 'warn', ['sensitive-personal'], 'a Czech vocational school attendance note: a named pupil\'s diabetes and insulin.',
    'Docházka 2.B – poznámky třídní učitelky\nJakub Novotný: diabetik 1. typu, aplikuje si inzulin, při hypoglykémii mu dovolte jíst ve výuce.\n')

# ---- financial
va = '0' + rnd(12, DG)
add('en', 'block', ['financial'], 'a museum\'s wire instruction for a named consultant\'s fee to his personal account.',
    'Payment request\nPayee: Mr Tran Quoc Viet (conservation consultant)\nBank: Vietcombank, Thanh Hoa branch, SWIFT BFTVVNVX\n'
    f'Acc. No.: {va}\nAmount: VND 18,500,000\nPurpose: conservation of bronze drum 2019.44.7\n')

# ---- credential
sp = pw(12)
add('en', 'block', ['credential'], 'a radio station backup script pasted to ask about cron, with sshpass -p and the password.',
    '#!/bin/bash\n# nightly copy of the playout logs\nsshpass -p \'' + sp + '\' rsync -az /var/log/playout/ backup@10.50.0.40:/srv/logs/playout/\n'
    'echo "done $(date)" >> /var/log/backup.log\n')
wf = pw(10)
vi('block', ['credential'], 'a veterinary station\'s Zalo export with the meeting room Wi-Fi password.',
   zalo([('Lê Văn Thắng', 'Chiều nay đoàn Chi cục về làm việc, nhờ Hạnh bật wifi phòng họp'),
         ('Nguyễn Thị Hạnh', f'Wifi phòng họp: TramThuY_Hop, mk {wf}'), ('Lê Văn Thắng', 'Ok em')], start=(13, 20)))

# ---- contact
add('cs', 'warn', ['contact'], 'a Czech museum e-mail giving the director\'s private mobile.',
    f'Kdyby něco hořelo o víkendu, volejte paní ředitelce na soukromý mobil {R.choice(["603", "724", "777"])} {rnd(3, DG)} {rnd(3, DG)}, služební má vypnutý.')
vi('warn', ['contact'], 'a ranger station\'s Zalo message giving a colleague\'s home address for a wedding invitation.',
   zalo([('Vi Thị Nga', 'Chủ nhật này em cưới, mời cả trạm về dự nhé. Nhà em số 27 ngõ 5 đường Lê Lợi, thị trấn Mường Lát, 10h đón khách ạ'),
         ('Hà Văn Lực', 'Chúc mừng em!')], start=(19, 30)))

# ---- infrastructure
add('cs', 'warn', ['infrastructure'], 'a Czech IT ticket naming an internal share and domain controller.',
    'Požadavek 4471: dispečink nevidí složku \\\\srv-dc01.vas.local\\scada\\reporty, na srv-dc01 (172.16.8.10) je plný disk C:.')
vi('warn', ['infrastructure'], 'a construction company\'s notice with the e-office system\'s internal link.',
   'Từ 15/12 các phòng ban truy cập hệ thống văn bản điều hành qua địa chỉ nội bộ http://192.168.20.5:8080/eoffice, '
   'tài khoản giữ nguyên như cũ.')

# ---- hard negatives
vineg('a vocational college library\'s book-club notice for "Mật mã Da Vinci".',
      'Câu lạc bộ đọc sách tháng 12 giới thiệu cuốn "MẬT MÃ DA VINCI" của Dan Brown. Sinh hoạt lúc 15h thứ Sáu tại thư viện tầng 2.')
neg('en', 'a records form whose classification boxes are left at "PUBLIC".',
    'Records transfer form\nSeries: Visitor statistics 2020-2025\nClassification: [ ] CONFIDENTIAL  [ ] RESTRICTED  [x] PUBLIC\n'
    'Retention: permanent\n')
neg('cs', 'a Czech vocational school notice with the week\'s motto ("heslo týdne").',
    'Heslo týdne: Čteme spolu! Ve středu přijde do 1. A spisovatelka, dílny končí ve 13:00.')
neg('en', 'an sshpass how-to reading the password from the environment.',
    'Use SSHPASS instead of -p so the password never shows in ps output:\n  export SSHPASS="$(cat ~/.secrets/backup)"\n'
    '  sshpass -e rsync -az logs/ backup@nas:/srv/logs/\n')
vineg('a bank transfer confirmation with the transaction reference only.',
      'Giao dịch thành công. Mã giao dịch FT2634118872, số tiền 450.000 VND, nội dung: phí kiểm dịch lô lợn giống. Cảm ơn quý khách.')
mi = iban('CZ', '0100' + '000000' + cza('27'))
neg('cs', 'a Czech museum ticket notice with the museum\'s own IBAN.',
    f'Skupinové vstupenky lze zaplatit předem převodem na účet Muzea Vysočiny Jihlava, IBAN {mi}, do zprávy uveďte název školy.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

# ---- classified-marking
STORM = [('Trạm Pù Nhi - Xôm', 'Báo cáo: mưa to từ 3h sáng, suối Nậm Pao lên nhanh'), ('Hạt - Kỹ thuật Minh', 'Các trạm kiểm tra chòi canh, cất thiết bị điện'),
         ('Trạm Mường Chanh - Tuấn', 'Đường vào bản Sài Khao sạt 2 điểm, xe máy không qua được'),
         ('Hạt trưởng', 'Tôi gửi phương án của huyện, các trạm đọc và thực hiện phần liên quan:\nUBND HUYỆN MƯỜNG LÁT\nBAN CHỈ HUY PCTT VÀ TKCN\n'
          'Số: 45/PA-BCH\nMật\nPHƯƠNG ÁN\nSơ tán dân và bảo vệ công trình trọng điểm khi có lũ quét\n1. Di dời 36 hộ bản Sài Khao lên điểm tránh trú '
          'trường mầm non.\n2. Lực lượng Hạt Kiểm lâm phối hợp Đồn Biên phòng Pù Nhi chốt giữ cầu treo.'),
         ('Trạm Pù Nhi - Xôm', 'Trạm nhận'), ('Trạm Mường Chanh - Tuấn', 'Nhận ạ'), ('Hạt - Kỹ thuật Minh', 'Ai cần áo phao báo em, kho còn 20 cái'),
         ('Trạm Pù Nhi - Xôm', 'Pù Nhi xin 6 cái'), ('Hạt trưởng', 'Chiều nay 15h họp trực tuyến, các trạm trưởng vào đúng giờ')]
vi('block', ['classified-marking'], 'a long Zalo export (~1.3 KB) where a pasted district plan has "Mật" in sentence case under its number, deep in the chat.',
   zalo(STORM, day='08/12/2026', start=(5, 10)))
add('vi', 'block', ['classified-marking'], 'an Outlook forward typed without diacritics whose subject closes with "(Mat)" in title case.',
    'Tu: Phong An ninh Cang vu\nGui: Thu Ba, 8 thang 12, 2026 7:55 SA\nDen: Lanh dao Cang vu\nChu de: CT: Bao cao tinh hinh an ninh cang bien thang 11 (Mat)\n\n'
    'Kinh gui lanh dao, phong gui bao cao tong hop, trong do co 02 vu tau ca nuoc ngoai xam nhap vung neo dau.\n')
add('en', 'block', ['classified-marking', 'official-document'], 'an English working translation of a steering committee\'s plan with "SECRET" alone under its number.',
    'MUONG LAT DISTRICT PEOPLE\'S COMMITTEE\nSTEERING COMMITTEE FOR DISASTER PREVENTION\nNo.: 45/PA-BCH\nSECRET\n\nPLAN\nEvacuation of residents '
    'and protection of key works in case of flash floods\n1. Relocate 36 households of Sai Khao village to the kindergarten shelter.\n')
vi('block', ['classified-marking'], 'a water utility\'s procedure whose last line is an italic footer "Tài liệu lưu hành nội bộ – không cung cấp cho bên ngoài".',
   '# QUY TRÌNH VẬN HÀNH TRẠM BƠM TĂNG ÁP CỬA NAM\n\n1. Kiểm tra áp lực đầu vào trước khi khởi động (≥ 1,2 bar).\n2. Khởi động bơm số 1, '
   'theo dõi dòng điện 5 phút.\n3. Khi áp lực mạng < 2,0 bar, chuyển chế độ tự động trên HMI.\n4. Ghi sổ vận hành mỗi 2 giờ.\n\n'
   '*Tài liệu lưu hành nội bộ Công ty – không cung cấp cho bên ngoài*\n')
vi('block', ['classified-marking'], 'a construction company\'s bid-strategy sheet headed "KHÔNG PHỔ BIẾN".',
   'KHÔNG PHỔ BIẾN\nCHIẾN LƯỢC GIÁ DỰ THẦU GÓI XL-03 (CẦU BẾN THỦY 3)\n- Giá sàn: giảm 6,5% so với dự toán\n- Đối thủ chính: Cienco 4, '
   'Tổng công ty 319; dự kiến họ giảm 4–5%\n- Đề xuất liên danh với Công ty 492 để đủ năng lực thiết bị\n')

# ---- official-document
vi('warn', ['official-document'], 'a district\'s urgent dispatch ("CÔNG ĐIỆN") on animal disease pasted into a veterinary chat.',
   '[07:12] Trạm trưởng Thắng: Công điện của huyện, anh em triển khai ngay:\nỦY BAN NHÂN DÂN HUYỆN YÊN THẾ\nSố: 03/CĐ-UBND\n'
   'CÔNG ĐIỆN\nVề việc tập trung khống chế dịch tả lợn châu Phi\nCHỦ TỊCH UBND HUYỆN điện:\n- Chủ tịch UBND các xã, thị trấn;\n'
   '- Trạm Chăn nuôi và Thú y huyện.\n[07:15] Hạnh: em nhận')
add('en', 'warn', ['official-document'], 'an English translation of a museum\'s decision with its number and recipients.',
    'THANH HOA PROVINCIAL MUSEUM\nNo.: 12/QD-BT\nDECISION\non establishing the council for the annual inventory of artefacts\n\n'
    'THE DIRECTOR OF THANH HOA PROVINCIAL MUSEUM\nPursuant to ...\nDECIDES:\nArticle 1. To establish the inventory council consisting of 7 members ...\n\n'
    'Recipients:\n- As in Article 3;\n- Filed: Admin.\n')

# ---- national-id
c10 = cccd('024', 'm', 1958, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a veterinary Zalo chat typed without diacritics giving a household head\'s personal ID number.',
    zalo([('Tram Yen The - Hanh', 'anh oi ho ong Nguyen Van Quy bo sung ho so tieu huy, so dinh danh cua chu ho la ' + c10),
          ('Le Van Thang', 'ok em, nhap vao danh sach dot 2')], start=(15, 30)))
bhyt = 'HS4' + '40' + rnd(10, DG)
vi('block', ['national-id'], 'a vocational college\'s health-insurance sheet pasted from Excel with a student\'s BHYT card code.',
   'DANH SÁCH HỌC VIÊN THAM GIA BHYT NĂM 2027\n' +
   tab([['STT', 'Họ tên', 'Ngày sinh', 'Mã thẻ BHYT', 'Nơi KCB ban đầu'], ['1', 'Trần Thị Yến', '14/07/2006', bhyt, 'TTYT Nghi Lộc']]), 'csv')

# ---- sensitive-personal
add('vi', 'warn', ['sensitive-personal'], 'a court\'s defendant background table pasted from Excel with prior convictions.',
    'LÝ LỊCH BỊ CÁO\n' + tab([['Họ tên', 'Hoàng Văn Nghĩa'], ['Năm sinh', '1991'], ['Nghề nghiệp', 'Lao động tự do'],
                             ['Tiền án', '02 (năm 2019 trộm cắp tài sản; năm 2022 cướp giật tài sản)'], ['Tiền sự', 'Không']]), 'csv')
add('en', 'warn', ['sensitive-personal'], 'a museum volunteer register with a named volunteer\'s epilepsy in a medical column.',
    'Volunteer register - Winter season\n' + tab([['Name', 'Shifts', 'Allergies / medical'], ['Emma Walsh', 'Sat AM', 'none'],
                                                  ['Daniel Okafor', 'Sun PM', 'epilepsy - carries rescue medication']]), 'csv')

# ---- financial
va2 = '0' + rnd(9, DG)
vi('block', ['financial'], 'a radio station chat with a contributor\'s VietQR details pasted as one line.',
   f'[10:02] CTV Xôm: em gửi thông tin nhận nhuận bút ạ: Ngân hàng: MB | Số TK: {va2}{rnd(3, DG)} | Chủ TK: LO VAN XOM\n[10:05] Kế toán Đài: ok em')
ca = cza('26')
add('cs', 'block', ['financial'], 'a Czech court clerk\'s payroll extract pasted from Excel with employees\' account numbers.',
    'Výplatní listina – podklad pro banku (12/2026)\n' + tab([['Jméno', 'Čistá mzda', 'Číslo účtu'], ['Lenka Horáková', '31 250', f'{ca}/0100'],
                                                               ['Petr Vondra', '29 870', f'{cza("27")}/0800']]), 'csv')

# ---- credential
ps = pw(12)
add('en', 'block', ['credential'], 'a PowerShell snippet from the VTS team building a credential from a plain-text password.',
    'Script fails on the new server, any idea?\n\n$user = "VTS\\svc_backup"\n$pass = ConvertTo-SecureString "' + ps + '" -AsPlainText -Force\n'
    '$cred = New-Object System.Management.Automation.PSCredential($user, $pass)\nInvoke-Command -ComputerName ais-gw02 -Credential $cred -ScriptBlock { Restart-Service AisGateway }\n')
cz_pw = pw(11)
add('cs', 'block', ['credential'], 'a Czech museum chat giving the collection database login.',
    f'[14:20] Krausová: do Demusu se přihlas jako depozitar2, heslo máš {cz_pw}\n[14:22] Novák: díky, jde to')

# ---- contact
rp = [vnmobile(), vnmobile()]
vi('warn', ['contact'], 'a radio station\'s reporters roster pasted from Excel with personal mobiles.',
   'DANH SÁCH PHÓNG VIÊN TRỰC TẾT\n' + tab([['Họ tên', 'Khu vực', 'Điện thoại'], ['Nguyễn Thu Trang', 'TP Vinh', rp[0]], ['Lang Văn Sơn', 'Quỳ Hợp', rp[1]]]), 'csv')

# ---- infrastructure
add('vi', 'warn', ['infrastructure'], 'a vocational college\'s IT report typed without diacritics naming the database server\'s private address.',
    'BAO CAO CNTT THANG 11\n1. He thong dao tao: on dinh, 412 luot dang nhap/ngay.\n2. May chu CSDL dao tao 10.10.20.15 day o cung 87%, de nghi '
    'mua them 2 o 2 TB.\n3. Wifi khu ky tuc xa: thay 4 bo phat.\n')

# ---- hard negatives
vineg('a ranger station\'s roster pasted from Excel where a ranger is named "Lò Thị Mật".',
      'DANH SÁCH TỔ BẢO VỆ RỪNG BẢN SÀI KHAO\n' + tab([['STT', 'Họ tên', 'Nhiệm vụ'], ['1', 'Thào A Sua', 'Tổ trưởng'], ['2', 'Lò Thị Mật', 'Tuần tra'],
                                                  ['3', 'Hà Văn Pom', 'Tuần tra']]))
neg('vi', 'a construction drawing list with "MẶT CẮT" and "MẶT BẰNG" titles in capitals.',
    'DANH MỤC BẢN VẼ\n' + tab([['Ký hiệu', 'Tên bản vẽ'], ['KT-01', 'MẶT BẰNG TỔNG THỂ'], ['KT-02', 'MẶT CẮT A-A'], ['KT-03', 'MẶT ĐỨNG TRỤC 1-8']]))
neg('en', 'a PowerShell snippet that prompts for the credential.',
    '$cred = Get-Credential -Message "VTS service account"\nInvoke-Command -ComputerName ais-gw02 -Credential $cred -ScriptBlock { Get-Service AisGateway }\n')
neg('cs', 'a Czech cinema listing with "Utajená láska" and "Tajemství" in film titles.',
    'Kino Dukla – prosinec\nPá 19:00 UTAJENÁ LÁSKA (romantický, 2026)\nSo 17:00 TAJEMSTVÍ STARÉ BAMBITKY 2 (pohádka)\nNe 20:00 DŮVĚRNÝ NEPŘÍTEL (thriller)')
qa = '1' + rnd(12, DG)
vineg('a radio programme\'s call for donations to a fund\'s published account.',
      f'Chương trình "Vì người nghèo" tiếp nhận ủng hộ đồng bào vùng lũ qua tài khoản Quỹ Vì người nghèo tỉnh, số {qa} tại Vietinbank Nghệ An. '
      'Đường dây nóng của chương trình: 1900 9090.')
neg('en', 'a SCADA course note on default industrial ports and documentation addresses.',
    'Lab 4: Modbus/TCP listens on port 502, S7comm on 102. Use the simulator at 192.0.2.10 (documentation range) and never '
    'expose these ports to the internet.')
add('vi', 'pass', [], 'Hard negative: a court\'s public hearing schedule naming only case types (typed without diacritics).',
    'LICH XET XU TUAN 50\nThu 2, 8h00: vu an dan su "Tranh chap hop dong vay tai san" - phong xu so 1\n'
    'Thu 4, 14h00: vu an hanh chinh "Khieu kien quyet dinh thu hoi dat" - phong xu so 2')

# ================================================================ batch 6 (written after batch 5's fix, scored blind)

# ---- classified-marking
vi('block', ['classified-marking'], 'a vocational college\'s militia summary pasted from Excel, the sheet\'s title row closing with "(MẬT)" and its tabs.',
   'BIỂU TỔNG HỢP LỰC LƯỢNG TỰ VỆ NĂM 2026 (MẬT)\t\t\t\n' +
   tab([['Đơn vị', 'Biên chế', 'Đã huấn luyện', 'Vũ khí'], ['Khoa Điện', '12', '10', '4'], ['Khoa Cơ khí', '14', '14', '5'], ['Phòng Đào tạo', '10', '8', '3']]), 'csv')
THREAD = ('Anh Quyết ơi, em gửi lại bản cuối anh ký nhé.\nHiền\n\n'
          '-----Original Message-----\nFrom: Đỗ Văn Quyết\nSent: Monday, December 7, 2026 10:12\nSubject: RE: RE: Báo cáo vụ việc tàu lạ\n\n'
          'Em sửa mục 2 theo ý kiến Cảng vụ trưởng.\n\n> -----Original Message-----\n> From: Phạm Thu Hiền\n> Sent: Friday, December 4, 2026 16:40\n'
          '> Subject: RE: Báo cáo vụ việc tàu lạ\n>\n> Em gửi dự thảo ạ.\n>\n>> CẢNG VỤ HÀNG HẢI QUẢNG NINH\n>> Số: 27/BC-CVHHQN\n>> MẬT\n>>\n'
          '>> BÁO CÁO\n>> Vụ việc tàu không rõ quốc tịch neo đậu trái phép tại vùng nước Hòn Nét ngày 02/12/2026\n'
          '>> 1. Diễn biến: 03h15 trạm VTS phát hiện mục tiêu không phát AIS ...\n')
vi('block', ['classified-marking', 'official-document'], 'an Outlook thread (three quote levels) with the draft report\'s "MẬT" under its number at the deepest level.', THREAD)
add('en', 'block', ['classified-marking'], 'a translation request whose pasted English page footer reads "CONFIDENTIAL | Page 1 of 2".',
    'Translate into Vietnamese please:\n\nVessel traffic incident summary, 02 December\nAt 03:15 the VTS detected a contact without AIS '
    'anchored near Hon Net. Patrol boat BP-12 intercepted at 04:40; the vessel left the area at 05:10 heading south.\n\n'
    'CONFIDENTIAL | Page 1 of 2\n')
add('vi', 'block', ['classified-marking'], 'a court\'s training outline in markdown headed "## TÀI LIỆU NỘI BỘ".',
    '## TÀI LIỆU NỘI BỘ\n\n# Kỹ năng tống đạt văn bản tố tụng\n\n- Trường hợp đương sự vắng nhà: lập biên bản, niêm yết tại UBND xã\n'
    '- Đương sự từ chối nhận: có người làm chứng ký\n- Các lỗi thường gặp năm 2026 (12 vụ bị hủy án do tống đạt sai)\n')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech water utility\'s internal directive with its number and distribution list.',
    'Vodárenská akciová společnost, a.s.\nSMĚRNICE č. 14/2026\nk zajištění dodávky pitné vody za krizových situací\n\n'
    'Čl. 1 Účel\nSměrnice stanoví postup dispečinku při výpadku úpravny vody ...\n\nRozdělovník:\n- ředitelé divizí\n- dispečink\n- bezpečnostní ředitel\n')

# ---- national-id
pp2 = 'C' + rnd(7, DG)
vi('block', ['national-id'], 'a port crew change chat with a seafarer\'s passport number.',
   f'[09:14] Đại lý tàu - Hùng: bổ sung thuyền viên lên tàu: Đỗ Mạnh Cường, sinh 03/09/1983, hộ chiếu số {pp2}, hạn 2031\n'
   '[09:20] Cảng vụ - Thủ tục: đã nhận, chị cập nhật danh sách')
c11 = cccd('038', 'f', 1995, R.randrange(10**6))
add('en', 'block', ['national-id'], 'an English invitation letter for a museum visa giving the guest\'s Vietnamese citizen ID.',
    'To the Embassy of the Czech Republic\n\nWe invite Ms Le Thi Hoa, born 11.02.1995, Vietnamese citizen ID (CCCD) ' + c11 + ', curator of '
    'Thanh Hoa Provincial Museum, to the conference "Bronze Age Europe and Asia" in Brno, 10–14 March 2027.\n')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a veterinary station\'s leave sheet pasted from Excel: a named staff member\'s hospital stay.',
   'THEO DÕI NGHỈ PHÉP THÁNG 11\n' + tab([['Họ tên', 'Từ ngày', 'Đến ngày', 'Lý do'], ['Nguyễn Thị Hạnh', '04/11', '05/11', 'việc riêng'],
                                          ['Hoàng Văn Dũng', '10/11', '17/11', 'mổ ruột thừa, nằm viện 5 ngày']]), 'csv')
add('cs', 'warn', ['sensitive-personal'], 'a Czech court clerk\'s note with a named witness\'s psychiatric diagnosis code.',
    'Poznámka ke spisu 12 C 45/2026: svědkyně Marie Dvořáková doložila lékařskou zprávu MUDr. Kříže, dg. F32.1, k jednání se nedostaví.')
add('en', 'warn', ['sensitive-personal'], 'an English absence tracker row with a named employee\'s IVF treatment.',
    'Absence tracker - Finance\n' + tab([['Staff', 'Dates', 'Reason'], ['Sophie Turner', '9-11 Dec', 'egg retrieval, IVF cycle 2'],
                                         ['Ravi Patel', '12 Dec', 'annual leave']]), 'csv')

# ---- financial
card2 = luhn('5' + rnd(14, DG), 16)
vi('block', ['financial'], 'a museum booking e-mail quoting a visitor\'s card to charge the group ticket.',
   f'Chào chị,\nđoàn 25 khách của công ty du lịch thanh toán bằng thẻ của trưởng đoàn: {card2[:4]} {card2[4:8]} {card2[8:12]} {card2[12:]}, '
   'hết hạn 09/28, tên in trên thẻ PHAM VAN TOAN. Nhờ chị trừ 500.000đ.\nThanks, Lan (lễ tân)')

# ---- credential
wk = pw(12)
add('en', 'block', ['credential'], 'a ranger station\'s 4G router wpa_supplicant.conf pasted to debug the link, with the plain psk.',
    'ctrl_interface=/var/run/wpa_supplicant\nupdate_config=1\n\nnetwork={\n    ssid="KiemLam_PuNhi_4G"\n    psk="' + wk + '"\n    key_mgmt=WPA-PSK\n}\n')
acc_pw = [pw(10), pw(11)]
vi('block', ['credential'], 'a court\'s account handover sheet pasted from Excel with systems, accounts and passwords.',
   'BÀN GIAO TÀI KHOẢN – THƯ KÝ NGUYỄN THU HOA (chuyển công tác)\n' +
   tab([['Hệ thống', 'Tài khoản', 'Mật khẩu', 'Ghi chú'], ['Quản lý án', 'hoa.nt', acc_pw[0], 'đổi sau bàn giao'],
        ['Thư công vụ', 'hoa.nt@toaan.gov.vn', acc_pw[1], '']]), 'csv')

# ---- contact
add('cs', 'warn', ['contact'], 'a Czech museum volunteer\'s private e-mail in a forwarded note.',
    f'Paní Marková dělá průvodkyni o víkendech, ozvěte se jí na soukromý e-mail jana.markova{rnd(2, DG)}@seznam.cz, pracovní nepoužívá.')

# ---- infrastructure
add('vi', 'warn', ['infrastructure'], 'a museum website\'s nginx config pasted for help, with an internal upstream.',
    'Web bảo tàng báo lỗi 502, cấu hình nginx đây:\n\nupstream baotang_app {\n    server 10.12.0.21:8080;\n    server 10.12.0.22:8080 backup;\n}\n'
    'server {\n    listen 443 ssl;\n    server_name baotangthanhhoa.vn;\n    location / { proxy_pass http://baotang_app; }\n}\n')

# ---- hard negatives
vineg('a museum\'s exhibition heading "MẬT KHU" (a historical secret base).',
      'MẬT KHU HOÀNG HOA THÁM\nKhu căn cứ bí mật của nghĩa quân Yên Thế cuối thế kỷ XIX; trưng bày 46 hiện vật, bản đồ và ảnh tư liệu.')
neg('cs', 'a Czech water utility job advert mentioning a security clearance for "Vyhrazené".',
    'Hledáme: specialista kybernetické bezpečnosti OT (Jihlava)\n- praxe se SCADA a průmyslovými sítěmi\n- podmínkou je získání '
    'bezpečnostní prověrky pro stupeň Vyhrazené\n- nástup dle dohody, životopisy na kariera@vasgroup.cz')
neg('vi', 'a pump handover note with a 13-digit serial number (no bank).',
    'Bàn giao máy bơm dự phòng: Grundfos NB 100-250, số seri 2611047123456, giờ chạy 1.240 h, tình trạng tốt.')
neg('en', 'a device manual with a placeholder login.',
    'First login: open https://192.168.8.1, user admin, password printed on the label under the device. Change it on first login.')
vineg('a museum\'s office contact block.',
      'Văn phòng Bảo tàng tỉnh Thanh Hóa: số 12 Trần Phú, phường Điện Biên, TP Thanh Hóa. Điện thoại 0237 3852 517, '
      'email vanphong.baotang@thanhhoa.gov.vn.')
add('vi', 'pass', [], 'Hard negative: a ranger station\'s public flood update (no number, no level; typed without diacritics).',
    'CAP NHAT MUA LU 8/12: Muong Lat mua 180 mm, 02 diem sat lo duong vao ban Sai Khao, chua co thiet hai ve nguoi. '
    'Nguoi dan khong vao rung khi co mua lon.')
neg('en', 'a port\'s tariff note offering confidential rates on request.',
    'Port dues 2027 are published on our website. Volume discounts and confidential rates for liner services are available on request.')
neg('vi', 'a vaccination sheet with a herd density column ("Mật độ").',
    'KẾ HOẠCH TIÊM PHÒNG ĐỢT 2\n' + tab([['Xã', 'Tổng đàn lợn', 'Mật độ (con/hộ)', 'Số liều'], ['Đồng Hưu', '4.120', '12', '4.300'], ['Tam Tiến', '3.560', '9', '3.700']]))

# ================================================================ batch 7 (written after batch 6's fix, scored blind)

# ---- classified-marking
add('vi', 'block', ['classified-marking', 'official-document'], 'an OCR\'d port-authority page whose stamp kept one word\'s marks only ("TỐI MAT").',
    'CẢNG VỤ HÀNG HẢI QUẢNG NINH\nSố: 31/KH-CVHHQN\nTỐI MAT\nQuảng Ninh, ngày 07 tháng 12 năm 2026\n\nKẾ HOẠCH\nBảo đảm an ninh, '
    'an toàn cho tàu Hải quân nước ngoài thăm cảng\nI. LỰC LƯỢNG\n1. Trạm VTS trực 24/24, không phát thông tin vị trí tàu trên kênh 16 ...\n')
WORKS = ''.join(f'- Hạng mục {k}: hoàn thành {p}% khối lượng, giá trị thực hiện {v} tỷ đồng.\n'
                for k, p, v in [('đường công vụ', 100, 4.2), ('san nền', 85, 6.8), ('nhà chỉ huy', 60, 11.5), ('hào giao thông', 40, 3.1),
                                ('bể nước ngầm', 75, 2.4), ('kè chắn đất', 30, 5.6)])
vi('block', ['classified-marking'], 'a construction company\'s long progress report (~2 KB) whose page-2 footer reads "Trang 2/4 – Tài liệu Mật".',
   'BAN QUẢN LÝ DỰ ÁN 2 – CÔNG TY 492\nBÁO CÁO TIẾN ĐỘ THÁNG 11/2026\nCông trình: Sở chỉ huy cơ bản KVPT huyện\n\n1. Khối lượng:\n' + WORKS +
   '2. Nhân lực: 86 công nhân, 12 kỹ sư; thiết bị: 4 máy xúc, 2 cần cẩu.\n\n' + '—' * 20 + '\nTrang 2/4 – Tài liệu Mật\n' + '—' * 20 + '\n'
   '3. Vướng mắc: chậm bàn giao 0,6 ha mặt bằng phía bắc do chưa di dời đường điện 35 kV.\n4. Kiến nghị: đề nghị Bộ CHQS tỉnh làm việc với Điện lực.\n')
add('vi', 'block', ['classified-marking'], 'a Zalo forward typed without diacritics with "Tuyet mat" in title case under the number.',
    zalo([('Van phong Dai', '[Tin nhan chuyen tiep]\nTINH UY NGHE AN\nSo 88-TB/TU\nTuyet mat\nTHONG BAO\nKet luan cua Thuong truc Tinh uy ve '
                            'cong tac nhan su Dai PT-TH tinh\n1. Dong y chu truong dieu dong ...'),
          ('Pho Giam doc Khoa', 'Da nhan, khong chuyen tiep')], start=(16, 55)))
add('en', 'block', ['classified-marking'], 'an English memo whose header field reads "Classification: Official – Sensitive" with an en dash.',
    'MEMO\nTo: Director, Water Safety Programme\nFrom: SCADA security lead\nClassification: Official – Sensitive\n\n'
    'Findings from the November audit: 3 HMIs reachable from the office VLAN; shared operator account on all pumping stations.\n')
add('cs', 'block', ['classified-marking'], 'a Czech reply quoting a header block with "> Stupeň: Vyhrazené".',
    'Souhlasím, jen doplňte kontakty na dispečink.\nP.\n\n> Od: Krizový štáb kraje\n> Věc: Plán zásobování pitnou vodou – revize\n'
    '> Stupeň: Vyhrazené\n> Č. j.: KUJI/88112/2026\n>\n> Zasíláme revizi plánu, prosíme o připomínky do pátku.\n')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech water-rights office\'s decision with "Č. j." and "Spis. zn." pasted for a summary.',
    'Shrň mi to:\n\nMěstský úřad Jihlava, odbor životního prostředí\nČ. j.: MMJ/ŽP/14432/2026\nSpis. zn.: ŽP/2211/2026\n\nROZHODNUTÍ\n'
    'Městský úřad Jihlava jako vodoprávní úřad povoluje společnosti VAS a.s. odběr podzemních vod z vrtu HV-3 v množství ...\n')

# ---- national-id
r3 = rc(75, 5, 22, 118).replace('/', '')
add('cs', 'block', ['national-id'], 'a Czech payroll sheet pasted from Excel with birth numbers without the slash in an "RČ" column.',
    'Podklad pro pojišťovnu 12/2026\n' + tab([['Jméno', 'RČ', 'Pojišťovna'], ['Petr Vondra', r3, '111']]), 'csv')
bh3 = '24' + rnd(8, DG)
vi('block', ['national-id'], 'a veterinary station\'s Zalo message giving an employee\'s social-insurance number.',
   zalo([('Nguyễn Thị Hạnh', f'Chị kế toán ơi, mã số BHXH của em là {bh3}, chị chốt sổ giúp em nhé'), ('Kế toán huyện', 'Ok em')], start=(8, 40)))

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a court\'s periodic health-check results pasted from Excel with named staff\'s conclusions.',
   'KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ 2026 – TAND HUYỆN YÊN THẾ\n' +
   tab([['STT', 'Họ tên', 'Phân loại', 'Kết luận'], ['1', 'Thân Văn Hòa', 'III', 'Viêm gan B mạn, theo dõi men gan'],
        ['2', 'Nguyễn Thu Hoa', 'I', 'Đủ sức khỏe'], ['3', 'Giáp Thị Mến', 'II', 'Tăng huyết áp độ 1']]), 'csv')
add('en', 'warn', ['sensitive-personal'], 'a museum incident note: a named visitor collapsed with a suspected heart attack and was taken to hospital.',
    'Incident 2026-118, Gallery 2, 14:05: visitor Mr John Harris (tour group, 71) collapsed; suspected heart attack. First aid by '
    'duty officer, ambulance 115 arrived 14:19, taken to Thanh Hoa General Hospital.\n')

# ---- financial
sk = '0451' + rnd(9, DG)
vi('block', ['financial'], 'an OCR\'d bank statement header of a named staff member, the account grouped in fours.',
   f'SAO KÊ TÀI KHOẢN\nChủ tài khoản: NGUYỄN THỊ HẠNH\nSố tài khoản: {sk[:4]} {sk[4:8]} {sk[8:12]} {sk[12:]}\nTừ ngày 01/11/2026 đến ngày 30/11/2026\n'
   'Số dư đầu kỳ: 12.450.000\n')

# ---- credential
my = pw(11)
add('en', 'block', ['credential'], 'a VTS shell history line with mysql -p and the password.',
    'history | tail -3\n  512  cd /opt/vts/db\n  513  mysql -h 10.40.2.10 -u vts_admin -p' + my + ' vtsdb < fix_targets.sql\n  514  exit\n')
vi('block', ['credential'], 'a water utility\'s chat giving the pump-station cabinet\'s lock code.',
   '[06:40] Ca trực - Tuấn: tủ điện trạm Cửa Nam khóa số, mã mở tủ là 4829, ca sau nhớ khóa lại\n[06:42] Ca sau - Bình: ok anh')

# ---- contact
add('en', 'warn', ['contact'], 'an English invoice from a named freelance conservator with his home address.',
    'INVOICE 2026-14\nFrom: Tran Quoc Viet, freelance conservator\nHome address: 14 Tran Phu Street, Dien Bien Ward, Thanh Hoa City\n'
    'To: Thanh Hoa Provincial Museum\nConservation of bronze drum 2019.44.7 – VND 18,500,000\n')

# ---- hard negatives
vineg('a college\'s IT lesson with a documented example of a strong password.',
      'Bài 3: Cách đặt mật khẩu mạnh. Ví dụ: Hoa#Sen2026 là một mật khẩu mạnh vì có chữ hoa, chữ thường, số và ký tự đặc biệt; '
      'không dùng lại mật khẩu này cho tài khoản thật.')
neg('en', 'a reference letter given "in strict confidence" (no sensitive fact).',
    'To whom it may concern,\nThis reference is given in strict confidence. Ms Nguyen Thu Trang worked in our newsroom from 2019 to 2026 '
    'as a reporter; she is reliable, accurate and works well under deadline pressure.\nEditor-in-chief')
neg('cs', 'a Czech ball poster with its motto ("Heslo plesu").',
    'Hasičský ples 2027 – sobota 17. ledna, sokolovna\nHeslo plesu: Jede, jede mašinka!\nVstupné 250 Kč, tombola, k tanci hraje Veselka.')
neg('en', 'a Cisco config with only hashed secrets.',
    'hostname SW-VTS-03\nenable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM\n'
    'username vtsadmin privilege 15 secret 9 $9$2MJBozw/9R3UsU$NR5dzoqxHg5NZP4pFq.CPpWqsPS6gz7/d7f2gKqzXhE\n')
neg('vi', 'a port report with fishing boats\' registration numbers.',
    'Trong tuần, Trạm kiểm soát biên phòng cảng cho 14 lượt tàu cá ra vào, gồm NA-90123-TS, NA-90877-TS, QN-91456-TS; không phát hiện vi phạm.')
vineg('a water utility\'s incident landline (an office\'s duty number).',
      'Khách hàng báo sự cố vỡ ống, mất nước xin gọi số trực sự cố của Công ty: 0238 3844 123 (24/7).')
neg('vi', 'a museum artefact sheet pasted from Excel.',
    'PHIẾU HIỆN VẬT\n' + tab([['Số hiệu', 'Tên hiện vật', 'Chất liệu', 'Niên đại'], ['BT.2019.118', 'Trống đồng Cẩm Giang', 'Đồng', 'Đông Sơn'],
                             ['BT.2021.045', 'Rìu xéo', 'Đồng', 'Đông Sơn']]))

# ================================================================ batch 8 (written after batch 7's fixes, scored blind)

# ---- classified-marking
vi('block', ['classified-marking', 'official-document'], 'a converted radio-station plan whose stamp sits at the end of the date line.',
   'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN\nSố: 12/KH-ĐPTTH\nNghệ An, ngày 05 tháng 12 năm 2026                    MẬT\n\nKẾ HOẠCH\n'
   'Tuyên truyền bảo đảm an ninh trật tự dịp bầu cử bổ sung tại xã Châu Tiến\n1. Không đưa tin về các cuộc tụ tập trước khi có ý kiến của Ban Tuyên giáo.\n')
add('cs', 'block', ['classified-marking'], 'a Czech data-box subject closing with a dash and "VYHRAZENÉ".',
    'Datová zpráva č. 1189044120\nOdesílatel: Krajský úřad Kraje Vysočina\nVěc: Aktualizace havarijního plánu kraje – VYHRAZENÉ\n'
    'Přílohy: HPK_2026_cast_C.pdf\nDoručeno: 07.12.2026 09:12')
vi('block', ['classified-marking', 'official-document'], 'a vocational college\'s report whose stamp stands alone after the signature block.',
   'TRƯỜNG CAO ĐẲNG NGHỀ CƠ ĐIỆN HÀ NỘI\nSố: 77/BC-CĐN\n\nBÁO CÁO\nTình hình học sinh, sinh viên có biểu hiện tham gia hoạt động '
   'tín dụng đen\n1. Phát hiện 05 sinh viên vay qua ứng dụng, 02 em bị đe dọa ...\n\nNơi nhận:\n- Công an quận;\n- Lưu: VT, CTHSSV.\n\n'
   'HIỆU TRƯỞNG\n(đã ký)\n\nMẬT\n')

# ---- official-document
add('vi', 'warn', ['official-document'], 'an e-office record of a veterinary station pasted as key: value lines.',
    'Số ký hiệu: 91/TB-TTY\nNgày ban hành: 06/12/2026\nLoại văn bản: Thông báo\nTrích yếu: Lịch tiêm phòng đợt 2 năm 2026\n'
    'Người ký: Lê Văn Thắng\nNơi nhận: UBND các xã; Lưu: VT\n')

# ---- national-id
c12 = cccd('024', 'f', 1979, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a court clerk\'s SMS-like note typed without diacritics with a party\'s ID number.',
    f'Nhac lich: 8h thu 3 hoa giai vu Giap Van Tuan - Ngo Thi Lua. Ma dinh danh ba Lua: {c12}, nho mang theo ban goc.')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a vocational college\'s counselling log pasted from Excel: a named student showing signs of depression.',
   'SỔ THEO DÕI TƯ VẤN HỌC ĐƯỜNG – HỌC KỲ I\n' +
   tab([['Ngày', 'Học sinh', 'Lớp', 'Nội dung'], ['02/12', 'Kha Thị Hiền', 'May K26', 'có biểu hiện trầm cảm, mất ngủ kéo dài; đã mời phụ huynh'],
        ['04/12', 'Lô Văn Thoại', 'Điện CN K25', 'tư vấn chọn nghề']]), 'csv')

# ---- financial
a11 = '1903' + rnd(10, DG)
vi('block', ['financial'], 'a museum chat with a freelance photographer\'s account, bank and name on one line.',
   f'[11:30] Phòng Trưng bày - Hằng: chị chuyển tiền chụp ảnh hiện vật cho anh Trịnh Quốc Anh: Số TK nhận {a11} - Techcombank - TRINH QUOC ANH\n'
   '[11:32] Kế toán: ok em')

# ---- credential
basic = base64.b64encode(('museum_api:' + pw(12)).encode()).decode()
add('en', 'block', ['credential'], 'a curl command to the museum collection API with a Basic authorization header.',
    'curl -s -H "Authorization: Basic ' + basic + '" https://collections.baotangthanhhoa.vn/api/v1/objects?page=2\n')

# ---- contact
nn = vnmobile()
add('vi', 'warn', ['contact'], 'a court\'s party list pasted from Excel with a relative\'s mobile.',
    'DANH SÁCH ĐƯƠNG SỰ VẮNG MẶT\n' + tab([['Họ tên', 'Địa chỉ', 'SĐT người nhà'], ['Đàm Văn Hiếu', 'TT Cầu Gồ', nn]]), 'csv')

# ---- hard negatives
vineg('a ranger group\'s honey sale post with "MẬT ONG RỪNG" in capitals.',
      'MẬT ONG RỪNG PÙ NHI\nHàng bà con bản Sài Khao khai thác tự nhiên, 250.000đ/lít, anh em trạm ai lấy thì đăng ký với chị Nga trước thứ Sáu.')
neg('cs', 'a Czech staff car park notice ("Vyhrazeno").',
    'Od pondělí je parkoviště u vrátnice VYHRAZENO pro vozidla dispečinku a pohotovosti. Ostatní parkujte u haly B.')
neg('en', 'a museum API how-to with a placeholder authorization header.',
    'Call the API with your own key: curl -H "Authorization: Bearer <YOUR_API_KEY>" https://collections.example.org/api/v1/objects')
vineg('a college\'s public admission statistics (no names).',
      'Năm 2026 trường tuyển 1.240 học sinh, sinh viên; 38 em thuộc hộ nghèo, 12 em khuyết tật được miễn học phí theo quy định.')
neg('vi', 'a date line and a report title with no level (a radio station\'s public report).',
    'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN\nNghệ An, ngày 05 tháng 12 năm 2026\n\nTHÔNG CÁO BÁO CHÍ\nĐài khai trương kênh NA2 phát sóng 24/24 trên truyền hình số mặt đất.')

write_round(S, 'round49', 'p49')
