#!/usr/bin/env python3
"""Builds test/probes/round45.jsonl (round 45 of the held-out-style probes, written blind): special-category personal
data, national IDs, personal contacts and financial data of named people in the shapes staff paste from forms, apps
and everyday lists, which no round held whole — filled-in forms pasted as text with their check boxes ("☒ Có ☐ Không",
"[x]"), "Tiền sử bệnh:" fields, declarations for leave, loans, scholarships, visas, adoption and insurance claims, a
named respondent's survey answers, a school's pupil profile; screens and app exports (VNeID, VssID, a hospital's app,
a bank app's transfer screen, a messenger's contact card, a calendar invite, a task tracker's ticket, a CRM note, a
help-desk chat); lists staff keep (Zalo group rosters with phones and addresses, a ward's poor households with CCCD, a
class's parents, a shift roster with medical notes, a guest list with passports, a volunteer list with blood types);
Czech formulář/dotazník/přihláška and English intake, claim and RSVP forms — and hard negatives of the same shapes:
blank and template forms, forms filled with the documented placeholders ("Nguyễn Văn A", "Jan Novák", "John Doe"),
anonymised and aggregated lists, the office's own contacts, public figures, app UI strings, privacy notices, a form's
help text listing its fields.

Labels follow the decisions already written (round 40: a sensitive field is a person's data when a name is in the same
record; blank, masked, declined and generated values are no one's; counts of tens are statistics; an office's contact
passes). Batch 1 was scored blind on main c14ffab; batches 2 to 5 (ids continuing) were each written after the
fixes of the batch before, blind again. Values come from seeded or checked makers (probe_ids.py), so the file rebuilds byte for byte. Stdlib only."""

from probe_ids import DG, cccd, czacct, drawn, iban, luhn, nhs, personal_sampler, rc, rc_ok, seeded, ssn_ok, write_personal_round

V, S, both = personal_sampler()
R, rnd = seeded(45045)
SP, NID, FIN, CT = 'sensitive-personal', 'national-id', 'financial', 'contact'


def neg(note):
    return 'Hard negative: ' + note


def vnmob(head):
    """A Vietnamese mobile number: a carrier's three-digit head and seven drawn digits, written 4-3-3."""
    s = head + rnd(7, DG)
    return f'{s[:4]} {s[4:7]} {s[7:]}'


def cza(head):
    return drawn(czacct, head, rnd)


# ---------------------------------------------------------------- identifiers used below (checked)
C1 = cccd('034', 'f', 1987, 418263)      # Thái Bình, woman, 1987
C2 = cccd('026', 'm', 1975, 709154)      # Vĩnh Phúc, man, 1975
C3 = cccd('038', 'f', 1962, 351820)      # Thanh Hóa, woman, 1962
C4 = cccd('038', 'm', 1958, 120947)      # Thanh Hóa, man, 1958
C5 = cccd('001', 'm', 1990, 562318)      # Hà Nội, man, 1990
BHXH1 = '0125' + rnd(6, DG)              # a 10-digit social-insurance number
RC1 = rc(15, 4, 22, 418)                 # a boy born 22 April 2015
RC2 = rc(84, 11, 3, 205, female=True)    # woman, born 3 November 1984
assert rc_ok(RC1) and rc_ok(RC2)
SSN1 = '529-41-7730'
assert ssn_ok(SSN1)
ACC_CZ1 = cza('19')
IBAN_GB = iban('GB', 'BARC20035371829406')

# ================================================================ batch 1 — Vietnamese forms, screens and lists
both('txt', [SP], 'A leave request form pasted as text: the "ốm đau" box ticked and a chronic illness in "Tiền sử bệnh".',
     'ĐƠN XIN NGHỈ PHÉP\nHọ và tên: Trịnh Thị Ngọc Ánh        Bộ phận: Kế toán\n'
     'Lý do nghỉ:  ☐ Việc riêng   ☒ Ốm đau   ☐ Thai sản\nTiền sử bệnh: Viêm gan B mạn tính, đang điều trị Tenofovir\n'
     'Thời gian nghỉ: từ 08/12/2025 đến 12/12/2025\nNgười làm đơn (ký, ghi rõ họ tên)')
both('txt', [NID, FIN], 'A loan application pasted from a bank\'s form: CCCD and the disbursement account.',
     'GIẤY ĐỀ NGHỊ VAY VỐN KIÊM PHƯƠNG ÁN TRẢ NỢ\n1. Người vay: Lê Văn Thịnh\n   Số CCCD: ' + C2 + '   Ngày cấp: 14/07/2021\n'
     '2. Số tiền vay: 150.000.000 đồng – Mục đích: sửa nhà\n3. Tài khoản nhận giải ngân: ' + '1903' + rnd(10, DG) + ' tại Techcombank CN Vĩnh Phúc\n'
     '4. Hình thức đảm bảo: ☒ Thế chấp  ☐ Tín chấp')
both('txt', [SP, CT], 'A pupil profile: ethnicity, religion, a ticked disability box and the parent\'s mobile.',
     'PHIẾU THÔNG TIN HỌC SINH – NĂM HỌC 2025-2026\nHọ tên học sinh: Giàng Thị Mỷ    Lớp: 6A2\n'
     'Dân tộc: H\'Mông    Tôn giáo: Tin lành\nHọc sinh khuyết tật:  ☒ Có (khiếm thính)  ☐ Không\n'
     'Họ tên cha/mẹ: Giàng A Páo – SĐT: ' + vnmob('098') + '\nChỗ ở hiện nay: bản Sà Phìn, xã Sủng Là')
both('txt', [NID, CT], 'Text copied from the VNeID app\'s citizen screen: personal ID number and permanent residence.',
     'Thông tin công dân\nHọ và tên\nPHẠM THỊ HỒNG NHUNG\nSố định danh cá nhân\n' + C1 + '\nNgày sinh\n19/03/1987\n'
     'Nơi thường trú\nSố 27 ngõ 112 Lý Bôn, Phường Tiền Phong, TP Thái Bình, Thái Bình\nMức độ tài khoản: Mức 2')
both('txt', [SP], 'A calendar invite whose title is an HIV test for a named colleague.',
     'Lời mời: Khám HIV - Đoàn Minh Khoa\nThời gian: Thứ Năm 11/12/2025 08:00 – 09:00 (GMT+7)\n'
     'Địa điểm: Phòng khám ngoại trú OPC, BV Đống Đa\nKhách mời: khoa.dm, bs.thu\nGhi chú: xét nghiệm khẳng định lần 2, nhịn ăn sáng')
both('txt', [CT], 'A Zalo group roster copied out: residents\' names, mobiles and home addresses.',
     'DS thành viên nhóm Zalo "Tổ dân phố số 5 - P. Kiến Hưng"\n1. Nguyễn Thị Lụa – ' + vnmob('091') + ' – số 14 ngách 3 ngõ 8 Phúc La\n'
     '2. Vũ Đình Tiến – ' + vnmob('035') + ' – số 22 ngõ 8 Phúc La\n3. Lương Thu Hà – ' + vnmob('086') + ' – P.402 nhà B2 KĐT Văn Phú')
