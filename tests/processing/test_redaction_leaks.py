"""Behaviour of ``redact`` on the leak classes of issue 11 and hostile input of issue 16."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processing.redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, redact

E, P = EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER


def test_it_keeps_a_strong_format_despite_a_weak_word() -> None:
    assert redact("Reach us at +1-312-555-0176 ext. 20 today").text == f"Reach us at {P} today"
    assert redact("write to us: (646) 555-0133").text == f"write to us: {P}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NZ office (09) 555 0123", f"NZ office {P}"),
        ("Mobil 0664 1234567 [AT]", f"Mobil {P} [AT]"),
        ("rappeler au 04 72 55 01 23", f"rappeler au {P}"),
        ("Telefonnummer 030 12345678", f"Telefonnummer {P}"),
        ("電話番号\uff1a03-1234-5678", f"電話番号\uff1a{P}"),
        ("ligue para (11) 91234-5678", f"ligue para {P}"),
        ("support 0412 345 678 sydney", f"support {P} sydney"),
        ("toll free 1800 123 4567", f"toll free {P}"),
    ],
)
def test_it_redacts_national_numbers_named_by_the_line(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("chiamami al 333 123 4567 domani", f"chiamami al {P} domani"),
        ("zadzwoń 512 345 678", f"zadzwoń {P}"),
        ("retour client: joignable au 06.12.34.56.78", f"retour client: joignable au {P}"),
        ("contact India office 98765 43210", f"contact India office {P}"),
    ],
)
def test_it_redacts_national_numbers_after_any_form_of_a_phone_word(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected


def test_a_compound_word_names_the_language_of_the_line() -> None:
    text = "Telefonnummer geändert: alt 030 1234567"
    assert redact(text).text == f"Telefonnummer geändert: alt {P}"


def test_it_redacts_a_german_number_written_with_a_slash() -> None:
    assert redact("Bitte um Rückruf: 0171/1234567").text == f"Bitte um Rückruf: {P}"
    assert redact("expires 05/2024, ticket 0815/123456").text == (
        "expires 05/2024, ticket 0815/123456"
    )


def test_an_international_number_makes_to_and_from_phone_keys() -> None:
    text = '{"type":"message.received","from":"+447911123456","to":"447911123457"}'
    assert redact(text).text == f'{{"type":"message.received","from":"{P}","to":"{P}"}}'


def test_it_infers_the_country_from_an_email_tld() -> None:
    result = redact("client marie@exemple.fr, bureau 01 23 45 67 89")
    assert result.text == f"client {E}, bureau {P}"


def test_it_redacts_sip_user_part_as_phone() -> None:
    result = redact("INVITE sip:+13125550190@voip.example.net SIP/2.0")
    assert result.text == f"INVITE sip:{P}@voip.example.net SIP/2.0"
    assert result.counts == {"email": 0, "phone": 1}


@pytest.mark.parametrize("scheme", ["SIPS:", "sIp:", "Tel:", "SIP:"])
def test_it_redacts_a_sip_or_tel_user_part_in_any_case(scheme: str) -> None:
    assert redact(f"<{scheme}+13125550190@voip.example.net>").text == (
        f"<{scheme}{P}@voip.example.net>"
    )


def test_it_redacts_freeswitch_gateway_user_as_phone() -> None:
    assert redact("originate sofia/gateway/3125550191@10.1.2.3").text == (
        f"originate sofia/gateway/{P}@10.1.2.3"
    )


def test_it_redacts_a_dial_string_number_and_keeps_its_parenthesis() -> None:
    assert redact("Dial(SIP/trunk/0013125550190)").text == f"Dial(SIP/trunk/{P})"


def test_it_keeps_a_short_sip_extension() -> None:
    assert redact("REGISTER sip:1001@pbx.example.com").text == "REGISTER sip:1001@pbx.example.com"


def test_it_redacts_asterisk_caller_id() -> None:
    assert redact('CID "ACME SUPPORT" <6465550148>').text == f'CID "ACME SUPPORT" <{P}>'


@pytest.mark.parametrize("ext", [" ext. 462", " x 3", "#12", " ext 20"])
def test_it_keeps_the_extension_with_the_phone(ext: str) -> None:
    assert redact(f"call 800-555-0199{ext} now").text == f"call {P} now"


def test_it_redacts_twilio_form_fields() -> None:
    text = "POST /voice Called=4155550123&Caller=%2B14155550100&CallSid=CA1"
    assert redact(text).text == f"POST /voice Called={P}&Caller={P}&CallSid=CA1"


def test_it_redacts_to_and_from_on_messaging_lines() -> None:
    text = '{"provider":"vonage","to":"447911123456","from":"14155550100"}'
    assert redact(text).text == f'{{"provider":"vonage","to":"{P}","from":"{P}"}}'


def test_it_keeps_to_and_from_numbers_elsewhere() -> None:
    assert redact("copy from 4155550123 to 4155550124").text == "copy from 4155550123 to 4155550124"


def test_it_redacts_national_msisdn() -> None:
    assert redact('{"msisdn":"07700900123"}').text == f'{{"msisdn":"{P}"}}'


def test_it_redacts_plus_number_in_url_path() -> None:
    assert redact("PUT /customers/42/phones/+4915112345678 200").text == (
        f"PUT /customers/42/phones/{P} 200"
    )


def test_it_redacts_formatted_international_under_any_key() -> None:
    assert redact('{"id":"+49 30 1234 5678"}').text == f'{{"id":"{P}"}}'


def test_it_redacts_phone_in_url_encoded_sentence() -> None:
    assert redact("GET /c?m=call+me+at+800-555-0199+now").text == f"GET /c?m=call+me+at+{P}+now"


def test_it_keeps_a_url_encoded_sentence_out_of_the_email() -> None:
    text = "GET /f?msg=please+write+to+bob.jones%40example.org now"
    assert redact(text).text == f"GET /f?msg=please+write+to+{E} now"


def test_it_keeps_access_log_columns() -> None:
    text = '1.2.3.4 - - "GET / HTTP/1.1" 302 512 4096'
    assert redact(text).text == text


def test_identifier_keys_still_veto_nanp() -> None:
    assert redact("order 303-462-2406").text == "order 303-462-2406"


@pytest.mark.parametrize(
    "phone",
    [
        "020 7946 0958", "(646) 555-0133", "1800 123 4567", "06 12 34 56 78", "612 34 56 78",
        "312-555-0176", "1 312-555-0176", "(11) 91234-5678", "090-1234-5678",
    ],
)  # fmt: skip
def test_it_finds_a_phone_inside_a_run_of_digit_groups(phone: str) -> None:
    assert redact(f"12 3456 7890 {phone} 4444 77").text == f"12 3456 7890 {P} 4444 77"


@pytest.mark.parametrize(
    "text", ["-+49 30 1234 5678 04 72 55 01 23", "312 555 0176 04 72 55 01 23"]
)
def test_a_number_beside_a_redacted_one_is_read_the_same_twice(text: str) -> None:
    once = redact(text).text
    assert once.endswith(P) and redact(once).text == once


HOSTILE = [
    "1 " * 4096,
    "@" * 8192,
    "a." * 4096,
    "(1) " * 2048,
    "800-555-0199 " * 500,
    ("a@" + "b." * 50) * 80,
    ("sip:" + "1" * 20) * 300,
    "^PRN^PH^^1^617^5550134" * 300,
    "^PH^" * 2000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=lambda t: repr(t[:8]))
def test_hostile_lines_are_redacted_idempotently(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


PIECES = st.sampled_from(
    [
        " ", "-", ".", "(", ")", "+", "@", "%40", "%2B", "sip:", "sofia/gateway/", "<", ">",
        '"', "ext. ", "x", "#", "tel:", "to=", "from=", "msisdn=", "order ", "us ", "bob",
        "Dial(SIP/trunk/", "PJSIP/", "sips:",
        "example.fr", "1", "0", "800", "555", "0199", "04 72 55 01 23", "+49 30 1234 5678",
        "(646) 555-0133", "HTTP/1.1\" ", "twilio", "電話", "\t",
    ]
)  # fmt: skip
NON_PII = st.text(
    alphabet=st.characters(blacklist_categories=("Nd", "Cs"), blacklist_characters="@%+"),
    min_size=1,
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_redaction_of_telephony_text_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


@settings(max_examples=200, deadline=None)
@given(st.lists(NON_PII, max_size=10), st.lists(PIECES, max_size=10))
def test_it_leaves_non_pii_characters_untouched(words: list[str], pieces: list[str]) -> None:
    """Every character of the input survives unless it lies inside a replaced span."""
    text = "".join(w + p for w, p in zip(words, pieces, strict=False))
    out = redact(text).text
    stripped = out.replace(E, "\0").replace(P, "\0")
    # What remains between placeholders appears in the input in order: nothing was rewritten.
    pos = 0
    for kept in stripped.split("\0"):
        found = text.find(kept, pos)
        assert found >= 0
        pos = found + len(kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Form and query values whose separators are encoded too: ``+`` or ``%20`` is a blank.
        ("GET /verify?phone=%2B44+20+7946+0958&lang=en-GB", f"GET /verify?phone={P}&lang=en-GB"),
        ("Body=call+me+at+%28312%29+555-0176+after+6pm", f"Body=call+me+at+{P}+after+6pm"),
        ("GET /lookup?number=%2B1%20646%20555%200133&x=1", f"GET /lookup?number={P}&x=1"),
        # ``%2B`` right after an escape: Twilio's WhatsApp addresses.
        ("To=whatsapp%3A%2B14155238886&Body=Oi", f"To=whatsapp%3A{P}&Body=Oi"),
    ],
)
def test_it_redacts_a_url_encoded_number_with_encoded_separators(text: str, expected: str) -> None:
    assert redact(text).text == expected


def test_it_reads_whatsapp_ids_as_phones() -> None:
    # Twilio's ``WaId`` is the sender's number without ``+``; ``WhatsApp`` is one word.
    assert redact("WaId=5511987654321&Body=Oi").text == f"WaId={P}&Body=Oi"
    assert redact("customer WhatsApp number is 98765 43210.").text == (
        f"customer WhatsApp number is {P}."
    )


def test_it_redacts_hl7_numbers_written_before_their_codes() -> None:
    text = "PID|1||123^^^H^MR||DOE^JANE|||||(617)555-0134^PRN^PH~030 1234567^ORN^CP|"
    assert redact(text).text == f"PID|1||123^^^H^MR||DOE^JANE|||||{P}^PRN^PH~{P}^ORN^CP|"


def test_it_reads_polish_inflections_of_contact_and_number() -> None:
    text = "Notatka: prosi o kontakt pod numerem 601 234 567 jutro"
    assert redact(text).text == f"Notatka: prosi o kontakt pod numerem {P} jutro"


def test_it_redacts_a_bare_dialled_number_on_a_telephony_line() -> None:
    # FreeSWITCH's ``caller <ani>->destination``: no key, but a call line and a valid number.
    text = "mod_dialplan_xml.c:637 Processing Anna <+13125550100>->3125550191 in context public"
    assert redact(text).text == (
        f"mod_dialplan_xml.c:637 Processing Anna <{P}>->{P} in context public"
    )


def test_it_keeps_an_epoch_on_a_telephony_line() -> None:
    text = "twilio CallSid=CA1 Duration=1712345678 epoch 1712345678 at 1712345678"
    assert redact(text).text == text


def test_an_asterisk_channel_id_is_not_part_of_its_endpoint() -> None:
    assert redact('Set("PJSIP/1012-00009590", "x")').text == 'Set("PJSIP/1012-00009590", "x")'
    assert redact('Dial("SIP/3125550191-00000a1b", 60)').text == f'Dial("SIP/{P}-00000a1b", 60)'


def test_it_redacts_an_international_number_as_a_url_path_segment() -> None:
    assert redact("PUT /numbers/%2B33630345493/forwarding 204").text == (
        f"PUT /numbers/{P}/forwarding 204"
    )


def test_a_number_written_whole_does_not_take_the_next_column() -> None:
    assert redact("GET /users/338/phones/+49890011087 204 231ms").text == (
        f"GET /users/338/phones/{P} 204 231ms"
    )


def test_it_redacts_a_number_as_a_url_path_segment_after_a_phone_key() -> None:
    assert redact("GET /lookup/phone/0605143815?country=FR 404").text == (
        f"GET /lookup/phone/{P}?country=FR 404"
    )
    # Not a whole segment, or no phone key: kept.
    for text in ["GET /reports/2026123456.csv 200", "GET /v1/users/12345678/orders 200"]:
        assert redact(text).text == text


def test_it_redacts_an_asterisk_extension_before_its_context() -> None:
    text = 'Executing [011442079460958@from-trunk:1] Dial("PJSIP/trunk-0000a1b2")'
    assert redact(text).text == f'Executing [{P}@from-trunk:1] Dial("PJSIP/trunk-0000a1b2")'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Typographic separators: no-break space, narrow no-break space, no-break hyphen.
        ("rappel au 06\u00a012\u00a034\u00a056\u00a078 demandé", f"rappel au {P} demandé"),
        ("hotline +39\u202f06\u202f1234\u202f5678 orario", f"hotline {P} orario"),
        ("phone: +44\u20117911\u2011123456 [nb]", f"phone: {P} [nb]"),
        # National writings distinctive of Korea, China, Israel and the Gulf, without a key.
        ("고객이 010-2345-6789 번호로 연락 요청", f"고객이 {P} 번호로 연락 요청"),
        ("客户来电 139 1234 5678\uff0c要求退款", f"客户来电 {P}\uff0c要求退款"),
        (
            "הלקוח ביקש שיחזרו אליו למספר 052-123-4567 לגבי ההזמנה",
            f"הלקוח ביקש שיחזרו אליו למספר {P} לגבי ההזמנה",
        ),
        # SMPP addresses: international numbers without ``+`` on a messaging line.
        (
            "submit_sm seq=12 source_addr=447911123456 destination_addr=905321234567 esm=0",
            f"submit_sm seq=12 source_addr={P} destination_addr={P} esm=0",
        ),
        # A WhatsApp JID's user part is a phone, as a SIP user part.
        (
            "WhatsApp: added jid 919876543210@s.whatsapp.net",
            f"WhatsApp: added jid {P}@s.whatsapp.net",
        ),
        # A national number after ``from`` on a message line, no country named.
        (
            "SmsReceiver: received PDU from 07911123456 len=106",
            f"SmsReceiver: received PDU from {P} len=106",
        ),
    ],
)
def test_it_redacts_numbers_of_unfamiliar_writings(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "systemd[1]: Started getty@tty1.service and user@1000.service",
        # An international number on a line does not make its other numbers dialled ones.
        "fulfillment 9087951887 rejected recipient phone for order 75104, retry +15",
    ],
)
def test_it_keeps_numbers_and_names_that_only_look_like_pii(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please call me on 087 123 4567 or email", f"Please call me on {P} or email"),
        ("Zákazník volal z čísla 601 234 567, prosí", f"Zákazník volal z čísla {P}, prosí"),
        (
            "Клиент просит перезвонить по номеру 8 (912) 345-67-89 после",
            f"Клиент просит перезвонить по номеру {P} после",
        ),
        (
            'Acct-Status-Type = Start, Calling-Station-Id = "447911123456"',
            f'Acct-Status-Type = Start, Calling-Station-Id = "{P}"',
        ),
    ],
)
def test_it_reads_phone_words_of_more_languages_and_protocols(text: str, expected: str) -> None:
    assert redact(text).text == expected


def _written(number: str, zero: int) -> str:
    """``number`` in the digits that start at code point ``zero`` (and full-width hyphens)."""
    hyphen = "\uff0d" if zero == 0xFF10 else "-"
    return "".join(chr(zero + int(c)) if c.isdigit() else hyphen if c == "-" else c for c in number)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Full-width, Arabic-Indic and Devanagari digits; digits next to Japanese or Thai.
        (f"お電話は{_written('080-1234-5678', 0xFF10)}まで", f"お電話は{P}まで"),
        (f"اتصل بي على {_written('01012345678', 0x0660)} بعد الظهر", f"اتصل بي على {P} بعد الظهر"),
        (f"फ़ोन {_written('98765 43210', 0x0966)}", f"फ़ोन {P}"),
        ("電話090-1234-5678まで", f"電話{P}まで"),
        ("โทร 081 234 5678 ได้เลย", f"โทร {P} ได้เลย"),
    ],
)
def test_it_reads_digits_of_other_scripts_and_widths(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``00`` and a whole international number, bare in a CDR column.
        ('"7001","0033612345678","public"', f'"7001","{P}","public"'),
        # ``011`` and a 13-digit number: 16 digits in a channel.
        ("Dial(PJSIP/0112348031234567@trunk,60)", f"Dial(PJSIP/{P}@trunk,60)"),
        # A SIP user part's extension is the phone's, not an address's local part.
        (
            "INVITE sip:+1-312-555-0176;ext=12@gw.example.net SIP/2.0",
            f"INVITE sip:{P}@gw.example.net SIP/2.0",
        ),
        # E-mail-to-SMS gateways: the local part is the phone, the carrier's host stays.
        ("sms2email forward to 3125550176@vtext.com", f"sms2email forward to {P}@vtext.com"),
        # A national number under a calling-code key, written without its trunk.
        (
            '{"country_code":44,"address":"7911123456","type":"sms"}',
            f'{{"country_code":44,"address":"{P}","type":"sms"}}',
        ),
        # A CDR's two ends in two countries.
        (
            "CDR;2024-04-05;003212345678;0123456789;ANSWER",
            f"CDR;2024-04-05;{P};{P};ANSWER",
        ),
        # EDIFACT: ``'`` ends a segment, it does not join an address.
        (
            "CTA+IC+:Ann Smith'COM+ann.smith@example.org:EM'",
            f"CTA+IC+:Ann Smith'COM+{E}:EM'",
        ),
        # A form's ``+`` blank before an encoded ``+``.
        (
            "text=Liga-me+para+%2B351+912+345+678+por+favor",
            f"text=Liga-me+para+{P}+por+favor",
        ),
    ],
)
def test_it_redacts_telephony_and_exchange_formats(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Names, an index and role words between a phone word and its number.
        ("SMS to Anna Berg (070 123 45 67) sent", f"SMS to Anna Berg ({P}) sent"),
        ("dialing contact 2 (0612345678), attempt 1/3", f"dialing contact 2 ({P}), attempt 1/3"),
        ("Calling customer at 010 1234 5678", f"Calling customer at {P}"),
        # A number noun names the number; a JSON object's key is its own.
        ("my new number is 4155550123", f"my new number is {P}"),
        (
            'verify request {"number":"447911123456","brand":"Shop"}',
            f'verify request {{"number":"{P}","brand":"Shop"}}',
        ),
        # Copulas, and ``011`` as Buenos Aires' trunk and area code.
        ("mi celular es 612345678", f"mi celular es {P}"),
        ("lo llamen al 011 15-2345-6789", f"lo llamen al {P}"),
    ],
)
def test_it_finds_the_phone_word_past_names_and_small_words(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country is the line's script, language or name in another language.
        ("ติดต่อ 02 123 4567", f"ติดต่อ {P}"),
        ("मुझे 98765 43210 पर कॉल करें", f"मुझे {P} पर कॉल करें"),
        ("nipigie kwa 0712 345678 kesho", f"nipigie kwa {P} kesho"),
        ("beni 0532 123 45 67'den aray\u0131n", f"beni {P}'den aray\u0131n"),
        ("SĐT: 0912 345 678", f"SĐT: {P}"),
        ("Büro in Schweden: 08-123 456 78", f"Büro in Schweden: {P}"),
        ("Ofis 0212 123 45 67 İstanbul", f"Ofis {P} İstanbul"),
        # Danish and Norwegian eight digits, for a country the line names.
        ("Kontor: 34 81 25 82, kontor@firma.dk", f"Kontor: {P}, {E}"),
    ],
)
def test_it_reads_the_country_of_a_national_number_from_the_line(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Oficina en Narnia: 08-123 456 78",  # no country the number fits
        "Kontor: 34 81 25 82, www.firma.com",  # eight digits, no country
        "projectNumber=527497573880 serviceAccount",
        "order number 4155550123 shipped",
        "customer_number=4155550123",
        "LastCall: 1796336897 CallsTaken: 12",
        "five9 CALL_ID=746105870 CAMPAIGN=x",
        "hours = 0800-1600",
        "open 0900-1730 weekdays",
        "CEP 01310-200, São Paulo",
        "telegram bot 7469801319: user 676684665 joined",
        "vonage dlr scts=2612041015 status=delivered",
        "03-14 10:12:45.002  4412  4412 I Lookup: region=HK",  # a process and thread id
        "2024-03-06 03:43:06.252269+0100 MobilePhone: dial request",  # a time's seconds
    ],
)
def test_it_keeps_ids_times_and_codes_near_phone_words(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A VERP return path is one address, its encoded recipient included.
        (
            "return path <list-bounces+4417-ana.lima=example.pt@lists.example.com> deferred",
            f"return path <{E}> deferred",
        ),
        # A fax gateway's numeric mailbox is a fax number; the gateway stays.
        ("efax-gw: sent to <442079460958@efaxsend.com>", f"efax-gw: sent to <{P}@efaxsend.com>"),
        # A JSON field or query parameter named ``number``, on a carrier lookup.
        (
            'hlr {"valid":true,"number":"212612345678","country_code":"MA"}',
            f'hlr {{"valid":true,"number":"{P}","country_code":"MA"}}',
        ),
        ("GET /cnam/v1/lookup?number=13125550176 200", f"GET /cnam/v1/lookup?number={P} 200"),
        ("epa pana llámame al 0412-7595204", f"epa pana llámame al {P}"),
        ("pode contactar-me pelo 923 177 014", f"pode contactar-me pelo {P}"),
        ("मेरो फोन नम्बर 984-1234567 हो", f"मेरो फोन नम्बर {P} हो"),
    ],
)
def test_it_redacts_gateways_lookups_and_more_phone_words(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "RECV FAX (000031606): from <UNSPECIFIED>, page 9",  # a zero-padded job id
        "PSAP ANI FAIL (ANI=000-000-0000) callback unavailable",
        "AML: lt=-33.449461 lg=+18.494870 rd=58",  # a signed decimal
        "NHS no 943 344 6770, DOB 25/09/1998",
        "DeviceType=iPhone&Cmd=Sync 443 - 185.12.178.7 200",
    ],
)
def test_it_keeps_padded_ids_decimals_and_health_numbers(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "msgid=<89218180690960.4ICO9tE6XMfDKk@mail.example.be>, proto=ESMTP",
        '"smtp-id":"<29d7135aac068233e39f34.10791@ismtpd0001p1lon1.sendgrid.net>"',
        "Message-ID: <CAFIlKuJUTUUTbuRADpvHiTo6DWI3Jv@mail.gmail.com>",
        "Geolocation: <cid:9db1ba437dd9@lis.example.ca>",
    ],
)
def test_message_and_content_ids_are_no_addresses(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A key with its own digits (SAP ``TELF1``), Spanish abbreviations.
        ("LAND1=QA TELF1=4412 3456 SPRAS=E", f"LAND1=QA TELF1={P} SPRAS=E"),
        ("tfno: 612 345 678", f"tfno: {P}"),
        # ``011`` and a whole number, bare in a fixed-width CDR.
        ("0656 0:29:00 T896 011441285128009 4248", f"0656 0:29:00 T896 {P} 4248"),
        # A CSV field after a number is no extension; ``, ext 12`` is.
        ("TerminatedBySrc,0857369335,Ext.193,call", f"TerminatedBySrc,{P},Ext.193,call"),
        ("call (646) 555-0133, ext 12 today", f"call {P} today"),
        # Writings of Cardiff and of Irish mobiles; Baltic and Celtic phone words.
        ("yn ôl ar 029 2381 2337 ar ôl 5yh", f"yn ôl ar {P} ar ôl 5yh"),
        ("glaoch ar ais ar 085 057 3275", f"glaoch ar ais ar {P}"),
        ("lūdz atzvanīt uz numuru 21 517 882", f"lūdz atzvanīt uz numuru {P}"),
        ("palub tagasi helistada numbril 5124 5183", f"palub tagasi helistada numbril {P}"),
    ],
)
def test_it_reads_keys_with_digits_fixed_width_cdrs_and_more_languages(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "LOYALTY ENROL card=6274 0498 6681 4462 tier=SILVER",  # a card number holds no phone
        "Lottery draw 8447: 05 12 23 34 45 + 03 09",
        "Lotto 6/49: 04 09 16 19 31 40",
    ],
)
def test_it_keeps_card_numbers_and_draws(text: str) -> None:
    assert redact(text).text == text


def test_a_french_number_in_rising_pairs_is_still_a_phone_without_a_draw() -> None:
    assert redact("rappel 06 12 34 56 78 svp").text == f"rappel {P} svp"
    assert redact("bureau: 01 23 45 67 89").text == f"bureau: {P}"


def test_an_escaped_newline_before_an_address_stays() -> None:
    text = "> Ana Lima\\nHead of Sales\\nsales@example.fr"
    assert redact(text).text == f"> Ana Lima\\nHead of Sales\\n{E}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an escaped newline or tab ends the word before a key
        ('config: [contact]\\nphone = "0298765432"', f'config: [contact]\\nphone = "{P}"'),
        # a message verb, then who gets it
        ("pls txt me 3125550147 tonight", f"pls txt me {P} tonight"),
        ("Message us 6175550182 for a quote", f"Message us {P} for a quote"),
        # a slash after the trunk ``0`` and area code, the subscriber number in groups
        ("Tel.: 02/512 34 56 (Brussel)", f"Tel.: {P} (Brussel)"),
        ("telefon 01/4567-890 Zagreb", f"telefon {P} Zagreb"),
        ("Fon 089/12345678", f"Fon {P}"),
        # a URL-encoded slash
        ("POST /rueckruf tel=089%2F12345678&zeit=abends", f"POST /rueckruf tel={P}&zeit=abends"),
        # Brazilian mobiles without the parentheses of the area code
        ("zap da Maria: 21 98765-4321", f"zap da Maria: {P}"),
        # eight digits in two fours, in a country that writes them so
        ('{"region":"SG","input":"6123 4567"}', f'{{"region":"SG","input":"{P}"}}'),
        # "dial" in Cantonese right before the number
        ("有問題可以打 2345 6789 問我", f"有問題可以打 {P} 問我"),
        # desk phones' provisioning and call forwarding
        (
            "account.2.user_name = 16045550173  # Polycom VVX",
            f"account.2.user_name = {P}  # Polycom VVX",
        ),
        ("forward.busy.target = 4155550136", f"forward.busy.target = {P}"),
        # a tel URI in an attribute escaped in a JSON string
        (
            '"body":"<a href=\\"tel:+14155550123;ext=12\\">call</a>"',
            f'"body":"<a href=\\"tel:{P}\\">call</a>"',
        ),
    ],
)
def test_it_reads_escapes_slashes_verbs_and_provisioning_files(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "total 2023 1580 rows",  # a year first
        "build 2019 4421 ok region=SG",
        "pid  4412  4410 region=HK",  # blanks of a column, not of a number
        "expires 05/2027 card",
        "date 03/12 14:00 ok",
        "text=hello 1700000000",
        "event text: 1705314225 queued",
    ],
)
def test_it_keeps_years_columns_and_dates_near_the_new_evidence(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RADIUS: both ends of the session
        ('Called-Station-Id = "0048512341040"', f'Called-Station-Id = "{P}"'),
        # WhatsApp's recipient on a status webhook
        (
            '{"id":"wamid.HBgLMTIzNDU2","status":"read","recipient_id":"905012778042"}',
            f'{{"id":"wamid.HBgLMTIzNDU2","status":"read","recipient_id":"{P}"}}',
        ),
        # ``011`` glued to the calling code it dials
        ("otherTelephone: {0111 201-522-0174}", f"otherTelephone: {{{P}}}"),
        ("dialled 01144 20 7946 0958 from Denver", f"dialled {P} from Denver"),
        # a number right after an escaped tab or newline in a JSON string
        ('{"msg":"Ruf an:\\t0171 2345678"}', f'{{"msg":"Ruf an:\\t{P}"}}'),
        ('{"note":"Kontakt\\n+49 171 2345678"}', f'{{"note":"Kontakt\\n{P}"}}'),
        # the trunk inside the parentheses, apart from the area code
        ("Telefon: (06 1) 426 2774", f"Telefon: {P}"),
        ("Tel.: (0 30) 1234567", f"Tel.: {P}"),
        # a parenthesised trunk and area code with no word at all
        (
            '11110130897,"Charlotte","Smith","","(02)-1234-5542",""',
            f'11110130897,"Charlotte","Smith","","{P}",""',
        ),
    ],
)
def test_it_reads_station_ids_glued_prefixes_escapes_and_parenthesised_trunks(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # a SIP URI whose host is an address, and no user part
        "Remote-Party-ID: <sip:192.0.2.168>;party=called;screen=no",
        # a MAC address after a station key
        'Called-Station-Id = "21-37-57-01-C7-90:CorpWiFi"',
        # identities of a handset and a SIM, a network node's address, a SIP dialog
        '3GPP-IMEISV = "0115511964179797"',
        "[USSD] BEGIN session=0x389d0b dialog=2053567933 vlr=2077974645 tcap=BEGIN",
        # dotted groups among numeric columns
        "1744913328\t865628746\t1694\t79.166\t221.964.6674\t145.169.224.53",
    ],
)
def test_it_keeps_hosts_mac_addresses_device_ids_and_dotted_quantities(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mobile-money payer, named by the type field before it
        (
            '"payer":{"partyIdType":"MSISDN","partyId":"237692608328"}',
            f'"payer":{{"partyIdType":"MSISDN","partyId":"{P}"}}',
        ),
        # Indonesian mobiles, written as Indonesians write them
        ("Paket diantar oleh kurir Budi (0813-0938-6804)", f"Paket diantar oleh kurir Budi ({P})"),
        # a number word after a phone word
        ("user.phone_verified number=919876543210", f"user.phone_verified number={P}"),
        # a missed call
        ("Llamada perdida de 612 345 678", f"Llamada perdida de {P}"),
        # one-time passwords go out by SMS: ``to`` keys the phone
        ("Sending OTP to 09171234567 via semaphore", f"Sending OTP to {P} via semaphore"),
        # a message line that names the country's language
        ("notify.sms queued to=602853456 lang=cs", f"notify.sms queued to={P} lang=cs"),
        # Polish ``tel. kom.``: a mobile
        ("Tel. kom. 512 345 678", f"Tel. kom. {P}"),
        # the country code in parentheses
        ("office (+44) 20 7946 0958 ends", f"office {P} ends"),
        ("(+1) 415-555-0132", P),
        # an abbreviation's dot right before the number
        ("TEL.03-1234-5678", f"TEL.{P}"),
        ("Tel.0171/1234567 (Büro)", f"Tel.{P} (Büro)"),
        # full-width parentheses around a Japanese exchange; Persian "telephone"
        ("電話\uff1a03\uff081234\uff095678", f"電話\uff1a{P}"),
        ("تلفن: ۰۹۱۲۱۲۳۴۵۶۷", f"تلفن: {P}"),
        # a city names the country of a national number with no phone word
        ("89193\tSiti\t602 340 156\tBrno\t602 00", f"89193\tSiti\t{P}\tBrno\t602 00"),
        ("rider Kofi 024 412 3456 is on the way, Accra", f"rider Kofi {P} is on the way, Accra"),
        # a message's fields, a recipient and a text, with no other telephony word
        ("From=0612345678&To=0698765432&Body=Salut", f"From={P}&To={P}&Body=Salut"),
        (
            "api_key=x&to=447911123456&from=ACME&text=Your+code+is+1234",
            f"api_key=x&to={P}&from=ACME&text=Your+code+is+1234",
        ),
    ],
)
def test_it_reads_payers_indonesian_mobiles_missed_calls_and_otp_lines(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "DLR[8] [SMSC:vodacom_za] [SVC:otpsvc] [FID:2525027247] [from:FNB]",
        "Cliente pide devolución. Folio 2839450301.",
        "otp sent at 1705314225 to user 12345",
        "sms from 1700000000 to 1700003600 lang=de",
        "v.1234567 build",
        '{"to":"ops","subject":"x","text":"from 1700000000 to 1700003600"}',
        "M-Pesa Ksh2,350.00 paid to 247247 acc 0712-2026-04. Balance Ksh 10,412.75",
        "node.12345678.svc.cluster.local",
    ],
)
def test_it_keeps_message_ids_folios_and_epochs_on_message_lines(text: str) -> None:
    assert redact(text).text == text
