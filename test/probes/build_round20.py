#!/usr/bin/env python3
"""Builds test/probes/round20.jsonl: round 20 of the held-out-style probes, written blind (before any rule was changed
for it). Precision first: the people who use the guard paste public material about security all day — paraphrases of
the laws that define the secrecy levels (Vietnam's 2018 Law on Protection of State Secrets and its decree, Czech act
412/2005 Sb., US EO 13526, the UK Government Security Classifications), security-awareness e-mails, quizzes, minutes
saying a document is not secret, news of trials, IT password policies and reset instructions with placeholders, API
docs, environment reads, masked values, hashes, bank one-time-code notices, words that hold "mật"/"tajn"/"důvěr"
(mật khẩu as a topic, mật độ, mật thiết, bí mật kinh doanh, mật ong; tajemník, tajenka, důvěra), code and
spreadsheet identifiers named CLASSIFIED/SECRET/CONFIDENTIAL, officials and office phone lines in news, a public
decree. Beside them, credentials as staff paste them: "mk email công vụ", handover notes with VPN and router
passwords, .env and e-office config files, "heslo do datové schránky", "here are the prod creds".

Decisions written into the labels (by the contract):
- a text that explains, quotes or asks about the levels is not marked with one: pass;
- a public decree with its issuing-body header and number is an official document: warn (official-document);
  citing a law's number inside a sentence of news or training is not the document itself: pass;
- a one-time code (bank OTP, authorisation code) expires within minutes: pass; a card or token PIN is a stored
  secret: block; a person's bank account number with its label is financial: block;
- an office hotline or a public official's name in news is not a person's contact: pass;
- placeholders (YOUR_API_KEY, <mat_khau_moi>), masked values, hashes and environment reads are not secrets: pass.
Secrets are made here from a seeded generator (no real account), so the file can be rebuilt byte for byte. Stdlib
only."""
from probe_ids import AL, DG, LO, UP, seeded, write_round, collector

R, rnd = seeded(2020)


def pw(n=12):
    """A password as people make them: a capitalised word-like stem, digits and a sign."""
    return R.choice(UP) + rnd(n - 5, LO) + R.choice('@#!$&') + rnd(3, DG)


S, add, neg = collector()
CR, FI, OD, CM, IN = 'credential', 'financial', 'official-document', 'classified-marking', 'infrastructure'


# ================================================================ Vietnamese: hard negatives
neg('vi', 'a training slide that lists the three levels of state secrets and what each protects.',
    'BÀI 2. PHÂN LOẠI BÍ MẬT NHÀ NƯỚC\n\nTheo Luật Bảo vệ bí mật nhà nước năm 2018, bí mật nhà nước được chia thành '
    'ba độ:\n- Tuyệt mật: thông tin nếu bị lộ sẽ gây nguy hại đặc biệt nghiêm trọng;\n- Tối mật: gây nguy hại rất '
    'nghiêm trọng;\n- Mật: gây nguy hại.\nHọc viên thảo luận ví dụ cho từng độ.')
neg('vi', 'a multiple-choice exam question on the number of secrecy levels, without diacritics.',
    'Cau 7: Bi mat nha nuoc duoc phan loai thanh may do?\nA. Hai do: Mat va Toi mat\nB. Ba do: Tuyet mat, Toi mat, '
    'Mat\nC. Bon do: Tuyet mat, Toi mat, Mat, Han che\nDap an dung: B')
neg('vi', 'a security-awareness e-mail telling staff not to paste documents stamped MẬT into ChatGPT.',
    'Kính gửi toàn thể cán bộ, công chức,\n\nVăn phòng đề nghị các đồng chí tuyệt đối không sao chép, dán nội dung '
    'văn bản có đóng dấu "MẬT", "TỐI MẬT" hoặc "TUYỆT MẬT" vào ChatGPT, Gemini hay các công cụ trí tuệ nhân tạo '
    'khác. Mọi vi phạm sẽ được xử lý theo quy định.\n\nTrân trọng.', 'eml')
neg('vi', 'a group-chat reminder without diacritics not to upload documents with the MAT stamp.',
    '[16:20] Truong phong: Nhac lai ca phong: van ban nao co dau MAT thi khong duoc dan len chatgpt hay zalo nhe\n'
    '[16:21] Thu Trang: Da em ro a')
neg('vi', 'meeting minutes stating that the report is not a state secret and may be published.',
    'Kết luận cuộc họp: Báo cáo tổng kết công tác cải cách hành chính năm 2025 không thuộc danh mục bí mật nhà nước, '
    'được đăng tải trên Cổng thông tin điện tử của tỉnh sau khi lãnh đạo phê duyệt.')
neg('vi', 'news of a trial for disclosing state secrets, defendant not named.',
    'Ngày 12/5, Tòa án nhân dân thành phố mở phiên xét xử sơ thẩm một cựu cán bộ văn phòng về tội cố ý làm lộ bí mật '
    'nhà nước. Theo cáo trạng, bị cáo đã chụp ảnh nhiều tài liệu thuộc độ Tối mật và Mật rồi gửi qua mạng xã hội.')
neg('vi', 'an IT password policy (length, complexity, rotation).',
    'QUY ĐỊNH VỀ MẬT KHẨU\n1. Mật khẩu có độ dài tối thiểu 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc '
    'biệt.\n2. Thay đổi mật khẩu ít nhất 90 ngày một lần; không dùng lại 5 mật khẩu gần nhất.\n3. Không ghi mật khẩu '
    'ra giấy hoặc lưu trong trình duyệt dùng chung.')
neg('vi', 'password-reset steps without diacritics with a placeholder and a weak example named as forbidden.',
    'Huong dan doi mat khau email cong vu:\nBuoc 1: dang nhap tai trang thu dien tu\nBuoc 2: chon Cai dat > Doi mat '
    'khau\nBuoc 3: nhap mat khau cu, roi nhap mat khau moi: <mat_khau_moi>\nLuu y: khong dat mat khau qua don gian '
    'nhu 123456 hay ngay sinh.')
neg('vi', 'a bank SMS with a one-time code and the warning not to share it, without diacritics.',
    'VCB: Ma OTP cua Quy khach la 483920, hieu luc trong 3 phut. KHONG chia se ma OTP cho bat ky ai, ke ca nhan vien '
    'ngan hang.')
neg('vi', 'a bank notice that it never asks for passwords or OTP codes.',
    'Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mật khẩu, mã OTP hay số thẻ qua điện thoại, tin nhắn hoặc '
    'mạng xã hội. Nếu nhận được yêu cầu như vậy, vui lòng gọi tổng đài để được hỗ trợ.')
