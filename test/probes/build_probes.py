#!/usr/bin/env python3
"""Builds heldout-style.jsonl: promptgate's own probe set, written in the shape of the development corpus
(/work/shared/eval/corpus.jsonl) but with new texts, names, numbers and scenarios, to check that the rule packs
generalise beyond the development set.

    python3 test/probes/build_probes.py          # rewrite heldout-style.jsonl next to this file

Python 3.11, stdlib only, fixed seed.  The checksum helpers below are copied from the development corpus's
build_corpus.py (so a value labelled positive passes the same checks the label policy names: Luhn, mod-97,
CZ account weights, rodné číslo mod 11, MST check digit, CCCD province/century, SSN ranges, ghp_/npm_ CRC32).
Labels follow /work/shared/eval/README.md; `expect` is derived from `categories`, never typed.
"""
import json
import os
import random
import re
import string
import sys
import unicodedata
import zlib
import base64
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "heldout-style.jsonl")
SEED = 20260601
rng = random.Random(SEED)

SEVERITY = {
    "classified-marking": "block", "official-document": "warn", "national-id": "block", "financial": "block",
    "credential": "block", "contact": "warn", "sensitive-personal": "warn", "fingerprint": "block",
    "infrastructure": "warn",
}
CAT_ORDER = list(SEVERITY)


def derive_expect(categories):
    sev = {SEVERITY[c] for c in categories}
    return "block" if "block" in sev else "warn" if "warn" in sev else "pass"


# ----------------------------------------------------------------------------------------------- checksums
def luhn_ok(num):
    num = re.sub(r"[ -]", "", num)
    if not num.isdigit():
        return False
    ds = [int(c) for c in reversed(num)]
    return (sum(ds[0::2]) + sum(sum(divmod(2 * d, 10)) for d in ds[1::2])) % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError


def valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def rc_ok(s):
    s = s.replace("/", "").replace(" ", "")
    if not s.isdigit() or len(s) not in (9, 10):
        return False
    yy, mm, dd = int(s[0:2]), int(s[2:4]) % 50 % 20, int(s[4:6])
    year = 1900 + yy
    if len(s) == 9:
        if year > 1953:
            return False
    elif yy < 54:
        year += 100
    if not valid_date(year, mm, dd):
        return False
    return len(s) == 9 or int(s[:9]) % 11 % 10 == int(s[9])


def ico_ok(s):
    if len(s) != 8 or not s.isdigit():
        return False
    c = (11 - sum((8 - i) * int(d) for i, d in enumerate(s[:7]))) % 11
    return str((c or 1) % 10) == s[7]


CZ_BANKS = {"0100": "Komerční banka", "0300": "ČSOB", "0600": "MONETA", "0800": "Česká spořitelna",
            "2010": "Fio banka", "2700": "UniCredit", "3030": "Air Bank", "5500": "Raiffeisenbank",
            "6210": "mBank", "0710": "ČNB"}
CZ_W = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)


def cz_part_ok(p):
    p = p.zfill(10)
    return sum(w * int(d) for w, d in zip(CZ_W, p)) % 11 == 0


def cz_account_ok(s):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", s)
    if not m or m.group(3) not in CZ_BANKS:
        return False
    return (m.group(1) is None or cz_part_ok(m.group(1))) and cz_part_ok(m.group(2))


IBAN_LEN = {"CZ": 24, "DE": 22, "SK": 24, "GB": 22, "AT": 20, "FR": 27, "NL": 18}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def iban_make(cc, bban):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return f"{cc}{98 - n % 97:02d}{bban}"


def iban_group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


MST_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_ok(s):
    s = s.replace("-", "")
    if len(s) not in (10, 13) or not s.isdigit() or s[2:9] == "0000000":
        return False
    r = sum(w * int(d) for w, d in zip(MST_W, s[:9])) % 11
    return str(10 - r) == s[9]


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    if a in ("000", "666") or a[0] == "9" or g == "00" or n == "0000":
        return False
    return s not in ("078-05-1120", "457-55-5462", "219-09-9999")


VN_PROV = set("001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 "
              "038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 "
              "080 082 083 084 086 087 089 091 092 093 094 095 096".split())


def cccd_ok(s, year=None):
    if len(s) != 12 or not s.isdigit() or s[:3] not in VN_PROV:
        return False
    g, yy = int(s[3]), int(s[4:6])
    century = 1900 + (g // 2) * 100
    full = century + yy
    if full > 2026:
        return False
    return year is None or full == year


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token_ok(tok, prefix):
    body = tok[len(prefix):]
    if len(body) != 36 or not all(c in B62 for c in body):
        return False
    return b62(zlib.crc32(body[:30].encode()), 6) == body[30:]


def mrz_cd(field):
    val = lambda c: 0 if c == "<" else (int(c) if c.isdigit() else ord(c) - 55)
    return str(sum(val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


# ----------------------------------------------------------------------------------------------- registry
POS = {}   # planted positive value -> category
NEG = {}   # planted look-alike -> why it is not positive


def pos(cat, value, check=None):
    if check is not None:
        assert check(value), (cat, value)
    POS[value] = cat
    return value


def neg(value, why, check=None):
    if check is not None:
        assert not check(value), (value, why)
    NEG[value] = why
    return value


def digits(n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def card(kind):
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = rng.choice(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = rng.choice(["34", "37"]) + digits(12)
    elif kind == "napas":
        body = "970436" + digits(9)
    else:
        raise ValueError(kind)
    return body + luhn_digit(body)


def fmt_card(n):
    if len(n) == 15:
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


def card_pos(kind, sep=" "):
    n = card(kind)
    s = fmt_card(n).replace(" ", sep)
    return pos("financial", s, luhn_ok)


def card_bad(kind, sep=" "):
    n = card(kind)
    bad = n[:-1] + str((int(n[-1]) + 3) % 10)
    return neg(fmt_card(bad).replace(" ", sep), "fails Luhn", luhn_ok)


def rc_make(year, month, day, female, slash=True, bad=False):
    mm = month + (50 if female else 0)
    while True:
        head = f"{year % 100:02d}{mm:02d}{day:02d}{digits(3)}"
        r = int(head) % 11
        if r != 10:
            break
    cd = r if not bad else (r + 4) % 10
    s = head + str(cd)
    s = f"{s[:6]}/{s[6:]}" if slash else s
    if bad:
        return neg(s, "rodné číslo fails mod-11", rc_ok)
    return pos("national-id", s, rc_ok)


def cz_part(length):
    while True:
        head = digits(length - 1, "123456789")
        s9 = head.zfill(9)
        partial = sum(w * int(d) for w, d in zip(CZ_W[:9], s9))
        last = (-partial) % 11
        if last < 10:
            s = head + str(last)
            assert cz_part_ok(s)
            return s


def cz_account(prefix=False, bank="0800"):
    num = cz_part(10)
    acc = (cz_part(rng.choice([2, 4, 6])) + "-" if prefix else "") + num + "/" + bank
    return acc


def cz_account_pos(prefix=False, bank="0800"):
    return pos("financial", cz_account(prefix, bank), cz_account_ok)


def cz_iban_from(acc):
    m = re.fullmatch(r"(?:(\d{1,6})-)?(\d{2,10})/(\d{4})", acc)
    bban = m.group(3) + (m.group(1) or "").zfill(6) + m.group(2).zfill(10)
    return iban_make("CZ", bban)


def cz_iban_pos(grouped=True):
    acc = cz_account(prefix=rng.random() < 0.4, bank=rng.choice(["0800", "0100", "0300", "2010"]))
    ib = cz_iban_from(acc)
    assert iban_ok(ib)
    return pos("financial", iban_group(ib) if grouped else ib, iban_ok)


def iban_bad(cc="CZ"):
    acc = cz_account(bank="0800")
    ib = cz_iban_from(acc)
    ck = int(ib[2:4])
    ib = ib[:2] + f"{(ck + 11) % 97 + 2:02d}" + ib[4:]
    return neg(iban_group(ib), "IBAN fails mod-97", iban_ok)


def de_iban_pos():
    ib = iban_make("DE", digits(18, "123456789"))
    return pos("financial", iban_group(ib), iban_ok)


def gb_iban_pos():
    ib = iban_make("GB", "NWBK" + digits(14, "123456789"))
    return pos("financial", iban_group(ib), iban_ok)


def ico_make():
    while True:
        head = digits(7, "123456789")
        c = (11 - sum((8 - i) * int(d) for i, d in enumerate(head))) % 11
        s = head + str((c or 1) % 10)
        if ico_ok(s):
            return s


def mst_make(prov="01", bad=False):
    while True:
        head = prov + digits(7, "123456789")
        r = sum(w * int(d) for w, d in zip(MST_W, head)) % 11
        if r != 0:
            break
    cd = 10 - r
    if cd == 10:
        cd = 0
    if bad:
        s = head + str((cd + 5) % 10)
        return neg(s, "MST check digit wrong", mst_ok)
    s = head + str(cd)
    assert mst_ok(s)
    return s


def ssn_make(bad=False):
    if bad:
        s = rng.choice(["666", "9" + digits(2)]) + "-" + digits(2, "123456789") + "-" + digits(4, "123456789")
        return neg(s, "SSN area 666/9xx is never issued", ssn_ok)
    while True:
        a = f"{rng.randint(1, 899):03d}"
        s = f"{a}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if ssn_ok(s):
            return pos("national-id", s, ssn_ok)


def cccd_make(prov, year, female, bad_prov=False):
    g = (year // 100 - 19) * 2 + (1 if female else 0)
    s = f"{prov}{g}{year % 100:02d}{digits(6)}"
    if bad_prov:
        return neg(s, "first 3 digits are no province code", cccd_ok)
    return pos("national-id", s, lambda x: cccd_ok(x, year))


VN_MOBILE_PREFIX = ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098", "081",
                    "082", "083", "084", "085", "088", "091", "094", "070", "076", "077", "078", "079", "089", "090",
                    "093", "056", "058"]


def vn_mobile(style="plain"):
    p = rng.choice(VN_MOBILE_PREFIX)
    rest = digits(7)
    n = p + rest
    if style == "plain":
        return n
    if style == "dots":
        return f"{n[:4]}.{n[4:7]}.{n[7:]}"
    if style == "spaces":
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    if style == "intl":
        return f"+84 {n[1:4]} {n[4:7]} {n[7:]}"
    raise ValueError(style)


def cz_mobile():
    return f"+420 {rng.choice(['602', '603', '604', '605', '606', '608', '702', '720', '721', '731', '736', '737', '739', '774', '775', '776', '777', '778'])} {digits(3)} {digits(3)}"


def rand_str(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ghp_token():
    body = rand_str(30)
    t = "ghp_" + body + b62(zlib.crc32(body.encode()), 6)
    return pos("credential", t, lambda x: crc_token_ok(x, "ghp_"))


def npm_token():
    body = rand_str(30)
    t = "npm_" + body + b62(zlib.crc32(body.encode()), 6)
    return pos("credential", t, lambda x: crc_token_ok(x, "npm_"))


def openai_key(style="proj"):
    a = string.ascii_letters + string.digits
    if style == "legacy":
        k = "sk-" + rand_str(20, a) + "T3BlbkFJ" + rand_str(20, a)
    else:
        k = "sk-proj-" + rand_str(58, a + "_-") + "T3BlbkFJ" + rand_str(58, a + "_-")
    return pos("credential", k, lambda x: "T3BlbkFJ" in x)


def aws_pair():
    kid = "AKIA" + rand_str(16, string.ascii_uppercase + "234567")
    sec = rand_str(40, string.ascii_letters + string.digits + "/+")
    pos("credential", kid, lambda x: re.fullmatch(r"AKIA[A-Z2-7]{16}", x) is not None)
    pos("credential", sec)
    return kid, sec


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt(payload):
    h = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())
    s = b64url(bytes(rng.randrange(256) for _ in range(32)))
    return pos("credential", f"{h}.{p}.{s}")


def pem_key(kind="OPENSSH"):
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(300))).decode()
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    k = f"-----BEGIN {kind} PRIVATE KEY-----\n" + "\n".join(lines) + f"\n-----END {kind} PRIVATE KEY-----"
    return pos("credential", k)


def password(pw):
    return pos("credential", pw)


def vn_account(bank_len):
    return pos("financial", digits(bank_len, "123456789"))


# ----------------------------------------------------------------------------------------------- helpers for text
ZW = "\u200b"


def zw(word):
    return ZW.join(word)


def spaced(word):
    return " ".join(word)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def nfd(s):
    return unicodedata.normalize("NFD", s)


def strip_diacritics(s):
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


SAMPLES = []
_counters = {}
PREFIX = {"vi": "vi", "cs": "cs", "en": "en", "mixed": "mx"}


SAMPLES = []
_counters = {}
PREFIX = {"vi": "pvi", "cs": "pcs", "en": "pen", "mixed": "pmx"}


ROUND_TAG = ""          # set by a later round: its ids read pvi-r4-0001 (the earlier ids stay as they were)
_round_counters = {}


def S(lang, ext, text, categories, note):
    n = _counters.get(lang, 0) + 1
    _counters[lang] = n
    cats = [c for c in CAT_ORDER if c in set(categories)]
    assert len(cats) == len(categories), (categories, note)
    assert ext in ("txt", "md", "eml", "csv")
    exp = derive_expect(cats)
    if exp == "pass":
        assert note.startswith(("Hard negative", "Plain negative")), note
    sid = f"{PREFIX[lang]}-{n:04d}"
    if ROUND_TAG:
        n = _round_counters.get(lang, 0) + 1
        _round_counters[lang] = n
        _counters[lang] -= 1
        sid = f"{PREFIX[lang]}-{ROUND_TAG}-{n:04d}"
    SAMPLES.append({"id": sid, "lang": lang, "ext": ext, "text": text,
                    "expect": exp, "categories": cats, "note": note})


def sd(s):
    return strip_diacritics(s)


def mst_personal(prov="80"):
    return pos("financial", mst_make(prov), mst_ok)


def napas_card(bin6="970415", sep="-"):
    body = bin6 + digits(9)
    n = body + luhn_digit(body)
    return pos("financial", sep.join(n[i:i + 4] for i in range(0, 16, 4)), luhn_ok)


def iban_pos(cc, bban):
    ib = iban_make(cc, bban)
    assert iban_ok(ib), ib
    return pos("financial", iban_group(ib), iban_ok)


# ================================================================================================ VIETNAMESE
def vietnamese():
    # ---------------------------------------------------------------- block: markings
    S("vi", "eml",
      "Subject: [MẬT] Phương án sắp xếp lại các phòng chuyên môn thuộc Sở\n"
      "Date: Thu, 04 Jun 2026 07:52:10 +0700\n\n"
      "Kính gửi anh Chánh Văn phòng,\n"
      "Em gửi anh bản phương án sơ bộ: giảm từ 9 phòng xuống 6 phòng, dự kiến 14 biên chế dôi dư.\n"
      "Anh dùng AI tóm tắt giúp em thành 1 trang để trình Giám đốc chiều nay.",
      ["classified-marking"], "E-mail subject tag [MẬT]; no address headers.")
    S("vi", "txt",
      "Viết lại đoạn dưới đây cho mạch lạc hơn:\n\n"
      "- MẬT -\n\n"
      "Kết quả xác minh tài sản, thu nhập năm 2025 đối với 12 cán bộ diện Ban Thường vụ quản lý cho thấy "
      "có 2 trường hợp kê khai chưa đầy đủ, cần giải trình bổ sung trước ngày 30/6.",
      ["classified-marking"], "Stamp with dashes around it on its own line: '- MẬT -'.")
    S("vi", "md",
      "**[TỐI MẬT]**\n\n"
      "## Phương án nhân sự Ban Chấp hành nhiệm kỳ 2026–2031\n\n"
      "- Giới thiệu 3 đồng chí tái cử;\n- 2 đồng chí tham gia lần đầu;\n- 1 đồng chí không tái cử do đủ tuổi nghỉ hưu.\n\n"
      "Hãy chuyển nội dung trên thành bảng.",
      ["classified-marking"], "Bracketed, bold stamp [TỐI MẬT] as a markdown line.")
    S("vi", "txt",
      "Nhờ bạn dịch sang tiếng Anh:\n\n"
      "Tổng hợp ý kiến các bộ, ngành về dự thảo Hiệp định hợp tác nghề cá với đối tác. "
      "Bộ Ngoại giao đề nghị chưa đưa điều khoản về vùng chồng lấn vào vòng đàm phán thứ ba; "
      "Bộ Quốc phòng thống nhất.\n\n"
      "TÀI LIỆU MẬT",
      ["classified-marking"], "TÀI LIỆU MẬT as the very last line of the text.")
    S("vi", "csv",
      "TỐI MẬT,,,\n"
      "DANH SÁCH CÁN BỘ QUY HOẠCH CHỨC DANH LÃNH ĐẠO SỞ,,,\n"
      "STT,Họ và tên,Chức vụ hiện tại,Chức danh quy hoạch\n"
      "1,Lương Văn Khải,Trưởng phòng Kế hoạch,Phó Giám đốc\n"
      "2,Đinh Thị Tuyết Mai,Phó Chánh Thanh tra,Chánh Thanh tra\n",
      ["classified-marking"], "Stamp in the first cell of a spreadsheet export (empty cells after it).")
    S("vi", "txt",
      "TINH UY NGHE AN                              DANG CONG SAN VIET NAM\n"
      "BAN TO CHUC\n"
      "        *                                    Nghe An, ngay 11 thang 5 nam 2026\n"
      "So 88-BC/BTCTU\n"
      "TOI MAT\n\n"
      "BAO CAO\n"
      "ket qua ra soat quy hoach can bo dien Ban Thuong vu Tinh uy quan ly\n"
      "Co 4 dong chi chua du tieu chuan ve trinh do ly luan chinh tri...",
      ["classified-marking", "official-document"], "Party document typed without diacritics: header, Số 88-BC/BTCTU, TOI MAT stamp.")
    S("vi", "txt",
      "Độ mật:   TỐI MẬT\n"
      "Độ khẩn: Hỏa tốc\n"
      "Trích yếu: Phương án bảo đảm an ninh hội nghị cấp cao\n\n"
      "Bạn liệt kê giúp tôi các đầu việc chính từ trích yếu trên.",
      ["classified-marking"], "'Độ mật:' field with capitals and extra spaces.")
    S("vi", "txt",
      "Thong tin van ban\nSo den: 1207\nDo mat: Mat\nDo khan: Thuong\nTrich yeu: Ke hoach kiem tra cong tac can bo quy III\n\n"
      "Tom tat giup toi noi dung tren.",
      ["classified-marking"], "'Do mat: Mat' field without diacritics.")
    S("vi", "txt",
      "Giúp tôi sửa lỗi chính tả:\n\n"
      "T Ố I   M Ậ T\n\n"
      "Kế hoạch diễn tập phương án phòng thủ dân sự khu vực biên giới năm 2026.",
      ["classified-marking"], "Obfuscated: letter-spaced TỐI MẬT.")
    S("vi", "txt",
      "TUY\u200bỆT M\u200bẬT\n"
      "Kính gửi: đồng chí Bí thư Tỉnh ủy\n"
      "Báo cáo nhanh tình hình an ninh nông thôn tại 3 xã giáp ranh.",
      ["classified-marking"], "Obfuscated: U+200B inside TUYỆT MẬT.")
    S("vi", "txt",
      nfd("MẬT\nBiên bản làm việc với đoàn kiểm tra của Ủy ban Kiểm tra Trung ương ngày 21/5/2026."),
      ["classified-marking"], "NFD-decomposed MẬT stamp.")
    S("vi", "txt",
      "Bản ghi chú sau cuộc họp giao ban khối nội chính.\n"
      "1. Công an tỉnh báo cáo tiến độ điều tra vụ án tại Ban Quản lý dự án.\n"
      "2. Viện Kiểm sát đề nghị gia hạn thời hạn điều tra thêm 2 tháng.\n\n"
      "Lưu hành nội bộ",
      ["classified-marking"], "Restricted-circulation marking as the last line, title case.")
    S("vi", "md",
      "| BAN TUYÊN GIÁO TỈNH ỦY | KHÔNG PHỔ BIẾN |\n|---|---|\n\n"
      "### Định hướng thông tin về vụ việc khiếu kiện đông người tại xã Tân Lập\n\n"
      "- Báo chí địa phương chưa đưa tin;\n- Chỉ cung cấp thông tin qua người phát ngôn.\n",
      ["classified-marking"], "KHÔNG PHỔ BIẾN in a markdown table cell of the header.")
    S("vi", "txt",
      "TÀI LIỆU MẬT – XEM XONG TRẢ LẠI\n"
      "Danh sách đảng viên đề nghị xem xét kỷ luật năm 2026 (dự kiến).\n"
      "Tổng hợp giúp tôi số lượng theo chi bộ.",
      ["classified-marking"], "Stamp combined with a handling instruction on one line.")
    S("vi", "eml",
      "Subject: Fwd: [TUYỆT MẬT] Phương án nhân sự chủ chốt\n\n"
      "Anh xem giúp em bản chuyển tiếp dưới đây, nhờ AI rút gọn thành 5 ý.\n"
      "---------- Forwarded message ---------\n"
      "Nội dung: dự kiến điều động 2 đồng chí Phó Chủ tịch UBND huyện.",
      ["classified-marking"], "Forwarded subject tag [TUYỆT MẬT].")
    # ---------------------------------------------------------------- block: official + marking
    S("vi", "txt",
      "UBND TỈNH QUẢNG NINH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "SỞ TÀI CHÍNH                               Độc lập - Tự do - Hạnh phúc\n"
      "Số: 1442/STC-QLNS                      Quảng Ninh, ngày 02 tháng 6 năm 2026\n"
      "        MẬT\n"
      "V/v phương án xử lý nợ đọng xây dựng cơ bản\n\n"
      "Kính gửi: Ủy ban nhân dân tỉnh\n"
      "Sở Tài chính báo cáo phương án xử lý 412 tỷ đồng nợ đọng...\n\n"
      "Soạn giúp tôi phần kết luận.",
      ["classified-marking", "official-document"], "Indented MẬT stamp under the number line of a provincial department letter.")
    # ---------------------------------------------------------------- block: credentials
    S("vi", "txt",
      "[Zalo - Tổ Văn thư]\nHằng: Mọi người ơi máy scan tầng 3 đăng nhập bằng tài khoản chung nhé\n"
      "Hằng: user là scan3, mật khẩu là hoamai2024\nTùng: ok em cảm ơn chị",
      ["credential"], "Plain-ish password after 'mật khẩu là' in a chat.")
    S("vi", "txt",
      "Ghi chú bàn giao ca trực:\n- Phần mềm một cửa: TK vanthu02 / MK: sentosa88\n- Máy in phòng 204 hết mực.",
      ["credential"], "MK: after a TK username.")
    S("vi", "txt",
      "mat khau email cong vu cua chi la: Bichngoc@1990 nhe, em dang nhap vao tai file giup chi",
      ["credential"], "Password without diacritics after 'mat khau ... la:'.")
    S("vi", "txt",
      "Pass wifi phòng họp tầng 5: Hop5@SoTC\nKhách đến họp cứ dùng mạng này.",
      ["credential"], "'Pass wifi ...:' with a literal password.")
    S("vi", "md",
      "Sửa giúp mình file cấu hình này bị lỗi:\n\n```ini\n[database]\nhost = db-qlcb\nuser = qlcb_app\n"
      "password = Qlcb!2026#sonv\n```",
      ["credential"], "Literal password in an ini file.")
    # ---------------------------------------------------------------- block: identifiers / financial
    cccd1 = cccd_make("036", 1988, True)
    S("vi", "txt",
      f"Soạn giúp tôi giấy ủy quyền: bà Trịnh Thu Hương, sinh năm 1988, CCCD số {cccd1} do Cục Cảnh sát QLHC về TTXH cấp, "
      "ủy quyền cho con trai nhận lương hưu thay.",
      ["national-id"], "CCCD (036 Nam Định, female 1988 → 1) in prose.")
    cccd2 = cccd_make("001", 2003, False)
    S("vi", "txt",
      f"Họ tên: Ngô Quang Vinh\nSố định danh cá nhân: {cccd2[:3]} {cccd2[3:6]} {cccd2[6:]}\nNgày sinh: 14/09/2003\n"
      "Viết giúp tôi thư giới thiệu thực tập.",
      ["national-id"], "CCCD grouped with spaces (001 Hà Nội, male 2003 → 2).")
    hc = pos("national-id", "C" + digits(7))
    S("vi", "txt",
      f"Đoàn công tác sang Nhật Bản: đồng chí Vương Đình Khải, hộ chiếu số {hc}, hết hạn 2031. "
      "Nhờ bạn soạn email đặt phòng khách sạn bằng tiếng Anh.",
      ["national-id"], "Passport number with context 'hộ chiếu số'.")
    bhxh = pos("national-id", digits(10, "123456789"))
    S("vi", "txt",
      f"Chị Phùng Thị Lệ đề nghị chốt sổ: mã số BHXH {bhxh}, thời gian đóng 14 năm 3 tháng. Soạn giúp tôi công văn gửi BHXH quận.",
      ["national-id"], "BHXH number with context.")
    acct = vn_account(14)
    S("vi", "txt",
      f"Anh chuyển giúp em tiền tạm ứng công tác phí vào STK {acct[:4]} {acct[4:8]} {acct[8:]} Techcombank, chủ TK Trần Thị Hằng nhé.",
      ["financial"], "Bank account grouped with spaces, bank name after it.")
    card = napas_card("970415", "-")
    S("vi", "txt",
      f"Thẻ ATM của bố mình là {card}, hết hạn 08/29. Bạn hướng dẫn giúp cách khóa thẻ tạm thời trên app VietinBank.",
      ["financial"], "Napas card with dashes in prose (Luhn-valid).")
    mst = mst_personal("80")
    S("vi", "txt",
      f"Tờ khai quyết toán thuế TNCN năm 2025\nHọ và tên người nộp thuế: Đỗ Hoàng Nam\nMã số thuế: {mst}\n"
      "Tổng thu nhập chịu thuế: 412.500.000 đồng\nTính giúp tôi số thuế còn phải nộp.",
      ["financial"], "Personal MST (valid check digit) on a personal income-tax return.")
    # ---------------------------------------------------------------- warn
    S("vi", "txt",
      "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH             ĐẢNG CỘNG SẢN VIỆT NAM\n"
      "CHI BỘ SỞ NỘI VỤ\n"
      "        *                                   Thái Bình, ngày 08 tháng 6 năm 2026\n"
      "Số 15-NQ/CB\n\n"
      "NGHỊ QUYẾT\nHội nghị chi bộ tháng 6/2026\n"
      "Chi bộ thống nhất phân công đảng viên theo dõi công tác dân vận tại 3 thôn...\n\n"
      "Viết tóm tắt 3 dòng.",
      ["official-document"], "Party chi bộ resolution header (Số 15-NQ/CB), no stamp.")
    S("vi", "txt",
      "HUYỆN ỦY GIA LÂM\n*\nSố 214-TB/HU\nThông báo kết luận của Thường trực Huyện ủy về công tác giải phóng mặt bằng\n"
      "Nhờ AI chuyển thành bản tin ngắn.",
      ["official-document"], "Party notice number line Số 214-TB/HU heading the text.")
    S("vi", "txt",
      "...Đề nghị các đơn vị triển khai thực hiện.\n\n"
      "Nơi nhận:                                      KT. GIÁM ĐỐC\n"
      "- Như trên;                                    PHÓ GIÁM ĐỐC\n"
      "- Giám đốc Sở (để b/c);\n- Lưu: VT, VP.\n\n"
      "Sửa giúp văn phong đoạn trên.",
      ["official-document"], "Recipients block and signing authority.")
    S("vi", "txt",
      "Soạn giúp tin nhắn chúc mừng: anh Khổng Minh Đức (phòng Quản lý đô thị) số 0389 224 716, hôm nay sinh nhật anh ấy.",
      ["contact"], "Personal mobile number of a named colleague.")
    S("vi", "txt",
      "Bạn gửi bản nháp vào mail riêng của chị nhé: thuytrang.ng1987@gmail.com, mail cơ quan đang bị đầy.",
      ["contact"], "Personal webmail address in a chat.")
    S("vi", "txt",
      "Vũ Thị Thanh Hương (Phòng Kế hoạch) mới phẫu thuật dạ dày, đang nằm viện ở Bạch Mai. "
      "Soạn giúp thư thăm hỏi của công đoàn.",
      ["sensitive-personal"], "Health of a named person without a title word before the name.")
    S("vi", "txt",
      "Anh Tuan phong ke toan dang dieu tri ung thu gan o benh vien K, xin nghi 2 thang. Soan giup don xin nghi phep.",
      ["sensitive-personal"], "Health of a named person typed without diacritics.")
    S("vi", "txt",
      "Ho va ten: Tran Thi Hoa\nNam sinh: 1979\nDan toc: Kinh\nTon giao: Cong giao\nTrinh do: Thac si\nViet gioi thieu ban than ngan gon.",
      ["sensitive-personal"], "Religion field typed without diacritics.")
    S("vi", "txt",
      "Nam 2024 dong chi Nguyen Van Hai bi ky luat canh cao ve dang do vi pham trong quan ly dat dai. "
      "Viet lai doan nhan xet can bo nay.",
      ["sensitive-personal"], "Party discipline of a named member, no diacritics.")
    S("vi", "txt",
      "Đối tượng Hà Văn Tùng, sinh năm 1990, có 2 tiền án về tội đánh bạc, hiện đang tạm trú tại phường Bình Hàn. "
      "Viết lại thành đoạn văn cho báo cáo.",
      ["sensitive-personal"], "Criminal record of a named person.")
    S("vi", "txt",
      "Âu Thị Kim Ngân đang hóa trị đợt 3, tuần sau mới đi làm lại được. Nhờ bạn phân công lại việc trong tổ.",
      ["sensitive-personal"], "Health of a named person whose surname (Âu) is rarer.")
    S("vi", "md",
      "Giải thích lỗi kết nối giúp mình:\n\n```\nERROR: connect ECONNREFUSED 10.20.4.31:5432\n"
      "at host qlvb-db.so.local\n```",
      ["infrastructure"], "Private IP and *.local host in an error log.")
    S("vi", "txt",
      "Nhận xét cán bộ: Ông Lục Văn Thành có lập trường chính trị chưa vững vàng, có biểu hiện tự diễn biến. "
      "Chỉnh sửa câu chữ giúp tôi.",
      ["sensitive-personal"], "Political assessment of a named official.")
    # ---------------------------------------------------------------- pass
    S("vi", "txt",
      "Công thức làm trà gừng mật ong: 1 củ gừng, 2 thìa mật ong rừng, nửa quả chanh. "
      "Mật ong nên cho vào khi nước còn ấm, không pha bằng nước sôi. Hãy viết lại thành bài đăng Facebook.",
      [], "Hard negative: mật ong (honey) in a recipe.")
    S("vi", "txt",
      "Quy hoạch phân khu: mật độ xây dựng tối đa 40%, mật độ dân số dự kiến 12.000 người/km². "
      "Hãy so sánh với chỉ tiêu của khu đô thị lân cận.",
      [], "Hard negative: mật độ (density).")
    S("vi", "txt",
      "Điều 5 hợp đồng: Hai bên cam kết giữ bí mật thông tin kinh doanh, không tiết lộ cho bên thứ ba trong thời hạn 3 năm. "
      "Dịch điều khoản này sang tiếng Anh.",
      [], "Hard negative: bí mật kinh doanh in a contract clause.")
    S("vi", "md",
      "# CHÍNH SÁCH BẢO MẬT\n\nCổng dịch vụ công cam kết bảo mật thông tin cá nhân của người dùng. "
      "Thông tin chỉ được sử dụng để giải quyết thủ tục hành chính.\n\nViết lại ngắn gọn hơn.",
      [], "Hard negative: CHÍNH SÁCH BẢO MẬT heading.")
    S("vi", "txt",
      "Câu hỏi ôn tập: Theo Luật Bảo vệ bí mật nhà nước, bí mật nhà nước được phân loại theo 3 độ mật nào?\n"
      "A. Tuyệt mật, Tối mật, Mật\nB. Mật, Khẩn, Hỏa tốc\nC. Tối mật, Nội bộ, Công khai\nĐáp án: A",
      [], "Hard negative: quiz about the classification levels.")
    S("vi", "txt",
      "Nhắc nhở toàn thể cán bộ: tuyệt đối không sao chép tài liệu mật, văn bản có dấu TỐI MẬT, MẬT vào ChatGPT "
      "hoặc các công cụ AI trực tuyến. Vi phạm sẽ bị xử lý theo quy định.",
      [], "Hard negative: guidance telling staff not to paste secret documents.")
    S("vi", "txt",
      "THÔNG CÁO BÁO CHÍ\nBộ Y tế khuyến cáo người dân chủ động phòng bệnh tay chân miệng.\n"
      "Đường dây nóng Bộ Y tế: 1900 9095. Văn phòng Bộ: 024 6273 2273.\n"
      "Tóm tắt thông cáo này thành 3 câu.",
      [], "Hard negative: ministry hotline and switchboard in a press release.")
    co_mst = mst_make("01")
    S("vi", "txt",
      f"HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nĐơn vị bán hàng: CÔNG TY CỔ PHẦN VĂN PHÒNG PHẨM HỒNG HÀ\nMã số thuế: {co_mst}\n"
      "Địa chỉ: 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội\nHàng hóa: giấy A4, 50 ram\nKiểm tra giúp tôi tổng tiền có đúng không.",
      [], "Hard negative: a company's MST on an invoice.")
    S("vi", "txt",
      "Thực hiện Thông báo số 12-TB/TU ngày 10/01/2026 của Tỉnh ủy và Nghị quyết 57-NQ/TW của Bộ Chính trị, "
      "Sở đã xây dựng kế hoạch chuyển đổi số. Hãy viết đoạn mở đầu cho bài phát biểu.",
      [], "Hard negative: party document numbers cited in prose.")
    S("vi", "txt",
      "Nhóm lớp:\nLinh: mk gửi file slide lên nhóm r nha\nMinh: mk là người thuyết trình phần 2 hả\nLinh: uk, mk làm phần 1",
      [], "Hard negative: 'mk' is chat slang for 'mình' (I), not a password label.")
    S("vi", "txt",
      "Bảng ký hiệu thiết bị: MK: máy khoan; MC: máy cắt; MH: máy hàn. Số lượng MK: 12 chiếc, MC: 4 chiếc. "
      "Lập giúp tôi bảng kiểm kê.",
      [], "Hard negative: 'MK' as an equipment abbreviation (máy khoan), not a password.")
    S("vi", "txt",
      "Yêu cầu về mật khẩu: mật khẩu phải có ít nhất 12 ký tự, không trùng 5 mật khẩu gần nhất và được đổi sau 90 ngày. "
      "Viết lại thành thông báo gửi cán bộ.",
      [], "Hard negative: password policy with no password.")
    S("vi", "txt",
      "Hướng dẫn đăng nhập: Tên đăng nhập: <số CCCD của bạn>\nMật khẩu: <mật khẩu được gửi qua SMS>\n"
      "Sau lần đăng nhập đầu tiên, hệ thống yêu cầu đổi mật khẩu.",
      [], "Hard negative: placeholders in login instructions.")
    S("vi", "txt",
      "Người mắc bệnh tiểu đường nên hạn chế tinh bột, tập thể dục 30 phút mỗi ngày và khám định kỳ 3 tháng một lần. "
      "Viết lại thành tờ rơi tuyên truyền.",
      [], "Hard negative: generic health education, no person.")
    S("vi", "txt",
      "nguoi bi tieu duong nen an nhieu rau xanh, han che do ngot, kiem tra duong huyet thuong xuyen. viet thanh bai dang ngan",
      [], "Hard negative: health education without diacritics, no person.")
    S("vi", "txt",
      "Sỏi túi mật là bệnh lý thường gặp; nhiều trường hợp không có triệu chứng. Khi đau hạ sườn phải kéo dài cần đi khám. "
      "Tóm tắt giúp tôi.",
      [], "Hard negative: túi mật (gall bladder).")
    S("vi", "txt",
      "Cơ mật viện được thành lập năm 1834 dưới triều vua Minh Mạng, là cơ quan tư vấn tối cao của nhà Nguyễn. "
      "Viết đoạn giới thiệu cho bảo tàng.",
      [], "Hard negative: Cơ mật viện (historical institution).")
    S("vi", "txt",
      "KHẨN\nĐề nghị các phòng gửi số liệu giải ngân vốn đầu tư công về Phòng Kế hoạch trước 15h hôm nay.",
      [], "Hard negative: KHẨN urgency mark without a document header.")
    S("vi", "txt",
      "Số đến: 345\nĐộ mật: Thường\nĐộ khẩn: Khẩn\nTrích yếu: Mời họp sơ kết 6 tháng\nTóm tắt giúp tôi.",
      [], "Hard negative: 'Độ mật: Thường' is not a marking.")
    S("vi", "txt",
      "DỰ THẢO\nKẾ HOẠCH tổ chức Ngày hội đọc sách năm 2026\nI. Mục đích, yêu cầu\n...\nViết tiếp phần II.",
      [], "Hard negative: DỰ THẢO title without a header.")
    S("vi", "txt",
      "Bộ phim 'Mật danh: Biển Đông' kể về lực lượng trinh sát thời chiến; nhân vật chính có mật danh 'Cá Heo'. "
      "Viết review ngắn.",
      [], "Hard negative: mật danh (code name) in a film review.")
    S("vi", "txt",
      "Bài tập môn An toàn thông tin: so sánh mật mã khóa đối xứng và mật mã khóa công khai, cho ví dụ AES và RSA.",
      [], "Hard negative: mật mã (cryptography).")
    S("vi", "txt",
      "Anh em trong phòng rất thân mật, có mối quan hệ mật thiết với các đơn vị bạn. Viết lời cảm ơn cuối năm.",
      [], "Hard negative: thân mật, mật thiết.")
    S("vi", "txt",
      "Bản tin Công đoàn trước đây chỉ lưu hành nội bộ, từ năm nay được đăng công khai trên cổng thông tin. "
      "Viết lời giới thiệu số đầu tiên.",
      [], "Hard negative: 'lưu hành nội bộ' in a sentence about a newsletter.")
    S("vi", "csv",
      "Mã đơn,Ngày,Khách hàng,Giá trị\n099201845573,02/06/2026,Cửa hàng Minh An,4.350.000\n"
      "099201845581,02/06/2026,Siêu thị Hòa Bình,12.800.000\n",
      [], "Hard negative: 12-digit order numbers starting 099 (no province code).")
    S("vi", "txt",
      "MAT ONG RUNG U MINH\nHu 500ml - gia 180.000d\nViet mo ta san pham cho trang ban hang.",
      [], "Hard negative: MAT ONG (honey) product label without diacritics.")
    S("vi", "txt",
      "Luật Bảo vệ bí mật nhà nước năm 2025 quy định: tài liệu có độ Tuyệt mật được bảo vệ 30 năm, độ Tối mật 20 năm, "
      "độ Mật 10 năm. Tóm tắt giúp tôi điểm mới so với luật năm 2018.",
      [], "Hard negative: law text discussing protection periods of the levels.")
    S("vi", "txt",
      "Mật khẩu Wi-Fi khách được dán ở quầy lễ tân; anh chị hỏi lễ tân để lấy. Soạn thông báo ngắn cho hội nghị.",
      [], "Hard negative: mentions a Wi-Fi password but contains none.")
    S("vi", "txt",
      "Máy chủ DNS công cộng 8.8.8.8 và 1.1.1.1; phiên bản phần mềm 10.2.14.3 đã được cập nhật. Viết hướng dẫn cho người dùng.",
      [], "Hard negative: public IPs and a version number.")


# ================================================================================================ CZECH
def czech():
    S("cs", "txt",
      "Stupeň utajení: VYHRAZENÉ\n\nInformace pro poradu vedení k zajištění kybernetické bezpečnosti krajských nemocnic.\n"
      "Shrň mi to do pěti bodů.",
      ["classified-marking"], "'Stupeň utajení:' field with the level in capitals.")
    S("cs", "txt",
      "Stupeň utajení – Důvěrné\nPočet listů: 4\n\nAnalýza dopadů výpadku dodávek plynu na teplárny v Moravskoslezském kraji.",
      ["classified-marking"], "'Stupeň utajení' with a dash instead of a colon.")
    S("cs", "txt",
      "Stupen utajeni: Tajne\nVytvoril: odbor krizoveho rizeni\nPreformuluj prosim uvod dokumentu.",
      ["classified-marking"], "Level field without diacritics.")
    S("cs", "txt",
      "V Y H R A Z E N É\n\nPlán cvičení složek IZS na rok 2026 – harmonogram a odpovědné osoby.",
      ["classified-marking"], "Obfuscated: letter-spaced VYHRAZENÉ banner.")
    S("cs", "txt",
      "Přelož do angličtiny:\n\nVýsledky prověrky dodavatelů informačních systémů resortu ukázaly tři rizikové smlouvy "
      "s dodavateli mimo EU. Doporučujeme jejich ukončení do konce roku.\n\nDŮVĚRNÉ",
      ["classified-marking"], "DŮVĚRNÉ as the last line of the text.")
    S("cs", "eml",
      "Subject: [VYHRAZENÉ] Podklady k jednání bezpečnostní rady kraje\nDate: Wed, 3 Jun 2026 09:12:00 +0200\n\n"
      "Dobrý den, v příloze zasílám podklady. Prosím o zkrácení na jednu stranu.",
      ["classified-marking"], "Czech e-mail subject tag [VYHRAZENÉ] (.eml).")
    S("cs", "txt",
      "Přepiš tenhle e-mail zdvořileji:\n\nPředmět: RE: [DŮVĚRNÉ] Návrh odpovědi ministerstvu\n\n"
      "Posílám upravený návrh, termín odeslání je pátek.",
      ["classified-marking"], "Pasted e-mail with a localized 'Předmět:' subject tag [DŮVĚRNÉ].")
    S("cs", "txt",
      "Č. j.: MZV 118734/2026-D\n\nZáznam o poskytnutí informací od spolupracující osoby.\nShrň hlavní body.",
      ["classified-marking", "official-document"], "Číslo jednací with the -D (důvěrné) suffix heading the text.")
    S("cs", "txt",
      "Ahoj, posílám přístup do sdíleného kalendáře odboru: uživatel sekretariat.oi, heslo: sluníčko\nZkus se přihlásit a dej vědět.",
      ["credential"], "Plain-word password after 'heslo:' (no digit, no symbol).")
    S("cs", "txt",
      "heslo k wifi na chatě je Jezevcik77, kdyby se někdo ptal. Napiš mi z toho hezkou pozvánku na víkend.",
      ["credential"], "Password after 'heslo k wifi je'.")
    S("cs", "md",
      "Proč mi to nefunguje?\n\n```python\nconn = psycopg2.connect(\"postgresql://spisovka:Brno2026!x@db.urad.cz/spis\")\n```",
      ["credential"], "Connection string with a literal password.")
    rc1 = rc_make(1984, 11, 23, True, slash=True)
    S("cs", "txt",
      f"Návrh pracovní smlouvy\nZaměstnanec: Bc. Kateřina Horáková, r. č. {rc1}\nPozice: referentka odboru dotací\n"
      "Zkontroluj prosím formulace v článku 3.",
      ["national-id"], "Woman's rodné číslo with slash (month +50).")
    rc2 = rc_make(1991, 4, 7, False, slash=False)
    S("cs", "csv",
      f"jmeno;prijmeni;rc;oddeleni\nOndřej;Malý;{rc2};OVZ\n",
      ["national-id"], "Rodné číslo without slash in a CSV column named rc.")
    op = pos("national-id", digits(9, "123456789"))
    S("cs", "txt",
      f"Pro vystavení služebního průkazu potřebuji: jméno Lukáš Beneš, číslo OP: {op}, platnost do 2031. Sepiš mi žádost.",
      ["national-id"], "ID card (OP) number with context.")
    acc = cz_account_pos(prefix=True, bank="0100")
    S("cs", "txt",
      f"Cestovní náhrady prosím poukažte na můj účet č. {acc}. Díky, Jitka Pokorná",
      ["financial"], "Czech account with prefix (weights valid).")
    ib = cz_iban_pos(grouped=True)
    S("cs", "txt",
      f"Vratka přeplatku: příjemce Zdeněk Vacek, IBAN {ib}, variabilní symbol 2026114. Napiš průvodní dopis.",
      ["financial"], "Czech IBAN in prose, spaced (mod-97 and inner account valid).")
    mc_body = "5" + rng.choice("12345") + digits(13)
    mc = mc_body + luhn_digit(mc_body)
    mcs = pos("financial", " ".join(mc[i:i + 4] for i in range(0, 16, 4)), luhn_ok)
    S("cs", "txt",
      f"Služební kartu {mcs} jsem ztratil na letišti, co mám dělat? Pomoz mi napsat oznámení bance.",
      ["financial"], "Mastercard number (Luhn-valid) in prose.")
    mob = pos("contact", cz_mobile())
    S("cs", "txt",
      f"Kontakt na paní Renatu Novotnou z oddělení mezd: {mob}. Napiš jí zdvořilou připomínku.",
      ["contact"], "Czech mobile of a named person.")
    S("cs", "txt",
      "Žádost o změnu adresy: pan Miloš Čermák, nově bytem Na Výsluní 1412/7, 148 00 Praha 4. Uprav text žádosti.",
      ["contact"], "Home address after 'bytem'.")
    S("cs", "txt",
      "Markéta Vlčková je po operaci kolene a do konce června bude v pracovní neschopnosti. Navrhni zastupování.",
      ["sensitive-personal"], "Health of a person named without a title or role word.")
    S("cs", "txt",
      "Radek Holub byl v roce 2021 odsouzen za podvod k podmíněnému trestu. Napiš neutrální zdůvodnění zamítnutí žádosti.",
      ["sensitive-personal"], "Criminal record of a person named without a title.")
    S("cs", "txt",
      "Kolega Jakub Řezníček se léčí s depresemi, prosím o ohleduplnost při plánování služeb.",
      ["sensitive-personal"], "Health of a colleague.")
    S("cs", "txt",
      "MĚSTSKÝ ÚŘAD HOLEŠOV\nOdbor výstavby\nČ. j.: MUHOL/4412/2026/OV\nSpisová značka: SZ 1180/2026\n\n"
      "Rozdělovník:\n1. žadatel\n2. spis\n\nPřepiš rozhodnutí srozumitelněji.",
      ["official-document"], "Letterhead, číslo jednací and Rozdělovník, no classification.")
    S("cs", "md",
      "Vysvětli, co dělá tento soubor:\n\n```\nserver=10.40.1.15\nbackup_host=nas01.mesto.lan\n```",
      ["infrastructure"], "Private IP and a .lan host.")
    # ---------------------------------------------------------------- pass
    S("cs", "txt",
      "Zápis ze zasedání zastupitelstva obce Lhota\nBod 4: Volba místostarosty proběhla tajným hlasováním. "
      "Tajné hlasování: 9 pro, 2 proti, 0 se zdrželo.",
      [], "Hard negative: tajné hlasování in minutes.")
    S("cs", "txt",
      "Tajemník městského úřadu Ing. Petr Šafránek předložil zprávu o činnosti úřadu za rok 2025. Zkrať ji.",
      [], "Hard negative: tajemník (job title).")
    S("cs", "txt",
      "Tajenka křížovky z minulého čísla zněla: DŮVĚRA SE BUDUJE LÉTA. Vymysli novou křížovku pro zpravodaj.",
      [], "Hard negative: tajenka.")
    S("cs", "txt",
      "VYHRAZENÉ PARKOVÁNÍ\nPouze pro vozidla Městské policie. Neoprávněně stojící vozidla budou odtažena.",
      [], "Hard negative: reserved parking sign.")
    S("cs", "txt",
      "Zpravodaj obce Bystřice, červen 2026\nPozvánka na dětský den...\n\n© 2026 Obec Bystřice. Všechna práva vyhrazena.",
      [], "Hard negative: copyright footer.")
    S("cs", "txt",
      "Podle zákona č. 412/2005 Sb. se utajované informace člení do stupňů Přísně tajné, Tajné, Důvěrné a Vyhrazené. "
      "Vysvětli rozdíl jednoduše pro nové zaměstnance.",
      [], "Hard negative: law text naming the levels.")
    ico = ico_make()
    S("cs", "txt",
      f"FAKTURA č. 2026-0412\nDodavatel: Kancelářské potřeby Novák s.r.o., IČO: {ico}, DIČ: CZ{ico}\n"
      "Sídlo: Vinohradská 12, 120 00 Praha 2\nZkontroluj součet položek.",
      [], "Hard negative: company IČO/DIČ on an invoice.")
    S("cs", "txt",
      "TISKOVÁ ZPRÁVA\nMinisterstvo zdravotnictví spouští informační linku k očkování: 800 123 456 (zdarma). "
      "Ústředna ministerstva: +420 224 971 111.",
      [], "Hard negative: toll-free info line and a ministry switchboard.")
    S("cs", "txt",
      "Požadavky na heslo: heslo musí mít alespoň 12 znaků a nesmí obsahovat jméno uživatele. Heslo je nutné změnit každých 90 dní.",
      [], "Hard negative: password policy.")
    S("cs", "txt",
      "Přihlašovací údaje do systému: uživatelské jméno = váš e-mail bez domény, heslo: ******** (zaslané SMS).",
      [], "Hard negative: masked password placeholder.")
    bad_rc = rc_make(1979, 2, 14, False, slash=True, bad=True)
    S("cs", "txt",
      f"Číslo spisu {bad_rc} bylo přiděleno omylem, prosím o opravu v evidenci. Napiš žádost.",
      [], "Hard negative: a number shaped like a rodné číslo that fails mod-11.")
    S("cs", "txt",
      "Vláda usnesením č. 612 ze dne 20. května 2026 schválila Koncepci kybernetické bezpečnosti. Napiš krátkou zprávu na web.",
      [], "Hard negative: government resolution number cited in prose.")
    S("cs", "txt",
      "Cukrovka 2. typu postihuje v Česku přes 900 tisíc lidí. Pomáhá pohyb, strava a pravidelné kontroly. Napiš leták.",
      [], "Hard negative: health education, no person.")
    S("cs", "txt",
      "ČLÁNEK 5\nDŮVĚRNÉ INFORMACE\nSmluvní strany zachovají mlčenlivost o důvěrných informacích druhé strany.",
      [], "Hard negative: NDA heading 'DŮVĚRNÉ INFORMACE'.")
    S("cs", "txt",
      "Odborový důvěrník závodu svolal schůzi na čtvrtek. Napiš pozvánku pro zaměstnance.",
      [], "Hard negative: důvěrník.")
    S("cs", "txt",
      "Tajné služby podle výroční zprávy BIS zaznamenaly nárůst kybernetických útoků. Shrň zprávu do odstavce.",
      [], "Hard negative: news about secret services.")


# ================================================================================================ ENGLISH
def english():
    S("en", "txt",
      "SECRET//REL TO USA, FVEY\n\nSUBJECT: Port access assessment, northern corridor\n"
      "1. Two terminals lack redundant power feeds.\nSummarise for a non-technical reader.",
      ["classified-marking"], "US banner with a REL TO dissemination control.")
    S("en", "txt",
      "Supplier resilience review – draft 2\n\nKey risks: single-source semiconductors, freight delays at Felixstowe.\n\n"
      "OFFICIAL-SENSITIVE",
      ["classified-marking"], "UK handling caveat as the last line.")
    S("en", "txt",
      "TLP:AMBER+STRICT\n\nIndicators observed in the phishing wave against regional councils:\n"
      "- sender domains registered within 48 hours\n- macro-enabled invoices\nTurn this into a briefing for staff.",
      ["classified-marking"], "TLP:AMBER+STRICT at the top of an advisory.")
    S("en", "eml",
      "Subject: [RESTRICTED] Q2 internal audit findings\nDate: Tue, 2 Jun 2026 16:40:00 +0100\n\n"
      "Team, findings attached; please do not circulate beyond the audit committee.\nCan you draft a one-paragraph summary?",
      ["classified-marking"], "E-mail subject tag [RESTRICTED].")
    S("en", "txt",
      "Classification: OFFICIAL-SENSITIVE\nHandling: no onward distribution\n\nNotes from the resilience forum on flood defences.",
      ["classified-marking"], "Classification field.")
    S("en", "txt",
      "Board memo – proposed acquisition of Harlow Analytics\nValuation range: GBP 41–46m.\n\n"
      "PRIVATE & CONFIDENTIAL",
      ["classified-marking"], "PRIVATE & CONFIDENTIAL footer banner.")
    S("en", "txt",
      "Please tidy up this note:\n\nC O N F I D E N T I A L\nSettlement terms agreed in principle; payment in two tranches.",
      ["classified-marking"], "Obfuscated: spaced letters.")
    S("en", "md",
      "# Pricing playbook 2026\n\n- Discount ceiling 18%\n- Renewal uplift 4%\n\n_Internal Use Only_",
      ["classified-marking"], "Corporate marking in title case as a markdown footer.")
    S("en", "txt",
      "Hey, the shared drive login for the conference kit is events-team, pw: tangerine. Can you write a welcome note for volunteers?",
      ["credential"], "Plain-word password after 'pw:'.")
    S("en", "txt",
      "Reminder for the night shift: the alarm panel password is 7741-Zulu. Write a short handover checklist.",
      ["credential"], "Password in English prose.")
    ssn = ssn_make()
    S("en", "txt",
      f"Employee onboarding: Daniel Ortiz, SSN {ssn}, start date June 15. Draft the welcome letter.",
      ["national-id"], "US SSN in a valid range.")
    pp = pos("national-id", digits(9, "56789"))
    S("en", "txt",
      f"Travel booking for Rachel Kim – passport number {pp}, expires 2032. Write to the travel agent.",
      ["national-id"], "US passport number with context.")
    kid, sec = aws_pair()
    S("en", "md",
      f"Why does boto3 still fail?\n\n```\n[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sec}\nregion = eu-west-2\n```",
      ["credential"], "AWS key pair in a credentials file.")
    tok = ghp_token()
    S("en", "txt",
      f"git remote set-url origin https://{tok}@github.com/cityworks/permits.git\nThis gives 403, why?",
      ["credential"], "GitHub ghp_ token (CRC32 tail valid) in a remote URL.")
    jw = jwt({"sub": "svc-reports", "iat": 1780000000})
    S("en", "txt",
      f"curl -H \"Authorization: Bearer {jw}\" https://api.example.org/v2/reports\nExplain the 401 error.",
      ["credential"], "Bearer JWT in a curl command.")
    S("en", "txt",
      "Convert this key to PuTTY format:\n\n" + pem_key("RSA"),
      ["credential"], "PEM RSA private key.")
    visa_body = "4" + digits(14)
    visa = visa_body + luhn_digit(visa_body)
    vs = pos("financial", "-".join(visa[i:i + 4] for i in range(0, 16, 4)))
    assert luhn_ok(vs)
    S("en", "txt",
      f"My corporate card {vs} was declined at the hotel in Lisbon. Draft a complaint to the bank.",
      ["financial"], "Visa number with dashes in prose.")
    gb = gb_iban_pos()
    S("en", "txt",
      f"Invoice from Sam Whitfield (freelance photographer): please pay GBP 1,450 to {gb}. Write a payment confirmation.",
      ["financial"], "GB IBAN of a freelancer.")
    npm = npm_token()
    S("en", "md",
      f"Our CI cannot publish. Here is the .npmrc:\n\n```\n//registry.npmjs.org/:_authToken={npm}\n```",
      ["credential"], "npm token (CRC32 tail valid).")
    oai = openai_key("proj")
    S("en", "md",
      f"```python\nclient = OpenAI(api_key=\"{oai}\")\n```\nWhy is this slow?",
      ["credential"], "OpenAI key with the T3BlbkFJ anchor.")
    S("en", "txt",
      "Mongo keeps timing out: mongodb+srv://reporting:Xk9pLm2Q@cluster0.ab1cd.mongodb.net/stats — any idea?",
      ["credential"], "Connection string with a literal password.")
    S("en", "txt",
      "Marcus Webb has been signed off with depression until March; please reassign his cases. Draft a note to the team.",
      ["sensitive-personal"], "Health of a person named without a title.")
    S("en", "txt",
      "Background check: Janet Price was convicted of fraud in 2019 and served 18 months. Write a neutral summary for HR.",
      ["sensitive-personal"], "Criminal record of a named person.")
    S("en", "txt",
      "Can you rephrase this text for me: call Dana Brooks on 617-284-3391 about the venue booking.",
      ["contact"], "US mobile of a named person.")
    S("en", "txt",
      "Change of address: Priya Shah now lives at 42 Maple Grove, Leeds LS6 2AB. Update the letter template.",
      ["contact"], "Home address.")
    S("en", "md",
      "Explain this nginx upstream:\n\n```\nupstream app { server 172.20.14.9:8080; }\nproxy_pass http://wiki/;\n```",
      ["infrastructure"], "Private IP and an internal URL.")
    S("en", "txt",
      "No.: 2215/BC-SNV\n\nREPORT\non the implementation of administrative reform in Q1/2026\n\nRecipients:\n- As above;\n- Archived: Office.",
      ["official-document"], "Translated official document: number line and recipients block.")
    # ---------------------------------------------------------------- pass
    S("en", "txt",
      "Plan our Secret Santa: 22 people, budget 20 pounds, gifts exchanged on 18 December. Write the invitation e-mail.",
      [], "Hard negative: Secret Santa.")
    S("en", "txt",
      "Privacy notice: We treat your personal data as confidential and share it only with processors bound by contract. "
      "Shorten this for the website.",
      [], "Hard negative: 'confidential' in a privacy policy.")
    S("en", "txt",
      "Best regards,\nOliver\n\nThis message and any attachments are confidential and intended solely for the addressee. "
      "If you received it in error, please delete it.",
      [], "Hard negative: e-mail disclaimer.")
    S("en", "txt",
      "RESTRICTED AREA\nAuthorised personnel only. Hard hats must be worn beyond this point.",
      [], "Hard negative: restricted area sign.")
    S("en", "txt",
      "Patient leaflet: for external use only. Not for internal use. Keep out of reach of children. Summarise in plain English.",
      [], "Hard negative: drug leaflet wording.")
    S("en", "md",
      "```python\nimport boto3\n# docs example only\nsession = boto3.Session(aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\", "
      "aws_secret_access_key=os.environ[\"AWS_SECRET_ACCESS_KEY\"])\n```",
      [], "Hard negative: AWS documented example key and a secret from the environment.")
    S("en", "txt",
      "Set OPENAI_API_KEY=YOUR_API_KEY in your shell, then run `python app.py`. Write this as a README step.",
      [], "Hard negative: placeholder key.")
    S("en", "txt",
      "Prosecutors said the aide kept documents marked TOP SECRET in a garage. Write a neutral news summary.",
      [], "Hard negative: news about classified documents.")
    S("en", "txt",
      "Quiz: In the UK scheme, which is higher – OFFICIAL or SECRET? Answer: SECRET. Which caveat is OFFICIAL-SENSITIVE? A handling caveat.",
      [], "Hard negative: quiz naming levels in prose.")
    S("en", "txt",
      "Password rules: the password must be at least 14 characters, the password is case-sensitive, and it expires after 60 days.",
      [], "Hard negative: password policy.")
    S("en", "txt",
      "Order 4539 1488 0343 6461 shipped on 2 June; tracking TB-77120. Draft a delivery notice.",
      [], "Hard negative: card-like order number that fails Luhn.")
    S("en", "txt",
      "Test data: SSN 666-21-4409 (invalid area) for the form validator. Write unit-test names.",
      [], "Hard negative: SSN in area 666 (never issued).")
    S("en", "txt",
      "We watched L.A. Confidential and The Secret Garden at the film club. Write a short review of both.",
      [], "Hard negative: film titles.")
    S("en", "txt",
      "PRESS RELEASE\nResidents can report potholes on the toll-free line 1-800-555-0199 or via the council website. "
      "Summarise in two sentences.",
      [], "Hard negative: toll-free hotline in a press release.")
    S("en", "txt",
      "Classified ads: Bicycle for sale, good condition, 80 pounds. Sofa free to collect. Rewrite more attractively.",
      [], "Hard negative: classified ads.")
    S("en", "txt",
      "Resolution 57-NQ/TW and Law 117/2025/QH15 set the framework; cite them in the introduction of my essay.",
      [], "Hard negative: document numbers cited in prose.")


# ================================================================================================ MIXED
def mixed():
    S("mixed", "eml",
      "Subject: Fwd: Góp ý dự thảo MoU\n\nINTERNAL USE ONLY\n\nChị ơi, em gửi bản góp ý của bên đối tác Hàn Quốc:\n"
      "- They want exclusivity for 5 years;\n- Phía mình đề xuất 3 năm.\nChị dịch giúp em sang tiếng Việt nhé.",
      ["classified-marking"], "English corporate banner in a Vietnamese e-mail.")
    S("mixed", "txt",
      "Translate into English, please:\n\nBỘ NGOẠI GIAO\nSố: 884/BC-LPQT\nMẬT\n\nBÁO CÁO\nKết quả phiên đàm phán thứ hai về hiệp định dẫn độ.",
      ["classified-marking", "official-document"], "English prompt around a stamped Vietnamese report.")
    S("mixed", "md",
      "Fix lỗi giúp mình:\n\n```js\n// kết nối CSDL nhân sự\nconst pool = new Pool({ user: 'hr_app', password: 'NhanSu#2026', host: 'db.hr.internal' });\n```",
      ["credential", "infrastructure"], "Literal password and internal host in JS with Vietnamese comments.")
    S("mixed", "txt",
      "Stupeň utajení: Vyhrazené / Classification: RESTRICTED\n\nJoint exercise plan, Czech–Slovak border, October 2026.",
      ["classified-marking"], "Bilingual classification field.")
    S("mixed", "txt",
      "Meeting notes / Ghi chú cuộc họp:\n- Contact for logistics: anh Bạch Văn Lực, 0908 712 455\n- Venue: Sheraton Saigon",
      ["contact"], "Personal mobile of a named person in mixed notes.")
    S("mixed", "csv",
      "term_en,term_vi,term_cs\nTop Secret,Tuyệt mật,Přísně tajné\nRestricted,Hạn chế,Vyhrazené\nInternal use only,Lưu hành nội bộ,Pouze pro vnitřní potřebu\n",
      [], "Hard negative: a trilingual glossary of level names.")
    S("mixed", "txt",
      "Chính sách bảo mật / Privacy policy: Chúng tôi bảo mật thông tin của bạn. We keep your data confidential. "
      "Viết lại ngắn hơn bằng cả hai ngôn ngữ.",
      [], "Hard negative: bilingual privacy policy.")
    S("mixed", "txt",
      "Tajný Ježíšek / Secret Santa v kanceláři: limit 300 Kč, losování v pátek. Napiš pozvánku česky i anglicky.",
      [], "Hard negative: Secret Santa / tajný Ježíšek.")
    S("mixed", "txt",
      "Nhờ bạn giải thích: the wiki link http://intranet.sonv.gov.vn/quy-che is not opening from home, tại sao?",
      ["infrastructure"], "Internal intranet URL.")
    S("mixed", "txt",
      "Bài thuyết trình: So sánh các độ mật ở Việt Nam (Tuyệt mật, Tối mật, Mật) với US levels (Top Secret, Secret, Confidential).",
      [], "Hard negative: comparison of level names in prose.")


# ================================================================================================ ROUND 2
# Written after the first rule changes, to check them on texts they were not tuned on (and above all that the
# new password-word, named-person and subject-tag rules stay silent on look-alikes).
def round2():
    # ---------------------------------------------------------------- vi
    S("vi", "txt",
      "Nhờ AI tóm tắt biên bản này:\n\nBiên bản họp Tổ công tác liên ngành về xử lý vi phạm đất đai tại xã Phú Cường.\n"
      "Thống nhất chuyển hồ sơ 3 trường hợp sang cơ quan điều tra.\n\nTài liệu mật",
      ["classified-marking"], "'Tài liệu mật' in sentence case as the last line.")
    S("vi", "txt",
      "(MẬT)\nPhương án bố trí lực lượng bảo vệ Đại hội Đảng bộ tỉnh lần thứ XXI.\nViết lại thành bảng phân công.",
      ["classified-marking"], "Parenthesised stamp (MẬT) on its own first line.")
    S("vi", "txt",
      "TINH UY BAC GIANG\n*\nSo 37-TB/TU\nThong bao y kien chi dao cua Thuong truc Tinh uy ve cong tac chuan bi dai hoi\nViet lai cho gon.",
      ["official-document"], "Party notice header typed without diacritics.")
    cccd3 = cccd_make("079", 1996, True)
    cccd4 = cccd_make("048", 1972, False)
    S("vi", "csv",
      f"ho_ten,so_cccd,don_vi\nPham Ngoc Anh,{cccd3},Phong Tai vu\nLe Van Toan,{cccd4},Phong Hanh chinh\n",
      ["national-id"], "CCCD numbers in a CSV typed without diacritics (079 female 1996 → 3; 048 male 1972 → 0).")
    acct2 = vn_account(13)
    S("vi", "txt",
      f"Thông tin chuyển khoản tiền đặt cọc: Số TK: {acct2}, Vietcombank CN Thành Công, chủ tài khoản Lê Minh Tâm. Soạn giúp tin nhắn xác nhận.",
      ["financial"], "Bank account with a bank name.")
    S("vi", "eml",
      "From: Lê Thu Trang <trang.lt@moit.gov.vn>\nTo: Phòng Tổng hợp\nSubject: Số liệu xuất khẩu tháng 5\n\n"
      "Các anh chị cập nhật số liệu giúp em trước thứ Sáu nhé.",
      ["contact"], "Named staff member's address in .eml headers.")
    S("vi", "txt",
      "Tài khoản wifi phòng khách: PhongKhach_5G, mật khẩu: khong co, cứ bấm kết nối là vào.",
      [], "Hard negative: 'mật khẩu: khong co' (there is none).")
    S("vi", "txt",
      "Đăng nhập bằng tài khoản VNeID, mật khẩu là mật khẩu bạn đã đăng ký. Viết lại thành hướng dẫn từng bước.",
      [], "Hard negative: login guidance without a password.")
    S("vi", "txt",
      "Bệnh viện Hữu Nghị Việt Đức đã phẫu thuật thành công cho 20 bệnh nhân ghép thận trong năm. Viết tin ngắn cho cổng thông tin.",
      [], "Hard negative: hospital news with no named patient (hospital name has a 'Hữu' like a middle name).")
    S("vi", "txt",
      "BẢO VỆ BÍ MẬT NHÀ NƯỚC\nChuyên đề bồi dưỡng cho cán bộ mới tuyển dụng\n1. Khái niệm bí mật nhà nước\n2. Các độ mật\nSoạn giúp tôi slide.",
      [], "Hard negative: training title about state secrets.")
    S("vi", "txt",
      "MẬT ONG BẠC HÀ - ĐẶC SẢN HÀ GIANG\nGiá 250.000đ/lít. Viết mô tả sản phẩm hấp dẫn.",
      [], "Hard negative: honey product heading in capitals.")
    S("vi", "txt",
      "UBND TỈNH HÀ NAM\nSỞ XÂY DỰNG\nSố: 905/SXD-QLN\nHỎA TỐC\nV/v báo cáo tình hình nhà ở xã hội\nNhờ bạn viết lại cho gọn.",
      ["official-document"], "HỎA TỐC urgency only (no classification) under a document header.")
    S("vi", "txt",
      "Chị Nông Thị Xuân đang mang thai tháng thứ 7, đề nghị không bố trí đi công tác xa. Soạn văn bản phân công lại.",
      ["sensitive-personal"], "Health (pregnancy) of a named person.")
    S("vi", "txt",
      "Em Linh bên phòng mình bị trầm cảm sau sinh, đang điều trị ở Viện Sức khỏe Tâm thần. Viết giúp lời nhắn động viên.",
      ["sensitive-personal"], "Health of a person named by a given name after 'em'.")
    S("vi", "txt",
      "Tại Anh Quốc, tỷ lệ người trưởng thành mắc bệnh tiểu đường đang điều trị tăng nhanh. Dịch đoạn này sang tiếng Anh.",
      [], "Hard negative: 'Anh Quốc' (the UK) is not a person.")
    S("vi", "txt",
      "Ban Cơ yếu Chính phủ hướng dẫn sử dụng sản phẩm mật mã dân sự; các cơ quan không tự ý dùng phần mềm mã hóa chưa được cấp phép.",
      [], "Hard negative: mật mã dân sự.")
    # ---------------------------------------------------------------- cs
    S("cs", "txt",
      "Stupeň utajení dokumentu: Vyhrazené\nPočet příloh: 2\n\nNávrh krizového plánu pro případ výpadku elektřiny.",
      ["classified-marking"], "'Stupeň utajení dokumentu:' variant with an extra word.")
    S("cs", "txt",
      "Klasifikace: Důvěrné\n\nVyhodnocení auditu přístupových práv do spisové služby.",
      ["classified-marking"], "'Klasifikace:' field.")
    S("cs", "txt",
      "Závěry jednání:\n1. Posílit ostrahu objektu.\n2. Prověřit dodavatele.\n\nVYHRAZENÉ                                          Strana 2 z 2",
      ["classified-marking"], "VYHRAZENÉ in a footer line next to the page number.")
    acc2 = cz_account_pos(prefix=False, bank="2010")
    S("cs", "txt",
      f"Ahoj, za lístky na koncert mi pošli 1 480 Kč na účet {acc2}. Díky, Tomáš",
      ["financial"], "Czech account without prefix in a chat.")
    de = de_iban_pos()
    S("cs", "txt",
      f"Německý dodavatel-OSVČ Lukas Brandt žádá platbu na IBAN {de}. Přelož mu odpověď do němčiny.",
      ["financial"], "German IBAN of a sole trader in Czech prose.")
    S("cs", "eml",
      "From: Jana Malá <jana.mala@seznam.cz>\nTo: podatelna\nSubject: Žádost o prodloužení lhůty\n\nDobrý den, žádám o prodloužení lhůty k doplnění podání.",
      ["contact"], "Personal webmail of a named citizen in .eml headers.")
    S("cs", "txt",
      "Uživatel zadá heslo: systém ho ověří proti Active Directory. Popiš tenhle krok pro manuál.",
      [], "Hard negative: 'heslo:' followed by a sentence.")
    S("cs", "txt",
      "Přihlašovací jméno je služební e-mail, heslo je na zalepené obálce u sekretářky. Přepiš pokyn pro nováčky.",
      [], "Hard negative: says where the password is, not what it is.")
    S("cs", "txt",
      "PŘÍSNĚ TAJNÉ PREMIÉRY\nTelevizní pořad o filmových novinkách se vrací v září. Napiš upoutávku.",
      [], "Hard negative: TV show title in capitals.")
    S("cs", "txt",
      "Nemocnice Jana Pavla otevřela nové onkologické oddělení; pacienti už nemusí dojíždět do Prahy. Napiš tiskovou zprávu.",
      [], "Hard negative: institution named after a person, no patient named.")
    S("cs", "txt",
      "Soňa Veselá je věřící katolička a v neděli nemůže sloužit. Navrhni úpravu rozpisu směn.",
      ["sensitive-personal"], "Religion of a person named without a title.")
    # ---------------------------------------------------------------- en
    S("en", "txt",
      "PRIVATE AND CONFIDENTIAL\n\nDear Mr Patel,\nFurther to our meeting, the redundancy terms are set out below.\nPlease rewrite in plainer English.",
      ["classified-marking"], "PRIVATE AND CONFIDENTIAL letter heading.")
    S("en", "eml",
      "Subject: [TLP:RED] Compromised accounts at the regional water utility\nDate: Fri, 5 Jun 2026 10:00:00 +0000\n\nList attached. Do not share beyond this thread.",
      ["classified-marking"], "TLP:RED in an e-mail subject (.eml).")
    S("en", "txt",
      "Meeting notes, flood resilience group\n- pumping stations: two at risk\n- funding gap: GBP 3.4m\n\nOFFICIAL SENSITIVE",
      ["classified-marking"], "OFFICIAL SENSITIVE without the hyphen as a footer.")
    S("en", "txt",
      "Sensitivity: Highly Confidential\n\nDraft Q3 results; do not forward. Turn into three bullet points.",
      ["classified-marking"], "Sensitivity field.")
    amex_body = "37" + digits(12)
    amex = amex_body + luhn_digit(amex_body)
    ax = pos("financial", f"{amex[:4]} {amex[4:10]} {amex[10:]}")
    assert luhn_ok(ax)
    S("en", "txt",
      f"Book the venue on the team Amex {ax}, exp 11/28, and send me the receipt.",
      ["financial"], "Amex number (4-6-5) in prose.")
    S("en", "txt",
      "Text me when you land: Mobile +1 646 318 2207 (Hannah Cole).",
      ["contact"], "US mobile with +1 of a named person.")
    S("en", "txt",
      "Reset done – the password is temporary and expires in 24 hours; the login is your staff number. Write this as a help-desk reply.",
      [], "Hard negative: describes a temporary password without giving it.")
    S("en", "txt",
      "Username: jdoe. Password: see the sealed envelope from IT. Rewrite this onboarding note.",
      [], "Hard negative: says where the password is.")
    S("en", "md",
      "Document the schema:\n\n```yaml\nfields:\n  username: string\n  password: secret\n  remember_me: boolean\n```",
      [], "Hard negative: a schema with type names.")
    S("en", "txt",
      "Guest Wi-Fi: network name Library-Guest; the password is posted at the front desk.",
      [], "Hard negative: says where the Wi-Fi password is.")
    S("en", "txt",
      "Keep the surprise party strictly confidential! Top Secret Recipes is the cookbook we are giving her.",
      [], "Hard negative: 'confidential' and 'Top Secret' in ordinary prose.")
    S("en", "txt",
      "CONFIDENTIALITY AGREEMENT – TEMPLATE\nThe parties agree to protect each other's information. Make it shorter.",
      [], "Hard negative: NDA template heading.")
    S("en", "txt",
      "UNCLASSIFIED\nPublic briefing on the new recycling scheme. Summarise for residents.",
      [], "Hard negative: UNCLASSIFIED banner.")
    S("en", "txt",
      "TLP:CLEAR\nAdvisory: patch the VPN appliance to the latest version. Summarise.",
      [], "Hard negative: TLP:CLEAR is shareable.")
    S("en", "txt",
      "Dr. Alan Hughes, chief of oncology at St Mary's, said cancer survival rates improved last year. Write a news brief.",
      [], "Hard negative: a named doctor talking about a disease in general.")
    # ---------------------------------------------------------------- mixed
    S("mixed", "eml",
      "Subject: [CONFIDENTIAL] Báo cáo tiến độ dự án ODA\nDate: Mon, 8 Jun 2026 08:00:00 +0700\n\nAnh dịch giúp em phần tóm tắt sang tiếng Anh.",
      ["classified-marking"], "English subject tag on a Vietnamese e-mail (.eml).")
    S("mixed", "txt",
      "Login cho hội thảo online: user: hoithao2026, pass: hoasen\nPlease keep it for the Vietnamese delegation.",
      ["credential"], "Plain-word password after 'pass:' next to a user in a bilingual note.")


# ================================================================================================ ROUND 3
# Odd stamp punctuation, field variants, end-of-text banners, and look-alikes of the round-1/2 rules.
def round3():
    S("vi", "txt",
      "[ TỐI MẬT ]\nPhương án đảm bảo an ninh mạng cho kỳ thi tốt nghiệp THPT 2026.\nLiệt kê các rủi ro chính.",
      ["classified-marking"], "Stamp in brackets with inner spaces.")
    S("vi", "txt",
      "Viết lại gọn hơn:\nĐề xuất cơ cấu lại Tổng công ty theo 2 phương án, ưu tiên phương án 1.\n\n* MẬT *",
      ["classified-marking"], "Stamp between asterisks as the last line.")
    S("vi", "txt",
      "Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy xử lý nghiêm, thi hành kỷ luật đảng viên vi phạm quy định nêu gương. "
      "Viết tin đăng cổng thông tin.",
      [], "Hard negative: a title (Bí thư), not a named person, next to party-discipline words.")
    S("vi", "txt",
      "Ông Chủ tịch UBND huyện nhắc nhở các xã tăng cường tuyên truyền phòng chống sốt xuất huyết, nhất là khi có người mắc bệnh. "
      "Tóm tắt 2 câu.",
      [], "Hard negative: 'Ông Chủ tịch' is a title; general health campaign.")
    S("vi", "txt",
      "Hotline hỗ trợ kỹ thuật: 1900 561 563 (miễn phí). Ngoài giờ liên hệ anh Dũng phòng CNTT: 0983 402 719.",
      ["contact"], "Toll-free hotline plus a named person's mobile.")
    S("vi", "txt",
      "Ghi chú của thư ký: bà Lò Thị Pâng (dân tộc Thái, theo đạo Tin Lành) đề nghị hỗ trợ sửa nhà. Viết lại thành tờ trình.",
      ["sensitive-personal"], "Religion of a named person.")
    S("cs", "txt",
      "STUPEŇ UTAJENÍ – VYHRAZENÉ\nEvidenční číslo: 14/2026\nPlán obnovy datového centra po havárii.",
      ["classified-marking"], "Level field in capitals with a dash.")
    S("cs", "txt",
      "Stupeň utajení:Vyhrazené\nPodklad pro jednání krizového štábu kraje, verze 3.",
      ["classified-marking"], "Level field with no space after the colon.")
    sk = iban_pos("SK", "1100" + "000000" + digits(10, "123456789"))
    S("cs", "txt",
      f"Slovenský kolega Peter Hudák chce vrátit zálohu na IBAN {sk}. Napiš mu potvrzení.",
      ["financial"], "Slovak IBAN of a named person.")
    S("cs", "txt",
      "Zelená linka pro seniory: 800 200 007. Ústředna magistrátu: +420 236 001 111. Přepiš leták srozumitelněji.",
      [], "Hard negative: toll-free line and a switchboard.")
    S("cs", "txt",
      "Tereza Dvořáková z odboru kultury připravila výstavu o historii nemocnice v Kroměříži. Napiš pozvánku.",
      [], "Hard negative: a named person next to the word 'nemocnice' without any health data.")
    S("en", "txt",
      "Assessment of supply-chain exposure\n1. Two suppliers rely on a single port.\n\nSECRET//REL TO USA, FVEY",
      ["classified-marking"], "Banner with REL TO as the last line.")
    S("en", "txt",
      "OFFICIAL-SENSITIVE: COMMERCIAL\nTender evaluation scores for lot 3. Summarise the ranking.",
      ["classified-marking"], "OFFICIAL-SENSITIVE with a descriptor after a colon.")
    S("en", "txt",
      "The team lead asked for the account password; I said it is stored in the vault. Rewrite my reply to sound friendlier.",
      [], "Hard negative: talks about a password without giving it.")
    S("en", "txt",
      "Login for the booth laptop – user: expo, pass: stand",
      ["credential"], "Plain-word password after 'pass:' next to a user name, at the end of the text.")
    S("en", "txt",
      "Karen Lee, our community nurse, will run a diabetes awareness session on Thursday. Draft the poster.",
      [], "Hard negative: a named nurse running a health-awareness session.")
    S("mixed", "txt",
      "Wi-Fi hội nghị / Conference Wi-Fi: network HOINGHI-2026, password: sunflower",
      ["credential"], "Plain-word Wi-Fi password in a bilingual notice.")
    S("mixed", "txt",
      "Phụ lục / Annex (PUBLIC): danh sách các dự án đã công bố. Lưu ý: bản này không còn LƯU HÀNH NỘI BỘ từ tháng 5. Translate please.",
      [], "Hard negative: says the text is no longer restricted.")


# ================================================================================================ ROUND 4
# A fresh pair of eyes: party and inspection documents, personnel files, transfer instructions, HR tables,
# config files with secrets and with harmless look-alikes, e-mail threads, chat logs, Czech municipal paperwork,
# English press/NDA/FOIA texts; and hard negatives that put the marking words in headings, tables and news.
def round4():
    global ROUND_TAG
    ROUND_TAG = "r4"
    # ---------------------------------------------------------------- vi: block
    S("vi", "txt",
      "ĐẢNG BỘ TỈNH QUẢNG TRỊ                ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY\n       *\nSố 45-NQ/TU                    Quảng Trị, ngày 12 tháng 5 năm 2026\n"
      "                 MẬT\nNGHỊ QUYẾT\ncủa Ban Thường vụ Tỉnh ủy về công tác cán bộ nhiệm kỳ 2026-2031\n\n"
      "1. Giới thiệu 3 nhân sự dự kiến bổ sung vào Ban Thường vụ.\n\nTóm tắt nghị quyết thành 5 gạch đầu dòng.",
      ["classified-marking", "official-document"], "Provincial party resolution: Số …-NQ/TU header and MẬT stamp under it.")
    S("vi", "txt",
      "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\n*\nSố 118-KL/ĐUK\nTỐI MẬT\n\nKẾT LUẬN\ncủa Ban Thường vụ Đảng ủy Khối về kết quả kiểm tra khi có dấu hiệu vi phạm đối với Ban cán sự đảng Bộ X\n\n"
      "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nViết lại phần kết luận cho ngắn gọn.",
      ["classified-marking", "official-document"], "Party-bloc conclusion (ĐẢNG ỦY KHỐI, Số …-KL/ĐUK) with TỐI MẬT on its own line and a T/M signature block.")
    S("vi", "txt",
      "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 52-CT/TW\n\nTUYỆT MẬT\n\nCHỈ THỊ\ncủa Ban Bí thư về tăng cường bảo vệ an ninh nội bộ trong tình hình mới\n\n"
      "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n\nT/M BAN BÍ THƯ",
      ["classified-marking", "official-document"], "Central Committee directive (Số …-CT/TW) with TUYỆT MẬT and a Nơi nhận block.")
    S("vi", "md",
      "Tóm tắt biên bản sau:\n\n| Trường | Giá trị |\n|---|---|\n| Số | 09/BB-TTr |\n| Độ mật | Mật |\n| Độ khẩn | Khẩn |\n\n"
      "**BIÊN BẢN HỌP** đoàn thanh tra về kết quả xác minh đơn tố cáo tại Ban quản lý dự án.",
      ["classified-marking"], "'Độ mật | Mật' as a markdown table row (the field in a table, not after a colon).")
    S("vi", "txt",
      "THANH TRA TỈNH BÌNH ĐỊNH\nSố: 612/KL-TTr\n\n         MẬT\n\nKẾT LUẬN THANH TRA\nvề việc quản lý, sử dụng đất công tại huyện Tuy Phước giai đoạn 2021-2025\n\n"
      "Qua thanh tra, phát hiện sai phạm về giao đất không qua đấu giá với tổng diện tích 4,2 ha.\nDịch phần kết luận sang tiếng Anh.",
      ["classified-marking", "official-document"], "Inspection conclusion with Số …/KL-TTr header and an indented MẬT stamp.")
    c1 = cccd_make("052", 1978, False)
    S("vi", "txt",
      f"SƠ YẾU LÝ LỊCH\nHọ và tên: Phan Văn Khải\nSinh ngày: 03/09/1978\nSố CCCD: {c1}\nNgày vào Đảng: 19/5/2005\n"
      "Khen thưởng, kỷ luật: Khiển trách năm 2022 do vi phạm quy chế làm việc.\n\nSoạn giúp tôi bản nhận xét cán bộ từ lý lịch này.",
      ["national-id", "sensitive-personal"], "Personnel CV: CCCD (052 Bình Định, male 1978 → 0) and a party-discipline record of the named official.")
    c2 = cccd_make("031", 1985, True)
    m2 = vn_mobile("dots")
    S("vi", "txt",
      f"ĐƠN KHIẾU NẠI\nKính gửi: UBND phường Lê Chân\nTôi tên là Đỗ Thị Lan, CCCD số {c2} cấp ngày 14/8/2021 tại Cục CS QLHC về TTXH, "
      f"trú tại số 17 ngõ 42 Hàng Kênh, điện thoại {m2}.\nTôi khiếu nại việc cấp phép xây dựng sai quy định cho hộ liền kề.\n\nSửa lỗi chính tả giúp tôi.",
      ["national-id", "contact"], "Citizen complaint: CCCD (031 Hải Phòng, female 1985 → 1) with issue place, home address and mobile.")
    a3 = vn_account(13)
    S("vi", "txt",
      f"Chị ơi, nhờ chị chuyển khoản tiền đặt cọc giúp em:\nSTK: {a3}\nNgân hàng: Techcombank chi nhánh Thăng Long\nChủ TK: NGUYEN MINH TRANG\nNội dung: coc thue nha thang 7",
      ["financial"], "Bank-transfer instruction: account on its own line with the bank on the next line.")
    c4a = cccd_make("001", 1994, True)
    c4b = cccd_make("026", 2001, False)
    m4a, m4b = vn_mobile(), vn_mobile()
    S("vi", "csv",
      f"stt,ho_ten,don_vi,so_cccd,dien_thoai\n1,Nguyễn Thu Hà,Phòng TCCB,{c4a},{m4a}\n2,Lương Văn Quý,Phòng KHTC,{c4b},{m4b}\n",
      ["national-id", "contact"], "HR export as CSV: CCCD column (001 female 1994 → 1; 026 male 2001 → 2) and mobiles.")
    mst5 = mst_personal("01")
    S("vi", "md",
      f"Kiểm tra giúp bảng quyết toán thuế TNCN:\n\n| Họ tên | Mã số thuế cá nhân | Thu nhập chịu thuế |\n|---|---|---|\n| Trần Hữu Nghĩa | {mst5} | 312.500.000 |\n",
      ["financial"], "Personal tax code (valid check digit) in a markdown table column.")
    pw6 = password("Bn@Kho2026!")
    S("vi", "md",
      f"Vì sao file .env này không chạy?\n\n```\n# Cấu hình kết nối CSDL hồ sơ một cửa\nDB_HOST=10.12.4.21\nDB_USER=motcua\nDB_PASSWORD={pw6}\nAPP_ENV=production\n```",
      ["credential", "infrastructure"], ".env file with a literal DB password and a private 10/8 host.")
    pw7 = password("QuanLyVB#88")
    S("vi", "md",
      "docker-compose cho hệ thống quản lý văn bản, em bị lỗi volume:\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n"
      f"    environment:\n      POSTGRES_USER: qlvb\n      POSTGRES_PASSWORD: {pw7}\n    volumes:\n      - ./data:/var/lib/postgresql/data\n```",
      ["credential"], "docker-compose environment with a literal POSTGRES_PASSWORD (no internal host).")
    j8 = jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:qlvb:deployer"})
    S("vi", "md",
      "kubectl báo lỗi Unauthorized, xem giúp kubeconfig:\n\n```yaml\napiVersion: v1\nclusters:\n- cluster:\n    server: https://10.40.0.10:6443\n  name: cum-tinh\n"
      f"users:\n- name: deployer\n  user:\n    token: {j8}\n```",
      ["credential", "infrastructure"], "kubeconfig with a service-account JWT token and a private API-server address.")
    m9 = vn_mobile("spaces")
    S("vi", "txt",
      f"[08:14] Hoàng Anh: Mai 7h họp giao ban nhé mọi người\n[08:15] Thu Hằng: Dạ vâng\n[08:16] Hoàng Anh: Ai cần gì gọi anh số {m9}, anh đi công tác đến trưa\n\nTóm tắt đoạn chat Zalo này.",
      ["contact"], "Zalo-style chat log with a named member's mobile (spaces).")
    S("vi", "eml",
      "From: Văn phòng Sở <vanphong@sokhcn.gov.vn>\nTo: Lê Quang Vinh <vinhlq.hn@gmail.com>\nSubject: Fwd: Báo cáo đánh giá tín nhiệm\n\n"
      "---------- Forwarded message ---------\n> TỐI MẬT\n>\n> Kết quả lấy phiếu tín nhiệm các chức danh lãnh đạo Sở năm 2026.\n\nAnh Vinh tóm tắt giúp em.",
      ["classified-marking", "contact"], "Forwarded e-mail: quoted TỐI MẬT line ('> ' prefix) and a named person's webmail in the headers.")
    S("vi", "txt",
      "dịch giúp:\nTỐI MẬT\nPhương án bố trí lực lượng bảo vệ hội nghị cấp cao APEC tại Phú Quốc.",
      ["classified-marking"], "Very short prompt: stamp directly after 'dịch giúp:'.")
    S("vi", "txt",
      "UBND TINH NINH BINH\r\nSO NOI VU\r\nSo: 211/BC-SNV\r\n\r\nMAT\r\n\r\nBAO CAO\r\nKet qua ra soat doi ngu can bo dien quy hoach\r\n\r\nTom tat giup toi.\r\n",
      ["classified-marking", "official-document"], "No diacritics and CRLF line ends: MAT stamp under a So: header.")
    S("vi", "txt",
      "BAN CHAP HANH TRUNG UONG\r\n*\r\nSo 09-QD/TW\r\nTUYET MAT\r\nQUY DINH ve cong tac bao ve chinh tri noi bo\r\n",
      ["classified-marking", "official-document"], "No diacritics, CRLF: TUYET MAT under a party Số line.")
    S("vi", "txt",
      nfd("SỞ TÀI CHÍNH TỈNH NGHỆ AN\nSố: 77/TTr-STC\n\nTÀI LIỆU NỘI BỘ\n\nTỜ TRÌNH về phương án phân bổ vốn đối ứng.\nRút gọn giúp tôi."),
      ["classified-marking", "official-document"], "NFD text: 'TÀI LIỆU NỘI BỘ' restricted-circulation banner under a number line.")
    S("vi", "txt",
      "Biên bản làm việc với nhà thầu về tiến độ gói thầu số 7\nThành phần: đại diện chủ đầu tư, tư vấn giám sát, nhà thầu.\nNội dung: thống nhất đẩy nhanh tiến độ thi công mố cầu.\n\n"
      "Tài liệu lưu hành nội bộ – không cung cấp cho báo chí",
      ["classified-marking"], "Restricted-circulation footer with a trailing handling instruction.")
    pw10 = password("thanhxuan2026")
    S("vi", "txt",
      f"Gửi anh thông tin tài khoản hộp thư công vụ mới:\nTên đăng nhập: hungnv@bnv.gov.vn\nMật khẩu khởi tạo: {pw10}\nAnh đổi mật khẩu ngay lần đầu đăng nhập nhé.",
      ["credential", "contact"], "Initial password after 'Mật khẩu khởi tạo:' and a named official's mailbox as login.")
    hc = pos("national-id", "C" + digits(7))
    S("vi", "txt",
      f"Danh sách đoàn đi Nhật: ông Vũ Đình Hòa, hộ chiếu phổ thông số {hc}, hết hạn 2031. Viết công văn đề nghị cấp thị thực.",
      ["national-id"], "Ordinary passport number with 'hộ chiếu phổ thông số'.")
    # ---------------------------------------------------------------- vi: warn
    S("vi", "txt",
      "ĐẢNG BỘ XÃ TÂN HIỆP\nCHI BỘ ẤP 3\n*\nSố 07-BB/CB\n\nBIÊN BẢN HỌP CHI BỘ thường kỳ tháng 6/2026\n\nChi bộ thống nhất phân công đảng viên phụ trách hộ.\n\nT/M CHI BỘ\nBÍ THƯ",
      ["official-document"], "Cell meeting minutes with a Số …-BB/CB header, no stamp.")
    S("vi", "txt",
      "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                                   Độc lập - Tự do - Hạnh phúc\nSố: 245/TTr-UBND\n\n"
      "TỜ TRÌNH\nVề việc đề nghị phê duyệt chủ trương đầu tư tuyến đường liên huyện\n\nViết lại phần mở đầu.",
      ["official-document"], "Provincial tờ trình with header, motto and number line; no marking.")
    S("vi", "txt",
      "Nhận xét cán bộ: đồng chí Trịnh Văn Bảo có lập trường tư tưởng vững vàng, tuy nhiên năm 2025 bị hình thức kỷ luật cảnh cáo "
      "do buông lỏng quản lý. Viết lại cho khách quan hơn.",
      ["sensitive-personal"], "Cadre assessment: party discipline of a named official ('đồng chí' + name).")
    S("vi", "txt",
      "Hồ sơ đảng viên: Lê Thị Hạnh, sinh năm 1990, tôn giáo: Công giáo, thành phần gia đình: nông dân. Chuẩn hoá định dạng bảng giúp tôi.",
      ["sensitive-personal"], "Party-member file: 'tôn giáo:' field of a named person.")
    S("vi", "txt",
      "Anh Phạm Quốc Toản (Phòng Kế toán) xin nghỉ 2 tuần để điều trị viêm gan B. Soạn thông báo phân công người làm thay.",
      ["sensitive-personal"], "Health condition of a named colleague (hepatitis B).")
    S("vi", "txt",
      "Camera hội trường không lên hình. Đầu ghi NVR ở 192.168.20.15, trang quản trị http://nvr.hoitruong.lan/login – lỗi có thể do đâu?",
      ["infrastructure"], "Private 192.168 address and a *.lan admin URL (no password).")
    S("vi", "txt",
      "TỈNH ỦY HÀ GIANG\n*\nSố 311-TB/TU\n\nTHÔNG BÁO\nkết luận của Thường trực Tỉnh ủy tại buổi làm việc với Sở Y tế\n\nNơi nhận:\n- Như trên,\n- Lưu VPTU.",
      ["official-document"], "Party notice (Số …-TB/TU) with a Nơi nhận block; no stamp.")
    # ---------------------------------------------------------------- vi: pass
    S("vi", "txt",
      "Báo Tuổi Trẻ: một cựu cán bộ văn phòng bị khởi tố vì chụp ảnh tài liệu có dấu \"Tối mật\" gửi qua mạng xã hội. "
      "Cơ quan điều tra khuyến cáo cán bộ không lưu tài liệu MẬT trên thiết bị kết nối Internet. Viết lại thành bản tin 100 chữ.",
      [], "Hard negative: news about a leak; the level words are quoted in prose.")
    S("vi", "md",
      "## Slide 4: Đóng dấu độ mật đúng quy định\n\n- Dấu \"MẬT\", \"TỐI MẬT\", \"TUYỆT MẬT\" đóng bên dưới số, ký hiệu văn bản\n- Mực dấu màu đỏ\n- Không tự ý hạ độ mật\n\nViết lời thuyết trình cho slide này.",
      [], "Hard negative: training slide naming the stamps in quotes inside bullet points.")
    S("vi", "md",
      "Dịch bảng thuật ngữ sau sang tiếng Séc:\n\n| Tiếng Việt | Tiếng Anh |\n|---|---|\n| Tuyệt mật | Top Secret |\n| Tối mật | Secret |\n| Mật | Confidential |\n| Thường | Unclassified |",
      [], "Hard negative: glossary table of level names (level word alone in a cell).")
    S("vi", "txt",
      "Điều 10. Phân loại bí mật nhà nước\nCăn cứ vào tính chất quan trọng của nội dung thông tin, bí mật nhà nước được phân loại thành ba độ mật:\n"
      "1. Bí mật nhà nước độ Tuyệt mật;\n2. Bí mật nhà nước độ Tối mật;\n3. Bí mật nhà nước độ Mật.\n\nGiải thích điều luật này cho người mới.",
      [], "Hard negative: full law text listing the levels in a numbered list.")
    S("vi", "txt",
      "CHƯƠNG BA\nMẬT THƯ\n\nĐêm ấy, Tư Lành mở lá mật thư viết bằng nước cơm, hơ lên ngọn đèn dầu cho chữ hiện ra. Viết tiếp đoạn truyện.",
      [], "Hard negative: novel chapter heading 'MẬT THƯ' (secret letter) in capitals.")
    S("vi", "txt",
      "SƯỜN NƯỚNG MẬT ONG\n\nNguyên liệu: 500 g sườn non, 3 thìa mật ong, 1 thìa nước mắm, tỏi băm.\nCách làm: ướp 30 phút rồi nướng 20 phút. Viết lại thành bài đăng Facebook.",
      [], "Hard negative: recipe title with MẬT ONG in capitals on its own line.")
    S("vi", "txt",
      "HƯỚNG DẪN SỬ DỤNG THUỐC\nThuốc hỗ trợ điều trị sỏi mật, viêm túi mật.\nKhông dùng cho phụ nữ có thai. Chỉ dùng theo đơn của bác sĩ.\nTóm tắt cho người cao tuổi.",
      [], "Hard negative: drug leaflet with sỏi mật, túi mật; no person.")
    S("vi", "txt",
      "Đường dây nóng Bộ Y tế: 1900 9095. Tổng đài Bộ Công an tiếp nhận tố giác: 069 234 2593. Viết thông báo dán bảng tin.",
      [], "Hard negative: public ministry hotlines and a switchboard landline.")
    S("vi", "txt",
      "CHUYÊN ĐỀ 2\nBẢO VỆ BÍ MẬT NHÀ NƯỚC TRONG THỜI ĐẠI SỐ\n\nMục tiêu: giúp học viên nhận diện nguy cơ lộ lọt thông tin khi dùng trí tuệ nhân tạo. Soạn đề cương 1 trang.",
      [], "Hard negative: training-topic heading in capitals containing BÍ MẬT NHÀ NƯỚC.")
    S("vi", "txt",
      "Đảng bộ xã hiện có 214 đảng viên; trong năm có 3 đảng viên bị kỷ luật, 2 đồng chí được miễn sinh hoạt vì tuổi cao, sức yếu. Viết đoạn tổng kết.",
      [], "Hard negative: party statistics on discipline and health without any name.")
    S("vi", "md",
      "Giải thích cấu hình này:\n\n```yaml\nimage: registry.example.com/qlvb@sha256:9b2d3c1e7f4a6b8d0c2e4f6a8b0d2c4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b6c\n"
      "commit: 4e1f9a7c2b8d3e6f0a5c9b1d7e3f2a8c6b4d0e9f\nrequest_id: 7f3c2a9e-1b4d-4c8e-9a6f-2d5b8e1c0f3a\npassword: ${DB_PASSWORD}\n```",
      [], "Hard negative: image digest, commit SHA, UUID and a password taken from the environment.")
    S("vi", "txt",
      "HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nĐơn vị bán: Công ty TNHH Thiết bị Văn phòng Minh Phát\nMã số thuế: 0106873412\nĐịa chỉ: 25 Lê Văn Lương, Thanh Xuân, Hà Nội\nTổng tiền: 18.400.000 đ. Kiểm tra giúp số tiền thuế.",
      [], "Hard negative: company invoice with a company MST and business address.")
    S("vi", "txt",
      "Tài khoản đăng nhập Cổng dịch vụ công được cấp qua tin nhắn; mật khẩu mặc định gửi riêng cho từng người, không ghi trong văn bản này. Viết hướng dẫn 5 bước.",
      [], "Hard negative: says how the default password is sent, without giving one.")
    S("vi", "txt",
      "dịch giúp: Chúc mừng năm mới, chúc quý đối tác sức khỏe, thành công và hợp tác ngày càng mật thiết.",
      [], "Hard negative: very short prompt with mật thiết.")
    S("vi", "txt",
      sd("Cuoc hop ban giao ket thuc luc 11h. Moi nguoi nho mang laptop, sac va so tay. Mat ong cua chi Hue gui tang ca phong nhe."),
      [], "Hard negative: no-diacritics office note with 'mat ong'.")
    S("vi", "txt",
      "Phần mềm quản lý văn bản có trường \"Độ mật\" với các giá trị: Thường, Mật, Tối mật, Tuyệt mật; trường \"Độ khẩn\": Thường, Khẩn, Thượng khẩn, Hỏa tốc. Viết tài liệu đặc tả.",
      [], "Hard negative: software spec listing the dropdown values.")
    # ---------------------------------------------------------------- cs: block
    S("cs", "txt",
      "STATUTÁRNÍ MĚSTO OSTRAVA\nMagistrát\nČ. j.: SMO/118823/26/KT\n\nVYHRAZENÉ\n\nUsnesení krizového štábu č. 4/2026 k zajištění objektů kritické infrastruktury.\nShrň hlavní body.",
      ["classified-marking", "official-document"], "Municipal crisis-staff resolution: Č. j. header and VYHRAZENÉ banner.")
    S("cs", "md",
      "Přepiš zápis do odrážek:\n\n| Položka | Hodnota |\n|---|---|\n| Stupeň utajení | Důvěrné |\n| Evidenční číslo | 22/2026 |\n\nZÁPIS z jednání bezpečnostní rady kraje.",
      ["classified-marking"], "'Stupeň utajení | Důvěrné' as a markdown table row.")
    rc3 = rc_make(1985, 11, 24, True, slash=False)
    S("cs", "txt",
      f"Zaměstnankyně Alena Horáková, RČ {rc3}, nastupuje 1. 9. Připrav mi text pracovní smlouvy.",
      ["national-id"], "Woman's rodné číslo without slash after 'RČ' in prose.")
    rc4 = rc_make(1972, 3, 8, False)
    acc4 = cz_account_pos(prefix=False, bank="2010")
    S("cs", "csv",
      f"jmeno;prijmeni;rodne_cislo;cislo_uctu\nMiroslav;Kubát;{rc4};{acc4}\n",
      ["national-id", "financial"], "Payroll CSV with semicolons: rodné číslo with slash and a Czech account (weights valid).")
    pw5 = password("Lipa#Brno77")
    S("cs", "md",
      f"Proč se mi nepřipojí SMTP?\n\n```\nSMTP_SERVER=smtp.seznam.cz\nSMTP_UZIVATEL=podatelna\nSMTP_HESLO={pw5}\n```",
      ["credential"], ".env with a literal password under a Czech key name SMTP_HESLO.")
    S("cs", "eml",
      "Od: Petr Novák <petr.novak77@seznam.cz>\nKomu: Odbor dopravy <doprava@mesto.cz>\nPředmět: Fwd: stížnost na hluk\n\n---------- Přeposlaná zpráva ---------\n"
      "Dobrý den, znovu upozorňuji na noční hluk z opravny. Prosím o zkrácení odpovědi.",
      ["contact"], "Forwarded citizen complaint with a personal webmail in the Od: header.")
    S("cs", "txt",
      "NEVEŘEJNÉ\n\nPodklad pro poradu vedení: návrh personálních změn na odboru investic, varianty A a B.\nZkrať na polovinu.",
      ["classified-marking"], "NEVEŘEJNÉ restriction banner on its own first line.")
    S("cs", "txt",
      "Ministerstvo vnitra\nOdbor bezpečnostní politiky\n\nDUVERNE\n\nAnalyza hrozeb pro volby do krajskych zastupitelstev 2026.\nPreloz do anglictiny.",
      ["classified-marking"], "DŮVĚRNÉ typed without diacritics as a standalone banner.")
    acc9 = cz_account_pos(prefix=True, bank="0300")
    S("cs", "txt",
      f"Ahoj, za lyžák pošli prosím 4 500 Kč na můj účet {acc9}, do zprávy napiš jméno dítěte. Díky, Renata",
      ["financial"], "Personal Czech account with prefix in a chat message.")
    op10 = pos("national-id", digits(9, "123456789"))
    S("cs", "txt",
      f"Ověřte totožnost žadatele: Radek Šimek, nar. 12. 4. 1983, číslo občanského průkazu {op10}. Napiš mi odpověď úřadu.",
      ["national-id"], "ID-card number after 'číslo občanského průkazu'.")
    # ---------------------------------------------------------------- cs: warn
    S("cs", "txt",
      "Krajský úřad Jihočeského kraje\nOdbor školství\nČ. j.: KUJCK 70215/2026\nVyřizuje: Mgr. Dana Kolářová\n\nRozdělovník:\n1. ředitelé škol\n2. spis\n\nVěc: Změna termínu přijímacích zkoušek\nUprav text pro web.",
      ["official-document"], "Regional authority letter: Č. j., Vyřizuje and Rozdělovník; no marking.")
    S("cs", "txt",
      "Kolega Karel Dvořák je od pondělí v pracovní neschopnosti po operaci kýly, vrátí se asi za tři týdny. Napiš mail týmu o zástupu.",
      ["sensitive-personal"], "Health (sick leave after surgery) of a named colleague.")
    S("cs", "txt",
      "Spisová služba nejede: aplikační server spis.urad.local (10.20.1.15) hlásí chybu 503. Napiš hlášení pro dodavatele.",
      ["infrastructure"], "Records-management server: *.local host and private 10/8 address.")
    S("cs", "txt",
      "Z výpisu z rejstříku trestů uchazeče Jana Kováře vyplývá podmíněný trest za zpronevěru z roku 2019. Formuluj odmítnutí.",
      ["sensitive-personal"], "Criminal record of a named applicant.")
    m15 = cz_mobile()
    S("cs", "txt",
      f"[9:02] Lenka Malá: dnes jsem na home office, kdyby něco, volejte {m15}\n[9:05] Tomáš: ok\nShrň tenhle chat z Teams.",
      ["contact"], "Teams-style chat with a named person's +420 mobile.")
    # ---------------------------------------------------------------- cs: pass
    S("cs", "txt",
      "Zastupitelstvo projednalo bod 7 na neveřejném zasedání; usnesení č. 45/2026 bude zveřejněno na úřední desce. Napiš krátkou zprávu do zpravodaje.",
      [], "Hard negative: 'neveřejné zasedání' (closed session) and a public resolution number in prose.")
    S("cs", "txt",
      "Kontakty úřadu: ID datové schránky: 8ebb8uj, IČO 00064581, podatelna tel. 236 002 111, úřední hodiny Po a St 8–17. Přepiš do patičky webu.",
      [], "Hard negative: public office contacts: data-box ID, IČO and a switchboard landline.")
    S("cs", "txt",
      "Jak označit dokument: stupeň utajení (např. VYHRAZENÉ) se uvádí v záhlaví i zápatí každé strany. Připrav kvíz pro školení.",
      [], "Hard negative: training text naming a level in capitals inside a sentence.")
    S("cs", "txt",
      "Babiččin tajný recept na bábovku: tajnou přísadou je lžíce rumu. Přepiš recept pro děti.",
      [], "Hard negative: 'tajný recept', 'tajná přísada'.")
    S("cs", "txt",
      "PŘÍBALOVÁ INFORMACE\nPouze pro vnější použití. Uchovávejte mimo dohled a dosah dětí. Vyhrazeno pro lékařský předpis.\nZjednoduš text.",
      [], "Hard negative: drug leaflet 'Pouze pro vnější použití' (not 'vnitřní potřebu').")
    S("cs", "txt",
      "Formulář žádosti:\nJméno a příjmení: ____________\nRodné číslo: ______/____\nČíslo OP: __________\nNavrhni lepší rozvržení.",
      [], "Hard negative: an empty form with blanks for the identifiers.")
    S("cs", "txt",
      "Podcast Důvěrné rozhovory hostí tentokrát spisovatelku o knize Tajemství starého mlýna. Napiš anotaci.",
      [], "Hard negative: podcast and book titles with důvěrné/tajemství.")
    S("cs", "txt",
      "Tajemnice úřadu připomněla, že volba přísedících proběhne tajným hlasováním. Přepiš oznámení.",
      [], "Hard negative: tajemnice, tajné hlasování.")
    # ---------------------------------------------------------------- en: block
    S("en", "txt",
      "CONTROLLED UNCLASSIFIED INFORMATION\n\nVendor security assessment for the payroll contractor: three high findings remain open.\nSummarise for the steering group.",
      ["classified-marking"], "CUI banner (a distribution-restriction marking) on its own first line.")
    S("en", "txt",
      "STRICTLY CONFIDENTIAL\n\nMUTUAL NON-DISCLOSURE AGREEMENT between Halden Systems Ltd and Orwell Analytics plc – draft terms of the proposed merger.\nShorten clause 4.",
      ["classified-marking"], "A filled-in NDA under a STRICTLY CONFIDENTIAL banner.")
    S("en", "txt",
      "(U) Summary of reporting on port logistics.\n(S//NF) Source reports two vessels were diverted.\n\nTOP SECRET//SI//NOFORN",
      ["classified-marking"], "Banner only at the bottom, with portion marks above.")
    gb5 = gb_iban_pos()
    S("en", "txt",
      f"Payment instructions for the consultancy invoice: payee Daniel Wright, IBAN {gb5}, reference INV-2291. Draft a polite reminder.",
      ["financial"], "UK individual's IBAN in payment instructions.")
    s6a, s6b = ssn_make(), ssn_make()
    S("en", "csv",
      f"employee_id,name,ssn,start_date\nE1042,Maria Lopez,{s6a},2024-03-11\nE1043,Kevin Shaw,{s6b},2025-07-01\n",
      ["national-id"], "HR CSV export with an ssn column.")
    pw7e = password("Tr0ub4dor-Blue")
    S("en", "md",
      f"Why does this fail to connect?\n\n```\nDATABASE_URL=postgres://billing:{pw7e}@db01.internal:5432/billing\nREDIS_URL=redis://cache:6379\n```",
      ["credential", "infrastructure"], ".env with a connection string carrying a password and an *.internal host.")
    pw8e = password("kingfisher42")
    S("en", "md",
      f"```yaml\nservices:\n  mysql:\n    image: mysql:8\n    environment:\n      MYSQL_ROOT_PASSWORD: {pw8e}\n```\nConvert this compose file to a Kubernetes manifest.",
      ["credential"], "docker-compose with a literal MYSQL_ROOT_PASSWORD.")
    S("en", "eml",
      "From: Grace Holloway <grace.holloway@outlook.com>\nTo: recruitment@council.gov.uk\nSubject: Re: Interview\n\nThanks, Thursday works.\n\n"
      "On Tue, 2 Jun 2026 at 09:10, Recruitment Team wrote:\n> Could you attend an interview next week?\n\nPlease tidy this thread.",
      ["contact"], "E-mail thread with a quoted reply; a candidate's personal webmail in From.")
    S("en", "txt",
      "OFFICIAL-SENSITIVE PERSONAL\n\nCase review: the applicant's asylum interview notes are attached. Summarise the chronology.",
      ["classified-marking"], "OFFICIAL-SENSITIVE with a space-separated descriptor.")
    S("en", "txt",
      "FOR OFFICIAL USE ONLY\nLaw Enforcement Sensitive\n\nSurveillance schedule for the port facility, weeks 23-26.",
      ["classified-marking"], "FOUO banner spelled out with a second caveat line.")
    # ---------------------------------------------------------------- en: warn
    S("en", "md",
      "Format this ssh config:\n\n```\nHost bastion\n  HostName 10.8.0.4\n  User ops\n  IdentityFile ~/.ssh/id_ed25519\n```",
      ["infrastructure"], "ssh config: private 10/8 address; only a key file path, no key.")
    S("en", "txt",
      "Tom Baker told HR he is HIV positive and asked for flexible hours during treatment. Draft a confidential reply.",
      ["sensitive-personal"], "Health of a named employee.")
    S("en", "md",
      "| Name | Role | Mobile |\n|---|---|---|\n| Priya Nair | Duty officer | +1 415 672 0132 |\n| Owen Price | Deputy | +1 415 839 0187 |\n\nSort by role.",
      ["contact"], "Markdown staff table with US mobiles (not in the 555-01xx range reserved for fiction).")
    S("en", "txt",
      "The dashboard is at https://grafana.ops.corp/d/latency and the collector runs on 172.20.4.11. Explain the latency panel.",
      ["infrastructure"], "Internal *.corp URL and a 172.16/12 address.")
    # ---------------------------------------------------------------- en: pass
    S("en", "txt",
      "NOT PROTECTIVELY MARKED\n\nCommunity newsletter: new opening hours of the recycling centre. Make it friendlier.",
      [], "Hard negative: NOT PROTECTIVELY MARKED banner means unrestricted.")
    S("en", "txt",
      "The leaked files, marked TOP SECRET//SI, appeared on a gaming chat server before the arrest, officials said. Write a 100-word news brief.",
      [], "Hard negative: news report quoting a banner in prose.")
    S("en", "txt",
      "RESTRICTED STOCK UNIT AGREEMENT\nThis agreement grants the employee 1,200 restricted stock units vesting over four years. Summarise the vesting schedule.",
      [], "Hard negative: 'RESTRICTED' in a capitalised agreement title.")
    S("en", "txt",
      "VICTORIA'S SECRET SPRING SALE\nUp to 40% off selected lines this weekend. Rewrite as a tweet.",
      [], "Hard negative: 'SECRET' in a capitalised brand headline.")
    S("en", "txt",
      "Marking guide: place the classification (for example CONFIDENTIAL) centred at the top and bottom of every page, and portion-mark each paragraph. Turn this into a checklist.",
      [], "Hard negative: training text naming a level.")
    S("en", "md",
      "From the AWS docs:\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nExplain what each line does.",
      [], "Hard negative: AWS's documented example key pair.")
    S("en", "md",
      "```yaml\n- name: Log in to registry\n  uses: docker/login-action@v3\n  with:\n    username: ${{ github.actor }}\n    password: ${{ secrets.REGISTRY_PASSWORD }}\n```\nWhy does this step fail on forks?",
      [], "Hard negative: GitHub Actions secret reference, no literal secret.")
    S("en", "txt",
      "Our ref: FOI-2026-0412\nThank you for your request under the Freedom of Information Act. Some information has been withheld under section 40 (personal information). Make this reply plainer.",
      [], "Hard negative: FOI reply citing the exemption for personal information.")
    S("en", "txt",
      "Privacy notice: we process special category data, such as health or religious belief, only where the law allows it. Shorten this paragraph.",
      [], "Hard negative: privacy notice naming sensitive categories generically.")
    S("en", "txt",
      "INVOICE 2026-118\nNorthwind Office Supplies Ltd, VAT No. GB 123 4567 89, Company No. 04567812\nTotal due: GBP 1,245.00. Check the VAT arithmetic.",
      [], "Hard negative: company invoice with VAT and company numbers.")
    S("en", "txt",
      "Set OPENAI_API_KEY=sk-your-key-here and GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx before running the script. Explain these variables.",
      [], "Hard negative: placeholder keys from docs.")
    # ---------------------------------------------------------------- mixed
    pwm1 = password("Hue@Citadel9")
    S("mixed", "md",
      f"Fix this config please:\n\n```\n# kết nối tới máy chủ báo cáo\nREPORT_DB_USER=baocao\nREPORT_DB_PASS={pwm1}\n```",
      ["credential"], "English .env keys with a Vietnamese comment; literal password after *_PASS=.")
    mm2 = vn_mobile("intl")
    S("mixed", "txt",
      f"Hi team, if the driver is late call chị Linh at {mm2}. Cảm ơn mọi người!",
      ["contact"], "English chat with a named Vietnamese person's +84 mobile.")
    jm3 = jwt({"sub": "canbo01", "role": "admin"})
    S("mixed", "md",
      f"Giải thích lệnh này giúp tôi:\n\n```\ncurl -H \"Authorization: Bearer {jm3}\" https://api.dichvucong.example.vn/v1/hoso\n```",
      ["credential"], "Vietnamese prompt around a bearer JWT in a curl command (public host).")
    S("mixed", "txt",
      "Product sheet: Mật ong rừng U Minh – wild forest honey, HS code 0409.00, 500 ml jar. Translate into English.",
      [], "Hard negative: honey product sheet in mixed language.")
    S("mixed", "txt",
      "Please translate into Vietnamese:\nCONFIDENTIAL\nDraft position paper on the ASEAN digital trade framework, version 2.",
      ["classified-marking"], "English banner inside a translation request.")
    S("mixed", "txt",
      "The form has a field 'Stupeň utajení' (classification) with values Neutajované / Vyhrazené / Důvěrné / Tajné / Přísně tajné. Write the English help text.",
      [], "Hard negative: software help text listing the Czech levels.")
    am = vn_account(13)
    S("vi", "txt",
      f"Shop ơi, hoàn tiền đơn hàng giúp mình vào tài khoản Vietcombank số {am} tên Đặng Thu Phương nhé. Viết lại cho lịch sự.",
      ["financial"], "Refund request: account number right after 'tài khoản Vietcombank số'.")
    S("en", "txt",
      "An SSN is written AAA-GG-SSSS; area numbers 000, 666 and 900-999 are never issued. Write a validation regex with comments.",
      [], "Hard negative: describes the SSN format without any number.")
    S("cs", "txt",
      "TISKOVÁ ZPRÁVA\nMinisterstvo zemědělství, Praha 3. června 2026\nMinistr dnes představil program podpory sadařů ve výši 300 mil. Kč. Zkrať na 3 věty.",
      [], "Hard negative: public ministry press release; no number line, recipients or marking.")
    ROUND_TAG = ""


# ================================================================================================ ROUND 5
# Written after the round-4 fixes, to measure again before fixing: letters with "Vyřizuje" e-mails, copy-number
# blocks, a stamp inside a header table, decisions on discipline, subject lines without brackets, and headlines,
# titles and notices that carry the marking words in capitals.
def round5():
    global ROUND_TAG
    ROUND_TAG = "r5"
    _round_counters.clear()
    # ---------------------------------------------------------------- vi
    S("vi", "md",
      "| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 1187/BC-BTC | Độc lập - Tự do - Hạnh phúc |\n| MẬT | Hà Nội, ngày 2 tháng 6 năm 2026 |\n\n"
      "BÁO CÁO tình hình thu chi ngân sách 5 tháng. Tóm tắt giúp tôi.",
      ["classified-marking", "official-document"], "Header laid out as a markdown table; the MẬT stamp is a cell under the number.")
    S("vi", "txt",
      "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH\nSố: 318/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thi hành kỷ luật đối với ông Lê Văn Tám, công chức địa chính xã\n\n"
      "Điều 1. Thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Lê Văn Tám.\nViết lại Điều 1 cho rõ.",
      ["official-document", "sensitive-personal"], "Disciplinary decision with a number header naming the disciplined official.")
    S("vi", "txt",
      "UBND XÃ PHÚ CƯỜNG\nSố: 15/GM-UBND\n\nGIẤY MỜI\nhọp triển khai công tác phòng chống lụt bão năm 2026\n\nNơi nhận:\n- Các trưởng thôn;\n- Lưu: VP.",
      ["official-document"], "Meeting invitation (GM) with a number line and recipients; no marking.")
    b1 = pos("national-id", digits(10, "0123456789"))
    S("vi", "csv",
      f"ho_ten,ngay_sinh,so_bhxh\nNguyễn Văn Toàn,12/03/1990,{b1}\n",
      ["national-id"], "CSV with a so_bhxh column (BHXH number by column header).")
    S("vi", "txt",
      nfd("Kính gửi đồng chí Giám đốc,\nĐộ mật: Tuyệt mật\nV/v phương án nhân sự Ban Giám đốc.\nTóm tắt giúp."),
      ["classified-marking"], "NFD-decomposed 'Độ mật: Tuyệt mật' field in a letter body.")
    pw = password("12345678a")
    S("vi", "txt",
      f"acc: hung.le\nmk: {pw}\nđăng nhập phần mềm kế toán giúp chị với",
      ["credential"], "Lower-case 'mk:' after 'acc:' in a chat.")
    nc = napas_card("970418", " ")
    S("vi", "md",
      f"| Họ tên | Số thẻ | Ngân hàng |\n|---|---|---|\n| Đinh Thị Yến | {nc} | BIDV |\n\nKiểm tra bảng này giúp.",
      ["financial"], "Napas card number in a markdown table.")
    S("vi", "txt",
      "Thư này có thể chứa thông tin mật hoặc thông tin được pháp luật bảo vệ. Nếu nhận nhầm, xin vui lòng xóa thư. Dịch sang tiếng Anh.",
      [], "Hard negative: Vietnamese e-mail disclaimer mentioning 'thông tin mật'.")
    S("vi", "txt",
      "Số CCCD gồm 12 chữ số: 3 số đầu là mã tỉnh nơi đăng ký khai sinh, 1 số mã giới tính và thế kỷ, 2 số năm sinh, 6 số ngẫu nhiên. Viết thành đoạn phổ biến pháp luật.",
      [], "Hard negative: explains the CCCD structure without any number.")
    S("vi", "txt",
      "Thực hiện Quyết định số 1234/QĐ-UBND ngày 5/5/2026 của UBND tỉnh, xã đã tổ chức ra quân dọn vệ sinh môi trường. Viết tin ngắn.",
      [], "Hard negative: a decision number cited in prose.")
    S("vi", "txt",
      "MẬT VỤ PHỤ HỒ\nPhim hài hành động, khởi chiếu 30/4. Viết caption quảng cáo.",
      [], "Hard negative: film title in capitals starting with MẬT.")
    S("vi", "txt",
      "TÀI LIỆU MẬT CỦA LẦU NĂM GÓC BỊ RÒ RỈ TRÊN MẠNG XÃ HỘI\nHàng chục slide được cho là tài liệu mật đã xuất hiện trên một máy chủ chat. Tóm tắt bài báo.",
      [], "Hard negative: news headline in capitals starting with TÀI LIỆU MẬT.")
    S("vi", "txt",
      "Ca dao có câu \"mật ngọt thì ruồi chết\". Giải thích ý nghĩa cho học sinh lớp 6.",
      [], "Hard negative: proverb with mật ngọt.")
    S("vi", "txt",
      "TỌA ĐÀM \"BÍ MẬT CỦA SỰ TĨNH LẶNG\"\nDiễn giả: nhà văn, dịch giả khách mời. Viết thư mời.",
      [], "Hard negative: event title in capitals with BÍ MẬT.")
    S("vi", "txt",
      "Kính gửi Ban Giám đốc,\nPhòng CNTT báo cáo đã đổi mật khẩu quản trị toàn bộ máy chủ theo chu kỳ 90 ngày; mật khẩu mới được bàn giao trực tiếp. Viết lại cho trang trọng.",
      [], "Hard negative: reports a password change without a password.")
    # ---------------------------------------------------------------- cs
    S("cs", "txt",
      "MINISTERSTVO VNITRA\nČ. j.: MV-12345-1/OBP-2026\nPočet listů: 3\nVýtisk č.: 2\n\nTAJNÉ\n\nVyhodnocení cvičení složek IZS. Zkrať.",
      ["classified-marking", "official-document"], "Ministry header, copy number and a TAJNÉ banner below it.")
    S("cs", "txt",
      "Městský úřad Kolín\nOdbor výstavby\nČ. j.: MUKOLIN/OV 4587/2026\nVyřizuje: Ing. Petra Malá, e-mail: petra.mala@mukolin.cz\n\nVěc: Výzva k doplnění žádosti\nUprav tón dopisu.",
      ["official-document", "contact"], "Municipal letter: Č. j. and a named official's e-mail after Vyřizuje.")
    pas = pos("national-id", digits(8, "123456789"))
    S("cs", "txt",
      f"Pro rezervaci letenky: Martin Kučera, cestovní pas č. {pas}, platnost do 2030. Napiš e-mail cestovní kanceláři.",
      ["national-id"], "Czech passport number after 'cestovní pas č.'.")
    S("cs", "txt",
      "Paní Jana Veselá má od března diagnózu F32 (depresivní porucha) a žádá o kratší úvazek. Napiš stanovisko personálního oddělení.",
      ["sensitive-personal"], "Mental-health diagnosis code of a named employee.")
    acc = cz_account_pos(prefix=False, bank="0100")
    S("cs", "txt",
      f"Nájemné posílejte na č. ú. {acc}, majitel účtu Hana Pokorná. Přepiš do nájemní smlouvy.",
      ["financial"], "Private landlord's account after 'č. ú.'.")
    rc = rc_make(1990, 6, 15, False, slash=True)
    S("cs", "txt",
      nfd(f"Žadatel: Ondřej Říha, rodné číslo {rc}, bytem Lidická 12, Brno. Doplň do formuláře."),
      ["national-id", "contact"], "NFD text: rodné číslo with slash and a home address after 'bytem'.")
    S("cs", "txt",
      "Podle GDPR jsou zvláštní kategorií osobních údajů údaje o zdraví, náboženském vyznání a odsouzení za trestné činy. Vysvětli to zaměstnancům.",
      [], "Hard negative: privacy education naming sensitive categories.")
    S("cs", "txt",
      "VYHRAZENO PRO INVALIDY\nParkovací místo č. 4, platí nonstop. Navrhni text cedule.",
      [], "Hard negative: reserved-parking sign in capitals.")
    S("cs", "txt",
      "Tajný plán na Vánoce: koupit dětem kola a schovat je u babičky. Napiš to jako vtipnou básničku.",
      [], "Hard negative: 'tajný plán' in a family note.")
    S("cs", "txt",
      "Usnesení Rady města č. 1122/R45/2026 ze dne 3. 6. 2026 schvaluje dotace spolkům. Napiš článek do zpravodaje.",
      [], "Hard negative: council resolution number cited in prose.")
    S("cs", "txt",
      "Stupně utajení podle zákona: Přísně tajné – Tajné – Důvěrné – Vyhrazené. Vytvoř k tomu otázky do testu.",
      [], "Hard negative: list of levels joined by dashes in a quiz prompt.")
    # ---------------------------------------------------------------- en
    S("en", "eml",
      "Subject: CONFIDENTIAL: restructuring options for the northern depots\nDate: Wed, 3 Jun 2026 14:00:00 +0100\n\nSee the three options below and rank them.",
      ["classified-marking"], "Subject line starting with CONFIDENTIAL: (no brackets).")
    S("en", "txt",
      "Board pack – July\n\nAgenda item 3: acquisition of Fenwick Ltd\n\nConfidential – Internal Use Only",
      ["classified-marking"], "Title-case combined corporate footer.")
    S("en", "txt",
      "Quarterly churn analysis: enterprise segment up 2 points.\n\nPage 4 of 12 | COMPANY CONFIDENTIAL",
      ["classified-marking"], "Footer with a page number and a corporate marking.")
    s1 = ssn_make()
    S("en", "txt",
      f"Employee: Sarah Mitchell\nDOB: 11 Feb 1985\nSocial Security No.: {s1}\nPlease fill the W-4 summary.",
      ["national-id"], "SSN after 'Social Security No.:' in an HR note.")
    j = jwt({"sub": "svc-reports", "scope": "read"})
    S("en", "txt",
      f"GET /api/v2/reports HTTP/1.1\nHost: reports.example.com\nAuthorization: Bearer {j}\n\nWhy does this return 403?",
      ["credential"], "Raw HTTP request with a bearer JWT (public host).")
    S("en", "txt",
      "Candidate Daniel Ortiz disclosed a conviction for driving under the influence in 2021. Draft the risk note for the hiring panel.",
      ["sensitive-personal"], "Criminal conviction of a named candidate.")
    S("en", "txt",
      "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient. If you received it in error, delete it. Translate to Czech.",
      [], "Hard negative: e-mail confidentiality notice in capitals.")
    S("en", "txt",
      "\"Confidential Information\" means any information disclosed by one party to the other that is marked as confidential. Simplify this definition.",
      [], "Hard negative: NDA defined term.")
    S("en", "txt",
      "Job ad: Systems engineer, TS/SCI clearance required, on-site in Virginia. Rewrite to be more inclusive.",
      [], "Hard negative: clearance requirement in a job ad.")
    S("en", "txt",
      "Hurricane Elsa was classified as a Category 2 storm; the National Archives released declassified files on past storms. Write a summary.",
      [], "Hard negative: 'classified as' and 'declassified' in prose.")
    S("en", "txt",
      "The CONFIDENTIAL label on this deck was removed after the public launch in May; it can now be shared freely. Draft the release note.",
      [], "Hard negative: says the marking was removed; the word sits inside a sentence.")
    S("en", "txt",
      "RESTRICTED DRUGS LIST 2026\nThe following medicines may be dispensed only by a pharmacist. Format as a table.",
      [], "Hard negative: capitalised heading 'RESTRICTED DRUGS LIST'.")
    S("en", "md",
      "```python\nimport os\nAPI_KEY = os.getenv(\"OPENAI_API_KEY\")\nDB_URL = f\"postgresql://app:{os.environ['DB_PASS']}@db.example.com/app\"\n```\nReview this code.",
      [], "Hard negative: connection string whose password comes from the environment; public host.")
    # ---------------------------------------------------------------- mixed
    S("mixed", "eml",
      "Subject: Báo cáo doanh thu quý 2\nDate: Tue, 9 Jun 2026 09:00:00 +0700\n\nAnh xem giúp em số liệu dưới đây.\n\nConfidential – Internal Use Only",
      ["classified-marking"], "Vietnamese e-mail with an English title-case combined footer.")
    S("mixed", "txt",
      "Translate into English: Trong hồ sơ, mục \"Độ mật\" để trống vì văn bản không thuộc bí mật nhà nước.",
      [], "Hard negative: says the 'Độ mật' item is empty.")
    ROUND_TAG = ""


def round6():
    global ROUND_TAG
    ROUND_TAG = "r6"
    _round_counters.clear()
    # ================================================================ vi positives
    S("vi", "eml",
      "From: Vũ Thị Hồng Nhung <nhung.vth@moit.gov.vn>\nTo: Đỗ Minh Khang <khangdm@moit.gov.vn>\nSubject: Re: góp ý dự thảo\n\nAnh Khang ơi, em gửi lại phần góp ý ở dưới ạ.\n\n"
      "> BỘ CÔNG THƯƠNG\n> Số: 742/TTr-BCT\n> TỐI MẬT\n>\n> TỜ TRÌNH về phương án đàm phán giá điện với nhà đầu tư nước ngoài\n> 1. Giá trần đề xuất 8,1 cent/kWh.\n\nNhờ AI rút gọn đoạn trích dẫn giúp em.",
      ["classified-marking", "official-document", "contact"], "TỐI MẬT and the Số line inside a '>' quoted reply; named staff e-mails in headers.")
    S("vi", "txt",
      "Biên bản họp giao ban tuần 23\nThành phần: lãnh đạo Vụ và các phòng.\n1. Tiến độ giải ngân vốn đầu tư công đạt 41%.\n2. Phương án điều chuyển cán bộ phòng Tổng hợp sang Cục.\n3. Giao phòng Kế hoạch hoàn thiện báo cáo trước thứ Sáu.\n\nTÀI LIỆU MẬT",
      ["classified-marking"], "TÀI LIỆU MẬT alone on the very last line of minutes.")
    S("vi", "txt",
      "BO QUOC PHONG\nCUC TAC CHIEN\nSo: 45/BC-TC\nTUYET MAT\n\nBAO CAO\nTinh hinh san sang chien dau quy III\nTom tat giup toi thanh 5 y chinh.",
      ["classified-marking", "official-document"], "Header typed without diacritics: So line and TUYET MAT.")
    S("vi", "txt",
      "Nhờ AI soạn lại phần mở đầu cho văn bản sau:\n\n                 T U Y Ệ T   M Ậ T\n\nKẾ HOẠCH bảo vệ an ninh sự kiện đối ngoại cấp cao tháng 9/2026\nI. Mục đích, yêu cầu ...",
      ["classified-marking"], "Letter-spaced TUYỆT MẬT centred on its own line.")
    S("vi", "txt",
      "Phòng Tổ chức gửi các đồng chí danh sách quy hoạch cán bộ nguồn nhiệm kỳ 2026-2031 (bản T.Ố.I M.Ậ.T), đề nghị đọc tại chỗ.\n\nT.Ố.I M.Ậ.T\n\n1. Đồng chí Lê Thanh Bình, Phó Vụ trưởng.\n2. Đồng chí Hà Thị Loan, Trưởng phòng.",
      ["classified-marking"], "Dotted TỐI MẬT on its own line under a cover note.")
    S("vi", "txt",
      "BẢN TIN CÔNG TÁC ĐẢNG số 14 — Lưu hành nội bộ\n\nTrong tháng, Đảng ủy khối đã tổ chức 3 hội nghị chuyên đề về chuyển đổi số. Viết lại thành bài đăng ngắn 150 chữ.",
      ["classified-marking"], "Lưu hành nội bộ after a dash on the title line of an internal bulletin.")
    S("vi", "txt",
      "Nội dung ghi ngoài phong bì:\nKính gửi: Đồng chí Bí thư Tỉnh ủy\nCHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ\n\nBên trong là báo cáo kết quả xác minh đơn thư. Viết giúp tôi lời dặn văn thư.",
      ["classified-marking"], "Envelope handling marking on its own line.")
    S("vi", "md",
      "| Trường | Giá trị |\n|---|---|\n| Số hiệu | 1290/BC-STTTT |\n| Độ mật | Mật |\n| Độ khẩn | Khẩn |\n| Trích yếu | Rà soát sự cố an toàn thông tin |\n\nChuyển bảng trên thành đoạn văn.",
      ["classified-marking", "official-document"], "Document metadata table: 'Độ mật | Mật' in a cell; number in a cell.")
    S("vi", "txt",
      "Ｔ Ố Ｉ  Ｍ Ậ Ｔ\nKế hoạch nhân sự Ban Thường vụ nhiệm kỳ tới, gồm phương án bố trí 3 vị trí chủ chốt. Dịch sang tiếng Anh.",
      ["classified-marking"], "Full-width spaced letters TỐI MẬT on the first line.")
    S("vi", "txt",
      "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY BỘ NGOẠI GIAO\n*\nSố 88-TB/ĐU\n\nTHÔNG BÁO\nkết luận của Thường vụ Đảng ủy về công tác cán bộ quý II/2026\n\nViết lại cho ngắn gọn.",
      ["official-document"], "Party header block with a bare '*' line and 'Số 88-TB/ĐU'.")
    c1 = cccd_make("079", 1995, False)
    S("vi", "txt",
      f"Chào chị, em gửi thông tin làm thẻ ra vào:\nHọ tên: Trịnh Quốc Bảo\nNgày sinh: 04/11/1995\nSố định danh cá nhân: {c1[:3]} {c1[3:6]} {c1[6:]}\nChị điền vào mẫu giúp em.",
      ["national-id"], "CCCD grouped 3-3-6 with spaces after 'Số định danh cá nhân'.")
    c2 = cccd_make("001", 2001, True)
    S("vi", "csv",
      f"stt;ho_va_ten;so_dinh_danh;don_vi\n1;Lương Thị Hạnh;{c2};Phòng Hành chính\n2;Cao Văn Dũng;;Phòng Kế toán\n",
      ["national-id"], "Semicolon CSV with a so_dinh_danh column; the second row is empty.")
    acc1 = vn_account(13)
    S("vi", "txt",
      f"Anh chuyển tiền cọc giúp em vào tài khoản {acc1[:4]} {acc1[4:8]} {acc1[8:]} - Techcombank - chủ TK Phan Văn Lực nhé. Cảm ơn anh.",
      ["financial"], "VN account grouped with spaces, bank name after a dash.")
    mst1 = mst_personal("80")
    S("vi", "txt",
      f"Em hỏi về hoàn thuế TNCN năm 2025. Mã số thuế cá nhân của em là {mst1}, thu nhập từ 2 nơi. Hướng dẫn em lập tờ khai.",
      ["financial"], "Personal MST in a chat-style question.")
    m1 = vn_mobile("plain")
    m1f = f"+84 {m1[1:3]} {m1[3:6]} {m1[6:]}"
    pos("contact", m1f)
    S("vi", "txt",
      f"Trân trọng,\nNguyễn Hoài Nam\nChuyên viên Phòng Pháp chế\nĐT: {m1f}\n\nViết lại chữ ký email này cho chuyên nghiệp hơn.",
      ["contact"], "Mobile with +84 and an unusual 2-3-4 grouping in a signature.")
    m2 = vn_mobile("plain")
    m2f = f"{m2[:2]} {m2[2:6]} {m2[6:]}"
    pos("contact", m2f)
    S("vi", "txt",
      f"zalo của chị Thơ bên kế toán là {m2f}, anh nhắn chị ấy gửi lại bảng lương tháng 5 nhé, em cần gấp trước chiều nay",
      ["contact"], "Mobile grouped 2-4-4 in a chat line.")
    pw1 = password("Thu2026@hn")
    S("vi", "txt",
      f"Anh ơi mật khẩu email công vụ của em là {pw1} mà đăng nhập không được, AI hướng dẫn em reset với.",
      ["credential"], "Password after 'mật khẩu ... là' in prose.")
    pw2 = password("Kt#88bienhoa")
    S("vi", "md",
      f"```yaml\n# cấu hình kết nối phần mềm kế toán\nketoan:\n  user: admin_kt\n  mat_khau: \"{pw2}\"\n  cong: 8443\n```\nGiải thích file cấu hình này.",
      ["credential"], "YAML key mat_khau with a literal password.")
    S("vi", "txt",
      "Đơn xin nghỉ phép dài ngày\nKính gửi: Trưởng phòng Tổ chức cán bộ\nTôi là Phạm Văn Hưng, hiện đang điều trị ung thư gan giai đoạn 2 tại Bệnh viện K, xin nghỉ 3 tháng. Sửa lại câu chữ giúp tôi.",
      ["sensitive-personal"], "Named official's cancer treatment in a leave request.")
    S("vi", "txt",
      "Tóm tắt: Chi bộ đã biểu quyết đề nghị khai trừ ra khỏi Đảng đối với đảng viên Trần Thị Mai do vi phạm quy định về những điều đảng viên không được làm. Viết thành thông báo.",
      ["sensitive-personal"], "Party expulsion of a named member.")
    S("vi", "txt",
      "Lý lịch trích ngang: Nguyễn Văn Phúc, sinh 1988, tôn giáo: Công giáo, từng bị kết án 2 năm tù về tội đánh bạc năm 2012. Viết nhận xét cho hồ sơ dự tuyển.",
      ["sensitive-personal"], "Religion and a criminal conviction of a named candidate.")
    S("vi", "txt",
      "Báo lỗi: phần mềm một cửa không kết nối được CSDL tại 10.160.2.45:1433, trang quản trị http://motcua.sotttt.local/admin báo 502. Nhờ phân tích nguyên nhân.",
      ["infrastructure"], "Private IP with port and a .local admin URL in a bug report.")
    hc = pos("national-id", "C" + digits(7))
    S("vi", "txt",
      f"Danh sách đoàn đi công tác Nhật Bản:\n- Ông Hồ Sỹ Tuấn, Phó Cục trưởng, hộ chiếu số {hc}, hết hạn 2031.\nSoạn công văn đề nghị cấp thị thực.",
      ["national-id"], "VN passport number after 'hộ chiếu số' in a list item.")
    S("vi", "txt",
      "UY BAN NHAN DAN TINH QUANG NAM\nSO TAI CHINH\nSo: 1502/STC-NS\nV/v tham muu bo tri von\n\nKinh gui: UBND tinh\nNho AI viet lai doan mo dau cho trang trong.",
      ["official-document"], "Official header and number typed without diacritics.")
    S("vi", "txt",
      "Anh xem lại giúp em nội dung dưới đây trước khi trình ký:\n\"... Đề nghị Văn phòng giữ kín kết quả. Độ mật: Tối mật ...\"\nCó cần bổ sung gì không?",
      ["classified-marking"], "'Độ mật: Tối mật' field inside a quoted excerpt.")
    # ================================================================ vi negatives
    S("vi", "txt",
      "MẬT ONG RỪNG U MINH HẠ\nNguyên chất 100%, khai thác mùa khô, đóng chai 500 ml. Viết mô tả sản phẩm bán trên sàn thương mại điện tử.",
      [], "Hard negative: product heading in capitals starting with MẬT ONG.")
    S("vi", "txt",
      "MẬT ĐỘ XÂY DỰNG TỐI ĐA\nKhu A: 60%; khu B: 45%; khu cây xanh: 5%. Lập bảng so sánh các phương án quy hoạch.",
      [], "Hard negative: planning heading MẬT ĐỘ in capitals.")
    S("vi", "txt",
      "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nĐộ mật: Thường\nĐộ khẩn: Thường\nNội dung: xin chủ trương mua sắm máy in. Viết lại ngắn gọn.",
      [], "Hard negative: 'Độ mật: Thường' is not a marking; no number or body header.")
    S("vi", "txt",
      "Câu 7. Tài liệu, vật chứa bí mật nhà nước độ \"Tối mật\" có thời hạn bảo vệ là bao nhiêu năm?\nA. 20 năm   B. 30 năm   C. 40 năm   D. 10 năm\nĐáp án và giải thích.",
      [], "Hard negative: quiz question about secrecy levels.")
    S("vi", "txt",
      "HỘI NGHỊ TẬP HUẤN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2026\nThời gian: 8h00 ngày 12/6, hội trường tầng 3. Viết thư mời gửi các phòng.",
      [], "Hard negative: training event title in capitals with BÍ MẬT NHÀ NƯỚC.")
    S("vi", "txt",
      "KHẨN\nĐề nghị các phòng gửi số liệu thi đua khen thưởng trước 16h hôm nay. Viết lại thông báo cho lịch sự hơn.",
      [], "Hard negative: urgency mark KHẨN without any document header.")
    S("vi", "txt",
      "HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nĐơn vị bán: Công ty TNHH Thiết bị Văn phòng Hòa Phát\nMã số thuế: 0101234567\nĐịa chỉ: 12 Lê Duẩn, Hà Nội\nKiểm tra giúp tổng tiền.",
      [], "Hard negative: a company's MST on an invoice (pass by policy).")
    ob = neg("099" + digits(9), "12-digit order number starting 099 is no province code", cccd_ok)
    S("vi", "txt",
      f"Mã vận đơn {ob} giao chậm 3 ngày, khách hàng phản ánh qua tổng đài. Viết email xin lỗi khách, giọng nhẹ nhàng.",
      [], "Hard negative: 12-digit waybill starting 099.")
    cb = card_bad("napas", " ")
    S("vi", "txt",
      f"Thẻ thành viên Co.op: {cb}\nĐiểm tích lũy: 1.240. Giải thích cách đổi điểm lấy phiếu mua hàng.",
      [], "Hard negative: 16-digit loyalty card starting 9704 that fails Luhn.")
    S("vi", "txt",
      "THÔNG CÁO BÁO CHÍ\nSở Y tế thông báo đường dây nóng 1900 9095 và tổng đài 024 3826 4093 hoạt động 24/7 trong đợt nắng nóng. Viết lại ngắn gọn.",
      [], "Hard negative: public hotline and switchboard in a press release.")
    S("vi", "txt",
      "Hướng dẫn an toàn thông tin: tuyệt đối không dán tài liệu mật, mật khẩu hay số CCCD vào công cụ AI công cộng. Soạn thành 5 khẩu hiệu ngắn.",
      [], "Hard negative: guidance naming 'tài liệu mật' and 'mật khẩu'.")
    S("vi", "txt",
      "Hai đơn vị có mối quan hệ mật thiết, không khí buổi gặp mặt rất thân mật. Viết đoạn tin ngắn về chuyến thăm hữu nghị.",
      [], "Hard negative: mật thiết and thân mật.")
    S("vi", "txt",
      "Thuc hien Nghi quyet so 57-NQ/TW cua Bo Chinh tri ve dot pha phat trien khoa hoc, cong nghe, Bo da ban hanh ke hoach hanh dong. Viet doan gioi thieu.",
      [], "Hard negative: public Politburo resolution cited in prose, no diacritics.")
    S("vi", "txt",
      "Giải thích sự khác nhau giữa MẬT MÃ ĐỐI XỨNG và MẬT MÃ BẤT ĐỐI XỨNG cho sinh viên năm nhất, có ví dụ AES và RSA.",
      [], "Hard negative: MẬT MÃ in capitals in a teaching prompt.")
    S("vi", "txt",
      "Triều Nguyễn lập Cơ mật viện năm 1834 để bàn việc quân quốc trọng sự. Viết đoạn văn 200 chữ cho bài giảng lịch sử.",
      [], "Hard negative: Cơ mật viện in a history lesson.")
    S("vi", "md",
      "```bash\n# đặt mật khẩu qua biến môi trường, không ghi vào file\nexport DB_PASSWORD=\"$(cat /run/secrets/db_pw)\"\npsql \"host=db.example.com user=app password=$DB_PASSWORD\"\n```\nGiải thích đoạn lệnh.",
      [], "Hard negative: password read from a secret file / environment variable.")
    S("vi", "txt",
      "DỰ THẢO\nQUY CHẾ chi tiêu nội bộ năm 2026 của Trung tâm\nĐiều 1. Phạm vi điều chỉnh ... Góp ý giúp tôi bố cục.",
      [], "Hard negative: DỰ THẢO with no number line or issuing-body header.")
    # ================================================================ cs positives
    S("cs", "md",
      "| Položka | Hodnota |\n|---|---|\n| Č. j. | MZV-88123/2026-OSP |\n| Stupeň utajení | Vyhrazené |\n| Počet listů | 4 |\n\nPřeveď tabulku na souvislý text.",
      ["classified-marking", "official-document"], "Stupeň utajení in a markdown table cell; Č. j. in a cell.")
    S("cs", "txt",
      "Vážený pane řediteli,\nv příloze zasílám vyhodnocení bezpečnostní prověrky objektu v Kbelích.\n\nS pozdravem\nplk. Ing. Tomáš Dvořák\n\nPŘÍSNĚ TAJNÉ",
      ["classified-marking"], "PŘÍSNĚ TAJNÉ on the very last line after the signature.")
    S("cs", "txt",
      "DUVERNE\n\nAnalyza rizik dodavatelu pro projekt digitalizace stavebniho rizeni. Zkrat na pul stranky a zachovej doporuceni.",
      ["classified-marking"], "DŮVĚRNÉ typed without diacritics as a top banner.")
    S("cs", "eml",
      "From: Lucie Horáková <lucie.horakova@mpsv.cz>\nTo: Radek Beneš <radek.benes@mpsv.cz>\nSubject: podklady k porade\n\nRadku, posílám podklady.\n\n-- \nPOUZE PRO VNITŘNÍ POTŘEBU",
      ["classified-marking", "contact"], "POUZE PRO VNITŘNÍ POTŘEBU after the signature separator; named staff e-mails.")
    rc1 = rc_make(1985, 1, 12, True, slash=False)
    S("cs", "txt",
      f"Pacientka: Eva Marková, RČ {rc1}, pojišťovna 111. Diagnóza: diabetes mellitus 2. typu. Napiš propouštěcí zprávu.",
      ["national-id", "sensitive-personal"], "Female rodné číslo without slash after 'RČ' and a named patient's diagnosis.")
    acc2 = cz_account_pos(prefix=True, bank="0300")
    S("cs", "txt",
      f"Faktura – fyzická osoba nepodnikatel\nDodavatel: Jiří Kolář\nČíslo účtu: {acc2}\nČástka: 12 500 Kč\nZkontroluj náležitosti.",
      ["financial"], "Czech account with prefix from a private person.")
    ib1 = cz_iban_pos(grouped=False)
    S("cs", "txt",
      f"Prosím o vrácení přeplatku na IBAN {ib1} (Alena Šimková). Sepiš žádost na finanční úřad.",
      ["financial"], "Czech IBAN without spaces in prose.")
    mob = cz_mobile()
    dom = mob.replace("+420 ", "")
    pos("contact", dom)
    S("cs", "txt",
      f"Kontakt na pana Vlčka: mobil {dom}, volat po 16. hodině. Přepiš to do pozvánky na jednání komise.",
      ["contact"], "Domestic Czech mobile without +420 after 'mobil'.")
    pw3 = password("Vltava!2026")
    S("cs", "txt",
      f"ahoj, heslo do sdíleného kalendáře je {pw3}, nikomu ho nedávej. Napiš mi připomínku do Teams na zítřek.",
      ["credential"], "heslo ... je <literal> in a chat.")
    S("cs", "txt",
      "Personální poznámka: pan Karel Novák je od dubna po infarktu myokardu a v pracovní neschopnosti. Navrhni zástup na jeho agendu.",
      ["sensitive-personal"], "Named employee's heart attack.")
    S("cs", "txt",
      "Sdílená složka \\\\fs01.praha.mvcr.local\\odbor23 se nepřipojuje, ping na 192.168.40.12 prochází. Co zkontrolovat?",
      ["infrastructure"], "UNC path with a .local host and a private IP.")
    S("cs", "txt",
      "MINISTERSTVO ZEMĚDĚLSTVÍ\nTěšnov 65/17, 110 00 Praha 1\nČ. j.: MZE-40211/2026-12153\n\nRozdělovník:\n1. ministr\n2. náměstek pro řízení sekce\nUprav jazykově.",
      ["official-document"], "Ministry header, Č. j. and Rozdělovník.")
    # ================================================================ cs negatives
    S("cs", "txt",
      "Zápis z členské schůze: volba předsedy proběhla tajným hlasováním, pro 23, proti 2. Přepiš do zpravodaje.",
      [], "Hard negative: tajné hlasování.")
    S("cs", "txt",
      "Přísně tajné premiéry – pořad o zákulisí filmových premiér se vrací na obrazovky. Napiš upoutávku na 30 sekund.",
      [], "Hard negative: TV show title beginning with Přísně tajné.")
    S("cs", "txt",
      "© 2026 Obec Dolní Lhota. Všechna práva vyhrazena.\nPřelož patičku webu naší obce do angličtiny a němčiny.",
      [], "Hard negative: Všechna práva vyhrazena.")
    S("cs", "txt",
      "Faktura č. 2026-0418\nDodavatel: Stavby Novotný s.r.o., IČO 27074358, DIČ CZ27074358\nOdběratel: Obec Hrušky\nZkontroluj součty.",
      [], "Hard negative: company IČO/DIČ on an invoice.")
    rcb = rc_make(1979, 8, 3, False, slash=True, bad=True)
    S("cs", "txt",
      f"Číslo jednací spisu 790803/{rcb[-4:]} bylo zapsáno chybně, oprav formát na MV-XXXX/2026. Napiš krátký pokyn.",
      [], "Hard negative: a file number that looks like a rodné číslo but fails mod-11.")
    S("cs", "txt",
      "Otázka do kvízu: Který stupeň utajení je vyšší – DŮVĚRNÉ, nebo VYHRAZENÉ? Doplň správnou odpověď a vysvětlení podle zákona č. 412/2005 Sb.",
      [], "Hard negative: quiz naming the levels in capitals.")
    S("cs", "txt",
      "Tajemník obce pan Sýkora zve na veřejné projednání územního plánu. Tajenka křížovky ve zpravodaji zní 'jaro'. Sestav oznámení.",
      [], "Hard negative: tajemník and tajenka.")
    # ================================================================ en positives
    S("en", "txt",
      "SECRET//REL TO USA, FVEY\n\nSUBJECT: Assessment of port security upgrades in the Western Pacific\n1. (S//REL) Summary ...\nRewrite paragraph 1 in plain English.",
      ["classified-marking"], "Banner with a REL TO caveat and a portion mark.")
    S("en", "txt",
      "Memo to: Head of Estates\nFrom: Programme Director\nRe: Lease break options for Building 7\n\nPlease summarise the three options below for the board.\n\nOFFICIAL-SENSITIVE: COMMERCIAL",
      ["classified-marking"], "UK OFFICIAL-SENSITIVE with a descriptor as the last line.")
    S("en", "txt",
      "Document title: Vendor risk review Q2\nClassification: Confidential\nOwner: Procurement\n\nList the top five risks in a table.",
      ["classified-marking"], "'Classification: Confidential' metadata field.")
    S("en", "txt",
      "Draft talking points for the minister's visit.\n1. Welcome and thanks.\n2. Trade figures.\n\n— FOR OFFICIAL USE ONLY —",
      ["classified-marking"], "FOR OFFICIAL USE ONLY between em dashes on the last line.")
    s2 = ssn_make()
    s2s = s2.replace("-", " ")
    pos("national-id", s2s)
    S("en", "txt",
      f"Applicant: Marcus Reyes\nSSN {s2s}\nDOB 02/17/1979\nDraft the background-check request letter to the vendor.",
      ["national-id"], "SSN grouped with spaces instead of dashes.")
    amex = card_pos("amex", " ")
    S("en", "txt",
      f"hey can you book the hotel for the Denver trip? use the corporate amex {amex} exp 09/28, name on card Linda Park",
      ["financial"], "Amex number in a chat message.")
    kid, sec = aws_pair()
    S("en", "txt",
      f"# .env.production\nAWS_REGION=us-east-2\nAWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\nWhy does the S3 upload fail?",
      ["credential"], "AWS key pair in a dotenv file.")
    gh = ghp_token()
    S("en", "txt",
      f"git remote set-url origin https://{gh}@github.com/acme-gov/permits-portal.git\nthis still asks for a password, why?",
      ["credential"], "ghp_ token as URL userinfo in a git remote.")
    S("en", "md",
      "```js\nconst uri = \"mongodb+srv://reportsAdmin:Qw7%21pLm3z@cluster0.ab12c.mongodb.net/reports\";\nawait mongoose.connect(uri);\n```\nWhy is the connection timing out?",
      ["credential"], "MongoDB SRV connection string with a URL-encoded password.")
    pos("credential", "Qw7%21pLm3z")
    usp = pos("national-id", digits(9, "5"))
    S("en", "txt",
      f"Traveler: Gregory Hall\nU.S. passport no. {usp}, expires 2032\nPlease fill in the visa application summary.",
      ["national-id"], "US passport number with 'passport no.'.")
    S("en", "txt",
      "Tenant file: Ms. Rachel Nguyen lives at 418 Birchwood Lane, Apt 3B, Columbus, OH 43215, since 2019. Draft a reference letter.",
      ["contact"], "Home address of a named tenant.")
    S("en", "txt",
      "Ops ticket #4471: Jenkins at ci.build.corp can't reach the artifact cache on 172.20.4.11:8081. Suggest fixes.",
      ["infrastructure"], "Internal .corp host and a 172.20 private IP.")
    S("en", "txt",
      "HR note (do not forward): Brian Cole disclosed he is being treated for bipolar disorder and asked for flexible hours. Draft a reply.",
      ["sensitive-personal"], "Named employee's mental-health condition.")
    # ================================================================ en negatives
    S("en", "txt",
      "Secret Santa 2026! Draw names by Friday, budget $25, exchange at the holiday lunch. Write a fun invitation.",
      [], "Hard negative: Secret Santa.")
    S("en", "txt",
      "TOP SECRET RECIPES: the book that cloned 100 famous restaurant dishes. Write a short review for the library newsletter.",
      [], "Hard negative: book title in capitals starting TOP SECRET.")
    S("en", "txt",
      "RESTRICTED AREA\nAUTHORISED PERSONNEL ONLY\nHard hats required beyond this point. Make a sign layout for the gate.",
      [], "Hard negative: restricted-area site sign.")
    S("en", "txt",
      "Explain the difference between CONFIDENTIAL, SECRET and TOP SECRET under Executive Order 13526 for a new-hire training slide.",
      [], "Hard negative: training about the levels.")
    S("en", "md",
      "```python\nimport boto3\n# Example from AWS docs\nsession = boto3.Session(aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\", aws_secret_access_key=os.environ[\"AWS_SECRET\"])\n```\nIs this pattern safe?",
      [], "Hard negative: AWS documented example key and a secret from the environment.")
    sb = ssn_make(bad=True)
    S("en", "txt",
      f"Test fixture for the form validator: ssn = \"{sb}\" should be rejected. Write the unit test in Jest.",
      [], "Hard negative: SSN in area 666/9xx.")
    S("en", "txt",
      "Our DNS uses 1.1.1.1 and 8.8.4.4; the build is v10.4.2.1, commit 9f2c1ab. Release id 3f1e2d4c-5b6a-4789-9abc-def012345678. Write release notes.",
      [], "Hard negative: public IPs, a 4-part version number, a hash and a UUID.")
    S("en", "txt",
      "Password policy: passwords must be at least 14 characters; set password: ******** in the template and never commit real values. Tighten this wording.",
      [], "Hard negative: password policy with a masked placeholder.")
    # ================================================================ mixed
    S("mixed", "eml",
      "From: Hoàng Anh Tú <tu.hoang@vinacapital-example.vn>\nTo: Legal team\nSubject: STRICTLY CONFIDENTIAL - Project Lotus term sheet\n\nNhờ AI so sánh điều khoản 4 và 7 giúp mình.",
      ["classified-marking", "contact"], "English marking at the start of a subject line; Vietnamese body.")
    S("mixed", "txt",
      "Prosím přelož do angličtiny: Zápis z porady vedení, bod 2 – rozpočet IT na rok 2027.\n\nINTERNAL USE ONLY",
      ["classified-marking"], "English footer on a Czech request.")
    S("mixed", "txt",
      "Translate to English: Mật độ dân số của tỉnh đạt 1.250 người/km², cao nhất vùng đồng bằng. Keep the numbers.",
      [], "Hard negative: mật độ in a translation prompt.")
    S("mixed", "txt",
      "Please translate: \"Nghị định 13/2023/NĐ-CP quy định dữ liệu cá nhân nhạy cảm gồm thông tin sức khỏe, tôn giáo, tiền án.\"",
      [], "Hard negative: law text about sensitive data.")
    mx_m = vn_mobile("dots")
    pos("contact", mx_m)
    S("mixed", "txt",
      f"Hi team, Mr. Quang's hotline for the Hanoi site visit is {mx_m} (Zalo). Please add to the itinerary.",
      ["contact"], "VN mobile with dots in an English note.")
    ROUND_TAG = ""


def round6b():
    """Round 6, second blind batch (same ids series), written after the first batch's fixes and scored before
    any further fix."""
    global ROUND_TAG
    ROUND_TAG = "r6"
    # ================================================================ vi positives
    S("vi", "txt",
      "SỞ NỘI VỤ TỈNH BẮC NINH                                   Mật\nSố: 233/BC-SNV\n\nBÁO CÁO kết quả rà soát biên chế năm 2026\n1. Tổng biên chế được giao: 1.842.\nTóm tắt thành bảng.",
      ["classified-marking", "official-document"], "Title-case 'Mật' at the right end of the issuing-body line.")
    S("vi", "txt",
      "Kết luận thanh tra dự án nhà ở xã hội khu Đông.\n1. Chủ đầu tư chậm tiến độ 14 tháng.\n2. Kiến nghị thu hồi 12,6 tỷ đồng.\n\nTrang 3/5 - TỐI MẬT",
      ["classified-marking"], "TỐI MẬT in a page footer after a page number.")
    S("vi", "eml",
      "From: Lê Quang Vinh <vinhlq@mof.gov.vn>\nTo: Tổ soạn thảo\nSubject: [MAT]Du thao phuong an tai co cau no\n\nCac anh chi xem ban du thao dinh kem, gop y truoc thu Tu.",
      ["classified-marking", "contact"], "[MAT] tag glued to the subject, typed without diacritics.")
    S("vi", "txt",
      "Dưới đây là văn bản cần dịch sang tiếng Anh:\n\nĐộ mật: TỐI MẬT        Độ khẩn: HỎA TỐC\n\nV/v chuẩn bị nội dung làm việc với đoàn chuyên gia quốc tế về an ninh mạng.",
      ["classified-marking"], "Độ mật and Độ khẩn fields on the same line.")
    c3 = cccd_make("038", 1978, True)
    S("vi", "txt",
      f"Em gửi chị thông tin người đại diện theo pháp luật:\nBà Đào Thị Hương, sinh năm 1978\nCCCD số {c3[:4]}.{c3[4:8]}.{c3[8:]} do Cục CS QLHC về TTXH cấp.\nChị soạn giấy ủy quyền giúp em.",
      ["national-id"], "CCCD split 4-4-4 with dots.")
    acc3 = vn_account(14)
    S("vi", "csv",
      f"ho_ten,so_tai_khoan,ngan_hang,so_tien\nNgô Bảo Châu,{acc3},Vietcombank,5000000\nTrần Văn Hậu,,Agribank,0\n",
      ["financial"], "Bank account in a CSV export with a bank column.")
    bh = pos("national-id", "79" + digits(8))
    S("vi", "txt",
      f"Chị ơi, mã số BHXH của em là {bh}, em muốn tra quá trình đóng bảo hiểm từ 2015. Chị hướng dẫn em các bước trên VssID nhé.",
      ["national-id"], "BHXH number in a chat question.")
    vc = card_pos("visa", "")
    S("vi", "txt",
      f"Nhờ kiểm tra giao dịch lạ: thẻ Visa {vc} của tôi bị trừ 2.350.000đ lúc 23h ngày 3/6. Soạn đơn khiếu nại gửi ngân hàng.",
      ["financial"], "Visa number without any separator in a complaint.")
    em = pos("contact", "hoangyen.ktnn82@gmail.com")
    S("vi", "txt",
      f"Kính gửi Ban tổ chức,\nTôi là Hoàng Thị Yến, Kiểm toán viên, xin đăng ký tham dự hội thảo. Mọi liên lạc xin gửi về {em}.\nNhờ viết lại thư cho trang trọng.",
      ["contact"], "Personal webmail address in a letter body.")
    S("vi", "txt",
      "Nhận xét cán bộ: đồng chí Đặng Văn Khôi bị Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật khiển trách năm 2024 do buông lỏng quản lý. Viết đoạn nhận xét để xét nâng lương.",
      ["sensitive-personal"], "Party discipline of a named official in an appraisal.")
    S("vi", "txt",
      "Bệnh án tóm tắt: bệnh nhân Lý Thị Cúc, 52 tuổi, nhiễm HIV phát hiện năm 2019, đang điều trị ARV. Viết giấy giới thiệu chuyển tuyến.",
      ["sensitive-personal"], "HIV status of a named patient.")
    S("vi", "md",
      "```ini\n[database]\nhost = 192.168.10.25\nport = 5432\nname = qlvb_prod\n```\nTạo giúp tôi file cấu hình tương tự cho môi trường test.",
      ["infrastructure"], "INI config with a private IP.")
    S("vi", "txt",
      "Truy cập cổng https://intranet.hanoi.gov.vn/vanban để tải mẫu biểu, tài khoản dùng chung của phòng. Viết hướng dẫn 5 bước cho nhân viên mới.",
      ["infrastructure"], "intranet.* host in a URL.")
    S("vi", "txt",
      "TỈNH ỦY LÂM ĐỒNG\nBAN TỔ CHỨC\n*\nSố 415-CV/BTCTU\nV/v giới thiệu nhân sự\n\nKính gửi: Ban Thường vụ các huyện ủy\nNhờ AI sửa lỗi chính tả.",
      ["official-document"], "Party organ header with a CV number and V/v line.")
    S("vi", "txt",
      "THONG TIN DANG NHAP HE THONG QLVB\nTen dang nhap: ntthuy_vp\nMK: Vp@2026thuy\nNho AI viet lai thanh huong dan gui nhan vien moi.",
      ["credential"], "MK: without diacritics in an upper-case titled note.")
    # ================================================================ vi negatives
    S("vi", "txt",
      "NHIỆM VỤ TUYỆT MẬT\nBộ phim hành động Hàn Quốc công chiếu tại rạp từ 15/6. Viết đoạn giới thiệu phim 100 chữ cho fanpage rạp.",
      [], "Hard negative: film title containing TUYỆT MẬT in capitals.")
    S("vi", "txt",
      "Tiểu thuyết trinh thám kể về một nhân viên văn thư vô tình cầm nhầm tài liệu mật và bị truy đuổi suốt ba ngày. Viết tóm tắt nội dung không tiết lộ cái kết.",
      [], "Hard negative: a novel's plot mentions tài liệu mật.")
    S("vi", "txt",
      "Quán cà phê Mật Ngọt\nWifi: MatNgot_5G\nMật khẩu: hỏi nhân viên quầy\nViết lại biển thông báo cho dễ thương hơn.",
      [], "Hard negative: 'Mật khẩu: hỏi nhân viên' is no password; shop name Mật Ngọt.")
    S("vi", "txt",
      "Chuyên đề: Phân loại độ mật theo Luật Bảo vệ bí mật nhà nước 2018 — TUYỆT MẬT, TỐI MẬT, MẬT — và thẩm quyền xác định. Soạn 10 câu hỏi trắc nghiệm.",
      [], "Hard negative: training topic listing the three levels in capitals.")
    S("vi", "txt",
      "Sở Tư pháp công bố số điện thoại đường dây nóng tiếp nhận phản ánh: 0236.3822.145 (trong giờ hành chính). Soạn thông báo đăng cổng thông tin.",
      [], "Hard negative: an agency hotline landline with dots published for citizens.")
    eb = neg("893" + digits(9) + "0", "EAN-13 with prefix 893 that fails Luhn", luhn_ok) if False else None
    while True:
        body = "893" + digits(9)
        d = luhn_digit(body)
        bad = body + str((int(d) + 3) % 10)
        if not luhn_ok(bad):
            break
    neg(bad, "EAN-13 with prefix 893 that fails Luhn", luhn_ok)
    S("vi", "csv",
      f"ma_vach,ten_hang,don_gia,ton_kho\n{bad},Nước mắm Phú Quốc 500ml,65000,120\n,Tương ớt Chinsu 250g,18000,300\n",
      [], "Hard negative: EAN-13 barcode with prefix 893 that fails Luhn.")
    S("vi", "txt",
      "Cong ty TNHH Dich vu Bao ve Thang Long tuyen 20 nhan vien bao ve muc tieu, uu tien da phuc vu trong quan doi. Viet tin tuyen dung ngan.",
      [], "Plain negative: a security company job ad typed without diacritics.")
    S("vi", "txt",
      "Báo cáo số liệu: dân số trung bình 1.345.600 người, mật độ 1.020 người/km², tỷ lệ hộ nghèo 2,1%. Vẽ giúp tôi biểu đồ cột.",
      [], "Hard negative: mật độ in a statistics prompt.")
    # ================================================================ cs positives
    S("cs", "eml",
      "From: Pavel Urban <pavel.urban@army.cz>\nTo: Michaela Krejčí <michaela.krejci@army.cz>\nSubject: [VYHRAZENÉ] Harmonogram cvičení Ample Strike\n\nMichaelo, prosím o kontrolu termínů.",
      ["classified-marking", "contact"], "[VYHRAZENÉ] tag in a subject line; named staff e-mails.")
    rc2 = rc_make(1992, 11, 4, False, slash=True)
    rc2s = rc2.replace("/", " / ")
    pos("national-id", rc2s)
    S("cs", "txt",
      f"Zaměstnanec: Adam Procházka\nR.Č.: {rc2s}\nNástup: 1. 7. 2026\nVyplň prosím přihlášku k zdravotnímu pojištění.",
      ["national-id"], "Rodné číslo with spaces around the slash after 'R.Č.'.")
    op = pos("national-id", digits(9, "123456789"))
    S("cs", "txt",
      f"Ověření totožnosti: paní Blanka Šťastná předložila občanský průkaz č. {op}. Napiš záznam do protokolu o předání.",
      ["national-id"], "Czech OP number with context.")
    S("cs", "txt",
      "Utajení: TAJNÉ\nZpráva o stavu ochrany kritické infrastruktury v Jihomoravském kraji za 1. pololetí. Připrav stručné shrnutí pro hejtmana.",
      ["classified-marking"], "'Utajení: TAJNÉ' field at the top.")
    S("cs", "txt",
      "Posudek pro komisi: pan Roman Bláha byl v roce 2022 pravomocně odsouzen za zpronevěru k podmíněnému trestu. Přeformuluj neutrálně.",
      ["sensitive-personal"], "Criminal conviction of a named person.")
    pw4 = password("Kr0kodyl-77")
    S("cs", "md",
      f"```properties\ndb.url=jdbc:postgresql://db.example.cz:5432/evidence\ndb.uzivatel=evidence_app\ndb.heslo={pw4}\n```\nProč se aplikace nepřipojí?",
      ["credential"], "Java properties key db.heslo with a literal password.")
    S("cs", "txt",
      "Doručovací adresa: Mgr. Kateřina Pokorná, bytem Na Vyhlídce 1456/12, 460 01 Liberec. Připrav průvodní dopis k zásilce.",
      ["contact"], "Home address after 'bytem'.")
    # ================================================================ cs negatives
    S("cs", "txt",
      "Heslo letošního ročníku: Bezpečně na silnicích! Soutěž pro základní školy proběhne v září. Navrhni plakát a krátký text.",
      [], "Hard negative: 'Heslo' meaning a slogan.")
    S("cs", "txt",
      "Školení GDPR: Důvěrné informace klientů nesdílejte přes soukromé e-maily a chatovací aplikace. Vytvoř z toho 5 krátkých pravidel.",
      [], "Hard negative: 'Důvěrné informace' in training text.")
    ib_bad = iban_bad()
    S("cs", "txt",
      f"Ukázka chybně opsaného IBAN z formuláře: {ib_bad} – kontrolní součet nesedí. Vysvětli, jak kontrola mod 97 funguje.",
      [], "Hard negative: a CZ IBAN that fails mod-97.")
    S("cs", "txt",
      "VYHRAZENO\nZásobování 6:00–10:00, mimo tuto dobu platí zákaz zastavení. Přepiš text dopravní cedule srozumitelněji pro řidiče.",
      [], "Hard negative: VYHRAZENO on a traffic sign.")
    # ================================================================ en positives
    S("en", "txt",
      "Incident summary — phishing campaign against finance staff\nTLP:RED\nThree mailboxes were compromised on 2 June; credentials reset. Draft a brief for the CISO.",
      ["classified-marking"], "TLP:RED on its own line under a title.")
    npmt = npm_token()
    S("en", "txt",
      f"My .npmrc:\n//registry.npmjs.org/:_authToken={npmt}\nalways-auth=true\nWhy does npm publish return 403?",
      ["credential"], "npm token in .npmrc.")
    ok = openai_key("proj")
    S("en", "md",
      f"```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"{ok}\")\nprint(client.models.list())\n```\nWhy do I get a rate-limit error?",
      ["credential"], "OpenAI key hard-coded in Python.")
    gbi = gb_iban_pos()
    S("en", "txt",
      f"Refund request: please return the deposit to Mr. Oliver Grant, IBAN {gbi.replace(' ', '').lower()}, by Friday. Draft the email to finance.",
      ["financial"], "GB IBAN written in lower case without spaces.")
    pos("financial", gbi.replace(' ', '').lower())
    S("en", "txt",
      "Please summarise the memo below for the permanent secretary.\n\nProtective marking: OFFICIAL-SENSITIVE\n\nThe department proposes to close two regional offices in 2027.",
      ["classified-marking"], "'Protective marking:' field.")
    ph = "+1 (617) 384-2291"
    pos("contact", ph)
    S("en", "txt",
      f"Best regards,\nJennifer Walsh\nSenior Policy Advisor\nCell: {ph}\n\nShorten this signature block for mobile.",
      ["contact"], "US mobile in an e-mail signature.")
    S("en", "txt",
      "Confidential HR case notes: employee Tom Becker is a practising Muslim and requested prayer breaks; he also disclosed type 1 diabetes. Draft accommodations.",
      ["sensitive-personal"], "Religion and health of a named employee.")
    # ================================================================ en negatives
    S("en", "txt",
      "Classified ads, page 14: used bikes, a piano for sale, and rooms to let near the station. Turn these into a tidy list.",
      [], "Hard negative: classified ads.")
    S("en", "txt",
      "This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Shorten this disclaimer.",
      [], "Hard negative: generic e-mail disclaimer.")
    S("en", "txt",
      "Config docs: set DATABASE_URL=postgres://user:password@localhost:5432/app, replacing user and password with your own values. Improve this README line.",
      [], "Hard negative: documented placeholder connection string with literal 'user:password'.")
    cbad = card_bad("visa", "-")
    S("en", "txt",
      f"Our validator wrongly accepted {cbad} yesterday; it fails the Luhn check. Write a regression test description.",
      [], "Hard negative: a card-like number that fails Luhn.")
    # ================================================================ mixed
    S("mixed", "txt",
      "Shrň v češtině tento odstavec: Theo Nghị quyết 18-NQ/TW, các bộ phải tinh gọn đầu mối; Bộ Ngoại giao đã giảm 4 vụ. Stačí dvě věty.",
      [], "Hard negative: a public party resolution cited in prose inside a Czech prompt.")
    S("mixed", "eml",
      "From: Jana Holubová <jana.holubova@mzv.cz>\nTo: Nguyễn Minh Anh <minhanh.nguyen@mofa.gov.vn>\nSubject: Draft MoU - comments\n\nDear Minh Anh,\nplease find our comments below.\n\nRESTRICTED",
      ["classified-marking", "contact"], "RESTRICTED as the last line of a Czech–Vietnamese e-mail in English.")
    ROUND_TAG = ""


def round6c():
    """Round 6, third blind batch (same ids series), scored before any further fix."""
    global ROUND_TAG
    ROUND_TAG = "r6"
    # ================================================================ vi
    S("vi", "md",
      "**TỐI MẬT**\n\n## Phương án tổ chức lại các đơn vị sự nghiệp trực thuộc Bộ\n\n- Sáp nhập 3 trung tâm thành 1.\n- Giảm 15% biên chế.\n\nViết lại phần gạch đầu dòng thành đoạn văn.",
      ["classified-marking"], "Bold markdown TỐI MẬT on its own line.")
    S("vi", "txt",
      "Thông tin văn bản đến:\nĐộ Mật: Tối Mật\nNgày đến: 04/6/2026\nNơi gửi: Văn phòng Chính phủ\nNhờ tóm tắt giúp các bước xử lý văn bản đến loại này.",
      ["classified-marking"], "Title-case 'Độ Mật: Tối Mật' field in an incoming-document record.")
    pw5 = password("Hn@2026ketoan")
    S("vi", "txt",
      f"tk: ketoan02 / pass: {pw5}\nem đăng nhập phần mềm hóa đơn điện tử bị báo lỗi sai chữ ký số, anh xem giúp em với ạ",
      ["credential"], "'pass:' after an account in a chat line.")
    m3 = vn_mobile("plain")
    m3f = f"+84-{m3[1:3]}-{m3[3:6]}-{m3[6:]}"
    pos("contact", m3f)
    S("vi", "txt",
      f"Danh bạ đoàn công tác:\n- Trưởng đoàn: ông Bùi Đức Thịnh, di động {m3f}\n- Thư ký: bà Lã Thu Trang\nSắp xếp lại theo bảng.",
      ["contact"], "Mobile with +84 and dashes 2-3-4.")
    S("vi", "txt",
      "Hồ sơ nhân sự: Ông Tạ Văn Lâm, sinh 1975, địa chỉ thường trú: số 15 ngõ 72 Tôn Thất Tùng, phường Kim Liên, Hà Nội. Viết sơ yếu lý lịch ngắn.",
      ["contact"], "Home (permanent residence) address of a named person.")
    S("vi", "txt",
      "Báo cáo tình hình cán bộ: đồng chí Mạc Thị Thoa đang điều trị trầm cảm sau sinh, xin chuyển sang bộ phận ít áp lực. Viết tờ trình đề xuất.",
      ["sensitive-personal"], "Named official's depression.")
    S("vi", "txt",
      "Không truy cập được thư mục chia sẻ \\\\192.168.1.5\\KeToan và máy chủ vanban.sotc.lan từ tối qua. Viết phiếu yêu cầu hỗ trợ gửi phòng CNTT.",
      ["infrastructure"], "UNC path with a private IP and a .lan host.")
    nc2 = napas_card("970436", "")
    S("vi", "eml",
      f"From: Khúc Thị Lan <khucthilan88@yahoo.com>\nTo: CSKH Vietcombank\nSubject: Khiếu nại giao dịch\n\nThẻ ghi nợ nội địa số {nc2} bị trừ tiền 2 lần. Đề nghị hoàn tiền.",
      ["financial", "contact"], "Napas card without separators in an e-mail; personal webmail sender.")
    acc4 = vn_account(13)
    S("vi", "txt",
      f"Anh nhận tiền hỗ trợ qua STK {acc4} tại VCB chi nhánh Thành Công, chủ tài khoản Phí Văn Hiếu. Soạn giấy đề nghị thanh toán.",
      ["financial"], "VN account next to the bank abbreviation VCB.")
    S("vi", "txt",
      "KẾ HOẠCH HỘI TRẠI 26/3\nTrò chơi lớn: MẬT THƯ\nCác đội giải mật thư để tìm trạm tiếp theo. Soạn luật chơi cho đoàn viên.",
      [], "Hard negative: MẬT THƯ (scout cipher game) in capitals on its own line.")
    S("vi", "txt",
      "Yêu cầu mật khẩu: tối thiểu 8 ký tự, có chữ hoa, chữ số và ký tự đặc biệt; không dùng lại 5 mật khẩu gần nhất. Viết thành thông báo cho nhân viên.",
      [], "Hard negative: password policy with no password.")
    S("vi", "txt",
      "Khoản 2 Điều 8 quy định: \"Độ Tối mật được xác định đối với tài liệu...\". Giải thích cho cán bộ mới, kèm ví dụ không có thông tin thật.",
      [], "Hard negative: a law excerpt quoting the level.")
    S("vi", "txt",
      "NƯỚC HOA TUYỆT MẬT\nHương gỗ trầm, lưu hương 8 tiếng, chai 50 ml. Viết 3 câu quảng cáo cho mùa lễ hội.",
      [], "Hard negative: a perfume brand containing TUYỆT MẬT.")
    S("vi", "txt",
      "Địa chỉ IP nội bộ thường có dạng 192.168.x.x hoặc 10.x.x.x; máy chủ công khai dùng IP như 8.8.8.8. Viết giải thích cho học sinh.",
      [], "Hard negative: IP ranges written with x placeholders and a public IP.")
    # ================================================================ cs
    S("cs", "txt",
      "P Ř Í S N Ě   T A J N É\n\nVyhodnocení zpravodajské situace v regionu za květen. Vytvoř osnovu prezentace o pěti bodech.",
      ["classified-marking"], "Letter-spaced PŘÍSNĚ TAJNÉ.")
    rc3 = rc_make(1968, 3, 21, True, slash=False)
    S("cs", "csv",
      f"jmeno;prijmeni;rodne_cislo;oddeleni;nastup\nMarie;Svobodová;{rc3};účtárna;2019-04-01\nPetr;Malý;;sklad;2026-06-15\n",
      ["national-id"], "Rodné číslo in a CSV column rodne_cislo.")
    mob2 = cz_mobile()
    mob2d = "00420 " + mob2.replace("+420 ", "").replace(" ", "")
    pos("contact", mob2d)
    S("cs", "txt",
      f"Kontaktní osoba: Ing. Vladimír Pešek, tel. {mob2d}. Doplň do pozvánky na kontrolní den stavby.",
      ["contact"], "Czech mobile with 00420 and no spaces.")
    S("cs", "txt",
      "Sociální šetření: paní Zdeňka Horká je ve výkonu trestu odnětí svobody do roku 2027, děti jsou v péči babičky. Napiš zprávu pro soud.",
      ["sensitive-personal"], "Named person serving a prison sentence.")
    S("cs", "txt",
      "TAJNÁ VOLBA PŘEDSEDY SPOLKU\nHlasovací lístky se odevzdávají do urny u vchodu. Napiš pokyny pro volební komisi.",
      [], "Hard negative: TAJNÁ VOLBA heading in capitals.")
    S("cs", "txt",
      "Heslo musí mít alespoň 12 znaků a nesmí obsahovat jméno uživatele. Heslo se mění každých 90 dní. Přepiš do srozumitelné směrnice.",
      [], "Hard negative: password policy; 'Heslo' without a literal.")
    S("cs", "txt",
      "Česká spořitelna, a.s., Olbrachtova 1929/62, 140 00 Praha 4, IČO 45244782. Přepiš zápatí dopisu do angličtiny.",
      [], "Hard negative: a company's official address and IČO.")
    # ================================================================ en
    S("en", "txt",
      "SECRET\n\nMEMORANDUM FOR THE RECORD\nSubject: Meeting with the liaison officer, 2 June\n1. Discussed timelines for the joint exercise.\n\nSECRET",
      ["classified-marking"], "SECRET banner at top and bottom.")
    pk = pem_key("RSA")
    S("en", "txt",
      f"deploy failing with 'invalid format', here is the key I put in the CI variable:\n{pk}\nwhat's wrong?",
      ["credential"], "RSA PEM private key pasted in a question.")
    j2 = jwt({"sub": "u-4411", "role": "admin"})
    S("en", "md",
      f"```json\n{{\"access_token\": \"{j2}\", \"token_type\": \"Bearer\", \"expires_in\": 3600}}\n```\nExplain each field of this response.",
      ["credential"], "JWT access token in a JSON token response (token_type Bearer).")
    s3 = ssn_make()
    S("en", "csv",
      f"employee_id,name,ssn,start_date,dept\nE1042,Kevin Doyle,{s3},2026-03-01,Facilities\nE1043,Ana Ruiz,,2026-03-08,Payroll\n",
      ["national-id"], "SSN in a CSV column.")
    em2 = pos("contact", "dave.kowalski1979@yahoo.com")
    S("en", "txt",
      f"Hi, this is Dave from the facilities team. For the weekend shift roster reach me at {em2} rather than my work inbox. Please make this sound more professional.",
      ["contact"], "Personal webmail in a message body.")
    S("en", "txt",
      "UNCLASSIFIED\n\nPublic affairs guidance for the open day: parking, visitor badges and photography rules. Turn this into a one-page flyer.",
      [], "Hard negative: UNCLASSIFIED banner is no restriction marking.")
    S("en", "txt",
      "TLP:CLEAR\nAdvisory: patch the VPN appliance to 9.1.4 before Friday; exploitation is public. Rewrite for a non-technical audience.",
      [], "Hard negative: TLP:CLEAR is free to share.")
    S("en", "txt",
      "Your restricted stock units (RSUs) vest quarterly; see the equity plan for the confidential treatment of grant terms. Summarise for new hires.",
      [], "Hard negative: RSUs and 'confidential treatment' in prose.")
    S("en", "txt",
      "The Secret Garden and Confidential Informant are on tonight's reading and TV list. Write a cosy newsletter paragraph about them.",
      [], "Hard negative: book and TV titles.")
    # ================================================================ mixed
    S("mixed", "txt",
      "Dịch sang tiếng Việt đoạn sau:\n\nCOMPANY CONFIDENTIAL\nQ3 pricing strategy for the Hanoi distributor network: discounts capped at 12%.",
      ["classified-marking"], "English corporate marking on its own line inside a Vietnamese prompt.")
    S("mixed", "txt",
      "Přelož do vietnamštiny: \"Všechna práva vyhrazena. Tajné hlasování proběhne ve čtvrtek.\" A pak to samé anglicky.",
      [], "Hard negative: Czech everyday phrases inside a translation prompt.")
    ROUND_TAG = ""


def round6d():
    """Round 6, fourth blind batch (same ids series), scored before any further fix."""
    global ROUND_TAG
    ROUND_TAG = "r6"
    # ================================================================ vi
    S("vi", "eml",
      "From: Tôn Nữ Diệu Linh <linhtnd@hue.gov.vn>\nTo: Phan Thanh Sơn <sonpt@hue.gov.vn>\nSubject: Fwd: kế hoạch\n\n---------- Forwarded message ---------\nĐộ mật: MẬT\nKế hoạch kiểm tra đột xuất các dự án đầu tư công quý III.\n\nAnh tóm tắt giúp em.",
      ["classified-marking", "contact"], "'Độ mật: MẬT' inside a forwarded-message block.")
    S("vi", "eml",
      f"From: Văn thư Sở\nTo: Lãnh đạo Sở\nSubject: [{zw('TUYỆT')} {zw('MẬT')}] Phương án nhân sự\n\nVăn thư chuyển lãnh đạo xem xét. Nhờ AI viết lại đoạn mở đầu.",
      ["classified-marking"], "Subject tag with U+200B between the letters of TUYỆT MẬT (sender is a role, no address).")
    c4 = cccd_make("036", 1990, False)
    S("vi", "txt",
      f"Thông tin người nộp hồ sơ: Võ Thành Công, CCCD:{c4}, ngày cấp 10/5/2021. Kiểm tra giúp hồ sơ còn thiếu giấy tờ gì.",
      ["national-id"], "CCCD glued to the label without a space.")
    acc5 = vn_account(13)
    acc5f = f"{acc5[:4]}-{acc5[4:8]}-{acc5[8:]}"
    pos("financial", acc5f)
    S("vi", "txt",
      f"Học phí chuyển khoản về TK {acc5f}, ngân hàng Vietcombank, tên TK: Đặng Thu Hà. Viết tin nhắn nhắc phụ huynh nộp học phí.",
      ["financial"], "VN account with dashes next to the bank name.")
    pw6 = password("Sotc@2026moi")
    S("vi", "txt",
      f"Báo cáo anh: em đã đặt lại mật khẩu hộp thư của chị Hạnh, mật khẩu đã đổi thành {pw6}, chị ấy đăng nhập lại là được. Viết lại cho gọn.",
      ["credential"], "Password after 'đổi thành' (no colon, no 'là').")
    m4 = vn_mobile("plain")
    m4f = f"{m4[:4]}-{m4[4:7]}-{m4[7:]}"
    pos("contact", m4f)
    S("vi", "txt",
      f"Người liên hệ nhận hàng: chị Quách Thị Mơ – {m4f}. Viết tin nhắn xác nhận lịch giao hàng cho chị ấy.",
      ["contact"], "Mobile with dashes 4-3-3.")
    S("vi", "txt",
      "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 10 tháng 6 năm 2026\n\nBÁO CÁO\ntổng kết công tác xây dựng Đảng 6 tháng đầu năm của Chi bộ Vụ Pháp chế\nNhờ AI góp ý bố cục.",
      ["official-document"], "Party motto header with place and date, no number line.")
    S("vi", "txt",
      "Tóm tắt hồ sơ: ông Kiều Văn Chiến, nguyên Trưởng phòng Tài nguyên, đã bị khởi tố về tội nhận hối lộ tháng 4/2026. Viết thông tin cho cuộc họp xét kỷ luật.",
      ["sensitive-personal"], "Criminal prosecution of a named official.")
    S("vi", "txt",
      "Đổi mật khẩu thành công! Mật khẩu mới đã được gửi vào số điện thoại đăng ký của bạn. Dịch thông báo này sang tiếng Anh cho app.",
      [], "Hard negative: password-change notice without a password.")
    S("vi", "txt",
      "VỤ LỘ TÀI LIỆU TỐI MẬT: CỰU NHÂN VIÊN BỊ TRUY TỐ\nTheo bản tin quốc tế, một cựu nhân viên hợp đồng đã bị truy tố. Viết lại tin cho chuyên mục thế giới.",
      [], "Hard negative: a news headline in capitals containing TỐI MẬT.")
    S("vi", "txt",
      "Nơi nhận hàng: kho số 3, khu công nghiệp Quang Minh. Người nhận: thủ kho. Viết lại thông tin giao hàng thành tin nhắn ngắn cho tài xế.",
      [], "Hard negative: 'Nơi nhận hàng' is no recipients block.")
    S("vi", "txt",
      "BÍ MẬT KINH DOANH LÀ GÌ?\nBài viết phổ biến pháp luật sở hữu trí tuệ cho doanh nghiệp nhỏ. Viết lại thành 5 ý chính dễ hiểu.",
      [], "Hard negative: BÍ MẬT KINH DOANH heading in capitals.")
    S("vi", "txt",
      "Hóa đơn số: 0001234\nKý hiệu: 1C26TAA\nNgày 05/6/2026, tổng tiền 3.450.000 đồng (đã gồm VAT). Kiểm tra giúp cách tính thuế.",
      [], "Hard negative: an e-invoice number is no document-number header.")
    # ================================================================ cs
    S("cs", "txt",
      "Závěry pracovní skupiny k zajištění kybernetické bezpečnosti krajských nemocnic.\n1. Zavést dvoufaktorové ověření.\n\nStrana 2 z 4 – VYHRAZENÉ",
      ["classified-marking"], "VYHRAZENÉ in a page footer after a page number.")
    rc4 = rc_make(1985, 11, 12, True, slash=False)
    rc4s = f"{rc4[:6]} {rc4[6:]}"
    pos("national-id", rc4s)
    S("cs", "txt",
      f"Pojištěnka: Lenka Vávrová, rodné číslo {rc4s}, zaměstnavatel Obec Lipová. Napiš oznámení o nástupu pro pojišťovnu.",
      ["national-id"], "Rodné číslo with a space instead of the slash.")
    acc6 = cz_account(False, "0800")
    acc6s = acc6.replace("/", " / ")
    pos("financial", acc6s)
    assert cz_account_ok(acc6)
    S("cs", "txt",
      f"Kauci vraťte prosím na č.ú. {acc6s} (Petra Kadlecová). Sepiš krátkou žádost pronajímateli.",
      ["financial"], "Czech account with spaces around the bank-code slash.")
    S("cs", "txt",
      "Přístup do systému: uživatel jnovak, Heslo: ******** (změňte při prvním přihlášení). Přepiš návod pro nové zaměstnance.",
      [], "Hard negative: masked password.")
    S("cs", "txt",
      "Č.j.: MMB/0234567/2026\nVyřizuje: Bc. Tereza Hrubá\nVěc: Sdělení k žádosti o dotaci\nUprav dopis, aby byl vstřícnější.",
      ["official-document"], "Č.j. without spaces heading the letter.")
    # ================================================================ en
    S("en", "txt",
      "Summary of the liaison meeting, 4 June.\n- Agreed the schedule for the joint exercise.\n- Next meeting in July.\n\nClassification: TOP SECRET//SI//NOFORN",
      ["classified-marking"], "Classification field with caveats at the very end.")
    S("en", "txt",
      "C O N F I D E N T I A L\n\nDraft severance terms for the regional director: 9 months' salary plus accrued leave. Make the wording neutral.",
      ["classified-marking"], "Letter-spaced CONFIDENTIAL banner.")
    S("en", "md",
      "| Field | Value |\n|---|---|\n| Document | Supplier shortlist 2027 |\n| Classification | Internal Use Only |\n| Owner | Procurement |\n\nTurn this table into an intro paragraph.",
      ["classified-marking"], "Internal Use Only in a classification table cell.")
    s4 = ssn_make()
    s4n = s4.replace("-", "")
    pos("national-id", s4n)
    S("en", "txt",
      f"New hire paperwork: Angela Brooks, SSN: {s4n}, start date July 6. Draft the onboarding checklist email to payroll.",
      ["national-id"], "SSN without separators after 'SSN:'.")
    pw7 = password("BlueFalcon#88")
    S("en", "txt",
      f"Welcome pack for visitors: the guest wifi is HQ-Guest and the password is {pw7}. Rewrite as a friendly card for reception.",
      ["credential"], "'the password is' in prose.")
    pw8 = password("Pa55w0rd!hr")
    S("en", "md",
      f"```csharp\nvar cs = \"Server=sql01;Database=HR;User Id=sa;Password={pw8};\";\nusing var conn = new SqlConnection(cs);\n```\nWhy does login fail for user sa?",
      ["credential"], "ADO.NET connection string with a password.")
    S("en", "txt",
      "Patients on a restricted diet must avoid grapefruit; this leaflet is confidential only in the sense that it is for patients. Simplify for a poster.",
      [], "Hard negative: 'restricted diet' and 'confidential' in prose.")
    S("en", "txt",
      "Login form copy: \"Password: <your password>\" and \"Username: <your work email>\". Suggest clearer placeholder text.",
      [], "Hard negative: angle-bracket placeholders.")
    # ================================================================ mixed
    S("mixed", "eml",
      "From: Grace Lim <grace.lim@partner-example.sg>\nTo: Trần Quốc Huy <huy.tq@mpi.gov.vn>\nSubject: Workshop agenda\n\nDear Huy, please see the agenda below.\n\nTài liệu lưu hành nội bộ",
      ["classified-marking", "contact"], "Vietnamese restriction line closing an English e-mail.")
    ROUND_TAG = ""


# ================================================================================================ ROUND 7
# Blind round 7 (written before any rule change, scored, then fixed): stamps in odd places (on the number line, in
# an ASCII box, in pasted HTML, Telex/OCR damage, "Mức độ mật"), tab-separated Excel pastes (CCCD/BHXH/MST/password
# columns), CMND 9 digits, BHYT cards, chat-style transfers and passwords ("TK/MK: a/b", "pass mới là"), Czech
# 9-digit and +20-month rodná čísla, Czech same-line Č.j./level, NATO/EU/company banners, newer connection-string
# shapes, and hard negatives from everyday Vietnamese, Czech and English (bí mật của thành công, "pass lại" = resell,
# mã GD FT…, Neutajované, Confidential Computing, a TOP SECRET party invitation).
def round7():
    global ROUND_TAG
    ROUND_TAG = "r7"
    _round_counters.clear()
    # ================================================================ vi: block, markings
    S("vi", "txt",
      "SỞ NỘI VỤ TỈNH BẮC NINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "                                           Độc lập - Tự do - Hạnh phúc\n"
      "Số: 87/TTr-SNV        TỐI MẬT        Bắc Ninh, ngày 9 tháng 6 năm 2026\n\n"
      "TỜ TRÌNH\nVề việc phê duyệt phương án sắp xếp biên chế các đơn vị sự nghiệp năm 2026\n\n"
      "Viết lại phần căn cứ pháp lý giúp tôi cho gọn.",
      ["classified-marking", "official-document"], "TỐI MẬT between the number and the date on the same header line.")
    S("vi", "txt",
      "Máy mình bị tắt bộ gõ, bạn sửa giúp đoạn này về tiếng Việt có dấu:\n\n"
      "TOOSI MAATJ\n"
      "Keets luaanj cuar Ban Thuwowngf vuj veef cong tac can bo quy II/2026.",
      ["classified-marking"], "Stamp typed in Telex with the IME off (TOOSI MAATJ) on its own line.")
    S("vi", "txt",
      "Văn bản scan OCR ra bị lỗi, nhờ bạn khôi phục:\n\n"
      "Bô CÔNG AN                      CÔNG HOA XA HÔI CHU NGHIA VIÊT NAM\n"
      "Số: 112/BC-CAT-PV01              Đôc lâp - T do - Hnh phúc\n"
      "TÔI MÂT\n\n"
      "BAO CAO\nTình hình an ninh trật tự tuyến biên giới tháng 5/2026",
      ["classified-marking", "official-document"], "OCR-damaged header and stamp (TÔI MÂT) under the number line.")
    S("vi", "txt",
      "PHIẾU XỬ LÝ VĂN BẢN ĐẾN\n"
      "Số đến: 2231          Ngày đến: 03/6/2026\n"
      "Mức độ mật: Tối mật\n"
      "Trích yếu: Phương án di dời trụ sở các cơ quan khối Đảng\n\n"
      "Bạn soạn giúp ý kiến đề xuất của Chánh Văn phòng.",
      ["classified-marking"], "'Mức độ mật:' field wording (not 'Độ mật:').")
    S("vi", "txt",
      "MẬT\nBản số: 04/12\n\n"
      "BIÊN BẢN\nHọp Ban Thường vụ Đảng ủy ngày 28/5/2026\n"
      "Nội dung: cho ý kiến về nhân sự dự kiến bổ nhiệm Phó Giám đốc.\n\n"
      "Tóm tắt thành 3 ý.",
      ["classified-marking"], "MẬT stamp followed by a copy-number line 'Bản số: 04/12'.")
    S("vi", "txt",
      "Mình copy từ Excel ra, bạn viết thành đoạn văn giúp:\n\n"
      "Trích yếu\tKế hoạch kiểm tra việc kê khai tài sản năm 2026\n"
      "Độ mật\tMật\n"
      "Độ khẩn\tThường\n"
      "Người ký\tPhó Bí thư Thường trực",
      ["classified-marking"], "'Độ mật<TAB>Mật' as a tab-separated Excel row.")
    S("vi", "txt",
      "+-------------+\n|   TỐI MẬT   |\n+-------------+\n\n"
      "KẾ HOẠCH\nbảo vệ an ninh, an toàn Đại hội đại biểu Đảng bộ tỉnh\n"
      "Viết lại mục tiêu cho rõ ràng hơn.",
      ["classified-marking"], "Stamp drawn as an ASCII box in a text export.")
    S("vi", "md",
      "Chuyển đoạn HTML này sang văn bản thường:\n\n"
      "<p align=\"right\"><b>MẬT</b></p>\n"
      "<p align=\"center\"><b>BÁO CÁO</b><br>Kết quả rà soát đất công tại 4 phường</p>\n"
      "<p>Qua rà soát, phát hiện 12 thửa đất bị lấn chiếm...</p>",
      ["classified-marking"], "Stamp inside an HTML paragraph (<b>MẬT</b>).")
    S("vi", "txt",
      "TÀI LIỆU THAM KHẢO NỘI BỘ\n\n"
      "Chuyên đề sinh hoạt chi bộ tháng 7/2026: Nâng cao chất lượng đảng viên trẻ\n"
      "Đặt 5 câu hỏi thảo luận cho chuyên đề này.",
      ["classified-marking"], "'TÀI LIỆU THAM KHẢO NỘI BỘ' restricted-circulation banner.")
    S("vi", "eml",
      "From: Phạm Thu Trang <trang.pt@sotc.gov.vn>\nTo: Lê Minh Đức <duc.lm@sotc.gov.vn>\n"
      "Subject: V/v phương án cổ phần hóa Công ty Môi trường đô thị (MẬT)\n\n"
      "Anh Đức ơi, em gửi anh bản phương án, nhờ anh rút gọn giúp phần định giá tài sản.",
      ["classified-marking", "contact"], "(MẬT) in parentheses at the end of an e-mail subject; named staff in headers.")
    S("vi", "txt",
      "DANG UY KHOI DOANH NGHIEP\n*\nSo 31-BC/DUK\n\n                                   Tuyet mat\n\n"
      "BAO CAO\nket qua kiem tra dau hieu vi pham doi voi 2 dang vien\n"
      "Viet lai phan ket luan.",
      ["classified-marking", "official-document"], "Sentence-case 'Tuyet mat' without diacritics, centred under a Party number line.")
    S("vi", "txt",
      "Em gửi chị nội dung để dán vào slide:\n\n"
      "Nội dung: Phương án điều chỉnh địa giới hành chính 3 xã phía Bắc\n"
      "(Độ mật: TUYỆT MẬT – không sao chụp)\n"
      "Chị tóm tắt giúp em trong 4 dòng.",
      ["classified-marking"], "Độ mật field in parentheses with a trailing handling instruction.")
    # ================================================================ vi: block, identifiers, money, credentials
    c1 = cccd_make("038", 1979, False)
    c2 = cccd_make("040", 1991, True)
    m1 = vn_mobile("plain")
    m2 = vn_mobile("plain")
    S("vi", "txt",
      "Bạn chuẩn hóa giúp mình bảng này (copy từ Excel):\n\n"
      "STT\tHọ và tên\tNgày sinh\tSố CCCD\tSĐT\n"
      f"1\tLê Đình Khoa\t12/03/1979\t{c1}\t{m1}\n"
      f"2\tHồ Thị Thanh Nga\t05/11/1991\t{c2}\t{m2}\n",
      ["national-id", "contact"], "Tab-separated list of officials with CCCD (038 male 1979; 040 female 1991) and mobiles.")
    cmnd = pos("national-id", "0" + digits(8, "123456789"))
    S("vi", "txt",
      f"Ông Nguyễn Hữu Phúc, CMND số {cmnd} cấp ngày 14/02/2010 tại Công an TP Hà Nội, đề nghị cấp lại giấy chứng nhận. "
      "Soạn giúp tôi phiếu tiếp nhận hồ sơ.",
      ["national-id"], "Old 9-digit CMND with 'CMND số'.")
    bh = digits(10, "123456789")
    bhyt = pos("national-id", "HC401" + bh)
    S("vi", "txt",
      f"Thông tin khám bệnh: bệnh nhân Đào Văn Lực, mã thẻ BHYT: {bhyt}, nơi đăng ký KCB ban đầu: Bệnh viện Đống Đa. "
      "Viết giúp giấy chuyển tuyến.",
      ["national-id"], "15-character BHYT card (group code + level + province + 10-digit BHXH number).")
    c3 = cccd_make("027", 1996, True)
    S("vi", "txt",
      f"[Zalo] Ngọc Ánh: anh ơi cccd của e là {c3} nhé, a điền giúp e vào tờ khai với ạ\n[Zalo] Anh Tú: ok e",
      ["national-id"], "Lower-case 'cccd của e là' in a chat (027 female 1996).")
    hc = pos("national-id", "B" + digits(7))
    S("vi", "txt",
      f"Danh sách đoàn ra: đồng chí Tạ Quang Bửu, Phó Vụ trưởng, hộ chiếu công vụ số {hc}, ngày hết hạn 03/2030. "
      "Soạn giúp công hàm đề nghị cấp thị thực.",
      ["national-id"], "Official passport 'hộ chiếu công vụ số' + letter B and 7 digits.")
    bhxh = pos("national-id", digits(10, "123456789"))
    S("vi", "txt",
      f"SƠ YẾU LÝ LỊCH\nHọ và tên: Vi Thị Hạnh\nSố sổ BHXH: {bhxh}\nNgày vào Đảng: 19/5/2015\n"
      "Viết giúp phần tự nhận xét.",
      ["national-id"], "'Số sổ BHXH:' field in a CV.")
    stk = pos("financial", "1903" + digits(10))
    S("vi", "txt",
      f"ck cho e vào stk {stk} tcb nhé, tên NGUYEN THI LAN, nd: tien quy cong doan thang 6",
      ["financial"], "Lower-case chat: 'stk' + number + lower-case bank abbreviation 'tcb'.")
    stk2 = vn_account(13)
    S("vi", "txt",
      "THÔNG TIN NGƯỜI THỤ HƯỞNG\n"
      "Người thụ hưởng: HOÀNG VĂN THẮNG\n"
      f"Số tài khoản: {stk2[:4]} {stk2[4:8]} {stk2[8:]}\n"
      "Tại: Ngân hàng Nông nghiệp và Phát triển Nông thôn (Agribank) – CN Hà Tây\n\n"
      "Soạn giúp ủy nhiệm chi thanh toán tiền bồi thường.",
      ["financial"], "Beneficiary block with the bank on the line after the account.")
    mst1 = mst_personal("01")
    mst2 = mst_personal("01")
    S("vi", "txt",
      "Họ tên\tMST TNCN\tThu nhập 2025\n"
      f"Bùi Văn Quân\t{mst1}\t384.000.000\n"
      f"Trương Thị Yến\t{mst2}\t251.600.000\n\n"
      "Tính giúp mình thuế TNCN còn phải nộp của từng người.",
      ["financial"], "Personal MSTs in a tab-separated column headed 'MST TNCN'.")
    mc = card_pos("mc", " ")
    S("vi", "txt",
      f"Em bị trừ tiền lạ trên thẻ Mastercard {mc}, hạn 11/28. Viết giúp em đơn khiếu nại gửi ngân hàng.",
      ["financial"], "Mastercard number in a complaint (Luhn-valid).")
    pw1 = password("Abc@12345")
    S("vi", "txt",
      f"Thông tin đăng nhập phần mềm kế toán MISA:\nTK/MK: admin/{pw1}\nNhờ bạn viết hướng dẫn đổi mật khẩu cho kế toán mới.",
      ["credential"], "Combined 'TK/MK: user/password' form.")
    pw2 = password("Hoa.Sen#77")
    S("vi", "txt",
      f"[Zalo - Phòng TCHC]\nQuang: pass mới là {pw2} nha mọi người, ai vào ko được thì báo e\nHà: ok",
      ["credential"], "'pass mới là' in a chat.")
    pw3 = password("kqzv mtrp hxle wnda")
    S("vi", "txt",
      f"Cấu hình gửi mail tự động từ Google Sheet:\n- Tài khoản: baocao.phongkh@gmail.com\n- Mật khẩu ứng dụng: {pw3}\n"
      "Viết giúp đoạn Apps Script gửi mail hàng tuần.",
      ["credential", "contact"], "Gmail app password (four groups of four letters) after 'Mật khẩu ứng dụng:'.")
    pw4 = password("246813")
    S("vi", "txt",
      f"mk VNeID của mẹ là {pw4} nhé con, con đăng nhập nộp hồ sơ giúp mẹ",
      ["credential"], "Digits-only password after 'mk ... là' in a family chat.")
    pw5 = password("Hanh@2026")
    pw6 = password("Qlvb#vt03")
    S("vi", "txt",
      "Bảng tài khoản các phần mềm (dán từ Excel):\n"
      "Hệ thống\tTài khoản\tMật khẩu\n"
      f"QLVB\tvt_hanh\t{pw5}\n"
      f"Một cửa\tmc_tiepnhan\t{pw6}\n\n"
      "Bạn định dạng lại thành bảng markdown.",
      ["credential"], "Passwords in a tab-separated column headed 'Mật khẩu'.")
    pw7 = password("Sxd@062026")
    S("vi", "eml",
      "Subject: Ho so du thau goi thau XL-05\n\n"
      "Chào anh,\nEm gửi file nén hồ sơ dự thầu qua link Drive. Mật khẩu giải nén file: " + pw7 + "\n"
      "Anh kiểm tra giúp em danh mục tài liệu.",
      ["credential"], "Archive password after 'Mật khẩu giải nén file:'.")
    # ================================================================ vi: warn
    S("vi", "txt",
      "Soạn giúp giấy xác nhận cư trú cho anh Đặng Minh Hiếu, nơi ở hiện nay: số 27 ngách 14/3 phố Đội Cấn, "
      "phường Ngọc Hà, Hà Nội.",
      ["contact"], "Home address after 'nơi ở hiện nay:'.")
    zl = vn_mobile("plain")
    S("vi", "txt",
      f"Cần bán lại xe máy cũ của anh Tuấn phòng Quản trị, ai quan tâm nhắn zalo {zl} (anh Tuấn). Viết giúp bài đăng ngắn.",
      ["contact"], "Mobile after 'zalo' of a named colleague.")
    S("vi", "eml",
      "From: Tô Văn Lâm <lam.tv@sxd.gov.vn>\nTo: Phòng Quy hoạch <qh@sxd.gov.vn>\nCc: Kiều Thị Mai <kieumai1990@yahoo.com>\n"
      "Subject: Góp ý đồ án\n\nCác anh chị cho ý kiến về đồ án trước thứ Sáu.",
      ["contact"], "Personal yahoo.com address of a named person in the Cc header.")
    S("vi", "txt",
      "Viết đơn xin nghỉ dài ngày giúp: chị Lục Thị Hoa (kế toán) mắc bệnh lao phổi, đang điều trị tại Bệnh viện Phổi Trung ương 6 tháng.",
      ["sensitive-personal"], "Tuberculosis of a named person.")
    S("vi", "txt",
      "Báo cáo nhân sự tổ dân phố: anh Mạc Văn Tiến đang cai nghiện ma túy tại cơ sở cai nghiện Số 2. Viết giúp đoạn đề xuất hỗ trợ gia đình.",
      ["sensitive-personal"], "Drug rehabilitation of a named person.")
    S("vi", "txt",
      "UBND PHƯỜNG KIM LIÊN\nSố: 12/BB-UBND\n\nBIÊN BẢN\nLàm việc về việc giải quyết đơn kiến nghị của hộ dân tổ 9\n\n"
      "Viết lại đoạn kết luận cho mạch lạc.",
      ["official-document"], "Biên bản with a number line heading the text.")
    S("vi", "txt",
      "SỞ VĂN HÓA VÀ THỂ THAO\nSố: 45/GGT-SVHTT\n\nGIẤY GIỚI THIỆU\nTrân trọng giới thiệu ông Lý Văn Sơn đến liên hệ công tác tại Bảo tàng tỉnh.\n"
      "Dịch sang tiếng Anh.",
      ["official-document"], "Letter of introduction (GGT) with a number line.")
    S("vi", "txt",
      "Lỗi khi đồng bộ: connect ETIMEDOUT https://qlvb.sotc.internal/api/sync (máy chủ nội bộ). Giải thích lỗi giúp mình.",
      ["infrastructure"], "Internal *.internal URL in an error message.")
    S("vi", "txt",
      "Cau hinh may in mang: dia chi 192.168.10.45, cong 9100. May tinh ke toan khong in duoc, huong dan giup.",
      ["infrastructure"], "Private 192.168 address in a no-diacritics support question.")
    # ================================================================ vi: hard negatives
    S("vi", "txt",
      "Viết giúp bài phát biểu cho lễ tuyên dương học sinh giỏi: bí mật của thành công không nằm ở may mắn mà ở sự kiên trì mỗi ngày.",
      [], "Hard negative: 'bí mật của thành công' (figure of speech).")
    S("vi", "txt",
      "MẬT ONG RỪNG U MINH HẠ\nNguyên chất 100%, chai 500ml. Hotline đặt hàng: 1900 6868.\nViết giúp 3 câu quảng cáo.",
      [], "Hard negative: honey product heading with a public 1900 hotline.")
    S("vi", "txt",
      "Viết lại tít báo cho hấp dẫn: Những chuyện 'tối mật' ở hậu trường các gameshow truyền hình.",
      [], "Hard negative: figurative 'tối mật' in a showbiz headline.")
    S("vi", "txt",
      "Theo Nghị định 63/2026/NĐ-CP, mẫu dấu \"TỐI MẬT\" có kích thước 30mm x 8mm, mực đỏ; dấu \"TUYỆT MẬT\" 40mm x 8mm. "
      "Tóm tắt quy định về mẫu dấu cho lớp tập huấn văn thư.",
      [], "Hard negative: news about the stamp templates quoting the level names.")
    S("vi", "txt",
      "Soạn giáo án lịch sử lớp 8: mạng lưới mật thám Pháp theo dõi các nhà yêu nước; những bức mật báo gửi về Sài Gòn.",
      [], "Hard negative: mật thám, mật báo in a history lesson.")
    S("vi", "txt",
      "Bài viết tuyên truyền: không mua bán mật gấu, cao hổ; vi phạm có thể bị xử lý hình sự. Rút gọn còn 50 chữ.",
      [], "Hard negative: mật gấu (bear bile) in an awareness post.")
    S("vi", "txt",
      "Nhận xét đề tài: mô hình nuôi ong lấy mật này không phổ biến ở vùng núi phía Bắc vì khí hậu lạnh. Viết lại cho trang trọng.",
      [], "Hard negative: 'không phổ biến' (not common) in prose.")
    S("vi", "txt",
      "Câu 3: Tài liệu có ghi \"Lưu hành nội bộ\" có được đăng lên mạng xã hội không? Vì sao?\nGợi ý đáp án cho câu hỏi trên.",
      [], "Hard negative: quiz question quoting 'Lưu hành nội bộ'.")
    mst_bad = mst_make("01", bad=True)
    S("vi", "txt",
      f"Tra cứu giúp: mã số thuế {mst_bad} hiển thị 'không tồn tại'. Có phải tôi nhập sai số không?",
      [], "Hard negative: a 10-digit tax code whose check digit is wrong.")
    fut = neg("001245" + digits(6), "century digit 2 + year 45 is a future birth year", lambda x: cccd_ok(x))
    S("vi", "txt",
      f"Mã hồ sơ dịch vụ công của bạn là {fut}. Vui lòng dùng mã này để tra cứu tiến độ cấp đổi căn cước. Viết lại tin nhắn cho thân thiện.",
      [], "Hard negative: a 12-digit file code whose century/year digits give 2045.")
    S("vi", "txt",
      "Ghi chú phát hành: phần mềm Quản lý văn bản phiên bản 3.22.4 (build 20260601.3), sửa lỗi đính kèm file. Viết thành thông báo.",
      [], "Hard negative: version and build numbers.")
    S("vi", "txt",
      "Khuyến cáo của ngân hàng: kiểm tra kỹ số tài khoản và tên người thụ hưởng trước khi chuyển. Tổng đài hỗ trợ 1900 545413. Viết thành poster.",
      [], "Hard negative: bank advice naming 'số tài khoản' with no account, public hotline.")
    S("vi", "txt",
      "Thông tin văn bản\nTrích yếu: Thông báo lịch tiếp công dân tháng 7\nĐộ mật: Bình thường\nĐộ khẩn: Bình thường\nViết lại thành tin đăng website.",
      [], "Hard negative: 'Độ mật: Bình thường' (ordinary) is no marking; no number or header.")
    S("vi", "txt",
      "MẬT MÍA NGUYÊN CHẤT\nDùng nấu chè, làm bánh. Giá 35.000đ/lít. Viết giúp mô tả sản phẩm cho Shopee.",
      [], "Hard negative: MẬT MÍA (molasses) product heading in capitals.")
    S("vi", "txt",
      "ĐỔI MẬT KHẨU\nMật khẩu mới phải có ít nhất 8 ký tự, gồm chữ hoa, chữ thường và chữ số.\nDịch hướng dẫn này sang tiếng Anh.",
      [], "Hard negative: 'ĐỔI MẬT KHẨU' heading and a password rule without a password.")
    S("vi", "txt",
      "Nhóm Zalo Chợ đồ cũ cơ quan: chị Hồng pass lại bộ bàn ghế gỗ, giá 1tr2, ai lấy thì inbox. Viết lại cho hấp dẫn.",
      [], "Hard negative: 'pass lại' = resell, not a password.")
    S("vi", "txt",
      "Viết giúp bài đăng fanpage: Mật ngữ 12 cung hoàng đạo tuần này – Bạch Dương gặp may về tài chính.",
      [], "Hard negative: mật ngữ (horoscope slang).")
    S("vi", "txt",
      "Mã GD: FT26157893412345, số tiền 2.500.000 VND, nội dung: dong hoc phi. Viết lại thành biên nhận ngắn.",
      [], "Hard negative: bank transaction reference FT… is no account number.")
    S("vi", "txt",
      "Hướng dẫn cấu hình GitHub Actions: tạo token dạng ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx rồi lưu vào Secrets, không dán trực tiếp vào code. Dịch sang tiếng Anh.",
      [], "Hard negative: placeholder ghp_ token made of x.")
    S("vi", "txt",
      "Tin thời sự: Thủ tướng ký công điện hỏa tốc số 87/CĐ-TTg yêu cầu các tỉnh miền Trung ứng phó bão số 3. Viết lại thành tin 100 chữ.",
      [], "Hard negative: 'công điện hỏa tốc' and a public number cited in news.")
    S("vi", "txt",
      "So tay an toan thong tin: khong chia se ma OTP, mat khau, khong bam vao duong link la. Tom tat thanh 3 gach dau dong.",
      [], "Hard negative: security guidance without diacritics naming 'mat khau'.")
    S("vi", "txt",
      "Chuyện tình thân mật giữa hai nhân vật chính được kể rất tinh tế; đạo diễn giữ bí mật cái kết đến phút chót. Viết review 100 chữ.",
      [], "Hard negative: thân mật and bí mật in a film review.")
    S("vi", "txt",
      "Ban Cơ yếu Chính phủ tổ chức hội thảo về mật mã dân sự và chữ ký số ngày 15/7. Viết giúp giấy mời đăng báo.",
      [], "Hard negative: mật mã dân sự at a public event.")
    # ================================================================ cs: block
    S("cs", "txt",
      "MINISTERSTVO OBRANY\nČ. j.: MO 41873/2026-1322                    DŮVĚRNÉ\nPraha 4. června 2026\n\n"
      "Věc: Plán výcviku záloh na 2. pololetí\nShrň mi hlavní body.",
      ["classified-marking", "official-document"], "DŮVĚRNÉ at the right end of the Č. j. line.")
    S("cs", "txt",
      "Zápis z porady vedení odboru ze dne 3. 6. 2026\n1. Rozpočet na opravy škol.\n2. Personální změny.\n\n"
      "Jen pro vnitřní potřebu",
      ["classified-marking"], "'Jen pro vnitřní potřebu' as the last line.")
    S("cs", "txt",
      "Utajovaná informace – stupeň utajení VYHRAZENÉ\n\nAnalýza zranitelností krajské sítě integrovaného záchranného systému.\n"
      "Přepiš do srozumitelné češtiny.",
      ["classified-marking"], "'stupeň utajení VYHRAZENÉ' without a colon in a top line.")
    S("cs", "txt",
      "Věc: Informace o průběhu vyšetřování (TAJNÉ)\n\nV příloze zasílám shrnutí. Prosím o zkrácení na půl strany.",
      ["classified-marking"], "(TAJNÉ) in parentheses at the end of the Věc line.")
    S("cs", "md",
      "# NEVEŘEJNÉ\n\n## Návrh rozpočtu kraje 2027 – pracovní verze\n\n- Doprava: 2,1 mld. Kč\n- Školství: 1,4 mld. Kč\n\nUdělej z toho tabulku.",
      ["classified-marking"], "NEVEŘEJNÉ as a markdown H1 heading.")
    rc9 = pos("national-id", "475812/123")
    assert rc_ok(rc9)
    S("cs", "txt",
      f"Žádost o starobní důchod: paní Marie Novotná, RČ {rc9}, trvale bytem Kolín. Napiš průvodní dopis.",
      ["national-id"], "9-digit rodné číslo (woman born 1947, before 1954) with slash.")
    while True:
        head = f"05{7 + 20:02d}14" + digits(3)
        r = int(head) % 11
        if r != 10:
            break
    rc20 = pos("national-id", head[:6] + "/" + head[6:] + str(r))
    assert rc_ok(rc20)
    S("cs", "txt",
      f"Přihláška na tábor: Jakub Černý, rodné číslo {rc20}, alergie žádné. Napiš potvrzení o přijetí.",
      ["national-id"], "Rodné číslo with the +20 month (man born 2005).")
    rc5 = rc_make(1979, 2, 23, False, slash=True)
    S("cs", "md",
      f"| Jméno | Rodné číslo | Oddělení |\n|---|---|---|\n| Tomáš Bureš | {rc5} | Účtárna |\n\nPřeveď tabulku do CSV.",
      ["national-id"], "Rodné číslo in a markdown table column.")
    fio = cz_account_pos(False, "2010")
    S("cs", "txt",
      f"Ahoj, za lístky na koncert mi pošli 1 800 Kč na {fio}, to je můj Fio účet. Díky! Přepiš to do SMS.",
      ["financial"], "Fio (2010) account in a chat.")
    ib = cz_iban_pos()
    S("cs", "txt",
      f"Údaje pro platbu ze zahraničí: příjemce Ivana Šimková, IBAN: {ib}, BIC: GIBACZPX. Přelož do angličtiny.",
      ["financial"], "CZ IBAN with BIC in payment details.")
    visa = card_pos("visa", " ")
    S("cs", "txt",
      f"Dobrý den, z mé karty {visa} byla stržena dvakrát stejná platba. Napište mi reklamaci pro banku.",
      ["financial"], "Visa number in a Czech complaint.")
    pwc1 = password("Lipa.Kvete7")
    S("cs", "txt",
      f"Kolegové, nové heslo zní: {pwc1} (platí pro sdílený účet spisové služby). Sepiš z toho formální e-mail.",
      ["credential"], "'nové heslo zní:' with a literal password.")
    pwc2 = password("Jaro2026!cz")
    S("cs", "md",
      f"| Systém | Uživatel | Heslo |\n|---|---|---|\n| Spisová služba | podatelna1 | {pwc2} |\n\nDoplň sloupec s popisem systému.",
      ["credential"], "Password in a markdown table column headed 'Heslo'.")
    # ================================================================ cs: warn
    S("cs", "txt",
      "Potvrzení o zaměstnání pro pana Radka Doležala, adresa trvalého pobytu: Husova 1187/12, 370 01 České Budějovice. Uprav formálně.",
      ["contact"], "Home address after 'adresa trvalého pobytu:'.")
    czm = cz_mobile().replace("+420 ", "")
    S("cs", "txt",
      f"S pozdravem\nMgr. Eva Pokorná\nodbor sociálních věcí\nmob.: {czm}\n\nZkrať podpis na dva řádky.",
      ["contact"], "Domestic mobile after 'mob.:' in a signature.")
    S("cs", "txt",
      "Pokud máte zájem o koťátka, pište paní Janě Králové na jana.kralova58@seznam.cz. Napiš inzerát.",
      ["contact"], "Personal seznam.cz address of a named person in the body.")
    S("cs", "txt",
      "Pan Ondřej Kubíček pobírá invalidní důchod kvůli roztroušené skleróze, proto žádá o úpravu pracovní doby. Napiš stanovisko.",
      ["sensitive-personal"], "Multiple sclerosis of a named person.")
    S("cs", "txt",
      "Paní Alena Marešová je svědkyně Jehovova a odmítá krevní transfuzi; napiš poznámku pro ošetřující tým.",
      ["sensitive-personal"], "Religion (Jehovah's Witness) of a named person.")
    S("cs", "txt",
      "MĚSTSKÝ ÚŘAD TÁBOR\nodbor výstavby\nNaše značka: OV/1234/2026\nVyřizuje: Ing. Pavel Hrubý\nV Táboře dne 4. 6. 2026\n\n"
      "Věc: Výzva k doplnění žádosti\nZjednoduš jazyk dopisu.",
      ["official-document"], "Municipal letter with 'Naše značka' and Vyřizuje.")
    S("cs", "txt",
      "Spisová služba neodpovídá: http://10.12.0.5:8080/spisova-sluzba/login. Jak to mám nahlásit?",
      ["infrastructure"], "Private 10/8 address in an internal URL.")
    # ================================================================ cs: hard negatives
    S("cs", "txt",
      "Napiš přání: s Petrem se důvěrně známe od gymnázia a vždycky se mi důvěrně svěřoval se vším.",
      [], "Hard negative: 'důvěrně' (closely, in confidence) in prose.")
    S("cs", "txt",
      "Pozvánka: v sobotu chystáme oslavu pro Pavla, ale psst, je to přísně tajné – je to překvapení! Udělej z toho vtipnou SMS.",
      [], "Hard negative: 'přísně tajné' in a party invitation sentence.")
    bad_acc = None
    while True:
        n = digits(10, "123456789")
        if not cz_part_ok(n):
            bad_acc = neg(n + "/0800", "account number fails the CZ weights", cz_account_ok)
            break
    S("cs", "txt",
      f"Banka mi vrátila platbu na {bad_acc} s chybou 'neplatné číslo účtu'. Co mám zkontrolovat?",
      [], "Hard negative: Czech account that fails the mod-11 weights.")
    S("cs", "txt",
      "Důležitá čísla pro rodiče: Linka bezpečí 116 111, záchranka 155, policie 158. Udělej plakát do školy.",
      [], "Hard negative: public help lines.")
    S("cs", "txt",
      "Poznámky k vydání: verze 3.12.4, sestavení 2026.06.01.2, opravena chyba tisku. Přepiš pro uživatele.",
      [], "Hard negative: version and build numbers.")
    S("cs", "txt",
      "Průvodce hradem: tajná chodba vede z kaple až do podhradí, prohlídka trvá 45 minut. Zkrať text na leták.",
      [], "Hard negative: 'tajná chodba' in a tourist guide.")
    S("cs", "txt",
      "VYHRAZENÁ TECHNICKÁ ZAŘÍZENÍ\nŠkolení obsluhy tlakových a plynových zařízení podle nové vyhlášky. Napiš pozvánku.",
      [], "Hard negative: 'VYHRAZENÁ TECHNICKÁ ZAŘÍZENÍ' (regulated equipment) heading.")
    S("cs", "txt",
      "Encyklopedické heslo: Karel IV. – český král a římský císař. Rozšiř heslo o dva odstavce.",
      [], "Hard negative: 'heslo' = encyclopedia entry, followed by a name.")
    S("cs", "txt",
      "Metadata dokumentu\nNázev: Výroční zpráva 2025\nStupeň utajení: Neutajované\nZpracoval: odbor komunikace\nPřepiš do odstavce.",
      [], "Hard negative: 'Stupeň utajení: Neutajované' (unclassified).")
    S("cs", "txt",
      "Tento e-mail a jeho přílohy jsou důvěrné a jsou určeny pouze adresátovi. Pokud jste jej obdrželi omylem, smažte jej. Zkrať tuto patičku.",
      [], "Hard negative: e-mail disclaimer with 'důvěrné'.")
    S("cs", "txt",
      "Zákon č. 412/2005 Sb. rozlišuje stupně utajení Přísně tajné, Tajné, Důvěrné a Vyhrazené. Vysvětli rozdíl studentům.",
      [], "Hard negative: law naming the levels in a sentence.")
    S("cs", "txt",
      "Obchodní podmínky e-shopu: IČO 27082440, sídlo Praha 4. Reklamace na tel. 800 123 456 (zdarma). Zkrať podmínky.",
      [], "Hard negative: company IČO and a toll-free line.")
    # ================================================================ en: block
    S("en", "txt",
      "NATO RESTRICTED\n\nAfter-action notes, exercise STEADFAST 26: communications failed twice in the northern sector.\nRewrite as a short memo.",
      ["classified-marking"], "NATO RESTRICTED banner on its own first line.")
    S("en", "txt",
      "RESTREINT UE/EU RESTRICTED\n\nDraft Council working party notes on sanctions listings, 3 June 2026.\nSummarise in five bullets.",
      ["classified-marking"], "EU classification banner RESTREINT UE/EU RESTRICTED.")
    S("en", "txt",
      "Q3 pricing strategy for the enterprise tier: raise list price by 8%, keep discounts capped at 20%.\n\nCompany Confidential – Do not distribute",
      ["classified-marking"], "'Company Confidential – Do not distribute' footer.")
    S("en", "eml",
      "Subject: HIGHLY CONFIDENTIAL - board pack for 12 June\n\nPlease find the board pack summary below; make it two paragraphs shorter.",
      ["classified-marking"], "HIGHLY CONFIDENTIAL at the start of a subject line.")
    S("en", "txt",
      "TLP: AMBER\nPhishing wave targeting municipal finance departments; indicators attached.\nTurn this into an advisory for our staff.",
      ["classified-marking"], "'TLP: AMBER' with a space after the colon.")
    body = "2221" + digits(11)
    mc2n = body + luhn_digit(body)
    mc2 = pos("financial", " ".join(mc2n[i:i + 4] for i in range(0, 16, 4)), luhn_ok)
    S("en", "txt",
      f"My corporate card {mc2} was declined abroad. Draft a message to the card issuer.",
      ["financial"], "Mastercard 2-series (2221) number.")
    fr = iban_pos("FR", "20041010050500013M02606")
    S("en", "txt",
      f"Please pay the deposit to Mr Julien Moreau, IBAN {fr}. Write a short confirmation e-mail.",
      ["financial"], "French IBAN of a person (27 characters, letters in the BBAN).")
    nl = iban_make("NL", "ABNA" + digits(10, "123456789"))
    assert iban_ok(nl)
    pos("financial", nl)
    S("en", "txt",
      f"refund to my account {nl} please, name S. de Vries. rewrite politely.",
      ["financial"], "Dutch IBAN without spaces in lower-case prose.")
    ss = ssn_make()
    S("en", "txt",
      f"Employee: Marcus Lee\nSS#: {ss}\nStart: 07/01/2026\nFormat this as an onboarding record.",
      ["national-id"], "SSN after 'SS#:'.")
    pr = password("p4ssW0rd-cache9")
    S("en", "md",
      f"```python\nr = redis.Redis.from_url(\"redis://:{pr}@cache01.example.com:6379/0\")\n```\nWhy do I get a timeout?",
      ["credential"], "Redis URL with an empty user and a literal password.")
    pj = password("Rep0rting!2026")
    S("en", "txt",
      f"jdbc:postgresql://db.example.com:5432/reports?user=report_app&password={pj}&ssl=true\nThe driver says SSL handshake failed. Help?",
      ["credential"], "JDBC URL with the password as a query parameter.")
    ec = pem_key("EC")
    S("en", "txt",
      f"Is this key in the right format for nginx?\n\n{ec}",
      ["credential"], "EC PRIVATE KEY PEM block.")
    ok = openai_key("legacy")
    S("en", "md",
      f"```python\nimport openai\nopenai.api_key = \"{ok}\"\n```\nWhy does this notebook cell fail with 401?",
      ["credential"], "Legacy OpenAI key (T3BlbkFJ) in a notebook cell.")
    pa = password("Ans1ble-bec0me")
    S("en", "txt",
      f"inventory/group_vars/web.yml:\nansible_user: deploy\nansible_become_pass: {pa}\n\nWhy does the play hang at 'Gathering Facts'?",
      ["credential"], "Ansible 'ansible_become_pass' with a literal value.")
    S("en", "txt",
      "Contact for the site visit: Derek Halvorsen, cell 415.628.3397. Draft the visitor instructions.",
      ["contact"], "US mobile with dots after 'cell'.")
    S("en", "txt",
      "HR note: Kevin Walsh is on probation following a DUI conviction in March. Draft a neutral note about his driving duties.",
      ["sensitive-personal"], "Probation/DUI conviction of a named employee.")
    S("en", "txt",
      "The pod cannot reach payments.svc.cluster.local (10.96.14.3). Explain how to debug the service DNS.",
      ["infrastructure"], "Kubernetes cluster.local host and a 10/8 address.")
    S("en", "txt",
      "Reminder: Priya Natarajan was diagnosed with type 1 diabetes and needs short breaks. Write a note for her shift lead.",
      ["sensitive-personal"], "Health condition of a named employee.")
    # ================================================================ en: hard negatives
    S("en", "txt",
      "Explain Azure Confidential Computing and confidential VMs to a non-technical audience in 150 words.",
      [], "Hard negative: 'Confidential Computing' product name.")
    S("en", "txt",
      "Docs: store the key in Secret Manager as projects/my-project/secrets/api-key/versions/latest and read it at runtime. Rewrite for beginners.",
      [], "Hard negative: Secret Manager resource path, no secret.")
    S("en", "txt",
      "TOP SECRET MISSION: Emma's 8th birthday! Meet at the park at 3 pm, bring a torch. Make the invitation rhyme.",
      [], "Hard negative: 'TOP SECRET MISSION' in a child's party invitation.")
    S("en", "txt",
      "Release notes: Chrome 126.0.6478.127 fixes a crash; our add-on 4.2.19 supports it. Summarise for the helpdesk.",
      [], "Hard negative: 4-part version numbers that are no IP addresses.")
    S("en", "txt",
      "Our docs use 203.0.113.7 and 198.51.100.24 as example addresses (RFC 5737). Explain why these ranges exist.",
      [], "Hard negative: documentation IP ranges.")
    S("en", "txt",
      "This email was classified as spam by the filter; the restricted mode on YouTube is also on. Explain both settings.",
      [], "Hard negative: 'classified as spam', 'restricted mode'.")
    S("en", "txt",
      "Leaflet: For external use only. Keep out of reach of children. Store below 25 °C. Simplify for a poster.",
      [], "Hard negative: 'For external use only' on a product leaflet.")
    S("en", "txt",
      "The token looks like eyJhbGciOi... followed by two more dot-separated parts; never paste a real one. Explain what a JWT contains.",
      [], "Hard negative: truncated JWT prefix in an explanation.")
    S("en", "txt",
      "Generate an SSH key with ssh-keygen -t ed25519; the private key is saved to ~/.ssh/id_ed25519. Explain each step.",
      [], "Hard negative: mentions a private key path, no key.")
    S("en", "txt",
      "In an emergency call 911; for the flower order call 1-800-FLOWERS. Put both in a fridge note.",
      [], "Hard negative: emergency and vanity toll-free numbers.")
    # ================================================================ mixed
    cm = cccd_make("079", 1987, False)
    S("mixed", "eml",
      "Subject: Visa invitation\n\nDear Ms Tanaka,\nPlease find our delegate's details: Mr Võ Thành Nhân, "
      f"ID card (CCCD) No. {cm}, born 1987.\nTrân trọng,\nPhòng Hợp tác quốc tế",
      ["national-id"], "CCCD with an English label in a bilingual e-mail (079 male 1987).")
    pm = password("Xuan2026@vp")
    S("mixed", "txt",
      f"[Teams] Linh: anh ơi wifi phòng họp lớn đổi rồi nhé\n[Teams] Linh: SSID VP-Meeting, pwd: {pm}\n[Teams] Mark: thanks!",
      ["credential"], "'pwd:' in a bilingual chat.")
    S("mixed", "txt",
      "Please translate: 'Mô hình này không phổ biến' and 'giữ bí mật tuyệt đối với khách hàng' into English for the brochure.",
      [], "Hard negative: everyday Vietnamese phrases with phổ biến and bí mật.")
    S("mixed", "txt",
      "Glossary for interpreters: Stupeň utajení = classification level; Neutajované = unclassified; Độ mật = classification.",
      [], "Hard negative: glossary naming field labels without a value.")
    ROUND_TAG = ""


# Written AFTER the round-7 fixes (not blind): variants of the fixed families, to check the fixes are general
# (other banks, other columns, other tags), plus look-alikes that the new rules must leave alone.
def round7b():
    global ROUND_TAG
    ROUND_TAG = "r7b"
    _round_counters.clear()
    S("vi", "txt",
      "BỘ TÀI CHÍNH\nSố: 12/KH-BTC\t\tMẬT\t\tHà Nội, ngày 3 tháng 6 năm 2026\nKẾ HOẠCH\nkiểm tra việc quản lý tài sản công\nTóm tắt giúp tôi.",
      ["classified-marking", "official-document"], "Post-fix variant: MẬT between number and date, tab gaps.")
    S("vi", "txt",
      "Copy từ Excel:\nTrích yếu\tPhương án tổ chức lại bộ máy\nĐộ Mật\tTối mật\nViết thành đoạn văn.",
      ["classified-marking"], "Post-fix variant: title-case 'Độ Mật<TAB>Tối mật' row.")
    S("vi", "md",
      "Đổi HTML sang văn bản:\n<table>\n<tr>\n<td align=\"right\"><strong>TUYỆT MẬT</strong></td>\n</tr>\n</table>\n<p>Kế hoạch bảo vệ mục tiêu trọng điểm.</p>",
      ["classified-marking"], "Post-fix variant: stamp alone in an HTML table cell line.")
    S("vi", "txt",
      "Tiêu đề: Kế hoạch tiếp công dân đột xuất tháng 7 [MẬT]\nNhờ bạn viết lại phần mục đích.",
      ["classified-marking"], "Post-fix variant: [MẬT] closing a 'Tiêu đề:' line.")
    b1 = pos("national-id", "0188" + digits(6, "123456789"))
    m1 = vn_mobile("plain")
    S("vi", "txt",
      f"Họ tên\tNgày sinh\tSố sổ BHXH\tSĐT\nHà Văn Lộc\t12/03/1979\t{b1}\t{m1}\nChuẩn hóa giúp bảng này.",
      ["national-id", "contact"], "Post-fix variant: BHXH number in a tab-separated row next to a date and a mobile.")
    m2 = vn_mobile("plain")
    a2 = pos("financial", "1903" + digits(10))
    S("vi", "txt",
      f"Họ tên\tSĐT\tSố tài khoản\tNgân hàng\nLê Thu Trang\t{m2}\t{a2}\tTechcombank\nSắp xếp theo tên.",
      ["financial", "contact"], "Post-fix variant: account in a tab-separated row right after a mobile.")
    mst3 = mst_personal("03")
    S("vi", "txt",
      f"Họ tên\tMã số thuế cá nhân\tGhi chú\nNguyễn Văn An, phòng kế hoạch tài chính\t{mst3}\tđã quyết toán\nKiểm tra giúp.",
      ["financial"], "Post-fix variant: personal MST in a tab-separated row far from its header word.")
    pw8 = password("An@12345")
    S("vi", "csv",
      f"ho_ten,email_cong_vu,mat_khau\nNguyen Van An,an.nv,{pw8}\n",
      ["credential"], "Post-fix variant: snake_case mat_khau column in a CSV.")
    stk9 = pos("financial", "10" + digits(10))
    S("vi", "txt",
      f"STK {stk9} - CTG - TRAN VAN BINH, anh chuyển giúp em tiền cọc nhé.",
      ["financial"], "Post-fix variant: account with the VietinBank ticker CTG.")
    S("cs", "txt",
      "Předmět: Zpráva o kontrole bezpečnosti serverovny (DŮVĚRNÉ)\n\nShrň hlavní zjištění.",
      ["classified-marking"], "Post-fix variant: (DŮVĚRNÉ) closing a Předmět line.")
    S("cs", "txt",
      "KRAJSKÝ ÚŘAD JIHOČESKÉHO KRAJE\nČ.j.: KUJCK 12345/2026\tTAJNÉ\nV Českých Budějovicích dne 2. 6. 2026\nPřepiš úvod.",
      ["classified-marking", "official-document"], "Post-fix variant: TAJNÉ after a tab on the Č.j. line.")
    pwc = password("Brno#Sklad42")
    S("cs", "txt",
      f"heslo do datové schránky zní {pwc}, prosím neposílej ho dál. Napiš to formálněji.",
      ["credential"], "Post-fix variant: 'heslo do … zní' without a colon.")
    # look-alikes the new rules must leave alone
    S("vi", "md",
      "Trang sản phẩm:\n<p><b>MẬT ONG RỪNG</b></p>\n<p>Giá 250.000đ/lít</p>\nViết mô tả ngắn.",
      [], "Hard negative: MẬT ONG inside HTML tags.")
    S("vi", "txt",
      "Tạp chí Điện ảnh\nSố 5/2026\n\n            Tối mật\n\nBộ phim hành động mở màn mùa hè. Viết tóm tắt phim.",
      [], "Hard negative: a film title 'Tối mật' centred under a magazine issue number.")
    S("vi", "txt",
      "Tên\tVai trò\tMật khẩu\nAn\tQuản trị\t(đã gửi qua SMS)\nViết lại thành danh sách.",
      [], "Hard negative: password column without a password.")
    S("en", "txt",
      "Mark it confidential - do not distribute it before Monday, and keep the file on the team drive. Rewrite politely.",
      [], "Hard negative: 'confidential - do not distribute' inside a sentence.")
    S("en", "txt",
      "Create an app password (it looks like xxxx xxxx xxxx xxxx) and paste it into the mail client. Explain why.",
      [], "Hard negative: app-password placeholder.")
    S("cs", "txt",
      "Stupeň utajení TAJNÉ, DŮVĚRNÉ nebo VYHRAZENÉ určuje původce informace. Vysvětli studentům.",
      [], "Hard negative: levels listed after 'Stupeň utajení' in training text.")
    ROUND_TAG = ""


# ================================================================================================ ROUND 8
# Blind round 8 (written before any rule change, scored, then fixed): long ChatGPT-style prompts with the stamp
# below the instructions, closing "thuộc độ Mật" sentences, a stamp right above "Nơi nhận:", one-word-per-line and
# broken-diacritic PDF text, VNI leftovers, lower-case Telex fields, JSON exports, Wi-Fi QR strings, vertical login
# forms, phpMyAdmin configs, CCCD in Vietnamese number format; Czech court/payroll/insurance texts, "utajované
# informace stupně", "Určeno pouze pro vnitřní potřebu"; many more credential providers, sensitivity labels, UK NINO;
# and hard negatives: colloquial "chuyện mật"/"tối mật", court news counting "độ Mật" documents, Decree 26 text on
# envelopes, stock tickers next to long numbers, budget figures in dotted format, blank templates, public keys,
# Stripe's documented test key, "Classification: Public".
def round8():
    global ROUND_TAG
    ROUND_TAG = "r8"
    _round_counters.clear()
    # ================================================================ vi: block, markings
    S("vi", "txt",
      "Bạn là chuyên viên pháp chế có kinh nghiệm. Nhiệm vụ của bạn:\n"
      "1. Đọc kỹ văn bản bên dưới.\n"
      "2. Tóm tắt các sai phạm chính thành bảng (sai phạm – trách nhiệm – kiến nghị).\n"
      "3. Viết lại phần kiến nghị cho ngắn gọn, giữ nguyên số liệu.\n"
      "4. Không bịa thêm thông tin.\n"
      "5. Trả lời bằng tiếng Việt, văn phong hành chính.\n\n"
      "Văn bản:\n\n"
      "THANH TRA TỈNH THANH HÓA              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "                                        Độc lập - Tự do - Hạnh phúc\n"
      "Số: 27/KL-TTr                      Thanh Hóa, ngày 16 tháng 6 năm 2026\n"
      "                MẬT\n\n"
      "KẾT LUẬN THANH TRA\n"
      "Về việc quản lý, sử dụng vốn đầu tư xây dựng cơ bản tại Ban Quản lý dự án huyện Nông Cống\n\n"
      "1. Giá trị khối lượng nghiệm thu khống: 2.418.560.000 đồng.\n"
      "2. Chi sai định mức tư vấn giám sát: 386.200.000 đồng.\n"
      "3. Kiến nghị thu hồi nộp ngân sách nhà nước: 2.804.760.000 đồng.",
      ["classified-marking", "official-document"],
      "Long role-play prompt (8 lines) before an inspection conclusion; MẬT under the number line at line 12.")
    S("vi", "txt",
      "ĐẢNG ỦY XÃ YÊN PHONG\nCHI BỘ THÔN ĐÔNG\n"
      "Số: 03/BB-CB\n\n"
      "BIÊN BẢN\nHọp Chi bộ thường kỳ tháng 6 năm 2026\n\n"
      "Thời gian: 19 giờ 30, ngày 10/6/2026. Có mặt 23/25 đảng viên.\n"
      "Nội dung: thông qua danh sách quần chúng ưu tú đề nghị kết nạp; rà soát đảng viên chưa đóng đảng phí.\n"
      "Biên bản kết thúc lúc 21 giờ 15 cùng ngày, được lập thành 03 bản, thuộc độ Mật.\n\n"
      "Chuyển biên bản trên thành nghị quyết chi bộ giúp tôi.",
      ["classified-marking", "official-document"],
      "Closing sentence 'được lập thành 03 bản, thuộc độ Mật' marks the minutes themselves; Số …/BB-CB header.")
    S("vi", "eml",
      "From: Đỗ Minh Tâm <tam.dm@vpub.thaibinh.gov.vn>\n"
      "To: Nguyễn Văn Toàn <toan.nv@vpub.thaibinh.gov.vn>\n"
      "Subject: Fwd: Tài liệu phục vụ họp Ban Cán sự\n\n"
      "Anh Toàn, em chuyển tiếp tài liệu bên dưới, anh nhờ ChatGPT rút gọn giúp em thành 1 trang nhé.\n\n"
      "---------- Forwarded message ---------\n"
      "Từ: Văn phòng UBND tỉnh\n"
      "Ngày: Thứ Hai, 15/6/2026\n\n"
      "ĐỀ ÁN SẮP XẾP CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP THUỘC UBND TỈNH\n"
      "(Tài liệu không phổ biến)\n\n"
      "Phần I. Sự cần thiết: số đơn vị sự nghiệp tự chủ một phần còn chiếm 68%...",
      ["classified-marking", "contact"],
      "Forwarded e-mail: '(Tài liệu không phổ biến)' under the title of the forwarded document; staff in headers.")
    S("vi", "txt",
      "Mình copy từ file PDF, chữ bị xuống dòng lung tung, bạn ghép lại giúp:\n\n"
      "ỦY\nBAN\nNHÂN\nDÂN\nTỈNH\nLẠNG\nSƠN\n"
      "Số:\n156/BC-UBND\n"
      "TỐI\nMẬT\n"
      "BÁO\nCÁO\n"
      "Tình\nhình\nbiên\ngiới\nvà\ncông\ntác\nphòng\nchống\nbuôn\nlậu\nquý\nII",
      ["classified-marking", "official-document"], "PDF text with one word per line: the stamp reads 'TỐI\\nMẬT'.")
    S("vi", "txt",
      "Văn bản chuyển từ PDF sang Word bị vỡ chữ, sửa chính tả giúp mình:\n\n"
      "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
      "Số: 2 31/TTr-BNNMT\n"
      "TỐ I MẬ T\n\n"
      "TỜ TRÌ NH\n"
      "Về việ c điề u chỉ nh quy hoạ ch rừ ng phò ng hộ đầ u nguồ n",
      ["classified-marking", "official-document"],
      "PDF-to-Word damage: stray spaces inside words, the stamp reads 'TỐ I MẬ T'.")
    S("vi", "txt",
      "Máy cơ quan cài VNI mà không bật bộ gõ, bạn chuyển giúp sang tiếng Việt có dấu:\n\n"
      "TUYE65T MA65T\n"
      "Ke61 hoa5ch ba3o ve65 ca1c mu5c tie6u tro5ng ye61u dip le64 Quo61c kha1nh 2/9",
      ["classified-marking"], "Stamp typed in VNI with the IME off (TUYE65T MA65T) on its own line.")
    S("vi", "txt",
      "bo go bi tat, ban sua giup:\n"
      "Trich yeeus: Phuwowng ans nhaan suwj Ban Thuwowngf vuj nhieemj kyf 2026-2031\n"
      "Ddooj maatj: Toois maatj\n"
      "Ddooj khaanr: Khaanr",
      ["classified-marking"], "Lower-case Telex leftovers in a metadata block: 'Ddooj maatj: Toois maatj'.")
    S("vi", "md",
      "Đây là JSON xuất từ hệ thống quản lý văn bản, bạn viết giúp hàm Python đọc các trường này:\n\n"
      "```json\n"
      "{\n"
      "  \"so_ky_hieu\": \"215/BC-STTTT\",\n"
      "  \"trich_yeu\": \"Báo cáo sự cố mất an toàn thông tin tại Cổng dịch vụ công tỉnh\",\n"
      "  \"do_mat\": \"Mật\",\n"
      "  \"do_khan\": \"Thường\",\n"
      "  \"nguoi_ky\": \"Phó Giám đốc\"\n"
      "}\n```",
      ["classified-marking"], "JSON export: \"do_mat\": \"Mật\" is the level field of a real record.")
    S("vi", "txt",
      "UBND HUYỆN TIÊN DU\nPHÒNG NỘI VỤ\nSố: 64/BC-PNV\n\n"
      "BÁO CÁO\nKết quả rà soát hồ sơ cán bộ, công chức cấp xã năm 2026\n\n"
      "1. Số hồ sơ đã rà soát: 412; số hồ sơ có sai lệch ngày sinh: 17.\n"
      "2. Đề nghị UBND huyện chỉ đạo xử lý dứt điểm trước 30/7/2026.\n\n"
      "MẬT\n"
      "Nơi nhận:\n- UBND huyện;\n- Lưu: VT, PNV.\n\n"
      "Viết lại báo cáo này thành email gửi lãnh đạo.",
      ["classified-marking", "official-document"], "OCR order: the red MẬT stamp lands just above 'Nơi nhận:'.")
    S("vi", "md",
      "Format lại giúp mình văn bản trong khung code, giữ nguyên nội dung:\n\n"
      "```\n"
      "UBND TỈNH HÀ NAM\n"
      "Số: 18/TB-UBND\n\n"
      "                      MẬT\n\n"
      "THÔNG BÁO\n"
      "Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Tài chính\n"
      "```",
      ["classified-marking", "official-document"], "Stamp inside a markdown code fence with a number line.")
    S("vi", "txt",
      "Dịch sang tiếng Anh giúp tôi công văn sau:\n\n"
      "SỞ TƯ PHÁP TỈNH NGHỆ AN\n"
      "Số: 1452/STP-VP\n"
      "V/v cung cấp thông tin phục vụ xác minh\n\n"
      "TUYỆT MẬT\n\n"
      "Kính gửi: Công an tỉnh Nghệ An\n\n"
      "Sở Tư pháp nhận được Công văn số 812/CAT-PA09 ngày 02/6/2026 đề nghị cung cấp hồ sơ lý lịch tư pháp...",
      ["classified-marking", "official-document"], "TUYỆT MẬT between the V/v line and 'Kính gửi:' of a công văn.")
    S("vi", "txt",
      "BẢN TIN NỘI BỘ CÔNG ĐOÀN NGÀNH GIÁO DỤC\nSố 6 - tháng 6/2026\n\n"
      "Tin hoạt động: tổng kết phong trào thi đua dạy tốt - học tốt; kế hoạch tham quan hè cho đoàn viên.\n\n"
      "Trang 2/4 – Lưu hành nội bộ\n\n"
      "Biên tập lại phần tin hoạt động cho hấp dẫn hơn.",
      ["classified-marking"], "Page footer 'Trang 2/4 – Lưu hành nội bộ'.")
    S("mixed", "txt",
      "Please translate the following into English. Keep the layout, and keep the header and stamp lines as they are.\n"
      "I will paste it in full; there are two parts, the header and the opening section.\n\n"
      "ĐẢNG BỘ TỈNH QUẢNG NINH\nBAN TỔ CHỨC TỈNH ỦY\n*\nSố 211-TTr/BTCTU\n"
      "Hạ Long, ngày 12 tháng 6 năm 2026\n\n"
      "TỜ TRÌNH\nvề phương án nhân sự Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2026-2031\n\n"
      "Thực hiện Kế hoạch số 14-KH/TU của Ban Thường vụ Tỉnh ủy...\n"
      "                                                       TỐI MẬT\n",
      ["classified-marking", "official-document"],
      "English instruction around a Party tờ trình; TỐI MẬT right-aligned on the last line.")
    # ================================================================ vi: block, identifiers, money, credentials
    c1 = cccd_make("037", 1988, False)
    m1 = vn_mobile("plain")
    S("vi", "txt",
      "ĐƠN KHIẾU NẠI\n(V/v bồi thường khi thu hồi đất)\n\n"
      "Kính gửi: Chủ tịch UBND huyện Yên Mô\n\n"
      f"Tôi tên là: Phạm Văn Đoàn, sinh năm 1988, số CCCD: {c1[:3]}.{c1[3:6]}.{c1[6:9]}.{c1[9:]}, "
      "hộ khẩu thường trú: xóm 4, xã Yên Phong, huyện Yên Mô, tỉnh Ninh Bình. "
      f"Điện thoại: {m1}.\n"
      "Tôi khiếu nại Quyết định số 1186/QĐ-UBND ngày 20/4/2026 về việc bồi thường 1.045,6 m² đất nông nghiệp...\n\n"
      "Nhờ bạn sửa lại đơn cho đúng thể thức.",
      ["national-id", "contact"], "Complaint: CCCD written in Vietnamese number format 3.3.3.3 with dots (037 male 1988).")
    c2 = cccd_make("034", 1975, False)
    c3 = cccd_make("036", 1983, True)
    c4 = cccd_make("030", 1990, True)
    m2, m3, m4 = vn_mobile("dots"), vn_mobile("plain"), vn_mobile("spaces")
    S("vi", "txt",
      "LÝ LỊCH TRÍCH NGANG\nNhân sự dự kiến quy hoạch chức danh Trưởng phòng giai đoạn 2026-2031\n\n"
      f"1. Trần Quốc Hưng, sinh ngày 03/02/1975; quê quán: xã Vũ Thư, tỉnh Thái Bình; CCCD: {c2}; ĐT: {m2}; "
      "trình độ: Thạc sĩ Quản lý công; vào Đảng: 12/5/2001.\n"
      f"2. Vũ Thị Lan Anh, sinh ngày 27/9/1983; quê quán: xã Hải Hậu, tỉnh Nam Định; CCCD: {c3}; ĐT: {m3}; "
      "trình độ: Cử nhân Luật; vào Đảng: 19/8/2008.\n"
      f"3. Lê Thị Hằng, sinh ngày 11/11/1990; quê quán: xã Kim Thành, tỉnh Hải Dương; CCCD: {c4}; ĐT: {m4}.\n\n"
      "Viết giúp phần nhận xét chung về cơ cấu độ tuổi.",
      ["national-id", "contact"], "Personnel summary: birth dates, home towns, CCCD and mobiles of three officials.")
    a1, a2, a3 = vn_account(13), vn_account(12), vn_account(14)
    S("vi", "txt",
      "Trích bảng lương tháng 6/2026 - Phòng Tài chính - Kế hoạch\n\n"
      "STT  Họ và tên            Hệ số   Thực lĩnh (đồng)   Số tài khoản      Ngân hàng\n"
      f"1    Nguyễn Thị Thu Hà    4,98    12.845.300         {a1}     Vietcombank\n"
      f"2    Đặng Văn Sơn         3,66     9.432.100         {a2}      BIDV\n"
      f"3    Mai Thanh Tùng       2,67     7.118.900         {a3}    Agribank\n\n"
      "Tính giúp tổng thực lĩnh và viết thành tờ trình chi lương.",
      ["financial"], "Payroll extract in space-aligned columns: accounts with bank names, amounts in 1.234.567 format.")
    pw1 = password("Vt@2026#")
    S("vi", "txt",
      "Ảnh chụp màn hình đăng nhập mình OCR ra thế này, bạn viết hướng dẫn cho nhân viên mới giúp:\n\n"
      "CỔNG THÔNG TIN ĐIỆN TỬ - TRANG QUẢN TRỊ\n"
      "Tên đăng nhập\n"
      "vt.hanhchinh\n"
      "Mật khẩu\n"
      f"{pw1}\n"
      "[ Đăng nhập ]",
      ["credential"], "Vertical login form from OCR: 'Mật khẩu' on one line, the password on the next.")
    pw2 = password("Kt2026@@")
    S("vi", "txt",
      f"[Zalo] Chị Hương KT: e ơi gửi a Tuấn acc phần mềm thuế nhé: user ketoan02 pass {pw2}\n"
      "[Zalo] Ngọc: dạ vâng ạ",
      ["credential"], "'user X pass Y' in a chat without colons.")
    pw3 = password("Hop@2026")
    S("vi", "txt",
      "Mã QR wifi phòng họp đọc ra chuỗi này, bạn giải thích từng phần giúp mình:\n"
      f"WIFI:S:PhongHop_T5;T:WPA;P:{pw3};;",
      ["credential"], "Wi-Fi QR payload: the password is the P: field.")
    pw4 = password("Qlvb@2026")
    S("vi", "md",
      "File config.inc.php của phpMyAdmin trên máy chủ văn thư, vì sao không đăng nhập được?\n\n"
      "```php\n"
      "$cfg['Servers'][$i]['host'] = 'localhost';\n"
      "$cfg['Servers'][$i]['user'] = 'qlvb';\n"
      f"$cfg['Servers'][$i]['password'] = '{pw4}';\n"
      "$cfg['Servers'][$i]['auth_type'] = 'config';\n"
      "```",
      ["credential"], "PHP array config with a literal password.")
    pw5 = password("Camera@123")
    S("vi", "txt",
      f"Đầu ghi camera cơ quan ở 192.168.1.108, tài khoản admin mật khẩu {pw5}, "
      "giờ xem từ xa không được. Hướng dẫn mình cấu hình NAT.",
      ["credential", "infrastructure"], "'mật khẩu' directly followed by the value (no colon, no 'là'); private IP.")
    hc = pos("national-id", "C" + digits(7, "123456789"))
    S("vi", "txt",
      "Danh sách cán bộ đi học tập kinh nghiệm tại Hàn Quốc:\n"
      f"- Hoàng Minh Châu, Phó Chánh Văn phòng; ngày sinh 14/7/1980; Số hộ chiếu: {hc}; hết hạn 21/3/2033.\n"
      "Soạn giúp công văn gửi Đại sứ quán.",
      ["national-id"], "'Số hộ chiếu:' with the new letter C + 7 digits format.")
    bhxh = pos("national-id", "01" + digits(8))
    S("vi", "txt",
      f"Bà Lò Thị Xuân, mã số BHXH {bhxh}, nghỉ thai sản từ 01/6/2026. "
      "Soạn giúp giấy đề nghị hưởng chế độ thai sản gửi BHXH huyện.",
      ["national-id", "sensitive-personal"], "'mã số BHXH' in prose; pregnancy of a named person.")
    mst = mst_personal("80")
    S("vi", "txt",
      "Quyết toán thuế TNCN năm 2025:\n"
      f"Người nộp thuế: Trịnh Văn Khải - MST: {mst}\n"
      "Người phụ thuộc: 02 (con dưới 18 tuổi)\n"
      "Tổng thu nhập chịu thuế: 412.560.000 đồng\n"
      "Tính giúp số thuế còn phải nộp.",
      ["financial"], "Personal tax code (valid check digit) of a named tax payer on a finalisation.")
    card = napas_card("970418", "")
    S("vi", "txt",
      f"ad ơi số thẻ ATM của e là {card}, sáng nay rút tiền bị nuốt thẻ ở cây ATM Cầu Giấy, viết giúp e đơn đề nghị trả thẻ",
      ["financial"], "Napas card without separators after 'số thẻ ATM' in a chat.")
    a4 = vn_account(12)
    S("vi", "txt",
      "Thông tin chuyển khoản đóng góp quỹ khuyến học:\n"
      f"Ngân hàng: MB - STK: {a4} - Chủ TK: NGUYEN THI HOA\n"
      "Soạn giúp thư cảm ơn các nhà hảo tâm.",
      ["financial"], "VietQR-style line: bank abbreviation MB before the account.")
    # ================================================================ vi: warn
    S("vi", "txt",
      "ĐẢNG BỘ SỞ TƯ PHÁP\nCHI BỘ PHÒNG HÀNH CHÍNH TƯ PHÁP\n*\nSố 08-BC/CB\n\n"
      "BÁO CÁO\nKiểm điểm tập thể chi bộ năm 2026\n\n"
      "Trong năm, chi bộ có 01 đảng viên bị xử lý kỷ luật bằng hình thức khiển trách (đồng chí Nguyễn Thị Thắm) "
      "do vi phạm quy định về những điều đảng viên không được làm.\n\n"
      "Tóm tắt giúp ưu điểm và hạn chế.",
      ["official-document", "sensitive-personal"], "Party cell report (Số 08-BC/CB) naming a member's reprimand.")
    S("vi", "txt",
      "ỦY BAN KIỂM TRA HUYỆN ỦY\n*\nSố 45-QĐ/UBKTHU\n\n"
      "QUYẾT ĐỊNH\nthi hành kỷ luật đảng viên\n\n"
      "Điều 1. Thi hành kỷ luật bằng hình thức cảnh cáo đối với đồng chí Trần Văn Hùng, đảng viên Chi bộ "
      "Phòng Tài nguyên và Môi trường, vì đã vi phạm trong việc thẩm định hồ sơ cấp giấy chứng nhận.\n\n"
      "Viết lại Điều 1 cho chặt chẽ.",
      ["official-document", "sensitive-personal"], "Party discipline decision (Số …-QĐ/UBKTHU) naming the member.")
    S("vi", "txt",
      "Phiếu nhận xét, đánh giá cán bộ (dự thảo):\n"
      "Đồng chí Lê Văn Tám, chuyên viên chính: thời gian qua có biểu hiện suy thoái về tư tưởng chính trị, "
      "nhiều lần phát ngôn trái quan điểm của Đảng trên mạng xã hội.\n"
      "Viết lại nhận xét cho khách quan hơn.",
      ["sensitive-personal"], "Political views of a named official in an appraisal.")
    S("vi", "txt",
      "SỞ Y TẾ TỈNH PHÚ THỌ\nSố: 09/BB-SYT\n\n"
      "BIÊN BẢN HỌP\nPhòng Tổ chức cán bộ, ngày 05/6/2026\n\n"
      "- Đồng chí Phạm Thị Hoa xin nghỉ từ 15/6 để điều trị ung thư vú giai đoạn 2 tại Bệnh viện K.\n"
      "- Phân công đồng chí Đinh Văn Lâm tạm thời phụ trách mảng thi đua.\n\n"
      "Tóm tắt biên bản thành 3 ý.",
      ["official-document", "sensitive-personal"], "Minutes with a number line; cancer treatment of a named official.")
    m5 = vn_mobile("spaces")
    S("vi", "txt",
      f"Chiều nay 15h họp giao ban, ai chưa nhận được giấy mời thì liên hệ đ/c Hòa ({m5}). "
      "Viết lại thông báo này cho trang trọng.",
      ["contact"], "Mobile of a named colleague in parentheses after 'đ/c'.")
    # ================================================================ vi: pass, hard negatives
    S("vi", "txt",
      "Viết giúp mình đoạn mở đầu bài thuyết trình lịch sử:\n"
      "Đêm 30/4/1975, các mũi tiến công nhận được mật lệnh từ Bộ Chỉ huy chiến dịch; "
      "quân ta mật phục ở ven đô từ chiều hôm trước.",
      [], "Hard negative: mật lệnh, mật phục in a history text.")
    S("vi", "txt",
      "Team ơi, kế hoạch tối mật: thứ 6 này tổ chức sinh nhật bất ngờ cho sếp Dũng lúc 16h30 ở phòng họp tầng 3. "
      "Ai cũng góp 100.000đ nhé. Viết giúp mình tin nhắn rủ mọi người cho vui.",
      [], "Hard negative: colloquial lower-case 'tối mật' (a surprise party).")
    S("vi", "txt",
      "Chuyện này là chuyện mật của hai đứa mình thôi nhé, đừng kể với ai. "
      "Viết lại câu này cho dễ thương hơn để gửi bạn thân.",
      [], "Hard negative: colloquial 'chuyện mật' (a private matter between friends).")
    S("vi", "txt",
      "Tóm tắt bản tin pháp luật:\n"
      "TAND tỉnh X xét xử bị cáo Nguyễn Văn K. (SN 1979, nguyên chuyên viên) về tội cố ý làm lộ bí mật nhà nước. "
      "Theo cáo trạng, bị cáo đã chụp 12 tài liệu độ Mật và 3 tài liệu độ Tối mật rồi gửi qua ứng dụng nhắn tin. "
      "Hội đồng xét xử tuyên phạt 5 năm tù.",
      [], "Hard negative: court news counting 'độ Mật' and 'độ Tối mật' documents (public news about a trial).")
    S("vi", "txt",
      "Giải thích giúp quy định sau cho nhân viên văn thư:\n"
      "\"Tài liệu bí mật nhà nước độ Tuyệt mật phải được làm bì riêng... Bì trong ghi rõ số, ký hiệu của tài liệu, "
      "tên người nhận, đóng dấu độ mật; trường hợp gửi đích danh người có trách nhiệm giải quyết thì đóng dấu "
      "\"Chỉ người có tên mới được bóc bì\". Bì ngoài ghi như gửi tài liệu thường, đóng dấu ký hiệu chữ \"A\".\"",
      [], "Hard negative: Decree 26/2020 text quoting the envelope stamp inside a sentence.")
    S("vi", "txt",
      "Tóm tắt giúp các mức phạt trong quy định sau:\n"
      "Theo Luật An ninh mạng số 24/2018/QH14 và Nghị định 13/2023/NĐ-CP (nay được thay thế bởi Nghị định "
      "356/2025/NĐ-CP), tổ chức vi phạm quy định về bảo vệ dữ liệu cá nhân có thể bị phạt đến 100.000.000 đồng; "
      "trường hợp mua bán dữ liệu, mức phạt có thể lên tới 5% doanh thu năm liền trước.",
      [], "Hard negative: public laws and decrees cited in prose with amounts in 1.234.567 format.")
    S("vi", "txt",
      "Báo cáo nhanh tình hình lao động, tiền lương quý II/2026 (số liệu tổng hợp):\n"
      "- Tổng số lao động: 1.536 người; tổng quỹ lương: 18.437.962.500 đồng.\n"
      "- Thu nhập bình quân: 12.003.882 đồng/người/tháng; tăng 6,4% so với cùng kỳ.\n"
      "Viết thành đoạn nhận xét.",
      [], "Plain negative: aggregated payroll figures without any person.")
    S("vi", "txt",
      "Bảng dự toán ngân sách (đơn vị: đồng):\n"
      "Chi đầu tư phát triển\t1.036.195.001.234\n"
      "Chi thường xuyên\t2.184.560.778.000\n"
      "Dự phòng ngân sách\t79.088.120.450\n"
      "Vẽ giúp biểu đồ tròn cơ cấu chi.",
      [], "Hard negative: budget amounts in dotted format whose digits look like a CCCD (no ID word).")
    S("vi", "txt",
      "Cổ phiếu ngân hàng phiên 16/6: VCB đóng cửa 92.500 đồng, khối lượng khớp lệnh 1.245.678.900 cổ phiếu; "
      "TCB 24.350 đồng, khối lượng 3.456.789.120; BIDV giảm 0,8%. Viết bản tin chứng khoán ngắn.",
      [], "Hard negative: bank tickers next to long traded-volume figures (no account).")
    S("vi", "txt",
      "Thêm giúp thông tin sách vào danh mục thư viện:\n"
      "Tên sách: Giáo trình Luật Hành chính Việt Nam\n"
      "ISBN: 978-604-57-8421-3\n"
      "Mã đơn hàng Tiki: 812345678901\n"
      "Giá bìa: 185.000đ",
      [], "Hard negative: ISBN and a shop order number.")
    S("vi", "txt",
      "Viết mô tả sản phẩm:\nMẬT HOA DỪA NGUYÊN CHẤT\nDung tích 250ml - giá 95.000đ\n"
      "Chiết xuất từ mật hoa dừa Bến Tre, thay thế đường trắng.",
      [], "Hard negative: MẬT HOA DỪA (coconut nectar) product heading in capitals.")
    S("vi", "txt",
      "môn kinh tế vĩ mô e pass rồi nha mẹ, được 7.5 điểm. mẹ viết giúp con lời cảm ơn cô giáo với",
      [], "Hard negative: 'pass' = passed an exam.")
    S("vi", "txt",
      "Mẫu số 02 (ban hành kèm theo Nghị định số 30/2020/NĐ-CP)\n\n"
      "TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN\nTÊN CƠ QUAN, TỔ CHỨC BAN HÀNH VĂN BẢN\n"
      "Số: …/QĐ-…\n\n"
      "QUYẾT ĐỊNH\nVề việc …………\n\n"
      "Giải thích giúp cách điền từng ô của mẫu này.",
      [], "Hard negative: a blank public template from the decree (placeholders, no issuer, no number).")
    S("vi", "txt",
      "CAM KẾT BẢO MẬT THÔNG TIN\n\n"
      "Tôi tên là: ……………………………, CCCD số: ………………………\n"
      "Cam kết không tiết lộ thông tin, dữ liệu của Công ty trong và sau thời gian làm việc.\n\n"
      "Viết thêm điều khoản về xử lý vi phạm.",
      [], "Hard negative: blank NDA template headed CAM KẾT BẢO MẬT.")
    S("vi", "md",
      "Viết giúp hướng dẫn sử dụng cho màn hình nhập văn bản đến:\n\n"
      "| Trường | Mô tả |\n|---|---|\n"
      "| Số ký hiệu | Số và ký hiệu của văn bản đến |\n"
      "| Độ mật | Chọn một trong các mức Thường, Mật, Tối mật, Tuyệt mật |\n"
      "| Độ khẩn | Thường, Khẩn, Thượng khẩn, Hỏa tốc |\n",
      [], "Hard negative: field description table listing the level values.")
    S("vi", "txt",
      "Thư viện tỉnh có nhiều tài liệu không phổ biến trên thị trường như sách cổ Hán Nôm, bản đồ thời Pháp. "
      "Viết giúp bài giới thiệu để đăng fanpage.",
      [], "Hard negative: 'tài liệu không phổ biến' = rare materials in a library post.")
    bad = neg(f"001290{digits(6)}", "CCCD-shaped: century digit 2 with year 90 gives 2090", lambda x: cccd_ok(x))
    S("vi", "txt",
      f"Hệ thống báo lỗi 'Số CCCD không hợp lệ' khi tôi nhập {bad} (mã tỉnh 001, năm sinh 2090?). "
      "Giải thích giúp cấu trúc 12 số của CCCD.",
      [], "Hard negative: a CCCD-shaped number that fails the century/year check.")
    S("vi", "txt",
      "Tạp chí Sinh học phổ thông: Ong thợ hút mật hoa rồi chuyển về tổ; một đàn khỏe có thể làm ra "
      "25–30 kg mật mỗi vụ. Vì sao mật độ đàn ong giảm vào mùa mưa? Trả lời giúp học sinh lớp 7.",
      [], "Hard negative: mật hoa, mật, mật độ in a biology question.")
    S("vi", "txt",
      "Viết giúp bài đăng: Bí quyết giữ lửa hôn nhân - bí mật nằm ở sự lắng nghe. "
      "Vợ chồng càng thân mật, mối quan hệ càng gắn bó mật thiết.",
      [], "Hard negative: bí mật, thân mật, mật thiết in a lifestyle post.")
    S("vi", "txt",
      "Báo Nhân Dân đưa tin: Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, "
      "công nghệ; Quyết định số 1131/QĐ-TTg ngày 12/6/2025 ban hành danh mục công nghệ chiến lược. "
      "Tóm tắt tin này trong 3 câu.",
      [], "Hard negative: public party resolution and a PM decision cited in news.")
    S("vi", "txt",
      "Hệ thống đang chạy phiên bản 3.12.0.4 (build 20260615.2), cơ sở dữ liệu PostgreSQL 16.3. "
      "Hướng dẫn mình nâng cấp lên bản 3.13.",
      [], "Plain negative: version and build numbers.")
    S("vi", "txt",
      "Vụ việc được báo lên đường dây nóng 111 (bảo vệ trẻ em) và tổng đài 1022 của thành phố. "
      "Viết giúp thông cáo báo chí về kết quả xử lý.",
      [], "Hard negative: public short hotlines.")
    S("vi", "txt",
      "Trong tiểu thuyết, mật vụ Kha nhận mật báo lúc nửa đêm rồi lặng lẽ rời khỏi mật khu. "
      "Viết tiếp đoạn văn này 200 chữ.",
      [], "Hard negative: mật vụ, mật báo, mật khu in fiction.")
    S("vi", "txt",
      "Theo Điều 19 Luật Bảo vệ bí mật nhà nước, thời hạn bảo vệ bí mật nhà nước độ Tuyệt mật là 30 năm, "
      "độ Tối mật là 20 năm, độ Mật là 10 năm. Đặt 3 câu hỏi trắc nghiệm từ đoạn này.",
      [], "Hard negative: law text on protection periods turned into a quiz.")
    S("vi", "txt",
      "Chuyển thành văn bản đánh máy giúp mình (ảnh chụp bìa tài liệu):\n\n"
      "BỘ CÔNG AN\nCỤC AN NINH KINH TẾ\n\n"
      "MẬT - Bản số 02/10\n\n"
      "TÀI LIỆU HỘI NGHỊ\nSơ kết công tác bảo vệ an ninh kinh tế 6 tháng đầu năm 2026",
      ["classified-marking"], "Stamp and copy number on one line: 'MẬT - Bản số 02/10'.")
    S("vi", "txt",
      "Báo cáo tình hình cán bộ phòng: đồng chí Võ Thanh Nam (chuyên viên) đang điều trị tâm thần phân liệt "
      "tại Bệnh viện Tâm thần Trung ương 1, dự kiến nghỉ 3 tháng. Viết lại cho tế nhị.",
      ["sensitive-personal"], "Schizophrenia of a named official.")
    em = pos("contact", "thanhthao.nguyen1997@gmail.com")
    S("vi", "txt",
      "ĐƠN XIN VIỆC\nKính gửi: Ban Giám đốc Trung tâm Dịch vụ việc làm\n"
      "Tôi tên: Nguyễn Thanh Thảo, sinh ngày 08/03/1997\n"
      "Chỗ ở hiện nay: số 27 ngõ 193 Trung Kính, phường Yên Hòa, Hà Nội\n"
      f"Email: {em}\n"
      "Sửa giúp tôi lỗi chính tả.",
      ["contact"], "Application letter: personal gmail and home address after 'Chỗ ở hiện nay:'.")
    S("vi", "txt",
      "Soạn câu hỏi ôn tập từ quy chế sau: \"Đề thi, đáp án, hướng dẫn chấm thi chưa công bố thuộc danh mục "
      "bí mật nhà nước độ Tối mật; sau khi kết thúc môn thi, đề thi được giải mật.\"",
      [], "Hard negative: exam regulation naming 'độ Tối mật' in a quoted rule.")
    S("vi", "txt",
      "TRÒ CHƠI Ô CHỮ BÍ MẬT\nHàng ngang số 1 gồm 6 chữ cái: tên một loài hoa nở vào mùa hè.\n"
      "Soạn thêm 5 hàng ngang cho học sinh tiểu học.",
      [], "Hard negative: 'Ô CHỮ BÍ MẬT' game heading in capitals.")
    # ================================================================ cs: block
    S("cs", "txt",
      "MĚSTSKÝ ÚŘAD KOLÍN\nodbor krizového řízení\n"
      "Č. j.: MUKOLIN/KR 4471/2026\nVýtisk č.: 2\nPočet listů: 3\n\n"
      "Věc: Plán zajištění nouzového zásobování pitnou vodou\n\n"
      "VYHRAZENÉ\n\n"
      "Vážený pane starosto,\nv příloze zasíláme aktualizovaný plán...\n\n"
      "Přepiš úvod srozumitelněji.",
      ["classified-marking", "official-document"], "VYHRAZENÉ between the Věc line and the salutation; copy-count block.")
    S("cs", "eml",
      "From: Lucie Vondráková <lucie.vondrakova@mpsv.cz>\nTo: Petr Kratochvíl <petr.kratochvil@mpsv.cz>\n"
      "Subject: Re: FW: [DŮVĚRNÉ] Návrh personálních změn v odboru 42\n\n"
      "Petře, můžeš to projet přes ChatGPT a udělat z toho jednu stranu?",
      ["classified-marking", "contact"], "Re: FW: prefixes before the [DŮVĚRNÉ] subject tag; named staff in headers.")
    S("cs", "txt",
      "Shrň prosím tuto zprávu do pěti bodů:\n\n"
      "Zpráva o výsledku kontroly fyzické bezpečnosti objektu Na Františku\n"
      "Kontrolou bylo zjištěno, že vstupní turnikety nejsou napojeny na záložní zdroj...\n\n"
      "Dokument obsahuje utajované informace stupně VYHRAZENÉ.",
      ["classified-marking"], "'Dokument obsahuje utajované informace stupně VYHRAZENÉ' closing line.")
    S("cs", "txt",
      "Metodický pokyn k evidenci stížností občanů\n\n"
      "1. Stížnost se zaeviduje do 3 pracovních dnů.\n2. Odpověď podepisuje vedoucí odboru.\n\n"
      "Určeno pouze pro vnitřní potřebu.\n\n"
      "Převeď to do tabulky.",
      ["classified-marking"], "'Určeno pouze pro vnitřní potřebu.' as a sentence after the body.")
    S("cs", "txt",
      "Přelož do angličtiny tuto hlavičku:\n\n"
      "Stupeň utajení: přísně tajné\nEvidenční číslo: 0412/26\n"
      "Věc: Vyhodnocení rizik kritické infrastruktury",
      ["classified-marking"], "Level field with the level in lower case ('přísně tajné').")
    r1 = rc_make(1979, 4, 22, False)
    S("cs", "txt",
      "Č. j. 134 EX 2291/25-48\n\nUSNESENÍ\n\n"
      "Soudní exekutor ... ve věci oprávněného: Bytové družstvo Háje, proti povinnému: Martin Souček, "
      f"nar. 22. 4. 1979, r. č. {r1}, bytem Pod Lesem 418/12, 149 00 Praha 4, rozhodl takto:\n\n"
      "Vysvětli mi laicky, co to pro povinného znamená.",
      ["official-document", "national-id", "contact"], "Bailiff resolution: Č. j. header, 'r. č.' and 'bytem' of the debtor.")
    r2 = rc_make(1986, 11, 3, True, slash=False)
    S("cs", "txt",
      f"Napiš omluvenku do práce: pacientka Kateřina Bílá, číslo pojištěnce {r2}, je od 2. 6. v pracovní "
      "neschopnosti kvůli zánětu ledvin.",
      ["national-id", "sensitive-personal"], "Insurance number (= rodné číslo, woman +50) and the diagnosis of a named person.")
    op = pos("national-id", digits(9, "123456789"))
    S("cs", "txt",
      "PLNÁ MOC\n\n"
      f"Já, Ondřej Marek, nar. 5. 8. 1992, OP č. {op}, bytem Lidická 1204/7, 602 00 Brno, "
      "zmocňuji paní Alenu Markovou k převzetí mých zásilek.\n\nZkontroluj, zda je plná moc formálně správně.",
      ["national-id", "contact"], "Power of attorney: 'OP č.' before the ID-card number and 'bytem'.")
    acc = cz_account_pos(prefix=False, bank="0100")
    S("cs", "txt",
      f"Žádám o vrácení přeplatku na dani z nemovitých věcí ve výši 1 240 Kč na můj účet č. {acc}. "
      "Jan Pospíšil. Uprav to do formální žádosti.",
      ["financial"], "Refund request: 'na můj účet č.' with a Komerční banka account.")
    acc2 = cz_account_pos(prefix=True, bank="0800")
    r3 = rc_make(1990, 1, 17, True)
    S("cs", "txt",
      "VÝPLATNÍ PÁSKA – červen 2026\n"
      f"Zaměstnanec: Tereza Nováková   Rodné číslo: {r3}\n"
      "Hrubá mzda: 42 500 Kč   Sociální poj.: 3 017 Kč   Zdravotní poj.: 1 913 Kč\n"
      f"Čistá mzda: 33 412 Kč   Účet: {acc2}\n\n"
      "Vysvětli mi jednotlivé srážky.",
      ["national-id", "financial"], "Pay slip with rodné číslo and a Česká spořitelna account with prefix.")
    pw = password("Podzim2026+")
    S("cs", "txt",
      f"Ahoj Míro, přístupové heslo k ekonomickému systému je {pw}, uživatel mira.k. "
      "Napiš mi k tomu krátký návod pro nové kolegy.",
      ["credential"], "'přístupové heslo … je' with a literal value.")
    ok = openai_key("proj")
    S("cs", "md",
      "Proč mi tenhle skript hází chybu 401?\n\n```python\nimport os\nfrom openai import OpenAI\n"
      f"client = OpenAI(api_key=\"{ok}\")\n```",
      ["credential"], "OpenAI project key hard-coded in a Czech question.")
    pwm = password("TajneHeslo123")
    S("cs", "txt",
      f"Zálohuju databázi příkazem mysql -u root -p{pwm} evidence < zaloha.sql a hlásí to chybu. Co dělám špatně?",
      ["credential"], "MySQL CLI with the password glued to -p.")
    S("cs", "txt",
      "Zápis z porady oddělení, 9. 6. 2026:\nKolegyně Veronika Šťastná trpí epilepsií, při záchvatu volat 155. "
      "Přepiš zápis formálněji.",
      ["sensitive-personal"], "Epilepsy of a named colleague in meeting notes.")
    S("cs", "txt",
      "Posudek uchazeče: pan Tomáš Beneš byl v roce 2019 pravomocně odsouzen za podvod k podmíněnému trestu. "
      "Napiš zdvořilé odmítnutí.",
      ["sensitive-personal"], "Criminal conviction of a named applicant.")
    mob = f"{rng.choice(['602', '724', '777', '608'])} {digits(3)} {digits(3)}"
    pos("contact", mob)
    S("cs", "txt",
      f"Kontakt na paní Dvořákovou z SVJ: tel. {mob}, volat po 17. hodině. Napiš jí SMS s pozvánkou na schůzi.",
      ["contact"], "Domestic Czech mobile after 'tel.' of a named person.")
    S("cs", "txt",
      "OKRESNÍ SOUD V TÁBOŘE\nSp. zn.: 12 C 345/2025\nČ. j.: 12 C 345/2025-47\n\n"
      "Rozdělovník:\n- žalobce\n- žalovaný\n- spis\n\n"
      "Vysvětli mi, co znamenají tyto údaje.",
      ["official-document"], "Court letter: Sp. zn., Č. j. and Rozdělovník.")
    # ================================================================ cs: pass
    S("cs", "txt",
      "Informace o zpracování osobních údajů: zpracováváme jméno, adresu, rodné číslo a číslo účtu uchazečů "
      "po dobu 3 let v souladu s GDPR. Přepiš to srozumitelněji.",
      [], "Hard negative: GDPR notice naming identifier types without any value.")
    S("cs", "txt",
      "Napiš valentýnku: Mám tajné přání a tajného obdivovatele, ale zůstane to mezi námi.",
      [], "Hard negative: tajné přání, tajný obdivovatel.")
    S("cs", "txt",
      "Inzerát: Hledáme bezpečnostního manažera, podmínkou je bezpečnostní prověrka pro stupeň Vyhrazené "
      "nebo ochota ji získat. Zkrať inzerát.",
      [], "Hard negative: clearance requirement in a job ad.")
    vs = rc_make(1985, 1, 1, False, slash=False, bad=True)
    S("cs", "txt",
      f"Faktura č. 2026-0451, variabilní symbol {vs}, splatnost 30. 6. 2026, částka 18 150 Kč. "
      "Napiš upomínku odběrateli.",
      [], "Hard negative: a 10-digit variable symbol that fails mod-11.")
    S("cs", "txt",
      "Podle zákona č. 412/2005 Sb. se utajované informace klasifikují jako Přísně tajné, Tajné, Důvěrné "
      "a Vyhrazené. Vysvětli rozdíly na příkladech.",
      [], "Hard negative: law naming the levels.")
    S("cs", "txt",
      "DŮVĚRNÝ ROZHOVOR\nHerečka Jana Plodková o dětství, divadle a cestování.\nNapiš perex článku.",
      [], "Hard negative: magazine column heading DŮVĚRNÝ ROZHOVOR.")
    S("cs", "txt",
      "Katalogizační záznam: Dějiny správy v českých zemích, ISBN 978-80-7363-512-8, EAN 8594012345670. "
      "Doplň anotaci.",
      [], "Hard negative: ISBN and EAN.")
    S("cs", "txt",
      "Podatelna úřadu: tel. 224 851 111, ID datové schránky: kd9aaaa. Úřední hodiny Po a St 8–17. "
      "Přepiš jako oznámení na web.",
      [], "Hard negative: public landline and data-box ID.")
    S("cs", "txt",
      "Shrň článek: Vojenské zpravodajství vyšetřuje únik tajných dokumentů; podle ministerstva šlo o "
      "materiály stupně Tajné, které neoprávněně opustily budovu.",
      [], "Hard negative: news about leaked documents naming a level.")
    S("cs", "txt",
      "Ústavní soud v nálezu sp. zn. Pl. ÚS 12/25 zrušil část vyhlášky. Vysvětli dopady pro obce.",
      [], "Hard negative: public court file number cited in prose.")
    S("cs", "txt",
      "Jan Novák, nar. 12. 3. 1985, nastoupí 1. 7. na pozici referenta. Napiš uvítací e-mail týmu.",
      [], "Plain negative: name and birth date, no identifier.")
    S("cs", "txt",
      "Hra pro děti: Najdi tajný kód! Heslo k pokladu se skrývá v písmenech na stromech. Napiš pravidla.",
      [], "Hard negative: tajný kód and 'heslo k pokladu' in a children's game.")
    S("cs", "txt",
      "Heslo dne: „Kdo si hraje, nezlobí.“ Navrhni k tomu nástěnku pro školku.",
      [], "Hard negative: 'Heslo dne' (motto of the day).")
    # ================================================================ en / mixed: block
    HEX = "0123456789abcdef"
    AN = string.ascii_letters + string.digits
    slack = pos("credential", f"xoxb-{digits(11, '123456789')}-{digits(12, '123456789')}-{rand_str(24, AN)}")
    S("en", "md",
      "Why does my bot post nothing?\n\n```python\nfrom slack_sdk import WebClient\n"
      f"client = WebClient(token=\"{slack}\")\n"
      "client.chat_postMessage(channel=\"#ops-alerts\", text=\"deploy finished\")\n```",
      ["credential"], "Slack bot token hard-coded in Python.")
    sk = pos("credential", "sk_live_51" + rand_str(97, AN))
    wh = pos("credential", "whsec_" + rand_str(32, AN))
    S("en", "txt",
      "Here is our .env for the payments service, can you tell me which variables are unused?\n\n"
      "NODE_ENV=production\nPORT=8080\n"
      f"STRIPE_SECRET_KEY={sk}\nSTRIPE_WEBHOOK_SECRET={wh}\nLOG_LEVEL=info\n",
      ["credential"], "Stripe live secret key and webhook secret in a .env.")
    gk = pos("credential", "AIza" + rand_str(35, AN + "_-"))
    S("en", "md",
      "The map stays grey in the app. Manifest:\n\n```xml\n<application android:label=\"CityFix\">\n"
      "  <meta-data android:name=\"com.google.android.geo.API_KEY\"\n"
      f"             android:value=\"{gk}\"/>\n</application>\n```",
      ["credential"], "Google API key in an AndroidManifest meta-data value.")
    ak = pos("credential", "sk-ant-api03-" + rand_str(93, AN + "_-") + "AA")
    S("en", "md",
      "Notebook cell that fails with 'authentication_error':\n\n```python\nimport anthropic\n"
      f"client = anthropic.Anthropic(api_key=\"{ak}\")\n"
      "msg = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=512, messages=[...])\n```",
      ["credential"], "Anthropic API key in a notebook.")
    gl = pos("credential", "glpat-" + rand_str(20, AN + "_-"))
    S("en", "md",
      "Pipeline can't push tags. .gitlab-ci.yml:\n\n```yaml\nrelease:\n  stage: deploy\n  script:\n"
      f"    - git remote set-url origin https://oauth2:{gl}@gitlab.com/cityfix/app.git\n"
      "    - git push --tags\n```",
      ["credential"], "GitLab personal access token in a CI remote URL.")
    azk = pos("credential", rand_str(86, AN + "+/") + "==")
    S("en", "txt",
      "appsettings.Production.json snippet, is the format right?\n"
      "\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=cityfixprod;"
      f"AccountKey={azk};EndpointSuffix=core.windows.net\"",
      ["credential"], "Azure Storage connection string with AccountKey.")
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(240))).decode()
    pk = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\\n-----END PRIVATE KEY-----\\n"
    pos("credential", pk)
    S("en", "md",
      "Our GCP function can't read the bucket. Service account file:\n\n```json\n{\n"
      "  \"type\": \"service_account\",\n  \"project_id\": \"cityfix-prod\",\n"
      f"  \"private_key_id\": \"{rand_str(40, HEX)}\",\n"
      f"  \"private_key\": \"{pk}\",\n"
      "  \"client_email\": \"uploader@cityfix-prod.iam.gserviceaccount.com\"\n}\n```",
      ["credential", "contact"], "Service-account JSON with an escaped PKCS#8 private key (its client_email is an e-mail address, labelled as the corpus lint does).")
    tok = jwt({"sub": "u-20931", "role": "admin", "exp": 1781654400})
    S("en", "txt",
      "Request from the browser dev tools, why is it 403?\n\n"
      "GET /api/v2/reports/export HTTP/1.1\nHost: portal.cityfix.io\n"
      f"Cookie: theme=dark; session={tok}\nAccept: application/json",
      ["credential"], "JWT session cookie (not a bearer header).")
    pwb = password("Pa55w0rd!Deploy")
    S("en", "txt",
      f"Jenkins job config uses this webhook: https://deploy:{pwb}@ci.cityfix.io/job/release/build?token=nightly "
      "— rewrite it using credentials binding.",
      ["credential"], "Basic-auth password in URL userinfo.")
    sid = pos("credential", "AC" + rand_str(32, HEX))
    tt = pos("credential", rand_str(32, HEX))
    S("en", "txt",
      "SMS alerts stopped. Our config:\n"
      f"TWILIO_ACCOUNT_SID={sid}\nTWILIO_AUTH_TOKEN={tt}\nTWILIO_FROM=+15017122661\n"
      "What should I check?",
      ["credential"], "Twilio account SID and auth token (32 hex) in env lines.")
    b64pw = pos("credential", base64.b64encode(b"Zx9!qLm2#Rv7").decode())
    S("en", "md",
      "Is this Kubernetes secret valid?\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: reports-db\n"
      f"type: Opaque\ndata:\n  username: cmVwb3J0cw==\n  password: {b64pw}\n```",
      ["credential"], "Kubernetes Secret with a base64-encoded password value.")
    ssn = ssn_make()
    S("en", "txt",
      "Draft an onboarding e-mail for payroll:\n"
      f"New hire: John Carter, DOB 04/12/1986, SSN {ssn.replace('-', ' ')}, start date July 6.\n",
      ["national-id"], "SSN with spaces next to a DOB in an HR note.")
    nino = pos("national-id", f"{rng.choice(['JK', 'AB', 'NE', 'WL'])} {digits(2)} {digits(2)} {digits(2)} {rng.choice('ABCD')}")
    S("en", "txt",
      f"Please fill in the P46 form: employee Sarah Mitchell, National Insurance number {nino}, starting 1 July.",
      ["national-id"], "UK National Insurance number with context.")
    S("en", "txt",
      "*** CONFIDENTIAL ***\n\nBOARD MEETING MINUTES – 11 June 2026\n"
      "1. The board approved the sale of the logistics subsidiary.\n2. Headcount reduction of 8% in Q3.\n\n"
      "Turn these into a press-ready summary.",
      ["classified-marking"], "CONFIDENTIAL between asterisks as the first line.")
    S("en", "txt",
      "CONFIDENTIAL — ATTORNEY–CLIENT PRIVILEGED\n\nMEMORANDUM\nTo: General Counsel\nRe: Exposure in the supplier dispute\n\n"
      "Our assessment is that the termination notice was defective...\nSummarise the risks.",
      ["classified-marking"], "CONFIDENTIAL with a privilege caveat after an em dash.")
    S("en", "eml",
      "Subject: Q3 pricing proposal\n\nHi all, attached is the revised proposal, please review by Friday.\n\n"
      "Kind regards,\nProcurement Team\n\nSensitivity: Highly Confidential\n",
      ["classified-marking"], "Microsoft sensitivity-label footer 'Sensitivity: Highly Confidential'.")
    S("en", "txt",
      "Help me soften this performance review: Daniel Reyes missed four deadlines this quarter; he was diagnosed "
      "with ADHD in March and is now on medication.",
      ["sensitive-personal"], "Health diagnosis of a named employee in a review.")
    swh = pos("credential", "https://hooks.slack.com/services/T0" + rand_str(8, string.ascii_uppercase + string.digits)
              + "/B0" + rand_str(8, string.ascii_uppercase + string.digits) + "/" + rand_str(24, AN))
    S("mixed", "md",
      "Proč mi nechodí notifikace do Slacku? Tady je values.yaml:\n\n```yaml\nalerting:\n  slack:\n"
      f"    webhook_url: \"{swh}\"\n    channel: \"#alerty\"\n```",
      ["credential"], "Czech question around a Slack incoming-webhook URL in YAML.")
    pwq = password("Qlcb#2026!")
    S("mixed", "txt",
      "Chuỗi kết nối này sai ở đâu vậy? (English answer is fine)\n"
      f"Data Source=10.1.2.30;Initial Catalog=QLCB;User ID=sa;Password={pwq};TrustServerCertificate=True",
      ["credential", "infrastructure"], "SQL Server connection string (Data Source/User ID form) with a private IP.")
    # ================================================================ en / mixed: pass
    S("en", "md",
      "From the Stripe docs quickstart:\n\n```bash\ncurl https://api.stripe.com/v1/charges \\\n"
      "  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 -d currency=usd\n```\nExplain each flag.",
      [], "Hard negative: Stripe's documented public test key from the API reference.")
    S("en", "md",
      "Review this code:\n\n```python\nimport os\nfrom openai import OpenAI\n\n"
      "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n"
      "def ask(q: str) -> str:\n    return client.responses.create(model=\"gpt-4.1\", input=q).output_text\n```",
      [], "Hard negative: key read from the environment.")
    S("en", "md",
      "Make this login form accessible:\n\n```jsx\n<form onSubmit={login}>\n"
      "  <input name=\"email\" type=\"email\" placeholder=\"Email\" />\n"
      "  <input name=\"password\" type=\"password\" placeholder=\"Password\" minLength={12} />\n"
      "  <button>Sign in</button>\n</form>\n```",
      [], "Hard negative: a login form with a password field and no password.")
    S("en", "txt",
      "We're hiring a Data Analyst. This position is open to internal candidates only until June 30. "
      "Rewrite the ad to sound friendlier.",
      [], "Hard negative: 'internal candidates only' in a job ad.")
    S("en", "txt",
      "Add to the reading list: 'Clean Architecture', ISBN 978-0-13-449416-6; Amazon order #112-4819372-5530641; "
      "tooling at v10.4.2.1.",
      [], "Hard negative: ISBN, order number and a version.")
    cb = card_bad("visa", " ")
    S("en", "txt",
      f"Our test fixture uses card {cb} and it is rejected by the validator. Why?",
      [], "Hard negative: a card-like number that fails Luhn.")
    S("en", "txt",
      "Grandma's TOP SECRET chili recipe (serves 6): 2 lb ground beef, 3 tbsp chili powder, 1 tsp cocoa. "
      "Scale it for 20 people.",
      [], "Hard negative: TOP SECRET in a recipe title inside a sentence.")
    S("en", "txt",
      "Document properties:\nTitle: Community newsletter, summer edition\nClassification: Public\nOwner: Comms team\n"
      "Write a two-line teaser.",
      [], "Hard negative: 'Classification: Public' field.")
    S("en", "txt",
      "Faker produced this test record: name Jane Roe, SSN 000-12-3456 (area 000 is never issued). "
      "Why does our validator accept it?",
      [], "Hard negative: SSN in area 000.")
    S("en", "txt",
      "Is this key safe to share in the README?\n\n-----BEGIN PUBLIC KEY-----\n"
      "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEkq2w3Xc9mV1nB8sYt4uJ0pLq7R6e\n"
      "Zq1Xw9bV2cN4mK8sL3pT6rY0uH5jG7fD2aE9cB1nM4kW8zQ6vR3tY2uI0oP5aA==\n-----END PUBLIC KEY-----",
      [], "Hard negative: a PEM public key.")
    S("en", "txt",
      "Add this deploy key to the server: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3vQm9pL2xR8tN5bW1cY7zD4fJ6gK0sU3eA9oV2iXq deploy@buildbox",
      [], "Hard negative: an SSH public key.")
    S("en", "txt",
      "Our runbook says: docker run -e POSTGRES_PASSWORD=\"$PG_PASS\" -p 5432:5432 postgres:16 — "
      "explain why the variable is quoted.",
      [], "Hard negative: password taken from a shell variable.")
    S("en", "txt",
      "News summary: The court unsealed the indictment, which says the defendant kept boxes of documents "
      "marked classified in a storage room. Write three bullet points.",
      [], "Hard negative: news about classified documents in prose.")
    S("mixed", "md",
      "Giải thích giúp đoạn code này làm gì:\n\n```python\nimport getpass\n"
      "password = getpass.getpass(\"Password: \")\nconn = connect(host=DB_HOST, user=DB_USER, password=password)\n```",
      [], "Hard negative: password read with getpass in a Vietnamese question.")
    ROUND_TAG = ""


# Written AFTER the round-8 fixes (not blind): variants of the fixed families, to check the fixes are general,
# plus look-alikes that the new rules must leave alone.
def round8b():
    global ROUND_TAG
    ROUND_TAG = "r8b"
    _round_counters.clear()
    S("vi", "eml",
      "Subject: Góp ý dự thảo phương án\n\nCác anh chị góp ý vào file đính kèm trước thứ Sáu. "
      "Văn bản này được xác định độ Tuyệt mật, đề nghị không chuyển tiếp.\n\nPhòng Tổng hợp",
      ["classified-marking"], "Post-fix variant: 'Văn bản này được xác định độ Tuyệt mật' in an e-mail body.")
    S("vi", "txt",
      "BẢN TIN SINH HOẠT CHI BỘ THÁNG 7\n\n[Lưu hành nội bộ]\n\nChuyên đề: học tập và làm theo tư tưởng, đạo đức, "
      "phong cách Hồ Chí Minh.\nViết lại lời mở đầu.",
      ["classified-marking"], "Post-fix variant: '[Lưu hành nội bộ]' alone in square brackets under the title.")
    S("vi", "txt",
      "Kết quả khảo sát ý kiến cán bộ về môi trường làm việc.\n\nLưu hành nội bộ – Trang 5\n\nTóm tắt giúp 3 ý chính.",
      ["classified-marking"], "Post-fix variant: footer with the restriction first and the page number after it.")
    S("vi", "md",
      "File YAML xuất từ phần mềm, viết giúp script đọc:\n\n```yaml\nso_ky_hieu: 88/KH-UBND\ndo_mat: Tối mật\ndo_khan: Khẩn\n```",
      ["classified-marking"], "Post-fix variant: unquoted YAML field do_mat: Tối mật.")
    S("vi", "txt",
      "Sửa lỗi giúp:\nSố: 4 12/BC-CAT\nTUYỆ T MẬ T\nBÁ O CÁ O nhanh vụ việc",
      ["classified-marking", "official-document"], "Post-fix variant: TUYỆ T MẬ T and a broken number line.")
    pw = password("Qtri#2026")
    S("vi", "txt",
      f"Máy chủ web nội bộ: tài khoản quản trị admin_web mật khẩu {pw}. Viết giúp quy trình bàn giao.",
      ["credential"], "Post-fix variant: 'tài khoản … mật khẩu <value>' without a colon.")
    pw2 = password("Hc@2026!")
    S("vi", "txt",
      f"[Zalo] Minh: username hanhchinh password {pw2} nhé, đăng nhập xong đổi luôn",
      ["credential"], "Post-fix variant: English 'username … password …' without colons in a Vietnamese chat.")
    pw3 = password("Khach2026!")
    S("en", "txt",
      f"Print this on the guest card: WIFI:T:WPA;S:Guest-Lobby;P:{pw3};H:false;;",
      ["credential"], "Post-fix variant: Wi-Fi QR payload with T before S.")
    S("cs", "txt",
      "Shrň:\nAnalýza zranitelností informačního systému ISZR.\n\nTento materiál obsahuje utajované informace stupně DŮVĚRNÉ.",
      ["classified-marking"], "Post-fix variant: 'Tento materiál obsahuje utajované informace stupně DŮVĚRNÉ'.")
    S("cs", "txt",
      "Č. j. 27 EXE 1234/24-15\n\nEXEKUČNÍ PŘÍKAZ\nk provedení exekuce přikázáním pohledávky z účtu\nVysvětli mi to.",
      ["official-document"], "Post-fix variant: bailiff č. j. with a two-digit year and a list number.")
    nino = pos("national-id", f"NE{digits(6)}B")
    S("en", "txt",
      f"Payroll query: Ms Priya Shah, NI No: {nino}, was taxed on an emergency code. Draft a reply.",
      ["national-id"], "Post-fix variant: NINO without spaces after 'NI No:'.")
    # look-alikes the new rules must leave alone
    S("vi", "txt",
      "Theo quy định, tài liệu thuộc độ Mật phải được bảo quản trong két sắt và không mang về nhà. "
      "Soạn 3 câu hỏi trắc nghiệm.",
      [], "Hard negative: 'tài liệu thuộc độ Mật' in a rule about documents in general.")
    S("vi", "txt",
      "acc liên quân pass 500k, ai lấy ib mình nhé. Viết lại bài đăng cho hấp dẫn.",
      [], "Hard negative: 'acc … pass 500k' is selling a game account.")
    S("vi", "txt",
      "Màn hình đăng nhập:\nTên đăng nhập\n(số CCCD của bạn)\nMật khẩu\n(ít nhất 8 ký tự)\nViết hướng dẫn cho người dân.",
      [], "Hard negative: a login screen with hints instead of values.")
    S("vi", "txt",
      "Trang 3/10 – Kế hoạch tổ chức hội nghị khách hàng năm 2026\nTóm tắt giúp mình.",
      [], "Hard negative: a page header without any restriction.")
    S("en", "txt",
      "Our café QR code reads WIFI:S:Cafe_Free;T:nopass;; — why does Android say 'open network'?",
      [], "Hard negative: Wi-Fi QR payload without a password.")
    S("cs", "txt",
      "Pokud dokument obsahuje utajované informace stupně Vyhrazené, eviduje se v jednacím protokolu. "
      "Vysvětli postup.",
      [], "Hard negative: law-like sentence with the level in sentence case.")
    ROUND_TAG = ""


# Round 10, written BLIND (before any round-10 rule change): Vietnamese markings in new positions and spellings,
# party and government headers, identifiers of named people, and hard negatives from the corpus README's list.
def round10():
    global ROUND_TAG
    ROUND_TAG = "r10"
    _round_counters.clear()
    # ================================================================ vi: block, markings in new places
    S("vi", "txt",
      "BỘ TÀI CHÍNH\nCỤC QUẢN LÝ NỢ VÀ KINH TẾ ĐỐI NGOẠI\n        MẬT\n"
      "Số: 1187/BC-QLN\n\n"
      "BÁO CÁO\nTình hình vay, trả nợ nước ngoài của Chính phủ 6 tháng đầu năm 2026\n\n"
      "Tổng dư nợ vay ODA đến 30/6/2026: 18,42 tỷ USD; nghĩa vụ trả nợ trong quý III: 712 triệu USD.\n\n"
      "Tóm tắt giúp tôi thành 5 gạch đầu dòng.",
      ["classified-marking", "official-document"],
      "Stamp in the left column, under the issuing body and ABOVE the number line.")
    S("vi", "txt",
      "Số: 2045/BC-UBND (MẬT)\n\nBÁO CÁO\nKết quả giải quyết khiếu nại đông người tại dự án khu đô thị Nam Cầu Kiền\n\n"
      "1. Số hộ khiếu nại: 146; đã đối thoại: 98 hộ.\n2. Nguy cơ tụ tập đông người trong dịp kỷ niệm 2/9.\n\n"
      "Viết lại mục 2 cho rõ ý.",
      ["classified-marking", "official-document"], "Stamp in brackets glued to the number line.")
    S("vi", "txt",
      "UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ\nSố: 412/TTr-SNV\n"
      "Đồng Tháp, ngày 08 tháng 7 năm 2026 – TỐI MẬT\n\n"
      "TỜ TRÌNH\nVề phương án sắp xếp cán bộ lãnh đạo các sở sau hợp nhất\n\n"
      "Rút gọn tờ trình còn nửa trang giúp mình.",
      ["classified-marking", "official-document"], "Stamp at the end of the place-and-date line after a dash.")
    S("vi", "txt",
      "Viết lại đoạn sau cho hay hơn: \"TÀI LIỆU MẬT. Qua theo dõi, nắm tình hình, một số đối tượng có biểu hiện "
      "lợi dụng việc sáp nhập đơn vị hành chính để kích động khiếu kiện tại 3 xã biên giới; đề nghị các lực lượng "
      "chủ động phương án xử lý.\"",
      ["classified-marking"], "One-line prompt: the pasted text opens with its stamp 'TÀI LIỆU MẬT.' inside the quote.")
    S("vi", "eml",
      "Subject: Fwd: Kết luận giao ban\n\nNhờ bạn tóm tắt nội dung thư dưới giúp mình.\n\n"
      "-----Original Message-----\n"
      "Sent: Monday, July 6, 2026 8:12 AM\n"
      "Subject: Kết luận giao ban an ninh trật tự tuần 27\n\n"
      "MẬT\n\n"
      "Thường trực UBND tỉnh kết luận: tiếp tục theo dõi chặt 04 nhóm đối tượng tại khu công nghiệp Phú Mỹ; "
      "không để hình thành điểm nóng.",
      ["classified-marking"], "Stamp as the first line of the body of a forwarded Outlook message.")
    S("vi", "md",
      "Chuyển bảng này thành văn bản thường giúp mình:\n\n"
      "| SỞ TÀI CHÍNH TỈNH LÀO CAI | MẬT |\n"
      "|---|---|\n"
      "| Số: 76/BC-STC | Lào Cai, ngày 2 tháng 7 năm 2026 |\n\n"
      "**BÁO CÁO** tình hình nợ đọng xây dựng cơ bản của các chủ đầu tư cấp xã.",
      ["classified-marking", "official-document"], "Stamp in the right cell of a two-column header table.")
    S("vi", "txt",
      "[ TỐI MẬT ]\n\nPHƯƠNG ÁN\nbảo đảm an ninh trật tự phục vụ Kỳ họp thứ 11 HĐND tỉnh khóa XVII\n\n"
      "Chuyển phương án thành bảng phân công: lực lượng – nhiệm vụ – thời gian.",
      ["classified-marking"], "Text-box stamp in square brackets with inner spaces on the first line.")
    S("vi", "txt",
      "【MẬT】\nDanh sách cán bộ diện Ban Thường vụ Tỉnh ủy quản lý dự kiến điều động quý III/2026\n"
      "Viết giúp lời dẫn cho danh sách này.",
      ["classified-marking"], "Stamp in CJK lenticular brackets (copied from a Word text box).")
    S("vi", "txt",
      "TRÍCH YẾU: Kế hoạch tiếp xúc, đối thoại với các hộ dân vùng dự án sân bay\n"
      "ĐỘ MẬT: MẬT\nĐỘ KHẨN: KHẨN\n\nViết lại kế hoạch thành thông báo ngắn.",
      ["classified-marking"], "Metadata block fully in capitals: 'ĐỘ MẬT: MẬT'.")
    S("vi", "txt",
      "Thông tin văn bản đến:\nSố ký hiệu: 219/CV-CAT\nĐộ Mật: Tối Mật\nNgười ký: Phó Giám đốc\n"
      "Viết giúp phiếu trình lãnh đạo.",
      ["classified-marking"], "Title-case label and value 'Độ Mật: Tối Mật'.")
    S("vi", "txt",
      "PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC\nNội dung: Dự thảo báo cáo rà soát quy hoạch cán bộ\n"
      "Cấp độ mật: Tuyệt mật\nÝ kiến đề xuất của chuyên viên: trình đồng chí Bí thư cho ý kiến.\n\n"
      "Sửa câu đề xuất cho trang trọng hơn.",
      ["classified-marking"], "'Cấp độ mật:' spelling of the level field.")
    S("vi", "txt",
      "Sổ đăng ký văn bản đi (trích):\n"
      "Số: 58/BC-VP | Ngày: 03/7/2026 | Độ mật: A | Nơi nhận: Thường trực Tỉnh ủy\n"
      "Viết giúp tôi cách ghi sổ cho đúng mẫu.",
      ["classified-marking"], "Register row with the envelope letter as the level ('Độ mật: A' = Tuyệt mật envelope).")
    S("vi", "txt",
      "Mức độ mật : Mật\nSố trang: 06\n\nBIÊN BẢN LÀM VIỆC\nvới Công ty TNHH Thành Đạt về tiến độ bồi thường GPMB\n"
      "Viết lại biên bản thành báo cáo.",
      ["classified-marking"], "'Mức độ mật :' with a space before the colon.")
    S("vi", "md",
      "Sửa giúp định dạng markdown:\n\n"
      "**Số:** 33/KH-BCĐ  \n**Độ mật:** **Tối mật**  \n**Độ khẩn:** Thượng khẩn\n\n"
      "## KẾ HOẠCH\nTriển khai cao điểm tấn công trấn áp tội phạm",
      ["classified-marking"], "Markdown bold label and bold value '**Độ mật:** **Tối mật**'.")
    S("vi", "txt",
      "Độ mật - Mật\nĐộ khẩn - Hỏa tốc\nV/v cung cấp danh sách đối tượng cần quản lý\n\nViết giúp công văn trả lời.",
      ["classified-marking"], "Level field with a dash instead of a colon.")
    S("vi", "txt",
      "MẬT - KHẨN\n\nKính gửi: Ban Chỉ đạo 35 tỉnh\n\n"
      "Đề nghị cung cấp danh sách tài khoản mạng xã hội đăng tải thông tin xấu độc về Đại hội trước 17h ngày 09/7.\n"
      "Viết lại văn bản cho ngắn gọn.",
      ["classified-marking"], "Combined secrecy + urgency stamp 'MẬT - KHẨN'.")
    S("vi", "txt",
      "MẬT/KHẨN\nTHÔNG BÁO\nÝ kiến chỉ đạo của Thường trực Thành ủy về xử lý vụ việc tại phường Đông Hải\n"
      "Tóm tắt 3 ý.",
      ["classified-marking"], "'MẬT/KHẨN' slash form on the first line.")
    S("vi", "txt",
      "Mật - Khẩn\nSố: 91/CV-PC\nV/v phối hợp xác minh nguồn gốc tài sản\n\nKính gửi: Ngân hàng Nhà nước chi nhánh Khu vực 5\n"
      "Dịch sang tiếng Anh.",
      ["classified-marking", "official-document"], "Title-case combined stamp 'Mật - Khẩn' above a number line.")
    S("vi", "txt",
      "CHỈ NGƯỜI CÓ TÊN MỚI ĐƯỢC BÓC BÌ\n\nKính gửi: Đồng chí Trưởng Ban Tổ chức Tỉnh ủy\n\n"
      "Ban Thường vụ Huyện ủy báo cáo kết quả xác minh đơn thư liên quan đồng chí Phó Bí thư Huyện ủy...\n"
      "Viết lại phần mở đầu giúp tôi.",
      ["classified-marking"], "Envelope handling stamp as the first line before a salutation.")
    S("vi", "txt",
      "Soạn giúp email gửi các phòng kèm tài liệu sau:\n\n"
      "KHÔNG PHỔ BIẾN\nĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7/2026\n- Không đưa tin về vụ việc tại cảng cá Sông Đốc trước khi có kết luận.\n",
      ["classified-marking"], "KHÔNG PHỔ BIẾN on its own line above a propaganda guidance title (after a prompt line).")
    S("vi", "txt",
      "Tài liệu hội nghị cán bộ chủ chốt, tôi chép lại:\n\n"
      "LƯU HÀNH NỘI BỘ\n\nBÁO CÁO CHÍNH TRỊ (DỰ THẢO LẦN 3)\nĐại hội đại biểu Đảng bộ huyện lần thứ XXII\n\n"
      "Nhờ bạn rút gọn phần đánh giá.",
      ["classified-marking"], "LƯU HÀNH NỘI BỘ banner on line 3 (after a prompt line), with DỰ THẢO in the title.")
    # ---------------------------------------------------------------- obfuscations
    S("vi", "txt",
      "So: 58/BC-CAH\n   TUYET MAT\nBAO CAO\nKet qua xac minh nguon tin ve hoat dong cua nhom doi tuong tai xa Ia Grai\n"
      "Viet lai cho mach lac.",
      ["classified-marking", "official-document"], "No diacritics anywhere; stamp under 'So:'.")
    S("vi", "txt",
      "Gõ lại giúp mình đoạn văn bản scan này:\n\nT Ố I   M Ậ T\n\nKẾ HOẠCH\nKiểm tra đột xuất kho vật chứng Công an huyện",
      ["classified-marking"], "Letter-spaced stamp with a wider gap between the two words.")
    S("vi", "txt",
      "M.Ậ.T\nBÁO CÁO NHANH\nVụ cháy kho hóa chất tại KCN Tân Trường, thiệt hại ban đầu 46 tỷ đồng\nSoạn giúp tin nhắn báo cáo lãnh đạo.",
      ["classified-marking"], "Dotted stamp M.Ậ.T on the first line.")
    S("vi", "txt",
      "T.U.Y.Ệ.T M.Ậ.T\nĐỀ ÁN\nThành lập lực lượng phản ứng nhanh bảo vệ hạ tầng số\nViết giúp phần sự cần thiết.",
      ["classified-marking"], "Dotted TUYỆT MẬT.")
    S("vi", "txt",
      zw("TỐI") + " " + zw("MẬT") + "\nDanh sách đảng viên diện xem xét kỷ luật quý II/2026\nSắp xếp lại theo thứ tự ABC.",
      ["classified-marking"], "U+200B between every letter of TỐI MẬT on the first line.")
    S("vi", "txt",
      "Báo cáo tiến độ giải ngân vốn đầu tư công 6 tháng.\nTỷ lệ giải ngân: 41,7% kế hoạch vốn.\n\n" + fullwidth("MẬT") + "\n\n"
      "Viết thành đoạn nhận xét.",
      ["classified-marking"], "Full-width letters (Ｍ, Ｔ) in a stamp line between the body and the prompt.")
    S("vi", "txt",
      nfd("TÀI LIỆU MẬT\nHướng dẫn nghiệp vụ công tác nắm tình hình trên không gian mạng năm 2026\nTóm tắt giúp tôi."),
      ["classified-marking"], "Whole sample in NFD (decomposed marks).")
    S("vi", "txt",
      "T-U-Y-Ệ-T M-Ậ-T\nKẾ HOẠCH\nDiễn tập khu vực phòng thủ tỉnh năm 2026\nRút gọn giúp.",
      ["classified-marking"], "Hyphen-spelled stamp T-U-Y-Ệ-T M-Ậ-T.")
    S("vi", "txt",
      "Ghi chú cuộc họp chiều 7/7 (Thường trực Huyện ủy):\n- Thống nhất chưa công bố kết luận thanh tra dự án chợ Đầm.\n"
      "- Giao Ban Tổ chức chuẩn bị nhân sự thay thế.\n\n(Mật)",
      ["classified-marking"], "Title-case '(Mật)' in brackets as the last line of meeting notes.")
    S("vi", "txt",
      "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nĐẢNG ỦY SỞ NỘI VỤ\n*\nSố 47-BC/ĐU\n\n"
      "Mật\n\n"
      "BÁO CÁO\nKết quả kiểm tra tài chính đảng năm 2026\n\nViết lại phần hạn chế.",
      ["classified-marking", "official-document"], "Title-case 'Mật' alone on a line under a party number line.")
    S("vi", "txt",
      "mật\n\nkế hoạch phối hợp bắt giữ đối tượng truy nã tại bến xe phía nam, lực lượng tham gia 24 đồng chí, "
      "thời gian triển khai 04h00 ngày 12/7.\nviết lại cho đúng văn phong giúp mình",
      ["classified-marking"], "Lower-case 'mật' alone on the first line of an all-lower-case paste.")
    S("mixed", "txt",
      "Translate into English, keep the stamp:\n\nUBND THÀNH PHỐ HẢI PHÒNG\nSố: 318/KH-UBND\n\nTUYỆT MẬT - HỎA TỐC\n\n"
      "KẾ HOẠCH\nỨng phó sự cố tràn dầu tại luồng Lạch Huyện",
      ["classified-marking", "official-document"], "English prompt; combined 'TUYỆT MẬT - HỎA TỐC' stamp.")
    S("mixed", "txt",
      "Summarise in English please. Classification: MẬT\n\nBáo cáo kết quả đàm phán vòng 3 với đối tác về giá điện gió ngoài khơi: "
      "phía đối tác đề xuất 9,8 US cent/kWh, ta giữ mức trần 8,9 US cent/kWh.",
      ["classified-marking"], "English field label 'Classification:' with the Vietnamese level MẬT.")
    S("mixed", "eml",
      "Subject: [MAT] Ban ghi nho hop tac voi doi tac Nhat Ban\n\nDear team, please help polish the English summary below.\n"
      "Tom tat: hai ben thong nhat von doi ung 12%...",
      ["classified-marking"], "No-diacritics tag [MAT] at the start of an e-mail subject.")
    # ================================================================ vi: official documents (warn)
    S("vi", "txt",
      "TỈNH ỦY KHÁNH HÒA\n*\nSố 112-NQ/TU\nNha Trang, ngày 30 tháng 6 năm 2026\n\n"
      "NGHỊ QUYẾT\nvề phát triển kinh tế biển đến năm 2030\n\n"
      "Viết giúp bài tóm tắt 300 chữ để đăng bản tin nội bộ.",
      ["official-document"], "Provincial party resolution header 'Số 112-NQ/TU' with place and date.")
    S("vi", "txt",
      "ỦY BAN KIỂM TRA TRUNG ƯƠNG\n*\nSố 96-QĐ/UBKTTW\n\nQUYẾT ĐỊNH\nvề việc kiểm tra khi có dấu hiệu vi phạm\n\n"
      "Điều 1. Kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Đảng ủy Tổng công ty Đường sắt.\n"
      "Dịch điều 1 sang tiếng Anh.",
      ["official-document"], "Central Inspection Commission decision number 96-QĐ/UBKTTW heading the text.")
    S("vi", "txt",
      "ĐẢNG BỘ HUYỆN CỦ CHI\nĐẢNG ỦY XÃ TÂN THẠNH ĐÔNG\n*\nSố 21-BC/ĐU\n\n"
      "BÁO CÁO\nsơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026\n\n"
      "Tổng số đảng viên: 412; kết nạp mới: 9; chuyển sinh hoạt đi: 3.\nViết thêm phần phương hướng.",
      ["official-document"], "Party committee report 'Số 21-BC/ĐU' under a two-line party header.")
    S("vi", "txt",
      "BỘ CÔNG AN\nSố: 3317/BC-BCA\n\nBÁO CÁO\nCông tác bảo đảm trật tự an toàn giao thông dịp nghỉ lễ\n\n"
      "Số vụ tai nạn: 112 (giảm 9%); số người chết: 71.\n\nNơi nhận:\n- Thủ tướng Chính phủ (để b/c);\n- Lưu: VT, C08.\n\n"
      "Viết lại thành thông cáo báo chí.",
      ["official-document"], "Ministry report: number line, recipients block.")
    S("vi", "txt",
      "CÔNG TY TNHH MTV THOÁT NƯỚC ĐÀ NẴNG\nSố: 27/CV-TN\nV/v đề nghị cấp kinh phí nạo vét cống\n\n"
      "Kính gửi: Sở Xây dựng thành phố Đà Nẵng\n\nSửa lỗi chính tả giúp tôi.",
      ["official-document"], "Company công văn: 'Số: 27/CV-TN' and 'Kính gửi:'.")
    S("vi", "txt",
      "Rà soát giúp phần ký của văn bản:\n\n"
      "Nơi nhận:                                       KT. CHỦ TỊCH\n"
      "- Như Điều 3;                                   PHÓ CHỦ TỊCH\n"
      "- CT, các PCT UBND tỉnh;\n- Lưu: VT, KT.\n",
      ["official-document"], "Recipients block and signing authority side by side.")
    S("vi", "txt",
      "UBND XÃ PHÚ XUÂN\nSố: 15/QĐ-UBND\nV/v thành lập Tổ công tác rà soát hộ nghèo\n\n"
      "QUYẾT ĐỊNH\nĐiều 1. Thành lập Tổ công tác gồm các ông (bà) có tên sau...\n"
      "Viết giúp Điều 2 về nhiệm vụ.",
      ["official-document"], "Commune decision number line with a V/v line below.")
    S("vi", "txt",
      "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n*\nSố 412-CV/VPTW\nV/v chuẩn bị tài liệu Hội nghị Trung ương\n\n"
      "Kính gửi: Các tỉnh ủy, thành ủy trực thuộc Trung ương\n\nRút gọn giúp.",
      ["official-document"], "Party công văn 'Số 412-CV/VPTW' with 'Kính gửi:'.")
    S("vi", "txt",
      "Soát giúp lỗi chính tả văn bản:\n"
      "BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, LÃNG PHÍ, TIÊU CỰC TỈNH\n"
      "Số: 07-TB/BCĐ\n\nTHÔNG BÁO\nKết luận phiên họp thứ 9 của Ban Chỉ đạo",
      ["official-document"], "Steering committee notice 'Số: 07-TB/BCĐ' with a colon (party style number).")
    S("vi", "txt",
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT CHU VĂN AN\nSố: 88/KH-THPTCVA   Hà Nội, ngày 25 tháng 6 năm 2026\n\n"
      "KẾ HOẠCH\nTổ chức kỳ thi tuyển sinh lớp 10 năm học 2026-2027\nViết lại mục tiêu cho gọn.",
      ["official-document"], "School plan with a number line followed by place and date.")
    # ================================================================ vi: national ids
    c1 = cccd_make("046", 1979, False)
    S("vi", "txt",
      "SƠ YẾU LÝ LỊCH CÁN BỘ\nHọ và tên khai sinh: Hồ Văn Định\nNgày sinh: 14/02/1979\n"
      f"Số định danh cá nhân: {c1}\nNgày vào Đảng: 03/02/2004\nChức vụ: Phó Trưởng phòng Kinh tế\n\n"
      "Viết giúp phần tự nhận xét ưu, khuyết điểm.",
      ["national-id"], "'Số định danh cá nhân:' in a CV (046 male 1979).")
    c2 = cccd_make("079", 2001, True)
    S("vi", "txt",
      "Hồ sơ tuyển dụng viên chức đợt 2/2026 – thí sinh Phan Ngọc Trâm, sinh năm 2001, "
      f"thẻ căn cước số {c2[:3]} {c2[3:6]} {c2[6:]}, trình độ Thạc sĩ Kế toán.\n"
      "Soạn giúp thông báo trúng tuyển.",
      ["national-id"], "'thẻ căn cước số' with the 12 digits grouped 3-3-6 (079 female 2001).")
    c3 = cccd_make("040", 1968, False)
    c4 = cccd_make("042", 1985, True)
    S("vi", "csv",
      "stt,ho_ten,nam_sinh,so_cccd,chuc_vu\n"
      f"1,Nguyễn Đình Lộc,1968,{c3},Trưởng phòng\n"
      f"2,Trần Thị Mỹ Linh,1985,{c4},Chuyên viên\n",
      ["national-id"], "CSV with a 'so_cccd' column (040 male 1968, 042 female 1985).")
    c5 = cccd_make("001", 1992, False)
    S("vi", "txt",
      f"Quyết định kỷ luật: ông Vũ Mạnh Cường (CCCD/CMND: {c5}), công chức địa chính xã, bị hạ bậc lương "
      "do vi phạm trong cấp giấy chứng nhận quyền sử dụng đất.\nViết lại đoạn này cho đúng văn phong.",
      ["national-id", "sensitive-personal"], "'CCCD/CMND:' in brackets after a name; disciplinary sanction of a named official.")
    c6 = cccd_make("089", 1958, True)
    S("vi", "txt",
      "Giấy ủy quyền\n"
      f"Bên ủy quyền: bà Lâm Thị Nga, sinh năm 1958, CCCD số {c6} do Cục Cảnh sát QLHC về TTXH cấp ngày 10/8/2021.\n"
      "Nội dung: nhận lương hưu thay tháng 7/2026.\nKiểm tra giúp tôi giấy ủy quyền đã đủ nội dung chưa.",
      ["national-id"], "Power of attorney with 'CCCD số' and the issuing authority (089 female 1958).")
    c7 = cccd_make("038", 2003, False)
    S("vi", "txt",
      f"e ơi thông tin của a: Lê Văn Hậu, sn 2003, căn cước {c7}, quê Thanh Hóa, e điền giúp a vào form đăng ký dự thi nhé",
      ["national-id"], "Chat with bare 'căn cước' before the number (038 male 2003).")
    hc = pos("national-id", "P" + digits(7, "123456789"))
    S("vi", "txt",
      f"Đoàn công tác sang Lào: đồng chí Bùi Quang Huy, Trưởng đoàn, hộ chiếu ngoại giao số {hc}, "
      "hiệu lực đến 2031. Viết giúp công hàm xin thị thực.",
      ["national-id"], "'hộ chiếu ngoại giao số' + letter and 7 digits.")
    bhxh = pos("national-id", "79" + digits(8))
    S("vi", "txt",
      f"Hồ sơ hưởng chế độ ốm đau: Nguyễn Thị Xuân Mai, mã số BHXH: {bhxh}, nghỉ 05 ngày do sốt xuất huyết. "
      "Soạn giúp danh sách đề nghị.",
      ["national-id", "sensitive-personal"], "BHXH number with context; an illness of a named employee.")
    # ================================================================ vi: financial
    a1 = vn_account(13)
    S("vi", "txt",
      "QUYẾT ĐỊNH hỗ trợ gia đình chính sách có hoàn cảnh khó khăn:\n"
      f"Hỗ trợ bà Trần Thị Tám số tiền 5.000.000 đồng, chuyển vào tài khoản số {a1} mở tại Vietcombank chi nhánh Quảng Bình.\n"
      "Viết giúp phần căn cứ.",
      ["financial"], "Account number followed by 'mở tại Vietcombank'.")
    a2 = vn_account(14)
    S("vi", "txt",
      "Thông tin thanh toán tiền thù lao báo cáo viên:\n"
      f"- Ông Lương Văn Thịnh: {a2} – Agribank CN Đắk Lắk\n"
      "- Số tiền: 1.500.000 đồng/buổi x 2 buổi\nLập giúp bảng kê thanh toán.",
      ["financial"], "Account number then '– Agribank CN …' after a name (no STK word).")
    a3 = vn_account(12)
    S("vi", "txt",
      f"Ngân hàng TMCP Công Thương Việt Nam (VietinBank) – STK {a3} – chủ tài khoản: ĐINH THỊ HUỆ. "
      "Viết giúp thư mời ủng hộ đồng bào vùng lũ.",
      ["financial"], "Full bank name before 'STK' with the account holder.")
    a4 = vn_account(10)
    S("vi", "txt",
      f"dạ e gửi lại stk ạ: {a4} acb - Nguyen Van Phong, a chuyển giúp e tiền tạm ứng công tác phí nhé",
      ["financial"], "Lower-case chat: 'stk' + 10-digit account + lower-case 'acb'.")
    m1 = mst_personal("80")
    S("vi", "txt",
      "TỜ KHAI ĐĂNG KÝ NGƯỜI PHỤ THUỘC GIẢM TRỪ GIA CẢNH\n"
      f"Họ và tên người nộp thuế: Tạ Minh Khôi\nMã số thuế cá nhân: {m1}\n"
      "Người phụ thuộc: Tạ Gia Bảo (con), sinh 2019.\nKiểm tra giúp tờ khai.",
      ["financial"], "'Mã số thuế cá nhân:' of a named tax payer.")
    m2 = mst_personal("01")
    S("vi", "txt",
      f"Chị Hằng ơi, mst của em là {m2}, chị kê khai quyết toán thuế TNCN giúp em với nhé. Em cảm ơn.",
      ["financial"], "Lower-case 'mst của em là' in a chat (personal, valid check digit).")
    cd = napas_card("970405", " ")
    S("vi", "txt",
      f"Thẻ ghi nợ nội địa Agribank số {cd} của bố em bị khóa, viết giúp em đơn đề nghị mở khóa thẻ gửi chi nhánh.",
      ["financial"], "Napas debit card number with spaces next to the bank name.")
    # ================================================================ vi: sensitive-personal (warn)
    S("vi", "txt",
      "Tổng hợp tình hình sức khỏe cán bộ trước khi cử đi công tác nước ngoài:\n"
      "- Đồng chí Ngô Thị Phương: đang điều trị trầm cảm nặng, dùng thuốc chống trầm cảm hằng ngày.\n"
      "- Đồng chí Đặng Quốc Bảo: đủ sức khỏe.\nViết lại cho tế nhị.",
      ["sensitive-personal"], "Depression treatment of a named official.")
    S("vi", "txt",
      "Nhận xét quần chúng ưu tú: anh Y Bhin Niê theo đạo Tin Lành, tham gia sinh hoạt tại điểm nhóm buôn Ea Tu; "
      "đề nghị chi bộ tiếp tục bồi dưỡng.\nSửa giúp câu văn.",
      ["sensitive-personal"], "Religion of a named person in a party admission note.")
    S("vi", "txt",
      "Báo cáo xác minh lý lịch: anh Châu Văn Lợi có 01 tiền án về tội trộm cắp tài sản (năm 2017), đã được xóa án tích năm 2022.\n"
      "Viết lại cho đúng văn phong báo cáo.",
      ["sensitive-personal"], "Criminal record (tiền án) of a named person.")
    S("vi", "txt",
      "Thông báo: Ban Thường vụ Huyện ủy quyết định thi hành kỷ luật khai trừ ra khỏi Đảng đối với đồng chí "
      "Phạm Minh Tuấn, nguyên Chủ tịch UBND xã, do vi phạm nghiêm trọng trong quản lý đất đai.\n"
      "Viết thành tin ngắn cho bản tin nội bộ.",
      ["sensitive-personal"], "Expulsion from the Party of a named member.")
    S("vi", "txt",
      "Danh sách đề nghị trợ cấp: chị Kiều Thị Hạnh (nhân viên tạp vụ) nhiễm HIV, đang điều trị ARV tại "
      "Trung tâm Y tế quận. Soạn giúp tờ trình đề nghị hỗ trợ.",
      ["sensitive-personal"], "HIV status of a named employee.")
    S("vi", "txt",
      "Anh Lò Văn Quý (xã viên HTX) là tín đồ Phật giáo Hòa Hảo, ăn chay trường; "
      "khi tổ chức liên hoan nhớ chuẩn bị suất chay. Viết lại lời nhắc này.",
      ["sensitive-personal"], "Religion of a named person in an everyday note.")
    # ================================================================ vi: pass, hard negatives
    S("vi", "txt",
      "Làm giúp 1 slide tập huấn từ nội dung sau:\n\n"
      "CÁC ĐỘ MẬT CỦA BÍ MẬT NHÀ NƯỚC\n"
      "• TUYỆT MẬT – gây hại đặc biệt nghiêm trọng\n"
      "• TỐI MẬT – gây hại rất nghiêm trọng\n"
      "• MẬT – gây hại nghiêm trọng\n",
      [], "Hard negative: training slide listing the three levels as bullets, one per line.")
    S("vi", "txt",
      "Câu 7. Dấu \"TỐI MẬT\" theo Mẫu số 02 Thông tư 24/2020/TT-BCA có kích thước bao nhiêu?\n"
      "A. 30mm x 8mm\nB. 40mm x 8mm\nC. 20mm x 8mm\nĐáp án: A. Viết thêm 4 câu tương tự.",
      [], "Hard negative: quiz question about the size of the TỐI MẬT stamp.")
    S("vi", "txt",
      "KHÔNG ĐƯA TÀI LIỆU MẬT LÊN CÁC NỀN TẢNG TRÍ TUỆ NHÂN TẠO\n"
      "Văn phòng đề nghị cán bộ, công chức tuyệt đối không sao chép văn bản có đóng dấu MẬT, TỐI MẬT, TUYỆT MẬT "
      "vào ChatGPT, Gemini. Viết lại thông báo này cho ngắn gọn.",
      [], "Hard negative: guidance headline in capitals telling staff not to paste secret documents.")
    S("vi", "txt",
      "Bảng thuật ngữ Việt – Anh (phần bảo vệ bí mật nhà nước):\n"
      "MẬT – Confidential\nTỐI MẬT – Secret\nTUYỆT MẬT – Top Secret\nGIẢI MẬT – Declassified\n"
      "Bổ sung thêm 5 thuật ngữ.",
      [], "Hard negative: glossary, each level on a line of its own with its English translation.")
    S("vi", "txt",
      "Viết review ngắn cho phim \"Nhiệm Vụ Tối Mật\" (2026): phim hành động về một đặc vụ bảo vệ hồ sơ TUYỆT MẬT "
      "khỏi bị đánh cắp, diễn xuất ổn, kỹ xảo đẹp.",
      [], "Hard negative: film title and plot summary naming the levels.")
    S("vi", "txt",
      "Giới thiệu sách:\nHỒ SƠ TUYỆT MẬT VỀ CHIẾN DỊCH HỒ CHÍ MINH\nTác giả: nhiều tác giả; NXB Quân đội nhân dân, 2025; 412 trang.\n"
      "Viết đoạn giới thiệu 150 chữ.",
      [], "Hard negative: book title in capitals containing TUYỆT MẬT.")
    S("vi", "txt",
      "SỎI TÚI MẬT: NGUYÊN NHÂN VÀ CÁCH PHÒNG NGỪA\nSỏi túi mật hình thành khi dịch mật bị cô đặc. "
      "Người béo phì, ít vận động có nguy cơ cao hơn. Viết lại thành bài đăng fanpage bệnh viện.",
      [], "Hard negative: generic health education about gallstones (túi mật).")
    S("vi", "txt",
      "THÔNG SỐ QUY HOẠCH\nMẬT ĐỘ XÂY DỰNG: 40%\nTẦNG CAO TỐI ĐA: 9 TẦNG\nViết thành đoạn mô tả dự án.",
      [], "Hard negative: MẬT ĐỘ XÂY DỰNG in capitals on its own line.")
    S("vi", "txt",
      "Soạn lời phát biểu: quan hệ giữa hai địa phương kết nghĩa ngày càng mật thiết; không khí buổi gặp mặt "
      "thân mật, cởi mở.",
      [], "Hard negative: mật thiết, thân mật in a speech.")
    S("vi", "txt",
      "Trò chơi lớn cho đội viên: mỗi đội nhận một MẬT THƯ, giải MẬT MÃ Morse để tìm trạm tiếp theo. "
      "Soạn giúp 3 mật thư mẫu.",
      [], "Hard negative: MẬT THƯ, MẬT MÃ in a scouting game.")
    S("vi", "txt",
      "Kể lại giúp học sinh: năm 1968, trận đánh mang mật danh \"Mậu Thân\"; trong triều Nguyễn, Cơ mật viện "
      "là cơ quan tư vấn cho nhà vua về các việc trọng đại.",
      [], "Hard negative: mật danh, Cơ mật viện in a history lesson.")
    S("vi", "txt",
      "CHÍNH SÁCH BẢO MẬT\n\nCổng dịch vụ công cam kết bảo mật thông tin cá nhân của người dùng theo quy định.\n"
      "Viết lại cho dễ hiểu.",
      [], "Hard negative: privacy policy heading CHÍNH SÁCH BẢO MẬT.")
    S("vi", "txt",
      "Trích yếu: Kế hoạch tổ chức Hội thao truyền thống ngành\nĐộ mật: Thường\nĐộ khẩn: Thường\n"
      "Viết giúp thư mời các đơn vị tham gia.",
      [], "Hard negative: 'Độ mật: Thường' field (not secret).")
    S("vi", "txt",
      "DỰ THẢO\n\nQUY CHẾ CHI TIÊU NỘI BỘ NĂM 2026\nĐiều 1. Phạm vi điều chỉnh...\nGóp ý giúp về bố cục.",
      [], "Hard negative: DỰ THẢO on the first line, no document header.")
    S("vi", "txt",
      "HỎA TỐC\nThông báo: do mưa lớn, cuộc họp chiều nay chuyển sang hình thức trực tuyến, link gửi trong nhóm Zalo.\n"
      "Viết lại cho trang trọng.",
      [], "Hard negative: HỎA TỐC urgency mark without any document header.")
    S("vi", "txt",
      "KHẨN\nĐề nghị các phòng nộp báo cáo thi đua trước 10h sáng mai.\nViết lại thành tin nhắn lịch sự.",
      [], "Hard negative: KHẨN alone, no header.")
    S("vi", "txt",
      "Tóm tắt bài báo: Thực hiện Nghị quyết 57-NQ/TW và Luật An ninh mạng 24/2018/QH14, Bộ Công an đã ban hành "
      "Thông tư 12/2026/TT-BCA hướng dẫn bảo vệ dữ liệu trên không gian mạng.",
      [], "Hard negative: public document numbers cited in prose.")
    S("vi", "txt",
      "Theo Quyết định số 1560/QĐ-UBND ngày 12/5/2026 của UBND tỉnh, giá đất tái định cư tại dự án được điều chỉnh tăng 12%. "
      "Viết giúp bài đăng giải đáp thắc mắc của người dân.",
      [], "Hard negative: a public provincial decision cited in the first sentence.")
    S("vi", "txt",
      "BÁO CÁO NHANH\nTình hình mưa lũ ngày 06/7/2026: lượng mưa phổ biến 80–150 mm; 12 tuyến đường bị ngập cục bộ.\n"
      "Viết lại thành bản tin thời tiết.",
      [], "Hard negative: bare 'BÁO CÁO NHANH' title without number or issuing body.")
    mc = mst_make("01")
    S("vi", "txt",
      "HÓA ĐƠN GIÁ TRỊ GIA TĂNG\nĐơn vị bán hàng: CÔNG TY CỔ PHẦN VĂN PHÒNG PHẨM HỒNG HÀ\n"
      f"Mã số thuế: {mc}\nĐịa chỉ: 25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội\nTổng tiền thanh toán: 4.268.000 đồng\n"
      "Lập giúp bảng kê chứng từ thanh toán.",
      [], "Hard negative: a company's MST on an invoice.")
    on = neg("099" + digits(9), "12-digit order number starting 099 (no province code)", lambda x: cccd_ok(x))
    S("vi", "txt",
      f"Shop ơi đơn hàng mã {on} của mình giao chậm 5 ngày rồi. Viết giúp tin nhắn khiếu nại lịch sự.",
      [], "Hard negative: 12-digit order number starting 099.")
    S("vi", "txt",
      "Mọi thắc mắc về thủ tục cấp căn cước, người dân gọi tổng đài 1900 0368 hoặc đường dây nóng 069 2342 593 "
      "của Cục Cảnh sát QLHC. Viết lại thông báo cho dễ đọc.",
      [], "Hard negative: public hotlines and a public switchboard.")
    S("vi", "txt",
      "Bài tuyên truyền: Trầm cảm là bệnh phổ biến, có thể điều trị được. Dấu hiệu gồm buồn chán kéo dài, mất ngủ, "
      "mất hứng thú. Hãy tìm đến bác sĩ chuyên khoa khi có biểu hiện. Viết lại cho học sinh THPT.",
      [], "Hard negative: generic health education (no named person).")
    S("vi", "txt",
      "Giải thích giúp: theo Quy định 69-QĐ/TW, các hình thức kỷ luật đảng viên gồm khiển trách, cảnh cáo, "
      "cách chức, khai trừ. Đảng viên bị khai trừ thì không được kết nạp lại.",
      [], "Hard negative: party-discipline rules cited in prose, no named person.")
    S("vi", "txt",
      "BÍ MẬT CỦA NHỮNG NGƯỜI DẬY SỚM\nViết giúp bài blog 500 chữ với tiêu đề trên.",
      [], "Hard negative: BÍ MẬT in a capitalised blog title.")
    S("vi", "txt",
      "Sắp xếp danh mục:\n- Tài liệu tham khảo\n- Tài liệu hướng dẫn\n- Tài liệu mật\n- Tài liệu công khai\n"
      "Theo thứ tự bảng chữ cái giúp mình.",
      [], "Hard negative: 'Tài liệu mật' as one item of a list of document kinds.")
    S("vi", "txt",
      "Nghị định 30/2020/NĐ-CP quy định chỉ dẫn về phạm vi lưu hành như \"TRẢ LẠI SAU KHI HỌP (HỘI NGHỊ)\", "
      "\"XEM XONG TRẢ LẠI\", \"LƯU HÀNH NỘI BỘ\". Giải thích khi nào dùng từng chỉ dẫn.",
      [], "Hard negative: decree text quoting the circulation marks inside a sentence.")
    S("vi", "txt",
      "MẬT MÍA NGUYÊN CHẤT QUẢNG NGÃI\nChai 500ml – 45.000đ\nViết 3 câu quảng cáo.",
      [], "Hard negative: MẬT MÍA (molasses) product heading.")
    S("vi", "txt",
      "Tin: Kiểm lâm phát hiện cơ sở nuôi nhốt 12 cá thể gấu để rút mật trái phép. Mật gấu không có tác dụng "
      "chữa bệnh như lời đồn. Tóm tắt tin trong 2 câu.",
      [], "Hard negative: mật gấu in wildlife news.")
    S("vi", "txt",
      "Hướng dẫn đổi mật khẩu hộp thư công vụ: vào Cài đặt > Bảo mật > Đổi mật khẩu; mật khẩu mới phải có ít nhất "
      "10 ký tự gồm chữ hoa, chữ thường và số. Viết lại thành infographic.",
      [], "Hard negative: password policy without any password.")
    S("vi", "txt",
      "Dịch giúp: \"Top Secret\" trong tiếng Việt là \"Tuyệt mật\", \"Secret\" là \"Tối mật\", \"Confidential\" là \"Mật\". "
      "Vậy \"Restricted\" dịch là gì?",
      [], "Hard negative: translation question naming the levels.")
    S("vi", "txt",
      "PHIẾU ĐỀ XUẤT ĐỘ MẬT (mẫu trống)\nTên tài liệu: ........................\nĐộ mật đề xuất: ........................\n"
      "Lý do: ........................\nHướng dẫn giúp cách điền phiếu này.",
      [], "Hard negative: blank proposal form with an empty level field.")
    S("vi", "txt",
      "Bài hát \"Mật Ngọt\" của ca sĩ Dunghoangpham có giai điệu nhẹ nhàng. Viết giúp caption cho video cover.",
      [], "Hard negative: song title 'Mật Ngọt'.")
    S("vi", "txt",
      "Cả lớp 12A rủ nhau chuẩn bị kế hoạch TỐI MẬT tặng quà bất ngờ cho cô chủ nhiệm ngày 20/11. "
      "Viết giúp tin nhắn rủ các bạn góp tiền.",
      [], "Hard negative: colloquial TỐI MẬT in capitals inside a sentence.")
    S("vi", "txt",
      "Vietcombank thông báo: lãi suất tiết kiệm kỳ hạn 12 tháng tăng lên 4,8%/năm từ 01/7/2026; tổng đài hỗ trợ "
      "1900 545413. Viết giúp bản tin tài chính.",
      [], "Hard negative: bank name with a rate and a public hotline (no account).")
    S("vi", "txt",
      "Mã hồ sơ dịch vụ công: 000.00.25.H26-260705-0012. Mã biên nhận: 2607050012345. "
      "Hồ sơ đang ở bước thẩm định, tôi nên hỏi ai?",
      [], "Hard negative: public-service file codes, no bank word, no ID word.")
    S("vi", "txt",
      "Giải thích cấu trúc số CCCD: 3 chữ số đầu là mã tỉnh nơi đăng ký khai sinh, chữ số thứ 4 là mã thế kỷ và "
      "giới tính, 2 chữ số tiếp theo là năm sinh, 6 chữ số cuối là khoảng số ngẫu nhiên. Viết thành infographic.",
      [], "Hard negative: explanation of the CCCD structure without any number.")
    S("vi", "txt",
      "Luật Tín ngưỡng, tôn giáo năm 2016 bảo đảm quyền tự do tín ngưỡng, tôn giáo của mọi người; "
      "không ai được xâm phạm quyền này. Soạn 5 câu hỏi tìm hiểu pháp luật.",
      [], "Hard negative: law text about religion, no named person.")
    S("vi", "txt",
      "Kính gửi: Quý khách hàng\n\nNhân dịp khai trương chi nhánh mới, Nhà sách Phương Nam giảm giá 20% toàn bộ sách giáo khoa.\n"
      "Viết lại thư cho hấp dẫn.",
      [], "Hard negative: 'Kính gửi: Quý khách hàng' in a shop's marketing letter (no document header).")
    S("vi", "txt",
      "Quy tắc soạn thảo: dấu chỉ độ mật được đóng ở góc trên bên trái, dưới số và ký hiệu văn bản; "
      "chỉ dẫn phạm vi lưu hành đóng dưới phần ký. Vẽ giúp sơ đồ vị trí các thành phần.",
      [], "Hard negative: drafting rule about where the stamp goes.")
    S("vi", "txt",
      "Tuyển tập thơ \"Mật ngọt tháng Giêng\" gồm 40 bài. Viết lời tựa 200 chữ.",
      [], "Hard negative: poetry collection title.")
    S("vi", "txt",
      "Thống kê: năm 2025 toàn tỉnh có 37 đảng viên bị kỷ luật, trong đó 4 trường hợp khai trừ; 12 đảng viên "
      "bị xử lý hình sự. Viết thành đoạn nhận xét (không nêu tên).",
      [], "Plain negative: aggregate party-discipline statistics with no named person.")
    bc = card_bad("visa", " ")
    S("vi", "txt",
      f"Ứng dụng báo 'Số thẻ không hợp lệ' khi nhập {bc}. Giải thích giúp thuật toán kiểm tra số thẻ.",
      [], "Hard negative: a card-like number that fails Luhn.")
    bm = mst_make("80", bad=True)
    S("vi", "txt",
      f"Tra cứu MST {bm} trên trang thuế báo 'không tồn tại'. Có phải sai chữ số kiểm tra không? Giải thích cách tính.",
      [], "Hard negative: MST-shaped number with a wrong check digit.")
    S("vi", "txt",
      "Mẫu trình bày số, ký hiệu: \"Số: 15/QĐ-UBND\" đối với quyết định cá biệt; \"Số: 05/2026/QĐ-UBND\" đối với "
      "quyết định quy phạm. Giải thích khác biệt.",
      [], "Hard negative: number formats quoted as examples inside a sentence.")
    S("vi", "txt",
      "Trang 3 – Mật ong rừng Tây Bắc: cách phân biệt mật thật, mật giả.\nViết lại đoạn mở đầu.",
      [], "Hard negative: page-footer-like line about honey.")
    S("vi", "txt",
      "Độ mật của thông tin trong báo cáo do người đứng đầu cơ quan xác định theo danh mục bí mật nhà nước. "
      "Viết lại câu này cho sinh viên dễ hiểu.",
      [], "Hard negative: 'Độ mật của thông tin' in a sentence.")
    S("vi", "txt",
      "ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!\nViết giúp 5 khẩu hiệu tuyên truyền chào mừng Đại hội.",
      [], "Hard negative: party slogan, not a party document header.")
    S("vi", "txt",
      "Lịch sử: Đảng Cộng sản Việt Nam ra đời ngày 3/2/1930; Chi bộ đầu tiên được thành lập tại số nhà 5D Hàm Long năm 1929. "
      "Soạn câu hỏi trắc nghiệm.",
      [], "Hard negative: party history naming Đảng/Chi bộ in prose.")
    # ================================================================ mixed
    c8 = cccd_make("048", 1990, True)
    S("mixed", "txt",
      "Please draft a visa support letter in English for our staff member:\n"
      f"Họ tên: Nguyễn Thị Bích Ngọc, DOB 21/04/1990, CCCD No.: {c8}, position: Senior Officer.",
      ["national-id"], "English prompt with a CCCD labelled 'CCCD No.:' (048 female 1990).")
    a5 = vn_account(13)
    S("mixed", "txt",
      f"Beneficiary: TRAN QUOC VIET\nAccount no.: {a5}\nBank: Techcombank, Hoan Kiem branch\n"
      "Viết giúp email đề nghị đối tác chuyển khoản phí hội thảo.",
      ["financial"], "English remittance block: account number with a Vietnamese bank name.")
    S("mixed", "txt",
      "Our staff guidance (Vietnamese + English): Do not upload documents stamped MẬT, TỐI MẬT or TUYỆT MẬT "
      "(Confidential, Secret, Top Secret) to ChatGPT. Make it a poster.",
      [], "Hard negative: bilingual guidance naming the levels.")
    S("mixed", "txt",
      "How do I translate 'LƯU HÀNH NỘI BỘ' and 'KHÔNG PHỔ BIẾN' into English for a glossary of Vietnamese document terms?",
      [], "Hard negative: translation question about the marking phrases.")
    mc2 = mst_make("01")
    S("mixed", "txt",
      "INVOICE / HÓA ĐƠN\nSeller: CÔNG TY TNHH GIẢI PHÁP SỐ AN PHÁT\n"
      f"Tax code (MST): {mc2}\nAmount: 12.500.000 VND\nPlease translate the invoice terms into English.",
      [], "Hard negative: a company's MST on a bilingual invoice.")
    S("mixed", "txt",
      "News summary: Vietnam's Law on Protection of State Secrets 117/2025/QH15 keeps three levels – Tuyệt mật, "
      "Tối mật and Mật. Summarise the changes for foreign investors.",
      [], "Hard negative: English news citing the law and the levels.")
    S("mixed", "txt",
      "Honey product label:\nMẬT ONG HOA CÀ PHÊ – Coffee Blossom Honey\nNet weight 500g. Write an English product description.",
      [], "Hard negative: MẬT ONG product label in a bilingual sample.")
    ROUND_TAG = ""


# Written AFTER the round-10 fixes (not blind): variants of the fixed families, to check the fixes are general,
# plus look-alikes that the new rules must leave alone.
def round10b():
    global ROUND_TAG
    ROUND_TAG = "r10b"
    _round_counters.clear()
    S("vi", "txt",
      "BAN TUYÊN GIÁO TỈNH ỦY\n*\nSố 88-HD/BTGTU MẬT\n\nHƯỚNG DẪN\nTuyên truyền kỷ niệm ngày thành lập Đảng bộ tỉnh\nRút gọn giúp.",
      ["classified-marking", "official-document"], "Post-fix variant: stamp one space after a party number.")
    S("vi", "txt",
      "UBND TỈNH NGHỆ AN\nSố: 501/KH-UBND\nNghệ An, ngày 15 tháng 7 năm 2026 (TUYỆT MẬT)\n\nKẾ HOẠCH\nDi dời dân vùng sạt lở\nTóm tắt.",
      ["classified-marking", "official-document"], "Post-fix variant: stamp in brackets after the date line.")
    S("vi", "txt",
      "Dịch sang tiếng Anh đoạn sau: \"TỐI MẬT – Phương án đàm phán giá mua điện của dự án điện khí LNG Quỳnh Lập: "
      "giá trần 9,2 US cent/kWh, thời hạn hợp đồng 20 năm.\"",
      ["classified-marking"], "Post-fix variant: translation prompt whose quote opens with TỐI MẬT and a dash.")
    S("vi", "txt",
      "[Mật]\nDanh sách hộ dân chưa nhận tiền bồi thường dự án đường vành đai 4 và lý do.\nLập bảng giúp mình.",
      ["classified-marking"], "Post-fix variant: '[Mật]' in square brackets on the first line.")
    S("vi", "txt",
      "Đề nghị các đơn vị rà soát, báo cáo số liệu trước 15/7.\nĐầu mối: Văn phòng Sở.\n\nTuyệt mật - Hỏa tốc",
      ["classified-marking"], "Post-fix variant: 'Tuyệt mật - Hỏa tốc' in sentence case as the last line.")
    S("vi", "txt",
      "Thông tin hồ sơ:\nSố ký hiệu: 77/TTr-SKHĐT\nCấp độ mật: MẬT\nCấp độ khẩn: Khẩn\nViết giúp phiếu trình.",
      ["classified-marking"], "Post-fix variant: 'Cấp độ mật: MẬT'.")
    S("vi", "txt",
      "Sổ theo dõi văn bản đến\nSố đến: 3310 | Độ mật: B | Nơi gửi: Công an tỉnh\nHướng dẫn giúp cách vào sổ.",
      ["classified-marking"], "Post-fix variant: envelope letter B as the level value.")
    S("mixed", "txt",
      "Security classification: TỐI MẬT\nPlease rewrite this Vietnamese briefing in English: kế hoạch kiểm tra đột xuất 5 dự án BOT.",
      ["classified-marking"], "Post-fix variant: 'Security classification: TỐI MẬT'.")
    S("vi", "md",
      "| ĐẢNG ỦY KHỐI DOANH NGHIỆP | TỐI MẬT |\n|---|---|\n| Số: 15-BC/ĐUK | Hà Nội, ngày 1 tháng 7 năm 2026 |\n\n"
      "Chuyển thành văn bản thường.",
      ["classified-marking", "official-document"], "Post-fix variant: party number line as a table cell.")
    a = vn_account(13)
    S("vi", "txt",
      f"Danh sách chi hỗ trợ:\n1. Bà Hoàng Thị Lụa – {a} (BIDV CN Sơn La) – 3.000.000 đồng\nLập giúp bảng kê.",
      ["financial"], "Post-fix variant: account number followed by the bank in brackets.")
    S("vi", "txt",
      "Báo cáo nhân sự: anh Đoàn Minh Khang (lái xe) xin nghỉ ốm 10 ngày do viêm phổi nặng. Viết lại cho gọn.",
      ["sensitive-personal"], "Post-fix variant: pneumonia of a named driver.")
    S("vi", "txt",
      "Thông báo nội bộ: ông Lại Văn Sinh, kế toán trưởng, bị giáng chức xuống kế toán viên từ 01/7/2026 do sai phạm "
      "trong quyết toán. Viết lại cho trang trọng.",
      ["sensitive-personal"], "Post-fix variant: demotion (civil-service discipline) of a named official.")
    S("vi", "txt",
      "UBND HUYỆN ĐÔNG ANH\nSố: 12/TB-UBND (KHẨN)\n\nTHÔNG BÁO\nLịch tiếp công dân tháng 7/2026\nViết lại cho dễ đọc.",
      ["official-document"], "Post-fix variant: KHẨN in brackets after the number line is urgency, not a marking.")
    # ---------------------------------------------------------------- look-alikes the new rules must leave alone
    S("vi", "txt",
      "Mã giao dịch: 20260705123456 – Vietcombank, nội dung: nộp học phí học kỳ I. Viết giúp email xác nhận đã nộp.",
      [], "Hard negative: a transaction reference next to a bank name (a word names it as a reference).")
    S("vi", "txt",
      "Đọc giúp bảng giá: Độ mật: A, B hoặc C tùy mức độ của tài liệu bí mật nhà nước đựng trong bì. Giải thích ý nghĩa.",
      [], "Hard negative: envelope letters listed in a sentence.")
    S("vi", "txt",
      "Hướng dẫn: khi gửi văn bản khẩn, ghi \"Mật - Khẩn trương xử lý\" là sai; phải dùng dấu độ khẩn đúng mẫu. Viết lại ý này.",
      [], "Hard negative: 'Mật - Khẩn trương' inside a sentence.")
    S("mixed", "txt",
      "Glossary for the translators:\nConfidential\n(Mật)\nSecret\n(Tối mật)\nTop Secret\n(Tuyệt mật)",
      [], "Hard negative: glossary with the Vietnamese levels in brackets under the English ones.")
    S("vi", "txt",
      "Hà Nội, ngày 5 tháng 7 năm 2026 – DỰ THẢO\nThư mời dự hội thảo khoa học về kinh tế số.\nSửa giúp lời mời.",
      [], "Hard negative: date line followed by DỰ THẢO.")
    S("vi", "txt",
      "Giải thích giúp cụm từ sau trong văn bản hành chính: \"TỐI MẬT – mức độ mật thứ hai trong ba mức của bí mật nhà nước.\"",
      [], "Hard negative: a quoted explanation of the term (cụm từ).")
    S("vi", "txt",
      "Mật\nMật ong hoa nhãn Hưng Yên có màu vàng sáng, vị ngọt thanh, thơm mùi nhãn; giá 250.000đ/lít. Viết quảng cáo.",
      [], "Hard negative: 'Mật' as a one-word heading of a honey advert.")
    ROUND_TAG = ""


# Round 9 (written BLIND, before any rule change): file formats and technical text — .eml with full headers,
# quoted replies and signatures; CSV exports (comma and semicolon, quoted fields, headers without diacritics);
# Markdown code fences (Python/JS/Go/Java/shell/.env/YAML/JSON/Terraform/compose/k8s); logs, nginx/ssh configs,
# SQL dumps, JSON API responses, notebook cells and git diffs. About 40% are hard negatives.
JWT_IO_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                 "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")


def round9():
    global ROUND_TAG
    ROUND_TAG = "r9"
    _round_counters.clear()
    # ================================================================ vi: positives
    m1 = pos("contact", vn_mobile("dots"))
    S("vi", "eml",
      "Return-Path: <hoang.lt@sotnmt.vn>\nReceived: from mail01.sotnmt.local (mail01.sotnmt.local [10.30.1.15])\n"
      "From: Lê Thị Hoàng <hoang.lt@sotnmt.vn>\nTo: Trần Văn Khôi <khoitv@sotnmt.vn>\nCc: Phòng CNTT\n"
      "Subject: V/v hộp thư bị đầy\nDate: Mon, 8 Jun 2026 08:41:12 +0700\nX-Mailer: Zimbra 9.0.0_GA\n"
      "Message-ID: <8812.1717810872@mail01.sotnmt.local>\n\n"
      "Anh Khôi ơi, hộp thư của em báo đầy, anh kiểm tra giúp em với.\n\n--\nLê Thị Hoàng\nPhòng Đo đạc bản đồ\n"
      f"DĐ: {m1}\n",
      ["contact", "infrastructure"],
      "Full .eml headers: named staff addresses, Received line with an internal .local relay and a 10/8 address, mobile with dots in the signature.")
    S("vi", "eml",
      "From: Nguyễn Minh Tâm <tamnm.vpub@gmail.com>\nTo: Đặng Thị Hà <hadt@ubnd.gov.vn>\nSubject: Fwd: Kế hoạch kiểm tra\n"
      "Date: Tue, 9 Jun 2026 14:02:55 +0700\n\nChị Hà xem giúp em bản này, em nhờ AI tóm tắt trước cuộc họp chiều.\n\n"
      "---------- Forwarded message ---------\nFrom: Văn thư Văn phòng UBND\nDate: Tue, 9 Jun 2026 at 10:15\n"
      "Subject: Kế hoạch kiểm tra\n\nLƯU HÀNH NỘI BỘ\n\nKẾ HOẠCH\nKiểm tra công tác quản lý đất đai tại 3 huyện năm 2026\n1. Thành lập đoàn kiểm tra liên ngành.\n",
      ["classified-marking", "contact"], "LƯU HÀNH NỘI BỘ alone on a line inside a Gmail-style forwarded block; personal webmail sender.")
    pwz = password("Kh@2026#bc")
    S("vi", "eml",
      "From: Vũ Đức Anh <anhvd@sokhdt.vn>\nTo: Bùi Thị Lan <lanbt@sokhdt.vn>\nSubject: File số liệu FDI quý II\n"
      "Date: Wed, 10 Jun 2026 16:20:03 +0700\nX-MS-Has-Attach: yes\n\nChị Lan, em gửi file nén số liệu.\n"
      f"MK file nén: {pwz}\n\nEm cảm ơn chị.",
      ["credential", "contact"], "Archive password after the abbreviation 'MK file nén:' in an e-mail.")
    m2 = pos("contact", vn_mobile("intl"))
    S("vi", "eml",
      "From: Phan Thanh Tùng <tungpt@bocongan.local>\nTo: Hồ Ngọc Mai <maihn@bocongan.local>\nSubject: Re: Re: Lịch trực\n"
      "In-Reply-To: <a1b2c3@bocongan.local>\nDate: Thu, 11 Jun 2026 07:55:40 +0700\n\nOk em, anh đổi ca với Dũng.\n\n"
      "Vào 10 thg 6, 2026 lúc 21:14, Hồ Ngọc Mai <maihn@bocongan.local> đã viết:\n> Anh Tùng ơi, tuần sau anh trực thứ 4 được không ạ?\n"
      f"> --\n> Hồ Ngọc Mai\n> Mobile: {m2}\n",
      ["contact", "infrastructure"], "Quoted reply with a Gmail-style Vietnamese attribution line; addresses on an internal .local domain; +84 mobile in the quoted signature.")
    c1 = cccd_make("036", 1990, True)
    c2 = cccd_make("040", 1985, False)
    m3 = pos("contact", vn_mobile("plain"))
    a1 = vn_account(13)
    S("vi", "csv",
      "STT,Ho ten,Ngay sinh,So CCCD,Dien thoai,So tai khoan,Ngan hang\n"
      f"1,\"Tran Thi Thu Huong\",12/04/1990,{c1},{m3},{a1},Vietcombank\n"
      f"2,\"Ngo Van Quyet\",03/09/1985,{c2},,,\n",
      ["national-id", "financial", "contact"], "Staff CSV with headers without diacritics (So CCCD, So tai khoan, Ngan hang), quoted names, empty cells.")
    c3 = cccd_make("001", 2002, True)
    c4 = cccd_make("027", 1978, False)
    S("vi", "csv",
      "\ufeff\"STT\";\"Họ và tên\";\"CMND/CCCD\";\"Địa chỉ\";\"Ghi chú\"\n"
      f"\"1\";\"Đỗ Thu Trang\";\"{c3}\";\"Số 12, ngõ 45; phường Dịch Vọng\";\"\"\n"
      f"\"2\";\"Lại Văn Hùng\";\"{c4}\";\"Thôn Đông; xã Tân Lập\";\"nghỉ phép\"\n",
      ["national-id", "contact"], "Excel semicolon CSV with a BOM, every field quoted, a 'CMND/CCCD' column; home addresses with semicolons inside quotes.")
    b1 = pos("national-id", "79" + digits(8, "123456789"))
    b2 = pos("national-id", "01" + digits(8, "123456789"))
    S("vi", "csv",
      "ma_nv,ho_ten,ma_so_bhxh,muc_dong\n"
      f"NV0012,Mai Anh Tuan,{b1},\"5.200.000\"\n"
      f"NV0013,Kieu Thi Ngoc,{b2},\"4.850.000\"\n",
      ["national-id"], "Social-insurance numbers in a ma_so_bhxh column; amounts quoted with dot thousands separators.")
    a2 = vn_account(12)
    a3 = vn_account(14)
    S("vi", "csv",
      "Họ tên;Số TK;NH;Số tiền\n"
      f"Phạm Văn Đông;{a2};BIDV;\"12.500.000\"\n"
      f"Lý Thị Hằng;{a3};TCB;\"9.800.000\"\n",
      ["financial"], "Payroll CSV with short column names 'Số TK' and 'NH' and bank tickers (BIDV, TCB).")
    pw3 = password("Qlvb@2026!")
    S("vi", "md",
      "Code Python này kết nối CSDL bị lỗi timeout, bạn xem giúp:\n\n```python\nimport psycopg2\n\n"
      "# kết nối CSDL quản lý văn bản\nconn = psycopg2.connect(\n    host=\"10.12.0.8\",\n    dbname=\"qlvb\",\n    user=\"qlvb_app\",\n"
      f"    password=\"{pw3}\",\n    connect_timeout=5,\n)\n```",
      ["credential", "infrastructure"], "Python keyword argument password=\"…\" with a literal value and a private host.")
    g1 = ghp_token()
    S("vi", "md",
      "Đoạn Go này gọi API GitHub bị 401, giải thích giúp mình:\n\n```go\nfunc newClient() *github.Client {\n"
      f"\ttoken := \"{g1}\"\n\tts := oauth2.StaticTokenSource(&oauth2.Token{{AccessToken: token}})\n"
      "\treturn github.NewClient(oauth2.NewClient(context.Background(), ts))\n}\n```",
      ["credential"], "ghp_ token (valid CRC32 tail) in a Go short variable declaration.")
    j1 = jwt({"sub": "cb_0415", "role": "chuyenvien", "exp": 1781000000})
    S("vi", "txt",
      "Log lỗi từ cổng dịch vụ công, nhờ phân tích vì sao bị 403:\n\n"
      "2026-06-09T08:12:44.118+07:00 INFO  [gw-01] --> POST /api/v1/hoso/nop HTTP/1.1\n"
      f"2026-06-09T08:12:44.119+07:00 DEBUG [gw-01] Authorization: Bearer {j1}\n"
      "2026-06-09T08:12:44.203+07:00 WARN  [gw-01] upstream http://hoso-svc.dvc.internal:8080 returned 403\n",
      ["credential", "infrastructure"], "Application log with a bearer JWT in a DEBUG header line and an *.internal upstream.")
    c5 = cccd_make("075", 1968, False)
    m4 = pos("contact", vn_mobile("plain"))
    S("vi", "md",
      "Viết giúp câu truy vấn đếm số cán bộ theo đơn vị từ bản dump này:\n\n```sql\n"
      "INSERT INTO can_bo (id, ho_ten, so_cccd, sdt, don_vi_id) VALUES\n"
      f"  (101, 'Trương Công Định', '{c5}', '{m4}', 4),\n  (102, 'Lâm Thị Nga', NULL, NULL, 4);\n```",
      ["national-id", "contact"], "SQL dump: CCCD and mobile as quoted values in an INSERT row.")
    c6 = cccd_make("034", 1999, True)
    m5 = pos("contact", vn_mobile("plain"))
    S("vi", "md",
      "API trả về JSON như dưới, mình muốn viết interface TypeScript cho nó:\n\n```json\n{\n  \"status\": 200,\n  \"data\": {\n"
      f"    \"hoTen\": \"Vương Thị Yến\",\n    \"soDinhDanh\": \"{c6}\",\n    \"soDienThoai\": \"{m5}\",\n    \"gioiTinh\": \"Nữ\"\n  }}\n}}\n```",
      ["national-id", "contact"], "JSON API response with soDinhDanh (camelCase) and soDienThoai values.")
    pw4 = password("Sotc#Hn2025")
    S("vi", "txt",
      "Review giúp commit này:\n\ndiff --git a/config/settings.py b/config/settings.py\nindex 3f2a9c1..8b7d0e4 100644\n"
      "--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@ DATABASES = {\n"
      "         'NAME': 'ketoan',\n         'USER': 'kt_app',\n"
      f"-        'PASSWORD': '{pw4}',\n+        'PASSWORD': os.environ['KT_DB_PASSWORD'],\n         'HOST': 'db.example.com',\n",
      ["credential"], "Git diff that removes a literal Django password: the removed line still holds it.")
    j2 = jwt({"sub": "admin", "iat": 1780900000})
    S("vi", "md",
      "Cell notebook này chạy bị lỗi kết nối, sửa giúp mình:\n\n```python\nIn [3]:\n"
      f"!curl -s -H \"Authorization: Bearer {j2}\" http://192.168.10.25:5000/api/thongke | head\n```",
      ["credential", "infrastructure"], "Notebook shell cell (!curl) with a bearer JWT and a 192.168 host.")
    S("vi", "md",
      "Bạn tối ưu giúp file cấu hình nginx này:\n\n```nginx\nserver {\n    listen 80;\n    server_name egov.sotttt.lan;\n"
      "    location /api/ {\n        proxy_pass http://172.20.4.11:8081;\n        proxy_set_header Host $host;\n    }\n}\n```",
      ["infrastructure"], "nginx server block: *.lan server_name and a 172.16/12 upstream.")
    pw5 = password("Dtbd@789")
    S("vi", "md",
      "File .env của dự án, bạn viết giúp README hướng dẫn cài đặt:\n\n```env\nAPP_ENV=production\nDB_HOST=10.8.3.20\nDB_PORT=5432\n"
      f"DB_USER=dtbd\nDB_PASS={pw5}\nREDIS_URL=${{REDIS_URL}}\n```",
      ["credential", "infrastructure"], ".env with a literal DB_PASS next to an env-interpolated REDIS_URL and a private DB host.")
    S("vi", "eml",
      "From: Văn phòng Đảng ủy <vanphong.dangu@moj.gov.vn>\nTo: Trịnh Thu Hà <hatt@moj.gov.vn>\nSubject: Thông báo kết luận\n"
      "Date: Fri, 12 Jun 2026 09:00:00 +0700\n\nĐẢNG BỘ BỘ TƯ PHÁP\nĐẢNG ỦY CƠ QUAN\n*\nSố 214-TB/ĐU\n\nTHÔNG BÁO\n"
      "Kết luận của Ban Thường vụ về công tác kiểm tra, giám sát 6 tháng đầu năm 2026.\n",
      ["official-document", "contact"], "Party notice with header and 'Số 214-TB/ĐU' pasted into an e-mail body; role mailbox and named staff address.")
    kid, sec = aws_pair()
    S("vi", "md",
      "Mình cấu hình AWS CLI như dưới mà không upload được lên S3, lỗi gì vậy?\n\n```ini\n[default]\n"
      f"aws_access_key_id = {kid}\naws_secret_access_key = {sec}\nregion = ap-southeast-1\n```",
      ["credential"], "AWS credentials file with a key pair (not the documented example).")
    # ================================================================ vi: hard negatives
    S("vi", "md",
      "Giải thích đoạn code đọc cấu hình này:\n\n```python\nimport os\n\n# mật khẩu lấy từ biến môi trường, không ghi cứng\n"
      "DB_PASSWORD = os.getenv(\"DB_PASSWORD\")\nAPI_TOKEN = os.environ[\"QLVB_API_TOKEN\"]\nDB_HOST = os.getenv(\"DB_HOST\", \"db.example.com\")\n```",
      [], "Hard negative: secrets read from environment variables; a Vietnamese comment with 'mật khẩu'; example.com host.")
    S("vi", "csv",
      "Ma don hang,Ngay dat,Tong tien,Hotline CSKH\n"
      f"{neg('099' + '1' + digits(8), 'first 3 digits are no province code', cccd_ok)},01/06/2026,\"1.250.000\",1900 6868\n"
      f"{neg('099' + '0' + digits(8), 'first 3 digits are no province code', cccd_ok)},02/06/2026,\"890.000\",1900 6868\n",
      [], "Hard negative: 12-digit order numbers starting 099 (no province code) and a public 1900 hotline in a CSV.")
    mstc1 = mst_make("01")
    mstc2 = mst_make("04")
    S("vi", "csv",
      "So hoa don;Ngay;Don vi ban;Ma so thue;Tien hang\n"
      f"0001245;05/06/2026;\"Công ty TNHH Thiết bị Văn phòng Hải Âu\";{mstc1};\"15.400.000\"\n"
      f"0001246;06/06/2026;\"Công ty CP Phần mềm Sao Việt\";{mstc2}-001;\"42.000.000\"\n",
      [], "Hard negative: companies' tax codes (one with a branch suffix -001) on an invoice list.")
    S("vi", "txt",
      "Mình đọc log này không hiểu, giải thích giúp:\n\n"
      "2026-06-09 10:01:02 INFO  Resolving api.github.com via 8.8.8.8\n"
      "2026-06-09 10:01:02 INFO  request_id=3f6c1a2e-8b9d-4e57-a0c4-9d2f61b7e0aa status=200 latency=84ms\n"
      "2026-06-09 10:01:03 WARN  retry via 1.1.1.1 (timeout 2000ms)\n"
      "2026-06-09 10:01:05 INFO  build 4f9c2d7e1a8b3c6d5e0f9a8b7c6d5e4f3a2b1c0d deployed\n",
      [], "Hard negative: public resolvers, a UUID request id and a commit hash in a log.")
    S("vi", "md",
      "Viết lại phần hướng dẫn này cho dễ hiểu:\n\n```yaml\nservices:\n  db:\n    image: postgres:16.3\n    environment:\n"
      "      POSTGRES_USER: qlvb\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n  app:\n    image: registry.example.com/qlvb/app:2.4.1\n"
      "    environment:\n      DATABASE_URL: postgres://qlvb:${POSTGRES_PASSWORD}@db:5432/qlvb\n```",
      [], "Hard negative: docker-compose with ${POSTGRES_PASSWORD} interpolation, also inside the connection string.")
    S("vi", "md",
      "Hàm kiểm tra mật khẩu mạnh này đúng chưa?\n\n```javascript\nfunction kiemTraMatKhau(matKhau) {\n"
      "  // mật khẩu phải có ít nhất 8 ký tự, 1 chữ hoa, 1 số\n  if (matKhau.length < 8) return false;\n"
      "  return /[A-Z]/.test(matKhau) && /\\d/.test(matKhau);\n}\n```",
      [], "Hard negative: password-strength validator; the word 'mật khẩu' only in comments and identifiers.")
    S("vi", "txt",
      "Tóm tắt changelog phiên bản mới của phần mềm một cửa:\n\n"
      "## 10.0.12.4 (2026-06-01)\n- Sửa lỗi hiển thị biểu mẫu.\n- Nâng thư viện lên 3.2.1.\n"
      "## 10.0.11.9 (2026-05-12)\n- Thêm báo cáo thống kê theo quý.\n",
      [], "Hard negative: four-part version numbers that look like 10/8 addresses in a changelog.")
    S("vi", "md",
      "Giải thích manifest Kubernetes này:\n\n```yaml\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n"
      "      containers:\n        - name: api\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n"
      "                secretKeyRef:\n                  name: qlvb-db\n                  key: password\n```",
      [], "Hard negative: k8s env var from a secretKeyRef; no literal secret.")
    S("vi", "csv",
      "Ma GD,So the (che),So tham chieu,So tien\n"
      f"GD001,9704 36** **** 1234,{card_bad('visa', '')},\"500.000\"\n"
      f"GD002,4111 11** **** 8821,{card_bad('mc', '')},\"1.200.000\"\n",
      [], "Hard negative: masked card numbers and 16-digit reference numbers that fail Luhn.")
    S("vi", "txt",
      "File ~/.ssh/config của mình, giải thích từng dòng giúp:\n\nHost github\n    HostName github.com\n    User git\n"
      "    IdentityFile ~/.ssh/id_ed25519\n    IdentitiesOnly yes\n\nHost *\n    ServerAliveInterval 60\n",
      [], "Hard negative: ssh config for a public host; only a key file path, no key.")
    S("vi", "md",
      "Mình cần template .env.example cho dự án, như sau có ổn không?\n\n```env\n# Điền thông tin của bạn\nDB_HOST=localhost\n"
      "DB_USER=<ten_dang_nhap>\nDB_PASS=<mat_khau_cua_ban>\nZALO_OA_SECRET=xxxxxxxxxxxxxxxxxxxx\nSMTP_PASSWORD=\n```",
      [], "Hard negative: .env.example with placeholders (<mat_khau_cua_ban>, xxxx…, empty).")
    S("vi", "md",
      "Viết test cho middleware xác thực, dùng token mẫu của jwt.io:\n\n```javascript\nconst SAMPLE = '" + JWT_IO_SAMPLE + "';\n"
      "test('giải mã token mẫu', () => {\n  expect(decode(SAMPLE).name).toBe('John Doe');\n});\n```",
      [], "Hard negative: jwt.io's published sample token (John Doe) in a unit test.")
    S("vi", "txt",
      "Bạn giải thích lệnh git này giúp mình:\n\n$ git log --oneline -3\n9fceb02 Sửa lỗi xuất báo cáo Excel\n"
      "a1e8f35 Cập nhật thư viện lên 4.17.21\n2c9d1b0 Thêm trường độ mật vào biểu mẫu nhập văn bản\n",
      [], "Hard negative: git log with short hashes; a commit message mentioning the 'độ mật' form field.")
    S("vi", "eml",
      "From: Ban Tổ chức Hội thảo Chuyển đổi số\nSubject: Thư mời tham dự hội thảo\nDate: Mon, 15 Jun 2026 08:00:00 +0700\n"
      "X-Mailer: Mailchimp\nList-Unsubscribe: <https://events.example.com/unsubscribe>\n\n"
      "Kính mời Quý đại biểu tham dự hội thảo ngày 25/6/2026 tại Trung tâm Hội nghị Quốc gia.\n"
      "Đăng ký tại https://events.example.com/dangky. Tổng đài hỗ trợ: 1800 1234.\n\nChính sách bảo mật | Hủy đăng ký",
      [], "Hard negative: newsletter e-mail without any address; toll-free hotline, 'Chính sách bảo mật' footer link.")
    S("vi", "md",
      "Terraform này tạo RDS, mình đã làm đúng cách chưa?\n\n```hcl\nresource \"random_password\" \"db\" {\n  length  = 24\n  special = true\n}\n\n"
      "resource \"aws_db_instance\" \"qlvb\" {\n  engine   = \"postgres\"\n  username = \"qlvb\"\n  password = random_password.db.result\n}\n```",
      [], "Hard negative: Terraform password from random_password.db.result (a reference, not a literal).")
    S("vi", "txt",
      "Danh sách UUID này là mã hồ sơ, sắp xếp giúp:\n"
      "c9a1f3e2-1b4d-4e8a-9f02-7d3e5b6a1c08\n0f8e2d4c-6a1b-4c3d-8e9f-2a1b3c4d5e6f\n7b2e9d10-3c4a-4f5b-a6c7-d8e9f0a1b2c3\n",
      [], "Hard negative: UUIDs only.")
    # ================================================================ cs: positives
    m6 = pos("contact", cz_mobile())
    S("cs", "eml",
      "From: Jana Procházková <jana.prochazkova@mmr.cz>\nTo: Tomáš Veselý <tomas.vesely@mmr.cz>\nSubject: RE: Podklady k auditu\n"
      "Date: Tue, 9 Jun 2026 10:32:17 +0200\nX-MS-Exchange-Organization-AuthAs: Internal\n\nAhoj Tome,\n"
      "posílám opravenou verzi, prosím zkontroluj tabulku 3.\n\nS pozdravem\nJana Procházková\nodbor interního auditu\n"
      f"mob.: {m6}\n\n-----Original Message-----\nFrom: Tomáš Veselý\nSent: Monday, June 8, 2026 4:10 PM\n"
      "Subject: Podklady k auditu\n\nJano, můžeš mi poslat podklady?",
      ["contact"], "Outlook-style Czech reply with an '-----Original Message-----' block; mobile 'mob.:' in the signature; staff addresses.")
    S("cs", "eml",
      "From: Petr Dvořák <petr.dvorak@mvcr.cz>\nTo: Lenka Horáková <lenka.horakova@mvcr.cz>\nSubject: FW: Zpráva z kontroly\n"
      "Date: Wed, 10 Jun 2026 13:05:44 +0200\n\nLenko, přeposílám, prosím zkrať to na jednu stranu.\n\n"
      "________________________________\nOd: Sekretariát náměstka\nOdesláno: středa 10. června 2026 11:20\nPředmět: Zpráva z kontroly\n\n"
      "VYHRAZENÉ\n\nZpráva z kontroly nakládání s utajovanými informacemi na odboru azylové politiky.\n",
      ["classified-marking", "contact"], "VYHRAZENÉ alone on a line in an Outlook forwarded block with Czech Od:/Odesláno: headers.")
    pwc1 = password("Prg-Audit_2026")
    S("cs", "eml",
      "From: Martin Král <martin.kral@seznam.cz>\nTo: Eva Novotná <eva.novotna@praha6.cz>\nSubject: Přístup do sdíleného disku\n"
      f"Date: Thu, 11 Jun 2026 08:12:09 +0200\n\nDobrý den,\nheslo k archivu je {pwc1}, uživatel eva.novotna.\n\nMartin",
      ["credential", "contact"], "Password after 'heslo k archivu je' in a Czech e-mail; personal webmail sender.")
    rc1 = rc_make(1984, 3, 14, True)
    rc2 = rc_make(1979, 11, 2, False)
    ac1 = cz_account_pos(prefix=False, bank="0100")
    ac2 = cz_account_pos(prefix=True, bank="0800")
    m7 = pos("contact", cz_mobile())
    S("cs", "csv",
      "Příjmení;Jméno;Rodné číslo;Číslo účtu;Telefon;Hrubá mzda\n"
      f"\"Malá\";\"Veronika\";{rc1};{ac1};\"{m7}\";\"42 500,00\"\n"
      f"\"Beneš\";\"Ondřej\";{rc2};{ac2};;\"51 200,00\"\n",
      ["national-id", "financial", "contact"], "Czech Excel semicolon CSV with decimal commas: rodné číslo, accounts (prefix and plain), mobile.")
    rc3 = rc_make(1992, 7, 21, False, slash=False)
    rc4 = rc_make(2001, 1, 9, True, slash=False)
    S("cs", "csv",
      "osobni_cislo,prijmeni,jmeno,rc,utvar\n"
      f"2201,\"Svoboda\",\"Jakub\",{rc3},\"OSS, oddělení 2\"\n"
      f"2202,\"Černá\",\"Klára\",{rc4},\"OSS, oddělení 3\"\n",
      ["national-id"], "Rodné čísla without slashes in a short 'rc' column; quoted fields with commas.")
    ib1 = cz_iban_pos(grouped=False)
    S("cs", "md",
      "Napiš mi k tomu TypeScript typy:\n\n```json\n{\n  \"zakaznik\": {\n    \"jmeno\": \"Radek Šťastný\",\n"
      f"    \"iban\": \"{ib1}\",\n    \"mena\": \"CZK\"\n  }}\n}}\n```",
      ["financial"], "Ungrouped CZ IBAN as a JSON value.")
    rc5 = rc_make(1967, 5, 30, False)
    ib2 = cz_iban_pos(grouped=True)
    S("cs", "txt",
      "Z tohoto SQL dumpu udělej CSV:\n\nINSERT INTO zamestnanci (id, jmeno, rodne_cislo, iban) VALUES\n"
      f"(17, 'Zdeněk Pokorný', '{rc5}', '{ib2}'),\n(18, 'Alena Kučerová', NULL, NULL);\n",
      ["national-id", "financial"], "SQL dump with a rodné číslo and a grouped CZ IBAN as quoted values.")
    pwc2 = password("Sklad#Ostrava9")
    S("cs", "md",
      "Proč se aplikace nepřipojí k databázi?\n\n```yaml\nspring:\n  datasource:\n    url: jdbc:postgresql://db01.sklad.corp:5432/sklad\n"
      f"    username: sklad_app\n    password: {pwc2}\n```",
      ["credential", "infrastructure"], "Spring Boot application.yml: literal password under datasource and a *.corp host.")
    pk = pem_key("OPENSSH")
    S("cs", "txt",
      f"Tenhle klíč mi nejde načíst do PuTTY, co s tím?\n\n{pk}\n",
      ["credential"], "OpenSSH private key pasted into a Czech question.")
    S("cs", "txt",
      "Vysvětli mi tenhle log, aplikace padá po nasazení:\n\n"
      "Jun 09 09:14:02 app02 java[2211]: ERROR c.p.s.DbPool - Cannot connect to 10.40.2.17:1521 (ORA-12541)\n"
      "Jun 09 09:14:02 app02 java[2211]: WARN  c.p.s.Health - ldap://ldap.urad.intranet:389 unreachable\n",
      ["infrastructure"], "Czech question around a journald log with a 10/8 address and an LDAP host on *.intranet.")
    S("cs", "md",
      "Uprav tuhle SSH konfiguraci tak, aby šla přes bastion:\n\n```\nHost spisovka\n    HostName 192.168.40.12\n    User spravce\n"
      "    ProxyJump bastion.msp.lan\n```",
      ["infrastructure"], "ssh config with a 192.168 HostName and a *.lan ProxyJump.")
    S("cs", "txt",
      "MINISTERSTVO ZEMĚDĚLSTVÍ\nČ. j.: MZE-41277/2026-12153\nV Praze dne 8. června 2026\n\nRozdělovník:\n"
      "1. náměstek ministra\n2. ředitel odboru 12150\n\nPřepiš do formy e-mailu, prosím.",
      ["official-document"], "Letterhead, Č. j. and a Rozdělovník block (no marking).")
    # ================================================================ cs: hard negatives
    ico1, ico2 = ico_make(), ico_make()
    S("cs", "csv",
      "Číslo faktury;Dodavatel;IČO;DIČ;Částka\n"
      f"FV2026-0142;\"Kancelářské potřeby Novák s.r.o.\";{ico1};CZ{ico1};\"12 480,00\"\n"
      f"FV2026-0143;\"Datacentrum Morava a.s.\";{ico2};CZ{ico2};\"86 000,00\"\n",
      [], "Hard negative: companies' IČO/DIČ on an invoice list (semicolon CSV, decimal commas).")
    S("cs", "md",
      "Je tenhle vzor .env v pořádku?\n\n```env\n# vyplňte vlastní hodnoty\nDB_HOST=localhost\nDB_UZIVATEL=\nDB_HESLO=<vaše heslo>\n"
      "API_KLIC=${API_KLIC}\n```",
      [], "Hard negative: .env template: empty user, <vaše heslo> placeholder, ${API_KLIC}.")
    S("cs", "csv",
      "Číslo objednávky;Datum;Stav\n"
      f"{rc_make(1988, 4, 12, False, slash=False, bad=True)};03.06.2026;expedováno\n"
      f"{rc_make(1995, 9, 3, False, slash=False, bad=True)};04.06.2026;storno\n",
      [], "Hard negative: 10-digit order numbers that look like birth numbers but fail mod-11.")
    S("cs", "txt",
      "Proč mi nefunguje DNS? Výstup:\n\n$ dig +short seznam.cz @8.8.8.8\n77.75.77.222\n$ ping -c1 1.1.1.1\n"
      "64 bytes from 1.1.1.1: icmp_seq=1 ttl=57 time=4.12 ms\n",
      [], "Hard negative: dig/ping output with public addresses only.")
    S("cs", "md",
      "Vysvětli mi, co dělá tenhle kód:\n\n```python\nfrom getpass import getpass\n\nuzivatel = input('Uživatel: ')\n"
      "heslo = getpass('Heslo: ')\nspojeni = pripoj(uzivatel, heslo)\n```",
      [], "Hard negative: heslo read with getpass; no literal value.")
    S("cs", "txt",
      "Shrň poznámky k vydání:\n\nVerze 10.2.0.7 (5. 6. 2026)\n- oprava exportu do PDF\n- knihovna poi 5.2.3\n"
      "Verze 10.1.9.12 (20. 5. 2026)\n- nový přehled spisů\nCommit: 7d3f9a1c2b4e6f8091a2b3c4d5e6f7a8b9c0d1e2\n",
      [], "Hard negative: four-part version numbers and a commit hash in release notes.")
    S("cs", "md",
      "Pomoz mi s GitHub Actions:\n\n```yaml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
      "      - run: ./deploy.sh\n        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n          HESLO_DB: ${{ secrets.HESLO_DB }}\n```",
      [], "Hard negative: GitHub Actions secrets references with a Czech key name HESLO_DB.")
    S("cs", "csv",
      "Kód;Název;Typ\nTAJ;Tajenka křížovky;hra\nVYH;Vyhrazené parkování;parkování\nDUV;Důvěrník odborů;funkce\n",
      [], "Hard negative: everyday look-alikes (tajenka, vyhrazené parkování, důvěrník) in a code list.")
    S("cs", "md",
      "Přelož do češtiny komentáře v tomhle Java kódu:\n\n```java\n// Load the password from the vault, never hard-code it\n"
      "String heslo = System.getenv(\"DB_HESLO\");\nif (heslo == null) {\n    throw new IllegalStateException(\"DB_HESLO not set\");\n}\n```",
      [], "Hard negative: Java reading the password from System.getenv.")
    S("cs", "txt",
      "Napiš zákazníkům e-mail o odstávce. Podklady: služba bude nedostupná 20. 6. 2026 od 22:00 do 02:00. "
      "Zákaznická linka 800 123 456 (zdarma), web https://www.example.cz/odstavka.",
      [], "Hard negative: public toll-free line and a public website in an outage notice.")
    # ================================================================ en: positives
    S("en", "eml",
      "Received: from exch02.hq.acme.corp (10.1.20.12) by mx01.hq.acme.corp (10.1.20.5)\n"
      "From: Dana Whitfield <dana.whitfield@acme-energy.com>\nTo: Raj Patel <raj.patel@acme-energy.com>\n"
      "Subject: Q3 pricing deck\nDate: Tue, 9 Jun 2026 09:12:33 -0500\nX-Originating-IP: [10.1.44.87]\n\n"
      "Raj, can you get the AI to tighten slide 4? Thanks.\nDana",
      ["contact", "infrastructure"], "Full headers: Received hops on *.corp hosts with 10/8 addresses, X-Originating-IP, named staff.")
    S("en", "eml",
      "From: Mark Ellison <m.ellison@northgate-legal.com>\nTo: Priya Shah <p.shah@northgate-legal.com>\nSubject: RE: Settlement terms\n"
      "Date: Wed, 10 Jun 2026 17:44:02 +0100\n\nPriya – please have the tool summarise the attached terms in plain English.\n\n"
      "Mark Ellison | Partner\nM: +44 7700 912 384\n\n-----Original Message-----\nFrom: Priya Shah\nSubject: Settlement terms\n\n"
      "STRICTLY CONFIDENTIAL\n\nSettlement terms proposed by counsel for the claimant, draft 3.\n",
      ["classified-marking", "contact"], "STRICTLY CONFIDENTIAL alone on a line inside the quoted original message; UK mobile in signature.")
    S("en", "eml",
      "From: Kevin Marsh <kmarsh1987@gmail.com>\nTo: HR Team <hr@brightpath.io>\nSubject: Updated contact details\n"
      "Date: Thu, 11 Jun 2026 21:03:50 -0400\n\nHi, please update my file. New mobile: (617) 482-9031.\nThanks, Kevin",
      ["contact"], "Personal webmail sender and a US mobile in the body; role mailbox recipient.")
    s1 = ssn_make()
    s2 = ssn_make()
    S("en", "csv",
      "employee_id,full_name,ssn,dob,state\n"
      f"E1042,\"Hollis, Grace\",{s1},1988-02-14,OH\n"
      f"E1043,\"Moreno, Luis\",{s2},1979-10-30,TX\n",
      ["national-id"], "HR CSV with quoted 'Last, First' names and an ssn column.")
    c_1 = card_pos("visa", "")
    c_2 = card_pos("amex", "")
    S("en", "csv",
      "txn_id,customer,card_number,exp,amount\n"
      f"T-88121,Alan Brooks,{c_1},09/28,129.99\nT-88122,Mia Chen,{c_2},03/27,42.10\n",
      ["financial"], "Payments export with full Luhn-valid Visa and Amex numbers, no separators.")
    kid2, sec2 = aws_pair()
    S("en", "md",
      "Why does terraform plan say the provider is misconfigured?\n\n```hcl\nprovider \"aws\" {\n  region     = \"eu-west-1\"\n"
      f"  access_key = \"{kid2}\"\n  secret_key = \"{sec2}\"\n}}\n```",
      ["credential"], "Terraform provider block with a hard-coded AWS key pair.")
    pwe1 = password("Orion!Pay2026")
    S("en", "md",
      "Review this Kubernetes secret:\n\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\n"
      f"stringData:\n  username: payments\n  password: \"{pwe1}\"\n```",
      ["credential"], "k8s Secret with a literal stringData password.")
    g2 = ghp_token()
    S("en", "md",
      "Our release workflow fails at the publish step:\n\n```yaml\n      - name: Publish\n        run: gh release create v2.3.0 dist/*\n"
      f"        env:\n          GH_TOKEN: {g2}\n```",
      ["credential"], "GitHub Actions step with a literal ghp_ token instead of a secrets reference.")
    j3 = jwt({"sub": "svc-reporting", "scope": "read:all", "exp": 1781100000})
    S("en", "txt",
      "Can you tell why the request is rejected?\n\n"
      "[2026-06-09 11:02:17,441] DEBUG urllib3.connectionpool: https://reports-api.prod.internal:443 \"GET /v2/summary HTTP/1.1\" 401 0\n"
      f"[2026-06-09 11:02:17,442] DEBUG client: headers={{'Authorization': 'Bearer {j3}', 'Accept': 'application/json'}}\n",
      ["credential", "infrastructure"], "Python debug log: bearer JWT inside a dict repr and an *.internal host.")
    S("en", "md",
      "Clean up this nginx config:\n\n```nginx\nupstream wiki_backend {\n    server 10.0.7.21:3000;\n    server 10.0.7.22:3000;\n}\n"
      "server {\n    server_name wiki.corp;\n    location / { proxy_pass http://wiki_backend; }\n}\n```",
      ["infrastructure"], "nginx upstream with 10/8 servers and a *.corp server_name.")
    n1 = npm_token()
    S("en", "txt",
      "Is this diff safe to merge?\n\ndiff --git a/.npmrc b/.npmrc\nnew file mode 100644\n--- /dev/null\n+++ b/.npmrc\n@@ -0,0 +1,2 @@\n"
      f"+registry=https://registry.npmjs.org/\n+//registry.npmjs.org/:_authToken={n1}\n",
      ["credential"], "Git diff adding an .npmrc with a literal npm token.")
    ok1 = openai_key("proj")
    S("en", "md",
      "This notebook cell errors out, help?\n\n```json\n{\n \"cell_type\": \"code\",\n \"execution_count\": 4,\n \"source\": [\n"
      f"  \"from openai import OpenAI\\n\",\n  \"client = OpenAI(api_key=\\\"{ok1}\\\")\\n\"\n ]\n}}\n```",
      ["credential"], "OpenAI key (T3BlbkFJ anchor) inside the JSON source of a Jupyter cell.")
    s3 = ssn_make()
    S("en", "md",
      "Write a migration that masks this column:\n\n```sql\nINSERT INTO patients (mrn, name, ssn, email) VALUES\n"
      f"  ('MRN-20931', 'Teresa Lowe', '{s3}', 'tlowe77@yahoo.com');\n```",
      ["national-id", "contact"], "SQL dump row with an SSN and a personal webmail address.")
    pp = pos("national-id", "5" + digits(8))
    S("en", "txt",
      "Turn this API response into a table:\n\n{\"traveler\": {\"name\": \"Owen Price\", \"nationality\": \"USA\", "
      f"\"passport_number\": \"{pp}\", \"expires\": \"2033-04-17\"}}}}",
      ["national-id"], "JSON API response with a US passport number under passport_number.")
    pwe2 = password("Tr0ub4dor&3x")
    S("en", "md",
      "Convert this to a Compose file:\n\n```bash\ndocker run -d --name mysql \\\n"
      f"  -e MYSQL_ROOT_PASSWORD='{pwe2}' \\\n  -p 3306:3306 mysql:8.4\n```",
      ["credential"], "docker run with a literal MYSQL_ROOT_PASSWORD in single quotes.")
    pwe3 = password("Harbor#2026")
    S("en", "txt",
      "What's wrong with this JDBC string?\n\njdbc:sqlserver://sql01.fin.local:1433;databaseName=ledger;user=ledger_rw;"
      f"password={pwe3};encrypt=true",
      ["credential", "infrastructure"], "SQL Server JDBC string with ;password=… and a *.local host.")
    S("en", "md",
      "Summarise this incident note for the exec update:\n\n# Incident 2026-061\n\n**TLP:RED**\n\n"
      "Attacker pivoted from the VPN concentrator to the HR file share; 3 accounts disabled.\n",
      ["classified-marking"], "TLP:RED in bold under a markdown heading.")
    # ================================================================ en: hard negatives
    S("en", "md",
      "Explain this AWS CLI config from the docs:\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2\n```",
      [], "Hard negative: AWS's documented example key pair.")
    S("en", "md",
      "Write a unit test for the JWT decoder using the jwt.io sample:\n\n```python\nSAMPLE = \"" + JWT_IO_SAMPLE + "\"\n\n"
      "def test_decode():\n    assert decode(SAMPLE)[\"name\"] == \"John Doe\"\n```",
      [], "Hard negative: jwt.io's published sample token in a test.")
    S("en", "md",
      "Fill in the README setup section:\n\n```env\nOPENAI_API_KEY=<YOUR_TOKEN>\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
      "DATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_KEY=sk_test_...\n```",
      [], "Hard negative: .env example with <YOUR_TOKEN>, an all-x ghp_ placeholder, and the literal words user:password on localhost.")
    S("en", "txt",
      "Summarise this changelog:\n\nv10.0.12.4 - 2026-06-02\n  * Fix crash on empty config\n  * Bump openssl to 3.0.14\n"
      "v10.0.11.2 - 2026-05-20\n  * Add --dry-run flag (commit 3e1f0c9a8b7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f)\n",
      [], "Hard negative: four-part version numbers and a commit hash in a changelog.")
    S("en", "txt",
      "Why is my resolver slow?\n\n$ resolvectl status\nCurrent DNS Server: 8.8.8.8\nDNS Servers: 8.8.8.8 8.8.4.4 1.1.1.1\n"
      "$ curl -sI https://example.com | head -1\nHTTP/2 200\n",
      [], "Hard negative: public resolvers and example.com.")
    S("en", "csv",
      "order_id,card_last4,reference,amount\n"
      f"A-1001,4242,{card_bad('visa', '')},19.99\nA-1002,5555,{card_bad('mc', '')},7.50\n",
      [], "Hard negative: 16-digit references that fail Luhn; last-4 digits only.")
    S("en", "md",
      "Is this the right way to read secrets?\n\n```python\nimport os, getpass\n\napi_token = os.environ[\"API_TOKEN\"]\n"
      "db_password = getpass.getpass(\"DB password: \")\nclient = Client(token=api_token)\n```",
      [], "Hard negative: secrets from os.environ and getpass.")
    S("en", "md",
      "Explain this Deployment:\n\n```yaml\nenv:\n  - name: STRIPE_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: payments\n"
      "        key: stripe-secret\n  - name: LOG_LEVEL\n    value: info\n```",
      [], "Hard negative: k8s secretKeyRef; no literal secret.")
    S("en", "txt",
      "Tidy up this nginx config:\n\nserver {\n    listen 443 ssl;\n    server_name shop.example.org;\n"
      "    location / {\n        proxy_pass http://127.0.0.1:3000;\n    }\n}\n",
      [], "Hard negative: public server_name and a loopback upstream (127.0.0.1 is not a private-range address).")
    S("en", "csv",
      "applicant_id,itin,status\n"
      f"AP-301,{ssn_make(bad=True)},pending\nAP-302,{ssn_make(bad=True)},approved\n",
      [], "Hard negative: SSN-shaped numbers in area 666/9xx (never issued as SSNs).")
    S("en", "eml",
      "From: Northwind Updates\nSubject: Your June product digest\nDate: Mon, 15 Jun 2026 06:00:00 +0000\n"
      "List-Unsubscribe: <https://news.example.com/u/7f3a>\n\nNew this month: offline mode and faster sync.\n\n"
      "This message and any attachments are confidential and intended solely for the addressee. "
      "Support: 1-800-555-0199.\n",
      [], "Hard negative: newsletter with a generic confidentiality disclaimer, a toll-free number and no address.")
    S("en", "txt",
      "What does this docker output mean?\n\n$ docker ps\nCONTAINER ID   IMAGE                 STATUS\n3f9a1c2b7d4e   nginx:1.27.0          Up 2 hours\n"
      "$ docker inspect --format '{{.Image}}' 3f9a1c2b7d4e\nsha256:9b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c\n"
      "Listening on 0.0.0.0:8080\n",
      [], "Hard negative: container id, image digest, 0.0.0.0 bind address.")
    S("en", "md",
      "Add a docstring:\n\n```go\nfunc connect() (*sql.DB, error) {\n\tdsn := fmt.Sprintf(\"postgres://%s:%s@%s/app\", os.Getenv(\"DB_USER\"), "
      "os.Getenv(\"DB_PASS\"), os.Getenv(\"DB_HOST\"))\n\treturn sql.Open(\"pgx\", dsn)\n}\n```",
      [], "Hard negative: connection string built from %s and os.Getenv.")
    S("en", "txt",
      "Invoice 2026-0611\nSeller: Harborline Supplies LLC, EIN 84-2913057, 400 Commerce Way, Austin TX\n"
      "Item: 12 x toner cartridges, $1,140.00\nPay by ACH to the account on file. Questions: (800) 555-0142.\n",
      [], "Hard negative: a company's EIN and business address on an invoice; toll-free number.")
    S("en", "md",
      "Explain this git diff:\n\n```diff\n-const password = process.env.DB_PASSWORD || '';\n+const password = requireEnv('DB_PASSWORD');\n```",
      [], "Hard negative: diff between two environment lookups.")
    # ================================================================ mixed
    pwm1 = password("Hq@Vpub#2026")
    S("mixed", "md",
      "Bạn viết lại đoạn code này theo chuẩn PEP 8 giúp mình:\n\n```python\nSMTP_HOST = 'smtp.sotnmt.gov.vn'\nSMTP_USER = 'baocao'\n"
      f"SMTP_PASSWORD = '{pwm1}'\n\ndef send(msg):\n    with smtplib.SMTP_SSL(SMTP_HOST) as s:\n        s.login(SMTP_USER, SMTP_PASSWORD)\n```",
      ["credential"], "Vietnamese prompt, English Python with a literal SMTP_PASSWORD.")
    m8 = pos("contact", cz_mobile())
    S("mixed", "eml",
      "From: Roman Šebesta <roman.sebesta@cuzk.cz>\nTo: Filip Marek <filip.marek@cuzk.cz>\nSubject: Chyba při importu\n"
      "Date: Tue, 9 Jun 2026 15:40:21 +0200\n\nFilipe, import zase spadl, log níže:\n\n"
      "2026-06-09 15:31:02 ERROR ImportJob - connection refused: 172.18.9.40:5432\n"
      "2026-06-09 15:31:02 ERROR ImportJob - host geo-db.katastr.internal unreachable\n\n"
      f"Roman\n{m8}",
      ["contact", "infrastructure"], "Czech e-mail around an English log with a 172.16/12 address and an *.internal host; mobile in the signature.")
    S("mixed", "md",
      "Giải thích giúp mình config này (tiếng Anh trong code):\n\n```yaml\ndatabase:\n  host: ${DB_HOST}\n  user: ${DB_USER}\n"
      "  password: ${DB_PASSWORD}\n  sslmode: require\n```",
      [], "Hard negative: Vietnamese prompt around YAML whose secrets are all ${VAR} interpolations.")
    S("mixed", "txt",
      "Přelož mi tuhle chybu do češtiny:\n\nTraceback (most recent call last):\n  File \"app.py\", line 42, in <module>\n"
      "requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.example.com', port=443)\n"
      "request_id=5b1e7c9a-2d3f-4a6b-8c0d-1e2f3a4b5c6d\n",
      [], "Hard negative: Czech prompt around an English traceback with example.com and a UUID.")
    c7 = cccd_make("092", 1993, False)
    S("mixed", "csv",
      "Ho ten / Full name,So CCCD / ID number,Chuc vu / Position\n"
      f"\"Đinh Quang Minh\",{c7},\"Chuyên viên / Officer\"\n",
      ["national-id"], "Bilingual CSV header 'So CCCD / ID number' over a CCCD value.")
    S("mixed", "md",
      "Nhờ AI dịch sang tiếng Việt phần mô tả trong file này:\n\n```markdown\n# Deployment guide\n\n"
      "> CONFIDENTIAL – INTERNAL USE ONLY\n\nThis guide covers the rollout of the payroll service to production.\n```",
      ["classified-marking"], "Vietnamese prompt; English markdown with a quoted banner line under the title.")
    S("mixed", "txt",
      "Mình cần dịch log này sang tiếng Việt:\n\nINFO  Starting server v10.4.0.2 on port 8080\nINFO  Connected to https://api.example.com (203.0.113.10)\n"
      "INFO  Health check OK (uuid=1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b)\n",
      [], "Hard negative: version number, documentation address 203.0.113.10, example.com and a UUID.")
    S("mixed", "md",
      "Vysvětli mi tenhle Terraform (komentáře jsou anglicky):\n\n```hcl\n# DB password comes from the secrets manager\n"
      "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/db/password\"\n}\n```",
      [], "Hard negative: Czech prompt; Terraform reading the password from Secrets Manager.")
    ROUND_TAG = ""


# Written AFTER the round-9 fixes (not blind): variants of the fixed families (other keys, other delimiters,
# other languages) and look-alikes the changed rules must leave alone.
def round9b():
    global ROUND_TAG
    ROUND_TAG = "r9b"
    _round_counters.clear()
    c1 = cccd_make("056", 1983, True)
    S("vi", "md",
      "Viết hàm Go parse response này:\n\n```json\n{\"ketQua\": {\"maDinhDanh\": \"" + c1 + "\", \"hoVaTen\": \"Phùng Thị Mến\"}}\n```",
      ["national-id"], "Post-fix variant: CCCD under the camelCase key maDinhDanh.")
    m1 = pos("contact", vn_mobile("plain"))
    S("vi", "md",
      "Chuẩn hóa bảng sau:\n\n| Họ tên | Nơi ở hiện nay | SĐT |\n|---|---|---|\n"
      f"| Kiều Văn Sơn | 27/3 hẻm 45 Lê Văn Sỹ, Quận 3 | {m1} |\n",
      ["contact"], "Post-fix variant: home address in a markdown 'Nơi ở hiện nay' column (and a mobile).")
    S("vi", "csv",
      "Đơn vị;Địa chỉ;Điện thoại\n\"UBND phường Láng Hạ\";\"Số 8 ngõ 12 Láng Hạ\";\"024 3776 1234\"\n"
      "\"Công ty CP In Hà Nội\";\"Số 5 ngõ 45 Hoàng Cầu\";\"024 3514 7788\"\n",
      [], "Hard negative: agencies' and companies' addresses in lanes, in an address column with landlines.")
    S("vi", "md",
      "Sửa lỗi giúp: biến mat_khau bị None khi submit form.\n\n```python\nmat_khau = request.form['mat_khau']\n"
      "matKhau = req.get('matKhau')\n```",
      [], "Hard negative: the password read from the request (request.form[…], req.get(…)).")
    pw1 = password("Vb#2026qlvb")
    S("vi", "md",
      "File web.config cũ, chuyển sang appsettings.json giúp mình:\n\n```xml\n<appSettings>\n"
      f"  <add key=\"DbPassword\" value=\"{pw1}\" />\n  <add key=\"DbServer\" value=\"sql.example.com\" />\n</appSettings>\n```",
      ["credential"], "Post-fix variant: .NET appSettings key DbPassword with a literal value.")
    pw2 = password("Zx8#kLm2q")
    S("en", "md",
      "Turn this into a Flyway migration:\n\n```sql\nCREATE ROLE reporting LOGIN;\n"
      f"ALTER ROLE reporting WITH ENCRYPTED PASSWORD '{pw2}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n```",
      ["credential"], "Post-fix variant: ALTER ROLE … WITH ENCRYPTED PASSWORD '…'.")
    pw3 = password("Hx7!pLm29q")
    S("en", "md",
      "Why does Tomcat ignore this?\n\n```xml\n<Resource name=\"jdbc/app\" auth=\"Container\">\n"
      f"  <db:Password>{pw3}</db:Password>\n</Resource>\n```",
      ["credential"], "Post-fix variant: namespaced XML element <db:Password> with a literal.")
    S("en", "md",
      "Explain the Maven settings:\n\n```xml\n<server>\n  <id>nexus</id>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>\n```",
      [], "Hard negative: XML password element holding ${env.NEXUS_PASSWORD}.")
    s1 = ssn_make()
    S("en", "csv",
      "employee_id,full_name,mobile_phone,ssn\n"
      f"E2201,\"Nolan, Beth\",412.867.2291,{s1}\n",
      ["national-id", "contact"], "Post-fix variant: dotted US number under a mobile_phone column, SSN beside it.")
    S("en", "csv",
      "office,phone\n\"HQ switchboard\",(212) 867-7000\n\"Support hotline\",(888) 312-4400\n",
      [], "Hard negative: organisations' switchboard and hotline numbers in a phone column.")
    pp = pos("national-id", "4" + digits(8))
    S("en", "md",
      f"Map this to our DTO:\n\n```json\n{{\"passenger\": \"Carla Reyes\", \"passportNo\": \"{pp}\", \"country\": \"USA\"}}\n```",
      ["national-id"], "Post-fix variant: US passport number under the camelCase key passportNo.")
    c2 = card_pos("mc", "")
    S("en", "csv",
      f"card,holder,expiry\n{c2},Lena Ortiz,11/29\n",
      ["financial"], "Post-fix variant: Luhn-valid Mastercard as the first CSV cell, a date cell right after the comma.")
    S("en", "md",
      "Summarise the API changes:\n\n```json\n{\"service\": \"billing\", \"version\": \"10.3.0.2\", \"released\": \"2026-06-03\"}\n```",
      [], "Hard negative: a four-part version under a JSON \"version\" key.")
    rc1 = rc_make(1986, 2, 17, True)
    ac1 = cz_account_pos(prefix=True, bank="2010")
    S("cs", "csv",
      f"jmeno,prijmeni,rc,ucet\nEva,Dušková,{rc1},{ac1}\n",
      ["national-id", "financial"], "Post-fix variant: comma CSV with a slashed rodné číslo and a prefixed account right after commas.")
    mc = cz_mobile().replace("+420 ", "")
    pos("contact", mc)
    S("cs", "csv",
      f"Příjmení;Jméno;Oddělení;Mobil\nHoráček;Filip;Odbor informatiky;{mc}\n",
      ["contact"], "Post-fix variant: Czech domestic mobile under a 'Mobil' column header.")
    pw4 = password("Brno2026!x")
    S("cs", "md",
      f"Proč to nefunguje?\n\n```json\n{{\"uzivatel\": \"novak\", \"heslo\": \"{pw4}\"}}\n```",
      ["credential"], "Post-fix variant: JSON key \"heslo\" with a literal.")
    S("cs", "md",
      "Zkontroluj konfiguraci:\n\n```json\n{\"heslo\": \"<vaše heslo>\", \"heslo_db\": \"\"}\n```",
      [], "Hard negative: JSON heslo keys with a placeholder and an empty value.")
    S("cs", "txt",
      "Shrň změny:\n[10.4.1.3] - 2026-05-20\n### Opraveno\n- export do PDF\n",
      [], "Hard negative: a Keep-a-Changelog heading with a four-part version and a date.")
    # second batch of post-fix variants (netrc, setter calls, SSN column, level keys, code-comment banners)
    pw5 = password("Nt#2026rcq")
    S("en", "txt",
      f"Why does curl ignore my ~/.netrc?\n\nmachine artifacts.example.com login ci-bot password {pw5}\n",
      ["credential"], "Post-fix variant: one-line .netrc entry with a literal password.")
    pw6 = password("Wp#2026!blog")
    S("vi", "md",
      f"Plugin WordPress không kết nối được DB, xem giúp file này:\n\n```php\ndefine( 'DB_NAME', 'tintuc' );\ndefine( 'DB_USER', 'tintuc' );\ndefine( 'DB_PASSWORD', '{pw6}' );\n```",
      ["credential"], "Post-fix variant: wp-config.php define('DB_PASSWORD', '…') with a literal.")
    S("en", "md",
      "Is this wp-config safe?\n\n```php\ndefine('DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD'));\n```",
      [], "Hard negative: define('DB_PASSWORD', getenv(…)).")
    s2 = ssn_make().replace("-", "")
    pos("national-id", s2)
    S("en", "csv",
      f"emp_id;name;ssn;hire_date\n7781;Tom Reilly;{s2};2019-04-01\n",
      ["national-id"], "Post-fix variant: SSN stored as nine bare digits under an ssn column (semicolon CSV).")
    S("vi", "md",
      "Viết model Pydantic cho JSON này:\n\n```json\n{\"so_ky_hieu\": \"88/KH-UBND\", \"do_mat\": \"Mật\", \"trich_yeu\": \"Kế hoạch kiểm tra\"}\n```",
      ["classified-marking"], "Post-fix variant: document record with \"do_mat\": \"Mật\".")
    S("vi", "md",
      "Viết model cho bảng văn bản:\n\n```sql\nCREATE TABLE van_ban (id INT, do_mat VARCHAR(20) CHECK (do_mat IN ('Thường','Mật','Tối mật','Tuyệt mật')));\n```",
      [], "Hard negative: SQL CHECK listing every level value of the do_mat column.")
    S("en", "md",
      "Add type hints:\n\n```python\n# CONFIDENTIAL - Northwind Ltd. Internal use only.\nMARGIN = 0.31\n```",
      ["classified-marking"], "Post-fix variant: code-comment banner with the owner between the two markings.")
    S("en", "txt",
      "Write a changelog entry for: git commit -m \"Add TLP:RED handling to the report parser\"",
      [], "Hard negative: commit message about handling the TLP:RED label.")
    pw7 = password("Ssh@2026vn")
    S("vi", "md",
      f"Script deploy này chạy được nhưng anh bảo không an toàn, sửa giúp:\n\n```bash\nsshpass -p '{pw7}' rsync -az dist/ deploy@web01:/var/www/app\n```",
      ["credential"], "Post-fix variant: sshpass -p with a literal.")
    pw8 = password("Rd#2026cache")
    S("en", "txt",
      f"Why does this hang?\n\n$ redis-cli -h 172.16.0.9 -p 6379 -a '{pw8}' ping\n",
      ["credential", "infrastructure"], "Post-fix variant: redis-cli -a with a literal and a 172.16/12 host.")
    pw9 = password("Az#2026pass!")
    S("cs", "txt",
      f"Přelož do PowerShellu:\n\naz login --username svc-deploy --password '{pw9}' --tenant contoso\n",
      ["credential"], "Post-fix variant: a --password flag with a literal.")
    S("en", "txt",
      "Explain these flags:\n\necho \"$CR_PAT\" | docker login ghcr.io -u octocat --password-stdin\nsshpass -p \"$SSHPASS\" ssh deploy@web01\n",
      [], "Hard negative: --password-stdin and sshpass -p with $SSHPASS read the secret from elsewhere.")
    op1 = pos("national-id", digits(9, "123456789"))
    S("cs", "csv",
      f"Příjmení;Jméno;Číslo OP;Platnost OP\nVlček;Tomáš;{op1};2031-03-14\n",
      ["national-id"], "Post-fix variant: Czech ID card number under a 'Číslo OP' column header.")
    pp2 = pos("national-id", "5" + digits(8))
    S("en", "csv",
      f"traveler,passport_number,nationality,trip\n\"Reyes, Carla\",{pp2},USA,LIS-2026-06\n",
      ["national-id"], "Post-fix variant: US passport number under a passport_number column header.")
    S("en", "txt",
      "Checklist for the Lisbon trip: bring your passport\nBooking reference 567123498, hotel confirmation LX-2231.",
      [], "Hard negative: a prose line ending in 'passport' and a 9-digit booking reference.")
    ROUND_TAG = ""


def cz_account_bad():
    while True:
        num = cz_part(10)
        bad = num[:-1] + str((int(num[-1]) + 3) % 10)
        acc = bad + "/0100"
        if not cz_account_ok(acc):
            return neg(acc, "account fails the mod-11 weights", cz_account_ok)


def round11():
    global ROUND_TAG
    ROUND_TAG = "r11"
    _round_counters.clear()
    # ================================================================ cs: positives
    S("cs", "txt",
      "Shrň mi prosím tento dokument do pěti bodů pro ministra:\n\n"
      "MINISTERSTVO VNITRA\nČ. j.: MV-48213-7/OBP-2026-V\nV Praze dne 3. června 2026\nVYHRAZENÉ\n\n"
      "Věc: Zajištění ochrany objektů při summitu\n1. Posílení hlídek na letišti.\n2. Uzávěry ulic v Holešovicích.\n",
      ["classified-marking", "official-document"], "ChatGPT prompt with a pasted ministry document: VYHRAZENÉ on its own line under the č. j. with -V suffix.")
    S("cs", "txt",
      "Ministerstvo obrany    Č. j. MO 77120/2026-1320    VYHRAZENÉ\n\n"
      "Informace pro náčelníka štábu k přesunu techniky do VVP Libavá v termínu 8.–12. 6. 2026.",
      ["classified-marking", "official-document"], "VYHRAZENÉ at the end of a single header line that also carries the ministry and č. j.")
    S("cs", "txt",
      "Stupeň utajení: Důvěrné\nVýtisk č. 2\nPočet listů: 4\n\nAnalýza hrozeb pro volby do zastupitelstev 2026.\nPřepiš to prosím srozumitelněji.",
      ["classified-marking"], "'Stupeň utajení: Důvěrné' field with capital D in a classified-document header block.")
    S("cs", "txt",
      "Udělej z toho tabulku:\n\nStupen utajeni: Tajne\n\nPrehled nasazeni jednotek v zahranici k 1. 6. 2026\n- Litva: 210 osob\n- Slovensko: 95 osob\n",
      ["classified-marking"], "No diacritics: 'Stupen utajeni: Tajne'.")
    S("cs", "txt",
      "DŮVĚRNÉ\n\nZápis z porady bezpečnostní rady kraje ze dne 2. 6. 2026\nPřítomni: hejtman, ředitel HZS, ředitel KŘP\n"
      "1. Vyhodnocení cvičení ZÓNA 2026.\n\nDŮVĚRNÉ",
      ["classified-marking"], "DŮVĚRNÉ banner at the top and at the bottom of meeting minutes.")
    S("cs", "txt",
      "Zkontroluj pravopis:\n\nP Ř Í S N Ě   T A J N É\n\nPlán evakuace ústavních činitelů, varianta B.",
      ["classified-marking"], "Spaced letters: P Ř Í S N Ě  T A J N É.")
    S("cs", "txt",
      f"{zw('TAJNÉ')}\n\nVyhodnocení zpravodajských informací o kybernetických útocích na nemocnice, 2. čtvrtletí 2026.\nShrň klíčová zjištění.",
      ["classified-marking"], "U+200B between every letter of TAJNÉ.")
    S("cs", "eml",
      "Subject: Podklady na poradu vedení\n\nAhoj Petře,\nposílám podklady, prosím nepřeposílat.\n\n"
      "NEVEŘEJNÉ\n\nNávrh reorganizace odboru kontroly: sloučení oddělení A a B k 1. 9. 2026.\n",
      ["classified-marking"], "Service e-mail (no addresses) with NEVEŘEJNÉ as a stamp line before the pasted memo.")
    S("cs", "txt",
      "Přelož do angličtiny:\n\nMetodický pokyn k vyřizování stížností, verze 3.\n\n"
      "Článek 4: Stížnost se zapisuje do evidence do 3 pracovních dnů.\n\nPOUZE PRO VNITŘNÍ POTŘEBU",
      ["classified-marking"], "POUZE PRO VNITŘNÍ POTŘEBU as the last line (footer).")
    S("cs", "txt",
      "Interní – pouze pro vnitřní potřebu\n\nHodnocení dodavatelů IT za rok 2025: dodavatel X nesplnil SLA ve 4 případech.\nNapiš shrnutí.",
      ["classified-marking"], "Mixed-case restriction header 'Interní – pouze pro vnitřní potřebu' on the first line.")
    S("cs", "txt",
      "VYHRAZENE\nC. j.: KRPA-112233/CJ-2026-000099-V\n\nInformace o plánovaném zásahu proti organizované skupině, Praha 9.\nUprav styl.",
      ["classified-marking", "official-document"], "No diacritics: VYHRAZENE banner above a police č. j. header with -V suffix.")
    S("cs", "md",
      "# Briefing pro náměstka\n\n**Stupeň utajení:** VYHRAZENÉ\n\n## Témata\n- spolupráce s NÚKIB\n- incident na portálu občana\n\nZkrať to na 5 řádků.",
      ["classified-marking"], "Markdown bold field '**Stupeň utajení:** VYHRAZENÉ'.")
    rc1 = rc_make(1984, 7, 22, False)
    S("cs", "txt",
      "Napiš mi návrh dopisu zaměstnanci podle těchto údajů z personálního spisu:\n\n"
      f"Jméno: Ing. Radek Novotný\nRodné číslo: {rc1}\nNástup: 1. 3. 2019\nPozice: referent odboru dotací\n",
      ["national-id"], "Personnel-file excerpt: man's rodné číslo with a slash.")
    rc2 = rc_make(1991, 11, 3, True, slash=False)
    rc3 = rc_make(1976, 2, 14, False, slash=False)
    S("cs", "csv",
      "osobni_cislo;prijmeni;jmeno;rodne_cislo;utvar\n"
      f"1021;Dvořáková;Lucie;{rc2};OIT\n1022;Beneš;Pavel;{rc3};OPR\n",
      ["national-id"], "Staff list CSV with rodná čísla without slash (woman month +50).")
    rc4 = rc_make(1969, 5, 30, True)
    S("cs", "txt",
      "Přepiš lékařskou zprávu do srozumitelné češtiny pro vedoucího:\n\n"
      f"Pacientka: Marie Horáková, RČ {rc4}\nDg.: F32.1 středně těžká depresivní epizoda, doporučena pracovní neschopnost 6 týdnů.\n",
      ["national-id", "sensitive-personal"], "Medical report about a named employee with RČ and a psychiatric diagnosis.")
    S("cs", "txt",
      "Pomoz mi formulovat omluvu do týmu: kolega Jiří Malý má od včerejška hospitalizaci na onkologii kvůli karcinomu tlustého střeva "
      "a nebude minimálně měsíc v práci.",
      ["sensitive-personal"], "Health condition (cancer) of a named colleague, no identifiers.")
    S("cs", "txt",
      "Rozhodnutí o přestupku – shrň odůvodnění:\n\nObviněný Martin Kratochvíl byl v roce 2021 pravomocně odsouzen pro trestný čin "
      "krádeže k podmíněnému trestu a nyní se dopustil přestupku proti veřejnému pořádku.",
      ["sensitive-personal"], "Criminal record of a named person in a misdemeanour decision.")
    acc1 = cz_account_pos(prefix=True)
    S("cs", "txt",
      f"Sestav e-mail účtárně: cestovní náhrady pro Kláru Veselou poukažte na účet {acc1}, částka 4 380 Kč.",
      ["financial"], "Personal account with a prefix (both parts pass the weights) in a payment instruction.")
    ib1 = cz_iban_pos()
    S("cs", "txt",
      f"Přelož do angličtiny pro zahraničního partnera: Platbu za překlad zašlete prosím na IBAN {ib1}, majitel účtu Tereza Kolářová.",
      ["financial"], "Grouped CZ IBAN (mod-97 and inner weights valid) of a named person.")
    cc1 = card_pos("visa")
    S("cs", "txt",
      f"Mám problém s platbou letenek, banka píše chybu. Číslo karty {cc1}, platnost 09/28. Co mám dělat?",
      ["financial"], "Visa card number (Luhn-valid) in a chat question.")
    pw1 = password("Zima2026!kr")
    S("cs", "txt",
      f"Ahoj, heslo je {pw1} – přihlas se do sdílené schránky podatelny a pak si ho změň.\nPotřebuju to přeformulovat slušněji.",
      ["credential"], "Chat message: 'heslo je <value>' in running prose.")
    pw2 = password("Tk7#vLp92q")
    S("cs", "txt",
      f"Oprav gramatiku:\nDobrý den, resetoval jsem Vám účet do spisové služby. Nové heslo: {pw2}\nPři prvním přihlášení budete vyzván ke změně.",
      ["credential"], "'Nové heslo:' followed by a literal value in a helpdesk message.")
    pin1 = password("4812")
    S("cs", "txt",
      f"Napiš předávací protokol služby: klíče od kanceláře 214 předány, PIN k trezoru: {pin1}, kód alarmu sdělen ústně.",
      ["credential"], "PIN to the safe ('PIN k trezoru:') in a handover note.")
    op1 = pos("national-id", digits(9, "123456789"))
    S("cs", "txt",
      f"Vyplň formulář za mě: žadatel Lukáš Pokorný, číslo OP {op1}, trvalý pobyt Brno.",
      ["national-id"], "ID-card number with 'číslo OP' context.")
    pp1 = pos("national-id", digits(8, "1234"))
    S("cs", "txt",
      f"Služební cesta do Kyjeva: cestovní pas č. {pp1}, držitel Mgr. Eva Šimková. Připrav žádost o vízum.",
      ["national-id"], "Passport number with 'cestovní pas č.' context.")
    mob1 = pos("contact", cz_mobile())
    S("cs", "txt",
      "Zápis z porady odboru ze dne 4. 6. 2026\nPřítomni: Ing. Hana Černá, Bc. Ondřej Fiala\n"
      f"Úkol: Ondřej Fiala zajistí rezervaci sálu (mobil {mob1}).\nPřepiš to jako e-mail.",
      ["contact"], "Meeting minutes with a personal +420 mobile of a named attendee.")
    S("cs", "txt",
      "Ministerstvo financí\nLetenská 15, 118 10 Praha 1\nČ. j.: MF-19922/2026/1203-4\n\nRozdělovník:\n- odbor 12\n- odbor 14\n\n"
      "Věc: Harmonogram přípravy státního rozpočtu na rok 2027.\nUdělej z toho odrážky.",
      ["official-document"], "Ministry letterhead, č. j. header and Rozdělovník block; nothing classified.")
    S("cs", "txt",
      "USNESENÍ\nČ. j.: 2 T 45/2026-118\n\nOkresní soud v Kolíně rozhodl v neveřejném zasedání...\nVysvětli mi to laicky.",
      ["official-document"], "Court resolution header with č. j.; 'neveřejném zasedání' is prose, not a marking.")
    S("cs", "txt",
      "Výpis z evidence:\nServer spisové služby: spis01.mvcr.local (10.40.2.17)\nZáložní uzel: 10.40.2.18\nProč mi nejde připojení?",
      ["infrastructure"], "Internal .local hostname and private 10/8 addresses.")
    # ================================================================ cs: hard negatives
    S("cs", "txt",
      "Shrň zápis ze zasedání zastupitelstva: Starosta byl zvolen tajným hlasováním 12 hlasy. Tajná volba proběhla bez námitek.",
      [], "Hard negative: 'tajným hlasováním', 'Tajná volba'.")
    S("cs", "txt",
      "Napiš pozvánku: Tajemník městského úřadu Ing. Karel Souček zve vedoucí odborů na poradu ve čtvrtek v 9:00.",
      [], "Hard negative: 'Tajemník' job title at the start of a sentence.")
    S("cs", "txt",
      "Vymysli křížovku pro seniory, tajenka má znít: DŮVĚRA JE ZÁKLAD. Tajenku vyplňte do rámečku.",
      [], "Hard negative: tajenka; upper-case DŮVĚRA in a crossword solution.")
    S("cs", "txt",
      "Přelož ceduli: VYHRAZENÉ PARKOVÁNÍ – POUZE PRO VOZIDLA ÚŘADU. Neoprávněně zaparkovaná vozidla budou odtažena.",
      [], "Hard negative: upper-case 'VYHRAZENÉ PARKOVÁNÍ' on a parking sign.")
    S("cs", "txt",
      "Zkontroluj tiráž:\n\n© 2026 Nakladatelství Horizont. Všechna práva vyhrazena.\nISBN 978-80-7312-118-4",
      [], "Hard negative: 'Všechna práva vyhrazena' in a colophon.")
    S("cs", "txt",
      "Napiš zápis: Na schůzi odborové organizace byl zvolen nový důvěrník, paní Alena Kubíčková. Důvěrník zastupuje zaměstnance dílny.",
      [], "Hard negative: 'důvěrník' (shop steward).")
    S("cs", "txt",
      "Vysvětli studentům: Zákon č. 412/2005 Sb. rozlišuje stupně utajení Přísně tajné, Tajné, Důvěrné a Vyhrazené. "
      "Stupeň utajení Vyhrazené se přiděluje, pokud by vyzrazení bylo nevýhodné pro zájmy České republiky.",
      [], "Hard negative: law text about levels, including the phrase 'Stupeň utajení Vyhrazené' in prose.")
    S("cs", "md",
      "## Školení: Ochrana utajovaných informací\n\n### Snímek 4 – Stupně utajení\n- PŘÍSNĚ TAJNÉ\n- TAJNÉ\n- DŮVĚRNÉ\n- VYHRAZENÉ\n\n"
      "### Snímek 5 – Jak se označuje dokument\nStupeň se uvádí v záhlaví i zápatí každé stránky.\n\nUdělej z toho kvíz.",
      [], "Hard negative: training slides listing the level names as bullets.")
    S("cs", "txt",
      "Napiš e-mail kolegům: Prosím nevkládejte do ChatGPT dokumenty označené jako DŮVĚRNÉ nebo VYHRAZENÉ, ani texty s označením NEVEŘEJNÉ.",
      [], "Hard negative: guidance telling staff not to paste marked documents.")
    r_bad = rc_make(1988, 4, 12, False, bad=True)
    S("cs", "txt",
      f"Napiš unit test validátoru: hodnota {r_bad} musí být odmítnuta jako neplatné rodné číslo.",
      [], "Hard negative: rodné číslo that fails mod-11 (test vector).")
    a_bad = cz_account_bad()
    S("cs", "txt",
      f"Proč náš validátor odmítá číslo účtu {a_bad}? Je to testovací hodnota ze zadání.",
      [], "Hard negative: account that fails the mod-11 weights.")
    ib_bad = iban_bad()
    S("cs", "txt",
      f"Validuj mi tento IBAN z testovací sady: {ib_bad}. Vychází mi chyba kontrolního součtu.",
      [], "Hard negative: CZ IBAN that fails mod-97.")
    ico = ico_make()
    S("cs", "txt",
      f"Zkontroluj fakturu:\nDodavatel: TechServis s.r.o., Průmyslová 12, 602 00 Brno\nIČO: {ico}\nDIČ: CZ{ico}\nFakturujeme Vám servis tiskáren za květen 2026: 12 400 Kč.",
      [], "Hard negative: company IČO/DIČ and business seat on an invoice.")
    S("cs", "txt",
      "Tisková zpráva: Občané se mohou obracet na bezplatnou linku 800 777 666 nebo na ústřednu ministerstva 221 011 111 v pracovní dny.",
      [], "Hard negative: public toll-free hotline and ministry switchboard in a press release.")
    S("cs", "txt",
      "Přelož zásady ochrany soukromí: Vaše údaje považujeme za důvěrné a citlivé údaje zpracováváme pouze se souhlasem.",
      [], "Hard negative: 'důvěrné', 'citlivé údaje' in a privacy notice.")
    S("cs", "txt",
      "Napiš článek do zpravodaje: Interní audit ukázal, že citlivé osobní údaje jsou na úřadě chráněny dobře. Neveřejná část zasedání trvala hodinu.",
      [], "Hard negative: 'Interní audit', 'citlivé', 'Neveřejná část zasedání' in prose.")
    S("cs", "txt",
      "Doporuč knihy: 'Tajné dějiny Prahy', 'Přísně tajné: Operace Anthropoid' a 'Důvěrné rozhovory s Havlem'.",
      [], "Hard negative: book titles containing level words.")
    S("cs", "txt",
      "Jak nastavit v Outlooku podpis? Chci tam mít: 'Tento e-mail je důvěrný a je určen pouze adresátovi. Pokud jste jej obdrželi omylem, smažte jej.'",
      [], "Hard negative: generic e-mail disclaimer with 'důvěrný'.")
    S("cs", "txt",
      "Vysvětli, co znamená pole 'Stupeň utajení' ve formuláři a jaké hodnoty se do něj vyplňují. Žádný dokument nepřikládám.",
      [], "Hard negative: the field name 'Stupeň utajení' mentioned in a question, no value.")
    S("cs", "txt",
      "Sepiš heslo do encyklopedie: Heslo je krátký text, který vysvětluje pojem. Nové heslo: Vyhrazená technická zařízení – zařízení se zvýšenou mírou ohrožení.",
      [], "Hard negative: 'heslo' meaning encyclopaedia entry; 'Vyhrazená technická zařízení' regulatory term.")
    S("cs", "md",
      "Zkontroluj konfiguraci:\n\n```python\nimport os, getpass\nheslo = os.environ.get(\"DB_HESLO\")\nif not heslo:\n    heslo = getpass.getpass(\"Zadejte heslo: \")\n```",
      [], "Hard negative: password read from the environment or getpass.")
    S("cs", "txt",
      "Napiš návod: Heslo musí mít alespoň 12 znaků. Nové heslo: ******** (zadejte dvakrát). PIN k trezoru si zvolte sami.",
      [], "Hard negative: placeholder password and a PIN mention without value.")
    S("cs", "txt",
      "Shrň: Vláda usnesením č. 412 ze dne 2. června 2026 schválila návrh zákona o kybernetické bezpečnosti. Tajemství úspěchu bylo v kompromisu.",
      [], "Hard negative: public government resolution number cited in prose; 'Tajemství'.")
    S("cs", "txt",
      "Vypočítej mi: 12 zaměstnanců, průměrná mzda 48 200 Kč, kolik je roční objem mezd včetně odvodů 33,8 %?",
      [], "Plain negative: ordinary calculation.")
    ROUND_TAG = ""


def main():
    vietnamese()
    czech()
    english()
    mixed()
    round2()
    round3()
    round4()
    round5()
    round6()
    round6b()
    round6c()
    round6d()
    round7()
    round7b()
    round8()
    round8b()
    round10()
    round10b()
    round9()
    round9b()
    round11()
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
    mobile = re.compile(r"(?<!\d)(?:0|\+84 ?)(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d(?:[ .]?\d){6}(?!\d)|\+420 ?[67]\d\d ?\d{3} ?\d{3}")
    for s in SAMPLES:
        if s["expect"] == "pass":
            assert not email.search(s["text"]), s["id"]
            assert not mobile.search(s["text"]), s["id"]
            for v in POS:
                assert v not in s["text"], (s["id"], v)
    with open(OUT, "w", encoding="utf-8") as f:
        for s in SAMPLES:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # Round 7 alone, for scoring a round on its own: score.mjs --corpus test/probes/round7.jsonl
    with open(os.path.join(HERE, "round7.jsonl"), "w", encoding="utf-8") as f:
        for s in SAMPLES:
            if "-r7-" in s["id"]:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # Round 8 alone: score.mjs --corpus test/probes/round8.jsonl
    with open(os.path.join(HERE, "round8.jsonl"), "w", encoding="utf-8") as f:
        for s in SAMPLES:
            if "-r8-" in s["id"]:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # Round 10 alone: score.mjs --corpus test/probes/round10.jsonl
    with open(os.path.join(HERE, "round10.jsonl"), "w", encoding="utf-8") as f:
        for s in SAMPLES:
            if "-r10-" in s["id"]:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # Round 9 alone (file formats and technical text): score.mjs --corpus test/probes/round9.jsonl
    with open(os.path.join(HERE, "round9.jsonl"), "w", encoding="utf-8") as f:
        for s in SAMPLES:
            if "-r9-" in s["id"]:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # Round 11 alone (Czech official texts): score.mjs --corpus test/probes/round11.jsonl
    with open(os.path.join(HERE, "round11.jsonl"), "w", encoding="utf-8") as f:
        for s in SAMPLES:
            if "-r11-" in s["id"]:
                f.write(json.dumps(s, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter((s["lang"], s["expect"]) for s in SAMPLES)
    print(len(SAMPLES), sorted(c.items()))


if __name__ == "__main__":
    main()
