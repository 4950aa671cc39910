"""Write tests/processing/redaction_corpus_probe11.jsonl: a tenth labelled corpus, telecom and
enterprise directories (SIP headers, tshark, Kamailio/OpenSIPS, Asterisk console, AMI and CDR,
FreeSWITCH, Cisco CDRs, Vonage/Twilio/WhatsApp webhooks, SMPP, Kannel, USSD, HLR lookups,
RADIUS accounting, LDIF, Active Directory, vCard 3 and 4, CRM and HR exports) with as many
look-alikes, by someone who had not read the redaction rules (issue 11). Scored blind once by
halves on the code of 2026-12-04. Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe11_corpus

Every line is built by appending pieces; every phone span is re-parsed and asserted valid.
"""

import json
import os
import random
import unicodedata
import urllib.parse

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

SEED = 1111113
rng = random.Random(SEED)

# --------------------------------------------------------------------------- data
NAMES = {
    "US": [("James", "Smith"), ("Maria", "Garcia"), ("Emily", "Johnson"), ("Robert", "Brown")],
    "CA": [("Liam", "Tremblay"), ("Chloé", "Gagnon"), ("Noah", "Roy")],
    "MX": [("José", "Hernández"), ("Guadalupe", "López"), ("Luis", "Martínez")],
    "BR": [("João", "Silva"), ("Ana", "Souza"), ("Lucas", "Oliveira")],
    "AR": [("Martín", "González"), ("Sofía", "Rodríguez")],
    "CL": [("Benjamín", "Muñoz"), ("Catalina", "Rojas")],
    "CO": [("Santiago", "Gómez"), ("Valentina", "Díaz")],
    "PE": [("Mateo", "Quispe"), ("Camila", "Flores")],
    "GB": [("Oliver", "Jones"), ("Amelia", "Taylor"), ("Harry", "Evans")],
    "IE": [("Seán", "Murphy"), ("Aoife", "Kelly")],
    "DE": [("Lukas", "Müller"), ("Anna", "Schmidt"), ("Jonas", "Weber")],
    "AT": [("Florian", "Gruber"), ("Katharina", "Huber")],
    "CH": [("Luca", "Meier"), ("Laura", "Keller")],
    "FR": [("Lucas", "Martin"), ("Camille", "Bernard"), ("Hugo", "Dubois")],
    "BE": [("Noah", "Peeters"), ("Emma", "Janssens")],
    "NL": [("Daan", "de Vries"), ("Sanne", "Jansen")],
    "IT": [("Francesco", "Rossi"), ("Giulia", "Russo")],
    "ES": [("Hugo", "García"), ("Lucía", "Fernández")],
    "PT": [("João", "Santos"), ("Beatriz", "Ferreira")],
    "SE": [("Erik", "Andersson"), ("Elsa", "Johansson")],
    "NO": [("Jakob", "Hansen"), ("Nora", "Johansen")],
    "PL": [("Jakub", "Nowak"), ("Zuzanna", "Kowalska")],
    "CZ": [("Jan", "Novák"), ("Tereza", "Svobodová")],
    "GR": [("Giorgos", "Papadopoulos"), ("Maria", "Nikolaou")],
    "RU": [("Ivan", "Ivanov"), ("Anastasia", "Smirnova")],
    "TR": [("Mehmet", "Yılmaz"), ("Zeynep", "Kaya")],
    "ZA": [("Thabo", "Nkosi"), ("Lerato", "Dlamini")],
    "NG": [("Chinedu", "Okafor"), ("Ngozi", "Adeyemi")],
    "KE": [("Brian", "Otieno"), ("Wanjiru", "Kamau")],
    "GH": [("Kwame", "Mensah"), ("Akosua", "Boateng")],
    "TZ": [("Juma", "Mwakyusa"), ("Neema", "Mushi")],
    "EG": [("Ahmed", "Hassan"), ("Fatma", "Mahmoud")],
    "MA": [("Youssef", "El Amrani"), ("Salma", "Bennani")],
    "IN": [("Rahul", "Sharma"), ("Priya", "Patel"), ("Arjun", "Reddy")],
    "PK": [("Ali", "Khan"), ("Ayesha", "Malik")],
    "CN": [("Wei", "Zhang"), ("Na", "Wang")],
    "HK": [("Tai Man", "Chan"), ("Ka Yan", "Wong")],
    "JP": [("Haruto", "Sato"), ("Yui", "Suzuki")],
    "KR": [("Minjun", "Kim"), ("Seoyeon", "Lee")],
    "SG": [("Wei Ling", "Tan"), ("Marcus", "Lim")],
    "MY": [("Ahmad", "Ibrahim"), ("Nurul", "Aziz")],
    "ID": [("Budi", "Santoso"), ("Siti", "Rahayu")],
    "PH": [("Juan", "dela Cruz"), ("Maria", "Santos")],
    "TH": [("Somchai", "Srisuk"), ("Nattaya", "Chaiyaporn")],
    "VN": [("An", "Nguyen"), ("Mai", "Tran")],
    "AE": [("Omar", "Al Mansoori"), ("Fatima", "Al Hashimi")],
    "SA": [("Abdullah", "Al Qahtani"), ("Nora", "Al Otaibi")],
    "IL": [("Noam", "Cohen"), ("Tamar", "Levi")],
    "AU": [("Jack", "Wilson"), ("Charlotte", "Smith")],
    "NZ": [("Oliver", "Williams"), ("Aroha", "Ngata")],
}
ALL = list(NAMES)
TLD = {
    "US": "com",
    "CA": "ca",
    "MX": "com.mx",
    "BR": "com.br",
    "AR": "com.ar",
    "CL": "cl",
    "CO": "com.co",
    "PE": "pe",
    "GB": "co.uk",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "NL": "nl",
    "IT": "it",
    "ES": "es",
    "PT": "pt",
    "SE": "se",
    "NO": "no",
    "PL": "pl",
    "CZ": "cz",
    "GR": "gr",
    "RU": "ru",
    "TR": "com.tr",
    "ZA": "co.za",
    "NG": "com.ng",
    "KE": "co.ke",
    "GH": "com.gh",
    "TZ": "co.tz",
    "EG": "com.eg",
    "MA": "ma",
    "IN": "co.in",
    "PK": "com.pk",
    "CN": "com.cn",
    "HK": "com.hk",
    "JP": "co.jp",
    "KR": "co.kr",
    "SG": "com.sg",
    "MY": "com.my",
    "ID": "co.id",
    "PH": "com.ph",
    "TH": "co.th",
    "VN": "vn",
    "AE": "ae",
    "SA": "com.sa",
    "IL": "co.il",
    "AU": "com.au",
    "NZ": "co.nz",
}
FREEMAIL = {
    "DE": ["web.de", "gmx.de", "t-online.de"],
    "AT": ["gmx.at"],
    "FR": ["orange.fr", "free.fr"],
    "IT": ["libero.it"],
    "JP": ["yahoo.co.jp"],
    "KR": ["naver.com"],
    "CN": ["qq.com", "163.com"],
    "RU": ["mail.ru", "yandex.ru"],
    "BR": ["uol.com.br"],
    "IN": ["rediffmail.com"],
    "AU": ["bigpond.com"],
    "GB": ["btinternet.com"],
    "CZ": ["seznam.cz"],
    "PL": ["wp.pl"],
}
GENERIC_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "proton.me"]
COMPANIES = [
    "northwind",
    "contoso",
    "fabrikam",
    "globex",
    "initech",
    "brightline",
    "bluewave",
    "telcoserv",
    "harbourlink",
    "suncrest",
    "meridian-tel",
    "kestrel",
    "orbitalnet",
    "pinegrove",
    "lumacom",
    "vantagepoint",
]
IDD00 = [
    "DE",
    "FR",
    "GB",
    "IT",
    "ES",
    "NL",
    "CH",
    "AT",
    "BE",
    "SE",
    "PL",
    "IN",
    "ZA",
    "EG",
    "MA",
    "AE",
    "SA",
    "TR",
    "MX",
    "PH",
    "CN",
    "NZ",
    "PT",
    "GR",
    "CZ",
    "PK",
    "NO",
    "IE",
    "GH",
    "VN",
    "IL",
    "AR",
    "PE",
    "CL",
]
MCC = {
    "US": "310",
    "CA": "302",
    "MX": "334",
    "BR": "724",
    "AR": "722",
    "CL": "730",
    "CO": "732",
    "PE": "716",
    "GB": "234",
    "IE": "272",
    "DE": "262",
    "AT": "232",
    "CH": "228",
    "FR": "208",
    "BE": "206",
    "NL": "204",
    "IT": "222",
    "ES": "214",
    "PT": "268",
    "SE": "240",
    "NO": "242",
    "PL": "260",
    "CZ": "230",
    "GR": "202",
    "RU": "250",
    "TR": "286",
    "ZA": "655",
    "NG": "621",
    "KE": "639",
    "GH": "620",
    "TZ": "640",
    "EG": "602",
    "MA": "604",
    "IN": "404",
    "PK": "410",
    "CN": "460",
    "HK": "454",
    "JP": "440",
    "KR": "450",
    "SG": "525",
    "MY": "502",
    "ID": "510",
    "PH": "515",
    "TH": "520",
    "VN": "452",
    "AE": "424",
    "SA": "420",
    "IL": "425",
    "AU": "505",
    "NZ": "530",
}

# --------------------------------------------------------------------------- helpers


def ch(seq):
    return rng.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n):
    return "".join(rng.choice(string_alnum) for _ in range(n))


string_alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{ch('89ab')}{h[17:20]}-{h[20:32]}"


def ip_pub4():
    p = ch(["203.0.113.", "198.51.100.", "192.0.2.", "185.45.", "81.201.", "62.109."])
    if p.count(".") == 2:
        p += f"{rng.randint(0, 255)}."
    return p + str(rng.randint(1, 254))


def ip_priv():
    return ch(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def ip4():
    return ip_pub4() if rng.random() < 0.5 else ip_priv()


def rtp_port():
    return rng.randrange(10000, 32000, 2)


def epoch():
    return rng.randint(1704067200, 1764547200)


def tparts():
    e = epoch()
    import datetime

    return datetime.datetime.fromtimestamp(e, datetime.UTC)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def syslog_ts(d=None):
    d = d or tparts()
    return f"{MON[d.month - 1]} {d.day:2d} {d:%H:%M:%S}"


def iso(d=None, ms=False, z=True):
    d = d or tparts()
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += f".{rng.randint(0, 999):03d}"
    return s + ("Z" if z else "")


def sqlts(d=None):
    d = d or tparts()
    return d.strftime("%Y-%m-%d %H:%M:%S")


def luhn_digit(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return str((10 - tot % 10) % 10)


def imsi(r):
    m = MCC[r]
    mnc = (
        ch(["01", "02", "03", "10", "20"])
        if m not in ("310", "302", "334", "404", "405")
        else ch(["260", "410", "720", "045", "020"])
    )
    body = m + mnc
    return body + digits(15 - len(body))


def imei():
    s = ch(["35", "86", "01", "49", "99"]) + digits(12)
    return s + luhn_digit(s)


def iccid(r):
    cc = str(pn.country_code_for_region(r))
    s = "89" + cc + digits(18 - 2 - len(cc))
    return s + luhn_digit(s)


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def person(r):
    return ch(NAMES[r])


def email_for(r, first, last, company=None):
    f = ascii_fold(first).lower().replace(" ", "")
    l = ascii_fold(last).lower().replace(" ", "")
    form = rng.randint(0, 9)
    if form == 0:
        loc = f"{f}.{l}"
    elif form == 1:
        loc = f"{f[0]}{l}"
    elif form == 2:
        loc = f"{f}_{l}"
    elif form == 3:
        loc = f"{f}.{l}+{ch(['crm', 'sip', 'billing', 'news'])}"
    elif form == 4:
        loc = f"{f}{l}{rng.randint(1, 99)}"
    elif form == 5:
        loc = f"{ascii_fold(first).replace(' ', '')}.{ascii_fold(last).replace(' ', '')}"
    elif form == 6:
        loc = f"{f[0]}.{l}"
    elif form == 7:
        loc = f"{l}.{f}"
    elif form == 8:
        loc = f"{f}-{l}"
    else:
        loc = f"{f}"
    if company is False or (company is None and rng.random() < 0.3):
        dom = ch(FREEMAIL.get(r, []) + GENERIC_MAIL)
    else:
        c = company or ch(COMPANIES)
        dom = f"{c}.{TLD[r]}"
        if rng.random() < 0.2:
            dom = ch(["mail.", "corp.", "eu.", "office."]) + dom
    return f"{loc}@{dom}"


def role_email(r, company=None):
    c = company or ch(COMPANIES)
    return f"{ch(['noc', 'support', 'billing', 'helpdesk', 'sales', 'it-ops', 'voip-admin', 'hr'])}@{c}.{TLD[r]}"


# --------------------------------------------------------------------------- phones


def rand_num(r, kind=None):
    t = {"mobile": T.MOBILE, "fixed": T.FIXED_LINE, None: ch([T.MOBILE, T.FIXED_LINE])}[kind]
    ex = pn.example_number_for_type(r, t) or pn.example_number(r)
    assert ex is not None, r
    nsn = pn.national_significant_number(ex)
    cc = ex.country_code
    assert cc is not None, r
    for _ in range(200):
        k = min(rng.randint(3, 6), len(nsn) - 2)
        cand = nsn[:-k] + digits(k)
        n = pn.parse("+%d%s" % (cc, cand), None)
        if pn.is_valid_number(n) and pn.region_code_for_number(n) == r:
            nt = pn.number_type(n)
            if nt == t or nt == T.FIXED_LINE_OR_MOBILE:
                return n
    return ex


def _valid(text, region, n):
    try:
        m = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(m)
        and m.national_number == n.national_number
        and m.country_code == n.country_code
    )


def fmt(n, style, frm=None):
    r = pn.region_code_for_number(n)
    intl = pn.format_number(n, F.INTERNATIONAL)
    nat = pn.format_number(n, F.NATIONAL)
    e164 = pn.format_number(n, F.E164)
    reg = r
    if style == "e164":
        t = e164
    elif style == "bare":
        t = e164[1:]
    elif style == "intl":
        t = intl
    elif style == "nat":
        t = nat
    elif style == "intl_dash":
        t = intl.replace(" ", "-")
    elif style == "intl_dot":
        t = (
            intl[: intl.index(" ")]
            + " "
            + intl[intl.index(" ") + 1 :].replace(" ", ".").replace("-", ".")
        )
    elif style == "nat_dash":
        t = nat.replace(" ", "-")
    elif style == "nat_dot":
        t = nat.replace(" ", ".").replace("-", ".")
    elif style == "nat_nosep":
        t = "".join(c for c in nat if c.isdigit())
    elif style == "nat_nbsp":
        t = nat.replace(" ", "\u00a0")
    elif style == "intl_nbsp":
        t = intl.replace(" ", "\u00a0")
    elif style == "nat_slash":
        t = nat.replace(" ", "/", 1)
    elif style == "nat_paren":
        a, _, b = nat.partition(" ")
        t = f"({a}) {b}" if b and not a.startswith("(") else nat
    elif style == "paren0":
        cc, _, rest = intl.partition(" ")
        t = f"{cc} (0){rest}"
    elif style == "00":
        reg = frm or ch([x for x in IDD00 if x != r])
        t = "00" + (intl[1:] if rng.random() < 0.5 else e164[1:])
    elif style == "00c":
        reg = frm or ch([x for x in IDD00 if x != r])
        t = "00" + e164[1:]
    elif style == "011c":
        reg = frm or ch(["US", "CA"])
        t = "011" + e164[1:]
    elif style == "011":
        reg = frm or ch(["US", "CA"])
        t = "011" + ch([" ", ""]) + (intl[1:] if rng.random() < 0.5 else e164[1:])
    elif style == "nanp_dots":
        d = str(n.national_number)
        t = f"{d[:3]}.{d[3:6]}.{d[6:]}"
    elif style == "nanp_dash":
        d = str(n.national_number)
        t = f"{d[:3]}-{d[3:6]}-{d[6:]}"
    elif style == "nanp_1":
        d = str(n.national_number)
        t = f"1-{d[:3]}-{d[3:6]}-{d[6:]}"
    elif style == "nanp_plusparen":
        d = str(n.national_number)
        t = f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}"
    elif style == "nanp_10":
        t = str(n.national_number)
    else:
        raise ValueError(style)
    # A bare E.164 number (an msisdn) is read as international: parsed for its region, a
    # German ``49151...`` is also a valid (longer) national number.
    if not _valid("+" + t if style == "bare" else t, reg, n):
        return None
    return t, reg


