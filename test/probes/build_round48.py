#!/usr/bin/env python3
"""Builds test/probes/round48.jsonl (round 48 of the held-out-style probes, written blind): special-category facts of
a named person told in prose, as staff paste them — an HR e-mail about a colleague's sick leave and diagnosis, a
teachers' chat about a pupil's family's religion, a welfare officer's note on a client's HIV, TB, mental illness,
pregnancy or disability, an incident report naming an injured worker, a party cell's note on a member's "lý lịch"
(a relative's conviction, relatives abroad, religion), a Czech social worker's záznam, an English safeguarding
referral, a reference letter that mentions rehab — with and without other identifiers (CCCD, date of birth, the
permanent residence "thường trú" / "trvalý pobyt"). Hard negatives of the same topics name no one: statistics,
anonymised case studies ("bệnh nhân N."), public-health news, a disease's description, an official's public statement,
a public figure speaking of their own illness (decided in round 30), an anonymous first-person post, fiction, job ads
that ask no health data, and blank forms.

Labels follow the decisions already written (round 40: a fact is a person's when a name is in the same text; counts
of tens are statistics; a permanent-residence address with a house number is a contact; round 30: a story's
character and a singer or actor speaking of their own illness are no one's record). Batch 1 was scored blind on
main e4cfb5f; later batches (ids continuing) were written after the fixes of the batch before, blind again. Values
come from seeded or checked makers (probe_ids.py), so the file rebuilds byte for byte. Stdlib only."""

from probe_ids import DG, cccd, nino_ok, personal_sampler, rc, rc_ok, seeded, write_personal_round

V, S, both = personal_sampler()
R, rnd = seeded(48048)
SP, NID, CT = 'sensitive-personal', 'national-id', 'contact'


def neg(note):
    return 'Hard negative: ' + note


C1 = cccd('001', 'f', 1961, 284517)      # Hà Nội, woman, 1961
C2 = cccd('036', 'm', 1990, 731062)      # Nam Định, man, 1990
RC1 = rc(91, 3, 17, 604)                 # man, born 17 March 1991
assert rc_ok(RC1)

# ================================================================ batch 1 — Vietnamese
both('txt', [SP], 'An HR e-mail about a colleague\'s long sick leave and his diagnosis.',
     'Kính gửi chị Hằng (Phòng Tổ chức cán bộ),\n\nEm báo để chị nắm: anh Phùng Văn Khải (Phòng Quản lý đô thị) nhập '
     'viện từ thứ Hai, bác sĩ kết luận u lympho không Hodgkin, phải truyền hóa chất 6 đợt. Anh ấy xin nghỉ dài ngày, hồ sơ '
     'hưởng chế độ ốm đau em gửi kèm theo.\n\nTrân trọng,\nThu Trang')
both('txt', [SP], 'A teachers\' group chat about a pupil\'s family religion.',
     '[GVCN 6A – 07:42] Các thầy cô lưu ý giúp: gia đình em Vàng Thị Dợ theo đạo Tin Lành, chủ nhật cả nhà đi nhóm ở '
     'nhà thờ nên em không học bù được, buổi lễ dâng hương ngày giỗ Tổ cũng xin cho em đứng ngoài.\n'
     '[Cô Huyền – 07:45] Dạ em nắm rồi ạ.')
both('txt', [NID, SP], 'A social worker\'s home-visit note: a named client\'s CCCD, HIV and TB treatment, a son in rehab.',
     'Ghi chép thăm hộ ngày 03/12/2025 – cán bộ LĐTBXH xã Tân Minh\nBà Hà Thị Nhung, CCCD ' + C1 + ', sống một mình ở '
     'thôn Trại. Bà nhiễm HIV đã 6 năm, đang điều trị lao phổi tại Trung tâm Y tế huyện; con trai đi cai nghiện tập '
     'trung từ tháng 8. Đề xuất xét trợ cấp xã hội hằng tháng.')
both('txt', [SP, CT], 'A ward\'s verification record: a named man\'s permanent residence and his schizophrenia.',
     'BIÊN BẢN XÁC MINH\nHôm nay, tổ công tác phường Ngọc Hà xác minh trường hợp ông Trịnh Văn Lực, sinh ngày 14/02/1979, '
     'thường trú tại số 46 ngõ 15 phố Đội Cấn, phường Ngọc Hà, Hà Nội. Theo gia đình, ông mắc tâm thần phân liệt từ năm '
     '2015, bỏ thuốc nhiều tháng, thỉnh thoảng đập phá tài sản của hàng xóm.')
both('txt', [SP], 'A head of office\'s message: a named colleague is five months pregnant with a weak pregnancy.',
     'Anh Quân nhắn lại trong nhóm phòng: chị Vi Thị Hằng đang có bầu tháng thứ 5, thai yếu, bác sĩ dặn nghỉ ngơi; '
     'đợt kiểm kê cuối năm đừng xếp chị ấy vào kho lạnh nhé.')
both('txt', [NID, SP], 'A quick report of a workplace accident naming the injured worker with his CCCD.',
     'BÁO CÁO NHANH TAI NẠN LAO ĐỘNG\nKhoảng 9h15 ngày 02/12/2025 tại xưởng cán số 2, anh Lê Đình Toản (thợ vận hành, '
     'sinh năm 1990, CCCD ' + C2 + ') bị cuộn thép đè gãy hở xương cẳng chân phải, đã đưa đi cấp cứu tại Bệnh viện Việt '
     'Đức, hiện chờ mổ kết hợp xương. Nguyên nhân ban đầu: cáp cẩu bị đứt.')
both('txt', [SP], 'A party cell\'s note on a candidate\'s "lý lịch": the father\'s prison term, a sister abroad, religion.',
     'Chi bộ Phòng Hành chính – kết quả thẩm tra lý lịch quần chúng Đặng Văn Sơn:\n- Bố đẻ là ông Đặng Văn Tứ, năm 1998 '
     'bị TAND huyện xử 3 năm tù về tội đánh bạc, đã chấp hành xong;\n- Em gái định cư tại Đài Loan từ 2016;\n- Gia đình '
     'theo đạo Công giáo, bản thân quần chúng không sinh hoạt tôn giáo.')
