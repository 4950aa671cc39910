"""Write tests/processing/redaction_corpus_probe4.jsonl: a sixth labelled corpus, written
from real log formats (on-call alerting, chat events, helpdesks, CRM webhooks, payment and
mobile-money callbacks, dispatch and parcel tracking, PNRs, health reminders, OTP and USSD
gateways, GSM modems, web frameworks, databases, brokers, mobile logs, mail logs, notes in
Spanish, South-East Asian languages, Hindi, Swahili, Turkish, Japanese, Arabic) by someone who
had not read the redaction rules (issue 11). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe4_corpus

Every line is built by appending pieces to a LineBuilder, so span offsets are computed,
never typed by hand.
"""

import datetime as dt
import json
import random
import re
import string
import uuid
from collections import Counter, OrderedDict
from typing import Any
from urllib.parse import quote, quote_plus, unquote_plus

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 4122026
rng = random.Random(SEED)
OUT = str(__import__("pathlib").Path(__file__).with_name("redaction_corpus_probe4.jsonl"))

# --------------------------------------------------------------------------- builder


class L:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s)
        return self

    def ph(self, s, region, decode=None):
        start = self.n
        self.t(s)
        sp = {"start": start, "end": self.n, "type": "phone", "region": region}
        if decode:
            sp["decode"] = decode
        self.spans.append(sp)
        return self

    def p(self, w, decode=None):
        """append a Writing (text, region)"""
        return self.ph(w[0], w[1], decode)

    def em(self, s, decode=None):
        start = self.n
        self.t(s)
        sp = {"start": start, "end": self.n, "type": "email"}
        if decode:
            sp["decode"] = decode
        self.spans.append(sp)
        return self

    def text(self):
        return "".join(self.parts)

    def obj(self):
        return {"text": self.text(), "spans": self.spans, "family": self.family}


# --------------------------------------------------------------------------- phones

KIND = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "tollfree": PNT.TOLL_FREE}
_used: set[tuple[int, str]] = set()


def gen(region, kind="mobile", prefix=None):
    """Random valid number of `region` and `kind`, derived from the library example by
    randomising subscriber digits; never the example number itself."""
    want = KIND[kind]
    ex = pn.example_number_for_type(region, want)
    assert ex is not None, region
    cc: int = ex.country_code or 0
    nsn = pn.national_significant_number(ex)
    oks = {want, PNT.FIXED_LINE_OR_MOBILE}
    for _attempt in range(5000):
        if prefix is not None:
            head = prefix
        else:
            keep = rng.choice([1, 2, 2, 3, 3, 4])
            keep = min(keep, len(nsn) - 4)
            head = nsn[:keep]
        cand = head + "".join(rng.choice(string.digits) for _ in range(len(nsn) - len(head)))
        if cand == nsn or (cc, cand) in _used:
            continue
        num = pn.parse("+%d%s" % (cc, cand), None)
        if not pn.is_valid_number(num):
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in oks:
            continue
        _used.add((cc, cand))
        return num
    raise RuntimeError("could not generate %s %s" % (region, kind))


def fmt_intl(num):
    return pn.format_number(num, PNF.INTERNATIONAL)


def fmt_nat(num):
    return pn.format_number(num, PNF.NATIONAL)


def resep(s, sep):
    return re.sub(r"[ \-]", sep, s)


def strip_all(s):
    return re.sub(r"[^0-9+]", "", s)


IDD = {"US": "011", "CA": "011"}


def w(num, style="intl", frm=None):
    """Return (text, region) for a writing of `num`.  region = the region whose
    dialling conventions the writing follows (number's own for national / +cc; the
    dialling-from country for 00 / 011 prefixes)."""
    reg = pn.region_code_for_number(num)
    cc = str(num.country_code)
    nsn = pn.national_significant_number(num)
    intl = fmt_intl(num)
    nat = fmt_nat(num)
    rest = intl[len(cc) + 2 :]  # after "+cc "
    if style == "e164":
        s = "+" + cc + nsn
    elif style == "intl":
        s = intl
    elif style == "intl-":
        s = "+" + cc + "-" + resep(rest, "-")
    elif style == "intl.":
        s = "+" + cc + "." + resep(rest, ".")
    elif style == "intl_nosp":  # +cc then national grouping without the trunk 0
        s = "+" + cc + " " + strip_all(rest)
    elif style == "intl(0)":  # +44 (0)20 ...
        s = "+" + cc + " (0)" + rest
    elif style == "natl":
        s = nat
    elif style == "natl-":
        s = resep(re.sub(r"^\((\d+)\) ", r"\1 ", nat), "-")
    elif style == "natl.":
        s = resep(re.sub(r"^\((\d+)\) ", r"\1 ", nat), ".")
    elif style == "natl_sp":
        s = nat.replace("-", " ")
    elif style == "natl0":  # national digits only, no separators
        s = re.sub(r"[^0-9]", "", nat)
    elif style == "natl/":  # DE style 0171/2345678
        parts = re.split(r"[ \-]", nat, maxsplit=1)
        s = parts[0] + "/" + strip_all(parts[1]) if len(parts) == 2 else nat
    elif style == "no0":  # national grouping without the trunk prefix
        s = re.sub(r"^0", "", nat)
    elif style == "nsn":
        s = nsn
    elif style == "ccnsn":  # 254712345678 (no plus)
        s = cc + nsn
    elif style == "idd":
        frm = frm or "DE"
        s = IDD.get(frm, "00") + " " + cc + " " + rest
        reg = frm
    elif style == "idd0":
        frm = frm or "FR"
        s = IDD.get(frm, "00") + cc + nsn
        reg = frm
    elif style == "rfc":
        s = pn.format_number(num, PNF.RFC3966)[4:]  # drop "tel:"
    elif style == "paren_area":  # (201) 555-0123 like national already for NANPA
        s = nat
    else:
        raise ValueError(style)
    return (s, reg)


def form(s):
    """x-www-form-urlencoded writing (+ for spaces)."""
    return quote_plus(s, safe="")


FW = str.maketrans("0123456789-()+ ", "０１２３４５６７８９－（）＋　")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# --------------------------------------------------------------------------- helpers


def digits(n, first_nonzero=True):
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def alnum(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


BASE = dt.datetime(2024, 3, 4, 8, 0, 0)


def ts():
    return BASE + dt.timedelta(
        seconds=rng.randint(0, 86400 * 60), microseconds=rng.randint(0, 999999)
    )


def iso(t=None, z=True, ms=True):
    t = t or ts()
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "")
    return s + ("Z" if z else "")


def epoch_ms(t=None):
    t = t or ts()
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def epoch_s(t=None):
    t = t or ts()
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def email(local, domain):
    return local + "@" + domain


def pick(*xs):
    return rng.choice(xs)


# --------------------------------------------------------------------------- families

FAMILIES: OrderedDict[str, Any] = OrderedDict()


def family(name):
    def deco(fn):
        FAMILIES[name] = fn
        return fn

    return deco


@family("ops_alerting")
def f_ops():
    F = "ops_alerting"
    out = []
    # PagerDuty v3 webhook, notification log entry
    n = gen("US", "fixed")
    out.append(
        L(F)
        .t(
            '{"event":{"id":"%s","event_type":"incident.escalated","resource_type":"incident","occurred_at":"%s","data":{"id":"Q%s","number":%s,"urgency":"high","escalation_level":2,"log_entries":[{"type":"notify_log_entry","channel":{"type":"phone"},"summary":"Notified Dana Whitfield by phone at '
            % (alnum(26), iso(), alnum(13), digits(5))
        )
        .p(w(n, "intl"))
        .t('","user":{"summary":"Dana Whitfield","email":"')
        .em(email("dana.whitfield", "northwind-ops.com"))
        .t('"}}]}}}')
    )
    # PagerDuty contact method object (country_code + address kept apart)
    n = gen("GB", "mobile")
    out.append(
        L(F)
        .t(
            'pagerduty-sync DEBUG contact_method fetched: {"id":"P%s","type":"sms_contact_method","summary":"Mobile","label":"Mobile","country_code":44,"address":"'
            % alnum(6)
        )
        .p(w(n, "nsn"))
        .t('","send_short_email":false,"enabled":true}')
    )
    # Opsgenie alert log
    n = gen("TR", "mobile")
    out.append(
        L(F)
        .t(
            '%s INFO  opsgenie.notify alertId=%s tinyId=%s escalation="DB Primary Escalation" step=1 recipient="Mehmet Kaya" method=voice to='
            % (iso(), uid(), digits(4))
        )
        .p(w(n, "e164"))
        .t(" status=SENT")
    )
    # Opsgenie on-call lookup response
    n1, n2 = gen("RO", "mobile"), gen("HU", "mobile")
    out.append(
        L(F)
        .t(
            '[opsgenie-bridge] on-call for schedule "Payments_Schedule": {"onCallParticipants":[{"name":"'
        )
        .em(email("andrei.popescu", "plata.ro"))
        .t('","type":"user","contact":"')
        .p(w(n1, "intl"))
        .t('"},{"name":"')
        .em(email("kovacs.eszter", "plata.ro"))
        .t('","type":"user","contact":"')
        .p(w(n2, "intl-"))
        .t('"}]}')
    )
    # VictorOps / Splunk On-Call timeline
    n = gen("FI", "mobile")
    out.append(
        L(F)
        .t("VictorOps timeline %s  Paging: SMS to Mikko Virtanen (" % iso(ms=False))
        .p(w(n, "natl"))
        .t(') for incident #%s "disk /var 97%% on db-fin-02"' % digits(4))
    )
    # escalation free text with sip
    n = gen("DE", "fixed")
    out.append(
        L(F)
        .t(
            "%s WARN escalation-bot: level 3 reached for INC-%s, bridging conference via sip:"
            % (iso(), digits(5))
        )
        .p(w(n, "e164"))
        .t("@pbx.ops.example.de;user=phone")
    )
    # PII-free lines
    out.append(
        L(F).t(
            '{"routing_key":"R%s","event_action":"trigger","dedup_key":"srv01/mysql-repl-lag-%s","payload":{"summary":"Replication lag 1843s on mysql-07 (threshold 300s)","source":"mysql-07.dc2","severity":"critical","timestamp":"%s"}}'
            % (alnum(31), digits(6), iso())
        )
    )
    out.append(
        L(F).t(
            'Opsgenie heartbeat "billing-cron" expired at %d (last ping %d, interval 10m) - created alert #%s, priority P2'
            % (epoch_ms(), epoch_ms(), digits(5))
        )
    )
    out.append(
        L(F).t(
            "PagerDuty: incident #%s acknowledged by @oncall-sre after 4m12s; 3 escalation rules, 2 of 5 targets notified, MTTA 00:04:12"
            % digits(6)
        )
    )
    return out


