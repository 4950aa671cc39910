"""Write tests/processing/redaction_corpus_probe3.jsonl: a fifth labelled corpus, written
from real log formats (Kamailio/OpenSIPS, Asterisk AMI, FreeSWITCH and Cisco CDRs, contact
centres, SMS delivery reports, messenger bots, shop webhooks, identity events, LDIF/SCIM, FHIR,
EDIFACT/X12, language object dumps, config dumps, syslog/GELF/OTel, HTTP dumps, iCalendar,
European CSV and fixed-width records, CRM notes in ten languages) by someone who had not read
the redaction rules (issue 11). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe3_corpus

Deterministic: random.Random(20261204).  Every line is built by appending pieces; span
offsets are computed while appending.  Every phone span is checked with
phonenumbers.is_valid_number(phonenumbers.parse(span_text, region)).
"""

import json
import os
import random
import string
from collections import OrderedDict
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

rng = random.Random(20261204)
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# pieces
# ----------------------------------------------------------------------------------------------


class Ph:
    def __init__(self, text, region, decode=None):
        self.text, self.region, self.decode = text, region, decode


class Em:
    def __init__(self, text, decode=None):
        self.text, self.decode = text, decode


def L(*parts):
    """Concatenate str / Ph / Em pieces, computing spans."""
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, str):
            text += p
        elif isinstance(p, Ph):
            s = len(text)
            text += p.text
            sp = {"start": s, "end": len(text), "type": "phone", "region": p.region}
            if p.decode:
                sp["decode"] = p.decode
            spans.append(sp)
        elif isinstance(p, Em):
            s = len(text)
            text += p.text
            sp = {"start": s, "end": len(text), "type": "email"}
            if p.decode:
                sp["decode"] = p.decode
            spans.append(sp)
        else:
            raise TypeError(p)
    return {"text": text, "spans": spans}


# ----------------------------------------------------------------------------------------------
# random look-alike helpers
# ----------------------------------------------------------------------------------------------


def dig(n, lead_nonzero=True):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if lead_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def epoch():
    return rng.randint(1796300000, 1796400000)  # around 2026-12-04


def hms():
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def iso(ms=True, z=True):
    s = "2026-12-04T" + hms()
    if ms:
        s += ".%03d" % rng.randint(0, 999)
    return s + ("Z" if z else "+01:00")


def sysdate():
    return "Dec  4 " + hms()


def ip(private=True):
    if private:
        return rng.choice(
            [
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
            ]
        )
    return rng.choice(["198.51.100.%d", "203.0.113.%d", "192.0.2.%d"]) % rng.randint(1, 254)


def callid():
    return rng.choice([hexs(16) + "@" + ip(), uuid4(), alnum(22) + "..", hexs(32)])


# ----------------------------------------------------------------------------------------------
# phone numbers
# ----------------------------------------------------------------------------------------------

KIND = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "tollfree": PNT.TOLL_FREE}
IDD = {"US": "011", "CA": "011", "AU": "0011", "JP": "010"}
TRUNK0_OK = {"GB", "DE", "NL", "CH", "AT", "BE", "FR", "IE", "SE"}
_used: set[tuple[int, str]] = set()


def rand_number(region, kind="mobile"):
    t: int | None = KIND[kind]
    ex = phonenumbers.example_number_for_type(region, KIND[kind])
    if ex is None:
        ex = phonenumbers.example_number(region)
        t = None
    assert ex is not None, region
    nsn = phonenumbers.national_significant_number(ex)
    cc: int = ex.country_code or 0
    for attempt in range(3000):
        keep = rng.choice([0, 1, 2, 2, 3]) + attempt // 600
        keep = min(keep, len(nsn) - 2)
        new = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        if new == nsn or (cc, new) in _used:
            continue
        n = phonenumbers.parse("+%d%s" % (cc, new), None)
        if not phonenumbers.is_valid_number(n):
            continue
        if phonenumbers.region_code_for_number(n) != region:
            continue
        nt = phonenumbers.number_type(n)
        if t is not None and nt != t and nt != PNT.FIXED_LINE_OR_MOBILE:
            continue
        _used.add((cc, new))
        return n
    raise RuntimeError("could not randomise %s %s" % (region, kind))


def _groups(s):
    out, cur = [], ""
    for ch in s:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def fmt(n, style, region, frm=None):
    """Return (text, label_region)."""
    cc = n.country_code
    nsn = phonenumbers.national_significant_number(n)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    natl = phonenumbers.format_number(n, PNF.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(n, PNF.E164), region
    if style == "intl":
        return intl, region
    if style == "natl":
        return natl, region
    if style == "rfc":
        return phonenumbers.format_number(n, PNF.RFC3966)[4:], region
    if style == "digits":  # international digits without '+', as many SMS APIs emit
        return "%d%s" % (cc, nsn), region
    if style == "natl_nosep":
        return "".join(_groups(natl)), region
    if style.startswith("intl_sep"):
        sep = style[len("intl_sep") :]
        return "+" + sep.join(_groups(intl)), region
    if style.startswith("natl_sep"):
        sep = style[len("natl_sep") :]
        return sep.join(_groups(natl)), region
    if style == "intl_paren":  # +1 (415) 555-2671 style: area in parentheses
        g = _groups(intl)
        return "+%s (%s) %s" % (g[0], g[1], "-".join(g[2:])), region
    if style == "trunk0":
        g = _groups(intl)
        return "+%s (0)%s" % (g[0], " ".join(g[1:])), region
    if style.startswith("idd"):  # idd, idd- , idd.
        sep = style[3:] or " "
        frm = frm or region
        pre = IDD.get(frm, "00")
        g = _groups(intl)
        if sep == "none":
            return pre + "".join(g), frm
        return pre + sep + sep.join(g) if pre != "00" or rng.random() < 0.5 else "00" + "".join(
            g[:1]
        ) + sep + sep.join(g[1:]), frm
    raise ValueError(style)


def split_fmt(n, lead, sizes, sep=" ", paren_first=False):
    nsn = phonenumbers.national_significant_number(n)
    if sum(sizes) != len(nsn):
        return None
    gs, i = [], 0
    for s in sizes:
        gs.append(nsn[i : i + s])
        i += s
    if paren_first:
        return "(" + lead + gs[0] + ") " + sep.join(gs[1:])
    return lead + gs[0] + sep + sep.join(gs[1:])


def valid(text, region, decode=None):
    t = unquote_plus(text) if decode == "form" else text
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(t, region))
    except phonenumbers.NumberParseException:
        return False


def P(region, kind="mobile", style="intl", frm=None, ext=None, wrap=None, decode=None):
    """A phone piece. wrap: function(text)->text for URL-encoding etc."""
    for _ in range(50):
        n = rand_number(region, kind)
        text, lab = fmt(n, style, region, frm)
        if ext:
            text += ext
        if wrap:
            text = wrap(text)
        if valid(text, lab, decode):
            return Ph(text, lab, decode)
    raise RuntimeError("no valid %s %s %s" % (region, kind, style))


def PS(region, kind, lead, sizes, sep=" ", paren_first=False, ext=None):
    """Phone piece using a custom digit grouping (as people write them)."""
    for _ in range(300):
        n = rand_number(region, kind)
        t = split_fmt(n, lead, sizes, sep, paren_first)
        if t is None:
            continue
        if ext:
            t += ext
        if valid(t, region):
            return Ph(t, region)
    raise RuntimeError("PS failed %s %s %s" % (region, lead, sizes))


def PC(region, kind, func):
    """Phone piece via arbitrary function of the digit groups of the national format."""
    for _ in range(300):
        n = rand_number(region, kind)
        g = _groups(phonenumbers.format_number(n, PNF.NATIONAL))
        t = func(g, phonenumbers.national_significant_number(n))
        if t and valid(t, region):
            return Ph(t, region)
    raise RuntimeError("PC failed %s" % region)


def form(s):
    return quote_plus(s, safe="")


# ----------------------------------------------------------------------------------------------
# e-mail addresses
# ----------------------------------------------------------------------------------------------


def E(first, last, domain, style=None):
    f, l = first.lower(), last.lower().replace(" ", "")
    style = style or rng.choice(["f.l", "fl", "f_l", "f1l", "l.f", "fl99", "f.l+tag", "F.L"])
    if style == "f.l":
        local = "%s.%s" % (f, l)
    elif style == "fl":
        local = f + l
    elif style == "f_l":
        local = "%s_%s" % (f, l)
    elif style == "f1l":
        local = f[0] + l
    elif style == "l.f":
        local = "%s.%s" % (l, f)
    elif style == "fl99":
        local = "%s%s%d" % (f, l[:3], rng.randint(1, 99))
    elif style == "f.l+tag":
        local = "%s.%s+%s" % (f, l, rng.choice(["orders", "shop", "news", "work", "2026"]))
    elif style == "F.L":
        local = "%s.%s" % (first, last.replace(" ", ""))
    else:
        local = style
    return Em(local + "@" + domain)


def EM(addr, decode=None):
    return Em(addr, decode)


# ----------------------------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------------------------
FAM: OrderedDict[str, Any] = OrderedDict()


def family(name):
    def deco(fn):
        FAM[name] = fn
        return fn

    return deco


@family("sip_kamailio_opensips")
def f_sip():
    out = []
    pid = rng.randint(1000, 9999)
    out.append(
        L(
            sysdate(),
            " sbc-edge-01 /usr/sbin/kamailio[%d]: NOTICE: <script>: INVITE from sip:" % pid,
            P("DE", "mobile", "e164"),
            "@",
            ip(False),
            " to sip:",
            P("NL", "fixed", "iddnone", frm="DE"),
            "@carrier.example.net ci=",
            callid(),
            " cseq=",
            dig(3),
            " src=",
            ip(False),
            ":5060",
        )
    )
    out.append(
        L(
            'P-Asserted-Identity: "Giulia Bianchi" <sip:',
            P("IT", "mobile", "e164"),
            "@ims.mnc001.mcc222.3gppnetwork.org;user=phone>",
        )
    )
    out.append(
        L(
            'Remote-Party-ID: "Front Desk" <sip:',
            P("US", "fixed", "natl_nosep"),
            "@",
            ip(),
            ">;party=calling;screen=yes;privacy=off",
        )
    )
    out.append(
        L(
            "Diversion: <sip:",
            P("GB", "fixed", "e164"),
            "@pbx.example.co.uk>;reason=unconditional;counter=1;privacy=off",
        )
    )
    out.append(
        L(
            "History-Info: <sip:",
            P("FR", "mobile", "e164"),
            "@ims.example.fr?Reason=SIP%3Bcause%3D302>;index=1.1, <sip:",
            P("FR", "fixed", "e164"),
            "@ims.example.fr;cause=302>;index=1.1.1;mp=1",
        )
    )
    out.append(
        L(
            "Contact: <sip:",
            P("AT", "mobile", "e164"),
            "@",
            ip(False),
            ":%d;transport=tcp>;expires=3600;"
            '+sip.instance="<urn:uuid:%s>"' % (rng.choice([5060, 5061, 5080]), uuid4()),
        )
    )
    out.append(
        L(
            sysdate(),
            " opensips[%d]: ACC: transaction answered: timestamp=%d;method=INVITE;from_tag=%s;"
            "to_tag=%s;call_id=%s;code=200;reason=OK;src_user="
            % (rng.randint(1000, 9999), epoch(), hexs(8), hexs(8), callid()),
            P("AU", "fixed", "digits"),
            ";dst_user=",
            P("AU", "mobile", "natl_nosep"),
            ";src_ip=",
            ip(False),
        )
    )
    out.append(L("To: <tel:", P("US", "fixed", "rfc"), ";phone-context=+1>;tag=", hexs(10)))
    out.append(
        L(
            sysdate(),
            " proxy02 kamailio[%d]: INFO: <core> [core/tcp_main.c:%d]: REGISTER sip:1001@%s expires=3600 cseq=%s "
            "Call-ID: %s rcv=%s:%d"
            % (
                pid,
                rng.randint(1000, 5000),
                ip(),
                dig(5),
                callid(),
                ip(False),
                rng.randint(1024, 65000),
            ),
        )
    )
    out.append(
        L(
            "SIP/2.0 486 Busy Here | Via: SIP/2.0/UDP %s:5060;branch=z9hG4bK%s;rport=5060 | CSeq: %s INVITE | "
            "Max-Forwards: 70 | Content-Length: 0 | User-Agent: Kamailio (5.8.4 (x86_64/linux))"
            % (ip(False), hexs(12), dig(6))
        )
    )
    return out


