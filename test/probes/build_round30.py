#!/usr/bin/env python3
"""Builds test/probes/round30.jsonl (round 30 of the held-out-style probes, written blind): sensitive facts told in
sentences and identifiers in tables and records, in kinds no earlier round held — a fact far from the name it belongs to
(the person named by a title or a pronoun a few sentences on), a performance review, a sick-visit or condolence note of
a trade union, a hardship-fund request for a child's grave illness, a denunciation letter naming an affair, debts and
gambling, a police summons, a school counsellor's note, a Czech "posudek" and "lékařská zpráva", an English incident
report, ethnicity and religion columns of a cadre table, a private person's party membership and political views, a
union membership, a prenatal genetic test, a voice print; identifiers in a personnel system's JSON and CSV exports, a
header several lines above its value, typo'd labels ("so CCCD", "CCDC", "căn cước công dân số"), an old 9-digit CMND, a
birth number without its slash in a table, a 10-digit BHXH number, a household business's tax code — and their hard
negatives: anonymised case studies, medical guidance, insurance brochures, job adverts with health requirements,
statistics by ethnicity and religion, public celebrity news, a novel's synopsis, blank forms and sample numbers in
instructions. Stdlib only; every identifier is generated and checked here. Batch 2 (ids continuing) was written after
the fixes to batch 1, blind again."""

from probe_ids import cccd, mst, mst_ok, personal_sampler, rc, rc_ok, ssn_ok, write_personal_round

V, S, both = personal_sampler()
SP, NID, FIN, CT = 'sensitive-personal', 'national-id', 'financial', 'contact'


def neg(note):
    return 'Hard negative: ' + note


# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('031', 'f', 1988, 402517)      # Hải Phòng, woman, 1988
C2 = cccd('038', 'm', 1979, 113094)      # Thanh Hóa, man, 1979
C3 = cccd('001', 'm', 2001, 870245)      # Hà Nội, man, 2001
CMND = '172394856'                       # an old 9-digit CMND (no check digit)
BHXH = '3112045786'                     # a 10-digit social-insurance book number
MST_HKD = mst('801245367')               # a household business's personal tax code
assert mst_ok(MST_HKD)
RC1 = rc(84, 3, 17, 412).replace('/', '')            # man, born 17 March 1984, written without the slash
RC2 = rc(91, 11, 2, 233, female=True).replace('/', '')  # woman, born 2 November 1991
assert rc_ok(RC1) and rc_ok(RC2)

# ================================================================ batch 1 — sensitive facts told in sentences (Vietnamese)
both('txt', [SP], 'The person named by a title, the fact three sentences on after a pronoun.',
     'Về nhân sự phòng Tổ chức: đồng chí Trưởng phòng Lê Quang Huy đã công tác tại đơn vị 12 năm. '
     'Năm nay đồng chí được giao thêm mảng thi đua. Đề nghị các phòng phối hợp. '
     'Anh ấy đang điều trị HIV nên tháng này xin giảm bớt các chuyến công tác xa.')
both('txt', [SP], 'A yearly performance review naming depression as the reason for a weak year.',
     'ĐÁNH GIÁ XẾP LOẠI CÔNG CHỨC NĂM 2025\nHọ và tên: Vũ Thị Thanh Nga\nNhận xét: Năm qua đồng chí bị trầm cảm sau sinh, '
     'phải nghỉ điều trị 3 tháng nên chưa hoàn thành 2 chỉ tiêu.\nXếp loại: Hoàn thành nhiệm vụ')
both('txt', [SP], 'A trade union\'s sick-visit note naming a member\'s liver cancer.',
     'Công đoàn cơ sở đề nghị chi 2.000.000đ thăm hỏi đoàn viên Nguyễn Hữu Tài (tổ Bảo trì) đang nằm viện điều trị '
     'ung thư gan giai đoạn cuối tại Bệnh viện Việt Đức.')
both('txt', [SP], 'A hardship-fund request: a named worker\'s child has leukaemia.',
     'ĐƠN ĐỀ NGHỊ HỖ TRỢ HOÀN CẢNH KHÓ KHĂN\nTôi là Đặng Văn Toàn, công nhân xưởng 3. Con gái tôi là cháu Đặng Bảo Ngọc, '
     '6 tuổi, bị bệnh bạch cầu cấp, đang điều trị tại Viện Huyết học, chi phí mỗi đợt hơn 40 triệu đồng.')
