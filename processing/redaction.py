"""Redact e-mail addresses and phone numbers from log lines.

``redact(text)`` returns a :class:`Redaction` whose ``text`` has every e-mail address replaced by
``[REDACTED_EMAIL]`` and every phone number by ``[REDACTED_PHONE]``; every other character is
kept exactly as it was. ``counts`` always has the keys ``"email"`` and ``"phone"``. Redacting
twice changes nothing more.

``python -m processing.redaction [--stats]`` redacts stdin to stdout, one line for one line.

E-mail rules (applied first, so the digits of ``5551234567@corp.com`` never become a phone):

* ``local@domain`` or URL-encoded ``local%40domain``. The local part is word characters (Unicode
  included), ``.``, ``+``, ``-``, ``%2B`` and an apostrophe between letters; it starts at a token
  boundary, so ``email=``, ``user:``, ``mailto:``, ``%3D``, quotes and brackets stay outside.
* The domain has at least two labels and its last label (TLD) is alphabetic with at least two
  letters, or punycode ``xn--``. Labels are dropped from the right until the TLD is valid, so
  trailing ``.``, ``,``, ``)`` stay outside the address.
* Not an address: version pins ``name@1.2.3`` (two numeric leading labels), assets ``logo@2x.png``
  (TLD is a web file extension, or the domain starts ``2x``), Java identities
  ``Object@1b6d3586`` and ``user@localhost``/``user@host`` (no dotted domain), URI userinfo
  ``scheme://user@host`` and scp-style git remotes ``git@github.com:org/repo.git``.

Phone rules. A regex finds *chunks*: digit groups joined by single separators (``-``, ``.``,
spaces, parentheses), optionally led by ``+`` or ``%2B``, with at least seven digits, not starting
inside another token (after a letter, digit, ``.``, ``-``, ``/``, ``#``, ``$``, ``%``, ``@``),
and not an ISO/European date or an IPv4 address. A chunk may be cut where a space separates two
groups, so ``10:23:45 800-555-0199 200`` still yields the phone alone; the longest valid range
wins. A range must end at a token boundary (not before a letter, ``/``, ``%``, or ``:``/``.``/``-``
plus digit) unless an extension follows (``ext. 12``, ``ext 12``, ``x12``, ``#12``), which then
belongs to the phone. Ranges are judged as follows.

* Key: the nearest words after the previous number or placeholder and before the chunk, split
  on ``_``, ``.`` and camelCase (``phoneNumber``, ``customer.phone``), skipping fillers such as
  ``number``/``no``/``of``. A non-phone key vetoes any format: ``id``, ``order``, ``invoice``,
  ``tracking``, ``bytes``, ``size``, ``count``, ``duration``, ``latency``, ``ms``, ``pid``,
  ``port``, ``amount``, ``price``, currencies, ``account``, ``ts``, ``timestamp``, ``epoch``,
  ``seq``, ``offset``, ``version``, ``ticket``, ``card``, ``iban`` ... A phone key (``phone``,
  ``tel``, ``mobile``, ``cell``, ``msisdn``, ``sms``, ``fax``, ``whatsapp``, ``call``, ``dial``,
  ``caller_id`` ...; ``to``/``from``/``recipient`` only on lines mentioning SMS, Twilio,
  WhatsApp...) makes any 7-15 digit range a phone. A unit right after the number (``ms``, ``s``,
  ``bytes``, ``rows``, ``%`` ...) vetoes it.
* ``+``/``%2B``: 8-15 digits (a ``(0)`` trunk is dropped) that libphonenumber finds valid, or at
  least possible (``+447700900123``).
* ``00``/``011`` prefixes: as ``+``, if grouped by separators or after a phone key.
* NANP: ``NXX-NXX-XXXX`` (area code 2-9, not N11) optionally led by ``1`` and written with
  ``-``/``.``/``(NXX)`` is a phone by format, even ``555-123-4567``; with spaces only
  (``800 555 0199``) it must also be valid for libphonenumber. A bare ten- or eleven-digit run
  (``8005550199``) needs a phone key, because bare ten-digit runs are usually epoch seconds.
* National formats with a trunk ``0`` and separators (``020 7946 0958``) are phones when valid
  for a country the line names (``country=GB``, ``en_GB``, ``UK``, ``Germany`` ...).
* Everything else is kept: IPs, dates and times, epochs, durations, UUIDs and hex ids, versions,
  ports, PIDs, byte counts, money, order and tracking numbers, card, ISBN and IBAN digit groups
  (their grouping is not a phone's, or they have too many digits), and digits glued to letters
  (``abc8005550199``, ``req-800-555-0199x``).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import BinaryIO

import phonenumbers  # ships its own type stubs

EMAIL_PLACEHOLDER = "[REDACTED_EMAIL]"
PHONE_PLACEHOLDER = "[REDACTED_PHONE]"


@dataclass(frozen=True, slots=True)
class Redaction:
    text: str
    counts: dict[str, int]


def redact(text: str) -> Redaction:
    """Replace e-mail addresses and phone numbers in ``text`` by placeholders."""
    n_email = n_phone = 0
    # A substring test skips the e-mail pass on most lines.
    if "@" in text or "%40" in text:
        text, n_email = _redact_emails(text)
    text, n_phone = _redact_phones(text)
    return Redaction(text, {"email": n_email, "phone": n_phone})


# --------------------------------------------------------------------------- e-mail

# Addresses are found from their ``@`` (or URL-encoded ``%40``) outwards, so lines are never
# scanned position by position. The local part is matched backwards on the reversed text.
_AT_RE = re.compile(r"@|%40")
# ``%2B`` is an encoded ``+``; an apostrophe counts only between letters (``o'neil``), so quotes
# around an address stay outside it.
_LOCAL_REVERSED_RE = re.compile(r"(?:[Bb]2%|[\w.+-]|(?<=\w)'(?=\w))+")
_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_MAX_LOCAL = 128
_HEX = frozenset("0123456789abcdefABCDEF")
# Web asset extensions that are not TLDs: ``logo@2x.png``, ``app@1.0.min.js``.
_FILE_EXTENSIONS = frozenset({
    "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "avif", "css",
    "js", "mjs", "cjs", "map", "ts", "tsx", "jsx", "woff", "woff2", "ttf", "otf", "eot",
    "json", "html", "htm", "txt", "log"
})  # fmt: skip
_RETINA_LABEL_RE = re.compile(r"[0-9]+x\Z")
# Authority part of a URL (``scheme://user:pw@host``) ends right before the candidate.
_USERINFO_RE = re.compile(r"//[^\s/@?#\"'<>]*\Z")
# scp-like git remote: ``git@github.com:org/repo.git``.
_SCP_PATH_RE = re.compile(r":[\w~.-]*(?:/|\.git\b)")


def _redact_emails(text: str) -> tuple[str, int]:
    pieces: list[str] = []
    pos = count = 0
    for at in _AT_RE.finditer(text):
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
    start = _local_start(text, at, floor)
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
    if _RETINA_LABEL_RE.match(labels[0]):  # icon@2x.webp
        return None
    end = domain_start + len(".".join(labels))
    if _USERINFO_RE.search(text, max(0, start - 200), start):
        return None
    if _SCP_PATH_RE.match(text, end):
        return None
    return start, end


def _local_start(text: str, at: int, floor: int) -> int | None:
    """Start of the local part ending at ``at``; it starts at a token boundary."""
    low = max(floor, at - _MAX_LOCAL)
    m = _LOCAL_REVERSED_RE.match(text[low:at][::-1])
    if m is None:
        return None
    start = at - m.end()
    if start == low and low > floor:
        return None  # a token longer than any local part
    local = text[start:at]
    # ``?q%3Dalice%40x.com``: the two hex digits of an escape are not part of the address.
    if start > 0 and text[start - 1] == "%" and local[:1] in _HEX and local[1:2] in _HEX:
        start += 2
        local = local[2:]
    # ``...bob@x.com``: an ellipsis cannot be inside a local part.
    cut = local.rfind("..")
    if cut >= 0:
        start += cut + 2
        local = local[cut + 2 :]
    stripped = local.lstrip(".")
    if not stripped:
        return None
    return start + len(local) - len(stripped)


def _is_tld(label: str) -> bool:
    if len(label) < 2:
        return False
    return label.isalpha() or (label[:4].lower() == "xn--" and len(label) > 4)


# --------------------------------------------------------------------------- phone

_SEP = r"(?:[ \t]?[-.\u2013][ \t]?|[ \t]{1,2})"
_SEP_CHARS = r"[ \t().\-\u2013]"
_GROUP = r"(?:\([0-9]{1,5}\)|[0-9]+)"
_SEVEN_DIGITS = rf"(?=\(?(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})"
_PHONE_CHUNK_RE = re.compile(
    # The pattern opens with a character class so that the regex engine can skip quickly to
    # candidate characters; every test on the text before or at the start therefore comes after
    # that first character and looks back at it.
    r"[+%(0-9]"
    # Not inside another token: ``abc8005550199``, ``v1.2.3``, ``req-800``, ``#123``, ``$100``.
    r"(?<![\w.+\-@%$/#].)"
    r"(?:"
    rf"(?<=\+){_SEVEN_DIGITS}{_GROUP}"
    rf"|(?<=%)2[Bb]{_SEVEN_DIGITS}{_GROUP}"
    rf"|(?<=\()(?=(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})[0-9]{{1,5}}\)"
    # A bare first digit: at least seven digits close together, and not the commonest
    # look-alikes, which are cheaper to skip here than in Python: ISO and European dates and
    # IPv4 addresses. The scan then resumes inside them, so ``2024-01-15 800-555-0199`` works.
    rf"|(?<=[0-9])(?=(?:{_SEP_CHARS}{{0,3}}[0-9]){{6}})"
    r"(?![0-9]{3}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9]))"
    r"(?![0-9]?[-/.][0-9]{1,2}[-/.][0-9]{4}(?![0-9]))"
    r"(?![0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]))"
    r"[0-9]*"
    r")"
    # A separator is optional only next to a parenthesised group: ``(800)555-0199``, ``(0)20``.
    rf"(?:{_SEP}{_GROUP}|{_SEP}?\([0-9]{{1,5}}\)|(?<=\)){_SEP}?[0-9]+)*"
)
_DIGITS_RE = re.compile(r"[0-9]+")
_EXTENSION_RE = re.compile(
    r"(?:[ \t]*,?[ \t]*(?:ext\.?|extension)[ \t]*|[ \t]?(?:x|#))[0-9]{1,6}\b", re.I
)
_UNIT_AFTER_RE = re.compile(
    r"[ \t]?(?:ms|us|ns|s|sec|secs|seconds|min|mins|minutes|hours|bytes|kb|mb|gb|kib|mib|gib"
    # ``(?![\w=:])``: ``800-555-0199 bytes=12`` is followed by the next key, not by a unit.
    r"|rows|records|items|times|requests|reqs|ops|events|msgs|messages|%)(?![\w=:])",
    re.I,
)
_LAST_DIGIT_RE = re.compile(r".*[0-9]", re.S)
_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")

_POSITIVE_WORDS = frozenset({
    "phone", "phones", "telephone", "telefon", "tel", "mobile", "mobil", "cell", "cellphone",
    "msisdn", "sms", "mms", "fax", "whatsapp", "caller", "callee", "call", "calling", "called",
    "dial", "dialing", "dialed", "dialled", "contact", "ring", "texted"
})  # fmt: skip
# ``to``/``from`` are only phone keys on SMS lines (``sms sent to=...``).
_SMS_ONLY_WORDS = frozenset({
    "to", "from", "recipient", "recipients", "sender", "dest", "destination"
})  # fmt: skip
_FILLER_WORDS = frozenset({
    "number", "numbers", "no", "nr", "num", "is", "was", "of", "a", "an", "the", "for", "with",
    "via", "by", "me", "my", "your", "new", "old", "primary"
})  # fmt: skip
_NEGATIVE_WORDS = frozenset({
    "id", "ids", "uid", "uuid", "guid", "order", "orders", "invoice", "inv", "tracking",
    "track", "shipment", "parcel", "bytes", "byte", "size", "len", "length", "count", "cnt",
    "total", "sum", "duration", "latency", "elapsed", "took", "time", "ms", "us", "ns", "sec",
    "secs", "seconds", "pid", "ppid", "tid", "thread", "port", "amount", "amt", "price",
    "cost", "balance", "fee", "usd", "eur", "gbp", "jpy", "inr", "cad", "aud", "account",
    "acct", "ts", "timestamp", "epoch", "date", "seq", "sequence", "offset", "version", "ver",
    "build", "serial", "sku", "ref", "reference", "ticket", "txn", "transaction", "trace",
    "span", "request", "req", "session", "sid", "job", "task", "batch", "code", "status",
    "errno", "error", "line", "lineno", "row", "rows", "record", "records", "key", "hash",
    "sha", "checksum", "crc", "card", "pan", "iban", "isbn", "zip", "postcode", "postal",
    "lat", "lon", "lng", "inode", "mem", "memory", "heap", "rss", "limit", "max", "min", "avg",
    "height", "block", "nonce", "gas", "items", "page", "pages", "interval", "retry",
    "retries", "attempt", "attempts"
})  # fmt: skip
_SMS_LINE_RE = re.compile(r"sms|mms|twilio|whatsapp|msisdn|text message|texted", re.I)

# Regions named on the line, to validate national formats such as ``020 7946 0958``.
_REGION_KEY_RE = re.compile(
    r"(?:country|country_?code|region|cc)[\"']?\s*[:=]\s*[\"']?([A-Za-z]{2})\b", re.I
)
_LOCALE_RE = re.compile(r"\b[a-z]{2}[_-]([A-Z]{2})\b")
_COUNTRY_NAMES = {
    "uk": "GB", "gb": "GB", "united kingdom": "GB", "britain": "GB", "england": "GB",
    "london": "GB", "germany": "DE", "deutschland": "DE", "berlin": "DE", "france": "FR",
    "paris": "FR", "india": "IN", "australia": "AU", "sydney": "AU", "japan": "JP",
    "tokyo": "JP", "brazil": "BR", "brasil": "BR", "ireland": "IE", "dublin": "IE",
    "china": "CN", "spain": "ES", "italy": "IT", "netherlands": "NL", "mexico": "MX",
}  # fmt: skip
# Tried after a positive key when the line names no country.
_DEFAULT_REGIONS = ("GB", "DE", "FR", "IN", "AU", "IE", "ES", "IT", "NL", "BR", "JP", "CN")

_POSITIVE, _NEUTRAL, _NEGATIVE = 1, 0, -1


class _Line:
    """Per-line facts computed lazily: most lines never need them."""

    __slots__ = ("_regions", "_sms", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._sms: bool | None = None
        self._regions: tuple[str, ...] | None = None

    @property
    def is_sms(self) -> bool:
        if self._sms is None:
            self._sms = _SMS_LINE_RE.search(self.text) is not None
        return self._sms

    @property
    def regions(self) -> tuple[str, ...]:
        if self._regions is None:
            self._regions = _named_regions(self.text)
        return self._regions


def _named_regions(text: str) -> tuple[str, ...]:
    found: list[str] = [m.group(1).upper() for m in _REGION_KEY_RE.finditer(text)]
    found += [m.group(1) for m in _LOCALE_RE.finditer(text)]
    lowered = text.lower()
    # Substring tests first: one big case-insensitive alternation is slow on every line.
    for name, region in _COUNTRY_NAMES.items():
        if name in lowered and re.search(rf"\b{name}\b", lowered):
            found.append(region)
    return tuple(dict.fromkeys(r for r in found if r != "US"))


def _redact_phones(text: str) -> tuple[str, int]:
    line = _Line(text)
    spans: list[tuple[int, int]] = []
    for m in _PHONE_CHUNK_RE.finditer(text):
        if m.group().isdigit() and not _bare_run_may_be_phone(line, m):
            continue
        spans.extend(_phones_in_chunk(line, m))
    if not spans:
        return text, 0
    pieces: list[str] = []
    pos = count = 0
    for start, end in spans:
        if start < pos:  # an extension reached into the next chunk
            continue
        pieces.append(text[pos:start])
        pieces.append(PHONE_PLACEHOLDER)
        pos = end
        count += 1
    pieces.append(text[pos:])
    return "".join(pieces), count


def _bare_run_may_be_phone(line: _Line, m: re.Match[str]) -> bool:
    """Fast path for separator-free runs (epochs, ids, byte counts): they need a phone key."""
    if not 7 <= len(m.group()) <= 15:
        return False
    return _context(line, m.start()) == _POSITIVE


@dataclass(slots=True)
class _Chunk:
    start: int
    end: int
    plus: bool
    groups: list[str]
    starts: list[int]  # absolute start of each digit group
    ends: list[int]
    seps: list[str]  # seps[k] sits between groups k and k+1
    parens: list[bool]  # group k is written ``(123)``


def _parse_chunk(m: re.Match[str]) -> _Chunk:
    text = m.string
    plus = text[m.start()] in "+%"
    groups: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # Skip the ``2`` of a ``%2B`` prefix.
    first = m.start() + 3 if text[m.start()] == "%" else m.start()
    for g in _DIGITS_RE.finditer(text, first, m.end()):
        groups.append(g.group())
        starts.append(g.start())
        ends.append(g.end())
    seps = [text[ends[k] : starts[k + 1]] for k in range(len(groups) - 1)]
    parens = [
        starts[k] > m.start() and text[starts[k] - 1] == "(" and text[ends[k] : ends[k] + 1] == ")"
        for k in range(len(groups))
    ]
    return _Chunk(m.start(), m.end(), plus, groups, starts, ends, seps, parens)


def _phones_in_chunk(line: _Line, m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Yield phone spans inside one chunk, trying the longest ranges of groups first."""
    chunk = _parse_chunk(m)
    n = len(chunk.groups)
    # Ranges may only start or stop where groups are separated by whitespace (``800 555 0199
    # 200`` or ``+1.800.555.0199 (800) 555-0100``).
    cuts = [k + 1 for k, sep in enumerate(chunk.seps) if sep[0] in " \t" and sep.strip() in "("]
    firsts = [0, *cuts]
    lasts = [k - 1 for k in cuts] + [n - 1]
    i_index = 0
    while i_index < len(firsts):
        i = firsts[i_index]
        context = _context(line, chunk.start) if i == 0 else _NEUTRAL
        found = None
        if context != _NEGATIVE:
            found = _best_range(line, chunk, i, [j for j in reversed(lasts) if j >= i], context)
        if found is None:
            i_index += 1
            continue
        yield found[1:]
        i_index = firsts.index(found[0] + 1) if found[0] + 1 < n else len(firsts)