both('txt', [SP], 'A reference letter that mentions the named candidate\'s drug rehab.',
     'THƯ GIỚI THIỆU\nTôi là Trưởng phòng Kỹ thuật Công ty In Hòa Bình, xin giới thiệu anh Tăng Quốc Bảo, làm việc tại '
     'công ty từ 2020 đến nay. Anh Bảo từng đi cai nghiện ma túy năm 2019, sau khi trở lại đã làm việc chăm chỉ, '
     'không vi phạm gì. Tôi tin tưởng anh ấy sẽ hoàn thành tốt công việc mới.')
# ---------------------------------------------------------------- Vietnamese hard negatives on the same topics
both('txt', [], neg('a province\'s figures on HIV and TB patients.'),
     'Tính đến 30/11/2025, toàn tỉnh có 1.245 người nhiễm HIV đang điều trị ARV, 312 bệnh nhân lao phổi mới được phát '
     'hiện; tỷ lệ người bệnh tuân thủ điều trị đạt 92%. Sở Y tế đề nghị các huyện rà soát người bỏ trị.')
both('txt', [], neg('an anonymised clinical case study ("Bệnh nhân N.").'),
     'CA LÂM SÀNG: Bệnh nhân N., nữ, 34 tuổi, vào viện vì sốt kéo dài 3 tuần, đau đầu. Xét nghiệm dịch não tủy: '
     'protein tăng, PCR lao dương tính. Chẩn đoán: lao màng não. Bài học: nghĩ đến lao ở người sốt kéo dài không rõ nguyên nhân.')
both('txt', [], neg('public-health news quoting an official.'),
     'Tuần qua Hà Nội ghi nhận 286 ca sốt xuất huyết, tăng 12% so với tuần trước. Ông Lương Quốc Thái, Phó Giám đốc CDC '
     'Hà Nội, khuyến cáo người dân diệt bọ gậy, ngủ màn và đi khám ngay khi sốt cao.')
both('txt', [], neg('a job advertisement that asks for a standard health certificate, no health data.'),
     'TUYỂN DỤNG: Công ty Logistics Sao Mai cần tuyển 05 nhân viên kho. Hồ sơ gồm: đơn xin việc, sơ yếu lý lịch có xác '
     'nhận, giấy khám sức khỏe trong 6 tháng, bản sao CCCD. Liên hệ phòng nhân sự trước 20/12.')
both('txt', [], neg('a blank home-visit form with its check boxes and dotted fields.'),
     'PHIẾU GHI CHÉP THĂM HỘ\nHọ tên đối tượng: ..........................  Số CCCD: ......................\n'
     'Thường trú: ...............................................\nTình trạng sức khỏe: ☐ Bình thường  ☐ Bệnh mạn tính  '
     '☐ Khuyết tật  ☐ Nhiễm HIV\nĐề xuất của cán bộ: .........................')
both('txt', [], neg('a short story\'s passage: a fictional old man with TB.'),
     'Truyện ngắn "Mùa gặt muộn" (trích): Ông Tư ho suốt đêm, ai cũng biết ông bị lao phổi từ hồi đi phu. Sáng ra ông vẫn '
     'vác cày ra đồng, bảo con cháu: "Bệnh của tao, tao chịu."')
both('txt', [], neg('an anonymous first-person forum post about depression.'),
     'Mình bị trầm cảm gần 2 năm nay, đang điều trị ở Bệnh viện Tâm thần ban ngày Mai Hương. Ai đang trải qua giống mình thì '
     'cứ mạnh dạn đi khám nhé, đừng ngại.')

# ---------------------------------------------------------------- Czech
S('cs', 'txt', [SP, CT], 'A social worker\'s záznam: a named client\'s permanent residence, pregnancy, a partner in prison, substitution therapy.',
  'Záznam z jednání 3. 12. 2025 (OSPOD)\nKlientka: Renata Horváthová, nar. 14. 6. 1988, trvalý pobyt Husova 412/7, '
  '736 01 Havířov\nKlientka sdělila, že je v 5. měsíci těhotenství, partner je ve výkonu trestu do roku 2027. '
  'Dochází na substituční léčbu (Subutex) do ambulance v Ostravě.')
S('cs', 'txt', [SP], 'An HR e-mail: a named warehouse worker hospitalised in psychiatry for bipolar disorder.',
  'Dobrý den, paní Kolářová,\nposílám informaci k panu Zdeňku Matouškovi ze skladu: od pondělí je hospitalizován v PN '
  'Bohnice s bipolární poruchou, neschopenka zatím na šest týdnů. Prosím o úpravu směn.\nS pozdravem\nIvana Brožová')
S('cs', 'txt', [NID, SP], 'A work-accident record naming the injured employee with his birth number.',
  'ZÁZNAM O ÚRAZU\nZraněný: Lukáš Pokorný, r. č. ' + RC1 + ', skladník\nPopis: dne 2. 12. při manipulaci s paletou '
  'utrpěl otevřenou zlomeninu předloktí, převezen RZS do FN Ostrava. Pracovní neschopnost předpoklad 8 týdnů.')
S('cs', 'txt', [SP], 'A parent\'s message to a teacher: the named pupil is a Muslim and fasts.',
  'Dobrý den, paní učitelko, Amira Haddadová z 3.B je muslimka a tento měsíc se postí, na výletě jí prosím nedávejte '
  'nic s vepřovým. Děkuji, Haddad')
S('cs', 'txt', [SP], 'A reference letter that mentions the named employee\'s alcohol treatment.',
  'Doporučující dopis\nPan Václav Sedlák u nás pracoval jako řidič od roku 2018. V roce 2023 absolvoval protialkoholní '
  'léčbu a od té doby nebyl jediný problém. Doporučuji ho bez výhrad.\nIng. Petr Jireš, vedoucí dopravy')
S('cs', 'txt', [SP], 'A street worker\'s note: a named homeless client is HIV positive and not taking medication.',
  'Poznámka z terénu 4. 12.: Klient Miroslav Bílek (bez přístřeší, Ostrava-Přívoz) je HIV pozitivní, léky už dva měsíce '
  'nebere, na infekční ambulanci odmítá jít. Domluvit doprovod.')
S('cs', 'txt', [SP], 'A school counsellor\'s e-mail: a named pupil self-harms.',
  'Dobrý den, kolegové,\nTereza Vondrová z 8.A se podle spolužaček sebepoškozuje (řezné rány na předloktí). Matka '
  'souhlasí s vyšetřením u dětského psychiatra. Prosím o diskrétnost.\nŠkolní psycholožka')
