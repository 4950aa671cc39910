"""Write tests/processing/redaction_corpus_probe.jsonl: a third labelled corpus, written from
real log formats by someone who had not read the redaction rules (issue 11).

Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe_corpus

It was scored once, families split in two halves (``probe_part``): the first half was then
used to find leaking classes, the second only scored (see test_redaction_corpus_split.py).

Every line is built by appending pieces to a Line object; a PII piece records
its own (start, end, type) span at the moment it is appended, so offsets are
never computed by hand.  Offsets are Python str (code point) indices.

Span fields:
  start, end, type ("phone" | "email")
  region  (phones only, optional): region used to parse a phone that does not
          start with "+" (after decoding); also for 00/011 prefixed numbers,
          where it is the region dialled from.
  decode  (optional): "url" (urllib.parse.unquote) or "form"
          (urllib.parse.unquote_plus) when the PII is written URL/form-encoded
          (e.g. %2B14155550123, jane%40example.com); validation is done on the
          decoded span text.

Output: one {"text","spans","family"} per line.
"""

import datetime
import json
import random
import re
import urllib.parse
from pathlib import Path

import phonenumbers

r = random.Random(2026)
OUT = Path(__file__).with_name("redaction_corpus_probe.jsonl")

EMAIL_RE = re.compile(
    r"^[A-Za-z0-9._%+=-]+@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$"
)


# --------------------------------------------------------------------------
# validation helpers
# --------------------------------------------------------------------------
def decode(s, mode):
    if mode is None:
        return s
    if mode == "url":
        return urllib.parse.unquote(s)
    if mode == "form":
        return urllib.parse.unquote_plus(s)
    raise ValueError(mode)


def check_phone(text, region, mode=None, country=None, want_ext=False):
    s = decode(text, mode)
    reg = None if s.startswith("+") else region
    if reg is None and not s.startswith("+"):
        raise ValueError(f"phone {text!r} has no region and no +")
    n = phonenumbers.parse(s, reg)
    if not phonenumbers.is_valid_number(n):
        raise ValueError(f"invalid phone {text!r} region={reg}")
    if country and phonenumbers.region_code_for_number(n) != country:
        raise ValueError(
            f"phone {text!r} is {phonenumbers.region_code_for_number(n)} not {country}"
        )
    if want_ext and not n.extension:
        raise ValueError(f"phone {text!r} lost its extension")
    return n


def check_email(text, mode=None):
    s = decode(text, mode)
    if not EMAIL_RE.match(s):
        raise ValueError(f"bad email {text!r}")


class Ph:
    def __init__(self, text, region, country, mode=None, ext=False):
        self.text, self.region, self.country, self.mode, self.ext = text, region, country, mode, ext
        check_phone(text, region, mode, country, ext)


class Em:
    def __init__(self, text, mode=None):
        self.text, self.mode = text, mode
        check_email(text, mode)


def enc(x, mode="url"):
    """URL-encode (mode url: quote, mode form: quote_plus) a Ph or Em."""
    q = (
        urllib.parse.quote(x.text, safe="")
        if mode == "url"
        else urllib.parse.quote_plus(x.text, safe="")
    )
    if isinstance(x, Ph):
        return Ph(q, x.region, x.country, mode, x.ext)
    return Em(q, mode)


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []
        self.expect = []

    def _add(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def t(self, *parts):
        for p in parts:
            if isinstance(p, Ph):
                check_phone(p.text, p.region, p.mode, p.country, p.ext)
                start = self.pos
                self._add(p.text)
                sp = {"start": start, "end": self.pos, "type": "phone"}
                if not decode(p.text, p.mode).startswith("+"):
                    sp["region"] = p.region
                if p.mode:
                    sp["decode"] = p.mode
                self.spans.append(sp)
                self.expect.append((start, self.pos, p.text))
            elif isinstance(p, Em):
                check_email(p.text, p.mode)
                start = self.pos
                self._add(p.text)
                sp = {"start": start, "end": self.pos, "type": "email"}
                if p.mode:
                    sp["decode"] = p.mode
                self.spans.append(sp)
                self.expect.append((start, self.pos, p.text))
            elif isinstance(p, str):
                self._add(p)
            else:
                raise TypeError(p)
        return self

    def done(self):
        text = "".join(self.buf)
        assert len(text) == self.pos
        for s, e, tx in self.expect:
            assert text[s:e] == tx, (text, s, e, tx)
        assert "\n" not in text
        return {"text": text, "spans": self.spans, "family": self.family}


# --------------------------------------------------------------------------
# phone generation
# --------------------------------------------------------------------------
US_AC = [
    "212",
    "312",
    "415",
    "617",
    "206",
    "303",
    "404",
    "512",
    "646",
    "702",
    "713",
    "305",
    "503",
    "602",
    "818",
    "773",
    "917",
    "469",
]


def fill(p):
    p = p.replace("{ac}", r.choice(US_AC))
    out = []
    for ch in p:
        if ch == "D":
            out.append(str(r.randint(0, 9)))
        elif ch == "N":
            out.append(str(r.randint(2, 9)))
        elif ch == "M":
            out.append(str(r.randint(1, 9)))
        else:
            out.append(ch)
    return "".join(out)


def gen(country, pattern, region=None):
    """Fill a digit pattern with random digits until it is a valid number of
    `country` when parsed with `region` (default: country; None for '+')."""
    for _ in range(5000):
        s = fill(pattern)
        reg = None if s.startswith("+") else (region or country)
        try:
            n = phonenumbers.parse(s, reg)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) == country:
            return Ph(s, reg, country)
    raise RuntimeError(f"cannot generate a valid {country} number for {pattern!r}")


NAT = {
    "US": [
        "({ac}) NDD-DDDD",
        "{ac}-NDD-DDDD",
        "{ac}.NDD.DDDD",
        "{ac} NDD DDDD",
        "1-{ac}-NDD-DDDD",
        "1 ({ac}) NDD-DDDD",
    ],
    "GB": [
        "020 7DDD DDDD",
        "020 3DDD DDDD",
        "0161 DDD DDDD",
        "07MDD DDDDDD",
        "0113 DDD DDDD",
        "07DDD DDDDDD",
    ],
    "FR": [
        "01 DD DD DD DD",
        "04 DD DD DD DD",
        "06 DD DD DD DD",
        "07 DD DD DD DD",
        "09 DD DD DD DD",
        "06.DD.DD.DD.DD",
    ],
    "DE": [
        "030 DDDDDDD",
        "030 DDDDDDDD",
        "0171 DDDDDDD",
        "0151 DDDDDDDD",
        "089 DDDDDDD",
        "040 DDDDDDDD",
        "0171/DDDDDDD",
    ],
    "ES": ["6DD DDD DDD", "91 DDD DD DD", "93 DDD DD DD", "6DD DD DD DD"],
    "IT": ["06 DDDD DDDD", "02 DDDD DDDD", "333 DDD DDDD", "347 DDD DDDD", "340 DDDDDDD"],
    "BR": ["(11) 9DDDD-DDDD", "(21) 9DDDD-DDDD", "(11) 3DDD-DDDD", "(31) 9DDDD-DDDD"],
    "JP": [
        "03-DDDD-DDDD",
        "06-DDDD-DDDD",
        "090-DDDD-DDDD",
        "080-DDDD-DDDD",
        "070-DDDD-DDDD",
        "045-DDD-DDDD",
    ],
    "NL": ["06-DDDDDDDD", "06 DDDD DDDD", "020 DDD DDDD", "010-DDD DDDD"],
    "PL": ["5DD DDD DDD", "6DD DDD DDD", "22 DDD DD DD", "7DD DDD DDD"],
    "AU": ["04DD DDD DDD", "(02) 9DDD DDDD", "(03) 9DDD DDDD", "02 9DDD DDDD"],
    "IN": ["9DDDD DDDDD", "98DDD DDDDD", "7DDDD DDDDD", "8DDDD DDDDD"],
}
INTL = {
    "US": ["+1 {ac} NDD DDDD", "+1-{ac}-NDD-DDDD", "+1 ({ac}) NDD-DDDD", "+1.{ac}.NDD.DDDD"],
    "CA": ["+1 416 NDD DDDD", "+1 604 NDD DDDD", "+1 514 NDD DDDD"],
    "GB": ["+44 20 7DDD DDDD", "+44 7MDD DDDDDD", "+44 161 DDD DDDD", "+44 (0)20 7DDD DDDD"],
    "FR": ["+33 6 DD DD DD DD", "+33 1 DD DD DD DD", "+33 (0)6 DD DD DD DD", "+33 7 DD DD DD DD"],
    "DE": ["+49 30 DDDDDDDD", "+49 171 DDDDDDD", "+49 151 DDDDDDDD", "+49 (0)89 DDDDDDD"],
    "ES": ["+34 6DD DD DD DD", "+34 91 DDD DD DD", "+34 6DD DDD DDD"],
    "IT": ["+39 06 DDDD DDDD", "+39 3DD DDD DDDD"],
    "BR": ["+55 11 9DDDD-DDDD", "+55 (21) 3DDD-DDDD", "+55 21 9DDDD DDDD"],
    "JP": ["+81 3-DDDD-DDDD", "+81 90 DDDD DDDD", "+81 80-DDDD-DDDD"],
    "NL": ["+31 6 DDDDDDDD", "+31 20 DDD DDDD", "+31 6 DDDD DDDD"],
    "PL": ["+48 5DD DDD DDD", "+48 22 DDD DD DD"],
    "AU": ["+61 4DD DDD DDD", "+61 2 9DDD DDDD"],
    "IN": ["+91 9DDDD DDDDD", "+91-9DDDDDDDDD"],
    "MX": ["+52 55 DDDD DDDD", "+52 33 DDDD DDDD"],
    "SE": ["+46 70 DDD DD DD"],
    "ZA": ["+27 82 DDD DDDD"],
    "SG": ["+65 9DDD DDDD"],
    "CH": ["+41 79 DDD DD DD"],
    "IE": ["+353 87 DDD DDDD"],
}
WORLD = list(INTL)


