"""Write tests/processing/redaction_corpus_probe6.jsonl: an eighth labelled corpus, written
from real log formats (fax servers, VoIP phone provisioning, SIP trunk CDRs, emergency-call
records, call recordings, WebRTC, chat platforms, mail protocol traces, DMARC reports, mailing
lists, bounces, CardDAV/CalDAV, ActiveSync/MDM, eSIM, carrier lookups, fraud and KYC events,
marketplaces, classifieds, reservations, patient portals, logistics EDI, notes in European,
Arabic, Caucasian, Central and South Asian and African languages) by someone who had not read
the redaction rules (issue 11). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe6_corpus

Deterministic: random.Random(61204). Every line is built by appending pieces; every phone span
is checked with phonenumbers.is_valid_number.
"""

import json
import os
import random
import re
import string
from collections import Counter, OrderedDict
from typing import Any
from urllib.parse import quote_plus, unquote_plus

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PF
from phonenumbers import PhoneNumberType as PT

R = random.Random(61204)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
DIG = string.digits
HEX = "0123456789abcdef"

# --------------------------------------------------------------------------------------
# phone number generation
# --------------------------------------------------------------------------------------
PREFIXES = {
    ("US", "m"): ["212", "415", "617", "312", "206", "713", "305", "503", "646", "404"],
    ("US", "f"): ["212", "415", "617", "312", "206", "713", "305", "503", "646", "404"],
    ("CA", "m"): ["416", "514", "604", "613", "403", "902", "418", "819"],
    ("CA", "f"): ["416", "514", "604", "613", "403", "902", "418", "819"],
    ("CH", "m"): ["76", "77", "78", "79"],
    ("CH", "f"): ["21", "22", "31", "44", "43", "61", "71", "91"],
    ("DE", "m"): ["151", "152", "160", "170", "171", "176"],
    ("DE", "f"): ["30", "40", "89", "69", "221"],
    ("FR", "m"): ["6", "7"],
    ("FR", "f"): ["1", "2", "3", "4", "5"],
    ("GB", "m"): ["7400", "7700", "7911", "7830", "7520"],
    ("GB", "f"): ["20", "121", "161", "131", "113"],
    ("AT", "m"): ["664", "660", "676", "699"],
    ("RU", "m"): ["912", "916", "903", "925", "985"],
    ("KZ", "m"): ["701", "705", "707", "747", "777"],
    ("NG", "m"): ["803", "806", "813", "816", "703", "805"],
    ("ZA", "m"): ["71", "72", "82", "83", "84"],
    ("IN", "m"): ["98", "99", "94", "81", "70"],
    ("MA", "m"): ["6", "7"],
    ("EG", "m"): ["10", "11", "12", "15"],
}

_seen: set[str] = set()


def gen_number(region, kind="m"):
    t = PT.MOBILE if kind == "m" else PT.FIXED_LINE
    ex = pn.example_number_for_type(region, t)
    if ex is None:
        ex = pn.example_number_for_type(region, PT.FIXED_LINE_OR_MOBILE)
    assert ex is not None, region
    nsn = pn.national_significant_number(ex)
    cc: int = ex.country_code or 0
    ok_types = (t, PT.FIXED_LINE_OR_MOBILE)
    prefs = PREFIXES.get((region, kind))
    for attempt in range(4000):
        if prefs and attempt < 3000:
            pre = R.choice(prefs)
        else:
            keep = R.randint(max(1, len(nsn) - 7), max(1, len(nsn) - 5))
            pre = nsn[:keep]
        d = pre + "".join(R.choice(DIG) for _ in range(len(nsn) - len(pre)))
        if d == nsn or d in _seen:
            continue
        n = pn.parse("+%d%s" % (cc, d))
        if (
            pn.is_valid_number(n)
            and pn.region_code_for_number(n) == region
            and pn.number_type(n) in ok_types
        ):
            _seen.add(d)
            return n
    raise RuntimeError("no number for %s %s" % (region, kind))


IDD00 = ["CH", "DE", "FR", "BE", "AT", "GB", "MA", "ES", "IT", "NL"]


def _valid(text, region):
    try:
        return pn.is_valid_number(pn.parse(text, region))
    except pn.NumberParseException:
        return False


def fmt(n, style):
    """Return (text, region) for number n written in `style`."""
    reg = pn.region_code_for_number(n)
    assert reg is not None
    md = pn.PhoneMetadata.metadata_for_region(reg)
    assert md is not None
    cc = str(n.country_code)
    e164 = pn.format_number(n, PF.E164)
    intl = pn.format_number(n, PF.INTERNATIONAL)
    nat = pn.format_number(n, PF.NATIONAL)
    nsn = pn.national_significant_number(n)
    region = reg
    if style == "e164":
        s = e164
    elif style == "intl":
        s = intl
    elif style == "intl_dash":
        s = intl.replace(" ", "-")
    elif style == "intl_dot":
        s = intl.replace(" ", ".").replace("-", ".")
    elif style == "intl_one":
        s = "+" + cc + " " + nsn
    elif style == "nat":
        s = nat
    elif style == "nat_compact":
        s = re.sub(r"[^\d]", "", nat)
    elif style == "nat_dash":
        s = re.sub(r"[ ]+", "-", nat.replace("(", "").replace(")", ""))
    elif style == "nat_dot":
        s = re.sub(r"[ \-]+", ".", nat.replace("(", "").replace(")", ""))
    elif style == "nat_slash":
        s = nat.replace("(", "").replace(")", "").replace(" ", "/", 1) if " " in nat else nat
    elif style == "nat_spaced":
        digits = re.sub(r"[^\d]", "", nat)
        chunks, i = [], 0
        while i < len(digits):
            k = R.choice([2, 3]) if len(digits) - i > 3 else len(digits) - i
            chunks.append(digits[i : i + k])
            i += k
        s = " ".join(chunks)
    elif style == "00":
        region = reg if md.international_prefix == "00" else R.choice(IDD00)
        s = "00" + (intl[1:] if R.random() < 0.6 else e164[1:])
    elif style in ("011", "011CA", "011US"):
        region = {"011CA": "CA", "011US": "US"}.get(style) or R.choice(["US", "CA"])
        s = "011 " + intl[1:] if R.random() < 0.6 else "011" + e164[1:]
    elif style == "intl0":
        s = "+" + cc + " (0)" + intl[len(cc) + 1 :] if md.national_prefix == "0" else intl
    elif style == "plusnat":
        if cc == "1":
            s = "+1 " + nat
        elif cc == "7":
            s = "+7 " + nat[2:]
        else:
            s = intl
    elif style == "ccdigits":
        s = e164[1:]
    elif style == "nanp_dash":
        s = "1-" + nat.replace("(", "").replace(") ", "-") if cc == "1" else intl
    else:
        raise ValueError(style)
    if not _valid(s, region):
        s, region = intl, reg
    return s, region


PEOPLE_STYLES = [
    "nat",
    "nat",
    "nat",
    "intl",
    "intl",
    "nat_compact",
    "nat_dash",
    "nat_dot",
    "nat_spaced",
    "00",
    "e164",
    "intl0",
    "plusnat",
]
SYSTEM_STYLES = ["e164", "e164", "e164", "intl", "ccdigits", "nat", "intl_dash"]


def to_arabic_indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# --------------------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []
        self.nonaddr = []  # address-shaped, deliberately unlabelled ranges (message-ids ...)

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s)
        return self

    def _span(self, s, typ, region=None, decode=None):
        start = self.pos
        self.t(s)
        sp = {"start": start, "end": self.pos, "type": typ}
        if region:
            sp["region"] = region
        if decode:
            sp["decode"] = decode
        self.spans.append(sp)
        return self

    def ph(self, region, kind="m", style=None, ext=None, enc=None, styles=None, digits=None):
        """Append a freshly generated phone number of `region`."""
        n = gen_number(region, kind)
        if style is None:
            style = R.choice(styles or PEOPLE_STYLES)
        s, reg = fmt(n, style)
        if ext:
            s = s + ext
        if digits == "arabic":
            s = to_arabic_indic(s)
        if enc == "form":
            return self._span(quote_plus(s, safe=""), "phone", reg, "form")
        return self._span(s, "phone", reg)

    def phs(self, s, region, enc=None):
        """Append an already written phone string (used when the same number repeats)."""
        if enc == "form":
            return self._span(quote_plus(s, safe=""), "phone", region, "form")
        return self._span(s, "phone", region)

    def em(self, addr, enc=None):
        if enc == "form":
            return self._span(quote_plus(addr, safe=""), "email", None, "form")
        return self._span(addr, "email")

    def na(self, s):
        start = self.pos
        self.t(s)
        self.nonaddr.append((start, self.pos))
        return self

    def text(self):
        return "".join(self.buf)


def number(region, kind="m"):
    return gen_number(region, kind)


def wr(region, kind="m", style=None, styles=None):
    """Generate a number and return (text, region) for reuse in several places."""
    n = gen_number(region, kind)
    return fmt(n, style or R.choice(styles or PEOPLE_STYLES))


# --------------------------------------------------------------------------------------
# random helpers for look-alikes
# --------------------------------------------------------------------------------------
def rd(n):
    return "".join(R.choice(DIG) for _ in range(n))


def rd1(n):
    return R.choice("123456789") + rd(n - 1)


def rh(n, up=False):
    s = "".join(R.choice(HEX) for _ in range(n))
    return s.upper() if up else s


def ralnum(n, alphabet=string.ascii_uppercase + DIG):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (rh(8), rh(4), rh(3), R.choice("89ab"), rh(3), rh(12))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rdate():
    return (
        2023 + R.randint(0, 2),
        R.randint(1, 12),
        R.randint(1, 28),
        R.randint(0, 23),
        R.randint(0, 59),
        R.randint(0, 59),
    )


def iso(z=True):
    y, m, d, H, M, S = rdate()
    return "%04d-%02d-%02dT%02d:%02d:%02d%s" % (
        y,
        m,
        d,
        H,
        M,
        S,
        "Z" if z else ".%03d+01:00" % R.randint(0, 999),
    )


def sqlts():
    y, m, d, H, M, S = rdate()
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, H, M, S)


def syslog_ts():
    _, m, d, H, M, S = rdate()
    return "%s %2d %02d:%02d:%02d" % (MON[m - 1], d, H, M, S)


def epoch():
    return str(R.randint(1690000000, 1740000000))


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def imei():
    body = R.choice(["35", "86", "35", "01", "99"]) + rd(12)
    return body + luhn_digit(body)


def iccid(cc="41"):
    body = "89" + cc + rd(17 - len(cc) - 2 + 2)
    body = body[:18]
    return body + luhn_digit(body)


def eid():
    return "89049032" + rd(24)


def mac(oui, sep=":"):
    b = [oui[i : i + 2] for i in range(0, 6, 2)] + [rh(2, True) for _ in range(3)]
    return sep.join(b)


def container_no(owner):
    # ISO 6346 with real check digit
    vals = {}
    v = 10
    for ch in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner + rd(6)
    tot = 0
    for i, ch in enumerate(code):
        x = vals[ch] if ch.isalpha() else int(ch)
        tot += x * (2**i)
    chk = tot % 11 % 10
    return code, str(chk)


def ip4():
    return R.choice(["203.0.113.", "198.51.100.", "192.0.2.", "10.20.", "172.16."]) + (
        "%d" % R.randint(2, 254) if True else ""
    )


