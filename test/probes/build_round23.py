#!/usr/bin/env python3
"""Builds test/probes/round23.jsonl (round 23 of the held-out-style probes, written blind: personal data, sensitive
personal data and identifiers of kinds no earlier round held — sensitive facts told in a sentence rather than a form
(depression, HIV, a miscarriage, addiction, chemotherapy, an affair), biometric and genetic data (face-ID and
fingerprint enrolment lists, DNA paternity and gene tests), location trails of a named person (GPS points, check-in
logs), a person's credit standing (bad-debt group, credit score, insolvency), political views in an HR or party note,
ethnicity and religion fields in a CV, children's health; identifiers in new layouts (a CCCD written in dotted
groups, a passport number in a flight booking, a BHXH number in a chat, a rodné číslo without its slash in a table,
an account with its bank in the next column, an IBAN split over two lines, a phone number written with dots or in
words, a US passport card, an NHS number in a letter, a health-plan member id) — and their hard negatives: disease
statistics, anonymised cases in news, officials in news, hotlines, invalid numbers in tutorials, product codes,
sports scores, timestamps, a disease in a headline, an office's mailbox, an organisation's donation account).
Stdlib only; every identifier is generated and checked here (valid for positives, deliberately failing or not
personal for negatives). Decisions taken by the contract and domain.md are stated in the notes."""

from probe_ids import cccd, czacct, czpart_ok, iban, mod97, nhs, nhs_ok, rc, rc_ok, strip
from probe_ids import personal_sampler, write_personal_round

# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('036', 'm', 1995, 12345)       # Nam Định, man, 1995
C2 = cccd('079', 'f', 1989, 402117)      # HCMC, woman, 1989
C_DOT = '.'.join(C1[i:i + 3] for i in range(0, 12, 3))
PP1 = 'C8123456'                         # Vietnamese passport: a letter and 7 digits
BHXH1 = '0125678943'
VTB1 = '108867294351'                    # VietinBank personal account (no public check digit)
ACB1 = '21874569'
ORG_ACCT = '118000123456'                # a provincial children's fund's published account
PHONE_DOT = '098.645.3217'
R1 = rc(85, 6, 12, 448, female=True)     # woman, table without the slash
R1_PLAIN = R1.replace('/', '')
R2 = rc(72, 11, 3, 210)
RBAD = '7801011234'                      # fails the mod-11 check on purpose
for r in (R1, R2):
    assert rc_ok(r), r
assert not rc_ok(RBAD)
CZN = czacct('192000145')
assert czpart_ok(CZN)
CZ_IBAN = iban('CZ', '0800' + '000000' + CZN)
assert mod97(CZ_IBAN) == 1 and len(CZ_IBAN) == 24
CZ_IBAN_G = ' '.join(CZ_IBAN[i:i + 4] for i in range(0, 24, 4))
NHS1 = nhs('401023213')
assert nhs_ok(NHS1)
NHS1_S = f'{NHS1[:3]} {NHS1[3:6]} {NHS1[6:]}'
NHS_BAD = '401 023 2138'                 # last digit changed: fails the mod-11 check
assert not nhs_ok(NHS_BAD)
USPC = 'C03005988'                       # US passport card: C and 8 digits
MEMBER = 'XEH927341065'

V, S, both = personal_sampler()


# ================================================================ Vietnamese (with and without diacritics)
both('txt', ['sensitive-personal'],
     'Chat sentence, no form: a named colleague is being treated for depression.',
     '[09:12] Hạnh: Mọi người nhẹ nhàng với chị Lan phòng kế toán nhé, chị ấy đang điều trị trầm cảm, '
     'tuần nào cũng phải đi khám ở Bạch Mai.')
both('txt', ['sensitive-personal'],
     'Gossip in a chat: a named colleague has HIV.',
     'Nghe bảo anh Tuấn bên IT bị HIV đấy, đang uống thuốc hằng ngày, đừng kể với ai nhé.')
both('txt', ['sensitive-personal'],
     'Leave request told in a sentence: a named man\'s wife had a miscarriage.',
     'Anh Nam xin nghỉ 3 ngày vì vợ anh ấy mới bị sảy thai ở tuần thứ 10, phải nằm viện theo dõi.')
both('txt', ['sensitive-personal'],
     'Face-ID enrolment list for the time clock: each named employee\'s face template and fingerprint captured.',
     'DANH SÁCH ĐĂNG KÝ SINH TRẮC HỌC MÁY CHẤM CÔNG\n'
     '1. Nguyễn Văn Hòa – đã lấy mẫu khuôn mặt (3 ảnh), vân tay ngón trỏ phải\n'
     '2. Đỗ Thị Hằng – đã lấy mẫu khuôn mặt (3 ảnh), vân tay ngón cái trái\n'
     '3. Bùi Quốc Việt – chưa lấy vân tay (ngón tay bị thương)')