def digits(s):
    return "".join(c for c in s if c.isdigit())


def nat(cc, pattern=None):
    return gen(cc, pattern or r.choice(NAT[cc]))


def intl(cc, pattern=None):
    return gen(cc, pattern or r.choice(INTL[cc]))


def e164(cc):
    p = intl(cc)
    n = phonenumbers.parse(p.text, None)
    return Ph(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), None, cc)


def to_e164(p):
    n = phonenumbers.parse(decode(p.text, p.mode), p.region)
    return Ph(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164), None, p.country)


def nat_digits(cc):
    """National number written as bare digits, e.g. 3125550176, 07911123456."""
    for _ in range(100):
        p = nat(cc)
        d = digits(p.text)
        try:
            return Ph(d, cc, cc)
        except ValueError:
            continue
    raise RuntimeError(cc)


def no_plus(cc):
    """E.164 without the +, e.g. 447911123456 (parsed with region cc)."""
    for _ in range(100):
        d = e164(cc).text[1:]
        try:
            return Ph(d, cc, cc)
        except ValueError:
            continue
    raise RuntimeError(cc)


def idd(cc, frm, spaced=False):
    """International format with an IDD prefix: 011 (from US/CA) or 00."""
    prefix = "011" if frm in ("US", "CA") else "00"
    for _ in range(100):
        p = intl(cc)
        if "(0)" in p.text:
            continue
        body = p.text[1:]
        if spaced:
            s = prefix + " " + body.replace("-", " ").replace(".", " ")
        else:
            s = prefix + digits(body)
        try:
            return Ph(s, frm, cc)
        except ValueError:
            continue
    raise RuntimeError(cc)


def with_ext(p, style=None):
    style = style or r.choice([" ext. {}", " ext {}", " x{}", " x {}", " ext.{}", " extension {}"])
    e = str(r.randint(1, 9)) if r.random() < 0.25 else str(r.randint(10, 9999))
    return Ph(p.text + style.format(e), p.region, p.country, p.mode, ext=True)


# --------------------------------------------------------------------------
# people, e-mail, misc values
# --------------------------------------------------------------------------
FIRST = [
    "jane",
    "john",
    "anna",
    "sophie",
    "lukas",
    "marta",
    "kenji",
    "yuki",
    "priya",
    "rahul",
    "lucas",
    "giulia",
    "pieter",
    "olivia",
    "mohammed",
    "chloe",
    "diego",
    "ines",
    "tomasz",
    "emma",
    "noah",
    "fatima",
    "li",
    "oliver",
]
LAST = [
    "doe",
    "smith",
    "mueller",
    "dubois",
    "garcia",
    "rossi",
    "tanaka",
    "sato",
    "sharma",
    "patel",
    "silva",
    "devries",
    "nowak",
    "kowalski",
    "brown",
    "martin",
    "lopez",
    "bianchi",
    "jansen",
    "oconnor",
    "nguyen",
    "schmidt",
    "moreau",
    "kim",
]
DISPLAY_LAST = {
    "mueller": "Müller",
    "lopez": "López",
    "oconnor": "O'Connor",
    "devries": "de Vries",
    "dubois": "Dubois",
}
DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "corp.example.co.uk",
    "acme-corp.io",
    "shop.example.com",
    "users.example.dev",
    "mx.example.info",
    "examplemail.com",
]
CC_DOMAINS = {
    "FR": ["exemple.fr", "orange-exemple.fr"],
    "DE": ["beispiel.de", "firma-beispiel.de"],
    "ES": ["ejemplo.es"],
    "IT": ["esempio.it"],
    "BR": ["exemplo.com.br"],
    "JP": ["example.co.jp", "rei.example.jp"],
    "NL": ["voorbeeld.nl"],
    "PL": ["przyklad.pl"],
    "GB": ["example.co.uk"],
    "AU": ["example.com.au"],
    "IN": ["example.co.in"],
    "US": ["example.com", "example.us"],
}


def email(first=None, last=None, domain=None, cc=None):
    first = first or r.choice(FIRST)
    last = last or r.choice(LAST)
    if domain is None:
        domain = r.choice(CC_DOMAINS[cc]) if cc and r.random() < 0.7 else r.choice(DOMAINS)
    style = r.randint(0, 8)
    local = [
        f"{first}.{last}",
        f"{first[0]}.{last}",
        f"{first}_{last}",
        f"{first}{last[0]}",
        f"{first}.{last}+{r.choice(['billing', 'news', 'test', 'shop'])}",
        f"{first}.{last}{r.randint(1, 99)}",
        f"{last}-{first}",
        f"{first}",
        f"{first[0].upper()}{last.capitalize()}",
    ][style]
    return Em(f"{local}@{domain}")


class Person:
    def __init__(self, cc=None):
        self.first = r.choice(FIRST)
        self.last = r.choice(LAST)
        self.display = (
            self.first.capitalize() + " " + DISPLAY_LAST.get(self.last, self.last.capitalize())
        )
        self.email = email(self.first, self.last, cc=cc)


BASE = datetime.datetime(2026, 1, 5, 0, 0, 0, tzinfo=datetime.UTC)


def dt():
    return BASE + datetime.timedelta(
        seconds=r.randint(0, 86400 * 40), microseconds=r.randint(0, 999999)
    )


def iso(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def sqlts(d=None):
    d = d or dt()
    return d.strftime("%Y-%m-%d %H:%M:%S")


def syslog(d=None):
    d = d or dt()
    return f"{d:%b} {d.day:2d} {d:%H:%M:%S}"


def apache(d=None):
    d = d or dt()
    return d.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def hexs(n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def uuid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ip4():
    return r.choice(
        [
            f"203.0.113.{r.randint(1, 254)}",
            f"198.51.100.{r.randint(1, 254)}",
            f"192.0.2.{r.randint(1, 254)}",
            f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
        ]
    )


def alnum(n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.109 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
    "curl/8.4.0",
    "okhttp/4.12.0",
    "python-requests/2.31.0",
    "axios/1.6.2",
]


# ==========================================================================
# PII families
# ==========================================================================
def sip_num():
    k = r.random()
    cc = r.choice(["US", "GB", "DE", "FR", "NL", "AU", "ES", "IT", "CA", "MX", "SE", "IE"])
    if k < 0.45:
        return e164(cc)
    if k < 0.65:
        return nat_digits("US")
    if k < 0.8:
        return no_plus(r.choice(["US", "GB", "DE"]))
    return idd(cc if cc not in ("US", "CA") else "GB", "US")


def fam_sip_logs():
    F = "sip_logs"
    out = []
    d = dt()
    L = Line(F)
    L.t(
        f"[{sqlts(d)}] VERBOSE[{r.randint(1000, 40000)}][C-{r.randint(0, 0xFFFF):08x}] pbx.c: Executing [",
        sip_num(),
        f'@from-trunk:1] Dial("PJSIP/trunk-{r.randint(0, 0xFFFF):08x}", "PJSIP/',
        e164(r.choice(WORLD)),
        '@twilio-out,60,tT") in new stack',
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"[{sqlts()}] VERBOSE[{r.randint(1000, 40000)}][C-{r.randint(0, 0xFFFF):08x}] pbx.c: Executing "
        f'[s@macro-dialout-trunk:12] Set("PJSIP/{r.randint(1001, 1099)}-{r.randint(0, 0xFFFF):08x}", "CALLERID(num)=',
        e164("US"),
        '") in new stack',
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"[{sqlts()}] NOTICE[{r.randint(1000, 40000)}] chan_sip.c: Call from '' ({ip4()}:{r.choice([5060, 5071, 5080])}) to extension '",
        idd(r.choice(["GB", "DE", "FR", "IT", "MX"]), "US"),
        "' rejected because extension not found in context 'public'.",
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"{sqlts()}.{r.randint(0, 999999):06d} [NOTICE] switch_channel.c:1142 New Channel sofia/external/",
        sip_num(),
        f"@{ip4()} [{uuid()}]",
    )
    out.append(L)
    p = Person()
    L = Line(F)
    L.t(
        f"{sqlts()}.{r.randint(0, 999999):06d} [INFO] mod_dialplan_xml.c:637 Processing {p.display} <",
        e164(r.choice(["US", "CA", "GB"])),
        ">->",
        nat_digits("US"),
        " in context public",
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"{syslog()} sbc1 /usr/sbin/kamailio[{r.randint(1000, 9999)}]: INFO: <script>: INVITE sip:",
        e164(r.choice(WORLD)),
        "@voip.example.net;user=phone from sip:",
        no_plus(r.choice(["GB", "US", "DE"])),
        f"@{ip4()}:5060 ci={hexs(16)}@{ip4()}",
    )
    out.append(L)
    p = Person()
    L = Line(F)
    L.t(
        f'{syslog()} sbc2 /usr/sbin/kamailio[{r.randint(1000, 9999)}]: NOTICE: <script>: PAI="{p.display}" <sip:',
        e164(r.choice(WORLD)),
        "@carrier.example.com> Diversion=<tel:",
        e164(r.choice(["FR", "DE", "NL"])),
        ">;reason=unconditional",
    )
    out.append(L)
    L = Line(F)
    ext = r.randint(1001, 1099)
    L.t(
        f"[{sqlts()}] VERBOSE[{r.randint(1000, 40000)}] res_pjsip_registrar.c: Added contact "
        f"'sip:{ext}@{ip4()}:{r.randint(5060, 5090)};transport=UDP;rinstance={hexs(16)}' to AOR '{ext}' "
        f"with expiration of 3600 seconds"
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"{syslog()} sbc1 /usr/sbin/kamailio[{r.randint(1000, 9999)}]: INFO: <script>: REGISTER from "
        f"sip:{r.randint(1001, 1099)}@pbx.example.local expires=3600 src={ip4()}:5060 cseq={r.randint(1, 99999)}"
    )
    out.append(L)
    return out


def twilio_prefix(path):
    return f"{iso()} INFO  [twilio-webhook] POST {path} content-type=application/x-www-form-urlencoded body="


def fam_twilio_webhook():
    F = "twilio_webhook"
    out = []

    def sid(p):
        return p + hexs(32)

    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/sms"),
        f"ToCountry=US&ToState=IL&SmsMessageSid={sid('SM')}&NumMedia=0&ToCity=CHICAGO&FromZip=60601"
        f"&SmsSid={sid('SM')}&FromState=IL&SmsStatus=received&FromCity=CHICAGO&Body=STOP&FromCountry=US&To=",
        enc(e164("US")),
        f"&ToZip=&NumSegments=1&MessageSid={sid('SM')}&AccountSid={sid('AC')}&From=",
        enc(e164("US")),
        "&ApiVersion=2010-04-01",
    )
    out.append(L)
    a, b = e164("GB"), e164("US")
    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/voice"),
        f"AccountSid={sid('AC')}&ApiVersion=2010-04-01&CallSid={sid('CA')}"
        "&CallStatus=ringing&Called=",
        enc(b),
        "&CalledCountry=US&Caller=",
        enc(a),
        "&CallerCountry=GB&Direction=inbound&From=",
        enc(a),
        "&FromCountry=GB&To=",
        enc(b),
        "&ToCountry=US",
    )
    out.append(L)
    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/status"),
        f"SmsSid={sid('SM')}&SmsStatus=undelivered&MessageStatus=undelivered&ErrorCode=30003&To=",
        enc(e164(r.choice(["AU", "IN", "BR"]))),
        f"&MessageSid={sid('SM')}&AccountSid={sid('AC')}&From=",
        enc(e164("US")),
        "&ApiVersion=2010-04-01",
    )
    out.append(L)
    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/sms"),
        "Body=my+new+email+is+",
        enc(Person().email),
        "+thanks&From=",
        enc(e164("CA")),
        "&To=",
        enc(e164("US")),
        f"&MessageSid={sid('SM')}&NumMedia=0",
    )
    out.append(L)
    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/sms"),
        "Body=please+call+me+back+at+",
        enc(nat("US", "({ac}) NDD-DDDD"), "form"),
        "+after+5pm&From=",
        enc(e164("US")),
        "&To=",
        enc(e164("US")),
        f"&MessageSid={sid('SM')}&FromCountry=US",
    )
    out.append(L)
    L = Line(F)
    L.t(
        twilio_prefix("/webhooks/twilio/whatsapp"),
        f"SmsMessageSid={sid('SM')}&NumMedia=0&ProfileName=Lucas&WaId=",
        no_plus("BR"),
        "&Body=Oi&To=whatsapp%3A",
        enc(e164("US")),
        "&From=whatsapp%3A",
        enc(e164("BR")),
        f"&MessageSid={sid('SM')}&AccountSid={sid('AC')}",
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"{iso()} DEBUG [twilio-webhook] parsed inbound sms from='",
        e164(r.choice(["US", "GB", "MX"])),
        "' to='",
        e164("US"),
        f"' sid=SM{hexs(32)} segments=1 encoding=GSM-7",
    )
    out.append(L)
    L = Line(F)
    L.t(
        f"{iso()} INFO  [twilio-webhook] POST /webhooks/twilio/status 204 0b {r.randint(3, 90)}ms signature=valid "
        f"account=AC{hexs(32)} sid=SM{hexs(32)} price=-0.00790 price_unit=USD"
    )
    out.append(L)
    return out


