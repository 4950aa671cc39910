"""Write tests/processing/redaction_corpus_probe5.jsonl: a seventh labelled corpus, written
from real log formats (Windows events and Sysmon, Azure and GCP logging, PaaS and edge functions,
web server and proxy logs, Azure AD, Duo, OneLogin/Ping/Workspace, Salesforce, SAP IDocs, ERPs,
cloud telephony and PBX CDRs, chat widgets, retail, insurance, property leads, ATS records,
runtime loggers, monitoring notifications, CDPs, notes in East and South-West Asian, Central,
Northern and Southern European languages) by someone who had not read the redaction rules
(issue 11). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe5_corpus

Every line is assembled from pieces: plain strings and labelled spans. Offsets are computed while
appending, never written by hand.
"""

import datetime as _dt
import json
import os
import random
import re
import string
from collections import Counter, OrderedDict
from urllib.parse import quote, quote_plus, unquote_plus

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT

SEED = 505202612
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- spans / lines


class Sp:
    """A labelled span. text is what appears in the line."""

    def __init__(self, text, typ, region=None, decode=None, num=None, ext=None):
        self.text, self.typ, self.region, self.decode = text, typ, region, decode
        self.num, self.ext = num, ext
        if typ == "phone":
            self.check()

    def check(self):
        raw = unquote_plus(self.text) if self.decode == "form" else self.text
        parsed = pn.parse(raw, self.region)
        assert pn.is_valid_number(parsed), ("invalid phone", self.text, self.region)
        if self.num is not None:
            assert (parsed.country_code, parsed.national_number) == (
                self.num.country_code,
                self.num.national_number,
            ), ("mismatch", self.text, self.region)
        if self.ext:
            assert parsed.extension == self.ext, ("ext", self.text, parsed.extension)

    def enc(self, plus=True):
        """URL/form-encoded copy of this span."""
        t = quote_plus(self.text) if plus else quote(self.text, safe="")
        if t == self.text:
            return self
        return Sp(t, self.typ, self.region, "form", self.num, self.ext)


LINES: list[dict] = []


def line(family, *parts):
    buf, spans, n = [], [], 0
    for p in _flatten(parts):
        if isinstance(p, Sp):
            d = {"start": n, "end": n + len(p.text), "type": p.typ}
            if p.typ == "phone":
                d["region"] = p.region
            if p.decode:
                d["decode"] = p.decode
            spans.append(d)
            buf.append(p.text)
            n += len(p.text)
        else:
            assert isinstance(p, str), repr(p)
            buf.append(p)
            n += len(p)
    text = "".join(buf)
    assert "\n" not in text, text
    LINES.append({"text": text, "spans": spans, "family": family})