both('txt', [SP], 'A denunciation letter naming a manager\'s affair, debts and gambling.',
     'ĐƠN TỐ CÁO\nTôi tố cáo ông Phạm Đình Khôi, Phó Giám đốc chi nhánh, có quan hệ bất chính với nhân viên dưới quyền, '
     'nợ nần hơn 2 tỷ đồng do cờ bạc bóng đá và thường xuyên vay tiền của cấp dưới.')
both('txt', [SP, NID], 'A police summons naming the summoned person, the offence and her CCCD.',
     'GIẤY TRIỆU TẬP\nCông an quận Ngô Quyền triệu tập bà Trịnh Thị Hoa, số CCCD ' + C1 + ', có mặt lúc 8h00 ngày 15/12 '
     'tại trụ sở để làm việc về hành vi lừa đảo chiếm đoạt tài sản.')
both('txt', [SP], 'A school counsellor\'s note on a named pupil\'s self-harm.',
     'Ghi chép tư vấn tâm lý học đường – em Lý Minh Khang, lớp 9A2: em có biểu hiện tự làm đau bản thân (vết cắt ở cổ tay), '
     'đã báo phụ huynh và đề nghị đưa em đi khám chuyên khoa tâm thần nhi.')
both('txt', [SP], 'A cadre profile table with ethnicity and religion columns filled in.',
     'DANH SÁCH TRÍCH NGANG CÁN BỘ QUY HOẠCH\nSTT | Họ và tên | Năm sinh | Dân tộc | Tôn giáo | Chức vụ\n'
     '1 | Hoàng Văn Páo | 1982 | H\'Mông | Tin Lành | Phó Chủ tịch xã\n2 | Lò Thị Xuân | 1986 | Thái | Không | Cán bộ Tư pháp')
both('txt', [SP], 'A private person\'s political views told in a neighbourhood report.',
     'Tổ dân phố báo cáo: ông Quách Văn Lộc ở số 14 thường xuyên đăng bài ủng hộ đa đảng và kêu gọi biểu tình trên Facebook.')
both('txt', [SP], 'Sexual life: two named colleagues\' affair in a complaint e-mail.',
     'Em xin phản ánh: anh Tô Minh Đức và chị Hà Thu Trang bên kế toán ngoại tình với nhau, tuần nào cũng thuê nhà nghỉ sau giờ làm.')
both('txt', [SP], 'A prenatal genetic test (NIPT) result of a named pregnant woman.',
     'Kết quả xét nghiệm NIPT – Sản phụ: Mai Thị Bích Phương, 32 tuổi, thai 12 tuần: nguy cơ cao hội chứng Down (Trisomy 21).')
# identifiers in tables and records (Vietnamese)
both('txt', [NID], 'A personnel system\'s JSON export with the citizen ID under a snake_case key.',
     '[{"ma_nv": "NV0412", "ho_ten": "Cao Văn Thắng", "ngay_sinh": "1979-06-02", "so_cccd": "' + C2 + '", "phong_ban": "Kho vận"}]')
both('txt', [NID], 'A typo\'d label: "căn cước công dân số" before the number.',
     'Em là Nguyễn Đức Anh, căn cước công dân số ' + C3 + ', cấp ngày 10/4/2021, nhờ chị làm giúp thủ tục bảo lãnh.')
both('txt', [NID], 'An old 9-digit CMND with its label in a contract party block.',
     'BÊN B: Ông Dương Văn Mạnh\nSinh năm: 1975\nCMND số: ' + CMND + ' do Công an Thanh Hóa cấp ngày 03/08/2009')
both('txt', [NID], 'A 10-digit social-insurance book number with its label.',
     'Chị ơi số sổ BHXH của em là ' + BHXH + ', chị kiểm tra giúp em đã chốt sổ chưa ạ.')
both('txt', [FIN], 'A household business\'s tax code with the owner\'s name.',
     'Hộ kinh doanh Tạp hóa Minh Châu – chủ hộ Trần Thị Minh Châu – MST: ' + MST_HKD + ', địa chỉ chợ Đồng Xoài.')
