#!/usr/bin/env python3
"""Builds test/probes/round18.jsonl (round 18 of the held-out-style probes, written blind): classification markings
and official documents in kinds no earlier round held — handling stamps beside a level (copy number "Bản số 02/05",
"Số bản", Czech "Výtisk č.", recall "TÀI LIỆU THU HỒI", the protection term "Thời hạn bảo vệ", a level change
"Điều chỉnh độ mật"), envelope text read by OCR, incoming/outgoing registers printed with space-aligned columns or
exported with ";" and a level column, urgency marks beside a level on one line, a stamp sharing its line with the page
header or footer, a stamp drawn in a box with double-line or ASCII borders, slides exported one text box per line,
Czech NATO/EU levels and "Výtisk č." copies, č. j. with a level suffix, English portion marks "(S//NF)", "TS//SCI",
caveats "UK EYES ONLY", "EYES ONLY", OFFICIAL-SENSITIVE descriptors in footers, sensitivity labels in document
metadata; official documents without a stamp (signature blocks "KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "Nơi nhận:"
tails, Czech "Spisová značka" letters and "Rozdělovník", a chat asking to summarise a pasted công văn); and hard
negatives of the same shapes: decrees and training decks that define the levels or the envelope rules, true/false
quizzes, news of trials for leaking secrets, NDAs with "bí mật kinh doanh", urgency marks alone, level words in SQL,
CSS and config files, a film and a cookbook named "Top Secret", an acronym glossary. Stdlib only.

No text holds a run of nine or more digits or an e-mail address (checked by probe_ids.write_marking_round), so no
identifier is read by accident."""
from probe_ids import write_marking_round, sample_adder

S, add = sample_adder()

CM, OD = 'classified-marking', 'official-document'

BODY = ('Qua rà soát, trên địa bàn hiện có 27 cơ sở kinh doanh có điều kiện về an ninh trật tự chưa thực hiện đầy đủ '
        'chế độ báo cáo định kỳ; lực lượng chức năng đã nhắc nhở, yêu cầu khắc phục trong 30 ngày. ')
BODY_ND = ('Qua ra soat, tren dia ban hien co 27 co so kinh doanh co dieu kien ve an ninh trat tu chua thuc hien day du '
           'che do bao cao dinh ky; luc luong chuc nang da nhac nho, yeu cau khac phuc trong 30 ngay. ')

# ---------------------------------------------------------------- Vietnamese, with diacritics
add('vi', 'block', [CM, OD],
    'Copy-number stamp and level on one line under the number line: "Bản số: 02/05 – MẬT".',
    'CÔNG AN TỈNH QUẢNG TRỊ\nPHÒNG AN NINH KINH TẾ\nSố: 214/BC-ANKT\nBản số: 02/05 – MẬT\n\nBÁO CÁO\n'
    'Tình hình an ninh tại các dự án năng lượng tái tạo\n' + BODY + '\nViết lại phần kết luận giúp tôi.')
add('vi', 'block', [CM],
    'Level stamp followed by the recall stamp "TÀI LIỆU THU HỒI" and a copy number, then the text.',
    'TỐI MẬT\nTÀI LIỆU THU HỒI\nSố bản: 04\n\nPHƯƠNG ÁN\nBảo đảm an ninh kỳ họp thứ 12 Hội đồng nhân dân tỉnh\n'
    'Bố trí 3 vòng bảo vệ quanh hội trường, kiểm soát ra vào bằng thẻ. Nhờ bạn lập bảng phân công từ đoạn này.')
add('vi', 'block', [CM],
    'Protection-term stamp "Thời hạn bảo vệ bí mật nhà nước: 10 năm" on the first page of a pasted report.',
    'Thời hạn bảo vệ bí mật nhà nước: 10 năm\n\nBÁO CÁO\nKết quả điều tra cơ bản tuyến biên giới biển năm 2025\n'
    + BODY + '\nTóm tắt thành 5 gạch đầu dòng.')
add('vi', 'block', [CM],
    'Level-change stamp: "Điều chỉnh độ mật: từ Tối mật xuống Mật" over the text.',
    'ĐIỀU CHỈNH ĐỘ MẬT\nTừ: Tối mật  Xuống: Mật\nNgày 12/5/2026\n\nKết luận của đồng chí Chánh Thanh tra về việc xử lý '
    'sai phạm trong đấu thầu thiết bị y tế tại 3 bệnh viện tuyến huyện. Dịch sang tiếng Anh giúp tôi.')
add('vi', 'block', [CM],
    'OCR of the inner envelope of a secret item: addressee, "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ" and "TUYỆT MẬT".',
    'Ảnh chụp bì thư, OCR ra như sau, kiểm tra giúp chính tả:\n\nKính gửi: Đồng chí Giám đốc Công an tỉnh\n'
    'TUYỆT MẬT\nCHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ\nNơi gửi: Văn phòng Cơ quan Cảnh sát điều tra')
add('vi', 'block', [CM, OD],
    'Outgoing-document register printed with space-aligned columns; one row is "Mật" in the "Độ mật" column.',
    'SỔ ĐĂNG KÝ VĂN BẢN ĐI – NĂM 2026\n\n'
    'Số, ký hiệu        Ngày      Trích yếu                              Độ mật   Nơi nhận\n'
    '118/BC-UBND        03/6      Báo cáo kết quả giải ngân đầu tư công  Thường   Sở Tài chính\n'
    '119/KH-UBND        04/6      Kế hoạch bảo vệ mục tiêu trọng điểm     Mật      Công an huyện\n'
    '120/TB-UBND        05/6      Thông báo lịch tiếp công dân           Thường   Các xã\n\n'
    'Đếm giúp số văn bản theo từng loại.')
add('vi', 'warn', [OD],
    'Incoming register where every row is "Thường": document numbers, no level applied.',
    'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN\n'
    'Số đến | Ngày đến | Số, ký hiệu gốc | Nơi gửi | Trích yếu | Độ mật\n'
    '1021 | 02/6/2026 | 455/SGDĐT-VP | Sở GD&ĐT | Lịch thi tuyển sinh lớp 10 | Thường\n'
    '1022 | 02/6/2026 | 1187/STC-QLNS | Sở Tài chính | Hướng dẫn lập dự toán 2027 | Thường\n'
    '1023 | 03/6/2026 | 76/TB-VP | Văn phòng UBND tỉnh | Thông báo kết luận giao ban | Thường\n'
    'Lập báo cáo thống kê tuần giúp em.', 'md')
add('vi', 'block', [CM, OD],
    'Urgency and level on one line at the top: "MẬT          HỎA TỐC".',
    'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\nSố: 87/CĐ-BCH\nMẬT          HỎA TỐC\n\nCÔNG ĐIỆN\nVề việc triển khai lực lượng '
    'ứng phó bão số 3\nCác đồn biên phòng ven biển duy trì 100% quân số trực từ 18 giờ ngày 14/7.')