S('cs', 'txt', [], neg('Czech HIV statistics.'),
  'V roce 2024 bylo v ČR nově diagnostikováno 236 případů HIV, z toho 31 u žen; celkem žije s HIV přes 4 200 lidí. '
  'Národní referenční laboratoř doporučuje testování.')
S('cs', 'txt', [], neg('an anonymised case report (kazuistika) with initials.'),
  'Kazuistika: Pacient J. K., 52 let, přijat pro bolest na hrudi, dg. akutní infarkt myokardu, provedena PCI. Po '
  'propuštění zařazen do kardiorehabilitace.')
S('cs', 'txt', [], neg('a minister\'s public statement on flu vaccination.'),
  'Ministr zdravotnictví na tiskové konferenci uvedl, že očkování proti chřipce je pro seniory nad 65 let zdarma a že '
  'nemocnice hlásí 1 800 hospitalizací týdně.')
S('cs', 'txt', [], neg('a description of multiple sclerosis.'),
  'Roztroušená skleróza je chronické autoimunitní onemocnění centrálního nervového systému. Léčba zpomaluje postup '
  'nemoci; pacienti mohou často pracovat.')
S('cs', 'txt', [], neg('a job ad asking for a criminal-record extract, no health data.'),
  'Přijmeme řidiče sk. C. Požadujeme: výpis z rejstříku trestů, profesní průkaz, praxi 2 roky. Nabízíme: 45 000 Kč, '
  'stravenky, 5 týdnů dovolené. Životopisy na kariera@dopravni-firma.cz.')
S('cs', 'txt', [], neg('a blank social-work record form.'),
  'Záznam z jednání\nKlient/ka: ____________________  Datum narození: __________\nTrvalý pobyt: ____________________\n'
  'Zdravotní stav: ____________________\nDohodnutý postup: ____________________')
S('cs', 'txt', [], neg('a novel\'s extract: a fictional man back from prison.'),
  'Ukázka z románu: Karel se vrátil z vězení na jaře. Ve vsi se mu všichni vyhýbali, jen stará Bártová mu nosila polévku.')

# ---------------------------------------------------------------- English
S('en', 'txt', [SP, CT], 'A safeguarding referral naming a child, his home address and his mother\'s alcohol dependency.',
  'SAFEGUARDING REFERRAL – DSL to Children\'s Services\nChild: Kayden Morris, DOB 12/03/2014, Year 6\nAddress: 27 '
  'Hollybank Road, Sheffield S12 4PL\nConcern: Kayden told his teacher this morning that his mum\'s partner hit him '
  'with a belt. Mum is known to the school to have an alcohol dependency.')
S('en', 'txt', [SP], 'An HR e-mail about a colleague\'s sick leave with his cancer diagnosis.',
  'Hi Gemma,\nJust so you know, Owen Pritchard in Facilities has been signed off for eight weeks. He has been diagnosed '
  'with bowel cancer and starts radiotherapy on Monday. Could you pause his on-call rota?\nThanks, Rob')
S('en', 'txt', [SP], 'A reference letter mentioning the named candidate\'s residential rehab.',
  'To whom it may concern,\nI have known Daniel Hughes for five years as his line manager. After completing a '
  'residential rehab programme for opioid addiction in 2022 he returned to work and has been reliable ever since.\nKind regards,\nM. Ashworth')
S('en', 'txt', [SP], 'An incident report naming an injured agency worker.',
  'INCIDENT REPORT IR-2291\nAt 14:20 on 3 December, agency worker Piotr Nowak fell from a stepladder in Bay 4 and '
  'suffered a suspected fractured wrist. First aid given by the shift lead; taken to A&E at the Northern General.')
S('en', 'txt', [SP], 'A home-visit note on a named client\'s dementia and COPD.',
  'Home visit – 2 Dec\nClient: Mrs Sandra Lowe, 79, lives alone. Recently diagnosed with vascular dementia, also has '
  'COPD and uses oxygen at night. Daughter visits twice a week. Action: refer for a care package.')
S('en', 'txt', [SP], 'A team chat: a named colleague\'s early pregnancy, not yet announced.',
  '[10:14] Sam Taylor: heads up, Fatima Begum told me she is pregnant, about 12 weeks, not announcing it yet so keep '
  'it to yourselves\n[10:15] Jo Ellis: of course, I will take her site visits next week')
S('en', 'txt', [SP], 'A pre-employment vetting note: the named candidate\'s caution and conviction.',
  'Vetting update: the enhanced DBS for Connor Walsh came back with a caution for possession of cannabis (2019) and a '
  'conviction for ABH (2021). Recommend a risk assessment before the offer is confirmed.')
S('en', 'txt', [], neg('national figures on mental-health waiting lists.'),
  'NHS figures show 1.2 million people were waiting for community mental health services in October, and 38,000 '
  'children had waited more than a year.')
S('en', 'txt', [], neg('an anonymised teaching case ("Patient A").'),
  'Case study: Patient A, a 45-year-old man, presented with chest pain and sweating. ECG showed ST elevation; he was '
  'treated for an acute myocardial infarction. Discussion: time to reperfusion.')
S('en', 'txt', [], neg('public-health news quoting an official.'),
  'Measles cases in England rose to 420 this year, UKHSA said. Its consultant epidemiologist Dr Helen Marsh urged '
  'parents to check their children have had both MMR doses.')
S('en', 'txt', [], neg('a description of type 1 diabetes.'),
  'Type 1 diabetes is an autoimmune condition in which the pancreas stops making insulin. People with it need insulin '
  'injections or a pump and regular glucose checks.')
S('en', 'txt', [], neg('a job ad that says no health questions are asked before an offer.'),
  'Care Assistant, nights, £12.60/hour. We are a Disability Confident employer: we do not ask health questions before '
  'a job offer. An enhanced DBS check is required for this role.')
S('en', 'txt', [], neg('a blank safeguarding referral form.'),
  'SAFEGUARDING REFERRAL FORM\nChild\'s name: ______________  DOB: __________\nAddress: ______________________\n'
  'Nature of concern: [ ] physical  [ ] emotional  [ ] sexual  [ ] neglect\nDetails: ______________________')
S('en', 'txt', [], neg('a comedian speaking of her own depression in an interview (round 30\'s decision).'),
  'In an interview with the BBC, comedian Jess Harlow said she had been treated for depression in her twenties and '
  'urged fans to talk to their GP.')