# hard negatives (Vietnamese)
both('txt', [], neg('an anonymised case study: patient by sex and age only.'),
     'Ca lâm sàng: bệnh nhân nam, 45 tuổi, tiền sử đái tháo đường type 2, vào viện vì đau ngực trái, '
     'điện tâm đồ có ST chênh lên, được can thiệp mạch vành cấp cứu.')
both('txt', [], neg('an insurance product brochure naming grave illnesses.'),
     'Gói bảo hiểm An Tâm chi trả 100% số tiền bảo hiểm khi người được bảo hiểm mắc một trong 42 bệnh hiểm nghèo như '
     'ung thư, đột quỵ, suy thận giai đoạn cuối.')
both('txt', [], neg('a job advert listing health requirements.'),
     'Tuyển 20 bảo vệ: nam, cao từ 1m65, sức khỏe tốt, không mắc bệnh truyền nhiễm, không có tiền án tiền sự.')
both('txt', [], neg('statistics by ethnicity and religion, no person.'),
     'Toàn tỉnh có 32 dân tộc, dân tộc Kinh chiếm 58%, Tày 12%; có 4 tôn giáo với khoảng 95.000 tín đồ Công giáo và Tin Lành.')
both('txt', [], neg('a blank cadre form with empty ethnicity and religion fields.'),
     'Họ và tên: ………………………\nDân tộc: ………… Tôn giáo: …………\nSố CCCD: ……………………\nTình trạng sức khỏe: …………')
both('txt', [], neg('a sample number in filling instructions.'),
     'Hướng dẫn: ô "Số CCCD" ghi đủ 12 chữ số, ví dụ 001099xxxxxx; ô "Số sổ BHXH" ghi 10 chữ số như trên sổ.')
both('txt', [], neg('a novel\'s synopsis with a fictional character\'s illness.'),
     'Tóm tắt tiểu thuyết: nhân vật Thúy, cô gái làng chài, mắc bệnh lao và dần mất niềm tin vào tình yêu của Tân.')

# ================================================================ Czech
S('cs', 'txt', [SP], 'A Czech employee evaluation ("posudek") naming an alcohol problem.',
  'Pracovní posudek – Ing. Roman Kučera\nJmenovaný je odborně zdatný, ale v posledním roce opakovaně přišel do práce pod vlivem '
  'alkoholu a absolvoval léčbu závislosti.')
S('cs', 'txt', [SP], 'A Czech medical report ("lékařská zpráva") with a named patient and diagnosis.',
  'LÉKAŘSKÁ ZPRÁVA\nPacientka: Věra Novotná, nar. 1968\nDg.: diabetes mellitus 2. typu, hypertenze\nDoporučení: kontrola za 3 měsíce.')
S('cs', 'txt', [SP], 'Czech: a named private person\'s party membership and views.',
  'Soused Karel Vlček je členem Komunistické strany a na schůzi SVJ rozdával letáky proti NATO.')
S('cs', 'txt', [SP], 'Czech: a named employee\'s trade-union membership.',
  'Pro mzdovou účtárnu: paní Ilona Brabcová je od ledna členkou odborové organizace, strhávejte jí příspěvek 1 %.')
S('cs', 'csv', [NID], 'Czech staff table: birth numbers without the slash.',
  'Příjmení;Jméno;RČ;Oddělení\nHájek;Martin;' + RC1 + ';sklad\nKolářová;Petra;' + RC2 + ';účtárna')
S('cs', 'txt', [], neg('Czech anonymised case in a medical lecture.'),
  'Kazuistika: žena, 52 let, s anamnézou hypertenze, přijata pro dušnost; echokardiografie prokázala chlopenní vadu.')
S('cs', 'txt', [], neg('Czech job advert with health requirements.'),
  'Hledáme řidiče MHD: podmínkou je zdravotní způsobilost, čistý trestní rejstřík a řidičský průkaz sk. D.')
S('cs', 'txt', [], neg('Czech statistics by religion.'),
  'Při sčítání 2021 se k církvi římskokatolické přihlásilo 741 tisíc obyvatel, bez vyznání bylo 47,8 %.')
S('cs', 'txt', [], neg('Czech public celebrity news.'),
  'Zpěvačka Helena Vondráčková v rozhovoru pro ČT řekla, že se po operaci kolena cítí dobře a v létě vystoupí.')
