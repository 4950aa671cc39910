"""Behaviour of ``redact`` on delimited records (CSV, HL7), XML, SQL slow logs (issue 11).

The lines are written here; they are not corpus lines. Each phone is valid for libphonenumber.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from processing.redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, redact
from tests.processing.make_country_names import country_names

E, P = EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER


@pytest.mark.parametrize(
    "text",
    [
        "web-01;1750235713;504051;6.9;410 381 9464;92.5%",
        "2025-01-03,881234,12.50,660 594 4468,10.0.0.7:8080",
        "db\t1722270787\t583257\t5.6\t48 4482 2872\t4.0",
        "host|12|0.25|303 555 0199|17",
    ],
)
def test_it_keeps_a_number_between_numeric_columns(text: str) -> None:
    assert redact(text).text == text


def test_a_strong_format_survives_between_numeric_columns() -> None:
    assert redact("7;2.5;+44 20 7946 0958;3").text == f"7;2.5;{P};3"
    assert redact("7;2.5;(646) 555-0133;3").text == f"7;2.5;{P};3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country as an ISO code in its own field.
        ("77798;Rossi;SE;070-123 23 88;lead", f"77798;Rossi;SE;{P};lead"),
        ('1,"AT","01 234569531"', f'1,"AT","{P}"'),
        # The country as a city; numbers without a trunk 0 (Poland, Mexico).
        ("2025-04-13,Warszawa,12 345 59 67,won", f"2025-04-13,Warszawa,{P},won"),
        ("2025-07-12,Monterrey,222 123 7286,new", f"2025-07-12,Monterrey,{P},new"),
        ('9,"512 345 150","Poland",9.50', f'9,"{P}","Poland",9.50'),
        # Short national numbers (Sweden, Ireland) with the country named.
        ("2025-02-18,Stockholm,08-12 54 25,won", f"2025-02-18,Stockholm,{P},won"),
        ("5;Meier;IE;(022) 10602;x", f"5;Meier;IE;{P};x"),
    ],
)
def test_it_redacts_national_numbers_in_csv_contact_columns(text: str, expected: str) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana,0612345678,ana@exemple.fr", f"Ana,{P},{E}"),
        (
            "INSERT INTO customers (name, phone) VALUES ('Ana', '0612345678'), country='FR';",
            f"INSERT INTO customers (name, phone) VALUES ('Ana', '{P}'), country='FR';",
        ),
        ("<n>07911123456</n><country>UK</country>", f"<n>{P}</n><country>UK</country>"),
    ],
)  # fmt: skip
def test_it_redacts_a_bare_national_number_in_a_country_the_line_names(
    text: str, expected: str
) -> None:
    assert redact(text).text == expected


@pytest.mark.parametrize(
    "text", ["serial 0612345678 for FR", "FR;12;0612345678;5", "Ana,0612345678,ok", "0000612345 FR"]
)
def test_a_bare_trunk_run_needs_a_named_country_and_no_identifier_key(text: str) -> None:
    assert redact(text).text == text


def test_a_digit_grouping_alone_is_not_a_phone_without_a_named_country() -> None:
    # SI writes integers in groups of three: without a country it is no Spanish mobile.
    assert redact("queued 612 345 678 items ok").text == "queued 612 345 678 items ok"
    assert redact("value 612 345 678 ok").text == "value 612 345 678 ok"


def test_a_year_and_a_count_are_not_a_phone_in_a_named_country() -> None:
    assert redact("Stockholm 2024 1234 visitors").text == "Stockholm 2024 1234 visitors"


def test_it_reads_the_country_of_an_hl7_address() -> None:
    text = (
        "PID|1||4606^^^MAIN^MR||SMITH^ANNA||19461211|F|||1 HIGH ST^^BONN^^53111^DEU"
        "||030 121057^PRN^PH||EN"
    )
    assert redact(text).text == text.replace("030 121057", P)


def test_it_redacts_an_hl7_phone_field() -> None:
    text = "PID|1||12^^^H^MR||DOE^JANE||19800101|F|||1 MAIN ST^^X||(617) 555-0134^PRN^PH|||S"
    assert redact(text).text == text.replace("(617) 555-0134", P)


@pytest.mark.parametrize(
    ("xtn", "expected"),
    [
        ("^PRN^PH^^1^617^5550134", f"^PRN^PH^^{P}"),
        ("(617)555-0134^PRN^PH^^1^617^5550134^12", f"{P}^PRN^PH^^{P}"),
        ("^PRN^CP^^^0171^1234567", f"^PRN^CP^^^{P}"),
        ("^WPN^FX^^44^20^79460958", f"^WPN^FX^^{P}"),
    ],
)
def test_it_redacts_an_hl7_number_split_into_components(xtn: str, expected: str) -> None:
    head = "PID|1||123^^^H^MR||DOE^JOHN||19700101|M|||1 MAIN^^BOSTON^MA^02110^USA||"
    result = redact(f"{head}{xtn}|")
    assert result.text == f"{head}{expected}|"
    assert result.counts["phone"] == expected.count(P)


def test_it_keeps_hl7_components_too_short_for_a_phone() -> None:
    assert redact("NK1|1|DOE^JANE|SPO||^PRN^PH^^^^12|").text == "NK1|1|DOE^JANE|SPO||^PRN^PH^^^^12|"


def test_it_keeps_hl7_timestamps_and_identifiers() -> None:
    text = (
        "ORC|NW|309556188^LAB|528326316^EHR||CM||^^^20251221233740|||202510251658|79159^DOC^A\r"
        "OBX|3|NM|12345-6^WBC^LN||7.5|10*3/uL|4.0-11.0|N|||F|||20251028101500"
    )
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<phone>0612345678</phone>", f"<phone>{P}</phone>"),
        ("<Telefon>030 1234567</Telefon>", f"<Telefon>{P}</Telefon>"),
        ("<mobileNumber>+33612345678</mobileNumber>", f"<mobileNumber>{P}</mobileNumber>"),
        ('<tel type="cell">07700 900123</tel>', f'<tel type="cell">{P}</tel>'),
    ],
)
def test_it_redacts_phones_in_xml_elements(text: str, expected: str) -> None:
    assert redact(text).text == expected


def test_it_keeps_numbers_in_xml_elements_of_other_kinds() -> None:
    text = (
        '<Order id="48213"><Sku>4006381333931</Sku><Ts>1727694317</Ts>'
        "<Weight>12 500</Weight></Order>"
    )
    assert redact(text).text == text


def test_it_redacts_phones_in_sql_slow_logs() -> None:
    text = (
        "# Query_time: 0.532100  Lock_time: 0.000120 Rows_sent: 1  Rows_examined: 88211 "
        "SET timestamp=1727694317; SELECT id FROM contacts WHERE msisdn = '+52 222 123 9300';"
    )
    assert redact(text).text == text.replace("+52 222 123 9300", P)


def test_it_redacts_the_phone_column_of_an_sql_insert() -> None:
    text = (
        "INSERT INTO customers (id, name, mobile_number, email) VALUES "
        "(109927, 'A. Client', '3123454535', 'a@b.it'), (7, 'B', '+44 20 7946 0958', NULL);"
    )
    assert redact(text).text == (
        "INSERT INTO customers (id, name, mobile_number, email) VALUES "
        f"(109927, 'A. Client', '{P}', '{E}'), (7, 'B', '{P}', NULL);"
    )


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO orders (id, amount) VALUES (1, '3123454535');",
        "INSERT INTO c (phone) VALUES ('n/a');",
        "INSERT INTO c (phone, note) VALUES ('it''s', 'ticket 3123454535');",
    ],
)
def test_it_keeps_other_columns_of_an_sql_insert(text: str) -> None:
    assert redact(text).text == text


def test_it_keeps_sql_slow_log_figures() -> None:
    text = (
        "# Query_time: 2.118840  Lock_time: 0.000311 Rows_sent: 12  Rows_examined: 4483120\n"
        "SET timestamp=1727694317; SELECT * FROM orders WHERE id = 8812345678;"
    )
    assert redact(text).text == text


def test_a_decimal_number_needs_a_phone_key() -> None:
    assert redact('{"duration_ms": 1126.723, "t": "12:50:33.334217"}').text == (
        '{"duration_ms": 1126.723, "t": "12:50:33.334217"}'
    )
    assert redact("phone: 555.0199").text == f"phone: {P}"


def test_the_country_names_file_is_what_its_script_writes() -> None:
    written = json.loads(
        resources.files("processing.redaction").joinpath("country_names.json").read_text("utf-8")
    )
    assert written == country_names()
    assert written["kolumbien"] == "CO" and written["ドイツ"] == "DE"
    assert "jersey" not in written  # a common word