def _best_range(
    line: _Line, chunk: _Chunk, i: int, lasts: list[int], context: int
) -> tuple[int, int, int] | None:
    """Return (last group, start, end) of the longest phone starting at group ``i``."""
    fallback = None
    for j in lasts:
        end = _range_end(line.text, chunk, j)
        if end is None:
            continue
        verdict = _judge(line, chunk, i, j, context, end)
        start = chunk.start if i == 0 else chunk.starts[i] - chunk.parens[i]
        if verdict == 2:
            return j, start, end
        if verdict == 1 and fallback is None:
            fallback = (j, start, end)
    return fallback


def _range_end(text: str, chunk: _Chunk, j: int) -> int | None:
    """End of the range ending at group ``j``, with its extension; None if glued to a token."""
    end = chunk.ends[j]
    if chunk.parens[j]:
        end += 1
    if j < len(chunk.groups) - 1:
        return end  # followed by whitespace inside the chunk
    ext = _EXTENSION_RE.match(text, end)
    if ext is not None:
        return ext.end()
    nxt = text[end : end + 1]
    if nxt and (nxt.isalnum() or nxt in "_/%@$"):
        return None
    if nxt and nxt in ":.-" and text[end + 1 : end + 2].isdigit():
        return None
    return end


def _judge(line: _Line, chunk: _Chunk, i: int, j: int, context: int, end: int) -> int:
    """2 = a valid phone, 1 = a possible one (used only when nothing valid is found), 0 = no."""
    groups = chunk.groups[i : j + 1]
    parens = chunk.parens[i : j + 1]
    if chunk.plus and i == 0:
        if len(groups) > 2 and groups[1] == "0" and parens[1]:  # +44 (0)20 ...
            groups = [groups[0], *groups[2:]]
        return _international("".join(groups))
    digits = "".join(groups)
    if not 7 <= len(digits) <= 15:
        return 0
    if j == len(chunk.groups) - 1 and _UNIT_AFTER_RE.match(line.text, end):
        return 0
    positive = context == _POSITIVE
    formatted = len(groups) > 1
    nanp = _nanp_digits(groups, parens)
    if nanp is not None:
        ten, formatted_nanp = nanp
        # Punctuated NXX-NXX-XXXX is a phone by format even in unassigned area codes
        # (``555-123-4567``); spaced or bare digits must also be valid for libphonenumber.
        if formatted_nanp and _punctuated(chunk.seps[i:j]):
            return 2
        if (formatted_nanp or positive) and _valid_in("1" + ten):
            return 2
    if i != 0:
        return 0
    if groups[0] == "011" or groups[0].startswith("00"):
        rest = digits[3:] if groups[0] == "011" else digits[2:]
        if (formatted or positive) and _international(rest) == 2:
            return 2
        return 0
    if positive:
        return _with_key(line, groups, digits)
    if formatted and _trunk_prefixed(groups) and 9 <= len(digits) <= 12:
        return 2 if any(_valid_national(digits, r) for r in line.regions) else 0
    return 0


