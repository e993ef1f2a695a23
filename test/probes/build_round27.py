#!/usr/bin/env python3
"""Builds test/probes/round27.jsonl (round 27 of the held-out-style probes, written blind): sensitive personal data,
identifiers and contacts of kinds no earlier round held — sensitive facts inside an HR leave request or a sick note
(chemotherapy, a psychiatric stay, infertility treatment), a party member's background file (religion, family class,
discipline, criminal record of a named person), criminal proceedings and a prison term told in a sentence, methadone
treatment, gender identity, deafness and invalidity pensions, Czech sentences ("paní … trpí", "je v pracovní
neschopnosti kvůli …", "je trestně stíhán"), ICD-10 codes beside names in a table, a person's facts in one table row;
identifiers in layouts no round held (a CCCD broken over two OCR lines, a driving licence card's OCR text, a
health-insurance card code of a pupil, a VN account with its bank's name and holder in capitals, a Czech account with a
prefix, a Czech ID-card and passport number on a visitor form), a record of full name, birth date and home address, a
home address typed without diacritics, a personal Zalo/Telegram handle with a phone — and their hard negatives: public
health statistics, disease guidance, hospital hotlines, historical figures (a king's illness, a leader's arrest), a
public office's published contacts, masked and sample numbers, order, waybill and invoice numbers of ID length, ICD
codebook lines, a blank background-file template, a leave policy. Stdlib only; every identifier is generated and
checked here. Batches 2 and 3 (ids continuing) were written after the fixes to batch 1, blind again."""

from probe_ids import cccd, czacct, czpart_ok, mst_ok, personal_sampler, write_personal_round

V, S, both = personal_sampler()
SP, NID, FIN, CT = 'sensitive-personal', 'national-id', 'financial', 'contact'


def neg(note):
    return 'Hard negative: ' + note


# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('079', 'm', 1985, 12345)       # HCMC, man, 1985
C2 = cccd('001', 'f', 1992, 54321)       # Hà Nội, woman, 1992
C1_SPLIT = C1[:6] + '\n' + C1[6:]        # the OCR line break in the middle of the number
GPLX = '790152003456'                    # a 12-digit licence number (no public check digit)
BHYT = 'HS4010123456789'                 # pupil group code HS, level 4, province 01, BHXH number
TCB = '19036612345018'                   # a 14-digit personal account
CZ_ACCT = '35-' + czacct('350417826') + '/0100'
assert czpart_ok('35') and czpart_ok(CZ_ACCT[3:13])
CZ_OP = '204518733'                      # 9 digits: a Czech ID card since 2012
CZ_PAS = '45127893'                      # 8 digits: a Czech passport

# ================================================================ batch 1 — sensitive facts (Vietnamese)
both('txt', [SP], 'An HR leave request: the applicant names her cancer treatment as the reason.',
     'ĐƠN XIN NGHỈ PHÉP\nKính gửi: Ban Giám đốc, Phòng Tổ chức – Hành chính\nTôi tên là: Trần Thị Mai Lan – Phòng Kế toán\n'
     'Xin nghỉ từ ngày 12/01 đến hết ngày 30/01 để điều trị hóa chất ung thư vú giai đoạn 2 tại Bệnh viện K.\n'
     'Công việc đã bàn giao cho chị Hương.')
both('txt', [SP], 'A party member\'s background file: religion, family class and a past discipline of a named person.',
     'LÝ LỊCH ĐẢNG VIÊN (trích)\nHọ và tên: Lê Văn Tâm\nTôn giáo: Phật giáo\nThành phần gia đình: Tiểu thương\n'
     'Khen thưởng, kỷ luật: Khiển trách năm 2019 do vi phạm quy định về tiếp khách\nÁn tích: Không')
both('txt', [SP], 'A union chat: a named worker is serving a prison term.',
     'Anh Phạm Quốc Bảo tổ xe đang chấp hành án 3 năm tù về tội đánh bạc, vợ anh ấy nhờ công đoàn hỗ trợ tiền học cho cháu.')
both('txt', [SP], 'A named former chief accountant has been prosecuted (internal note, not news).',
     'Nhắc các phòng: ông Đỗ Minh Khang, nguyên kế toán trưởng công ty mình, đã bị khởi tố về tội tham ô tài sản, '
     'hiện đang tại ngoại, không ai được cung cấp hồ sơ cho ông ấy.')