both('txt', ['sensitive-personal'],
     'DNA paternity test result naming the tested man and child.',
     'KẾT QUẢ XÉT NGHIỆM ADN HUYẾT THỐNG\nNgười thứ nhất: ông Trần Văn Bình\nNgười thứ hai: cháu Trần Minh Khôi\n'
     'Kết luận: ông Trần Văn Bình là cha đẻ của cháu Trần Minh Khôi với xác suất 99,9999%.')
both('txt', ['sensitive-personal'],
     'A named officer\'s movements reconstructed from GPS points (location data of a person).',
     'Lịch trình di chuyển của anh Phạm Đức Thắng ngày 12/3 (từ định vị điện thoại):\n'
     '07:45 nhà riêng (21.02851, 105.85423)\n08:20 cơ quan (21.03312, 105.81477)\n'
     '12:10 quán cà phê (21.01960, 105.84110)\n19:30 về nhà')
both('txt', ['sensitive-personal'],
     'Loan officer\'s note: a named customer\'s bad-debt group at the credit bureau (credit-institution customer data).',
     'Hồ sơ vay của anh Đinh Công Hùng bị từ chối vì anh ấy đang có nợ xấu nhóm 5 trên CIC, '
     'dư nợ quá hạn hơn 230 triệu tại hai ngân hàng.')
both('txt', ['sensitive-personal'],
     'Party-cell HR note: a named member\'s political views ("tư tưởng chính trị") and online posts.',
     'Qua theo dõi, đồng chí Lê Văn Sơn có biểu hiện dao động về tư tưởng chính trị, nhiều lần chia sẻ bài viết '
     'xuyên tạc chủ trương của Đảng trên Facebook cá nhân; đề nghị chi bộ kiểm điểm.')
both('txt', ['sensitive-personal'],
     'CV (sơ yếu lý lịch) of a named person with ethnicity and religion fields — decided sensitive by its ethnicity field: '
     'ethnic origin is a special category under Decree 13/2023 Art. 2(4)(c), also for the majority group ("Kinh"); '
     '"Tôn giáo: Không" (no religion) alone is not reported.',
     'SƠ YẾU LÝ LỊCH\nHọ và tên: Vũ Thị Ngọc Ánh\nNgày sinh: 14/02/1996\nDân tộc: Kinh\nTôn giáo: Không\n'
     'Trình độ chuyên môn: Cử nhân Kế toán')
both('txt', ['sensitive-personal'],
     'Kindergarten list of named children with malnutrition grades (children\'s health).',
     'Danh sách trẻ suy dinh dưỡng lớp Mầm 2:\n- Bé Nguyễn Gia Bảo (4 tuổi): thấp còi độ 1\n'
     '- Bé Lò Thị Mai (4 tuổi): suy dinh dưỡng thể nhẹ cân\nĐề nghị phụ huynh phối hợp bổ sung dinh dưỡng.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague is in drug rehabilitation.',
     'Anh Quân bên kho đang đi cai nghiện ma túy ở trung tâm Ba Vì 6 tháng, công việc tạm giao cho em Dũng.')
both('txt', ['national-id'],
     'Zalo message: a CCCD written in dotted groups of three.',
     f'gửi chị số căn cước của em để làm thẻ ra vào nhé: {C_DOT}, cấp ngày 10/05/2021')
both('txt', ['national-id'],
     'Flight booking confirmation: passenger name and passport number.',
     'XÁC NHẬN ĐẶT CHỖ – Mã đặt chỗ: K7XQ2M\nHành khách: NGUYEN/VAN AN MR\n'
     f'Hộ chiếu: {PP1} – hết hạn 12/03/2032 – quốc tịch VNM\nChuyến bay VN0031 HAN–NRT 23:55 14/12')
both('txt', ['national-id'],
     'Zalo message: a mother\'s social-insurance (BHXH) number to look up her contributions.',
     f'chị ơi e gửi mã số BHXH của mẹ e: {BHXH1}, nhờ chị tra giúp quá trình đóng từ 2015 nhé')
both('csv', ['financial'],
     'Refund table: account numbers with the bank named in the next column, header without "số tài khoản".',
     'Người nhận\tSố\tNH\tSố tiền\n'
     f'Phan Thị Kim Oanh\t{VTB1}\tVietinBank\t1.250.000\n'
     f'Trịnh Văn Lực\t{ACB1}\tACB\t980.000\n')
both('txt', ['contact'],
     'Chat: a named person\'s mobile written with dots between groups.',
     f'Số anh Khánh bên nhà thầu là {PHONE_DOT}, em gọi trước 5h nhé.')
