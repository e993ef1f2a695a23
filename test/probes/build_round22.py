#!/usr/bin/env python3
"""Builds test/probes/round22.jsonl (round 22 of the held-out-style probes, written blind): classification markings
and official documents in kinds no earlier round held — a level stated in running text about the document itself
("văn bản này thuộc độ Mật", "this memo is classified SECRET"), a level in a file name or an attachment line of a
mail or chat, a meeting invitation that is itself secret ("Cuộc họp MẬT, không mang điện thoại"), a slide master's
footer line, a Word comment export whose anchor is the stamp, a spreadsheet row pasted without its header, a
Vietnamese text carrying an English level ("Confidential – Lưu hành nội bộ"), Czech levels in a tab-separated cell,
under a letterhead and in a page footer ("UTAJENÉ – strana 2/6"), English levels in title or lower case
("Secret – UK Eyes Only", "Official-Sensitive: Personal", "RESTRICTED – Staff only"), stamps split by OCR over two
lines, stamps in nested quoted replies, reference-only and no-publication notes, official documents that are only a
header and a number inside a mail and their English translations, and a cited document carrying its level in
brackets with a ban on sharing (round 21's p21-0047); and hard negatives of the same shapes: laws and training text
defining the levels, quizzes, news of leaks citing the level, "mật thư", "mật thiết", "mặt bằng" without diacritics
in file names, "Top Secret" as a brand, level words in code, urgency marks alone, a company's confidentiality
disclaimer, "Vyhrazené parkování", "tajemník", "utajený" in fiction. Stdlib only.

No text holds a run of nine or more digits or an e-mail address (checked by probe_ids.write_marking_round), so no
identifier is read by accident."""
from probe_ids import sample_adder, write_marking_round

S, add = sample_adder()

CM, OD = 'classified-marking', 'official-document'
NEG = 'Hard negative: '

# ================================================================ batch 1 (written blind, scored on main 47ebe5c)
# ---------------------------------------------------------------- Vietnamese, with diacritics
add('vi', 'block', [CM],
    'A mail body stating the level of the text it carries in running text: "Văn bản này thuộc độ Mật".',
    'Kính gửi các đồng chí trong Ban chỉ đạo,\n\nVăn phòng gửi kèm dưới đây nội dung kết luận phiên họp ngày 12/6. '
    'Văn bản này thuộc độ Mật, đề nghị các đồng chí không sao chụp, không chuyển tiếp qua thư điện tử công cộng.\n\n'
    '1. Tập trung rà soát các dự án chậm tiến độ tại khu công nghiệp phía Bắc.\n'
    '2. Giao Sở Kế hoạch và Đầu tư tham mưu phương án xử lý trước ngày 30/6.\n\nTrân trọng.')
add('vi', 'block', [CM],
    'A chat note in front of a pasted text: "Tài liệu mật, đề nghị đồng chí không photo" then the content.',
    '[09:14] Anh Tuấn: Tài liệu mật, đề nghị đồng chí không photo, đọc xong nộp lại văn thư.\n'
    '[09:14] Anh Tuấn: Nội dung: Lực lượng cơ động được bố trí tại 4 điểm chốt trên quốc lộ 1A từ 20 giờ ngày 03/9, '
    'mỗi chốt 12 cán bộ chiến sĩ, có 2 xe đặc chủng hỗ trợ.\n[09:15] Tôi: Nhờ AI chuyển thành bảng giúp mình.')
add('vi', 'block', [CM],
    'The level inside an attachment file name of a forwarded mail: "BC_tinh-hinh-ANTT_MAT.docx".',
    '---------- Thư chuyển tiếp ----------\nTừ: Văn thư Phòng Tham mưu\nNgày: Thứ Hai, 8 tháng 6, 2026\n'
    'Chủ đề: Báo cáo tình hình tháng 5\n\nĐính kèm: BC_tinh-hinh-ANTT_MAT.docx (245 KB)\n\n'
    'Em gửi anh bản báo cáo tháng 5, anh xem giúp phần số liệu nhé.')
add('vi', 'block', [CM],
    'A Zalo file card with the level in square brackets opening the file name: "[MẬT] Báo cáo tổng hợp.pdf (2 MB)".',
    'Chị Hoa đã gửi một tệp:\n[MẬT] Báo cáo tổng hợp kết quả thanh tra quý II.pdf (2 MB)\n\n'
    'Chị Hoa: Em đọc rồi tóm tắt mấy ý chính giúp chị, chiều chị báo cáo lãnh đạo.')
add('vi', 'block', [CM, OD],
    'A meeting invitation that is itself secret: "Cuộc họp MẬT – đại biểu không mang điện thoại vào phòng họp".',
    'ỦY BAN NHÂN DÂN TỈNH\nSố: 45/GM-UBND\n\nGIẤY MỜI\nCuộc họp MẬT – đề nghị đại biểu không mang điện thoại di động, '
    'máy tính bảng vào phòng họp.\n\nNội dung: Triển khai phương án bảo đảm an ninh Đại hội.\nThời gian: 08 giờ 00 ngày '
    '15/7/2026.\nĐịa điểm: Phòng họp số 2, trụ sở UBND tỉnh.')
add('vi', 'block', [CM],
    'A slide-master footer line in a deck exported to text: "Chân trang (Slide Master): TÀI LIỆU MẬT – KHÔNG SAO CHỤP".',
    'Xuất dàn ý bản trình chiếu:\n[Bố cục trang chiếu chính] Chân trang: TÀI LIỆU MẬT – KHÔNG SAO CHỤP\n\n'
    'Trang 1. Kế hoạch diễn tập phòng thủ dân sự 2026\nTrang 2. Lực lượng tham gia: 3 đại đội dân quân, 1 trung đội '
    'công binh\nTrang 3. Các tình huống giả định\n\nViết lời dẫn cho từng trang giúp tôi.')
add('vi', 'block', [CM],
    'A Word comment export whose anchor is the stamp line ("MẬT[BT1]") and the comment body at the end.',
    'MẬT[BT1]\n\nBÁO CÁO NHANH\nVề vụ việc tụ tập đông người tại xã Tân Phú\n\nKhoảng 7 giờ sáng ngày 04/6, '
    'khoảng 60 hộ dân tập trung trước cổng công ty để phản đối việc xả thải. Lực lượng công an xã đã có mặt.\n\n'
    '[BT1]Chị kiểm tra lại số bản phát hành giúp em.')
add('vi', 'block', [CM, OD],
    'One spreadsheet row pasted without its header: number, document number, title, a level cell, the holder.',
    'Dòng này trong file theo dõi bị lỗi định dạng, sửa giúp em:\n\n'
    '12\t45/PA-CAT\tPhương án xử lý tình huống gây rối trật tự công cộng\tTối mật\tĐ/c Hùng giữ bản gốc', 'csv')
add('vi', 'block', [CM],
    'A Vietnamese company report closing with an English level and a Vietnamese restriction: "Confidential – Lưu hành nội bộ".',
    'BÁO CÁO KẾT QUẢ KINH DOANH 6 THÁNG ĐẦU NĂM\nDoanh thu thuần đạt 1.284 tỷ đồng, tăng 9% so với cùng kỳ; '
    'biên lợi nhuận gộp giảm còn 18,2% do giá nguyên liệu tăng. Kế hoạch mở 3 chi nhánh mới tại miền Trung.\n\n'
    'Confidential – Lưu hành nội bộ')
