"""Write tests/processing/redaction_corpus_probe8.jsonl: a ninth labelled corpus, a world tour
of phone writings (65 countries) in support tickets, chats, SMS gateways, signatures, listings,
vCards, configs, CSV, logfmt, query strings, HTML, Markdown, XML and URIs, with as many
look-alikes, by someone who had not read the redaction rules (issue 11). Scored blind once, on
the final code of 2026-12-04. Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe8_corpus

Every line is built by appending pieces; every phone span is re-parsed and asserted valid.
"""

import json
import os
import random
import re
from collections import Counter, OrderedDict
from urllib.parse import quote_plus, unquote_plus

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

R = random.Random(8080802)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "redaction_corpus_probe8.jsonl")


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self):
        self.text = ""
        self.spans = []

    def t(self, s):
        self.text += s
        return self

    def add(self, piece):
        if isinstance(piece, str):
            return self.t(piece)
        kind = piece[0]
        if kind == "phone":
            _, s, region, num, decode = piece
            start = len(self.text)
            self.text += s
            sp = {"start": start, "end": len(self.text), "type": "phone", "region": region}
            if decode:
                sp["decode"] = decode
            sp["_num"] = num
            self.spans.append(sp)
        elif kind == "email":
            _, s, decode = piece
            start = len(self.text)
            self.text += s
            sp = {"start": start, "end": len(self.text), "type": "email"}
            if decode:
                sp["decode"] = decode
            self.spans.append(sp)
        else:
            raise ValueError(kind)
        return self


def build(*pieces):
    L = Line()
    for p in pieces:
        if isinstance(p, (list,)):
            for q in p:
                L.add(q)
        else:
            L.add(p)
    return L


def tpl(template, **kw):
    """Split a template with {name} placeholders into pieces."""
    out = []
    for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2 == 0:
            if part:
                out.append(part)
        else:
            out.append(kw[part])
    return out


def enc(piece):
    """URL form-encode a phone/email piece (quote_plus) and mark decode=form."""
    if piece[0] == "phone":
        _, s, region, num, _ = piece
        return ("phone", quote_plus(s), region, num, "form")
    _, s, _ = piece
    return ("email", quote_plus(s), "form")


def raw(piece):
    return piece[1]


# --------------------------------------------------------------------------
# phone numbers
# --------------------------------------------------------------------------
REGIONS = [
    # Americas
    "US",
    "CA",
    "MX",
    "BR",
    "AR",
    "CL",
    "CO",
    "PE",
    "UY",
    "EC",
    # Europe
    "GB",
    "IE",
    "FR",
    "BE",
    "LU",
    "NL",
    "DE",
    "AT",
    "CH",
    "IT",
    "ES",
    "PT",
    "DK",
    "SE",
    "NO",
    "FI",
    "PL",
    "CZ",
    "SK",
    "HU",
    "RO",
    "BG",
    "GR",
    "HR",
    "SI",
    "RS",
    "UA",
    "TR",
    # Middle East / Africa
    "IL",
    "AE",
    "SA",
    "EG",
    "MA",
    "TN",
    "NG",
    "KE",
    "GH",
    "ZA",
    # Asia / Pacific
    "IN",
    "PK",
    "BD",
    "LK",
    "CN",
    "HK",
    "TW",
    "JP",
    "KR",
    "SG",
    "MY",
    "TH",
    "VN",
    "ID",
    "PH",
    "AU",
    "NZ",
]

_used_nums: set = set()


def gen_number(region, kind=None):
    if kind is None:
        kind = R.choice([PNT.MOBILE, PNT.MOBILE, PNT.FIXED_LINE])
    ex = pn.example_number_for_type(region, kind)
    if ex is None:
        ex = pn.example_number(region)
        kind = None
    assert ex is not None
    nsn = pn.national_significant_number(ex)
    cc: int = ex.country_code or 0
    for attempt in range(20000):
        keep = R.choice([1, 2, 2, 3, 3, 4]) if attempt < 15000 else len(nsn) - 4
        keep = max(1, min(keep, len(nsn) - 4))
        cand = nsn[:keep] + "".join(R.choice("0123456789") for _ in range(len(nsn) - keep))
        if cand == nsn or (cc, cand) in _used_nums:
            continue
        num = pn.parse("+%d%s" % (cc, cand), None)
        if not pn.is_valid_number(num):
            continue
        t = pn.number_type(num)
        if kind is not None and t not in (kind, PNT.FIXED_LINE_OR_MOBILE):
            continue
        # avoid "fictional" 555-01xx in NANP, looks fake
        if cc == 1 and cand[3:6] == "555":
            continue
        _used_nums.add((cc, cand))
        return num
    raise RuntimeError("could not generate for %s" % region)


IDD00_FROM = [
    "DE",
    "FR",
    "GB",
    "IT",
    "ES",
    "NL",
    "CH",
    "AT",
    "BE",
    "PL",
    "SE",
    "PT",
    "DK",
    "NO",
    "IE",
    "IN",
    "CN",
    "MX",
    "ZA",
    "AE",
    "TR",
    "GR",
    "CZ",
]

# Region-typical national writings (style names understood by writings()).
PREF = {
    "US": ["nat", "nanp_dash", "nanp_dots", "nanp_1", "intl_paren", "intl", "e164"],
    "CA": ["nat", "nanp_dash", "nanp_1", "intl", "nanp_dots"],
    "MX": ["nat", "paren_area", "nat_dash", "intl", "e164"],
    "BR": ["nat", "nat_nopar", "intl", "intl_paren", "e164", "compact"],
    "AR": ["nat", "paren_area", "intl", "e164"],
    "CL": ["nat", "intl", "compact"],
    "CO": ["nat", "intl", "compact", "e164"],
    "PE": ["nat", "intl", "compact"],
    "UY": ["nat", "intl"],
    "EC": ["nat", "intl", "compact"],
    "GB": ["nat", "intl", "intl_trunk", "compact", "e164"],
    "IE": ["nat", "intl", "intl_trunk", "paren_area"],
    "FR": ["nat_dots", "nat", "intl", "compact", "intl_dots"],
    "BE": ["nat_dots", "nat_slash", "nat", "intl", "intl_trunk"],
    "LU": ["nat", "intl", "nat_dots"],
    "NL": ["nat", "nat_dash", "intl", "intl_trunk", "compact"],
    "DE": ["nat_slash", "nat", "paren_area", "nat_dash", "intl", "intl_trunk", "e164"],
    "AT": ["nat_slash", "nat", "intl", "intl_trunk"],
    "CH": ["nat", "nat_dots", "intl", "intl_trunk"],
    "IT": ["nat", "compact", "intl", "e164"],
    "ES": ["nat", "compact", "intl", "e164"],
    "PT": ["nat", "intl", "compact"],
    "DK": ["nat", "intl", "compact"],
    "SE": ["nat", "nat_dash", "intl", "intl_trunk"],
    "NO": ["nat", "intl", "compact"],
    "FI": ["nat", "intl", "nat_dash"],
    "PL": ["nat", "nat_dash", "intl", "compact"],
    "CZ": ["nat", "intl", "compact"],
    "SK": ["nat", "intl", "nat_slash"],
    "HU": ["nat", "nat_slash", "intl"],
    "RO": ["nat", "nat_dots", "intl", "compact"],
    "BG": ["nat", "intl"],
    "GR": ["nat", "intl", "compact"],
    "HR": ["nat_slash", "nat", "intl"],
    "SI": ["nat", "nat_slash", "intl"],
    "RS": ["nat", "nat_slash", "intl"],
    "UA": ["nat", "intl", "nat_dash"],
    "TR": ["nat", "intl", "compact", "paren_area"],
    "IL": ["nat", "intl", "compact"],
    "AE": ["nat", "intl", "e164"],
    "SA": ["nat", "intl", "compact"],
    "EG": ["nat", "intl", "compact"],
    "MA": ["nat", "nat_dots", "intl", "nat_dash"],
    "TN": ["nat", "intl"],
    "NG": ["nat", "compact", "intl", "e164"],
    "KE": ["nat", "intl", "compact"],
    "GH": ["nat", "intl"],
    "ZA": ["nat", "intl", "compact"],
    "IN": ["nat", "compact_nsn", "intl", "e164", "intl_dash"],
    "PK": ["nat", "intl", "nat_dash"],
    "BD": ["nat", "intl", "compact"],
    "LK": ["nat", "intl"],
    "CN": ["nat", "compact_nsn", "nat_dash", "intl"],
    "HK": ["nat", "intl", "compact"],
    "TW": ["nat", "nat_dash", "paren_area", "intl"],
    "JP": ["nat", "paren_area_jp", "intl"],
    "KR": ["nat", "intl", "compact"],
    "SG": ["nat", "intl", "e164"],
    "MY": ["nat", "intl", "compact"],
    "TH": ["nat", "nat_dash", "intl"],
    "VN": ["nat", "intl", "compact", "nat_dots"],
    "ID": ["nat", "intl", "compact", "e164"],
    "PH": ["nat", "intl", "compact", "nat_dash"],
    "AU": ["nat", "intl", "compact", "paren_area"],
    "NZ": ["nat", "intl", "paren_area"],
}


