#!/usr/bin/env python3
"""Builds test/probes/round47.jsonl: round 47 of the held-out-style probes (issue #17) — a classification level *told*
rather than stamped: said in a sentence, a chat message or an e-mail by the person passing the text on ("gửi anh bản
báo cáo mật…", "tài liệu này là Mật, xem xong xóa", "file đính kèm thuộc độ Tối mật"), a restricted-circulation or
internal-use note written as a footer sentence or wrapped in markdown emphasis, title-case levels inside forwarded
chat messages; mostly Vietnamese (with and without diacritics, Telex and OCR damage, Zalo/Teams/e-mail forward
headers), about a fifth Czech and English. Hard negatives (at least 40 %) use the same words in ordinary talk: "mật
khẩu", the "bí mật" of a surprise party or a recipe, "mật thư", training on the state-secret law with its levels and
handling rules, news of a leak trial, declassified papers, quizzes, chat that mentions a level in the past or asks
about the procedure.

Batch 1 was scored blind on main e4cfb5f before any rule changed for it; later batches were each written after the
fixes of the batch before and scored blind again (figures in docs/quality-history.md). Stdlib only; no value is drawn
(no identifier in any text), so the file rebuilds byte for byte."""
from probe_ids import collector, diacritic_negatives, diacritic_pair, write_marking_round

S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)
M = ['classified-marking']

# ================================================================ batch 1 (scored blind on main e4cfb5f)

# ---- told levels, Vietnamese (with diacritics and the same typed without)
vi('block', M, 'a Zalo forward from a district party office: "gửi anh bản báo cáo mật …, anh xem xong xóa giúp em", then the report\'s lines.',
   '[Chuyển tiếp từ nhóm Văn phòng Huyện ủy]\nTùng VP: gửi anh bản báo cáo mật về công tác nhân sự, anh xem xong xóa giúp em nhé\n'
   'Tùng VP: 1. Dự kiến điều động đồng chí Phó Chủ tịch UBND huyện về làm Trưởng Ban Dân vận.\n'
   'Tùng VP: 2. Hai đồng chí Trưởng phòng chưa đủ điều kiện tái bổ nhiệm, đề nghị bố trí công tác khác.')
vi('block', M, 'a Teams message: "Tài liệu này là Mật, xem xong xóa" before the conclusion it pastes.',
   'Phạm Thị Lan (Phòng Tổ chức cán bộ)  09:12\nTài liệu này là Mật, xem xong xóa. Em dán phần kết luận dưới đây để anh góp ý câu chữ:\n'
   'Qua kiểm tra, Đoàn kết luận đồng chí Trưởng phòng Quản lý đô thị đã buông lỏng quản lý, để xảy ra sai phạm trong '
   'cấp phép xây dựng tại 3 dự án; đề nghị xem xét kỷ luật ở mức khiển trách.')
vi('block', M, 'a forwarded e-mail: "Tệp em gửi kèm ở mức Tối mật, anh chỉ mở trên máy không nối mạng", then a summary.',
   '---------- Thư chuyển tiếp ----------\nTừ: Văn phòng Sở Nội vụ\nNgày: Thứ Ba, 8 tháng 12, 2026 lúc 15:40\n'
   'Chủ đề: Fwd: phương án sắp xếp đơn vị sự nghiệp\n\nAnh Hưng,\nTệp em gửi kèm ở mức Tối mật, anh chỉ mở trên máy không nối mạng. '
   'Em tóm tắt mấy ý chính:\n- Sáp nhập Trung tâm Văn hóa với Trung tâm Thể thao huyện từ quý II;\n'
   '- Giảm 14 biên chế, trong đó 6 người nghỉ hưu trước tuổi.')
vi('block', M, 'a chat sending a plan: "Em chuyển anh kế hoạch tối mật của Ban Chỉ đạo, không sao chụp, không phổ biến", then its points.',
   'Em chuyển anh kế hoạch tối mật của Ban Chỉ đạo, không sao chụp, không phổ biến:\n'
   '- Lực lượng: 3 tổ công tác, mỗi tổ 5 đồng chí, trực 24/24 tại khu vực cầu cảng.\n'
   '- Thời gian triển khai: từ 0 giờ ngày 15/12, kết thúc khi có lệnh.')
vi('block', M, 'a report whose closing line is a bold note "nội dung trên chỉ dùng trong nội bộ Đảng ủy, không phổ biến ra ngoài".',
   'Tổng hợp ý kiến của các chi bộ về nhân sự khóa mới\n\n1. Chi bộ Văn phòng: 9/11 ý kiến đồng ý giới thiệu đồng chí Thắng.\n'
   '2. Chi bộ Tài chính: 6/8 ý kiến, có 2 ý kiến đề nghị cân nhắc vì đã quá tuổi tái cử.\n\n'
   '**Lưu ý: nội dung trên chỉ dùng trong nội bộ Đảng ủy, không phổ biến ra ngoài.**')
vi('block', M, 'a chat: "tài liệu này mức độ Mật nha anh, đọc xong hủy giùm em", then the list it passes on.',
   'Mai Anh: tài liệu này mức độ Mật nha anh, đọc xong hủy giùm em\nMai Anh: Danh sách hộ dự kiến thu hồi đất đợt 2: '
   'thôn Đông 17 hộ, thôn Đoài 9 hộ; giá bồi thường chưa công bố, tạm tính 1,2 triệu/m2.\nQuân: ok em, anh đọc rồi.')
vi('block', M, 'a voice-typed Zalo message: "chị gửi em cái danh sách tối mật đó, xem xong thì xóa", then the list.',
   'chị gửi em cái danh sách tối mật đó em xem xong thì xóa đi đừng lưu trong máy nha\n[Hình ảnh]\n'
   'Danh sách cán bộ diện quy hoạch Ban Thường vụ nhiệm kỳ 2030–2035: 1. Trần Văn Khải, Phó Bí thư; 2. Lê Thị Hà, Trưởng Ban Tổ chức.')

# ---- told levels, Vietnamese singles (Telex and OCR damage, title case, capitals)
add('vi', 'block', M, 'Telex left off: "gui anh ban ke hoach toois maatj, anh xem xong xoas nhe" before the plan.',
    'gui anh ban ke hoach toois maatj, anh xem xong xoas nhe\n1. Luc luong: 2 to cong tac dac biet, bo tri tai nha khach so 3.\n'
    '2. Phuong tien: 4 xe bien so dan su.')
