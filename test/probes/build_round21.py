#!/usr/bin/env python3
"""Builds test/probes/round21.jsonl: round 21 of the held-out-style probes, written blind (before any rule was changed
for it). The shapes staff paste that no earlier round holds: long reports whose single stamp or single ID sits deep in
the middle (a page header of page 3, a sentence in section 4), e-mail threads whose classification line is inside the
forwarded block, prompts that ask the AI to rewrite or translate a stamped text, OCR text (diacritics lost, letters
split by spaces, "0" for "O"), a text whose only signal is an official-document header, a person's data spread over a
form with the value on the line after its label, mixed Vietnamese/English. Beside them hard negatives of the same
shapes: long public reports, blank form templates, masked values, "mat do" (density) without diacritics, job ads
asking for a clearance, secret ballots, product test results.

Decisions written into the labels (by the contract): a stamp anywhere on the text marks it (block); a document
number with its issuing-body header is an official document (warn); a blank or masked field is not a value (pass).
Identifiers come from probe_ids (valid checksums, no real person). Stdlib only."""
from probe_ids import cccd, rc, write_round, collector

S, add, neg = collector()
CM, OD, NI, CO, SP, CR = 'classified-marking', 'official-document', 'national-id', 'contact', 'sensitive-personal', 'credential'


VI_PARA = ('Trong kỳ, đơn vị đã triển khai {n} nhiệm vụ trọng tâm, hoàn thành đúng tiến độ phần lớn các chỉ tiêu được '
           'giao; công tác phối hợp giữa các phòng chuyên môn tiếp tục được duy trì, tuy nhiên việc cập nhật số liệu '
           'lên hệ thống còn chậm ở một số địa bàn.')
VI_PARA_ND = ('Trong ky, don vi da trien khai {n} nhiem vu trong tam, hoan thanh dung tien do phan lon cac chi tieu '
              'duoc giao; viec cap nhat so lieu len he thong con cham o mot so dia ban.')
CS_PARA = ('V hodnoceném období útvar splnil {n} z plánovaných úkolů; spolupráce s krajskými pracovišti probíhala bez '
           'zásadních potíží, zpoždění vzniklo pouze při předávání podkladů do centrální evidence.')
EN_PARA = ('During the quarter the unit completed {n} of its planned tasks; coordination with the regional offices '
           'went smoothly, although uploads to the central register were late in two districts.')


def body(para, k, start=3):
    return '\n\n'.join(para.format(n=start + i) for i in range(k))


# ================================================================ Vietnamese, with diacritics
add('vi', 'block', [CM], 'A long report pasted page by page; the only stamp is the page header of page 3, deep in the middle.',
    'BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025\n\n' + body(VI_PARA, 6) + '\n\n- 3 -\nMẬT\n\n' + body(VI_PARA, 6, 20)
    + '\n\n- 4 -\n\n' + body(VI_PARA, 3, 40))
add('vi', 'block', [CM, OD], 'A prompt asking the AI to rewrite a stamped official report.',
    'Viết lại văn bản sau cho ngắn gọn, giữ ý chính:\n\n"UBND TỈNH HÀ GIANG\nSỞ NỘI VỤ\nTỐI MẬT\n'
    'Số: 318/BC-SNV\nBÁO CÁO\nKết quả rà soát đội ngũ cán bộ diện quy hoạch giai đoạn 2026-2031\n' + body(VI_PARA, 2) + '"')
add('vi', 'block', [CM], 'An e-mail thread whose classification line is inside the forwarded block.',
    'Chị Hằng ơi, em chuyển tiếp chị xem trước buổi họp chiều nay nhé.\n\n---------- Thư đã chuyển tiếp ----------\n'
    'Từ: Phòng Tổng hợp\nNgày: Thứ Hai, 1 tháng 12, 2025\nChủ đề: Phương án bố trí lực lượng dịp Tết\n\n'
    'Độ mật: Mật\n\nKính gửi các đồng chí,\nPhương án chi tiết như tệp đính kèm, đề nghị không phổ biến rộng.', 'eml')
add('vi', 'block', [NI], "A person's data spread over a form, the citizen ID on the line after its label.",
    'PHIẾU ĐĂNG KÝ THAM GIA LỚP BỒI DƯỠNG\nHọ và tên: Đặng Thị Thu Hương\nNgày sinh: 14/03/1988\n'
    'Số định danh cá nhân (CCCD):\n' + cccd('036', 'f', 1988, 412073) + '\nĐơn vị công tác: Phòng Kế hoạch - Tài chính')
