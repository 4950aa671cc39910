"""Write tests/processing/redaction_corpus_probe12.jsonl: an eleventh labelled corpus, consumer
services outside North America and Western Europe (mobile money receipts and APIs: M-Pesa, MTN
MoMo, GCash, bKash, PIX; ride-hailing and courier dispatch, bank OTP gateways, KYC, e-commerce
notifications, chats and CRM notes in local languages, crash reports, analytics exports, CDRs,
USSD), with as many look-alikes, by someone who had not read the redaction rules (issue 11).
Scored blind once by halves on the code of 2026-12-04. Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe12_corpus

Every line is built by appending pieces; every phone span is re-parsed and asserted valid.
"""

import json
import os
import random
import re
import urllib.parse

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 1212121
rng = random.Random(SEED)

# ----------------------------------------------------------------------------
# phone generation
# ----------------------------------------------------------------------------
# typical leading digits of the national significant number (real-world prefixes)
MOBILE_PREFIX = {
    "KE": ["71", "72", "74", "79", "11", "70"],
    "TZ": ["75", "71", "65", "68", "76"],
    "UG": ["77", "78", "70", "75"],
    "GH": ["24", "54", "20", "55", "27"],
    "CM": ["67", "69", "65"],
    "CI": ["07", "05", "01"],
    "RW": ["78", "72", "73"],
    "ZM": ["96", "97", "95"],
    "PH": ["917", "918", "927", "905", "995"],
    "BD": ["171", "181", "191", "161", "151"],
    "BR": ["119", "219", "319", "419", "619", "719"],
    "ID": ["812", "813", "821", "857", "878", "896"],
    "VN": ["90", "91", "98", "97", "93"],
    "TH": ["81", "86", "89", "62", "92"],
    "MY": ["12", "13", "16", "17", "19"],
    "EG": ["10", "11", "12", "15"],
    "PK": ["300", "301", "321", "333", "345"],
    "NG": ["803", "806", "813", "703", "805", "802", "816", "906"],
    "MX": ["55", "33", "81", "222", "442"],
    "CO": ["310", "311", "315", "320", "300"],
    "AR": ["911", "9351", "9341"],
    "CL": ["9"],
    "PE": ["9"],
    "SA": ["50", "55", "53", "56", "54"],
    "AE": ["50", "55", "52", "56"],
    "IN": ["98", "99", "97", "90", "88", "70", "63"],
    "TR": ["532", "533", "542", "505", "555"],
    "QA": ["33", "55", "66"],
    "KW": ["5", "6", "9"],
    "JO": ["79", "77", "78"],
    "ZA": ["82", "83", "72", "71", "76", "60"],
    "KR": ["102", "103", "104", "105", "106", "107", "108", "109"],
    "BF": ["70", "76", "78", "65", "66"],
    "CN": ["138", "139", "135", "186", "150", "177"],
    "HK": ["9", "6", "5"],
    "TW": ["91", "93", "95", "98"],
    "SG": ["9", "8"],
    "MA": ["6", "7"],
    "SN": ["77", "78", "70", "76"],
    "OM": ["9", "7"],
    "BH": ["3"],
    "LB": ["3", "71", "70"],
    "EC": ["99", "98", "96"],
    "BO": ["7", "6"],
    "UY": ["9"],
    "PY": ["98", "97", "99"],
    "GT": ["5", "4", "3"],
    "CR": ["8", "7", "6"],
    "DO": ["809", "829", "849"],
    "PA": ["6"],
    "ET": ["91", "92", "94"],
    "ZW": ["77", "71", "78"],
    "MW": ["99", "88"],
    "IQ": ["77", "78", "75"],
    "TN": ["2", "5", "9"],
    "DZ": ["55", "66", "77"],
    "ML": ["7", "6"],
    "JP": ["90", "80"],
    "LK": ["77", "71"],
    "NP": ["98"],
}


NSN_LEN = {"ID": [10, 11, 11], "VN": [9], "CN": [11]}


def _valid_type(n, kind):
    t = phonenumbers.number_type(n)
    if kind == "m":
        return t in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    return t in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)


def gen_number(region, kind="m"):
    t = PNT.MOBILE if kind == "m" else PNT.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, t)
    assert ex is not None and ex.country_code is not None, region
    cc = ex.country_code
    nsn = phonenumbers.national_significant_number(ex)
    L = len(nsn)
    lens = NSN_LEN.get(region) if kind == "m" else None
    for attempt in range(400):
        if kind == "m" and region in MOBILE_PREFIX and attempt < 300:
            pre = rng.choice(MOBILE_PREFIX[region])
            LL = rng.choice(lens) if lens else L
            cand = pre + "".join(rng.choice("0123456789") for _ in range(LL - len(pre)))
        else:
            k = rng.randint(3, min(6, L - 2))
            cand = nsn[:-k] + "".join(rng.choice("0123456789") for _ in range(k))
        if len(set(cand[-6:])) < 3:
            continue
        n = phonenumbers.parse("+%d%s" % (cc, cand), None)
        if phonenumbers.is_valid_number(n) and _valid_type(n, kind):
            if region not in ("DO",) and phonenumbers.region_code_for_number(n) != region:
                continue
            return n
    raise RuntimeError("cannot generate %s %s" % (region, kind))


def group(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        if i >= len(d):
            break
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return sep.join(out)


class Ph:
    def __init__(self, text, region, decode=None):
        self.text, self.region, self.decode = text, region, decode


def ph(region, style="natl", kind="m", frm=None, ext=None):
    """Return Ph(text, label_region).

    styles: e164 bare intl intl- intl. intlnb natl natld nsn 00 00c 011
            g0:SIZES:SEP   trunk 0 + nsn grouped
            gn:SIZES:SEP   nsn grouped (no trunk)
            gp:SIZES:SEP   +cc SEP? nsn grouped  (space after cc)
            gpd:SIZES:SEP  +cc-nsn grouped with SEP also after cc
    """
    n = gen_number(region, kind)
    cc = n.country_code
    nsn = phonenumbers.national_significant_number(n)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    natl = phonenumbers.format_number(n, PNF.NATIONAL)
    lab = region
    if style == "e164":
        s = "+%d%s" % (cc, nsn)
    elif style == "bare":
        s = "%d%s" % (cc, nsn)
    elif style == "intl":
        s = intl
    elif style == "intl-":
        s = intl.replace(" ", "-")
    elif style == "intl.":
        s = "+" + intl[1:].replace(" ", ".").replace("-", ".")
    elif style == "intlnb":
        s = intl.replace(" ", "\u00a0")
    elif style == "natl":
        s = natl
    elif style == "natld":
        s = re.sub(r"\D", "", natl)
    elif style == "nsn":
        s = nsn
    elif style == "00":
        s = "00" + intl[1:]
        lab = frm
    elif style == "00c":
        s = "00%d%s" % (cc, nsn)
        lab = frm
    elif style == "011":
        s = "011 " + intl[1:]
        lab = frm
    elif style == "paren0":  # +44 (0)20 style
        s = "+%d (0)%s" % (cc, intl.split(" ", 1)[1])
    elif style == "trparen":  # 0 (532) 123 45 67
        s = "0 (%s) %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:8], nsn[8:])
    elif style.startswith(("g0:", "gn:", "gp:", "gpd:")):
        kind_, sizes, sep = style.split(":", 2)
        sizes = [int(x) for x in sizes.split("-")]
        if kind_ == "g0":
            s = group("0" + nsn, sizes, sep)
        elif kind_ == "gn":
            s = group(nsn, sizes, sep)
        elif kind_ == "gp":
            s = "+%d %s" % (cc, group(nsn, sizes, sep))
        else:
            s = "+%d%s%s" % (cc, sep, group(nsn, sizes, sep))
    else:
        raise ValueError(style)
    if ext:
        s += ext
    return Ph(s, lab)


def form(p):
    """URL-form-encode a phone"""
    enc = urllib.parse.quote_plus(p.text)
    return Ph(enc, p.region, "form" if enc != p.text else None)


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def t(self, *xs):
        for x in xs:
            if isinstance(x, Ph):
                self.p(x)
            elif isinstance(x, Em):
                self.e(x)
            else:
                self.parts.append(x)
                self.n += len(x)
        return self

    def p(self, p):
        sp = {"start": self.n, "end": self.n + len(p.text), "type": "phone", "region": p.region}
        if p.decode:
            sp["decode"] = p.decode
        self.parts.append(p.text)
        self.n += len(p.text)
        self.spans.append(sp)
        return self

    def e(self, e):
        sp = {"start": self.n, "end": self.n + len(e.text), "type": "email"}
        if e.decode:
            sp["decode"] = e.decode
        self.parts.append(e.text)
        self.n += len(e.text)
        self.spans.append(sp)
        return self

    def text(self):
        return "".join(self.parts)


class Em:
    def __init__(self, text, decode=None):
        self.text, self.decode = text, decode


def ascii_fold(s):
    import unicodedata

    s = s.lower().replace("ı", "i").replace("đ", "d").replace("ø", "o")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z]", "", s)


def em(first, last, domains, style=None):
    f, l = ascii_fold(first), ascii_fold(last)
    style = style or rng.choice(["f.l", "fl99", "f_l", "fl", "f.l+tag", "initl", "l.f"])
    if style == "f.l":
        lp = f + "." + l
    elif style == "fl99":
        lp = f + l + str(rng.randint(1, 99))
    elif style == "f_l":
        lp = f + "_" + l + str(rng.choice(["", "88", "2024", "07"]))
    elif style == "fl":
        lp = f + l
    elif style == "f.l+tag":
        lp = f + "." + l + "+" + rng.choice(["shop", "promo", "kyc", "app"])
    elif style == "initl":
        lp = f[0] + l
    else:
        lp = l + "." + f + str(rng.randint(80, 99))
    return Em(lp + "@" + rng.choice(domains))


def ech(text):
    return Em(text)


def form_em(e):
    enc = urllib.parse.quote_plus(e.text)
    return Em(enc, "form" if enc != e.text else None)


# ----------------------------------------------------------------------------
# look-alike helpers
# ----------------------------------------------------------------------------
def digits(n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), rng.choice("89ab"), hexs(3), hexs(12))


def ip_pub():
    return "%d.%d.%d.%d" % (
        rng.choice(
            [
                41,
                102,
                105,
                196,
                197,
                154,
                177,
                189,
                200,
                186,
                103,
                110,
                113,
                182,
                202,
                36,
                49,
                78,
                88,
                94,
                212,
                37,
            ]
        ),
        rng.randint(0, 255),
        rng.randint(0, 255),
        rng.randint(1, 254),
    )


def ip_priv():
    return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def dt():
    return (
        2024,
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
    )


def iso(tz="Z", ms=True):
    y, mo, d, h, mi, s = dt()
    r = "%04d-%02d-%02dT%02d:%02d:%02d" % (y, mo, d, h, mi, s)
    if ms:
        r += ".%03d" % rng.randint(0, 999)
    return r + tz


def ymdhms(sep=" "):
    y, mo, d, h, mi, s = dt()
    return "%04d-%02d-%02d%s%02d:%02d:%02d" % (y, mo, d, sep, h, mi, s)


def epoch():
    return rng.randint(1704067200, 1735603200)


def amt(lo, hi, dec=True, thou=",", decsep="."):
    v = rng.randint(lo, hi)
    s = f"{v:,}".replace(",", thou)
    if dec:
        s += decsep + "%02d" % rng.choice([0, 0, 50, rng.randint(0, 99)])
    return s


