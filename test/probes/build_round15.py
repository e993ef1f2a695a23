#!/usr/bin/env python3
"""Builds test/probes/round15.jsonl (round 15 of the held-out-style probes, written blind: personal data and identifiers
of named people in what staff paste — HR exports whose header sits 30+ rows above the value, merged cells, lists of
beneficiaries, sick-leave notes and medical certificates, police and court records, party discipline, religion
columns, asset declarations, permanent/temporary addresses, IDs under a foreign or abbreviated label, OCR'd IDs with
spaces or O/0 confusion, bank accounts and phones in complaint letters — and their hard negatives: officials named in
news, statistics, hospitals and streets named after people, sample and invalid numbers in training material, agency
hotlines, product and file numbers shaped like IDs). Stdlib only; every identifier is generated and checked here
(valid for positives, deliberately failing or not personal for negatives)."""

from probe_ids import PROV, W, czacct, czpart_ok, grp as sp, iban, luhn, luhn_ok, mod97, mst  # noqa: F401
from probe_ids import cccd as cccd_raw
from probe_ids import mst_ok, nhs, nhs_ok, nino_ok, rc, rc_ok, ssn_ok, strip, write_personal_round  # noqa: F401


def cccd(prov, sex, year, serial):
    """CCCD: province of birth registration, century-and-sex digit, birth year (one that has happened), serial."""
    assert 1930 <= year <= 2010
    return cccd_raw(prov, sex, year, serial)


def cccd_ok(s):
    s = s.replace(' ', '').replace('.', '')
    return len(s) == 12 and s.isdigit() and s[:3] in PROV and s[3] in '0123'







# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('034', 'f', 1990, 12876)      # Thái Bình, woman, 1990
C2 = cccd('079', 'f', 2002, 12345)      # HCMC, woman, 2002
C3 = cccd('038', 'f', 1990, 45678)      # Thanh Hóa, woman, 1990 (OCR'd with O for 0)
C4 = cccd('040', 'f', 1986, 1234)       # Nghệ An, woman, 1986
C5 = cccd('001', 'm', 1995, 12345)      # Hà Nội, man, 1995
C6 = cccd('066', 'm', 1978, 203114)     # Đắk Lắk, man, 1978
C7 = cccd('001', 'm', 1985, 512034)     # Hà Nội, man, 1985
C8 = cccd('027', 'm', 1983, 7791)       # Bắc Ninh, man, 1983
C9 = cccd('011', 'm', 1992, 88312)      # Điện Biên, man, 1992
C10 = cccd('036', 'f', 1971, 402118)    # Nam Định, woman, 1971
CBAD = '099085123456'                   # province 099 does not exist
assert not cccd_ok(CBAD)
CPROD = C2                              # the same digits as a product code, for a hard negative
M1 = mst('801234567')
M2 = mst('840312776')
assert mst_ok(M1) and mst_ok(M2)
R1 = rc(85, 6, 12, 123)
R2 = rc(90, 5, 12, 123, female=True)
R3 = rc(78, 11, 3, 440)
R4 = rc(92, 2, 28, 617, female=True)
for r in (R1, R2, R3, R4):
    assert rc_ok(r), r
RBAD = R1[:-1] + str((int(R1[-1]) + 1) % 10)  # last digit off by one: fails mod 11
assert not rc_ok(RBAD)
# a case reference "č. j." whose digits happen to pass mod 11 and the date test (a hard negative)
CJ = next(f'{n:06d}/2024' for n in range(451203, 460000) if rc_ok(f'{n:06d}2024'))
ACC1 = czacct('200014539') + '/0800'
ACC1P = '19-' + ACC1
assert czpart_ok('19') and czpart_ok(ACC1.split('/')[0])
ACC2 = czacct('107254336') + '/0100'
IB1 = iban('CZ', '0800' + '000019' + ACC1.split('/')[0])
assert mod97(IB1) == 1
IBBAD = IB1[:2] + '00' + IB1[4:]
assert mod97(IBBAD) != 1
CARD1 = luhn('453914880343646', 16)
CARD_TEST = '4111111111111111'
assert luhn_ok(CARD1) and luhn_ok(CARD_TEST)
SSN1 = '518-42-7361'
assert ssn_ok(SSN1)
NINO1 = 'PW 48 27 19 C'
assert nino_ok(NINO1)
PP1, PP2 = 'C8123456', 'C4410236'
EAN = '893604' + '112233'
EAN13 = EAN + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(EAN)) % 10) % 10)

V = []


def S(lang, ext, cats, note, text):
    V.append(dict(lang=lang, ext=ext, cats=cats, note=note, text=text))


HO = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trịnh', 'Cao']
DEM = ['Văn', 'Thị', 'Minh', 'Quang', 'Thu', 'Đức', 'Ngọc', 'Hữu', 'Thanh', 'Kim']
TEN = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hòa', 'Khánh', 'Lan', 'Long', 'Mai',
       'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến']


def vname(i):
    return f'{HO[i % len(HO)]} {DEM[(i * 3) % len(DEM)]} {TEN[(i * 7) % len(TEN)]}'



# ================================================================ Vietnamese, with diacritics
rows = []
for i in range(1, 37):
    cc = C6 if i == 34 else 'chưa cập nhật'
    rows.append(f'{i}\t{vname(i)}\t{1970 + i % 25}\tPhòng {"ABCDE"[i % 5]}\t{cc}')
S('vi', 'csv', ['national-id'],
  'HR export (tab-separated, 36 rows): the CCCD column is empty ("chưa cập nhật") until row 34 — the header is 33 rows above the only value.',
  'STT\tHọ và tên\tNăm sinh\tĐơn vị\tSố CCCD\n' + '\n'.join(rows))

rows = []
for i in range(1, 39):
    tg = 'Phật giáo' if i == 35 else ('Công giáo' if i == 37 else 'Không')
    rows.append(f'{i};{vname(i + 40)};{["Kinh", "Tày", "Mường"][i % 3]};{tg};{["Đội 1", "Đội 2"][i % 2]}')