both('txt', [SP], 'A named colleague on methadone treatment (addiction), shift note.',
     'Ca đêm lưu ý: anh Vũ Đức Thịnh đang điều trị methadone, sáng nào cũng phải ra trạm y tế phường uống thuốc lúc 6h.')
both('txt', [SP], 'Gender identity of a named colleague.',
     'Bạn Ngô Gia Hân bên IT là người chuyển giới, đang làm thủ tục xác định lại giới tính, mọi người gọi bạn ấy là chị nhé.')
both('txt', [SP], 'Infertility treatment of a named colleague, shift swap request.',
     'Chị Đinh Thị Yến xin đổi sang ca chiều cả tháng 3 vì đang điều trị hiếm muộn, phải tiêm thuốc kích trứng buổi sáng.')
both('txt', [SP], 'A named pupil is congenitally deaf (class note).',
     'Em Hoàng Minh Châu lớp 7A bị khiếm thính bẩm sinh, thầy cô nhớ cho em ngồi bàn đầu và viết bài lên bảng.')
both('txt', [SP], 'A named engineer treated for bipolar disorder at a psychiatric hospital.',
     'Anh Trịnh Văn Sơn phòng kỹ thuật đang điều trị rối loạn lưỡng cực ở Bệnh viện Tâm thần Trung ương, dự kiến nghỉ hết tháng.')
both('txt', [SP], 'A table of named staff with ICD-10 codes from their sick notes.',
     'STT | Họ tên | Mã bệnh (ICD-10) | Số ngày nghỉ\n1 | Bùi Thị Ngọc | F32.1 | 14\n2 | Tạ Văn Long | C50.9 | 30\n3 | Hồ Thị Nhàn | J18.9 | 5')
both('csv', [SP], 'A guards\' roster row with a named guard\'s HIV treatment in the notes cell.',
     'Họ tên,Năm sinh,Tổ,Ghi chú\nNguyễn Văn Hải,1987,Bảo vệ cổng 2,HIV dương tính - đang điều trị ARV\nLê Thị Bé,1990,Bảo vệ cổng 1,')

# ---------------------------------------------------------------- identifiers and contacts (Vietnamese)
both('txt', [NID], 'An OCR\'d citizen ID card: the number broken over two lines.',
     'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĂN CƯỚC CÔNG DÂN\nSố / No.: ' + C1_SPLIT + '\nHọ và tên / Full name: NGUYỄN HOÀNG PHÚC\n'
     'Ngày sinh / Date of birth: 14/03/1985')
both('txt', [NID], 'An OCR\'d driving licence card.',
     'GIẤY PHÉP LÁI XE / DRIVER\'S LICENSE\nSố/No: ' + GPLX + '\nHọ tên/Full name: ĐẶNG QUANG VINH\nHạng/Class: B2\n'
     'Có giá trị đến/Expires: 05/09/2030')
both('txt', [NID], 'A parent sends a pupil\'s health-insurance card code to the class teacher.',
     'Cô ơi mã thẻ BHYT của cháu Phạm Khánh Linh là ' + BHYT + ', cô cập nhật giúp em vào danh sách lớp nhé.')
both('txt', [FIN], 'A salary account with its bank\'s name and the holder in capitals.',
     'Em gửi thông tin nhận lương ạ: Techcombank ' + TCB + ' – chủ TK LE THI THU TRANG – CN Hoàn Kiếm.')
both('txt', [CT], 'A record of full name, birth date and home address.',
     'Họ tên: Phan Thị Kim Oanh; Ngày sinh: 14/07/1990; Nơi ở hiện tại: số 27 ngõ 88 Trần Duy Hưng, phường Trung Hòa, Cầu Giấy, Hà Nội')
S('vi', 'txt', [CT], 'A home address typed without diacritics in a delivery chat.',
  'dia chi nha em: so 15 hem 42 duong Le Van Sy, phuong 13, quan 3, tp HCM, ship sau 6h toi giup em nhe')
both('txt', [CT], 'A personal Zalo number and Telegram handle of a named colleague.',
     'Liên hệ riêng anh Lương Thanh Tùng: Zalo 0912 345 678, Telegram @thanhtung_88 (đừng gửi vào nhóm chung).')

# ---------------------------------------------------------------- hard negatives (Vietnamese)
both('txt', [], neg('public cancer statistics.'),
     'Năm 2024 cả nước ghi nhận khoảng 182.000 ca ung thư mới, trong đó ung thư vú chiếm 11,8% số ca ở nữ giới.')