@family("chat_events")
def f_chat():
    F = "chat_events"
    out = []
    n = gen("AR", "mobile")
    out.append(
        L(F)
        .t(
            '{"type":"message","channel":"C0%s","user":"U0%s","text":"<@U0%s> el cliente pide que lo llamen al '
            % (alnum(8), alnum(8), alnum(8))
        )
        .p(w(n, "natl"))
        .t(
            ' antes de las 18hs","ts":"%d.%s","team":"T0%s"}'
            % (epoch_s(), digits(6, False), alnum(8))
        )
    )
    n = gen("DE", "mobile")
    out.append(
        L(F)
        .t(
            'slack-events user_change: {"id":"U0%s","profile":{"real_name":"Lena Hoffmann","title":"Field Engineer","phone":"'
            % alnum(8)
        )
        .p(w(n, "natl/"))
        .t('","email":"')
        .em(email("lena.hoffmann", "stadtwerke-nord.de"))
        .t('","tz":"Europe/Berlin"}}')
    )
    n = gen("IN", "mobile")
    out.append(
        L(F)
        .t(
            'Teams webhook activity type=message from.name="Priya Nair" text="<p><at>Support</at> customer callback number is '
        )
        .p(w(n, "intl"))
        .t(' - ticket pending since 09:30 IST</p>" conversation.id=19:%s@thread.tacv2' % hexs(32))
    )
    # Mattermost outgoing webhook form body
    n = gen("PT", "mobile")
    w(n, "intl")  # unused, but it draws from the generator: the corpus stays as published
    pre = "token=%s&team_id=%s&team_domain=lojas&channel_name=suporte&user_name=rita.c&text=" % (
        alnum(26, string.ascii_lowercase + string.digits),
        alnum(26, string.ascii_lowercase + string.digits),
    )
    enc_before = form("Liga-me para ")
    enc_num = form(w(n, "intl")[0])
    enc_after = form(" por favor")
    out.append(
        L(F)
        .t('POST /hooks/mattermost 200 body="' + pre + enc_before)
        .ph(enc_num, "PT", "form")
        .t(enc_after + '&trigger_word="')
    )
    n = gen("SG", "mobile")
    out.append(
        L(F)
        .t(
            '[mattermost] %s msg id=%s channel=town-square user=@wei.ling: "pls whatsapp me at '
            % (iso(), alnum(26, string.ascii_lowercase + string.digits))
        )
        .p(w(n, "no0"))
        .t(" or mail ")
        .em(email("weiling.tan", "gmail.com"))
        .t('"')
    )
    n = gen("DK", "mobile")
    out.append(
        L(F)
        .t("Teams chat export | 2024-03-12 14:02 | Søren Madsen: ring til mig på ")
        .p(w(n, "natl"))
        .t(" hvis serveren går ned igen")
    )
    # PII-free
    out.append(
        L(F).t(
            '{"type":"message","subtype":"bot_message","text":"Deploy #4412 to prod-eu-1 finished in 312s (build 20240314.7, commit 9f3c2a1)","ts":"%d.%s","bot_id":"B0%s"}'
            % (epoch_s(), digits(6, False), alnum(8))
        )
    )
    out.append(
        L(F).t(
            "Mattermost: @channel standup moved to 10:15, bridge PIN 482 913 77#, room 3.14 (floor 3)"
        )
    )
    return out


@family("helpdesk_tickets")
def f_helpdesk():
    F = "helpdesk_tickets"
    out = []
    n = gen("CO", "mobile")
    out.append(
        L(F)
        .t(
            'zendesk.trigger ticket.created {"ticket":{"id":%s,"subject":"No me llega el pedido","requester":{"name":"Camila Rojas","email":"'
            % digits(6)
        )
        .em(email("camila.rojas87", "hotmail.com"))
        .t('","phone":"')
        .p(w(n, "intl"))
        .t('"},"tags":["envio","bogota"],"priority":"high"}}')
    )
    n = gen("BE", "mobile")
    out.append(
        L(F)
        .t(
            'Freshdesk webhook: {"freshdesk_webhook":{"ticket_id":%s,"ticket_contact_email":"'
            % digits(5)
        )
        .em(email("thomas.peeters", "telenet.be"))
        .t('","ticket_contact_mobile":"')
        .p(w(n, "natl"))
        .t('","ticket_contact_phone":"","ticket_status":"Open"}}')
    )
    n = gen("NO", "fixed")
    out.append(
        L(F)
        .t(
            'servicenow sys_journal_field element=comments element_id=%s value="Innringer oppga nytt nummer '
            % hexs(32)
        )
        .p(w(n, "natl"))
        .t(', ønsker tilbakeringing etter kl 15" sys_created_by=ola.nordmann')
    )
    n = gen("US", "fixed")
    ext = str(rng.randint(100, 9999))
    out.append(
        L(F)
        .t('JSM comment added to SUP-%s by Carla Mendes: "Vendor contact is Rob at ' % digits(4))
        .ph(fmt_nat(n) + " ext. " + ext, "US")
        .t(', ask for the RMA desk"')
    )
    n = gen("PE", "mobile")
    out.append(
        L(F)
        .t(
            'Zendesk ticket #%s comment public=true author_id=%s body="Buenas tardes, mi celular es '
            % (digits(6), digits(12))
        )
        .p(w(n, "natl0"))
        .t(" y el correo ")
        .em(email("luis.quispe", "yahoo.com.pe"))
        .t('"')
    )
    n = gen("UA", "mobile")
    out.append(
        L(F)
        .t('%s freshdesk.contact.update id=%s changes={"mobile":[null,"' % (iso(), digits(11)))
        .p(w(n, "intl"))
        .t('"],"language":["en","uk"]}')
    )
    # PII-free
    out.append(
        L(F).t(
            'servicenow INC0%s state 2->6 (Resolved) assignment_group="Network Ops" sys_id=%s close_code="Solved (Permanently)" reopen_count=0'
            % (digits(6), hexs(32))
        )
    )
    out.append(
        L(F).t(
            "Zendesk SLA breach: ticket 4412873 first_reply_time 86400s > target 28800s, group_id 360001234567, brand_id 360000112233"
        )
    )
    return out


@family("crm_webhooks")
def f_crm():
    F = "crm_webhooks"
    out = []
    n = gen("CL", "mobile", prefix="9")
    out.append(
        L(F)
        .t('[{"objectId":%s,"propertyName":"phone","propertyValue":"' % digits(9))
        .p(w(n, "intl"))
        .t(
            '","changeSource":"CRM_UI","eventId":%s,"subscriptionId":%s,"portalId":%s,"appId":%s,"occurredAt":%d,"subscriptionType":"contact.propertyChange","attemptNumber":0}]'
            % (digits(10), digits(6), digits(8), digits(7), epoch_ms())
        )
    )
    n = gen("ZA", "mobile")
    n2 = gen("ZA", "mobile")
    out.append(
        L(F)
        .t(
            "Salesforce Field History Contact 003%s: MobilePhone changed from "
            % alnum(12, string.ascii_letters + string.digits)
        )
        .p(w(n, "natl0"))
        .t(" to ")
        .p(w(n2, "intl"))
        .t(" by Integration User on 2024-03-14 09:12:44")
    )
    n = gen("NG", "mobile")
    out.append(
        L(F)
        .t(
            'pipedrive webhook v1 updated.person {"current":{"id":%s,"name":"Chinedu Okafor","phone":[{"label":"mobile","value":"'
            % digits(4)
        )
        .p(w(n, "natl"))
        .t('","primary":true}],"email":[{"label":"work","value":"')
        .em(email("chinedu.okafor", "lagosfreight.com.ng"))
        .t(
            '","primary":true}]},"previous":{"phone":[{"label":"mobile","value":"","primary":true}]}}'
        )
    )
    n = gen("MY", "mobile")
    out.append(
        L(F)
        .t(
            'zoho-crm notification module=Leads operation=insert ids=["%s"] data={"Last_Name":"Abdullah","Mobile":"'
            % digits(19)
        )
        .p(w(n, "natl"))
        .t('","Email":"')
        .em(email("farah.abdullah", "maxis.net.my"))
        .t('","Lead_Source":"Web Form"}')
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t("hubspot form submission portal=%s form=%s fields: email=" % (digits(7), uid()))
        .em(email("j.ramirez+demo", "bluefinanalytics.io"))
        .t(", phone=")
        .p(w(n, "paren_area"))
        .t(", company=Bluefin Analytics")
    )
    n = gen("FR", "fixed")
    out.append(
        L(F)
        .t("SetupAuditTrail 2024-03-11T16:20:05Z createdBy=")
        .em(email("sophie.martin", "ets-moreau.fr"))
        .t(' section="Accounts" display="Changed Account Phone for Ets Moreau from blank to ')
        .p(w(n, "natl."))
        .t('"')
    )
    # PII-free
    out.append(
        L(F).t(
            '[{"objectId":%s,"propertyName":"hs_lead_status","propertyValue":"IN_PROGRESS","changeSource":"WORKFLOW","eventId":%s,"portalId":%s,"occurredAt":%d}]'
            % (digits(10), digits(10), digits(8), epoch_ms())
        )
    )
    out.append(
        L(F).t(
            "Salesforce bulk job 750%s state=JobComplete records_processed=48213 failed=12 apiVersion=59.0 totalProcessingTime=184223"
            % alnum(12, string.ascii_letters + string.digits)
        )
    )
    return out


