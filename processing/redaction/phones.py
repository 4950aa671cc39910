"""Phone numbers: one evidence model over digit chunks.

A regex finds *chunks*: digit groups joined by single separators, optionally led by ``+`` or
``%2B``, with at least seven digits, not starting inside another token, and not an ISO/European
date or an IPv4 address. Ranges of groups inside a chunk (cut where whitespace separates two
groups, at most ``_MAX_GROUPS`` groups and ``_MAX_DIGITS`` digits, so the work per chunk is
linear) are read as phones by the strength of their format, weighed against the key before
them (``context.Key``):

* ``TOP``: ``+``/``%2B``/``00``/``011`` then a number libphonenumber finds valid. No word vetoes
  it: ``"contact":"+49 30 1234 5678"``, ``Reach us at +1-312-555-0176 ext. 20``.
* ``STRONG``: NANP written ``(NXX) NXX-XXXX``/``NXX-NXX-XXXX``/``NXX.NXX.XXXX``, or a national
  writing distinctive of one country and valid there (French ``0X XX XX XX XX``, Japanese
  ``0X-XXXX-XXXX``, Brazilian ``(11) 9XXXX-XXXX`` ...). Only an identifier key (``order``,
  ``id=``, ``amount``) vetoes it.
* ``MEDIUM``: spaced NANP valid for libphonenumber and alone in its chunk; a ``+`` number that
  is only possible; a national number valid for a country the line points at
  (``context.Regions``): with a trunk ``0`` (``030 1234567``, bare ``0612345678``) or,
  if the line *names* the country (a code, a country or city name, a TLD, another ``+CC``
  number; not only its language), grouped like a phone (``512 345 678``, ``98765 43210``).
  Any negative word vetoes it, and so does a numeric column (``4.4;660 594 4468;13.3%``).
* ``WEAK``: any other 7-15 digit range, a bare run (epochs, ids) or a decimal number: a phone
  only after a phone key (``phone=``, ``chiamami``, ``msisdn``, ``To=`` on a messaging line, a
  CallerID ``"name" <digits>``), or, bare on a telephony line, if it reads as a dialled number.

An extension (``ext. 12``, ``x 3``, ``#12``) right after the number belongs to the phone; a
unit right after it (``ms``, ``bytes``, ``%``) vetoes all but ``TOP``. SIP/tel URI user parts,
telephony channels (``sip:+13125550190@host``, ``sofia/gateway/3125550191@10.1.2.3``) and HL7
numbers (``^PRN^PH^^1^617^5550134``, ``|030 1234567^PRN^PH``) are read before the e-mail
pass, so a SIP host stays. A number whose separators are URL-encoded too
(``%2B44+20+7946+0958``) is read on a copy of the line with them decoded.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Sequence
from enum import IntEnum
from functools import lru_cache
from typing import Final

import phonenumbers  # ships its own type stubs

from processing.redaction.context import (
    Key,
    Regions,
    in_numeric_column,
    is_phone_key,
    is_telephony,
    key_before,
    mentions_phone,
    talks_telephony,
)
from processing.redaction.model import PHONE_PLACEHOLDER


class Strength(IntEnum):
    NONE = 0
    WEAK = 1
    MEDIUM = 2
    STRONG = 3
    TOP = 4


# The weakest evidence each key lets through.
_NEEDED: Final = {
    Key.POSITIVE: Strength.WEAK,
    Key.ROUTING: Strength.MEDIUM,
    Key.NEUTRAL: Strength.MEDIUM,
    Key.SOFT_NEGATIVE: Strength.STRONG,
    Key.HARD_NEGATIVE: Strength.TOP,
}
_MAX_GROUPS: Final = 8  # +1 (0)20 7946 0958 ext: no phone has more groups
_MAX_DIGITS: Final = 18  # 011 + 15 digits

# Every alternative in the patterns below opens with a literal or a character class where it
# can: the regex engine rejects such an alternative by its first character, while one opening
# with a group, an optional item or a look-behind is entered at every try.
# A separator: ``-``, ``.`` or an en dash with a blank either side, or one or two blanks.
_SEP: Final = r"(?:[-.\u2013][ \t]?|[ \t](?:[-.\u2013][ \t]?|[ \t])?)"
_SEP_CHARS: Final = r"[ \t().\-\u2013]"
_GROUP: Final = r"(?:\([0-9]{1,5}\)|[0-9]+)"
_SLASH: Final = (
    r"/(?:(?<=(?<![0-9])0[1-9]/)|(?<=(?<![0-9])0[1-9][0-9]/)|(?<=(?<![0-9])0[1-9][0-9]{2}/)"
    r"|(?<=(?<![0-9])0[1-9][0-9]{3}/)|(?<=(?<![0-9])0[1-9][0-9]{4}/))(?=[0-9]{2,10}(?![0-9/]))"
)
_SEVEN_DIGITS: Final = rf"(?=\(?(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})"
_PHONE_CHUNK_RE: Final = re.compile(
    # The pattern opens with a character class so that the regex engine can skip quickly to
    # candidate characters; every test on the text before or at the start therefore comes after
    # that first character and looks back at it.
    r"[+%(0-9]"
    # Not inside another token (``abc8005550199``, ``v1.2.3``, ``req-800``, ``#123``, ``$100``;
    # a letter of a script written without spaces is no token: ``は090-1593-2412``; nor
    # the seconds of a time, ``03:43:06.252269``;
    # a placeholder's ``]``: ``23+49 30...`` was not a start before redaction either),
    # except a ``+`` after ``/`` (``/phones/+4915112345678``), a whole path segment of 7-15
    # digits (``/phone/0605143815?``), a digit after a URL-encoded space or escape
    # (``call+me+at+800-555-0199``, ``to%3D4155550123``), and ``%2B`` after an escape
    # (``whatsapp%3A%2B14155238886``), and anything after an escaped newline or tab in a JSON
    # string (``Kontakt:\\t0171 2345678``), and after a word's abbreviating dot
    # (``TEL.03-1234-5678``, ``Tel.0171/1234567``).
    r"(?:(?<![\w.+\-@%$#\]].)(?<!/[(0-9])(?<![0-9]:.)|(?<=[\u0e00-\uffff].)|(?<=/[0-9])(?=[0-9]{6,14}(?![\w.\-]))"
    r"|(?<=[A-Za-z]\+[0-9])|(?<=%[0-9A-F]{2}[0-9%])|(?<=\\[nrt].)|(?<=[A-Za-z]\.[0-9+(]))"
    r"(?:"
    rf"(?<=\+){_SEVEN_DIGITS}{_GROUP}"
    rf"|(?<=%)2[Bb]{_SEVEN_DIGITS}{_GROUP}"
    rf"|(?<=\()(?=(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})[0-9]{{1,5}}\)"
    # The country code in parentheses: ``(+44) 20 7946 0958``.
    rf"|(?<=\()\+(?=(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})[1-9][0-9]{{0,2}}\)"
    # The trunk apart from the area code inside the parentheses: German ``(0 30)``, Hungarian
    # ``(06 1)``, ``(06-20)``.
    rf"|(?<=\()(?=(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})0[1-9]?[ \-][0-9]{{1,4}}\)"
    # German ``0171/1234567``, Belgian ``012/89 45 75``, Croatian ``090/127-2281``: a trunk
    # ``0`` and area code, a slash, the subscriber number (maybe in groups).
    r"|(?<=0)[1-9][0-9]{0,4}/[0-9]{2,10}(?![0-9/])"
    # A bare first digit: at least seven digits close together, and not the commonest
    # look-alikes, which are cheaper to skip here than in Python: ISO and European dates and
    # IPv4 addresses. The scan then resumes inside them, so ``2024-01-15 800-555-0199`` works.
    # The dates come first: they reject a date's first digit before the costlier tests.
    r"|(?<=[0-9])"
    r"(?![0-9]{3}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9]))"
    r"(?![0-9]?[-/.][0-9]{1,2}[-/.][0-9]{4}(?![0-9]))"
    r"(?![0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9]))"
    rf"(?=[0-9]{{6}}|(?:{_SEP_CHARS}{{0,3}}[0-9]){{6}})"
    # A phone has at most two one-digit groups, so one of its first three is longer: ``1 2 3
    # 4 5 6 7`` is no start, and a line of ``1 `` is skipped here rather than group by group.
    rf"(?=[0-9]|{_SEP_CHARS}{{1,3}}[0-9](?:[0-9]|{_SEP_CHARS}{{1,3}}[0-9]{{2}}))"
    r"[0-9]*"
    r")"
    # A separator is optional only next to a parenthesised group (``(800)555-0199``, ``(0)20``),
    # and a slash only after a trunk ``0`` and area code (``0171/1234567``), so that the
    # number is read the same whether a neighbour was redacted first or not. (The first
    # alternative already takes a separator before either kind of group.)
    rf"(?:{_SEP}{_GROUP}|\([0-9]{{1,5}}\)|[0-9](?<=\)[0-9])[0-9]*|{_SLASH}[0-9]{{2,10}})*"
)
# Every character a chunk can hold (digits, separators, parentheses, ``/``, a ``+``/``%2B``
# prefix), seven or more in a row: chunks are searched only inside such runs. Most digits of a
# line sit in shorter runs (times, counters, hexadecimal ids), and the chunk regex, whose start
# is tested at every digit, is the costliest part of redaction; a chunk never reaches past the
# run, and its look-behinds still see the text before it.
_CHUNK_RUN_RE: Final = re.compile(r"[+%(0-9][0-9 \t().\-\u2013/+%Bb]{6,}")
_DIGITS_RE: Final = re.compile(r"[0-9]+")
_DECIMAL_RE: Final = re.compile(r"[0-9]+\.[0-9]+")
_EXTENSION_RE: Final = re.compile(
    # ``, ext 335``, ``;ext=9495``, but not ``,Ext.193``: a comma or semicolon without a
    # blank ends a CSV field.
    r"(?:(?:[ \t]*[,;][ \t]+|;(?=ext=)|[ \t]*)"
    r"(?:ext|extn|extension|poste|durchwahl|dw|ramal|anexo|interno)[.:=]?[ \t]*"
    # Not the first group of the next number (``23# 04 72 55 01 23``), before or after it was
    # redacted.
    r"|[ \t]?(?:x|#)[ \t]?)[0-9]{1,6}\b(?![ \t.\-]?(?:[0-9]|\[REDACTED_PHONE\]))",
    re.I,
)
_UNIT_AFTER_RE: Final = re.compile(
    r"[ \t]?(?:ms|us|µs|ns|s|sec|secs|seconds|min|mins|minutes|hours|h|bytes|b|kb|mb|gb|kib"
    r"|mib|gib|rows|records|items|times|requests|reqs|ops|events|msgs|messages|%|px|€|\$"
    # ``(?![\w=:])``: ``800-555-0199 bytes=12`` is followed by the next key, not by a unit.
    r"|eur|usd|gbp|jpy|chf|inr|brl|yen|円)(?![\w=:])",
    re.I,
)
# Writings distinctive of one country, valid there: no country hint is needed. Inside a chunk
# only those that open with ``0``, ``1800``, a parenthesised group or three digits are tried
# (see ``_may_open_inner_phone``).
_NATIONAL_WRITINGS: Final = (
    (re.compile(r"0[1-9](?: [0-9]{2}){4}|0[1-9](?:\.[0-9]{2}){4}"), "FR"),
    (re.compile(r"0[1-9]0?-[0-9]{2,4}-[0-9]{4}|0[5-9]0-[0-9]{4}-[0-9]{4}"), "JP"),
    (re.compile(r"04[0-9]{2} [0-9]{3} [0-9]{3}|\(0[2378]\) ?[0-9]{4} [0-9]{4}"), "AU"),
    # ``(11) 91234-5678``, and without the parentheses, ``11 92994-8969``.
    (re.compile(r"\([1-9][0-9]\) ?9?[0-9]{4}-[0-9]{4}|[1-9]{2} 9[0-9]{4}-[0-9]{4}"), "BR"),
    (re.compile(r"1800[ -][0-9]{3}[ -][0-9]{4}|0[6-9][0-9]{4}[ -]?[0-9]{5}"), "IN"),
    (
        re.compile(
            r"07[0-9]{3} ?[0-9]{6}|0[12][0-9]{2,3} [0-9]{3} ?[0-9]{4}|02[0-9] [0-9]{4} [0-9]{4}"
        ),
        "GB",
    ),
    # Not ``612 345 678``: three groups of three is also how SI writes an integer.
    (re.compile(r"[6-9][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}"), "ES"),
    (re.compile(r"06[ -][0-9]{8}|06[ -][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}"), "NL"),
    (re.compile(r"0[1-9][0-9]{0,3}/[0-9]{4,10}|01[5-7][0-9] [0-9]{6,8}"), "DE"),
    (re.compile(r"0[1-9][0-9]{2} [0-9]{6,7}"), "AT"),
    # Irish mobiles: ``085 057 3275``
    (re.compile(r"08[35-9] [0-9]{3} [0-9]{4}"), "IE"),
    (re.compile(r"01[016789]-[0-9]{3,4}-[0-9]{4}|0[2-6][0-9]?-[0-9]{3,4}-[0-9]{4}"), "KR"),
    # Russian, with its trunk ``8``: ``8 (903) 464-56-91``.
    (re.compile(r"8 ?\([0-9]{3,4}\) ?[0-9]{2,3}-[0-9]{2}-[0-9]{2}"), "RU"),
    (re.compile(r"1[3-9][0-9] [0-9]{4} [0-9]{4}|1[3-9][0-9]-[0-9]{4}-[0-9]{4}"), "CN"),
    # Indonesian mobiles: ``0813-0938-6804``, ``0812 3456 789``.
    (re.compile(r"08[1-9][0-9]-[0-9]{3,4}-[0-9]{3,5}|08[1-9][0-9] [0-9]{3,4} [0-9]{3,5}"), "ID"),
    # Israeli, Emirati and Saudi mobiles are written alike.
    *(
        (re.compile(r"05[0-9] [0-9]{3} [0-9]{4}|05[0-9]-[0-9]{3}-[0-9]{4}"), region)
        for region in ("IL", "AE", "SA")
    ),
)
# One test first: most ranges match none of the writings (and most that open with none of
# their first characters are not tried).
_ANY_NATIONAL_WRITING: Final = re.compile(
    "|".join(f"(?:{p.pattern})" for p, _ in _NATIONAL_WRITINGS)
)
_NATIONAL_WRITING_OPENERS: Final = "0(123456789"
# Regions tried for a national number after a phone key when the line names none.
_DEFAULT_REGIONS: Final = (
    "GB", "DE", "FR", "IN", "AU", "IE", "ES", "IT", "NL", "BR", "JP", "CN", "MX", "SE", "PL",
    "AT", "CH", "BE", "PT", "ZA", "NG", "KE", "PH", "TR", "FI", "HU",
)  # fmt: skip

# SIP and tel URI user parts, telephony channels: ``sip:+13125550190@``, ``SIP/trunk/0044...``.
_TELEPHONY_USER_RE: Final = re.compile(
    # It opens at the ``:`` or ``/`` and looks back at the scheme or channel technology: a
    # pattern opening with one of a few characters is searched for them, one opening with
    # case-insensitive words is tried at every position of the line (seven times slower).
    r"(?::(?:(?<=sip:)|(?<=sips:)|(?<=tel:))"
    r"|/(?:(?<=sofia/)|(?<=gateway/)|(?<=sip/)|(?<=iax2/)|(?<=local/)|(?<=dahdi/))"
    # The optional segment is a gateway or trunk name, never a number (``PJSIP/0612/...``).
    r"(?:[\w.-]*[A-Za-z_][\w.-]*/)?)"
    # Parentheses only around digits: ``Dial(SIP/trunk/0013125550190)`` keeps its ``)``.
    # The shortest user part that ends the URI, or that an Asterisk channel's unique id
    # follows (``SIP/3125550191-00000a1b``).
    r"((?:\+|%2[Bb])?[0-9](?:[0-9.\-]|\([0-9]{1,5}\)){5,22}?"
    # An extension parameter belongs to the number, in a SIP user part
    # (``sip:+1-201-561-8943;ext=477@host``) and in a tel URI (``tel:...;ext=5``, RFC 3966).
    r"(?:;ext=[0-9]{1,8})?)"
    # ``\"``: the closing quote of an attribute, escaped in a JSON string (``href=\"tel:...\"``).
    r"(?=-[0-9a-fA-F]{8}(?![\w-])|[@;>/\"'\s,&)\\]|\Z)",
    re.I,
)


# SQL ``INSERT INTO t (columns) VALUES (...), (...)``: a bounded column list, then rows of
# quoted strings or bare tokens.
_SQL_INSERT_RE: Final = re.compile(
    r"\binsert\s+(?:into\s+)?[\w.`\"\[\]]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*", re.I
)
_SQL_ROW_RE: Final = re.compile(r"\s*,?\s*\(")
_SQL_VALUE_RE: Final = re.compile(
    r"\s*(?:'(?P<quoted>(?:[^'\\]|''|\\.){0,512})'|(?P<bare>[^,()'\s]{1,64}))\s*(?P<end>[,)])"
)
_SQL_PHONE_VALUE_RE: Final = re.compile(r"(?:\+|00)?[0-9(][0-9 ().\-/]{5,24}")
# HL7 v2 XTN: ``number^use^equipment^email^country code^area code^local number^extension``.
_HL7_XTN_RE: Final = re.compile(
    r"\^(?:PH|CP|FX|BP|MD)\^[^^|~\r\n]{0,256}\^(?P<cc>[0-9]{0,3})\^(?P<area>[0-9]{0,5})"
    r"\^(?P<local>[0-9]{4,10})(?:\^[0-9]{1,6}(?![0-9]))?"
)
# XTN.1, the number as written, first in the field and before the codes that key it
# (``|030 7036138^PRN^PH~``): the codes are searched for, the number read back from them.
_HL7_XTN_CODES_RE: Final = re.compile(r"\^[A-Z]{0,3}\^(?:PH|CP|FX|BP|MD)(?![A-Za-z0-9])")
_HL7_WRITTEN_NUMBER_RE: Final = re.compile(r"\+?[0-9(][0-9 ().\-]{5,24}[0-9]")


# The three classes below are plain classes, not dataclasses: compiled, a dataclass is built
# through its generated Python ``__init__``, several times slower, and they are built per line
# and per chunk.
class _Line:
    """Per-line facts computed lazily: most lines never need them."""

    __slots__ = (
        "_about_phones", "_regions", "_talks_telephony", "_telephony", "original", "text",
    )  # fmt: skip

    def __init__(self, text: str, original: str) -> None:
        self.text = text
        self.original = original  # before the e-mail pass: its TLDs still name countries
        self._telephony: bool | None = None
        self._talks_telephony: bool | None = None
        self._about_phones: bool | None = None
        self._regions: Regions | None = None

    def telephony(self) -> bool:
        """Whether ``to``/``from`` key a phone: a call or message line, or one with a ``+CC``
        number."""
        if self._telephony is None:
            self._telephony = is_telephony(self.original)
        return self._telephony

    def about_phones(self) -> bool:
        """Whether the line is about calls or messages, or names a phone anywhere: a national
        number is then read for the commonest countries too."""
        if self._about_phones is None:
            self._about_phones = self.talks_telephony() or mentions_phone(self.original)
        return self._about_phones

    def talks_telephony(self) -> bool:
        """Whether the line's words are about calls or messages (a ``+CC`` number alone is
        not enough to read its other numbers as dialled)."""
        if self._talks_telephony is None:
            self._talks_telephony = talks_telephony(self.original)
        return self._talks_telephony

    @property
    def regions(self) -> Regions:
        if self._regions is None:
            self._regions = Regions(self.original)
        return self._regions

    def key(self, start: int) -> Key:
        return key_before(self.text, start, telephony=self.telephony)

    def bare_key(self, start: int, digits: str) -> Key:
        """The key before the bare number ``digits``: on a call or message line, where numbers
        are dialled and logged bare (``Processing <ani>->2065792984``), no key counts as ``to``
        for a number that reads as valid. (Validity first: it is cached, the line's words not.)
        """
        key = self.key(start)
        if (
            key == Key.NEUTRAL
            and _reads_as_dialled(digits)
            and not _compact_timestamp(digits)
            and self.talks_telephony()
        ):
            return Key.ROUTING
        return key


# ``sip:``, ``sips:``, ``tel:`` in any case (``Sip:``, ``TEL:``) end in these. A regex that
# opens with one literal character scans several times faster than a substring test per
# ending, and the one-character look-behind first rejects most ``:`` (JSON keys) at once.
_URI_SCHEME_END_RE: Final = re.compile(
    r":(?<=[pPlLsS]:)(?:(?<=[iI][pP]:|[eE][lL]:)|(?<=[iI][pP][sS]:))"
)


def has_telephony_uri(text: str) -> bool:
    """Cheap test before ``redact_telephony_users``: most lines hold no SIP or channel."""
    if _URI_SCHEME_END_RE.search(text) is not None:
        return True
    if "/" not in text:
        return False
    low = text.lower()
    return (
        "sip/" in low  # also pjsip/
        or "sofia/" in low
        or "gateway/" in low
        or "iax2/" in low
        or "local/" in low
        or "dahdi/" in low
    )


def redact_telephony_users(text: str) -> tuple[str, int]:
    """Replace numeric SIP/tel user parts and channel numbers, keeping the host."""
    pieces: list[str] = []
    pos = count = 0
    for m in _TELEPHONY_USER_RE.finditer(text):
        value, end = m.group(1), m.end(1)
        if m.group()[0] == "/" and _CHANNEL_ID_RE.search(value):
            value, end = value[:-9], end - 9  # ``PJSIP/1012-00009590``: endpoint, channel id
        plus = value[0] in "+%"
        number = value.partition(";")[0]
        digits = "".join(_DIGITS_RE.findall(number[3:] if number[0] == "%" else number))
        if not plus and digits.startswith(("00", "011")):  # dialled abroad: the prefix, then
            digits = digits[3:] if digits[1] == "1" else digits[2:]  # up to 15 digits
        if not 7 <= len(digits) <= 15 or _is_ipv4(number):  # ``<sip:192.0.2.168>``: a host
            continue
        if plus and _international(digits) == Strength.NONE:
            continue
        pieces.append(text[pos : m.start(1)])
        pieces.append(PHONE_PLACEHOLDER)
        pos = end
        count += 1
    if not count:
        return text, 0
    pieces.append(text[pos:])
    return "".join(pieces), count


_CHANNEL_ID_RE: Final = re.compile(r"-[0-9]{8}\Z")


def has_hl7_telecom(text: str) -> bool:
    """Cheap test before ``redact_hl7_telecoms``: an HL7 XTN equipment type."""
    # One search for a character first: most lines hold no ``^``.
    return "^" in text and (
        "^PH" in text or "^CP" in text or "^FX" in text or "^BP" in text or "^MD" in text
    )


def redact_hl7_telecoms(text: str) -> tuple[str, int]:
    """Replace the numbers of HL7 XTN fields: ``^PRN^PH^^1^617^5550134``, ``(617)555-0134^PRN^PH``.

    The equipment type (``PH`` phone, ``CP`` cell, ``FX`` fax, ``BP`` beeper) keys the number
    written before it, and the country code, area code, local number and extension components
    that follow it.
    """
    spans: list[tuple[int, int]] = []
    for m in _HL7_XTN_CODES_RE.finditer(text):
        field = max(text.rfind(c, 0, m.start()) for c in "|~^") + 1
        written = _HL7_WRITTEN_NUMBER_RE.fullmatch(text, field, m.start())
        if written is not None and _hl7_phone(
            "".join(_DIGITS_RE.findall(written.group())), international=text[field] == "+"
        ):
            spans.append((field, m.start()))
    for m in _HL7_XTN_RE.finditer(text):
        country, area, local = m.group("cc"), m.group("area"), m.group("local")
        if _hl7_phone(country + area + local, international=bool(country)):
            start = m.start("cc") if country else m.start("area") if area else m.start("local")
            spans.append((start, m.end()))
    return _replaced(text, sorted(spans))


def _hl7_phone(digits: str, *, international: bool) -> bool:
    """7-15 digits, and valid if they start with a country code."""
    if not 7 <= len(digits) <= 15:
        return False
    return not international or _international(digits) != Strength.NONE


def has_sql_insert(text: str) -> bool:
    """Cheap test before ``redact_sql_values``."""
    return ("VALUES" in text or "values" in text) and ("INSERT" in text or "insert" in text)


def redact_sql_values(text: str) -> tuple[str, int]:
    """Replace phone values of an SQL ``INSERT``, keyed by their column's name.

    ``INSERT INTO customers (id, name, phone) VALUES (7, 'Ana', '3123454535')``: the value has
    no key before it, its column has; every row of a multi-row insert is read.
    """
    pieces: list[str] = []
    pos = count = 0
    for m in _SQL_INSERT_RE.finditer(text):
        if m.start() < pos:
            continue
        columns = [is_phone_key(c) for c in m.group(1).split(",")]
        if not any(columns):
            continue
        at = m.end()
        while (row := _SQL_ROW_RE.match(text, at)) is not None:
            at = row.end()
            index = 0
            while (value := _SQL_VALUE_RE.match(text, at)) is not None:
                at = value.end()
                span = value.span("quoted") if value.group("quoted") is not None else None
                if span is None:
                    span = value.span("bare")
                if index < len(columns) and columns[index] and _sql_phone(text[span[0] : span[1]]):
                    pieces.append(text[pos : span[0]])
                    pieces.append(PHONE_PLACEHOLDER)
                    pos = span[1]
                    count += 1
                index += 1
                if value.group("end") == ")":
                    break
    if not count:
        return text, 0
    pieces.append(text[pos:])
    return "".join(pieces), count


def _sql_phone(value: str) -> bool:
    if _SQL_PHONE_VALUE_RE.fullmatch(value) is None:
        return False
    return 7 <= sum(c.isdigit() for c in value) <= 15


def redact_phones(text: str, original: str | None = None) -> tuple[str, int]:
    """Replace every phone number in ``text``; ``original`` is the line before other passes.

    A URL-encoded number whose separators are encoded too (``%2B44+20+7946+0958``,
    ``%28404%29+315-9212``), a number with typographic separators (a no-break space or
    hyphen, a thin space), or one written in full-width or non-Latin digits, is read on the
    line with those characters decoded.
    """
    spans = phone_spans(text, text if original is None else original, chunk_spans(text))
    # A one-character test first: most lines hold neither ``%`` nor ``+``, and are ASCII.
    if (
        ("%" in text and _ENCODED_SEPARATOR_RE.search(text) is not None)
        or ("+" in text and _PLUS_BLANK_RE.search(text) is not None)
        or (
            not text.isascii()
            and (
                _UNICODE_SEPARATOR_RE.search(text) is not None
                or _WIDE_DIGIT_RE.search(text) is not None
            )
        )
    ):
        view, origin = _decoded_separators(text)
        # Only the chunks that hold a decoded separator read differently on the decoded line.
        chunks = [(a, b) for a, b in chunk_spans(view) if text[origin[a] : origin[b]] != view[a:b]]
        decoded = [(origin[a], origin[b]) for a, b in phone_spans(view, view, chunks)]
        spans = sorted(spans + decoded)
    return _replaced(text, spans)


def _replaced(text: str, spans: list[tuple[int, int]]) -> tuple[str, int]:
    """``text`` with the sorted ``spans`` replaced by the placeholder, and how many were."""
    if not spans:
        return text, 0
    pieces: list[str] = []
    pos = count = 0
    for start, end in spans:
        if start < pos:  # an extension reached into the next chunk, or both readings found it
            continue
        pieces.append(text[pos:start])
        pieces.append(PHONE_PLACEHOLDER)
        pos = end
        count += 1
    pieces.append(text[pos:])
    return "".join(pieces), count


def phone_spans(text: str, original: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the phone numbers in the ``chunks`` of ``text`` (``chunk_spans``), in order."""
    line: _Line | None = None  # per-line facts, for lines with a candidate only
    spans: list[tuple[int, int]] = []
    for start, end in chunks:
        value = text[start:end]
        if value.isdigit() or _DECIMAL_RE.fullmatch(value) is not None:
            # A separator-free run (epochs, ids, byte counts) or a decimal number (``1126.723``):
            # weak evidence, a phone only after a phone key or with a trunk ``0``
            # (``0612345678``). Most digits of a log are such runs: this path stays short.
            if not 7 <= len(value) - ("." in value) <= 15 and not _dialled_abroad(value):
                continue
            if line is None:
                line = _Line(text, original)
            key = line.bare_key(start, value) if value.isdigit() else line.key(start)
            if not (_trunk_run(value) or _dialled_abroad(value)) and key < Key.ROUTING:
                continue
        elif line is None:
            line = _Line(text, original)
        _phones_in_chunk(line, _Chunk(start, end, _shape(value)), spans)
    return spans


# An encoded blank, parenthesis, ``-``, ``.`` or ``/`` (``tel=01519%2F8259848``); a ``+``
# that encodes a blank between the groups of a number (``44+20``, ``%29+315``). Two regexes,
# each opening with one literal character: they scan a line several times faster than one
# that opens with a choice.
_ENCODED_SEPARATOR_RE: Final = re.compile(r"%2[089DdEeFf]")
_PLUS_BLANK_RE: Final = re.compile(r"\+(?<=[0-9)]\+)[0-9(%]")
_SEPARATOR_ESCAPES: Final = {
    "%20": " ", "%28": "(", "%29": ")", "%2B": "+", "%2b": "+", "%2D": "-", "%2d": "-",
    "%2E": ".", "%2e": ".", "%2F": "/", "%2f": "/",
}  # fmt: skip
# Typographic blanks and hyphens between digits: no-break, narrow no-break, thin and figure
# spaces (French ``07\u00a086\u00a030``), the no-break hyphen, the figure dash, the minus sign.
_UNICODE_SEPARATORS: Final = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2011": "-", "\u2012": "-",
    "\u2212": "-",
}  # fmt: skip
# Also full-width parentheses, hyphens and dots between ASCII digits (``03\uff081234\uff095678``).
_UNICODE_SEPARATOR_RE: Final = re.compile(
    "[0-9][\u00a0\u202f\u2009\u2007\u2011\u2012\u2212\uff08\uff09\uff0d\uff0e\u2010\u30fc][0-9]"
)
# Digits of other scripts and full-width forms, read as ASCII (one character each):
# Japanese full-width ``\uff10\uff19\uff10\uff0d...``, Arabic-Indic, Devanagari, Bengali, Thai.
_WIDE_FORMS: Final = {
    **{chr(base + k): str(k) for base in (0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50)
       for k in range(10)},
    "\uff0b": "+", "\uff0d": "-", "\uff08": "(", "\uff09": ")", "\uff0e": ".",
    "\u3000": " ", "\u2010": "-", "\u30fc": "-",
}  # fmt: skip
_WIDE_DIGIT_RE: Final = re.compile(
    "[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]"
)