def ipv4():
    base = R.choice(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d", "185.12.%d.7", "41.202.%d.19"])
    return base % R.randint(2, 254)


# --------------------------------------------------------------------------------------
# names / addresses
# --------------------------------------------------------------------------------------
def email_addr(first, last, domain, style=None):
    first_a, last_a = first.lower(), last.lower()
    style = style or R.choice(["f.l", "fl", "f_l", "fi.l", "l.f", "f.l+tag", "fnum", "F.L"])
    if style == "f.l":
        loc = first_a + "." + last_a
    elif style == "fl":
        loc = first_a + last_a
    elif style == "f_l":
        loc = first_a + "_" + last_a
    elif style == "fi.l":
        loc = first_a[0] + "." + last_a
    elif style == "l.f":
        loc = last_a + "." + first_a
    elif style == "f.l+tag":
        loc = first_a + "." + last_a + "+" + R.choice(["shop", "news", "billing", "2024", "etsy"])
    elif style == "fnum":
        loc = first_a + rd(R.choice([2, 4]))
    else:
        loc = first + "." + last
    return loc + "@" + domain


# --------------------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------------------
FAMILIES: OrderedDict[str, Any] = OrderedDict()


def family(name):
    def deco(fn):
        FAMILIES[name] = fn
        return fn

    return deco


def TPL(name, *fns):
    pass


# ---------- 1. fax servers ----------
@family("fax_server_logs")
def fam_fax():
    out = []
    # HylaFAX xferfaxlog SEND record (tab separated, quoted dest number and CSI)
    L = Line("fax_server_logs")
    dest, reg = wr("CH", "f", "e164")
    csi, _ = wr("CH", "f", "intl")
    y, m, d, H, M, _ = rdate()
    L.t(
        '%02d/%02d/%02d %02d:%02d\tSEND\t%09d\tttyS0\t%d\t""\t'
        % (m, d, y % 100, H, M, R.randint(1, 99999), R.randint(100, 9999))
    )
    L.em(email_addr("Anna", "Keller", "treuhand-keller.ch", "fi.l")).t('\t"').phs(dest, reg).t(
        '"\t"'
    )
    L.phs(csi, "CH").t(
        '"\t%d\t%d\t0:%02d\t0:%02d\t""\t""\t""\t""\t"akeller"\t"%s"'
        % (
            R.choice([24585, 4294967295 & 0x6005, 25133]),
            R.randint(1, 12),
            R.randint(10, 59),
            R.randint(10, 59),
            rh(8, True),
        )
    )
    out.append(L)
    # HylaFAX RECV record with CallID name/number
    L = Line("fax_server_logs")
    y, m, d, H, M, _ = rdate()
    L.t(
        '%02d/%02d/%02d %02d:%02d\tRECV\t%09d\tttyACM0\trecvq/fax%08d.tif\t""\tfax\t"'
        % (m, d, y % 100, H, M, R.randint(1, 99999), R.randint(1, 9999))
    )
    L.ph("DE", "f", "e164").t('"\t"').ph("DE", "f", "intl").t(
        '"\t9\t%d\t1:%02d\t0:%02d\t""\t"PRAXIS DR WEBER"\t"'
        % (R.randint(1, 9), R.randint(0, 59), R.randint(10, 59))
    )
    L.ph("DE", "f", "nat_compact").t('"\t""\t""\t"%s"' % rh(8, True))
    out.append(L)
    # faxq syslog with dial string
    L = Line("fax_server_logs")
    L.t(
        syslog_ts()
        + " faxsrv FaxSend[%d]: SEND FAX: JOB %d DEST "
        % (R.randint(1000, 30000), R.randint(100, 9999))
    )
    L.ph("FR", "f", "00").t(" COMMID %09d DEVICE '/dev/ttyS1' FROM '<" % R.randint(1, 99999))
    L.em(email_addr("Julien", "Moreau", "cabinet-moreau.fr", "f.l")).t(">' USER julien")
    out.append(L)
    # RightFax
    L = Line("fax_server_logs")
    L.t(
        '%s RightFax Server [FaxServ] Fax handle 0x%s (unique ID %s) to "Kanzlei Huber" at '
        % (sqlts(), rh(4, True), ralnum(16))
    )
    L.ph("AT", "f", "nat_slash").t(
        ' completed: 4 page(s) sent, 00:01:12, status 0x0000 "Sent successfully"'
    )
    out.append(L)
    # eFax inbound notification
    L = Line("fax_server_logs")
    L.t("eFax notification: You have received a 2 page fax at %s. Caller-ID: " % sqlts())
    L.ph("US", "f", "nat_dash").t(" To eFax number: ").ph("US", "f", "nanp_dash").t(
        " Reference: a%s_%s" % (rd(9), rd(6))
    )
    out.append(L)
    # eFax send via email gateway
    L = Line("fax_server_logs")
    num, reg = wr("GB", "f", "ccdigits")
    L.t("efax-gw: accepted message from <").em(
        email_addr("Oliver", "Bennett", "bennett-law.co.uk", "f.l")
    )
    L.t("> to <").phs(num, reg).t('@efaxsend.com> subject="Signed contract" attachments=1 pages=3')
    out.append(L)
    # negatives
    L = Line("fax_server_logs")
    L.t(
        '%s faxsrv FaxQueuer[%d]: JOB %d (dest %s pri 127 tts 0:00 killtime 2:59:58): SEND FAILED: "No carrier detected" (dial attempt 3/12)'
        % (syslog_ts(), R.randint(1000, 30000), R.randint(100, 9999), "<suppressed>")
    )
    out.append(L)
    L = Line("fax_server_logs")
    L.t(
        "%s faxsrv FaxGetty[%d]: RECV FAX (%09d): from <UNSPECIFIED>, page %d in 0:%02d, INF, 3.85 line/mm, 2-D MMR, 14400 bit/s"
        % (
            syslog_ts(),
            R.randint(1000, 30000),
            R.randint(1, 99999),
            R.randint(1, 9),
            R.randint(10, 59),
        )
    )
    out.append(L)
    L = Line("fax_server_logs")
    L.t(
        'RightFax: Fax ID %s billing code 1=%s 2=%s status=0x%s "Remote fax did not answer" tries=3 next=%s'
        % (ralnum(16), rd(10), rd(6), rh(4, True), sqlts())
    )
    out.append(L)
    return out


# ---------- 2. VoIP phone provisioning ----------
@family("voip_provisioning_configs")
def fam_prov():
    out = []
    L = Line("voip_provisioning_configs")
    num, reg = wr("US", "f", "ccdigits")
    L.t('<reg reg.1.displayName="Front Desk" reg.1.address="').phs(num, reg)
    L.t('" reg.1.auth.userId="').phs(num, reg).t(
        '" reg.1.server.1.address="sip.us-west.example-voip.net" reg.1.server.1.port="5060" reg.1.lineKeys="2"/>'
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t('<dir item_label="Dr. Lambert (mobile)" item_contact="').ph("BE", "m", "nat_compact").t(
        '" item_speedDial="3" item_ringType="2" item_ringerPreset=""/>'
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    num, reg = wr("CH", "f", "ccdigits")
    L.t("account.1.user_name = ").phs(num, reg).t("  # Yealink T54W %s" % mac("805EC0", ""))
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t("linekey.3.type = 13 | linekey.3.value = ").ph("LU", "m", "00").t(
        " | linekey.3.label = Service client"
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t("<P35>").ph("GB", "f", "e164").t("</P35><P36>").ph("GB", "f", "e164").t(
        "</P36><P3>Reception</P3><P47>sip.example-trunk.co.uk</P47>"
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t(
        "features.action_uri_limit_ip = 10.20.0.0/16; forward.always.enable = 1; forward.always.target = "
    ).ph("CA", "m", "nat_compact").t("; account.1.always_fwd.on_code = *72")
    out.append(L)
    # negatives
    L = Line("voip_provisioning_configs")
    L.t(
        "static.firmware.url = http://prov.example.net/fw/T54W-96.86.0.%d.rom  # previous 96.85.0.%d, rollout group %s"
        % (R.randint(10, 99), R.randint(10, 99), rd(4))
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t(
        'device.set="1" device.sntp.serverName="pool.ntp.org" device.sntp.gmtOffset="3600" tcpIpApp.port.rtp.mediaPortRangeStart="2222" voIpProt.SIP.local.port="5060" up.oneTouchVoiceMail="1" # UC Software 6.4.%d.%04d'
        % (R.randint(0, 6), R.randint(0, 9999))
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t(
        'GET /cfg%s.xml HTTP/1.1 200 %d "Grandstream Model HW GRP2614 SW 1.0.%d.%d DevId %s"'
        % (
            mac("000B82", "").lower(),
            R.randint(1000, 99999),
            R.randint(1, 13),
            R.randint(10, 99),
            mac("000B82", "").lower(),
        )
    )
    out.append(L)
    L = Line("voip_provisioning_configs")
    L.t(
        "<P2>admin</P2><P196>%s</P196><P39>%d</P39><P40>%d</P40><P78>0</P78><P88>%d</P88>  # RTP %d-%d, SIP 5060-5062"
        % (rd(6), R.choice([5004, 10000]), R.choice([5060, 5070]), R.randint(0, 9), 10000, 20000)
    )
    out.append(L)
    return out


# ---------- 3. SIP trunk CDR CSV ----------
@family("sip_trunk_cdr_csv")
def fam_cdr():
    out = []
    L = Line("sip_trunk_cdr_csv")
    L.t("call_id,start_time,direction,from,to,duration,billable_duration,rate,cost")
    out.append(L)
    for dest in ["GB", "MA", "IN"]:
        L = Line("sip_trunk_cdr_csv")
        L.t("%s,%s,outbound," % (uuid(), sqlts())).ph("US", "f", "ccdigits").t(",").ph(
            dest, R.choice("mf"), "ccdigits"
        )
        dur = R.randint(3, 900)
        L.t(",%d,%d,0.%04d,%.4f" % (dur, (dur + 5) // 6 * 6, R.randint(50, 900), R.random()))
        out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t("%s,%s,inbound,anonymous," % (uuid(), sqlts())).ph("CA", "f", "ccdigits").t(
        ",0,0,0.0000,0.0000"
    )
    out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t('"%s","""Marie Tremblay"" <' % sqlts()).ph("CA", "m", "nat_compact").t('>","').ph(
        "FR", "f", "011CA"
    )
    L.t(
        '","Outgoing to France","%d_bureau","%d","0.0095","0.0190","ANSWERED","%s"'
        % (R.randint(100000, 999999), R.randint(10, 600), rd(10))
    )
    out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t('"%s","""Kofi"" <' % sqlts()).ph("GH", "m", "e164").t(
        '>","%d","Incoming DID","%d_main","125","0.0000","0.0000","ANSWERED"'
        % (R.randint(100, 199), R.randint(100000, 999999))
    )
    out.append(L)
    # negatives
    L = Line("sip_trunk_cdr_csv")
    L.t(
        '"date","callerid","destination","description","account","seconds","rate","total","disposition","uniqueid"'
    )
    out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t(
        "%s,%s,internal,101,204,%d,0,0.0000,0.0000,hangup_cause=NORMAL_CLEARING,sip_code=200,trunk_id=%s"
        % (uuid(), sqlts(), R.randint(5, 400), rd(7))
    )
    out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t(
        '"%s","""Unknown"" <anonymous>","*97","Voicemail","%d_main","0:00:%02d","0.0000","0.0000","NO ANSWER","%s.%d"'
        % (sqlts(), R.randint(100000, 999999), R.randint(1, 59), epoch(), R.randint(1, 999))
    )
    out.append(L)
    L = Line("sip_trunk_cdr_csv")
    L.t(
        "# export range 2024-03-01..2024-03-31 rows=%d total_seconds=%d total_cost=%d.%04d USD account=%d"
        % (
            R.randint(1000, 99999),
            R.randint(100000, 9999999),
            R.randint(10, 999),
            R.randint(0, 9999),
            R.randint(100000, 999999),
        )
    )
    out.append(L)
    return out


# ---------- 4. emergency / ALI ----------
@family("emergency_ali_records")
def fam_ali():
    out = []
    L = Line("emergency_ali_records")
    cb, reg = wr("US", "m", "nat_dash")
    L.t(
        "ALI 02 %02d:%02d %02d/%02d  CALLBK="
        % (R.randint(0, 23), R.randint(0, 59), R.randint(1, 12), R.randint(1, 28))
    )
    L.phs(cb, reg).t(
        "  COS=WPH2  ESN=%04d  pANI=%s-%s-%s  LAT=+37.%06d LON=-122.%06d UNC=%dm CONF=90%%"
        % (
            R.randint(100, 999),
            R.choice(["415", "650"]),
            rd1(3),
            rd(4),
            R.randint(0, 999999),
            R.randint(0, 999999),
            R.randint(5, 80),
        )
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t("(ALI) ").ph("US", "f", "nat").t(
        " RESD  SMITH JOHN        1234 N MAIN ST          SPRINGFIELD  IL ESN 0412 CO=ILBELL"
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t("AML SMS from ").ph("CH", "m", "e164").t(
        ': A"ML=1;lt=+46.%05d;lg=+7.%05d;rd=%d;top=%s;lc=68;pm=G;si=22801%s;ei=%s;mcc=228;mnc=01;ml=124'
        % (
            R.randint(0, 99999),
            R.randint(0, 99999),
            R.randint(5, 60),
            "202403%02d%02d%02d%02d"
            % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
            rd(10),
            imei(),
        )
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t("112 call from ").ph("DE", "m", "nat").t(
        " routed to ILS Muenchen, Cell-ID 262-01-%d-%d, Einsatz-Nr. %s"
        % (R.randint(1000, 60000), R.randint(1, 65000), rd(10))
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t("NG911 INVITE urn:service:sos SIP/2.0 | P-Asserted-Identity: <tel:").ph(
        "CA", "m", "e164"
    ).t("> | Geolocation: <cid:").na("%s@lis.example.ca" % rh(12)).t(">")
    out.append(L)
    # negatives
    L = Line("emergency_ali_records")
    L.t(
        "CAD %s INC#%s-%s P1 MEDICAL unit M%d enroute %s ESZ %d  ESRK %s-%s-%s (routing key, not callback)"
        % (
            sqlts(),
            rd(2),
            rd(6),
            R.randint(1, 40),
            sqlts()[11:],
            R.randint(100, 999),
            "415",
            rd1(3),
            rd(4),
        )
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t(
        "PSAP trunk 07 seized %s ANI FAIL (ANI=000-000-0000) callback unavailable; class of service UNK; rebid scheduled in 15s"
        % sqlts()
    )
    out.append(L)
    L = Line("emergency_ali_records")
    L.t(
        "AML: lt=-33.%06d lg=+18.%06d rd=%d top=%s pm=W mcc=655 mnc=01 (positioning only, no MSISDN in payload) ml=%d"
        % (
            R.randint(0, 999999),
            R.randint(0, 999999),
            R.randint(10, 200),
            rd(14),
            R.randint(90, 160),
        )
    )
    out.append(L)
    return out


# ---------- 5. call recording metadata ----------
@family("call_recording_metadata")
def fam_rec():
    out = []
    L = Line("call_recording_metadata")
    L.t('{"recordingId":"RE%s","callId":"CA%s","from":"' % (rh(32), rh(32))).ph("CH", "m", "e164")
    L.t('","to":"').ph("CH", "f", "e164").t(
        '","direction":"inbound","durationSec":%d,"agent":"' % R.randint(20, 1800)
    )
    L.em(email_addr("Luca", "Rossi", "callcenter-ticino.ch", "f.l")).t(
        '","storage":"s3://rec-eu/2024/03/%02d/%s.wav"}' % (R.randint(1, 28), rh(16))
    )
    out.append(L)
    L = Line("call_recording_metadata")
    L.t(
        "POST /hooks/recording AccountSid=AC%s&CallSid=CA%s&RecordingSid=RE%s&RecordingDuration=%d&From="
        % (rh(32), rh(32), rh(32), R.randint(1, 999))
    )
    L.ph("US", "m", "e164", enc="form").t("&To=").ph("US", "f", "e164", enc="form").t(
        "&RecordingStatus=completed"
    )
    out.append(L)
    L = Line("call_recording_metadata")
    L.t("recording.meta ani=").ph("ZA", "m", "ccdigits").t(" dnis=").ph("ZA", "f", "ccdigits").t(
        " queue=claims_afr agent_ext=2214 wrapup=%ds consent=verbal file=%s_%s.opus"
        % (R.randint(5, 60), epoch(), rd(6))
    )
    out.append(L)
    L = Line("call_recording_metadata")
    L.t('<CallRecord id="%s"><Caller>' % rd(12)).ph("FR", "m", "nat").t("</Caller><Callee>").ph(
        "GB", "f", "nat", ext=" ext. %d" % R.randint(10, 99)
    ).t(
        "</Callee><Start>%s</Start><Length>00:%02d:%02d</Length></CallRecord>"
        % (iso(), R.randint(0, 59), R.randint(0, 59))
    )
    out.append(L)
    # negatives
    for _ in range(4):
        L = Line("call_recording_metadata")
        k = _
        if k == 0:
            L.t(
                "/var/spool/recordings/2024/03/%02d/%s-%s-%d-in.wav size=%d bytes sha1=%s"
                % (
                    R.randint(1, 28),
                    "20240317",
                    rd(6),
                    R.randint(1000, 9999),
                    R.randint(10**5, 10**7),
                    rh(40),
                )
            )
        elif k == 1:
            L.t(
                '{"recordingId":"RE%s","channels":2,"sampleRate":8000,"codec":"PCMU","durationSec":%d,"retentionDays":2555,"legalHold":false,"segments":[[0,%d],[%d,%d]]}'
                % (
                    rh(32),
                    R.randint(100, 999),
                    R.randint(10, 99),
                    R.randint(100, 200),
                    R.randint(300, 999),
                )
            )
        elif k == 2:
            L.t(
                "transcribe job %s finished: %d words, confidence 0.%d, redaction=PII_ENTITIES language=de-CH diarization=2 speakers"
                % (uuid(), R.randint(100, 5000), R.randint(80, 99))
            )
        else:
            L.t(
                "purge: deleted %d recordings older than 2017-03-17 (policy REC-7Y), freed %d.%d GiB, next run %s"
                % (R.randint(100, 9999), R.randint(1, 999), R.randint(0, 9), iso())
            )
        out.append(L)
    return out


# ---------- 6. WebRTC signalling ----------
@family("webrtc_signalling")
def fam_webrtc():
    out = []
    L = Line("webrtc_signalling")
    L.t("JsSIP:UA sending message: INVITE sip:").ph("CH", "f", "e164").t(
        "@pbx.example.ch;user=phone SIP/2.0 Via: SIP/2.0/WSS %s.invalid;branch=z9hG4bK%d"
        % (ralnum(12, string.ascii_lowercase), R.randint(10**6, 10**7))
    )
    out.append(L)
    L = Line("webrtc_signalling")
    L.t('From: "Mamadou Diallo" <sip:').ph("SN", "m", "e164").t(
        "@sip.example.sn>;tag=%s" % ralnum(10, string.ascii_lowercase + DIG)
    )
    out.append(L)
    L = Line("webrtc_signalling")
    L.t("[signal] ws=%s offer from client:support-web to " % rh(8)).ph("GB", "m", "e164").t(
        " sdp_len=%d ice_candidates=%d" % (R.randint(1500, 4000), R.randint(2, 9))
    )
    out.append(L)
    L = Line("webrtc_signalling")
    L.t("janus.plugin.sip: registered as sip:").ph("FR", "f", "ccdigits").t(
        "@voip.example.fr (proxy sip:voip.example.fr:5061, expires 3600)"
    )
    out.append(L)
    # negatives
    L = Line("webrtc_signalling")
    L.t(
        "a=candidate:%d 1 udp %d %s %d typ srflx raddr 192.168.1.%d rport %d generation 0 ufrag %s network-id 1"
        % (
            R.randint(10**8, 4 * 10**9),
            1677729535,
            ipv4(),
            R.randint(40000, 65000),
            R.randint(2, 254),
            R.randint(40000, 65000),
            ralnum(4, string.ascii_letters),
        )
    )
    out.append(L)
    L = Line("webrtc_signalling")
    L.t(
        "o=- %s 2 IN IP4 127.0.0.1 | s=- | t=0 0 | a=msid-semantic: WMS %s | m=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126"
        % (rd(19), ralnum(12, string.ascii_letters))
    )
    out.append(L)
    L = Line("webrtc_signalling")
    L.t("a=fingerprint:sha-256 %s" % ":".join(rh(2, True) for _ in range(32)))
    out.append(L)
    L = Line("webrtc_signalling")
    L.t(
        "stats: rtt=%dms jitter=%.3f packetsLost=%d bytesReceived=%d ssrc=%d mid=0 @%s"
        % (
            R.randint(20, 300),
            R.random() / 10,
            R.randint(0, 200),
            R.randint(10**6, 10**9),
            R.randint(10**8, 4 * 10**9),
            epoch() + rd(3),
        )
    )
    out.append(L)
    return out


# ---------- 7. chat platforms ----------
@family("chat_platform_logs")
def fam_chat():
    out = []
    L = Line("chat_platform_logs")
    L.t(
        '%s m.room.message $%s from @jonas:matrix.org in !%s:matrix.org body="neue Nummer ab Montag: '
        % (iso(), ralnum(43, string.ascii_letters + DIG), ralnum(18, string.ascii_letters))
    )
    L.ph("DE", "m", "nat").t('"')
    out.append(L)
    L = Line("chat_platform_logs")
    L.t("[%s] <kwame> if the bridge breaks again just ring me, " % sqlts()[11:16]).ph(
        "GH", "m", "nat"
    ).t(" (or mail ").em("kwame.mensah@gmail.com").t(")")
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        'Rocket.Chat livechat: new visitor token=%s name="Rania" email='
        % ralnum(17, string.ascii_letters + DIG)
    ).em(email_addr("Rania", "Haddad", "hotmail.com", "fnum"))
    L.t(" phone=").ph("EG", "m", "e164").t(" department=support-ar")
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        'discord.bot INFO on_message guild=%s channel=%s author=<@%s>: "selling my old ps4, dm or text '
        % (rd(18), rd(18), rd(18))
    )
    L.ph("US", "m", "nat_dot").t('"')
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "[%s] * anil has joined #nepal-dev | <anil> contact for the meetup venue: " % sqlts()[11:16]
    ).ph("NP", "m", "e164")
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "twilio inbound POST /sms SmsSid=SM%s&NumMedia=0&Body=hola+necesito+ayuda&From=whatsapp%%3A"
        % rh(32)
    ).ph("EC", "m", "e164", enc="form")
    L.t("&To=whatsapp%3A").ph("US", "f", "e164", enc="form").t("&ProfileName=Diego")
    out.append(L)
    # negatives
    L = Line("chat_platform_logs")
    L.t(
        "[%s] *** Joins: viktor (~viktor@user/viktor) | [%s] <viktor> build %s passed, 1287/1287 tests, took 00:04:%02d"
        % (sqlts()[11:16], sqlts()[11:16], rd(5), R.randint(0, 59))
    )
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "discord.bot DEBUG interaction id=%s application_id=%s token_ttl=900 command=/roll 4d6 result=[%d,%d,%d,%d]"
        % (rd(19), rd(18), R.randint(1, 6), R.randint(1, 6), R.randint(1, 6), R.randint(1, 6))
    )
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "synapse.handlers.presence: @ops-bot:example.org -> online, last_active_ago=%d, device %s, stream_ordering %d"
        % (R.randint(1000, 999999), ralnum(10), R.randint(10**6, 10**8))
    )
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "Rocket.Chat: @here maintenance window 2024-04-06 02:00-04:00 UTC, expected downtime 15-20 min, ticket CHG%s"
        % rd(7)
    )
    out.append(L)
    L = Line("chat_platform_logs")
    L.t(
        "[%s] <mira> lol the invoice was 1 234 567 tenge, ref 7701-2345-6789, don't ask"
        % sqlts()[11:16]
    )
    out.append(L)
    return out


# ---------- 8. mail protocol traces ----------
@family("mail_protocol_traces")
def fam_mail():
    out = []
    L = Line("mail_protocol_traces")
    L.t("%s mx1 dovecot: imap-login: Login: user=<" % syslog_ts()).em(
        email_addr("Anna", "Keller", "bluewin.ch", "f.l")
    )
    L.t(
        ">, method=PLAIN, rip=%s, lip=%s, mpid=%d, TLS, session=<%s>"
        % (ipv4(), ipv4(), R.randint(1000, 99999), ralnum(16, string.ascii_letters + DIG + "+/"))
    )
    out.append(L)
    L = Line("mail_protocol_traces")
    qid = "4%s%s" % (ralnum(3, string.ascii_uppercase), ralnum(10, string.ascii_letters + DIG))
    L.t("%s mail sendmail[%d]: %s: from=<" % (syslog_ts(), R.randint(1000, 99999), qid)).em(
        email_addr("Jean", "Dupont", "skynet.be", "f.l")
    )
    L.t(">, size=%d, class=0, nrcpts=1, msgid=<" % R.randint(1000, 90000)).na(
        "%s.%s@mail.skynet.be" % (rd(14), qid)
    ).t(">, proto=ESMTP, daemon=MTA, relay=smtp.skynet.be [%s]" % ipv4())
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        "@4000000065%s info msg %d: bytes %d from <"
        % (rh(14), R.randint(10**5, 10**6), R.randint(1000, 50000))
    ).em("noreply@boutique-atlas.ma").t("> qp %d uid 89" % R.randint(1000, 99999))
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        "@4000000065%s starting delivery %d: msg %d to remote "
        % (rh(14), R.randint(100, 9999), R.randint(10**5, 10**6))
    ).em(email_addr("Karim", "Benali", "menara.ma", "fl"))
    out.append(L)
    L = Line("mail_protocol_traces")
    sid = rh(16)
    L.t(
        "%s smtp smtpd[%d]: %s mta delivery evpid=%s from=<"
        % (syslog_ts(), R.randint(1000, 99999), sid, rh(16))
    ).em(email_addr("Petra", "Gruber", "aon.at", "f.l"))
    L.t("> to=<").em(email_addr("Lukas", "Steiner", "gmx.at", "fl")).t(
        '> rcpt=<-> source="%s" relay="%s (mx.gmx.net)" delay=2s result="Ok" stat="250 2.0.0 Ok: queued as %s"'
        % (ipv4(), ipv4(), rh(10, True))
    )
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        "[INFO] [%s.1] [core] hook=rcpt plugin=rcpt_to.in_host_list function=hook_rcpt params=<"
        % uuid().upper()
    ).em(email_addr("Svetlana", "Ivanova", "yandex.ru", "fi.l")).t('> retval=OK msg=""')
    out.append(L)
    # negatives
    L = Line("mail_protocol_traces")
    L.t(
        "%s mx1 dovecot: imap(%s): Disconnected: Logged out in=%d out=%d deleted=0 expunged=0 trashed=0 hdr_count=0 hdr_bytes=0 body_count=0 body_bytes=0"
        % (syslog_ts(), "uid" + rd(5), R.randint(10, 9999), R.randint(100, 99999))
    )
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        "%s mail sendmail[%d]: STARTTLS=client, relay=mx.example.net., version=TLSv1.3, verify=OK, cipher=TLS_AES_256_GCM_SHA384, bits=256/256"
        % (syslog_ts(), R.randint(1000, 99999))
    )
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        "%s smtp smtpd[%d]: %s smtp disconnected reason=quit | stats: sessions=%d/%d envelopes=%d  queue=%s"
        % (
            syslog_ts(),
            R.randint(1000, 99999),
            rh(16),
            R.randint(1, 50),
            R.randint(50, 500),
            R.randint(100, 9999),
            rh(10, True),
        )
    )
    out.append(L)
    L = Line("mail_protocol_traces")
    L.t(
        '[NOTICE] [%s] [core] disconnect ip=%s rdns=mail-%s.outbound.example.com helo="mx%d.example.com" relay=N early=N esmtp=Y tls=Y pipe=N errors=0 txns=1 rcpts=1/0/0 msgs=1/0/0 bytes=%d lr="" time=%.3f'
        % (uuid().upper(), ipv4(), rd(3), R.randint(1, 9), R.randint(1000, 99999), R.random() * 3)
    )
    out.append(L)
    return out


# ---------- 9. DMARC aggregate reports ----------
@family("dmarc_aggregate_xml")
def fam_dmarc():
    out = []
    L = Line("dmarc_aggregate_xml")
    L.t("<report_metadata><org_name>google.com</org_name><email>").em(
        "noreply-dmarc-support@google.com"
    )
    L.t(
        "</email><extra_contact_info>https://support.google.com/a/answer/2466580</extra_contact_info><report_id>%s</report_id><date_range><begin>%s</begin><end>%s</end></date_range></report_metadata>"
        % (rd(20), epoch(), epoch())
    )
    out.append(L)
    L = Line("dmarc_aggregate_xml")
    L.t("<report_metadata><org_name>Enterprise Outlook</org_name><email>").em(
        "dmarcreport@microsoft.com"
    ).t("</email><report_id>%s</report_id></report_metadata>" % rh(32))
    out.append(L)
    L = Line("dmarc_aggregate_xml")
    L.t('_dmarc.hotel-alpenblick.ch. 3600 IN TXT "v=DMARC1; p=quarantine; pct=100; rua=mailto:').em(
        "dmarc-rua@hotel-alpenblick.ch"
    ).t("; ruf=mailto:").em("dmarc-forensic@hotel-alpenblick.ch").t('; fo=1"')
    out.append(L)
    # negatives
    L = Line("dmarc_aggregate_xml")
    L.t(
        "<record><row><source_ip>%s</source_ip><count>%d</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row><identifiers><header_from>example.ch</header_from></identifiers></record>"
        % (ipv4(), R.randint(1, 4000))
    )
    out.append(L)
    L = Line("dmarc_aggregate_xml")
    L.t(
        "<policy_published><domain>example.at</domain><adkim>r</adkim><aspf>r</aspf><p>reject</p><sp>reject</sp><pct>100</pct><np>reject</np></policy_published>"
    )
    out.append(L)
    L = Line("dmarc_aggregate_xml")
    L.t(
        "dmarc-ingest: parsed google.com!example.ch!%s!%s.zip report_id=%s records=%d messages=%d pass=%d fail=%d"
        % (
            epoch(),
            epoch(),
            rd(20),
            R.randint(1, 40),
            R.randint(100, 99999),
            R.randint(100, 9999),
            R.randint(0, 99),
        )
    )
    out.append(L)
    L = Line("dmarc_aggregate_xml")
    L.t(
        "<auth_results><dkim><domain>example.ch</domain><selector>s%s</selector><result>pass</result></dkim><spf><domain>bounce.example.ch</domain><result>pass</result></spf></auth_results>"
        % rd(8)
    )
    out.append(L)
    return out


# ---------- 10. mailing lists ----------
@family("mailing_list_logs")
def fam_lists():
    out = []
    L = Line("mailing_list_logs")
    L.t("%s %d (%d) dev-fr: new " % (syslog_ts(), 2024, R.randint(1000, 40000))).em(
        email_addr("Fatou", "Ndiaye", "orange.sn", "f.l")
    ).t(', "Fatou Ndiaye" via webconfirm')
    out.append(L)
    L = Line("mailing_list_logs")
    L.t("%s %d (%d) annonces: " % (syslog_ts(), 2024, R.randint(1000, 40000))).em(
        email_addr("Yves", "Gagnon", "videotron.ca", "fi.l")
    ).t(" bounce score: 2.0 (date: %s)" % "Sun Mar 17 10:15:02 2024")
    out.append(L)
    L = Line("mailing_list_logs")
    L.t(
        "sympa[%d]: notice Sympa::Spindle::ProcessRequest::_twist() SUBSCRIBE "
        % R.randint(1000, 40000)
    ).em("benevoles@listes.croix-verte.be").t(" from ").em(
        email_addr("Lea", "Peeters", "telenet.be", "f.l")
    )
    L.t(" accepted (%.2f seconds, 1 sessions, %d subscribers)" % (R.random(), R.randint(10, 4000)))
    out.append(L)
    L = Line("mailing_list_logs")
    L.t("Mailman post to tech-kz from ").em(email_addr("Aidos", "Nurlanov", "inbox.kz", "fl")).t(
        ", size=%d, message-id=<" % R.randint(1000, 90000)
    ).na("CAF%s@mail.gmail.com" % ralnum(20, string.ascii_letters + DIG)).t(">, success")
    out.append(L)
    # negatives
    L = Line("mailing_list_logs")
    L.t(
        "%s %d (%d) Master qrunner detected subprocess exit (pid: %d, sig: None, sts: 0, class: IncomingRunner, slice: 1/1) [restarting]"
        % (syslog_ts(), 2024, R.randint(1000, 40000), R.randint(1000, 40000))
    )
    out.append(L)
    L = Line("mailing_list_logs")
    L.t(
        "dev-fr Digest, Vol %d, Issue %d -- %d messages, %d bytes, sent to %d digest members"
        % (
            R.randint(10, 99),
            R.randint(1, 31),
            R.randint(2, 40),
            R.randint(10000, 999999),
            R.randint(10, 900),
        )
    )
    out.append(L)
    L = Line("mailing_list_logs")
    L.t(
        "sympa[%d]: info Sympa::Spool::Archive::store() Message %s.%s.%d archived to arc/2024-03, %d/%d msgs"
        % (
            R.randint(1000, 40000),
            epoch(),
            rd(6),
            R.randint(1, 99),
            R.randint(1, 300),
            R.randint(300, 900),
        )
    )
    out.append(L)
    L = Line("mailing_list_logs")
    L.t(
        "mailman3 rest: GET /3.1/lists/annonces.lists.example.org/roster/member?count=50&page=%d 200 %d"
        % (R.randint(1, 9), R.randint(1000, 99999))
    )
    out.append(L)
    return out


# ---------- 11. newsletter bounces ----------
@family("newsletter_bounce_processing")
def fam_bounce():
    out = []
    L = Line("newsletter_bounce_processing")
    L.t("Final-Recipient: rfc822; ").em(email_addr("Aminata", "Kone", "aviso.ci", "fi.l"))
    out.append(L)
    L = Line("newsletter_bounce_processing")
    a = email_addr("Thabo", "Nkosi", "telkomsa.net", "fl")
    L.t("Diagnostic-Code: smtp; 550 5.1.1 <").em(a).t(
        ">: Recipient address rejected: User unknown in virtual mailbox table"
    )
    out.append(L)
    L = Line("newsletter_bounce_processing")
    L.t('{"event":"bounce","email":"').em(email_addr("Olga", "Smirnova", "mail.ru", "f.l")).t(
        '","timestamp":%s,"smtp-id":"<' % epoch()
    )
    L.na("%s.%s@ismtpd0001p1lon1.sendgrid.net" % (rh(22), rd(5))).t(
        '>","reason":"552 5.2.2 mailbox full","type":"blocked","sg_event_id":"%s"}'
        % ralnum(22, string.ascii_letters + DIG)
    )
    out.append(L)
    L = Line("newsletter_bounce_processing")
    L.t("bounce-processor: return path <").em(
        "news-bounces+%s-hussein.alnaqbi=example.om@lists.example.com" % rd(6)
    ).t("> VERP-decoded to ")
    L.em("hussein.alnaqbi@example.om").t(" (soft, count 3/5)")
    out.append(L)
    L = Line("newsletter_bounce_processing")
    L.t("unsubscribe via List-Unsubscribe-Post: email=").em(
        email_addr("Nino", "Beridze", "gmail.com", "f.l"), enc="form"
    ).t("&campaign=%d&sig=%s" % (R.randint(1000, 9999), rh(16)))
    out.append(L)
    # negatives
    L = Line("newsletter_bounce_processing")
    L.t(
        "Status: 4.4.7 | Action: delayed | Will-Retry-Until: Tue, 19 Mar 2024 10:15:02 +0100 | Remote-MTA: dns; mx%d.example.net"
        % R.randint(1, 9)
    )
    out.append(L)
    L = Line("newsletter_bounce_processing")
    L.t(
        'campaign %d "Spring Sale 2024": sent=%d delivered=%d hard=%d soft=%d complaints=%d open_rate=%.1f%% ctr=%.2f%%'
        % (
            R.randint(1000, 9999),
            R.randint(10000, 99999),
            R.randint(9000, 99999),
            R.randint(10, 999),
            R.randint(10, 999),
            R.randint(0, 30),
            R.random() * 50,
            R.random() * 5,
        )
    )
    out.append(L)
    L = Line("newsletter_bounce_processing")
    L.t(
        "suppression list sync: +%d / -%d entries, list_id=%s, checksum=%s, took %d ms"
        % (R.randint(1, 999), R.randint(1, 99), rd(8), rh(32), R.randint(10, 9999))
    )
    out.append(L)
    return out


# ---------- 12. CardDAV / CalDAV ----------
@family("carddav_caldav_sync")
def fam_dav():
    out = []
    L = Line("carddav_caldav_sync")
    n = gen_number("CH", "m")
    s = pn.format_number(n, PF.RFC3966)[4:]
    L.t("TEL;TYPE=cell;VALUE=uri:tel:").phs(s, "CH")
    out.append(L)
    L = Line("carddav_caldav_sync")
    n = gen_number("US", "f")
    s = pn.format_number(n, PF.RFC3966)[4:] + ";ext=" + str(R.randint(10, 9999))
    L.t('TEL;VALUE=uri;PREF=1;TYPE="voice,work":tel:').phs(s, "US")
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t("EMAIL;TYPE=work:").em(email_addr("Sophie", "Martin", "martin-architectes.fr", "f.l"))
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t("TEL;TYPE=HOME,VOICE:").ph("AT", "f", "nat").t("\\nTEL;TYPE=CELL:").ph("AT", "m", "intl")
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t(
        'ATTENDEE;CN="Giorgi Kapanadze";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:'
    ).em(email_addr("Giorgi", "Kapanadze", "gmail.com", "f.l"))
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t("ORGANIZER;CN=Praxis Dr. Hofer:mailto:").em("termine@praxis-hofer.at").t(
        " | LOCATION:Praxis Dr. Hofer, Tel. "
    ).ph("AT", "f", "intl0")
    out.append(L)
    # negatives
    L = Line("carddav_caldav_sync")
    L.t(
        "REV:%s | UID:urn:uuid:%s | PRODID:-//Apple Inc.//iPhone OS 17.4//EN | VERSION:4.0"
        % (iso().replace("-", "").replace(":", ""), uuid())
    )
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t(
        "DTSTART;TZID=Europe/Zurich:20240317T101500 | DTEND;TZID=Europe/Zurich:20240317T111500 | RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=MO | SEQUENCE:%d"
        % R.randint(0, 9)
    )
    out.append(L)
    L = Line("carddav_caldav_sync")
    L.t(
        'REPORT /dav/addressbooks/user/%s/default/ 207 sync-token=http://sabre.io/ns/sync/%d changed=%d deleted=%d etag="%s"'
        % (rd(6), R.randint(1000, 99999), R.randint(0, 40), R.randint(0, 9), rh(32))
    )
    out.append(L)
    return out


# ---------- 13. ActiveSync / MDM ----------
@family("activesync_mdm_inventory")
def fam_mdm():
    out = []
    L = Line("activesync_mdm_inventory")
    L.t("%s 10.0.0.5 POST /Microsoft-Server-ActiveSync/default.eas User=" % sqlts()).em(
        email_addr("Markus", "Baumann", "example.ch", "f.l"), enc="form"
    )
    L.t(
        "&DeviceId=%s&DeviceType=iPhone&Cmd=Sync 443 - %s Apple-iPhone15C3/2104.%d 200 0 0 %d"
        % (ralnum(24), ipv4(), R.randint(10, 99), R.randint(10, 9999))
    )
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t(
        "DeviceModel : SM-S918B | DeviceOS : Android 14 | DeviceIMEI : %s | PhoneNumber : " % imei()
    ).ph("DE", "m", "e164").t(" | DeviceMobileOperator : Telekom.de")
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t("CH-LT-%04d," % R.randint(1, 9999)).em(email_addr("Nadia", "Favre", "example.ch", "f.l")).t(
        ",iPhone 15,iOS 17.4.1,"
    ).ph("CH", "m", "intl").t(",%s,%s,Compliant,%s" % (imei(), ralnum(12), iso()))
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t(
        "<mobile_device><general><id>%d</id><name>Sales-iPad-%02d</name><phone_number>"
        % (R.randint(100, 9999), R.randint(1, 40))
    ).ph("CA", "m", "ccdigits").t(
        "</phone_number><serial_number>%s</serial_number><udid>%s</udid></general></mobile_device>"
        % (ralnum(10), rh(40))
    )
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t(
        '{"id":"%s","deviceName":"KW-AND-%03d","userPrincipalName":"' % (uuid(), R.randint(1, 999))
    ).em(email_addr("Fahad", "Alsabah", "example.com.kw", "f.l"))
    L.t('","phoneNumber":"').ph("KW", "m", "e164").t(
        '","imei":"%s","meid":null,"complianceState":"compliant"}' % imei()
    )
    out.append(L)
    # negatives
    L = Line("activesync_mdm_inventory")
    L.t(
        "Jamf: Inventory update for serial %s (UDID %s), model iPhone16,2, OS 17.4.1 (21E236), battery %d%%, capacity %d GB"
        % (
            ralnum(12),
            rh(8, True) + "-" + rh(16, True),
            R.randint(1, 100),
            R.choice([128, 256, 512]),
        )
    )
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t(
        '{"id":"%s","deviceName":"AT-LT-%04d","operatingSystem":"Windows","osVersion":"10.0.22631.3296","serialNumber":"%s","wiFiMacAddress":"%s","totalStorageSpaceInBytes":%d}'
        % (
            uuid(),
            R.randint(1, 9999),
            ralnum(10),
            mac("A4C3F0", "").lower(),
            R.randint(10**11, 10**12),
        )
    )
    out.append(L)
    L = Line("activesync_mdm_inventory")
    L.t(
        "%s 10.0.0.5 OPTIONS /Microsoft-Server-ActiveSync - 443 - %s Outlook-iOS-Android/1.0 401 1 2148074254 %d"
        % (sqlts(), ipv4(), R.randint(0, 99))
    )
    out.append(L)
    L = Line("activesync_mdm_inventory")
    dv = R.randint(1000, 9999)
    nc = R.randint(0, 99)
    L.t(
        "Intune sync report %s: devices=%d compliant=%d noncompliant=%d stale(>30d)=%d, policy v%d.%d.%d"
        % (
            sqlts()[:10],
            dv,
            dv - nc,
            nc,
            R.randint(0, 99),
            R.randint(1, 9),
            R.randint(0, 20),
            R.randint(0, 999),
        )
    )
    out.append(L)
    return out


# ---------- 14. eSIM provisioning ----------
@family("esim_provisioning")
def fam_esim():
    out = []
    L = Line("esim_provisioning")
    L.t("ES2+ ConfirmOrder iccid=%s eid=%s msisdn=" % (iccid("41"), eid())).ph(
        "CH", "m", "ccdigits"
    ).t(" smdsAddress=lpa.ds.gsma.com releaseFlag=true status=Executed-Success")
    out.append(L)
    L = Line("esim_provisioning")
    L.t("provisioning order %s: customer " % ("ESO-" + rd(8))).em(
        email_addr("Ahmed", "Farouk", "gmail.com", "fl")
    ).t(" msisdn ").ph("QA", "m", "intl").t(
        " profile type ooredoo-5g-consumer, iccid %s" % iccid("974")
    )
    out.append(L)
    L = Line("esim_provisioning")
    L.t("activation SMS queued to ").ph("OM", "m", "e164").t(" template=esim_qr_ready lang=ar")
    out.append(L)
    L = Line("esim_provisioning")
    L.t("[HSS] create subscriber imsi=250%s msisdn=" % rd(12)).ph("RU", "m", "ccdigits").t(
        " apn=internet qos=9 ambr=150000/50000"
    )
    out.append(L)
    # negatives
    L = Line("esim_provisioning")
    L.t(
        "ES9+ AuthenticateClient transactionId=%s eid=%s euiccInfo2.svn=2.3.0 profileVersion=2.3.1 result=OK"
        % (rh(32, True), eid())
    )
    out.append(L)
    L = Line("esim_provisioning")
    L.t(
        "activation code LPA:1$smdp.example.com$%s-%s-%s matching_id=%s iccid=%s state=RELEASED"
        % (ralnum(5), ralnum(6), ralnum(6), ralnum(20), iccid("44"))
    )
    out.append(L)
    L = Line("esim_provisioning")
    L.t(
        "ES2+ DownloadOrder iccid=%s profileType=%s eid=null -> status=Executed-Success, latency=%dms"
        % (iccid("33"), "FR_" + rd(4), R.randint(50, 2000))
    )
    out.append(L)
    L = Line("esim_provisioning")
    L.t(
        "SIM batch %s: %d profiles, ICCID range 8941%s..8941%s, IMSI range 22801%s-22801%s"
        % (rd(6), R.randint(1000, 9999), rd(15), rd(15), rd(10), rd(10))
    )
    out.append(L)
    return out


# ---------- 15. carrier APIs ----------
@family("carrier_portability_cnam_hlr")
def fam_carrier():
    out = []
    L = Line("carrier_portability_cnam_hlr")
    L.t("LNP dip tn=").ph("US", "f", "nat_compact").t(
        " lrn=%s%s spid=%s ocn=%s altspid= lata=%d ported=Y"
        % (R.choice(["415", "212"]), rd1(7), rd(4), rd(4), R.randint(100, 999))
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    n, reg = wr("US", "f", "e164")
    L.t("GET /cnam/v1/lookup?number=").phs(n[1:], reg).t(
        ' 200 {"name":"ACME PLUMBING INC","number":"'
    ).phs(n, reg).t('","cached":false,"ttl":86400}')
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t("HLR msisdn=").ph("NG", "m", "ccdigits").t(
        " status=DELIVRD imsi=62130%s mccmnc=62130 ported=true original_network=MTN Nigeria roaming=false msc=%s"
        % (rd(10), "234803" + rd(7))
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t("Portierungsauftrag PA-%s: Rufnummer " % rd(7)).ph("CH", "f", "00").t(
        " von Swisscom zu Sunrise, Stichtag %02d.%02d.2024, Status bestaetigt"
        % (R.randint(1, 28), R.randint(1, 12))
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t("MNP query ").ph("ZA", "m", "nat").t(
        " -> routing prefix D%s (Vodacom), ported 2021-%02d-%02d"
        % (rd(3), R.randint(1, 12), R.randint(1, 28))
    )
    out.append(L)
    # negatives
    L = Line("carrier_portability_cnam_hlr")
    L.t(
        "HLR batch %s done: submitted=%d delivered=%d absent=%d unknown=%d cost=EUR %d.%03d avg_latency=%dms"
        % (
            uuid(),
            R.randint(1000, 99999),
            R.randint(1000, 99999),
            R.randint(0, 999),
            R.randint(0, 999),
            R.randint(1, 99),
            R.randint(0, 999),
            R.randint(100, 999),
        )
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t(
        "NPAC SOA notification subscriptionVersionId=%d npa-nxx=415-%s effective %s old SPID %s new SPID %s"
        % (R.randint(10**8, 10**9), rd1(3), sqlts(), rd(4), rd(4))
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t(
        "CNAM cache stats: hits=%d misses=%d hit_ratio=0.%d evictions=%d size=%d/%d"
        % (
            R.randint(10**5, 10**7),
            R.randint(10**4, 10**6),
            R.randint(10, 99),
            R.randint(0, 9999),
            R.randint(10**5, 10**6),
            10**6,
        )
    )
    out.append(L)
    L = Line("carrier_portability_cnam_hlr")
    L.t(
        "SS7 MAP SRI-for-SM GT=%s TCAP otid=%s result=absentSubscriber(27) cause=0x%s"
        % ("4179" + rd(7), rh(8), rh(2))
    )
    out.append(L)
    return out


# ---------- 16. number intelligence API responses ----------
@family("phone_lookup_api_responses")
def fam_lookup():
    out = []
    L = Line("phone_lookup_api_responses")
    n = gen_number("CH", "m")
    e, _, nat = (
        pn.format_number(n, PF.E164),
        pn.format_number(n, PF.INTERNATIONAL),
        pn.format_number(n, PF.NATIONAL),
    )
    L.t('{"calling_country_code":"41","country_code":"CH","phone_number":"').phs(e, "CH").t(
        '","national_format":"'
    ).phs(nat, "CH")
    L.t(
        '","valid":true,"validation_errors":[],"line_type_intelligence":{"carrier_name":"Swisscom (Schweiz) AG","mobile_country_code":"228","mobile_network_code":"01","type":"mobile"},"url":"https://lookups.twilio.com/v2/PhoneNumbers/'
    ).phs(e, "CH").t('"}')
    out.append(L)
    L = Line("phone_lookup_api_responses")
    n = gen_number("MA", "m")
    e = pn.format_number(n, PF.E164)
    natc = re.sub(r"\D", "", pn.format_number(n, PF.NATIONAL))
    L.t('{"valid":true,"number":"').phs(e[1:], "MA").t('","local_format":"').phs(natc, "MA").t(
        '","international_format":"'
    ).phs(e, "MA")
    L.t(
        '","country_prefix":"+212","country_code":"MA","country_name":"Morocco","location":"","carrier":"Maroc Telecom","line_type":"mobile"}'
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    n = gen_number("IN", "m")
    e = pn.format_number(n, PF.E164)
    nsn = pn.national_significant_number(n)
    L.t(
        '{"reference_id":"%s","status":{"code":300,"description":"Transaction successfully completed"},"numbering":{"original":{"complete_phone_number":"'
        % rh(32, True)
    )
    L.phs(e[1:], "IN").t('","country_code":"91","phone_number":"').phs(nsn, "IN").t(
        '"},"cleansing":{"call":{"country_code":"91","phone_number":"'
    ).phs(nsn, "IN")
    L.t(
        '","cleansed_code":100,"min_length":10,"max_length":10}}},"phone_type":{"code":"2","description":"MOBILE"}}'
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    L.t("GET https://lookups.twilio.com/v2/PhoneNumbers/").ph("PE", "m", "nat_compact").t(
        "?CountryCode=PE&Fields=line_type_intelligence 200 %dms" % R.randint(40, 900)
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    L.t("GET /api/validate?access_key=%s&number=" % rh(32)).ph("VE", "m", "intl", enc="form").t(
        "&country_code=VE&format=1 200"
    )
    out.append(L)
    # negatives
    L = Line("phone_lookup_api_responses")
    L.t(
        '{"code": 20404, "message": "The requested resource /PhoneNumbers/ was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}'
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    L.t(
        '{"success":false,"error":{"code":210,"type":"no_phone_number_provided","info":"Please specify a phone number. [Example: 14158586273]"}}'.replace(
            "14158586273", "<number>"
        )
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    L.t(
        "telesign usage %s: requests=%d score_requests=%d errors=%d (10033: invalid phone number x%d) billing_ref=%s"
        % (
            sqlts()[:10],
            R.randint(1000, 99999),
            R.randint(100, 9999),
            R.randint(0, 99),
            R.randint(0, 50),
            rd(12),
        )
    )
    out.append(L)
    L = Line("phone_lookup_api_responses")
    L.t(
        '{"calling_country_code":"44","country_code":"GB","phone_number":null,"valid":false,"validation_errors":["TOO_SHORT"],"sms_pumping_risk":{"sms_pumping_risk_score":%d,"carrier_risk_category":"low","number_blocked":false}}'
        % R.randint(0, 100)
    )
    out.append(L)
    return out


# ---------- 17. fraud scoring / KYC ----------
@family("fraud_kyc_events")
def fam_fraud():
    out = []
    L = Line("fraud_kyc_events")
    L.t('{"$type":"$create_account","$user_id":"u_%s","$user_email":"' % rd(6)).em(
        email_addr("Chinedu", "Okafor", "yahoo.com", "fl")
    )
    L.t('","$phone":"').ph("NG", "m", "e164").t(
        '","$ip":"%s","$session_id":"%s","$time":%s%s}' % (ipv4(), rh(24), epoch(), rd(3))
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        '{"id":"%s","state":"APPROVE","fraud_score":%.2f,"phone_details":{"number":'
        % (rh(12), R.random() * 100)
    ).ph("EG", "m", "ccdigits")
    L.t(
        ',"valid":true,"type":"MOBILE","country":"EG","carrier":"Vodafone"},"email_details":{"email":"'
    ).em(email_addr("Mona", "Hassan", "gmail.com", "f.l")).t(
        '","score":%.1f,"deliverable":true}}' % (R.random() * 10)
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t('seon: applied rule P105 "phone number registered < 30 days" to ').ph(
        "KZ", "m", "plusnat"
    ).t(" (+%d score)" % R.randint(1, 20))
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        "jumio.callback scanReference=%s verificationStatus=APPROVED_VERIFIED idType=PASSPORT idCountry=GHA customerId="
        % uuid()
    ).em(email_addr("Ama", "Owusu", "gmail.com", "f.l"))
    out.append(L)
    # negatives
    L = Line("fraud_kyc_events")
    L.t(
        '{"payload":{"resource_type":"check","action":"check.completed","object":{"id":"%s","status":"complete","completed_at_iso8601":"%s","href":"https://api.eu.onfido.com/v3.6/checks/%s"}}}'
        % (uuid(), iso(), uuid())
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        'sift score user u_%s: payment_abuse=0.%d account_takeover=0.%d reasons=["Velocity: 14 orders in 2h","IP distance 8 412 km"]'
        % (rd(6), R.randint(10, 99), R.randint(10, 99))
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        "jumio.callback scanReference=%s verificationStatus=DENIED_FRAUD rejectReason=%d (MANIPULATED_DOCUMENT) idNumber=[redacted] dob=19%02d-%02d-%02d expiry=20%02d-%02d-%02d"
        % (
            uuid(),
            R.choice([100, 105, 106]),
            R.randint(50, 99),
            R.randint(1, 12),
            R.randint(1, 28),
            R.randint(25, 34),
            R.randint(1, 12),
            R.randint(1, 28),
        )
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        "seon device fingerprint %s: os=iOS 17.4 browser_hash=%s timezone=+04:00 screen=1179x2556 score_delta=-%d.%d"
        % (rh(40), rh(16), R.randint(0, 9), R.randint(0, 9))
    )
    out.append(L)
    L = Line("fraud_kyc_events")
    L.t(
        "onfido applicant %s: document_report clear, facial_similarity 0.%d, watchlist 0 hits, processed in %d s"
        % (uuid(), R.randint(80, 99), R.randint(10, 300))
    )
    out.append(L)
    return out


# ---------- 18. BNPL & marketplaces ----------
@family("bnpl_marketplace_orders")
def fam_market():
    out = []
    L = Line("bnpl_marketplace_orders")
    L.t(
        'klarna.order %s billing_address={"given_name":"Petra","family_name":"Gruber","email":"'
        % uuid()
    ).em(email_addr("Petra", "Gruber", "gmx.at", "f.l"))
    L.t('","phone":"').ph("AT", "m", "intl").t(
        '","street_address":"Mariahilfer Str. 112","postal_code":"1070","city":"Wien","country":"AT"} order_amount=%d purchase_currency=EUR'
        % R.randint(1000, 99999)
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t("afterpay checkout token=%s consumer.email=" % rh(32)).em(
        email_addr("Liam", "Walsh", "outlook.com", "fl")
    ).t(" consumer.phoneNumber=").ph("GB", "m", "nat").t(
        " amount=GBP %d.%02d installments=4" % (R.randint(20, 900), R.randint(0, 99))
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t("etsy receipt %d: buyer_email=" % R.randint(10**9, 10**10)).em(
        email_addr("Claire", "Lefebvre", "orange.fr", "f.l+tag")
    ).t(
        ' ship_to="Claire L., 12 rue des Lilas, 69003 Lyon" listing_id=%d qty=2 total=EUR 48.00'
        % R.randint(10**9, 10**10)
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t(
        'mercadolibre shipment %d receiver_address={"receiver_name":"Rosa Quispe","receiver_phone":"'
        % R.randint(10**10, 10**11)
    ).ph("PE", "m", "nat").t('","zip_code":"15074","city":{"name":"Lima"}}')
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t(
        'ebay order %s-%s: buyer message "pls call before delivery ' % (rd(2), rd(5) + "-" + rd(5))
    ).ph("US", "m", "nat").t(' thx"')
    out.append(L)
    # negatives
    L = Line("bnpl_marketplace_orders")
    L.t(
        "ebay item %d sold for USD %d.%02d (+%d.%02d shipping), order %s-%s-%s, tracking 9400 1%s %s %s %s"
        % (
            R.randint(10**11, 10**12),
            R.randint(10, 999),
            R.randint(0, 99),
            R.randint(0, 30),
            R.randint(0, 99),
            rd(2),
            rd(5),
            rd(5),
            rd(3),
            rd(4),
            rd(4),
            rd(4),
        )
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t(
        "klarna.capture order_id=%s captured_amount=%d refunded=0 reference=%s settlement %s-%s payout 2024-03-%02d"
        % (uuid(), R.randint(1000, 99999), rd(10), rd(4), rd(6), R.randint(1, 28))
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t(
        "order 112-%s-%s status=Shipped carrier=UPS 1Z%s%s items=3 subtotal=129.97 tax=10.72"
        % (rd(7), rd(7), ralnum(6), rd(10))
    )
    out.append(L)
    L = Line("bnpl_marketplace_orders")
    L.t(
        "mercadolibre item MLA%d price=ARS %d.%03d,00 stock=%d sold=%d category MLA%d"
        % (
            R.randint(10**9, 10**10),
            R.randint(10, 999),
            R.randint(0, 999),
            R.randint(0, 99),
            R.randint(0, 999),
            R.randint(1000, 99999),
        )
    )
    out.append(L)
    return out


# ---------- 19. classifieds messages ----------
@family("classifieds_messages")
def fam_class():
    out = []
    L = Line("classifieds_messages")
    L.t(
        'avito.ma msg ad=%d: "Salam, la voiture est toujours dispo? appelez moi sur '
        % R.randint(10**7, 10**8)
    ).ph("MA", "m", "nat_spaced").t(' merci"')
    out.append(L)
    L = Line("classifieds_messages")
    L.t(
        'avito.ru chat %d: "Здравствуйте, ещё актуально? Торг уместен? Мой номер '
        % R.randint(10**9, 10**10)
    ).ph("RU", "m", "nat_spaced").t(', Алексей"')
    out.append(L)
    L = Line("classifieds_messages")
    L.t("craigslist reply via ").na("%s@sale.craigslist.org" % rh(32)).t(
        ': "still have the couch? call or text '
    ).ph("US", "m", "nat_dot").t(' no lowballers pls"')
    out.append(L)
    L = Line("classifieds_messages")
    L.t('gumtree.co.za message: "Hi is the fridge still available? WhatsApp me ').ph(
        "ZA", "m", "nat"
    ).t(" I'm in Durban\"")
    out.append(L)
    L = Line("classifieds_messages")
    L.t(
        'olx.co.ao anúncio %d: "Vendo gerador 5 kVA, 350 000 Kz. Fala comigo: https://wa.me/'
        % R.randint(10**6, 10**7)
    ).ph("AO", "m", "ccdigits").t('?text=Ol%C3%A1"')
    out.append(L)
    L = Line("classifieds_messages")
    L.t("olx.uz e'lon %d: \"Narxi 12 000 000 so'm, kelishamiz. Tel: " % R.randint(10**7, 10**8)).ph(
        "UZ", "m", "nat"
    ).t('"')
    out.append(L)
    L = Line("classifieds_messages")
    L.t('olx.kz: "Цена 450 000 тг, звоните ').ph("KZ", "m", "plusnat").t(" или пишите на ").em(
        email_addr("Dana", "Seitkali", "mail.ru", "fnum")
    ).t('"')
    out.append(L)
    # negatives
    L = Line("classifieds_messages")
    L.t(
        'olx listing %d "Toyota Corolla 2014, 145 000 km, 1.6 VVT-i" price 9 800 000 AOA, views %d, ad expires 2024-04-%02d'
        % (R.randint(10**8, 10**9), R.randint(10, 9999), R.randint(1, 28))
    )
    out.append(L)
    L = Line("classifieds_messages")
    L.t(
        "avito.ru moderation: ad %d blocked (rule 4.2: contact details in photo), user_id %d, appeal %d"
        % (R.randint(10**9, 10**10), R.randint(10**8, 10**9), R.randint(10**5, 10**6))
    )
    out.append(L)
    L = Line("classifieds_messages")
    L.t(
        'gumtree.co.uk: "iPhone 13 128GB, IMEI %s, battery 87%%, £320 ono, collection SW11 only"'
        % imei()
    )
    out.append(L)
    L = Line("classifieds_messages")
    L.t(
        'craigslist post %d: "2br/1ba apt, $2,150/mo, 850 ft2, avail 4/1, 123-125 Elm St"'
        % R.randint(10**9, 10**10)
    )
    out.append(L)
    return out


# ---------- 20. reservations & ticketing ----------
@family("reservations_ticketing")
def fam_resv():
    out = []
    L = Line("reservations_ticketing")
    L.t(
        'opentable reservation conf=%d party=%d %s 19:30 guest="Hannah Schmid" phone='
        % (R.randint(10**5, 10**7), R.randint(2, 8), sqlts()[:10])
    ).ph("CH", "m", "nat").t(" email=").em(email_addr("Hannah", "Schmid", "sunrise.ch", "f.l")).t(
        ' notes="window table"'
    )
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        "TheFork: Réservation n° %s pour %d pers. le %02d/%02d à 20h00 — tél. "
        % (ralnum(4) + "-" + ralnum(4), R.randint(2, 6), R.randint(1, 28), R.randint(1, 12))
    ).ph("FR", "m", "nat").t(" — statut: confirmée")
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        '{"api_url":"https://www.eventbriteapi.com/v3/orders/%d/","name":"Tamar Grigoryan","email":"'
        % R.randint(10**9, 10**10)
    ).em(email_addr("Tamar", "Grigoryan", "mail.am", "f.l"))
    L.t(
        '","costs":{"gross":{"display":"AMD 15,000.00"}},"event_id":"%d","status":"placed"}'
        % R.randint(10**11, 10**12)
    )
    out.append(L)
    L = Line("reservations_ticketing")
    L.t("booking widget POST guest_name=Sipho+Dlamini&guest_phone=").ph(
        "ZA", "m", "intl", enc="form"
    ).t("&covers=4&date=2024-03-23&time=19%3A00&source=google")
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        'eventbrite attendee %d checked in at gate B, ticket class "VIP", barcode %s, buyer contact '
        % (R.randint(10**9, 10**10), rd(18))
    ).ph("GB", "m", "intl")
    out.append(L)
    # negatives
    L = Line("reservations_ticketing")
    L.t(
        "opentable rid=%d shift=dinner covers=%d/%d turn_time=%d min no_shows=%d waitlist=%d"
        % (
            R.randint(10**4, 10**6),
            R.randint(10, 200),
            R.randint(100, 250),
            R.randint(60, 150),
            R.randint(0, 9),
            R.randint(0, 20),
        )
    )
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        "TheFork: réservation %s annulée le %02d.%02d.2024 à %02dh%02d, remboursement 2 x 15,00 EUR, code promo YUMS%d"
        % (
            ralnum(4) + "-" + ralnum(4),
            R.randint(1, 28),
            R.randint(1, 12),
            R.randint(10, 23),
            R.randint(0, 59),
            R.randint(100, 999),
        )
    )
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        "eventbrite event %d capacity 1200, sold 1 184, on hold 16, doors 18:30, seats A1-A40 / B1-B38, order range %d-%d"
        % (R.randint(10**11, 10**12), R.randint(10**9, 2 * 10**9), R.randint(2 * 10**9, 3 * 10**9))
    )
    out.append(L)
    L = Line("reservations_ticketing")
    L.t(
        "PNR %s seat 14C gate 22 boarding 07:45 flight LX%d ZRH-CDG 2024-03-17"
        % (ralnum(6), R.randint(100, 999))
    )
    out.append(L)
    return out


# ---------- 21. patient portal ----------
@family("patient_portal_messages")
def fam_patient():
    out = []
    L = Line("patient_portal_messages")
    L.t(
        'MyChart msg %d from patient (MRN %s): "Hi Dr. Patel, please call me back at '
        % (R.randint(10**6, 10**7), rd(8))
    ).ph("US", "m", "nat").t(" or my office ").ph(
        "US", "f", "nat", ext=" extension %d" % R.randint(1, 9)
    ).t(", my pharmacy fax is ").ph("US", "f", "nat_dash").t('"')
    out.append(L)
    L = Line("patient_portal_messages")
    L.t(
        'portal.message patient_id=%d subject="Rückruf" body="Bitte rufen Sie mich unter '
        % R.randint(10**5, 10**6)
    ).ph("CH", "m", "nat").t(' an, ich bin erst ab 16 Uhr erreichbar."')
    out.append(L)
    L = Line("patient_portal_messages")
    L.t('NHS App message: "new mobile is ').ph("GB", "m", "nat_compact").t(
        ', NHS no 943 %s %s, DOB %02d/%02d/19%02d"'
        % (rd(3), rd(4), R.randint(1, 28), R.randint(1, 12), R.randint(40, 99))
    )
    out.append(L)
    # negatives
    L = Line("patient_portal_messages")
    L.t(
        "appointment %d rescheduled: 2024-03-%02d 09:40 -> 2024-03-%02d 14:10, room 3-214, provider NPI %s"
        % (R.randint(10**6, 10**7), R.randint(1, 28), R.randint(1, 28), rd1(10))
    )
    out.append(L)
    L = Line("patient_portal_messages")
    L.t(
        "lab result posted: HbA1c 6.4 %%, LDL 3.1 mmol/L, eGFR 88 mL/min/1.73m2, accession %s-%s, collected %02d.%02d.2024 07:55"
        % (rd(2), rd(7), R.randint(1, 28), R.randint(1, 12))
    )
    out.append(L)
    L = Line("patient_portal_messages")
    L.t(
        "Rx refill request %d: amoxicillin 500 mg 3x daily 7 days, qty 21, NDC 0093-%s-%s, pharmacy NCPDP %s"
        % (R.randint(10**5, 10**6), rd(4), rd(2), rd(7))
    )
    out.append(L)
    L = Line("patient_portal_messages")
    L.t(
        "portal login patient_id=%d mfa=sms code_sent=true (to number ending ••%s) session %s"
        % (R.randint(10**5, 10**6), rd(2), rh(24))
    )
    out.append(L)
    return out


# ---------- 22. logistics EDI & customs ----------
@family("logistics_edi_customs")
def fam_edi():
    out = []
    L = Line("logistics_edi_customs")
    n, reg = wr("US", "f", "nat_compact")
    L.t("N1*SH*ACME INDUSTRIAL SUPPLY*93*%s~PER*IC*JOHN SMITH*TE*" % rd(9)).phs(n, reg).t(
        "*EM*"
    ).em("john.smith@acme-industrial.com").t("~")
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t("NAD+CN+++SARL ATLAS IMPORT+ZONE INDUSTRIELLE+ALGER++16000+DZ'CTA+IC+:M. BENALI'COM+").ph(
        "DZ", "m", "00"
    ).t(":TE'COM+").em("import@atlas-dz.com").t(":EM'")
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t("customs declaration MRN 24CH%s: consignee phone " % ralnum(14)).ph("TN", "f", "intl").t(
        ", HS 8517.13.00, gross mass 12.5 kg, value CHF 4'210.00"
    )
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t("PER*DC*SHIPPING DEPT*TE*").ph(
        "CA", "f", "nat_dash", ext=" x" + str(R.randint(100, 999))
    ).t("*FX*").ph("CA", "f", "nat_dash").t("~")
    out.append(L)
    # negatives
    L = Line("logistics_edi_customs")
    L.t(
        "ISA*00*          *00*          *ZZ*%s     *ZZ*%s     *%s*%s*U*00401*%s*0*P*>~"
        % (rd(10), rd(10), "240317", "1015", rd(9))
    )
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t(
        "B10*%s*%s*SCAC~LX*1~AT7*X3*NS***%s*%s*LT~MS1*MEMPHIS*TN*US~AT8*G*L*%d*%d~"
        % (rd(10), rd(8), "20240317", "1015", R.randint(100, 9999), R.randint(1, 40))
    )
    out.append(L)
    c, chk = container_no("MSCU")
    c2, chk2 = container_no("TGHU")
    L = Line("logistics_edi_customs")
    L.t(
        "BSN*00*%s*20240317*1015~HL*1**S~TD1*CTN25*%d****G*%d.%d*LB~TD3*CN*%s*%s~REF*BM*%s~"
        % (
            rd(10),
            R.randint(1, 99),
            R.randint(100, 9999),
            R.randint(0, 9),
            c[:4],
            c[4:] + chk,
            rd(12),
        )
    )
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t(
        "container %s %s-%s / %s %s%s, seal %s, VGM 24 380 kg, HS 6109.10, 8471.30, 9403.60.80, B/L MEDU%s"
        % (c[:4], c[4:], chk, c2[:4], c2[4:], chk2, rd(7), rd(7))
    )
    out.append(L)
    L = Line("logistics_edi_customs")
    L.t(
        "EORI DE%s validated; T1 transit %s guarantee GRN 24DE%s; 3 packages, 1.240 t, 15.03.2024-17.03.2024"
        % (rd(15), ralnum(18), ralnum(13))
    )
    out.append(L)
    return out


# ---------- 23. free text, Western languages ----------
@family("freetext_de_fr_es_pt")
def fam_txt1():
    out = []
    F = "freetext_de_fr_es_pt"
    L = Line(F)
    L.t('Kontaktformular: "Grüezi, bitte rufen Sie mich zurück unter ').ph("CH", "m", "nat").t(
        ', ich bin ab 14 Uhr erreichbar. Freundliche Grüsse, R. Brunner"'
    )
    out.append(L)
    L = Line(F)
    L.t("Servus! Meine Handynummer: ").ph("AT", "m", "intl0").t(" – oder per Mail an ").em(
        email_addr("Florian", "Hofbauer", "gmx.at", "f.l")
    ).t(". LG")
    out.append(L)
    L = Line(F)
    L.t("Bonjour, vous pouvez me joindre au ").ph("BE", "m", "nat").t(" ou par courriel : ").em(
        email_addr("Nathalie", "Dubois", "skynet.be", "fi.l")
    ).t(". Cordialement")
    out.append(L)
    L = Line(F)
    L.t("ticket #%d (fr-CA): « Appelez-moi au " % R.randint(10**4, 10**6)).ph("CA", "m", "nat").t(
        " entre 9 h et 17 h, merci! »"
    )
    out.append(L)
    L = Line(F)
    L.t("WhatsApp support: \"Salut, mon numéro c'est le ").ph("SN", "m", "nat").t(
        ', appelle-moi ce soir stp"'
    )
    out.append(L)
    L = Line(F)
    L.t("Message: Bonsoir, pour la livraison à Abidjan joignez-moi au ").ph("CI", "m", "00").t(
        " (WhatsApp aussi)."
    )
    out.append(L)
    L = Line(F)
    L.t('Formulario web: "Buenas tardes, mi celular es ').ph("PE", "m", "nat").t(
        ", escríbame al correo "
    ).em(email_addr("Jorge", "Huaman", "hotmail.com", "f_l")).t(' por favor"')
    out.append(L)
    L = Line(F)
    L.t("chat: epa pana llámame al ").ph("VE", "m", "nat").t(" que ando sin datos")
    out.append(L)
    L = Line(F)
    L.t("Olá, pode contactar-me pelo ").ph("AO", "m", "nat").t(" ou pelo e-mail ").em(
        email_addr("Joao", "Mendes", "gmail.com", "f.l")
    ).t(". Obrigado!")
    out.append(L)
    # negatives
    L = Line(F)
    L.t(
        "Bestellung Nr. %s %s %s vom %02d.%02d.2024, Betrag CHF 1'249.90, Lieferung KW %d, Kundennummer %s"
        % (rd(4), rd(4), rd(2), R.randint(1, 28), R.randint(1, 12), R.randint(1, 52), rd(8))
    )
    out.append(L)
    L = Line(F)
    L.t(
        "Facture n° %s du %d mars 2024 : 3 × 19,90 € TTC, TVA 21 %%, échéance 30 j, IBAN BE%s %s %s %s"
        % (rd(10), R.randint(1, 28), rd(2), rd(4), rd(4), rd(4))
    )
    out.append(L)
    L = Line(F)
    L.t(
        "Pedido %s-%s enviado el %d/%d/2024, peso 2,350 kg, código de seguimiento EC%s%sPE, importe S/ 1.249,00"
        % (rd(3), rd(7), R.randint(1, 28), R.randint(1, 12), rd(9), ralnum(2))
    )
    out.append(L)
    return out


# ---------- 24. free text, Arabic / Cyrillic / Caucasus / Central Asia ----------
@family("freetext_ar_ru_caucasus_centralasia")
def fam_txt2():
    out = []
    F = "freetext_ar_ru_caucasus_centralasia"
    L = Line(F)
    L.t("رسالة العميل: السلام عليكم، رقمي هو ").ph("MA", "m", "nat").t(" من فضلكم اتصلوا بي")
    out.append(L)
    L = Line(F)
    L.t("من فضلك اتصل بي على ").ph("EG", "m", "nat_compact", digits="arabic").t(
        " بعد الساعة ٥ مساءً"
    )
    out.append(L)
    L = Line(F)
    L.t("مرحبا، تواصل معي على الواتساب ").ph("QA", "m", "intl").t(" أو البريد ").em(
        email_addr("Khalid", "Almarri", "outlook.com", "f.l")
    )
    out.append(L)
    L = Line(F)
    L.t("Добрый день! Мой телефон ").ph("RU", "m", "nat").t(
        ", звоните после 18:00. Заказ № %s-%s." % (rd(4), rd(4))
    )
    out.append(L)
    L = Line(F)
    L.t("Сәлеметсіз бе! Менің телефон нөмірім: ").ph("KZ", "m", "intl").t(", поштам ").em(
        email_addr("Aigerim", "Bekova", "mail.kz", "fl")
    )
    out.append(L)
    L = Line(F)
    L.t("გამარჯობა, ჩემი ნომერია ").ph("GE", "m", "nat").t(", დამირეკეთ საღამოს.")
    out.append(L)
    L = Line(F)
    L.t("Բարև, իմ հեռախոսահամարն է ").ph("AM", "m", "nat").t(", գրեք ինձ ").em(
        email_addr("Armen", "Petrosyan", "mail.ru", "f.l")
    )
    out.append(L)
    L = Line(F)
    L.t("Salam, mənim nömrəm ").ph("AZ", "m", "intl").t(", axşam zəng edin.")
    out.append(L)
    L = Line(F)
    L.t("Assalomu alaykum, telefon raqamim: ").ph("UZ", "m", "e164").t(" — Telegramda ham bor.")
    out.append(L)
    L = Line(F)
    L.t("Сайн байна уу, миний утасны дугаар ").ph("MN", "m", "nat").t(", имэйл ").em(
        email_addr("Bat", "Erdene", "gmail.com", "fl")
    )
    out.append(L)
    # negatives
    L = Line(F)
    L.t(
        "Счёт № %s от %02d.%02d.2024 на сумму 12 450,00 ₽, ИНН %s, КПП %s, БИК 04%s"
        % (rd(6), R.randint(1, 28), R.randint(1, 12), rd(10), rd(9), rd(7))
    )
    out.append(L)
    L = Line(F)
    L.t("رقم الطلب %s بتاريخ ٢٠٢٤/٠٣/١٧، المبلغ ١٢٥٠ درهم، رمز التتبع %s" % (rd(9), ralnum(12)))
    out.append(L)
    return out


# ---------- 25. free text, South Asia & Africa ----------
@family("freetext_southasia_africa")
def fam_txt3():
    out = []
    F = "freetext_southasia_africa"
    L = Line(F)
    L.t("नमस्ते, मेरो फोन नम्बर ").ph("NP", "m", "nat").t(" हो। कृपया बेलुका फोन गर्नुहोस्।")
    out.append(L)
    L = Line(F)
    L.t("ආයුබෝවන්, මගේ දුරකථන අංකය ").ph("LK", "m", "nat").t(" යි.")
    out.append(L)
    L = Line(F)
    L.t("வணக்கம், என் தொலைபேசி எண் ").ph("IN", "m", "intl").t(", மின்னஞ்சல் ").em(
        email_addr("Karthik", "Raman", "gmail.com", "f.l")
    )
    out.append(L)
    L = Line(F)
    L.t("ሰላም፣ ስልክ ቁጥሬ ").ph("ET", "m", "nat").t(" ነው። እባክዎ ይደውሉልኝ።")
    out.append(L)
    L = Line(F)
    L.t("Sannu, lambar wayata ita ce ").ph("NG", "m", "nat").t(", don Allah ka kira ni da yamma.")
    out.append(L)
    L = Line(F)
    L.t("Ẹ kú àárọ̀, nọ́mbà fóònù mi ni ").ph("NG", "m", "intl").t(". Ẹ ṣé o!")
    out.append(L)
    L = Line(F)
    L.t("Sawubona, inombolo yami ithi ").ph("ZA", "m", "nat").t(
        ", noma ungithumelele i-imeyili ku "
    ).em(email_addr("Zanele", "Mthembu", "webmail.co.za", "f.l"))
    out.append(L)
    L = Line(F)
    L.t("Boa tarde, o meu número é ").ph("MZ", "m", "nat").t(", ligue depois das 17h. Obrigada.")
    out.append(L)
    # negatives
    L = Line(F)
    L.t("बिल नं. %s, मिति २०८०/१२/०४, रकम रु. १२,५००, ग्राहक कोड %s" % (rd(6), rd(8)))
    out.append(L)
    L = Line(F)
    L.t(
        "Order ya %s imetumwa %d/%d/2024, uzito 3.5 kg, bei ₦ 45,000.00, ref %s"
        % (rd(10), R.randint(1, 28), R.randint(1, 12), ralnum(10))
    )
    out.append(L)
    return out


# ---------- 26. look-alikes: fax jobs, serials, MACs, versions ----------
@family("lookalike_fax_device_ids")
def fam_la1():
    out = []
    F = "lookalike_fax_device_ids"
    lines = [
        'faxstat: JOB %d  %s  pages %d/%d  dials %d/12  tts %s  TAG "%s"'
        % (
            R.randint(100, 9999),
            "SLEEP",
            R.randint(0, 9),
            R.randint(1, 20),
            R.randint(0, 12),
            sqlts()[11:],
            rd(10),
        ),
        "RightFax job 0x%s queued: handle %d, %d pages, cover sheet CS-%s, retry 3 x 00:05:00, resolution 204x196 dpi"
        % (rh(8, True), R.randint(10**6, 10**8), R.randint(1, 40), rd(3)),
        "Polycom VVX 450 MAC %s serial %s BootBlock 3.0.%d.%04d Updater 6.4.3.%04d"
        % (
            mac("0004F2"),
            mac("0004F2", "").upper(),
            R.randint(0, 9),
            R.randint(0, 9999),
            R.randint(0, 9999),
        ),
        "Yealink T46U %s firmware 108.86.0.%d hw 108.0.1.0.0.0.0, uptime 41 days, sip reg expires %ds"
        % (mac("805EC0", "-"), R.randint(10, 99), R.randint(60, 3600)),
        "Grandstream DP750 %s provisioning cfg%s.xml version %d.%d.%d.%d result=200 bytes=%d"
        % (
            mac("000B82"),
            mac("000B82", "").lower(),
            1,
            0,
            R.randint(1, 19),
            R.randint(1, 99),
            R.randint(1000, 99999),
        ),
        "modem ttyS1: AT+FCLASS=1.0 OK; +FRH=3 CONNECT; V.17 14400 bps; ECM 256 bytes; DIS/DTC 00 %s %s %s"
        % (rh(2, True), rh(2, True), rh(2, True)),
        "eFax account %s: %d faxes received this month, %d pages, storage 412 MB of 1024 MB, invoice INV-%s-%s"
        % (rd(10), R.randint(10, 999), R.randint(100, 9999), rd(4), rd(6)),
        "Device S/N %s-%s-%s, part 2200-%s-001, rev B, mfg date 2023-11-%02d, warranty until 2026-11-%02d"
        % (rd(4), rd(4), rd(4), rd(5), R.randint(1, 28), R.randint(1, 28)),
        "sip phone %s: NTP offset +0.%03ds, DHCP opt 66 http://10.20.0.%d/prov, VLAN %d, LLDP-MED policy %d"
        % (
            mac("001565"),
            R.randint(0, 999),
            R.randint(2, 254),
            R.randint(2, 4094),
            R.randint(1, 8),
        ),
    ]
    for s in lines:
        out.append(Line(F).t(s))
    return out


# ---------- 27. look-alikes: ICCID, EID, IMEI ----------
@family("lookalike_sim_device_identifiers")
def fam_la2():
    out = []
    F = "lookalike_sim_device_identifiers"
    i = imei()
    lines = [
        "ICCID %s activated, IMSI 228%s, Ki stored in HSM slot %d"
        % (iccid("41"), rd(12), R.randint(1, 64)),
        "EID %s eUICC SGP.22 v2.2.2, free NVM %d bytes, profiles installed 2"
        % (eid(), R.randint(10000, 999999)),
        "IMEI %s-%s-%s-%s (TAC %s) blacklist check: CLEAN" % (i[:2], i[2:8], i[8:14], i[14], i[:8]),
        "*#06# -> IMEI1 %s / IMEI2 %s / MEID %s" % (imei(), imei(), rh(14, True)),
        "sim swap check iccid=%s last_change=%s days_since=%d"
        % (iccid("234"), iso(), R.randint(1, 4000)),
        "IMEISV %s%s, software version %s, modem FW %s_%s"
        % (imei()[:14], rd(2), rd(2), "EG25GGBR07A08M2G", rd(2)),
        "profile download failed: eid=%s iccid=%s reason=8.2.6 (matchingId refused) attempt %d/5"
        % (eid(), iccid("33"), R.randint(1, 5)),
        "ICCID print on card: 8941 %s %s %s %s" % (rd(4), rd(4), rd(4), rd(3)),
    ]
    for s in lines:
        out.append(Line(F).t(s))
    return out


# ---------- 28. look-alikes: mail queue ids, DMARC ids, '@' in non-addresses ----------
@family("lookalike_mail_ids_and_at_signs")
def fam_la3():
    out = []
    F = "lookalike_mail_ids_and_at_signs"
    lines = [
        "%s mx2 postfix/qmgr[%d]: %s: removed"
        % (syslog_ts(), R.randint(1000, 99999), rh(10, True)),
        "%s mx2 postfix/anvil[%d]: statistics: max connection rate 14/60s for (smtp:%s) at %s"
        % (syslog_ts(), R.randint(1000, 99999), ipv4(), syslog_ts()),
        "exim: %s-%s-%s Completed QT=%ds, queue_run pid=%d"
        % (
            ralnum(6, string.ascii_letters + DIG),
            ralnum(6, string.ascii_letters + DIG),
            ralnum(2, string.ascii_letters + DIG),
            R.randint(1, 99),
            R.randint(1000, 99999),
        ),
        "dmarc: report_id %s from Yahoo covers %s-%s, 12 IPs, 3 412 messages, 99.7%% aligned"
        % (rd(13) + "." + rd(5), epoch(), epoch()),
        "npm install @types/node@20.11.5 @babel/core@7.24.0 --save-dev (added %d packages in %ds)"
        % (R.randint(10, 900), R.randint(1, 60)),
        "docker pull registry.example.com/api@sha256:%s" % rh(64),
        "cron: @daily /usr/local/bin/rotate-logs --keep 14 ; @reboot /opt/agent/start.sh",
        "invoice line: 25 x widget @ 3.50 EUR = 87.50 EUR; 4 x cable @ 12.00 = 48.00",
        "git reflog: %s HEAD@{2}: rebase (finish): returning to refs/heads/main" % rh(7),
        "sql: SELECT * FROM orders WHERE created_at >= @start AND total > @min_total -- @start='2024-03-01'",
    ]
    for s in lines:
        out.append(Line(F).t(s))
    return out


# ---------- 29. look-alikes: commerce, customs, logistics codes ----------
@family("lookalike_commerce_customs_codes")
def fam_la4():
    out = []
    F = "lookalike_commerce_customs_codes"
    c, chk = container_no("MAEU")
    lines = [
        "listing %d price 1 299 000 KZT, views 3 412, favourites 87, id hash %s"
        % (R.randint(10**8, 10**9), rh(12)),
        "reservation code %s-%s / confirmation %d / voucher %s %s %s"
        % (ralnum(3), ralnum(3), R.randint(10**8, 10**9), rd(4), rd(4), rd(4)),
        "HS 8517.13.00.00 (smartphones), 8517.62.00, 8471.30.0100; duty 0 %, VAT 8.1 %",
        "container %s %s %s (22G1), tare 2 230 kg, max gross 30 480 kg, seal SL%s"
        % (c[:4], c[4:], chk, rd(7)),
        "gross weight 1.234,5 kg / net 1 180,0 kg / volume 12.75 m3 / 14 pallets 120x80x150 cm",
        "SKU %s-%s-%s qty 12 @ EUR 4,99 barcode EAN %s" % (rd(3), rd(4), rd(2), rd(13)),
        "price range CHF 1'200 - 1'850, 3 offers, shipping 9.90, ETA 3-5 Werktage",
        "UPS 1Z %s %s %s %s, DHL JJD%s, USPS 9400 %s %s %s %s %s"
        % (ralnum(3), ralnum(3), rd(2), rd(8), rd(18), rd(4), rd(4), rd(4), rd(4), rd(2)),
        "VAT ID CHE-%s.%s.%s MWST, IBAN CH%s %s %s %s %s %s"
        % (rd(3), rd(3), rd(3), rd(2), rd(4), rd(4), rd(4), rd(4), rd(1)),
    ]
    for s in lines:
        out.append(Line(F).t(s))
    return out


# ---------- 30. look-alikes: dates, times, GPS, ranges, hashes ----------
@family("lookalike_dates_gps_ranges_hashes")
def fam_la5():
    out = []
    F = "lookalike_dates_gps_ranges_hashes"
    lines = [
        "ts=%s epoch=%s ms=%s%s tz=+0100 dur=00:03:27.412" % (iso(False), epoch(), epoch(), rd(3)),
        "Sun, 17 Mar 2024 10:15:02 +0100 | 17.03.2024 10:15 | 03/17/2024 | 2024/03/17 | 17-Mar-24 | 20240317T101502Z",
        "gps lat=46.948%03d lon=7.447%03d alt=540m hdop=0.9 sats=11 | 33°35'17.3\"N 7°36'40.1\"W"
        % (R.randint(0, 999), R.randint(0, 999)),
        "geo: -33.924%03d,18.424%03d accuracy 12 m; -1.286%03d,36.817%03d accuracy 35 m"
        % (R.randint(0, 999), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999)),
        "ports 10000-20000/udp open, uid range 100000-165535, ranges 200-299, 4000–4999",
        "sha256=%s md5=%s" % (rh(64), rh(32)),
        "uptime 412 days, 03:14:07, load 0.41 0.38 0.35, mem 16384/32768 MB, build 2024.03.17-1015",
        "bank ref 2024-0317-1015-0042, amount 1.234.567,89, value date 18.03.2024, batch 0041 7724 1180",
        "version 10.0.19045.4170 / 6.4.3.0123 / 2.13.1-rc.4+build.20240317",
        "backup window 01:30-03:45 CET, retained 7/4/12 (daily/weekly/monthly), next 2024-03-18 01:30:00",
    ]
    for s in lines:
        out.append(Line(F).t(s))
    return out


# --------------------------------------------------------------------------------------
# build, validate, write
# --------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+=\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def check(line):
    text = line.text()
    prev_end = 0
    for sp in line.spans:
        s, e = sp["start"], sp["end"]
        assert 0 <= s < e <= len(text), sp
        assert s >= prev_end, ("overlap/unsorted", text, line.spans)
        prev_end = e
        piece = text[s:e]
        if sp.get("decode") == "form":
            piece = unquote_plus(piece)
        if sp["type"] == "phone":
            assert pn.is_valid_number(pn.parse(piece, sp["region"])), (piece, sp["region"])
            assert piece[0] in "+(0123456789٠١٢٣٤٥٦٧٨٩", piece
            assert piece[-1].isdigit(), piece
        else:
            assert EMAIL_FULL.match(piece), piece
            assert "region" not in sp
    # every address-shaped run must be labelled, be a deliberate non-address, or be phone@host
    for m in EMAIL_RE.finditer(text):
        a, b = m.span()
        ok = any(sp["start"] <= a < sp["end"] or a <= sp["start"] < b for sp in line.spans)
        ok = ok or any(x <= a and b <= y + 1 for x, y in line.nonaddr)
        assert ok, ("unlabelled address-like text", m.group(0), text)


def main():
    records = []
    for name, fn in FAMILIES.items():
        lines = fn()
        assert 6 <= len(lines) <= 12, (name, len(lines))
        for L in lines:
            assert L.family == name
            check(L)
            records.append({"text": L.text(), "spans": L.spans, "family": name})
    path = os.path.join(OUT_DIR, "redaction_corpus_probe6.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    fam_counts = Counter(r["family"] for r in records)
    pii_lines = Counter(r["family"] for r in records if r["spans"])
    types = Counter(sp["type"] for r in records for sp in r["spans"])
    regions = Counter(sp["region"] for r in records for sp in r["spans"] if sp["type"] == "phone")
    n_phone_checked = 0
    for r in records:
        for sp in r["spans"]:
            if sp["type"] == "phone":
                piece = r["text"][sp["start"] : sp["end"]]
                if sp.get("decode") == "form":
                    piece = unquote_plus(piece)
                assert pn.is_valid_number(pn.parse(piece, sp["region"]))
                n_phone_checked += 1

    rows = []
    rows.append(
        "Corpus: redaction_corpus_probe6.jsonl (make_redaction_probe6_corpus.py, random.Random(61204))"
    )
    rows.append(
        "lines=%d  families=%d  lines_with_pii=%d  lines_without_pii=%d"
        % (
            len(records),
            len(fam_counts),
            sum(pii_lines.values()),
            len(records) - sum(pii_lines.values()),
        )
    )
    rows.append(
        "spans: phone=%d email=%d (form-encoded spans: %d)"
        % (
            types["phone"],
            types["email"],
            sum(1 for r in records for sp in r["spans"] if sp.get("decode")),
        )
    )
    rows.append("")
    rows.append("%-40s %6s %10s %8s %8s" % ("family", "lines", "pii_lines", "phones", "emails"))
    for name in FAMILIES:
        ph = sum(
            1 for r in records if r["family"] == name for sp in r["spans"] if sp["type"] == "phone"
        )
        em = sum(
            1 for r in records if r["family"] == name for sp in r["spans"] if sp["type"] == "email"
        )
        rows.append("%-40s %6d %10d %8d %8d" % (name, fam_counts[name], pii_lines[name], ph, em))
    rows.append("")
    rows.append("phone regions: " + ", ".join("%s=%d" % kv for kv in sorted(regions.items())))
    rows.append("")
    rows.append(
        "Conventions: phone span = first char of number ('+', '(', '00', digit) to last digit, attached"
    )
    rows.append(
        "extension included; tel:/sip: schemes, @host, quotes, brackets excluded. email span = address only."
    )
    rows.append(
        "region = country the number is written for (00/011: country dialled from). decode=form spans are"
    )
    rows.append(
        "URL form-encoded; validate unquote_plus(text). Deliberately unlabelled: Message-IDs / smtp-ids,"
    )
    rows.append(
        "<hash>@relay and cid:<hash>@lis identifiers, Matrix IDs, IRC hostmasks, npm/docker/cron/SQL '@',"
    )
    rows.append(
        "routing numbers that look like phones (LRN, ESRK/pANI, MSC and SS7 global titles), IMEI/ICCID/EID,"
    )
    rows.append(
        "order/tracking/IBAN/NHS/NPI numbers. A VERP return path (list-bounces+...=domain@lists...) is a real"
    )
    rows.append(
        "mailbox and is labelled as an email, as are role addresses (noreply@, dmarc-rua@, list addresses)."
    )
    rows.append(
        "All %d phone spans validated with phonenumbers %s is_valid_number."
        % (n_phone_checked, pn.__version__)
    )
    report = "\n".join(rows)
    print(report)


if __name__ == "__main__":
    main()
