#!/usr/bin/env python3
"""Builds test/probes/round35.jsonl (round 35 of the held-out-style probes, written blind): Vietnamese documents as
agencies really write them, from genres no round held in full — a party committee's resolution or notice ("ĐẢNG CỘNG
SẢN VIỆT NAM", "Số …-NQ/TU", "Nơi nhận"), police, army and border-guard reports, inspection conclusions (kết luận
thanh tra), personnel appraisals (nhận xét cán bộ, quy hoạch), disciplinary records, budget estimates, a draft law's
internal comments, court case files, a ward's household survey — with the level where those genres put it: the "Độ
mật" box, under the number, beside "KHẨN"/"HỎA TỐC", in the footer of each page, in the "Nơi nhận" list ("Lưu: VT,
…(02b) MẬT"); and as staff paste them: the OCR of a photo forwarded on Zalo, a rewrite request around one paragraph, a
summary request naming the document. Each kind with diacritics, typed without, and OCR'd. Hard negatives of the same
genres that are public or carry no level: a published resolution, news quoting a party congress, the urgency marks
alone ("KHẨN", "HỎA TỐC" are not levels), school papers, "mật độ", "bí mật" in fiction, training quizzes, forms with
an empty "Độ mật" field. Stdlib only; no identifiers (no run of nine digits, no e-mail address), so only the kind
under test can decide. Batches are written blind one after another (batch 1 against main 5d9706f, each later batch
after the earlier fixes); ids continue."""
from probe_ids import collector, diacritic_negatives, diacritic_pair, write_marking_round

S, add, neg = collector()
CM, OD = 'classified-marking', 'official-document'
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)



# ================================================================ batch 1 (blind against main 5d9706f)
# --- a party committee's resolution and notice
vi('block', [CM, OD], 'A provincial party committee\'s resolution: the level under the number, party header beside.',
   'ĐẢNG BỘ TỈNH HÀ TĨNH                    ĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ TỈNH ỦY\n          *\n'
   'Số 15-NQ/TU                          Hà Tĩnh, ngày 08 tháng 10 năm 2026\n       MẬT\n\nNGHỊ QUYẾT\n'
   'về công tác chuẩn bị nhân sự cấp ủy nhiệm kỳ 2026 - 2031\n\nI. TÌNH HÌNH\nQua rà soát, có 4 đồng chí trong diện '
   'quy hoạch chưa đủ tiêu chuẩn về tuổi tái cử ...')
vi('block', [CM, OD], 'A party notice whose level stands only in the recipients list: "Lưu: VT, BTC (02b) MẬT".',
   'THÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy về việc xem xét, xử lý cán bộ vi phạm\n\n'
   'Ban Thường vụ thống nhất thi hành kỷ luật bằng hình thức khiển trách đối với 02 đồng chí và giao Ủy ban Kiểm tra '
   'Huyện ủy theo dõi.\n\nNơi nhận:\n- Thường trực Tỉnh ủy (để b/c),\n- Ủy ban Kiểm tra Tỉnh ủy,\n- Các đồng chí '
   'Huyện ủy viên,\n- Lưu: VT, BTC (02b) MẬT.                    T/M BAN THƯỜNG VỤ\n'
   '                                                PHÓ BÍ THƯ')
vi('block', [CM, OD], 'A party cell\'s notice: "MẬT" beside "HỎA TỐC" on one line above the title.',
   'ĐẢNG ỦY PHƯỜNG ĐỐNG ĐA             ĐẢNG CỘNG SẢN VIỆT NAM\nSố 27-TB/ĐU                Quy Nhơn, ngày 3 tháng 11 năm 2026\n'
   'HỎA TỐC - MẬT\n\nTHÔNG BÁO\nvề việc triệu tập hội nghị Đảng ủy bất thường\n'
   'Nội dung: cho ý kiến về nhân sự thay thế đồng chí Chủ tịch UBND phường.')
# --- police, army and border-guard reports
vi('block', [CM, OD], 'A police report with the "Độ mật" box drawn in box characters in the header.',
   'CÔNG AN TỈNH BÌNH PHƯỚC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG AN NINH NỘI ĐỊA          Độc lập - Tự do - Hạnh phúc\n'
   '┌─────────────┐\n│ Độ mật: MẬT │\n└─────────────┘\nSố: 214/BC-ANNĐ\n\nBÁO CÁO\nTình hình an ninh nông thôn tháng 10/2026\n'
   '1. Xuất hiện 02 nhóm tụ tập khiếu kiện đông người tại xã Minh Hưng ...')
vi('block', [CM, OD], 'A border-guard station\'s report: "TỐI MẬT" and "KHẨN" on separate lines under the number.',
   'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LẠNG SƠN\nĐỒN BIÊN PHÒNG CỬA KHẨU CHI MA\nSố: 96/BC-ĐBP\nTỐI MẬT\nKHẨN\n\n'
   'BÁO CÁO\nKết quả tuần tra đoạn biên giới từ mốc 1150 đến mốc 1162\n- Phát hiện 03 lối mòn mới qua biên giới ...')
vi('block', [CM, OD], 'A military unit\'s plan: the level in the footer of every page, "MẬT - Trang 2/4".',
   'BỘ CHỈ HUY QUÂN SỰ HUYỆN\n...\n2. Lực lượng: 01 trung đội dân quân cơ động, 02 tổ trinh sát.\n\n'
   '                                   MẬT - Trang 2/4\n\f3. Thời gian: từ 20/11 đến 25/11/2026.\n'
   '4. Bảo đảm hậu cần: Ban Hậu cần cấp 2 ngày gạo.\n\n                                   MẬT - Trang 3/4')
# --- inspection, personnel, discipline
vi('block', [CM, OD], 'An inspection conclusion: the state header, the number, then "MẬT" in its own line.',
   'UBND TỈNH TÂY NINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHANH TRA TỈNH                      Độc lập - Tự do - Hạnh phúc\n'
   'Số: 31/KL-TTr                       Tây Ninh, ngày 20 tháng 9 năm 2026\nMẬT\n\nKẾT LUẬN THANH TRA\n'
   'Việc quản lý, sử dụng đất công tại Ban Quản lý Khu kinh tế\n\nIII. KẾT LUẬN\n1. Giao 12,4 ha đất không qua '
   'đấu giá, trái quy định ...')
vi('block', [CM], 'A personnel appraisal for the succession list, stamped "TỐI MẬT" above the title.',
   '                    TỐI MẬT\n\nBẢN NHẬN XÉT, ĐÁNH GIÁ CÁN BỘ\n(Dùng cho cán bộ diện quy hoạch Ban Thường vụ '
   'Tỉnh ủy quản lý)\nHọ và tên: Trần Quốc Việt\nChức vụ: Phó Giám đốc Sở Xây dựng\n1. Phẩm chất chính trị: vững '
   'vàng.\n2. Hạn chế: có lúc còn nể nang trong phê bình.\nĐề nghị: đưa ra khỏi quy hoạch chức danh Giám đốc Sở.')
vi('block', [CM, OD], 'Minutes of a disciplinary meeting: the header field "Độ mật: Mật" beside "Độ khẩn: Thường".',
   'CHI BỘ PHÒNG KẾ HOẠCH - TÀI CHÍNH\nĐộ mật: Mật          Độ khẩn: Thường\n\nBIÊN BẢN\nHọp xem xét, đề nghị thi '
   'hành kỷ luật đảng viên\nHôm nay, ngày 14/10/2026, tại phòng họp tầng 2, Chi bộ họp xem xét vi phạm của đồng chí '
   'Lê Văn Tâm.\nKết quả biểu quyết: 7/9 đồng ý đề nghị cảnh cáo.')
