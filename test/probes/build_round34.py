#!/usr/bin/env python3
"""Builds test/probes/round34.jsonl: round 34 of the held-out-style probes, financial data, personal contacts and
internal infrastructure (issue #17), written blind (batch 1 scored on main 5d9706f before any rule was changed for
it; batch 2 after batch 1's fixes).

Batch 1 kinds: a payment order (ủy nhiệm chi) and a transfer receipt read by OCR, the beneficiary a person; an
allowance list with a "TK nhận" column; a transfer request in a chat; a person's tax code for a dependant's
registration; a loan file with the repayment account; a card number in a support ticket; a Czech payroll export and
a chat that gives the account and the bank code apart; a Czech distraint notice; an English direct-deposit form and
a UK expense claim; event rosters and HR lists with personal phones, private mailboxes and home addresses; a server
inventory, a network diagram as text, an incident report with defanged addresses, an IPv6 unique-local address,
internal wiki links under split-horizon names — beside an agency's treasury account, a donation account, a company's
account and tax code on an invoice, masked cards, transaction references, a tax office's account, the office
hotline, a ministry's public mailbox, a shop's number on an invoice, public IPs in docs, example.com, localhost
tutorials, RFC 5737 documentation ranges, version numbers and OIDs.

Decisions written into the labels (kept from the rules' rationales and docs/quality-history.md):
- an organisation's account (a fund, a school, a company, an agency's treasury account) and a donation account are
  no one's personal data: pass; an account whose holder is a person blocks;
- a named person's loan, arrears or debt is credit standing: sensitive-personal (round 23); with the account it
  blocks as financial too;
- a company's tax code on an invoice is public; a person's blocks;
- e-mail addresses and phones of named people warn (contact), role mailboxes and hotlines do not;
- private addresses (RFC 1918, IPv6 unique-local fd00::/8), internal names and intranet links warn (infrastructure);
  public addresses, documentation ranges (RFC 5737, 2001:db8::/32), example.com and localhost do not.
Numbers come from a seeded generator and the checked makers in probe_ids.py (no real account), so the file rebuilds
byte for byte. Stdlib only."""
from probe_ids import DG, collector, czacct, diacritic_negatives, diacritic_pair, grp, iban, luhn, mst, seeded, write_round

R, rnd = seeded(34034)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def vn_acct(n=13):
    return rnd(1, '01') + rnd(n - 1, DG)


def vn_mobile():
    return '0' + R.choice(['32', '33', '34', '35', '36', '37', '38', '39', '56', '58', '70', '76', '77', '78', '79',
                           '81', '82', '83', '84', '85', '86', '88', '90', '91', '93', '94', '96', '97', '98']) + rnd(7, DG)


def dots(p):
    return f'{p[:4]}.{p[4:7]}.{p[7:]}'


def card(prefix, n=16):
    return luhn(prefix + rnd(n - 1 - len(prefix), DG), n)


g4 = grp  # groups of four, as probe_ids.grp writes them


def cz_mobile():
    return '+420 ' + R.choice('67') + rnd(2, DG) + ' ' + rnd(3, DG) + ' ' + rnd(3, DG)


def cz_account(prefix=''):
    while True:
        try:
            return (prefix + '-' if prefix else '') + czacct(rnd(1, '123456789') + rnd(8, DG))
        except ValueError:
            pass


# ================================================================ batch 1 (scored blind on main 5d9706f)
# ---- Vietnamese: financial positives
a_payer, a_ben = '9523.1.' + rnd(7, DG), vn_acct(13)
vi('block', ['financial'], 'a payment order (ủy nhiệm chi) read by OCR: the payer is an agency on its treasury account, '
   'the beneficiary a person with her account at a bank.',
   'Nhờ AI đọc lại giúp tờ ủy nhiệm chi scan này, em cần nhập vào phần mềm kế toán:\n\n'
   'ỦY NHIỆM CHI        Số: 47        Lập ngày: 12/05/2026\n'
   'Chuyển khoản, chuyển tiền thư, điện\n'
   'Tên đơn vị trả tiền: VĂN PHÒNG SỞ NỘI VỤ\n'
   f'Tài khoản: {a_payer}\nTại Kho bạc Nhà nước: KBNN khu vực I\n'
   'Tên đơn vị nhận tiền: NGUYỄN THỊ THU HẰNG\n'
   f'Tài khoản: {a_ben}\nTại ngân hàng: Vietcombank - CN Thành Công\n'
   'Nội dung thanh toán: Thanh toán tiền thù lao báo cáo viên hội nghị tháng 5\n'
   'Số tiền bằng số: 3.500.000\n'
   'KẾ TOÁN TRƯỞNG          CHỦ TÀI KHOẢN\n')
a = vn_acct(14)
vi('block', ['financial'], 'a transfer receipt from a banking app read by OCR, the source account and the sender a person, '
   'label and value on separate lines.',
   'Anh xem giúp biên lai này chuyển khoản thành công chưa, em chụp màn hình rồi dùng OCR ra chữ:\n\n'
   'Chuyển tiền thành công\n-2,000,000 VND\n13:42 Thứ Ba 12/05/2026\n'
   f'Tài khoản nguồn\n{a}\nNgười chuyển\nPHAM QUANG HUY\n'
   'Ngân hàng thụ hưởng\nBIDV\nNội dung\nPHAM QUANG HUY chuyen tien hoc phi\nMã giao dịch\nFT26132' + rnd(9, DG) + '\n')
rows = [('Lê Thị Hồng Nhung', 'Chuyên viên', '1.200.000', vn_acct(13), 'Vietcombank'),
        ('Trần Văn Tùng', 'Chuyên viên chính', '1.500.000', vn_acct(12), 'BIDV'),
        ('Đặng Minh Châu', 'Kế toán viên', '1.200.000', vn_acct(14), 'Techcombank')]
