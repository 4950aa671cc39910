"""Batches (a JSON array, NDJSON) and gzip bodies on POST /api/v1/logs, against the emulator."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from django.conf import settings
from django.test import Client, override_settings
from hypothesis import given
from hypothesis import strategies as st
from pytest_django import Settings as SettingsWrapper
from rest_framework.exceptions import ParseError

from core.errors import PayloadTooLarge
from core.records import LOG_ID_RE
from ingest.parsers import FastJSONParser, NdjsonParser, json_array_parse
from tests.helpers import metric_value, queued_records

URL = "/api/v1/logs"
NDJSON = "application/x-ndjson"


@pytest.fixture
def client(api_client: Callable[..., Client]) -> Client:
    return api_client("t")


def post(
    client: Client, body: str | bytes, content_type: str = "application/json", **headers: str
) -> Any:
    return client.generic("POST", URL, data=body, CONTENT_TYPE=content_type, headers=headers)


def post_batch(client: Client, records: list[Any], **headers: str) -> Any:
    return post(client, json.dumps(records), **headers)


def ndjson(records: list[Any]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def encoded(records: list[Any], content_type: str) -> str:
    return json.dumps(records) if content_type == "application/json" else ndjson(records)


def records(count: int, **fields: Any) -> list[dict[str, Any]]:
    return [{"log_id": f"r{i}", "text": f"line {i}", **fields} for i in range(count)]


def assert_batch(response: Any, status: int, outcome: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert body["status"] == outcome
    assert {"status", "accepted", "rejected"} <= set(body)
    return dict(body)


class TestAccepted:
    def test_it_accepts_a_json_array(self, aws: str, client: Client) -> None:
        body = assert_batch(post_batch(client, records(3)), 202, "accepted")

        assert body == {
            "status": "accepted",
            "accepted": [{"index": i, "tenant_id": "t", "log_id": f"r{i}"} for i in range(3)],
            "rejected": [],
        }
        queued = sorted(queued_records(), key=lambda record: record["log_id"])
        assert [(r["tenant_id"], r["log_id"], r["text"]) for r in queued] == [
            ("t", f"r{i}", f"line {i}") for i in range(3)
        ]
        assert {r["source"] for r in queued} == {"json"}

    def test_it_accepts_ndjson(self, aws: str, client: Client) -> None:
        body_text = ndjson(records(2)) + "\n  \n" + ndjson([{"text": "no id"}])

        body = assert_batch(post(client, body_text, NDJSON), 202, "accepted")

        assert [entry["index"] for entry in body["accepted"]] == [0, 1, 2]
        assert LOG_ID_RE.fullmatch(body["accepted"][2]["log_id"])
        assert sorted(r["text"] for r in queued_records()) == ["line 0", "line 1", "no id"]

    def test_it_accepts_the_largest_batch_in_sends_of_ten(self, aws: str, client: Client) -> None:
        limit = settings.INGEST_BATCH_MAX_RECORDS
        sends = metric_value("logs_enqueue_seconds_count")

        body = assert_batch(post_batch(client, records(limit)), 202, "accepted")

        assert len(body["accepted"]) == limit
        assert metric_value("logs_enqueue_seconds_count") == sends + limit // 10
        assert len({r["log_id"] for r in queued_records(wait=2)}) == limit

    def test_it_keeps_each_send_under_the_sqs_batch_size(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 100_000
        sends = metric_value("logs_enqueue_seconds_count")

        body = assert_batch(post_batch(client, records(10, text="x" * 90_000)), 202, "accepted")

        assert len(body["accepted"]) == 10
        assert metric_value("logs_enqueue_seconds_count") > sends + 1
        assert len(queued_records()) == 10

    def test_it_fills_in_the_tenant_of_the_header(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        response = post_batch(
            api_client("acme"),
            [{"text": "a"}, {"tenant_id": "acme", "text": "b"}],
            **{"X-Tenant-ID": "acme"},
        )

        body = assert_batch(response, 202, "accepted")
        assert {entry["tenant_id"] for entry in body["accepted"]} == {"acme"}


class TestPartlyAccepted:
    def test_it_reports_each_rejected_record_with_its_index(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 8
        batch = [
            {"log_id": "good", "text": "fine"},
            {"log_id": "no-text"},
            {"log_id": "too-long", "text": "x" * 9},
            "not an object",
            {"log_id": "also-good", "text": "fine", "tenant_id": "t"},
            {"text": "x", "extra": 1},
        ]

        body = assert_batch(post_batch(client, batch), 202, "partial")

        assert [(e["index"], e["log_id"]) for e in body["accepted"]] == [
            (0, "good"),
            (4, "also-good"),
        ]
        rejected = {entry["index"]: entry for entry in body["rejected"]}
        assert sorted(rejected) == [1, 2, 3, 5]
        assert rejected[1]["error"] == "invalid_request"
        assert "text" in rejected[1]["fields"]
        assert rejected[2]["error"] == "payload_too_large"
        assert rejected[3] == {
            "index": 3,
            "error": "invalid_request",
            "detail": "A record must be a JSON object.",
            "fields": {},
        }
        assert "extra" in rejected[5]["fields"]
        assert sorted(r["log_id"] for r in queued_records()) == ["also-good", "good"]

    def test_it_rejects_an_ndjson_line_that_is_not_json(self, aws: str, client: Client) -> None:
        body_text = ndjson(records(1)) + "{not json\n" + ndjson(records(2)[1:])

        body = assert_batch(post(client, body_text, NDJSON), 202, "partial")

        [rejected] = body["rejected"]
        assert (rejected["index"], rejected["error"]) == (1, "invalid_json")
        assert [entry["index"] for entry in body["accepted"]] == [0, 2]

    def test_it_rejects_records_of_another_tenant_than_the_key(
        self, aws: str, client: Client
    ) -> None:
        batch = [{"text": "mine"}, {"tenant_id": "someone_else", "text": "theirs"}]

        body = assert_batch(post_batch(client, batch), 202, "partial")

        assert body["rejected"][0]["error"] == "tenant_forbidden"

    def test_it_rejects_records_that_contradict_the_tenant_header(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        batch = [{"text": "a"}, {"tenant_id": "acme", "text": "b"}]

        body = assert_batch(
            post_batch(api_client("acme"), batch, **{"X-Tenant-ID": "other"}), 400, "rejected"
        )

        assert {e["error"] for e in body["rejected"]} == {"tenant_mismatch", "tenant_forbidden"}

    def test_it_reports_records_sqs_did_not_take_and_keeps_the_rest(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        # SQS refuses a SendMessageBatch over 1 MiB: that call's record is not accepted.
        settings.MAX_TEXT_BYTES = 2_000_000
        batch = [{"text": "a"}, {"text": "x" * 1_100_000}, {"text": "c"}]

        body = assert_batch(post_batch(client, batch), 202, "partial")

        assert [entry["index"] for entry in body["accepted"]] == [0, 2]
        [rejected] = body["rejected"]
        assert (rejected["index"], rejected["error"]) == (1, "queue_unavailable")
        assert sorted(r["text"] for r in queued_records()) == ["a", "c"]


class TestRejected:
    def test_it_answers_400_in_the_same_shape_when_no_record_is_accepted(
        self, client: Client
    ) -> None:
        body = assert_batch(post_batch(client, [{"tenant_id": "t"}, 7]), 400, "rejected")

        assert body["accepted"] == []
        assert [(e["index"], e["error"]) for e in body["rejected"]] == [
            (0, "invalid_request"),
            (1, "invalid_request"),
        ]
        assert body["error"] == "invalid_request"
        assert body["detail"]

    @pytest.mark.parametrize(("body", "content_type"), [("[]", "application/json"), ("", NDJSON)])
    def test_it_rejects_an_empty_batch(self, client: Client, body: str, content_type: str) -> None:
        response = post(client, body, content_type)

        assert response.status_code == 400
        assert response.json()["error"] == "invalid_request"

    @pytest.mark.parametrize("content_type", ["application/json", NDJSON])
    def test_it_rejects_more_records_than_the_limit(
        self, client: Client, settings: SettingsWrapper, content_type: str
    ) -> None:
        settings.INGEST_BATCH_MAX_RECORDS = 3
        many = records(4)
        body = encoded(many, content_type)

        response = post(client, body, content_type)

        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"
        assert "3" in response.json()["detail"]

    @pytest.mark.parametrize("content_type", ["application/json", NDJSON])
    def test_it_rejects_a_body_over_the_byte_limit(
        self, client: Client, settings: SettingsWrapper, content_type: str
    ) -> None:
        settings.INGEST_BATCH_MAX_BYTES = 1000
        many = records(30)
        body = encoded(many, content_type)
        assert len(body) > 1000

        response = post(client, body, content_type)

        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"

    def test_it_answers_503_when_nothing_could_be_sent(
        self, delete_queue: Callable[..., None], client: Client
    ) -> None:
        delete_queue(settings.LOGS_QUEUE)

        response = post_batch(client, records(12))

        assert response.status_code == 503
        assert response.json()["error"] == "queue_unavailable"
        assert int(response["Retry-After"]) > 0


def empty_records_body(content_type: str, *, size: int) -> bytes:
    """About `size` bytes of `{}` records: the cheapest body with the most records."""
    count = size // 3
    if content_type == NDJSON:
        return b"{}\n" * count
    return b"[" + b",".join([b"{}"] * count) + b"]"


def parse(body: bytes, content_type: str) -> Any:
    parser = NdjsonParser() if content_type == NDJSON else FastJSONParser()
    return parser.parse(io.BytesIO(body), content_type, {})


class TestRecordLimitWhileParsing:
    @pytest.mark.parametrize("content_type", ["application/json", NDJSON])
    def test_a_5_mb_body_of_empty_records_is_refused(
        self, client: Client, content_type: str
    ) -> None:
        body = empty_records_body(content_type, size=settings.INGEST_BATCH_MAX_BYTES - 16)

        response = post(client, body, content_type)

        assert response.status_code == 413, response.content
        assert response.json()["error"] == "payload_too_large"
        limit = settings.INGEST_BATCH_MAX_RECORDS
        assert f"more than {limit} records" in response.json()["detail"]

    @pytest.mark.parametrize("content_type", ["application/json", NDJSON])
    def test_parsing_builds_no_more_than_the_limit_of_records(self, content_type: str) -> None:
        body = empty_records_body(content_type, size=settings.INGEST_BATCH_MAX_BYTES - 16)
        # Parsing all 1.7 M records would allocate hundreds of MB (64+ bytes per dict alone).
        tracemalloc.start()
        try:
            with pytest.raises(PayloadTooLarge):
                parse(body, content_type)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

        assert peak < 2 * len(body) + 1024 * 1024

    def test_a_json_array_is_refused_at_the_first_record_past_the_limit(
        self, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_BATCH_MAX_RECORDS = 3
        # What follows the fourth record is never read: a full parse would answer 400.
        body = json.dumps(records(4))[:-1] + ", this is not JSON" + "]"

        response = post(client, body, "application/json")

        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"

    @pytest.mark.parametrize(
        "body",
        [
            "[1,]",
            "[1 2]",
            "[",
            "[{}] x",
            "[NaN]",
            "[Infinity]",
            "[" * 100_000,
            "[1" + "0" * 5000 + "]",
        ],
        ids=["trailing-comma", "no-comma", "open", "extra", "nan", "inf", "deep", "huge-int"],
    )
    def test_a_malformed_array_is_a_400(self, client: Client, body: str) -> None:
        response = post(client, body, "application/json")

        assert response.status_code == 400, response.content
        assert response.json()["error"] == "invalid_json"

    def test_an_array_that_is_not_utf8_is_a_400(self, client: Client) -> None:
        response = post(client, b'[{"text": "caf\xe9"}]', "application/json")

        assert response.status_code == 400
        assert response.json()["error"] == "invalid_json"

    @given(
        count=st.integers(min_value=0, max_value=8),
        spaces=st.lists(st.sampled_from(["", " ", "\n", "\t", "\r\n"]), min_size=3, max_size=3),
        values=st.lists(
            # orjson's domain: 64-bit integers, no lone surrogates (the text field refuses them).
            st.none()
            | st.integers(min_value=-(2**63), max_value=2**63 - 1)
            | st.text(st.characters(blacklist_categories=["Cs"]), max_size=5)
            | st.dictionaries(st.text(max_size=3), st.booleans(), max_size=2),
            min_size=8,
            max_size=8,
        ),
    )
    def test_an_array_parses_as_orjson_does_up_to_the_limit(
        self, count: int, spaces: list[str], values: list[Any]
    ) -> None:
        before, between, after = spaces
        elements = [json.dumps(value) for value in values[:count]]
        body = f"{before}[{between}{(between + ',' + between).join(elements)}{between}]{after}"
        limit = 5

        if count > limit:
            with pytest.raises(PayloadTooLarge):
                json_array_parse(body.encode(), max_items=limit)
        else:
            assert json_array_parse(body.encode(), max_items=limit) == orjson.loads(body)

    @given(
        count=st.integers(min_value=0, max_value=8),
        blank=st.sampled_from(["", "\n", "  \n", "\r\n\t\n"]),
    )
    def test_ndjson_counts_only_lines_with_a_record(self, count: int, blank: str) -> None:
        body = blank + "".join(f'{{"n": {i}}}\n{blank}' for i in range(count))
        limit = 5

        with override_settings(INGEST_BATCH_MAX_RECORDS=limit):
            if count > limit:
                with pytest.raises(PayloadTooLarge):
                    parse(body.encode(), NDJSON)
            else:
                assert parse(body.encode(), NDJSON) == [{"n": i} for i in range(count)]

    def test_an_ndjson_line_that_is_not_json_is_its_own_error(self) -> None:
        [good, bad] = parse(b'{"text": "a"}\n{"text": \n', NDJSON)

        assert good == {"text": "a"}
        assert isinstance(bad, ParseError)


class TestGzip:
    @pytest.mark.parametrize(
        ("content_type", "body", "texts"),
        [
            ("application/json", json.dumps({"text": "single"}), ["single"]),
            ("application/json", json.dumps([{"text": "a"}, {"text": "b"}]), ["a", "b"]),
            (NDJSON, ndjson([{"text": "a"}, {"text": "b"}]), ["a", "b"]),
            ("text/plain", "plain text", ["plain text"]),
        ],
    )
    def test_it_accepts_a_gzip_body_of_each_content_type(
        self, aws: str, client: Client, content_type: str, body: str, texts: list[str]
    ) -> None:
        response = post(
            client, gzip.compress(body.encode()), content_type, **{"Content-Encoding": "gzip"}
        )

        assert response.status_code == 202, response.content
        assert sorted(r["text"] for r in queued_records()) == texts

    def test_it_accepts_identity(self, aws: str, client: Client) -> None:
        response = post(client, "plain", "text/plain", **{"Content-Encoding": "identity"})

        assert response.status_code == 202

    @pytest.mark.parametrize(
        ("content_type", "opening"),
        [("text/plain", b""), ("application/json", b"["), (NDJSON, b"")],
    )
    def test_it_refuses_a_zip_bomb(self, client: Client, content_type: str, opening: bytes) -> None:
        bomb = gzip.compress(opening + b" " * 64_000_000, compresslevel=9)
        assert len(bomb) < 100_000

        response = post(client, bomb, content_type, **{"Content-Encoding": "gzip"})

        assert response.status_code == 413
        assert response.json()["error"] == "payload_too_large"

    def test_it_rejects_a_body_that_is_not_gzip(self, client: Client) -> None:
        response = post(client, b"not gzip at all", "text/plain", **{"Content-Encoding": "gzip"})

        assert response.status_code == 400
        assert response.json()["error"] == "invalid_encoding"

    def test_it_rejects_a_truncated_gzip_body(self, client: Client) -> None:
        truncated = gzip.compress(b"some text " * 100)[:-12]

        response = post(client, truncated, "text/plain", **{"Content-Encoding": "gzip"})

        assert response.status_code == 400
        assert response.json()["error"] == "invalid_encoding"

    @pytest.mark.parametrize("coding", ["br", "deflate", "compress"])
    def test_it_rejects_other_content_encodings(self, client: Client, coding: str) -> None:
        response = post(client, b"x", "text/plain", **{"Content-Encoding": coding})

        assert response.status_code == 415
        assert response.json()["error"] == "unsupported_media_type"
        assert coding in response.json()["detail"]


class TestMetrics:
    def test_it_counts_each_record_of_a_batch(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        accepted = metric_value("logs_ingest_accepted_total", tenant="b-metrics")
        labels = {"tenant": "b-metrics", "reason": "invalid_request"}
        rejected = metric_value("logs_ingest_rejected_total", **labels)

        post_batch(api_client("b-metrics"), [{"text": "a"}, {"text": "b"}, {}])

        assert metric_value("logs_ingest_accepted_total", tenant="b-metrics") == accepted + 2
        assert metric_value("logs_ingest_rejected_total", **labels) == rejected + 1