add('vi', 'warn', [OD],
    'Official dispatch with only an urgency mark ("THƯỢNG KHẨN") and a number line: an official document, no level.',
    'ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 1562/UBND-NN\nTHƯỢNG KHẨN\n\nV/v chủ động ứng phó mưa lớn, ngập úng\n\n'
    'Kính gửi: Ủy ban nhân dân các xã, thị trấn.\nYêu cầu các đơn vị kiểm tra ngay hệ thống tiêu thoát nước.')
add('vi', 'warn', [OD],
    'Tail of a ministry decision pasted alone: "Nơi nhận:" list and "KT. BỘ TRƯỞNG / THỨ TRƯỞNG", no stamp.',
    'Sửa giúp tôi phần cuối quyết định cho đúng thể thức:\n\nĐiều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ '
    'và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.\n\nNơi nhận:\n- Như Điều 3;\n- Bộ trưởng (để b/c);\n'
    '- Lưu: VT, TCCB.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n(đã ký)\n\nTrần Quốc Hưng')
add('vi', 'warn', [OD],
    'Signature block "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" under the last article, no header.',
    'Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n'
    'Lê Thị Thu Hằng\n\nBạn kiểm tra giúp chức danh ký như vậy đúng chưa?')
add('vi', 'warn', [OD],
    'Chat asking to summarise "công văn số …" with the dispatch pasted below (header, number, recipients), no stamp.',
    'Tóm tắt giúp em công văn số 2710/SGDĐT-GDTrH này trong 3 câu nhé:\n\nUBND TỈNH NGHỆ AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n'
    'Số: 2710/SGDĐT-GDTrH\nV/v hướng dẫn tổ chức dạy thêm, học thêm\n\nKính gửi: Hiệu trưởng các trường THPT\n'
    'Sở yêu cầu các trường rà soát, công khai danh sách giáo viên đăng ký dạy thêm trước ngày 15/9.')
add('vi', 'block', [CM],
    'Chat asking to summarise a pasted dispatch whose stamp sits on the same line as the agency name.',
    'Anh tóm tắt giúp em công văn này:\n\nBAN TỔ CHỨC TỈNH ỦY                    MẬT\n'
    'Số 512-CV/BTCTU\nV/v chuẩn bị nhân sự Đại hội đại biểu Đảng bộ tỉnh\n\nĐề nghị các huyện ủy gửi danh sách dự kiến '
    'nhân sự trước ngày 30/6.')
add('vi', 'block', [CM],
    'PDF page footer with the stamp on the same line as the page number and document code.',
    'Kết quả phân tích cho thấy 4 trên 11 điểm cầu truyền hình hội nghị chưa bảo đảm yêu cầu kỹ thuật.\n'
    'Đề nghị Cục Viễn thông bố trí đường truyền dự phòng.\n\n'
    '45/BC-CVT  ·  Trang 3/8  ·  TỐI MẬT\n\n'
    'Phụ lục 2 liệt kê các điểm cầu cần nâng cấp.')
add('vi', 'block', [CM],
    'OCR of a boxed stamp with double-line borders around "MẬT".',
    '╔═══════╗\n║  MẬT  ║\n╚═══════╝\nBÁO CÁO NHANH\nVụ việc tụ tập đông người tại khu tái định cư xã Phước An\n'
    'Khoảng 60 hộ dân tập trung trước trụ sở xã yêu cầu giải quyết tiền bồi thường.')
add('vi', 'block', [CM],
    'OCR of a boxed stamp with ASCII borders and a stray OCR character: "|  TỐI MẬT  |".',
    '+-------------+\n|  TỐI MẬT  |\n+-------------+\n\nKẾ HOẠCH\nTriển khai lực lượng trinh sát tại khu kinh tế cửa khẩu\n'
    'Giai đoạn 1 từ 01/8 đến 30/9. Chuyển thành bảng Gantt giúp tôi.')
add('vi', 'block', [CM],
    'Slides exported to text, one text box per line; the level sits in the slide footer box.',
    'Slide 1\nPHƯƠNG ÁN TỔ CHỨC LẠI CÁC ĐƠN VỊ SỰ NGHIỆP\nVụ Tổ chức cán bộ\nMẬT – KHÔNG SAO CHỤP\n'
    'Slide 2\nThực trạng\n46 đơn vị, 2.130 viên chức\nMẬT – KHÔNG SAO CHỤP\nSlide 3\nPhương án sáp nhập còn 19 đơn vị\n'
    'Viết lời thuyết trình cho 3 slide này.')
add('vi', 'block', [CM],
    'Zalo forward whose quoted header carries "Độ mật: Mật; Số bản: 03" in one field line.',
    '[Chuyển tiếp từ Văn thư Sở]\nTrích yếu: Kế hoạch kiểm tra đột xuất các kho xăng dầu\nĐộ mật: Mật; Số bản: 03\n'
    'Nội dung: Đoàn kiểm tra làm việc không báo trước tại 5 kho trong tháng 7.\n\nAnh nhờ em viết lại cho gọn.')
add('vi', 'pass', [],
    'Hard negative: a training deck quoting the decree on envelopes (levels and letters A/B/C defined, not applied).',
    'Slide 7 – Quy định về bì đựng tài liệu\nTài liệu độ "Tuyệt mật" phải đựng trong hai lớp bì: bì trong đóng dấu '
    'độ mật và dấu "Chỉ người có tên mới được bóc bì", bì ngoài đóng dấu ký hiệu chữ "A".\n'
    'Tài liệu độ "Tối mật" đóng dấu chữ "B", độ "Mật" đóng dấu chữ "C" ngoài bì.\nSlide 8 – Câu hỏi thảo luận')
add('vi', 'pass', [],
    'Hard negative: a true/false quiz on whether urgency marks are classification levels.',
    'ĐÚNG HAY SAI?\n1. "Hỏa tốc" là một độ mật của bí mật nhà nước.\n2. Độ mật gồm Tuyệt mật, Tối mật và Mật.\n'
    '3. Dấu "Tài liệu thu hồi" dùng cho mọi công văn thường.\nĐáp án: 1-Sai, 2-Đúng, 3-Sai.')
add('vi', 'pass', [],
    'Hard negative: news about a trial for leaking state secrets, naming the level of the leaked document.',
    'Ngày 18/6, TAND tỉnh xét xử sơ thẩm bị cáo nguyên là chuyên viên văn phòng về tội cố ý làm lộ bí mật nhà nước. '
    'Theo cáo trạng, bị cáo đã chụp ảnh một tài liệu có độ Tối mật rồi gửi cho người quen qua mạng xã hội. '
    'Hội đồng xét xử tuyên phạt bị cáo 4 năm tù.')