vi('block', ['financial'], 'an allowance list pasted from a spreadsheet, tab-separated, its account column headed "TK nhận".',
   'Tính giúp tổng tiền và viết tờ trình trình lãnh đạo duyệt chi phụ cấp kiêm nhiệm quý II theo danh sách:\n\n'
   'STT\tHọ và tên\tChức danh\tSố tiền\tTK nhận\tNgân hàng\n'
   + '\n'.join(f'{i}\t{n}\t{c}\t{m}\t{ac}\t{b}' for i, (n, c, m, ac, b) in enumerate(rows, 1)) + '\n')
a = vn_acct(13)
vi('block', ['financial'], 'a chat asking colleagues to transfer money for a funeral wreath to a person\'s account, '
   'bank and holder after slashes.',
   '[08:14] Chị Ngọc Anh: Cả phòng ơi, bố anh Thành mất, phòng mình góp mỗi người 200k mua vòng hoa nhé\n'
   f'[08:15] Chị Ngọc Anh: ck vào đây giúp chị: {a} / VCB / DO NGOC ANH\n'
   '[08:17] Tuấn: em ck rồi ạ\n[08:20] Hà: em gửi rồi chị')
m = mst('80' + rnd(7, DG))
vi('block', ['financial'], 'a person gives her own tax code in a chat to register a dependant.',
   'Chị Hương ơi, em gửi thông tin để chị đăng ký giảm trừ gia cảnh cho con em nhé:\n'
   f'- Người nộp thuế: Bùi Thị Thanh Mai, phòng Quản lý đô thị\n- MST của em: {m}\n'
   '- Người phụ thuộc: Nguyễn Bảo Ngọc, sinh 2019\nEm cảm ơn chị ạ.')
a = vn_acct(14)
vi('block', ['financial', 'sensitive-personal'], "a loan file of a named borrower: outstanding debt, overdue days, debt group and the repayment account.",
   'Soạn giúp thư nhắc nợ lần 2 gửi khách hàng theo thông tin:\n'
   'Khách hàng: ông Phạm Văn Đức, sinh năm 1979\nHợp đồng tín dụng số 0426/2024/HĐTD-CN\n'
   'Dư nợ gốc: 850.000.000 đồng; quá hạn 95 ngày, nợ nhóm 3\n'
   f'Tài khoản trả nợ: {a} tại Techcombank chi nhánh Thăng Long\n'
   'Giọng văn lịch sự nhưng cương quyết.')
c = card('970436')
vi('block', ['financial'], 'a help-desk ticket quoting a customer\'s domestic card number.',
   'Ticket #58213 – Khiếu nại giao dịch\nKhách hàng: Lương Thị Kim Dung\n'
   f'Mô tả: thẻ ATM {g4(c)} bị trừ tiền 2 lần khi thanh toán học phí ngày 10/05, mỗi lần 4.250.000đ. '
   'Khách đề nghị hoàn lại một giao dịch.\nNhờ AI soạn câu trả lời cho khách.')

# ---- Vietnamese: financial hard negatives
vineg("an agency's treasury account and its budget code in a request to a supplier (an organisation's account).",
      'Soạn công văn gửi Công ty Minh Long đề nghị xuất hóa đơn theo thông tin đơn vị:\n'
      'Tên đơn vị: Trung tâm Lưu trữ lịch sử tỉnh\nMã số thuế: ' + mst('48' + rnd(7, DG)) + '\n'
      'Tài khoản: 9523.2.' + rnd(7, DG) + ' tại Kho bạc Nhà nước khu vực XII\n'
      'Mã quan hệ ngân sách: 1' + rnd(6, DG) + '\n')
vineg('a donation call with the front committee\'s account (a donation account, published to collect money).',
      'Viết lại lời kêu gọi ngắn gọn để đăng lên nhóm Zalo khu phố:\n'
      'Ủy ban MTTQ phường tiếp nhận ủng hộ đồng bào bị ảnh hưởng bởi bão số 3 qua tài khoản '
      + vn_acct(13) + ' tại Vietcombank, chủ tài khoản: Ủy ban Mặt trận Tổ quốc Việt Nam phường Tân Định. '
      'Nội dung: Ủng hộ bão số 3 – họ tên người ủng hộ.')
vineg('a transfer confirmation with the card masked and only transaction references in full.',
      'Giải thích giúp tin nhắn này có phải lừa đảo không:\n'
      '"TK thẻ 9704 **** **** 6621 -1.250.000VND lúc 09:14 12/05. Mã GD: FT26132' + rnd(9, DG)
      + '. Số dư: 3.412.000VND. Nếu không phải bạn thực hiện, gọi 1900 545413."')
vineg("a company's account and tax code printed at the foot of an invoice.",
      'Kiểm tra giúp hóa đơn này có đủ nội dung bắt buộc không:\nHÓA ĐƠN GIÁ TRỊ GIA TĂNG\n'
      'Đơn vị bán hàng: CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG HẢI ĐĂNG\nMã số thuế: ' + mst('01' + rnd(7, DG)) + '\n'
      'Số tài khoản: ' + vn_acct(13) + ' – Vietinbank CN Đống Đa\nĐiện thoại: 024 3771 ' + rnd(4, DG) + '\n'
      'Tổng cộng tiền thanh toán: 18.700.000')
vineg('a bank statement summary with amounts, dates and balances but no account number.',
      'Tóm tắt giúp sao kê tháng 4 của quỹ công đoàn: số dư đầu kỳ 12.450.000; thu đoàn phí 8.300.000; chi thăm hỏi '
      '2.000.000 (3 lượt); chi hỗ trợ 1.500.000; số dư cuối kỳ 17.250.000. Lập bảng cho đẹp.')

# ---- Vietnamese: contact positives
people = [('Nguyễn Hữu Phước', 'Phó Giám đốc', vn_mobile(), 'phuocnh.1978@gmail.com'),
          ('Hoàng Thị Mỹ Linh', 'Trưởng phòng', vn_mobile(), 'mylinh.hoang88@yahoo.com'),
          ('Vi Văn Khánh', 'Chuyên viên', vn_mobile(), 'khanhvv.lamdong@gmail.com')]
