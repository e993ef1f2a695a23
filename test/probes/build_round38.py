#!/usr/bin/env python3
"""Builds test/probes/round38.jsonl: round 38 of the held-out-style probes, a blind batch of every category shaped like
what staff really paste (issue #17), written after rounds 33-36 landed and avoiding their kinds: letter-spaced OCR
stamps ("C O N F I D E N T I A L", "V Y H R A Z E N É"), a marking in a quoted e-mail signature two levels down,
a Vietnamese stamped report forwarded inside an English or Czech e-mail, vCards (a person's mobile vs an office's
switchboard), shell history with a password on the command line, a systemd unit with a password in Environment=,
ssh_config and traceroute pastes, a travel booking forwarded with the full card, a reimbursement request with the
writer's own IBAN, a Czech visa list with Vietnamese passports, hospitalisation and chemotherapy told in a chat — and
hard negatives of the same shapes: letter-spaced headings that are not markings, "keep this confidential" in prose,
an office's vCard, a prompted mysql login, *_FILE secrets, public traceroutes, masked cards, companies' accounts,
delegation lists without numbers, a news piece on the state-secret law, anonymised hospital statistics.

Batch 1 was scored blind on main 78e8414 before any rule changed for it. Labels follow the contract and the
decisions already written (an organisation's account passes, an office's contact passes, a law cited in a sentence
passes, a one-time code passes). Values come from seeded or checked makers (probe_ids.py), so the file rebuilds byte
for byte. Stdlib only."""
from probe_ids import DG, LO, UP, cccd, collector, czacct, drawn, iban, luhn, rc, seeded, write_round

R, rnd = seeded(38038)
S, add, neg = collector()


def pw(n=12):
    return rnd(1, UP) + rnd(n - 5, LO) + R.choice('@#!$*') + rnd(3, DG)


def cza(head):
    return drawn(czacct, head, rnd)


def grp4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def spaced(word):
    return ' '.join(word)


# ================================================================ batch 1 (scored blind on main 78e8414)

# ---- classified-marking
add('en', 'block', ['classified-marking'], 'an OCR page whose stamp came out letter-spaced, top and bottom.',
    f'{spaced("CONFIDENTIAL")}\n\nMINISTRY OF INDUSTRY AND TRADE\nDepartment of Trade Remedies\n\n'
    'Subject: preliminary findings on the anti-dumping review of steel coil imports\n\n'
    '1. The investigating team verified the cost data of the three sampled exporters during 4-8 November.\n'
    '2. The dumping margin of one exporter is above the de minimis level; the other two are below it.\n'
    '3. The team recommends provisional duties for the first exporter only.\n\nPage 1 of 4\n'
    f'{spaced("CONFIDENTIAL")}')
add('cs', 'block', ['classified-marking'], 'a Czech OCR page whose level came out letter-spaced in the header.',
    f'{spaced("VYHRAZENÉ")}\n\nKRAJSKÉ ŘEDITELSTVÍ POLICIE\nOdbor analytiky\n\n'
    'Vyhodnocení bezpečnostní situace v okrese za 3. čtvrtletí\n\n'
    'V hodnoceném období bylo zaznamenáno zvýšení počtu majetkových trestných činů o 12 % oproti '
    'předchozímu čtvrtletí. Nejvíce případů připadá na vloupání do chat a garáží v obcích při hranici.\n'
    'Doporučuje se posílit hlídkovou službu v pátek a v sobotu.\n\nStrana 1 z 3')
add('en', 'block', ['classified-marking'], 'an e-mail thread; the marking sits in the sender\'s signature two quoted levels down.',
    'Thanks Anna, I will bring the numbers to Thursday\'s meeting.\n\nOn Mon, 30 Nov 2026 at 16:02, Anna Berg wrote:\n'
    '> Mark, see the revised figures below. Please do not forward outside the working group.\n>\n'
    '> On Mon, 30 Nov 2026 at 11:40, Mark Hale wrote:\n> > Draft allocation for Q1:\n> > - border crossings: 42 staff\n'
    '> > - airport: 18 staff\n> > - mobile units: 11 staff\n> >\n> > Mark Hale | Operations Planning\n'
    '> > SECRET - Releasable to working group members only\n')
