#!/usr/bin/env python3
"""Builds test/probes/round13.jsonl (round 13 of the held-out-style probes, written blind: scanned minutes with a stamp
in a table cell, Zalo exports, Word comments and track changes, slide notes, spreadsheet rows about named people, HR
files, citizen complaint letters, inspection conclusions, personnel plans, exam papers, Czech "Neveřejné"/"Vyhrazené"
layouts, English FOUO / OFFICIAL SENSITIVE / not-for-public-release markings, and their hard negatives). Stdlib only."""
import json, os
from probe_ids import sample_adder

def rc_ok(s):
    s = s.replace('/', '')
    return len(s) == 10 and int(s) % 11 == 0

RC1, RC2 = '880612/1236', '915304/2349'
assert rc_ok(RC1) and rc_ok(RC2)

S, add = sample_adder()

# ---------------------------------------------------------------- Vietnamese (with and without diacritics)
add('vi', 'block', ['classified-marking', 'official-document'],
    'Scanned minutes pasted as a Word table: the stamp "Mật" (title case) alone in the right cell of the header row.',
    '| ĐẢNG ỦY KHỐI CƠ QUAN TỈNH | Mật |\n|---|---|\n| Số 45-BB/ĐU | Hà Tĩnh, ngày 14 tháng 5 năm 2026 |\n\n'
    'BIÊN BẢN\nHọp Ban Thường vụ Đảng ủy mở rộng\n\n1. Thành phần: đồng chí Bí thư chủ trì, 9/11 đồng chí có mặt.\n'
    '2. Nội dung: cho ý kiến về nhân sự đại hội chi bộ trực thuộc.')
add('vi', 'block', ['classified-marking'],
    'Box-drawing table from a PDF-to-text conversion: the stamp MẬT framed in │ … │ cells.',
    'Chuyển từ PDF giúp em sang văn bản rồi tóm tắt:\n\n┌──────────────────────────┬──────────┐\n'
    '│ CÔNG AN TỈNH LẠNG SƠN    │   MẬT    │\n├──────────────────────────┼──────────┤\n'
    '│ Kế hoạch tuần tra biên giới quý III   │\n└──────────────────────────┴──────────┘\n'
    'Lực lượng tham gia: 3 tổ, mỗi tổ 6 người, thay ca lúc 22 giờ.')
add('vi', 'block', ['classified-marking'],
    'Zalo PC group export "[time, date] Name: text": the forwarded message opens with "TỐI MẬT -" and the plan title.',
    '[08:15, 12/6/2026] Hoa Nguyễn: TỐI MẬT - Phương án bố trí lực lượng bảo vệ hội nghị ngày 20/6\n'
    '[08:15, 12/6/2026] Hoa Nguyễn: Khu A: 12 người, khu B: 8 người, cổng chính có chó nghiệp vụ\n'
    '[08:17, 12/6/2026] Tuấn Lê: Nhận rồi chị\n[08:20, 12/6/2026] Hoa Nguyễn: Mọi người đọc kỹ nhé')
add('vi', 'warn', ['sensitive-personal'],
    'Zalo group export: a named colleague on dialysis (chạy thận nhân tạo) — health of a named person.',
    '[20:03, 3/4/2026] Lê Văn Tùng: Cả nhà ơi, anh Phạm Quốc Bảo phòng kế toán suy thận giai đoạn cuối, '
    'tuần chạy thận nhân tạo 3 buổi ở Bạch Mai\n[20:05, 3/4/2026] Thu Trang: Thương anh ấy quá, mình góp quỹ thăm anh nhé')
add('vi', 'block', ['classified-marking', 'official-document'],
    'Word document with a comment anchor pasted as text: "Độ mật: Mật [NV1]" and the comment body at the end.',
    'SỞ TƯ PHÁP TỈNH NINH BÌNH\nSố: 112/BC-STP\nĐộ mật: Mật [NV1]\n\nBÁO CÁO\nKết quả rà soát hồ sơ lý lịch tư pháp quý I\n'
    '...\n\n[NV1] Nguyễn Văn Nam: Đề nghị giữ độ mật như bản trước, chưa gửi các phòng.')