@family("asterisk_ami")
def f_ami():
    out = []
    uid = "%d.%d" % (epoch(), rng.randint(1, 999))
    out.append(
        L(
            "Event: Newchannel\\r\\nPrivilege: call,all\\r\\nChannel: PJSIP/trunk-sipgate-0000%s\\r\\nChannelState: 0\\r\\n"
            "CallerIDNum: " % hexs(4),
            P("DE", "fixed", "natl_nosep"),
            "\\r\\nCallerIDName: <unknown>\\r\\nExten: ",
            P("DE", "mobile", "natl_nosep"),
            "\\r\\nContext: from-trunk\\r\\nUniqueid: ",
            uid,
            "\\r\\nLinkedid: ",
            uid,
        )
    )
    out.append(
        L(
            "AMI event=DialBegin Channel=PJSIP/204-%s DestChannel=PJSIP/voipfone-%s CallerIDNum=204 ConnectedLineNum="
            % (hexs(8), hexs(8)),
            P("GB", "mobile", "natl_nosep"),
            " DialString=",
            P("GB", "fixed", "iddnone", frm="NL"),
            "@voipfone Uniqueid=",
            uid,
        )
    )
    out.append(
        L(
            "[2026-12-04 %s] VERBOSE[%d][C-%s] pbx.c: Executing ["
            % (hms(), rng.randint(2000, 30000), hexs(8)),
            P("NL", "mobile", "natl_nosep"),
            '@from-internal:1] Dial("PJSIP/201-%s", "PJSIP/' % hexs(8),
            P("NL", "mobile", "e164"),
            '@trunk,60,tT") in new stack',
        )
    )
    out.append(
        L(
            "Event: Newstate | Channel: SIP/provider-%s | ChannelStateDesc: Ringing | CallerIDNum: "
            % hexs(8),
            P("FR", "mobile", "natl_nosep"),
            " | CallerIDName: Lefebvre Camille | ConnectedLineNum: ",
            P("FR", "fixed", "e164"),
            " | Exten: s | Priority: 1",
        )
    )
    out.append(
        L(
            "Event: Cdr\\r\\nAccountCode: 4412\\r\\nSource: ",
            P("US", "fixed", "digits"),
            "\\r\\nDestination: ",
            P("US", "tollfree", "natl_nosep"),
            "\\r\\nDuration: 318\\r\\nBillableSeconds: 301\\r\\nUniqueID: ",
            uid,
        )
    )
    out.append(
        L(
            "ami: {'Event': 'Hangup', 'Channel': 'PJSIP/ext-300-%s', 'CallerIDNum': '300', 'ConnectedLineNum': '"
            % hexs(8),
            P("SE", "mobile", "natl_sep "),
            "', 'Cause': '16', 'Cause-txt': 'Normal Clearing', 'Uniqueid': '",
            uid,
            "'}",
        )
    )
    out.append(
        L(
            "Event: PeerStatus | Privilege: system,all | ChannelType: PJSIP | Peer: PJSIP/2001 | PeerStatus: Reachable | "
            "Time: %d | Address: %s:5060" % (rng.randint(5, 90), ip())
        )
    )
    out.append(
        L(
            "Event: QueueMemberStatus | Queue: support-%d | MemberName: Agent/4471 | Interface: Local/4471@agents | "
            "CallsTaken: %d | LastCall: %d | Uniqueid: %s"
            % (rng.randint(100, 999), rng.randint(1, 300), epoch(), uid)
        )
    )
    return out


@family("freeswitch_cdr_json")
def f_fs():
    out = []
    for region, kind, style, dregion, dstyle in [
        ("ES", "mobile", "iddnone", "ES", "natl_nosep"),
        ("US", "fixed", "e164", "US", "digits"),
        ("BE", "mobile", "natl_nosep", "BE", "e164"),
        ("MX", "fixed", "e164", "MX", "natl_nosep"),
        ("PL", "mobile", "natl_nosep", "PL", "intl"),
    ]:
        u = uuid4()
        out.append(
            L(
                '{"core-uuid":"%s","switchname":"fs-%02d","variables":{"uuid":"%s","direction":"inbound",'
                '"caller_id_name":"%s","caller_id_number":"'
                % (
                    uuid4(),
                    rng.randint(1, 9),
                    u,
                    rng.choice(["WIRELESS CALLER", "Anonymous", "Kowalski"]),
                ),
                P(region, kind, style, frm="ES" if style.startswith("idd") else None),
                '","destination_number":"',
                P(dregion, "fixed", dstyle),
                '","start_epoch":"%d","billsec":"%d","hangup_cause":"NORMAL_CLEARING","read_codec":"PCMA"}}'
                % (epoch(), rng.randint(1, 3600)),
            )
        )
    out.append(
        L(
            '"1001","1001","',
            P("ES", "mobile", "iddnone", frm="ES"),
            '","public","2026-12-04 %s","","2026-12-04 %s","42","40",'
            '"NORMAL_CLEARING","%s","","","",""' % (hms(), hms(), uuid4()),
        )
    )
    out.append(
        L(
            '{"variables":{"uuid":"%s","caller_id_number":"1002","destination_number":"*97","sip_to_user":"*97",'
            '"billsec":"12","start_epoch":"%d","sip_call_id":"%s","rtp_audio_in_raw_bytes":"%s"}}'
            % (uuid4(), epoch(), callid(), dig(7))
        )
    )
    out.append(
        L(
            "2026-12-04 %s.%06d [NOTICE] switch_channel.c:1142 New Channel sofia/internal/1003@%s [%s] "
            "sip_received_port=%d conference_id=%s"
            % (hms(), rng.randint(0, 999999), ip(), uuid4(), rng.randint(5060, 5090), dig(9))
        )
    )
    return out


@family("contact_centre_ctr")
def f_cc():
    out = []
    acct = dig(12)
    out.append(
        L(
            '{"AWSAccountId":"%s","ContactId":"%s","Channel":"VOICE","InitiationMethod":"INBOUND",'
            '"CustomerEndpoint":{"Address":"' % (acct, uuid4()),
            P("GB", "mobile", "e164"),
            '","Type":"TELEPHONE_NUMBER"},"SystemEndpoint":{"Address":"',
            P("GB", "tollfree", "e164"),
            '","Type":"TELEPHONE_NUMBER"},"Queue":{"ARN":"arn:aws:connect:eu-west-2:%s:instance/%s/queue/%s",'
            '"Duration":%d}}' % (acct, uuid4(), uuid4(), rng.randint(3, 600)),
        )
    )
    out.append(
        L(
            '{"ContactId":"%s","InitiationMethod":"OUTBOUND","CustomerEndpoint":{"Address":"'
            % uuid4(),
            P("US", "fixed", "e164"),
            '","Type":"TELEPHONE_NUMBER"},"Attributes":{"callbackNumber":"',
            P("US", "mobile", "natl"),
            '","caseNumber":"0%s"},"AgentConnectionAttempts":1}' % dig(7),
        )
    )
    out.append(
        L(
            '{"conversationId":"%s","participants":[{"purpose":"customer","ani":"tel:' % uuid4(),
            P("AU", "mobile", "e164"),
            '","dnis":"tel:',
            P("AU", "tollfree", "e164"),
            '"},{"purpose":"agent","userId":"%s"}],"divisionIds":["%s"]}' % (uuid4(), uuid4()),
        )
    )
    out.append(
        L(
            'five9 call_event: CALL_ID=%s CAMPAIGN="Renewals Q4" ANI=' % dig(9),
            P("CA", "fixed", "natl_nosep"),
            " DNIS=",
            P("CA", "tollfree", "natl_nosep"),
            ' AGENT=jlaroche DISPOSITION="Callback" HANDLE_TIME=00:04:12',
        )
    )
    out.append(
        L(
            'genesys: {"eventBody":{"id":"%s","participants":[{"purpose":"external","address":"'
            % uuid4(),
            P("DE", "fixed", "intl"),
            '","name":"Schmidt Logistik GmbH"},{"purpose":"email","address":"',
            E("Lukas", "Schmidt", "schmidt-logistik.de", "f.l"),
            '"}]},"topicName":"v2.detail.events.conversation.%s.user.start"}' % uuid4(),
        )
    )
    out.append(
        L(
            '{"ContactId":"%s","Channel":"EMAIL","CustomerEndpoint":{"Address":"' % uuid4(),
            E("Priya", "Natarajan", "outlook.com", "fl99"),
            '","Type":"EMAIL_ADDRESS"},"SystemEndpoint":{"Address":"',
            EM("support@helpdesk.example-retail.com"),
            '","Type":"EMAIL_ADDRESS"}}',
        )
    )
    out.append(
        L(
            '{"AWSAccountId":"%s","ContactId":"%s","Channel":"CHAT","InitiationTimestamp":"%s",'
            '"DisconnectReason":"CUSTOMER_DISCONNECT","Agent":{"Username":"agent.%d","AfterContactWorkDuration":%d},'
            '"QueueInfo":{"EnqueueTimestamp":"%s"}}'
            % (dig(12), uuid4(), iso(), rng.randint(100, 999), rng.randint(10, 120), iso())
        )
    )
    out.append(
        L(
            "five9 report row: 2026-12-04,%s,CALL_ID=%s,SESSION=%s,SKILL=Billing_EN,QUEUE_WAIT=0:01:37,TALK=0:06:05,"
            "IVR_PATH=1>3>2" % (hms(), dig(9), hexs(32, True))
        )
    )
    return out


@family("cisco_cucm_cdr_csv")
def f_cucm():
    out = []
    head = '"cdrRecordType","globalCallID_callManagerId","globalCallID_callId","origLegCallIdentifier","dateTimeOrigination","origNodeId","origIpAddr","callingPartyNumber","originalCalledPartyNumber","finalCalledPartyNumber","dateTimeConnect","dateTimeDisconnect","duration","origDeviceName"'
    out.append(L(head))

    def row(calling, orig, final, dev):
        t0 = epoch()
        return L(
            "1,1,%s,%s,%d,2,%d," % (dig(7), dig(8), t0, rng.randint(-2147483647, -1)),
            '"',
            calling,
            '","',
            orig,
            '","',
            final,
            '",%d,%d,%d,"%s"' % (t0 + 6, t0 + 200, 194, dev),
        )

    out.append(
        row(
            "2104", P("US", "fixed", "digits"), P("US", "fixed", "digits"), "SEP%s" % hexs(12, True)
        )
    )
    c = P("US", "mobile", "e164")
    # CUCM shows globalised numbers with an escaped plus (\+1...); the span starts at '+'
    out.append(
        L(
            '1,1,%s,%s,%d,1,%d,"\\' % (dig(7), dig(8), epoch(), rng.randint(-2147483647, -1)),
            c,
            '","3301","3301",%d,%d,57,"SEP%s"' % (epoch(), epoch(), hexs(12, True)),
        )
    )
    out.append(
        row(
            P("GB", "fixed", "natl_nosep"),
            "4417",
            "4417",
            "CSF%s" % rng.choice(["JSMITH", "AKHAN", "LPARK"]),
        )
    )
    out.append(
        row(
            "5502",
            P("DE", "mobile", "iddnone", frm="DE"),
            P("DE", "mobile", "iddnone", frm="DE"),
            "SEP%s" % hexs(12, True),
        )
    )
    out.append(row("7710", "8005", "8005", "SEP%s" % hexs(12, True)))
    out.append(
        L(
            '2,1,%s,%s,%d,1,%d,"6612","6699","6614",%d,%d,%d,"ATA%s"'
            % (
                dig(7),
                dig(8),
                epoch(),
                rng.randint(-2147483647, -1),
                epoch(),
                epoch(),
                rng.randint(0, 999),
                hexs(12, True),
            )
        )
    )
    out.append(row(P("IN", "mobile", "e164"), "2250", "2251", "SEP%s" % hexs(12, True)))
    return out


