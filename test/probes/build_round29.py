#!/usr/bin/env python3
"""Builds test/probes/round29.jsonl (round 29 of the held-out-style probes, written blind): classification markings
and official documents TOLD in running text and kept in structured fields rather than stamped — "Văn bản này được xác
định độ Mật", a document "thuộc danh mục bí mật nhà nước độ Tối mật", "the attached report is classified SECRET",
"dokument je utajovanou informací stupně Důvěrné"; a level in a cover e-mail or a chat about the attachment that
follows, in meeting minutes that approved a numbered document, in handover and destruction records listing documents
with their levels, in an outgoing-dispatch register pasted as text, in file names of an `ls -l` or `dir` listing, in a
help-desk ticket; OCR letter confusions (a wrong tone mark, a digit for a letter, letters spaced out), a stamp split
by a page break, a running header repeated on every page, Czech "Utajované – Vyhrazené" headers and "Neveřejné",
English OFFICIAL-SENSITIVE, FOUO and LIMITED DISTRIBUTION; official documents of new shapes (a draft with its number
left blank, a Czech letter with "Čj." and "Spisová značka"). Hard negatives of the same words: the laws that define
the levels, quizzes, leak-trial news, marking policies, clearance job adverts, honey, passwords, population density,
book titles, e-mail disclaimers, recipes, fiction. Stdlib only; no identifiers (no run of nine digits, no e-mail
address), so only the kind under test can decide. Batches are written blind one after another (batch 1 against main
bd58e5d, each later batch after the earlier fixes); ids continue."""
from probe_ids import collector, diacritic_negatives, diacritic_pair, write_marking_round

S, add, neg = collector()
CM, OD = 'classified-marking', 'official-document'
vi = diacritic_pair(add)

vineg = diacritic_negatives(neg)


# ================================================================ batch 1 (blind against main bd58e5d)
vi('block', [CM], 'A report\'s first paragraph telling its own level in a sentence, not stamped.',
   'Văn bản này được xác định độ Mật theo khoản 2 Điều 10 Quy chế bảo vệ bí mật nhà nước của Sở; người nhận không '
   'sao chụp, không chuyển tiếp.\n\nKết quả rà soát cho thấy 3 trạm biến áp khu vực phía Tây thiếu lực lượng bảo vệ '
   'ban đêm, đề nghị bổ sung trước ngày 15/10.')
vi('block', [CM], 'A cover note saying the attached plan belongs to the state-secret list at the Tối mật level.',
   'Kính gửi đồng chí Trưởng phòng,\nTài liệu kèm theo thuộc danh mục bí mật nhà nước độ Tối mật, đề nghị đồng chí '
   'quản lý theo chế độ mật và hoàn trả sau cuộc họp.\nNội dung chính: phương án điều động lực lượng cơ động dịp '
   'Quốc khánh.')
vi('block', [CM], 'A chat about the file that follows: "gửi anh bản Mật của báo cáo, đừng chuyển tiếp".',
   '[08:12] Hùng: em gửi anh bản Mật của báo cáo quý III, anh đừng chuyển tiếp nhé\n'
   '[08:13] Hùng: Báo cáo tình hình an ninh trật tự quý III.docx\n[08:15] Tuấn: ok em, anh đọc xong xóa luôn')
vi('block', [CM, OD], 'Meeting minutes: the conference approved a numbered Tối mật document.',
   'BIÊN BẢN HỘI NGHỊ BAN THƯỜNG VỤ\nThời gian: 14h00 ngày 18/9/2026\n\n'
   'Hội nghị đã thông qua tài liệu Tối mật số 07/KH-BTV về phương án nhân sự Đại hội, giao Văn phòng hoàn chỉnh '
   'và trình ký trước ngày 25/9.\nBiểu quyết: 11/11 đồng ý.')
vi('block', [CM, OD], 'A destruction record listing documents with their level in brackets.',
   'BIÊN BẢN TIÊU HỦY TÀI LIỆU MẬT\nHôm nay, ngày 30/9/2026, tại trụ sở Phòng PV01, Hội đồng tiêu hủy gồm 3 thành '
   'viên đã tiến hành tiêu hủy các tài liệu sau:\n1. Báo cáo số 112/BC-PV01 ngày 03/3/2026 (Mật), 02 bản;\n'
   '2. Kế hoạch số 45/KH-PV01 ngày 11/4/2026 (Tối mật), 01 bản.\nHình thức: nghiền nhỏ bằng máy hủy tài liệu.')
vi('block', [CM], 'A handover record: side A hands over a plan of the Mật level.',
   'BIÊN BẢN GIAO NHẬN TÀI LIỆU\nBên giao: đồng chí Lê Văn Khánh, Đội Tổng hợp\nBên nhận: đồng chí Phạm Thu Hà, '
   'Văn thư\nNội dung giao nhận: 01 bản Kế hoạch bảo vệ mục tiêu trọng điểm, độ Mật, 12 trang, còn nguyên niêm '
   'phong.\nHai bên đã kiểm tra, thống nhất ký biên bản.')
vi('block', [CM, OD], 'An outgoing-dispatch register pasted as text: one row\'s level cell says Tối mật.',
   'SỔ ĐĂNG KÝ VĂN BẢN ĐI – THÁNG 9/2026\nSố TT | Ngày | Số, ký hiệu | Trích yếu | Độ mật | Nơi nhận\n'
   '57 | 10/9 | 315/UBND-VP | V/v rà soát nhân sự diện quy hoạch | Tối mật | Ban Tổ chức Tỉnh ủy\n'
   '58 | 10/9 | 316/UBND-VP | V/v lịch tiếp công dân tháng 10 | Thường | Các sở, ngành')