add('vi', 'block', ['classified-marking'],
    'Slide footer repeated per slide in a PowerPoint-to-text export: "Bộ CHQS tỉnh | TỐI MẬT | 3".',
    'Slide 3\nPhương án diễn tập khu vực phòng thủ năm 2026\n- Giai đoạn 1: chuyển trạng thái sẵn sàng chiến đấu\n'
    '- Giai đoạn 2: ...\nBộ CHQS tỉnh | TỐI MẬT | 3\n\nSlide 4\nLực lượng tham gia\nBộ CHQS tỉnh | TỐI MẬT | 4')
add('vi', 'block', ['classified-marking'],
    'Slide notes export without diacritics: "Ghi chu:" speaker notes and the slide title line "(MAT)".',
    'Trang chieu 7: DANH SACH QUY HOACH BCH NHIEM KY 2025-2030 (MAT)\nGhi chu: trinh bay nhanh, khong de lai tai lieu, '
    'thu hoi ban in sau hop.\nTrang chieu 8: Danh gia chung')
add('vi', 'warn', ['sensitive-personal'],
    'Tab-separated spreadsheet rows: named party members with a discipline column (khiển trách, cảnh cáo).',
    'STT\tHọ và tên\tChi bộ\tHình thức kỷ luật\tNăm\n1\tĐỗ Minh Tâm\tChi bộ 3\tKhiển trách\t2025\n'
    '2\tHà Thị Vân\tChi bộ 1\tCảnh cáo\t2026\n3\tLưu Quang Hưng\tChi bộ 3\tKhông\t-', 'csv')
add('vi', 'warn', ['sensitive-personal'],
    'Periodic health-check spreadsheet: named staff with diagnoses (viêm gan B, tăng huyết áp).',
    'Họ tên,Đơn vị,Kết quả khám sức khỏe định kỳ 2026\nTrịnh Văn Lộc,Phòng KH,Viêm gan B mạn tính - theo dõi\n'
    'Mai Thị Hồng,Phòng TC,Tăng huyết áp độ 2\nCao Minh Đức,Văn phòng,Bình thường', 'csv')
add('vi', 'warn', ['sensitive-personal'],
    'Spreadsheet with a religion column of named staff ("Tôn giáo": Công giáo, Tin Lành).',
    'Ho ten;Ngay sinh;Dan toc;Ton giao\nLa Thi Mo;02/03/1990;Tay;Cong giao\nVang A Pao;11/09/1988;Mong;Tin Lanh\n'
    'Bui Van Hai;21/12/1992;Kinh;Khong', 'csv')
add('vi', 'block', ['national-id', 'sensitive-personal'],
    'HR file (sơ yếu lý lịch) pasted: CCCD, ethnicity and religion of a named person.',
    'SƠ YẾU LÝ LỊCH\nHọ và tên khai sinh: VŨ THỊ LAN\nNgày sinh: 17/08/1990\nSố CCCD: 034190012345\n'
    'Dân tộc: Kinh    Tôn giáo: Công giáo\nTrình độ chuyên môn: Cử nhân Kế toán')
add('vi', 'block', ['national-id', 'contact'],
    'Citizen denunciation letter (đơn tố cáo): complainant CCCD and mobile, names an official.',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nĐƠN TỐ CÁO\nKính gửi: Thanh tra tỉnh Thái Bình\n'
    'Tôi tên: Hoàng Văn Dũng, CCCD số 034085001234, điện thoại 0912 345 678.\n'
    'Tôi tố cáo ông Lý Văn Sơn, cán bộ địa chính xã, đã nhận tiền để hợp thức hóa đất lấn chiếm.')
add('vi', 'warn', ['contact'],
    'Complaint letter without diacritics: the complainant gives her mobile and home address.',
    'Don khieu nai\nKinh gui: UBND phuong Dong Ngac\nToi ten la Tran Thi Mai, sinh nam 1979, dien thoai 0987 654 321, '
    'nha o so 14 ngo 52 pho Tan Xuan.\nToi khieu nai quyet dinh xu phat so 88/QD-XPHC ngay 02/3/2026 ...')
