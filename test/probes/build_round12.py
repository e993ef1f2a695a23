#!/usr/bin/env python3
"""Builds test/probes/round12.jsonl (round 12 of the held-out-style probes: what staff paste). Stdlib only;
identifiers are generated and checked by the helpers below (valid ones for positives, failing ones for negatives)."""
# identifier helpers for the round-12 probes (valid and deliberately invalid values): the shared ones in probe_ids.py
from probe_ids import PROV, W, cccd, czacct, czpart_ok, grp, iban, luhn, luhn_ok, mod97, mst  # noqa: F401
def rc(yy, mm, dd, ser, female=False):
    m = mm + 50 if female else mm
    for s in range(ser, ser + 50):
        base = f'{yy:02d}{m:02d}{dd:02d}{s % 1000:03d}'
        r = int(base) % 11
        if r != 10:
            d = (11 - r) % 11
            full = base + str(d)
            if int(full) % 11 == 0:
                return full[:6] + '/' + full[6:]
    raise ValueError
def rc_ok(s):
    s = s.replace('/', '')
    return len(s) == 10 and int(s) % 11 == 0
V = []
def S(lang, ext, cats, note, text):
    V.append(dict(lang=lang, ext=ext, cats=cats, note=note, text=text))
# Vietnamese samples (with and without diacritics)

S('vi','txt',['classified-marking'],'Zalo forward with timestamps: title-case *Tối Mật* in markdown emphasis inside the quoted message.',
"""[Tin nhắn chuyển tiếp]
Trần Minh Khôi · 07:52 15/06
> *Tối Mật* – Phương án bảo vệ đoàn đại biểu cấp cao tại sân bay Phú Bài
> Lực lượng: 2 tổ cơ động, 1 tổ trinh sát, xe dẫn đoàn xuất phát 06:30.

Em tóm tắt lại thành 5 gạch đầu dòng giúp anh nhé, chiều họp giao ban.""")

S('vi','txt',['classified-marking','official-document'],'OCR scan: page header, broken lines, stamp TỐI / MẬT split over two lines with O read as 0 (T0I MAT).',
"""UY BAN NHAN DAN              CONG HOA XA HOI CHU NGHIA VIET NAM
TINH QUANG TRl                 Doc lap - Tu do - Hanh phuc
So: 1187/UBND-NC
                  T0I
                  MAT
V/v trien khai phuong an bao ve
cac muc tieu trong diem dip le

Can cu ke hoach so 74/KH-BCD ngay 02/6/2026 ...
-- Trang 1/4 --""")

S('vi','txt',['classified-marking','official-document'],'Long report: 40+ lines of plain narrative, then a page break and the MẬT stamp on page 3 under a repeated number line.',
"Viết lại phần kết luận cho ngắn gọn hơn:\n\n" + "\n".join(f"{i}. Trong kỳ, đơn vị đã triển khai nhiệm vụ thứ {i} theo kế hoạch, kết quả đạt yêu cầu đề ra." for i in range(1, 38)) +
"\n\n--- Trang 3 ---\nSố: 92/BC-PA03 (tiếp theo)\nMẬT\n\nIII. ĐÁNH GIÁ CHUNG\nTình hình đối tượng hoạt động trên không gian mạng có chiều hướng gia tăng; đề nghị tăng cường lực lượng theo dõi.")

S('vi','txt',['classified-marking'],'E-mail footer sentence (no stamp line): document for internal circulation only, do not copy.',
"""Chào chị Hằng,

Em gửi chị dự thảo báo cáo sơ kết 6 tháng của phòng để chị góp ý trước khi trình lãnh đạo.
Số liệu phần II em lấy từ hệ thống báo cáo thống kê ngày 10/6.

Trân trọng,
Đỗ Thu Trang
Phòng Tổng hợp
---
Tài liệu này chỉ được lưu hành nội bộ, nghiêm cấm sao chụp hoặc chuyển tiếp ra ngoài dưới mọi hình thức.""")

S('vi','md',['classified-marking'],'Markdown document whose first line is _Lưu hành nội bộ_ in italic emphasis.',
"""_Lưu hành nội bộ_

# Quy trình xử lý sự cố mất kết nối đường truyền số liệu chuyên dùng

1. Trực ban kiểm tra đèn trạng thái thiết bị đầu cuối.
2. Báo cáo ngay cho tổ kỹ thuật qua kênh trực ban.
3. Ghi nhật ký thời điểm mất kết nối và thời điểm khôi phục.""")

S('vi','txt',['classified-marking','official-document'],'E-office (VNPT iOffice-style) export: one record per line with Số ký hiệu and Độ mật fields.',
"""DANH SÁCH VĂN BẢN ĐẾN - Xuất từ hệ thống quản lý văn bản ngày 16/06/2026
Số đến: 2314
Số ký hiệu: 318/SNV-TCBC
Ngày ban hành: 12/06/2026
Cơ quan ban hành: Sở Nội vụ
Trích yếu: V/v rà soát biên chế công chức năm 2027
Độ mật: Mật
Độ khẩn: Thường
Người xử lý: Phòng Tổ chức cán bộ""")

S('vi','txt',['official-document'],'E-office export record with Độ mật: Thường (not a marking) and a number/symbol field: official document only.',
"""Xuat tu he thong eOffice - van ban di
So/Ky hieu: 1044/STNMT-QLDD
Ngay ky: 09/06/2026
Nguoi ky: Pho Giam doc
Trich yeu: V/v cung cap ho so thu hoi dat du an duong vanh dai 4
Do mat: Thuong
Do khan: Khan
Noi nhan: UBND huyen Gia Lam; Luu VT, QLDD""")

S('mixed','txt',['classified-marking','official-document'],'English translation of a Vietnamese provincial letter: motto, No., then SECRET on its own line.',
"""Please polish this translation before I send it to the partner:

PEOPLE'S COMMITTEE OF BINH DINH PROVINCE
SOCIALIST REPUBLIC OF VIETNAM
Independence - Freedom - Happiness
No.: 2751/UBND-KT
SECRET

Re: Preparations for the delegation visit to the Nhon Hoi economic zone
The Provincial People's Committee requests the Department of Foreign Affairs to ...""")

S('vi','txt',['classified-marking'],'Chat forward, lower case without diacritics: "(tai lieu mat, khong chuyen tiep)" applied to the pasted text.',
"""[14:03] Hoang Anh: em gui anh noi dung nay (tai lieu mat, khong chuyen tiep)
[14:03] Hoang Anh: Danh sach doi tuong can theo doi dot 2: 14 nguoi, phan bo tai 3 phuong trung tam, uu tien nhom co tien su gay roi.
[14:05] Minh Duc: ok de anh xem""")

S('vi','txt',['classified-marking','official-document'],'Party document: TUYỆT MẬT in title case (Tuyệt Mật) on its own line under the Party number.',
"""ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH
ĐẢNG ỦY SỞ TÀI CHÍNH
*
Số 27-BC/ĐU
Tuyệt Mật

BÁO CÁO
kết quả kiểm điểm tập thể Ban Thường vụ năm 2026""")

S('vi','txt',['classified-marking'],'Envelope instruction CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ without diacritics and in lower case, OCR of an envelope.',
"""Anh doc giup em chu tren phong bi nay la gi:

Kinh gui: dong chi Truong ban
chi nguoi co ten moi duoc boc bi
Ngoai bia: Van phong Tinh uy""")

S('vi','txt',['classified-marking','official-document'],'OCR with lost diacritics and l/1 confusion in the stamp: "TOl MAT" after the number line.',
"""B0 CONG THUONG
S0: 4471/BCT-ATMT
TOl MAT
Ha Noi, ngay 11 thang 6 nam 2026
BAO CAO
Tinh hinh bao dam an ninh nang luong khu vuc mien Trung""")

S('vi','md',['classified-marking'],'Markdown table report with **MẬT** bold stamp at the very top above a pipe table.',
"""**MẬT**

| Hạng mục | Kinh phí (triệu đồng) | Ghi chú |
|---|---|---|
| Thiết bị giám sát | 4.250 | đợt 1 |
| Phần mềm phân tích | 1.900 | đợt 2 |
| Đào tạo | 320 | |

Giúp tôi viết đoạn thuyết minh ngắn cho bảng trên.""")

S('vi','txt',['classified-marking'],'Long Teams-style thread; the quoted reply ends with the sentence "Nội dung trên là tài liệu mật".',
"""Re: Re: Số liệu kiểm tra quý II
Từ: Phạm Hoài Nam
Đã gửi: Thứ Hai, 15/06/2026 16:20

Anh gửi lại số liệu đã chốt.

> Từ: Lưu Thanh Bình
> Em gửi anh số liệu 12 đơn vị, trong đó 3 đơn vị vi phạm định mức chi.
> Nội dung trên là tài liệu mật, đề nghị không chuyển tiếp.""")

# national-id / financial / credential / contact in Vietnamese
c1 = cccd('036','m',1982,417305); c2 = cccd('066','f',1995,2806); c3 = cccd('001','f',2001,93417)
rows = []
names = ['Nguyễn Thị Lan','Trần Văn Hậu','Lê Quang Vinh','Phạm Thu Hà','Hoàng Đức Long','Vũ Thị Mai','Đặng Văn Sơn','Bùi Hải Yến','Đỗ Minh Trí','Hồ Thị Nga','Ngô Văn Lực','Dương Thị Ánh','Lý Văn Tài','Mai Thị Hòa','Tạ Quang Huy','Cao Thị Thảo','Trịnh Văn Lâm','Đinh Thị Hương','Lương Văn Bảo','Phan Thị Cúc','Kiều Văn Toàn','Châu Thị Diễm','Quách Văn Nghĩa','Lâm Thị Tuyết','Tôn Thất Hưng','Hà Văn Quý','Thái Thị Mỹ','Mạc Văn Khánh','Khổng Thị Liên','Vương Đức Anh']
provs = ['001','031','038','040','048','079','092','026','036','066']
for i, n in enumerate(names):
    rows.append(f"| {i+1} | {n} | {cccd(provs[i%10], 'mf'[i%2], 1970 + i, 100313 + i*7919)} | 09{(12345678 + i*104729) % 100000000:08d} |")