vi('block', [CM], 'A Windows "dir" listing whose file names start with a level in brackets.',
   ' Volume in drive D is DATA\n Directory of D:\\PhongTH\\2026\n\n09/12/2026  09:14    <DIR>          .\n'
   '09/12/2026  09:14            48,213 [TỐI MẬT] Kế hoạch bảo vệ Đại hội.docx\n'
   '09/10/2026  16:02            22,180 Lịch trực tháng 10.xlsx\n               2 File(s)         70,393 bytes\n'
   'Sao folder này không copy sang USB được vậy anh?')
add('vi', 'block', [CM], 'An `ls -l` listing of a shared folder with levels in the file names, typed in ASCII.',
    '$ ls -l /srv/share/phong-tong-hop/\n-rw-r----- 1 hoa tonghop  48213 Sep 12 09:14 BC_ToiMat_tinh-hinh-ANTT-Q3.docx\n'
    '-rw-r----- 1 hoa tonghop  19022 Sep 12 09:20 KH-05_Mat_phuong-an-bao-ve.pdf\n'
    '-rw-r--r-- 1 hoa tonghop   8120 Sep 13 10:01 lich-truc-thang-10.xlsx\nsao file thu 2 khong mo duoc nhi')
vi('block', [CM], 'A help-desk ticket about a Tối mật document that does not open.',
   'Phiếu yêu cầu hỗ trợ #4821\nNgười yêu cầu: Nguyễn Thị Hà – Phòng Tham mưu\nMô tả: Không mở được văn bản Tối mật '
   'số 19/BC-PA05 nhận qua hệ thống trên máy trạm phòng họp, báo lỗi chữ ký số.\nMức ưu tiên: Cao')
vi('block', [CM, OD], 'OCR of a header: the stamp read with a wrong tone mark, "TÓI MẬT".',
   'CÔNG AN TỈNH NGHỆ AN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG PA03        Độc lập - Tự do - Hạnh phúc\n'
   'TÓI MẬT\nSố: 57/BC-PA03                 Nghệ An, ngày 02 tháng 10 năm 2026\nBÁO CÁO\nKết quả nắm tình hình')
add('vi', 'block', [CM, OD], 'OCR of a header where the stamp\'s letters came out spaced apart.',
    'UBND TINH QUANG TRI\nSO NOI VU\n\nT O I   M A T\n\nSo: 208/BC-SNV\nBAO CAO\nDanh gia can bo dien quy hoach '
    'nhiem ky 2026-2031')
add('vi', 'block', [CM, OD], 'OCR where the A of the stamp came out as a 4: "M4T" above the number.',
    'BAN CHI DAO 35 TINH UY\n          M4T\nSo: 12/KH-BCD\nKE HOACH\nTheo doi du luan tren mang xa hoi dip Dai hoi')
vi('block', [CM], 'A statement in capitals without a stamp: the document belongs to the Tối mật level.',
   'TÀI LIỆU NÀY THUỘC ĐỘ TỐI MẬT – KHÔNG SAO CHỤP, KHÔNG MANG RA KHỎI CƠ QUAN\n\nPhương án sơ tán khi có sự cố '
   'tại kho K3: tập kết tại sân sau, chốt 2 cổng phụ.')
vi('block', [CM, OD], 'A stamp split by a page break: "TỐI" ends page 1, "MẬT" starts page 2.',
   'BỘ CHỈ HUY QUÂN SỰ TỈNH\nSố: 88/KH-BCH\nKẾ HOẠCH\nDiễn tập khu vực phòng thủ năm 2026\n'
   '1. Mục đích: kiểm tra khả năng cơ động.\n                                                  TỐI\n'
   '--- Trang 1/2 ---\nMẬT\n2. Lực lượng tham gia: 2 đại đội bộ binh.')
vi('block', [CM, OD], 'A running header repeated on each page: number, level and page.',
   'Kế hoạch 12/KH-CAT – Mật – Trang 1/3\nI. Tình hình chung\nĐịa bàn có 4 điểm nóng về tranh chấp đất đai.\n\n'
   'Kế hoạch 12/KH-CAT – Mật – Trang 2/3\nII. Biện pháp\nTăng cường tuần tra ban đêm tại 2 xã giáp ranh.')
vi('warn', [OD], 'A draft decision with its number left blank ("Số:      /QĐ-UBND") and "DỰ THẢO".',
   'ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\nSố:       /QĐ-UBND\nDỰ THẢO\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác '
   'rà soát đất công\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n'
   'Góp ý giúp em câu chữ phần căn cứ.')
vi('block', [CM], 'A cover e-mail: the attached report carries the Mật stamp, read it only offline.',
   'Tiêu đề: Gửi báo cáo đánh giá\n\nAnh Minh thân mến,\nEm gửi kèm báo cáo đánh giá tình hình biên giới. Tài liệu '
   'này đã được đóng dấu độ Mật nên anh chỉ mở trên máy không nối mạng giúp em.\nTrân trọng,\nThu')
vi('block', [CM], 'A request to rewrite a paragraph whose document is said to be "độ Tuyệt mật".',
   'Viết lại giúp tôi đoạn sau cho gọn, đây là trích từ đề án độ Tuyệt mật của Bộ nên đừng thêm gì ngoài đoạn này:\n'
   '"Giai đoạn 1 tập trung hoàn thiện hạ tầng cáp quang cho 5 trạm ra-đa ven biển."')
