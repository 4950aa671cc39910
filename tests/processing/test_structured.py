from __future__ import annotations

from processing.redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER
from processing.structured import structured_redact


def test_it_redacts_keys_and_values_at_any_depth_and_keeps_the_mapped_fields() -> None:
    structured = {
        "severity_number": 17,
        "trace_id": "5b8efff798038103d269b633813fc60c",
        "attributes": {"user": "ann@example.org", "calls": [{"to": "+1 312 555 0176"}]},
        "resource": {"service.name": "checkout"},
    }

    redacted, counts = structured_redact(structured=structured, counts={"email": 0, "phone": 1})

    assert redacted == {
        "severity_number": 17,
        "trace_id": "5b8efff798038103d269b633813fc60c",
        "attributes": {"user": EMAIL_PLACEHOLDER, "calls": [{"to": PHONE_PLACEHOLDER}]},
        "resource": {"service.name": "checkout"},
    }
    assert counts == {"email": 1, "phone": 2}


def test_two_keys_that_redact_alike_keep_both_values() -> None:
    structured = {"attributes": {"ann@example.org": "first", "bob@example.org": "second"}}

    redacted, _ = structured_redact(structured=structured, counts={})

    assert redacted is not None
    assert redacted["attributes"] == {
        EMAIL_PLACEHOLDER: "first",
        f"{EMAIL_PLACEHOLDER} (2)": "second",
    }


def test_a_record_without_structured_fields_keeps_its_counts() -> None:
    assert structured_redact(structured=None, counts={"email": 2}) == (None, {"email": 2})
