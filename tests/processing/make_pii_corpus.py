"""Write tests/processing/pii_corpus.jsonl: labelled log lines for the redaction tests.

Every line is built by concatenating pieces; a piece is either plain text or a ``(value, type)``
pair holding a known e-mail address or phone number, so span offsets are known by construction
and never come from the redactor. Run from the project root:

    .venv/bin/python tests/processing/make_pii_corpus.py
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

E, P = "email", "phone"
Piece = str | tuple[str, str]
OUT = Path(__file__).with_name("pii_corpus.jsonl")
SEED = 20240115


def build(*pieces: Piece) -> dict[str, object]:
    text = ""
    spans = []
    for piece in pieces:
        if isinstance(piece, tuple):
            value, kind = piece
            spans.append({"start": len(text), "end": len(text) + len(value), "type": kind})
            text += value
        else:
            text += piece
    return {"text": text, "spans": spans}


# --------------------------------------------------------------------------- values

FIRST = [
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
    "mallory", "oscar", "peggy", "trent",
]  # fmt: skip
LAST = [
    "smith", "jones", "o-neil", "nguyen", "garcia", "muller", "dubois", "rossi", "tanaka",
    "kowalski", "silva",
]  # fmt: skip
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOMAINS = [
    "example.com", "example.org", "mail.example.co.uk", "corp.example.io", "eu.mx.example.net",
    "Example.COM", "xn--bcher-kva.example", "sub-domain.example.de", "students.uni.example.edu",
    "example.travel", "xn--80ak6aa92e.com", "example.technology",
]  # fmt: skip
NANP_AREAS = "201 202 206 212 213 303 305 312 404 415 503 512 617 646 702 718 773 800 888 877 917"
INTL = [
    "+44 20 7946 0{3}", "+44 7700 900{3}", "+49 30 901820", "+49 89 1234{3}", "+91 98765 4{4}",
    "+91 9{4} {5}", "+33 1 23 45 67 {2}", "+33 6 12 34 56 {2}", "+55 11 91234 {4}",
    "+81 3-1234-{4}", "+81 90-1234-{4}", "+61 2 9876 {4}", "+61 412 345 {3}",
    "+44 (0)20 7946 0{3}", "+353 1 234 {4}", "+86 138 0013 {4}", "+34 612 34 56 {2}",
    "+39 06 1234 {4}", "+31 20 123 {4}", "+52 55 1234 {4}", "+65 6123 {4}", "+27 21 123 {4}",
    "+447700900{3}", "+4930901820", "+919876543{3}", "+33 (0)1 23 45 67 {2}",
]  # fmt: skip


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice(
        [
            f"{first}",
            f"{first}.{last}",
            f"{first}_{last}",
            f"{first}+{rng.choice(['test', 'news', 'x1', 'billing'])}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{first.upper()}.{last.capitalize()}",
            f"{first}-{last}",
            f"{digits(rng, 10)}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def unicode_email(rng: random.Random) -> str:
    return rng.choice(
        ["用户@例子.广告", "josé@café.fr", "müller@bücher.de", "почта@пример.рф", "ñandú@x.es"]
    )


def nanp_parts(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice(NANP_AREAS.split())
    if rng.random() < 0.5:
        return area, "555", f"01{digits(rng, 2)}"
    return area, f"{rng.randint(2, 9)}{rng.randint(2, 9)}{rng.randint(0, 9)}", digits(rng, 4)


def nanp(rng: random.Random, ext: bool = False) -> str:
    a, e, line = nanp_parts(rng)
    fmt = rng.choice(
        [
            f"{a}-{e}-{line}",
            f"({a}) {e}-{line}",
            f"({a}){e}-{line}",
            f"{a}.{e}.{line}",
            f"{a} {e} {line}",
            f"1-{a}-{e}-{line}",
            f"+1 {a} {e} {line}",
            f"+1{a}{e}{line}",
            f"1 ({a}) {e}-{line}",
            f"+1 ({a}) {e}-{line}",
            f"+1-{a}-{e}-{line}",
            f"1.{a}.{e}.{line}",
        ]
    )
    if ext:
        fmt += rng.choice([" ext. 12", " x12", " ext 1234", "x305", " ext.7", " extension 44"])
    return fmt


def fill_digits(rng: random.Random, pattern: str) -> str:
    """Replace each ``{n}`` by n random digits."""
    for n in (2, 3, 4, 5):
        while f"{{{n}}}" in pattern:
            pattern = pattern.replace(f"{{{n}}}", digits(rng, n), 1)
    return pattern


def intl(rng: random.Random) -> str:
    return fill_digits(rng, rng.choice(INTL))


def intl_prefix(rng: random.Random) -> str:
    rest = rng.choice(["44 20 7946 0{3}", "49 30 901820", "33 1 23 45 67 {2}", "61 2 9876 {4}"])
    return rng.choice(["00", "011 "]) + fill_digits(rng, rest)


def any_phone(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.45:
        return nanp(rng, ext=rng.random() < 0.2)
    if roll < 0.9:
        return intl(rng)
    return intl_prefix(rng)


def bare_nanp(rng: random.Random) -> str:
    return "".join(nanp_parts(rng))


# --------------------------------------------------------------------------- look-alikes


def ip(rng: random.Random) -> str:
    return ".".join(str(rng.randint(1, 254)) for _ in range(4))


def iso_ts(rng: random.Random) -> str:
    return (
        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z"
    )


def py_ts(rng: random.Random) -> str:
    return (
        f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"
    )


def clock(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def apache_ts(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.choice(MONTHS)}/2024:{clock(rng)} +0000"


def syslog_ts(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28):2d} {clock(rng)}"


def epoch(rng: random.Random) -> str:
    return str(rng.randint(1_600_000_000, 1_799_999_999))


def epoch_ms(rng: random.Random) -> str:
    return str(rng.randint(1_600_000_000_000, 1_799_999_999_999))


def hexid(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def semver(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"


def queue_id(rng: random.Random) -> str:
    return hexid(rng, 10).upper()


def uuid(rng: random.Random) -> str:
    h = hexid(rng, 32)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ten(rng: random.Random) -> str:
    """A ten-digit number that would be a valid NANP phone if it were a phone."""
    return bare_nanp(rng)


def dashed_ten(rng: random.Random) -> str:
    a, e, line = nanp_parts(rng)
    return f"{a}-{e}-{line}"


def path(rng: random.Random) -> str:
    return rng.choice(
        [
            f"/api/v1/users/{rng.randint(1, 99999)}",
            f"/orders/{ten(rng)}",
            f"/static/img/logo@2x.png?v={hexid(rng, 8)}",
            f"/search?q=shoes&page={rng.randint(1, 9)}&ts={epoch(rng)}",
            f"/api/v2/items/{uuid(rng)}",
            "/healthz",
            f"/download/report-{rng.randint(2019, 2024)}0115.pdf",
            f"/track?id=1Z999AA1{digits(rng, 10)}",
        ]
    )


UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0.6099.109",
    "curl/8.4.0",
    "kube-probe/1.28",
    "python-requests/2.31.0",
]

# --------------------------------------------------------------------------- templates


def no_pii_templates() -> list[Callable[[random.Random], dict[str, object]]]:
    def nginx(r: random.Random) -> dict[str, object]:
        status = r.choice([200, 301, 404, 500])
        return build(
            f'{ip(r)} - - [{apache_ts(r)}] "GET {path(r)} HTTP/1.1" {status} '
            f'{r.randint(0, 99999)} "-" "{r.choice(UA)}" {r.randint(1, 999) / 1000:.3f}'
        )

    def nginx_big(r: random.Random) -> dict[str, object]:
        return build(
            f'{ip(r)} - - [{apache_ts(r)}] "GET /video/{r.randint(1, 999)}.mp4 HTTP/2.0" 206 '
            f'{ten(r)} "-" "{r.choice(UA)}" rt={r.randint(1, 99999) / 1000:.3f}'
        )

    def syslog_ssh(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} web-0{r.randint(1, 9)} sshd[{r.randint(100, 99999)}]: Accepted "
            f"publickey for deploy from {ip(r)} port {r.randint(1024, 65535)} ssh2: RSA "
            f"SHA256:{hexid(r, 20)}"
        )

    def json_req(r: random.Random) -> dict[str, object]:
        return build(
            f'{{"ts":"{iso_ts(r)}","level":"info","msg":"request done","trace_id":"{hexid(r, 32)}",'
            f'"span_id":"{hexid(r, 16)}","duration_ms":{r.randint(1, 9999)},"bytes":{ten(r)}}}'
        )

    def json_epoch(r: random.Random) -> dict[str, object]:
        return build(
            f'{{"time":{epoch(r)},"time_ms":{epoch_ms(r)},"event":"cache_miss","key":"user:'
            f'{r.randint(1, 99999)}","ttl":{r.randint(60, 86400)},"size":{r.randint(1, 10**7)}}}'
        )

    def java_trace(r: random.Random) -> dict[str, object]:
        return build(
            "\tat com.example.billing.InvoiceService.process(InvoiceService.java:"
            f"{r.randint(10, 999)}) ~[billing-{semver(r)}.jar:?]"
        )

    def java_identity(r: random.Random) -> dict[str, object]:
        return build(
            f"{py_ts(r)} WARN [pool-{r.randint(1, 9)}-thread-{r.randint(1, 64)}] lock held by "
            f"java.lang.Object@{hexid(r, 8)} and com.example.MyClass@{hexid(r, 7)}"
        )

    def python_trace(r: random.Random) -> dict[str, object]:
        return build(
            f'  File "/app/orders/views.py", line {r.randint(1, 2000)}, in create_order '
            f"(order_id={ten(r)})"
        )

    def k8s(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} Normal Pulled pod/web-{hexid(r, 10)}-{hexid(r, 5)} Successfully pulled "
            f'image "registry.example.com/web:v{semver(r)}"'
            f" in {r.randint(100, 9999)}ms uid={uuid(r)}"
        )

    def payment(r: random.Random) -> dict[str, object]:
        return build(
            f"{py_ts(r)} payment captured amount={ten(r)} currency=USD order_id={ten(r)} "
            f"invoice=INV-2024-{r.randint(0, 999999):06d} txn={hexid(r, 24)}"
        )

    def money(r: random.Random) -> dict[str, object]:
        return build(
            f"refund issued: ${r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(10, 99)} "
            f"(USD {r.randint(1000000, 9999999)}.{r.randint(10, 99)}) for order #{ten(r)} "
            f"tracking 1Z999AA1{digits(r, 10)}"
        )

    def aws(r: random.Random) -> dict[str, object]:
        acct = digits(r, 12)
        return build(
            f"AssumeRole arn:aws:iam::{acct}:role/deploy-{r.randint(1, 9)} by account {acct} "
            f"requestId={uuid(r)} at {epoch(r)}"
        )

    def card(r: random.Random) -> dict[str, object]:
        sep = r.choice([" ", "-"])
        return build(
            f"tokenize card 4111{sep}1111{sep}1111{sep}{digits(r, 4)} bin=411111 "
            f"iban=DE89 3704 0044 0532 0130 00 alt=GB82WEST12345698765432"
        )

    def isbn(r: random.Random) -> dict[str, object]:
        return build(
            f"catalog import isbn=978-3-16-148410-0 isbn10=0-306-40615-2 sku={ten(r)} "
            f"ean=4006381333931 price=19.99"
        )

    def npm(r: random.Random) -> dict[str, object]:
        return build(
            f"added lodash@4.17.21, @scope/pkg@2.0.0, react@18.{r.randint(0, 3)}.0 and "
            f"left-pad@1.3.0 in {r.randint(1, 99)}.{r.randint(100, 999)}s"
        )

    def assets(r: random.Random) -> dict[str, object]:
        return build(
            f"GET /static/icons/logo@2x.png 200 {r.randint(100, 99999)} - "
            f"/static/hero@3x.webp /js/app@{semver(r)}.min.js"
        )

    def git(r: random.Random) -> dict[str, object]:
        return build(
            f"{py_ts(r)} clone git@github.com:org/repo-{r.randint(1, 99)}.git "
            f"(mirror ssh://git@github.com/org/repo.git) sha={hexid(r, 40)}"
        )

    def dsn(r: random.Random) -> dict[str, object]:
        return build(
            f"connecting to postgres://app@db-host:5432/app and redis://cache@redis.internal:6379/"
            f"{r.randint(0, 15)} pid={r.randint(100, 99999)}"
        )

    def userhost(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} build-0{r.randint(1, 9)} sudo: deploy@host : TTY=pts/{r.randint(0, 9)}"
            f" ; PWD=/home/deploy ; USER=root ; COMMAND=/bin/systemctl restart app (root@localhost)"
        )

    def dates(r: random.Random) -> dict[str, object]:
        return build(
            f"report window 25.02.2024 17:39 - 2024/01/15 ({2024}0115..{2024}0131) "
            f"generated {iso_ts(r)} epoch={epoch(r)}"
        )

    def ipv6(r: random.Random) -> dict[str, object]:
        return build(
            f"listen [fe80::1]:{r.randint(1024, 65535)} and 2001:db8::{hexid(r, 4)} "
            f"fallback {ip(r)}:{r.randint(1024, 65535)} 10.0.0.255:8080"
        )

    def durations(r: random.Random) -> dict[str, object]:
        return build(
            f"job {uuid(r)} took {r.randint(100, 99999)} ms "
            f"({r.randint(1, 99)}.{r.randint(100, 999)}s) latency={ten(r)}ns seq={ten(r)} "
            f"offset={ten(r)}"
        )

    def versions(r: random.Random) -> dict[str, object]:
        return build(
            f"starting app v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)} "
            f"(build 2.14.1-beta, commit {hexid(r, 7)}) on port {r.randint(1024, 65535)} "
            f"pid {r.randint(100, 99999)}"
        )

    def http_headers(r: random.Random) -> dict[str, object]:
        return build(
            f"Content-Length: {r.randint(1, 9999999)} Content-Type: application/json "
            f"X-Request-Id: {ten(r)} size: 1048576 status=200"
        )

    def counts(r: random.Random) -> dict[str, object]:
        return build(
            f"compaction done: count={ten(r)} bytes={ten(r)} rows {ten(r)} "
            f"ts={epoch(r)} timestamp={epoch_ms(r)}"
        )

    def ids(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} user_id={ten(r)} session={hexid(r, 16)} id={dashed_ten(r)} "
            f"ticket {dashed_ten(r)} order {dashed_ten(r)}"
        )

    def glued(r: random.Random) -> dict[str, object]:
        return build(
            f"cache key abc{ten(r)} req-{dashed_ten(r)}x file_{ten(r)}.log build#{ten(r)} v{ten(r)}"
        )

    def epoch_bare(r: random.Random) -> dict[str, object]:
        return build(
            f"[{epoch(r)}] worker {r.randint(1, 64)} heartbeat at {epoch(r)} next {epoch_ms(r)} "
            f"last_seen {epoch(r)}"
        )

    def bare_tens(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} kernel: [{r.randint(1, 99999)}.{r.randint(100000, 999999)}] "
            f"ext4 inode {ten(r)} block {ten(r)} dev sda{r.randint(1, 4)}"
        )

    def postfix_noemail(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} mail postfix/qmgr[{r.randint(100, 99999)}]: {hexid(r, 10).upper()}: "
            f"removed size={r.randint(1000, 999999)} nrcpt=1 (queue active)"
        )

    def mail_no_address(r: random.Random) -> dict[str, object]:
        return build(
            f"smtp relay mx.example.com[{ip(r)}]:25 delay={r.randint(0, 9)}.{r.randint(1, 99)} "
            f"dsn=2.0.0 status=sent (250 2.0.0 Ok: queued as {hexid(r, 10).upper()})"
        )

    return [
        nginx, nginx_big, syslog_ssh, json_req, json_epoch, java_trace, java_identity,
        python_trace, k8s, payment, money, aws, card, isbn, npm, assets, git, dsn, userhost,
        dates, ipv6, durations, versions, http_headers, counts, ids, glued, epoch_bare,
        bare_tens, postfix_noemail, mail_no_address,
    ]  # fmt: skip


def pii_templates() -> list[Callable[[random.Random], dict[str, object]]]:
    def auth(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} auth login ok user=",
            (email(r), E),
            f" ip={ip(r)} session={hexid(r, 16)} ts={epoch(r)}",
        )

    def postfix(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} mail postfix/smtp[{r.randint(100, 99999)}]: {queue_id(r)}: to=<",
            (email(r), E),
            f">, relay=mx.example.net[{ip(r)}]:25, delay=0.{r.randint(10, 99)}, status=sent",
        )

    def postfix_from(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} mail postfix/qmgr[{r.randint(100, 99999)}]: {queue_id(r)}: from=<",
            (email(r), E),
            f">, size={r.randint(1000, 99999)}, nrcpt=1 (queue active)",
        )

    def json_user(r: random.Random) -> dict[str, object]:
        return build(
            f'{{"ts":"{iso_ts(r)}","event":"signup","email":"',
            (email(r), E),
            '","phone":"',
            (any_phone(r), P),
            f'","user_id":{ten(r)}}}',
        )

    def url_email(r: random.Random) -> dict[str, object]:
        local = r.choice(FIRST)
        tag = r.choice(["", "%2Bpromo"])
        return build(
            f'{ip(r)} - - [{apache_ts(r)}] "GET /unsubscribe?email=',
            (f"{local}{tag}%40{r.choice(['example.com', 'mail.example.org'])}", E),
            f'&t={epoch(r)} HTTP/1.1" 200 {r.randint(100, 9999)}',
        )

    def mailto(r: random.Random) -> dict[str, object]:
        return build(
            '<a href="mailto:',
            (email(r), E),
            '?subject=Hi">contact</a> rendered in ',
            f"{r.randint(1, 99)}ms",
        )

    def adjacent(r: random.Random) -> dict[str, object]:
        return build(
            "notify (",
            (email(r), E),
            "), cc: ",
            (email(r), E),
            "; bcc '",
            (email(r), E),
            "'.",
        )

    def idn(r: random.Random) -> dict[str, object]:
        return build("invite sent to ", (unicode_email(r), E), f" lang=und at {epoch(r)}")

    def userkey(r: random.Random) -> dict[str, object]:
        return build(f"{py_ts(r)} INFO password reset requested user:", (email(r), E))

    def sms(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} twilio sms sent to=",
            (r.choice([any_phone(r), "+1" + bare_nanp(r)]), P),
            f" sid=SM{hexid(r, 32)} status=queued price=-0.0075",
        )

    def sms_bare(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} SMS to ",
            (bare_nanp(r), P),
            f" delivered in {r.randint(100, 9999)} ms (segments=1)",
        )

    def phone_key(r: random.Random) -> dict[str, object]:
        keys = ["phone=", "tel:", "mobile: ", "phone_number=", '"phoneNumber":"', "msisdn="]
        key = r.choice(keys)
        # An MSISDN is written with its country code.
        value = "1" + bare_nanp(r) if key == "msisdn=" else r.choice([bare_nanp(r), any_phone(r)])
        return build(
            f"{py_ts(r)} profile updated {key}",
            (value, P),
            f" by admin pid={r.randint(100, 99999)}",
        )

    def call(r: random.Random) -> dict[str, object]:
        return build(
            f"{syslog_ts(r)} pbx asterisk[{r.randint(100, 9999)}]: call from ",
            (nanp(r), P),
            " to ",
            (nanp(r, ext=True), P),
            f" duration={r.randint(1, 3600)}s",
        )

    def support(r: random.Random) -> dict[str, object]:
        return build(
            "ticket opened by ",
            (email(r), E),
            " callback ",
            (any_phone(r), P),
            f" priority=P{r.randint(1, 4)}",
        )

    def intl_plain(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} contact updated: ",
            (intl(r), P),
            f" (verified), request_id={uuid(r)}",
        )

    def intl_prefixed(r: random.Random) -> dict[str, object]:
        return build(f"{py_ts(r)} outbound dial ", (intl_prefix(r), P), " answered")

    def uk_national(r: random.Random) -> dict[str, object]:
        return build(
            f"{iso_ts(r)} address verified country=GB tel: ",
            (f"020 7946 0{digits(r, 3)}", P),
            f" postcode=SW1A 1AA id={r.randint(1, 99999)}",
        )

    def de_national(r: random.Random) -> dict[str, object]:
        return build(
            'customer {"country":"DE","phone":"',
            (r.choice(["030 901820", f"089 1234{digits(r, 3)}", f"0151 2345{digits(r, 4)}"]), P),
            f'","created":{epoch(r)}}}',
        )

    def nanp_with_noise(r: random.Random) -> dict[str, object]:
        return build(
            f'{ip(r)} - - [{apache_ts(r)}] "POST /api/contact HTTP/1.1" 201 {r.randint(10, 999)} '
            "form phone=",
            (nanp(r), P),
            f" bytes={ten(r)}",
        )

    def both(r: random.Random) -> dict[str, object]:
        return build(
            f"{py_ts(r)} order {r.randint(1000, 99999)} placed by ",
            (email(r), E),
            ", mobile ",
            (any_phone(r), P),
            f", amount=${r.randint(1, 999)}.{r.randint(10, 99)}",
        )

    def digit_local(r: random.Random) -> dict[str, object]:
        return build("sms gateway reply from ", (f"{bare_nanp(r)}@txt.example.com", E), " ok")

    def ext_only(r: random.Random) -> dict[str, object]:
        return build("Reach support at ", (nanp(r, ext=True), P), ".")

    return [
        auth, postfix, postfix_from, json_user, url_email, mailto, adjacent, idn, userkey, sms,
        sms_bare, phone_key, call, support, intl_plain, intl_prefixed, uk_national, de_national,
        nanp_with_noise, both, digit_local, ext_only,
    ]  # fmt: skip


def handwritten() -> list[dict[str, object]]:
    """Tricky lines written by hand; the PII is marked explicitly."""
    return [
        build("email=", ("bob@x.com", E), " status=ok"),
        build("user:", ("bob@x.com", E), " logged out"),
        build("mailto:", ("Alice.Smith+news@Sub.Example.CO.UK", E)),
        build('{"to":"', ("用户@例子.广告", E), '","from":"', ("josé@café.fr", E), '"}'),
        build("punycode ", ("info@xn--mller-kva.xn--p1ai", E), " accepted"),
        build("GET /u?email=", ("alice%40example.com", E), "&ref=mail 302"),
        build("see ", ("first.last@example.com", E), ". Then retry."),
        build("(", ("bob@example.org", E), ")"),
        build("list: ", ("a@example.io", E), ",", ("b@example.io", E), ";", ("c@example.io", E)),
        build("reply from ", ("5551234567@corp.com", E), " received"),
        build("deps pkg@1.2.3 lodash@4.17.21 @scope/pkg@2.0.0 ok"),
        build("img logo@2x.png icon@1.5x.svg banner@2x.jpg bundle@3x.gif"),
        build("Exception in thread main: java.lang.Object@1b6d3586 / MyClass@7f31245a"),
        build("remote git@github.com:org/repo.git and ssh://git@github.com/org/repo.git"),
        build("db postgres://app@db-host/app user@host user@localhost root@server01"),
        build("call ", ("800-555-0199", P), " now"),
        build("call ", ("(800) 555-0199", P), " now"),
        build("call ", ("800.555.0199", P), " now"),
        build("call ", ("800 555 0199", P), " now"),
        build("call ", ("1-800-555-0199", P), " now"),
        build("call ", ("+1 800 555 0199", P), " now"),
        build("call ", ("+18005550199", P), " now"),
        build("call ", ("1 (800) 555-0199", P), " now"),
        build("call ", ("800-555-0199 ext. 12", P), " now"),
        build("call ", ("800-555-0199 x12", P), " now"),
        build("call ", ("800-555-0199 ext 1234", P), " now"),
        build("intl ", ("+44 20 7946 0958", P), ", ", ("+49 30 901820", P)),
        build("intl ", ("+91 98765 43210", P), "; ", ("+33 1 23 45 67 89", P)),
        build("intl ", ("+55 11 91234 5678", P), "; ", ("+81 3-1234-5678", P)),
        build("intl ", ("+61 2 9876 5432", P), " | ", ("+44 (0)20 7946 0958", P)),
        build("intl ", ("+353 1 234 5678", P), " | ", ("+86 138 0013 8000", P)),
        build("intl ", ("0044 20 7946 0958", P), " / ", ("011 44 20 7946 0958", P)),
        build("UK customer tel: ", ("020 7946 0958", P)),
        build("phone=", ("8005550199", P), " ts=1705314225"),
        build('{"msisdn":"', ("14155550123", P), '","epoch":1705314225}'),
        build("Calling ", ("2125550123", P), "..."),
        build("1705314225 1705314225123 ts=1705314225 took 1234 ms 12.345s"),
        build("192.168.1.1 10.0.0.255:8080 fe80::1 2001:db8::8a2e:370:7334"),
        build("2024-01-15T10:23:45.123Z 2024-01-15 10:23:45,123 [15/Jan/2024:10:23:45 +0000]"),
        build("Jan 15 10:23:45 25.02.2024 17:39 2024/01/15 20240115"),
        build(
            "trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7 "
            "sha 3f786850e387550fdab836ed7e6dc881de23001b"
        ),
        build("v1.2.3 2.14.1-beta port 8080 pid=12345 [12345] bytes=5551234567 size: 1048576"),
        build("$1,234.56 USD 1234567.89 amount=8005550199 order #8005550199 order_id=5551234567"),
        build("invoice=INV-2024-000123 tracking 1Z999AA10123456784 Content-Length: 2048"),
        build("arn:aws:iam::123456789012:role/x account 123456789012"),
        build("card 4111 1111 1111 1111 / 4111-1111-1111-1111 isbn 978-3-16-148410-0"),
        build("iban DE89 3704 0044 0532 0130 00 GB82WEST12345698765432"),
        build("abc8005550199 req-800-555-0199x id=800-555-0199 seq 8005550199"),
        build("HTTP/1.1 200 OK 8005550199 epoch 1705314225"),
        build("uuid 123e4567-e89b-12d3-a456-426614174000 and 550e8400-e29b-41d4-a716-446655440000"),
        build("duration=2125550123 latency: 4155550123 count 6175550123 offset=3125550123"),
        build("retry in 30s: ", ("bob+retry@example.com", E), " (attempt 3)"),
        build("tel:", ("+1-212-555-0123;ext=5", P), " sip"),
        build("whatsapp ", ("+447700900123", P), " delivered"),
        build("sms to=", ("+91 98765 43210", P), " from=", ("+1 415 555 2671", P)),
        build("fax: ", ("(212) 555-0147", P), " pages 3"),
        build("Reach us at ", ("support@example.com", E), " or ", ("1-888-555-0100", P), "."),
        build("\t", ("ops@example.com", E), "\t", ("212-555-0111", P), "\t200\t1705314225"),
        build("CSV row: 42,", ("jane.doe@example.com", E), ",", ("415-555-0100", P), ",2024-01-15"),
        build("user=", ("ALICE@EXAMPLE.COM", E), " locale=en-US"),
        build("ok"),
        build(""),
        # Second batch, written from real log shapes before checking the redactor on them.
        build(
            "Feb  3 04:12:55 mx1 postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown"
            "[203.0.113.5]: 554 5.7.1 <",
            ("spam@bad.example", E),
            ">: Relay access denied; from=<",
            ("promo@mailer.example.net", E),
            "> to=<",
            ("jdoe@example.org", E),
            "> proto=ESMTP helo=<mailer>",
        ),
        build(
            '{"level":"warn","user":{"email":"',
            ("Mary.Jane@Example.org", E),
            '","phone":"',
            ("+1 (212) 555-0147", P),
            '"},"ip":"198.51.100.7"}',
        ),
        build(
            "INFO  [2024-03-01 12:00:00,001] c.e.sms.Sender - Sending OTP to ",
            ("07700 900456", P),
            " (GB)",
        ),
        build(
            "POST /twilio/webhook From=",
            ("%2B447700900123", P),
            "&To=",
            ("%2B14155550100", P),
            "&Body=Hi 200",
        ),
        build(
            "2024-03-01T12:00:00Z user ",
            ("jane_doe@example.com", E),
            " changed phone from ",
            ("(415) 555-0100", P),
            " to ",
            ("(415) 555-0199", P),
        ),
        build(
            'Exception: Could not deliver to "',
            ("info@example.co.jp", E),
            '" after 3 attempts (last error 550)',
        ),
        build(
            "audit: ",
            ("admin@corp.example.com", E),
            " granted role=billing to ",
            ("user@corp.example.com", E),
            " at 1709294400",
        ),
        build("Customer callback number: ", ("1.888.555.0142 ext 3", P), " - priority high"),
        build("contact: ", ("+49 (0) 30 1234567", P)),
        build('phone_number: "', ("+33 6 12 34 56 78", P), '"'),
        build("Sent WhatsApp template to ", ("+5511987654321", P)),
        build(
            "call_log caller=",
            ("+12125550147", P),
            " callee=",
            ("+13105550199", P),
            " duration=45s",
        ),
        build(
            "user registered: email=",
            ("ana.garcia@empresa.es", E),
            " tel=",
            ("+34 612 345 678", P),
        ),
        build('Notify: "Your code is 482913" sent to ', ("+61 412 345 678", P)),
        build('"email":"', ("o'brien@example.ie", E), '"'),
        build('to: "Zoë Åström" <', ("zoe.astrom@exempel.se", E), ">"),
        build("Mobile: ", ("98765 43210", P), " (India)"),
        build("fax ", ("+1-800-555-0123", P), ", attn billing"),
        build(
            "DEBUG: normalized phone '",
            ("+1 650-253-0000", P),
            "' -> '",
            ("+16502530000", P),
            "'",
        ),
        build("GC pause (G1 Evacuation Pause) 2048M->1024M(4096M) 12.345ms"),
        build("Processed 1,234,567 records in 8,005 ms (154.2 rec/s)"),
        build(
            "kernel: [1234567.890123] Out of memory: Killed process 31337 (java) "
            "total-vm:8005550199kB"
        ),
        build("CRON[4242]: (root) CMD (/usr/bin/backup --since 1709251200 --until 1709337600)"),
        build("upload s3://bucket/logs/2024/03/01/part-00000-8005550199.gz done"),
        build("pulled sha256:4bf92f3577b34da6a3ce929d0e0e4736a3ce929d0e0e47364bf92f3577b34da6"),
        build("SELECT * FROM orders WHERE id IN (8005550199, 8005550200) LIMIT 100"),
        build("Latency p50=212ms p99=555ms max=1234ms"),
        build("version 10.0.19045.3803 build 22631.3155"),
        build("geo lat=40.7128 lon=-74.0060 accuracy=12.5"),
        build("Order 5551234 shipped via UPS 1Z 999 AA1 01 2345 6784"),
        build("MAC 00:1a:2b:3c:4d:5e vlan 100 ifindex 8005550199"),
        build("phone_verified=true retries=3 next_attempt_ts=1709294400"),
        build("PhoneNumberFormatException at com.example.PhoneUtil.parse(PhoneUtil.java:142)"),
        build("heap used=2147483648 committed=4294967296 max=8589934592"),
        build('{"phone": null, "updated_at": 1709294400}'),
        build("SMS quota: 1000000/2000000 used"),
        build("Twilio error 21211: Invalid 'To' Phone Number"),
        build("phone lookup took 8005550199ns"),
        build("2024-03-01 12:00:00.000 +0100 [main] INFO  Started in 3.141 seconds (JVM 4.2)"),
        build("ratelimit key=phone:sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c"),
        build("UPDATE users SET phone_hash='a1b2c3' WHERE id=8005550199"),
        build(
            "Mar 01 12:00:00 fw kernel: IN=eth0 OUT= SRC=203.0.113.7 DST=198.51.100.2 LEN=60 "
            "ID=54321 PROTO=TCP SPT=51515 DPT=443"
        ),
        build("chunk 3/8 offset 8005550199 len 4096"),
        build("Call to undefined method User::phone() in /var/www/app/UserController.php:212"),
    ]


def main() -> None:
    rng = random.Random(SEED)
    no_pii = no_pii_templates()
    pii = pii_templates()
    records = handwritten()
    for k in range(300):
        records.append(no_pii[k % len(no_pii)](rng))
    for k in range(170):
        records.append(pii[k % len(pii)](rng))
    rng.shuffle(records)
    with OUT.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines to {OUT}")


if __name__ == "__main__":
    main()
