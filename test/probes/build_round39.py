#!/usr/bin/env python3
"""Builds test/probes/round39.jsonl: round 39 of the held-out-style probes (issue #17) — Vietnamese markings and
official documents in the shapes of AI-assistant use and document conversion, the category the held-out sets scored
worst (classified-marking 0.82):

- a document wrapped in the request staff type to an AI ("Tóm tắt giúp em văn bản sau:", "dịch sang tiếng Anh đoạn
  này", "sửa chính tả", "viết lại cho trang trọng", "lập bảng từ báo cáo dưới") with the level somewhere inside;
- markdown as an AI answer or a converted file renders it (`**MẬT**`, `# TỐI MẬT`, `> Độ mật: Mật`, `_Mật_`, table
  cells, code fences around a pasted document) and HTML leftovers (`<b>MẬT</b>`, `&nbsp;`);
- PDF-to-text and docx-to-text headers: two columns merged on one line, the level wrapped to the next line, page
  furniture ("Trang 2/5", "- 3 -") between header lines, hyphenated breaks;
- slide outlines and spreadsheet exports of a plan with a level column or the level in the sheet's title;
- a body copied without its stamp but with an official document's features (số/ký hiệu, trích yếu, "Nơi nhận:",
  "Lưu: VT"): official-document warn;
- the ways staff name the level in passing ("tài liệu M", "văn bản mật cấp Tối mật", "loại MẬT"), Telex and OCR
  damage ("MAATJ", "T0I MAT").

At least 40 % hard negatives that look like them: AI prompts about public documents and about the law on state
secrets (Luật Bảo vệ bí mật nhà nước 2018, Nghị định 26/2020/NĐ-CP, a training slide listing the levels), markdown
study notes, quizzes, news quoting a level, company "bí mật kinh doanh" policies, recipes and "công thức bí mật",
film titles, blank templates, regex questions about stamps. A published decree pasted whole warns official-document
(decided in earlier rounds), so it is labelled warn, not counted among the hard negatives.

Batch 1 was scored blind on main 840c4d8 before any rule changed for it; batches 2-5 were each written after the
fixes of the batch before and scored blind before their own fixes. Stdlib only; no identifiers, so no number
of nine digits and no e-mail address (write_marking_round checks it); the file rebuilds byte for byte."""
from probe_ids import collector, diacritic_negatives, diacritic_pair, write_marking_round

S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


CM, OD = 'classified-marking', 'official-document'

# ================================================================ batch 1 (scored blind on main 840c4d8)

# ---- a document wrapped in an AI request, the level inside
vi('block', [CM, OD], 'batch 1: "Tóm tắt giúp em văn bản sau:" around a pasted report whose level stands under the number, '
   'between the number line and the title.',
   'Tóm tắt giúp em văn bản sau thành 5 ý chính, văn phong báo cáo nhé:\n\n'
   'CÔNG AN TỈNH BÌNH PHƯỚC\nPHÒNG CẢNH SÁT HÌNH SỰ\nSố: 214/BC-PC02\nMẬT\n\nBÁO CÁO\nKết quả đấu tranh chuyên án '
   'BP-11 quý IV/2026\n\nTrong quý, Phòng đã xác lập 2 chuyên án, bắt 19 đối tượng, thu giữ 4 khẩu súng tự chế ...')
vi('block', [CM], 'batch 1: "dịch sang tiếng Anh đoạn này" around a paragraph whose source is named in passing as '
   '"văn bản mật cấp Tối mật".',
   'dịch sang tiếng Anh đoạn này giúp mình, đoạn trích từ văn bản mật cấp Tối mật của Bộ Tư lệnh nên dịch sát nghĩa nhé:\n\n'
   '"Lữ đoàn 147 điều chỉnh vị trí trú quân về khu vực phía tây bắc sân bay dã chiến từ ngày 15/01/2027, giữ nguyên '
   'biên chế hai tiểu đoàn cơ động."')
vi('block', [CM], 'batch 1: "sửa chính tả" around a pasted plan whose level closes the title line as "- MẬT" in capitals.',
   'sửa chính tả và dấu câu giúp tôi, không đổi nội dung:\n\n'
   'KẾ HOẠCH BẢO VỆ ĐOÀN CÔNG TÁC TRUNG ƯƠNG - MẬT\nThời gian: từ ngày 12/12 đến 14/12/2026\n1. Lực lượg bảo vệ vòng '
   'trong gồm 2 tổ , mỗi tổ 6 đồng chí\n2. lộ trình di chuyển : khách sạn - UBND tỉnh - khu công nghiệp')
vi('block', [CM], 'batch 1: "viết lại cho trang trọng" around a note that calls its attachment "tài liệu M" (staff\'s '
   'shorthand for the Mật level) and asks not to forward it.',
   'viết lại cho trang trọng hơn để gửi anh Trưởng phòng:\n\n'
   'a ơi e gửi lại tài liệu M về phương án nhân sự đại hội chi bộ, a xem rồi đừng chuyển tiếp ra ngoài nha. '
   'phương án 1 giữ nguyên cấp ủy cũ, phương án 2 bổ sung 2 đồng chí trẻ.')
vi('block', [CM, OD], 'batch 1: "lập bảng từ báo cáo dưới" around a report whose header carries "Độ mật: Mật" as a line '
   'after the number.',
   'lập bảng từ báo cáo dưới, cột gồm: xã, số vụ, số đối tượng\n\n'
   'UBND HUYỆN ĐIỆN BIÊN\nBAN CHỈ ĐẠO 138\nSố: 17/BC-BCĐ\nĐộ mật: Mật\n\nBÁO CÁO tình hình tội phạm ma túy tháng 11\n'
   '- Xã Mường Nhà: 4 vụ, 7 đối tượng\n- Xã Núa Ngam: 2 vụ, 3 đối tượng\n- Xã Thanh Luông: 5 vụ, 9 đối tượng')

# ---- markdown and HTML as an AI answer or a converted file renders them
vi('block', [CM], 'batch 1: a docx converted to markdown: the stamp kept as bold "**MẬT**" on its own line above the title.',
   'Bạn dịch file này sang tiếng Anh giúp mình (mình đã convert sang markdown):\n\n**MẬT**\n\n'
   '# PHƯƠNG ÁN\n## Bảo đảm an ninh khu vực cửa khẩu dịp Tết Nguyên đán 2027\n\n'
   '1. Tăng cường 3 tổ tuần tra ban đêm tại đường mòn phía bắc cửa khẩu.\n2. Bố trí 1 tổ trinh sát ngoại tuyến tại chợ biên giới.')
