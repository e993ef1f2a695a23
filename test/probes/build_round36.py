#!/usr/bin/env python3
"""Builds test/probes/round36.jsonl: round 36 of the held-out-style probes, the cry-wolf round — precision on what
staff paste every day (issue #17: the hidden sets want false block <= 0.01 with ~42 % of their samples passing).
About 70 % hard negatives, in Vietnamese (half typed without diacritics), Czech and English, long and short: public
news and press releases about security, leaks and classified documents; HR and IT policies; office how-tos (reset
your password, VPN set-up); public procurement notices with companies' accounts and tax codes; invoices; spreadsheets
of public statistics; code and logs with hashes, UUIDs, commit ids, build numbers, version strings, timestamps and
coordinates; academic citations (ISBN, DOI, ISSN); product serials; bus timetables; sports scores; legal citations and
decree numbers; templates with blank fields; lorem ipsum; translations of public laws; e-mails that mention "mật
khẩu" / "heslo" / "password" without giving one — and their positive twins, each differing by the one thing that
makes it sensitive (the password filled in, a person's number in the blank, a person's account on the invoice, a
level stamped on the page).

Batch 1 was scored blind on main 5d9706f before any rule changed for it; each later batch (2 to 6) after the fixes
of the one before, batch 7 (long everyday pastes) after all of them.

Labels follow the contract and the decisions already taken: a company's or an organisation's tax code and account
pass (vn.financial.mst-personal, the bank-account rules' organisation holders); a published decree with its header
and number warns as an official document, a law or decree cited in a sentence passes; officials named in news stay
silent; a one-time code passes. Secrets and identifiers come from seeded or checked makers (probe_ids.py), so the file
rebuilds byte for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_negatives, diacritic_pair, drawn, iban, luhn, mst, rc, seeded, strip, write_round

R, rnd = seeded(36036)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)
HEX = '0123456789abcdef'


def pw(n=11):
    """A password as people make them: a word-like head, digits and a symbol."""
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def uuid():
    return f'{rnd(8, HEX)}-{rnd(4, HEX)}-4{rnd(3, HEX)}-{R.choice("89ab")}{rnd(3, HEX)}-{rnd(12, HEX)}'


def tax(head):
    """A company tax code (MST) of 10 digits that passes the checksum: head plus random digits, redrawn until valid."""
    return drawn(mst, head, rnd)


def cza(head):
    """A Czech account number of 10 digits that passes the weights: head plus random digits, redrawn until valid."""
    return drawn(czacct, head, rnd)


def isbn13(twelve):
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(twelve))
    return twelve + str((10 - s % 10) % 10)


# ================================================================ batch 1 (scored blind on main 5d9706f)

# ---- English: hard negatives
neg('en', 'a news report on a leak of classified documents, quoting the levels in running text.',
    'WASHINGTON (Reuters) - A former contractor pleaded guilty on Tuesday to retaining national defense information, '
    'including documents marked TOP SECRET and SECRET, at his home in Maryland, the Justice Department said. '
    'Prosecutors said some of the files carried the caveat NOFORN. Sentencing is scheduled for March 14. '
    'His lawyer said the documents were taken "by mistake" and that none were shared with anyone.')
neg('en', 'a security vendor\'s press release about a breach where hashed passwords were exposed.',
    'FOR IMMEDIATE RELEASE\n\nAcme Cloud notifies customers of security incident\n\n'
    'SAN FRANCISCO, Nov. 2, 2026 - Acme Cloud today announced that an unauthorized party accessed a backup containing '
    'customer names, e-mail addresses and salted password hashes. No plaintext passwords or payment card data were '
    'exposed. As a precaution, customers are asked to reset their password and enable multi-factor authentication.\n\n'
    'Media contact: press office, +1 415 555 0100')
neg('en', 'an IT acceptable-use policy with a section on confidential information and passwords.',
    'Section 4. Handling of Confidential Information\n4.1 Information classified as Confidential or Internal must not '
    'be uploaded to public AI tools.\n4.2 Staff must never share their password with anyone, including IT staff. IT will '
    'never ask for your password by e-mail or phone.\n4.3 Passwords must be at least 14 characters and changed if you '
    'suspect they are known to someone else.\nSection 5. Reporting incidents\n5.1 Report suspected phishing to the service desk.')
neg('en', 'a VPN set-up how-to whose credential fields are explained, not filled in.',
    'How to set up the VPN on Windows 11\n1. Open Settings > Network & Internet > VPN > Add VPN.\n'
    '2. VPN provider: Windows (built-in). Connection name: anything you like.\n3. Server name or address: vpn.example.org\n'
    '4. Type of sign-in info: User name and password.\n5. User name: your staff ID (e.g. jsmith)\n'
    '6. Password: your normal network password\n7. Click Save, then Connect. You will get a push notification on your phone.')
neg('en', 'git log output with commit ids, tags and build numbers.',
    'Why did build #4817 fail? Here is the log since the last green build:\n\n'
    + '\n'.join(f'commit {rnd(40, HEX)}\nAuthor: CI Bot <ci@example.com>\nDate:   Mon Nov 30 1{i}:2{i}:0{i} 2026 +0100\n\n    '
                + m + '\n' for i, m in enumerate(['Bump version to 3.14.2', 'Merge pull request #512 from feature/export',
                                                   'Fix flaky test in ReportBuilderTest (build 4816)'])))
neg('en', 'an application log with request UUIDs, trace ids, SHA-256 digests and timestamps.',
    'Can you tell from this log why the upload is retried?\n\n'
    + '\n'.join(f'2026-11-30T09:1{i}:4{i}.{rnd(3, DG)}Z INFO  upload request_id={uuid()} trace={rnd(32, HEX)} '
                f'sha256={rnd(64, HEX)} size={rnd(6, DG)} status={s}' for i, s in enumerate(['201', '503', '503', '201']))
    + '\n')
neg('en', 'a reference list with DOIs, ISBNs and ISSNs.',
    'References\n[1] Nguyen, T. & Novak, P. (2024). Privacy-preserving text filters. Journal of Information Security, '
    f'18(3), 211-229. https://doi.org/10.1016/j.jisa.2024.{rnd(6, DG)} ISSN 2214-2126\n'
    f'[2] Anderson, R. (2020). Security Engineering (3rd ed.). Wiley. ISBN {isbn13("978111939508")}\n'
    f'[3] Schneier, B. (2015). Data and Goliath. W. W. Norton. ISBN {isbn13("978039335217")}\n'
    f'[4] NIST (2020). Security and Privacy Controls, SP 800-53 Rev. 5. doi:10.6028/NIST.SP.800-53r5')
neg('en', 'a warranty claim with a laptop\'s serial number, product number and order number.',
    'Hi, I need to open a warranty claim for the laptop below, the hinge is broken.\n\n'
    f'Model: EliteBook 840 G9\nSerial number: 5CG{rnd(3, DG)}{rnd(4, UP + DG)}\nProduct number: 6F6H{rnd(2, DG)}EA#ABU\n'
    f'Purchase order: PO-2026-{rnd(5, DG)}\nPurchase date: 14/03/2025\nAsset tag: IT-{rnd(5, DG)}')
neg('en', 'a spreadsheet of public statistics with large figures.',
    'Country,Year,Population,GDP (current US$),Internet users (%)\n'
    'Viet Nam,2023,100300000,429716969302,79.1\nCzechia,2023,10870000,330858418543,85.6\n'
    'Poland,2023,36690000,811229123481,86.9\n', 'csv')
neg('en', 'a bus timetable.',
    'Route 42 - Central Station to Airport (weekdays)\nCentral Station  05:40  06:10  06:40  07:05  07:30\n'
    'Market Square    05:47  06:17  06:47  07:13  07:38\nUniversity       05:55  06:25  06:55  07:22  07:47\n'
    'Airport T1       06:18  06:48  07:18  07:46  08:11\nLast bus 23:40. Tickets valid 90 minutes.')
neg('en', 'sports results with scores and attendances.',
    'Premier League, Saturday\nArsenal 2-1 Chelsea (att. 60,214)\nLiverpool 3-3 Newcastle (att. 53,109)\n'
    'Brighton 0-2 Aston Villa (att. 31,487)\nTable: 1. Arsenal 38 pts, 2. Liverpool 36, 3. Aston Villa 33')
neg('en', 'a letter template with blank fields and lorem ipsum.',
    'Dear [Name],\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit. Your employee number: __________\n'
    'Date of birth: ___/___/______   National Insurance number: _____________\nPassword (for the portal): ______________\n\n'
    'Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n\nKind regards,\n[Sender]')
neg('en', 'an e-mail asking IT to reset a password, giving none.',
    'Subject: Password reset please\n\nHi IT,\n\nI forgot my password after the holidays and my account is locked. '
    'Could you reset it and send me a temporary one by SMS? My staff ID is in my signature.\n\nThanks,\nMarta')
neg('en', 'package-lock entries with integrity hashes and resolved URLs.',
    'npm ci fails with EINTEGRITY on these two, why?\n\n'
    '"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n'
    f'  "integrity": "sha512-{rnd(86, UP + LO + DG + "+/")}=="\n}},\n'
    '"node_modules/ms": {\n  "version": "2.1.3",\n  "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",\n'
    f'  "integrity": "sha512-{rnd(86, UP + LO + DG + "+/")}=="\n}}')
neg('en', 'GPS coordinates of public venues in a GeoJSON snippet.',
    'Plot these on a map please:\n{"type":"FeatureCollection","features":[\n'
    '{"type":"Feature","properties":{"name":"National Library"},"geometry":{"type":"Point","coordinates":[105.8478,21.0245]}},\n'
    '{"type":"Feature","properties":{"name":"Old Town Square"},"geometry":{"type":"Point","coordinates":[14.4208,50.0875]}}]}')
neg('en', 'a translation of a public law article on state secrets.',
    'Translate into plain English for a training slide:\nArticle 10. State secrets shall be classified at three levels: '
    'Top Secret, Secret and Confidential. The head of the agency that creates the document shall decide its level and '
    'mark it accordingly. Reproducing, photographing or sending state secrets over the Internet is prohibited.')

# ---- English: positives (the twins)
p = pw(12)
add('en', 'block', ['credential'], 'the VPN how-to twin: the account\'s actual password written into step 6.',
    'How to set up the VPN on the new laptop for Dana\n1. Open Settings > Network & Internet > VPN > Add VPN.\n'
    '2. Server name or address: vpn.example.org\n3. Type of sign-in info: User name and password.\n'
    f'4. User name: dlee\n5. Password: {p}\n6. Click Save, then Connect.')
p = pw(11)
add('en', 'block', ['credential'], 'the reset e-mail twin: IT replies with the temporary password.',
    'Subject: RE: Password reset please\n\nHi Marta,\n\nI have unlocked your account. Your temporary password is '
    f'{p} - you will be asked to change it at first login.\n\nIT Service Desk')
k = 'AKIA' + rnd(16, UP + DG)
s = rnd(40, UP + LO + DG + '/+')
add('en', 'block', ['credential'], 'the git twin: a diff in the log that adds an AWS key pair.',
    'Can you review this commit before I push?\n\ncommit ' + rnd(40, HEX) + '\nAuthor: Dev <dev@example.com>\n\n    Add S3 upload\n\n'
    'diff --git a/config/settings.py b/config/settings.py\n+++ b/config/settings.py\n'
    f'+AWS_ACCESS_KEY_ID = "{k}"\n+AWS_SECRET_ACCESS_KEY = "{s}"\n')
add('en', 'block', ['classified-marking'], 'the translation twin: the text to translate is a stamped internal document, not a law.',
    'Translate into plain English for the minister:\n\nSECRET\n\nReport on the border incident of 3 November. '
    'The patrol observed two unmarked vehicles crossing at kilometre 41 ...')

# ---- Vietnamese: hard negatives
TAXC = tax('010')
ACC_C = rnd(13, DG)
vineg('a public procurement notice from the e-GP portal with the winning company\'s tax code and account.',
      'THÔNG BÁO KẾT QUẢ LỰA CHỌN NHÀ THẦU\nTên gói thầu: Mua sắm máy tính và thiết bị văn phòng năm 2026\n'
      f'Mã TBMT: IB2600{rnd(6, DG)}\nNhà thầu trúng thầu: Công ty TNHH Thiết bị Tin học Minh Phát\n'
      f'Mã số thuế: {TAXC}\nGiá trúng thầu: 1.845.600.000 VND\nTài khoản nhận thanh toán: {ACC_C} tại Ngân hàng TMCP '
      'Ngoại thương Việt Nam - CN Thành Công\nThời gian thực hiện hợp đồng: 60 ngày')
vineg('a VAT invoice from a company with its tax code, account and the invoice lookup code.',
      'HÓA ĐƠN GIÁ TRỊ GIA TĂNG (bản thể hiện của hóa đơn điện tử)\nKý hiệu: 1C26TMP  Số: 00001' + rnd(3, DG) + '\n'
      f'Đơn vị bán hàng: CÔNG TY CỔ PHẦN VĂN PHÒNG PHẨM HỒNG HÀ\nMã số thuế: {tax("0100")}\n'
      f'Số tài khoản: {rnd(12, DG)} tại Vietcombank\nĐơn vị mua hàng: Sở Tài chính tỉnh Nam Định\n'
      f'Cộng tiền hàng: 12.450.000  Thuế GTGT 10%: 1.245.000  Tổng cộng: 13.695.000\n'
      f'Mã tra cứu: {rnd(10, UP + DG)}  Tra cứu tại: https://hoadon.example.vn')
vineg('an IT how-to for changing the official e-mail password, with no password in it.',
      'Hướng dẫn đổi mật khẩu thư điện tử công vụ\nBước 1: Đăng nhập tại https://mail.example.gov.vn\n'
      'Bước 2: Chọn Cài đặt > Đổi mật khẩu.\nBước 3: Nhập mật khẩu cũ, sau đó nhập mật khẩu mới hai lần. Mật khẩu mới '
      'tối thiểu 12 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.\nBước 4: Bấm Lưu. Không chia sẻ mật khẩu cho '
      'người khác, kể cả cán bộ kỹ thuật.')
vineg('an e-mail asking IT to reset the VPN password, giving none.',
      'Chào anh Tuấn,\nEm quên mật khẩu VPN sau khi đổi máy, tài khoản bị khóa rồi. Anh reset giúp em và gửi mật khẩu '
      'tạm qua tin nhắn nhé. Em cảm ơn anh.\nHà - Phòng Kế hoạch')
vineg('a press article on a data leak at a company, with figures.',
      'Hơn 1,2 triệu tài khoản khách hàng của một sàn thương mại điện tử bị rao bán trên diễn đàn tin tặc, trong đó có '
      'họ tên, số điện thoại và mật khẩu đã mã hóa. Cục An toàn thông tin khuyến cáo người dùng đổi mật khẩu ngay và '
      'bật xác thực hai lớp. Công ty cho biết đã khắc phục lỗ hổng và báo cáo cơ quan chức năng.')
vineg('a table of public population statistics by province.',
      'Tỉnh/thành phố,Dân số trung bình 2024 (người),Diện tích (km2),Mật độ (người/km2)\n'
      'Hà Nội,8587100,3359.8,2556\nTP. Hồ Chí Minh,9521800,2095.4,4544\nĐà Nẵng,1245200,1284.9,969\n')
vineg('a city bus timetable.',
      'Tuyến 32: Văn Điển - Nhổn\nGiờ xuất bến đầu: 05:00, giờ xuất bến cuối: 21:00\nTần suất: 10-15 phút/chuyến\n'
      'Giá vé: 7.000 đồng/lượt; vé tháng 100.000 đồng\nLộ trình: Văn Điển - Giải Phóng - Lê Duẩn - Nguyễn Thái Học - Cầu Giấy - Nhổn')
vineg('football results.',
      'Kết quả vòng 9 V-League 2026/27:\nHà Nội FC 2-0 Hải Phòng\nThép Xanh Nam Định 1-1 Công an Hà Nội\n'
      'Thể Công Viettel 3-2 Becamex Bình Dương\nKhán giả sân Hàng Đẫy: 12.500 người.')
vineg('legal citations with decree numbers in a sentence.',
      'Căn cứ khoản 2 Điều 10 Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, Nghị định số 26/2020/NĐ-CP ngày 28/02/2020 '
      'và Thông tư số 24/2020/TT-BCA, đề nghị các đơn vị rà soát danh mục tài liệu trước ngày 15/12.')
vineg('a blank registration form with dotted fields for the ID and the password.',
      'PHIẾU ĐĂNG KÝ TÀI KHOẢN DỊCH VỤ CÔNG\nHọ và tên: ..............................\n'
      'Số CCCD: ..................... Ngày cấp: ....../....../..........\nSố điện thoại: .......................\n'
      'Mật khẩu mong muốn: ........................ (tối thiểu 8 ký tự)\nNgười đăng ký ký tên: ..................')
vineg('a system log with UUIDs and version strings.',
      'Anh xem giúp log này lỗi gì:\n'
      f'[2026-11-30 08:15:02] INFO  app v2.7.13 build 20261129.4 started, instance={uuid()}\n'
      f'[2026-11-30 08:15:07] WARN  cache miss key=report:{uuid()}\n'
      f'[2026-11-30 08:15:09] ERROR job {uuid()} failed: timeout after 30000 ms\n')

# ---- Vietnamese: positives (the twins)
p = pw(11)
vi('block', ['credential'], 'the reset e-mail twin: IT answers with the new VPN password.',
   f'Chào Hà,\nAnh đã mở khóa tài khoản VPN cho em. Mật khẩu mới: {p}\nĐăng nhập xong em đổi lại ngay nhé.\nTuấn - Phòng CNTT')
c = cccd('036', 'f', 1991, int(rnd(6, DG)))
vi('block', ['national-id'], 'the blank-form twin: the form filled in with a person\'s CCCD.',
   'PHIẾU ĐĂNG KÝ TÀI KHOẢN DỊCH VỤ CÔNG\nHọ và tên: Trần Thị Mai\n'
   f'Số CCCD: {c} Ngày cấp: 12/05/2021\nĐịa chỉ: xã Hải Hậu, tỉnh Nam Định')
vi('block', ['classified-marking'], 'the legal-citation twin: a directive stamped MẬT citing the same law.',
   'MẬT\n\nCăn cứ Luật Bảo vệ bí mật nhà nước số 29/2018/QH14, Ban Chỉ đạo yêu cầu các đơn vị triển khai phương án '
   'bảo vệ mục tiêu trong dịp Tết theo kế hoạch kèm theo.')

# ---- Czech: hard negatives
ICO = '2' + rnd(7, DG)
neg('cs', 'a public procurement notice with the supplier\'s IČO, DIČ and company account.',
    'Oznámení o výsledku zadávacího řízení\nVeřejná zakázka: Dodávka kancelářského nábytku 2026\n'
    f'Evidenční číslo zakázky: Z2026-0{rnd(5, DG)}\nVybraný dodavatel: OFFICE PRO s.r.o., IČO: {ICO}, DIČ: CZ{ICO}\n'
    f'Bankovní spojení dodavatele: {cza("1")}/0100\nCena bez DPH: 1 284 500 Kč\nDatum uzavření smlouvy: 20. 11. 2026')
neg('cs', 'a company invoice with IČO, DIČ, account and variable symbol.',
    f'FAKTURA - DAŇOVÝ DOKLAD č. 2026{rnd(4, DG)}\nDodavatel: TiskServis a.s., IČO {ICO}, DIČ CZ{ICO}\n'
    f'Číslo účtu: {cza("2")}/0800, variabilní symbol: 2026{rnd(4, DG)}\n'
    'Odběratel: Městský úřad Kolín\nPoložka: toner HP 59A, 4 ks, 9 960 Kč bez DPH\nSplatnost: 14 dní')
neg('cs', 'an office how-to for changing the Microsoft 365 password.',
    'Jak si změnit heslo do Microsoft 365\n1. Přihlaste se na portál office.com.\n2. Vpravo nahoře klikněte na svou '
    'ikonu > Zobrazit účet > Heslo.\n3. Zadejte staré heslo a dvakrát nové heslo (nejméně 12 znaků).\n'
    '4. Nové heslo nikomu nesdělujte, IT oddělení vás o heslo nikdy nepožádá.')
neg('cs', 'an e-mail saying the password was forgotten, giving none.',
    'Dobrý den, zapomněl jsem heslo do docházkového systému a účet je zablokovaný. Mohli byste mi ho prosím '
    'resetovat? Děkuji, Petr Dvořák, odbor dopravy')
neg('cs', 'a press release of the national cyber-security agency.',
    'Tisková zpráva: Národní úřad pro kybernetickou a informační bezpečnost vydal varování před phishingovou kampaní, '
    'která se vydává za Českou poštu. Útočníci v SMS žádají zaplacení doplatku a na podvržené stránce získávají údaje '
    'o platební kartě. Úřad doporučuje nezadávat heslo ani číslo karty na stránkách otevřených z odkazu v SMS.')
neg('cs', 'a bus timetable.',
    'Linka 136: Jižní Město - Palmovka\nOdjezdy ze zastávky Chodov: 5:12, 5:27, 5:42, 5:57, 6:09, 6:21\n'
    'V pracovní dny interval 7-8 min, o víkendu 15 min. Poslední spoj 23:48.')
neg('cs', 'ice-hockey results.',
    'Tipsport extraliga, 22. kolo: Sparta - Třinec 3:2 pp, Pardubice - Vítkovice 5:1, Kometa - Plzeň 2:4. '
    'Návštěva O2 areny: 12 874 diváků.')
neg('cs', 'statistics of the Czech Statistical Office in a table.',
    'Kraj;Počet obyvatel k 1. 1. 2026;Průměrná mzda (Kč)\nHlavní město Praha;1384732;58 910\n'
    'Středočeský kraj;1455940;46 120\nJihomoravský kraj;1226749;44 870\n', 'csv')
neg('cs', 'a form template with blank fields for the birth number and password.',
    'Žádost o zřízení přístupu do systému\nJméno a příjmení: ____________________\nRodné číslo: ______/______\n'
    'Požadované přihlašovací jméno: ______________\nHeslo: (bude zasláno SMS)\nPodpis žadatele: __________')
neg('cs', 'a legal citation with act and decree numbers.',
    'Podle § 21 zákona č. 412/2005 Sb., o ochraně utajovaných informací, a vyhlášky č. 529/2005 Sb. se utajované '
    'dokumenty evidují v jednacím protokolu. Viz též nařízení vlády č. 522/2005 Sb.')

# ---- Czech: positives (the twins)
p = pw(10)
add('cs', 'block', ['credential'], 'the forgotten-password twin: the helpdesk replies with the new password.',
    f'Dobrý den, pane Dvořáku, heslo jsem vám resetoval. Nové heslo: {p}\nPo přihlášení si ho prosím změňte. IT podpora')
r = rc(84, 7, 19, int(rnd(3, DG)))
add('cs', 'block', ['national-id'], 'the template twin: the request filled in with a birth number.',
    f'Žádost o zřízení přístupu do systému\nJméno a příjmení: Jana Horáková\nRodné číslo: {r}\n'
    'Požadované přihlašovací jméno: horakova.j\nPodpis žadatele: J. Horáková')
acc = cza('0')
add('cs', 'block', ['financial'], 'the invoice twin: a refund to a private person\'s own account.',
    f'Vratka přeplatku za parkovací kartu\nPříjemce: Jana Horáková, bytem Kolín\nČíslo účtu příjemce: {acc}/0300\n'
    'Částka: 1 200 Kč, důvod: zrušení karty')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- English: hard negatives
neg('en', 'a SHA256SUMS file of a release.',
    'Verify the download with sha256sum -c:\n\n'
    + '\n'.join(f'{rnd(64, HEX)}  promptgate-{v}-linux-x64.tar.gz' for v in ('2.4.0', '2.4.1', '2.5.0-rc.1')) + '\n')
neg('en', 'release notes with version strings, CVE ids and build numbers.',
    'Release 5.2.3 (build 5.2.3.20261128.1)\n- Fixed CVE-2026-41127: path traversal in the export endpoint (CVSS 7.5).\n'
    '- Upgraded OpenSSL to 3.0.15 and log4j to 2.24.1.\n- Known issue: the password reset link expires after 15 minutes '
    'instead of 60 (ticket SUP-8812).\n- Docker image: registry.example.com/app/web:5.2.3@sha256:' + rnd(64, HEX))
neg('en', 'a Kubernetes event list with resource UIDs.',
    'kubectl get events says this, what does it mean?\n\nLAST SEEN   TYPE      REASON      OBJECT               MESSAGE\n'
    '2m          Warning   BackOff     pod/web-7d9f8c-x2kqp   Back-off restarting failed container\n'
    f'2m          Normal    Pulled      pod/web-7d9f8c-x2kqp   Container image "web:5.2.3" already present\n\n'
    f'metadata.uid: {uuid()}\nresourceVersion: "{rnd(8, DG)}"')
neg('en', 'an online-shop order confirmation with an order number, a tracking number and the card\'s last four digits.',
    'Your order #112-' + rnd(7, DG) + '-' + rnd(7, DG) + ' has shipped!\nPaid with Visa ending in ' + rnd(4, DG)
    + '\nCarrier: UPS, tracking number 1Z' + rnd(6, UP + DG) + rnd(10, DG) + '\nEstimated delivery: Thursday, December 10\n')
neg('en', 'a flight itinerary with a booking reference and an e-ticket number.',
    'Itinerary for the Hanoi study visit\nBooking reference: ' + rnd(6, UP) + '\nE-ticket: 738-' + rnd(10, DG) + '\n'
    'VN 55  Hanoi (HAN) 23:45 -> Frankfurt (FRA) 06:10+1, seat 32C\nBaggage: 2 x 23 kg')
neg('en', 'election results with percentages.',
    'Provisional results, District 4 council election\nLabour 41.2 % (12,884 votes)\nConservative 30.7 % (9,603)\n'
    'Green 15.9 % (4,971)\nLiberal Democrats 12.2 % (3,815)\nTurnout 38.4 %.')
neg('en', 'an equal-opportunities statement listing protected characteristics.',
    'We welcome applications from everyone. We do not discriminate on the basis of age, disability, gender identity, '
    'marriage, pregnancy, race, religion or belief, sex or sexual orientation. If you need adjustments for the '
    'interview because of a health condition, tell us in advance; this information is kept separate from your application.')
neg('en', 'a company\'s invoice with its IBAN, sort code and VAT number.',
    'INVOICE INV-2026-' + rnd(4, DG) + '\nFrom: Brightline Print Ltd, 14 Mill Lane, Leeds LS1 4AB\n'
    'VAT No: GB 123 4567 89  Company No: 0' + rnd(7, DG) + '\nTo: City Council, Procurement Team\n'
    '500 x A5 leaflets, full colour .......... GBP 240.00\nPayment to: Brightline Print Ltd, sort code 20-45-77, '
    'account 4' + rnd(7, DG) + '\nIBAN ' + iban('GB', 'BARC204577' + rnd(8, DG)) + '\nTerms: 30 days')
neg('en', 'a Python snippet that reads a password from the user and hashes it.',
    'Is this safe enough for our small internal tool?\n\n```python\nimport getpass, hashlib, os\n'
    'password = getpass.getpass("Password: ")\nsalt = os.urandom(16)\n'
    'digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)\n'
    'print(salt.hex(), digest.hex())\n```')
neg('en', 'exchange rates and a lottery draw.',
    'Today\'s rates: EUR/USD 1.0843, USD/VND 25,415, EUR/CZK 25.31.\nEuroMillions draw: 07 19 23 38 44, Lucky Stars 03 11. '
    'Jackpot EUR 97,000,000 - no winner.')

# ---- English: positives (the twins)
acc = iban('GB', 'NWBK601613' + rnd(8, DG))
add('en', 'block', ['financial'], 'the invoice twin: an expense refund to an employee\'s own IBAN.',
    'Expense reimbursement, November\nEmployee: Daniel Harper, Planning team\nTrain tickets and hotel: GBP 412.60\n'
    f'Pay to his personal account: IBAN {acc}\nApproved by: line manager')
hook = 'https://hooks.slack.com/services/T' + rnd(8, UP + DG) + '/B' + rnd(10, UP + DG) + '/' + rnd(24, UP + LO + DG)
add('en', 'block', ['credential'], 'the release-notes twin: the notes paste the CI\'s Slack webhook with its secret path.',
    'Release 5.2.4 (build 5.2.4.20261203.2)\n- Fixed the export timeout.\n- Deploy notifications now go to #releases via '
    f'{hook}\n- Docker image: registry.example.com/app/web:5.2.4')
p = pw(12)
add('en', 'block', ['credential'], 'the snippet twin: the password typed into the code instead of read from the user.',
    'Is this safe enough for our small internal tool?\n\n```python\nimport hashlib, os\n'
    f'password = "{p}"\nsalt = os.urandom(16)\ndigest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)\n```')

# ---- Vietnamese: hard negatives
vineg('lottery results with long prize numbers.',
      'KẾT QUẢ XỔ SỐ MIỀN BẮC ngày 30/11/2026\nGiải đặc biệt: ' + rnd(5, DG) + '\nGiải nhất: ' + rnd(5, DG)
      + '\nGiải nhì: ' + rnd(5, DG) + ' - ' + rnd(5, DG) + '\nGiải ba: ' + ' - '.join(rnd(5, DG) for _ in range(6))
      + '\nGiải bảy: ' + ' - '.join(rnd(2, DG) for _ in range(4)))
vineg('an exchange-rate and gold-price table.',
      'Tỷ giá Vietcombank 30/11/2026 (mua - bán):\nUSD 25.185 - 25.545\nEUR 26.420 - 27.860\nJPY 163,42 - 172,81\n'
      'Giá vàng SJC: 84.500.000 - 86.500.000 đồng/lượng')
vineg('a civil-service recruitment notice listing the documents, health certificate included.',
      'THÔNG BÁO TUYỂN DỤNG CÔNG CHỨC NĂM 2026\nHồ sơ dự tuyển gồm: phiếu đăng ký dự tuyển theo mẫu; bản sao căn cước '
      'công dân; bản sao văn bằng, chứng chỉ; giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 6 '
      'tháng. Thời gian nhận hồ sơ: từ 01/12 đến 30/12/2026 tại Phòng Tổ chức cán bộ, giờ hành chính.')
vineg('a parcel tracking message with a waybill number.',
      'Đơn hàng của bạn đang được giao. Mã vận đơn: SPXVN0' + rnd(11, DG) + '. Đơn vị vận chuyển: SPX Express. '
      'Dự kiến giao: 02/12/2026. Vui lòng giữ điện thoại để nhận hàng.')
vineg('a note that the guest Wi-Fi password is at the reception, giving none.',
      'Các anh chị đến họp ngày mai dùng wifi Khach-Tang3, mật khẩu dán ở quầy lễ tân, không đọc qua điện thoại nhé.')
vineg('a train timetable.',
      'Lịch tàu SE1 Hà Nội - Sài Gòn: Hà Nội 19:25, Vinh 01:10, Đồng Hới 05:35, Huế 08:40, Đà Nẵng 11:35, '
      'Nha Trang 20:20, Sài Gòn 04:40 hôm sau. Giá vé giường nằm khoang 4: 1.450.000 đồng.')
vineg('coordinates of a public construction site in a report.',
      'Vị trí công trình cầu Tứ Liên: tọa độ điểm đầu 21.0743, 105.8412; điểm cuối 21.0905, 105.8597. '
      'Tổng mức đầu tư 19.878 tỷ đồng, khởi công quý I/2027.')

# ---- Vietnamese: positives (the twins)
p = pw(10)
vi('block', ['credential'], 'the Wi-Fi twin: the guest Wi-Fi password written into the message.',
   f'Các anh chị đến họp ngày mai dùng wifi Khach-Tang3, mật khẩu: {p} nhé.')
c1, c2 = cccd('001', 'm', 1996, int(rnd(6, DG))), cccd('034', 'f', 1998, int(rnd(6, DG)))
vi('block', ['national-id'], 'the recruitment twin: the list of candidates with their CCCD numbers.',
   'DANH SÁCH THÍ SINH ĐỦ ĐIỀU KIỆN DỰ TUYỂN\nSTT | Họ và tên | Số CCCD | Vị trí\n'
   f'1 | Nguyễn Văn Hùng | {c1} | Chuyên viên CNTT\n2 | Lê Thị Thu | {c2} | Kế toán')

# ---- Czech: hard negatives
neg('cs', 'the central bank\'s exchange-rate list and a lottery draw.',
    'Kurzy ČNB k 30. 11. 2026: EUR 25,310; USD 23,345; GBP 29,870.\nSportka, 1. tah: 4, 12, 19, 27, 33, 41, dodatkové 8. '
    'Šance: ' + rnd(6, DG))
neg('cs', 'a train timetable.',
    'R 881 Praha hl. n. 7:08 – Kolín 7:49 – Pardubice 8:12 – Česká Třebová 8:41 – Brno hl. n. 10:08. '
    'Místenka povinná, jízdenka 289 Kč.')
neg('cs', 'a note that the Wi-Fi password is at the reception, giving none.',
    'Heslo k wifi pro hosty je na recepci, po telefonu ho neříkáme. Síť se jmenuje Hoste-3patro.')
neg('cs', 'a contract template with blank fields.',
    'Smlouva o dílo\nObjednatel: ____________________, IČO: __________\nZhotovitel: ____________________, '
    'rodné číslo / IČO: __________\nČíslo účtu zhotovitele: ______________/______\nCena díla: __________ Kč')
neg('cs', 'a citation of standards and the cyber-security act.',
    'Požadavky vycházejí z ČSN EN ISO/IEC 27001:2023, zákona č. 264/2025 Sb., o kybernetické bezpečnosti, a vyhlášky '
    'č. 410/2025 Sb. Doporučená délka hesla je nejméně 17 znaků (NÚKIB, 2025).')
neg('cs', 'a Python snippet that reads the password from the environment.',
    'Proč to hlásí KeyError?\n\nimport os\nheslo = os.environ["DB_HESLO"]\nconn = psycopg2.connect(host="db", user="app", password=heslo)')

# ---- Czech: positives (the twins)
p = pw(10)
add('cs', 'block', ['credential'], 'the Wi-Fi twin: the guest Wi-Fi password written into the message.',
    f'Síť pro hosty: Hoste-3patro, heslo k wifi je {p}')
r = rc(79, 3, 2, int(rnd(3, DG)))
add('cs', 'block', ['national-id'], 'the contract-template twin: the blanks filled in with a person\'s birth number.',
    'Smlouva o dílo\nObjednatel: Obec Lhota, IČO: 00234567\nZhotovitel: Karel Svoboda, '
    f'rodné číslo: {r}\nCena díla: 48 000 Kč')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- English: hard negatives
imeis = [luhn('35' + rnd(12, DG), 15), luhn('86' + rnd(12, DG), 15), luhn('35' + rnd(12, DG), 15)]
neg('en', 'a phone inventory with IMEI numbers (Luhn-valid, 15 digits) and asset tags.',
    'Asset,Model,IMEI,Assigned to,Status\n' + '\n'.join(f'IT-{rnd(5, DG)},Galaxy A55,{m},{t},in use'
                                                       for m, t in zip(imeis, ('Front desk', 'Fleet van 2', 'Spare pool'))) + '\n', 'csv')
iccids = [luhn('8944' + rnd(14, DG), 19) for _ in range(3)]
neg('en', 'a SIM-card order with ICCIDs (Luhn-valid, 19 digits).',
    'Please activate these SIMs on the corporate plan:\n' + '\n'.join(f'ICCID {c}  plan: Data 20GB  cost centre 4410'
                                                                     for c in iccids))
neg('en', 'a news story listing the most common passwords of the year.',
    'The most common passwords of 2026 are still "123456", "password", "qwerty123" and "admin", according to an '
    'annual study of 19 million leaked credentials. Researchers found that 78 % of them could be cracked in under a '
    'second and urged users to switch to a password manager.')
neg('en', 'a router manual\'s default-login paragraph.',
    'Logging in for the first time\nOpen a browser and go to the address printed on the label under the router. '
    'The default user name is admin and the default password is printed on the same label. You will be asked to '
    'choose a new password at first login.')
neg('en', 'a public incident postmortem with documentation IP addresses, timestamps and request ids.',
    'Postmortem: API outage on 24 November\nSummary: between 09:14 and 09:52 UTC about 31 % of requests to the public '
    'API failed with 502. Root cause: a certificate rotation job (run id ' + uuid() + ') restarted all edge nodes at once.\n'
    'Timeline:\n09:14 alerts fire for 203.0.113.10 and 203.0.113.11 (edge-fra-1, edge-fra-2)\n'
    '09:21 on-call engineer acknowledges (PagerDuty incident #' + rnd(5, DG) + ')\n09:40 rollback to build 8.41.2\n'
    '09:52 error rate back to 0.02 %\nAction items: stagger restarts; alert on certificate expiry 14 days ahead.')
neg('en', 'an e-mail footer with a confidentiality disclaimer and a company registration number.',
    'Thanks, see you on Monday.\n\nMaria Lopez | Account Manager | Brightline Print Ltd\n'
    'Registered in England and Wales, company no. 0' + rnd(7, DG) + '. VAT GB 123 4567 89.\n'
    'This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it '
    'in error, please notify the sender and delete it.')
neg('en', 'a book review titled with "Secret" and "Classified".',
    'Book club, December: "The Secret History" by Donna Tartt, then "Classified: The Untold Story of the Census" '
    '(2019). Bring snacks; the top-secret ingredient of Jan\'s cake will be revealed.')

# ---- English: positives (the twins)
p = pw(11)
add('en', 'block', ['credential'], 'the router-manual twin: the office router\'s admin password after it was changed.',
    f'Office router (2nd floor): I changed the admin login today. User name admin, new password {p} - please store it in the vault.')
pins = [(c, rnd(4, DG), rnd(8, DG)) for c in iccids[:2]]
add('en', 'block', ['credential'], 'the SIM twin: the activation list gives each SIM\'s PIN and PUK.',
    'SIMs for the field team:\n' + '\n'.join(f'ICCID {c}  PIN {a}  PUK {b}' for c, a, b in pins))

# ---- Vietnamese: hard negatives
vineg('a long IT security regulation that names the levels and the password rules, with no password.',
      'QUY CHẾ BẢO ĐẢM AN TOÀN THÔNG TIN MẠNG (trích)\n'
      'Điều 8. Quản lý tài khoản và mật khẩu\n1. Mỗi cán bộ được cấp một tài khoản duy nhất; không dùng chung tài khoản.\n'
      '2. Mật khẩu có độ dài tối thiểu 12 ký tự, gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt; thay đổi ít nhất 90 '
      'ngày một lần; không ghi mật khẩu lên giấy dán ở màn hình.\n3. Không cung cấp mật khẩu qua điện thoại, tin nhắn '
      'hoặc thư điện tử, kể cả cho cán bộ kỹ thuật.\nĐiều 9. Xử lý tài liệu mật\n1. Tài liệu có độ Mật, Tối mật, '
      'Tuyệt mật chỉ được soạn thảo trên máy tính không kết nối Internet.\n2. Nghiêm cấm đưa nội dung tài liệu mật lên '
      'các nền tảng trí tuệ nhân tạo, mạng xã hội hoặc dịch vụ lưu trữ trực tuyến.\n3. Khi phát hiện lộ, mất tài liệu '
      'mật phải báo cáo ngay Thủ trưởng cơ quan.')
vineg('a news article about a cyber-security drill, with the ministry official named.',
      'Sáng 28/11, Bộ Công an phối hợp tổ chức diễn tập thực chiến an ninh mạng với sự tham gia của 35 đội. Phát biểu '
      'khai mạc, Thiếu tướng Lê Xuân Minh, Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, '
      'nhấn mạnh nguy cơ lộ lọt bí mật nhà nước qua thiết bị kết nối Internet và việc dùng mật khẩu yếu.')
vineg('an electricity bill with a customer code and meter number.',
      'THÔNG BÁO TIỀN ĐIỆN THÁNG 11/2026\nMã khách hàng: PD01000' + rnd(6, DG) + '\nSố công tơ: ' + rnd(8, DG)
      + '\nChỉ số cũ: 12.480 - Chỉ số mới: 12.791 - Điện năng tiêu thụ: 311 kWh\nSố tiền thanh toán: 896.450 đồng\n'
      'Thanh toán qua ứng dụng ngân hàng hoặc EVNHANOI trước ngày 10/12.')
vineg('a maternity-leave policy paragraph.',
      'Chế độ thai sản: lao động nữ sinh con được nghỉ 6 tháng, hưởng 100% mức bình quân tiền lương tháng đóng BHXH '
      'của 6 tháng liền kề trước khi nghỉ. Hồ sơ gồm bản sao giấy khai sinh của con; nộp cho Phòng Tổ chức - Hành chính '
      'trong 45 ngày kể từ ngày trở lại làm việc.')
vineg('a code review comment about a password field in a form.',
      'Trong form đăng nhập, trường mat_khau đang để type="text", em sửa thành type="password" và thêm '
      'autocomplete="current-password" nhé. Hàm kiemTraMatKhau() nên so sánh bằng bcrypt.compare, không so chuỗi trực tiếp.')

# ---- Vietnamese: positives (the twins)
p = pw(11)
vi('block', ['credential'], 'the code-review twin: the test account\'s password pasted into the comment.',
   f'Em test lại form đăng nhập bằng tài khoản kiemthu01, mật khẩu {p} thì vẫn lỗi 500, anh xem giúp.')
vi('block', ['classified-marking'], 'the regulation twin: an excerpt of a plan with its level stamped.',
   'TỐI MẬT\n\nKẾ HOẠCH bảo đảm an toàn thông tin mạng cho Hội nghị (trích)\nPhương án bố trí lực lượng ứng trực tại '
   'các điểm kết nối, danh sách máy chủ và địa điểm đặt thiết bị dự phòng theo phụ lục kèm theo.')

# ---- Czech: hard negatives
vs = [rc(26, m, d, int(rnd(3, DG))).replace('/', '') for m, d in ((1, 15), (2, 3), (11, 28))]
neg('cs', 'invoices with 10-digit numbers and variable symbols of the birth-number shape (date-like, divisible by 11).',
    'Přehled neuhrazených faktur\nČíslo faktury;Variabilní symbol;Dodavatel;Částka\n'
    + '\n'.join(f'{v};{v};Kancelářské potřeby s.r.o.;{a} Kč' for v, a in zip(vs, ('4 840', '12 100', '968'))) + '\n', 'csv')
neg('cs', 'an order confirmation with a 10-digit order number of the birth-number shape.',
    f'Děkujeme za objednávku č. {rc(25, 12, 1, int(rnd(3, DG))).replace("/", "")}. Zboží odešleme do 2 pracovních dnů, '
    'číslo zásilky vám pošleme e-mailem. Platba: dobírka.')
neg('cs', 'a news report on the cyber-security agency\'s annual report.',
    'NÚKIB ve výroční zprávě uvádí, že v roce 2025 evidoval 268 kybernetických incidentů, nejvíce v oblasti veřejné '
    'správy. Ředitel úřadu Lukáš Kintr uvedl, že nejčastější příčinou zůstávají uniklá hesla a chybějící vícefázové '
    'ověření. Zpráva je veřejně dostupná na webu úřadu.')
neg('cs', 'a sick-leave policy paragraph.',
    'Pracovní neschopnost: zaměstnanec je povinen neprodleně oznámit svou nemoc vedoucímu. Dočasnou pracovní '
    'neschopnost vystavuje lékař elektronicky (eNeschopenka), zaměstnavatel ji obdrží automaticky. Náhrada mzdy náleží '
    'od 4. do 14. kalendářního dne.')
neg('cs', 'a phone-support how-to: never tell anyone your PIN.',
    'Jak aktivovat novou kartu: v aplikaci zvolte Karty > Aktivovat, zadejte posledních 6 číslic a nastavte PIN. PIN '
    'nikomu nesdělujte, banka se na něj nikdy neptá.')

# ---- Czech: positives (the twins)
r = rc(26, 1, 15, int(rnd(3, DG)))
add('cs', 'block', ['national-id'], 'the invoice twin: the payer is a person named with his birth number.',
    f'Platba faktury č. 20260115\nPlátce: Tomáš Beneš, rodné číslo {r}\nČástka: 4 840 Kč, VS 20260115')
add('cs', 'block', ['credential'], 'the PIN twin: the new card\'s PIN written in the message.',
    f'Ahoj, služební karta pro cesty je u Jany v šuplíku, PIN je {rnd(4, DG)}. Účtenky prosím odevzdat do pátku.')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

# ---- English: hard negatives
neg('en', 'a long IT newsletter: password tips, a phishing example with a defanged link, a maintenance window.',
    'IT NEWS - December\n\n1. Spot the phish\nThis week several colleagues received an e-mail "Your mailbox is full, verify '
    'your password" linking to hxxps://mail-verify[.]example-login[.]top. Do not click. IT will never ask for your '
    'password by e-mail. Forward suspicious messages to the service desk and delete them.\n\n2. Passphrases beat '
    'passwords\nA passphrase of four random words is longer and easier to remember than P@ssw0rd-style passwords. '
    'The password manager (Bitwarden) is available on every laptop; ask us for a walkthrough.\n\n3. VPN maintenance\n'
    'The VPN gateway will be upgraded on Saturday 12 December, 22:00-02:00. Expect two short disconnects. Version '
    '7.2.4 (build 2026.11.30) fixes the reconnect bug reported in tickets INC-20411 and INC-20433.\n\n4. Welcome\n'
    'Please welcome Tom and Priya, who join the service desk on Monday.\n\n5. Reminder\nDocuments marked CONFIDENTIAL '
    'or SECRET must not be uploaded to public AI chat tools. When in doubt, ask the security officer.')
neg('en', 'a product catalogue with EAN-13 barcodes and GTINs.',
    'SKU;Product;EAN-13;Price\n' + '\n'.join(f'ST-{i:03d};{n};{isbn13("590" + rnd(9, DG))};{p}' for i, (n, p) in
                                           enumerate((('Stapler 24/6', '4.90'), ('A4 paper 500 sh.', '5.20'), ('Toner 59A', '79.00')), 1)) + '\n', 'csv')
neg('en', 'the first fifty digits of pi and physical constants.',
    'For the maths club handout: pi = 3.14159265358979323846264338327950288419716939937510\n'
    'e = 2.71828182845904523536028747135266249775724709369995\nAvogadro constant N_A = 6.02214076e23 mol^-1\n'
    'Speed of light c = 299792458 m/s')
neg('en', 'a news paragraph on ransomware with the attackers\' public Bitcoin address.',
    'The gang demanded 40 BTC, to be paid to the address bc1q' + rnd(38, LO + DG).replace('b', 'c').replace('i', 'j').replace('o', 'p')
    + ', which blockchain analysts say has received more than USD 3 million since March. The city refused to pay and '
    'restored its systems from backups.')
neg('en', 'legal citations of US statutes and cases about classified information.',
    'See 18 U.S.C. § 793(e) and § 1924; Executive Order 13526, 75 Fed. Reg. 707 (2010); United States v. Morison, 844 '
    'F.2d 1057 (4th Cir. 1988). The statute covers retention of classified documents; intent is an element only under '
    'subsection (e).')
neg('en', 'an HTML snippet with a base64 data-URI image.',
    'Why does this logo not show in Outlook?\n\n<img alt="Logo" width="120" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAe'
    + rnd(220, UP + LO + DG + '+/') + '==">')
neg('en', 'an .env.example with empty values and placeholders.',
    'Copy this to .env and fill in your own values:\n\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\n'
    'API_KEY=<your-api-key>\nSECRET_KEY=change-me\nSMTP_PASSWORD=${SMTP_PASSWORD}\n')

# ---- English: positives (the twins)
add('en', 'block', ['credential'], 'the .env twin: the file as it is on the server, the values filled in.',
    'Why does the app not connect? This is our .env on the server:\n\nDB_HOST=db.internal.example\nDB_USER=app\n'
    f'DB_PASSWORD={pw(13)}\nAPI_KEY={rnd(32, LO + DG)}\n')

# ---- Vietnamese: hard negatives
vineg('an SQL query naming the ID and password columns, with no values.',
      'Anh xem giúp câu truy vấn này sao chạy chậm:\n\nSELECT ho_ten, so_cccd, ngay_sinh, mat_khau_hash\nFROM nguoi_dung\n'
      'WHERE don_vi_id = 12 AND trang_thai = 1\nORDER BY ho_ten;\n\nBảng có khoảng 2 triệu dòng, đã đánh chỉ mục so_cccd.')
vineg('an empty list template with ID and account columns.',
      'Mẫu danh sách chi trả (các đơn vị điền và gửi lại trước 15/12):\n'
      'STT | Họ và tên | Số CCCD | Số tài khoản | Ngân hàng | Số tiền\n1 |  |  |  |  | \n2 |  |  |  |  | \n'
      'Ghi chú: số tài khoản phải đứng tên người nhận.')
vineg('a cryptography lecture with a textbook toy RSA key.',
      'Bài 3. Mật mã khóa công khai RSA\nVí dụ: chọn p = 61, q = 53, n = 3233, φ(n) = 3120. Chọn e = 17, tính được khóa '
      'bí mật d = 2753. Mã hóa m = 65: c = 65^17 mod 3233 = 2790. Trong thực tế khóa dài 2048 bit trở lên và khóa bí mật '
      'không bao giờ được gửi qua mạng.')
vineg('a business registration summary of a company.',
      'Công ty TNHH Giải pháp Số Bình Minh\nMã số doanh nghiệp: ' + tax('0109') + ', đăng ký lần đầu ngày 12/03/2019\n'
      'Địa chỉ trụ sở: số 18 ngõ 82 Duy Tân, phường Cầu Giấy, Hà Nội\nNgười đại diện theo pháp luật: Giám đốc Phạm Quang Huy\n'
      'Vốn điều lệ: 5.000.000.000 đồng')
vineg('a chat summary of an IT meeting, no secrets in it.',
      '[Tóm tắt giao ban CNTT sáng thứ Hai]\n- Đã gia hạn chứng thư số SSL cho cổng thông tin đến 12/2027.\n'
      '- Tuần này đổi mật khẩu quản trị các máy chủ theo quy chế, mật khẩu mới lưu trong két KeePass của phòng, không '
      'gửi qua Zalo.\n- Cập nhật Windows bản vá KB5046617 cho 120 máy trạm.\n- Bé Na phụ trách kiểm tra sao lưu hằng ngày.')

# ---- Vietnamese: positives (the twins)
c = cccd('001', 'f', 1988, int(rnd(6, DG)))
p = pw(11)
vi('block', ['national-id', 'credential'], 'the SQL twin: an INSERT with a person\'s CCCD and plain password.',
   'Anh xem giúp sao câu này lỗi:\n\nINSERT INTO nguoi_dung (ho_ten, so_cccd, ngay_sinh, mat_khau)\n'
   f"VALUES ('Nguyễn Thị Hạnh', '{c}', '1988-04-12', '{p}');")
c = cccd('030', 'm', 1979, int(rnd(6, DG)))
vi('block', ['national-id'], 'the template twin: a row of the list filled in with a person\'s CCCD.',
   'Mẫu danh sách chi trả (đơn vị đã điền):\nSTT | Họ và tên | Số CCCD | Số tiền\n'
   f'1 | Vũ Văn Thắng | {c} | 2.500.000\n')

# ---- Czech: hard negatives
neg('cs', 'an office\'s data-box ID and switchboard on its contact page.',
    'Kontakty: Městský úřad Kolín, Karlovo náměstí 78, 280 12 Kolín. ID datové schránky: ' + rnd(7, LO + DG)
    + ', telefon ústředny +420 321 748 111, podatelna@example-kolin.cz. Úřední hodiny Po a St 8-17.')
neg('cs', 'an SQL schema with the birth-number column and no values.',
    'CREATE TABLE zamestnanec (\n  id SERIAL PRIMARY KEY,\n  jmeno VARCHAR(80) NOT NULL,\n  rodne_cislo CHAR(10),\n'
    '  cislo_uctu VARCHAR(24),\n  heslo_hash VARCHAR(100)\n);\n\nJak k tomu přidat index na rodne_cislo?')
neg('cs', 'an academic citation with ISBN, ISSN and DOI.',
    'Literatura: SVOBODA, P. Kybernetická bezpečnost ve veřejné správě. Praha: Wolters Kluwer, 2024. ISBN '
    + isbn13('978807676' + rnd(3, DG)) + '.\nNOVÁKOVÁ, J. Ochrana osobních údajů. Právník, 2023, 162(4), s. 301-322. '
    'ISSN 0231-6625. doi:10.5281/zenodo.' + rnd(7, DG))
neg('cs', 'a how-to for logging into the data box, with no values.',
    'Přihlašovací údaje do datové schránky dostanete poštou do vlastních rukou. Při prvním přihlášení si změňte '
    'heslo (nejméně 8 znaků, velké i malé písmeno a číslice). Heslo neposílejte e-mailem ani ho nikomu neříkejte.')

# ---- Czech: positives (the twins)
r = rc(88, 2, 11, int(rnd(3, DG)), female=True)
add('cs', 'block', ['national-id'], 'the SQL twin: an INSERT with a person\'s birth number.',
    "INSERT INTO zamestnanec (jmeno, rodne_cislo, cislo_uctu) VALUES ('Eva Malá', '" + r.replace('/', '')
    + "', NULL);\n\nProč to hlásí chybu délky?")
add('cs', 'block', ['credential'], 'the data-box twin: the initial login written into an e-mail.',
    f'Přihlašovací údaje do datové schránky spolku: uživatelské jméno {rnd(6, LO + DG)}, heslo {pw(10)}. Při prvním '
    'přihlášení si ho změňte.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

# ---- English: hard negatives
neg('en', 'API documentation with a sample token response made of placeholders.',
    'POST /oauth/token returns:\n\n{\n  "access_token": "<ACCESS_TOKEN>",\n  "token_type": "Bearer",\n  "expires_in": 3600,\n'
    '  "refresh_token": "<REFRESH_TOKEN>",\n  "scope": "reports.read"\n}\n\nSend the access token in the Authorization header.')
neg('en', 'a crash stack trace with memory addresses and thread ids.',
    'The service crashed overnight, any idea?\n\nFatal error in thread 0x7f3a2c1ff700 (tid 48213)\n'
    '  #0 0x00007f3a31c2e18b in raise () from /lib/x86_64-linux-gnu/libc.so.6\n'
    '  #1 0x00007f3a31c0d859 in abort ()\n  #2 0x000055d0c4a1b2e3 in ReportCache::evict(unsigned long) at cache.cpp:212\n'
    'core dumped: /var/crash/core.reportsvc.48213.1733045112')
neg('en', 'a contract-awards spreadsheet with companies\' registry numbers.',
    'Award date,Supplier,Company number,VAT number,Value (GBP)\n'
    f'2026-10-02,Brightline Print Ltd,0{rnd(7, DG)},GB{rnd(9, DG)},24000\n2026-10-19,Northgate IT Services Ltd,0{rnd(7, DG)},GB{rnd(9, DG)},118500\n', 'csv')
neg('en', 'a press release on documents declassified by a ministry.',
    'The Ministry of Defence today released 2,134 files from the 1980s that were previously classified SECRET or '
    'CONFIDENTIAL. The files, now declassified under the 20-year rule, are available at the National Archives.')

# ---- English: positives (the twins)
tok = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + rnd(90, UP + LO + DG) + '.' + rnd(43, UP + LO + DG + '-_')
add('en', 'block', ['credential'], 'the API-docs twin: a real token response pasted from the terminal.',
    f'I got this back, why does the next call say 401?\n\n{{\n  "access_token": "{tok}",\n  "token_type": "Bearer",\n  "expires_in": 3600\n}}')
p = pw(12)
add('en', 'block', ['credential'], 'the stack-trace twin: the exception prints the connection string with its password.',
    'The service crashed overnight, any idea?\n\nUnhandled exception: System.Data.SqlClient.SqlException: Login failed.\n'
    f'   Connection string: Server=sql01.corp.example;Database=Reports;User Id=svc_reports;Password={p};\n'
    '   at ReportCache.Evict() in cache.cs:line 212')

# ---- Vietnamese: hard negatives
vineg('a company quotation whose transfer details name the company as the account\'s holder.',
      'BÁO GIÁ THIẾT BỊ MẠNG (hiệu lực 30 ngày)\nSwitch 24 cổng PoE: 12.500.000 đ x 4\nBộ phát Wi-Fi 6: 3.200.000 đ x 10\n'
      'Thông tin chuyển khoản:\nTên tài khoản: CÔNG TY TNHH CÔNG NGHỆ MẠNG SAO VIỆT\nSố tài khoản: ' + rnd(13, DG)
      + '\nNgân hàng: BIDV - Chi nhánh Đông Hà Nội')
vineg('a published schedule of power cuts by area.',
      'LỊCH TẠM NGỪNG CUNG CẤP ĐIỆN ngày 05/12/2026\n07:30-11:30: khu vực tổ 12, 13 phường Phú Thượng (từ cột 14 đến cột 37 '
      'lộ 475 E1.14)\n13:00-17:00: thôn Đông, thôn Đoài xã Kim Chung\nLý do: bảo dưỡng đường dây.')
vineg('an entrance-exam score list with candidate numbers.',
      'Điểm chuẩn trúng tuyển lớp 10 THPT chuyên: Toán 38,5; Tin 36,75; Anh 40,25.\nTra cứu điểm theo số báo danh, ví dụ '
      'SBD 01' + rnd(6, DG) + ': Văn 8,25 - Toán 9,0 - Anh 8,5 - Môn chuyên 7,75.')

# ---- Vietnamese: positives (the twins)
vi('block', ['financial'], 'the quotation twin: the account is a person\'s, named as its holder.',
   'Anh chuyển tiền cọc giúp em nhé:\nTên tài khoản: NGUYEN VAN HUNG\nSố tài khoản: ' + rnd(13, DG) + '\nNgân hàng: BIDV')

# ---- Czech: hard negatives
neg('cs', 'an encyclopaedia entry ("heslo") quoted for a citation.',
    'Heslo: Kybernetika. Ottův slovník naučný nové doby, díl III, s. 412. Heslo v encyklopedii definuje kybernetiku '
    'jako vědu o řízení a sdělování v živých organismech a strojích.')
neg('cs', 'a waste-collection timetable.',
    'Svoz komunálního odpadu 2027: každé liché úterý, plasty každou středu, papír 1. a 3. pátek v měsíci. Bioodpad '
    'od dubna do listopadu každé pondělí. Známka na popelnici pro rok 2027 stojí 900 Kč.')
neg('cs', 'an invoice footer naming the company as the account holder.',
    'Celkem k úhradě: 14 520 Kč\nMajitel účtu: Stavebniny Hloušek s.r.o.\nČíslo účtu: ' + cza('1') + '/0600\n'
    'Variabilní symbol: 2026' + rnd(4, DG) + '\nDěkujeme za nákup.')

# ---- Czech: positives (the twins)
add('cs', 'block', ['financial'], 'the invoice twin: a person named as the account holder.',
    'Nájem za prosinec prosím pošlete na můj účet.\nMajitel účtu: Petr Hloušek\nČíslo účtu: ' + cza('2') + '/0600\n'
    'Částka: 14 500 Kč')

# ================================================================ batch 6 (written after batch 5's fixes, scored blind)

# ---- English: hard negatives
neg('en', 'a PGP-signed public security advisory (a signature is public).',
    '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nSecurity advisory 2026-11: update the mail gateway to 14.2.7; '
    'versions before it allow a crafted attachment to bypass scanning.\n-----BEGIN PGP SIGNATURE-----\n\n'
    + '\n'.join(rnd(64, UP + LO + DG + '+/') for _ in range(4)) + '\n=' + rnd(4, UP + LO + DG) + '\n-----END PGP SIGNATURE-----')
neg('en', 'an OpenAPI fragment declaring an API-key security scheme.',
    'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n'
    'security:\n  - ApiKeyAuth: []\n\nHow do I make the key optional for the /health endpoint?')
neg('en', 'Terraform variables marked sensitive, with no defaults.',
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nvariable "api_token" {\n  type      = string\n'
    '  sensitive = true\n  description = "Token for the monitoring API, set in the pipeline"\n}')
neg('en', 'a training-completion sheet with names, departments and scores.',
    'Name,Department,Course,Completed,Score\nAnna Novak,Finance,Security awareness 2026,2026-11-03,92\n'
    'Ben Carter,Planning,Security awareness 2026,2026-11-05,88\nChi Tran,Legal,Phishing basics,2026-11-12,100\n', 'csv')

# ---- English: positives (the twins)
add('en', 'block', ['credential'], 'the PGP twin: a private key block pasted instead of the signature.',
    'Is this the right key to sign the advisory with?\n\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n'
    + '\n'.join(rnd(64, UP + LO + DG + '+/') for _ in range(8)) + '\n=' + rnd(4, UP + LO + DG) + '\n-----END PGP PRIVATE KEY BLOCK-----')

# ---- Vietnamese: hard negatives
vineg('a digital-signature token how-to: the PIN comes in a sealed envelope.',
      'Hướng dẫn sử dụng chữ ký số: cắm USB token, cài trình điều khiển từ trang của nhà cung cấp. Mã PIN ban đầu in '
      'trong phong bì niêm phong; lần đầu đăng nhập phải đổi mã PIN. Không cho người khác mượn token.')
vineg('a public budget disclosure table.',
      'CÔNG KHAI DỰ TOÁN NGÂN SÁCH NĂM 2027 (đơn vị: triệu đồng)\nChi thường xuyên: 48.215\nChi đầu tư phát triển: 12.600\n'
      'Chi sự nghiệp giáo dục: 21.340\nDự phòng ngân sách: 1.150\nTổng cộng: 83.305')

# ---- Vietnamese: positives (the twins)
vi('block', ['credential'], 'the token twin: a colleague\'s token PIN in the message.',
   f'Chị ơi em để USB token ký số trong ngăn kéo, mã PIN của token là {rnd(6, DG)}, chị ký giúp em công văn chiều nay nhé.')

# ---- Czech: hard negatives
neg('cs', 'a how-to for the qualified certificate: the PIN comes by letter.',
    'PIN k certifikátu na čipové kartě vám přijde doporučeným dopisem. Po prvním použití si ho změňte v aplikaci '
    'správce karty. PIN nikomu nesdělujte a nezapisujte ho na kartu.')
neg('cs', 'a council resolution cited in a sentence.',
    'Zastupitelstvo obce usnesením č. 12/2026 ze dne 9. 12. 2026 schválilo rozpočet na rok 2027 ve výši 48,2 mil. Kč '
    'a střednědobý výhled do roku 2029.')

# ---- Czech: positives (the twins)
add('cs', 'block', ['credential'], 'the certificate twin: the card\'s PIN in the message.',
    f'Kartu s certifikátem máš na stole, PIN k certifikátu je {rnd(6, DG)}. Podepiš prosím dnes ty smlouvy.')

# ================================================================ batch 7 (written after the round's fixes, scored blind): long everyday pastes

# ---- Vietnamese: hard negatives (long)
vineg('a long year-end IT report of an agency: statistics, versions, contracts cited by number, policy words.',
      'Em nhờ AI tóm tắt báo cáo này thành 5 ý chính:\n\n'
      'KẾT QUẢ ỨNG DỤNG CÔNG NGHỆ THÔNG TIN NĂM 2026\n1. Hạ tầng: 100% cán bộ được cấp máy tính; 320 máy trạm đã nâng cấp '
      'Windows 11 23H2; đường truyền số liệu chuyên dùng tốc độ 100 Mbps đến 18/18 xã. Hệ thống sao lưu chạy hằng ngày lúc '
      '23:00, thời gian khôi phục thử nghiệm trung bình 42 phút.\n2. Dịch vụ công trực tuyến: tiếp nhận 48.215 hồ sơ, trong '
      'đó 91,3% đúng hạn; tỷ lệ thanh toán trực tuyến 67,8%. Cổng dịch vụ công phiên bản 3.4.1 vận hành ổn định.\n'
      '3. An toàn thông tin: tổ chức 2 đợt tập huấn nhận diện thư giả mạo cho 412 lượt cán bộ; rà soát 1.240 tài khoản, '
      'khóa 86 tài khoản không sử dụng; yêu cầu đổi mật khẩu định kỳ 90 ngày và bật xác thực hai yếu tố cho thư công vụ. '
      'Không để xảy ra lộ, lọt tài liệu mật trên môi trường mạng.\n4. Hợp đồng: thực hiện Hợp đồng số 15/2026/HĐ-CNTT '
      'thuê dịch vụ giám sát an toàn thông tin với tổng giá trị 1,2 tỷ đồng; nghiệm thu ngày 28/11/2026.\n5. Tồn tại: một số '
      'cán bộ còn ghi mật khẩu ra giấy; phần mềm quản lý văn bản chưa liên thông với 3 đơn vị.\n6. Phương hướng 2027: '
      'triển khai chữ ký số cho 100% lãnh đạo cấp phòng; nâng tỷ lệ hồ sơ trực tuyến toàn trình lên 80%.')
vineg('a ward office\'s group chat about the schedule, mentioning a changed Wi-Fi password without it.',
      '[08:01] Chị Hằng: Mai họp giao ban 8h phòng họp tầng 2 nhé cả nhà\n[08:03] Anh Tùng: Dạ, em chuẩn bị máy chiếu\n'
      '[08:05] Chị Hằng: Mật khẩu wifi tầng 2 đổi rồi, ai cần thì hỏi trực tiếp anh Tùng, đừng gửi lên nhóm\n'
      '[08:06] Minh: Dạ em nhận\n[08:10] Anh Tùng: Em in sẵn 15 bộ tài liệu, số liệu lấy theo báo cáo tháng 11')

# ---- Czech: hard negatives (long)
neg('cs', 'a long annual report on information requests under act 106/1999 Sb., with figures and citations.',
    'Výroční zpráva o poskytování informací podle zákona č. 106/1999 Sb. za rok 2026\n'
    'a) počet podaných žádostí o informace: 184; počet vydaných rozhodnutí o odmítnutí žádosti: 12\n'
    'b) počet podaných odvolání proti rozhodnutí: 3\nc) rozsudky soudu ve věci přezkoumání zákonnosti rozhodnutí: žádné\n'
    'd) výčet poskytnutých výhradních licencí: žádné\ne) počet stížností podaných podle § 16a: 5, z toho 4 vyřízeny '
    've prospěch úřadu\nf) další informace: nejčastěji se žádosti týkaly veřejných zakázek, územního plánování a '
    'kybernetické bezpečnosti. Úřad informace, které jsou utajovanými informacemi podle zákona č. 412/2005 Sb., '
    'neposkytl (§ 7 zákona č. 106/1999 Sb.). Zpráva byla zveřejněna na úřední desce.')
neg('cs', 'a team chat saying the Wi-Fi password changed, giving none.',
    '[9:02] Petr: heslo do wifi v zasedačce je od dneška nové\n[9:03] Lenka: pošleš ho sem?\n'
    '[9:03] Petr: ne, sem ne, řeknu ti ho u kafe\n[9:05] Lenka: ok, jinak prezentace je na sdíleném disku ve složce 2026/Q4')

# ---- English: hard negatives (long)
neg('en', 'a meeting transcript about rotating passwords and classification, with no value in it.',
    'Transcript - IT security sync, 3 December\n00:00:04 Sarah Lee: Morning all. First item, the service accounts.\n'
    '00:00:11 Raj Patel: We rotate the passwords next Tuesday; the new ones go straight into the vault, nobody gets '
    'them by chat or e-mail.\n00:00:25 Sarah Lee: Good. And the old shared admin account?\n00:00:31 Raj Patel: Disabled '
    'since Friday, ticket CHG-20931.\n00:00:40 Sarah Lee: Second item, the labelling pilot: Word will offer Public, '
    'Internal, Confidential and Secret labels from January. Training slides are on the intranet.\n00:01:02 Tom Ng: '
    'Will the label show in the footer?\n00:01:05 Sarah Lee: Yes, and in the file properties. That is it, thanks.')
neg('en', 'a long open-source README: install steps, environment variables with placeholders, versions and ports.',
    '# reportkit\n\nGenerate PDF reports from SQL queries.\n\n## Install\n\n```bash\npip install reportkit==2.8.1\n```\n\n'
    '## Configure\n\nSet these variables (see `.env.example`):\n\n| variable | meaning |\n|---|---|\n'
    '| `REPORTKIT_DB_URL` | e.g. `postgresql://user:password@localhost:5432/reports` |\n| `REPORTKIT_API_TOKEN` | '
    'your token from the dashboard |\n| `REPORTKIT_PORT` | default 8080 |\n\n## Docker\n\n```bash\ndocker run -p 8080:8080 '
    '-e REPORTKIT_DB_URL="$DB_URL" -e REPORTKIT_API_TOKEN="$TOKEN" ghcr.io/example/reportkit:2.8.1\n```\n\n'
    '## Changelog\n\n- 2.8.1: fixed a crash on empty result sets (#412)\n- 2.8.0: Python 3.13 support\n')

# ---- positives (twins)
vi('block', ['credential'], 'the group-chat twin: the new Wi-Fi password posted to the group after all.',
   '[08:05] Chị Hằng: Mật khẩu wifi tầng 2 đổi rồi nhé\n[08:06] Minh: mật khẩu mới là gì chị?\n'
   f'[08:06] Chị Hằng: {pw(11)}\n[08:07] Minh: Dạ em nhận')

write_round(S, 'round36', 'p36')