vi('warn', ['contact'], "an event roster for a study trip: each member's mobile and private mailbox.",
   'Danh sách đoàn đi học tập kinh nghiệm tại Đà Lạt (20–22/6), gửi ban tổ chức đặt phòng:\n'
   '| TT | Họ tên | Chức vụ | Di động | Email |\n|---|---|---|---|---|\n'
   + '\n'.join(f'| {i} | {n} | {c} | {dots(p)} | {e} |' for i, (n, c, p, e) in enumerate(people, 1)) + '\n')
vi('warn', ['contact'], "a list of retired staff to visit at Tết with their home addresses and phones.",
   'Lập kế hoạch đi thăm, tặng quà Tết cán bộ hưu trí theo danh sách sau, chia làm 2 đoàn theo khu vực:\n'
   f'1. Bác Trịnh Văn Lộc – số 14 ngõ 83 phố Ngọc Hà, phường Ngọc Hà – ĐT {vn_mobile()}\n'
   f'2. Cô Lưu Thị Mến – số 6 ngách 21/4 Hoàng Hoa Thám, phường Ngọc Hà – ĐT {vn_mobile()}\n'
   f'3. Bác Quách Văn Bảy – thôn Đông Ngạc, xã Đông Ngạc – ĐT {vn_mobile()}\n')
p = vn_mobile()
vi('warn', ['contact'], 'a chat giving a colleague\'s personal number in its spoken grouping to a visiting delegation.',
   '[10:02] Chị Thoa: Đoàn Sở bạn xuống đến đâu thì gọi cho anh Quyết nhé, số riêng của anh ấy '
   f'{p[:3]} {p[3:6]} {p[6:8]} {p[8:]}\n[10:03] Minh: dạ em lưu rồi ạ')

# ---- Vietnamese: contact hard negatives
vineg("the office's hotline and switchboard in a notice to citizens.",
      'Viết lại thông báo cho dễ hiểu: Mọi phản ánh về thủ tục hành chính xin gọi đường dây nóng của Sở Tư pháp '
      '0243.825.' + rnd(4, DG) + ' hoặc tổng đài 1900 ' + rnd(4, DG) + ' (giờ hành chính).')
vineg("a ministry's public mailbox for citizens' petitions.",
      'Soạn đoạn hướng dẫn: công dân gửi phản ánh, kiến nghị qua hộp thư điện tử tiepdan@moj.gov.vn hoặc qua Cổng '
      'Dịch vụ công quốc gia; không gửi qua tin nhắn cá nhân.')
vineg("a shop's number printed on a sales invoice (a business's published number).",
      'Nhập giúp hóa đơn bán lẻ này vào bảng kê:\nCỬA HÀNG ĐIỆN MÁY HÒA PHÁT\nĐC: 128 Trần Phú, TP Hà Tĩnh\n'
      f'ĐT: {dots(vn_mobile())}\nHóa đơn bán lẻ số 000318\n1 quạt cây Senko: 650.000\n1 ấm siêu tốc: 320.000\nCộng: 970.000')

# ---- Vietnamese: infrastructure positives
vi('warn', ['infrastructure'], 'a server inventory table with host names and private addresses.',
   'Chuyển danh mục máy chủ này thành bảng Word có cột ghi chú:\n'
   'STT | Tên máy | Địa chỉ IP | Hệ điều hành | Vai trò\n'
   '1 | SRV-QLVB-01 | 10.60.5.21 | Windows Server 2019 | Quản lý văn bản\n'
   '2 | SRV-DB-02 | 10.60.5.22 | Ubuntu 22.04 | CSDL PostgreSQL\n'
   '3 | SRV-BK-01 | 10.60.9.5 | Ubuntu 22.04 | Sao lưu\n')
vi('warn', ['infrastructure'], 'a network diagram drawn as text with VLANs and gateway addresses.',
   'Mô tả lại sơ đồ mạng này thành văn bản cho báo cáo an toàn thông tin:\n\n'
   '   [Internet]\n       |\n  [Tường lửa FortiGate 100F]\n       |\n  [Switch lõi]----[VLAN 20: Kế toán 172.18.20.0/24, GW 172.18.20.1]\n'
   '       |\n  [VLAN 30: Văn thư 172.18.30.0/24]\n')
vi('warn', ['infrastructure'], 'an internal wiki link under a split-horizon name of the agency\'s domain.',
   'Tóm tắt giúp quy trình đổi mật khẩu hộp thư theo bài trên wiki nội bộ: '
   'https://wiki.noibo.sotttt.gov.vn/cntt/quy-trinh-doi-mat-khau — bài viết dài, em cần bản 5 ý.')

# ---- Vietnamese: infrastructure hard negatives
vineg('a tutorial on configuring DNS with public resolvers and a documentation address.',
      'Viết hướng dẫn cho người mới: đặt DNS 8.8.8.8 và 1.1.1.1 trong phần cấu hình mạng; trong ví dụ, máy chủ web '
      'có địa chỉ 203.0.113.25 (dải dành cho tài liệu). Kiểm tra bằng lệnh ping 8.8.8.8.')
vineg('a software version and a Windows build number shaped like addresses.',
      'Máy tính của em báo lỗi sau khi cập nhật Windows lên bản 10.0.19045.3803, phần mềm ký số phiên bản 10.2.14.3 '
      'không nhận USB token. Em nên gỡ bản cập nhật nào?')

# ---- Czech: financial positives
rows = [('Novák Jan', '1042', cz_account('19'), '32 150'), ('Svobodová Eva', '1077', cz_account(), '28 900'),
        ('Kučera Tomáš', '1103', cz_account(), '30 410')]
add('cs', 'block', ['financial'], 'a payroll export with employees\' accounts in a semicolon-separated file.',
    'Zkontroluj prosím součty v tomto exportu mezd za květen:\n\nJméno;Osobní číslo;Číslo účtu;Částka\n'
    + '\n'.join(f'{n};{o};{a}/0800;{k}' for n, o, a, k in rows) + '\n', 'csv')
a = cz_account()
add('cs', 'block', ['financial'], 'a chat that gives the account number and the bank code apart.',
    '[14:02] Petra: ahoj, za ten dárek pro Lenku pošli prosím 350 Kč\n'
    f'[14:03] Petra: číslo účtu {a}, kód banky 0100, do zprávy dej své jméno\n[14:05] Karel: posláno')
