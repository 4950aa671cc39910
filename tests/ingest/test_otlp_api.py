"""POST /v1/logs (OTLP/HTTP logs) against the emulator: encodings, mapping, refusals, metrics."""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Callable
from typing import Any

import orjson
import pytest
from django.test import Client
from google.protobuf import json_format
from google.rpc import code_pb2, error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.proto.logs.v1.logs_pb2 import SeverityNumber
from pytest_django import Settings as SettingsWrapper

from ingest.otlp import STRUCTURED_MAX_BYTES
from ingest.otlp_schema import COLLECTOR_EXAMPLE
from tests.helpers import metric_value, queued_records

URL = "/v1/logs"
PROTOBUF = "application/x-protobuf"
TRACE_ID = bytes.fromhex("5b8efff798038103d269b633813fc60c")
SPAN_ID = bytes.fromhex("eee19b7ec3c1b174")
TIME = 1_764_670_500_123_456_789


def value(python: Any) -> AnyValue:
    return json_format.ParseDict(_any_json(python), AnyValue())


def _any_json(python: Any) -> dict[str, Any]:
    if isinstance(python, bool):
        return {"boolValue": python}
    if isinstance(python, int):
        return {"intValue": str(python)}
    if isinstance(python, float):
        return {"doubleValue": python}
    if isinstance(python, list):
        return {"arrayValue": {"values": [_any_json(item) for item in python]}}
    if isinstance(python, dict):
        pairs = [{"key": k, "value": _any_json(v)} for k, v in python.items()]
        return {"kvlistValue": {"values": pairs}}
    return {"stringValue": python}


def log_record(body: Any = "hello", **attributes: Any) -> OtlpLogRecord:
    return OtlpLogRecord(
        time_unix_nano=TIME,
        observed_time_unix_nano=TIME + 1000,
        severity_number=SeverityNumber.SEVERITY_NUMBER_ERROR,
        severity_text="ERROR",
        body=value(body),
        attributes=[KeyValue(key=k, value=value(v)) for k, v in attributes.items()],
        trace_id=TRACE_ID,
        span_id=SPAN_ID,
    )


def export_request(
    *records: OtlpLogRecord, service: str = "checkout", scope: str = "app"
) -> ExportLogsServiceRequest:
    request = ExportLogsServiceRequest()
    resource_logs = request.resource_logs.add()
    resource_logs.resource.attributes.add(key="service.name", value=value(service))
    scope_logs = resource_logs.scope_logs.add()
    scope_logs.scope.name = scope
    scope_logs.log_records.extend(records)
    return request


def post(client: Client, body: bytes | str, content_type: str = PROTOBUF, **headers: str) -> Any:
    return client.generic("POST", URL, data=body, CONTENT_TYPE=content_type, headers=headers)


def post_proto(client: Client, request: ExportLogsServiceRequest, **headers: str) -> Any:
    return post(client, request.SerializeToString(), **headers)


def post_json(client: Client, body: dict[str, Any], **headers: str) -> Any:
    return post(client, json.dumps(body), "application/json", **headers)


def as_otlp_json(request: ExportLogsServiceRequest) -> dict[str, Any]:
    """OTLP JSON: protobuf's JSON mapping with hex trace and span ids."""
    as_json: dict[str, Any] = json.loads(json_format.MessageToJson(request))
    for resource_logs in as_json["resourceLogs"]:
        for scope_logs in resource_logs["scopeLogs"]:
            for record in scope_logs["logRecords"]:
                record["traceId"], record["spanId"] = TRACE_ID.hex(), SPAN_ID.hex()
    return as_json


def export_response(response: Any) -> ExportLogsServiceResponse:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == PROTOBUF
    return ExportLogsServiceResponse.FromString(response.content)


def status_of(response: Any, http_status: int, reason: str) -> status_pb2.Status:
    """The google.rpc.Status of an error response, checked against the API's error code."""
    assert response.status_code == http_status, response.content
    if response["Content-Type"] == PROTOBUF:
        status = status_pb2.Status.FromString(response.content)
    else:
        assert response["Content-Type"] == "application/json"
        status = json_format.Parse(response.content, status_pb2.Status())
    info = error_details_pb2.ErrorInfo()
    assert status.details[0].Unpack(info)
    assert info.reason == reason
    assert status.message
    return status