both('txt', [], neg('a history text about a king\'s death from illness.'),
     'Vua Quang Trung Nguyễn Huệ mất năm 1792 vì bạo bệnh khi mới 39 tuổi, để lại nhiều dự định dang dở.')
both('txt', [], neg('a history text about a leader\'s arrest.'),
     'Năm 1931, Nguyễn Ái Quốc bị cảnh sát Anh bắt giam tại Hồng Kông và được luật sư Loseby bào chữa.')
both('txt', [], neg('a hospital\'s public hotline.'),
     'Đường dây nóng Bệnh viện Bạch Mai: 1900 888 866 – tiếp nhận phản ánh của người bệnh 24/7.')
both('txt', [], neg('a public office\'s published contact block.'),
     'Văn phòng Sở Y tế – Chánh Văn phòng: ông Nguyễn Văn Bình, điện thoại cơ quan: 028 3829 5641, '
     'hộp thư: vanphong.syt@tphcm.gov.vn')
both('txt', [], neg('a masked citizen ID and account in a form guide.'),
     'Ví dụ cách ghi: CCCD 0012xxxxxxxx, số tài khoản ****5678 – không ghi đầy đủ số trong email.')
both('txt', [], neg('order and waybill numbers of ID length.'),
     'Đơn hàng Shopee mã 240915783312 đã giao cho GHN, mã vận đơn GHN: 079285123456, phí ship 32.000đ.')
both('txt', [], neg('an ICD-10 codebook excerpt with no person.'),
     'Chương V – Rối loạn tâm thần và hành vi\nF32 Giai đoạn trầm cảm\nF32.0 Giai đoạn trầm cảm nhẹ\n'
     'F32.1 Giai đoạn trầm cảm vừa\nC50 U ác của vú')
both('txt', [], neg('a blank background-file template.'),
     'Mẫu 2-HSĐV (để trống)\nHọ và tên: ………………\nTôn giáo: ………………\nThành phần gia đình: ………………\nKỷ luật: ………………')
both('txt', [], neg('a leave policy that names illnesses but no person.'),
     'Theo quy chế, người lao động điều trị ung thư, chạy thận hoặc điều trị tâm thần được nghỉ ốm dài ngày tối đa 180 ngày.')
both('txt', [], neg('disability statistics and a support programme.'),
     'Việt Nam có khoảng 7 triệu người khuyết tật; chương trình hỗ trợ trẻ khiếm thính được mở rộng ra 20 tỉnh.')

# ================================================================ Czech
S('cs', 'txt', [SP], 'Czech sentence: "paní … trpí" a chronic illness.',
  'Paní Dvořáková z mzdové účtárny trpí Crohnovou chorobou, proto jí prosím nechte místo u toalet.')
S('cs', 'txt', [SP], 'Czech: a named colleague is on sick leave because of a spinal fracture.',
  'Kolega Petr Málek je v pracovní neschopnosti kvůli zlomenině obratle, vrátí se nejdřív v dubnu.')
S('cs', 'txt', [SP], 'Czech: a named person is criminally prosecuted (internal note).',
  'Pro informaci: pan Jiří Vondra z nákupu je trestně stíhán pro zpronevěru, do odvolání nemá přístup do skladu.')
S('cs', 'txt', [SP], 'Czech: an invalidity pension application of a named employee.',
  'Žádost o potvrzení pro ČSSZ: Marie Šťastná pobírá invalidní důchod třetího stupně, prosíme o potvrzení o zaměstnání.')
S('cs', 'txt', [SP], 'Czech: sexual orientation of a named colleague.',
  'Kolegyně Lucie Marková je lesba a nechce, aby to vedení vědělo, tak to prosím nikde neříkejte.')
S('cs', 'txt', [NID], 'Czech visitor form with a 9-digit ID card number.',
  'Návštěva: Tomáš Beneš, nar. 3. 4. 1979, číslo OP: ' + CZ_OP + ', vstup do budovy B.')
S('cs', 'txt', [NID], 'Czech: a passport number on a travel form.',
  'Cestovní příkaz – Radek Holub, číslo cestovního pasu ' + CZ_PAS + ', platnost do 2031.')
S('cs', 'txt', [FIN], 'Czech: a salary account with a prefix and the holder.',
  'Mzdu prosím zasílat na účet ' + CZ_ACCT + ', majitelka účtu Jana Horáková.')