both('txt', [NID], 'A ward\'s list of poor households with the head\'s CCCD in each row.',
     'DANH SÁCH HỘ NGHÈO NĂM 2026 – THÔN ĐÔNG, XÃ HOẰNG LỘC\nTT | Chủ hộ | Số CCCD | Số khẩu | Mã hộ\n'
     '1 | Lê Thị Huệ | ' + C3 + ' | 3 | HN-0412\n2 | Hoàng Văn Chiến | ' + C4 + ' | 5 | HN-0413')
both('txt', [SP], 'A shift roster with medical notes beside named staff.',
     'LỊCH TRỰC TUẦN 50 – ĐỘI PCCC KHU VỰC 3\nCa đêm T2: Lã Văn Hùng, Bế Minh Đạt\nCa đêm T4: Tống Văn Sơn\n'
     'Ghi chú y tế: đ/c Hùng đang điều trị động kinh, không xếp trực một mình; đ/c Sơn sau mổ thoát vị đĩa đệm, tránh mang vác.')
both('txt', [FIN], 'A bank app\'s transfer-success screen copied as text: the recipient\'s account and name.',
     'Chuyển tiền thành công\n2.500.000 VND\nTài khoản nhận\n' + '0451' + rnd(9, DG) + '\nVietcombank\nTên người nhận\nDINH THI MAI LAN\n'
     'Nội dung\nTra tien hoc them T12 chau Bin\nMã giao dịch: FT25342' + rnd(6, DG))
both('txt', [NID, CT], 'A help-desk chat transcript: a citizen gives his CCCD and mobile to reset a public-service account.',
     '[Tổng đài viên 14:02] Anh vui lòng cung cấp số CCCD và số điện thoại đăng ký để em kiểm tra ạ.\n'
     '[Khách - Trần Đức Mạnh 14:03] cccd ' + C5 + ', sđt ' + vnmob('097') + '\n'
     '[Tổng đài viên 14:04] Em đã gửi yêu cầu cấp lại mật khẩu, anh chờ tin nhắn nhé.')
both('txt', [SP], 'Survey answers of a named respondent: religion and a relative living with HIV.',
     'PHIẾU KHẢO SÁT HỘ GIA ĐÌNH (đã nhập)\nNgười trả lời: Bà Lò Thị Pấng, 54 tuổi, bản Nà Tấu\n'
     'Câu 4. Tôn giáo: ☒ Công giáo ☐ Phật giáo ☐ Không\nCâu 9. Trong hộ có người nhiễm HIV không?  ☒ Có (con trai, đang điều trị ARV)  ☐ Không')
both('txt', [NID], 'Text from the VssID app: the social-insurance number under the holder\'s name.',
     'VssID - Bảo hiểm xã hội số\nThông tin cá nhân\nHọ tên: Quách Văn Tài\nMã số BHXH: ' + BHXH1 + '\n'
     'Ngày sinh: 02/09/1991\nNơi đăng ký KCB: Trạm Y tế phường Đông Thọ\nThời hạn thẻ: 31/12/2025')
# ---------------------------------------------------------------- Vietnamese hard negatives of the same shapes
both('txt', [], neg('a blank leave request form with its check boxes and dotted fields.'),
     'ĐƠN XIN NGHỈ PHÉP\nHọ và tên: ....................................  Bộ phận: ....................\n'
     'Lý do nghỉ:  ☐ Việc riêng   ☐ Ốm đau   ☐ Thai sản\nTiền sử bệnh (nếu có): ..........................................\n'
     'Thời gian nghỉ: từ ..../..../........ đến ..../..../........')
both('txt', [], neg('a form\'s filling guide with the documented placeholder person and masked CCCD.'),
     'HƯỚNG DẪN KÊ KHAI (ví dụ minh họa)\nHọ và tên: NGUYỄN VĂN A\nSố CCCD: 001xxxxxxxxx\nTôn giáo: ghi "Không" nếu không theo tôn giáo nào\n'
     'Tiền sử bệnh: ghi các bệnh mạn tính (ví dụ: tăng huyết áp, đái tháo đường), nếu không có ghi "Không".')
both('txt', [], neg('an aggregated poor-household report by hamlet.'),
     'Tổng hợp rà soát hộ nghèo 2026 – xã Hoằng Lộc: Thôn Đông 12 hộ, Thôn Tây 9 hộ, Thôn Trung 15 hộ; '
     'trong đó 7 hộ có người khuyết tật, 3 hộ đồng bào Mường. Tổng: 36 hộ (tỷ lệ 2,1%).')
both('txt', [], neg('the one-stop office\'s own contacts on a notice.'),
     'Bộ phận Một cửa UBND phường Kiến Hưng tiếp nhận hồ sơ các ngày trong tuần.\n'
     'Điện thoại: 024 3354 1821 – Email: motcua.kienhung@hanoi.gov.vn\nĐịa chỉ: số 2 Phúc La, phường Kiến Hưng.')
both('txt', [], neg('VNeID app UI strings from a localisation file.'),
     '"citizen_info_title": "Thông tin công dân",\n"personal_id_label": "Số định danh cá nhân",\n'
     '"residence_label": "Nơi thường trú",\n"religion_label": "Tôn giáo",\n"verify_button": "Xác thực"')
both('txt', [], neg('a privacy notice listing the data a health app collects.'),
     'Thông báo xử lý dữ liệu cá nhân: Ứng dụng thu thập họ tên, số định danh cá nhân, số điện thoại, địa chỉ và '
     'tình trạng sức khỏe, tiền sử bệnh (dữ liệu nhạy cảm) để đặt lịch khám. Bạn có quyền rút lại sự đồng ý bất cứ lúc nào.')
both('txt', [], neg('a calendar invite for the office\'s routine health check, no one named.'),
     'Lời mời: Khám sức khỏe định kỳ năm 2025 - Khối cơ quan\nThời gian: Thứ Bảy 13/12/2025 07:00 – 11:00\n'
     'Địa điểm: Trung tâm Y tế quận Hà Đông\nGhi chú: nhịn ăn sáng để xét nghiệm máu; mang theo thẻ BHYT.')

# ---------------------------------------------------------------- Czech
S('cs', 'txt', [SP, NID], 'A summer-camp application (přihláška) with the child\'s birth number and ticked health boxes.',
  'PŘIHLÁŠKA NA LETNÍ TÁBOR 2026\nJméno dítěte: Matyáš Kučera    Rodné číslo: ' + RC1 + '\n'
  'Zdravotní stav: [x] alergie (penicilin)  [x] epilepsie – užívá Depakine  [ ] jiné\nZákonný zástupce: Petra Kučerová')