add('vi', 'block', [CM],
    'A stamp in a doubly quoted reply ("> > TỐI MẬT") inside a mail thread.',
    'Anh Dũng ơi, em trả lời bên dưới:\n\n> Ngày 3/6 chị Mai viết:\n> > TỐI MẬT\n> > Phương án tổ chức lực lượng '
    'bảo vệ đoàn khách quốc tế tại sân bay, bố trí 2 vòng kiểm soát.\n> Em xem lại phần phân công giúp chị.\n\n'
    'Em đã sửa xong phần phân công rồi ạ.')
add('vi', 'block', [CM, OD],
    'A stamp split by OCR over two lines at the top ("TUYỆT" then "MẬT") above the number line.',
    'TUYỆT\nMẬT\nBỘ TƯ LỆNH QUÂN KHU\nSố: 17/KH-BTL\n\nKẾ HOẠCH\nCơ động lực lượng trong tình huống khẩn cấp\n'
    'Lực lượng thường trực sẵn sàng cơ động trong 30 phút kể từ khi có lệnh.')
add('vi', 'block', [CM],
    'A reference-only note under the title of a bulletin: "(Tài liệu tham khảo nội bộ – không đăng tải lên mạng xã hội)".',
    'BẢN TIN THÔNG TIN NỘI BỘ SỐ 6\n(Tài liệu tham khảo nội bộ – không đăng tải lên mạng xã hội)\n\n'
    'Tình hình tư tưởng cán bộ, đảng viên trong tháng: nhìn chung ổn định; một số ý kiến băn khoăn về chủ trương '
    'sắp xếp đơn vị hành chính cấp xã.\n\nViết lại thành bài đăng ngắn giúp tôi.')
add('vi', 'warn', [OD],
    'Only the header and number of a provincial department\'s letter pasted into a mail body, no level.',
    'Chào anh, em dán phần đầu văn bản để anh xem đúng thể thức chưa:\n\nUBND TỈNH BẮC NINH\nSỞ NỘI VỤ\n'
    'Số: 312/SNV-TCBC\nV/v báo cáo số lượng viên chức năm 2026\n\nEm cảm ơn.')
add('vi', 'block', [CM],
    'A plan cited by number with its level in capitals in brackets and a ban on forwarding (the p21-0047 kind).',
    'Gửi cả nhóm Kế hoạch 27/KH-UBND (TỐI MẬT) về diễn tập ứng phó sự cố tràn dầu, các anh chị đọc trước buổi họp '
    'chiều nay, đề nghị không chuyển tiếp cho người ngoài tổ.')
add('vi', 'block', [CM],
    'The level fixed for the report in running text: "Báo cáo này được xác định độ Tối mật".',
    'Nhờ bạn rút gọn đoạn mở đầu sau:\n\nBáo cáo này được xác định độ Tối mật theo quyết định của Thủ trưởng đơn vị, '
    'gồm 12 trang, phát hành 05 bản. Nội dung đánh giá thực trạng lực lượng dự bị động viên của 4 huyện miền núi.')
add('vi', 'block', [CM],
    'The user says the pasted text is taken from a secret plan: "Đoạn dưới đây trích từ kế hoạch mật của đơn vị".',
    'Đoạn dưới đây trích từ kế hoạch mật của đơn vị, bạn tóm tắt giúp mình thành 3 ý:\n\n'
    'Từ ngày 10/8, tăng cường tuần tra khu vực cửa khẩu, mỗi ca 8 người, phối hợp với đồn biên phòng kiểm tra '
    'phương tiện vận chuyển hàng hóa qua lối mở.')
add('vi', 'pass', [],
    NEG + 'a law article defining the three levels, pasted for an explanation.',
    'Giải thích giúp tôi điều này: "Bí mật nhà nước được phân loại theo ba độ mật: Tuyệt mật, Tối mật và Mật. '
    'Người đứng đầu cơ quan, tổ chức có trách nhiệm xác định bí mật nhà nước và độ mật của bí mật nhà nước."')
add('vi', 'pass', [],
    NEG + 'a multiple-choice quiz on the colour of the level stamp.',
    'Câu 5. Dấu chỉ độ mật trên văn bản được đóng bằng mực màu gì?\nA. Màu xanh\nB. Màu đỏ\nC. Màu đen\nD. Màu tím\n'
    'Câu 6. Văn bản có độ Tối mật được phép sao, chụp khi nào?\nĐáp án đúng: B; câu 6 tự luận.')
add('vi', 'pass', [],
    NEG + 'news of a leak trial citing the plan\'s level in brackets.',
    'Theo cáo trạng, bị cáo đã chụp ảnh Kế hoạch 15/KH-BCĐ (Mật) rồi gửi qua mạng xã hội cho một đối tượng ở nước '
    'ngoài. Hội đồng xét xử tuyên phạt bị cáo 5 năm tù về tội cố ý làm lộ bí mật nhà nước.')
add('vi', 'pass', [],
    NEG + 'a scout camp game of "mật thư" with a title in capitals.',
    'TRẠI HÈ LIÊN ĐỘI 2026\nMẬT THƯ SỐ 3\nGiải mã theo khóa "chuồng bò", đáp án dẫn tới trạm 4 cạnh bờ hồ.\n'
    'Các đội nộp lời giải cho phụ trách trước 16 giờ.')
add('vi', 'pass', [],
    NEG + '"mật thiết", "mật khẩu" and "mật ong" in one everyday message.',
    'Hai phòng phối hợp mật thiết nên tiến độ tốt. Nhắc mọi người đổi mật khẩu máy chấm công trước thứ Sáu. '
    'Chị Lan mang mật ong rừng về, ai cần đăng ký nhé.')
add('vi', 'pass', [],
    NEG + 'an urgency mark alone in a chat, no document number and no level.',
    'Có công văn hỏa tốc từ tỉnh về việc phòng chống bão, mọi người kiểm tra hộp thư và có mặt lúc 14 giờ nhé. Khẩn!')
add('vi', 'pass', [],
    NEG + 'an e-office manual describing the level dropdown.',
    'Hướng dẫn sử dụng phần mềm quản lý văn bản – Mục 3.2\nTại trường "Độ mật", người dùng chọn một trong các giá trị: '
    'Thường, Mật, Tối mật, Tuyệt mật. Văn bản có độ mật khác "Thường" sẽ không hiển thị trên cổng thông tin.')
add('vi', 'pass', [],
    NEG + 'a question about what "lưu hành nội bộ" means for a newsletter under the press law.',
    'Cho mình hỏi: bản tin của hội cựu chiến binh phường in chữ lưu hành nội bộ thì có cần xin giấy phép xuất bản '
    'không? Theo Luật Báo chí thì loại ấn phẩm này được quy định thế nào?')

# ---------------------------------------------------------------- Vietnamese, without diacritics
add('vi', 'block', [CM],
    'No diacritics: the mail states the level of the text in running text, "Van ban nay thuoc do Mat".',
    'Gui anh Khoa,\nVan ban nay thuoc do Mat, de nghi anh khong chuyen tiep va khong in ra may in chung.\n'
    'Noi dung: phuong an bo tri luc luong bao ve hoi nghi xuc tien dau tu ngay 22/7, 3 vong kiem soat, '
    '40 can bo tham gia.')
