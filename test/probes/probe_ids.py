"""Identifier helpers shared by the probe builders (build_round12.py, build_round15.py): values that pass or, on
purpose, fail the checks promptgate's validators apply. Stdlib only."""
# CCCD province codes (the 63-province table; odd-spaced, 001-096)
PROV = {'001','002','004','006','008','010','011','012','014','015','017','019','020','022','024','025','026','027','030','031','033','034','035','036','037','038','040','042','044','045','046','048','049','051','052','054','056','058','060','062','064','066','067','068','070','072','074','075','077','079','080','082','083','084','086','087','089','091','092','093','094','095','096'}
def cccd(prov, sex, year, serial):
    assert prov in PROV
    c = {(1900, 'm'): 0, (1900, 'f'): 1, (2000, 'm'): 2, (2000, 'f'): 3}[(year // 100 * 100, sex)]
    s = f'{prov}{c}{year % 100:02d}{serial:06d}'
    assert len(s) == 12
    return s
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0
def luhn(prefix, length):
    for c in '0123456789':
        s = prefix + c
        if len(s) == length and luhn_ok(s):
            return s
    raise ValueError
def mod97(s):
    s = s.replace(' ', '')
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97
def iban(cc, bban):
    for k in range(2, 99):
        s = f'{cc}{k:02d}{bban}'
        if mod97(s) == 1:
            return s
    raise ValueError
W = (6, 3, 7, 9, 10, 5, 8, 4, 2, 1)
def czpart_ok(p):
    return sum(w * int(d) for w, d in zip(W, p.zfill(10))) % 11 == 0
def czacct(stem):
    # stem: 9 digits, last digit chosen to satisfy the weights
    for c in '0123456789':
        if czpart_ok(stem + c):
            return stem + c
    raise ValueError
def mst(nine):
    w = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    s = sum(a * int(b) for a, b in zip(w, nine)) % 11
    if s == 0:
        raise ValueError
    return nine + str((10 - s) % 10 if s != 10 else 0)
UP, LO, DG = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz', '0123456789'
AL = UP + LO + DG
def seeded(seed):
    """The seeded generator of a credential round (build_round16_sec.py, build_round20.py) and rnd(n, chars), which
    draws n characters from it, so that the round rebuilds byte for byte."""
    import random
    r = random.Random(seed)
    def rnd(n, chars=AL):
        return ''.join(r.choice(chars) for _ in range(n))
    return r, rnd
def drawn(maker, head, rnd):
    """A 10-digit number that passes `maker`'s check (czacct: a Czech account's weights, mst: a tax code's checksum):
    `head` plus random digits drawn with the round's `rnd`, redrawn until valid (rounds 36-42)."""
    while True:
        try:
            return maker(head + rnd(9 - len(head), DG))
        except ValueError:
            pass


def grp(s, n=4):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))


def sample_adder():
    """A round's sample list and the add(lang, expect, cats, note, text, ext='txt') that fills it (build_round22.py)."""
    samples = []

    def add(lang, expect, cats, note, text, ext='txt'):
        samples.append({'lang': lang, 'ext': ext, 'text': text, 'expect': expect, 'categories': cats, 'note': note})
    return samples, add


def write_marking_round(samples, name, prefix):
    """Checks a markings round (build_round14.py, build_round17.py) and writes it to test/probes/<name>.jsonl with
    ids <prefix>-0001 …: no run of nine or more digits and no e-mail address in any text (so no citizen ID, card,
    account or phone is read by accident), a pass sample is a hard negative with no category, a block sample is a
    marking."""
    import re
    for s in samples:
        assert not re.search(r'\d{9,}', s['text']), s['note']
        assert not re.search(r'[\w.]+@[\w-]+\.\w', s['text']), s['note']
        assert s['expect'] != 'block' or 'classified-marking' in s['categories'], s['note']
    write_round(samples, name, prefix)


def write_round(samples, name, prefix):
    """Writes a round to test/probes/<name>.jsonl with ids <prefix>-0001 … and prints its counts per language and
    verdict; every pass sample must be a hard negative with no category."""
    import json, os
    from collections import Counter
    for s in samples:
        assert s['expect'] in ('block', 'warn', 'pass')
        assert (s['expect'] == 'pass') == (not s['categories']), s['note']
        assert s['expect'] != 'pass' or s['note'].startswith('Hard negative'), s['note']
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f'{name}.jsonl')
    with open(out, 'w', encoding='utf-8') as f:
        for i, s in enumerate(samples, 1):
            f.write(json.dumps({'id': f'{prefix}-{i:04d}', **s}, ensure_ascii=False) + '\n')
    print(len(samples), Counter(s['lang'] for s in samples), Counter(s['expect'] for s in samples))


# Moved from build_round15.py so later rounds share them (round 19).
def rc(yy, mm, dd, ser, female=False):
    """Rodné číslo of 10 digits, divisible by 11, month + 50 for women."""
    m = mm + 50 if female else mm
    for k in range(ser, ser + 100):
        base = f'{yy:02d}{m:02d}{dd:02d}{k % 1000:03d}'
        for d in '0123456789':
            if int(base + d) % 11 == 0:
                return base[:6] + '/' + base[6:] + d
    raise ValueError