S('vi','md',['national-id','contact'],'Pipe table pasted from a spreadsheet: the header (Số định danh, SĐT) stands 30 rows above the last rows; CCCDs and mobiles.',
"Lọc giúp mình những người sinh trước 1985:\n\n| STT | Họ và tên | Số định danh cá nhân | SĐT |\n|---|---|---|---|\n" + "\n".join(rows))

S('vi','eml',['national-id','contact'],'Vietnamese e-mail where the passport number is labelled in English (Passport No.) and a named person\'s mobile.',
"""From: Le Thanh Tung <tung.le.hcm@gmail.com>
To: Phong Doi ngoai
Subject: Fwd: Ho so xin visa doan cong tac

Em gui lai thong tin cua anh Quan de lam thu tuc:
Ho ten: Nguyen Dinh Quan
Passport No.: C8402716
Ngay cap: 04/03/2024
Dien thoai: 0912 604 318

Thanks,
Tung""")

S('vi','txt',['national-id'],'CCCD labelled in English ("ID card no.") inside a Vietnamese HR chat.',
f"""Chi Ngoc oi, ho so bao hiem cua ban moi vao con thieu so can cuoc.
Ban ay vua nhan tin: ID card no. {c2}, cap ngay 22/8/2021.
Chi cap nhat vao phan mem giup em nhe.""")

S('vi','txt',['sensitive-personal'],'Named official hospitalised after a stroke, in a forwarded Zalo message.',
"""[Chuyển tiếp từ nhóm Văn phòng Sở]
08:41 Nguyễn Hữu Phước: Báo cáo anh, đồng chí Lê Thị Hạnh (Phó trưởng phòng Kế hoạch) đã nhập viện Bạch Mai tối qua do tai biến mạch máu não, hiện đang điều trị tại khoa Thần kinh.
Anh soạn giúp em tin nhắn thăm hỏi gửi gia đình.""")

S('vi','txt',['sensitive-personal'],'Workplace accident injury of a named worker in a report draft without diacritics.',
"""Sua lai doan nay cho trang trong:
Luc 9h15 ngay 12/6, anh Pham Quoc Bao (to van hanh so 2) bi gay xuong dui trai va chan thuong phan mem vung dau do nga tu gian giao, da duoc dua di cap cuu tai Benh vien Viet Duc.""")

S('vi','txt',['sensitive-personal'],'Religion of a named person in a verification note.',
"""Kết quả xác minh lý lịch:
Ông Đinh Văn Khải, sinh năm 1979, theo đạo Tin Lành, hiện sinh hoạt tại một hội thánh tại gia ở xã Ea Tu. Gia đình có 2 người con đang đi học.
Nhờ chatbot viết lại thành đoạn văn mạch lạc.""")

S('vi','txt',['sensitive-personal'],'Party discipline of a named member (cảnh cáo) in chat without diacritics.',
"""tin noi bo: dong chi Vu Minh Tam bi ky luat canh cao ve Dang do vi pham quy dinh nhung dieu dang vien khong duoc lam, chi bo da hop xet chieu qua.
viet giup minh thong bao ngan gon gui cac to""")

S('vi','txt',['sensitive-personal'],'Criminal record (tiền án) of a named applicant in a recruitment screening.',
"""Kết quả thẩm tra: ứng viên Trương Công Danh có 01 tiền án về tội trộm cắp tài sản (bản án năm 2019 của TAND huyện Thủ Thừa), đã chấp hành xong hình phạt.
Soạn giúp tôi công văn trả lời đơn vị tuyển dụng.""")

S('vi','txt',['contact'],'Permanent-residence address (thường trú) of a named person in a verification message.',
"""Thông tin xác minh nơi cư trú:
Họ tên: Bùi Thị Ngọc Trâm
Thường trú: Số 14 ngõ 82 phố Chùa Láng, phường Láng, thành phố Hà Nội
Tạm trú: ký túc xá Đại học Ngoại thương
Tóm tắt giúp em thành 2 dòng.""")

S('vi','txt',['sensitive-personal','national-id'],'HR profile: ethnicity and religion fields of a named person, CCCD after its label.',
f"""SƠ YẾU LÝ LỊCH TRÍCH NGANG
Họ và tên: Lò Văn Thịnh
Dân tộc: Thái      Tôn giáo: Công giáo
Số CCCD: {cccd('014','m',1990,552804)}
Quê quán: Mường La, Sơn La
Viết lại giúp tôi đoạn giới thiệu bản thân.""")

acct = '0451000379812'
S('vi','txt',['financial'],'Zalo chat: transfer request with account number and lower-case bank name after it.',
f"""[10:12] Chi Dung: e chuyen khoan tien hoi nghi vao tk nay nhe {acct} vietcombank chu tk Ngo Thi Dung
[10:13] Em: vang chi""")

S('vi','csv',['credential'],'CSV account list; the header names the password column without diacritics ("mat khau").',
"""stt,tai khoan,mat khau,don vi
1,phongkt01,Kt@2026!ab,Phong Ke toan
2,phongtc02,TcHn#8821,Phong To chuc
3,vanthu,Vt2026$$hn,Van thu""")

S('vi','txt',['credential'],'Staff chat: meeting-room Wi-Fi password written as "mk wifi" without diacritics.',
"""[08:30] Le tan: mk wifi phong hop tang 5 la Hoptac@2026, ten mang SO-KHDT-T5
[08:31] Anh Tuan: cam on em""")

S('vi','md',['credential','infrastructure'],'.env file pasted in a question, with a literal DB password and a private host.',
"""Tại sao app không kết nối được DB? File .env của em:

```
APP_ENV=production
DB_HOST=10.20.4.15
DB_USER=qlvb_app
DB_PASSWORD=Qlvb!2026#Sxd
DB_NAME=qlvb
```""")

card = luhn('970422' + '157306201', 16)
S('vi','txt',['financial'],'OCR\'d receipt: a Napas card number split by OCR spaces after "So the".',
f"""HOA DON THANH TOAN
So the: {grp(card)}
Chu the: TRAN VAN HOAN
So tien: 2.450.000 VND
Giai thich giup toi cac khoan phi tren hoa don.""")

S('vi','txt',['official-document'],'Party document header with Số and recipients, no marking.',
"""ĐẢNG BỘ XÃ TÂN HIỆP
CHI BỘ ẤP 3
*
Số 08-TB/CB
THÔNG BÁO
Kết luận của chi bộ về công tác phát triển đảng viên quý II
...
Nơi nhận:
- Đảng ủy xã (b/c),
- Đảng viên trong chi bộ,
- Lưu chi bộ.""")

S('vi','txt',['official-document'],'English translation of a Vietnamese decision: No. with the Vietnamese symbol and a distribution list (Recipients).',
"""Translate back into Vietnamese please:

MINISTRY OF HOME AFFAIRS
No.: 1123/QD-BNV
Hanoi, 8 June 2026
DECISION
On the establishment of the working group on digital records
...
Recipients:
- As in Article 3;
- The Minister (for reporting);
- Archived: Office, Personnel Dept.""")

S('vi','txt',['contact'],'Signature block of a named staff member with a personal mobile in a forwarded e-mail without diacritics.',
"""---------- Forwarded message ---------
Tu: Nguyen Thi Bich
Ngay: Thu 11/06/2026
Chu de: lich kiem tra

Lich kiem tra da chot nhu file dinh kem.

Nguyen Thi Bich
Chuyen vien Phong Thanh tra
DD: 0983 215 447""")

S('vi','txt',['infrastructure'],'Support question with an internal hostname and private IP.',
"""Máy em không vào được trang quản trị http://qlhs.sotp.local:8080 , ping 192.168.40.12 thì vẫn thông. Lỗi do đâu ạ?""")

S('vi','txt',['classified-marking'],'Stamp in lower case without diacritics in an OCR footer: "toi mat" alone on the last line after page number.',
"""Ke hoach dieu dong luc luong ho tro dot 2
1. Dieu 40 can bo tu cac phong nghiep vu.
2. Bo tri xe tai 07 gio ngay 20/6.
- 2 -
toi mat""")

# Vietnamese hard negatives
S('vi','txt',[],'Hard negative: training slide bullet listing the three levels after "Độ mật:" (a glossary, not a field).',
"""Bài 2. Phân loại bí mật nhà nước
- Độ mật: gồm Tuyệt mật, Tối mật và Mật, căn cứ tính chất quan trọng của nội dung.
- Mỗi độ mật có thời hạn bảo vệ khác nhau theo Luật.
Câu hỏi ôn tập: nêu ví dụ về từng độ mật.""")

S('vi','txt',[],'Hard negative: honey shop marketing with MẬT ONG in capitals and "bí mật" of a recipe.',
"""MẬT ONG RỪNG U MINH – NGUYÊN CHẤT 100%
Bí mật của vị ngọt thanh nằm ở mùa hoa tràm tháng 3.
Đặt hàng hôm nay giảm 15%, giao hàng toàn quốc.""")