add('vi', 'pass', [],
    'Hard negative: an NDA clause about "bí mật kinh doanh" and "mật thiết", no marking.',
    'Điều 6. Bảo mật thông tin\n6.1. Bên B cam kết giữ bí mật kinh doanh, bí quyết công nghệ và danh sách khách hàng '
    'của Bên A trong thời hạn 3 năm kể từ ngày chấm dứt hợp đồng.\n6.2. Hai bên có quan hệ hợp tác mật thiết nên mọi '
    'tranh chấp trước hết được giải quyết bằng thương lượng.\nRà soát giúp điều khoản này.')
add('vi', 'pass', [],
    'Hard negative: a chat with urgency words only ("hỏa tốc", "thượng khẩn"), no document.',
    'Trưởng phòng: Việc này hỏa tốc nhé, chiều nay phải nộp báo cáo cho Sở\nThư: Dạ em làm ngay, thượng khẩn luôn ạ 😅')
add('vi', 'pass', [],
    'Hard negative: an SQL table of a document-management system with the level values in a CHECK list.',
    'CREATE TABLE van_ban_den (\n  id SERIAL PRIMARY KEY,\n  so_ky_hieu VARCHAR(50),\n'
    "  do_mat VARCHAR(20) CHECK (do_mat IN ('Thường','Mật','Tối mật','Tuyệt mật')),\n"
    "  do_khan VARCHAR(20) CHECK (do_khan IN ('Thường','Khẩn','Thượng khẩn','Hỏa tốc'))\n);\n"
    'Viết giúp câu truy vấn đếm văn bản theo độ mật.')
add('vi', 'pass', [],
    'Hard negative: a population-density table heading and a password-reset request ("mật độ", "mật khẩu").',
    'Mật độ dân cư phường Hòa Khánh: 9.800 người/km².\nNgoài ra anh nhờ IT đặt lại mật khẩu email cho phòng Quy hoạch '
    'vì bị khóa từ sáng.')
add('vi', 'pass', [],
    'Hard negative: a line starting "Sở dĩ" followed by a short line "Mật ong rừng" in a product note.',
    'Sở dĩ sản phẩm được ưa chuộng vì nguồn nguyên liệu tự nhiên.\nMật ong rừng\nGiá: 350.000 đ/lít\n'
    'Viết giúp bài đăng bán hàng.')

# ---------------------------------------------------------------- Vietnamese, without diacritics
add('vi', 'block', [CM, OD],
    'Copy number and level on one line without diacritics: "Ban so 03/07 - TOI MAT".',
    'BO CHI HUY QUAN SU TINH\nSo: 66/KH-BCH\nBan so 03/07 - TOI MAT\n\nKE HOACH\nDien tap khu vuc phong thu huyen '
    'nam 2026\n' + BODY_ND + '\nTom tat giup toi.')
add('vi', 'block', [CM],
    'OCR of an envelope without diacritics: "CHI NGUOI CO TEN MOI DUOC BOC BI" under the addressee.',
    'Kinh gui: Dong chi Chanh Van phong Tinh uy\nCHI NGUOI CO TEN MOI DUOC BOC BI\nTUYET MAT\n\nAnh go lai giup em '
    'noi dung bi thu nay vao so.')
add('vi', 'block', [CM],
    'Incoming register exported with ";" separators and a "Do mat" column; one row is "Toi mat".',
    'So den;Ngay den;So ky hieu;Noi gui;Trich yeu;Do mat\n'
    '812;10/6/2026;301/BC-CAH;Cong an huyen;Bao cao tinh hinh an ninh nong thon;Thuong\n'
    '813;10/6/2026;44/KH-BCH;Ban Chi huy quan su;Ke hoach dieu dong luc luong;Toi mat\n'
    '814;11/6/2026;92/TB-VP;Van phong;Lich hop giao ban;Thuong\n', 'csv')
add('vi', 'block', [CM],
    'Protection term line without diacritics: "Thoi han bao ve bi mat nha nuoc: 05 nam" over a plan.',
    'Thoi han bao ve bi mat nha nuoc: 05 nam\nPHUONG AN\nBao ve an ninh khu cong nghiep Nam Cam\nLuc luong: 2 to '
    'cong tac, 1 to co dong.\nTom tat giup toi.')
add('vi', 'block', [CM],
    'Page header with the stamp on the same line, without diacritics: "UBND TINH ... MAT ... Trang 2".',
    'UBND TINH LAM DONG        MAT        Trang 2/6\n' + BODY_ND + '\nUBND TINH LAM DONG        MAT        Trang 3/6\n'
    'Ket luan: de nghi tang cuong kiem tra.')
add('vi', 'block', [CM],
    'Boxed stamp without diacritics read by OCR: "| TOI MAT |" between rules of dashes.',
    '-----------\n| TOI MAT |\n-----------\nBAO CAO\nKet qua xac minh don to cao can bo xa Tan Phu\nDoan xac minh da '
    'lam viec voi 14 ho dan.')
add('vi', 'warn', [OD],
    'Tail of a document without diacritics: "Noi nhan:" list and "KT. GIAM DOC / PHO GIAM DOC", no stamp.',
    'Dieu 3. Quyet dinh co hieu luc ke tu ngay ky.\n\nNoi nhan:\n- Nhu Dieu 3;\n- Giam doc So (de b/c);\n'
    '- Luu: VT, TCHC.\n\nKT. GIAM DOC\nPHO GIAM DOC\n\nNguyen Van Tuan')
add('vi', 'warn', [OD],
    'Chat without diacritics asking to summarise a pasted cong van with its number line and recipients.',
    'tom tat giup minh cong van nay nhe:\nUBND HUYEN CU CHI\nSo: 845/UBND-VX\nV/v to chuc ngay hoi van hoa cac dan toc\n'
    'Kinh gui: UBND cac xa\nDe nghi cac xa dang ky doan tham gia truoc ngay 20/8.')
add('vi', 'block', [CM],
    'Slides without diacritics: each slide ends with the footer box "TAI LIEU MAT".',
    'Slide 1\nKET QUA TONG KIEM TRA QUAN SU\nTAI LIEU MAT\nSlide 2\n12 don vi dat yeu cau, 3 don vi chua dat\n'
    'TAI LIEU MAT\nViet loi dan cho slide 2.')
add('vi', 'block', [CM, OD],
    'Urgency and level on one line without diacritics: "HOA TOC - MAT" over a dispatch.',
    'CONG AN TINH BINH DUONG\nSo: 318/CAT-PV01\nHOA TOC - MAT\n\nV/v truy tim doi tuong bo tron\nDe nghi Cong an cac '
    'huyen phoi hop kiem tra cac nha nghi tren dia ban.')
