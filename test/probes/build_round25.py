#!/usr/bin/env python3
"""Builds test/probes/round25.jsonl (round 25 of the held-out-style probes, written blind): about half classification
markings applied in ways no earlier round held — a level ticked on a printed form's check boxes ("Độ mật: ☒ Mật",
"[X] SECRET", "☒ Důvěrné"), a stamp described by an image's alternative text in a converted document ("![dấu MẬT]",
"[image: red stamp SECRET]"), a stamp kept as an HTML element of an exported page, US portion marks without any banner
("(S//NF) …"), a level in an e-mail subject in parentheses ("(MẬT)", "[DŮVĚRNÉ]") — and half sensitive facts about a
named person told in a plain sentence of kinds round 23 did not hold: religion (a Catholic, a Jehovah's Witness
refusing a transfusion, a practising Muslim), sexual orientation, a past conviction or a criminal record, epilepsy,
schizophrenia, type 1 diabetes, a pregnancy, an iris template. Hard negatives of the same shapes: blank check-box
forms, clothing sizes "(S)/(M)/(L)", an image of honey or a book cover, statistics of a religion, a lecture on
epilepsy, a public calendar of Ramadan, a Pride picnic. Stdlib only; no identifiers (no run of nine digits, no
e-mail address), so only the kind under test can decide."""
import re

from probe_ids import diacritic_pair, sample_adder, write_round

S, add = sample_adder()
CM, SP = 'classified-marking', 'sensitive-personal'
NEG = 'Hard negative: '


vi = diacritic_pair(add)


# ================================================================ markings
vi('block', [CM], 'A printed form exported to text with the level ticked on its check boxes.',
   'PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nĐộ mật:  ☐ Thường   ☒ Mật   ☐ Tối mật   ☐ Tuyệt mật\n'
   'Độ khẩn: ☒ Thường  ☐ Khẩn\nNội dung trình: phương án bảo vệ mục tiêu trong dịp lễ 2/9.')
vi('pass', [], NEG + 'the same form left blank (no box ticked), pasted to ask how to fill it in.',
   'Mẫu phiếu trình này điền thế nào ạ?\nĐộ mật:  ☐ Thường   ☐ Mật   ☐ Tối mật   ☐ Tuyệt mật\n'
   'Độ khẩn: ☐ Thường  ☐ Khẩn')
vi('block', [CM], 'A scanned letter converted to Markdown: the stamp survives only as the image\'s alternative text.',
   '![Dấu TỐI MẬT màu đỏ](media/image1.png)\n\nBỘ CHỈ HUY QUÂN SỰ TỈNH\nSố: 112/BC-BCH\n'
   'BÁO CÁO\nKết quả diễn tập khu vực phòng thủ năm 2025')
vi('pass', [], NEG + 'a shop post in Markdown with an image of honey in its alternative text.',
   '![Mật ong rừng U Minh nguyên chất](img/matong.jpg)\n\nMật ong rừng U Minh, chai 500 ml, giá 280.000 đ.')
vi('block', [CM], 'A page saved from the e-office web app: the stamp is an HTML element above the title.',
   '<div class="stamp-do-mat">MẬT</div>\n<h2>KẾ HOẠCH</h2>\n<p>Bảo đảm an ninh hội nghị xúc tiến đầu tư</p>')
vi('block', [CM], 'An e-mail subject with the level in parentheses, forwarded twice.',
   'Tiêu đề: Fwd: Fwd: (MẬT) Báo cáo tình hình an ninh nội bộ quý III\n\nEm gửi anh bản báo cáo, anh xem giúp.')
vi('pass', [], NEG + 'an e-mail subject about a password reset and honey for the office party.',
   'Tiêu đề: Re: Đổi mật khẩu email + đặt mật ong cho tiệc cuối năm\n\nEm đã đổi mật khẩu rồi nhé anh.')
