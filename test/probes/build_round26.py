#!/usr/bin/env python3
"""Builds test/probes/round26.jsonl (round 26 of the held-out-style probes, written blind): classification markings
and official documents in shapes no earlier round held — a level as a field of a structured export (an e-office XML
record's <DoMat>, a Czech document-properties dump, a YAML front matter with an EU level, a CSV register), a
summarisation or translation request that names the quoted text's level, a PDF converted to text where two header
columns interleave so the stamp lands mid-line beside the agency name, a level after the copy number under the
recipients block, a level in a markdown title, a Word revision export that inserts the stamp, a level in an e-mail
subject typed without diacritics deep in a thread, an English translation of a Vietnamese header, "COMMERCIAL IN
CONFIDENCE", "RESTREINT UE", NATO levels in Czech minutes; official documents of new shapes (an e-office record's
"Số/Ký hiệu" + "Trích yếu", a party "…-CV/TU" letter, a decision's English translation with its distribution list,
a Czech letter's header table). Hard negatives of the same shapes: the XSD enumeration of the level field, training
slides, quizzes, law quotations, a level enum in code, a document system's help page, leak news, "[SECRET] Santa
list.xlsx" and "[Bí mật] quà sinh nhật" file names, MAT part codes and MATLAB, "tajemník" in fiction, a capitals
e-mail confidentiality notice. Stdlib only; no identifiers (no run of nine digits, no e-mail address), so only the
kind under test can decide. Batches are written blind one after another (batch 1 against main, batch 2 after the
first fixes); ids continue."""
from probe_ids import collector, diacritic_negatives, diacritic_pair, write_marking_round

S, add, neg = collector()
CM, OD = 'classified-marking', 'official-document'


vi = diacritic_pair(add)

vineg = diacritic_negatives(neg)


# ================================================================ batch 1 (blind against main 22a2e1b)
vi('block', [CM, OD], 'An e-office record exported as XML with the level in a <DoMat> element, sent to be converted.',
   '<?xml version="1.0" encoding="UTF-8"?>\n<VanBan>\n  <SoKyHieu>58/BC-CAH</SoKyHieu>\n'
   '  <TrichYeu>Báo cáo kết quả xác minh đơn thư nặc danh</TrichYeu>\n  <DoMat>Tối mật</DoMat>\n'
   '  <DoKhan>Thường</DoKhan>\n</VanBan>\nChuyển giúp em bản ghi này sang JSON nhé.')
vineg('the XML schema of the same field: an enumeration of every level.',
      'Giải thích giúp mình đoạn schema này:\n<xs:simpleType name="DoMat">\n  <xs:restriction base="xs:string">\n'
      '    <xs:enumeration value="Thường"/>\n    <xs:enumeration value="Mật"/>\n'
      '    <xs:enumeration value="Tối mật"/>\n    <xs:enumeration value="Tuyệt mật"/>\n  </xs:restriction>\n'
      '</xs:simpleType>')
vi('block', [CM], 'A summarisation request that names the quoted text\'s level in capitals before quoting it.',
   'Tóm tắt giúp em văn bản MẬT sau thành 5 gạch đầu dòng để báo cáo miệng:\n'
   '"Đề nghị bố trí 2 tổ trinh sát theo dõi số đối tượng tụ tập tại khu vực chợ đầu mối từ ngày 15 đến 20/9, '
   'báo cáo kết quả hằng ngày về Thường trực Ban chỉ đạo."')
vi('block', [CM, OD], 'A PDF converted to text: the header\'s two columns interleave and the stamp lands mid-line '
   'beside the agency name.',
   'UBND TỈNH BÌNH ĐỊNH        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
   'SỞ NỘI VỤ     TỐI MẬT     Độc lập - Tự do - Hạnh phúc\n'
   'Số: 412/SNV-TCBC        Bình Định, ngày 04 tháng 9 năm 2026\n'
   'V/v rà soát, đánh giá cán bộ diện quy hoạch')
vi('block', [CM, OD], 'The level after the copy number, on the line under the recipients block.',
   'Đề nghị các đơn vị triển khai thực hiện nghiêm túc.\n\nNơi nhận:\n- Đ/c Giám đốc (để b/c);\n'
   '- Phòng PV01, PA03;\n- Lưu: VT, PX05.\nBản số 04/06 — MẬT')
vi('block', [CM], 'A markdown title that ends with the level in brackets, pasted from a wiki export.',
   '## Phương án bảo vệ Đại hội đại biểu Đảng bộ tỉnh (TỐI MẬT)\n\n'
   '- Lực lượng: 120 cán bộ, chiến sĩ\n- Vòng ngoài: 4 chốt, vòng trong: 2 tổ cơ động\n\nViết lại thành văn xuôi giúp mình.')
