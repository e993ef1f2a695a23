#!/usr/bin/env python3
"""Builds test/probes/round14.jsonl (round 14 of the held-out-style probes, written blind: classification markings and
official documents in layouts earlier rounds did not hold — a stamp in a markdown or HTML table cell, a PDF-to-text
header repeated per page with its page number, a stamp split letter by letter or read one letter per line from a
rotated stamp, a stamp in an image caption or alt text, JSON/YAML exports of e-office and filing-system records, a
spreadsheet column of levels, a bracketed level in a subject line, chat messages quoting a stamped document,
bilingual "Secret (Mật)" headers; official documents without a stamp; and hard negatives of the same shapes:
training tables of the levels, declassification news, "bí mật kinh doanh", "mật ong", "tajné hlasování", "Top
Secret" products, NDA templates, marking vocabulary as enum values in code). Stdlib only.

The texts hold no personal identifier on purpose (this round is about markings and documents): the check at the end
refuses any run of nine or more digits, so that no number here can be read as a citizen ID, card, account or phone."""
from probe_ids import write_marking_round, sample_adder

S, add = sample_adder()

CM, OD = 'classified-marking', 'official-document'

# ---------------------------------------------------------------- Vietnamese, with diacritics
add('vi', 'block', [CM],
    'Markdown table of a document register: the level "Tối mật" in a cell of a column headed "Độ mật".',
    'Tóm tắt giúp anh danh mục tài liệu gửi sang Sở tuần này:\n\n| STT | Tên tài liệu | Độ mật | Ngày nhận |\n'
    '|---|---|---|---|\n| 1 | Kế hoạch diễn tập khu vực phòng thủ | Tối mật | 02/6 |\n| 2 | Báo cáo sơ kết 6 tháng | '
    'Thường | 03/6 |\n| 3 | Phương án bảo vệ kho vũ khí | Mật | 05/6 |', 'md')
add('vi', 'block', [CM],
    'HTML pasted from an e-office page: the stamp in a <td> cell of the header table.',
    '<table class="header">\n<tr><td>BỘ CHỈ HUY QUÂN SỰ TỈNH</td><td class="do-mat"><b>TỐI MẬT</b></td></tr>\n'
    '<tr><td colspan="2">KẾ HOẠCH Tổ chức diễn tập chiến đấu phòng thủ năm 2026</td></tr>\n</table>\n'
    '<p>Lực lượng tham gia gồm hai đại đội dân quân cơ động và một trung đội trinh sát.</p>')
add('vi', 'block', [CM],
    'PDF-to-text: the stamp repeated at the top of every page beside "Trang n/4", with form feeds between pages.',
    'MẬT                                                   Trang 1/4\nBÁO CÁO\nKết quả rà soát tuyến biên giới đất liền '
    'quý II\n...\n\x0cMẬT                                                   Trang 2/4\n2. Các điểm xung yếu: mốc 214, mốc 219'
    ' và đường mòn phía tây bản Pò Hèn.\n\x0cMẬT                                                   Trang 3/4\n3. Đề xuất: '
    'tăng cường tổ tuần tra đêm.')
add('vi', 'block', [CM],
    'OCR of a stamp with letter spacing: "T Ố I   M Ậ T" on a line of its own above the title.',
    'Văn bản scan, nhờ bạn chuyển thành bảng:\n\nT Ố I   M Ậ T\n\nDANH SÁCH CÁN BỘ DỰ NGUỒN BAN CHẤP HÀNH\n'
    '1. Phạm Văn Đức — Phó Giám đốc Sở\n2. Lê Thị Hạnh — Trưởng phòng Tổ chức')
add('vi', 'block', [CM],
    'OCR of a rotated margin stamp: the letters of "MẬT" read one per line beside the text.',
    'Kết quả OCR trang 1 (có dấu đóng dọc lề trái):\nM\nẬ\nT\nPHƯƠNG ÁN\nBảo đảm an ninh khu vực tổ chức hội nghị '
    'xúc tiến đầu tư\nLực lượng: 40 cán bộ chiến sĩ, chia 4 mũi.')
add('vi', 'block', [CM],
    'Markdown image with alt text holding the stamp of the scanned page.',
    'Em gửi ảnh chụp trang đầu, anh đọc chữ trong ảnh rồi tóm tắt giúp em:\n\n'
    '![Trang 1 - dấu MẬT góc phải - Kế hoạch kiểm tra đột xuất kho xăng dầu](scan_trang1.jpg)\n\n'
    'Nội dung chính: kiểm tra 3 kho vào ngày 18/6, không báo trước.', 'md')
add('vi', 'block', [CM],
    'Figure caption in a pasted report: "Hình 3: … (TỐI MẬT)".',
    'Phần 2. Bố trí lực lượng\n\nHình 3: Sơ đồ bố trí chốt chặn khu vực cửa khẩu (TỐI MẬT)\n\n'
    'Theo sơ đồ, chốt số 1 đặt tại ngã ba Km 12, chốt số 2 tại cầu Bản Vược.')
add('vi', 'block', [CM, OD],
    'JSON export of an e-office record with snake_case fields: "do_mat": "Mật" and "so_ky_hieu".',
    'Đây là bản ghi xuất từ hệ thống, viết lại thành công văn trả lời giúp tôi:\n'
    '{"so_ky_hieu": "125/KH-CAT-PV01", "ngay_ban_hanh": "2026-06-11", "co_quan_ban_hanh": "Công an tỉnh Hòa Bình",\n'
    ' "trich_yeu": "Kế hoạch bảo vệ đoàn công tác", "do_mat": "Mật", "do_khan": "Khẩn"}')