@pytest.fixture
def client(api_client: Callable[..., Client]) -> Client:
    return api_client("t")


@pytest.fixture
def tenant_client(api_client: Callable[..., Client]) -> Callable[[], tuple[str, Client]]:
    """A client for a tenant of its own, so that no other test shares its counters."""

    def make() -> tuple[str, Client]:
        tenant_id = f"otlp-{uuid.uuid4().hex[:12]}"
        return tenant_id, api_client(tenant_id)

    return make


class TestProtobuf:
    def test_it_queues_one_record_per_log_record_with_its_fields(
        self, aws: str, client: Client
    ) -> None:
        request = export_request(
            log_record("card declined", user="jane@example.com", attempt=2),
            log_record("retrying"),
        )
        second = request.resource_logs.add()
        second.resource.attributes.add(key="service.name", value=value("billing"))
        second.scope_logs.add().log_records.append(log_record("other service"))

        response = export_response(post_proto(client, request))

        assert not response.HasField("partial_success")
        queued = {record["text"]: record for record in queued_records()}
        assert sorted(queued) == ["card declined", "other service", "retrying"]
        first = queued["card declined"]
        assert (first["tenant_id"], first["source"]) == ("t", "otlp")
        assert first["log_id"].startswith("otlp-")
        assert first["structured"] == {
            "severity_number": 17,
            "severity_text": "ERROR",
            "time": "2025-12-02T10:15:00.123456789Z",
            "observed_time": "2025-12-02T10:15:00.123457789Z",
            "trace_id": TRACE_ID.hex(),
            "span_id": SPAN_ID.hex(),
            "attributes": {"user": "jane@example.com", "attempt": 2},
            "resource": {"service.name": "checkout"},
            "scope": "app",
        }
        assert queued["other service"]["structured"]["resource"] == {"service.name": "billing"}
        assert "scope" not in queued["other service"]["structured"]

    def test_a_body_that_is_not_a_string_becomes_compact_json(
        self, aws: str, client: Client
    ) -> None:
        body = {"event": "login", "ok": True, "tries": [1, 2.5], "who": {"id": 7}}

        export_response(post_proto(client, export_request(log_record(body), log_record(42))))

        texts = sorted(record["text"] for record in queued_records())
        assert texts == ["42", '{"event":"login","ok":true,"tries":[1,2.5],"who":{"id":7}}']

    def test_a_record_without_body_time_or_ids_keeps_only_what_it_has(
        self, aws: str, client: Client
    ) -> None:
        export_response(post_proto(client, export_request(OtlpLogRecord())))

        [record] = queued_records()
        assert record["text"] == ""
        assert record["structured"] == {
            "severity_number": 0,
            "severity_text": "",
            "attributes": {},
            "resource": {"service.name": "checkout"},
            "scope": "app",
        }

    def test_it_accepts_a_gzip_body(self, aws: str, client: Client) -> None:
        body = gzip.compress(export_request(log_record("zipped")).SerializeToString())

        export_response(post(client, body, **{"Content-Encoding": "gzip"}))

        assert [record["text"] for record in queued_records()] == ["zipped"]

    def test_an_empty_request_is_a_success_with_nothing_queued(
        self, aws: str, client: Client
    ) -> None:
        response = export_response(post(client, b""))

        assert not response.HasField("partial_success")
        assert queued_records(wait=0.5) == []