vi('block', [CM], 'A Word revision export: a tracked change inserts the stamp into the header.',
   'Danh sách thay đổi (Track Changes):\n1. Nguyễn Hà (10:42, 12/09): Chèn "MẬT" vào đầu trang 1\n'
   '2. Nguyễn Hà (10:43, 12/09): Xóa "Dự thảo"\n3. Lê Quân (14:05, 12/09): Sửa "30 người" thành "45 người"\n\n'
   'Nội dung: Kế hoạch tăng cường lực lượng bảo vệ kho K3 trong tháng 10.')
add('vi', 'block', [CM], 'A level in an e-mail subject typed without diacritics, deep in a forwarded thread.',
    'Em nho anh doc lai giup doan cuoi roi tra loi chi Lan nhe.\n\n'
    '---------- Forwarded message ---------\nFrom: Tran Thi Lan\nDate: Thu, 11 Sep 2026 08:14\n'
    'Subject: Re: Lich hop giao ban\n\nAnh oi em gui lai lich hop tuan sau.\n\n'
    '> On Wed, 10 Sep 2026 17:02 Pham Duc wrote:\n> Ok em, anh xem roi.\n>\n'
    '>> ---------- Forwarded message ---------\n>> From: Van phong\n'
    '>> Subject: [TOI MAT] Ke hoach kiem tra an ninh noi bo quy IV\n'
    '>> Gui cac dong chi truong phong ke hoach kem theo, de nghi nghien cuu truoc cuoc hop.')
vi('warn', [OD], 'An e-office record: "Số/Ký hiệu" and "Trích yếu" fields, level "Thường".',
   'Thông tin văn bản đến\nSố/Ký hiệu: 1187/UBND-NC\nNgày ban hành: 08/09/2026\n'
   'Cơ quan ban hành: UBND thành phố Cần Thơ\nTrích yếu: V/v tăng cường công tác phòng cháy chữa cháy mùa khô\n'
   'Độ mật: Thường\nĐộ khẩn: Khẩn\n\nSoạn giúp em phiếu trình lãnh đạo cho văn bản này.')
vi('warn', [OD], 'A party committee letter: issuing body, "*", a "…-CV/TU" number and "ĐẢNG CỘNG SẢN VIỆT NAM".',
   'TỈNH ỦY LÂM ĐỒNG\n*\nSố 214-CV/TU\nV/v chuẩn bị tổng kết công tác dân vận năm 2026\n\n'
   'ĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 02 tháng 10 năm 2026\n\n'
   'Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy\n\n'
   'Thường trực Tỉnh ủy đề nghị các cấp ủy chuẩn bị báo cáo tổng kết.')
vineg('a training slide that lists the three levels in capitals.',
      'Slide 7 – Các độ mật theo Luật Bảo vệ bí mật nhà nước\nTUYỆT MẬT – TỐI MẬT – MẬT\n'
      '• Dấu màu đỏ, đóng ở phía trên, bên phải số, ký hiệu văn bản\n• Không đóng dấu độ mật lên văn bản công khai')
vineg('a quiz whose answers are the stamps.',
      'Câu 5: Văn bản chứa danh sách cán bộ trinh sát phải đóng dấu gì?\n'
      'A. MẬT     B. TỐI MẬT     C. TUYỆT MẬT     D. Không cần đóng dấu\nĐáp án đúng: B')
vineg('a level enum in TypeScript code sent with a compiler error.',
      'Sao dòng này báo lỗi TS2322 vậy?\n```ts\nexport enum DoMat { THUONG = 0, MAT = 1, TOI_MAT = 2, TUYET_MAT = 3 }\n'
      'const d: DoMat = "MAT";\n```')
vineg('a document system\'s help page on the level field.',
      'HƯỚNG DẪN SỬ DỤNG – Mục 4.2 Nhập văn bản đến\nTại ô "Độ mật", chọn một trong các giá trị Thường, Mật, '
      'Tối mật, Tuyệt mật. Văn bản có độ mật khác "Thường" sẽ không được gửi qua trục liên thông '
      'mà phải chuyển bản giấy.')
vineg('news about a leak that names the documents\' level.',
      '(PLO) – Ngày 12/11, Cơ quan An ninh điều tra đã khởi tố bị can đối với nguyên phó trưởng phòng về tội '
      'cố ý làm lộ bí mật nhà nước, liên quan 3 tài liệu độ TỐI MẬT bị chụp gửi qua mạng xã hội.')
vineg('capitals compounds with MAT: part codes and a format name in an inventory.',
      'Tồn kho linh kiện tháng 9:\nMAT-2024-0117 | Tấm lót cao su | 20 cái\nDATA-MAT-05 | Cáp dữ liệu | 4 cuộn\n'
      'FORMAT_MAT_V2 | Khuôn in nhãn | 1 bộ')
