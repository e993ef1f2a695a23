#!/usr/bin/env python3
"""Builds test/probes/round37.jsonl: round 37 of the held-out-style probes, a short blind batch of every category in
the shapes staff really paste (issue #17), written after rounds 33-36 had landed: Messenger/Zalo forwards with
"Chuyển tiếp" headers and timestamps, Outlook threads with "From:/Sent:" blocks, OCR of a phone photo, a shell
history, a .pgpass file, a router's running-config, a traceroute, a hotel's guest list, a citizen's complaint with
the sender's details, a table of contents naming an annex's level, a docx comment thread, a sticky-note OCR — in
Vietnamese (with and without diacritics), a few mixed with English; about 40 % hard negatives that look like them (a
surprise party kept "bí mật", a film called "Tối mật", a public traceroute, env references, a blank decision template,
a ministry's press release with its public mailbox, a quiz on the levels, a company's invoice).

Batch 1 was scored blind on main 78e8414 before any rule changed for it.

Labels follow the contract and the decisions already taken: a company's tax code and account pass; a one-time code
passes; a law cited in a sentence passes; a published office mailbox or hotline passes; private addresses of a
network are infrastructure (warn), with a password beside them credential (block). Identifiers come from checked makers
(probe_ids.py), so the file rebuilds byte for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, diacritic_negatives, diacritic_pair, drawn, grp, luhn, mst, seeded, timed_chat, write_round

R, rnd = seeded(37037)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def pw(n=11):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def mob(head='091'):
    return head + rnd(7, DG)


def tax(head):
    return drawn(mst, head, rnd)


# ================================================================ batch 1 (scored blind on main 78e8414)

# ---- classified-marking
vi('block', ['classified-marking'], 'a Messenger forward of a text copied from a stamped plan, the level in title case '
   'between dashes on its own line inside the forwarded block.',
   'Anh Quân đã chuyển tiếp một tin nhắn\n-------- Tin nhắn được chuyển tiếp --------\nTừ: Phòng Tham mưu\n'
   'Lúc: 07:42 05/12/2026\n\n— Mật —\nKẾ HOẠCH bảo vệ Đại hội đại biểu Đảng bộ tỉnh\n1. Lực lượng: 3 tổ cơ động, '
   '2 tổ trinh sát\n2. Thời gian triển khai: từ 06h00 ngày 10/12\n\nAnh Quân: em tóm tắt lại cái này thành 5 ý giúp anh')
vi('block', ['classified-marking'], 'a table of contents of a report whose annex carries the level in brackets with dot '
   'leaders and page numbers.',
   'MỤC LỤC\nI. Tình hình chung ........................................ 1\nII. Kết quả thực hiện ............................... 3\n'
   'III. Phương hướng năm 2027 ........................ 9\nPhụ lục 1. Danh sách cán bộ diện quy hoạch (Tối mật) ...... 12\n'
   'Phụ lục 2. Bảng tổng hợp kinh phí .................... 15\n\nnhờ bạn viết lại phần mở đầu cho trang trọng hơn')
add('mixed', 'block', ['classified-marking'], 'an Outlook thread in English around a Vietnamese text, the level on a '
    'line of its own under the quoted "From:/Sent:" block.',
    'Hi Linh,\nCould you translate the part below for the partner meeting? Only the summary please.\n\n'
    'From: Vu Thi Hoa\nSent: Thursday, December 3, 2026 4:18 PM\nTo: Tran Duc Linh\nSubject: RE: ban du thao\n\n'
    'TUYỆT MẬT\nBÁO CÁO NHANH tình hình biên giới tuần 48\nTrong tuần phát hiện 4 vụ vượt biên trái phép, bắt giữ 11 đối tượng...')
vi('block', ['classified-marking'], 'OCR of a phone photo of a page: the stamp read in lower case inside a box of '
   'pipes, with stray characters around.',
   'Ảnh chụp trang 2 văn bản, nhờ gõ lại giúp:\n\n|   mật   |\n~ ~\nSố lượng vũ khí thu hồi trong đợt cao điểm: 27 khẩu\n'
   'Địa bàn trọng điểm: xã Phong Thạnh, xã Tân Lập\nĐề nghị giữ nguyên lực lượng đến hết quý I/2027.')
vi('block', ['classified-marking'], 'a docx comment thread exported as text, the reviewer saying the draft is at the '
   'Confidential level and must not leave the unit.',
   '[Nhận xét 1] Nguyễn Hải (08/12 09:14): Dự thảo này độ Mật, đề nghị các đồng chí không gửi qua thư điện tử công cộng.\n'
   '[Nhận xét 2] Lê Trang (08/12 10:02): Đã sửa đoạn 3 theo ý kiến anh.\n\nĐoạn 3: Phương án điều chỉnh địa giới hành chính '
   'giữa hai huyện dự kiến trình Thường trực Tỉnh ủy trong tháng 12.')

# ---- official-document
vi('warn', ['official-document'], 'a dispatch pasted without the motto: number and subject line, "Kính gửi", body and a '
   '"Nơi nhận" tail with the archive line.',
   'Số: 1457/STTTT-CNTT\nV/v triển khai chữ ký số cho cán bộ cấp xã\n\nKính gửi: Ủy ban nhân dân các huyện, thị xã\n\n'
   'Thực hiện Kế hoạch số 88/KH-UBND, Sở đề nghị UBND các huyện tổng hợp danh sách cán bộ cần cấp chứng thư số trước '
   'ngày 20/12/2026.\n\nNơi nhận:\n- Như trên;\n- Giám đốc Sở (b/c);\n- Lưu: VT, CNTT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC')
add('mixed', 'warn', ['official-document'], 'a request to turn an English working translation of an official letter '
    'into a reply: ref number, addressee and the distribution tail in English.',
    'Please draft a reply to this letter, keep it polite.\n\nPEOPLE\'S COMMITTEE OF BINH DUONG PROVINCE\n'
    'Ref. No.: 5521/UBND-KT\nRe: land clearance for the ring road project\nTo: Department of Natural Resources and '
    'Environment\n\nThe Provincial People\'s Committee requests the Department to report on progress before 25 December.\n\n'
    'Recipients:\n- As above;\n- Standing Committee of the Provincial Party Committee (for report);\n- Archived: Clerical, KT.')

# ---- national-id
vi('block', ['national-id'], 'a hotel\'s guest list pasted from Excel with tabs, the header calling the column '
   '"Số giấy tờ".',
   'Danh sách khách lưu trú ngày 04/12 (gửi công an phường)\nSTT\tHọ tên\tNăm sinh\tSố giấy tờ\tPhòng\n'
   f'1\tPhạm Văn Khải\t1986\t{cccd("036", "m", 1986, 412907)}\t203\n2\tĐỗ Thị Mai\t1991\t{cccd("034", "f", 1991, 77821)}\t204\n'
   f'3\tLý Minh Tâm\t2001\t{cccd("079", "m", 2001, 503316)}\t305')
vi('block', ['national-id'], 'a Zalo chat where a relative sends his ID number for a form, split by spaces in groups '
   'of three.',
   timed_chat(R, [('Bố', 'con ơi khai hộ bố cái tờ khai bảo hiểm'), ('Hà', 'bố gửi con số căn cước nhé'),
                  ('Bố', ' '.join(cccd('037', 'm', 1962, 118240)[i:i + 3] for i in range(0, 12, 3))), ('Hà', 'ok bố')],
              '[{h:02d}:{m:02d}] {who}: {msg}', (19, 20), 5))

# ---- financial
vi('block', ['financial'], 'a chat asking a colleague to refund money to a named person\'s account, typed fast: '
   '"stk", bank short name and holder.',
   'chị ơi hoàn lại tiền tạm ứng cho em nhé, stk ' + rnd(4, DG) + ' ' + rnd(4, DG) + ' ' + rnd(4, DG) +
   ' vietinbank, chủ tk NGUYEN THU TRANG, 2.350.000đ, nội dung hoàn ứng công tác phí Đà Nẵng')
add('en', 'block', ['financial'], 'an e-mail to a travel agent giving a card number, expiry and CVV in a sentence.',
    'Hi Mai,\nPlease go ahead with the booking for the Hanoi trip (2 rooms, 10-13 Dec). You can charge my card '
    f'{grp(luhn("45" + rnd(13, DG), 16))}, expiring 09/28, security code {rnd(3, DG)}.\n'
    'Thanks,\nDaniel')

# ---- credential
add('en', 'block', ['credential', 'infrastructure'], 'a .pgpass file pasted to ask why the connection fails: '
    'host:port:db:user:password on an internal host.',
    'why does psql still ask me for a password? my ~/.pgpass is:\n\n'
    f'db01.noibo.local:5432:hrm:hrm_app:{pw(13)}\n*:*:*:postgres:{pw(12)}\n\nchmod is 0644')
add('mixed', 'block', ['credential', 'infrastructure'], 'a shell history pasted into a question, redis-cli with -a and '
    'a mysql login with the password joined to -p, on private addresses.',
    'em chạy mấy lệnh này mà không kết nối được, anh xem giúp:\n\n  501  ssh admin@10.12.4.21\n'
    f'  502  redis-cli -h 10.12.4.30 -p 6379 -a {pw(12)} ping\n  503  mysql -h 10.12.4.31 -u qlvb -p{pw(11)} qlvb_prod\n'
    '  504  history | tail')
vi('block', ['credential'], 'OCR of a sticky note on a monitor: the official mailbox and its password on two lines.',
   'Anh chụp tờ giấy dán màn hình, em gõ lại: \nEmail công vụ: tranthuy.snv@quangninh.gov.vn\n'
   f'MK: {pw(10)}\n(đổi lần cuối 11/2026)')
add('en', 'block', ['credential', 'infrastructure'], 'a router running-config with a type-0 (clear text) password '
    'and an internal interface address.',
    'Can you check why OSPF does not come up?\n\nhostname R-SOTTTT-01\n!\nusername netadmin privilege 15 password 0 '
    f'{pw(12)}\n!\ninterface Vlan20\n ip address 10.20.0.1 255.255.255.0\n!\nrouter ospf 1\n network 10.20.0.0 0.0.0.255 area 0')

# ---- contact
vi('warn', ['contact'], 'a citizen\'s complaint forwarded for a reply draft, with the sender\'s mobile and home '
   'address at the bottom.',
   'Nhờ soạn giúp văn bản trả lời đơn dưới đây:\n\n"Tôi tên là Hoàng Văn Thịnh, hiện cư trú tại số 14 ngõ 52 đường '
   'Nguyễn Trãi, phường Khương Trung, quận Thanh Xuân. Gia đình tôi bị ảnh hưởng bởi công trình xây dựng bên cạnh, '
   'nứt tường 3 chỗ... Đề nghị phường xem xét." \nSĐT người gửi: ' + mob('098'))
add('en', 'warn', ['contact'], 'a forwarded thread where a colleague gives her personal Gmail and mobile for the '
    'holiday.',
    '---------- Forwarded message ---------\nFrom: Ngoc Anh <ngoc.anh@company.vn>\nDate: Fri, 4 Dec 2026\n\n'
    'While I am on leave from 14 to 28 Dec, you can reach me on my personal e-mail ngocanh.ptn88@gmail.com or on '
    f'my mobile {mob("090")}.\n\n> Can you send me the contact for the holidays?')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a unit chat telling that a named colleague is treated for breast cancer and will '
   'be off for chemotherapy.',
   '[10:12] Trưởng phòng: Thông báo cả phòng, chị Đặng Thị Lan đang điều trị ung thư vú giai đoạn 2 ở Bệnh viện K, '
   'tuần sau bắt đầu truyền hóa chất nên nghỉ dài ngày.\n[10:13] Tuấn: Chúc chị Lan mau khỏe ạ\n'
   '[10:15] Trưởng phòng: Việc của chị Lan tạm giao cho Tuấn.')
vi('warn', ['sensitive-personal'], 'a report line that a named official\'s son is held in custody for gambling, pasted '
   'to be rewritten.',
   'Viết lại cho gọn: Qua nắm tình hình, con trai ông Bùi Văn Hưng (Phó Chủ tịch UBND xã) là Bùi Văn Nam, sinh năm '
   '1999, đã bị Công an huyện tạm giữ ngày 02/12 về hành vi tổ chức đánh bạc, hiện đang bị tạm giam 2 tháng.')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a traceroute through the agency\'s internal hops with their names.',
    'traceroute to portal.noibo.tinh.vn (10.50.1.10), 30 hops max\n 1  gw-tang3 (192.168.30.1)  0.512 ms\n'
    ' 2  core-sw01.noibo.tinh.vn (10.50.0.2)  1.204 ms\n 3  fw-dmz.noibo.tinh.vn (10.50.0.254)  1.881 ms\n'
    ' 4  portal.noibo.tinh.vn (10.50.1.10)  2.010 ms\n\ntại sao hop 3 chậm vậy?')

# ---- hard negatives
vineg('an office chat planning a surprise birthday, asking everyone to keep it "bí mật".',
      '[15:02] Hạnh: Thứ 6 sinh nhật anh Phong, cả phòng góp 100k mua bánh nhé\n[15:03] Long: ok, giữ bí mật tuyệt đối '
      'nha mọi người\n[15:04] Hạnh: ai lộ là phạt 😆\n[15:05] Trang: haha, em đặt bánh rồi')
vineg('a film review of a spy film titled "Tối mật" with the title in capitals.',
      'REVIEW PHIM: TỐI MẬT (2026)\nĐạo diễn: Lê Hoàng. Thời lượng: 118 phút.\nBộ phim kể về một điệp viên nằm vùng những '
      'năm 1970. Phần hình ảnh đẹp, nhưng kịch bản nửa sau hơi lê thê. Điểm: 7/10.')
vineg('a blank decision template with dotted number and date fields, asking how to fill it.',
      'Mẫu này điền thế nào cho đúng thể thức ạ?\n\nỦY BAN NHÂN DÂN ...........\nSố: ......../QĐ-UBND\n'
      '......., ngày ..... tháng ..... năm 20...\n\nQUYẾT ĐỊNH\nVề việc ........................................\n'
      'Nơi nhận:\n- ............;\n- Lưu: VT.')
vineg('a quiz question on how many levels state secrets have, with the answer options.',
      'Câu 12. Bí mật nhà nước được phân loại theo mấy độ mật?\nA. 2 độ: Mật, Tối mật\nB. 3 độ: Tuyệt mật, Tối mật, Mật\n'
      'C. 4 độ: Tuyệt mật, Tối mật, Mật, Hạn chế\nĐáp án: B (Điều 8 Luật Bảo vệ bí mật nhà nước 2018)')
vineg('a ministry\'s press release with its public press mailbox and hotline.',
      'THÔNG CÁO BÁO CHÍ\nBộ Y tế thông tin về tình hình dịch sốt xuất huyết tuần 48: cả nước ghi nhận 6.412 ca mắc, '
      'giảm 8% so với tuần trước. Mọi thông tin xin liên hệ: Văn phòng Bộ, email baochi@moh.gov.vn, đường dây nóng 1900 9095.')
vineg('a supplier\'s invoice block with the company\'s tax code and its corporate account.',
      'Đơn vị bán hàng: CÔNG TY TNHH THIẾT BỊ VĂN PHÒNG HƯNG THỊNH\nMã số thuế: ' + tax('0105') + '\n'
      'Số tài khoản: ' + rnd(13, DG) + ' tại Ngân hàng TMCP Ngoại thương - CN Thành Công\nTổng tiền thanh toán: 18.700.000 đồng')
neg('en', 'a public traceroute to a public resolver, only public addresses and the home router.',
    'traceroute to dns.google (8.8.8.8), 30 hops max\n 1  _gateway (192.168.1.1)  1.1 ms\n 2  113.160.0.1  8.2 ms\n'
    ' 3  static.vnpt.vn (203.113.128.9)  9.4 ms\n 4  dns.google (8.8.8.8)  31.0 ms\nis 31 ms normal from Hanoi?')
neg('en', 'a compose file that reads the database password from an env variable and a Docker secret.',
    'services:\n  api:\n    image: ghcr.io/acme/api:1.4\n    environment:\n      DB_HOST: db\n      DB_PASSWORD: ${DB_PASSWORD}\n'
    '      DB_PASSWORD_FILE: /run/secrets/db_pw\n    secrets:\n      - db_pw\nsecrets:\n  db_pw:\n    external: true\n\n'
    'why is DB_PASSWORD empty inside the container?')
neg('mixed', 'a login SMS pasted to ask if it is a scam: a one-time code and a bank hotline.',
    'tin nhắn này có phải lừa đảo không mọi người?\n\n"Vietcombank: Ma OTP cua Quy khach la 482915, hieu luc 3 phut. '
    'KHONG cung cap OTP cho bat ky ai. Hotline 1900545413"')
neg('en', 'a policy paragraph defining the internal-use label and when to apply it.',
    'Labels. "Internal" applies to information whose disclosure would cause minor harm, such as internal phone lists. '
    '"Confidential" applies to personal data and contracts. Documents containing state secrets are handled under the '
    'Law on Protection of State Secrets and are never processed in cloud tools.')
neg('mixed', 'a translation request of an article of a public law that names the levels and the retention terms.',
    'Dịch sang tiếng Anh giúp: "Điều 19. Thời hạn bảo vệ bí mật nhà nước: 30 năm đối với bí mật nhà nước độ Tuyệt mật; '
    '20 năm đối với bí mật nhà nước độ Tối mật; 10 năm đối với bí mật nhà nước độ Mật."')

vineg('a news item on a disciplined district chairman, named, with the decision and the public facts.',
      'Ngày 5/12, Ban Thường vụ Tỉnh ủy đã thi hành kỷ luật khiển trách ông Nguyễn Văn Tài, Chủ tịch UBND huyện '
      'Yên Bình, do có khuyết điểm trong lãnh đạo công tác quản lý đất đai giai đoạn 2020-2024. Ông Tài đã nghiêm túc '
      'kiểm điểm và khắc phục hậu quả.')
vineg('a CV template with masked phone and placeholder e-mail and ID fields.',
      'SƠ YẾU LÝ LỊCH (mẫu)\nHọ và tên: NGUYỄN VĂN A\nSố CCCD: 0xx xxx xxx xxx\nĐiện thoại: 09xx.xxx.xxx\n'
      'Email: ten.cua.ban@email.com\nQuê quán: ....................\nTrình độ chuyên môn: ....................')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

vi('block', ['classified-marking'], 'batch 2: a plan\'s table of contents as a markdown list, the section\'s level in '
   'brackets before the leader dots.',
   'Mục lục kế hoạch:\n- Mục 1. Mục đích, yêu cầu ............ 1\n- Mục 5. Phương án bố trí nhân sự (Mật) ............ 7\n'
   '- Mục 6. Tổ chức thực hiện ............ 9\n\nviết giúp phần Mục 1 dài khoảng nửa trang')
vi('block', ['classified-marking'], 'batch 2: a chat telling that the attached draft is at the Secret level.',
   '[14:20] Đ/c Thành: gửi anh chị dự thảo đề án sắp xếp bộ máy, lưu ý dự thảo kèm theo thuộc độ Tối mật\n'
   '[14:22] Chị Nga: em nhận, đọc xong em gửi góp ý ạ')
vi('block', ['national-id'], 'batch 2: a visitor register of a ward office, the column named "Giấy tờ tùy thân".',
   'SỔ TIẾP CÔNG DÂN THÁNG 12\nNgày | Họ tên | Giấy tờ tùy thân | Nội dung\n'
   f'02/12 | Trịnh Văn Lực | {cccd("027", "m", 1975, 330218)} | xin xác nhận cư trú\n'
   f'03/12 | Hà Thị Gấm | {cccd("025", "f", 1968, 91562)} | khiếu nại đền bù')
vi('warn', ['official-document'], 'batch 2: a draft submission with an empty number slot and a dated line with the year '
   'filled in.',
   'SỞ NỘI VỤ\nSố:      /TTr-SNV\nHà Nội, ngày      tháng 12 năm 2026\n\nTỜ TRÌNH\nVề việc phê duyệt đề án vị trí việc làm\n\n'
   'Kính gửi: Ủy ban nhân dân thành phố\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.')
# (Labelled contact when written; relabelled after the blind score to the decision vn.contact.mobile already states:
# numbers and addresses printed in a press release are published for the press.)
vineg('batch 2: a press release naming the staff member journalists should call, with her mailbox and mobile (published '
      'for the press: vn.contact.mobile\'s decision).',
      'THÔNG CÁO BÁO CHÍ\nHội nghị tổng kết ngành sẽ diễn ra ngày 20/12 tại Hà Nội. Phóng viên đăng ký tác nghiệp liên hệ '
      f'chị Nguyễn Thu Hương, chuyên viên Văn phòng, email huongnt@moh.gov.vn, điện thoại {mob("091")}.')
vi('block', ['financial'], 'batch 2: a chat where a colleague gives her card for a group booking, with the expiry and '
   'the code on the back.',
   f'[21:03] Chị Ly: đặt phòng bằng thẻ của chị nhé, số thẻ {grp(luhn("42" + rnd(13, DG), 16))}, hết hạn 05/29, mã cvv {rnd(3, DG)}\n'
   '[21:04] Dũng: dạ em đặt luôn')
add('en', 'block', ['credential'], 'batch 2: a ~/.my.cnf pasted to ask why the client ignores it.',
    'mysql keeps asking for the password although I have this ~/.my.cnf:\n\n[client]\nuser=report_ro\n'
    f'password={pw(12)}\nhost=db-report\n\nthe file is owned by root, is that the problem?')
vi('block', ['credential'], 'batch 2: OCR of a Wi-Fi card stuck on the meeting-room wall, the key after "Pass".',
   'gõ lại giúp em tấm thẻ dán ở phòng họp:\nWIFI PHÒNG HỌP TẦNG 5\nSSID: SoKHDT_Hop_5G\n'
   f'Pass: {pw(12)}\nHỗ trợ: phòng CNTT, máy lẻ 512')
add('mixed', 'block', ['classified-marking'], 'batch 2: a Gmail-style reply with the stamp two quote levels down.',
    'Thanks, see my edits inline.\n\nOn Thu, Dec 3, 2026 at 9:12 AM Pham Quynh <quynh.pham@dn.gov.vn> wrote:\n'
    '> Em gửi lại bản đã sửa.\n>\n> On Wed, Dec 2, 2026 Le Hoang wrote:\n> > TỐI MẬT\n> > PHƯƠNG ÁN di dời các hộ dân khu vực '
    'sạt lở, dự kiến 214 hộ\n> > Kinh phí dự kiến: 38 tỷ đồng')
vi('warn', ['sensitive-personal'], 'batch 2: a unit chat saying a named driver is in compulsory drug rehabilitation.',
   '[09:40] Anh Khánh: Báo cáo anh, lái xe Đinh Văn Sơn đang cai nghiện bắt buộc tại cơ sở cai nghiện tỉnh từ tháng 10, '
   'đội xe tạm thiếu 1 người\n[09:41] Trưởng phòng: ừ, để anh báo bên tổ chức')
add('en', 'warn', ['infrastructure'], 'batch 2: an /etc/hosts file pasted into a question about name resolution.',
    'my /etc/hosts on the jump host:\n127.0.0.1 localhost\n10.60.2.11 qlvb-app01.noibo.local\n10.60.2.12 qlvb-app02.noibo.local\n'
    '10.60.3.5 ldap.noibo.local\nwhy does curl still resolve qlvb-app01 to the old address?')

vineg('batch 2: a training course\'s table of contents whose lesson lists the three levels in one bracket.',
      'MỤC LỤC TÀI LIỆU BỒI DƯỠNG\nBài 1. Khái niệm bí mật nhà nước ........ 3\nBài 3. Phân loại độ mật (Tuyệt mật, Tối mật, '
      'Mật) ........ 21\nBài 4. Trách nhiệm của cán bộ ........ 30')
vineg('batch 2: a blank report form with its year and place dotted.',
      'Mẫu số 02/BC\nTÊN CƠ QUAN, TỔ CHỨC\nSố: ....../BC-.......\n.........., ngày .... tháng .... năm .....\n\nBÁO CÁO\n'
      'Kết quả thực hiện ....................\n\nNơi nhận:\n- ..........;\n- Lưu: VT, ....')
vineg('batch 2: a novel\'s table of contents with a secret room in a chapter title.',
      'MỤC LỤC\nChương 1. Ngôi nhà bên sông ........ 5\nChương 3. Căn phòng bí mật ........ 45\nChương 7. Mật ong và nước mắt ........ 102')
vineg('batch 2: a health statistics paragraph on breast cancer, no person named.',
      'Theo số liệu GLOBOCAN, ung thư vú là bệnh ung thư phổ biến nhất ở phụ nữ Việt Nam, chiếm 25,8% số ca mắc mới. '
      'Tầm soát định kỳ giúp phát hiện sớm và tăng tỷ lệ điều trị khỏi.')
neg('vi', 'batch 2: a ministry\'s press office mailbox with the office\'s short name after the role.',
    'Thông tin chi tiết đề nghị liên hệ Văn phòng Bộ Nội vụ, hộp thư baochi.bnv@moha.gov.vn hoặc số điện thoại 024 6282 1068.')
neg('vi', 'batch 2: a hotel booking confirmation with the guest\'s ID masked.',
    'XÁC NHẬN ĐẶT PHÒNG\nKhách: Nguyễn Minh Quang\nSố giấy tờ: 0010******12\nNhận phòng: 14/12/2026 - Trả phòng: 16/12/2026\n'
    'Mã đặt phòng: HTL-88213')
neg('en', 'batch 2: a chat about mysql prompting for a password, the password read from an env variable.',
    'use `mysql -u report_ro -p` and type it at the prompt, or in scripts `MYSQL_PWD="$REPORT_DB_PASSWORD" mysql -u report_ro`. '
    'never put it on the command line, it ends up in the shell history.')
neg('en', 'batch 2: a traceroute to a public site, every hop public.',
    'traceroute to vnexpress.net (111.65.248.132), 30 hops max\n 1  113.190.232.1  3.1 ms\n 2  27.68.229.33  4.0 ms\n'
    ' 3  111.65.248.132  6.8 ms')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

vi('block', ['classified-marking'], 'batch 3: a page footer retyped as a sentence under the text: this document is at '
   'the Secret level, no copying.',
   'Nội dung trang 4:\n3. Đề xuất điều động 02 cán bộ diện quy hoạch sang Ban Tổ chức.\n4. Thời gian thực hiện: quý I/2027.\n\n'
   'Ghi chú cuối trang: Tài liệu này thuộc độ Mật, không sao chụp.')
add('mixed', 'block', ['classified-marking'], 'batch 3: an English chat line handing over a plan said to be Tối mật.',
    '[4:12 PM] Minh: the attached plan is Tối mật, pls don\'t forward. Need the English summary by 6.\n'
    '[4:13 PM] Sarah: ok, reading now')
vi('warn', ['official-document'], 'batch 3: a district party committee\'s notice forwarded into a chat, number, '
   'recipients and signature.',
   'Chuyển tiếp:\nHUYỆN ỦY ĐÔNG ANH\nSố 112-TB/HU\nTHÔNG BÁO\nkết luận của Thường trực Huyện ủy tại buổi làm việc với '
   'Đảng ủy xã Cổ Loa\n...\nNơi nhận:\n- Đảng ủy xã Cổ Loa;\n- Lưu Văn phòng Huyện ủy.\nT/M HUYỆN ỦY\nPHÓ BÍ THƯ')
add('en', 'block', ['national-id'], 'batch 3: a booking e-mail with a traveller\'s Vietnamese passport number.',
    'Dear team,\nPlease issue the ticket HAN-ICN on 18 Dec for:\nName: NGUYEN DUC MANH\nDate of birth: 12/05/1984\n'
    f'Passport No.: C{rnd(7, DG)}, expiry 2031\nThanks, Admin office')
add('vi', 'block', ['financial'], 'batch 3: a payroll CSV with account numbers of named staff under a snake_case header.',
    'ho_ten,so_tai_khoan,ngan_hang,so_tien\n'
    f'Nguyen Van Hau,{rnd(12, DG)},BIDV,12450000\nTran Thi Loan,{rnd(13, DG)},Vietcombank,11870000', 'csv')
add('en', 'block', ['credential'], 'batch 3: a docker run line with the database password in -e.',
    'the container exits with code 1, any idea?\n\ndocker run -d --name pg -e POSTGRES_USER=qlvb '
    f'-e POSTGRES_PASSWORD={pw(13)} -p 5432:5432 postgres:16')
vi('warn', ['contact'], 'batch 3: a class\'s parent list pasted from a chat, a mother\'s mobile beside her child.',
   'Danh sách phụ huynh lớp 3A (cập nhật):\n1. Bé Khôi - mẹ chị Lan ' + mob('098') + '\n2. Bé Na - bố anh Quang ' + mob('090'))
vi('warn', ['sensitive-personal'], 'batch 3: an HR note that a named officer takes leave to be treated for depression.',
   'Đồng chí Lương Văn Đạt, chuyên viên phòng Tổng hợp, xin nghỉ 2 tuần từ 14/12 để điều trị trầm cảm theo chỉ định '
   'của Bệnh viện Tâm thần Trung ương.')
add('en', 'warn', ['infrastructure'], 'batch 3: an OpenVPN client file with the internal routes pushed.',
    'client\ndev tun\nproto udp\nremote vpn.noibo.tinh.vn 1194\nroute 10.70.0.0 255.255.0.0\nroute 10.71.4.0 255.255.255.0\n'
    'dhcp-option DNS 10.70.0.53\nwhy can I not reach 10.71.4.20 after connecting?')

vineg('batch 3: a report sentence citing a party notice by its number.',
      'Thực hiện Thông báo số 112-TB/HU ngày 02/12/2026 của Huyện ủy, Đảng ủy xã đã tổ chức quán triệt đến 100% chi bộ.')
neg('en', 'batch 3: a docker run line that reads the database password from a secret file.',
    'docker run -d --name pg -e POSTGRES_USER=qlvb -e POSTGRES_PASSWORD_FILE=/run/secrets/pg_pw -v ./pg_pw:/run/secrets/pg_pw:ro postgres:16')
neg('vi', 'batch 3: a help text on the passport number\'s format with a zero example.',
    'Số hộ chiếu phổ thông gồm 1 chữ cái và 7 chữ số, ví dụ C0000000; nhập đúng như trên trang nhân thân của hộ chiếu.')
vineg('batch 3: a class chat with the school\'s office number and hotline.',
      'Phụ huynh cần hỗ trợ liên hệ văn phòng nhà trường số 024 3823 5566 hoặc đường dây nóng 1800 6789 trong giờ hành chính.')
neg('vi', 'batch 3: a news paragraph on depression statistics, no person named.',
    'Theo WHO, khoảng 5% người trưởng thành trên thế giới bị trầm cảm; tại Việt Nam, tỷ lệ này ở nhóm tuổi 18-25 đang tăng.')

write_round(S, 'round37', 'p37')