NANP = ("US", "CA")


def writing(r, context="human"):
    """Pick a realistic writing style for region r and context."""
    if context == "api":
        return ch(["e164"] * 4 + ["bare"])
    if context == "switch":
        return ch(["e164", "e164", "bare", "nat_nosep"])
    if r in NANP:
        return ch(
            [
                "nat",
                "nat",
                "nanp_dash",
                "nanp_dots",
                "nanp_1",
                "nanp_plusparen",
                "intl",
                "e164",
                "011",
            ]
        )
    opts = ["nat", "nat", "intl", "intl", "e164"]
    if r in ("GB", "DE", "CH", "AT", "NL", "BE", "IE"):
        opts += ["paren0"]
    if r in ("DE", "AT"):
        opts += ["nat_slash", "nat_dash", "nat_paren"]
    if r in ("FR", "BE", "MA", "CH", "PT"):
        opts += ["nat_dot", "intl_dot"]
    if r in ("NL", "IT", "ES", "PL", "CZ", "SE", "RU", "IN", "CN"):
        opts += ["nat_dash", "intl_dash"]
    if r in ("FR", "CH", "SE", "NO"):
        opts += ["nat_nbsp", "intl_nbsp"]
    if r in ("AU", "NZ", "ZA", "KE", "NG", "PH"):
        opts += ["nat_nosep", "nat_paren"]
    opts += ["00"]
    return ch(opts)


def phone(r, context="human", kind=None, style=None, frm=None):
    st = style or writing(r, context)
    for _ in range(60):
        res = fmt(rand_num(r, kind), st, frm)
        if res:
            return res
    raise RuntimeError(f"no valid writing {st} for {r}")


def intl_dial(r, compact=True):
    """A foreign number dialled with the international prefix of region r (log's home region)."""
    dest = ch([x for x in ALL if x != r and not (r in NANP and x in NANP)])
    if r in NANP:
        return phone(dest, style="011c" if compact else "011", frm=r)
    frm = r if r in IDD00 else ch(IDD00)
    if frm == dest:
        dest = ch([x for x in ALL if x != frm and x not in NANP])
    return phone(dest, style="00c" if compact else "00", frm=frm)


def ext_suffix(uri=False):
    e = str(rng.randint(2, 4999)) if rng.random() < 0.7 else str(rng.randint(1, 99))
    if uri:
        return ";ext=" + e
    return ch([" ext. ", " ext ", " x", " x ", " #", " Ext. "]) + e


# --------------------------------------------------------------------------- line builder


class Line:
    def __init__(self):
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.parts.append(x)
            self.n += len(x)
        return self

    def p(self, ph, decode=None, ext=None):
        text, reg = ph
        if ext:
            text = text + ext
        if decode == "form":
            text = urllib.parse.quote_plus(text)
        sp = {"start": self.n, "end": self.n + len(text), "type": "phone", "region": reg}
        if decode:
            sp["decode"] = decode
        self.spans.append(sp)
        return self.t(text)

    def e(self, addr):
        self.spans.append({"start": self.n, "end": self.n + len(addr), "type": "email"})
        return self.t(addr)

    def text(self):
        return "".join(self.parts)


# --------------------------------------------------------------------------- families
# Each family: (name, regions, [pii makers], [free makers]); a maker takes a region and returns a Line.

FAMS: list[tuple[str, list[str], list, list]] = []


def family(name, regions):
    def deco(fn):
        pii, free = fn()
        FAMS.append((name, regions, pii, free))
        return fn

    return deco


def host(r):
    return (
        ch(["sbc", "pbx", "gw", "proxy", "edge", "ims"])
        + str(rng.randint(1, 9))
        + "."
        + ch(COMPANIES)
        + "."
        + TLD[r]
    )


def tag():
    return hexs(rng.choice([8, 10, 12]))


def branch():
    return "z9hG4bK" + ch([hexs(10), "-" + hexs(8) + "-" + digits(4), "PJ" + uuid4()])


def callid():
    return ch(
        [
            hexs(32),
            uuid4(),
            f"{hexs(16)}@{ip4()}",
            f"{digits(10)}-{digits(6)}@{ip4()}",
            f"{hexs(8)}-{hexs(4)}@{ch(['sbc01', 'pbx', 'fs-node2'])}",
        ]
    )


# 1 ---------------------------------------------------------------- SIP request headers
@family("sip_request_headers", ["US", "GB", "DE", "FR", "BR", "AU", "JP", "ZA", "SE", "ES"])
def _():
    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(f'From: "{f} {l}" <sip:')
            .p(phone(r, "api", style="e164"))
            .t(f"@{host(r)};user=phone>;tag={tag()}")
        )

    def b(r):
        return (
            Line()
            .t("To: <sip:")
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(f"@{ip_pub4()}:5060>")
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(f'Contact: "{ascii_fold(f)}" <sip:')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f';transport=tls>;expires=3600;+sip.instance="<urn:uuid:{uuid4()}>"')
        )

    def d(r):
        return (
            Line()
            .t("INVITE sip:")
            .p(phone(r, style=ch(["e164", "bare"])))
            .t(f"@{host(r)};user=phone SIP/2.0")
        )

    def e_(r):
        f, l = person(r)
        return (
            Line()
            .t(f'P-Asserted-Identity: "{f} {l}" <sip:')
            .p(phone(r, "api", style="e164"))
            .t(f"@{host(r)}>, <tel:")
            .p(phone(r, "api", style="e164"))
            .t(">")
        )

    def f_(r):
        return Line().t("From: <tel:").p(phone(r, style="e164")).t(f">;tag={tag()}")

    def g(r):
        f, l = person(r)
        return Line().t(f'To: "{f}" <sip:').e(email_for(r, f, l)).t(f">;tag={tag()}")

    def n1(r):
        return Line().t(
            f"Via: SIP/2.0/UDP {ip_pub4()}:5060;branch={branch()};rport=5060;received={ip_pub4()}"
        )

    def n2(r):
        return Line().t(f"Call-ID: {callid()}")

    def n3(r):
        return Line().t(
            f"CSeq: {rng.randint(1, 99999)} {ch(['INVITE', 'BYE', 'ACK', 'REGISTER', 'OPTIONS'])}"
        )

    def n4(r):
        return Line().t(
            f"c=IN IP4 {ip_pub4()}  m=audio {rtp_port()} RTP/AVP 8 0 101  a=rtpmap:101 telephone-event/8000 a=ptime:20"
        )

    def n5(r):
        return Line().t(
            f"User-Agent: {ch(['Asterisk PBX 20.5.2', 'FPBX-16.0.40.7(18.20.1)', 'Yealink SIP-T54W 96.86.0.100', 'PolycomVVX-VVX_450-UA/6.4.6.2494', 'Grandstream GXP2170 1.0.11.74'])}  Max-Forwards: 70  Content-Length: {rng.randint(200, 1200)}"
        )

    def n6(r):
        return Line().t(
            f"Contact: <sip:{ip_pub4()}:{rng.choice([5060, 5061, 5080])};transport={ch(['udp', 'tcp', 'tls'])}>;expires={ch([60, 300, 3600])}"
        )

    return [a, b, c, d, e_, f_, g], [n1, n2, n3, n4, n5, n6]


# 2 ---------------------------------------------------------------- identity / diversion headers
@family("sip_identity_headers", ["US", "DE", "IT", "NL", "MX", "IN", "PL", "KR", "CA", "AT"])
def _():
    def a(r):
        return (
            Line()
            .t("Diversion: <sip:")
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(
                f"@{host(r)}>;reason={ch(['unconditional', 'user-busy', 'no-answer'])};counter=1;privacy=off"
            )
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f'Remote-Party-ID: "{f} {l}" <sip:')
            .p(phone(r, style="e164"))
            .t(f"@{ip_pub4()}>;party=calling;screen=yes;privacy=off")
        )

    def c(r):
        return (
            Line()
            .t("History-Info: <sip:")
            .p(phone(r, style="e164"))
            .t(f"@{host(r)}?Reason=SIP%3Bcause%3D302>;index=1.1, <sip:")
            .p(phone(r, style="e164"))
            .t(f"@{host(r)};cause=302>;index=1.1.1;mp=1")
        )

    def d(r):
        return (
            Line()
            .t("P-Preferred-Identity: <tel:")
            .p(phone(r, style="e164"), ext=ext_suffix(uri=True) if rng.random() < 0.5 else None)
            .t(">")
        )

    def e_(r):
        f, l = person(r)
        return (
            Line()
            .t(f'P-Asserted-Identity: "{ascii_fold(f)} {ascii_fold(l)}" <sip:')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(">")
        )

    def n1(r):
        return Line().t(
            f"P-Charging-Vector: icid-value={hexs(8, True)}-{hexs(4, True)}-{hexs(16, True)};icid-generated-at={ip_pub4()};orig-ioi=ims.mnc0{rng.randint(1, 9)}.mcc{MCC[r]}.3gppnetwork.org"
        )

    def n2(r):
        return Line().t(
            f"Privacy: id  P-Access-Network-Info: 3GPP-E-UTRAN-FDD;utran-cell-id-3gpp={MCC[r]}0{rng.randint(1, 9)}{hexs(4, True)}{hexs(7, True)}"
        )

    def n3(r):
        return Line().t(
            f"Remote-Party-ID: <sip:{ip_pub4()}>;party=called;screen=no;privacy=full  Session-Expires: 1800;refresher=uac  Min-SE: 90"
        )

    def n4(r):
        return Line().t(
            f'Reason: Q.850;cause={ch([16, 17, 18, 19, 21, 31, 34])};text="{ch(["Normal call clearing", "User busy", "No answer"])}"  X-Cisco-Trace-ID: {hexs(16)}  RSeq: {rng.randint(1, 9999)}'
        )

    return [a, b, c, d, e_], [n1, n2, n3, n4]