add('vi', 'block', [CM],
    'No diacritics: a chat note that the text is secret and must not be photocopied, then the content.',
    'Tai lieu mat, de nghi dong chi khong photo, doc xong tra lai.\n\nDanh sach doi tuong can theo doi dot cao diem: '
    '14 nguoi, phan cong 3 to trinh sat, bao cao hang ngay truoc 17h.\n\nNho AI sap xep lai thanh bang.')
add('vi', 'block', [CM],
    'No diacritics: an attachment file name ending in the level, "KH_dien-tap_TOI-MAT.pdf".',
    'Dinh kem: KH_dien-tap_TOI-MAT.pdf (1,1 MB)\n\nAnh gui em ke hoach dien tap, em doc va lap bang phan cong cho '
    'cac to giup anh.')
add('vi', 'block', [CM],
    'No diacritics: a meeting notice "Cuoc hop MAT, khong mang dien thoai".',
    'THONG BAO\nCuoc hop MAT, khong mang dien thoai va thiet bi ghi am vao phong.\nThoi gian: 14h00 thu Tu, phong hop tang 3.\n'
    'Noi dung: danh gia tinh hinh an ninh noi bo quy II.')
add('vi', 'block', [CM],
    'No diacritics: a page footer with an English level and a Vietnamese restriction: "Confidential - Luu hanh noi bo - Trang 2".',
    'Ket qua khao sat muc do hai long cua khach hang: 82% hai long, 11% binh thuong, 7% khong hai long. '
    'Nguyen nhan chinh la thoi gian xu ly ho so.\n\nConfidential - Luu hanh noi bo - Trang 2')
add('vi', 'block', [CM],
    'No diacritics: the stamp split by OCR over two lines ("TOI" then "MAT") at the top of a scan.',
    'TOI\nMAT\n\nBAO CAO\nKet qua xac minh nguon tin ve hoat dong cua nhom doi tuong tai khu vuc cho dau moi\n'
    'Qua xac minh, nhom co 6 doi tuong, hoat dong chu yeu ban dem.\n\nSua loi chinh ta giup toi.')
add('vi', 'block', [CM],
    'No diacritics: a stamp quoted in a mail reply ("> MAT") above the quoted content.',
    'Em da nhan duoc, se hoan thien truoc thu Sau.\n\n> MAT\n> Ke hoach kiem tra dot xuat 5 co so luu tru hang '
    'hoa tai cang, to cong tac gom 7 nguoi.')
add('vi', 'block', [CM],
    'No diacritics: "Tai lieu khong pho bien" right under the title of a pasted guidance note.',
    'HUONG DAN TUYEN TRUYEN\nve cong tac bau cu dai bieu Hoi dong nhan dan cac cap\n(Tai lieu khong pho bien)\n\n'
    'Tap trung dinh huong du luan tren mang xa hoi, kip thoi phan bac thong tin sai lech.')
add('vi', 'block', [CM],
    'No diacritics: a spreadsheet row pasted without its header, the level as a cell.',
    'STT 7 | 112/BC-PA05 | Bao cao tinh hinh an ninh mang thang 5 | MAT | Doi 2 quan ly', 'md')
add('vi', 'block', [CM],
    'No diacritics: a level in brackets after a cited document number with a ban on sharing.',
    '[Chuyen tiep] Phuong an 08/PA-BCH (MAT) ve bao ve muc tieu, cac dong chi nghien cuu, khong chia se ra ngoai.')
add('vi', 'warn', [OD],
    'No diacritics: only the header and number of a district letter in a mail.',
    'Anh xem giup dau van ban nay:\n\nUBND HUYEN THANH OAI\nPHONG TAI NGUYEN VA MOI TRUONG\nSo: 88/TNMT-DD\n'
    'V/v ra soat ho so cap giay chung nhan quyen su dung dat\n\nCam on anh.')
add('vi', 'block', [CM],
    'No diacritics: the level stated in running text, "tai lieu nay duoc xac dinh do Toi mat".',
    'Luu y: tai lieu nay duoc xac dinh do Toi mat, chi nhung dong chi co ten trong danh sach moi duoc doc. '
    'Muc tieu: hoan thanh viec di doi kho vu khi truoc ngay 15/9.')
add('vi', 'pass', [],
    NEG + 'no diacritics: an attachment named after a floor plan ("MAT BANG" = mặt bằng).',
    'Dinh kem: MAT BANG TANG 2 - NHA DIEU HANH.pdf (3 MB)\n\nAnh gui ban ve mat bang tang 2, em tinh giup dien '
    'tich cac phong lam viec.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a honey price list file in an attachment line.',
    'File dinh kem: Bang-gia-MAT-ONG-thang-6.xlsx\nMat ong hoa cafe 250k/lit, mat ong rung 420k/lit. Khach si lien he '
    'shop de co gia tot.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a training handout listing the levels and the stamp colour.',
    'Bai 2: Cac do mat cua bi mat nha nuoc gom Tuyet mat, Toi mat va Mat. Dau chi do mat dong bang muc do; '
    'van ban mat phai vao so theo doi rieng.')
add('vi', 'pass', [],
    NEG + 'no diacritics: news of an officer prosecuted for leaking "tai lieu mat".',
    'Mot can bo xa bi khoi to vi lam lo tai lieu mat ve quy hoach su dung dat; co quan dieu tra dang lam ro '
    'dong co va nhung nguoi lien quan.')
add('vi', 'pass', [],
    NEG + 'no diacritics: "mat khau", "mat do" and "bi mat" in a chat.',
    'Mat khau wifi phong hop da doi, ai can thi hoi chi Ngoc. Mat do nguoi trong hoi truong hom qua qua dong, '
    'lan sau to chuc 2 ca. Bi mat cua thanh cong la chuan bi ky.')
add('vi', 'pass', [],
    NEG + 'no diacritics: an urgency mark alone on a chat line.',
    'HOA TOC\nCac don vi bao cao so lieu thiet hai do mua lu ve van phong truoc 16h hom nay.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a Vietnamese film title with "tuyet mat" in a weekend plan.',
    'Cuoi tuan nay di xem phim "Chuyen an tuyet mat" o rap Quoc gia khong? Ve 90k, suat 19h30.')

# ---------------------------------------------------------------- Czech
add('cs', 'block', [CM],
    'A Czech level in a tab-separated table cell pasted from a register, with a header row.',
    'Číslo jednací\tVěc\tStupeň utajení\tZpracovatel\nMO-4417/2026\tPlán cvičení záloh\tVyhrazené\tkpt. Novák\n'
    'MO-4418/2026\tRozpis služeb\tneutajované\tppor. Malá\n\nSeřaď to prosím podle data.', 'csv')
add('cs', 'block', [CM],
    'A Czech level under a letterhead line: "MINISTERSTVO VNITRA" then "DŮVĚRNÉ" then the department.',
    'MINISTERSTVO VNITRA\nDŮVĚRNÉ\nOdbor bezpečnostní politiky\n\nInformace pro poradu vedení\n'
    'V souvislosti s konáním summitu bude posílena ochrana objektů o 120 policistů. Přepiš to do odrážek.')