# --- budget, draft law, court, household survey
vi('block', [CM], 'A budget estimate table whose title line ends in "(MẬT)".',
   'DỰ TOÁN CHI NGÂN SÁCH AN NINH, QUỐC PHÒNG NĂM 2027 (MẬT)\nĐơn vị tính: triệu đồng\n'
   '| STT | Nội dung | Dự toán 2027 |\n|---|---|---|\n| 1 | Chi diễn tập khu vực phòng thủ | 4.200 |\n'
   '| 2 | Chi hoạt động nghiệp vụ đặc thù | 6.850 |\n| 3 | Chi mua sắm trang bị | 3.100 |')
vi('block', [CM], 'Internal comments on a draft law, marked "TÀI LIỆU MẬT" at the top.',
   'TÀI LIỆU MẬT\n\nTỔNG HỢP Ý KIẾN CÁC VỤ, CỤC\nvề dự thảo Luật Quản lý, sử dụng vũ khí (sửa đổi)\n\n'
   '1. Vụ Pháp chế: đề nghị bỏ khoản 3 Điều 18 vì chồng chéo với Luật Xử lý vi phạm hành chính.\n'
   '2. Cục Cảnh sát QLHC: chưa đồng ý nội dung giao quyền cấp phép cho cấp xã.')
vi('block', [CM, OD], 'A court case file\'s cover sheet with "Độ mật: Tối mật" among its fields.',
   'TÒA ÁN NHÂN DÂN TỈNH ĐẮK LẮK\n\nHỒ SƠ VỤ ÁN HÌNH SỰ\nSố hồ sơ: 118/2026/HSST\nĐộ mật: Tối mật\n'
   'Tội danh: Tham ô tài sản\nBị cáo: 04 người\nThẩm phán chủ tọa: Nguyễn Minh Hải\nSố bút lục: 1.214')
vi('block', [CM], 'A ward police household survey, its header cell "Tài liệu MẬT - chỉ dùng trong lực lượng CA".',
   'CÔNG AN PHƯỜNG TÂN PHONG\nTài liệu MẬT - chỉ dùng trong lực lượng Công an\n\nPHIẾU KHẢO SÁT HỘ GIA ĐÌNH '
   'DIỆN QUẢN LÝ\nTổ dân phố 7\n| Chủ hộ | Số nhân khẩu | Ghi chú nghiệp vụ |\n|---|---|---|\n'
   '| Đỗ Văn Lực | 4 | có con đang chấp hành án |\n| Vũ Thị Nga | 2 | theo dõi đối tượng nghiện |')
# --- as pasted: Zalo photo OCR, rewrite request, summary request
add('vi', 'block', [CM, OD], 'The OCR of a photo forwarded on Zalo: a party resolution\'s header, diacritics lost, "MAT" under the number.',
    '[Chuyển tiếp] Ảnh từ nhóm "VP Tinh uy"\nVan ban nhan dang tu anh:\nDANG B0 TINH QUANG NAM DANG C0NG SAN VIET NAM\n'
    'TINH UY\nS0 09-NQ/TU Tam Ky, ngay 2 thang 9 nam 2026\nMAT\nNGHI QUYET\nve chu truong sap xep can b0 ch0 '
    'Dai h0i\nem nho chat GPT tom tat giup')
add('vi', 'block', [CM, OD], 'The OCR of a Zalo photo of a police report: "TÓI MÂT" with OCR\'s tone confusions.',
    'Zalo: [Hình ảnh] Trích văn bản từ ảnh:\nCÔNG AN HUYỆN ĐỨC TRỌNG\nSố: 88/BC-CAH\nTÓI MÂT\nBÁO CÁO\nKết quả '
    'xác minh nguồn tin về nhóm cho vay nặng lãi tại xã Hiệp An\nanh xem giúp em đoạn này viết lại cho gọn')
vi('block', [CM], 'A rewrite request around one paragraph, naming its source as an inspection conclusion at the Mật level.',
   'Viết lại đoạn sau cho mạch lạc, giữ nguyên số liệu (trích Kết luận thanh tra số 31/KL-TTr, độ Mật):\n\n'
   '"Qua thanh tra cho thấy Ban Quản lý đã giao 12,4 ha đất công không qua đấu giá, gây thất thoát khoảng 38 tỷ '
   'đồng; trách nhiệm thuộc về Trưởng ban và Phó Trưởng ban phụ trách."')
vi('block', [CM], 'A summary request naming the document and its level: "Tóm tắt Thông báo 27-TB/ĐU (Mật) sau".',
   'Tóm tắt giúp tôi Thông báo số 27-TB/ĐU (Mật) dưới đây thành 5 gạch đầu dòng để báo cáo đồng chí Bí thư:\n\n'
   'Đảng ủy thống nhất giới thiệu đồng chí Phạm Văn Hòa để bầu giữ chức Chủ tịch UBND phường, thay đồng chí Lê '
   'Thanh Sơn nghỉ hưu trước tuổi ...')
add('vi', 'block', [CM, OD], 'An OCR\'d page of a party resolution with the page footer "Tai lieu MAT" on each page.',
    'Hoi nghi thong nhat chu truong dieu dong 03 dong chi Truong phong ve co so.\n\n'
    'Tai lieu MAT                                   Trang 2\n---\n'
    'Noi nhan:\n- Thuong truc Tinh uy,\n- Cac dong chi Tinh uy vien,\n- Luu VT, BTCTU.\n\nT/M TINH UY\nBI THU')

# --- warn: an official document with an urgency mark alone (KHẨN is not a level)
vi('warn', [OD], 'A ward\'s official letter marked only "KHẨN": urgency is not a level (official-document warn).',
   'UBND PHƯỜNG HÒA KHÁNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 412/UBND-VP                  Độc lập - Tự do - Hạnh phúc\n'
   'KHẨN\nV/v tổng hợp số hộ bị ảnh hưởng do mưa lũ\n\nKính gửi: Các tổ dân phố\nĐề nghị các tổ báo cáo số '
   'liệu trước 16h ngày 05/11/2026.')
vi('warn', [OD], 'A published party resolution with its full header and recipients: public, still an official document.',
   'BAN CHẤP HÀNH TRUNG ƯƠNG             ĐẢNG CỘNG SẢN VIỆT NAM\n            *\nSố 57-NQ/TW                 Hà Nội, ngày 22 tháng 12 năm 2024\n\n'
   'NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số '
   'quốc gia\n...\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Các ban đảng, ban cán sự đảng,\n- Lưu Văn phòng Trung ương Đảng.')

# --- hard negatives
vineg('news quoting a provincial party congress and its resolution.',
      'Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, nhiệm kỳ 2025 - 2030 đã bế mạc. Đại hội thông qua '
      'Nghị quyết với 3 khâu đột phá; đồng chí Bí thư Tỉnh ủy nhấn mạnh cần "nói đi đôi với làm". Báo Đảng bộ sẽ '
      'đăng toàn văn Nghị quyết trong số ra ngày mai.')
vineg('a chat asking for an urgent signature: "HỎA TỐC" alone is not a level.',
      '[09:02] Chị Thu VP: Công văn xin ý kiến về mưa lũ là HỎA TỐC nhé em, trình anh Hùng ký trước 10h\n'
      '[09:03] Minh: dạ em in ngay ạ\n[09:10] Minh: anh Hùng ký rồi chị, em scan gửi lên nhóm')