add('vi', 'warn', [OD], 'A text whose only signal is an official-document header and number (no stamp).',
    'BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCỤC QUẢN LÝ TÀI NGUYÊN NƯỚC\nSố: 2174/TNN-KSTNN\nV/v góp ý dự thảo quy trình '
    'vận hành liên hồ chứa\n\nKính gửi: Sở Tài nguyên và Môi trường các tỉnh vùng Tây Nguyên\n\nCục đề nghị Quý Sở '
    'gửi ý kiến bằng văn bản trước ngày 20/12/2025.')
add('vi', 'block', [NI], 'A long inspection report whose single citizen ID sits in a sentence of section 4.',
    'KẾT LUẬN THANH TRA\n\n' + body(VI_PARA, 5) + '\n\n4. Về trách nhiệm cá nhân: ông Phạm Quốc Hưng, sinh năm 1979, '
    'số CCCD ' + cccd('025', 'm', 1979, 88214) + ', nguyên Trưởng phòng Quản lý đô thị, chịu trách nhiệm chính.\n\n'
    + body(VI_PARA, 4, 30))
add('vi', 'warn', [SP], 'A named patient with a diagnosis and treatment, pasted for a summary.',
    'Tóm tắt giúp tôi hồ sơ: Bệnh nhân Lê Thị Ngọc Ánh, 52 tuổi, nhập viện ngày 03/11 do đau ngực; chẩn đoán nhồi '
    'máu cơ tim cấp, đã đặt 2 stent động mạch vành, hiện điều trị nội trú tại khoa Tim mạch.')
add('vi', 'block', [CM, OD], 'A prompt asking the AI to translate a stamped decision into English.',
    'Dịch sang tiếng Anh văn bản dưới đây:\n\nBỘ CÔNG AN\nMẬT\nSố: 77/QĐ-BCA-A05\nQUYẾT ĐỊNH\nVề việc thành lập '
    'tổ công tác liên ngành\n' + body(VI_PARA, 1))
add('vi', 'warn', [CO], 'A colleague\'s home address and personal mobile in a chat forward.',
    '[Chuyển tiếp từ: Nhóm Công đoàn]\nAnh Khánh chuyển nhà rồi nhé, địa chỉ mới: số 27 ngõ 118 phố Nguyễn Khánh Toàn, '
    'Quan Hoa, Cầu Giấy, Hà Nội. Số riêng của anh: 0983 416 205')
neg('vi', 'a long public report with many numbers and no stamp.',
    'BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 11\n\n' + body(VI_PARA, 7) + '\n\nTổng thu ngân sách đạt 12.486 tỷ đồng, '
    'bằng 91,3% dự toán.')
neg('vi', 'a blank registration form template with dotted fields.',
    'PHIẾU ĐĂNG KÝ\nHọ và tên: ..............................\nSố CCCD: ..............................\n'
    'Điện thoại: ..............................\nĐịa chỉ thường trú: ..............................')
neg('vi', 'a decree cited in a sentence of a news article.',
    'Theo Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, doanh nghiệp phải thông báo cho chủ thể dữ liệu trước '
    'khi xử lý; nhiều đơn vị vẫn chưa kịp điều chỉnh quy trình.')
neg('vi', 'a chat asking whether a file has a password, answered no.',
    '[09:14] Minh: file báo cáo quý này có đặt mật khẩu không em?\n[09:15] Thảo: không có anh ạ, anh mở bình thường')
neg('vi', 'food-safety test results for a product batch (not a person).',
    'Kết quả xét nghiệm: toàn bộ 24 mẫu tôm xuất khẩu âm tính với chất cấm; lô hàng đủ điều kiện thông quan.')

# ================================================================ Vietnamese, without diacritics (OCR, chat)
add('vi', 'block', [CM, OD], 'OCR of a stamped dispatch: diacritics lost, "0" for "O" in the number line.',
    'UY BAN NHAN DAN\nTINH NGHE AN\n\nTOI MAT\n\nS0: 45/BC-UBND\nBA0 CA0\nTinh hinh an ninh tuyen bien gioi\n'
    + body(VI_PARA_ND, 2))
add('vi', 'block', [CM], 'OCR of a stamp whose letters are split by spaces.',
    'T U Y E T  M A T\n\nKe hoach bao dam an ninh hoi nghi cap cao\n' + body(VI_PARA_ND, 1))