acct = czacct('1' + rnd(8, DG))
ib = iban('CZ', '0800' + '000000' + acct)
add('cs', 'block', ['financial', 'sensitive-personal'], 'a distraint notice on a named debtor with the debt and his IBAN.',
    'Přepiš srozumitelně pro zaměstnance mzdové účtárny:\nEXEKUČNÍ PŘÍKAZ srážkou ze mzdy\n'
    'Povinný: Petr Dvořák, nar. 14. 3. 1981, bytem Brno\nVymáhaná pohledávka: 184 300 Kč s příslušenstvím\n'
    f'Mzdu vyplácet na účet povinného IBAN {g4(ib)} jen do výše nezabavitelné částky.')

# ---- Czech: financial hard negatives
neg('cs', "a tax office's published account for property tax (a public body's account).",
    'Napiš připomínku pro občany: daň z nemovitých věcí se platí do 31. května na účet Finančního úřadu pro '
    'Jihomoravský kraj ' + cz_account('7720') + '/0710, variabilní symbol je rodné číslo nebo IČO poplatníka.')
neg('cs', "a company's bank details and DIČ on an invoice.",
    'Zkontroluj náležitosti faktury: Dodavatel: KANCELÁŘ PLUS s.r.o., IČO 27082440, DIČ CZ27082440, '
    f'bankovní spojení společnosti {cz_account()}/0300, splatnost 14 dní, částka 12 400 Kč.')

# ---- Czech: contact positives and negatives
add('cs', 'warn', ['contact'], 'a training roster with participants\' mobiles and private mailboxes.',
    'Udělej z toho prezenční listinu na školení GDPR (12. 6.):\n'
    f'Ing. Lenka Marešová, odbor dotací, {cz_mobile()}, lenka.maresova@seznam.cz\n'
    f'Mgr. Ondřej Hrubý, právní odbor, {cz_mobile()}, ondra.hruby@gmail.com\n'
    f'Bc. Jitka Pokorná, podatelna, {cz_mobile()}, jitkapokorna@email.cz\n')
add('cs', 'warn', ['contact'], "a chat giving a colleague's home address for a card.",
    '[09:40] Martina: Pavla je teď doma s malým, kdo by jí chtěl poslat přání, bydlí na adrese Kotlářská 51a, '
    '602 00 Brno\n[09:41] Jirka: super, pošlu')
neg('cs', "a ministry's public mailbox and data box for submissions.",
    'Přepiš kratší: Podání lze zaslat na elektronickou podatelnu posta@mvcr.cz, do datové schránky ministerstva '
    '6bnaawp nebo osobně na podatelnu, Nad Štolou 936/3, Praha 7.')
neg('cs', "an office's switchboard and an information line.",
    'Úřední hodiny odboru dopravy: Po a St 8–17 h. Informace na telefonu ústředny +420 545 170 111 nebo na '
    'informační lince 1212.')

# ---- Czech: infrastructure positives and negatives
add('cs', 'warn', ['infrastructure'], 'an internal wiki link and a VPN gateway on internal names.',
    'Shrň návod pro nové kolegy: VPN brána je vpn-gw01.mpo.intra, profil si stáhnete z interní wiki '
    'https://wiki.mpo.intra/it/vpn-profil a přihlásíte se doménovým účtem.')
neg('cs', 'documentation addresses and localhost in a tutorial.',
    'Vysvětli studentům příklad: server naslouchá na http://localhost:8080, klient se připojuje na 192.0.2.10 '
    '(adresa vyhrazená pro dokumentaci, RFC 5737) a DNS je 9.9.9.9.')

# ---- English: financial positives
add('en', 'block', ['financial'], 'a direct-deposit form with routing and account numbers.',
    'Please turn this into a confirmation e-mail to payroll:\nDirect Deposit Authorization\nEmployee: Marcus Webb\n'
    'Bank: Chase\nRouting no.: 021000021\nAccount no.: ' + rnd(1, '123456789') + rnd(9, DG) + '\nType: Checking\n')
c = card('4' + rnd(1, DG))
add('en', 'block', ['financial'], "a support ticket quoting a customer's card number and expiry.",
    'Ticket 77410 (priority: high)\nFrom: Maria Lopez\nSubject: charged twice\n\n'
    f'I was charged twice for my renewal. The card is {g4(c)}, expiry 11/27. Please refund one of the charges.\n\n'
    'Draft a reply that apologises and explains the refund timeline.')
add('en', 'block', ['financial'], 'a UK expense claim with sort code and account number.',
    'Expense claim – travel to Leeds\nClaimant: Harriet Doyle\nAmount: £184.60\n'
    f'Reimburse to: sort code 20-{rnd(2, DG)}-{rnd(2, DG)}, account {rnd(1, "123456789")}{rnd(7, DG)}\n'
    'Summarise this for the approver in two lines.')

# ---- English: financial hard negatives
neg('en', "a masked card in a chargeback notice.",
    'Explain this notice: "A chargeback was filed for the payment made with Visa ending 4821 (card **** **** **** 4821) '
    'on 12 May. Reference CB-2026-' + rnd(6, DG) + '."')
neg('en', "a company's remittance details on an invoice.",
    'Check this invoice footer: Please remit to Northwind Supplies Ltd, Barclays, sort code 20-00-00, '
    'account 55779911, quoting invoice INV-10442.')

# ---- English: contact positives and negatives
add('en', 'warn', ['contact'], "an HR emergency-contact list with home phones and a home address.",
    'Format this as a table for the HR file:\nDaniel Price – emergency contact: Laura Price (wife), mobile '
    f'(617) {rnd(1, "2345678")}{rnd(2, DG)}-{rnd(4, DG)}; home address 14 Elm Street, Cambridge, MA 02139\n'
    f'Sophie Turner – emergency contact: Mark Turner (father), mobile (508) {rnd(1, "2345678")}{rnd(2, DG)}-{rnd(4, DG)}\n')