vineg('a school geography test on population density (mật độ dân số).',
      'TRƯỜNG THCS NGUYỄN DU\nĐỀ KIỂM TRA GIỮA KỲ I - MÔN ĐỊA LÍ 9\nThời gian: 45 phút\n'
      'Câu 1 (2 điểm): Trình bày đặc điểm phân bố dân cư nước ta. Vì sao mật độ dân số ở Đồng bằng sông Hồng cao '
      'nhất cả nước?\nCâu 2 (3 điểm): Vẽ biểu đồ cơ cấu lao động theo ngành năm 2024.')
vineg('a training quiz on how state secrets are classified.',
      'BÀI KIỂM TRA KIẾN THỨC BẢO VỆ BÍ MẬT NHÀ NƯỚC\nCâu 4: Bí mật nhà nước được phân loại theo mấy độ?\n'
      'A. 2 độ     B. 3 độ: Tuyệt mật, Tối mật, Mật     C. 4 độ\nCâu 5: Dấu "MẬT" được đóng bằng mực màu gì?\n'
      'Đáp án: 4-B, 5-màu đỏ.')
vineg('fiction using "bí mật" and "mật thư".',
      'Đêm ấy, bà ngoại mới kể cho tôi nghe bí mật của căn nhà cũ: dưới viên gạch thứ ba cạnh bếp có một lá mật thư '
      'ông để lại trước khi đi kháng chiến. Tôi giữ bí mật ấy suốt hai mươi năm.')
vineg('a blank e-office form with its "Độ mật" and "Độ khẩn" fields empty.',
      'MẪU PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nĐơn vị trình: ....................\nĐộ mật: ..........    Độ khẩn: ..........\n'
      'Trích yếu nội dung: ...........................................\nÝ kiến của lãnh đạo phòng: ....................')
vineg('a ward\'s public report on population density and household numbers.',
      'Phường Tân Phong hiện có 8.412 hộ với 29.630 nhân khẩu; mật độ dân cư khoảng 18.500 người/km². Năm 2026 phường '
      'hoàn thành khảo sát hộ gia đình để cập nhật dữ liệu dân cư, kết quả được niêm yết công khai tại nhà văn hóa các '
      'tổ dân phố.')
vineg('news of a published inspection conclusion.',
      'Thanh tra Chính phủ vừa công bố kết luận thanh tra việc quản lý, sử dụng đất công tại tỉnh X. Kết luận chỉ rõ '
      'nhiều dự án giao đất không qua đấu giá và kiến nghị chuyển hồ sơ sang cơ quan điều tra. Toàn văn kết luận '
      'được đăng trên cổng thông tin của Thanh tra Chính phủ.')
vineg('news of a party disciplinary decision.',
      'Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật khiển trách Ban Thường vụ Huyện ủy X nhiệm kỳ 2020 - 2025 do '
      'thiếu trách nhiệm, buông lỏng lãnh đạo, để xảy ra nhiều vi phạm trong quản lý đất đai.')
vineg('a public budget disclosure on the ward\'s website.',
      'CÔNG KHAI DỰ TOÁN NGÂN SÁCH PHƯỜNG NĂM 2027\n| STT | Nội dung | Dự toán (triệu đồng) |\n|---|---|---|\n'
      '| 1 | Chi sự nghiệp giáo dục | 1.250 |\n| 2 | Chi quốc phòng, an ninh địa phương | 640 |\n'
      '(Niêm yết công khai tại trụ sở UBND phường từ ngày 01/01/2027)')
vineg('trial news: a former official tried for leaking state secrets.',
      'TAND TP Hà Nội mở phiên xét xử sơ thẩm bị cáo nguyên là cán bộ văn phòng về tội cố ý làm lộ bí mật nhà nước. '
      'Theo cáo trạng, bị cáo đã chụp 2 tài liệu có độ Mật gửi qua Zalo cho người ngoài.')
vineg('an appraisal template for teachers (nhận xét giáo viên), no level.',
      'PHIẾU ĐÁNH GIÁ, XẾP LOẠI VIÊN CHỨC NĂM HỌC 2025-2026\nHọ và tên: ..............\nChức danh: Giáo viên '
      'hạng III\n1. Phẩm chất chính trị, đạo đức: .............\n2. Kết quả thực hiện nhiệm vụ: .............\n'
      'Tự xếp loại: ☐ Hoàn thành xuất sắc ☐ Hoàn thành tốt ☐ Hoàn thành')
neg('vi', 'a Zalo message about beekeeping: "mật" is honey.',
    '[Hình ảnh] Mật ong rừng U Minh mùa này về rồi anh chị ơi, chai 1 lít 350k, MẬT nguyên chất không pha, ai lấy '
    'nhắn em nhé')
neg('vi', 'a literature essay prompt at school about a secret ("Chiếc lược ngà").',
    'Đề bài: Phân tích nhân vật ông Sáu trong truyện ngắn "Chiếc lược ngà". Gợi ý: tình cha con thiêng liêng, điều '
    'bí mật ông gửi gắm vào chiếc lược.')
neg('vi', 'a police press release on a drug ring with a code name (mật danh).',
    'Công an tỉnh vừa triệt phá chuyên án mang mật danh "Đ126", bắt giữ 9 đối tượng, thu 12 bánh heroin. Vụ án đang '
    'được mở rộng điều tra.')


# ================================================================ batch 2 (blind, after batch 1's fixes)
vi('block', [CM, OD], 'A party committee\'s conclusion: "TUYỆT MẬT" and the copy number "Bản số: 03" under the party number.',
   'TỈNH ỦY QUẢNG NGÃI                  ĐẢNG CỘNG SẢN VIỆT NAM\n          *\nSố 45-KL/TU        Quảng Ngãi, ngày 19 tháng 8 năm 2026\n'
   'TUYỆT MẬT\nBản số: 03\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về phương án nhân sự Ban Chấp hành khóa mới\n'
   '1. Thống nhất giới thiệu 53 đồng chí để bầu vào Ban Chấp hành ...')
vi('block', [CM, OD], 'An army report: the number line and the level share one line, "THƯỢNG KHẨN" on the next.',
   'BỘ THAM MƯU QUÂN KHU 4\nSố: 45/BC-BTM                          TỐI MẬT\n                                        THƯỢNG KHẨN\n\n'
   'BÁO CÁO NHANH\nTình hình lực lượng sẵn sàng chiến đấu dịp 2/9\n- Quân số có mặt: 96%.')
vi('block', [CM, OD], 'A recipients list whose file line gives the copies and the level with dashes: "Lưu: Văn thư, PA03 – 02b – TỐI MẬT".',
   'Nơi nhận:\n- Đồng chí Giám đốc (để b/c);\n- Các Phòng: PA01, PA02;\n- Lưu: Văn thư, PA03 – 02b – TỐI MẬT.\n\n'
   'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nĐại tá Nguyễn Văn Phúc')
add('vi', 'block', [CM], 'A budget estimate pasted from Excel as CSV: the title row ends in "(TOI MAT)" and trailing semicolons.',
    'DU TOAN KINH PHI NGHIEP VU DAC THU NAM 2027 (TOI MAT);;;\nSTT;Noi dung;Don vi;Du toan\n'
    '1;Chi cong tac dac tinh;trieu dong;5.400\n2;Chi ho tro co so bi mat;trieu dong;1.250\n3;Thue xe chuyen dung;trieu dong;800')