S('cs', 'txt', [], neg('Czech disability statistics.'),
  'V Česku žije přibližně 1,1 milionu osob se zdravotním postižením (ČSÚ, 2023).')
S('cs', 'txt', [], neg('Czech order number of ID-card length.'),
  'Objednávka č. ' + CZ_OP + ' byla odeslána, číslo zásilky najdete v e-mailu.')
S('cs', 'txt', [], neg('Czech history: a king\'s illness.'),
  'Karel IV. zemřel roku 1378 na zápal plic, nemoc ho trápila od zranění při turnaji.')
S('cs', 'txt', [], neg('Czech insurer\'s public helpline.'),
  'Klientská linka VZP ČR: 952 222 222, provoz ve všední dny 8–18 h.')

# ================================================================ English
S('en', 'txt', [SP], 'A sick-leave request naming chemotherapy for bowel cancer.',
  'Sick leave request: Daniel Okoro (Facilities), six weeks from 3 March for chemotherapy after bowel cancer surgery.')
S('en', 'txt', [SP], 'A background-check result with a pending assault charge.',
  'Background check result for applicant Grace Whitfield: pending charge of assault, court date 14 May.')
S('en', 'txt', [SP], 'Gender identity of a named colleague.',
  'Hi team, Sam Ridley is transitioning and will use she/her from Monday; the legal name change is in progress.')
S('en', 'txt', [SP], 'A named colleague\'s invalidity benefit for multiple sclerosis.',
  'For the payroll file: Mark Delaney receives Personal Independence Payment because of his multiple sclerosis.')
S('en', 'csv', [SP], 'A leave table row with a high-risk pregnancy.',
  'Employee,Dept,Leave reason\nRachel Sun,QA,maternity - high-risk pregnancy, bed rest\nTom Ayers,Ops,annual leave')
S('en', 'txt', [CT], 'A named employee\'s home address in an HR change.',
  'Change of details – Olivia Brennan: new home address 7 Larch Grove, Bristol BS7 9QT, effective 1 April.')
S('en', 'txt', [], neg('a masked SSN on a statement.'),
  'Your statement shows the masked SSN XXX-XX-1234; we never print the full number.')
S('en', 'txt', [], neg('an invoice number of ID length.'),
  'Invoice INV-000412345678 is overdue; please pay within 14 days.')
S('en', 'txt', [], neg('cancer statistics from a charity.'),
  'Cancer Research UK: one in two people will be diagnosed with cancer in their lifetime.')
S('en', 'txt', [], neg('history: a president\'s depression.'),
  'Abraham Lincoln suffered from severe depression in the 1840s, historians say.')
S('en', 'txt', [], neg('a senator\'s published office phone.'),
  'Senator Amy Klobuchar, Washington office: 302 Hart Senate Office Building, phone (202) 224-3244.')

S('mixed', 'txt', [SP], 'A mixed vi/en discharge note with a name and an ICD code.',
  'Patient: Trần Quốc Tuấn, DOB 03/05/1979 – diagnosis K35.8 viêm ruột thừa cấp, discharged day 4.')
S('mixed', 'txt', [], neg('a mixed vi/en guidance line on depression.'),
  'Depression (trầm cảm) là bệnh có thể điều trị; hotline tư vấn miễn phí của Bộ Y tế: 1900 9095.')

# ================================================================ batch 2 (written blind after the fixes to batch 1)
C3 = cccd('038', 'm', 1990, 771203)      # Thanh Hóa, man, 1990
MST_P = '8034567137'                     # a personal tax code (8…, check digit valid)
assert mst_ok(MST_P)
UK_PAS = '533401287'                     # 9 digits: a UK passport
CZ_OP2 = '205318822'

both('txt', [SP], 'A named warehouse worker held in criminal detention (chat).',
     'Anh Hà Quang Minh bên kho vận bị công an tạm giữ hình sự từ tối qua vì liên quan đường dây cá độ bóng đá, mai không đi làm được.')
both('txt', [SP], 'A named colleague\'s abortion as the reason for leave.',
     'Chị Mai Thu Hiền phòng hành chính vừa phá thai tuần trước nên xin nghỉ thêm 3 ngày, mọi người đừng hỏi nhé.')