S('vi', 'csv', ['sensitive-personal'],
  'Staff list (semicolon CSV, 38 rows): the religion column says "Không" until rows 35 and 37 (Phật giáo, Công giáo), 34 rows below its header.',
  'STT;Họ và tên;Dân tộc;Tôn giáo;Tổ\n' + '\n'.join(rows))

S('vi', 'txt', ['national-id', 'contact'],
  'Commune list of poor households (hộ nghèo) pasted from Excel: head of household, CCCD with spaces, hamlet address.',
  'DANH SÁCH HỘ NGHÈO NĂM 2026 – XÃ EA TUL\n'
  'TT | Chủ hộ | Số CCCD | Địa chỉ | Ghi chú\n'
  f'1 | Y Blông Niê | {sp(C6, 4)} | Buôn Tul A, xã Ea Tul | hộ nghèo\n'
  f'2 | H\'Nga Êban | {sp(cccd("066", "f", 1981, 77120), 4)} | Buôn Tul B, xã Ea Tul | hộ cận nghèo\n'
  'Nhờ em kiểm tra lại tên người dân tộc viết đúng chưa.')

S('vi', 'txt', ['sensitive-personal'],
  'List of war invalids (thương binh) to visit on 27/7, with each man\'s disability rate and war wound.',
  'Danh sách thương binh xã Quỳnh Lưu đi thăm dịp 27/7:\n'
  '- Ông Hồ Văn Lương, thương binh hạng 2/4, tỷ lệ thương tật 61%, cụt chân trái\n'
  '- Ông Thái Bá Kiên, thương binh hạng 3/4, tỷ lệ thương tật 41%, mảnh đạn trong phổi\n'
  'Mỗi suất quà 500.000 đồng, em soạn giúp thư thăm hỏi ngắn.')

S('vi', 'txt', ['national-id', 'sensitive-personal'],
  'Sick-leave certificate (giấy chứng nhận nghỉ việc hưởng BHXH) typed out: BHXH number, diagnosis and surgery.',
  'GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI\n'
  'Họ và tên: Phan Thị Ngọc Ánh     Ngày sinh: 04/09/1991\n'
  'Mã số BHXH: 0131987245\n'
  'Chẩn đoán: Viêm ruột thừa cấp, đã phẫu thuật nội soi\n'
  'Số ngày nghỉ: 07 ngày (từ 02/6 đến 08/6/2026)')

S('vi', 'txt', ['sensitive-personal', 'contact'],
  'Police verification note about a named man: address where he lives and his prior convictions (tiền án, tiền sự).',
  'Kết quả xác minh nhân thân:\nĐối tượng Lò Văn Tủa, sinh năm 1991, hiện trú tại bản Hua Nà, xã Chiềng Pấc, huyện Thuận Châu.\n'
  'Tiền án: 01 (năm 2019 bị TAND huyện Thuận Châu xử phạt 24 tháng tù về tội trộm cắp tài sản).\nTiền sự: không.')

S('vi', 'txt', ['sensitive-personal'],
  'Chat message relaying a party-discipline outcome: a named party member expelled (khai trừ ra khỏi Đảng).',
  '[16:40] Bích Ngọc: Các anh chị lưu ý, chiều nay Ủy ban kiểm tra đã thông báo: đồng chí Vi Văn Thắng, đảng viên chi bộ '
  'Phòng Quản lý đô thị, bị khai trừ ra khỏi Đảng do vi phạm trong cấp phép xây dựng.\n[16:41] Hải: Dạ em nắm rồi ạ')

S('vi', 'txt', ['national-id', 'financial'],
  'Asset and income declaration (bản kê khai tài sản): CCCD of the declarant and a bank account with its balance.',
  'BẢN KÊ KHAI TÀI SẢN, THU NHẬP BỔ SUNG NĂM 2025\nNgười kê khai: Đinh Quang Vinh\n'
  f'Số CCCD: {C7}\nChức vụ: Phó trưởng phòng\n'
  '3. Tiền gửi: tài khoản tiết kiệm số 0011004123456 tại Vietcombank, số dư 1.250.000.000 đồng\n'
  '4. Đất ở: 01 thửa tại phường Yên Hòa, 120 m²')

S('vi', 'txt', ['financial', 'contact'],
  'Complaint letter (đơn khiếu nại) asking for a refund into the complainant\'s own account, with her mobile.',
  'ĐƠN KHIẾU NẠI\nKính gửi: Ban Giám đốc Điện lực Cầu Giấy\nTôi là Nguyễn Thị Hạnh, sinh năm 1968.\n'
  'Hóa đơn tiền điện tháng 5 của gia đình tôi tăng gấp ba so với mọi tháng. Đề nghị kiểm tra công tơ và hoàn trả '
  'số tiền thu thừa vào tài khoản số 19033456789012 tại Techcombank, chủ tài khoản Nguyễn Thị Hạnh.\n'
  'Điện thoại liên hệ: 0976 123 458')

S('vi', 'txt', ['national-id'],
  'Hotel booking note: the citizen ID labelled only "CC:" (as staff abbreviate căn cước), not an e-mail copy line.',
  f'Khách đoàn: Trương Mỹ Lệ – CC: {C2} – cấp ngày 12/4/2022 tại Cục CS QLHC về TTXH\n'
  'Phòng 2 giường, nhận phòng 14h ngày 20/6, trả 12h ngày 22/6.')

S('vi', 'txt', ['national-id'],
  'Vietnamese travel list with the passport number labelled in English ("Pass No").',
  'Đoàn đi Nhật tháng 7:\n1. Anh Khổng Minh Đức, Pass No: C8123456, hết hạn 10/2030\n'
  '2. Chị Phùng Thu Thảo, Pass No: C4410236, hết hạn 03/2031\nVisa nộp trước 15/6.')