@family("payments_callbacks")
def f_pay():
    F = "payments_callbacks"
    out = []
    # PayPal IPN (form encoded)
    n = gen("US", "mobile")
    e = email("mrodriguez", "gmail.com")
    out.append(
        L(F)
        .t(
            "paypal-ipn raw: mc_gross=%d.00&protection_eligibility=Eligible&payer_id=%s&payment_date=10%%3A22%%3A08+Mar+14%%2C+2024+PDT&payment_status=Completed&payer_email="
            % (rng.randint(10, 300), alnum(13))
        )
        .em(quote_plus(e), "form")
        .t("&contact_phone=")
        .ph(form(fmt_nat(n)), "US", "form")
        .t("&txn_id=%s&mc_currency=USD&ipn_track_id=%s" % (alnum(17), hexs(13)))
    )
    # M-Pesa STK callback
    n = gen("KE", "mobile")
    out.append(
        L(F)
        .t(
            'mpesa callback {"Body":{"stkCallback":{"MerchantRequestID":"%s-%s-1","CheckoutRequestID":"ws_CO_%s","ResultCode":0,"ResultDesc":"The service request is processed successfully.","CallbackMetadata":{"Item":[{"Name":"Amount","Value":%d},{"Name":"MpesaReceiptNumber","Value":"%s"},{"Name":"TransactionDate","Value":20240314%s},{"Name":"PhoneNumber","Value":'
            % (digits(5), digits(8), digits(21), rng.randint(10, 5000), alnum(10), digits(6, False))
        )
        .p(w(n, "ccnsn"))
        .t("}]}}}}")
    )
    # Razorpay
    n = gen("IN", "mobile")
    out.append(
        L(F)
        .t(
            'razorpay webhook payment.captured {"entity":"payment","id":"pay_%s","amount":%d,"currency":"INR","method":"upi","vpa":"rahul.k@okaxis","email":"'
            % (alnum(14, string.ascii_letters + string.digits), rng.randint(100, 99999) * 100)
        )
        .em(email("rahul.kulkarni", "gmail.com"))
        .t('","contact":"')
        .p(w(n, "e164"))
        .t('","order_id":"order_%s"}' % alnum(14, string.ascii_letters + string.digits))
    )
    # Paystack
    n = gen("NG", "mobile")
    out.append(
        L(F)
        .t(
            'paystack event=charge.success data.reference=%s data.customer={"id":%s,"first_name":"Ngozi","email":"'
            % (alnum(10, string.ascii_lowercase + string.digits), digits(8))
        )
        .em(email("ngozi.eze", "yahoo.com"))
        .t('","phone":"')
        .p(w(n, "natl0"))
        .t(
            '","customer_code":"CUS_%s"} authorization.last4=4081 bin=408408'
            % alnum(15, string.ascii_lowercase + string.digits)
        )
    )
    # Adyen
    n = gen("BE", "fixed")
    out.append(
        L(F)
        .t(
            "adyen notification AUTHORISATION pspReference=%s merchantReference=ORD-%s success=true additionalData.shopperEmail="
            % (digits(16), digits(7))
        )
        .em(email("an.janssens", "skynet.be"))
        .t(" additionalData.shopperTelephone=")
        .p(w(n, "intl"))
        .t(" additionalData.cardSummary=1142 additionalData.expiryDate=3/2030")
    )
    # Braintree
    n = gen("HK", "mobile")
    out.append(
        L(F)
        .t("braintree customer.create ok id=%s firstName=Ka Ho lastName=Chan phone=" % digits(9))
        .p(w(n, "intl_nosp"))
        .t(" email=")
        .em(email("kaho.chan", "netvigator.com"))
        .t(" creditCard.bin=552433 last4=0917")
    )
    # Mollie PII-free
    out.append(
        L(F).t(
            'mollie webhook id=tr_%s status=paid amount={"value":"49.95","currency":"EUR"} details.consumerAccount=NL91ABNA0417164300 details.consumerBic=ABNANL2A paidAt=2024-03-14T09:11:20+00:00'
            % alnum(10, string.ascii_letters + string.digits)
        )
    )
    out.append(
        L(F).t(
            'adyen REFUND pspReference=%s originalReference=%s amount.value=12995 amount.currency=EUR reason="" eventDate=2024-03-14T10:12:44+01:00'
            % (digits(16), digits(16))
        )
    )
    out.append(
        L(F).t(
            "M-Pesa C2B validation TransID=%s TransTime=20240314102115 TransAmount=1500.00 BusinessShortCode=600984 BillRefNumber=INV-77120 OrgAccountBalance=48213.40"
            % alnum(10)
        )
    )
    return out


@family("dispatch_logistics")
def f_dispatch():
    F = "dispatch_logistics"
    out = []
    n = gen("ID", "mobile")
    out.append(
        L(F)
        .t(
            "%s INFO dispatch.assign ride_id=RD-%s driver_id=%s driver_phone="
            % (iso(), alnum(10), digits(7))
        )
        .p(w(n, "natl"))
        .t(' vehicle="B 1234 KZN" eta_s=240 surge=1.3')
    )
    n = gen("PH", "mobile")
    out.append(
        L(F)
        .t('{"order_id":"%s","courier":{"name":"Jomar D.","phone":"' % alnum(12))
        .p(w(n, "intl"))
        .t(
            '"},"dropoff":{"address":"Unit 12B, 88 Aguirre Ave, BF Homes, Paranaque 1720","notes":"Gate code 4821#, text '
        )
        .p(w(gen("PH", "mobile"), "natl0"))
        .t(' pag nasa labas na po"}}')
    )
    n = gen("CO", "mobile")
    out.append(
        L(F)
        .t('rappi-like courier note: "Dejar en porteria torre 3 apto 502, llamar al ')
        .p(w(n, "natl"))
        .t(' si no contestan, NO timbrar"')
    )
    n = gen("DE", "mobile")
    out.append(
        L(F)
        .t(
            'DHL event awb=%s code=NH "Not delivered - recipient not at home" service_point=%s contact_on_card='
            % (digits(10), digits(6))
        )
        .p(w(n, "natl/"))
        .t(" ts=%s" % iso())
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t(
            'FedEx TRACK %s status=DE exceptionCode=08 "Recipient not in - Customer not available or business closed" recipientPhone='
            % digits(12)
        )
        .p(w(n, "natl-"))
        .t(' scanLocation="MEMPHIS, TN"')
    )
    n = gen("EG", "mobile")
    out.append(
        L(F)
        .t("%s WARN courier-app sms.fallback order=%s to=" % (iso(), digits(9)))
        .p(w(n, "intl"))
        .t(' msg="المندوب في الطريق، رقم الطلب %s"' % digits(6))
    )
    # PII-free
    out.append(
        L(F).t(
            "UPS scan 1Z%s ORIGIN SCAN LOUISVILLE KY US 03/14/2024 22:47 pkg 2 of 3 weight 14.2 LBS"
            % alnum(16)
        )
    )
    out.append(
        L(F).t(
            "dispatch.metrics region=jkt-south active_drivers=4412 pending=318 p95_assign_ms=1843 lat=-6.2615 lon=106.8106 zone_id=62-3174"
        )
    )
    return out


@family("travel_pnr")
def f_travel():
    F = "travel_pnr"
    out = []
    n = gen("GB", "fixed")
    rec = alnum(6, "BCDFGHJKLMNPQRSTVWXYZ")
    out.append(L(F).t("  3 AP LON ").ph(fmt_intl(n)[1:], "GB").t(" - SMITH TRAVEL - A"))
    n = gen("GB", "mobile")
    out.append(L(F).t("  4 APM ").p(w(n, "e164")))
    out.append(L(F).t("  5 APE ").em("JOHN.SMITH77@BTINTERNET.COM"))
    n = gen("TH", "mobile")
    out.append(L(F).t("  7 SSR CTCM TG HK1/").p(w(n, "ccnsn")).t("/P1"))
    n = gen("TW", "mobile")
    out.append(
        L(F)
        .t("sabre PNR %s phone field: 1.TPE" % rec)
        .p(w(n, "natl0"))
        .t("-M 2.TPE")
        .p(w(gen("TW", "fixed"), "natl0"))
        .t("-B")
    )
    n = gen("PT", "mobile")
    out.append(
        L(F)
        .t(
            '<HotelReservation ResID="%s"><Guest><Name>Joana Ferreira</Name><Telephone PhoneNumber="'
            % digits(10)
        )
        .p(w(n, "intl"))
        .t('" PhoneTechType="5"/><Email>')
        .em(email("joana.ferreira", "sapo.pt"))
        .t(
            '</Email></Guest><RoomStay Arrival="2024-04-02" Departure="2024-04-05"/></HotelReservation>'
        )
    )
    n = gen("VN", "mobile")
    out.append(
        L(F)
        .t('%s OLCI checkin pnr=%s pax=NGUYEN/VANAN MR seat=23A emergency_contact="' % (iso(), rec))
        .p(w(n, "intl"))
        .t('" apis=OK')
    )
    # PII-free
    out.append(L(F).t("  2  TK1980 Y 15APR 1 ISTLHR HK1  0820 1040  15APR  E  TK/%s" % rec))
    out.append(
        L(F).t("  8 FA PAX 235-%s/ETTK/TRY12450.00/14MAR24/ISTTK08AA/%s" % (digits(10), digits(8)))
    )
    out.append(
        L(F).t(
            "booking.com reservation %s status=ok checkin=2024-04-02 checkout=2024-04-05 rooms=1 price=EUR 412.50 hotel_id=%s genius_level=2"
            % (digits(10), digits(7))
        )
    )
    return out


@family("health_notifications")
def f_health():
    F = "health_notifications"
    out = []
    n = gen("PH", "mobile")
    out.append(
        L(F)
        .t("%s appt-reminder queued to=" % iso())
        .p(w(n, "e164"))
        .t(
            ' template=APPT_24H appt_id=%s clinic="Makati Med OPD 4" slot=2024-03-15T09:30+08:00'
            % digits(8)
        )
    )
    n = gen("PK", "mobile")
    out.append(
        L(F)
        .t("SMS OUT %s to " % iso(ms=False))
        .p(w(n, "natl"))
        .t(
            ' "Your refill for Rx#%s (Metformin 500mg x60) is ready for pickup at Shifa Pharmacy, F-8 Markaz." dlr=DELIVRD'
            % digits(7)
        )
    )
    n = gen("GB", "mobile")
    out.append(
        L(F)
        .t(
            "lab-notify: result ready for MRN %s (FBC, U&E); patient notified by email "
            % digits(8, False)
        )
        .em(email("a.okonkwo", "nhs.net"))
        .t(" and sms ")
        .p(w(n, "natl"))
    )
    n = gen("BD", "mobile")
    out.append(
        L(F)
        .t('{"event":"reminder.sent","channel":"sms","recipient":"')
        .p(w(n, "intl"))
        .t(
            '","locale":"bn-BD","body":"আপনার অ্যাপয়েন্টমেন্ট ১৫/০৩ সকাল ১০:৩০","provider":"ssl-wireless"}'
        )
    )
    n = gen("DE", "fixed")
    out.append(
        L(F)
        .t("Praxis-Terminbestätigung an ")
        .em(email("k.mueller", "web.de"))
        .t(": Rückfragen unter ")
        .p(w(n, "natl"))
        .t(" (Mo-Fr 8-12 Uhr)")
    )
    n = gen("ZA", "mobile")
    out.append(
        L(F)
        .t("pharmacy.sms.inbound from=")
        .p(w(n, "ccnsn"))
        .t(' text="REFILL 448213" matched_script=SC-%s' % digits(6))
    )
    # PII-free
    out.append(
        L(F).t(
            "lab result HbA1c 6.8 %% (ref 4.0-5.6), eGFR 74 mL/min/1.73m2, LDL 3.1 mmol/L collected 2024-03-12 07:45 accession %s"
            % digits(10)
        )
    )
    out.append(
        L(F).t(
            "appt-reminder batch done: 1843 queued, 1790 delivered, 41 failed (err 30007), 12 opted out; next run 2024-03-15 06:00"
        )
    )
    return out