vi('block', [CM, OD], 'A disciplinary decision: "MẬT - KHẨN" on one line under the number.',
   'ỦY BAN KIỂM TRA HUYỆN ỦY          ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-QĐ/UBKTHU\nMẬT - KHẨN\n\nQUYẾT ĐỊNH\n'
   'thi hành kỷ luật đảng viên\nĐiều 1. Thi hành kỷ luật bằng hình thức cảnh cáo đối với đồng chí Trịnh Văn Bảo, '
   'Phó Chủ tịch UBND xã.')
vi('block', [CM], 'A ward police household form: its title in capitals closing with "(MẬT)".',
   'PHIẾU THU THẬP THÔNG TIN HỘ GIA ĐÌNH CÓ NGƯỜI NGHIỆN (MẬT)\nTổ dân phố: 5 – Phường Hòa Thuận\n'
   'Họ tên chủ hộ: ......................\nNgười nghiện trong hộ: ...... Tình trạng cai: ......\nCán bộ khảo sát: Thượng úy Lê Văn Dũng')
vi('block', [CM], 'A rewrite request in capitals naming its source: "văn bản gốc là Tờ trình 12/TTr-SNV (TỐI MẬT)".',
   'Sửa lỗi chính tả và viết lại đoạn dưới cho trang trọng hơn, văn bản gốc là Tờ trình 12/TTr-SNV (TỐI MẬT):\n\n'
   '"Đề xuất điều động đ/c Hoàng Minh Tuấn, Trưởng phòng Tổ chức, sang làm Phó Giám đốc Trung tâm do không hoàn '
   'thành nhiệm vụ 2 năm liền."')
vi('block', [CM], 'A summary request: "Tóm tắt Báo cáo 45/BC-CAT (Tối mật) thành 3 ý:", the report pasted below.',
   'Tóm tắt Báo cáo 45/BC-CAT (Tối mật) thành 3 ý chính:\n\nTrong tháng, lực lượng Công an tỉnh đã xác lập 2 chuyên '
   'án, theo dõi 14 đối tượng có biểu hiện hoạt động chống đối, phát hiện 3 trang mạng xã hội đăng tải thông tin sai '
   'sự thật về nhân sự Đại hội ...')
vi('block', [CM], 'A forwarded e-mail whose subject ends "- MẬT" after an inspection conclusion\'s number.',
   'Chuyển tiếp: KL thanh tra 31/KL-TTr - MẬT\nTừ: Văn phòng Thanh tra tỉnh\nGửi: Phòng Nghiệp vụ 2\n\n'
   'Anh chị xem kết luận kèm theo, phần kiến nghị xử lý trách nhiệm ở mục III.')
add('vi', 'block', [CM, OD], 'The OCR of a Zalo photo: a border-guard notice with "T0I MAT" and "H0A T0C" read with zeros.',
    'Anh chup tu dien thoai, chu hoi mo:\nBO CHI HUY BO DOI BIEN PHONG\nS0: 17/TB-BCH\nT0I MAT\nH0A T0C\n'
    'THONG BAO\nVe viec tang cuong kiem soat duong mon loi mo khu vuc moc 62')
vi('block', [CM], 'A personnel appraisal\'s each-page footer: "Nhận xét cán bộ diện quy hoạch | MẬT | 2".',
   '3. Ưu điểm: năng động, quyết liệt trong chỉ đạo.\n4. Khuyết điểm: còn để xảy ra đơn thư khiếu nại kéo dài.\n\n'
   'Nhận xét cán bộ diện quy hoạch | MẬT | 2\n\f5. Triển vọng phát triển: có thể bố trí chức danh Phó Bí thư.')

vi('warn', [OD], 'A public decision\'s recipients and signature with "Lưu: VT, VP." and no level: official document, no marking.',
   'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.\n\n'
   'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VP.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH')

vineg('news quoting a provincial party resolution by its number.',
      'Thực hiện Nghị quyết số 15-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch, năm 2026 tỉnh đón 4,2 '
      'triệu lượt khách, tăng 18% so với cùng kỳ. Lãnh đạo tỉnh cho biết sẽ tiếp tục cải thiện hạ tầng giao thông.')
vineg('an e-mail subject tagged "[KHẨN]": urgency, not a level.',
      'Tiêu đề: [KHẨN] Báo cáo số liệu thiệt hại do bão số 5 trước 15h hôm nay\n\nCác phòng gửi số liệu theo biểu mẫu '
      'đính kèm, đầu mối tổng hợp là Phòng Kinh tế.')
vineg('a training quiz asking where secret documents are kept.',
      'Câu 6. Tài liệu MẬT, TỐI MẬT, TUYỆT MẬT được lưu giữ ở đâu?\nA. Tủ tài liệu thường\nB. Tủ, két có khóa chắc '
      'chắn, do người được giao quản lý\nC. Mang về nhà bảo quản')
vineg('a training slide listing the levels in a capitals title.',
      'CÁC ĐỘ MẬT CỦA BÍ MẬT NHÀ NƯỚC (TUYỆT MẬT, TỐI MẬT, MẬT)\n- Căn cứ: Luật Bảo vệ bí mật nhà nước\n'
      '- Người có thẩm quyền xác định độ mật: người đứng đầu cơ quan')
vineg('a planning decision\'s public summary with "mật độ xây dựng".',
      'Khu dân cư phía Bắc có diện tích 42 ha, mật độ xây dựng tối đa 60%, tầng cao tối đa 5 tầng. Đồ án quy hoạch '
      'được công bố công khai tại trụ sở UBND phường và trên cổng thông tin của tỉnh.')
vineg('court news: the case file runs to 3,000 pages.',
      'Hồ sơ vụ án dày hơn 3.000 bút lục, Tòa án nhân dân tỉnh dự kiến xét xử trong 10 ngày. Các bị cáo bị truy tố về '
      'tội vi phạm quy định về đấu thầu gây hậu quả nghiêm trọng.')
vineg('a statistics office\'s household survey form promising confidentiality.',
      'PHIẾU THU THẬP THÔNG TIN HỘ GIA ĐÌNH\nĐiều tra biến động dân số năm 2026\nThông tin trong phiếu chỉ phục vụ '
      'thống kê và được giữ bí mật theo Luật Thống kê.\nHọ tên chủ hộ: ..........  Số nhân khẩu: .....')
vineg('personnel news of a party appointment.',
      'Bộ Chính trị điều động, phân công đồng chí Lê Minh Khang, Ủy viên Trung ương Đảng, giữ chức Bí thư Tỉnh ủy '
      'nhiệm kỳ 2025 - 2030. Đồng chí cam kết tiếp tục đoàn kết, đổi mới.')
vineg('a Zalo group notice with "THƯỢNG KHẨN" for a meeting time.',
      '[Nhóm Văn phòng] THƯỢNG KHẨN: họp giao ban đột xuất lúc 14h tại phòng họp số 2, các đồng chí trưởng phòng có '
      'mặt đúng giờ.')
neg('vi', 'a short story titled "Tài liệu mật của ông Tư".',
    'Truyện ngắn: Tài liệu mật của ông Tư\nÔng Tư cất trong rương một cuốn sổ bìa đen mà cả làng gọi là "tài liệu '
    'mật". Hóa ra đó chỉ là sổ ghi công thức nấu rượu ngô của dòng họ.')