add('mixed', 'block', ['classified-marking', 'official-document'], 'an English e-mail forwarding a stamped Vietnamese report pasted below it.',
    'Hi Tom,\nBelow is the text of the report from our Vietnamese partners, could you translate it into English by '
    'Friday? Thanks, Jana\n\n---\nBỘ CÔNG AN\nCÔNG AN TỈNH QUẢNG NINH\n\nMẬT\n\nSố: 214/BC-CAT-PV01\n'
    'Quảng Ninh, ngày 20 tháng 11 năm 2026\n\nBÁO CÁO\nTình hình xuất nhập cảnh trái phép qua biên giới tháng 11\n\n'
    'Trong tháng, lực lượng chức năng phát hiện 37 vụ, 112 người xuất nhập cảnh trái phép qua đường mòn, lối mở.')
add('cs', 'block', ['classified-marking'], 'a Czech Teams chat forward whose quoted message begins with the level in brackets.',
    '[9:12] Kovář Tomáš\nPřeposílám od Jirky, ať to máte všichni:\n\n'
    '  Jiří Malý, 8:47\n  [DŮVĚRNÉ] Plán přesunu techniky na cvičení: kolona vyjíždí v úterý ve 4:30 z kasáren '
    'v Táboře, trasa přes Písek, příjezd do VVP Boletice do 9:00.\n\n[9:15] Horáková Lenka\nDíky, beru na vědomí.')
add('en', 'block', ['classified-marking'], 'a forwarded WhatsApp export where the level is typed at the start of a long message.',
    '[03/12/2026, 18:20:11] Col. Peters: Restricted. Patrol schedule for next week below, keep to this group.\n'
    '[03/12/2026, 18:20:40] Col. Peters: Mon-Wed night patrols sector B, Thu-Fri sector D, weekend reserve only.\n'
    '[03/12/2026, 18:24:02] Sgt. Olsen: Received.\n[03/12/2026, 18:30:55] Lt. Hay: Received, thanks.')

# ---- official-document
add('mixed', 'warn', ['official-document'], 'a Czech e-mail asking to summarise an internal Vietnamese official letter (header, number, recipients).',
    'Dobrý den, potřebuji shrnutí tohoto dopisu od vietnamských partnerů, stačí pět vět.\n\n'
    'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSỞ NỘI VỤ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n'
    'Số: 1587/SNV-TCBC\nV/v rà soát biên chế công chức năm 2027\n\nKính gửi: Các sở, ban, ngành thành phố\n\n'
    'Thực hiện chỉ đạo của UBND thành phố, Sở Nội vụ đề nghị các cơ quan rà soát số lượng biên chế được giao, '
    'báo cáo về Sở trước ngày 15/12/2026.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TCBC.\n\nGIÁM ĐỐC')
add('en', 'warn', ['official-document'], 'an internal memo in English with reference number, from/to block and distribution.',
    'MEMORANDUM\n\nRef: MFA/CONS/2026/0417\nDate: 2 December 2026\nFrom: Director, Consular Department\n'
    'To: Heads of Missions in ASEAN countries\nCc: Deputy Minister Tran; Legal Department\n\n'
    'Subject: Handling of emergency travel documents during the holiday period\n\n'
    '1. Missions shall keep at least two consular officers on call between 24 December and 2 January.\n'
    '2. Emergency travel documents may be issued only after identity has been confirmed with the Department.\n\n'
    'Distribution: Missions (12); Consular Department file')

# ---- national-id
p1, p2, p3 = ('C' + rnd(7, DG)), ('C' + rnd(7, DG)), ('E' + rnd(7, DG))
add('mixed', 'block', ['national-id'], 'a Czech visa-support list for a Vietnamese delegation with passport numbers in a column.',
    'Seznam členů delegace pro vízovou žádost (zastupitelský úřad Hanoj)\n\n'
    'Jméno | Funkce | Datum nar. | Číslo pasu\n---|---|---|---\n'
    f'Nguyễn Văn Hùng | vedoucí delegace | 12. 4. 1971 | {p1}\n'
    f'Trần Thị Lan | tlumočnice | 3. 9. 1988 | {p2}\n'
    f'Phạm Quốc Bảo | expert | 27. 1. 1979 | {p3}\n')
