"""What a line says around a number: the key before it, and which countries the line names.

Both are evidence for the phone pass (see ``phones.py``). Keys are read from a short window
before the number, so their cost does not grow with the line; country inference reads the whole
line once, lazily, and only for lines holding a national-looking number.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator
from enum import IntEnum
from functools import lru_cache
from importlib import resources
from typing import Final

import phonenumbers

from processing.redaction.model import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER


class Key(IntEnum):
    """The words right before a number, from a phone key to an identifier key."""

    # ``order``, ``id=``, ``amount``: a number of another kind
    HARD_NEGATIVE = -2
    # ``us``, ``time``, ``line``: ambiguous words, they only defeat weak evidence
    SOFT_NEGATIVE = -1
    NEUTRAL = 0
    # ``to``, ``from``, ``recipient`` on a telephony line: a phone key, but also how time
    # ranges are written (``from 1700000000 to 1700003600``), so the number must read as valid
    ROUTING = 1
    # ``phone``, ``tel``, ``msisdn``, ``appeler``, ``電話``
    POSITIVE = 2


_POSITIVE_WORDS: Final = frozenset({
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
    "nummer", "numer", "numerem", "numeru", "tel.", "callto", "kontakt", "kontaktu", "číslo",
    "čísla", "čísle", "volal", "volala", "zavolat", "zavolejte", "τηλέφωνο", "τηλ",
    "επανάκληση", "κινητό", "номер", "номеру", "телефон", "телефону", "тел", "мобильный",
    "перезвонить", "позвонить", "звонить", "cellular", "landline", "mob", "pager",
    "voicemail", "cel", "celu", "telno", "phoneno", "mobileno", "gsm", "clip", "colp",
    # ``PER*IC*JOHN SMITH*TE*2013374981``: the telephone qualifier of X12 and EDIFACT
    "te", "telefoon", "mobiel", "mobielnummer", "gebeld", "terugbellen", "bel", "recapito",
    "recapiti", "telemóvel", "telemovel", "tlm", "whats", "wpp", "sunați", "sunati",
    "sună", "suna", "apelați", "apelati", "puh", "ringe", "ringa", "ringer", "numaram",
    "numaras\u0131", "numarasi", "telp", "tlp", "hp", "ponsel", "handphone", "simu",
    "selfoon", "skakel", "sđt", "đt", "thoại", "gọi", "zalo", "telegram", "wechat", "kakao",
    "kakaotalk", "imessage", "facetime", "mobilszám", "mobilszámom", "ringt", "oppringt", "wa",
    # ``LNP dip tn=3128655994``: a telephone number; Hausa, Yoruba, Zulu, Mongolian
    "tn", "waya", "wayata", "foonu", "ucingo", "утас", "утасны", "утсаар",
    # SAP's ``TELF1``/``TELFX``, Spanish ``tfno``/``tlfn``, Chilean ``fono``
    "telf", "telfx", "telx", "tfno", "tlfn", "tlfno", "fono",
    # ``Phn:``, ``PhNo`` (not ``PH``, HL7's telecom equipment code, which other fields follow)
    "phn", "phno",
    # Baltic, Nordic, Celtic, South Slavic, Catalan
    "síma", "sími", "símanúmer", "ffôn", "alwad", "galwad", "glaoch", "fón", "mobitel",
    "telèfon", "mòbil", "trucar", "truqueu", "truca",
    # Polish ``tel. kom.``: a mobile
    "kom", "komórka", "komórkowy", "komorka", "komórki"
})  # fmt: skip
# Stems of phone verbs and nouns, whatever the conjugation: ``chiamami``, ``llámeme``,
# ``rappelle``, ``telefonieren``, ``zadzwoń``.
_POSITIVE_STEMS: Final = (
    "chiam", "richiam", "llam", "rappel", "telef", "teléf", "télép", "anruf", "zadzwo", "ligue",
    "ligar", "telepon", "puhel", "llám", "contact", "matkapuh", "soita", "soitt", "hív",
    "visszahív", "aray", "komór",
    "dzwon", "hubung", "tawag", "piga", "nipig", "pigi", "mobilnum", "mobilnr", "mobiltel",
    "nazov", "pozov", "atzvan", "zvan", "skamb", "paskamb", "helist", "hring", "pokli",
    "zavol", "назов", "позов", "позвън", "обад", "телеф",
    "handynum", "mobilsz", "телеф", "зателеф", "звон", "подзвон", "дзвон", "моб", "сотов",
)  # fmt: skip
# Words that key a phone only on telephony or messaging lines (``sms sent to=...``).
_TELEPHONY_ONLY_WORDS: Final = frozenset({
    "to", "from", "recipient", "recipients", "sender", "dest", "destination", "did", "cli",
    "cid", "src", "dst", "originator", "target", "party", "remote", "local", "source",
    "forwarded", "forward", "transfer", "transferred", "bridged", "outbound", "inbound",
    "address", "connected", "redirecting", "diverted", "diversion"
})  # fmt: skip
_FILLER_WORDS: Final = frozenset({
    "number", "numbers", "no", "nr", "num", "nummer", "is", "was", "of", "a", "an", "the",
    "for", "with", "via", "by", "me", "my", "your", "new", "old", "primary", "us",
    "au", "le", "la", "el", "al", "am", "unter", "der", "die", "das", "mich", "uns", "moi",
    "nous", "en", "em", "pelo", "pela", "para", "ao", "por", "favor", "please", "pls", "or",
    "and", "et", "und", "y", "e", "ou", "oder", "o", "mon", "mein", "meine", "mi", "meu",
    "minha", "son", "sa", "sein", "su", "seu", "sua", "de", "du", "do", "da", "des", "di",
    "value", "val", "e164", "intl", "international", "national", "formatted", "raw", "here",
    "asap", "back", "reach", "write", "text", "message", "msg", "incoming", "outgoing",
    "leg", "uri", "info", "like", "pod", "na", "niego", "niej", "mnie", "tomorrow",
    "today", "morgen", "heute", "demain", "mañana", "manana", "domani", "amanhã", "amanha",
    "details", "support", "office", "team", "desk", "line", "direct", "main", "home", "work",
    "business", "private", "personal", "alt", "alternate", "secondary", "emergency", "at", "on",
    "z", "ze", "στο", "στον", "στη", "по", "на", "kwa", "beni", "bana", "mera", "meri", "naya",
    "nayi", "hai", "pe", "par", "ko", "ka", "ki", "ke", "ni", "ang", "ng", "ako", "saya",
    "pada", "mij", "ons", "op", "naar", "aan", "til", "på", "meg", "mig", "mej", "alla", "allo",
    "sul", "auf", "dem", "opp", "him", "her", "them", "sir", "madam", "es", "est", "ist", "é",
    "true", "false", "null", "none",
    "è", "är", "er", "je", "jest", "sono", "são", "sind", "zijn", "its", "it's", "नंबर",
    "नम्बर", "हो", "है", "lambar", "lamba", "ita", "ce", "nọmba", "inombolo", "дугаар",
    "broj", "\u0431\u0440\u043e\u0458", "numuru", "numbril", "numeriu", "uimhir", "uz", "ar",
    "ais", "yn", "ôl", "í", "eða", "vai", "ili",
    # a missed call: ``llamada perdida de``, ``chiamata persa da``, ``Anruf verpasst von``
    "missed", "perdida", "perdidas", "persa", "perse", "manqué", "manquée", "verpasst",
    "verpasster"
})  # fmt: skip
# Who is called: skipped (``Calling customer at 010 155 0929``), unless they name the number
# (``customer_number``: an account's).
_ROLE_WORDS: Final = frozenset({
    "customer", "customers", "client", "cliente", "kunde", "kunden", "user", "patient", "guest",
    "driver", "rider", "courier", "agent", "member", "subscriber",
})  # fmt: skip
# Nouns that name a number: the nearest word, they make its value a number to read as a phone
# (``my new number is 8128614639``) unless an identifier word names it (``order number``).
_NUMBER_NOUNS: Final = frozenset({"number", "numbers", "num", "nr", "no"})
# Verbs that send a message (``text``, ``message`` are fillers alone: ``text="..."``).
_MESSAGE_VERBS: Final = frozenset({"text", "txt", "message", "msg", "ping", "buzz", "sms"})
# ``LastCall: 1796336897``, ``first_contact``: a time, not a phone key.
# RADIUS accounting: the two ends of a call or session.
_STATION_IDS: Final = (["calling", "station"], ["called", "station"])
_TIME_WORDS: Final = frozenset({"last", "first", "next", "prev", "previous"})
# Identifier and quantity keys: they veto every reading but a formatted international number.
_HARD_NEGATIVE_WORDS: Final = frozenset({
    "id", "ids", "uid", "uuid", "guid", "order", "orders", "invoice", "inv", "tracking",
    "track", "shipment", "parcel", "bytes", "byte", "size", "len", "length", "count", "cnt",
    "total", "sum", "amount", "amt", "price", "cost", "balance", "fee", "usd", "eur", "gbp",
    "jpy", "inr", "cad", "aud", "chf", "brl", "mxn", "account", "acct", "acc", "ts", "timestamp",
    "epoch", "seq", "sequence", "offset", "version", "ver", "build", "serial", "sku", "ref",
    "reference", "ticket", "txn", "transaction", "card", "pan", "iban", "isbn", "ssn", "zip",
    "postcode", "postal", "pid", "ppid", "tid", "port", "inode", "nonce", "gas", "block",
    "height", "confirmation", "booking", "dialog", "reservation", "policy", "claim", "case",
    "vat", "tax", "ein", "passport", "license", "licence", "pin", "otp", "checksum", "crc",
    "purchase", "cep", "plz", "postleitzahl", "pincode", "eircode", "postnummer", "postnr",
    # national identity and health numbers
    "nhs", "medicare", "nino", "bsn", "cpf", "cnpj", "rut", "curp", "dni", "nie", "nif",
    "aadhaar", "iin", "inn", "snils", "pesel", "personnummer", "cédula", "cedula",
    "hash", "sha", "lat", "lon", "lng", "bestellung", "rechnung", "commande", "facture",
    "pedido", "factura", "fatura", "folio", "fid",  # Kannel's foreign message id
    # a handset's and a SIM's identities, and the E.164 addresses of network nodes (a VLR's
    # global title), not a subscriber's number
    "imei", "imeisv", "imsi", "iccid", "meid", "esn", "vlr", "msc", "sgsn", "ggsn", "mme"
})  # fmt: skip
# Ambiguous words: units, times and generic log words.
_SOFT_NEGATIVE_WORDS: Final = frozenset({
    "duration", "latency", "elapsed", "took", "time", "ms", "ns", "sec", "secs", "seconds",
    "thread", "date", "trace", "span", "request", "req", "session", "sid", "job", "task",
    "batch", "code", "status", "errno", "error", "lineno", "row", "rows", "record", "records",
    "key", "mem", "memory", "heap", "rss", "limit", "max", "min", "avg", "items", "page",
    "pages", "interval", "retry", "retries", "attempt", "attempts", "after", "in",
    "rate", "bps", "kbps", "http", "https", "get", "post", "put", "delete", "patch",
    "scts"  # an SMSC's time stamp, ``YYMMDDhhmm``
})  # fmt: skip
_KNOWN_WORDS: Final = (
    _POSITIVE_WORDS
    | _ROLE_WORDS
    | _TELEPHONY_ONLY_WORDS
    | _FILLER_WORDS
    | _HARD_NEGATIVE_WORDS
    | _SOFT_NEGATIVE_WORDS
)
# Phone words of scripts written without spaces or with affixes, found inside words: Japanese,
# Chinese (``来电``, an incoming call), Korean, Arabic, Hebrew.
_CJK_POSITIVE: Final = (
    "電話", "携帯", "連絡先", "手机", "电话", "来电", "致电", "전화", "휴대", "연락처", "هاتف",
    "جوال", "טלפון", "手機", "聯絡", "联系", "致電", "來電", "핸드폰", "โทร", "เบอร์", "มือถือ",
    "फ़ोन", "फोन", "मोबाइल", "कॉल", "اتصل", "رقم", "موبايل", "تلفون", "تليفون", "נייד",
    "פלאפון", "התקשר", "\uff54\uff45\uff4c",  # full-width TEL, lowered
    "打俾", "打去",
    "ስልክ", "ტელეფონ", "მობილურ", "հեռախոս", "දුරකථන", "தொலைபேசி", "போன்", "ফোন", "মোবাইল",
    "فون", "تماس", "شماره", "تلفن",
)  # fmt: skip
# Words that make a line a telephony or messaging one, looked for as substrings of the lowered
# line (``CallSid``, ``smsStatus``), then the few that need word edges, with one regex.
_TELEPHONY_SUBSTRINGS: Final = (
    "sms", "mms", "twilio", "vonage", "nexmo", "plivo", "sinch", "messagebird", "bandwidth",
    "telnyx", "whatsapp", "msisdn", "text message", "texted", "asterisk", "freeswitch",
    "kamailio", "opensips", "pjsip", "sofia", "callsid", "messagesid", "smssid", "caller",
    "called", "dialstatus", "channel", "inbound", "outbound", "dnis", "ivr", "voip", "pbx",
    "trunk", "dialplan", "smpp", "submit_sm", "deliver_sm", "smsc", "ussd", "e164", "3gpp",
    "cdr", "+clip", "+cmgs", "+cmt", "+cmgr", "pstn", "telco", "dialer", "dialing", "voicemail",
    "cnam", "lnp", "hlr", "mnp", "ported", "fax", "wamid",  # a WhatsApp message's id
    # desk phones' provisioning files, and their call forwarding settings
    "yealink", "polycom", "grandstream", "snom", "linekey", "forward.always", "forward.busy",
    "forward.no_answer", "call_forward", "callforward", "always_fwd", "busy_fwd",
)  # fmt: skip
# Each branch opens with a letter, so that the regex engine skips quickly to candidates.
_TELEPHONY_WORD_RE: Final = re.compile(
    r"sip[:/ ]|call[_ -]?(?:id|leg|uuid|start|end|status)|c(?<!\wc)alls?(?!\w)"
    r"|d(?<!\wd)id(?!\w)|a(?<!\wa)ni(?!\w)|v(?<![a-z]v)oice"  # not ``invoice``
    r"|o(?<![a-z]o)tps?(?![a-z])"  # one-time passwords go out by SMS
)
# A word, with the vowel signs of Indic and South-East Asian scripts (``फोन``), which are
# marks, not letters.
_WORD_RE: Final = re.compile(
    r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff])+"
)
# Words, where objects open, and the ``=``/``&`` between fields.
_TOKEN_RE: Final = re.compile(_WORD_RE.pattern + r"|[{\[=&,?;]")
_ASCII_WORD_RE: Final = re.compile(r"[a-z]+")  # the same, on a lowered ASCII line, and faster
_CAMEL_RE: Final = re.compile(r"[A-Z]?[a-z\u00df-\u00ff]+|[A-Z]+(?![a-z])")
_WINDOW: Final = 48
_HTTP_STATUS_RE: Final = re.compile(r"HTTP/[0-9.]+\"?[ \t]+\Z")
_ESCAPE_RE: Final = re.compile(r"\\[nrt]")


def key_before(text: str, start: int, *, telephony: Callable[[], bool]) -> Key:
    """Classify the words right before a number starting at ``start``.

    ``telephony`` says (lazily: it reads the whole line) whether ``to``/``from`` key a phone.
    """
    window = text[max(0, start - _WINDOW) : start]
    if "\\" in window:  # ``\nmobile = "0412745088"``: an escaped newline or tab ends a word
        window = _ESCAPE_RE.sub(" ", window)
    if "[REDACTED_" in window:  # an earlier value: the words before it are not this one's key
        window = window.replace(PHONE_PLACEHOLDER, "00000").replace(EMAIL_PLACEHOLDER, "00000")
    if "HTTP/" in window and _HTTP_STATUS_RE.search(
        window
    ):  # ``"GET / HTTP/1.1" 302 512 4096``: access-log columns
        return Key.HARD_NEGATIVE
    # Only words after the previous number count. (A loop, not a regex: compiled, it is
    # several times faster than the backtracking of ``.*[0-9]``.)
    cut = _after_last_digit(window, len(window))
    # ``contact 2 (0612330172)``, ``Tel 1: 0612...``: an index between the key and the number.
    if 0 < cut < len(window) and cut > len(window) - 4 and not _has_letter(window[cut:]):
        index = cut
        while index > 0 and 48 <= ord(window[index - 1]) <= 57:
            index -= 1
        if cut - index <= 2 and index > 0 and window[index - 1] == " ":
            cut = _after_last_digit(window, index)
        elif (
            cut - index <= 2
            and index > 0
            and (window[index - 1].isalpha() or window[index - 1] == "_")
        ):
            # ``TELF1=``, ``phone_2:``: the digits belong to the key's name
            cut = _after_last_digit(window, index)
    key = _key_of_words(window[cut:])
    if key is None:
        return Key.ROUTING if telephony() else Key.NEUTRAL
    return key


def _after_last_digit(window: str, end: int) -> int:
    """Where the words after the last digit of ``window[:end]`` start."""
    while end > 0 and not 48 <= ord(window[end - 1]) <= 57:  # 0-9
        end -= 1
    return end


def _has_letter(text: str) -> bool:
    return any(c.isalpha() for c in text)


@lru_cache(maxsize=8192)
def _key_of_words(window: str) -> Key | None:
    """The key the words of ``window`` make; None for ``to``/``from``, which depend on the line.

    The nearest word decides; fillers (``is``, ``my``, ``value``) are skipped, and so are up to
    two capitalised names or short unknown words (``SMS to Mikko Virtanen (041 5152316)``) and
    the opening of a JSON object, past which only a phone word still counts (``request
    {"number": ...``).
    Cached: the text between two numbers (``", "amount":``, ``" id="``) repeats line after line.
    """
    if window.endswith(('" <', '"<', "' <")):  # CallerID: ``"ACME SUPPORT" <6465550148>``
        return Key.POSITIVE
    words: list[str] = []
    names: list[bool] = []
    for raw in _TOKEN_RE.findall(window)[-6:]:
        whole = raw.lower()
        # ``phoneNumber``, ``userId`` are split, a known word written in camel case is not
        # (``WhatsApp``, ``CallerID``).
        if raw.isascii() and whole not in _KNOWN_WORDS and raw not in "{[=&,?;":
            parts = _CAMEL_RE.findall(raw)
            words.extend(w.lower() for w in parts)
            name = len(parts) == 1 and len(raw) > 1 and raw[0].isupper() and raw[1:].islower()
            names.extend(name for _ in parts)
        else:
            words.append(whole)
            names.append(False)
    numbered = False  # the nearest word names a number
    noun_at = 0
    beyond = False  # past a name or an object's opening: only phone words count
    skipped_names = 0
    for k in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[k]
        if word in ("{", "["):
            if numbered:
                return Key.ROUTING
            beyond = True
            continue
        if word in ",?;&":
            if numbered:  # ``,"number":"212689851466"``, ``?number=``: the field's own name
                return Key.ROUTING
            if beyond:  # ``DeviceType=iPhone&Cmd=Sync 443``: a name is no field's value
                break
            continue
        if word == "=":
            if beyond:
                break
            continue
        if _is_positive(word):
            if k > 0 and words[k - 1] in _TIME_WORDS:
                return Key.SOFT_NEGATIVE
            return Key.POSITIVE
        # ``caller_id``, ``CLI id``, Twilio's WhatsApp ``WaId``, RADIUS ``Calling-Station-Id``
        # and ``Called-Station-Id``;
        # not ``CALL_ID``, ``Call-ID``: a call's identifier.
        if word == "id" and k > 0 and words[k - 1] in ("caller", "cli", "wa"):
            return Key.POSITIVE
        if word == "id" and k > 1 and words[k - 2 : k] in _STATION_IDS:
            return Key.POSITIVE
        # WhatsApp's ``recipient_id``, MTN MoMo's ``partyId``: a number on a messaging or
        # payment line that speaks of MSISDNs, an account's id elsewhere.
        if word == "id" and k > 0 and words[k - 1] in ("recipient", "party"):
            return None
        if word == "id" and k > 0 and words[k - 1] == "call" and not beyond:
            return Key.HARD_NEGATIVE
        # ``text me 2015916949``, ``message us``: a message verb, then who gets it.
        if word in ("me", "us") and k > 0 and words[k - 1] in _MESSAGE_VERBS:
            return Key.POSITIVE
        if word in _NUMBER_NOUNS and not beyond:
            numbered, noun_at = True, k
            continue
        if word in _FILLER_WORDS or len(word) == 1:
            continue
        if word in _ROLE_WORDS:
            if numbered:
                return Key.NEUTRAL
            continue
        # A name, or a short word of a language not listed (a pronoun or a preposition:
        # ``اتصل بي على``, call me on): skipped, but only a phone word beyond it counts.
        if (
            (names[k] or (len(word) <= 3 and not word.isascii()))
            and skipped_names < 2
            and word not in _KNOWN_WORDS
        ):
            skipped_names += 1
            beyond = True
            continue
        if word in _TELEPHONY_ONLY_WORDS:
            # ``destination_number``, ``source number``: a phone key on any line
            if numbered and word not in ("to", "from"):
                return Key.POSITIVE
            return None
        if beyond:
            break
        if word in _HARD_NEGATIVE_WORDS:
            return Key.HARD_NEGATIVE
        if word in _SOFT_NEGATIVE_WORDS:
            return Key.SOFT_NEGATIVE
        # ``phone_verified number=``: the number of a phone word a word before
        if numbered and k > 0 and _is_positive(words[k - 1]):
            return Key.POSITIVE
        # ``projectNumber=527497573880``: a number of some other thing; but ``bhai mera naya
        # number``: my new number, whoever speaks.
        return Key.ROUTING if numbered and noun_at - k > 2 else Key.NEUTRAL
    return Key.ROUTING if numbered else Key.NEUTRAL


def _is_positive(word: str) -> bool:
    if word in _POSITIVE_WORDS or word.startswith(_POSITIVE_STEMS):
        return True
    # ``可以打 9237 6925``: Cantonese and Mandarin "dial" right before the number.
    return not word.isascii() and (word.endswith("打") or any(c in word for c in _CJK_POSITIVE))


_FIELD_DELIMITERS: Final = ",;\t|"
_QUOTES: Final = "\"'"
_NUMERIC_FIELD_RE: Final = re.compile(r"[-+]?[0-9][0-9.:/%-]*")
_FIELD_WINDOW: Final = 40


def in_numeric_column(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is a delimited field between two numeric fields.

    ``4.4;660 594 4468;13.3%`` is a row of metrics: a number there is a quantity unless its
    format alone says phone. The neighbouring fields are read within a bounded window.
    """
    if start > 0 and text[start - 1] in _QUOTES:
        start -= 1
    if end < len(text) and text[end] in _QUOTES:
        end += 1
    if (
        start < 1
        or text[start - 1] not in _FIELD_DELIMITERS
        or text[end : end + 1] != text[start - 1]
    ):
        return False
    previous = text[max(0, start - 1 - _FIELD_WINDOW) : start - 1]
    following = text[end + 1 : end + 1 + _FIELD_WINDOW]
    cut = max(previous.rfind(d) for d in _FIELD_DELIMITERS) + 1
    stops = [i for i in (following.find(d) for d in _FIELD_DELIMITERS) if i >= 0]
    return _is_numeric_field(previous[cut:]) and _is_numeric_field(
        following[: min(stops)] if stops else following
    )


def _is_numeric_field(field: str) -> bool:
    return _NUMERIC_FIELD_RE.fullmatch(field.strip(_QUOTES + " ")) is not None


# An international number elsewhere on the line (``"from":"+447700900123","to":"4477..."``).
_PLUS_NUMBER_RE: Final = re.compile(r"(?:\+|%2[Bb])[1-9](?:[ .()\-]?[0-9]){7,14}")


def is_phone_key(name: str) -> bool:
    """True if a field or column name alone keys a phone (``phone``, ``mobile_number``)."""
    return _key_of_words(name) == Key.POSITIVE


_MESSAGE_TEXT_FIELD_RE: Final = re.compile(
    r"(?:body|text)(?<![\w-]body)(?<![\w-]text)[\"']?\s*[=:]"
)
_RECIPIENT_FIELD_RE: Final = re.compile(r"to(?<![\w-]to)[\"']?\s*[=:]")


def is_telephony(text: str) -> bool:
    """True if ``to``/``from`` key a phone on the line: it talks about calls or messages, or it
    holds an international number."""
    return _PLUS_NUMBER_RE.search(text) is not None or talks_telephony(text)


def mentions_phone(text: str) -> bool:
    """True if a phone word is anywhere on the line (``arg0.phone: must match ... rejected
    value: 0171 3162 1647``, ``"loc":["body","telefono"],...,"input":...``)."""
    if "[REDACTED_" in text:  # a placeholder's ``PHONE`` is no phone word
        text = text.replace(PHONE_PLACEHOLDER, " ").replace(EMAIL_PLACEHOLDER, " ")
    if any(_is_positive(w.lower()) for w in _CAMEL_RE.findall(text)):
        return True
    return not text.isascii() and any(c in text.lower() for c in _CJK_POSITIVE)


def talks_telephony(text: str) -> bool:
    """True if the line's words are about calls or messages."""
    low = text.lower()
    if any(word in low for word in _TELEPHONY_SUBSTRINGS):
        return True
    # A message's fields: a recipient and a text (``From=...&To=...&Body=Salut``, Vonage's
    # ``to=...&from=ACME&text=...``).
    if (
        ("body" in low or "text" in low)
        and _MESSAGE_TEXT_FIELD_RE.search(low) is not None
        and _RECIPIENT_FIELD_RE.search(low) is not None
    ):
        return True
    if (
        "sip" in low
        or "call" in low
        or "did" in low
        or "ani" in low
        or "voice" in low
        or "otp" in low
    ):
        return _TELEPHONY_WORD_RE.search(low) is not None
    return False


# --------------------------------------------------------------------------- countries

_EURO: Final = ("FR", "DE", "ES", "IT", "NL", "AT", "BE", "PT", "IE", "FI")
# ``"country_code":44``: a calling code names its countries too.
_CALLING_CODE_KEY_RE: Final = re.compile(
    r"(?:country_?code|calling_?code|dial(?:l?ing)?_?code|cc)[\"']?\s*[:=]\s*[\"']?\+?"
    r"([1-9][0-9]{0,2})(?![0-9])"
)
_REGION_KEY_RE: Final = re.compile(
    r"(?:country|country_?code|countrycode|region|cc|land|pays|pais|país|nation)[\"']?\s*[:=]\s*"
    r"[\"']?([a-z]{2})\b"
)
# Every pattern here opens with a literal or a character class, so that the regex engine skips
# quickly to candidate characters; the tests on the text before come after that character.
_LOCALE_RE: Final = re.compile(r"[_-](?<=(?<!\w)([a-z]{2})[_-])([A-Z]{2})(?!\w)")
_LANG_KEY_RE: Final = re.compile(
    r"(?:lang|language|locale|hl|lng)[\"']?\s*[:=]\s*[\"']?([a-z]{2})\b"
)
# A two-letter region code in brackets (``[AT]``, ``(NZ)``), before an office word, or alone
# in a delimited field (``;AT;``, ``|NZ|``, ``,"SE",``); a three-letter ISO code alone in a
# field or an HL7 component (``^DEU``, ``|GBR|``). Read in ``_region_codes``.
_UPPER_CODE_RE: Final = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]{1,2}(?!\w)")
_OFFICE_AFTER_RE: Final = re.compile(
    r"[ \t]*(?:office|branch|team|desk|hotline|support|sales|mobile|phone|tel|number|site"
    r"|store|shop|hq|:)"
)
_FIELD_EDGES: Final = ";,|\t^"
_ALPHA3: Final = {
    "GBR": "GB", "IRL": "IE", "DEU": "DE", "AUT": "AT", "CHE": "CH", "FRA": "FR", "BEL": "BE",
    "NLD": "NL", "ESP": "ES", "PRT": "PT", "ITA": "IT", "BRA": "BR", "MEX": "MX", "ARG": "AR",
    "IND": "IN", "JPN": "JP", "CHN": "CN", "AUS": "AU", "NZL": "NZ", "SGP": "SG", "ZAF": "ZA",
    "POL": "PL", "SWE": "SE", "DNK": "DK", "NOR": "NO", "FIN": "FI", "KOR": "KR", "TUR": "TR",
}  # fmt: skip
_TLD_RE: Final = re.compile(
    r"\.(?<=[\w-]\.)(?:(?:co|com|org|net|gov|ac|ne|or)\.)?([a-z]{2})(?![\w-]|\.[\w-])"
)
_COUNTRY_CALLING_RE: Final = re.compile(r"(?:\+|%2[Bb]|0(?<!\w0)0)([1-9][0-9]{0,2})")
_LANGUAGE_REGIONS: Final = {
    "fr": ("FR", "BE", "CH", "CA"), "de": ("DE", "AT", "CH"), "es": ("ES", "MX", "AR", "CO"),
    "pt": ("BR", "PT"), "it": ("IT",), "nl": ("NL", "BE"), "ja": ("JP",), "en": ("GB", "AU"),
    "pl": ("PL",), "sv": ("SE",), "da": ("DK",), "nb": ("NO",), "fi": ("FI",), "zh": ("CN",),
    "ko": ("KR",), "hi": ("IN",), "tr": ("TR",), "ru": ("RU",), "uk": ("UA",), "ro": ("RO", "MD"),
    "hu": ("HU",), "cs": ("CZ",), "sk": ("SK",), "el": ("GR", "CY"), "he": ("IL",),
    "ar": ("SA", "AE", "EG"), "vi": ("VN",), "th": ("TH",), "id": ("ID",), "ms": ("MY", "SG"),
    "tl": ("PH",), "fil": ("PH",), "sw": ("KE", "TZ", "UG"), "af": ("ZA",), "no": ("NO",),
    "bn": ("BD", "IN"), "ur": ("PK",), "fa": ("IR",), "hr": ("HR", "BA", "RS"), "lv": ("LV",),
    "et": ("EE",), "is": ("IS",), "ga": ("IE",), "cy": ("GB",), "lt": ("LT",), "sl": ("SI",),
    "bg": ("BG",), "sr": ("RS",), "ca": ("ES", "AD"),
}  # fmt: skip
# Words that say which language (hence which countries) a line is written in.
_LANGUAGE_HINTS: Final = {
    "fr": ("appeler", "rappeler", "rappelez", "appelez", "téléphone", "joindre", "portable",
           "numéro", "merci", "bonjour", "client", "au ", "le ", "est ", "pour "),
    "de": ("telefon", "anrufen", "rückruf", "erreichbar", "handy", "bitte", "unter ", "kunde",
           "nummer", "mobil ", "festnetz", "der ", "und ", "ist "),
    "es": ("teléfono", "telefono", "llamar", "llame", "móvil", "movil", "cliente", "gracias",
           "por favor", "el ", "es "),
    "pt": ("telefone", "ligar", "ligue", "celular", "contato", "obrigado", "obrigada", "você",
           "cliente",
           "não", "pelo ", "para "),
    "nl": ("bellen", "telefoonnummer", "klant", "bedankt", "graag", "het ", "een ", "niet ",
           "mobiel", "terugbellen"),
    "ja": ("電話", "携帯", "番号", "お客様", "連絡"),
    "it": ("telefono", "chiamare", "cellulare", "grazie", "cliente", "richiamare", "per favore",
           "della ", "sono ", "ciao", "recapito"),
    "sv": ("tack ", "och ", "inte ", "ringa", "kunden"),
    "da": ("ikke ", "tak ", "venlig", "kunden", "ringe"),
    "nb": ("ikke ", "takk", "vennlig", "kunden", "ringe"),
    "fi": ("kiitos", "soita", "asiakas", "puhelin", "ystävällisesti"),
    "hu": ("köszönöm", "kérem", "hívjon", "ügyfél", "visszahív"),
    "ro": ("vă rog", "mulțumesc", "multumesc", "sunați", "clientul"),
    "tr": ("teşekkür", "lütfen", "müşteri", "aray\u0131n", "arayin", "numaras\u0131"),
    "pl": ("dziękuję", "proszę", "klient", "zadzwo", "prosze"),
    "cs": ("děkuji", "prosím", "zákazník", "zavolejte"),
    "id": ("terima kasih", "makasih", "tolong", "hubungi", "pelanggan", "yang ", "untuk ",
           "dengan ", "aja "),
    "tl": ("salamat", "tawagan", "mga ", "ang ", "po "),
    "sw": ("asante", "tafadhali", "habari", "mteja", "kesho", "nipigie", "piga simu"),
    "af": ("dankie", "asseblief", "kliënt", "selfoon"),
    "vi": ("cảm ơn", "khách hàng", "vui lòng", "điện thoại", "liên hệ"),
    "hi": ("kripya", "kijiye", "karo ", "mera ", "naya ", "hai ", "bhai"),
    "hr": ("korisnik", "molim", "hvala", "nazovite", "nazovete", "broj "),
    "lv": ("paldies", "lūdzu", "klients", "atzvan"),
    "et": ("aitäh", "palun", "klient", "helista"),
    "is": ("takk", "viðskiptavin", "vinsamlegast", "hringt"),
    "ga": ("go raibh maith", "custaiméir", "glaoch"),
    "cy": ("diolch", "cwsmer", "galwad", "alwad"),
}  # fmt: skip
_PLACES: Final = {
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
    "KR": ("korea", "seoul", "busan", "incheon"),
    "TR": ("turkey", "türkiye", "istanbul", "ankara", "izmir"),
    # Capitals and large cities of more countries (none an ordinary English word)
    "CZ": ("praha", "prague", "brno", "ostrava"), "SK": ("bratislava", "košice", "kosice"),
    "HU": ("budapest", "debrecen", "szeged"), "RO": ("bucurești", "bucuresti", "bucharest",
    "cluj", "timișoara", "timisoara", "iași"), "BG": ("sofia", "plovdiv", "varna"),
    "GR": ("athens", "athína", "thessaloniki"), "HR": ("zagreb",), "SI": ("ljubljana",),
    "RS": ("beograd", "belgrade", "novi sad"), "UA": ("kyiv", "kiev", "kharkiv", "lviv", "odesa"),
    "RU": ("moscow", "moskva", "москва", "санкт-петербург"), "LT": ("vilnius", "kaunas"),
    "LV": ("riga",), "EE": ("tallinn", "tartu"), "IS": ("reykjavík", "reykjavik"),
    "LU": ("luxembourg",), "CA": ("toronto", "montreal", "montréal", "vancouver", "calgary",
    "ottawa", "québec", "winnipeg"),
    "CL": ("santiago de chile", "valparaíso", "valparaiso"),
    "CO": ("bogotá", "bogota", "medellín", "medellin", "cali", "barranquilla"),
    "PE": ("lima", "arequipa"), "EC": ("quito", "guayaquil"), "VE": ("caracas",),
    "UY": ("montevideo",), "PY": ("asunción", "asuncion"), "BO": ("la paz", "santa cruz"),
    "CR": ("san josé",), "PA": ("panamá",), "GT": ("guatemala",), "DO": ("santo domingo",),
    "NG": ("nigeria", "lagos", "abuja", "ibadan", "kano"), "KE": ("kenya", "nairobi", "mombasa",
    "kisumu"), "GH": ("ghana", "accra", "kumasi"), "TZ": ("dar es salaam", "dodoma", "arusha"),
    "UG": ("kampala",), "RW": ("kigali",), "ET": ("addis ababa",), "EG": ("cairo", "القاهرة",
    "alexandria", "giza"), "MA": ("casablanca", "rabat", "marrakech"), "TN": ("tunis",),
    "DZ": ("alger", "algiers", "oran"), "SN": ("dakar",), "CI": ("abidjan",),
    "CM": ("douala", "yaoundé"), "ZM": ("lusaka",), "ZW": ("harare",),
    "AE": ("dubai", "abu dhabi", "sharjah"), "SA": ("riyadh", "jeddah", "dammam", "الرياض"),
    "QA": ("doha",), "KW": ("kuwait",), "OM": ("muscat",), "BH": ("manama",),
    "JO": ("amman",), "LB": ("beirut",), "IL": ("tel aviv", "jerusalem", "haifa"),
    "PK": ("pakistan", "karachi", "lahore", "islamabad", "rawalpindi"),
    "BD": ("bangladesh", "dhaka", "chittagong"), "LK": ("colombo",), "NP": ("kathmandu",),
    "ID": ("indonesia", "jakarta", "surabaya", "bandung", "medan", "depok", "bekasi"),
    "MY": ("malaysia", "kuala lumpur", "penang", "johor"), "TH": ("thailand", "bangkok",
    "chiang mai", "กรุงเทพ"), "VN": ("vietnam", "hanoi", "hà nội", "ho chi minh", "saigon",
    "đà nẵng"), "PH": ("philippines", "manila", "quezon city", "cebu", "davao", "makati"),
    "HK": ("hong kong", "kowloon", "香港"), "TW": ("taiwan", "taipei", "kaohsiung", "台北"),
}  # fmt: skip
_CURRENCIES: Final = {
    "£": ("GB",), "gbp": ("GB",), "€": _EURO, "eur": _EURO, "¥": ("JP", "CN"), "円": ("JP",),
    "jpy": ("JP",), "r$": ("BR",), "brl": ("BR",), "₹": ("IN",), "inr": ("IN",),
    "aud": ("AU",), "a$": ("AU",), "chf": ("CH",), "mxn": ("MX",), "zł": ("PL",),
    "pln": ("PL",), "sek": ("SE",), "nzd": ("NZ",), "sgd": ("SG",), "zar": ("ZA",),
    "₦": ("NG",), "ngn": ("NG",), "ksh": ("KE",), "kes": ("KE",), "ghs": ("GH",), "₵": ("GH",),
    "tzs": ("TZ",), "ugx": ("UG",), "₱": ("PH",), "idr": ("ID",), "₫": ("VN",), "vnd": ("VN",),
    "฿": ("TH",), "thb": ("TH",), "₺": ("TR",), "₽": ("RU",), "rub": ("RU",), "₴": ("UA",),
    "uah": ("UA",), "₩": ("KR",), "krw": ("KR",), "₪": ("IL",), "ils": ("IL",), "৳": ("BD",),
    "bdt": ("BD",), "pkr": ("PK",), "myr": ("MY",), "aed": ("AE",), "sar": ("SA",),
    "egp": ("EG",), "czk": ("CZ",), "kč": ("CZ",), "huf": ("HU",), "ron": ("RO",),
    "cop": ("CO",), "clp": ("CL",), "ars": ("AR",), "hk$": ("HK",), "hkd": ("HK",),
    "twd": ("TW",), "nt$": ("TW",), "xof": ("SN", "CI", "ML", "BF"), "xaf": ("CM",),
    "rwf": ("RW",), "mad": ("MA",),
}  # fmt: skip
_SUPPORTED: Final = frozenset(phonenumbers.SUPPORTED_REGIONS)


class Regions:
    """The regions a line points at, strongest hints first, each read once and only if asked.

    ``named``: the line names the country (a key, a code, a country or city name, a TLD,
    another ``+CC`` number). ``languages``: what only suggests a country (the language of the
    line, a currency), less the named ones; ``hinted`` is both. Most numbers that need a
    country are settled by ``named``, so the language markers, the costlier half, are often
    never read.
    """

    __slots__ = (
        "_ascii", "_keyed", "_languages", "_locale_languages", "_lowered", "_named", "_text",
        "_words",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self._text = text
        # Case-insensitive keys are matched on the lowered line: ``re.I`` alternations are slow.
        self._lowered = text.lower()
        self._ascii = self._lowered.isascii()
        if not self._ascii and "\u0307" in self._lowered:  # ``İstanbul`` lowers to ``i̇stanbul``
            self._lowered = self._lowered.replace("\u0307", "")
        self._words: set[str] | None = None
        self._locale_languages: list[str] = []
        self._named: tuple[str, ...] | None = None
        self._keyed: tuple[str, ...] | None = None
        self._languages: tuple[str, ...] | None = None

    @property
    def named(self) -> tuple[str, ...]:
        if self._named is None:
            self._named = self._read_named()
        return self._named

    @property
    def languages(self) -> tuple[str, ...]:
        if self._languages is None:
            named = self.named
            self._languages = tuple(r for r in self._read_languages() if r not in named)
        return self._languages

    @property
    def keyed(self) -> tuple[str, ...]:
        """The named regions a key gives (``country=GB``, ``"country_code":44``): the line's
        numbers may then be written without their trunk ``0`` (``"address":"7400475870"``)."""
        if self._keyed is None:
            lowered = self._lowered
            found = [m.group(1).upper() for m in _REGION_KEY_RE.finditer(lowered)]
            if "code" in lowered or "cc" in lowered:
                for m in _CALLING_CODE_KEY_RE.finditer(lowered):
                    found.extend(_regions_of_calling_code(m.group(1)))
            self._keyed = _usable(found)
        return self._keyed

    @property
    def hinted(self) -> tuple[str, ...]:
        return self.named + self.languages

    def _line_words(self) -> set[str]:
        # Names, languages and currency codes are looked up word by word: one set of the
        # line's words, not one substring test per name.
        if self._words is None:
            word_re = _ASCII_WORD_RE if self._ascii else _WORD_RE
            self._words = set(word_re.findall(self._lowered))
        return self._words

    def _read_named(self) -> tuple[str, ...]:
        text, lowered = self._text, self._lowered
        found: list[str] = list(self.keyed)
        if not self._ascii:
            found.extend(_script_regions(lowered, distinctive=True))
        for m in _LOCALE_RE.finditer(text):
            found.append(m.group(2))
            self._locale_languages.extend(_LANGUAGE_REGIONS.get(m.group(1), ()))
        found.extend(_region_codes(text))
        for m in _COUNTRY_CALLING_RE.finditer(text):
            found.extend(_regions_of_calling_code(m.group(1)))
        for m in _TLD_RE.finditer(lowered):
            tld = m.group(1)
            found.append("GB" if tld == "uk" else tld.upper())
        words = self._line_words()
        found.extend(_PLACE_WORDS[w] for w in words & _PLACE_WORDS.keys())
        for first in words & _PLACE_PHRASES.keys():
            found.extend(
                r
                for p, r in _PLACE_PHRASES[first]
                if p in lowered and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered)
            )
        if not self._ascii and SPACELESS_RE.search(lowered):
            found.extend(r for p, r in _SPACELESS_PLACES if p in lowered)
        return _usable(found)

    def _read_languages(self) -> tuple[str, ...]:
        lowered = self._lowered
        languages = list(self._locale_languages)
        if not self._ascii:
            languages.extend(_script_regions(lowered, distinctive=False))
        for m in _LANG_KEY_RE.finditer(lowered):
            languages.extend(_LANGUAGE_REGIONS.get(m.group(1), ()))
        for word in self._line_words() & _MARKER_WORDS.keys():
            languages.extend(_MARKER_WORDS[word])
        for marker, regions in _ASCII_MARKER_SUBSTRINGS if self._ascii else _MARKER_SUBSTRINGS:
            if marker in lowered:
                languages.extend(regions)
        return _usable(languages)


def _region_codes(text: str) -> Iterator[str]:
    """Regions written as ISO codes (see ``_UPPER_CODE_RE``)."""
    for m in _UPPER_CODE_RE.finditer(text):
        code, start, end = m.group(), m.start(), m.end()
        before = text[start - 1] if start else ""
        after = text[end : end + 1]
        if len(code) == 2 and (
            (before in ("[", "(") and after in ("]", ")")) or _OFFICE_AFTER_RE.match(text, end)
        ):
            yield code
        else:
            # A field: delimited on both sides, maybe quoted.
            if before == '"' and after == '"':
                before = text[start - 2] if start > 1 else ""
                after = text[end + 1 : end + 2]
            if (not before or before in _FIELD_EDGES) and (not after or after in _FIELD_EDGES):
                yield _ALPHA3.get(code, code)


# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, Chinese, Japanese,
# and Korean, whose particles join the word): their names are found as substrings.
SPACELESS_RE: Final = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def _is_word(name: str) -> bool:
    return _WORD_RE.fullmatch(name) is not None and SPACELESS_RE.search(name) is None


def _index_markers() -> tuple[
    dict[str, str],
    dict[str, list[tuple[str, str]]],
    list[tuple[str, str]],
    dict[str, tuple[str, ...]],
    list[tuple[str, tuple[str, ...]]],
]:
    """Split the tables above and the country names into single words, phrases (by their
    first word), names in scripts without spaces, and the other markers."""
    place_words: dict[str, str] = {}
    place_phrases: dict[str, list[tuple[str, str]]] = {}
    spaceless_places: list[tuple[str, str]] = []
    names = [(name, region) for region, names in _PLACES.items() for name in names]
    country_names: dict[str, str] = json.loads(
        resources.files("processing.redaction").joinpath(_COUNTRY_NAMES).read_text("utf-8")
    )
    for name, region in names + list(country_names.items()):
        if _is_word(name):
            place_words.setdefault(name, region)
        elif SPACELESS_RE.search(name):
            spaceless_places.append((name, region))
        else:
            first = _WORD_RE.search(name)
            if first is not None:
                place_phrases.setdefault(first.group(), []).append((name, region))
    marker_words: dict[str, tuple[str, ...]] = {}
    marker_substrings: list[tuple[str, tuple[str, ...]]] = []
    for symbol, regions in _CURRENCIES.items():
        if _is_word(symbol):
            marker_words[symbol] = marker_words.get(symbol, ()) + regions
        else:
            marker_substrings.append((symbol, regions))
    for language, hints in _LANGUAGE_HINTS.items():
        for hint in hints:
            # ``"le "``, ``"und "``: short words, matched whole; the others are stems found
            # inside compounds too (``telefon`` in ``Telefonnummer``, ``kunde`` in ``Kundendaten``).
            if hint.endswith(" ") and _is_word(hint.strip()):
                word = hint.strip()
                marker_words[word] = marker_words.get(word, ()) + _LANGUAGE_REGIONS[language]
            else:
                marker_substrings.append((hint, _LANGUAGE_REGIONS[language]))
    return place_words, place_phrases, spaceless_places, marker_words, marker_substrings


# Scripts and letters, by their first code point: the regions whose script names them
# (Hangul, Thai, Greek, Devanagari ...), then those it only suggests (Cyrillic, Arabic, Han,
# the letters of one Latin alphabet). Read on non-ASCII lines only.
_SCRIPTS: Final = (
    (0x0370, 0x0400, ("GR", "CY"), True), (0x0400, 0x0530, ("RU", "UA", "BY", "KZ", "BG"), False),
    (0x0530, 0x0590, ("AM",), True), (0x0590, 0x0600, ("IL",), True),
    (0x0600, 0x0700, ("SA", "AE", "EG", "MA", "JO", "IQ", "PK"), False),
    (0x0900, 0x0980, ("IN", "NP"), True), (0x0980, 0x0A00, ("BD", "IN"), True),
    (0x0A00, 0x0D80, ("IN",), True), (0x0D80, 0x0E00, ("LK",), True),
    (0x0E00, 0x0E80, ("TH",), True), (0x0E80, 0x0F00, ("LA",), True),
    (0x1000, 0x10A0, ("MM",), True), (0x10A0, 0x1100, ("GE",), True),
    (0x1100, 0x1200, ("KR",), True), (0x1200, 0x1380, ("ET",), True),
    (0x1780, 0x1800, ("KH",), True), (0x1EA0, 0x1F00, ("VN",), False),
    (0x3040, 0x3100, ("JP",), True), (0x3130, 0x3190, ("KR",), True),
    (0x4E00, 0xA000, ("CN", "TW", "HK", "JP"), False), (0xAC00, 0xD7A4, ("KR",), True),
)  # fmt: skip
_SCRIPT_STARTS: Final = [start for start, _, _, _ in _SCRIPTS]
_LETTERS: Final = {
    **dict.fromkeys("ğ\u0131ş", ("TR",)), **dict.fromkeys("łąęśźżń", ("PL",)),
    **dict.fromkeys("řůě", ("CZ",)), **dict.fromkeys("őű", ("HU",)),
    **dict.fromkeys("șțşţă", ("RO", "MD")), **dict.fromkeys("þð", ("IS",)),
    **dict.fromkeys("ơưđ", ("VN",)), **dict.fromkeys("ãõ", ("BR", "PT")),
    **dict.fromkeys("øæå", ("NO", "DK", "SE")), "ñ": ("ES", "MX", "AR", "CO", "CL", "PE"),
}  # fmt: skip


def _script_regions(lowered: str, *, distinctive: bool) -> list[str]:
    """The regions the scripts of a non-ASCII line name (``distinctive``) or suggest."""
    found: list[str] = []
    for c in sorted(set(lowered)):  # sorted: the same regions, in the same order, every run
        if c < "\u00e0":
            continue
        if c in _LETTERS:
            if not distinctive:
                found.extend(_LETTERS[c])
            continue
        k = bisect.bisect_right(_SCRIPT_STARTS, ord(c)) - 1
        if k >= 0:
            _, end, regions, named = _SCRIPTS[k]
            if ord(c) < end and named == distinctive:
                found.extend(regions)
    return found


def _usable(regions: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    # US numbers are NANP, read by format: naming the US adds nothing.
    return tuple(dict.fromkeys(r for r in regions if r in _SUPPORTED and r != "US"))


def _regions_of_calling_code(digits: str) -> tuple[str, ...]:
    # Calling codes are prefix-free, so at most one prefix of the digits is a code.
    for n in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:n]))
        if regions and len(digits) >= n:
            return tuple(regions[:3])
    return ()


# Every country's name in the languages of the locale data (tests/processing/make_country_names.py).
_COUNTRY_NAMES: Final = "country_names.json"
_PLACE_WORDS, _PLACE_PHRASES, _SPACELESS_PLACES, _MARKER_WORDS, _MARKER_SUBSTRINGS = (
    _index_markers()
)
# The markers an ASCII line can hold.
_ASCII_MARKER_SUBSTRINGS: Final = [(m, r) for m, r in _MARKER_SUBSTRINGS if m.isascii()]