add('cs', 'block', [CM],
    'A Czech footer with the generic "UTAJENÉ" and page numbers: "UTAJENÉ – strana 2/6".',
    'Součástí opatření je přesun techniky do záložního objektu do 30. 9. a prověrka spojení mezi stanovišti.\n\n'
    'UTAJENÉ – strana 2/6')
add('cs', 'block', [CM],
    'Czech running text stating the level of the mail itself: "Tento e-mail a jeho příloha jsou klasifikovány stupněm Vyhrazené".',
    'Dobrý den,\ntento e-mail a jeho příloha jsou klasifikovány stupněm Vyhrazené, nepřeposílejte je mimo útvar.\n'
    'V příloze posílám harmonogram přesunu jednotky na cvičiště Libavá.\nS pozdravem\nJ. Král')
add('cs', 'block', [CM],
    'A Czech attachment line with the level in the file name: "Plan_cviceni_VYHRAZENE.pdf".',
    'Příloha: Plan_cviceni_VYHRAZENE.pdf (1,2 MB)\n\nAhoj, shrň mi prosím hlavní body přílohy do pěti vět.')
add('cs', 'block', [CM],
    'A Czech meeting invitation stating the meeting is classified "Důvěrné" and phones stay outside.',
    'Pozvánka na jednání bezpečnostní rady kraje\nJednání je utajované, stupeň Důvěrné – mobilní telefony '
    'odevzdejte u vstupu.\nTermín: 14. 7. 2026, 9:00, zasedací místnost 204.\nProgram: vyhodnocení povodňových opatření.')
add('cs', 'block', [CM],
    'Czech OCR splitting "PŘÍSNĚ TAJNÉ" over two lines at the top of a scan.',
    'PŘÍSNĚ\nTAJNÉ\n\nZpráva o výsledcích operativního šetření\nBylo zjištěno, že skupina působí ve třech krajích. '
    'Oprav prosím překlepy z OCR.')
add('cs', 'block', [CM],
    'A Czech level in a quoted reply line ("> VYHRAZENÉ") above quoted content.',
    'Díky, doplním to zítra.\n\n> VYHRAZENÉ\n> Seznam objektů zařazených do režimu zvýšené ostrahy: 6 objektů, '
    'nástup stráže v 6:00.\n> Pošli mi připomínky do pátku.')
add('cs', 'block', [CM],
    'Czech slide-master footer in a deck exported to text: "Zápatí předlohy: Vyhrazené | Odbor IT".',
    'Export osnovy prezentace\nZápatí předlohy: Vyhrazené | Odbor IT\n\nSnímek 1: Migrace serverů\nSnímek 2: '
    'Časový plán\nSnímek 3: Rizika\n\nNapiš mi poznámky řečníka ke každému snímku.')
add('cs', 'pass', [],
    NEG + 'a mail about the municipal secretary ("tajemník") and a meeting.',
    'Dobrý den, pan tajemník obecního úřadu svolává poradu vedoucích odborů na úterý 10:00. '
    'Tajemnice odboru školství omlouvá neúčast.')
add('cs', 'pass', [],
    NEG + 'a book blurb with "utajený" in fiction.',
    'Utajený svědek se v románu objeví až ve třetí kapitole; autorka pak rozplétá tajné spojení mezi starostou '
    'a místní mafií. Napiš krátkou recenzi.')
add('cs', 'pass', [],
    NEG + 'the law listing the four Czech levels.',
    'Podle § 4 zákona č. 412/2005 Sb. se utajovaná informace klasifikuje stupněm Přísně tajné, Tajné, Důvěrné '
    'nebo Vyhrazené. Vysvětli rozdíl mezi nimi.')
add('cs', 'pass', [],
    NEG + 'a "VYHRAZENÉ PARKOVÁNÍ" sign text in capitals.',
    'Text na ceduli u vjezdu:\nVYHRAZENÉ PARKOVÁNÍ\npouze pro zaměstnance, po–pá 7–17\n\nPřelož to do angličtiny.')
add('cs', 'pass', [],
    NEG + 'a company GDPR policy saying personal data are treated as confidential ("důvěrné").',
    'Osobní údaje zákazníků považujeme za důvěrné a zpracováváme je pouze v rozsahu nezbytném pro plnění smlouvy. '
    'Více v zásadách ochrany osobních údajů.')
add('cs', 'pass', [],
    NEG + 'a Czech news item about a trial for leaking a "Tajné" document.',
    'Soud potrestal bývalého úředníka za vynesení dokumentu označeného stupněm Tajné; podle obžaloby jej předal '
    'novináři. Rozsudek není pravomocný.')

# ---------------------------------------------------------------- English
add('en', 'block', [CM],
    'Running text stating the memo\'s own level: "this memo is classified SECRET".',
    'Team,\nPlease note this memo is classified SECRET and must not leave the secure room. The convoy will move '
    'on 14 July at 0400 via route B; two escort vehicles are assigned.\nRegards, Ops')
add('en', 'block', [CM],
    'A staff notice headed "RESTRICTED – Staff only".',
    'RESTRICTED – Staff only\n\nRevised evacuation assembly points for Building C from 1 August; wardens to brief '
    'their floors by Friday. Can you turn this into a short poster text?')
add('en', 'block', [CM],
    'UK handling caveat in title case as the first line: "Official-Sensitive: Personal".',
    'Official-Sensitive: Personal\n\nCase review – employee grievance 2026/14\nThe panel found the complaint partly '
    'upheld and recommends mediation. Summarise the findings in three bullets.')
add('en', 'block', [CM],
    'UK level and caveat in title case: "Secret – UK Eyes Only" on the first line.',
    'Secret – UK Eyes Only\n\nAssessment of the northern supply route: capacity reduced by 40 % after the bridge '
    'closure; alternatives under review. Rewrite the conclusion more concisely.')
add('en', 'block', [CM],
    'UK level and caveat in lower case as the last line of a pasted note.',
    'Liaison officers will rotate every six weeks; the next handover is scheduled for 3 September at the embassy.\n\n'
    'secret - uk eyes only')
add('en', 'block', [CM],
    'An attachment line whose file name carries the corporate level: "Q3_forecast_CONFIDENTIAL.xlsx".',
    'Attachment: Q3_forecast_CONFIDENTIAL.xlsx (88 KB)\n\nHi, can you check whether the growth assumptions in the '
    'attached forecast look reasonable?')
add('en', 'block', [CM],
    'A meeting invitation that is itself classified: "This meeting is classified SECRET. Do not bring phones."',
    'Subject: Planning session – Operation Harbour\nWhen: Tue 09:00–11:00\nWhere: Room 4.12\n\n'
    'This meeting is classified SECRET. Do not bring phones or smart watches into the room.')
add('en', 'block', [CM],
    'OCR splitting "TOP SECRET" over two lines at the top of a scanned page.',
    'TOP\nSECRET\n\nSUBJECT: Force posture review\n1. Two squadrons will redeploy to the forward base by Q4.\n'
    'Please fix the OCR errors in this page.')
add('en', 'block', [CM],
    'A Word comment export whose anchor is the banner line: "SECRET//NOFORN[JD1]".',
    'SECRET//NOFORN[JD1]\n\nThe source reports increased activity at the northern port.\n\n'
    '[JD1]Check the banner matches the highest portion mark.')