vi('block', [CM], 'batch 1: a markdown heading "# TỐI MẬT" at the top of a pasted file, then the plan.',
   '# TỐI MẬT\n\n## Kế hoạch di chuyển lực lượng dự bị động viên\n\n- Đợt 1: 120 quân nhân dự bị tập trung tại '
   'xã Hòa Bình ngày 05/01\n- Đợt 2: 80 quân nhân tập trung tại thị trấn ngày 07/01\n\nchatgpt ơi kiểm tra giúp '
   'lỗi chính tả đoạn trên', 'md')
vi('block', [CM, OD], 'batch 1: an AI answer re-rendering an e-office record as a blockquote, the level as "> Độ mật: Mật".',
   'Dưới đây là thông tin văn bản bạn cung cấp, đã định dạng lại:\n\n> **Số/Ký hiệu:** 88/TB-ĐU\n> **Trích yếu:** '
   'Thông báo kết luận của Thường trực Đảng ủy về công tác cán bộ\n> **Độ mật:** Mật\n> **Độ khẩn:** Khẩn\n> '
   '**Ngày ban hành:** 02/12/2026\n\nBạn có muốn tôi tóm tắt nội dung chính không?', 'md')
vi('block', [CM], 'batch 1: an italic "_Mật_" line in a markdown conversion of a minute, under the title.',
   'BIÊN BẢN HỌP CHI BỘ\n_Mật_\n\nThời gian: 14h00 ngày 03/12/2026\nNội dung: xem xét đề nghị kết nạp đảng viên '
   'và đánh giá, xếp loại đảng viên cuối năm.\n\n- Đồng chí Hải: đề nghị xếp loại hoàn thành nhiệm vụ vì còn vi phạm '
   'giờ giấc.\n\nhãy viết lại biên bản này cho đúng thể thức', 'md')
vi('block', [CM, OD], 'batch 1: a markdown table of a document\'s metadata fields, the level in a cell "| Độ mật | Tối mật |".',
   'Tôi đã lập bảng thông tin văn bản:\n\n| Trường | Giá trị |\n|---|---|\n| Số hiệu | 31/KH-BCH |\n| Loại văn bản | '
   'Kế hoạch |\n| Độ mật | Tối mật |\n| Đơn vị soạn thảo | Ban Tham mưu |\n| Người ký | Chỉ huy trưởng |\n\n'
   'Bạn cần tôi soạn thêm phần nội dung không?', 'md')
vi('block', [CM], 'batch 1: a pasted document inside a code fence, its first line the stamp.',
   'đoạn này bị lỗi font khi copy từ pdf, sửa giúp mình:\n\n```\nTUYỆT MẬT\n\nĐỀ ÁN\nTổ chức lại lực lượng phản '
   'ứng nhanh của Bộ Chỉ huy quân sự tỉnh\nI. Sự cần thiết\nLực lượng hiện nay gồm 2 đại đội, trang bị chưa đồng bộ...\n```')
vi('block', [CM], 'batch 1: HTML leftovers from a web editor: the stamp as "<b>MẬT</b>" in a right-aligned paragraph, '
   'with &nbsp; entities.',
   'Copy từ hệ thống ra bị dính mã, bạn làm sạch giúp:\n\n<p align="right"><b>MẬT</b></p>\n<p align="center"><b>BÁO '
   'CÁO</b><br>Tình hình an ninh nông thôn tháng 11/2026</p>\n<p>&nbsp;&nbsp;Trong tháng xảy ra 3 vụ tụ tập đông '
   'người tại xã Bình Minh, lực lượng đã vận động giải tán...</p>', 'md')

# ---- PDF and docx text: merged columns, wrapped level, page furniture
vi('block', [CM, OD], 'batch 1: pdftotext merging the header\'s two columns on one line, the stamp at the end of the '
   'motto\'s line.',
   'UBND TỈNH QUẢNG TRỊ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM          MẬT\n'
   'SỞ NỘI VỤ                              Độc lập - Tự do - Hạnh phúc\nSố: 502/TTr-SNV                        '
   'Quảng Trị, ngày 01 tháng 12 năm 2026\n\nTỜ TRÌNH\nVề phương án sắp xếp cán bộ lãnh đạo cấp phòng\n\n'
   'nhờ bạn tóm tắt tờ trình trên')
vi('block', [CM], 'batch 1: a converted page where the level was wrapped: "Độ mật:" ends one line and "Tối mật" opens '
   'the next.',
   'BỘ CHỈ HUY QUÂN SỰ TỈNH                     Độ mật:\nTối mật\nPHIẾU ĐỀ XUẤT\nđiều chỉnh kế hoạch diễn tập khu '
   'vực phòng thủ năm 2027\n\ntóm tắt giúp tôi trong 3 câu')
vi('block', [CM, OD], 'batch 1: page furniture between the header\'s lines: "Trang 1/5" printed between the number and '
   'the level line.',
   'ĐẢNG ỦY CÔNG AN TỈNH                     ĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-BC/ĐU\nTrang 1/5\nTỐI MẬT\n'
   'BÁO CÁO\nkiểm điểm tập thể Đảng ủy năm 2026\n\nem nhờ AI sửa lại phần đánh giá ưu điểm cho gọn')
vi('block', [CM], 'batch 1: a converted paragraph whose line break falls inside the level statement ("độ Tối" / "mật").',
   'Chuyển đoạn sau thành văn phong báo cáo:\n\nBáo cáo này thuộc độ Tối mật, chỉ lưu hành trong Ban Thường vụ, không '
   'được sao chụp. Nội dung gồm đánh giá 12 cán bộ diện quy hoạch chức danh Giám đốc Sở và phương án luân chuyển.'
   .replace('thuộc độ Tối mật', 'thuộc độ Tối\nmật'))

# ---- slide outlines and spreadsheets
vi('block', [CM], 'batch 1: a slide outline exported as text, the level in the first slide\'s title.',
   'Slide 1: KẾ HOẠCH ĐẢM BẢO AN NINH ĐẠI HỘI (MẬT)\nSlide 2: Tình hình chung\n- 3 điểm nóng khiếu kiện\n'
   'Slide 3: Lực lượng\n- 240 cán bộ chiến sĩ, 12 tổ cơ động\nSlide 4: Phân công\n\nlàm giúp tôi lời thuyết trình cho 4 slide này')