# 3 ---------------------------------------------------------------- tshark one-line SIP summaries
@family("tshark_sip_summary", ["GB", "FR", "NG", "SG", "AR", "NZ", "CH", "EG", "PH", "TR"])
def _():
    def pre():
        return f"{rng.randint(1, 9999):5d} {rng.random() * 300:.6f} {ip4()} → {ip4()} SIP/SDP {rng.randint(600, 1500)} "

    def a(r):
        return (
            Line()
            .t(pre(), "Request: INVITE sip:")
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(f"@{ip_pub4()}:5060 |")
        )

    def b(r):
        return (
            Line().t(pre(), "Request: INVITE sip:").p(intl_dial(r)).t(f"@{ip_pub4()};user=phone |")
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(
                pre().replace("SIP/SDP", "SIP"),
                "Request: REGISTER sip:",
                host(r),
                " | , with session description  From: <sip:",
            )
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(">")
        )

    def d(r):
        return (
            Line()
            .t(pre().replace("SIP/SDP", "SIP"), "Status: 180 Ringing |  To: <sip:")
            .p(phone(r, style="e164"))
            .t(f"@{host(r)}>;tag={tag()}")
        )

    def n1(r):
        return Line().t(pre().replace("SIP/SDP", "SIP"), f"Request: OPTIONS sip:{ip_pub4()}:5060 |")

    def n2(r):
        return Line().t(
            pre(),
            f"Status: 200 OK (INVITE) |  CSeq: {rng.randint(1, 999)} INVITE  Call-ID: {callid()}",
        )

    def n3(r):
        return Line().t(
            pre().replace("SIP/SDP", "RTP"),
            f"PT=ITU-T G.711 PCMA, SSRC=0x{hexs(8, True)}, Seq={rng.randint(1, 65535)}, Time={rng.randint(100000, 4000000000)}",
        )

    def n4(r):
        return Line().t(
            pre().replace("SIP/SDP", "SIP"),
            f"Request: BYE sip:{ip_pub4()}:{rng.choice([5060, 5080])};transport=udp | branch={branch()}",
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 4 ---------------------------------------------------------------- Kamailio syslog
@family("kamailio_syslog", ["DE", "ES", "BE", "KE", "CO", "IL", "VN", "NO", "ZA", "US"])
def _():
    def pre(level="NOTICE"):
        return f"{syslog_ts()} {ch(['sbc01', 'kam-edge2', 'lb-fra1', 'sip-core'])} /usr/sbin/kamailio[{rng.randint(1000, 40000)}]: {level}: "

    def a(r):
        return (
            Line()
            .t(pre(), "<script>: [INVITE] from sip:")
            .p(phone(r, style="e164"))
            .t(f"@{host(r)} to sip:")
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(f"@{ip_pub4()} ci={callid()} si={ip_pub4()}:5060")
        )

    def b(r):
        return (
            Line()
            .t(pre("INFO"), "<script>: routing rU=")
            .p(phone(r, style=ch(["bare", "e164"])))
            .t(f" to gw {ip_pub4()}:5060 via dispatcher set {rng.randint(1, 9)}")
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(pre("WARNING"), "<script>: auth failed for fU=")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f" from {ip_pub4()}:{rng.randint(1024, 65535)} (attempt {rng.randint(1, 9)})")
        )

    def d(r):
        return (
            Line()
            .t(
                pre("ERROR"),
                f"tm [t_fwd.c:{rng.randint(1000, 1900)}]: t_send_branch(): sending request on branch 0 failed, R-URI=sip:",
            )
            .p(intl_dial(r))
            .t(f"@{ip_pub4()}")
        )

    def n1(r):
        return Line().t(
            pre("WARNING"),
            f"<script>: pike blocking {ip_pub4()} (REGISTER flood, {rng.randint(20, 900)} req/s)",
        )

    def n2(r):
        return Line().t(
            pre("INFO"),
            f"dispatcher [dispatch.c:{rng.randint(2000, 3500)}]: ds_ping_reply_callback(): probing gw sip:{ip_pub4()}:5060 set {rng.randint(1, 5)} code=200",
        )

    def n3(r):
        return Line().t(
            pre("ERROR"),
            f"<core> [core/tcp_main.c:{rng.randint(1000, 5000)}]: tcp_send(): connect {ip_pub4()}:5061 failed (fd {rng.randint(10, 900)}) after {rng.randint(1, 30)} s",
        )

    def n4(r):
        return Line().t(
            pre(),
            f"<script>: rtpengine offer callid={callid()} from-tag={tag()} ports {rtp_port()}/{rtp_port()} ice=remove",
        )

    def n5(r):
        return Line().t(
            pre("INFO"),
            f'<script>: REGISTER rU=2{digits(3)} expires=3600 contact=sip:2{digits(3)}@{ip_priv()}:5060 ua="Yealink SIP-T46U 108.86.0.45"',
        )

    return [a, b, c, d], [n1, n2, n3, n4, n5]


# 5 ---------------------------------------------------------------- Kamailio acc module
@family("kamailio_acc", ["FR", "DE", "GB", "BR", "IN", "AU", "MA", "HK", "PT", "CZ"])
def _():
    def pre():
        return f"{syslog_ts()} sip-core /usr/sbin/kamailio[{rng.randint(1000, 40000)}]: NOTICE: acc [acc.c:{rng.randint(280, 320)}]: ACC: transaction answered: timestamp={epoch()};method=INVITE;from_tag={tag()};to_tag={tag()};call_id={callid()};code=200;reason=OK;"

    def a(r):
        return (
            Line()
            .t(pre(), "src_user=")
            .p(phone(r, style=ch(["e164", "bare"])))
            .t(f";src_domain={ip_pub4()};src_ip={ip_pub4()};dst_ouser=")
            .p(phone(r, style=ch(["bare", "nat_nosep", "e164"])))
            .t(";dst_user=")
            .p(phone(r, style="e164"))
            .t(f";dst_domain={host(r)}")
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(pre(), "src_user=")
            .e(email_for(r, f, l, company=ch(COMPANIES)).split("@")[0] + "@" + host(r))
            .t(";dst_user=")
            .p(phone(r, style="nat_nosep"))
            .t(f";dst_domain={ip_pub4()}")
        )

    def c(r):
        return (
            Line()
            .t(
                f"{syslog_ts()} sip-core /usr/sbin/kamailio[{rng.randint(1000, 40000)}]: NOTICE: acc [acc.c:{rng.randint(280, 320)}]: ACC: call missed: timestamp={epoch()};method=INVITE;from_tag={tag()};to_tag=;call_id={callid()};code=486;reason=Busy Here;src_user="
            )
            .p(phone(r, style="e164"))
            .t(f";dst_user={rng.randint(100, 999)}")
        )

    def n1(r):
        return Line().t(
            f"{syslog_ts()} sip-core /usr/sbin/kamailio[{rng.randint(1000, 40000)}]: NOTICE: acc [acc.c:{rng.randint(280, 320)}]: ACC: transaction answered: timestamp={epoch()};method=BYE;from_tag={tag()};to_tag={tag()};call_id={callid()};code=200;reason=OK;src_user=;dst_user="
        )

    def n2(r):
        return Line().t(
            pre(),
            f"src_user=anonymous;src_domain=anonymous.invalid;dst_user={rng.randint(2000, 2999)};duration={rng.randint(1, 3600)};setuptime={rng.randint(0, 20)}",
        )

    def n3(r):
        return Line().t(
            f"{syslog_ts()} sip-core /usr/sbin/kamailio[{rng.randint(1000, 40000)}]: ERROR: acc [acc_db.c:{rng.randint(100, 600)}]: acc_db_request(): failed to insert into database table acc (cdr_id={rng.randint(10**8, 10**9)})"
        )

    def n4(r):
        return Line().t(
            pre(),
            f"src_user=*{rng.choice([43, 60, 97, 98])};dst_user=voicemail;duration={rng.randint(1, 600)};rtp_port={rtp_port()}",
        )

    return [a, b, c], [n1, n2, n3, n4]