add('en', 'block', [CM],
    'A stamp in a doubly quoted e-mail reply ("> > CONFIDENTIAL").',
    'Agreed, let\'s discuss Monday.\n\n> On 2 June, Priya wrote:\n> > CONFIDENTIAL\n> > Board shortlist for the '
    'CFO role: three candidates, interviews in week 27.\n> Thoughts?')
add('en', 'pass', [],
    NEG + 'a company e-mail disclaimer saying the message is confidential.',
    'Thanks, see you at the workshop.\n\n--\nThis e-mail and any attachments are confidential and intended solely '
    'for the addressee. If you have received it in error, please notify the sender and delete it.')
add('en', 'pass', [],
    NEG + '"Top Secret" as a product brand in a shopping list.',
    'Shopping list: Top Secret hair spray (2 cans), dish soap, batteries. Also check if the Top Secret Recipes '
    'book is back in stock.')
add('en', 'pass', [],
    NEG + 'level words in code deciding which banner to show.',
    'Why does this not show the banner?\n\n```js\nconst LEVELS = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET"];\n'
    'if (doc.level === "SECRET") {\n  showBanner(doc.level);\n}\n```', 'md')
add('en', 'pass', [],
    NEG + 'news that leaked files were marked TOP SECRET.',
    'The court heard that the leaked files were marked TOP SECRET and had been photographed on a personal phone. '
    'Sentencing is expected next month.')
add('en', 'pass', [],
    NEG + 'a "Restricted area" sign text.',
    'Sign text for the lab door:\nRestricted area – authorised personnel only\nPlease suggest a friendlier wording.')
add('en', 'pass', [],
    NEG + 'training text listing the UK classification tiers.',
    'The UK Government Security Classifications Policy has three tiers: OFFICIAL, SECRET and TOP SECRET. '
    'Explain when OFFICIAL-SENSITIVE is used.')
add('en', 'pass', [],
    NEG + 'a Secret Santa invitation.',
    'Secret Santa this year: £15 limit, names drawn on Friday. Keep your match secret until the party on 19 Dec!')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', [CM],
    'An English request around a Vietnamese file card: "[TỐI MẬT] Phuong an bao ve.docx".',
    'Can you translate the attached plan into English?\n\nFile: [TỐI MẬT] Phuong an bao ve su kien.docx (640 KB)\n'
    'Nội dung chính: bố trí lực lượng 2 vòng, kiểm tra an ninh từ 6 giờ sáng.')
add('mixed', 'warn', [OD],
    'English translation of a Vietnamese letter header and number, no level.',
    'Please check my translation of this header:\n\nPEOPLE\'S COMMITTEE OF DONG NAI PROVINCE\nDEPARTMENT OF '
    'TRANSPORT\nNo.: 1204/SGTVT-QLCL\nRe: inspection of road maintenance contracts\n\nDoes "Re:" fit for "V/v"?')
add('mixed', 'block', [CM],
    'A Czech mail stating in English that its attachment is classified: "attachment classified RESTRICTED".',
    'Ahoj Petře,\nposílám podklady od partnerů z NATO. Note: the attachment is classified NATO RESTRICTED, '
    'do not upload it anywhere.\nDíky, Eva')
add('mixed', 'block', [CM],
    'A Vietnamese chat with an English level note about the pasted text: "this is classified, không gửi ra ngoài".',
    'Anh gửi đoạn này, this is classified CONFIDENTIAL, không gửi ra ngoài nhé:\nDự kiến cắt giảm 15% nhân sự '
    'khối văn phòng từ quý IV, danh sách sẽ chốt vào tuần sau.')
add('mixed', 'pass', [],
    NEG + 'a bilingual glossary question on the names of the levels.',
    'How do you translate "Tối mật" and "Tuyệt mật" into English? Is "Mật" closer to Confidential or Secret?')
add('mixed', 'pass', [],
    NEG + 'a Vietnamese mail with an English company confidentiality disclaimer.',
    'Chào chị, em gửi lại lịch team building tháng 8.\n\n--\nCONFIDENTIALITY NOTICE: This message may contain '
    'confidential information intended only for the named recipient.')
add('mixed', 'pass', [],
    NEG + 'a Czech question about the English word "classified" in job ads.',
    'Co znamená v inzerátu "ability to obtain a SECRET clearance"? Je to totéž jako prověrka na stupeň Tajné?')

# ================================================================ batch 2 (written blind after batch 1's fixes)
add('vi', 'block', [CM],
    'A Teams note saying the pasted text is a secret document: "Đây là tài liệu Mật, chỉ dùng trong phòng".',
    'Đây là tài liệu Mật, chỉ dùng trong phòng, mọi người đừng đưa lên các công cụ trực tuyến.\n\n'
    'Dự kiến điều động 6 cán bộ sang Đội Cảnh sát kinh tế từ ngày 01/10; danh sách kèm theo.')
add('vi', 'block', [CM],
    'A classification label other than "Độ mật": "Phân loại: MẬT" under the title of a note.',
    'GHI CHÚ NGHIỆP VỤ\nPhân loại: MẬT\n\nTrao đổi với đối tác về phương án tiếp nhận công dân hồi hương qua cửa khẩu '
    'Mộc Bài, dự kiến 3 đợt, mỗi đợt 200 người.')
add('vi', 'block', [CM],
    'A title line ending with the level after a dash: "BÁO CÁO TÌNH HÌNH AN NINH NÔNG THÔN – MẬT".',
    'BÁO CÁO TÌNH HÌNH AN NINH NÔNG THÔN – MẬT\n\nTrong quý, phát sinh 4 vụ tranh chấp đất đai kéo dài, '
    '1 vụ tụ tập khiếu kiện đông người. Viết lại đoạn này mạch lạc hơn.')
add('vi', 'block', [CM],
    'The signature box of an electronic state-secret document: "Văn bản điện tử bí mật nhà nước – Độ mật: Tối mật".',
    'Kết luận: giao Phòng Tham mưu hoàn thiện phương án trước ngày 20/9.\n\n'
    'Văn bản điện tử bí mật nhà nước – Độ mật: Tối mật\nKý số bởi: Văn phòng Công an tỉnh')
add('vi', 'pass', [],
    NEG + 'a lecture file name on protecting secrets ("BI-MAT" = bí mật in a file name).',
    'Đính kèm: Bai-giang-bao-ve-BI-MAT.pptx (4 MB)\n\nNhờ bạn làm 10 câu hỏi trắc nghiệm từ bài giảng này.')
add('vi', 'pass', [],
    NEG + 'a register row whose level cell is "Thường" and an urgency cell.',
    '15\t221/UBND-KT\tV/v báo cáo giải ngân vốn đầu tư công\tThường\tHỏa tốc\n\nCột cuối là mức độ khẩn, đúng không?', 'csv')
add('vi', 'pass', [],
    NEG + 'a novel excerpt with a secret meeting in lower case.',
    'Đêm ấy, trong căn nhà gỗ ven sông, cuộc họp mật của nhóm nghĩa quân kéo dài đến sáng. Ông Tư dặn mọi người '
    'không được tiết lộ nửa lời. Phân tích nhân vật ông Tư giúp tôi.')