def rc_ok(s):
    s = s.replace('/', '').replace(' ', '')
    if len(s) != 10 or int(s) % 11:
        return False
    mm = int(s[2:4]) % 50
    return 1 <= mm <= 12 and 1 <= int(s[4:6]) <= 31


def mst_ok(s):
    w = (31, 29, 23, 19, 17, 13, 7, 5, 3)
    r = sum(a * int(b) for a, b in zip(w, s[:9])) % 11
    return len(s) == 10 and r != 0 and str(10 - r if r != 10 else 0) == s[9]


def ssn_ok(s):
    a, g, n = s[:3], s[4:6], s[7:]
    return a not in ('000', '666') and a[0] != '9' and g != '00' and n != '0000'


NINO_BAD_FIRST, NINO_BAD_SECOND = set('DFIQUV'), set('DFIQUVO')


def nino_ok(s):
    s = s.replace(' ', '').upper()
    return (len(s) == 9 and s[0] not in NINO_BAD_FIRST and s[1] not in NINO_BAD_SECOND and s[:2] not in
            ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ') and s[2:8].isdigit() and s[8] in 'ABCD')


def strip(s):
    import unicodedata
    s = s.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def nhs(nine):
    r = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
    if r == 10:
        raise ValueError
    return nine + str(0 if r == 11 else r)


def nhs_ok(s):
    s = s.replace(' ', '')
    return len(s) == 10 and nhs(s[:9]) == s


def write_personal_round(V, name, prefix):
    """Writes a personal-data round (build_round15.py, build_round19.py) to test/probes/<name>.jsonl, or to the path
    given as the first argument, with ids <prefix>-0001 …: the verdict follows from the categories (a blocking
    category blocks, any other warns, none passes) and a pass sample must be a declared negative."""
    import json, os, sys
    from collections import Counter
    block = {'classified-marking', 'national-id', 'financial', 'credential', 'fingerprint'}

    def verdict(cats):
        if any(c in block for c in cats):
            return 'block'
        return 'warn' if cats else 'pass'

    out = []
    for i, v in enumerate(V, 1):
        e = verdict(v['cats'])
        if e == 'pass':
            assert v['note'].startswith(('Hard negative', 'Plain negative')), v['note']
        out.append(json.dumps(dict(id=f'{prefix}-{i:04d}', lang=v['lang'], ext=v['ext'], text=v['text'], expect=e,
                                   categories=v['cats'], note=v['note']), ensure_ascii=False))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), f'{name}.jsonl')
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(f'{len(out)} samples -> {path}', Counter(v['lang'] for v in V), Counter(verdict(v['cats']) for v in V))


def personal_sampler():
    """The sample list of a personal-data round (build_round19.py, build_round23.py) and its two writers: S(lang, ext,
    cats, note, text) adds one sample; both(ext, cats, note, text) adds a Vietnamese sample once with diacritics and
    once typed without them."""
    V = []

    def S(lang, ext, cats, note, text):
        V.append(dict(lang=lang, ext=ext, cats=cats, note=note, text=text))

    def both(ext, cats, note, text):
        S('vi', ext, cats, note, text)
        S('vi', ext, cats, note + ' (typed without diacritics)', strip(text))
    return V, S, both


B62 = DG + UP + LO


def crc_token(prefix, body):
    """A GitHub/npm-style token (ghp_…, npm_…): a 30-character body and its CRC32 in six base-62 digits (round 24)."""
    import zlib
    n, tail = zlib.crc32(body.encode()), ''
    while n:
        n, r = divmod(n, 62)
        tail = B62[r] + tail
    return prefix + body + tail.rjust(6, '0')


def diacritic_pair(add):
    """vi(expect, cats, note, text) over a round's add: a Vietnamese sample with diacritics and the same typed without
    them (rounds 25 and 26; with a file extension, rounds 39 and 44)."""
    def vi(expect, cats, note, text, ext='txt'):
        add('vi', expect, cats, note, text, ext)
        add('vi', expect, cats, note + ' (typed without diacritics)', strip(text), ext)
    return vi


def diacritic_negatives(neg):
    """vineg(note, text) over a round's neg (from collector()): a Vietnamese hard negative with diacritics and the same
    typed without them (rounds 26 and 29)."""
    def vineg(note, text):
        neg('vi', note, text)
        neg('vi', note + ' (typed without diacritics)', strip(text))
    return vineg


def collector():
    """sample_adder's list and add(lang, expect, cats, note, text, ext) with neg(lang, note, text, ext): a pass sample
    is a hard negative with no category (round 24)."""
    samples, add = sample_adder()

    def neg(lang, note, text, ext='txt'):
        add(lang, 'pass', [], 'Hard negative: ' + note, text, ext)

    return samples, add, neg


def timed_chat(r, lines, fmt, start, step, sep='\n'):
    """A chat export from (who, message) pairs: each line formatted by fmt with h, m (24-hour), h12, ap (AM/PM), who
    and msg, the clock moving on by r.randrange(1, step) minutes a message (rounds 28 and 31)."""
    h, m = start
    out = []
    for who, msg in lines:
        out.append(fmt.format(h=h, m=m, h12=(h - 1) % 12 + 1, ap='AM' if h < 12 else 'PM', who=who, msg=msg))
        m += r.randrange(1, step)
        if m >= 60:
            h, m = h + 1, m - 60
    return sep.join(out)