@family("telco_otp")
def f_telco():
    F = "telco_otp"
    out = []
    n = gen("KE", "mobile")
    out.append(
        L(F)
        .t("USSD POST /ussd sessionId=ATUid_%s serviceCode=*384*2025# phoneNumber=" % hexs(32))
        .ph(form(w(n, "e164")[0]), "KE", "form")
        .t(" networkCode=63902 text=1*2")
    )
    n = gen("TZ", "mobile")
    out.append(
        L(F)
        .t("%s twilio.verify POST /v2/Services/VA%s/Verifications To=" % (iso(), hexs(32)))
        .ph(quote(w(n, "e164")[0], safe=""), "TZ", "form")
        .t("&Channel=sms -> 201 sid=VE%s status=pending" % hexs(32))
    )
    n = gen("GB", "mobile")
    out.append(
        L(F)
        .t('vonage verify request {"number":"')
        .p(w(n, "ccnsn"))
        .t(
            '","brand":"AcmeBank","code_length":"6","workflow_id":6} -> {"request_id":"%s","status":"0"}'
            % hexs(32)
        )
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t(
            '{"notification":{"messageId":"%s","timestamp":"2024-03-14 10:12:44.412"},"delivery":{"mnc":260,"numberOfMessageParts":1,"destination":"'
            % uid()
        )
        .p(w(n, "e164"))
        .t(
            '","priceInUSD":0.00645,"smsType":"Transactional","mcc":310,"providerResponse":"Message has been accepted by phone carrier","dwellTimeMs":599,"dwellTimeMsUntilDeviceAck":1344},"status":"SUCCESS"}'
        )
    )
    n = gen("KE", "mobile")
    out.append(
        L(F)
        .t("MNP port-in request PRQ-%s msisdn=" % digits(8))
        .p(w(n, "natl0"))
        .t(" donor=SAF recipient=AIRTEL status=APPROVED window=2024-03-15T02:00+03:00")
    )
    n = gen("RO", "mobile")
    out.append(
        L(F)
        .t("pinpoint event_type=_SMS.SUCCESS attributes.destination_phone_number=")
        .p(w(n, "e164"))
        .t(
            " attributes.iso_country_code=RO attributes.mcc_mnc=22610 metrics.price_in_millicents_usd=4120"
        )
    )
    n = gen("UA", "mobile")
    out.append(
        L(F)
        .t("%s otp-service: code generated for " % iso())
        .p(w(n, "natl"))
        .t(", ttl=300s, attempts_left=3 (code not logged)")
    )
    n = gen("IN", "mobile")
    out.append(
        L(F)
        .t("whatsapp status callback From=whatsapp:")
        .p(w(n, "e164"))
        .t(" MessageStatus=read SmsSid=SM%s" % hexs(32))
    )
    # PII-free
    out.append(
        L(F).t(
            'USSD END sessionId=ATUid_%s serviceCode=*544# text="Your balance is KES 1,843.20. Bundle 1GB valid to 15/03/2024 23:59" networkCode=63902'
            % hexs(32)
        )
    )
    out.append(
        L(F).t(
            'twilio sms From=40404 Body="Your AcmeBank verification code is 482913. It expires in 10 minutes." ErrorCode=null NumSegments=1'
        )
    )
    return out


@family("iot_modem")
def f_iot():
    F = "iot_modem"
    out = []
    n = gen("DE", "mobile")
    out.append(L(F).t('>> AT+CMGS="').p(w(n, "e164")).t('"'))
    n = gen("PH", "mobile")
    out.append(L(F).t('<< +CLIP: "').p(w(n, "natl0")).t('",129,"",0,"",0'))
    n = gen("TH", "mobile")
    out.append(L(F).t('<< +CMT: "').p(w(n, "e164")).t('","","24/03/14,10:12:44+28"'))
    n = gen("NO", "mobile")
    out.append(
        L(F)
        .t('[SIM800] %s RING +CLIP: "' % iso(ms=False))
        .p(w(n, "e164"))
        .t('",145,"",,"",0 -> ATH')
    )
    n = gen("FR", "mobile")
    out.append(
        L(F)
        .t("alarm-panel dialer: CID event 1130 zone 015 area 01 -> dialing contact 2 (")
        .p(w(n, "natl0"))
        .t("), attempt 1/3, kissoff OK")
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t("sms2email gw: delivering SMS from ")
        .p(w(n, "e164"))
        .t(" to ")
        .em(email("alerts", "pumpstation7.example.com"))
        .t(' subject="SMS from station 7"')
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t("sms2email gw: reply routed email->sms rcpt=")
        .p(w(n, "nsn"))
        .t("@txt.att.net from=")
        .em(email("ops", "pumpstation7.example.com"))
        .t(" len=64")
    )
    # PII-free
    imei = luhn_complete("86" + digits(12, False))
    out.append(L(F).t(">> AT+CGSN\r\n<< %s\r\n<< OK" % imei))
    out.append(
        L(F).t(
            '<< +QENG: "servingcell","NOCONN","LTE","FDD",262,01,%s,%d,1300,3,5,5,%s,-94,-9,-63,14,36'
            % (alnum(7, "0123456789ABCDEF"), rng.randint(0, 503), alnum(4, "0123456789ABCDEF"))
        )
    )
    out.append(L(F).t("<< +CCID: 8949%s" % digits(15, False)))
    out.append(L(F).t("<< +CIMI: 26201%s | +CSQ: 21,99 | +CBC: 0,82,4012" % digits(10, False)))
    return out


@family("web_requests")
def f_web():
    F = "web_requests"
    out = []
    n = gen("DE", "mobile")
    out.append(
        L(F)
        .t('[14/Mar/2024 10:12:44] "GET /api/contacts/?q=')
        .ph(quote(w(n, "e164")[0], safe=""), "DE", "form")
        .t('&page=2 HTTP/1.1" 200 5123')
    )
    n = gen("TR", "mobile")
    out.append(
        L(F)
        .t(
            '[2024-03-14 10:12:44] production.ERROR: The given data was invalid. {"errors":{"phone":["The phone format is invalid."]},"input":{"name":"Ayşe Demir","phone":"'
        )
        .p(w(n, "natl"))
        .t('","email":"')
        .em(email("ayse.demir", "gmail.com"))
        .t('"}}')
    )
    n = gen("MX", "mobile")
    body_phone = form(w(n, "natl")[0])
    out.append(
        L(F)
        .t(
            "dbug: Microsoft.AspNetCore.Server.Kestrel[0] request body: nombre=Mar%C3%ADa+L%C3%B3pez&telefono="
        )
        .ph(body_phone, "MX", "form")
        .t("&correo=")
        .em(quote_plus(email("maria.lopez", "prodigy.net.mx")), "form")
        .t("&acepta=on")
    )
    n = gen("FI", "mobile")
    out.append(
        L(F)
        .t('%s [info] POST /signup\n  Parameters: %%{"email" => "' % iso())
        .em(email("aino.korhonen", "elisanet.fi"))
        .t('", "phone" => "')
        .p(w(n, "natl"))
        .t('", "_csrf_token" => "[FILTERED]"}')
    )
    n = gen("VN", "mobile")
    out.append(
        L(F)
        .t(
            '[GIN] 2024/03/14 - 10:12:44 | 200 |    1.843ms |    10.4.12.7 | GET      "/v1/lookup?msisdn='
        )
        .p(w(n, "ccnsn"))
        .t('&src=app"')
    )
    n = gen("SG", "mobile")
    out.append(
        L(F)
        .t('INFO:     10.0.3.14:52344 - "GET /users/search?email=')
        .em(quote(email("tan.weiming", "singnet.com.sg"), safe=""), "form")
        .t("&phone=")
        .ph(quote_plus(w(n, "intl")[0]), "SG", "form")
        .t(' HTTP/1.1" 200 OK')
    )
    n = gen("PE", "mobile")
    out.append(
        L(F)
        .t(
            '{"detail":[{"type":"string_pattern_mismatch","loc":["body","telefono"],"msg":"String should match pattern \'^\\\\+[1-9]\\\\d{7,14}$\'","input":"'
        )
        .p(w(n, "natl"))
        .t('","ctx":{"pattern":"^\\\\+[1-9]\\\\d{7,14}$"}}]}')
    )
    # PII-free
    out.append(
        L(F).t(
            '[GIN] 2024/03/14 - 10:12:45 | 404 |      84.2µs |  192.168.10.201 | GET      "/v1/orders/20240314000448213?expand=items"'
        )
    )
    out.append(
        L(F).t(
            'INFO:     10.0.3.14:52345 - "POST /api/v2/otp/verify?attempt=2&ts=%d HTTP/1.1" 401 Unauthorized'
            % epoch_ms()
        )
    )
    out.append(
        L(F).t(
            "info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET https://api.internal:5001/health - 200 - application/json 12.3456ms"
        )
    )
    return out


@family("database_logs")
def f_db():
    F = "database_logs"
    out = []
    n = gen("AR", "mobile")
    out.append(
        L(F)
        .t(
            "2024-03-14T10:12:44.184213Z\t   42 Query\tINSERT INTO contacts (name, phone, email, created_at) VALUES ('Martín Gómez', '"
        )
        .p(w(n, "intl"))
        .t("', '")
        .em(email("martin.gomez", "fibertel.com.ar"))
        .t("', NOW())")
    )
    n = gen("HU", "mobile")
    out.append(
        L(F)
        .t("2024-03-14 10:12:44.184 UTC [24113] LOG:  statement: UPDATE customers SET mobile = '")
        .p(w(n, "natl"))
        .t("', updated_at = now() WHERE id = 448213")
    )
    n = gen("ID", "mobile")
    out.append(
        L(F)
        .t(
            '{"t":{"$date":"%s+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn1843","msg":"Slow query","attr":{"type":"command","ns":"crm.contacts","command":{"find":"contacts","filter":{"phones.number":"'
            % iso(z=False)
        )
        .p(w(n, "e164"))
        .t('"},"limit":1},"planSummary":"COLLSCAN","docsExamined":412873,"durationMillis":1843}}')
    )
    n = gen("SG", "mobile")
    out.append(
        L(F)
        .t(
            '%d.%s [0 10.0.4.21:52344] "HSET" "user:448213" "phone" "'
            % (epoch_s(), digits(6, False))
        )
        .p(w(n, "e164"))
        .t('" "email" "')
        .em(email("lim.jiahui", "outlook.com"))
        .t('"')
    )
    n = gen("GB", "fixed")
    out.append(
        L(F)
        .t('es query GET /contacts/_search {"query":{"bool":{"should":[{"term":{"email.keyword":"')
        .em(email("orders", "harrisandco.co.uk"))
        .t('"}},{"match_phrase":{"phone":"')
        .p(w(n, "natl"))
        .t('"}}],"minimum_should_match":1}}}')
    )
    n = gen("DK", "mobile")
    out.append(
        L(F)
        .t(
            "2024-03-14 10:12:45.002 CET [9931] LOG:  execute <unnamed>: INSERT INTO kunde (navn, tlf) VALUES ($1, $2)\n2024-03-14 10:12:45.002 CET [9931] DETAIL:  parameters: $1 = 'Mette Larsen', $2 = '"
        )
        .p(w(n, "intl"))
        .t("'")
    )
    # PII-free
    out.append(
        L(F).t(
            "2024-03-14T10:12:46.001Z\t   42 Query\tSELECT id, status FROM orders WHERE created_at BETWEEN '2024-03-01 00:00:00' AND '2024-03-14 23:59:59' AND total > 4412.50 LIMIT 100 OFFSET 200"
        )
    )
    out.append(
        L(F).t(
            "2024-03-14 10:12:47.118 UTC [24113] LOG:  duration: 1843.207 ms  statement: DELETE FROM sessions WHERE expires_at < 1710411164000"
        )
    )
    return out