add('vi', 'warn', ['official-document'],
    'Draft inspection conclusion before publication: issuing body, Số …/KL-TTr, no marking.',
    'THANH TRA TỈNH BẮC GIANG\nSố: 27/KL-TTr\n\nDỰ THẢO\nKẾT LUẬN THANH TRA\nViệc quản lý, sử dụng kinh phí xây dựng '
    'nông thôn mới tại huyện Lục Nam giai đoạn 2022-2025\n\nCăn cứ Quyết định số 145/QĐ-TTr ngày 10/01/2026 ...\n'
    'Nhờ AI viết lại phần kiến nghị cho gọn.')
add('vi', 'block', ['classified-marking', 'official-document'],
    'Personnel plan (quy hoạch cán bộ) submission: party number line and title-case "Mật" on the next line.',
    'BAN TỔ CHỨC TỈNH ỦY\nSố 310-TTr/BTCTU\nMật\n\nTỜ TRÌNH\nvề phê duyệt bổ sung quy hoạch chức danh '
    'lãnh đạo, quản lý nhiệm kỳ 2025-2030\n\nKính gửi: Ban Thường vụ Tỉnh ủy')
add('vi', 'block', ['classified-marking'],
    'Personnel list title with the marking in parentheses: "(TÀI LIỆU MẬT - KHÔNG SAO CHỤP)".',
    'DANH SÁCH CÁN BỘ TRONG QUY HOẠCH (TÀI LIỆU MẬT - KHÔNG SAO CHỤP)\n1. Nguyễn Đình Khang - Phó Giám đốc Sở\n'
    '2. Tạ Thu Phương - Trưởng phòng\nEm cần chuyển bảng này sang Excel.')
add('vi', 'block', ['classified-marking'],
    'Exam paper before the exam: envelope label "MẬT" over ĐỀ THI CHÍNH THỨC.',
    'TÚI ĐỰNG ĐỀ THI - MẬT\nKỲ THI TUYỂN SINH VÀO LỚP 10 THPT NĂM HỌC 2026-2027\nĐỀ THI CHÍNH THỨC\nMôn: Ngữ văn\n'
    'Câu 1 (2,0 điểm): Đọc đoạn trích sau ...\nGiúp tôi soạn đáp án chi tiết.')
add('vi', 'block', ['classified-marking'],
    'Exam paper without diacritics: "DE THI CHINH THUC" with "Do mat: Mat" below.',
    'SO GD&DT TINH NAM DINH\nDE THI CHINH THUC\nDo mat: Mat\nMon: Toan - Thoi gian 120 phut\nBai 1. Giai phuong trinh ...')
add('vi', 'warn', ['sensitive-personal'],
    'Recruitment screening row: criminal record (tiền án) of a named applicant from a judicial record sheet.',
    'Ứng viên: Phan Văn Kiên (hồ sơ số 17)\nPhiếu lý lịch tư pháp số 2: có 01 tiền án về tội trộm cắp tài sản (2019), '
    'đã chấp hành xong.\nĐề xuất: không tuyển.')
add('vi', 'block', ['national-id'],
    'OCR of the front of an ID card pasted in chat: "Số/No.:" bilingual label, 12 digits.',
    'ảnh căn cước em OCR ra thế này, anh điền form giúp em:\nCĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\n'
    'Số/No.: 001203009876\nHọ và tên/Full name: NGUYỄN THÀNH ĐẠT\nNgày sinh/Date of birth: 04/05/2003')
add('vi', 'block', ['financial'],
    'Salary list with named people and bank account numbers (bank named in a column).',
    'Bảng chi lương tháng 5\nHọ tên\tSố tài khoản\tNgân hàng\tThực lĩnh\nLâm Thị Ngọc\t0451000123456\tVietcombank\t12.450.000\n'
    'Đinh Công Sơn\t1903 4567 8910 12\tTechcombank\t10.980.000', 'csv')