add('vi', 'block', [CM],
    'Subject line of a forwarded e-mail with the level in brackets: "[MẬT] …".',
    '---------- Forwarded message ---------\nTừ: Văn phòng Sở Nội vụ\nNgày: 9 thg 6, 2026\nTiêu đề: [MẬT] Danh sách đề '
    'nghị kỷ luật quý II\n\nGửi các đồng chí danh sách để cho ý kiến trước thứ Sáu.', 'eml')
add('vi', 'block', [CM],
    'Zalo message quoting a stamped document: the sender says the attachment is stamped "Tối mật" and pastes it.',
    'Thu Trang: Anh ơi văn bản này có đóng dấu Tối mật, em chép lại đây anh tóm tắt giúp em nhé:\n'
    'Thu Trang: "Phương án điều chỉnh địa giới hành chính ba xã phía bắc huyện, dự kiến trình HĐND tháng 7"\n'
    'Minh Quân: ok em')
add('vi', 'block', [CM],
    'Bilingual header of a translation: "MẬT (SECRET)" stamp with the English in brackets.',
    'MẬT (SECRET)\nBÁO CÁO / REPORT\nVề tình hình người nước ngoài cư trú trái phép trên địa bàn\n'
    'On foreigners residing illegally in the province\nDịch tiếp phần còn lại sang tiếng Anh giúp tôi.')
add('vi', 'block', [CM],
    'Stamp "KHÔNG PHỔ BIẾN" on its own line under the title of a draft.',
    'DỰ THẢO LẦN 2\nĐỀ ÁN SẮP XẾP CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP\nKHÔNG PHỔ BIẾN\n\n'
    'I. Sự cần thiết\nHiện nay toàn tỉnh có 812 đơn vị sự nghiệp, trong đó ...')
add('vi', 'block', [CM],
    'Restriction line "Hạn chế phổ biến" in the footer of a pasted briefing.',
    'Tài liệu sinh hoạt chi bộ tháng 6\n1. Tình hình thời sự trong nước\n2. Một số vấn đề tư tưởng cần lưu ý\n\n'
    '(Tài liệu hạn chế phổ biến)')
add('vi', 'block', [CM],
    'YAML front matter of a markdown note copied from a knowledge base: "do_mat: Tuyệt mật".',
    '---\ntieu_de: Phương án tác chiến bảo vệ mục tiêu A2\ndo_mat: Tuyệt mật\nnguoi_soan: Ban Tác chiến\n---\n\n'
    '## Tóm tắt\nMục tiêu A2 được bảo vệ bởi ba lớp ...', 'md')
add('vi', 'block', [CM, OD],
    'Teams reply with the stamped document quoted after "> " markers (stamp and number line quoted).',
    'Anh xem giúp đoạn trích này có lỗi chính tả không:\n> CÔNG AN HUYỆN TIÊN DU\n> Số: 31/BC-CAH\n> MẬT\n'
    '> BÁO CÁO kết quả xác minh đơn tố giác tội phạm\nCảm ơn anh!')
add('vi', 'block', [CM],
    'Test paper before the test: "(Tài liệu mật đến hết giờ thi)" under the title, a marking with its time limit.',
    'ĐỀ KIỂM TRA HỌC KỲ II - MÔN TOÁN 9\n(Tài liệu mật đến hết giờ thi)\nThời gian: 90 phút\nBài 1 (2 điểm): Giải hệ '
    'phương trình ...\nViết đáp án và biểu điểm chi tiết giúp tôi.')
add('vi', 'block', [CM],
    'CSV with a "Độ mật" column whose rows hold title-case levels (a register exported from Excel).',
    'STT;Số văn bản;Ngày đến;Trích yếu;Độ mật;Đơn vị xử lý\n1;88/CV-BCH;04/06/2026;Điều động lực lượng;Tối mật;'
    'Phòng Tham mưu\n2;92/TB-VP;05/06/2026;Lịch họp giao ban;Thường;Văn phòng\n', 'csv')
add('vi', 'warn', [OD],
    'JSON export of an e-office record that is not classified ("do_mat": "Thường"): an official document.',
    '{"so_ky_hieu": "1520/UBND-KT", "ngay_ky": "15/06/2026", "co_quan_ban_hanh": "UBND tỉnh Quảng Trị",\n'
    ' "trich_yeu": "V/v đôn đốc giải ngân vốn đầu tư công", "do_mat": "Thường", "nguoi_ky": "Phó Chủ tịch"}\n'
    'Soạn giúp tôi báo cáo trả lời văn bản trên.')
add('vi', 'warn', [OD],
    'Tờ trình forwarded in Zalo: number line "Số: …/TTr-SNV" and "Kính gửi", no marking.',
    'Hương Giang: Gửi các anh chị dự thảo tờ trình nhé\nHương Giang: SỞ NỘI VỤ\nSố: 217/TTr-SNV\nKính gửi: Ủy ban '
    'nhân dân tỉnh\nVề việc phê duyệt vị trí việc làm năm 2026\nHương Giang: ai góp ý thì gửi trước 16h')
add('vi', 'warn', [OD],
    'Party document header pasted into a prompt: "ĐẢNG CỘNG SẢN VIỆT NAM" and "Số 12-TB/ĐU", no marking.',
    'ĐẢNG BỘ TỈNH NINH BÌNH\nĐẢNG ỦY CÁC CƠ QUAN TỈNH\nSố 12-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nTHÔNG BÁO\nKết luận của '
    'Ban Thường vụ về công tác chuẩn bị đại hội chi bộ\nViết lại thành bản tin nội bộ ngắn.')
add('vi', 'warn', [OD],
    'HTML table header of an official letter (issuing body | motto) with "Số:" and "V/v", no marking.',
    '<table><tr><td>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>Số: 1045/SGDĐT-VP<br>V/v tổ chức tập huấn</td>'
    '<td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr></table>\n'
    '<p>Kính gửi: Hiệu trưởng các trường THPT</p>')