S('vi', 'txt', ['national-id'],
  'OCR of a CCCD card front: the number read with the letter O for zero ("O3819OO45678").',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\n'
  f'Số / No.: {C3.replace("0", "O")}\nHọ và tên / Full name:\nLƯƠNG THỊ HẰNG\nNgày sinh / Date of birth: 21/03/1990')

S('vi', 'txt', ['contact'],
  'Temporary-residence confirmation request: a named worker\'s boarding-house room and street address (tạm trú).',
  'Nhờ chị xác nhận tạm trú giúp em cho anh Hầu A Dế, công nhân tổ hàn: tạm trú tại phòng 204, nhà trọ số 15 ngõ 68 '
  'đường Cầu Giấy, phường Quan Hoa, Hà Nội, từ tháng 3/2026.')

S('vi', 'txt', ['national-id', 'sensitive-personal'],
  'Criminal-record certificate (phiếu lý lịch tư pháp) typed out: CCCD and a past conviction (án tích).',
  'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2\nHọ và tên: ĐỖ MẠNH CƯỜNG     Giới tính: Nam\n'
  f'Số CCCD: {C8}\n'
  'Án tích: Ngày 05/3/2018, TAND quận Hoàng Mai xử phạt 18 tháng tù về tội "Cố ý gây thương tích"; đã chấp hành xong.')

S('vi', 'txt', ['financial'],
  'Payroll question naming a colleague\'s personal tax code (MST cá nhân).',
  f'Chị ơi, MST cá nhân của chị Yến phòng kế toán là {M1}, em điền vào tờ khai quyết toán thuế TNCN năm 2025 được chưa ạ?')

S('vi', 'txt', ['sensitive-personal'],
  'Department meeting minutes (long, 30+ lines): a named officer\'s cancer treatment appears near the end.',
  'BIÊN BẢN HỌP GIAO BAN PHÒNG\nThời gian: 8h00 thứ Hai\nThành phần: toàn thể cán bộ phòng\n' +
  ''.join(f'{k}. Nội dung {k}: báo cáo tiến độ công việc tuần, đề xuất kế hoạch tuần tới, không có ý kiến khác.\n'
          for k in range(1, 31)) +
  '31. Công đoàn thông báo: đồng chí Vũ Văn Hiệp đang điều trị ung thư phổi tại Bệnh viện K, đề nghị mọi người '
  'quyên góp hỗ trợ.\nCuộc họp kết thúc lúc 10h15.')

# hard negatives, with diacritics
S('vi', 'txt', [], 'Hard negative: news — a (fictional) minister visits patients being treated; no private person is named.',
  'Chiều 12/6, Bộ trưởng Bộ Y tế Đào Minh Quang đã đến thăm, động viên các bệnh nhân đang điều trị sốt xuất huyết tại '
  'Bệnh viện Bệnh Nhiệt đới Trung ương và đề nghị tăng cường phòng chống dịch.')
S('vi', 'txt', [], 'Hard negative: provincial statistics on poor households, war invalids and religions — no names.',
  'Năm 2025 toàn tỉnh còn 12.450 hộ nghèo (3,1%), 3.210 thương binh và người hưởng chính sách như thương binh; '
  'tín đồ Công giáo chiếm 8,2% dân số, Phật giáo 15,4%, Tin Lành 1,1%.')
S('vi', 'txt', [], 'Hard negative: a hospital named after a person treating dengue cases (counts only).',
  'Bệnh viện Nguyễn Tri Phương tiếp nhận 30 ca sốt xuất huyết trong tuần; khoa Nhiễm đang điều trị 12 ca nặng, '
  'chưa có ca tử vong.')
S('vi', 'txt', [], 'Hard negative: a company address on a street named after a person, and its hotline.',
  'Công ty cổ phần Minh Phát, trụ sở: số 25 đường Nguyễn Thị Minh Khai, phường Bến Nghé, Quận 1, TP.HCM; '
  'hotline 1900 6868; email cskh@minhphat.vn.')
S('vi', 'txt', [], 'Hard negative: training slide on the CCCD layout with a sample number whose province code does not exist.',
  'Bài 3 – Cấu trúc số định danh cá nhân: 3 số đầu là mã tỉnh, số thứ 4 là giới tính và thế kỷ, 2 số tiếp là năm '
  f'sinh, 6 số cuối ngẫu nhiên. Ví dụ minh họa: {CBAD} — mã 099 không tồn tại nên hệ thống sẽ từ chối.')
S('vi', 'txt', [], 'Hard negative: a health department\'s public hotline numbers (an agency, not a person).',
  'Đường dây nóng của Sở Y tế tỉnh: 0969 851 616 (24/7). Tổng đài cấp cứu 115, tổng đài bảo vệ trẻ em 111.')
S('vi', 'txt', [], 'Hard negative: a shop order with a 12-digit product code shaped like a CCCD and an EAN-13 barcode.',
  f'Đơn nhập kho số 45: Bình giữ nhiệt 500 ml, mã sản phẩm {CPROD}, mã vạch {EAN13}, số lượng 120, đơn giá 85.000 đ.')

# ================================================================ Vietnamese, without diacritics
S('vi', 'txt', ['national-id'],
  'Zalo-style chat without diacritics: a colleague\'s CCCD given in two groups "040186 001234".',
  f'[09:12] Thu Ha: so cccd cua chi Nga la {C4[:6]} {C4[6:]} nhe, em dien vao mau dang ky giup chi\n[09:13] Nam: ok chi')

S('vi', 'csv', ['national-id', 'contact'],
  'CSV without diacritics: old 9-digit CMND numbers and home addresses (thon/xa) of named people.',
  'ho_ten,ngay_sinh,so_cmnd,dia_chi\nNong Van Pao,12/02/1979,121456789,"Thon Na Ri, xa Quang Son"\n'
  'Be Thi Lanh,03/11/1983,121502314,"Thon Khuoi Bong, xa Quang Son"')