neg('vi', 'a public budget passed by the provincial council.',
    'HĐND tỉnh thông qua dự toán thu ngân sách năm 2027 là 18.500 tỷ đồng, chi 21.200 tỷ đồng; chi quốc phòng, an '
    'ninh địa phương 640 tỷ đồng. Báo cáo dự toán được công khai trên cổng thông tin Sở Tài chính.')
neg('vi', 'a textbook exercise with honey ("mật ong") in a capitals title.',
    'BÀI TẬP TOÁN LỚP 4: CỬA HÀNG BÁN MẬT ONG\nMột cửa hàng có 45 lít mật ong, đã bán 3/5 số mật ong. Hỏi cửa hàng còn '
    'lại bao nhiêu lít?')


# ================================================================ batch 3 (blind, after batch 2's fixes)
vi('block', [CM, OD], 'A party letter: the level to the right of the party number on the same line.',
   'BAN TỔ CHỨC TỈNH ỦY               ĐẢNG CỘNG SẢN VIỆT NAM\nSố 112-CV/BTCTU        MẬT\n'
   'V/v thẩm định hồ sơ nhân sự\n\nKính gửi: Ban Thường vụ các huyện ủy\nĐề nghị gửi hồ sơ các đồng chí dự kiến '
   'giới thiệu trước ngày 20/11.')
vi('block', [CM, OD], 'A recipients list whose file line opens with the case file: "Lưu: HSCV, VT (02) MẬT".',
   'Nơi nhận:\n- Viện KSND tỉnh;\n- Cơ quan CSĐT Công an tỉnh;\n- Lưu: HSCV, VT (02) MẬT.\n\nCHÁNH ÁN\n\nPhạm Thị Hồng')
vi('block', [CM], 'A note under a draft law\'s comment table: "Tài liệu này MẬT, chỉ phục vụ họp Tổ biên tập".',
   '| Điều | Ý kiến | Giải trình |\n|---|---|---|\n| Điều 12 | Đề nghị bỏ khoản 3 | Tiếp thu |\n'
   '| Điều 20 | Thu hẹp đối tượng được cấp phép | Bảo lưu |\n\nGhi chú: Tài liệu này MẬT, chỉ phục vụ họp Tổ biên tập.')
vi('block', [CM], 'A Zalo message from ward police sending the survey forms "(MẬT)" and forbidding posting them.',
   '[Zalo – Tổ trưởng TDP phường 3] 08:15 CA phường Lê Hùng: Gửi các tổ trưởng phiếu khảo sát hộ có người chấp '
   'hành xong án phạt tù (MẬT), các đồng chí không đăng lên nhóm chung, điền xong nộp bản giấy.')
vi('block', [CM, OD], 'A patrol log of a border-guard station with "Độ mật: Tối mật | Thời hạn bảo vệ: 10 năm".',
   'ĐỒN BIÊN PHÒNG NẬM CẮN\nNHẬT KÝ TUẦN TRA\nĐộ mật: Tối mật | Thời hạn bảo vệ: 10 năm\n\nNgày 04/11/2026: tổ 3 '
   'người tuần tra từ mốc 5 đến mốc 9, phát hiện dấu vết 2 người qua lại trái phép.')
vi('block', [CM, OD], 'An army telegram: "ĐIỆN KHẨN - MẬT" heading the number.',
   'BỘ TƯ LỆNH QUÂN KHU 7\nĐIỆN KHẨN - MẬT\nSố: 12/ĐK-BTL\nGửi: Bộ CHQS các tỉnh\nNội dung: Duy trì trực sẵn sàng '
   'chiến đấu 100% quân số từ 18h ngày 10/11 đến khi có lệnh mới.')
vi('block', [CM], 'A rewrite request naming "Báo cáo mật số 45/BC-CAT".',
   'Viết lại cho gọn đoạn này trong Báo cáo mật số 45/BC-CAT, giữ nguyên số liệu:\n"Trong tháng, lực lượng đã theo '
   'dõi 14 đối tượng có biểu hiện hoạt động chống đối, 3 trang mạng đăng tin sai sự thật."')
add('mixed', 'block', [CM], 'An English summary request around a Vietnamese party resolution "marked MẬT".',
    'Can you summarise this party resolution for me in English? It is marked MẬT, so keep it short:\n\n'
    'Ban Thường vụ thống nhất chủ trương điều động 03 đồng chí Trưởng phòng về cơ sở, thời gian thực hiện trước '
    'ngày 31/12/2026.')
vi('block', [CM], 'A personnel vote sheet: "TUYỆT MẬT – Xem xong trả lại" at its head.',
   'TUYỆT MẬT – Xem xong trả lại\n\nPHIẾU LẤY Ý KIẾN TÍN NHIỆM\nđối với cán bộ diện Ban Thường vụ quản lý\n'
   '| Họ tên | Tín nhiệm cao | Tín nhiệm | Tín nhiệm thấp |\n|---|---|---|---|\n| Võ Thanh Hải | ☐ | ☐ | ☐ |')
add('vi', 'block', [CM, OD], 'OCR of an inspection conclusion\'s header: the number and the level read as "S0: 31/KL-TTr MAT".',
    'THANH TRA TINH\nS0: 31/KL-TTr MAT\nTay Ninh, ngay 20 thang 9 nam 2026\nKET LUAN THANH TRA\nViec quan ly dat cong tai '
    'Ban Quan ly Khu kinh te')

vi('warn', [OD], 'A people\'s council resolution as published, with its number and signature: official document, no level.',
   'HỘI ĐỒNG NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BÌNH ĐỊNH                    Độc lập - Tự do - Hạnh phúc\n'
   'Số: 12/2026/NQ-HĐND\n\nNGHỊ QUYẾT\nQuy định mức hỗ trợ học phí cho học sinh năm học 2026 - 2027\n...\nCHỦ TỊCH')

vineg('a school\'s urgent notice: "THÔNG BÁO KHẨN" about a storm.',
      'THÔNG BÁO KHẨN\nDo ảnh hưởng của bão số 6, toàn bộ học sinh Trường Tiểu học Hòa Bình nghỉ học ngày 12/11. Phụ huynh '
      'theo dõi nhóm Zalo lớp để nhận thông báo đi học lại.')
vineg('news on a Politburo conclusion quoted by its number.',
      'Theo Kết luận số 45-KL/TW của Bộ Chính trị, các địa phương phải hoàn thành sắp xếp đơn vị hành chính cấp xã '
      'trước ngày 30/6. Nhiều tỉnh đã công bố phương án trên cổng thông tin điện tử.')
vineg('a traffic report on vehicle density.',
      'Giờ cao điểm sáng, mật độ phương tiện trên đường Vành đai 3 tăng cao, nhiều đoạn ùn tắc kéo dài 2 km. Lực lượng '
      'CSGT đã phân luồng tại nút giao Mai Dịch.')
vineg('a clerical training quiz on the file line of a recipients block.',
      'Câu 9: Trong phần Nơi nhận, dòng "Lưu: VT, TCCB (02b)" có ý nghĩa gì?\nA. Lưu tại Văn thư và phòng Tổ chức cán bộ, '
      '02 bản\nB. Gửi 02 bản cho Văn phòng\nC. Văn bản có 02 trang')
vineg('a form with the level boxes left unticked.',
      'PHIẾU TRÌNH KÝ\nĐộ mật: ☐ Mật  ☐ Tối mật  ☐ Tuyệt mật\nĐộ khẩn: ☐ Khẩn  ☐ Thượng khẩn  ☐ Hỏa tốc\nTrích yếu: '
      '.....................................')