def writings(num, region, frm=None):
    """All candidate writings of num: dict style -> (text, region_label)."""
    nat = pn.format_number(num, PNF.NATIONAL)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    e164 = pn.format_number(num, PNF.E164)
    cc = str(num.country_code)
    nsn = pn.national_significant_number(num)
    w = OrderedDict()
    w["nat"] = (nat, region)
    w["intl"] = (intl, region)
    w["e164"] = (e164, region)
    w["compact"] = (re.sub(r"\D", "", nat), region)
    w["compact_nsn"] = (nsn, region)
    w["cc_digits"] = (e164[1:], region)
    if "(" not in nat:
        w["nat_dots"] = (re.sub(r"[ \-]+", ".", nat), region)
        w["nat_dash"] = (re.sub(r"[ ]+", "-", nat), region)
        parts = re.split(r"[ \-]", nat, maxsplit=1)
        if len(parts) == 2:
            rest = parts[1]
            if region in ("HR", "RS", "SI"):
                rest = rest.replace(" ", "-")
            elif region in ("DE", "AT", "HU", "SK"):
                rest = rest.replace(" ", "").replace("-", "")
            w["nat_slash"] = (parts[0] + "/" + rest, region)
            if parts[0].startswith("0") and len(parts[0]) <= 5:
                w["paren_area"] = ("(" + parts[0] + ") " + rest, region)
    else:
        w["nat_nopar"] = (nat.replace("(", "").replace(")", ""), region)
        w["paren_area"] = (nat, region)
    if region == "JP":
        parts = nat.split("-")
        if len(parts) == 3:
            w["paren_area_jp"] = (parts[0] + "(" + parts[1] + ")" + parts[2], region)
    w["intl_dash"] = (intl.replace(" ", "-"), region)
    w["intl_dots"] = (
        intl[: len(cc) + 1] + "." + intl[len(cc) + 2 :].replace(" ", ".").replace("-", "."),
        region,
    )
    ndd = pn.ndd_prefix_for_region(region, True)
    if ndd == "0" and nat.startswith("0") and "(" not in nat:
        w["intl_trunk"] = ("+" + cc + " (0)" + nat[1:], region)
    if cc == "1":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        w["nanp_dash"] = ("%s-%s-%s" % (a, b, c), region)
        w["nanp_dots"] = ("%s.%s.%s" % (a, b, c), region)
        w["nanp_1"] = ("1-%s-%s-%s" % (a, b, c), region)
        w["intl_paren"] = ("+1 (%s) %s-%s" % (a, b, c), region)
    if region == "BR":
        w["intl_paren"] = ("+55 (" + nsn[:2] + ") " + nat.split(") ")[1], region)
    # international-prefix writings: label = region dialled from
    if cc != "1":
        frm = frm or R.choice([r for r in IDD00_FROM if r != region])
        w["idd00"] = ("00" + intl[1:], frm)
        w["idd00_nosp"] = ("00" + e164[1:], frm)
        w["idd011"] = ("011 " + intl[1:], "CA" if frm == "CA" else "US")
        w["idd0011"] = ("0011 " + intl[1:], "AU")
    else:
        frm = frm or R.choice(["GB", "DE", "FR", "IE", "NL", "MX", "IN"])
        w["idd00"] = ("00" + intl[1:], frm)
        w["idd00_nosp"] = ("00" + e164[1:], frm)
    good = OrderedDict()
    for k, (s, reg) in w.items():
        if check(s, reg, num):
            good[k] = (s, reg)
    return good


def check(s, reg, num):
    try:
        p = pn.parse(s, reg)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(p)
        and p.country_code == num.country_code
        and p.national_number == num.national_number
    )


def P(region, style=None, kind=None, styles=None, ext=None, frm=None, num=None):
    """Return a phone piece for a fresh number of region.

    style: exact style name; styles: list to choose from; default = region prefs.
    ext: extension suffix string (e.g. " ext. 12"), appended inside the span.
    """
    num = num or gen_number(region, kind)
    w = writings(num, region, frm)
    if style is not None and style in w:
        s, reg = w[style]
    else:
        cands = [x for x in (styles or PREF.get(region, ["nat", "intl"])) if x in w]
        if not cands:
            cands = ["nat", "intl"]
        s, reg = w[R.choice(cands)]
    if ext:
        s = s + ext
    return ("phone", s, reg, num, None)


def Psame(region, styles, kind=None, frm=None):
    """Several writings of one and the same number (e.g. href + display text)."""
    num = gen_number(region, kind)
    return [P(region, style=st, num=num, frm=frm) for st in styles]


def Pfixed(region, **kw):
    return P(region, kind=PNT.FIXED_LINE, **kw)


def Pmob(region, **kw):
    return P(region, kind=PNT.MOBILE, **kw)


def Pany(**kw):
    return P(R.choice(REGIONS), **kw)


# round robin over all regions so every country gets its tour
_rr: list = []


def next_region(pool=None):
    global _rr
    pool = pool or REGIONS
    return R.choice(pool)


# --------------------------------------------------------------------------
# words, names, e-mails
# --------------------------------------------------------------------------
PW = {
    "US": ["Phone:", "Tel:", "Cell:", "Ph.", "Call", "Mobile:"],
    "CA": ["Phone:", "Tel.", "Tél. :", "Cell"],
    "MX": ["Tel.", "Cel.", "Teléfono:", "Celular:", "WhatsApp:"],
    "BR": ["Tel.:", "Telefone:", "Celular:", "Cel.", "WhatsApp"],
    "AR": ["Tel.", "Cel.", "Teléfono:"],
    "CL": ["Fono:", "Cel.", "Teléfono:"],
    "CO": ["Cel.", "Tel.", "Celular:"],
    "PE": ["Cel.", "Teléfono:", "Telf."],
    "UY": ["Tel.", "Cel."],
    "EC": ["Telf.", "Cel."],
    "GB": ["Tel:", "Mob:", "Mobile:", "T:", "Phone:"],
    "IE": ["Tel:", "Mob:", "Ph:"],
    "FR": ["Tél. :", "Tél :", "Portable :", "Tel.", "Mob."],
    "BE": ["Tél.", "Tel.", "GSM", "GSM:"],
    "LU": ["Tél.", "Tel."],
    "NL": ["Tel.", "Telefoon:", "Mobiel:", "T"],
    "DE": ["Tel.", "Telefon:", "Mobil:", "Handy:", "Fon"],
    "AT": ["Tel.", "Telefon:", "Mobil:"],
    "CH": ["Tel.", "Natel:", "Tél."],
    "IT": ["Tel.", "Cell.", "Cellulare:", "Telefono:"],
    "ES": ["Tel.", "Teléfono:", "Móvil:", "Tlf."],
    "PT": ["Tel.", "Telemóvel:", "Telefone:"],
    "DK": ["Tlf.", "Mobil:"],
    "SE": ["Tel:", "Mobil:", "Tfn"],
    "NO": ["Tlf.", "Mobil:"],
    "FI": ["Puh.", "puh.", "GSM"],
    "PL": ["tel.", "kom.", "telefon:"],
    "CZ": ["tel.", "mobil:"],
    "SK": ["tel.", "mobil:"],
    "HU": ["Tel.:", "Mobil:", "Telefon:"],
    "RO": ["Tel.", "Telefon:", "Mobil:"],
    "BG": ["тел.", "Тел.:"],
    "GR": ["Τηλ.", "τηλ.:", "Κιν.:"],
    "HR": ["tel.", "mob.", "Tel:"],
    "SI": ["tel.", "GSM:"],
    "RS": ["tel.", "mob."],
    "UA": ["тел.", "моб.:"],
    "TR": ["Tel:", "Cep:", "GSM:"],
    "IL": ["טל׳", "Tel:", "נייד:"],
    "AE": ["Tel:", "Mob:", "هاتف:"],
    "SA": ["جوال:", "Mobile:"],
    "EG": ["Tel:", "موبايل:"],
    "MA": ["Tél.", "GSM:"],
    "TN": ["Tél.", "GSM:"],
    "NG": ["Tel:", "Phone:", "Call"],
    "KE": ["Tel:", "Mobile:", "Cell:"],
    "GH": ["Tel:", "Mobile:"],
    "ZA": ["Tel:", "Cell:", "Cell"],
    "IN": ["Mob:", "Ph:", "Mobile No.", "Contact:"],
    "PK": ["Cell:", "Ph:"],
    "BD": ["Mobile:", "Phone:"],
    "LK": ["Tel:", "Mobile:"],
    "CN": ["电话：", "手机：", "Tel:"],
    "HK": ["電話：", "Tel:"],
    "TW": ["電話：", "手機：", "TEL:"],
    "JP": ["電話：", "TEL:", "携帯：", "Tel."],
    "KR": ["전화:", "휴대폰:", "Tel."],
    "SG": ["Tel:", "HP:", "Mobile:"],
    "MY": ["Tel:", "H/P:"],
    "TH": ["โทร.", "Tel."],
    "VN": ["ĐT:", "Điện thoại:", "SĐT:"],
    "ID": ["Telp.", "HP:", "WA:"],
    "PH": ["Tel. No.", "Mobile:", "Cel:"],
    "AU": ["Ph:", "Mob:", "M:", "Phone:"],
    "NZ": ["Ph:", "Mob:", "Phone:"],
}