vineg('a surprise birthday present in a file name ("[Bí mật]").',
      'Mọi người góp ý giúp em file [Bí mật] Quà sinh nhật sếp Hùng.docx nhé, đừng để sếp biết!')

add('cs', 'block', [CM], 'A Czech document-properties dump with the level as a property.',
    'Vlastnosti dokumentu\nNázev: Analýza rizik objektu letiště Praha-Ruzyně\nAutor: odbor ochrany\n'
    'Stupeň utajení: Vyhrazené\nPočet stran: 12\nPoslední úprava: 3. 9. 2026\n\nUdělej z toho osnovu prezentace.')
add('cs', 'block', [CM, OD], 'A Czech letter: the level after the copy number, under the reference number.',
    'MINISTERSTVO VNITRA\nOdbor bezpečnostní politiky\nČ. j.: MV-5521-3/OBP-2026\nVýtisk č. 2 z 3 – TAJNÉ\n\n'
    'Věc: Vyhodnocení cvičení krizového štábu')
add('cs', 'block', [CM], 'A Czech e-mail forward whose subject carries RESTREINT UE/EU RESTRICTED.',
    'Ahoj, přeposílám, co přišlo z Bruselu, můžeš to zkrátit na půl strany?\n\n'
    '-------- Přeposlaná zpráva --------\nOd: Stálé zastoupení\n'
    'Předmět: FW: RESTREINT UE/EU RESTRICTED – zápis z pracovní skupiny pro kybernetiku\n\n'
    'Delegace se shodly na harmonogramu.')
add('cs', 'block', [CM], 'A Czech JSON record from a records system with the level as a field.',
    '{"nazev": "Plán ochrany objektu krajského úřadu", "stupenUtajeni": "Důvěrné", "pocetListu": 4, '
    '"zpracovatel": "bezpečnostní ředitel"}\nPotřebuju z toho udělat tabulku.')
add('cs', 'block', [CM], 'A Czech translation request stating the level of the quoted material.',
    'Přelož do angličtiny následující text, je to materiál se stupněm utajení Důvěrné, potřebuju ho jen pochopit:\n'
    '„Jednotka bude přesunuta do prostoru Libavá do 14. října."')
add('cs', 'warn', [OD], 'A Czech reply letter with a header table: reference number, file mark, who handles it.',
    'Krajský úřad Jihomoravského kraje\nOdbor dopravy\n\nVaše značka: —\nČ. j.: JMK 14822/2026\n'
    'Sp. zn.: S-JMK 9031/2026 OD\nVyřizuje: Ing. Hrubá\nV Brně dne 8. 9. 2026\n\n'
    'Věc: Sdělení k žádosti o uzavírku silnice II/416')
add('cs', 'block', [CM], 'Czech minutes whose header says NATO RESTRICTED.',
    'Klasifikace: NATO RESTRICTED\nZápis z jednání pracovní skupiny pro logistiku\n'
    'Přítomni: pplk. Král, mjr. Veselá\nProjednáno: zásobování jednotky v rámci eFP')
neg('cs', '"tajemník" and "utajeně" in fiction.',
    'Tajemník obecního úřadu utajeně schovával dopisy ve staré skříni. Nikdo netušil, že v nich byla '
    'odpověď na otázku, proč starosta před lety zmizel.')
neg('cs', 'a law quotation listing the four levels.',
    '§ 4 zákona č. 412/2005 Sb.: Utajovaná informace se klasifikuje stupněm utajení Přísně tajné, Tajné, '
    'Důvěrné nebo Vyhrazené.')
neg('cs', 'a Secret Santa spreadsheet name in Czech.',
    'Posílám seznam do Tajného Santy, soubor tajny_santa_2026.xlsx, limit je 300 Kč.')
neg('cs', 'a records system\'s help page on the level field.',
    'Nápověda e-spis: Pole „Stupeň utajení" se vyplňuje pouze u utajovaných dokumentů (Vyhrazené, Důvěrné, '
    'Tajné, Přísně tajné). U běžných dokumentů ponechte pole prázdné.')
neg('cs', 'news about a leaked document of a named level.',
    'Bývalý úředník ministerstva je obviněn, že vynesl dokumenty stupně Tajné a předal je cizí zpravodajské službě.')

add('en', 'block', [CM, OD], 'An English translation of a Vietnamese decision header, the level first.',
    'CLASSIFIED: SECRET\nPEOPLE\'S COMMITTEE OF DA NANG CITY\nNo.: 1532/QD-UBND\n\nDECISION\n'
    'On the deployment of forces to protect the APEC venue\n\nRecipients:\n- As in Article 3;\n- Archived: VT, PC.')
add('en', 'block', [CM], 'A translation request naming the memo\'s level in capitals.',
    'Please translate this CONFIDENTIAL memo into Vietnamese for the Hanoi office:\n\n'
    'To: Regional directors\nRe: Store closures in the northern region\nWe will close six stores by March.')