add('vi', 'block', [CM], 'A level on a transmission slip: "chuyển tài liệu độ Tối mật" to a named officer.',
    'PHIẾU CHUYỂN TÀI LIỆU\nChuyển tài liệu độ Tối mật (01 bản, 6 tờ) cho đồng chí Trưởng phòng PA03 ký nhận.')

add('en', 'block', [CM], 'A cover sheet with the level ticked among check boxes.',
    'DOCUMENT COVER SHEET\nClassification: [ ] UNCLASSIFIED  [ ] CONFIDENTIAL  [X] SECRET  [ ] TOP SECRET\n'
    'Title: Logistics readiness review, northern depots')
add('en', 'pass', [], NEG + 'the blank cover-sheet template, no box ticked.',
    'Template – fill in before circulation:\nClassification: [ ] UNCLASSIFIED  [ ] CONFIDENTIAL  [ ] SECRET  [ ] TOP SECRET')
add('en', 'block', [CM], 'US portion marks on each paragraph, no banner line pasted.',
    '(S//NF) The convoy will leave the forward base at 0400 local.\n'
    '(S) Two sources confirm the bridge is passable.\n(U) Weather is expected to clear by noon.')
add('en', 'pass', [], NEG + 'clothing sizes in parentheses at line starts.',
    'Order for the team shirts:\n(S) 4 pcs\n(M) 7 pcs\n(L) 3 pcs')
add('en', 'block', [CM], 'A scanned memo converted to text: the stamp survives as the image description.',
    '[image: red rubber stamp "SECRET"]\nMEMORANDUM FOR THE RECORD\nSubject: Site survey, east perimeter')
add('en', 'pass', [], NEG + 'an image description of a book cover in a reading list.',
    '[image: cover of "The Secret Garden" by Frances Hodgson Burnett]\nWeek 3 reading: chapters 1-5.')

add('cs', 'block', [CM], 'A Czech form with the level ticked on its check boxes.',
    'Průvodní list dokumentu\nStupeň utajení: ☐ Vyhrazené ☒ Důvěrné ☐ Tajné ☐ Přísně tajné\nPočet listů: 4')
add('cs', 'pass', [], NEG + 'the blank Czech form, no box ticked.',
    'Vzor průvodního listu (nevyplněný):\nStupeň utajení: ☐ Vyhrazené ☐ Důvěrné ☐ Tajné ☐ Přísně tajné')
add('cs', 'block', [CM], 'A Czech e-mail subject with the level in brackets.',
    'Předmět: [DŮVĚRNÉ] Plán zabezpečení summitu – verze 3\n\nPosílám upravenou verzi, prosím o kontrolu do pátku.')

add('cs', 'block', [CM], 'A Czech scan converted to text: the stamp survives as the image description.',
    '[obrázek: červené razítko „TAJNÉ"]\nMINISTERSTVO OBRANY\nZáznam z jednání o přesunu techniky')
add('cs', 'pass', [], NEG + 'a Czech image description of a book cover.',
    '[obrázek: obálka knihy „Tajná zahrada"]\nČetba na březen, kapitoly 1 až 4.')

# ================================================================ sensitive facts in sentences
vi('warn', [SP], 'Roster chat: a named colleague\'s religion (Catholic, Sunday mass) told in a sentence.',
   'Chị Hoa phòng hành chính theo đạo Công giáo, Chủ nhật nào cũng đi lễ nhà thờ nên đừng xếp chị ấy trực.')
vi('warn', [SP], 'Gossip: a named colleague\'s sexual orientation.',
   'Anh Khoa bên marketing là người đồng tính, mới công khai với gia đình tháng trước.')
vi('warn', [SP], 'HR chat: a named guard\'s past conviction for theft.',
   'Anh Tùng bảo vệ từng có tiền án về tội trộm cắp tài sản, ra tù năm 2019, hồ sơ không khai.')
vi('warn', [SP], 'First-aid note: a named accountant has epilepsy.',
   'Chị Ngân kế toán bị động kinh, nếu thấy chị ấy co giật thì đặt nằm nghiêng rồi gọi 115 nhé.')