NAMES = {
    "sw": (
        [
            "John",
            "Wanjiru",
            "Otieno",
            "Akinyi",
            "Kamau",
            "Njeri",
            "Baraka",
            "Amina",
            "Juma",
            "Neema",
        ],
        ["Kamau", "Ochieng", "Mwangi", "Wanjiku", "Odhiambo", "Mollel", "Hassan", "Kiprono"],
    ),
    "ng": (
        [
            "Chinedu",
            "Aisha",
            "Tunde",
            "Ngozi",
            "Emeka",
            "Funmilayo",
            "Ibrahim",
            "Kwame",
            "Ama",
            "Kofi",
        ],
        ["Okafor", "Adeyemi", "Bello", "Eze", "Mensah", "Owusu", "Abubakar", "Nwosu"],
    ),
    "ph": (
        ["Juan", "Maria", "Jose", "Angelica", "Mark", "Kristine", "Rodel", "Joy"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva"],
    ),
    "bd": (
        ["Rahim", "Fatema", "Karim", "Nusrat", "Sabbir", "Tania"],
        ["Uddin", "Akter", "Hossain", "Rahman", "Islam"],
    ),
    "pt": (
        ["João", "Ana", "Lucas", "Mariana", "Gabriel", "Beatriz", "Rafael", "Juliana"],
        ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Rodrigues", "Almeida"],
    ),
    "es": (
        [
            "Carlos",
            "María",
            "José",
            "Lucía",
            "Andrés",
            "Valentina",
            "Diego",
            "Camila",
            "Luis",
            "Sofía",
        ],
        [
            "García",
            "Rodríguez",
            "Martínez",
            "López",
            "Hernández",
            "Quispe",
            "Gómez",
            "Pérez",
            "Torres",
        ],
    ),
    "id": (
        ["Budi", "Siti", "Agus", "Dewi", "Rizky", "Putri", "Eko", "Ayu"],
        ["Santoso", "Wijaya", "Saputra", "Lestari", "Pratama", "Hidayat", "Nugroho"],
    ),
    "vi": (
        ["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Thu", "Hoàng Anh"],
        ["An", "Bình", "Hương", "Tuấn", "Linh"],
    ),
    "th": (
        ["Somchai", "Suda", "Anan", "Malee", "Niran"],
        ["Srisuk", "Wongsa", "Chaiyaporn", "Boonmee"],
    ),
    "tr": (
        ["Ayşe", "Mehmet", "Fatma", "Mustafa", "Elif", "Emre"],
        ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"],
    ),
    "ar": (
        ["Mohammed", "Fatima", "Ahmed", "Noura", "Khalid", "Layla", "Omar", "Sara"],
        ["Al-Harbi", "Al-Qahtani", "Haddad", "Mansour", "Nasser", "Al-Shamsi", "Saleh"],
    ),
    "hi": (
        ["Rahul", "Priya", "Amit", "Sneha", "Vikram", "Anjali", "Arjun"],
        ["Sharma", "Verma", "Patel", "Iyer", "Reddy", "Gupta", "Singh"],
    ),
    "ko": (["Minji", "Jisoo", "Hyunwoo", "Seoyeon"], ["Kim", "Lee", "Park", "Choi"]),
    "zh": (
        ["Wei", "Fang", "Lei", "Jing", "Tai Man", "Mei Ling", "Chia-Hao"],
        ["Wang", "Li", "Zhang", "Chen", "Chan", "Wong", "Lin"],
    ),
    "my": (
        ["Ahmad", "Nurul", "Farid", "Aisyah", "Wei Ling"],
        ["Ismail", "Abdullah", "Rahman", "Tan", "Lim"],
    ),
    "ur": (
        ["Ali", "Ayesha", "Hamza", "Sana", "Bilal"],
        ["Khan", "Ahmed", "Malik", "Butt", "Qureshi"],
    ),
    "fr": (
        ["Moussa", "Aminata", "Ousmane", "Fatou", "Ibrahima", "Awa"],
        ["Diop", "Ndiaye", "Traoré", "Koné", "Sow", "Diallo"],
    ),
}


def name(loc):
    f, l = NAMES[loc]
    return rng.choice(f), rng.choice(l)


DOM = {
    "ke": ["gmail.com", "yahoo.com", "outlook.com", "safaricom.co.ke"],
    "ng": ["gmail.com", "yahoo.com", "hotmail.com", "ymail.com"],
    "ph": ["gmail.com", "yahoo.com.ph", "outlook.ph"],
    "br": [
        "gmail.com",
        "hotmail.com",
        "uol.com.br",
        "bol.com.br",
        "terra.com.br",
        "outlook.com.br",
    ],
    "mx": ["gmail.com", "hotmail.com", "yahoo.com.mx", "prodigy.net.mx", "outlook.es"],
    "es": ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "live.com.ar", "correo.com.pe"],
    "id": ["gmail.com", "yahoo.co.id", "ymail.com"],
    "vn": ["gmail.com", "yahoo.com.vn", "outlook.com.vn"],
    "th": ["gmail.com", "hotmail.co.th", "outlook.co.th"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr", "outlook.com.tr"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com", "emirates.net.ae"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "kr": ["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    "cn": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "hk": ["gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com.tw"],
    "my": ["gmail.com", "yahoo.com.my", "hotmail.my", "outlook.sg"],
    "pk": ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com"],
    "fr": ["gmail.com", "yahoo.fr", "orange.sn", "hotmail.fr"],
}

# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
FAMILIES: list = []


def family(fn):
    FAMILIES.append(fn)
    return fn


def mdy_short():
    y, mo, d, h, mi, _s = dt()
    return "%d/%d/%d" % (d, mo, y % 100), "%d:%02d %s" % (
        h % 12 or 12,
        mi,
        "AM" if h < 12 else "PM",
    )


@family
def mpesa_sms_receipt():
    out = []
    for i in range(10):
        b = B()
        code = alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        code = rng.choice("QRS") + code[1:]
        d, tm = mdy_short()
        pre = '%s INFO  sms-inbox-sync [device=%s] sender=MPESA body="' % (iso("+03:00"), hexs(16))
        b.t(pre)
        if i % 2 == 0 and i < 8:
            f, l = name("sw")
            p = ph("KE", rng.choice(["natld", "natld", "bare", "g0:4-3-3: "]))
            if rng.random() < 0.5:
                b.t(
                    "%s Confirmed. Ksh%s sent to %s %s "
                    % (code, amt(50, 9000), f.upper(), l.upper()),
                    p,
                    ' on %s at %s. New M-PESA balance is Ksh%s. Transaction cost, Ksh%s. Amount you can transact within the day is %s."'
                    % (
                        d,
                        tm,
                        amt(100, 90000),
                        rng.choice(["0.00", "7.00", "13.00", "23.00"]),
                        amt(400000, 499999),
                    ),
                )
            else:
                b.t(
                    "%s Confirmed.You have received Ksh%s from %s %s "
                    % (code, amt(50, 9000), f.upper(), l.upper()),
                    p,
                    ' on %s at %s  New M-PESA balance is Ksh%s. Separate personal and business funds through Pochi la Biashara on *334#."'
                    % (d, tm, amt(100, 90000)),
                )
        elif i == 8 or i == 9:
            # Tanzania, Swahili (Vodacom M-Pesa)
            f, l = name("sw")
            if i == 8:
                p = ph("TZ", rng.choice(["natld", "g0:4-3-3: "]))
                b.t(
                    "%s Imethibitishwa. Umepokea Tsh%s kutoka " % (code, amt(1000, 500000)),
                    p,
                    ' - %s %s tarehe %s saa %s. Salio lako jipya la M-Pesa ni Tsh%s."'
                    % (f.upper(), l.upper(), d, tm, amt(1000, 900000)),
                )
            else:
                b.t(
                    '%s Imethibitishwa. Tsh%s imelipwa kwa LUKU namba ya mita %s tarehe %s saa %s. Token: %s-%s-%s-%s-%s. Salio ni Tsh%s."'
                    % (
                        code,
                        amt(5000, 50000),
                        digits(11),
                        d,
                        tm,
                        digits(4),
                        digits(4),
                        digits(4),
                        digits(4),
                        digits(4),
                        amt(1000, 900000),
                    )
                )
        else:
            kind = rng.choice(["paybill", "till", "masked"])
            if kind == "paybill":
                b.t(
                    '%s Confirmed. Ksh%s sent to KPLC PREPAID for account %s on %s at %s New M-PESA balance is Ksh%s. Transaction cost, Ksh%s."'
                    % (
                        code,
                        amt(100, 5000),
                        digits(11),
                        d,
                        tm,
                        amt(100, 90000),
                        rng.choice(["0.00", "23.00"]),
                    )
                )
            elif kind == "till":
                b.t(
                    '%s Confirmed. Ksh%s paid to NAIVAS SUPERMARKET %s. on %s at %s.New M-PESA balance is Ksh%s. Transaction cost, Ksh0.00."'
                    % (code, amt(100, 5000), digits(6), d, tm, amt(100, 90000))
                )
            else:
                f, l = name("sw")
                b.t(
                    '%s Confirmed. Ksh%s sent to %s %s 2547******%s on %s at %s. New M-PESA balance is Ksh%s."'
                    % (
                        code,
                        amt(100, 5000),
                        f.upper(),
                        l[0] + "***",
                        digits(3, False),
                        d,
                        tm,
                        amt(100, 90000),
                    )
                )
        out.append(b)
    return out


@family
def momo_open_api():
    out = []
    regs = [
        ("UG", "UGX"),
        ("GH", "GHS"),
        ("CM", "XAF"),
        ("CI", "XOF"),
        ("RW", "RWF"),
        ("ZM", "ZMW"),
        ("UG", "UGX"),
        ("GH", "GHS"),
        ("CI", "XOF"),
        ("RW", "RWF"),
    ]
    for i, (r, cur) in enumerate(regs):
        b = B()
        ref = uuid()
        b.t(
            "%s INFO  [momo-collection] POST https://proxy.momoapi.mtn.com/collection/v1_0/requesttopay X-Reference-Id=%s X-Target-Environment=mtn%s "
            % (
                ymdhms() + ",%03d" % rng.randint(0, 999),
                ref,
                {
                    "UG": "uganda",
                    "GH": "ghana",
                    "CM": "cameroon",
                    "CI": "ivorycoast",
                    "RW": "rwanda",
                    "ZM": "zambia",
                }[r],
            )
        )
        if i % 2 == 0:
            if i == 6:
                f, l = name("sw")
                b.t(
                    'body={"amount":"%s","currency":"%s","externalId":"%s","payer":{"partyIdType":"EMAIL","partyId":"'
                    % (digits(4), cur, digits(6)),
                    em(f, l, DOM["ke"]),
                    '"},"payerMessage":"Order %s","payeeNote":"Jumia pay"}' % digits(8),
                )
            else:
                b.t(
                    'body={"amount":"%s","currency":"%s","externalId":"%s","payer":{"partyIdType":"MSISDN","partyId":"'
                    % (digits(4), cur, digits(6)),
                    ph(r, "bare"),
                    '"},"payerMessage":"Payment for order %s","payeeNote":"%s"}'
                    % (
                        digits(7),
                        rng.choice(["SafeBoda ride", "Glovo order", "DSTV renewal", "Bolt trip"]),
                    ),
                )
        else:
            b.t(
                'response=202 Accepted; poll GET /collection/v1_0/requesttopay/%s -> {"financialTransactionId":"%s","externalId":"%s","amount":"%s","currency":"%s","payer":{"partyIdType":"MSISDN","partyId":"%s"},"status":"%s","reason":"%s"}'
                % (
                    ref,
                    digits(10),
                    digits(6),
                    digits(5),
                    cur,
                    "*" * 9 + digits(3, False),
                    rng.choice(["SUCCESSFUL", "FAILED", "PENDING"]),
                    rng.choice(["", "APPROVAL_REJECTED", "NOT_ENOUGH_FUNDS", "PAYER_NOT_FOUND"]),
                )
            )
        out.append(b)
    return out


@family
def gcash_maya_sms():
    out = []
    for i in range(9):
        b = B()
        b.t(
            '%s | notif-relay | PH | channel=sms shortcode=%s | msg="'
            % (ymdhms(), rng.choice(["2882", "225", "8888"]))
        )
        ref = "%s %s %s" % (digits(4), digits(3), digits(6))
        y, mo, d, h, mi, _s = dt()
        when = "%02d-%02d-%04d %02d:%02d %s" % (
            mo,
            d,
            y,
            h % 12 or 12,
            mi,
            "AM" if h < 12 else "PM",
        )
        if i % 2 == 0:
            f, l = name("ph")
            p = ph("PH", rng.choice(["natld", "natld", "natl", "e164"]))
            b.t(
                "You have received PHP %s of GCash from %s %s "
                % (amt(20, 20000), f.upper(), l[0] + "."),
                p,
                ' w/ MSG: %s. Your new balance is PHP %s. Ref. No. %s. Use now to buy load, pay bills, and more!"'
                % (
                    rng.choice(["bayad sa utang", "pang-load", "salamat po", ""]),
                    amt(20, 50000),
                    ref,
                ),
            )
        else:
            k = rng.choice(["bill", "otp", "load"])
            if k == "bill":
                b.t(
                    'You have paid PHP %s to MERALCO on %s. Ref. No. %s. Your new balance is PHP %s."'
                    % (amt(500, 8000), when, ref, amt(0, 9000))
                )
            elif k == "otp":
                b.t(
                    'Your GCash Authentication Code is %s. Never share this with anyone, including GCash. Valid for 5 minutes. Ref %s"'
                    % (digits(6, False), digits(12))
                )
            else:
                b.t(
                    'You have successfully bought GoSURF50 (PHP 50.00) on %s. Ref. No. %s. Balance PHP %s"'
                    % (when, ref, amt(0, 9000))
                )
        out.append(b)
    return out


@family
def bkash_nagad_sms():
    out = []
    for i in range(9):
        b = B()
        y, mo, d, h, mi, _s = dt()
        when = "%02d/%02d/%04d %02d:%02d" % (d, mo, y, h, mi)
        trx = alnum(10)
        b.t(
            '[%s] sms.parser app=com.bKash.customerapp sender=%s text="'
            % (ymdhms(), rng.choice(["bKash", "NAGAD", "16247"]))
        )
        if i % 2 == 0:
            p = ph("BD", rng.choice(["natld", "natld", "natl", "e164"]))
            if i == 4:
                b.t(
                    "Cash In Tk %s from " % amt(500, 20000),
                    p,
                    ' successful. Fee Tk 0.00. Balance Tk %s. TrxID %s at %s"'
                    % (amt(500, 50000), trx, when),
                )
            else:
                b.t(
                    "You have received Tk %s from " % amt(50, 20000),
                    p,
                    '. Ref %s. Fee Tk 0.00. Balance Tk %s. TrxID %s at %s"'
                    % (rng.choice(["rent", "ammu", "1", "bazar"]), amt(50, 50000), trx, when),
                )
        else:
            k = rng.choice(["pay", "recharge", "otp"])
            if k == "pay":
                b.t(
                    'Payment Tk %s to Daraz Bangladesh Ltd successful. Invoice %s. Balance Tk %s. TrxID %s at %s"'
                    % (amt(100, 9000), digits(9), amt(0, 9000), trx, when)
                )
            elif k == "recharge":
                b.t(
                    'Mobile Recharge Tk 99.00 to 0171XXXX%s successful. Balance Tk %s. TrxID %s at %s"'
                    % (digits(3, False), amt(0, 9000), trx, when)
                )
            else:
                b.t(
                    'Your bKash verification code is %s. It will expire in 2 minutes. Ref: %s"'
                    % (digits(6, False), digits(8))
                )
        out.append(b)
    return out


@family
def pix_dict_api():
    out = []
    for i in range(10):
        b = B()
        e2e = "E%s%s%s" % (
            digits(8),
            "2024%02d%02d%02d%02d"
            % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
            alnum(11, "abcdefghijklmnopqrstuvwxyz0123456789"),
        )
        b.t(
            '{"ts":"%s","level":"info","svc":"pix-gateway","msg":"%s","ispb":"%s","endToEndId":"%s",'
            % (
                iso("-03:00"),
                rng.choice(["dict.lookup ok", "pix.enviado", "cobranca criada"]),
                digits(8, False),
                e2e,
            )
        )
        if i % 2 == 0:
            if i in (0, 4, 8):
                b.t('"chave":{"tipo":"TELEFONE","valor":"', ph("BR", "e164"), '"},')
            else:
                f, l = name("pt")
                b.t('"chave":{"tipo":"EMAIL","valor":"', em(f, l, DOM["br"]), '"},')
            b.t(
                '"valor":"%s","titular":"%s"}'
                % (amt(5, 5000, thou=""), " ".join(name("pt")).upper())
            )
        else:
            k = rng.choice(["CPF", "EVP", "CNPJ"])
            if k == "CPF":
                v = "%s.%s.%s-%s" % (digits(3), digits(3), digits(3), digits(2, False))
            elif k == "EVP":
                v = uuid()
            else:
                v = "%s.%s.%s/0001-%s" % (digits(2), digits(3), digits(3), digits(2, False))
            b.t(
                '"chave":{"tipo":"%s","valor":"%s"},"valor":"%s","txid":"%s"}'
                % (k, v, amt(5, 5000, thou=""), alnum(26, "abcdefghijklmnopqrstuvwxyz0123456789"))
            )
        out.append(b)
    return out


@family
def ride_dispatch_kv():
    out = []
    cities = [
        ("ID", "JKT", "IDR", -6.2088, 106.8456, "B %s %s"),
        ("VN", "SGN", "VND", 10.7769, 106.7009, "51F-%s.%s"),
        ("TH", "BKK", "THB", 13.7563, 100.5018, "กข %s"),
        ("MY", "KUL", "MYR", 3.139, 101.6869, "W%s %s"),
        ("EG", "CAI", "EGP", 30.0444, 31.2357, "ق س %s"),
        ("PK", "LHE", "PKR", 31.5204, 74.3587, "LEA-%s"),
        ("NG", "LOS", "NGN", 6.5244, 3.3792, "LSD-%s"),
        ("ID", "SUB", "IDR", -7.2575, 112.7521, "L %s %s"),
        ("PH", "MNL", "PHP", 14.5995, 120.9842, "NAB %s"),
        ("VN", "HAN", "VND", 21.0278, 105.8342, "30E-%s.%s"),
    ]
    styles = {
        "ID": ["e164", "g0:4-4-4:-", "natld"],
        "VN": ["g0:4-3-3: ", "e164", "natld"],
        "TH": ["g0:3-3-4:-", "e164"],
        "MY": ["natl", "e164", "natld"],
        "EG": ["e164", "natld"],
        "PK": ["g0:4-7:-", "e164", "bare"],
        "NG": ["e164", "natld", "intl"],
        "PH": ["natld", "e164"],
    }
    for i, (r, c, cur, la, lo, plate) in enumerate(cities):
        b = B()
        plate = (
            plate.replace("%s", digits(4), 1).replace("%s", alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"), 1)
            if plate.count("%s") == 2
            else plate % digits(4)
        )
        b.t(
            "ts=%s lvl=info svc=dispatch-engine evt=%s order_id=%s-%s city=%s driver_id=D%s "
            % (
                iso(),
                rng.choice(["driver_assigned", "driver_arrived", "trip_started"]),
                rng.choice(["RB", "GF", "TX"]),
                digits(9),
                c,
                digits(7),
            )
        )
        if i % 2 == 0:
            b.t("driver_msisdn=", ph(r, rng.choice(styles[r])), " ")
            if rng.random() < 0.5:
                b.t('rider_phone="', ph(r, rng.choice(styles[r])), '" ')
        else:
            b.t(
                'plate="%s" vehicle=%s '
                % (
                    plate,
                    rng.choice(["Honda_Vario", "Toyota_Avanza", "Yamaha_NMAX", "Suzuki_Alto"]),
                )
            )
        b.t(
            "pickup=%.5f,%.5f eta_s=%d dist_m=%d surge=%.2f fare=%s %s"
            % (
                la + rng.uniform(-0.05, 0.05),
                lo + rng.uniform(-0.05, 0.05),
                rng.randint(60, 900),
                rng.randint(300, 15000),
                rng.choice([1.0, 1.2, 1.5, 1.8]),
                cur,
                amt(10, 90000, dec=False, thou=""),
            )
        )
        out.append(b)
    return out


@family
def food_courier_notif():
    out = []
    regs = [
        ("MX", "es-MX", "MXN", ["natl", "gn:2-4-4: ", "e164"]),
        ("CO", "es-CO", "COP", ["gn:3-3-4: ", "natl", "intl"]),
        ("AR", "es-AR", "ARS", ["natl", "intl"]),
        ("CL", "es-CL", "CLP", ["intl.", "gp:1-4-4: "]),
        ("PE", "es-PE", "PEN", ["natl", "intl"]),
        ("BR", "pt-BR", "BRL", ["natl", "intl"]),
        ("MX", "es-MX", "MXN", ["natl"]),
        ("BR", "pt-BR", "BRL", ["natl"]),
        ("CO", "es-CO", "COP", ["natl"]),
        ("EC", "es-EC", "USD", ["natl", "intl"]),
    ]
    for i, (r, loc, cur, st) in enumerate(regs):
        b = B()
        order = digits(rng.choice([5, 6, 9]))
        b.t("%s [notif-svc] push user=u_%s locale=%s " % (ymdhms(), digits(7), loc))
        cour = rng.choice(["Carlos", "Luis", "Jhon", "Matías", "Rodrigo", "Wellington", "Edson"])
        if i % 2 == 0:
            if loc == "pt-BR":
                b.t(
                    'title="Seu pedido saiu para entrega!" body="O entregador %s está a caminho. Contato: '
                    % cour,
                    ph(r, rng.choice(st)),
                    '. Pedido #%s, previsão %d min."' % (order, rng.randint(8, 45)),
                )
            else:
                b.t(
                    'title="¡Tu pedido va en camino!" body="Tu repartidor %s (tel. ' % cour,
                    ph(r, rng.choice(st)),
                    ') llegará en %d min. Pedido #%s"' % (rng.randint(8, 45), order),
                )
        else:
            if loc == "pt-BR":
                b.t(
                    'title="Pedido entregue" body="Pedido #%s de R$ %s entregue às %02d:%02d. Avalie: 1 a 5 estrelas. Código de entrega %s"'
                    % (
                        order,
                        amt(15, 400, thou=".", decsep=","),
                        rng.randint(10, 23),
                        rng.randint(0, 59),
                        digits(4, False),
                    )
                )
            else:
                b.t(
                    'title="Pedido entregado" body="Tu pedido #%s por $%s %s fue entregado a las %02d:%02d. Código de verificación %s"'
                    % (
                        order,
                        amt(5, 60) if cur == "USD" else amt(50, 90000, thou=".", decsep=","),
                        cur,
                        rng.randint(10, 23),
                        rng.randint(0, 59),
                        digits(4, False),
                    )
                )
        out.append(b)
    return out


@family
def kannel_access_log():
    out = []
    routes = [
        ("NG", "mtn_ng", "GTBank"),
        ("KE", "safaricom", "EQUITYBANK"),
        ("GH", "vodafone_gh", "MTNMoMo"),
        ("ZA", "vodacom_za", "FNB"),
        ("EG", "vodafone_eg", "CIB"),
        ("PK", "jazz_pk", "HBL"),
        ("LK", "dialog_lk", "COMBANK"),
        ("NP", "ncell", "eSewa"),
        ("TN", "ooredoo_tn", "BIAT"),
        ("ET", "ethiotel", "CBE"),
    ]
    for i, (r, smsc, snd) in enumerate(routes):
        b = B()
        if i % 2 == 0:
            b.t(
                "%s Sent SMS [SMSC:%s] [SVC:otpsvc] [ACT:] [BINF:] [FID:%s] [META:?smpp?] [from:%s] [to:"
                % (ymdhms(), smsc, digits(10), snd),
                ph(r, rng.choice(["e164", "e164", "bare"])),
                "] [flags:-1:0:-1:0:19] [msg:%d:Your OTP is %s. Valid for 5 minutes. Do not share.] [udh:0:]"
                % (41, digits(6, False)),
            )
        else:
            k = rng.choice(["dlr", "recv"])
            if k == "dlr":
                b.t(
                    "%s DLR[8] [SMSC:%s] [SVC:otpsvc] [ACT:] [BINF:] [FID:%s] [META:?smpp?dlr_err=000] [from:%s] [to:+%s%s****%s] [flags:-1:0:-1:0:8] [msg:%d:id:%s sub:001 dlvrd:001 submit date:%s done date:%s stat:DELIVRD err:000] [udh:0:]"
                    % (
                        ymdhms(),
                        smsc,
                        digits(10),
                        snd,
                        phonenumbers.country_code_for_region(r),
                        digits(3, False),
                        digits(3, False),
                        98,
                        digits(10),
                        "24%02d%02d%02d%02d"
                        % (
                            rng.randint(1, 12),
                            rng.randint(1, 28),
                            rng.randint(0, 23),
                            rng.randint(0, 59),
                        ),
                        "24%02d%02d%02d%02d"
                        % (
                            rng.randint(1, 12),
                            rng.randint(1, 28),
                            rng.randint(0, 23),
                            rng.randint(0, 59),
                        ),
                    )
                )
            else:
                b.t(
                    "%s Receive SMS [SMSC:%s] [SVC:] [ACT:] [BINF:] [FID:] [META:] [from:%s] [to:%s] [flags:-1:0:-1:0:-1] [msg:4:STOP] [udh:0:]"
                    % (
                        ymdhms(),
                        smsc,
                        rng.choice(["32665", "40404", "22141", "5001"]),
                        rng.choice(["8822", "3000", "21210"]),
                    )
                )
        out.append(b)
    return out


@family
def africastalking_callback():
    out = []
    regs = ["KE", "UG", "NG", "TZ", "RW", "MW", "ZM", "KE", "NG", "UG"]
    for i, r in enumerate(regs):
        b = B()
        b.t(
            '%s [callback-api] POST /callbacks/at/%s HTTP/1.1 ip=%s ct=application/x-www-form-urlencoded body="'
            % (iso(), rng.choice(["sms", "ussd", "sms"]), ip_pub())
        )
        if i % 2 == 0:
            if i in (0, 4, 8):
                b.t(
                    "sessionId=ATUid_%s&serviceCode=%%2A384%%2A%s%%23&phoneNumber="
                    % (hexs(32), digits(4)),
                    form(ph(r, "e164")),
                    '&networkCode=%s&text=1%%2A2"' % digits(5),
                )
            else:
                b.t(
                    "date=2024-%02d-%02d+%02d%%3A%02d%%3A%02d&from="
                    % (
                        rng.randint(1, 12),
                        rng.randint(1, 28),
                        rng.randint(0, 23),
                        rng.randint(0, 59),
                        rng.randint(0, 59),
                    ),
                    form(ph(r, "e164")),
                    '&id=%s&linkId=%s&text=BAL&to=%s"'
                    % (uuid(), hexs(16), rng.choice(["40404", "22384", "20880"])),
                )
        else:
            b.t(
                'id=ATXid_%s&status=%s&networkCode=%s&failureReason=%s&retryCount=%d"'
                % (
                    hexs(32),
                    rng.choice(["Success", "Failed", "Rejected"]),
                    digits(5),
                    rng.choice(["", "UserInBlacklist", "InsufficientCredit", "DeliveryFailure"]),
                    rng.randint(0, 3),
                )
            )
        out.append(b)
    return out


@family
def bank_otp_gateway():
    out = []
    regs = [
        ("SA", "+03:00", ["intl", "natl", "e164"]),
        ("AE", "+04:00", ["intl", "e164", "natld"]),
        ("IN", "+05:30", ["intl", "e164", "gp:5-5: ", "gpd:10:-"]),
        ("TR", "+03:00", ["natl", "e164", "trparen"]),
        ("QA", "+03:00", ["intl", "e164"]),
        ("KW", "+03:00", ["intl", "e164"]),
        ("EG", "+02:00", ["natl", "e164", "intl"]),
        ("JO", "+03:00", ["intl", "natl"]),
        ("SA", "+03:00", ["00c"]),
        ("IN", "+05:30", ["natl"]),
    ]
    for i, (r, tz, st) in enumerate(regs):
        b = B()
        ref = "OTP-%s-%s" % ("2024%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28)), digits(5))
        b.t("%s [otp-dispatcher] " % iso(tz))
        if i % 2 == 0 or i == 9:
            style = rng.choice(st)
            frm = {"SA": "AE", "AE": "SA", "IN": "AE", "TR": "SA"}.get(r, "AE")
            b.t(
                "INFO OTP generated ref=%s channel=SMS dest=" % ref,
                ph(r, style, frm=frm if style.startswith("00") else None),
                " ttl=300s attempts=1/3 template=%s_LOGIN_0%d" % (r, rng.randint(1, 4)),
            )
        else:
            k = rng.choice(["mask", "verify", "lock"])
            cc = str(phonenumbers.country_code_for_region(r))
            if k == "mask":
                b.t(
                    "INFO OTP generated ref=%s channel=SMS dest=+%s%s*****%s ttl=300s attempts=2/3 template=%s_TXN_02"
                    % (ref, cc, digits(1), digits(3, False), r)
                )
            elif k == "verify":
                b.t(
                    "INFO OTP verified ref=%s user_id=%s device=%s ip=%s latency_ms=%d"
                    % (ref, digits(9), hexs(16), ip_pub(), rng.randint(20, 900))
                )
            else:
                b.t(
                    "WARN OTP locked ref=%s reason=MAX_ATTEMPTS cif=%s retry_after=1800s"
                    % (ref, digits(10))
                )
        out.append(b)
    return out


@family
def kyc_onboarding_json():
    out = []
    for i in range(10):
        b = B()
        r = ["NG", "IN", "ID", "PK", "ZA", "GH", "NG", "IN", "ID", "PK"][i]
        b.t(
            '{"ts":"%s","event":"kyc.%s","applicant_id":"app_%s","country":"%s",'
            % (
                iso(),
                rng.choice(["step_completed", "document_submitted", "liveness_passed"]),
                alnum(10, "abcdefghijkmnpqrstuvwxyz23456789"),
                r,
            )
        )
        loc = {"NG": "ng", "IN": "hi", "ID": "id", "PK": "ur", "ZA": "ng", "GH": "ng"}[r]
        dom = {"NG": "ng", "IN": "in", "ID": "id", "PK": "pk", "ZA": "ng", "GH": "ng"}[r]
        idf = {
            "NG": '"bvn":"%s"' % digits(11),
            "IN": '"aadhaar":"XXXX XXXX %s","pan":"%s%s%s"'
            % (
                digits(4),
                alnum(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                digits(4),
                alnum(1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            ),
            "ID": '"nik":"%s"' % digits(16),
            "PK": '"cnic":"%s-%s-%s"' % (digits(5), digits(7), digits(1)),
            "ZA": '"id_number":"%s"' % digits(13),
            "GH": '"ghana_card":"GHA-%s-%s"' % (digits(9), digits(1)),
        }[r]
        if i % 2 == 0:
            f, l = name(loc)
            st = {
                "NG": ["natld", "e164"],
                "IN": ["e164", "nsn", "intl"],
                "ID": ["natld", "e164"],
                "PK": ["natld", "e164", "g0:4-7:-"],
                "ZA": ["natld", "e164"],
                "GH": ["natld", "e164"],
            }[r]
            b.t(
                '"step":"contact_verification","msisdn":"',
                ph(r, rng.choice(st)),
                '","email":"',
                em(f, l, DOM[dom]),
                '",%s,"dob":"%04d-%02d-%02d"}'
                % (idf, rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28)),
            )
        else:
            b.t(
                '"step":"id_verification","provider":"%s","match_score":%.3f,%s,"dob":"%04d-%02d-%02d","selfie_ref":"%s"}'
                % (
                    rng.choice(["smile_id", "onfido", "digilocker", "verihubs"]),
                    rng.random(),
                    idf,
                    rng.randint(1960, 2004),
                    rng.randint(1, 12),
                    rng.randint(1, 28),
                    uuid(),
                )
            )
        out.append(b)
    return out


@family
def ecommerce_order_vi():
    out = []
    for i in range(9):
        b = B()
        oid = "24%02d%02d%s" % (rng.randint(1, 12), rng.randint(1, 28), alnum(8))
        b.t("%s +07 [order-notify] " % ymdhms())
        total = amt(50, 5000, dec=False, thou=".") + ".000" + rng.choice(["đ", "₫", " VND"])
        if i % 2 == 0:
            b.t(
                "gửi SMS tới ",
                ph("VN", rng.choice(["natl", "natld", "g0:4-3-3:.", "g0:4-3-3: "])),
                ': "Đơn hàng #%s đã được giao cho đơn vị vận chuyển %s. Mã vận đơn: %s. Tổng tiền: %s"'
                % (
                    oid,
                    rng.choice(["GHN", "GHTK", "J&T Express"]),
                    "GH" + alnum(6) + digits(2),
                    total,
                ),
            )
            if i == 4:
                f, l = name("vi")
                b.t(" cc_email=", em(f.split()[-1], l, DOM["vn"]))
        else:
            b.t(
                'gửi push tới user_id=%s: "Đơn hàng #%s đã giao thành công lúc %02d:%02d %02d/%02d/2024. Tổng tiền: %s. Xu thưởng: +%d"'
                % (
                    digits(9),
                    oid,
                    rng.randint(8, 21),
                    rng.randint(0, 59),
                    rng.randint(1, 28),
                    rng.randint(1, 12),
                    total,
                    rng.randint(10, 5000),
                )
            )
        out.append(b)
    return out


@family
def courier_tracking_events():
    out = []
    for i in range(10):
        b = B()
        r = ["ID", "TH", "MY", "PH", "ID", "TH", "MY", "PH", "ID", "TH"][i]
        y, mo, d, h, mi, _s = dt()
        if r == "ID":
            awb = "JX" + digits(10)
            b.t("%s | %04d-%02d-%02d %02d:%02d | " % (awb, y, mo, d, h, mi))
            if i % 2 == 0:
                b.t(
                    "Paket sedang diantar oleh kurir %s (" % rng.choice(["Budi", "Agus", "Dedi"]),
                    ph("ID", rng.choice(["g0:4-4-4:-", "natld", "natl"])),
                    ") | DC %s" % rng.choice(["Jakarta Barat", "Bekasi", "Depok"]),
                )
            else:
                b.t(
                    "Paket telah diterima oleh [YBS] | Berat 1,25 kg | DC %s | POD %s"
                    % (rng.choice(["Jakarta Barat", "Bekasi"]), digits(12))
                )
        elif r == "TH":
            awb = "TH" + digits(10) + rng.choice("ABCDEFG")
            b.t("%s | %02d/%02d/%04d %02d:%02d | " % (awb, d, mo, y + 543, h, mi))
            if i % 2 == 0:
                b.t(
                    "พัสดุอยู่ระหว่างนำส่ง โดย พนักงาน %s โทร " % rng.choice(["สมชาย", "วิชัย", "สมศักดิ์"]),
                    ph("TH", rng.choice(["g0:3-3-4:-", "natl", "natld"])),
                    " | สาขา %s" % rng.choice(["บางนา", "ลาดพร้าว"]),
                )
            else:
                b.t(
                    "นำส่งสำเร็จ ผู้รับ: เซ็นรับแล้ว | รหัสไปรษณีย์ %s | COD %s บาท"
                    % (digits(5), amt(100, 3000))
                )
        elif r == "MY":
            awb = "ER" + digits(9) + "MY"
            b.t("%s | %02d/%02d/%04d %02d:%02d | " % (awb, d, mo, y, h, mi))
            if i % 2 == 0:
                b.t(
                    "Item out for delivery. Penghantar: %s, tel "
                    % rng.choice(["Ali", "Faizal", "Ravi"]),
                    ph("MY", rng.choice(["natl", "natld", "g0:3-7:-"])),
                    " | Pos Laju %s" % rng.choice(["Shah Alam", "Cheras"]),
                )
            else:
                b.t(
                    "Item delivered. Received by: SELF | Poskod %s | Ref %s"
                    % (digits(5), digits(10))
                )
        else:
            awb = digits(12)
            b.t(
                "LBC %s | %s %d, %04d %d:%02d %s | "
                % (
                    awb,
                    [
                        "Jan",
                        "Feb",
                        "Mar",
                        "Apr",
                        "May",
                        "Jun",
                        "Jul",
                        "Aug",
                        "Sep",
                        "Oct",
                        "Nov",
                        "Dec",
                    ][mo - 1],
                    d,
                    y,
                    h % 12 or 12,
                    mi,
                    "AM" if h < 12 else "PM",
                )
            )
            if i % 2 == 0:
                b.t(
                    "Out for delivery. Rider Mark, contact ",
                    ph("PH", rng.choice(["natld", "natl", "g0:4-3-4:-"])),
                    " | Branch Pasig",
                )
            else:
                b.t(
                    "Delivered to consignee. Branch code %s | COD PHP %s"
                    % (digits(4), amt(100, 5000))
                )
        out.append(b)
    return out


@family
def chat_transcript_multilingual():
    B_ = []

    def line(prefix):
        b = B()
        b.t("[%s] conv=%s %s: " % (ymdhms(), hexs(8), prefix))
        return b

    # Turkish
    b = line("customer(u_%s)" % digits(6))
    f, l = name("tr")
    b.t(
        "Merhaba, siparişim hâlâ gelmedi. Numaram ",
        ph("TR", rng.choice(["natl", "trparen"])),
        ", e-posta adresim ",
        em(f, l, DOM["tr"]),
        " lütfen dönüş yapın.",
    )
    B_.append(b)
    b = line("agent(Ece)")
    b.t(
        "Sipariş numaranız %s, kargo takip no %s. Tahmini teslimat %02d.%02d.2024 saat 14:00-18:00."
        % (digits(10), digits(12), rng.randint(1, 28), rng.randint(1, 12))
    )
    B_.append(b)
    # Arabic (SA)
    b = line("customer(u_%s)" % digits(6))
    b.t("السلام عليكم، رقم جوالي ", ph("SA", rng.choice(["natld", "natl"])), " والطلب لم يصل بعد")
    B_.append(b)
    b = line("agent(Noura)")
    b.t("رقم الطلب %s والمبلغ %s ر.س، سيصل خلال ٢-٣ أيام عمل" % (digits(9), amt(50, 900)))
    B_.append(b)
    # Arabic (EG) with Arabic-Indic digits
    b = line("customer(u_%s)" % digits(6))
    p = ph("EG", "natld")
    p.text = p.text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    b.t("ممكن حد يكلمني على ", p, " بخصوص الاسترجاع؟")
    B_.append(b)
    # Hindi
    b = line("customer(u_%s)" % digits(6))
    b.t(
        "मेरा नंबर ",
        ph("IN", rng.choice(["gn:5-5: ", "e164", "intl"])),
        " है, कृपया डिलीवरी से पहले कॉल करें।",
    )
    B_.append(b)
    b = line("agent(Ravi)")
    b.t(
        "आपका ऑर्डर OD%s है, राशि ₹%s, डिलीवरी %02d/%02d तक।"
        % (digits(15), amt(100, 9000), rng.randint(1, 28), rng.randint(1, 12))
    )
    B_.append(b)
    # Swahili
    b = line("customer(u_%s)" % digits(6))
    b.t(
        "Habari, nipigie kwa ",
        ph("KE", rng.choice(["g0:4-3-3: ", "natl"])),
        " dereva hajafika bado.",
    )
    B_.append(b)
    b = line("agent(Wanjiru)")
    b.t(
        "Pole sana. Safari yako %s imeghairiwa, utarejeshewa Ksh %s ndani ya saa 24."
        % (alnum(8), amt(100, 2000))
    )
    B_.append(b)
    # Tagalog
    b = line("customer(u_%s)" % digits(6))
    f, l = name("ph")
    b.t(
        "Pakitawagan po ako sa ",
        ph("PH", rng.choice(["natl", "natld"])),
        " o i-email sa ",
        em(f, l, DOM["ph"]),
        " salamat po",
    )
    B_.append(b)
    b = line("agent(Joy)")
    b.t("Salamat po! Ang tracking number ninyo ay %s at darating sa loob ng 3-5 araw." % digits(12))
    B_.append(b)
    # Korean
    b = line("customer(u_%s)" % digits(6))
    b.t("배송 전에 ", ph("KR", rng.choice(["natl", "natld"])), " 로 연락 부탁드려요")
    B_.append(b)
    b = line("agent(지수)")
    b.t(
        "주문번호 %s 확인되었습니다. 운송장번호 %s, 결제금액 %s원"
        % (digits(14), digits(12), amt(5, 500, dec=False) + ",000")
    )
    B_.append(b)
    # Chinese
    b = line("customer(u_%s)" % digits(6))
    f, l = name("zh")
    b.t(
        "我的手机号是",
        ph("CN", rng.choice(["natl", "natld"])),
        ",邮箱",
        em(f, l, DOM["cn"], style="fl99"),
        ",麻烦尽快退款",
    )
    B_.append(b)
    b = line("agent(小李)")
    b.t("您好,订单号%s,退款金额¥%s将在1-3个工作日内原路退回。" % (digits(18), amt(10, 3000)))
    B_.append(b)
    # Thai
    b = line("customer(u_%s)" % digits(6))
    b.t("ติดต่อกลับเบอร์ ", ph("TH", rng.choice(["g0:3-3-4:-", "natl"])), " ได้เลยค่ะ")
    B_.append(b)
    # Indonesian
    b = line("customer(u_%s)" % digits(6))
    b.t(
        "Kak, tolong hubungi WA saya di ",
        ph("ID", rng.choice(["g0:4-4-4:-", "e164", "natld"])),
        " ya, pesanan belum sampai",
    )
    B_.append(b)
    b = line("agent(Putri)")
    b.t(
        "Baik Kak, nomor pesanan INV/2024%02d%02d/MPL/%s sudah kami eskalasi. Total Rp%s."
        % (
            rng.randint(1, 12),
            rng.randint(1, 28),
            digits(10),
            amt(10, 900, dec=False, thou=".") + ".000",
        )
    )
    B_.append(b)
    # Vietnamese
    b = line("agent(Linh)")
    b.t("Dạ mã đơn %s, phí ship 15.000đ, dự kiến giao 14/%02d." % (alnum(12), rng.randint(1, 12)))
    B_.append(b)
    return B_


@family
def crm_notes_latam():
    out = []
    for i in range(10):
        b = B()
        r = ["MX", "CO", "AR", "BR", "PE", "CL", "MX", "BR", "CO", "AR"][i]
        loc = "pt" if r == "BR" else "es"
        case = digits(8)
        b.t(
            "crm.note case=%s agent=%s created=%s | "
            % (
                case,
                rng.choice(["mrodriguez", "jsilva", "agomez", "fcosta"]),
                iso("-05:00" if r in ("CO", "PE", "MX") else "-03:00", ms=False),
            )
        )
        f, l = name(loc)
        dom = {"MX": "mx", "BR": "br"}.get(r, "es")
        if i == 6:
            ext = rng.choice([" ext. ", " ext ", " x", " Ext. "])
            b.t(
                '"Cliente corporativo; llamar al conmutador ',
                ph(r, rng.choice(["natl", "intl"]), kind="f", ext=ext + str(rng.randint(10, 4999))),
                " y pedir por compras. Escribe desde ",
                ech(
                    "compras@%s.com.mx"
                    % rng.choice(["abarrotesdelnorte", "grupoalfa", "ferreteriaelgallo"])
                ),
                '."',
            )
        elif i % 2 == 0:
            st = {
                "MX": ["natl", "gn:2-4-4:-", "intl"],
                "CO": ["gn:3-3-4: ", "natl"],
                "AR": ["natl", "intl", "gn:2-4-4:-"],
                "BR": ["natl", "intl"],
                "PE": ["natl", "intl"],
                "CL": ["intl", "gp:1-4-4: "],
            }[r]
            if loc == "pt":
                b.t(
                    '"Cliente pediu retorno no ',
                    ph(r, rng.choice(st)),
                    " após as 18h. E-mail alternativo: ",
                    em(f, l, DOM[dom]),
                    '. Protocolo %s."' % digits(14),
                )
            else:
                b.t(
                    '"Cliente solicita devolución de llamada al ',
                    ph(r, rng.choice(st)),
                    " después de las 18h. Correo alterno: ",
                    em(f, l, DOM[dom]),
                    '. Folio %s."' % digits(10),
                )
        else:
            if loc == "pt":
                b.t(
                    '"Estorno de R$ %s aprovado. Pedido %s-%s. CEP %s-%s. Prazo 5 a 7 dias úteis."'
                    % (
                        amt(10, 900, thou=".", decsep=","),
                        digits(9),
                        digits(2),
                        digits(5),
                        digits(3),
                    )
                )
            else:
                b.t(
                    '"Reembolso de $%s aprobado. Pedido %s. CP %s. Se cierra ticket, reabrir si vuelve a llamar antes del %02d/%02d/2024."'
                    % (
                        amt(100, 90000, thou=".", decsep=","),
                        digits(10),
                        digits(5),
                        rng.randint(1, 28),
                        rng.randint(1, 12),
                    )
                )
        out.append(b)
    return out


@family
def crash_report_sentry():
    out = []
    apps = [
        ("com.jumia.android", "NG"),
        ("com.grabtaxi.passenger", "SG"),
        ("com.tokopedia.tkpd", "ID"),
        ("br.com.brainweb.ifood", "BR"),
        ("com.careem.acma", "AE"),
        ("com.shopee.vn", "VN"),
        ("in.swiggy.android", "IN"),
        ("com.getir", "TR"),
        ("com.rappi.android", "CO"),
        ("com.talabat", "KW"),
    ]
    dommap = {
        "NG": "ng",
        "SG": "my",
        "ID": "id",
        "BR": "br",
        "AE": "ar",
        "VN": "vn",
        "IN": "in",
        "TR": "tr",
        "CO": "es",
        "KW": "ar",
    }
    locm = {
        "NG": "ng",
        "SG": "my",
        "ID": "id",
        "BR": "pt",
        "AE": "ar",
        "VN": "vi",
        "IN": "hi",
        "TR": "tr",
        "CO": "es",
        "KW": "ar",
    }
    for i, (app, r) in enumerate(apps):
        b = B()
        rel = "%s@%d.%d.%d+%d" % (
            app,
            rng.randint(3, 12),
            rng.randint(0, 40),
            rng.randint(0, 9),
            rng.randint(1000, 99999),
        )
        b.t(
            '{"event_id":"%s","timestamp":%d.%03d,"platform":"%s","release":"%s","environment":"production",'
            % (hexs(32), epoch(), rng.randint(0, 999), rng.choice(["android", "cocoa"]), rel)
        )
        if i % 2 == 0:
            f, l = name(locm[r])
            b.t('"user":{"id":"%s","email":"' % digits(8), em(f, l, DOM[dommap[r]]), '"')
            if i != 4:
                b.t(',"phone":"', ph(r, rng.choice(["e164", "intl"])), '"')
            b.t(',"ip_address":"%s"},' % ip_pub())
        else:
            b.t(
                '"user":{"id":"%s","ip_address":"{{auto}}","segment":"%s"},'
                % (digits(8), rng.choice(["gold", "new", "churn_risk"]))
            )
        b.t(
            '"exception":{"values":[{"type":"%s","value":"%s","stacktrace":{"frames":[{"function":"%s","lineno":%d,"instruction_addr":"0x%s"}]}}]},"contexts":{"device":{"model":"%s","memory_size":%d},"os":{"version":"%s"}}}'
            % (
                rng.choice(
                    [
                        "NullPointerException",
                        "IllegalStateException",
                        "NSRangeException",
                        "SocketTimeoutException",
                    ]
                ),
                rng.choice(
                    [
                        "Attempt to invoke virtual method on a null object reference",
                        "index 3 beyond bounds [0 .. 2]",
                        "timeout after 30000ms",
                    ]
                ),
                rng.choice(
                    [
                        "CheckoutViewModel.onPay",
                        "AddressFragment.onResume",
                        "-[OrderVC viewDidLoad]",
                    ]
                ),
                rng.randint(10, 900),
                hexs(12),
                rng.choice(["SM-A125F", "Redmi Note 9", "iPhone12,1", "CPH2239", "vivo 1906"]),
                rng.randint(2, 8) * 1073741824,
                rng.choice(["11", "12", "13", "16.4.1", "17.2"]),
            )
        )
        out.append(b)
    return out


@family
def firebase_analytics_export():
    out = []
    regs = ["VN", "TH", "MY", "PH", "ID", "EG", "SA", "NG", "MX", "BD"]
    for i, r in enumerate(regs):
        b = B()
        ts = epoch() * 1000000 + rng.randint(0, 999999)
        b.t(
            '{"event_date":"2024%02d%02d","event_timestamp":"%d","event_name":"%s","user_pseudo_id":"%s.%d",'
            % (
                rng.randint(1, 12),
                rng.randint(1, 28),
                ts,
                rng.choice(["sign_up", "login", "purchase", "add_payment_info"]),
                digits(10),
                epoch(),
            )
        )
        if i % 2 == 0:
            b.t(
                '"user_properties":[{"key":"phone_number","value":{"string_value":"',
                ph(r, rng.choice(["e164", "e164", "natld"])),
                '","set_timestamp_micros":"%d"}},{"key":"tier","value":{"string_value":"silver"}}],'
                % ts,
            )
        else:
            b.t(
                '"user_properties":[{"key":"first_open_time","value":{"int_value":"%d"}},{"key":"ltv_bucket","value":{"int_value":"%d"}}],'
                % (epoch() * 1000, rng.randint(1, 9))
            )
        b.t(
            '"device":{"mobile_model_name":"%s","operating_system_version":"Android %d"},"geo":{"country":"%s","city":"%s"},"app_info":{"version":"%d.%d.%d"},"event_value_in_usd":%.2f}'
            % (
                rng.choice(["Galaxy A12", "Redmi 9A", "A16", "Y20"]),
                rng.randint(9, 14),
                r,
                {
                    "VN": "Ho Chi Minh City",
                    "TH": "Bangkok",
                    "MY": "Kuala Lumpur",
                    "PH": "Quezon City",
                    "ID": "Surabaya",
                    "EG": "Giza",
                    "SA": "Riyadh",
                    "NG": "Lagos",
                    "MX": "Monterrey",
                    "BD": "Dhaka",
                }[r],
                rng.randint(1, 9),
                rng.randint(0, 99),
                rng.randint(0, 999),
                rng.random() * 40,
            )
        )
        out.append(b)
    return out


@family
def whatsapp_cloud_webhook():
    out = []
    regs = ["BR", "IN", "ID", "MX", "NG", "AR", "ZA", "CO", "EG", "TR"]
    for i, r in enumerate(regs):
        b = B()
        if i % 2 == 1 and i != 1:
            b.t(
                "%s webhook.ack wa status=200 entry_id=%s phone_number_id=%s statuses=%d latency_ms=%d trace=%s"
                % (iso(), digits(15), digits(15), rng.randint(1, 5), rng.randint(3, 400), hexs(16))
            )
            out.append(b)
            continue
        b.t("%s webhook.received wa " % iso())
        b.t(
            '{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"'
            % digits(15)
        )
        b.t(ph(r, "bare", kind="f" if r in ("IN", "AR", "CO") else "m"))
        b.t('","phone_number_id":"%s"},' % digits(15))
        if i % 2 == 0:
            wid = ph(r, "bare")
            b.t(
                '"contacts":[{"profile":{"name":"%s"},"wa_id":"'
                % " ".join(
                    name(
                        {
                            "BR": "pt",
                            "IN": "hi",
                            "ID": "id",
                            "MX": "es",
                            "NG": "ng",
                            "AR": "es",
                            "ZA": "ng",
                            "CO": "es",
                            "EG": "ar",
                            "TR": "tr",
                        }[r]
                    )
                ),
                wid,
                '"}],"messages":[{"from":"',
                Ph(wid.text, wid.region),
                '","id":"wamid.%s","timestamp":"%d","type":"text","text":{"body":"%s"}}]},"field":"messages"}]}]}'
                % (
                    alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                    epoch(),
                    rng.choice(
                        [
                            "Oi, quero rastrear meu pedido",
                            "order status?",
                            "halo kak",
                            "hola",
                            "merhaba",
                        ]
                    ),
                ),
            )
        else:
            b.t(
                '"statuses":[{"id":"wamid.%s","status":"%s","timestamp":"%d","conversation":{"id":"%s","origin":{"type":"utility"}},"pricing":{"billable":true,"pricing_model":"CBP","category":"utility"}}]},"field":"messages"}]}]}'
                % (
                    alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                    rng.choice(["sent", "delivered", "read"]),
                    epoch(),
                    hexs(32),
                )
            )
        out.append(b)
    # note: odd lines contain display_phone_number (business phone) -> PII too; add two pure status lines w/o metadata
    for _j in range(2):
        b = B()
        b.t(
            "%s webhook.ack wa status=200 entry_id=%s phone_number_id=%s statuses=%d latency_ms=%d trace=%s"
            % (iso(), digits(15), digits(15), rng.randint(1, 5), rng.randint(3, 400), hexs(16))
        )
        out.append(b)
    return out


@family
def sip_call_masking():
    out = []
    regs = ["ID", "IN", "SG", "MY", "TH", "VN", "PH", "ID", "IN", "EG"]
    for i, r in enumerate(regs):
        b = B()
        sess = "cb-%s" % hexs(10)
        b.t("%s call-bridge[%d]: " % (ymdhms(), rng.randint(1000, 40000)))
        if i % 2 == 0:
            b.t(
                "session=%s a_leg=sip:" % sess,
                ph(r, "e164"),
                "@%s b_leg=sip:" % ip_priv(),
                ph(r, "e164"),
                "@sbc-%s.voice.internal;user=phone proxy_number=" % r.lower(),
                ph(r, rng.choice(["intl", "e164"]), kind="f"),
                " state=BRIDGED dur=%02d:%02d:%02d" % (0, rng.randint(0, 12), rng.randint(0, 59)),
            )
        elif i == 5:
            b.t(
                "session=%s REGISTER sip:" % sess,
                ech("driver.%s@pbx.masking.internal" % alnum(6, "abcdefghjkmnpqrstuvwxyz")),
                ' expires=3600 contact=<sip:%s:%d;transport=udp> ua="Linphone/4.4.0"'
                % (ip_priv(), rng.randint(5060, 5090)),
            )
        else:
            b.t(
                "session=%s leg=%s:%d codec=PCMA ptime=20 rtp_port=%d mos=%.1f jitter_ms=%d dur=%d cause=%d"
                % (
                    sess,
                    ip_priv(),
                    rng.choice([5060, 5061, 5080]),
                    rng.randint(10000, 20000),
                    rng.uniform(3.0, 4.4),
                    rng.randint(1, 60),
                    rng.randint(5, 900),
                    rng.choice([16, 17, 19, 31]),
                )
            )
        out.append(b)
    return out


@family
def telco_cdr_csv():
    out = []
    regs = [
        ("ZA", ["natld", "bare"]),
        ("EG", ["natld", "bare"]),
        ("MA", ["natld", "bare"]),
        ("TN", ["nsn", "bare"]),
        ("DZ", ["natld", "bare"]),
        ("ZA", ["natld"]),
        ("EG", ["natld"]),
        ("MA", ["natld"]),
        ("IQ", ["natld", "bare"]),
        ("ZW", ["natld", "bare"]),
    ]
    for i, (r, st) in enumerate(regs):
        b = B()
        imsi = "%s%s" % (
            rng.choice(["655010", "602020", "604000", "605030", "603010", "418050", "648040"]),
            digits(9, False),
        )
        b.t("%s,%s," % (ymdhms(), digits(12)))
        if i % 2 == 0:
            b.t(ph(r, rng.choice(st)), ",", ph(r, rng.choice(st), kind=rng.choice(["m", "f"])))
            b.t(
                ",ANSWERED,%d,%s,%s,%s"
                % (rng.randint(1, 3600), imsi, digits(15), rng.choice(["MOC", "MTC"]))
            )
        else:
            b.t(
                "anonymous,%s,%s,0,%s,%s,%s"
                % (
                    rng.choice(["*100#", "*121#", "112", "10111", "1515"]),
                    rng.choice(["NO ANSWER", "BUSY", "USSD"]),
                    imsi,
                    digits(15),
                    rng.choice(["MOC", "USSD"]),
                )
            )
        out.append(b)
    return out


@family
def nginx_access_querystring():
    out = []
    regs = [
        ("KE", "sw"),
        ("NG", "en"),
        ("BR", "pt"),
        ("MX", "es"),
        ("ID", "id"),
        ("TR", "tr"),
        ("SA", "ar"),
        ("VN", "vi"),
        ("PK", "ur"),
        ("TH", "th"),
    ]
    for i, (r, lang) in enumerate(regs):
        b = B()
        y, mo, d, h, mi, s = dt()
        b.t(
            '%s - - [%02d/%s/%04d:%02d:%02d:%02d +0000] "'
            % (
                ip_pub(),
                d,
                [
                    "Jan",
                    "Feb",
                    "Mar",
                    "Apr",
                    "May",
                    "Jun",
                    "Jul",
                    "Aug",
                    "Sep",
                    "Oct",
                    "Nov",
                    "Dec",
                ][mo - 1],
                y,
                h,
                mi,
                s,
            )
        )
        if i % 2 == 0:
            if i in (2, 6):
                loc = {"BR": ("pt", "br"), "SA": ("ar", "ar")}[r]
                f, l = name(loc[0])
                b.t(
                    "GET /api/v2/auth/otp/send?email=",
                    form_em(em(f, l, DOM[loc[1]])),
                    '&channel=email&lang=%s HTTP/1.1"' % lang,
                )
            else:
                b.t(
                    "GET /api/v2/auth/otp/send?msisdn=",
                    form(ph(r, rng.choice(["e164", "intl"]))),
                    '&channel=sms&lang=%s HTTP/1.1"' % lang,
                )
        else:
            b.t(
                'GET /api/v2/orders/%s/track?since=%d&page=%d&v=%d.%d.%d HTTP/1.1"'
                % (
                    digits(10),
                    epoch(),
                    rng.randint(1, 9),
                    rng.randint(1, 9),
                    rng.randint(0, 30),
                    rng.randint(0, 9),
                )
            )
        b.t(
            ' %d %d "-" "%s" rt=%.3f'
            % (
                rng.choice([200, 200, 201, 429, 502]),
                rng.randint(40, 4000),
                rng.choice(
                    [
                        "okhttp/4.9.2",
                        "Dalvik/2.1.0 (Linux; U; Android 11; SM-A125F Build/RP1A.200720.012)",
                        "MyApp/5.12.0 (iPhone; iOS 17.2; Scale/3.00)",
                    ]
                ),
                rng.random(),
            )
        )
        out.append(b)
    return out


@family
def postfix_maillog():
    out = []
    for i in range(10):
        b = B()
        _y, mo, d, h, mi, s = dt()
        qid = alnum(10, "0123456789ABCDEF")
        b.t(
            "%s %2d %02d:%02d:%02d mx%d postfix/"
            % (
                [
                    "Jan",
                    "Feb",
                    "Mar",
                    "Apr",
                    "May",
                    "Jun",
                    "Jul",
                    "Aug",
                    "Sep",
                    "Oct",
                    "Nov",
                    "Dec",
                ][mo - 1],
                d,
                h,
                mi,
                s,
                rng.randint(1, 4),
            )
        )
        if i % 2 == 0:
            loc, dom = rng.choice(
                [
                    ("id", "id"),
                    ("vi", "vn"),
                    ("tr", "tr"),
                    ("hi", "in"),
                    ("es", "es"),
                    ("ko", "kr"),
                    ("ar", "ar"),
                ]
            )
            f, l = name(loc)
            if loc == "vi":
                f = f.split()[-1]
            b.t(
                "smtp[%d]: %s: to=<" % (rng.randint(1000, 40000), qid),
                em(f, l, DOM[dom]),
                ">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.%d/0.%d, dsn=2.0.0, status=sent (250 2.0.0 OK %d %s - gsmtp)"
                % (
                    rng.choice(
                        [
                            "gmail-smtp-in.l.google.com",
                            "mx-biz.mail.am0.yahoodns.net",
                            "mx1.naver.com",
                        ]
                    ),
                    ip_pub(),
                    rng.random() * 3,
                    rng.randint(1, 9),
                    rng.randint(1, 9),
                    epoch(),
                    alnum(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                ),
            )
            if i == 4:
                b.t(
                    " orig_to=<",
                    ech(
                        "noreply@notify.%s"
                        % rng.choice(["tokopedia.com", "lazada.vn", "trendyol.com"])
                    ),
                    ">",
                )
        else:
            k = rng.choice(["qmgr", "anvil", "connect"])
            if k == "qmgr":
                b.t("qmgr[%d]: %s: removed" % (rng.randint(1000, 40000), qid))
            elif k == "anvil":
                b.t(
                    "anvil[%d]: statistics: max connection rate 3/60s for (smtp:%s) at %s %d %02d:%02d:%02d"
                    % (rng.randint(1000, 40000), ip_pub(), "Mar", d, h, mi, s)
                )
            else:
                b.t(
                    "smtpd[%d]: connect from unknown[%s]:%d"
                    % (rng.randint(1000, 40000), ip_pub(), rng.randint(1024, 65535))
                )
        out.append(b)
    return out


@family
def html_notification_tel_links():
    out = []
    biz = [
        ("MY", "Kedai Runcit Ahmad", "kedairuncit.my"),
        ("SG", "Lucky Plaza Mobile", "luckyplaza.sg"),
        ("HK", "大家樂外賣", "cafedecoral.com.hk"),
        ("TW", "全家便利商店客服", "family.com.tw"),
        ("AE", "Al Maya Supermarket", "almaya.ae"),
        ("ZA", "Pick n Pay Express", "pnp.co.za"),
        ("CL", "Farmacia Cruz Verde", "cruzverde.cl"),
        ("TR", "Migros Hızlı", "migros.com.tr"),
        ("EG", "صيدلية العزبي", "elezaby.com"),
        ("IN", "Apollo Pharmacy", "apollopharmacy.in"),
    ]
    for i, (r, nm, dom) in enumerate(biz):
        b = B()
        b.t(
            "%s [mailer-render] tpl=order_receipt_v3 lang=%s part=html snippet='"
            % (iso(), rng.choice(["en", "ms", "zh-HK", "zh-TW", "ar", "tr", "es"]))
        )
        if i % 2 == 0:
            ext = str(rng.randint(10, 999))
            n = gen_number(r, "f")
            intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
            phonenumbers.format_number(n, PNF.E164)
            natl = phonenumbers.format_number(n, PNF.NATIONAL)
            b.t(
                '<p>%s · <a href="tel:' % nm,
                Ph(intl.replace(" ", "-") + ";ext=" + ext, r),
                '">',
                Ph(natl + rng.choice([" ext. ", " x ", " #"]) + ext, r),
                '</a> · <a href="mailto:',
                ech(
                    "%s@%s" % (rng.choice(["cs", "help", "pesanan", "order", "customer.care"]), dom)
                ),
                "\">Email</a></p>'",
            )
        else:
            b.t(
                '<p>%s · Order <b>#%s</b> · <a href="https://%s/track?id=%s&amp;t=%d">Track</a> · Total %s</p>\''
                % (nm, digits(9), "track." + dom, alnum(12), epoch(), amt(10, 900))
            )
        out.append(b)
    return out


@family
def kakao_alimtalk_log():
    out = []
    for i in range(9):
        b = B()
        b.t("%s INFO  [alimtalk-sender] " % ymdhms().replace("-", "."))
        sd = "2024%02d%02d%02d%02d%02d" % (
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 23),
            rng.randint(0, 59),
            rng.randint(0, 59),
        )
        if i % 2 == 0:
            b.t(
                'result={"msgKey":"%s","receiverNum":"' % alnum(20),
                ph("KR", rng.choice(["natld", "natld", "natl", "bare"])),
                '","templateCode":"ORDER_SHIP_0%d","resultCode":"0000","sendDate":"%s","msg":"[쿠팡] 주문하신 상품이 발송되었습니다. 운송장번호: %s"}'
                % (rng.randint(1, 4), sd, digits(12)),
            )
        else:
            b.t(
                'result={"msgKey":"%s","templateCode":"PAY_DONE_01","resultCode":"%s","sendDate":"%s","msg":"결제금액 %s원 / 주문번호 %s"}'
                % (
                    alnum(20),
                    rng.choice(["0000", "3018", "3005"]),
                    sd,
                    amt(5, 900, dec=False) + ",000",
                    digits(16),
                )
            )
        out.append(b)
    return out


@family
def aliyun_sms_api():
    out = []
    for i in range(9):
        b = B()
        rid = uuid().upper()
        b.t("%s [dysms] " % ymdhms())
        if i % 2 == 0:
            b.t("SendSms RequestId=%s PhoneNumbers=" % rid, ph("CN", "nsn"))
            if rng.random() < 0.5:
                b.t(",", ph("CN", rng.choice(["nsn", "e164"])))
            b.t(
                ' SignName=%s TemplateCode=SMS_%s TemplateParam={"code":"%s"} Code=OK BizId=%s^0'
                % (
                    rng.choice(["美团", "饿了么", "拼多多"]),
                    digits(9),
                    digits(6, False),
                    digits(18),
                )
            )
        else:
            b.t(
                "SendSms RequestId=%s Code=%s Message=%s TemplateCode=SMS_%s BizId="
                % (
                    rid,
                    *rng.choice(
                        [
                            ("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控Permits:1"),
                            ("isv.AMOUNT_NOT_ENOUGH", "账户余额不足"),
                            ("OK", "OK"),
                        ]
                    ),
                    digits(9),
                )
            )
            b.t("%s^0 cost_ms=%d" % (digits(18), rng.randint(20, 900)))
        out.append(b)
    return out


@family
def support_ticket_apac():
    out = []
    regs = [
        ("HK", "zh", "hk", ["intlnb", "intl", "gn:4-4:-"]),
        ("TW", "zh", "hk", ["natl", "g0:4-3-3:-", "intl"]),
        ("SG", "my", "my", ["natl", "intl"]),
        ("MY", "my", "my", ["natl", "intl"]),
        ("HK", "zh", "hk", ["intlnb"]),
        ("TW", "zh", "hk", ["natl"]),
        ("SG", "my", "my", ["intl"]),
        ("MY", "my", "my", ["g0:3-4-4:-"]),
        ("LK", "hi", "in", ["natl", "intl"]),
        ("NP", "hi", "in", ["natl", "intl"]),
    ]
    for i, (r, loc, dom, st) in enumerate(regs):
        b = B()
        f, l = name(loc)
        b.t(
            "ticket #%s | %s | status=%s | "
            % (digits(6), iso("+08:00", ms=False), rng.choice(["open", "pending", "solved"]))
        )
        if i % 2 == 0:
            b.t(
                "requester: %s %s <" % (l, f),
                em(f, l, DOM[dom]),
                "> | phone: ",
                ph(r, rng.choice(st)),
                " | subject: %s"
                % rng.choice(
                    ["退款查詢", "訂單未送達", "Refund not received", "Salah alamat penghantaran"]
                ),
            )
        else:
            b.t(
                "requester: user_%s | order: %s | amount: %s %s | subject: %s"
                % (
                    digits(7),
                    digits(12),
                    rng.choice(["HKD", "TWD", "SGD", "MYR"]),
                    amt(10, 5000),
                    rng.choice(
                        ["App crash on v5.2.1", "優惠碼無效", "Voucher RM10 tidak berfungsi"]
                    ),
                )
            )
        out.append(b)
    return out


@family
def wallet_audit_mena():
    out = []
    regs = [
        ("SA", "SAR", "SA"),
        ("AE", "AED", "AE"),
        ("JO", "JOD", "JO"),
        ("LB", "USD", "LB"),
        ("OM", "OMR", "OM"),
        ("BH", "BHD", "BH"),
        ("KW", "KWD", "KW"),
        ("QA", "QAR", "QA"),
        ("IQ", "IQD", "IQ"),
        ("SA", "SAR", "SA"),
    ]
    iban_len = {
        "SA": 22,
        "AE": 21,
        "JO": 28,
        "LB": 26,
        "OM": 21,
        "BH": 20,
        "KW": 28,
        "QA": 27,
        "IQ": 21,
    }
    for i, (r, cur, cc) in enumerate(regs):
        b = B()
        b.t("AUDIT|%s|" % iso("+03:00", ms=False))
        iban = cc + digits(2, False) + digits(iban_len[r] - 4, False)
        if i % 2 == 0:
            b.t(
                "P2P_TRANSFER|from=",
                ph(r, rng.choice(["natld", "natl", "e164"])),
                "|to=",
                ph(r, rng.choice(["intl", "e164", "bare"])),
                "|amount=%s %s|ref=%s%s|channel=app"
                % (amt(10, 5000), cur, alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), digits(10)),
            )
        else:
            b.t(
                "BANK_PAYOUT|wallet=%s|iban=%s|amount=%s %s|ref=%s|status=%s"
                % (
                    digits(10),
                    iban,
                    amt(10, 5000),
                    cur,
                    digits(12),
                    rng.choice(["OK", "PENDING", "REJECTED"]),
                )
            )
        out.append(b)
    return out


@family
def ussd_session_gateway():
    out = []
    regs = [
        ("NG", "MTN-NG", "*737*1*%s#"),
        ("GH", "MTN-GH", "*170#"),
        ("KE", "SAF-KE", "*544*%s#"),
        ("TZ", "VODA-TZ", "*150*00#"),
        ("ZW", "ECONET-ZW", "*151#"),
        ("ET", "ETHIO", "*127#"),
        ("ZM", "MTN-ZM", "*115#"),
        ("NG", "AIRTEL-NG", "*901*%s#"),
        ("UG", "MTN-UG", "*165#"),
        ("SN", "ORANGE-SN", "#144#"),
    ]
    for i, (r, net, code) in enumerate(regs):
        b = B()
        code = code % digits(4) if "%s" in code else code
        b.t(
            "%s ussd-gw[%d] session=%d-%s " % (ymdhms(), rng.randint(100, 9999), epoch(), digits(4))
        )
        if i % 2 == 0:
            b.t(
                "msisdn=",
                ph(r, rng.choice(["bare", "bare", "e164"])),
                " code=%s hop=%d state=%s network=%s"
                % (code, rng.randint(1, 6), rng.choice(["CONFIRM_PIN", "MENU", "AMOUNT"]), net),
            )
        else:
            b.t(
                "code=%s hop=%d state=END network=%s latency_ms=%d mcc_mnc=%s"
                % (code, rng.randint(1, 6), net, rng.randint(50, 900), digits(5))
            )
        out.append(b)
    return out


@family
def android_logcat_delivery():
    out = []
    regs = [
        ("TR", "com.getir", ["natl", "e164", "intl"]),
        ("SA", "com.jahez.app", ["natld", "e164"]),
        ("EG", "com.talabat", ["natld", "intl"]),
        ("PK", "com.foodpanda.android", ["natld", "intl", "g0:4-7:-"]),
        ("IN", "com.application.zomato", ["e164", "gn:5-5: "]),
        ("ID", "com.gojek.app", ["e164", "natld"]),
        ("MX", "com.didi.food", ["natl", "e164"]),
        ("KE", "com.glovo", ["e164", "natld"]),
        ("AE", "com.deliveroo.orderapp", ["intl", "e164"]),
        ("BR", "br.com.brainweb.ifood", ["natl", "e164"]),
    ]
    for i, (r, pkg, st) in enumerate(regs):
        b = B()
        pid = rng.randint(1000, 32000)
        b.t(
            "%02d-%02d %02d:%02d:%02d.%03d %5d %5d "
            % (
                rng.randint(1, 12),
                rng.randint(1, 28),
                rng.randint(0, 23),
                rng.randint(0, 59),
                rng.randint(0, 59),
                rng.randint(0, 999),
                pid,
                pid + rng.randint(1, 90),
            )
        )
        if i % 2 == 0:
            b.t(
                "D OrderRepository: placeOrder(restaurantId=%d, phone=" % rng.randint(1000, 99999),
                ph(r, rng.choice(st)),
                ", addrId=%d, total=%s)" % (rng.randint(10000, 999999), amt(10, 900)),
            )
        else:
            b.t(
                "I OkHttp  : <-- 200 https://api.%s/v%d/orders/%s (%dms, %d-byte body) [%s]"
                % (
                    {
                        "br.com.brainweb.ifood": "ifood.com.br",
                        "com.application.zomato": "zomato.com",
                    }.get(pkg, pkg.split(".")[1] + ".com"),
                    rng.randint(1, 4),
                    hexs(24),
                    rng.randint(20, 3000),
                    rng.randint(80, 9000),
                    pkg,
                )
            )
        out.append(b)
    return out


@family
def customer_csv_export():
    out = []
    regs = [
        ("PE", "es"),
        ("EC", "es"),
        ("BO", "es"),
        ("UY", "es"),
        ("PY", "es"),
        ("GT", "es"),
        ("CR", "es"),
        ("DO", "es"),
        ("PA", "es"),
        ("CL", "es"),
        ("CO", "es"),
    ]
    st = {
        "PE": ["natl", "intl", "e164"],
        "EC": ["natl", "intl"],
        "BO": ["natl", "intl"],
        "UY": ["natl", "intl"],
        "PY": ["natl", "intl"],
        "GT": ["natl", "intl", "gn:4-4:-"],
        "CR": ["natl", "intl", "gn:4-4:-"],
        "DO": ["natl", "intl"],
        "PA": ["natl", "intl"],
        "CL": ["intl"],
        "CO": ["intl"],
    }
    for i, (r, loc) in enumerate(regs):
        b = B()
        f, l = name(loc)
        b.t('%s;"%s %s";' % (digits(7), f, l))
        if i % 2 == 0 or i == 7:
            b.t('"', ph(r, rng.choice(st[r])), '";', em(f, l, DOM["es"]), ";")
        else:
            b.t('"";;')
        b.t(
            "%s;%s;%s;%s"
            % (
                r,
                {
                    "PE": "Lima",
                    "EC": "Quito",
                    "BO": "La Paz",
                    "UY": "Montevideo",
                    "PY": "Asunción",
                    "GT": "Ciudad de Guatemala",
                    "CR": "San José",
                    "DO": "Santo Domingo",
                    "PA": "Panamá",
                    "CL": "Santiago",
                    "CO": "Medellín",
                }[r],
                ymdhms(),
                amt(0, 9000),
            )
        )
        out.append(b)
    if True:
        b = B()
        b.t("cliente_id;nombre;telefono;correo;pais;ciudad;creado;saldo")
        out.insert(0, b)
    return out


@family
def francophone_wallet_sms():
    out = []
    regs = ["SN", "CI", "ML", "CM", "SN", "CI", "BF", "SN", "CM"]
    for i, r in enumerate(regs):
        b = B()
        y, mo, d, h, mi, _s = dt()
        b.t(
            '%s sms-inbox sender=%s msg="'
            % (iso(), rng.choice(["OrangeMoney", "Wave", "MoMo", "MobiCash"]))
        )
        tid = "CI%s.%s.%s" % ("%02d%02d%02d" % (y % 100, mo, d), "%02d%02d" % (h, mi), alnum(6))
        if i % 2 == 0:
            f, l = name("fr")
            b.t(
                "Vous avez reçu %s FCFA de %s %s (" % (amt(500, 200000, dec=False, thou=" "), f, l),
                ph(r, rng.choice(["natl", "natld", "intl"])),
                ') le %02d/%02d/%04d %02d:%02d. Nouveau solde: %s FCFA. Trans ID: %s"'
                % (d, mo, y, h, mi, amt(500, 900000, dec=False, thou=" "), tid),
            )
        else:
            b.t(
                'Paiement de %s FCFA a SENELEC effectue le %02d/%02d/%04d. Compteur %s. Frais: 0 FCFA. Solde: %s FCFA. Ref: %s"'
                % (
                    amt(500, 50000, dec=False, thou=" "),
                    d,
                    mo,
                    y,
                    digits(11),
                    amt(500, 900000, dec=False, thou=" "),
                    tid,
                )
            )
        out.append(b)
    return out


@family
def pk_wallet_sms():
    out = []
    for i in range(8):
        b = B()
        b.t(
            '%s [sms-reader] app=%s from=%s body="'
            % (
                ymdhms(),
                rng.choice(["pk.com.telenor.phoenix", "com.techlogix.mobilinkcustomer"]),
                rng.choice(["8558", "JazzCash", "Easypaisa"]),
            )
        )
        tid = digits(11)
        if i % 2 == 0:
            f, l = name("ur")
            b.t(
                "Rs.%s received from %s %s " % (amt(100, 50000), f.upper(), l.upper()),
                ph("PK", rng.choice(["natld", "g0:4-7:-"])),
                ' on %02d-%02d-%04d %02d:%02d. TID: %s. Balance Rs.%s"'
                % (
                    rng.randint(1, 28),
                    rng.randint(1, 12),
                    2024,
                    rng.randint(0, 23),
                    rng.randint(0, 59),
                    tid,
                    amt(0, 90000),
                ),
            )
        else:
            b.t(
                'Rs.%s bill paid to LESCO ref no %s on %02d-%02d-%04d. TID: %s. Charges Rs.0.00"'
                % (amt(500, 20000), digits(14), rng.randint(1, 28), rng.randint(1, 12), 2024, tid)
            )
        out.append(b)
    return out


@family
def intl_dialing_mixed():
    """Remittance / cross-border support logs with 00 / 011 / +x (0) prefixes."""
    out = []
    cases = [
        ("IN", "AE", "00"),
        ("PH", "SA", "00"),
        ("BD", "QA", "00c"),
        ("NP", "KW", "00"),
        ("EG", "JO", "00"),
        ("CO", "DO", "011"),
        ("PK", "AE", "00c"),
        ("LK", "OM", "00"),
    ]
    for i, (to, frm, st) in enumerate(cases):
        b = B()
        b.t("%s remit-svc INFO corridor=%s-%s " % (iso("+04:00"), frm, to))
        if i % 2 == 0 or i == 5:
            b.t('beneficiary_contact="', ph(to, st, frm=frm), '" ')
            if i == 0:
                b.t('sender_contact="', ph("AE", "paren0", kind="f"), '" ')
        else:
            b.t(
                'beneficiary_account="%s" swift=%s '
                % (digits(14), rng.choice(["HBLBPKKA", "BBHOBDDH", "NABLNPKA"]))
            )
        b.t(
            "amount_src=%s %s fx=%.4f payout_ref=%s"
            % (
                amt(100, 9000),
                {
                    "AE": "AED",
                    "SA": "SAR",
                    "QA": "QAR",
                    "KW": "KWD",
                    "JO": "JOD",
                    "DO": "DOP",
                    "OM": "OMR",
                }[frm],
                rng.uniform(0.5, 90),
                alnum(12),
            )
        )
        out.append(b)
    return out


# ----------------------------------------------------------------------------
def main():
    rows = []
    for fn in FAMILIES:
        lines = fn()
        if fn.__name__ == "customer_csv_export":
            lines = lines[:1] + lines[2:10]
        elif fn.__name__ != "chat_transcript_multilingual" and len(lines) >= 10:
            lines = lines[1:10]
        for b in lines:
            rows.append({"text": b.text(), "spans": b.spans, "family": fn.__name__})
    # validation
    regions = set()
    for r in rows:
        t = r["text"]
        last = -1
        for sp in sorted(r["spans"], key=lambda s: s["start"]):
            assert sp["start"] >= last, ("overlap", r)
            last = sp["end"]
            s = t[sp["start"] : sp["end"]]
            assert s and s == s.strip(), ("bad span", s, r)
            if sp.get("decode") == "form":
                s = urllib.parse.unquote_plus(s)
            if sp["type"] == "phone":
                n = phonenumbers.parse(s, sp["region"])
                if not phonenumbers.is_valid_number(n):
                    raise ValueError("invalid phone %r %s in %r" % (s, sp["region"], t))
                regions.add(sp["region"])
            else:
                assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s), (
                    "bad email",
                    s,
                )
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "redaction_corpus_probe12.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nph = sum(1 for r in rows for s in r["spans"] if s["type"] == "phone")
    nem = sum(1 for r in rows for s in r["spans"] if s["type"] == "email")
    nfree = sum(1 for r in rows if not r["spans"])
    print(
        "lines",
        len(rows),
        "phones",
        nph,
        "emails",
        nem,
        "pii_free",
        nfree,
        "families",
        len(FAMILIES),
        "regions",
        len(regions),
    )
    print(sorted(regions))


if __name__ == "__main__":
    main()