def _flatten(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from _flatten(p)
        else:
            yield p


class M:
    """Mixed string value for J(): plain pieces and spans inside one JSON string."""

    def __init__(self, *parts):
        self.parts = parts


def J(obj, compact=True):
    """Serialise obj to JSON as a list of parts; Sp / M values keep their spans."""
    isep, ksep = (",", ":") if compact else (", ", ": ")
    out = []

    def s(x):
        return json.dumps(x, ensure_ascii=False)

    def rec(o):
        if isinstance(o, Sp):
            assert s(o.text)[1:-1] == o.text, o.text
            out.extend(['"', o, '"'])
        elif isinstance(o, M):
            out.append('"')
            for p in o.parts:
                if isinstance(p, Sp):
                    assert s(p.text)[1:-1] == p.text
                    out.append(p)
                else:
                    out.append(s(p)[1:-1])
            out.append('"')
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(isep)
                out.append(s(k) + ksep)
                rec(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(isep)
                rec(v)
            out.append("]")
        else:
            out.append(s(o))

    rec(obj)
    return out


# ---------------------------------------------------------------- phone numbers

USED: set[str] = set()
KIND = {"m": PT.MOBILE, "f": PT.FIXED_LINE, "t": PT.TOLL_FREE}


PREFIX = {
    ("GB", "m"): ["74", "75", "77", "78", "79"],
    ("BG", "m"): ["87", "88", "89", "98"],
    ("HK", "m"): ["5", "6", "9"],
    ("ES", "f"): ["91", "93", "95", "96"],
    ("GR", "f"): ["21", "231", "261"],
    ("RS", "m"): ["60", "61", "62", "63", "64", "65", "66"],
    ("JP", "m"): ["70", "80", "90"],
}


def gen(region, kind="m", prefix=None):
    t = KIND[kind]
    prefix = prefix or PREFIX.get((region, kind))
    ex = pn.example_number_for_type(region, t)
    assert ex is not None, (region, kind)
    nsn = pn.national_significant_number(ex)
    ok = {t, PT.FIXED_LINE_OR_MOBILE}
    for _ in range(20000):
        if prefix:
            head = R.choice(prefix)
        else:
            head = nsn[: R.randint(1, max(1, min(3, len(nsn) - 5)))]
        size = len(nsn) + (R.choice([0, 0, 1, -1]) if prefix else 0)
        cand = head + "".join(R.choice(string.digits) for _ in range(size - len(head)))
        if cand == nsn or cand in USED:
            continue
        num = pn.parse("+%d%s" % (ex.country_code or 0, cand))
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in ok
            and pn.region_code_for_number(num) == region
        ):
            USED.add(cand)
            return num
    raise RuntimeError((region, kind))


IDD = {
    "US": "011",
    "CA": "011",
    "JP": "010",
    "AU": "0011",
    "KR": "001",
    "SG": "001",
    "TW": "002",
    "HK": "001",
    "TH": "001",
    "NZ": "00",
    "GB": "00",
    "IE": "00",
}


def fmt(num, style="intl", sep=" ", frm=None, ext=None):
    """Write num in a given style; returns a validated phone Sp.

    ext: (text_before_digits, digits), e.g. (" ext. ", "12") or (";ext=", "99").
    """
    region = pn.region_code_for_number(num)
    cc = str(num.country_code)
    nsn = pn.national_significant_number(num)
    intl = pn.format_number(num, PF.INTERNATIONAL)
    natl = pn.format_number(num, PF.NATIONAL)
    gi = re.findall(r"\d+", intl)[1:]
    gn = re.findall(r"\d+", natl)
    reg = region
    if style == "e164":
        t = "+" + cc + nsn
    elif style == "intl":
        t = intl
    elif style == "intl_sep":
        t = "+" + cc + sep + sep.join(gi)
    elif style == "intl_paren_cc":
        t = "(+" + cc + ") " + " ".join(gi)
    elif style == "intl_trunk":
        t = "+" + cc + " (0)" + " ".join(gi)
    elif style == "rfc":
        t = pn.format_number(num, PF.RFC3966)[4:]
    elif style == "natl":
        t = natl
    elif style == "natl_sep":
        t = sep.join(gn)
    elif style == "natl_plain":
        t = "".join(gn)
    elif style == "natl_paren":
        t = "(" + gn[0] + ") " + sep.join(gn[1:])
    elif style == "cc_plain":
        t = cc + nsn
    elif style == "idd":
        reg = frm
        t = IDD.get(frm, "00") + sep + cc + sep + sep.join(gi)
    elif style == "idd_plain":
        reg = frm
        t = IDD.get(frm, "00") + cc + nsn
    else:
        raise ValueError(style)
    e = None
    if ext:
        t += ext[0] + ext[1]
        e = ext[1]
    return Sp(t, "phone", reg, num=num, ext=e)


def ph(region, kind="m", style="intl", prefix=None, **kw):
    return fmt(gen(region, kind, prefix), style, **kw)


FW = str.maketrans("0123456789-() +", "０１２３４５６７８９－（）　＋")
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯", "th": "๐๑๒๓๔๕๖๗๘๙", "ar": "٠١٢٣٤٥٦٧٨٩"}


def script_digits(sp, script):
    tbl = str.maketrans("0123456789", DIGITS[script])
    return Sp(sp.text.translate(tbl), "phone", sp.region, num=sp.num)


def fullwidth(sp):
    return Sp(sp.text.translate(FW), "phone", sp.region, num=sp.num)


# ---------------------------------------------------------------- e-mail

NAMES = {
    "KR": [("minji", "kim"), ("jiho", "park"), ("seoyeon", "lee"), ("dohyun", "choi")],
    "TW": [("wei", "chen"), ("yating", "lin"), ("chihao", "huang")],
    "HK": [("kaming", "wong"), ("waiman", "chan"), ("hoiyan", "leung")],
    "JP": [("yuki", "tanaka"), ("haruto", "sato"), ("aoi", "suzuki"), ("ren", "takahashi")],
    "TH": [("somchai", "srisuk"), ("nattaya", "chaiyaporn")],
    "MY": [("nurul", "aisyah"), ("ahmad", "faizal"), ("meiling", "tan")],
    "BD": [("rahim", "uddin"), ("nusrat", "jahan")],
    "PK": [("ali", "raza"), ("ayesha", "khan")],
    "IR": [("reza", "ahmadi"), ("sara", "hosseini")],
    "IL": [("noa", "levi"), ("yossi", "cohen")],
    "PL": [("jan", "kowalski"), ("agnieszka", "nowak"), ("piotr", "wisniewski")],
    "CZ": [("petr", "novak"), ("tereza", "svobodova")],
    "SK": [("martin", "horvath"), ("zuzana", "kovacova")],
    "HR": [("ivan", "horvat"), ("ana", "kovacevic")],
    "RS": [("marko", "jovanovic"), ("jelena", "petrovic")],
    "BG": [("georgi", "ivanov"), ("maria", "dimitrova")],
    "LT": [("tomas", "kazlauskas"), ("ieva", "jankauskaite")],
    "LV": [("janis", "berzins"), ("liga", "ozola")],
    "EE": [("kristjan", "tamm"), ("liis", "saar")],
    "IS": [("gudrun", "jonsdottir"), ("einar", "sigurdsson")],
    "GR": [("giorgos", "papadopoulos"), ("eleni", "nikolaou")],
    "ES": [("jordi", "puig"), ("lucia", "garcia"), ("xoan", "fernandez")],
    "IE": [("siobhan", "murphy"), ("cian", "kelly")],
    "GB": [("emily", "clarke"), ("james", "patel"), ("rhys", "evans")],
    "US": [("daniel", "martinez"), ("olivia", "nguyen"), ("tyler", "brooks")],
    "CA": [("chloe", "tremblay"), ("liam", "macdonald")],
    "AU": [("jack", "wilson"), ("mia", "thompson")],
    "NZ": [("aroha", "ngata"), ("sam", "walker")],
    "SG": [("weiming", "lim"), ("priya", "nair")],
    "AE": [("fatima", "alhashimi"), ("rashid", "almansoori")],
    "SA": [("omar", "alqahtani"), ("noura", "alotaibi")],
    "QA": [("khalid", "almarri"), ("nour", "althani")],
}
DOMAINS = {
    "KR": ["naver.com", "daum.net", "hanmail.net"],
    "TW": ["gmail.com", "yahoo.com.tw", "ms45.hinet.net"],
    "HK": ["yahoo.com.hk", "netvigator.com", "gmail.com"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
    "TH": ["hotmail.co.th", "gmail.com"],
    "MY": ["yahoo.com.my", "gmail.com", "streamyx.com"],
    "BD": ["gmail.com", "yahoo.com"],
    "PK": ["gmail.com", "outlook.com"],
    "IR": ["chmail.ir", "yahoo.com"],
    "IL": ["walla.co.il", "gmail.com", "bezeqint.net"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "CZ": ["seznam.cz", "email.cz", "centrum.cz"],
    "SK": ["azet.sk", "centrum.sk", "gmail.com"],
    "HR": ["gmail.com", "net.hr", "t-com.hr"],
    "RS": ["gmail.com", "yahoo.com", "eunet.rs"],
    "BG": ["abv.bg", "mail.bg", "gmail.com"],
    "LT": ["gmail.com", "inbox.lt"],
    "LV": ["inbox.lv", "gmail.com"],
    "EE": ["mail.ee", "gmail.com"],
    "IS": ["simnet.is", "gmail.com"],
    "GR": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es"],
    "IE": ["eircom.net", "gmail.com"],
    "GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com"],
    "US": ["gmail.com", "outlook.com", "icloud.com", "yahoo.com"],
    "CA": ["rogers.com", "gmail.com", "videotron.ca"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "NZ": ["xtra.co.nz", "gmail.com"],
    "SG": ["singnet.com.sg", "gmail.com"],
    "AE": ["emirates.net.ae", "gmail.com"],
    "SA": ["gmail.com", "hotmail.com"],
    "QA": ["qatar.net.qa", "gmail.com"],
}


def person(cc):
    return R.choice(NAMES[cc])


def email(cc=None, first=None, last=None, domain=None, style=None):
    if first is None:
        cc = cc or R.choice(list(NAMES))
        first, last = person(cc)
    domain = domain or R.choice(DOMAINS.get(cc, ["gmail.com"]))
    styles = [
        lambda: f"{first}.{last}",
        lambda: f"{first[0]}{last}",
        lambda: f"{first}{last}{R.randint(1, 99)}",
        lambda: f"{first}_{last}",
        lambda: f"{first}.{last}+{R.choice(['orders', 'news', 'work', 'shop'])}",
        lambda: f"{last}.{first[0]}",
        lambda: f"{first}-{last}",
        lambda: f"{first}{R.randint(1970, 2004)}",
        lambda: f"{first.capitalize()}.{last.capitalize()}",
    ]
    local = styles[style]() if style is not None else R.choice(styles)()
    return Sp(f"{local}@{domain}", "email")


def em(text):
    return Sp(text, "email")


# ---------------------------------------------------------------- look-alike helpers


def dig(n):
    return str(R.randint(1, 9)) + "".join(R.choice(string.digits) for _ in range(n - 1))


def zdig(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def guid():
    return "{" + uuid().upper() + "}"


def alnum(n, chars=string.ascii_letters + string.digits):
    return "".join(R.choice(chars) for _ in range(n))


def ip4(pub=True):
    if pub:
        a = R.choice(
            [
                "203.0.113",
                "198.51.100",
                "192.0.2",
                "185.%d.%d" % (R.randint(10, 250), R.randint(0, 255)),
                "81.%d.%d" % (R.randint(0, 255), R.randint(0, 255)),
            ]
        )
        return f"{a}.{R.randint(2, 254)}"
    return f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}"


BASE = _dt.datetime(2024, 3, 1, 0, 0, 0)


def dt():
    return BASE + _dt.timedelta(
        seconds=R.randint(0, 400 * 86400), microseconds=R.randint(0, 999999)
    )


def iso(d=None, frac=3, z="Z"):
    d = d or dt()
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += (
            "." + d.strftime("%f")[:frac]
            if frac <= 6
            else "." + d.strftime("%f") + "0" * (frac - 6)
        )
    return s + z


def epoch(d=None, ms=False):
    d = d or dt()
    v = (d - _dt.datetime(1970, 1, 1)).total_seconds()
    return int(v * 1000) if ms else int(v)


def clf(d=None):
    d = d or dt()
    return d.strftime("%d/%b/%Y:%H:%M:%S +0000")


def syslog_ts(d=None):
    d = d or dt()
    return d.strftime("%b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S")


def ctime(d=None):
    d = d or dt()
    return d.strftime("%a %b ") + ("%2d" % d.day) + d.strftime(" %H:%M:%S %Y")


# ============================================================ families


def fam_windows():
    F = "windows_eventlog_sysmon"
    hdr = lambda eid, rec, comp, d: (
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Sysmon" '
        'Guid="{5770385f-c22a-43e0-bf4c-06f5698ffbd9}"/><EventID>%d</EventID><Version>5</Version><Level>4</Level><Task>%d</Task>'
        '<Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime="%s"/><EventRecordID>%d</EventRecordID>'
        '<Correlation/><Execution ProcessID="%d" ThreadID="%d"/><Channel>Microsoft-Windows-Sysmon/Operational</Channel>'
        '<Computer>%s</Computer><Security UserID="S-1-5-18"/></System><EventData>'
        % (eid, eid, iso(d, 7), rec, R.randint(1000, 9000), R.randint(1000, 9000), comp)
    )
    d = dt()
    # 1 process create with AD phone/e-mail change
    p1 = ph("GB", "m", "intl")
    e1 = email("GB", domain="contoso.co.uk", style=0)
    line(
        F,
        hdr(1, R.randint(100000, 999999), "WS-HR-%03d.corp.contoso.com" % R.randint(1, 300), d),
        '<Data Name="RuleName">-</Data><Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "</Data>",
        '<Data Name="ProcessGuid">',
        guid(),
        '</Data><Data Name="ProcessId">',
        str(R.randint(1000, 20000)),
        "</Data>",
        r'<Data Name="Image">C:\Windows\System32\WindowsPowerShell\v1.0\powershell.exe</Data>',
        r'<Data Name="CommandLine">powershell.exe -NoProfile -Command Set-ADUser -Identity ',
        "esmith",
        " -MobilePhone '",
        p1,
        "' -EmailAddress '",
        e1,
        "'</Data>",
        '<Data Name="User">CORP\\hr-admin</Data><Data Name="LogonId">0x',
        hexs(6),
        "</Data></EventData></Event>",
    )
    # 2 security 4624 (no PII)
    d = dt()
    line(
        F,
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" '
        'Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/><EventID>4624</EventID><Version>2</Version><Level>0</Level><Task>12544</Task>'
        '<Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime="',
        iso(d, 7),
        '"/><EventRecordID>',
        dig(8),
        '</EventRecordID><Execution ProcessID="',
        str(R.randint(500, 900)),
        '" ThreadID="',
        str(R.randint(1000, 9999)),
        '"/><Channel>Security</Channel><Computer>DC02.corp.contoso.com</Computer></System><EventData>'
        '<Data Name="SubjectUserSid">S-1-5-18</Data><Data Name="TargetUserSid">S-1-5-21-',
        dig(10),
        "-",
        dig(10),
        "-",
        dig(9),
        "-",
        dig(4),
        '</Data><Data Name="TargetUserName">svc_backup</Data><Data Name="TargetLogonId">0x',
        hexs(7),
        '</Data><Data Name="LogonType">3</Data><Data Name="LogonGuid">',
        guid(),
        '</Data><Data Name="IpAddress">',
        ip4(False),
        '</Data><Data Name="IpPort">',
        str(R.randint(49152, 65535)),
        "</Data></EventData></Event>",
    )
    # 3 Sysmon network connection (no PII)
    d = dt()
    line(
        F,
        hdr(3, R.randint(100000, 999999), "SRV-APP-07.corp.contoso.com", d),
        '<Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        '</Data><Data Name="ProcessGuid">',
        guid(),
        r'</Data><Data Name="Image">C:\Program Files\Java\jdk-17\bin\java.exe</Data><Data Name="Protocol">tcp</Data>',
        '<Data Name="SourceIp">',
        ip4(False),
        '</Data><Data Name="SourcePort">',
        str(R.randint(49152, 65535)),
        '</Data><Data Name="DestinationIp">',
        ip4(),
        '</Data><Data Name="DestinationPort">443</Data>'
        '<Data Name="DestinationHostname">api.twilio.com</Data></EventData></Event>',
    )
    # 4 file create: CV file name with HR phone
    d = dt()
    p4 = ph("HR", "m", "natl")
    line(
        F,
        hdr(11, R.randint(100000, 999999), "WS-REC-%03d.corp.contoso.com" % R.randint(1, 99), d),
        '<Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "</Data>",
        r'<Data Name="Image">C:\Program Files\Microsoft Office\root\Office16\OUTLOOK.EXE</Data>',
        r'<Data Name="TargetFilename">C:\Users\akovacevic\AppData\Local\Microsoft\Windows\INetCache\Content.Outlook\7QX2K1B9\CV_Ana_Kovacevic_',
        p4,
        '.pdf</Data><Data Name="CreationUtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "</Data></EventData></Event>",
    )
    # 5 application event: MAPI sync failed for mailbox
    d = dt()
    e5 = email("CZ", domain="firma-novak.cz")
    line(
        F,
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Outlook"/>'
        '<EventID Qualifiers="0">63</EventID><Level>3</Level><Task>0</Task><Keywords>0x80000000000000</Keywords>'
        '<TimeCreated SystemTime="',
        iso(d, 7),
        '"/><EventRecordID>',
        dig(6),
        "</EventRecordID><Channel>Application</Channel>"
        "<Computer>LT-CZ-0412.corp.contoso.com</Computer></System><EventData><Data>The Exchange web service request GetAppManifests succeeded. "
        "Mailbox ",
        e5,
        " sync error 0x8004010F</Data></EventData></Event>",
    )
    # 6 service state (no PII)
    line(
        F,
        '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Service Control Manager" '
        'Guid="{555908d1-a6d7-4695-8e1e-26931d2012f4}" EventSourceName="Service Control Manager"/><EventID Qualifiers="16384">7036</EventID>'
        '<Level>4</Level><TimeCreated SystemTime="',
        iso(None, 7),
        '"/><EventRecordID>',
        dig(6),
        "</EventRecordID><Channel>System</Channel>"
        '<Computer>SRV-SQL-02</Computer></System><EventData><Data Name="param1">Windows Update</Data><Data Name="param2">running</Data>'
        "<Binary>770075006100750073006500720076002F0034000000</Binary></EventData></Event>",
    )
    # 7 DNS query (no PII)
    d = dt()
    line(
        F,
        hdr(22, R.randint(100000, 999999), "WS-FIN-%03d.corp.contoso.com" % R.randint(1, 300), d),
        '<Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        '</Data><Data Name="ProcessId">',
        str(R.randint(1000, 20000)),
        '</Data><Data Name="QueryName">login.microsoftonline.com</Data><Data Name="QueryStatus">0</Data>'
        '<Data Name="QueryResults">type:  5 login.mso.msidentity.com;type:  5 ak.privatelink.msidentity.com;::ffff:20.190.',
        str(R.randint(128, 190)),
        ".",
        str(R.randint(1, 250)),
        ";</Data>"
        r'<Data Name="Image">C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe</Data></EventData></Event>',
    )
    # 8 KB install (no PII)
    d = dt()
    line(
        F,
        hdr(1, R.randint(100000, 999999), "SRV-APP-11.corp.contoso.com", d),
        '<Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "</Data>",
        r'<Data Name="Image">C:\Windows\System32\wusa.exe</Data><Data Name="CommandLine">"C:\Windows\system32\wusa.exe" C:\Temp\windows10.0-kb5034441-x64_',
        hexs(40),
        '.msu /quiet /norestart</Data><Data Name="Hashes">SHA256=',
        hexs(64, True),
        "</Data>"
        r'<Data Name="ParentImage">C:\Windows\CCM\CcmExec.exe</Data></EventData></Event>',
    )
    # 9 curl with url-encoded CA phone
    d = dt()
    p9 = ph("CA", "m", "intl").enc()
    line(
        F,
        hdr(1, R.randint(100000, 999999), "BUILD-AGENT-03", d),
        '<Data Name="UtcTime">',
        d.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
        "</Data>",
        r'<Data Name="Image">C:\Windows\System32\curl.exe</Data><Data Name="CommandLine">curl.exe -s -X POST https://hooks.example.ca/sms/send -d "to=',
        p9,
        '&amp;template=otp_v2&amp;ttl=300"</Data><Data Name="IntegrityLevel">High</Data></EventData></Event>',
    )


def fam_azure_monitor():
    F = "azure_monitor_appinsights"
    sub = uuid()
    rid = lambda comp: (
        f"/SUBSCRIPTIONS/{sub.upper()}/RESOURCEGROUPS/RG-PROD-WEU/PROVIDERS/MICROSOFT.INSIGHTS/COMPONENTS/{comp}"
    )
    base = lambda typ, comp: OrderedDict(
        [("time", iso(None, 7)), ("resourceId", rid(comp)), ("ResourceGUID", uuid()), ("Type", typ)]
    )
    # 1 trace with OTP
    o = base("AppTraces", "AI-IDENTITY-PROD")
    o.update(
        [
            (
                "Message",
                M("Sending OTP to ", ph("AE", "m", "intl"), " via channel sms, attempt 1/3"),
            ),
            ("SeverityLevel", 1),
            (
                "Properties",
                {
                    "CategoryName": "Identity.Otp.OtpSender",
                    "OriginalFormat": "Sending OTP to {Phone} via channel {Channel}, attempt {Attempt}/{Max}",
                },
            ),
            ("OperationId", hexs(32)),
            ("ParentId", hexs(16)),
            ("AppRoleName", "identity-api"),
            ("AppRoleInstance", "RD" + hexs(12, True)),
            ("SDKVersion", "ilc:2.22.0-86"),
        ]
    )
    line(F, J(o))
    # 2 request with encoded e-mail in Url
    o = base("AppRequests", "AI-CRM-PROD")
    o.update(
        [
            ("Name", "GET Customers/Lookup"),
            (
                "Url",
                M(
                    "https://crm-api.contoso.com/v1/customers/lookup?email=",
                    email("US").enc(),
                    "&include=orders",
                ),
            ),
            ("Success", True),
            ("ResultCode", "200"),
            ("DurationMs", round(R.uniform(5, 400), 4)),
            ("OperationId", hexs(32)),
            ("ClientIP", "0.0.0.0"),
            ("AppRoleName", "crm-api"),
        ]
    )
    line(F, J(o))
    # 3 exception with AU national
    o = base("AppExceptions", "AI-SIGNUP-PROD")
    o.update(
        [
            (
                "ProblemId",
                "Microsoft.Data.SqlClient.SqlException at Signup.Data.CustomerRepository+<InsertAsync>d__7.MoveNext",
            ),
            (
                "OuterMessage",
                M(
                    "Cannot insert duplicate key row in object 'dbo.Customers' with unique index 'UX_Customers_Phone'. The duplicate key value is (",
                    ph("AU", "m", "natl"),
                    ").",
                ),
            ),
            ("SeverityLevel", 3),
            ("OperationId", hexs(32)),
            ("AppRoleName", "signup-func"),
        ]
    )
    line(F, J(o))
    # 4 custom dimensions with SA number
    o = base("AppEvents", "AI-ORDERS-PROD")
    o.update(
        [
            ("Name", "WhatsAppNotificationQueued"),
            (
                "Properties",
                OrderedDict(
                    [
                        ("CustomerPhone", ph("SA", "m", "e164")),
                        ("Channel", "whatsapp"),
                        ("OrderRef", "SO-" + dig(7)),
                        ("TemplateId", "order_shipped_ar"),
                    ]
                ),
            ),
            ("ItemCount", 1),
            ("OperationId", hexs(32)),
        ]
    )
    line(F, J(o))
    # 5 dependency SQL (no PII)
    o = base("AppDependencies", "AI-ORDERS-PROD")
    o.update(
        [
            ("Target", "sql-prod-weu.database.windows.net | ordersdb"),
            ("DependencyType", "SQL"),
            ("Name", "sql-prod-weu.database.windows.net | ordersdb"),
            ("Data", "UPDATE dbo.Orders SET Status = @p0 WHERE OrderId = @p1 AND RowVersion = @p2"),
            ("Success", True),
            ("ResultCode", "0"),
            ("DurationMs", round(R.uniform(1, 90), 4)),
            ("OperationId", hexs(32)),
        ]
    )
    line(F, J(o))
    # 6 metrics (no PII)
    o = base("AppMetrics", "AI-ORDERS-PROD")
    o.update(
        [
            ("Name", "Process Private Bytes"),
            ("Sum", float(dig(10))),
            ("Min", 381458392.0),
            ("Max", 822563847.0),
            ("ItemCount", 12),
            (
                "AppRoleInstance",
                "orders-api-7d9f8c6b5-" + alnum(5, string.ascii_lowercase + string.digits),
            ),
        ]
    )
    line(F, J(o))
    # 7 availability (no PII)
    o = base("AppAvailabilityResults", "AI-WEB-PROD")
    o.update(
        [
            ("Name", "homepage-ping"),
            ("Location", "emea-nl-ams-azr"),
            ("Success", False),
            ("Message", "Request timed out after 30000 ms; test run id " + uuid()),
            ("DurationMs", 30012.0),
            ("Id", uuid()),
        ]
    )
    line(F, J(o))
    # 8 trace with ILogger structured phone + email (Dynamics style), spaced JSON
    fn, ln = person("QA")
    o = base("AppTraces", "AI-LOYALTY-PROD")
    o.update(
        [
            ("Message", "Member profile updated"),
            ("SeverityLevel", 1),
            (
                "Properties",
                OrderedDict(
                    [
                        ("MemberId", dig(9)),
                        ("Email", email(first=fn, last=ln, domain="qatar.net.qa")),
                        ("Mobile", ph("QA", "m", "natl")),
                        ("Tier", "GOLD"),
                    ]
                ),
            ),
            ("OperationId", hexs(32)),
        ]
    )
    line(F, J(o, compact=False))


def fam_gcp():
    F = "gcp_cloud_logging"
    proj = "acme-notify-prod"
    pnum = dig(12)
    res_run = {
        "type": "cloud_run_revision",
        "labels": OrderedDict(
            [
                ("project_id", proj),
                ("service_name", "notifier"),
                (
                    "revision_name",
                    "notifier-000%d-%s" % (R.randint(10, 99), alnum(3, string.ascii_lowercase)),
                ),
                ("location", "asia-southeast1"),
                ("configuration_name", "notifier"),
            ]
        ),
    }

    def tail(o, log="run.googleapis.com%2Fstdout"):
        d = dt()
        o["timestamp"] = iso(d, 6)
        o["severity"] = o.get("severity", "INFO")
        o["logName"] = f"projects/{proj}/logs/{log}"
        o["receiveTimestamp"] = iso(d + _dt.timedelta(milliseconds=R.randint(20, 900)), 9)
        return o

    # 1 jsonPayload sms
    o = OrderedDict(
        [
            ("insertId", hexs(24)),
            (
                "jsonPayload",
                OrderedDict(
                    [
                        ("message", "sms dispatched"),
                        ("to", ph("SG", "m", "e164")),
                        ("provider", "twilio"),
                        ("sid", "SM" + hexs(32)),
                    ]
                ),
            ),
            ("resource", res_run),
        ]
    )
    line(F, J(tail(o)))
    # 2 protoPayload audit with principalEmail + service account
    o = OrderedDict(
        [
            (
                "protoPayload",
                OrderedDict(
                    [
                        ("@type", "type.googleapis.com/google.cloud.audit.AuditLog"),
                        ("status", {}),
                        (
                            "authenticationInfo",
                            {"principalEmail": email("GB", domain="acme.io", style=0)},
                        ),
                        (
                            "requestMetadata",
                            OrderedDict(
                                [
                                    ("callerIp", ip4()),
                                    (
                                        "callerSuppliedUserAgent",
                                        "google-cloud-sdk gcloud/467.0.0 command/gcloud.iam.service-accounts.keys.create",
                                    ),
                                ]
                            ),
                        ),
                        ("serviceName", "iam.googleapis.com"),
                        ("methodName", "google.iam.admin.v1.CreateServiceAccountKey"),
                        ("resourceName", M("projects/-/serviceAccounts/", dig(21))),
                        (
                            "request",
                            OrderedDict(
                                [
                                    (
                                        "name",
                                        M(
                                            "projects/-/serviceAccounts/",
                                            em("deployer@%s.iam.gserviceaccount.com" % proj),
                                        ),
                                    ),
                                    (
                                        "@type",
                                        "type.googleapis.com/google.iam.admin.v1.CreateServiceAccountKeyRequest",
                                    ),
                                ]
                            ),
                        ),
                    ]
                ),
            ),
            ("insertId", alnum(12, string.ascii_lowercase + string.digits)),
            (
                "resource",
                {"type": "service_account", "labels": {"project_id": proj, "unique_id": dig(21)}},
            ),
            ("severity", "NOTICE"),
        ]
    )
    line(F, J(tail(o, "cloudaudit.googleapis.com%2Factivity")))
    # 3 httpRequest with phone in query (ES)
    o = OrderedDict(
        [
            (
                "httpRequest",
                OrderedDict(
                    [
                        ("requestMethod", "GET"),
                        (
                            "requestUrl",
                            M(
                                "https://api.acme.es/v2/contacts?phone=",
                                ph("ES", "m", "e164").enc(),
                                "&fields=id,name",
                            ),
                        ),
                        ("status", 200),
                        ("responseSize", dig(4)),
                        ("userAgent", "okhttp/4.12.0"),
                        ("remoteIp", ip4()),
                        ("serverIp", ip4(False)),
                        ("latency", "0.0%ss" % zdig(5)),
                        ("protocol", "HTTP/1.1"),
                    ]
                ),
            ),
            ("insertId", hexs(16)),
            ("resource", res_run),
            ("trace", f"projects/{proj}/traces/{hexs(32)}"),
        ]
    )
    line(F, J(tail(o, "run.googleapis.com%2Frequests")))
    # 4 textPayload with IE national
    o = OrderedDict(
        [
            (
                "textPayload",
                M(
                    dt().strftime("%Y-%m-%d %H:%M:%S,")
                    + zdig(3)
                    + " INFO [callback-worker] Callback request from ",
                    ph("IE", "m", "natl_plain"),
                    " queued, position 4",
                ),
            ),
            ("insertId", hexs(16)),
            ("resource", res_run),
        ]
    )
    line(F, J(tail(o, "run.googleapis.com%2Fstderr")))
    # 5 GKE container (no PII) with project number
    o = OrderedDict(
        [
            ("insertId", alnum(16, string.ascii_lowercase + string.digits)),
            (
                "jsonPayload",
                OrderedDict(
                    [
                        ("level", "warn"),
                        ("msg", "retrying publish"),
                        ("topic", f"projects/{proj}/topics/sms-outbound"),
                        ("attempt", 3),
                        ("backoff_ms", 800),
                        ("projectNumber", pnum),
                    ]
                ),
            ),
            (
                "resource",
                {
                    "type": "k8s_container",
                    "labels": OrderedDict(
                        [
                            ("project_id", proj),
                            ("location", "europe-west1-b"),
                            ("cluster_name", "prod-gke-01"),
                            ("namespace_name", "notify"),
                            ("pod_name", "publisher-6b7f9d8c4-" + alnum(5, string.ascii_lowercase)),
                            ("container_name", "publisher"),
                        ]
                    ),
                },
            ),
            ("severity", "WARNING"),
        ]
    )
    line(F, J(tail(o, "stdout")))
    # 6 audit (no PII principal: service agent with number only) -> contains an e-mail actually; make it a key-based caller
    o = OrderedDict(
        [
            (
                "protoPayload",
                OrderedDict(
                    [
                        ("@type", "type.googleapis.com/google.cloud.audit.AuditLog"),
                        (
                            "status",
                            {
                                "code": 7,
                                "message": "Permission 'storage.objects.get' denied on resource (or it may not exist).",
                            },
                        ),
                        ("serviceName", "storage.googleapis.com"),
                        ("methodName", "storage.objects.get"),
                        (
                            "resourceName",
                            f"projects/_/buckets/{proj}-exports/objects/2024/05/02/batch-{dig(10)}.csv.gz",
                        ),
                        ("resourceLocation", {"currentLocations": ["asia-southeast1"]}),
                    ]
                ),
            ),
            (
                "resource",
                {
                    "type": "gcs_bucket",
                    "labels": {
                        "project_id": proj,
                        "bucket_name": proj + "-exports",
                        "location": "asia-southeast1",
                    },
                },
            ),
            ("severity", "ERROR"),
            ("insertId", alnum(12, string.ascii_lowercase)),
        ]
    )
    line(F, J(tail(o, "cloudaudit.googleapis.com%2Fdata_access")))
    # 7 Cloud Functions (no PII)
    o = OrderedDict(
        [
            (
                "textPayload",
                "Function execution took %d ms, finished with status code: 200"
                % R.randint(20, 4000),
            ),
            ("insertId", alnum(15, string.ascii_lowercase + string.digits)),
            (
                "resource",
                {
                    "type": "cloud_function",
                    "labels": {
                        "project_id": proj,
                        "function_name": "ingest-webhook",
                        "region": "us-central1",
                    },
                },
            ),
            ("labels", {"execution_id": alnum(12)}),
            ("trace", f"projects/{pnum}/traces/{hexs(32)}"),
        ]
    )
    line(F, J(tail(o, "cloudfunctions.googleapis.com%2Fcloud-functions")))
    # 9 http load balancer (no PII) with numeric ids
    o = OrderedDict(
        [
            (
                "httpRequest",
                OrderedDict(
                    [
                        ("requestMethod", "POST"),
                        ("requestUrl", f"https://api.acme.io/v1/orders/{dig(10)}/refund"),
                        ("status", 502),
                        ("requestSize", dig(3)),
                        ("responseSize", "332"),
                        ("remoteIp", ip4()),
                        ("latency", "30.00%ss" % zdig(4)),
                    ]
                ),
            ),
            (
                "jsonPayload",
                OrderedDict(
                    [
                        (
                            "@type",
                            "type.googleapis.com/google.cloud.loadbalancing.type.LoadBalancerLogEntry",
                        ),
                        ("statusDetails", "backend_timeout"),
                        ("backendTargetProjectNumber", f"projects/{pnum}"),
                    ]
                ),
            ),
            (
                "resource",
                {
                    "type": "http_load_balancer",
                    "labels": {
                        "project_id": proj,
                        "forwarding_rule_name": "api-https-fr",
                        "backend_service_name": "orders-bes",
                    },
                },
            ),
            ("insertId", alnum(12, string.ascii_lowercase)),
        ]
    )
    line(F, J(tail(o, "requests")))


def fam_paas():
    F = "paas_edge_functions"

    def hts():
        return iso(None, 6, "+00:00")

    # 1 heroku router with national GB phone in query string
    p = ph("GB", "m", "natl_plain")
    line(
        F,
        hts(),
        ' heroku[router]: at=info method=GET path="/api/callback?phone=',
        p,
        '&src=web" host=acme-leads.herokuapp.com request_id=',
        uuid(),
        ' fwd="',
        ip4(),
        '" dyno=web.',
        str(R.randint(1, 4)),
        " connect=0ms service=",
        str(R.randint(3, 300)),
        "ms status=200 bytes=",
        dig(3),
        " protocol=https",
    )
    # 2 heroku router H12 with order id look-alike (no PII)
    line(
        F,
        hts(),
        ' heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/orders/',
        dig(10),
        '/status" host=acme-shop.herokuapp.com request_id=',
        uuid(),
        ' fwd="',
        ip4(),
        '" dyno=web.2 connect=1ms service=30000ms status=503 bytes=0 protocol=https',
    )
    # 4 heroku dyno (no PII)
    line(
        F,
        hts(),
        " heroku[web.1]: source=web.1 dyno=heroku.",
        dig(8),
        ".",
        uuid(),
        " sample#memory_total=",
        "%.2f" % R.uniform(100, 900),
        "MB sample#memory_rss=",
        "%.2f" % R.uniform(100, 900),
        "MB sample#memory_pgpgin=",
        dig(6),
        "pages sample#memory_pgpgout=",
        dig(6),
        "pages",
    )
    # 5 vercel function log with AU lead
    d = dt()
    line(
        F,
        d.strftime("%b %d %H:%M:%S.%f")[:-4],
        "  POST  200  acme-web.vercel.app  \u03bb /api/lead  ",
        J(
            OrderedDict(
                [
                    ("name", "Mia T."),
                    ("phone", ph("AU", "m", "intl")),
                    ("suburb", "Parramatta"),
                    ("postcode", "2150"),
                    ("source", "google-ads"),
                ]
            )
        ),
    )
    # 6 netlify function (no PII)
    d = dt()
    line(
        F,
        d.strftime("%b %-d, %I:%M:%S %p"),
        ": ",
        hexs(8),
        " Duration: %.2f ms\tMemory Usage: %d MB\tInit Duration: %.2f ms"
        % (R.uniform(1, 900), R.randint(60, 200), R.uniform(100, 400)),
    )
    # 7 netlify function with form payload (US, dots)
    d = dt()
    line(
        F,
        d.strftime("%b %-d, %I:%M:%S %p"),
        ": ",
        hexs(8),
        " INFO   twilio inbound body: SmsMessageSid=SM",
        hexs(32),
        "&NumMedia=0&ProfileName=Jack&WaId=",
        ph("AU", "m", "cc_plain"),
        "&Body=hi+is+my+order+ready&To=whatsapp%3A",
        ph("US", "f", "e164").enc(),
        "&From=whatsapp%3A",
        ph("AU", "m", "e164").enc(),
        "&ApiVersion=2010-04-01",
    )
    # 8 cloudflare workers logpush with NZ phone in logs
    d = dt()
    o = OrderedDict(
        [
            ("Outcome", "ok"),
            ("ScriptName", "api-gateway"),
            ("EventTimestampMs", epoch(d, True)),
            (
                "Event",
                {
                    "Request": {
                        "URL": "https://shop.example.co.nz/api/subscribe",
                        "Method": "POST",
                    },
                    "Response": {"Status": 200},
                },
            ),
            (
                "Logs",
                [
                    OrderedDict(
                        [
                            ("Level", "log"),
                            ("Message", ["subscribed", ph("NZ", "m", "intl")]),
                            ("TimestampMs", epoch(d, True) + 3),
                        ]
                    )
                ],
            ),
            ("Exceptions", []),
            ("CPUTimeMs", R.randint(1, 9)),
            ("WallTimeMs", R.randint(10, 300)),
        ]
    )
    line(F, J(o))
    # 9 cloudflare (no PII) with ray id, colo and '@' in wrangler tail header
    line(
        F,
        "POST https://api.example.com/v1/otp/verify - Ok @ ",
        d.strftime("%-m/%-d/%Y, %I:%M:%S %p"),
        "  (log) ray=",
        hexs(16),
        "-SIN colo=SIN cpu=",
        str(R.randint(1, 9)),
        "ms code=",
        zdig(6),
        " verified=true",
    )
    # 10 wrangler tail HK phone, no label word
    line(
        F,
        "POST https://api.example.com/v1/otp/send - Ok @ ",
        dt().strftime("%-m/%-d/%Y, %I:%M:%S %p"),
        "  (log) otp -> ",
        ph("HK", "m", "intl"),
        " ttl=300s",
    )


def fam_nginx_apache():
    F = "nginx_apache_error"

    def ngts():
        return dt().strftime("%Y/%m/%d %H:%M:%S")

    pid = R.randint(1000, 30000)
    # 1 upstream timeout (no PII)
    line(
        F,
        ngts(),
        " [error] %d#%d: *%s upstream timed out (110: Connection timed out) while reading response header from upstream, client: "
        % (pid, pid, dig(6)),
        ip4(),
        ', server: api.example.com, request: "POST /v1/leads HTTP/1.1", upstream: "http://',
        ip4(False),
        ':8080/v1/leads", host: "api.example.com"',
    )
    # 2 lua body logger with PL mobile and e-mail
    line(
        F,
        ngts(),
        " [warn] %d#%d: *%s [lua] body_logger.lua:14: request body: " % (pid, pid, dig(6)),
        J(
            OrderedDict(
                [("email", email("PL")), ("mobile", ph("PL", "m", "intl")), ("consent", True)]
            )
        ),
        ", client: ",
        ip4(),
        ', server: shop.example.pl, request: "POST /api/register HTTP/2.0", host: "shop.example.pl"',
    )
    # 3 too large body (no PII)
    line(
        F,
        ngts(),
        " [error] %d#%d: *%s client intended to send too large body: %s bytes, client: "
        % (pid, pid, dig(6), dig(8)),
        ip4(),
        ', server: upload.example.com, request: "POST /upload/chunk?part=17&uploadId=',
        dig(12),
        ' HTTP/1.1", host: "upload.example.com"',
    )
    # 4 request line with HR number "091/234-5678" url-encoded
    num = gen("HR", "m")
    g = re.findall(r"\d+", pn.format_number(num, PF.NATIONAL))
    sp = Sp(
        g[0] + "/" + "".join(g[1:])[:3] + "-" + "".join(g[1:])[3:], "phone", "HR", num=num
    ).enc()
    line(
        F,
        ngts(),
        ' [error] %d#%d: *%s open() "/var/www/html/kontakt.php" failed (2: No such file or directory), client: '
        % (pid, pid, dig(6)),
        ip4(),
        ', server: www.example.hr, request: "GET /kontakt.php?ime=Ivan&tel=',
        sp,
        ' HTTP/1.1", host: "www.example.hr", referrer: "https://www.example.hr/"',
    )
    # 6 modsecurity with GR phone in matched data
    d = dt()
    line(
        F,
        "[",
        d.strftime("%a %b %d %H:%M:%S.%f %Y"),
        '] [security2:error] [pid %d] [client %s] ModSecurity: Warning. detected SQLi using libinjection with fingerprint \'s&1\' [file "/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "65"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [data "Matched Data: s&1 found within ARGS:phone: '
        % (R.randint(1000, 40000), ip4()),
        ph("GR", "m", "intl"),
        '\' or 1=1--"] [severity "CRITICAL"] [hostname "www.example.gr"] [uri "/account/profile"] [unique_id "',
        alnum(27),
        '"]',
    )
    # 7 AH01630 (no PII)
    d = dt()
    line(
        F,
        "[",
        d.strftime("%a %b %d %H:%M:%S.%f %Y"),
        "] [authz_core:error] [pid %d:tid %s] [client %s:%d] AH01630: client denied by server configuration: /srv/www/admin/backup-20240502.tar.gz"
        % (R.randint(1000, 40000), dig(15), ip4(), R.randint(30000, 65000)),
    )
    # 8 mod_dumpio form body with encoded e-mail and GB phone
    d = dt()
    fn, ln = person("GB")
    line(
        F,
        "[",
        d.strftime("%a %b %d %H:%M:%S.%f %Y"),
        "] [dumpio:trace7] [pid %d:tid %s] mod_dumpio.c(103): [client %s:%d] mod_dumpio:  dumpio_in (data-HEAP): name=%s+%s&email="
        % (
            R.randint(1000, 40000),
            dig(15),
            ip4(),
            R.randint(30000, 65000),
            fn.capitalize(),
            ln.capitalize(),
        ),
        email(first=fn, last=ln, domain="btinternet.com").enc(),
        "&phone=",
        ph("GB", "f", "natl").enc(),
        "&msg=Please+call+after+5pm",
    )
    # 9 limit req (no PII)
    line(
        F,
        ngts(),
        ' [error] %d#%d: *%s limiting requests, excess: %d.%03d by zone "login", client: '
        % (pid, pid, dig(7), R.randint(5, 40), R.randint(0, 999)),
        ip4(),
        ', server: id.example.com, request: "POST /oauth2/token HTTP/1.1", host: "id.example.com"',
    )


def fam_haproxy():
    F = "haproxy_captured_headers"

    def pre():
        d = dt()
        return [
            syslog_ts(d),
            " lb0%d haproxy[%d]: %s:%d [%s.%03d] "
            % (
                R.randint(1, 3),
                R.randint(1000, 30000),
                ip4(),
                R.randint(1024, 65535),
                d.strftime("%d/%b/%Y:%H:%M:%S"),
                R.randint(0, 999),
            ),
        ]

    def timers():
        return "%d/%d/%d/%d/%d" % (0, 0, R.randint(0, 3), R.randint(5, 400), R.randint(10, 500))

    def conns():
        return "%d/%d/%d/%d/0 0/0" % (
            R.randint(100, 900),
            R.randint(100, 900),
            R.randint(1, 40),
            R.randint(1, 9),
        )

    # 1 captured X-User-Email (KR)
    line(
        F,
        pre(),
        "fe_https~ be_api/api0%d " % R.randint(1, 6),
        timers(),
        " 200 ",
        dig(4),
        " - - ---- ",
        conns(),
        " {api.example.com|",
        email("KR"),
        '|Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)} {application/json|} "GET /v2/users/me HTTP/1.1"',
    )
    # 2 (no PII) request id + XFF headers
    line(
        F,
        pre(),
        "fe_https~ be_static/static02 ",
        timers(),
        " 304 ",
        "187",
        " - - ---- ",
        conns(),
        " {cdn.example.com|",
        uuid(),
        "|",
        ip4(),
        ", ",
        ip4(False),
        '} {} "GET /assets/app.',
        hexs(8),
        '.js HTTP/1.1"',
    )
    # 3 captured caller phone header (KR intl)
    line(
        F,
        pre(),
        "fe_https~ be_voice/voice01 ",
        timers(),
        " 201 ",
        dig(3),
        " - - ---- ",
        conns(),
        " {voice.example.kr|",
        ph("KR", "m", "intl"),
        "|",
        uuid(),
        '} {} "POST /v1/calls HTTP/1.1"',
    )
    # 4 msisdn in URI (TH, cc without plus)
    line(
        F,
        pre(),
        "fe_http be_track/track03 ",
        timers(),
        " 200 ",
        "43",
        " - - ---- ",
        conns(),
        ' {track.example.co.th|} {} "GET /px?msisdn=',
        ph("TH", "m", "cc_plain"),
        "&cid=",
        dig(9),
        "&ts=",
        str(epoch()),
        ' HTTP/1.1"',
    )
    # 5 termination state, cookie (no PII)
    line(
        F,
        pre(),
        "fe_https~ be_api/<NOSRV> ",
        "-1/-1/-1/-1/",
        str(R.randint(1, 30)),
        " 503 ",
        "222",
        " - - SC-- ",
        conns(),
        " {api.example.com|SERVERID=api0",
        str(R.randint(1, 6)),
        '} {} "POST /v2/orders/',
        dig(10),
        '/pay HTTP/1.1"',
    )
    # 6 captured referer with encoded email
    line(
        F,
        pre(),
        "fe_https~ be_web/web0%d " % R.randint(1, 4),
        timers(),
        " 302 ",
        "0",
        " - - --NI ",
        conns(),
        " {www.example.com|https://www.example.com/unsubscribe?u=",
        email("US").enc(plus=False),
        "&t=",
        hexs(20),
        '} {} "GET /unsubscribe/confirm HTTP/1.1"',
    )
    # 7 tcp mode log (no PII)
    d = dt()
    line(
        F,
        syslog_ts(d),
        " lb02 haproxy[%d]: %s:%d [%s.%03d] fe_pg be_pg/pg-primary 1/0/%d %s -- %s"
        % (
            R.randint(1000, 30000),
            ip4(False),
            R.randint(1024, 65535),
            d.strftime("%d/%b/%Y:%H:%M:%S"),
            R.randint(0, 999),
            R.randint(1000, 900000),
            dig(6),
            conns(),
        ),
    )
    # 8 captured response header X-Callback-Number (US with ext)
    line(
        F,
        pre(),
        "fe_https~ be_support/sup01 ",
        timers(),
        " 200 ",
        dig(4),
        " - - ---- ",
        conns(),
        " {support.example.com|} {",
        ph("US", "f", "natl", ext=(" x", dig(3))),
        '|no-cache} "GET /api/agent/callback HTTP/1.1"',
    )


def fam_envoy():
    F = "envoy_istio_traefik"

    def ets():
        return "[" + iso(None, 3) + "]"

    def tail():
        return ' "%s" "okhttp/4.12.0" "%s" ' % (ip4(False), uuid())

    # 1 envoy default with encoded CZ phone in query
    line(
        F,
        ets(),
        ' "GET /api/v1/users/lookup?phone=',
        ph("CZ", "m", "e164").enc(),
        ' HTTP/2" 200 - via_upstream - "-" 0 ',
        dig(3),
        " ",
        str(R.randint(2, 90)),
        " ",
        str(R.randint(1, 80)),
        tail(),
        '"users.default.svc.cluster.local" "',
        ip4(False),
        ':8080" outbound|8080||users.default.svc.cluster.local ',
        ip4(False),
        ":",
        str(R.randint(30000, 60000)),
        " ",
        ip4(False),
        ":8080 ",
        ip4(False),
        ":",
        str(R.randint(30000, 60000)),
        " - default",
    )
    # 2 envoy upstream reset (no PII)
    line(
        F,
        ets(),
        ' "POST /payments.v1.PaymentService/Capture HTTP/2" 0 UC upstream_reset_before_response_started{connection_termination} - "-" ',
        dig(3),
        " 0 ",
        dig(4),
        ' - "',
        ip4(False),
        '" "grpc-go/1.62.1" "',
        uuid(),
        '" "payments:9090" "',
        ip4(False),
        ':9090" inbound|9090|| 127.0.0.6:',
        str(R.randint(30000, 60000)),
        " ",
        ip4(False),
        ":9090 ",
        ip4(False),
        ":",
        str(R.randint(30000, 60000)),
        " outbound_.9090_._.payments.prod.svc.cluster.local default",
    )
    # 3 istio JSON with raw + in query (IL)
    o = OrderedDict(
        [
            ("authority", "notify.prod.svc.cluster.local"),
            ("bytes_received", 0),
            ("bytes_sent", int(dig(3))),
            ("downstream_local_address", ip4(False) + ":8080"),
            ("duration", R.randint(3, 120)),
            ("method", "POST"),
            ("path", M("/notify/sms?to=", ph("IL", "m", "e164"), "&lang=he")),
            ("protocol", "HTTP/1.1"),
            ("request_id", uuid()),
            ("response_code", 202),
            ("response_flags", "-"),
            ("start_time", iso(None, 3)),
            ("upstream_cluster", "inbound|8080||"),
            ("upstream_host", ip4(False) + ":8080"),
            ("user_agent", "Go-http-client/1.1"),
            ("x_forwarded_for", ip4()),
        ]
    )
    line(F, J(o))
    # 4 traefik json with email query and RouterName api@docker
    o = OrderedDict(
        [
            ("ClientAddr", ip4() + ":" + str(R.randint(30000, 60000))),
            ("ClientHost", ip4()),
            ("DownstreamContentSize", int(dig(3))),
            ("DownstreamStatus", 200),
            ("Duration", int(dig(8))),
            ("OriginContentSize", int(dig(3))),
            ("OriginDuration", int(dig(7))),
            ("OriginStatus", 200),
            ("Overhead", int(dig(5))),
            ("RequestAddr", "crm.example.lt"),
            ("RequestHost", "crm.example.lt"),
            ("RequestMethod", "GET"),
            ("RequestPath", M("/api/contacts/search?email=", email("LT").enc())),
            ("RequestProtocol", "HTTP/2.0"),
            ("RouterName", "crm-api@docker"),
            ("ServiceName", "crm-api@docker"),
            ("entryPointName", "websecure"),
            ("level", "info"),
            ("msg", ""),
            ("time", iso(None, 0)),
        ]
    )
    line(F, J(o))
    # 5 traefik CLF (no PII)
    line(
        F,
        ip4(False),
        " - - [",
        clf(),
        '] "GET /ping HTTP/1.1" 200 2 "-" "kube-probe/1.29" ',
        dig(5),
        ' "ping@internal" "-" 0ms',
    )
    # 6 traefik CLF with LV phone in path (whatsapp link)
    line(
        F,
        ip4(),
        " - - [",
        clf(),
        '] "GET /r/wa/',
        ph("LV", "m", "cc_plain"),
        '?text=Sveiki HTTP/1.1" 302 0 "https://www.example.lv/kontakti" "Mozilla/5.0 (Linux; Android 14)" ',
        dig(5),
        ' "redirects@file" "http://',
        ip4(False),
        ':8080" 3ms',
    )
    # 7 envoy with x-forwarded headers & numeric ids (no PII)
    line(
        F,
        ets(),
        ' "GET /v1/shipments/',
        dig(12),
        "/events?since=",
        str(epoch(ms=True)),
        ' HTTP/1.1" 200 - via_upstream - "-" 0 ',
        dig(4),
        " ",
        str(R.randint(2, 90)),
        " ",
        str(R.randint(1, 80)),
        tail(),
        '"shipments.example.com" "',
        ip4(False),
        ':8443"',
    )
    # 9 istio telemetry (no PII)
    line(
        F,
        ets(),
        ' "- - -" 0 - - - "-" ',
        dig(4),
        " ",
        dig(4),
        " ",
        dig(5),
        ' - "-" "-" "-" "-" "',
        ip4(False),
        ':5432" outbound|5432||postgres.db.svc.cluster.local ',
        ip4(False),
        ":",
        str(R.randint(30000, 60000)),
        " ",
        ip4(False),
        ":5432 ",
        ip4(False),
        ":",
        str(R.randint(30000, 60000)),
        " - -",
    )


def fam_azure_ad():
    F = "azure_ad_signin"
    tenant = uuid()

    def base(cat, op, country):
        return OrderedDict(
            [
                ("time", iso(None, 7)),
                ("resourceId", f"/tenants/{tenant}/providers/Microsoft.aadiam"),
                ("operationName", op),
                ("operationVersion", "1.0"),
                ("category", cat),
                ("tenantId", tenant),
                ("resultType", "0"),
                ("resultSignature", "None"),
                ("durationMs", 0),
                ("callerIpAddress", ip4()),
                ("correlationId", uuid()),
                ("Level", 4),
                ("location", country),
            ]
        )

    # 1 sign-in with UPN and masked SMS phone
    fn, ln = person("QA")
    o = base("SignInLogs", "Sign-in activity", "QA")
    o["identity"] = f"{fn.capitalize()} {ln.capitalize()}"
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("createdDateTime", iso(None, 7)),
            ("userDisplayName", o["identity"]),
            ("userPrincipalName", email(first=fn, last=ln, domain="contoso.qa", style=0)),
            ("userId", uuid()),
            ("appId", "00000002-0000-0ff1-ce00-000000000000"),
            ("appDisplayName", "Office 365 Exchange Online"),
            ("ipAddress", o["callerIpAddress"]),
            ("status", {"errorCode": 0}),
            (
                "authenticationDetails",
                [
                    OrderedDict(
                        [
                            ("authenticationStepDateTime", iso(None, 0)),
                            ("authenticationMethod", "Text message"),
                            ("authenticationMethodDetail", "+974 XXXXXX%s" % zdig(2)),
                            ("succeeded", True),
                            ("authenticationStepResultDetail", "MFA successfully completed"),
                        ]
                    )
                ],
            ),
        ]
    )
    line(F, J(o))
    # 2 service principal sign-in (no PII)
    o = base("ServicePrincipalSignInLogs", "Sign-in activity", "NL")
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("createdDateTime", iso(None, 7)),
            ("servicePrincipalName", "sp-github-deploy"),
            ("servicePrincipalId", uuid()),
            ("appId", uuid()),
            ("resourceDisplayName", "Azure Resource Manager"),
            ("resourceId", uuid()),
            (
                "status",
                {
                    "errorCode": 7000215,
                    "failureReason": "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.",
                },
            ),
            ("clientCredentialType", "clientSecret"),
        ]
    )
    line(F, J(o))
    # 3 audit Update user TelephoneNumber (escaped JSON inside)
    o = base("AuditLogs", "Update user", "GB")
    p = ph("GB", "f", "intl")
    actor = email("GB", domain="contoso.co.uk", style=0)
    o["properties"] = OrderedDict(
        [
            ("id", "Directory_" + uuid()),
            ("category", "UserManagement"),
            ("activityDisplayName", "Update user"),
            ("result", "success"),
            (
                "initiatedBy",
                {
                    "user": OrderedDict(
                        [("id", uuid()), ("userPrincipalName", actor), ("ipAddress", ip4())]
                    )
                },
            ),
            (
                "targetResources",
                [
                    OrderedDict(
                        [
                            ("id", uuid()),
                            ("type", "User"),
                            (
                                "modifiedProperties",
                                [
                                    OrderedDict(
                                        [
                                            ("displayName", "TelephoneNumber"),
                                            ("oldValue", "[]"),
                                            ("newValue", M('["', p, '"]')),
                                        ]
                                    ),
                                    OrderedDict(
                                        [
                                            ("displayName", "Included Updated Properties"),
                                            ("oldValue", None),
                                            ("newValue", '"TelephoneNumber"'),
                                        ]
                                    ),
                                ],
                            ),
                        ]
                    )
                ],
            ),
        ]
    )
    line(F, J(o))
    # 4 sign-in failure 50126 with UPN (AU)
    fn, ln = person("AU")
    o = base("SignInLogs", "Sign-in activity", "AU")
    o["resultType"] = "50126"
    o["resultDescription"] = "Error validating credentials due to invalid username or password."
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("userPrincipalName", email(first=fn, last=ln, domain="fabrikam.com.au", style=0)),
            ("appDisplayName", "Azure Portal"),
            ("clientAppUsed", "Browser"),
            ("conditionalAccessStatus", "notApplied"),
            (
                "deviceDetail",
                {"deviceId": "", "operatingSystem": "Windows10", "browser": "Edge 124.0.0"},
            ),
            (
                "location",
                OrderedDict(
                    [
                        ("city", "Sydney"),
                        ("state", "New South Wales"),
                        ("countryOrRegion", "AU"),
                        ("geoCoordinates", {"latitude": -33.8688, "longitude": 151.2093}),
                    ]
                ),
            ),
            ("riskLevelDuringSignIn", "none"),
        ]
    )
    line(F, J(o))
    # 5 managed identity (no PII)
    o = base("ManagedIdentitySignInLogs", "Sign-in activity", "")
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("servicePrincipalName", "func-orders-prod"),
            ("resourceDisplayName", "Azure Key Vault"),
            ("resourceId", uuid()),
            ("managedIdentityType", "systemAssigned"),
            ("status", {"errorCode": 0}),
            ("federatedCredentialId", ""),
            ("uniqueTokenIdentifier", alnum(22)),
        ]
    )
    line(F, J(o))
    # 6 audit: user registered security info (mobile) - US number in additionalDetails
    o = base("AuditLogs", "User registered security info", "US")
    upn = email("US", domain="contoso.com", style=0)
    o["properties"] = OrderedDict(
        [
            ("activityDisplayName", "User registered security info"),
            ("category", "UserManagement"),
            ("result", "success"),
            ("resultReason", "User registered Mobile Phone SMS"),
            ("loggedByService", "Authentication Methods"),
            ("initiatedBy", {"user": {"userPrincipalName": upn}}),
            (
                "additionalDetails",
                [
                    {"key": "Phone", "value": ph("US", "m", "intl")},
                    {"key": "Method", "value": "MobilePhone"},
                ],
            ),
        ]
    )
    line(F, J(o))
    # 7 non-interactive sign-in with only ids (no PII: guest redacted)
    o = base("NonInteractiveUserSignInLogs", "Sign-in activity", "DE")
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("userId", uuid()),
            ("userPrincipalName", uuid()),
            ("userDisplayName", "Guest (redacted)"),
            ("appId", "1fec8e78-bce4-4aaf-ab1b-5451cc387264"),
            ("appDisplayName", "Microsoft Teams"),
            ("status", {"errorCode": 50173}),
            (
                "authenticationDetails",
                [
                    {
                        "authenticationMethod": "Previously satisfied",
                        "authenticationMethodDetail": "+1 XXXXXXXX%s" % zdig(2),
                    }
                ],
            ),
            ("incomingTokenType", "primaryRefreshToken"),
            ("sessionId", uuid()),
        ]
    )
    line(F, J(o))
    # 8 risky sign-in (no PII) with ip and asn
    o = base("RiskyUsers", "User Risk Detection", "BR")
    o["properties"] = OrderedDict(
        [
            ("id", uuid()),
            ("riskEventType", "unfamiliarFeatures"),
            ("riskLevel", "medium"),
            ("riskState", "atRisk"),
            ("ipAddress", ip4()),
            ("location", {"city": "Sao Paulo", "countryOrRegion": "BR"}),
            (
                "additionalInfo",
                '[{"Key":"userAgent","Value":"Mozilla/5.0"},{"Key":"asn","Value":"%s"}]' % dig(5),
            ),
            ("requestId", uuid()),
        ]
    )
    line(F, J(o))