add('vi', 'pass', [],
    'Hard negative without diacritics: a chat with "hoa toc" and "khan" only.',
    'Sep: bao cao nay hoa toc nha em, khan lam\nHuong: vang, 3h chieu em gui a')
add('vi', 'pass', [],
    'Hard negative without diacritics: a training slide listing the three levels and their harm.',
    'Slide 4 - Phan loai bi mat nha nuoc\nTuyet mat: gay hai dac biet nghiem trong\nToi mat: gay hai rat nghiem trong\n'
    'Mat: gay hai nghiem trong\nSlide 5 - Trach nhiem cua can bo')
add('vi', 'pass', [],
    'Hard negative without diacritics: a question about a wifi password and building density.',
    'cho em hoi mat khau wifi phong hop tang 3 la gi a? voi lai bao cao mat do xay dung khu B em gui chi roi nhe')
add('vi', 'pass', [],
    'Hard negative without diacritics: news about a court case for leaking secrets.',
    'Toa an nhan dan TP Ha Noi tuyen phat bi cao 3 nam tu ve toi vo y lam lo bi mat nha nuoc sau khi de mat '
    'tai lieu co do Mat tren xe khach.')
add('vi', 'pass', [],
    'Hard negative without diacritics: a line starting "So" (number of) followed by a short all-caps "MAT" product '
    'code line in an inventory note.',
    'So luong nhap kho thang 6: 120 cuon\nMAT 40x60\nMau: xam\nLap phieu nhap kho giup toi.')

# ---------------------------------------------------------------- Czech
add('cs', 'block', [CM],
    'Czech memo under "NATO RESTRICTED" with an MO reference number.',
    'NATO RESTRICTED\n\nMinisterstvo obrany\nČ. j.: MO 4417/2026-1322\n\nVěc: Harmonogram cvičení velitelství\n'
    'Cvičení proběhne ve dnech 12.–16. října v posádce Stará Boleslav. Přeložte prosím do angličtiny.')
add('cs', 'block', [CM],
    'Czech council briefing with the EU level in the footer: "RESTREINT UE/EU RESTRICTED".',
    'Podklad pro jednání Rady pro zahraniční věci\nPozice ČR k návrhu sankčního balíčku: podpora s výhradou k '
    'bodu 4.\n\nRESTREINT UE/EU RESTRICTED')
add('cs', 'block', [CM],
    'Czech copy-number block beside the level: "TAJNÉ / Výtisk č. 2 / Počet listů: 4".',
    'TAJNÉ\nVýtisk č. 2\nPočet listů: 4\n\nZpráva o bezpečnostní situaci v objektu\nV noci z 3. na 4. června bylo '
    'zaznamenáno narušení oplocení na severní straně. Shrňte to do tří vět.')
add('cs', 'block', [CM, OD],
    'Czech reference number carrying the level suffix "-V" with "Vyřizuje:" and a "VYHRAZENÉ" header.',
    'VYHRAZENÉ\nKrajské ředitelství policie\nČ. j.: KRPA-88412-7/ČJ-2026-0000V\nVyřizuje: kpt. Procházka\n\n'
    'Věc: Zajištění veřejného pořádku při utkání\nNasazení 120 policistů, dvě pořádkové jednotky v záloze.')
add('cs', 'block', [CM],
    'Czech slides exported to text, the level on the slide footer line "DŮVĚRNÉ | strana 3".',
    'Snímek 3\nPlán obnovy datového centra\nDruhá lokalita: Brno, kapacita 40 %\nDŮVĚRNÉ | strana 3\n'
    'Snímek 4\nRozpočet 2027\nDŮVĚRNÉ | strana 4\nNapiš k tomu řečnické poznámky.')
add('cs', 'block', [CM],
    'OCR of a boxed Czech stamp: "|  PŘÍSNĚ TAJNÉ  |" between border lines.',
    '+--------------------+\n|  PŘÍSNĚ TAJNÉ  |\n+--------------------+\nOperační plán ochrany kritické '
    'infrastruktury\nFáze 1: zvýšená ostraha rozvoden.')
add('cs', 'block', [CM],
    'Czech page header with the level on the same line: "Ministerstvo vnitra – strana 2 z 5 – DŮVĚRNÉ".',
    'Ministerstvo vnitra – strana 2 z 5 – DŮVĚRNÉ\n2. Vyhodnocení rizik\nNejvyšší riziko představuje výpadek '
    'spojení mezi operačními středisky.\nMinisterstvo vnitra – strana 3 z 5 – DŮVĚRNÉ\n3. Opatření')
add('cs', 'block', [CM],
    'Czech forwarded Outlook header block with "Stupeň utajení: Vyhrazené" under the subject.',
    'Od: Sekretariát ředitele\nOdesláno: pondělí 8. června 2026 9:14\nKomu: Vedoucí odborů\nPředmět: Personální '
    'opatření\nStupeň utajení: Vyhrazené\n\nV příloze zasíláme návrh organizačních změn k připomínkám.', 'eml')
add('cs', 'block', [CM],
    'Czech header line "NEZVEŘEJŇOVAT – interní materiál" over a pasted draft.',
    'NEZVEŘEJŇOVAT – interní materiál\n\nNávrh úsporných opatření magistrátu na rok 2027\nSnížení počtu míst o 45, '
    'sloučení dvou odborů. Uprav to do tiskové zprávy.')
add('cs', 'warn', [OD],
    'Czech authority letter with "Spisová značka", "Č. j.", "Vyřizuje:" and no marking.',
    'Městský úřad Benešov\nodbor dopravy\nSpisová značka: S-MUBN 2288/2026\nČ. j.: MUBN 31207/2026\n'
    'Vyřizuje: Bc. Tomáš Kolář\n\nVěc: Rozhodnutí o uzavírce silnice III/1125\nUzavírka potrvá od 1. do 30. září.')
add('cs', 'warn', [OD],
    'Czech resolution with a distribution list "Rozdělovník:" at the end, no marking.',
    'Usnesení rady kraje č. 44/1208\nRada kraje schvaluje dotaci obci Lhota ve výši 1,2 mil. Kč.\n\nRozdělovník:\n'
    '1. Odbor regionálního rozvoje\n2. Odbor ekonomický\n3. Obec Lhota\nZkrať to na jeden odstavec.')
add('cs', 'pass', [],
    'Hard negative: a Czech training text quoting § 4 of Act 412/2005 (the four levels defined).',
    'Školení pro nové zaměstnance, část 2: Podle § 4 zákona č. 412/2005 Sb. se utajovaná informace klasifikuje '
    'stupněm Přísně tajné, Tajné, Důvěrné nebo Vyhrazené podle újmy, kterou by její vyzrazení způsobilo.')