vineg('a map title in capitals closing "(MẬT ĐỘ CAO)".',
      'BẢN ĐỒ PHÂN BỐ DÂN CƯ TỈNH (MẬT ĐỘ CAO)\nChú giải: màu đỏ là khu vực trên 2.000 người/km², màu vàng từ 500 đến '
      '2.000 người/km².')
vineg('a news sentence opening "Tài liệu MẬT bị phát tán".',
      'Tài liệu MẬT bị phát tán trên mạng xã hội: Công an tỉnh đã xác định người chụp và chuyển tài liệu, đề nghị xử lý '
      'theo quy định của pháp luật.')
neg('vi', 'a film listing with "Mật danh" in its title.',
    'Lịch chiếu cuối tuần: "Mật danh: Bà ngoại" (hài, 105 phút) suất 19h và 21h15; giá vé 90.000 đồng, giảm 20% cho '
    'học sinh, sinh viên.')
neg('vi', 'a teacher\'s duty roster marked "KHẨN" for a change of shift.',
    'LỊCH TRỰC TẾT - CẬP NHẬT KHẨN\nMùng 1: cô Lan, thầy Bình\nMùng 2: cô Hương (đổi với thầy Nam)\nMùng 3: thầy Khoa')


# ================================================================ batch 4 (blind, after batch 3's fixes)
vi('block', [CM, OD], 'A ward police report with an ASCII-drawn box holding the level above the number.',
   'CÔNG AN PHƯỜNG 7\n+---------+\n|   MẬT   |\n+---------+\nSố: 58/BC-CAP\n\nBÁO CÁO\nKết quả rà soát người nước ngoài '
   'tạm trú trên địa bàn tháng 10/2026')
vi('block', [CM], 'A page footer in title case: "Trang 2/5 – Tài liệu Tối mật".',
   '2. Đánh giá cán bộ: đồng chí Phó Giám đốc phụ trách còn hạn chế về năng lực quản lý tài chính.\n\n'
   'Trang 2/5 – Tài liệu Tối mật\n\f3. Đề xuất: điều chuyển công tác trước tháng 3/2027.')
vi('block', [CM], 'A cover e-mail: the attached appraisal "thuộc độ Mật", without "kèm theo" or "này".',
   'Anh Quang ơi,\nEm gửi anh bản nhận xét cán bộ diện quy hoạch của phòng, tài liệu thuộc độ Mật nên anh đọc xong cất '
   'vào tủ giúp em.\nEm cảm ơn.')
vi('block', [CM], 'A budget sheet headed "Biểu số 03 – MẬT" above its table.',
   'Biểu số 03 – MẬT\nKINH PHÍ BẢO ĐẢM HOẠT ĐỘNG NGHIỆP VỤ NĂM 2027\n| Nội dung | Dự toán (triệu đồng) |\n|---|---|\n'
   '| Chi nghiệp vụ đặc thù | 2.300 |\n| Chi thông tin liên lạc | 450 |')
vi('block', [CM], 'A draft law\'s internal version line: "Dự thảo 3 (MẬT) – Ý kiến nội bộ".',
   'Dự thảo 3 (MẬT) – Ý kiến nội bộ Bộ Công an\n\nLUẬT QUẢN LÝ XUẤT NHẬP CẢNH (SỬA ĐỔI)\nĐiều 5. Các hành vi bị nghiêm cấm\n'
   'Ghi chú của Vụ Pháp chế: đề nghị giữ nguyên khoản 2 như luật hiện hành.')
vi('block', [CM], 'A court file\'s page mark: "Bút lục 245 – TÀI LIỆU MẬT".',
   'Bút lục 245 – TÀI LIỆU MẬT\nBIÊN BẢN GHI LỜI KHAI\nNgười khai: Nguyễn Văn Hậu, sinh năm 1984\nNội dung: Tôi đã nhận 200 '
   'triệu đồng từ ông Bình để bỏ qua sai phạm trong hồ sơ đấu thầu ...')
vi('block', [CM], 'A household survey form: "(dùng trong nội bộ Công an phường, MẬT)" under its title.',
   'BIỂU MẪU HK-05\n(dùng trong nội bộ Công an phường, MẬT)\nDANH SÁCH HỘ CÓ NGƯỜI ĐI LAO ĐỘNG NƯỚC NGOÀI TRÁI PHÉP\n'
   '| Chủ hộ | Người đi | Quốc gia |\n|---|---|---|\n| Hồ Văn Tám | con trai | Hàn Quốc |')
vi('block', [CM, OD], 'The OCR of a Zalo photo: the stamp between bullet dots, "• MẬT •", under a party notice\'s number.',
   '[Ảnh] đọc chữ từ ảnh:\nTỈNH ỦY LÀO CAI\nSố 71-TB/TU\n• MẬT •\nTHÔNG BÁO\nÝ kiến của Thường trực Tỉnh ủy về '
   'việc kiện toàn Ban Chỉ đạo 35')
vi('block', [CM], 'A chat message attaching a file whose name carries the level in brackets: "45-BC/ĐU (MẬT).pdf".',
   '[14:02] Hạnh VP Đảng ủy: 45-BC/ĐU (MẬT).pdf\n[14:02] Hạnh VP Đảng ủy: Báo cáo kiểm điểm tập thể Ban Thường vụ, các '
   'anh cho ý kiến trước thứ Sáu\n[14:05] Thành: ok')

vi('warn', [OD], 'An e-office record with "Độ mật: Thường" and "Độ khẩn: Khẩn": official-document, the level field holds no level.',
   'Số/Ký hiệu: 412/UBND-VP\nNgày ban hành: 03/11/2026\nTrích yếu: V/v tổng hợp số hộ bị ảnh hưởng do mưa lũ\n'
   'Độ mật: Thường\nĐộ khẩn: Khẩn\nNgười ký: Phó Chủ tịch UBND phường')

vineg('a clerical training handout showing how to write the level on the file line, as an example.',
      'HƯỚNG DẪN GHI NƠI NHẬN\nVí dụ đối với văn bản mật: dòng cuối ghi "- Lưu: VT, TCCB (02b) MẬT." để văn thư '
      'biết quản lý theo chế độ mật. Văn bản thường chỉ ghi "- Lưu: VT, TCCB (02b)."')
vineg('a public school letter with "HỎA TỐC" and no number.',
      'HỎA TỐC\nKính gửi quý phụ huynh học sinh lớp 9A,\nNhà trường đề nghị phụ huynh đón con trước 15h hôm nay do '
      'mưa lớn, đường ngập sâu.')
vineg('a quiz question on where the urgency and level stamps go.',
      'Câu 2: Văn bản vừa có dấu KHẨN vừa có dấu MẬT thì đóng dấu ở vị trí nào?\nA. Dưới số, ký hiệu\nB. Ở chân trang\n'
      'C. Cạnh chữ ký')
vineg('a headline "Tài liệu MẬT: cẩn trọng khi dùng AI".',
      'Tài liệu MẬT: cẩn trọng khi dùng trí tuệ nhân tạo\nBài viết khuyến cáo cán bộ không đưa văn bản có nội dung bí '
      'mật nhà nước lên các nền tảng trí tuệ nhân tạo bên ngoài.')