def fam_sms_json_webhook():
    F = "sms_json_webhook"
    out = []
    d = dt()
    L = Line(F)
    L.t(
        f'{iso(d)} sms-gw vonage inbound payload={{"msisdn":"',
        no_plus("GB"),
        '","to":"',
        no_plus("GB"),
        f'","messageId":"{HEXS(16)}","text":"Hello","type":"text","keyword":"HELLO",'
        f'"api-key":"{hexs(8)}","message-timestamp":"{sqlts(d)}"}}',
    )
    out.append(L)
    L = Line(F)
    L.t(
        f'{iso()} sms-gw vonage messages-api status={{"to":"',
        no_plus(r.choice(["US", "DE", "FR"])),
        '","from":"',
        no_plus("US"),
        f'","channel":"sms","message_uuid":"{uuid()}","status":"delivered",'
        f'"timestamp":"{iso()}","usage":{{"price":"0.0333","currency":"EUR"}}}}',
    )
    out.append(L)
    L = Line(F)
    L.t(
        f'{iso()} sms-gw vonage dlr {{"msisdn":"',
        no_plus("DE"),
        '","to":"AcmeInc","network-code":"26202",'
        f'"messageId":"{HEXS(16)}","price":"0.03330000","status":"delivered","scts":"2601141022",'
        f'"err-code":"0","message-timestamp":"{sqlts()}"}}',
    )
    out.append(L)
    mid = hexs(32)
    L = Line(F)
    L.t(
        f'{iso()} sms-gw messagebird message.created {{"id":"{mid}","href":"https://rest.messagebird.com/messages/{mid}",'
        '"direction":"mt","type":"sms","originator":"Acme","body":"Your code is '
        f'{r.randint(100000, 999999)}","gateway":10,"datacoding":"plain","createdDatetime":"{sqlts().replace(" ", "T")}+00:00",'
        '"recipients":{"totalCount":1,"totalSentCount":1,"items":[{"recipient":',
        no_plus("NL"),
        ',"status":"sent"}]}}',
    )
    out.append(L)
    p = Person("NL")
    L = Line(F)
    L.t(
        f'{iso()} sms-gw messagebird inbound {{"originator":"',
        e164(r.choice(["ES", "NL", "PL"])),
        '","recipient":"',
        e164("NL"),
        '","body":"Mijn e-mail is ',
        p.email,
        f' graag terugbellen","createdDatetime":"{iso()}"}}',
    )
    out.append(L)
    pn = nat("DE", "0171 DDDDDDD")
    L = Line(F)
    L.t(
        f'{iso()} sms-gw normalize {{"event":"sms.inbound","country":"DE","from_national":"',
        pn,
        '","from_e164":"',
        to_e164(pn),
        '","provider":"messagebird","segments":1}',
    )
    out.append(L)
    pn = nat("GB", "07MDD DDDDDD")
    L = Line(F)
    L.t(
        f'{iso()} sms-gw vonage outbound request {{"from":"AcmeBank","to":"',
        intl("US", "+1 ({ac}) NDD-DDDD"),
        '","fallback_to":"',
        pn,
        f'","text":"Your verification code is {r.randint(1000, 9999)}","client-ref":"ord-{r.randint(10000, 99999)}"}}',
    )
    out.append(L)
    L = Line(F)
    L.t(
        f'{iso()} sms-gw vonage dlr {{"status":"expired","messageId":"{HEXS(16)}","err-code":"5",'
        f'"price":"0.00000000","network-code":"20404","scts":"2601141022","message-timestamp":"{sqlts()}"}}'
    )
    out.append(L)
    return out


def fam_postfix():
    F = "postfix"
    out = []

    def qid():
        return HEXS(10)

    q = qid()
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/smtpd[{r.randint(1000, 40000)}]: connect from mail-ed1-f54.google.com[209.85.208.54]"
        )
    )
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/smtpd[{r.randint(1000, 40000)}]: {q}: client=mail.example.net[{ip4()}]"
        )
    )
    bounce = Em(f"bounces+{r.randint(1000, 9999)}-{hexs(4)}=example.com@mail.example.net")
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/qmgr[{r.randint(1000, 40000)}]: {q}: from=<",
            bounce,
            f">, size={r.randint(1000, 90000)}, nrcpt=1 (queue active)",
        )
    )
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/smtp[{r.randint(1000, 40000)}]: {q}: to=<",
            Person().email,
            f">, relay=aspmx.l.google.com[142.250.27.26]:25, delay=1.2, delays=0.05/0.01/0.4/0.74, "
            f"dsn=2.0.0, status=sent (250 2.0.0 OK  1768386121 a1si{r.randint(100000, 999999)}wrf.12 - gsmtp)",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/local[{r.randint(1000, 40000)}]: {qid()}: to=<",
            email(p.first, p.last, "mx1.example.com"),
            ">, orig_to=<",
            email(p.first, p.last, "example.com"),
            ">, relay=local, delay=0.02, delays=0.01/0/0/0.01, dsn=2.0.0, status=sent (delivered to mailbox)",
        )
    )
    out.append(
        Line(F).t(
            f"{syslog()} mx2 postfix/smtp[{r.randint(1000, 40000)}]: {qid()}: to=<",
            Person("DE").email,
            f">, relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred "
            f"(connect to mx.example.org[{ip4()}]:25: Connection timed out)",
        )
    )
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/smtpd[{r.randint(1000, 40000)}]: NOQUEUE: reject: RCPT from unknown[{ip4()}]: "
            "554 5.7.1 <",
            (x := Person().email),
            ">: Relay access denied; from=<",
            Person("FR").email,
            "> to=<",
            Em(x.text),
            "> proto=ESMTP helo=<mail.example.com>",
        )
    )
    out.append(
        Line(F).t(
            f"{syslog()} mx1 postfix/qmgr[{r.randint(1000, 40000)}]: {qid()}: from=<>, size={r.randint(2000, 9000)}, "
            "nrcpt=1 (queue active)"
        )
    )
    return out