# hard negatives
vineg('the law article that defines the three levels and what falls into each.',
      'Luật Bảo vệ bí mật nhà nước, Điều 8. Phân loại bí mật nhà nước\nCăn cứ vào tính chất quan trọng, nội dung, '
      'mức độ nguy hại nếu bị lộ, bí mật nhà nước được phân loại thành 3 độ: Tuyệt mật, Tối mật và Mật.\n'
      'Bí mật nhà nước độ Tối mật là bí mật nhà nước liên quan đến chính trị, quốc phòng, an ninh mà nếu bị lộ, bị '
      'mất có khả năng gây nguy hại rất nghiêm trọng đến lợi ích quốc gia, dân tộc.')
vineg('a training quiz asking at which level a document is classified.',
      'BÀI KIỂM TRA KIẾN THỨC BẢO VỆ BÍ MẬT NHÀ NƯỚC\nCâu 5: Văn bản có nội dung về kế hoạch bảo vệ mục tiêu quan '
      'trọng được xác định ở độ nào?\nA. Mật   B. Tối mật   C. Tuyệt mật   D. Không thuộc bí mật nhà nước\n'
      'Câu 6: Dấu "MẬT" được đóng ở vị trí nào trên văn bản?')
vineg('news about a trial for leaking documents of the Tối mật level.',
      'Ngày 22/9, TAND TP Hà Nội mở phiên xét xử sơ thẩm bị cáo Trần Văn Q. về tội Cố ý làm lộ bí mật nhà nước. '
      'Theo cáo trạng, bị cáo đã chụp ảnh 3 tài liệu độ Tối mật rồi gửi qua mạng xã hội cho người quen. Hội đồng xét '
      'xử tuyên phạt bị cáo 5 năm tù.')
vineg('an internal rule explaining how staff must stamp documents of each level.',
      'Quy chế bảo vệ bí mật nhà nước của Sở (trích)\nĐiều 12. Văn bản thuộc độ Mật phải đóng dấu chữ "MẬT" màu đỏ '
      'ở phía trên, bên phải số, ký hiệu văn bản; văn bản độ Tối mật đóng dấu "TỐI MẬT". Người soạn thảo đề xuất độ '
      'mật tại tờ trình, người ký quyết định độ mật.')
vineg('a job advert for a post that works with state secrets.',
      'THÔNG BÁO TUYỂN DỤNG\nVị trí: Chuyên viên công nghệ thông tin (01 chỉ tiêu)\nYêu cầu: tốt nghiệp đại học; lý '
      'lịch rõ ràng do vị trí làm việc có tiếp xúc bí mật nhà nước độ Mật; ưu tiên có chứng chỉ an toàn thông tin.\n'
      'Hạn nộp hồ sơ: 30/10/2026.')
vineg('a grocery list of honey and sugar-cane molasses products.',
      'Đơn hàng tuần này:\n- Mật ong rừng U Minh 500ml x 2\n- Mật mía Quảng Ngãi 1 lít x 1\n- Mật ong hoa cà phê '
      '(chai nhỏ) x 3\nTổng: 6 sản phẩm, giao trước thứ Bảy.')
vineg('a bookshop list with a self-help title containing "Bí mật" and a password-reset link text.',
      'Sách bán chạy tuần này:\n1. Bí mật của hạnh phúc – 98.000đ\n2. Tối giản – sống đời tự do – 85.000đ\n\n'
      'Quên mật khẩu? Bấm "Đặt lại mật khẩu" để nhận mã qua điện thoại.')
vineg('a geography exercise about population density.',
      'Bài tập Địa lí 9: Dựa vào bảng số liệu, hãy so sánh mật độ dân số của Đồng bằng sông Hồng và Tây Nguyên năm '
      '2025, nhận xét về sự phân bố dân cư. Mật độ dân số cao nhất cả nước thuộc vùng nào?')
vineg('a weather chat whose "tối mát" reads "toi mat" without diacritics.',
      'Chiều nay mưa xong nên buổi tối mát lắm, tối mát thế này đi dạo hồ Tây thôi anh ơi. Tầm 8 giờ em qua đón nhé.')

# Czech
add('cs', 'block', [CM], 'A cover note: the enclosed analysis is classified information of the Důvěrné level.',
    'Dobrý den,\npředávám Vám v příloze analýzu bezpečnostních rizik areálu. Dokument je utajovanou informací '
    'stupně Důvěrné, nakládejte s ním prosím podle zákona a nepředávejte ho dál.\nS pozdravem\nJ. Novák')
add('cs', 'block', [CM, OD], 'A header "Utajované – Vyhrazené" above a Čj. line.',
    'Utajované – Vyhrazené\nMinisterstvo vnitra\nOdbor bezpečnostní politiky\nČj.: MV-48211-3/OBP-2026\n\n'
    'Věc: Vyhodnocení cvičení krizového štábu')
add('cs', 'block', [CM], 'A report whose footer says "Neveřejné" on its own line.',
    'Zpráva o stavu ostrahy objektů krajského úřadu\n1. Kamerový systém pokrývá 80 % obvodu.\n'
    '2. Noční směny mají jen dva strážné.\n\nNeveřejné')
add('cs', 'block', [CM], 'Minutes: the meeting approved a document of the Tajné level.',
    'Zápis z jednání bezpečnostní rady kraje\nDatum: 18. 9. 2026\n\nRada projednala a schválila dokument stupně '
    'utajení Tajné č. j. KR-315/2026 o zajištění krizové komunikace. Úkol: sekretariát zajistí distribuci '
    'oprávněným osobám.')