both('txt', [],
     'Hard negative: news about an anonymised patient (initials and age only) — no identifiable person.',
     'Bệnh nhân N.V.A., 45 tuổi, ngụ huyện Gia Lâm, được xác định mắc bệnh dại sau khi bị chó cắn 3 tháng trước.')
both('txt', [],
     'Hard negative: weekly disease statistics of a city.',
     'Tuần qua Hà Nội ghi nhận 1.245 ca sốt xuất huyết, tăng 12% so với tuần trước; chưa có ca tử vong.')
both('txt', [],
     'Hard negative: a public official\'s duty in the news, with a disease in the headline.',
     'Dịch sởi: Thứ trưởng Bộ Y tế kiểm tra công tác tiêm chủng tại Bệnh viện Nhi Trung ương sáng 3/11.')
both('txt', [],
     'Hard negative: province statistics on ethnic groups and religions, no person.',
     'Toàn tỉnh có 32 dân tộc cùng sinh sống, dân tộc Kinh chiếm 61%, Tày 14%; có 3 tôn giáo được công nhận.')
both('txt', [],
     'Hard negative: a children\'s fund\'s published donation account (an organisation\'s, not a person\'s).',
     f'Quỹ Bảo trợ trẻ em tỉnh tiếp nhận ủng hộ qua tài khoản số {ORG_ACCT} tại VietinBank, '
     'chủ tài khoản: Quỹ Bảo trợ trẻ em tỉnh.')
both('txt', [],
     'Hard negative: a department\'s mailbox for applications (an office\'s, not a person\'s contact).',
     'Hồ sơ dự tuyển gửi về hộp thư của Phòng Tổ chức cán bộ: phongtccb@soyte.gov.vn trước ngày 30/11.')
both('txt', [],
     'Hard negative: football scores, minutes and attendance.',
     'V-League vòng 8: Hà Nội FC 2-1 Hải Phòng (45+2\', 78\'), Thanh Hóa 0-0 SLNA; khán giả: 12.345.')

# ================================================================ Czech
S('cs', 'txt', ['sensitive-personal'],
  'Chat sentence: a named colleague is in insolvency with wage deductions (a person\'s debts).',
  'Pan Novák z účtárny je v insolvenci, srážky ze mzdy mu jdou insolvenčnímu správci, tak mu nepůjčujte.')
S('cs', 'txt', ['sensitive-personal'],
  'E-mail sentence: a named colleague has breast cancer and starts chemotherapy.',
  'Kolegyně Dvořáková má rakovinu prsu, od pondělí nastupuje na chemoterapii, zástup za ni bere Iveta.')
S('cs', 'txt', ['sensitive-personal'],
  'Attendance-system list: named employees with fingerprint templates stored.',
  'Docházkový systém – sejmuté otisky prstů:\nJan Krejčí – šablona otisku uložena (pravý ukazováček)\n'
  'Lenka Malá – šablona otisku uložena (levý palec)')
S('cs', 'txt', ['sensitive-personal'],
  'Fleet tracking: a named driver\'s GPS positions through the day.',
  'Poloha služebního vozu, řidič Petr Malý, 14. 5.:\n8:02 49.19510, 16.60680\n8:40 49.22015, 16.58770\n'
  '12:15 49.17400, 16.52110 (bydliště)')
S('cs', 'csv', ['national-id'],
  'Table of insured persons: the birth number written without its slash.',
  f'Jméno;Příjmení;RC;Pojišťovna\nEva;Šimková;{R1_PLAIN};111\n')
S('cs', 'txt', ['financial'],
  'E-mail: a named person\'s IBAN split over two lines.',
  f'Dobrý den, přeplatek prosím vraťte na můj účet IBAN {CZ_IBAN_G[:14]}\n{CZ_IBAN_G[15:]}\nDěkuji, Radka Šebestová')
S('cs', 'txt', ['sensitive-personal'],
  'HR note: a named employee\'s political party activity and agitation at work.',
  'Paní Horáková je aktivní členkou krajně pravicové strany a na pracovišti rozdává letáky; vedoucí to má řešit.')
S('cs', 'txt', ['sensitive-personal'],
  'Teacher\'s note: a named child with ADHD and his medication.',
  'Tomášek Veselý z 1.B má ADHD, ráno bere Ritalin; při výletu mu prosím dejte polední dávku.')
S('cs', 'txt', ['sensitive-personal'],
  'DNA paternity test naming the father.',
  'Výsledek testu otcovství (DNA): pan Karel Bláha je s pravděpodobností 99,998 % biologickým otcem dítěte.')
S('cs', 'txt', ['national-id'],
  'Czech e-mail: a birth number in a sentence after "rodné číslo je".',
  f'Manžel má rodné číslo {R2}, pojišťovna VZP, prosím zapište ho k pojistce.')
S('cs', 'txt', [], 'Hard negative: HIV statistics without a person.',
  'V Česku žije přes 4 000 lidí s HIV; loni přibylo 231 nových případů, nejvíc v Praze.')