neg('vi', '"mật độ" and "mật thiết" in a planning report.',
    'Mật độ dân số của huyện đạt 1.240 người/km2, cao gấp đôi bình quân của tỉnh. Tốc độ đô thị hóa có quan hệ mật '
    'thiết với việc mở rộng khu công nghiệp phía nam.')
neg('vi', 'an NDA clause about trade secrets (bí mật kinh doanh).',
    'Điều 4. Nghĩa vụ bảo mật\nBên B không được tiết lộ bí mật kinh doanh, danh sách khách hàng và thông tin giá của '
    'Bên A cho bất kỳ bên thứ ba nào trong thời hạn hợp đồng và 2 năm sau khi chấm dứt.')
neg('vi', 'a recipe with mật ong and mật mía.',
    'Cách làm gà nướng mật ong: ướp 1 kg cánh gà với 3 thìa mật ong, 1 thìa mật mía, tỏi băm và nước mắm trong 2 '
    'giờ, sau đó nướng ở 200 độ khoảng 25 phút.')
neg('vi', 'words with "mat" without diacritics: mat do xay dung, than mat, mat ong rung.',
    'Du an co mat do xay dung 40%, cach khu rung tram 2 km. Ba con o day than mat voi nhau, mua nay thu hoach mat ong '
    'rung duoc gia cao.')
neg('vi', 'news naming a provincial vice-chairman and the health department hotline (office lines, not personal).',
    'Chiều 3/6, Phó Chủ tịch UBND tỉnh Trần Quốc Hưng đã kiểm tra công tác phòng chống dịch tại các xã ven biển. '
    'Người dân cần hỗ trợ liên hệ đường dây nóng của Sở Y tế: 0235 3812 456 hoặc 1900 9095.')
neg('vi', 'an exam question on where the MẬT stamp is placed on a document.',
    'Câu 12: Theo quy định hiện hành, con dấu chỉ độ mật được đóng ở vị trí nào trên văn bản?\nA. Cuối văn bản, sau '
    'chữ ký\nB. Phía dưới số, ký hiệu văn bản\nC. Góc trái trang cuối')
neg('vi', 'a chat complaining about having to change the work e-mail password, without diacritics.',
    'Sao dao nay cu 30 ngay la bat doi mat khau email cong vu vay moi nguoi, co ai biet quy dinh moi khong? Minh '
    'quen mat khau hoai.')
neg('vi', 'Python reading the password from an environment variable, with a Vietnamese comment.',
    'import os\n\n# lấy mật khẩu CSDL từ biến môi trường, không ghi cứng trong mã\nmat_khau = os.getenv("DB_PASSWORD")\n'
    'if not mat_khau:\n    raise RuntimeError("Chưa đặt biến DB_PASSWORD")\n')
neg('vi', 'an account table where the password is masked.',
    'Thông tin tài khoản quản trị cổng dịch vụ:\n- Tên đăng nhập: quantri_cong\n- Mật khẩu: ******** (đã ẩn, liên '
    'hệ phòng CNTT để được cấp lại)')
neg('vi', 'a question about a stored bcrypt hash of a password.',
    'Trong bảng nguoi_dung, cột mat_khau lưu chuỗi như $2b$12$' + rnd(53, AL + './') + ' — đây là mã băm bcrypt '
    'phải không, có giải ngược được không?')
neg('vi', 'a handover note saying the password was sent separately and is not written here.',
    'Biên bản bàn giao máy chủ ứng dụng: đã bàn giao quyền quản trị cho anh Phạm Minh Đức. Mật khẩu quản trị đã gửi '
    'riêng qua tin nhắn, không ghi trong biên bản này.')
neg('vi', 'a circular note without diacritics that reviewed documents are not secret and can be posted.',
    'De nghi cac phong ra soat lai danh muc tai lieu; tai lieu nao khong mat thi dang tai len cong thong tin truoc '
    'ngay 30/6.')
neg('vi', 'news citing a directive number inside a sentence (a citation, not the document).',
    'Thực hiện Chỉ thị số 09/CT-TTg của Thủ tướng Chính phủ về tăng cường công tác bảo vệ bí mật nhà nước, nhiều bộ, '
    'ngành đã rà soát lại quy trình soạn thảo và lưu giữ tài liệu mật trong năm qua.')
neg('vi', '"bảo mật" as an IT feature in a user guide.',
    'Để tăng cường bảo mật cho tài khoản, hãy bật xác thực hai yếu tố trong mục Cài đặt > Bảo mật. Ứng dụng sẽ gửi mã '
    'xác nhận mỗi khi bạn đăng nhập trên thiết bị mới.')
neg('vi', 'a job ad for an information-security specialist.',
    'Tuyển dụng chuyên viên an toàn, bảo mật thông tin: tốt nghiệp đại học chuyên ngành CNTT, ưu tiên có chứng chỉ '
    'CISSP hoặc CEH; am hiểu quy định về bảo vệ bí mật nhà nước trên không gian mạng.')
neg('vi', 'a statistics table counting documents per secrecy level, without diacritics.',
    'Thong ke van ban den nam 2025\nDo mat | So luong\nTuyet mat | 0\nToi mat | 3\nMat | 27\nThuong | 1.482\n'
    'Tong | 1.512')
neg('vi', 'a paraphrase of the protection periods per level from the 2018 law.',
    'Thời hạn bảo vệ bí mật nhà nước được tính từ ngày xác định độ mật: 30 năm với độ Tuyệt mật, 20 năm với độ Tối '
    'mật và 10 năm với độ Mật; hết thời hạn, người đứng đầu cơ quan xem xét gia hạn hoặc giải mật.')
neg('vi', 'a question without diacritics about what "giai mat" (declassification) means.',
    'Cho em hoi giai mat tai lieu la gi, sau khi giai mat thi co duoc dua len mang khong a? Em dang lam bai tap mon '
    'Phap luat dai cuong.')
add('vi', 'warn', [OD],
    'A public decree on state secrets with its government header and number: an official document (warn), not a '
    'marked one.',
    'CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 26/2020/NĐ-CP\nHà Nội, ngày '
    '28 tháng 02 năm 2020\n\nNGHỊ ĐỊNH\nQuy định chi tiết một số điều của Luật Bảo vệ bí mật nhà nước\n\nĐiều 2. '
    'Mẫu dấu chỉ độ mật\nDấu chỉ độ mật gồm ba loại: Tuyệt mật, Tối mật và Mật; mẫu dấu được quy định tại Phụ lục '
    'kèm theo Nghị định này.')

# ================================================================ Vietnamese: positives
add('vi', 'block', [CR], 'Chat: "mk email công vụ" followed by the password.',
    f'[07:52] Chị Ngân: Em ơi đăng nhập giúp chị xem có thư mới không, mk email công vụ của chị là {pw(11)} nhé\n'
    '[07:53] Hải: Dạ em xem ngay')