LANG = {  # region -> free-text language code
    "US": "en",
    "CA": "en",
    "GB": "en",
    "IE": "en",
    "AU": "en",
    "NZ": "en",
    "ZA": "en",
    "NG": "en",
    "KE": "en",
    "GH": "en",
    "IN": "en",
    "PK": "en",
    "SG": "en",
    "PH": "en",
    "MY": "en",
    "LK": "en",
    "BD": "en",
    "HK": "en",
    "MX": "es",
    "AR": "es",
    "CL": "es",
    "CO": "es",
    "PE": "es",
    "UY": "es",
    "EC": "es",
    "ES": "es",
    "BR": "pt",
    "PT": "pt",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "CH": "de",
    "MA": "fr",
    "TN": "fr",
    "DE": "de",
    "AT": "de",
    "NL": "nl",
    "IT": "it",
    "PL": "pl",
    "CZ": "cs",
    "SK": "cs",
    "SE": "sv",
    "NO": "sv",
    "DK": "sv",
    "FI": "en",
    "HU": "en",
    "RO": "ro",
    "BG": "en",
    "GR": "en",
    "HR": "hr",
    "SI": "hr",
    "RS": "hr",
    "UA": "uk",
    "TR": "tr",
    "IL": "en",
    "AE": "en",
    "SA": "en",
    "EG": "en",
    "CN": "zh",
    "TW": "zh_tw",
    "JP": "ja",
    "KR": "ko",
    "TH": "en",
    "VN": "vi",
    "ID": "id",
}

# support / chat sentences: {P} phone, {W} phone word
SENT = {
    "en": [
        "Please call me back on {P}, I'm available after 3pm.",
        "Customer asked for a callback, best number is {P}",
        "hi, my new number is {P} pls update the account",
        "Can't log in since the update. Reach me at {P} or reply here.",
        "{W} {P} (evenings only)",
        "Text me at {P} when the courier is 10 min away",
        "Driver couldn't find the gate, call {P} on arrival",
    ],
    "es": [
        "Por favor llámenme al {P}, gracias.",
        "Mi número nuevo es {P}, favor de actualizarlo",
        "Hola, no me llegó el pedido. {W} {P}",
        "Me pueden contactar al {P} de 9 a 18 h",
    ],
    "pt": [
        "Oi, me liga no {P} por favor",
        "Meu celular mudou, agora é {P}",
        "Favor entrar em contato pelo {P} (WhatsApp)",
        "Bom dia, {W} {P} para retorno",
    ],
    "fr": [
        "Merci de me rappeler au {P}, je suis dispo cet après-midi.",
        "Bonjour, mon nouveau numéro est le {P}",
        "Livraison : appeler le {P} avant de passer",
        "Le client demande un rappel au {P} (après 18h)",
    ],
    "de": [
        "Bitte rufen Sie mich unter {P} zurück.",
        "Meine neue Handynummer lautet {P}",
        "Kunde bittet um Rückruf, {W} {P}",
        "Bin tagsüber unter {P} erreichbar, danke!",
    ],
    "nl": [
        "Kunt u mij terugbellen op {P}?",
        "Mijn nieuwe nummer is {P}",
        "Bezorger: bel {P} bij aankomst",
    ],
    "it": [
        "Potete richiamarmi al {P}? Grazie",
        "Il mio nuovo numero è {P}",
        "Per la consegna chiamare il {P}",
    ],
    "pl": [
        "Proszę o kontakt pod numerem {P}",
        "Mój nowy numer to {P}",
        "Kurier: dzwonić {P} przed dostawą",
    ],
    "cs": ["Prosím zavolejte mi na {P}", "Moje nové číslo je {P}"],
    "sv": ["Ring mig på {P} efter kl 16", "Mitt nya nummer är {P}"],
    "ro": ["Vă rog să mă sunați la {P}", "Numărul meu nou este {P}"],
    "hr": ["Molim nazovite me na {P}", "Moj novi broj je {P}"],
    "uk": ["Будь ласка, передзвоніть на {P}", "Мій новий номер {P}"],
    "tr": ["Lütfen beni {P} numarasından arayın", "Yeni numaram {P}"],
    "zh": ["请拨打{P}联系我，谢谢", "我的新手机号是{P}", "客户要求回电：{P}"],
    "zh_tw": ["請撥{P}與我聯絡", "我的手機號碼是{P}"],
    "ja": [
        "折り返しのお電話は{P}までお願いします。",
        "携帯番号が変わりました：{P}",
        "配達前に{P}へご連絡ください",
    ],
    "ko": ["{P}로 연락 주세요", "제 새 번호는 {P}입니다"],
    "vi": ["Vui lòng gọi lại cho tôi theo số {P}", "Số mới của tôi là {P}"],
    "id": ["Tolong hubungi saya di {P}", "Nomor WA saya {P} ya kak"],
}

FIRST = [
    "Anna",
    "Lukas",
    "Marie",
    "João",
    "Camille",
    "Sofia",
    "Mateo",
    "Emma",
    "Noah",
    "Olga",
    "Piotr",
    "Yuki",
    "Min-jun",
    "Wei",
    "Priya",
    "Aisha",
    "Kwame",
    "Chloe",
    "Liam",
    "Jan",
    "Eva",
    "Ahmed",
    "Fatima",
    "Nguyen",
    "Siti",
    "Carlos",
    "Lucía",
    "Giulia",
    "Lars",
    "Ingrid",
    "Tomasz",
    "Zeynep",
]
LAST = [
    "Müller",
    "Schmidt",
    "Dubois",
    "Silva",
    "Rossi",
    "García",
    "Novak",
    "Kowalski",
    "Tanaka",
    "Kim",
    "Chen",
    "Sharma",
    "Okafor",
    "Smith",
    "O'Brien",
    "Jansen",
    "Andersson",
    "Horvat",
    "Papadopoulos",
    "Yılmaz",
    "Cohen",
    "Mensah",
    "Nguyen",
    "Santos",
    "Fernández",
    "Dupont",
    "Weber",
    "Lindqvist",
]

TLD = {
    "US": "com",
    "CA": "ca",
    "MX": "com.mx",
    "BR": "com.br",
    "AR": "com.ar",
    "CL": "cl",
    "CO": "co",
    "PE": "pe",
    "GB": "co.uk",
    "IE": "ie",
    "FR": "fr",
    "BE": "be",
    "NL": "nl",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "IT": "it",
    "ES": "es",
    "PT": "pt",
    "SE": "se",
    "PL": "pl",
    "CZ": "cz",
    "JP": "co.jp",
    "KR": "co.kr",
    "CN": "cn",
    "TW": "com.tw",
    "IN": "in",
    "AU": "com.au",
    "NZ": "co.nz",
    "ZA": "co.za",
}
COMPANIES = [
    "acme",
    "nordwind",
    "bluepeak",
    "soleil-immo",
    "techmarkt",
    "kaffeehaus",
    "northstar",
    "riverside-dental",
    "orbitlogistics",
    "panaderia-lupe",
    "studio-kiyomi",
    "greenleaf",
    "helix",
]
FREEMAIL = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.fr",
    "web.de",
    "gmx.de",
    "yahoo.co.jp",
    "naver.com",
    "qq.com",
    "163.com",
    "uol.com.br",
    "libero.it",
    "wp.pl",
    "seznam.cz",
    "mail.ru",
    "icloud.com",
    "protonmail.com",
    "orange.fr",
    "t-online.de",
    "bigpond.com",
]

ASCII_MAP = str.maketrans(
    {
        "ü": "u",
        "ö": "o",
        "ä": "a",
        "é": "e",
        "è": "e",
        "ã": "a",
        "á": "a",
        "í": "i",
        "ó": "o",
        "ç": "c",
        "ı": "i",
        "'": "",
        "-": "-",
        " ": "",
    }
)


def asc(s):
    return s.lower().translate(ASCII_MAP)


def name():
    return R.choice(FIRST) + " " + R.choice(LAST)