add('en', 'warn', ['contact'], 'an RSVP list with private e-mail addresses of named guests.',
    'RSVPs for the retirement dinner so far: Gary Holt (gary.holt62@gmail.com, +1 guest), Priya Nair '
    '(priya.nair.home@outlook.com), Tom Becker (tbecker1970@yahoo.com, vegetarian). Draft a reminder to the rest.')
neg('en', "an agency's public contact block.",
    'Shorten this: For questions about the grant programme contact the Grants Office at grants@energy.gov or call '
    'our helpline 1-800-342-5363, Monday to Friday 9am–5pm ET.')

# ---- English: infrastructure positives and negatives
add('en', 'warn', ['infrastructure'], 'an incident report with defanged internal addresses.',
    'Tidy up this incident summary for the CISO:\n- Patient zero: workstation FIN-WS-114 (10.40.12[.]114)\n'
    '- Lateral movement to 10.40.3[.]20 (file server) via SMB\n- C2 beacon to 185.220.101[.]4 over 443\n')
add('en', 'warn', ['infrastructure'], 'a config with IPv6 unique-local addresses of internal servers.',
    'Why does this resolver config fail over so slowly?\n\nnameserver fd3c:9a41:7e02:10::53\n'
    'nameserver fd3c:9a41:7e02:10::54\noptions timeout:5 attempts:3\nsearch corp.northwind\n')
add('en', 'warn', ['infrastructure'], 'an internal Confluence link under a corp subdomain in a request.',
    'Summarise the on-call runbook at https://confluence.corp.northwind-energy.com/display/OPS/On-call+Runbook '
    'into a one-page checklist.')
neg('en', 'a tutorial with example.com, localhost and a documentation address.',
    'Explain this tutorial step: run `curl http://localhost:3000/health`, then point `api.example.com` at '
    '198.51.100.7 in /etc/hosts to test the TLS setup.')
neg('en', 'an SNMP question with OIDs and public addresses.',
    'What do these OIDs mean: 1.3.6.1.2.1.1.3.0 and 1.3.6.1.4.1.9.9.109.1.1.1? The collector polls 8.8.4.4 as a '
    'reachability check.')
neg('en', 'the IPv6 documentation prefix in a lesson.',
    'Explain this to beginners: 2001:db8::/32 is reserved for documentation, so examples use 2001:db8:10::1; '
    'fe80:: addresses are link-local and never routed.')


# ================================================================ batch 2 (scored blind after batch 1's fixes, 9d7bc32)
R2, rnd2 = seeded(34035)


def vn_acct2(n=13):
    return rnd2(1, '01') + rnd2(n - 1, DG)


def vn_mobile2():
    return '0' + R2.choice(['32', '35', '37', '56', '70', '77', '81', '86', '88', '90', '91', '94', '96', '98']) + rnd2(7, DG)


# ---- Vietnamese: financial positives
rows = [('Nguyễn Thị Hảo', '8.450.000', vn_acct2(13)), ('Lò Văn Sơn', '7.920.000', vn_acct2(13)),
        ('Hà Thị Quỳnh', '9.100.000', vn_acct2(13))]
vi('block', ['financial'], 'a salary sheet whose account column names the bank in its header ("STK (VCB)"), not in the rows.',
   'Kiểm tra giúp bảng lương tháng 6 có dòng nào sai không:\n\n| TT | Họ và tên | Thực lĩnh | STK (VCB) |\n|---|---|---|---|\n'
   + '\n'.join(f'| {i} | {n} | {m} | {a} |' for i, (n, m, a) in enumerate(rows, 1)) + '\n')
a = vn_acct2(13)
vi('block', ['financial'], "a bank's balance SMS forwarded by the account's owner, the account in full.",
   'Tin nhắn này có phải của ngân hàng thật không hay lừa đảo, em vừa nhận:\n'
   f'"SD TK {a} +5,250,000VND luc 10-06-2026 08:41:12. SD 17,432,118VND. Ref MBVCB.{rnd2(10, DG)}.LUONG T6 TRAN THU HA"')
p = vn_mobile2()
vi('block', ['financial', 'contact'], "an account that is the holder's mobile number (MB Bank lets one choose it), with the holder.",
   f'Em gửi lại thông tin nhận tiền hỗ trợ nhé: STK MB Bank {p} (số điện thoại của em luôn), chủ TK Lê Minh Tâm.')
rows = [('Phùng Văn Khải', mst('80' + rnd2(7, DG)), '186.400.000'), ('Mai Thị Lụa', mst('81' + rnd2(7, DG)), '142.900.000')]
vi('block', ['financial'], 'a personal-income-tax settlement list whose tax-code column is headed "MST" alone.',
   'Lập giúp tờ khai quyết toán thuế TNCN ủy quyền theo danh sách:\nSTT;Họ và tên;MST;Tổng thu nhập chịu thuế\n'
   + '\n'.join(f'{i};{n};{m};{t}' for i, (n, m, t) in enumerate(rows, 1)) + '\n')

# ---- Vietnamese: financial hard negatives
vineg("a bid security paid into the project board's account (an organisation's, named after the number).",
      'Soạn thông báo mời thầu, mục bảo đảm dự thầu: nhà thầu nộp 50.000.000 đồng vào tài khoản '
      + vn_acct2(13) + ' của Ban Quản lý dự án đầu tư xây dựng huyện tại BIDV chi nhánh Phú Thọ trước thời điểm đóng thầu.')
vineg('provincial credit statistics: outstanding loans and bad-debt ratio, no person.',
      'Tóm tắt số liệu: đến 30/6, tổng dư nợ tín dụng trên địa bàn tỉnh đạt 125.400 tỷ đồng, tăng 6,2%; nợ xấu chiếm '
      '1,18% tổng dư nợ; dư nợ cho vay hộ nghèo qua Ngân hàng Chính sách xã hội 4.210 tỷ đồng.')
vineg("a fee paid into a department's State Treasury account.",
      'Hướng dẫn công dân: lệ phí cấp phiếu lý lịch tư pháp nộp vào tài khoản ' + '3511.0.' + rnd2(7, DG)
      + ' của Sở Tư pháp mở tại Kho bạc Nhà nước tỉnh, ghi rõ họ tên người nộp.')