S('cs', 'txt', [], neg('a Czech blank form.'),
  'Jméno a příjmení: ____________\nRodné číslo: ____________\nZdravotní pojišťovna: ____________')

# ================================================================ English
S('en', 'txt', [SP], 'An incident report: a named employee injured and taken to hospital.',
  'INCIDENT REPORT #2291\nDate: 04/11/2025, Loading bay 2\nInjured person: Kevin Marsh (forklift operator)\n'
  'Description: fractured left wrist and concussion after a fall; taken to St James hospital by ambulance.')
S('en', 'txt', [SP], 'A performance review: a named employee\'s panic disorder.',
  'Mid-year review – Priya Shah: output dipped in Q2 while she was on medication for panic disorder; goals adjusted.')
S('en', 'txt', [SP], 'A named private person\'s voice print enrolled for phone banking.',
  'Customer Adam Kowalski completed voice biometric enrolment today; his voiceprint is stored for telephone banking.')
S('en', 'txt', [SP], 'A condolence and welfare note: a named colleague\'s son in intensive care after an overdose.',
  'Welfare fund: please support Linda Carver, whose son is in intensive care after an overdose; collection at reception.')
S('en', 'txt', [SP], 'A school counsellor\'s note on a named pupil\'s eating disorder.',
  'Counsellor note: Maisie Holt (Year 10) disclosed she has been making herself sick after meals; referred to CAMHS.')
S('en', 'txt', [], neg('medical guidance with no person.'),
  'Adults with panic disorder usually respond to cognitive behavioural therapy; SSRIs are the first-line medication.')
S('en', 'txt', [], neg('public celebrity news.'),
  'Actor Michael J. Fox has spoken publicly about living with Parkinson\'s disease since his 1998 announcement.')
S('en', 'txt', [], neg('an anonymised incident summary.'),
  'Q3 safety summary: 4 minor injuries, 1 lost-time incident (a worker fractured a wrist), no hospital admissions overnight.')
S('en', 'txt', [], neg('a fictional synopsis.'),
  'Synopsis: Detective Harry Cole battles alcoholism while hunting a killer through the fog of 1950s London.')
S('en', 'txt', [], neg('sample IDs in instructions.'),
  'Enter the employee number as shown on the badge, e.g. E-000123; do not enter a social security number.')

# ================================================================ mixed
S('mixed', 'txt', [SP], 'English request around a Vietnamese sick-visit note.',
  'Please translate into English for the regional office: "Đoàn đã đến thăm đồng chí Bùi Văn Khải, đang chạy thận '
  'nhân tạo 3 buổi/tuần tại Bệnh viện Bạch Mai."')
S('mixed', 'txt', [NID], 'Vietnamese request around a CSV export with CCCD numbers under an English header.',
  'Chuẩn hóa giúp em file này:\nEmployeeID,FullName,NationalID,Dept\nE104,Tran Van Long,' + C2 + ',Logistics\n'
  'E105,Do Thi Hue,' + C1 + ',HR')
S('mixed', 'txt', [], neg('English request around Vietnamese ethnic statistics.'),
  'Summarise: "Dân tộc thiểu số chiếm 14,7% dân số cả nước, tỷ lệ hộ nghèo là 21%."')

# ================================================================ batch 2 — written after batch 1's fixes, blind again
C4 = cccd('052', 'f', 1995, 338120)      # Bình Định, woman, 1995
C5 = cccd('075', 'm', 1990, 47311)       # Đồng Nai, man, 1990
BHXH2 = '7912403358'
SSN = '512-38-4471'
assert ssn_ok(SSN)
CZ_OP2 = '217440958'                     # 9 digits: a Czech ID card

both('txt', [SP], 'A headmaster named in the first sentence, his cancer told after "thầy ấy" two sentences on.',
     'Thông báo tới phụ huynh lớp 4B: thầy Hiệu trưởng Trương Công Định sẽ vắng mặt trong lễ tổng kết. '
     'Nhà trường đã phân công cô Phó Hiệu trưởng thay. Thầy ấy vừa phát hiện bị u não và đang chờ mổ ở Sài Gòn.')
