"""E-mail addresses: found from their ``@`` (or URL-encoded ``%40``) outwards.

Lines are never scanned position by position: the local part is matched backwards on a bounded
reversed slice, the domain forwards from the ``@``, so the pass is linear in the line length.
"""

from __future__ import annotations

import re
from typing import Final

from processing.redaction.model import EMAIL_PLACEHOLDER

# Only an ``@`` between a local-part character and a domain character is tried: a line of
# ``@@@@`` costs one regex scan, not one Python call per ``@``.
# Also URL-encoded twice (``%2540``, a redirect's query string inside another) and as an HTML
# character reference (``&#64;``, ``&#x40;``, ``&commat;``, in escaped markup).
_AT_RE: Final = re.compile(
    r"(?:@(?<=[\w.+\-]@)|%40(?<=[\w.+\-]%40)|%2540(?<=[\w.+\-]%2540)"
    r"|&(?:#64;(?<=[\w.+\-]&#64;)|#[xX]40;(?<=[\w.+\-]&#.40;)|commat;(?<=[\w.+\-]&commat;)))"
    r"(?=[\w-])"
)
# The same without ``%40``, for the lines without it: a regex that opens with one literal
# character scans a line several times faster than one that opens with a choice of two.
_PLAIN_AT_RE: Final = re.compile(r"@(?<=[\w.+\-]@)(?=[\w-])")
# ``%2B`` is an encoded ``+``; an apostrophe counts only between letters (``o'neil``), so quotes
# around an address stay outside it.
_LOCAL_REVERSED_RE: Final = re.compile(r"(?:[Bb]2%|[\w.+-]|(?<=\w)'(?=\w))+")
_DOMAIN_RE: Final = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_MAX_LOCAL: Final = 128
_HEX: Final = frozenset("0123456789abcdefABCDEF")
# Extensions that are not TLDs: web assets (``logo@2x.png``, ``app@1.0.min.js``), systemd units.
_FILE_EXTENSIONS: Final = frozenset({
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "avif", "css",
    "js", "mjs", "cjs", "map", "ts", "tsx", "jsx", "woff", "woff2", "ttf", "otf", "eot",
    "json", "html", "htm", "txt", "log",
    # systemd unit instances: ``getty@tty1.service``, ``user@1000.service``
    "service", "socket", "timer", "target", "mount", "automount", "slice", "scope", "swap",
})  # fmt: skip
# Domains whose numeric local part is a phone number: WhatsApp JIDs, and the e-mail-to-SMS
# gateways of mobile carriers (``2012301905@txt.att.net``).
_PHONE_DOMAINS: Final = frozenset({
    "s.whatsapp.net", "c.us", "txt.att.net", "mms.att.net", "vtext.com", "vzwpix.com",
    "tmomail.net", "messaging.sprintpcs.com", "pm.sprint.com", "sms.myboostmobile.com",
    "myboostmobile.com", "email.uscc.net", "mms.uscc.net", "msg.fi.google.com",
    "text.republicwireless.com", "sms.cricketwireless.net", "mms.cricketwireless.net",
    "mymetropcs.com", "txt.bell.ca", "msg.telus.com", "pcs.rogers.com", "txt.freedommobile.ca",
    "vmobl.com", "sms.ntwls.net", "mailmymobile.net", "sms.airfiremobile.com",
})  # fmt: skip
_EDIFACT_SEGMENT_RE: Final = re.compile(r"'[A-Z]{3}\+")
# A VERP address's head, before the ``=``: a list or bounce name, ``+`` or ``-`` and an id.
_VERP_HEAD_RE: Final = re.compile(r"[\w.-]*(?:bounces?|\+)[\w.+-]*\Z", re.I)
_VERP_EDGES: Final = " \t<\"':,;([="
# A word of a gateway's host that says its numeric mailboxes are fax numbers.
_GATEWAY_WORDS: Final = ("fax",)
# ``message-id=<``, ``Message-ID: <``, ``In-Reply-To: <``, ``References: <``, ``cid:``, ``mid:``
_MESSAGE_ID_BEFORE_RE: Final = re.compile(
    r"(?:(?:message|msg|smtp)[-_]?id|in-reply-to|references|\b[cm]id)[\"']?\s*"
    r"(?:[:=]\s*[\"']?<?|<)\Z|\b[cm]id:\Z",
    re.I,
)


def _is_phone_domain(labels: list[str]) -> bool:
    return ".".join(labels) in _PHONE_DOMAINS or any(
        word in label for label in labels[:-1] for word in _GATEWAY_WORDS
    )


_RETINA_LABEL_RE: Final = re.compile(r"[0-9]+x\Z")
# Authority part of a URL (``scheme://user:pw@host``) ends right before the candidate.
_USERINFO_RE: Final = re.compile(r"//[^\s/@?#\"'<>]*\Z")
# scp-like git remote: ``git@github.com:org/repo.git``.
_SCP_PATH_RE: Final = re.compile(r":[\w~.-]{0,200}(?:/|\.git\b)")
# A SIP/tel URI or a telephony channel right before a numeric user part: the digits are a phone
# number (the phone pass takes them), the host is kept.
_SIP_BEFORE_RE: Final = re.compile(
    r"(?:sips?:|tel:|(?:sofia|gateway|sip|pjsip|iax2|local|dahdi)/(?:[\w.-]+/)?)\Z", re.I
)
_NUMERIC_USER_RE: Final = re.compile(r"(?:\+|%2[Bb])?[0-9][0-9.()\-]*\Z")