S('vi','txt',[],'Hard negative: "bí mật kinh doanh" in a startup workshop advert.',
"""Workshop: 7 bí mật kinh doanh online mà không ai nói với bạn
Thời gian: 19h thứ Sáu, tại Không gian sáng tạo quận 3
Diễn giả chia sẻ kinh nghiệm xây dựng thương hiệu cá nhân.""")

S('vi','txt',[],'Hard negative: news about a public figure (minister) visiting a hospital — no health data of a named person.',
"""Sáng 12/6, Bộ trưởng Bộ Y tế Đào Hồng Lan đã đến thăm và làm việc tại Bệnh viện Đa khoa tỉnh Lào Cai, kiểm tra công tác khám chữa bệnh và động viên đội ngũ y bác sĩ.
Viết lại thành tin ngắn 100 chữ.""")

S('vi','txt',[],'Hard negative: public decree cited in prose (Nghị định 13/2023/NĐ-CP) in a privacy training.',
"""Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân, dữ liệu về sức khỏe, tôn giáo, tiền án tiền sự là dữ liệu cá nhân nhạy cảm.
Hãy soạn 5 câu hỏi trắc nghiệm về nghị định này.""")

S('vi','txt',[],'Hard negative: perfume product named "Top Secret" in a Vietnamese shop listing.',
"""Nước hoa nam Top Secret Intense 100ml – hương gỗ ấm, lưu hương 8 tiếng.
Giá: 1.290.000đ. Viết giúp tôi mô tả sản phẩm hấp dẫn hơn.""")

S('vi','md',[],'Hard negative: Python reading the password from the environment, Vietnamese comment "mật khẩu".',
"""Code này có an toàn không?

```python
import os
# mật khẩu lấy từ biến môi trường, không ghi cứng
mat_khau = os.environ["DB_PASSWORD"]
ket_noi = psycopg2.connect(host=os.environ["DB_HOST"], password=mat_khau)
```""")

S('vi','txt',[],'Hard negative: "mật độ", "thân mật" and "túi mật" in everyday text.',
"""Mật độ dân cư phường tôi rất cao nên buổi gặp mặt thân mật của tổ dân phố phải tổ chức ở nhà văn hóa.
Bác tổ trưởng vừa mổ túi mật xong nên nhờ tôi viết thư mời.""")

S('vi','txt',[],'Hard negative: internal-circulation phrase quoted in a quiz about document rules.',
"""Câu 4: Cụm từ "Lưu hành nội bộ" thường được in ở vị trí nào trên ấn phẩm?
A. Góc trên bên trái   B. Cuối trang bìa   C. Trong phần trích yếu
Đáp án và giải thích giúp mình.""")

S('vi','txt',[],'Hard negative: public news about a court trial mentioning the level names.',
"""Theo cáo trạng, bị cáo đã chụp 12 tài liệu thuộc độ Tối mật và 5 tài liệu độ Mật rồi gửi qua mạng xã hội. Phiên tòa sơ thẩm diễn ra công khai ngày 10/6 tại TAND TP Hà Nội.
Tóm tắt bản tin này.""")

bad = '970436' + '1234567890'
while luhn_ok(bad): bad = bad[:-1] + str((int(bad[-1]) + 1) % 10)
S('vi','txt',[],'Hard negative: 16-digit transaction reference starting 9704 that fails Luhn, in a bank SMS.',
f"""TK cua quy khach bien dong -500,000VND luc 09:14 16/06. Ma GD: {bad}. ND: thanh toan hoc phi. Hotline 1900 545413.""")

S('vi','txt',[],'Hard negative: "CHÍNH SÁCH BẢO MẬT" heading of a website privacy policy.',
"""CHÍNH SÁCH BẢO MẬT THÔNG TIN KHÁCH HÀNG
Chúng tôi cam kết không chia sẻ thông tin của quý khách cho bên thứ ba khi chưa có sự đồng ý.
Rút gọn đoạn trên giúp tôi.""")

S('vi','txt',[],'Hard negative: urgency marks HỎA TỐC / THƯỢNG KHẨN in a training on document handling, no header.',
"""Khi nhận văn bản có dấu HỎA TỐC hoặc THƯỢNG KHẨN, văn thư phải chuyển ngay cho lãnh đạo trong ngày.
Lập giúp tôi sơ đồ quy trình xử lý.""")

S('vi','txt',[],'Hard negative: Zalo chat about a surprise ("bí mật nhé") and "mật khẩu" without a value.',
"""[20:14] Thu: sinh nhat sep thu 6 nay, bi mat nhe moi nguoi
[20:15] Long: ok, con mat khau wifi quan cafe thi hoi nhan vien sau
[20:15] Thu: :))""")

S('vi','txt',[],'Hard negative: e-office export where Độ mật is empty and no document number (a blank template).',
"""Mau nhap van ban den (de trong):
So den: ____
So ky hieu: ____
Do mat: ____
Do khan: ____
Huong dan: dien day du truoc khi trinh ky.""")

S('vi','txt',[],'Hard negative: a 12-digit order code starting with 099 (no province code) after "Mã đơn".',
"""Mã đơn hàng: 099216004731 — đã giao thành công ngày 14/6. Cảm ơn quý khách đã mua sắm.""")

S('vi','txt',[],'Hard negative: news about a public figure\'s party position (election as secretary), no discipline.',
"""Hội nghị Ban Chấp hành Đảng bộ tỉnh đã bầu đồng chí Nguyễn Văn Lộc giữ chức Bí thư Tỉnh ủy nhiệm kỳ 2025–2030 với số phiếu tuyệt đối.
Viết tít báo cho tin này.""")

S('vi','txt',[],'Hard negative: Vietnamese recipe with "mật mía" and "nước mật ong" in lower case.',
"""Cách làm gà nướng mật ong: ướp gà với 2 thìa nước mật ong, 1 thìa mật mía, tỏi và sả băm trong 30 phút rồi nướng 200 độ.""")
# more Vietnamese, then Czech
S('vi','txt',['classified-marking','official-document'],'Stamp and number on one line after OCR joined two columns: "Số: 56/KH-CAT ... MẬT" with a wide gap.',
"""CÔNG AN TỈNH HÀ NAM                      MẬT
Số: 56/KH-CAT-PV01
Phủ Lý, ngày 03 tháng 6 năm 2026
KẾ HOẠCH
Bảo đảm an ninh kỳ thi tốt nghiệp trung học phổ thông""")

S('vi','txt',['classified-marking'],'Hyphenated OCR line break inside the stamp phrase: "LƯU HÀNH NỘI-\\nBỘ".',
"""TÀI LIỆU HỘI NGHỊ
LƯU HÀNH NỘI-
BỘ
Báo cáo tổng hợp ý kiến góp ý vào dự thảo đề án sáp nhập các đơn vị sự nghiệp.
Hãy tóm tắt ý chính.""")

S('vi','eml',['classified-marking','contact'],'Re/Fwd chain; the forwarded part starts with "Độ mật: Tối mật" in an e-office notification; named sender\'s address.',
"""From: Vo Thanh Son <vothanhson82@yahoo.com>
To: Nhom soan thao
Subject: Fwd: Re: [eOffice] Van ban moi can xu ly

Cac ban doc va gop y truoc 17h.

-------- Forwarded Message --------
Subject: Re: [eOffice] Van ban moi can xu ly
Ban nhan duoc van ban moi:
Trich yeu: Phuong an nhan su chu chot nhiem ky toi
Do mat: Toi mat
Han xu ly: 18/06/2026""")

S('vi','txt',['classified-marking'],'TÀI LIỆU MẬT banner in a page footer repeated with page numbers in a long pasted PDF.',
"""Tổng hợp kiến nghị của cử tri sau kỳ họp
Phần 1. Lĩnh vực đất đai: 47 kiến nghị
Phần 2. Lĩnh vực giáo dục: 12 kiến nghị
Trang 1/2 — TÀI LIỆU MẬT
Phần 3. Lĩnh vực y tế: 9 kiến nghị
Phần 4. Lĩnh vực giao thông: 21 kiến nghị
Trang 2/2 — TÀI LIỆU MẬT
Lập bảng tổng hợp giúp tôi.""")

S('vi','txt',['national-id'],'BHXH number (10 digits) of a named employee in a tab-separated export, header "Mã số BHXH".',
"""Họ tên\tNgày sinh\tMã số BHXH\tĐơn vị
Phan Văn Cường\t12/04/1987\t0123849561\tPhòng Kỹ thuật
Trần Thị Oanh\t03/09/1992\t7913450287\tPhòng Hành chính""")

S('vi','txt',['financial'],'Personal tax code (MST TNCN) of a named person in a chat without diacritics.',
f"""anh Hai oi, MST ca nhan cua em la {mst('010457329')}, anh khai vao to khai quyet toan giup em voi""")

S('vi','txt',['national-id','sensitive-personal'],'Hospital discharge summary of a named patient with CCCD.',
f"""GIẤY RA VIỆN
Họ tên người bệnh: Nguyễn Văn Thọ     Tuổi: 58
Số CCCD: {cccd('027','m',1968,331874)}
Chẩn đoán: Ung thư phổi giai đoạn II, đã hóa trị 3 đợt
Ngày vào viện: 02/06/2026 – Ngày ra viện: 14/06/2026
Giải thích giúp tôi chẩn đoán này bằng lời dễ hiểu.""")

S('vi','txt',['official-document'],'Công văn header typed without diacritics in a chat, with V/v and Kính gửi.',
"""UBND HUYEN CU CHI
PHONG GIAO DUC VA DAO TAO
So: 612/PGDDT-TCCB
V/v bo sung ho so thi dua nam hoc 2025-2026
Kinh gui: Hieu truong cac truong mam non, tieu hoc
Viet tiep giup toi phan noi dung.""")

