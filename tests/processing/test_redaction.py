"""Unit tests for processing.redaction (no Django needed)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from processing.redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, Redaction, phones, redact

E, P = EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER


def assert_redacts(before: str, value: str, after: str, placeholder: str) -> None:
    result = redact(before + value + after)
    assert result.text == before + placeholder + after


# --------------------------------------------------------------------------- contract


def test_it_returns_a_frozen_redaction_with_both_counts() -> None:
    result = redact("nothing here")
    assert isinstance(result, Redaction)
    assert result.text == "nothing here"
    assert result.counts == {"email": 0, "phone": 0}
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.text = "x"  # type: ignore[misc]


def test_it_counts_each_redaction() -> None:
    result = redact("a@example.com, b@example.org; call 800-555-0199 or +44 20 7946 0958")
    assert result.text == f"{E}, {E}; call {P} or {P}"
    assert result.counts == {"email": 2, "phone": 2}


def test_it_preserves_every_other_character_exactly() -> None:
    text = "\t  héllo\u00a0wörld 用户 \x00 a@example.com\t\t800-555-0199  \r"
    assert redact(text).text == f"\t  héllo\u00a0wörld 用户 \x00 {E}\t\t{P}  \r"


def test_it_keeps_empty_text() -> None:
    assert redact("") == Redaction("", {"email": 0, "phone": 0})


# --------------------------------------------------------------------------- e-mail

EMAILS = [
    ("", "bob@example.com", ""),
    ("", "alice.smith+news@example.com", ""),
    ("", "first-last@mail.sub.example.co.uk", ""),
    ("", "Alice.Smith@Example.COM", ""),
    ("", "info@xn--mller-kva.xn--p1ai", ""),
    ("", "用户@例子.广告", ""),
    ("", "josé@café.fr", ""),
    ("", "first.o'neil@example.ie", ""),
    ('{"email":"', "bob@example.com", '","id":1}'),
    ("GET /unsubscribe?email=", "bob@example.com", "&t=1"),
    ("GET /unsubscribe?email=", "alice%40example.com", "&t=1"),
    ("GET /u?e=", "alice%2Btag%40example.com", " 200"),
    ("GET /u?q%3D", "alice%40example.com", " 200"),
    # URL-encoded twice (a redirect inside a query string), and HTML character references
    ("GET /login?next=%2Fu%3Fe%3D", "alice%2540example.com", " 302"),
    ("<p>", "alice&#64;example.com", "</p>"),
    ("<p>", "alice&#x40;example.com", "</p>"),
    ("<p>", "alice&commat;example.com", "</p>"),
    ('<a href="mailto:', "bob@example.com", '">'),
    ("From: Bob <", "bob@example.com", ">"),
    ("'", "bob@example.com", "'"),
    ("(", "bob@example.com", ")."),
    ("see ", "bob@example.com", ". Next"),
    ("to ", "bob@example.com", ", cc"),
    ("to ", "bob@example.com", ";"),
    ("email=", "bob@x.com", ""),
    ("user:", "bob@x.com", ""),
    ("reply from ", "5551234567@corp.com", " ok"),
    ("GET /users/", "bob@example.com", "/settings"),
    ("...", "bob@example.com", ""),
]


@pytest.mark.parametrize(("before", "email", "after"), EMAILS)
def test_it_redacts_email(before: str, email: str, after: str) -> None:
    assert_redacts(before, email, after, E)


NOT_EMAILS = [
    "pkg@1.2.3",
    "added lodash@4.17.21",
    "npm i @scope/pkg@2.0.0",
    "react@18.2.0-rc.1",
    "GET /img/logo@2x.png",
    "icon@1.5x.svg hero@3x.webp app@1.0.min.js",
    "java.lang.Object@1b6d3586",
    "MyClass@7f31245a",
    "postgres://app@db-host:5432/app",
    "https://user:secret@db.example.com/x",
    "ssh://git@github.com/org/repo.git",
    "git@github.com:org/repo.git",
    "deploy@host",
    "root@localhost",
    "bob@example.c",
    "bob@example.123",
    "@example.com",
    "100% sure",
]


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_it_keeps_email_lookalikes(text: str) -> None:
    assert redact(text).text == text


def test_the_key_is_not_part_of_the_address() -> None:
    assert redact("email=bob@x.com user:carol@x.com to=<dave@x.com>").text == (
        f"email={E} user:{E} to=<{E}>"
    )


# --------------------------------------------------------------------------- phone

PHONES = [
    ("call ", "800-555-0199", " now"),
    ("call ", "(800) 555-0199", " now"),
    ("call ", "(800)555-0199", " now"),
    ("call ", "800.555.0199", " now"),
    ("call ", "800 555 0199", " now"),
    ("call ", "1-800-555-0199", " now"),
    ("call ", "+1 800 555 0199", " now"),
    ("call ", "+18005550199", " now"),
    ("call ", "1 (800) 555-0199", " now"),
    ("call ", "+1 (415) 555-2671", ", fax"),
    ("call ", "+1.800.555.0199", ""),
    ("dummy ", "555-123-4567", ""),
    ("dummy ", "(555) 123-4567", ""),
    ("", "+44 20 7946 0958", ""),
    ("", "+49 30 901820", ""),
    ("", "+91 98765 43210", ""),
    ("", "+33 1 23 45 67 89", ""),
    ("", "+55 11 91234 5678", ""),
    ("", "+81 3-1234-5678", ""),
    ("", "+61 2 9876 5432", ""),
    ("", "+44 (0)20 7946 0958", ""),
    ("", "+353 1 234 5678", ""),
    ("", "+86 138 0013 8000", ""),
    ("whatsapp ", "+447700900123", " ok"),
    ("dial ", "0044 20 7946 0958", ""),
    ("dial ", "011 44 20 7946 0958", ""),
    ("UK office tel: ", "020 7946 0958", ""),
    ("country=GB ", "020 7946 0958", " reception"),
    ('{"country":"DE","phone":"', "030 901820", '"}'),
    ("phone=", "8005550199", ""),
    ("tel:", "8005550199", ""),
    ('"mobile": "', "8005550199", '"'),
    ("msisdn=", "14155550123", ""),
    ("msisdn=", "447700900123", ""),
    ("SMS to ", "8005550199", " delivered"),
    ("twilio sms to=", "4155550123", " queued"),
    ("caller_id=", "2125550123", ""),
    ("phone: ", "555-0199", ""),
    ("tel:", "+1-212-555-0123;ext=5", ""),
    ("<tel:", "+1-617-270-1478;ext=9495", ">"),
    ("GET /sms?to=", "%2B14155550123", "&body=hi"),
    ('["', "+14155550123", '"]'),
    ("42,", "415-555-0100", ",2024-01-15"),
]


@pytest.mark.parametrize(("before", "phone", "after"), PHONES)
def test_it_redacts_phone(before: str, phone: str, after: str) -> None:
    assert_redacts(before, phone, after, P)


@pytest.mark.parametrize(
    "phone",
    ["800-555-0199 ext. 12", "800-555-0199 ext 1234", "800-555-0199 x12", "800-555-0199x12"],
)
def test_it_redacts_nanp_with_extension(phone: str) -> None:
    assert_redacts("call ", phone, " today", P)


def test_it_redacts_the_whole_international_span() -> None:
    assert redact("to +1 800 555 0199.").text == f"to {P}."
    assert redact("+44 (0)20 7946 0958").text == P


def test_it_finds_a_phone_between_other_numbers() -> None:
    assert redact("10:23:45 800-555-0199 200").text == f"10:23:45 {P} 200"
    assert redact("2024-01-15 800-555-0199").text == f"2024-01-15 {P}"
    assert redact("+1.800.555.0199 (800) 555-0100").text == f"{P} {P}"


def test_it_keeps_epoch_seconds() -> None:
    for text in ["1705314225", "ts=1705314225", "at 1705314225", "[1705314225] tick"]:
        assert redact(text).text == text


def test_it_keeps_bare_ten_digits_without_phone_context() -> None:
    assert redact("8005550199").text == "8005550199"
    assert redact("value 8005550199").text == "value 8005550199"


NOT_PHONES = [
    "192.168.1.1",
    "10.0.0.255:8080",
    "fe80::1 2001:db8::8a2e:370:7334",
    "2024-01-15T10:23:45.123Z",
    "2024-01-15 10:23:45,123",
    "[15/Jan/2024:10:23:45 +0000]",
    "Jan 15 10:23:45 host app[12345]:",
    "25.02.2024 17:39",
    "2024/01/15",
    "20240115",
    "1705314225123",
    "ts=1705314225",
    "took 1234 ms",
    "12.345s",
    "123e4567-e89b-12d3-a456-426614174000",
    "trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
    "span=00f067aa0ba902b7",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b",
    "v1.2.3",
    "2.14.1-beta",
    "port 8080",
    "pid=12345",
    "[12345]",
    "bytes=5551234567",
    "size: 1048576",
    "Content-Length: 2048",
    'HTTP/1.1" 200 5551234',
    "$1,234.56",
    "USD 1234567.89",
    "amount=8005550199",
    "order #8005550199",
    "order 800-555-0199",
    "invoice=INV-2024-000123",
    "tracking 1Z999AA10123456784",
    "order_id=5551234567",
    "id=800-555-0199",
    "arn:aws:iam::123456789012:role/x",
    "account 123456789012",
    "4111 1111 1111 1111",
    "4111-1111-1111-1111",
    "978-3-16-148410-0",
    "ISBN 0-306-40615-2",
    "DE89 3704 0044 0532 0130 00",
    # An IBAN in a line whose currency points at its country, one with letters in its groups.
    "payout IBAN DE44 5001 0517 5407 3249 31 BIC INGDDEFFXXX amount 120,00 EUR",
    "IBAN GB33 BUKB 2020 1555 5555 55 settled",
    # A ZIP+4 code next to cities that name countries.
    "ship to Chicago IL 60601-1738, 75008 Paris",
    # A ``+`` between digits that is no encoded blank of a phone.
    "ts=2025-03-01+10%3A11%3A12&page=2",
    "1+1=2 and 12+34=46, total 1234567+7654321",
    "GB82WEST12345698765432",
    "abc8005550199",
    "req-800-555-0199x",
    "duration=2125550123 latency: 4155550123 count 6175550123 offset=3125550123",
    "seq=8005550199 epoch 1705314225 timestamp: 1705314225",
    "123-45-6789",
    "123-456-7890",
    "911-555-0199",
    "10.0.19045.3803",
    "1705314225.123",
    "+0000 +05:30",
    "sms sent at 1705314225",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_it_keeps_phone_lookalikes(text: str) -> None:
    assert redact(text).text == text


def test_a_digit_local_part_is_one_email_not_a_phone() -> None:
    result = redact("5551234567@corp.com")
    assert result.text == E
    assert result.counts == {"email": 1, "phone": 0}


def test_money_and_id_keys_win_over_phone_shape() -> None:
    assert redact("amount=800-555-0199").text == "amount=800-555-0199"
    assert redact("phone=800-555-0199 amount=8005550199").text == f"phone={P} amount=8005550199"


# --------------------------------------------------------------------------- properties

NO_PII_ALPHABET = st.characters(
    blacklist_categories=("Nd", "Cs"), blacklist_characters="@0123456789"
)
LOG_TOKENS = st.sampled_from(
    [
        " ", "-", ".", "(", ")", "+", ":", "=", "@", "%40", "%2B", "x", "ext. ", "#", ",", "/",
        "phone=", "tel:", "sms to ", "order ", "ts=", "bob", "example.com", "1", "800", "555",
        "0199", "44", "20 7946 0958", "1705314225", "[REDACTED_PHONE]", "\t", "é", "用户",
    ]
)  # fmt: skip


@given(st.text(alphabet=NO_PII_ALPHABET, max_size=200))
def test_text_without_at_sign_or_digits_is_unchanged(text: str) -> None:
    assert redact(text) == Redaction(text, {"email": 0, "phone": 0})


@settings(max_examples=300)
@given(st.lists(LOG_TOKENS | st.text(max_size=4), max_size=30).map("".join))
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text).text
    assert redact(once).text == once


CHUNK_TOKENS = st.sampled_from(
    [
        " ", "  ", "\t", "-", ".", "\u2013", "(", ")", "/", "+", "%", "%2B", "%2b", "%3D", "B",
        "b", "A", "x", "_", "#", "]", ":", "0", "1", "7", "00", "011", "800", "555", "0199",
        "2024-01-15", "10.0.0.1", "1705314225", "+49", "0171/1234567", "(0)", "(800)", "é",
        "@", "$", "%A", "%20", "12345678", "4155550123",
    ]
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(CHUNK_TOKENS, max_size=40).map("".join))
def test_chunks_searched_in_runs_are_the_chunks_of_the_whole_line(text: str) -> None:
    # The run regex must hold every character a chunk can: a chunk it cut would be misread;
    # and the runs read without the regex (bare numbers, dates, numbers inside a token) must
    # be read as it would.
    assert phones.chunk_spans(text) == [m.span() for m in phones._PHONE_CHUNK_RE.finditer(text)]


# The fast paths test a number's next character, or a range's first one, before a regex: they
# must let through every string the regex matches.
@given(
    st.from_regex(phones._EXTENSION_RE, fullmatch=True)
    | st.from_regex(phones._UNIT_AFTER_RE, fullmatch=True)
)
def test_every_extension_or_unit_opens_with_a_character_let_through(suffix: str) -> None:
    assert phones._may_open_suffix(suffix[:1])


@given(st.from_regex(phones._ANY_NATIONAL_WRITING, fullmatch=True))
def test_every_national_writing_opens_with_a_character_let_through(written: str) -> None:
    assert written[0] in phones._NATIONAL_WRITING_OPENERS