add('cs', 'block', [CM], 'A handover protocol listing classified documents with their level.',
    'PŘEDÁVACÍ PROTOKOL\nPředávající: por. Marek Dvořák\nPřebírající: kpt. Eva Malá\nPředmět: 1) Plán ochrany '
    'objektu, stupeň utajení Důvěrné, 14 listů; 2) Seznam klíčů, stupeň utajení Vyhrazené, 2 listy.\n'
    'Předáno a převzato bez závad.')
add('cs', 'block', [CM], 'A ticket: a document marked VYHRAZENÉ cannot be printed.',
    'Požadavek č. 4411 – tiskárna 3. patro\nPopis: Dokument označený VYHRAZENÉ (plán evakuace budovy B) nejde '
    'vytisknout, tiskárna hlásí chybu zabezpečeného tisku. Prosím o pomoc do zítřka.')
add('cs', 'block', [CM], 'A running header repeated on each page: level and page count.',
    'VYHRAZENÉ | Strana 1 z 2\nPlán spojení krizového štábu\nPrimární kanál: rádiová síť Pegas.\n\n'
    'VYHRAZENÉ | Strana 2 z 2\nZáložní kanál: satelitní telefon, uložen u velitele směny.')
add('cs', 'warn', [OD], 'A Czech letter with "Čj." and "Spisová značka" in its header.',
    'Krajský úřad Jihočeského kraje\nOdbor dopravy\nČj.: KUJCK 48211/2026\nSpisová značka: ODSH/1187/2026\n'
    'Vyřizuje: Ing. Pavla Kubešová\nDatum: 12. 9. 2026\n\nVěc: Stanovisko k uzavírce silnice II/145\n'
    'Napište mi k tomu stručné shrnutí.')
add('cs', 'block', [CM], 'A chat: the materials that follow are "pouze pro vnitřní potřebu".',
    '[9:02] Petra: posílám podklady k rozpočtu, jsou pouze pro vnitřní potřebu, tak je nikam nepřeposílej\n'
    '[9:03] Petra: Návrh rozpočtu odboru 2027.xlsx\n[9:10] Tomáš: díky, projdu')
add('cs', 'pass', [], 'Hard negative: the Czech act that lists the classification levels.',
    'Zákon č. 412/2005 Sb., o ochraně utajovaných informací, § 4: Utajované informace se klasifikují stupněm '
    'utajení Přísně tajné, Tajné, Důvěrné nebo Vyhrazené. Stupeň utajení určuje původce podle míry újmy, kterou by '
    'neoprávněné nakládání mohlo způsobit.')
add('cs', 'pass', [], 'Hard negative: fiction dialogue where a character says "Důvěrné".',
    '„Důvěrné," zašeptala Marie a přitiskla prst na rty. „Nikomu neříkej, že se budeme brát." Tomáš se jen '
    'usmál a slíbil, že to udrží v tajnosti až do neděle.')
add('cs', 'pass', [], 'Hard negative: news about an official convicted of leaking classified information.',
    'Okresní soud potrestal bývalého úředníka ministerstva podmíněným trestem za to, že vynesl utajované '
    'informace stupně Tajné. Podle obžaloby fotografoval dokumenty mobilním telefonem.')
add('cs', 'pass', [], 'Hard negative: a job advert requiring a security clearance of the Důvěrné level.',
    'Hledáme analytika kybernetické bezpečnosti. Požadujeme VŠ vzdělání a způsobilost získat osvědčení NBÚ pro '
    'stupeň Důvěrné. Nabízíme 5 týdnů dovolené a stravenky.')
add('cs', 'pass', [], 'Hard negative: a closed court hearing ("neveřejné jednání") in news.',
    'Soud rozhodl, že jednání o opatrovnictví dětí bude neveřejné. Novináři tak museli opustit jednací síň ještě '
    'před výslechem svědků.')
add('cs', 'pass', [], 'Hard negative: a training text that explains when to mark a document "Neveřejné".',
    'Školení pro nové zaměstnance: Označení Neveřejné použijte jen u dokumentů, které obsahují osobní údaje nebo '
    'obchodní tajemství. Veřejné dokumenty neoznačujte vůbec.')

# English
add('en', 'block', [CM], 'A cover e-mail: "the attached report is classified SECRET".',
    'Hi team,\n\nThe attached report is classified SECRET, so please read it only on the standalone terminal in '
    'room 4.12 and do not print it.\n\nSummary: two of the three border crossings lack night-time cover.\n\nThanks,\nAlan')
add('en', 'block', [CM], 'An OFFICIAL-SENSITIVE header on minutes.',
    'OFFICIAL-SENSITIVE\n\nMinutes of the Estates Security Board, 3 March 2026\n1. Access-control upgrade at '
    'the north gate slips to May.\n2. Guard rota short by two posts on weekends.')
add('en', 'block', [CM], 'A FOUO portion mark in a draft title.',
    '(FOUO) Draft contingency staffing roster – Q4\n\nShift A: 06:00–14:00, 4 officers\nShift B: 14:00–22:00, '
    '3 officers\nCan you turn this into a table?')
add('en', 'block', [CM], 'A LIMITED DISTRIBUTION line under a report title.',
    'Review of the Harbour Bridge Inspection Regime\nLIMITED DISTRIBUTION – not for circulation outside the '
    'working group\n\nFindings: corrosion on three bearings; inspection intervals too long.')
add('en', 'block', [CM], 'Board minutes: the Top Secret annex was approved.',
    'Minutes of the Security Committee\nItem 4: The committee approved the Top Secret annex No. 4 to the '
    'national security plan and tasked the secretariat with its distribution to cleared members only.')
add('en', 'block', [CM], 'A destruction certificate listing CONFIDENTIAL documents.',
    'CERTIFICATE OF DESTRUCTION\nThe following CONFIDENTIAL documents were destroyed by cross-cut shredding on '
    '2 October 2026:\n1. Site survey, copy 2 of 3\n2. Supplier risk register, copy 1 of 1\nWitness: R. Patel')