S('cs', 'txt', [], 'Hard negative: a minister (public official) presents a reform, disease named.',
  'Ministr zdravotnictví představil reformu onkologické péče; rakovina prsu je nejčastější nádor žen.')
S('cs', 'txt', [], 'Hard negative: public helplines.',
  'Linka bezpečí 116 111, Linka první psychické pomoci 116 123 – obě zdarma a nonstop.')
S('cs', 'txt', [], 'Hard negative: a tutorial with a birth number that fails the mod-11 check, stated as invalid.',
  f'Příklad: číslo {RBAD} kontrolou dělitelnosti jedenácti neprojde, formulář ho proto odmítne.')
S('cs', 'txt', [], 'Hard negative: an ice-hockey result with times and attendance.',
  'Kometa Brno – Sparta 3:2 po prodloužení (1:0, 0:2, 1:0 – 1:0), góly 12:44, 61:37; diváků 7 200.')
S('cs', 'txt', [], 'Hard negative: a product catalogue line with article codes and EAN.',
  'Kód zboží 4471-220, EAN 8594001234567, balení 12 ks, cena 189 Kč.')

# ================================================================ English
S('en', 'txt', ['sensitive-personal'],
  'Team message: a named colleague on sick leave for chemotherapy.',
  'Heads up: Priya from payroll is on sick leave for chemotherapy until March, so send pay queries to Tom.')
S('en', 'txt', ['national-id'],
  'Travel form: a US passport card number.',
  f'ID for the border crossing: Michael Torres, U.S. passport card no. {USPC}, expires 2031.')
S('en', 'txt', ['national-id'],
  'Hospital letter: a named patient\'s NHS number written with spaces.',
  f'Dear Dr Patel,\nRe: Mrs Joan Whitfield, DOB 04/09/1951, NHS number {NHS1_S}\n'
  'Thank you for referring this lady with worsening breathlessness.')
S('en', 'txt', ['national-id'],
  'Insurance e-mail: a health-plan member id with its plan name.',
  f'Claim for Sarah Lindqvist – Member ID: {MEMBER}, plan: BlueCross PPO Gold, group 004512.')
S('en', 'txt', ['sensitive-personal'],
  'Face enrolment list for turnstiles: named staff with their face templates.',
  'Face ID enrolment (new turnstiles): J. Okafor – 5 captures, template stored; M. Rossi – 4 captures, '
  'template stored; K. Singh – pending.')
S('en', 'txt', ['sensitive-personal'],
  'Chat: a named colleague\'s genetic test shows a BRCA1 mutation.',
  'Dan Reeves told me his genetic test came back positive for a BRCA1 mutation, he\'s seeing a counsellor.')
S('en', 'txt', ['sensitive-personal'],
  'Vehicle tracking log of a named driver with GPS points.',
  'Tracking log, driver Aaron Cole, 3 June:\n07:58 51.50722,-0.12758\n08:31 51.51550,-0.14100\n'
  '18:04 51.46130,-0.30540 (home)')
S('en', 'txt', ['sensitive-personal'],
  'Tenant screening: a named applicant\'s credit score, court judgments and arrears.',
  'Tenant screening: Lisa Moran – credit score 512, two CCJs in 2024, £8,400 rent arrears at her last address.')
S('en', 'txt', ['sensitive-personal'],
  'HR note: a named employee\'s political campaigning at work.',
  'File note: Mark Stevens has been canvassing colleagues for his political party during shifts and '
  'wearing party badges; reminded of the code of conduct.')
S('en', 'txt', ['sensitive-personal'],
  'Class allergy list: named children and their conditions.',
  'Year 3 medical list: Olivia Brown – anaphylaxis to peanuts (EpiPen in office); Noah Clarke – type 1 diabetes.')
S('en', 'txt', ['contact'],
  'Chat: a named person\'s mobile written in words.',
  'You can reach Jenny on her mobile: oh seven seven zero nine, double four one, two three eight.')
S('en', 'txt', [], 'Hard negative: cancer statistics.',
  'About 1 in 2 people in the UK will get cancer in their lifetime; breast cancer is the most common type.')
S('en', 'txt', [], 'Hard negative: a disease in a news headline.',
  'Measles outbreak hits Leeds primary schools as vaccination rates fall to 84%.')
S('en', 'txt', [], 'Hard negative: a tutorial with an NHS number that fails its check digit.',
  f'Example: {NHS_BAD} fails the modulus 11 check, so the form rejects it; the real number is on your NHS letter.')
S('en', 'txt', [], 'Hard negative: server log timestamps and request ids.',
  '2026-11-12T08:45:12.123456Z INFO req=4411902 took 127ms\n2026-11-12T08:45:13.901234Z WARN req=4411903 retry 2')