add('vi', 'block', [CR], 'Chat without diacritics: "mk email cong vu:" and the password.',
    f'Anh oi tai khoan email cong vu cua phong: vanthu.pkh, mk email cong vu: {pw(10)} — anh gui giup bao cao nhe')
add('vi', 'block', [CR], 'A handover e-mail listing the VPN and the router passwords.',
    'Chào anh Tùng,\n\nEm bàn giao lại hệ thống mạng phòng trước khi nghỉ phép:\n- VPN: máy chủ vpn.sokhcn.local, '
    f'tài khoản tung.nv, mật khẩu {pw(12)}\n- Router tầng 2: admin / {pw(10)}\n- Switch lõi: dùng chung tài khoản '
    'với router\n\nEm Hòa', 'eml')
add('vi', 'block', [FI],
    'Chat with a one-time code and the sender\'s own account number (the account is financial; the OTP alone would '
    'pass).',
    '[20:14] Bảo Anh: anh chuyển tiền cọc vào STK của em nhé: 0451 0001 2345 67 Vietcombank, chủ TK Lê Bảo Anh\n'
    '[20:15] Bảo Anh: mã OTP nó gửi là 558201, anh đọc giúp em xác nhận với')
add('vi', 'block', [CR], 'A .env file pasted with a question about a connection error.',
    'Sửa giúp mình file .env này, chạy lên bị lỗi không kết nối được CSDL:\n\nAPP_ENV=production\nDB_HOST=10.8.0.21\n'
    f'DB_USER=qlvb_app\nDB_PASSWORD={pw(14)}\nOPENAI_API_KEY=sk-proj-{rnd(48, AL + "_-")}\nMAIL_PASSWORD={pw(12)}\n')
add('vi', 'block', [CR], 'The e-office system\'s appsettings.json with a SQL Server connection string and password.',
    'Hệ thống quản lý văn bản điều hành báo lỗi khi khởi động, cấu hình như sau:\n{\n  "ConnectionStrings": {\n'
    '    "QLVB": "Server=10.10.1.5;Database=QLVB_2026;User Id=sa;Password=' + pw(13) + ';"\n  },\n'
    '  "Logging": { "LogLevel": { "Default": "Warning" } }\n}')
add('vi', 'block', [CR], 'Chat without diacritics: the meeting-room wifi password.',
    f'pass wifi phong hop tang 3 la {pw(10)} nha moi nguoi, ten mang PHONGHOP_T3')
add('vi', 'block', [CR], 'A table of accounts with a "Mat khau" column without diacritics.',
    'STT | Ho ten | Tai khoan | Mat khau\n1 | Nguyen Thi Lan | lan.nt | ' + pw(9) + '\n2 | Do Van Khoa | khoa.dv | '
    + pw(9) + '\n3 | Vu Minh Chau | chau.vm | ' + pw(9))
add('vi', 'block', [CR], 'Zalo chat: a question for the file-server password and the password alone on the reply line.',
    f'[08:15] Anh Tuấn: mật khẩu máy chủ file là gì em?\n[08:16] Lan Anh: {pw(11)}\n[08:16] Anh Tuấn: ok cảm ơn em')
add('vi', 'block', [CR], 'A card PIN written down in a family chat.',
    'Mẹ ơi thẻ ATM Agribank của mẹ con để trong ngăn kéo, mã PIN là 4821, mẹ rút giúp con 2 triệu nhé')
add('vi', 'block', [CR], 'An admin account of the public portal without diacritics, with its password.',
    f'Tai khoan quan tri cong thong tin xa: admin_ubndxa / {pw(11)} — nho doi sau khi ban giao')
add('vi', 'block', [CR], 'The PIN of a USB signing token in a handover note.',
    'Bàn giao chữ ký số của Văn phòng: token USB số seri VT-2291, mã PIN token: 739184, hạn sử dụng đến 12/2027.')
add('vi', 'block', [CR], 'A PostgreSQL URL with a password in a Vietnamese question.',
    f'Chuỗi kết nối này sai ở đâu vậy: postgresql://qlcb:{pw(12)}@10.20.0.15:5432/quanlycanbo — cứ báo timeout')
add('vi', 'block', [CR], 'An internal GitLab token in a Vietnamese chat.',
    f'Em dùng token này để pull repo cổng dịch vụ nhé: glpat-{rnd(20, AL + "_-")}, hết hạn cuối tháng')
add('vi', 'block', [CR], 'Notice-board style line: wifi name and password with diacritics.',
    f'Wifi khách của Trung tâm Hành chính công\nTên mạng: TTHCC_Khach\nMật khẩu: {pw(10)}')
add('vi', 'block', [CR], 'A reply-line password after "pass vpn la gi" without diacritics.',
    f'[10:01] Quang: pass vpn moi la gi anh?\n[10:02] Anh Son IT: {pw(12)}\n[10:02] Quang: ok em cam on')
add('vi', 'block', [CR], 'A one-line account pair "tk / mk" for the public-service portal.',
    f'tk dịch vụ công của phòng: pkhdt.hcc, mk: {pw(10)} — em nộp hồ sơ giúp anh trước 5h chiều')
add('vi', 'block', [CR], 'Accounting software login (user / pass) in a message.',
    f'Thông tin đăng nhập phần mềm kế toán MISA của phòng: user ketoan01 / pass {pw(11)}, chị cần thì vào xuất báo cáo')

# ================================================================ Czech: hard negatives
neg('cs', 'a paraphrase of act 412/2005 Sb. listing the four classification levels.',
    'Zákon č. 412/2005 Sb. rozlišuje čtyři stupně utajení: Přísně tajné, Tajné, Důvěrné a Vyhrazené. O stupni '
    'rozhoduje, jak vážnou újmu by mohlo vyzrazení informace způsobit zájmům České republiky.')
neg('cs', 'a quiz question on the lowest classification level.',
    'Otázka 3: Který stupeň utajení je nejnižší?\na) Důvěrné\nb) Vyhrazené\nc) Tajné\nSprávná odpověď: b)')
neg('cs', 'tajemník of a municipal office and a crossword tajenka.',
    'Tajemník městského úřadu představil nový organizační řád. V závěru zpravodaje najdete křížovku; tajenku '
    'posílejte do konce měsíce na podatelnu.')
neg('cs', '"důvěra" in a survey report.',
    'Důvěra občanů v obecní zastupitelstva vzrostla na 62 %, důvěra ve vládu naopak klesla. Průzkum proběhl na '
    'vzorku 1 020 respondentů.')