@family("sms_dlr_webhooks")
def f_sms():
    out = []
    out.append(
        L(
            "GET /callbacks/messagebird/dlr?id=%s&reference=ord-%s&recipient=" % (hexs(32), dig(5)),
            P("NL", "mobile", "digits"),
            "&status=delivered&statusReason=successfully+delivered&statusDatetime=2026-12-04T%s%%2B00%%3A00 HTTP/1.1 200"
            % quote(hms()),
        )
    )
    out.append(
        L(
            '{"type":"recipient_delivery_report_sms","batch_id":"01%s","recipient":"'
            % alnum(24, string.ascii_uppercase + string.digits),
            P("SE", "mobile", "digits"),
            '","code":0,"status":"Delivered","at":"%s","client_reference":"inv-%s"}'
            % (iso(), dig(6)),
        )
    )
    out.append(
        L(
            'infobip dlr: {"results":[{"bulkId":"%s","messageId":"%s","to":"' % (dig(16), dig(18)),
            P("CH", "mobile", "digits"),
            '","sentAt":"2026-12-04T%s.000+0000","doneAt":"2026-12-04T%s.000+0000","smsCount":1,'
            '"price":{"pricePerMessage":0.01,"currency":"EUR"},"status":{"groupId":3,"groupName":"DELIVERED",'
            '"id":5,"name":"DELIVERED_TO_HANDSET"}}]}' % (hms(), hms()),
        )
    )
    out.append(
        L(
            '{"data":{"event_type":"message.finalized","id":"%s","payload":{"from":{"phone_number":"'
            % uuid4(),
            P("US", "tollfree", "e164"),
            '"},"to":[{"phone_number":"',
            P("US", "mobile", "e164"),
            '","status":"delivered","carrier":"T-MOBILE USA, INC.","line_type":"Wireless"}],"parts":1,'
            '"cost":{"amount":"0.0040","currency":"USD"}}}}',
        )
    )
    out.append(
        L(
            "POST /sms/status body: MessageSid=SM%s&MessageStatus=undelivered&ErrorCode=30003&To="
            % hexs(32),
            P("GB", "mobile", "e164", wrap=form, decode="form"),
            "&From=",
            P("GB", "mobile", "e164", wrap=form, decode="form"),
            "&AccountSid=AC%s&ApiVersion=2010-04-01" % hexs(32),
        )
    )
    out.append(
        L(
            "vonage dlr msisdn=",
            P("ZA", "mobile", "digits"),
            "&to=ACMEBANK&network-code=65501&messageId=%s&price=0.03330000"
            "&status=delivered&scts=2612041015&err-code=0&message-timestamp=2026-12-04+10%%3A15%%3A32"
            % hexs(16, True),
        )
    )
    out.append(
        L(
            'sinch inbound: {"type":"mo_text","from":"',
            P("PH", "mobile", "digits"),
            '","to":"%s","body":"STOP","operator_id":"51503","received_at":"%s"}' % (dig(5), iso()),
        )
    )
    out.append(
        L(
            "POST /webhooks/sms form: To=",
            P("AU", "mobile", "intl", wrap=form, decode="form"),
            "&Body=",
            "Your+code+is+%s" % dig(6),
            "&NumSegments=1",
        )
    )
    out.append(
        L(
            '{"results":[{"messageId":"%s","to":"ACME","status":{"groupName":"REJECTED","name":"REJECTED_SOURCE"},'
            '"error":{"groupId":0,"id":0,"name":"NO_ERROR"},"mccMnc":"22801","smsCount":2}]}'
            % dig(18)
        )
    )
    out.append(
        L(
            "messagebird dlr id=%s status=expired statusErrorCode=%d mccmnc=20408 price[amount]=0.065 ttl=86400 "
            "shortcode=%s" % (hexs(32), rng.randint(1, 110), dig(4))
        )
    )
    return out


@family("messenger_bot_webhooks")
def f_msgr():
    out = []
    uid = rng.randint(100000000, 7999999999)
    out.append(
        L(
            'telegram update: {"update_id":%d,"message":{"message_id":%d,"from":{"id":%d,"is_bot":false,'
            '"first_name":"Olena","language_code":"uk"},"chat":{"id":%d,"type":"private"},"date":%d,'
            '"contact":{"phone_number":"'
            % (rng.randint(100000000, 999999999), rng.randint(1, 9999), uid, uid, epoch()),
            P("UA", "mobile", "digits"),
            '","first_name":"Olena","user_id":%d}}}' % uid,
        )
    )
    out.append(
        L(
            '{"update_id":%d,"message":{"chat":{"id":%d},"contact":{"phone_number":"'
            % (rng.randint(100000000, 999999999), uid + 7),
            P("PT", "mobile", "e164"),
            '","first_name":"Inês","last_name":"Ferreira","vcard":"BEGIN:VCARD\\nVERSION:3.0\\nTEL;TYPE=CELL:',
            P("PT", "mobile", "intl"),
            '\\nEND:VCARD"}}}',
        )
    )
    out.append(
        L(
            'viber callback: {"event":"message","timestamp":%d%03d,"message_token":%s,"sender":{"id":"%s=",'
            '"name":"Андрій","country":"UA","api_version":10},"message":{"type":"contact","contact":{"name":"Андрій Коваленко",'
            '"phone_number":"' % (epoch(), rng.randint(0, 999), dig(19), alnum(22)),
            P("UA", "mobile", "e164"),
            '"}}}',
        )
    )
    out.append(
        L(
            'LINE webhook: {"destination":"U%s","events":[{"type":"message","message":{"type":"text","id":"%s",'
            '"text":"配送の件、' % (hexs(32), dig(18)),
            P("JP", "mobile", "natl_sep-"),
            'までお電話ください"},"timestamp":%d%03d,'
            '"source":{"type":"user","userId":"U%s"},"replyToken":"%s"}]}'
            % (epoch(), rng.randint(0, 999), hexs(32), hexs(32)),
        )
    )
    out.append(
        L(
            "twilio whatsapp inbound: From=whatsapp:",
            P("BR", "mobile", "e164", wrap=form, decode="form"),
            "&To=whatsapp:",
            P("BR", "fixed", "e164", wrap=form, decode="form"),
            "&Body=Oi%2C+meu+pedido+%23",
            dig(5),
            "+n%C3%A3o+chegou&NumMedia=0",
        )
    )
    out.append(
        L(
            "telegram bot %d: user %d shared contact " % (rng.randint(1000000000, 7999999999), uid),
            P("IT", "mobile", "intl"),
            " (Marco Esposito) in chat %d" % uid,
        )
    )
    out.append(
        L(
            '{"update_id":%d,"channel_post":{"message_id":%d,"chat":{"id":-100%s,"title":"Ops alerts","type":"channel"},'
            '"date":%d,"text":"deploy #%d finished in %ds"}}'
            % (
                rng.randint(100000000, 999999999),
                rng.randint(1, 99999),
                dig(10),
                epoch(),
                rng.randint(1000, 9999),
                rng.randint(30, 900),
            )
        )
    )
    out.append(
        L(
            'viber: {"event":"delivered","timestamp":%d%03d,"chat_hostname":"SN-CHAT-%02d_","message_token":%s,"user_id":"%s=="}'
            % (epoch(), rng.randint(0, 999), rng.randint(1, 30), dig(19), alnum(22))
        )
    )
    return out


@family("ecommerce_order_webhooks")
def f_shop():
    out = []
    oid = dig(13)
    out.append(
        L(
            'shopify orders/create {"id":%s,"order_number":%d,"email":"'
            % (oid, rng.randint(1001, 9999)),
            E("Emily", "Clarke", "gmail.com", "f.l+tag"),
            '","phone":null,"total_price":"129.90","currency":"CAD",'
            '"billing_address":{"first_name":"Emily","address1":"%d Elgin St","city":"Ottawa","zip":"K2P 1L4","phone":"'
            % rng.randint(10, 400),
            P("CA", "mobile", "natl"),
            '","country_code":"CA"}}',
        )
    )
    out.append(
        L(
            '{"id":%s,"contact_email":"' % dig(13),
            E("Thomas", "Müller".replace("ü", "ue"), "web.de", "f.l"),
            '","shipping_address":{"name":"Thomas Mueller","address1":"Hauptstraße 12","zip":"80331","city":"München",'
            '"phone":"',
            PC("DE", "fixed", lambda g, n: g[0] + "/" + "".join(g[1:])),
            '"},"customer":{"id":%s,"phone":"' % dig(13),
            P("DE", "mobile", "e164"),
            '"}}',
        )
    )
    out.append(
        L(
            'woocommerce webhook order.updated #%d: {"status":"processing","billing":{"first_name":"Sophie","last_name":"Martin",'
            '"postcode":"69002","city":"Lyon","email":"' % rng.randint(1000, 99999),
            E("Sophie", "Martin", "orange.fr", "fl"),
            '","phone":"',
            P("FR", "mobile", "natl"),
            '"},"shipping":{"phone":"',
            P("FR", "fixed", "natl_sep."),
            '"},"total":"84.50","transaction_id":"ch_%s"}' % alnum(24),
        )
    )
    out.append(
        L(
            "magento sales_order_place_after: increment_id=0000%s customer_email=" % dig(5),
            E("Hannah", "Walsh", "eircom.net", "f1l"),
            " billing_address[telephone]=",
            P("IE", "mobile", "natl"),
            " billing_address[postcode]=D02 X285 grand_total=249.00",
        )
    )
    out.append(
        L(
            '{"topic":"orders/paid","order":{"name":"#%d","customer":{"email":"'
            % rng.randint(1000, 9999),
            E("Daniel", "Ortega", "hotmail.es", "fl99"),
            '","phone":"',
            P("ES", "mobile", "e164"),
            '","orders_count":%d},"shipping_lines":[{"code":"SEUR 24","price":"6.95"}],"gateway":"stripe"}}'
            % rng.randint(1, 40),
        )
    )
    out.append(
        L(
            "woo order note: Customer asked to ring ",
            P("GB", "mobile", "natl"),
            " before delivery; parcel ref JD0002%s" % dig(14),
        )
    )
    out.append(
        L(
            'magento: {"entity_id":%d,"increment_id":"000%s","telephone":"'
            % (rng.randint(1000, 99999), dig(6)),
            P("US", "fixed", "intl_paren"),
            '","street":["%d Market St","Suite 4%02d"],"postcode":"94105-1420","region_code":"CA"}'
            % (rng.randint(100, 999), rng.randint(0, 99)),
        )
    )
    out.append(
        L(
            'shopify inventory_levels/update {"inventory_item_id":%s,"location_id":%s,"available":%d,"updated_at":"%s"}'
            % (dig(14), dig(11), rng.randint(0, 500), iso(False, False))
        )
    )
    out.append(
        L(
            "woocommerce: order #%d refund %s created, amount 19.99, gateway_txn pi_%s, sku 4006381333931"
            % (rng.randint(1000, 99999), dig(6), alnum(24))
        )
    )
    return out