add('en', 'block', [CM], 'A help-desk ticket about printing the SECRET annex.',
    'INC-48211 | Priority: High\nSummary: Printing the SECRET annex of the procurement report fails on floor 3\n'
    'Details: user gets "label policy blocks printing" in Word; needs it for the 2 pm board.')
add('en', 'block', [CM], 'A chat: "sending you the TOP SECRET version, do not forward".',
    '[10:41] Dana: sending you the TOP SECRET version of the brief, do not forward\n[10:41] Dana: brief_v3.pdf\n'
    '[10:43] Sam: got it')
add('en', 'block', [CM], 'An `ls -l` listing with levels in file names.',
    '$ ls -l ~/exports\n-rw-r--r-- 1 jo staff  91233 Oct  2 11:20 q3-forecast_CONFIDENTIAL.xlsx\n'
    '-rw-r--r-- 1 jo staff  20411 Oct  2 11:21 team-photo.jpg\nwhy does the first one fail to upload?')
add('en', 'pass', [], 'Hard negative: an e-mail disclaimer with "confidential" under a lunch invitation.',
    'Hi all, lunch is at the Thai place on Friday at 12:30, see you there!\n\n--\nThis e-mail and any '
    'attachments are confidential and intended solely for the addressee. If you received it in error, please '
    'delete it and notify the sender.')
add('en', 'pass', [], 'Hard negative: a recipe with a "secret" ingredient.',
    'Grandma\'s apple cake: the secret is a pinch of nutmeg and letting the batter rest for 20 minutes. Top '
    'secret tip: brown the butter first.')
add('en', 'pass', [], 'Hard negative: fiction where "top secret" is a surprise party.',
    '"It\'s top secret," Mia whispered, grinning. "The surprise party is on Friday, so don\'t tell Dad." Her '
    'brother rolled his eyes and went back to his game.')
add('en', 'pass', [], 'Hard negative: leak-trial news mentioning TOP SECRET documents.',
    'A federal jury convicted the former airman of retaining national defence information; prosecutors said '
    'several of the documents found in his home were marked TOP SECRET. Sentencing is set for January.')
add('en', 'pass', [], 'Hard negative: a job advert requiring a Top Secret clearance.',
    'Systems Engineer (Hybrid). Requirements: 5+ years with Linux; must hold an active Top Secret clearance; '
    'experience with Ansible a plus.')
add('en', 'pass', [], 'Hard negative: a glossary that expands FOUO and OFFICIAL-SENSITIVE.',
    'Glossary of handling terms\nFOUO – For Official Use Only, a former US caveat replaced by CUI.\n'
    'OFFICIAL-SENSITIVE – a UK handling caveat within the OFFICIAL tier.\nLIMITED DISTRIBUTION – circulation '
    'restricted to a named list.')
add('en', 'pass', [], 'Hard negative: a marking policy explaining when to apply levels.',
    'Handling policy, section 3: Mark a document CONFIDENTIAL only when its disclosure would harm the company; '
    'do not mark public press releases. Each page carries the level at the top and bottom.')

# mixed
add('mixed', 'block', [CM], 'A Vietnamese chat with an English statement of the attachment\'s level.',
    'Anh ơi em gửi file đính kèm, the attached memo is classified CONFIDENTIAL nên anh đừng forward ra ngoài nhé.\n'
    'Memo_hop-tac_doi-tac_Nhat.pdf')
add('mixed', 'block', [CM], 'An English ticket about a Vietnamese Tối mật document.',
    'Ticket #7720: Cannot open "Tối mật" document 22/BC-VP received via e-office; error says certificate '
    'revoked. Please help before the 3 pm meeting.')
add('mixed', 'pass', [], 'Hard negative: an English product list with Vietnamese honey and a film title.',
    'Import list: Mật ong hoa nhãn (longan honey) 24 jars; DVD "Bí mật của gió" 10 copies; "Top Secret!" '
    '(1984 comedy) 5 copies.')

# ================================================================ batch 2 (blind after batch 1's fixes)
vi('block', [CM], 'A meeting\'s content, not a document, said to be a state secret of the Tối mật level.',
   'Thông báo nhanh sau cuộc họp chiều nay: nội dung cuộc họp được xác định là bí mật nhà nước độ Tối mật, các đồng '
   'chí không ghi chép vào sổ cá nhân.\nKết luận: điều chỉnh kế hoạch tuần tra tuyến biên giới từ ngày 20/10.')
vi('block', [CM], 'A cover e-mail: "Kèm theo đây là Báo cáo số … (độ Mật)" with "độ" inside the brackets.',
   'Kính gửi Văn phòng Tỉnh ủy,\nKèm theo đây là Báo cáo số 77/BC-BCS (độ Mật) về kết quả kiểm tra, đề nghị Văn '
   'phòng trình Thường trực xem xét.\nTrân trọng.')
vi('block', [CM], 'A statement that "this information" falls within the secret scope at the Mật level.',
   'Anh Dũng ơi, thông tin này thuộc phạm vi bí mật nhà nước độ Mật nên anh chỉ trao đổi trực tiếp thôi nhé: dự kiến '
   'điều chuyển 3 trưởng phòng sang Sở Tài chính từ tháng 11.')
vi('block', [CM, OD], 'OCR of a header where MẬT was read as MẶT: "TỐI MẶT" in the stamp position.',
   'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH\nĐỒN BIÊN PHÒNG A PA CHẢI\nTỐI MẶT\nSố: 31/BC-ĐBP\nBÁO CÁO\nTình hình '
   'an ninh tuyến biên giới tháng 9')