S('vi','txt',['credential'],'OCR\'d account sheet without diacritics: "Mat khau:" label with the password on the next line.',
"""PHIEU CAP TAI KHOAN HE THONG
Ten dang nhap: nguyenvh.stc
Mat khau:
Vh@Stc-2026x
Luu y doi mat khau sau lan dang nhap dau tien.""")

S('vi','txt',[],'Hard negative: user guide saying where to type "mật khẩu" with a placeholder.',
"""Bước 3: nhập mật khẩu: <mật khẩu được cấp> rồi bấm Đăng nhập. Nếu quên mật khẩu, liên hệ bộ phận hỗ trợ kỹ thuật.""")

S('vi','txt',[],'Hard negative: public decree header cited in a news summary (no internal document, no marking).',
"""Chính phủ vừa ban hành Nghị định số 168/2024/NĐ-CP quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông, có hiệu lực từ 01/01/2025.
Liệt kê các mức phạt chính giúp tôi.""")

S('vi','txt',[],'Hard negative: a quiz that lists stamp texts in capitals as answer options.',
"""Trắc nghiệm: Con dấu nào dùng cho văn bản có độ mật cao nhất?
A. MẬT
B. TỐI MẬT
C. TUYỆT MẬT
Đáp án đúng là C.""")

S('vi','txt',[],'Hard negative: film review with "Bí Mật" title-case in the title.',
"""Review phim "Bí Mật Của Gió": một câu chuyện thân mật, nhẹ nhàng về tình bạn. Điểm: 8/10.""")

# Czech
r1 = rc(78,5,23,318); r2 = rc(93,10,7,552,True); r3 = rc(1,2,14,201)
S('cs','txt',['classified-marking'],'Teams forward with timestamps; title-case "Tajné" on its own line in the quoted message.',
"""[10:42] Jana Dvořáková (přeposláno)
Tajné
Vyhodnocení cvičení krizového štábu, varianta ZIMA: nedostatky ve spojení mezi složkami IZS.

[10:44] Martin Hrubý: Dík, udělej z toho prosím 3 odrážky pro poradu.""")

S('cs','txt',['classified-marking','official-document'],'OCR scan without diacritics: "PRlSNE TAJNE" with l for I, under a č. j. line.',
"""MINISTERSTVO OBRANY
C. j.: MO 412733/2026-1150
PRlSNE TAJNE
Vytisk c. 1
Vec: Planovani presunu jednotek v ramci cviceni""")

S('cs','txt',['classified-marking'],'Footer sentence: "Tento dokument je určen pouze pro vnitřní potřebu úřadu" at the end of an e-mail.',
"""Dobrý den, kolegové,
v příloze posílám návrh harmonogramu auditu odboru informatiky na druhé pololetí.
Připomínky prosím do pátku.

S pozdravem
Ing. Alena Kučerová
—
Tento dokument je určen pouze pro vnitřní potřebu úřadu a nesmí být dále šířen.""")

S('cs','md',['classified-marking'],'Markdown with **VYHRAZENÉ** in bold as the first line.',
"""**VYHRAZENÉ**

## Plán zajištění objektu krajského úřadu
- Vstupy B a C uzavřeny od 18:00.
- Kamerový systém přepnut na záložní záznam.""")

S('cs','txt',['classified-marking'],'Lower-case level in an OCR header "stupen utajeni: duverne".',
"""stupen utajeni: duverne
pocet listu: 3
Zprava o stavu zabezpeceni datoveho centra
Prosim preformuluj do srozumitelne reci.""")

S('cs','txt',['national-id'],'Czech e-mail where the rodné číslo is labelled in English ("Birth number").',
f"""Ahoj Petro,
pro pojišťovnu potřebuju údaje nového kolegy:
Jméno: Tomáš Vaněk
Birth number: {r1}
Nástup: 1. 7. 2026
Díky, Lucie""")

S('cs','txt',['national-id'],'Passport number of a named person with "číslo cestovního pasu" label.',
"""Pro rezervaci letenek na služební cestu:
Ing. Radek Šimek, číslo cestovního pasu 46271958, platnost do 3/2031.""")

ca = czacct('271940365')
ciban = iban('CZ', '0800' + '000000' + ca)
S('cs','eml',['financial','contact'],'Re: Fwd: chain with a signature; a named person\'s IBAN for a refund and a personal mobile.',
f"""From: Hana Procházková <hana.prochazkova77@seznam.cz>
To: ucetni@firma-example.cz
Subject: Re: Fwd: vratka zálohy

Dobrý den,
zálohu prosím vraťte na můj účet IBAN {grp(ciban)}.
Děkuji

Hana Procházková
mob. +420 739 184 522

> Dne 10. 6. 2026 napsal(a) účtárna:
> Pošlete prosím číslo účtu pro vratku.""")

S('cs','txt',['sensitive-personal'],'Named employee hospitalised with a heart attack in a team chat.',
"""[9:05] Vedoucí: Kolegové, pan Karel Novotný je od pondělí hospitalizován na JIP v Motole s infarktem myokardu, do konce měsíce nebude k dispozici.
Napiš mi prosím krátký mail týmu, jak si rozdělíme jeho agendu.""")

S('cs','txt',['sensitive-personal'],'Criminal conviction of a named applicant in a Czech screening note.',
"""Z výpisu z rejstříku trestů vyplývá, že uchazeč Jiří Malina byl v roce 2021 odsouzen za podvod k podmíněnému trestu.
Formuluj prosím zdvořilé odmítnutí.""")

S('cs','txt',['sensitive-personal'],'Religion of a named person in a Czech personnel note.',
"""Poznámka k žádosti o volno: paní Marie Hlaváčková je členkou Církve adventistů sedmého dne, v sobotu proto nemůže sloužit.
Navrhni rozpis služeb.""")

S('cs','txt',['contact'],'Permanent residence (trvalé bydliště) of a named person.',
"""Údaje pro smlouvu:
Jméno: Petr Dušek
Trvalé bydliště: Lipová 1187/14, 370 05 České Budějovice
Převeď do tabulky.""")

S('cs','txt',['official-document'],'Czech official letter header with Č. j., Spisová značka and Rozdělovník.',
"""KRAJSKÝ ÚŘAD OLOMOUCKÉHO KRAJE
Odbor životního prostředí
Č. j.: KUOK 61824/2026
Sp. zn.: KÚOK/59012/2026/OŽPZ/7
Vyřizuje: Mgr. Dana Lorencová
Věc: Výzva k doplnění podkladů
...
Rozdělovník:
1. Obec Štěpánov
2. Spis""")

S('cs','txt',['credential'],'Czech .env-style config in a question with a literal HESLO value.',
"""Proč se aplikace nepřipojí k databázi?
DB_UZIVATEL=evidence
DB_HESLO=Ev1dence#Praha26
DB_NAZEV=evidence_prod""")

S('cs','txt',['national-id'],'Table pasted as tabs: rodné číslo column without slashes, header lines above.',
"""Jméno\tPříjmení\tRČ\tOddělení
Eva\tKratochvílová\t""" + r2.replace('/','') + """\tmzdové
Ondřej\tBeneš\t""" + r3.replace('/','') + """\tIT""")

S('cs','txt',['classified-marking'],'NEVEŘEJNÉ with lost diacritics and 0 for O in OCR text ("NEVEREJNE" ok, "D0KUMENT").',
"""D0KUMENT: NEVEREJNE
Navrh rozpoctu odboru na rok 2027 – pracovni verze
Polozka 5011: 12,4 mil. Kc""")

S('cs','txt',[],'Hard negative: tajné hlasování in municipal council minutes.',
"""Zastupitelstvo obce rozhodlo tajným hlasováním o volbě starosty; pro návrh hlasovalo 9 členů. Tajná volba proběhla podle jednacího řádu.
Zkrať zápis na dvě věty.""")

S('cs','txt',[],'Hard negative: training text listing the Czech classification levels.',
"""Školení BOZP a ochrany informací, modul 3:
Zákon č. 412/2005 Sb. rozlišuje stupně utajení Přísně tajné, Tajné, Důvěrné a Vyhrazené.
Otázka: který stupeň je nejnižší?""")

S('cs','txt',[],'Hard negative: "Všechna práva vyhrazena" and "vyhrazené parkování" on a web page.',
"""Parkoviště P2: vyhrazené parkování pro držitele karet ZTP.
© 2026 Městská část Praha 12. Všechna práva vyhrazena.""")

S('cs','txt',[],'Hard negative: news about a public figure (minister\'s speech), no personal data.',
"""Ministr zdravotnictví Vlastimil Válek ve středu představil plán na zkrácení čekacích dob na operace kyčlí. Novinka začne platit od ledna.
Napiš k tomu krátký komentář.""")

S('cs','md',[],'Hard negative: heslo read from the environment in Python with Czech comments.',
"""```python
import os
heslo = os.getenv("DB_HESLO")  # heslo z prostředí, nikdy v kódu
```
Je to správně?""")

badrc = '8503171235'
while int(badrc) % 11 == 0: badrc = badrc[:-1] + str((int(badrc[-1]) + 1) % 10)
S('cs','txt',[],'Hard negative: 10-digit variable symbol that fails the rodné číslo mod-11.',
f"""Platba za kurz: variabilní symbol {badrc}, částka 2 400 Kč, splatnost 30. 6. 2026.""")

S('cs','txt',[],'Hard negative: book title "Přísně tajné" (a thriller) in a library recommendation.',
"""Doporučení knihovny: thriller „Přísně tajné“ od domácího autora, napínavý příběh o špionáži v 60. letech.""")