add('vi', 'block', [CM],
    'No diacritics: "Day la tai lieu MAT" opening a chat, then the content.',
    'Day la tai lieu MAT cua phong, chi doc tai cho.\nSo luong can bo du kien luan chuyen: 11 nguoi, trong do 3 '
    'lanh dao doi.')
add('vi', 'block', [CM],
    'No diacritics: "Phan loai: TOI MAT" label in a pasted report head.',
    'BAO CAO NHANH\nPhan loai: TOI MAT\n\nLuc 22h ngay 5/9 phat hien 2 thuyen la neo dau gan dao, da cu luc luong '
    'theo doi. Tom tat giup toi.')
add('vi', 'block', [CM],
    'No diacritics: a title line ending with the level after a dash.',
    'KE HOACH DAM BAO AN NINH LE HOI DEN HUNG - TOI MAT\n\nBo tri 4 vong bao ve, 320 can bo chien si tham gia.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a shop\'s honey product line with a dash.',
    'SAN PHAM MOI - MAT ONG HOA NHAN\nChai 500ml gia 180k, mien phi giao hang noi thanh.')
add('vi', 'warn', [OD],
    'No diacritics: the header and number of a party committee notice in a chat.',
    'Chi ban nho in giup thong bao nay:\nDANG UY XA AN PHU\nSo 14-TB/DU\nTHONG BAO\nve lich sinh hoat chi bo thang 10')

add('cs', 'block', [CM],
    'Czech: "Dokument je veden v režimu utajení Vyhrazené" in a covering note.',
    'Dobrý den,\nposílám podklady k poradě. Dokument je veden v režimu utajení Vyhrazené, proto jej prosím '
    'neukládejte na sdílený disk.\nHarmonogram: 12. 10. příjezd, 13. 10. prohlídka objektu.')
add('cs', 'block', [CM],
    'Czech: "Tento materiál podléhá utajení (Důvěrné)" under a title.',
    'Návrh rozmístění hlídek\nTento materiál podléhá utajení (Důvěrné).\n\nHlídky budou rozmístěny u tří vstupů, '
    'střídání po 6 hodinách.')
add('cs', 'pass', [],
    NEG + 'a public meeting notice mentioning a secret ballot.',
    'Zasedání zastupitelstva je veřejné. Tajné hlasování o volbě starosty proběhne v bodě 4 programu.')
add('cs', 'pass', [],
    NEG + 'a Czech question about what "Vyhrazené" means in the law.',
    'Co přesně znamená stupeň Vyhrazené podle zákona o ochraně utajovaných informací a kdo ho může přidělit?')
add('cs', 'warn', [OD],
    'Czech letter header with a reference number and the addressee, no level.',
    'MINISTERSTVO ZEMĚDĚLSTVÍ\nOdbor lesního hospodářství\nČ. j.: MZE-44120/2026-16212\n\nVážený pane starosto,\n'
    'k Vaší žádosti sdělujeme, že dotace bude vyplacena v listopadu.')

add('en', 'block', [CM],
    'UK "Protective marking: RESTRICTED" label above the text.',
    'Protective marking: RESTRICTED\n\nDuty rota for the ports team, weeks 40–42; two officers on call each night. '
    'Please reformat as a table.')
add('en', 'block', [CM],
    'A threat-intel mail carrying a TLP label in lower case: "tlp:amber+strict".',
    'hi all,\nsharing the IOC list from the partner CERT, tlp:amber+strict\n\n185 domains, 14 hashes, mostly '
    'phishing kits aimed at regional banks. can you group them by campaign?')
add('en', 'pass', [],
    NEG + 'the classified-ads section of a newspaper.',
    'The classified section of the Sunday paper lists 40 flats for rent this week. Summarise the cheapest three.')
add('en', 'pass', [],
    NEG + 'a quiz question about a caveat.',
    'Q4: Is "OFFICIAL-SENSITIVE: PERSONAL" a classification tier? A) yes B) no – it is a handling caveat. '
    'Explain the answer.')
add('en', 'pass', [],
    NEG + 'a TV show titled "Confidential Informant".',
    'Watching Confidential Informant tonight, season 2 episode 4 – no spoilers please!')
add('en', 'warn', [OD],
    'English translation of a Czech ministry letter header and reference number.',
    'Ministry of Agriculture\nForestry Department\nRef. No.: MZE-44120/2026-16212\n\nDear Mayor,\n'
    'with reference to your application, the grant will be paid in November.')

add('mixed', 'block', [CM],
    'A Vietnamese request around an English protective marking line.',
    'Dịch giúp tôi đoạn sau sang tiếng Việt:\n\nProtective Marking: OFFICIAL-SENSITIVE\nThe two delegations will '
    'meet in Hanoi on 14 October to discuss the port concession.')
add('mixed', 'block', [CM],
    'A Czech chat with a Vietnamese file card carrying the level in brackets.',
    'Ahoj, kolega z Hanoje poslal tohle, můžeš to přeložit?\n[TỐI MẬT] Kế hoạch phối hợp.docx (300 KB)\n'
    'Nội dung: lịch làm việc của đoàn từ 12 đến 15/10.')
add('mixed', 'pass', [],
    NEG + 'an English question about the Vietnamese lecture "Bảo vệ bí mật nhà nước".',
    'What does "Bảo vệ bí mật nhà nước" mean? It is the title of a training course I have to take next week.')

# ================================================================ batch 3 (written blind after batch 2's fixes)
add('vi', 'block', [CM],
    'A pinned Zalo message saying the meeting papers are secret in capitals: "Tài liệu họp chiều nay là MẬT".',
    '📌 Tin ghim: Tài liệu họp chiều nay là MẬT, không chụp màn hình, không mang ra khỏi phòng.\n\n'
    'Nội dung: phương án sắp xếp lại 5 đội nghiệp vụ, giảm 12 biên chế.')
add('vi', 'block', [CM],
    'A mail header field "Mức độ: Mật" above the message body.',
    'Người gửi: Văn phòng Sở\nMức độ: Mật\nTiêu đề: Danh sách cán bộ dự kiến điều động\n\n'
    'Gửi các đồng chí trưởng phòng danh sách 8 cán bộ dự kiến điều động về cơ sở từ tháng 11.')
add('vi', 'block', [CM],
    'A cited plan with its level in title case in brackets and a ban on forwarding in the same sentence.',
    'Gửi anh KH 12/KH-CAH (Mật) về tuần tra dịp lễ, anh đừng chuyển cho ai ngoài tổ nhé.')
add('vi', 'block', [CM],
    'A chat note: "tài liệu này thuộc diện MẬT", then the content.',
    'FYI tài liệu này thuộc diện MẬT nên mọi người đọc xong xóa giúp.\nTổng hợp: 3 vụ việc phức tạp tại khu tái '
    'định cư, đề xuất tăng cường lực lượng từ 15/10.')
add('vi', 'pass', [],
    NEG + 'a quiz question with the level in capitals.',
    'Câu hỏi ôn tập: Tài liệu MẬT gồm những loại nào và ai có thẩm quyền xác định độ mật?')
add('vi', 'pass', [],
    NEG + 'a news headline in capitals about a secret document found in a taxi.',
    'PHÁT HIỆN TÀI LIỆU MẬT BỊ BỎ QUÊN TRÊN TAXI\nTài xế đã giao nộp cho công an phường ngay trong đêm. '
    'Viết lại tin này thành 3 câu.')