add('vi', 'pass', [],
    'Hard negative: training table of the levels with their protection periods (a glossary, no marking).',
    'Slide 6 — Thời hạn bảo vệ bí mật nhà nước\n\n| Độ mật | Thời hạn |\n|---|---|\n| Tuyệt mật | 30 năm |\n'
    '| Tối mật | 20 năm |\n| Mật | 10 năm |\n\nCâu hỏi thảo luận: khi nào được gia hạn?', 'md')
add('vi', 'pass', [],
    'Hard negative: news about declassifying archive files once stamped "Tối mật".',
    'Cục Lưu trữ vừa công bố giải mật hơn 300 hồ sơ thời kỳ 1954-1975. Nhiều tài liệu từng được xếp độ tối mật nay '
    'được đưa ra phục vụ nghiên cứu tại Trung tâm Lưu trữ quốc gia III.')
add('vi', 'pass', [],
    'Hard negative: "bí mật kinh doanh" in a labour-contract clause template.',
    'Điều 7. Bảo vệ bí mật kinh doanh\nNgười lao động không được tiết lộ bí mật kinh doanh, bí mật công nghệ của '
    'Công ty trong thời gian làm việc và 24 tháng sau khi chấm dứt hợp đồng.')
add('vi', 'pass', [],
    'Hard negative: price table of a honey shop — "Mật" as the first word in table cells.',
    '| Sản phẩm | Quy cách | Giá |\n|---|---|---|\n| Mật ong rừng | 500 ml | 250.000đ |\n| Mật mía | 1 lít | '
    '45.000đ |\n| Mật hoa dừa | 330 ml | 120.000đ |', 'md')
add('vi', 'pass', [],
    'Hard negative: TypeScript enum of the levels in an e-office codebase (vocabulary in code).',
    'Sửa giúp lỗi type trong đoạn này:\n```ts\nexport enum DoMat {\n  THUONG = "Thường",\n  MAT = "Mật",\n'
    '  TOI_MAT = "Tối mật",\n  TUYET_MAT = "Tuyệt mật",\n}\nconst macDinh: DoMat = DoMat.THUONG;\n```', 'md')
add('vi', 'pass', [],
    'Hard negative: JSON schema of the record format listing the levels as allowed values.',
    'Schema trường độ mật trong API:\n{"do_mat": {"type": "string", "enum": ["Thường", "Mật", "Tối mật", "Tuyệt mật"],'
    ' "description": "Độ mật của văn bản"}}\nViết validate bằng zod giúp mình.')
add('vi', 'pass', [],
    'Hard negative: subject line of a shop newsletter "[MẬT ONG] …".',
    'Tiêu đề: [MẬT ONG] Giảm 20% mật ong hoa cà phê tuần này\n\nChào bạn, đơn hàng trên 300.000đ được miễn phí giao.')
add('vi', 'pass', [],
    'Hard negative: film listing with "MẬT VỤ" in capitals and "bí mật" in the synopsis.',
    'Lịch chiếu CGV tối nay:\n19:30 MẬT VỤ PHỤ HỒ (C13)\n21:15 NHIỆM VỤ BÍ MẬT (C16)\nTóm tắt: một điệp viên giải '
    'nghệ phải trở lại để bảo vệ bí mật của gia đình.')
add('vi', 'pass', [],
    'Hard negative: release notes of e-office software adding a level field (default "Thường").',
    'Phiên bản 3.4.1 (06/2026)\n- Thêm trường "Độ mật" khi tạo văn bản đi (mặc định: Thường).\n- Sửa lỗi không '
    'lọc được văn bản theo độ mật.\n- Tăng tốc tìm kiếm.')
add('vi', 'pass', [],
    'Hard negative: image alt text about a honey jar and "mát" weather.',
    '![Hũ mật ong bạc hà Hà Giang trên bàn gỗ](mat-ong.jpg)\nTrời Đà Lạt mát, uống trà mật ong ấm là hợp nhất.', 'md')
add('vi', 'pass', [],
    'Hard negative: a question about the rules for "Hạn chế phổ biến" in a quiz (no document marked).',
    'Câu 7: Theo quy chế, tài liệu ghi "Hạn chế phổ biến" có được đăng lên cổng thông tin điện tử không?\n'
    'A. Có   B. Không   C. Tùy thủ trưởng')

# ---------------------------------------------------------------- Vietnamese, without diacritics
add('vi', 'block', [CM],
    'Markdown table row "| Do mat | Toi mat |" in minutes typed without diacritics.',
    '| Truong | Gia tri |\n|---|---|\n| So hieu | Bien ban hop giao ban |\n| Do mat | Toi mat |\n| Chu tri | Pho Giam doc '
    '|\n\nNoi dung: thong nhat phuong an dieu dong can bo quy III.', 'md')
add('vi', 'block', [CM],
    'PDF-to-text header repeated per page without diacritics: "TOI MAT  - 2 -" with the page number.',
    'TOI MAT                                   - 1 -\nKE HOACH\nBao ve an ninh trat tu dip le hoi\n...\n'
    'TOI MAT                                   - 2 -\nLuc luong: 120 nguoi, chia 6 to.\n...\n'
    'TOI MAT                                   - 3 -\nChi huy chung: Pho Giam doc phu trach.')
add('vi', 'block', [CM],
    'Subject line without diacritics "Tieu de: [TOI MAT] …" in a pasted e-mail.',
    'Tu: phongtonghop@\nTieu de: [TOI MAT] Phuong an nhan su du kien nhiem ky moi\n\nCac anh xem va cho y kien truoc '
    '10h sang mai, khong chuyen tiep.')