add('vi', 'block', M, 'an OCR\'d printed e-mail: "Tài liệu đính kèm thuộc độ Tối rnật, đề nghị đồng chí không sao chụp."',
    'Kính gửi đồng chí Chánh Văn phòng,\nTài liệu đính kèm thuộc độ Tối rnật, đề nghị đồng chí không sao chụp.\n'
    'Nội dung: phương án bố trí lực lượng bảo vệ khu vực biên giới trong dịp Tết, gồm 4 chốt cố định và 2 tổ cơ động.')
add('vi', 'block', M, 'a forwarded chat where the level is its own message in title case, "Tối Mật", then the plan\'s lines.',
    'Tin nhắn được chuyển tiếp:\n[10:02] Chị Hạnh: Tối Mật\n[10:02] Chị Hạnh: Phương án bảo vệ đoàn công tác Trung ương về tỉnh ngày 20/12\n'
    '[10:03] Chị Hạnh: Tuyến đi: sân bay – nhà khách tỉnh, 2 xe dẫn đường, 1 xe cứu thương.')
add('vi', 'block', M, 'a closing italic note "Nội dung trên là tài liệu nội bộ của Ban Thường vụ, hạn chế phổ biến".',
    'Kết luận của đồng chí Bí thư tại cuộc họp Ban Thường vụ ngày 4/12:\n- Tạm dừng dự án khu đô thị phía Tây để rà soát;\n'
    '- Giao Ủy ban Kiểm tra làm rõ trách nhiệm của tập thể lãnh đạo xã Tân Lập.\n\n'
    '*Nội dung trên là tài liệu nội bộ của Ban Thường vụ, hạn chế phổ biến.*')
add('vi', 'block', M, 'an AI request in chat: "em paste cái công văn mật của UBND tỉnh vào đây, anh dịch giúp, đừng share cho ai", then the letter.',
    'Anh ơi em paste cái công văn mật của UBND tỉnh vào đây, anh dịch giúp sang tiếng Anh, đừng share cho ai nhé:\n\n'
    'Kính gửi: Công an tỉnh\nUBND tỉnh đề nghị Công an tỉnh rà soát, xác minh nhân thân các thành viên đoàn khách nước ngoài '
    'dự kiến đến làm việc tại khu kinh tế cửa khẩu từ ngày 12 đến 14/12.')
add('vi', 'block', M, 'a chat: "Báo cáo này em để chế độ Mật rồi, anh đừng chuyển tiếp lên nhóm", then the report\'s figures.',
    'Báo cáo này em để chế độ Mật rồi, anh đừng chuyển tiếp lên nhóm nhé.\nSố vụ việc phức tạp về an ninh nông thôn trong tháng: 7, '
    'trong đó 2 vụ tụ tập đông người tại trụ sở xã; đã vận động giải tán, chưa phát sinh khiếu kiện vượt cấp.')

# ---- Czech and English
add('cs', 'block', M, 'a Czech mail: "Posílám vyhrazený dokument k připomínkám, prosím nepřeposílat", then its content.',
    'Dobrý den, pane řediteli,\nposílám vyhrazený dokument k připomínkám, prosím nepřeposílat.\n\n'
    'Opatření při návštěvě ministra vnitra: uzavírka ulice Palackého 8:00–11:00, dvě hlídky u vchodu radnice, '
    'záložní trasa přes Husovo náměstí.')
add('cs', 'block', M, 'a Czech Teams message: "V příloze je materiál ve stupni Důvěrné, po přečtení prosím smazat", then a summary.',
    'Jana Dvořáková  10:14\nV příloze je materiál ve stupni Důvěrné, po přečtení prosím smazat.\n'
    'Shrnutí: krajský štáb počítá s evakuací 1 200 obyvatel z povodí Svratky, sběrná místa ZŠ Komenského a sportovní hala.')
add('cs', 'block', M, 'a Czech forward: "přeposílám zápis z jednání BRK, je to utajované Vyhrazené, tak ho nikam dál neposílejte".',
    'Dobrý den,\npřeposílám zápis z jednání bezpečnostní rady kraje, je to utajované Vyhrazené, tak ho nikam dál neposílejte.\n\n'
    'Bod 2: Posílení ostrahy vodárenské nádrže Vír, pravidelné kontroly PČR dvakrát denně.')
add('cs', 'block', M, 'a Czech note: "přikládám analýzu – je označená jako Důvěrné, nešiřte ji", then its findings.',
    'Kolegové, přikládám analýzu kybernetických incidentů na úřadě – je označená jako Důvěrné, nešiřte ji mimo odbor.\n'
    'Hlavní zjištění: 3 úspěšné phishingové útoky, kompromitace účtu na podatelně, neaktualizovaný firewall na pobočce.')
add('en', 'block', M, 'an English mail: "this is the CONFIDENTIAL annex, don\'t forward", then the annex.',
    'Hi Tom,\n\nthis is the CONFIDENTIAL annex from the ministry, don\'t forward it outside the unit.\n\n'
    'Annex B – Personnel vetting outcomes\n- 4 candidates cleared\n- 1 candidate refused on security grounds (undeclared foreign contacts)\n'
    '- 2 pending further checks by the provincial police')
add('en', 'block', M, 'a chat export: "sending you the SECRET threat assessment from the provincial police, read and delete", then its lines.',
    '[16:20] Mark: sending you the SECRET threat assessment from the provincial police, read and delete\n'
    '[16:21] Mark: Threat level for the summit: HIGH. Two groups have announced protests near the convention centre.\n'
    '[16:25] Anna: got it, thanks')
add('en', 'block', M, 'a mail: "Please find attached the restricted version of the deployment plan; not for onward distribution", then its points.',
    'Dear colleagues,\n\nPlease find attached the Restricted version of the deployment plan; it is not for onward distribution.\n'
    'Key points: two engineer companies move to the flood zone on Monday; the field hospital opens at the district stadium.')
add('en', 'block', M, 'an English message: "the text below is from the Top Secret briefing, do not copy or circulate", then the text.',
    'Hi all - the text below is from the Top Secret briefing this morning, do not copy or circulate:\n\n'
    'The border guard will close crossing points 4 and 7 from Friday night; special forces are on standby in the provincial capital.')

# ---- hard negatives: the same words in ordinary talk, training, news, quizzes and procedure questions
vineg('a surprise party: "Bí mật nhé cả nhà …, xem xong xóa tin nhắn này".',
      'Bí mật nhé cả nhà, thứ Sáu tổ chức sinh nhật bất ngờ cho chị Hoa phòng Tổng hợp, xem xong xóa tin nhắn này kẻo chị ấy đọc được. '
      'Mỗi người góp 100 nghìn, nộp cho Tuấn trước thứ Năm.')