neg('cs', 'an awareness e-mail: do not paste documents marked VYHRAZENÉ into ChatGPT.',
    'Vážení kolegové,\n\nupozorňujeme, že do nástrojů umělé inteligence (ChatGPT, Copilot a další) je zakázáno '
    'vkládat dokumenty označené stupněm utajení VYHRAZENÉ nebo vyšším ani jejich části.\n\nOddělení bezpečnosti', 'eml')
neg('cs', 'news of a sentence for disclosing classified information.',
    'Krajský soud potrestal bývalého úředníka podmíněným trestem za ohrožení utajované informace. Muž si podle '
    'obžaloby odnesl domů spis se stupněm utajení Důvěrné.')
neg('cs', 'a password policy.',
    'Zásady hesel: heslo musí mít alespoň 12 znaků, obsahovat velká a malá písmena a číslice a mění se každých 90 '
    'dní. Heslo nikomu nesdělujte a nezapisujte si ho.')
neg('cs', 'password-reset steps with a placeholder.',
    'Postup obnovy hesla: 1) klikněte na „Zapomenuté heslo“, 2) zadejte kód z e-mailu, 3) do pole „Nové heslo“ '
    'napište nové heslo, např. <vaše_nové_heslo>, a potvrďte.')
neg('cs', 'a bank SMS with an authorisation code and a warning.',
    'Autorizační kód platby: 482913. Kód nikomu nesdělujte, pracovníci banky jej po vás nikdy nebudou chtít.')
neg('cs', 'minutes saying the material is not classified.',
    'Zápis z porady: předložený materiál není utajovanou informací a po schválení radou bude zveřejněn na úřední '
    'desce.')
neg('cs', 'an NDA clause on obchodní tajemství and a tajné hlasování.',
    'Smluvní strany se zavazují chránit obchodní tajemství druhé strany. O volbě předsedy komise rozhodlo tajné '
    'hlasování.')

# ================================================================ Czech: positives
add('cs', 'block', [CR], '"heslo do datové schránky" with the password.',
    f'Ahoj, heslo do datové schránky úřadu je {pw(11)}, login ds_obec_horni — prosím vyzvedni dnešní zprávy.')
add('cs', 'block', [CR], 'VPN login details in an e-mail.',
    f'Přihlašovací údaje k VPN pro práci z domova:\nuživatel: jnovakova\nheslo: {pw(12)}\nServer: vpn.mestojih.local', 'eml')
add('cs', 'block', [CR], 'The records-management system (spisová služba) config with a DB password.',
    'Spisová služba po aktualizaci nenaběhne, tady je konfigurace:\nspisova_sluzba.db.url=jdbc:postgresql://10.1.4.7:'
    f'5432/spis\nspisova_sluzba.db.user=spis_app\nspisova_sluzba.db.password={pw(13)}\n')
add('cs', 'block', [CR], 'Chat: the meeting-room wifi password.',
    f'[14:10] Petra: heslo k wifi v zasedačce je {pw(10)}, síť ZASEDACKA_2P')
add('cs', 'block', [CR], 'A card PIN in a message.',
    'Karta od firemního účtu je v šuplíku, PIN ke kartě: 5821. Vyber prosím hotovost na zálohu.')
add('cs', 'block', [CR], 'A .env with an SMTP password and a question in Czech.',
    f'Proč mi nejde odesílání mailů?\nSMTP_HOST=smtp.mesto.cz\nSMTP_USER=podatelna\nSMTP_PASSWORD={pw(12)}\n')
add('cs', 'block', [CR], 'A CSV of accounts with a "Heslo" column.',
    'Uživatel;Heslo;Oddělení\n' + f'kralova;{pw(10)};Podatelna\nsvoboda;{pw(10)};Účtárna\n', 'csv')
add('cs', 'block', [CR], 'A Microsoft 365 account password in a message to a colleague.',
    f'Dočasné heslo k účtu Microsoft 365 pro novou kolegyni (marie.dvorakova): {pw(12)} — při prvním přihlášení si ho změní.')

# ================================================================ English: hard negatives
neg('en', 'a paraphrase of EO 13526\'s three levels.',
    'Executive Order 13526 defines three levels. Top Secret applies where unauthorized disclosure could be expected '
    'to cause exceptionally grave damage to national security, Secret where it could cause serious damage, and '
    'Confidential where it could cause damage.')
neg('en', 'a paraphrase of the UK Government Security Classifications tiers.',
    'Under the Government Security Classifications policy there are three tiers: OFFICIAL, SECRET and TOP SECRET. '
    'Most public sector information is OFFICIAL; OFFICIAL-SENSITIVE is a handling caveat, not a separate tier.')
neg('en', 'an awareness e-mail: never paste documents marked CONFIDENTIAL or SECRET into AI tools.',
    'Subject: Reminder on AI tools\n\nTeam,\n\nNever paste documents marked CONFIDENTIAL or SECRET, or any part of '
    'them, into ChatGPT or other AI assistants. If unsure, ask the security office first.\n\nThanks,\nIT Security',
    'eml')
neg('en', 'a quiz question on which level means serious damage.',
    'Q4. Which classification applies when unauthorized disclosure could cause serious damage?\nA) Confidential\n'
    'B) Secret\nC) Top Secret\nAnswer: B')
neg('en', 'news of a sentence for keeping top secret documents at home.',
    'A former defense contractor was sentenced on Tuesday to 30 months in prison for retaining top secret documents '
    'at his home, prosecutors said.')
neg('en', 'API docs with a YOUR_API_KEY placeholder.',
    'Authenticate every request with your key:\n\n```\ncurl -H "Authorization: Bearer YOUR_API_KEY" \\\n'
    '  https://api.example.com/v1/reports\n```\nKeys are created in the dashboard under Settings > API.', 'md')
neg('en', 'Node code reading the key from the environment.',
    'const apiKey = process.env.OPENAI_API_KEY;\nif (!apiKey) {\n  throw new Error("OPENAI_API_KEY is not set");\n}\n'
    'const client = new OpenAI({ apiKey });\n')
neg('en', 'a password-reset e-mail without any link token.',
    'We received a request to reset the password for your account. Use the button below to choose a new password. '
    'The link expires in 30 minutes. If you did not request this, you can ignore this e-mail.')
neg('en', 'code with a Classification enum and SECRET/CONFIDENTIAL members.',
    'enum Classification {\n  UNCLASSIFIED = 0,\n  CONFIDENTIAL = 1,\n  SECRET = 2,\n  TOP_SECRET = 3,\n}\n\n'
    'function canView(user: User, doc: Doc): boolean {\n  return user.clearance >= doc.classification;\n}\n')
neg('en', 'a spreadsheet formula counting CONFIDENTIAL rows.',
    'In column F put =COUNTIF(C2:C400,"CONFIDENTIAL") and in G =COUNTIF(C2:C400,"SECRET"); why does G show 0 when I '
    'can see such rows?')