add('vi', 'pass', [],
    NEG + 'a compressed file protected by a password ("mật khẩu").',
    'File nén có đặt mật khẩu, em gửi mật khẩu qua tin nhắn riêng nhé. Trong file là ảnh hội thao của phòng.')
add('vi', 'block', [CM],
    'No diacritics: "Muc do: Toi mat" as a mail header field.',
    'Nguoi gui: Phong Tham muu\nMuc do: Toi mat\nTieu de: Ke hoach tiep nhan doan cong tac\n\nDoan gom 7 nguoi, '
    'lam viec 2 ngay tai don vi.')
add('vi', 'block', [CM],
    'No diacritics: "tai lieu nay thuoc dien MAT" in a chat, then the content.',
    'tai lieu nay thuoc dien MAT, doc xong xoa giup anh\nDanh sach 5 diem chot kiem soat dip Tet va so can bo tung chot.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a lower-case attachment named after the law on protecting state secrets.',
    'Dinh kem: Quy-che-bao-ve-bi-mat-nha-nuoc.pdf\nNho ban tom tat cac dieu khoan ve sao chup tai lieu.')

add('cs', 'block', [CM],
    'Czech minutes head stating the meeting was classified in brackets: "Zápis z jednání (utajované, stupeň Vyhrazené)".',
    'Zápis z jednání (utajované, stupeň Vyhrazené)\nPřítomni: 6 členů krizového štábu\n1. Stav zásob pohonných hmot: '
    'na 9 dní.\nUprav prosím formátování.')
add('cs', 'block', [CM],
    'Czech label "Klasifikace dokumentu: VYHRAZENÉ" above the text.',
    'Klasifikace dokumentu: VYHRAZENÉ\n\nRozpis služeb operačního střediska na listopad, noční směny po dvou.')
add('cs', 'pass', [],
    NEG + 'a TV magazine title "DŮVĚRNÉ ROZHOVORY".',
    'DŮVĚRNÉ ROZHOVORY\nTento týden s herečkou o jejím návratu na jeviště. Napiš k tomu krátkou anotaci.')
add('cs', 'pass', [],
    NEG + 'a self-help title with "tajemství".',
    'Kniha Tajemství úspěchu – 10 návyků šťastných lidí. Shrň mi každou kapitolu jednou větou.')

add('en', 'block', [CM],
    'A Slack note: "this doc is TOP SECRET, don\'t paste it anywhere" then the content.',
    'heads up this doc is TOP SECRET, don\'t paste it anywhere\nPhase 2: the task force relocates to the northern '
    'site by 1 Nov; comms go dark for 48 h.')
add('en', 'block', [CM],
    'A handover note with "Classification level: Restricted" in title case.',
    'Handover note – night shift\nClassification level: Restricted\n\nTwo vehicles remain at the checkpoint; '
    'the access list was updated at 02:00.')
add('en', 'pass', [],
    NEG + 'a YAML flag named "confidential" set to false.',
    'Why does the form still show the lock icon?\n\n```yaml\nform:\n  confidential: false\n  retention_days: 30\n```', 'md')
add('en', 'pass', [],
    NEG + 'a novel title with "Secret".',
    'Summarise chapter 3 of Agatha Christie\'s "The Secret Adversary" for my book club.')
add('en', 'warn', [OD],
    'English translation of a Vietnamese decision number and issuing body, no level.',
    'Translation check:\nDecision No. 1520/QD-UBND of the People\'s Committee of Lam Dong Province\nArticle 1. To approve '
    'the list of 14 public investment projects for 2027.')

add('mixed', 'block', [CM],
    'A Vietnamese chat with an English note that the pasted text is restricted: "pls đừng share, it\'s RESTRICTED".',
    'Anh gửi bản nháp, pls đừng share, it\'s RESTRICTED\nDự kiến đóng cửa văn phòng đại diện tại Đà Nẵng từ quý I.')
add('mixed', 'pass', [],
    NEG + 'a Vietnamese question on the meaning of "Official-Sensitive".',
    'Official-Sensitive trong hệ thống phân loại của Anh nghĩa là gì, có tương đương độ Mật của mình không?')

# ================================================================ batch 4 (written blind after batch 3's fixes)
add('vi', 'block', [CM],
    'A subject field with the level in title case in brackets: "Tiêu đề: [Mật] Kế hoạch …".',
    'Từ: Phòng Tổ chức\nTiêu đề: [Mật] Kế hoạch kiện toàn nhân sự quý IV\n\nGửi các đồng chí dự thảo phân công, '
    'đề nghị góp ý trước thứ Năm.')
add('vi', 'block', [CM],
    'The user says the original carries the stamp and this is a retyped copy: "Bản gốc đã đóng dấu TỐI MẬT".',
    'Bản gốc đã đóng dấu TỐI MẬT, đây là bản em đánh máy lại để anh sửa câu chữ:\n\nTổ công tác gồm 5 đồng chí, '
    'xác minh tại 3 địa bàn trong tháng 11.')
add('vi', 'block', [CM],
    'A chat export whose group name carries the level: "Nhóm: BAN CHỈ ĐẠO 35 (MẬT)".',
    'Nhóm: BAN CHỈ ĐẠO 35 (MẬT)\n[08:02] Chị Thu: Danh sách tài khoản cần theo dõi tuần này: 18 trang, 4 nhóm kín.\n'
    '[08:05] Anh Nam: Đã nhận.')
add('vi', 'pass', [],
    NEG + 'a film title "Biệt đội MẬT VỤ" in capitals.',
    'Cuối tuần chiếu phim BIỆT ĐỘI MẬT VỤ lúc 20 giờ tại nhà văn hóa, mời cả nhà đi xem.')
add('vi', 'pass', [],
    NEG + 'a history question about the secret police ("cơ quan mật vụ").',
    'Cơ quan mật vụ của chế độ cũ hoạt động thế nào trong giai đoạn 1955–1963? Tóm tắt giúp tôi.')
add('vi', 'block', [CM],
    'No diacritics: "Ban goc da dong dau TOI MAT, day la ban danh may lai".',
    'Ban goc da dong dau TOI MAT, day la ban danh may lai:\nLuc luong phoi hop gom 2 to, trien khai tu 5/11.')
add('vi', 'block', [CM],
    'No diacritics: a chat export with the group name "BCD 35 (MAT)".',
    'Nhom: BCD 35 (MAT)\n[21:10] Hai: Gui cac anh danh sach 6 doi tuong can xac minh.\n[21:12] Long: Ok.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a spa price list "GOI MAT XA".',
    'BANG GIA DICH VU\nGOI MAT XA 60 PHUT - 250K\nGOI MAT XA 90 PHUT - 350K\nDat lich truoc 1 ngay.')

add('cs', 'block', [CM],
    'Czech: "Obsah této zprávy je utajovanou informací stupně Vyhrazené".',
    'Obsah této zprávy je utajovanou informací stupně Vyhrazené.\n\nPřesun jednotky proběhne 4. 11. v noci, '
    'trasa přes Olomouc.')