add('cs', 'pass', [],
    'Hard negative: Czech news about a trial for leaking a classified document.',
    'Krajský soud potrestal bývalého důstojníka třemi lety vězení za vyzrazení utajované informace. Dokument se '
    'stupněm Tajné podle obžaloby vyfotil a poslal novináři.')
add('cs', 'pass', [],
    'Hard negative: Czech contract clause on "důvěrné informace" and "obchodní tajemství".',
    'Čl. VII Mlčenlivost\nSmluvní strany se zavazují zachovat mlčenlivost o důvěrných informacích a obchodním '
    'tajemství druhé strany i po skončení smlouvy. Zkontroluj formulaci.')
add('cs', 'pass', [],
    'Hard negative: a Czech quiz on levels ("Který stupeň utajení je nejnižší?").',
    'Kvíz: Který stupeň utajení je nejnižší?\na) Tajné\nb) Vyhrazené\nc) Důvěrné\nSprávná odpověď: b.')
add('cs', 'pass', [],
    'Hard negative: a Czech notice about reserved parking and the town secretary ("tajemník").',
    'Upozornění: parkoviště ve dvoře je vyhrazené pro vozidla úřadu. Výjimky povoluje tajemník městského úřadu.')

# ---------------------------------------------------------------- English
add('en', 'block', [CM],
    'English paragraphs with portion marks "(S//NF)" and "(U)" at each paragraph start.',
    '(U) Purpose. This note summarises the liaison visit of 4 June.\n(S//NF) The partner service confirmed two '
    'courier routes through the northern port.\n(U) Next steps are listed below.\nCan you turn this into bullets?')
add('en', 'block', [CM],
    'English banner abbreviated "TS//SCI" on the first line of a pasted brief.',
    'TS//SCI\nDAILY READ BOOK – ITEM 3\nCollection indicates the convoy departed two days ahead of schedule.\n'
    'Rewrite this for a non-specialist reader.')
add('en', 'block', [CM],
    'English banner with a release caveat "SECRET//REL TO USA, GBR, AUS" at top and bottom.',
    'SECRET//REL TO USA, GBR, AUS\nSubject: Maritime patrol schedule, Q3\nPatrol areas 4 and 7 will be covered by '
    'two aircraft from July.\nSECRET//REL TO USA, GBR, AUS')
add('en', 'block', [CM],
    'UK memo with "OFFICIAL-SENSITIVE: COMMERCIAL" as a footer line after the signature.',
    'To: Category Manager\nFrom: Head of Procurement\n\nThe preferred bidder has offered a 7 % discount if we sign '
    'before 30 September.\n\nRegards,\nDeputy Director\n\nOFFICIAL-SENSITIVE: COMMERCIAL')
add('en', 'block', [CM],
    'English header with a national caveat "SECRET – UK EYES ONLY".',
    'SECRET – UK EYES ONLY\n\nMinute of the Joint Working Group, 3 June\n1. The group reviewed the contingency '
    'basing options.\n2. Option B was preferred. Summarise please.')
add('en', 'block', [CM],
    'English memo line "EYES ONLY – DIRECTOR" on top of a pasted note.',
    'EYES ONLY – DIRECTOR\n\nRe: Proposed restructuring of the regional offices\nWe intend to close Leeds and '
    'Bristol by March. Draft a staff announcement from this.')
add('en', 'block', [CM],
    'English export of slides, one text box per line, with "CONFIDENTIAL – DO NOT DISTRIBUTE" in each footer.',
    'Slide 1\nProject Harbour – acquisition target shortlist\nCONFIDENTIAL – DO NOT DISTRIBUTE\nSlide 2\nThree '
    'targets, combined revenue 48 M\nCONFIDENTIAL – DO NOT DISTRIBUTE\nWrite speaker notes.')
add('en', 'block', [CM],
    'Sensitivity label in pasted Office document metadata: "Highly Confidential \\ All Employees".',
    'docProps/custom.xml:\n<property name="MSIP_Label_Name"><vt:lpwstr>Highly Confidential \\ All Employees'
    '</vt:lpwstr></property>\n\nDocument text:\nRevised pricing for the enterprise tier, effective 1 October.')
add('en', 'block', [CM],
    'English memo headed "NATO CONFIDENTIAL" with a distribution block.',
    'NATO CONFIDENTIAL\n\nMEMORANDUM\nSubject: Air policing rotation\nThe rotation will move to the southern base '
    'from 1 September.\nDistribution: J3, J5')
add('en', 'block', [CM],
    'E-mail thread where the first reply carries "Privileged & Confidential – Attorney-Client Communication".',
    'From: Outside Counsel\nTo: General Counsel\nSubject: RE: Supplier dispute\n\nPrivileged & Confidential – '
    'Attorney-Client Communication\n\nOur view is that the termination notice was defective.\n\n'
    '> From: General Counsel\n> Can you advise on the supplier termination?', 'eml')
add('en', 'pass', [],
    'Hard negative: a review of the 1984 comedy "Top Secret!" and a cookbook title.',
    'Rewatched "Top Secret!" (1984) last night — still the funniest spy parody ever made. Also picked up the '
    '"Top Secret Recipes" cookbook for my sister.')
add('en', 'pass', [],
    'Hard negative: CSS classes and a JS array of level names in a front-end file.',
    '.banner-secret { background: #c8102e; color: #fff; }\n.banner-confidential { background: #0033a0; }\n'
    "const LEVELS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];\nWhy does the banner not change colour?")
add('en', 'pass', [],
    'Hard negative: news about a guardsman sentenced for posting TOP SECRET documents online.',
    'A former airman was sentenced on Tuesday to 15 years in prison for posting classified documents, some marked '
    'top secret, to an online chat group, prosecutors said.')
add('en', 'pass', [],
    'Hard negative: a quiz on classification levels with an urgency distractor.',
    'Question 6: Which of these is NOT a US classification level?\nA) Top Secret\nB) Confidential\nC) Immediate\n'
    'D) Secret\nAnswer: C')
add('en', 'pass', [],
    'Hard negative: an acronym glossary in a training handout defining NOFORN and ORCON.',
    'Glossary\nNOFORN – not releasable to foreign nationals\nORCON – originator controlled\nREL TO – releasable to '
    'the countries listed\nUse this list when reading the case studies in module 3.')
add('en', 'pass', [],
    'Hard negative: an application config listing the levels a viewer may display.',
    'viewer:\n  default_classification: UNCLASSIFIED\n  allowed_levels: [UNCLASSIFIED, CONFIDENTIAL, SECRET]\n'
    '  show_banner: true\nWhy does the YAML fail to load?')