S('cs','txt',[],'Hard negative: "důvěrné informace" in a company NDA template without any marking applied.',
"""Smlouva o mlčenlivosti – vzor
Článek 2: Za důvěrné informace se považují veškeré obchodní informace, které si strany sdělí.
Vyplň prosím jména stran.""")
# English and mixed
S('en','txt',['classified-marking'],'E-mail footer sentence: for internal circulation only, must not be forwarded (no stamp line).',
"""Hi all,

Attached are the revised headcount numbers for Q3. Finance has signed off on the two new analyst positions.

Best,
Priya

This document is intended for internal circulation only and must not be forwarded outside the organisation.""")

S('en','md',['classified-marking'],'Markdown with the marking in emphasis: *Internal Use Only* under the title.',
"""# Incident review: payroll export delay
*Internal Use Only*

## Timeline
- 02:10 batch job started
- 03:45 job stalled on lock contention""")

S('en','txt',['classified-marking'],'Title-case "Top Secret" stamp inside a forwarded chat message.',
"""Forwarded from Ops channel
[11:02] D. Morgan: Top Secret
[11:02] D. Morgan: Convoy departs Gate 4 at 0500, route BRAVO, two escort vehicles.
Summarise this for the shift handover.""")

S('en','txt',['classified-marking'],'OCR with letter confusions: "C0NFIDENTlAL" (zero and l) on its own line.',
"""C0NFIDENTlAL
Board minutes - 4 June 2026
Item 3: proposed acquisition of a regional logistics firm; valuation range discussed.
Please turn this into action items.""")

S('en','txt',['classified-marking'],'Lower-case "restricted" banner in a pasted PDF header with page number.',
"""restricted                                                       page 3 of 9
3.2 Staffing of the joint analysis cell
The cell will be staffed by four officers seconded from partner agencies.""")

S('en','txt',['classified-marking'],'Split stamp over two lines in an OCR scan: "TOP" / "SECRET//NOFORN".',
"""TOP
SECRET//NOFORN
SUBJECT: Assessment of regional maritime activity, May 2026
1. Summary of observed deployments.""")

S('en','txt',['classified-marking'],'OFFICIAL-SENSITIVE in a footer of a UK-style briefing pasted with page marks.',
"""Briefing note for the Permanent Secretary
Options for the regional data-sharing pilot are set out below.
Option A: phased roll-out across three councils.
- 1 -
OFFICIAL-SENSITIVE""")

S('en','txt',['classified-marking'],'Sentence marking: "Company confidential — not for distribution" at the end of a long report.',
"""Quarterly vendor review
1. Three vendors missed their SLA in April.
2. The contract with the print supplier renews in September.
3. Recommendation: tender the cleaning contract.

Company confidential — not for distribution.""")

S('en','txt',['classified-marking'],'TLP:AMBER+STRICT label in a threat-intel mail pasted into a prompt.',
"""TLP:AMBER+STRICT
Indicators observed in the phishing wave against municipal e-mail accounts, 10–12 June.
Please rewrite this as a short advisory for our staff.""")

ssn = '412-71-5839'
S('en','csv',['national-id','contact'],'Spreadsheet export: SSN column, named people and US mobiles.',
f"""name,ssn,mobile,dept
Karen Whitfield,{ssn},(415) 829-2671,Claims
Luis Ortega,523-48-1906,(628) 904-0143,Claims""")

S('en','txt',['national-id'],'UK National Insurance number written with spaces and lower case after "NI no".',
"""New starter: Graham Pell, start date 1 July, NI no: jr 48 21 90 c, payroll ref 00412.""")

S('en','txt',['national-id'],'Passport number labelled in Vietnamese (Số hộ chiếu) inside an English travel request.',
"""Travel request for the Hanoi workshop:
Traveller: Emily Carter
Số hộ chiếu: 583920174
Flight: 22 June, return 27 June""")

S('en','txt',['sensitive-personal'],'Named employee hospitalised after surgery (health) in a manager\'s note.',
"""Quick update for the team: Mark Donnelly was admitted to St Thomas' Hospital on Monday for emergency heart surgery and will be off for at least six weeks.
Draft a note to clients about his cover.""")

S('en','txt',['sensitive-personal'],'Criminal record of a named candidate from a background check.',
"""Background check result: candidate Jason Reeve has a prior conviction for assault (2019, Crown Court, suspended sentence).
Write a neutral summary for the hiring panel.""")

S('en','txt',['sensitive-personal'],'Religion of a named staff member in a scheduling note.',
"""Rota note: Amir Rahman is a practising Muslim and has asked for shorter shifts during Ramadan.
Please propose a rota that covers the gap.""")

S('en','txt',['contact'],'Home address of a named person in an HR form paste.',
"""Emergency contact form
Employee: Sarah Linton
Home address: 27 Alder Crescent, Leeds LS6 2QT
Relationship to contact: spouse""")

S('en','txt',['official-document'],'English translation of a Czech ministry letter: Ref. No. (č. j.) and a distribution list.',
"""MINISTRY OF REGIONAL DEVELOPMENT OF THE CZECH REPUBLIC
Ref. No.: MMR-28731/2026-81
Prague, 9 June 2026
Subject: Call for comments on the housing support programme
...
Distribution:
1. Regional authorities (all)
2. File""")

S('en','md',['credential'],'Staff paste of a config block with a literal SMTP password.',
"""Why does the mailer time out?

```yaml
smtp:
  host: smtp.office365.com
  port: 587
  username: reports-bot
  password: "Rp0rts!June2026"
```""")

fcard = luhn('537912004816299', 16)
S('en','txt',['financial'],'Chat paste: a colleague\'s full Mastercard number for a booking.',
f"""[15:20] Tom: can you book the hotel on my card? {grp(fcard)} exp 09/28
[15:21] Me: sure""")

diban = iban('DE', '37040044' + '0532013000')
S('en','txt',['financial'],'German IBAN of a named person written with a space after the country code.',
f"""Please pay the speaker fee to Dr. Jonas Albrecht, IBAN DE{diban[2:4]} {grp(diban[4:])}, BIC COBADEFFXXX.""")

S('en','txt',[],'Hard negative: security awareness training listing the classification levels.',
"""Module 2 – Handling information
Our scheme has four levels: Public, Internal, Confidential and Secret.
Quiz: which level applies to a draft press release?""")

S('en','txt',[],'Hard negative: "Top Secret" as a product name (a board game).',
"""Game night list: Top Secret Spies (ages 8+), Ticket to Ride, Codenames. Bring snacks!""")

S('en','md',[],'Hard negative: password read from the environment in Node.',
"""```js
const password = process.env.SMTP_PASSWORD;
if (!password) throw new Error('SMTP_PASSWORD missing');
```
Is this a safe pattern?""")

S('en','txt',[],'Hard negative: news about a public figure (senator\'s speech), no personal data.',
"""Senator Alicia Grant told reporters on Tuesday that the infrastructure bill would be brought to a vote before the summer recess.
Rewrite this as one tweet.""")

bad_iban = 'DE' + '00' + '37040044' + '0532013000'
k = 0
while mod97(bad_iban) == 1:
    k += 1; bad_iban = f'DE{k:02d}370400440532013000'
S('en','txt',[],'Hard negative: an IBAN-shaped number that fails mod-97 (typo in the check digits) with a reminder to re-check it.',
f"""Your IBAN {grp(bad_iban)} did not pass validation; please re-check the check digits and send it again.""")

S('en','txt',[],'Hard negative: "confidential" in an e-mail disclaimer under a harmless message.',
"""Thanks, see you at 3pm.

DISCLAIMER: This e-mail and any attachments may be confidential. If you received it in error, please delete it.""")

S('en','txt',[],'Hard negative: "Secret Santa" and "restricted area" in an office notice.',
"""Secret Santa sign-up closes Friday. Reminder: the loading dock is a restricted area, please use the main entrance.""")

S('en','txt',[],'Hard negative: SSN-shaped numbers in the 9xx area (never issued) in a test fixture description.',
"""Test data for the form: 912-44-1234 and 987-65-4320 are used because they can never be real SSNs.""")

S('en','txt',[],'Hard negative: placeholder password in docs.',
"""Set the database password in config.yml (password: <your-password>) and restart the service.""")

# mixed
S('mixed','txt',['classified-marking','official-document'],'Vietnamese prompt around an English translation with a RESTRICTED banner and document number.',
"""Dịch sang tiếng Việt giúp tôi:

RESTRICTED
PROVINCIAL POLICE DEPARTMENT OF THANH HOA
No.: 812/CAT-PA05
REPORT on cyber-security incidents in May 2026""")

S('mixed','txt',['classified-marking'],'Czech prompt with a pasted English memo stamped CONFIDENTIAL in bold markdown.',
"""Přelož to prosím do češtiny:

**CONFIDENTIAL**
Memo: restructuring of the Prague branch, 40 positions affected, announcement planned for 1 September.""")

S('mixed','txt',['national-id','contact'],'English e-mail with a Vietnamese CCCD under "Citizen ID" and a +84 mobile of a named person.',
f"""Dear Ms. Hoa,
for the conference badge we need: Full name: Tran Quoc Viet, Citizen ID: {cccd('048','m',1986,705219)}, phone +84 905 318 662.
Regards, Events team""")

S('mixed','txt',[],'Hard negative: bilingual glossary of marking terms for translators.',
"""Glossary / Bảng thuật ngữ:
- Tuyệt mật — Top Secret
- Tối mật — Secret
- Mật — Confidential
Translate each term into Czech.""")