neg('en', 'Django settings reading SECRET_KEY from the environment.',
    'import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = os.environ.get("DEBUG", "0") == "1"\n'
    'ALLOWED_HOSTS = ["intranet.example.org"]\n')
neg('en', 'a masked key with only its last four characters shown.',
    'Your API key sk-••••••••••••••••••••' + rnd(4, LO + DG) + ' was used 1,204 times this month. Rotate it from the '
    'dashboard if you suspect it leaked.')
neg('en', 'a release checksum line.',
    'promptgate-2.4.1.tgz  sha256: ' + rnd(64, '0123456789abcdef') + '\nVerify the download with sha256sum before '
    'installing.')
neg('en', 'a GitHub Actions step referencing secrets.',
    '- name: Deploy\n  env:\n    AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n    AWS_SECRET_ACCESS_KEY: '
    '${{ secrets.AWS_SECRET_ACCESS_KEY }}\n  run: ./deploy.sh\n')

# ================================================================ English: positives
add('en', 'block', [CR], '"here are the prod creds" with host, user and password.',
    f'here are the prod creds, can you see why the migration fails?\nhost: 10.40.2.11\nuser: app_rw\npassword: {pw(14)}\n'
    'db: billing')
add('en', 'block', [CR], 'A .env with live Stripe and SendGrid keys, asked to be debugged.',
    'Can you debug this? Payments fail in prod.\n\nSTRIPE_SECRET_KEY=sk_live_' + rnd(24) + '\nSENDGRID_API_KEY=SG.'
    + rnd(22, AL + '_-') + '.' + rnd(43, AL + '_-') + '\nNODE_ENV=production\n')
add('en', 'block', [CR], 'A Slack handover listing VPN and router passwords.',
    f'Handing over before leave: VPN account ops-shared / {pw(12)}; core router admin password is {pw(11)}; the '
    'firewall uses the same as the router.')
add('en', 'block', [CR], 'A Google OAuth client JSON with its client_secret.',
    '{"web":{"client_id":"' + rnd(12, DG) + '-' + rnd(32, LO + DG) + '.apps.googleusercontent.com",'
    '"client_secret":"GOCSPX-' + rnd(28, AL + '_-') + '","redirect_uris":["https://portal.example.org/cb"]}}')
add('en', 'block', [CR], 'AWS keys pasted in a question.',
    'my keys are AKIA' + rnd(16, UP + '234567') + ' / ' + rnd(40, AL + '/+') + ' — why does s3 ls say access denied?')
add('en', 'block', [CR], 'A Kubernetes service-account bearer token pasted with a question.',
    'this token stopped working after the upgrade, why?\nAuthorization: Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Ij'
    + rnd(30, AL) + '.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii' + rnd(120, AL) + '.' + rnd(86, AL + '_-'))

# ================================================================ mixed
neg('mixed', 'an English question on what "Tối mật" means under the 2018 law.',
    'What does "Tối mật" mean under Vietnam\'s 2018 Law on Protection of State Secrets, and how does it compare with '
    'Secret in the US system?')
neg('mixed', 'a Vietnamese question whether CONFIDENTIAL equals the "Mật" level.',
    'Cho em hỏi tài liệu đối tác gửi có chữ CONFIDENTIAL thì có tương đương độ Mật của mình không ạ?')
neg('mixed', 'a bilingual password-policy line whose value is a rule, not a password.',
    'Mật khẩu / Password: tối thiểu 12 ký tự / at least 12 characters, đổi 90 ngày một lần / changed every 90 days.')
neg('mixed', 'a bilingual OTP SMS (one-time code).',
    'Your verification code is 271604. Ma xac thuc cua ban la 271604. Do not share / Khong chia se ma nay.')
neg('mixed', 'a Czech-English training note mapping Vyhrazené to Restricted.',
    'Training: the Czech level Vyhrazené corresponds roughly to NATO RESTRICTED; Důvěrné to CONFIDENTIAL.')
add('mixed', 'block', [CR], 'An English request around a Vietnamese config line with a DB password.',
    f'fix this please, config from the so KHCN server:\nDB_PASS={pw(12)}  # mật khẩu CSDL\nDB_NAME=dichvucong')
add('mixed', 'block', [CR], 'A Vietnamese ask with English username/password labels.',
    f'anh check giúp em với:\nusername: svc_backup\npassword: {pw(13)}\nsao backup đêm qua lỗi ạ')
add('mixed', 'block', [CR], 'A Czech-English message with prod creds for the spisovka.',
    f'prod creds for spisovka: user spis_admin, heslo {pw(12)} — please check the nightly export')

# ================================================================ batch 2 (written after batch 1 was fixed, scored blind again)
# ---- Vietnamese hard negatives
neg('vi', 'a decree appendix describing the stamp template with the level words in quotes.',
    'Phụ lục I. Mẫu dấu chỉ độ mật\nMẫu số 01: dấu "TUYỆT MẬT", hình chữ nhật, kích thước 40 mm x 8 mm, viền đơn, chữ '
    'in hoa, mực màu đỏ tươi.\nMẫu số 02: dấu "TỐI MẬT", kích thước 30 mm x 8 mm.\nMẫu số 03: dấu "MẬT", kích thước '
    '20 mm x 8 mm.')
neg('vi', 'a procedure step telling the clerk where to put the MẬT stamp.',
    'Quy trình soạn thảo tài liệu bí mật nhà nước\nBước 1: Người soạn thảo đề xuất độ mật tại tờ trình.\nBước 2: Văn thư '
    'đóng dấu MẬT ở phía dưới số, ký hiệu văn bản sau khi người có thẩm quyền duyệt.\nBước 3: Vào sổ đăng ký và lưu hồ '
    'sơ.')
neg('vi', 'a Wikipedia-style paragraph with mật thư, mật danh, hầm bí mật.',
    'Trong kháng chiến, các chiến sĩ giao liên chuyển mật thư qua những hầm bí mật dưới rặng tre. Mỗi người mang một '
    'mật danh riêng; nhiều mật lệnh chỉ được truyền miệng.')
neg('vi', 'a scout game where teams decode a mật thư, without diacritics.',
    'Tro choi lon: moi doi nhan 1 mat thu viet bang ma Morse, giai xong mat thu se biet dia diem tram tiep theo. Doi '
    'nao giai mat thu nhanh nhat duoc cong 10 diem.')
neg('vi', 'a course outline for cryptography (mật mã học) and privacy (bí mật đời tư).',
    'Đề cương học phần Mật mã học cơ sở: mã hóa đối xứng, mã hóa khóa công khai, hàm băm, chữ ký số. Chương 6 bàn về '
    'quyền bí mật đời tư và bí mật thư tín theo Hiến pháp 2013.')
