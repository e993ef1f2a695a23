#!/usr/bin/env python3
"""Builds test/probes/round19.jsonl (round 19 of the held-out-style probes, written blind: personal data and
identifiers of kinds no earlier round held — social-insurance books and personal tax codes in payroll and contract
tables, driving licences, passports in a visa list, bank accounts with an abbreviated bank name, payroll and
scholarship lists pasted from Excel with tab-separated columns, a relative's ID card OCR'd in a family chat, hospital
discharge papers with ICD codes, criminal-record extracts and court judgments, party-membership files, HIV,
mental-health and pregnancy notes, sexual orientation, children's lists with parents' phones; Czech insurance numbers,
ID cards and passports, prefixed accounts, medical reports, insolvency records; English HR exports, GP letters,
an OCR'd passport MRZ, a US driver's licence, a name + date of birth + address triple — and their hard negatives:
ID formats explained with invalid numbers, invoices and orders, ISBN/EAN, public hotlines, dates and postal codes,
disease statistics, anonymised case studies, public officials in the news, labelled sample data in code). Stdlib
only; every identifier is generated and checked here (valid for positives, deliberately failing or not personal for
negatives)."""

from probe_ids import cccd, czacct, czpart_ok, luhn_ok, mst, mst_ok, nhs, nhs_ok, nino_ok, rc, rc_ok, ssn_ok, strip
from probe_ids import personal_sampler, write_personal_round