S('vi', 'txt', ['sensitive-personal'],
  'Sick-leave note without diacritics: a named engineer off work after kidney-stone surgery.',
  'Giay xin nghi om: Nguyen Van Thang, phong ky thuat, xin nghi 05 ngay do soi than, da mo noi soi tai benh vien '
  'Xanh Pon, co giay ra vien kem theo.')

S('vi', 'txt', ['sensitive-personal'],
  'Police note without diacritics: a named suspect\'s prior convictions and administrative offences.',
  'Bao cao nhanh: doi tuong Ha Van Toan, sinh nam 1995, co 2 tien an ve toi cuop giat tai san va 1 tien su ve hanh vi '
  'danh bac, hien dang bi tam giu tai Cong an quan.')

S('vi', 'txt', ['sensitive-personal'],
  'Party-cell proposal without diacritics: warning (canh cao) for a named party member.',
  'Chi bo de nghi thi hanh ky luat canh cao doi voi dang vien Trieu Thi Mai vi vi pham quy dinh ve ke khai tai san, '
  'de nghi Dang uy xem xet.')

S('vi', 'txt', ['financial', 'contact'],
  'Denunciation letter without diacritics: the writer\'s bank account (to show a transfer) and mobile.',
  'Don to cao\nToi ten Pham Van Long, dt 0914 226 331. Ngay 3/5 toi da chuyen 50 trieu tu tai khoan so 0451000123456 '
  'Vietcombank cua toi cho ong Tuan de "lo" viec, den nay khong duoc giai quyet.')

S('vi', 'txt', ['financial'],
  'Asset declaration without diacritics: a savings account at BIDV with its balance.',
  'Ke khai tai san cua ong Luong Van Chien:\n- Tien gui tiet kiem: so tai khoan 12010003456789 tai BIDV, 800 trieu dong\n'
  '- O to: 01 chiec Toyota Vios')

S('vi', 'txt', ['sensitive-personal'],
  'Chat without diacritics: a named colleague practises Cao Dai and asks for a religious holiday off.',
  'Chi Lam Thi Hoa bo phan kho theo dao Cao Dai, xin nghi le ngay ram thang Gieng, anh duyet giup em nhe.')

S('vi', 'txt', ['contact'],
  'Personnel form without diacritics: permanent residence (thuong tru) of a named person with lane and alley.',
  'Ho ten: Dao Minh Tuan\nThuong tru: so 7 ngach 12/45 pho Vong, phuong Dong Tam, quan Hai Ba Trung, Ha Noi\n'
  'Cho o hien nay: nhu tren')

S('vi', 'txt', ['national-id'],
  'Insurance note without diacritics: social-insurance number (ma so BHXH) before the person\'s name.',
  'Ma so BHXH: 0124567890 - Dao Thi Kim Oanh - chua chot so, nho chi bao ben BHXH quan.')

S('vi', 'txt', ['national-id'],
  'OCR of a form without diacritics: the personal ID number with a space between every digit.',
  f'So dinh danh ca nhan: {" ".join(C5)}\nHo va ten: TRAN DUC HUY\nNgay sinh: 15/08/1995')

S('vi', 'txt', ['national-id'],
  'Visa request without diacritics: passport number labelled "so ho chieu".',
  'Nho anh lam thu moi cho Bui Thanh Tam, so ho chieu B7342198, ngay sinh 22/10/1987, quoc tich Viet Nam.')

S('vi', 'txt', ['national-id', 'sensitive-personal'],
  'Beneficiary list without diacritics (nguoi co cong): CCCD and the disability rate of a named person.',
  f'Danh sach huong tro cap thang 6:\n1. Ong Cam Van Sinh - CCCD {C9} - benh binh, suy giam kha nang lao dong 61%\n'
  '2. Ba Lo Thi Ban - vo liet si')

S('vi', 'txt', ['sensitive-personal'],
  'Long report without diacritics (30+ lines): one line near the end says a named clerk is HIV-positive.',
  'BAO CAO TINH HINH NHAN SU QUY II\n' +
  ''.join(f'Muc {k}: so lieu nhan su don vi {k} on dinh, khong co bien dong lon.\n' for k in range(1, 33)) +
  'Ghi chu rieng: nhan vien van thu Ngo Thi Thu da xet nghiem duong tinh HIV, dang dieu tri ARV, de nghi giu kin.\n')

S('vi', 'txt', ['financial'],
  'Asset declaration without diacritics: a personal tax code (ma so thue ca nhan) under the declarant\'s name.',
  f'Nguoi ke khai: Duong Van Khai\nMa so thue ca nhan: {M2}\nThu nhap tu luong nam 2025: 312 trieu dong')

# hard negatives, without diacritics
S('vi', 'txt', [], 'Hard negative without diacritics: hospital switchboard and emergency numbers.',
  'So tong dai cua benh vien: 1900 1234; cap cuu 115; phong ke hoach tong hop: 0243 869 2222.')
S('vi', 'txt', [], 'Hard negative without diacritics: poverty and war-invalid statistics of a commune, no names.',
  'Ty le ho ngheo cua xa Ea Sup giam con 4,2% (37 ho), co 12 nguoi co cong va 5 thuong binh dang huong tro cap.')
S('vi', 'txt', [], 'Hard negative without diacritics: a provincial chairman (public official) visits war invalids — news.',
  'Chu tich UBND tinh Nguyen Van Tho den tham hoi, tang qua cac gia dinh thuong binh, liet si nhan ngay 27/7.')
S('vi', 'txt', [], 'Hard negative without diacritics: a delivery to a shop on a street named after a person, and the shop landline.',
  'Giao hang den cua hang so 88 Le Van Sy, Quan 3 truoc 5h chieu; lien he cua hang 028 3846 1234.')
S('vi', 'txt', [], 'Hard negative without diacritics: a 12-digit product code (ma SP) shaped like a CCCD.',
  f'Ma SP: {CPROD} - Binh giu nhiet 500ml mau xanh, ton kho 42 cai.')