vi('block', [CM], 'batch 1: a spreadsheet export whose plan rows carry a level column ("Độ mật") filled with "Mật" and '
   '"Tối mật".',
   'STT,Nội dung,Đơn vị chủ trì,Thời hạn,Độ mật\n1,Rà soát đối tượng cực đoan,PA05,15/12/2026,Tối mật\n'
   '2,Kiểm tra cơ sở lưu trú,PC06,20/12/2026,Mật\n3,Tuyên truyền pháp luật,PV01,31/12/2026,Mật\n\nvẽ biểu đồ '
   'tiến độ từ bảng trên', 'csv')
vi('block', [CM], 'batch 1: a spreadsheet\'s sheet title with the level ("Sheet: KH_2027 - MẬT") above its rows.',
   'Sheet: KH_TRIEN_KHAI_2027 - MẬT\n\nHạng mục\tĐơn vị\tKinh phí (triệu đồng)\nCamera giám sát cửa khẩu\tBĐBP\t4.200\n'
   'Xe tuần tra\tCAT\t2.850\nThiết bị gây nhiễu\tBCHQS\t1.600\n\ncộng tổng kinh phí giúp tôi')

# ---- a body copied without its stamp: official-document only
vi('warn', [OD], 'batch 1: an official letter\'s body copied without header or stamp, but with its number, trích yếu, '
   '"Nơi nhận:" and "Lưu: VT".',
   'Viết lại công văn dưới cho ngắn gọn:\n\nSố: 1093/SYT-NVY\nV/v tăng cường phòng chống dịch sốt xuất huyết\n\n'
   'Sở Y tế đề nghị các bệnh viện, trung tâm y tế rà soát cơ số thuốc, dịch truyền và báo cáo trước ngày 15/12.\n\n'
   'Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.')
vi('warn', [OD], 'batch 1: a party notice\'s body and recipients pasted into an AI chat, no level anywhere.',
   'sửa giúp em mấy lỗi đánh máy:\n\nThông báo số 72-TB/ĐU\nTrích yếu: kết luận của Ban Thường vụ Đảng ủy về '
   'tổ chức Hội nghị tổng kết năm 2026\n\nBan Thường vụ Đảng ủy thống nhất tổ chức hội nghị vào ngày 28/12/2026.\n\n'
   'Nơi nhận:\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.')

# ---- ways staff name the level, Telex and OCR damage
vi('block', [CM], 'batch 1: a chat asking to summarise "file loại MẬT" forwarded from the office.',
   '[10:14] Hưng: Anh gửi em file loại MẬT văn phòng vừa chuyển, em tóm tắt 1 trang để anh báo cáo giao ban nhé\n'
   '[10:15] Hưng: Nội dung: kết quả xác minh đơn tố cáo đối với đồng chí Phó Chủ tịch UBND huyện, đã xác định 2 nội '
   'dung tố cáo đúng một phần.')
add('vi', 'block', [CM], 'batch 1: Telex left untranslated when a unikey was off: the stamp typed as "TOOSI MAATJ" on '
    'its own line.',
    'TOOSI MAATJ\nBAOS CAOS\ntinhf hinhf an ninh khu vuwcj bieen giowis thangs 11\n\nsuwar giup tooi cac loi go '
    'telex o tren va viet lai cho dung')
add('vi', 'block', [CM, OD], 'batch 1: OCR of a photographed page with zeros for O and the stamp read "T0I MAT".',
    'Van ban tu anh chup, nho tom tat:\nC0NG AN THANH PH0 CAN TH0\nS0: 77/KH-CATP\nT0I MAT\nKE H0ACH\n'
    'trien khai luc luong bao ve su kien ngay 20/12')

# ---- hard negatives: AI prompts about public documents and the law on state secrets
vineg('batch 1: an AI prompt asking to summarise the Law on Protection of State Secrets and list its three levels.',
      'Tóm tắt giúp em Luật Bảo vệ bí mật nhà nước năm 2018 trong 10 dòng, nêu rõ bí mật nhà nước được phân thành '
      'mấy độ (Tuyệt mật, Tối mật, Mật) và thời hạn bảo vệ của từng độ.')
vineg('batch 1: an AI prompt asking to translate an article of Decree 26/2020 on the stamp\'s size and colour.',
      'dịch sang tiếng Anh đoạn này:\n\n"Điều 2. Mẫu dấu chỉ độ mật: dấu \"TUYỆT MẬT\", \"TỐI MẬT\", \"MẬT\" hình chữ '
      'nhật, kích thước 40mm x 8mm, có đường viền xung quanh, bên trong là chữ in hoa, mực dấu màu đỏ tươi." '
      '(Nghị định 26/2020/NĐ-CP)')
vineg('batch 1: a training slide outline listing the levels.',
      'Slide 5: Phân loại bí mật nhà nước\n- Tuyệt mật\n- Tối mật\n- Mật\nSlide 6: Trách nhiệm của cán bộ\n'
      '- Không soạn thảo tài liệu mật trên máy tính kết nối Internet\n\nviết lời dẫn cho 2 slide này')
neg('vi', 'batch 1: markdown study notes on the levels, each in bold.',
    '## Ôn tập: các độ mật\n\n- **Tuyệt mật**: thời hạn bảo vệ 30 năm\n- **Tối mật**: 20 năm\n- **Mật**: 10 năm\n\n'
    '> Ghi nhớ: dấu độ mật đóng ở góc trên bên phải trang đầu.', 'md')
neg('vi', 'batch 1: a markdown table in an AI answer summarising the levels and their protection terms.',
    'Theo Luật Bảo vệ bí mật nhà nước 2018, thời hạn bảo vệ như sau:\n\n| Độ mật | Thời hạn bảo vệ |\n|---|---|\n'
    '| Tuyệt mật | 30 năm |\n| Tối mật | 20 năm |\n| Mật | 10 năm |\n\nThời hạn có thể được gia hạn theo quy định.', 'md')