@family("auth_user_events")
def f_auth():
    out = []
    out.append(
        L(
            'cognito PreSignUp event: {"version":"1","triggerSource":"PreSignUp_SignUp","region":"eu-west-1",'
            '"userPoolId":"eu-west-1_%s","userName":"%s","request":{"userAttributes":{"email":"'
            % (alnum(9), uuid4()),
            E("Oliver", "Bennett", "btinternet.com", "fl"),
            '","phone_number":"',
            P("GB", "mobile", "e164"),
            '","phone_number_verified":"false"}}}',
        )
    )
    out.append(
        L(
            "firebase auth: user created uid=%s providerId=phone phoneNumber=" % alnum(28),
            P("IN", "mobile", "e164"),
            ' creationTime="Fri, 04 Dec 2026 %s GMT"' % hms(),
        )
    )
    out.append(
        L(
            'okta system.log: {"eventType":"system.sms.send_factor_verify_message","actor":{"alternateId":"',
            E("Megan", "Ross", "corp.example.com", "f.l"),
            '"},"target":[{"type":"User","alternateId":"',
            E("Megan", "Ross", "corp.example.com", "f.l"),
            '"}],"debugContext":{"debugData":{"phoneNumber":"',
            P("US", "mobile", "e164"),
            '","smsProvider":"twilio","requestId":"%s"}}}' % alnum(27),
        )
    )
    out.append(
        L(
            "keycloak event type=UPDATE_PROFILE realmId=customers clientId=account-console userId=%s ipAddress=%s "
            "details={previous_email=" % (uuid4(), ip(False)),
            E("Lars", "Johansen", "online.no", "fl"),
            ", updated_email=",
            E("Lars", "Johansen", "gmail.com", "l.f"),
            ", phoneNumber=",
            P("NO", "mobile", "natl"),
            "}",
        )
    )
    out.append(
        L(
            "cognito admin-update-user-attributes --user-pool-id us-east-1_%s --username %s --user-attributes "
            "Name=phone_number,Value=" % (alnum(9), uuid4()),
            P("US", "mobile", "e164"),
            " Name=email,Value=",
            E("Kevin", "Tran", "yahoo.com", "fl99"),
        )
    )
    out.append(
        L(
            "firebase: sendVerificationCode to ",
            P("SG", "mobile", "intl"),
            " sessionInfo=%s... recaptcha ok" % alnum(20),
        )
    )
    out.append(
        L(
            'okta: {"eventType":"user.mfa.factor.activate","outcome":{"result":"SUCCESS"},"debugContext":{"debugData":'
            '{"factor":"SMS_FACTOR","phoneNumber":"+1 XXX-XXX-%s","requestUri":"/api/v1/authn/factors/%s/verify"}},'
            '"published":"%s"}' % (dig(4, False), alnum(20), iso())
        )
    )
    out.append(
        L(
            "keycloak: type=LOGIN_ERROR realmId=staff clientId=vpn error=invalid_user_credentials auth_method=openid-connect "
            "redirect_uri=https://vpn.example.org/oauth2/callback code_id=%s session=%s"
            % (uuid4(), uuid4())
        )
    )
    out.append(
        L(
            'keycloak admin event: operationType=UPDATE resourcePath=users/%s representation={"attributes":{"mobile":["'
            % uuid4(),
            P("DK", "mobile", "intl"),
            '"]},"email":"',
            E("Mette", "Nielsen", "mail.dk", "f.l"),
            '"}',
        )
    )
    return out


@family("ldif_scim")
def f_ldif():
    out = []
    out.append(
        L(
            "dn: uid=jkowalski,ou=People,dc=example,dc=pl | telephoneNumber: ",
            P("PL", "fixed", "intl"),
            " | mobile: ",
            P("PL", "mobile", "intl"),
            " | mail: ",
            E("Jan", "Kowalski", "example.pl", "f1l"),
        )
    )
    out.append(L("facsimileTelephoneNumber: ", P("DE", "fixed", "intl")))
    out.append(
        L(
            'ldapmodify: modifying entry "cn=Anna Lindqvist,ou=Sales,o=acme" replace: mobile mobile: ',
            P("SE", "mobile", "natl_sep-"),
        )
    )
    out.append(
        L(
            "mail: ",
            E("Ravi", "Shankar", "infra.example.in", "f.l"),
            "  # uidNumber: %d gidNumber: %d homeDirectory: /home/rshankar"
            % (rng.randint(10000, 60000), rng.randint(1000, 9999)),
        )
    )
    out.append(
        L(
            'scim POST /scim/v2/Users {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"',
            E("Chloe", "Dubois", "acme.fr", "f.l"),
            '","emails":[{"value":"',
            E("Chloe", "Dubois", "acme.fr", "f.l"),
            '","type":"work","primary":true}],"phoneNumbers":[{"value":"',
            P("FR", "fixed", "intl"),
            '","type":"work"},{"value":"tel:',
            P("FR", "mobile", "rfc"),
            '","type":"mobile"}],"externalId":"%s"}' % dig(8),
        )
    )
    out.append(
        L(
            'scim PATCH Users/%s {"Operations":[{"op":"replace","path":"phoneNumbers[type eq \\"work\\"].value","value":"'
            % uuid4(),
            P("US", "fixed", "natl_sep-", ext=" x%d" % rng.randint(100, 9999)),
            '"}]}',
        )
    )
    out.append(
        L(
            "dn: cn=printer-3f,ou=Devices,dc=example,dc=com | serialNumber: CNB%s | ipHostNumber: %s | l: Building 4, Floor 2"
            % (dig(7), ip())
        )
    )
    out.append(
        L(
            'scim GET /Users?filter=userName%%20eq%%20%%22emp%s%%22 -> 200 {"totalResults":1,"itemsPerPage":100,"startIndex":1,'
            '"Resources":[{"id":"%s","meta":{"version":"W/\\"%s\\""}}]}'
            % (dig(6), uuid4(), hexs(8))
        )
    )
    return out


@family("fhir_resources")
def f_fhir():
    out = []
    out.append(
        L(
            '{"resourceType":"Patient","id":"pat-%s","identifier":[{"system":"http://ns.electronichealth.net.au/id/medicare-number",'
            '"value":"%s"}],"telecom":[{"system":"phone","value":"' % (dig(6), dig(10)),
            P("AU", "fixed", "natl"),
            '","use":"work","rank":1},{"system":"phone","value":"',
            P("AU", "mobile", "natl"),
            '","use":"mobile","rank":2}],"birthDate":"1974-12-25"}',
        )
    )
    out.append(
        L(
            '{"resourceType":"Practitioner","id":"%s","name":[{"family":"van Dijk","given":["Pieter"]}],'
            '"telecom":[{"system":"email","value":"' % uuid4(),
            E("Pieter", "vanDijk", "umcutrecht.example.nl", "f1l"),
            '","use":"work"},{"system":"phone","value":"',
            P("NL", "fixed", "natl"),
            '","use":"work"}]}',
        )
    )
    out.append(
        L(
            "fhir audit: PUT Patient/%s telecom[0]={system=phone, value=" % dig(7),
            P("US", "mobile", "natl"),
            ", use=home} meta.versionId=%d" % rng.randint(2, 40),
        )
    )
    out.append(
        L(
            '{"resourceType":"Organization","name":"Clinique du Parc","telecom":[{"system":"fax","value":"',
            P("CH", "fixed", "intl"),
            '"},{"system":"url","value":"https://clinique-parc.example.ch"}],'
            '"address":[{"postalCode":"1205","city":"Genève"}]}',
        )
    )
    out.append(
        L(
            '{"resourceType":"Patient","telecom":[{"system":"phone","value":"tel:',
            P("NZ", "mobile", "e164"),
            '"},{"system":"email","value":"',
            E("Aroha", "Ngata", "xtra.co.nz", "fl"),
            '","use":"home"}]}',
        )
    )
    out.append(
        L(
            '{"resourceType":"Observation","id":"%s","status":"final","code":{"coding":[{"system":"http://loinc.org",'
            '"code":"8867-4","display":"Heart rate"}]},"valueQuantity":{"value":72,"unit":"beats/minute"},'
            '"effectiveDateTime":"%s"}' % (dig(8), iso(False, False))
        )
    )
    out.append(
        L(
            '{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.4.6.3","value":"%s"}],'
            '"telecom":[{"system":"phone","value":"%s","use":"old","period":{"end":"2019-03-31"}}]}'
            % (dig(9), "UNK")
        )
    )
    out.append(
        L(
            "HL7 bundle %s: entry count=%d, lastUpdated=%s, request.url=Patient?identifier=urn:oid:1.2.36.146.595.217.0.1|%s"
            % (uuid4(), rng.randint(1, 50), iso(), dig(8))
        )
    )
    return out


@family("edifact_x12")
def f_edi():
    out = []
    out.append(
        L(
            "UNB+UNOC:3+4012345000009:14+5412345000013:14+261204:1015+%s'NAD+BY+4012345000009::9'CTA+PD+:Hans Becker'COM+"
            % dig(6),
            P("DE", "fixed", "idd", frm="DE"),
            ":TE'COM+",
            E("Hans", "Becker", "einkauf.example.de", "f1l"),
            ":EM'",
        )
    )
    out.append(
        L(
            "CTA+IC+:J. Visser'COM+?",
            P("NL", "fixed", "intl_sep"),
            ":TE'COM+",
            P("NL", "fixed", "iddnone", frm="NL"),
            ":FX'",
        )
    )
    out.append(
        L(
            "ISA*00*          *00*          *ZZ*%s  *ZZ*%s    *261204*1015*U*00401*%s*0*P*>~PER*IC*JOHN SMITH*TE*"
            % (dig(13), dig(11), dig(9)),
            P("US", "fixed", "natl_nosep"),
            "*EM*",
            E("John", "Smith", "supplier-example.com", "f1l"),
            "~",
        )
    )
    out.append(
        L(
            "N1*ST*ACME DC 4*92*0%s~N3*1200 INDUSTRIAL PKWY~N4*COLUMBUS*OH*43219~PER*BD*ACCOUNTS PAYABLE*TE*"
            % dig(3),
            P("US", "fixed", "natl"),
            "*FX*",
            P("US", "fixed", "natl_sep-"),
            "~",
        )
    )
    out.append(
        L(
            "PER*IC*SHIPPING DESK*TE*",
            P("US", "tollfree", "natl_sep-", ext="x%d" % rng.randint(10, 999)),
            "~",
        )
    )
    out.append(
        L(
            "UNH+%s+ORDERS:D:96A:UN:EAN008'BGM+220+PO%s+9'DTM+137:20261204:102'LIN+1++4006381333931:SRV'QTY+21:48'"
            "UNT+%d+%s'" % (dig(4), dig(8), rng.randint(10, 60), dig(4))
        )
    )
    out.append(
        L(
            "GS*PO*%s*%s*20261204*1015*%d*X*004010~ST*850*0001~BEG*00*SA*%s**20261204~REF*DP*038~DTM*002*20261211~SE*%d*0001~"
            % (dig(9), dig(9), rng.randint(1000, 99999), dig(10), rng.randint(10, 40))
        )
    )
    out.append(
        L(
            "UNB+UNOA:2+SENDER01+RECEIVER02+261204:0930+%s++INVOIC'NAD+SU+5412345000013::9++Brouwerij Example NV+"
            "Kerkstraat 1+Gent++9000+BE'RFF+VA:BE0%s'" % (dig(8), dig(9))
        )
    )
    return out