S('cs', 'txt', [FIN, NID], 'A new employee questionnaire (osobní dotazník) with her birth number and salary account.',
  'OSOBNÍ DOTAZNÍK ZAMĚSTNANCE\nPříjmení a jméno: Veselá Monika\nRodné číslo: ' + RC2 + '\n'
  'Zdravotní pojišťovna: 111\nČíslo účtu pro výplatu mzdy: ' + ACC_CZ1 + '/0800\nDosažené vzdělání: VŠ')
S('cs', 'txt', [SP], 'An application for a care allowance (žádost o příspěvek na péči) with the applicant\'s diagnosis.',
  'ŽÁDOST O PŘÍSPĚVEK NA PÉČI\nŽadatel: Jaroslav Němec, nar. 12. 5. 1949, Olomouc\n'
  'Zdravotní stav: stav po CMP s pravostrannou hemiparézou, Alzheimerova choroba v počínající fázi\n'
  'Pomoc zajišťuje: dcera Hana Němcová')
S('cs', 'txt', [CT], 'A messenger\'s contact card copied out: a private mobile and home address.',
  'Kontakt\nPetra Dvořáková\nmobil: +420 736 ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\nsoukromý e-mail: petra.dvorakova84@seznam.cz\n'
  'adresa: Horní 14, 702 00 Ostrava')
S('cs', 'txt', [NID], 'A hotel guest list with passport numbers.',
  'Seznam hostů – konference 9. 12.\nJméno | Státní příslušnost | Číslo pasu\nTomáš Urban | CZ | ' + rnd(8, DG) + '\n'
  'Nguyen Thi Hoa | VN | C' + rnd(7, DG) + '\nAnna Kowalska | PL | EK' + rnd(7, DG))
S('cs', 'txt', [SP, CT], 'A blood-drive volunteer list with blood types and mobiles.',
  'Dobrovolníci – Den dárců krve\nJan Hrubý, 0 Rh−, tel. 604 ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\n'
  'Kateřina Malá, AB Rh+, tel. 725 ' + rnd(3, DG) + ' ' + rnd(3, DG) + ' (po operaci štítné žlázy, odložit do března)')
S('cs', 'txt', [SP], 'A help-desk ticket: a named user is on sick leave for depression.',
  'Požadavek #4411 – Přístup k poště v době nemoci\nŽadatel: Martin Beneš (účetní)\n'
  'Popis: Kolega je dlouhodobě v pracovní neschopnosti kvůli depresi, vedoucí žádá přesměrování jeho schránky.')
S('cs', 'txt', [SP], 'A scholarship application form with a ticked box for a disability and the applicant named.',
  'ŽÁDOST O SOCIÁLNÍ STIPENDIUM\nStudent: Ondřej Vlček, 2. ročník\nZdravotní postižení: ☒ ano (těžké zrakové postižení, průkaz ZTP)  ☐ ne\n'
  'Příjem domácnosti: pod hranicí 1,5násobku životního minima')
S('cs', 'txt', [], neg('a blank Czech camp application with check boxes.'),
  'PŘIHLÁŠKA NA LETNÍ TÁBOR 2026\nJméno dítěte: ______________  Rodné číslo: ______/____\n'
  'Zdravotní stav: [ ] alergie  [ ] epilepsie  [ ] jiné: ________\nZákonný zástupce: ______________')
S('cs', 'txt', [], neg('a form filled with the documented placeholder "Jan Novák" and a zero birth number.'),
  'Vzor vyplnění formuláře:\nJméno a příjmení: Jan Novák\nRodné číslo: 000000/0000\nAdresa: Dlouhá 1, 110 00 Praha 1\n'
  'Zdravotní pojišťovna: VZP')
S('cs', 'txt', [], neg('a GDPR notice of a clinic listing the data it processes.'),
  'Informace o zpracování osobních údajů: zpracováváme jméno, rodné číslo, kontaktní údaje a údaje o zdravotním stavu '
  'pacientů za účelem poskytování zdravotních služeb (čl. 9 odst. 2 písm. h) GDPR).')
S('cs', 'txt', [], neg('aggregated answers of an employee questionnaire.'),
  'Výsledky dotazníku spokojenosti 2025: odpovědělo 184 zaměstnanců, 23 % uvedlo dlouhodobé zdravotní potíže, '
  '11 % pečuje o člena rodiny se zdravotním postižením.')
S('cs', 'txt', [], neg('the registry office\'s own contacts.'),
  'Podatelna Městského úřadu Uherské Hradiště: tel. 572 525 111, e-mail: podatelna@mesto-uh.cz, datová schránka 7bmb2k9.')
S('cs', 'txt', [], neg('a form\'s help text listing its fields.'),
  'Nápověda k formuláři: do pole „Zdravotní stav“ uveďte alergie, chronická onemocnění a užívané léky; pole „Rodné číslo“ '
  'vyplňte bez lomítka; pole „Krevní skupina“ je nepovinné.')

# ---------------------------------------------------------------- English
S('en', 'txt', [SP], 'An insurance claim form pasted as text: a ticked pre-existing condition of the named claimant.',
  'TRAVEL INSURANCE CLAIM FORM\nClaimant: Rebecca Hollis    Policy no: TRV-88241937\n'
  'Section C – Medical\nPre-existing condition?  [x] Yes  [ ] No\nIf yes, give details: Type 1 diabetes, insulin pump since 2019\n'
  'Reason for claim: hospital admission in Lisbon, diabetic ketoacidosis')
S('en', 'txt', [SP, NID], 'A clinic intake form with the SSN and an HIV-positive box ticked.',
  'NEW PATIENT INTAKE\nName: Marcus Whitfield    DOB: 04/17/1982\nSSN: ' + SSN1 + '\n'
  'Medical history (check all that apply):\n[ ] Asthma  [x] HIV positive  [ ] Hepatitis C  [x] Depression')
S('en', 'txt', [CT], 'An RSVP list with guests\' private mobiles and home addresses.',
  'RSVP – retirement dinner for Linda\nName | Mobile | Address | Attending\nTom Barker | 07842 ' + rnd(6, DG) + ' | 14 Ash Grove, Leeds LS6 2HB | yes\n'
  'Priya Shah | 07911 ' + rnd(6, DG) + ' | 3 Mill Lane, Otley LS21 1BG | yes (+1)')
S('en', 'txt', [SP], 'A CRM note on a named customer\'s recovery from alcoholism.',
  'CRM – Account 55120 – Note added by j.porter\nCalled Mark Ellison re arrears. He said he has been in recovery from '
  'alcoholism since March and lost his job; agreed a 3-month payment holiday.')
S('en', 'txt', [SP], 'An adoption application with sexual orientation and a criminal conviction ticked.',
  'ADOPTION APPLICATION – PART B\nApplicant 1: Daniel Reyes   Applicant 2: Samuel Okafor\nRelationship: same-sex couple, married 2021\n'
  'Criminal convictions:  [x] Yes  [ ] No  — Applicant 1: drink-driving, 2016, fined\nHealth: Applicant 2 has managed bipolar disorder')