vineg('batch 1: a quiz on which stamp goes on a document.',
      'Câu 7: Văn bản có nội dung thuộc danh mục bí mật nhà nước độ Tối mật thì phải đóng dấu gì?\nA. MẬT\nB. TỐI MẬT\n'
      'C. TUYỆT MẬT\nD. KHẨN')
vineg('batch 1: news quoting a level in a trial report.',
      'TAND tỉnh đã tuyên phạt bị cáo 3 năm tù về tội "Cố ý làm lộ bí mật nhà nước" vì chụp ảnh tài liệu độ Tối mật '
      'gửi qua mạng xã hội. Vụ án là bài học cảnh tỉnh cho cán bộ, công chức.')
neg('vi', 'batch 1: a company policy in markdown on trade secrets ("bí mật kinh doanh").',
    '# QUY ĐỊNH BẢO MẬT THÔNG TIN CÔNG TY\n\n**Điều 3. Bí mật kinh doanh**\nNhân viên không được tiết lộ danh sách khách '
    'hàng, giá vốn và công thức sản phẩm cho bên thứ ba.\n\n_Ban hành kèm theo Quyết định của Giám đốc công ty._', 'md')
vineg('batch 1: a recipe with a "secret formula" and honey.',
      'Công thức bí mật của món gà nướng mật ong nhà mình: 2 thìa MẬT ONG, 1 thìa nước mắm, tỏi băm. Ướp 2 tiếng rồi '
      'nướng 200 độ trong 25 phút.')
neg('vi', 'batch 1: a film review in markdown whose title is a level.',
    '# Review phim "Tối Mật" (2026)\n\n**Thể loại:** hành động, gián điệp\n\nPhim kể về một điệp viên đánh cắp hồ sơ '
    '**TUYỆT MẬT** của tổ chức tội phạm. Điểm: 7/10.', 'md')
vineg('batch 1: a blank template of a report with the level field left for the drafter.',
      'MẪU BÁO CÁO (dùng cho các đơn vị)\nTÊN CƠ QUAN CHỦ QUẢN\nTÊN ĐƠN VỊ\nSố: ..../BC-...\nĐộ mật: (nếu có)\n\n'
      'BÁO CÁO\nvề ..............................')
neg('vi', 'batch 1: a developer asking for a regex that finds stamps, the stamps in a code fence.',
    'Viết giúp tôi regex Python bắt các dòng chỉ chứa dấu độ mật, ví dụ:\n```\nMẬT\nTỐI MẬT\nTUYỆT MẬT\n```\n'
    'để lọc file trước khi upload lên hệ thống.', 'md')
vineg('batch 1: an e-mail reminding staff not to paste secret documents into AI tools.',
      'Kính gửi các đồng chí,\nVăn phòng nhắc lại: tuyệt đối không đưa tài liệu mật, văn bản có đóng dấu độ mật lên '
      'ChatGPT hoặc các công cụ AI khác. Văn bản thường thì được phép dùng AI để tóm tắt.')
neg('vi', 'batch 1: a markdown table of a bakery\'s ingredients with honey.',
    '| Nguyên liệu | Định lượng |\n|---|---|\n| Bột mì | 500 g |\n| **Mật** ong | 3 thìa |\n| Mật mía | 50 ml |', 'md')
vineg('batch 1: an AI prompt about a public decree citing its number and the level list in a sentence.',
      'Hãy giải thích Điều 3 Nghị định 26/2020/NĐ-CP cho nhân viên mới: ai có thẩm quyền xác định độ mật Tuyệt '
      'mật, Tối mật, Mật của tài liệu?')

vi('warn', [OD], 'batch 1: a published decree pasted whole into a summary request (public, still an official '
   'document: official-document warn, decided in earlier rounds).',
   'Tóm tắt giúp em văn bản sau:\n\nCHÍNH PHỦ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
   'Số: 26/2020/NĐ-CP            Độc lập - Tự do - Hạnh phúc\n                             Hà Nội, ngày 28 tháng 02 năm 2020\n\n'
   'NGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước\n\nNơi nhận:\n- Ban Bí thư Trung ương Đảng;\n'
   '- Thủ tướng, các Phó Thủ tướng Chính phủ;\n- Lưu: VT, NC.')
vineg('batch 1: a spreadsheet\'s sheet title naming honey, the word MẬT in capitals.',
      'Sheet: BẢNG GIÁ MẬT ONG 2027\n\nSản phẩm\tQuy cách\tGiá (đồng)\nMật ong hoa nhãn\tChai 500 ml\t180.000\n'
      'Mật ong rừng\tChai 1 lít\t450.000\n\ntính giúp tôi giá trung bình')
vineg('batch 1: an AI answer\'s markdown heading on building density.',
      '# MẬT ĐỘ XÂY DỰNG\n\nMật độ xây dựng thuần tối đa của lô đất nhà ở liên kế là 90%; với biệt thự là 60%. '
      'Bạn có muốn tôi lập bảng theo từng diện tích lô đất không?')
vineg('batch 1: course material named by module letters ("tài liệu M3").',
      'Các bạn học viên tải tài liệu M3 (Module 3: Kỹ năng soạn thảo văn bản) trên hệ thống, làm bài tập cuối module '
      'và nộp trước thứ Sáu.')
vineg('batch 1: an HTML news headline about a trial over a leaked document.',
      '<h1>Xét xử cựu cán bộ làm lộ tài liệu <b>tối mật</b></h1>\n<p>&nbsp;Sáng 4/12, TAND TP đưa vụ án ra xét xử '
      'sơ thẩm; bị cáo khai đã chụp tài liệu để "tham khảo".</p>')
vineg('batch 1: a teaching handout on how to lay out a decision, its slots dotted.',
      'Hướng dẫn thể thức quyết định (mẫu):\nTÊN CƠ QUAN\nSố: ..../QĐ-.....\n\nQUYẾT ĐỊNH\nVề việc ...........\n\n'
      'Nơi nhận:\n- Như Điều ...;\n- Lưu: VT, .....\n\nhãy giải thích từng thành phần thể thức ở trên')
vineg('batch 1: a sales training slide outline about "secrets" of good sellers.',
      'Slide 1: 5 BÍ MẬT CỦA NGƯỜI BÁN HÀNG GIỎI\nSlide 2: Bí mật 1 - Lắng nghe khách hàng\nSlide 3: Bí mật 2 - '
      'Hiểu sản phẩm\n\nviết lời thuyết trình cho các slide')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- AI requests and markdown
