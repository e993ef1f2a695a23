#!/usr/bin/env python3
"""Builds test/probes/round17.jsonl (round 17 of the held-out-style probes, written blind): markings and official
documents in places earlier rounds did not hold — a "Độ mật:" line inside the header block of a forwarded Outlook
message, a chat line saying the pasted file is secret, minutes of a party cell meeting, "DỰ THẢO – KHÔNG PHỔ BIẾN"
drafts, a stamp as the very last line of a long report, Czech "Utajovaná informace – stupeň …" notices, English
"Classification: Official-Sensitive" footers, marking words in the folder of a pasted file's path; personal data of a
named colleague in chat (hospital, arrest, treatment); and hard negatives of the same shapes: a rule reminder about
secret documents with no document, "MẬT ĐỘ" headings, public draft laws, job ads asking for a clearance, a film
title, a user folder named "mat", a training note on markings, "Độ mật: Thường" on a plain message. Stdlib only.

No text holds a run of nine or more digits or an e-mail address (the check at the end), so no identifier is read by
accident."""
from probe_ids import write_marking_round, sample_adder

S, add = sample_adder()

CM, OD, SP = 'classified-marking', 'official-document', 'sensitive-personal'

REPORT_BODY = (
    'Trong quý, đơn vị đã tổ chức 14 đợt tuần tra kết hợp trên các tuyến trọng điểm, phát hiện và xử lý 6 vụ vận '
    'chuyển hàng cấm qua biên giới, thu giữ tang vật trị giá khoảng 2,3 tỷ đồng. Công tác phối hợp với lực lượng '
    'biên phòng và hải quan được duy trì thường xuyên; trao đổi thông tin qua đường dây nóng kịp thời. ')
REPORT_BODY_ND = (
    'Trong quy, don vi da to chuc 14 dot tuan tra ket hop tren cac tuyen trong diem, phat hien va xu ly 6 vu van '
    'chuyen hang cam qua bien gioi. Cong tac phoi hop voi luc luong bien phong va hai quan duoc duy tri thuong '
    'xuyen, trao doi thong tin qua duong day nong kip thoi. ')

# ---------------------------------------------------------------- Vietnamese, with diacritics
add('vi', 'block', [CM],
    'Forwarded Outlook message: a "Độ mật: Mật" line inside the From/Sent/To/Subject header block.',
    'Nhờ em tóm tắt thư dưới đây thành 3 ý:\n\n________________________________\nFrom: Phòng Tham mưu\n'
    'Sent: Thứ Hai, 15 tháng 6, 2026 8:12 SA\nTo: Ban Chỉ huy\nSubject: Phương án bảo vệ sự kiện ngày 2/9\n'
    'Độ mật: Mật\n\nKính gửi các đồng chí, Phòng gửi phương án phân công lực lượng bảo vệ lễ mít tinh tại quảng trường.',
    'eml')
add('vi', 'block', [CM],
    'Zalo message saying in passing that the pasted file is secret ("file này mật nhé"), then the content.',
    '[09:41] Hoàng Long: Anh gửi nội dung file bên Sở, file này mật nhé, đừng chuyển cho ai\n'
    '[09:41] Hoàng Long: Kế hoạch điều chuyển 12 cán bộ lãnh đạo cấp phòng sang các huyện biên giới từ tháng 8\n'
    '[09:43] Minh Thư: Dạ em nhận ạ')
add('vi', 'block', [CM, OD],
    'Minutes of a party cell meeting with "Lưu hành nội bộ" right under the header.',
    'ĐẢNG BỘ SỞ KẾ HOẠCH VÀ ĐẦU TƯ\nCHI BỘ PHÒNG TỔNG HỢP\nLưu hành nội bộ\n\nBIÊN BẢN\nHọp chi bộ định kỳ tháng 5 '
    'năm 2026\n\nThời gian: 14 giờ ngày 28/5/2026. Chủ trì: đồng chí Bí thư chi bộ. Thư ký: đồng chí Phạm Thu Hà.\n'
    'Nội dung: nhận xét đảng viên dự bị, phân công nhiệm vụ quý III.')
add('vi', 'warn', [OD],
    'Minutes of a party cell meeting (party header, "BIÊN BẢN họp chi bộ", chair and secretary) without any marking.',
    'ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\nCHI BỘ VĂN PHÒNG\n\nBIÊN BẢN\nSinh hoạt chi bộ thường kỳ tháng 4 năm 2026\n\n'
    'Đảng viên có mặt: 11/12 đồng chí, vắng 1 (có lý do).\nChủ trì: đồng chí Nguyễn Hữu Phước, Bí thư chi bộ.\n'
    'Thư ký: đồng chí Lê Minh Châu.\nBiên bản kết thúc lúc 16 giờ 30 cùng ngày.')