vineg('a new software password sent privately, no value: "đọc xong xóa đi, không chuyển cho ai".',
      'Em gửi anh mật khẩu mới của phần mềm quản lý văn bản qua tin nhắn riêng rồi nhé, anh đọc xong xóa đi, không chuyển cho ai. '
      'Lần sau đăng nhập hệ thống sẽ yêu cầu đổi lại.')
vineg('training on the state-secret law: levels with their handling rules (copying, circulation, return).',
      'Chuyên đề 3. Theo Luật Bảo vệ bí mật nhà nước năm 2018, tài liệu Tối mật khi gửi đi phải vào sổ, đóng dấu độ mật, '
      'không được sao chụp khi chưa được phép, không phổ biến cho người không có trách nhiệm; xem xong phải trả lại văn thư.')
vineg('trial news: the defendant photographed a Mật document and sent it over Zalo, saying "xem xong xóa".',
      'Theo cáo trạng, bị cáo đã chụp ảnh tài liệu Mật của cơ quan rồi gửi qua Zalo cho người quen, dặn xem xong xóa. '
      'Tòa tuyên phạt bị cáo 3 năm tù về tội cố ý làm lộ bí mật nhà nước.')
vineg('a question about the procedure: may a Tối mật document be sent by official e-mail?',
      'Anh ơi cho em hỏi, tài liệu Tối mật thì có được gửi qua thư điện tử công vụ không hay phải chuyển bằng bì? '
      'Em sợ làm sai quy định nên hỏi trước.')
vineg('a chat about the past: the secret plan was returned to the clerk and deleted, nothing pasted.',
      'Hôm trước anh gửi em bản kế hoạch mật, em đã nộp lại văn thư và xóa trên máy rồi nhé anh. Chiều nay em lên họp đúng giờ.')
vineg('a family recipe kept secret, with honey among its ingredients and "xem rồi xóa, đừng chia sẻ".',
      'Công thức nước chấm gia truyền là bí mật của quán, gửi em xem rồi xóa đi, đừng chia sẻ lên mạng nhé: '
      '3 thìa nước mắm, 2 thìa đường, 1 thìa mật ong, nửa quả chanh, tỏi ớt băm.')
add('vi', 'pass', [], 'Hard negative: a declassified paper sent for the sector\'s history page (declassified, allowed to publish).',
    'Văn thư báo tài liệu Mật năm 2005 của Sở đã được giải mật và được phép công bố; em gửi anh bản chụp để đưa lên trang lịch sử ngành nhé.')
add('vi', 'pass', [], 'Hard negative: a quiz asking what to do on receiving a Tối mật document over Zalo.',
    'Câu 12. Khi nhận được tài liệu Tối mật qua Zalo, cán bộ phải làm gì?\nA. Xem xong xóa\nB. Báo cáo thủ trưởng và không chuyển tiếp\n'
    'C. Chuyển cho đồng nghiệp cùng phòng\nD. Cả A và B')
add('vi', 'pass', [], 'Hard negative: a scouts\' game with "mật thư" to destroy after solving, not to pass on.',
    'Trò chơi lớn: các đội nhận mật thư số 3 ở trạm 2, giải xong thì hủy mật thư, không chuyển cho đội khác. Đội nào về đích trước được cộng 10 điểm.')
add('vi', 'pass', [], 'Hard negative: honey for sale in limited supply, "hàng hạn chế", sent to a colleague.',
    'Chị gửi em 2 lít mật ong rừng loại tốt nhất, hàng hạn chế nên em nhận rồi chuyển khoản giúp chị, đừng nói với ai giá này nhé.')
neg('cs', 'a grandmother\'s secret recipe: "posílám jen tobě, nikomu ho nepřeposílej".',
    'Babiččin tajný recept na vánočku – posílám jen tobě, nikomu ho nepřeposílej! 500 g hladké mouky, 1 kostka droždí, 100 g másla, rozinky.')
neg('cs', 'Czech training on the levels and on copying a Vyhrazené document.',
    'Školení: utajované informace se dělí do stupňů Vyhrazené, Důvěrné, Tajné a Přísně tajné; dokument stupně Vyhrazené '
    'se nesmí kopírovat ani předávat bez souhlasu bezpečnostního ředitele.')
neg('cs', 'a declassified document sent for a municipal newsletter.',
    'Dokument z roku 1968 byl odtajněn v roce 2019, posílám ho jako přílohu k článku do obecního zpravodaje.')
neg('en', 'a Secret Santa list: "don\'t forward it to anyone, and delete after reading".',
    'Secret Santa list attached – don\'t forward it to anyone, and delete after reading! Budget is 20 euros, party on the 18th.')
neg('en', 'a question about forwarding a CONFIDENTIAL document.',
    'Quick question: if I receive a CONFIDENTIAL document by e-mail, am I allowed to forward it to my line manager, or do I have to print it?')