def E(nm=None, region=None, free=None):
    nm = nm or name()
    f, l = nm.split(" ", 1)
    f, l = asc(f), asc(l)
    if free is None:
        free = R.random() < 0.45
    if free:
        dom = R.choice(FREEMAIL)
        local = R.choice(
            [
                f + "." + l,
                f + l + str(R.randint(1, 99)),
                f[0] + l,
                f + "_" + l,
                l + "." + f + str(R.randint(1970, 2005)),
            ]
        )
    else:
        tld = TLD.get(region, R.choice(["com", "de", "fr", "io", "co.uk", "net", "org", "eu"]))
        dom = R.choice(COMPANIES) + "." + tld
        if R.random() < 0.2:
            dom = R.choice(["mail.", "eu.", "corp.", "support."]) + dom
        local = R.choice(
            [
                f + "." + l,
                f[0] + "." + l,
                f,
                f + "." + l + "+" + R.choice(["billing", "orders", "news"]),
                R.choice(
                    [
                        "info",
                        "kontakt",
                        "contact",
                        "support",
                        "sales",
                        "reservas",
                        "office",
                        "hello",
                    ]
                ),
            ]
        )
    return ("email", local + "@" + dom, None)


def pw(region):
    return R.choice(PW.get(region, ["Tel:"]))


# --------------------------------------------------------------------------
# look-alike generators (no PII)
# --------------------------------------------------------------------------
def d_date():
    y, m, d = R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28)
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return R.choice(
        [
            "%02d.%02d.%04d %02d:%02d" % (d, m, y, hh, mm),
            "%04d/%02d/%02d" % (y, m, d),
            "%02d-%02d-%02d" % (m, d, y % 100),
            "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, hh, mm, ss, R.randint(0, 999)),
            "%02d/%02d/%04d" % (d, m, y),
            "%d年%d月%d日" % (y, m, d),
            "%04d%02d%02d%02d%02d%02d" % (y, m, d, hh, mm, ss),
            "%02d.%02d.%02d" % (d, m, y % 100),
            "%04d-%02d-%02d %02d:%02d:%02d +0%d00" % (y, m, d, hh, mm, ss, R.randint(1, 9)),
            "%d %s %d, %02d:%02d" % (d, R.choice(["janv.", "März", "Sep", "dic."]), y, hh, mm),
        ]
    )


def ts():
    y, m, d = 2026, R.randint(1, 12), R.randint(1, 28)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        y,
        m,
        d,
        R.randint(0, 23),
        R.randint(0, 59),
        R.randint(0, 59),
        R.randint(0, 999),
    )


def ean13():
    d = [R.randint(0, 9) for _ in range(12)]
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def iban_de():
    bban = "%08d%010d" % (R.randint(10000000, 99999999), R.randint(0, 9999999999))
    chk = 98 - int(bban + "131400") % 97
    raw_ = "DE%02d%s" % (chk, bban)
    return " ".join(raw_[i : i + 4] for i in range(0, len(raw_), 4))


def iban_fr():
    bban = "%05d%05d%011d%02d" % (
        R.randint(10000, 99999),
        R.randint(0, 99999),
        R.randint(0, 99999999999),
        R.randint(0, 99),
    )
    chk = 98 - int(bban + "152700") % 97
    raw_ = "FR%02d%s" % (chk, bban)
    return " ".join(raw_[i : i + 4] for i in range(0, len(raw_), 4))


def digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def uuid():
    h = "".join(R.choice("0123456789abcdef") for _ in range(32))
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ip():
    return "%d.%d.%d.%d" % (
        R.choice([10, 172, 192, 81, 203]),
        R.randint(0, 255),
        R.randint(0, 255),
        R.randint(1, 254),
    )


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
FAMILIES: OrderedDict = OrderedDict()


def family(name_):
    def deco(fn):
        FAMILIES[name_] = fn
        return fn

    return deco