neg('vi', 'a level description table in a training handout.',
    'Mức độ | Mô tả | Thời hạn bảo vệ\nTuyệt mật | Nguy hại đặc biệt nghiêm trọng | 30 năm\nTối mật | Nguy hại rất '
    'nghiêm trọng | 20 năm\nMật | Nguy hại | 10 năm')
neg('vi', 'an SMS verification code from a public-service portal.',
    'DVCQG: Ma xac thuc cua ban la 604218. Ma co hieu luc 5 phut. Tuyet doi khong cung cap ma nay cho nguoi khac.')
neg('vi', 'a chat where the password is said to be in the shared vault, not written.',
    '[11:05] Hùng: mk máy chủ backup là gì em?\n[11:06] Ngọc: anh vào Bitwarden, mục "Máy chủ backup" ấy ạ\n'
    '[11:06] Hùng: ok')
neg('vi', 'a chat reply that names the default password rule, not a password.',
    'mk wifi khách là gì em?\nGiống mọi năm anh ạ, hỏi lễ tân nhé')
neg('vi', 'news naming the Office chief and the Office switchboard number.',
    'Chánh Văn phòng UBND tỉnh Lê Thị Thu Hà cho biết trong tuần tới tỉnh sẽ công bố kết quả chỉ số cải cách hành '
    'chính. Mọi ý kiến phản ánh xin gửi về số điện thoại 0238 3844 200 của Văn phòng.')
neg('vi', 'public-key text: an SSH public key pasted for server access.',
    'Anh thêm giúp em public key này vào máy chủ nhé:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + rnd(43, AL + '+/')
    + ' hoang.nm@laptop')
neg('vi', 'a password strength lesson naming weak passwords as bad examples.',
    'Những mật khẩu yếu phổ biến nhất năm qua vẫn là 123456, password và 12345678; ví dụ một mật khẩu mạnh là cụm từ '
    'dài, dễ nhớ với bạn nhưng khó đoán với người khác.')
# ---- Vietnamese positives
add('vi', 'block', [CR], 'Chat without diacritics: "mk wf" and the password.',
    f'mk wf nha khach tang 1: {pw(10)} nhe ca nha')
add('vi', 'block', [CR], 'E-office .env with a DB password variable named in Vietnamese style.',
    'Em deploy lại hệ thống e-office thì lỗi 500, file .env:\nEOFFICE_DB_HOST=10.0.12.4\nEOFFICE_DB_USER=eoffice\n'
    f'EOFFICE_DB_PASS={pw(13)}\nEOFFICE_SECRET={rnd(40, AL)}\n')
add('vi', 'block', [CR], 'ssh command with the root password after it in a Vietnamese note.',
    f'Vào máy chủ cổng thông tin: ssh root@10.2.3.14, pass root {pw(12)} (nhớ đóng phiên sau khi sửa)')
add('vi', 'block', [CR], 'Mật khẩu Wi-Fi of a guest house with diacritics in a notice.',
    f'Chào mừng quý khách đến Nhà khách Tỉnh ủy. Mật khẩu Wi-Fi: {pw(10)}. Lễ tân trực 24/7.')
add('vi', 'block', [CR], 'A Telegram bot token in a Vietnamese question.',
    'Bot báo cáo không gửi được tin, token đây: ' + rnd(10, DG) + ':AA' + rnd(33, AL + '_-') + ' — sai ở đâu anh?')
# ---- Czech hard negatives
neg('cs', 'a handling rule: mark every page VYHRAZENÉ in the header and footer.',
    'Pokyn pro zpracovatele: dokument obsahující utajovanou informaci označte stupněm utajení VYHRAZENÉ v záhlaví i '
    'zápatí každé strany a zapište jej do evidence.')
neg('cs', 'a "vyhrazené parkování" sign text and tajná láska in fiction.',
    'Na dvoře stála cedule VYHRAZENÉ PARKOVÁNÍ – jen pro zaměstnance. Marie tam každé ráno čekala na svou tajnou '
    'lásku z účtárny.')
neg('cs', 'news on the intelligence services (tajné služby).',
    'Bezpečnostní informační služba ve výroční zprávě varuje před aktivitami cizích tajných služeb, které se zaměřují '
    'na státní správu a kritickou infrastrukturu.')
neg('cs', 'a public key certificate header pasted with a question.',
    'Proč mi prohlížeč hlásí chybu u tohoto certifikátu?\n-----BEGIN CERTIFICATE-----\nMIID' + rnd(60, AL + '+/')
    + '\n' + rnd(64, AL + '+/') + '\n-----END CERTIFICATE-----')
# ---- Czech positives
add('cs', 'block', [CR], 'A PIN for the attendance system written in an e-mail.',
    'Dobrý den, váš PIN do docházkového terminálu je 4412. Prosíme, nesdělujte ho dalším osobám.', 'eml')
add('cs', 'block', [CR], 'A Czech ticket with a connection string holding a password.',
    f'Tiket 2231: aplikace hlásí chybu připojení, connection string: Server=10.5.1.20;Database=Agenda;User Id=agenda;'
    f'Password={pw(12)};')
# ---- English hard negatives
neg('en', 'a handbook instruction to mark pages TOP SECRET at top and bottom.',
    'Handling guide 4.2: a document containing TOP SECRET information must be marked with its level at the top and '
    'bottom of each page, and each portion must carry its own marking.')
neg('en', 'a code constant listing the classification levels.',
    'CLASSIFICATION_LEVELS = ["UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET"]\n\ndef is_restricted(level):\n'
    '    return CLASSIFICATION_LEVELS.index(level) >= 2\n')
neg('en', 'AWS documentation example keys.',
    'Configure the CLI with the example values from the docs: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE and '
    'AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, then replace them with your own.')
neg('en', 'a password field referencing the password manager entry.',
    'db:\n  host: reports-db.example.com\n  user: reporting\n  password: see 1Password item "Reports DB (prod)"\n')
neg('en', 'news on the Secret Service and a trade secret case.',
    'The Secret Service said on Friday it had reviewed the incident. Separately, a jury found the former engineer '
    'liable for misappropriating trade secrets from his employer.')
neg('en', 'a truncated JWT used to explain the format.',
    'A JWT has three parts separated by dots, e.g. eyJhbGciOi...eyJzdWIiOi...SflKxwRJ — header, payload and '
    'signature. Never log the full token.')
# ---- English positives
add('en', 'block', [CR], 'A Slack bot token in a debugging question.',
    'why does chat.postMessage return not_authed? token = "xoxb-' + rnd(12, DG) + '-' + rnd(13, DG) + '-'
    + rnd(24, AL) + '"')