S('mixed','txt',[],'Hard negative: Vietnamese question about a perfume called "Secret" and honey shop.',
"""Mình muốn mua nước hoa Victoria's Secret và 1 hũ mật ong làm quà, gợi ý giúp mình nhé.""")
# second blind batch: more personal data shapes, markings and official headers, and their hard negatives
S('vi','txt',['sensitive-personal'],'Chat without diacritics: a named colleague is being treated for depression, sick leave request.',
"""[21:05] Chi Loan: ban Nguyen Thanh Tam phong KH dang dieu tri tram cam o Vien Suc khoe tam than, xin nghi 2 tuan
[21:06] Chi Loan: em viet giup chi don xin nghi phep cho ban ay nhe""")

S('vi','txt',['sensitive-personal'],'Report draft: a named officer injured (bỏng) while fighting a fire; hospitalised.',
"""Dự thảo báo cáo vụ cháy kho:
Trong quá trình chữa cháy, đồng chí Thiếu úy Lê Văn Phúc bị bỏng độ II vùng tay và mặt, hiện đang nằm viện tại Bệnh viện Bỏng Quốc gia.
Sửa câu chữ giúp tôi cho trang trọng.""")

S('vi','txt',['sensitive-personal'],'Party member record: a named member under party discipline (khai trừ) in an e-mail summary.',
"""Kính gửi chị Hoa,
Chi bộ đã biểu quyết đề nghị kỷ luật khai trừ ra khỏi Đảng đối với đảng viên Trần Văn Lực do vi phạm nghiêm trọng quy định về phòng, chống tham nhũng.
Nhờ chị soạn giúp tờ trình gửi Đảng ủy.""")

S('vi','txt',['sensitive-personal'],'HIV treatment of a named employee in an HR note without diacritics.',
"""Ghi chu nhan su: anh Do Quang Vinh dang dieu tri ARV (HIV) tai phong kham ngoai tru, de nghi bo tri cong viec phu hop.
Viet lai cho kin de hon.""")

S('vi','txt',['sensitive-personal'],'Criminal record of a named person: "đã từng bị kết án 3 năm tù".',
"""Ông Hoàng Văn Chiến, sinh năm 1975, đã từng bị kết án 3 năm tù về tội cố ý gây thương tích, ra tù năm 2012.
Lập giúp tôi bản nhận xét về người này cho hồ sơ xin việc.""")

S('vi','txt',['sensitive-personal'],'Religion: a named person is a Buddhist monk\'s follower (theo đạo Phật) in a party membership verification.',
"""Kết quả thẩm tra lý lịch người vào Đảng: quần chúng Phạm Thị Thoa có mẹ theo đạo Công giáo, bản thân không theo tôn giáo nào.
Tóm tắt thành 2 câu.""")

S('vi','txt',['contact'],'Permanent residence written as "HKTT:" abbreviation in a chat.',
"""Thong tin nguoi bao lanh:
Ho ten: Dang Van Hieu
HKTT: so 27 ngo 15 duong Nguyen Trai, phuong Khuong Trung, quan Thanh Xuan, Ha Noi
Gui truoc 5h chieu nhe""")

S('vi','txt',['national-id'],'CCCD in a long table where the column header is far above (no label on the row).',
"Danh sách học viên lớp bồi dưỡng (cột 3: số định danh cá nhân)\n\n" + "\n".join(f"{i+1}\t{n}\tĐơn vị {i%5+1}" for i, n in enumerate(names[:22])) + f"\n23\tTrương Mỹ Linh\t{cccd('079','f',1993,448120)}\tĐơn vị 3\n24\tVõ Hoàng Nam\t{cccd('052','m',1989,307115)}\tĐơn vị 1")

S('vi','txt',['national-id'],'Passport number labelled in Czech ("číslo pasu") inside a Vietnamese visa request.',
"""Chị ơi em gửi thông tin làm thư mời cho đoàn Séc:
Ông Jan Dvořák, číslo pasu 47291836, quốc tịch Séc.
Chị dịch giúp em sang tiếng Việt.""")

S('vi','txt',['official-document'],'E-office export in English labels (Doc No., Issuing body, Summary) from a Vietnamese system.',
"""Incoming documents export 15/06/2026
Doc No.: 2231/SYT-NVY
Issuing body: So Y te
Summary: V/v tang cuong phong chong dich sot xuat huyet
Urgency: Khan
Classification: Thuong""")

S('vi','txt',['official-document'],'Official letter header typed all lower case in a chat (OCR to text): "số: 145/ubnd-vx".',
"""ubnd xa phu cat
so: 145/ubnd-vx
v/v to chuc le ky niem ngay thuong binh liet si
kinh gui: cac thon, to dan pho
sua loi chinh ta giup minh""")

S('vi','txt',['classified-marking'],'Stamp with spaces inside a markdown bold in a chat: "** TỐI MẬT **".',
"""Anh Quân gửi:
** TỐI MẬT **
Phương án bố trí nhân sự chủ chốt sau sáp nhập, dự kiến công bố tháng 8.""")

S('vi','txt',['classified-marking','official-document'],'Stamp typed "Mật." with a trailing dot under the number line, title case.',
"""HUYỆN ỦY ĐÔNG ANH
Số 112-BC/HU
Mật.
BÁO CÁO
Tình hình tư tưởng cán bộ, đảng viên quý II""")

S('vi','txt',['classified-marking'],'Circulation sentence in the footer without diacritics: "Luu hanh noi bo - khong phat tan".',
"""Ban tin noi bo thang 6
1. Ket qua thi dua quy II.
2. Lich hop chi bo thang 7.
Luu hanh noi bo - khong phat tan""")

S('vi','txt',[],'Hard negative: training slide about personal data listing health and religion as categories, no person.',
"""Slide 4: Dữ liệu cá nhân nhạy cảm gồm: tình trạng sức khỏe, tôn giáo, tiền án tiền sự, dữ liệu sinh trắc học.
Viết lời thuyết trình cho slide này.""")

S('vi','txt',[],'Hard negative: news about a public figure\'s funeral announcement without health details of a staff member (public obituary).',
"""Ban Lễ tang thông báo: Lễ viếng nhà văn Nguyễn Huy Thiệp được tổ chức tại Nhà tang lễ Quốc gia từ 8 giờ ngày 15/6.
Viết lại thành tin vắn.""")

S('vi','txt',[],'Hard negative: "mật khẩu" in a security awareness tip, no password.',
"""Mẹo an toàn: đặt mật khẩu dài ít nhất 12 ký tự, không dùng lại mật khẩu cũ, bật xác thực hai lớp cho email công vụ.""")

S('vi','txt',[],'Hard negative: a company\'s MST and IBAN-like reference on a public invoice description (company, not person).',
"""Hóa đơn GTGT – Công ty TNHH Thương mại Hòa Bình, MST doanh nghiệp: 0312345672, địa chỉ: KCN Tân Bình, TP.HCM.
Tóm tắt thông tin hóa đơn.""")

S('vi','txt',[],'Hard negative: "Tối mật" as a chapter title of a published novel in a book review.',
"""Chương 7 "Tối mật" của cuốn tiểu thuyết kể về một điệp viên hai mang thời chiến. Văn phong cuốn hút.""")

S('cs','txt',['sensitive-personal'],'Czech e-mail: a named employee has a cancer diagnosis and starts chemotherapy.',
"""Ahoj Martino,
jen pro tebe: paní Ivana Horáková má diagnostikovanou rakovinu prsu a od příštího týdne nastupuje na chemoterapii.
Pomoz mi napsat citlivý mail týmu o zástupu.""")

S('cs','txt',['sensitive-personal'],'Czech note: a named person is a member of a political party (political views) in a vetting memo.',
"""Pan Lukáš Beránek je členem KSČM a na sociálních sítích veřejně podporuje vystoupení z NATO.
Shrň to neutrálně do jedné věty.""")

S('cs','txt',['sensitive-personal'],'Workplace accident injury of a named worker, without diacritics.',
"""Zaznam o urazu: pan Milan Sedlak si pri praci na lese zlomil levou ruku a byl prevezen do nemocnice v Jihlave.
Preformuluj to do hlaseni.""")

S('cs','txt',['national-id'],'Czech ID card number (číslo OP) of a named person in a form paste.',
"""Žadatel: Veronika Pokorná
Číslo OP: 218447395
Platnost: 12. 3. 2031""")

S('cs','txt',['contact'],'Home address in Czech phrased "bytem" after a name.',
"""Svědek: Pavel Kolář, bytem Na Výsluní 812/5, 102 00 Praha 10.
Přepiš výpověď do spisovné češtiny.""")

S('cs','txt',['classified-marking'],'Czech stamp in markdown heading, title case: "## Přísně tajné".',
"""## Přísně tajné

Plán nasazení záchranných týmů při povodni, varianta C.""")

S('cs','txt',['official-document'],'Czech municipal letter with "Naše č. j." and "Vyřizuje" and recipients.',
"""Městský úřad Tábor
Odbor dopravy
Naše č. j.: MUTA 55120/2026
Vyřizuje: Bc. Jitka Malá
Věc: Uzavírka silnice III/1372
Rozdělovník: Policie ČR, HZS, Správa silnic""")

S('cs','txt',[],'Hard negative: public news about a politician\'s illness taken from a press conference.',
"""Ministr financí na tiskové konferenci oznámil, že se kvůli plánované operaci kolena na dva týdny vzdá veřejných vystoupení.
Napiš titulek.""")

S('cs','txt',[],'Hard negative: "Tajné" as the name of an escape-room game.',
"""Únikovka „Tajné laboratoře“ v Brně: hra pro 2–5 hráčů, 60 minut, rezervace online.""")

S('cs','txt',[],'Hard negative: GDPR training text about special categories, no person.',
"""Zvláštní kategorie osobních údajů jsou údaje o zdraví, náboženském vyznání, politických názorech či trestních rejstřících. Připrav 3 kvízové otázky.""")