def fam_duo():
    F = "duo_auth"

    def auth(
        factor,
        dev,
        mail,
        user,
        result="success",
        reason="user_approved",
        country=("Dublin", "Ireland", "Leinster"),
    ):
        ts = dt()
        return OrderedDict(
            [
                (
                    "access_device",
                    OrderedDict(
                        [
                            ("browser", "Chrome"),
                            (
                                "browser_version",
                                "124.0.%d.%d" % (R.randint(6000, 6400), R.randint(10, 200)),
                            ),
                            ("ip", ip4()),
                            (
                                "location",
                                OrderedDict(
                                    [
                                        ("city", country[0]),
                                        ("country", country[1]),
                                        ("state", country[2]),
                                    ]
                                ),
                            ),
                            ("os", "Windows"),
                            ("os_version", "10"),
                        ]
                    ),
                ),
                ("alias", ""),
                (
                    "application",
                    {
                        "key": "DI" + alnum(18, string.ascii_uppercase + string.digits),
                        "name": "Microsoft 365",
                    },
                ),
                (
                    "auth_device",
                    OrderedDict(
                        [
                            ("ip", ip4()),
                            (
                                "location",
                                OrderedDict(
                                    [
                                        ("city", country[0]),
                                        ("country", country[1]),
                                        ("state", country[2]),
                                    ]
                                ),
                            ),
                            ("name", dev),
                        ]
                    ),
                ),
                ("email", mail),
                ("event_type", "authentication"),
                ("factor", factor),
                ("isotimestamp", iso(ts, 6, "+00:00")),
                ("reason", reason),
                ("result", result),
                ("timestamp", epoch(ts)),
                ("txid", uuid()),
                (
                    "user",
                    {"key": "DU" + alnum(18, string.ascii_uppercase + string.digits), "name": user},
                ),
            ]
        )

    fn, ln = person("IE")
    line(
        F,
        J(
            auth(
                "phone_call",
                ph("IE", "m", "intl"),
                email(first=fn, last=ln, domain="example.ie", style=0),
                fn[0] + ln,
            )
        ),
    )
    fn, ln = person("AU")
    line(
        F,
        J(
            auth(
                "sms_passcode",
                ph("AU", "m", "intl"),
                email(first=fn, last=ln, domain="example.com.au", style=1),
                fn[0] + ln,
                country=("Melbourne", "Australia", "Victoria"),
            ),
            compact=False,
        ),
    )
    # 3 push with device name only, no e-mail (no PII)
    line(
        F,
        J(
            auth(
                "duo_push",
                "iPhone 15 Pro (" + alnum(20, string.ascii_uppercase + string.digits) + ")",
                "",
                "svc-vpn",
                result="denied",
                reason="user_marked_fraud",
                country=("Lagos", "Nigeria", "Lagos"),
            )
        ),
    )
    # 4 telephony log
    ts = dt()
    line(
        F,
        J(
            OrderedDict(
                [
                    ("context", "authentication"),
                    ("credits", 1),
                    ("isotimestamp", iso(ts, 6, "+00:00")),
                    ("phone", ph("US", "m", "e164")),
                    ("telephony_id", uuid()),
                    ("timestamp", epoch(ts)),
                    ("type", "sms"),
                ]
            )
        ),
    )
    # 6 authproxy log (no PII)
    d = dt()
    line(
        F,
        d.strftime("%Y-%m-%dT%H:%M:%S"),
        "+0000 [DuoForwardServer (UDP)] Sending request from ",
        ip4(False),
        " to radius_server_auto  [-] http POST to https://api-",
        hexs(8),
        ".duosecurity.com:443/rest/v1/preauth: 200",
    )
    # 7 admin log phone update (escaped JSON in description)
    ts = dt()
    line(
        F,
        J(
            OrderedDict(
                [
                    ("action", "phone_update"),
                    (
                        "description",
                        M(
                            '{"number": "',
                            ph("GB", "m", "e164"),
                            '", "extension": "", "type": "Mobile", "platform": "Google Android"}',
                        ),
                    ),
                    ("isotimestamp", iso(ts, 0, "+00:00")),
                    ("object", "DP" + alnum(18, string.ascii_uppercase + string.digits)),
                    ("timestamp", epoch(ts)),
                    (
                        "username",
                        "API (" + "DI" + alnum(18, string.ascii_uppercase + string.digits) + ")",
                    ),
                ]
            )
        ),
    )
    # 8 bypass code (no PII) with digit-run codes
    ts = dt()
    line(
        F,
        J(
            OrderedDict(
                [
                    ("action", "bypass_create"),
                    (
                        "description",
                        '{"bypass": "", "count": 1, "valid_secs": 3600, "remaining_uses": 1, "auto_generated": true}',
                    ),
                    ("isotimestamp", iso(ts, 0, "+00:00")),
                    ("object", "jdoe"),
                    ("timestamp", epoch(ts)),
                    ("username", "Helpdesk Admin"),
                    ("bypass_code_id", "DB" + alnum(18, string.ascii_uppercase + string.digits)),
                    ("code_hint", "******" + zdig(3)),
                ]
            )
        ),
    )
    # 9 duo unix (pam) with callback number, plain text
    d = dt()
    line(
        F,
        syslog_ts(d),
        " bastion01 sshd[",
        str(R.randint(1000, 40000)),
        "]: Successful Duo login for 'nhosseini' from ",
        ip4(),
        ": Calling ",
        ph("IR", "m", "intl"),
        "... Answered. Press any key on your phone to log in.",
    )