add('en', 'block', [CM], 'A YAML front matter of a documentation page with an EU level.',
    '---\ntitle: Incident response runbook – member-state liaison\nclassification: RESTREINT UE/EU RESTRICTED\n'
    'owner: CERT-EU liaison desk\n---\n\n## Escalation\nCall the duty officer first.')
add('en', 'block', [CM], 'A CSV register row with a SECRET document.',
    'doc_id,title,owner,classification\nHR-114,Redundancy shortlist Q3,People Ops,SECRET\n'
    'HR-115,Canteen menu,Facilities,UNCLASSIFIED')
add('en', 'block', [CM], 'A UK "COMMERCIAL IN CONFIDENCE" header on a bid document.',
    'COMMERCIAL IN CONFIDENCE\n\nTender response – Managed print services for the county council\n'
    'Section 4: Pricing schedule and discount model')
add('en', 'warn', [OD], 'An English translation of a ministry decision with its reference and distribution list.',
    'MINISTRY OF FINANCE\nNo. 2210/QD-BTC\nHanoi, 14 August 2026\n\nDECISION\n'
    'On the assignment of staff to the customs modernisation project\n\nDistribution:\n- As in Article 3;\n'
    '- Filed: Archives, Legal Dept.')
neg('en', '"[SECRET] Santa list.xlsx" as an attachment name.',
    'Hi all, attached: [SECRET] Santa list.xlsx – no peeking before Friday!')
neg('en', 'a capitals confidentiality notice at the foot of an e-mail.',
    'Thanks, see you at 3.\nTom\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and '
    'intended solely for the addressee. If you received it in error, please delete it.')
neg('en', 'a classification enum in Python code.',
    'Why does mypy complain here?\nclass Classification(Enum):\n    UNCLASSIFIED = 0\n    CONFIDENTIAL = 1\n'
    '    SECRET = 2\n    TOP_SECRET = 3')
neg('en', 'news about a leak of TOP SECRET documents.',
    'The airman pleaded guilty to posting TOP SECRET documents on a gaming chat server, prosecutors said.')
neg('en', 'a training slide listing the UK levels.',
    'Module 2 – Marking levels\nOFFICIAL > SECRET > TOP SECRET\nQuiz: which level applies to a routine contract?')

add('mixed', 'block', [CM], 'A Vietnamese request to translate a text whose original carries a TUYỆT MẬT stamp.',
    'Dịch sang tiếng Anh giúp mình đoạn này, bản gốc có đóng dấu TUYỆT MẬT ở góc trên:\n'
    '"Phương án điều động lực lượng dự bị động viên năm 2027."')
neg('mixed', 'MATLAB and a .MAT file in a Vietnamese question.',
    'Chạy MATLAB báo lỗi khi load file DATA.MAT: mat = load(\'DATA.MAT\'); format long; anh xem giúp em.')

# ================================================================ batch 2 (blind, after the batch 1 fixes)
vi('block', [CM], 'A sentence in an e-mail saying the draft sent already carries the MẬT stamp.',
   'Anh Tùng ơi, em gửi anh bản dự thảo đã đóng dấu MẬT, anh góp ý giúp em trước 5 giờ chiều nay nhé.\n'
   'Nội dung chính: điều chỉnh phương án bố trí lực lượng tại 3 chốt cửa ngõ.')
vi('block', [CM, OD], 'An e-office API response where the level is a nested object with a code and a name.',
   '{"soKyHieu": "45/KH-UBND", "trichYeu": "Kế hoạch di dời dân cư vùng sạt lở", '
   '"doMat": {"ma": "TM", "ten": "Tối mật"}, "doKhan": {"ma": "K", "ten": "Khẩn"}}\nViết test cho API này giúp mình.')
vi('block', [CM], 'A phone notification preview: the sender, a colon and the level tag before the title.',
   'Thông báo từ ứng dụng (14:02):\nVăn phòng UBND tỉnh: [MẬT] Thông báo kết luận của Chủ tịch về việc xử lý cán bộ vi phạm…\n'
   'Chạm để xem chi tiết.')
vi('block', [CM, OD], 'A chat export as JSON: the stamp sits inside a string with escaped line breaks.',
   '{"from": "Phòng Tham mưu", "date": "2026-09-14T08:11", '
   '"text": "TỐI MẬT\\nKẾ HOẠCH\\nSố: 77/KH-PTM\\nBảo vệ tuyệt đối an toàn đoàn công tác"}')
vi('block', [CM], 'A table of contents of a document bundle: one annex marked with its level in brackets.',
   'MỤC LỤC HỒ SƠ\n1. Tờ trình đề nghị phê duyệt ............ 1\n2. Phụ lục 1: Dự toán kinh phí ............ 4\n'
   '3. Phụ lục 2 (MẬT): Danh sách cộng tác viên ............ 9\n4. Biên bản họp thẩm định ............ 12')
