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
  is only possible; a trunk-``0`` national number valid for a country the line names
  (``context.named_regions``: country names and codes, languages, TLDs, other ``+CC`` numbers,
  currencies, cities). Any negative word vetoes it.
* ``WEAK``: any other 7-15 digit range: a phone only after a phone key (``phone=``, ``msisdn``,
  ``To=`` on a messaging line, a CallerID ``"name" <digits>``).

An extension (``ext. 12``, ``x 3``, ``#12``) right after the number belongs to the phone; a
unit right after it (``ms``, ``bytes``, ``%``) vetoes all but ``TOP``. SIP/tel URI user parts and
telephony channels (``sip:+13125550190@host``, ``sofia/gateway/3125550191@10.1.2.3``) are read
before the e-mail pass, so their host stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from itertools import accumulate

import phonenumbers  # ships its own type stubs

from processing.redaction.context import Key, is_telephony, key_before, named_regions
from processing.redaction.model import PHONE_PLACEHOLDER


class Strength(IntEnum):
    NONE = 0
    WEAK = 1
    MEDIUM = 2
    STRONG = 3
    TOP = 4


# The weakest evidence each key lets through.
_NEEDED = {
    Key.POSITIVE: Strength.WEAK,
    Key.NEUTRAL: Strength.MEDIUM,
    Key.SOFT_NEGATIVE: Strength.STRONG,
    Key.HARD_NEGATIVE: Strength.TOP,
}
_MAX_GROUPS = 8  # +1 (0)20 7946 0958 ext: no phone has more groups
_MAX_DIGITS = 18  # 011 + 15 digits

_SEP = r"(?:[ \t]?[-.\u2013][ \t]?|[ \t]{1,2})"
_SEP_CHARS = r"[ \t().\-\u2013]"
_GROUP = r"(?:\([0-9]{1,5}\)|[0-9]+)"
_SEVEN_DIGITS = rf"(?=\(?(?:[0-9]{_SEP_CHARS}{{0,3}}){{7}})"
_PHONE_CHUNK_RE = re.compile(
    # The pattern opens with a character class so that the regex engine can skip quickly to
    # candidate characters; every test on the text before or at the start therefore comes after
    # that first character and looks back at it.
    r"[+%(0-9]"
    # Not inside another token (``abc8005550199``, ``v1.2.3``, ``req-800``, ``#123``, ``$100``,
    # a placeholder's ``]``: ``23+49 30...`` was not a start before redaction either),
    # except a ``+`` after ``/`` (``/phones/+4915112345678``) and a digit after a URL-encoded
    # space or escape (``call+me+at+800-555-0199``, ``to%3D4155550123``).
    r"(?:(?<![\w.+\-@%$#\]].)(?<!/[(0-9])|(?<=[A-Za-z]\+[0-9])|(?<=%[0-9A-F]{2}[0-9]))"
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
    r"(?:[ \t]*[,;]?[ \t]*(?:ext|extn|extension|poste|durchwahl|dw|ramal|anexo|interno)"
    r"[.:=]?[ \t]*|[ \t]?(?:x|#)[ \t]?)[0-9]{1,6}\b",
    re.I,
)
_UNIT_AFTER_RE = re.compile(
    r"[ \t]?(?:ms|us|µs|ns|s|sec|secs|seconds|min|mins|minutes|hours|h|bytes|b|kb|mb|gb|kib"
    r"|mib|gib|rows|records|items|times|requests|reqs|ops|events|msgs|messages|%|px|€|\$"
    # ``(?![\w=:])``: ``800-555-0199 bytes=12`` is followed by the next key, not by a unit.
    r"|eur|usd|gbp|jpy|chf|inr|brl|yen|円)(?![\w=:])",
    re.I,
)
# Writings distinctive of one country, valid there: no country hint is needed.
_NATIONAL_WRITINGS = (
    (re.compile(r"0[1-9](?:([ .])[0-9]{2})(?:\1[0-9]{2}){3}"), "FR"),
    (re.compile(r"0[1-9]0?-[0-9]{2,4}-[0-9]{4}|0[5-9]0-[0-9]{4}-[0-9]{4}"), "JP"),
    (re.compile(r"04[0-9]{2} [0-9]{3} [0-9]{3}|\(0[2378]\) ?[0-9]{4} [0-9]{4}"), "AU"),
    (re.compile(r"\([1-9][0-9]\) ?9?[0-9]{4}-[0-9]{4}"), "BR"),
    (re.compile(r"1800[ -][0-9]{3}[ -][0-9]{4}|0[6-9][0-9]{4}[ -]?[0-9]{5}"), "IN"),
    (
        re.compile(
            r"07[0-9]{3} ?[0-9]{6}|0[12][0-9]{2,3} [0-9]{3} ?[0-9]{4}|020 [0-9]{4} [0-9]{4}"
        ),
        "GB",
    ),
    (re.compile(r"[6-9][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}|[6-9][0-9]{2} [0-9]{3} [0-9]{3}"), "ES"),
    (re.compile(r"06[ -][0-9]{8}|06[ -][0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}"), "NL"),
    (re.compile(r"0[1-9][0-9]{0,3}/[0-9]{4,8}|01[5-7][0-9] [0-9]{6,8}"), "DE"),
    (re.compile(r"0[1-9][0-9]{2} [0-9]{6,7}"), "AT"),
)
# Regions tried for a national number after a phone key when the line names none.
_DEFAULT_REGIONS = ("GB", "DE", "FR", "IN", "AU", "IE", "ES", "IT", "NL", "BR", "JP", "CN", "MX")

# SIP and tel URI user parts, telephony channels: ``sip:+13125550190@``, ``SIP/trunk/0044...``.
_TELEPHONY_USER_RE = re.compile(
    r"(?:sips?:|tel:|(?:sofia|gateway|sip|pjsip|iax2|local|dahdi)/(?:[\w.-]+/)?)"
    r"((?:\+|%2[Bb])?[0-9][0-9.()\-]{5,22})(?=[@;>/\"'\s,&)]|\Z)",
    re.I,
)


@dataclass(slots=True)
class _Line:
    """Per-line facts computed lazily: most lines never need them."""

    text: str
    original: str  # before the e-mail pass: its TLDs still name countries
    _telephony: bool | None = None
    _regions: tuple[str, ...] | None = None

    def _is_telephony(self) -> bool:
        if self._telephony is None:
            self._telephony = is_telephony(self.original)
        return self._telephony

    @property
    def regions(self) -> tuple[str, ...]:
        if self._regions is None:
            self._regions = named_regions(self.original)
        return self._regions

    def key(self, start: int) -> Key:
        return key_before(self.text, start, telephony=self._is_telephony)


def has_telephony_uri(text: str) -> bool:
    """Cheap test before ``redact_telephony_users``: most lines hold no SIP or channel."""
    return "ip:" in text or "IP:" in text or "el:" in text or ("/" in text and "@" in text)


def redact_telephony_users(text: str) -> tuple[str, int]:
    """Replace numeric SIP/tel user parts and channel numbers, keeping the host."""
    pieces: list[str] = []
    pos = count = 0
    for m in _TELEPHONY_USER_RE.finditer(text):
        value = m.group(1)
        plus = value[0] in "+%"
        digits = "".join(_DIGITS_RE.findall(value[3:] if value[0] == "%" else value))
        if not 7 <= len(digits) <= 15:
            continue
        if plus and _international(digits) == Strength.NONE:
            continue
        pieces.append(text[pos : m.start(1)])
        pieces.append(PHONE_PLACEHOLDER)
        pos = m.end(1)
        count += 1
    if not count:
        return text, 0
    pieces.append(text[pos:])
    return "".join(pieces), count


def redact_phones(text: str, original: str | None = None) -> tuple[str, int]:
    """Replace every phone number in ``text``; ``original`` is the line before other passes."""
    line = _Line(text, text if original is None else original)
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
    """Fast path for separator-free runs (epochs, ids, byte counts): they need a phone key,
    unless they are a ``+`` number."""
    if not 7 <= len(m.group()) <= 15:
        return False
    return line.key(m.start()) == Key.POSITIVE


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
    digits_before: list[int]  # digits in groups before group k
    singles_before: list[int]  # one-digit groups before group k


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
    digits_before = [0, *accumulate(len(g) for g in groups)]
    singles_before = [0, *accumulate(len(g) == 1 for g in groups)]
    return _Chunk(
        m.start(), m.end(), plus, groups, starts, ends, seps, parens, digits_before, singles_before
    )


def _phones_in_chunk(line: _Line, m: re.Match[str]) -> Iterator[tuple[int, int]]:
    """Yield phone spans inside one chunk, trying the longest ranges of groups first.

    Ranges may only start or stop where groups are separated by whitespace (``800 555 0199
    200`` or ``+1.800.555.0199 (800) 555-0100``), and hold a bounded number of groups and
    digits: the work is linear in the length of the chunk.
    """
    chunk = _parse_chunk(m)
    n = len(chunk.groups)
    cuts = [k + 1 for k, sep in enumerate(chunk.seps) if sep[0] in " \t" and sep.strip() in "("]
    firsts = [0, *cuts]
    lasts = [k - 1 for k in cuts] + [n - 1]
    position = {first: index for index, first in enumerate(firsts)}
    whole = n == 1 or not cuts
    i_index = 0
    while i_index < len(firsts):
        i = firsts[i_index]
        key = line.key(chunk.start) if i == 0 else Key.NEUTRAL
        if key == Key.HARD_NEGATIVE and not (chunk.plus or chunk.groups[0][:2] in ("00", "01")):
            i_index += 1  # only an international number beats an identifier key
            continue
        candidates = []
        for j_index in range(i_index, len(lasts)):
            j = lasts[j_index]
            digits = chunk.digits_before[j + 1] - chunk.digits_before[i]
            if j - i >= _MAX_GROUPS or digits > _MAX_DIGITS:
                break
            # ``1 2 3 4 5 6 7``: a column of small numbers (``+1 (0)20 ...`` has only two).
            if chunk.singles_before[j + 1] - chunk.singles_before[i] > 2:
                break
            if digits >= 7:
                candidates.append(j)
        if not candidates:
            i_index += 1
            continue
        found = _best_range(line, chunk, i, candidates[::-1], key, whole)
        if found is None:
            i_index += 1
            continue
        yield found[1:]
        i_index = position.get(found[0] + 1, len(firsts))


def _best_range(
    line: _Line, chunk: _Chunk, i: int, lasts: list[int], key: Key, whole: bool
) -> tuple[int, int, int] | None:
    """Return (last group, start, end) of the best phone starting at group ``i``."""
    needed = _NEEDED[key]
    best: tuple[int, int, int] | None = None
    best_strength = Strength.NONE
    for j in lasts:
        end = _range_end(line.text, chunk, j)
        if end is None:
            continue
        strength = _strength(line, chunk, i, j, end, key, whole)
        if strength >= needed and strength > best_strength:
            start = chunk.start if i == 0 else chunk.starts[i] - chunk.parens[i]
            best, best_strength = (j, start, end), strength
            if strength >= Strength.STRONG:
                break  # the longest strong reading wins
    return best


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
    if nxt == "%" and text[end + 1 : end + 3].isalnum():  # ``%26``, ``%20``: an escape follows
        return end
    if nxt and (nxt.isalnum() or nxt in "_/%@$"):
        return None
    if nxt and nxt in ":.-" and text[end + 1 : end + 2].isdigit():
        return None
    return end


def _strength(
    line: _Line, chunk: _Chunk, i: int, j: int, end: int, key: Key, whole: bool
) -> Strength:
    """How strongly the format of groups ``i..j`` says "phone"; WEAK needs a phone key."""
    groups = chunk.groups[i : j + 1]
    parens = chunk.parens[i : j + 1]
    if chunk.plus and i == 0:
        if len(groups) > 2 and groups[1] == "0" and parens[1]:  # +44 (0)20 ...
            groups = [groups[0], *groups[2:]]
        return _international("".join(groups))
    digits = "".join(groups)
    if not 7 <= len(digits) <= 15:
        return Strength.NONE
    if j == len(chunk.groups) - 1 and _UNIT_AFTER_RE.match(line.text, end):
        return Strength.NONE
    formatted = len(groups) > 1
    seps = chunk.seps[i:j]
    alone = whole or (i == 0 and j == len(chunk.groups) - 1)
    if i == 0 and (groups[0] == "011" or groups[0].startswith("00")):
        rest = digits[3:] if groups[0] == "011" else digits[2:]
        if (formatted or key == Key.POSITIVE) and _international(rest) == Strength.TOP:
            return Strength.TOP
        return Strength.NONE
    nanp = _nanp_digits(groups, parens)
    if nanp is not None:
        ten, formatted_nanp = nanp
        # Punctuated NXX-NXX-XXXX is a phone by format even in unassigned area codes
        # (``555-123-4567``); spaced or bare digits must also be valid for libphonenumber.
        if formatted_nanp and _punctuated(seps):
            return Strength.STRONG
        if formatted_nanp and _valid_in("1" + ten):
            return Strength.MEDIUM if alone else Strength.WEAK
    if formatted:
        written = line.text[chunk.starts[i] - parens[0] : chunk.ends[j] + parens[-1]]
        for pattern, region in _NATIONAL_WRITINGS:
            if pattern.fullmatch(written) and _valid_national(digits, region):
                return Strength.STRONG
        if (
            _trunk_prefixed(groups)
            and 9 <= len(digits) <= 12
            and any(_valid_national(digits, r) for r in line.regions)
        ):
            return Strength.MEDIUM
    if key == Key.POSITIVE:
        return _with_key(line, groups, digits)
    return Strength.NONE


def _punctuated(seps: list[str]) -> bool:
    return any(c in sep for sep in seps for c in "-.()\u2013")


def _trunk_prefixed(groups: list[str]) -> bool:
    """``020 7946 0958``, ``030 901820``: a trunk ``0`` and area code lead the number."""
    return 2 <= len(groups[0]) <= 5 and groups[0][0] == "0" and groups[0][1] != "0"


def _with_key(line: _Line, groups: list[str], digits: str) -> Strength:
    """After a phone key any 7-15 digit number is taken; a valid reading ranks higher."""
    if [len(g) for g in groups] == [3, 4] and digits[0] in "23456789":  # 555-0199
        return Strength.MEDIUM
    if digits[0] != "0" and len(digits) >= 10 and _international(digits) == Strength.TOP:
        return Strength.MEDIUM  # msisdn without ``+``
    if len(digits) in (10, 11) and _valid_in(digits if len(digits) == 11 else "1" + digits):
        return Strength.MEDIUM
    for region in line.regions or _DEFAULT_REGIONS:
        if _valid_national(digits, region):
            return Strength.MEDIUM
    return Strength.WEAK


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


def _valid_in(e164_digits: str) -> bool:
    return _international_cached(e164_digits) == Strength.TOP


@lru_cache(maxsize=65536)
def _valid_national(digits: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))