def _decoded_separators(text: str) -> tuple[str, list[int]]:
    """``text`` with URL-encoded and typographic separators decoded, and where each character
    came from.

    A ``+`` after a letter, digit or ``)`` and before a digit or ``(`` is a blank, as in a form
    or query value (``at+%28404%29+315-9212``); any other ``+`` stays (``phone=+4930...``).
    Returns the decoded text and, for each of its characters, where it starts in ``text``
    (and, last, the length of ``text``): decoded ``[a, b)`` is ``text[origin[a]:origin[b]]``.
    """
    chars: list[str] = []
    origin: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        width = 1
        if c == "%":
            decoded = _SEPARATOR_ESCAPES.get(text[i : i + 3])
            if decoded is not None:
                c, width = decoded, 3
        elif c in _UNICODE_SEPARATORS:
            c = _UNICODE_SEPARATORS[c]
        elif c in _WIDE_FORMS:
            c = _WIDE_FORMS[c]
        elif (
            c == "+"
            and chars
            and (chars[-1].isalnum() or chars[-1] == ")")
            and (
                text[i + 1 : i + 2].isdigit() or text.startswith(("(", "%28", "%2B", "%2b"), i + 1)
            )
        ):
            c = " "
        chars.append(c)
        origin.append(i)
        i += width
    origin.append(n)
    return "".join(chars), origin