vi('warn', [OD], 'A party committee decision header pasted into a chat.',
   'Anh gửi em cái này soạn lại nhé:\nĐẢNG BỘ TỈNH HÀ TĨNH\nĐẢNG ỦY SỞ TÀI CHÍNH\n*\nSố 58-QĐ/ĐU\n'
   'QUYẾT ĐỊNH\nvề việc chuẩn y kết quả bầu cử chi ủy chi bộ Phòng Ngân sách')
vi('warn', [OD], 'An invitation letter with its number and the list of who attends.',
   'ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIỜ\nSố: 145/GM-UBND\n\nGIẤY MỜI\nDự họp giao ban công tác quý IV\n'
   'Thành phần: Trưởng các phòng, ban; Chủ tịch UBND các xã.\nThời gian: 8 giờ 00, ngày 20/10/2026.')
vineg('an HTML select box of the level field (every option).',
      'Sửa giúp em đoạn HTML này cho đẹp hơn:\n<select name="do_mat">\n  <option>Thường</option>\n  <option>Mật</option>\n'
      '  <option>Tối mật</option>\n  <option>Tuyệt mật</option>\n</select>')
vineg('a bug report about the document system that quotes a field setting.',
      'Lỗi #482: Khi chọn Độ mật = Tối mật thì nút "Gửi liên thông" bị mờ, nhưng chọn Thường thì bình thường. '
      'Trình duyệt Chrome 131, tài khoản văn thư.')
vineg('a news headline in capitals about training on protecting state secrets.',
      'HỘI NGHỊ TẬP HUẤN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2026\n'
      'Sáng 15/10, Công an tỉnh tổ chức hội nghị tập huấn cho hơn 200 cán bộ làm công tác văn thư.')
vineg('molasses in capitals in a purchase list.',
      'DANH MỤC VẬT TƯ CHĂN NUÔI\nMẬT RỈ ĐƯỜNG | tấn | 20\nCÁM GẠO | tấn | 35')
vineg('a cinema listing of a film titled with "bí mật".',
      'Lịch chiếu tối nay:\nBÍ MẬT CỦA GIÓ (2026) – 19:00, 21:15\nNGƯỜI GIỮ MẬT THƯ – 20:30')
vineg('a password-expiry warning in capitals.',
      'CẢNH BÁO: MẬT KHẨU CỦA BẠN SẼ HẾT HẠN SAU 3 NGÀY\nVui lòng đổi mật khẩu tại cổng nội bộ.')

add('cs', 'block', [CM], 'A pasted Outlook header whose subject opens with the level and a dash.',
    'Od: Novotná Jana\nOdesláno: pondělí 12. října 2026 9:14\nKomu: Směna B\n'
    'Předmět: VYHRAZENÉ – plán směn ochrany objektu na listopad\n\nDobrý den, posílám plán.')
add('cs', 'block', [CM], 'A Czech markdown heading closing with the level in brackets.',
    '## Příloha 2 (DŮVĚRNÉ)\n\n| Objekt | Stráž | Kamera |\n|---|---|---|\n| Sklad A | 2 | 4 |')
add('cs', 'block', [CM], 'A Czech records-system export as XML with the level as an element.',
    '<Dokument>\n  <Nazev>Plán evakuace budovy B</Nazev>\n  <StupenUtajeni>Vyhrazené</StupenUtajeni>\n'
    '  <PocetListu>6</PocetListu>\n</Dokument>')
add('cs', 'block', [CM], 'A Czech chat note that the minutes sent are VYHRAZENÉ.',
    '[9:02] Petr: posílám zápis z porady, je VYHRAZENÉ, tak ho nikam nepřeposílej\n[9:03] Eva: jasně, díky')
add('cs', 'warn', [OD], 'A Czech director\'s order with its reference number and distribution list.',
    'Krajské ředitelství policie Zlínského kraje\nČ. j.: KRPZ-1120-4/ČJ-2026-1500\n\n'
    'PŘÍKAZ ŘEDITELE č. 14/2026\nk zajištění veřejného pořádku při utkání\n\n'
    'Rozdělovník:\n- ÚO Zlín\n- ÚO Uherské Hradiště')
neg('cs', 'a news headline in capitals about secret services.',
    'TAJNÉ SLUŽBY VARUJÍ PŘED ÚTOKY NA NEMOCNICE\nBezpečnostní informační služba ve své výroční zprávě upozorňuje na phishing.')
neg('cs', 'a hospital privacy notice calling patient data confidential.',
    'Vaše zdravotní údaje jsou důvěrné a nemocnice je bez vašeho souhlasu nikomu nepředá.')