add('en', 'block', [CR], 'A curl command with basic-auth user:password.',
    f'curl -u deploy:{pw(14)} https://ci.example.org/job/release/build — returns 403, any idea?')
add('en', 'block', [CR], 'A handover line "root pw is …".',
    f'Before I leave: the NAS root pw is {pw(12)} and the UPS web panel uses admin with the same.')
# ---- mixed
neg('mixed', 'a Vietnamese question about the English "Secret" clearance in a job ad.',
    'Tin tuyển dụng ghi "active Secret clearance required" thì nghĩa là gì vậy mọi người?')
add('mixed', 'block', [CR], 'Vietnamese ask with English "pw=" in a prod creds line.',
    f'gửi anh cred prod: user=svc_eoffice, pw={pw(12)} — anh xem giúp sao job đồng bộ lỗi')

# ================================================================ batch 3 (written after batch 2 was fixed, scored blind again)
# ---- Vietnamese hard negatives
neg('vi', 'a capitalised regulation title that contains "BÍ MẬT NHÀ NƯỚC", no header or number.',
    'QUY CHẾ\nBẢO VỆ BÍ MẬT NHÀ NƯỚC CỦA SỞ TƯ PHÁP\n\nChương I. Quy định chung\nĐiều 1. Quy chế này quy định việc '
    'xác định, sao chụp, lưu giữ và tiêu hủy tài liệu, vật chứa bí mật nhà nước tại Sở.')
neg('vi', 'news quoting a public decision that lists state secrets by level.',
    'Thủ tướng vừa ký quyết định ban hành danh mục bí mật nhà nước lĩnh vực tài nguyên và môi trường. Theo đó, danh '
    'mục độ Tối mật gồm số liệu quy hoạch vùng biển chưa công bố; danh mục độ Mật gồm bản đồ địa hình tỷ lệ lớn khu '
    'vực biên giới.')
add('vi', 'warn', [OD],
    'A public decision with its header and number that lists state secrets by level (official-document warn only).',
    'THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1120/QĐ-TTg\n'
    'Hà Nội, ngày 05 tháng 8 năm 2021\n\nQUYẾT ĐỊNH\nBan hành danh mục bí mật nhà nước lĩnh vực khoa học và công '
    'nghệ\n\nĐiều 1. Danh mục bí mật nhà nước độ Tối mật:\n1. Kết quả nghiên cứu khoa học phục vụ quốc phòng chưa công '
    'bố.\nĐiều 2. Danh mục bí mật nhà nước độ Mật:\n1. Hồ sơ đề xuất nhiệm vụ khoa học cấp quốc gia chưa phê duyệt.')
neg('vi', 'Python enum of e-office secrecy levels in Vietnamese.',
    'class DoMat(str, Enum):\n    THUONG = "Thường"\n    MAT = "Mật"\n    TOI_MAT = "Tối mật"\n    TUYET_MAT = "Tuyệt mật"\n\n'
    '# lỗi: so sánh do_mat == DoMat.MAT luôn sai, sửa giúp em', 'md')
neg('vi', 'a JSON schema of an e-office document record with the secrecy-level enum.',
    '{\n  "type": "object",\n  "properties": {\n    "so_ky_hieu": {"type": "string"},\n    "do_mat": {"enum": '
    '["Thường", "Mật", "Tối mật", "Tuyệt mật"]},\n    "do_khan": {"enum": ["Thường", "Khẩn", "Thượng khẩn", "Hỏa tốc"]}\n  }\n}')
neg('vi', 'a login form mock-up with an empty password box.',
    'Màn hình đăng nhập cần có:\nTên đăng nhập: [____________]\nMật khẩu: [____________]\n[ ] Ghi nhớ đăng nhập\n'
    '[Đăng nhập]   Quên mật khẩu?')
neg('vi', 'a notice that the default password is the date of birth (a rule, not a value).',
    'Tài khoản học viên đã được tạo. Mật khẩu mặc định là ngày sinh của bạn theo dạng ddmmyyyy; đổi ngay sau lần đăng '
    'nhập đầu tiên.')
neg('vi', 'an e-banking notice that the password will expire.',
    'Mật khẩu đăng nhập ngân hàng điện tử của Quý khách sẽ hết hạn sau 7 ngày. Vui lòng đổi mật khẩu trong mục Cài '
    'đặt để tiếp tục sử dụng dịch vụ.')
neg('vi', 'a security lesson showing the MD5 of a common password as a warning.',
    'Vì sao không nên dùng MD5 để lưu mật khẩu? Ví dụ chuỗi 5f4dcc3b5aa765d61d8327deb882cf99 là MD5 của một mật khẩu '
    'phổ biến, tra trên mạng ra ngay.')
neg('vi', 'a news report naming a party secretary and quoting the office switchboard, without diacritics.',
    'Bi thu Tinh uy Nguyen Van Thang da lam viec voi huyen ve tien do giai ngan. Moi thong tin xin lien he Van phong '
    'Tinh uy qua so 0222 3822 119.')
neg('vi', 'a chat reply where the answer to "pass wifi là gì" is the network owner rule, with a digit word.',
    '[15:30] Hằng: pass wifi mới là gì mọi người?\n[15:31] Tú: dán ở cửa phòng 203 ấy chị\n[15:31] Hằng: ok')
# ---- Vietnamese positives
add('vi', 'block', [CR], 'A reply line with only the password under a "mật khẩu zalo pc là gì" question.',
    f'[21:03] Mẹ: mật khẩu zalo trên máy tính là gì con?\n[21:05] Khánh: {pw(10)}\n[21:05] Mẹ: ừ')
add('vi', 'block', [CR], 'An e-office YAML config with a database password.',
    'Cau hinh he thong QLVB bi loi ket noi:\ndatabase:\n  host: 10.16.2.9\n  port: 1521\n  service: QLVB\n'
    f'  username: qlvb_owner\n  password: {pw(13)}\n')
# ---- Czech hard negatives
neg('cs', 'a paraphrase of the government list of classified information with levels per item.',
    'Nařízení vlády stanoví seznam utajovaných informací: např. položka 3 – plány obrany území, stupeň utajení Tajné; '
    'položka 7 – přehledy o počtech příslušníků, stupeň utajení Vyhrazené.')
neg('cs', 'a form mock-up with an empty "Heslo" field.',
    'Přihlašovací formulář:\nUživatelské jméno: ______\nHeslo: ______\n[Přihlásit]  Zapomněli jste heslo?')
neg('cs', 'news about a tajemník who was dismissed and a tajenka contest.',
    'Rada města odvolala tajemníka úřadu Jana Horáka. Výherce tajenky z minulého čísla obdrží poukázku do knihkupectví.')
