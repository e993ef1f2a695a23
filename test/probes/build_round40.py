#!/usr/bin/env python3
"""Builds test/probes/round40.jsonl (round 40 of the held-out-style probes, written blind): special-category personal
data and national identifiers of named people in records, exports and case papers, in shapes no round held whole —
hospital discharge papers and case summaries, insurance claims, sick-leave certificates for social insurance, medical
assessment (giám định y khoa) minutes, HIV/ART, methadone, psychiatric and fertility notes; welfare and protection
lists (people with meritorious service, children in special circumstances, victims of domestic violence), juvenile and
school-counselling records; party personnel files (ethnicity, religion, family class, discipline), criminal-record
extracts (lý lịch tư pháp), probation papers, Czech "výpis z rejstříku trestů", "posudek o zdravotní způsobilosti",
"exekuce", English HR grievance and occupational-health notes; the same facts and IDs in machine shapes (SQL INSERT
dumps, API JSON responses, log lines, CSV rows with the header far above, key=value form exports, the QR payload of a
CCCD) — and their hard negatives: aggregate statistics, anonymised cases, blank forms and schemas, public figures'
health in news, textbooks, documented example IDs, a hospital's hotline, synthetic test data marked as such.
Stdlib only; every identifier is generated and checked here. Batch 2 (ids continuing) was written after batch 1's
fixes, blind again."""

from probe_ids import cccd, mst, nhs, personal_sampler, rc, rc_ok, ssn_ok, write_personal_round

V, S, both = personal_sampler()
SP, NID, FIN, CT, OD = 'sensitive-personal', 'national-id', 'financial', 'contact', 'official-document'


def neg(note):
    return 'Hard negative: ' + note


# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('036', 'f', 1986, 204719)      # Nam Định, woman, 1986
C2 = cccd('024', 'm', 1972, 558031)      # Bắc Giang, man, 1972
C3 = cccd('079', 'm', 2007, 301846)      # TP HCM, boy born 2007
C4 = cccd('040', 'f', 1991, 672905)      # Nghệ An, woman, 1991
C5 = cccd('001', 'm', 1968, 120384)      # Hà Nội, man, 1968
CMND5 = '013584276'                      # his old 9-digit CMND, printed in the QR payload
BHXH1 = '3614078251'                     # a 10-digit social-insurance number
BHYT1 = 'DN4' + '01' + BHXH1             # a health-insurance card code holding it
RC1 = rc(79, 6, 14, 305)                 # man, born 14 June 1979
RC2 = rc(88, 2, 9, 711, female=True)     # woman, born 9 February 1988
assert rc_ok(RC1) and rc_ok(RC2)
SSN1 = '412-68-2093'
assert ssn_ok(SSN1)
NHS1 = nhs('485777302')

# ================================================================ batch 1 — medical papers of a named person (Vietnamese)
both('txt', [SP], 'A hospital discharge paper: the patient named, the diagnosis a condition in words, no ICD code.',
     'GIẤY RA VIỆN\nHọ tên người bệnh: Phan Thị Mỹ Linh    Tuổi: 38    Nữ\nDân tộc: Kinh    Nghề nghiệp: Giáo viên\n'
     'Vào viện lúc: 09 giờ 15 phút, ngày 02/12/2025\nRa viện lúc: 10 giờ 00 phút, ngày 09/12/2025\n'
     'Chẩn đoán: Viêm tụy cấp do rượu\nPhương pháp điều trị: Nội khoa\nGhi chú: Hẹn tái khám sau 2 tuần.')
both('txt', [SP], 'A case summary (tóm tắt bệnh án) sent for a transfer: named patient, bipolar disorder.',
     'TÓM TẮT BỆNH ÁN\nNgười bệnh: Trần Quốc Việt, nam, 29 tuổi\nQuá trình bệnh lý: 3 năm nay rối loạn cảm xúc lưỡng cực, '
     'đợt này hưng cảm, không ngủ 5 đêm, đập phá đồ đạc.\nHướng điều trị: chuyển Bệnh viện Tâm thần Trung ương 1.')
both('txt', [SP, NID], 'A sick-leave certificate for social insurance with the BHXH number and the diagnosis.',
     'GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI\nHọ và tên: Đỗ Thị Thu Hằng    Ngày sinh: 21/05/1990\n'
     'Mã số BHXH: ' + BHXH1 + '\nĐơn vị làm việc: Công ty CP May Sông Hồng\nChẩn đoán và phương pháp điều trị: Dọa sảy thai, nghỉ ngơi tại giường\n'
     'Số ngày nghỉ: 10 ngày (từ 03/12/2025 đến 12/12/2025)')
both('txt', [SP], 'Medical assessment minutes (giám định y khoa) with a work-capacity loss of a named person.',
     'BIÊN BẢN GIÁM ĐỊNH Y KHOA\nHội đồng GĐYK tỉnh Bắc Ninh khám cho: Ông Nguyễn Văn Lực, sinh năm 1969\n'
     'Kết luận: Di chứng chấn thương sọ não, liệt nửa người trái. Tỷ lệ suy giảm khả năng lao động: 71%.')
both('txt', [SP], 'An outpatient ART register: named patients on antiretroviral regimens.',
     'SỔ THEO DÕI ĐIỀU TRỊ ARV – Phòng khám ngoại trú huyện Yên Thế\n'
     'Mã BN | Họ tên | Phác đồ | Tải lượng vi rút\nYT-0412 | Hoàng Thị Nhàn | TDF/3TC/DTG | < 50 bản sao/ml\n'
     'YT-0413 | Lục Văn Sinh | TDF/3TC/DTG | 1.200 bản sao/ml')
both('txt', [SP], 'A methadone clinic\'s dose list naming patients.',
     'Danh sách bệnh nhân uống Methadone ca sáng 05/12\n1. Đinh Văn Khải – liều 85 mg\n2. Ngô Minh Tuấn – liều 60 mg\n'
     '3. Vi Văn Thắng – liều 110 mg (đã báo bác sĩ tăng liều)')
both('txt', [SP], 'An IVF clinic note: a named couple\'s infertility and embryo transfer.',
     'Phiếu theo dõi hỗ trợ sinh sản – Vợ: Lưu Thị Hồng Nhung (34t), chồng: Tạ Đức Minh (36t). '
     'Chẩn đoán: vô sinh nguyên phát 5 năm, chồng tinh trùng yếu. Chuyển phôi ngày 18/12, 2 phôi ngày 5.')