r1, r2 = rc(86, 3, 14, 211), rc(91, 11, 2, 458, female=True)
add('cs', 'block', ['national-id'], 'a semicolon CSV export of a training sign-up with birth numbers under "r.č.".',
    'prijmeni;jmeno;r.č.;utvar;termin\n'
    f'Svoboda;Martin;{r1};OSS;14.1.2027\n'
    f'Veselá;Klára;{r2};OKŘ;14.1.2027\n')
c1 = cccd('001', 'f', 1990, R.randrange(10**6))
add('mixed', 'block', ['national-id'], 'an English hotel booking e-mail for a Vietnamese guest quoting her citizen ID in groups.',
    'Dear Ms Hoa,\n\nThank you for your reservation at Riverside Hotel Prague.\n'
    'Guest: DO THI HOA\nArrival: 14 Jan 2027, Departure: 17 Jan 2027\n'
    f'ID document (Vietnam citizen ID): {c1[:3]} {c1[3:6]} {c1[6:]}\n\nPlease bring the same document at check-in.\n\n'
    'Kind regards,\nFront Office')

# ---- financial
card = luhn('4' + rnd(14, DG), 16)
add('en', 'block', ['financial'], 'a forwarded travel booking with the full card number, expiry and CVV.',
    '---------- Forwarded message ---------\nFrom: Travel Desk\nDate: Tue, 1 Dec 2026 at 09:14\n'
    'Subject: Booking confirmation HAN-PRG\n\nPassenger: NOVAK/PETR MR\nFlights: VN 37 HAN-FRA 12JAN, OK 535 FRA-PRG 13JAN\n'
    f'Paid by: VISA {grp4(card)} exp 09/28 CVV {rnd(3, DG)}\nTotal: EUR 1,284.60\n')
ib = iban('CZ', '0800' + '000000' + cza('19'))
add('cs', 'block', ['financial'], 'a reimbursement request with the writer\'s own IBAN in the bank\'s grouping.',
    'Dobrý den paní Šťastná,\n\nposílám vyúčtování pracovní cesty do Hanoje (cestovní příkaz č. 88/2026). '
    f'Doplatek 3 420 Kč mi prosím pošlete na můj účet {grp4(ib)}.\n\nDěkuji\nLukáš Beneš')
vcb = '0' + rnd(12, DG)
add('mixed', 'block', ['financial'], 'an English expense claim with a Vietnamese person\'s Vietcombank account as beneficiary.',
    'Expense claim - interpreter fee, Hanoi workshop 24-25 Nov\n\nAmount: 6,500,000 VND\n'
    f'Beneficiary: NGUYEN THI MAI\nBank: Vietcombank, Ba Dinh branch\nAccount no.: {vcb}\n'
    'Approved by: P. Horak\n')

# ---- credential
add('en', 'block', ['credential'], 'a shell history pasted to ask why a backup failed; a password on the mysql command line.',
    'why does my backup job fail? here is my history:\n\n'
    '  501  cd /opt/backup\n  502  ls -la\n'
    f'  503  mysqldump -u backup -p{pw()} --single-transaction crm > crm.sql\n'
    '  504  gzip crm.sql\n  505  ./upload.sh crm.sql.gz\n  506  tail -n 50 /var/log/backup.log\n')
add('en', 'block', ['credential'], 'a systemd unit sent to be debugged with a password in an Environment= line.',
    '[Unit]\nDescription=Report exporter\nAfter=network.target\n\n[Service]\nUser=reports\n'
    'WorkingDirectory=/srv/exporter\n'
    f'Environment="DB_USER=exporter" "DB_PASSWORD={pw(14)}"\n'
    'ExecStart=/usr/bin/python3 -m exporter --port 9120\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n')