def fam_identity_misc():
    F = "onelogin_ping_workspace"
    # 1 OneLogin event with OTP device name containing phone
    line(
        F,
        J(
            OrderedDict(
                [
                    ("id", int(dig(11))),
                    ("created_at", iso(None, 3)),
                    ("account_id", int(dig(5))),
                    ("user_id", int(dig(8))),
                    ("event_type_id", 13),
                    ("notes", None),
                    ("ipaddr", ip4()),
                    ("actor_user_id", int(dig(8))),
                    ("assuming_acting_user_id", None),
                    ("role_id", None),
                    ("app_id", None),
                    ("group_id", None),
                    ("otp_device_id", int(dig(6))),
                    ("otp_device_name", M("SMS ", ph("CA", "m", "natl_sep", sep="-"))),
                    ("user_name", "Chloe Tremblay"),
                    ("actor_user_name", "OneLogin System"),
                    ("resolution", None),
                ]
            )
        ),
    )
    # 2 OneLogin login (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("id", int(dig(11))),
                    ("created_at", iso(None, 3)),
                    ("account_id", int(dig(5))),
                    ("user_id", int(dig(8))),
                    ("event_type_id", 5),
                    ("ipaddr", ip4()),
                    ("app_id", int(dig(6))),
                    ("app_name", "AWS Multi Account"),
                    ("risk_score", R.randint(0, 40)),
                    ("risk_reasons", None),
                    ("browser_fingerprint", hexs(32)),
                    ("directory_sync_run_id", None),
                ]
            )
        ),
    )
    # 3 PingFederate audit.log with subject e-mail
    d = dt()
    line(
        F,
        d.strftime("%Y-%m-%d %H:%M:%S,") + zdig(3),
        "| tid:",
        alnum(27, string.ascii_letters + string.digits + "-_"),
        "| AUTHN_ATTEMPT| ",
        email("SG", domain="corp.example.sg", style=0),
        "| ",
        ip4(),
        " | | sp:salesforce-prod| SAML20| sso.example.sg| IdP| success| HTMLFormAdapter| | ",
        str(R.randint(10, 900)),
    )
    # 4 PingFederate failure (no PII, subject is sAMAccountName)
    d = dt()
    line(
        F,
        d.strftime("%Y-%m-%d %H:%M:%S,") + zdig(3),
        "| tid:",
        alnum(27),
        "| SSO| jlevi| ",
        ip4(),
        " | | sp:workday| SAML20| sso.example.co.il| IdP| failure| LDAPAdapter| Invalid credentials: 49 LdapErr DSID-0C09044E, data 52e, v4563| ",
        str(R.randint(10, 900)),
    )
    # 5 PingOne MFA SMS event
    line(
        F,
        J(
            OrderedDict(
                [
                    ("_embedded", {}),
                    ("id", uuid()),
                    ("recordedAt", iso(None, 3)),
                    ("createdAt", iso(None, 3)),
                    ("actors", {"client": {"id": uuid(), "name": "PingOne MFA", "type": "CLIENT"}}),
                    ("action", {"type": "SMS_SENT", "description": "SMS Sent"}),
                    (
                        "resources",
                        [
                            {
                                "type": "USER",
                                "id": uuid(),
                                "name": "wlim",
                                "environment": {"id": uuid()},
                            }
                        ],
                    ),
                    (
                        "result",
                        {
                            "status": "SUCCESS",
                            "description": M(
                                "Passcode SMS sent to ", ph("SG", "m", "intl"), " (carrier Singtel)"
                            ),
                        },
                    ),
                ]
            )
        ),
    )
    # 6 PingID (no PII): device pairing, numeric ids
    d = dt()
    line(
        F,
        d.strftime("%Y-%m-%d %H:%M:%S,") + zdig(3),
        " INFO  [com.pingidentity.pingid.PingIDAdapter] pairing completed deviceId=",
        dig(19),
        " type=Android model=SM-S918B os=14 appVersion=1.38.0 sessionId=",
        uuid(),
    )
    # 7 Google Workspace admin: change user phone
    line(
        F,
        J(
            OrderedDict(
                [
                    ("kind", "admin#reports#activity"),
                    (
                        "id",
                        OrderedDict(
                            [
                                ("time", iso(None, 3)),
                                ("uniqueQualifier", "-" + dig(19)),
                                ("applicationName", "admin"),
                                (
                                    "customerId",
                                    "C0" + alnum(7, string.ascii_lowercase + string.digits),
                                ),
                            ]
                        ),
                    ),
                    ("etag", '"' + alnum(27) + "/" + alnum(27) + '"'),
                    (
                        "actor",
                        OrderedDict(
                            [
                                ("callerType", "USER"),
                                ("email", email("GR", domain="example.gr", style=0)),
                                ("profileId", dig(21)),
                            ]
                        ),
                    ),
                    ("ipAddress", ip4()),
                    (
                        "events",
                        [
                            OrderedDict(
                                [
                                    ("type", "USER_SETTINGS"),
                                    ("name", "CHANGE_USER_PHONE_NUMBER"),
                                    (
                                        "parameters",
                                        [
                                            {
                                                "name": "USER_EMAIL",
                                                "value": email("GR", domain="example.gr"),
                                            },
                                            {"name": "NEW_VALUE", "value": ph("GR", "m", "intl")},
                                        ],
                                    ),
                                ]
                            )
                        ],
                    ),
                ]
            )
        ),
    )
    # 8 Workspace settings change (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("kind", "admin#reports#activity"),
                    (
                        "id",
                        OrderedDict(
                            [
                                ("time", iso(None, 3)),
                                ("uniqueQualifier", dig(19)),
                                ("applicationName", "admin"),
                                (
                                    "customerId",
                                    "C0" + alnum(7, string.ascii_lowercase + string.digits),
                                ),
                            ]
                        ),
                    ),
                    ("actor", {"callerType": "KEY", "key": "SYSTEM"}),
                    (
                        "events",
                        [
                            OrderedDict(
                                [
                                    ("type", "APPLICATION_SETTINGS"),
                                    ("name", "CHANGE_APPLICATION_SETTING"),
                                    (
                                        "parameters",
                                        [
                                            {"name": "APPLICATION_NAME", "value": "Gmail"},
                                            {"name": "SETTING_NAME", "value": "MESSAGE_SIZE_LIMIT"},
                                            {"name": "OLD_VALUE", "value": "25"},
                                            {"name": "NEW_VALUE", "value": "35"},
                                            {"name": "ORG_UNIT_NAME", "value": "/Sales/EMEA"},
                                        ],
                                    ),
                                ]
                            )
                        ],
                    ),
                ]
            )
        ),
    )
    # 9 Workspace login recovery phone edit (user_accounts), ES
    line(
        F,
        J(
            OrderedDict(
                [
                    ("kind", "admin#reports#activity"),
                    (
                        "id",
                        OrderedDict(
                            [
                                ("time", iso(None, 3)),
                                ("uniqueQualifier", dig(19)),
                                ("applicationName", "user_accounts"),
                            ]
                        ),
                    ),
                    (
                        "actor",
                        OrderedDict(
                            [("email", email("ES", domain="example.es")), ("profileId", dig(21))]
                        ),
                    ),
                    (
                        "events",
                        [
                            OrderedDict(
                                [
                                    ("type", "recovery_info_change"),
                                    ("name", "recovery_phone_edit"),
                                    (
                                        "parameters",
                                        [{"name": "new_value", "value": ph("ES", "m", "natl")}],
                                    ),
                                ]
                            )
                        ],
                    ),
                ]
            ),
            compact=False,
        ),
    )


def fam_salesforce():
    F = "salesforce_apex"

    def t():
        d = dt()
        return d.strftime("%H:%M:%S.") + zdig(3) + " (" + dig(R.randint(8, 11)) + ")|"

    line(
        F,
        "59.0 APEX_CODE,FINEST;APEX_PROFILING,INFO;CALLOUT,INFO;DB,INFO;NBA,INFO;SYSTEM,DEBUG;VALIDATION,INFO;VISUALFORCE,INFO;WAVE,INFO;WORKFLOW,INFO",
    )
    fn, ln = person("US")
    line(
        F,
        t(),
        "USER_DEBUG|[42]|DEBUG|Lead created: Id=00Q",
        alnum(12),
        "AAB, Phone=",
        ph("US", "f", "natl"),
        ", Email=",
        email(first=fn, last=ln, domain="northwind.com", style=0),
    )
    line(
        F,
        t(),
        "SOQL_EXECUTE_BEGIN|[58]|Aggregations:0|SELECT Id, Name, Phone FROM Account WHERE Phone = '",
        ph("GB", "f", "intl"),
        "' LIMIT 1",
    )
    line(
        F,
        t(),
        "CODE_UNIT_STARTED|[EXTERNAL]|01q",
        alnum(12),
        "|LeadTrigger on Lead trigger event BeforeInsert|__sfdc_trigger/LeadTrigger",
    )
    fn, ln = person("AU")
    line(
        F,
        t(),
        "VARIABLE_ASSIGNMENT|[17]|c|",
        J(
            OrderedDict(
                [
                    ("Email", email(first=fn, last=ln, domain="bigpond.com")),
                    ("MobilePhone", ph("AU", "m", "natl")),
                    ("LastName", ln.capitalize()),
                    ("attributes", {"type": "Contact"}),
                ]
            )
        ),
        "|0x",
        hexs(8),
    )
    line(
        F,
        t(),
        "CALLOUT_REQUEST|[88]|System.HttpRequest[Endpoint=callout:Twilio/2010-04-01/Accounts/AC",
        hexs(32),
        "/Messages.json, Method=POST] body: To=",
        ph("NZ", "m", "e164").enc(),
        "&From=",
        ph("NZ", "m", "e164").enc(),
        "&Body=Your+code+is+",
        zdig(6),
    )
    line(
        F,
        t(),
        "EXCEPTION_THROWN|[112]|System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATE_VALUE, duplicate value found: Phone__c duplicates value on record with id: 003",
        alnum(12),
        "AAE: []",
    )
    line(
        F,
        t(),
        "LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: ",
        str(R.randint(1, 99)),
        " out of 100  Number of query rows: ",
        dig(4),
        " out of 50000  Maximum CPU time: ",
        dig(4),
        " out of 10000",
    )