both('txt', [SP, NID], 'A health-insurance claim with the BHYT card code and the insured person\'s diagnosis.',
     'HỒ SƠ YÊU CẦU BỒI THƯỜNG BẢO HIỂM SỨC KHỎE\nNgười được bảo hiểm: Vương Thị Quỳnh\nMã thẻ BHYT: ' + BHYT1 + '\n'
     'Lý do điều trị: sỏi thận phải, tán sỏi ngoài cơ thể ngày 28/11/2025\nSố tiền yêu cầu: 14.300.000 đ')
# ---------------------------------------------------------------- welfare and protection lists, juvenile records
both('txt', [SP], 'A list of children in special circumstances: a named child sexually abused.',
     'DANH SÁCH TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT – XÃ TÂN HƯNG (Quý IV/2025)\n'
     'STT | Họ tên trẻ | Năm sinh | Hoàn cảnh\n1 | Bùi Gia Hân | 2014 | Bị xâm hại tình dục, đang được tư vấn tâm lý\n'
     '2 | Phùng Văn Tú | 2011 | Mồ côi cả cha và mẹ')
both('txt', [SP], 'A domestic-violence case record: a named victim and her injuries.',
     'Phiếu tiếp nhận nạn nhân bạo lực gia đình\nHọ tên: Chị Hà Thị Mơ, 41 tuổi, thôn Đông\n'
     'Tình trạng: bị chồng là Vũ Văn Cường đánh gãy tay trái, bầm tím vùng mặt; đã đưa về nhà tạm lánh của Hội LHPN.')
both('txt', [SP, NID], 'A juvenile offender\'s minutes: a named minor, his CCCD and the theft he did.',
     'BIÊN BẢN LÀM VIỆC VỚI NGƯỜI CHƯA THÀNH NIÊN VI PHẠM PHÁP LUẬT\nHọ tên: Nguyễn Hoàng Phúc, sinh năm 2007, CCCD: ' + C3 + '\n'
     'Nội dung: ngày 14/11 em Phúc cùng hai bạn trộm cắp 3 xe máy tại khu trọ, đã bị khởi tố.')
both('txt', [SP], 'A school-counselling record: a named pupil\'s depression and a suicide attempt.',
     'Hồ sơ tư vấn học đường – Học sinh: Lê Bảo Ngọc, lớp 11A3\nBuổi 4 (02/12): em kể đã từng uống thuốc ngủ tự tử '
     'hồi tháng 9; đang được chẩn đoán trầm cảm mức độ vừa. Đề nghị GVCN không công khai.')
both('txt', [SP], 'A list of people with meritorious service: named war invalids with their injury rate.',
     'DANH SÁCH NGƯỜI CÓ CÔNG NHẬN QUÀ TẾT 2026 – PHƯỜNG 7\n1. Ông Trịnh Văn Bảy – thương binh hạng 2/4, tỷ lệ thương tật 65%\n'
     '2. Bà Châu Thị Lành – bệnh binh, tỷ lệ 61%')
# ---------------------------------------------------------------- party files, criminal records, probation
both('txt', [SP], 'A party member\'s background file: ethnicity, religion, family class and a discipline.',
     'LÝ LỊCH ĐẢNG VIÊN (trích)\nHọ và tên: Lò Văn Thưởng\nDân tộc: Thái    Tôn giáo: Công giáo\n'
     'Thành phần gia đình: Địa chủ\nKỷ luật: Cảnh cáo năm 2021 (vi phạm quy định về phòng chống tham nhũng)')
both('txt', [SP, NID], 'A criminal-record extract (phiếu lý lịch tư pháp số 2) with a conviction and the CCCD.',
     'PHIẾU LÝ LỊCH TƯ PHÁP SỐ 2\nHọ và tên: Đặng Văn Hậu    Giới tính: Nam\nSố CCCD: ' + C2 + '\n'
     'Án tích: Bản án số 45/2019/HS-ST ngày 12/6/2019 của TAND huyện Lục Nam, tội "Đánh bạc", 18 tháng tù.')
both('txt', [SP], 'A probation (án treo) supervision paper naming the convicted person.',
     'Quyết định giao người được hưởng án treo cho UBND xã giám sát, giáo dục\nNgười chấp hành án: Kiều Văn Thành, sinh 1993\n'
     'Tội danh: Cố ý gây thương tích – 24 tháng tù cho hưởng án treo, thời gian thử thách 48 tháng.')
# ---------------------------------------------------------------- machine shapes (Vietnamese)
both('txt', [NID, SP], 'A SQL INSERT dump of a clinic table: a named patient, her CCCD and an HIV diagnosis.',
     "INSERT INTO benh_nhan (id, ho_ten, so_cccd, chan_doan, ngay_kham) VALUES\n"
     "(1041, 'Mai Thị Hoa', '" + C1 + "', 'HIV giai đoạn lâm sàng 1', '2025-11-20');")
S('vi', 'txt', [NID, SP], 'A form export in key=value pairs: CCCD, religion and ethnicity fields.',
  'ho_ten=Nguyen Van Tuan&so_cccd=' + C5 + '&dan_toc=Muong&ton_giao=Cong+giao&ngay_sinh=1968-04-03&submit=1')
S('vi', 'txt', [NID, SP], 'A log line of a lookup service: the CCCD and a conviction flag.',
  '2025-12-04T08:11:02.318Z INFO [lltp-api] tra_cuu so_cccd=' + C2 + ' ho_ten="Dang Van Hau" ket_qua=CO_AN_TICH toi_danh="Danh bac"')
S('vi', 'txt', [NID, CT], 'The QR payload of a CCCD card pasted from a scanner app.',
  C5 + '|' + CMND5 + '|Nguyễn Văn Tuấn|03041968|Nam|Số 12 ngõ 45 Hoàng Hoa Thám, Phường Ngọc Hà, Ba Đình, Hà Nội|15082021')
S('vi', 'csv', [SP], 'A welfare beneficiaries CSV: the disability column\'s header 30 rows above the value.',
  'DANH SACH DOI TUONG BAO TRO XA HOI\nSTT;Ho ten;Nam sinh;Dang khuyet tat;Muc do\n'
  + '\n'.join(f'{i};;;;' for i in range(1, 31)) + '\n31;Cam Thi Nguyet;1979;Khuyet tat tri tue;Dac biet nang')