# 6 ---------------------------------------------------------------- OpenSIPS
@family("opensips_log", ["NG", "GH", "TZ", "EG", "SA", "AE", "PK", "TH", "RU", "GR"])
def _():
    def pre(level="INFO"):
        return f"{syslog_ts()} proxy{rng.randint(1, 4)} /usr/sbin/opensips[{rng.randint(1000, 40000)}]: {level}:"

    def a(r):
        return (
            Line()
            .t(pre(), "drouting:do_routing: prefix match for ruri sip:")
            .p(phone(r, style=ch(["e164", "bare"])))
            .t(
                f"@{ip_pub4()} -> rule {rng.randint(1, 300)} gw carrier_{r.lower()}_{rng.randint(1, 4)}"
            )
        )

    def b(r):
        return (
            Line()
            .t(pre(), "<script>: call from ")
            .p(phone(r, style=ch(["nat_nosep", "e164", "nat"])))
            .t(" to ")
            .p(
                phone(r, style=ch(["nat_nosep", "e164"]))
                if rng.random() < 0.6
                else intl_dial(r, compact=False)
            )
            .t(f" (ci={callid()})")
        )

    def c(r):
        return (
            Line()
            .t(
                pre("NOTICE"),
                f"acc:acc_log_request: ACC: call ended: created={epoch()};call_start_time={epoch()};duration={rng.randint(1, 4000)};ms_duration={rng.randint(1000, 4000000)};setuptime={rng.randint(0, 30)};method=INVITE;from_tag={tag()};to_tag={tag()};call_id={callid()};code=200;reason=OK;caller=",
            )
            .p(phone(r, style="e164"))
            .t(";callee=")
            .p(phone(r, style="bare"))
        )

    def d(r):
        f, l = person(r)
        return (
            Line()
            .t(pre("ERROR"), "auth:pv_authorize: no credentials for user ")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f" from {ip_pub4()}")
        )

    def n1(r):
        return Line().t(
            pre("ERROR"),
            f"core:tcp_connect_blocking_timeout: poll error: flags 18, {ip_pub4()}:{rng.randint(5060, 5070)} after {rng.randint(100, 3000)} ms",
        )

    def n2(r):
        return Line().t(
            pre("NOTICE"),
            f"dialog:dlg_onroute: dialog {hexs(4)}:{rng.randint(10**8, 4 * 10**9)} timeout h_entry={rng.randint(1, 4096)} h_id={rng.randint(10**6, 10**9)}",
        )

    def n3(r):
        return Line().t(
            pre(),
            f"load_balancer:lb_route: group {rng.randint(1, 9)} resources pstn=128/{rng.randint(1, 128)} transc=32 chosen dst {ip_pub4()}:5060 (id {rng.randint(1, 99)})",
        )

    def n4(r):
        return Line().t(
            pre("WARNING"),
            f"core:utimer_ticker: utimer task <tm-utimer> already scheduled {rng.randint(10, 9000)} ms ago (now {rng.randint(10**6, 10**8)} ms), delaying execution",
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 7 ---------------------------------------------------------------- Asterisk console
@family("asterisk_console", ["NL", "DE", "GB", "US", "IT", "ZA", "AU", "PL", "MY", "IE"])
def _():
    def pre(lvl="VERBOSE"):
        d = tparts()
        return f"[{d:%Y-%m-%d %H:%M:%S}] {lvl}[{rng.randint(1000, 40000)}][C-{hexs(8)}] "

    def a(r):
        ph = intl_dial(r)
        return (
            Line()
            .t(pre(), "pbx.c: Executing [")
            .p(ph)
            .t(f'@from-internal:1] Dial("PJSIP/{rng.randint(100, 999)}-{hexs(8)}", "PJSIP/')
            .p(ph)
            .t('@trunk-out,60,Tt") in new stack')
        )

    def b(r):
        _f, _l = person(r)
        return (
            Line()
            .t(pre(), "app_dial.c: Called PJSIP/trunk/sip:")
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(f"@{host(r)}")
        )

    def c(r):
        return (
            Line()
            .t(
                pre(),
                f'pbx.c: Executing [s@from-pstn:{rng.randint(1, 9)}] Set("PJSIP/trunk-{hexs(8)}", "CALLERID(num)=',
            )
            .p(phone(r, style=ch(["nat_nosep", "e164"])))
            .t('") in new stack')
        )

    def d(r):
        f, l = person(r)
        return (
            Line()
            .t(
                pre("NOTICE"),
                f"res_pjsip/pjsip_distributor.c:{rng.randint(600, 700)} log_failed_request: Request 'INVITE' from '\"{f} {l}\" <sip:",
            )
            .p(phone(r, style="e164"))
            .t(
                f"@{ip_pub4()}>' failed for '{ip_pub4()}:{rng.randint(5060, 5090)}' (callid: {callid()}) - No matching endpoint found"
            )
        )

    def e_(r):
        f, l = person(r)
        return (
            Line()
            .t(
                pre(),
                "app_voicemail.c: Sending voicemail notification for mailbox 2",
                digits(3),
                "@default to ",
            )
            .e(email_for(r, f, l, company=ch(COMPANIES)))
        )

    def n1(r):
        return Line().t(
            pre(),
            f"res_rtp_asterisk.c: 0x{hexs(12)} -- Strict RTP learning after remote address set to: {ip_pub4()}:{rtp_port()}",
        )

    def n2(r):
        return Line().t(
            pre(),
            f"bridge_channel.c: Channel PJSIP/{rng.randint(100, 999)}-{hexs(8)} joined 'simple_bridge' basic-bridge <{uuid4()}>",
        )

    def n3(r):
        return Line().t(
            pre("WARNING"),
            f"chan_pjsip.c:{rng.randint(2000, 3200)} chan_pjsip_hangup: Hangup cause {rng.choice([16, 17, 19, 21, 34, 127])} uniqueid {epoch()}.{rng.randint(1, 9999)} duration {rng.randint(0, 3600)}s",
        )

    def n4(r):
        return Line().t(
            pre(),
            f'pbx.c: Executing [{rng.randint(200, 299)}@from-internal:{rng.randint(1, 12)}] Dial("PJSIP/{rng.randint(100, 199)}-{hexs(8)}", "PJSIP/{rng.randint(200, 299)},20,tr") in new stack',
        )

    def n5(r):
        return Line().t(
            pre("NOTICE"),
            f"res_pjsip/pjsip_distributor.c:{rng.randint(600, 700)} log_failed_request: Request 'REGISTER' from '<sip:{rng.randint(100, 9999)}@{ip_pub4()}>' failed for '{ip_pub4()}:{rng.randint(5060, 5090)}' (callid: {hexs(20)}) - Failed to authenticate",
        )

    return [a, b, c, d, e_], [n1, n2, n3, n4, n5]


# 8 ---------------------------------------------------------------- Asterisk Master.csv CDR
@family("asterisk_cdr_csv", ["GB", "DE", "CA", "ES", "SE", "IN", "NZ", "MX", "CL", "BE"])
def _():
    def times():
        d = tparts()
        e = epoch()
        return (
            f'"{sqlts(d)}","{sqlts(d)}","{sqlts(d)}",{rng.randint(1, 900)},{rng.randint(0, 890)}',
            e,
        )

    def a(r):
        f, l = person(r)
        ph = phone(r, style=ch(["e164", "nat_nosep"]))
        ts, e = times()
        return (
            Line()
            .t('"","')
            .p(ph)
            .t(f'","{rng.randint(2000, 2999)}","from-trunk","""{f} {l}"" <')
            .p(ph)
            .t(
                f'>","PJSIP/trunk-{hexs(8)}","PJSIP/{rng.randint(2000, 2999)}-{hexs(8)}","Dial","PJSIP/{rng.randint(2000, 2999)},30",{ts},"ANSWERED","DOCUMENTATION","{e}.{rng.randint(1, 999)}",""'
            )
        )

    def b(r):
        ts, e = times()
        ph = intl_dial(r)
        return (
            Line()
            .t(f'"acct{rng.randint(10, 99)}","{rng.randint(200, 299)}","')
            .p(ph)
            .t(
                f'","from-internal","""Reception"" <{rng.randint(200, 299)}>","PJSIP/{rng.randint(200, 299)}-{hexs(8)}","PJSIP/trunk-{hexs(8)}","Dial","PJSIP/'
            )
            .p(ph)
            .t(f'@trunk,300,Tt",{ts},"ANSWERED","DOCUMENTATION","{e}.{rng.randint(1, 999)}",""')
        )

    def c(r):
        ts, e = times()
        return (
            Line()
            .t('"","')
            .p(phone(r, style="nat_nosep"))
            .t(
                f'","s","ivr-main","""ANONYMOUS"" <anonymous>","PJSIP/trunk-{hexs(8)}","","BackGround","custom/welcome",{ts},"NO ANSWER","DOCUMENTATION","{e}.{rng.randint(1, 999)}","cost_centre=CC-{rng.randint(1000, 9999)}"'
            )
        )

    def n1(r):
        ts, e = times()
        return Line().t(
            f'"","{rng.randint(200, 299)}","{rng.randint(200, 299)}","from-internal","""Desk {rng.randint(1, 40)}"" <{rng.randint(200, 299)}>","PJSIP/{rng.randint(200, 299)}-{hexs(8)}","PJSIP/{rng.randint(200, 299)}-{hexs(8)}","Dial","PJSIP/{rng.randint(200, 299)},20",{ts},"ANSWERED","DOCUMENTATION","{e}.{rng.randint(1, 999)}",""'
        )

    def n2(r):
        ts, e = times()
        return Line().t(
            f'"","anonymous","s","from-pstn","""Anonymous"" <anonymous>","PJSIP/trunk-{hexs(8)}","","Hangup","",{ts},"FAILED","DOCUMENTATION","{e}.{rng.randint(1, 999)}",""'
        )

    def n3(r):
        ts, e = times()
        return Line().t(
            f'"","{rng.randint(2000, 2999)}","*97","from-internal","""{rng.randint(2000, 2999)}"" <{rng.randint(2000, 2999)}>","PJSIP/{rng.randint(2000, 2999)}-{hexs(8)}","","VoiceMailMain","",{ts},"ANSWERED","DOCUMENTATION","{e}.{rng.randint(1, 999)}","{uuid4()}"'
        )

    def n4(r):
        ts, e = times()
        return Line().t(
            f'"","{rng.randint(100, 199)}","{rng.randint(8000, 8099)}","ext-meetme","""Conf"" <{rng.randint(100, 199)}>","PJSIP/{rng.randint(100, 199)}-{hexs(8)}","","ConfBridge","{rng.randint(8000, 8099)},default_bridge",{ts},"ANSWERED","BILLING","{e}.{rng.randint(1, 999)}","order=ORD-{digits(9)}"'
        )

    return [a, b, c], [n1, n2, n3, n4]


# 9 ---------------------------------------------------------------- Asterisk AMI events
@family("asterisk_ami", ["US", "BR", "FR", "TR", "ID", "NG", "CO", "JP", "DE", "AU"])
def _():
    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(
                f"Event: Newchannel, Privilege: call,all, Channel: PJSIP/trunk-{hexs(8)}, ChannelState: 4, ChannelStateDesc: Ring, CallerIDNum: "
            )
            .p(phone(r, style=ch(["e164", "nat_nosep", "bare"])))
            .t(
                f", CallerIDName: {f} {l}, Exten: s, Context: from-pstn, Uniqueid: {epoch()}.{rng.randint(1, 999)}, Linkedid: {epoch()}.{rng.randint(1, 999)}"
            )
        )

    def b(r):
        return (
            Line()
            .t(
                f"Event: DialBegin, DestChannel: PJSIP/trunk-{hexs(8)}, DestCallerIDNum: {rng.randint(200, 299)}, DestConnectedLineNum: "
            )
            .p(phone(r, style=ch(["e164", "nat_nosep"])))
            .t(", DialString: ")
            .p(phone(r, style="e164"))
            .t(f"@trunk, DestUniqueid: {epoch()}.{rng.randint(1, 999)}")
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(
                f'Event: VarSet, Channel: PJSIP/{rng.randint(200, 299)}-{hexs(8)}, Variable: PJSIP_HEADER(read,From), Value: "{f}" <sip:'
            )
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f">;tag={tag()}, Uniqueid: {epoch()}.{rng.randint(1, 999)}")
        )

    def d(r):
        return (
            Line()
            .t(f"Action: Originate, ActionID: {uuid4()}, Channel: PJSIP/")
            .p(phone(r, style="e164"))
            .t("@trunk, Context: callback, Exten: s, Priority: 1, Timeout: 30000, Async: true")
        )

    def n1(r):
        return Line().t(
            f"Event: Hangup, Privilege: call,all, Channel: PJSIP/{rng.randint(200, 299)}-{hexs(8)}, Uniqueid: {epoch()}.{rng.randint(1, 999)}, Cause: {rng.choice([16, 17, 19])}, Cause-txt: Normal Clearing, CallerIDNum: {rng.randint(200, 299)}"
        )

    def n2(r):
        return Line().t(
            f"Event: RTCPSent, Channel: PJSIP/trunk-{hexs(8)}, SSRC: 0x{hexs(8)}, PT: 200(SR), To: {ip_pub4()}:{rtp_port() + 1}, SentNTP: {epoch()}.{digits(6)}, SentRTP: {rng.randint(10**6, 10**9)}, SentPackets: {rng.randint(10, 90000)}"
        )

    def n3(r):
        return Line().t(
            f"Event: QueueMemberStatus, Queue: support-{rng.randint(1, 9)}, MemberName: PJSIP/{rng.randint(200, 299)}, Interface: PJSIP/{rng.randint(200, 299)}, CallsTaken: {rng.randint(0, 300)}, LastCall: {epoch()}, LoginTime: {epoch()}, Status: 1"
        )

    def n4(r):
        return Line().t(
            f"Event: FullyBooted, Privilege: system,all, Uptime: {rng.randint(100, 9999999)}, LastReload: {rng.randint(100, 999999)}, Status: Fully Booted, AMIversion: 9.0.0, AsteriskVersion: 20.{rng.randint(1, 9)}.{rng.randint(0, 4)}"
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 10 --------------------------------------------------------------- FreeSWITCH console
@family("freeswitch_console", ["BR", "AR", "PE", "ES", "FR", "PH", "KE", "CN", "CA", "SE"])
def _():
    def pre(lvl):
        d = tparts()
        return f"{d:%Y-%m-%d %H:%M:%S}.{digits(6)} [{lvl}] "

    def a(r):
        return (
            Line()
            .t(
                pre("NOTICE"),
                f"switch_channel.c:{rng.randint(1000, 1200)} New Channel sofia/external/",
            )
            .p(phone(r, style=ch(["e164", "bare", "nat_nosep"])))
            .t(f"@{ip_pub4()} [{uuid4()}]")
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(pre("INFO"), f"mod_dialplan_xml.c:637 Processing {f} {l} <")
            .p(phone(r, style=ch(["e164", "nat_nosep"])))
            .t(">->")
            .p(phone(r, style=ch(["nat_nosep", "bare"])))
            .t(" in context public")
        )

    def c(r):
        return (
            Line()
            .t(
                pre("NOTICE"),
                f"switch_ivr_originate.c:{rng.randint(2000, 4000)} Channel [sofia/gateway/carrier1/",
            )
            .p(phone(r, style=ch(["bare", "e164"])))
            .t("] has been answered")
        )

    def d(r):
        f, l = person(r)
        return (
            Line()
            .t(pre("DEBUG"), f"sofia.c:{rng.randint(7000, 10000)} Channel sofia/internal/")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(" entering state [calling][0]")
        )

    def n1(r):
        return Line().t(
            pre("NOTICE"),
            f"sofia.c:{rng.randint(1000, 1200)} Hangup sofia/internal/{rng.randint(1000, 1019)}@{ip_priv()} [CS_EXECUTE] [NORMAL_CLEARING]",
        )

    def n2(r):
        return Line().t(
            pre("DEBUG"),
            f"switch_rtp.c:{rng.randint(2000, 9000)} Starting timer [soft] 160 bytes per 20ms, local port {rtp_port()} remote {ip_pub4()}:{rtp_port()}",
        )

    def n3(r):
        return Line().t(
            pre("INFO"),
            f"switch_core_session.c:{rng.randint(1000, 3000)} Session {rng.randint(1, 999999)} ({uuid4()}) Locked, Waiting on external entities",
        )

    def n4(r):
        return Line().t(
            pre("WARNING"),
            f"mod_sofia.c:{rng.randint(1000, 6000)} Ping failed gateway carrier{rng.randint(1, 4)} with code 408 - count {rng.randint(1, 9)}/3/-1, state DOWN, expires {epoch()}",
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 11 --------------------------------------------------------------- FreeSWITCH JSON CDR
@family("freeswitch_json_cdr", ["AU", "NZ", "SG", "IL", "IT", "US", "ZA", "AT", "PL", "VN"])
def _():
    def a(r):
        return (
            Line()
            .t(
                f'{{"core-uuid":"{uuid4()}","switchname":"fs-{rng.randint(1, 4)}","variables":{{"uuid":"{uuid4()}","caller_id_number":"'
            )
            .p(phone(r, style=ch(["e164", "nat_nosep", "nat"])))
            .t('","destination_number":"')
            .p(phone(r, style=ch(["nat_nosep", "e164"])))
            .t(
                f'","start_epoch":"{epoch()}","billsec":"{rng.randint(0, 3000)}","hangup_cause":"NORMAL_CLEARING"}}}}'
            )
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f'{{"variables":{{"sip_from_user":"{ascii_fold(f).lower()}","sip_from_uri":"')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f'","effective_caller_id_name":"{f} {l}","effective_caller_id_number":"')
            .p(phone(r, style="e164"))
            .t(
                f'","rtp_local_sdp_str":"v=0 o=FreeSWITCH {epoch()} {epoch()} IN IP4 {ip_pub4()}","duration":"{rng.randint(1, 900)}"}}}}'
            )
        )

    def c(r):
        return (
            Line()
            .t(f'{{"callflow":[{{"caller_profile":{{"username":"{rng.randint(1000, 1099)}","ani":"')
            .p(phone(r, style="e164"))
            .t('","destination_number":"')
            .p(intl_dial(r))
            .t(f'","network_addr":"{ip_pub4()}","uuid":"{uuid4()}"}}}}]}}')
        )

    def n1(r):
        return Line().t(
            f'{{"core-uuid":"{uuid4()}","variables":{{"uuid":"{uuid4()}","caller_id_number":"{rng.randint(1000, 1019)}","destination_number":"{rng.randint(1000, 1019)}","start_epoch":"{epoch()}","billsec":"{rng.randint(0, 3000)}","read_codec":"PCMA"}}}}'
        )

    def n2(r):
        return Line().t(
            f'{{"variables":{{"caller_id_number":"0000000000","caller_id_name":"UNKNOWN","destination_number":"*98","start_uepoch":"{epoch()}{digits(6)}","rtp_audio_in_media_bytes":"{rng.randint(10**4, 10**8)}"}}}}'
        )

    def n3(r):
        return Line().t(
            f'{{"variables":{{"sip_call_id":"{callid()}","sip_local_network_addr":"{ip_pub4()}","local_media_port":"{rtp_port()}","remote_media_port":"{rtp_port()}","sip_term_status":"{ch([200, 486, 487, 503])}","progresssec":"{rng.randint(0, 20)}"}}}}'
        )

    def n4(r):
        return Line().t(
            f'{{"variables":{{"accountcode":"{digits(8)}","cost_center":"CC-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}","direction":"inbound","billmsec":"{rng.randint(0, 9999999)}","hangup_cause_q850":"{rng.choice([16, 17, 19])}"}}}}'
        )

    return [a, b, c], [n1, n2, n3, n4]