def fam_sap():
    F = "sap_applog_idoc"
    # 1 SLG1 message with PL phone
    d = dt()
    line(
        F,
        d.strftime("%d.%m.%Y %H:%M:%S"),
        "  E  ZCRM_BP  014  Business partner ",
        zdig(10),
        " not updated: telephone number ",
        ph("PL", "f", "natl"),
        " already assigned to BP ",
        zdig(10),
    )
    # 3 EDIDC control record (no PII)
    d = dt()
    line(
        F,
        "EDIDC  DOCNUM=",
        zdig(16),
        " DOCREL=757 STATUS=53 DIRECT=2 OUTMOD=2 IDOCTP=ORDERS05 MESTYP=ORDERS SNDPOR=SAPPI1 SNDPRT=LS SNDPRN=PI_100 RCVPOR=SAPT90 RCVPRT=LS RCVPRN=T90CLNT090 CREDAT=",
        d.strftime("%Y%m%d"),
        " CRETIM=",
        d.strftime("%H%M%S"),
        " ARCKEY=",
        hexs(32, True),
    )
    # 4 E1EDKA1 with QA phone
    line(
        F,
        "E1EDKA1  PARVW=AG PARTN=",
        zdig(10),
        " NAME1=Gulf Trading W.L.L. STRAS=Salwa Road ORT01=Doha LAND1=QA TELF1=",
        ph("QA", "f", "natl"),
        " TELFX=",
        ph("QA", "f", "natl"),
        " SPRAS=E",
    )
    # 5 SM21 system log (no PII)
    d = dt()
    line(
        F,
        d.strftime("%H:%M:%S"),
        " DIA 003 100 BATCHUSR   R49 Communication error, CPIC return code 020, SAP return code 223 | Conversation ID: ",
        dig(8),
        " | Terminal: ",
        ip4(False),
    )
    # 6 BAPI return with e-mail (HR)
    line(
        F,
        "BAPIRET2 TYPE=S ID=AM NUMBER=216 MESSAGE=Address ",
        zdig(10),
        " saved; SMTP_ADDR ",
        email("HR", domain="gradnja-horvat.hr"),
        " set as standard; LOG_NO=",
        zdig(20),
        " LOG_MSG_NO=000001",
    )
    # 7 EDIDS status (no PII)
    d = dt()
    line(
        F,
        "EDIDS  DOCNUM=",
        zdig(16),
        " LOGDAT=",
        d.strftime("%Y%m%d"),
        " LOGTIM=",
        d.strftime("%H%M%S"),
        " STATUS=51 STAMID=V1 STAMNO=208 STAPA1=45",
        zdig(8),
        " STATXT=Sales document & was not changed SEGNUM=000001 UNAME=PI_RFC",
    )
    # 8 ADRC contact dump with SA mobile and IDD from GB? (dialled from DE/UK office)
    line(
        F,
        "ADR2  ADDRNUMBER=",
        zdig(10),
        " CONSNUMBER=002 COUNTRY=SA TEL_NUMBER=",
        ph("SA", "m", "idd", frm="GB", sep=" "),
        " R3_USER=3 FLGDEFAULT=X HOME_FLAG=X",
    )
    # 9 material / PO numbers (no PII)
    line(
        F,
        "ME_PO_CREATE  EBELN=45",
        zdig(8),
        " EBELP=00010 MATNR=",
        zdig(18),
        " MENGE=",
        str(R.randint(1, 900)),
        ".000 MEINS=ST WERKS=",
        dig(4),
        " NETPR=",
        "%d.%02d" % (R.randint(1, 9000), R.randint(0, 99)),
        " WAERS=EUR EINDT=",
        dt().strftime("%d.%m.%Y"),
    )


def fam_erp():
    F = "odoo_dynamics_oracle_ebs"

    def odts():
        return dt().strftime("%Y-%m-%d %H:%M:%S,") + zdig(3) + " " + str(R.randint(1000, 40000))

    # 1 odoo mail message-id (no PII; @ in message id)
    line(
        F,
        odts(),
        " INFO prod_db odoo.addons.mail.models.mail_mail: Mail with ID ",
        dig(5),
        " and Message-Id '<",
        dig(6),
        ".",
        dig(10),
        ".",
        dig(6),
        "-openerp-",
        dig(5),
        "-res.partner@web-prod-1>' successfully sent",
    )
    # 2 odoo phone_validation formatting (CZ natl + intl)
    num = gen("CZ", "m")
    line(
        F,
        odts(),
        " INFO prod_db odoo.addons.phone_validation.models.mail_thread_phone: formatted mobile '",
        fmt(num, "natl_plain"),
        "' -> '",
        fmt(num, "intl"),
        "' for res.partner(",
        dig(4),
        ",)",
    )
    # 3 werkzeug request (no PII)
    line(
        F,
        odts(),
        " INFO prod_db werkzeug: ",
        ip4(False),
        " - - [",
        dt().strftime("%d/%b/%Y %H:%M:%S"),
        '] "POST /web/dataset/call_kw/res.partner/write HTTP/1.1" 200 - ',
        str(R.randint(3, 40)),
        " 0.0",
        zdig(2),
        " 0.",
        zdig(3),
    )
    # 4 odoo mail to RS e-mail
    fn, ln = person("RS")
    line(
        F,
        odts(),
        " INFO prod_db odoo.addons.mail.models.mail_mail: Mail with ID ",
        dig(5),
        ' sent to [\'"%s %s" <' % (fn.capitalize(), ln.capitalize().replace("vic", "vi\u0107")),
        email(first=fn, last=ln, domain="eunet.rs"),
        ">']",
    )
    # 5 dynamics plugin trace with CA phone & e-mail
    line(
        F,
        "[",
        iso(None, 3),
        "] Contoso.Plugins.ContactPreCreate: Depth=1 Stage=20 Mode=Synchronous MessageName=Create PrimaryEntity=contact CorrelationId=",
        uuid(),
        " Target.emailaddress1='",
        email("CA"),
        "' Target.telephone1='",
        ph("CA", "f", "natl"),
        "' Target.mobilephone='",
        ph("CA", "m", "intl_sep", sep="."),
        "'",
    )
    # 6 dynamics fault (no PII)
    line(
        F,
        "[",
        iso(None, 3),
        "] Contoso.Plugins.AccountUpdate: Exception: System.ServiceModel.FaultException`1[Microsoft.Xrm.Sdk.OrganizationServiceFault]: Object reference not set to an instance of an object. (Fault Detail is equal to Exception details: ErrorCode: 0x80040265 HexErrorCode: 0x80040265 ActivityId: ",
        uuid(),
        ")",
    )
    # 7 Oracle EBS HZ contact point (SA mobile)
    line(
        F,
        "FND_LOG ",
        dt().strftime("%d-%b-%Y %H:%M:%S").upper(),
        " AR.PLSQL.HZ_CONTACT_POINT_V2PUB.create_phone_contact_point: contact_point_type=PHONE phone_line_type=MOBILE raw_phone_number=",
        ph("SA", "m", "intl"),
        " owner_table_name=HZ_PARTIES owner_table_id=",
        dig(7),
    )
    # 8 Oracle EBS concurrent request (no PII)
    line(
        F,
        "Concurrent request ",
        dig(8),
        " (XXAR_CUSTOMER_INTERFACE) completed normally at ",
        dt().strftime("%d-%b-%Y %H:%M:%S").upper(),
        " - rows processed: ",
        dig(4),
        ", errors: 0, request set ",
        dig(6),
    )