def fam_auth_events():
    F = "auth_events"
    out = []
    p = Person()
    out.append(
        Line(F).t(
            f'{{"eventType":"user.session.start","published":"{iso()}","severity":"INFO",'
            f'"actor":{{"id":"00u{alnum(17).lower()}","type":"User","alternateId":"',
            p.email,
            f'","displayName":"{p.display}"}},"client":{{"ipAddress":"{ip4()}"}},'
            '"outcome":{"result":"SUCCESS"}}',
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            '{"eventType":"system.sms.send_factor_verify_message","published":"'
            + iso()
            + '","actor":{"type":"User","alternateId":"',
            p.email,
            '"},"debugContext":{"debugData":{"phoneNumber":"',
            intl("US", "+1 {ac}-NDD-DDDD"),
            '","smsProvider":"twilio"}},"outcome":{"result":"SUCCESS"}}',
        )
    )
    p = Person("GB")
    out.append(
        Line(F).t(
            '{"eventType":"user.account.update_profile","published":"'
            + iso()
            + '","target":[{"type":"User","alternateId":"',
            p.email,
            '"}],"debugContext":{"debugData":'
            '{"changedAttributes":"mobilePhone,primaryPhone","mobilePhone":"',
            nat("GB", "07MDD DDDDDD"),
            '","primaryPhone":"',
            intl("GB", "+44 20 7DDD DDDD"),
            '"}}}',
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f'{{"date":"{iso()}","type":"s","description":"Success Login","connection":'
            f'"Username-Password-Authentication","client_id":"{alnum(32)}","ip":"{ip4()}",'
            f'"user_id":"auth0|{hexs(24)}","user_name":"',
            p.email,
            '"}',
        )
    )
    p = Person("FR")
    out.append(
        Line(F).t(
            f'{{"date":"{iso()}","type":"gd_send_sms","description":"Guardian - SMS sent",'
            '"details":{"to":"',
            e164("FR"),
            '"},"user_name":"',
            p.email,
            f'","user_id":"auth0|{hexs(24)}"}}',
        )
    )
    out.append(
        Line(F).t(
            f'{{"date":"{iso()}","type":"pla","description":"Passwordless login succeeded",'
            '"connection":"sms","user_name":"',
            e164(r.choice(["DE", "IN", "AU"])),
            f'","user_id":"sms|{hexs(24)}","ip":"{ip4()}"}}',
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f'{{"date":"{iso()}","type":"fp","description":"Wrong email or password.",'
            f'"ip":"{ip4()}","user_name":"',
            p.email,
            f'","details":{{"error":{{"message":'
            f'"Wrong email or password."}}}},"log_id":"{r.randint(10**55, 10**56 - 1)}"}}',
        )
    )
    out.append(
        Line(F).t(
            f'{{"date":"{iso()}","type":"seacft","description":"Successful exchange of '
            f'authorization code for token","client_id":"{alnum(32)}","ip":"{ip4()}",'
            f'"user_id":"auth0|{hexs(24)}","log_id":"{r.randint(10**55, 10**56 - 1)}"}}'
        )
    )
    return out


def fam_app_request_log():
    F = "app_request_log"
    out = []
    p = Person()
    out.append(
        Line(F).t(
            'Started GET "/signup/check?email=',
            enc(p.email),
            "&phone=",
            enc(e164("GB")),
            f'&ref=newsletter" for {ip4()} at {sqlts()} +0000',
        )
    )
    p = Person("DE")
    out.append(
        Line(F).t(
            '  Parameters: {"user"=>{"name"=>"' + p.display + '", "email"=>"',
            p.email,
            '", "phone"=>"',
            nat("DE"),
            '", "password"=>"[FILTERED]"}, "commit"=>"Sign up"}',
        )
    )
    out.append(Line(F).t("Processing by Users::RegistrationsController#create as HTML"))
    out.append(
        Line(F).t(
            f"Completed 302 Found in {r.randint(20, 400)}ms (ActiveRecord: {r.uniform(1, 50):.1f}ms | "
            f"Allocations: {r.randint(5000, 90000)})"
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f'::ffff:{ip4()} - - {apache()} "GET /api/v1/users/lookup?email=',
            enc(p.email),
            f'&country=US HTTP/1.1" 200 {r.randint(100, 999)} "-" "axios/1.6.2" - {r.uniform(1, 90):.3f} ms',
        )
    )
    p = Person("IT")
    out.append(
        Line(F).t(
            f'{iso()} info: POST /api/contacts body={{"name":"{p.display}","email":"',
            p.email,
            '","phone":"',
            nat("IT"),
            '"} status=201 duration=' + f"{r.randint(5, 300)}ms",
        )
    )
    out.append(
        Line(F).t(
            f"{iso()} express:router dispatching POST /api/otp?phone=",
            enc(intl("GB", "+44 20 7DDD DDDD"), "form"),
            "&lang=en-GB",
        )
    )
    out.append(
        Line(F).t(
            "Redirected to https://app.example.com/verify?phone=",
            enc(e164("FR")),
            f"&token={hexs(20)}",
        )
    )
    return out


def fam_nginx_query():
    F = "nginx_query"
    out = []

    def line(path_pieces, status=200):
        L = Line(F)
        L.t(
            f'{ip4()} - - {apache()} "GET ',
            *path_pieces,
            f' HTTP/{r.choice(["1.1", "2.0"])}" {status} {r.randint(0, 9000)} "https://app.example.com/" '
            f'"{r.choice(UA)}" rt={r.uniform(0.001, 2):.3f}',
        )
        return L

    out.append(line(["/api/otp/send?phone=", enc(e164("DE")), "&channel=sms"]))
    out.append(line(["/callback?to=", nat("GB", "07DDDDDDDDD"), "&from=ACME"]))
    out.append(line(["/search?q=", nat("US", "{ac}-NDD-DDDD"), "&type=customer"]))
    out.append(line(["/v1/lookup?number=", enc(intl("US", "+1 {ac} NDD DDDD")), "&fields=carrier"]))
    out.append(line(["/track?msisdn=", no_plus("IN"), f"&cid={r.randint(1000, 9999)}"], 204))
    out.append(
        line(
            [
                "/api/v2/verify?phone_number=",
                enc(intl("AU", "+61 4DD DDD DDD"), "form"),
                "&locale=en_AU",
            ]
        )
    )
    out.append(line(["/contact/submit?tel=", nat("FR", "06DDDDDDDD"), "&nom=Dupont&ok=1"], 302))
    out.append(line([f"/static/js/app.{hexs(8)}.js?v=20260114"], 304))
    return out


def fam_csv_export():
    F = "csv_export"
    out = [Line(F).t("id,name,email,phone,city,created_at")]
    cities = {
        "DE": "Berlin",
        "FR": "Lyon",
        "GB": "London",
        "ES": "Madrid",
        "IT": "Roma",
        "NL": "Amsterdam",
        "PL": "Warszawa",
        "AU": "Sydney",
        "US": "Chicago",
        "JP": "Tokyo",
        "BR": "São Paulo",
        "IN": "Mumbai",
    }
    ccs = r.sample(list(cities), 6)
    for i, cc in enumerate(ccs):
        p = Person(cc)
        ph = nat(cc)
        L = Line(F)
        name = (
            f'"{DISPLAY_LAST.get(p.last, p.last.capitalize())}, {p.first.capitalize()}"'
            if i % 2
            else p.display
        )
        if i == 3:
            L.t(f"{1040 + i},{name},", p.email, ',"', ph, f'",{cities[cc]},{sqlts()[:10]}')
        else:
            L.t(f"{1040 + i},{name},", p.email, ",", ph, f",{cities[cc]},{sqlts()[:10]}")
        out.append(L)
    p = Person("IT")
    out.append(
        Line(F).t(
            f'"{1050}";"{p.display}";"', p.email, '";"', nat("IT", "06 DDDD DDDD"), '";"Roma"'
        )
    )
    out.append(Line(F).t(f"1051,Guest checkout,,,London,{sqlts()[:10]}"))
    return out


def fam_xml_soap():
    F = "xml_soap"
    out = []
    p = Person()
    out.append(
        Line(F).t(
            f'<contact id="{r.randint(100, 999)}"><name>{p.display}</name><email>',
            p.email,
            '</email><phone type="mobile">',
            intl("US"),
            "</phone></contact>",
        )
    )
    out.append(
        Line(F).t(
            '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:ns2="urn:sms.example.com"><soapenv:Body><ns2:SendSms><ns2:msisdn>',
            no_plus("ZA"),
            f"</ns2:msisdn><ns2:text>Code {r.randint(1000, 9999)}</ns2:text></ns2:SendSms></soapenv:Body></soapenv:Envelope>",
        )
    )
    p = Person("GB")
    out.append(
        Line(F).t(
            f'<Customer ref="C-{r.randint(10000, 99999)}"><Email>',
            p.email,
            '</Email><Telephone countryCode="44">',
            nat("GB", "020 7DDD DDDD"),
            "</Telephone></Customer>",
        )
    )
    p = Person("ES")
    out.append(
        Line(F).t(
            f'<party role="caller" name="{p.display}" tel="', intl("ES"), '" mail="', p.email, '"/>'
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"<vcard><fn><text>{p.display}</text></fn><tel><parameters><type><text>work</text></type>"
            "</parameters><uri>tel:",
            intl("US", "+1-{ac}-NDD-DDDD"),
            "</uri></tel><email><text>",
            p.email,
            "</text></email></vcard>",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f'{iso()} mailer rendered footer: <a href="mailto:',
            p.email,
            '">Contact us</a> | <a href="tel:',
            e164("US"),
            '">Call</a>',
        )
    )
    p = Person("JP")
    out.append(
        Line(F).t(
            "<ns1:UpdateContactRequest><ns1:contactId>"
            + str(r.randint(10**7, 10**8))
            + "</ns1:contactId>"
            "<ns1:mobile>",
            nat("JP", "090-DDDD-DDDD"),
            "</ns1:mobile><ns1:email>",
            p.email,
            "</ns1:email></ns1:UpdateContactRequest>",
        )
    )
    out.append(
        Line(F).t(
            "<soapenv:Fault><faultcode>soap:Server</faultcode><faultstring>Timeout after 30000 ms "
            f"waiting for backend 10.0.3.17:8443</faultstring><detail><code>{r.randint(5000, 5999)}</code>"
            "</detail></soapenv:Fault>"
        )
    )
    return out


