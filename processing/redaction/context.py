"""What a line says around a number: the key before it, and which countries the line names.

Both are evidence for the phone pass (see ``phones.py``). Keys are read from a short window
before the number, so their cost does not grow with the line; country inference reads the whole
line once, lazily, and only for lines holding a national-looking number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum

import phonenumbers

from processing.redaction.model import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER


class Key(IntEnum):
    """The words right before a number, from a phone key to an identifier key."""

    HARD_NEGATIVE = -2  # ``order``, ``id=``, ``amount``: a number of another kind
    SOFT_NEGATIVE = (
        -1
    )  # ``us``, ``time``, ``line``: ambiguous words, they only defeat weak evidence
    NEUTRAL = 0
    POSITIVE = 1  # ``phone``, ``tel``, ``msisdn``, ``appeler``, ``電話``


_POSITIVE_WORDS = frozenset({
    "phone", "phones", "telephone", "telefon", "telefone", "telefono", "teléfono", "téléphone",
    "tél", "tel", "tlf", "tfn", "fon", "mobile", "mobil", "móvil", "movil", "cellulare",
    "celular", "cell", "cellphone", "handy", "portable", "rufnummer", "telefonnummer",
    "mobilnummer", "handynummer", "festnetz", "msisdn", "sms", "mms", "fax", "telefax",
    "whatsapp", "signal", "viber", "caller", "callee", "call", "calling", "called", "callback",
    "rückruf", "dial", "dialing", "dialed", "dialled", "contact", "ring", "texted", "ani",
    "dnis", "callerid", "clid", "exten", "appeler", "rappeler", "rappelez", "appelez",
    "joindre", "joignable", "anrufen", "zurückrufen", "erreichbar", "llamar", "llame",
    "llámenos", "llamada", "contacto", "ligar", "ligue", "contato", "chiamare", "chiamata",
    "bellen", "telefoonnummer", "hotline", "helpline", "numéro", "número", "numero",
    "nummer", "tel.", "callto"
})  # fmt: skip
# Words that key a phone only on telephony or messaging lines (``sms sent to=...``).
_TELEPHONY_ONLY_WORDS = frozenset({
    "to", "from", "recipient", "recipients", "sender", "dest", "destination", "did", "cli",
    "cid", "src", "dst", "originator", "target", "party", "remote", "local", "source",
    "forwarded", "forward", "transfer", "transferred", "bridged", "outbound", "inbound"
})  # fmt: skip
_FILLER_WORDS = frozenset({
    "number", "numbers", "no", "nr", "num", "nummer", "is", "was", "of", "a", "an", "the",
    "for", "with", "via", "by", "me", "my", "your", "new", "old", "primary", "us",
    "au", "le", "la", "el", "al", "am", "unter", "der", "die", "das", "mich", "uns", "moi",
    "nous", "en", "em", "pelo", "pela", "para", "ao", "por", "favor", "please", "pls", "or",
    "and", "et", "und", "y", "e", "ou", "oder", "o", "mon", "mein", "meine", "mi", "meu",
    "minha", "son", "sa", "sein", "su", "seu", "sua", "de", "du", "do", "da", "des", "di",
    "value", "val", "e164", "intl", "international", "national", "formatted", "raw", "here",
    "asap", "back", "reach", "write", "text", "message", "msg", "incoming", "outgoing",
    "leg", "uri", "info",
    "details", "support", "office", "team", "desk", "line", "direct", "main", "home", "work",
    "business", "private", "personal", "alt", "alternate", "secondary", "emergency"
})  # fmt: skip
# Identifier and quantity keys: they veto every reading but a formatted international number.
_HARD_NEGATIVE_WORDS = frozenset({
    "id", "ids", "uid", "uuid", "guid", "order", "orders", "invoice", "inv", "tracking",
    "track", "shipment", "parcel", "bytes", "byte", "size", "len", "length", "count", "cnt",
    "total", "sum", "amount", "amt", "price", "cost", "balance", "fee", "usd", "eur", "gbp",
    "jpy", "inr", "cad", "aud", "chf", "brl", "mxn", "account", "acct", "ts", "timestamp",
    "epoch", "seq", "sequence", "offset", "version", "ver", "build", "serial", "sku", "ref",
    "reference", "ticket", "txn", "transaction", "card", "pan", "iban", "isbn", "ssn", "zip",
    "postcode", "postal", "pid", "ppid", "tid", "port", "inode", "nonce", "gas", "block",
    "height", "confirmation", "booking", "reservation", "policy", "claim", "case", "po",
    "vat", "tax", "ein", "passport", "license", "licence", "pin", "otp", "checksum", "crc",
    "hash", "sha", "lat", "lon", "lng", "bestellung", "rechnung", "commande", "facture",
    "pedido", "factura", "fatura"
})  # fmt: skip
# Ambiguous words: units, times and generic log words.
_SOFT_NEGATIVE_WORDS = frozenset({
    "duration", "latency", "elapsed", "took", "time", "ms", "ns", "sec", "secs", "seconds",
    "thread", "date", "trace", "span", "request", "req", "session", "sid", "job", "task",
    "batch", "code", "status", "errno", "error", "lineno", "row", "rows", "record", "records",
    "key", "mem", "memory", "heap", "rss", "limit", "max", "min", "avg", "items", "page",
    "pages", "interval", "retry", "retries", "attempt", "attempts", "after", "in",
    "rate", "bps", "kbps", "http", "https", "get", "post", "put", "delete", "patch"
})  # fmt: skip
_CJK_POSITIVE = ("電話", "携帯", "連絡先", "手机", "电话", "전화", "휴대")
_TELEPHONY_LINE_RE = re.compile(
    r"sms|mms|twilio|vonage|nexmo|plivo|sinch|messagebird|bandwidth|telnyx|whatsapp|msisdn"
    r"|text message|texted|sip[:/ ]|asterisk|freeswitch|kamailio|opensips|pjsip|sofia|callsid"
    r"|messagesid|smssid|caller|called|call[_ -]?(?:id|leg|uuid|start|end|status)|dialstatus"
    r"|channel|voice|inbound|outbound|\bcall\b|\bdid\b|\bani\b|dnis|calls?\b|ivr|voip|pbx|trunk",
    re.I,
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_CAMEL_RE = re.compile(r"[A-Z]?[a-z\u00df-\u00ff]+|[A-Z]+(?![a-z])")
_LAST_DIGIT_RE = re.compile(r".*[0-9]", re.S)
_WINDOW = 48
_HTTP_STATUS_RE = re.compile(r"HTTP/[0-9.]+\"?[ \t]+\Z")


def key_before(text: str, start: int, *, telephony: Callable[[], bool]) -> Key:
    """Classify the words right before a number starting at ``start``.

    ``telephony`` says (lazily: it reads the whole line) whether ``to``/``from`` key a phone.
    """
    window = text[max(0, start - _WINDOW) : start]
    if "[REDACTED_" in window:  # an earlier value: the words before it are not this one's key
        window = window.replace(PHONE_PLACEHOLDER, "0").replace(EMAIL_PLACEHOLDER, "0")
    if "HTTP/" in window and _HTTP_STATUS_RE.search(
        window
    ):  # ``"GET / HTTP/1.1" 302 512 4096``: access-log columns
        return Key.HARD_NEGATIVE
    last_digit = _LAST_DIGIT_RE.match(window)
    if last_digit is not None:  # only words after the previous number count
        window = window[last_digit.end() :]
    if window.endswith(('" <', '"<', "' <")):  # CallerID: ``"ACME SUPPORT" <6465550148>``
        return Key.POSITIVE
    words: list[str] = []
    for raw in _WORD_RE.findall(window)[-5:]:
        if raw.isascii():
            words.extend(w.lower() for w in _CAMEL_RE.findall(raw))
        else:
            words.append(raw.lower())
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        word = words[k]
        if word in _POSITIVE_WORDS:
            return Key.POSITIVE
        if not word.isascii() and any(c in word for c in _CJK_POSITIVE):
            return Key.POSITIVE
        if word == "id" and k > 0 and words[k - 1] in ("caller", "call", "cli"):
            return Key.POSITIVE
        if word in _FILLER_WORDS or len(word) == 1:
            continue
        if word in _TELEPHONY_ONLY_WORDS:
            return Key.POSITIVE if telephony() else Key.NEUTRAL
        if word in _HARD_NEGATIVE_WORDS:
            return Key.HARD_NEGATIVE
        if word in _SOFT_NEGATIVE_WORDS:
            return Key.SOFT_NEGATIVE
        return Key.NEUTRAL
    return Key.NEUTRAL


def is_telephony(text: str) -> bool:
    """True if the line talks about calls or messages, where ``to``/``from`` key a phone."""
    return _TELEPHONY_LINE_RE.search(text) is not None


# --------------------------------------------------------------------------- countries

_EURO = ("FR", "DE", "ES", "IT", "NL", "AT", "BE", "PT", "IE", "FI")
_REGION_KEY_RE = re.compile(
    r"(?:country|country_?code|countrycode|region|cc|land|pays|pais|país|nation)[\"']?\s*[:=]\s*"
    r"[\"']?([A-Za-z]{2})\b",
    re.I,
)
_LOCALE_RE = re.compile(r"\b([a-z]{2})[_-]([A-Z]{2})\b")
_LANG_KEY_RE = re.compile(
    r"(?:lang|language|locale|hl|lng)[\"']?\s*[:=]\s*[\"']?([a-z]{2})\b", re.I
)
# A two-letter region code in brackets (``[AT]``, ``(NZ)``) or before an office word.
_CODE_RE = re.compile(
    r"[\[(]([A-Z]{2})[\])]|\b([A-Z]{2})\b(?=[ \t]*(?:office|branch|team|desk|hotline|support"
    r"|sales|mobile|phone|tel|number|site|store|shop|hq|:))"
)
_TLD_RE = re.compile(r"[\w-]\.(?:(?:co|com|org|net|gov|ac|ne|or)\.)?([a-z]{2})(?![\w-]|\.[\w-])")
_COUNTRY_CALLING_RE = re.compile(r"(?:\+|%2[Bb]|\b00)([1-9][0-9]{0,2})")
_LANGUAGE_REGIONS = {
    "fr": ("FR", "BE", "CH", "CA"), "de": ("DE", "AT", "CH"), "es": ("ES", "MX", "AR", "CO"),
    "pt": ("BR", "PT"), "it": ("IT",), "nl": ("NL", "BE"), "ja": ("JP",), "en": ("GB", "AU"),
    "pl": ("PL",), "sv": ("SE",), "da": ("DK",), "nb": ("NO",), "fi": ("FI",), "zh": ("CN",),
    "ko": ("KR",), "hi": ("IN",), "tr": ("TR",), "ru": ("RU",),
}  # fmt: skip
# Words that say which language (hence which countries) a line is written in.
_LANGUAGE_HINTS = {
    "fr": ("appeler", "rappeler", "rappelez", "appelez", "téléphone", "joindre", "portable",
           "numéro", "merci", "bonjour", "client", "au ", "le ", "est ", "pour "),
    "de": ("telefon", "anrufen", "rückruf", "erreichbar", "handy", "bitte", "unter ", "kunde",
           "nummer", "mobil ", "festnetz", "der ", "und ", "ist "),
    "es": ("teléfono", "telefono", "llamar", "llame", "móvil", "movil", "cliente", "gracias",
           "por favor", "el ", "es "),
    "pt": ("telefone", "ligar", "ligue", "celular", "contato", "obrigad", "você", "cliente",
           "não", "pelo ", "para "),
    "it": ("telefono", "chiamare", "cellulare", "grazie", "cliente"),
    "nl": ("bellen", "telefoonnummer", "klant", "bedankt"),
    "ja": ("電話", "携帯", "番号", "お客様", "連絡"),
}  # fmt: skip
_PLACES = {
    "GB": ("uk", "united kingdom", "britain", "england", "scotland", "wales", "london",
           "manchester", "birmingham", "edinburgh", "glasgow", "leeds", "bristol"),
    "IE": ("ireland", "dublin", "cork"),
    "DE": ("germany", "deutschland", "berlin", "münchen", "munich", "hamburg", "köln",
           "cologne", "frankfurt", "stuttgart", "düsseldorf"),
    "AT": ("austria", "österreich", "wien", "vienna", "graz", "salzburg", "linz"),
    "CH": ("switzerland", "schweiz", "suisse", "zürich", "zurich", "genève", "geneva", "bern",
           "basel", "lausanne"),
    "FR": ("france", "paris", "lyon", "marseille", "toulouse", "nantes", "bordeaux", "lille",
           "nice", "strasbourg"),
    "BE": ("belgium", "belgique", "belgië", "bruxelles", "brussels", "antwerpen"),
    "NL": ("netherlands", "nederland", "holland", "amsterdam", "rotterdam", "utrecht"),
    "ES": ("spain", "españa", "espana", "madrid", "barcelona", "valencia", "sevilla"),
    "PT": ("portugal", "lisboa", "lisbon", "porto"),
    "IT": ("italy", "italia", "roma", "rome", "milano", "milan", "napoli", "torino"),
    "BR": ("brazil", "brasil", "são paulo", "sao paulo", "rio de janeiro", "brasília",
           "belo horizonte", "curitiba"),
    "MX": ("mexico", "méxico", "guadalajara", "monterrey", "cdmx"),
    "AR": ("argentina", "buenos aires"),
    "IN": ("india", "mumbai", "delhi", "bangalore", "bengaluru", "chennai", "hyderabad",
           "pune", "kolkata"),
    "JP": ("japan", "tokyo", "osaka", "kyoto", "yokohama", "日本", "東京", "大阪"),
    "CN": ("china", "beijing", "shanghai", "shenzhen", "中国"),
    "AU": ("australia", "sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra"),
    "NZ": ("new zealand", "auckland", "wellington", "christchurch"),
    "SG": ("singapore",), "ZA": ("south africa", "johannesburg", "cape town"),
    "PL": ("poland", "polska", "warszawa", "warsaw", "kraków"),
    "SE": ("sweden", "sverige", "stockholm"), "DK": ("denmark", "danmark", "copenhagen"),
    "NO": ("norway", "norge", "oslo"), "FI": ("finland", "helsinki"),
    "KR": ("korea", "seoul"), "TR": ("turkey", "türkiye", "istanbul"),
}  # fmt: skip
_CURRENCIES = {
    "£": ("GB",), "gbp": ("GB",), "€": _EURO, "eur": _EURO, "¥": ("JP", "CN"), "円": ("JP",),
    "jpy": ("JP",), "r$": ("BR",), "brl": ("BR",), "₹": ("IN",), "inr": ("IN",),
    "aud": ("AU",), "a$": ("AU",), "chf": ("CH",), "mxn": ("MX",), "zł": ("PL",),
    "pln": ("PL",), "sek": ("SE",), "nzd": ("NZ",), "sgd": ("SG",), "zar": ("ZA",),
}  # fmt: skip
_SUPPORTED = frozenset(phonenumbers.SUPPORTED_REGIONS)


def named_regions(text: str) -> tuple[str, ...]:
    """Regions the line points at, strongest hints first (explicit keys, then the rest)."""
    found: list[str] = [m.group(1).upper() for m in _REGION_KEY_RE.finditer(text)]
    for m in _LOCALE_RE.finditer(text):
        found.append(m.group(2))
        found.extend(_LANGUAGE_REGIONS.get(m.group(1), ()))
    for m in _LANG_KEY_RE.finditer(text):
        found.extend(_LANGUAGE_REGIONS.get(m.group(1).lower(), ()))
    for m in _CODE_RE.finditer(text):
        found.append(m.group(1) or m.group(2))
    for m in _COUNTRY_CALLING_RE.finditer(text):
        found.extend(_regions_of_calling_code(m.group(1)))
    lowered = text.lower()
    for m in _TLD_RE.finditer(lowered):
        tld = m.group(1)
        found.append("GB" if tld == "uk" else tld.upper())
    # Substring tests first: one big case-insensitive alternation is slow on every line.
    for region, names in _PLACES.items():
        for name in names:
            if name in lowered and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered):
                found.append(region)
                break
    for symbol, regions in _CURRENCIES.items():
        if symbol in lowered:
            found.extend(regions)
    for language, hints in _LANGUAGE_HINTS.items():
        if any(hint in lowered for hint in hints):
            found.extend(_LANGUAGE_REGIONS[language])
    return tuple(dict.fromkeys(r for r in found if r in _SUPPORTED and r != "US"))


def _regions_of_calling_code(digits: str) -> tuple[str, ...]:
    # Calling codes are prefix-free, so at most one prefix of the digits is a code.
    for n in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:n]))
        if regions and len(digits) >= n:
            return tuple(regions[:3])
    return ()
