#!/usr/bin/env python3
"""Builds test/probes/round46.jsonl: round 46 of the held-out-style probes, blind batches of every category shaped like
what staff really paste (issue #17) — chat forwards, e-mail threads, OCR text, config files, long reports — in
organisations and registers no earlier round used: a provincial hospital's IT desk, a customs post at a border gate,
a district school board and its exam papers, an agricultural cooperative, a Czech municipality (obecní úřad, its
council and its crisis plan), an embassy's consular desk, an NGO's field project. Away from the themes of rounds
43-45 written beside it (evasion tricks; Vietnamese markings and official documents of every level of the system;
personal data in filled-in forms, app screens and lists).

Batch 1 was scored blind on main f4b16ee before any rule changed for it; batches 2-5 were each written after the
fixes of the batch before and scored blind again (figures in docs/quality-history.md). Labels follow the contract and the decisions already written (an organisation's account
passes, an office's contact passes, a law cited in a sentence passes, a published decree warns official-document,
public officials in news stay silent). Values come from seeded or checked makers (probe_ids.py), so the file
rebuilds byte for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, czacct, diacritic_negatives, diacritic_pair, drawn, grp, iban, luhn, mst, rc, seeded, strip, timed_chat, write_round

R, rnd = seeded(46046)
S, add, neg = collector()
vi = diacritic_pair(add)
vineg = diacritic_negatives(neg)


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def cza(head):
    return drawn(czacct, head, rnd)


def quote(text, depth=1):
    return '\n'.join(('> ' * depth + line).rstrip() for line in text.split('\n'))


def vnmobile():
    return '0' + R.choice(['91', '98', '86', '35', '77', '83']) + rnd(7, DG)


# ================================================================ batch 1 (scored blind on main f4b16ee)

# ---- classified-marking
vi('block', ['classified-marking'], 'a customs post\'s weekly e-mail naming the attached report\'s level in brackets after its title.',
   'Kính gửi anh Quyết,\n\nChi cục gửi anh Báo cáo tình hình buôn lậu, gian lận thương mại qua cửa khẩu tuần 48 (Mật) '
   'để tổng hợp chung toàn Cục. Số liệu thu giữ hàng cấm tuần này tăng mạnh ở tuyến đường mòn Cốc Nam.\n\n'
   'Nội dung chính:\n- 03 vụ vận chuyển pháo nổ, thu giữ 240 kg;\n- 01 vụ nghi vận chuyển ma túy qua lối mở, đang phối hợp '
   'Đồn Biên phòng xác minh đối tượng;\n- Đề nghị Cục bổ sung 01 máy soi container di động.\n\nTrân trọng,\n'
   'Đội Kiểm soát hải quan – Chi cục HQCK Tân Thanh')
add('en', 'block', ['classified-marking'], 'an OCR\'d embassy cable whose header block carries "CLASSIFICATION: CONFIDENTIAL".',
    'FM: EMBASSY HANOI\nTO: MFA CONSULAR DIRECTORATE\nDATE: 03 DEC 2026\nCLASSIFICATION: CONFIDENTIAL\n'
    'SUBJ: DETAINED NATIONAL - CONSULAR ACCESS\n\n1. Consular officer visited the detained national at Hoa Lo '
    'detention centre on 02 DEC. Detainee reports no mistreatment.\n2. Local authorities indicate charges will be '
    'filed within 30 days. Post will continue weekly visits.\n3. Recommend no public comment at this stage.\n')
add('cs', 'block', ['classified-marking'], 'a Czech municipality\'s chat: the crisis plan\'s part is said to be classified "Vyhrazené" in a sentence.',
    '[9:14] Starosta Hájek: Posílám výňatek z krizového plánu ORP, část je utajovaná ve stupni Vyhrazené, tak to '
    'nikam dál nepřeposílej.\n[9:14] Starosta Hájek: Evakuační místa: ZŠ Lipová (kapacita 180), sokolovna (120), '
    'náhradní zdroj pitné vody vrt HV-3 u čističky.\n[9:20] Místostarostka Nová: Díky, projdu to do zastupitelstva.')
vi('block', ['classified-marking'], 'a school board\'s exam paper pasted for checking, with "MẬT" under "ĐỀ CHÍNH THỨC".',
   'Nhờ bạn kiểm tra giúp đáp án câu 3 của đề dưới đây có đúng không:\n\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nKỲ THI TUYỂN SINH LỚP 10 THPT\n'
   'NĂM HỌC 2027 - 2028\nĐỀ CHÍNH THỨC\nMẬT\nMôn thi: TOÁN\nThời gian làm bài: 120 phút\n\n'
   'Câu 1 (2,0 điểm). Rút gọn biểu thức A = (√12 - √3)·√3.\nCâu 2 (2,0 điểm). Giải hệ phương trình x + 2y = 5; 3x - y = 1.\n'
   'Câu 3 (2,5 điểm). Một người đi xe đạp từ A đến B cách nhau 36 km ...')
add('en', 'block', ['classified-marking'], 'a long NGO-government project report with the level told only in its closing line.',
    '# Border community resilience project — quarterly progress report (Q4 2026)\n\n'
    '## 1. Summary\nThe project reached 14 of the 16 target communes. Two communes in the border belt were not visited '
    'because the provincial military command did not grant access in October.\n\n'
    '## 2. Activities\n' + ''.join(f'- Commune {i}: {n} households trained in flood preparedness; {m} volunteers active.\n'
                                   for i, n, m in [(1, 120, 8), (2, 95, 6), (3, 140, 11), (4, 60, 4), (5, 88, 7)]) +
    '\n## 3. Security situation\nThe border guard briefed the team on patrol routes and the two unofficial crossing '
    'points used at night; the team agreed not to operate within 2 km of them.\n\n'
    '## 4. Next quarter\nTraining of trainers in January; procurement of 40 life jackets.\n\n'
    'Section 3 of this report is classified RESTRICTED by the provincial authorities and must not be shared with donors.\n')
vi('block', ['classified-marking'], 'a hospital IT desk chat: a doctor pastes a health-protection plan for officials whose header says "TỐI MẬT".',
   '[14:02] BS Hoàng Anh: anh IT ơi file này em mở trên máy khoa bị lỗi font, em dán chữ ra đây anh xem giúp\n'
   '[14:03] BS Hoàng Anh: TỐI MẬT\nKẾ HOẠCH\nBảo vệ, chăm sóc sức khỏe đại biểu dự Đại hội Đảng bộ tỉnh\n'
   '1. Bố trí 02 kíp cấp cứu thường trực tại hội trường, 01 xe cứu thương tại cổng phụ.\n'
   '2. Khu điều trị riêng tầng 5 nhà A, dành 06 giường.\n'
   '[14:10] IT Quang: em cài lại font TCVN3 là được nhé')
add('cs', 'block', ['classified-marking'], 'a Czech data-box message export whose note says it holds classified information of level "Důvěrné".',
    'Datová zpráva č. 1184520731\nOdesílatel: Krajský úřad Vysočina, odbor krizového řízení\nAdresát: Obecní úřad Dolní Rožínka\n'
    'Věc: Aktualizace plánu ochrany obyvatelstva\nPoznámka: příloha obsahuje utajovanou informaci stupně Důvěrné, '
    'předat pouze bezpečnostnímu řediteli\nPřílohy: plan_ochrany_2026.pdf (2,1 MB)\nDoručeno: 02.12.2026 10:44')
add('mixed', 'block', ['classified-marking'], 'an English e-mail from an embassy asking to translate a Vietnamese letter stamped "MẬT".',
    'Dear Linh,\n\ncould you give us a rough English version of the scan below before Friday? Thanks.\n\nBest, Marta\n\n'
    '--- scanned text ---\nBỘ NGOẠI GIAO\nCỤC LÃNH SỰ\nMẬT\nSố: 1187/CLS-BHCD\nV/v trường hợp công dân bị tạm giữ\n\n'
    'Kính gửi: Đại sứ quán ...\nCục Lãnh sự thông báo công dân ... đang bị tạm giữ tại ...\n')

# ---- official-document
add('en', 'warn', ['official-document'], 'an embassy\'s note verbale with its number, pasted for a translation.',
    'Please translate into Vietnamese, keep the formal register:\n\nNo. 214/2026\n\n'
    'The Embassy of the Czech Republic presents its compliments to the Ministry of Foreign Affairs of the Socialist '
    'Republic of Vietnam – Consular Department and has the honour to request the assistance of the Ministry in '
    'arranging consular access to a Czech national detained in Quang Ninh province.\n\n'
    'The Embassy of the Czech Republic avails itself of this opportunity to renew to the Ministry of Foreign Affairs '
    'the assurances of its highest consideration.\n\nHanoi, 2 December 2026\n')
vi('warn', ['official-document'], 'an OCR\'d school board letter whose lines broke mid-sentence.',
   'UBND HUYỆN THANH OAI\nPHÒNG GIÁO DỤC VÀ\nĐÀO TẠO\nSố: 512/PGDĐT-\nTH\nV/v tổ chức kiểm tra\ncuối học kỳ I\n'
   'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThanh Oai, ngày 01 tháng 12 năm 2026\n'
   'Kính gửi: Hiệu trưởng các trường tiểu học\nPhòng GD&ĐT hướng dẫn tổ chức kiểm tra cuối học kỳ I như sau:\n'
   '1. Thời gian: từ 04/01 đến 08/01/2027.\n2. Đề kiểm tra do trường tự ra, nộp về Phòng trước 25/12.\n'
   'Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG')
add('cs', 'warn', ['official-document'], 'a Czech municipality\'s council resolution extract with its number and "Č. j.".',
    'OBEC DOLNÍ ROŽÍNKA\nObecní úřad\nČ. j.: OU-DR/0415/2026\n\nVÝPIS Z USNESENÍ\nze 14. zasedání zastupitelstva obce '
    'konaného dne 30. 11. 2026\n\nUsnesení č. 14/7/2026\nZastupitelstvo obce schvaluje uzavření smlouvy o dílo na '
    'opravu hasičské zbrojnice se zhotovitelem STAVBY KUBÁT s.r.o. za cenu 1 845 000 Kč bez DPH.\n\n'
    'Ověřovatelé zápisu: Jan Doležal, Marie Pospíšilová\nStarosta: Ing. Petr Hájek')

# ---- national-id
c1 = cccd('026', 'm', 1968, R.randrange(10**6))
vi('block', ['national-id'], 'a hospital IT desk ticket asking to fix a patient\'s CCCD in the HIS.',
   'PHIẾU YÊU CẦU HỖ TRỢ CNTT #4471\nKhoa: Nội tim mạch\nNgười yêu cầu: ĐD Trần Thị Huệ\n'
   f'Nội dung: Bệnh nhân Vi Văn Chung (mã BN 26.118734) bị nhập sai số CCCD, số đúng là {c1}, nhờ phòng CNTT sửa '
   'trên phần mềm HIS để đẩy dữ liệu lên cổng BHYT.\nMức độ: Cao')
pp1 = 'C' + rnd(7, DG)
add('en', 'block', ['national-id'], 'a consular desk\'s case note about a lost passport with its number.',
    'Case 2026/CN/331 – lost passport\nApplicant: NGUYEN HOANG LONG, born 11.04.1990\n'
    f'Reported lost: Vietnamese passport {pp1}, issued 2022, lost at Praha hl.n. on 29 Nov.\n'
    'Action: police report attached; emergency travel document requested from the Embassy.\n')
r1 = rc(81, 3, 17, 402)
add('cs', 'block', ['national-id'], 'a Czech e-mail to the municipality\'s registry giving a birth number for a certificate.',
    'Dobrý den,\n\nprosím o vystavení výpisu z evidence obyvatel pro účely dědického řízení po otci. '
    f'Moje údaje: Kateřina Wolfová, nar. 17. 3. 1981, RČ {r1}, trvale Dolní Rožínka 58.\n\nDěkuji\nK. Wolfová')
c2 = cccd('020', 'f', 1979, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a customs broker\'s chat without diacritics giving the declarant\'s CCCD.',
    f'[08:41] Dai ly HQ Phuong: chi oi to khai nay ng khai la Hoang Thi Mai, cccd {c2}, cap ngay 12/08/2021 tai Cuc CS QLHC\n'
    '[08:43] Hai quan Tan Thanh: ok em, nop lai to khai bo sung nhe')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'an NGO field report naming a beneficiary living with HIV.',
    'Field visit notes, Son La, 1 Dec 2026\n\nVisited the Lo family in Ban Mong. Mr Lo Van Thanh has been HIV-positive '
    'since 2019 and is on ARV treatment at the district hospital; he asked that neighbours not be told. His wife sells '
    'vegetables at the market. Recommended for the livelihood grant.\n')
vi('warn', ['sensitive-personal'], 'a school board e-mail: a named pupil has epilepsy and needs a plan during the exam.',
   'Chào chị Hạnh,\nEm Đinh Gia Bảo lớp 9A2 bị động kinh, đang điều trị tại Bệnh viện Nhi Trung ương; gia đình đề nghị '
   'bố trí em ngồi phòng thi riêng gần phòng y tế trong kỳ thi tuyển sinh. Chị báo Hội đồng thi giúp em nhé.\nThầy Tùng')
add('cs', 'warn', ['sensitive-personal'], 'a Czech municipal social worker\'s e-mail: a named man is back from prison.',
    'Ahoj Lído,\n\npan Jiří Málek z Horní ulice se minulý týden vrátil z výkonu trestu (3 roky za loupež) a žádá o '
    'obecní byt. Můžeme to probrat na radě?\n\nPavla, sociální pracovnice')

# ---- financial
accs = ['3' + rnd(12, DG), '7' + rnd(12, DG)]
vi('block', ['financial'], 'a cooperative\'s chat listing members\' personal accounts for the profit share.',
   '[19:05] Kế toán HTX: Em gửi danh sách chuyển tiền chia lãi năm 2026 cho xã viên nhé\n'
   f'[19:05] Kế toán HTX: 1. Lò Văn Pó - 4.200.000đ - STK {accs[0]} Agribank chi nhánh Mai Sơn\n'
   f'2. Cầm Thị Ơn - 3.150.000đ - STK {accs[1]} Agribank chi nhánh Mai Sơn\n'
   '[19:12] Chủ nhiệm HTX: ok em chuyển luôn')
acct1 = cza('19')
add('cs', 'block', ['financial'], 'a Czech municipality\'s e-mail refunding travel costs to a councillor\'s private account.',
    'Účtárno,\n\nprosím proplatit cestovné zastupiteli Miloši Krejčímu (jednání na kraji 27. 11.) ve výši 642 Kč na jeho '
    f'soukromý účet {acct1}/0800.\n\nDíky, Hájek')
ib1 = iban('CZ', '2010' + '000000' + cza('22'))
add('en', 'block', ['financial'], 'an NGO e-mail paying a consultant\'s fee to her own IBAN.',
    'Hi finance team,\n\nplease pay the evaluation consultant, Dr. Alena Vrbová, her second instalment of EUR 2,400. '
    f'Her bank details: IBAN {ib1}, Fio banka, account holder Alena Vrbová.\n\nThanks,\nMichael (Programme Manager)')

# ---- credential
add('en', 'block', ['credential'], 'a hospital HIS config file pasted to ask why the service will not start.',
    'Why does HisGateway fail with "login timeout"? config below\n\n[database]\ndriver = SQL Server\n'
    'server = 172.20.4.11\\HIS\nuid = his_app\n' f'pwd = {pw(13)}\n\n[bhyt]\nendpoint = https://gdbhyt.example.vn/api\n'
    'timeout = 30\n')
add('vi', 'block', ['credential'], 'a customs broker\'s chat without diacritics giving the VNACCS account and password.',
    f'[10:20] Phuong: anh dang nhap ECUS giup em, user dlhq_phuongmai, pass {pw(10)}\n[10:22] Tuan: vao duoc roi')
add('cs', 'block', ['credential'], 'a Czech municipality\'s e-mail giving the council room laptop\'s login.',
    'Dobrý den,\nna zasedání bude připravený notebook v zasedačce. Přihlášení: uživatel zastupitel, heslo '
    f'{pw(11)}. Prezentaci si prosím nahrajte předem na plochu.\nS pozdravem, Šárka (podatelna)')

IT_CHAT = [('Hùng IT', 'Chào cả nhà, tuần này phòng CNTT nâng cấp HIS lên bản 5.2, tối thứ 5 dừng hệ thống từ 22h đến 2h.'),
           ('ĐD Mai (Nhi)', 'Khoa Nhi in phiếu lĩnh thuốc bị lệch lề anh ơi'), ('Hùng IT', 'Em cập nhật mẫu in rồi, chị in lại thử nhé'),
           ('BS Toàn (HSCC)', 'Máy trạm giường 6 không đăng nhập được chữ ký số'), ('Hùng IT', 'Anh rút USB token cắm lại, vẫn lỗi thì em xuống'),
           ('KTV Bình (CĐHA)', 'Máy siêu âm số 2 không đẩy ảnh sang PACS từ sáng'), ('Hùng IT', 'Để em kiểm tra cấu hình DICOM'),
           ('ĐD Mai (Nhi)', 'In được rồi ạ, cảm ơn anh'), ('Dược Hoa', 'Kho dược báo tồn âm 3 mặt hàng, nhờ anh xem lại phiếu nhập'),
           ('Hùng IT', 'Chị gửi em mã phiếu nhé'), ('Dược Hoa', 'PN-2611-0087, PN-2611-0091'),
           ('BS Nga (Sản)', 'Tối nay chị trực ở nhà cần vào bệnh án điện tử qua VPN, tài khoản VPN của chị là gì em?'),
           ('Hùng IT', 'Chị dùng tài khoản nga.bs, mật khẩu VPN_PW, vào xong chị đổi ngay giúp em'),
           ('BS Nga (Sản)', 'Ok em'), ('KTV Bình (CĐHA)', 'Máy siêu âm đẩy ảnh được rồi'),
           ('Hùng IT', 'Do đổi địa chỉ AE title, em sửa lại rồi'), ('Phòng KHTH', 'Nhắc các khoa nộp báo cáo tháng trước 5/12'),
           ('BS Toàn (HSCC)', 'Chữ ký số ok rồi'), ('Hùng IT', 'Tốt quá anh'),
           ('Dược Hoa', 'Phiếu nhập đã sửa, cảm ơn em'), ('Hùng IT', 'Mọi người nhớ lịch dừng hệ thống tối thứ 5 nhé')]
vpn = pw(12)
MORE = [('Phòng KHTH', 'Khoa nào chưa cập nhật danh mục kỹ thuật mới thì gửi phòng trước thứ 6'),
        ('BS Toàn (HSCC)', 'HSCC gửi rồi nhé'), ('Hùng IT', 'Tối thứ 5 các khoa ghi tay phiếu chỉ định, sáng thứ 6 nhập bù'),
        ('ĐD Mai (Nhi)', 'Nhi nhận thông tin'), ('Dược Hoa', 'Dược nhận'), ('KTV Bình (CĐHA)', 'CĐHA nhận ạ'),
        ('Hùng IT', 'Ai cần cài phần mềm đọc file DICOM trên máy cá nhân thì nhắn riêng em'),
        ('BS Nga (Sản)', 'Vào được bệnh án điện tử rồi em, đã đổi mật khẩu'),
        ('Phòng KHTH', 'Đề nghị các khoa không chụp màn hình bệnh án gửi qua Zalo cá nhân'),
        ('Hùng IT', 'Sáng mai em xuống khoa Sản thay bàn phím máy trạm phòng đẻ')]
long_chat = timed_chat(R, [(w, m.replace('VPN_PW', vpn)) for w, m in IT_CHAT + MORE],
                       '[{h:02d}:{m:02d}] {who}: {msg}', (7, 5), 9)
vi('block', ['credential'], 'a long hospital IT desk chat export (~2 KB) where one message gives a doctor her VPN password.',
   long_chat)

# ---- contact
ph1 = vnmobile()
vi('warn', ['contact'], 'a forwarded parent complaint with the parent\'s personal mobile.',
   '---------- Thư chuyển tiếp ----------\nTừ: Bộ phận một cửa Phòng GD&ĐT\n\nPhụ huynh Bùi Thị Lan (mẹ em Khánh, lớp 5B) '
   f'phản ánh việc thu tiền học thêm, đề nghị nhà trường liên hệ lại theo số điện thoại cá nhân {ph1}.')
add('en', 'warn', ['contact'], 'a consular case note with a citizen\'s personal mobile and mailbox.',
    'Caller: Mrs Tereza Bláhová, mother of the detained national.\n'
    f'Her mobile: +420 6{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}; e-mail tereza.blahova{rnd(2, DG)}@seznam.cz\n'
    'Asked to be called after each visit.')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'a hospital IT desk ticket naming the PACS server by internal host name and address.',
    'Ticket #4493 – radiology cannot open images\nPACS viewer on CT room PCs times out. Server pacs01.bvdk.local '
    '(10.20.6.40) responds to ping, DICOM port 104 closed since the firewall change yesterday. Please check.\n')
vi('warn', ['infrastructure'], 'a customs post\'s e-mail giving the internal gateway address of the declaration system.',
   'Các đội lưu ý: từ 05/12 máy trạm kết nối hệ thống VNACCS qua cổng nội bộ mới 10.68.14.2 (gw-vnaccs.cchq.local), '
   'cấu hình cũ ngừng hoạt động.')

# ---- hard negatives
vineg('a hospital IT ticket for the hepatobiliary department ("Gan – Mật").',
      'PHIẾU YÊU CẦU HỖ TRỢ CNTT #4480\nKhoa: NGOẠI GAN – MẬT – TỤY\nNội dung: máy in phòng hành chính khoa kẹt giấy, '
      'in phiếu chỉ định bị mờ.\nMức độ: Trung bình')
neg('vi', 'a hospital timetable with a "MẬT" department heading and gallstone clinics.',
    'LỊCH KHÁM TUẦN 49\nKHOA GAN MẬT\nThứ 2, 4, 6: Khám sỏi mật, viêm túi mật – BS Lương\nThứ 3, 5: Nội soi mật tụy ngược dòng (ERCP)\n')
vineg('a school board notice that exam papers are kept secure by the rules (no paper).',
      'Thông báo lịch thi tuyển sinh lớp 10 năm học 2027-2028: ngày 02-03/6/2027. Đề thi được in sao, bảo quản và vận '
      'chuyển theo quy định về bảo vệ bí mật nhà nước; thí sinh có mặt trước 7h00.')
neg('en', 'an NGO financial report with "RESTRICTED FUNDS" as an accounting heading.',
    'STATEMENT OF FUNDS, 31 December 2026\n\nUNRESTRICTED FUNDS\nGeneral fund .......... 412,300\n\n'
    'RESTRICTED FUNDS\nFlood resilience grant (EU) .......... 1,208,000\nWater and sanitation (Irish Aid) .......... 356,750\n\n'
    'Restricted funds may only be used for the purpose specified by the donor.\n')
neg('en', 'a consular page on replacing a lost passport (no number).',
    'Lost or stolen passport\n1. Report the loss to the police and get a report.\n2. Book an appointment at the '
    'consular section; bring two photos, the police report and a copy of the lost passport if you have one.\n'
    '3. An emergency travel document is issued within 3 working days.\n')
neg('en', 'a feedback form promising that answers are kept confidential.',
    'Community feedback form – your answers are confidential and will only be seen by the project team.\n'
    'Q1. How satisfied are you with the water point? (1–5)\nQ2. Who in your household collects water?\n')
neg('cs', 'a Czech municipal newsletter with office hours, the office\'s phone and its fee account.',
    'ZPRAVODAJ OBCE DOLNÍ ROŽÍNKA – prosinec 2026\n\nÚřední hodiny: po a st 8–17 h, tel. úřadu 566 593 110.\n'
    f'Poplatek za odpad 850 Kč/os. zaplaťte do 31. 3. na účet obce {cza("18")}/0100, VS = číslo popisné.\n'
    'Starosta Petr Hájek přeje klidné svátky.')
neg('cs', 'a Czech school council chat about a secret ballot for the headteacher.',
    '[16:01] Veselá: volba předsedy školské rady bude tajná, lístky připravím\n[16:03] Dvořák: ok, urna je v kabinetu')
neg('en', 'a hospital service\'s compose file reading the password from a secret file.',
    'services:\n  his-gateway:\n    image: registry.example.com/his/gateway:2.4\n    environment:\n'
    '      DB_HOST: his-db\n      DB_USER: his_app\n      DB_PASSWORD_FILE: /run/secrets/his_db_password\n'
    '    secrets:\n      - his_db_password\n')
neg('cs', 'a Czech municipal script reading the password from the environment.',
    '# záloha agendy obce\npg_dump -h "$DB_HOST" -U obec_zaloha -d agenda > zaloha.sql  # heslo bere z PGPASSWORD v prostředí\n')
m1, m2 = drawn(mst, '01', rnd), drawn(mst, '52', rnd)
vineg('a customs press release with seized goods and companies\' tax codes.',
      'Thông cáo báo chí: Trong tháng 11/2026, Chi cục Hải quan cửa khẩu Tân Thanh phát hiện 12 vụ vi phạm, trị giá hàng '
      f'hóa 3,2 tỷ đồng; xử phạt Công ty TNHH Thương mại Hòa Phát Lạng Sơn (MST {m1}) và Công ty CP XNK Đông Bắc (MST {m2}).')
vineg('anonymised hospital statistics on HIV care.',
      'Năm 2026, phòng khám ngoại trú HIV của bệnh viện quản lý 412 người bệnh, 97% đạt tải lượng vi rút dưới ngưỡng ức chế; '
      'không ghi nhận ca lây truyền mẹ con.')
vineg('a cooperative\'s notice with the cooperative\'s own account for members\' contributions.',
      f'Thông báo: xã viên góp vốn đợt 2 (2.000.000đ/suất) nộp tiền mặt tại văn phòng HTX hoặc chuyển khoản vào tài khoản '
      f'của HTX Nông nghiệp Chiềng Mai, số {"5" + rnd(12, DG)} tại Agribank Mai Sơn, hạn 20/12.')
neg('en', 'a customs shipping note with HS codes, container and bill-of-lading numbers.',
    'Shipment summary\nB/L: HLCUHAM2611047\nContainers: TCLU 482913-0, MSKU 771204-6\nHS 8471.30.20 laptops, 240 units\n'
    'HS 8504.40.90 power adapters, 240 units\nPort of discharge: Hai Phong (VNHPH)\n')
add('mixed', 'pass', [], 'Hard negative: an English e-mail citing a Vietnamese decree by number in a sentence.',
    'Hi Tom, the duty exemption you asked about is in Decree No. 134/2016/ND-CP, as amended by Decree 18/2021/ND-CP; '
    'Article 29 covers goods for ODA projects. Happy to discuss.')
neg('vi', 'a hospital news item about a provincial leader visiting (public official).',
    'Sáng 02/12, đồng chí Chủ tịch UBND tỉnh Hà Văn Sơn đã đến thăm, tặng quà các y bác sĩ Bệnh viện Đa khoa tỉnh nhân '
    'dịp kỷ niệm 50 năm thành lập bệnh viện.')
neg('en', 'an embassy\'s public contact block with the consular section\'s mailbox and hotline.',
    'Consular section: Mon–Fri 9:00–12:00\nE-mail: consulate.hanoi@example.gov.cz\nEmergency hotline for nationals in distress: +84 24 3845 6131\n')
vineg('a school chat without a password, saying the password came by SMS.',
      '[20:10] Cô Lan: Phụ huynh đăng nhập phần mềm sổ liên lạc bằng số điện thoại, mật khẩu nhà trường đã gửi qua tin nhắn '
      'SMS, đăng nhập xong nhớ đổi mật khẩu nhé.')
neg('en', 'a hospital network plan with documentation addresses only.',
    'Lab guide: configure the test PACS at 192.0.2.40 and the test HIS at 198.51.100.12; production addresses are in the '
    'CMDB.\n')
neg('cs', 'a card-payment help text with a masked card.',
    'Platba proběhla kartou **** **** **** 4417. Doklad o zaplacení poplatku najdete v aplikaci Portál občana.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

# ---- classified-marking
vi('block', ['classified-marking'], 'a teacher\'s chat: the exam paper pasted with "MẬT nhé" said in capitals in the message.',
   '[21:03] Cô Thảo: Đề kiểm tra học kỳ I môn Ngữ văn khối 9 đây, MẬT nhé, không gửi ra ngoài nhóm tổ\n'
   '[21:03] Cô Thảo: Câu 1 (3 điểm): Phân tích khổ thơ đầu bài "Đồng chí" của Chính Hữu.\n'
   'Câu 2 (7 điểm): Viết bài văn nghị luận về lòng biết ơn.\n[21:05] Thầy Long: Đã nhận, em in đủ 6 lớp.')
add('en', 'block', ['classified-marking'], 'an e-mail reply quoting a cable whose header says "Classification: Restricted".',
    'Thanks – I will prepare the consular visit schedule.\n\nOn 3 Dec 2026, at 09:12, Political Section wrote:\n'
    '> Classification: Restricted\n> Subject: Arrests after the Dong Tam protests – nationals involved\n>\n'
    '> Two of our nationals were among those held on 1 December. The provincial police have not yet confirmed '
    'charges. Do not discuss with the press.\n')
add('cs', 'block', ['classified-marking'], 'a Czech Teams chat where the municipal secretary pastes a plan under "VYHRAZENÉ".',
    '[10:12] Tajemník Novák: VYHRAZENÉ\nPlán zajištění voleb – přeprava volebních schránek, okrsky 1–4, trasa a časy\n'
    '[10:12] Tajemník Novák: projděte si to do čtvrtka\n[10:20] Referentka Malá: ok')
add('mixed', 'block', ['classified-marking'], 'an English e-mail around an OCR\'d Czech letter stamped "VYHRAZENÉ" with its "Č. j.".',
    'Dear colleagues,\nbelow is the OCR of the Czech letter we received yesterday; please draft an answer in English.\n\n'
    'MINISTERSTVO VNITRA\nodbor azylové a migrační politiky\nVYHRAZENÉ\nČ. j.: MV-90412-2/OAM-2026\n\n'
    'Věc: Vyžádání součinnosti – státní příslušníci VSR v zařízení pro zajištění cizinců Bělá-Jezová\n')
vi('block', ['classified-marking'], 'a customs e-mail sending an inspection plan with its level in brackets, typed as a to-do.',
   'Gửi các đội,\nĐính kèm Kế hoạch kiểm soát chống buôn lậu hàng cấm dịp cuối năm (Tối mật); các đội nghiên cứu, '
   'không in sao, báo cáo phương án bố trí trước 17h thứ Năm.\nĐội trưởng Đội Kiểm soát')
add('en', 'block', ['classified-marking'], 'an NGO field update: an annex is "classified CONFIDENTIAL by the provincial police".',
    'Team – the annex with the list of villages near the border crossing is classified CONFIDENTIAL by the provincial '
    'police. Keep it on the office laptop only; do not upload it to the shared drive or to any online tool.\n')

# ---- official-document
add('en', 'warn', ['official-document'], 'a note verbale in reply, from the Vietnamese ministry, with a reference to the embassy\'s note.',
    'No. 1532/BNG-LS\n\nThe Ministry of Foreign Affairs of the Socialist Republic of Viet Nam – Consular Department presents its '
    'compliments to the Embassy of the Czech Republic and, with reference to the Embassy\'s Note No. 214/2026, has the '
    'honour to inform that consular access will be granted on 9 December 2026.\n\nThe Ministry avails itself of this '
    'opportunity to renew to the Embassy the assurances of its highest consideration.\n')
vi('warn', ['official-document'], 'a customs decision on an administrative fine, pasted for a summary.',
   'Tóm tắt giúp em quyết định này:\n\nCỤC HẢI QUAN TỈNH LẠNG SƠN\nCHI CỤC HẢI QUAN CỬA KHẨU TÂN THANH\n'
   'Số: 77/QĐ-XPHC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQUYẾT ĐỊNH\n'
   'Xử phạt vi phạm hành chính về hải quan\n\nĐiều 1. Xử phạt Công ty TNHH Thương mại Biên Giới Xanh do khai sai mã số hàng hóa; '
   'mức phạt 15.000.000 đồng.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.')
add('cs', 'warn', ['official-document'], 'a Czech school\'s decision on non-admission with its "Č. j.".',
    'ZÁKLADNÍ ŠKOLA LIPOVÁ, příspěvková organizace\nČ. j.: ZSL/112/2026\n\nROZHODNUTÍ\n'
    'Ředitelka školy rozhodla podle § 165 odst. 2 písm. a) školského zákona takto: žádosti o přestup se nevyhovuje.\n\n'
    'Poučení: Proti rozhodnutí se lze odvolat do 15 dnů ode dne jeho oznámení ke krajskému úřadu.\n')

# ---- national-id
c3 = cccd('014', 'm', 1972, R.randrange(10**6))
vi('block', ['national-id'], 'a cooperative\'s e-mail for a bank loan with the chair\'s ID number on the line below its label.',
   'Chị Hương ơi,\nHồ sơ vay vốn của HTX em bổ sung thông tin người đại diện:\nHọ tên: Lò Văn Pó – Chủ nhiệm HTX\n'
   f'Số định danh cá nhân:\n{c3}\nNgày cấp: 20/04/2021\nEm cảm ơn chị.')
op = rnd(9, DG)
add('cs', 'block', ['national-id'], 'a Czech hall-rental request with the renter\'s ID card number.',
    'Žádost o pronájem sálu kulturního domu\nNájemce: Radka Fialová, Lipová 12\n'
    f'Číslo OP: {op}\nAkce: rodinná oslava 19. 12. 2026, 14–22 h\n')
pp2 = 'P' + rnd(7, DG)
add('en', 'block', ['national-id'], 'a consular desk e-mail with a visa applicant\'s travel document number.',
    'Hi Jana,\nthe applicant below missed his interview; please rebook him for next week.\n'
    f'Name: TRAN VAN KHOA, DOB 02/07/1988, travel document no. {pp2}\nThanks, Duc')

# ---- sensitive-personal
add('en', 'warn', ['sensitive-personal'], 'a consular case note: a named detainee is diabetic and needs insulin.',
    'Visit report, 4 Dec: Mr Pavel Horák is insulin-dependent diabetic; the detention centre has no insulin pen in '
    'stock. Requested that the family bring his medication. Next visit 11 Dec.')
vi('warn', ['sensitive-personal'], 'a cooperative\'s minutes: a named member has terminal cancer.',
   'Biên bản họp Ban quản trị HTX: ông Cầm Văn Piềng (xã viên tổ 3) bị ung thư gan giai đoạn cuối, đang điều trị tại '
   'Bệnh viện K; Ban quản trị thống nhất hỗ trợ 5.000.000 đồng và miễn phí dịch vụ năm 2027.')

# ---- financial
acc3 = '0' + rnd(12, DG)
vi('block', ['financial'], 'a hospital e-mail without diacritics paying an on-call allowance to a doctor\'s personal account.',
   'Phong TCKT oi,\nde nghi chuyen tien truc Tet cho BS Luong Van Tai (khoa HSCC), 3.600.000d, vao tai khoan ca nhan '
   f'{acc3} Vietcombank CN Lang Son.\nCam on.')
acct2 = cza('27')
add('cs', 'block', ['financial'], 'a Czech citizen asking the municipality to refund an overpaid fee to her prefixed account.',
    'Dobrý den,\nzaplatila jsem poplatek za psa dvakrát. Přeplatek 300 Kč prosím vraťte na můj účet '
    f'19-{acct2}/0100.\nDěkuji, Věra Kubátová, Lipová 7')

# ---- credential
add('cs', 'block', ['credential'], 'a Czech municipal website\'s config.php pasted to a helpdesk with the database password.',
    'Web obce hlásí „Error establishing a database connection“, config níže:\n\n<?php\n'
    "define('DB_NAME', 'obec_web');\ndefine('DB_USER', 'obec_web');\n"
    f"define('DB_PASSWORD', '{pw(14)}');\ndefine('DB_HOST', 'localhost');\n")
add('en', 'block', ['credential'], 'an NGO e-mail sharing the survey platform\'s field account and password.',
    'Hi enumerators,\nfor the household survey please log in to KoboCollect with\nusername: ngo_field_team\n'
    f'password: {pw(11)}\nDo not change the password; it is shared by the whole team.\nThanks, Minh')

# ---- contact
ph2 = vnmobile()
vi('warn', ['contact'], 'a school chat without diacritics giving a teacher\'s private Zalo number.',
   f'[19:40] PHHS lop 4A: co cho em xin so zalo rieng cua co Hanh voi a\n[19:42] Truong ban PH: so rieng cua co Hanh la {ph2} nhe')

# ---- infrastructure
add('cs', 'warn', ['infrastructure'], 'a Czech IT supplier\'s e-mail naming the municipal server by address with RDP open.',
    'Dobrý den, při kontrole jsme zjistili, že server OU-SRV01 (192.168.10.5) má z internetu otevřené RDP na portu 3389. '
    'Doporučujeme port uzavřít a přístup řešit přes VPN. S pozdravem, IT Servis Žďár')

# ---- hard negatives (batch 2)
neg('en', 'a protocol guide quoting the opening and closing formulae of a note verbale.',
    'Protocol guide, chapter 4 – the note verbale\nA note verbale is written in the third person. It opens with a '
    'formula such as "The Embassy of … presents its compliments to the Ministry of Foreign Affairs" and closes with '
    '"The Embassy avails itself of this opportunity to renew … the assurances of its highest consideration". '
    'It is not signed, only initialled and stamped.\n')
vineg('an exam results notice with candidate numbers and scores.',
      'KẾT QUẢ THI THỬ LỚP 9 – ĐỢT 1\nSBD 020145 – Toán 8,25 – Văn 7,50 – Anh 9,00\nSBD 020146 – Toán 6,75 – Văn 8,00 – Anh 7,25\n'
      'Học sinh xem điểm chi tiết trên phần mềm sổ liên lạc.')
neg('en', 'an embassy\'s visa fee page with the embassy\'s own account.',
    'Visa fees are paid by bank transfer to the Embassy\'s account only: Embassy of the Czech Republic, '
    f'IBAN {iban("CZ", "0710" + "000000" + cza("28"))}, reference: applicant\'s surname. Cash is not accepted.')
neg('cs', 'a Czech chat about a surprise party kept secret from the mayor.',
    '[15:02] Iva: oslava pro starostu je tajná, nic mu neříkejte, dort vyzvednu v pátek\n[15:04] Jirka: jasně, mlčím')
neg('en', 'an NGO data policy saying beneficiary data has restricted access.',
    'Data protection: all beneficiary records are stored in KoboToolbox with restricted access; only the M&E officer '
    'can export them. Paper forms are shredded after data entry.')
neg('vi', 'a customs broker\'s script reading the password from the environment.',
    '# dong bo to khai hang ngay\nECUS_USER=dlhq_auto\nECUS_PASS="${ECUS_PASSWORD:?chua dat bien moi truong}"\n'
    'python3 sync_tokhai.py --user "$ECUS_USER" --password "$ECUS_PASS"\n')
neg('cs', 'a Czech municipal password policy.',
    'Směrnice č. 3/2026 o bezpečnosti IT: heslo musí mít alespoň 12 znaků, nesmí obsahovat jméno uživatele a mění se '
    'jednou ročně nebo při podezření na únik.')
vineg('news of a cooperative naming its chair (public in news).',
      'Năm 2026, HTX Nông nghiệp Chiềng Mai đạt doanh thu 12 tỷ đồng; ông Lò Văn Pó, Chủ nhiệm HTX, cho biết HTX sẽ mở '
      'rộng vùng trồng xoài lên 80 ha.')
neg('vi', 'a hospital IT chat where "mật" is the bile lab test.',
    '[09:12] KTV Hà (Xét nghiệm): máy sinh hóa trả kết quả sắc tố mật, muối mật sai đơn vị, anh IT xem giúp\n'
    '[09:20] IT Quang: em sửa đơn vị trong danh mục rồi nhé')
neg('en', 'a customs broker\'s vehicle list with plates and container seals.',
    'Trucks crossing Tan Thanh on 4 Dec:\n12C-045.67 – container TGHU 8841203 – seal 004417\n'
    '12H-118.02 – container CAIU 5520931 – seal 004418\n')
vineg('a school board e-mail sending a plan without a level.',
      'Gửi các trường,\nPhòng gửi kèm Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm 2027 (bản chỉnh sửa), đề nghị các '
      'trường đăng ký trước 20/12.')
neg('cs', 'a Czech municipality\'s public e-mail to the registry office.',
    'Dotazy k pronájmu sálu posílejte na podatelna@dolnirozinka.example.cz nebo volejte 566 593 110.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

# ---- long pastes
r3 = rc(66, 9, 2, 215)
items = [('Kontrola plnění usnesení', 'Starosta informoval o plnění usnesení z minulého zasedání; všechna usnesení jsou splněna nebo v řešení.'),
         ('Rozpočtové opatření č. 6/2026', 'Zastupitelstvo schvaluje rozpočtové opatření č. 6/2026 v předloženém znění. Pro 9, proti 0, zdržel se 0.'),
         ('Oprava místní komunikace Lipová', 'Zastupitelstvo bere na vědomí informaci o průběhu opravy; dokončení je plánováno na duben 2027.'),
         ('Dotace pro spolky', 'Zastupitelstvo schvaluje dotaci SDH Dolní Rožínka ve výši 40 000 Kč a TJ Sokol ve výši 25 000 Kč.'),
         ('Prodej pozemku p. č. 512/3', 'Zastupitelstvo schvaluje prodej pozemku p. č. 512/3 o výměře 412 m² v k. ú. Dolní Rožínka panu Zdeňku '
          f'Matouškovi, nar. 2. 9. 1966, RČ {r3}, bytem Horní 14, za cenu 350 Kč/m². Pro 8, proti 1, zdržel se 0.'),
         ('Zimní údržba', 'Starosta informoval o smlouvě se zemědělským družstvem na zimní údržbu komunikací.'),
         ('Různé', 'Místostarostka pozvala přítomné na rozsvícení vánočního stromu 29. 11. v 17 h na návsi. Zastupitel Doležal '
          'upozornil na nefunkční veřejné osvětlení v ulici Polní.')]
body = ''.join(f'{i}. {t}\n{d}\n\n' for i, (t, d) in enumerate(items, 1))
add('cs', 'block', ['national-id'], 'a long council minutes paste (~2 KB) where one land-sale resolution gives the buyer\'s birth number.',
    'ZÁPIS ze 14. zasedání Zastupitelstva obce Dolní Rožínka konaného dne 30. 11. 2026 od 18:00 v zasedací místnosti OÚ\n\n'
    'Přítomni: 9 členů zastupitelstva (viz prezenční listina), zastupitelstvo je usnášeníschopné.\n'
    'Zapisovatel: Šárka Benešová; ověřovatelé: Jan Doležal, Marie Pospíšilová\n\nProgram:\n' +
    ''.join(f'{i}. {t}\n' for i, (t, _) in enumerate(items, 1)) + '\n' + body +
    'Zasedání bylo ukončeno ve 20:05.\n\nZapsala: Šárka Benešová\nStarosta: Ing. Petr Hájek\n')
acc4 = '0' + rnd(12, DG)
thread3 = ('Hi Linh,\n\nsee below – can you check the per diem list before I send it to finance? Thanks!\nAnna\n\n'
           'On 2 Dec 2026, at 16:20, Nguyen Thuy Linh wrote:\n'
           '> Anna, I forwarded it to Mr Hai, he confirmed. See his mail.\n>\n'
           '> On 2 Dec 2026, at 14:02, Vu Van Hai wrote:\n'
           '> > Dear Linh,\n> > I confirm attendance of the district team at the workshop on 10-11 December.\n'
           '> > > Original message from the project office:\n'
           '> > > Workshop: Climate-smart rice, Mai Son district, 10-11 Dec 2026\n'
           '> > > Venue: District People\'s Committee hall\n'
           '> > > Agenda: day 1 field visit to the Chieng Mai cooperative, day 2 planning for 2027.\n'
           '> > > Per diem (VND 300,000/day) is paid by bank transfer after the workshop.\n'
           '> > > Please send each participant\'s account.\n'
           '> >\n'
           f'> > My account for the per diem: Vu Van Hai, Vietcombank, account no. {acc4}\n'
           '> > The two extension officers will send theirs separately.\n'
           '> > Best regards, Hai\n')
add('en', 'block', ['financial'], 'a long NGO e-mail thread where the account for a per diem sits at the second quoted level.',
    thread3)

# ---- classified-marking
vi('block', ['classified-marking'], 'an e-office record of a hospital letter with "Mức độ mật: Mật" beside the urgency field.',
   'Thông tin văn bản đến\nSố đến: 2214\nSố, ký hiệu: 88/CV-BVĐK\nNgày văn bản: 01/12/2026\nCơ quan ban hành: Bệnh viện Đa khoa tỉnh\n'
   'Trích yếu: Danh sách cán bộ diện Ban Thường vụ Tỉnh ủy quản lý khám sức khỏe định kỳ năm 2026\n'
   'Mức độ mật: Mật; Mức độ khẩn: Khẩn\nNgười ký: Giám đốc')
vi('block', ['classified-marking'], 'a teacher\'s chat: an answer key pasted with its level and time limit in brackets.',
   '[22:10] Thầy Hùng: Đáp án chính thức môn Toán (MẬT đến 11h ngày thi)\n'
   '[22:10] Thầy Hùng: Câu 1: x = 2; y = -1. Câu 2: 45 phút. Câu 3: diện tích 24 cm2.\n[22:12] Cô Vân: nhận ạ')
add('cs', 'block', ['classified-marking'], 'a Czech e-mail sending a plan said to be non-public, for the crisis staff only.',
    'Dobrý den,\nv příloze zasílám aktualizovaný povodňový plán obce, který je neveřejný – pouze pro potřeby krizového štábu, '
    'dál ho prosím nepřeposílejte.\nS pozdravem\nPetr Hájek, starosta')
add('en', 'block', ['classified-marking'], 'an embassy cable copy with "CONFIDENTIAL – CONSULAR CHANNEL" on its own line.',
    'CONFIDENTIAL – CONSULAR CHANNEL\n\nFROM: CONSULAR SECTION HANOI\nTO: MFA CRISIS CENTRE\n\n'
    'Two nationals injured in the Ha Giang bus accident are in Viet Duc hospital; one requires evacuation. '
    'Insurance company contacted; family not yet informed.\n')

# ---- official-document
vi('warn', ['official-document'], 'a school board submission OCR\'d without diacritics, number and recipients.',
   'UBND HUYEN THANH OAI\nPHONG GIAO DUC VA DAO TAO\nSo: 45/TTr-PGDDT\n\nTO TRINH\nVe viec de nghi bo sung bien che giao vien '
   'tieu hoc nam hoc 2027-2028\n\nKinh gui: UBND huyen Thanh Oai\n... de nghi bo sung 12 bien che ...\n'
   'Noi nhan:\n- Nhu tren;\n- Luu: VT.\nTRUONG PHONG')
add('en', 'warn', ['official-document'], 'an English translation of a Czech council resolution with its number and file reference.',
    'Translation (for the Vietnamese partner town)\n\nMUNICIPALITY OF DOLNÍ ROŽÍNKA\nRef. No.: OU-DR/0433/2026\n\n'
    'EXTRACT FROM RESOLUTIONS of the 14th meeting of the Municipal Council\nResolution No. 14/9/2026: the Council approves '
    'the partnership agreement with Chieng Mai commune and the visit of its delegation in May 2027.\n')

# ---- national-id
c4 = cccd('034', 'f', 1990, R.randrange(10**6))
add('vi', 'block', ['national-id'], 'a hospital HIS API payload (XML) with a patient\'s CCCD pasted to debug a rejection.',
    'Cổng BHYT trả lỗi 400 với bản tin này, sai ở đâu?\n\n<HOSO>\n  <MA_BN>26.118802</MA_BN>\n  <HO_TEN>ĐỖ THỊ NGỌC ÁNH</HO_TEN>\n'
    f'  <SO_CCCD>{c4}</SO_CCCD>\n  <NGAY_SINH>19900312</NGAY_SINH>\n  <MA_THE_BHYT></MA_THE_BHYT>\n</HOSO>')
r4 = rc(92, 11, 25, 630, female=True)
add('cs', 'block', ['national-id'], 'a Czech registry API answer (JSON) with a resident\'s birth number under "rc".',
    'Proč nám ISEO vrací tohle bez adresy?\n\n{\n  "jmeno": "Lucie",\n  "prijmeni": "Benešová",\n'
    f'  "rc": "{r4}",\n  "adresa": null,\n  "stav": "nalezen"\n}}')

# ---- sensitive-personal
vi('warn', ['sensitive-personal'], 'a school board e-mail: a named pupil\'s father is serving a prison sentence.',
   'Chào cô Huyền,\nem Trần Gia Huy lớp 8B thời gian này học sa sút vì bố em là ông Trần Văn Lực đang chấp hành án phạt tù '
   '5 năm tại trại giam Thanh Xuân; cô quan tâm, động viên em giúp nhé.\nCô Hạnh (Tổng phụ trách)')
add('cs', 'warn', ['sensitive-personal'], 'a Czech NGO e-mail: a named client is being treated for depression and is on sick leave.',
    'Ahoj Kláro,\npaní Hana Šimková z programu podporovaného bydlení se léčí s depresí a je od listopadu v pracovní '
    'neschopnosti, proto nemohla přijít na schůzku. Navrhuji ji navštívit doma.\nMartin')

# ---- financial
acc5 = '0' + rnd(12, DG)
vi('block', ['financial'], 'a cooperative chat pasting a member\'s VietQR transfer details.',
   f'[18:30] Cầm Thị Ơn: Ngân hàng: MB\nSố TK: {acc5}\nChủ TK: CAM THI ON\nNội dung: tien xoai dot 3\n[18:31] Kế toán HTX: ok chị')

# ---- credential
add('en', 'block', ['credential'], 'a hospital HIS gateway .env pasted to ask about a timeout.',
    'The gateway keeps timing out on BHYT submissions, here is the env:\n\nHIS_DB_HOST=his-db\nHIS_DB_USER=his_gateway\n'
    f'HIS_DB_PASS={pw(15)}\nBHYT_ENDPOINT=https://gdbhyt.example.vn/api/v2\nBHYT_TIMEOUT=30\n')
add('cs', 'block', ['credential'], 'a Czech municipality\'s MikroTik export with a user\'s password.',
    'Po aktualizaci nejde VPN, export konfigurace:\n\n/ip address add address=192.0.2.10/24 interface=ether1\n'
    f'/user add name=spravce group=full password="{pw(12)}"\n/interface l2tp-server server set enabled=yes\n')

# ---- contact
ph4 = vnmobile()
add('en', 'warn', ['contact'], 'a consular note with a detained national\'s wife\'s private number in Vietnam.',
    f'Emergency contact for Mr Nguyen Duc Manh: his wife, Mrs Pham Thi Hoa, mobile +84 {ph4[1:3]} {ph4[3:6]} {ph4[6:]} (private). '
    'She speaks only Vietnamese.')
add('cs', 'warn', ['contact'], 'Czech council minutes with a councillor\'s private e-mail.',
    'Zastupitel Jan Doležal požádal, aby mu byly podklady zasílány na soukromý e-mail jan.dolezal.' + rnd(2, DG) + '@seznam.cz.')

# ---- infrastructure
vi('warn', ['infrastructure'], 'a hospital nginx snippet with the internal HIS backends, pasted for a question.',
   'Cấu hình này sao truy cập lúc được lúc không?\n\nupstream his_backend {\n    server 10.20.6.21:8080;\n    server 10.20.6.22:8080;\n}\n'
   'server {\n    listen 80;\n    server_name his.bvdk.local;\n    location / { proxy_pass http://his_backend; }\n}')

# ---- hard negatives (batch 3)
vineg('a customs goods table with a "MẶT HÀNG" header.',
      'BẢNG KÊ HÀNG HÓA TẠM GIỮ\nMẶT HÀNG | SỐ LƯỢNG | TRỊ GIÁ (đ)\nPháo hoa nổ | 240 kg | 96.000.000\nThuốc lá điếu | 1.200 bao | 30.000.000')
neg('cs', 'a Czech notice of a public council meeting.',
    'INFORMACE o konání zasedání Zastupitelstva obce Dolní Rožínka\nMísto: zasedací místnost OÚ\nDoba: 14. 12. 2026 od 18:00\n'
    'Program: 1. Rozpočet na rok 2027 2. Různé\nZasedání je veřejné.')
vineg('a hospital chat reminding of the password policy, no value.',
      '[08:00] Phòng CNTT: Nhắc các khoa: mật khẩu HIS phải đổi 90 ngày một lần, không dùng chung tài khoản, không dán mật khẩu lên màn hình.')
neg('en', 'embassy news mentioning a note verbale it handed over.',
    'On 3 December the Embassy handed a note verbale to the Ministry of Foreign Affairs asking for consular access to the '
    'detained national; the Ministry has acknowledged receipt.')
neg('cs', 'a Czech school newsletter with a crossword solution ("tajenka").',
    'Školní časopis Lipka, prosinec: Tajenka z minulého čísla zněla VÁNOČNÍ PRÁZDNINY. Vylosovaní výherci si mohou '
    'vyzvednout ceny v kabinetu.')
vineg('a school board report on population density and class sizes.',
      'Mật độ dân số của huyện tăng nhanh, sĩ số bình quân lên 42 học sinh/lớp; đề nghị xây thêm 24 phòng học tại các xã Cự Khê, Bích Hòa.')
neg('vi', 'a bank SMS with a one-time code.',
    'Ma OTP cua ban la 482913, hieu luc trong 3 phut. Tuyet doi khong chia se ma nay cho bat ky ai.')
neg('en', 'an NGO job advert asking for confidential references.',
    'Project Officer (Son La). Send your CV and two references to the project office; references are treated in confidence. '
    'Deadline 20 December.')
neg('en', 'a developer note with loopback addresses only.',
    'Local test: run the HIS gateway on 127.0.0.1:8080 and the mock BHYT API on localhost:9000; nothing here touches production.')
neg('cs', 'Czech municipal statistics.',
    'K 1. 1. 2026 měla obec 1 245 obyvatel, z toho 612 mužů a 633 žen; průměrný věk 43,1 roku.')
vineg('a cooperative\'s sales contract with the company\'s tax code and account.',
      f'Bên mua: Công ty CP Nông sản Sơn La, MST {drawn(mst, "55", rnd)}, tài khoản công ty số {"1" + rnd(12, DG)} tại BIDV Sơn La.\n'
      'Bên bán: HTX Nông nghiệp Chiềng Mai. Hàng hóa: xoài tròn, 40 tấn.')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)

# ---- a long paste: a handover report with one credential in a table row
sys_rows = [('1', 'Phần mềm HIS', 'Máy chủ ứng dụng HIS-APP01', 'Hoạt động ổn định, sao lưu hằng đêm lúc 1h00'),
            ('2', 'Phần mềm LIS', 'Máy chủ xét nghiệm LIS01', 'Cần nâng cấp phiên bản trước quý II/2027'),
            ('3', 'Hệ thống PACS', 'Máy chủ lưu trữ ảnh PACS01', 'Dung lượng còn 18%, đề xuất mua thêm ổ cứng'),
            ('4', 'Cơ sở dữ liệu HIS', 'SQL Server 2019, tài khoản sa / mật khẩu DBPW', 'Chỉ phòng CNTT được truy cập'),
            ('5', 'Cổng BHYT', 'Dịch vụ đẩy hồ sơ giám định', 'Kết nối qua chứng thư số của bệnh viện'),
            ('6', 'Hệ thống camera', 'Đầu ghi 32 kênh tầng 1', 'Hỏng 03 camera khu khám bệnh'),
            ('7', 'Mạng Wi-Fi khách', 'Bộ phát tầng 1, 2, 3', 'Tách riêng khỏi mạng nội bộ')]
dbpw = pw(13)
table = '\n'.join(' | '.join(r).replace('DBPW', dbpw) for r in sys_rows)
vi('block', ['credential'], 'a long IT handover report (~2 KB) whose systems table gives the database admin password in one row.',
   'BỆNH VIỆN ĐA KHOA TỈNH\nPHÒNG CÔNG NGHỆ THÔNG TIN\n\nBIÊN BẢN BÀN GIAO HỆ THỐNG CÔNG NGHỆ THÔNG TIN\n\n'
   'Hôm nay, ngày 04/12/2026, tại Phòng CNTT, chúng tôi gồm:\nBên giao: ông Nguyễn Văn Hùng – Trưởng phòng CNTT (nghỉ hưu từ 01/01/2027)\n'
   'Bên nhận: ông Lê Quang – Phó Trưởng phòng phụ trách\n\nI. HIỆN TRẠNG HỆ THỐNG\n'
   'Bệnh viện hiện vận hành 07 hệ thống chính, máy chủ đặt tại phòng máy tầng 4 nhà B, có điều hòa và UPS dự phòng 30 phút.\n\n'
   'TT | Hệ thống | Thành phần | Ghi chú\n' + table + '\n\n'
   'II. HỒ SƠ BÀN GIAO\n- 01 bộ hồ sơ hợp đồng bảo trì phần mềm HIS, LIS, PACS;\n- 01 sổ nhật ký sự cố năm 2026;\n'
   '- 02 khóa USB ký số của bệnh viện.\n\nIII. KIẾN NGHỊ\nĐề nghị Ban Giám đốc bố trí kinh phí nâng cấp LIS và mua thêm ổ cứng PACS.\n\n'
   'Biên bản lập thành 02 bản, mỗi bên giữ 01 bản.\nBÊN GIAO                BÊN NHẬN')

# ---- classified-marking
add('en', 'block', ['classified-marking'], 'an e-mail whose subject carries "RESTRICTED:" before a welfare visit report.',
    'From: Consular Section\nTo: Crisis Centre\nSubject: RESTRICTED: welfare visit – Mr Petr Liška, Hoa Lo\n\n'
    'Visit took place on 4 Dec. Detainee in good health, complained about food. Lawyer meeting scheduled for 8 Dec.\n')
add('cs', 'block', ['classified-marking'], 'a Czech plan header with "Klasifikace: Vyhrazené".',
    'Krizový štáb ORP Žďár nad Sázavou\nKlasifikace: Vyhrazené\nPočet listů: 6\n\nPlán nouzového zásobování pitnou vodou\n'
    '1. Cisterny: 4 ks, stanoviště u hasičské zbrojnice.\n2. Balená voda: sklad TS Žďár, 12 000 l.')
add('vi', 'block', ['classified-marking'], 'a customs chat without diacritics: a title abbreviation before the sender and a level opening the message.',
    '[06:40] DT Hung: TOI MAT - Ke hoach phoi hop bat giu o to cho hang lau tai km 12, 5h sang mai trien khai\n'
    '[06:42] To 2 Khanh: ro')
add('en', 'block', ['classified-marking'], 'an NGO Word file\'s header line "INTERNAL – NOT FOR DISTRIBUTION" above a security note.',
    'INTERNAL – NOT FOR DISTRIBUTION\n\nSecurity note for field staff, Ha Giang\nAvoid the Meo Vac – Dong Van road after dark; '
    'two staff vehicles were stopped at an unofficial checkpoint in November.\n')
vi('block', ['classified-marking'], 'an exam paper header with the page note and the level on one line.',
   'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nKỲ THI CHỌN HỌC SINH GIỎI LỚP 12 CẤP TỈNH\nĐỀ THI CHÍNH THỨC\n(Đề thi gồm 02 trang) – MẬT\n'
   'Môn: HÓA HỌC\nCâu 1 (4,0 điểm): Cho 5,6 gam Fe tác dụng với dung dịch HCl dư ...')

# ---- official-document
add('cs', 'warn', ['official-document'], 'a Czech municipal notice opening proceedings, with "Spis. zn." and "Vyřizuje".',
    'MĚSTSKÝ ÚŘAD ŽĎÁR NAD SÁZAVOU\nodbor životního prostředí\nSpis. zn.: OŽP/2281/2026\nVyřizuje: Mgr. Kadlecová\n\n'
    'OZNÁMENÍ O ZAHÁJENÍ ŘÍZENÍ\nMěstský úřad oznamuje zahájení řízení o povolení kácení 3 ks lip na pozemku p. č. 88/1.\n')
vi('warn', ['official-document'], 'a hospital decision setting up a working group, with its number.',
   'SỞ Y TẾ TỈNH LẠNG SƠN\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 512/QĐ-BVĐK\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ chuyển đổi số bệnh viện\n\n'
   'Điều 1. Thành lập Tổ chuyển đổi số gồm 09 thành viên.\nĐiều 2. Tổ có nhiệm vụ triển khai bệnh án điện tử trước 30/6/2027.\n'
   'Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, TCCB.\nGIÁM ĐỐC')
add('cs', 'warn', ['official-document'], 'a Czech note verbale from the ministry to an embassy.',
    'Č. 118/2026-KO\n\nMinisterstvo zahraničních věcí České republiky projevuje úctu Velvyslanectví Vietnamské socialistické '
    'republiky a dovoluje si sdělit, že konzulární návštěva se uskuteční dne 9. 12. 2026.\n\n'
    'Ministerstvo zahraničních věcí využívá této příležitosti, aby Velvyslanectví znovu ujistilo o své hluboké úctě.\n')

# ---- national-id
pp3 = 'C' + rnd(7, DG)
add('en', 'block', ['national-id'], 'a spreadsheet row pasted without its header: a name, a birth date and a passport number.',
    'can you check this row, the visa system rejects it:\nNGUYEN VAN TIEN\t12/03/1985\t' + pp3 + '\tPraha 4\tpending\n')
c5 = cccd('019', 'm', 1987, R.randrange(10**6))
vi('block', ['national-id'], 'an OCR of the front of a CCCD card with the bilingual number label.',
   'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSOCIALIST REPUBLIC OF VIET NAM\nCĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\n'
   f'Số / No.: {c5}\nHọ và tên / Full name:\nNÔNG VĂN THẮNG\nNgày sinh / Date of birth: 07/05/1987')
r5 = rc(78, 4, 9, 341, female=True).replace('/', '')
add('cs', 'block', ['national-id'], 'a Czech chat giving a wife\'s birth number without the slash.',
    f'[19:02] Ondra: na tu pojistku potřebuju rodné číslo manželky, bez lomítka: {r5}\n[19:05] Ivana: díky, vyplním')

# ---- sensitive-personal
add('vi', 'warn', ['sensitive-personal'], 'a hospital chat without diacritics: a named patient is HIV-positive.',
    '[13:05] DD Thu (Noi 1): luu y BN Hoang Van Nam phong 302 duong tinh HIV, cac ban lam thu thuat deo gang 2 lop\n[13:06] DD Lan: ro chi')
add('en', 'warn', ['sensitive-personal'], 'an NGO e-mail: a named field officer was arrested for drunk driving.',
    'Dear Country Director,\nfield officer Tran Quoc Bao was arrested for drunk driving on Saturday and released on bail; '
    'he will not drive project vehicles until the case is closed.\nHR')

# ---- financial
rows = '\n'.join(f'{n};{a};{cza(h)}/{b}' for n, a, h, b in [('Doležal Jan', '3 120', '21', '0800'), ('Pospíšilová Marie', '3 120', '24', '0100'), ('Kubát Aleš', '2 400', '26', '0300')])
add('cs', 'block', ['financial'], 'a Czech CSV of councillors\' monthly pay with their personal accounts.', 'jmeno;odmena;ucet\n' + rows + '\n', 'csv')
card3 = luhn('4' + rnd(14, DG), 16)
add('en', 'block', ['financial'], 'an NGO e-mail asking a hotel to charge the director\'s own card.',
    'Dear Reservations,\nplease charge the two rooms for 10-11 December to my personal card: ' + grp(card3) + ', exp 08/28, '
    'cardholder Anna Berg.\nKind regards, Anna Berg')

# ---- credential
add('vi', 'block', ['credential'], 'a customs broker\'s Python script with the web service key written in.',
    'Đoạn này gọi API bị 401, sai chỗ nào?\n\nimport requests\n'
    f'API_KEY = "{rnd(32, LO + DG)}"\n'
    'r = requests.post("https://api.ecus.example.vn/v1/tokhai", headers={"X-Api-Key": API_KEY}, json=payload)\n')

# ---- contact
ph5 = vnmobile()
vi('warn', ['contact'], 'a hospital message giving a doctor\'s own phone to a patient\'s family.',
   f'Gia đình bệnh nhân có gì bất thường thì gọi số riêng của bác sĩ Lương: {ph5}, ngoài giờ hành chính vẫn nghe máy.')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'an embassy IT note mapping the internal consular share by host and address.',
    'To map the consular share: net use K: \\\\FS-EMB01\\consular /persistent:yes — if the name does not resolve, use '
    '\\\\172.16.4.20\\consular instead.')

# ---- hard negatives (batch 4)
neg('en', 'a blank cable template with the classification to be selected.',
    'CABLE TEMPLATE\nFROM: [post]\nTO: [directorate]\nCLASSIFICATION: [select]\nSUBJECT:\nTEXT:\n')
vineg('a hospital chat with title abbreviations and an evening plan.',
      '[06:40] ĐT Hùng: Tối mai liên hoan khoa nhé, 18h nhà hàng Hương Sen\n[06:45] BS Hà: Mật ong rừng em mua rồi, mai mang lên')
neg('cs', 'a Czech leaflet header with the public level.',
    'Klasifikace: Veřejné\nLetáček pro občany: Jak se připravit na povodeň\n1. Připravte evakuační zavazadlo.')
vineg('a published exam paper shared for practice.',
      'Đề thi tuyển sinh lớp 10 môn Toán năm 2026 (đã công bố) – các em tải về làm thử, đáp án có ở trang 3.')
neg('en', 'an NGO annual report paragraph with its office contacts.',
    'In 2026 our programme in Son La reached 4,100 households. Contact our Hanoi office: info@example.org, +84 24 3943 0000.')
neg('cs', 'a Czech library list with "Tajemná zahrada".',
    'Novinky v obecní knihovně: Tajemná zahrada (F. H. Burnettová), Tajný deník Adriana Molea, Malý princ.')
vineg('a World AIDS Day notice with free HIV tests.',
      'Hưởng ứng Ngày Thế giới phòng chống AIDS 1/12, khoa Truyền nhiễm xét nghiệm HIV miễn phí, kết quả được giữ bí mật.')
neg('en', 'passport photo requirements.',
    'Passport photos: 35 x 45 mm, taken within the last 6 months, plain light background, no glasses.')
neg('vi', 'a cooperative notice without diacritics with the cooperative\'s own account.',
    f'Thong bao: xa vien nop tien phan bon vao tai khoan HTX Nong nghiep Chieng Mai so {"5" + rnd(12, DG)} tai Agribank, ghi ro ho ten.')
neg('cs', 'a Czech IT supplier\'s invoice with the company\'s IDs and account.',
    f'FAKTURA 2026/0412\nDodavatel: IT Servis Žďár s.r.o., IČO 27715221, DIČ CZ27715221\nÚčet: {cza("23")}/0300\nČástka: 18 150 Kč')
neg('en', 'a script reading the API key from the environment.',
    'import os, requests\nAPI_KEY = os.environ["VNACCS_API_KEY"]\nr = requests.get(URL, headers={"X-Api-Key": API_KEY})\n')
vineg('a chat with the hospital switchboard and extensions.',
      '[08:10] Hành chính: tổng đài bệnh viện 0205 3870 123, máy lẻ 215 phòng Kế hoạch, 218 phòng CNTT')
neg('en', 'a newsletter with a "Classified" ads section.',
    'Staff newsletter – December\nClassified: bicycle for sale, 26", good condition, ask Pavel in room 112.\nClassified: lost umbrella found at reception.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)

c6 = cccd('020', 'm', 1983, R.randrange(10**6))
ph6 = vnmobile()
vi('block', ['national-id'], 'an OCR of a customs violation record with the violator\'s CCCD.',
   'BIÊN BẢN VI PHẠM HÀNH CHÍNH\nVề hải quan\n\nHôm nay, hồi 09 giờ 15 phút ngày 03/12/2026, tại Cửa khẩu Tân Thanh,\n'
   'Chúng tôi gồm: ông Hoàng Minh Tuấn – Đội phó Đội Kiểm soát;\nTiến hành lập biên bản vi phạm hành chính đối với:\n'
   f'Ông: Lý Văn Sầm   Sinh ngày: 12/07/1983\nSố CCCD: {c6}   Nơi cấp: Cục CS QLHC về TTXH\nĐiện thoại: {ph6}\n'
   'Đã có hành vi vi phạm: vận chuyển 120 kg pháo nổ qua lối mở không khai báo.')
add('en', 'block', ['credential'], 'a backup job\'s YAML with an object-storage secret key, pasted to ask about an error.',
    'Backups to the hospital\'s MinIO fail with SignatureDoesNotMatch, config:\n\nbackup:\n  schedule: "0 1 * * *"\n  target:\n'
    '    endpoint: https://minio.example.vn\n    bucket: his-backup\n    access_key_id: HISBACKUP01\n'
    f'    secret_access_key: {rnd(40, UP + LO + DG)}\n')
vi('block', ['classified-marking'], 'an e-mail without diacritics sending a health-protection plan with "(Mat)" after its title.',
   'Gui anh Tuan,\nPhong gui anh Ke hoach bao ve, cham soc suc khoe doan dai bieu du Dai hoi (Mat) de gop y truoc thu Sau.\nPhong KHTH')
add('cs', 'block', ['classified-marking'], 'a Czech report closing with "určeno pouze pro služební potřebu".',
    'Zpráva o stavu připravenosti JSDH obce na zimní období\n1. Technika: CAS 20 v provozu, DA-L1R v opravě.\n'
    '2. Členové: 14, z toho 9 s platným zdravotním osvědčením.\n\nTento materiál je určen pouze pro služební potřebu.')
add('en', 'block', ['classified-marking'], 'a consular cable header with "SENSITIVE BUT UNCLASSIFIED".',
    'SENSITIVE BUT UNCLASSIFIED\n\nSUBJECT: Welfare of nationals after the Quang Ngai floods\n1. Post has located 11 of 13 '
    'registered nationals in the affected districts; two remain unaccounted for.\n')
add('en', 'block', ['classified-marking'], 'a markdown metadata table with a "Classification | RESTRICTED" row.',
    '| Field | Value |\n|---|---|\n| Title | Evacuation routes for project staff |\n| Classification | RESTRICTED |\n| Owner | Security focal point |\n\n'
    '1. Primary route: QL4C to Ha Giang city.\n2. Alternative: via Yen Minh, 40 minutes longer.\n')
r6 = str(R.randrange(40000000, 49999999))
add('cs', 'block', ['national-id'], 'a Czech travel order with the traveller\'s passport number.',
    f'CESTOVNÍ PŘÍKAZ\nJméno: Ing. Tomáš Vaněk\nCíl cesty: Hanoj, Vietnam (partnerská obec)\nČ. pasu: {r6}\nTermín: 10.–16. 5. 2027')
c7 = cccd('001', 'f', 1995, R.randrange(10**6))
add('en', 'block', ['national-id'], 'an English e-mail giving a Vietnamese colleague\'s ID card number for a building pass.',
    f'Hi Reception,\nplease issue a visitor pass for Ms Bui Thu Trang (ID card no. {c7}) for 8–12 December.\nThanks, Petra')
vi('warn', ['sensitive-personal'], 'a leave request: a named employee asks for leave to treat depression.',
   'ĐƠN XIN NGHỈ PHÉP\nTôi là Phạm Thị Yến, điều dưỡng khoa Nội 2, xin nghỉ phép 15 ngày từ 07/12/2026 để điều trị trầm cảm theo chỉ định '
   'của bác sĩ Bệnh viện Tâm thần tỉnh.\nKính mong Ban Giám đốc xem xét.')
add('cs', 'warn', ['sensitive-personal'], 'a Czech municipal e-mail saying a named tenant is an alcoholic.',
    'Dobrý den, pan Miroslav Kučera z obecního bytu v č. p. 22 je alkoholik, sousedé si opakovaně stěžují na hluk. '
    'Navrhuji pozvat ho na radu.\nBenešová')
acc6 = '1903' + rnd(10, DG)
vi('block', ['financial'], 'a payment request to an individual contractor with his personal account.',
   'GIẤY ĐỀ NGHỊ THANH TOÁN\nNội dung: thanh toán công sửa chữa mái tôn nhà xe\nSố tiền: 8.500.000 đồng\n'
   f'Người nhận: ông Nguyễn Văn Bình (thợ tự do), STK {acc6} Techcombank')
add('vi', 'block', ['credential'], 'a chat without diacritics sharing the official mailbox login.',
   f'[16:40] Hanh PT: anh Tuan oi dang nhap email cong vu giup em, tk hanhpt@pgd-thanhoai.edu.vn, mk {pw(10)}\n[16:45] Tuan IT: ok em')
wa = ['+84 9' + rnd(1, DG) + ' ' + rnd(3, DG) + ' ' + rnd(4, DG) for _ in range(2)]
add('en', 'warn', ['contact'], 'an NGO volunteer roster with personal WhatsApp numbers.',
    f'Flood response volunteers – Quang Ngai\n1. Dinh Van Loc – WhatsApp {wa[0]}\n2. Ha Thi Mai – WhatsApp {wa[1]}\n')
add('cs', 'warn', ['infrastructure'], 'a Czech e-mail giving the intranet\'s internal DNS record.',
    'Dobrý den, po výměně serveru prosím upravte DNS: intranet.obec.local → 10.1.1.5, stará adresa 10.1.1.4 se ruší.')
vi('warn', ['official-document'], 'a school board invitation with its number.',
   'UBND HUYỆN THANH OAI\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/GM-PGDĐT\n\nGIẤY MỜI\nPhòng GD&ĐT trân trọng kính mời Hiệu trưởng '
   'các trường THCS dự họp triển khai kỳ thi học sinh giỏi cấp huyện.\nThời gian: 8h00 ngày 10/12/2026.')

# ---- hard negatives (batch 5)
neg('cs', 'a Czech e-mail confidentiality disclaimer.',
    'S pozdravem\nIng. Petr Hájek, starosta\n\nTento e-mail je důvěrný a je určen pouze adresátovi. Pokud jste jej obdrželi '
    'omylem, informujte odesílatele a zprávu smažte.')
vineg('a school board\'s exam rules saying exam papers are secret until the exam ends (a rule, no paper).',
      'QUY CHẾ COI THI (trích)\nĐiều 12. Đề thi chưa sử dụng được xác định là tài liệu Tối mật cho đến khi kết thúc môn thi; '
      'việc in sao, vận chuyển, bảo quản đề thi phải có công an giám sát.\nĐiều 13. Thí sinh mang vào phòng thi bút, thước, máy tính cầm tay.')
neg('en', 'an English e-mail confidentiality disclaimer.',
    'Kind regards,\nMichael\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. '
    'If you received it in error, please notify the sender.')
neg('en', 'a backup config reading its secret from the environment.',
    'target:\n  endpoint: https://minio.example.vn\n  access_key_id: ${MINIO_ACCESS_KEY}\n  secret_access_key: ${MINIO_SECRET_KEY}\n')
neg('vi', 'a recipe with "MẬT MÍA" as a heading.',
    'CÁCH LÀM BÁNH GỪNG\nMẬT MÍA\n200 ml mật mía, 50 g gừng tươi băm nhỏ\nBỘT\n300 g bột mì, 1 thìa cà phê bột nở')
neg('cs', 'a Czech training question about confidential information.',
    'Test BOZP a GDPR, otázka 4: Jak poznáte důvěrné informace a komu je smíte předat?')
neg('en', 'public resolvers in a how-to.',
    'If pages do not load, set DNS to 8.8.8.8 or 1.1.1.1 in the network settings and restart the browser.')
neg('cs', 'a Czech note that the guest Wi-Fi password is at reception.',
    'Heslo k Wi-Fi pro hosty najdete na recepci, platí vždy jeden den.')
vineg('the hospital\'s own account for fees.',
      f'Người bệnh nộp viện phí bằng chuyển khoản vào tài khoản của Bệnh viện Đa khoa tỉnh, số {"1" + rnd(12, DG)} tại Vietinbank, ghi mã bệnh nhân.')

write_round(S, 'round46', 'p46')