def chunk_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the chunks of ``text``, as ``_PHONE_CHUNK_RE.finditer(text)`` finds them,
    only faster."""
    spans: list[tuple[int, int]] = []
    for run in _CHUNK_RUN_RE.finditer(text):
        start, end = run.span()
        value = text[start:end].rstrip(_RUN_TAIL)  # no chunk ends with these
        if "0" <= value[:1] <= "9" and (start < 2 or text[start - 2] != "%"):
            # After a digit, ``.``, ``-`` or ``B`` no chunk starts: in a run of only those,
            # only the first digit can open one. The commonest runs of a log need no
            # regex: bare and decimal numbers (epochs, ids, durations: a chunk if they have
            # seven digits), dates and IPv4 addresses (which the regex rejects at their first
            # digit), and runs whose first digit is inside another token (``ip-10-1-2-3``).
            if value.isdigit() or value.replace(".", "", 1).isdigit():
                if len(value) - ("." in value) >= 7 and _bare_number_starts(text, start):
                    spans.append((start, start + len(value)))
                continue
            if _opens_with_iso_date(value):
                # ``2024-01-15 12:34:56``: a chunk may start after the blank
                # (``2024-01-15 800-555-0199``), if a blank and seven digits fit.
                if len(value) < 18:
                    continue
                start += 10
            elif _is_ipv4(value) or (
                not _bare_number_starts(text, start) and _CHUNK_OPENER_RE.search(value) is None
            ):
                continue
        # One character past the run: it is none a chunk can hold (runs are as long as they
        # can be), but the regex's look-aheads read it (``/1234567A`` is no path segment).
        spans.extend(m.span() for m in _PHONE_CHUNK_RE.finditer(text, start, end + 1))
    return spans


# What may follow the digits of a run without belonging to a chunk: a chunk ends with a digit
# or ``)``, and a ``)`` closes a ``(`` of the chunk.
_RUN_TAIL: Final = " \t().-\u2013/+%Bb"
# The characters of a run after which a chunk can start (a blank, parentheses, an en dash, a
# ``/`` before a path segment), or that open one (``+``, ``%2B``).
_CHUNK_OPENER_RE: Final = re.compile("[ \t()\u2013+%/]")


def _bare_number_starts(text: str, start: int) -> bool:
    """Whether a chunk can start at ``start``, a run's first character, a digit.

    The start test of ``_PHONE_CHUNK_RE``: not inside another token, a whole URL path
    segment, or right after a URL-encoded escape (``%3D4155550123``). The caller leaves to the
    regex a run whose second digit may follow an escape (``%A12345678``). The character before
    a run never opens one, ``%`` included: runs are as long as they can be.
    """
    if start == 0:
        return True
    before = text[start - 1]
    if before in "nrt" and start >= 2 and text[start - 2] == "\\":
        return True  # ``\\t0171...``: an escaped tab or newline
    if before == "." and start >= 2 and text[start - 2].isascii() and text[start - 2].isalpha():
        return True  # ``Tel.0171...``: an abbreviation's dot
    if _glues(before) or before == "_":
        return start >= 3 and text[start - 3] == "%" and _is_hex(text[start - 2 : start])
    if before == "/":
        return _PATH_NUMBER_RE.match(text, start) is not None
    if before == ":" and start >= 2 and "0" <= text[start - 2] <= "9":
        return False  # the seconds of a time, ``03:43:06.252269``
    return before not in ".+-@%$#]"


# A whole URL path segment of digits, long enough for a phone.
_PATH_NUMBER_RE: Final = re.compile(r"[0-9]{7,15}(?![\w.\-])")


def _hex_pair(pair: str) -> bool:
    return len(pair) == 2 and all(c in string.hexdigits for c in pair)


def _is_hex(pair: str) -> bool:
    return all(c in "0123456789ABCDEF" for c in pair)


def _opens_with_iso_date(value: str) -> bool:
    """``2024-01-15``, alone or before a blank."""
    return (
        len(value) >= 10
        and value[4] == "-"
        and value[7] == "-"
        and value[:10].replace("-", "", 2).isdigit()
        and (len(value) == 10 or value[10] in " \t")
    )


def _is_ipv4(value: str) -> bool:
    parts = value.split(".")
    return len(parts) == 4 and all(1 <= len(p) <= 3 and p.isdigit() for p in parts)


def _compact_timestamp(digits: str) -> bool:
    """``202612041015``, ``20261204101532``: a date and time written without separators, as
    message centres and CDRs log them. (Not the ten digits of ``YYMMDDhhmm``: one NANP number
    in a hundred reads so, ``2012301905`` among them.)"""
    return len(digits) in (12, 14) and digits[:2] in ("19", "20") and _month_day_time(digits[4:])


def _month_day_time(digits: str) -> bool:
    """``MMDDhhmm[ss]``."""
    month, day, hour, minute = (int(digits[k : k + 2]) for k in (0, 2, 4, 6))
    second = int(digits[8:10]) if len(digits) >= 10 else 0
    return 1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second < 60


def _dialled_abroad(digits: str) -> bool:
    """``0034617712525``, ``011441285128009``: a bare run long enough to be ``00``/``011`` and a
    whole international number (a zero-padded id has more zeros: no calling code starts with
    ``0``)."""
    if digits[:3] == "011":
        return 13 <= len(digits) <= 18 and digits[3] != "0"
    return 12 <= len(digits) <= 17 and digits[:2] == "00" and digits[2] != "0"


def _trunk_run(digits: str) -> bool:
    """``0612345678``, ``07700900123``: a trunk ``0``, not a zero-padded id (``0000123456``)."""
    return 9 <= len(digits) <= 12 and digits[0] == "0" and digits[1] != "0" and digits.isdigit()


class _Shape:
    """A chunk's digit groups and separators, positions relative to its start.

    It depends on the chunk's characters only, so it is computed once per distinct chunk (the
    same numbers recur line after line in a stream), and never changed: it is shared.
    """

    __slots__ = (
        "cuts",
        "digits_before",
        "ends",
        "groups",
        "parens",
        "plus",
        "seps",
        "singles_before",
        "starts",
    )  # fmt: skip

    def __init__(
        self,
        *,
        plus: bool,
        groups: tuple[str, ...],
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        seps: tuple[str, ...],
        parens: tuple[bool, ...],
        digits_before: tuple[int, ...],
        singles_before: tuple[int, ...],
        cuts: tuple[int, ...],
    ) -> None:
        self.plus = plus
        self.groups = groups
        self.starts = starts  # start of each digit group
        self.ends = ends
        self.seps = seps  # seps[k] sits between groups k and k+1
        self.parens = parens  # group k is written ``(123)``
        self.digits_before = digits_before  # digits in groups before group k
        self.singles_before = singles_before  # one-digit groups before group k
        self.cuts = cuts  # groups after a blank: where a range may start


class _Chunk:
    __slots__ = ("end", "shape", "start")

    def __init__(self, start: int, end: int, shape: _Shape) -> None:
        self.start = start
        self.end = end
        self.shape = shape


# Phones are short; a longer chunk (a hostile line of digit groups) is parsed each time, so
# that the cache holds at most about 1 MB of keys whatever the input.
_MAX_CACHED_CHUNK: Final = 64


def _shape(value: str) -> _Shape:
    if len(value) > _MAX_CACHED_CHUNK:
        return _parse_shape(value)
    return _cached_shape(value)


def _parse_shape(value: str) -> _Shape:
    groups: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seps: list[str] = []
    parens: list[bool] = []
    digits_before = [0]
    singles_before = [0]
    digits = singles = 0
    # Skip the ``2`` of a ``%2B`` prefix.
    for g in _DIGITS_RE.finditer(value, 3 if value[0] == "%" else 0):
        start, end = g.span()
        if ends:
            seps.append(value[ends[-1] : start])
        groups.append(g.group())
        starts.append(start)
        ends.append(end)
        # A ``(`` inside a chunk is always closed inside it (see ``_PHONE_CHUNK_RE``).
        parens.append(start > 0 and value[start - 1] == "(" and value[end : end + 1] == ")")
        digits += end - start
        singles += end - start == 1
        digits_before.append(digits)
        singles_before.append(singles)
    cuts = [k + 1 for k, sep in enumerate(seps) if sep[0] in " \t" and sep.strip() in "("]
    return _Shape(
        plus=value[0] in "+%" or value.startswith("(+"),
        groups=tuple(groups),
        starts=tuple(starts),
        ends=tuple(ends),
        seps=tuple(seps),
        parens=tuple(parens),
        digits_before=tuple(digits_before),
        singles_before=tuple(singles_before),
        cuts=tuple(cuts),
    )


_cached_shape = lru_cache(maxsize=16384)(_parse_shape)


def _phones_in_chunk(line: _Line, chunk: _Chunk, spans: list[tuple[int, int]]) -> None:
    """Append the phone spans inside one chunk, trying the longest ranges of groups first.

    Ranges may only start or stop where groups are separated by whitespace (``800 555 0199
    200`` or ``+1.800.555.0199 (800) 555-0100``), and hold a bounded number of groups and
    digits: the work is linear in the length of the chunk.
    """
    if _continues_iban(line.text, chunk.start):
        return
    groups = chunk.shape.groups
    if len(groups) >= 4 and all(len(g) == 4 for g in groups) and not chunk.shape.plus:
        return  # ``6274 0498 6681 4462``: a card number, whatever a key says
    n = len(chunk.shape.groups)
    cuts = chunk.shape.cuts
    if not cuts:  # the commonest case, one range: the whole chunk
        key = _chunk_key(line, chunk)
        if key is not None and _fits(chunk, 0, n - 1) and chunk.shape.digits_before[n] >= 7:
            found = _best_range(line, chunk, 0, [n - 1], key, _isolated(line, chunk))
            if found is not None:
                spans.append((found[1], found[2]))
        return
    firsts = [0, *cuts]
    lasts = [k - 1 for k in cuts] + [n - 1]
    position = {first: index for index, first in enumerate(firsts)}
    i_index = 0
    while i_index < len(firsts):
        i = firsts[i_index]
        key = _chunk_key(line, chunk) if i == 0 else Key.NEUTRAL
        if key is None or (i > 0 and not _may_open_inner_phone(chunk, i)):
            i_index += 1
            continue
        candidates = []
        for j_index in range(i_index, len(lasts)):
            j = lasts[j_index]
            if not _fits(chunk, i, j):
                break
            if chunk.shape.digits_before[j + 1] - chunk.shape.digits_before[i] >= 7:
                candidates.append(j)
        if i == 0 and _compact_international(chunk):
            # ``+49890011087 204``: a number written whole does not take the next group.
            candidates = [j for j in candidates if j == 0]
        if not candidates:
            i_index += 1
            continue
        found = _best_range(
            line, chunk, i, candidates[::-1], key, i == 0 and _isolated(line, chunk)
        )
        if found is None:
            i_index += 1
            continue
        spans.append((found[1], found[2]))
        i_index = position.get(found[0] + 1, len(firsts))


def _compact_international(chunk: _Chunk) -> bool:
    """The chunk opens with a valid ``+`` number written without separators."""
    first = chunk.shape.groups[0]
    return chunk.shape.plus and len(first) >= 8 and _international(first) == Strength.TOP


def _continues_iban(text: str, start: int) -> bool:
    """``DE89 3704 0044 0532 0130 00``: the chunk is the rest of an IBAN, whose country code
    and check digits keep its first group out of the chunk."""
    if start < 5 or text[start - 1] != " " or not ("0" <= text[start - 2] <= "9"):
        return False
    return _IBAN_HEAD_RE.search(text, max(0, start - 48), start) is not None


_IBAN_HEAD_RE: Final = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?: [0-9A-Z]{4})* \Z")


def _follows_placeholder(text: str, start: int) -> bool:
    k = start
    while k > 0 and start - k < 2 and text[k - 1] in " \t":
        k -= 1
    return k < start and text.endswith(PHONE_PLACEHOLDER, 0, k)


def _isolated(line: _Line, chunk: _Chunk) -> bool:
    """No placeholder a space away: it was a number of the same chunk before redaction, and
    redacting again must change nothing."""
    text, start, end = line.text, chunk.start, chunk.end
    if _follows_placeholder(text, start):  # a chunk separator: 1-2 blanks
        return False
    k = end
    while k < len(text) and k - end < 2 and text[k] in " \t":
        k += 1
    return not (k > end and text.startswith(PHONE_PLACEHOLDER, k))


def _chunk_key(line: _Line, chunk: _Chunk) -> Key | None:
    """The key before the chunk; None if it vetoes every reading of the chunk's first group."""
    # A first group written bare (``13058716299 200``) may read as dialled; not one a
    # placeholder precedes, which was an inner group of a chunk before redaction.
    bare = (
        not chunk.shape.plus
        and not chunk.shape.parens[0]
        and chunk.shape.starts[0] == 0
        and not _follows_placeholder(line.text, chunk.start)
    )
    key = line.bare_key(chunk.start, chunk.shape.groups[0]) if bare else line.key(chunk.start)
    if key == Key.NEUTRAL and in_numeric_column(line.text, chunk.start, chunk.end):
        return Key.SOFT_NEGATIVE
    if key == Key.HARD_NEGATIVE and not (
        chunk.shape.plus or chunk.shape.groups[0][:2] in ("00", "01")
    ):
        return None  # only an international number beats an identifier key
    return key