# ---------------------------------------------------------------- Czech
S('cs', 'txt', [SP, NID], 'Czech criminal-record extract with a birth number and a conviction.',
  'VÝPIS Z EVIDENCE REJSTŘÍKU TRESTŮ FYZICKÝCH OSOB\nJméno a příjmení: Radek Svoboda\nRodné číslo: ' + RC1 + '\n'
  'Záznamy: OS Praha 4, sp. zn. 3 T 112/2021 – krádež § 205 tr. zákoníku, trest odnětí svobody 10 měsíců podmíněně.')
S('cs', 'txt', [SP], 'Czech medical fitness assessment of a named employee with the diagnosis.',
  'POSUDEK O ZDRAVOTNÍ ZPŮSOBILOSTI K PRÁCI\nPosuzovaná osoba: Jana Králová, nar. 9. 2. 1988\n'
  'Závěr: zdravotně nezpůsobilá pro práci ve výškách a řízení vozidel – epilepsie, poslední záchvat 10/2025.')
S('cs', 'txt', [SP, NID], 'Czech distraint order (exekuce) on a named debtor with the birth number.',
  'EXEKUČNÍ PŘÍKAZ přikázáním pohledávky z účtu\nPovinný: Lenka Horáková, RČ ' + RC2 + ', bytem Brno\n'
  'Vymáhaná částka: 187 420 Kč s příslušenstvím; oprávněný: Home Credit a.s.')
S('cs', 'txt', [SP], 'Czech sick note (eNeschopenka) forwarded by HR with a psychiatric diagnosis.',
  'Pro mzdovou účetní: eNeschopenka – zaměstnanec Tomáš Beneš, DPN od 1. 12. 2025, dg. F32.1 středně těžká depresivní epizoda.')
# ---------------------------------------------------------------- English
S('en', 'txt', [SP], 'An HR grievance hearing note: a named employee\'s IVF treatment disclosed.',
  'Grievance hearing – notes (HR confidential)\nEmployee: Sarah Whitfield, Finance\nShe stated that her line manager '
  'refused leave for appointments although she had told him she is undergoing IVF treatment.')
S('en', 'txt', [SP], 'An occupational-health report on a named employee: PTSD and medication.',
  'Occupational Health report\nRe: Mark Delaney, Warehouse Operative\nMr Delaney has post-traumatic stress disorder '
  'following the 2024 incident and takes sertraline 100 mg. Fit for modified duties, no night shifts.')
S('en', 'txt', [NID, SP], 'An API JSON response: a patient record with an SSN and a diagnosis.',
  '{"status":200,"data":{"patient":{"name":"Gloria Ramirez","ssn":"' + SSN1 + '","dob":"1975-08-30",'
  '"diagnosis":"Schizophrenia, paranoid type","ward":"B4"}}}')
S('en', 'csv', [NID, SP], 'A CSV of NHS numbers and mental-health referrals.',
  'nhs_number,name,referral_reason\n' + NHS1 + ',Callum Price,psychosis - first episode')

# ================================================================ batch 1 — hard negatives
both('txt', [], neg('aggregate statistics: poor households and people on ART by district.'),
     'Toàn tỉnh hiện có 12.450 hộ nghèo (3,2%) và 1.204 người nhiễm HIV đang điều trị ARV; huyện Yên Thế có 214 người, '
     'chiếm 17,8% tổng số.')
both('txt', [], neg('an anonymised clinical case (initials and age identify no one).'),
     'CA LÂM SÀNG: Bệnh nhân N.V.A., nam, 45 tuổi, vào viện vì đau ngực trái 2 giờ. Tiền sử tăng huyết áp, hút thuốc. '
     'Chẩn đoán: nhồi máu cơ tim cấp thành trước. Câu hỏi: xử trí ban đầu?')
both('txt', [], neg('a blank discharge-paper template.'),
     'GIẤY RA VIỆN\nHọ tên người bệnh: ................................ Tuổi: ....... Nam/Nữ: .......\n'
     'Chẩn đoán: ..............................................\nPhương pháp điều trị: ...............................')
S('vi', 'txt', [], neg('a table schema for patients: column names only.'),
  'CREATE TABLE benh_nhan (\n  id SERIAL PRIMARY KEY,\n  ho_ten VARCHAR(100),\n  so_cccd CHAR(12),\n  chan_doan TEXT,\n'
  '  nhiem_hiv BOOLEAN,\n  ton_giao VARCHAR(50)\n);')
both('txt', [], neg('a public figure\'s illness in the news.'),
     'Theo AFP, huyền thoại bóng đá Pelé qua đời ở tuổi 82 sau thời gian dài điều trị ung thư đại tràng tại bệnh viện '
     'Albert Einstein, São Paulo.')
both('txt', [], neg('a psychiatry textbook paragraph.'),
     'Rối loạn cảm xúc lưỡng cực gồm các giai đoạn hưng cảm và trầm cảm xen kẽ. Điều trị duy trì bằng lithium hoặc '
     'valproat, theo dõi nồng độ thuốc trong máu.')
both('txt', [], neg('a hospital\'s public hotline.'),
     'Đường dây nóng Bệnh viện Đa khoa tỉnh: 0912.345.115 – tiếp nhận phản ánh của người bệnh 24/7.')
S('vi', 'txt', [], neg('the CCCD QR payload described field by field, no values.'),
  'Mã QR trên CCCD gắn chip có dạng: số CCCD|số CMND cũ|họ và tên|ngày sinh (ddmmyyyy)|giới tính|nơi thường trú|ngày cấp. '
  'Ứng dụng đọc chuỗi này rồi tách theo dấu "|".')
S('vi', 'txt', [], neg('synthetic test data, marked as such, with placeholder names and zero IDs.'),
  "-- DỮ LIỆU GIẢ LẬP ĐỂ KIỂM THỬ, KHÔNG PHẢI NGƯỜI THẬT\nINSERT INTO benh_nhan (ho_ten, so_cccd, chan_doan) VALUES "
  "('Nguyễn Văn A', '000000000000', 'test'), ('Trần Thị B', '000000000001', 'test');")