neg('cs', 'an XSD enumeration of the Czech level field.',
    '<xs:simpleType name="StupenUtajeni">\n  <xs:restriction base="xs:string">\n'
    '    <xs:enumeration value="Vyhrazené"/>\n    <xs:enumeration value="Důvěrné"/>\n'
    '    <xs:enumeration value="Tajné"/>\n    <xs:enumeration value="Přísně tajné"/>\n  </xs:restriction>\n</xs:simpleType>')

add('en', 'block', [CM], 'A Microsoft Graph item whose sensitivity label is Highly Confidential.',
    '{"name": "Project Falcon – acquisition model.xlsx", "sensitivityLabel": {"displayName": "Highly Confidential", '
    '"labelId": "a3f1"}, "lastModifiedBy": "M. Reyes"}\nWhy is this file blocked from sharing?')
add('en', 'block', [CM], 'A summarisation request naming the level of the cable it quotes.',
    'Summarise the following SECRET cable in three bullets for the ambassador:\n\n'
    '"Host-nation officials privately confirmed the port deal will be delayed until spring."')
add('en', 'block', [CM], 'A page footer of NATO minutes with the level after the page number.',
    'Action items agreed by the working group.\n\nPage 2 of 5 — NATO CONFIDENTIAL')
add('en', 'warn', [OD], 'An English translation of a Czech ministry letter with its reference number and distribution list.',
    'MINISTRY OF THE INTERIOR OF THE CZECH REPUBLIC\nRef. No.: MV-88213-4/OBP-2026\nPrague, 3 November 2026\n\n'
    'Subject: Coordination of the regional crisis exercise\n\nDistribution list:\n- Regional fire brigades\n- Police Presidium')
neg('en', 'a help article on applying a sensitivity label.',
    'To apply a label, open the file and choose Sensitivity > Confidential. Labels can be changed later by the owner.')
neg('en', 'a lingerie sale e-mail with SECRET in capitals.',
    'VICTORIA\'S SECRET – 40% OFF EVERYTHING THIS WEEKEND\nShop now, while sizes last.')
neg('en', 'a changelog entry renaming an enum member.',
    'BREAKING: rename Level.CONFIDENTIAL to Level.RESTRICTED in the marking enum; update stored values with the migration.')

add('mixed', 'block', [CM], 'A bilingual Vietnamese-English header: the stamp with its English gloss.',
    'TỐI MẬT (SECRET)\nBÁO CÁO / REPORT\nTình hình an ninh khu vực biên giới / Border security situation')
neg('mixed', 'a Vietnamese developer note on MAT_KHAU variables read from a vault.',
    'Biến MAT_KHAU_DB và MAT_KHAU_SMTP lấy từ Vault, đừng hardcode trong file config nhé. Format: MAT_KHAU_<TEN_DICH_VU>.')

# ================================================================ batch 3 (blind, after the batch 2 fixes)
vi('block', [CM], 'A file\'s properties exported to text: the level is one of its tags.',
   'Thuộc tính tệp\nTiêu đề: Phương án nhân sự Đại hội\nTác giả: Ban Tổ chức\nThẻ: TỐI MẬT; nhân sự; đại hội\n'
   'Ngày sửa: 02/10/2026\n\nViết giúp em email gửi kèm tệp này.')
vi('block', [CM], 'An e-mail that says it holds content of the MẬT level.',
   'Kính gửi anh Quân,\nEmail này chứa nội dung MẬT, đề nghị anh không chuyển tiếp.\n'
   'Danh sách đối tượng cần theo dõi gồm 7 người, chi tiết ở tệp đính kèm.')
vi('block', [CM], 'A bracketed note at the top in sentence case: the level and who may read it.',
   '(Mật – chỉ lưu hành trong Tổ công tác 12)\n\nKẾT QUẢ XÁC MINH BAN ĐẦU\n1. Nguồn tin phản ánh đúng một phần.')
vi('block', [CM], 'A group notice that the attachment is a Tối mật document, in sentence case.',
   '[20:14] Chị Hạnh: Cả nhà lưu ý: file đính kèm là tài liệu Tối mật, xem xong xóa khỏi máy giúp chị.\n'
   '[20:15] Tuấn: Dạ em nhận rồi ạ.')
vi('block', [CM], 'Minutes whose header gives the meeting\'s nature as "Tính chất: Mật".',
   'BIÊN BẢN HỌP\nThời gian: 14 giờ, ngày 09/10/2026\nĐịa điểm: Phòng họp số 2\nTính chất: Mật\n'
   'Thành phần: Ban Giám đốc, trưởng các phòng nghiệp vụ')