# ---- Vietnamese: contact positives and negatives
vi('warn', ['contact'], "a wedding invitation giving the family's home as the venue.",
   'Sửa giúp thiệp mời cho trang trọng: Trân trọng kính mời anh chị đến dự lễ thành hôn của con chúng tôi là '
   'Hoàng Văn Thắng và Lý Thị Na, tổ chức tại tư gia: số 18 ngõ 62 phố Trần Bình, phường Mai Dịch, Hà Nội, '
   'vào 10 giờ ngày 15/11/2026.')
vi('warn', ['contact'], 'a class parents\' roster with the parents\' mobiles.',
   'Nhờ AI sắp xếp danh sách phụ huynh lớp 3A theo tên:\n'
   f'- Phạm Gia Bảo: mẹ là chị Vân, {vn_mobile2()}\n- Đỗ Minh Khuê: bố là anh Toàn, {vn_mobile2()}\n'
   f'- Lưu Anh Thư: mẹ là chị Nga, {vn_mobile2()}\n')
vineg("a department's suggestion mailbox on a notice (an office's mailbox named before it).",
      'Viết lại thông báo: Mọi góp ý về dự thảo quy chế xin gửi về hộp thư góp ý của Sở Nội vụ: gopy.snv@thaibinh.gov.vn '
      'trước ngày 30/6.')
vineg("a contractor company's number on a construction site sign.",
      'Dịch sang tiếng Anh biển công trình: Công trình: Nhà văn hóa tổ dân phố 5. Chủ đầu tư: UBND phường Quang Trung. '
      f'Đơn vị thi công: Công ty CP Xây dựng Hưng Phát – ĐT: {dots(vn_mobile2())}. Thời gian thi công: 6 tháng.')

# ---- Vietnamese: infrastructure positives and negatives
vi('warn', ['infrastructure'], 'an Active Directory distinguished name of the agency\'s internal domain.',
   'Giải thích giúp lỗi khi đồng bộ tài khoản: "LDAP bind failed for CN=Nguyen Van Hai,OU=KeToan,OU=SoTC,DC=stc,DC=local" '
   '— có phải sai OU không?')
vi('warn', ['infrastructure'], 'a private IPv6 address of the agency\'s DNS server in a network note.',
   'Viết lại ghi chú mạng: máy chủ DNS nội bộ mới dùng địa chỉ fd7a:115c:a1e0:20::53, máy cũ 10.20.1.53 sẽ tắt sau 30/6.')
vineg("a section number of a national standard shaped like an address.",
      'Theo mục 10.2.1.4 của TCVN 11930:2017, hệ thống cấp độ 3 phải có phương án sao lưu dự phòng. Giải thích giúp yêu cầu này.')
vineg('documentation address ranges in a training slide.',
      'Làm slide giải thích: các dải 192.0.2.0/24, 198.51.100.0/24 và 203.0.113.0/24 dành cho tài liệu (RFC 5737); '
      'ví dụ máy web 198.51.100.20, máy thư 203.0.113.5.')

# ---- Czech
add('cs', 'warn', ['sensitive-personal'], "a named borrower's loan arrears (credit standing, no account).",
    'Napiš upomínku: Smlouva o úvěru č. 2024/118, dlužník pan Martin Šimek, nar. 3. 9. 1985. Zůstatek jistiny '
    '412 000 Kč, dlužník je v prodlení se třemi splátkami, hrozí zesplatnění úvěru.')
# (As first written the two numbers were drawn as 6xx/7xx with any digits — 642 and 687 are no Czech mobile prefixes,
# my sample error, found when the blind score missed it; redrawn as 60x and 7[2379]x before any rule changed.)
add('cs', 'warn', ['contact'], "a parents' contact list with domestic mobiles.",
    'Seřaď kontakty na rodiče podle abecedy:\nTomáš Bureš – matka Jana Burešová, tel. 60' + rnd2(1, '12345678')
    + ' ' + rnd2(3, DG) + ' ' + rnd2(3, DG) + '\nEliška Malá – otec Petr Malý, mobil 7' + R2.choice('2379') + rnd2(1, DG) + ' '
    + rnd2(3, DG) + ' ' + rnd2(3, DG) + '\n')
add('cs', 'block', ['financial'], "a bank statement's header with the owner and her account.",
    'Shrň mi tento výpis:\nVÝPIS Z ÚČTU č. 6/2026\nMajitel účtu: Jana Králová\n'
    f'Číslo účtu: {cz_account()}/0300\nPočáteční zůstatek: 48 213,40 Kč\nKonečný zůstatek: 51 990,12 Kč\n')
neg('cs', "a regional office's account at the Czech National Bank for administrative fees (public bodies' accounts).",
    'Přepiš pro web: správní poplatek za řidičský průkaz lze uhradit převodem na účet pro úhradu správních poplatků '
    + cz_account('19') + '/0710, variabilní symbol 1361, do zprávy uveďte jméno žadatele.')
neg('cs', 'a toll-free line and the variable and constant symbols of a payment.',
    'Vysvětli platební údaje: VS 2026004512, KS 0308, SS 0. S dotazy volejte zákaznickou linku 800 100 200.')
add('cs', 'warn', ['infrastructure'], 'a defanged internal host name in a phishing report.',
    'Uprav hlášení incidentu: uživatel zadal heslo na falešnou stránku, útočník se pak přihlásil na '
    'fileserver01.mpsv[.]local a stáhl složku Mzdy.')

# ---- English
add('en', 'block', ['financial'], "wire instructions to a named person with the account and the ABA number.",
    'Please turn this into a formal payment request:\nBeneficiary: Olivia Chen\nBank: Bank of America\nABA: 026009593\n'
    f'Account number: {rnd2(1, "123456789")}{rnd2(11, DG)}\nMemo: relocation allowance\n')