def fam_sql():
    F = "sql"
    out = []
    p = Person("DE")
    out.append(
        Line(F).t(
            f"INSERT INTO customers (id, name, email, phone, created_at) VALUES ({r.randint(1000, 99999)}, "
            f"'{p.display}', '",
            p.email,
            "', '",
            intl("DE"),
            f"', '{sqlts()}');",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            "UPDATE users SET phone = '",
            nat("US", "({ac}) NDD-DDDD"),
            "', updated_at = NOW() WHERE email = '",
            p.email,
            "';",
        )
    )
    out.append(
        Line(F).t(
            "UPDATE contacts SET mobile='",
            nat("NL", "06 DDDD DDDD"),
            f"' WHERE id={r.randint(10000, 99999)};",
        )
    )
    p = Person("FR")
    out.append(
        Line(F).t(
            f"{sqlts()}.{r.randint(0, 999):03d} UTC [{r.randint(1000, 9999)}] LOG:  duration: "
            f"{r.uniform(0.1, 20):.3f} ms  statement: INSERT INTO leads (email, tel, source) VALUES ('",
            p.email,
            "', '",
            nat("FR", "01 DD DD DD DD"),
            "', 'web')",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"{sqlts()}.{r.randint(0, 999):03d} UTC [{r.randint(1000, 9999)}] DETAIL:  Key (email)=(",
            p.email,
            ") already exists.",
        )
    )
    out.append(
        Line(F).t(
            "INSERT INTO sms_optin (msisdn, email, opted_in_at) VALUES (",
            no_plus("AU"),
            ", '",
            Person("AU").email,
            f"', '{sqlts()}') ON CONFLICT (msisdn) DO NOTHING;",
        )
    )
    out.append(
        Line(F).t(
            f"UPDATE orders SET status='shipped', shipped_at='{sqlts()}' WHERE id={r.randint(5000000, 5999999)};"
        )
    )
    out.append(
        Line(F).t(
            f"{sqlts()}.{r.randint(0, 999):03d} UTC [{r.randint(1000, 9999)}] LOG:  duration: "
            f"{r.uniform(100, 2000):.3f} ms  statement: SELECT count(*) FROM events WHERE created_at > "
            f"'2026-01-01' AND tenant_id = {r.randint(100, 999)}"
        )
    )
    return out


def fam_hl7_pid():
    F = "hl7_pid"
    out = []
    d = dt()
    out.append(
        Line(F).t(
            f"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|{d:%Y%m%d%H%M%S}||ADT^A01|MSG{r.randint(10000, 99999)}|P|2.5.1"
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"PID|1||MRN{r.randint(100000, 999999)}^^^HOSP^MR||{p.last.upper()}^{p.first.upper()}^A||"
            f"{r.randint(1950, 2005)}0{r.randint(1, 9)}1{r.randint(0, 9)}|F|||123 MAIN ST^^CHICAGO^IL^60601^USA||",
            nat("US", "({ac})NDD-DDDD"),
            "^PRN^PH|",
            nat("US", "({ac})NDD-DDDD"),
            f"^WPN^PH||S||ACC{r.randint(100000, 999999)}",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"PID|1||{r.randint(1000000, 9999999)}^^^MPI^MR||{p.last.upper()}^{p.first.upper()}||"
            f"19{r.randint(40, 99)}{r.randint(10, 12)}{r.randint(10, 28)}|M|||||",
            nat("US", "{ac}-NDD-DDDD"),
            "^PRN^CP~^NET^Internet^",
            p.email,
            "|||||",
        )
    )
    p = Person("GB")
    out.append(
        Line(F).t(
            f"PID|1||NHS{r.randint(100000000, 999999999)}^^^NHS^NH||{p.last.upper()}^{p.first.upper()}||"
            f"19{r.randint(40, 99)}0{r.randint(1, 9)}{r.randint(10, 28)}|F|||10 DOWNING ST^^LONDON^^SW1A 2AA^GBR||",
            intl("GB", "+44 7MDD DDDDDD"),
            "^PRN^CP|||||",
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            f"NK1|1|{p.last.upper()}^{p.first.upper()}|SPO^Spouse|||",
            nat("US", "({ac})NDD-DDDD"),
            "^PRN^PH||EC^Emergency Contact",
        )
    )
    out.append(
        Line(F).t(
            f"PV1|1|I|W3^{r.randint(300, 399)}^A^HOSP||||{r.randint(1000, 9999)}^HOUSE^GREGORY^^^DR|||MED||||"
            f"ADM|A0|||||||||||||||||||||||||{d:%Y%m%d%H%M}"
        )
    )
    p = Person("DE")
    out.append(
        Line(F).t(
            f"{iso()} mirth channel=ADT-IN segment=PID|1||{r.randint(100000, 999999)}^^^KH^MR||"
            f"{p.last.upper()}^{p.first.upper()}||19{r.randint(40, 99)}0{r.randint(1, 9)}0{r.randint(1, 9)}|M|||||",
            nat("DE", "030 DDDDDDD"),
            "^PRN^PH~",
            nat("DE", "0171 DDDDDDD"),
            "^PRN^CP",
        )
    )
    out.append(
        Line(F).t(
            f"OBX|1|NM|8867-4^Heart rate^LN||{r.randint(50, 120)}|/min|60-100|N|||F|||{d:%Y%m%d%H%M%S}"
        )
    )
    return out


def fam_graphql_vars():
    F = "graphql_vars"
    out = []
    p = Person("FR")
    out.append(
        Line(F).t(
            f'{iso()} graphql op=UpdateProfile variables={{"input":{{"email":"',
            p.email,
            '","phone":"',
            intl("FR"),
            '","locale":"fr-FR"}}',
        )
    )
    p = Person()
    out.append(
        Line(F).t(
            '{"query":"mutation CreateContact($input: ContactInput!) { createContact(input: $input) { id } }",'
            f'"variables":{{"input":{{"firstName":"{p.first.capitalize()}","emails":["',
            p.email,
            '","',
            email(p.first, p.last),
            '"],"phones":[{"number":"',
            e164("US"),
            '","type":"MOBILE"}]}}}',
        )
    )
    out.append(
        Line(F).t(
            f'{iso()} apollo slow query 1.2s operationName=SearchCustomers variables={{"filter":'
            '{"phone":{"eq":"',
            nat("BR"),
            '"}},"first":20}',
        )
    )
    p = Person("PL")
    out.append(
        Line(F).t(
            f'{iso()} graphql op=Signup variables={{"email":"',
            p.email,
            '","password":"[REDACTED]","mobile":"',
            nat("PL"),
            '","marketingOptIn":false}',
        )
    )
    out.append(
        Line(F).t(
            '{"operationName":"VerifyPhone","variables":{"phoneNumber":"',
            e164("IN"),
            f'","code":"{r.randint(100000, 999999)}"}},"extensions":{{"persistedQuery":{{"version":1,'
            f'"sha256Hash":"{hexs(64)}"}}}}}}',
        )
    )
    p = Person("JP")
    out.append(
        Line(F).t(
            f'{iso()} graphql error path=["inviteUser"] message="User already exists" variables='
            '{"email":"',
            p.email,
            '","role":"ADMIN"}',
        )
    )
    out.append(
        Line(F).t(
            f'{iso()} graphql op=AddSecondaryPhone variables={{"userId":"{uuid()}","phone":"',
            intl("JP", "+81 90 DDDD DDDD"),
            '","label":"home"}',
        )
    )
    out.append(
        Line(F).t(
            '{"operationName":"GetOrders","variables":{"first":50,"after":"Y3Vyc29yOjEwMA==",'
            f'"status":"SHIPPED","since":"{iso()}"}}}}'
        )
    )
    return out