add('vi', 'block', [CM],
    'Draft header with the restriction after a dash on one line: "DỰ THẢO – KHÔNG PHỔ BIẾN".',
    'DỰ THẢO – KHÔNG PHỔ BIẾN\n\nQUY CHẾ\nPhối hợp trong công tác tiếp công dân giữa các cơ quan khối nội chính\n\n'
    'Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp ...\n'
    'Sửa giúp tôi câu chữ Điều 1 cho gọn.')
add('vi', 'block', [CM],
    'A stamp as the very last line of a long report (after the signature), nothing above it.',
    'BÁO CÁO\nKết quả công tác đấu tranh phòng chống buôn lậu quý II năm 2026\n\n'
    + REPORT_BODY * 8 + '\n\nNơi gửi báo cáo: Ban Chỉ đạo 389 tỉnh.\nĐỘI TRƯỞNG\n(đã ký)\n\nMẬT')
add('vi', 'block', [CM],
    'Folder of a pasted file\'s path named "TỐI MẬT" (a file-share path line before its text).',
    'Đường dẫn: \\\\fileserver\\PhongTacChien\\TỐI MẬT\\2026\\KH_phong_thu_khu_vuc.docx\n\n'
    'Nội dung trang 1: Kế hoạch tác chiến phòng thủ khu vực, giai đoạn 1 gồm bố trí lực lượng thường trực tại hai '
    'hướng trọng điểm.\nTóm tắt giúp tôi.')
add('vi', 'warn', [SP],
    'Group chat: a named colleague is in hospital for chemotherapy.',
    'Trần Hòa: Chị Nguyễn Thị Lan bên kế toán đang điều trị hóa chất ở Bệnh viện K, tuần sau mới đi làm lại được\n'
    'Trần Hòa: Cả phòng mình góp mỗi người 200k thăm chị nhé')
add('vi', 'warn', [SP],
    'Teams message: a named colleague was arrested and charged.',
    'Lê Quang Vinh (10:02): Anh Đỗ Mạnh Hùng phòng dự án bị công an khởi tố tội nhận hối lộ hôm qua, đang bị tạm giam\n'
    'Lê Quang Vinh (10:03): Việc của anh ấy tạm giao chị Hạnh xử lý')
add('vi', 'pass', [],
    'Hard negative: a rule reminder in chat about how secret documents must be sent, no document at all.',
    'Chánh văn phòng: Nhắc các đồng chí: tài liệu mật phải chuyển qua đường giao liên hoặc văn thư, tuyệt đối không gửi '
    'qua Zalo, email cá nhân.\nHải Yến: Dạ rõ ạ')
add('vi', 'pass', [],
    'Hard negative: an upper-case planning table heading "MẬT ĐỘ XÂY DỰNG" at the start of a line.',
    'CHỈ TIÊU QUY HOẠCH KHU ĐÔ THỊ MỚI\nMẬT ĐỘ XÂY DỰNG TỐI ĐA: 40%\nTẦNG CAO TỐI ĐA: 9 tầng\n'
    'Hệ số sử dụng đất: 3,6 lần\nViết giúp tôi đoạn giới thiệu dự án cho khách hàng.')
add('vi', 'pass', [],
    'Hard negative: a public draft law posted for comment ("Dự thảo … lấy ý kiến nhân dân").',
    'Bộ Tư pháp đăng tải Dự thảo Luật sửa đổi, bổ sung một số điều của Luật Hộ tịch để lấy ý kiến nhân dân trong '
    '60 ngày trên Cổng thông tin điện tử. Người dân có thể góp ý trực tuyến. Tóm tắt các điểm mới giúp tôi.')
add('vi', 'pass', [],
    'Hard negative: a film review with "Hồ sơ tuyệt mật" as a title.',
    'Review phim "Hồ sơ tuyệt mật" (2025): kịch bản gay cấn, diễn xuất tốt, nhưng đoạn kết hơi vội. '
    'Điểm của mình: 7/10.')
add('vi', 'pass', [],
    'Hard negative: an internal picnic mail whose header carries "Độ mật: Thường".',
    'From: Công đoàn cơ sở\nTo: Toàn thể cán bộ\nSubject: Đăng ký đi dã ngoại Ba Vì\nĐộ mật: Thường\n\n'
    'Các anh chị đăng ký trước thứ Năm để công đoàn đặt xe nhé.', 'eml')

# ---------------------------------------------------------------- Vietnamese, without diacritics
add('vi', 'block', [CM],
    'Forwarded Outlook header block without diacritics: "Do mat: Toi mat" under the Subject line.',
    '-----Original Message-----\nFrom: Van phong Bo Chi huy\nSent: 12/6/2026 15:40\nTo: Cac co quan\n'
    'Subject: Bao cao tinh hinh dia ban\nDo mat: Toi mat\n\nDe nghi cac dong chi nghien cuu truoc buoi giao ban sang '
    'thu Hai.', 'eml')