def fam_tel_cloud():
    F = "telephony_cloud_webhooks"
    # 1 RingCentral telephony session
    ext = dig(11)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("uuid", dig(19)),
                    ("event", f"/restapi/v1.0/account/~/extension/{ext}/telephony/sessions"),
                    ("timestamp", iso(None, 3)),
                    ("subscriptionId", uuid()),
                    ("ownerId", ext),
                    (
                        "body",
                        OrderedDict(
                            [
                                ("sequence", R.randint(2, 20)),
                                ("sessionId", dig(11)),
                                ("telephonySessionId", "s-" + hexs(32)),
                                ("serverId", ip4(False) + ".TAM"),
                                ("eventTime", iso(None, 3)),
                                (
                                    "parties",
                                    [
                                        OrderedDict(
                                            [
                                                ("accountId", dig(8)),
                                                ("extensionId", ext),
                                                ("id", "p-" + hexs(32) + "-1"),
                                                ("direction", "Inbound"),
                                                (
                                                    "to",
                                                    OrderedDict(
                                                        [
                                                            ("phoneNumber", ph("US", "t", "e164")),
                                                            ("name", "Main Line"),
                                                            ("extensionId", ext),
                                                        ]
                                                    ),
                                                ),
                                                (
                                                    "from",
                                                    OrderedDict(
                                                        [
                                                            ("phoneNumber", ph("US", "m", "e164")),
                                                            ("name", "WIRELESS CALLER"),
                                                        ]
                                                    ),
                                                ),
                                                ("status", {"code": "Proceeding", "rcc": False}),
                                                ("missedCall", False),
                                                ("standAlone", False),
                                                ("muted", False),
                                            ]
                                        )
                                    ],
                                ),
                                ("origin", {"type": "Call"}),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    # 2 RingCentral subscription renewal (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("uuid", dig(19)),
                    ("event", "/restapi/v1.0/subscription/~?threshold=120&interval=30"),
                    ("timestamp", iso(None, 3)),
                    ("subscriptionId", uuid()),
                    ("ownerId", dig(11)),
                    ("body", {"id": uuid(), "expirationTime": iso(None, 3), "status": "Active"}),
                ]
            )
        ),
    )
    # 3 Aircall call.ended with user e-mail and two numbers (GB)
    st = epoch()
    fn, ln = person("GB")
    line(
        F,
        J(
            OrderedDict(
                [
                    ("resource", "call"),
                    ("event", "call.ended"),
                    ("timestamp", st + 160),
                    ("token", alnum(32)),
                    (
                        "data",
                        OrderedDict(
                            [
                                ("id", int(dig(9))),
                                ("direct_link", "https://api.aircall.io/v1/calls/" + dig(9)),
                                ("direction", "inbound"),
                                ("status", "done"),
                                ("missed_call_reason", None),
                                ("started_at", st),
                                ("answered_at", st + 9),
                                ("ended_at", st + 160),
                                ("duration", 151),
                                ("raw_digits", ph("GB", "f", "intl")),
                                (
                                    "user",
                                    OrderedDict(
                                        [
                                            ("id", int(dig(6))),
                                            ("name", f"{fn.capitalize()} {ln.capitalize()}"),
                                            (
                                                "email",
                                                email(
                                                    first=fn, last=ln, domain="acme.co.uk", style=0
                                                ),
                                            ),
                                        ]
                                    ),
                                ),
                                (
                                    "number",
                                    OrderedDict(
                                        [
                                            ("id", int(dig(5))),
                                            ("digits", ph("GB", "f", "intl")),
                                            ("name", "UK Support"),
                                            ("country", "GB"),
                                        ]
                                    ),
                                ),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    # 4 Aircall anonymous (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("resource", "call"),
                    ("event", "call.created"),
                    ("timestamp", epoch()),
                    ("token", alnum(32)),
                    (
                        "data",
                        OrderedDict(
                            [
                                ("id", int(dig(9))),
                                ("direction", "inbound"),
                                ("status", "initial"),
                                ("raw_digits", "anonymous"),
                                (
                                    "number",
                                    {"id": int(dig(5)), "name": "FR Sales", "digits": "anonymous"},
                                ),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    # 5 Dialpad call event
    line(
        F,
        J(
            OrderedDict(
                [
                    ("date_started", epoch(ms=True)),
                    ("call_id", int(dig(16))),
                    ("state", "hangup"),
                    ("direction", "outbound"),
                    ("external_number", ph("US", "m", "e164")),
                    ("internal_number", ph("US", "f", "e164")),
                    (
                        "contact",
                        OrderedDict(
                            [
                                ("id", "http://api.dialpad.com/contact/" + dig(16)),
                                ("name", "Tyler Brooks"),
                                ("phone", ph("US", "m", "e164")),
                                ("type", "local"),
                            ]
                        ),
                    ),
                    (
                        "target",
                        OrderedDict(
                            [
                                ("email", email("US", domain="acme-sales.com", style=0)),
                                ("id", int(dig(16))),
                                ("name", "Sales Rep"),
                                ("type", "user"),
                            ]
                        ),
                    ),
                    ("duration", round(R.uniform(1000, 90000), 2)),
                    ("total_duration", round(R.uniform(1000, 90000), 2)),
                ]
            )
        ),
    )
    # 6 Dialpad SMS with NZ national in free text
    line(
        F,
        J(
            OrderedDict(
                [
                    ("id", int(dig(16))),
                    ("created_date", epoch(ms=True)),
                    ("direction", "inbound"),
                    ("target", {"id": int(dig(16)), "type": "office"}),
                    ("from_number", ph("NZ", "m", "e164")),
                    ("to_number", [ph("NZ", "f", "e164")]),
                    (
                        "text",
                        M(
                            "Hi, it's Aroha - can you call me back on ",
                            ph("NZ", "m", "natl"),
                            " after 5? my ref is 88",
                            zdig(4),
                        ),
                    ),
                    ("message_status", "delivered"),
                ]
            )
        ),
    )
    # 7 Zoom phone missed call
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event", "phone.callee_missed"),
                    ("event_ts", epoch(ms=True)),
                    (
                        "payload",
                        OrderedDict(
                            [
                                ("account_id", alnum(22)),
                                (
                                    "object",
                                    OrderedDict(
                                        [
                                            ("call_id", dig(19)),
                                            (
                                                "caller",
                                                OrderedDict(
                                                    [
                                                        ("phone_number", ph("SG", "m", "e164")),
                                                        ("extension_number", ""),
                                                        ("timezone", "Asia/Singapore"),
                                                        ("connection_type", "pstn_off_net"),
                                                    ]
                                                ),
                                            ),
                                            (
                                                "callee",
                                                OrderedDict(
                                                    [
                                                        ("extension_number", "1042"),
                                                        ("phone_number", "1042"),
                                                        ("user_id", alnum(22)),
                                                        (
                                                            "device_type",
                                                            "MAC_Client(5.17.11.34827)",
                                                        ),
                                                    ]
                                                ),
                                            ),
                                            ("ringing_start_time", iso(None, 0)),
                                            ("call_end_time", iso(None, 0)),
                                        ]
                                    ),
                                ),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    # 8 Zoom call log (no PII) internal extensions
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event", "phone.callee_ended"),
                    ("event_ts", epoch(ms=True)),
                    (
                        "payload",
                        OrderedDict(
                            [
                                ("account_id", alnum(22)),
                                (
                                    "object",
                                    OrderedDict(
                                        [
                                            ("call_id", dig(19)),
                                            (
                                                "caller",
                                                {
                                                    "extension_number": "2031",
                                                    "phone_number": "2031",
                                                    "extension_type": "user",
                                                },
                                            ),
                                            (
                                                "callee",
                                                {
                                                    "extension_number": "2007",
                                                    "phone_number": "2007",
                                                    "extension_type": "callQueue",
                                                },
                                            ),
                                            ("answer_start_time", iso(None, 0)),
                                            ("duration", R.randint(5, 900)),
                                        ]
                                    ),
                                ),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    # 10 Dialpad stats (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("call_id", int(dig(16))),
                    ("date_connected", epoch(ms=True)),
                    ("mos_score", round(R.uniform(3, 4.5), 2)),
                    ("jitter_ms", R.randint(1, 40)),
                    ("packet_loss", round(R.uniform(0, 2), 3)),
                    ("codec", "opus"),
                    ("region", "us-west1"),
                    ("office_id", int(dig(16))),
                ]
            )
        ),
    )


def fam_tel_pbx():
    F = "telephony_pbx_cdr"
    # 1 3CX CDR line, IE external caller
    d = dt()
    num = gen("IE", "m")
    ext = str(R.randint(100, 199))
    caller = fmt(num, "natl_plain")
    line(
        F,
        "Call ",
        dig(4),
        ",00000C",
        hexs(10, True),
        "_",
        dig(2),
        ",00:0",
        str(R.randint(0, 9)),
        ":",
        "%02d" % R.randint(0, 59),
        ",",
        d.strftime("%Y/%m/%d %H:%M:%S"),
        ",",
        d.strftime("%Y/%m/%d %H:%M:%S"),
        ",",
        d.strftime("%Y/%m/%d %H:%M:%S"),
        ",TerminatedBySrc,",
        caller,
        ",",
        ext,
        ",Line:10000>>",
        fmt(num, "natl_plain"),
        ",Ext.",
        ext,
        ",,,",
        ext,
        ",Ext.",
        ext,
        ",,,,,Chain: Line:10000>>",
        fmt(num, "natl_plain"),
        ";Ext.",
        ext,
        ";,Line,Extension,Extension,Siobhan,Reception,Reception,",
    )
    # 2 3CX log with @ after number
    d = dt()
    line(
        F,
        d.strftime("%m/%d/%Y %H:%M:%S.") + zdig(3),
        "|SIP|Received: INVITE sip:10000@",
        ip4(False),
        ':5060 SIP/2.0 From: "WIRELESS CALLER"<sip:',
        ph("GB", "m", "e164"),
        "@sip.gamma.co.uk;user=phone>;tag=",
        hexs(8),
        " To: <sip:",
        ph("GB", "f", "e164"),
        "@pbx.example.co.uk> Call-ID: ",
        hexs(16),
        "@",
        ip4(),
        " CSeq: 1 INVITE",
    )
    # 3 3CX registration (no PII)
    d = dt()
    line(
        F,
        d.strftime("%m/%d/%Y %H:%M:%S.") + zdig(3),
        "|Registrar|Registration of 10",
        zdig(1),
        " expired: Contact sip:10",
        zdig(1),
        "@",
        ip4(False),
        ":",
        str(R.randint(5060, 5090)),
        ";rinstance=",
        hexs(16),
        " UA=Yealink SIP-T54W 96.86.0.",
        str(R.randint(10, 99)),
    )
    # 4 Avaya CM CDR (US outgoing international 011)
    d = dt()
    line(
        F,
        d.strftime("%m%d%y %H%M"),
        " ",
        "%d:%02d:%02d" % (0, R.randint(0, 59), R.randint(0, 59)),
        " 9  ",
        ph("GB", "f", "idd", frm="US", sep=""),
        "   ",
        str(R.randint(4000, 4999)),
        "  T",
        dig(3),
        " 0001 ",
        zdig(3),
        " 0",
    )
    # 5 Avaya internal (no PII)
    d = dt()
    line(
        F,
        d.strftime("%m%d%y %H%M"),
        " 0:00:",
        "%02d" % R.randint(5, 59),
        " A  ",
        str(R.randint(4000, 4999)),
        "            ",
        str(R.randint(4000, 4999)),
        "  ",
        "    0000 000 7",
    )
    # 6 Mitel SMDR (AU)
    d = dt()
    line(
        F,
        d.strftime(" %m/%d %I:%M") + R.choice("AP"),
        " ",
        "%04d:%02d" % (R.randint(0, 20), R.randint(0, 59)),
        " ",
        str(R.randint(1000, 1099)),
        "   T80",
        str(R.randint(1, 9)),
        " ",
        ph("AU", "m", "natl_plain"),
        "              A",
        zdig(3),
        "     ",
        zdig(4),
    )
    # 7 Mitel trunk idle (no PII)
    d = dt()
    line(
        F,
        d.strftime(" %m/%d %I:%M") + R.choice("AP"),
        " 0000:00 T801 X9999 *** TRUNK IDLE *** seq ",
        dig(6),
        " CCT ",
        dig(3),
        " ID ",
        dig(10),
    )
    # 8 Webex Calling CDR CSV (AU fixed -> AU mobile, user email)
    fn, ln = person("AU")
    line(
        F,
        iso(None, 3),
        ",true,",
        str(R.randint(10, 900)),
        ",",
        ph("AU", "f", "e164"),
        ",",
        ph("AU", "m", "e164"),
        ",",
        email(first=fn, last=ln, domain="acme.com.au", style=0),
        ",SIP_MOBILE,ORIGINATING,",
        uuid(),
        ",Sydney,",
        uuid(),
        ",WEBEX_CALLING,",
        str(R.randint(1000, 1999)),
    )
    # 9 Webex call id with @ (no PII)
    line(
        F,
        iso(None, 3),
        ",false,0,,,,SIP_INTERNATIONAL,TERMINATING,SSE",
        dig(18),
        "@",
        ip4(False),
        ",Local SessionID ",
        hexs(32),
        ",Remote SessionID ",
        hexs(32),
        ",Final local SessionID ",
        hexs(32),
    )


def fam_chat():
    F = "chat_widget_transcripts"
    # 1 intercom admin reply with tel: link (;ext=) and mailto:
    num = gen("US", "f")
    xt = dig(3)
    mail = em("Billing@acme-support.com")
    line(
        F,
        J(
            OrderedDict(
                [
                    ("type", "notification_event"),
                    ("app_id", alnum(8, string.ascii_lowercase + string.digits)),
                    ("topic", "conversation.admin.replied"),
                    (
                        "data",
                        {
                            "type": "notification_event_data",
                            "item": OrderedDict(
                                [
                                    ("type", "conversation"),
                                    ("id", dig(15)),
                                    (
                                        "conversation_parts",
                                        {
                                            "conversation_parts": [
                                                OrderedDict(
                                                    [
                                                        ("part_type", "comment"),
                                                        (
                                                            "body",
                                                            M(
                                                                '<p>Sure! Call our billing desk on <a href="tel:',
                                                                fmt(num, "rfc", ext=(";ext=", xt)),
                                                                '">',
                                                                fmt(
                                                                    num, "natl", ext=(" ext. ", xt)
                                                                ),
                                                                '</a> or write to <a href="mailto:',
                                                                mail,
                                                                '">',
                                                                mail,
                                                                "</a></p>",
                                                            ),
                                                        ),
                                                        ("author", {"type": "admin", "id": dig(7)}),
                                                    ]
                                                )
                                            ]
                                        },
                                    ),
                                ]
                            ),
                        },
                    ),
                    ("created_at", epoch()),
                ]
            )
        ),
    )
    # 1b intercom user reply with GB national in HTML
    line(
        F,
        J(
            OrderedDict(
                [
                    ("type", "notification_event"),
                    ("app_id", alnum(8, string.ascii_lowercase + string.digits)),
                    ("topic", "conversation.user.replied"),
                    (
                        "data",
                        {
                            "type": "notification_event_data",
                            "item": OrderedDict(
                                [
                                    ("type", "conversation"),
                                    ("id", dig(15)),
                                    (
                                        "conversation_parts",
                                        {
                                            "conversation_parts": [
                                                OrderedDict(
                                                    [
                                                        ("part_type", "comment"),
                                                        (
                                                            "body",
                                                            M(
                                                                "<p>Hi, please call me on ",
                                                                ph("GB", "m", "natl"),
                                                                " - I'm free after 2pm</p>",
                                                            ),
                                                        ),
                                                        (
                                                            "author",
                                                            {"type": "user", "id": hexs(24)},
                                                        ),
                                                    ]
                                                )
                                            ]
                                        },
                                    ),
                                ]
                            ),
                        },
                    ),
                    ("created_at", epoch()),
                ]
            )
        ),
    )
    # 3 drift transcript with KR e-mail
    d = dt()
    line(
        F,
        "[",
        d.strftime("%H:%M"),
        "] Visitor: hey is there someone from sales? [",
        d.strftime("%H:%M"),
        "] Bot: Sure! What's the best email to reach you? [",
        d.strftime("%H:%M"),
        "] Visitor: ",
        email("KR"),
    )
    # 4 crisp webhook with MY number (no label word)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("website_id", uuid()),
                    ("event", "message:send"),
                    (
                        "data",
                        OrderedDict(
                            [
                                ("website_id", uuid()),
                                ("session_id", "session_" + uuid()),
                                ("type", "text"),
                                ("from", "user"),
                                ("origin", "chat"),
                                (
                                    "content",
                                    M("ok can whatsapp me ", ph("MY", "m", "intl"), " anytime, tq"),
                                ),
                                ("timestamp", epoch(ms=True)),
                                (
                                    "user",
                                    {
                                        "nickname": "visitor" + zdig(4),
                                        "user_id": "session_" + uuid(),
                                    },
                                ),
                            ]
                        ),
                    ),
                    ("timestamp", epoch(ms=True)),
                ]
            )
        ),
    )
    # 5 tawk.to transcript (no PII) order & tracking numbers
    d = dt()
    line(
        F,
        "[",
        d.strftime("%-m/%-d/%Y, %I:%M:%S %p"),
        "] Visitor ",
        dig(6),
        ": order #",
        dig(9),
        " still not here after 10 days, tracking LX",
        dig(9),
        "CN says 'in transit' since ",
        dt().strftime("%d.%m."),
    )
    # 6 drift (no PII) with @ meaning 'at'
    d = dt()
    line(
        F,
        "[",
        d.strftime("%H:%M"),
        "] Agent (Maya): our team is online Mon-Fri @ 9am-6pm EST, ticket #",
        dig(6),
        " created, ref ",
        alnum(8, string.ascii_uppercase + string.digits),
    )
    # 7 tawk.to with US number written loosely, and ext
    d = dt()
    line(
        F,
        "[",
        d.strftime("%-m/%-d/%Y, %I:%M:%S %p"),
        "] Visitor ",
        dig(6),
        ": you can reach me at ",
        ph("US", "f", "natl_sep", sep="-"),
        " or my office ",
        ph("US", "f", "natl_sep", sep=".", ext=(" x ", dig(1))),
        " thx",
    )
    # 8 crisp session meta (no PII)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("session_id", "session_" + uuid()),
                    ("website_id", uuid()),
                    ("inbox_id", None),
                    ("state", "resolved"),
                    ("is_verified", False),
                    (
                        "meta",
                        OrderedDict(
                            [
                                ("nickname", "visitor" + zdig(4)),
                                ("ip", ip4()),
                                (
                                    "device",
                                    {
                                        "geolocation": {
                                            "country": "MY",
                                            "city": "Shah Alam",
                                            "coordinates": {
                                                "latitude": 3.0733,
                                                "longitude": 101.5185,
                                            },
                                        }
                                    },
                                ),
                                ("segments", ["pricing", "cart-" + dig(6)]),
                            ]
                        ),
                    ),
                    ("created_at", epoch(ms=True)),
                ]
            )
        ),
    )
    # 9 intercom note by admin (PK number written with dashes)
    line(
        F,
        J(
            OrderedDict(
                [
                    ("type", "conversation_part"),
                    ("part_type", "note"),
                    (
                        "body",
                        M(
                            "<p>Customer called from ",
                            ph("PK", "m", "natl_sep", sep="-"),
                            ", escalated to billing (ticket ",
                            dig(6),
                            ")</p>",
                        ),
                    ),
                    ("author", {"type": "admin", "id": dig(7), "name": "Sana"}),
                    ("created_at", epoch()),
                ]
            )
        ),
    )


def fam_retail():
    F = "retail_pos_loyalty"
    # 1 e-receipt mailed
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S"),
        " ERECEIPT store=0",
        dig(3),
        " lane=0",
        str(R.randint(1, 9)),
        " rcpt=",
        zdig(4),
        "-",
        zdig(4),
        "-",
        dig(6),
        " sent to ",
        email("GB"),
        " status=250",
    )
    # 2 POS txn (no PII)
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S.") + zdig(3),
        " POS[TID ",
        zdig(8),
        "][LANE 0",
        str(R.randint(1, 9)),
        "] TXN ",
        dig(6),
        " TOTAL ",
        "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)),
        " AED PAID VISA ****",
        zdig(4),
        " AUTH ",
        zdig(6),
        " RRN ",
        zdig(12),
        " STAN ",
        zdig(6),
    )
    # 3 loyalty enrol AE
    line(
        F,
        dt().strftime("%d/%m/%Y %H:%M:%S"),
        " LOYALTY ENROL card=6274 ",
        zdig(4),
        " ",
        zdig(4),
        " ",
        zdig(4),
        " member_phone=",
        ph("AE", "m", "natl"),
        " tier=SILVER store=DXB-0",
        dig(2),
    )
    # 4 receipt footer AU toll-free
    line(
        F,
        "RECEIPT FOOTER: Thank you for shopping at Harbour Outfitters! Questions? Call ",
        ph("AU", "t", "natl"),
        " or visit harbour.example.com.au/help  ABN ",
        dig(2),
        " ",
        zdig(3),
        " ",
        zdig(3),
        " ",
        zdig(3),
    )
    # 5 EAN lines with @ (no PII)
    line(
        F,
        "ITEM EAN ",
        "400" + zdig(10),
        " x2 @ 3.49 = 6.98 | EAN ",
        "501" + zdig(10),
        " x1 @ 12.00 = 12.00 | PLU 4011 0.812 kg @ 2.39/kg = 1.94",
    )
    # 6 Z-report (no PII)
    line(
        F,
        "Z-REPORT store 0",
        dig(3),
        " terminal 03 date ",
        dt().strftime("%d.%m.%Y"),
        " gross 45,",
        zdig(3),
        ".30 net 38,",
        zdig(3),
        ".90 tx ",
        dig(3),
        " voids 4 first ",
        zdig(6),
        " last ",
        zdig(6),
    )
    # 8 gift card (no PII)
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S"),
        " GIFTCARD ACTIVATE pan=6036 2800 ",
        zdig(4),
        " ",
        zdig(4),
        " ",
        zdig(3),
        " amount=25.00 balance=25.00 exp=",
        dt().strftime("%m/%y"),
    )
    # 9 SA e-receipt with VAT number look-alike + mobile
    line(
        F,
        "E-RECEIPT #",
        dig(8),
        " VAT No. 3",
        zdig(13),
        "3 | Customer mobile: ",
        ph("SA", "m", "natl_plain"),
        " | Total SAR ",
        "%d.%02d" % (R.randint(10, 2000), R.randint(0, 99)),
        " incl. VAT 15%",
    )


def fam_insurance():
    F = "insurance_claim_notes"
    line(
        F,
        "Claim CLM-",
        str(R.randint(2023, 2025)),
        "-",
        zdig(7),
        ": FNOL received by phone from insured (Mrs E. Clarke), callback ",
        ph("GB", "f", "natl", ext=(" extension ", dig(1))),
        ", date of loss ",
        dt().strftime("%d/%m/%Y"),
    )
    line(
        F,
        "Adjuster note ",
        dt().strftime("%d/%m/%Y %H:%M"),
        " - spoke to third party driver on ",
        ph("AU", "m", "natl"),
        ", rego ",
        alnum(3, string.ascii_uppercase),
        "-",
        zdig(3),
        ", their insurer claim no. ",
        dig(9),
    )
    line(
        F,
        "Policy no. ",
        zdig(4),
        "-",
        zdig(4),
        "-",
        zdig(4),
        " | Police report ",
        dig(8),
        " | insured states 911 was called at scene, EMS unit ",
        dig(3),
        " attended",
    )
    line(
        F,
        "Repairer quote #Q-",
        dig(5),
        " total $4,",
        zdig(3),
        ".22, labour 12.5 h @ $95/h, parts ",
        dig(4),
        "-",
        dig(4),
        "-",
        zdig(2),
        ", ETA 5-7 business days",
    )
    line(
        F,
        "Witness statement taken ",
        dt().strftime("%Y-%m-%d"),
        ". Witness can be contacted at ",
        email("IE"),
        " or ",
        ph("IE", "m", "intl"),
        ".",
    )
    line(
        F,
        "Vehicle VIN ",
        "1HG" + alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
        " odometer 84,",
        zdig(3),
        " km, damage zone 4/7, salvage lot ",
        dig(8),
    )
    line(
        F,
        "Medical provider NPI ",
        dig(10),
        ", ICD-10 S13.4XXA, CPT 97110 x ",
        str(R.randint(2, 12)),
        ", DOS ",
        dt().strftime("%m/%d/%Y"),
        ", billed $",
        dig(3),
        ".00",
    )
    line(
        F,
        "Insured requests callback on work line ",
        ph("AU", "f", "natl", ext=(" ext ", dig(3))),
        " between 9-11am AEST; broker copied (",
        em("claims@harbourinsure.co.nz"),
        ")",
    )


def fam_property():
    F = "property_lead_forms"
    fn, ln = person("US")
    line(
        F,
        J(
            OrderedDict(
                [
                    ("leadType", "rental"),
                    ("listingId", dig(10)),
                    ("zpid", dig(8)),
                    ("contactName", f"{fn.capitalize()} {ln.capitalize()}"),
                    ("contactEmail", email(first=fn, last=ln, domain="gmail.com")),
                    ("contactPhone", ph("US", "m", "natl")),
                    (
                        "message",
                        "Interested in 1234 Main St #5, is it available 6/1? Budget $2,450/mo",
                    ),
                    ("moveInDate", "2024-06-01"),
                ]
            )
        ),
    )
    line(
        F,
        "[idealista] Nuevo mensaje sobre el anuncio ",
        dig(9),
        ": Hola, me interesa el piso de Calle Mayor ",
        str(R.randint(1, 99)),
        ", 3\u00ba B. Mi tel\u00e9fono es ",
        ph("ES", "m", "natl"),
        ", llamar por la tarde. Gracias",
    )
    fn, ln = person("GB")
    line(
        F,
        "Rightmove enquiry ref RM-",
        dig(7),
        " for property ",
        dig(9),
        ": Name: ",
        fn.capitalize(),
        " ",
        ln.capitalize(),
        " Tel: ",
        ph("GB", "m", "natl"),
        " Email: ",
        email(first=fn, last=ln),
        " Postcode: SW1A 1AA Position: first time buyer",
    )
    line(
        F,
        "Rightmove: property ",
        dig(9),
        " price reduced \u00a3325,000 \u2192 \u00a3315,000, 3 bed, 1,245 sq ft, EPC C, listed ",
        dt().strftime("%d/%m/%Y"),
    )
    line(
        F,
        "Zillow: zpid ",
        dig(8),
        " Zestimate $612,300, lot 0.23 acres, built 1987, APN ",
        zdig(3),
        "-",
        zdig(3),
        "-",
        zdig(3),
        ", MLS# ",
        dig(8),
    )
    fn, ln = person("NZ")
    line(
        F,
        ip4(),
        " - - [",
        clf(),
        '] "GET /lead?listing=',
        dig(5),
        "&name=",
        fn.capitalize(),
        "+",
        ln.capitalize(),
        "&phone=",
        ph("NZ", "m", "natl").enc(),
        "&email=",
        email(first=fn, last=ln, domain="xtra.co.nz").enc(),
        ' HTTP/1.1" 200 512',
    )
    line(
        F,
        "[idealista] referencia ",
        dig(9),
        ", 85 m\u00b2, 3 hab., 2 ba\u00f1os, 1.250 \u20ac/mes, planta 3\u00aa, CP 280",
        zdig(2),
        ", publicado el ",
        dt().strftime("%d/%m/%Y"),
    )
    line(
        F,
        "daft.ie viewing request: 14 Rathmines Rd Lower, Dublin 6 D06 X",
        zdig(3),
        " - ",
        ph("IE", "m", "natl_plain"),
        " (prefers Sat)",
    )


def fam_ats():
    F = "ats_candidate_records"
    fn, ln = person("SG")
    line(
        F,
        J(
            OrderedDict(
                [
                    ("action", "candidate_stage_change"),
                    (
                        "payload",
                        {
                            "application": OrderedDict(
                                [
                                    ("id", int(dig(8))),
                                    ("status", "active"),
                                    ("current_stage", {"id": int(dig(7)), "name": "Onsite"}),
                                    (
                                        "candidate",
                                        OrderedDict(
                                            [
                                                ("id", int(dig(8))),
                                                ("first_name", fn.capitalize()),
                                                ("last_name", ln.capitalize()),
                                                (
                                                    "email_addresses",
                                                    [
                                                        {
                                                            "value": email(first=fn, last=ln),
                                                            "type": "personal",
                                                        }
                                                    ],
                                                ),
                                                (
                                                    "phone_numbers",
                                                    [
                                                        {
                                                            "value": ph("SG", "m", "intl"),
                                                            "type": "mobile",
                                                        }
                                                    ],
                                                ),
                                            ]
                                        ),
                                    ),
                                ]
                            )
                        },
                    ),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("id", uuid()),
                    ("name", "Ayesha Khan"),
                    ("headline", "Senior Data Engineer"),
                    ("location", "Lahore"),
                    ("emails", [email("PK", first="ayesha", last="khan")]),
                    ("phones", [{"type": "mobile", "value": ph("PK", "m", "natl")}]),
                    ("stage", "applicant-new"),
                    ("origin", "applied"),
                    ("createdAt", epoch(ms=True)),
                ]
            )
        ),
    )
    line(
        F,
        iso(None, 3, "-07:00"),
        " INFO  [Get_Applicants] Applicant_ID=APL-00",
        dig(5),
        " Country_ISO_Code=CAN International_Phone_Code=1 Phone_Number=",
        ph("CA", "m", "natl_sep", sep="-"),
        " Phone_Device_Type=Mobile Email_Address=",
        email("CA"),
    )
    line(
        F,
        "greenhouse: application_id=",
        dig(8),
        " job_id=",
        dig(7),
        " stage=Onsite scorecard=3.5/4 scheduled ",
        dt().strftime("%Y-%m-%d %H:%M"),
        " PDT interviewers=4",
    )
    line(
        F,
        "lever: posting ",
        uuid(),
        " requisition REQ-",
        str(R.randint(2023, 2025)),
        "-0",
        dig(3),
        " headcount 2 salary band 95,000-120,000 EUR",
    )
    line(
        F,
        "Resume parse: 'Tomas Kazlauskas | ",
        ph("LT", "m", "intl"),
        " | Vilnius | linkedin.com/in/tkazlauskas-",
        dig(6),
        "'",
    )
    line(
        F,
        "Workday: Worker_ID ",
        dig(8),
        " Position P-00",
        dig(4),
        " Cost_Center CC-",
        dig(4),
        " Hire_Date ",
        dt().strftime("%Y-%m-%d"),
        " FTE 1.0",
    )
    line(
        F,
        "Background check case #BGC-",
        dig(6),
        " status=clear package=EMEA-STD DOB=[redacted] completed ",
        iso(None, 0),
    )


def fam_runtime1():
    F = "runtime_loggers_jvm_beam_rust"
    rid = alnum(20, string.ascii_letters + string.digits + "_-")
    line(F, dt().strftime("%H:%M:%S.") + zdig(3), " request_id=", rid, " [info] POST /api/users")
    line(
        F,
        dt().strftime("%H:%M:%S.") + zdig(3),
        " request_id=",
        rid,
        ' [info] Parameters: %{"user" => %{"email" => "',
        email("EE"),
        '", "password" => "[FILTERED]", "phone" => "',
        ph("EE", "m", "intl"),
        '"}}',
    )
    line(
        F,
        iso(None, 6),
        '  INFO request{method=POST uri=/v1/verify version=HTTP/1.1}: verify_svc::handlers: sending code phone="',
        ph("CA", "m", "intl"),
        '" attempt=1',
    )
    line(F, iso(None, 6), " DEBUG hyper::proto::h1::io: flushed ", dig(4), " bytes")
    line(
        F,
        iso(None, 6),
        "  WARN tower_http::trace::on_failure: response failed classification=Status code: 503 Service Unavailable latency=",
        dig(4),
        " ms",
    )
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S.") + zdig(3),
        " [eventLoopGroupProxy-4-2] INFO  ktor.application - 200 OK: POST - /api/v1/contacts in ",
        str(R.randint(3, 300)),
        "ms",
    )
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S.") + zdig(3),
        " [DefaultDispatcher-worker-3] DEBUG c.a.contacts.ContactService - upsert Contact(name=Georgi Ivanov, email=",
        email("BG", first="georgi", last="ivanov"),
        ", phone=",
        ph("BG", "m", "natl"),
        ")",
    )
    d = dt()
    line(
        F,
        "[INFO] [",
        d.strftime("%m/%d/%Y %H:%M:%S.") + zdig(3),
        "] [orders-akka.actor.default-dispatcher-7] [akka://orders/user/notifier] Sending SMS to ",
        ph("SG", "m", "cc_plain"),
        " for order ",
        dig(4),
        "-",
        dig(5),
    )
    d = dt()
    line(
        F,
        "[WARN] [",
        d.strftime("%m/%d/%Y %H:%M:%S.") + zdig(3),
        "] [orders-akka.remote.default-remote-dispatcher-5] [akka.tcp://orders@",
        ip4(False),
        ":2552/system/endpointManager] Association with remote system [akka.tcp://orders@",
        ip4(False),
        ":2552] has failed, address is now gated for [5000] ms",
    )