neg('cs', 'a code enum with Czech level names.',
    'enum StupenUtajeni { VYHRAZENE, DUVERNE, TAJNE, PRISNE_TAJNE }\n// převod z číselníku: 1 -> VYHRAZENE')
# ---- Czech positives
add('cs', 'block', [CR], 'A Czech chat reply line with the password under "jaké je heslo k wifi?".',
    f'[08:40] Eva: jaké je heslo k wifi v knihovně?\n[08:41] Tomáš: {pw(11)}')
# ---- English hard negatives
neg('en', 'news quoting documents marked TOP SECRET//SCI.',
    'According to the indictment, some of the documents bore markings such as "TOP SECRET//SCI" and were kept in a '
    'storage room next to a bathroom.')
neg('en', 'Terraform variable declared sensitive, no value.',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "main" {\n'
    '  password = var.db_password\n}\n')
neg('en', 'a Dockerfile passing an npm token from a build arg.',
    'ARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n')
neg('en', 'git log lines mentioning secrets and credentials.',
    'a1b2c3d fix: stop logging SECRET_KEY on startup\n9f8e7d6 chore: rotate staging credentials\n5e4d3c2 docs: explain '
    'CONFIDENTIAL label in README')
neg('en', 'a Kubernetes pod spec reading a password from a secretKeyRef.',
    'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n')
neg('en', 'a spreadsheet formula mapping SECRET to a label.',
    '=IF(B2="SECRET","Restricted",IF(B2="CONFIDENTIAL","Limited","Open")) — how do I extend this to TOP SECRET?')
neg('en', 'an onboarding e-mail saying the password comes by SMS.',
    'Welcome aboard! Your username is your first initial and surname. Your temporary password will be sent to your '
    'mobile by SMS; you will be asked to change it at first login.', 'eml')
# ---- English positives
add('en', 'block', [CR], 'A Teams message: the shared mailbox password on its own line after a question.',
    f'[10:12] Olivia: what is the password for the shared finance mailbox?\n[10:13] Raj: {pw(12)}')
# ---- mixed
neg('mixed', 'a bilingual UI string table with password labels.',
    'login.password = "Mật khẩu"\nlogin.password_hint = "Tối thiểu 12 ký tự"\nlogin.forgot = "Quên mật khẩu?"\n'
    'login.submit = "Đăng nhập"')

# ================================================================ batch 4 (written after batch 3 was fixed, scored blind again)
neg('vi', 'a helpdesk note that a forgotten password was reset and the temporary one sent by SMS.',
    'Phiếu hỗ trợ 0412: người dùng quên mật khẩu hộp thư; đã đặt lại mật khẩu tạm thời và gửi qua SMS tới số đã đăng '
    'ký, yêu cầu đổi ngay khi đăng nhập.')
neg('vi', 'a party rule on keeping party and state secrets.',
    'Đảng viên phải giữ gìn bí mật của Đảng, bí mật nhà nước; không tàng trữ, lưu hành tài liệu có nội dung trái quy '
    'định, không đưa thông tin nội bộ lên mạng xã hội.')
neg('vi', 'a guidance line without diacritics that secret documents go in a locked cabinet.',
    'Tai lieu mat phai duoc luu giu trong tu co khoa, khong mang ve nha, khong chup anh bang dien thoai ca nhan.')
neg('vi', 'an answer key of a quiz on the levels.',
    'Đáp án bài kiểm tra: Câu 1 - B; Câu 2 - C (Tối mật); Câu 3 - A (30 năm); Câu 4 - D.')
neg('vi', 'a law excerpt paraphrase on civil cryptography products (mật mã dân sự).',
    'Sản phẩm mật mã dân sự là tài liệu, trang thiết bị kỹ thuật và nghiệp vụ mật mã để bảo vệ thông tin không thuộc '
    'phạm vi bí mật nhà nước; kinh doanh sản phẩm này phải có giấy phép.')
neg('cs', 'a campaign slogan (heslo kampaně) written as a hashtag.',
    'Heslo kampaně: #BezpečněOnline2026 — kampaň poběží od března ve školách celého kraje.')
neg('cs', 'a school counsellor (důvěrník) and a crossword solution.',
    'Školní důvěrník je k dispozici každé úterý. Tajenka minulého čísla zněla „Léto u vody“.')
neg('en', 'a password policy written as a labelled field.',
    'Password: must contain at least 8 characters, one number and one symbol.\nUsername: your staff ID.')
neg('en', 'an SSH auth-log line with a failed password attempt.',
    'Dec  6 03:12:44 web01 sshd[2211]: Failed password for invalid user admin from 203.0.113.5 port 52144 ssh2\n'
    'Is this a brute-force attempt?')
neg('en', 'a .env.example with placeholders.',
    '# copy to .env and fill in\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=changeme\nAPI_KEY=your-api-key-here\n')
neg('en', 'router manual text about the default password on the sticker.',
    'The default Wi-Fi password is printed on the sticker under the router. Change it after first login.')
neg('en', 'marketing copy with a "top-secret recipe".',
    'Our top-secret recipe has been in the family for three generations — taste it at the spring fair!')
neg('mixed', 'a Vietnamese explanation of an English policy line about passwords.',
    'Câu "Password must be rotated every 90 days" nghĩa là mật khẩu phải đổi 90 ngày một lần phải không mọi người?')
add('vi', 'block', [CR], 'Hosting handover with cPanel user and password.',
    f'Gửi em thông tin hosting cổng thông tin: cPanel user: sotp_vn / pass: {pw(12)} — em cập nhật chứng chỉ SSL giúp anh')
add('vi', 'block', [CR], 'A digits-only wifi password without diacritics.',
    'Pass wifi quan cafe tang 1: 86429731 nha moi nguoi')
add('cs', 'block', [CR], 'Czech chat "posílám heslo:" with the value.',
    f'[13:05] Jana: posílám heslo do systému docházky: {pw(11)}, po přihlášení si ho změň')
add('en', 'block', [CR], 'An SSH key passphrase in a message.',
    f'the deploy key passphrase is {pw(14)} — the key itself is in the usual place')
add('en', 'block', [CR], 'db creds with an arrow separator.',
    f'staging db creds -> admin / {pw(12)} (host db-stg-01)')
add('en', 'block', [CR], 'A guest Wi-Fi network name and key.',
    f'Wi-Fi for the workshop: network GUEST-5G, key: {pw(11)}')
add('mixed', 'block', [CR], 'A Vietnamese message sharing the team OpenAI key.',
    'Key OpenAI của phòng đây, mọi người dùng chung: sk-proj-' + rnd(74, AL + '_-') + 'T3BlbkFJ' + rnd(74, AL + '_-'))

write_round(S, 'round20', 'p20')