add('cs', 'block', ['credential'], 'a Czech e-mail giving a shared login as "login/heslo:" on one line.',
    'Ahoj Petro,\n\ndo evidence docházky se zatím přihlas přes společný účet, tvůj vlastní zřídí IT až po nástupu.\n'
    f'login/heslo: sekretariat / {pw(10)}\n\nPo přihlášení nic neměň, prosím.\nDíky, Eva')
add('mixed', 'block', ['credential'], 'a Czech-Vietnamese chat where the Wi-Fi key of a hotel room\'s router is given in Vietnamese.',
    '[14:02] Ngọc Anh: Chị ơi pass wifi phòng họp là gì ạ?\n[14:03] Hương: tên mạng VP-Hop, pass: '
    f'{pw(10)}\n[14:03] Ngọc Anh: Em cảm ơn chị\n[14:10] Petr Dvořák: funguje, díky')

# ---- contact
add('cs', 'warn', ['contact'], 'a person\'s vCard pasted as text, with a private mobile and a private mailbox.',
    'BEGIN:VCARD\nVERSION:3.0\nN:Nováková;Jana;;;\nFN:Jana Nováková\n'
    f'TEL;TYPE=CELL:+420 7{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}\n'
    'EMAIL;TYPE=HOME:jana.novakova84@seznam.cz\nADR;TYPE=HOME:;;Květná 12;Brno;;60200;Česká republika\nEND:VCARD\n')
add('mixed', 'warn', ['contact'], 'an English note about a Vietnamese intern with her personal Zalo phone and Gmail.',
    'New intern from Monday: Lê Thu Trang (Hanoi University, 3rd year).\n'
    f'Personal contacts for the first week: Zalo 09{rnd(2, DG)} {rnd(3, DG)} {rnd(3, DG)}, lethutrang.hn@gmail.com\n'
    'Desk: 2nd floor, next to the printer.')

# ---- sensitive-personal
add('cs', 'warn', ['sensitive-personal'], 'a Czech Teams chat: a named colleague is hospitalised in a psychiatric ward.',
    '[10:41] Marek Zelenka: Kdo převezme Pavlovy spisy?\n[10:43] Iveta Konečná: Pavel Hrubý je od pondělí '
    'hospitalizovaný na psychiatrii v Bohnicích, prý minimálně na šest týdnů.\n[10:44] Marek Zelenka: To mě mrzí. '
    'Tak to rozdělíme mezi nás dva.')
add('mixed', 'warn', ['sensitive-personal'], 'an English e-mail: a named Vietnamese colleague is undergoing chemotherapy.',
    'Hi all,\n\nquick heads-up before the trip: Nguyễn Thị Thu Hà from the Hanoi office will not join us in '
    'January - she started chemotherapy for breast cancer last week and will be on sick leave until March.\n'
    'Please don\'t mention it in the group chat, she asked me to tell only the team leads.\n\nThanks, Ondřej')

# ---- infrastructure
add('en', 'warn', ['infrastructure'], 'an ssh_config pasted to ask about a jump host, with internal names and addresses.',
    'ssh keeps timing out through the bastion, config below:\n\nHost bastion\n  HostName 172.20.14.5\n  User ops\n\n'
    'Host db-prod\n  HostName db-prod-01.int.mofa.local\n  ProxyJump bastion\n  User postgres\n')
add('cs', 'warn', ['infrastructure'], 'a Czech traceroute pasted into a ticket, hops through internal addresses.',
    'Z pobočky nejde otevřít spisová služba, traceroute:\n\n'
    'traceroute to spis.krajsky-urad.intra (10.44.8.20), 30 hops max\n 1  10.44.120.1  1.2 ms\n'
    ' 2  10.44.0.254  3.8 ms\n 3  * * *\n 4  * * *\n')

# ---- hard negatives
neg('en', 'a letter-spaced heading that is not a marking (conference programme).',
    f'{spaced("PROGRAMME")}\n\nRegional Workshop on Digital Government\nHanoi, 9-10 December 2026\n\n'
    'Day 1\n09:00 Opening remarks\n09:30 Session 1: e-services for citizens\n11:00 Coffee break\n'
    '11:30 Session 2: interoperability of registers\n\nDay 2\n09:00 Field visit to the provincial public service centre')