@family("language_object_dumps")
def f_repr():
    out = []
    out.append(
        L(
            "2026-12-04 %s,%03d INFO crm.sync: upserting contact {'id': %d, 'name': 'Giulia Bianchi', 'email': '"
            % (hms(), rng.randint(0, 999), rng.randint(10000, 99999)),
            E("Giulia", "Bianchi", "libero.it", "f.l"),
            "', 'phone': '",
            P("IT", "mobile", "natl"),
            "', 'opt_in': True, 'score': 0.82}",
        )
    )
    out.append(
        L(
            "WARNING:billing:retrying charge for {'customer': 'cus_%s', 'mobile': '" % alnum(14),
            P("IE", "mobile", "e164"),
            "', 'attempt': 3, 'amount_cents': 4999}",
        )
    )
    out.append(
        L(
            'I, [2026-12-04T%s.%06d #%d]  INFO -- : Delivery scheduled {:order_id=>%d, :phone=>"'
            % (
                hms(),
                rng.randint(0, 999999),
                rng.randint(1000, 40000),
                rng.randint(100000, 999999),
            ),
            P("GB", "mobile", "natl"),
            '", :email=>"',
            E("Amelia", "Hughes", "sky.com", "fl99"),
            '", :slot=>"0900-1200"}',
        )
    )
    out.append(
        L(
            "Array\\n(\\n    [id] => %d\\n    [name] => Ana Marić\\n    [tel] => "
            % rng.randint(100, 9999),
            P("HR", "mobile", "natl"),
            "\\n    [email] => ",
            E("Ana", "Maric", "gmail.com", "f.l"),
            "\\n    [zip] => 10000\\n)",
        )
    )
    out.append(
        L(
            'array(3) { ["contact"]=> string(%d) "' % 0,
            P("CZ", "mobile", "intl"),
            '" ["created"]=> string(10) "04.12.2026" ["qty"]=> int(12) }',
        )
    )
    c = P("AT", "fixed", "natl_sep ")
    out.append(
        L(
            "2026-12-04 %s.%03d DEBUG [http-nio-8080-exec-%d] c.e.crm.CustomerService - saved Customer{id=%d, firstName='Katharina', "
            "phone='" % (hms(), rng.randint(0, 999), rng.randint(1, 20), rng.randint(1000, 999999)),
            c,
            "', email='",
            E("Katharina", "Gruber", "gmx.at", "f.l"),
            "', createdAt=2026-12-04T09:15:00Z}",
        )
    )
    out.append(
        L(
            'msg="lead received" lead={ID:%d Name:Ahmed Karim Phone:' % rng.randint(10000, 99999),
            P("EG", "mobile", "e164"),
            " Email:",
            E("Ahmed", "Karim", "gmail.com", "fl99"),
            " Source:webform CreatedAt:2026-12-04 %s +0000 UTC}" % hms(),
        )
    )
    out.append(
        L(
            "2026/12/04 %s worker.go:88: job &{ID:%d Queue:emails Attempts:2 RunAt:2026-12-04 %s +0100 CET Payload:[123 34 105 100 34]}"
            % (hms(), rng.randint(1000, 99999), hms())
        )
    )
    out.append(
        L(
            'DEBUG:urllib3.connectionpool:https://api.example.com:443 "GET /v2/items?page=3&per_page=100 HTTP/1.1" 200 %d'
            % rng.randint(1000, 99999)
        )
    )
    out.append(
        L(
            "Order{id=%d, sku='SKU-%s', quantity=%d, unitPrice=19.99, createdAt=2026-12-04T10:15:32Z, trackingNo='1Z%s'}"
            % (
                rng.randint(1000, 99999),
                dig(6),
                rng.randint(1, 9),
                alnum(16, string.ascii_uppercase + string.digits),
            )
        )
    )
    # fix var_dump string length to be honest
    t = out[4]["text"]
    phone_span = out[4]["spans"][0]
    ln = len(t[phone_span["start"] : phone_span["end"]].encode())
    out[4] = L(
        'array(3) { ["contact"]=> string(%d) "' % ln,
        Ph(t[phone_span["start"] : phone_span["end"]], phone_span["region"]),
        '" ["created"]=> string(10) "04.12.2026" ["qty"]=> int(12) }',
    )
    return out


@family("config_dumps")
def f_cfg():
    out = []
    out.append(
        L(
            "config loaded: contact:\\n  owner: Platform Team\\n  email: ",
            EM("platform-oncall@example-corp.io"),
            '\\n  phone: "',
            P("US", "fixed", "intl"),
            '"\\n  escalation_after: 15m',
        )
    )
    out.append(
        L(
            "[support]\\nname = Helpdesk Nord\\nphone = ",
            P("FI", "fixed", "natl"),
            "\\nemail = ",
            EM("tuki@helpdesk-nord.example.fi"),
            "\\nhours = 0800-1600",
        )
    )
    out.append(
        L(
            'toml: [alerts.sms]\\nrecipients = ["',
            P("NO", "mobile", "e164"),
            '", "',
            P("NO", "mobile", "e164"),
            '"]\\nrate_limit = "5/10m"',
        )
    )
    out.append(
        L(
            'protobuf: contact { display_name: "Sales EMEA" phone_number: "',
            P("BE", "fixed", "intl"),
            '" email_address: "',
            EM("sales.emea@example-corp.io"),
            '" priority: 2 }',
        )
    )
    out.append(
        L(
            "effective settings -> smtp.from=",
            EM("no-reply@notify.example-shop.com"),
            " smtp.port=587 smtp.tls=true twilio.from=",
            P("US", "tollfree", "e164"),
            " twilio.timeout_ms=8000",
        )
    )
    out.append(
        L(
            "yaml: server:\\n  port: 8443\\n  max_connections: 10000\\n  read_timeout: 30s\\nretention:\\n  days: 30\\n  max_size: 1073741824"
        )
    )
    out.append(
        L(
            "[database]\\nhost = db-%02d.internal\\nport = 5432\\npool_size = 20\\nstatement_timeout = 15000\\n[cache]\\nttl = 86400"
            % rng.randint(1, 9)
        )
    )
    out.append(
        L(
            'protobuf: Endpoint { id: %d region: "eu-central-1" port_range { start: 30000 end: 32767 } created_unix: %d }'
            % (rng.randint(100000, 999999), epoch())
        )
    )
    out.append(
        L(
            'dump: emergency:\\n  - name: Security desk\\n    tel: "',
            P("ES", "fixed", "natl_sep "),
            '"\\n  - name: Facility manager\\n    tel: "',
            P("ES", "mobile", "intl"),
            '"',
        )
    )
    return out


@family("structured_log_records")
def f_slog():
    out = []
    out.append(
        L(
            '<165>1 2026-12-04T%s.%03dZ crm-app-03 callback-svc %d ID47 [contact@32473 phone="'
            % (hms(), rng.randint(0, 999), rng.randint(1000, 60000)),
            P("SE", "mobile", "natl_sep "),
            '" email="',
            E("Erik", "Lindgren", "telia.com", "f.l"),
            '"] Callback requested',
        )
    )
    out.append(
        L(
            '{"__REALTIME_TIMESTAMP":"%d%06d","_PID":"%d","_SYSTEMD_UNIT":"notifier.service","PRIORITY":"6",'
            '"MESSAGE":"sms queued for '
            % (epoch(), rng.randint(0, 999999), rng.randint(100, 60000)),
            P("FI", "mobile", "e164"),
            ' template=otp_v2","_HOSTNAME":"worker-%02d"}' % rng.randint(1, 20),
        )
    )
    out.append(
        L(
            '{"version":"1.1","host":"api-gw-%d","short_message":"signup completed","timestamp":%d.%03d,"level":6,'
            '"_user_email":"' % (rng.randint(1, 9), epoch(), rng.randint(0, 999)),
            E("Natalia", "Nowak", "wp.pl", "fl"),
            '","_user_phone":"',
            P("PL", "mobile", "natl_sep "),
            '","_request_id":"%s"}' % uuid4(),
        )
    )
    out.append(
        L(
            '{"@timestamp":"%s","log.level":"info","message":"profile updated","ecs.version":"8.11.0",'
            '"user":{"id":"%s","email":"' % (iso(), dig(8)),
            E("Bruno", "Costa", "sapo.pt", "f.l"),
            '"},"labels":{"contact_phone":"',
            P("PT", "fixed", "intl"),
            '"},"trace.id":"%s"}' % hexs(32),
        )
    )
    out.append(
        L(
            '{"timeUnixNano":"%d%09d","severityText":"INFO","body":{"stringValue":"Calling customer at '
            % (epoch(), rng.randint(0, 999999999)),
            P("ZA", "fixed", "natl"),
            '"},"attributes":[{"key":"enduser.id","value":{"stringValue":"%s"}}],'
            '"traceId":"%s","spanId":"%s"}' % (dig(9), hexs(32), hexs(16)),
        )
    )
    out.append(
        L(
            '<134>1 2026-12-04T%s+01:00 fw01 filterlog %d - [meta sequenceId="%d"] 5,,,1000000103,igb0,match,block,in,4,0x0,,64,%d,0,DF,6,tcp,60,%s,%s,%d,443,0,S'
            % (
                hms(),
                rng.randint(1000, 99999),
                rng.randint(100000, 9999999),
                rng.randint(1, 65535),
                ip(False),
                ip(),
                rng.randint(1024, 65535),
            )
        )
    )
    out.append(
        L(
            '{"__CURSOR":"s=%s;i=%x;b=%s;m=%x;t=%x;x=%s","__MONOTONIC_TIMESTAMP":"%d","MESSAGE":"Started Daily apt download activities."}'
            % (
                hexs(32),
                rng.randint(1, 10**6),
                hexs(32),
                rng.randint(1, 10**10),
                rng.randint(1, 10**15),
                hexs(16),
                rng.randint(10**9, 10**11),
            )
        )
    )
    out.append(
        L(
            '{"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout"}},'
            '{"key":"host.id","value":{"stringValue":"i-0%s"}}]},"scopeLogs":[{"logRecords":[{"observedTimeUnixNano":"%d%09d",'
            '"body":{"stringValue":"cart %s total 1.299,00 EUR"}}]}]}]}'
            % (hexs(16), epoch(), rng.randint(0, 999999999), dig(10))
        )
    )
    out.append(
        L(
            "<13>1 2026-12-04T%sZ hr-portal app - - - employee %d changed mobile to "
            % (hms(), rng.randint(1000, 9999)),
            P("RO", "mobile", "natl_sep "),
            " and private e-mail to ",
            E("Ioana", "Popescu", "yahoo.ro", "f.l"),
        )
    )
    return out


@family("http_dumps_har_jwt")
def f_http():
    out = []
    out.append(
        L(
            "> GET /v1/lookup?number=",
            P("GB", "fixed", "e164", wrap=form, decode="form"),
            "&type=carrier HTTP/2\\r\\n> Host: lookups.example.com\\r\\n> User-Agent: curl/8.5.0",
        )
    )
    out.append(
        L(
            "< HTTP/2 200 \\r\\n< date: Fri, 04 Dec 2026 %s GMT\\r\\n< content-length: %d\\r\\n< x-request-id: %s\\r\\n< x-ratelimit-remaining: 4998"
            % (hms(), rng.randint(100, 9999), uuid4())
        )
    )
    out.append(
        L(
            '{"request":{"method":"POST","url":"https://api.example.com/otp?phone=',
            P("FR", "mobile", "e164", wrap=form, decode="form"),
            '","queryString":[{"name":"phone","value":"',
            P("FR", "mobile", "e164"),
            '"}],"headersSize":%d},"response":{"status":202}}' % rng.randint(200, 900),
        )
    )
    out.append(
        L(
            'jwt claims: {"iss":"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_%s","sub":"%s","email":"'
            % (alnum(9), uuid4()),
            E("Sanne", "Jansen", "ziggo.nl", "f.l"),
            '","email_verified":true,"phone_number":"',
            P("NL", "mobile", "e164"),
            '","phone_number_verified":true,"iat":%d,"exp":%d,"auth_time":%d}'
            % (epoch(), epoch() + 3600, epoch()),
        )
    )
    out.append(
        L(
            "> Cookie: _ga=GA1.2.%s.%d; _gid=GA1.2.%s.%d; last_login="
            % (dig(10), epoch(), dig(9), epoch()),
            EM("anna.svensson%40bredband.net", "form"),
            "; lang=sv",
        )
    )
    out.append(
        L(
            "POST /api/contact HTTP/1.1 | Content-Type: application/x-www-form-urlencoded | body: name=Jo%C3%A3o+Silva&email=",
            EM("joao.silva%40gmail.com", "form"),
            "&tel=",
            P("BR", "mobile", "natl", wrap=form, decode="form"),
            "&consent=1",
        )
    )
    out.append(
        L(
            "From: ",
            EM("ops-bot@monitoring.example.net"),
            " | X-Forwarded-For: %s, %s | Via: 1.1 varnish (Varnish/7.4) | Age: %d"
            % (ip(False), ip(), rng.randint(0, 3000)),
        )
    )
    out.append(
        L(
            '{"startedDateTime":"%s","time":%d.%d,"request":{"url":"https://cdn.example.com/assets/app.%s.js","httpVersion":"h2"},'
            '"response":{"status":304,"bodySize":0},"timings":{"dns":-1,"connect":-1,"wait":%d.%d}}'
            % (
                iso(),
                rng.randint(10, 900),
                rng.randint(0, 999),
                hexs(20),
                rng.randint(5, 300),
                rng.randint(0, 999),
            )
        )
    )
    out.append(
        L(
            '< set-cookie: session=%s; Path=/; Max-Age=1209600; HttpOnly; Secure; SameSite=Lax\\r\\n< etag: W/"%s-%s"'
            % (alnum(40), hexs(4), hexs(27))
        )
    )
    out.append(
        L(
            "* Connected to api.example.com (%s) port 443\\n> POST /v2/callbacks HTTP/1.1\\n> Content-Type: application/json\\n"
            '{"callback_to":"' % ip(False),
            P("MY", "mobile", "intl"),
            '","preferred_time":"1400-1600"}',
        )
    )
    return out