add('cs', 'block', [CM],
    'Czech chat with a feminine level in capitals: "pozor, příloha je VYHRAZENÁ".',
    'pozor, příloha je VYHRAZENÁ, nikam ji nepřeposílej\nV příloze je rozpis hlídek na listopad.')
add('cs', 'pass', [],
    NEG + 'a novel blurb with "důvěrná známost" and "tajná láska".',
    'Jejich důvěrná známost začala na plese; tajná láska pak přežila válku. Napiš k románu anotaci.')

add('en', 'block', [CM],
    'A chat note calling the pasted annex SECRET: "pasting the SECRET annex below, keep it in this channel".',
    'pasting the SECRET annex below, keep it in this channel\nAnnex B: fallback frequencies and the relay schedule '
    'for the exercise week.')
add('en', 'block', [CM],
    'A mail field "Caveat: UK EYES ONLY" under the subject.',
    'Subject: Liaison schedule\nCaveat: UK EYES ONLY\n\nThe next rotation starts on 3 November at the embassy.')
add('en', 'pass', [],
    NEG + 'news mentioning the Secret Service and the Official Secrets Act.',
    'Secret Service agents closed the street before the visit. Separately, a clerk was charged under the Official '
    'Secrets Act 1989.')
add('en', 'pass', [],
    NEG + 'a game design note with a level named "Top Secret Lab".',
    'Level 7 "Top Secret Lab" needs more checkpoints; players quit after the laser room. Suggest two fixes.')

add('mixed', 'pass', [],
    NEG + 'a Czech article listing the Vietnamese levels.',
    'Vietnam rozlišuje tři stupně utajení: Tuyệt mật, Tối mật a Mật. Přelož to do angličtiny.')
add('mixed', 'block', [CM],
    'An English request around a Vietnamese subject line with "[TỐI MẬT]" in a pasted mail.',
    'Please translate this e-mail:\n\nTiêu đề: [TỐI MẬT] Phương án tiếp đón đoàn\nĐoàn 9 người, đón tại sân bay lúc 14 giờ.')

# ================================================================ batch 5 (written blind after batch 4's fixes)
add('vi', 'block', [CM],
    'The stamp inside an HTML element of an e-office page: <div class="dau-mat">TỐI MẬT</div>.',
    'Trang văn bản trên hệ thống bị lỗi hiển thị, sửa giúp mã HTML:\n\n<div class="header">\n  <div class="dau-mat">TỐI MẬT</div>\n'
    '  <h1>Phương án bảo vệ mục tiêu trọng điểm</h1>\n</div>', 'md')
add('vi', 'block', [CM],
    'A handbook cover restricting it to the force: "Tài liệu dùng trong ngành Công an, không phổ biến ra ngoài".',
    'SỔ TAY NGHIỆP VỤ TRINH SÁT\nTài liệu dùng trong ngành Công an, không phổ biến ra ngoài\n\nChương 1. Nguyên tắc '
    'xây dựng cơ sở bí mật. Tóm tắt chương này giúp tôi.')
add('vi', 'block', [CM],
    'A "do not post online" limit in capitals in brackets under a title: "(KHÔNG ĐƯA LÊN MẠNG)".',
    'ĐỊNH HƯỚNG THÔNG TIN TUẦN 42\n(KHÔNG ĐƯA LÊN MẠNG)\n\n1. Chủ động đăng tải thông tin tích cực về dự án cao tốc.\n'
    '2. Không bình luận về vụ việc tại xã Phước Hòa.')
add('vi', 'pass', [],
    NEG + 'a teacher\'s guide "tài liệu dùng cho giáo viên" (public).',
    'SÁCH GIÁO VIÊN TOÁN 6\nTài liệu dùng cho giáo viên, phát hành rộng rãi tại các nhà sách.\nSoạn giúp tôi giáo án bài 3.')
add('vi', 'block', [CM],
    'No diacritics: the stamp inside an HTML span of an exported page.',
    'Sua giup doan HTML nay:\n<span class="do-mat">MAT</span>\n<p>Ke hoach kiem tra 5 co so luu tru vu khi, vat lieu no.</p>', 'md')
add('vi', 'block', [CM],
    'No diacritics: "(KHONG DUA LEN MANG)" under the title of a guidance note.',
    'DINH HUONG TUYEN TRUYEN THANG 11\n(KHONG DUA LEN MANG)\n\nTap trung phan bac thong tin sai ve chinh sach thu hoi dat.')
add('vi', 'pass', [],
    NEG + 'no diacritics: a parenting tip not to post children\'s photos online.',
    'Loi khuyen: khong dua len mang hinh anh tre em kem dia chi truong hoc. Chia se bai nay cho cac phu huynh.')

add('cs', 'block', [CM],
    'Czech header line "Pouze pro služební potřebu" above an internal instruction.',
    'POUZE PRO SLUŽEBNÍ POTŘEBU\n\nPokyn ředitele k zajištění ostrahy objektu během voleb: posílení o 4 strážné, '
    'kontrola vstupů po hodině.')
add('cs', 'block', [CM],
    'Czech attachment heading with the level in brackets: "Utajovaná příloha č. 2 (stupeň Důvěrné)".',
    'Utajovaná příloha č. 2 (stupeň Důvěrné)\nSeznam kontaktních osob na hraničních přechodech a jejich směny.\n'
    'Shrň to do tabulky.')
add('cs', 'pass', [],
    NEG + 'a vehicle "for official use" in a sentence.',
    'Vozidlo je určeno pouze pro služební potřebu, soukromé jízdy nejsou povoleny. Přepiš to zdvořileji.')

add('en', 'block', [CM],
    'A US legacy marking in title case as the first line: "Sensitive But Unclassified".',
    'Sensitive But Unclassified\n\nVisa processing backlog at the consulate: 1,900 pending cases; two officers '
    'reassigned from the trade section.')
add('en', 'block', [CM],
    'A "Law Enforcement Sensitive" header in title case.',
    'Law Enforcement Sensitive\n\nBulletin: a stolen van with cloned plates was seen near the port on 4 Nov. '
    'Rewrite as a short alert.')
add('en', 'block', [CM],
    'A "NOT FOR PUBLIC RELEASE" banner above a draft.',
    'NOT FOR PUBLIC RELEASE\n\nDraft statement on the plant closure: 240 roles affected, consultation starts '
    'next week.')
add('en', 'pass', [],
    NEG + 'SBU as a strategic business unit.',
    'SBU review meeting – Q3 targets for the consumer division. Please draft the agenda.')
add('en', 'pass', [],
    NEG + 'an article title about confidential computing.',
    'Confidential Computing with SGX enclaves: a practical introduction. Summarise the key ideas.')
add('en', 'pass', [],
    NEG + 'a film release date sentence with "not for public release".',
    'The director said the cut is not for public release until the festival in May.')

add('mixed', 'block', [CM],
    'A Vietnamese chat forwarding an English page with "FOUO – do not release" on top.',
    'Dịch giúp anh trang này:\nFOUO – do not release\nThe delegation will arrive on 12 November; security '
    'briefing at 09:00.')
add('mixed', 'pass', [],
    NEG + 'a Vietnamese question about what FOUO stands for.',
    'FOUO là viết tắt của cụm từ gì trong tiếng Anh và dùng trong trường hợp nào?')

if __name__ == '__main__':
    write_marking_round(S, 'round22', 'p22')