add('vi', 'block', ['credential'],
    'Zalo export: a colleague sends the e-office account and password in one line.',
    '[07:40, 9/5/2026] Minh Anh: tài khoản iOffice của phòng: vanthu.pkh / mật khẩu: Vt@2026pkh\n'
    '[07:41, 9/5/2026] Quang: ok em')
add('vi', 'block', ['classified-marking'],
    'Track changes with markdown strikethrough: "Độ mật: ~~Thường~~ Tối mật".',
    'Bản sửa (track changes):\nĐộ mật: ~~Thường~~ Tối mật\nV/v: phương án xử lý điểm nóng khiếu kiện đông người\n'
    'Kính gửi: Thường trực Tỉnh ủy')
add('vi', 'block', ['classified-marking'],
    'OCR of scanned minutes without diacritics: the stamp in a cell of a pipe table with OCR noise "| MAT |".',
    'BIEN BAN HOP HOI DONG KY LUAT\n| Don vi: Cong an huyen Yen Dung | MAT |\n| Ngay: 03/3/2026 | So: 05/BB-HDKL |\n'
    'Noi dung: xem xet ky luat dong chi ...')
# hard negatives (vi)
add('vi', 'pass', [], 'Hard negative: Zalo group export selling forest honey ("mật ong rừng") and a "bảo mật tài khoản" tip.',
    '[10:02, 1/6/2026] Chị Hạnh: Mật ong rừng U Minh còn 5 chai nha cả nhà\n'
    '[10:05, 1/6/2026] Tú: Nhớ bật xác thực 2 lớp để bảo mật tài khoản Zalo nhé mọi người\n[10:06, 1/6/2026] Chị Hạnh: 👍')
add('vi', 'pass', [], 'Hard negative: news about a published inspection conclusion (public, cited in prose).',
    'Ngày 5/6, Thanh tra Chính phủ đã công bố công khai kết luận thanh tra về việc quản lý đất đai tại tỉnh X. '
    'Theo kết luận, nhiều dự án chậm tiến độ; cơ quan thanh tra kiến nghị thu hồi hơn 120 tỷ đồng.')
add('vi', 'pass', [], 'Hard negative: a published sample exam (đề thi tham khảo) with a population-density question ("mật độ").',
    'ĐỀ THI THAM KHẢO KỲ THI TỐT NGHIỆP THPT 2026 - MÔN ĐỊA LÍ\nCâu 12. Vùng nào có mật độ dân số cao nhất nước ta?\n'
    'A. Đồng bằng sông Hồng  B. Tây Nguyên  C. Tây Bắc  D. Đông Nam Bộ')
add('vi', 'pass', [], 'Hard negative: land-use planning (quy hoạch) with "mật độ xây dựng", no personnel.',
    'Điều chỉnh quy hoạch phân khu: mật độ xây dựng tối đa 40%, tầng cao tối đa 9 tầng, hệ số sử dụng đất 3,6 lần.')
add('vi', 'pass', [], 'Hard negative: training on the complaint law — "đơn tố cáo", "khiếu nại" without any person.',
    'Theo Luật Tố cáo, đơn tố cáo phải ghi rõ họ tên, địa chỉ người tố cáo; cơ quan tiếp nhận có trách nhiệm giữ bí mật '
    'thông tin người tố cáo. Hết thời hạn giải quyết khiếu nại lần đầu, người khiếu nại có quyền khởi kiện.')
add('vi', 'pass', [], 'Hard negative: Word comment advising NOT to stamp the document MẬT (mention, not a marking).',
    '[Nhận xét - Trần Thu Hà]: Văn bản này không thuộc danh mục bí mật nhà nước nên không đóng dấu độ mật, '
    'đề nghị bỏ dòng đó và gửi công khai trên cổng thông tin.')
add('vi', 'pass', [], 'Hard negative: spreadsheet of public hotlines of agencies (office contacts, not personal).',
    'Đơn vị,Đường dây nóng\nSở Y tế,1900 9095\nCông an tỉnh,069 2341 234\nTổng đài hỗ trợ,1022', 'csv')