@family("broker_jobs")
def f_broker():
    F = "broker_jobs"
    out = []
    n = gen("BD", "mobile")
    out.append(
        L(F)
        .t(
            "[2024-03-14 10:12:44,184: INFO/MainProcess] Task notifications.send_sms[%s] received args=('"
            % uid()
        )
        .p(w(n, "e164"))
        .t("', 'Your order #448213 is out for delivery') kwargs={'priority': 5}")
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t('{"class":"SmsDeliveryWorker","args":["')
        .p(w(n, "e164"))
        .t(
            '","Your code is 448213",{"locale":"en"}],"retry":5,"queue":"sms","jid":"%s","created_at":%d.%s,"enqueued_at":%d.%s}'
            % (hexs(24), epoch_s(), digits(6, False), epoch_s(), digits(6, False))
        )
    )
    n = gen("TW", "mobile")
    inner = (
        L(F)
        .t(
            'kafka consumer group=crm-sync topic=customer.updated partition=3 offset=%s key=cust_%s value="{\\"id\\":%s,\\"mobile\\":\\"'
            % (digits(7), digits(6), digits(6))
        )
        .p(w(n, "natl"))
        .t('\\",\\"email\\":\\"')
        .em(email("chen.yating", "gmail.com"))
        .t('\\"}"')
    )
    out.append(inner)
    n = gen("EG", "mobile")
    out.append(
        L(F)
        .t(
            'rabbitmq consumer tag=amq.ctag-%s queue=otp.dispatch delivery_tag=18432 payload={"to":"'
            % alnum(22, string.ascii_letters + string.digits)
        )
        .p(w(n, "natl0"))
        .t('","country":"EG","template":"otp_ar"}')
    )
    n = gen("FR", "mobile")
    out.append(
        L(F)
        .t(
            "%s WARN [celery.worker] Task crm.tasks.sync_contact[%s] retry in 60s: ConnectionError args=[{'email': '"
            % (iso(), uid())
        )
        .em(email("claire.dubois", "orange.fr"))
        .t("', 'tel': '")
        .p(w(n, "natl"))
        .t("'}]")
    )
    n = gen("NO", "mobile")
    out.append(
        L(F)
        .t(
            'sidekiq: WARN: {"context":"Job raised exception","job":{"class":"NotifyCustomerJob","args":[{"phone":"'
        )
        .p(w(n, "intl"))
        .t(
            '"}],"error_class":"Twilio::REST::RestError","error_message":"[HTTP 400] 21610 : Attempt to send to unsubscribed recipient"}}'
        )
    )
    # PII-free
    out.append(
        L(F).t(
            'kafka consumer group=billing topic=invoices partition=11 offset=%s lag=1843 key=inv_2024031400448 value={"amount":4412.50,"currency":"EUR","due":"2024-04-13"}'
            % digits(8)
        )
    )
    out.append(
        L(F).t(
            "[2024-03-14 10:12:50,001: INFO/ForkPoolWorker-7] Task reports.build_daily[%s] succeeded in 18.4213s: {'rows': 412873, 'file': 'daily_20240314.csv.gz'}"
            % uid()
        )
    )
    return out


@family("mobile_debug")
def f_mobile():
    F = "mobile_debug"
    out = []
    n = gen("VN", "mobile")
    out.append(
        L(F)
        .t(
            '03-14 10:12:44.184  4412  4480 D ContactSync: upsert rawContactId=812 display="Trần Thị Bích" phone='
        )
        .p(w(n, "intl"))
        .t(" type=MOBILE")
    )
    n = gen("TW", "fixed")
    out.append(
        L(F)
        .t("2024-03-14 10:12:44.184213+0800 Kontakt[812:44120] [ContactSync] normalized '")
        .p(w(n, "natl"))
        .t("' -> '")
        .p(w(n, "e164"))
        .t("'")
    )
    n = gen("ID", "mobile")
    out.append(
        L(F)
        .t(
            "I/flutter ( 4412): selectedContact: Contact{displayName: Budi Santoso, phones: [Phone{number: "
        )
        .p(w(n, "natl"))
        .t(", label: mobile}], emails: [Email{address: ")
        .em(email("budi.santoso", "yahoo.co.id"))
        .t("}]}")
    )
    n = gen("MX", "mobile")
    out.append(
        L(F)
        .t(
            ' LOG  [ContactPicker] {"recordID": "412", "givenName": "Lupita", "phoneNumbers": [{"label": "mobile", "number": "'
        )
        .p(w(n, "intl"))
        .t('"}], "emailAddresses": []}')
    )
    n = gen("HK", "fixed")
    out.append(
        L(F)
        .t("03-14 10:12:45.002  4412  4412 I PhoneNumberUtil: formatted E164 ")
        .p(w(n, "e164"))
        .t(' from input "')
        .p(w(n, "natl"))
        .t('" region=HK')
    )
    n = gen("JP", "mobile")
    out.append(
        L(F)
        .t('default 10:12:45.118 LINE[3321]: [Sync] contact updated: {"name":"田中 浩","tel":"')
        .p(w(n, "natl"))
        .t('"}')
    )
    # PII-free
    out.append(
        L(F).t(
            "03-14 10:12:46.771  4412  4490 W ActivityManager: Slow operation: 1843ms so far, now at startProcess: done updating battery stats pid=4412 uid=10184"
        )
    )
    out.append(
        L(F).t(
            ' LOG  Running "MyApp" with {"rootTag":11,"initialProps":{"build":"2024.03.14+412","device":"SM-A546E","os":"14 (UP1A.231005.007)"}}'
        )
    )
    return out


@family("mail_logs")
def f_mail():
    F = "mail_logs"
    out = []
    mid = "%s-%s-%s" % (
        alnum(6, string.ascii_letters + string.digits),
        alnum(6, string.ascii_letters + string.digits),
        alnum(2, string.ascii_letters + string.digits),
    )
    out.append(
        L(F)
        .t("2024-03-14 10:12:44 %s <= " % mid)
        .em(email("newsletter", "shop.example-ro.ro"))
        .t(
            " H=mail.example-ro.ro [192.0.2.44] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=18432 id=%s"
            % hexs(16)
        )
    )
    out.append(
        L(F)
        .t("2024-03-14 10:12:45 %s => " % mid)
        .em(email("ioana.marin", "yahoo.com"))
        .t(
            ' R=dnslookup T=remote_smtp H=mta7.am0.yahoodns.net [67.195.204.72] X=TLS1.3:TLS_AES_128_GCM_SHA256:128 C="250 ok dirdel"'
        )
    )
    out.append(
        L(F)
        .t('"%s","' % iso(ms=False))
        .em(email("rekha.sharma", "contoso.in"))
        .t('","')
        .em(email("vendor-desk", "fabrikam.com"))
        .t('##Receive, Send","Re: PO 4500018432 - call me on ')
        .p(w(gen("IN", "mobile"), "no0"))
        .t('","18432","%s","10.1.2.3"' % uid())
    )
    n = gen("US", "mobile")
    out.append(
        L(F)
        .t('[{"email":"')
        .em(email("k.obrien", "comcast.net"))
        .t(
            '","timestamp":%d,"sg_message_id":"%s.filter0001p1las1-18432-65F2C1A4-7.0","event":"bounce","reason":"550 5.1.1 user unknown","status":"5.1.1","sg_event_id":"%s"}]'
            % (
                epoch_s(),
                alnum(22, string.ascii_letters + string.digits),
                alnum(22, string.ascii_letters + string.digits),
            )
        )
    )
    out.append(
        L(F)
        .t('mailgun {"event":"delivered","recipient":"')
        .em(email("sanne.devries", "ziggo.nl"))
        .t('","envelope":{"sender":"')
        .em(email("bounce+3f2a1c", "mg.webshop.example"))
        .t(
            '"},"delivery-status":{"code":250,"attempt-no":1},"timestamp":%d.%s}'
            % (epoch_s(), digits(6, False))
        )
    )
    n = gen("ZA", "fixed")
    out.append(
        L(F)
        .t("postmark webhook RecordType=Bounce Type=HardBounce Email=")
        .em(email("info", "mooiplaas.co.za"))
        .t(
            ' Description="The server was unable to deliver your message" Details="smtp;550 mailbox full" Content excerpt: "Kontak ons by '
        )
        .p(w(n, "natl"))
        .t(' vir navrae"')
    )
    out.append(
        L(F)
        .t("Final-Recipient: rfc822; ")
        .em(email("m.virtanen", "kolumbus.fi"))
        .t(
            " | Action: failed | Status: 5.2.2 | Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded (1843 MB / 1024 MB)"
        )
    )
    # PII-free
    out.append(
        L(F).t(
            '2024-03-14 10:13:02 %s <= <> R=%s U=Debian-exim P=local S=4412 T="Mail delivery failed: returning message to sender"'
            % (mid[:-2] + "Q7", mid)
        )
    )
    out.append(
        L(F).t(
            "2024-03-14 10:13:05 Start queue run: pid=18432 | 2024-03-14 10:13:06 End queue run: pid=18432 -qf | 412 messages, 18.4 MB"
        )
    )
    return out


@family("freetext_es")
def f_es():
    F = "freetext_es"
    out = []
    n = gen("MX", "mobile")
    out.append(
        L(F)
        .t('nota agente: "Hola, mi número es ')
        .p(w(n, "natl"))
        .t(', márcame después de las 6 porfa"')
    )
    n = gen("AR", "mobile")
    out.append(
        L(F).t("chat cliente (AR): llamame al ").p(w(n, "natl")).t(" o mandame un wsp, gracias che")
    )
    n = gen("AR", "fixed")
    out.append(
        L(F)
        .t("comentario: Tel. de la oficina ")
        .p(w(n, "intl"))
        .t(" (lunes a viernes de 9 a 18 hs)")
    )
    n = gen("CO", "mobile")
    out.append(
        L(F)
        .t("Buenas, mi cel es el ")
        .p(w(n, "natl0"))
        .t(" y mi correo ")
        .em(email("andres.felipe.m", "gmail.com"))
        .t(", quedo atento")
    )
    n = gen("CL", "mobile", prefix="9")
    out.append(
        L(F)
        .t("Soporte CL: el cliente dejó su whatsapp ")
        .p(w(n, "intl"))
        .t(" para coordinar la visita técnica del 14/03")
    )
    n = gen("MX", "fixed")
    ln = (
        L(F)
        .t("Favor de comunicarse al ")
        .ph(resep(fmt_nat(n), "-") + " ext. 214", "MX")
        .t(" con la Lic. Hernández")
    )
    out.append(ln)
    # PII-free
    out.append(
        L(F).t(
            "El pedido #40012345 llega el 12/03/2024 entre 14:00 y 18:00; RUT 12.345.678-5, boleta N° 0004-00128431"
        )
    )
    out.append(
        L(F).t(
            "Transferencia CBU 0110599520000001234567, CUIT 20-31245678-9, monto $ 184.320,50 — comprobante 000412873"
        )
    )
    out.append(
        L(F).t(
            "Recordá: el código de verificación es 482 913 y vence en 10 minutos. No lo compartas."
        )
    )
    return out