add('vi', 'block', [CM, OD],
    'YAML export of an e-office record without diacritics: "do_mat: mat" and a number/symbol field.',
    'ban_ghi:\n  so_ky_hieu: 77/BC-UBND\n  co_quan: UBND huyen Dak Mil\n  trich_yeu: Bao cao tinh hinh tranh chap dat dai\n'
    '  do_mat: mat\n  do_khan: thuong')
add('vi', 'block', [CM],
    'Spreadsheet pasted as tab-separated text with a "Do mat" column and upper-case levels.',
    'STT\tSo den\tTrich yeu\tDo mat\n1\t451\tKe hoach phong thu dan su\tTOI MAT\n2\t452\tGiay moi hop\tTHUONG\n'
    '3\t453\tDanh sach co so can bao ve\tMAT\n')
add('vi', 'block', [CM],
    'Zalo forward without diacritics: "van ban nay dong dau mat" said of the pasted text.',
    'Anh Hai: gui em noi dung, van ban nay dong dau mat nen em dung chia se nhe\n'
    'Anh Hai: "Danh sach doi tuong can theo doi dip 2/9 tren dia ban phuong 4"\nBe Linh: da em hieu')
add('vi', 'block', [CM],
    'Image caption without diacritics: "Hinh 2: ... (MAT)".',
    'Hinh 2: So do vi tri cac camera giam sat tru so (MAT)\nHinh 3: Bang phan cong truc ban\n'
    'Nho ban viet lai phan thuyet minh cho hai hinh tren.')
add('vi', 'block', [CM],
    'Bilingual glossary line turned header: "Secret (Mat)" as the stamp of a translated report, no diacritics.',
    'Secret (Mat)\nREPORT ON THE PROVINCIAL DEFENCE EXERCISE\nBao cao ket qua dien tap khu vuc phong thu tinh\n'
    'Please polish the English of the report below.')
add('vi', 'block', [CM],
    'Footer sentence without diacritics: "Tai lieu khong pho bien ra ngoai co quan".',
    'Ket luan cuoc hop: thong nhat trinh phuong an 2.\nGiao Van phong hoan thien ho so truoc ngay 20.\n\n'
    'Tai lieu khong pho bien ra ngoai co quan.')
add('vi', 'warn', [OD],
    'Header typed without diacritics in a chat: "CONG HOA XA HOI CHU NGHIA VIET NAM", "So: …/TB-VP", Noi nhan.',
    'UBND XA TAN PHU\nVAN PHONG\nSo: 88/TB-VP\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\n'
    'THONG BAO lich tiep cong dan thang 7\nNoi nhan:\n- Chu tich, cac PCT;\n- Luu: VT.')
add('vi', 'warn', [OD],
    'YAML export of a record without diacritics, level "thuong" (not a marking): an official document.',
    'record:\n  so_ky_hieu: 305/SNN-KH\n  co_quan_ban_hanh: So Nong nghiep\n  trich_yeu: V/v bao cao tien do du an\n'
    '  do_mat: thuong\nHoi: viet cong van tra loi giup minh.')
add('vi', 'pass', [],
    'Hard negative: everyday "mat" words without diacritics (lost, face, cool, honey, eyes).',
    'Hom qua em bi mat vi, mat het giay to. Troi mat nen di bo ve, uong ly nuoc mat ong cho do met, '
    'mat hoi mo vi thieu ngu.')
add('vi', 'pass', [],
    'Hard negative: code constants for the levels without diacritics (config of an app).',
    'const LEVELS = { THUONG: "thuong", MAT: "mat", TOI_MAT: "toi_mat", TUYET_MAT: "tuyet_mat" };\n'
    'if (doc.level === LEVELS.TOI_MAT) showBanner();')
add('vi', 'pass', [],
    'Hard negative: training bullet list of the levels without diacritics.',
    'Bai 2. Cac do mat cua bi mat nha nuoc\n- Tuyet mat\n- Toi mat\n- Mat\nGhi nho: do mat do nguoi dung dau co quan '
    'xac dinh.')
add('vi', 'pass', [],
    'Hard negative: "bi mat kinh doanh" and "bao mat" in a startup chat without diacritics.',
    'Team oi, hop dong voi doi tac nho them dieu khoan bao mat thong tin va bi mat kinh doanh nhe, con phan gia thi '
    'de em lo.')
add('vi', 'pass', [],
    'Hard negative: honey order form without diacritics with "MAT ONG" in capitals.',
    'DON DAT HANG\nSan pham: MAT ONG RUNG TAY BAC\nSo luong: 3 chai\nGhi chu: giao gio hanh chinh')

# ---------------------------------------------------------------- Czech
add('cs', 'block', [CM],
    'Markdown table in a Czech briefing: "| Stupeň utajení | TAJNÉ |".',
    '| Položka | Hodnota |\n|---|---|\n| Název | Plán ochrany objektu ministerstva |\n| Stupeň utajení | TAJNÉ |\n'
    '| Zpracoval | odbor bezpečnosti |\n\nShrň mi prosím hlavní body.', 'md')
add('cs', 'block', [CM],
    'PDF-to-text header repeated per page: "VYHRAZENÉ   Strana n z 3".',
    'VYHRAZENÉ                                   Strana 1 z 3\nAnalýza rizik krajského operačního střediska\n...\n'
    'VYHRAZENÉ                                   Strana 2 z 3\nZáložní napájení vydrží 6 hodin.\n...\n'
    'VYHRAZENÉ                                   Strana 3 z 3\nZávěr: doporučujeme druhý zdroj.')
add('cs', 'block', [CM, OD],
    'JSON export of a filing-system record: "stupen_utajeni": "Důvěrné" with "cislo_jednaci".',
    '{"cislo_jednaci": "MV-48213-4/OBP-2026", "vec": "Personální zajištění krizového štábu",\n'
    ' "stupen_utajeni": "Důvěrné", "zpracovatel": "odbor bezpečnostní politiky"}\nNapiš z toho průvodní dopis.')