S('en', 'txt', [NID], 'A visa application summary with the passport number.',
  'Visa application – summary page\nSurname: NGUYEN   Given names: THI THANH HUONG\nPassport number: C' + rnd(7, DG) + '\n'
  'Date of issue: 12 MAR 2022   Nationality: Vietnamese\nPurpose of visit: conference, Canberra')
S('en', 'txt', [FIN], 'A bank app transfer confirmation with the payee\'s IBAN.',
  'Payment sent\n£1,250.00 to Daniel Ortiz\nIBAN ' + IBAN_GB + '\nReference: rent Dec\nToday, 09:14')
S('en', 'txt', [SP], 'A task tracker ticket: payroll deducting union dues for a named member.',
  'HR-221  Set up union dues deduction\nAssignee: payroll\nDescription: Sarah Collins has joined Unite (membership no. on file); '
  'please deduct monthly subscription from January payroll.')
S('en', 'txt', [], neg('a blank claim form with its check boxes.'),
  'TRAVEL INSURANCE CLAIM FORM\nClaimant: ____________   Policy no: ____________\nPre-existing condition?  [ ] Yes  [ ] No\n'
  'If yes, give details: ______________________')
S('en', 'txt', [], neg('documentation of an intake form filled with John Doe and a zero SSN.'),
  'Example submission (test data):\nName: John Doe\nSSN: 000-00-0000\nMedical history: [x] Asthma\nEmergency contact: Jane Doe, (555) 010-0199')
S('en', 'txt', [], neg('app i18n strings for a health form.'),
  '{"intake.hiv_status": "HIV status", "intake.religion": "Religion (optional)", "intake.ssn": "Social Security number", '
  '"intake.submit": "Submit"}')
S('en', 'txt', [], neg('an RSVP note giving the events office\'s own contacts.'),
  'Please RSVP by 12 December to the Events Office: events@leeds-council.gov.uk or 0113 378 4400.')
S('en', 'txt', [], neg('a public figure\'s health in a news item.'),
  'The Prime Minister\'s office said he is recovering well after a minor knee operation and will return to work on Monday.')
S('en', 'txt', [], neg('an aggregated staff survey.'),
  'Staff survey 2025: 412 responses; 9% reported a disability, 14% said they have caring responsibilities, 3% preferred not to say.')
S('en', 'txt', [], neg('a hospital app\'s help screen naming the fields it asks for.'),
  'Help – Registering\nYou will need your NHS number (10 digits, on any letter from the NHS), your date of birth and a mobile '
  'number for text reminders. Tick "I have a disability" if you need extra support at appointments.')

# ================================================================ batch 2 — written after batch 1's fixes, blind again
C6 = cccd('031', 'm', 1983, 274615)      # Hải Phòng, man, 1983
C7 = cccd('075', 'f', 1999, 830271)      # Đồng Nai, woman, 1999
CARD1 = luhn('4532' + rnd(11, DG), 16)
RC3 = rc(91, 7, 30, 644)                 # man, born 30 July 1991
assert rc_ok(RC3)

both('txt', [SP], 'Text copied from a hospital app\'s test-result screen: the patient named, hepatitis B positive.',
     'Kết quả xét nghiệm\nNgười bệnh: Hà Thu Trang – Mã BN: 25.0412.883\nNgày lấy mẫu: 04/12/2025\n'
     'HBsAg (test nhanh): Dương tính\nAnti-HCV: Âm tính\nBác sĩ chỉ định: BS. Phạm Quốc Huy')
both('txt', [CT], 'A class\'s parents list with mobiles, for the class Zalo group.',
     'DANH SÁCH PHỤ HUYNH LỚP 3A – TH Nguyễn Trãi\nSTT | Học sinh | Phụ huynh | SĐT\n'
     '1 | Bùi Gia Bảo | Bùi Văn Toàn | ' + vnmob('090') + '\n2 | Đỗ Khánh Linh | Nguyễn Thị Hoa | ' + vnmob('033') + '\n'
     '3 | Lý Minh Khôi | Lý Quốc Hưng | ' + vnmob('077'))
both('txt', [SP], 'A scholarship declaration with ticked boxes: orphan and a disability of the named pupil.',
     'TỜ KHAI XÉT HỌC BỔNG "NÂNG BƯỚC ĐẾN TRƯỜNG"\nHọ tên học sinh: Sùng Thị Mai    Lớp: 8B\n'
     'Hoàn cảnh: ☒ Mồ côi cha  ☐ Mồ côi cả cha mẹ  ☒ Hộ nghèo\nBản thân học sinh: ☒ Khuyết tật vận động (chân trái)  ☐ Bệnh hiểm nghèo')
both('txt', [CT], 'A Zalo contact card forwarded in a chat: a private mobile.',
     '[09:41] Nguyễn Hải Yến: [Danh thiếp] Lưu Minh Tâm\nSố điện thoại: ' + vnmob('035') + '\n'
     '[09:42] Nguyễn Hải Yến: anh liên hệ trực tiếp anh Tâm nhé, nói là em giới thiệu')
both('txt', [SP, NID, FIN], 'An insurance payout request: CCCD, diagnosis and the account to pay into.',
     'GIẤY YÊU CẦU TRẢ TIỀN BẢO HIỂM\nNgười được bảo hiểm: Cao Văn Định    Số CCCD: ' + C6 + '\n'
     'Sự kiện bảo hiểm: nhập viện 6 ngày, chẩn đoán nhồi máu cơ tim cấp, đặt 1 stent\n'
     'Số tài khoản nhận tiền: ' + '2151' + rnd(10, DG) + ' – BIDV chi nhánh Hải Phòng – chủ TK: CAO VAN DINH')
both('txt', [NID, SP], 'A visa declaration: passport number and a ticked criminal record with its detail.',
     'TỜ KHAI ĐỀ NGHỊ CẤP THỊ THỰC (bản nháp)\nHọ tên: Lâm Thị Ngọc Hân    Số hộ chiếu: P' + rnd(7, DG) + '\n'
     'Đã từng bị kết án hình sự?  ☒ Có  ☐ Không\nNếu có, ghi rõ: năm 2020, 12 tháng tù cho hưởng án treo, tội đánh bạc')
both('txt', [SP], 'A task tracker ticket of a bank\'s collections team: a named customer on dialysis asks to defer.',
     'Ticket #2231 – Giãn nợ\nKH: Đỗ Văn Hưng (HĐ tín chấp 8812)\nMô tả: KH gọi báo đang chạy thận 3 buổi/tuần, mất việc từ tháng 9, '
     'xin giãn nợ 6 tháng. Giao: tổ thu hồi nợ.')