S('en', 'txt', [], 'Hard negative: a health secretary (public official) visits a hospital.',
  'The Health Secretary visited St Thomas\' Hospital on Friday to open a new cancer diagnostic centre.')
S('en', 'txt', [], 'Hard negative: an anonymised case in a journal summary.',
  'Case report: a 45-year-old man presented with chest pain; troponin was raised and he was treated with PCI.')

# ================================================================ mixed
S('mixed', 'txt', ['sensitive-personal'],
  'English prompt around a Vietnamese sentence about a named colleague\'s cancer.',
  'Translate politely: "Chị Thảo bên nhân sự đang điều trị ung thư vú, xin nghỉ phép dài hạn."')
S('mixed', 'csv', ['national-id'],
  'Vietnamese prompt around a Czech table with birth numbers without slashes.',
  f'Dịch giúp bảng này:\nJméno;RČ\nKarel Hrubý;{R2.replace("/", "")}\n')
S('mixed', 'txt', ['national-id'],
  'English message with a Vietnamese CCCD in dotted groups.',
  f'Her citizen ID is {cccd("079", "f", 1989, 402117)[:3]}.{C2[3:6]}.{C2[6:9]}.{C2[9:]} – please add it to the visa form.')
S('mixed', 'txt', [], 'Hard negative: bilingual glossary of health terms.',
  'Glossary: trầm cảm = depression; ung thư = cancer; sảy thai = miscarriage; nhóm máu = blood type.')

# ================================================================ batch 2 (written blind after the batch-1 fixes)
C3 = cccd('001', 'm', 1990, 556781)      # Hà Nội, man, 1990 (a loan applicant)
VCB3 = '0491000123456'
CO_MST = '0101234567'                    # a company's tax code on an invoice: not a person's
CO_ACCT = '1023456789'
KR_PP = 'M12345678'                      # a Korean passport: M and 8 digits
R3 = rc(79, 4, 22, 316)
R3_PLAIN = R3.replace('/', '')
CZPAS2 = '41234567'
US_PP = '567123890'                      # a US passport book: 9 digits
NHS2 = nhs('943476591')
assert nhs_ok(NHS2) and rc_ok(R3)

both('txt', ['sensitive-personal'],
     'Chat: a named colleague\'s sister has thyroid cancer (a relative\'s health, named through the colleague).',
     'Em gái chị Mai phòng hành chính vừa phát hiện bị ung thư tuyến giáp, chị xin nghỉ chiều nay đưa em đi khám.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague\'s husband is serving a prison sentence (criminal record told in a sentence).',
     'Chồng chị Hạnh bên kho đang thụ án 5 năm tù vì tội đánh bạc, nên chị ấy xin chuyển ca ngày.')
both('txt', ['sensitive-personal'],
     'Newborn screening result of a named baby: G6PD deficiency (a child\'s genetic and health data).',
     'Kết quả sàng lọc sơ sinh của bé Lê Bảo An (sinh 02/10): thiếu men G6PD, đề nghị gia đình đưa bé tái khám.')
both('txt', ['sensitive-personal'],
     'Teacher\'s message: a named pupil is a victim of abuse at home and is being sheltered.',
     'Cháu Bùi Gia Hân lớp 3A có dấu hiệu bị bạo hành tại nhà, hiện đang được tạm lánh tại nhà bà ngoại.')
both('txt', ['national-id'],
     'Loan file: the applicant\'s CCCD, income and outstanding debt.',
     f'HỒ SƠ VAY TIÊU DÙNG\nKhách hàng: Trần Văn Khoa – CCCD {C3}\nThu nhập: 25 triệu/tháng\n'
     'Dư nợ hiện tại: 400 triệu tại VPBank')
both('txt', ['financial'],
     'Salary slip of a named employee with the account the pay goes into.',
     f'PHIẾU LƯƠNG THÁNG 11/2026\nHọ tên: Đỗ Minh Tuấn\nThực lĩnh: 18.450.000 đ\nChuyển vào TK {VCB3} – Vietcombank')
both('txt', ['national-id'],
     'Hotel guest list: a Korean guest\'s passport number after "PP:".',
     f'DANH SÁCH KHÁCH LƯU TRÚ 14/12\nPhòng 502: LEE MIN HO – Quốc tịch: KOR – PP: {KR_PP}\nPhòng 503: (trống)')
both('txt', ['contact'],
     'Chat: a named person\'s mobile number written in Vietnamese words.',
     'Số chị Lan kế toán là không chín tám, sáu bốn năm, ba hai một bảy nhé, em lưu lại.')
both('txt', [],
     'Hard negative: a bank regulation on biometric authentication, no person.',
     'Từ 1/7, giao dịch chuyển tiền trên 10 triệu đồng phải xác thực sinh trắc học khuôn mặt theo quy định của Ngân hàng Nhà nước.')