@family("freetext_sea")
def f_sea():
    F = "freetext_sea"
    out = []
    n = gen("VN", "mobile")
    out.append(L(F).t("Anh ơi, gọi em số ").p(w(n, "natl")).t(" nhé, em ở nhà từ 7h tối"))
    n = gen("TH", "mobile")
    out.append(
        L(F)
        .t("ลูกค้าแจ้งว่า โทร ")
        .p(w(n, "natl-"))
        .t(" ได้ตลอดค่ะ หรืออีเมล ")
        .em(email("somchai.k", "hotmail.co.th"))
    )
    n = gen("ID", "mobile")
    out.append(L(F).t("Kak, WA aja ke ").p(w(n, "natl")).t(" ya, makasih 🙏"))
    n = gen("MY", "mobile")
    out.append(
        L(F).t("Boleh hubungi saya di ").p(w(n, "intl")).t(" selepas pukul 5 petang. Terima kasih.")
    )
    n = gen("PH", "mobile")
    out.append(
        L(F)
        .t("Pa-text naman po sa ")
        .p(w(n, "natl"))
        .t(" kung darating na yung rider, salamat po!")
    )
    n = gen("SG", "fixed")
    out.append(L(F).t("Pls call our office ").p(w(n, "intl")).t(" lah, the hp one cannot reach"))
    n = gen("VN", "fixed")
    out.append(
        L(F)
        .t("Liên hệ tổng đài ")
        .p(w(n, "natl"))
        .t(" hoặc email ")
        .em(email("cskh", "dienmay-saigon.vn"))
        .t(" để được hỗ trợ.")
    )
    # PII-free
    out.append(L(F).t("Đơn hàng #VN240314448213 đã giao lúc 14:32 ngày 14/03/2024, COD 1.843.000đ"))
    out.append(L(F).t("รหัส OTP ของคุณคือ 482913 (อ้างอิง: K7QX) ใช้ได้ภายใน 5 นาที วันที่ 14/03/2567"))
    out.append(L(F).t("Kode pos 12950, NIK 3174051204850003, no. resi JNE 0104 1184 3221 4412"))
    return out


@family("freetext_misc")
def f_misc():
    F = "freetext_misc"
    out = []
    n = gen("IN", "mobile")
    out.append(L(F).t("कृपया मुझे ").p(w(n, "no0")).t(" पर कॉल करें, मैं शाम 6 बजे के बाद फ्री हूँ"))
    n = gen("IN", "mobile")
    out.append(L(F).t("bhai mera naya number ").p(w(n, "nsn")).t(" hai, save kar lo"))
    n = gen("KE", "mobile")
    out.append(L(F).t("Habari, nipigie kwa ").p(w(n, "natl")).t(" kesho asubuhi tafadhali"))
    n = gen("ZA", "mobile")
    out.append(
        L(F)
        .t("Bel my asseblief by ")
        .p(w(n, "natl"))
        .t(" of stuur 'n e-pos na ")
        .em(email("pieter.vdmerwe", "mweb.co.za"))
    )
    n = gen("TR", "mobile")
    out.append(
        L(F)
        .t("Müşteri notu: beni ")
        .p(w(n, "natl"))
        .t("'den arayın, mesai saatleri dışında ulaşamazsınız")
    )
    n = gen("JP", "mobile")
    out.append(
        L(F)
        .t("折り返しは")
        .p((w(n, "natl-")[0].translate(FW), "JP"))
        .t("までお願いします（平日10時〜18時）")
    )
    n = gen("EG", "mobile")
    out.append(
        L(F)
        .t("ملاحظة العميل: اتصل بي على ")
        .p((w(n, "natl0")[0].translate(AR_DIGITS), "EG"))
        .t(" بعد الساعة ٥ مساءً")
    )
    n = gen("AE", "mobile")
    out.append(
        L(F)
        .t("رقم الواتساب: ")
        .p(w(n, "intl"))
        .t(" - البريد: ")
        .em(email("ahmed.hassan", "emirates.net.ae"))
    )
    # PII-free
    out.append(
        L(F).t("ऑर्डर संख्या 4412873 दिनांक 14/03/2024, पिन कोड 110001, OTP 482913 किसी को न बताएं")
    )
    out.append(
        L(F).t(
            "Sipariş no: 2024031448213, kargo takip: 7301 8432 1184, T.C. kimlik son 4 hanesi 1843"
        )
    )
    out.append(L(F).t("受付番号 2024-0314-4412、郵便番号 150-0002、金額 ¥18,432（税込）"))
    return out


@family("voip_callcenter")
def f_voip():
    F = "voip_callcenter"
    out = []
    n = gen("GB", "fixed")
    out.append(
        L(F)
        .t("[2024-03-14 10:12:44] VERBOSE[18432][C-0000%s] pbx.c: Executing [" % hexs(4))
        .p(w(n, "idd0", frm="DE"))
        .t('@from-internal:1] Dial("PJSIP/204-000001a3", "PJSIP/')
        .p(w(n, "idd0", frm="DE"))
        .t('@trunk-telekom,60,tT") in new stack')
    )
    n = gen("NG", "mobile")
    out.append(
        L(F)
        .t('"","204","')
        .p(w(n, "idd", frm="US"))
        .t(
            '","from-internal","\\"Sales 204\\" <204>","PJSIP/204-000001a3","PJSIP/trunk-000001a4","Dial","PJSIP/'
        )
        .p(w(n, "idd0", frm="US"))
        .t(
            '@trunk,60","2024-03-14 10:12:44","2024-03-14 10:12:51","2024-03-14 10:15:03","139","132","ANSWERED","DOCUMENTATION","%d.412",""'
            % epoch_s()
        )
    )
    n = gen("US", "fixed")
    ext = str(rng.randint(10, 999))
    out.append(
        L(F)
        .t("INVITE sip:")
        .ph(w(n, "rfc")[0] + ";ext=" + ext, "US")
        .t(
            '@gw1.carrier.example;user=phone SIP/2.0 | From: "Front Desk" <sip:1001@pbx.hotel.example>;tag=%s'
            % hexs(8)
        )
    )
    n = gen("DE", "fixed")
    out.append(
        L(F)
        .t("freeswitch: New Channel sofia/external/")
        .p(w(n, "e164"))
        .t('@sbc.example.de [%s] caller_id_name="Praxis Dr. Weber"' % uid())
    )
    n = gen("GB", "fixed")
    out.append(
        L(F)
        .t("callcenter note: customer asked us to ring the switchboard on ")
        .p(w(n, "intl(0)"))
        .t(" and ask for accounts")
    )
    n = gen("US", "fixed")
    x = str(rng.randint(2, 9))
    out.append(
        L(F)
        .t("ivr.transfer call_sid=CA%s target=" % hexs(32))
        .ph(fmt_nat(n) + " x " + x, "US")
        .t(' reason="agent_requested" queue=billing')
    )
    n = gen("US", "tollfree")
    out.append(
        L(F)
        .t('voicemail transcript: "Hi, this is Carol from Lakeside Dental, please call us back at ')
        .ph(w(n, "natl.")[0] + " extension 4", "US")
        .t(', thanks."')
    )
    n = gen("BE", "fixed")
    out.append(
        L(F)
        .t("CDR;%s;" % iso(ms=False))
        .p(w(n, "idd0", frm="FR"))
        .t(";")
        .p(w(gen("FR", "fixed"), "natl0"))
        .t(";ANSWER;00:03:12;FR-ORANGE-TRK2")
    )
    # PII-free
    out.append(
        L(F).t(
            "queue stats: calls=1843 answered=1790 abandoned=53 asa=00:00:41 aht=00:04:12 sl_20s=88.4% agents=44 ext 1001-1044"
        )
    )
    out.append(
        L(F).t(
            "SIP/2.0 486 Busy Here | Call-ID: %s@10.0.4.21 | CSeq: 102 INVITE | Via: SIP/2.0/UDP 10.0.4.21:5060;branch=z9hG4bK%s"
            % (hexs(16), hexs(10))
        )
    )
    return out


# ------------------------------------------------------------- PII-free look-alikes


@family("lookalike_tracking")
def f_track():
    F = "lookalike_tracking"
    out = []
    for _ in range(3):
        out.append(
            L(F).t(
                '%s ups.track 1Z%s%s%s status="In Transit" location="%s"'
                % (
                    iso(),
                    alnum(6),
                    pick("01", "02", "03"),
                    digits(8, False),
                    pick("Hodgkins, IL, US", "Koeln, DE", "Louisville, KY, US"),
                )
            )
        )
    out.append(
        L(F).t(
            'fedex trackingNumber=%s serviceType=FEDEX_GROUND scanEvent="Arrived at FedEx location" date=2024-03-14T05:12:00-06:00'
            % digits(12)
        )
    )
    out.append(
        L(F).t(
            "FedEx tracking %s %s %s - Delivered 03/14/24 at 10:12 AM, signed by: J.SMITH"
            % (digits(4), digits(4, False), digits(4, False))
        )
    )
    out.append(
        L(F).t(
            "DHL Express waybill %s: Shipment picked up, Hong Kong - HK, 2024-03-14 18:43 local, pieces 1, weight 2.5 kg"
            % digits(10)
        )
    )
    out.append(
        L(F).t(
            "DHL eCommerce GM%s / JJD%s label printed, route 4412-18"
            % (digits(16, False), digits(18, False))
        )
    )
    out.append(
        L(F).t(
            "USPS 9400 %s %s %s %s %s ACCEPTED 03/14/2024 NEW YORK NY 10001"
            % (
                digits(4, False),
                digits(4, False),
                digits(4, False),
                digits(4, False),
                digits(2, False),
            )
        )
    )
    out.append(
        L(F).t(
            "Royal Mail %s%sGB out for delivery, PostNL 3S%s, Correos PK%sES"
            % (alnum(2, string.ascii_uppercase), digits(9, False), alnum(11), digits(9, False))
        )
    )
    return out


@family("lookalike_travel_codes")
def f_tcodes():
    F = "lookalike_travel_codes"
    out = []
    out.append(
        L(F).t(
            "PNR %s ticketed: ETKT %s-%s (coupon 1), ETKT %s (coupon 2)"
            % (
                alnum(6, "BCDFGHJKLMNPQRSTVWXYZ23456789"),
                digits(3, False),
                digits(10, False),
                digits(13),
            )
        )
    )
    out.append(
        L(F).t(
            "flight LH 401 FRA-JFK STD 10:25 STA 13:05 (-6h) gate B44 terminal 1 seq 184 bag tags 0220 448213, 0220 448214"
        )
    )
    out.append(
        L(F).t(
            "%s checkin boarding-pass M1KUMAR/ANIL          E%s DELBOMAI 0864 074Y012C0018 100"
            % (iso(), alnum(6))
        )
    )
    out.append(
        L(F).t(
            "EMD %s issued RFIC C RFISC 0CC, amount USD 75.00, FOP CCVI XXXXXXXXXXXX1843"
            % digits(13)
        )
    )
    out.append(
        L(F).t(
            "schedule change: QR 7 21MAR DOH-LHR dep 0745 arr 1255, previously 0150/0640; TK 1980 ISTLHR 0820 1040 +0"
        )
    )
    out.append(
        L(F).t(
            "hotel confirmation %s.%s, PIN %s, room 1218, arrival 2024-04-02 15:00, departure 2024-04-05 11:00"
            % (digits(4), digits(3), digits(4))
        )
    )
    out.append(
        L(F).t(
            "FQTV BA %s tier Silver, miles 48213, valid 03/2025; IATA agency 91-2 34567 8"
            % digits(8)
        )
    )
    out.append(
        L(F).t(
            "Amadeus RP/LONBA0123/LONBA0123 AA/SU 14MAR24/1012Z %s, TK OK14MAR/LONBA0123, FP CASH"
            % alnum(6, "BCDFGHJKLMNPQRSTVWXYZ")
        )
    )
    return out