# 12 --------------------------------------------------------------- Cisco CUCM CDR
@family("cucm_cdr", ["US", "CA", "GB", "DE", "JP", "IN", "SG", "MX", "FR", "AE"])
def _():
    def ipint():
        return str(rng.randint(-(2**31), 2**31 - 1))

    def head():
        return f"1,{rng.randint(1, 4)},{rng.randint(10**6, 9 * 10**6)},{rng.randint(10**7, 9 * 10**7)},{epoch()},{rng.randint(1, 4)},0,{ipint()},"

    def tail():
        return f",0,{rng.randint(0, 31)},4,{ipint()},{rtp_port()},{rng.randint(10**7, 9 * 10**7)},{rng.randint(1, 4)},0,{ipint()},"

    def cucmnum(r, plus=True):
        if r in NANP and not plus:
            return phone(r, style="nanp_10")
        return phone(r, style="e164")

    def a(r):
        ph = cucmnum(r, plus=rng.random() < 0.6)
        L = Line().t(head(), '"')
        if ph[0].startswith("+"):
            L.t("\\")
        L.p(ph).t('","",0,0,4,').t(
            f'{ipint()},{rtp_port()},{rng.randint(10**7, 9 * 10**7)},{rng.randint(1, 4)},0,{ipint()},"'
        ).t(
            f'{rng.randint(1000, 9999)}","{rng.randint(1000, 9999)}",{epoch()},{epoch()},{rng.randint(0, 3600)}'
        )
        return L

    def b(r):
        ph = cucmnum(r)
        ph2 = cucmnum(r)
        return (
            Line()
            .t(head(), f'"{rng.randint(1000, 9999)}","jdoe"', tail(), '"\\')
            .p(ph)
            .t('","\\')
            .p(ph2)
            .t(f'",{epoch()},{epoch()},{rng.randint(0, 3600)},"{uuid4()}"')
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(head(), f'"{rng.randint(1000, 9999)}","')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(
                '"',
                tail(),
                f'"{rng.randint(1000, 9999)}","{rng.randint(1000, 9999)}",{epoch()},{epoch()},{rng.randint(0, 3600)}',
            )
        )

    def n1(r):
        return Line().t(
            head(),
            f'"{rng.randint(1000, 9999)}",""',
            tail(),
            f'"{rng.randint(1000, 9999)}","{rng.randint(1000, 9999)}",{epoch()},{epoch()},{rng.randint(0, 3600)},"{uuid4()}"',
        )

    def n2(r):
        return Line().t(
            '"cdrRecordType","globalCallID_callManagerId","globalCallID_callId","origLegCallIdentifier","dateTimeOrigination","origNodeId","origSpan","origIpAddr","callingPartyNumber","callingPartyUnicodeLoginUserID"'
        )

    def n3(r):
        return Line().t(
            f"INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,INTEGER,UNIQUEIDENTIFIER,VARCHAR(50),{epoch()},{rng.randint(10**6, 9 * 10**6)},{ipint()},{ipint()}"
        )

    def n4(r):
        return Line().t(
            head(),
            f'"{rng.randint(1000, 9999)}",""',
            tail(),
            f'"{rng.randint(1000, 9999)}","{rng.randint(1000, 9999)}",0,{epoch()},0,"{uuid4()}","SEP{hexs(12, True)}",{rng.randint(0, 1000)}',
        )

    return [a, b, c], [n1, n2, n3, n4]


# 13 --------------------------------------------------------------- Twilio form webhooks
@family("twilio_webhook_form", ["US", "GB", "AU", "CA", "DE", "MX", "BR", "IE", "JP", "NL"])
def _():
    def sid(p):
        return p + hexs(32)

    def a(r):
        return (
            Line()
            .t(
                f"POST /twilio/voice HTTP/1.1 body: AccountSid={sid('AC')}&ApiVersion=2010-04-01&CallSid={sid('CA')}&CallStatus=ringing&Called="
            )
            .p(phone(r, style="e164"), decode="form")
            .t(f"&CalledCountry={r}&Caller=")
            .p(phone(r, style="e164"), decode="form")
            .t(f"&CallerCountry={r}&Direction=inbound")
        )

    def b(r):
        return (
            Line()
            .t(
                f"sms inbound ToCountry={r}&ToState=&SmsMessageSid={sid('SM')}&NumMedia=0&ToCity=&FromZip={rng.randint(10000, 99999)}&SmsSid={sid('SM')}&FromState=&SmsStatus=received&FromCity=&Body=STOP&FromCountry={r}&To="
            )
            .p(phone(r, style="e164"), decode="form")
            .t("&NumSegments=1&From=")
            .p(phone(r, style="e164"), decode="form")
        )

    def c(r):
        return (
            Line()
            .t(
                f"{iso(ms=True)} twilio-handler status cb MessageStatus=delivered&MessageSid={sid('SM')}&To="
            )
            .p(phone(r, style="intl"), decode="form")
            .t(f"&ErrorCode=&AccountSid={sid('AC')}")
        )

    def d(r):
        return (
            Line()
            .t(f"GET /ivr/gather?Digits={rng.randint(1, 9)}&CallSid={sid('CA')}&From=")
            .p(phone(r, style="e164"), decode="form")
            .t(f"&msg=Gather+End&CallerZip={rng.randint(10000, 99999)} 200 {rng.randint(5, 400)}ms")
        )

    def n1(r):
        return Line().t(
            f"POST /twilio/status HTTP/1.1 body: CallSid={sid('CA')}&CallStatus=completed&CallDuration={rng.randint(1, 900)}&Timestamp=Mon%2C+0{rng.randint(1, 9)}+Dec+2024+10%3A{rng.randint(10, 59)}%3A12+%2B0000&SequenceNumber={rng.randint(0, 9)}"
        )

    def n2(r):
        return Line().t(
            f"sms status MessageStatus=undelivered&ErrorCode={ch([30003, 30005, 30006, 30008])}&MessageSid={sid('SM')}&MessagingServiceSid={sid('MG')}&ApiVersion=2010-04-01"
        )

    def n3(r):
        return Line().t(
            f"POST /twilio/recording body: RecordingSid={sid('RE')}&RecordingDuration={rng.randint(1, 600)}&RecordingChannels=1&RecordingStartTime={epoch()}&RecordingUrl=https%3A%2F%2Fapi.twilio.com%2F2010-04-01%2FAccounts%2F{sid('AC')}%2FRecordings%2F{sid('RE')}"
        )

    def n4(r):
        return Line().t(
            f"X-Twilio-Signature: {alnum(27)}= I-Twilio-Idempotency-Token: {uuid4()} content-length={rng.randint(300, 900)}"
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 14 --------------------------------------------------------------- Twilio REST JSON
@family("twilio_rest_json", ["US", "GB", "IN", "SG", "ZA", "FR", "IT", "ES", "CL", "KR"])
def _():
    def a(r):
        return (
            Line()
            .t(
                f'{{"account_sid":"AC{hexs(32)}","api_version":"2010-04-01","body":"Your code is {digits(6)}","date_created":"Thu, 0{rng.randint(1, 9)} Dec 2024 10:{rng.randint(10, 59)}:05 +0000","direction":"outbound-api","from":"'
            )
            .p(phone(r, style="e164"))
            .t('","to":"')
            .p(phone(r, style="e164"))
            .t(
                f'","num_segments":"1","price":"-0.00{rng.randint(10, 99)}","sid":"SM{hexs(32)}","status":"queued"}}'
            )
        )

    def b(r):
        return (
            Line()
            .t(f'{{"sid":"PN{hexs(32)}","friendly_name":"')
            .p(phone(r, style=ch(["nat", "intl"])))
            .t('","phone_number":"')
            .p(phone(r, style="e164"))
            .t(
                f'","capabilities":{{"voice":true,"sms":true,"mms":false}},"address_requirements":"none","date_created":"{iso()}"}}'
            )
        )

    def c(r):
        return (
            Line()
            .t(f'{{"caller_name":null,"country_code":"{r}","phone_number":"')
            .p(phone(r, style="e164"))
            .t('","national_format":"')
            .p(phone(r, style="nat"))
            .t(
                '","carrier":{"mobile_country_code":"'
                + MCC[r]
                + f'","mobile_network_code":"0{rng.randint(1, 9)}","name":"{ch(["Vodafone", "Orange", "Telefonica", "Airtel", "MTN"])}","type":"mobile","error_code":null}}}}'
            )
        )

    def n1(r):
        return Line().t(
            '{"code":21211,"message":"Invalid \'To\' Phone Number","more_info":"https://www.twilio.com/docs/errors/21211","status":400}'
        )

    def n2(r):
        return Line().t(
            f'{{"sid":"CA{hexs(32)}","duration":"{rng.randint(1, 900)}","start_time":"{iso()}","price":"-0.0{rng.randint(100, 999)}","price_unit":"USD","status":"completed","queue_time":"{rng.randint(0, 9999)}"}}'
        )

    def n3(r):
        return Line().t(
            f'{{"first_page_uri":"/2010-04-01/Accounts/AC{hexs(32)}/Messages.json?PageSize=50&Page=0","page":{rng.randint(0, 20)},"page_size":50,"end":{rng.randint(49, 999)}}}'
        )

    def n4(r):
        return Line().t(
            f'{{"sid":"VE{hexs(32)}","service_sid":"VA{hexs(32)}","channel":"sms","status":"approved","valid":true,"amount":null,"date_updated":"{iso()}"}}'
        )

    return [a, b, c], [n1, n2, n3, n4]


# 15 --------------------------------------------------------------- Vonage webhooks
@family("vonage_webhook", ["GB", "DE", "FR", "NL", "IN", "AU", "HK", "NO", "RU", "TH"])
def _():
    def a(r):
        return (
            Line()
            .t("GET /webhooks/inbound-sms?msisdn=")
            .p(phone(r, style="bare"))
            .t("&to=")
            .p(phone(r, style="bare"))
            .t(
                f"&messageId={hexs(16, True)}&text=Hello+world&type=text&keyword=HELLO&api-key={hexs(8)}&message-timestamp=2024-12-0{rng.randint(1, 9)}+10%3A{rng.randint(10, 59)}%3A00"
            )
        )

    def b(r):
        return (
            Line()
            .t('{"from":"')
            .p(phone(r, style="bare"))
            .t('","to":"')
            .p(phone(r, style="bare"))
            .t(
                f'","uuid":"{hexs(32)}","conversation_uuid":"CON-{uuid4()}","status":"answered","direction":"inbound","timestamp":"{iso(ms=True)}"}}'
            )
        )

    def c(r):
        return (
            Line()
            .t('{"msisdn":"')
            .p(phone(r, style="bare"))
            .t(
                f'","to":"{ch(["VONAGE", "AcmeBank", "Verify"])}","network-code":"{MCC[r]}{rng.randint(10, 99)}","messageId":"{hexs(16, True)}","price":"0.0{rng.randint(100, 999)}","status":"delivered","scts":"{rng.randint(2401010000, 2412312359)}","err-code":"0"}}'
            )
        )

    def d(r):
        return (
            Line()
            .t('{"to":{"type":"phone","number":"')
            .p(phone(r, style="bare"))
            .t('"},"from":{"type":"phone","number":"')
            .p(phone(r, style="bare"))
            .t(
                '"},"answer_url":["https://example.net/ncco"],"event_url":["https://example.net/events"]}'
            )
        )

    def n1(r):
        return Line().t(
            f'{{"uuid":"{hexs(32)}","conversation_uuid":"CON-{uuid4()}","status":"completed","duration":"{rng.randint(1, 900)}","rate":"0.0{rng.randint(1000, 9999)}","price":"0.0{rng.randint(1000, 9999)}","network":"{MCC[r]}0{rng.randint(1, 9)}","start_time":"{iso()}"}}'
        )

    def n2(r):
        return Line().t(
            f"GET /webhooks/delivery-receipt?network-code={MCC[r]}{rng.randint(10, 99)}&messageId={hexs(16, True)}&price=0.03330000&status=delivered&scts={rng.randint(2401010000, 2412312359)}&err-code=0&api-key={hexs(8)}&message-timestamp={sqlts().replace(' ', '+').replace(':', '%3A')}"
        )

    def n3(r):
        return Line().t(
            f'{{"type":"https://developer.nexmo.com/api-errors#throttled","title":"Throttled","detail":"Please wait, then retry your request","instance":"{uuid4()}","retry_after":{rng.randint(1, 60)}}}'
        )

    def n4(r):
        return Line().t(
            f'{{"message-count":"1","messages":[{{"message-id":"{hexs(16, True)}","status":"0","remaining-balance":"{rng.randint(1, 999)}.{digits(8)}","message-price":"0.0{digits(7)}","network":"{MCC[r]}{rng.randint(10, 99)}"}}]}}'
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 16 --------------------------------------------------------------- WhatsApp Cloud API webhook
@family("whatsapp_webhook", ["BR", "IN", "ID", "MX", "NG", "EG", "PK", "AR", "CO", "TR"])
def _():
    def biz(r):
        return (
            phone(r, style="bare", kind="fixed")
            if rng.random() < 0.5
            else phone("US", style="bare")
        )

    def a(r):
        f, l = person(r)
        wa = phone(r, style="bare", kind="mobile")
        return (
            Line()
            .t('{"messaging_product":"whatsapp","metadata":{"display_phone_number":"')
            .p(biz(r))
            .t(
                f'","phone_number_id":"{digits(15, True)}"}},"contacts":[{{"profile":{{"name":"{f} {l}"}},"wa_id":"'
            )
            .p(wa)
            .t('"}],"messages":[{"from":"')
            .p(wa)
            .t(
                f'","id":"wamid.HBgL{alnum(40)}","timestamp":"{epoch()}","type":"text","text":{{"body":"Olá"}}}}]}}'
            )
        )

    def b(r):
        return (
            Line()
            .t(
                f'{{"statuses":[{{"id":"wamid.HBgL{alnum(40)}","status":"{ch(["sent", "delivered", "read"])}","timestamp":"{epoch()}","recipient_id":"'
            )
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f'","conversation":{{"id":"{hexs(32)}","origin":{{"type":"utility"}}}},"pricing":{{"billable":true,"pricing_model":"CBP","category":"utility"}}}}]}}'
            )
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(
                f'{{"type":"contacts","contacts":[{{"name":{{"formatted_name":"{f} {l}"}},"phones":[{{"phone":"'
            )
            .p(phone(r, style=ch(["intl", "nat"]), kind="mobile"))
            .t('","wa_id":"')
            .p(phone(r, style="bare", kind="mobile"))
            .t('","type":"CELL"}],"emails":[{"email":"')
            .e(email_for(r, f, l))
            .t('","type":"WORK"}]}]}')
        )

    def d(r):
        return (
            Line()
            .t(
                f'POST https://graph.facebook.com/v19.0/{digits(15, True)}/messages {{"messaging_product":"whatsapp","to":"'
            )
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f'","type":"template","template":{{"name":"order_update","language":{{"code":"pt_BR"}}}}}} -> 200 {rng.randint(80, 900)}ms'
            )
        )

    def n1(r):
        return Line().t(
            f'{{"object":"whatsapp_business_account","entry":[{{"id":"{digits(15, True)}","changes":[{{"field":"message_template_status_update","value":{{"event":"APPROVED","message_template_id":{digits(15, True)},"message_template_name":"order_update"}}}}]}}]}}'
        )

    def n2(r):
        return Line().t(
            f'{{"error":{{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_subcode":{rng.randint(2000000, 2999999)},"fbtrace_id":"{alnum(23)}"}}}}'
        )

    def n3(r):
        return Line().t(
            f'{{"statuses":[{{"id":"wamid.HBgL{alnum(40)}","status":"failed","timestamp":"{epoch()}","errors":[{{"code":131026,"title":"Message undeliverable"}}]}}]}}'
        )

    def n4(r):
        return Line().t(
            f"GET /webhook?hub.mode=subscribe&hub.challenge={digits(10, True)}&hub.verify_token={alnum(16)} 200"
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 17 --------------------------------------------------------------- SMPP PDU log
@family("smpp_pdu_log", ["DE", "GB", "ZA", "KE", "IN", "PH", "MY", "AE", "CZ", "SE"])
def _():
    def pre():
        d = tparts()
        return f"{d:%Y-%m-%d %H:%M:%S},{rng.randint(0, 999):03d} {ch(['DEBUG', 'INFO'])} smpp.{ch(['client', 'smsc', 'esme'])}[{ch(['smsc-a', 'bind-tx1', 'jasmin'])}] "

    def a(r):
        return (
            Line()
            .t(
                pre(),
                f"PDU submit_sm seq={rng.randint(1, 2**31)} service_type='' source_addr_ton=5 source_addr_npi=0 source_addr='{ch(['AcmeBank', 'VERIFY', 'Uber', 'INFO'])}' dest_addr_ton=1 dest_addr_npi=1 destination_addr='",
            )
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f"' esm_class=0 registered_delivery=1 data_coding=0 sm_length={rng.randint(20, 160)}"
            )
        )

    def b(r):
        return (
            Line()
            .t(
                pre(),
                f"PDU deliver_sm seq={rng.randint(1, 2**31)} source_addr_ton=1 source_addr_npi=1 source_addr='",
            )
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f"' dest_addr_ton=0 destination_addr='{rng.randint(1000, 99999)}' esm_class=0 short_message='STOP'"
            )
        )

    def c(r):
        return (
            Line()
            .t(
                pre(),
                f"PDU submit_sm seq={rng.randint(1, 2**31)} source_addr_ton=1 source_addr_npi=1 source_addr='",
            )
            .p(phone(r, style="bare"))
            .t("' dest_addr_ton=1 dest_addr_npi=1 destination_addr='")
            .p(phone(r, style="bare", kind="mobile"))
            .t("' short_message='Call us on ")
            .p(phone(r, style="nat"))
            .t("'")
        )

    def d(r):
        return (
            Line()
            .t(pre(), "DLR deliver_sm esm_class=4 source_addr='")
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f"' short_message='id:{digits(10)} sub:001 dlvrd:001 submit date:{rng.randint(2401010000, 2412312359)} done date:{rng.randint(2401010000, 2412312359)} stat:DELIVRD err:000 text:Your code is'"
            )
        )

    def n1(r):
        return Line().t(
            pre(),
            f"PDU submit_sm_resp seq={rng.randint(1, 2**31)} command_status=0x00000000 message_id='{hexs(8)}-{hexs(4)}-{hexs(4)}'",
        )

    def n2(r):
        return Line().t(
            pre(),
            f"PDU bind_transceiver seq=1 system_id='{ch(['acme01', 'smppclient1', 'gw_tx'])}' password='********' system_type='' interface_version=0x34 addr_ton=0 addr_npi=0 address_range=''",
        )

    def n3(r):
        return Line().t(
            pre(),
            f"PDU enquire_link seq={rng.randint(1, 2**31)} command_length=16 command_id=0x00000015 command_status=0x00000000",
        )

    def n4(r):
        return Line().t(
            pre(),
            f"PDU submit_sm_resp seq={rng.randint(1, 2**31)} command_status=0x00000058 (ESME_RTHROTTLED) window={rng.randint(1, 50)} throughput={rng.randint(10, 500)}/s",
        )

    def n5(r):
        return Line().t(
            pre(),
            f"DLR id:{digits(10)} sub:001 dlvrd:000 submit date:{rng.randint(2401010000, 2412312359)} done date:{rng.randint(2401010000, 2412312359)} stat:UNDELIV err:{rng.randint(1, 255):03d} imsi={imsi(r)}",
        )

    return [a, b, c, d], [n1, n2, n3, n4, n5]