def fam_support_tickets_i18n():
    F = "support_tickets_i18n"
    out = []

    def tk():
        return f"[ticket #{r.randint(40000, 49999)}] "

    p = Person("FR")
    out.append(
        Line(F).t(
            tk(),
            "Note agent : le client demande à être rappelé au ",
            nat("FR", "06 DD DD DD DD"),
            " ou au ",
            nat("FR", "01 DD DD DD DD"),
            " (bureau), sinon par mail à ",
            p.email,
            ", merci.",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Notiz: Kunde bittet um Rückruf unter ",
            nat("DE", "030 DDDDDDD"),
            " (Festnetz) oder mobil ",
            nat("DE", "0171 DDDDDDD"),
            ", erreichbar ab 14 Uhr.",
        )
    )
    p = Person("ES")
    out.append(
        Line(F).t(
            tk(),
            "Nota: el cliente llamó desde el ",
            nat("ES", "6DD DDD DDD"),
            "; prefiere que le escribamos a ",
            p.email,
            " antes del viernes.",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Observação: a cliente pediu retorno no ",
            nat("BR", "(11) 9DDDD-DDDD"),
            " ou no fixo ",
            nat("BR", "(11) 3DDD-DDDD"),
            " ainda hoje.",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Nota: richiamare il cliente allo ",
            nat("IT", "06 DDDD DDDD"),
            " oppure al cellulare ",
            nat("IT", "333 DDD DDDD"),
            ".",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Notitie: klant is bereikbaar op ",
            nat("NL", "06-DDDDDDDD"),
            " na 17:00 uur, anders mailen naar ",
            Person("NL").email,
            ".",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Notatka: klient prosi o kontakt pod numerem ",
            nat("PL", "5DD DDD DDD"),
            " lub e-mail ",
            Person("PL").email,
            ".",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "担当メモ：お客様より入電。折り返し先は携帯 ",
            nat("JP", "090-DDDD-DDDD"),
            "、会社 ",
            nat("JP", "03-DDDD-DDDD"),
            " です。",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Note: customer rang from ",
            nat("GB", "07MDD DDDDDD"),
            ", landline ",
            nat("GB", "020 7DDD DDDD"),
            ", asked for a refund.",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Note: please call back on ",
            nat("AU", "04DD DDD DDD"),
            " or ",
            nat("AU", "(02) 9DDD DDDD"),
            " after 3pm AEST.",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            "Note: customer's WhatsApp number is ",
            nat("IN", "9DDDD DDDDD"),
            ", email ",
            Person("IN").email,
            ".",
        )
    )
    out.append(
        Line(F).t(
            tk(),
            f"Notiz: Bestellung {r.randint(1000, 9999)}-2026-{r.randint(1000, 9999)} am 14.01.2026 "
            f"um 10:22 Uhr storniert, Betrag {r.randint(10, 999)},{r.randint(10, 99)} €, Kundennr. {r.randint(1000000, 9999999)}.",
        )
    )
    return out


def fam_us_formats():
    F = "us_formats"
    out = []

    def pre():
        return f"{iso()} INFO crm.contact "

    out.append(
        Line(F).t(
            pre(),
            f'updated contact_id={r.randint(10000, 99999)} phone="',
            nat("US", "({ac}) NDD-DDDD"),
            '"',
        )
    )
    out.append(Line(F).t(pre(), "caller ", nat("US", "{ac}-NDD-DDDD"), " left a voicemail (0:42)"))
    out.append(
        Line(F).t(
            pre(), "fax: ", nat("US", "{ac}.NDD.DDDD"), " | office: ", nat("US", "{ac} NDD DDDD")
        )
    )
    out.append(
        Line(F).t(
            pre(),
            f"lead id={r.randint(10000, 99999)} phone: ",
            nat("US", "{ac}NDDDDDD"),
            " source=web",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "Mobile: ",
            intl("US", "+1 {ac} NDD DDDD"),
            "  Alt: ",
            intl("US", "+1-{ac}-NDD-DDDD"),
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "support hotline ",
            gen("US", "1-800-NDD-DDDD"),
            " and sales ",
            gen("US", "1 (888) NDD-DDDD"),
            " printed on invoice",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "sms sent to ",
            intl("US", "+1 ({ac}) NDD-DDDD"),
            " and ",
            gen("US", "+1{ac}NDDDDDD"),
            " status=queued",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "imported row: tel=",
            gen("US", "1-{ac}-NDD-DDDD"),
            " cell=",
            intl("US", "+1.{ac}.NDD.DDDD"),
            " zip=60601",
        )
    )
    return out


def fam_extensions():
    F = "extensions"
    out = []

    def pre():
        return f"{iso()} WARN callback.queue "

    out.append(
        Line(F).t(pre(), "callback requested: ", with_ext(nat("US", "({ac}) NDD-DDDD"), " ext. {}"))
    )
    out.append(
        Line(F).t(
            pre(), "office line ", with_ext(intl("US", "+1 {ac} NDD DDDD"), " x {}"), " (reception)"
        )
    )
    out.append(
        Line(F).t(
            pre(), "tel=", with_ext(intl("GB", "+44 20 7DDD DDDD"), " ext {}"), " dept=billing"
        )
    )
    out.append(
        Line(F).t(pre(), "phone: ", with_ext(nat("US", "{ac}-NDD-DDDD"), " x{}"), ", best time 9-5")
    )
    out.append(
        Line(F).t(pre(), "contact <tel:", with_ext(intl("US", "+1-{ac}-NDD-DDDD"), ";ext={}"), ">")
    )
    out.append(
        Line(F).t(
            pre(),
            "Zentrale ",
            with_ext(intl("DE", "+49 30 DDDDDDDD"), " ext. {}"),
            " weitergeleitet",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "desk ",
            with_ext(gen("US", "1-800-NDD-DDDD"), " extension {}"),
            "; mobile ",
            nat("US", "{ac}.NDD.DDDD"),
        )
    )
    out.append(
        Line(F).t(
            pre(),
            f"internal extension x{r.randint(200, 299)} forwarded to voicemail after "
            f"{r.randint(15, 30)}s, queue depth {r.randint(0, 12)}",
        )
    )
    return out


def fam_url_paths():
    F = "url_paths"
    out = []

    def pre(m="GET"):
        return f"{iso()} {ip4()} {m} "

    def suf():
        return f" {r.choice([200, 201, 204, 404])} {r.randint(1, 900)}ms"

    out.append(Line(F).t(pre(), f"/users/{r.randint(1, 999)}/phones/", e164("DE"), suf()))
    out.append(Line(F).t(pre(), "/api/v2/contacts/by-phone/", e164("US"), "?include=notes", suf()))
    out.append(Line(F).t(pre("DELETE"), "/v1/subscribers/", no_plus("GB"), "/optin", suf()))
    out.append(Line(F).t(pre(), "/customers/", Person().email, "/orders?page=2", suf()))
    out.append(Line(F).t(pre("PATCH"), "/customers/", enc(Person().email), "/preferences", suf()))
    out.append(Line(F).t(pre("PUT"), "/numbers/", enc(e164("FR")), "/forwarding", suf()))
    out.append(Line(F).t(pre(), "/lookup/phone/", nat_digits("FR"), "?country=FR", suf()))
    out.append(
        Line(F).t(
            pre(),
            f"/orders/{r.randint(2026000000, 2026999999)}/items/{r.randint(1, 9)}/shipment/{uuid()}",
            suf(),
        )
    )
    return out


def fam_logfmt():
    F = "logfmt"
    out = []

    def pre(lvl="info"):
        return f"ts={iso()} level={lvl} "

    p = Person()
    out.append(
        Line(F).t(pre(), 'msg="otp sent" phone=', e164("DE"), " email=", p.email, " attempt=1")
    )
    out.append(
        Line(F).t(
            pre(),
            'msg="profile updated" user.email=',
            Person().email,
            ' user.phone="',
            intl("US", "+1 {ac} NDD DDDD"),
            '" user.id=',
            str(r.randint(10000, 99999)),
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "msg=queued to=",
            e164("FR"),
            f" provider=messagebird status=queued latency_ms={r.randint(5, 200)}",
        )
    )
    out.append(
        Line(F).t(
            pre("warn"),
            'msg="delivery failed" caller_id=',
            nat_digits("US"),
            " callee=",
            nat("GB", "07MDD DDDDDD"),
            " reason=busy",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            'msg="invite accepted" inviter=',
            Person().email,
            " invitee=",
            Person("ES").email,
            f" org_id={r.randint(100, 999)}",
        )
    )
    out.append(
        Line(F).t(
            pre("error"),
            'msg="invalid number" input="',
            nat("AU", "04DD DDD DDD"),
            '" normalized=',
            to_e164(nat("AU", "04DD DDD DDD")),
            " country=AU",
        )
    )
    out.append(
        Line(F).t(
            pre(),
            "component=mailer msg=sent from=",
            Em("no-reply@notifications.example.com"),
            " to=",
            Person("NL").email,
            f" message_id={hexs(24)} size={r.randint(2000, 90000)}",
        )
    )
    out.append(
        Line(F).t(
            pre("debug"),
            f'msg="cache hit" key=user:{r.randint(1, 99999)} ttl=3600 '
            f"duration_ms={r.randint(1, 9)} trace_id={hexs(32)}",
        )
    )
    return out