@family("lookalike_modem_ids")
def f_modem():
    F = "lookalike_modem_ids"
    out = []
    for _ in range(2):
        imei = luhn_complete(pick("35", "86", "01") + digits(12, False))
        out.append(
            L(F).t("modem ready IMEI=%s IMEISV=%s01 fw=EC25EUXGAR08A07M1G" % (imei, imei[:14]))
        )
    out.append(
        L(F).t(
            '<< +COPS: 0,2,"40445",7 | +CREG: 2,1,"1A2B","0C4F5A1",7 | mcc=404 mnc=45 lac=6699 cid=12865953'
        )
    )
    out.append(
        L(F).t(
            "cell: mcc=639 mnc=02 tac=%d eci=%d pci=%d earfcn=1650 rsrp=-97 rsrq=-11 sinr=8"
            % (rng.randint(1000, 65000), rng.randint(10000000, 268435455), rng.randint(0, 503))
        )
    )
    out.append(
        L(F).t(
            'SIM: ICCID=%s IMSI=%s MSIN=%s SPN="Telkomsel"'
            % (
                luhn_complete("896210" + digits(12, False)),
                "51010" + digits(10, False),
                digits(10, False),
            )
        )
    )
    out.append(
        L(F).t('<< +QNWINFO: "FDD LTE","46692","LTE BAND 3",1275 | +QCSQ: "LTE",-64,-92,176,-9')
    )
    out.append(
        L(F).t(
            "device serial SN %s, MAC 3C:71:BF:%02X:%02X:%02X, EID 89049032%s"
            % (
                alnum(12),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(0, 255),
                digits(24, False),
            )
        )
    )
    out.append(
        L(F).t(
            '>> AT+CMGR=3\r\n<< +CMGR: "REC READ","8210","","24/03/14,10:12:44+28" (short code sender)'
        )
    )
    return out


@family("lookalike_otp_shortcodes")
def f_otp():
    F = "lookalike_otp_shortcodes"
    out = []
    out.append(
        L(F).t(
            'sms.send to=[REDACTED] sender=ACMEBK body="%s is your AcmeBank code. Do not share it. @acmebank.com #%s"'
            % (digits(6), digits(6))
        )
    )
    out.append(
        L(F).t(
            "Reply STOP to 40404 to unsubscribe, HELP to 22395. Short code 72727, long code pool size 18."
        )
    )
    out.append(
        L(F).t(
            "USSD menu: dial *144# for balance, *544*1# for bundles, *126*%s# to recharge"
            % digits(14, False)
        )
    )
    out.append(
        L(F).t(
            "2FA TOTP accepted for user id 448213: code %s (window -1), backup codes left 7, last used %d"
            % (digits(6), epoch_ms())
        )
    )
    out.append(
        L(F).t(
            'Twilio error 21211: Invalid "To" phone number [REDACTED], account AC%s, message SM%s'
            % (hexs(32), hexs(32))
        )
    )
    out.append(
        L(F).t(
            "emergency numbers configured: 112, 911, 999, 000, 110, 119; voicemail *86; operator 1550"
        )
    )
    out.append(
        L(F).t(
            "Verify: check code=%s status=approved sid=VE%s ttl=600 channel=sms to_masked=+44******4412"
            % (digits(6), hexs(32))
        )
    )
    out.append(
        L(F).t("Your Grab OTP is 4821. Ref 1843-2291. GRAB will never ask for it. Sent via 79067")
    )
    return out


@family("lookalike_banking")
def f_bank():
    F = "lookalike_banking"
    out = []
    out.append(
        L(F).t(
            "sepa.credit end2endId=E2E%s debtorIBAN=DE89370400440532013000 creditorIBAN=FR1420041010050500013M02606 amount=1843.20"
            % digits(12)
        )
    )
    out.append(
        L(F).t(
            "ach entry routing=021000021 account=%s trace=%s amount=4412.50 SEC=PPD"
            % (digits(10), digits(15))
        )
    )
    out.append(
        L(F).t(
            "card auth bin=%s last4=%s exp=03/27 amount=18.43 mcc=5411 rrn=%s stan=%s"
            % (digits(6), digits(4, False), digits(12), digits(6, False))
        )
    )
    out.append(
        L(F).t(
            "UK payment sort code 20-00-00 account 55779911, ref INV 2024 0314 4412, GB29NWBK60161331926819"
        )
    )
    out.append(
        L(F).t(
            "IFSC HDFC0001234 a/c %s UTR %s amount INR 18,432.00"
            % (digits(14), "HDFCR5" + digits(16, False))
        )
    )
    out.append(
        L(F).t(
            "SWIFT MT103 :20:%s :32A:240314EUR1843,20 :50K:/BE71096123456769 :59:/NO9386011117947"
            % alnum(16)
        )
    )
    out.append(
        L(F).t(
            "loan #%s installment 12/36 due 2024-04-14, EMI 4412.18, outstanding 184,320.55, CLABE 002010077777777771"
            % digits(10)
        )
    )
    out.append(
        L(F).t(
            "POS terminal %s merchant %s batch 0412 txn 000184 auth 448213 masked PAN 552433******0917"
            % (digits(8), digits(15))
        )
    )
    return out


@family("lookalike_dates_times")
def f_dates():
    F = "lookalike_dates_times"
    out = []
    t = ts()
    out.append(L(F).t("event ts=%d (%d s) received=%s" % (epoch_ms(t), epoch_s(t), iso(t))))
    out.append(
        L(F).t(
            "%s | %s | %s | %s"
            % (
                t.strftime("%d/%m/%Y %H:%M:%S"),
                t.strftime("%m-%d-%Y %I:%M %p"),
                t.strftime("%Y%m%d%H%M%S"),
                t.strftime("%d.%m.%y"),
            )
        )
    )
    out.append(
        L(F).t(
            "log rotated %s, next rotation %s, retention 2024-03-14 -> 2024-06-12"
            % (
                t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
                (t + dt.timedelta(days=1)).strftime("%Y/%m/%d %H:%M"),
            )
        )
    )
    out.append(
        L(F).t(
            'cron "0 30 2 * * 1-5" next fire 2024-03-15 02:30:00+0530, prev 20240314 023000, tz Asia/Kolkata'
        )
    )
    out.append(
        L(F).t(
            "[%s] period 2024-03-01..2024-03-31 week 2024-W11 day-of-year 074 julian 2460384.5"
            % t.strftime("%d/%b/%Y:%H:%M:%S +0100")
        )
    )
    out.append(
        L(F).t(
            "filename backup-%s-%s.tar.zst size 1843201234 bytes mtime %d.%s"
            % (t.strftime("%Y%m%d"), t.strftime("%H%M%S"), epoch_s(t), digits(9, False))
        )
    )
    out.append(
        L(F).t("Thai date 14/03/2567, Hijri 1445-09-04, Japanese 令和6年3月14日, ROC 113/03/14")
    )
    out.append(
        L(F).t("uptime 18 days, 4:12:44; load average 0.44, 0.82, 1.84; boot %d" % epoch_s(t))
    )
    return out


@family("lookalike_versions_ids")
def f_ids():
    F = "lookalike_versions_ids"
    out = []
    out.append(
        L(F).t(
            "deploy app=checkout version=4.12.873 build=20240314.18 commit=%s image=registry.example.com/checkout@sha256:%s"
            % (hexs(40), hexs(64))
        )
    )
    out.append(L(F).t("request_id=%s trace_id=%s span_id=%s" % (uid(), hexs(32), hexs(16))))
    out.append(
        L(F).t(
            "kernel 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64, glibc 2.36, openssl 3.0.11"
        )
    )
    out.append(
        L(F).t(
            "order id %s customer id %s invoice %s-%s snowflake %s"
            % (digits(12), digits(9), digits(4), digits(7), digits(19))
        )
    )
    out.append(
        L(F).t(
            "npm WARN deprecated request@2.88.2; added lodash@4.17.21, @types/node@20.11.24, @babel/core@7.24.0"
        )
    )
    out.append(
        L(F).t(
            "ULID %s, KSUID %s, Mongo ObjectId %s, md5 %s"
            % (
                alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
                alnum(27, string.ascii_letters + string.digits),
                hexs(24),
                hexs(32),
            )
        )
    )
    out.append(
        L(F).t(
            "android versionCode 2024031418 versionName 7.4.1 (build 44128) minSdk 24 targetSdk 34; iOS CFBundleVersion 1843.2"
        )
    )
    out.append(
        L(F).t("ISBN 978-0-306-40615-7, EAN 4006381333931, GTIN 00012345600012, SKU 44-1284-09")
    )
    return out


@family("lookalike_metrics_geo")
def f_metrics():
    F = "lookalike_metrics_geo"
    out = []
    out.append(
        L(F).t(
            "cpu=84.2% mem=18432MiB/65536MiB disk_io=412.8MB/s net_rx=1843201 pkts p99=184.32ms rps=4412"
        )
    )
    out.append(
        L(F).t("sensor t=-12.4°C rh=61% p=1013.25hPa lat=60.1699 lon=24.9384 alt=18.4m batt=4.12V")
    )
    out.append(
        L(F).t("gps fix lat=-33.918861 lon=18.423300 hdop=0.9 sats=11 speed=44.1 km/h heading=184°")
    )
    out.append(L(F).t("geo: 14.5995° N, 120.9842° E; 13°45'08.3\"N 100°29'38.6\"E; geohash w4rqn8"))
    out.append(
        L(F).t(
            'prometheus http_request_duration_seconds_bucket{le="0.25",route="/v1/orders"} 184321 %d'
            % epoch_ms()
        )
    )
    out.append(
        L(F).t(
            "energy meter 018432.7 kWh, flow 44.12 m3/h, tariff 0.2941 EUR/kWh, reading id 2024031400184"
        )
    )
    out.append(L(F).t("statsd checkout.latency:184|ms|@0.1 checkout.items:4|c queue.depth:4412|g"))
    out.append(
        L(F).t(
            "weather: 31°C / 88°F feels 38°C, wind 12 km/h NE, UV 9, rain 4.2 mm, sunrise 06:12, sunset 18:21"
        )
    )
    return out