def _punctuated(seps: list[str]) -> bool:
    return any(c in sep for sep in seps for c in "-.()\u2013")


def _trunk_prefixed(groups: list[str]) -> bool:
    """``020 7946 0958``, ``030 901820``: a trunk ``0`` and area code lead the number."""
    return 2 <= len(groups[0]) <= 5 and groups[0][0] == "0" and groups[0][1] != "0"


def _with_key(line: _Line, groups: list[str], digits: str) -> int:
    """After a phone key (``phone=``, ``tel:``) any 7-15 digit number is taken as a phone.

    Validation only ranks the ranges of a chunk: a valid reading (NANP local number, MSISDN
    without ``+``, national number of a named or common region) beats a merely plausible one.
    """
    if [len(g) for g in groups] == [3, 4] and digits[0] in "23456789":  # 555-0199
        return 2
    if digits[0] != "0" and len(digits) >= 10 and _international(digits) == 2:  # msisdn
        return 2
    for region in line.regions or _DEFAULT_REGIONS:
        if _valid_national(digits, region):
            return 2
    return 1


def _nanp_digits(groups: list[str], parens: list[bool]) -> tuple[str, bool] | None:
    """(ten NANP digits, written with separators) if the groups read ``NXX NXX XXXX``.

    A leading ``1`` trunk/country digit is allowed; a bare run (``8005550199``) is reported as
    unformatted so that it needs a phone key.
    """
    lens = [len(g) for g in groups]
    if lens[0] == 1 and groups[0] == "1" and not parens[0]:
        groups, parens, lens = groups[1:], parens[1:], lens[1:]
    if lens == [11] and groups[0][0] == "1":
        digits = groups[0][1:]
    elif lens == [10] or (lens == [3, 3, 4] and not parens[1] and not parens[2]):
        digits = "".join(groups)
    else:
        return None
    # Area codes start with 2-9; N11 codes (411, 911) are services. The exchange is left to
    # libphonenumber, except in punctuated numbers such as the placeholder ``555-123-4567``.
    if digits[0] in "01" or digits[1:3] == "11":
        return None
    return digits, len(lens) > 1