vi('warn', [OD], 'A forwarding slip of an office with its number and "Kính chuyển".',
   'VĂN PHÒNG SỞ Y TẾ\nSố: 23/PC-VP\n\nPHIẾU CHUYỂN\nKính chuyển: Phòng Nghiệp vụ Dược\n'
   'Nội dung: Đơn kiến nghị của nhà thuốc Minh Châu về việc gia hạn giấy phép.')
vineg('an e-mail subject tagged [MẬT KHẨU] (password).',
      'Tiêu đề: [MẬT KHẨU] Hướng dẫn đổi mật khẩu định kỳ cho cán bộ\n\nCác anh chị đổi mật khẩu trước ngày 15/10.')
vineg('a recipe heading in capitals with honey.',
      '## MẬT ONG CHANH ĐÀO (công thức)\n- Đào 500 g\n- Chanh 3 quả\n- Mật ong 300 ml')
vineg('a novel titled in capitals and quotes.',
      'Mình đang đọc cuốn "TUYỆT MẬT" của một nhà văn trẻ, truyện trinh thám khá cuốn, ai cần mình cho mượn.')
vineg('a blank level field in a software screen read by OCR.',
      'Màn hình nhập văn bản đến:\nSố đến: [      ]\nĐộ mật: [Chọn]  ▼\nĐộ khẩn: [Chọn]  ▼\nSao em không lưu được?')

add('cs', 'block', [CM], 'A Czech meeting invitation e-mail saying the papers are VYHRAZENÉ.',
    'Dobrý den,\nzvu Vás na jednání krizového štábu ve čtvrtek v 9:00. Jednání je neveřejné, podklady jsou VYHRAZENÉ '
    'a dostanete je až na místě.\nS pozdravem\nIng. Hana Poláková')
add('cs', 'block', [CM], 'A Czech document with the level in the running header beside the office\'s name.',
    'Hasičský záchranný sbor kraje Vysočina | VYHRAZENÉ\n\nPlán pokrytí území jednotkami požární ochrany\n'
    '1. Výjezdové časy v obcích nad 2 000 obyvatel')
add('cs', 'warn', [OD], 'A Czech minutes header with its reference number and distribution list.',
    'Městský úřad Vsetín\nČ. j.: MUVS-S 4471/2026\n\nZÁPIS z porady vedení ze dne 6. 10. 2026\n'
    'Rozdělovník: starosta, místostarosta, tajemník, vedoucí odborů')
neg('cs', 'a TV listing with a film titled in capitals after a time.',
    '20:15 PŘÍSNĚ TAJNÉ – americký špionážní thriller (2019)\n22:05 Zprávy')
neg('cs', 'a Czech password-manager guide using "utajení".',
    'V KeePassu nastavte u položky „Utajení hesla: zapnuto“, aby se heslo na obrazovce nezobrazovalo.')
neg('cs', 'a Czech gift-shop product in capitals.',
    'TAJNÉ PŘÁNÍ – dárková krabička s překvapením, 249 Kč\nDoprava zdarma nad 1 000 Kč.')

add('en', 'block', [CM], 'A Canadian "PROTECTED B" designation heading a draft.',
    'PROTECTED B\n\nTreasury Board submission – draft 3\nProgram integrity funding for the benefits system')
add('en', 'block', [CM], 'A ticket exported from a tracker with its security level field.',
    'Issue: OPS-2291\nSummary: Rotate the HSM partition keys\nSecurity Level: Confidential\nAssignee: R. Okafor\n'
    'Please turn this ticket into a change request.')
add('en', 'warn', [OD], 'An English translation of a Vietnamese official letter with its number and addressees.',
    'MINISTRY OF FINANCE\nGENERAL DEPARTMENT OF TAXATION\nNo.: 4512/TCT-CS\nRe: VAT refunds for exported goods\n\n'
    'To: Tax Departments of provinces and centrally run cities')
neg('en', 'film titles with level words in a watchlist.',
    'Watchlist for Friday: TOP SECRET! (1984), Confidential (2017), Official Secrets (2019).')
neg('en', 'a handling policy stating where SECRET documents are stored.',
    'Policy 4.3: Documents marked SECRET must be stored in an approved container and never left on a desk overnight.')
neg('en', 'an environment flag with SECRET_SANTA in its name.',
    'Set SECRET_SANTA_ENABLED=true in .env to show the holiday widget on the intranet home page.')

add('mixed', 'block', [CM], 'A Vietnamese chat naming a document\'s sensitivity label in English.',
    'Doc này label Highly Confidential trên SharePoint, đừng up lên ChatGPT nhé, em chỉ tóm tắt tay thôi.')

# ================================================================ batch 4 (blind, after the batch 3 fixes)
vi('block', [CM], 'A document-information panel exported to text: "Phân loại bảo mật" with a sentence-case level.',
   'Thông tin tài liệu\nTrạng thái: Đã hoàn thành\nPhân loại bảo mật: Tối mật\nNgười tạo: Phòng Tham mưu\n\n'
   'Em cần viết lại phần mở đầu cho gọn.')