@family("lookalike_invalid_phones")
def f_invalid():
    F = "lookalike_invalid_phones"
    out = []
    # (text, region) pairs asserted invalid below
    cases = []

    def bad(region, base_style="natl", mut="drop"):
        num = gen(region, "mobile")
        s, _ = w(num, base_style)
        idx = [i for i, c in enumerate(s) if c.isdigit()]
        for _ in range(200):
            if mut == "drop":
                j = rng.choice(idx[-4:])
                cand = s[:j] + s[j + 1 :]
            else:
                j = rng.choice(idx[-4:])
                cand = s[:j] + rng.choice(string.digits) + s[j:]
            try:
                pp = pn.parse(cand, region)
                if not pn.is_valid_number(pp):
                    cases.append((cand, region))
                    return cand
            except pn.NumberParseException:
                cases.append((cand, region))
                return cand
        raise RuntimeError("no invalid variant")

    out.append(
        L(F).t(
            'validation failed field=phone value="%s" reason=INVALID_LENGTH country=DE'
            % bad("DE", "natl", "drop")
        )
    )
    out.append(
        L(F).t(
            'libphonenumber: is_valid=false for "%s" (region VN, too long)'
            % bad("VN", "natl", "add")
        )
    )
    out.append(
        L(F).t('form error: "%s" is not a valid mobile number for KE' % bad("KE", "intl", "drop"))
    )
    fake = [
        "(555) 123-4567",
        "+1 555 010 9999",
        "+44 01 2345 6789",
        "000-000-0000",
        "123-456-7890",
        "+49 000 1234567",
        "+91 00000 00000",
        "+84 000 000 000",
    ]
    for f, r in zip(fake, ["US", "US", "GB", "US", "US", "DE", "IN", "VN"], strict=False):
        cases.append((f, r))
    out.append(
        L(F).t(
            "placeholder numbers rejected: (555) 123-4567, +1 555 010 9999, 000-000-0000, 123-456-7890"
        )
    )
    out.append(
        L(F).t(
            'test fixtures: phone="+44 01 2345 6789" alt="+49 000 1234567" in="+91 00000 00000" vn="+84 000 000 000"'
        )
    )
    out.append(
        L(F).t('normalizer dropped "%s" (region TH): number too short' % bad("TH", "natl", "drop"))
    )
    out.append(
        L(F).t('sms gateway reject code=21211 dest="%s" region=BR' % bad("BR", "e164", "add"))
    )
    out.append(
        L(F).t(
            'phone mask template "+__ ___ ___ ____" example "0X00 000 0000", min 8 max 15 digits (E.164)'
        )
    )
    return out, cases


@family("lookalike_mentions_mailboxlike")
def f_mentions():
    F = "lookalike_mentions_mailboxlike"
    out = []
    out.append(L(F).t("<@U0%s> and @here: please review; cc @ana.lopez @devops-team" % alnum(8)))
    out.append(L(F).t("assets: logo@2x.png, logo@3x.png, icon-home@2x.webp, splash@1.5x.jpg"))
    out.append(
        L(F).t(
            "deploy@web-01:~$ sudo systemctl restart nginx  # ran by deploy@web-01 from 10.0.4.21"
        )
    )
    out.append(
        L(F).t(
            '@media (max-width: 600px) { .card { padding: 4px } } @import url("print.css") @font-face'
        )
    )
    out.append(
        L(F).t(
            'git reflog HEAD@{2} ; stash@{0}: WIP on main: 9f3c2a1 ; python decorator @app.route("/v1/users/<int:id>")'
        )
    )
    out.append(
        L(F).t(
            'Exim: <= <> R=1rg0Xy-000Abc-2Q U=Debian-exim; MAILER-DAEMON; postmaster; local part "noreply" rejected: missing domain'
        )
    )
    out.append(
        L(F).t(
            'mailbox folders: INBOX, INBOX.Sent, INBOX/Archive/2024, "[Gmail]/All Mail"; quota 1843MB'
        )
    )
    out.append(
        L(F).t(
            'pip install "requests @ git+https://github.com/psf/requests@v2.31.0"; docker pull nginx@sha256:%s'
            % hexs(12)
        )
    )
    out.append(
        L(F).t(
            'validation: email "juan.perez@" missing domain; "@gmail.com" missing local part; "ana@@x" invalid'
        )
    )
    return out


@family("lookalike_sql_infra")
def f_sql():
    F = "lookalike_sql_infra"
    out = []
    out.append(
        L(F).t(
            "SELECT * FROM users WHERE phone LIKE '+44%' AND email LIKE '%@%.%' AND created_at > '2024-03-01' LIMIT 50;"
        )
    )
    out.append(
        L(F).t(
            "ALTER TABLE contacts ADD COLUMN phone VARCHAR(20) CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$'), ADD COLUMN email CITEXT;"
        )
    )
    out.append(
        L(F).t(
            "listen 0.0.0.0:8443, upstream 10.12.44.18:5432, 192.168.100.201:6379, [2001:db8::1]:443, pid 18432"
        )
    )
    out.append(
        L(F).t(
            "kube pod checkout-7d9f8c6b5-x4k2p restarts=3 age=18h node=ip-10-0-44-12.eu-west-1.compute.internal"
        )
    )
    out.append(
        L(F).t(
            "UPDATE orders SET status = 'shipped', shipped_at = 1710411164000 WHERE id IN (448213, 448214, 448215);"
        )
    )
    out.append(
        L(F).t(
            "HTTP/2 503 retry-after: 120 x-ratelimit-remaining: 0 content-length: 18432 age: 4412"
        )
    )
    out.append(
        L(F).t(
            "iptables -A INPUT -p tcp --dport 5060:5061 -j ACCEPT; rtp ports 10000-20000; sip trunk id 4412"
        )
    )
    out.append(
        L(F).t(
            "AWS account 123456789012 arn:aws:iam::123456789012:role/app, ec2 i-0%s, vol-0%s"
            % (hexs(16), hexs(16))
        )
    )
    return out


# --------------------------------------------------------------------------- main


def validate(objs, invalid_cases):
    n_phone = n_email = 0
    for o in objs:
        text = o["text"]
        last = 0
        for sp in o["spans"]:
            s, e = sp["start"], sp["end"]
            assert 0 <= last <= s < e <= len(text), (o, sp)
            last = e
            frag = text[s:e]
            if sp["type"] == "phone":
                raw = unquote_plus(frag) if sp.get("decode") == "form" else frag
                num = pn.parse(raw, sp["region"])
                assert pn.is_valid_number(num), ("invalid phone", raw, sp, text)
                assert raw[-1].isdigit(), raw
                assert raw[0] in "+(0123456789" or raw[0].isdigit() or raw[0] in "＋（", raw
                # no digits glued on either side
                assert not (s > 0 and text[s - 1].isdigit()), (text, sp)
                assert not (e < len(text) and text[e].isdigit()), (text, sp)
                n_phone += 1
            else:
                raw = unquote_plus(frag) if sp.get("decode") == "form" else frag
                assert re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+", raw), (
                    raw
                )
                assert "region" not in sp
                n_email += 1
    for txt, reg in invalid_cases:
        try:
            ok = pn.is_valid_number(pn.parse(txt, reg))
        except pn.NumberParseException:
            ok = False
        assert not ok, ("look-alike is actually valid", txt, reg)
    return n_phone, n_email


NOTES = """Conventions / judgement calls
- phone span: first char of the number (+, (, 00/011, digit; %2B when URL-encoded) to its last digit;
  attached extensions (ext. N, x N, extension N, ;ext=N) included; tel:/sip:/whatsapp: schemes,
  @host parts, quotes and brackets excluded.
- region: the number's country for national and +cc writings, and for cc-prefixed digits without '+'
  (M-Pesa 2547..., Vonage 44..., Amadeus SSR CTCM 66...); for 00 / 011 writings the country dialled
  from (DE/FR: 00, US: 011). PagerDuty contact "address" (national significant number, country_code kept
  in a separate field) is labelled with that country.
- URL/form-encoded spans carry "decode": "form"; validation uses unquote_plus(span). This includes
  e-mail addresses written with %40 (PayPal IPN, ASP.NET form body, FastAPI query string).
- digit@carrier-gateway (2012301905@txt.att.net) is labelled as a phone (digits only), not as e-mail.
- Full-width digits (Japanese) and Arabic-Indic digits (Arabic) are labelled phones; phonenumbers
  validates them.
- Deliberately unlabelled look-alikes: UPI VPA (rahul.k@okaxis), SIP Call-ID (hex@10.0.4.21), shell
  prompts (deploy@web-01), npm/docker/git '@' forms, @2x assets, SIP URIs of internal extensions
  (sip:1001@pbx...), placeholder / invalid-length numbers (asserted invalid), short codes, OTPs, IMEI,
  ICCID, IMSI, IBAN, tracking and ticket numbers. Message-IDs were left out on purpose (ambiguous).
- Every phone span is asserted valid with phonenumbers.is_valid_number(parse(text, region)); every
  invalid look-alike in lookalike_invalid_phones is asserted invalid for its stated region.
"""


def write_readme(objs, fam, pii, n_phone, n_email):
    lines = [
        "PII redactor probe corpus (seed %d)" % SEED,
        "",
        "File: %s  (one JSON object per line: text, spans, family)" % OUT,
        "Generator: tests/processing/make_redaction_probe4_corpus.py (deterministic)",
        "",
        "%-34s %6s %9s %9s %7s %7s"
        % ("family", "lines", "with_PII", "PII_free", "phones", "emails"),
    ]
    for k in FAMILIES:
        ph = sum(1 for o in objs if o["family"] == k for s in o["spans"] if s["type"] == "phone")
        em = sum(1 for o in objs if o["family"] == k for s in o["spans"] if s["type"] == "email")
        lines.append("%-34s %6d %9d %9d %7d %7d" % (k, fam[k], pii[k], fam[k] - pii[k], ph, em))
    tot_pii = sum(pii.values())
    lines += [
        "",
        "families: %d; lines: %d; with PII: %d; PII-free: %d"
        % (len(FAMILIES), len(objs), tot_pii, len(objs) - tot_pii),
        "phone spans: %d; email spans: %d; form-encoded spans: %d"
        % (n_phone, n_email, sum(1 for o in objs for s in o["spans"] if s.get("decode"))),
        "phone regions: "
        + ", ".join(
            "%s=%d" % kv
            for kv in sorted(
                Counter(
                    s["region"] for o in objs for s in o["spans"] if s["type"] == "phone"
                ).items()
            )
        ),
        "",
        NOTES,
    ]
    print("\n".join(lines))


def main():
    objs = []
    invalid_cases = []
    for name, fn in FAMILIES.items():
        res = fn()
        if isinstance(res, tuple):
            res, cases = res
            invalid_cases.extend(cases)
        for ln in res:
            assert ln.family == name
            objs.append(ln.obj())
    n_phone, n_email = validate(objs, invalid_cases)
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    fam = Counter(o["family"] for o in objs)
    pii = Counter(o["family"] for o in objs if o["spans"])
    print("%-34s %5s %5s" % ("family", "lines", "w/PII"))
    for k in FAMILIES:
        print("%-34s %5d %5d" % (k, fam[k], pii[k]))
    print(
        "total lines %d, lines with PII %d, PII-free %d"
        % (len(objs), sum(pii.values()), len(objs) - sum(pii.values()))
    )
    print("phone spans %d, email spans %d" % (n_phone, n_email))
    print(
        "phone regions:",
        dict(
            sorted(
                Counter(
                    s["region"] for o in objs for s in o["spans"] if s["type"] == "phone"
                ).items()
            )
        ),
    )
    write_readme(objs, fam, pii, n_phone, n_email)
    print(
        "all %d phone spans validated with phonenumbers.is_valid_number; %d invalid look-alikes confirmed invalid"
        % (n_phone, len(invalid_cases))
    )


if __name__ == "__main__":
    main()