add('vi', 'block', [CM, OD], 'OCR where the I of the stamp came out as a lower-case l: "TỐl MẬT".',
    'SỞ NGOẠI VỤ TỈNH LÀO CAI\nTỐl MẬT\nSố: 64/KH-SNgV\nKẾ HOẠCH\nĐón tiếp đoàn công tác nước ngoài')
vi('block', [CM], 'A slide footer line: page, level and circulation in one line.',
   'Slide 4 – Lực lượng tham gia\n- 2 đại đội cơ động\n- 1 trung đội trinh sát\nTrang 4 | MẬT | Lưu hành nội bộ\n\n'
   'Viết lời thuyết trình cho slide này giúp tôi.')
vi('block', [CM], 'A zip listing whose folder is named after the level.',
   '$ unzip -l hoso-dang-uy.zip\n  Length      Date    Time    Name\n---------  ---------- -----   ----\n'
   '    48213  2026-09-12 09:14   TỐI MẬT/Phuong-an-nhan-su-Dai-hoi.docx\n'
   '    12011  2026-09-12 09:15   Thuong/Lich-lam-viec.xlsx\nGiải nén báo lỗi font tên thư mục, sửa sao ạ?')
vi('block', [CM], 'An incoming register pasted with tabs and a "Mức độ mật" column.',
   'STT\tSố đến\tSố, ký hiệu\tCơ quan ban hành\tMức độ mật\tNgười nhận\n'
   '1\t215\t41/CV-PA05\tCông an tỉnh\tTối mật\tđ/c Hưng\n2\t216\t77/TB-UBND\tUBND huyện\tThường\tVăn thư')
vi('warn', [OD], 'A second draft of a submission with an empty number slot and the draft label after it.',
   'SỞ TÀI CHÍNH\nSố:      /TTr-STC\nDỰ THẢO 2\nTỜ TRÌNH\nVề việc phân bổ kinh phí sửa chữa trụ sở năm 2027\n'
   'Anh xem giúp em phần căn cứ đã đủ chưa.')
vi('block', [CM], 'A chat note in lower case: "file này mật đấy, đừng gửi ai".',
   '[21:03] Chị Nga: file này mật đấy, đừng gửi ai nhé\n[21:03] Chị Nga: Danh sách cán bộ diện luân chuyển.xlsx\n'
   '[21:05] Hòa: dạ em biết rồi')
vineg('the decision that issues a ministry\'s list of state secrets, quoted from a legal portal.',
      'Quyết định số 1028/QĐ-TTg ban hành Danh mục bí mật nhà nước lĩnh vực tài chính. Theo đó, bí mật nhà nước độ '
      'Tối mật gồm: kế hoạch dự trữ quốc gia chưa công bố; bí mật nhà nước độ Mật gồm: số liệu dự toán chưa công bố.')
vineg('a training slide that shows how to write a cover note, as an example.',
      'Bài 4 – Soạn thư gửi kèm tài liệu mật\nVí dụ cách ghi trong thư: "Tài liệu kèm theo thuộc độ Mật, đề nghị quản '
      'lý theo quy định." Học viên thực hành soạn 1 thư theo mẫu trên.')
vineg('a ticket about the e-office software\'s level setting, no document.',
      'Phiếu hỗ trợ #5120: Khi tạo văn bản đi trên hệ thống, trường "Độ mật" không cho chọn giá trị "Tối mật", chỉ '
      'hiện "Thường" và "Mật". Đề nghị kiểm tra cấu hình danh mục.')
vineg('book and TV titles: "Mật mã Da Vinci", "Hồ sơ tối mật" as a show.',
      'Tối nay xem gì? VTV3 chiếu phim "Hồ sơ tối mật" lúc 21h, còn mình đang đọc dở "Mật mã Da Vinci" và "Bí mật '
      'vườn Lệ Chi".')
vineg('a history lesson about colonial secret police ("mật thám").',
      'Bài 12 Lịch sử 11: Sở mật thám Đông Dương được thực dân Pháp thành lập năm 1917 để theo dõi các nhà yêu nước. '
      'Nhiều tài liệu mật thám nay được lưu trữ tại Pháp.')
vineg('a building-code question about construction density ("mật độ xây dựng").',
      'Cho em hỏi mật độ xây dựng tối đa của lô đất 120 m2 trong khu dân cư hiện hữu là bao nhiêu phần trăm, và có '
      'được xây tum trên tầng 4 không ạ?')

add('cs', 'block', [CM], 'A cover e-mail: the minutes "podléhají utajení ve stupni Vyhrazené".',
    'Dobrý den, v příloze zasílám zápis z porady krizového štábu, který podléhá utajení ve stupni Vyhrazené. Prosím '
    'nepřeposílejte ho mimo štáb.\nDěkuji, Hana')
add('cs', 'block', [CM], 'A statement in title case: the material was classified as Důvěrné.',
    'Materiál byl klasifikován jako Důvěrné, proto ho projednáme až na neveřejné části jednání.\n'
    'Obsah: návrh rozmístění hlídek při návštěvě delegace.')
add('cs', 'block', [CM], 'A register of classified documents with a full-word level column, pipe-separated.',
    'Evidenční kniha – výpis\nPoř. č. | Č. j. | Věc | Stupeň utajení | Listů\n'
    '14 | KR-211/2026 | Plán spojení | Důvěrné | 6\n15 | KR-212/2026 | Seznam osob | Vyhrazené | 2')