# 18 --------------------------------------------------------------- Kannel access log
@family("kannel_access_log", ["NG", "GH", "KE", "TZ", "PK", "BR", "PE", "VN", "TH", "MA"])
def _():
    def pre(act="Sent SMS"):
        return f"{sqlts()} {act} [SMSC:{ch(['smsc1', 'mtn_ng', 'safaricom', 'vodacom_tz', 'jazz'])}] [SVC:{ch(['tester', 'otp', 'promo'])}] [ACT:] [BINF:] [FID:{hexs(8)}] [META:?smpp?] "

    def a(r):
        return (
            Line()
            .t(pre(), "[from:")
            .p(phone(r, style=ch(["e164", "bare"])))
            .t("] [to:")
            .p(phone(r, style=ch(["e164", "bare"]), kind="mobile"))
            .t(
                f"] [flags:-1:0:-1:0:{rng.randint(-1, 31)}] [msg:{rng.randint(5, 160)}:Your PIN is {digits(4)}] [udh:0:]"
            )
        )

    def b(r):
        return (
            Line()
            .t(pre("Receive SMS"), "[from:")
            .p(phone(r, style="e164", kind="mobile"))
            .t(f"] [to:{rng.randint(100, 99999)}] [flags:-1:0:-1:0:-1] [msg:4:HELP] [udh:0:]")
        )

    def c(r):
        return (
            Line()
            .t(pre("Sent SMS"), f"[from:{ch(['INFO', 'OTP', 'MyBank'])}] [to:")
            .p(phone(r, style="nat_nosep", kind="mobile"))
            .t("] [flags:-1:0:-1:0:-1] [msg:42:Call ")
            .p(phone(r, style="nat"))
            .t(" for help] [udh:0:]")
        )

    def n1(r):
        return Line().t(
            pre("DLR SMS"),
            f"[from:{ch(['INFO', 'OTP'])}] [to:] [flags:-1:0:-1:0:1] [msg:{rng.randint(20, 99)}:id:{digits(10)} sub:001 dlvrd:001 submit date:{rng.randint(2401010000, 2412312359)} done date:{rng.randint(2401010000, 2412312359)} stat:DELIVRD err:000] [udh:0:]",
        )

    def n2(r):
        return Line().t(
            f"{sqlts()} [{rng.randint(1000, 40000)}] [{rng.randint(1, 9)}] INFO: SMPP[{ch(['smsc1', 'mtn_ng'])}]: connection to {ip_pub4()}:{rng.choice([2775, 2776, 3700])} established, throughput {rng.randint(10, 300)} msg/s"
        )

    def n3(r):
        return Line().t(
            f"{sqlts()} [{rng.randint(1000, 40000)}] [{rng.randint(1, 9)}] WARNING: SMPP[{ch(['smsc1', 'jazz'])}]: Got DELIVER REPORT but could not find message or was not interested in it id<{hexs(8)}> dst<{rng.randint(10000, 99999)}>, type<1>"
        )

    def n4(r):
        return Line().t(
            pre("Failed SMS"),
            f"[from:OTP] [to:] [flags:-1:0:-1:0:-1] [msg:0:] [udh:0:] reason=ESME_RINVDSTADR seq={rng.randint(1, 99999999)}",
        )

    return [a, b, c], [n1, n2, n3, n4]