# ==========================================================================
# Look-alike families (no PII)
# ==========================================================================
def fam_timestamps():
    F = "timestamps"
    out: list[Line] = []
    for _ in range(8):
        d = dt()
        k = len(out)
        s = [
            f"{iso(d)} job=nightly-export started_at={d:%Y-%m-%dT%H:%M:%S}+01:00 finished_at={d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}+00:00",
            f'{syslog(d)} web-03 CRON[{r.randint(1000, 99999)}]: (root) CMD (/usr/local/bin/rotate --since "{d:%Y-%m-%d %H:%M:%S}")',
            f'{ip4()} - - {apache(d)} "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"',
            f"{d:%Y-%m-%d %H:%M:%S},{d.microsecond // 1000:03d} INFO  [main] o.a.k.c.c.KafkaConsumer - committed offsets at {d:%Y%m%dT%H%M%SZ}",
            f"Date: {d:%a, %d %b %Y %H:%M:%S} GMT  Last-Modified: {d:%a, %d %b %Y} 08:15:42 GMT",
            f"{d:%m/%d/%Y %I:%M:%S %p} Application Error Event ID 1000 faulting module ntdll.dll, time stamp 0x{hexs(8)}",
            f"backup snapshot id={d:%Y%m%d%H%M%S} created {d:%d.%m.%Y %H:%M} retention until {d:%Y-%m-%d}",
            f"<{r.randint(10, 190)}>1 {d:%Y-%m-%dT%H:%M:%S}.{d.microsecond:06d}-05:00 host01 sshd {r.randint(1000, 99999)} ID47 - session opened",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_epochs_durations_bytes():
    F = "epochs_durations_bytes"
    out = []
    for k in range(8):
        e = int(dt().timestamp())
        s = [
            f"event ts={e} ts_ms={e}{r.randint(100, 999)} ts_us={e}{r.randint(100000, 999999)} seq={r.randint(10**6, 10**7)}",
            f"request completed in {r.uniform(0.1, 9):.3f}s ({r.randint(100, 9999)} ms, {r.randint(10**5, 10**7)} µs) bytes_in={r.randint(10**6, 10**9)} bytes_out={r.randint(10**9, 4 * 10**9)}",
            f'{{"timestamp":{e}{r.randint(100, 999)},"duration_ns":{r.randint(10**9, 10**10)},"size_bytes":{r.randint(10**8, 10**10)}}}',
            f"gc pause total={r.randint(1, 900)}ms heap_before={r.randint(10**9, 3 * 10**9)} heap_after={r.randint(10**8, 10**9)} uptime={r.randint(10**5, 10**7)}s",
            f"rsync: sent {r.randint(10**6, 10**9):,} bytes  received {r.randint(10**3, 10**6):,} bytes  {r.uniform(10**4, 10**7):,.2f} bytes/sec",
            f"timer fired at epoch {e}.{r.randint(100000, 999999)} elapsed PT{r.randint(1, 5)}H{r.randint(1, 59)}M{r.randint(1, 59)}S (00:{r.randint(10, 59)}:{r.randint(10, 59)}.{r.randint(100, 999)})",
            f"du: {r.randint(10**9, 9 * 10**9)}\t/var/lib/docker  {r.randint(10**6, 10**9)}\t/var/log  rss={r.randint(10**5, 10**7)}K",
            f"upload chunk offset={r.randint(10**9, 10**10)} length={r.randint(10**6, 10**7)} total={r.randint(10**10, 10**11)} eta={r.randint(10, 3600)}s created={e}",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_order_ids():
    F = "order_ids"
    out = []
    for k in range(8):
        s = [
            f"order_id={r.randint(3000000000, 3999999999)} status=paid items={r.randint(1, 9)}",
            f"Invoice INV-2026-{r.randint(100000, 999999)} issued for PO {r.randint(4500000000, 4599999999)}",
            f"UPS tracking 1Z{alnum(6)}{r.randint(10**9, 10**10 - 1)} picked up at hub {r.randint(100, 999)}",
            f"Amazon order #{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)} shipped",
            f"USPS tracking number {r.randint(9400, 9499)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(10, 99)}",
            f"FedEx shipment {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} delivered, ref order {r.randint(10**9, 10**10 - 1)}",
            f"refund processed: order_number={r.randint(10**9, 10**10 - 1)} rma=RMA-{r.randint(10000, 99999)} ticket={r.randint(10**6, 10**7)}",
            f"DHL waybill {r.randint(10**9, 10**10 - 1)} customs declaration {r.randint(10**11, 10**12 - 1)} HS code 8471.30.01",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_payment_ids():
    F = "payment_ids"
    out = []
    for k in range(8):
        s = [
            f"test card 4111 1111 1111 1111 exp 12/28 cvc 123 result=approved amount=${r.randint(1, 999)}.{r.randint(10, 99)}",
            f"card_number=5500 0000 0000 0004 last4=0004 brand=mastercard price=€{r.randint(1, 999)},{r.randint(10, 99)}",
            f"charge ch_{alnum(24)} amount=129900 currency=usd (USD 1,299.00) fee=3797",
            "payout to IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX amount 12.345,67 EUR",
            f"sepa mandate acct=NL91ABNA0417164300 creditor=GB29NWBK60161331926819 total=£{r.randint(10, 999)}.{r.randint(10, 99)}",
            f"refund FR76 3000 6000 0112 3456 7890 189 montant {r.randint(10, 999)},{r.randint(10, 99)} € TVA 20 %",
            f"pricing update sku={r.randint(10**5, 10**6)} JPY ¥{r.randint(1, 99)},{r.randint(100, 999)} BRL R$ {r.randint(1, 9)}.{r.randint(100, 999)},{r.randint(10, 99)} INR ₹{r.randint(1, 99)},{r.randint(100, 999)}",
            f"card fingerprint {r.randint(4000, 4999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} {r.randint(1000, 9999)} declined code=51 tx={r.randint(10**9, 10**10)}",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_ip_addresses():
    F = "ip_addresses"
    out = []
    for k in range(8):
        s = [
            f"upstream connect to {ip4()}:{r.randint(1024, 65535)} failed (111: Connection refused)",
            f"listening on [2001:db8::{hexs(4)}]:8443 and 0.0.0.0:{r.randint(1024, 65535)}",
            f"X-Forwarded-For: {ip4()}, {ip4()}, 2001:db8:85a3::8a2e:370:{hexs(4)}",
            f"neighbor fe80::1ff:fe23:{hexs(4)}:{hexs(4)}%eth0 state REACHABLE",
            f"route add 10.{r.randint(0, 255)}.0.0/16 via 192.168.{r.randint(0, 255)}.1 dev eth1 metric {r.randint(1, 999)}",
            f"client ::ffff:{ip4()} port {r.randint(1024, 65535)} accepted; peer 192.168.100.200:65535",
            f"iptables: IN=eth0 OUT= SRC={ip4()} DST={ip4()} LEN={r.randint(40, 1500)} TTL=64 ID={r.randint(1, 65535)} PROTO=TCP SPT={r.randint(1024, 65535)} DPT=22",
            f"dns answer A {ip4()} AAAA 2606:4700:{hexs(4)}::{hexs(4)} ttl={r.randint(30, 86400)}",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_uuids_hashes():
    F = "uuids_hashes"
    out = []
    for k in range(8):
        s = [
            f"request_id={uuid()} correlation_id={uuid()}",
            f"commit {hexs(40)} (HEAD -> main, origin/main) parent {hexs(7)}",
            f"sha256:{hexs(64)}  image.tar",
            f"md5={hexs(32)} sha1={hexs(40)} size={r.randint(10**5, 10**8)}",
            f"traceparent: 00-{hexs(32)}-{hexs(16)}-01",
            f"session={alnum(26)} csrf={hexs(40)} nonce={r.randint(10**11, 10**12)}",
            f'object key uploads/{uuid()}/{hexs(12)}.pdf etag="{hexs(32)}-{r.randint(2, 99)}"',
            f"ULID {alnum(26)} jti={uuid().upper()}",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_versions_builds():
    F = "versions_builds"
    out = []
    for k in range(8):
        s = [
            f"starting api-server v1.{r.randint(10, 30)}.{r.randint(0, 20)} (build {r.randint(20260101, 20260131)}.{r.randint(1, 9)}, commit {hexs(7)})",
            f"release 2.0.0-rc.{r.randint(1, 5)}+build.{r.randint(1000, 9999)} published",
            f"User-Agent: Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007) Chrome/120.0.{r.randint(6000, 6200)}.{r.randint(10, 200)}",
            f"OS Version 10.0.19045.{r.randint(3000, 4000)} kernel 6.5.0-{r.randint(10, 40)}-generic go1.21.5",
            f"jenkins build #{r.randint(1000, 9999)} artifact app-{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 99)}-SNAPSHOT.jar",
            f"OpenSSL 3.0.2 15 Mar 2022; nginx/1.24.0; PHP/8.2.{r.randint(1, 15)}",
            f"firmware 4.{r.randint(0, 9)}.{r.randint(100, 999)}.{r.randint(1000, 9999)} bootloader 0x{hexs(6)} hw rev C{r.randint(1, 9)}",
            f"migrations applied: 20260114102201_add_index, {dt():%Y%m%d%H%M%S}_create_users; schema_version={r.randint(100, 999)}",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_metric_rows():
    F = "metric_rows"
    out = [Line(F).t("timestamp,host,cpu_pct,mem_bytes,req_count,p99_ms,error_rate")]
    for _k in range(5):
        out.append(
            Line(F).t(
                f"{int(dt().timestamp())},web-{r.randint(1, 9):02d},{r.uniform(0, 100):.2f},"
                f"{r.randint(10**9, 9 * 10**9)},{r.randint(1000, 99999)},{r.uniform(1, 999):.1f},{r.uniform(0, 5):.3f}%"
            )
        )
    out.append(
        Line(F).t(
            f"EU\t2026-01-14\t{r.randint(10**4, 10**6)}\t{r.uniform(10, 80):.1f}%\t{r.uniform(10**4, 10**6):.2f}"
        )
    )
    out.append(
        Line(F).t(
            f"{r.randint(100, 999)}\t{r.randint(100, 999)}\t{r.randint(1000, 9999)}\t{r.uniform(0, 1):.4f}\t"
            f"{r.randint(10**6, 10**7)}\t{r.randint(10, 99)}.{r.randint(0, 9)}%"
        )
    )
    return out


def fam_k8s_events():
    F = "k8s_events"
    out = []

    def pod():
        return f"api-{hexs(10)}-{alnum(5).lower()}"

    out.append(
        Line(F).t(
            f'{r.randint(1, 59)}s  Normal   Pulled   pod/{pod()}  Successfully pulled image "registry.example.com/api:1.{r.randint(0, 30)}.{r.randint(0, 9)}" in {r.uniform(0.5, 9):.3f}s ({r.uniform(0.5, 9):.3f}s including waiting). Image size: {r.randint(10**7, 10**9)} bytes.'
        )
    )
    out.append(
        Line(F).t(
            f"{r.randint(1, 9)}m   Warning  BackOff  pod/{pod()}  Back-off restarting failed container api in pod {pod()}_prod({uuid()})"
        )
    )
    out.append(
        Line(F).t(
            f'{{"kind":"Event","apiVersion":"v1","metadata":{{"name":"{pod()}.{hexs(16)}","namespace":"prod",'
            f'"uid":"{uuid()}","resourceVersion":"{r.randint(10**7, 10**9)}","creationTimestamp":"{iso()[:19]}Z"}},'
            f'"reason":"Scheduled","count":1}}'
        )
    )
    out.append(
        Line(F).t(
            f"0/{r.randint(3, 30)} nodes are available: {r.randint(1, 5)} Insufficient cpu, {r.randint(1, 5)} node(s) had untolerated taint {{node-role.kubernetes.io/control-plane: }}. preemption: 0/12 nodes are available"
        )
    )
    out.append(
        Line(F).t(
            f'I0114 10:22:01.{r.randint(100000, 999999)}       1 event.go:307] "Event occurred" object="prod/{pod()}" fieldPath="" kind="Pod" apiVersion="v1" type="Normal" reason="Killing" message="Stopping container api"'
        )
    )
    out.append(
        Line(F).t(
            f"resourceVersion={r.randint(10**8, 10**9)} generation={r.randint(1, 99)} observedGeneration={r.randint(1, 99)} uid={uuid()} replicas=3/3"
        )
    )
    out.append(
        Line(F).t(
            f"Warning  OOMKilled  pod/{pod()}  Container api exceeded memory limit 536870912 (used {r.randint(536870913, 600000000)}) exit code 137"
        )
    )
    out.append(
        Line(F).t(
            f"node ip-10-0-{r.randint(0, 255)}-{r.randint(0, 255)}.ec2.internal condition Ready=True since {iso()} kubelet v1.29.{r.randint(0, 9)} podCIDR 10.244.{r.randint(0, 255)}.0/24"
        )
    )
    return out


def fam_prometheus():
    F = "prometheus"
    out = []
    e = int(dt().timestamp())
    out.append(Line(F).t("# HELP http_request_duration_seconds Histogram of request latencies."))
    out.append(Line(F).t("# TYPE http_request_duration_seconds histogram"))
    out.append(
        Line(F).t(
            f'http_request_duration_seconds_bucket{{le="0.25",method="GET",code="200"}} {r.randint(10**4, 10**6)} {e}{r.randint(100, 999)}'
        )
    )
    out.append(Line(F).t(f"process_resident_memory_bytes {r.uniform(1, 9):.7f}e+07"))
    out.append(
        Line(F).t(
            f'node_network_receive_bytes_total{{device="eth0",instance="{ip4()}:9100"}} {r.uniform(1, 9):.9f}e+09'
        )
    )
    out.append(
        Line(F).t(
            f'kafka_consumergroup_lag{{group="billing",partition="{r.randint(0, 11)}",topic="orders"}} {r.randint(0, 99999)}'
        )
    )
    out.append(Line(F).t(f'go_gc_duration_seconds{{quantile="0.75"}} {r.uniform(0, 0.001):.9f}'))
    out.append(
        Line(F).t(
            f'up{{job="api",instance="10.0.{r.randint(0, 255)}.{r.randint(1, 254)}:8080"}} 1 {e}{r.randint(100, 999)}'
        )
    )
    return out


def fam_at_sign_lookalikes():
    F = "at_sign_lookalikes"
    out = []
    for k in range(8):
        s = [
            f"git clone git@github.com:acme/payments-service.git --depth {r.randint(1, 50)}",
            "remote: origin  ssh://git@gitlab.example.com:2222/platform/infra.git (fetch)",
            f"npm ERR! notarget No matching version found for lodash@4.17.{r.randint(30, 99)}.",
            f"added @babel/core@7.23.{r.randint(0, 9)}, react@18.2.0 and {r.randint(10, 900)} packages in {r.randint(2, 90)}s",
            f'{ip4()} - - {apache()} "GET /img/logo@2x.png HTTP/1.1" 200 {r.randint(1000, 90000)}',
            f"deploy@web-{r.randint(1, 9):02d}:~$ sudo systemctl restart nginx",
            f"root@ip-10-0-{r.randint(0, 255)}-{r.randint(0, 255)}:/var/log# tail -f syslog | grep @reboot",
            f"docker pull nginx@sha256:{hexs(64)}; brew install python@3.12 node@18",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_geo_postal():
    F = "geo_postal"
    out = []
    for k in range(8):
        s = [
            f"geofence hit lat={r.uniform(-90, 90):.6f} lon={r.uniform(-180, 180):.6f} acc={r.randint(3, 50)}m",
            f"geo:{r.uniform(40, 55):.4f},{r.uniform(-5, 20):.4f};u={r.randint(10, 99)} POINT({r.uniform(-10, 10):.4f} {r.uniform(40, 60):.4f})",
            "location 40°26′46″N 79°58′56″W altitude 367 m",
            f"ship to: Chicago IL 60601-{r.randint(1000, 9999)} / London SW1A 1AA / 75008 Paris / 10115 Berlin",
            "address postcode 100-0001 Tokyo; CEP 01310-100 São Paulo; 00-950 Warszawa; 1012 AB Amsterdam",
            "delivery zone 2000 NSW, PIN 110001 New Delhi, CAP 00184 Roma, CP 28013 Madrid",
            f"bbox=[{r.uniform(-10, 0):.5f},{r.uniform(40, 50):.5f},{r.uniform(0, 10):.5f},{r.uniform(50, 60):.5f}] zoom={r.randint(1, 18)} tile={r.randint(1000, 9999)}/{r.randint(1000, 9999)}",
            f"gps fix {r.uniform(30, 60):.7f} {r.uniform(-120, 30):.7f} hdop 0.9 sats {r.randint(4, 14)} speed {r.uniform(0, 120):.1f} km/h",
        ][k]
        out.append(Line(F).t(s))
    return out


def fam_http_access_columns():
    F = "http_access_columns"
    out = []
    for k in range(8):
        e = int(dt().timestamp())
        s = [
            f'{ip4()} - - {apache()} "GET /api/v1/orders?page={r.randint(1, 9)}&per_page=50 HTTP/1.1" 200 {r.randint(1000, 99999)} "-" "curl/8.4.0" {r.uniform(0, 1):.3f} {e}.{r.randint(100, 999)}',
            f'{ip4()} - - {apache()} "POST /api/v1/checkout HTTP/2.0" 502 {r.randint(100, 999)} "-" "okhttp/4.12.0" request_time={r.uniform(0, 30):.3f} upstream_response_time={r.uniform(0, 30):.3f}',
            f'https {iso()[:23]}456Z app/my-lb/{hexs(16)} {ip4()}:{r.randint(1024, 65535)} {ip4()}:8080 0.001 {r.uniform(0, 1):.3f} 0.000 200 200 {r.randint(100, 999)} {r.randint(1000, 99999)} "GET https://api.example.com:443/v1/items HTTP/1.1"',
            f'{ip4()} {r.randint(1, 99999)} {r.randint(100, 999)} {r.randint(1000, 9999)} {apache()} "GET /download/file.iso HTTP/1.1" 206 {r.randint(10**8, 10**9)} rt={r.randint(1, 9999)}ms',
            f"method=GET path=/v1/search status=200 bytes={r.randint(100, 99999)} duration={r.uniform(0, 2):.6f} req_len={r.randint(100, 999)} conn={r.randint(10**5, 10**7)}",
            f'{apache()} "HEAD / HTTP/1.0" 301 0 {r.randint(1000, 999999)}µs pid={r.randint(1000, 99999)}',
            f'{ip4()} - - {apache()} "GET /api/v1/reports/{r.randint(2026000000, 2026999999)}.csv HTTP/1.1" 200 {r.randint(10**6, 10**9)} "-" "python-requests/2.31.0"',
            f"status=429 bytes_sent={r.randint(100, 999)} request_time={r.uniform(0, 1):.3f} limit={r.randint(100, 9999)}/min retry_after={r.randint(1, 60)}",
        ][k]
        out.append(Line(F).t(s))
    return out


FAMILIES = [
    fam_sip_logs,
    fam_twilio_webhook,
    fam_sms_json_webhook,
    fam_postfix,
    fam_auth_events,
    fam_app_request_log,
    fam_nginx_query,
    fam_csv_export,
    fam_xml_soap,
    fam_sql,
    fam_hl7_pid,
    fam_graphql_vars,
    fam_support_tickets_i18n,
    fam_us_formats,
    fam_extensions,
    fam_url_paths,
    fam_logfmt,
    fam_timestamps,
    fam_epochs_durations_bytes,
    fam_order_ids,
    fam_payment_ids,
    fam_ip_addresses,
    fam_uuids_hashes,
    fam_versions_builds,
    fam_metric_rows,
    fam_k8s_events,
    fam_prometheus,
    fam_at_sign_lookalikes,
    fam_geo_postal,
    fam_http_access_columns,
]


def main():
    rows = []
    for f in FAMILIES:
        for L in f():
            rows.append(L.done())
    # final re-validation of every labelled span against the finished text
    for row in rows:
        for sp in row["spans"]:
            s = row["text"][sp["start"] : sp["end"]]
            if sp["type"] == "phone":
                check_phone(s, sp.get("region"), sp.get("decode"))
            else:
                check_email(s, sp.get("decode"))
    with open(OUT, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_pii = sum(1 for x in rows if x["spans"])
    print(f"wrote {len(rows)} lines ({n_pii} with PII) to {OUT}")


if __name__ == "__main__":
    main()