add('cs', 'block', [CM], 'A running footer in title case: level and page.',
    'Zásady střežení objektu\n1. Vstup jen na čipovou kartu.\n2. Obchůzka každé 2 hodiny.\n\n'
    'Vyhrazené – strana 2/5')
add('cs', 'block', [CM], 'OCR of a banner with spaced letters: "D Ů V Ě R N É".',
    'D Ů V Ě R N É\n\nMinisterstvo obrany\nZpráva o připravenosti záloh')
add('cs', 'warn', [OD], 'A town-hall letter with "Sp. zn." and "Č. j." on separate lines.',
    'Městský úřad Benešov\nodbor výstavby\nSp. zn.: VÝST/2211/2026\nČ. j.: MUBN 55120/2026\nVyřizuje: Bc. Ondřej Malý\n\n'
    'Věc: Výzva k doplnění žádosti o stavební povolení\nPřepiš to prosím srozumitelněji.')
add('cs', 'pass', [], 'Hard negative: a training quiz on the Czech levels.',
    'Kvíz – ochrana utajovaných informací\n1. Který stupeň utajení je nejvyšší?\na) Vyhrazené  b) Důvěrné  c) Přísně '
    'tajné\n2. Kdo určuje stupeň utajení dokumentu?')
add('cs', 'pass', [], 'Hard negative: a training example of a register entry with a level and sheet count.',
    'Školení – jak vyplnit evidenční knihu. Příklad zápisu: „Plán cvičení, stupeň utajení Vyhrazené, 2 listy" – '
    'takto vyplňte sloupce 3 až 5 u každého došlého dokumentu.')
add('cs', 'pass', [], 'Hard negative: a podcast title "Důvěrné rozhovory" and a reserved parking sign.',
    'Nový díl podcastu Důvěrné rozhovory vychází v pátek. Parkoviště u vchodu je vyhrazené pro zaměstnance.')
add('cs', 'pass', [], 'Hard negative: news on how many clearances the security office issued.',
    'NBÚ loni vydal přes 3 000 osvědčení fyzických osob pro stupeň Tajné a Důvěrné, uvádí výroční zpráva úřadu.')

add('en', 'block', [CM], 'A cover e-mail: the minutes "which are classified OFFICIAL-SENSITIVE".',
    'Hi Priya,\nPlease find attached the minutes, which are classified OFFICIAL-SENSITIVE, so keep them on the '
    'department drive.\nBest, Tom')
add('en', 'block', [CM], 'A chat: "This roster is FOUO, keep it off Slack".',
    'Mike: This roster is FOUO, keep it off Slack please\nMike: Night shift: Ortiz, Lee, Brandt\nAnna: noted')
add('en', 'block', [CM], 'A help-desk ticket: the file carries a "Highly Confidential" sensitivity label.',
    'Ticket 33190 – Cannot attach file to external e-mail\nThe file Board_pack_Oct.pptx has the sensitivity label '
    '"Highly Confidential" and DLP blocks it. Can IT remove the label?')
add('en', 'block', [CM], 'OCR of a banner with spaced letters: "T O P  S E C R E T".',
    'T O P   S E C R E T\n\nMEMORANDUM FOR THE DIRECTOR\nSubject: Liaison arrangements')
add('en', 'block', [CM], 'A document register as CSV with a classification column.',
    'DocID,Title,Classification,Owner,Pages\nD-114,Perimeter survey,SECRET,Estates,12\nD-115,Canteen menu,'
    'OFFICIAL,Facilities,1')
add('en', 'pass', [], 'Hard negative: an NDA clause with the defined term "Confidential Information".',
    'The Receiving Party shall hold the Disclosing Party\'s Confidential Information in strict confidence and '
    'shall not disclose it to any third party without prior written consent.')
add('en', 'pass', [], 'Hard negative: a DLP policy page listing the label names.',
    'Sensitivity labels available in Microsoft 365: Public, Internal, Confidential, Highly Confidential. Choose '
    'the lowest label that fits; see the intranet for examples.')
add('en', 'pass', [], 'Hard negative: marketing copy with "top-secret recipe for success".',
    'Join our webinar to learn the top-secret recipe for success in B2B sales: three habits our best reps share.')
add('en', 'pass', [], 'Hard negative: a classified ad.',
    'Classifieds – For sale: kids\' bike, 20-inch, barely used, 60 euros. Call after 6 pm.')

add('mixed', 'block', [CM], 'A Vietnamese chat naming an English label on the attached deck.',
    'Anh ơi, deck này label là Highly Confidential nha, anh đừng gửi cho đối tác.\nQ4_pricing_strategy.pptx')
add('mixed', 'pass', [], 'Hard negative: an English chat about buying Vietnamese honey with "mật ong" and "độ ngọt".',
    'Bought 2 jars of mật ong rừng at the market, the seller said độ ngọt is lower than farm honey. Worth it!')

# ================================================================ batch 3 (blind after batch 2's fixes)
vi('block', [CM], 'A group announcement: the papers handed out at the conference "là tài liệu Tối mật".',
   'THÔNG BÁO: Tài liệu phát tại hội nghị sáng nay là tài liệu Tối mật, đề nghị các đồng chí nộp lại cho Văn phòng '
   'trước 17h, không mang về nhà.')
vi('block', [CM], 'A closing sentence: use this document "theo chế độ tài liệu Mật".',
   'Nhận được văn bản này, đề nghị các đơn vị quản lý, sử dụng văn bản này theo chế độ tài liệu Mật và báo cáo kết '
   'quả thực hiện về Văn phòng trước ngày 30/11.')
