"""Property tests of the ingest API: no input yields a 5xx, and every error has the one shape."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.test import Client, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

URL = "/api/v1/logs"
FIELDS = ("tenant_id", "log_id", "text")

# The fixtures (a fresh emulator, a tenant's key) hold for every example of a test.
fuzz = hypothesis_settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=80),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
# Objects that look like records: the schema's keys with values of any JSON type, plus extras.
record_like = st.dictionaries(
    st.sampled_from(FIELDS) | st.text(max_size=10), json_values, max_size=5
) | st.fixed_dictionaries(
    {},
    optional={
        "tenant_id": st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", fullmatch=True)
        | json_values,
        "log_id": st.from_regex(r"[\x21-\x7e]{1,128}", fullmatch=True) | json_values,
        "text": st.text(min_size=1, max_size=200) | json_values,
    },
)
# What a WSGI server can hand Django as a header value: latin-1 without control characters.
header_values = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, blacklist_characters="\x7f"),
    max_size=140,
)
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/plain",
        "text/plain; charset=utf-8",
        "text/plain; charset=latin-1",
        "text/plain; charset=utf-16",
        "text/plain; charset=nope",
        # Codecs that are not text encodings, and text codecs with their own failures.
        "text/plain; charset=rot13",
        "text/plain; charset=base64",
        "text/plain; charset=zlib_codec",
        "text/plain; charset=hex",
        "text/plain; charset=uu",
        "text/plain; charset=undefined",
        "text/plain; charset=idna",
        "text/plain; charset=punycode",
        "text/plain; charset=utf-7",
        "application/x-ndjson",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "text/html",
        "",
    ]
) | header_values.map(lambda value: value.strip())


@pytest.fixture
def keyless() -> Any:
    """Requests without a key name their tenant, as behind a gateway that authenticates."""
    with override_settings(INGEST_REQUIRE_API_KEY=False):
        yield


def assert_answered(response: Any) -> None:
    assert response.status_code < 500, response.content[:300]
    if response.status_code < 400:
        return
    assert response["Content-Type"].startswith("application/json")
    body = json.loads(response.content)
    assert {"error", "detail", "fields"} <= set(body)  # a rejected batch adds its results
    assert isinstance(body["error"], str) and body["error"]
    assert isinstance(body["detail"], str) and body["detail"]
    assert isinstance(body["fields"], dict)


@fuzz
@given(body=json_values | record_like)
def test_any_json_value_gets_an_answer(aws: str, db: None, keyless: None, body: Any) -> None:
    response = Client().post(URL, data=json.dumps(body), content_type="application/json")

    assert_answered(response)


@fuzz
@given(body=st.binary(max_size=300), content_type=content_types)
def test_any_bytes_of_any_content_type_get_an_answer(
    aws: str, db: None, keyless: None, body: bytes, content_type: str
) -> None:
    response = Client().generic(
        "POST", URL, data=body, content_type=content_type, HTTP_X_TENANT_ID="t"
    )

    assert_answered(response)


@fuzz
@given(
    text=st.text(max_size=100),
    headers=st.dictionaries(
        st.sampled_from(["X-Tenant-ID", "X-Log-ID", "Authorization", "X-API-Key"]),
        header_values,
    ),
)
def test_any_headers_get_an_answer(
    aws: str,
    api_client: Callable[..., Client],
    text: str,
    headers: dict[str, str],
) -> None:
    client = api_client("t") if "Authorization" not in headers else Client()
    meta: dict[str, Any] = {
        "HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()
    }

    response = client.generic("POST", URL, data=text.encode(), content_type="text/plain", **meta)

    assert_answered(response)


@fuzz
@given(
    tenant_id=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", fullmatch=True),
    log_id=st.from_regex(r"[\x21-\x7e]{1,128}", fullmatch=True),
    text=st.text(min_size=1, max_size=300).filter(lambda t: "\x00" not in t),
    as_json=st.booleans(),
)
def test_a_valid_record_is_accepted_as_it_was_sent(
    aws: str, db: None, keyless: None, tenant_id: str, log_id: str, text: str, as_json: bool
) -> None:
    client = Client()
    if as_json:
        body = {"tenant_id": tenant_id, "log_id": log_id, "text": text}
        response = client.post(URL, data=json.dumps(body), content_type="application/json")
    else:
        response = client.generic(
            "POST",
            URL,
            data=text.encode(),
            content_type="text/plain; charset=utf-8",
            HTTP_X_TENANT_ID=tenant_id,
            HTTP_X_LOG_ID=log_id,
        )

    assert response.status_code == 202, response.content
    assert response.json() == {"status": "accepted", "tenant_id": tenant_id, "log_id": log_id}


@fuzz
@given(extra=st.integers(min_value=1, max_value=64), char=st.sampled_from(["a", "é", "€", "😀"]))
def test_text_over_the_limit_is_too_large(db: None, keyless: None, extra: int, char: str) -> None:
    text = char * ((settings.MAX_TEXT_BYTES + extra) // len(char.encode()) + 1)
    body = {"tenant_id": "t", "text": text}

    response = Client().post(URL, data=json.dumps(body), content_type="application/json")

    assert response.status_code == 413
    assert_answered(response)


@fuzz
@given(
    method=st.sampled_from(["GET", "PUT", "PATCH", "DELETE", "OPTIONS"]),
    body=st.binary(max_size=50),
)
def test_other_methods_get_an_answer(db: None, keyless: None, method: str, body: bytes) -> None:
    response = Client().generic(method, URL, data=body, content_type="application/json")

    assert_answered(response)