@family("icalendar")
def f_ical():
    out = []
    out.append(L("ORGANIZER;CN=Jan de Vries:mailto:", E("Jan", "deVries", "ziggo.nl", "f.l")))
    out.append(
        L(
            'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brown, Sarah":mailto:',
            E("Sarah", "Brown", "partner-example.co.uk", "fl"),
        )
    )
    out.append(
        L(
            "DESCRIPTION:Dial-in: ",
            P("NL", "fixed", "intl"),
            "\\, PIN: %s %s %s#\\nBackup: " % (dig(3), dig(3), dig(2)),
            P("DE", "fixed", "intl"),
            "\\nMeeting ID: %s %s %s" % (dig(3), dig(4), dig(4)),
        )
    )
    out.append(
        L("LOCATION:Ring ", P("NO", "fixed", "natl"), " ved ankomst\\, Storgata 12\\, 0155 Oslo")
    )
    out.append(
        L(
            "DTSTART;TZID=Europe/Amsterdam:20261204T090000 | DTEND;TZID=Europe/Amsterdam:20261204T103000 | "
            "RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=12 | SEQUENCE:3 | DTSTAMP:20261203T154512Z"
        )
    )
    out.append(
        L(
            "ATTENDEE;CUTYPE=RESOURCE;CN=Room 4.12 (12 seats):mailto:",
            EM("room-4.12@rooms.example.com"),
        )
    )
    out.append(
        L(
            "DESCRIPTION:Tech support callback – customer prefers mobile ",
            P("IE", "mobile", "natl"),
            " or e-mail ",
            E("Ciara", "Byrne", "gmail.com", "f1l"),
            ". Ticket #%d." % rng.randint(100000, 999999),
        )
    )
    out.append(
        L(
            "BEGIN:VALARM | TRIGGER:-PT15M | ACTION:DISPLAY | DESCRIPTION:Stand-up 0915-0930 | END:VALARM | "
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY | PRIORITY:5"
        )
    )
    return out


@family("csv_semicolon_fixed_width")
def f_csv():
    out = []
    out.append(L("Kundennr;Name;Vorname;Straße;PLZ;Ort;Telefon;E-Mail;Datum;Umsatz"))
    out.append(
        L(
            "%s;Müller;Hans;Hauptstraße 5;10115;Berlin;" % dig(6),
            P("DE", "fixed", "natl"),
            ";",
            E("Hans", "Mueller", "web.de", "f.l"),
            ";04.12.2026;1.234,56",
        )
    )
    out.append(
        L(
            "%s;Rossi;Lucia;Via Roma 18;20121;Milano;" % dig(6),
            P("IT", "fixed", "natl"),
            ";",
            E("Lucia", "Rossi", "tiscali.it", "fl"),
            ";03.12.2026;87,00",
        )
    )
    out.append(
        L(
            '"%s";"Dupont";"Luc";"12 rue de la Paix";"75002";"Paris";"' % dig(6),
            P("FR", "mobile", "natl"),
            '";"";"01/12/2026";"2 450,10"',
        )
    )
    out.append(
        L(
            "%s;Andersen;Freja;Vesterbrogade 3;1620;København V;" % dig(6),
            PS("DK", "mobile", "", [2, 2, 2, 2]),
            ";",
            E("Freja", "Andersen", "mail.dk", "f1l"),
            ";02.12.2026;499,95",
        )
    )
    out.append(L("%s;Berger;Marie;Rue du Marché 2;1204;Genève;;;;" % dig(6)))
    out.append(
        L(
            "CUST%s%-12s%-10s" % (dig(7), "SMITH", "JOHN"),
            P("US", "fixed", "natl_nosep"),
            "19740312%s%s  NYNY10016" % (dig(9), dig(9)),
        )
    )
    out.append(
        L(
            "0001%s  %-20s%08d%s19261204A%s"
            % (dig(6), "ACME INDUSTRIAL SUP", rng.randint(0, 99999999), dig(12), dig(5))
        )
    )
    out.append(
        L(
            "REC02%s%-15s%-15s" % (dig(8), "VAN DER BERG", "PETRA"),
            P("NL", "fixed", "natl_nosep"),
            "%-30s%s" % ("", "3511AB") + "UTRECHT      20261204",
        )
    )
    out.append(L("Artikel;EAN;Menge;Preis;MwSt\\n%s;4006381333931;12;3,49;19%%" % dig(6)))
    return out


@family("crm_notes_multilingual")
def f_crm():
    out = []
    # Italian
    out.append(
        L(
            "Nota CRM: il cliente Marco Esposito chiede di essere richiamato al ",
            P("IT", "mobile", "natl"),
            " dopo le 18; ordine n. %s del 04/12/2026, importo 1.250,00 €." % dig(8),
        )
    )
    # Dutch
    out.append(
        L(
            "Notitie: mevrouw Jansen belde terug vanaf ",
            P("NL", "mobile", "natl_sep-"),
            ", wil graag een offerte per mail naar ",
            E("Sanne", "Jansen", "kpnmail.nl", "fl"),
            ". Klantnummer %s." % dig(7),
        )
    )
    # Hungarian
    out.append(
        L(
            "Megjegyzés: Kovács Péter a ",
            PC("HU", "mobile", lambda g, n: "%s-%s/%s-%s" % tuple(g[:4]) if len(g) == 4 else None),
            " számon érhető el hétköznap 9 és 17 óra között; számla: %s/2026." % dig(5),
        )
    )
    # Finnish
    out.append(
        L(
            "Muistiinpano: asiakas Aino Korhonen, puh. ",
            P("FI", "mobile", "natl"),
            ", sähköposti ",
            E("Aino", "Korhonen", "elisa.fi", "f.l"),
            "; tilaus %s toimitetaan 04.12.2026." % dig(7),
        )
    )
    # Norwegian
    out.append(
        L(
            "Notat: Kari Hansen ønsker å bli ringt opp på ",
            P("NO", "mobile", "natl"),
            " i morgen mellom 0900-1100. Kundenr. %s." % dig(6),
        )
    )
    # Danish
    out.append(
        L(
            "Note: Søren Jensen har skiftet nummer til ",
            P("DK", "mobile", "intl"),
            " – gammel mail ",
            E("Soren", "Jensen", "jubii.dk", "fl99"),
            " bruges ikke længere. Sag %s." % dig(6),
        )
    )
    # Romanian
    out.append(
        L(
            "Notă: domnul Andrei Popescu poate fi contactat la ",
            P("RO", "mobile", "natl"),
            " sau la birou ",
            P("RO", "fixed", "intl"),
            "; CUI %s, factura nr. %s." % (dig(8), dig(5)),
        )
    )
    # Portuguese (PT)
    out.append(
        L(
            "Nota: a cliente Inês Ferreira pediu contacto para o ",
            P("PT", "mobile", "natl"),
            " ou ",
            E("Ines", "Ferreira", "sapo.pt", "f.l"),
            "; NIF %s, encomenda %s." % (dig(9), dig(6)),
        )
    )
    # Portuguese (BR)
    out.append(
        L(
            "Obs.: cliente Lucas Oliveira pediu retorno no celular ",
            P("BR", "mobile", "natl"),
            " ou WhatsApp ",
            P("BR", "mobile", "intl"),
            "; pedido %s, CEP 01310-200." % dig(7),
        )
    )
    # Ukrainian
    out.append(
        L(
            "Примітка: клієнтка Олена Шевченко просить передзвонити на ",
            PS("UA", "mobile", "0", [2, 3, 2, 2]),
            " або написати на ",
            E("olena", "shevchenko", "ukr.net", "f.l"),
            "; замовлення № %s від 04.12.2026." % dig(6),
        )
    )
    out.append(
        L(
            "Примітка: офіс у Києві — ",
            PS("UA", "fixed", "0", [2, 3, 2, 2], sep="-", paren_first=True),
            ", графік 09:00–18:00.",
        )
    )
    # look-alike only notes
    out.append(
        L(
            "Nota interna: pratica %s/2026 chiusa il 04.12.2026 alle 15:30, rimborso di 1.234,56 € su IBAN IT60X0542811101000000123456."
            % dig(5)
        )
    )
    return out


# ------------------------------- PII-free look-alike families ---------------------------------