both('txt', [SP], 'Minutes of a review meeting on a named driver\'s drink-driving penalty.',
     'BIÊN BẢN HỌP KIỂM ĐIỂM\nĐối tượng kiểm điểm: Nông Văn Thuận, lái xe đội 2\nNội dung: ngày 02/11 bị CSGT xử phạt do vi phạm '
     'nồng độ cồn mức 3, bị tước giấy phép lái xe 22 tháng.')
both('txt', [SP], 'A health check-up table: each named worker\'s health class and finding.',
     'KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ 2025\nHọ tên | Năm sinh | Phân loại | Kết luận\nTừ Văn Khoa | 1980 | Loại III | Viêm gan B mạn, '
     'tăng men gan\nLâm Thị Hòa | 1992 | Loại II | Cận thị')
both('txt', [SP], 'A poor-household support request: the named applicant\'s husband is mentally ill.',
     'Xác nhận hoàn cảnh: gia đình chị Kim Thị Lành thuộc hộ nghèo, chồng chị bị tâm thần không lao động được, hai con đang đi học.')
both('txt', [SP], 'An electronic medical record exported as JSON: patient and diagnosis keys.',
     '{"benh_nhan": "Nghiêm Xuân Trường", "nam_sinh": 1969, "chan_doan": "Xơ gan do rượu, giãn tĩnh mạch thực quản", "khoa": "Tiêu hóa"}')
both('txt', [NID], 'A table whose header is four lines above the numbers.',
     'DANH SÁCH ĐOÀN VIÊN ĐƯỢC CẤP THẺ\nĐợt 2 – tháng 11/2025\nSTT  Họ và tên  Số định danh cá nhân\n\n'
     '1  Phí Thị Ngân  ' + C4 + '\n2  Quản Văn Hào  ' + C5)
S('vi', 'txt', [NID], 'A citizen ID after a lower-case plain label "so cccd" in a chat.',
  'a oi so cccd cua em la ' + C5 + ' nhe, ten Do Van Hung, a dien giup em vao don')
both('txt', [NID], 'A typo\'d label "CCDC" before the number.',
     'Họ tên người nhận: Vương Thị Lan – CCDC: ' + C4 + ' – nhận thay hàng cho công ty.')
both('txt', [NID], 'A social-insurance code column in a list.',
     'STT,Họ tên,Mã số BHXH,Mức đóng\n1,Diệp Minh Quân,' + BHXH2 + ',6.500.000\n2,Đàm Thị Thu,0125583001,5.200.000')
both('txt', [], neg('a teaching example with the placeholder name "Nguyễn Văn A".'),
     'Ví dụ cách ghi bệnh án: Bệnh nhân Nguyễn Văn A, 45 tuổi, bị tiểu đường type 2, vào viện vì hôn mê hạ đường huyết.')
both('txt', [], neg('a blank hardship-fund form.'),
     'Mẫu đơn đề nghị hỗ trợ\nHọ tên người đề nghị: …………\nHoàn cảnh gia đình (bệnh tật, tai nạn): …………………\nSố tiền đề nghị: …………')
both('txt', [], neg('a company\'s drug-testing policy, no person.'),
     'Quy định: lái xe của công ty được xét nghiệm ma túy ngẫu nhiên mỗi quý; người dương tính sẽ bị tạm đình chỉ công việc.')
both('txt', [], neg('a literature lesson on a fictional character\'s drinking.'),
     'Bài giảng Ngữ văn 11: nhân vật Chí Phèo trong truyện của Nam Cao say rượu triền miên, bị xã hội cự tuyệt quyền làm người.')
both('txt', [], neg('HIV statistics by province.'),
     'Tính đến tháng 9/2025, tỉnh ghi nhận 3.214 người nhiễm HIV còn sống, 82% đang điều trị ARV tại 6 cơ sở.')
both('txt', [], neg('a sample CCCD in a form guide.'),
     'Ô số 5 ghi số CCCD 12 số, ví dụ 0xx0xxxxxxxx; không dùng số CMND 9 số cũ.')

S('cs', 'txt', [SP], 'Czech fitness-for-work assessment of a named employee.',
  'Lékařský posudek o zdravotní způsobilosti: zaměstnanec Vladimír Kratochvíl je pro práci ve výškách zdravotně nezpůsobilý (epilepsie).')