both('txt', [], neg('a blank scholarship declaration with its check boxes.'),
     'TỜ KHAI XÉT HỌC BỔNG\nHọ tên học sinh: ..............................  Lớp: ......\n'
     'Hoàn cảnh: ☐ Mồ côi cha  ☐ Mồ côi cả cha mẹ  ☐ Hộ nghèo\nBản thân học sinh: ☐ Khuyết tật  ☐ Bệnh hiểm nghèo')
both('txt', [], neg('a hospital app\'s notification template with placeholders.'),
     'Mẫu tin nhắn SMS:\nXin chào {ho_ten}, kết quả xét nghiệm {ma_xn} của bạn đã có. Vui lòng mở ứng dụng để xem '
     'hoặc gọi tổng đài 1900 9095.')
both('txt', [], neg('a class report with counts only.'),
     'Lớp 3A có 35 học sinh, 33 phụ huynh đã tham gia nhóm Zalo của lớp, 2 phụ huynh chưa có điện thoại thông minh; '
     '4 em thuộc hộ nghèo, 1 em khuyết tật học hòa nhập.')
both('txt', [], neg('a leave procedure listing the papers to attach.'),
     'Hồ sơ nghỉ ốm gồm: đơn xin nghỉ (ghi rõ họ tên, bộ phận, lý do), giấy ra viện hoặc giấy chứng nhận nghỉ việc hưởng BHXH; '
     'trường hợp mắc bệnh dài ngày cần có xác nhận của bệnh viện tuyến tỉnh.')

S('cs', 'txt', [SP], 'A named respondent\'s questionnaire answers with religion and a chronic illness.',
  'DOTAZNÍK – zpracované odpovědi\nRespondent: Zdeněk Pokorný, 58 let, Kroměříž\n'
  'Ot. 3 Náboženské vyznání: [x] římskokatolické [ ] bez vyznání\nOt. 7 Trpíte chronickým onemocněním? [x] ano – diabetes 2. typu, po infarktu 2022')
S('cs', 'txt', [SP], 'An injury report (záznam o úrazu) of a named employee.',
  'ZÁZNAM O ÚRAZU\nJméno postiženého: Lukáš Novotný, skladník\nDruh zranění: zlomenina levého zápěstí, otřes mozku\n'
  'Pracovní neschopnost od: 2. 12. 2025')
S('cs', 'txt', [CT], 'A class\'s parents list with private mobiles.',
  'Seznam rodičů 2.B (pro WhatsApp skupinu)\nAdam Horák – matka Jitka Horáková, 777 ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\n'
  'Ema Fialová – otec Roman Fiala, 731 ' + rnd(3, DG) + ' ' + rnd(3, DG))
S('cs', 'txt', [NID, SP], 'A club application (přihláška do kroužku) with the birth number and the child\'s health.',
  'PŘIHLÁŠKA – plavecký kroužek\nJméno: Tobiáš Marek   RČ: ' + RC3 + '\nZdravotní stav dítěte: astma, nosí inhalátor; alergie na ořechy')
S('cs', 'txt', [], neg('a blank questionnaire.'),
  'DOTAZNÍK\nRespondent: ______________\nOt. 3 Náboženské vyznání: [ ] římskokatolické [ ] evangelické [ ] bez vyznání\n'
  'Ot. 7 Trpíte chronickým onemocněním? [ ] ano [ ] ne')
S('cs', 'txt', [], neg('a school\'s own contacts for parents.'),
  'Kontakty školy: kancelář 565 123 400, zástupkyně ředitele 565 123 402, e-mail skola@zs-jihlava.cz; třídní učitelé dle rozvrhu konzultací.')
S('cs', 'txt', [], neg('an anonymised injury register by initials.'),
  'Kniha úrazů 2025: 14. 3. – J. N., pořezání prstu; 2. 6. – M. K., podvrtnutí kotníku; 19. 9. – P. S., zlomenina zápěstí.')
S('cs', 'txt', [], neg('app UI strings in Czech.'),
  '"form.health.label": "Zdravotní stav",\n"form.religion.label": "Náboženské vyznání (nepovinné)",\n"form.birthNumber.hint": "Rodné číslo bez lomítka"')

S('en', 'txt', [NID], 'A tour guest list with passports.',
  'GUEST LIST – Hanoi study visit (Dec 14–18)\nName | Nationality | Passport no.\nOliver Grant | GBR | ' + rnd(9, DG) + '\n'
  'Hannah Weiss | DEU | C' + rnd(8, DG).replace('0', 'K')[:8] + '\nLiam Walsh | IRL | P' + rnd(7, DG))
S('en', 'txt', [SP], 'A shift roster with medical notes.',
  'ROTA w/c 8 Dec – Night team\nMon: Kevin Doyle, Aisha Rahman\nWed: Kevin Doyle, Tom Price\n'
  'Notes: Kevin is epileptic – never rostered alone; Aisha is 24 weeks pregnant, no lifting.')
S('en', 'txt', [FIN], 'A help-desk chat in which a customer types his card number.',
  '[Agent Mia 10:02] Can you confirm the card you paid with?\n[Customer Paul Jenkins 10:03] ' + ' '.join(CARD1[i:i+4] for i in range(0, 16, 4)) + ' exp 09/28\n'
  '[Agent Mia 10:03] Thanks, I can see the double charge.')
S('en', 'txt', [SP, CT], 'A volunteer list with blood types, a condition and mobiles.',
  'Volunteers – 5K fun run first-aid tent\nJess Moore (O neg) 07723 ' + rnd(6, DG) + '\nRaj Patel (A pos) 07488 ' + rnd(6, DG) + ' – type 1 diabetic, carries glucose')
S('en', 'txt', [], neg('an RSVP list by first name with no contacts.'),
  'RSVPs so far: Tom (yes), Priya (+1), Dan (maybe), Lucy (no – away). Dietary: 2 vegetarian, 1 gluten-free.')
S('en', 'txt', [], neg('a claim form\'s guidance with Jane Doe.'),
  'How to fill in Section C (example):\nClaimant: Jane Doe\nPre-existing condition? [x] Yes\nIf yes, give details: e.g. asthma, diabetes')
S('en', 'txt', [], neg('a privacy notice for an RSVP form.'),
  'We collect your name, email, phone number and any dietary or accessibility needs you tell us about, only to organise the event; '
  'we delete them 30 days afterwards.')
S('en', 'txt', [], neg('a form\'s help text listing its fields.'),
  'Help: "Medical conditions" – list anything staff should know in an emergency (for example epilepsy, diabetes, severe allergies). '
  '"Emergency contact" – a person we can call, not yourself.')

# ================================================================ batch 3 — written after batch 2's fixes, blind again
C8 = cccd('027', 'f', 1994, 506183)      # Bắc Ninh, woman, 1994
C9 = cccd('045', 'm', 1980, 637290)      # Quảng Trị, man, 1980
RC4 = rc(57, 3, 8, 902)                  # man, born 8 March 1957
assert rc_ok(RC4)
NHS2 = drawn(nhs, '4857', rnd)
ACC_CZ2 = cza('27')