# ================================================================ batch 2 (written after batch 1's fixes, scored blind)
C3 = cccd('040', 'm', 1952, 613908)      # Nghệ An, man, 1952
RC2 = rc(79, 10, 5, 318)                 # man, born 5 October 1979
assert rc_ok(RC2)
both('txt', [SP], 'A school nurse\'s message to a class teacher: a named pupil\'s congenital heart disease and two operations.',
     'Cô Thảo ơi, y tế trường báo: em Nông Gia Bảo lớp 3C bị tim bẩm sinh, đã mổ hai lần ở Bệnh viện Nhi Trung ương, giờ '
     'thể dục cô cho em ngồi nghỉ, nếu em tím tái thì gọi ngay cho em nhé. Em Hà (phòng y tế).')
both('txt', [SP, CT], 'A women\'s union note on a domestic-violence victim with her permanent residence.',
     'Hội LHPN phường Chiềng Lề báo cáo vụ việc: chị Lò Thị Ín, sinh năm 1992, thường trú tại số 12 tổ 4, phường Chiềng Lề, '
     'TP Sơn La, tối 01/12 bị chồng đánh gãy tay, hiện đang ở nhà tạm lánh của Hội. Đề nghị công an phường vào cuộc.')
both('txt', [SP], 'A party cell\'s personnel note: a member\'s brother serving a prison term and his wife\'s religion.',
     'Nhận xét bổ sung hồ sơ quy hoạch: đồng chí Hoàng Minh Đức có anh trai ruột là Hoàng Minh Tâm đang chấp hành án '
     'phạt tù 7 năm về tội cố ý gây thương tích; vợ đồng chí theo đạo Phật, thường xuyên đi lễ chùa. Đề nghị cấp ủy xem xét.')
both('txt', [NID, SP], 'A Zalo message from a social-policy officer: a named man\'s CCCD and his Agent Orange disability.',
     'Gửi chị Nga bên LĐTBXH: hồ sơ trợ cấp của ông Đinh Văn Nghĩa, CCCD ' + C3 + ', bị khuyết tật đặc biệt nặng do di chứng '
     'chất độc da cam, liệt hai chân, em đã bổ sung biên bản giám định. Chị duyệt giúp em trong tuần nhé.')
both('txt', [SP], 'An HR e-mail: a named colleague\'s severe insomnia and sedatives prescribed by a psychiatrist.',
     'Chị Hạnh ơi, em xin phép báo: anh Doãn Quốc Việt dạo này mất ngủ kéo dài, đang uống thuốc an thần theo đơn của bác '
     'sĩ chuyên khoa tâm thần, sáng hay đến muộn. Mình có thể chuyển anh ấy sang làm ca chiều được không ạ?')
both('txt', [], neg('a deputy minister\'s public statement with national disability figures.'),
     'Phát biểu tại hội nghị, Thứ trưởng Bộ Y tế cho biết cả nước hiện có khoảng 7 triệu người khuyết tật, trong đó gần '
     '30% là khuyết tật nặng; Bộ sẽ mở rộng phục hồi chức năng dựa vào cộng đồng.')
both('txt', [], neg('a health-education leaflet on HIV treatment.'),
     'TỜ RƠI: Người nhiễm HIV nếu điều trị ARV sớm và đều đặn có thể sống khỏe mạnh như người bình thường. Xét nghiệm '
     'HIV miễn phí, bảo mật tại các phòng khám ngoại trú OPC.')
both('txt', [], neg('a blank "sơ yếu lý lịch" form with religion and relatives-abroad fields.'),
     'SƠ YẾU LÝ LỊCH\nHọ và tên: ........................  Dân tộc: ............  Tôn giáo: ............\n'
     'Có thân nhân ở nước ngoài:  ☐ Có  ☐ Không   (nếu có ghi rõ: ........................)\n'
     'Tiền án, tiền sự: ........................')
both('txt', [], neg('a training scenario with a placeholder colleague "anh A".'),
     'Tình huống thảo luận: Anh A, công chức phường, được chẩn đoán ung thư và xin nghỉ dài ngày. Hỏi: anh A được hưởng '
     'chế độ ốm đau dài ngày tối đa bao lâu? Cơ quan giải quyết thế nào?')

S('cs', 'txt', [SP, CT], 'A probation officer\'s note: a named client released on parole, his permanent residence.',
  'Záznam PMS 4. 12. 2025\nKlient: Jiří Kadlec, nar. 2. 9. 1985, trvalý pobyt Palackého 1120/14, 301 00 Plzeň\n'
  'Klient byl podmíněně propuštěn z výkonu trestu (krádež, 3 roky), dochází pravidelně, abstinuje, hledá práci.')
S('cs', 'txt', [SP], 'An office e-mail: a named colleague is pregnant ("je v jiném stavu").',
  'Ahoj Martino, jen pro tebe: Lenka Šimková z účtárny je v jiném stavu, termín porodu má v březnu, zatím to nechce '
  'říkat. Plánuj prosím uzávěrky tak, aby od února nemusela na služební cesty. Díky, Pavla')
S('cs', 'txt', [SP], 'A teacher\'s e-mail: a named pupil\'s parents are Jehovah\'s Witnesses.',
  'Vážení kolegové, Jakub Mareš ze 4.B – rodiče jsou Svědkové Jehovovi, na oslavy narozenin a vánoční besídku ve třídě '
  'nechodí, prosím nenuťte ho. Děkuji, třídní učitelka')
S('cs', 'txt', [NID, SP], 'A social worker\'s note: a named client with a birth number, intellectual disability and epilepsy.',
  'Sociální šetření – klient Milan Horák, RČ ' + RC2 + ', má středně těžké mentální postižení a epilepsii, bydlí v '
  'chráněném bydlení Slunečnice. Opatrovnice: sestra Jana Horáková.')
S('cs', 'txt', [], neg('an anonymised OSPOD training scenario.'),
  'Modelová situace pro výcvik: matka (28 let) s dítětem (4 roky) žije v azylovém domě, je závislá na alkoholu, otec '
  'dítěte ve výkonu trestu. Jak postupovat při plánování péče?')
S('cs', 'txt', [], neg('a hospital\'s press release quoting its spokeswoman.'),
  'Tisková zpráva FN Královské Vinohrady: po požáru v Hostivaři ošetřujeme 12 pacientů s popáleninami, tři jsou na JIP. '
  'Mluvčí nemocnice Petra Kalousová uvedla, že stav všech je stabilizovaný.')