neg('cs', 'a letter-spaced invitation heading in Czech.',
    f'{spaced("POZVÁNKA")}\n\nna setkání seniorů městské části\nve čtvrtek 17. prosince od 14:00\nv sále kulturního domu\n\n'
    'Program: vystoupení dětí z mateřské školy, vánoční cukroví, tombola.')
neg('en', 'an e-mail thread asking to keep something "confidential" in prose, no marking.',
    'Sure, I will keep it confidential until the announcement.\n\nOn Tue, 1 Dec 2026 at 10:05, Lisa Grant wrote:\n'
    '> Hi Ben, just between us for now: the team offsite moves from Brno to Olomouc. We tell everyone on Friday.\n'
    '> Lisa Grant | Office Manager')
neg('mixed', 'an English news piece on Vietnam\'s state-secret law listing the three levels.',
    'HANOI - Vietnam\'s Law on Protection of State Secrets, in force since 2020, sorts state secrets into three '
    'levels: Tuyệt mật (top secret), Tối mật (secret) and Mật (confidential). Agencies must stamp the level on each '
    'document, the law says. A government decree issued the same year sets out how long each level is protected: '
    '30, 20 and 10 years respectively.')
neg('cs', 'an office\'s vCard with a switchboard and the filing mailbox.',
    'BEGIN:VCARD\nVERSION:3.0\nORG:Městský úřad Kolín\nFN:Podatelna Městského úřadu Kolín\n'
    'TEL;TYPE=WORK:+420 321 748 111\nEMAIL;TYPE=WORK:podatelna@mukolin.cz\n'
    'ADR;TYPE=WORK:;;Karlovo náměstí 78;Kolín;;28002;Česká republika\nURL:https://www.mukolin.cz\nEND:VCARD\n')
neg('en', 'a shell history with a prompted mysql login (no password on the line).',
    'here is my history, the restore hangs:\n\n  601  cd /opt/backup\n  602  gunzip crm.sql.gz\n'
    '  603  mysql -u backup -p crm < crm.sql\n  604  echo $?\n')
neg('en', 'a systemd unit whose password comes from a file and an EnvironmentFile.',
    '[Service]\nUser=reports\nEnvironmentFile=/etc/exporter/exporter.env\n'
    'Environment="DB_USER=exporter" "DB_PASSWORD_FILE=/run/credentials/exporter.service/db"\n'
    'LoadCredential=db:/etc/exporter/db.pass\nExecStart=/usr/bin/python3 -m exporter --port 9120\n')
neg('en', 'a traceroute to a public resolver through public hops.',
    'traceroute to dns.google (8.8.8.8), 30 hops max, 60 byte packets\n 1  _gateway (192.0.2.1)  0.9 ms\n'
    ' 2  ae3.core1.prg.example.net (198.51.100.14)  4.1 ms\n 3  142.250.211.150  5.2 ms\n 4  dns.google (8.8.8.8)  5.0 ms\n')
neg('en', 'a booking forward with a masked card only.',
    '---------- Forwarded message ---------\nSubject: Booking confirmation PRG-HAN\n\nPassenger: NOVAK/PETR MR\n'
    'Paid by: VISA **** **** **** 4417\nTotal: EUR 1,284.60\nBooking reference: Q7K2LM\n')
neg('mixed', 'an English expense claim paying a Vietnamese company\'s account.',
    'Expense claim - venue rental, Hanoi workshop 24-25 Nov\n\nAmount: 18,000,000 VND\n'
    'Beneficiary: CONG TY TNHH DICH VU HOI NGHI SAO MAI\nBank: Vietcombank, Hoan Kiem branch\n'
    f'Account no.: 0{rnd(12, DG)}\nInvoice no.: 0001245\nApproved by: P. Horak\n')