# 19 --------------------------------------------------------------- USSD gateway
@family("ussd_gateway", ["KE", "NG", "GH", "TZ", "ZA", "EG", "IN", "PK", "ID", "PH"])
def _():
    def a(r):
        return (
            Line()
            .t(
                f"POST /ussd/callback sessionId=ATUid_{hexs(32)}&serviceCode=%2A{rng.randint(100, 999)}%2A{rng.randint(1, 99)}%23&phoneNumber="
            )
            .p(phone(r, style="e164", kind="mobile"), decode="form")
            .t(f"&text=1%2A{rng.randint(1, 9)}&networkCode={MCC[r]}0{rng.randint(1, 9)}")
        )

    def b(r):
        return (
            Line()
            .t(f"{sqlts()} [USSD] BEGIN session=0x{hexs(6)} msisdn=")
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f" imsi={imsi(r)} code=*{rng.randint(100, 999)}*{rng.randint(0, 9)}# dialog={rng.randint(1, 2**31)} vlr="
            )
            .t(str(pn.country_code_for_region(r)) + digits(8))
            .t(" tcap=BEGIN")
        )

    def c(r):
        return (
            Line()
            .t(f"{sqlts()} [USSD] CONTINUE session=0x{hexs(6)} msisdn=")
            .p(phone(r, style="bare", kind="mobile"))
            .t(" menu=airtime_transfer input=")
            .p(phone(r, style="nat_nosep", kind="mobile"))
            .t(f" amount={rng.randint(10, 1000)}.00")
        )

    def d(r):
        f, l = person(r)
        return (
            Line()
            .t(f"{sqlts()} [USSD] END session=0x{hexs(6)} msisdn=")
            .p(phone(r, style="e164", kind="mobile"))
            .t(f' reply="Dear {f}, your statement was sent to ')
            .e(email_for(r, f, l, company=False))
            .t('"')
        )

    def n1(r):
        return Line().t(
            f"{sqlts()} [USSD] BEGIN session=0x{hexs(6)} code=*{rng.randint(100, 999)}# imsi={imsi(r)} imei={imei()} cell={MCC[r]}-0{rng.randint(1, 9)}-{rng.randint(1000, 65535)}-{rng.randint(1, 65535)}"
        )

    def n2(r):
        return Line().t(
            f"{sqlts()} [USSD] ABORT session=0x{hexs(6)} dialog={rng.randint(1, 2**31)} reason=timeout after {rng.randint(10, 180)}s menu_depth={rng.randint(1, 6)}"
        )

    def n3(r):
        return Line().t(
            f"POST /ussd/callback sessionId=ATUid_{hexs(32)}&serviceCode=%2A{rng.randint(100, 999)}%23&text=2%2A{digits(4)}%2A{rng.randint(100, 9999)}&networkCode={MCC[r]}0{rng.randint(1, 9)} 200 {rng.randint(20, 900)}ms"
        )

    def n4(r):
        return Line().t(
            f"{sqlts()} [USSD] CONTINUE session=0x{hexs(6)} menu=pay_bill input={digits(6)}*{digits(10)} account=ACC-{digits(8)} amount={rng.randint(100, 99999)}.00 txn={hexs(10, True)}"
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 20 --------------------------------------------------------------- HLR lookup results
@family("hlr_lookup", ["DE", "GB", "IT", "ES", "BR", "IN", "RU", "CN", "AU", "NG"])
def _():
    def a(r):
        return (
            Line()
            .t('{"id":"' + hexs(32) + '","msisdn":"')
            .p(phone(r, style="e164", kind="mobile"))
            .t(
                f'","connectivity_status":"CONNECTED","mccmnc":"{MCC[r]}0{rng.randint(1, 9)}","mcc":"{MCC[r]}","imsi":"{imsi(r)[:8]}*******","ported":{ch(["true", "false"])},"original_network_name":"{ch(["Vodafone", "TIM", "Movistar", "Airtel", "MegaFon", "Telstra"])}","is_roaming":false}}'
            )
        )

    def b(r):
        return (
            Line()
            .t(f'{{"href":"https://rest.messagebird.com/hlr/{hexs(32)}","msisdn":')
            .p(phone(r, style="bare", kind="mobile"))
            .t(
                f',"network":{MCC[r]}0{rng.randint(1, 9)},"reference":"ref-{digits(6)}","status":"active","createdDatetime":"{iso()}"}}'
            )
        )

    def c(r):
        return (
            Line()
            .p(phone(r, style="bare", kind="mobile"))
            .t(f";DELIVERED;{MCC[r]}{rng.randint(10, 99)};0;{imsi(r)};0.00{rng.randint(10, 99)}")
        )

    def d(r):
        return (
            Line()
            .t(f"{sqlts()} hlr-worker[{rng.randint(100, 9999)}] lookup number=")
            .p(phone(r, style=ch(["e164", "intl"]), kind="mobile"))
            .t(f" result=ABSENT_SUBSCRIBER err=27 latency={rng.randint(50, 3000)}ms")
        )

    def n1(r):
        return Line().t(
            f'{{"id":"{hexs(32)}","connectivity_status":"INVALID_MSISDN","error_code":"{rng.randint(1, 99)}","mccmnc":null,"imsi":null,"cost":"0.0{rng.randint(10, 99)}","timestamp":{epoch()}}}'
        )

    def n2(r):
        return Line().t(
            f"{sqlts()} hlr-worker[{rng.randint(100, 9999)}] batch {uuid4()} done: {rng.randint(100, 99999)} lookups, {rng.randint(0, 999)} failed, credits left {rng.randint(1000, 999999)}.{digits(2)}"
        )

    def n3(r):
        return Line().t(
            f"{rng.randint(10**9, 9 * 10**9)};DELIVERED;{MCC[r]}{rng.randint(10, 99)};1;{imsi(r)};0.00{rng.randint(10, 99)}"
        )

    def n4(r):
        return Line().t(
            f'{{"imsi":"{imsi(r)}","msc":null,"iccid":"{iccid(r)}","mccmnc":"{MCC[r]}0{rng.randint(1, 9)}","status":"DELIVERED"}}'
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 21 --------------------------------------------------------------- RADIUS accounting
@family("radius_acct", ["DE", "FR", "US", "JP", "KR", "TR", "SA", "PL", "BR", "AU"])
def _():
    def pre():
        d = tparts()
        return f"{DOW[d.weekday()]} {MON[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year} : "

    def a(r):
        return (
            Line()
            .t(
                pre(),
                f'Acct-Status-Type = Start, Acct-Session-Id = "{hexs(8, True)}", Framed-IP-Address = {ip_priv()}, 3GPP-IMSI = "{imsi(r)}", Calling-Station-Id = "',
            )
            .p(phone(r, style="bare", kind="mobile"))
            .t(f'", Called-Station-Id = "internet", 3GPP-IMEISV = "{imei()[:14]}{digits(2)}"')
        )

    def b(r):
        return (
            Line()
            .t(
                pre(),
                f'Acct-Status-Type = Stop, h323-conf-id = "{hexs(8, True)} {hexs(8, True)} {hexs(8, True)} {hexs(8, True)}", Calling-Station-Id = "',
            )
            .p(phone(r, style=ch(["bare", "nat_nosep"])))
            .t('", Called-Station-Id = "')
            .p(intl_dial(r))
            .t(f'", Acct-Session-Time = {rng.randint(1, 9000)}, h323-disconnect-cause = "10"')
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(pre(), 'Acct-Status-Type = Interim-Update, User-Name = "')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(
                f'", NAS-IP-Address = {ip_priv()}, Calling-Station-Id = "{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}", Called-Station-Id = "{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}-{hexs(2, True)}:CorpWiFi", Acct-Input-Octets = {rng.randint(10**5, 10**9)}'
            )
        )

    def d(r):
        return (
            Line()
            .t(pre(), f'Auth: ("{rng.randint(1, 99999)}") Login OK: [')
            .p(phone(r, style="e164", kind="mobile"))
            .t(f"] (from client pgw-{rng.randint(1, 4)} port {rng.randint(0, 65535)} cli ")
            .p(phone(r, style="bare", kind="mobile"))
            .t(")")
        )

    def n1(r):
        return Line().t(
            pre(),
            f'Acct-Status-Type = Stop, Acct-Session-Id = "{hexs(16, True)}", Calling-Station-Id = "{":".join(hexs(2) for _ in range(6))}", Called-Station-Id = "{"-".join(hexs(2, True) for _ in range(6))}:eduroam", Acct-Session-Time = {rng.randint(1, 90000)}, Acct-Output-Octets = {rng.randint(10**5, 10**9)}',
        )

    def n2(r):
        return Line().t(
            pre(),
            f'Acct-Status-Type = Start, 3GPP-IMSI = "{imsi(r)}", 3GPP-Charging-Id = {rng.randint(10**8, 4 * 10**9)}, 3GPP-SGSN-MCC-MNC = "{MCC[r]}0{rng.randint(1, 9)}", Framed-IP-Address = {ip_priv()}, NAS-Port = {rng.randint(0, 65535)}',
        )

    def n3(r):
        return Line().t(
            pre(),
            f'Auth: ("{rng.randint(1, 99999)}") Login incorrect (mschap: MS-CHAP2-Response is incorrect): [jdoe{rng.randint(1, 99)}] (from client ap-{rng.randint(1, 40)} port {rng.randint(0, 999)} cli {"-".join(hexs(2, True) for _ in range(6))})',
        )

    def n4(r):
        return Line().t(
            pre(),
            f'Acct-Status-Type = Interim-Update, Acct-Session-Id = "{hexs(8)}", Acct-Multi-Session-Id = "{hexs(16)}", Event-Timestamp = "{MON[rng.randint(0, 11)]} {rng.randint(1, 28)} 2024 10:{rng.randint(10, 59)}:00 UTC", Acct-Delay-Time = {rng.randint(0, 9)}',
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 22 --------------------------------------------------------------- LDIF export
@family("ldif_export", ["DE", "FR", "CH", "AT", "NL", "IT", "SE", "GB", "US", "JP"])
def _():
    def a(r):
        return (
            Line()
            .t("telephoneNumber: ")
            .p(phone(r, kind="fixed"), ext=ext_suffix() if rng.random() < 0.3 else None)
        )

    def b(r):
        return Line().t("mobile: ").p(phone(r, kind="mobile"))

    def c(r):
        return Line().t("facsimileTelephoneNumber: ").p(phone(r, kind="fixed"))

    def d(r):
        f, l = person(r)
        return Line().t("mail: ").e(email_for(r, f, l, company=ch(COMPANIES)))

    def e_(r):
        f, l = person(r)
        c = ch(COMPANIES)
        return (
            Line()
            .t(
                f"dn: uid={ascii_fold(f[0] + l).lower().replace(' ', '')},ou=People,dc={c},dc={TLD[r].split('.')[-1]}  mail: "
            )
            .e(email_for(r, f, l, company=c))
            .t("  homePhone: ")
            .p(phone(r))
        )

    def n1(r):
        f, l = person(r)
        return Line().t(
            f"dn: cn={f} {l},ou={ch(['Sales', 'Engineering', 'Finance'])},dc={ch(COMPANIES)},dc={TLD[r].split('.')[-1]}"
        )

    def n2(r):
        return Line().t(f"employeeNumber: {digits(6)}")

    def n3(r):
        return Line().t(
            f"uidNumber: {rng.randint(10000, 60000)}  gidNumber: {rng.randint(100, 9999)}  postalCode: {rng.randint(10000, 99999)}"
        )

    def n4(r):
        return Line().t(
            f"createTimestamp: {tparts():%Y%m%d%H%M%S}Z  modifyTimestamp: {tparts():%Y%m%d%H%M%S}Z  entryUUID: {uuid4()}"
        )

    def n5(r):
        return Line().t(
            f"departmentNumber: {rng.randint(1000, 9999)}-{rng.randint(100, 999)}  roomNumber: {rng.randint(1, 9)}.{rng.randint(100, 999)}  cn:: {alnum(12)}=="
        )

    return [a, b, c, d, e_], [n1, n2, n3, n4, n5]


# 23 --------------------------------------------------------------- Active Directory PowerShell output
@family("ad_powershell", ["US", "GB", "DE", "CA", "AU", "IN", "ZA", "SG", "IE", "NL"])
def _():
    def a(r):
        return (
            Line()
            .t("OfficePhone                          : ")
            .p(phone(r, kind="fixed"), ext=ext_suffix() if rng.random() < 0.4 else None)
        )

    def b(r):
        return Line().t("MobilePhone                          : ").p(phone(r, kind="mobile"))

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t("EmailAddress                         : ")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
        )

    def d(r):
        return (
            Line()
            .t("otherTelephone                       : {")
            .p(phone(r, kind="fixed"))
            .t(", ")
            .p(phone(r, kind="fixed"))
            .t("}")
        )

    def e_(r):
        f, l = person(r)
        sam = ascii_fold(f[0] + l).lower().replace(" ", "")
        return (
            Line()
            .t(f"{sam:<16}{f} {l:<18}")
            .p(phone(r, kind="fixed"))
            .t("   ")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f"   {ch(['Sales', 'IT', 'Finance'])}")
        )

    def n1(r):
        return Line().t(f"ObjectGUID                           : {uuid4()}")

    def n2(r):
        return Line().t(
            f"SID                                  : S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**8, 4 * 10**9)}-{rng.randint(1000, 99999)}"
        )

    def n3(r):
        return Line().t(
            f"EmployeeID                           : {digits(6)}    ipPhone : {rng.randint(1000, 9999)}"
        )

    def n4(r):
        return Line().t(
            f"LastLogonDate                        : {rng.randint(1, 12)}/{rng.randint(1, 28)}/2024 {rng.randint(1, 12)}:{rng.randint(10, 59)}:{rng.randint(10, 59)} {ch(['AM', 'PM'])}   badPwdCount : {rng.randint(0, 5)}"
        )

    def n5(r):
        return Line().t(
            f"pwdLastSet                           : {rng.randint(133000000000000000, 133800000000000000)}    uSNChanged : {rng.randint(10**5, 10**8)}"
        )

    return [a, b, c, d, e_], [n1, n2, n3, n4, n5]


# 24 --------------------------------------------------------------- vCard 3.0
@family("vcard3", ["US", "MX", "BR", "FR", "ES", "CN", "KR", "TH", "IL", "CL"])
def _():
    def a(r):
        return (
            Line()
            .t("TEL;TYPE=WORK,VOICE:")
            .p(phone(r, kind="fixed"), ext=ext_suffix() if rng.random() < 0.3 else None)
        )

    def b(r):
        return Line().t("TEL;TYPE=CELL:").p(phone(r, kind="mobile"))

    def c(r):
        f, l = person(r)
        return Line().t("EMAIL;TYPE=INTERNET,PREF:").e(email_for(r, f, l))

    def d(r):
        return Line().t("item1.TEL;type=pref:").p(phone(r)).t("  item1.X-ABLabel:_$!<Mobile>!$_")

    def e_(r):
        return Line().t("TEL;TYPE=FAX:").p(phone(r, kind="fixed"))

    def n1(r):
        return Line().t(
            f"ADR;TYPE=WORK:;;{rng.randint(1, 999)} Main St;Springfield;;{rng.randint(10000, 99999)};{r}"
        )

    def n2(r):
        return Line().t(f"REV:{iso()}  UID:{uuid4()}  X-ABUID:{uuid4().upper()}:ABPerson")

    def n3(r):
        return Line().t(
            f"BDAY:{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}  X-EMPLOYEE-ID:{digits(7)}"
        )

    def n4(r):
        return Line().t(
            f"ORG:{ch(COMPANIES).title()};Cost Centre {rng.randint(1000, 9999)}  TITLE:Engineer  PRODID:-//Apple Inc.//iPhone OS 17.{rng.randint(0, 6)}.{rng.randint(0, 3)}//EN"
        )

    return [a, b, c, d, e_], [n1, n2, n3, n4]


# 25 --------------------------------------------------------------- vCard 4.0
@family("vcard4", ["US", "CA", "FR", "DE", "JP", "AU", "NZ", "GR", "NO", "SA"])
def _():
    def a(r):
        t, reg = phone(r, style=ch(["e164", "intl_dash"]), kind="fixed")
        return (
            Line()
            .t('TEL;VALUE=uri;PREF=1;TYPE="voice,work":tel:')
            .p((t, reg), ext=ext_suffix(uri=True) if rng.random() < 0.5 else None)
        )

    def b(r):
        t, reg = phone(r, style=ch(["e164", "intl_dash"]), kind="mobile")
        return Line().t('TEL;VALUE=uri;TYPE="cell,text":tel:').p((t, reg))

    def c(r):
        f, l = person(r)
        return Line().t("EMAIL;TYPE=work:").e(email_for(r, f, l, company=ch(COMPANIES)))

    def d(r):
        return Line().t("TEL;TYPE=home;VALUE=text:").p(phone(r, style="nat"))

    def n1(r):
        return Line().t(
            f"GEO:geo:{rng.uniform(-60, 60):.6f},{rng.uniform(-170, 170):.6f}  TZ:{ch(['-0500', '+0100', '+0900', '+1000'])}"
        )

    def n2(r):
        return Line().t(f"UID:urn:uuid:{uuid4()}  REV:{tparts():%Y%m%dT%H%M%SZ}")

    def n3(r):
        return Line().t(
            f"CLIENTPIDMAP:1;urn:uuid:{uuid4()}  KEY;MEDIATYPE=application/pgp-keys:https://keys.example.org/{hexs(16, True)}"
        )

    def n4(r):
        return Line().t(
            f"ADR;TYPE=work:;;{rng.randint(1, 999)} Rue Nationale;Paris;;{rng.randint(10000, 99999)};France  ANNIVERSARY:{rng.randint(1990, 2020)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 26 --------------------------------------------------------------- Salesforce CSV export
@family("salesforce_csv", ["US", "GB", "DE", "FR", "JP", "BR", "AU", "IN", "CA", "IT"])
def _():
    def sid(p):
        return p + "5" + ch("gGhH") + "0000" + alnum(8) + ch(["AAA", "AAB", "QAE", "IAW"])

    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(f'"{sid("003")}","{f}","{l}","')
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t('","')
            .p(phone(r, kind="fixed"))
            .t('","')
            .p(phone(r, kind="mobile"))
            .t(
                f'","{rng.randint(10000, 99999)}","{sid("001")}","{iso(ms=True).replace("Z", "+0000")}"'
            )
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f'"{sid("00Q")}","{f}","{l}","{ch(COMPANIES).title()}","')
            .p(phone(r))
            .t(f'","","Web","Open - Not Contacted","{iso(ms=True).replace("Z", "+0000")}"')
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(f'"{sid("003")}","{f}","{l}","')
            .e(email_for(r, f, l))
            .t(
                f'","","","{rng.randint(10000, 99999)}","{sid("001")}","{iso(ms=True).replace("Z", "+0000")}"'
            )
        )

    def n1(r):
        return Line().t(
            '"Id","FirstName","LastName","Email","Phone","MobilePhone","MailingPostalCode","AccountId","CreatedDate"'
        )

    def n2(r):
        f, l = person(r)
        return Line().t(
            f'"{sid("003")}","{f}","{l}","","","","{rng.randint(10000, 99999)}","{sid("001")}","{iso(ms=True).replace("Z", "+0000")}"'
        )

    def n3(r):
        return Line().t(
            f'"{sid("006")}","Renewal FY{rng.randint(24, 26)}","{rng.randint(1000, 999999)}.00","Closed Won","{rng.randint(10, 100)}","{sid("001")}","{tparts():%Y-%m-%d}"'
        )

    def n4(r):
        return Line().t(
            f'"{sid("500")}","{digits(8)}","High","Escalated","Phone","{sid("003")}","{iso(ms=True).replace("Z", "+0000")}"'
        )

    return [a, b, c], [n1, n2, n3, n4]