S('cs', 'txt', [], neg('a blank application for a mobility allowance.'),
  'ŽÁDOST O PŘÍSPĚVEK NA MOBILITU\nJméno a příjmení: ______________  Rodné číslo: ______/____\n'
  'Druh zdravotního postižení: ______________\nPrůkaz OZP: [ ] TP  [ ] ZTP  [ ] ZTP/P')
S('cs', 'txt', [], neg('a police news item on an unnamed arrested man.'),
  'Policisté zadrželi 34letého muže z Kladna, který v noci vykradl trafiku. Muž byl v minulosti již třikrát odsouzen, '
  'nyní mu hrozí až tři roky vězení.')

S('en', 'txt', [SP, CT], 'An adult-safeguarding concern naming an older woman, her address and her Alzheimer\'s.',
  'ADULT SAFEGUARDING CONCERN\nAdult at risk: Margaret Doyle (82), 14 Elm Court, Derby DE22 3AB\nConcern: carers report '
  'that her grandson collects her pension and she is often without food. She has Alzheimer\'s and cannot manage money.')
S('en', 'txt', [SP], 'A GP letter confirming the named patient\'s endometriosis.',
  'To whom it may concern,\nThis is to confirm that my patient, Ms Chloe Barnes, has been under my care since 2023 for '
  'endometriosis and may need to attend hospital appointments at short notice.\nDr R. Patel, Oakfield Surgery')
S('en', 'txt', [SP], 'An HR note: a named employee\'s union membership and request for a rep.',
  'Note to file: Gareth Lloyd is a member of the GMB and has asked for his union rep to attend Thursday\'s capability '
  'meeting. Please book the larger room.')
S('en', 'txt', [SP], 'A probation report extract: the named man\'s prison term and methadone script.',
  'Mr Jason Reid, DOB 04/05/1990, was released on licence in June after serving 30 months for burglary. He is on a '
  'methadone script from the community drug team and reports weekly.')
S('en', 'txt', [SP], 'A teacher\'s e-mail: a named pupil fasting for Ramadan.',
  'Hi all, Ayaan Khan in 7B will be fasting during Ramadan from next week, so please let him sit out PE if he feels '
  'faint and excuse him from the lunch duty rota. Thanks, Mrs Hale')
S('en', 'txt', [], neg('a charity\'s annual report figures on homelessness and mental illness.'),
  'In 2024 our outreach team supported 1,340 people sleeping rough; 40% had a diagnosed mental illness and 28% a drug or '
  'alcohol dependency. Thank you to every volunteer.')
S('en', 'txt', [], neg('a news item about an unnamed man charged with assault.'),
  'A 34-year-old man from Leeds has been charged with assault after a fight outside a bar on Saturday, West Yorkshire '
  'Police said. He will appear before magistrates on Monday.')
S('en', 'txt', [], neg('a blank GP letter template.'),
  'TEMPLATE – fitness letter\nThis is to confirm that my patient, [Full name], DOB [dd/mm/yyyy], has been under my care '
  'for [condition] and is / is not fit to [activity].\n[GP name], [Surgery]')
S('en', 'txt', [], neg('a health secretary\'s statement in Parliament.'),
  'Speaking in Parliament, Health Secretary Anna Price said waiting times for cancer treatment had fallen for the third '
  'month and that two new diagnostic centres would open in the spring.')

# ================================================================ batch 3 (written after batch 2's fixes, scored blind)
C4 = cccd('096', 'm', 1968, 402751)      # Cà Mau, man, 1968
RC3 = rc(72, 6, 21, 507)                 # man, born 21 June 1972
NINO1 = 'JT 48 27 61 B'
assert rc_ok(RC3) and nino_ok(NINO1)
both('txt', [SP], 'A commune health worker\'s message: a named young mother talks of wanting to die after giving birth.',
     'Báo cáo anh Trưởng trạm: chị Lục Thị Mến (tổ 7) sau sinh con thứ hai hay khóc, mất ngủ, có lúc nói muốn chết; hôm '
     'qua gia đình đã đưa chị lên Bệnh viện Tâm thần tỉnh khám, bác sĩ cho thuốc về uống. Em sẽ theo dõi thêm.')
both('txt', [SP], 'A teacher\'s chat: a named pupil\'s father is in prison for drug dealing.',
     '[Cô Vân 20:14] Em báo phụ huynh lớp mình thông cảm: bố em Triệu Văn Lâm đang đi tù vì buôn bán ma túy, em ở với bà '
     'nội nên có gì cô nhắn bà nhé, đừng nhắc chuyện này trước lớp.')
both('txt', [NID, SP, CT], 'A welfare note with a named man\'s CCCD, his permanent residence and AIDS.',
     'Ghi chú hồ sơ hỗ trợ: ông Phan Văn Lành, CCCD ' + C4 + ', thường trú số 5 hẻm 32 đường Trần Hưng Đạo, phường 7, '
     'TP Cà Mau; nhiễm HIV đã chuyển giai đoạn AIDS, sống một mình, đề nghị hỗ trợ tiền thuốc và gạo hằng tháng.')
both('txt', [SP], 'An office gossip message: a named colleague is gay.',
     'Nghe nói cậu Lâm Quốc Huy bên phòng Kế hoạch là người đồng tính, hội nghị tháng sau đừng xếp anh ấy ở chung phòng '
     'với mấy anh bên Thanh tra nhé, kẻo lại ầm lên.')
both('txt', [], neg('a news item on an unnamed young mother\'s postpartum depression.'),
     'Một sản phụ 28 tuổi ở Hà Nam bị trầm cảm sau sinh, nhiều lần có ý định tự tử. Bác sĩ Bệnh viện Tâm thần Trung ương I '
     'khuyến cáo gia đình cần quan tâm, đưa sản phụ đi khám sớm khi có dấu hiệu bất thường.')
both('txt', [], neg('a party guide on what a "lý lịch" check must clarify.'),
     'Hướng dẫn thẩm tra lý lịch người xin vào Đảng: làm rõ thân nhân có tiền án, tiền sự hay không, có người ở nước ngoài '
     'không, theo tôn giáo nào; kết quả ghi vào phiếu thẩm tra, không ghi chung chung.')