def _may_open_inner_phone(chunk: _Chunk, i: int) -> bool:
    """Whether group ``i`` (not the chunk's first) can open a phone.

    Inside a chunk a phone is not alone and has no key, so only a STRONG format or a trunk
    ``0`` reads as one: punctuated NANP (``NXX``, ``(NXX)``, ``1``) or a national writing,
    all of which open with ``0``, ``1``/``1800``, a parenthesised group or three digits.
    Skipping the other groups keeps a 64 KiB line of digit groups fast.
    """
    group = chunk.shape.groups[i]
    return (
        group[0] == "0"
        or chunk.shape.parens[i]
        or group in ("1", "1800")
        or (len(group) == 3 and group[0] != "1")
    )


def _fits(chunk: _Chunk, i: int, j: int) -> bool:
    """Groups ``i..j`` are few enough to be one phone."""
    if (
        j - i >= _MAX_GROUPS
        or chunk.shape.digits_before[j + 1] - chunk.shape.digits_before[i] > _MAX_DIGITS
    ):
        return False
    # ``1 2 3 4 5 6 7``: a column of small numbers (``+1 (0)20 ...`` has only two).
    return chunk.shape.singles_before[j + 1] - chunk.shape.singles_before[i] <= 2


def _best_range(
    line: _Line, chunk: _Chunk, i: int, lasts: list[int], key: Key, isolated: bool
) -> tuple[int, int, int] | None:
    """Return (last group, start, end) of the best phone starting at group ``i``."""
    needed = _NEEDED[key]
    best: tuple[int, int, int] | None = None
    best_strength = Strength.NONE
    for j in lasts:
        end = _range_end(line, chunk, j)
        if end is None:
            continue
        strength = _strength(line, chunk, i, j, end, key, isolated)
        if strength >= needed and strength > best_strength:
            start = (
                chunk.start
                if i == 0
                else chunk.start + chunk.shape.starts[i] - chunk.shape.parens[i]
            )
            best, best_strength = (j, start, end), strength
            if strength >= Strength.STRONG:
                break  # the longest strong reading wins
    return best