add('vi', 'pass', [], 'Hard negative: HR policy on criminal records and health in general, no person.',
    'Quy định tuyển dụng: ứng viên phải nộp phiếu lý lịch tư pháp; người đang có tiền án chưa được xóa án tích '
    'không đủ điều kiện. Giấy khám sức khỏe có giá trị trong 12 tháng.')
add('vi', 'pass', [], 'Hard negative: religious-holiday news (Đại lễ Phật đản), no personal data of a named person.',
    'Giáo hội Phật giáo Việt Nam tổ chức Đại lễ Phật đản tại chùa Bái Đính với sự tham gia của hàng nghìn tăng ni, phật tử.')
add('vi', 'pass', [], 'Hard negative without diacritics: Zalo chat saying the Wi-Fi password changed, no value.',
    '[09:00] Lan: mat khau wifi tang 3 doi roi nha, ai can thi hoi le tan\n[09:01] Khoa: ok c')
add('vi', 'pass', [], 'Hard negative: slide notes about a meeting schedule with "hội nghị bí mật" as a film title.',
    'Ghi chú slide 2: chiếu trích đoạn phim "Hội nghị bí mật" (2024) 5 phút để khởi động, sau đó chia nhóm thảo luận.')
add('vi', 'pass', [], 'Hard negative: a salary scale table with no names (public pay grades).',
    'Ngạch\tBậc 1\tBậc 2\tBậc 3\nChuyên viên\t2,34\t2,67\t3,00\nChuyên viên chính\t4,40\t4,74\t5,08', 'csv')

# ---------------------------------------------------------------- Czech
add('cs', 'block', ['classified-marking', 'official-document'],
    'NEVEŘEJNÉ as the first line above a municipal header with Č. j.',
    'NEVEŘEJNÉ\nMagistrát města Brna\nOdbor investic\nČ. j.: MMB/0123456/2026\n\nPodklad pro jednání rady — '
    'návrh výběru dodavatele stavby mostu, nabídkové ceny uchazečů.')
add('cs', 'block', ['classified-marking'],
    '"Klasifikace: Neveřejné" in the header block of a pasted e-mail.',
    'Od: Jana Marková\nKomu: tým OŘ\nPředmět: Personální audit – předběžné výsledky\nKlasifikace: Neveřejné\n\n'
    'Dobrý den, posílám shrnutí, prosím zatím nešířit.')
add('cs', 'block', ['classified-marking'],
    'Right column of a two-column header joined by OCR: "… Neveřejné – pouze pro interní potřebu".',
    'Krajský úřad Olomouckého kraje            Neveřejné – pouze pro interní potřebu\nOdbor kancelář ředitele\n'
    'Zápis z porady vedení ze dne 4. 5. 2026')
add('cs', 'block', ['classified-marking'],
    'VYHRAZENÉ above the copy-number lines (Výtisk č., Počet listů).',
    'VYHRAZENÉ\nVýtisk č.: 2\nPočet listů: 4\n\nPlán cvičení krizového štábu kraje\n1. Vyhlášení cvičení v 06:00 ...')
add('cs', 'block', ['classified-marking'],
    'Bilingual NATO-style line "VYHRAZENÉ / NATO RESTRICTED" at the top.',
    'VYHRAZENÉ / NATO RESTRICTED\nZpráva ze služební cesty – Brusel, pracovní skupina\nShrň mi to do tří bodů.')
add('cs', 'block', ['classified-marking'],
    'Exam paper before the exam: "NEVEŘEJNÉ do ukončení zkoušky" on a test booklet.',
    'DIDAKTICKÝ TEST – ČESKÝ JAZYK A LITERATURA\nNEVEŘEJNÉ do ukončení zkoušky\nMaximální bodové hodnocení: 50 bodů\n'
    '1. Přečtěte si výchozí text ...')
add('cs', 'block', ['national-id'],
    'Citizen complaint (stížnost) with the complainant rodné číslo.',
    'Stížnost na postup úředníka\nStěžovatel: Petr Dvořák, r. č. ' + RC1 + ', Lipová 12, Jihlava\n'
    'Dne 3. 4. 2026 mi pracovník podatelny odmítl převzít podání ...')