add('en', 'warn', ['contact'], "a UK colleague's personal mobile in a leaving-card note.",
    "Collecting for Dave's leaving card — if you can't make it to the office, text his wife Karen on her personal mobile "
    f'07{R2.choice("4589")}{rnd2(2, DG)} {rnd2(6, DG)} to arrange a drop-off.')
add('en', 'warn', ['infrastructure'], 'a cloud internal host name and a cluster service name in an error.',
    'What does this mean? "dial tcp: lookup postgres-primary.payments.svc.cluster.local on 172.20.0.10:53: no such host" '
    'from the pod on ip-10-3-14-22.eu-west-1.compute.internal')
neg('en', "a bank's public routing number in ACH documentation.",
    'Explain this to a new accountant: Chase\'s ACH routing number for New York is 021000021; it identifies the bank, '
    'not a customer, and is printed on every cheque.')
neg('en', 'browser and library versions shaped like addresses.',
    'After updating Chrome to 120.0.6099.109 and Electron to 28.1.0, the app crashes on start. Our CI uses Node 20.10.0.')
neg('en', 'a fictional number and a main line in a style guide.',
    'Style guide: in examples use (202) 555-0143 or 555-0199 (numbers reserved for fiction); never a real person\'s number. '
    'The press office main line is 1-800-555-0100.')
neg('en', 'a localhost tutorial with the loopback addresses.',
    'Why does the app listen on 127.0.0.1:5000 but not on [::1]:5000? I run it with `flask run --host localhost`.')


# ================================================================ batch 3 (scored blind after batch 2's fixes, 38239f9)
R3, rnd3 = seeded(34036)

# ---- Vietnamese
a = rnd3(1, '01') + rnd3(12, DG)
vi('block', ['financial'], "a payment request form: the requester's own account and bank after short labels.",
   'Điền giúp mẫu giấy đề nghị thanh toán công tác phí:\nNgười đề nghị: Ngô Thị Thanh Tâm – Phòng Văn hóa\n'
   f'Số tiền: 2.860.000 đồng\nHình thức: chuyển khoản\nSố TK cá nhân: {a}\nNH: Agribank CN Nam Hà Nội\n')
a = rnd3(1, '01') + rnd3(12, DG)
vi('block', ['financial'], 'a bank slip read by OCR with the beneficiary account in spaced digits.',
   'Kết quả OCR giấy nộp tiền, nhờ kiểm tra lại số liệu:\nGIẤY NỘP TIỀN\nNgười nộp: Vũ Đình Phong\n'
   f'Số tài khoản người hưởng: {" ".join(a)}\nTên người hưởng: VU THI HUE\nTại ngân hàng: Vietcombank\nSố tiền: 15.000.000\n')
vi('warn', ['contact'], "a chat giving a relative's village address to send a parcel.",
   '[19:02] Hằng: gửi quà Tết về quê giúp chị nhé, nhà bác Tư ở xóm 3, thôn Yên Bình, xã Đồng Tâm, huyện Mỹ Đức, '
   f'người nhận Nguyễn Văn Tư, sđt {"09" + rnd3(1, "0134") + rnd3(7, DG)}\n[19:04] Long: ok chị')
vineg("a company branch's tax code with its branch suffix.",
      'Kiểm tra thông tin xuất hóa đơn: Chi nhánh Công ty CP Dược phẩm Hà Tây tại Hà Nội, mã số thuế '
      + mst('05' + rnd3(7, DG)) + '-001, địa chỉ: 75 Phố Yên Ninh, Ba Đình.')
vineg("the banks' card-issuer codes (BIN) in a guide.",
      'Giải thích bảng mã BIN: 970436 là Vietcombank, 970415 là VietinBank, 970418 là BIDV, 970405 là Agribank; '
      'sáu số đầu trên thẻ nội địa cho biết ngân hàng phát hành.')
vineg("a branch hotline printed beside a bank's name.",
      'Rút gọn thông báo: Mọi thắc mắc về thẻ xin liên hệ hotline chi nhánh Techcombank Thăng Long 0243.7771.'
      + rnd3(3, DG) + ' hoặc tổng đài 1800 588822.')
vi('warn', ['infrastructure'], "a VPN gateway's client pool on a private range.",
   'Soạn hướng dẫn cài VPN cho cán bộ: cổng VPN vpn.sotc.gov.vn:4443, sau khi kết nối máy được cấp địa chỉ trong dải '
   '10.212.134.0/24 và vào được phần mềm một cửa.')
vineg("a clause number of a regulation shaped like an address.",
      'Theo khoản 10.4.2.1 của Quy chế an toàn thông tin, máy tính phải khóa màn hình sau 5 phút. Viết lại thành thông báo ngắn.')

# ---- Czech
add('cs', 'block', ['financial'], "a payment confirmation with the payer's account and name.",
    'Převeď do tabulky: POTVRZENÍ O PLATBĚ\nZ účtu: ' + cz_account() + '/0100 (Jan Novotný)\nNa účet: '
    + cz_account() + '/0300\nČástka: 4 500 Kč\nZpráva pro příjemce: nájem červen\n')
add('cs', 'warn', ['contact'], "a delivery address of a named person in an e-mail.",
    'Ahoj, pošli prosím tu knihu Janě domů, adresa pro doručení: Jana Malá, Lipová 12, 779 00 Olomouc. Díky!')
neg('cs', 'a section number of an internal directive shaped like an address.',
    'Podle bodu 10.2.3.1 směrnice o bezpečnosti se hesla mění každých 90 dní. Shrň to pro kolegy.')
neg('cs', "a public blocklist in a threat bulletin.",
    'Přelož bulletin: útočníci používají servery 185.220.101.4 a 45.155.205.233; zablokujte je na firewallu.')

# ---- English
c = card('37' + rnd3(1, '47'), 15)
add('en', 'block', ['financial'], "a corporate Amex in a travel booking request.",
    f'Please book the Hilton for 12–14 June for Ms Karen Wu and charge it to the corporate Amex {c[:4]} {c[4:10]} {c[10:]}, '
    'expiry 09/28, name on card K WU.')