neg('mixed', 'a Czech programme of a Vietnamese delegation: names and titles, no numbers.',
    'Program návštěvy vietnamské delegace\n\nÚčastníci: Nguyễn Văn Hùng (náměstek ministra), Trần Thị Lan '
    '(tlumočnice), Phạm Quốc Bảo (ředitel odboru)\n\n15. 1. 9:00 jednání na ministerstvu\n12:00 oběd\n'
    '15:00 návštěva Technologického centra')
neg('cs', 'a hospital\'s press release with anonymised statistics of psychiatric admissions.',
    'TISKOVÁ ZPRÁVA\n\nPsychiatrická nemocnice Bohnice loni přijala 4 812 pacientů, o 6 % více než předloni. '
    'Nejčastějším důvodem hospitalizace byly závislosti a deprese. Průměrná délka pobytu klesla na 38 dní.\n\n'
    'Kontakt pro média: tiskové oddělení')
neg('cs', 'a Czech e-mail saying the password will come by SMS.',
    'Ahoj Petro,\n\núčet do docházky ti IT zřídilo, login je tvoje příjmení. Heslo ti pošlou zvlášť SMSkou, '
    'při prvním přihlášení si ho změň.\n\nEva')
neg('en', 'an ssh_config of public hosts (GitHub, a public VPS by name) with keys by path.',
    'Host github.com\n  User git\n  IdentityFile ~/.ssh/id_ed25519\n\nHost blog\n  HostName blog.example.org\n'
    '  User deploy\n  Port 2222\n')
neg('en', 'a WhatsApp export where "restricted" is an ordinary word.',
    '[03/12/2026, 18:20:11] Anna: Parking at the venue is restricted to permit holders, take the tram.\n'
    '[03/12/2026, 18:21:40] Ben: Thanks, which line?\n[03/12/2026, 18:22:05] Anna: 22 to Národní divadlo.')
neg('mixed', 'a Vietnamese newspaper\'s piece in English about a hospital, naming the director in his office.',
    'Bach Mai Hospital director Dao Xuan Co said on Monday the hospital treated 1,200 patients with dengue in '
    'November, half the number of last year. The hospital has opened a second ward for tropical diseases.')


# ================================================================ batch 2 (written after batch 1's fixes, scored blind)

add('en', 'block', ['classified-marking'], 'a footer line under a forwarded report: the level, a dash, "not for onward distribution".',
    'FYI - the summary Petra asked for.\n\n-------- Forwarded Message --------\nSubject: Q4 threat picture\n\n'
    'Cross-border smuggling of fuel rose again in October; two new routes are used at night.\n\n'
    'CONFIDENTIAL – not for onward distribution\n')
add('cs', 'block', ['classified-marking'], 'a Czech scan read by OCR with the level letter-spaced in the footer only.',
    'MINISTERSTVO OBRANY\nSekce plánování\n\nPřehled připravenosti útvarů k 30. 11. 2026\n\n'
    'Útvar A: připraven, doplnění munice do 15. 12.\nÚtvar B: omezeně připraven, chybí 2 řidiči.\n\n'
    f'{spaced("DŮVĚRNÉ")}        Strana 2 z 5')
add('mixed', 'block', ['national-id'], 'an English visa letter for a Vietnamese guest, passport number after "passport no."',
    'To the Embassy of the Czech Republic in Hanoi\n\nWe invite Mr Hoàng Minh Tuấn, born 8 May 1985, '
    f'passport no. {"B" + rnd(7, DG)}, to the seminar on water management in Brno on 20-22 January 2027.\n\n'
    'The institute covers his accommodation.')
add('en', 'warn', ['contact'], 'an Outlook contact card exported as vCard with a person\'s mobile and home address.',
    'BEGIN:VCARD\nVERSION:2.1\nN:Walsh;Karen\nFN:Karen Walsh\n'
    f'TEL;CELL;VOICE:+44 7700 9{rnd(2, DG)} {rnd(3, DG)}\nEMAIL;PREF;INTERNET:karen.walsh.71@btinternet.com\n'
    'END:VCARD\n')