vineg('news on an army party congress.',
      'Đại hội Đảng bộ Quân khu 3 lần thứ XII đã bầu Ban Chấp hành gồm 31 đồng chí. Nghị quyết Đại hội xác định xây '
      'dựng Quân khu vững mạnh toàn diện, sẵn sàng chiến đấu cao.')
vineg('a statistics form title in capitals closing "(MẪU)", a sample.',
      'PHIẾU ĐIỀU TRA HỘ GIA ĐÌNH (MẪU)\nPhần A. Thông tin chung\nA1. Họ và tên chủ hộ: ....................\n'
      'A2. Số người trong hộ: ......')
neg('vi', 'a children\'s story about a secret tunnel ("đường hầm bí mật").',
    'Cu Tí và đường hầm bí mật\nSau vườn nhà bà có một đường hầm bí mật dẫn ra bờ sông. Cu Tí rủ cái Na đi khám phá, '
    'mang theo đèn pin và một gói kẹo lạc.')
neg('vi', 'a beekeeping co-operative\'s price table with "MẬT" as the product.',
    'HỢP TÁC XÃ ONG MẬT ĐẮK NÔNG - BẢNG GIÁ THÁNG 11\n| Sản phẩm | Quy cách | Giá |\n|---|---|---|\n'
    '| MẬT | chai 1 lít | 320.000 |\n| Phấn hoa | hộp 500 g | 180.000 |')


# ================================================================ batch 5 (blind, after batch 4's fixes)
add('vi', 'block', [CM, OD], 'A long Zalo export where one message carries a photo\'s OCR of a police report: "Do mat: Mat" without diacritics.',
    '[07:58] Tuấn Anh: mọi người ơi sáng nay họp giao ban dời sang 9h nhé\n[08:01] Chị Hoa: ok em\n'
    '[08:03] Minh Đức: [Hình ảnh]\n[08:03] Minh Đức: chữ trong ảnh nè:\nCONG AN HUYEN TAN UYEN\nDo mat: Mat\n'
    'So: 77/BC-CAH\nBAO CAO\nTinh hinh doi tuong tu tap dua xe trai phep dip cuoi tuan\n'
    '[08:05] Tuấn Anh: ok để anh tổng hợp\n[08:20] Chị Hoa: nhớ mua cà phê cho phòng nha')
vi('block', [CM, OD], 'An e-mail quoting a party notice\'s recipients under "-----Original Message-----": "Lưu: VT, VPĐU, MẬT".',
   'Anh xem giúp em phần nơi nhận đã đúng thể thức chưa ạ.\n\n-----Original Message-----\nFrom: Văn phòng Đảng ủy\n'
   'Nơi nhận:\n- Đảng ủy cấp trên (b/c),\n- Các chi bộ trực thuộc,\n- Lưu: VT, VPĐU, MẬT.')
vi('block', [CM, OD], 'A converted header: the level after the motto at the end of the column line.',
   'THANH TRA HUYỆN KRÔNG BÔNG     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     MẬT\n                                '
   'Độc lập - Tự do - Hạnh phúc\nSố: 09/KL-TTr\n\nKẾT LUẬN THANH TRA\nViệc thu, chi quỹ phòng chống thiên tai tại xã '
   'Yang Mao')
vi('block', [CM], 'A mail sending a budget estimate: "bản này là MẬT nên em chỉ in 1 bản".',
   'Anh gửi em dự toán kinh phí 2027 của phòng PA05 nhé, bản này là MẬT nên em chỉ in 1 bản để trình ký, không lưu '
   'trên máy dùng chung.\n\nTổng dự toán: 5.400 triệu đồng, trong đó chi nghiệp vụ 3.100 triệu.')
vi('block', [CM], 'A border-guard report attached as a file whose name ends " - MẬT.docx".',
   'Em gửi anh báo cáo tuần:\nBC tuan 45 - DBP Cha Lo - MẬT.docx (86 KB)\nAnh duyệt giúp em trước 16h.')
vi('block', [CM], 'A party regulation\'s short title with the level in brackets: "QUY ĐỊNH (MẬT)".',
   'QUY ĐỊNH (MẬT)\nvề tiêu chuẩn, quy trình giới thiệu nhân sự ứng cử Ban Chấp hành Đảng bộ tỉnh khóa mới\n'
   'Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng đối với ...')
vi('block', [CM], 'A rewrite request about a paragraph "trong tài liệu MẬT của Sở".',
   'Viết lại đoạn văn sau trong tài liệu MẬT của Sở cho dễ hiểu hơn:\n"Giai đoạn 2026 - 2027 dự kiến điều động 05 '
   'trưởng phòng, trong đó 02 đồng chí không đủ điều kiện tái bổ nhiệm."')
vi('block', [CM], 'A summary request naming the pasted minutes "(tài liệu mật)" in lower case.',
   'Tóm tắt giúp mình biên bản họp Chi bộ (tài liệu mật) dưới đây, khoảng 5 dòng:\n\nChi bộ thống nhất đề nghị '
   'xem xét kỷ luật đồng chí Hà Văn Sơn do vi phạm quy định về những điều đảng viên không được làm ...')
add('vi', 'block', [CM, OD], 'An OCR\'d header where the stamp\'s tone mark came out wrong: "TỐI MẶT" under the number.',
    'BỘ CHỈ HUY QUÂN SỰ TỈNH GIA LAI\nSố: 131/KH-BCH\nTỐI MẶT\nKẾ HOẠCH\nBảo đảm an ninh khu vực biên giới dịp cuối năm')
add('en', 'block', [CM, OD], 'An English working translation of a party resolution\'s header: "No. 15-NQ/TU" and "(SECRET)".',
    'PARTY COMMITTEE OF THE PROVINCE            COMMUNIST PARTY OF VIETNAM\nNo. 15-NQ/TU (SECRET)\n\n'
    'RESOLUTION\non preparing the personnel of the Party Committee for the 2026-2031 term')
vi('block', [CM], 'A household list in a chat: "Danh sách hộ diện theo dõi – MẬT" heading its rows.',
   '[09:12] CA phường: Danh sách hộ diện theo dõi – MẬT\n1. Hộ ông Lò Văn Pẩu – tổ 4 – có con đang chấp hành án\n'
   '2. Hộ bà Cầm Thị Ín – tổ 6 – nghi buôn bán ma túy\n[09:13] Tổ trưởng tổ 4: đã nhận ạ')

vi('warn', [OD], 'A secondary school\'s plan with its number line: an official document of a public school, no level.',
   'PHÒNG GD&ĐT HUYỆN CAN LỘC\nTRƯỜNG THCS XUÂN DIỆU\nSố: 12/KH-THCS\n\nKẾ HOẠCH\nTổ chức ngày hội đọc sách năm học '
   '2026 - 2027\nThời gian: tuần 2 tháng 11.')

vineg('a chat saying work has been "tối mặt tối mũi" (flat out).',
      '[21:10] Lan: Dạo này phòng em tối mặt tối mũi vì quyết toán cuối năm, Tết này chắc không về quê sớm được.\n'
      '[21:12] Hà: cố lên em, xong đợt này đi ăn lẩu')
vineg('a café\'s menu heading "Quán MẬT – đồ uống từ mật ong".',
      'Quán MẬT – đồ uống từ mật ong rừng\n| Món | Giá |\n|---|---|\n| Trà chanh mật ong | 35.000 |\n'
      '| Sữa chua mật ong | 30.000 |')