add('cs', 'block', [CM],
    'Subject line with the Czech restriction in brackets: "Předmět: [NEVEŘEJNÉ] …".',
    'Od: sekretariát ředitele\nPředmět: [NEVEŘEJNÉ] Harmonogram reorganizace odborů\n\nDobrý den, v příloze posílám '
    'harmonogram, prosím o připomínky do pátku.', 'eml')
add('cs', 'block', [CM],
    'Marking "Pouze pro služební potřebu" as the first line of a pasted memo.',
    'Pouze pro služební potřebu\n\nMetodický pokyn k postupu při kontrolách na hraničních přechodech\n'
    '1. Kontrolu provádějí nejméně dva příslušníci.')
add('cs', 'block', [CM],
    'Teams message quoting a document: "dokument je označen PŘÍSNĚ TAJNÉ" said of the pasted text.',
    'Jan Novák 10:42\nTohle je výtah z dokumentu, který je označen PŘÍSNĚ TAJNÉ, jen to prosím přepiš do bodů:\n'
    '"Přesun techniky proběhne v noci z 3. na 4. července přes Jihlavu."')
add('cs', 'block', [CM],
    'OCR letter spacing of the stamp: "D Ů V Ě R N É" on its own line.',
    'D Ů V Ě R N É\n\nZpráva o prověrce spolehlivosti dodavatele\nDodavatel splnil podmínky s výhradou bodu 4.')
add('cs', 'block', [CM],
    'Figure caption with the level in brackets: "Obrázek 2: … (VYHRAZENÉ)".',
    'Obrázek 2: Rozmístění kamer v areálu věznice (VYHRAZENÉ)\nObrázek 3: Harmonogram střídání směn\n'
    'Napiš k obrázkům popisky do výroční zprávy.')
add('cs', 'block', [CM],
    'YAML front matter without diacritics: "klasifikace: prisne tajne".',
    '---\nnazev: Plan evakuace velitelstvi\nklasifikace: prisne tajne\nverze: 3\n---\nKapitola 1: Shromazdiste', 'md')
add('cs', 'warn', [OD],
    'Filing-system export in YAML without a marking: "cislo_jednaci", "spisova_znacka", "adresat".',
    'cislo_jednaci: KUJCK 51873/2026\nspisova_znacka: OREG/112/2026\nvec: Stanovisko k územnímu plánu obce Hůry\n'
    'adresat: Obecní úřad Hůry\nvyrizuje: Ing. Pokorná\nNapiš z toho odpověď obci.')
add('cs', 'warn', [OD],
    'Czech official letter with "Č. j.:" and "Rozdělovník:" in an HTML table, no marking.',
    '<table><tr><td>Ministerstvo zemědělství</td><td>Č. j.: MZE-31415/2026-12</td></tr></table>\n'
    '<p>Věc: Svolání porady ředitelů krajských pracovišť</p>\n<p>Rozdělovník:<br>1. KP Praha<br>2. KP Brno</p>')
add('cs', 'pass', [],
    'Hard negative: training table of the Czech levels with their meaning (glossary).',
    '| Stupeň utajení | Újma |\n|---|---|\n| Přísně tajné | mimořádně vážná |\n| Tajné | vážná |\n| Důvěrné | prostá '
    '|\n| Vyhrazené | nevýhodnost |\nOtázka do testu: který stupeň má nejdelší dobu platnosti?', 'md')
add('cs', 'pass', [],
    'Hard negative: news about declassified StB files "dříve přísně tajné".',
    'Archiv bezpečnostních složek zpřístupnil další svazky z 80. let. Dokumenty, které byly dříve vedeny jako přísně '
    'tajné, jsou nyní k dispozici badatelům ve studovně na Struhařově.')
add('cs', 'pass', [],
    'Hard negative: "tajné hlasování" and "tajnou volbou" in a sports club statute.',
    'Čl. 8 Volba výboru\nČlenové výboru jsou voleni tajnou volbou. O odvolání předsedy se rozhoduje tajným hlasováním, '
    'pokud o to požádá alespoň třetina členů.')
add('cs', 'pass', [],
    'Hard negative: C# enum of the Czech levels in code.',
    'public enum StupenUtajeni\n{\n    Neutajovane = 0,\n    Vyhrazene = 1,\n    Duverne = 2,\n    Tajne = 3,\n'
    '    PrisneTajne = 4\n}')
add('cs', 'pass', [],
    'Hard negative: podcast titles "Důvěrné rozhovory" and "Tajné recepty".',
    'Nové díly podcastu: Důvěrné rozhovory s lékařkou (ep. 12), Tajné recepty babičky Marie (ep. 13). Poslouchejte '
    'na všech platformách.')
add('cs', 'pass', [],
    'Hard negative: "Neveřejné" in a description of an access setting in app docs.',
    'V nastavení alba zvolte Veřejné, Neveřejné (jen s odkazem) nebo Soukromé. Neveřejné album se nezobrazí ve '
    'vyhledávání.')

# ---------------------------------------------------------------- English
add('en', 'block', [CM],
    'HTML document register: the level "SECRET" in a <td> of the classification column.',
    '<table>\n<tr><th>Ref</th><th>Title</th><th>Classification</th></tr>\n<tr><td>DR-0412</td><td>Border '
    'surveillance upgrade plan</td><td>SECRET</td></tr>\n</table>\nSummarise the register above in two lines.')
add('en', 'block', [CM],
    'PDF-to-text header per page: "OFFICIAL-SENSITIVE   Page n of 3".',
    'OFFICIAL-SENSITIVE                         Page 1 of 3\nBriefing: custody suite staffing\n...\n'
    'OFFICIAL-SENSITIVE                         Page 2 of 3\nNight cover falls below the minimum twice a week.\n'
    'OFFICIAL-SENSITIVE                         Page 3 of 3\nRecommendation: agency cover until October.')