both('txt', [],
     'Hard negative: a company\'s invoice with its tax code and its own bank account (an organisation\'s, not a person\'s).',
     f'Đơn vị bán: Công ty TNHH Thiết bị Minh Phát – MST {CO_MST}\nSTK {CO_ACCT} tại Vietcombank, chủ TK: Công ty TNHH Thiết bị Minh Phát')
both('txt', [],
     'Hard negative: an air-quality station\'s hourly readings with coordinates.',
     'Trạm quan trắc Nguyễn Văn Cừ (21.04810, 105.87830):\n07:00 AQI 152\n08:00 AQI 161')
both('txt', [],
     'Hard negative: a party leader (public official) chairs a conference — news.',
     'Tổng Bí thư chủ trì hội nghị toàn quốc về công tác phòng, chống tham nhũng, tiêu cực sáng 5/12.')

S('cs', 'txt', ['sensitive-personal'],
  'Chat: a named man\'s wife is pregnant with twins.',
  'Manželka pana Kučery je těhotná s dvojčaty, proto si bere v březnu celý měsíc dovolenou.')
S('cs', 'csv', ['national-id', 'sensitive-personal'],
  'Ward table: a birth number without its slash beside a diagnosis.',
  f'Jméno;RČ;Diagnóza\nPetr Holub;{R3_PLAIN};diabetes mellitus 1. typu\n')
S('cs', 'txt', ['sensitive-personal'],
  'HR note: a named employee\'s Roma origin (ethnic origin).',
  'Paní Kratochvílová je romského původu a stěžuje si, že ji vedoucí směny kvůli tomu přehlíží.')
S('cs', 'txt', ['national-id'],
  'Czech flight booking: passenger and passport number.',
  f'Rezervace OK1234: cestující MAREK/TOMAS MR, cestovní pas č. {CZPAS2}, platnost do 2030.')
S('cs', 'txt', ['contact'],
  'Czech message: a named person\'s mobile written with dots.',
  'Pan Veselý z údržby má mobil 777.123.456, volejte mu až po obědě.')
S('cs', 'txt', [], 'Hard negative: Roma population statistics.',
  'Romové tvoří podle odhadů asi 2 % obyvatel Česka; sčítání lidu uvádí mnohem méně.')
S('cs', 'txt', [], 'Hard negative: passports with fingerprints since 2009 (no person).',
  'Od roku 2009 obsahují české cestovní pasy otisky prstů uložené v čipu.')
S('cs', 'txt', [], 'Hard negative: a public prosecutor (official) files an indictment — news.',
  'Nejvyšší státní zástupce podal obžalobu v kauze dotací, soud začne jednat v lednu.')

S('en', 'txt', ['sensitive-personal'],
  'Chat: a named colleague\'s wife is going through IVF.',
  'Ben Cartwright told me his wife is going through IVF, so he may need some afternoons off.')
S('en', 'txt', ['sensitive-personal'],
  'Team message: a named colleague arrested for drink driving.',
  'Jason Price was arrested last night for drink driving; he is in court on Monday, so cover his shift.')
S('en', 'txt', ['national-id'],
  'Booking e-mail: a US passport book number.',
  f'Traveller: Emily Sanders, US passport {US_PP}, expiry 08/2032, seat 14C.')
S('en', 'csv', ['national-id'],
  'Clinic export: NHS numbers without spaces beside names.',
  f'name,nhs_number,gp\nHarold Bennett,{NHS2},Dr Shah\n')
S('en', 'txt', ['sensitive-personal'],
  'HR equality form: a named employee\'s ethnicity.',
  'Equality monitoring – Name: Daniel Osei – Ethnicity: Black British – Caribbean – Disability: none declared')
S('en', 'txt', ['sensitive-personal'],
  'Manager\'s note: a named employee\'s trade union membership.',
  'FYI Sarah Cole is a Unite union rep now, so be careful what you say about the restructure in front of her.')
S('en', 'txt', [], 'Hard negative: an ethnicity pay-gap report.',
  'Ethnicity pay gap report 2026: Black employees earn 8% less per hour than white employees on average.')
S('en', 'txt', [], 'Hard negative: trade union membership statistics.',
  'Trade union membership fell to 22% of UK employees in 2025, the lowest on record.')
S('en', 'txt', [], 'Hard negative: a football result with minutes and attendance.',
  'Arsenal 3-1 Chelsea (Saka 12\', 45+2\', Palmer 78\'); attendance 60,213.')
S('en', 'txt', [], 'Hard negative: passport office waiting times, no person.',
  'Passport office update: standard renewals now take 3 weeks; fast track appointments from 4 hours.')