def fam_runtime2():
    F = "runtime_loggers_ops"
    line(
        F,
        "[",
        ctime(),
        "] import_contacts.pl: row ",
        dig(4),
        ": invalid email 'bjorn@' skipped (line ",
        dig(5),
        ")",
    )
    line(
        F,
        "[",
        ctime(),
        "] import_contacts.pl: row ",
        dig(4),
        ": ",
        email("IS"),
        ", ",
        ph("IS", "m", "intl"),
        " OK",
    )
    fn, ln = person("GR")
    line(
        F,
        "PS C:\\Users\\admin> Set-MsolUser -UserPrincipalName ",
        email(first=fn, last=ln, domain="contoso.gr", style=0),
        ' -MobilePhone "',
        ph("GR", "m", "intl"),
        '" -PhoneNumber "',
        ph("GR", "f", "natl"),
        '"',
    )
    line(
        F,
        "PSVersion: 5.1.17763.",
        dig(4),
        " | BuildVersion: 10.0.17763.",
        dig(4),
        " | CLRVersion: 4.0.30319.42000 | Start time: ",
        dt().strftime("%Y%m%d%H%M%S"),
        " | Process ID: ",
        dig(4),
    )
    line(
        F,
        "From: ",
        em("root@backup01.example.net"),
        " (Cron Daemon) | To: ",
        em("ops-alerts@example.net"),
        " | X-Cron-Env: <MAILTO=",
        em("ops-alerts@example.net"),
        "> | X-Cron-Env: <SHELL=/bin/sh>",
    )
    line(
        F,
        "rsync: [sender] write error: Broken pipe (32) | sent ",
        "%d,%03d,%03d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999)),
        " bytes  received ",
        "%d,%03d" % (R.randint(1, 9), R.randint(0, 999)),
        " bytes  ",
        "%d.%02d" % (R.randint(1000, 90000), R.randint(0, 99)),
        " bytes/sec | total size is ",
        "%d,%03d,%03d,%03d"
        % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999)),
    )
    d = dt()
    line(
        F,
        d.strftime("%b %d %H:%M:%S.%f"),
        " mx01 postfix/smtp[",
        dig(5),
        "]: ",
        hexs(10, True),
        ": to=<",
        email("IR"),
        ">, relay=mx.chmail.ir[",
        ip4(),
        "]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ",
        hexs(10, True),
        ")",
    )
    d = dt()
    line(
        F,
        d.strftime("%b %d %H:%M:%S.%f"),
        " web01 systemd[1]: Started session-",
        dig(4),
        ".scope - Session ",
        dig(4),
        " of User deploy.",
    )
    d = dt()
    line(
        F,
        d.strftime("%b %d %H:%M:%S.%f"),
        " pbx01 asterisk[",
        dig(4),
        "]: NOTICE[",
        dig(4),
        "][C-0000",
        hexs(4),
        "]: chan_sip.c:24612 handle_request_invite: Call from '' (",
        ip4(),
        ":5060) to extension '",
        ph("IL", "f", "e164"),
        "' rejected because extension not found in context 'public'.",
    )
    d = dt()
    line(
        F,
        d.strftime("%b %d %H:%M:%S.%f"),
        " db02 kernel: [",
        str(R.randint(100, 99999)),
        ".",
        zdig(6),
        "] EXT4-fs (sda1): mounted filesystem ",
        uuid(),
        " r/w with ordered data mode. Quota mode: none.",
    )


def fam_monitoring():
    F = "monitoring_notifications"
    line(
        F,
        "[",
        str(epoch()),
        "] SERVICE NOTIFICATION: oncall-sms;db01;PostgreSQL Replication Lag;CRITICAL;notify-service-by-sms;CRITICAL - replication lag ",
        dig(3),
        "s (threshold 300s)",
    )
    line(
        F,
        "[",
        str(epoch()),
        "] Executing: /usr/local/bin/sendsms --to=",
        ph("GB", "m", "natl_plain"),
        ' --msg="PROBLEM web03/HTTP CRITICAL"',
    )
    line(
        F,
        "[",
        dt().strftime("%Y-%m-%d %H:%M:%S +0000"),
        "] information/Notification: Sending 'Problem' notification 'web03!http!mail-service-notification' for user 'eclarke'",
    )
    line(
        F,
        "[",
        dt().strftime("%Y-%m-%d %H:%M:%S +0000"),
        "] notice/Process: Running command '/etc/icinga2/scripts/mail-service-notification.sh' '-d' '",
        dt().strftime("%Y-%m-%d %H:%M:%S"),
        "' '-r' '",
        email("GB", domain="example.co.uk", style=0),
        "' '-s' 'CRITICAL'",
    )
    line(
        F,
        "  ",
        dig(4),
        ":",
        dt().strftime("%Y%m%d:%H%M%S.") + zdig(3),
        ' item "db01:vfs.fs.size[/,pfree]" became not supported: Cannot obtain filesystem information: [13] Permission denied',
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("receiver", "oncall"),
                    ("status", "firing"),
                    ("orgId", 1),
                    (
                        "alerts",
                        [
                            OrderedDict(
                                [
                                    ("status", "firing"),
                                    (
                                        "labels",
                                        {
                                            "alertname": "HighErrorRate",
                                            "grafana_folder": "API",
                                            "team": "payments",
                                        },
                                    ),
                                    (
                                        "annotations",
                                        {
                                            "summary": "5xx rate above 2% for 10m",
                                            "runbook_url": "https://wiki.example.com/runbooks/5xx",
                                        },
                                    ),
                                    ("startsAt", iso(None, 0)),
                                    ("fingerprint", hexs(16)),
                                    ("values", {"B": round(R.uniform(2, 9), 4)}),
                                ]
                            )
                        ],
                    ),
                    ("groupKey", '{}/{}:{alertname="HighErrorRate"}'),
                    ("title", "[FIRING:1] HighErrorRate API (payments)"),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("receiver", "oncall-es"),
                    ("status", "firing"),
                    (
                        "alerts",
                        [
                            OrderedDict(
                                [
                                    (
                                        "labels",
                                        {"alertname": "DiskFull", "instance": "db-es-02:9100"},
                                    ),
                                    (
                                        "annotations",
                                        {
                                            "summary": "disk > 95%",
                                            "escalation": M(
                                                "llamar a Jordi al ",
                                                ph("ES", "m", "intl"),
                                                " si no responde en 15 min",
                                            ),
                                        },
                                    ),
                                ]
                            )
                        ],
                    ),
                    ("title", "[FIRING:1] DiskFull"),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("title", "Deploy checkout v2.31.0"),
                    (
                        "text",
                        M(
                            "%%% \n Deployed by @",
                            email("ES", domain="acme.es", style=0),
                            " \n %%%",
                        ),
                    ),
                    ("date_happened", epoch()),
                    ("priority", "normal"),
                    ("tags", ["env:prod", "service:checkout", "version:2.31.0"]),
                    ("alert_type", "info"),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("title", "[Triggered] p99 latency on checkout"),
                    ("text", "@slack-ops-alerts @pagerduty-Checkout latency 1,842ms > 1,500ms"),
                    ("monitor_id", int(dig(8))),
                    ("tags", ["env:prod", "team:payments"]),
                    ("aggregation_key", hexs(32)),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event_id", hexs(32)),
                    ("level", "error"),
                    ("platform", "python"),
                    ("timestamp", iso(None, 6)),
                    (
                        "user",
                        OrderedDict(
                            [
                                ("id", dig(5)),
                                ("email", email("QA")),
                                ("ip_address", ip4()),
                                ("username", "kmarri"),
                            ]
                        ),
                    ),
                    (
                        "exception",
                        {
                            "values": [
                                {
                                    "type": "ValidationError",
                                    "value": M(
                                        "Invalid phone: '",
                                        ph("QA", "m", "intl"),
                                        "' already registered",
                                    ),
                                }
                            ]
                        },
                    ),
                    ("release", "api@4.12.0"),
                    ("environment", "production"),
                ]
            )
        ),
    )


def fam_analytics():
    F = "analytics_cdp_campaigns"
    fn, ln = person("CA")
    line(
        F,
        J(
            OrderedDict(
                [
                    ("type", "identify"),
                    ("userId", "u_" + dig(6)),
                    (
                        "traits",
                        OrderedDict(
                            [
                                ("email", email(first=fn, last=ln)),
                                ("phone", ph("CA", "m", "natl_paren", sep="-")),
                                ("name", f"{fn.capitalize()} {ln.capitalize()}"),
                                ("createdAt", iso(None, 3)),
                            ]
                        ),
                    ),
                    (
                        "context",
                        {
                            "ip": ip4(),
                            "library": {"name": "analytics.js", "version": "next-1.64.0"},
                        },
                    ),
                    ("messageId", "ajs-next-" + hexs(32)),
                    ("timestamp", iso(None, 3)),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("type", "track"),
                    ("event", "Order Completed"),
                    ("userId", "u_" + dig(6)),
                    (
                        "properties",
                        OrderedDict(
                            [
                                ("order_id", hexs(24)),
                                ("total", 27.5),
                                ("revenue", 25.0),
                                ("currency", "USD"),
                                (
                                    "products",
                                    [
                                        {
                                            "product_id": hexs(24),
                                            "sku": "45790-32",
                                            "price": 19,
                                            "quantity": 1,
                                        }
                                    ],
                                ),
                            ]
                        ),
                    ),
                    ("messageId", uuid()),
                    ("timestamp", iso(None, 3)),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("$token", hexs(32)),
                    ("$distinct_id", dig(7)),
                    (
                        "$set",
                        OrderedDict(
                            [
                                ("$email", email("AU")),
                                ("$phone", ph("AU", "m", "natl")),
                                ("plan", "pro"),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event", "Signup"),
                    (
                        "properties",
                        OrderedDict(
                            [
                                ("time", epoch()),
                                ("distinct_id", "$device:" + hexs(14) + "-" + hexs(14)),
                                ("$insert_id", alnum(16)),
                                ("$os", "iOS"),
                                ("$app_version_string", "5.12.1"),
                                ("mp_lib", "swift"),
                            ]
                        ),
                    ),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("api_key", hexs(32)),
                    (
                        "events",
                        [
                            OrderedDict(
                                [
                                    ("user_id", "hk-" + dig(6)),
                                    ("event_type", "sms_opt_in"),
                                    ("user_properties", {"phone_number": ph("HK", "m", "intl")}),
                                    ("time", epoch(ms=True)),
                                    ("session_id", epoch(ms=True)),
                                    ("insert_id", uuid()),
                                ]
                            )
                        ],
                    ),
                ]
            )
        ),
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event_type", "users.messages.sms.Delivery"),
                    ("id", uuid()),
                    ("time", epoch()),
                    ("user_id", hexs(24)),
                    ("to_phone_number", ph("GB", "m", "e164")),
                    ("subscription_group_id", uuid()),
                    ("campaign_name", "Spring Sale UK"),
                    ("send_id", hexs(24)),
                ]
            )
        ),
    )
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S UTC"),
        " Delivered SMS to ",
        ph("NZ", "m", "e164"),
        " (delivery_id: ",
        alnum(24, string.ascii_letters + string.digits + "="),
        ", campaign 44, action ",
        dig(3),
        ")",
    )
    line(
        F,
        J(
            OrderedDict(
                [
                    ("event_type", "users.behaviors.CustomEvent"),
                    ("id", uuid()),
                    ("time", epoch()),
                    ("user_id", hexs(24)),
                    ("name", "cart_viewed"),
                    (
                        "properties",
                        {"cart_value": 129.9, "items": 3, "sku_list": "A-1002,B-22031,C-9"},
                    ),
                    ("app_id", uuid()),
                ]
            )
        ),
    )
    line(
        F,
        dt().strftime("%Y-%m-%d %H:%M:%S UTC"),
        " segment ",
        dig(2),
        " recalculated: 12,",
        zdig(3),
        " members (+",
        dig(3),
        " / -",
        dig(2),
        ") in ",
        "%.1f" % R.uniform(1, 30),
        "s",
    )


# ------------------------------------------------------------ free text


def fam_east_asia():
    F = "freetext_east_asia"
    line(
        F,
        "[상담메모] 김민지 고객님 내일 오전 10시 이후 재통화 요청. 연락처: ",
        ph("KR", "m", "natl"),
    )
    line(
        F,
        "[상담메모] 배송지 변경 요청 접수, 확인 메일 ",
        email("KR"),
        " 로 발송 완료 (주문번호 2024-0",
        dig(3),
        "-",
        dig(5),
        ")",
    )
    line(
        F,
        "[배송] 주문번호 ",
        dig(12),
        " 출고 완료, 운송장 ",
        zdig(4),
        "-",
        zdig(4),
        "-",
        zdig(4),
        ", 도착 예정 ",
        dt().strftime("%Y년 %-m월 %-d일"),
    )
    line(
        F,
        "客戶來電表示帳單金額有誤，請回電 ",
        ph("TW", "m", "natl"),
        "，或寄信至 ",
        email("TW"),
        "，謝謝。",
    )
    line(
        F,
        "訂單編號 TW",
        dig(10),
        " 已於 ",
        dt().strftime("%Y/%m/%d"),
        " 出貨，統一編號 ",
        dig(8),
        "，發票號碼 ",
        alnum(2, string.ascii_uppercase),
        "-",
        zdig(8),
    )
    line(
        F,
        "客人話聽日唔得閒，可以打 ",
        ph("HK", "m", "natl"),
        " 搵佢，或者 WhatsApp ",
        ph("HK", "m", "e164"),
        " 都得。",
    )
    line(
        F,
        "單號 HK",
        dig(9),
        " 已安排 ",
        dt().strftime("%-d/%-m"),
        " 上午 10:00-13:00 送貨，身份證 A",
        zdig(6),
        "(",
        zdig(1),
        ") 已核對",
    )
    line(
        F,
        "お客様より折り返し希望。電話番号：",
        fullwidth(fmt(gen("JP", "m"), "natl")),
        "（平日１８時以降）",
    )
    line(
        F,
        "ご注文番号：",
        dig(10),
        "　お届け予定日：",
        dt().strftime("%Y年%-m月%-d日"),
        "　郵便番号〒",
        zdig(3),
        "-",
        zdig(4),
    )
    line(F, "ｺﾞﾚﾝﾗｸｻｷ ", ph("JP", "f", "natl"), " ﾏﾃﾞ ｵﾈｶﾞｲｼﾏｽ ﾒｰﾙ ", email("JP"))
    line(
        F,
        "ｶﾞｯｺｳｺｰﾄﾞ ",
        zdig(4),
        "-",
        zdig(2),
        " ﾃﾝﾎﾟ ",
        zdig(3),
        " ﾚｼﾞ ",
        zdig(2),
        " ｹｲｻﾝ ",
        dt().strftime("%H:%M"),
        " ｺﾞｳｹｲ ¥",
        "%d,%03d" % (R.randint(1, 99), R.randint(0, 999)),
    )


def fam_sw_asia():
    F = "freetext_sw_asia"
    line(F, "ลูกค้าขอให้โทรกลับที่เบอร์ ", ph("TH", "m", "natl_sep", sep="-"), " ก่อนเวลา 17.00 น. ครับ")
    line(
        F,
        "เลขที่คำสั่งซื้อ ",
        dig(10),
        " จัดส่งวันที่ ",
        "%d" % R.randint(1, 28),
        " พ.ค. 2567 เลขพัสดุ TH",
        dig(12),
        "A",
    )
    line(
        F,
        "Pelanggan minta hubungi semula di talian ",
        ph("MY", "m", "natl"),
        " selepas pukul 3 petang, atau emel ",
        email("MY"),
    )
    line(
        F,
        "No. pesanan ",
        dig(9),
        " telah dihantar pada ",
        dt().strftime("%d/%m/%Y"),
        ", No. KP pelanggan ",
        zdig(6),
        "-",
        zdig(2),
        "-",
        zdig(4),
        " disahkan",
    )
    line(
        F,
        "গ্রাহক আবার ফোন করতে বলেছেন: ",
        script_digits(ph("BD", "m", "natl"), "bn"),
        " (সন্ধ্যা ৬টার পরে)",
    )
    line(F, "অর্ডার নম্বর ", dig(8), " সফলভাবে ডেলিভারি হয়েছে, যোগাযোগ: ", ph("BD", "m", "intl"))
    line(
        F,
        "صارف نے کہا کہ ",
        ph("PK", "m", "natl"),
        " پر شام کو واپس کال کریں، ای میل: ",
        email("PK"),
    )
    line(
        F,
        "آرڈر نمبر ",
        dig(9),
        " بتاریخ ",
        dt().strftime("%d-%m-%Y"),
        " روانہ کر دیا گیا، شناختی کارڈ ",
        zdig(5),
        "-",
        zdig(7),
        "-",
        zdig(1),
    )
    line(
        F,
        "مشتری درخواست تماس مجدد دارد: ",
        script_digits(ph("IR", "m", "natl"), "fa"),
        " (بعد از ساعت ۱۶)",
    )
    line(
        F,
        "شماره سفارش ",
        "۱۴۰۳" + "".join(R.choice(DIGITS["fa"]) for _ in range(6)),
        " در تاریخ ۱۴۰۳/۰۲/",
        "".join(R.choice(DIGITS["fa"][:3]) for _ in range(1)),
        R.choice(DIGITS["fa"][1:]),
        " ارسال شد، کد ملی ",
        "".join(R.choice(DIGITS["fa"]) for _ in range(10)),
    )
    line(
        F,
        "הלקוח ביקש שיחזרו אליו למספר ",
        ph("IL", "m", "natl"),
        " אחרי השעה 16:00, או במייל ",
        email("IL"),
    )
    line(
        F,
        "הזמנה מס' ",
        dig(8),
        " נשלחה ב-",
        dt().strftime("%d.%m.%Y"),
        ", ת.ז. ",
        zdig(9),
        ", סכום ₪",
        "%d.%02d" % (R.randint(10, 2000), R.randint(0, 99)),
    )


