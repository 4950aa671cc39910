from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from core.records import LOG_ID_RE
from tests.helpers import queued_records

URL = "/api/v1/logs"


@pytest.fixture
def client(api_client: Callable[..., Client]) -> Client:
    return api_client("t")


def post_json(client: Client, body: Any, **headers: str) -> Any:
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(URL, data=data, content_type="application/json", headers=headers)


def post_text(client: Client, body: str | bytes, content_type: str = "text/plain", **headers: str):
    # The test client drops CONTENT_TYPE for empty bodies; real clients send it.
    return client.generic("POST", URL, data=body, CONTENT_TYPE=content_type, headers=headers)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "detail", "fields"}
    assert body["error"] == code
    assert body["detail"]
    return dict(body)


class TestAccepted:
    def test_it_accepts_the_seed_json_request(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        response = post_json(
            api_client("acme_corp"),
            {
                "tenant_id": "acme_corp",
                "log_id": "101",
                "text": "User 800-555-0199 logged in from 192.168.1.1",
            },
        )

        assert response.status_code == 202
        assert response.json() == {"status": "accepted", "tenant_id": "acme_corp", "log_id": "101"}
        [record] = queued_records()
        assert record["tenant_id"] == "acme_corp"
        assert record["log_id"] == "101"
        assert record["text"] == "User 800-555-0199 logged in from 192.168.1.1"
        assert record["source"] == "json"
        assert datetime.fromisoformat(record["received_at"]).utcoffset() == timedelta(0)

    def test_it_accepts_the_seed_text_request(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        text = "This is a raw log file dump that will take some time to process."
        response = post_text(api_client("beta_inc"), text, **{"X-Tenant-ID": "beta_inc"})

        assert response.status_code == 202
        body = response.json()
        assert body["status"] == "accepted"
        assert body["tenant_id"] == "beta_inc"
        assert LOG_ID_RE.fullmatch(body["log_id"])
        [record] = queued_records()
        assert record == {**record, "tenant_id": "beta_inc", "text": text, "source": "text"}
        assert record["log_id"] == body["log_id"]

    def test_it_takes_the_log_id_of_a_text_request_from_its_header(
        self, aws: str, client: Client
    ) -> None:
        response = post_text(client, "hello", **{"X-Tenant-ID": "t", "X-Log-ID": "abc-1"})

        assert response.status_code == 202
        assert response.json()["log_id"] == "abc-1"

    def test_it_generates_log_ids_that_sort_in_generation_order(
        self, aws: str, client: Client
    ) -> None:
        ids = [
            post_json(client, {"tenant_id": "t", "text": "x"}).json()["log_id"] for _ in range(20)
        ]

        assert ids == sorted(ids)
        assert len(set(ids)) == 20

    def test_it_honours_the_charset_of_a_text_request(self, aws: str, client: Client) -> None:
        response = post_text(
            client,
            "café".encode("latin-1"),
            "text/plain; charset=ISO-8859-1",
            **{"X-Tenant-ID": "t"},
        )

        assert response.status_code == 202
        assert queued_records()[0]["text"] == "café"

    def test_it_handles_media_type_case_and_parameters(self, aws: str, client: Client) -> None:
        response = client.post(
            URL,
            data=json.dumps({"tenant_id": "t", "text": "x"}),
            content_type="Application/JSON; charset=UTF-8",
        )

        assert response.status_code == 202

    def test_it_accepts_text_of_exactly_the_byte_limit(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 8
        response = post_json(client, {"tenant_id": "t", "text": "é" * 4})  # 8 bytes

        assert response.status_code == 202

    def test_it_accepts_a_matching_tenant_header_in_json_mode(
        self, aws: str, client: Client
    ) -> None:
        response = post_json(client, {"tenant_id": "t", "text": "x"}, **{"X-Tenant-ID": "t"})

        assert response.status_code == 202

    def test_it_accepts_a_trailing_slash(self, aws: str, client: Client) -> None:
        response = client.post(
            URL + "/",
            data=json.dumps({"tenant_id": "t", "text": "x"}),
            content_type="application/json",
        )

        assert response.status_code == 202


class TestRejected:
    @pytest.mark.parametrize(
        ("body", "field"),
        [
            ({"tenant_id": "t"}, "text"),
            ({"tenant_id": None, "text": "x"}, "tenant_id"),
            ({"tenant_id": "t", "text": None}, "text"),
            ({"tenant_id": "t", "text": "x", "log_id": None}, "log_id"),
            ({"tenant_id": 5, "text": "x"}, "tenant_id"),
            ({"tenant_id": "t", "text": ["x"]}, "text"),
            ({"tenant_id": "t", "text": 12}, "text"),
            ({"tenant_id": "t", "text": "x", "log_id": 101}, "log_id"),
            ({"tenant_id": "t", "text": ""}, "text"),
            ({"tenant_id": "", "text": "x"}, "tenant_id"),
            ({"tenant_id": "-starts-with-dash", "text": "x"}, "tenant_id"),
            ({"tenant_id": "has space", "text": "x"}, "tenant_id"),
            ({"tenant_id": "a" * 65, "text": "x"}, "tenant_id"),
            ({"tenant_id": "t", "text": "x", "log_id": ""}, "log_id"),
            ({"tenant_id": "t", "text": "x", "log_id": "has space"}, "log_id"),
            ({"tenant_id": "t", "text": "x", "log_id": "é"}, "log_id"),
            ({"tenant_id": "t", "text": "x", "log_id": "a" * 129}, "log_id"),
            ({"tenant_id": "t", "text": "x", "extra": 1}, "extra"),
        ],
    )
    def test_it_rejects_invalid_fields(self, client: Client, body: Any, field: str) -> None:
        error = assert_error(post_json(client, body), 400, "invalid_request")

        assert field in error["fields"]
        assert field in error["detail"]

    def test_it_accepts_the_longest_valid_ids(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        body = {"tenant_id": "a" + "b" * 63, "log_id": "!" + "~" * 127, "text": "x"}

        assert post_json(api_client(body["tenant_id"]), body).status_code == 202

    @pytest.mark.parametrize("body", ["{bad", '{"tenant_id": "t",}', "", "NaN", '{"a": NaN}'])
    def test_it_rejects_malformed_json(self, client: Client, body: str) -> None:
        response = client.generic("POST", URL, data=body, CONTENT_TYPE="application/json")

        assert response.status_code == 400
        assert response.json()["error"] in ("invalid_json", "invalid_request")

    # A non-empty array is a batch: tests/ingest/test_batch_ingest_api.py has its 400.
    @pytest.mark.parametrize("body", ["[]", '"text"', "42", "null"])
    def test_it_rejects_json_that_is_not_an_object(self, client: Client, body: str) -> None:
        assert_error(post_json(client, body), 400, "invalid_request")

    def test_it_rejects_a_lone_surrogate(self, client: Client) -> None:
        response = post_json(client, '{"tenant_id": "t", "text": "\\ud800"}')

        assert response.status_code == 400

    def test_it_rejects_invalid_utf8_text(self, client: Client) -> None:
        assert_error(
            post_text(client, b"\xff\xfe", **{"X-Tenant-ID": "t"}), 400, "invalid_encoding"
        )

    def test_it_rejects_invalid_utf8_json(self, client: Client) -> None:
        response = client.generic(
            "POST", URL, data=b'{"tenant_id": "t", "text": "\xff"}', CONTENT_TYPE="application/json"
        )

        assert response.status_code == 400

    def test_it_rejects_empty_text_body(self, client: Client) -> None:
        error = assert_error(post_text(client, b"", **{"X-Tenant-ID": "t"}), 400, "invalid_request")

        assert "text" in error["fields"]

    def test_it_rejects_a_tenant_header_that_contradicts_the_body(self, client: Client) -> None:
        response = post_json(client, {"tenant_id": "a", "text": "x"}, **{"X-Tenant-ID": "b"})

        assert_error(response, 400, "tenant_mismatch")

    def test_it_rejects_text_over_the_byte_limit(
        self, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 8
        response = post_json(client, {"tenant_id": "t", "text": "é" * 4 + "x"})  # 9 bytes

        assert_error(response, 413, "payload_too_large")

    def test_it_rejects_a_text_body_over_the_byte_limit(
        self, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 8
        response = post_text(client, "x" * 9, **{"X-Tenant-ID": "t"})

        assert_error(response, 413, "payload_too_large")

    def test_it_rejects_a_huge_json_body_before_parsing(
        self, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 8
        response = post_json(client, {"tenant_id": "t", "text": "x" * 100_000})

        assert_error(response, 413, "payload_too_large")

    @pytest.mark.parametrize(
        "content_type", ["text/csv", "application/xml", "application/x-www-form-urlencoded", ""]
    )
    def test_it_rejects_other_content_types(self, client: Client, content_type: str) -> None:
        response = client.generic("POST", URL, data=b"x", CONTENT_TYPE=content_type)

        assert_error(response, 415, "unsupported_media_type")

    def test_it_rejects_an_unknown_charset(self, client: Client) -> None:
        response = post_text(client, "x", "text/plain; charset=klingon", **{"X-Tenant-ID": "t"})

        assert_error(response, 415, "unsupported_media_type")

    @pytest.mark.parametrize(
        "charset",
        ["rot13", "ROT-13", "base64", "zlib", "hex", "uu", "bz2", "quopri", "undefined"],
    )
    def test_it_rejects_a_codec_that_is_not_a_text_encoding(
        self, client: Client, charset: str
    ) -> None:
        response = post_text(
            client, "uryyb", f"text/plain; charset={charset}", **{"X-Tenant-ID": "t"}
        )

        body = assert_error(response, 415, "unsupported_media_type")
        assert repr(charset) in body["detail"] and "not a text encoding" in body["detail"]

    @pytest.mark.parametrize(("charset", "body"), [("idna", b"xn--a.."), ("punycode", b"zzzzzzzz")])
    def test_it_rejects_a_body_its_text_codec_refuses(
        self, client: Client, charset: str, body: bytes
    ) -> None:
        response = post_text(client, body, f"text/plain; charset={charset}", **{"X-Tenant-ID": "t"})

        assert_error(response, 400, "invalid_encoding")

    @pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
    def test_it_rejects_other_methods(self, client: Client, method: str) -> None:
        assert_error(getattr(client, method)(URL), 405, "method_not_allowed")

    def test_it_answers_unknown_api_paths_with_json(self, client: Client) -> None:
        assert_error(client.get("/api/v1/nope"), 404, "not_found")


class TestQueueUnavailable:
    def test_it_answers_503_with_retry_after(self, client: Client, unreachable_aws: None) -> None:
        response = post_json(client, {"tenant_id": "t", "text": "x"})

        assert_error(response, 503, "queue_unavailable")
        assert int(response["Retry-After"]) > 0

    def test_it_answers_503_when_the_queue_is_missing(
        self, delete_queue: Callable[..., None], client: Client
    ) -> None:
        delete_queue("test-logs")

        response = post_json(client, {"tenant_id": "t", "text": "x"})

        assert_error(response, 503, "queue_unavailable")