vi('block', [CM], 'batch 2: a docx header table converted to markdown: the issuing body in one cell, the stamp in bold in '
   'the next.',
   'Chuyển bảng dưới thành văn bản thường giúp tôi:\n\n| BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG | **MẬT** |\n|---|---|\n'
   '| Số: 118/BC-BTM | Ngày 02/12/2026 |\n\nBÁO CÁO tình hình vượt biên trái phép tháng 11', 'md')
vi('block', [CM], 'batch 2: an AI answer quoting the pasted document back in a blockquote, its first quoted line the stamp.',
   'Bạn đã gửi văn bản sau:\n\n> **TỐI MẬT**\n> KẾ HOẠCH\n> Bảo vệ tuyệt đối an toàn Hội nghị Trung ương\n\n'
   'Tôi sẽ tóm tắt thành 3 ý chính như sau: ...', 'md')
vi('block', [CM], 'batch 2: HTML leftovers: the number and the stamp on one line separated by &nbsp; entities.',
   'Làm sạch mã HTML giúp tôi:\n\n<p>Số: 45/BC-CAT&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>MẬT</b></p>\n<p><b>BÁO CÁO</b></p>\n'
   '<p>Kết quả rà soát đối tượng hình sự tại địa bàn giáp ranh</p>', 'md')
vi('block', [CM], 'batch 2: a capitals title wrapped by the converter inside its bracketed level "(TỐI" / "MẬT)".',
   'KẾ HOẠCH BẢO VỆ CÁC MỤC TIÊU TRỌNG ĐIỂM DỊP TẾT NGUYÊN ĐÁN NĂM 2027 (TỐI\nMẬT)\n\nI. MỤC ĐÍCH\nBảo đảm tuyệt '
   'đối an toàn các mục tiêu ...\n\nsửa giúp tôi lỗi chính tả và ngắt dòng')
vi('block', [CM], 'batch 2: pdftotext\'s form feed between pages, the next page opening with the stamp.',
   'Dịch sang tiếng Anh 2 trang sau:\n\nTrong tháng, lực lượng đã tuần tra 46 lượt trên tuyến biên giới.\n\f'
   'MẬT\n2\nTiếp tục theo dõi 3 đối tượng nghi vấn tại bản Pa Thơm, đề nghị bổ sung 1 tổ trinh sát.')
vi('block', [CM], 'batch 2: a running page header of a numbered report aligned with spaces: number, level, page.',
   'nhờ bạn gộp các trang lại thành một đoạn:\n\n45/BC-CAT                         MẬT                         Trang 2/5\n'
   'Kết quả đấu tranh với tội phạm ma túy trên tuyến biên giới ...\n45/BC-CAT                         MẬT                         '
   'Trang 3/5\nĐề xuất kiến nghị ...')

# ---- slides and sheets
vi('block', [CM], 'batch 2: a slide\'s speaker notes exported with the outline, naming the deck a Mật document.',
   'Slide 1: Phương án nhân sự Ban Chấp hành khóa mới\nSlide 2: Tiêu chuẩn, cơ cấu\nGhi chú diễn giả: tài liệu Mật, '
   'chỉ trình chiếu tại Ban Thường vụ, không phát bản in.\n\nviết lời dẫn cho slide 2')
vi('block', [CM], 'batch 2: a CSV export whose first row is the sheet\'s title closing with " - MẬT" and empty cells.',
   'DANH SÁCH ĐỐI TƯỢNG THEO DÕI QUÝ IV - MẬT,,,\nSTT,Họ tên,Năm sinh,Địa bàn\n1,Hoàng Văn K.,1988,xã Tân Lập\n'
   '2,Lò Thị M.,1992,thị trấn\n\nsắp xếp theo năm sinh giúp tôi', 'csv')
vi('block', [CM], 'batch 2: a document register exported as CSV, its level column abbreviated ("M", "TM") as clerks write it.',
   'Số ký hiệu,Ngày,Trích yếu,Độ mật\n112/BC-PA05,01/12/2026,Báo cáo tình hình an ninh mạng,M\n'
   '07/KH-BCĐ,03/12/2026,Kế hoạch bảo vệ sự kiện,TM\n\nlọc giúp tôi các văn bản tháng 12', 'csv')