S('mixed', 'txt', ['financial'],
  'English prompt around a Vietnamese salary line with the account number.',
  f'Translate into English: "Lương tháng 11 của chị Vân đã chuyển vào STK {VCB3} Vietcombank."')
S('mixed', 'txt', [], 'Hard negative: Vietnamese prompt around an English ethnicity statistic.',
  'Dịch sang tiếng Việt: "The city is 62% White British, 18% Asian and 11% Black."')

# ================================================================ batch 3 (written blind after the batch-2 fixes)
C4 = cccd('036', 'f', 1995, 77120)       # Nam Định, woman, 1995 (in a look-up URL)
ITIN = '912-78-1234'                     # US ITIN: 9, then a group in 70-88
UKPP = '123456789'                       # UK passport: 9 digits

both('txt', ['sensitive-personal'],
     'A named person\'s current position shared as one coordinate (location data).',
     'Vị trí hiện tại của chị Lan (chia sẻ từ điện thoại): 21.02780, 105.83420, cập nhật 2 phút trước.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague has suicidal thoughts.',
     'Em Vy phòng kinh doanh dạo này có ý định tự tử, mọi người để ý giúp và đừng để em ấy ở một mình.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague is visually impaired (disability).',
     'Anh Tùng bên chăm sóc khách hàng bị khiếm thị từ nhỏ, tài liệu gửi anh ấy nhớ dùng file chữ to.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague was once arrested for drug possession (criminal history told in a sentence).',
     'Anh Bình tổ xe từng bị bắt vì tàng trữ trái phép chất ma túy năm 2019, giờ đã hoàn lương.')
both('txt', ['national-id'],
     'A look-up URL carrying a CCCD as a query parameter.',
     f'Link tra cứu hồ sơ của chị ấy: https://dichvucong.example.vn/tra-cuu?cccd={C4}&loai=2')
both('txt', [],
     'Hard negative: a museum\'s coordinates and opening hours.',
     'Bảo tàng Dân tộc học: tọa độ 21.04060, 105.79870; giờ mở cửa 08:30 – 17:30, nghỉ thứ Hai.')
both('txt', [],
     'Hard negative: an association gives gifts to visually impaired members (no one named).',
     'Hội Người mù tỉnh trao 150 suất quà cho hội viên khiếm thị có hoàn cảnh khó khăn dịp Tết.')
both('txt', [],
     'Hard negative: a hospital treats poisoning cases, counts only.',
     'Bệnh viện Bạch Mai tiếp nhận 3 ca ngộ độc rượu methanol trong đêm, đều đã qua cơn nguy kịch.')

S('cs', 'txt', ['sensitive-personal'],
  'Czech chat: a named man\'s driving ban for drink driving.',
  'Pan Dvořák má zákaz řízení na dva roky za jízdu pod vlivem alkoholu, služební auto mu nedávejte.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech message: a named colleague\'s child has Down syndrome.',
  'Kolegyně Marková je na mateřské, jejich dítě má Downův syndrom, tak jí prosím nepište kvůli práci.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech note: a named person\'s current position as one coordinate.',
  'Jana Černá sdílí polohu: 50.07550, 14.43780 (domov), aktualizováno v 21:14.')
S('cs', 'txt', [], 'Hard negative: drink-driving statistics.',
  'Řidičů pod vlivem alkoholu policie loni zjistila 5 400, o 8 % méně než předloni.')
S('cs', 'txt', [], 'Hard negative: a hospital\'s yearly patient count.',
  'Nemocnice Na Homolce loni ošetřila přes 12 000 pacientů, z toho 900 s onemocněním srdce.')

S('en', 'txt', ['sensitive-personal'],
  'A named person\'s current location shared from her phone.',
  'Current location of Mia Turner (shared from her phone): 40.71280, -74.00600, updated 5 min ago.')
S('en', 'txt', ['sensitive-personal'],
  'Manager\'s note: a named employee on probation after a conviction.',
  'Liam Foster is on probation after a burglary conviction and must report to his officer on Tuesdays.')
S('en', 'txt', ['sensitive-personal'],
  'HR note: a named employee disclosed autism.',
  'Grace Kim disclosed that she is autistic; she has asked for a quiet desk and written instructions.')
S('en', 'txt', ['national-id'],
  'Booking note: a UK passport number.',
  f'Passport number {UKPP} (GBR), holder Olivia Hart, expires 2033 — needed for the ESTA.')
S('en', 'txt', ['national-id'],
  'Tax form in a chat: an ITIN.',
  f'For the 1040, Carlos Mendez uses his ITIN {ITIN} since he has no SSN yet.')
S('en', 'txt', [], 'Hard negative: an office\'s coordinates.',
  'Our office is at 40.71280, -74.00600; visitors sign in at reception from 9 am.')
S('en', 'txt', [], 'Hard negative: probation services budget.',
  'Probation services get a 5% budget rise next year to cut caseloads below 50 per officer.')