both('txt', [SP], 'An adoption application: the couple named, infertility given as the reason.',
     'ĐƠN XIN NHẬN CON NUÔI\nNgười nhận con nuôi: Ông Khổng Minh Đạt (1984) và bà Mạc Thị Thanh (1986)\n'
     'Lý do xin nhận con nuôi: vợ chồng kết hôn 12 năm, vô sinh (có kết luận của BV Phụ sản Trung ương), chưa có con.')
both('txt', [NID], 'Text from a residence screen: household members with their personal ID numbers.',
     'Thông tin cư trú\nChủ hộ: TRIỆU VĂN PHÚC – Số định danh: ' + C9 + '\nThành viên:\n'
     '- TRIỆU THỊ LAN (vợ) – Số định danh: ' + C8 + '\nĐịa chỉ thường trú: Khu phố 3, phường Đông Lương, Đông Hà, Quảng Trị')
both('txt', [SP], 'A symptom form sent through a hospital app: the named patient and a suspected TB cough with blood.',
     'PHIẾU ĐĂNG KÝ KHÁM TRỰC TUYẾN\nHọ tên: Nông Văn Thiệu    Năm sinh: 1971\nChuyên khoa: Hô hấp\n'
     'Triệu chứng: ho ra máu 3 tuần, sút 5 kg, trước đây từng điều trị lao phổi năm 2019')
both('txt', [CT], 'A blood-donor Zalo group roster with blood groups and mobiles.',
     'Nhóm hiến máu tình nguyện phường Tân Mai – danh sách gọi khẩn\nHoàng Văn Khiêm – nhóm máu O – ' + vnmob('094') + '\n'
     'Phạm Thị Yên – nhóm máu AB – ' + vnmob('036') + '\nĐặng Quốc Toản – nhóm máu O – ' + vnmob('085'))
both('txt', [FIN], 'A bank app\'s transfer screen to a person\'s account, copied as text.',
     'Giao dịch thành công\nSố tiền: 5.000.000 VND\nĐến: NGUYEN THI THANH HUYEN\nSố tài khoản: ' + '1014' + rnd(8, DG) + '\n'
     'Ngân hàng: VietinBank\nLời nhắn: ung ho chau Bin dieu tri\nThời gian: 08/12/2025 20:14')
both('txt', [NID, SP], 'A loan file note: the CCCD and the bad-debt group at another bank.',
     'Tờ trình thẩm định – KH: Quan Thị Hạnh, CCCD ' + C8 + '\nThu nhập: 14 triệu/tháng (lương)\n'
     'Tra cứu CIC: đang có nợ xấu nhóm 3 tại VPBank (thẻ tín dụng, 38 triệu) → đề xuất từ chối.')
both('txt', [SP], 'A pupil profile: a war-invalid\'s child and a congenital heart condition.',
     'HỒ SƠ HỌC SINH – Họ tên: Lê Hoàng Nam, lớp 4C\nDiện chính sách: Con thương binh 3/4\n'
     'Bệnh lý cần lưu ý: tim bẩm sinh (thông liên thất), không cho chạy bền, có thuốc trong cặp.')
both('txt', [], neg('a blank residence-change declaration (form CT01).'),
     'TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ (Mẫu CT01)\n1. Họ, chữ đệm và tên: ....................................\n'
     '2. Số định danh cá nhân: ☐☐☐☐☐☐☐☐☐☐☐☐\n3. Tôn giáo: ...................  4. Dân tộc: ...................')
both('txt', [], neg('the provincial chairman\'s schedule visiting patients.'),
     'Lịch công tác tuần 50: Thứ Ba 9/12, 8h00 – Chủ tịch UBND tỉnh Đoàn Văn Thắng thăm, tặng quà bệnh nhân đang điều trị '
     'ung thư tại Bệnh viện Ung bướu tỉnh.')
both('txt', [], neg('the ward\'s own account for fees.'),
     'Lệ phí chứng thực nộp vào tài khoản của UBND phường Tân Mai: số 1190 2745 3001 tại VietinBank CN Đống Đa, '
     'nội dung ghi rõ họ tên người nộp.')
both('txt', [], neg('aggregated survey of households.'),
     'Kết quả khảo sát 120 hộ tổ 7: 18 hộ có người khuyết tật, 6 hộ theo đạo Công giáo, 3 hộ đồng bào Tày; '
     '95% hộ đã cài VNeID mức 2.')

S('cs', 'txt', [NID, SP], 'An application for an invalidity pension with the birth number and diagnoses.',
  'ŽÁDOST O INVALIDNÍ DŮCHOD\nŽadatel: Miloslav Kubát, RČ ' + RC4 + '\nOšetřující lékař: MUDr. Hana Krásná\n'
  'Zdravotní postižení: ischemická choroba srdeční, stav po infarktu 2024, chronická obstrukční plicní nemoc')
S('cs', 'txt', [SP], 'A phone calendar entry: a psychiatrist appointment for a named colleague.',
  'Událost: Psychiatr – Jana Veselá (doprovod)\nKdy: čt 11. 12. 14:00–15:00\nKde: Psychiatrická ambulance, Thámova 7\n'
  'Poznámka: vzít zprávu o hospitalizaci a seznam léků')
S('cs', 'txt', [FIN], 'A camp application with the parent\'s account for refunding the deposit.',
  'Přihláška – příměstský tábor\nDítě: Eliška Bartošová\nZákonný zástupce: Lenka Bartošová\n'
  'Číslo účtu pro vrácení zálohy: ' + ACC_CZ2 + '/0100')
S('cs', 'txt', [CT], 'A phone contact card copied out: grandmother\'s private mobile and address.',
  'Babička Marie\nMarie Dvořáková\nmobil 606 ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\nDomů: Zahradní 318, 284 01 Kutná Hora')
S('cs', 'txt', [], neg('a filled-in sample application with the documented placeholder.'),
  'Vzor vyplnění žádosti\nŽadatel: Jan Novák, RČ 000000/0000\nZdravotní postižení: (vyplní posudkový lékař)')
S('cs', 'txt', [], neg('a school\'s account for camp payments.'),
  'Platbu za tábor pošlete na účet školy 123-4567890207/0100, variabilní symbol = datum narození dítěte.')
S('cs', 'txt', [], neg('a president\'s hospital stay in the news.'),
  'Prezident republiky byl podle Hradu přijat do Ústřední vojenské nemocnice k plánovanému vyšetření, propuštěn bude v pátek.')
S('cs', 'txt', [], neg('a form\'s help text.'),
  'Pole „Zdravotní postižení“ vyplňuje posudkový lékař; žadatel uvádí jen jméno, rodné číslo a adresu.')