def _international(digits: str) -> int:
    """Judge digits written after ``+``/``00``: 2 valid, 1 possible, 0 neither."""
    if not 8 <= len(digits) <= 15:
        return 0
    return _international_cached(digits)


@lru_cache(maxsize=65536)
def _international_cached(digits: str) -> int:
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return 0
    if phonenumbers.is_valid_number(number):
        return 2
    return 1 if phonenumbers.is_possible_number(number) else 0


def _valid_in(e164_digits: str) -> bool:
    return _international_cached(e164_digits) == 2


@lru_cache(maxsize=65536)
def _valid_national(digits: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def _context(line: _Line, start: int) -> int:
    """Classify the words right before a number: phone key, non-phone key, or neither."""
    window = line.text[max(0, start - 48) : start]
    if "[REDACTED_" in window:  # an earlier value: the words before it are not this one's key
        window = window.replace(PHONE_PLACEHOLDER, "0").replace(EMAIL_PLACEHOLDER, "0")
    last_digit = _LAST_DIGIT_RE.match(window)
    if last_digit is not None:  # only words after the previous number count
        window = window[last_digit.end() :]
    words = [w.lower() for w in _WORD_RE.findall(window)[-4:]]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word in _FILLER_WORDS or len(word) == 1:
            continue
        if word in _POSITIVE_WORDS:
            return _POSITIVE
        if word == "id" and k > 0 and words[k - 1] == "caller":
            return _POSITIVE
        if word in _SMS_ONLY_WORDS:
            return _POSITIVE if line.is_sms else _NEUTRAL
        return _NEGATIVE if word in _NEGATIVE_WORDS else _NEUTRAL
    return _NEUTRAL


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m processing.redaction",
        description="Redact e-mail addresses and phone numbers, one output line per input line.",
    )
    parser.add_argument("--stats", action="store_true", help="print counts per type to stderr")
    args = parser.parse_args(argv)
    try:
        totals = _redact_stream(sys.stdin.buffer, sys.stdout.buffer)
    except BrokenPipeError:  # the reader went away (``| head``): not an error
        # Point stdout at /dev/null so that the flush at interpreter exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if args.stats:
        print(" ".join(f"{kind}={n}" for kind, n in totals.items()), file=sys.stderr)
    return 0


def _redact_stream(source: Iterable[bytes], sink: BinaryIO) -> dict[str, int]:
    totals = {"email": 0, "phone": 0}
    write = sink.write
    for raw in source:
        # surrogateescape lets invalid UTF-8 bytes pass through untouched.
        line = raw.decode("utf-8", "surrogateescape")
        body, ending = _split_ending(line)
        result = redact(body)
        totals["email"] += result.counts["email"]
        totals["phone"] += result.counts["phone"]
        write((result.text + ending).encode("utf-8", "surrogateescape"))
    sink.flush()
    return totals


def _split_ending(line: str) -> tuple[str, str]:
    """Keep the line terminator (``\\n``, ``\\r\\n`` or none) out of the redaction."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""


if __name__ == "__main__":
    raise SystemExit(main())