add('cs', 'warn', ['sensitive-personal'],
    'HR spreadsheet: "Zdravotní omezení" column with diagnoses of named employees.',
    'Jméno;Středisko;Zdravotní omezení\nMarie Horáková;Sklad;epilepsie – nesmí pracovat ve výškách\n'
    'Tomáš Beneš;Výroba;po operaci kyčle, lehká práce do 6/2026', 'csv')
add('cs', 'warn', ['sensitive-personal'],
    'Criminal record extract of a named applicant (výpis z rejstříku trestů with records).',
    'Uchazeč Jiří Král doložil výpis z rejstříku trestů, ve kterém jsou dva záznamy (podvod, 2018; '
    'řízení bez oprávnění, 2021).')
add('cs', 'block', ['national-id', 'sensitive-personal'],
    'Personnel file: birth number and religion (vyznání) of a named woman.',
    'Osobní dotazník\nJméno a příjmení: Eva Šimková\nRodné číslo: ' + RC2 + '\nNáboženské vyznání: římskokatolické')
add('cs', 'pass', [], 'Hard negative: court news about a closed hearing ("neveřejné jednání").',
    'Soud rozhodl v neveřejném jednání o vazbě obviněného. Veřejnost byla z jednání vyloučena kvůli ochraně svědků.')
add('cs', 'pass', [], 'Hard negative: "vyhrazený čas" for consultations and "Vyhrazeno pro zásobování" on a sign.',
    'Konzultační hodiny: vyhrazený čas pro studenty je středa 14–16 h. Parkoviště u vchodu: Vyhrazeno pro zásobování.')
add('cs', 'pass', [], 'Hard negative: municipal complaint-procedure guidance, no person.',
    'Stížnost lze podat písemně nebo ústně. Úřad ji vyřídí do 60 dnů od doručení; stěžovatel nemusí uvádět rodné číslo.')
add('cs', 'pass', [], 'Hard negative: "tajemník úřadu" and public town-hall phone.',
    'Tajemník úřadu Ing. Pavel Novotný oznamuje změnu úředních hodin podatelny. Informace na tel. 566 688 111 (ústředna).')

# ---------------------------------------------------------------- English
add('en', 'block', ['classified-marking'],
    'OFFICIAL SENSITIVE without the hyphen, as header and footer of a pasted PDF.',
    'OFFICIAL SENSITIVE\nCounty Resilience Forum – Flood Response Review\nPage 1 of 6\n\n1. Summary of failures at the '
    'Bridgend pumping station ...\nOFFICIAL SENSITIVE')
add('en', 'block', ['classified-marking'],
    'US portion markings "(FOUO)" at the start of paragraphs, no banner line.',
    '(U) Background: the field office requested additional staff.\n(FOUO) The task force will rotate surveillance '
    'teams at the two locations listed in annex B.\n(FOUO) Contact the duty officer before any press inquiry.')
add('en', 'block', ['classified-marking'],
    'Draft report header "DRAFT — NOT FOR PUBLIC RELEASE".',
    'DRAFT — NOT FOR PUBLIC RELEASE\nInternal Audit Report 2026-04: Procurement Card Controls\nFindings: 14 cards '
    'without monthly review ...\nCan you rewrite the executive summary?')
add('en', 'block', ['classified-marking'],
    'Lower-case sentence marking in a slide-notes export: "for official use only — do not distribute".',
    'Slide 9 notes:\nwalk through the evacuation routes; this deck is for official use only — do not distribute outside '
    'the command team.\nSlide 10 notes: Q&A')
add('en', 'block', ['classified-marking'],
    'Track changes in a classification line: "Classification: [Deleted: OFFICIAL] [Inserted: SECRET]".',
    'Classification: [Deleted: OFFICIAL] [Inserted: SECRET]\nSubject: Protective security arrangements for the visit\n'
    'Comment [JB2]: upgraded after the threat briefing.')
add('en', 'warn', ['sensitive-personal'],
    'Spreadsheet rows with a "Medical condition" column of named employees.',
    'Name,Team,Medical condition,Adjustment\nRachel Osei,Support,Type 1 diabetes,breaks for insulin\n'
    'Daniel Moretti,Finance,Crohn\'s disease,remote days', 'csv')