both('txt', [], neg('a blank party background-file form.'),
     'Mẫu 2-HSĐV\nHọ và tên: ....................\nDân tộc: ........... Tôn giáo: ...........\n'
     'Thành phần gia đình: ...................\nKhen thưởng: ........... Kỷ luật: ...........')
both('txt', [], neg('criminal-record statistics of a justice department.'),
     'Năm 2025, Sở Tư pháp cấp 18.342 phiếu lý lịch tư pháp, trong đó 1.127 phiếu có án tích (6,1%); 92% cấp đúng hạn.')
S('cs', 'txt', [], neg('Czech statistics on distraint.'),
  'Podle Exekutorské komory bylo v roce 2025 v exekuci 640 tisíc osob, průměrně 4,6 exekuce na jednoho povinného.')
S('cs', 'txt', [], neg('a blank Czech fitness-assessment form.'),
  'POSUDEK O ZDRAVOTNÍ ZPŮSOBILOSTI K PRÁCI\nPosuzovaná osoba: ______________ Datum narození: __________\n'
  'Závěr: a) zdravotně způsobilý  b) nezpůsobilý  c) způsobilý s podmínkou')
S('cs', 'txt', [], neg('how to obtain a Czech criminal-record extract.'),
  'Výpis z rejstříku trestů získáte na Czech POINTu; potřebujete platný občanský průkaz, poplatek je 100 Kč.')
S('en', 'txt', [], neg('a textbook passage on PTSD.'),
  'Post-traumatic stress disorder is treated with trauma-focused CBT or EMDR; SSRIs such as sertraline are first-line drugs.')
S('en', 'txt', [], neg('a masked ID in a log line.'),
  '2025-12-04T09:02:11Z INFO verify nationalId=********1234 result=MATCH latency_ms=41')
S('en', 'csv', [], neg('a CSV header only.'),
  'employee_id,full_name,nhs_number,diagnosis_code,sick_days_2025,religion\n')
S('en', 'txt', [], neg('a head of state\'s health in the news.'),
  'Buckingham Palace said the King will continue his cancer treatment and resume public duties next week.')
S('en', 'txt', [], neg('documented example SSN in API docs.'),
  'Request example:\n{"name": "Jane Doe", "ssn": "000-12-3456"}\nThe API rejects numbers with area 000, 666 or 9xx.')
# (five more hard negatives written with the batch, before any fix, so that it holds 40 % of them)
S('vi', 'txt', [], neg('a CCCD that fails its province check, shown as an invalid example in a guide.'),
  'Lưu ý khi nhập: số CCCD 099186204719 sẽ bị hệ thống từ chối vì mã tỉnh 099 không tồn tại; kiểm tra lại 3 số đầu.')
both('txt', [], neg('methadone programme statistics by province.'),
     'Cả tỉnh hiện có 3.140 người đang điều trị Methadone tại 14 cơ sở; tỷ lệ duy trì sau 12 tháng đạt 82%.')
S('en', 'csv', [], neg('synthetic test data marked as generated.'),
  '# generated by Faker for the staging DB - not real people\nname,ssn,diagnosis\nJohn Doe,000-00-0000,TEST\nJane Roe,000-00-0001,TEST\n')
S('en', 'txt', [], neg('an anonymised case in a teaching handout.'),
  'Case 3: A 52-year-old man (Patient X) with a history of alcohol dependence presents with confusion and ataxia. '
  'What is the most likely diagnosis?')
S('cs', 'txt', [], neg('a Czech textbook on epilepsy.'),
  'Epilepsie je chronické onemocnění mozku s opakovanými záchvaty; léčí se antiepileptiky, u části pacientů chirurgicky.')

# ================================================================ batch 2 — written after batch 1's fixes, blind again
C6 = cccd('034', 'f', 1994, 418267)      # Thái Bình, woman, 1994
C7 = cccd('056', 'm', 1985, 730592)      # Khánh Hòa, man, 1985
BHXH2 = '3419207746'
BHYT2 = 'CN3' + '34' + BHXH2             # a poor-household card code holding it
RC3 = rc(71, 10, 3, 208, female=True)    # woman, born 3 October 1971
assert rc_ok(RC3)

both('txt', [SP], 'A referral paper (giấy chuyển tuyến): named patient with heart failure grade III.',
     'GIẤY CHUYỂN TUYẾN\nKính gửi: Bệnh viện Tim Hà Nội\nHọ tên người bệnh: Trương Văn Hiếu   Nam   67 tuổi\n'
     'Chẩn đoán: Suy tim độ III NYHA, rung nhĩ\nLý do chuyển tuyến: vượt quá khả năng chuyên môn')
both('txt', [SP], 'Minutes of a disability-rating council: a named woman\'s type and grade of disability.',
     'BIÊN BẢN HỌP HỘI ĐỒNG XÁC ĐỊNH MỨC ĐỘ KHUYẾT TẬT XÃ PHÚ LƯƠNG\nHồ sơ số 07: bà Nông Thị Dịu, sinh năm 1958.\n'
     'Dạng tật: khuyết tật nghe, nói. Mức độ: nặng. Hội đồng thống nhất 5/5.')
S('vi', 'txt', [SP, NID], 'A list of people living with HIV who get a health-insurance card, with the card code.',
  'DANH SÁCH NGƯỜI NHIỄM HIV ĐƯỢC HỖ TRỢ MUA THẺ BHYT NĂM 2026\n1. Nguyễn Thị Thảo – mã thẻ BHYT ' + BHYT2 + ' – ĐT ARV tại TTYT huyện')
S('vi', 'txt', [SP], 'A parent chat about a pupil\'s ADHD and medication.',
  '[20:14] Cô Ngọc GVCN 3A: Chị ơi hồ sơ của bé Đỗ Minh Khôi ghi rối loạn tăng động giảm chú ý, bé đang uống Ritalin buổi sáng, '
  'chị cho cô xin đơn thuốc để nhà trường nắm nhé.')
S('vi', 'txt', [SP], 'A party member file as JSON: ethnicity and a discipline.',
  '{"hoTen": "Đinh Công Tráng", "namSinh": 1976, "danToc": "Mường", "tonGiao": "Không", "kyLuat": "Khiển trách năm 2022", "chiBo": "Chi bộ 4"}')
S('vi', 'txt', [NID, SP], 'A key=value log line: HIV status and the CCCD of a named patient.',
  '[2025-12-05 14:22:07] DEBUG his-sync: patient="Lam Thi Ngoc" cccd=' + C6 + ' hiv_status=POSITIVE arv_start=2021-03-11 site=TTYT-QV')