add('en', 'block', [CM],
    'JSON export of a document record: "classification": "CONFIDENTIAL".',
    'Turn this record into a cover note:\n{"docRef": "FIN-2026-118", "title": "Restructuring options for the '
    'regional offices", "classification": "CONFIDENTIAL", "owner": "Strategy Unit"}')
add('en', 'block', [CM],
    'Subject line with a bracketed level: "Subject: [RESTRICTED] …".',
    'From: Procurement Office\nSubject: [RESTRICTED] Q3 supplier risk assessment\n\nTeam, the assessment is attached; '
    'two suppliers are rated high risk.', 'eml')
add('en', 'block', [CM],
    'Teams message quoting a document marked NOT FOR PUBLIC RELEASE with "> " quote markers.',
    'Priya Shah 09:12\nCan you tighten the wording of this?\n> NOT FOR PUBLIC RELEASE\n> Draft budget allocation for '
    'the harbour redevelopment, phase 2\nPriya Shah 09:13\nneed it by noon')
add('en', 'block', [CM],
    'OCR of a rotated margin stamp: "CONFIDENTIAL" read one letter per line.',
    'OCR output, page 1:\nC\nO\nN\nF\nI\nD\nE\nN\nT\nI\nA\nL\nMinutes of the acquisitions board\n'
    'The board approved the bid for the northern site.')
add('en', 'block', [CM],
    'Figure caption with a level in brackets: "Figure 4: … (TOP SECRET)".',
    'Figure 4: Relay station locations along the ridge (TOP SECRET)\nFigure 5: Maintenance schedule\n'
    'Write captions for a public version of these figures.')
add('en', 'block', [CM],
    'Slide text: "Internal use only" under the slide title in a deck export.',
    'Slide 1: FY27 Pricing Strategy\nInternal use only\nSlide 2: Price increases by segment\n- Enterprise: +8 %\n'
    '- SMB: +5 %')
add('en', 'block', [CM],
    'YAML front matter of a wiki page: "classification: restricted" (lower case).',
    '---\ntitle: Incident response runbook - payments\nclassification: restricted\nowner: SecOps\n---\n'
    '1. Page the on-call lead.\n2. Freeze deployments.', 'md')
add('en', 'warn', [OD],
    'English translation of a Vietnamese official letter: "No.: …/SNV-TCBC", "To:" and a distribution list.',
    'DEPARTMENT OF HOME AFFAIRS OF BAC GIANG PROVINCE\nNo.: 512/SNV-TCBC\nRe: Civil servant recruitment plan 2026\n'
    'To: District People\'s Committees\n...\nDistribution:\n- As above;\n- Director, deputy directors;\n- Filed: Records.')
add('en', 'warn', [OD],
    'English translation of a Czech ministry letter: "Ref. No. (č. j.)" and "Distribution list".',
    'MINISTRY OF REGIONAL DEVELOPMENT\nRef. No. (č. j.): MMR-20614/2026-81\nSubject: Call for comments on the draft '
    'housing strategy\nDistribution list:\n1. Regional authorities\n2. Association of Towns and Municipalities')
add('en', 'pass', [],
    'Hard negative: ordinary NDA template with "Confidential Information" defined.',
    'MUTUAL NON-DISCLOSURE AGREEMENT (TEMPLATE)\n1. "Confidential Information" means any information disclosed by '
    'either party that is marked or reasonably understood to be confidential.\n2. The Receiving Party shall protect '
    'Confidential Information with reasonable care.')
add('en', 'pass', [],
    'Hard negative: "Top Secret" as a product name in a shop listing.',
    'TOP SECRET Volume Hair Spray, 4 oz — $24.00\nTop Secret Lip Balm (3-pack) — $9.50\nFree shipping over $35.')
add('en', 'pass', [],
    'Hard negative: Python enum of classification levels (vocabulary in code).',
    'class Classification(IntEnum):\n    OFFICIAL = 1\n    SECRET = 2\n    TOP_SECRET = 3\n\n'
    'def can_view(user, doc):\n    return user.clearance >= doc.classification')
add('en', 'pass', [],
    'Hard negative: news about documents declassified after 25 years.',
    'The National Archives released 1,800 pages of cables on Tuesday. The documents, once marked top secret, were '
    'declassified under the 25-year rule.')
add('en', 'pass', [],
    'Hard negative: MAT as a file format in a table ("| MAT |") and "yoga mat".',
    '| File | Format | Size |\n|---|---|---|\n| sensor_run1 | MAT | 12 MB |\n| sensor_run2 | CSV | 30 MB |\n'
    'Also bring a yoga mat to the offsite.', 'md')
add('en', 'pass', [],
    'Hard negative: "reserved for official use" said of a parking area (not a document marking).',
    'Note: the car park behind the town hall is reserved for official use only on market days; visitors please use '
    'the multi-storey on Bridge Street.')
add('en', 'pass', [],
    'Hard negative: OpenAPI field docs with a classification enum.',
    'classification:\n  type: string\n  enum: [PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED]\n  description: Sensitivity '
    'label applied by the author.')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', [CM],
    'Vietnamese prompt around an English HTML table with "CONFIDENTIAL" in a cell.',
    'Dịch bảng này sang tiếng Việt:\n<table><tr><td>Project</td><td>Harbour data link</td></tr>'
    '<tr><td>Marking</td><td>CONFIDENTIAL</td></tr><tr><td>Budget</td><td>4.2 m USD</td></tr></table>')
add('mixed', 'block', [CM],
    'English prompt around a Czech PDF page header "TAJNÉ  Strana 2 z 5".',
    'Translate this page into English:\n\nTAJNÉ                                 Strana 2 z 5\nPlán přesunu '
    'jednotky do výcvikového prostoru Boletice proběhne ve dvou vlnách.')