vi('warn', [SP], 'Shift planning: a named receptionist is four months pregnant.',
   'Em Thảo lễ tân đang mang thai tháng thứ 4, cho em ấy ngồi quầy, đừng xếp ca đêm.')
add('vi', 'warn', [SP], 'A named warehouse worker is treated for schizophrenia.',
    'Anh Phúc ở kho bị tâm thần phân liệt, đang điều trị ngoại trú ở Bệnh viện Tâm thần Trung ương.')
vi('pass', [], NEG + 'news: attendance at Christmas mass, no person.',
   'Đêm Giáng sinh, nhà thờ Lớn Hà Nội đón hơn 10.000 giáo dân và du khách dự thánh lễ.')
vi('pass', [], NEG + 'a lecture line on epilepsy, no person.',
   'Động kinh là bệnh lý thần kinh mạn tính, phần lớn người bệnh kiểm soát được cơn co giật bằng thuốc.')
add('vi', 'pass', [], NEG + 'crime statistics of a province, no person.',
    'Năm 2025 toàn tỉnh xảy ra 412 vụ trộm cắp tài sản, giảm 8% so với năm trước.')

add('cs', 'warn', [SP], 'A named man\'s religion and his refusal of a blood transfusion.',
    'Pan Svoboda je svědek Jehovův, transfuzi krve při operaci odmítl, lékaři to musí vědět.')
add('cs', 'warn', [SP], 'A named colleague\'s sexual orientation.',
    'Kolega Beneš je gay a žije s partnerem, ale v práci o tom nemluví.')
add('cs', 'warn', [SP], 'A named employee\'s criminal record for embezzlement.',
    'Pan Doležal má záznam v rejstříku trestů za zpronevěru, na pokladnu ho nedávejte.')
add('cs', 'warn', [SP], 'A named colleague\'s pregnancy told in a sentence.',
    'Jana z recepce je ve čtvrtém měsíci těhotenství, nedávejte jí noční směny.')
add('cs', 'pass', [], NEG + 'membership statistics of a religion.',
    'Svědkové Jehovovi mají v Česku podle sčítání asi 15 000 členů.')

add('en', 'warn', [SP], 'A named colleague\'s religion (practising Muslim, Ramadan).',
    'Ahmed in logistics is a practising Muslim, so please avoid booking the team lunch during Ramadan.')
add('en', 'warn', [SP], 'A named colleague\'s sexual orientation.',
    'Between us, Mark from sales is gay and hasn\'t told his family yet.')
add('en', 'warn', [SP], 'A named colleague\'s conviction for shoplifting.',
    'Laura in finance has a conviction for shoplifting from 2017; HR knows about it.')
add('en', 'warn', [SP], 'A named colleague has type 1 diabetes (first-aid note).',
    'Ben has type 1 diabetes; if he seems confused or shaky, give him juice and call his wife.')
add('en', 'warn', [SP], 'A named employee\'s iris template re-captured (biometrics).',
    'Sofia Marin\'s iris scan failed enrolment twice, so security re-captured her iris template on Monday.')
add('en', 'pass', [], NEG + 'a public calendar note on Ramadan and canteen hours.',
    'Ramadan is expected to start around 8 February; the canteen will extend its evening opening hours.')
add('en', 'pass', [], NEG + 'an invitation to the Pride network\'s picnic.',
    'Pride month: join the LGBTQ+ network\'s picnic in the courtyard on Friday at noon.')
add('en', 'pass', [], NEG + 'a health leaflet on type 1 diabetes, no person.',
    'Type 1 diabetes: symptoms include thirst, tiredness and weight loss; see your GP if you notice them.')

for s in S:
    assert not re.search(r'\d{9,}', s['text']), s['note']
    assert not re.search(r'[\w.]+@[\w-]+\.\w', s['text']), s['note']

if __name__ == '__main__':
    write_round(S, 'round25', 'p25')