both('txt', [], neg('an anonymous reader\'s question to a legal column.'),
     'Hỏi: Chồng tôi đang chấp hành án phạt tù 5 năm, tôi có được đơn phương ly hôn không? Trả lời: Theo Luật Hôn nhân và '
     'gia đình, người vợ có quyền yêu cầu Tòa án giải quyết ly hôn khi có căn cứ.')
both('txt', [], neg('a psychiatric hospital\'s public notice of its opening hours.'),
     'Bệnh viện Tâm thần tỉnh thông báo: từ 01/01/2026 khám ngoại trú cả sáng thứ Bảy; người bệnh trầm cảm, rối loạn lo âu '
     'có thẻ BHYT được cấp thuốc 30 ngày.')

S('cs', 'txt', [SP, CT], 'A social worker\'s záznam: a named client\'s permanent residence and her stroke.',
  'Sociální šetření v domácnosti 5. 12. 2025\nKlientka: Marie Dušková, nar. 3. 2. 1959, trvalé bydliště Nerudova 18, '
  '602 00 Brno\nKlientka je po mrtvici ochrnutá na levou stranu, pomoc zajišťuje syn. Doporučen příspěvek na péči.')
S('cs', 'txt', [SP], 'A team e-mail: a named colleague attends a psychiatric day clinic for anxiety.',
  'Ahoj všichni, Pavel Nohavica z IT teď dochází do denního psychiatrického stacionáře kvůli úzkostem, do konce ledna '
  'bude jen na půl úvazku. Tikety prosím posílejte Zdeňkovi.')
S('cs', 'txt', [SP], 'A class teacher\'s note: a named pupil\'s father is in custody.',
  'Poznámka pro vyučující 6.A: Eliška Tichá – otec je od listopadu ve vazbě, matka prosí, aby se o tom ve třídě '
  'nemluvilo. Pokud bude Eliška smutná, pošlete ji za výchovnou poradkyní.')
S('cs', 'txt', [NID, SP], 'An employer\'s confirmation with a birth number and a spa treatment after knee surgery.',
  'Potvrzení pro zaměstnavatele: pan Roman Vrba, RČ ' + RC3 + ', je od 1. 12. 2025 v lázeňské léčbě po operaci kolena, '
  'návrat do práce předpoklad 15. 1. 2026.')
S('cs', 'txt', [], neg('prison statistics.'),
  'Podle Vězeňské služby bylo na konci roku 2024 ve výkonu trestu 19 300 osob, z toho 1 200 žen; recidiva dosahuje 60 %.')
S('cs', 'txt', [], neg('a senator announcing her own illness in the news.'),
  'Senátorka Jana Dvořáková oznámila na sociálních sítích, že se léčí s rakovinou prsu a na měsíc přerušuje práci; '
  'poděkovala lékařům i voličům za podporu.')
S('cs', 'txt', [], neg('a blank accident-record form.'),
  'ZÁZNAM O ÚRAZU\nJméno zraněného: ____________________  Datum narození: __________\nDruh zranění: ______________\n'
  'Popis úrazového děje: ____________________________')
S('cs', 'txt', [], neg('a support group\'s invitation.'),
  'Svépomocná skupina pro lidi s depresí a úzkostmi se schází každé úterý v 17 h v Komunitním centru Ostrava. Vstup '
  'volný, není nutné se hlásit.')

S('en', 'txt', [SP], 'A safeguarding note: a named young person disclosed his sexual orientation and a threat at home.',
  'Safeguarding log – 5 Dec\nYoung person: Tyler Grant (15)\nTyler told his tutor that he is gay and that his father '
  'has threatened to throw him out if he tells anyone else. Referred to the DSL.')
S('en', 'txt', [SP], 'An HR e-mail: a named colleague\'s miscarriage.',
  'Hi team leads,\nJust a heads-up that Hannah Reeves (Payroll) had a miscarriage last week and is on leave until the '
  '15th. Please don\'t ask her about it when she is back.\nThanks, Claire')
S('en', 'txt', [NID, SP], 'An incident report with the injured worker\'s NI number and his wound.',
  'ACCIDENT BOOK ENTRY\nInjured person: David Okoro, NI number ' + NINO1 + '\nWhat happened: cut his left hand on a '
  'broken bottle while clearing bins; the laceration needed six stitches at the walk-in centre.')
S('en', 'txt', [SP, CT], 'A housing officer\'s letter: a named tenant\'s address, his stroke and wheelchair use.',
  'Dear Occupational Therapy Team,\nMr Patrick Flynn, of 22 Rowan Way, Bolton BL3 5QT, has told us that he is recovering '
  'from a stroke and now uses a wheelchair. Please assess him for a ground-floor transfer.')
S('en', 'txt', [], neg('a wellbeing newsletter\'s general figures.'),
  'Wellbeing newsletter – Men\'s Health Week: one in eight men has a common mental health problem, and men are less likely '
  'to seek help. Our EAP line is free and confidential.')
S('en', 'txt', [], neg('a blank accident book entry.'),
  'ACCIDENT BOOK ENTRY\nInjured person: ______________  NI number: ______________\nWhat happened: ______________\n'
  'First aid given: [ ] yes  [ ] no')
S('en', 'txt', [], neg('an anonymised serious case review.'),
  'Serious case review: Child B, aged 7, lived with her mother, who had a long history of depression and alcohol misuse. '
  'Agencies did not share what they knew.')
S('en', 'txt', [], neg('a film review with a fictional alcoholic detective.'),
  'Review: in the film, detective Harry Dunne is an alcoholic ex-cop who hides his drinking from his partner; the '
  'screenplay handles his relapse with care.')

# ================================================================ batch 4 (written after batch 3's fixes, scored blind)
C5 = cccd('031', 'f', 2001, 118406)      # Hải Phòng, woman, 2001
RC4 = rc(88, 2, 9, 141, female=True)     # woman, born 9 February 1988
assert rc_ok(RC4)
both('txt', [SP], 'A forwarded e-mail thread: a named accountant\'s leave for thyroid cancer surgery.',
     '---------- Forwarded message ---------\nTừ: Phòng Tài chính <taichinh@sokhdt.gov.vn>\nTiêu đề: V/v bố trí người thay\n\n'
     'Chị Thanh ơi, chị Đào Thị Hương (kế toán thanh toán) phải mổ tuyến giáp do ung thư tuyến giáp giai đoạn sớm, dự kiến '
     'nghỉ từ 15/12 đến hết tháng 1. Phòng đề nghị Văn phòng điều chị Ngân sang hỗ trợ.')