# 27 --------------------------------------------------------------- Zendesk JSON export
@family("zendesk_json", ["GB", "US", "ES", "PT", "PL", "CZ", "TR", "AE", "HK", "NZ"])
def _():
    def a(r):
        f, l = person(r)
        uid = digits(12, True)
        return (
            Line()
            .t(
                f'{{"id":{uid},"url":"https://acme.zendesk.com/api/v2/users/{uid}.json","name":"{f} {l}","email":"'
            )
            .e(email_for(r, f, l))
            .t('","phone":"')
            .p(phone(r, style=ch(["e164", "intl", "nat"])))
            .t(
                f'","time_zone":"London","role":"end-user","organization_id":{digits(12, True)},"created_at":"{iso()}"}}'
            )
        )

    def b(r):
        _f, _l = person(r)
        return (
            Line()
            .t(f'{{"id":{digits(12, True)},"type":"phone_number","value":"')
            .p(phone(r, style="e164"))
            .t(f'","verified":true,"primary":true,"created_at":"{iso()}"}}')
        )

    def c(r):
        f, _l = person(r)
        return (
            Line()
            .t(
                f'{{"ticket_id":{rng.randint(10000, 999999)},"via":{{"channel":"voice","source":{{"from":{{"formatted_phone":"'
            )
            .p(phone(r, style="intl"))
            .t('","phone":"')
            .p(phone(r, style="e164"))
            .t('"},"to":{"formatted_phone":"')
            .p(phone(r, style="intl", kind="fixed"))
            .t(f'"}}}}}},"subject":"Call from {f}"}}')
        )

    def d(r):
        f, l = person(r)
        return (
            Line()
            .t(
                f'{{"ticket_id":{rng.randint(10000, 999999)},"requester":{{"name":"{f} {l}","email":"'
            )
            .e(email_for(r, f, l))
            .t('"},"comment":{"body":"Please call me back on ')
            .p(phone(r))
            .t('"}}')
        )

    def n1(r):
        return Line().t(
            f'{{"id":{digits(12, True)},"name":"Caller +{pn.country_code_for_region(r)} ***","email":null,"phone":null,"role":"end-user","created_at":"{iso()}"}}'
        )

    def n2(r):
        return Line().t(
            f'{{"audit_id":{digits(13, True)},"ticket_id":{rng.randint(10000, 999999)},"events":[{{"id":{digits(13, True)},"type":"Change","field_name":"priority","value":"urgent","previous_value":"normal"}}]}}'
        )

    def n3(r):
        return Line().t(
            f'{{"call":{{"id":{digits(12, True)},"duration":{rng.randint(1, 3600)},"wait_time":{rng.randint(0, 900)},"recording_url":"https://acme.zendesk.com/v2/calls/{digits(10)}/recording","agent_id":{digits(12, True)}}}}}'
        )

    def n4(r):
        return Line().t(
            f'{{"next_page":"https://acme.zendesk.com/api/v2/incremental/users.json?start_time={epoch()}","end_time":{epoch()},"count":{rng.randint(1, 1000)}}}'
        )

    return [a, b, c, d], [n1, n2, n3, n4]


# 28 --------------------------------------------------------------- HubSpot CSV export
@family(
    "hubspot_csv", ["US", "GB", "DE", "NL", "SE", "DK" if False else "NO", "AU", "SG", "MY", "CO"]
)
def _():
    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(f'{digits(11, True)},"{f}","{l}","')
            .e(email_for(r, f, l))
            .t('","')
            .p(phone(r, kind="fixed"))
            .t('","')
            .p(phone(r, kind="mobile"))
            .t(f'","{sqlts()}","Lead"')
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f'{digits(11, True)},"{f}","{l}","')
            .e(email_for(r, f, l))
            .t(f'","","","{sqlts()}","Subscriber"')
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(f'{digits(11, True)},"{f}","{l}","","')
            .p(phone(r, style=ch(["nat", "intl", "e164", "nat_dash"])))
            .t(f'","","{sqlts()}","Customer"')
        )

    def n1(r):
        return Line().t(
            '"Record ID","First Name","Last Name","Email","Phone Number","Mobile Phone Number","Create Date","Lifecycle Stage"'
        )

    def n2(r):
        f, l = person(r)
        return Line().t(f'{digits(11, True)},"{f}","{l}","","","","{sqlts()}","Other"')

    def n3(r):
        return Line().t(
            f'{digits(10, True)},"{ch(COMPANIES).title()} {ch(["GmbH", "Ltd", "Pty Ltd", "BV", "AB"])}","{rng.randint(1, 5000)}","{rng.randint(10**5, 10**8)}","{sqlts()}","{digits(9)}"'
        )

    def n4(r):
        return Line().t(
            f'{digits(11, True)},"Deal #{rng.randint(1000, 99999)}","{rng.randint(100, 99999)}.{digits(2)}","{ch(["appointmentscheduled", "closedwon"])}","{sqlts()}","{digits(9)}"'
        )

    return [a, b, c], [n1, n2, n3, n4]


# 29 --------------------------------------------------------------- HR CSV with header
@family("hr_csv_header", ["US", "GB", "IN", "CN", "JP", "KR", "BR", "ZA", "EG", "AE"])
def _():
    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(f"E{digits(6)},{f},{l},")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(",")
            .p(phone(r, kind="fixed"))
            .t(f",CC-{rng.randint(1000, 9999)},{tparts():%Y-%m-%d},{rng.randint(30000, 180000)}")
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f"E{digits(6)},{f},{l},")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(',"')
            .p(phone(r, kind="mobile"))
            .t(f'",CC-{rng.randint(1000, 9999)},{tparts():%Y-%m-%d},{rng.randint(30000, 180000)}')
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(f'{digits(5)},"{l}, {f}",')
            .e(email_for(r, f, l, company=False))
            .t(",emergency_contact=")
            .p(phone(r, kind="mobile"))
            .t(f",{rng.randint(1, 12)}/{rng.randint(1, 28)}/2019")
        )

    def n1(r):
        return Line().t(
            "employee_id,first_name,last_name,work_email,work_phone,cost_center,hire_date,salary"
        )

    def n2(r):
        f, l = person(r)
        return Line().t(
            f"E{digits(6)},{f},{l},,,CC-{rng.randint(1000, 9999)},{tparts():%Y-%m-%d},{rng.randint(30000, 180000)}"
        )

    def n3(r):
        f, l = person(r)
        return Line().t(
            f'E{digits(6)},{f},{l},,ext {rng.randint(1000, 9999)},{rng.randint(1000, 9999)}-{rng.randint(100, 999)},{tparts():%d/%m/%Y},"{rng.randint(30, 180)},{digits(3)}.00"'
        )

    def n4(r):
        return Line().t(
            f"# exported {iso()} by hris-sync v{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 99)} rows={rng.randint(100, 99999)} checksum={hexs(40)}"
        )

    return [a, b, c], [n1, n2, n3, n4]


# 30 --------------------------------------------------------------- HR CSV without header (European semicolons)
@family("hr_csv_noheader", ["DE", "AT", "CH", "FR", "BE", "IT", "ES", "PL", "CZ", "RU"])
def _():
    def eur(x):
        return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")

    def a(r):
        f, l = person(r)
        return (
            Line()
            .t(f"{digits(6)};{l};{f};")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(";")
            .p(phone(r, kind="fixed"))
            .t(f";KST {rng.randint(1000, 9999)};{tparts():%d.%m.%Y};{eur(rng.uniform(2500, 9000))}")
        )

    def b(r):
        f, l = person(r)
        return (
            Line()
            .t(f"{digits(6)};{l};{f};;")
            .p(phone(r, kind="mobile"))
            .t(";")
            .p(phone(r, kind="fixed"))
            .t(f";{rng.randint(1000, 9999)}-{rng.randint(10, 99)};{tparts():%d.%m.%Y}")
        )

    def c(r):
        f, l = person(r)
        return (
            Line()
            .t(f"{digits(6)};{l};{f};")
            .e(email_for(r, f, l, company=ch(COMPANIES)))
            .t(f";;{rng.randint(1000, 9999)};{tparts():%d.%m.%Y};{eur(rng.uniform(2500, 9000))}")
        )

    def n1(r):
        f, l = person(r)
        return Line().t(
            f"{digits(6)};{l};{f};;;KST {rng.randint(1000, 9999)};{tparts():%d.%m.%Y};{eur(rng.uniform(2500, 9000))}"
        )

    def n2(r):
        f, l = person(r)
        return Line().t(
            f"{digits(6)};{l};{f};;;{ch(['DE', 'FR', 'IT'])}{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)};{tparts():%d.%m.%Y}"
        )

    def n3(r):
        f, l = person(r)
        return Line().t(
            f"{digits(6)};{l};{f};;;{rng.randint(10000, 99999)} {ch(['Berlin', 'Wien', 'Zürich', 'Lyon', 'Milano'])};{digits(11)};{eur(rng.uniform(100, 900))}"
        )

    def n4(r):
        f, l = person(r)
        return Line().t(
            f"{digits(6)};{l};{f};;;{rng.randint(1, 40)},5 h;{tparts():%d.%m.%Y %H:%M};{rng.randint(0, 30)} Urlaubstage"
        )

    return [a, b, c], [n1, n2, n3, n4]


# --------------------------------------------------------------------------- main


def check(rec):
    text = rec["text"]
    last = 0
    for sp in sorted(rec["spans"], key=lambda s: s["start"]):
        assert sp["start"] >= last, rec
        last = sp["end"]
        s = text[sp["start"] : sp["end"]]
        if sp["type"] == "phone":
            if sp.get("decode") == "form":
                s = urllib.parse.unquote_plus(s)
            n = pn.parse(s, sp["region"])
            if not pn.is_valid_number(n) and s.isdigit():
                n = pn.parse("+" + s, None)
            if not pn.is_valid_number(n):
                raise ValueError(f"invalid phone {s!r} {sp['region']} in {text!r}")
        else:
            assert "@" in s and "." in s.split("@")[1] and " " not in s, s


def main():
    out = []
    for name, regions, pii, free in FAMS:
        npii = 5
        nfree = 5 if len(free) >= 5 else rng.choice([4, 5])
        regs = regions[:]
        rng.shuffle(regs)
        order = pii[:]
        rng.shuffle(order)
        for i in range(npii):
            mk = order[i % len(order)]
            r = regs[i % len(regs)]
            L = mk(r)
            assert L.spans, (name, mk)
            out.append({"text": L.text(), "spans": L.spans, "family": name})
        forder = free[:]
        rng.shuffle(forder)
        for i in range(nfree):
            mk = forder[i % len(forder)]
            r = regs[(i + npii) % len(regs)]
            L = mk(r)
            assert not L.spans, (name, mk)
            out.append({"text": L.text(), "spans": [], "family": name})
    for rec in out:
        check(rec)
    path = os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "redaction_corpus_probe11.jsonl"
    )
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ph = sum(1 for r in out for s in r["spans"] if s["type"] == "phone")
    em = sum(1 for r in out for s in r["spans"] if s["type"] == "email")
    free_lines = sum(1 for r in out if not r["spans"])
    regs = sorted({s["region"] for r in out for s in r["spans"] if s["type"] == "phone"})
    fams = sorted({r["family"] for r in out})
    print(
        f"{path}: lines={len(out)} phones={ph} emails={em} pii_free={free_lines} families={len(fams)} regions={len(regs)}"
    )
    print("families:", ",".join(fams))
    print("regions:", ",".join(regs))


if __name__ == "__main__":
    main()