S('vi', 'txt', [], 'Hard negative without diacritics: a hospital named after a person, case numbers only.',
  'Benh vien Le Van Thinh dang dieu tri 25 benh nhan viem phoi, trong do 3 ca phai tho may.')
S('vi', 'txt', [], 'Hard negative without diacritics: circular and decision numbers with dates.',
  'Can cu Thong tu 59/2015/TT-BLDTBXH va Quyet dinh 1234/QD-BHXH ngay 12/10/2021 thi muc dong BHXH bat buoc la bao nhieu?')
S('vi', 'txt', [], 'Hard negative without diacritics: training text on the bank account field with an obviously sample number.',
  'Huong dan dien mau: o "So tai khoan" ghi day du so tai khoan ngan hang, vi du 0123456789 (so minh hoa), khong ghi dau cham.')

# ================================================================ Czech
S('cs', 'csv', ['national-id', 'contact'],
  'Czech HR export (semicolons): rodné číslo and permanent address (trvalé bydliště) of named employees.',
  'Osobní číslo;Jméno;Příjmení;Rodné číslo;Trvalé bydliště\n'
  f'1042;Radek;Dvořák;{R1};Husova 1254/17, 602 00 Brno\n'
  f'1043;Lenka;Malá;{R2};Palackého 88, 586 01 Jihlava')

S('cs', 'txt', ['sensitive-personal'],
  'Czech sick-leave message: a named colleague with a diagnosis and hospitalisation.',
  'Ahoj, pan Radek Dvořák má neschopenku od pondělí – zápal plic, je hospitalizován v nemocnici v Třebíči, '
  'vrátí se nejdřív za tři týdny. Přeplánuj prosím jeho směny.')

S('cs', 'txt', ['sensitive-personal'],
  'Czech criminal-record extract (výpis z rejstříku trestů) of a named applicant: a suspended sentence for theft.',
  'Výpis z evidence Rejstříku trestů – Tomáš Kratochvíl, nar. 3. 11. 1978:\n'
  'Rozsudek Okresního soudu v Kolíně: odsouzen k podmíněnému trestu odnětí svobody 2 roky za krádež, '
  'zkušební doba 3 roky.')

S('cs', 'txt', ['contact', 'financial'],
  'Czech complaint letter (stížnost): the complainant\'s home address, mobile and account number with prefix.',
  'Stížnost na postup při vyřizování reklamace\nJana Procházková, bytem Husova 1254/17, 602 00 Brno, tel. 736 512 448\n'
  f'Žádám o vrácení 4 200 Kč na můj účet č. {ACC1P}.')

S('cs', 'txt', ['national-id'],
  'Czech visitor log: the ID card number abbreviated "č. OP" with spaces.',
  'Návštěva 14. 6.: Ing. Petr Šimek, č. OP 115 234 678, vstup 9:10, odchod 11:45, doprovod p. Hejlová.')

S('cs', 'txt', ['national-id'],
  'Czech e-mail: rodné číslo abbreviated "RČ" without a colon, for a woman (month + 50).',
  f'Dobrý den, posílám údaje nové kolegyně pro mzdovou účtárnu: Kateřina Benešová, RČ {R2}, nástup 1. 7.')

S('cs', 'txt', ['financial'],
  'Czech chat: a colleague gives the IBAN her salary should go to.',
  f'Jitka: prosím pošlete mi výplatu už na nový účet, IBAN {sp(IB1, 4)}, starý ruším.')

S('cs', 'txt', ['sensitive-personal'],
  'Czech note about a named patient\'s religion (Jehovah\'s Witness) and refusal of a blood transfusion.',
  'Pacientka Marie Svobodová je členkou Svědků Jehovových a odmítá transfuzi krve; souhlas s alternativní léčbou podepsala.')

S('cs', 'txt', ['financial'],
  'Czech asset declaration (oznámení o majetku) of a named councillor: a bank account.',
  f'Oznámení o majetku – Ing. Pavel Vondráček, zastupitel\nBankovní účet: {ACC2}, zůstatek 1 240 000 Kč\nNemovitosti: rodinný dům, k. ú. Líšeň')

S('cs', 'txt', ['national-id'],
  'OCR of a Czech form: the birth number with a space between every digit.',
  f'Jméno a příjmení: MILAN KOPECKÝ\nRodné číslo: {" ".join(R3.replace("/", ""))}\nMísto narození: Olomouc')

S('cs', 'txt', ['contact'],
  'Czech court summons text: the defendant\'s home address (bytem, trvalý pobyt).',
  'Obžalovaný Lukáš Beneš, nar. 28. 2. 1992, trvale bytem Třebízského 412/9, 301 00 Plzeň, se vyzývá k hlavnímu líčení.')

# hard negatives, Czech
S('cs', 'txt', [], 'Hard negative: Czech news — a (fictional) health minister visits an oncology ward; no patient named.',
  'Ministr zdravotnictví Petr Novotný dnes navštívil onkologické oddělení Fakultní nemocnice Hradec Králové a '
  'slíbil peníze na nové ozařovače.')
S('cs', 'txt', [], 'Hard negative: Czech statistics on religion and criminal records, no names.',
  'Ke katolické církvi se při sčítání přihlásilo 7 % obyvatel; Rejstřík trestů eviduje přibližně 420 tisíc odsouzených osob.')
S('cs', 'txt', [], 'Hard negative: Czech hospitals named after people (Thomayerova, Masarykova), counts only.',
  'Pacienti s chřipkou jsou hospitalizováni hlavně v Thomayerově nemocnici a v Masarykově nemocnici v Ústí nad Labem.')
S('cs', 'txt', [], 'Hard negative: a Czech case reference (č. j.) whose digits happen to look like a birth number.',
  f'Vaše podání bylo zaevidováno pod č. j. {CJ}-OAM, lhůta pro vyřízení je 60 dnů.')