both('txt', [SP], 'A preschool teachers\' chat: a named child has cerebral palsy.',
     '[Cô Hoa - Lớp Lá 3] Lớp mình học kỳ 2 nhận thêm bé Mai Gia Hân, bé bị bại não thể nhẹ, đi lại còn khó, mẹ bé xin cho '
     'ngồi gần cửa và có người dắt khi ra sân. Các cô hỗ trợ giúp nhé.')
both('txt', [NID, SP], 'A factory\'s accident note: a named worker\'s CCCD and second-degree burns.',
     'Sự cố ca 2 ngày 04/12: chị Vũ Thị Ngọc Ánh, CCCD ' + C5 + ', công nhân tổ đóng gói, bị nước sôi từ nồi hơi bắn vào '
     'bỏng độ 2 cẳng tay trái, đã sơ cứu và chuyển Bệnh viện Kiến An.')
both('txt', [SP], 'A party cell\'s lý lịch verification: the candidate\'s own administrative penalty for gambling and a brother abroad.',
     'Kết quả thẩm tra lý lịch: quần chúng Chu Văn Hiệp – bản thân năm 2019 bị Công an xã xử phạt hành chính về hành vi đánh '
     'bạc (có tiền sự, đã hết thời hạn); anh trai đang lao động tại Hàn Quốc. Đề nghị chi bộ cân nhắc.')
both('txt', [], neg('a hospital press release naming the patient by initials only.'),
     'Thông cáo báo chí: Bệnh viện Đa khoa tỉnh vừa cứu sống bệnh nhân N.V.T. (45 tuổi) bị nhồi máu cơ tim cấp nhờ can thiệp '
     'mạch vành trong "giờ vàng". Hiện sức khỏe người bệnh ổn định.')
both('txt', [], neg('a blank registration form for a health check.'),
     'PHIẾU ĐĂNG KÝ KHÁM SỨC KHỎE ĐỊNH KỲ\nHọ và tên: ........................  Năm sinh: ..........\n'
     'Tiền sử bệnh: ☐ Tăng huyết áp  ☐ Đái tháo đường  ☐ Viêm gan  ☐ Khác: ............\nĐang mang thai: ☐ Có  ☐ Không')
both('txt', [], neg('a novel\'s synopsis with a fictional heroine and cancer.'),
     'Tóm tắt tiểu thuyết "Mùa hoa gạo": Cô giáo Lan lên bản dạy học, phát hiện mình bị ung thư nhưng giấu gia đình để ở lại '
     'với học trò đến kỳ thi cuối năm.')

S('cs', 'txt', [SP], 'An employer\'s e-mail: a named driver\'s epilepsy and his driving ban.',
  'Dobrý den, pane Novotný,\npo dnešní prohlídce u závodní lékařky nesmí Dušan Kratochvíl dál řídit – v září měl '
  'epileptický záchvat a neurolog mu řízení zakázal. Přeřadíme ho do skladu.\nS pozdravem, personální')
S('cs', 'txt', [SP, NID], 'A school psychologist\'s report with the pupil\'s mother\'s birth number and her alcoholism.',
  'Zpráva pro OSPOD: matka žáka, paní Lucie Šimonová, RČ ' + RC4 + ', podle zjištění školy pije, dítě chodí bez svačiny, '
  'v listopadu přišla pro syna pod vlivem alkoholu. Doporučujeme sociální šetření.')
S('cs', 'txt', [SP], 'A team chat: a named colleague\'s Roma origin and her request about it.',
  '[9:12] Hana: ještě k náboru – Nikola Balogová je romského původu a nechce, aby to klienti věděli, tak to prosím neřešte.')
S('cs', 'txt', [], neg('a news item with an anonymised woman ("Jana K.").'),
  'Žena z Přerova, které budeme říkat Jana K., se léčí s rakovinou už třetím rokem. Podle onkologů se podobných pacientek '
  'ročně objeví stovky.')
S('cs', 'txt', [], neg('a novel\'s synopsis.'),
  'Anotace románu: Učitel Tomáš Bureš se po rozvodu propadá do alkoholismu a hledá cestu zpět ke své dceři.')
S('cs', 'txt', [], neg('an employer\'s general health-check notice.'),
  'Upozornění: všichni řidiči absolvují do konce roku periodickou prohlídku u závodního lékaře; termíny vypíše personální oddělení.')

S('en', 'txt', [SP], 'An EHCP summary: a named pupil\'s cerebral palsy.',
  'EHCP annual review – summary\nPupil: Leo Turner (Year 3)\nLeo has spastic diplegic cerebral palsy and uses a walking '
  'frame; he needs a 1:1 assistant for toileting and PE.')
S('en', 'txt', [SP], 'A manager\'s message: a named colleague\'s mother sectioned, and his own stress leave.',
  'Hi Sue, Raj Mehta will be off for two weeks – his mum was sectioned on Friday and he is now signed off with stress '
  'himself. Please reassign his cases.')
S('en', 'txt', [SP], 'A character reference for court that mentions the named man\'s conviction and drinking.',
  'Character reference\nI have employed Shane Kelly since 2020. I know that he was convicted of drink-driving last year '
  'and that he has since stopped drinking completely.\nPaul Hardy, Hardy Roofing')
S('en', 'txt', [], neg('a charity story naming the person by first name only (round 25\'s decision).'),
  'Sarah, 34, was diagnosed with breast cancer last spring. With help from our nurses she finished chemotherapy in '
  'October. Donate today to help people like Sarah.')
S('en', 'txt', [], neg('a blank EHCP summary template.'),
  'EHCP annual review – summary\nPupil: [name] (Year [ ])\nNeeds: [describe the pupil\'s needs]\nProvision: [ ]')
S('en', 'txt', [], neg('a court\'s public listing guide.'),
  'Magistrates\' court lists show the defendant\'s name, age and the offence; reporting of youth cases is restricted under '
  'section 49 of the Children and Young Persons Act 1933.')

# ================================================================ batch 5 (written after batch 4's fixes, scored blind)
both('txt', [SP], 'A head teacher\'s message: a named pupil\'s aplastic anaemia and regular transfusions.',
     'Thầy Hiệu trưởng nhắn GVCN 9A: phụ huynh em Hoàng Gia Khánh báo em bị suy tủy, hai tuần một lần phải lên Viện Huyết học '
     'truyền máu, các thầy cô cho em nghỉ những ngày đó và không tính vắng không phép.')