def _range_end(line: _Line, chunk: _Chunk, j: int) -> int | None:
    """End of the range ending at group ``j``, with its extension; None if glued to a token."""
    text = line.text
    end = chunk.start + chunk.shape.ends[j]
    if chunk.shape.parens[j]:
        end += 1
    if j < len(chunk.shape.groups) - 1:
        return end  # followed by whitespace inside the chunk
    nxt = text[end : end + 1]
    if _may_open_suffix(nxt):
        ext = _EXTENSION_RE.match(text, end)
        if ext is not None:
            return ext.end()
    if nxt == "%" and text[end + 1 : end + 3].isalnum():  # ``%26``, ``%20``: an escape follows
        return end
    if nxt == "/" and text[chunk.start - 1 : chunk.start] == "/":
        return end  # a path segment: ``/numbers/%2B33630345493/forwarding``
    if nxt == "@" and (line.telephony() or line.talks_telephony()):
        return end  # the e-mail pass left it: an Asterisk ``[exten@context``, a SIP user
    if nxt and (_glues(nxt) or nxt in "_/%@$"):
        return None
    if nxt and nxt in ":.-" and text[end + 1 : end + 2].isdigit():
        return None
    # ``21-37-57-01-C7-90``: a MAC address, hex pairs that the letters of one group glue.
    if nxt and nxt in ":-" and _hex_pair(text[end + 1 : end + 3]):
        return None
    return end