S('en', 'txt', [SP], 'An income-protection claim form with a ticked mental-health box.',
  'INCOME PROTECTION CLAIM\nPolicyholder: Gemma Lawson   Employer: Harcourt Logistics\n'
  'Nature of illness:  [ ] Injury  [x] Mental health  [ ] Other\nDiagnosis given by GP: generalised anxiety disorder with panic attacks')
S('en', 'txt', [SP], 'A task tracker ticket for a named employee\'s reasonable adjustments.',
  'PEOPLE-412 Reasonable adjustments – Tom Fletcher\nTom has dyslexia and ADHD (diagnosed 2023); please order text-to-speech '
  'software and a quiet desk.')
S('en', 'txt', [NID], 'A help-desk chat: a patient gives her NHS number.',
  '[Receptionist 11:20] What\'s your NHS number please?\n[Laura Bennett 11:21] it\'s ' + NHS2[:3] + ' ' + NHS2[3:6] + ' ' + NHS2[6:] + '\n'
  '[Receptionist 11:21] Thanks Laura, I\'ve moved your appointment to Tuesday.')
S('en', 'txt', [SP], 'A CRM note: a named customer says her husband was jailed.',
  'Note 14/12 – Mrs Harpreet Kaur phoned about the arrears. She said her husband was jailed in November and she is '
  'now the only earner; set up a reduced plan.')
S('en', 'txt', [], neg('an SMS template with a placeholder.'),
  'Template HIV_RESULT_READY: "Hi {first_name}, your test result is ready. Log in to the clinic app to read it or call 0300 123 7123."')
S('en', 'txt', [], neg('an anonymised adjustments report.'),
  'Reasonable adjustments 2025: 37 requests (dyslexia 11, ADHD 8, hearing loss 6, other 12); median time to put in place 19 days.')
S('en', 'txt', [], neg('app UI strings for a claim form.'),
  'claim.step3.title = "Your health"\nclaim.step3.mental = "Mental health condition"\nclaim.step3.details_hint = "e.g. anxiety, depression"')
S('en', 'txt', [], neg('a blank claim form with boxes.'),
  'INCOME PROTECTION CLAIM\nPolicyholder: ______________\nNature of illness:  [ ] Injury  [ ] Mental health  [ ] Other\nDiagnosis given by GP: ______________')

# ================================================================ batch 4 — written after batch 3's fixes, blind again
C10 = cccd('093', 'f', 1956, 418309)     # Hậu Giang, woman, 1956
C11 = cccd('093', 'm', 2012, 77412)      # Hậu Giang, boy, 2012

both('txt', [SP], 'A filled-in health declaration with a ticked chronic illness.',
     'TỜ KHAI Y TẾ (khách đến làm việc)\nHọ tên: Trương Mỹ Duyên    Đơn vị: Công ty Hưng Thịnh\n'
     'Anh/chị có đang mắc bệnh mạn tính không?  ☐ Không  ☒ Có – suy thận độ 3, đang lọc máu chu kỳ\nSốt, ho trong 14 ngày qua: ☐ Có ☒ Không')
both('txt', [NID, SP], 'A ward\'s list of social-protection beneficiaries with CCCD and disability.',
     'DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI – ẤP 4, XÃ VỊ THỦY\nTT | Họ tên | Số CCCD | Diện hưởng\n'
     '1 | Lâm Thị Út | ' + C10 + ' | Người cao tuổi cô đơn\n2 | Thạch Văn Sơn | ' + C11 + ' | Trẻ khuyết tật nặng (bại não)')
both('txt', [SP], 'A shift roster note: a named driver in alcohol treatment, not to drive.',
     'LỊCH TRỰC TẾT – ĐỘI XE\n28 Tết: Lường Văn Pọm, Vi Đức Anh\nMùng 2: Lò Văn Chung\n'
     'Lưu ý: anh Pọm đang cai rượu theo phác đồ của BV Tâm thần tỉnh, không giao lái xe đường dài.')
both('txt', [SP], 'A customer-care CRM note: a named customer treated for postnatal depression.',
     'Ghi chú CSKH – HĐ 22-0918\nKH Vương Thu Hằng gọi: chồng mới mất tháng 10, chị đang điều trị trầm cảm sau sinh, '
     'xin hoãn thanh toán 2 kỳ. Đã chuyển bộ phận xử lý nợ.')
both('txt', [FIN], 'A help-desk chat: a citizen types her own account for a tax refund.',
     '[Cán bộ thuế 15:10] Chị cho em xin số tài khoản cá nhân để hoàn thuế TNCN ạ.\n'
     '[Đỗ Thị Vân 15:12] STK ' + '0071' + rnd(9, DG) + ' Vietcombank, chủ TK Đỗ Thị Vân\n[Cán bộ thuế 15:12] Em cảm ơn chị.')
both('txt', [], neg('an agency\'s published office numbers of its leaders.'),
     'Sở Y tế thông báo số điện thoại cơ quan: Giám đốc Sở 0293 3876 123; Phó Giám đốc 0293 3876 125; Văn phòng Sở 0293 3876 120.')
both('txt', [], neg('the VssID privacy notice.'),
     'Ứng dụng VssID thu thập mã số BHXH, số định danh cá nhân, số điện thoại và thông tin khám chữa bệnh của người dùng '
     'để tra cứu quyền lợi; dữ liệu được bảo vệ theo Nghị định 13/2023/NĐ-CP.')
both('txt', [], neg('a health-declaration guide filled with the placeholder person.'),
     'Ví dụ cách khai:\nHọ tên: NGUYỄN VĂN A\nAnh/chị có đang mắc bệnh mạn tính không?  ☐ Không  ☒ Có – ghi rõ tên bệnh, ví dụ: tăng huyết áp')
both('txt', [], neg('aggregated statistics by ethnicity and religion.'),
     'Xã Vị Thủy có 2.314 hộ, trong đó 412 hộ đồng bào Khmer, 187 hộ theo Phật giáo Nam tông, 36 hộ nghèo có người khuyết tật.')

S('cs', 'txt', [SP], 'A driver\'s health questionnaire filled in: epilepsy ticked.',
  'ZDRAVOTNÍ DOTAZNÍK ŘIDIČE\nJméno a příjmení: Radek Šimek   Datum narození: 4. 9. 1979\n'
  'Trpíte některou z nemocí? [ ] cukrovka  [x] epilepsie (poslední záchvat 2023)  [ ] onemocnění srdce')
S('cs', 'txt', [CT], 'An Outlook contact copied out: a private mobile.',
  'Jméno: Barbora Jelínková\nSpolečnost: Krajský úřad – odbor dopravy\nSoukromý mobil: 739 ' + rnd(3, DG) + ' ' + rnd(3, DG) + '\nPoznámka: volat jen v naléhavých případech')