S('vi', 'csv', [SP], 'A CSV with a prior-conviction column 25 rows above a named row.',
  'DANH SACH DOI TUONG CAN QUAN LY - CONG AN PHUONG\nHo ten;Nam sinh;Tien an;Tien su\n'
  + '\n'.join(';;;' for _ in range(25)) + '\nLy Van Cuong;1990;02 tien an (trom cap tai san);Nghien ma tuy')
S('vi', 'txt', [NID, CT], 'A CCCD QR payload typed without diacritics in a chat, the old-ID field empty.',
  'Em gui chuoi quet duoc tu the cua khach: ' + C7 + '||TRAN QUOC BAO|19071985|Nam|To 5, Phuong Vinh Hai, Nha Trang, Khanh Hoa|22042021')
both('txt', [SP], 'A ward\'s list of people on suspended sentences and non-custodial reform.',
     'DANH SÁCH NGƯỜI CHẤP HÀNH ÁN TREO, CẢI TẠO KHÔNG GIAM GIỮ – PHƯỜNG HÒA KHÁNH\n'
     '1. Phạm Văn Dũng – Trộm cắp tài sản – thử thách đến 03/2027\n2. Lê Thị Thu – Đánh bạc – cải tạo không giam giữ 12 tháng')
S('cs', 'txt', [SP], 'Czech disability-pension assessment of a named woman.',
  'Posudek o invaliditě – paní Eva Marešová, nar. 1971: invalidita třetího stupně, pokles pracovní schopnosti o 75 %, '
  'dg. roztroušená skleróza.')
S('cs', 'txt', [SP], 'Czech probation service note on a named client.',
  'Probační a mediační služba, středisko Olomouc – klient Jiří Holub, podmíněně propuštěn z výkonu trestu, dohled do 6/2027; '
  'uložena povinnost abstinovat a podrobit se testům na drogy.')
S('cs', 'txt', [NID, SP], 'Czech JSON export: a patient with a birth number and a diagnosis key in Czech.',
  '{"jmeno": "Petra Malá", "rodne_cislo": "' + RC3 + '", "diagnoza": "F20.0 paranoidní schizofrenie", "oddeleni": "psychiatrie"}')
S('en', 'eml', [SP], 'An e-mail referral to occupational health: a named employee\'s bipolar disorder.',
  'Subject: OH referral – Priya Shah (Claims)\n\nHi OH team,\nPriya has told me she has bipolar disorder and has had a '
  'difficult few weeks. Could you advise on adjustments?\nThanks, Mark')
S('en', 'txt', [SP], 'A YAML staff record: religion and dietary needs of a named person.',
  'staff:\n  - name: Declan Moore\n    team: Logistics\n    religion: Muslim\n    dietary: halal\n  - name: Ruth Ames\n    team: Sales')
S('en', 'txt', [SP], 'An HL7 message: patient name and a depression diagnosis segment.',
  'MSH|^~\\&|EPIC|NORTHGATE|||202512050912||ADT^A03|88213|P|2.5\nPID|1||MRN4471^^^NGH||Kowalski^Anna||19800114|F\n'
  'DG1|1||F32.1^Moderate depressive episode^I10')
S('en', 'txt', [SP], 'An HR grievance: a named employee outed as gay by his supervisor.',
  'Grievance summary: Tom Reyes alleges that his supervisor told the whole shift that Tom is gay, which he had not disclosed at work.')

both('txt', [], neg('district disability statistics.'),
     'Toàn huyện có 1.245 người khuyết tật, trong đó 312 người khuyết tật nặng và 88 người khuyết tật đặc biệt nặng; '
     '96% đã được cấp giấy xác nhận mức độ khuyết tật.')
S('vi', 'txt', [], neg('an OpenAPI schema of a patient record with placeholder values.'),
  'components:\n  schemas:\n    BenhNhan:\n      properties:\n        hoTen: {type: string, example: "string"}\n'
  '        chanDoan: {type: string}\n        tonGiao: {type: string}\n        soCCCD: {type: string, example: "string"}')
both('txt', [], neg('a public figure\'s illness in the news.'),
     'Theo gia đình, Nghệ sĩ Nhân dân Trần Hạnh đang điều trị ung thư phổi tại Bệnh viện K; nhiều đồng nghiệp đã đến thăm.')
both('txt', [], neg('a textbook paragraph on methadone treatment.'),
     'Điều trị Methadone là liệu pháp thay thế cho người nghiện các chất dạng thuốc phiện; liều khởi đầu 15–30 mg, tăng dần theo đáp ứng.')
S('vi', 'txt', [], neg('a blank sick-leave certificate form.'),
  'GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI\nHọ và tên: ..................... Ngày sinh: ...........\n'
  'Mã số BHXH: .................\nChẩn đoán và phương pháp điều trị: ...........................\nSố ngày nghỉ: ........')
S('vi', 'txt', [], neg('mock data in a unit test, marked as such, with the placeholder name.'),
  '// mock data cho unit test\nconst benhNhan = {"hoTen": "Nguyễn Văn A", "soCCCD": "000000000000", "chanDoan": "Test"};')
S('en', 'txt', [], neg('the HL7 DG1 segment described in a spec.'),
  'DG1 (diagnosis) segment: DG1|set ID||diagnosis code^description^coding system|…; PID-5 holds the patient name as family^given.')
S('en', 'txt', [], neg('an intranet article on how to request an occupational-health referral.'),
  'How to refer an employee to Occupational Health: complete form OH1, describe the work issue, and get the employee\'s consent '
  'before you mention any diagnosis such as depression or diabetes.')
S('en', 'txt', [], neg('grievance statistics.'),
  'Of the 412 grievances filed in 2025, 37 cited disability discrimination and 12 cited religion or belief.')
S('cs', 'txt', [], neg('a head of state\'s hospitalisation in Czech news.'),
  'Prezident republiky byl podle mluvčího Hradu hospitalizován v Ústřední vojenské nemocnici kvůli plánované operaci kolene.')
S('en', 'txt', [], neg('an SSN from the advertising range in documentation.'),
  'Docs: the sample request uses ssn=987-65-4321, a number reserved for advertising that the service always rejects.')