S('cs', 'txt', [], 'Hard negative: Czech training text with a birth number that fails the mod-11 check (stated as invalid).',
  f'Příklad neplatného rodného čísla pro školení: {RBAD} – nesplňuje dělitelnost jedenácti, systém ho odmítne.')
S('cs', 'txt', [], 'Hard negative: Czech public helplines (agency numbers).',
  'Linka pomoci obětem kriminality 116 006, Linka bezpečí 116 111, informační linka Policie ČR 974 851 111.')
S('cs', 'txt', [], 'Hard negative: a firm\'s office on a street named after a person, and an invalid sample IBAN.',
  f'Kancelář firmy sídlí v ulici Karla Čapka 12, Praha 2. Vzor IBAN ve školení: {IBBAD} (neplatný kontrolní součet).')

# ================================================================ English
S('en', 'md', ['national-id', 'sensitive-personal'],
  'Markdown table from an HR spreadsheet: NI number and a religion column for a named employee.',
  '| Employee | Team | NI number | Religion (for chaplaincy) |\n|---|---|---|---|\n'
  f'| Samir Haddad | Logistics | {NINO1} | Muslim |\n| Claire Boyd | Finance | pending | — |')

S('en', 'txt', ['sensitive-personal'],
  'Fit note typed into an HR ticket: a named employee\'s condition and time off.',
  'Fit note received for Mr Daniel Okafor (Warehouse): lumbar disc prolapse, not fit for work for 4 weeks, '
  'phased return suggested after physiotherapy.')

S('en', 'txt', ['sensitive-personal'],
  'Recruitment e-mail: a named applicant\'s DBS check shows a caution and a conviction.',
  'Hi Sam, the enhanced DBS for Kieran Walsh came back: one caution (2019, possession of cannabis) and a conviction '
  'for common assault (2021). Can we discuss before we make the offer?')

S('en', 'txt', ['financial'],
  'Complaint letter asking for a refund to a UK sort code and account number of a named customer.',
  'Dear Sir or Madam,\nI was billed twice for order 55120. Please refund £84.99 to my account:\n'
  'Name: Priya Raman\nSort code: 20-45-77\nAccount number: 43718265\nYours faithfully,\nPriya Raman')

S('en', 'txt', ['national-id'],
  'English travel roster for Vietnamese staff: passport numbers and dates of birth.',
  f'Travel roster – Singapore workshop\nNguyen Thi Hoa — Passport No.: {PP2}, DOB 02/11/1989\n'
  'Le Quang Vinh — Passport No.: B9012773, DOB 17/05/1984')

S('en', 'txt', ['national-id'],
  'OCR of a US form: the SSN written with dots.',
  f'Applicant: Marcus Bell\nSocial Security No.: {SSN1.replace("-", ".")}\nDate of birth: 07/14/1986')

S('en', 'txt', ['contact'],
  'Team chat: sending flowers to a named colleague\'s home address with a UK postcode.',
  "Can someone order flowers for Aisha? She's recovering at home: 14 Brook Street, Hebden Bridge HX7 8AB. "
  'Card from all of us.')

S('en', 'txt', ['financial'],
  'Customer complaint: the full card number that was charged twice.',
  f'I was charged twice on my card {sp(CARD1, 4)} on 3 June for the same order, please reverse one payment. - T. Akande')

S('en', 'txt', ['sensitive-personal'],
  'Rota note: a named employee\'s religion and fasting.',
  'Note for the June rota: Yusuf Demir is a practising Muslim and observes Ramadan, so please avoid scheduling him for '
  'team lunches and give him the early shift.')

S('en', 'txt', ['sensitive-personal'],
  'English translation of a Vietnamese medical certificate: diagnosis and hospital stay of a named patient.',
  'MEDICAL CERTIFICATE (translation)\nPatient: Tran Minh Khoa, male, 34\nDiagnosis: dengue haemorrhagic fever\n'
  'Hospitalised from 02/06 to 07/06/2026; rest at home for 5 more days.')

# hard negatives, English
S('en', 'txt', [], 'Hard negative: public helplines.', 'The NHS 111 service and the Samaritans (116 123) are free to call at any time.')
S('en', 'txt', [], 'Hard negative: census statistics on religion, no names.',
  'In the 2021 census, 46.2% of people in England and Wales described themselves as Christian and 6.5% as Muslim.')
S('en', 'txt', [], 'Hard negative: a hospital named after a person, case counts only.',
  'The John Radcliffe Hospital treated 40 patients for measles last month; none needed intensive care.')
S('en', 'txt', [], 'Hard negative: training text with documented test numbers (the all-ones Visa test card, a sample SSN).',
  f'For the demo use the test card {sp(CARD_TEST, 4)} and the sample SSN 123-45-6789; both are rejected in production.')
S('en', 'txt', [], 'Hard negative: a product SKU shaped like an SSN.', 'SKU 229-45-8812 (blue, size M) is back in stock; 12 units left.')
S('en', 'txt', [], 'Hard negative: a councillor (public official) opens a cancer ward — news, nobody\'s health.',
  'Councillor Jane Morris opened the new cancer ward at Leeds General Infirmary on Friday.')
S('en', 'txt', [], 'Hard negative: regulation numbers, ISO dates and an invoice number.',
  'Under Regulation (EU) 2016/679, invoice 2024-0512-7361 dated 2024-05-12 must be kept for 10 years.')

# ================================================================ mixed
S('mixed', 'txt', ['national-id', 'contact'],
  'English prompt around a Vietnamese list: CCCD and permanent address (thường trú) of a named person.',
  f'Translate this into English, keep the numbers:\nÔng Nguyễn Văn An – CCCD {C7} – thường trú: số 12 ngõ 45 phố '
  'Chùa Láng, phường Láng Thượng, Hà Nội')