add('vi', 'block', [CM],
    'Zalo chat without diacritics: "tai lieu nay mat do" about the text pasted right after.',
    'Quang: gui em doan trich, tai lieu nay mat do, dung dang len nhom\n'
    'Quang: phuong an sap xep lai 3 don vi truc thuoc, giam 18 bien che tu quy IV\nLinh: vang anh')
add('vi', 'block', [CM],
    'Draft without diacritics: "DU THAO - KHONG PHO BIEN" over the title.',
    'DU THAO - KHONG PHO BIEN\nDE AN\nSap xep to chuc bo may cac phong chuyen mon thuoc UBND huyen\n'
    'Phan I. Thuc trang: hien co 13 phong, 214 bien che.')
add('vi', 'block', [CM],
    'Long report without diacritics whose last line is the stamp "TOI MAT".',
    'BAO CAO\nTinh hinh an ninh tuyen bien gioi 6 thang dau nam\n\n' + REPORT_BODY_ND * 8
    + '\n\nCHI HUY TRUONG\n(da ky)\n\nTOI MAT')
add('vi', 'block', [CM],
    'Windows path with a "MAT" folder in front of the pasted report (no diacritics).',
    'File: D:\\HoSo\\MAT\\BC_tinh_hinh_an_ninh_quy2.docx\nTrich doan: luc luong chuc nang dang xac minh 4 doi tuong '
    'co bieu hien hoat dong chong pha tai khu cong nghiep.\nViet lai gon giup toi.')
add('vi', 'block', [CM, OD],
    'Party cell minutes without diacritics with "Luu hanh noi bo" under the header.',
    'DANG BO PHUONG TAN LAP\nCHI BO KHU PHO 3\nLuu hanh noi bo\nBIEN BAN HOP CHI BO\nThang 6 nam 2026\n'
    'Chu tri: dong chi Bi thu chi bo. Thu ky: dong chi Vo Thi Mai.\nNoi dung: danh gia dang vien cuoi nam.')
add('vi', 'warn', [SP],
    'Chat without diacritics: a named colleague treated for depression at a psychiatric hospital.',
    'Tuan: anh Pham Van Khoa phong IT dang dieu tri tram cam o benh vien tam than trung uong, xin nghi 1 thang\n'
    'Ngoc: ok de em bao truong phong')
add('vi', 'pass', [],
    'Hard negative without diacritics: a reminder about secret documents, no document.',
    'Van thu: Luu y cac anh chi, van ban mat khong duoc scan gui qua email, phai nhan ban giay tai van thu.\n'
    'Dung: ok chi')
add('vi', 'pass', [],
    'Hard negative without diacritics: "MAT DO DAN SO" statistics heading.',
    'MAT DO DAN SO CAC TINH NAM 2025\nHa Noi: 2.480 nguoi/km2\nBac Ninh: 1.720 nguoi/km2\nVe bieu do cot giup toi.')
add('vi', 'pass', [],
    'Hard negative without diacritics: a public draft posted for comment.',
    'So Xay dung dang tai du thao Quy dinh ve quan ly chung cu de lay y kien nguoi dan den het ngay 30/7. '
    'Gop y gui ve bo phan mot cua.')

# ---------------------------------------------------------------- Czech
add('cs', 'block', [CM],
    'Czech notice line "Utajovaná informace – stupeň utajení Vyhrazené" at the top of a pasted memo.',
    'Utajovaná informace – stupeň utajení Vyhrazené\n\nZáznam z jednání pracovní skupiny k ochraně objektů\n'
    'Účastníci se dohodli na posílení ostrahy areálu v nočních hodinách. Shrňte prosím body jednání.')
add('cs', 'block', [CM],
    'Czech sentence in a footer: "Tento dokument obsahuje utajovanou informaci stupně Důvěrné."',
    'Plán cvičení krizového štábu kraje na září 2026\n1. Vyrozumění členů štábu\n2. Přesun do záložního pracoviště\n\n'
    'Tento dokument obsahuje utajovanou informaci stupně Důvěrné.')
add('cs', 'block', [CM],
    'Teams chat in Czech: the sender says the pasted text is "tajné", then the text.',
    'Jana Horáková 9:15: posílám výtah z té zprávy, je to tajné, nikam to nepřeposílej\n'
    'Jana Horáková 9:15: Navrhované přemístění jednotky do posádky Jihlava proběhne v listopadu\nPavel Kříž 9:20: ok')
add('cs', 'block', [CM],
    'Outlook header block with a Czech "Klasifikace: VYHRAZENÉ" line.',
    'Od: Odbor bezpečnosti\nOdesláno: pondělí 8. června 2026 10:05\nKomu: Vedoucí oddělení\nPředmět: Harmonogram '
    'prověrek\nKlasifikace: VYHRAZENÉ\n\nV příloze zasíláme harmonogram na druhé pololetí.', 'eml')