def has_at_sign(text: str) -> bool:
    """Cheap test before ``redact_emails``: an ``@``, plain or encoded."""
    return "@" in text or _has_encoded_at(text)


def _has_encoded_at(text: str) -> bool:
    return ("%" in text and ("%40" in text or "%2540" in text)) or (
        "&" in text and ("&#64;" in text or "&#x40;" in text.lower() or "&commat;" in text)
    )


def redact_emails(text: str) -> tuple[str, int]:
    """Replace every e-mail address in ``text``; return the new text and the count."""
    pieces: list[str] = []
    pos = count = 0
    for at in (_AT_RE if _has_encoded_at(text) else _PLAIN_AT_RE).finditer(text):
        if at.start() < pos:  # inside the address just replaced
            continue
        span = _email_span(text, at.start(), at.end(), pos)
        if span is None:
            continue
        start, end = span
        pieces.append(text[pos:start])
        pieces.append(EMAIL_PLACEHOLDER)
        pos = end
        count += 1
    if not count:
        return text, 0
    pieces.append(text[pos:])
    return "".join(pieces), count


def _email_span(text: str, at: int, domain_start: int, floor: int) -> tuple[int, int] | None:
    """Span of the address around the ``@`` at ``at``, or None if it is not an address."""
    start = _local_start(text, at, floor, encoded=text[at] == "%")
    if start is None:
        return None
    domain = _DOMAIN_RE.match(text, domain_start)
    if domain is None:
        return None
    labels = domain.group().split(".")
    labels[-1] = labels[-1].rstrip("-_")
    while len(labels) >= 2 and not _is_tld(labels[-1]):
        labels.pop()
    if len(labels) < 2 or labels[-1].lower() in _FILE_EXTENSIONS:
        return None
    if labels[0].isdigit() and labels[1].isdigit():  # lodash@4.17.21, pkg@1.2.beta
        return None
    # A WhatsApp JID (``919754607336@s.whatsapp.net``) is a phone number, as a SIP user part;
    # so is a number at a fax or SMS gateway (``441618481865@efaxsend.com``).
    if text[start:at].isdigit() and _is_phone_domain([label.lower() for label in labels]):
        return None
    # Message and content ids are written like addresses (``<CAF...@mail.gmail.com>``).
    if (
        start > 1
        and text[start - 1] in "<:"
        and _MESSAGE_ID_BEFORE_RE.search(text, max(0, start - 24), start)
    ):
        return None
    # Each regex below is tried only where its first characters are: a call costs more than
    # the test, and most addresses pass them all.
    if labels[0].endswith("x") and _RETINA_LABEL_RE.match(labels[0]):  # icon@2x.webp
        return None
    end = domain_start + len(".".join(labels))
    lookback = max(0, start - 200)
    if text.find("//", lookback, start) >= 0 and _USERINFO_RE.search(text, lookback, start):
        return None
    if text.startswith(":", end) and _SCP_PATH_RE.match(text, end):
        return None
    if (
        text[start] in "+%0123456789"
        and _NUMERIC_USER_RE.match(text, start, at)
        and _SIP_BEFORE_RE.search(text, max(0, start - 48), start)
    ):
        return None  # sip:+13125550190@host, sofia/gateway/3125550191@10.1.2.3
    return start, end


def _local_start(text: str, at: int, floor: int, *, encoded: bool) -> int | None:
    """Start of the local part ending at ``at``; it starts at a token boundary."""
    low = max(floor, at - _MAX_LOCAL)
    m = _LOCAL_REVERSED_RE.match(text[low:at][::-1])
    if m is None:
        return None
    start = at - m.end()
    if start == low and low > floor:
        return None  # a token longer than any local part
    local = text[start:at]
    # ``...\nsales@helix.fr``: a JSON or C escape's letter is not part of the address.
    if start > 0 and text[start - 1] == "\\" and local[:1] in ("n", "t", "r") and len(local) > 1:
        start += 1
        local = local[1:]
    # ``?q%3Dalice%40x.com``: the two hex digits of an escape are not part of the address.
    if start > 0 and text[start - 1] == "%" and local[:1] in _HEX and local[1:2] in _HEX:
        start += 2
        local = local[2:]
    # In a URL-encoded value (``%40``) a ``+`` is a space: ``write+to+bob.jones%40x.org``.
    if encoded:
        cut = local.rfind("+")
        if cut >= 0:
            start += cut + 1
            local = local[cut + 1 :]
    # EDIFACT: ``:TE'COM+bob@x.com``: ``'`` ends a segment, whose tag and ``+`` follow.
    if "'" in local:
        cut = max((m.end() for m in _EDIFACT_SEGMENT_RE.finditer(local)), default=0)
        start += cut
        local = local[cut:]
    # ``...bob@x.com``: an ellipsis cannot be inside a local part.
    cut = local.rfind("..")
    if cut >= 0:
        start += cut + 2
        local = local[cut + 2 :]
    stripped = local.lstrip(".")
    if not stripped:
        return None
    start += len(local) - len(stripped)
    # VERP: the recipient is encoded in a bounce address's local part, ``=`` for its ``@``
    # (``news-bounces+974504-ana=example.om@lists.example.com``).
    if start > 1 and text[start - 1] == "=" and "." in stripped:
        head = _VERP_HEAD_RE.search(text, max(floor, start - 65), start - 1)
        if head is not None and (head.start() == 0 or text[head.start() - 1] in _VERP_EDGES):
            return head.start()
    return start


def _is_tld(label: str) -> bool:
    if len(label) < 2:
        return False
    return label.isalpha() or (label[:4].lower() == "xn--" and len(label) > 4)