S('vi', 'txt', [], neg('a mental-health hotline.'),
  'Tổng đài tư vấn sức khỏe tâm thần miễn phí: 1800 599 920 (8h–22h các ngày trong tuần).')
both('txt', [], neg('an anonymised training case with an initial only.'),
     'Tình huống thảo luận: Chị H. (32 tuổi) bị chồng bạo hành nhiều năm nhưng không dám báo chính quyền. '
     'Cán bộ hội phụ nữ nên làm gì?')

# ================================================================ batch 3 — written after batch 2's fixes, blind again
C8 = cccd('049', 'm', 1950, 612048)      # Quảng Nam, man, 1950
C9 = cccd('027', 'f', 2012, 450913)      # Bắc Ninh, girl born 2012
RC4 = rc(83, 5, 27, 519)                 # man, born 27 May 1983
assert rc_ok(RC4)
SSN2 = '523-71-4086'
assert ssn_ok(SSN2)

S('vi', 'txt', [SP], 'A drug-user list pasted from Excel with tabs: a named person in home detox.',
  'DANH SÁCH NGƯỜI SỬ DỤNG TRÁI PHÉP CHẤT MA TÚY – TỔ DÂN PHỐ 6\nSTT\tHọ tên\tNăm sinh\tTình trạng\n'
  '1\tTriệu Văn Khoa\t1996\tĐang cai nghiện tự nguyện tại gia đình\n2\tLục Thị Hiền\t2001\tSử dụng methamphetamine, chưa cai')
S('vi', 'txt', [SP], 'A prenatal check card: a named pregnant woman with pre-eclampsia.',
  'PHIẾU KHÁM THAI\nSản phụ: Cao Thị Hương, 31 tuổi, PARA 1001\nTuổi thai: 29 tuần\nKết luận: tiền sản giật nặng, '
  'chỉ định nhập viện theo dõi.')
S('vi', 'txt', [NID, SP], 'A key=value form post requesting a criminal-record extract, with the conviction.',
  'hoTen=Quach+Van+Loc&soCCCD=' + C8 + '&tinhTrangAnTich=co&toiDanh=Tang+tru+trai+phep+chat+ma+tuy&mucDich=xin+viec')
S('vi', 'txt', [NID, SP], 'A welfare API response: a named child, her ID number and her protection status.',
  '{"code": 0, "data": {"hoTen": "Vừ Thị Pà", "maDinhDanh": "' + C9 + '", "doiTuong": "Trẻ em bị xâm hại tình dục", '
  '"xa": "Mường Lống"}}')
S('vi', 'txt', [NID, SP], 'A SQL dump of people with meritorious service with their injury rate.',
  "INSERT INTO nguoi_co_cong (ho_ten, so_cccd, loai_doi_tuong, ty_le_thuong_tat) VALUES\n"
  "('Hà Văn Tư', '" + C8 + "', 'Thương binh', 81);")
both('txt', [SP], 'A recruitment vetting sheet: family class, religion and a past administrative offence.',
     'PHIẾU THẨM TRA LÝ LỊCH – Ứng viên: Lý Thanh Tùng, sinh năm 1995\nThành phần gia đình: Tư sản\nTôn giáo: Phật giáo\n'
     'Bản thân: có 01 tiền sự năm 2018 (đánh nhau gây rối trật tự công cộng).')
S('cs', 'txt', [SP], 'Czech child-protection (OSPOD) note on a named minor and his mother\'s alcoholism.',
  'Záznam OSPOD: nezletilý Adam Kučera (12 let) – matka závislá na alkoholu, dítě od 1. 11. umístěno do pěstounské péče '
  'u babičky.')
S('cs', 'csv', [NID, SP], 'Czech CSV: birth numbers and a health-restriction column.',
  'jmeno;rodne_cislo;zdravotni_omezeni\nMarek Vlk;' + RC4 + ';epilepsie – neřídit služební vůz')
S('en', 'txt', [SP], 'A pre-sentence report on a named defendant.',
  "PRE-SENTENCE REPORT\nDefendant: Liam O'Connor, 24\nOffence: burglary of a dwelling. Mr O'Connor pleaded guilty at the "
  "first hearing and has two previous convictions for theft.")
S('en', 'txt', [NID, SP], 'A claims-service error log with an SSN and a claimant\'s multiple sclerosis.',
  '2025-12-03 17:40:19 ERROR claims-svc claimant="Julia Martin" ssn=' + SSN2 + ' condition="multiple sclerosis" '
  'msg="benefit rule not found"')
S('en', 'txt', [SP], 'A manager\'s chat: a named employee\'s fit note for stress and anxiety.',
  '[Teams 10:02] FYI Dave Kim is off for 4 weeks, his fit note says work-related stress and anxiety. Please cover his tickets.')

both('txt', [], neg('coverage statistics of people with meritorious service.'),
     'Năm 2025, 100% người có công (2.341 người) được cấp thẻ BHYT; 412 thương binh được điều dưỡng tập trung.')
S('vi', 'txt', [], neg('a spreadsheet header with sensitive columns and no rows.'),
  'STT\tHọ tên\tSố CCCD\tDân tộc\tTôn giáo\tTiền án\tGhi chú')
S('vi', 'txt', [], neg('a data dictionary naming the columns.'),
  'Bảng NGUOI_CO_CONG: ho_ten – họ tên; so_cccd – số CCCD (12 số); ty_le_thuong_tat – tỷ lệ thương tật (%); '
  'toi_danh – không dùng.')
S('en', 'txt', [], neg('a redacted occupational-health note.'),
  'Occupational Health outcome\nEmployee: [REDACTED]\nDiagnosis: [REDACTED]\nOutcome: fit for work with adjustments.')
S('en', 'txt', [], neg('a head of state\'s diagnosis in the news, with the office before the name.'),
  'The White House said President Elena Marsh was diagnosed with skin cancer and had a lesion removed on Friday.')
S('cs', 'txt', [], neg('Czech statistics on foster care.'),
  'V kraji bylo k 31. 12. 2025 v pěstounské péči 1 240 dětí, z toho 380 u prarodičů.')
S('cs', 'csv', [], neg('a Czech CSV header only.'),
  'jmeno;rodne_cislo;zdravotni_omezeni;poznamka\n')