add('en', 'pass', [],
    'Hard negative: a copyright line "(C)" and a footnote "(S)" for sample size in a report.',
    '(C) 2026 Northwind Analytics. Figures marked (S) are based on a sample of fewer than 50 responses.')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', [CM],
    'English prompt around a Vietnamese space-aligned register row with "Tối mật".',
    'Translate the register below into English, keep the columns:\n\nSố, ký hiệu   Trích yếu                   Độ mật\n'
    '77/KH-BCH     Kế hoạch diễn tập phòng thủ  Tối mật\n78/TB-VP      Lịch trực lễ 2/9             Thường')
add('mixed', 'block', [CM],
    'Vietnamese chat asking to translate an English brief carrying "SECRET//NOFORN" portion marks.',
    'Dịch giúp em đoạn này sang tiếng Việt:\n(S//NF) Two liaison officers will be embedded with the task force.\n'
    '(U) Logistics support remains unchanged.')
add('mixed', 'pass', [],
    'Hard negative: a Vietnamese question about what "TS//SCI" and "NOFORN" mean in a job ad.',
    'Tin tuyển dụng bên Mỹ ghi yêu cầu "TS//SCI clearance" và nhắc "NOFORN", mấy từ này nghĩa là gì vậy mọi người?')
add('mixed', 'block', [CM],
    'Bilingual Czech/English header "VYHRAZENÉ / RESTRICTED" on a pasted agenda.',
    'VYHRAZENÉ / RESTRICTED\nProgram jednání / Meeting agenda\n1. Stav projektu\n2. Rozpočet\nTranslate item 2 notes.')
add('mixed', 'warn', [OD],
    'English prompt with a Vietnamese dispatch tail (Nơi nhận, TM. signature block), no stamp.',
    'Please translate this signature part into English:\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n'
    'TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nĐinh Văn Long')
add('mixed', 'pass', [],
    'Hard negative: English prompt about translating "Hỏa tốc" and "Thượng khẩn" on envelopes.',
    'How should I translate the Vietnamese urgency stamps "Hỏa tốc" and "Thượng khẩn" into English for a style '
    'guide?')


# ================================================================ round18b: written after the first fixes, scored blind
# ---------------------------------------------------------------- Vietnamese, with diacritics
add('vi', 'block', [CM],
    'Title-case level with its copy number on the line under the title: "Mật – Bản số 02".',
    'KẾ HOẠCH\nKiểm tra công tác bảo vệ bí mật nhà nước năm 2026\nMật – Bản số 02\n\nI. MỤC ĐÍCH\nĐánh giá việc chấp hành '
    'quy chế tại 12 đơn vị. Viết lại mục I giúp tôi.')
add('vi', 'block', [CM],
    'Numbered list of received documents in chat, the level in brackets after each number: "(Tối mật)".',
    'Danh sách văn bản Phòng nhận tuần này, em tổng hợp giúp anh:\n1. KH số 44/KH-BCH (Tối mật) – nhận ngày 3/6\n'
    '2. BC số 301/BC-CAH – nhận ngày 4/6\n3. CV số 92/VP-TH – nhận ngày 5/6')
add('vi', 'block', [CM],
    'Slides exported to text whose footer box is the stamp and the slide number only: "MẬT | 3".',
    'Slide 3\nKết quả xác minh nguồn tin\n5 nguồn tin được xác minh, 2 nguồn tin chưa rõ\nMẬT | 3\nSlide 4\nĐề xuất\n'
    'MẬT | 4\nGợi ý giúp tiêu đề slide 4.')
add('vi', 'block', [CM],
    'Copy stamp of a secret document: "SAO Y BẢN CHÍNH" with "Bản sao số: 03" and the stamp under it.',
    'SAO Y BẢN CHÍNH\nBản sao số: 03\nTỐI MẬT\n\nQuyết định phê duyệt phương án phòng thủ dân sự khu vực phía Bắc. '
    'Trích giúp các ý chính.')
add('vi', 'warn', [OD],
    'E-office print of a document card with "Độ khẩn: Thượng khẩn" and "Độ mật: Thường" and a number: official, no level.',
    'Số/Ký hiệu: 1188/STNMT-QLĐĐ\nNgày ban hành: 08/6/2026\nCơ quan ban hành: Sở Tài nguyên và Môi trường\n'
    'Độ khẩn: Thượng khẩn\nĐộ mật: Thường\nTrích yếu: V/v rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất')
add('vi', 'pass', [],
    'Hard negative: a public law PDF whose footer carries the law name and page number ("… bí mật nhà nước – Trang 3/20").',
    'Điều 8. Phân loại bí mật nhà nước\nBí mật nhà nước được phân loại theo mức độ quan trọng.\n'
    'Luật Bảo vệ bí mật nhà nước – Trang 3/20\nĐiều 9. Phạm vi bí mật nhà nước\nGiải thích giúp Điều 8.')
add('vi', 'pass', [],
    'Hard negative: a product recall notice ("THÔNG BÁO THU HỒI SẢN PHẨM") and a warranty term line.',
    'THÔNG BÁO THU HỒI SẢN PHẨM\nLô sữa bột số 2604 có nguy cơ nhiễm khuẩn, đề nghị khách hàng mang đến cửa hàng để đổi.\n'
    'Thời hạn bảo hành: 12 tháng\nViết lại cho lịch sự hơn.')
add('vi', 'pass', [],
    'Hard negative: a recipe page footer "Trang 2 | Mật ong" and ingredient lines.',
    'Gà nướng mật ong\nNguyên liệu: 1 con gà, 3 thìa mật ong, tỏi, sả.\nTrang 2 | Mật ong\nCách làm: ướp gà 2 tiếng.')
add('vi', 'pass', [],
    'Hard negative: a lesson on document layout that shows where the copy number and the stamp go, in a sentence.',
    'Theo mẫu, dấu "Bản số" được đóng bên dưới dấu độ mật, ví dụ "Bản số: 02/05" nghĩa là bản thứ hai trong năm bản '
    'được phát hành. Câu hỏi: dấu này thuộc mẫu số mấy?')

# ---------------------------------------------------------------- Vietnamese, without diacritics
add('vi', 'block', [CM],
    'Title-case level with copy number without diacritics: "Toi mat - Ban so 01/03".',
    'PHUONG AN\nBao ve muc tieu trong diem dip Tet\nToi mat - Ban so 01/03\nLuc luong: 3 to tuan tra. Tom tat giup.')
add('vi', 'block', [CM],
    'Numbered list without diacritics, level in brackets after the document number.',
    'tong hop van ban den:\n1. KH so 12/KH-CAT (Mat) - nhan 2/6\n2. TB so 77/TB-VP - nhan 3/6\nlap bang giup em')