add('vi', 'block', [CM], 'A forwarded chat message with the stamp as its first line, without diacritics.',
    '>> Forwarded from Anh Tuan (Van phong)\nMAT\nDanh sach can bo di cong tac nuoc ngoai dot 2, de nghi cac dong chi '
    'kiem tra lai thong tin truoc ngay 15/12.')
add('vi', 'block', [NI, CO], 'A form without diacritics, citizen ID and permanent address on lines after their labels.',
    'TO KHAI NHAN KHAU\nHo va ten: Vu Duc Thang\nNgay sinh: 02/09/1991\nSo dinh danh ca nhan:\n'
    + cccd('001', 'm', 1991, 530184) + '\nNoi thuong tru:\nSo 9 ngach 12/45 pho Kham Thien, Dong Da, Ha Noi')
add('vi', 'warn', [CO], 'A personal mobile shared in a chat without diacritics.',
    'sdt rieng cua chi Lan day, co gi goi chi nhe: 0904 618 273')
add('vi', 'block', [CR], 'A meeting account password in an e-mail reply without diacritics.',
    '> Em gui lai thong tin phong hop truc tuyen\nTai khoan: hop.vpub@zoomvn\nMat khau: Vpub#2025hop\n\nDa nhan, cam on em.', 'eml')
add('vi', 'warn', [OD], 'OCR of an official letter header without diacritics, no stamp.',
    'BO GIAO DUC VA DAO TAO\nSo: 5512/BGDDT-GDTrH\nV/v huong dan xay dung ke hoach giao duc nha truong\n\n'
    'Kinh gui: Cac So Giao duc va Dao tao')
neg('vi', 'population density ("mat do") without diacritics.',
    'Mat do dan so Ha Noi nam 2024 la 2.480 nguoi/km2, cao nhat la quan Dong Da; mat do giao thong gio cao diem tang 12%.')
neg('vi', 'a hotline in a public notice without diacritics.',
    'Moi thac mac ve thu tuc cap doi CCCD xin lien he tong dai 1900 0368 (gio hanh chinh).')
neg('vi', 'a training quiz line naming the stamp without diacritics.',
    'Cau 3: Van ban co dau "TOI MAT" duoc phep sao chup khi nao? Tra loi ngan gon.')
neg('vi', 'a masked citizen ID in a bank notice without diacritics.',
    'Quy khach co so CCCD 0010******84 vui long cap nhat sinh trac hoc truoc ngay 01/01.')

# ================================================================ Czech
add('cs', 'block', [CM], 'A long report whose only stamp is a running header halfway through.',
    'ZPRÁVA O ČINNOSTI ODBORU ZA ROK 2025\n\n' + body(CS_PARA, 5) + '\n\nStrana 3 z 6\nVYHRAZENÉ\n\n'
    + body(CS_PARA, 5, 20))
add('cs', 'block', [CM, OD], 'A prompt asking to rewrite a stamped Czech letter with its reference number.',
    'Přepiš prosím následující dopis srozumitelněji:\n\nMinisterstvo vnitra\nDŮVĚRNÉ\nČ. j. MV-148273-4/OBP-2025\n'
    'Věc: Zajištění ochrany objektů při mimořádné události\n' + body(CS_PARA, 1))
add('cs', 'block', [NI], "A person's form where the birth number stands on the line after its label.",
    'PŘIHLÁŠKA K PŘEZKOUŠENÍ\nJméno a příjmení: Tereza Dvořáková\nDatum narození: 7. 4. 1990\nRodné číslo:\n'
    + rc(90, 4, 7, 231, female=True) + '\nPracoviště: Odbor informatiky')
add('cs', 'block', [CM], 'OCR of a Czech stamp without diacritics in a forwarded e-mail.',
    '-------- Přeposlaná zpráva --------\nPředmět: Plán cvičení\n\nTAJNE\n\nPlán cvičení složek IZS na 1. pololetí, '
    'rozdělovník podle přílohy.', 'eml')
neg('cs', 'secret ballot in meeting minutes.',
    'Zastupitelstvo zvolilo starostu v tajném hlasování; pro návrh hlasovalo 14 členů, proti 3.')
neg('cs', 'news on the security service annual report.',
    'Bezpečnostní informační služba zveřejnila výroční zprávu, podle níž vzrostl počet kybernetických útoků na úřady.')