def _glues(c: str) -> bool:
    """Whether a letter or digit ``c`` next to a number makes one token with it: not in the
    scripts written without spaces (Thai, Japanese, Chinese, Korean: ``は090-1593-2412まで``)."""
    return c.isalnum() and c < "\u0e00"


def _may_open_suffix(nxt: str) -> bool:
    """Whether an extension or a unit may start at ``nxt``, the character after a number.

    Both open with a blank, ``,``, ``;``, ``#``, ``%``, ``$``, a letter or a non-ASCII symbol
    (``€``, ``円``); testing that first spares a regex call after most numbers (a quote, a
    comma, the end of the line).
    """
    return nxt != "" and (not nxt.isascii() or nxt.isalpha() or nxt in " \t,;#%$")


def _strength(
    line: _Line, chunk: _Chunk, i: int, j: int, end: int, key: Key, isolated: bool
) -> Strength:
    """How strongly the format of groups ``i..j`` says "phone"; WEAK needs a phone key."""
    groups = chunk.shape.groups[i : j + 1]
    parens = chunk.shape.parens[i : j + 1]
    if chunk.shape.plus and i == 0:
        if len(groups) > 2 and groups[1] == "0" and parens[1]:  # +44 (0)20 ...
            groups = (groups[0], *groups[2:])
        strength = _international("".join(groups))
        # ``lg=+18.494870``: a signed decimal, unless the digits are a whole valid number.
        if strength < Strength.TOP and len(groups) == 2 and chunk.shape.seps[0] == ".":
            return Strength.NONE
        return strength
    digits = "".join(groups)
    if digits.startswith("000"):  # ``000031606``, ``000-000-0000``: padding, no number
        return Strength.NONE
    # Before the length test: ``00``/``011`` and a 15-digit number make 18 digits.
    # (Not ``0115 950 0000``: Nottingham's area code opens with ``011`` too.)
    us_prefix = groups[0] == "011" or (
        groups[0][:3] == "011"
        and (
            _dialled_abroad(digits)
            if len(groups) == 1
            # ``0111 201-522-0174``, ``01144 20 7946 0958``: the prefix glued to a calling code
            # (not Nottingham's ``0115``: no country has the code 5)
            else len(groups[0]) <= 6 and _is_calling_code(groups[0][3:])
        )
    )
    if i == 0 and (us_prefix or groups[0].startswith("00")):
        rest = digits[3:] if us_prefix else digits[2:]
        if (
            len(groups) > 1
            or key >= Key.ROUTING
            or (key > Key.HARD_NEGATIVE and _dialled_abroad(digits))
        ) and _international(rest) == Strength.TOP:
            return Strength.TOP
        if key != Key.POSITIVE:
            return Strength.NONE
        # ``llamame al 011 15-2479-8601``: ``011`` is also a trunk and area code (Buenos Aires)
    if not 7 <= len(digits) <= 15:
        return Strength.NONE
    if (
        j == len(chunk.shape.groups) - 1
        and _may_open_suffix(line.text[end : end + 1])
        and _UNIT_AFTER_RE.match(line.text, end)
    ):
        return Strength.NONE
    formatted = len(groups) > 1
    seps = chunk.shape.seps[i:j]
    if len(groups) == 2 and _time_range(groups, seps):
        return Strength.NONE
    # Alone: the range is the whole chunk, and no placeholder a space away was part of it.
    alone = isolated and i == 0 and j == len(chunk.shape.groups) - 1
    # ``79.166\t221.964.6674\t145.169.224.53``: among quantities, dotted groups are one more
    # (a version, a dotted decimal), whatever their lengths; dashes still say phone.
    if (
        formatted
        and key <= Key.NEUTRAL
        and all(sep == "." for sep in seps)
        and in_numeric_column(line.text, chunk.start + chunk.shape.starts[i], end)
    ):
        return Strength.NONE
    nanp = _nanp_digits(groups, parens)
    if nanp is not None:
        ten, formatted_nanp = nanp
        # Punctuated NXX-NXX-XXXX is a phone by format even in unassigned area codes
        # (``555-123-4567``); spaced or bare digits must also be valid for libphonenumber.
        if formatted_nanp and _punctuated(seps):
            return Strength.STRONG
        # Not alone, it is WEAK: only a phone key lets it through, so validate only then.
        if formatted_nanp and (alone or key == Key.POSITIVE) and _valid_in("1" + ten):
            return Strength.MEDIUM if alone else Strength.WEAK
    if formatted:
        written = line.text[
            chunk.start + chunk.shape.starts[i] - parens[0] : chunk.start
            + chunk.shape.ends[j]
            + parens[-1]
        ]
        if written[0] in _NATIONAL_WRITING_OPENERS and _ANY_NATIONAL_WRITING.fullmatch(written):
            for pattern, region in _NATIONAL_WRITINGS:
                if pattern.fullmatch(written) and _valid_national(digits, region):
                    if key < Key.POSITIVE and _lottery_draw(line.original, groups):
                        break
                    return Strength.STRONG
        # A trunk and area code in parentheses (``(02)-1234-5542``, ``(030) 901820``) is a
        # phone's writing wherever it stands; otherwise a country or a phone word must hint.
        if (
            _trunk_prefixed(groups)
            and 8 <= len(digits) <= 12
            and (
                _valid_for_line(line, digits, hinted=True)
                or ((parens[0] or line.about_phones()) and _valid_by_default(digits))
            )
        ):
            return Strength.MEDIUM
        # Without a trunk ``0`` (Poland, Mexico, Italian mobiles) only a country the line
        # names, and a phone-like grouping, make a national number of a digit run.
        if alone and _phone_grouping(groups, seps) and _valid_for_line(line, digits, hinted=False):
            return Strength.MEDIUM
    elif _trunk_run(digits) and (
        _valid_for_line(line, digits, hinted=False)
        or (line.about_phones() and _valid_by_default(digits))
    ):
        # A bare national number in a CSV column, an SQL value, an XML element, valid for
        # the country the line names (``Ana,0612345678,ana@exemple.fr``), or, on a line about
        # calls, messages or phones, for a common one (``CDR;...;0123943194;ANSWER``).
        return Strength.MEDIUM
    if key >= Key.ROUTING:
        return _with_key(line, groups, digits, key)
    return Strength.NONE