S('en','txt',['sensitive-personal'],'Teams chat: named colleague in rehab for alcohol addiction.',
"""[09:12] Laura Kim: heads up, Ben Foster is starting a 28-day alcohol rehab programme on Monday, he asked us to keep it quiet
[09:13] Me: ok, can you draft the out-of-office?""")

S('en','txt',['sensitive-personal'],'Named employee pregnant with complications (health) in a manager e-mail.',
"""Hi HR, Natalie Brooks has told me she is pregnant and has been signed off for two weeks with pre-eclampsia symptoms. How do I record this?""")

S('en','txt',['sensitive-personal'],'Trade-union / political membership of a named person in an appraisal draft.',
"""Appraisal note: Owen Price is a Labour Party councillor and trade-union rep; keep this in mind when scheduling evening shifts.
Rewrite neutrally.""")

S('en','txt',['contact'],'Permanent residence written as "Permanent address:" of a named person in an English visa letter.',
"""Applicant: Nguyen Thi Mai
Permanent address: No. 18, Lane 46, Tran Phu Street, Ha Dong District, Hanoi
Purpose of visit: conference""")

S('en','txt',['national-id'],'US passport number labelled in Czech in an English travel list.',
"""Delegation list:
1. Robert Hayes – číslo pasu 671204985
2. Linda Moore – číslo pasu 590318274""")

S('en','txt',['classified-marking'],'SECRET banner typed in title case with surrounding dashes in an e-mail body.',
"""Subject: briefing pack

--- Secret ---
Force posture options for the northern deployment, see annex.""")

S('en','txt',['classified-marking'],'"Internal — do not share" marking line at the top of a Notion export.',
"""Internal — do not share
# Pricing review 2027
Proposed uplift 4% across enterprise tier.""")

S('en','txt',[],'Hard negative: public news about a senator\'s hospitalisation from a press release.',
"""The senator's office said in a statement that he was admitted to hospital on Sunday for a planned knee replacement and is expected to return next week.
Summarise in one line.""")

S('en','txt',[],'Hard negative: a "Confidentiality level" picklist in a form template.',
"""Form fields:
- Title
- Owner
- Confidentiality level: Public / Internal / Confidential / Secret
Write help text for each field.""")

S('en','txt',[],'Hard negative: "Internal" in a job advert ("internal applicants").',
"""Internal applicants are encouraged to apply. The role reports to the Head of Data and is based in Leeds.""")

S('mixed','txt',['classified-marking'],'Vietnamese prompt, Czech document with the stamp DŮVĚRNÉ at the bottom.',
"""Dịch đoạn này sang tiếng Việt giúp tôi:

Zpráva o průběhu jednání s dodavatelem zbraňových systémů, 3. kolo.
Cena za jednotku byla snížena o 6 %.

DŮVĚRNÉ""")

S('mixed','txt',['sensitive-personal'],'English prompt around a Vietnamese note: a named official treated for cancer.',
"""Translate into English:
Đồng chí Phó Giám đốc Trịnh Văn Hải đang điều trị ung thư gan giai đoạn 2 tại Bệnh viện K, dự kiến nghỉ 3 tháng.""")
# third blind batch: long e-mail threads, OCR'd Czech and English pages, tables, and more hard negatives
S('vi','eml',['classified-marking','contact'],'Outlook reply chain: the original message at the bottom carries "Độ mật: Mật" in its metadata lines; named sender with webmail.',
"""From: Phan Quang Huy <phanquanghuy.sxd@gmail.com>
Subject: RE: RE: Góp ý dự thảo

Em thống nhất với ý kiến của anh Dũng.

-----Original Message-----
From: Lại Văn Dũng
Sent: Friday, June 12, 2026 3:10 PM
Subject: Góp ý dự thảo

Độ mật: Mật
Anh em góp ý vào dự thảo phương án sắp xếp nhân sự trước thứ Hai.""")

S('vi','txt',['classified-marking','official-document'],'OCR of a scanned header: issuing body left, stamp right, lines interleaved and the diacritics partly lost ("TÔI MÂT").',
"""TINH UY NINH THUAN            TÔI MÂT
      *                     
So 88-BC/TU          Phan Rang, ngay 05 thang 6 nam 2026
BAO CAO
tinh hinh thuc hien nghi quyet ve cong tac can bo""")

S('vi','txt',['classified-marking'],'Stamp in a table cell of a pasted Word table: "| MẬT |" in the header row.',
"""| BỘ TƯ PHÁP | MẬT |
|---|---|
| Cục Bổ trợ tư pháp | |

Nội dung: rà soát đội ngũ công chứng viên vi phạm năm 2025.""")

S('vi','txt',['sensitive-personal','contact'],'Long staff welfare list: one row notes a named person with cancer, another a home address; header far above.',
"Danh sách thăm hỏi ốm đau quý II (cột: họ tên – tình hình – địa chỉ)\n\n" + "\n".join(f"{i+1}. {n} – đã khỏe, đi làm bình thường – cơ quan" for i, n in enumerate(names[:18])) +
"\n19. Đồng chí Kha Văn Thuận – đang điều trị ung thư dạ dày tại Bệnh viện K – nhà riêng: số 46 ngõ 120 Hoàng Quốc Việt, phường Nghĩa Đô, quận Cầu Giấy, Hà Nội")

S('vi','txt',['national-id','financial'],'.env-like config of an HR integration with a test employee\'s CCCD and bank account pasted by staff.',
f"""# cau hinh dong bo luong - KHONG commit
EMPLOYEE_TEST_NAME=Nguyen Van Duc
EMPLOYEE_TEST_CCCD={cccd('038','m',1991,520731)}
EMPLOYEE_TEST_BANK=Vietinbank
EMPLOYEE_TEST_ACCOUNT=108872615301
Sao no bao loi dinh dang ngay sinh?""")

S('vi','txt',[],'Hard negative: a Zalo group chat about a surprise birthday where "tối mật" is jokingly used inside a sentence.',
"""[19:02] Hương: kế hoạch sinh nhật sếp là tối mật nha cả nhà 🤫
[19:03] Tùng: ok, mai mua bánh
[19:03] Hương: nhớ đừng để sếp biết""")

S('vi','txt',[],'Hard negative: public decree text quoting "Độ mật:" as a form item in an appendix template.',
"""Phụ lục II – Mẫu sổ đăng ký văn bản mật đến (ban hành kèm Thông tư số 24/2020/TT-BCA)
Cột (5): Độ mật
Cột (6): Đơn vị hoặc người nhận
Giải thích cách ghi cột 5 giúp tôi.""")

S('vi','txt',[],'Hard negative: news about a hospital receiving patients after an accident, no names.',
"""Vụ tai nạn trên cao tốc Pháp Vân – Cầu Giẽ khiến 5 người bị thương, các nạn nhân đã được đưa đến Bệnh viện Thanh Nhàn cấp cứu.
Viết tít cho tin này.""")

S('vi','txt',[],'Hard negative: an English-language job ad posted by a Vietnamese agency mentioning "confidential" handling.',
"""Tuyển dụng: Chuyên viên lưu trữ. Yêu cầu: có kinh nghiệm xử lý hồ sơ, cẩn thận, biết giữ bí mật thông tin (confidential handling). Nộp hồ sơ trước 30/6.""")

S('cs','txt',['classified-marking','official-document'],'OCR of a Czech page: the stamp "VYHRAZENE" at the bottom after "Strana 2 z 2", č. j. on top.',
"""Krajske reditelstvi policie Zlinskeho kraje
C. j.: KRPZ-55812-4/CJ-2026-1500
Vec: Zajisteni verejneho poradku pri koncertu
...
Strana 2 z 2
VYHRAZENE""")

S('cs','eml',['classified-marking'],'Czech forwarded e-mail: "Stupeň utajení: Vyhrazené" inside the quoted original, under a signature of the forwarder.',
"""Subject: Fwd: podklady k cvičení

Posílám dál, prosím o shrnutí.

Jiří

---------- Přeposlaná zpráva ----------
Předmět: podklady k cvičení
Stupeň utajení: Vyhrazené
Cvičení proběhne 24. 6. v prostoru letiště Náměšť.""")

S('cs','txt',['sensitive-personal'],'Named employee on long-term sick leave for depression, in a Czech HR chat without diacritics.',
"""[14:20] Petra: pan Jakub Vesely je od brezna na neschopence kvuli tezke depresi, lecba bude jeste dlouha
[14:21] Petra: potrebuju napsat dopis o prodlouzeni zastupu""")

S('cs','csv',['national-id','contact'],'Semicolon CSV export from a municipal system: rodné číslo and mobile of named people.',
f"""jmeno;prijmeni;rodne_cislo;telefon
Adam;Krejčí;{rc(85,7,19,233)};+420 604 118 273
Simona;Fialová;{rc(97,1,30,401,True)};+420 731 552 904""")

S('cs','txt',[],'Hard negative: municipal news about "tajná volba" of a mayor and a public phone number of the town hall.',
"""Starosta byl zvolen tajnou volbou; kontakt na podatelnu: 571 115 111 (ústředna). Shrň zprávu pro web.""")

S('cs','txt',[],'Hard negative: internal-sounding but public Czech leaflet "Pouze pro vnitřní použití" on a cleaning product.',
"""Čisticí gel na ruce – pouze pro vnější použití. Nepožívat. Uchovávat mimo dosah dětí.""")

S('en','txt',['classified-marking'],'OCR of an English page: "SECRET" split with spaces and a page footer ("S E C R E T").',
"""Annex C – Communications plan
Call signs rotate daily at 0600.
S E C R E T
Page 4""")