S('en', 'txt', [], neg('a migration test with a placeholder patient.'),
  "-- seed for CI only\nINSERT INTO patients (name, diagnosis) VALUES ('Test Patient', 'N/A');")
both('txt', [], neg('an obstetrics textbook paragraph.'),
     'Tiền sản giật là biến chứng thai kỳ sau tuần 20, biểu hiện tăng huyết áp và protein niệu; điều trị dứt điểm là chấm dứt thai kỳ.')
both('txt', [], neg('an anonymised case: a patient with no name.'),
     'Ca bệnh: bệnh nhân nữ, 28 tuổi (mã BN đã ẩn), nhiễm HIV 6 năm, đang điều trị ARV, vào viện vì sốt kéo dài.')
S('en', 'txt', [], neg('a pre-sentence report template.'),
  'PRE-SENTENCE REPORT (template)\nDefendant: <full name>, <age>\nOffence: <offence>\nPrevious convictions: <list>')

# ================================================================ batch 4 — written after batch 3's fixes, blind again
C10 = cccd('075', 'm', 1990, 283617)     # Đồng Nai, man, 1990
SSN3 = '364-27-5180'
assert ssn_ok(SSN3)

both('txt', [SP], 'A disability certificate: a named woman\'s type and grade of disability.',
     'GIẤY XÁC NHẬN KHUYẾT TẬT\nChủ tịch UBND xã Nậm Lành xác nhận: Bà Lò Thị Ơn, sinh năm 1964\n'
     'Dạng khuyết tật: Khuyết tật vận động\nMức độ khuyết tật: Nặng')
both('txt', [SP], 'A school-violence incident report: a named pupil beaten, soft-tissue injuries.',
     'BÁO CÁO VỤ VIỆC BẠO LỰC HỌC ĐƯỜNG\nHồi 16h ngày 03/12, em Nguyễn Gia Bảo lớp 7A bị 4 bạn đánh hội đồng sau giờ học, '
     'chấn thương phần mềm vùng đầu, đã đưa đi trạm y tế.')
S('vi', 'txt', [SP], 'A child-protection hotline log: a named girl suspected abused by her stepfather.',
  'NHẬT KÝ TỔNG ĐÀI 111 – ca chiều 04/12\n14:05 – Cuộc gọi từ hàng xóm: bé Lê Thị Na, 8 tuổi, xã Bình Minh, nghi bị cha dượng '
  'xâm hại tình dục nhiều lần. Đã chuyển Phòng LĐTBXH huyện.')
S('vi', 'txt', [SP], 'A party member record as JSON: a discipline and its reason.',
  '{"ho_ten": "Trần Đức Long", "chi_bo": "Chi bộ Kế hoạch", "ky_luat": "Cảnh cáo", "ly_do": "vi phạm quy định về đấu thầu", "nam": 2024}')
S('vi', 'txt', [NID], 'An access log: a criminal-record lookup by CCCD with the name URL-encoded.',
  '10.2.4.17 - - [04/Dec/2025:09:12:44 +0700] "GET /api/lltp/tra-cuu?cccd=' + C10 + '&hoTen=Tran%20Van%20Nam HTTP/1.1" 200 512')
both('txt', [SP], 'A drug-test result of a named trainee at a rehab centre.',
     'Kết quả test nhanh ngày 02/12 – Học viên Phạm Quang Vinh (phân đội 3): dương tính với MDMA và ketamine, đề nghị kỷ luật.')
S('cs', 'txt', [SP], 'Czech driver medical assessment: diabetes on insulin.',
  'Lékařský posudek o zdravotní způsobilosti k řízení: pan Karel Bartoš, nar. 1962 – diabetes mellitus na inzulinu, '
  'způsobilý s podmínkou kontroly glykémie.')
S('cs', 'txt', [SP], 'Czech payroll note: distraint deductions of a named employee.',
  'Mzdová účtárna – srážky ze mzdy 12/2025: Zdeněk Hájek má 3 exekuce (EÚ Mgr. Pavel Novák, Praha 2), srážka 8 412 Kč.')
S('en', 'txt', [SP], 'An HR JSON with medical conditions under an employee-name key.',
  '{"employeeName": "Paula Reyes", "dept": "Facilities", "medicalConditions": ["asthma", "migraine"], "evacuationAid": true}')
S('en', 'csv', [SP], 'An HR CSV export with ethnicity and religion columns.',
  'Name,Department,Ethnicity,Religion\nGrace Oduya,Audit,Black African,Christian\nSean Flynn,IT,White Irish,Catholic')
S('en', 'txt', [SP], 'A rewrite request for a tribunal: an employee dismissed after disclosing HIV.',
  'Can you tighten this for the tribunal bundle: "Mr Patel was dismissed two weeks after disclosing his HIV status to his '
  'supervisor."')
S('mixed', 'txt', [SP], 'An English translation request around a discharge paper typed without diacritics.',
  'Translate to English please:\nGIAY RA VIEN\nHo ten nguoi benh: Do Van Hung, 58 tuoi\nChan doan: Xuat huyet nao, tang huyet ap\n'
  'Ra vien ngay 01/12/2025')

S('vi', 'txt', [], neg('a form guide on what to write in the diagnosis field.'),
  'Hướng dẫn ghi Giấy ra viện (Mẫu số 01): mục "Chẩn đoán" ghi tên bệnh chính và mã ICD-10; mục "Phương pháp điều trị" '
  'ghi nội khoa hoặc ngoại khoa.')
both('txt', [], neg('child-protection hotline statistics.'),
     'Năm 2025 Tổng đài 111 nhận 3.204 cuộc gọi, trong đó 412 ca trẻ em bị xâm hại, 96% được chuyển xử lý trong 24 giờ.')
S('en', 'txt', [], neg('a fixture with a declined religion.'),
  '{"name": "Alice Example", "religion": "none", "ethnicity": "not stated"}')
S('en', 'txt', [], neg('a singer who told fans of her own depression.'),
  'Singer Maya Lowe told fans she has been treated for depression and will return to touring in spring.')
S('cs', 'txt', [], neg('a blank Czech driver medical form.'),
  'Lékařský posudek o zdravotní způsobilosti k řízení motorových vozidel (vzor)\nJméno a příjmení: ________ Datum narození: ______\n'
  'Posudkový závěr: způsobilý / nezpůsobilý / způsobilý s podmínkou')