# ---- stampless bodies: official-document only
vi('warn', [OD], 'batch 2: a translation request around a letter\'s number, "Kính gửi" and signing authority, no level.',
   'Translate this letter into English please:\n\nSố: 2214/UBND-VX\nV/v hỗ trợ người dân bị ảnh hưởng bởi bão số 9\n'
   'Kính gửi: Sở Lao động - Thương binh và Xã hội\n\nỦy ban nhân dân tỉnh giao Sở chủ trì rà soát ...\n\n'
   'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
vi('warn', [OD], 'batch 2: a party committee\'s conclusion pasted for a summary, with its number and "T/M BAN THƯỜNG VỤ", no level.',
   'Tóm tắt giúp em:\n\nKết luận số 118-KL/HU\nBan Thường vụ Huyện ủy kết luận về tình hình thực hiện nhiệm vụ chính trị '
   'năm 2026 ...\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nNơi nhận:\n- Các chi, đảng bộ cơ sở,\n- Lưu Văn phòng Huyện ủy.')

# ---- shorthand, Telex, OCR
vi('block', [CM], 'batch 2: a chat sending "VB mật" (văn bản mật) with a request to delete after reading.',
   '[08:31] Thu: em gửi anh VB mật về kết quả xác minh nhân sự, anh đọc xong xóa giúp em nhé\n[08:32] Thu: '
   'nội dung: đồng chí T. có 2 sổ đỏ đứng tên vợ chưa kê khai')
add('vi', 'block', [CM], 'batch 2: Telex with the tone typed before the final consonant: "TOOSI MAAJT" on its own line.',
    'TOOSI MAAJT\nKEES HOACHJ\nbaor veej muc tieu trong ddiem\n\ngo lai giup toi bang tieng viet co dau')
vi('block', [CM], 'batch 2: OCR of a scanned page reading the stamp as "TỐI MẶT" above the number.',
   'Nhận dạng chữ từ ảnh scan:\nTỐI MẶT\nSố: 09/PA-BCH\nPHƯƠNG ÁN\nbố trí lực lượng dự bị động viên năm 2027\n\n'
   'nhờ sửa lỗi nhận dạng')

# ---- hard negatives
vineg('batch 2: an AI prompt to draft an agency\'s rules on protecting state secrets, the levels named.',
      'Soạn giúp tôi dự thảo Quy chế bảo vệ bí mật nhà nước của Sở, gồm: phạm vi điều chỉnh; xác định độ mật (Tuyệt '
      'mật, Tối mật, Mật); sao, chụp; vận chuyển, giao nhận; trách nhiệm của cán bộ.')
neg('vi', 'batch 2: a markdown film note whose heading is a film called "TỐI MẬT".', '# TỐI MẬT\n\n*Phim hài Mỹ, 1984, '
    'đạo diễn Jim Abrahams*\n\nNội dung: một ca sĩ nhạc rock bị cuốn vào âm mưu gián điệp ở Đông Đức.', 'md')
neg('vi', 'batch 2: a recipe in markdown with honey in bold.', '## Trà gừng mật ong\n\n- **MẬT ONG**: 2 thìa\n- Gừng: '
    '3 lát\n\n_Mẹo:_ cho mật ong khi nước còn ấm.', 'md')
neg('vi', 'batch 2: an HTML glossary defining the levels.', '<dl>\n<dt><b>Tuyệt mật</b></dt><dd>độ cao nhất</dd>\n'
    '<dt><b>Tối mật</b></dt><dd>độ thứ hai</dd>\n<dt><b>Mật</b></dt><dd>độ thấp nhất</dd>\n</dl>', 'md')
vineg('batch 2: a training slide outline showing the three stamps as an example.',
      'Slide 4: Mẫu dấu chỉ độ mật\n- Dấu MẬT, TỐI MẬT, TUYỆT MẬT: hình chữ nhật, mực đỏ\nSlide 5: Ai được đóng dấu?\n\n'
      'viết lời giảng cho slide 4')
neg('vi', 'batch 2: a blank markdown form with an empty level cell.', '| Trường | Nội dung |\n|---|---|\n| Số ký hiệu | |\n'
    '| Độ mật | |\n| Độ khẩn | |\n| Trích yếu | |', 'md')
vineg('batch 2: a company policy classing its own papers as public, internal or "MẬT" (a trade-secret class).',
      'Theo quy định của công ty, tài liệu được chia 3 loại: CÔNG KHAI, NỘI BỘ và MẬT (bí mật kinh doanh). Nhân viên '
      'không gửi tài liệu loại nội bộ ra ngoài công ty.')
vineg('batch 2: news of a public decision listing state-secret categories of a ministry.',
      'Thủ tướng vừa ban hành Quyết định về danh mục bí mật nhà nước lĩnh vực ngoại giao, trong đó quy định các '
      'thông tin thuộc độ Tối mật và độ Mật.')
neg('vi', 'batch 2: a CSV list of films with "Tuyệt Mật" in a title.', 'Tên phim,Năm,Thể loại\nHồ sơ Tuyệt Mật,2019,'
    'Hành động\nNhiệm vụ tối mật,2021,Hoạt hình\nCông thức bí mật,2023,Hài', 'csv')
vineg('batch 2: page furniture over a density table.',
      'Trang 2/5\nMẬT ĐỘ DÂN SỐ CÁC XÃ NĂM 2026\nXã Tân An: 1.240 người/km²\nXã Tân Lập: 860 người/km²')
vineg('batch 2: a chat sending a clothes size M file.',
      'Chị ơi em gửi file M của mẫu áo đồng phục, chị xem số đo giúp em, nếu vừa thì em đặt 40 cái.')
vineg('batch 2: a clerical training text on who may copy a document at the Tối mật level.',
      'Người có thẩm quyền cho phép sao văn bản mật cấp Tối mật là người đứng đầu cơ quan, tổ chức.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

vi('block', [CM], 'batch 3: pandoc\'s docx-to-markdown keeps a styled paragraph as a fenced div: the stamp inside '
   '"::: {custom-style=...}".',
   'Mình convert file word sang markdown bằng pandoc, bạn sửa lỗi định dạng giúp:\n\n::: {custom-style="Dau do mat"}\n'
   'MẬT\n:::\n\n::: {custom-style="Ten van ban"}\nBÁO CÁO\n:::\n\nKết quả công tác nắm tình hình tôn giáo quý IV', 'md')
vi('block', [CM], 'batch 3: HTML leftovers: the stamp after a run of &nbsp; entities at the start of a line, closed by <br>.',
   'Xóa giúp mình các thẻ thừa:\n\nSỞ NỘI VỤ<br>\n&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;TỐI MẬT<br>\n'
   'Số: 301/BC-SNV<br>\nBÁO CÁO kết quả rà soát quy hoạch cán bộ<br>', 'md')
vi('block', [CM], 'batch 3: a summary request whose pasted report opens with a sentence-case title carrying "(Mật)".',
   'Lập bảng từ báo cáo dưới giúp mình:\n\nBáo cáo nhanh (Mật) về tình hình an ninh trật tự dịp nghỉ lễ\n'
   '- Xảy ra 2 vụ gây rối tại khu du lịch, bắt 6 đối tượng\n- Phát hiện 1 nhóm tuyên truyền trái phép tại xã Phú Lộc')
vi('block', [CM], 'batch 3: a slide footer exported with the outline: "Chân trang: Mật – Lưu hành nội bộ Ban Chỉ đạo".',
   'Slide 1: Phương án A2 bảo vệ Đại hội\nSlide 2: Lực lượng tham gia\nChân trang: Mật – Lưu hành nội bộ Ban Chỉ đạo\n\n'
   'thêm giúp tôi 1 slide kết luận')
vi('block', [CM], 'batch 3: a tab-separated export whose title cell is followed by the level in the next cell.',
   'BIỂU 02: DỰ TOÁN KINH PHÍ NGHIỆP VỤ NĂM 2027\tMẬT\t\t\nNội dung\tĐơn vị\tSố tiền\nMua sắm thiết bị trinh sát\t'
   'PA01\t3.200\nHỗ trợ cơ sở\tPA02\t850\n\ncộng giúp cột số tiền', 'csv')
vi('block', [CM], 'batch 3: a chat describing the pasted text as taken from a document stamped "MẬT".',
   'Anh gửi em văn bản đóng dấu MẬT của Ban Tổ chức, em chỉ tóm tắt phần II thôi nhé:\n\nII. Dự kiến nhân sự: '
   'đồng chí Trần Văn Hòa giữ chức Trưởng ban, đồng chí Đinh Thị Lụa chuyển công tác.')
vi('block', [CM], 'batch 3: a running footer converted with a tab between the page number and the level.',
   'Đoạn cuối trang 3, dịch sang tiếng Anh giúp mình:\nLực lượng trinh sát bố trí tại 4 điểm nóng ...\n'
   'Trang 3/7\tTài liệu Tối mật\n')
vi('warn', [OD], 'batch 3: a stampless decision body with "TL. GIÁM ĐỐC" and the archive line.',
   'Rút gọn giúp em:\n\nĐiều 1. Điều động ông Phan Văn Tín, chuyên viên Phòng Tổ chức cán bộ, đến nhận công tác '
   'tại Văn phòng Sở kể từ ngày 01/01/2027.\nĐiều 2. Chánh Văn phòng, Trưởng phòng Tổ chức cán bộ chịu trách nhiệm thi hành.\n\n'
   'Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, TCCB.\n\nTL. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ')

vineg('batch 3: a pandoc fenced div around a law excerpt listing the levels.',
      '::: {custom-style="Trich dan"}\nBí mật nhà nước được phân loại thành ba độ: Tuyệt mật, Tối mật và Mật.\n:::\n\n'
      'giải thích đoạn trích trên cho học sinh')
neg('vi', 'batch 3: an online shop\'s HTML with a honey badge.', '<div class="product">\n<span class="badge">MẬT ONG</span>\n'
    '<h3>Mật ong hoa cà phê 500ml</h3>\n<p>&nbsp;&nbsp;Giá: 165.000đ</p>\n</div>', 'md')
vineg('batch 3: a training slide telling "mật độ" from "độ mật".',
      'Slide 7: Phân biệt MẬT ĐỘ và ĐỘ MẬT\n- Mật độ: số lượng trên một đơn vị diện tích\n- Độ mật: mức độ bí mật của tài liệu')
neg('vi', 'batch 3: a markdown quiz whose ticked answer is a level.', 'Câu 5: Văn bản có thời hạn bảo vệ 10 năm thuộc độ nào? '
    'Chọn đáp án đúng.\n\n- [ ] Tuyệt mật\n- [ ] Tối mật\n- [x] Mật\n\n**Giải thích:** theo Điều 19 Luật Bảo vệ bí mật nhà nước.', 'md')
vineg('batch 3: a chat sending the new Wi-Fi password file ("VB mật khẩu"), no password in it.',
      'em gửi anh VB mật khẩu wifi mới ở phòng họp tầng 3 nhé, anh in ra dán cạnh máy chiếu giúp em')
vineg('batch 3: a blank header template with placeholders in brackets.',
      '(TÊN CƠ QUAN CHỦ QUẢN)          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM          (Độ mật, nếu có)\n'
      '(TÊN CƠ QUAN BAN HÀNH)         Độc lập - Tự do - Hạnh phúc\nSố: ..../....-....\n\nviết hướng dẫn điền mẫu này')
neg('vi', 'batch 3: a markdown watch list with a film titled "TỐI MẬT".', '## Phim cuối tuần\n\n1. **TỐI MẬT** (Top Secret!, '
    '1984) — phim hài\n2. **Bí mật của Veronica** — phim tình cảm\n3. **Kế hoạch A** — phim hành động', 'md')
neg('vi', 'batch 3: a company\'s data-classification table with its own "MẬT" class.', 'Mức phân loại,Mô tả,Ví dụ\n'
    'MẬT,Chỉ Ban Giám đốc được xem,Giá vốn và công thức\nNỘI BỘ,Toàn công ty,Quy trình làm việc\nCÔNG KHAI,Mọi người,'
    'Catalogue sản phẩm', 'csv')
vineg('batch 3: a recipe slide outline with a "secret formula".',
      'Slide 1: CÔNG THỨC BÍ MẬT CỦA NƯỚC SỐT BBQ\nSlide 2: Nguyên liệu - mật ong, tỏi, nước tương\n'
      'Slide 3: Cách ướp thịt 4 tiếng\n\nviết lời dẫn vui vẻ cho các slide')
neg('vi', 'batch 3: HTML news about a leak quoting a foreign "TUYỆT MẬT" document.', '<p>Hàng trăm trang tài liệu '
    '<b>TUYỆT MẬT</b> của Lầu Năm Góc bị rò rỉ trên mạng xã hội; Bộ Quốc phòng Mỹ đã mở cuộc điều tra.</p>', 'md')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

vi('block', [CM], 'batch 4: an AI answer\'s markdown heading level two holding the stamp, then the document\'s title.',
   'Đây là bản đã định dạng lại:\n\n## MẬT\n\n### KẾ HOẠCH\n#### Kiểm tra đột xuất kho vũ khí, vật liệu nổ quý I/2027\n\n'
   '1. Thành phần đoàn: 5 đồng chí\n2. Thời gian: không báo trước', 'md')
vi('block', [CM], 'batch 4: "viết lại cho trang trọng" around a minute whose header line carries "Tính chất: MẬT" in capitals.',
   'viết lại cho trang trọng giúp em:\n\nBIÊN BẢN LÀM VIỆC\nTính chất cuộc họp: MẬT\nThành phần: Thường trực Đảng ủy, '
   'Ủy ban Kiểm tra\nNội dung: xem xét đơn tố cáo đồng chí Bí thư chi bộ 4')
vi('block', [CM], 'batch 4: a docx-to-text header whose level sits on the line after the place-and-date, right-aligned.',
   'Dịch giúp tôi phần đầu:\n\nBỘ TƯ LỆNH QUÂN KHU 5\nSố: 412/KH-BTL                       Đà Nẵng, ngày 3 tháng 12 năm 2026\n'
   '                                                          TUYỆT MẬT\nKẾ HOẠCH\nDiễn tập phòng thủ khu vực năm 2027')
vi('block', [CM], 'batch 4: a spreadsheet export with the level in a header cell above the table ("Độ mật:" then "Mật" in the next cell).',
   'Độ mật:,Mật,,\nĐơn vị:,Phòng PA02,,\nSTT,Đối tượng,Địa bàn,Ghi chú\n1,Nhóm A,xã Phú Hòa,theo dõi\n'
   '2,Nhóm B,thị trấn,xác minh\n\nđếm số đối tượng theo địa bàn', 'csv')
vi('block', [CM], 'batch 4: a chat forwarding a slide deck named with its level in brackets after the title in title case.',
   '[14:02] Long: anh gửi em file "Phương án nhân sự khóa mới (Tối mật).pptx", em làm lại slide 3 cho đẹp nhé\n'
   '[14:03] Long: nhớ giữ nguyên tên các đồng chí trong cơ cấu')
vi('warn', [OD], 'batch 4: a report body with its number line and "Kính gửi", pasted for an outline, no level.',
   'Lập dàn ý từ báo cáo:\n\nSố: 77/BC-STP\nKính gửi: Ủy ban nhân dân tỉnh\n\nSở Tư pháp báo cáo kết quả công tác trợ giúp '
   'pháp lý năm 2026 như sau: ...')

vineg('batch 4: a markdown heading "## Mật ong" in a recipe answer.',
      'Dưới đây là công thức:\n\n## Mật ong chanh đào\n\n- Chanh đào: 1 kg\n- Mật ong: 1 lít\n- Đường phèn: 300 g')
vineg('batch 4: an AI prompt about how to stamp a document in Word.',
      'Làm sao chèn chữ "MẬT" màu đỏ có khung vào góc trên bên phải văn bản Word theo đúng Nghị định 26/2020/NĐ-CP?')
vineg('batch 4: a summary of the law\'s article on protection terms, in markdown bullets.',
      '**Điều 19. Thời hạn bảo vệ bí mật nhà nước**\n- Tuyệt mật: 30 năm\n- Tối mật: 20 năm\n- Mật: 10 năm\n\n'
      'Tóm tắt giúp tôi điều này trong 2 câu.')
vineg('batch 4: a meeting invitation marked public, with "Tính chất: công khai".',
      'GIẤY MỜI HỌP\nTính chất cuộc họp: công khai\nThành phần: đại diện các hộ dân tổ 5\nNội dung: lấy ý kiến về '
      'phương án làm đường liên thôn')
vineg('batch 4: a chat sending a public presentation named with "(bản cuối)".',
      '[14:02] Long: anh gửi em file "Báo cáo tổng kết năm (bản cuối).pptx", em làm lại slide 3 cho đẹp nhé')
vineg('batch 4: a spreadsheet of cooking ingredients with a "Mật" cell beside a header cell.',
      'Nguyên liệu:,Mật,,\nĐịnh lượng:,200 ml,,\nBước,Cách làm\n1,Đun mật với gừng\n2,Để nguội rồi đóng chai')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

vi('block', [CM], 'batch 5: a request naming the pasted text "tài liệu loại Tối mật" in title case.',
   'Tóm tắt giúp anh đoạn dưới, tài liệu loại Tối mật nên em đừng lưu lại nhé:\n\nPhương án điều động 2 tiểu đoàn '
   'cơ động về khu vực biên giới phía tây trong tháng 01/2027.')
add('vi', 'block', [CM], 'batch 5: Telex damage in the middle of a pasted header: "Ddooj maatj: TOOSI MAATJ" in capitals.',
    'sua loi go giup em:\n\nCOONG AN TINHR\nSos: 45/BC-CAT\nDDOOJ MAATJ: TOOSI MAATJ\nBAOS CAOS tinhf hinhf')
vi('block', [CM], 'batch 5: a converted page whose header\'s stamp got a page number glued to it ("MẬT 2").',
   'Chuyển trang này thành văn bản liền mạch:\n\nMẬT 2\nPhần II. Đánh giá cán bộ diện quy hoạch\n1. Đồng chí Lê Văn Tám: '
   'có năng lực, còn hạn chế về ngoại ngữ ...')
vi('block', [CM], 'batch 5: markdown bold-italic stamp "***TỐI MẬT***" on its own line in a converted file.',
   '***TỐI MẬT***\n\n**PHƯƠNG ÁN** bố trí lực lượng bảo vệ mục tiêu trọng điểm\n\n- Mục tiêu 1: kho xăng dầu\n\n'
   'nhờ AI chuyển thành bảng', 'md')
vi('block', [CM], 'batch 5: an English translation request with the Vietnamese level kept in brackets after the title.',
   'Translate into English, keep the formatting:\n\nKẾ HOẠCH (TỐI MẬT)\nTriển khai lực lượng bảo vệ Hội nghị cấp cao\n'
   '1. Lực lượng: 3 tiểu đội cảnh vệ')
vi('warn', [OD], 'batch 5: a stampless notice with its number line and recipients block in markdown.',
   '**Số:** 15/TB-VP\n\n**THÔNG BÁO**\nLịch làm việc của Lãnh đạo Sở tuần 50\n\n**Nơi nhận:**\n- Các phòng, đơn vị;\n'
   '- Lưu: VT.', 'md')

vineg('batch 5: a chat about a secret birthday party (bí mật), asking the AI for ideas.',
      'Tụi mình đang lên kế hoạch tiệc sinh nhật bí mật cho sếp, giữ MẬT nhé mọi người! Gợi ý giúp mình 5 trò chơi vui.')
vineg('batch 5: a training handout asking to convert a list of stamps into a table.',
      'Lập bảng từ danh sách dưới đây cho bài giảng:\n- Dấu TUYỆT MẬT: mực đỏ, khung chữ nhật\n- Dấu TỐI MẬT: mực đỏ\n'
      '- Dấu MẬT: mực đỏ')
neg('vi', 'batch 5: markdown study notes with a bold-italic heading about honey bees.', '***MẬT ONG VÀ ĐỜI SỐNG LOÀI ONG***\n\n'
    '- Ong thợ hút mật hoa\n- Một tổ ong cho khoảng 10 kg mật/năm', 'md')
vineg('batch 5: a news item on a minister signing a decision on state-secret lists.',
      'Bộ trưởng Bộ Nội vụ vừa ký Quyết định ban hành danh mục bí mật nhà nước độ Mật của ngành, thay thế quyết định năm 2021.')
vineg('batch 5: a sentence telling the difference between "giữ bí mật" and the levels, for a quiz.',
      'Câu 9: "Giữ bí mật thông tin khách hàng" có phải là bí mật nhà nước độ Mật không? Giải thích ngắn gọn.')

write_marking_round(S, 'round39', 'p39')