add('en', 'warn', ['contact'], "a volunteer roster with personal mobiles.",
    'Volunteer roster for Saturday:\n- Ben Ashworth, 07' + R3.choice('4589') + rnd3(2, DG) + ' ' + rnd3(6, DG)
    + ' (setup)\n- Chloe Rhodes, 07' + R3.choice('4589') + rnd3(2, DG) + ' ' + rnd3(6, DG) + ' (stalls)\nTurn this into a rota.')
add('en', 'warn', ['infrastructure'], 'a Windows event with an internal domain controller name under a corp subdomain.',
    'What does this event mean? "Event 4771: Kerberos pre-authentication failed. Account: jsmith, Client address: '
    '::ffff:10.14.2.77, Service: krbtgt/AD.CORP.HALVERSON-GROUP.COM"')
neg('en', "Microsoft's documentation domain in a lab guide.",
    'Explain step 3 of this lab: promote DC01.corp.contoso.com, then join CLIENT1 to the corp.contoso.com domain and sign '
    'in as CONTOSO\\Administrator.')
neg('en', "a team's role mailbox and a desk extension.",
    'Shorten: For access requests e-mail the HR inbox hr@harlowcouncil.gov.uk or call the Service Desk on extension 4455.')
neg('en', "a processor's published test Amex in an SDK guide.",
    'Explain this SDK step: use the test card 3782 822463 10005 with any future expiry to simulate a successful payment.')


# ================================================================ batch 4 (scored blind after batch 3's fixes, 1f4bd78):
# mostly hard negatives shaped like what the round's fixes read, to see that the fixes did not reach too far
R4, rnd4 = seeded(34037)

vineg('an accounting chart of accounts: account codes, not bank accounts.',
      'Giải thích giúp các tài khoản kế toán: TK 1121 – Tiền gửi ngân hàng bằng VND; TK 3311 – Phải trả người bán; '
      'TK 6422 – Chi phí quản lý doanh nghiệp. Tài khoản lương là TK 334.')
vineg("a salary sheet headed \"STK (VCB)\" whose account cells are masked.",
      'Tổng hợp giúp bảng lương đã che số tài khoản:\n| TT | Họ và tên | Thực lĩnh | STK (VCB) |\n|---|---|---|---|\n'
      '| 1 | Nguyễn Thị Hảo | 8.450.000 | 0451xxxxx611 |\n| 2 | Lò Văn Sơn | 7.920.000 | 3700xxxxx456 |\n')
vineg('a receipt template whose account line is still blank.',
      'Sửa mẫu biên lai chuyển tiền cho gọn:\nTài khoản nguồn\n(số tài khoản của người chuyển)\nNgười chuyển\n(họ tên)\n'
      'Ngân hàng thụ hưởng\n(chọn ngân hàng)')
vineg("a defanged public phishing link in a warning.",
      'Viết cảnh báo cho cán bộ: không bấm vào đường link hxxps://vietcombank-xacthuc[.]com/login và '
      'hxxp://bidv-khuyenmai[.]net; đây là trang giả mạo.')
vi('warn', ['infrastructure'], "a WireGuard config with unique-local addresses.",
   'Giải thích giúp file cấu hình WireGuard này:\n[Interface]\nAddress = fd86:ea04:1115::1/64\nListenPort = 51820\n'
   '[Peer]\nAllowedIPs = fd86:ea04:1115::2/128\n')
neg('en', 'Java and Python module paths with internal and corp in them.',
    'Why does this fail?\n  at org.apache.internal.util.Strings.join(Strings.java:88)\n  at com.corp.billing.Service.run(Service.java:12)\n'
    'and in Python: from app.internal.config import settings')
neg('en', 'the IPv6 unique-local range itself and MAC addresses in a lesson.',
    'For the quiz: unique-local addresses come from fd00::/8 (the fc00::/7 block); a MAC address looks like '
    'fc:fb:fb:01:fa:21 and link-local addresses start fe80::.')
neg('en', 'a Kerberos realm of a documentation domain in a how-to.',
    'Explain this krb5.conf: default_realm = CORP.EXAMPLE.COM; the KDC is kdc.corp.example.com.')
neg('en', "a carrier-grade NAT address and a public resolver in a home-network question.",
    'My router shows a WAN address of 100.72.14.9 — is that CGNAT? DNS is set to 1.1.1.1.')
neg('en', "a company's sort code and account on its letterhead.",
    'Proofread our letterhead: Harbour Supplies Limited · Registered in England 04417852 · Barclays sort code 20-45-77, '
    'account 43718265.')
neg('en', "a named charity's bank details on a donation appeal.",
    'Rewrite this appeal: donations to the Riverside Food Bank charity can be made to sort code 40-11-62, account 31926819.')
neg('cs', 'an address mentioned without the address itself.',
    'Paní Nováková bydlí na adrese uvedené v žádosti; doručujte prosím jen do datové schránky.')
neg('cs', 'a fee account of a town written out with its purpose.',
    'Poplatek za psa se platí na účet pro úhradu místních poplatků města ' + cz_account() + '/0800, VS = číslo popisné.')
add('cs', 'block', ['financial'], "a person's account given apart with its bank code in an e-mail.",
    'Dobrý den, zálohu za tábor prosím pošlete na můj účet ' + cz_account() + ' s kódem banky 0300, do poznámky jméno dítěte. '
    'Děkuji, Věra Pokorná')
add('en', 'warn', ['contact'], "a staff list with personal mobiles in the printed grouping and no label.",
    'Night-shift cover list:\nAmy Clarke 07' + R4.choice('4589') + rnd4(2, DG) + ' ' + rnd4(6, DG)
    + '\nRaj Patel 07' + R4.choice('4589') + rnd4(2, DG) + ' ' + rnd4(6, DG) + '\nMake it a table.')
a = rnd4(1, '01') + rnd4(12, DG)
vi('block', ['financial'], "a person's salary account sent in a chat to HR.",
   f'[08:02] Minh: chị ơi em đổi tài khoản nhận lương sang {a} | TCB | TRAN DUC MINH nhé\n[08:05] Chị Thu (HCNS): ok em')

write_round(S, 'round34', 'p34')