S('cs', 'txt', [SP], 'Czech: a named colleague\'s faith told in a sentence.',
  'Kolega Emil Svoboda je praktikující muslim, v pátek v poledne chodí na modlitbu, směny mu tak plánujte.')
S('cs', 'csv', [NID], 'Czech personnel export with an ID-card number column.',
  'osobni_cislo;jmeno;prijmeni;cislo_op;stredisko\n1042;Lenka;Šimková;' + CZ_OP2 + ';Brno')
S('cs', 'txt', [], neg('Czech anonymised court decision.'),
  'Obžalovaný J. N. (nar. 1985) byl uznán vinným z krádeže; soud mu uložil peněžitý trest.')
S('cs', 'txt', [], neg('Czech insurer\'s brochure on fitness assessments.'),
  'Posudek o zdravotní způsobilosti vydává poskytovatel pracovnělékařských služeb; zaměstnavatel hradí prohlídku.')
S('cs', 'txt', [], neg('Czech celebrity news.'),
  'Tenistka Petra Kvitová po porodu syna oznámila, že se na kurty vrátí příští sezónu.')

S('en', 'txt', [SP], 'A GP referral letter with a named patient\'s condition.',
  'Re: Mrs Joan Pike, DOB 12/03/1958\nThank you for seeing this lady with new atrial fibrillation and a TIA last week.')
S('en', 'txt', [SP], 'An incident log: a named employee\'s seizure at work.',
  'Incident log 14:05 – Sarah Nolan (Accounts) had a seizure at her desk; first aider attended, ambulance called.')
S('en', 'txt', [SP], 'Payroll note: a named employee\'s union dues (union membership).',
  'Payroll: start deducting Unite union dues for Mark Ellis from December, he joined the union last week.')
S('en', 'txt', [NID], 'A JSON export from an HR system with an SSN key.',
  '{"employee_id": 4471, "name": "Dana Whitmore", "ssn": "' + SSN + '", "hire_date": "2019-04-01"}')
S('en', 'txt', [], neg('a job advert requiring checks.'),
  'Warehouse operatives wanted: must pass a pre-employment drug test and an enhanced DBS check.')
S('en', 'txt', [], neg('celebrity health news.'),
  'Singer Celine Dion revealed in 2022 that she had been diagnosed with stiff person syndrome.')

S('mixed', 'txt', [SP], 'English request around a Czech medical report.',
  'Translate for the insurer: "Pacient Zdeněk Holub, nar. 1961, dg. chronická obstrukční plicní nemoc, kuřák."')
S('mixed', 'txt', [], neg('Vietnamese question around an English guidance text.'),
  'Dịch giúp: "Seizures are usually over within two minutes; do not restrain the person, time the seizure."')

# ================================================================ batch 3 — written after batch 2's fixes, blind again
C6 = cccd('026', 'm', 1987, 905512)      # Vĩnh Phúc, man, 1987
RC3 = rc(77, 8, 25, 618)                 # man, born 25 August 1977
assert rc_ok(RC3)
US_PP = '567834129'                      # a 9-digit US passport book number

both('txt', [SP], 'A colleague\'s pregnancy said colloquially ("mang bầu") in a shift chat.',
     'Ca tối tuần sau đừng xếp chị Ninh Thị Hằng trực kho lạnh nhé, chị ấy đang mang bầu tháng thứ 4.')
both('txt', [SP], 'A named employee\'s fingerprint data updated on the time clock.',
     'Phòng HC đã cập nhật dữ liệu vân tay của anh Hoàng Đức Lương vào máy chấm công cổng B, từ mai anh ấy quét vân tay bình thường.')
both('txt', [SP], 'A named colleague\'s loan-shark debts in a warning message.',
     'Cảnh báo nội bộ: anh Khổng Văn Tú vay tín dụng đen gần 300 triệu, xã hội đen đã đến tận công ty đòi nợ.')
both('txt', [SP], 'A named former member of an outlawed organisation in a vetting note.',
     'Thẩm tra lý lịch: ông Lường Văn Chiến có em trai từng tham gia tổ chức phản động, hiện đang sống ở nước ngoài.')