def _time_range(groups: Sequence[str], seps: Sequence[str]) -> bool:
    """``0900-1100``, ``0800 - 1600``: opening hours, two ``hhmm`` times."""
    return "-" in seps[0] and all(
        len(g) == 4 and int(g[:2]) < 24 and int(g[2:]) < 60 for g in groups
    )


def _lottery_draw(text: str, groups: Sequence[str]) -> bool:
    """``Lottery draw 8447: 05 12 23 34 45``: two-digit numbers in rising order on a line about
    a draw are the draw, not a French number."""
    if len(groups) < 5 or not all(
        len(a) == 2 and len(b) == 2 and a < b for a, b in itertools.pairwise(groups)
    ):
        return False
    low = text.lower()
    return any(word in low for word in _DRAW_WORDS)


_DRAW_WORDS: Final = (
    "lotto", "lottery", "draw", "powerball", "euromillion", "bingo", "keno", "jackpot",
    "loterie", "tirage", "lotería", "loteria", "sorteo", "ziehung", "lotteria",
)  # fmt: skip


def _punctuated(seps: Sequence[str]) -> bool:
    return any(c in sep for sep in seps for c in "-.()\u2013")


def _phone_grouping(groups: Sequence[str], seps: Sequence[str]) -> bool:
    """``512 345 678``, ``12 345 39 77``, ``55 1234 5678``: three or more groups of 2-4 digits,
    9-12 in all, or ``34 81 25 82``, ``412 34 567``; ``98765 43210``: two groups of 4-5, ten
    digits (not a ZIP+4 code); ``2134 5814``, as Hong Kong and Singapore write eight digits
    (one blank between them: not ``2024 1234``, a year first, nor logcat's ``4412  4412``)."""
    if len(groups) == 2:
        if len(groups[0]) == 4 == len(groups[1]):
            return seps[0] == " " and groups[0][:2] not in ("19", "20")
        return all(4 <= len(g) <= 5 for g in groups) and len(groups[0]) + len(groups[1]) >= 10
    if [len(g) for g in groups] in ([2, 2, 2, 2], [3, 2, 3]):  # Danish, Norwegian: 8 digits
        return True
    if len(groups) < 3 or not all(2 <= len(g) <= 4 for g in groups):
        return False
    return 9 <= sum(map(len, groups)) <= 12