def ean13(body12):
    s = sum((3 if i % 2 else 1) * int(d) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def luhn(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return body + str((10 - total % 10) % 10)


def isbn10(body9):
    s = sum((10 - i) * int(d) for i, d in enumerate(body9))
    c = (11 - s % 11) % 11
    return body9 + ("X" if c == 10 else str(c))


@family("nopii_product_codes")
def f_prod():
    out = []
    i13 = ean13("978" + dig(9, False))
    out.append(
        L(
            'catalog import: ISBN %s-%s-%s-%s-%s title="Data Pipelines" price=39.90'
            % (i13[:3], i13[3], i13[4:7], i13[7:12], i13[12])
        )
    )
    i10 = isbn10(dig(9, False))
    out.append(
        L(
            "isbn10=%s isbn13=%s format=paperback pages=%d"
            % (i10, ean13("978" + i10[:9]), rng.randint(100, 900))
        )
    )
    out.append(
        L(
            "scan ok ean=%s qty=%d location=A-%02d-%02d"
            % (
                ean13("40" + dig(10, False)),
                rng.randint(1, 50),
                rng.randint(1, 40),
                rng.randint(1, 12),
            )
        )
    )
    out.append(
        L(
            '{"gtin":"%s","upc":"%s","mpn":"%s-%s","brand":"Acme"}'
            % (
                "0" + ean13(dig(12)),
                ean13("0" + dig(11))[1:],
                alnum(3, string.ascii_uppercase),
                dig(5),
            )
        )
    )
    out.append(
        L("GS1-128: (01)%s(17)261204(10)LOT%s(21)%s" % ("1" + ean13(dig(12)), dig(5), dig(9)))
    )
    out.append(
        L(
            "price update sku=%s ean13=%s old=12.99 new=11.49 store=%d"
            % (dig(8), ean13("87" + dig(10, False)), rng.randint(100, 999))
        )
    )
    out.append(
        L("ISSN 2049-%s; ISMN 979-0-%s-%s-%s" % (dig(4, False), dig(4), dig(4), dig(1, False)))
    )
    out.append(
        L(
            "barcode mismatch: expected %s got %s (pallet SSCC 00%s)"
            % (ean13("5" + dig(11)), ean13("5" + dig(11)), luhn("3" + dig(16)))
        )
    )
    out.append(
        L(
            "amazon listing ASIN=B0%s EAN=%s rank=#%d in Books"
            % (
                alnum(8, string.ascii_uppercase + string.digits),
                ean13("97" + dig(10)),
                rng.randint(1000, 999999),
            )
        )
    )
    return out


@family("nopii_telco_ids")
def f_telco():
    out = []
    out.append(
        L(
            "attach accepted imsi=%s%s%s imei=%s tac=%s"
            % (
                rng.choice(["234", "262", "208", "310"]),
                rng.choice(["15", "01", "10", "260"]),
                dig(9, False),
                luhn(dig(14)),
                dig(8),
            )
        )
    )
    imei = luhn(rng.choice(["35", "86", "01"]) + dig(12, False))
    out.append(
        L(
            "device IMEI: %s-%s-%s-%s  SV: %s"
            % (imei[:2], imei[2:8], imei[8:14], imei[14], dig(2, False))
        )
    )
    out.append(
        L(
            "SIM swap check: ICCID=89%s%s status=ACTIVE profile=eSIM-%s"
            % (rng.choice(["44", "49", "31"]), luhn(dig(15)), dig(4))
        )
    )
    out.append(
        L(
            "MME: S1AP InitialUEMessage enb_ue_s1ap_id=%d mme_ue_s1ap_id=%d TAI=%s-%s-%s ECGI=%s"
            % (
                rng.randint(1, 16777215),
                rng.randint(1, 2**32 - 1),
                rng.choice(["262", "234"]),
                rng.choice(["01", "02", "15"]),
                dig(5),
                dig(9),
            )
        )
    )
    out.append(
        L(
            "cell handover from eNB %d cellId %d (PCI %d, EARFCN %d) to gNB %d, RSRP -%d dBm"
            % (
                rng.randint(10000, 999999),
                rng.randint(100000000, 268435455),
                rng.randint(0, 503),
                rng.randint(0, 65535),
                rng.randint(100000, 9999999),
                rng.randint(70, 120),
            )
        )
    )
    out.append(
        L(
            "diameter CCR session-id=pgw01.example.net;%d;%d; cc-request-number=%d rating-group=%d service-id=%d"
            % (
                rng.randint(10**9, 4 * 10**9),
                rng.randint(1, 99999),
                rng.randint(0, 10),
                rng.randint(1, 999),
                rng.randint(1000, 9999),
            )
        )
    )
    out.append(
        L(
            "eSIM download: EID=89049032%s matchingId=%s-%s-%s"
            % (
                dig(24, False),
                alnum(4, string.ascii_uppercase + string.digits),
                alnum(4, string.ascii_uppercase + string.digits),
                alnum(4, string.ascii_uppercase + string.digits),
            )
        )
    )
    out.append(
        L(
            "GTP-U tunnel teid=0x%s peer=%s bytes_ul=%d bytes_dl=%d apn=internet.mnc015.mcc234.gprs"
            % (hexs(8), ip(False), rng.randint(10**6, 10**9), rng.randint(10**6, 10**10))
        )
    )
    out.append(
        L(
            "MEID %s ESN %s (pESN 80%s) PRL v%d"
            % (hexs(14, True), dig(11), hexs(6, True), rng.randint(10000, 99999))
        )
    )
    return out


@family("nopii_cloud_saas_ids")
def f_cloud():
    out = []
    acct = dig(12)
    out.append(
        L(
            "AssumeRole arn:aws:iam::%s:role/deploy-prod by arn:aws:sts::%s:assumed-role/ci/%d"
            % (acct, dig(12), epoch())
        )
    )
    out.append(
        L(
            "sns publish TopicArn=arn:aws:sns:eu-west-1:%s:order-events MessageId=%s"
            % (acct, uuid4())
        )
    )
    out.append(
        L(
            "stripe webhook evt_%s type=payment_intent.succeeded pi_%s customer=cus_%s amount=4999"
            % (alnum(24), alnum(24), alnum(14))
        )
    )
    out.append(
        L(
            "twilio: AccountSid=AC%s CallSid=CA%s PhoneNumberSid=PN%s status=completed duration=%d"
            % (hexs(32), hexs(32), hexs(32), rng.randint(1, 2000))
        )
    )
    out.append(
        L(
            "slack event team_id=T%s channel=C%s user=U%s ts=%d.%06d thread_ts=%d.%06d"
            % (
                alnum(8, string.ascii_uppercase + string.digits),
                alnum(10, string.ascii_uppercase + string.digits),
                alnum(10, string.ascii_uppercase + string.digits),
                epoch(),
                rng.randint(0, 999999),
                epoch(),
                rng.randint(0, 999999),
            )
        )
    )
    out.append(
        L(
            "s3://acme-logs-%s-eu-central-1/AWSLogs/%s/elasticloadbalancing/eu-central-1/2026/12/04/%s_elasticloadbalancing_eu-central-1_app.prod-alb.%s_20261204T1015Z_%s_%s.log.gz"
            % (acct, acct, acct, hexs(16), ip(), alnum(8).lower())
        )
    )
    out.append(
        L(
            "gcp project=acme-prod-%d projectNumber=%s serviceAccount uniqueId=%s keyId=%s"
            % (rng.randint(100000, 999999), dig(12), dig(21), hexs(40))
        )
    )
    out.append(
        L(
            "azure subscription=%s tenant=%s resourceId=/subscriptions/%s/resourceGroups/rg-prod/providers/Microsoft.Web/sites/api-%d"
            % (uuid4(), uuid4(), uuid4(), rng.randint(1, 99))
        )
    )
    out.append(
        L(
            "stripe charge ch_%s balance_transaction=txn_%s payout=po_%s invoice=in_%s"
            % (alnum(24), alnum(24), alnum(24), alnum(24))
        )
    )
    return out


@family("nopii_vcs_build_k8s")
def f_vcs():
    out = []
    out.append(
        L(
            "commit %s Merge pull request #%d from acme/feature/billing-v2"
            % (hexs(40), rng.randint(100, 9999))
        )
    )
    out.append(
        L(
            "build %d.%d.%d+%s (%s) pipeline #%d job %d on runner-%d"
            % (
                rng.randint(1, 9),
                rng.randint(0, 40),
                rng.randint(0, 300),
                hexs(7),
                hexs(12),
                rng.randint(100000, 999999),
                rng.randint(1000000000, 9999999999),
                rng.randint(1, 99),
            )
        )
    )
    out.append(
        L(
            "release v%d.%d.%d-rc.%d+build.20261204.%d published, artifact sha256:%s"
            % (
                rng.randint(1, 5),
                rng.randint(0, 30),
                rng.randint(0, 20),
                rng.randint(1, 9),
                rng.randint(1, 9999),
                hexs(64),
            )
        )
    )
    out.append(
        L(
            '{"kind":"Pod","metadata":{"name":"api-%s-%s","uid":"%s","resourceVersion":"%s","generation":%d,'
            '"creationTimestamp":"%s"}}'
            % (hexs(10), alnum(5).lower(), uuid4(), dig(9), rng.randint(1, 30), iso(False))
        )
    )
    out.append(
        L(
            "I1204 %s.%06d       1 controller.go:%d] Successfully synced 'default/web' resourceVersion=%s observedGeneration=%d"
            % (hms(), rng.randint(0, 999999), rng.randint(100, 999), dig(8), rng.randint(1, 50))
        )
    )
    out.append(
        L(
            "%s HEAD@{%d}: rebase (finish): returning to refs/heads/main (abbrev %s, %s)"
            % (hexs(7), rng.randint(0, 40), hexs(12), hexs(10))
        )
    )
    out.append(
        L(
            "Android versionCode=%d versionName=4.%d.%d build %s"
            % (rng.randint(100000000, 2100000000), rng.randint(0, 30), rng.randint(0, 99), dig(10))
        )
    )
    out.append(
        L(
            "helm upgrade api ./chart --version 1.%d.%d  REVISION: %d  LAST DEPLOYED: Fri Dec  4 %s 2026"
            % (rng.randint(0, 40), rng.randint(0, 40), rng.randint(1, 400), hms())
        )
    )
    out.append(
        L(
            "jenkins: Started by timer; Build #%d (%d) took %d ms; changeset %s..%s"
            % (
                rng.randint(1000, 99999),
                epoch() * 1000,
                rng.randint(10**5, 10**8),
                hexs(8),
                hexs(8),
            )
        )
    )
    return out


@family("nopii_geo_money")
def f_geo():
    out = []
    out.append(
        L(
            "geo lat=%.6f lon=%.6f acc=%dm"
            % (rng.uniform(-60, 70), rng.uniform(-170, 170), rng.randint(3, 80))
        )
    )
    out.append(
        L(
            '{"type":"Point","coordinates":[%.7f,%.7f]} geohash=%s'
            % (
                rng.uniform(-10, 30),
                rng.uniform(35, 60),
                alnum(9, "0123456789bcdefghjkmnpqrstuvwxyz"),
            )
        )
    )
    out.append(
        L(
            "position 52°22'%02d.%d\"N 4°53'%02d.%d\"E, elevation %d m"
            % (
                rng.randint(0, 59),
                rng.randint(0, 9),
                rng.randint(0, 59),
                rng.randint(0, 9),
                rng.randint(-5, 100),
            )
        )
    )
    out.append(
        L(
            "settlement EUR 1.234.567,89 | USD 12,345,678.90 | JPY ¥%s | fee 0,35 %%"
            % f"{rng.randint(10**6, 10**9):,}"
        )
    )
    out.append(L("invoice total: 1 234 567,00 zł brutto (netto 1 003 713,01 zł, VAT 23%)"))
    out.append(
        L(
            "fx: EURUSD 1.08734 bid 1.08731 ask 1.08737 vol 125000000 ts %d%03d"
            % (epoch(), rng.randint(0, 999))
        )
    )
    out.append(L("payout CHF 12'345'678.50 to merchant %s, reserve 1'200.00" % dig(8)))
    out.append(
        L(
            "utm easting=%d northing=%d zone=32U; mgrs 32UNB%s%s"
            % (rng.randint(300000, 700000), rng.randint(5000000, 6000000), dig(5), dig(5))
        )
    )
    out.append(
        L(
            "amount_minor=%d currency=INR display=₹%s"
            % (rng.randint(10**6, 10**10), "12,34,56,789.00")
        )
    )
    return out


@family("nopii_dates_times_ranges")
def f_dates():
    out = []
    out.append(
        L(
            "Lieferdatum 04.12.2026, Rechnungsdatum 2026/12/04, US date 12-04-26, ISO 2026-12-04T10:15:32+01:00"
        )
    )
    out.append(
        L("opening hours Mon-Fri 0900-1730, Sat 1000-1400; maintenance window 0200-0430 UTC")
    )
    out.append(L("rtp port range 10000-20000, sip 5060-5061, ephemeral 32768-60999"))
    out.append(L("scheduled 20261204T101532Z retry at 20261204 103000 expires 04/12/2026 23:59:59"))
    out.append(
        L(
            "2026-12-04 10:15:32,123 cron[%d]: job backup ran from 01:00:00 to 03:14:15 (elapsed 8055s)"
            % rng.randint(1000, 60000)
        )
    )
    out.append(
        L(
            "Date: Fri, 04 Dec 2026 %s GMT | Last-Modified: Thu, 03 Dec 2026 %s GMT | epoch_ms %d%03d"
            % (hms(), hms(), epoch(), rng.randint(0, 999))
        )
    )
    out.append(L("period 2026.12.01 - 2026.12.31; week 2026-W49; ordinal 2026-338; quarter 2026Q4"))
    out.append(
        L(
            "timestamp=%d nanos=%d tz=+0100 dst=0 julian=2461379.5"
            % (epoch(), rng.randint(0, 999999999))
        )
    )
    out.append(
        L("shift roster: 06:00-14:00, 14:00-22:00, 22:00-06:00; date range 01.12.2026-31.12.2026")
    )
    return out


@family("nopii_postal_codes")
def f_postal():
    out = []
    out.append(L("address validated: 10 Downing Street, London SW1A 2AA, GB (UPRN %s)" % dig(12)))
    out.append(
        L(
            "Lieferadresse: Friedrichstraße 123, 10117 Berlin; Rechnungsadresse: Postfach 10 20 30, 80335 München"
        )
    )
    out.append(
        L("shipping to 1600 Pennsylvania Ave NW, Washington, DC 20500-0003; alt ZIP 90210-1234")
    )
    out.append(
        L("postcode lookup NL 1012 AB Amsterdam, BE 1000 Bruxelles, FR 75008 Paris, CEDEX 92081")
    )
    out.append(
        L(
            "zip codes: PL 00-950 Warszawa, BR 01310-200 São Paulo, JP 〒100-0005 Tokyo, CA K1A 0B1 Ottawa"
        )
    )
    out.append(
        L(
            "HU H-1051 Budapest, FI 00100 Helsinki, NO 0150 Oslo, DK 1050 København K, RO 010011 București"
        )
    )
    out.append(
        L("PT 1100-148 Lisboa, UA 01001 Київ, IN PIN 110001 New Delhi, SG 018989, IE D02 X285")
    )
    out.append(
        L(
            "delivery zone check: postcode=%s result=outside_zone depot=%s distance_km=%d.%d"
            % (dig(5), dig(4), rng.randint(1, 300), rng.randint(0, 9))
        )
    )
    out.append(
        L(
            "AU 2000 Sydney NSW, NZ 6011 Wellington, ZA 8001 Cape Town, MX C.P. 06600 CDMX, AR C1043AAZ"
        )
    )
    return out


@family("nopii_references_banking")
def f_refs():
    out = []
    out.append(
        L(
            "invoice INV-2026-%06d issued, due 18.12.2026, PO %s, customer ref CR%s"
            % (rng.randint(1, 999999), dig(10), dig(8))
        )
    )
    out.append(
        L(
            "Bestellnummer %s / Auftragsnummer %s-%s, Lieferschein LS%s"
            % (dig(10), dig(6), dig(4), dig(9))
        )
    )
    out.append(
        L(
            "booking confirmed PNR %s, ticket %s-%s, flight LH%d seat %d%s"
            % (
                alnum(6, string.ascii_uppercase + string.digits),
                dig(3),
                dig(10),
                rng.randint(100, 9999),
                rng.randint(1, 60),
                rng.choice("ABCDEF"),
            )
        )
    )
    out.append(
        L(
            "BACS: sort code %02d-%02d-%02d account %s ref %s"
            % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99), dig(8), dig(12))
        )
    )
    out.append(
        L(
            "SEPA credit IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX EndToEndId %s amount 1.250,00"
            % dig(16)
        )
    )
    out.append(
        L(
            "ACH routing %s account %s check #%d trace %s"
            % (dig(9), dig(10), rng.randint(1000, 9999), dig(15))
        )
    )
    out.append(
        L(
            "Zahlungsreferenz RF18 5390 0754 7034; Verwendungszweck Rechnung %s vom 04.12.2026"
            % dig(8)
        )
    )
    out.append(
        L(
            "hotel reservation #%s, confirmation %s-%s, room %d, nights 3, rate code %s"
            % (dig(9), dig(4), dig(6), rng.randint(100, 1999), alnum(4, string.ascii_uppercase))
        )
    )
    out.append(
        L(
            "tracking: UPS 1Z%s, DHL %s, PostNL 3S%s, Royal Mail %s GB"
            % (
                alnum(16, string.ascii_uppercase + string.digits),
                dig(10),
                alnum(13, string.ascii_uppercase + string.digits),
                alnum(11, string.ascii_uppercase + string.digits),
            )
        )
    )
    out.append(
        L(
            "bank statement: acct 0%s-%s, BSB %s-%s, cheque %s, balance 12,345.67 CR"
            % (dig(2), dig(7), dig(3), dig(3), dig(6))
        )
    )
    return out


