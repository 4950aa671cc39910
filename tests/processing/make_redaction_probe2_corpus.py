"""Write tests/processing/redaction_corpus_probe2.jsonl: a fourth labelled corpus, written from
real log formats unlike the first probe's (Spring, zap, Serilog, CloudTrail, CRM and commerce
webhooks, CDRs, SMPP, RADIUS/Diameter, vCards, mail headers, logcat, tickets in Turkish,
Swedish, Czech, Greek, Russian, Korean, Chinese, Arabic, Hebrew) by someone who had not read the
redaction rules (issue 11). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_probe2_corpus

Every line is built by appending pieces to a Line object; PII pieces record
their (start, end, type) at the moment they are appended.  Every labelled
phone is re-validated with phonenumbers; any invalid phone raises.

Span fields:
  start, end  -- Python str (code point) offsets, end exclusive
  type        -- "phone" | "email"
  region      -- (phones) region to parse the span with when it does not start
                 with "+" (for 00/011-prefixed numbers this is the dialling-
                 from region, e.g. "DE" / "US")
  decode      -- (phones, optional) "form": validate urllib.parse.unquote_plus
                 of the span text
"""

import json
import random
import re
import urllib.parse
from pathlib import Path

import phonenumbers

R = random.Random(77)
OUT = Path(__file__).with_name("redaction_corpus_probe2.jsonl")

# ----------------------------------------------------------------------------
# Line builder
# ----------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def phone_ok(text, region, decode=None):
    raw = urllib.parse.unquote_plus(text) if decode == "form" else text
    try:
        num = phonenumbers.parse(raw, None if raw.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *pieces):
        for s in pieces:
            s = str(s)
            self.buf.append(s)
            self.n += len(s)
        return self

    def p(self, text, region, decode=None):
        if text != text.strip():
            raise ValueError(f"phone span has surrounding blanks: {text!r}")
        if not phone_ok(text, region, decode):
            raise ValueError(f"invalid labelled phone {text!r} region={region} decode={decode}")
        start = self.n
        self.t(text)
        span = {"start": start, "end": self.n, "type": "phone", "region": region}
        if decode:
            span["decode"] = decode
        self.spans.append(span)
        return self

    def e(self, text):
        if not EMAIL_RE.match(text):
            raise ValueError(f"bad e-mail {text!r}")
        start = self.n
        self.t(text)
        self.spans.append({"start": start, "end": self.n, "type": "email"})
        return self

    def record(self):
        text = "".join(self.buf)
        for s in self.spans:
            assert 0 <= s["start"] < s["end"] <= len(text)
        return {"text": text, "spans": self.spans, "family": self.family}


# ----------------------------------------------------------------------------
# Phone generation
# ----------------------------------------------------------------------------
CC = {
    "US": 1,
    "CA": 1,
    "GB": 44,
    "TR": 90,
    "SE": 46,
    "CZ": 420,
    "GR": 30,
    "KR": 82,
    "CN": 86,
    "IN": 91,
    "AE": 971,
    "IL": 972,
    "RU": 7,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "NL": 31,
    "AU": 61,
    "KE": 254,
    "NG": 234,
    "BR": 55,
    "MX": 52,
    "IT": 39,
    "PL": 48,
    "CH": 41,
    "IE": 353,
    "ZA": 27,
    "SG": 65,
    "JP": 81,
}

# default national-significant-number prefixes per country (mobiles mostly)
PREFIX = {
    "US": ["212", "312", "415", "617", "202", "305", "713", "206", "512", "646", "773", "503"],
    "CA": ["416", "604", "514"],
    "GB": ["74", "75", "77", "78", "79"],
    "GB_LON": ["20"],
    "GB_MAN": ["161"],
    "TR": ["530", "532", "533", "535", "542", "544", "552", "555"],
    "SE": ["70", "72", "73", "76"],
    "CZ": ["601", "602", "603", "604", "605", "72", "73", "77"],
    "GR": ["690", "693", "694", "695", "697", "698", "699"],
    "GR_ATH": ["21"],
    "KR": ["10"],
    "CN": ["130", "135", "138", "139", "150", "158", "186", "188"],
    "IN": ["98", "99", "97", "91", "88", "70"],
    "AE": ["50", "52", "54", "55", "56"],
    "IL": ["50", "52", "53", "54", "58"],
    "RU": ["912", "915", "916", "921", "926", "903", "985"],
    "RU_MOW": ["495", "499"],
    "DE": ["151", "152", "160", "170", "171", "176", "177"],
    "DE_BER": ["30"],
    "DE_MUC": ["89"],
    "FR": ["6", "7"],
    "FR_PAR": ["1"],
    "ES": ["6", "7"],
    "ES_MAD": ["91"],
    "NL": ["6"],
    "AU": ["4"],
    "KE": ["7"],
    "NG": ["803", "806", "813", "816", "703", "903"],
    "BR": ["119", "219"],
    "MX": ["55", "33", "81"],
    "IT": ["3"],
    "PL": ["5", "6", "7", "8"],
    "CH": ["7"],
    "IE": ["8"],
    "ZA": ["7", "8"],
    "SG": ["8", "9"],
}


def fill(pattern, nsn):
    if pattern.count("#") != len(nsn):
        raise ValueError(f"pattern {pattern!r} does not fit {nsn}")
    it = iter(nsn)
    return "".join(next(it) if c == "#" else c for c in pattern)


def ph(country, pattern, kind=None, parse_region=None, ext="", prefixes=None):
    """Random valid number of `country`, written with `pattern` ('#' = NSN digit).

    Returns (text, region) where region is the one the text must be parsed
    with when it does not start with '+'."""
    prefixes = prefixes or PREFIX[kind or country]
    length = pattern.count("#")
    region = parse_region or country
    for _ in range(5000):
        pre = R.choice(prefixes)
        nsn = pre + "".join(R.choice("0123456789") for _ in range(length - len(pre)))
        try:
            full = phonenumbers.parse("+%d%s" % (CC[country], nsn), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(full):
            continue
        text = fill(pattern, nsn) + ext
        raw = text
        try:
            num = phonenumbers.parse(raw, None if raw.startswith("+") else region)
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(num)
            and num.country_code == CC[country]
            and str(num.national_number) == nsn
        ):
            return text, region
    raise RuntimeError(f"could not generate {country} {pattern}")


def form(tup):
    """URL-form-encode a phone (text, region) -> args for Line.p with decode."""
    text, region = tup
    return urllib.parse.quote_plus(text), region, "form"