neg('en', 'news of a leak case: a clerk forwarded a SECRET report and was sentenced.',
    'The former clerk admitted forwarding a SECRET report to a journalist and was sentenced to two years; the court heard he had been told to delete it.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- told levels, Vietnamese
vi('block', M, 'a mail sending a paper "thuộc diện MẬT", asking it be handled "theo chế độ mật", then its content.',
   'Kính gửi anh Đức,\nEm gửi kèm theo đây văn bản thuộc diện MẬT, đề nghị anh quản lý theo chế độ mật và không chuyển cho đơn vị khác.\n'
   'Tóm tắt: Thanh tra tỉnh phát hiện 3 gói thầu thiết bị y tế bị nâng giá từ 18 đến 32 %, đề nghị chuyển cơ quan điều tra.')
vi('block', M, 'a chat: "Báo cáo gửi kèm là bản tối mật, mọi người chỉ xem trên màn hình, không chụp lại", then the report\'s figures.',
   '[08:31] Trưởng phòng: Báo cáo gửi kèm là bản tối mật, mọi người chỉ xem trên màn hình, không chụp lại.\n'
   '[08:31] Trưởng phòng: Số đối tượng trong diện theo dõi tăng từ 41 lên 57; tập trung ở 2 phường giáp cảng.\n[08:35] Hòa: Dạ rõ.')
vi('block', M, 'a party cell\'s notice that the meeting\'s content circulates only in the cell, "không đưa lên mạng xã hội", then the minutes.',
   'Thông báo của chi bộ: Nội dung cuộc họp hôm nay chỉ lưu hành nội bộ chi bộ, các đồng chí không đưa lên mạng xã hội.\n\n'
   '1. Chi bộ thống nhất đề nghị xem xét kỷ luật đảng viên Nguyễn Văn T. vì vi phạm quy định về kê khai tài sản.\n'
   '2. Giới thiệu 02 quần chúng ưu tú để kết nạp.')
vi('block', M, 'a mail forward: "Em forward anh cái mail mật của Cục về đợt kiểm tra, anh đọc rồi xóa nha", then the forwarded lines.',
   'Em forward anh cái mail mật của Cục về đợt kiểm tra, anh đọc rồi xóa nha.\n\n-------- Forwarded --------\n'
   'Cục sẽ kiểm tra đột xuất 4 chi cục trong tuần 51, ưu tiên chi cục có tỷ lệ nợ đọng cao; không báo trước cho đơn vị.')
add('vi', 'block', M, 'a level said first in a chat, "Mật nhé anh — đây là dự thảo kết luận …, anh đừng đưa ai xem".',
    'Mật nhé anh — đây là dự thảo kết luận của Đoàn kiểm tra, anh đừng đưa ai xem:\n'
    'Đồng chí Chủ tịch UBND xã chịu trách nhiệm chính về việc giao đất trái thẩm quyền cho 6 hộ.')
add('vi', 'block', M, 'an AI request: "đây là tài liệu mật cấp Bộ, em nhờ tóm tắt thôi chứ không gửi ai", then the text.',
    'Anh ơi đây là tài liệu mật cấp Bộ, em nhờ AI tóm tắt thôi chứ không gửi ai:\n\n'
    'Bộ dự kiến sắp xếp lại 5 tổng cục thành 3 cục, giảm 20 % đầu mối; lộ trình thực hiện trong quý III năm 2027.')
add('vi', 'block', M, 'a Teams forward quoting "Tài liệu Tuyệt mật — chỉ đọc tại phòng máy mật" before the plan.',
    'Chị Thủy đã chuyển tiếp một tin nhắn\n> Tài liệu Tuyệt mật — chỉ đọc tại phòng máy mật.\n'
    '> Phương án điều động lực lượng cơ động từ 3 tỉnh lân cận khi có biểu tình đông người.')
add('vi', 'block', M, 'an e-mail: subject "TL mật - danh sách đối tượng", body "tài liệu thuộc loại tối mật nên anh không in ra".',
    'Chủ đề: TL mật - danh sách đối tượng\n\nAnh xem giúp em, tài liệu thuộc loại tối mật nên anh không in ra nhé.\n'
    '1. Đối tượng A, 34 tuổi, thường trú phường 5.\n2. Đối tượng B, 29 tuổi, không nơi cư trú ổn định.')
add('vi', 'block', M, 'Zalo shorthand without diacritics: "e gui a tl mat ve nhan su, a xem xong xoa giup e", then the content.',
    'e gui a tl mat ve nhan su, a xem xong xoa giup e\nPhuong an: dong chi Pho GD So chuyen sang lam GD Trung tam, '
    'dong chi TP Ke hoach nghi huu truoc tuoi tu 1/3.')
add('vi', 'block', M, 'a retyped text: "Văn bản này được đóng dấu Mật ở bản gốc, em gõ lại …, anh đừng lưu lại".',
    'Văn bản này được đóng dấu Mật ở bản gốc, em gõ lại để nhờ sửa lỗi chính tả, anh đừng lưu lại:\n\n'
    'Ban Thường vụ Huyện ủy thống nhất chủ trương điều chỉnh quy hoạch khu công nghiệp phía Bắc, giao UBND huyện làm việc với nhà đầu tư.')
add('vi', 'block', M, 'a Zalo group notice: "Gửi các đồng chí Thường vụ danh sách nhân sự dự kiến (mật), đọc xong thu hồi".',
    '@All Gửi các đồng chí Thường vụ danh sách nhân sự dự kiến (mật), đọc xong thu hồi.\n'
    '1. Đồng chí Lâm – dự kiến Phó Bí thư Thường trực.\n2. Đồng chí Hằng – dự kiến Trưởng Ban Tổ chức.')

# ---- Czech and English
add('cs', 'block', M, 'a Czech cover mail: "Zasílám Vám v příloze zprávu klasifikovanou jako Vyhrazené", handling per the law.',
    'Vážený pane tajemníku,\nzasílám Vám v příloze zprávu klasifikovanou jako Vyhrazené. Prosím o zacházení v souladu se zákonem č. 412/2005 Sb.\n'
    'Zpráva se týká zabezpečení objektu vodárny a plánu fyzické ostrahy.')
add('cs', 'block', M, 'a Czech chat: "dávám sem text z utajovaného materiálu (Vyhrazené), nikam to nekopíruj", then the text.',
    '[13:05] Pavel: dávám sem text z utajovaného materiálu (Vyhrazené), nikam to nekopíruj\n'
    '[13:05] Pavel: Záložní velitelské stanoviště bude v suterénu hasičské zbrojnice, spojení přes radiostanice.')
add('cs', 'block', M, 'a Czech note: "Tohle je z důvěrné zprávy policie, ať to nejde ven", then the excerpt.',
    'Tohle je z důvěrné zprávy policie, ať to nejde ven:\n'
    'V lokalitě Na Výsluní se opakovaně zdržují osoby podezřelé z distribuce drog, hlídky budou posíleny od pátku.')
add('en', 'block', M, 'an English message: "pasting the CONFIDENTIAL minutes below. Please keep within the team."',
    'FYI - pasting the CONFIDENTIAL minutes below. Please keep within the team.\n\n'
    'Item 3: The ministry will not renew the contract; staff in the northern office will be told on 15 January.')
add('en', 'block', M, 'a Teams chat: "This is classified SECRET, so keep it off email", then the content.',
    'Dana 11:02\nThis is classified SECRET, so keep it off email:\nThe delegation arrives via the military airfield, not the civil terminal; '
    'motorcade route B.')
add('en', 'block', M, 'a chat: "Re-sending the RESTRICTED sitrep; usual rules apply, no onward sharing", then the sitrep.',
    '[07:45] Ops desk: Re-sending the RESTRICTED sitrep; usual rules apply, no onward sharing.\n'
    '[07:45] Ops desk: Sitrep 06:00 - river at 4.2 m and rising, two villages cut off, army boats deployed.')

# ---- hard negatives
vineg('population density figures sent to a colleague, "đừng in ra kẻo tốn giấy".',
      'Em gửi anh số liệu mật độ dân số các xã, anh đừng in ra kẻo tốn giấy nhé.\nXã Hòa Bình 1.240 người/km2, xã Tân Lập 860 người/km2.')
vineg('a chat about the past: the secret report was handed to the clerk, then other business.',
      'Em đã chuyển bản báo cáo mật cho văn thư lưu theo quy định hôm thứ Hai, anh yên tâm.\nChiều nay họp giao ban lúc 3 giờ ở phòng 2.')
vineg('a procedure question over two lines: what to do after sending a Mật document to the wrong Zalo group.',
      'Cho em hỏi: nếu lỡ gửi nhầm tài liệu Mật vào nhóm Zalo thì phải xử lý thế nào ạ, có phải báo cáo ngay không?\nEm cảm ơn.')
vineg('a company handbook called internal but published on the website, free to share with candidates.',
      'Sổ tay nhân viên là tài liệu nội bộ của công ty nhưng đã đăng công khai trên website, các bạn có thể chia sẻ cho ứng viên.\n'
      'Phần 2 nói về chế độ nghỉ phép và bảo hiểm.')
add('vi', 'pass', [], 'Hard negative: news of an official prosecuted for posting a secret document on social media.',
    'Báo Công an đưa tin: một cán bộ địa chính xã đã bị khởi tố vì chụp tài liệu mật đăng lên mạng xã hội, dù đã được dặn không sao chụp.\n'
    'Vụ việc đang được điều tra mở rộng.')
add('vi', 'pass', [], 'Hard negative: a quiz answer on how Mật documents are sent.',
    'Câu 5. Đáp án: B. Tài liệu Mật phải được gửi bằng bì riêng, không gửi qua Zalo hay thư điện tử công cộng.\nCâu 6. Đáp án: C.')
add('vi', 'pass', [], 'Hard negative: a paper once Tối mật, declassified in 2020, usable in a thesis.',
    'Tài liệu này trước đây là Tối mật, đã giải mật năm 2020, được phép sử dụng trong luận văn; em gửi anh bản scan.\nTrang 12 có bảng số liệu.')
add('vi', 'pass', [], 'Hard negative: a film called "Nhiệm vụ tối mật" shared with a link, "đừng share".',
    'Tối nay chiếu phim "Nhiệm vụ tối mật" ở rạp Quốc Gia, mình gửi link đặt vé, đừng share lên nhóm lớp nhé.\nPhim dài 125 phút.')
neg('cs', 'a Czech e-mail disclaimer: confidential, do not forward, delete.',
    'S pozdravem\nJana Malá\n\nTato zpráva je důvěrná a je určena pouze adresátovi. Pokud jste ji obdrželi omylem, nepřeposílejte ji a smažte ji.')
neg('cs', 'a Czech training presentation about classified information sent to colleagues, "nešiřte ji mimo úřad".',
    'Přikládám prezentaci ze školení o utajovaných informacích, prosím nešiřte ji mimo úřad, jsou v ní poznámky lektora.\n'
    'Příští školení bude v březnu.')
neg('en', 'a secret-sauce recipe sent to a friend.',
    'Sending you the recipe for my secret sauce, don\'t share it!\n2 tbsp soy sauce, 1 tbsp honey, garlic, chilli.')
neg('en', 'an escape-room booking called "Top Secret", a surprise for Dad.',
    'Here is the booking for the "Top Secret" escape room - don\'t forward it, it\'s a surprise for Dad!\nSaturday 3 pm, 4 players.')
neg('en', 'a training slide on SECRET documents and forwarding.',
    'Training slide 4: a SECRET document must not be forwarded by e-mail; read and destroy working drafts.\nSlide 5: reporting a loss.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- told levels
vi('block', M, 'a mail reply quoting the sender: "> Anh gửi em tài liệu Tối mật về phương án nhân sự, em đọc xong nhớ xóa nhé."',
   'Em cảm ơn anh, em tóm tắt lại mấy ý để trình chị Giám đốc:\n- Điều động 3 trưởng phòng;\n- Tạm dừng bổ nhiệm phó phòng đến quý II.\n\n'
   'Vào 10:02, Thứ Hai, anh Khoa đã viết:\n> Anh gửi em tài liệu Tối mật về phương án nhân sự, em đọc xong nhớ xóa nhé.\n> Chi tiết trong file đính kèm.')
vi('block', M, 'a Zalo voice message turned to text: "cái đề án đó là tối mật đấy em, không được in ra đâu", then its points.',
   '[Tin nhắn thoại đã chuyển thành văn bản] ừ cái đề án đó là tối mật đấy em không được in ra đâu nhé, anh đọc cho em mấy ý chính: '
   'sáp nhập hai xã Tân An và Tân Hòa, trụ sở mới đặt tại Tân An, cán bộ dôi dư 11 người.')
vi('block', M, 'a Teams request: "đây là văn bản mức độ Mật nên chỉ dùng trong phòng họp trực tuyến này", then the text.',
   'Nhờ mọi người góp ý, đây là văn bản mức độ Mật nên chỉ dùng trong phòng họp trực tuyến này.\n'
   'Dự thảo: Sở đề xuất thu hồi giấy phép của 2 doanh nghiệp khai thác cát vượt mốc giới, chuyển hồ sơ sang Công an tỉnh.')
vi('block', M, 'a Zalo group: "Anh gửi các em file Tối mật nhé, đọc trên máy rồi xóa, không lưu về điện thoại", then its lines.',
   'Anh gửi các em file Tối mật nhé, đọc trên máy rồi xóa, không lưu về điện thoại.\n'
   'Danh sách 12 điểm nóng về trật tự xây dựng cần cưỡng chế trước Tết, ưu tiên 4 điểm ven sông Đáy.')
add('vi', 'block', M, 'without diacritics: "Tai lieu nay muc do toi mat, de nghi cac dong chi khong sao chup, khong chup anh man hinh".',
    'Tai lieu nay muc do toi mat, de nghi cac dong chi khong sao chup, khong chup anh man hinh.\n'
    'Phuong an bo tri 3 chot kiem soat tren quoc lo 1A trong 10 ngay cao diem.')
add('vi', 'block', M, 'a chat in capitals: "GỬI ANH BẢN KẾ HOẠCH MẬT, ĐỌC XONG HỦY", then the plan.',
    'GỬI ANH BẢN KẾ HOẠCH MẬT, ĐỌC XONG HỦY\nLỰC LƯỢNG: 2 TỔ TUẦN TRA, XUẤT PHÁT 22 GIỜ TỪ TRỤ SỞ ĐỒN.')
add('vi', 'block', M, 'a report\'s last line: "Báo cáo này chỉ sử dụng nội bộ Sở, đề nghị không cung cấp cho báo chí".',
    'Kết quả thanh tra 6 dự án giao thông: 4 dự án chậm tiến độ, 2 dự án có dấu hiệu nghiệm thu khống khối lượng 7,3 tỷ đồng.\n\n'
    'Báo cáo này chỉ sử dụng nội bộ Sở, đề nghị không cung cấp cho báo chí.')
add('vi', 'block', M, 'an e-mail note: "kế hoạch này là tài liệu mật, mong anh giữ kín, không trao đổi qua điện thoại".',
    'Chủ đề: Re: Kế hoạch kiểm tra\n\nEm lưu ý: kế hoạch này là tài liệu mật, mong anh giữ kín, không trao đổi qua điện thoại.\n'
    'Đoàn sẽ kiểm tra bất ngờ kho xăng dầu K3 vào sáng thứ Năm.')
add('cs', 'block', M, 'a Czech chat: "je to z materiálu ve stupni Důvěrné, po přečtení to prosím smaž", then the text.',
    'Posílám ti to, co jsem slíbil – je to z materiálu ve stupni Důvěrné, po přečtení to prosím smaž.\n'
    'Policie počítá s uzavřením hraničního přechodu na 48 hodin, posily z Jihlavy dorazí ve čtvrtek.')
add('cs', 'block', M, 'a Czech mail: "V příloze Vám zasílám utajovaný dokument (Vyhrazené). Nekopírujte ho a nepřeposílejte."',
    'V příloze Vám zasílám utajovaný dokument (Vyhrazené). Nekopírujte ho a nepřeposílejte.\n'
    'Obsah: rozmístění záložních zdrojů elektřiny pro nemocnici a plán jejich ostrahy.')
add('en', 'block', M, 'an English mail: "Attached: CONFIDENTIAL draft … - for your eyes only, please don\'t share with the unions yet".',
    'Attached: CONFIDENTIAL draft of the restructuring plan - for your eyes only, please don\'t share with the unions yet.\n'
    'Headline: 140 posts cut across three regional offices by June.')
add('en', 'block', M, 'a chat: "I\'m pasting the SECRET section of the report here, please don\'t save it anywhere".',
    'I\'m pasting the SECRET section of the report here, please don\'t save it anywhere:\n'
    'Surveillance of the two suspects continues; the informant meets the handler every Tuesday.')
add('en', 'block', M, 'a mail: "This email contains RESTRICTED information from the Ministry of Defence. Do not forward."',
    'This email contains RESTRICTED information from the Ministry of Defence. Do not forward.\n\n'
    'The engineer battalion relocates to the northern base on 12 March; convoy leaves at 04:00.')

# ---- hard negatives
vineg('a secret cake recipe sent to a friend, "đọc xong xóa nhé".',
      'Gửi anh công thức bí mật làm bánh bông lan, đọc xong xóa nhé ;)\n500 g bột, 6 trứng, 200 g đường, 1 thìa mật ong.')
vineg('a guide to changing passwords, "đọc xong thì xóa email cho gọn hộp thư".',
      'Gửi anh tài liệu hướng dẫn đổi mật khẩu, anh đọc xong thì xóa email cho gọn hộp thư.\nBước 1: vào mục Tài khoản.')
vineg('a training handout: on receiving a Mật document, no copying, no sending over Zalo.',
      'Tài liệu tập huấn: khi nhận được văn bản Mật, không được sao chụp, không chuyển qua Zalo.\nPhần 2: quy trình vào sổ.')
add('vi', 'pass', [], 'Hard negative: a question in a forum whether a Mật document received over Zalo may be kept.',
    'Hỏi: Sếp gửi em tài liệu Mật qua Zalo, em có được lưu lại không?\nMọi người tư vấn giúp em với.')
add('vi', 'pass', [], 'Hard negative: news of a former official sentenced for passing secret documents abroad.',
    'Cựu cán bộ bị phạt 5 năm tù vì chuyển tài liệu mật cho người nước ngoài, dù đã được dặn không sao chụp.\nVụ án được đưa ra xét xử sáng qua.')
add('vi', 'pass', [], 'Hard negative: a honey order file, "đừng chia sẻ giá".',
    'Chị ơi em gửi chị file mật ong rừng đặt hàng, chị đừng chia sẻ giá nhé.\nMật ong bạc hà 1 lít: 450 nghìn.')
add('vi', 'pass', [], 'Hard negative: a TV series "Hồ sơ tuyệt mật" sent to a friend, "xem xong xóa cho đỡ đầy máy".',
    'Gửi anh phim Hồ sơ tuyệt mật tập 3, xem xong xóa cho đỡ đầy máy nhé.\nTập 4 tuần sau mới có.')
neg('cs', 'a secret birthday plan: "Posílám ti tajný plán na Petrovu oslavu, nikomu to neříkej".',
    'Posílám ti tajný plán na Petrovu oslavu, nikomu to neříkej!\nSraz v sobotu v 18:00 u hospody.')
neg('cs', 'an induction presentation on protecting classified information, "nekopírujte ji bez svolení autora".',
    'V příloze je prezentace o ochraně utajovaných informací pro nové zaměstnance, nekopírujte ji bez svolení autora.\nDíky, HR.')
neg('en', 'a Confidentiality Policy sent for reading online.',
    'Attached is our Confidentiality Policy; please don\'t print it, read it online.\nQuestions to HR.')
neg('en', 'a Restricted Area access form.',
    'Sending you the Restricted Area access form - do not share your badge with anyone.\nSign and return by Friday.')
neg('en', 'the classified ads section of a newspaper.',
    'Here\'s the classified section of the paper with the flat ads, don\'t throw it away.\nThe two-bed one looks good.')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

# ---- told levels
vi('block', M, 'a chat sending a scanned letter: "văn bản này là văn bản mật đấy, anh đọc xong trả lại em bản giấy".',
   'Anh Tâm ơi, em gửi anh bản scan công văn của Tỉnh ủy, văn bản này là văn bản mật đấy, anh đọc xong trả lại em bản giấy nhé.\n'
   'Nội dung: Tỉnh ủy yêu cầu rà soát toàn bộ cán bộ có người thân định cư ở nước ngoài trước ngày 20/12.')
vi('block', M, 'a note: "số liệu này là số liệu mật, chị không đưa vào báo cáo gửi bên ngoài", then the figures.',
   'Chị lưu ý giúp em: số liệu này là số liệu mật, chị không đưa vào báo cáo gửi bên ngoài nhé.\n'
   'Thu ngân sách 11 tháng đạt 61 %, hụt thu 420 tỷ do 2 dự án đất chưa đấu giá được.')
add('vi', 'block', M, 'an emoji chat: "🔒 tài liệu mật nha mọi người, đọc xong nhớ thu hồi 🙏", then its content.',
    '🔒 tài liệu mật nha mọi người, đọc xong nhớ thu hồi 🙏\nKế hoạch tiếp công dân đột xuất của đồng chí Bí thư tại xã Phú Hòa ngày 18/12.')
add('vi', 'block', M, 'a message: "Nội dung bên dưới là mật, các anh chị chỉ đọc, không trao đổi ra ngoài:", then the content.',
    'Nội dung bên dưới là mật, các anh chị chỉ đọc, không trao đổi ra ngoài:\n'
    'Ban Thường vụ đã thống nhất không giới thiệu đồng chí Phó Giám đốc Sở Xây dựng tái cử vì có đơn thư chưa giải quyết xong.')
add('vi', 'block', M, 'without diacritics: "gui chi ds toi mat can bo dien quy hoach, chi doc roi xoa nha", then the list.',
    'gui chi ds toi mat can bo dien quy hoach, chi doc roi xoa nha\n1. Hoang Van Tuan - PCT UBND huyen\n2. Dinh Thi Mai - TP Noi vu')
add('vi', 'block', M, 'a closing request: "Đề nghị đồng chí quản lý tài liệu này theo chế độ Tối mật, không sao chụp."',
    'Kính gửi đồng chí Trưởng Công an huyện,\nBan Chỉ đạo gửi đồng chí danh sách 9 điểm cần bảo vệ trong dịp bầu cử.\n'
    'Đề nghị đồng chí quản lý tài liệu này theo chế độ Tối mật, không sao chụp.')
add('vi', 'block', M, 'a Teams meeting chat: "Slide 5-7 là tối mật, mọi người không chụp màn hình nhé", then the slide text.',
    'Slide 5-7 là tối mật, mọi người không chụp màn hình nhé.\nSlide 5: Phương án cắt giảm 30 % biên chế khối sự nghiệp giáo dục năm 2027.')
add('cs', 'block', M, 'a Czech forward: "přeposílám vyhrazenou informaci od KŘP, nesdílejte ji prosím dál", then the text.',
    'Kolegyně, přeposílám vyhrazenou informaci od KŘP, nesdílejte ji prosím dál.\n'
    'Ve dnech 3.–5. 2. proběhne cvičení IZS u přehrady, uzavírka silnice II/360.')
add('cs', 'block', M, 'a Czech note: "Přikládám důvěrný zápis z porady vedení – nepřeposílat mimo vedení."',
    'Přikládám důvěrný zápis z porady vedení – nepřeposílat mimo vedení.\nBod 1: Rušení oddělení dopravy k 1. 7., čtyři výpovědi.')
add('en', 'block', M, 'an English forward: "Forwarding the CONFIDENTIAL briefing note - please don\'t circulate beyond the working group."',
    'Forwarding the CONFIDENTIAL briefing note - please don\'t circulate beyond the working group.\n'
    'The minister will announce the closure of two district hospitals next week.')

# ---- hard negatives
vineg('a floor plan sent for comment, "đừng gửi cho nhà thầu vội".',
      'Em gửi anh file thiết kế mặt bằng tầng 3, anh xem xong góp ý, đừng gửi cho nhà thầu vội.\nPhòng họp lớn chuyển sang cánh phía Đông.')
vineg('a paper said not to be secret: "không phải tài liệu mật, … không cần xem xong xóa".',
      'Tài liệu này không phải tài liệu mật, anh cứ gửi cho các phòng, không cần xem xong xóa.\nHạn góp ý là thứ Sáu.')
add('vi', 'pass', [], 'Hard negative: a year-end party guest list kept secret from the boss.',
    'Danh sách khách mời tiệc tất niên giữ bí mật đến hôm đó nhé, đừng chuyển cho sếp.\nTổng 42 người, đặt 5 bàn.')
add('vi', 'pass', [], 'Hard negative: the meeting-room Wi-Fi password changed, ask privately, do not post it.',
    'Mật khẩu wifi phòng họp đổi rồi, ai cần thì nhắn riêng, đừng đăng lên nhóm.\nPhòng họp 2 vẫn dùng mạng cũ.')
neg('cs', 'a declassified archive document sent before a book launch.',
    'Posílám odtajněný dokument z archivu, nešiřte ho prosím před vydáním knihy.\nKřest bude v dubnu.')
neg('cs', 'a reserved parking space ("vyhrazené parkovací místo") sent to colleagues.',
    'V příloze posílám plánek s vyhrazeným parkovacím místem pro návštěvy, nepřeposílejte to mimo úřad.\nMísto č. 4 u vjezdu.')
neg('en', 'a lower-case confidential feedback form.',
    'Sending you the confidential feedback form - don\'t share your answers with colleagues.\nDeadline Friday.')
neg('en', 'a quoted "Restricted" label template for the printer.',
    'Attached is the \'Restricted\' label template for the printer - do not print it on letterhead.\nUse A4 labels.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

# ---- told levels
add('vi', 'block', M, 'a group message: "file em up lên nhóm là bản mật nhé, ai tải về rồi thì xóa giúp em", then what the file holds.',
    'Mọi người ơi file em up lên nhóm là bản mật nhé, ai tải về rồi thì xóa giúp em, em gỡ rồi.\n'
    'Trong file có danh sách 23 hộ chưa đồng ý nhận tiền bồi thường và phương án cưỡng chế từng hộ.')
add('vi', 'block', M, 'a request: "tờ trình đang ở độ Mật nên anh đừng lưu vào máy chung", then the text.',
    'Anh đọc qua giúp em tờ trình này, tờ trình đang ở độ Mật nên anh đừng lưu vào máy chung:\n'
    'Sở Nội vụ trình UBND tỉnh cho thôi giữ chức vụ đối với Giám đốc Trung tâm Dịch vụ việc làm kể từ ngày 01/01/2027.')
add('vi', 'block', M, 'without diacritics: "Bao cao tuan nay thuoc loai mat, cac ban khong forward ra ngoai nhe:", then the figures.',
    'Bao cao tuan nay thuoc loai mat, cac ban khong forward ra ngoai nhe:\n'
    'So doi tuong nghi van buon ban nguoi qua bien gioi: 6; da lap chuyen an 1 vu.')
vi('block', M, 'a handout note: "Tài liệu sau đây được xếp độ Tối mật, … nghiên cứu tại chỗ, không mang ra khỏi phòng".',
   'Tài liệu sau đây được xếp độ Tối mật, đề nghị các đồng chí nghiên cứu tại chỗ, không mang ra khỏi phòng.\n'
   'Phương án nhân sự Ban Chấp hành khóa mới: giới thiệu 45 đồng chí, trong đó 9 đồng chí lần đầu tham gia.')
add('vi', 'block', M, 'a chat: "Em xin phép gửi chị bản dự thảo mật, … đừng gửi qua Zalo nhé:", then the draft.',
    'Em xin phép gửi chị bản dự thảo mật, chị góp ý trực tiếp trên file giúp em, đừng gửi qua Zalo nhé:\n'
    'Dự thảo kết luận thanh tra: Chủ tịch UBND phường để xảy ra lấn chiếm đất công 3.200 m2 kéo dài.')
add('cs', 'block', M, 'a Czech mail: "Zasílám vám výtah z důvěrné zprávy, prosím o diskrétnost a nešíření", then the excerpt.',
    'Zasílám vám výtah z důvěrné zprávy, prosím o diskrétnost a nešíření.\n'
    'Hasičský záchranný sbor doporučuje evakuaci domova seniorů při stupni povodňové aktivity 3.')
add('en', 'block', M, 'an English note: "Copying below the part of the CONFIDENTIAL audit … - not for wider circulation."',
    'Copying below the part of the CONFIDENTIAL audit that concerns your unit - not for wider circulation.\n'
    'Finding 4: procurement of IT equipment split into small lots to avoid tender, 1.2 million in total.')
add('en', 'block', M, 'an English message: "Passing on the SECRET assessment from the embassy; destroy your copy after the meeting."',
    'Passing on the SECRET assessment from the embassy; destroy your copy after the meeting.\n'
    'Assessment: the opposition plans a general strike in the capital if the election is postponed.')

# ---- hard negatives
vineg('a power-cut report sent, "xem xong xóa cũng được".',
      'Em gửi anh báo cáo mất điện tuần qua, anh xem xong xóa cũng được, không cần lưu.\nTổng 14 giờ mất điện ở 3 xã.')
add('vi', 'pass', [], 'Hard negative: Morse code sent to teach children.',
    'Gửi anh bản mật mã Morse để dạy các cháu, xem xong xóa cũng được.\nA = .-  B = -...')
add('vi', 'pass', [], 'Hard negative: "tài liệu mật hay không thì anh hỏi văn thư".',
    'Đây là tài liệu mật hay không thì anh hỏi văn thư, em không rõ, đừng gửi lên nhóm vội.\nEm gửi kèm bản chụp.')
add('vi', 'pass', [], 'Hard negative: a class\'s "kế hoạch tuyệt mật" to give the teacher flowers on 20/11.',
    'Kế hoạch tuyệt mật của lớp: tặng cô chủ nhiệm bó hoa ngày 20/11, đừng để cô biết nhé.\nMỗi bạn góp 20 nghìn.')
neg('cs', 'a "přísně tajný recept" on goulash.',
    'Posílám přísně tajný recept na guláš, nikomu ho neukazuj 😉\n1 kg hovězí, 4 cibule, paprika.')
neg('en', 'a "Top Secret Recipes" cookbook list.',
    'Sending the Top Secret Recipes cookbook list - don\'t share the spoilers!\nChapter 3 is desserts.')
neg('en', 'a Restricted Substances List for suppliers.',
    'Attached is the Restricted Substances List (RSL) for suppliers - please don\'t forward outdated versions.\nVersion 7, January.')

# ================================================================ batch 6 (written after batch 5's fixes, scored blind)

add('vi', 'block', M, 'a long Zalo export; the level told in a later message in southern speech: "file này mức Mật đó nghen, mấy em đọc xong xóa dùm chị".',
    '[09:12] Chị Vân: Chị gửi mấy em bảng tổng hợp kết quả xác minh đơn thư quý IV\n[09:13] Chị Vân: [Tệp] tong_hop_xac_minh_Q4.docx\n'
    '[09:15] Chị Vân: à quên, file này mức Mật đó nghen, mấy em đọc xong xóa dùm chị\n'
    '[09:16] Chị Vân: Tóm tắt: 14 đơn tố cáo cán bộ địa chính, 3 đơn có cơ sở, đề nghị chuyển Ủy ban Kiểm tra xem xét.\n[09:20] Tú: Dạ em nhận ạ')
add('vi', 'block', M, 'a quoted reply: "Vì là tài liệu mật nên anh chỉ gửi qua mạng nội bộ, các em không tải lên Drive", then the content.',
    'Dạ em nhận được rồi ạ.\n\n> Vì là tài liệu mật nên anh chỉ gửi qua mạng nội bộ, các em không tải lên Drive.\n'
    '> Nội dung: phương án sắp xếp 4 đội quản lý thị trường còn 2 đội, dôi dư 9 công chức.')
add('vi', 'block', M, 'a chat: "Em chụp màn hình văn bản mật gửi anh đây, anh đừng lưu ảnh nhé", then the text read from it.',
    'Em chụp màn hình văn bản mật gửi anh đây, anh đừng lưu ảnh nhé:\n'
    'Yêu cầu các đơn vị tạm dừng cấp phép khai thác khoáng sản tại 3 xã vùng giáp ranh cho đến khi có kết luận thanh tra.')
add('cs', 'block', M, 'a Czech chat: "tady je ten vyhrazený materiál z kraje, prosím nikam ho neposílej".',
    'Ahoj, tady je ten vyhrazený materiál z kraje, prosím nikam ho neposílej, díky!\n'
    'Krajský štáb plánuje přesun zásob pitné vody do skladu v Pelhřimově do konce února.')
add('en', 'block', M, 'an English heads-up: "the doc below is CONFIDENTIAL (ministry eyes only) - please don\'t paste it into other chats".',
    'Heads-up: the doc below is CONFIDENTIAL (ministry eyes only) - please don\'t paste it into other chats.\n'
    'Draft: the regional office will be merged into the capital office; 60 staff offered relocation.')
neg('vi', 'a class meeting reminder: the papers are not secret ("không mật"), read them first.',
    'Nhắc lịch: 14h họp giao ban, tài liệu (không mật) em gửi trong nhóm rồi, mọi người đọc trước, đừng in nhiều.\nPhòng họp tầng 3.')
neg('vi', 'a teacher\'s test kept secret from pupils until Monday, parents asked to delete it.',
    'Cô giáo gửi phụ huynh bài kiểm tra, đề bí mật đến thứ Hai, phụ huynh xem xong xóa giúp cô.\nCảm ơn các phụ huynh.')
neg('en', 'secret-ballot results attached, not to be shared before the announcement.',
    'Secret ballot results attached - please don\'t share before the official announcement.\nTurnout 87 %.')
neg('cs', 'office gossip told "důvěrně" (in confidence), "zatím to nikomu neříkej".',
    'Posílám důvěrně: Petr odchází k jiné firmě, zatím to nikomu neříkej.\nRozlučka bude v pátek.')

write_marking_round(S, 'round47', 'p47')