def fam_central_europe():
    F = "freetext_central_europe"
    line(
        F,
        "Klient prosi o kontakt pod numerem ",
        ph("PL", "m", "natl"),
        " lub mailowo: ",
        email("PL"),
    )
    line(
        F,
        "Zamówienie nr ",
        dt().strftime("%Y/%m/"),
        dig(6),
        " wysłane ",
        dt().strftime("%d.%m.%Y"),
        ", PESEL klienta zweryfikowany (",
        zdig(11),
        "), NIP ",
        zdig(3),
        "-",
        zdig(3),
        "-",
        zdig(2),
        "-",
        zdig(2),
    )
    line(
        F,
        "Zákazník žádá o zpětné zavolání na číslo ",
        ph("CZ", "m", "intl"),
        ", nejlépe dopoledne.",
    )
    line(
        F,
        "Objednávka č. ",
        dig(10),
        " odeslána ",
        dt().strftime("%-d. %-m. %Y"),
        ", rodné číslo ",
        zdig(6),
        "/",
        zdig(4),
        " ověřeno, IČO ",
        zdig(8),
    )
    line(
        F,
        "Zákazník žiada o spätné volanie na čísle ",
        ph("SK", "m", "natl"),
        ", prípadne e-mail ",
        email("SK"),
    )
    line(F, "Korisnik moli da ga nazovete na broj ", ph("HR", "m", "natl"), " nakon 16 h.")
    line(
        F,
        "Narudžba br. ",
        dig(8),
        " poslana ",
        dt().strftime("%d.%m.%Y."),
        ", OIB ",
        zdig(11),
        ", iznos ",
        "%d,%02d" % (R.randint(10, 900), R.randint(0, 99)),
        " EUR",
    )
    line(
        F,
        "Korisnik je zamolio da ga pozovete na broj ",
        ph("RS", "m", "natl"),
        " ili na ",
        email("RS"),
    )
    line(
        F, "Корисник је замолио да га позовете на број ", ph("RS", "m", "intl"), " после 17 часова."
    )
    line(F, "Клиентът моли да му се обадите на ", ph("BG", "m", "natl"), ", имейл: ", email("BG"))
    line(
        F,
        "Поръчка № ",
        dig(9),
        " от ",
        dt().strftime("%d.%m.%Y"),
        " г., ЕГН ",
        zdig(10),
        ", ЕИК ",
        zdig(9),
        ", сума ",
        "%d,%02d" % (R.randint(10, 900), R.randint(0, 99)),
        " лв.",
    )


def fam_north_south_europe():
    F = "freetext_north_south_europe"
    line(F, "Klientas prašo perskambinti numeriu ", ph("LT", "m", "intl"), " po 15 val.")
    line(
        F,
        "Klients lūdz atzvanīt uz numuru ",
        ph("LV", "m", "natl"),
        " vai rakstīt uz ",
        email("LV"),
    )
    line(
        F,
        "Pasūtījums Nr. ",
        dig(8),
        " nosūtīts ",
        dt().strftime("%d.%m.%Y"),
        ", personas kods ",
        zdig(6),
        "-",
        zdig(5),
        ", summa ",
        "%d,%02d" % (R.randint(10, 900), R.randint(0, 99)),
        " EUR",
    )
    line(
        F,
        "Klient palub tagasi helistada numbril ",
        ph("EE", "m", "natl"),
        " (eelistatult enne lõunat).",
    )
    line(
        F,
        "Viðskiptavinur biður um að hringt verði í síma ",
        ph("IS", "m", "natl"),
        " eða sendur tölvupóstur á ",
        email("IS"),
    )
    line(
        F,
        "Pöntun nr. ",
        dig(7),
        " send ",
        dt().strftime("%d.%m.%Y"),
        ", kennitala ",
        zdig(6),
        "-",
        zdig(4),
        ", upphæð ",
        "%d.%03d" % (R.randint(1, 99), R.randint(0, 999)),
        " kr.",
    )
    line(
        F,
        "Ο πελάτης ζητά να τον καλέσετε στο ",
        ph("GR", "m", "natl"),
        " ή στο σταθερό ",
        ph("GR", "f", "intl"),
        ".",
    )
    line(
        F,
        "El client demana que el truqueu al ",
        ph("ES", "m", "natl"),
        " o que li escriviu a ",
        email("ES"),
        ".",
    )
    line(
        F,
        "O cliente pide que o chamen ao ",
        ph("ES", "f", "natl", prefix=["981", "986"]),
        " pola mañá; pedido n.º ",
        dig(8),
        " do ",
        dt().strftime("%d/%m/%Y"),
        ".",
    )
    line(
        F,
        "Mae'r cwsmer yn gofyn am alwad yn ôl ar ",
        ph("GB", "f", "natl", prefix=["292"]),
        " ar ôl 5yh, neu e-bost ",
        email("GB"),
    )
    line(
        F, "Iarrann an custaiméir glaoch ar ais ar ", ph("IE", "m", "natl"), " tar éis a 4 a chlog."
    )
    line(
        F,
        "Archeb rhif ",
        dig(8),
        " wedi'i hanfon ",
        dt().strftime("%d/%m/%Y"),
        "; Ordú uimhir ",
        dig(7),
        " seolta; NHS ",
        zdig(3),
        " ",
        zdig(3),
        " ",
        zdig(4),
    )


# ------------------------------------------------------------ PII-free look-alikes


def fam_lookalike_windows():
    F = "lookalike_windows_cloud"
    line(
        F,
        "Security 4732: A member was added to a security-enabled local group. Member SID S-1-5-21-",
        dig(10),
        "-",
        dig(10),
        "-",
        dig(10),
        "-",
        dig(4),
        " Group SID S-1-5-32-544 Logon ID 0x",
        hexs(7, True),
        " Computer WS-",
        dig(4),
    )
    line(
        F,
        "Windows Update: Installation Failure: Windows failed to install the following update with error 0x800f0922: 2024-0",
        str(R.randint(1, 9)),
        " Cumulative Update for Windows 11 Version 23H2 for x64-based Systems (KB50",
        dig(5),
        ").",
    )
    line(
        F,
        "HRESULT 0x80070005 (E_ACCESSDENIED) at HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\",
        dig(4),
        "; RPC 0x800706BA; WIN32 ",
        dig(4),
        "; EventID 10016",
    )
    line(
        F,
        "reg query HKCU\\Software\\Classes\\CLSID\\",
        guid(),
        "\\InprocServer32 /ve -> REG_SZ C:\\Windows\\System32\\",
        alnum(8, string.ascii_lowercase),
        ".dll  (REG_DWORD 0x000",
        hexs(5),
        ")",
    )
    line(
        F,
        "DHCP lease: MAC ",
        "-".join(hexs(2, True) for _ in range(6)),
        " IP ",
        ip4(False),
        " lease ",
        dig(5),
        "s, ",
        ":".join(hexs(2) for _ in range(6)),
        " vendor class MSFT 5.0 xid 0x",
        hexs(8),
    )
    line(
        F,
        "GCP project number ",
        dig(12),
        " (projects/acme-prod-",
        dig(6),
        "), billing account ",
        alnum(6, "0123456789ABCDEF"),
        "-",
        alnum(6, "0123456789ABCDEF"),
        "-",
        alnum(6, "0123456789ABCDEF"),
        ", instance id ",
        dig(19),
    )
    line(
        F,
        "arn:aws:iam::",
        zdig(12),
        ":role/ci-deploy assumed; Azure subscription /subscriptions/",
        uuid(),
        "/resourceGroups/rg-",
        dig(4),
        "/providers/Microsoft.Compute/virtualMachines/vm-",
        dig(3),
    )
    line(
        F,
        "ProcessGuid ",
        guid(),
        " ParentProcessId ",
        dig(4),
        " LogonId 0x",
        hexs(6),
        " TerminalSessionId 1 Hashes MD5=",
        hexs(32, True),
        ",IMPHASH=",
        hexs(32, True),
    )
    line(
        F,
        "BSOD BugCheck 0x0000009f (0x0000000000000003, 0xffffc50",
        hexs(9),
        ", 0xfffff80",
        hexs(9),
        ", 0xffffc50",
        hexs(9),
        "), dump C:\\Windows\\Minidump\\",
        dt().strftime("%m%d%y"),
        "-",
        dig(5),
        "-01.dmp",
    )


def fam_lookalike_ids():
    F = "lookalike_ids_measures_dates"
    line(
        F,
        "POS terminal TID ",
        zdig(8),
        " MID ",
        zdig(15),
        " batch ",
        zdig(6),
        " receipt 0",
        dig(3),
        "-",
        zdig(4),
        "-",
        dig(6),
        " loyalty card 9",
        zdig(3),
        " ",
        zdig(4),
        " ",
        zdig(4),
        " ",
        zdig(4),
    )
    line(
        F,
        "IDs checked: NHS ",
        dig(3),
        " ",
        zdig(3),
        " ",
        zdig(4),
        "; SIN ",
        dig(3),
        " ",
        zdig(3),
        " ",
        zdig(3),
        "; Medicare ",
        dig(4),
        " ",
        zdig(5),
        " ",
        zdig(1),
        "; PPSN ",
        zdig(7),
        "T; NRIC S",
        zdig(7),
        "D; DNI ",
        zdig(8),
        "Z",
    )
    line(
        F,
        "RRN ",
        zdig(6),
        "-",
        dig(7),
        " | TW ID A1",
        zdig(8),
        " | HKID A",
        zdig(6),
        "(",
        zdig(1),
        ") | MyKad ",
        zdig(6),
        "-14-",
        zdig(4),
        " | CNIC ",
        dig(5),
        "-",
        zdig(7),
        "-",
        dig(1),
        " | AMKA ",
        zdig(11),
    )
    line(
        F,
        "VIN ",
        "WVW" + alnum(14, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
        " plate ",
        alnum(2, string.ascii_uppercase),
        zdig(2),
        " ",
        alnum(3, string.ascii_uppercase),
        " / KA-01-HH-",
        dig(4),
        " / WX ",
        dig(5),
        "; ISBN 978-",
        dig(1),
        "-",
        zdig(2),
        "-",
        zdig(6),
        "-",
        zdig(1),
        ", ISSN 0",
        zdig(3),
        "-",
        zdig(4),
    )
    line(
        F,
        "Shipment 3 x 12.5 kg = 37.5 kg (82.67 lb), pallet 120 x 80 x 144 cm, 1,234.56 m³, temp -18 °C, GPS 51.5074, -0.1278, elev 35 m",
    )
    line(
        F,
        "Lottery draw ",
        dig(4),
        ": 05 12 23 34 45 + 03 09 | Powerball ",
        "-".join("%02d" % x for x in sorted(R.sample(range(1, 70), 5))),
        " PB ",
        "%02d" % R.randint(1, 26),
        " | Lotto 6/49: ",
        " ".join("%02d" % x for x in sorted(R.sample(range(1, 50), 6))),
    )
    line(
        F,
        "FT: Arsenal 2–1 Chelsea (HT 1-0), Lakers 112-108 Celtics (OT), India 287/6 (50 ov) beat Australia 281/9, set scores 6-4 3-6 7-6(5)",
    )
    d = dt()
    line(
        F,
        "ts variants: ",
        str(epoch(d)),
        " | ",
        str(epoch(d, True)),
        " | ",
        d.strftime("%Y%m%d%H%M%S"),
        " | ",
        d.strftime("%d/%m/%Y %H:%M"),
        " | ",
        d.strftime("%m-%d-%Y"),
        " | ",
        d.strftime("%Y.%m.%d"),
        " | ",
        d.strftime("%d %b %Y"),
        " | ",
        d.strftime("%Y-%j"),
        " | ",
        iso(d, 6, "+05:30"),
    )
    line(
        F,
        "Thanks @here @channel - bumped @acme/ui@4.12.3 and lodash@4.17.21, image registry.example.com/api@sha256:",
        hexs(64),
        ", see HEAD@{2}; meet @ 10:30",
    )
    line(
        F,
        "deploy@web-03:~$ ssh -p 2222 ",
        ip4(False),
        " && ls assets/logo@2x.png icons/star@3x.png; @Override public int hashCode(); cron @daily /opt/jobs/purge.sh; @media (max-width: 600px)",
    )


# ------------------------------------------------------------ main

FAMILIES = [
    fam_windows,
    fam_azure_monitor,
    fam_gcp,
    fam_paas,
    fam_nginx_apache,
    fam_haproxy,
    fam_envoy,
    fam_azure_ad,
    fam_duo,
    fam_identity_misc,
    fam_salesforce,
    fam_sap,
    fam_erp,
    fam_tel_cloud,
    fam_tel_pbx,
    fam_chat,
    fam_retail,
    fam_insurance,
    fam_property,
    fam_ats,
    fam_runtime1,
    fam_runtime2,
    fam_monitoring,
    fam_analytics,
    fam_east_asia,
    fam_sw_asia,
    fam_central_europe,
    fam_north_south_europe,
    fam_lookalike_windows,
    fam_lookalike_ids,
]

DESC = OrderedDict(
    [
        (
            "windows_eventlog_sysmon",
            "Windows Event Log XML: Sysmon 1/3/11/22, Security 4624, SCM 7036, Outlook app event",
        ),
        (
            "azure_monitor_appinsights",
            "Application Insights exports: AppTraces/Requests/Exceptions/Events/Dependencies/Metrics",
        ),
        (
            "gcp_cloud_logging",
            "GCP LogEntry: jsonPayload, textPayload, protoPayload AuditLog, httpRequest, GKE, LB",
        ),
        (
            "paas_edge_functions",
            "Heroku router/app/dyno, Vercel and Netlify function logs, Cloudflare Workers logpush + wrangler tail",
        ),
        (
            "nginx_apache_error",
            "nginx error log (lua body echo, request lines), Apache error log (ModSecurity, mod_dumpio)",
        ),
        (
            "haproxy_captured_headers",
            "HAProxy HTTP/TCP logs with captured request/response headers",
        ),
        ("envoy_istio_traefik", "Envoy default access log, Istio JSON, Traefik JSON and CLF"),
        ("azure_ad_signin", "Entra ID sign-in (user/SP/MI/non-interactive), audit and risk logs"),
        ("duo_auth", "Duo auth log v2, telephony log, admin log, authproxy, pam_duo"),
        (
            "onelogin_ping_workspace",
            "OneLogin events, PingFederate audit.log, PingOne/PingID, Google Workspace Reports API",
        ),
        ("salesforce_apex", "Salesforce Apex debug log lines"),
        (
            "sap_applog_idoc",
            "SAP SLG1/SM21 messages, IDoc control/status/data segments, BAPI returns",
        ),
        (
            "odoo_dynamics_oracle_ebs",
            "Odoo server log, Dynamics 365 plugin trace, Oracle EBS FND_LOG / concurrent requests",
        ),
        ("telephony_cloud_webhooks", "RingCentral, Aircall, Dialpad, Zoom Phone webhooks"),
        (
            "telephony_pbx_cdr",
            "3CX CDR/log, SIP INVITE, Avaya CM CDR, Mitel SMDR, Webex Calling CDR",
        ),
        (
            "chat_widget_transcripts",
            "Intercom webhooks (HTML bodies, tel:/mailto:), Drift, Crisp, Tawk.to transcripts",
        ),
        (
            "retail_pos_loyalty",
            "POS transaction/Z-report lines, loyalty enrolment, e-receipts, gift cards",
        ),
        ("insurance_claim_notes", "claim adjuster notes, FNOL, witness, repairer, medical billing"),
        ("property_lead_forms", "Zillow/Idealista/Rightmove/daft-style leads, lead form GET query"),
        ("ats_candidate_records", "Greenhouse, Lever, Workday candidate records and notes"),
        ("runtime_loggers_jvm_beam_rust", "Elixir Logger/Phoenix, Rust tracing, Ktor/Kotlin, Akka"),
        (
            "runtime_loggers_ops",
            "Perl scripts, PowerShell transcript, cron mail, systemd journal short-precise",
        ),
        (
            "monitoring_notifications",
            "Nagios, Icinga2, Zabbix, Grafana webhook, Datadog events, Sentry events",
        ),
        (
            "analytics_cdp_campaigns",
            "Segment identify/track, Mixpanel, Amplitude, Braze Currents, Customer.io",
        ),
        (
            "freetext_east_asia",
            "notes in Korean, Traditional Chinese (TW, HK Cantonese), Japanese full-width and half-width",
        ),
        (
            "freetext_sw_asia",
            "notes in Thai, Malay, Bengali (Bengali digits), Urdu, Persian (Persian digits), Hebrew",
        ),
        (
            "freetext_central_europe",
            "notes in Polish, Czech, Slovak, Croatian, Serbian Latin/Cyrillic, Bulgarian",
        ),
        (
            "freetext_north_south_europe",
            "notes in Lithuanian, Latvian, Estonian, Icelandic, Greek, Catalan, Galician, Welsh, Irish",
        ),
        (
            "lookalike_windows_cloud",
            "PII-free: SIDs, event/KB numbers, HRESULTs, registry, MACs, GUIDs, cloud project/resource ids",
        ),
        (
            "lookalike_ids_measures_dates",
            "PII-free: POS/receipt/loyalty numbers, national/health ids, VIN, plates, ISBN, measures, lottery, scores, timestamps, '@' non-addresses",
        ),
    ]
)

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def verify(rows):
    nph = 0
    for r in rows:
        text, last = r["text"], 0
        for s in r["spans"]:
            assert last <= s["start"] < s["end"] <= len(text), (r, s)
            last = s["end"]
            seg = text[s["start"] : s["end"]]
            raw = unquote_plus(seg) if s.get("decode") == "form" else seg
            if s["type"] == "phone":
                assert pn.is_valid_number(pn.parse(raw, s["region"])), (seg, s)
                nph += 1
            else:
                assert "region" not in s
                assert EMAIL_RE.match(raw), raw
    return nph


def main():
    for f in FAMILIES:
        f()
    nph = verify(LINES)
    path = os.path.join(OUT_DIR, "redaction_corpus_probe5.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in LINES:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    fams = Counter(r["family"] for r in LINES)
    pii = Counter(r["family"] for r in LINES if r["spans"])
    types = Counter(s["type"] for r in LINES for s in r["spans"])
    regions = Counter(s["region"] for r in LINES for s in r["spans"] if s["type"] == "phone")
    nopii = sum(1 for r in LINES if not r["spans"])
    rep = [
        "PII redactor test corpus (e-mail addresses and phone numbers)",
        "generator: make_corpus.py (random.Random seed %d, deterministic)" % SEED,
        "output: redaction_corpus_probe5.jsonl, one JSON object per line: text, spans[{start,end,type,region[,decode]}], family",
        "offsets: Python str code points, end exclusive; phone spans validated with phonenumbers.is_valid_number",
        "  (decode=form spans validated after urllib.parse.unquote_plus)",
        "",
        "%-30s %5s %5s %5s  %s" % ("family", "lines", "PII", "noPII", "content"),
    ]
    for name in OrderedDict((r["family"], 1) for r in LINES):
        rep.append(
            "%-30s %5d %5d %5d  %s"
            % (name, fams[name], pii[name], fams[name] - pii[name], DESC[name])
        )
    rep += [
        "",
        "families: %d   lines: %d   lines without PII: %d" % (len(fams), len(LINES), nopii),
        "spans: phone=%d email=%d (decode=form: %d)"
        % (
            types["phone"],
            types["email"],
            sum(1 for r in LINES for s in r["spans"] if s.get("decode")),
        ),
        "phone regions: " + ", ".join("%s=%d" % kv for kv in sorted(regions.items())),
        "all %d phone spans validated with phonenumbers %s" % (nph, pn.__version__),
    ]
    print("\n".join(rep))


if __name__ == "__main__":
    main()