both('txt', [SP], 'A colleague\'s child diagnosed with autism (named child).',
     'Bé Vũ Minh Anh con chị Thủy kế toán được chẩn đoán tự kỷ, chị ấy xin về sớm thứ Ba để đưa bé đi can thiệp.')
both('txt', [SP], 'A disability certificate\'s fields of a named person.',
     'GIẤY XÁC NHẬN KHUYẾT TẬT\nHọ và tên: Trần Văn Bảy\nDạng tật: Khuyết tật vận động\nMức độ khuyết tật: Nặng')
both('txt', [SP], 'A canteen roster note: a named cook carries hepatitis B.',
     'Lưu ý bếp ăn: cô Vi Thị Nga mang virus viêm gan B, đã có giấy bác sĩ cho phép làm việc, không cần thông báo chung.')
both('txt', [SP], 'A named employee\'s past protest activity in a vetting note.',
     'Ghi chú thẩm tra: anh Tô Văn Hưng từng tham gia biểu tình chống dự án thép năm 2016, đề nghị không bố trí vào bộ phận đối ngoại.')
both('txt', [NID], 'A CCCD in a spreadsheet export with the leading apostrophe that keeps its zero.',
     'Họ tên,Số CCCD,Phòng\nLê Thị Hồng,\'' + C3 + ',Kế toán')
both('txt', [FIN], 'A personal tax code on a request for a personal invoice.',
     'Xuất hóa đơn cho cá nhân giúp em: Nguyễn Thanh Bình, MST cá nhân ' + MST_P + ', địa chỉ nhận qua email.')
both('txt', [FIN], 'A VietQR card pasted as text: holder in capitals, number, bank on separate lines.',
     'Quét mã hoặc chuyển khoản:\nĐINH THỊ THU HÀ\n0071001876543\nVietcombank – CN Thăng Long')
both('txt', [CT], 'A personal Facebook profile and a mobile of a named person.',
     'Liên hệ chị Lý Ngọc Diễm qua Facebook fb.com/diem.ly.9x hoặc số riêng 0987 654 321, chị ấy không dùng email công ty.')
# hard negatives
both('txt', [], neg('an anonymous detention in the news.'),
     'Công an quận vừa tạm giữ hình sự một nam thanh niên 25 tuổi tổ chức cá độ bóng đá qua mạng.')
both('txt', [], neg('a blank disability-certificate form.'),
     'Mẫu số 02 – Giấy xác nhận khuyết tật gồm: họ và tên, dạng tật, mức độ khuyết tật, cơ quan cấp.')
both('txt', [], neg('history: patriots sentenced in 1930.'),
     'Năm 1930, Nguyễn Thái Học cùng 12 đồng chí bị thực dân Pháp kết án tử hình ở Yên Bái.')
both('txt', [], neg('HIV statistics.'),
     'Cả nước hiện có khoảng 249.000 người nhiễm HIV còn sống, 75% đang điều trị ARV.')
both('txt', [], neg('a barcode and an online public-service file number.'),
     'Mã vạch sản phẩm: 8934563123456 (EAN-13); mã hồ sơ dịch vụ công: 000.00.12.H26-240915-0012.')
both('txt', [], neg('the table of CCCD province codes.'),
     'Ba số đầu của CCCD là mã tỉnh nơi đăng ký khai sinh: 001 Hà Nội, 031 Hải Phòng, 079 TP Hồ Chí Minh.')

S('cs', 'txt', [SP], 'Czech: a named colleague on maternity leave after a complicated birth.',
  'Paní Šimková je od března na mateřské, porod byl komplikovaný a ještě leží na gynekologii.')
S('cs', 'txt', [SP], 'Czech: a named colleague released from prison.',
  'Kolega Bartoš se minulý měsíc vrátil z vězení, kde si odpykal dva roky za krádež.')
S('cs', 'csv', [NID], 'Czech table of visitors with ID-card numbers.',
  'Jméno;Číslo OP;Firma\nKarel Mach;' + CZ_OP2 + ';Stavby Mach s.r.o.')
S('cs', 'txt', [], neg('Czech history: a writer\'s death.'),
  'Karel Čapek zemřel na zápal plic na Vánoce roku 1938.')
S('cs', 'txt', [], neg('Czech public helpline.'),
  'Linka bezpečí pro děti a mladé: 116 111, zdarma a nonstop.')
S('cs', 'txt', [], neg('Czech invoice number.'),
  'Faktura č. 2024001234 je splatná do 15. 5., variabilní symbol je stejný.')