add('en', 'warn', ['sensitive-personal'],
    'Slack export: a named employee diagnosed with bipolar disorder.',
    'Mark Hughes  9:14 AM\nHeads-up: Priya Raman is off until the 20th — she was diagnosed with bipolar disorder and is '
    'adjusting to new medication. Please cover her tickets.')
add('en', 'warn', ['contact'],
    'Citizen complaint letter in English: named complainant with home address and mobile.',
    'Dear Council,\nI am writing to complain about the missed bin collections on my street.\nYours faithfully,\n'
    'Margaret Ellison\n27 Hawthorn Road, Leeds LS6 2QT\nMobile: 07700 900 461')
add('en', 'pass', [], 'Hard negative: handling guidance quoting the FOUO marking, not applying it.',
    'Documents marked "For Official Use Only" must be stored in a locked container and destroyed by shredding. '
    'Ask your security officer if you are unsure how to mark a document.')
add('en', 'pass', [], 'Hard negative: a press release headed "FOR IMMEDIATE RELEASE".',
    'FOR IMMEDIATE RELEASE\nCity Library Extends Weekend Opening Hours\nFrom 1 July the central library will open on '
    'Sundays from 10am to 4pm.')
add('en', 'pass', [], 'Hard negative: blank HR form template with placeholder SSN and medical fields.',
    'Employee name: ____________\nSSN: ___-__-____\nMedical conditions (optional): ____________\nEmergency contact: ____________')
add('en', 'pass', [], 'Hard negative: "sensitive" and "restricted" in product and software text.',
    'Sensitive Skin Moisturiser – 50 ml. Restricted shipping to some islands. The API returns 403 when access is restricted.')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', ['classified-marking'],
    'Vietnamese prompt around a Czech document footer "Neveřejné – nešířit".',
    'Dịch giúp mình đoạn tiếng Séc này sang tiếng Việt:\n\nZápis z jednání pracovní skupiny k zakázce na IT služby.\n'
    'Účastníci se shodli na vyloučení uchazeče č. 3.\n\nNeveřejné – nešířit')
add('mixed', 'block', ['classified-marking', 'official-document'],
    'English prompt around a Vietnamese inspection conclusion stamped MẬT.',
    'Translate into English:\n\nTHANH TRA BỘ XÂY DỰNG\nSố: 09/KL-TTr\nMẬT\nKẾT LUẬN THANH TRA\nvề việc chấp hành pháp luật '
    'trong quản lý dự án ...')
add('mixed', 'block', ['classified-marking'],
    'Czech prompt around an English memo with the banner "OFFICIAL–SENSITIVE" (en dash).',
    'Přelož mi tohle do češtiny:\n\nOFFICIAL–SENSITIVE\nMemo: staff vetting backlog and mitigation\nThe backlog stands at '
    '412 cases ...')
add('mixed', 'warn', ['sensitive-personal'],
    'English prompt around a Vietnamese HR note: a named employee is pregnant with complications (no diacritics).',
    'Please summarise in English:\nChi Nguyen Thi Bich Ngoc phong hanh chinh mang thai thang thu 6, bi tien san giat, '
    'bac si yeu cau nghi ngoi tai giuong.')
add('mixed', 'pass', [], 'Hard negative: Vietnamese question about a job ad requiring "Top Secret clearance".',
    'Tin tuyển dụng này ghi "requires active Top Secret clearance" nghĩa là gì vậy? Người Việt có nộp được không?')
add('mixed', 'pass', [], 'Hard negative: Czech-English glossary line "neveřejné = non-public" for translators.',
    'Glosář: neveřejné = non-public; vyhrazené = restricted; veřejná zakázka = public contract.')

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'round13.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for i, s in enumerate(S, 1):
        f.write(json.dumps({'id': f'p13-{i:04d}', **s}, ensure_ascii=False) + '\n')
from collections import Counter
print(len(S), Counter(s['lang'] for s in S), Counter(s['expect'] for s in S))