S('cs', 'txt', [SP], 'A foster-care application with a ticked criminal record.',
  'ŽÁDOST O ZAŘAZENÍ DO EVIDENCE PĚSTOUNŮ\nŽadatel: Petr Hanzlík\nByl(a) jste pravomocně odsouzen(a)?  [x] ano  [ ] ne\n'
  'Pokud ano, uveďte: 2015, podmíněný trest za ublížení na zdraví')
S('cs', 'txt', [], neg('a blank driver\'s health questionnaire.'),
  'ZDRAVOTNÍ DOTAZNÍK ŘIDIČE\nJméno a příjmení: ____________   Datum narození: ________\n'
  'Trpíte některou z nemocí? [ ] cukrovka  [ ] epilepsie  [ ] onemocnění srdce')
S('cs', 'txt', [], neg('an office\'s contact card.'),
  'Kontakt: Odbor sociálních věcí, Magistrát města Zlína\nTel.: 577 630 111\nE-mail: posta@zlin.eu\nÚřední hodiny: Po, St 8–17')

S('en', 'txt', [SP], 'A visa application page with a ticked conviction and its detail.',
  'VISA APPLICATION – Part 6 Character\nApplicant: Connor Brady\nHave you ever been convicted of an offence?  [x] Yes  [ ] No\n'
  'Details: 2014, assault occasioning actual bodily harm, 8 months suspended')
S('en', 'txt', [SP], 'A pre-employment health questionnaire with a disability ticked.',
  'PRE-EMPLOYMENT HEALTH QUESTIONNAIRE\nName: Fatima Begum   Role: Admin Officer\nDo you consider yourself to have a disability?  [x] Yes\n'
  'If yes, please describe: multiple sclerosis (relapsing-remitting), may need flexible start times')
S('en', 'txt', [NID], 'A delegation list with passports and dates of birth.',
  'Delegation – Ho Chi Minh City trade visit\n1. Amelia Hart, DOB 12/04/1979, passport ' + rnd(9, DG) + '\n2. George Osei, DOB 30/11/1985, passport ' + rnd(9, DG))
S('en', 'txt', [], neg('a calendar invite for the staff flu clinic.'),
  'Invitation: Flu jab clinic – all staff\nWhen: Tue 9 Dec, 10:00–13:00\nWhere: Room 2.14\nBring your staff ID; let HR know if you have an egg allergy.')
S('en', 'txt', [], neg('a template with bracketed placeholders.'),
  'Applicant: [Full name]\nHave you ever been convicted of an offence?  [x] Yes  [ ] No\nDetails: [offence, year, sentence]')
S('en', 'txt', [], neg('a public figure\'s illness in the news.'),
  'Senator Ruth Alden said on Monday she had been diagnosed with breast cancer and would keep working during treatment.')

# ================================================================ batch 5 — written after batch 4's fixes, blind again
C12 = cccd('066', 'm', 1988, 915027)     # Đắk Lắk, man, 1988

both('txt', [SP], 'A teacher\'s note on a pupil profile: the pupil\'s HIV status and ARV medicine told to the form teacher.',
     'Sổ theo dõi học sinh cá biệt – lớp 7A\nEm: Y Bih Niê\nGhi chú của GVCN: mẹ em cho biết em nhiễm HIV từ mẹ, uống thuốc ARV '
     'hằng ngày lúc 7h; đề nghị giữ kín, không để các bạn biết.')
both('txt', [NID, CT], 'A Zalo chat registering a motorbike: CCCD and home address typed by the owner.',
     '[20:15] Y Sơn Êban: Em gửi thông tin đăng ký xe ạ\n[20:15] Y Sơn Êban: CCCD ' + C12 + ', địa chỉ thường trú buôn Ko Siêr, '
     'phường Tân Lợi, TP Buôn Ma Thuột\n[20:16] Cán bộ CSGT: Ok em, mai mang xe lên.')
both('txt', [SP], 'A leave form for a religious pilgrimage of a named employee.',
     'ĐƠN XIN NGHỈ PHÉP\nHọ tên: Mohamad Sa Ly    Bộ phận: Kho\nLý do: đi hành hương Mecca (Hồi giáo) cùng gia đình, '
     'từ 02/01 đến 20/01/2026.')
both('txt', [], neg('a school\'s general notice on HIV confidentiality.'),
     'Nhà trường nhắc: thông tin về tình trạng nhiễm HIV của học sinh (nếu có) phải được giữ bí mật theo Luật Phòng, chống '
     'HIV/AIDS; giáo viên không được tiết lộ dưới mọi hình thức.')
both('txt', [], neg('a registration guide with placeholder values.'),
     'Hướng dẫn nhắn tin đăng ký xe: CCCD <12 số>, địa chỉ thường trú <số nhà, đường, phường>, ví dụ: Nguyễn Văn A, CCCD 0660xxxxxxxx.')

S('cs', 'txt', [SP], 'A school\'s pupil card: a named pupil\'s diagnosis and medicine.',
  'KARTA ŽÁKA – 4.A\nŽák: Šimon Procházka\nZdravotní omezení: diabetes 1. typu, inzulinová pumpa; při hypoglykémii podat glukózu\n'
  'Kontakt na rodiče: viz třídní kniha')
S('cs', 'txt', [SP], 'A teams chat: a colleague named with a surname is going to rehab.',
  '[9:02] Monika Černá: Ahoj, Radim Dvořák od pondělí nastupuje na odvykací léčbu do Červeného Dvora, '
  'jeho agendu přebírá Jakub.')
S('cs', 'txt', [], neg('a care-allowance statistic.'),
  'Příspěvek na péči pobíralo v kraji 24 300 osob, z toho 3 100 ve IV. stupni závislosti; průměrná doba řízení 118 dní.')
S('cs', 'txt', [], neg('a blank pupil card.'),
  'KARTA ŽÁKA\nŽák: ____________  Třída: ____\nZdravotní omezení: ____________\nKontakt na rodiče: ____________')

S('en', 'txt', [SP], 'An RSVP list with a named guest\'s medical note.',
  'RSVP – Christmas lunch\nName | Attending | Notes\nJoan Whitley | yes | wheelchair user after her stroke, needs step-free table\n'
  'Peter Gale | yes | –')
S('en', 'txt', [CT], 'A messenger contact card with a private mobile and home address.',
  'Contact card\nSiobhan Keane\nMobile: 07826 ' + rnd(6, DG) + '\nHome: 41 Carlton Road, Bristol BS7 8DL')
S('en', 'txt', [], neg('a blank RSVP form.'),
  'RSVP – Christmas lunch\nName: __________  Attending: [ ] yes [ ] no\nAccessibility or dietary needs: __________')
S('en', 'txt', [], neg('a council\'s own contact card.'),
  'Contact card\nBristol City Council – Adult Social Care\nPhone: 0117 922 2700\nAddress: 100 Temple Street, Bristol BS1 6AG')

if __name__ == '__main__':
    write_personal_round(V, 'round45', 'p45')