both('txt', [SP, CT], 'A commune police note: a named drug user, his permanent residence and his referral to rehab.',
     'Công an xã Chiềng Cọ báo cáo: đối tượng Lường Văn Pó, sinh năm 1995, thường trú số 8 tổ 2, phường Chiềng An, TP Sơn La, '
     'là người sử dụng trái phép chất ma túy, đang lập hồ sơ đề nghị đưa đi cơ sở cai nghiện bắt buộc.')
both('txt', [SP], 'A Zalo leave message: a named colleague has shingles.',
     'Em báo chị Trưởng phòng: chị Bế Thị Lan bị zona thần kinh vùng ngực, bác sĩ cho nghỉ 7 ngày, việc văn thư tuần này em '
     'làm thay chị ấy ạ.')
both('txt', [], neg('a conference announcement with a named expert speaker.'),
     'Hội thảo khoa học "Cập nhật điều trị suy tủy xương" do PGS.TS Nguyễn Hà Thanh chủ trì, ngày 20/12 tại Viện Huyết học – '
     'Truyền máu Trung ương; đăng ký tham dự trước 15/12.')
both('txt', [], neg('a school notice about chickenpox cases, no one named.'),
     'Thông báo: lớp 2A có 3 học sinh bị thủy đậu. Nhà trường đề nghị phụ huynh theo dõi, nếu con sốt, nổi mụn nước thì cho '
     'nghỉ ở nhà và báo cô chủ nhiệm.')

S('cs', 'txt', [SP], 'A maintenance team\'s e-mail: a named colleague after a kidney transplant.',
  'Dobrý den, pan Zbyněk Hora z údržby je po transplantaci ledviny a bere imunosupresiva, do prašného prostředí ani do '
  'kotelny ho prosím neposílejte. Díky, mistr Kubát')
S('cs', 'txt', [SP], 'A social worker\'s záznam: a named client is Roma and fears discrimination.',
  'Záznam z konzultace: paní Renata Kováčová sdělila, že je Romka a že ji pronajímatel odmítl kvůli původu. Doporučeno '
  'obrátit se na veřejného ochránce práv.')
S('cs', 'txt', [], neg('national transplant figures.'),
  'V IKEM loni provedli 260 transplantací ledvin; průměrná čekací doba na orgán se zkrátila na 14 měsíců.')
S('cs', 'txt', [], neg('a blank staff questionnaire with a faith question.'),
  'Dotazník pro nové zaměstnance\nJméno: ______________\nMáte dietní omezení z náboženských důvodů?  [ ] ano  [ ] ne\n'
  'Pokud ano, jaké: ______________')

S('en', 'txt', [SP], 'An HR note: a named lawyer\'s sickle cell disease and hospital stay.',
  'Grace Adeyemi (Legal) has sickle cell disease and has been admitted with a crisis; she expects to be back next week. '
  'Please move her Thursday hearing.')
S('en', 'txt', [SP], 'A rota message: a named worker\'s curfew tag after a court order.',
  'Rota change: Dean Price is on a curfew tag until March after his court case, so he cannot do any evening or night '
  'shifts until then. Swap him onto earlies.')
S('en', 'txt', [], neg('a description of sickle cell disease.'),
  'Sickle cell disease affects about 15,000 people in the UK. A sickle cell crisis causes severe pain and often needs '
  'hospital treatment with fluids and strong painkillers.')
S('en', 'txt', [], neg('a blank DBS application section.'),
  'DBS application – Section E\nDo you have any unspent convictions or cautions?  [ ] Yes  [ ] No\nIf yes, give details: ________')

# ================================================================ batch 6 (written after batch 5's fixes, scored blind):
# sick leave told with a condition no list names
both('txt', [SP], 'A leave message: a named colleague\'s kidney stones.',
     'Báo phòng: anh Quan Văn Thắng xin nghỉ 3 ngày vì bị sỏi thận, đang chờ lịch tán sỏi ở viện tỉnh, việc tiếp dân '
     'thứ Tư nhờ chị Yến trực thay.')
both('txt', [SP], 'A chat: a named colleague is seriously ill with a high fever and on a drip.',
     'Chị Mạc Thu Hà bị ốm nặng mấy hôm nay, sốt cao phải truyền dịch ở trạm y tế, báo cáo quý em nộp thay chị ấy nhé.')
both('txt', [SP], 'A class teacher\'s note: a named pupil off school with mumps.',
     'Ghi chú sổ đầu bài: em Lý Minh Châu lớp 4B nghỉ học cả tuần do bị quai bị, phụ huynh đã gửi giấy xin phép.')
both('txt', [], neg('health advice on kidney stones.'),
     'Mẹo phòng sỏi thận: uống đủ 2 lít nước mỗi ngày, hạn chế muối và nội tạng động vật; khi đau quặn lưng nên đi khám sớm.')
both('txt', [], neg('a school rule on absence through illness.'),
     'Nội quy: học sinh nghỉ học do ốm phải có giấy xin phép của phụ huynh; nghỉ quá 3 ngày cần giấy của cơ sở y tế.')
S('cs', 'txt', [SP], 'A team chat: a named colleague is off sick with flu.',
  '[8:05] Ivana: Jitka Horáková marodí s chřipkou až do pátku, poradu přesouvám na pondělí.')
S('cs', 'txt', [SP], 'An e-mail: a named colleague is at home with pneumonia.',
  'Dobrý den, pan Kamil Dvořák leží doma se zánětem plic, podklady k zakázce vám pošle kolegyně Malá.')
S('cs', 'txt', [], neg('a flu-season notice.'),
  'Chřipková epidemie: v kraji marodí každý pátý zaměstnanec, hygienici doporučují očkování a roušky v MHD.')
S('en', 'txt', [SP], 'A manager\'s message: a named colleague off sick with glandular fever.',
  'Morning all, Tom Baxter is off sick with glandular fever until the 20th, so Leanne will cover his clients.')
S('en', 'txt', [SP], 'A team note: a named salesperson off with kidney stones.',
  'Olivia Grant (Sales) has been off for a week with kidney stones; her demos are moved to January.')
S('en', 'txt', [], neg('a sickness-absence rule.'),
  'Reminder: if you are off sick, call your line manager before 9am and send a fit note after seven days.')

if __name__ == '__main__':
    write_personal_round(V, 'round48', 'p48')