S('en','eml',['classified-marking','contact'],'E-mail thread with a disclaimer at the bottom (not a marking) and a real "Classification: OFFICIAL-SENSITIVE" header line in the quoted message; named sender\'s webmail.',
"""From: Gareth Lewis <gareth.lewis1979@outlook.com>
Subject: Re: flood response options

Agreed, option B.

> From: Duty Officer
> Classification: OFFICIAL-SENSITIVE
> Options for the flood response at the Severn crossing are attached.

This email may contain confidential information. If you are not the intended recipient, please delete it.""")

S('en','txt',['sensitive-personal'],'Manager note: a named employee\'s disability (wheelchair user after a spinal injury).',
"""Desk planning: Chris Ellison has used a wheelchair since his spinal cord injury in 2024, so he needs the accessible desk on floor 2.
Write the facilities request.""")

S('en','txt',[],'Hard negative: a blog about "top secret" family recipes.',
"""Grandma's top secret lasagne recipe finally revealed: the trick is a pinch of nutmeg in the béchamel.""")

S('en','txt',[],'Hard negative: a policy text saying what "Internal" means, no marking applied.',
"""Information marked Internal may be shared with all employees but not with customers. Information marked Confidential needs a named owner.
Summarise this policy in 3 bullets.""")

S('en','txt',[],'Hard negative: public statistics about criminal convictions, no person.',
"""Convictions for fraud rose 12% last year, according to the Ministry of Justice; most offenders received suspended sentences.""")

S('mixed','txt',['classified-marking','official-document'],'Czech prompt, Vietnamese document pasted with the stamp "TUYỆT MẬT" on the number line.',
"""Přelož do češtiny:
Số: 07/KH-BCA-A02 - TUYỆT MẬT
KẾ HOẠCH
Bảo vệ đoàn khách quốc tế dự hội nghị""")

S('mixed','txt',[],'Hard negative: a Vietnamese-English privacy-policy snippet with "bảo mật" and "confidential".',
"""Chính sách bảo mật / Privacy policy: We keep your information confidential and never sell it. Chúng tôi bảo mật thông tin của bạn.""")
# fourth blind batch
S('vi','txt',['classified-marking'],'Circulation sentence in the middle of a chat forward (not the last line): "Tài liệu chỉ lưu hành nội bộ, anh em không gửi ra ngoài nhé".',
"""[Chuyển tiếp] Nhóm Phòng Kế hoạch
Trưởng phòng: Tài liệu chỉ lưu hành nội bộ, anh em không gửi ra ngoài nhé.
Trưởng phòng: Dự kiến cắt giảm 3 dự án đầu tư công năm 2027: cầu Đông Hà 2, kè sông Hiếu, trường THPT Cam Lộ.
Em: em nhận ạ
Tóm tắt giúp mình nội dung trên.""")

S('vi','txt',['classified-marking'],'Stamp typed in Telex inside a quoted e-mail: "TOOIS MAATJ" (Telex not converted).',
"""> Tu: Van thu
> TOOIS MAATJ
> Ke hoach kiem tra dot xuat cac don vi thuoc So trong thang 7.
Anh sua lai noi dung trich yeu giup em.""")

S('vi','csv',['classified-marking','official-document'],'CSV export of outgoing documents with a "Mức độ mật" column holding "Tối mật".',
"""STT,Số ký hiệu,Ngày,Trích yếu,Mức độ mật
1,215/KH-UBND,03/06/2026,Kế hoạch tổ chức kỳ họp,Thường
2,216/BC-UBND,04/06/2026,Báo cáo rà soát quy hoạch cán bộ,Tối mật""")

S('vi','txt',['sensitive-personal'],'Named person\'s drug addiction and compulsory rehab (cai nghiện bắt buộc) in a ward report.',
"""Báo cáo tổ dân phố: anh Lê Văn Quý (tổ 7) nghiện ma túy, đã được đưa đi cai nghiện bắt buộc tại Cơ sở cai nghiện số 2 từ ngày 3/6.
Viết lại cho ngắn.""")

S('vi','txt',['sensitive-personal'],'Named official\'s mental health: treated for anxiety disorder, without diacritics, in an e-mail.',
"""Chi Thao oi, anh Bui Duc Minh dang dieu tri roi loan lo au tai Benh vien Tam than Trung uong 1, em xin phep bo tri nguoi thay trong dot cong tac.""")

S('vi','txt',['contact'],'Home address of a named person given as "nhà riêng ở" in a chat.',
"""Em gửi địa chỉ để gửi hoa chúc mừng: nhà riêng chị Trinh ở số 15 hẻm 42 Lê Văn Sỹ, phường 11, quận Phú Nhuận, TP.HCM.""")

S('vi','txt',['national-id'],'CMND (9-digit, old ID) with label in a scanned form without diacritics.',
"""PHIEU DANG KY
Ho ten: Ta Van Long
So CMND: 013428751
Ngay cap: 12/05/2010""")

S('vi','txt',[],'Hard negative: an anonymised case study (no names) about a patient\'s cancer treatment.',
"""Ca lâm sàng: bệnh nhân nam, 62 tuổi, ung thư phổi giai đoạn III, đáp ứng tốt sau 4 đợt hóa trị. Viết phần bàn luận.""")

S('vi','txt',[],'Hard negative: "Lưu hành nội bộ" mentioned as a rule in a magazine FAQ (question form).',
"""Hỏi: Tạp chí có cần ghi "Lưu hành nội bộ" trên bìa khi chỉ phát cho hội viên không? Trả lời giúp mình ngắn gọn.""")

S('vi','txt',[],'Hard negative: product review of a honey brand named "Mật Ong Tối Thượng".',
"""Review: Mật Ong Tối Thượng Hòa Bình – vị thơm, không bị lại đường, giá 250k/lít. Đáng mua!""")

S('cs','txt',['classified-marking'],'Czech e-mail with the sentence "Informace v tomto e-mailu jsou neveřejné, nepřeposílejte je." at the end.',
"""Dobrý den,
posílám seznam firem vybraných do užšího kola tendru na úklid budov ministerstva.
S pozdravem, Eva Marková

Informace v tomto e-mailu jsou neveřejné, nepřeposílejte je.""")

S('cs','txt',['sensitive-personal'],'Czech note: named person\'s religion (Jehovah\'s Witness, refuses blood transfusion).',
"""Poznámka pro lékaře závodní preventivní péče: pan Roman Hájek je svědek Jehovův a odmítá krevní transfuzi.""")

S('cs','txt',['contact'],'Czech address "trvale hlášen na adrese" of a named person.',
"""Dlužník Martin Urban je trvale hlášen na adrese Husova 221/18, 586 01 Jihlava.""")

S('cs','txt',[],'Hard negative: Czech news about a public figure\'s party membership (public politician).',
"""Předseda Senátu, člen ODS, dnes jednal s velvyslancem Japonska o spolupráci v oblasti vodíku.""")

S('cs','txt',[],'Hard negative: "DŮVĚRNÉ" in a sentence about a TV series title.',
"""Seriál Důvěrné rozhovory se vrací na obrazovky v září, hlavní roli hraje Jiří Dvořák.""")

S('en','txt',['classified-marking'],'Teams paste: "Restricted — internal circulation only" as the first line of a shared document.',
"""Restricted — internal circulation only
Draft response plan to the cyber incident at the regional water utility.""")

S('en','txt',['classified-marking'],'Lower-case "for official use only" banner at the top of an OCR\'d memo with a subject line.',
"""for official use only
subject: access control changes at the main gate
effective 1 july, all visitors must be escorted.""")

S('en','txt',['sensitive-personal'],'Named employee\'s sexual orientation disclosed in an HR complaint summary.',
"""Complaint summary: Jamie Cole reports repeated comments from a team lead after Jamie came out as gay in March.
Write a neutral summary for the investigator.""")

S('en','txt',['contact'],'Home address of a named person in an English chat (no label words like "home address").',
"""[10:04] Kate: can you courier the contract to Neil Harper, he's working from home this week – 14 Birch Lane, Oxford OX2 7HJ""")

S('en','txt',[],'Hard negative: an HR policy about sick leave, no person.',
"""Sick leave policy: employees who are hospitalised should inform their manager as soon as reasonably possible. Summarise this for new starters.""")

S('en','txt',[],'Hard negative: a news headline with "Secret" in a film festival program.',
"""Festival programme: "The Secret Garden" (1993) – Sunday 3 pm, Screen 2. Tickets £8.""")

S('mixed','txt',['classified-marking'],'English prompt with a pasted Vietnamese footer sentence "Tài liệu lưu hành nội bộ" as the last line.',
"""Please translate this bulletin into English:
Bản tin thi đua khen thưởng tháng 6
1. Biểu dương 12 tập thể xuất sắc.
2. Phát động phong trào thi đua quý III.
Tài liệu lưu hành nội bộ""")
import json, os, sys
BLOCK = {'classified-marking', 'national-id', 'financial', 'credential', 'fingerprint'}
def verdict(cats):
    if any(c in BLOCK for c in cats): return 'block'
    return 'warn' if cats else 'pass'
out = []
for i, v in enumerate(V, 1):
    e = verdict(v['cats'])
    if e == 'pass': assert v['note'].startswith(('Hard negative', 'Plain negative')), v['note']
    out.append(json.dumps(dict(id=f'p12-{i:04d}', lang=v['lang'], ext=v['ext'], text=v['text'], expect=e,
                               categories=v['cats'], note=v['note']), ensure_ascii=False))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'round12.jsonl')
open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print(f'{len(out)} samples -> {path}')