def icao(s):
    """ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0."""
    v = lambda c: int(c) if c.isdigit() else (0 if c == '<' else ord(c) - 55)
    return str(sum(v(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def mrz_td3(surname, given, number, nat, dob, sex, exp):
    l1 = f'P<{nat}{surname}<<{given.replace(" ", "<")}'.ljust(44, '<')
    num = number.ljust(9, '<')
    pers = '<' * 14
    body = num + icao(num) + nat + dob + icao(dob) + sex + exp + icao(exp) + pers + icao(pers)
    comp = num + icao(num) + dob + icao(dob) + exp + icao(exp) + pers + icao(pers)
    l2 = body + icao(comp)
    assert len(l1) == 44 and len(l2) == 44
    return l1, l2


def isbn13(twelve):
    return twelve + str((10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(twelve)) % 10) % 10)


def ico(seven):
    """Czech company number (IČO): weights 8..2, check (11 - sum mod 11) mod 10."""
    return seven + str((11 - sum(int(d) * w for d, w in zip(seven, range(8, 1, -1))) % 11) % 10)


def cz_acct_ok(a):
    pre, _, rest = a.partition('-') if '-' in a else ('', '', a)
    return (not pre or czpart_ok(pre)) and czpart_ok(rest.split('/')[0])


# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('036', 'm', 1958, 12345)       # Nam Định, man, 1958 (a grandfather's card, OCR'd in a family chat)
C2 = cccd('001', 'm', 1987, 204518)      # Hà Nội, man, 1987 (contractor)
C3 = cccd('001', 'f', 2023, 17760)       # Hà Nội, girl, 2023 (a baby's personal ID number)
C4 = cccd('034', 'm', 1952, 1122)        # Thái Bình, man, 1952
C5 = cccd('079', 'f', 1994, 338201)      # HCMC, woman, 1994
M1 = mst('803456713')                    # contractor's personal tax code
M2 = mst('871203449')
MBAD = '1234567890'                      # 123456789 needs check digit 3
assert mst_ok(M1) and mst_ok(M2) and not mst_ok(MBAD)
MCO = mst('010123456')                   # a company's tax code on an invoice (not a person's)
assert mst_ok(MCO)
BHXH = ['7915032846', '0120456713', '2719830045', '3408112697', '0131905528', '7924417730']
GPLX1, GPLX2 = '790185012347', '010094003318'
PPV = ['C7012345', 'N2145867', 'C6630912', 'P0418823']
VCB1, TCB1, BIDV1, VCB2 = '0071000845123', '19034567891011', '21510003456789', '0451000123456'
R1 = rc(78, 3, 14, 210)                  # insolvent debtor
R2 = rc(85, 6, 12, 344)                  # patient (číslo pojištěnce)
R3 = rc(14, 5, 2, 120)                   # children at a summer camp
R4 = rc(15, 9, 21, 505, female=True)
RBAD = '000000/0000'
for r in (R1, R2, R3, R4):
    assert rc_ok(r), r
CZA1 = '19-' + czacct('200014539') + '/0800'
CZA2 = '35-' + czacct('123456789') + '/0100'
CZA3 = czacct('270098110') + '/0300'
CZA4 = czacct('100200300') + '/2010'
for a in (CZA1, CZA2, CZA3, CZA4):
    assert cz_acct_ok(a), a
assert czpart_ok('19') and czpart_ok('35')
CZOP, CZPAS = '204618735', '45123456'
ICO1 = ico('2708244')
NHS1 = nhs('943476591')
assert nhs_ok(NHS1)
NINOS = ['JG 10 37 74 B', 'SK 42 91 05 A', 'AB 12 34 56 C']
for n in NINOS:
    assert nino_ok(n)
SSN1 = '431 72 9058'
assert ssn_ok(SSN1.replace(' ', '-'))
SSN_AD = '987-65-4321'                   # the advertising range (987-65-4320..4329) is never issued
MRZ = mrz_td3('HARGREAVES', 'OLIVIA JANE', '533418207', 'GBR', '910314', 'F', '310822')
ISBN_VN = isbn13('978604012345')
ISBN_CZ = isbn13('978802511234')
ISBN_EN = isbn13('978014103614')
EAN = isbn13('893456789012')
CARD_TEST = '4111111111111111'
assert luhn_ok(CARD_TEST)

V, S, both = personal_sampler()


# ================================================================ Vietnamese (with and without diacritics)
both('csv', ['national-id'],
     'Social-insurance book list pasted from Excel (tab-separated): the BHXH number column beside names and salaries.',
     'STT\tHọ và tên\tSố sổ BHXH\tMức lương đóng\tGhi chú\n'
     f'1\tLương Thị Diệu\t{BHXH[0]}\t8.450.000\t\n'
     f'2\tKhổng Minh Trí\t{BHXH[1]}\t9.120.000\tchuyển đến\n'
     f'3\tÂu Thị Huyền\t{BHXH[2]}\t7.800.000\t\n'
     f'4\tMạc Văn Lộc\t{BHXH[3]}\t11.300.000\tnghỉ thai sản\n')
both('csv', ['financial'],
     'Payroll list pasted from Excel (tab-separated): account number and bank columns, net pay.',
     'BẢNG THANH TOÁN LƯƠNG THÁNG 7/2026\nTT\tHọ tên\tSố tài khoản\tNgân hàng\tThực lĩnh\n'
     f'1\tTạ Quang Huy\t{VCB1}\tVietcombank\t14.250.000\n'
     f'2\tLã Thị Nguyệt\t{TCB1}\tTechcombank\t12.980.000\n'
     f'3\tÔn Văn Sỹ\t{BIDV1}\tBIDV\t10.400.000\n')
both('txt', ['financial'],
     'Group chat collecting money for a colleague\'s wedding: a personal account with an abbreviated bank name (vcb).',
     '[20:14] Thu Trang: Mọi người góp quà cưới cho anh Khải nhé, mỗi người 200k\n'
     f'[20:15] Thu Trang: ck vào stk {VCB2} vcb, chủ tk Đồng Thu Trang\n[20:17] Bảo: ok e')
both('txt', ['national-id'],
     'Vehicle assignment note: a driver\'s licence number (GPLX) with its class.',
     'Phân công xe đi công tác Lào Cai ngày 12/8:\nLái xe: anh Kiều Văn Đạt\n'
     f'Số GPLX: {GPLX1}, hạng C, có giá trị đến 15/03/2031\nXe 29C-456.78, xuất phát 5h30 tại cổng cơ quan.')
both('txt', ['national-id'],
     'Visa list for a delegation: one passport number per member, with dates of birth.',
     'DANH SÁCH ĐOÀN ĐỀ NGHỊ CẤP THỊ THỰC HÀN QUỐC\n'
     f'1. Phí Mạnh Cường – 14/02/1979 – hộ chiếu {PPV[0]} – hết hạn 2030\n'
     f'2. Lục Thị Bích – 30/07/1985 – hộ chiếu {PPV[1]} – hết hạn 2032\n'
     f'3. Hà Anh Tuấn – 09/11/1990 – hộ chiếu {PPV[2]} – hết hạn 2029\n')
both('txt', ['national-id', 'contact'],
     'Family group chat: a grandfather\'s ID card photo read by OCR and forwarded, number and permanent address.',
     '[Zalo] Nhóm "Gia đình mình"\n[07:42] Bố: ảnh thẻ căn cước của ông đây, con làm hộ thủ tục rút sổ tiết kiệm\n'
     '[07:43] Bố: (ảnh đã nhận dạng chữ)\nCĂN CƯỚC CÔNG DÂN / Citizen Identity Card\n'
     f'Số / No.: {C1}\nHọ và tên / Full name: VŨ ĐÌNH THUYẾT\nNgày sinh / Date of birth: 17/05/1958\n'
     'Nơi thường trú / Place of residence: Xóm 4, xã Hải Minh, huyện Hải Hậu, Nam Định')
both('txt', ['sensitive-personal'],
     'Hospital discharge paper (giấy ra viện) of a named patient: diagnosis with its ICD-10 code.',
     'GIẤY RA VIỆN\nHọ tên người bệnh: Quách Văn Lực    Tuổi: 52    Nam\n'
     'Vào viện lúc: 08 giờ 30, ngày 03/7/2026\nRa viện lúc: 15 giờ, ngày 14/7/2026\n'
     'Chẩn đoán: Nhồi máu não (I63.9); tăng huyết áp (I10)\n'
     'Phương pháp điều trị: nội khoa, phục hồi chức năng\nGhi chú: tái khám sau 1 tháng')
both('txt', ['sensitive-personal'],
     'Criminal-record extract (phiếu lý lịch tư pháp số 2) typed out: the judgment behind a named person\'s record.',
     'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2\nHọ và tên: Mẫn Đức Toàn    Giới tính: Nam    Ngày sinh: 22/10/1989\n'
     'Tình trạng án tích: Có án tích\nBản án số 45/2019/HS-ST ngày 18/6/2019 của Tòa án nhân dân huyện Lục Nam xử '
     'phạt 30 tháng tù về tội "Cố ý gây thương tích"; đã chấp hành xong hình phạt tù ngày 02/12/2021.')
both('txt', ['sensitive-personal'],
     'Party-membership file (lý lịch đảng viên) of a named official: admission dates, card number and a reprimand.',
     'TRÍCH LÝ LỊCH ĐẢNG VIÊN\nHọ và tên: Tạ Minh Khôi\nNgày vào Đảng: 03/02/2011    Ngày chính thức: 03/02/2012\n'
     'Số thẻ đảng viên: 42.012345\nKhen thưởng: Giấy khen Đảng ủy khối 2018\n'
     'Kỷ luật: Khiển trách (2022) do vi phạm quy định về kê khai tài sản')
both('txt', ['sensitive-personal'],
     'Note from a commune health station: a named woman on HIV antiretroviral treatment (ARV).',
     'Báo cáo nhanh trạm y tế xã Tân Lập: bà Võ Thị Nhàn, tổ 3, đang điều trị ARV tại phòng khám ngoại trú huyện '
     'từ tháng 4/2024, tuân thủ điều trị tốt. Đề nghị cán bộ phụ trách giữ kín thông tin.')
both('txt', ['sensitive-personal'],
     'Manager\'s note: a named employee\'s pregnancy and a pregnancy complication.',
     'Chị Hồ Ngọc Trâm bên kế toán đang mang thai tháng thứ 5, bác sĩ chẩn đoán dọa sinh non nên xin làm việc tại nhà '
     'đến hết tháng 9. Anh duyệt giúp em nhé.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague\'s sexual orientation discussed.',
     'Mọi người đừng bàn tán nữa, anh Lại Quốc Bảo ở phòng IT là người đồng tính thì cũng là chuyện riêng của anh ấy.')
both('csv', ['contact'],
     'Class list of pupils (tab-separated): dates of birth, parents\' names and the parents\' mobiles.',
     'DANH SÁCH LỚP 3A – NĂM HỌC 2026-2027\nSTT\tHọ tên học sinh\tNgày sinh\tPhụ huynh\tSĐT phụ huynh\n'
     '1\tNông Gia Bảo\t12/03/2018\tNông Văn Tiến\t0912 447 305\n'
     '2\tTriệu Khánh Linh\t05/09/2018\tLục Thị Mơ\t0388 216 940\n'
     '3\tHứa Minh Khang\t21/11/2018\tHứa Văn Phong\t0977 530 128\n')
both('txt', ['national-id', 'financial'],
     'Service contract with an individual (hợp đồng dịch vụ): party B\'s ID number, personal tax code and account.',
     'HỢP ĐỒNG DỊCH VỤ số 12/2026/HĐDV\nBÊN B (bên cung cấp dịch vụ): Ông Giáp Văn Hiển\n'
     f'Số CCCD: {C2}, cấp ngày 10/8/2021 tại Cục Cảnh sát QLHC về TTXH\nMã số thuế cá nhân: {M1}\n'
     f'Tài khoản: {BIDV1} tại BIDV chi nhánh Hà Thành\nNội dung: biên dịch tài liệu kỹ thuật, thù lao 15.000.000 đồng')
both('txt', ['sensitive-personal'],
     'Psychiatric hospital note: a named patient\'s schizophrenia diagnosis with ICD code F20.0.',
     'Bệnh nhân Trịnh Văn Sáng, 34 tuổi, chẩn đoán tâm thần phân liệt thể paranoid (F20.0), đang điều trị nội trú tại '
     'khoa 3, Bệnh viện Tâm thần tỉnh; gia đình xin giấy xác nhận để nộp cho cơ quan.')
S('vi', 'txt', ['national-id'],
  'Birth registration extract: a baby\'s personal ID number (số định danh cá nhân) given at registration.',
  'Trích lục khai sinh\nHọ, chữ đệm, tên: Đoàn Ngọc Khuê\nNgày, tháng, năm sinh: 14/02/2023\n'
  f'Số định danh cá nhân: {C3}\nHọ tên mẹ: Đoàn Thị Lài')
S('vi', 'txt', ['national-id', 'sensitive-personal'],
  'Discharge paper typed without diacritics: health-insurance card code (ma the BHYT) and a diabetes diagnosis (E11.9).',
  'GIAY RA VIEN\nHo ten nguoi benh: Chu Thi Hoa   Nu   Tuoi: 61\nMa the BHYT: HT3791234567891\n'
  'Chan doan: Dai thao duong typ 2 (E11.9), bien chung than\nLoi dan: tiem insulin theo huong dan, tai kham 2 tuan')
S('vi', 'txt', ['contact'],
  'Delivery note for a named person\'s apartment: tower, flat number and ward (current residence).',
  'Anh giao giúp em bộ hồ sơ cho chị Mai Thanh Tâm, nơi ở hiện tại: căn hộ 1204 tòa CT2, chung cư Mỹ Đình Sông Đà, '
  'phường Mỹ Đình 1, quận Nam Từ Liêm. Chị ấy hẹn nhận sau 19 giờ.')
S('vi', 'csv', ['financial'],
  'Scholarship list typed without diacritics (tab-separated): student number, account and bank per student.',
  'DANH SACH SINH VIEN NHAN HOC BONG HK1\nMSSV\tHo ten\tSo tai khoan\tNgan hang\tSo tien\n'
  f'20215501\tDinh Thi Ngan\t{VCB1}\tVCB\t5.000.000\n'
  f'20215517\tLuu Quang Vinh\t{TCB1}\tTCB\t5.000.000\n')
S('vi', 'txt', ['national-id'],
  'Chat without diacritics: a colleague sends his driving licence number in two groups to book a rental car.',
  f'em oi dat xe tu lai giup anh nhe, bang lai cua anh so {GPLX2[:6]} {GPLX2[6:]} hang B2, ten Phung Van Khiem')
S('vi', 'txt', ['national-id', 'contact'],
  'Social-insurance transfer request without diacritics: BHXH number and a personal mobile.',
  f'Kinh gui BHXH quan Dong Da, toi la Quan Thi Thom, ma so BHXH {BHXH[4]}, de nghi chot so de chuyen sang don vi moi. '
  'Dien thoai: 0904 312 558')

# ---------------------------------------------------------------- Vietnamese hard negatives
both('txt', [],
     'Hard negative: training text on the BHXH and personal tax code formats with obviously sample or invalid numbers.',
     'Hướng dẫn điền tờ khai: mã số BHXH gồm 10 chữ số (ví dụ: 0000000000); mã số thuế cá nhân gồm 10 chữ số, '
     f'chữ số cuối là số kiểm tra — ví dụ {MBAD} là mã sai vì chữ số kiểm tra phải là 3.')
both('txt', [],
     'Hard negative: an e-invoice with its number, series, lookup code and the seller\'s (company) tax code.',
     f'Hóa đơn GTGT số 0001234, ký hiệu 1C26TAA, ngày 12/03/2026\nĐơn vị bán: Công ty TNHH Sao Mai, MST {MCO}\n'
     'Mã tra cứu: 8A3F-2C91-77D0\nTổng tiền thanh toán: 12.650.000 đồng')
both('txt', [],
     'Hard negative: banks\' public customer-service hotlines next to bank names.',
     'Khi mất thẻ, gọi ngay tổng đài: Vietcombank 1900 545413, Techcombank 1800 588822, BIDV 1900 9247. '
     'Các tổng đài hoạt động 24/7.')
both('txt', [],
     'Hard negative: provincial HIV and pregnancy-screening statistics, no person.',
     'Năm 2025 tỉnh ghi nhận 312 ca nhiễm HIV mới và 45 ca tử vong; 96% phụ nữ mang thai được xét nghiệm HIV; '
     '4.120 người đang điều trị ARV.')
both('txt', [],
     'Hard negative: an anonymised clinical case study (age and sex only) with an ICD code.',
     'Ca lâm sàng: bệnh nhân nam, 45 tuổi, tiền sử tăng huyết áp, vào viện vì đau ngực trái dữ dội; chẩn đoán nhồi máu '
     'cơ tim cấp (I21.0), được can thiệp đặt stent sau 90 phút.')
both('txt', [],
     'Hard negative: news — a provincial department director (public official) opens an exam.',
     'Sáng 25/6, bà Hoàng Thị Liên, Giám đốc Sở Giáo dục và Đào tạo, phát biểu khai mạc kỳ thi tốt nghiệp THPT tại '
     'điểm thi Trường THPT Chuyên; toàn tỉnh có 18.432 thí sinh dự thi.')
both('txt', [],
     'Hard negative: postal codes, deadlines and times.',
     'Mã bưu chính: Hà Nội 100000, TP. Hồ Chí Minh 700000, Đà Nẵng 550000. Hạn nộp hồ sơ 17:00 ngày 15/08/2026; '
     'phỏng vấn từ 08:00 đến 11:30 ngày 20/08/2026.')
S('vi', 'txt', [], 'Hard negative: a book citation with its ISBN, price and page count.',
  f'Tài liệu tham khảo: Lịch sử Việt Nam tập 3, NXB Giáo dục, 2019, ISBN {ISBN_VN[:3]}-{ISBN_VN[3:6]}-{ISBN_VN[6]}-'
  f'{ISBN_VN[7:12]}-{ISBN_VN[12]}, 352 trang, giá 98.000 đồng.')
S('vi', 'txt', [], 'Hard negative without diacritics: an order and its courier tracking number with delivery times.',
  'Don hang #DH260815-00123 da xuat kho, ma van don GHN 8523 4412 9980, du kien giao 14:30-16:00 ngay 16/08.')
S('vi', 'txt', [], 'Hard negative without diacritics: a survey statistic on depression among pupils.',
  'Khao sat 1.200 hoc sinh THPT cho thay 22% co dau hieu tram cam, 8% tung co y dinh tu tu; nhom nu cao hon nhom nam.')

# ================================================================ Czech
S('cs', 'txt', ['national-id', 'sensitive-personal'],
  'Czech medical report (lékařská zpráva): the insurance number (číslo pojištěnce) and a diagnosis with its code.',
  f'LÉKAŘSKÁ ZPRÁVA\nPacient: Radek Dvořák, č. pojištěnce {R2.replace("/", "")}, ZP 111\n'
  'Dg.: J18.9 pneumonie, st. p. hospitalizaci 2.–9. 7. 2026\nDoporučení: kontrola u praktického lékaře za 14 dní.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech discharge report of a named patient: severe depressive episode with its ICD code.',
  'Propouštěcí zpráva – psychiatrické oddělení\nPacientka: Ilona Marková, nar. 1967\n'
  'Dg.: F32.2 těžká depresivní epizoda bez psychotických příznaků\nMedikace: sertralin 100 mg ráno.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech court judgment (rozsudek) naming the convicted man and his sentence.',
  'ROZSUDEK JMÉNEM REPUBLIKY\nObžalovaný Petr Kolář, nar. 11. 4. 1990, je vinen, že dne 3. 2. 2026 v prodejně '
  'v Kolíně odcizil zboží v hodnotě 18 400 Kč, čímž spáchal přečin krádeže, a odsuzuje se k trestu odnětí svobody '
  'v trvání 8 měsíců s podmíněným odkladem na 2 roky.')
S('cs', 'txt', ['national-id', 'contact'],
  'Czech insolvency register entry: the debtor\'s birth number and home address.',
  f'Insolvenční rejstřík – KSPH 38 INS 1234/2026\nDlužník: Jaroslav Beneš, RČ {R1}\n'
  'bytem Lipová 214, 251 01 Říčany\nStav: oddlužení schváleno plněním splátkového kalendáře')
S('cs', 'txt', ['national-id'],
  'Czech travel booking: passport number (cestovní pas č.) and ID card number (číslo OP) of a named traveller.',
  f'Rezervace zájezdu Tunisko – cestující: Alena Šimková, cestovní pas č. {CZPAS}, platnost do 04/2031; '
  f'dítě Matěj Šimek cestuje na vlastní pas. Pro vnitrostátní let uveďte číslo OP: {CZOP}.')
S('cs', 'csv', ['financial'],
  'Czech payroll list pasted from Excel (tab-separated): accounts with prefixes and bank codes.',
  'Výplatní listina 07/2026\nJméno\tČíslo účtu\tČistá mzda\n'
  f'Pavla Černá\t{CZA1}\t32 450\nOndřej Říha\t{CZA2}\t29 870\nMarek Vlček\t{CZA3}\t41 200\n')
S('cs', 'txt', ['financial'],
  'Czech e-mail: an employee gives the account his salary should go to.',
  f'Dobrý den, od září mi prosím posílejte mzdu na nový účet {CZA4} (Fio). Děkuji, Lukáš Pokorný')
S('cs', 'txt', ['sensitive-personal'],
  'Czech message: a named colleague\'s pregnancy and a doctor\'s ban on night shifts.',
  'Kolegyně Šárka Veselá je ve 12. týdnu těhotenství, lékař jí zakázal noční směny, prosím upravte rozpis.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech chat: a named colleague\'s HIV status.',
  'Nikomu to neříkej, ale Tomáš Hrubý z účtárny je HIV pozitivní, bere antiretrovirové léky už třetí rok.')
S('cs', 'csv', ['national-id', 'contact'],
  'Czech summer-camp list: children\'s birth numbers and parents\' mobiles.',
  'Seznam dětí – letní tábor 2026\nJméno;Rodné číslo;Pojišťovna;Telefon rodiče\n'
  f'Jakub Toman;{R3};111;+420 604 218 337\nEliška Tomanová;{R4};111;+420 604 218 337\n')
S('cs', 'txt', ['national-id'],
  'Czech ID card read by OCR: the card number under "Číslo dokladu".',
  'OBČANSKÝ PRŮKAZ / IDENTITY CARD\nPříjmení / Surname: KRÁLOVÁ\nJméno / Given names: LENKA\n'
  f'Datum narození: 08.12.1983\nČíslo dokladu / Document No.: {CZOP}')
S('cs', 'txt', [], 'Hard negative: Czech explanation of the birth-number format with an all-zero example.',
  f'Rodné číslo má tvar RRMMDD/XXXX, u žen se k měsíci přičítá 50. Příklad {RBAD} je neplatný a slouží jen pro ukázku.')
S('cs', 'txt', [], 'Hard negative: a company\'s registration number (IČO), office address and postal code.',
  f'Dodavatel: Stavby Lipník s.r.o., IČO {ICO1}, Na Příkopě 12, 110 00 Praha 1, zapsaná u Městského soudu v Praze.')
S('cs', 'txt', [], 'Hard negative: Czech HIV statistics without a person.',
  'V roce 2025 bylo v ČR hlášeno 264 nových případů HIV, z toho 31 u žen; AIDS bylo diagnostikováno u 22 osob.')
S('cs', 'txt', [], 'Hard negative: an invoice number, variable symbol and due date.',
  'Faktura č. 2026001587, variabilní symbol 2026001587, datum splatnosti 14. 3. 2026, celkem 18 150 Kč.')
S('cs', 'txt', [], 'Hard negative: news — a (fictional) justice minister presents a criminal-code amendment.',
  'Ministr spravedlnosti Karel Doubek dnes představil novelu trestního zákoníku, která zpřísňuje tresty za podvody.')
S('cs', 'txt', [], 'Hard negative: an anonymised Czech case study (age and sex only).',
  'Kazuistika: 54letý muž s diabetem 2. typu byl přijat pro diabetickou nohu; po amputaci prstu se hojení zlepšilo.')
S('cs', 'txt', [], 'Hard negative: Czech public helplines for mental health.',
  'Linka bezpečí 116 111, Linka první psychické pomoci 116 123 – obě jsou zdarma a fungují nonstop.')
S('cs', 'txt', [], 'Hard negative: a Czech book citation with ISBN.',
  f'Novák, J.: Dějiny Moravy. Brno: Host, 2021. ISBN {ISBN_CZ[:3]}-{ISBN_CZ[3:5]}-{ISBN_CZ[5:8]}-{ISBN_CZ[8:12]}-'
  f'{ISBN_CZ[12]}.')

# ================================================================ English
S('en', 'txt', ['national-id', 'sensitive-personal'],
  'GP letter: a named patient\'s NHS number, diagnosis and medication.',
  'Dear Dr Okafor,\nRe: Mr Colin Ashworth, DOB 02/09/1956, NHS No: '
  f'{NHS1[:3]} {NHS1[3:6]} {NHS1[6:]}\nDiagnosis: type 2 diabetes with chronic kidney disease stage 3a. '
  'Started on dapagliflozin 10 mg. Kind regards, Dr H. Lowe')
S('en', 'txt', ['national-id'],
  'OCR\'d passport data page: the machine-readable zone with its check digits.',
  'PASSPORT  UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND\nSurname HARGREAVES\nGiven names OLIVIA JANE\n'
  f'Date of birth 14 MAR 1991\n{MRZ[0]}\n{MRZ[1]}')
S('en', 'csv', ['national-id'],
  'US onboarding export: driver\'s licence numbers with the issuing state.',
  'employee,dl_state,drivers_license_no,dl_expiry\nTravis Monroe,CA,D4821937,2028-05-14\n'
  'Keisha Lamb,CA,B7710385,2027-11-02\n')
S('en', 'txt', ['national-id'],
  'Rental-car form retyped in an e-mail: a US driver\'s licence number after "DL#".',
  'Please add the second driver: Ethan Kowalski, DL# D4407751 (California), exp. 09/2029.')
S('en', 'txt', ['contact'],
  'A name, date of birth and home address triple in a welfare-check request.',
  'Could someone check on Margaret Ellison (DOB 14/02/1961)? She lives alone at 27 Larkspur Close, Harrogate HG2 7JD '
  'and has not answered her phone since Friday.')
S('en', 'csv', ['national-id', 'financial'],
  'UK HR export: NI numbers, sort codes and account numbers.',
  'emp_no,full_name,ni_number,sort_code,account_no\n'
  f'1042,Aisha Begum,{NINOS[0]},20-45-77,43819207\n1043,Gareth Pryce,{NINOS[1]},40-11-62,71045583\n')
S('en', 'txt', ['national-id'],
  'US tax form typed into a chat: the SSN written with spaces.',
  f'For the W-4 she wrote: Jasmine Ortiz, Social Security number {SSN1}, single, no dependents.')
S('en', 'txt', ['sensitive-personal'],
  'HR e-mail: a named employee disclosed that he is HIV positive.',
  'Dan Whitfield disclosed to me in confidence that he is HIV positive; he asked for flexible hours for his clinic '
  'appointments.')
S('en', 'txt', ['sensitive-personal'],
  'Team lead\'s message: a named colleague detained under the Mental Health Act.',
  'Priya Raman won\'t be back this month — she was sectioned under the Mental Health Act on Tuesday. Please keep it '
  'to yourselves.')
S('en', 'txt', ['sensitive-personal'],
  'Manager\'s note: a named employee\'s pregnancy and her due date.',
  'Hannah Cole told me today that she is pregnant, due in March; she wants to start maternity leave in February.')
S('en', 'txt', ['sensitive-personal'],
  'Chat: a named colleague\'s sexual orientation.',
  'fyi Marcus Bell came out as gay to the team on Friday, so please drop the jokes.')
S('en', 'txt', ['sensitive-personal'],
  'Safeguarding note: a named volunteer on the sex offenders register.',
  'Safeguarding: Gary Mills, who applied to help at the youth club, is on the sex offenders register following a '
  '2017 conviction.')
S('en', 'txt', [], 'Hard negative: SSN format explained with the advertising-range number that is never issued.',
  f'An SSN has the form AAA-GG-SSSS. Numbers starting with 9 or 666 are never issued; {SSN_AD} is the one '
  'used in advertisements.')
S('en', 'txt', [], 'Hard negative: a book\'s ISBN and a product barcode (EAN-13).',
  f'Bibliography: Orwell, G. Nineteen Eighty-Four. Penguin, 2008. ISBN {ISBN_EN}. Shelf label EAN {EAN}.')
S('en', 'md', [], 'Hard negative: Faker output in a test fixture, labelled as generated sample data.',
  '```python\n# fixtures: generated with Faker (seeded) — not real people\nfake = Faker("en_GB"); Faker.seed(4321)\n'
  'print(fake.name(), fake.email(), fake.phone_number())\n```\nOutput (sample data):\n'
  'Jessica Hill jessica.hill@example.org 01632 960431')
S('en', 'txt', [], 'Hard negative: public office numbers.',
  'Call NHS 111 for urgent advice, 101 for non-emergency police, or the HMRC helpline on 0300 200 3300 (8am–6pm).')
S('en', 'txt', [], 'Hard negative: national HIV statistics, no person.',
  'In 2025, 4,800 people were newly diagnosed with HIV in England; 94% of people diagnosed were on treatment.')
S('en', 'txt', [], 'Hard negative: an anonymised case study (Patient A).',
  'Case study: Patient A, a 34-year-old woman, presented with fatigue and weight loss; thyroid tests confirmed '
  'Graves\' disease and she responded well to carbimazole.')
S('en', 'txt', [], 'Hard negative: news — a (fictional) health secretary announces funding.',
  'Health Secretary Andrew Pelling announced £40m for mental health crisis centres on Monday.')
S('en', 'txt', [], 'Hard negative: order, invoice and parcel numbers with dates.',
  'Order #112-4456789-1234567 shipped 12 Aug 2026 14:05; invoice INV-2026-00871; tracking 1Z999AA10123456784.')
S('en', 'txt', [], 'Hard negative: a documented test card number in payment-integration notes.',
  f'Use the test card {CARD_TEST} with any future expiry date and any CVC in sandbox mode.')

# ================================================================ mixed
S('mixed', 'txt', ['financial'],
  'English prompt around a Vietnamese account with the bank named after the number.',
  f'Write a polite reminder to Đoàn Thị Hằng that she still owes 2 triệu for the trip. Her acc: {VCB1} Vietcombank.')
S('mixed', 'txt', ['national-id'],
  'Vietnamese prompt around a Czech passport line of a Vietnamese worker.',
  f'Dịch giúp sang tiếng Việt: "Cestovní pas č. {CZPAS} – držitel: Nguyen Thi Lan, nar. 1992, vydán v Praze."')
S('mixed', 'txt', ['sensitive-personal'],
  'English e-mail about a Vietnamese worker\'s discharge paper: diagnosis and ICD code.',
  'Hi HR, attached is the giấy ra viện for Phan Văn Khải: he was discharged on 14/7 with acute pancreatitis (K85.9) '
  'and needs two more weeks off.')
S('mixed', 'txt', ['national-id'],
  'English visa list for Vietnamese staff with passport numbers.',
  f'Visa application list – Japan trip\n1. NGUYEN VAN THANH – Passport No. {PPV[3]}\n'
  f'2. LE THI HONG – Passport No. {PPV[0]}')
S('mixed', 'txt', [], 'Hard negative: English explanation of Vietnamese ID formats with a non-existent province code.',
  'A Vietnamese citizen ID has 12 digits: province (3), century and sex (1), birth year (2), serial (6). '
  'For instance 099 0 85 000000 is invalid because there is no province 099.')
S('mixed', 'txt', [], 'Hard negative: a bilingual list of public hotlines.',
  'Đường dây nóng / Hotlines: Cấp cứu / Ambulance 115, Công an / Police 113, Tổng đài bảo hiểm xã hội 1900 9068.')

# ================================================================ batch 2 (written after batch 1 was scored and fixed;
# scored blind again before any further fix)
C6 = cccd('092', 'f', 1996, 40712)       # Cần Thơ, woman, 1996 (back of a chip card, MRZ read by OCR)
C7 = cccd('038', 'm', 1969, 83004)       # Thanh Hóa, man, 1969 (household register)
C8 = cccd('038', 'f', 1998, 83011)       # his daughter
M3, M4, M5 = mst('802233145'), mst('803311276'), mst('804120337')
for m in (M3, M4, M5):
    assert mst_ok(m)
DOC9 = C6[3:]
MRZ_VN = ('IDVNM' + DOC9 + icao(DOC9) + C6 + '<<<',
          '960521' + icao('960521') + 'F' + '360521' + icao('360521') + 'VNM' + '<' * 11)
MRZ_VN = (MRZ_VN[0], MRZ_VN[1] + icao(MRZ_VN[0][5:30] + MRZ_VN[1][0:7] + MRZ_VN[1][8:15] + MRZ_VN[1][18:29]),
          'HUYNH<<NGOC<THAO'.ljust(30, '<'))
assert all(len(x) == 30 for x in MRZ_VN)
R5 = rc(62, 11, 30, 77)                  # a distrained debtor
SIN = next(f'{n:09d}' for n in range(546454280, 546454300) if luhn_ok(f'{n:09d}'))  # Canadian SIN: Luhn; 0 and 8 are never a person's first digit
assert luhn_ok(SIN)
MBI = '7QW2-HN4-RA61'
NINO_DOC = 'QQ 12 34 56 C'               # HMRC's own documentation prefix: never issued
SSN_WALLET = '078-05-1120'               # the 1938 wallet-insert number, voided and printed in every history of the SSN
ANUM = 'A215 338 407'

S('vi', 'txt', ['financial'],
  'VietQR transfer screen read by OCR and pasted: account number, bank and the owner\'s name.',
  'Quét mã để chuyển khoản\nNgân hàng: TECHCOMBANK\nSố tài khoản: 1903 4567 8910 11\nChủ tài khoản: NGUYEN VAN HOANG\n'
  'Nội dung: tien hoc them thang 9')
S('vi', 'txt', ['national-id'],
  'Back of a chip ID card read by OCR: the three MRZ lines with the 12-digit number inside.',
  'Mặt sau CCCD (ảnh chụp, nhận dạng chữ):\nĐặc điểm nhân dạng: nốt ruồi c. 1cm dưới mắt trái\n'
  f'{MRZ_VN[0]}\n{MRZ_VN[1]}\n{MRZ_VN[2]}')
S('vi', 'csv', ['financial'],
  'Personal income tax finalisation list (tab-separated): each employee\'s personal tax code.',
  'DANH SÁCH ỦY QUYỀN QUYẾT TOÁN THUẾ TNCN 2025\nSTT\tHọ tên\tMST cá nhân\tTổng thu nhập\n'
  f'1\tDiệp Thanh Tùng\t{M3}\t186.400.000\n2\tTôn Nữ Ý Nhi\t{M4}\t201.750.000\n3\tThân Văn Lợi\t{M5}\t154.000.000\n')
S('vi', 'txt', ['sensitive-personal'],
  'Teacher\'s note to the class: a named child\'s epilepsy and what to do in a seizure.',
  'Các cô lưu ý giúp: cháu Đỗ Bảo Anh lớp 2B bị động kinh, nếu lên cơn thì đặt cháu nằm nghiêng và gọi ngay cho mẹ cháu.')
S('vi', 'txt', ['sensitive-personal'],
  'Workplace drug-test result of a named driver.',
  'Kết quả xét nghiệm ma túy định kỳ tổ lái xe: anh Lò Văn Dũng dương tính với methamphetamine, đề nghị tạm đình chỉ lái xe.')
S('vi', 'txt', ['national-id', 'contact'],
  'Household register (sổ hộ khẩu) page retyped: members with ID numbers and the household address.',
  'SỔ HỘ KHẨU – Chủ hộ: Lê Đình Thắng\nĐịa chỉ thường trú: số 14 ngõ 9 phố Lê Lợi, phường Ba Đình, TP Thanh Hóa\n'
  f'1. Lê Đình Thắng – chủ hộ – CCCD {C7}\n2. Lê Thị Thu Hà – con – CCCD {C8}')
S('vi', 'txt', ['contact'],
  'Emergency contact field without diacritics: a relative\'s mobile.',
  'Ho so nhan vien moi - Trinh Van Khai\nNguoi than lien he khi can: chi gai Trinh Thi Loan, SDT 0865 214 739')
S('vi', 'txt', ['sensitive-personal'],
  'Chat without diacritics: a named colleague\'s miscarriage and sick leave.',
  'Chi Phuong ke toan vua bi say thai, nghi om 2 tuan, moi nguoi dung hoi chuyen nay nhe.')
S('vi', 'txt', ['sensitive-personal'],
  'Party cell minutes without diacritics: a named member\'s admission to the Party and probation.',
  'Bien ban hop chi bo: ket nap dang vien moi doi voi dong chi Vu Thanh Tam, thoi gian du bi 12 thang ke tu ngay 03/02/2026.')
S('mixed', 'txt', ['national-id'],
  'English prompt around a Vietnamese household-register line with the citizen ID.',
  f'Translate this line for the visa file: "Con: Lê Thị Thu Hà, sinh năm 1998, số định danh {C8}".')
S('vi', 'txt', [], 'Hard negative: a driving-school advert with class names, fees and a hotline.',
  'Trung tâm đào tạo lái xe Thành Công tuyển sinh bằng lái B2, C: học phí trọn gói 16.500.000 đồng, '
  'hotline 1900 6750, khai giảng 15/9.')
S('vi', 'txt', [], 'Hard negative: an ICD-10 code table excerpt, no patient.',
  'Trích bảng mã ICD-10: J18.9 – Viêm phổi, không đặc hiệu; I10 – Tăng huyết áp vô căn; E11.9 – Đái tháo đường '
  'týp 2 không biến chứng.')
S('vi', 'txt', [], 'Hard negative: lottery results and a draw time.',
  'Kết quả xổ số miền Bắc ngày 14/08/2026 (quay lúc 18:15): giải đặc biệt 48215, giải nhất 90374.')
S('vi', 'txt', [], 'Hard negative without diacritics: a vaccination schedule with dates and a ward health station.',
  'Lich tiem chung mo rong: 07:30-11:00 ngay 12/09/2026 tai tram y te phuong 5, mang theo so tiem cua tre.')
S('vi', 'txt', [], 'Hard negative: a bank\'s SWIFT code, head office address and switchboard.',
  'Vietcombank – SWIFT: BFTVVNVX; trụ sở chính: 198 Trần Quang Khải, Hoàn Kiếm, Hà Nội; tổng đài 1900 545413.')

S('cs', 'txt', ['national-id', 'contact'],
  'Czech distraint order (exekuční příkaz): the debtor\'s birth number and home address.',
  f'EXEKUČNÍ PŘÍKAZ – povinný: Zdeněk Havlík, r. č. {R5}, bytem Husova 812/14, 779 00 Olomouc; '
  'přikazuje se srážka ze mzdy.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech school note: a named pupil\'s asthma and medication.',
  'Paní učitelko, Kristýna Benešová (3.B) má astma, inhalátor má v aktovce; při záchvatu prosím volejte mámu.')
S('cs', 'csv', ['national-id'],
  'Czech ward list (semicolons): patients with their insurance numbers in a column.',
  'Pokoj;Pacient;Číslo pojištěnce;Pojišťovna\n'
  f'12;Josef Kubát;{rc(51, 4, 18, 300).replace("/", "")};111\n14;Marie Kubátová;{rc(54, 9, 7, 301, female=True).replace("/", "")};111\n')
S('cs', 'txt', ['sensitive-personal'],
  'Czech HR message: a named employee\'s registration with the labour office as disabled (invalidita třetího stupně).',
  'Kolega Vojtěch Slanina má přiznanou invaliditu třetího stupně, prosím zohledněte to při rozpisu směn.')
S('cs', 'txt', [], 'Hard negative: a Czech hospital switchboard, postal code and case reference.',
  'Ústředna Fakultní nemocnice 266 081 111, PSČ 602 00, č. j. MV-12345-3/OAM-2026 uveďte v odpovědi.')
S('cs', 'txt', [], 'Hard negative: Czech law citation and statistics on disabilities.',
  'Podle zákona č. 155/1995 Sb. pobíralo v roce 2025 invalidní důchod třetího stupně 214 000 osob.')

S('en', 'txt', ['national-id'],
  'Canadian onboarding e-mail: a new hire\'s Social Insurance Number.',
  f'Welcome pack for Liam Tremblay: please confirm his SIN {SIN[:3]} {SIN[3:6]} {SIN[6:]} before payroll runs on the 15th.')
S('en', 'txt', ['national-id'],
  'US clinic intake note: the patient\'s Medicare Beneficiary Identifier (MBI).',
  f'Intake: Doris Whalen, 78, Medicare MBI {MBI}, supplemental plan AARP; allergies: none.')
S('en', 'txt', ['national-id'],
  'US immigration case note: an alien registration number (A-number).',
  f'Case update for Miguel Santos: USCIS A-Number {ANUM}, I-485 pending, biometrics done on 3 June.')
S('en', 'txt', ['sensitive-personal'],
  'A&E handover: a named patient\'s heart attack and treatment.',
  'Handover: Mr Joseph Kerr, 71, bay 4 — admitted overnight with a heart attack, stented at 02:00, on the cardiac ward now.')
S('en', 'txt', ['sensitive-personal'],
  'HR case: a named employee\'s gender reassignment leave.',
  'Confidential: Alex Morgan will take six weeks off from 1 October for gender reassignment surgery.')
S('en', 'txt', ['contact'],
  'Landlord\'s reference: a named tenant\'s previous home address.',
  'Reference for Sophie Turnbull: she rented Flat 3, 41 Hawthorn Road, Leeds LS6 2QX from 2021 to 2026 and always paid on time.')
S('en', 'txt', [], 'Hard negative: HMRC\'s documentation NI number prefix (QQ) in a payroll guide.',
  f'Payroll guide: the NI number field takes two letters, six digits and a letter, e.g. {NINO_DOC} (HMRC\'s example).')
S('en', 'txt', [], 'Hard negative: the voided 1938 wallet-card SSN in a history article.',
  f'In 1938 a wallet maker printed a sample card with the number {SSN_WALLET}; thousands of people used it as their own.')
S('en', 'txt', [], 'Hard negative: CVE, RFC and ISO date references.',
  'Patch for CVE-2026-31337 ships 2026-08-12T14:30:00Z; see RFC 6761 and ISO 8601 for the formats.')
S('en', 'txt', [], 'Hard negative: a company switchboard and registered office.',
  'Harlow Freight Ltd, registered office 12 Dock Road, Felixstowe IP11 3QW, switchboard 01394 600700.')
S('en', 'txt', [], 'Hard negative: an anonymised incident summary with ages and no names.',
  'Incident summary: two employees (aged 34 and 51) were treated for minor burns; one was kept in hospital overnight.')
S('en', 'md', [], 'Hard negative: a test fixture of made-up driver\'s licence data labelled as fake.',
  '```js\n// fake data for unit tests only\nconst driver = { name: "Test Driver", licence: "TESTLIC00", state: "XX" };\n```')

# ================================================================ batch 3 (written after batch 2 was scored and fixed;
# scored blind again before any further fix)
C9 = cccd('079', 'm', 1981, 662190)      # HCMC, man, 1981 (loan applicant)
C10 = cccd('052', 'f', 1975, 30412)      # Bình Định, woman, 1975 (land-use certificate)
M6 = mst('805512098')
assert mst_ok(M6)
CZA5 = czacct('200300400') + '/5500'
assert cz_acct_ok(CZA5)
TFN_W = (1, 4, 3, 7, 5, 8, 6, 9, 10)
TFN = next(f'{n:09d}' for n in range(412538170, 412538300) if sum(int(d) * w for d, w in zip(f'{n:09d}', TFN_W)) % 11 == 0)
ABA_W = (3, 7, 1, 3, 7, 1, 3, 7, 1)
ABA = next(f'{n:09d}' for n in range(122105150, 122105200) if sum(int(d) * w for d, w in zip(f'{n:09d}', ABA_W)) % 10 == 0)

S('vi', 'eml', ['financial'],
  'Forwarded e-mail with a customer\'s bank statement lines: account number, transactions and balance.',
  'From: Phòng giao dịch Tân Định <pgd.tandinh@nganhang-a.vn>\nTo: tham dinh <tdtd@nganhang-a.vn>\n'
  'Subject: Fwd: sao kê KH Võ Minh Triết\n\n---------- Forwarded message ---------\n'
  f'SAO KÊ TÀI KHOẢN {TCB1} – KH: VÕ MINH TRIẾT – từ 01/06 đến 30/06/2026\n'
  '03/06  Lương tháng 5            +28.500.000\n15/06  Chuyển tiền nhà           -9.000.000\nSố dư cuối kỳ: 41.275.000 VND')
S('vi', 'txt', ['national-id'],
  'Loan application summary: the applicant\'s ID number and his credit-bureau (CIC) group.',
  f'TỜ TRÌNH THẨM ĐỊNH: KH Trương Quốc Bảo, CCCD {C9}, thu nhập 35 triệu/tháng; tra cứu CIC: có nợ nhóm 2 tại ngân '
  'hàng khác, đề nghị vay 800 triệu, thời hạn 15 năm.')
S('vi', 'txt', ['national-id', 'contact'],
  'Land-use certificate (sổ đỏ) retyped: the owner\'s ID number and permanent address.',
  f'GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT\nNgười sử dụng đất: Bà Phạm Thị Lệ Thu, sinh năm 1975, CCCD số {C10}\n'
  'Địa chỉ thường trú: thôn Phú Mỹ, xã Phước Lộc, thị xã An Nhơn, Bình Định\nThửa đất số 214, tờ bản đồ số 12, diện tích 320 m²')
S('vi', 'txt', ['sensitive-personal'],
  'Pupil health log without diacritics: a named child\'s bronchial asthma.',
  'So theo doi suc khoe lop 1A: chau Quach Minh Khoi bi hen phe quan, khi tre len con kho tho thi cho xit thuoc va bao phu huynh.')
S('vi', 'txt', ['financial'],
  'Long meeting minutes (30+ lines): a named colleague\'s personal tax code appears only near the end.',
  '\n'.join([f'{k}. Nội dung {k}: phòng báo cáo tiến độ công việc tuần, không có vướng mắc.' for k in range(1, 31)]) +
  f'\n31. Kế toán hỗ trợ anh Diệp Văn Tài (mã số thuế cá nhân {M6}) hoàn thiện hồ sơ hoàn thuế TNCN trước 30/4.')
S('vi', 'txt', ['contact'],
  'Chat: a named person\'s mobile written with the country code and dashes.',
  '[14:02] Hạnh: số của chị Quyên bên nhà sách nè: +84 (0) 912-640-385, em gọi sau 5h chiều nhé')
S('vi', 'txt', [], 'Hard negative: the Fatherland Front\'s published donation account for a flood appeal.',
  'Ủy ban MTTQ Việt Nam tỉnh tiếp nhận ủng hộ đồng bào bị lũ lụt qua tài khoản của Ban Cứu trợ tỉnh tại Kho bạc '
  'Nhà nước; danh sách ủng hộ được công khai trên báo tỉnh.')
S('vi', 'txt', [], 'Hard negative: a guide to reading a bank statement with no account or person.',
  'Cách đọc sao kê: cột Ghi nợ là tiền ra, cột Ghi có là tiền vào, số dư cuối kỳ bằng số dư đầu kỳ cộng ghi có trừ ghi nợ.')
S('vi', 'txt', [], 'Hard negative without diacritics: school health statistics without names.',
  'Ket qua kham suc khoe dau nam: 18% hoc sinh can thi, 6% hen phe quan, 9% thua can; nha truong da gui khuyen cao den phu huynh.')
S('vi', 'txt', [], 'Hard negative: a land parcel number, map sheet and area with no owner.',
  'Thửa đất số 214, tờ bản đồ số 12, diện tích 320 m², mục đích sử dụng: đất ở nông thôn; giá khởi điểm đấu giá 1,2 tỷ đồng.')

S('cs', 'txt', ['financial'],
  'Czech bank statement excerpt: a named account holder\'s account and transactions.',
  f'Výpis z účtu č. {CZA5} – majitel: Veronika Kopecká\n02.07. Mzda 07/2026  +38 420,00\n05.07. Nájem  -14 500,00\n'
  'Konečný zůstatek: 61 208,35 Kč')
S('cs', 'txt', ['contact'],
  'Czech village address with a house number (č. p.) of a named person.',
  'Zásilku pro paní Hanu Doležalovou posílejte na adresu trvalého bydliště: Lhota 47, 538 21 Slatiňany.')
S('cs', 'txt', [], 'Hard negative: Czech bank\'s public info line and its bank code.',
  'Fio banka, kód banky 2010, informační linka 224 346 800 – po–pá 8–20 h.')
S('cs', 'txt', [], 'Hard negative: Czech municipal statistics on asthma in children.',
  'Astma má podle krajské hygieny 9 % dětí školního věku; nejvíc případů je v okresech s těžkým průmyslem.')

S('en', 'txt', ['financial'],
  'Australian onboarding form retyped: a new hire\'s tax file number (TFN).',
  f'New starter: Chloe Nguyen, TFN {TFN[:3]} {TFN[3:6]} {TFN[6:]}, super fund AustralianSuper, start 1 July.')
S('en', 'txt', ['financial'],
  'US direct-deposit form: routing number and a named employee\'s checking account.',
  f'Direct deposit for Marcus Hill: ABA routing number {ABA}, checking account 4839201746, 100% of net pay.')
S('en', 'txt', ['sensitive-personal'],
  'Occupational-health e-mail: a named employee\'s epilepsy and a driving restriction.',
  'OH update: Kevin Marsh had a seizure at work on Monday; his neurologist confirmed epilepsy, so no forklift duties for now.')
S('en', 'txt', ['national-id'],
  'Visa sponsor\'s spreadsheet note: a named worker\'s passport number with the country.',
  'Certificate of sponsorship for Tran Van Long: passport no. C2815309 (Viet Nam), valid until 11/2031.')
S('en', 'txt', [], 'Hard negative: a bank\'s published routing number on its website.',
  f'Wiring money to us? Our ABA routing number is {ABA}; use your own account number from online banking.')
S('en', 'txt', [], 'Hard negative: the ATO\'s explanation of the TFN, with no number.',
  'Your tax file number is free and stays the same for life; never put it on social media or give it to a recruiter.')
S('en', 'txt', [], 'Hard negative: a seizure first-aid poster.',
  'If someone has a seizure: time it, cushion their head, do not restrain them, call 999 if it lasts over 5 minutes.')

S('mixed', 'txt', ['national-id'],
  'English prompt around a Czech form line: an applicant\'s ID card number.',
  f'Please translate for the landlord: "Žadatel: Tomáš Bureš, číslo OP {CZOP}, trvale bytem Brno."')
S('mixed', 'txt', [], 'Hard negative: a bilingual glossary of bank-statement terms.',
  'Glossary: sao kê = bank statement; số dư = balance; ghi nợ = debit; ghi có = credit; výpis z účtu = bank statement.')

# ---------------------------------------------------------------- write
write_personal_round(V, 'round19', 'p19')