add('en', 'warn', ['sensitive-personal'], 'an English chat about a Czech colleague\'s rehab stay.',
    '[11:02] Mia: where is Tomáš this month?\n[11:03] Jon: Tomáš Dvořák is in alcohol rehab until the 20th, he told only '
    'Sarah and me, keep it quiet please.')
add('en', 'warn', ['official-document'], 'an English office memorandum with a ministry reference and recipients.',
    'OFFICE MEMORANDUM\n\nReference: MOH/PLN/2026/77\nFrom: Head of Planning Unit\nTo: Provincial Health Departments\n'
    'Date: 1 December 2026\n\nSubject: Deadline for 2027 budget estimates\n\nEstimates are due by 20 December.')
add('cs', 'block', ['credential'], 'a Czech chat: "jméno/heslo:" for a shared printer portal.',
    '[8:31] Jana: kdo zná přístup na tiskový portál?\n'
    f'[8:33] Ondra: jméno/heslo: tisk2 / {pw(11)}\n[8:33] Jana: díky')
add('en', 'block', ['credential'], 'a crontab pasted to ask about a failing job, password on the command line.',
    '# m h dom mon dow command\n15 2 * * * /usr/bin/pg_dump "host=10.8.0.4 dbname=crm user=backup '
    f'password={pw(13)}" > /backup/crm.sql\n')
add('mixed', 'block', ['financial'], 'a Czech e-mail asking to pay a Vietnamese interpreter\'s private account.',
    'Dobrý den,\nprosím o proplacení tlumočení paní Đỗ Thị Huyền (faktura nepřikládá, je fyzická osoba).\n'
    f'Číslo účtu: {"1" + rnd(12, DG)}, banka: Techcombank, majitel: DO THI HUYEN\nČástka: 4 500 000 VND')

neg('en', 'a footer with the word confidential in ordinary case and a legal disclaimer.',
    'Best regards,\nKaren Walsh\n\nThis e-mail and any attachments are confidential and intended solely for the '
    'addressee. If you received it in error, please delete it.')
neg('en', 'a heading with a level word and a dash that is a product name.',
    'SECRET - The Musical: tickets for the staff outing are on sale until Friday, 25 pounds each.')
neg('en', 'a memorandum of understanding press note with no reference or From/To.',
    'MEMORANDUM OF UNDERSTANDING signed\n\nThe two universities signed a memorandum of understanding on student '
    'exchange on Monday. Ten students a year will study abroad for one semester.')
neg('en', 'a memo heading with an invoice reference in two parts.',
    'MEMORANDUM\nRef: INV-2231\nFrom: Accounts\nTo: All staff\n\nPlease submit December expense claims by the 18th.')
neg('cs', 'a letter-spaced Czech heading of a school newsletter.',
    f'{spaced("ŠKOLNÍ")} {spaced("ZPRAVODAJ")}\n\nProsinec 2026\n\nVánoční besídka bude 18. 12. v tělocvičně. '
    'Rodiče jsou srdečně zváni.')
neg('mixed', 'an English note on a Vietnamese colleague\'s holiday with Vietnamese name, no health term.',
    'Phạm Thu Trang is on annual leave until 5 January; she will be visiting her family in Huế. '
    'Please send urgent matters to the team mailbox.')
neg('en', 'an English news piece on a Czech politician with a count of patients.',
    'Health minister Vlastimil Válek said the Motol hospital treated 2,400 patients with influenza in December.')
neg('cs', 'a vCard of a company switchboard.',
    'BEGIN:VCARD\nVERSION:3.0\nORG:Stavby Hradec s.r.o.\nTEL;TYPE=WORK:+420 495 123 400\n'
    'EMAIL;TYPE=WORK:info@stavby-hradec.cz\nEND:VCARD\n')
neg('en', 'a crontab whose password comes from ~/.pgpass.',
    '# m h dom mon dow command\n15 2 * * * PGPASSFILE=/root/.pgpass /usr/bin/pg_dump -h db.example.org -U backup crm '
    '> /backup/crm.sql\n')


# ================================================================ batch 3 (written after batch 2's fixes, scored blind)