S('mixed', 'txt', ['national-id'],
  'Vietnamese prompt asking for an e-mail about a Czech colleague, with her rodné číslo.',
  f'Viết giúp mình email tiếng Anh gửi phòng nhân sự bên Séc, báo là chị Kateřina Benešová (RČ {R4}) sẽ sang Hà Nội công tác 2 tuần.')

S('mixed', 'txt', ['sensitive-personal'],
  'English prompt around a Vietnamese clinical note: a named patient\'s cancer and chemotherapy.',
  'Summarise for the insurer:\nBN Lê Thị Thu, 54 tuổi, chẩn đoán ung thư vú giai đoạn 2, đang hóa trị đợt 4 tại '
  'Bệnh viện Ung bướu Hà Nội.')

S('mixed', 'txt', ['financial'],
  'English chat with a Vietnamese bank account abbreviation (STK) of a named colleague.',
  'Pls transfer the travel advance to anh Minh: STK 0071000987654 VCB, chủ TK Tran Quang Minh. Thanks!')

S('mixed', 'txt', ['national-id'],
  'Czech prompt around an English ID line of a Vietnamese worker: "Citizen ID" with the 12-digit number.',
  f'Přelož do češtiny:\nWorker: Dinh Van Hung, Citizen ID: {C10[:3]} {C10[3:6]} {C10[6:]}, contract until 2027.')

S('mixed', 'txt', [], 'Hard negative: Vietnamese prompt asking to translate a description of the CCCD layout (no number).',
  'Dịch sang tiếng Anh: "Số CCCD gồm 12 chữ số: 3 số đầu là mã tỉnh, 1 số giới tính và thế kỷ, 2 số năm sinh, 6 số ngẫu nhiên."')
S('mixed', 'txt', [], 'Hard negative: English question about a Czech form field (trvalé bydliště), no address.',
  'What does "trvalé bydliště" mean on a Czech form, and is it the same as a correspondence address?')

# ================================================================ batch 2 (written after batch 1 was scored and fixed;
# scored blind again before any further fix)




NHS1 = nhs('450557710')
assert nhs_ok(NHS1)
R5 = rc(81, 3, 9, 212)
R6 = rc(67, 7, 30, 51, female=True)
assert rc_ok(R5) and rc_ok(R6)
DIC1 = 'CZ' + R5.replace('/', '')
C11 = cccd('093', 'm', 2009, 4417)        # Hậu Giang, boy, 2009 (a pupil)
C12 = cccd('031', 'f', 1964, 87002)       # Hải Phòng, woman, 1964
BHYT1 = 'HN4010123456789'

S('vi', 'txt', ['sensitive-personal'],
  'Prison transfer list pasted into a chat: named inmates with their sentences and crimes (phạm nhân, án phạt).',
  'Danh sách phạm nhân chuyển trại đợt 2:\n1. Triệu Văn Phong – án phạt 7 năm tù, tội mua bán trái phép chất ma túy\n'
  '2. Đàm Quốc Khánh – án phạt 3 năm 6 tháng tù, tội lừa đảo chiếm đoạt tài sản\nXe xuất phát 5h sáng thứ Ba.')
S('vi', 'txt', ['sensitive-personal'],
  'Ward list of drug users under management (người nghiện ma túy) with names and treatment status.',
  'Danh sách người sử dụng trái phép chất ma túy trên địa bàn phường, quý II:\n'
  '- Lục Văn Hào, 1990, tổ 5 – đang điều trị methadone\n- Quan Thị Nhung, 1996, tổ 9 – cai nghiện tại gia đình')
S('vi', 'txt', ['sensitive-personal'],
  'Party-cell transfer list: party members with their party card numbers (số thẻ đảng viên).',
  'Đảng viên chuyển sinh hoạt đảng chính thức về chi bộ 4:\nĐ/c Mạc Thị Huyền – số thẻ đảng viên 57.012348 – ngày vào Đảng 03/02/2015\n'
  'Đ/c Ninh Văn Tú – số thẻ đảng viên 57.019921 – ngày vào Đảng 19/05/2018')
S('vi', 'txt', ['national-id', 'contact'],
  'School list of pupils: the pupil\'s personal ID number and the parent\'s mobile.',
  'Lớp 11A3 – cập nhật mã định danh học sinh:\n'
  f'STT 12: Tăng Gia Huy – mã định danh {C11} – SĐT phụ huynh (mẹ) 0938 416 205')
S('vi', 'txt', ['national-id'],
  'Health-insurance card number (mã thẻ BHYT) of a named retiree in a reimbursement request.',
  f'Đề nghị thanh toán chi phí khám bệnh cho bà Chu Thị Lựu, mã thẻ BHYT {BHYT1}, khám ngày 04/6/2026 tại BV quận.')
S('vi', 'eml', ['national-id'],
  'E-mail reply quoting a forwarded HR record: the CCCD sits in the quoted "> " lines.',
  'Subject: Re: Fwd: hồ sơ nhận việc\nFrom: Phòng Nhân sự <nhansu@congty-abc.vn>\n\nEm đã nhận, cảm ơn chị.\n\n'
  '> ---------- Forwarded message ---------\n> Họ tên: Ông Thị Bích\n'
  f'> Số CCCD: {C12}\n> Ngày cấp: 10/10/2021')
S('vi', 'txt', ['financial'],
  'Subsidy payment list without diacritics: bank accounts of named beneficiaries (so TK nhan tro cap).',
  'DS chi tra tro cap thang 6 qua tai khoan:\n1. Lo Van Tinh - so TK 8808205123456 Agribank\n2. Ha Thi Bay - so TK 8808205998877 Agribank')
S('vi', 'txt', ['sensitive-personal'],
  'Chat without diacritics: a named colleague\'s mental-health leave (roi loan tram cam).',
  '[14:02] Quynh: anh Dung phong IT xin nghi 1 thang, bac si chan doan roi loan tram cam, moi nguoi dung nhan tin cong viec cho anh ay nhe')