add('vi', 'block', [CM],
    'Slides without diacritics, footer "TOI MAT | 2".',
    'Slide 2\nPhuong an bo tri luc luong\nTOI MAT | 2\nSlide 3\nDu tru kinh phi\nTOI MAT | 3\nviet loi dan giup')
add('vi', 'pass', [],
    'Hard negative without diacritics: a public law footer with the page number.',
    'Dieu 10. Xac dinh bi mat nha nuoc va do mat\nLuat Bao ve bi mat nha nuoc - Trang 5/20\nGiai thich giup Dieu 10.')
add('vi', 'pass', [],
    'Hard negative without diacritics: a document card with "Do mat: Thuong" and no header or number.',
    'Trich yeu: Ke hoach to chuc giai bong da cong doan\nDo khan: Khan\nDo mat: Thuong\nViet thong bao moi tham gia.')

# ---------------------------------------------------------------- Czech
add('cs', 'block', [CM],
    'Czech slide export, the footer box is the level and the slide number only: "DŮVĚRNÉ | 3".',
    'Snímek 3\nVýsledky penetračního testu\n4 kritické zranitelnosti\nDŮVĚRNÉ | 3\nSnímek 4\nNápravná opatření\n'
    'DŮVĚRNÉ | 4\nNavrhni nadpis snímku 4.')
add('cs', 'block', [CM],
    'Czech header "INTERNÍ – NEŠÍŘIT" over a pasted memo.',
    'INTERNÍ – NEŠÍŘIT\n\nZáznam z porady vedení\nOdbor IT přechází od ledna na nový servisní model. Udělej z toho shrnutí.')
add('cs', 'block', [CM],
    'Czech line "Neveřejný dokument – určeno pouze členům zastupitelstva" at the top of a pasted draft.',
    'Neveřejný dokument – určeno pouze členům zastupitelstva\n\nNávrh prodeje pozemku p. č. 1204 investorovi. '
    'Uprav text do důvodové zprávy.')
add('cs', 'block', [CM, OD],
    'Czech classified letter: "Výtisk číslo: 1" and "Počet listů: 2" under the level, with a č. j.',
    'VYHRAZENÉ\nVýtisk číslo: 1\nPočet listů: 2\nČ. j.: MV-77120-4/OBP-2026\n\nVěc: Opatření k ochraně objektu\n'
    'Ostraha bude posílena o dva pracovníky.')
add('cs', 'pass', [],
    'Hard negative: a Czech form field "Stupeň utajení: NEUTAJOVANÉ" on a routine request.',
    'Žádost o přidělení parkovací karty\nStupeň utajení: NEUTAJOVANÉ\nŽadatel: odbor správy majetku\nZkontroluj pravopis.')
add('cs', 'pass', [],
    'Hard negative: the footer of a public Collection of Laws page ("Sbírka zákonů – strana 4").',
    'Sbírka zákonů č. 412/2005 – strana 4\n§ 4 Stupně utajení\nUtajovaná informace se klasifikuje stupněm utajení. '
    'Vysvětli prosím § 4.')
add('cs', 'pass', [],
    'Hard negative: a Czech tourist text about secret passages ("Tajné chodby") as a heading.',
    'TAJNÉ CHODBY HRADU\nProhlídka vede podzemím, které bylo objeveno v roce 1932. Napiš k tomu pozvánku.')

# ---------------------------------------------------------------- English
add('en', 'block', [CM],
    'English paragraphs portion-marked "(C)" and "(U)" without a banner.',
    '(U) Background. The working group met on 2 June.\n(C) The host nation will not allow armed overflights after '
    '1 August.\n(C) Liaison officers will move to the capital.\n(U) Points of contact are listed in annex A.')
add('en', 'block', [CM],
    'EU Council document header with the distribution marking "LIMITE".',
    'Council of the European Union\nBrussels, 3 June 2026\nLIMITE\n\nNOTE\nfrom: Presidency\nto: Working Party on '
    'Sanctions\nSubject: Draft criteria for listing. Summarise the presidency proposal.')
add('en', 'block', [CM],
    'Slide export with footer box "Confidential | 4" (level and slide number only).',
    'Slide 4\nTarget operating model\nShared services centre in Kraków\nConfidential | 4\nSlide 5\nTimeline\n'
    'Confidential | 5\nWrite speaker notes.')
add('en', 'block', [CM],
    'E-mail subject carrying a UK descriptor: "OFFICIAL-SENSITIVE PERSONAL: staff grievance".',
    'Subject: OFFICIAL-SENSITIVE PERSONAL: staff grievance outcome\n\nThe panel upheld two of the three complaints. '
    'Please draft the letter to the employee.', 'eml')
add('en', 'block', [CM],
    'A dissemination field on a pasted intelligence summary: "Dissemination: NOFORN".',
    'INTELLIGENCE SUMMARY 26-118\nDissemination: NOFORN\nKey judgement: the group is likely to relocate its '
    'training camp before the rainy season.\nMake it shorter.')
add('en', 'pass', [],
    'Hard negative: a Kubernetes Pod Security label "restricted" and a git branch "top-secret-mode".',
    'metadata:\n  labels:\n    pod-security.kubernetes.io/enforce: restricted\n'
    '# branch: feature/top-secret-mode\nWhy are my pods rejected?')
add('en', 'pass', [],
    'Hard negative: a novel page footer "The Secret Garden – Page 3 of 8" and a job title "Confidential Secretary".',
    'The Secret Garden – Page 3 of 8\nMary found the key buried in the flower bed.\n\nJob opening: Confidential '
    'Secretary to the Managing Director.')
add('en', 'pass', [],
    'Hard negative: a glossary line explaining "UK EYES ONLY" and "LIMITE" in a training handout.',
    'Glossary: UK EYES ONLY – a national caveat restricting release to UK nationals. LIMITE – an EU Council '
    'distribution marking. Both are explained in module 2.')
add('en', 'pass', [],
    'Hard negative: a privacy policy heading and "(C)" list items in a contract.',
    'Privacy Policy\nWe keep your data confidential.\n(a) We collect your name.\n(b) We collect your e-mail.\n'
    '(c) We never sell your data.')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', [CM],
    'English prompt around a Czech classified letter with "TAJNÉ" and "Výtisk č. 1".',
    'Translate into English please:\n\nTAJNÉ\nVýtisk č. 1\n\nHodnocení bezpečnostní situace v regionu, květen 2026.\n'
    'Riziko narušení dodávek energie je vysoké.')
add('mixed', 'block', [CM],
    'Vietnamese chat forwarding an English slide export with footer "SECRET | 2".',
    'Dịch giúp em slide này:\nSlide 2\nForce posture options\nSECRET | 2')