add('en', 'block', ['classified-marking'], 'an Outlook reply whose quoted original ends with "RESTRICTED: for the addressees only".',
    'Noted, thanks.\n\nFrom: Duty Officer\nSent: Friday, 4 December 2026 07:55\nTo: Regional Desks\n'
    'Subject: Overnight summary\n\nTwo vessels turned back at the northern checkpoint; no injuries.\n\n'
    'RESTRICTED: for the addressees only\n')
add('mixed', 'block', ['classified-marking'], 'a Czech request to translate a Vietnamese page whose level is typed without diacritics in the footer.',
    'Můžeš mi přeložit tuhle stranu do češtiny? Díky.\n\nBAO CAO NHANH\nTinh hinh an ninh tuyen bien gioi tuan 48\n\n'
    '1. Phat hien 3 vu van chuyen hang lau qua duong mon.\n2. Bat giu 5 doi tuong.\n\nDo mat: MAT        Trang 1/2')
add('en', 'warn', ['sensitive-personal'], 'an English HR note: a named Czech employee\'s diagnosis of epilepsy.',
    'Note for the shift planner: Radek Šťastný was diagnosed with epilepsy in October, so he must not be '
    'scheduled for driving duties until his neurologist clears him.')
add('cs', 'warn', ['contact'], 'a Czech vCard forwarded as text with a private address and e-mail only.',
    'BEGIN:VCARD\nVERSION:3.0\nFN:Marie Horáková\nEMAIL;TYPE=INTERNET,HOME:marie.horakova62@volny.cz\n'
    'ADR;TYPE=HOME:;;Na Výsluní 7;Tábor;;39001;CZ\nEND:VCARD\n')
add('en', 'block', ['credential'], 'a docker run line with a database password in -e, pasted from a runbook.',
    'Step 3 - start the reporting database:\n\n'
    f'docker run -d --name rptdb -e POSTGRES_USER=rpt -e POSTGRES_PASSWORD={pw(13)} -p 5432:5432 postgres:16\n')
add('mixed', 'block', ['national-id'], 'an English guest list of a Vietnamese delegation with citizen ID numbers in a column.',
    'Guest list - factory visit 9 Dec\n\n| Name | Position | Citizen ID |\n|---|---|---|\n'
    f'| Vũ Đức Thắng | Deputy Director | {cccd("036", "m", 1974, R.randrange(10**6))} |\n'
    f'| Lý Thị Ngân | Interpreter | {cccd("001", "f", 1992, R.randrange(10**6))} |\n')

neg('en', 'a reply that quotes a footer line of a public newsletter ("Unsubscribe").',
    'Thanks, signed up.\n\n> City Library newsletter, December\n> Opening hours over the holidays: 10-16.\n'
    '> Not for sale. Free for library members.\n')
neg('en', 'an English memo without a reference number.',
    'MEMORANDUM\nFrom: Facilities Manager\nTo: All staff\nDate: 3 December\n\nThe car park will be resurfaced on Saturday.')
neg('cs', 'a Czech ticket quoting a public traceroute to a bank\'s web site.',
    'Nejde otevřít internetové bankovnictví, traceroute:\n 1  192.0.2.1  1.1 ms\n 2  198.51.100.7  5.0 ms\n'
    ' 3  www.csas.cz (203.0.113.20)  9.4 ms')
neg('mixed', 'an English newsletter item naming a Vietnamese colleague who ran a charity race.',
    'Congratulations to Nguyễn Thị Hồng Nhung, who ran the Hanoi half marathon for the cancer charity and raised '
    '12 million dong.')
neg('en', 'a docker run line whose password comes from a file secret.',
    'docker run -d --name rptdb -e POSTGRES_USER=rpt -e POSTGRES_PASSWORD_FILE=/run/secrets/pg -p 5432:5432 postgres:16\n')
neg('cs', 'a Czech e-mail mentioning "login a heslo" without giving them.',
    'Dobrý den, login a heslo do nového systému vám přijdou zvlášť od správce, heslo bude dočasné.')

write_round(S, 'round38', 'p38')