both('txt', [CT], 'A permanent-residence address after the abbreviation "HKTT".',
     'Ứng viên: Thạch Thị Sa Rây, SN 1998, HKTT: ấp Phước Thiện, xã Trường Long Hòa, huyện Duyên Hải, tỉnh Trà Vinh.')
both('txt', [NID], 'A table with the ID column header five lines above the numbers.',
     'BẢNG TỔNG HỢP HỌC VIÊN LỚP BỒI DƯỠNG\nKhóa 12 – 2025\n\nCột: Họ tên | Đơn vị | Số CCCD\n(đã đối chiếu bản gốc)\n\n'
     'Giáp Văn Khởi | UBND xã | ' + C6)
both('txt', [], neg('a loan-shark warning of the police, no person.'),
     'Công an tỉnh cảnh báo thủ đoạn cho vay tín dụng đen qua ứng dụng, lãi suất lên đến 1.000%/năm.')
both('txt', [], neg('a time-clock guide on fingerprint data, no person.'),
     'Hướng dẫn: dữ liệu vân tay được lưu trên máy chấm công, nhân viên mới đăng ký tại phòng Hành chính.')
both('txt', [], neg('a pregnancy nutrition leaflet.'),
     'Bà bầu tháng thứ 4 nên bổ sung sắt, canxi và axit folic; tránh ăn đồ sống và uống rượu bia.')
both('txt', [], neg('a blank residence field on an application form.'),
     'Họ tên: ………………  Ngày sinh: ………  HKTT: ……………………………  Chỗ ở hiện nay: ………………')

S('cs', 'txt', [SP], 'Czech: a named colleague is a victim of sexual violence (told in a sentence).',
  'Prosím o diskrétnost: kolegyně Tereza Vaňková byla loni znásilněna a soud s pachatelem začíná v březnu.')
S('cs', 'txt', [NID], 'Czech insurance-number column (the birth number) in a list.',
  'Seznam pojištěnců\nJméno;Číslo pojištěnce;Pojišťovna\nZbyněk Pokorný;' + RC3 + ';111')
S('cs', 'txt', [SP], 'Czech: a named neighbour\'s drug use told in a complaint.',
  'Stížnost výboru SVJ: pan Lukáš Pešek z bytu 12 užívá pervitin, v noci je v domě hluk a cizí lidé.')
S('cs', 'txt', [], neg('Czech sample ID card in a guide.'),
  'Vzor občanského průkazu: číslo dokladu 000000000 je uvedeno vpravo nahoře, jméno Jan Novák je vzorové.')
S('cs', 'txt', [], neg('Czech statistics on drug use.'),
  'Pervitin podle výroční zprávy užívá v Česku asi 35 tisíc lidí, nejvíce v Ústeckém kraji.')

S('en', 'txt', [SP], 'An HR equality record with a sexual-orientation and religion field.',
  'Staff record – Owen Harte\nDepartment: Estates\nSexual orientation: Gay\nReligion: Sikh\nDisability: None declared')
S('en', 'txt', [SP], 'A whistleblowing report: a named manager\'s cocaine use at work.',
  'Whistleblowing report: I have seen Brian Foley, night manager, taking cocaine in the staff toilets on three shifts.')
S('en', 'txt', [NID], 'A JSON booking export with a passport number key.',
  '{"guest": "Melissa Grant", "nationality": "US", "passportNo": "' + US_PP + '", "checkIn": "2025-12-01"}')
S('en', 'txt', [], neg('a survey table by religion.'),
  'Religion: Christian 46.2%, No religion 37.2%, Muslim 6.5%, Hindu 1.7% (Census 2021, England and Wales).')
S('en', 'txt', [], neg('an equality form with empty fields.'),
  'Sexual orientation: ______  Religion: ______  (optional, answers are anonymous)')

S('mixed', 'txt', [SP], 'Vietnamese request around an English staff record with a religion field.',
  'Dịch sang tiếng Việt giúp em: "Staff record – Farah Qureshi, Payroll. Religion: Muslim. Requests prayer breaks at 13:00."')
S('mixed', 'txt', [], neg('English question around a Vietnamese health leaflet.'),
  'What does this mean? "Người bệnh tiểu đường nên kiểm tra đường huyết mỗi sáng."')

if __name__ == '__main__':
    write_personal_round(V, 'round30', 'p30')