add('mixed', 'block', [CM],
    'Czech prompt around a Vietnamese YAML record "do_mat: Tối mật".',
    'Přelož tento záznam do češtiny:\ntieu_de: Phương án sơ tán cơ quan\ndo_mat: Tối mật\nnoi_nhan: Ban Giám đốc')
add('mixed', 'block', [CM],
    'English Teams thread quoting a Vietnamese briefing whose footer reads "Lưu hành nội bộ".',
    'Mark Ellis 14:03\nCould you translate this snippet from the Hanoi office?\n> Báo cáo doanh thu quý II các chi '
    'nhánh phía Bắc\n> Lưu hành nội bộ\nMark Ellis 14:04\nthanks!')
add('mixed', 'pass', [],
    'Hard negative: Vietnamese developer asking about an enum comparison on an English level.',
    'Đoạn này sai ở đâu vậy: if (doc.classification === "TOP_SECRET") { hideDownload(); } — em muốn ẩn nút tải.')
add('mixed', 'pass', [],
    'Hard negative: English question about a Vietnamese honey brand named "Mật Ong Xanh".',
    'Is "Mật Ong Xanh" honey sold in UK shops? A friend recommended the acacia one.')

# ---------------------------------------------------------------- batch 2 (written after the first batch was fixed, scored blind again)
add('vi', 'block', [CM],
    'Stamp as a markdown heading in the middle of a long paste, after a page separator "--- Trang 3 ---".',
    'Phần 1. Tình hình chung\nTrong quý, các đơn vị đã hoàn thành 92% kế hoạch.\nPhần 2. Tồn tại\nMột số đơn vị chậm báo cáo.\n'
    '\n--- Trang 3 ---\n### TỐI MẬT\nPhụ lục: Danh sách đối tượng trọng điểm cần quản lý\n1. Nhóm A: 14 người\n2. Nhóm B: 9 người\n'
    '\n--- Trang 4 ---\nPhần 3. Kiến nghị\nĐề nghị tăng cường kinh phí.', 'md')
add('vi', 'block', [CM],
    'Stamp with its copy number in brackets: "MẬT (Bản số 3)" above the title.',
    'MẬT (Bản số 3)\nKẾ HOẠCH\nBảo vệ an toàn kỳ họp Hội đồng nhân dân tỉnh\nLực lượng: 60 người, chia 5 tổ.')
add('vi', 'block', [CM],
    'PDF watermark extracted as a repeated line "TÀI LIỆU MẬT - TÀI LIỆU MẬT - TÀI LIỆU MẬT".',
    'Báo cáo công tác quý II\nTÀI LIỆU MẬT - TÀI LIỆU MẬT - TÀI LIỆU MẬT\n1. Kết quả: hoàn thành 8/10 chỉ tiêu.\n'
    '2. Khó khăn: thiếu biên chế ở hai phòng.')
add('vi', 'block', [CM],
    'Zalo message with emoji around the stamp at the start: "🔴 MẬT 🔴 Kế hoạch …".',
    'Ngọc Ánh: 🔴 MẬT 🔴 Kế hoạch kiểm tra đột xuất 3 điểm karaoke tối thứ Bảy\n'
    'Ngọc Ánh: tập trung lúc 21h tại trụ sở, không báo trước cho cơ sở\nQuốc Bảo: rõ')
add('vi', 'block', [CM],
    'OCR text pasted inside a fenced code block: the stamp is the first line inside the fence.',
    'Nhờ sửa lỗi OCR đoạn này:\n```\nTỐI MẬT\nBÁO CÁO\nKết quả xác minh đơn thư tố cáo cán bộ xã\n```', 'md')
add('vi', 'block', [CM, OD],
    'Level in brackets right after the number line: "Số: 45/BC-CAT-PV01 (MẬT)".',
    'CÔNG AN TỈNH\nSố: 45/BC-CAT-PV01 (MẬT)\nBÁO CÁO\nTình hình an ninh trật tự tuần 23')
add('vi', 'block', [CM],
    'HTML with a bold field label: "<b>Độ mật:</b> Mật" in a pasted e-office page.',
    '<div class="thong-tin"><b>Trích yếu:</b> Kế hoạch điều động cán bộ<br><b>Độ mật:</b> Mật<br><b>Độ khẩn:</b> '
    'Khẩn</div>\nViết thông báo ngắn gửi các phòng.')
add('vi', 'warn', [OD],
    'E-office notification: "Bạn có văn bản mới: Số 45/GM-UBND … Độ mật: Thường" (an official document, no marking).',
    'Thông báo từ hệ thống: Bạn có 1 văn bản đến mới.\nSố/ký hiệu: 45/GM-UBND\nCơ quan ban hành: UBND huyện Tân Yên\n'
    'Trích yếu: Giấy mời họp giao ban tháng 6\nĐộ mật: Thường')
add('vi', 'pass', [],
    'Hard negative: health article about gallstones ("sỏi túi mật"), no person named.',
    'Sỏi túi mật: triệu chứng và cách điều trị\nĐau hạ sườn phải sau bữa ăn nhiều dầu mỡ là dấu hiệu thường gặp. '
    'Người bệnh nên đi khám khi đau kéo dài.')
add('vi', 'pass', [],
    'Hard negative: real-estate ad with "MẬT ĐỘ XÂY DỰNG" in capitals.',
    'DỰ ÁN KHU ĐÔ THỊ XANH\nMẬT ĐỘ XÂY DỰNG CHỈ 30%\nCÔNG VIÊN 5 HA - TIỆN ÍCH ĐẦY ĐỦ\nLiên hệ phòng kinh doanh.')