S('en', 'txt', [], 'Hard negative: an awareness month announcement.',
  'Autism Acceptance Month starts in April; join the webinar on inclusive hiring.')

S('mixed', 'txt', ['sensitive-personal'],
  'English prompt around a Czech sentence on a driving ban.',
  'Please translate: "Pan Karel Souček má zákaz řízení na rok kvůli alkoholu."')

# ================================================================ batch 4 (written blind after the batch-3 fixes)
C5 = cccd('036', 'm', 1995, 12345)

both('csv', ['sensitive-personal'],
     'Staff list pasted from Excel (tab-separated) with an ethnicity column beside the names.',
     'STT\tHọ và tên\tDân tộc\tNgày sinh\n1\tLò Văn Pấng\tThái\t12/03/1990\n2\tHoàng Thị Nhung\tTày\t05/11/1993\n'
     '3\tĐinh Văn Lực\tMường\t21/07/1988\n')
both('txt', ['sensitive-personal'],
     'Gossip: a named colleague\'s affair with her boss (sex life / private life).',
     'Nghe nói chị Thoa bên kế toán đang có quan hệ ngoài luồng với sếp phòng, cả tầng ai cũng biết.')
both('txt', ['sensitive-personal'],
     'Chat: a named colleague injects insulin every day (treatment told in a sentence).',
     'Anh Lâm tổ kỹ thuật phải tiêm insulin mỗi ngày, bữa trưa đặt cơm cho anh ấy thì tránh đồ ngọt nhé.')
both('txt', ['national-id'],
     'OCR of a chip ID card front with the bilingual label "Số / No.:".',
     f'CĂN CƯỚC CÔNG DÂN\nSố / No.: {C5}\nHọ và tên / Full name: PHẠM VĂN HẢI\nNgày sinh / Date of birth: 14/06/1995')
both('txt', [],
     'Hard negative: national statistics on ethnic groups.',
     'Theo Tổng điều tra 2019, dân tộc Kinh chiếm 85,3% dân số cả nước; 53 dân tộc thiểu số chiếm 14,7%.')
both('txt', [],
     'Hard negative: a bank publishes its bad-debt ratio.',
     'Ngân hàng công bố tỷ lệ nợ xấu cuối quý III ở mức 1,8%, nợ nhóm 2 giảm 0,3 điểm phần trăm.')

S('cs', 'txt', ['sensitive-personal'],
  'Czech chat: a named colleague\'s gambling addiction and debts.',
  'Paní Vlková je závislá na hazardu, dluží v práci skoro všem, tak jí už nepůjčujte.')
S('cs', 'txt', ['sensitive-personal'],
  'Czech chat: a named man arrested for domestic violence.',
  'Pan Kopecký ze skladu byl včera zatčen za domácí násilí, do práce zatím nepřijde.')
S('cs', 'txt', [], 'Hard negative: a mayor arrested — news without a name.',
  'Policie zadržela starostu obce na Znojemsku kvůli podezření z manipulace zakázek.')
S('cs', 'txt', [], 'Hard negative: gambling addiction statistics.',
  'Závislých na hazardu je v Česku podle odhadů 60 až 110 tisíc lidí.')

S('en', 'txt', ['sensitive-personal'],
  'School message: a child (first name) being assessed for ADHD.',
  'Noah\'s mum told us he is being assessed for ADHD, so please give him extra time in the test.')
S('en', 'txt', ['sensitive-personal'],
  'Team message: a named colleague had a stroke and is in intensive care.',
  'Sad news: Jessica Lane had a stroke last week and is still in intensive care at St James\'s.')
S('en', 'txt', ['contact'],
  'HR request: update a named employee\'s home address.',
  'Please update Peter Grant\'s home address to 14 Elm Road, Leeds LS6 2AB from 1 December.')
S('en', 'txt', ['sensitive-personal'],
  'Depot note: a named driver failed a breathalyser test.',
  'Driver Kumar Patel failed a breathalyser test at the depot this morning and has been stood down.')
S('en', 'txt', [], 'Hard negative: stroke symptoms poster.',
  'Stroke symptoms: face drooping, arm weakness, speech difficulty — time to call 999.')
S('en', 'txt', [], 'Hard negative: a surgery\'s public address and hours.',
  'Elm Road Surgery, 14 Elm Road, Leeds LS6 2AB — open 8 am to 6 pm, Monday to Friday.')

S('mixed', 'txt', ['sensitive-personal'],
  'English prompt around a Vietnamese sentence: a named colleague\'s insulin treatment.',
  'Translate into English: "Chị Quyên phòng nhân sự phải tiêm insulin mỗi ngày, nhớ để tủ lạnh cho chị ấy."')

if __name__ == '__main__':
    write_personal_round(V, 'round23', 'p23')