add('mixed', 'pass', [],
    'Hard negative: an English question about the Vietnamese copy-number stamp "Bản số".',
    'In Vietnamese official documents, what does the stamp "Bản số: 02/05" mean? Is it like a copy number?')


# ================================================================ round18c: written after batch 2's fixes, scored blind
add('vi', 'block', [CM, OD],
    'Two-column header pasted as text: the stamp in the left column on the same line as the national motto.',
    'BỘ TÀI CHÍNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nMẬT                             Độc lập - Tự do - '
    'Hạnh phúc\nSố: 512/BTC-NSNN                Hà Nội, ngày 4 tháng 6 năm 2026\n\nV/v tạm ứng ngân sách\nTóm tắt giúp.')
add('vi', 'block', [CM, OD],
    'Two-column header without diacritics: "TOI MAT" on the motto line.',
    'UBND TINH QUANG NINH            CONG HOA XA HOI CHU NGHIA VIET NAM\nTOI MAT                         Doc lap - Tu do - '
    'Hanh phuc\nSo: 77/KH-UBND\n\nKE HOACH\nPhong thu dan su khu vuc bien')
add('vi', 'block', [CM],
    'JSON record from an e-office API with camelCase keys: "doMat": "Tối mật".',
    '{"soKyHieu": "12/KH-BCA", "trichYeu": "Kế hoạch bảo vệ hội nghị", "doKhan": "Hỏa tốc", "doMat": "Tối mật", '
    '"ngayBanHanh": "2026-06-04"}\nViết hàm TypeScript đọc bản ghi này.')
add('vi', 'block', [CM],
    'E-mail footer sentence saying this mail and its attachment are classified "Mật" and must not be forwarded.',
    'Kính gửi anh Tuấn,\nPhòng gửi anh dự thảo phương án điều động nhân sự quý III để cho ý kiến.\n\nTrân trọng,\n'
    'Văn phòng\n--\nThư này và tệp đính kèm thuộc độ Mật, đề nghị không chuyển tiếp.', 'eml')
add('vi', 'pass', [],
    'Hard negative: a job posting for a records clerk who keeps the registers and secret documents.',
    'Tuyển nhân viên văn thư: quản lý sổ đăng ký văn bản đi, đến; bảo quản tài liệu mật theo quy định; sử dụng thành '
    'thạo Word, Excel. Viết lại tin tuyển dụng giúp tôi.')
add('vi', 'pass', [],
    'Hard negative: a training slide footer "Bồi dưỡng kiến thức bảo vệ bí mật nhà nước | 3".',
    'Slide 3\nCác hành vi bị nghiêm cấm\nLàm lộ, chiếm đoạt, mua bán bí mật nhà nước\nBồi dưỡng kiến thức bảo vệ bí mật '
    'nhà nước | 3\nGợi ý thêm ví dụ.')
add('vi', 'pass', [],
    'Hard negative without diacritics: a chat joking that a birthday surprise is "tuyet mat".',
    'Lan: sinh nhat chi Ha thu 6 nay, ke hoach tuyet mat nha ca nha, dung de lo\nMinh: ok giu bi mat')
add('cs', 'block', [CM],
    'Czech two-column header: the level in the right column of the ministry line, copy number under it.',
    'Ministerstvo obrany                       VYHRAZENÉ\n                                          Výtisk č.: 3\n'
    'Č. j.: MO 5120/2026-1150\n\nVěc: Přesun techniky\nShrň to.')
add('cs', 'block', [CM],
    'Czech CSIRT advisory with "TLP:AMBER – sdílet pouze v rámci organizace" under the title.',
    'Bezpečnostní upozornění 26-041\nTLP:AMBER – sdílet pouze v rámci organizace\n\nZranitelnost v bráně VPN je aktivně '
    'zneužívána. Přelož do angličtiny.')
add('cs', 'pass', [],
    'Hard negative: a union notice naming the "důvěrník" (shop steward).',
    'Odborová organizace oznamuje, že novým důvěrníkem pro provoz Sever byl zvolen pan Karel Dvořák. Napiš krátké '
    'blahopřání.')
add('cs', 'pass', [],
    'Hard negative: a Czech crossword with "tajenka" and a novel "Přísně tajné" in a reading list.',
    'Tajenka dnešní křížovky: MODRÁ HORA. Doporučená četba: detektivka Přísně tajné: Případ v Brně.')
add('en', 'block', [CM],
    'UK/Australian marking "COMMERCIAL IN CONFIDENCE" as the header of a pasted bid.',
    'COMMERCIAL IN CONFIDENCE\n\nTender response – Lot 2\nOur price for the managed service is 1.2 M per year. '
    'Tighten the wording.')
add('en', 'block', [CM],
    'Australian header "OFFICIAL: Sensitive" at the top and bottom of a pasted minute.',
    'OFFICIAL: Sensitive\nMinute to the Deputy Secretary\nThe review found two control gaps in payroll.\n'
    'OFFICIAL: Sensitive')
add('en', 'block', [CM],
    'Australian "PROTECTED" banner over a pasted brief.',
    'PROTECTED\n\nBrief for the Minister\nThe agency proposes to consolidate three data centres by 2028.\nPROTECTED')
add('en', 'block', [CM],
    'An Office visual marking footer: "Classified as Highly Confidential" as the last line.',
    'Q3 board pack – draft\nRevenue is 4 % below plan; two options are proposed.\n\nClassified as Highly Confidential')
add('en', 'pass', [],
    'Hard negative: "PROTECTED AREA" signage text and "protected" in a sentence.',
    'PROTECTED AREA\nNo drones beyond this point. Nesting birds are protected from March to July.')
add('en', 'pass', [],
    'Hard negative: a contract clause about commercial-in-confidence information.',
    'Clause 14. Each party must not disclose the other party''s commercial-in-confidence information without consent. '
    'Is this clause enforceable?')
add('en', 'pass', [],
    'Hard negative: a Microsoft Purview how-to listing the label names.',
    'To create labels in Purview, add General, Confidential and Highly Confidential, then publish the policy. '
    'Which label should be the default?')
add('mixed', 'block', [CM],
    'Vietnamese chat forwarding an English memo headed "COMMERCIAL IN CONFIDENCE".',
    'Dịch giúp em bản ghi nhớ này:\nCOMMERCIAL IN CONFIDENCE\nThe supplier will cut prices by 6 % if we extend to 2029.')
add('mixed', 'pass', [],
    'Hard negative: a Czech question about what "OFFICIAL: Sensitive" means on an Australian letter.',
    'Co znamená označení "OFFICIAL: Sensitive" na dopise z australského úřadu? Je to utajované?')

write_marking_round(S, 'round18', 'p18')