add('cs', 'warn', [SP],
    'Czech chat: a named colleague is in a rehabilitation clinic for addiction.',
    'Martin Beneš: Kolega Tomáš Novotný je od pondělí v léčebně pro závislé na alkoholu, zástup za něj má Eva.\n'
    'Eva Malá: Rozumím.')
add('cs', 'pass', [],
    'Hard negative: a Czech job ad asking for a security clearance for classified information "stupně Tajné".',
    'Nabídka práce: analytik/analytička kybernetické bezpečnosti\nPožadujeme: VŠ vzdělání, schopnost získat '
    'osvědčení fyzické osoby pro přístup k utajovaným informacím stupně Tajné, angličtinu B2.')
add('cs', 'pass', [],
    'Hard negative: a Czech TV listing with "Přísně tajné" in a programme title.',
    'Program ČT2 na sobotu: 20:15 Přísně tajné dějiny: Studená válka (dokument), 21:10 Zprávy.')
add('cs', 'pass', [],
    'Hard negative: a Czech training note that explains the four levels of classification.',
    'Školení nováčků: zákon rozlišuje stupně utajení Přísně tajné, Tajné, Důvěrné a Vyhrazené. '
    'Označení stupně se uvádí v záhlaví každé stránky.')

# ---------------------------------------------------------------- English
add('en', 'block', [CM],
    'English footer "Classification: Official-Sensitive" under a pasted briefing.',
    'Briefing note: estate rationalisation, northern region\n1. Three depots close by March.\n2. Staff consultation '
    'opens next week.\n\nClassification: Official-Sensitive')
add('en', 'block', [CM],
    'Outlook header block with "Sensitivity: Confidential" and a "[SECRET]" tag in the subject.',
    'From: Security Office\nSent: Tuesday, June 9, 2026 11:20 AM\nTo: Project leads\nSubject: [SECRET] Site move '
    'timeline\nSensitivity: Confidential\n\nPlease review the attached move sequence before Friday.', 'eml')
add('en', 'block', [CM],
    'English chat: the sender says the pasted paragraph is classified.',
    'Sam Porter 14:02: pasting the para from the report, it is classified so keep it in here\n'
    'Sam Porter 14:02: The unit will redeploy to the eastern base during the second week of October.\n'
    'Lee Chen 14:05: got it')
add('en', 'block', [CM],
    'A "TOP SECRET" stamp as the last line of a long report.',
    'QUARTERLY THREAT ASSESSMENT\n\n' + ('Reporting indicates sustained interest in the logistics hubs along the '
    'southern corridor; no change in posture is recommended at this stage. ') * 10 + '\n\nTOP SECRET')
add('en', 'warn', [SP],
    'English chat: a named colleague was arrested for drink-driving.',
    'Priya Shah 08:31: heads up, Daniel Morgan was arrested for drink driving on Saturday and is suspended\n'
    'Priya Shah 08:32: please reassign his tickets')
add('en', 'pass', [],
    'Hard negative: a job ad asking for an active Top Secret clearance.',
    'We are hiring a systems engineer. Requirements: 5+ years of Linux, Ansible, and an active Top Secret '
    'clearance or the ability to obtain one.')
add('en', 'pass', [],
    'Hard negative: a home folder named "mat" in a shell path.',
    '$ cd /home/mat/projects/report-gen && npm run build\nerror TS2304: Cannot find name \'process\'.\nHow do I fix this?')
add('en', 'pass', [],
    'Hard negative: a training note on when to use OFFICIAL-SENSITIVE, no marked document.',
    'Handling guide, section 2: use the OFFICIAL-SENSITIVE marking only when loss of the information could cause '
    'damage; most routine work needs no marking at all.')

# ---------------------------------------------------------------- mixed
add('mixed', 'block', [CM],
    'English prompt around a forwarded Vietnamese header block with "Độ mật: Tối mật".',
    'Translate the e-mail below into English:\nTừ: Văn phòng Ban Chỉ đạo\nGửi: Các thành viên\nTiêu đề: Lịch kiểm tra '
    'đột xuất\nĐộ mật: Tối mật\n\nĐoàn kiểm tra làm việc tại 3 đơn vị từ ngày 20/6.')
add('mixed', 'pass', [],
    'Hard negative: a Vietnamese question about what "Official-Sensitive" means in English correspondence.',
    'Cho mình hỏi "Official-Sensitive" trong thư của đối tác Anh nghĩa là gì, có tương đương độ "Mật" của mình không?')

# ---------------------------------------------------------------- checks and output
write_marking_round(S, 'round17', 'p17')