S('en', 'txt', [SP], 'An occupational-health referral for alcohol dependency.',
  'Jordan Price (Claims) has been referred to Occupational Health for alcohol dependency after two missed shifts.')
S('en', 'txt', [SP], 'A named worker\'s phased return after a heart attack.',
  'Ahmed Saleh (Warehouse) is on a phased return after his heart attack in January: mornings only until May.')
S('en', 'txt', [NID], 'A visitor log with a UK passport number.',
  'Visitor log 12/03\nName: Paul Grady\nPassport: ' + UK_PAS + ' (GBR)\nHost: R. Singh')
S('en', 'txt', [], neg('a pronouns feature note.'),
  'Release note: profiles now let everyone choose pronouns (she/her, he/him, they/them).')
S('en', 'txt', [], neg('a trial date in a company case.'),
  'The trial in the case against Northgate Ltd is set for 14 May; the firm denies the charges.')
S('en', 'txt', [], neg('a suicide-prevention helpline.'),
  'If you are struggling, call Samaritans free on 116 123, any time of day.')

S('mixed', 'txt', [SP], 'A mixed vi/en HR note: a named colleague\'s rehab for gambling addiction.',
  'FYI: anh Kiều Văn Đức (Sales) is in a 30-day rehab for gambling addiction – nghiện cờ bạc, nhờ team cover.')

# ================================================================ batch 3 (written blind after the fixes to batch 2)
C4 = cccd('031', 'f', 2001, 208816)      # Hải Phòng, woman, 2001

both('txt', [SP], 'A named teacher\'s sick-leave request naming a psychiatric stay.',
     'Kính gửi Ban giám hiệu, tôi là Phùng Thị Loan, giáo viên tổ Toán, xin nghỉ 2 tuần để điều trị nội trú tại Bệnh viện Tâm thần tỉnh theo giấy hẹn.')
both('txt', [SP], 'A named colleague\'s husband in prison, told to explain a salary advance.',
     'Chị Khúc Thị Duyên xin ứng lương vì chồng chị đang thụ án 5 năm tù ở trại giam Thanh Xuân, một mình nuôi hai con.')
both('txt', [SP], 'A named driver failed a drug test (chat, company fleet).',
     'Tài xế Hoàng Văn Lực xe 29C-123.45 test nhanh dương tính với ma túy sáng nay, đã cho nghỉ và báo phòng nhân sự.')
both('txt', [NID], 'A CCCD read aloud in words-and-digits in a chat (grouped 4-4-4).',
     'Số căn cước của em là ' + C4[:4] + ' ' + C4[4:8] + ' ' + C4[8:] + ' anh điền giúp em vào hợp đồng nhé.')
both('txt', [], neg('a public list of disciplined officials in the Party\'s news.'),
     'Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với Ban Thường vụ Tỉnh ủy nhiệm kỳ 2015-2020.')
both('txt', [], neg('a leave form template naming illnesses as options.'),
     'Lý do nghỉ (đánh dấu): ☐ Ốm đau  ☐ Thai sản  ☐ Điều trị dài ngày  ☐ Việc riêng')

S('cs', 'txt', [SP], 'Czech: a named employee\'s psychiatric hospitalisation.',
  'Pan Milan Doležal je od pondělí hospitalizován v psychiatrické nemocnici v Bohnicích, zástup řeší vedoucí.')
S('cs', 'txt', [], neg('Czech news on an anonymous conviction.'),
  'Okresní soud odsoudil sedmatřicetiletého muže za krádež kabelů k podmíněnému trestu.')

S('en', 'txt', [SP], 'A named nurse\'s fertility treatment in a rota request.',
  'Rota request: Hannah Lowe (Ward 6) is starting IVF injections and needs no night shifts for four weeks.')
S('en', 'txt', [SP], 'A named tenant\'s probation in a housing note.',
  'Housing note: tenant Gary Moss is on probation until 2027 and must report weekly to his probation officer.')
S('en', 'txt', [], neg('a public health guidance on IVF.'),
  'The NHS offers up to three IVF cycles to eligible women under 40, according to NICE guidance.')
S('en', 'txt', [], neg('a sample ID in documentation.'),
  'Example: passport number 000000000 is rejected by the form validator as a placeholder.')

if __name__ == '__main__':
    write_personal_round(V, 'round27', 'p27')