neg('cs', 'a festival motto ("heslo") as a field.',
    'Heslo letošního festivalu: Spolu to zvládneme\nMísto: Výstaviště Brno')
neg('cs', 'a blank birth-number field in a template.',
    'Jméno: ____________\nRodné číslo: ______/____\nPodpis: ____________')

# ================================================================ English
add('en', 'block', [CM], 'A long report with a single CONFIDENTIAL page footer deep in the middle.',
    'ANNUAL OPERATIONS REVIEW\n\n' + body(EN_PARA, 5) + '\n\nPage 3 of 8 | CONFIDENTIAL\n\n' + body(EN_PARA, 5, 20))
add('en', 'block', [CM], 'A prompt asking the AI to rewrite a memo with a caveat banner.',
    'Rewrite this memo in plain English for the team:\n\nSECRET//NOFORN\nSUBJECT: Visit of the delegation\n'
    + body(EN_PARA, 1))
add('en', 'block', [CM], 'A classification line inside the original message of a reply thread.',
    'Thanks, will read tonight.\n\n-----Original Message-----\nFrom: Policy Unit\nSent: 2 December 2025 10:14\n'
    'Subject: Draft options paper\n\nClassification: OFFICIAL-SENSITIVE\n\nAll, the draft options paper is attached.', 'eml')
add('en', 'block', [NI], 'A US form with the SSN on the line after its label.',
    'EMPLOYEE ONBOARDING\nFull name: Marcus J. Ellery\nDate of birth: 11/23/1986\nSocial Security Number:\n'
    '412-68-3057\nStart date: 01/05/2026')
add('en', 'block', [CM], 'OCR of a stamp with a zero for the O.',
    'C0NFIDENTIAL\n\nMinutes of the steering group, 4 December\n' + body(EN_PARA, 1))
add('en', 'warn', [SP], "A named employee's religion and hospitalisation in an HR note.",
    'HR note: Daniel Okafor asked for leave for Eid; he is a practising Muslim. Separately, he was hospitalised last '
    'week after a fracture and will need adjusted duties.')
neg('en', 'a job ad asking for a clearance.',
    'Systems Engineer (Reston, VA). Active TS/SCI clearance required; polygraph preferred.')
neg('en', 'a masked SSN on a letter.',
    'Your account ending in SSN XXX-XX-3057 has been verified. No action is needed.')
neg('en', 'how-to for configuring a sensitivity label in a tool.',
    'To publish the label, open Microsoft Purview, choose Information protection > Labels, create a label named '
    '"Confidential" and apply it to the Finance policy.')

# ================================================================ Mixed
add('mixed', 'block', [CM], 'An English prompt around a Vietnamese stamped text.',
    'Summarize the following in 3 bullet points:\n\nMẬT\nKẾ HOẠCH\nTriển khai phương án bảo vệ mục tiêu trọng điểm\n'
    + body(VI_PARA, 1))
add('mixed', 'warn', [CO], 'A Vietnamese permanent-residence address inside an English message.',
    'Please update the visa form — permanent residence: số 14 hẻm 52 đường Lê Văn Sỹ, Phường 11, Quận 3, TP. Hồ Chí Minh.')
neg('mixed', 'an English question about a Vietnamese word for secret.',
    'What is the difference between "bí mật" and "mật" in Vietnamese? Both seem to mean secret.')

# ================================================================ batch 2 (written after batch 1's fix, scored blind)
add('vi', 'block', [CM], 'OCR of a stamp with a lower-case l for the I of TỐI.',
    'TỐl MẬT\n\nBÁO CÁO NHANH\nVề tình hình tụ tập đông người tại khu công nghiệp\n' + body(VI_PARA, 1))
add('vi', 'block', [CM], 'A stamp in a Zalo forward written inline after the document number.',
    '[Chuyển tiếp] Văn bản 15/KH-BCĐ (MẬT) về phương án diễn tập khu vực phòng thủ, các đ/c nghiên cứu trước, '
    'không chia sẻ ra ngoài nhóm.')
add('vi', 'warn', [OD], 'An e-office record export whose level field is "Thường" (normal): an official document, not a stamp.',
    'Số ký hiệu: 2841/UBND-VP\nNgày ban hành: 28/11/2025\nTrích yếu: V/v tổ chức hội nghị tổng kết năm\n'
    'Độ khẩn: Thường\nĐộ mật: Thường\nNơi nhận: Các sở, ban, ngành')