def _trunk_prefixed(groups: Sequence[str]) -> bool:
    """``020 7946 0958``, ``030 901820``: a trunk ``0`` and area code lead the number."""
    return 2 <= len(groups[0]) <= 5 and groups[0][0] == "0" and groups[0][1] != "0"


def _with_key(line: _Line, groups: Sequence[str], digits: str, key: Key) -> Strength:
    """After a phone key any 7-15 digit number is taken; a valid reading ranks higher.

    After a routing key (``to``, ``from``) only a valid reading counts, and a national one only
    with its trunk ``0`` and for a country the line points at: with a dozen default regions
    most 10-digit numbers (epochs) are valid somewhere.
    """
    if [len(g) for g in groups] == [3, 4] and digits[0] in "23456789":  # 555-0199
        return Strength.MEDIUM
    if _reads_as_dialled(digits, prefixed=len(groups) == 1):
        return Strength.MEDIUM
    if digits[0] != "0" and any(_valid_national(digits, r) for r in line.regions.keyed):
        return Strength.MEDIUM  # ``"country_code":44,"address":"7400475870"``
    if key == Key.ROUTING and digits[0] != "0":
        # ``sms queued to=602853456 lang=cs``: on a call or message line, a number of a
        # country the line points at; but not ten digits opening with ``1``, an epoch.
        if (
            not (len(digits) == 10 and digits[0] == "1")
            and line.talks_telephony()
            and _valid_for_line(line, digits, hinted=True)
        ):
            return Strength.MEDIUM
        return Strength.WEAK  # ``from 1700000000``: 170 0000000 is a German mobile, but no
    if _valid_for_line(line, digits, hinted=True):
        return Strength.MEDIUM
    # After a phone key, or ``to``/``from`` on a call or message line (``SMS from
    # 07796671075``), the commonest countries are tried when the line points at none, or at
    # none the number fits: a call's two ends may be in two countries.
    if (
        key == Key.POSITIVE or (key == Key.ROUTING and line.talks_telephony())
    ) and _valid_by_default(digits):
        return Strength.MEDIUM
    return Strength.WEAK


@lru_cache(maxsize=16384)
def _valid_by_default(digits: str) -> bool:
    return any(_valid_national(digits, r) for r in _DEFAULT_REGIONS)


def _valid_for_line(line: _Line, digits: str, *, hinted: bool) -> bool:
    """Whether ``digits`` are a national number of a country the line names, or, if
    ``hinted``, also of one it only suggests (read only if no named country fits)."""
    regions = line.regions
    if any(_valid_national(digits, r) for r in regions.named):
        return True
    return hinted and any(_valid_national(digits, r) for r in regions.languages)


def _reads_as_dialled(digits: str, *, prefixed: bool = True) -> bool:
    """Whether ``digits`` read as a dialled number: international without ``+`` (an msisdn),
    NANP, or, if ``prefixed`` (a bare run), after an international prefix ``00``/``011``."""
    if len(digits) >= 10 and digits[0] != "0" and _international(digits) == Strength.TOP:
        return True
    if len(digits) in (10, 11) and _valid_in(digits if len(digits) == 11 else "1" + digits):
        return True
    if not prefixed:
        return False
    rest = digits[3:] if digits.startswith("011") else digits[2:] if digits[:2] == "00" else ""
    return _international(rest) == Strength.TOP


def _nanp_digits(groups: Sequence[str], parens: Sequence[bool]) -> tuple[str, bool] | None:
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


def _international(digits: str) -> Strength:
    """Digits written after ``+``/``00``: TOP if valid, MEDIUM if only possible."""
    if not 8 <= len(digits) <= 15:
        return Strength.NONE
    return _international_cached(digits)


@lru_cache(maxsize=65536)
def _international_cached(digits: str) -> Strength:
    try:
        number = phonenumbers.parse("+" + digits, None)
    except phonenumbers.NumberParseException:
        return Strength.NONE
    if phonenumbers.is_valid_number(number):
        return Strength.TOP
    return Strength.MEDIUM if phonenumbers.is_possible_number(number) else Strength.NONE


def _is_calling_code(digits: str) -> bool:
    return (
        digits.isdigit()
        and phonenumbers.region_code_for_country_code(int(digits)) != phonenumbers.UNKNOWN_REGION
    )


def _valid_in(e164_digits: str) -> bool:
    return _international_cached(e164_digits) == Strength.TOP


@lru_cache(maxsize=65536)
def _valid_national(digits: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))