vi('block', [CM], 'A note that the content above has been determined to be of a level (Mẫu 01 wording).',
   'Nội dung trên đã được xác định độ Tối mật theo đề xuất của Trưởng phòng, đề nghị các đồng chí quản lý chặt chẽ.\n'
   'Phụ trách: Đội 3.')
vi('block', [CM], 'A markdown record with the level as a code span after the bold label.',
   '**Số:** 19/BC-ĐTr  \n**Độ mật:** `MẬT`  \n**Nội dung:** kết quả trinh sát khu vực cảng cá')
vi('block', [CM], 'An e-mail saying the document was raised to a higher level (level change, Mẫu 06).',
   'Anh Sơn ơi, văn bản số 12 đã được điều chỉnh độ mật từ Mật lên Tối mật, em gửi lại bản mới để anh thay bản cũ.\n'
   'Phần sửa: mục 3 và phụ lục.')
vi('warn', [OD], 'A Central Committee conclusion header with its number.',
   'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 15-KL/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 10 năm 2026\n\n'
   'KẾT LUẬN\ncủa Ban Bí thư về tiếp tục thực hiện Chỉ thị 05')
vi('warn', [OD], 'A department\'s submission with its number and addressee.',
   'SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 88/TTr-SKHĐT\n\nTỜ TRÌNH\nVề việc phê duyệt chủ trương đầu tư dự án đường ven biển\n'
   'Kính gửi: Ủy ban nhân dân tỉnh')
vineg('a password-strength meter in a form.',
      'Mật khẩu mới: ••••••••\nĐộ mạnh mật khẩu: Trung bình\nGợi ý: thêm ký tự đặc biệt.')
vineg('a public document\'s security class in the same panel.',
      'Thông tin tài liệu\nTrạng thái: Đã ban hành\nPhân loại bảo mật: Công khai\nNgười tạo: Văn phòng')
vineg('a login page of the document system.',
      'HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH\nĐăng nhập\nTên đăng nhập:\nMật khẩu:\nQuên mật khẩu?')
vineg('building density in capitals on a planning sheet.',
      'CHỈ TIÊU QUY HOẠCH\nMẬT ĐỘ XÂY DỰNG: 40%\nTẦNG CAO TỐI ĐA: 9 TẦNG')

add('cs', 'block', [CM], 'A Czech note that the document was classified at a level.',
    'Upozornění: dokument byl utajen ve stupni DŮVĚRNÉ, proto ho prosím neposílejte mimo odbor.\n'
    'Obsah: seznam kritických dodavatelů.')
add('cs', 'block', [CM], 'A Czech CSV export with a "Stupeň" column.',
    'Název;Stupeň;Zpracovatel\nPlán ochrany serverovny;Důvěrné;odbor 2\nRozpis úklidu;neutajované;provoz')
add('cs', 'warn', [OD], 'A Czech director\'s instruction with its reference number.',
    'Krajský úřad Olomouckého kraje\nČ. j.: KUOK 91204/2026\n\nPOKYN ŘEDITELE č. 3/2026\n'
    'k používání služebních vozidel\n\nRozdělovník: všechny odbory')
neg('cs', 'a forum question about hiding a pregnancy at work.',
    'Jak dlouho jste v práci utajovaly těhotenství? Já bych to šéfovi řekla až po prvním trimestru.')
neg('cs', 'a GDPR training title in capitals.',
    'DŮVĚRNÉ INFORMACE O ZAMĚSTNANCÍCH – ŠKOLENÍ GDPR PRO VEDOUCÍ\nTermín: 12. 11. 2026, zasedačka 3.')

add('en', 'block', [CM], 'An EYES ONLY heading over a briefing.',
    'EYES ONLY\n\nBriefing for the Permanent Secretary\nThe vendor has failed two of four resilience tests.')
neg('en', 'an advisory marked TLP:CLEAR (public).',
    'TLP:CLEAR\n\nAdvisory 2026-031: patch the VPN appliance firmware to 9.4.2 or later.')
neg('en', 'a NATO UNCLASSIFIED header on a public page.',
    'NATO UNCLASSIFIED – releasable to the public\nFact sheet: air policing in the Baltic region')
neg('en', 'a history note on a document that was formerly SECRET.',
    'The plan was declassified in 1998 (formerly SECRET) and is now held in the national archives, file AIR 20/112.')

add('mixed', 'block', [CM], 'A Vietnamese chat saying this document is CONFIDENTIAL, in English capitals.',
    'Anh ơi tài liệu này là CONFIDENTIAL nhé, không share ra ngoài, anh chỉ dùng nội bộ thôi.\nSố liệu: Q3 giảm 12%.')

if __name__ == '__main__':
    write_marking_round(S, 'round26', 'p26')