# ----------------------------------------------------------------------------
# Random helpers
# ----------------------------------------------------------------------------
def dig(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def hexs(n, alphabet="0123456789abcdef"):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62(n):
    return "".join(
        R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


def hms():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def iso(ms=True):
    s = "2024-%02d-%02dT%s" % (R.randint(1, 12), R.randint(1, 28), hms())
    if ms:
        s += ".%03d" % R.randint(0, 999)
    return s


def epoch():
    return R.randint(1704067200, 1735689599)


NAMES = {
    "en": [
        ("Jane", "Doe"),
        ("Michael", "Brown"),
        ("Emily", "Clarke"),
        ("Daniel", "Harris"),
        ("Olivia", "Turner"),
        ("Sean", "OBrien"),
        ("Grace", "Miller"),
        ("Ryan", "Cooper"),
    ],
    "de": [("Lena", "Fischer"), ("Jonas", "Weber"), ("Katrin", "Mueller"), ("Tobias", "Schmidt")],
    "fr": [("Camille", "Martin"), ("Louis", "Bernard"), ("Chloe", "Dubois")],
    "es": [("Lucia", "Garcia"), ("Pablo", "Fernandez"), ("Maria", "Lopez")],
    "tr": [("Mehmet", "Yilmaz"), ("Ayse", "Demir"), ("Emre", "Kaya")],
    "sv": [("Anna", "Svensson"), ("Erik", "Lindqvist"), ("Sara", "Johansson")],
    "cs": [("Petr", "Novak"), ("Jana", "Dvorakova"), ("Tomas", "Cerny")],
    "el": [("Giorgos", "Papadopoulos"), ("Eleni", "Nikolaou")],
    "ko": [("Minjun", "Kim"), ("Seoyeon", "Park")],
    "zh": [("Wei", "Zhang"), ("Fang", "Li"), ("Jun", "Wang")],
    "hi": [("Priya", "Sharma"), ("Rahul", "Verma"), ("Ananya", "Iyer")],
    "ar": [("Ahmed", "Almansoori"), ("Fatima", "Alhashimi")],
    "he": [("Noa", "Cohen"), ("Yossi", "Levi")],
    "ru": [("Ivan", "Petrov"), ("Olga", "Smirnova"), ("Dmitry", "Volkov")],
    "nl": [("Daan", "deVries"), ("Sanne", "Jansen")],
}
DOMAINS = {
    "en": [
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "icloud.com",
        "protonmail.com",
        "acme-corp.io",
        "mail.contoso.com",
        "example.org",
        "btinternet.com",
        "eircom.net",
    ],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es"],
    "tr": ["gmail.com", "hotmail.com.tr", "yandex.com.tr"],
    "sv": ["hotmail.se", "telia.com", "bredband.net"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "el": ["otenet.gr", "yahoo.gr"],
    "ko": ["naver.com", "daum.net", "kakao.com"],
    "zh": ["163.com", "qq.com", "sina.com.cn", "126.com"],
    "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "ar": ["emirates.net.ae", "gmail.com"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "nl": ["ziggo.nl", "kpnmail.nl"],
}


def person(lang="en"):
    return R.choice(NAMES[lang])


def em(lang="en", who=None, domain=None):
    f, l = who or person(lang)
    f, l = f.lower(), l.lower()
    d = domain or R.choice(DOMAINS[lang])
    style = R.randrange(7)
    local = [
        f"{f}.{l}",
        f"{f[0]}{l}",
        f"{f}_{l}",
        f"{f}+{R.choice(['orders', 'news', 'shop', 'tix'])}",
        f"{f}.{l}{R.randint(1, 99)}",
        f"{l}.{f}",
        f"{f}{l[0]}{R.randint(70, 99)}",
    ][style]
    return f"{local}@{d}"


def ts_spring():
    return "2024-03-%02d %s.%03d" % (R.randint(1, 28), hms(), R.randint(0, 999))


FAMILIES: list = []


def family(fn):
    FAMILIES.append(fn)
    return fn


# ============================================================================
# PII families
# ============================================================================
@family
def java_spring_mdc():
    f = "java_spring_mdc"
    pid = R.randint(1000, 65000)
    out = []

    def head(level, thread, logger):
        return "%s %5s %d --- [%15s] %-40s : " % (ts_spring(), level, pid, thread, logger)

    out.append(
        Line(f)
        .t(
            head("INFO", "nio-8080-exec-7", "c.a.crm.web.CustomerController"),
            "[traceId=%s spanId=%s userId=%d customerEmail="
            % (hexs(32), hexs(16), R.randint(1000, 99999)),
        )
        .e(em())
        .t("] Updating contact preferences (channels=[EMAIL, SMS])")
    )
    out.append(
        Line(f)
        .t(
            head("WARN", "sms-dispatch-2", "c.a.notify.sms.SmsGateway"),
            f"[requestId={uuid()}, msisdn=",
        )
        .p(*ph("GB", "+44##########"))
        .t("] delivery deferred, provider returned 429, retry in 30s")
    )
    out.append(
        Line(f)
        .t(
            head("ERROR", "nio-8080-exec-3", "o.a.c.c.C.[.[.[/].[dispatcherServlet]"),
            "Servlet.service() for servlet [dispatcherServlet] threw exception [Request processing failed; "
            "nested exception is com.acme.crm.DuplicateContactException: Contact with phone ",
        )
        .p(*ph("US", "(###) ###-####"))
        .t(" already exists for account %d] with root cause" % R.randint(10000, 99999))
    )
    out.append(
        Line(f)
        .t(
            "com.acme.billing.InvalidRecipientException: Cannot deliver invoice INV-2024-%05d to '"
            % R.randint(1, 99999)
        )
        .e(em("de"))
        .t("': 550 5.1.1 mailbox unavailable")
    )
    out.append(
        Line(f)
        .t(
            head("WARN", "nio-8080-exec-9", "o.s.w.s.m.s.DefaultHandlerExceptionResolver"),
            "Resolved [javax.validation.ConstraintViolationException: updateProfile.arg0.phone: must match "
            '"^\\+?[0-9]{7,15}$" (rejected value: ',
        )
        .p(*ph("DE", "0### #### ####", "DE"))
        .t(")]")
    )
    out.append(
        Line(f)
        .t(
            head("DEBUG", "task-4", "c.a.auth.otp.OtpService"),
            "[orderId=%d, tenant=eu-west-1] Sending OTP to " % R.randint(10000, 999999),
        )
        .p(*ph("US", "+1 ###-###-####", ext=" ext. %d" % R.randint(10, 99)))
        .t(" via provider=messagebird ttl=300s")
    )
    out.append(
        Line(f).t(
            head("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer"),
            "Tomcat started on port(s): 8080 (http) with context path ''",
        )
    )
    out.append(
        Line(f).t(
            head("INFO", "main", "com.zaxxer.hikari.HikariDataSource"),
            "HikariPool-1 - Start completed. maxPoolSize=20 minIdle=5 connectionTimeout=30000ms",
        )
    )
    out.append(
        Line(f).t(
            head("INFO", "main", "c.a.crm.CrmApplication"),
            "Started CrmApplication in %d.%03d seconds (process running for %d.%03d)"
            % (R.randint(3, 20), R.randint(0, 999), R.randint(20, 30), R.randint(0, 999)),
        )
    )
    return out


@family
def go_zap_zerolog():
    f = "go_zap_zerolog"
    out = []
    out.append(
        Line(f)
        .t(
            '{"level":"info","ts":%d.%06d,"caller":"notify/sms.go:%d","msg":"sms queued","to":"'
            % (epoch(), R.randint(0, 999999), R.randint(20, 400))
        )
        .p(*ph("US", "+1##########"))
        .t('","template":"otp_v2","attempt":1}')
    )
    out.append(
        Line(f)
        .t('{"level":"warn","user_email":"')
        .e(em())
        .t(f'","time":"{iso(False)}Z","message":"password reset requested"}}')
    )
    out.append(
        Line(f)
        .t("%d:%02dAM INF login succeeded email=" % (R.randint(1, 11), R.randint(0, 59)))
        .e(em("nl"))
        .t(" ip=203.0.113.%d latency_ms=%d" % (R.randint(1, 254), R.randint(5, 400)))
    )
    out.append(
        Line(f)
        .t(
            '{"level":"error","ts":%d.%06d,"caller":"mailer/send.go:%d","msg":"failed to notify","recipient":{"phone":"'
            % (epoch(), R.randint(0, 999999), R.randint(20, 300))
        )
        .p(*ph("SE", "+46 ## ### ## ##"))
        .t('","email":"')
        .e(em("sv"))
        .t('"},"error":"dial tcp 10.0.4.12:587: i/o timeout"}')
    )
    out.append(
        Line(f)
        .t(
            f'{{"level":"info","ts":"{iso()}Z","logger":"crm.sync","msg":"contact updated","fields":["phone"],"old":"'
        )
        .p(*ph("GB", "0## #### ####", "GB_LON"))
        .t('","new":"')
        .p(*ph("GB", "0#### ######", "GB"))
        .t('"}')
    )
    out.append(
        Line(f)
        .t('{"level":"error","error":"twilio: 21211 invalid To number ')
        .p(*ph("AU", "+61 ### ### ###"))
        .t(f'","time":"{iso(False)}Z","message":"send failed","retry":false}}')
    )
    out.append(
        Line(f).t(
            '{"level":"debug","ts":%d.%06d,"msg":"cache hit","key":"sess:%s","ttl":3600}'
            % (epoch(), R.randint(0, 999999), hexs(24))
        )
    )
    out.append(
        Line(f).t(
            '{"level":"info","msg":"http request","method":"GET","path":"/healthz","status":200,"bytes":17,"duration":0.000%d}'
            % R.randint(100, 999)
        )
    )
    out.append(
        Line(f).t(
            "%d:%02dPM DBG goroutine stats num_goroutine=%d heap_alloc=%d gc_cycles=%d"
            % (
                R.randint(1, 11),
                R.randint(0, 59),
                R.randint(10, 900),
                R.randint(10**7, 10**9),
                R.randint(100, 9999),
            )
        )
    )
    return out


@family
def dotnet_serilog():
    f = "dotnet_serilog"
    out = []
    out.append(
        Line(f)
        .t('[%s INF] Customer %d updated e-mail to "' % (hms(), R.randint(1000, 99999)))
        .e(em("sv"))
        .t('"')
    )
    out.append(
        Line(f)
        .t(f'{{"@t":"{iso()}0000Z","@mt":"Sending SMS to {{Phone}}","Phone":"')
        .p(*ph("CZ", "+420 ### ### ###"))
        .t('","SourceContext":"Acme.Notifications.SmsSender","ThreadId":%d}' % R.randint(1, 80))
    )
    out.append(
        Line(f)
        .t(
            '2024-03-%02d %s.%03d +01:00 [ERR] Failed to create user {"Email": "'
            % (R.randint(1, 28), hms(), R.randint(0, 999))
        )
        .e(em("de"))
        .t('", "Phone": "')
        .p(*ph("DE", "+49 ### ########", "DE"))
        .t('"} System.InvalidOperationException: Sequence contains more than one element')
    )
    out.append(
        Line(f)
        .t(f"[{hms()} WRN] Lockout for {{UserName}} after {{Attempts}} attempts: ")
        .e(em())
        .t(" 5")
    )
    out.append(
        Line(f)
        .t(
            '{{"@t":"{}0000Z","@l":"Warning","@mt":"Callback requested by {{@Caller}}","Caller":{{"Name":"{} {}","Mobile":"'.format(
                iso(), *person("fr")
            )
        )
        .p(*ph("FR", "0# ## ## ## ##"))
        .t('","$type":"CallerInfo"}}')
    )
    out.append(
        Line(f).t(
            "[%s INF] Request finished HTTP/1.1 GET /api/orders/%d - 200 %d application/json %d.%04dms"
            % (
                hms(),
                R.randint(1000, 9999),
                R.randint(100, 9000),
                R.randint(1, 90),
                R.randint(0, 9999),
            )
        )
    )
    out.append(
        Line(f).t(
            f"[{hms()} WRN] Polly: retry 2 of 5 after 00:00:04 for HttpRequestException (Response status code does not indicate success: 503)"
        )
    )
    out.append(
        Line(f).t(
            "[%s DBG] Executed DbCommand (%dms) [Parameters=[@__p_0='%d'], CommandType='Text', CommandTimeout='30']"
            % (hms(), R.randint(1, 90), R.randint(1000, 99999))
        )
    )
    return out


@family
def aws_cloudtrail_alb():
    f = "aws_cloudtrail_alb"
    out = []

    def alb_head():
        return (
            "https %sZ app/prod-web/%s 203.0.113.%d:%d 10.0.%d.%d:8080 0.00%d 0.0%d 0.000 200 200 %d %d "
            % (
                iso() + "%03d" % R.randint(0, 999),
                hexs(16),
                R.randint(1, 254),
                R.randint(1024, 65535),
                R.randint(0, 9),
                R.randint(2, 250),
                R.randint(1, 9),
                R.randint(10, 99),
                R.randint(200, 900),
                R.randint(200, 90000),
            )
        )

    def alb_tail():
        return (
            '" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 '
            'arn:aws:elasticloadbalancing:eu-west-1:{}:targetgroup/web/{} "Root=1-{}-{}" "api.shop.example" "-" 0 {}Z "forward" "-" "-"'.format(
                dig(12, "123456789"), hexs(16), hexs(8), hexs(24), iso()
            )
        )

    out.append(
        Line(f)
        .t(alb_head(), '"GET https://api.shop.example:443/v1/lookup?phone=')
        .p(*form(ph("US", "+1##########")))
        .t("&country=US HTTP/1.1", alb_tail())
    )
    out.append(
        Line(f)
        .t(alb_head(), '"POST https://api.shop.example:443/v2/otp/send?msisdn=')
        .p(*ph("GB", "44##########", "GB"))
        .t("&channel=sms HTTP/1.1", alb_tail())
    )
    out.append(
        Line(f)
        .t(alb_head(), '"GET https://api.shop.example:443/v1/customers/search?tel=')
        .p(*form(ph("GB", "+44 ## #### ####", "GB_LON")))
        .t("&limit=20 HTTP/1.1", alb_tail())
    )
    out.append(
        Line(f)
        .t(alb_head(), '"GET https://api.shop.example:443/v1/newsletter/confirm?email=')
        .e(em())
        .t(f"&token={b62(22)} HTTP/1.1", alb_tail())
    )
    out.append(
        Line(f)
        .t(
            '{{"eventVersion":"1.08","userIdentity":{{"type":"AssumedRole","accountId":"{}"}},"eventTime":"{}Z",'
            '"eventSource":"sns.amazonaws.com","eventName":"Publish","awsRegion":"ap-southeast-2",'
            '"requestParameters":{{"phoneNumber":"'.format(dig(12, "123456789"), iso(False))
        )
        .p(*ph("AU", "+61#########"))
        .t(
            f'","messageAttributes":{{"AWS.SNS.SMS.SMSType":"Transactional"}}}},"requestID":"{uuid()}"}}'
        )
    )
    out.append(
        Line(f)
        .t(
            '{"eventVersion":"1.08","eventSource":"cognito-idp.amazonaws.com","eventName":"AdminCreateUser",'
            f'"requestParameters":{{"userPoolId":"eu-central-1_{b62(9)}","userAttributes":[{{"name":"email","value":"'
        )
        .e(em("de"))
        .t('"},{"name":"phone_number","value":"')
        .p(*ph("DE", "+49###########", "DE"))
        .t(f'"}}]}},"eventID":"{uuid()}"}}')
    )
    out.append(
        Line(f).t(
            alb_head(),
            '"GET https://api.shop.example:443/v1/products?page=%d&per_page=50 HTTP/1.1'
            % R.randint(2, 40),
            alb_tail(),
        )
    )
    out.append(
        Line(f).t(
            '{"eventVersion":"1.08","eventSource":"s3.amazonaws.com","eventName":"PutObject","awsRegion":"us-east-1",'
            '"requestParameters":{"bucketName":"acme-logs-%s","key":"alb/%d/%02d/%02d/part-%05d.gz"},"recipientAccountId":"%s"}'
            % (
                dig(12, "123456789"),
                2024,
                R.randint(1, 12),
                R.randint(1, 28),
                R.randint(0, 99999),
                dig(12, "123456789"),
            )
        )
    )
    return out


@family
def crm_webhooks():
    f = "crm_webhooks"
    out = []
    out.append(
        Line(f)
        .t(
            '[{"objectId":%d,"propertyName":"mobilephone","propertyValue":"'
            % R.randint(10**5, 10**8)
        )
        .p(*ph("US", "+1 (###) ###-####"))
        .t(
            '","changeSource":"CRM_UI","eventId":%d,"subscriptionType":"contact.propertyChange","portalId":%d,"occurredAt":%d}]'
            % (
                R.randint(10**8, 10**10),
                R.randint(10**6, 10**7),
                epoch() * 1000 + R.randint(0, 999),
            )
        )
    )
    w = person()
    out.append(
        Line(f)
        .t(
            f'{{"sobject":{{"attributes":{{"type":"Contact"}},"Id":"003{b62(15)}","FirstName":"{w[0]}","LastName":"{w[1]}","Email":"'
        )
        .e(em(who=w))
        .t('","Phone":"')
        .p(*ph("US", "(###) ###-####", ext=", ext %d" % R.randint(10, 999)))
        .t('","MobilePhone":"')
        .p(*ph("US", "###-###-####"))
        .t('"},"event":{"replayId":%d,"type":"updated"}}' % R.randint(1, 99999))
    )
    w = person("fr")
    out.append(
        Line(f)
        .t(
            '{"ticket":{"id":%d,"via":"web","requester":{"name":"%s %s","email":"'
            % ((R.randint(1000, 99999), *w))
        )
        .e(em("fr", w))
        .t('"},"description":"Bonjour, merci de me rappeler au ')
        .p(*ph("FR", "0# ## ## ## ##"))
        .t(' concernant la commande %d."}}' % R.randint(10000, 99999))
    )
    out.append(
        Line(f)
        .t(
            '{"type":"notification_event","topic":"contact.created","data":{"item":{"type":"contact","role":"lead","email":"'
        )
        .e(em("es"))
        .t('","phone":"')
        .p(*ph("ES", "+34 ### ## ## ##"))
        .t('","created_at":%d}}}' % epoch())
    )
    out.append(
        Line(f)
        .t('{"event":"contact.updated","data":{"properties":{"hs_whatsapp_phone_number":"')
        .p(*ph("BR", "+55 ## #####-####"))
        .t('","lifecyclestage":"customer","hs_object_id":"%d"}}}' % R.randint(10**5, 10**9))
    )
    out.append(
        Line(f)
        .t(
            '{"ticket":{"id":%d,"requester":{"name":"%s %s"},"comment":{"body":"Please call me on '
            % ((R.randint(1000, 99999), *person()))
        )
        .p(*ph("IE", "0## ### ####", prefixes=["83", "85", "86", "87", "89"]))
        .t(" or email ")
        .e(em())
        .t(' - thanks"}}}')
    )
    out.append(
        Line(f).t(
            '[{"subscriptionType":"deal.propertyChange","objectId":%d,"propertyName":"amount","propertyValue":"%d.00","portalId":%d}]'
            % (R.randint(10**6, 10**9), R.randint(100, 99999), R.randint(10**6, 10**7))
        )
    )
    out.append(
        Line(f).t(
            '{"ticket":{"id":%d,"status":"solved","priority":"normal","updated_at":"%sZ","satisfaction_rating":{"score":"good"}}}'
            % (R.randint(1000, 99999), iso(False))
        )
    )
    return out


@family
def ecommerce_orders():
    f = "ecommerce_orders"
    out = []
    w = person()
    out.append(
        Line(f)
        .t(
            '{"id":%d,"order_number":%d,"email":"'
            % (R.randint(10**12, 10**13), R.randint(1000, 99999))
        )
        .e(em(who=w))
        .t(
            '","billing_address":{"first_name":"%s","last_name":"%s","address1":"%d W Madison St","city":"Chicago","zip":"60602","phone":"'
            % (w[0], w[1], R.randint(1, 999))
        )
        .p(*ph("US", "+1 ###-###-####", prefixes=["312", "773", "872"]))
        .t('"},"shipping_address":{"phone":"')
        .p(*ph("US", "(###) ###-####", prefixes=["312", "773"]))
        .t('","zip":"60602"}}')
    )
    out.append(
        Line(f)
        .t(
            "[%s+00:00] woocommerce.INFO: Order #%d status changed from pending to processing billing_phone="
            % (iso(False), R.randint(1000, 99999))
        )
        .p(*ph("GB", "0### ### ####", "GB_MAN"))
        .t(" billing_email=")
        .e(em())
    )
    w = person("de")
    out.append(
        Line(f)
        .t(
            '"billing":{{"first_name":"{}","last_name":"{}","company":"","postcode":"10115","country":"DE","email":"'.format(
                *w
            )
        )
        .e(em("de", w))
        .t('","phone":"')
        .p(*ph("DE", "0## ########", "DE_BER"))
        .t('"}')
    )
    out.append(
        Line(f)
        .t(
            'orders/paid {"id":%d,"total_price":"%d.%02d","currency":"CAD","customer":{"id":%d,"phone":"'
            % (
                R.randint(10**12, 10**13),
                R.randint(10, 900),
                R.randint(0, 99),
                R.randint(10**12, 10**13),
            )
        )
        .p(*ph("CA", "+1##########"))
        .t('","accepts_marketing":false}}')
    )
    out.append(
        Line(f)
        .t(
            '{"id":%d,"shipping":{"first_name":"%s","last_name":"%s","city":"Amsterdam","phone":"'
            % ((R.randint(1000, 99999), *person("nl")))
        )
        .p(*ph("NL", "0#-########"))
        .t('"},"customer_note":"Bel aub voor levering"}')
    )
    out.append(
        Line(f)
        .t(
            "[%s] shopify.WARN: fulfillment %d carrier rejected recipient phone '"
            % (iso(False), R.randint(10**9, 10**10))
        )
        .p(*ph("MX", "+52 ## #### ####"))
        .t("' for order #%d" % R.randint(1000, 99999))
    )
    out.append(
        Line(f).t(
            'inventory_levels/update {"inventory_item_id":%d,"location_id":%d,"available":%d,"updated_at":"%s-04:00"}'
            % (R.randint(10**10, 10**11), R.randint(10**7, 10**8), R.randint(0, 400), iso(False))
        )
    )
    out.append(
        Line(f).t(
            "[%s+00:00] woocommerce.INFO: Stock for product #%d reduced from %d to %d (order #%d)"
            % (
                iso(False),
                R.randint(100, 9999),
                R.randint(10, 50),
                R.randint(0, 9),
                R.randint(1000, 99999),
            )
        )
    )
    return out


@family
def payment_notifications():
    f = "payment_notifications"
    out = []
    out.append(
        Line(f)
        .t(
            '{"live":"false","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"true",'
            '"pspReference":"%s","merchantReference":"ORD-%d","amount":{"value":%d,"currency":"EUR"},"additionalData":{"shopperEmail":"'
            % (dig(16, "123456789"), R.randint(1000, 99999), R.randint(100, 99999))
        )
        .e(em("nl"))
        .t('","shopperTelephoneNumber":"')
        .p(*ph("NL", "+31 # ########"))
        .t('","cardSummary":"%04d"}}}]}' % R.randint(0, 9999))
    )
    out.append(
        Line(f)
        .t(
            f'{{"id":"WH-{b62(17).upper()}","event_type":"CHECKOUT.ORDER.APPROVED","resource":{{"payer":{{"email_address":"'
        )
        .e(em())
        .t('","phone":{"phone_type":"MOBILE","phone_number":{"national_number":"')
        .p(*ph("US", "##########"))
        .t(
            '"}}},"purchase_units":[{"amount":{"currency_code":"USD","value":"%d.%02d"}}]}}'
            % (R.randint(1, 900), R.randint(0, 99))
        )
    )
    out.append(
        Line(f)
        .t(
            '{"id":"evt_%s","type":"charge.succeeded","data":{"object":{"amount":%d,"billing_details":{"email":"'
            % (b62(24), R.randint(100, 99999))
        )
        .e(em())
        .t('","phone":"')
        .p(*ph("GB", "+44 #### ######"))
        .t('"},"receipt_email":"')
        .e(em(domain="gmail.com"))
        .t('"}}}')
    )
    out.append(
        Line(f)
        .t(
            "mc_gross=%d.%02d&payment_status=Completed&payer_email="
            % (R.randint(1, 500), R.randint(0, 99))
        )
        .e(em("de"))
        .t("&contact_phone=")
        .p(*form(ph("DE", "+49 ### ########", "DE")))
        .t(f"&txn_id={b62(17).upper()}")
    )
    out.append(
        Line(f)
        .t(
            '{{"type":"payment_intent.payment_failed","data":{{"object":{{"last_payment_error":{{"code":"card_declined"}},'
            '"shipping":{{"name":"{} {}","phone":"'.format(*person("tr"))
        )
        .p(*ph("TR", "+90 ### ### ## ##"))
        .t('"}}}}')
    )
    out.append(
        Line(f).t(
            '{"eventCode":"REFUND","pspReference":"%s","originalReference":"%s","amount":{"value":%d,"currency":"GBP"},"success":"true"}'
            % (dig(16, "123456789"), dig(16, "123456789"), R.randint(100, 99999))
        )
    )
    out.append(
        Line(f).t(
            '{"id":"evt_%s","type":"payout.paid","data":{"object":{"id":"po_%s","amount":%d,"arrival_date":%d,"currency":"usd"}}}'
            % (b62(24), b62(24), R.randint(10**4, 10**8), epoch())
        )
    )
    out.append(
        Line(f).t(
            "IPN verified txn_id=%s mc_fee=%d.%02d settle_amount=%d.%02d exchange_rate=%d.%06d"
            % (
                b62(17).upper(),
                R.randint(0, 9),
                R.randint(0, 99),
                R.randint(10, 900),
                R.randint(0, 99),
                R.randint(0, 1),
                R.randint(0, 999999),
            )
        )
    )
    return out


@family
def cdr_csv():
    f = "cdr_csv"
    out = []

    def t0():
        return "2024-03-%02d %s" % (R.randint(1, 28), hms())

    out.append(Line(f).t("start_time,caller,callee,duration_s,disposition,trunk,call_id"))
    out.append(
        Line(f)
        .t(t0(), ",")
        .p(*ph("US", "+1##########"))
        .t(",")
        .p(*ph("GB", "+44##########", "GB_LON"))
        .t(",%d,ANSWERED,trunk-us-east,%s" % (R.randint(5, 3600), hexs(16)))
    )
    out.append(
        Line(f)
        .t(t0(), ",")
        .p(*ph("GB", "011 44 ## #### ####", "GB_LON", parse_region="US"))
        .t(",")
        .p(*ph("US", "##########"))
        .t(",%d,ANSWERED,trunk-us-west,%s" % (R.randint(5, 3600), hexs(16)))
    )
    out.append(
        Line(f)
        .t(t0(), ',"')
        .p(*ph("DE", "0049 ## ########", "DE_BER", parse_region="CH"))
        .t('","')
        .p(*ph("CH", "+41 ## ### ## ##"))
        .t(f'",0,NO ANSWER,trunk-eu-central,{hexs(16)}')
    )
    out.append(
        Line(f)
        .t(t0(), ",anonymous,")
        .p(*ph("FR", "+33#########"))
        .t(",%d,BUSY,trunk-eu-west,%s" % (0, hexs(16)))
    )
    out.append(
        Line(f)
        .t(t0(), ",")
        .p(*ph("SE", "0##-### ## ##"))
        .t(",")
        .p(*ph("SE", "+46#########"))
        .t(",%d,ANSWERED,trunk-nordic,%s" % (R.randint(5, 900), hexs(16)))
    )
    out.append(
        Line(f)
        .t(t0(), ",")
        .p(*ph("IT", "+39 ### ### ####"))
        .t(",*%d,%d,FAILED,trunk-eu-south,%s" % (R.randint(100, 999), 0, hexs(16)))
    )
    out.append(Line(f).t("TOTAL,,,%d,,," % R.randint(10000, 99999)))
    out.append(
        Line(f).t(
            "# export %s rows=%d answered=%d asr=%d.%d%% acd=%d.%ds"
            % (
                iso(False),
                R.randint(1000, 9999),
                R.randint(500, 999),
                R.randint(40, 90),
                R.randint(0, 9),
                R.randint(30, 300),
                R.randint(0, 9),
            )
        )
    )
    return out


@family
def smpp_pdu():
    f = "smpp_pdu"
    out = []

    def head(th):
        return "%s [smpp-client-%d] " % (ts_spring(), th)

    out.append(
        Line(f)
        .t(
            head(3),
            "submit_sm seq=%d service_type= source_addr_ton=1 source_addr_npi=1 source_addr="
            % R.randint(1, 10**6),
        )
        .p(*ph("GB", "44##########", "GB"))
        .t(" dest_addr_ton=1 dest_addr_npi=1 destination_addr=")
        .p(*ph("TR", "90##########", "TR"))
        .t(" esm_class=0x00 data_coding=0x08 sm_length=70")
    )
    out.append(
        Line(f)
        .t(head(1), "deliver_sm seq=%d source_addr=" % R.randint(1, 10**6))
        .p(*ph("KE", "254#########", "KE"))
        .t(
            ' destination_addr=%d short_message="id:%s sub:001 dlvrd:001 submit date:2403%02d%02d%02d done date:2403%02d%02d%02d stat:DELIVRD err:000"'
            % (
                R.randint(20000, 99999),
                hexs(10).upper(),
                R.randint(1, 28),
                R.randint(0, 23),
                R.randint(0, 59),
                R.randint(1, 28),
                R.randint(0, 23),
                R.randint(0, 59),
            )
        )
    )
    out.append(
        Line(f)
        .t(
            head(2),
            "submit_sm seq=%d source_addr_ton=5 source_addr=ACMEBANK destination_addr="
            % R.randint(1, 10**6),
        )
        .p(*ph("NG", "234##########", "NG"))
        .t(" registered_delivery=1 sm_length=%d" % R.randint(20, 160))
    )
    out.append(
        Line(f).t(
            head(4),
            "submit_sm_resp seq=%d command_status=0x00000000 message_id=%s"
            % (R.randint(1, 10**6), hexs(16)),
        )
    )
    out.append(
        Line(f)
        .t(head(3), "deliver_sm seq=%d source_addr_ton=1 source_addr=" % R.randint(1, 10**6))
        .p(*ph("IN", "91##########", "IN"))
        .t(" destination_addr=")
        .p(*ph("IN", "91##########", "IN"))
        .t(' esm_class=0x00 short_message="STOP"')
    )
    out.append(Line(f).t(head(1), "enquire_link seq=%d" % R.randint(1, 10**6)))
    out.append(
        Line(f).t(
            head(1),
            "bind_transceiver system_id=acme_%d interface_version=0x34 addr_ton=0 addr_npi=0 -> command_status=0x00000000"
            % R.randint(1, 99),
        )
    )
    out.append(
        Line(f)
        .t(head(2), "data_sm seq=%d source_addr=" % R.randint(1, 10**6))
        .p(*ph("ZA", "+27#########"))
        .t(" destination_addr=%d payload_len=%d" % (R.randint(30000, 49999), R.randint(10, 200)))
    )
    return out


@family
def radius_diameter():
    f = "radius_diameter"
    out = []
    out.append(
        Line(f)
        .t(
            'Thu Mar %d %s 2024 Acct-Status-Type = Start, User-Name = "%s@wlan.mnc015.mcc234.3gppnetwork.org", Calling-Station-Id = "'
            % (R.randint(1, 28), hms(), "023415" + dig(10))
        )
        .p(*ph("GB", "44##########"))
        .t('", Framed-IP-Address = 10.45.%d.%d' % (R.randint(0, 255), R.randint(1, 254)))
    )
    out.append(
        Line(f)
        .t(
            "CCR-I Session-Id=pgw01.epc.mnc001.mcc260.3gppnetwork.org;%d;%d Subscription-Id-Type=END_USER_E164 Subscription-Id-Data="
            % (epoch(), R.randint(1, 99999))
        )
        .p(*ph("PL", "48#########"))
        .t(f" 3GPP-IMSI=26001{dig(10)} Rating-Group=10")
    )
    out.append(
        Line(f)
        .t(
            "radiusd[%d]: Accounting-Request id=%d 3GPP-MSISDN = "
            % (R.randint(100, 9999), R.randint(0, 255))
        )
        .p(*ph("SE", "46#########", "SE"))
        .t(f', 3GPP-IMEISV = {dig(16)}, Acct-Session-Id = "{hexs(8).upper()}"')
    )
    out.append(
        Line(f)
        .t("pcscf: REGISTER from sip:")
        .p(*ph("US", "+1##########"))
        .t(
            "@voip.example.net;user=phone expires=3600 contact=<sip:%s@10.20.%d.%d:5060>"
            % (hexs(8), R.randint(0, 255), R.randint(1, 254))
        )
    )
    out.append(
        Line(f)
        .t("Diameter Sh UDR User-Identity/Public-Identity=tel:")
        .p(*ph("FR", "+33#########"))
        .t(" Data-Reference=RepositoryData(0) Result-Code=2001")
    )
    out.append(
        Line(f).t(
            'Thu Mar %d %s 2024 Acct-Status-Type = Stop, Calling-Station-Id = "AA-%s-%s-%s-%s-%s", Acct-Input-Octets = %d, Acct-Output-Octets = %d, Acct-Session-Time = %d'
            % (
                R.randint(1, 28),
                hms(),
                *(hexs(2, "0123456789ABCDEF") for _ in range(5)),
                R.randint(10**5, 10**9),
                R.randint(10**5, 10**9),
                R.randint(60, 86400),
            )
        )
    )
    out.append(
        Line(f).t(
            "CCA-U Session-Id=pgw02.epc.mnc010.mcc310.3gppnetwork.org;%d;%d Result-Code=2001 Granted-Service-Unit CC-Total-Octets=%d Validity-Time=%d"
            % (epoch(), R.randint(1, 99999), R.randint(10**6, 10**9), R.randint(600, 7200))
        )
    )
    out.append(
        Line(f).t(
            "radiusd[%d]: Login OK: [%s] (from client nas-%02d port %d cli 3C-%s-%s-%s-%s-%s)"
            % (
                R.randint(100, 9999),
                "host/ws-" + dig(5),
                R.randint(1, 40),
                R.randint(0, 65535),
                *(hexs(2, "0123456789ABCDEF") for _ in range(5)),
            )
        )
    )
    return out


@family
def ussd_ivr():
    f = "ussd_ivr"
    out = []
    out.append(
        Line(f)
        .t(f"USSD session={hexs(12)} msisdn=")
        .p(*ph("KE", "254#########", "KE"))
        .t(' code=*144# step=1 input="" menu=MAIN')
    )
    out.append(
        Line(f)
        .t(f"IVR call_id={uuid()} ani=")
        .p(*ph("US", "+1##########"))
        .t(" dnis=")
        .p(*ph("US", "1##########", prefixes=["800", "888", "877"]))
        .t(" node=MainMenu dtmf=2 elapsed_ms=%d" % R.randint(1000, 90000))
    )
    out.append(
        Line(f)
        .t(f"IVR call_id={uuid()} node=CallbackCapture caller entered callback number ")
        .p(*ph("US", "### ### ####"))
        .t(" confirm=1")
    )
    out.append(
        Line(f)
        .t(f"USSD session={hexs(12)} msisdn=")
        .p(*ph("NG", "0##########", parse_region="NG", prefixes=["803", "806", "813"]))
        .t(' code=*556*1# step=2 response="Your balance is N1,250.00"')
    )
    out.append(
        Line(f)
        .t(
            'ivr[%d]: transfer call_id=%s to agent queue=billing ani="'
            % (R.randint(100, 9999), hexs(10))
        )
        .p(*ph("IN", "+91 ##### #####"))
        .t('" wait_s=%d' % R.randint(1, 600))
    )
    out.append(
        Line(f).t(
            'USSD session=%s code=*123*1*2# step=3 input="2" balance=KES %d.00 bundle=1GB expiry=%02d/%02d/2024'
            % (hexs(12), R.randint(10, 999), R.randint(1, 28), R.randint(1, 12))
        )
    )
    out.append(
        Line(f).t(
            "IVR call_id=%s node=PaymentAmount dtmf=%d# result=ok auth=%06d"
            % (uuid(), R.randint(100, 99999), R.randint(0, 999999))
        )
    )
    out.append(
        Line(f).t(f"IVR call_id={uuid()} node=AccountEntry dtmf={dig(8)}# attempts=1 match=true")
    )
    return out


@family
def vcard():
    f = "vcard"
    out = []
    w = person()
    out.append(Line(f).t("BEGIN:VCARD"))
    out.append(Line(f).t("FN:{} {}".format(*w)))
    out.append(Line(f).t("TEL;TYPE=cell:").p(*ph("GB", "+44 #### ######")))
    out.append(
        Line(f).t("TEL;TYPE=work,voice:").p(*ph("US", "(###) ###-####", prefixes=["212", "646"]))
    )
    out.append(Line(f).t("EMAIL;TYPE=work:").e(em(who=w, domain="acme-corp.io")))
    work, region = ph("US", "+1-###-###-####", prefixes=["312"])
    work += ";ext=%d" % R.randint(10, 999)  # RFC 3966: the extension is part of the number
    out.append(Line(f).t('TEL;VALUE=uri;TYPE="voice,work":tel:').p(work, region))
    out.append(Line(f).t("item1.EMAIL;type=INTERNET;type=pref:").e(em(who=w)))
    out.append(Line(f).t("TEL;TYPE=home:").p(*ph("DE", "+49 (0)## ########", "DE_MUC")))
    out.append(Line(f).t("ADR;TYPE=work:;;%d Park Ave;New York;NY;10016;USA" % R.randint(1, 999)))
    out.append(
        Line(f).t(
            "REV:2024%02d%02dT%02d%02d%02dZ"
            % (
                R.randint(1, 12),
                R.randint(1, 28),
                R.randint(0, 23),
                R.randint(0, 59),
                R.randint(0, 59),
            )
        )
    )
    out.append(Line(f).t("END:VCARD"))
    return out


@family
def email_headers():
    f = "email_headers"
    out = []
    w = person()
    out.append(Line(f).t('From: "{} {}" <'.format(*w)).e(em(who=w)).t(">"))
    out.append(
        Line(f).t("Reply-To: ").e("support+ticket%d@helpdesk.acme-corp.io" % R.randint(1000, 99999))
    )
    w1, w2 = person("de"), person()
    out.append(
        Line(f)
        .t('To: "{} {}" <'.format(*w1))
        .e(em("de", w1))
        .t(">, ")
        .e("ops@acme-corp.io")
        .t(f', "{w2[1]}, {w2[0]}" <')
        .e(em(who=w2))
        .t(">")
    )
    out.append(Line(f).t("Cc: <").e(em("fr")).t(">"))
    out.append(Line(f).t("Subject: Callback request: ").p(*ph("US", "+1 (###) ###-####")))
    out.append(
        Line(f)
        .t("Return-Path: <")
        .e(
            "bounces+%d-%s@em%d.sendgrid.net"
            % (R.randint(100, 99999), hexs(4), R.randint(100, 9999))
        )
        .t(">")
    )
    out.append(Line(f).t(f"Message-ID: <CAF{b62(28)}@mail.gmail.com>"))
    out.append(
        Line(f).t(
            "Received: from mail-ej1-f%d.google.com (mail-ej1-f%d.google.com [209.85.218.%d]) by mx1.acme-corp.io with ESMTPS id %s; Thu, %d Mar 2024 %s +0000"
            % (
                R.randint(10, 99),
                R.randint(10, 99),
                R.randint(1, 254),
                b62(12),
                R.randint(1, 28),
                hms(),
            )
        )
    )
    out.append(Line(f).t("Date: Thu, %d Mar 2024 %s +0100" % (R.randint(1, 28), hms())))
    out.append(
        Line(f).t(
            "X-Spam-Status: No, score=-%d.%d required=5.0 tests=DKIM_SIGNED,SPF_PASS autolearn=ham version=3.4.6"
            % (R.randint(0, 5), R.randint(0, 9))
        )
    )
    return out


@family
def mobile_logcat_oslog():
    f = "mobile_logcat_oslog"
    out = []

    def lc(lvl, tag):
        return "03-%02d %s.%03d  %d  %d %s %s: " % (
            R.randint(1, 28),
            hms(),
            R.randint(0, 999),
            R.randint(1000, 9999),
            R.randint(1000, 9999),
            lvl,
            tag,
        )

    def ol(proc, sub):
        return "2024-03-%02d %s.%06d+0100 0x%x Default 0x0 %d 0 %s: [%s] " % (
            R.randint(1, 28),
            hms(),
            R.randint(0, 999999),
            R.randint(10**5, 10**7),
            R.randint(100, 999),
            proc,
            sub,
        )

    out.append(
        Line(f)
        .t(
            lc("I", "Telecom"),
            "CallsManager: onCallAdded: [TC@%d, RINGING, handle: tel:" % R.randint(1, 99),
        )
        .p(*ph("US", "+1##########"))
        .t(", pa: ComponentInfo{com.android.phone/TelephonyConnectionService}]")
    )
    out.append(
        Line(f)
        .t(lc("D", "InCallUI"), "CallCardPresenter - primary number: ")
        .p(*ph("GB", "+44 #### ######"))
    )
    out.append(
        Line(f)
        .t(lc("I", "SmsReceiver"), "received PDU from ")
        .p(*ph("GB", "0##########", prefixes=["77", "78", "79"]))
        .t(" len=%d class=0" % R.randint(20, 140))
    )
    out.append(
        Line(f)
        .t(ol("Messages", "com.apple.messages:Transport"), "Sending iMessage to handle: mailto:")
        .e(em(domain="icloud.com"))
    )
    out.append(
        Line(f)
        .t(ol("MobilePhone", "com.apple.calls:Dialer"), "dial request handle=")
        .p(*ph("AU", "0### ### ###"))
        .t(" provider=Telephony")
    )
    out.append(
        Line(f)
        .t(lc("W", "WhatsApp"), "contact sync: added jid ")
        .p(*ph("IN", "91##########", "IN"))
        .t("@s.whatsapp.net")
    )
    out.append(
        Line(f).t(
            ol("MobilePhone", "com.apple.calls:Dialer"),
            "dial request for <private> provider=Telephony",
        )
    )
    out.append(
        Line(f).t(
            lc("W", "ActivityManager"),
            "Slow operation: %dms so far, now at startProcess: done updating pids map"
            % R.randint(50, 999),
        )
    )
    out.append(
        Line(f).t(
            lc("I", "chatty"),
            "uid=%d(u0_a%d) com.acme.dialer identical %d lines"
            % (R.randint(10000, 19999), R.randint(10, 400), R.randint(2, 40)),
        )
    )
    return out


@family
def chat_bot_messages():
    f = "chat_bot_messages"
    out = []
    out.append(
        Line(f)
        .t(
            f'{{"type":"message","channel":"C0{b62(8).upper()}","user":"U0{b62(8).upper()}","text":"<@U0{b62(8).upper()}> customer asked to be called on '
        )
        .p(*ph("DE", "+49 ### ########", "DE"))
        .t(' after 5pm","ts":"%d.%06d"}' % (epoch(), R.randint(0, 999999)))
    )
    e = em("de")
    out.append(
        Line(f)
        .t('{"type":"message","text":"please cc <mailto:')
        .e(e)
        .t("|")
        .e(e)
        .t('> on the refund thread","ts":"%d.%06d"}' % (epoch(), R.randint(0, 999999)))
    )
    p = ph("US", "+1##########")
    n = phonenumbers.format_number(
        phonenumbers.parse(p[0]), phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    out.append(
        Line(f)
        .t(
            f'{{"type":"message","bot_id":"B0{b62(8).upper()}","text":"New lead from web form: <tel:'
        )
        .p(*p)
        .t("|")
        .p(n, p[1])
        .t('>","ts":"%d.%06d"}' % (epoch(), R.randint(0, 999999)))
    )
    out.append(
        Line(f)
        .t(f'm.room.message from @alice:matrix.org in !{b62(18)}:matrix.org: "new lead: ')
        .e(em("cs"))
        .t(", tel ")
        .p(*ph("CZ", "### ### ###"))
        .t('"')
    )
    out.append(
        Line(f)
        .t("[matrix-bot] forwarding escalation to ")
        .e("oncall@acme-corp.io")
        .t(f" (room !{b62(18)}:matrix.org)")
    )
    out.append(
        Line(f).t(
            '{"type":"reaction_added","user":"U0%s","reaction":"thumbsup","item":{"type":"message","channel":"C0%s","ts":"%d.%06d"},"event_ts":"%d.%06d"}'
            % (
                b62(8).upper(),
                b62(8).upper(),
                epoch(),
                R.randint(0, 999999),
                epoch(),
                R.randint(0, 999999),
            )
        )
    )
    out.append(
        Line(f).t(
            "[matrix-bot] !roll 2d20 -> %d, %d (total %d) requested by @bob:matrix.org"
            % ((lambda a, b: (a, b, a + b))(R.randint(1, 20), R.randint(1, 20)))
        )
    )
    out.append(
        Line(f).t(
            '{"type":"message","subtype":"bot_message","text":"Deploy #%d of api@%s to prod finished in %dm%02ds","ts":"%d.%06d"}'
            % (
                R.randint(100, 9999),
                hexs(7),
                R.randint(1, 20),
                R.randint(0, 59),
                epoch(),
                R.randint(0, 999999),
            )
        )
    )
    return out


@family
def config_dumps():
    f = "config_dumps"
    out = []
    out.append(
        Line(f)
        .t('  support_phone: "')
        .p(*ph("US", "+1 (###) ###-####", prefixes=["800", "888", "866"]))
        .t('"')
    )
    out.append(Line(f).t("  contact_email: ").e("support@acme-corp.io"))
    out.append(Line(f).t("phone = ").p(*ph("GB", "0### ### ####", prefixes=["800"])))
    out.append(Line(f).t("escalation_email=").e("oncall+pager@acme-corp.io"))
    out.append(Line(f).t("fax = ").p(*ph("FR", "+33 # ## ## ## ##", "FR_PAR")))
    out.append(
        Line(f)
        .t('    sales_contact: {{name: "{} {}", email: '.format(*person("es")))
        .e(em("es"))
        .t(", mobile: '")
        .p(*ph("ES", "+34 ###-##-##-##"))
        .t("'}")
    )
    out.append(Line(f).t("  sms_sender_id: ACMEBANK"))
    out.append(Line(f).t("  port: 8443"))
    out.append(Line(f).t("timeout_ms = 30000"))
    out.append(Line(f).t("  retry_backoff_ms: [100, 200, 400, 800, 1600]"))
    return out


@family
def ticket_notes_europe():
    f = "ticket_notes_europe"
    out = []
    out.append(
        Line(f)
        .t("Müşteri ")
        .p(*ph("TR", "0### ### ## ##"))
        .t(" numarasından aradı, kargo gecikmesinden şikayetçi. E-posta: ")
        .e(em("tr"))
    )
    out.append(
        Line(f)
        .t("Kunden ringde från ")
        .p(*ph("SE", "0##-### ## ##"))
        .t(" och vill byta leveransadress till Storgatan %d." % R.randint(1, 99))
    )
    out.append(
        Line(f)
        .t("Zákazník volal z čísla ")
        .p(*ph("CZ", "### ### ###"))
        .t(", prosí o zpětné zavolání po 16:00.")
    )
    out.append(
        Line(f)
        .t("Ο πελάτης ζήτησε επανάκληση στο ")
        .p(*ph("GR", "## #### ####"))
        .t(" για την παραγγελία %d." % R.randint(10000, 99999))
    )
    out.append(
        Line(f)
        .t("Клиент просит перезвонить по номеру ")
        .p(*ph("RU", "8 (###) ###-##-##"))
        .t(" после 18:00, почта ")
        .e(em("ru"))
    )
    out.append(
        Line(f)
        .t("Customer called from ")
        .p(*ph("US", "(###) ###-####", prefixes=["617", "857"]))
        .t(" re: order #%d; follow up by email at " % R.randint(10000, 99999))
        .e(em())
    )
    out.append(
        Line(f)
        .t("El cliente llamó desde el ")
        .p(*ph("ES", "### ## ## ##"))
        .t(" para cambiar la dirección de envío.")
    )
    out.append(
        Line(f)
        .t("Le client souhaite être rappelé au ")
        .p(*ph("FR", "0# ## ## ## ##"))
        .t(" avant 17h.")
    )
    out.append(
        Line(f)
        .t("Kunde bittet um Rückruf unter ")
        .p(*ph("DE", "0### ########", "DE"))
        .t(", Ticket #%d." % R.randint(10000, 99999))
    )
    out.append(
        Line(f).t(
            "Ärendet stängt, återbetalning %d,00 kr skickad 2024-03-%02d."
            % (R.randint(100, 999), R.randint(1, 28))
        )
    )
    out.append(
        Line(f).t(
            "Заказ №%d доставлен %02d.03.2024, претензий нет."
            % (R.randint(100000, 999999), R.randint(1, 28))
        )
    )
    return out


@family
def ticket_notes_asia_me():
    f = "ticket_notes_asia_me"
    out = []
    out.append(
        Line(f).t("고객이 ").p(*ph("KR", "0##-####-####")).t(" 번호로 다시 연락해 달라고 요청함.")
    )
    out.append(
        Line(f)
        .t("客户来电 ")
        .p(*ph("CN", "### #### ####"))
        .t("，要求修改收货地址。邮箱：")
        .e(em("zh"))
    )
    out.append(
        Line(f)
        .t("Grahak ne ")
        .p(*ph("IN", "+91 ##### #####"))
        .t(" se call kiya, refund ka status poocha.")
    )
    out.append(
        Line(f).t("اتصل العميل من الرقم ").p(*ph("AE", "0## ### ####")).t(" ويطلب استرداد المبلغ.")
    )
    out.append(
        Line(f).t("הלקוח ביקש שיחזרו אליו למספר ").p(*ph("IL", "0##-###-####")).t(" לגבי ההזמנה.")
    )
    out.append(Line(f).t("고객 이메일 ").e(em("ko")).t(" 로 견적서 발송 완료."))
    out.append(
        Line(f).t("订单号 2024%08d 已发货，运单号 SF%s。" % (R.randint(0, 99999999), dig(13)))
    )
    out.append(
        Line(f).t("주문번호 2024-%04d-%04d 배송 완료." % (R.randint(0, 9999), R.randint(0, 9999)))
    )
    out.append(
        Line(f).t(
            "Order %d ka refund ₹%d,%03d.00 process ho gaya, UTR %s."
            % (R.randint(10000, 99999), R.randint(1, 9), R.randint(0, 999), dig(12))
        )
    )
    out.append(
        Line(f).t(
            "تم شحن الطلب رقم %d بتاريخ %02d/03/2024." % (R.randint(10000, 99999), R.randint(1, 28))
        )
    )
    return out


@family
def unusual_separators():
    f = "unusual_separators"
    out = []
    out.append(
        Line(f)
        .t("note: caller gave ")
        .p(*ph("GB", "+44 (0)## #### ####", "GB_LON"))
        .t(" as office line")
    )
    out.append(Line(f).t("contact=").p(*ph("US", "###.###.####")).t(" pref=evening"))
    out.append(Line(f).t("Tel.: ").p(*ph("DE", "0##/########", "DE_BER")).t(" (Zentrale)"))
    out.append(
        Line(f).t("rappel au ").p(*ph("FR", "0#\u00a0##\u00a0##\u00a0##\u00a0##")).t(" demandé")
    )
    out.append(Line(f).t("mobil: ").p(*ph("CZ", "###\u2013###\u2013###")).t("; zavolat zítra"))
    out.append(
        Line(f)
        .t("callback ")
        .p(*ph("US", "+1.###.###.####", ext=" x %d" % R.randint(1, 9)))
        .t(" requested")
    )
    out.append(Line(f).t("Rufnummer ").p(*ph("DE", "+49 (0) ### #### ####", "DE")).t(" bestätigt"))
    out.append(
        Line(f).t("hotline ").p(*ph("IT", "+39\u00a0###\u00a0###\u00a0####")).t(" – orario 9–18")
    )
    out.append(Line(f).t("phone: ").p(*ph("GB", "+44\u2011####\u2011######")).t(" [nb-hyphen]"))
    out.append(Line(f).t("ref 12/03 – 14/03, qty 3 – 7, room 2–14"))
    return out


# ============================================================================
# Look-alike families (no PII)
# ============================================================================
@family
def java_stacktrace_gc():
    f = "java_stacktrace_gc"
    out = []
    out.append(
        Line(f).t(
            'java.lang.NullPointerException: Cannot invoke "String.length()" because "<local%d>" is null'
            % R.randint(1, 9)
        )
    )
    out.append(
        Line(f).t(
            "\tat com.acme.orders.OrderService.lambda$submit$3(OrderService.java:%d)"
            % R.randint(100, 2999)
        )
    )
    out.append(
        Line(f).t(
            "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"
        )
    )
    out.append(
        Line(f).t(
            "Caused by: java.lang.IllegalStateException: pool exhausted [pool=HikariPool-1@%s, active=20, idle=0, waiting=%d]"
            % (hexs(8), R.randint(10, 999))
        )
    )
    out.append(
        Line(f).t(
            "\t... %d common frames omitted; entry=com.acme.cache.Entry@%s hash=%d"
            % (R.randint(10, 99), hexs(8), R.randint(-(2**31), 2**31 - 1))
        )
    )
    out.append(
        Line(f).t(
            "[%s+0000][%d.%03ds][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(%dM) %d.%03dms"
            % (
                iso(),
                R.randint(10, 99999),
                R.randint(0, 999),
                R.randint(100, 9999),
                2048,
                1536,
                4096,
                R.randint(1, 99),
                R.randint(0, 999),
            )
        )
    )
    out.append(
        Line(f).t(
            "[%d.%03ds][info][gc,heap] GC(%d) Eden regions: %d->0(%d) Survivor regions: %d->%d(%d)"
            % (
                R.randint(10, 99999),
                R.randint(0, 999),
                R.randint(100, 9999),
                R.randint(100, 700),
                R.randint(100, 700),
                R.randint(1, 40),
                R.randint(1, 40),
                R.randint(40, 90),
            )
        )
    )
    out.append(
        Line(f).t(
            "%s+0000: %d.%03d: [GC (Allocation Failure) [PSYoungGen: %dK->%dK(%dK)] %dK->%dK(%dK), 0.%07d secs] [Times: user=0.%02d sys=0.%02d, real=0.%02d secs]"
            % (
                iso(),
                R.randint(10000, 999999),
                R.randint(0, 999),
                1398144,
                R.randint(10000, 99999),
                1398272,
                3145728,
                R.randint(10**6, 2 * 10**6),
                4194304,
                R.randint(0, 9999999),
                R.randint(0, 99),
                R.randint(0, 99),
                R.randint(0, 99),
            )
        )
    )
    return out


@family
def aws_ids_cloudfront():
    f = "aws_ids_cloudfront"
    out = []
    out.append(
        Line(f).t(
            "REPORT RequestId: %s Duration: %d.%02d ms Billed Duration: %d ms Memory Size: 512 MB Max Memory Used: %d MB Init Duration: %d.%02d ms"
            % (
                uuid(),
                R.randint(1, 9999),
                R.randint(0, 99),
                R.randint(1, 9999),
                R.randint(50, 512),
                R.randint(100, 999),
                R.randint(0, 99),
            )
        )
    )
    out.append(
        Line(f).t(
            "assumed arn:aws:iam::{}:role/service-role/lambda-exec-role-{}".format(
                dig(12, "123456789"), hexs(8)
            )
        )
    )
    out.append(
        Line(f).t(
            "x-amz-request-id: {} x-amz-id-2: {}=".format(hexs(16, "0123456789ABCDEF"), b62(75))
        )
    )
    out.append(
        Line(f).t(
            "2024-03-%02d\t%s\tLHR62-C%d\t%d\t203.0.113.%d\tGET\td%s.cloudfront.net\t/img/hero-%d.jpg\t200\t-\tMozilla/5.0\t-\t-\tHit\t%s==\thttps\t%d\t0.00%d\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/2.0\t-\t-\t%d\t0.00%d\tHit\timage/jpeg\t%d\t-\t-"
            % (
                R.randint(1, 28),
                hms(),
                R.randint(1, 9),
                R.randint(300, 999999),
                R.randint(1, 254),
                hexs(14),
                R.randint(1, 99),
                b62(54),
                R.randint(100, 999),
                R.randint(1, 9),
                R.randint(1024, 65535),
                R.randint(1, 9),
                R.randint(1000, 999999),
            )
        )
    )
    out.append(
        Line(f).t(
            'http %sZ app/internal-api/%s 10.0.%d.%d:%d 10.0.%d.%d:8080 0.000 0.0%d 0.000 204 204 %d 0 "DELETE http://internal-api:80/v1/cache/%d HTTP/1.1" "curl/8.5.0" - - arn:aws:elasticloadbalancing:us-east-1:%s:targetgroup/api/%s "Root=1-%s-%s"'
            % (
                iso(),
                hexs(16),
                R.randint(0, 9),
                R.randint(1, 254),
                R.randint(1024, 65535),
                R.randint(0, 9),
                R.randint(1, 254),
                R.randint(10, 99),
                R.randint(100, 900),
                R.randint(10**5, 10**9),
                dig(12, "123456789"),
                hexs(16),
                hexs(8),
                hexs(24),
            )
        )
    )
    out.append(
        Line(f).t(
            "account_id={} region=eu-west-1 instance=i-0{} vpc=vpc-0{} subnet=subnet-0{} ami=ami-0{}".format(
                dig(12, "123456789"), hexs(16), hexs(16), hexs(16), hexs(16)
            )
        )
    )
    out.append(
        Line(f).t(
            "sqs ReceiveMessage MessageId=%s ApproximateReceiveCount=%d SentTimestamp=%d"
            % (uuid(), R.randint(1, 9), epoch() * 1000 + R.randint(0, 999))
        )
    )
    out.append(
        Line(f).t(
            "CostExplorer UnblendedCost %d.%02d USD linked_account %s usage_type EUW1-BoxUsage:m6i.xlarge hours %d.%d"
            % (
                R.randint(100, 99999),
                R.randint(0, 99),
                dig(12, "123456789"),
                R.randint(100, 9999),
                R.randint(0, 9),
            )
        )
    )
    return out


@family
def finance_banking():
    f = "finance_banking"
    out = []
    out.append(
        Line(f).t(
            "FX EURUSD 1.%05d bid 1.%05d ask 1.%05d ts=%d"
            % (
                R.randint(5000, 9999),
                R.randint(5000, 9999),
                R.randint(5000, 9999),
                epoch() * 1000 + R.randint(0, 999),
            )
        )
    )
    out.append(
        Line(f).t(
            "Settlement batch 2024%02d%02d-%04d total EUR %d,%03d,%03d.%02d (%d,%03d items)"
            % (
                R.randint(1, 12),
                R.randint(1, 28),
                R.randint(1, 9999),
                R.randint(1, 9),
                R.randint(0, 999),
                R.randint(0, 999),
                R.randint(0, 99),
                R.randint(1, 9),
                R.randint(0, 999),
            )
        )
    )
    out.append(
        Line(f).t(
            "test card 4111 1111 1111 1111 exp 12/29 cvv 123 result=approved auth_code=%06d"
            % R.randint(0, 999999)
        )
    )
    out.append(
        Line(f).t(
            "charge attempt card=5555555555554444 amount=%d.%02d currency=GBP rrn=%s"
            % (R.randint(1, 999), R.randint(0, 99), dig(12))
        )
    )
    out.append(
        Line(f).t(
            "BACS payee=ACME LTD sort code %02d-%02d-%02d account %s ref INV%d"
            % (
                R.randint(10, 99),
                R.randint(0, 99),
                R.randint(0, 99),
                dig(8),
                R.randint(1000, 99999),
            )
        )
    )
    out.append(
        Line(f).t(
            "SEPA credit IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX amount %d,%02d EUR"
            % (R.randint(1, 9999), R.randint(0, 99))
        )
    )
    out.append(
        Line(f).t(
            "ACH routing 021000021 acct 000%s amount=-%d,%03d.%02d balance=%d,%03d.%02d USD"
            % (
                dig(9),
                R.randint(1, 9),
                R.randint(0, 999),
                R.randint(0, 99),
                R.randint(1, 99),
                R.randint(0, 999),
                R.randint(0, 99),
            )
        )
    )
    out.append(
        Line(f).t(
            "SWIFT MT103 ref 2403%02d-%09d value date %02d.03.2024 amount USD %d.%02d rate 0.%06d"
            % (
                R.randint(1, 28),
                R.randint(0, 999999999),
                R.randint(1, 28),
                R.randint(100, 999999),
                R.randint(0, 99),
                R.randint(0, 999999),
            )
        )
    )
    return out


@family
def product_tracking_codes():
    f = "product_tracking_codes"
    out = []
    out.append(
        Line(f).t("SKU WH-1000XM5-BLK qty %d EAN 4548736132610 price 379.00" % R.randint(1, 9))
    )
    out.append(
        Line(f).t(
            "scan UPC-A 036000291452 lot %s bin A-%02d-%02d"
            % (dig(6), R.randint(1, 40), R.randint(1, 20))
        )
    )
    out.append(
        Line(f).t(
            "catalog import ISBN 978-3-16-148410-0 (ISBN-10 3-16-148410-X) pages=%d"
            % R.randint(100, 900)
        )
    )
    out.append(
        Line(f).t(
            "UPS shipment 1Z999AA1%s weight %d.%d lb service=03"
            % (dig(10), R.randint(1, 70), R.randint(0, 9))
        )
    )
    out.append(
        Line(f).t(
            "FedEx tracking %s status=IN_TRANSIT eta=2024-03-%02d"
            % (dig(12, "123456789"), R.randint(1, 28))
        )
    )
    out.append(Line(f).t("USPS label %s zone %d postage 8.95" % ("9" + dig(19), R.randint(1, 9))))
    out.append(
        Line(f).t("DHL Express waybill %s pieces=%d" % (dig(10, "123456789"), R.randint(1, 9)))
    )
    out.append(
        Line(f).t(
            "GTIN-14 %s case_pack=%d pallet SSCC (00)%s"
            % ("1" + dig(13), R.randint(6, 48), dig(18))
        )
    )
    return out


@family
def dates_timestamps():
    f = "dates_timestamps"
    out = []
    d, m = R.randint(10, 28), R.randint(1, 9)
    out.append(Line(f).t("Buchung vom %02d.%02d.2024 %s bestätigt" % (d, m, hms())))
    out.append(
        Line(f).t(
            "2024/%02d/%02d %s [notice] worker process %d exited"
            % (m, d, hms(), R.randint(100, 99999))
        )
    )
    out.append(Line(f).t("valid until %02d-Jan-2024, issued 01-Dec-2023" % d))
    out.append(
        Line(f).t(
            "%02d/%02d/2024 %02d:%02d PM batch finished; next run %02d/%02d/2024"
            % (m, d, R.randint(1, 12), R.randint(0, 59), m, d + 1)
        )
    )
    out.append(
        Line(f).t("event_time=%s+05:30 epoch_ms=%d" % (iso(), epoch() * 1000 + R.randint(0, 999)))
    )
    out.append(
        Line(f).t(
            "span start_ns=%d end_ns=%d"
            % (epoch() * 10**9 + R.randint(0, 10**9 - 1), epoch() * 10**9 + R.randint(0, 10**9 - 1))
        )
    )
    out.append(
        Line(f).t(
            "受付日 2024年%d月%d日 %s / Date: Mon, %02d Jan 2024 %s GMT" % (m, d, hms(), d, hms())
        )
    )
    out.append(
        Line(f).t(
            "build stamp 2024%02d%02dT%02d%02d%02dZ, cron 0 %d * * 1-5"
            % (m, d, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 23))
        )
    )
    return out


@family
def containers_processes():
    f = "containers_processes"
    out = []
    out.append(Line(f).t(f"Digest: sha256:{hexs(64)}"))
    out.append(
        Line(f).t(
            "container %s started (image acme/api:%d.%d.%d, restart count %d)"
            % (hexs(12), R.randint(1, 9), R.randint(0, 30), R.randint(0, 99), R.randint(0, 9))
        )
    )
    out.append(
        Line(f).t(
            "containerd: shim reaped task %s exit_status=137 pid=%d"
            % (hexs(64), R.randint(1000, 4194303))
        )
    )
    out.append(
        Line(f).t(
            "pid=%d tid=%d addr=0x7ffe%s rsp=0x00007ffe%s"
            % (R.randint(1000, 99999), R.randint(1000, 99999), hexs(8), hexs(8))
        )
    )
    out.append(
        Line(f).t(
            "SIGSEGV (0xb) at pc=0x00007f%s, pid=%d, tid=%d in libc.so.6+0x%s"
            % (hexs(10), R.randint(1000, 99999), R.randint(1000, 99999), hexs(5))
        )
    )
    out.append(
        Line(f).t(
            "Threads: %d VmRSS: %d kB VmSize: %d kB voluntary_ctxt_switches: %d"
            % (
                R.randint(1, 400),
                R.randint(10**4, 10**7),
                R.randint(10**5, 10**8),
                R.randint(10**3, 10**8),
            )
        )
    )
    out.append(
        Line(f).t(
            "kernel: [%d.%06d] oom-kill:constraint=CONSTRAINT_MEMCG,task=java,pid=%d,uid=%d total-vm:%dkB"
            % (
                R.randint(1000, 999999),
                R.randint(0, 999999),
                R.randint(1000, 99999),
                R.randint(1000, 65000),
                R.randint(10**6, 10**8),
            )
        )
    )
    out.append(
        Line(f).t(
            "cgroup /kubepods/burstable/pod%s/%s cpu.shares=%d"
            % (uuid(), hexs(64), R.randint(2, 4096))
        )
    )
    return out


@family
def versions_builds():
    f = "versions_builds"
    out = []
    out.append(
        Line(f).t("OS: Microsoft Windows 10.0.19045.3803 x64, .NET 8.0.%d" % R.randint(1, 9))
    )
    out.append(
        Line(f).t(
            "Setting up libc6:amd64 (2.31-0ubuntu9.%d) ... libssl3 3.0.2-0ubuntu1.%d"
            % (R.randint(1, 16), R.randint(1, 16))
        )
    )
    out.append(
        Line(f).t(
            "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/122.0.6261.%d Safari/537.36"
            % R.randint(10, 199)
        )
    )
    out.append(
        Line(f).t(
            "build 2024.03.%02d.%04d (commit %s) gradle 8.6 jdk 17.0.10+7"
            % (R.randint(1, 28), R.randint(1, 9999), hexs(10))
        )
    )
    out.append(
        Line(f).t(
            "Linux version 5.15.0-%d-generic (buildd@lcy02-amd64-%03d) #%d-Ubuntu SMP"
            % (R.randint(50, 110), R.randint(1, 120), R.randint(50, 120))
        )
    )
    out.append(
        Line(f).t(
            "iOS 17.4 (21E219) iPhone15,3; Android 14 UP1A.231005.007 build %d"
            % R.randint(10**6, 10**7)
        )
    )
    out.append(
        Line(f).t(
            "k3s version v1.27.%d+k3s1 (%s) go1.20.%d"
            % (R.randint(1, 12), hexs(8), R.randint(1, 14))
        )
    )
    out.append(
        Line(f).t(
            "firmware 4.%d.%d.%04d bootloader 2.0.%d serial FW%s"
            % (R.randint(0, 9), R.randint(0, 99), R.randint(0, 9999), R.randint(1, 99), dig(10))
        )
    )
    return out


@family
def geo_telemetry():
    f = "geo_telemetry"
    out = []
    out.append(
        Line(f).t(
            "fix lat=%d.%06d lon=-0.%06d alt=%d.%dm hdop=0.%d sats=%d"
            % (
                51,
                R.randint(0, 999999),
                R.randint(0, 999999),
                R.randint(0, 300),
                R.randint(0, 9),
                R.randint(5, 9),
                R.randint(4, 14),
            )
        )
    )
    out.append(
        Line(f).t(
            "$GPGGA,%02d%02d%02d.000,5321.%04d,N,00630.%04d,W,1,08,1.03,61.7,M,55.2,M,,*%02X"
            % (
                R.randint(0, 23),
                R.randint(0, 59),
                R.randint(0, 59),
                R.randint(0, 9999),
                R.randint(0, 9999),
                R.randint(0, 255),
            )
        )
    )
    out.append(
        Line(f).t(
            "sensor_id=THS-%04d temp=%d.%02dC hum=%d.%d%% pressure=%d.%02dhPa batt=3.%02dV"
            % (
                R.randint(1, 9999),
                R.randint(-10, 40),
                R.randint(0, 99),
                R.randint(10, 99),
                R.randint(0, 9),
                R.randint(980, 1040),
                R.randint(0, 99),
                R.randint(0, 99),
            )
        )
    )
    out.append(
        Line(f).t(
            "%sZ,dev-%05d,%d.%d,%d.%d,%d.%d,%d.%02d,%d"
            % (
                iso(False),
                R.randint(0, 99999),
                R.randint(10, 30),
                R.randint(0, 9),
                R.randint(20, 80),
                R.randint(0, 9),
                R.randint(990, 1030),
                R.randint(0, 9),
                R.randint(3, 4),
                R.randint(0, 99),
                R.randint(-120, -40),
            )
        )
    )
    out.append(
        Line(f).t(
            "geohash=gcpvj0%s accuracy=%d.%dm speed=%d.%d km/h heading=%d"
            % (
                b62(3).lower(),
                R.randint(1, 50),
                R.randint(0, 9),
                R.randint(0, 130),
                R.randint(0, 9),
                R.randint(0, 359),
            )
        )
    )
    out.append(
        Line(f).t(
            'telemetry/plant3/line2 {"rpm":%d,"vib_mm_s":%d.%02d,"kwh":%d.%d,"counter":%d}'
            % (
                R.randint(500, 3000),
                R.randint(0, 9),
                R.randint(0, 99),
                R.randint(10**4, 10**6),
                R.randint(0, 9),
                R.randint(10**6, 10**9),
            )
        )
    )
    out.append(
        Line(f).t(
            "waypoint -33.%06d, 151.%06d elevation %d ft"
            % (R.randint(0, 999999), R.randint(0, 999999), R.randint(0, 9000))
        )
    )
    out.append(
        Line(f).t(
            "ADS-B icao=%s flight=BAW%d alt=%d ft gs=%d kt squawk=%04d lat=%d.%04d lon=%d.%04d"
            % (
                hexs(6).upper(),
                R.randint(1, 999),
                R.randint(1000, 41000),
                R.randint(100, 520),
                R.randint(1000, 7777),
                R.randint(40, 60),
                R.randint(0, 9999),
                R.randint(-10, 20),
                R.randint(0, 9999),
            )
        )
    )
    return out


@family
def sports_stats():
    f = "sports_stats"
    out = []
    out.append(
        Line(f).t(
            "FT: Arsenal %d-%d Chelsea (45+2', %d', %d') att 60,%03d"
            % (
                R.randint(0, 4),
                R.randint(0, 4),
                R.randint(46, 70),
                R.randint(71, 90),
                R.randint(0, 700),
            )
        )
    )
    out.append(
        Line(f).t(
            "NBA: LAL %d - %d BOS (OT) — James %d pts %d reb %d ast, FG %d/%d"
            % (
                R.randint(90, 130),
                R.randint(90, 130),
                R.randint(10, 45),
                R.randint(1, 15),
                R.randint(1, 15),
                R.randint(5, 15),
                R.randint(15, 30),
            )
        )
    )
    out.append(
        Line(f).t(
            "Cricket: IND %d/%d (50 ov) vs AUS %d all out (%d.%d ov)"
            % (
                R.randint(200, 350),
                R.randint(2, 9),
                R.randint(150, 300),
                R.randint(40, 49),
                R.randint(1, 5),
            )
        )
    )
    out.append(
        Line(f).t(
            "Tennis: Alcaraz d. Sinner 6-4 3-6 7-6(%d) 6-%d in %dh %02dm"
            % (R.randint(1, 9), R.randint(0, 4), R.randint(2, 4), R.randint(0, 59))
        )
    )
    out.append(
        Line(f).t(
            "Marathon bib %d finish 2:%02d:%02d split 1:%02d:%02d pace 2:%02d/km"
            % (
                R.randint(1, 40000),
                R.randint(0, 59),
                R.randint(0, 59),
                R.randint(0, 59),
                R.randint(0, 59),
                R.randint(50, 59),
            )
        )
    )
    out.append(Line(f).t("MLB box: 0 1 0 0 2 0 0 0 1 - 4 9 0 | 1 0 0 0 0 1 0 0 0 - 2 6 1"))
    out.append(
        Line(f).t(
            "Season: %d GP, %d G, %d A, +/- %d, %d shots, %d.%d%% FO, TOI %d:%02d"
            % (
                R.randint(20, 82),
                R.randint(0, 50),
                R.randint(0, 60),
                R.randint(-20, 30),
                R.randint(50, 300),
                R.randint(40, 60),
                R.randint(0, 9),
                R.randint(10, 25),
                R.randint(0, 59),
            )
        )
    )
    out.append(
        Line(f).t(
            "F1 lap %d: 1:%02d.%03d gap +0.%03d sector times 28.%03d 33.%03d 29.%03d"
            % (
                R.randint(1, 70),
                R.randint(10, 40),
                R.randint(0, 999),
                R.randint(0, 999),
                R.randint(0, 999),
                R.randint(0, 999),
                R.randint(0, 999),
            )
        )
    )
    return out


@family
def license_invoice_ids():
    f = "license_invoice_ids"
    out = []
    out.append(
        Line(f).t(
            "license key %s-%s-%s-%s activated for seat %d"
            % (dig(4), dig(4), dig(4), dig(4), R.randint(1, 50))
        )
    )
    out.append(
        Line(f).t("product key {}-{}-{}-{}-{}".format(*tuple(b62(5).upper() for _ in range(5))))
    )
    out.append(
        Line(f).t(
            "invoice_number=INV-2024-%06d due=2024-04-%02d total=%d.%02d"
            % (R.randint(0, 999999), R.randint(1, 28), R.randint(10, 9999), R.randint(0, 99))
        )
    )
    out.append(Line(f).t("order_id: {} status=shipped".format(dig(12, "123456789"))))
    out.append(
        Line(f).t(
            "PO# 45000%s Rechnungsnummer 2024-%02d-%05d"
            % (dig(5), R.randint(1, 12), R.randint(0, 99999))
        )
    )
    out.append(Line(f).t(f"serial no. {dig(4)}-{dig(4)}-{dig(4)} warranty until 2027"))
    out.append(
        Line(f).t(
            "customer_id=00{} account_no={} member# {}".format(
                dig(6), dig(10, "123456789"), dig(9, "123456789")
            )
        )
    )
    out.append(
        Line(f).t(f"confirmation code {dig(3)} {dig(3)} {dig(3)} booking ref {b62(6).upper()}")
    )
    return out


@family
def at_sign_not_email():
    f = "at_sign_not_email"
    out = []
    out.append(Line(f).t(f"docker pull nginx@sha256:{hexs(64)}"))
    out.append(Line(f).t("deploy@prod-web-%02d:~$ sudo systemctl restart nginx" % R.randint(1, 20)))
    out.append(
        Line(f).t(
            "Scheduled pod api-%s-%s@ip-10-0-%d-%d.ec2.internal"
            % (hexs(9), b62(5).lower(), R.randint(0, 9), R.randint(1, 254))
        )
    )
    out.append(
        Line(f).t(
            '    @Override public String toString() { return "Order@" + Integer.toHexString(hashCode()); }'
        )
    )
    out.append(Line(f).t("Thanks @maria.garcia and @j.smith for the review! cc @platform-team"))
    out.append(
        Line(f).t(
            "npm install @types/node@20.11.%d @scope/pkg@^1.2.3 && brew install python@3.12"
            % R.randint(0, 30)
        )
    )
    out.append(Line(f).t("systemd[1]: Started getty@tty1.service and user@1000.service"))
    out.append(
        Line(f).t(
            "ssh -i ~/.ssh/id_ed25519 admin@10.0.%d.%d -p 2222; @media (max-width: 600px)"
            % (R.randint(0, 9), R.randint(1, 254))
        )
    )
    return out


# ----------------------------------------------------------------------------
def main():
    records = []
    for fn in FAMILIES:
        for line in fn():
            rec = line.record()
            # final self-check: phones valid, spans in order and non-overlapping
            prev = 0
            for s in rec["spans"]:
                assert s["start"] >= prev, rec
                prev = s["end"]
                if s["type"] == "phone" and not phone_ok(
                    rec["text"][s["start"] : s["end"]], s["region"], s.get("decode")
                ):
                    raise ValueError(f"invalid phone in {rec!r}")
            records.append(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(records), OUT))


if __name__ == "__main__":
    main()