WT_EU = [
    "GB",
    "IE",
    "FR",
    "BE",
    "LU",
    "NL",
    "DE",
    "AT",
    "CH",
    "IT",
    "ES",
    "PT",
    "DK",
    "SE",
    "NO",
    "FI",
    "PL",
    "CZ",
    "SK",
    "HU",
    "RO",
    "BG",
    "GR",
    "HR",
    "SI",
    "RS",
    "UA",
    "TR",
]
WT_AM = ["US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "UY", "EC"]
WT_AP = [
    "IN",
    "PK",
    "BD",
    "LK",
    "CN",
    "HK",
    "TW",
    "JP",
    "KR",
    "SG",
    "MY",
    "TH",
    "VN",
    "ID",
    "PH",
    "AU",
    "NZ",
]
WT_AF = ["IL", "AE", "SA", "EG", "MA", "TN", "NG", "KE", "GH", "ZA"]


def tour_line(reg, reg2=None):
    """An ordinary-log line with a national/intl writing for reg (and maybe reg2)."""
    lang = LANG.get(reg, "en")
    c = R.randint(0, 7)
    p = P(reg)
    if c == 0:
        return build(
            ts(),
            " INFO  [crm-sync] contact updated id=",
            digits(6),
            " country=",
            reg,
            ' phone="',
            p,
            '"',
        )
    if c == 1:
        return build(tpl(R.choice(SENT[lang]), P=p, W=pw(reg)))
    if c == 2:
        return build("[", ts(), "] notify.sms queued to=", p, " template=otp_login lang=", lang)
    if c == 3:
        return build(
            name(),
            " · ",
            pw(reg),
            " ",
            p,
            " · ",
            pw(reg) if reg2 is None else "Office",
            " ",
            P(reg2 or reg, style="intl"),
        )
    if c == 4:
        nm = name()
        return build(
            "address_book.import row=",
            str(R.randint(2, 900)),
            ' name="',
            nm,
            '" ',
            pw(reg),
            " ",
            p,
            " email=",
            E(nm, reg),
            " ok",
        )
    if c == 5:
        return build(
            "WARN delivery ",
            reg,
            "-",
            digits(7),
            ": recipient unreachable at ",
            p,
            ", retry #",
            str(R.randint(1, 4)),
        )
    if c == 6:
        return build(
            tpl(R.choice(SENT[lang]), P=p, W=pw(reg)),
            " / ",
            R.choice(["alt", "or", "ou", "oder", "o"]),
            " ",
            P(reg, style=R.choice(["intl", "e164", "idd00", "intl_trunk"])),
        )
    return build(ts(), ' user.profile.changed field=mobile old="" new="', p, '" by=self-service')


def tour_family(regions, n):
    regs = list(regions)
    R.shuffle(regs)
    groups = [regs[i::n] for i in range(n)]
    out = []
    for g in groups:
        if not g:
            g = [R.choice(regs)]
        L = tour_line(g[0], g[1] if len(g) > 1 else None)
        for b in g[1:]:
            # make sure every country of the group really appears in the line
            if not any(
                s["type"] == "phone" and pn.region_code_for_number(s["_num"]) == b for s in L.spans
            ):
                L.t(R.choice([" | ", " / ", "; ", " · "]) + pw(b) + " ")
                L.add(P(b))
        out.append(L)
    return out


@family("world_tour_europe")
def f_eu():
    return tour_family(WT_EU, 12)


@family("world_tour_americas")
def f_am():
    L = tour_family(WT_AM, 8)
    L.append(build('Kunde (MX) schreibt: "mi cel es ', P("MX", style="nat"), '", Rückfrage offen'))
    L.append(
        build(
            "Opening hours Mon-Fri 9:00-17:30, Sat 10-14 | store #",
            digits(4),
            " | ZIP 94103-1234 | suite 1200",
        )
    )
    return L


@family("world_tour_asia_pacific")
def f_ap():
    L = tour_family(WT_AP, 9)
    L.append(build("営業時間 10:00〜19:00（定休日：水曜）〒150-0041 東京都渋谷区神南1-12-16 3F"))
    return L


@family("world_tour_africa_middle_east")
def f_af():
    L = tour_family(WT_AF, 7)
    L.append(
        build(
            "order ",
            digits(9),
            " Dubai Marina, Tower 3, Floor 27, Apt 2704, P.O. Box 213456, total AED 1,249.00",
        )
    )
    L.append(
        build(
            "M-Pesa txn QGH7",
            digits(6),
            " confirmed. Ksh2,350.00 paid to 247247 acc 0712-2026-04. Balance Ksh 10,412.75",
        )
    )
    return L


@family("support_ticket_text")
def f_support():
    out = []
    for reg in ["DE", "FR", "ES", "BR", "JP", "IT"]:
        lang = LANG[reg]
        p = P(reg)
        body = tpl(R.choice(SENT[lang]), P=p, W=pw(reg))
        out.append(
            build(
                "ticket=#",
                digits(6),
                ' channel=web subject="',
                R.choice(["Login", "Rechnung", "Livraison", "Pedido"]),
                '" body="',
                body,
                '"',
            )
        )
    out.append(
        build(
            "Ticket #",
            digits(6),
            ': customer writes "my order 4021-8876-1134 still shows pending, invoice RE-2026-00417, '
            'paid 149,90 € on 03.11.2026" priority=P2',
        )
    )
    out.append(
        build(
            "Zendesk comment ",
            digits(9),
            ": Bitte Rückruf morgen zw. 10-12 Uhr, Kundennr. 40 117 23, Vertrag 2026/118/A",
        )
    )
    out.append(
        build(
            'Freshdesk: "Le colis 6A12345678901 n\'est pas arrivé, code postal 75011, bât. B, 3e étage, porte 12"'
        )
    )
    out.append(
        build(
            "ticket=#",
            digits(6),
            " customer: ",
            name(),
            " <",
            E(),
            '> says "call ',
            P("US", style="nanp_dash"),
            ' after 5pm ET"',
        )
    )
    return out


@family("chat_messages")
def f_chat():
    out = []
    out.append(
        build(
            "[",
            ts(),
            "] <",
            asc(R.choice(FIRST)),
            "> yo text me ",
            P("US", style="compact_nsn"),
            " lol my old # is dead",
        )
    )
    out.append(
        build(
            "[chat:room/",
            digits(5),
            "] ",
            R.choice(FIRST),
            ": mandame un wpp al ",
            P("AR", style="intl"),
            " 👍",
        )
    )
    out.append(
        build("msg from=", digits(8), ' text="opa, salva aí: ', P("BR", style="nat_nopar"), '"')
    )
    out.append(
        build("[", ts(), "] ", R.choice(FIRST), ": 電話番号変わったよ→", P("JP", style="nat"))
    )
    out.append(
        build(
            "slack #sales ",
            R.choice(FIRST),
            ": lead from expo, ",
            name(),
            ", ",
            E(free=False),
            ", cell ",
            P("GB", style="nat"),
        )
    )
    out.append(
        build(
            "[",
            ts(),
            "] ",
            R.choice(FIRST),
            ": meet at 14:30 gate B12, flight LH 1234, seat 23C, ETA 16:05",
        )
    )
    out.append(
        build(
            "[",
            ts(),
            "] ",
            R.choice(FIRST),
            ": @",
            asc(R.choice(FIRST)),
            " code is 482 913, expires in 10 min. PIN 0000 won't work",
        )
    )
    out.append(
        build(
            "discord msg_id=",
            digits(18),
            " user=",
            asc(R.choice(FIRST)),
            "#",
            "%04d" % R.randint(1, 9999),
            ' content="score 3-1, next match 21.10. 20:45"',
        )
    )
    out.append(
        build(
            "[",
            ts(),
            "] ",
            R.choice(FIRST),
            ": zadzwoń ",
            P("PL", style="nat"),
            " albo pisz na ",
            E(free=True),
        )
    )
    return out


@family("sms_gateway")
def f_sms():
    out = []
    for reg in ["IN", "NG", "KE", "ZA", "PH"]:
        out.append(
            build(
                ts(),
                " sms.outbound id=",
                hexs(12),
                " from=",
                R.choice(["AX-BNKOTP", "VERIFY", "MyShop", "40404"]),
                " to=",
                P(reg, style="e164", kind=PNT.MOBILE),
                " status=DELIVERED parts=1",
            )
        )
    out.append(
        build(
            ts(),
            " sms.inbound from=",
            P("ID", style="e164", kind=PNT.MOBILE),
            ' body="Halo, nomor saya yang lain ',
            P("ID", style="nat"),
            '"',
        )
    )
    out.append(
        build(
            ts(),
            ' sms.outbound to=AX-JIOINF body="Your OTP is 739104. Valid for 10 mins. Ref 7Y4K-22981"',
        )
    )
    out.append(
        build(ts(), " sms dlr msgid=", digits(16), " shortcode=72727 status=UNDELIV err=0x0000000B")
    )
    out.append(
        build(
            "Twilio webhook SmsSid=SM",
            hexs(32),
            " From=",
            enc(P("US", style="e164")),
            " To=",
            enc(P("US", style="e164")),
            " Body=Stop",
        )
    )
    out.append(
        build(
            ts(),
            ' sms.outbound body="Votre code de vérification : 55 12 09. Ne le communiquez à personne."',
        )
    )
    return out


@family("email_signatures")
def f_sig():
    out = []
    for reg in ["DE", "FR", "GB", "NL", "AU", "CH"]:
        nm = name()
        lines = [
            nm,
            R.choice(
                ["Head of Sales", "Kundenservice", "Responsable commercial", "Account Manager"]
            ),
            R.choice(COMPANIES).title()
            + R.choice([" GmbH", " SAS", " Ltd", " B.V.", " Pty Ltd", " AG"]),
        ]
        sep = R.choice([" | ", "\\n", " -- "])
        L = build(
            "> ",
            sep.join(lines),
            sep,
            pw(reg),
            " ",
            P(reg, kind=PNT.FIXED_LINE),
            sep,
            R.choice(["M ", "Mobil ", "Mob: ", "GSM "]),
            P(reg, kind=PNT.MOBILE),
            sep,
            E(nm, reg, free=False),
        )
        out.append(L)
    out.append(
        build(
            "> -- \\n Dr. Jan Novak | Hauptstraße 12, 1010 Wien | UID ATU12345678 | FN 123456a | Bürozeiten 8-16"
        )
    )
    out.append(build('quoted signature: "Sent from my iPhone" / v2.3.1 / Ref: 2026-11-04/0815'))
    return out


@family("directory_listing_feed")
def f_dir():
    out = []
    for reg in ["US", "MX", "FR", "IT", "ZA", "TW"]:
        biz = R.choice(
            [
                "Dental Care",
                "Pizzeria Napoli",
                "Boulangerie du Port",
                "Auto Repair",
                "Farmacia Central",
                "茶館",
            ]
        )
        out.append(
            build(
                "feed=yext loc_id=",
                digits(7),
                ' name="',
                biz,
                '" addr="',
                str(R.randint(1, 999)),
                " ",
                R.choice(["Main St", "Rue de la Paix", "Via Roma", "Av. Reforma", "Long St"]),
                '" postal=',
                digits(5),
                " main_phone=",
                P(reg, kind=PNT.FIXED_LINE),
                ' hours="Mo-Fr 09:00-18:00" rating=4.',
                str(R.randint(1, 9)),
            )
        )
    out.append(
        build(
            "feed=osm node=",
            digits(10),
            ' amenity=cafe name="Kaffeerösterei" addr:housenumber=12a addr:postcode=10178 '
            'opening_hours="Mo-Sa 08:00-19:00; Su 10:00-18:00"',
        )
    )
    out.append(
        build(
            "listing ",
            digits(6),
            ' "Hotel Alpenblick" ★★★★ · 2 km · ab 129 € · PLZ 6020 · Zimmer 101–148',
        )
    )
    out.append(
        build(
            "feed=gmb store_code=STR-",
            digits(4),
            " phone=",
            P("DE", kind=PNT.FIXED_LINE, style="nat"),
            " fax=",
            "n/a",
            " email=",
            E(free=False, region="DE"),
        )
    )
    return out


@family("vcard_ldap")
def f_vcard():
    out = []
    nm = name()
    out.append(
        build(
            "BEGIN:VCARD\\nVERSION:3.0\\nFN:",
            nm,
            "\\nTEL;TYPE=CELL:",
            P("FR", style="intl"),
            "\\nTEL;TYPE=WORK,VOICE:",
            P("FR", kind=PNT.FIXED_LINE, style="nat_dots"),
            "\\nEMAIL;TYPE=INTERNET:",
            E(nm, "FR"),
            "\\nEND:VCARD",
        )
    )
    nm = name()
    out.append(
        build(
            "BEGIN:VCARD\\nVERSION:4.0\\nFN:",
            nm,
            '\\nTEL;VALUE=uri;TYPE="voice,home":tel:',
            P("US", style="e164"),
            "\\nREV:20261104T101500Z\\nEND:VCARD",
        )
    )
    out.append(
        build(
            "BEGIN:VCARD\\nVERSION:3.0\\nN:Kowalski;Jan;;;\\nBDAY:1987-04-12\\nADR;TYPE=HOME:;;ul. Marszałkowska 84/92 m. 15;"
            "Warszawa;;00-514;PL\\nEND:VCARD"
        )
    )
    out.append(
        build(
            "ldapsearch: dn: uid=",
            asc(R.choice(FIRST)),
            ",ou=people,dc=example,dc=com telephoneNumber: ",
            P("DE", kind=PNT.FIXED_LINE, style="intl"),
            " mobile: ",
            P("DE", kind=PNT.MOBILE, style="intl"),
        )
    )
    out.append(
        build(
            "dn: cn=",
            name(),
            ",ou=Staff,o=Corp mail: ",
            E(free=False),
            " telephoneNumber: ",
            P("SE", kind=PNT.FIXED_LINE, style="intl"),
            " employeeNumber: ",
            digits(6),
            " roomNumber: 4.112",
        )
    )
    out.append(
        build(
            "dn: cn=printer-3f,ou=devices,dc=corp,dc=local ipHostNumber: ",
            ip(),
            " serialNumber: CN",
            digits(9),
            " l: Building 7, Floor 3",
        )
    )
    out.append(
        build(
            "LDAP modify uid=",
            asc(R.choice(FIRST)),
            " replace: homePhone ",
            P("JP", style="nat"),
            " pager: -",
        )
    )
    out.append(
        build(
            "dn: uidNumber=",
            digits(5),
            ",gidNumber=",
            digits(4),
            ",ou=posix shadowLastChange: 20412 shadowMax: 99999",
        )
    )
    return out


@family("json_logs")
def f_json():
    out = []
    out.append(
        build(
            '{"ts":"',
            ts(),
            '","level":"info","event":"signup","email":"',
            E(),
            '","phone":"',
            P("BR", style="e164"),
            '"}',
        )
    )
    out.append(
        build(
            '{"customer":{"id":',
            digits(7),
            ',"name":"',
            name(),
            '","contact":{"tel":"',
            P("ES"),
            '","mail":"',
            E(region="ES"),
            '"}}}',
        )
    )
    a, b = Psame("NG", ["compact", "e164"], kind=PNT.MOBILE)
    out.append(
        build('{"level":"info","msg":"msisdn normalized","input":"', a, '","normalized":"', b, '"}')
    )
    out.append(
        build(
            '{"shipping":{"recipient":"',
            name(),
            '","line1":"Calle Mayor 5, 2º izq.","zip":"28013","phone":"',
            P("ES", style="nat"),
            '"},"total":"89.90"}',
        )
    )
    out.append(
        build(
            '{"ts":',
            digits(13),
            ',"order_id":"',
            digits(10),
            '","amount_cents":',
            digits(6),
            ',"ean":"',
            ean13(),
            '","zip":"10115"}',
        )
    )
    out.append(
        build(
            '{"event":"login","user_id":',
            digits(9),
            ',"ip":"',
            ip(),
            '","session":"',
            uuid(),
            '","duration_ms":',
            digits(4),
            "}",
        )
    )
    out.append(
        build(
            '{"trace_id":"',
            hexs(32),
            '","span_id":"',
            hexs(16),
            '","http.status_code":503,"retry_after":120}',
        )
    )
    out.append(
        build(
            '{"contacts":["',
            P("KR", style="nat"),
            '","',
            P("KR", style="intl"),
            '"],"note":"영업시간 09:00-18:00"}',
        )
    )
    out.append(
        build(
            '{"invoice":"INV-2026-004512","vat_id":"DE 123 456 789","due":"2026-12-31","sum":"1.234,56 EUR"}'
        )
    )
    return out


@family("yaml_toml_ini")
def f_cfg():
    out = []
    out.append(
        build(
            'config.yaml: support:\\n  hotline: "',
            P("DE", kind=PNT.FIXED_LINE, style="intl"),
            '"\\n  email: ',
            E(free=False, region="DE"),
            '\\n  hours: "Mo-Fr 08:00-20:00"',
        )
    )
    out.append(
        build(
            "[contact]\\nphone = ",
            P("NL", style="nat"),
            "\\nfax = none\\nescalation = ",
            E(free=False, region="NL"),
        )
    )
    out.append(
        build(
            'settings.toml: [owner]\\nname = "',
            name(),
            '"\\nmobile = "',
            P("AU", kind=PNT.MOBILE),
            '"',
        )
    )
    out.append(
        build(
            "alerting.yml: oncall:\\n  - name: ",
            R.choice(FIRST),
            "\\n    sms: '",
            P("CA", style="e164"),
            "'",
        )
    )
    out.append(
        build(
            "app.ini: [server]\\nport = 8443\\nworkers = 16\\ntimeout = 30000\\nmax_body = 10485760"
        )
    )
    out.append(
        build(
            'values.yaml: image:\\n  tag: "1.27.3-alpine"\\nreplicaCount: 3\\nresources: {limits: {memory: 512Mi, cpu: 250m}}'
        )
    )
    out.append(
        build(
            'pyproject.toml: version = "2026.11.4" requires-python = ">=3.10,<3.13" build = 20261104'
        )
    )
    out.append(build("[billing]\\niban = ", iban_de(), "\\nbic = COBADEFFXXX\\nvat = DE298765432"))
    out.append(build('docker-compose.yml: ports: ["8080:80", "5432:5432"] ulimits: nofile: 65535'))
    return out


@family("csv_tsv")
def f_csv():
    out = []
    out.append(build("csv> id,name,email,phone,city"))
    out.append(build("csv> ", digits(5), ',"', name(), '",', E(), ",", P("IT"), ",Milano"))
    out.append(
        build(
            "csv> ",
            digits(5),
            ";",
            name(),
            ";",
            E(region="FR"),
            ';"',
            P("FR", style="nat_dots"),
            '";Lyon;69003',
        )
    )
    out.append(
        build(
            "tsv> ",
            digits(5),
            "\t",
            name(),
            "\t",
            P("CZ", style="intl"),
            "\t",
            P("CZ", style="nat"),
            "\tBrno\t602 00",
        )
    )
    out.append(
        build(
            "csv> ", digits(5), ',"', name(), '",,"', P("IN", style="compact_nsn"), '",Pune,411001'
        )
    )
    out.append(build("csv> sku,ean,price,stock\\n", "A-", digits(5), ",", ean13(), ",19.99,240"))
    out.append(
        build("tsv> 2026-11-04\t08:15:00\t", digits(10), "\t", digits(8), "\t12.50\tEUR\tSETTLED")
    )
    out.append(build("csv> order_no;date;zip;amount\\n", digits(9), ";04.11.2026;80331;1.049,00"))
    return out


@family("kv_logfmt")
def f_kv():
    out = []
    out.append(
        build(
            'level=info msg="otp sent" user_id=',
            digits(7),
            " msisdn=",
            P("TR", style="e164"),
            " provider=netgsm",
        )
    )
    out.append(
        build(
            "ts=",
            ts(),
            ' at=info method=POST path=/api/v2/contacts phone="',
            P("PL"),
            '" status=201 dur=43ms',
        )
    )
    out.append(
        build("lvl=warn caller=notify.go:118 to=", P("SG", style="e164"), ' err="rate limited"')
    )
    out.append(
        build(
            'time="',
            ts(),
            '" level=debug contact_email=',
            E(),
            " contact_phone=",
            P("ZA", style="intl"),
        )
    )
    out.append(
        build("user=", E(), " action=password_reset ip=", ip(), ' ua="Mozilla/5.0" result=ok')
    )
    out.append(
        build(
            'level=info msg="request" method=GET path=/v1/orders/',
            digits(10),
            " status=200 bytes=",
            digits(5),
            " latency=",
            str(R.randint(10, 900)),
            "ms pid=",
            digits(5),
        )
    )
    out.append(
        build(
            'level=error msg="db timeout" host=',
            ip(),
            ":5432 retries=3 backoff=250ms conn_id=",
            digits(9),
        )
    )
    out.append(
        build(
            "audit actor=svc-billing tenant=",
            digits(8),
            " amount=12999 currency=JPY ref=20261104-000173",
        )
    )
    out.append(build("gc pause=1.732ms heap=512MB->498MB goroutines=10482 uptime=86400s"))
    return out


@family("url_query_strings")
def f_url():
    out = []
    out.append(
        build("GET /api/lookup?phone=", enc(P("GB", style="intl")), "&country=GB HTTP/1.1 200")
    )
    out.append(
        build(
            "POST /contact form: name=",
            quote_plus(name()),
            "&email=",
            enc(E()),
            "&tel=",
            enc(P("DE", style="nat_slash")),
            "&msg=R%C3%BCckruf+bitte",
        )
    )
    out.append(
        build("GET /track?utm_source=sms&to=", enc(P("IN", style="e164")), "&ts=", digits(10))
    )
    out.append(build("redirect https://wa.me/", P("BR", style="cc_digits"), "?text=Ol%C3%A1"))
    out.append(build("GET /search?q=", enc(P("FR", style="nat")), "&page=2 200 12ms"))
    out.append(
        build(
            "GET /api/v1/items?from=2026-11-01&to=2026-11-30&limit=100&offset=200&sort=-created_at 200"
        )
    )
    out.append(
        build(
            "GET /checkout?order=",
            digits(10),
            "&amount=129.90&zip=75011&session=",
            hexs(20),
            " 302",
        )
    )
    out.append(build("GET /maps?ll=48.858370,2.294481&z=17&hl=fr 200"))
    out.append(build("GET /verify?code=483920&ref=REF-2026-8812&exp=1764849000 401"))
    return out


@family("html_snippets")
def f_html():
    out = []
    p = P("US", style="intl_paren")
    out.append(build('<a href="tel:', P("US", style="e164"), '">Call us</a> <span>', p, "</span>"))
    a, b = Psame("FR", ["e164", "nat"])
    out.append(build('<p class="contact">Tél. <a href="tel:', a, '">', b, "</a></p>"))
    out.append(
        build(
            '<a href="mailto:',
            E(free=False),
            '?subject=Angebot">E-Mail</a> | <a href="tel:',
            P("AT", style="e164"),
            '">Anrufen</a>',
        )
    )
    out.append(build("<td>Telefon</td><td>", P("CH", style="nat"), "</td><td>Fax</td><td>-</td>"))
    out.append(
        build(
            '<meta itemprop="telephone" content="',
            P("ES", style="intl"),
            '"/><meta itemprop="postalCode" content="08001"/>',
        )
    )
    out.append(
        build(
            '<span class="price">1 299,00 €</span> <span class="sku">SKU 4006381333931</span> <time datetime="2026-11-04">04/11</time>'
        )
    )
    out.append(build('<div id="hours">Lun–Ven 9h–18h · Sam 10h–13h</div><div>75008 Paris</div>'))
    out.append(
        build(
            '<input type="hidden" name="csrf" value="', hexs(24), '"><input name="qty" value="12">'
        )
    )
    return out


@family("markdown")
def f_md():
    out = []
    out.append(
        build(
            "## Kontakt\\n- **Telefon:** ",
            P("DE", kind=PNT.FIXED_LINE),
            "\\n- **E-Mail:** ",
            E(free=False, region="DE"),
        )
    )
    out.append(build("| Name | Phone |\\n|---|---|\\n| ", name(), " | ", P("NZ"), " |"))
    a, b = Psame("IE", ["intl", "e164"], kind=PNT.MOBILE)
    out.append(build("> Reach the on-call engineer: [", a, "](tel:", b, ")"))
    out.append(build("* 📞 ", P("KR", style="nat"), " · ✉️ <", E(), ">"))
    out.append(
        build(
            "## Changelog\\n### v3.12.0 (2026-11-04)\\n- fix #4512, #4519\\n- bump deps 1.2.3 → 1.4.0"
        )
    )
    out.append(
        build("| Metric | Value |\\n|---|---|\\n| p99 latency | 412 ms |\\n| rps | 12 000 |")
    )
    out.append(build("- [ ] migrate table `orders_2026_11` (rows: 14 213 908)"))
    out.append(build("1. Open hours: 08:00–12:00 / 13:30–17:00\\n2. Room 3.04, Building C"))
    return out


@family("xml_payloads")
def f_xml():
    out = []
    out.append(
        build(
            "<Contact><Name>",
            name(),
            '</Name><Phone type="mobile">',
            P("IT", kind=PNT.MOBILE),
            "</Phone><Email>",
            E(region="IT"),
            "</Email></Contact>",
        )
    )
    out.append(
        build(
            "<soap:Body><SendSMS><To>",
            P("EG", style="e164"),
            "</To><Text>Kod 4412</Text></SendSMS></soap:Body>",
        )
    )
    out.append(
        build(
            "<party><telephone>",
            P("PT"),
            "</telephone><telefax/><cbc:ElectronicMail>",
            E(region="PT"),
            "</cbc:ElectronicMail></party>",
        )
    )
    out.append(
        build(
            "<cac:Contact><cbc:Telephone>",
            P("BE", kind=PNT.FIXED_LINE, style="nat_slash"),
            "</cbc:Telephone></cac:Contact>",
        )
    )
    out.append(
        build(
            "<Invoice><cbc:ID>RE-2026-11-0042</cbc:ID><cbc:IssueDate>2026-11-04</cbc:IssueDate><cbc:CompanyID>BE0123456749</cbc:CompanyID></Invoice>"
        )
    )
    out.append(
        build(
            '<gpx><trkpt lat="47.376887" lon="8.541694"><ele>408.2</ele><time>2026-11-04T07:12:03Z</time></trkpt></gpx>'
        )
    )
    out.append(
        build("<dependency><groupId>org.slf4j</groupId><version>2.0.13</version></dependency>")
    )
    out.append(
        build(
            "<Address><Street>Bahnhofstrasse 21</Street><Zip>8001</Zip><POBox>1234</POBox></Address>"
        )
    )
    return out


@family("uri_schemes")
def f_uri():
    out = []
    out.append(
        build(
            "INVITE sip:",
            P("DE", style="e164"),
            "@sip.provider.de;user=phone SIP/2.0 Call-ID: ",
            hexs(16),
        )
    )
    out.append(
        build(
            'From: "', name(), '" <sip:', P("FR", style="e164"), "@voip.example.fr>;tag=", hexs(8)
        )
    )
    out.append(
        build(
            "twilio msg From=whatsapp:",
            P("MX", style="e164"),
            " To=whatsapp:",
            P("US", style="e164"),
            " status=read",
        )
    )
    out.append(
        build("click-to-call uri=tel:", P("AU", style="e164"), ";phone-context=+61 device=android")
    )
    out.append(build("uri=tel:", P("GB", style="intl_dash"), " source=contact_card"))
    out.append(
        build(
            "sip REGISTER sip:",
            digits(4),
            "@pbx.local expires=3600 contact=<sip:",
            digits(4),
            "@",
            ip(),
            ":5060>",
        )
    )
    out.append(
        build(
            "SIP/2.0 486 Busy Here CSeq: 102 INVITE Via: SIP/2.0/UDP ",
            ip(),
            ":5060;branch=z9hG4bK",
            hexs(8),
        )
    )
    out.append(
        build(
            "skype:live:.cid.",
            hexs(16),
            "?call ok; teams meeting id 451 238 907 22, passcode 8XqK2a",
        )
    )
    return out


@family("extensions_and_intl_prefixes")
def f_ext():
    out = []
    out.append(
        build(
            "Reception ",
            P("US", style="nanp_dash", ext=" ext. " + str(R.randint(10, 999))),
            " (front desk)",
        )
    )
    out.append(
        build(
            "call ", P("CA", style="nat", ext=" x " + str(R.randint(1, 9))), " and ask for billing"
        )
    )
    out.append(
        build("contact_phone=", P("GB", style="intl", ext=" extension " + str(R.randint(1, 99))))
    )
    out.append(build("tel:", P("US", style="e164", ext=";ext=" + str(R.randint(10, 99))), " (IVR)"))
    out.append(
        build(
            "Aus Deutschland: ",
            P("IT", style="idd00", frm="DE"),
            ", from the US: ",
            P("IT", style="idd011"),
        )
    )
    out.append(build("dialed ", P("JP", style="idd011"), " duration=00:03:12 cost=$0.42"))
    out.append(build("Australia office: dial ", P("NZ", style="idd0011"), " (Mon-Fri 9-5 NZT)"))
    out.append(
        build(
            "PBX cdr src=",
            digits(3),
            " dst=",
            P("CH", style="idd00_nosp", frm="DE"),
            " billsec=87 disposition=ANSWERED",
        )
    )
    return out


# ---------------- PII-free look-alike families ----------------


@family("dates_times")
def f_dates():
    out = []
    for _ in range(10):
        a, b = d_date(), d_date()
        out.append(
            build(
                R.choice(["", "[", "time="]),
                a,
                R.choice([" ", "] ", " "]),
                R.choice(
                    [
                        "job finished, next run ",
                        "backup window until ",
                        "cert valid until ",
                        "Termin verschoben auf ",
                        "last seen ",
                        "rendez-vous le ",
                    ]
                ),
                b,
            )
        )
    return out


@family("opening_hours_ranges")
def f_hours():
    return [
        build(x)
        for x in [
            'store_hours="Mon-Fri 09:00-18:00, Sat 10:00-16:00, Sun closed"',
            "Öffnungszeiten: Mo–Fr 8.00–12.30 und 14.00–18.30 Uhr, Sa 9–13 Uhr",
            "Horaires : lun. au ven. 9h00 - 12h30 / 14h00 - 19h00",
            "Horario: L-V 08:30 a 20:30 h, S 10:00-14:00",
            "maintenance window 2026-11-08 02:00-04:30 UTC (+01:00 CET)",
            "pages 112-118, 204-209; ranges 1000-1999, 3000-3499",
            "Sprechstunde Di 14:00-17:00, Do 08:00-11:00, Raum 2.118",
            "受付時間 9:00-17:00 (土日祝除く) 12/29-1/3 休業",
            "temp range -20..+55 °C, humidity 10-90 %RH",
        ]
    ]


@family("postal_addresses")
def f_addr():
    return [
        build(x)
        for x in [
            'ship_to="Friedrichstraße 123, 10117 Berlin, DE" floor=4 door=12',
            "address: 1600 Amphitheatre Pkwy, Mountain View, CA 94043-1351, Bldg 40, Rm 2104",
            'adresse="12 bis rue des Lilas, Bât. C, 69003 Lyon" digicode=4B172',
            "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200, conj. 142",
            "PO Box 4521, Auckland 1140; Level 12, 34 Queen St",
            "〒100-0005 東京都千代田区丸の内1-9-1 グラントウキョウ 12F",
            "ul. Marszałkowska 84/92 lok. 115, 00-514 Warszawa",
            "Calle de Alcalá 45, 3º B, 28014 Madrid",
            "Flat 3/2, 221B Baker Street, London NW1 6XE",
        ]
    ]


@family("prices_amounts")
def f_prices():
    return [
        build(x)
        for x in [
            "cart total=1.299,00 € (inkl. 19 % MwSt. 207,41 €)",
            "price_usd=12,499.99 discount=-1,250.00 shipping=0.00",
            "Preis: CHF 1'249.90 statt 1'499.–",
            "R$ 1.234.567,89 em 12x de R$ 102.880,66",
            "total ¥128,000 (税込) ポイント 1,280",
            "amount=₹1,23,45,678.00 gst=18%",
            "payout 3 450 000,00 Kč / 134 260,50 EUR",
            "refund -€49,90 ref 2026110400173",
            "balance: $1,024,768.32 | limit $2,500,000",
        ]
    ]


@family("ids_tax_vat")
def f_ids():
    return [
        build(x)
        for x in [
            "kyc doc_type=CPF number=123.456.789-09 status=verified",
            "CNPJ 12.345.678/0001-95 IE 110.042.490.114",
            "vat_id=FR40303265045 siret=732 829 320 00074",
            "USt-IdNr.: DE 136 695 976 | Steuernr. 143/815/08154",
            "NIF B12345678 / NIE X-1234567-L",
            "PESEL 44051401359 NIP 123-456-32-18 REGON 123456785",
            "SSN ***-**-6789 EIN 12-3456789",
            "Aadhaar XXXX XXXX 4821 PAN ABCDE1234F GSTIN 27ABCDE1234F1Z5",
            "codice fiscale RSSMRA85T10A562S P.IVA 01234567890",
            "NHS no. 943 476 5919, NI number QQ 12 34 56 C",
        ]
    ]


@family("bank_accounts")
def f_bank():
    return [
        build(x)
        for x in [
            "sepa.transfer iban=" + iban_de() + " bic=DEUTDEFF amount=250.00",
            "virement IBAN " + iban_fr() + " RIB clé 76",
            "ach routing=021000021 account=****4321",
            "sort code 20-00-00 account 55779911",
            "BSB 062-000 acc 1234 5678",
            "card ****-****-****-4242 exp 12/28",
            "CLABE 032180000118359719 banco BBVA",
            "swift MT103 :32A:261104EUR12500,00 :50K:/DE89370400440532013000",
        ]
    ]


@family("invoice_order_ids")
def f_inv():
    return [
        build(x)
        for x in [
            "invoice=INV-2026-000412 order=ORD-88213-44 due=2026-12-04",
            "Rechnungsnr. 2026/11/0815 Kundennr. 100 234 567 Auftragsnr. 4500123456",
            "Facture n° F2026-11-00123 du 04/11/2026",
            "tracking 1Z999AA10123456784 carrier=UPS",
            "DHL Sendungsnummer 00340434161094042557",
            "ticket JIRA-10423 / INC0012345 / CHG0034512",
            "PO# 4500-0012-33 line 10/20/30",
            "Bestellung 302-1234567-7654321 versandt",
            "booking ref K7X2QP, flight AF 1234, e-ticket 057-2123456789",
        ]
    ]


@family("product_codes_ean")
def f_ean():
    return [
        build(x)
        for x in [
            "scan ean=" + ean13() + " qty=2",
            "GTIN " + ean13() + " / UPC 036000291452",
            "ISBN 978-3-16-148410-0, ISSN 2049-3630",
            "part_no=A2C-5301-2210 rev=C mfr=BOSCH 0 986 452 041",
            "IMEI 35-209900-176148-1 serial F2LX1234ABCD",
            "MAC 3c:22:fb:12:9a:0e, VIN WVWZZZ1JZXW000001",
            "article 0123-456-789 size 42 colour 001",
            "NDC 0002-1433-80, lot 24K301, exp 2027-03",
            "HS code 8471.30.0100, ECCN 5A992.c",
        ]
    ]


@family("versions_builds")
def f_ver():
    return [
        build(x)
        for x in [
            "starting app version=4.12.3 build=20261104.1532 commit=" + hexs(40),
            "kernel 6.8.0-45-generic #45~22.04.1-Ubuntu SMP",
            "npm i @babel/core@7.24.0 lodash@4.17.21 react@18.3.1",
            "Chrome/130.0.6723.117 Safari/537.36 Android 14; SM-S918B Build/UP1A.231005.007",
            "assets: logo@2x.png icon@3x.png sprite@1.5x.webp",
            "ssh deploy@10.0.12.7 -p 2222: Permission denied (publickey)",
            "release 2026.11.0-rc.2+build.417, docker image app:1.2.3-20261104",
            "protobuf 3.21.12, openssl 3.0.13 30 Jan 2024, glibc 2.35",
        ]
    ]


@family("measurements_coords_scores")
def f_meas():
    return [
        build(x)
        for x in [
            "gps lat=52.520008 lon=13.404954 alt=34.0m acc=4.8m",
            "position 40°26′46″N 79°58′56″W, heading 270°",
            "sensor t=21.4°C rh=45.2% p=1013.25hPa co2=412ppm",
            "package 30x20x15 cm, 2.35 kg, volume 0.009 m³",
            "final score 3:1 (1:0), attendance 81 365",
            "benchmark: 1 234 567 ops/s, p50=0.82ms p99=12.40ms",
            "screen 2560x1440 @ 144 Hz, dpi 109",
            "mileage 123 456 km, fuel 6,8 l/100 km",
            "disk /dev/sda1 used 412.6G/931.5G (44%) inodes 1203344/61054976",
        ]
    ]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def main():
    rows = []
    for fam, fn in FAMILIES.items():
        for L in fn():
            rows.append((fam, L))
    stats: Counter = Counter()
    fam_counts: OrderedDict = OrderedDict()
    regions_seen = set()
    nphones = 0
    with open(OUT, "w", encoding="utf-8") as fh:
        for fam, L in rows:
            text = L.text
            prev_end = -1
            spans = []
            for sp in sorted(L.spans, key=lambda s: s["start"]):
                assert sp["start"] >= prev_end, (fam, text)
                assert sp["start"] < sp["end"]
                prev_end = sp["end"]
                seg = text[sp["start"] : sp["end"]]
                if sp.get("decode") == "form":
                    seg = unquote_plus(seg)
                if sp["type"] == "phone":
                    num = sp.pop("_num")
                    parsed = pn.parse(seg, sp["region"])
                    assert pn.is_valid_number(parsed), (seg, sp["region"])
                    assert (
                        parsed.country_code == num.country_code
                        and parsed.national_number == num.national_number
                    ), seg
                    assert seg[0] in "+(0123456789" and seg[-1].isdigit(), seg
                    regions_seen.add(pn.region_code_for_number(num))
                    nphones += 1
                    stats["phone"] += 1
                else:
                    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z.]+", seg), seg
                    stats["email"] += 1
                spans.append(sp)
            fh.write(
                json.dumps({"text": text, "spans": spans, "family": fam}, ensure_ascii=False) + "\n"
            )
            c = fam_counts.setdefault(fam, [0, 0])
            c[0] += 1
            c[1] += 1 if spans else 0
            stats["lines"] += 1
            stats["pii_lines"] += 1 if spans else 0
    print("%-32s %5s %5s" % ("family", "lines", "pii"))
    for fam, (n, p) in fam_counts.items():
        print("%-32s %5d %5d" % (fam, n, p))
    print(
        "families=%d lines=%d pii_lines=%d clean_lines=%d phones=%d emails=%d countries=%d"
        % (
            len(fam_counts),
            stats["lines"],
            stats["pii_lines"],
            stats["lines"] - stats["pii_lines"],
            stats["phone"],
            stats["email"],
            len(regions_seen),
        )
    )
    missing = sorted(set(REGIONS) - regions_seen)
    print("regions missing:", missing)
    print("all %d phone spans validated with phonenumbers.is_valid_number" % nphones)
    return fam_counts, stats, regions_seen


if __name__ == "__main__":
    main()