add('vi', 'pass', [],
    'Hard negative: SQL seeding the level table of an e-office app.',
    "INSERT INTO dm_do_mat (ma, ten) VALUES ('T', 'Thường'), ('M', 'Mật'), ('TM', 'Tối mật'), ('TUM', 'Tuyệt mật');")
add('vi', 'pass', [],
    'Hard negative: news about a ministry publishing declassified campaign documents.',
    'Bộ Quốc phòng vừa công bố giải mật một số tài liệu về chiến dịch năm 1972. Các tài liệu trước đây thuộc độ '
    'Tuyệt mật được trưng bày tại Bảo tàng Lịch sử Quân sự.')
add('vi', 'pass', [],
    'Hard negative (no diacritics): a grammar note on words with "mat" in a language class.',
    'Bai tap: phan biet "mat" (mat ong), "mat" (con mat), "mat" (lam mat do) trong cac cau sau. '
    'Vi du: Em bi mat chia khoa.')
add('cs', 'block', [CM],
    'E-mail subject opening with the level and a dash (no brackets): "RE: VYHRAZENÉ – podklady k poradě".',
    'Předmět: RE: VYHRAZENÉ – podklady k poradě krizového štábu\n\nDěkuji, doplním tabulku do zítřka.', 'eml')
add('cs', 'block', [CM],
    'Czech page footer "Strana 2/4 – DŮVĚRNÉ" in a pasted report.',
    'Kapitola 2: Stav zabezpečení\nServerovna nemá záložní klimatizaci.\nStrana 2/4 – DŮVĚRNÉ\nKapitola 3: Doporučení')
add('cs', 'block', [CM],
    'SharePoint metadata line "Citlivost: Neveřejné" above the pasted text.',
    'Citlivost: Neveřejné\nNázev: Návrh rozpočtu odboru na rok 2027\nNavýšení mzdových prostředků o 6 % ...')
add('cs', 'block', [CM],
    'YAML export of a record with the level in lower case without diacritics: "stupen_utajeni: vyhrazene".',
    'zaznam:\n  nazev: Plan spojeni pri mimoradne udalosti\n  stupen_utajeni: vyhrazene\n  zpracovatel: odbor IT')
add('cs', 'warn', [OD],
    'Czech letter with "Spisová značka: S-MHMP …" and "Vyřizuje", no marking.',
    'Magistrát hlavního města Prahy\nSpisová značka: S-MHMP 412233/2026\nVyřizuje: Mgr. Šťastná\nVěc: Stanovisko '
    'k žádosti o dotaci')
add('cs', 'pass', [],
    'Hard negative: news about the head of a secret service (tajná služba) — no marking.',
    'Šéf tajné služby BIS představil výroční zprávu. Podle ní rostou kybernetické útoky na úřady a nemocnice.')
add('cs', 'pass', [],
    'Hard negative: privacy notice "Důvěrné informace o zákaznících chráníme".',
    'Důvěrné informace o zákaznících chráníme podle GDPR. Údaje nepředáváme třetím stranám bez vašeho souhlasu.')
add('en', 'block', [CM],
    'Sensitivity label line from a labelling tool: "Sensitivity label: Highly Confidential\\Internal".',
    'Sensitivity label: Highly Confidential\\Internal\nSubject: Workforce reduction scenarios\nThree scenarios are '
    'modelled below.')
add('en', 'block', [CM],
    'A banner with control markings at the end of a pasted cable in a code block.',
    'Summarise this cable:\n```\nSUBJECT: REGIONAL SECURITY UPDATE\n1. Summary: tensions eased after talks.\n'
    'TOP SECRET//SI//NOFORN\n```', 'md')
add('en', 'block', [CM],
    'Jira ticket export with a "Security Level: Restricted" field.',
    'Key: SEC-4412\nSummary: Patch rollout plan for the border control system\nSecurity Level: Restricted\n'
    'Assignee: platform team')
add('en', 'block', [CM],
    'Slide footer with the marking between the copyright and the page number.',
    'Slide 7: Headcount plan 2027\n- Hiring freeze in Q1\n© 2026 Contoso | Internal use only | 7')
add('en', 'warn', [OD],
    'English translation of a Czech ministry letter: "Our ref.: MSMT-…" and "Copies to:".',
    'MINISTRY OF EDUCATION, YOUTH AND SPORTS\nOur ref.: MSMT-4411/2026-3\nPrague, 2 June 2026\nSubject: Funding of '
    'regional school networks\nCopies to:\n1. Regional Authority of South Bohemia\n2. Czech School Inspectorate')
add('en', 'pass', [],
    'Hard negative: "Top Secret!" film, restricted stock units and confidential computing in ordinary text.',
    'Weekend list: rewatch Top Secret! (1984). Work: RSU = restricted stock units, vest quarterly. Reading: a primer '
    'on confidential computing enclaves.')
add('en', 'pass', [],
    'Hard negative: a labelling-tool default label "Classification: General".',
    'Classification: General\nHi team, the canteen will close early on Friday for maintenance.')
add('mixed', 'block', [CM],
    'Vietnamese prompt around an English memo whose first line is "SECRET – DO NOT FORWARD".',
    'Dịch sang tiếng Việt giúp mình:\nSECRET – DO NOT FORWARD\nMemo on the relocation of the data centre to the '
    'northern site in September.')
add('mixed', 'warn', [OD],
    'English prompt around a Vietnamese notice header with "Số: 12/TB-VP" and "Nơi nhận".',
    'Translate this notice:\nVĂN PHÒNG SỞ TÀI CHÍNH\nSố: 12/TB-VP\nTHÔNG BÁO\nLịch trực lãnh đạo tháng 7\nNơi nhận:\n'
    '- Các phòng;\n- Lưu: VT.')

# ---------------------------------------------------------------- checks and output
write_marking_round(S, 'round14', 'p14')