add('vi', 'block', [NI], 'A CCCD read by OCR with its digits split by spaces.',
    'CĂN CƯỚC CÔNG DÂN\nSố / No.: ' + ' '.join(cccd('079', 'm', 1984, 120457)) + '\nHọ và tên / Full name: LÝ MINH KHOA')
add('vi', 'block', [NI], 'A social-insurance number after its label in a staff list.',
    'Danh sách cán bộ đề nghị cấp lại sổ:\n1. Hoàng Thị Mai — Mã số BHXH: 0125847316 — Phòng Hành chính')
add('vi', 'block', [NI], 'A markdown table of people whose header is far above a row holding a CCCD.',
    '| STT | Họ tên | Số CCCD | Ghi chú |\n|---|---|---|---|\n' + ''.join(
        f'| {i} | Người thứ {i} | (chờ bổ sung) | |\n' for i in range(1, 9))
    + '| 9 | Ngô Văn Tài | ' + cccd('038', 'm', 1990, 771203) + ' | đã xác minh |\n')
add('vi', 'warn', [SP], "A named person's religion and injury in a report without diacritics.",
    'Anh Nguyen Van Duc (theo dao Cong giao) bi gay xuong don trong vu tai nan ngay 2/12, hien dang dieu tri tai '
    'benh vien tinh.')
neg('vi', 'a sentence telling staff not to leak secret information.',
    'Cán bộ, công chức có trách nhiệm giữ gìn, không để lộ thông tin mật trong quá trình thực thi công vụ.')
neg('vi', 'a blank document-number template in a drafting guide.',
    'Mẫu trình bày: Số: ....../QĐ-UBND; Trích yếu ghi ngắn gọn nội dung chính của văn bản.')
neg('vi', 'a spreadsheet column list without diacritics.',
    'Cac cot can nhap: ho_ten, ngay_sinh, so_cccd, dia_chi_thuong_tru, so_dien_thoai')

add('cs', 'block', [NI], 'A birth number in a table row far below its header.',
    'Jméno;Příjmení;Rodné číslo;Oddělení\n' + ''.join(f'Osoba;{i};;Provoz\n' for i in range(1, 8))
    + 'Petr;Šimek;' + rc(79, 11, 2, 418) + ';Provoz\n', 'csv')
add('cs', 'block', [CM], 'A Czech stamp lower-case in an OCR line beside the page number.',
    'strana 2   vyhrazené\n\nHarmonogram přesunu techniky do prostoru cvičení.')
add('cs', 'warn', [SP], "A named employee's illness in a Czech e-mail.",
    'Dobrý den, paní Hana Kučerová je od pondělí v pracovní neschopnosti, léčí se s depresí; prosím o zástup.')
neg('cs', 'a form field with the unclassified level.',
    'Stupeň utajení: neutajované\nPočet listů: 3')
neg('cs', 'a Czech crossword clue about a secret.',
    'Tajenka: místo, kde se skrývá poklad (5 písmen)')

add('en', 'block', [CM], 'An English translation of a stamped document with the level in brackets in the heading.',
    'Unofficial translation\n\nMINISTRY OF NATIONAL DEFENCE\n[SECRET]\nNo. 112/KH-BQP\nPLAN\nOn the joint exercise\n')
add('en', 'warn', [OD], 'An English translation of a document header with reference number and distribution list.',
    "PEOPLE'S COMMITTEE OF DA NANG CITY\nNo.: 4127/UBND-KT\nRe: Implementation of the 2026 public investment plan\n\n"
    'To: Department of Finance; Department of Construction\nCc: Office of the City Party Committee (for reporting)')
add('en', 'block', [NI], 'A passport number labelled in French in an English message.',
    'Booking for the delegation: Mr Tran Quoc Viet, N° de passeport: C4718265, arriving 14 Jan.')
neg('en', 'an e-mail whose classification line says Public.',
    'Classification: Public\n\nHi all, the newsletter for December is attached.')
neg('en', 'a board game rule with "top secret" cards.',
    'Each player draws two Top Secret cards and keeps them face down until the final round.')

add('mixed', 'block', [CM], 'A Vietnamese stamp in bold markdown inside an English request.',
    'Can you fix the grammar? **TỐI MẬT** — Báo cáo kết quả xác minh nguồn tin tháng 11.')
neg('mixed', 'an English note on a Vietnamese ID format.',
    'The CCCD number has 12 digits: 3 for the province, 1 for century and sex, 2 for the birth year, 6 random.')

write_round(S, 'round21', 'p21')