vineg('a statistics sheet headed "Biểu số 03 – Mật độ dân số theo xã".',
      'Biểu số 03 – Mật độ dân số theo xã\n| Xã | Diện tích (km²) | Mật độ (người/km²) |\n|---|---|---|\n'
      '| Xuân An | 24,1 | 512 |\n| Xuân Hội | 18,7 | 430 |')
vineg('a draft label without a level: "Dự thảo 2 (bản sửa theo góp ý)".',
      'Dự thảo 2 (bản sửa theo góp ý)\nQUY CHẾ chi tiêu nội bộ năm 2027 của Trường Mầm non Hoa Sen\nĐiều 1. Phạm vi áp '
      'dụng')
vineg('a children\'s story about a secret plan.',
      'Kế hoạch bí mật của lũ trẻ xóm Chùa là làm một chiếc diều thật to để thả vào ngày Rằm. Chúng giấu khung diều '
      'dưới gầm giường của thằng Bin.')
vineg('a press release on the Politburo disciplining officials.',
      'Bộ Chính trị đã quyết định thi hành kỷ luật cảnh cáo Ban Thường vụ Tỉnh ủy X nhiệm kỳ 2015 - 2020 và cách hết '
      'các chức vụ trong Đảng đối với 2 nguyên lãnh đạo tỉnh. Thông cáo được đăng trên Báo Nhân Dân.')
vineg('a note on changing a shared mailbox password, in capitals "MẬT KHẨU".',
      'Lưu ý: MẬT KHẨU hộp thư dùng chung của Văn phòng sẽ được đổi vào thứ Hai; mọi người liên hệ anh Hải ở phòng CNTT '
      'để nhận mật khẩu mới trực tiếp.')
neg('vi', 'a museum\'s tour listing with "Mật danh" of a wartime operation.',
    'Tham quan triển lãm "Mật danh A10 – những chuyến tàu không số" tại Bảo tàng Hải quân, mở cửa từ 8h đến 17h, vé '
    '40.000 đồng.')
neg('vi', 'a public newspaper article on protecting state secrets when using AI.',
    'Nhiều cơ quan đã ban hành quy định không đưa tài liệu mật lên các nền tảng trí tuệ nhân tạo. Theo các chuyên gia, '
    'cán bộ cần nhận diện đúng tài liệu có đóng dấu độ mật, kể cả bản chụp gửi qua mạng xã hội.')


# ================================================================ batch 6 (blind, after batch 5's fixes)
vi('block', [CM, OD], 'A recipients list whose file line puts the level before the copies: "Lưu: VT; MẬT (03 bản)".',
   'Nơi nhận:\n- Thường trực Đảng ủy;\n- Ủy ban Kiểm tra Đảng ủy;\n- Lưu: VT; MẬT (03 bản).\n\nT/M ĐẢNG ỦY\nBÍ THƯ')
vi('block', [CM], 'Court deliberation minutes with "(Tài liệu MẬT, không đưa vào hồ sơ công bố)" under the title.',
   'BIÊN BẢN NGHỊ ÁN\n(Tài liệu MẬT, không đưa vào hồ sơ công bố)\nHội đồng xét xử thảo luận và biểu quyết từng vấn đề: '
   'tội danh 3/3 đồng ý; mức hình phạt 2/3 đồng ý 7 năm tù.')
vi('block', [CM], 'A Zalo forward opening "Chuyển tiếp tin nhắn: [MẬT] …".',
   'Chuyển tiếp tin nhắn: [MẬT] Lịch làm việc của Đoàn kiểm tra Trung ương tại tỉnh từ 12 đến 16/11\n'
   '- Thứ Hai: làm việc với Ban Thường vụ Tỉnh ủy\n- Thứ Ba: kiểm tra hồ sơ nhân sự tại Ban Tổ chức')
vi('block', [CM], 'A vote-count sheet headed "KẾT QUẢ PHIẾU TÍN NHIỆM – TÀI LIỆU TUYỆT MẬT".',
   'KẾT QUẢ PHIẾU TÍN NHIỆM – TÀI LIỆU TUYỆT MẬT\n| Họ tên | Tín nhiệm cao | Tín nhiệm thấp |\n|---|---|---|\n'
   '| Đồng chí A | 31 | 4 |\n| Đồng chí B | 22 | 13 |')
vi('block', [CM], 'A translation request naming its source "(độ Mật)" without a number.',
   'Dịch sang tiếng Anh đoạn trích từ Kết luận thanh tra (độ Mật) sau đây:\n"Đoàn thanh tra kiến nghị thu hồi 4,2 tỷ '
   'đồng chi sai mục đích và kiểm điểm trách nhiệm Giám đốc Ban Quản lý dự án."')
vi('block', [CM], 'A draft-law comment table titled with "(Lưu hành nội bộ – MẬT)".',
   'BẢNG TỔNG HỢP Ý KIẾN GÓP Ý DỰ THẢO LUẬT (Lưu hành nội bộ – MẬT)\n| Cơ quan | Ý kiến |\n|---|---|\n'
   '| Cục A05 | Đề nghị bổ sung quy định về dữ liệu sinh trắc học |')
vi('block', [CM], 'A footer in lower case: "Tài liệu mật – Trang 3".',
   '5. Các đồng chí trong diện quy hoạch cần tiếp tục rèn luyện.\n\nTài liệu mật – Trang 3\n\f6. Tổ chức thực hiện')
add('vi', 'block', [CM, OD], 'An OCR\'d stamp read "MÂT" (circumflex without its dot) alone under the number.',
    'UBND HUYỆN THANH CHƯƠNG\nSố: 412/BC-UBND\nMÂT\nBÁO CÁO\nKết quả rà soát hộ nghèo và cán bộ vi phạm quy định')

vineg('a training slide showing the file line with a level as an example, on its own line.',
      'BÀI 3: TRÌNH BÀY NƠI NHẬN VĂN BẢN MẬT\nVí dụ:\n- Lưu: VT, PC03 (02b) MẬT.\nGiải thích: ghi độ mật ở dòng lưu để văn '
      'thư quản lý đúng chế độ.')
vineg('news: "Tài liệu TUYỆT MẬT về …" declassified.',
      'Tài liệu TUYỆT MẬT về thảm họa Chernobyl được giải mật sau 35 năm, cho thấy nhiều sự cố trước đó đã bị che giấu.')
vineg('a honey shop heading "MẬT ONG BẠC HÀ (MẬT NGUYÊN CHẤT)".',
      'MẬT ONG BẠC HÀ HÀ GIANG (MẬT NGUYÊN CHẤT)\nChai 500 ml: 220.000 đồng\nGiao hàng toàn quốc, đổi trả trong 7 ngày.')
vineg('a TV listing "HỒ SƠ MẬT (PHẦN 2)".',
      'Lịch phát sóng VTV1 tối nay:\n20h10: HỒ SƠ MẬT (PHẦN 2)\n21h00: Thời sự quốc tế')
vineg('a school test title "(ĐỀ CHÍNH THỨC)".',
      'ĐỀ KIỂM TRA HỌC KỲ I - MÔN NGỮ VĂN 8 (ĐỀ CHÍNH THỨC)\nCâu 1 (3 điểm): Đọc đoạn trích sau và trả lời câu hỏi ...')
neg('vi', 'a password reset note in a ward office chat.',
    '[10:02] Chị Hà: Mật khẩu phần mềm một cửa của phường đã đổi, ai cần thì qua phòng em lấy trực tiếp nha, không gửi '
    'qua Zalo.')

if __name__ == '__main__':
    write_marking_round(S, 'round35', 'p35')