@family("nopii_ssn_taxid_serials")
def f_ids():
    out = []
    out.append(
        L(
            "kyc: ssn_last4=%s tin=%s-%s-%s ein=%s-%s"
            % (dig(4, False), dig(3), dig(2), dig(4), dig(2), dig(7))
        )
    )
    out.append(
        L(
            "Steuer-ID %s %s %s %s, USt-IdNr DE%s, HRB %d"
            % (dig(2), dig(3), dig(3), dig(3), dig(9), rng.randint(1000, 300000))
        )
    )
    out.append(
        L(
            "codice fiscale RSSMRA85T10A562S, partita IVA %s, BSN %s, NIF %s"
            % (dig(11), dig(9), dig(9))
        )
    )
    out.append(
        L(
            "CPF %s.%s.%s-%s CNPJ %s.%s.%s/0001-%s"
            % (dig(3), dig(3), dig(3), dig(2), dig(2), dig(3), dig(3), dig(2))
        )
    )
    out.append(
        L(
            "fødselsnummer %s, CPR %02d%02d%02d-%s, HETU %s-%s%s, CNP %s"
            % (
                dig(11),
                rng.randint(1, 28),
                rng.randint(1, 12),
                rng.randint(0, 99),
                dig(4),
                dig(6),
                dig(3),
                rng.choice("ABCDEFHJKLMNPRSTUVWXY"),
                dig(13),
            )
        )
    )
    out.append(
        L(
            "asset tag AT-%s serial C02%s model A2338 warranty until 2027-12-04"
            % (dig(6), alnum(7, string.ascii_uppercase + string.digits))
        )
    )
    out.append(
        L(
            "S/N %s, P/N 0%s-%s, FW %d.%d.%d, HW rev %s"
            % (
                dig(12),
                dig(3),
                dig(4),
                rng.randint(1, 9),
                rng.randint(0, 99),
                rng.randint(0, 999),
                alnum(2, string.ascii_uppercase),
            )
        )
    )
    out.append(
        L(
            "VIN WVWZZZ1JZ%s, licence plate B-AB %d, NHS number %s %s %s"
            % (
                alnum(7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
                rng.randint(100, 9999),
                dig(3),
                dig(3),
                dig(4),
            )
        )
    )
    out.append(L("РНОКПП %s; паспорт ЕК %s; ЄДРПОУ %s" % (dig(10), dig(6), dig(8))))
    return out


@family("nopii_sequences_durations")
def f_seq():
    out = []
    out.append(
        L(
            "kafka consumer group=billing topic=orders partition=%d offset=%s lag=%d"
            % (rng.randint(0, 31), dig(10), rng.randint(0, 99999))
        )
    )
    out.append(
        L(
            "request completed in %d ms (db %d.%03d s, render %d µs), bytes=%s"
            % (
                rng.randint(10, 9000),
                rng.randint(0, 9),
                rng.randint(0, 999),
                rng.randint(100, 999999),
                dig(8),
            )
        )
    )
    out.append(
        L(
            "pid=%d tid=%d seq=%s ack=%s win=%d"
            % (
                rng.randint(100, 99999),
                rng.randint(100, 99999),
                dig(10),
                dig(10),
                rng.randint(1000, 65535),
            )
        )
    )
    out.append(L("duration PT1H23M45S; elapsed 01:23:45.678; timeout=300000ms; uptime 1234567 s"))
    out.append(
        L(
            "postgres: LSN 0/%s, xid %s, checkpoint took %d.%03d s, wrote %d buffers"
            % (
                hexs(8, True),
                dig(10),
                rng.randint(0, 99),
                rng.randint(0, 999),
                rng.randint(1000, 999999),
            )
        )
    )
    out.append(
        L(
            "gc pause %d.%dms heap %d->%dMB, young gen collections %d, total %s ns"
            % (
                rng.randint(1, 300),
                rng.randint(0, 9),
                rng.randint(500, 4000),
                rng.randint(100, 500),
                rng.randint(1000, 99999),
                dig(12),
            )
        )
    )
    out.append(
        L(
            "rabbitmq delivery_tag=%d redelivered=false message_count=%d consumer_tag=amq.ctag-%s"
            % (rng.randint(1, 10**9), rng.randint(0, 99999), alnum(22))
        )
    )
    out.append(
        L("trace id=%s span=%s parent=%s duration_ns=%s" % (hexs(32), hexs(16), hexs(16), dig(11)))
    )
    out.append(
        L(
            "batch %d/%d processed %s rows in %dm%02ds, checksum %s"
            % (
                rng.randint(1, 500),
                rng.randint(500, 999),
                f"{rng.randint(10**6, 10**8):,}",
                rng.randint(0, 59),
                rng.randint(0, 59),
                dig(10),
            )
        )
    )
    return out


@family("nopii_at_sign_lookalikes")
def f_at():
    out = []
    out.append(
        L(
            "Traceback (most recent call last): File \"app.py\", line %d, in <module> @app.route('/users/<int:user_id>')"
            % rng.randint(10, 999)
        )
    )
    out.append(
        L(
            "npm WARN deprecated @babel/plugin-proposal-class-properties@7.18.6; installed @angular/core@17.3.2 and @types/node@20.11.5"
        )
    )
    out.append(
        L(
            "git clone git@github.com:acme-corp/billing-service.git && git push origin HEAD:refs/for/main"
        )
    )
    out.append(
        L(
            "Pulling docker.io/library/nginx@sha256:%s ... done (redis@sha256:%s)"
            % (hexs(64), hexs(12))
        )
    )
    out.append(
        L("twitter mention from @maria_k_dev: thanks @AcmeSupport, fixed after 2 days #devops")
    )
    out.append(
        L(
            "systemd[1]: Started getty@tty1.service; openvpn-client@office.service: Main process exited, code=exited, status=1/FAILURE"
        )
    )
    out.append(
        L(
            'java: @Override public String toString() { return "Widget@" + Integer.toHexString(hashCode()); } -> Widget@%s'
            % hexs(7)
        )
    )
    out.append(
        L(
            "ssh deploy@%s -p 2222 'sudo systemctl restart api@%d'; rsync -az build/ www-data@%s:/srv/app/"
            % (ip(), rng.randint(1, 4), ip())
        )
    )
    out.append(
        L(
            "slack: <!here> @channel release train leaves at 1500; css: @media (max-width: 768px) { .logo { background: url(logo@2x.png) } }"
        )
    )
    out.append(
        L(
            "pip install 'requests @ https://files.example.com/requests-2.31.0-py3-none-any.whl'; perl: $str =~ s/\\@/ at /g; @decorator applied"
        )
    )
    return out


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------


def check(rec):
    spans = rec["spans"]
    prev = -1
    for sp in spans:
        assert sp["start"] >= prev and sp["end"] > sp["start"], (rec, sp)
        prev = sp["end"]
        frag = rec["text"][sp["start"] : sp["end"]]
        assert frag == frag.strip(), (frag, rec)
        if sp["type"] == "phone":
            assert "region" in sp
            assert valid(frag, sp["region"], sp.get("decode")), (
                "INVALID PHONE",
                frag,
                sp,
                rec["text"],
            )
        else:
            assert "region" not in sp
            e = unquote_plus(frag) if sp.get("decode") == "form" else frag
            assert e.count("@") == 1 and "." in e.split("@")[1], (frag, rec)


def main():
    records = []
    for name, fn in FAM.items():
        lines = fn()
        assert 6 <= len(lines) <= 12, (name, len(lines))
        for rec in lines:
            rec["family"] = name
            check(rec)
            records.append(rec)
    path = os.path.join(HERE, "redaction_corpus_probe3.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(
                json.dumps(
                    {"text": rec["text"], "spans": rec["spans"], "family": rec["family"]},
                    ensure_ascii=False,
                )
                + "\n"
            )
    # summary
    nph = sum(1 for r in records for s in r["spans"] if s["type"] == "phone")
    nem = sum(1 for r in records for s in r["spans"] if s["type"] == "email")
    nfree = sum(1 for r in records if not r["spans"])
    print("%-32s %5s %6s %6s %7s" % ("family", "lines", "phones", "emails", "no-PII"))
    for name in FAM:
        rs = [r for r in records if r["family"] == name]
        print(
            "%-32s %5d %6d %6d %7d"
            % (
                name,
                len(rs),
                sum(1 for r in rs for s in r["spans"] if s["type"] == "phone"),
                sum(1 for r in rs for s in r["spans"] if s["type"] == "email"),
                sum(1 for r in rs if not r["spans"]),
            )
        )
    regions = sorted({s["region"] for r in records for s in r["spans"] if s["type"] == "phone"})
    print(
        "TOTAL lines=%d families=%d phones=%d emails=%d pii_free_lines=%d"
        % (len(records), len(FAM), nph, nem, nfree)
    )
    print("phone regions (%d): %s" % (len(regions), " ".join(regions)))
    print(
        "all %d phone spans validated with phonenumbers.is_valid_number(parse(text, region))" % nph
    )
    print("wrote", path)


if __name__ == "__main__":
    main()