S('vi', 'txt', ['contact'],
  'Wedding-invitation list pasted into a prompt: a named guest\'s home address and mobile.',
  'Viết giúp thiệp mời gửi cô Đinh Thị Quế, nhà riêng số 46 ngõ 120 phố Trường Chinh, Đống Đa, Hà Nội, SĐT 0904 318 762.')
S('vi', 'txt', [], 'Hard negative: a blank form with dotted placeholders for the name and ID.',
  'Mẫu số 01\nHọ và tên: ............................\nSố CCCD: ...............................\nNơi thường trú: .........................\n'
  'Tôn giáo: .............   Dân tộc: .............')
S('vi', 'txt', [], 'Hard negative: encyclopedia text on a religious leader (a public figure\'s public role).',
  'Đức Đạt Lai Lạt Ma thứ 14 là lãnh tụ tinh thần của Phật giáo Tây Tạng, sống lưu vong tại Ấn Độ từ năm 1959.')
S('vi', 'txt', [], 'Hard negative: a bus timetable and route numbers that look like numbers of people.',
  'Tuyến buýt 034 Bến xe Gia Lâm – Mỹ Đình: chuyến đầu 05:00, chuyến cuối 21:00, giãn cách 10–15 phút; vé tháng 140.000 đ.')
S('vi', 'txt', [], 'Hard negative without diacritics: a school named after a person, with class sizes.',
  'Truong THPT Nguyen Thi Minh Khai nam nay tuyen 540 hoc sinh lop 10, 12 lop chuyen, hoc phi 0 dong.')
S('cs', 'txt', ['national-id'],
  'Czech health-insurance number (číslo pojištěnce, the birth number) of a named patient on a referral.',
  f'Žádanka: pacient Ondřej Málek, číslo pojištěnce {R5.replace("/", "")}, pojišťovna 111, dg. K80.2.')
S('cs', 'txt', ['financial'],
  'Czech personal tax number (DIČ = CZ + birth number) of a named freelancer on an invoice e-mail.',
  f'Fakturu vystavte prosím na: Ondřej Málek, IČO 12345678, DIČ {DIC1}, Pražská 14, Tábor.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech HR note: a named employee\'s alcohol-addiction treatment (léčba závislosti).',
  'Kolega Aleš Bureš nastupuje od pondělí na tříměsíční léčbu závislosti na alkoholu v Bohnicích, zástup řeší Petra.')
S('cs', 'txt', ['national-id'],
  'Czech form retyped into a chat: the birth number split over "RČ:" and the next line.',
  f'Jméno: Věra Horáková\nRČ:\n{R6}\nZaměstnavatel: Kovo Tábor')
S('cs', 'txt', [], 'Hard negative: Czech list of court case numbers and dates (sp. zn.).',
  'Jednání: sp. zn. 12 C 145/2024 dne 14. 6. 2026 v 9:00, sp. zn. 8 T 33/2025 dne 15. 6. 2026 v 13:30, síň č. 112.')
S('cs', 'txt', [], 'Hard negative: a Czech street and a school named after people, with opening hours.',
  'ZŠ T. G. Masaryka, ulice Boženy Němcové 1200, otevírací doba kanceláře 7:30–15:00, tel. ústředna 381 252 111.')
S('en', 'txt', ['national-id'],
  'NHS number of a named patient in a referral e-mail.',
  f'Referral for Mrs Joan Whitaker, NHS number {NHS1[:3]} {NHS1[3:6]} {NHS1[6:]}, DOB 03/02/1948, to the falls clinic.')
S('en', 'txt', ['contact'],
  'HR form: an employee\'s emergency contact with a personal mobile.',
  'Emergency contact for Liam Foster: Sarah Foster (wife), mobile 07911 284 613.')
S('en', 'txt', ['sensitive-personal'],
  'Tenancy check: a named applicant\'s unspent conviction.',
  'Reference check: applicant Ryan Doyle has an unspent conviction for theft from 2022 and is on a community order.')
S('en', 'csv', ['national-id'],
  'CSV export of payroll: SSNs in a column whose header is 30+ rows above, with empty cells before.',
  'employee_id,name,ssn,state\n' + ''.join(f'E{100 + k},Staff Member {k},,TX\n' for k in range(31)) + 'E131,Rosa Delgado,623-41-8826,TX\n')
S('en', 'txt', [], 'Hard negative: placeholder identity in a training slide (John Doe, an all-zero SSN).',
  'Example record: Name: John Doe, SSN: 000-00-0000, Phone: 555-0100 — replace with real data only in production.')
S('en', 'txt', [], 'Hard negative: a historical public figure\'s illness in an encyclopedia sentence.',
  'Franklin D. Roosevelt was diagnosed with polio in 1921 and used a wheelchair in private for the rest of his life.')
S('en', 'txt', [], 'Hard negative: a ferry timetable with times and route numbers.',
  'Route 415 departs 06:45, 08:15 and 17:30; return trips 07:40, 09:10 and 18:25. Season ticket £312.')
S('mixed', 'txt', ['sensitive-personal'],
  'English prompt around a Vietnamese police record line without diacritics (tien an).',
  'Translate: "Doi tuong Luu Van Kien, sinh 1988, co 1 tien an ve toi trom cap tai san, da xoa an tich nam 2020."')
S('mixed', 'txt', ['national-id'],
  'Vietnamese prompt around an English NHS-style referral with a Czech patient\'s birth number.',
  f'Dịch sang tiếng Việt: "Patient Věra Horáková, Czech birth number {R6}, was admitted for observation."')
S('mixed', 'txt', [], 'Hard negative: Czech-Vietnamese glossary of ID document names (no numbers).',
  'Từ điển nhỏ: občanský průkaz = căn cước công dân; rodné číslo = số định danh cá nhân; cestovní pas = hộ chiếu.')

# ---------------------------------------------------------------- write
write_personal_round(V, 'round15', 'p15')