S('vi', 'txt', [], neg('a psychiatric hospital\'s notice with its hotline.'),
  'Bệnh viện Tâm thần tỉnh thông báo: từ 01/01/2026 khám BHYT cả sáng thứ Bảy. Hotline: 0236 3650 111.')
S('en', 'txt', [], neg('an HL7 tutorial\'s sample message with the placeholder patient.'),
  'Sample ADT message from the tutorial:\nPID|1||12345^^^HOSP||DOE^JOHN||19700101|M\nDG1|1||I10^Essential hypertension^I10')
S('vi', 'txt', [], neg('an ICD-10 table excerpt.'),
  'Trích bảng ICD-10 chương V: F20.0 Tâm thần phân liệt thể paranoid; F32.1 Giai đoạn trầm cảm vừa; F41.1 Rối loạn lo âu lan tỏa.')
S('en', 'txt', [], neg('a SQL comment with placeholders.'),
  "-- usage: INSERT INTO patients (name, diagnosis) VALUES ('<name>', '<diagnosis>');\nCREATE INDEX idx_dx ON patients (diagnosis);")
both('txt', [], neg('an anonymised juvenile case in the news (initials).'),
     'Cháu N.T.H. (14 tuổi, ở huyện Mỹ Đức) bị người quen xâm hại; cơ quan điều tra đã khởi tố vụ án, đối tượng bị tạm giam.')

# ================================================================ batch 5 — written after batch 4's fixes, blind again
C11 = cccd('052', 'f', 1978, 904316)     # Bình Định, woman, 1978

S('vi', 'csv', [SP], 'A staff health-check CSV: the health column\'s header 40 rows above a named row.',
  'KET QUA KHAM SUC KHOE DINH KY 2025\nSTT;Ho ten;Nam sinh;Phan loai;Tinh trang suc khoe\n'
  + '\n'.join(f'{i};;;;' for i in range(1, 41)) + '\n41;Dinh Thi Thu Ha;1983;IV;Ung thu vu giai doan 2, dang hoa tri')
S('vi', 'txt', [SP], 'A YAML export of a cadre: religion and ethnicity keys.',
  '- ho_ten: Phan Văn Khỏe\n  nam_sinh: 1969\n  dan_toc: Kinh\n  ton_giao: Cao Đài\n  chuc_vu: Phó trưởng ấp')
S('vi', 'txt', [NID, CT], 'A CCCD QR payload stored in a JSON field.',
  '{"scan_id": 5512, "qr": "' + C11 + '||Võ Thị Bích Thủy|12061978|Nữ|Thôn Vĩnh Lợi, Xã Phước Sơn, Tuy Phước, Bình Định|05092021", "ok": true}')
both('txt', [SP], 'An allowance decision: a named resistance veteran exposed to Agent Orange, work-capacity loss.',
     'Ông Trần Văn Lực, sinh năm 1948, người hoạt động kháng chiến bị nhiễm chất độc hóa học, suy giảm khả năng lao động 61%, '
     'được hưởng trợ cấp hằng tháng từ 01/01/2026.')
S('cs', 'txt', [SP], 'Czech API JSON with a religion key in Czech.',
  '{"jmeno": "Ondřej Pospíšil", "oddeleni": "logistika", "nabozenstvi": "římskokatolické", "stravovani": "bez masa v pátek"}')
S('en', 'txt', [SP], 'A fertility clinic note on a named patient.',
  'Clinic note: Hannah Brooks, 37 – IVF cycle 3 cancelled because of poor ovarian response; counselling offered.')
S('en', 'txt', [SP], 'A form-post log line: a plus-encoded name and an alcohol-dependence diagnosis.',
  'POST /referral 201 patient_name=Oliver+Grant&dob=1981-02-11&dx=F10.2+alcohol+dependence&gp=Dr+Shah')
S('en', 'eml', [SP], 'A grievance e-mail: a named employee mocked for his religion.',
  'Subject: Grievance – Ahmed Karimi\n\nAhmed says two colleagues mock him for praying at work and call him names because he is Muslim.')
S('mixed', 'txt', [SP], 'A Czech hospital note on a Vietnamese patient.',
  'Pacientka Nguyễn Thị Lan (nutná tlumočnice) – dg. karcinom děložního čípku, plánována radioterapie od 8. 12.')

S('vi', 'txt', [], neg('a YAML template with empty religion and ethnicity keys.'),
  '- ho_ten: ""\n  nam_sinh: null\n  dan_toc: null\n  ton_giao: ""\n  chuc_vu: ""')
both('txt', [], neg('national HIV figures quoted from a minister.'),
     'Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết cả nước có khoảng 249.000 người nhiễm HIV còn sống, 180.000 người đang điều trị ARV.')
S('en', 'txt', [], neg('a blank grievance form.'),
  'GRIEVANCE FORM\nEmployee name: __________\nNature of grievance (e.g. discrimination on grounds of religion, disability): __________')
S('cs', 'txt', [], neg('Czech law text on the criminal register.'),
  'Podle § 11 zákona č. 269/1994 Sb. se do opisu z evidence Rejstříku trestů uvádějí i zahlazená odsouzení.')
S('vi', 'txt', [], neg('a documented QR example with a zero ID and the placeholder name.'),
  'Ví dụ chuỗi QR (dữ liệu mẫu): 000000000000||NGUYEN VAN A|01011990|Nam|Số 1 đường ABC, Phường X, Quận Y|01012021')
S('en', 'txt', [], neg('a fertility clinic\'s advert with success rates.'),
  'Our IVF success rate for women under 35 was 32% per embryo transfer in 2025 (HFEA verified).')
S('en', 'txt', [], neg('a log with a hashed patient id and a redacted diagnosis.'),
  'POST /referral 201 patient_id=9f3a61c2 dx=REDACTED gp=REDACTED latency=88ms')
both('txt', [], neg('an anonymised patient with initials in a hospital report.'),
     'Bệnh nhân Đ.T.M. (52 tuổi, Hải Dương) nhập viện ngày 02/12 trong tình trạng hôn mê do ngộ độc rượu, hiện đã tỉnh.')
S('cs', 'txt', [], neg('Czech census statistics on religion.'),
  'Při sčítání 2021 se k římskokatolické církvi přihlásilo 741 tisíc obyvatel, tj. 7 % populace.')

if __name__ == '__main__':
    write_personal_round(V, 'round40', 'p40')