add('vi', 'block', [CM], 'An SMS invitation typed without diacritics: "noi dung MAT".',
    '[Van phong So] Moi dong chi du hop luc 14h00 ngay 15/10 tai phong hop so 2, noi dung MAT, de nghi khong mang '
    'dien thoai vao phong hop.')
vi('block', [CM, OD], 'An incoming document summarised on one line: level and urgency fields between dashes.',
   'Văn bản đến số 215 – Số, ký hiệu: 88/CV-PA05 – Độ mật: Tối mật – Độ khẩn: Hỏa tốc\nNội dung: đề nghị phối hợp '
   'xác minh 2 đối tượng.\nAnh soạn giúp em phiếu xử lý văn bản.')
vi('block', [CM], 'A minutes line recording that the secret papers were collected back.',
   'Cuối buổi họp, Văn phòng đã thu hồi đủ 15 bộ tài liệu Tối mật đã phát cho đại biểu, không có đại biểu nào mang '
   'tài liệu ra khỏi phòng.\nCuộc họp kết thúc lúc 11h30.')
vineg('a spy novel where agents steal "tài liệu tối mật".',
      'Chương 7: Đêm đó, điệp viên Lâm lẻn vào dinh thự, mở két sắt và chụp lại tập tài liệu tối mật của kẻ thù trước '
      'khi lính gác đổi ca. Anh biết chỉ cần chậm một phút là mọi thứ chấm hết.')
vineg('a procurement notice for safes to keep secret documents.',
      'THÔNG BÁO MỜI CHÀO GIÁ\nGói thầu: mua sắm 04 tủ sắt đựng tài liệu mật và 02 máy hủy tài liệu cho Văn phòng Sở.\n'
      'Thời hạn nhận báo giá: trước 16h ngày 20/10/2026.')
vineg('an answer key of a secrecy-law quiz.',
      'ĐÁP ÁN BÀI KIỂM TRA\nCâu 1: B (Tối mật)\nCâu 2: C (Tuyệt mật)\nCâu 3: A (Mật)\nCâu 4: D\nĐiểm đạt: từ 8/10 '
      'câu trở lên.')
vineg('a shop listing of "mật ong" with a density figure and a "tối mát" serving note.',
      'Mật ong hoa nhãn Hưng Yên – tỷ trọng 1,42; bảo quản nơi thoáng mát. Pha với nước ấm uống buổi tối mát họng, '
      'dễ ngủ.')

add('cs', 'block', [CM], 'A document said to carry the marking TAJNÉ with "s označením".',
    'Kolegové, v příloze je dokument s označením TAJNÉ, který nám včera předalo ministerstvo. Prosím o jeho shrnutí '
    'do pondělí.')
add('cs', 'block', [CM], 'An annex line: "Příloha č. 2 – Vyhrazené".',
    'Smlouva o spolupráci při krizových situacích\nPříloha č. 1 – Seznam kontaktních osob\nPříloha č. 2 – Vyhrazené\n'
    'Přepiš mi přílohy do tabulky.')
add('cs', 'block', [CM], 'A minutes title with the level in brackets in title case.',
    'Zápis z jednání bezpečnostní rady města (Důvěrné)\nPřítomni: 7 členů\n1. Zabezpečení voleb – policie posílí '
    'hlídky u volebních místností.')
add('cs', 'block', [CM], 'A document "(stupeň Důvěrné)" said to be stored in the registry.',
    'Dobrý den, originál plánu (stupeň Důvěrné) je uložen v registratuře, tady posílám jen pracovní výpis bodů 3 až 5.')
add('cs', 'pass', [], 'Hard negative: a course title on classified information.',
    'Utajované informace – e-learning pro úředníky. Kurz trvá 45 minut a končí testem, certifikát si stáhnete v '
    'profilu.')
add('cs', 'pass', [], 'Hard negative: GDPR text on confidential customer information.',
    'Se všemi osobními údaji zákazníků zacházíme jako s důvěrnými informacemi a předáváme je jen zpracovatelům, s '
    'nimiž máme uzavřenou smlouvu.')

add('en', 'block', [CM], 'A statement: the document contains information classified at the SECRET level.',
    'Note to readers: this document contains information classified at the SECRET level and may only be discussed '
    'in the secure meeting room.\n\nSection 1 – Threat picture')
add('en', 'block', [CM], 'A cover note: "Please treat the attached as Confidential".',
    'Hi Sam,\nPlease treat the attached as Confidential – it is the draft restructuring plan and has not gone to '
    'the board yet.\nCheers, Kate')
add('en', 'block', [CM], 'A cover note: the enclosed annex carries a CONFIDENTIAL marking.',
    'Dear colleagues,\nThe enclosed annex carries a CONFIDENTIAL marking; store it in the locked cabinet after the '
    'meeting.\nRegards, the Secretariat')
add('en', 'block', [CM], 'A Slack message: "heads up, everything below is SECRET".',
    'heads up, everything below is SECRET, don\'t copy it into other channels\n\n- exercise dates: 3–7 Nov\n- '
    'location: range B')
add('en', 'pass', [], 'Hard negative: API docs on rotating a client secret.',
    'To rotate the client secret, open the app registration, choose Certificates & secrets, and add a new secret. '
    'Update your configuration before deleting the old one.')
add('en', 'pass', [], 'Hard negative: a survey that is confidential and anonymous.',
    'Staff survey 2026: your answers are confidential and anonymous; results are reported only for groups of ten or '
    'more people.')
add('en', 'pass', [], 'Hard negative: a history article on declassified TOP SECRET files.',
    'The files, once stamped TOP SECRET, were declassified in 2017 and are now available at the National Archives '
    'reading room.')

if __name__ == '__main__':
    write_marking_round(S, 'round29', 'p29')