class TestLogId:
    def test_a_retried_export_names_the_same_records(self, aws: str, client: Client) -> None:
        request = export_request(log_record("once"), log_record("twice"))

        export_response(post_proto(client, request))
        export_response(post_proto(client, request))

        ids = [record["log_id"] for record in queued_records()]
        assert len(ids) == 4
        assert len(set(ids)) == 2

    def test_json_and_protobuf_of_one_record_name_the_same_record(
        self, aws: str, client: Client
    ) -> None:
        request = export_request(log_record("same", n=1))

        export_response(post_proto(client, request))
        assert post_json(client, as_otlp_json(request)).status_code == 200

        assert len({record["log_id"] for record in queued_records()}) == 1

    def test_other_content_or_another_tenant_names_another_record(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        request = export_request(log_record("a"), log_record("a", extra=1), log_record("b"))
        other_service = export_request(log_record("a"), service="billing")

        export_response(post_proto(api_client("t"), request))
        export_response(post_proto(api_client("t"), other_service))
        export_response(post_proto(api_client("u"), export_request(log_record("a"))))

        assert len({record["log_id"] for record in queued_records()}) == 5


class TestJson:
    def test_it_accepts_a_request_as_the_collector_sends_it(self, aws: str, client: Client) -> None:
        response = post_json(client, COLLECTOR_EXAMPLE)

        assert response.status_code == 200, response.content
        assert response["Content-Type"] == "application/json"
        assert response.json() == {}
        [record] = queued_records()
        assert record["text"] == "Card declined for jane@example.com"
        assert record["structured"] == {
            "severity_number": 17,
            "severity_text": "ERROR",
            "time": "2025-12-02T10:15:00.123456789Z",
            "observed_time": "2025-12-02T10:15:00.123999000Z",
            "trace_id": "5b8efff798038103d269b633813fc60c",
            "span_id": "eee19b7ec3c1b174",
            "attributes": {"user.phone": "800-555-0199", "retry": 2},
            "resource": {"service.name": "checkout"},
            "scope": "checkout.payments",
        }

    def test_it_takes_snake_case_names_enum_names_and_numbers_for_int64(
        self, aws: str, client: Client
    ) -> None:
        body = {
            "resource_logs": [
                {
                    "scope_logs": [
                        {
                            "log_records": [
                                {
                                    "time_unix_nano": TIME,
                                    "severity_number": "SEVERITY_NUMBER_WARN",
                                    "body": {"stringValue": "snake"},
                                    "unknownField": {"ignored": True},
                                }
                            ]
                        }
                    ]
                }
            ]
        }

        assert post_json(client, body).status_code == 200

        [record] = queued_records()
        assert record["structured"]["severity_number"] == 13
        assert record["structured"]["time"] == "2025-12-02T10:15:00.123456789Z"

    def test_it_answers_a_partial_success_in_json(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 10
        request = export_request(log_record("short"), log_record("far too long for it"))

        response = post_json(client, as_otlp_json(request))

        partial = response.json()["partialSuccess"]
        assert partial["rejectedLogRecords"] == "1"
        assert "limit is 10" in partial["errorMessage"]


class TestPartialSuccess:
    def test_it_refuses_a_body_over_the_text_limit_and_keeps_the_rest(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.MAX_TEXT_BYTES = 10
        request = export_request(
            log_record("ok"), log_record("x" * 11), log_record("y" * 20), log_record("fine")
        )

        response = export_response(post_proto(client, request))

        assert response.partial_success.rejected_log_records == 2
        assert response.partial_success.error_message.startswith("2 log records refused: ")
        assert sorted(record["text"] for record in queued_records()) == ["fine", "ok"]

    def test_it_cuts_a_long_attribute_to_fit_instead_of_refusing_the_record(
        self, aws: str, client: Client
    ) -> None:
        trace = "Traceback (most recent call last):\n" + "  File 'app.py', line 1\n" * 2000
        request = export_request(
            log_record("crash", **{"exception.stacktrace": trace, "user": "ann"}),
            log_record("small"),
        )

        response = export_response(post_proto(client, request))

        assert response.partial_success.rejected_log_records == 0
        queued = {record["text"]: record for record in queued_records()}
        assert sorted(queued) == ["crash", "small"]
        attributes = queued["crash"]["structured"]["attributes"]
        assert attributes["user"] == "ann"
        kept = attributes["exception.stacktrace"]
        assert kept.startswith("Traceback (most recent call last):")
        assert kept.endswith(f"[cut: {len(trace)} characters in all]")
        assert len(orjson.dumps(queued["crash"]["structured"])) <= STRUCTURED_MAX_BYTES

    def test_it_refuses_attributes_too_many_to_fit_even_when_cut(
        self, aws: str, client: Client
    ) -> None:
        many = {f"key{i}": "v" * 200 for i in range(200)}
        request = export_request(log_record("big", **many), log_record("small"))

        response = export_response(post_proto(client, request))

        assert response.partial_success.rejected_log_records == 1
        assert "attributes" in response.partial_success.error_message
        assert [record["text"] for record in queued_records()] == ["small"]

    def test_it_refuses_a_trace_id_of_the_wrong_length(self, aws: str, client: Client) -> None:
        bad = log_record("bad")
        bad.trace_id = b"\x01\x02"

        response = export_response(post_proto(client, export_request(bad, log_record("good"))))

        assert response.partial_success.rejected_log_records == 1
        assert [record["text"] for record in queued_records()] == ["good"]


class TestMalformed:
    def test_it_answers_400_with_a_status_for_a_body_that_is_not_protobuf(
        self, client: Client
    ) -> None:
        response = post(client, b"\xff\xff\xff not protobuf")

        status = status_of(response, 400, "invalid_otlp")
        assert status.code == code_pb2.INVALID_ARGUMENT

    @pytest.mark.parametrize(
        "body",
        [
            "{not json",
            "[1, 2]",
            '{"resourceLogs": "no list"}',
            '{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"traceId": "zz"}]}]}]}',
            '{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"spanId": "0102"}]}]}]}',
            "",
        ],
    )
    def test_it_answers_400_in_json_for_a_json_body_that_is_not_otlp(
        self, client: Client, body: str
    ) -> None:
        response = post(client, body, "application/json")

        status = status_of(response, 400, "invalid_otlp")
        assert status.code == code_pb2.INVALID_ARGUMENT

    def test_it_answers_415_for_another_content_type(self, client: Client) -> None:
        response = post(client, "text", "text/plain")

        status_of(response, 415, "unsupported_media_type")

    def test_it_refuses_a_body_that_is_not_gzip(self, client: Client) -> None:
        response = post(client, b"plain", **{"Content-Encoding": "gzip"})

        status_of(response, 400, "invalid_encoding")


class TestLimits:
    def test_it_answers_413_for_a_body_over_the_batch_byte_limit(
        self, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_BATCH_MAX_BYTES = 1000
        request = export_request(*(log_record(f"line {i}") for i in range(50)))
        assert request.ByteSize() > 1000

        status_of(post_proto(client, request), 413, "payload_too_large")

    def test_it_answers_413_for_more_records_than_the_limit(
        self, aws: str, client: Client, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_BATCH_MAX_RECORDS = 3

        response = post_proto(client, export_request(*(log_record() for _ in range(4))))

        status = status_of(response, 413, "payload_too_large")
        assert "limit is 3" in status.message
        assert queued_records(wait=0.5) == []

    def test_it_refuses_a_zip_bomb(self, client: Client) -> None:
        bomb = gzip.compress(b"\x00" * 64_000_000, compresslevel=9)

        response = post(client, bomb, **{"Content-Encoding": "gzip"})

        status_of(response, 413, "payload_too_large")


class TestAccess:
    def test_it_answers_401_without_a_key(self, db: None) -> None:
        response = post_proto(Client(), export_request(log_record()))

        status = status_of(response, 401, "not_authenticated")
        assert status.code == code_pb2.UNAUTHENTICATED
        assert response["WWW-Authenticate"] == "Api-Key"

    def test_it_answers_401_for_an_unknown_key(self, db: None) -> None:
        client = Client(headers={"Authorization": "Api-Key not.a-key"})

        status_of(post_proto(client, export_request(log_record())), 401, "authentication_failed")

    def test_it_refuses_a_tenant_header_naming_another_tenant(self, client: Client) -> None:
        response = post_proto(client, export_request(log_record()), **{"X-Tenant-ID": "other"})

        status_of(response, 403, "tenant_forbidden")

    def test_without_required_keys_the_header_names_the_tenant(
        self, aws: str, settings: SettingsWrapper, db: None
    ) -> None:
        settings.INGEST_REQUIRE_API_KEY = False

        missing = post_proto(Client(), export_request(log_record()))
        named = post_proto(Client(), export_request(log_record()), **{"X-Tenant-ID": "gw"})

        status_of(missing, 400, "invalid_request")
        export_response(named)
        assert [record["tenant_id"] for record in queued_records()] == ["gw"]

    def test_it_answers_429_with_retry_after_over_the_rate_limit(
        self,
        aws: str,
        tenant_client: Callable[[], tuple[str, Client]],
        settings: SettingsWrapper,
    ) -> None:
        settings.INGEST_RATE_LIMIT = (2, 3600)
        _, client = tenant_client()

        for _ in range(2):
            export_response(post_proto(client, export_request(log_record())))
        response = post_proto(client, export_request(log_record()))

        status_of(response, 429, "rate_limited")
        assert 1 <= int(response["Retry-After"]) <= 3600

    def test_it_answers_503_with_retry_after_when_sqs_is_unreachable(
        self, client: Client, unreachable_aws: None
    ) -> None:
        response = post_proto(client, export_request(log_record(), log_record("b")))

        status = status_of(response, 503, "queue_unavailable")
        assert status.code == code_pb2.UNAVAILABLE
        assert int(response["Retry-After"]) > 0


class TestMetricsAndSchema:
    def test_it_counts_accepted_and_refused_records_by_tenant(
        self,
        aws: str,
        tenant_client: Callable[[], tuple[str, Client]],
        settings: SettingsWrapper,
    ) -> None:
        settings.MAX_TEXT_BYTES = 10
        tenant_id, client = tenant_client()
        request = export_request(log_record("a"), log_record("b"), log_record("x" * 11))

        export_response(post_proto(client, request))
        post(client, b"\xff\xff garbage")

        assert metric_value("logs_otlp_accepted_total", tenant=tenant_id) == 2
        too_large = {"tenant": tenant_id, "reason": "payload_too_large"}
        assert metric_value("logs_otlp_rejected_total", **too_large) == 1
        invalid = {"tenant": tenant_id, "reason": "invalid_otlp"}
        assert metric_value("logs_otlp_rejected_total", **invalid) == 1

    def test_it_logs_one_line_per_request_without_text_or_key(
        self,
        aws: str,
        tenant_client: Callable[[], tuple[str, Client]],
        settings: SettingsWrapper,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        settings.MAX_TEXT_BYTES = 30
        tenant_id, client = tenant_client()
        caplog.set_level(logging.INFO, logger="ingest.requests")
        request = export_request(
            log_record("mail jane@example.com", note="800-555-0199"), log_record("y" * 31)
        )

        export_response(post_proto(client, request, **{"X-Request-ID": "otlp-req-1"}))
        post(client, b"\xff\xff garbage")
        Client().generic("POST", URL, data=b"", CONTENT_TYPE=PROTOBUF)

        lines = [r for r in caplog.records if r.name == "ingest.requests"]
        assert [vars(line)["outcome"] for line in lines] == [
            "partial",
            "invalid_otlp",
            "not_authenticated",
        ]
        partial = vars(lines[0])
        assert partial["request_id"] == "otlp-req-1"
        assert (partial["status"], partial["tenant_id"]) == (200, tenant_id)
        assert (partial["records"], partial["accepted"], partial["rejected"]) == (2, 1, 1)
        assert (vars(lines[1])["status"], vars(lines[1])["tenant_id"]) == (400, tenant_id)
        assert vars(lines[2])["status"] == 401
        logged = "".join(str(vars(line)) for line in lines)
        assert "jane@example.com" not in logged and "800-555-0199" not in logged
        assert "Api-Key" not in logged

    def test_the_openapi_schema_documents_both_encodings(self, db: None) -> None:
        response = Client().get("/api/schema/", headers={"Accept": "application/json"})

        operation = json.loads(response.content)["paths"]["/v1/logs"]["post"]
        assert set(operation["requestBody"]["content"]) == {PROTOBUF, "application/json"}
        assert set(operation["responses"]["200"]["content"]) == {PROTOBUF, "application/json"}
        assert {"400", "401", "413", "429", "503"} <= set(operation["responses"])
        # Errors come in the request's encoding: a google.rpc.Status either way.
        for code in ("400", "401", "413", "415", "429", "503"):
            assert set(operation["responses"][code]["content"]) == {PROTOBUF, "application/json"}
