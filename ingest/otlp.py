"""OTLP/HTTP logs: decoding an ExportLogsServiceRequest and mapping its LogRecords to records.

Both encodings are decoded by protobuf itself (opentelemetry-proto's generated classes and
protobuf's json_format); the only thing done by hand is what OTLP's JSON encoding changes
about protobuf's: trace and span ids are hex instead of base64.

Mapping (README "OTLP intake"): each LogRecord becomes one record of the key's tenant. Its text
is the body (a string as it is, any other value as compact JSON); severity, times, trace and
span id, the record's attributes, the scope's name and the resource's attributes go into
`structured`, which the worker redacts before storing (processing/structured.py). The log_id is
an HMAC of the tenant, resource, scope and record as sent, so a retried export names the same
records and the worker stores each once; being keyed, it tells nothing about the content.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any, Literal

import orjson
from django.conf import settings
from django.utils.crypto import salted_hmac
from google.protobuf import json_format
from google.protobuf.message import DecodeError
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, InstrumentationScope, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord
from opentelemetry.proto.resource.v1.resource_pb2 import Resource
from rest_framework.exceptions import ParseError
from rest_framework.parsers import BaseParser

from core.records import LogRecord
from ingest.parsers import read_body

Encoding = Literal["protobuf", "json"]
PROTOBUF = "application/x-protobuf"
JSON = "application/json"

# The structured fields of one record, as compact JSON before redaction (DynamoDB items stop
# at 400 KB, text included). Longer values are cut to fit rather than losing the record:
# exporters do not retry a partial success, so a refused record would simply vanish.
STRUCTURED_MAX_BYTES = 16 * 1024
# A value cut to fit keeps at least this many characters; a record whose attributes are too
# many to fit even so is refused.
_MIN_KEPT_CHARS = 128
# Attribute values nested deeper than this are kept as compact JSON text (DynamoDB documents
# stop at 32 levels).
MAX_VALUE_DEPTH = 8
# DynamoDB numbers span 1e-130 to 1e126 (38 digits); other doubles are kept as text.
_DOUBLE_RANGE = (1e-120, 1e120)
_ID_FIELDS = {"traceId": 16, "trace_id": 16, "spanId": 8, "span_id": 8}
_LOG_ID_SALT = "ingest.otlp.log_id"


class MalformedRequest(ParseError):
    """The body is not an ExportLogsServiceRequest in the encoding its Content-Type names."""

    default_code = "invalid_otlp"


@dataclass(frozen=True)
class Rejection:
    reason: str  # an error code of the API's
    detail: str


@dataclass(frozen=True)
class Mapped:
    records: list[LogRecord]
    rejections: list[Rejection]


def otlp_decode(*, body: bytes, encoding: Encoding) -> ExportLogsServiceRequest:
    """The request in `body`; raises MalformedRequest (a 400) when it is not one."""
    request = ExportLogsServiceRequest()
    if encoding == "protobuf":
        try:
            request.ParseFromString(body)
        except DecodeError as error:
            raise MalformedRequest(
                f"Body is not a protobuf ExportLogsServiceRequest: {error}"
            ) from None
        return request
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as error:
        raise MalformedRequest(f"Body is not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise MalformedRequest("Body must be a JSON object (an ExportLogsServiceRequest).")
    try:
        json_format.ParseDict(_ids_as_base64(data), request, ignore_unknown_fields=True)
    except (json_format.ParseError, ValueError, TypeError) as error:
        raise MalformedRequest(
            f"Body is not an OTLP JSON ExportLogsServiceRequest: {error}"
        ) from None
    return request


def _ids_as_base64(data: dict[str, Any]) -> dict[str, Any]:
    """OTLP JSON sends trace and span ids as hex; protobuf's JSON mapping expects base64."""
    for record in _json_log_records(data):
        for name, size in _ID_FIELDS.items():
            value = record.get(name)
            if not isinstance(value, str):
                continue
            try:
                raw = bytes.fromhex(value)
            except ValueError:
                raise MalformedRequest(f"{name} {value[:40]!r} is not hex.") from None
            if raw and len(raw) != size:
                raise MalformedRequest(f"{name} must be {size} bytes ({2 * size} hex digits).")
            record[name] = base64.b64encode(raw).decode("ascii")
    return data


def _json_log_records(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    # Anything not shaped as OTLP is left to json_format, which names the problem.
    for resource_logs in _dicts(data, "resourceLogs", "resource_logs"):
        for scope_logs in _dicts(resource_logs, "scopeLogs", "scope_logs"):
            yield from _dicts(scope_logs, "logRecords", "log_records")


def _dicts(parent: dict[str, Any], *names: str) -> Iterator[dict[str, Any]]:
    for name in names:
        items = parent.get(name)
        if isinstance(items, list):
            yield from (item for item in items if isinstance(item, dict))


def record_count(request: ExportLogsServiceRequest) -> int:
    return sum(
        len(scope_logs.log_records)
        for resource_logs in request.resource_logs
        for scope_logs in resource_logs.scope_logs
    )


def otlp_records(
    *, request: ExportLogsServiceRequest, tenant_id: str, received_at: datetime
) -> Mapped:
    """Each LogRecord of the request as a record of `tenant_id`, or the reason it is refused."""
    records: list[LogRecord] = []
    rejections: list[Rejection] = []
    for resource_logs in request.resource_logs:
        resource = resource_logs.resource
        resource_attributes = _attributes(resource.attributes)
        for scope_logs in resource_logs.scope_logs:
            scope = scope_logs.scope
            for log_record in scope_logs.log_records:
                try:
                    records.append(
                        _record(
                            log_record,
                            tenant_id=tenant_id,
                            received_at=received_at,
                            resource=resource,
                            resource_attributes=resource_attributes,
                            scope=scope,
                        )
                    )
                except _Refused as refused:
                    rejections.append(refused.rejection)
    return Mapped(records=records, rejections=rejections)


class _Refused(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.rejection = Rejection(reason=reason, detail=detail)


def _record(
    log_record: OtlpLogRecord,
    *,
    tenant_id: str,
    received_at: datetime,
    resource: Resource,
    resource_attributes: dict[str, Any],
    scope: InstrumentationScope,
) -> LogRecord:
    text = _body_text(log_record.body) if log_record.HasField("body") else ""
    size = len(text.encode("utf-8"))
    if size > settings.MAX_TEXT_BYTES:
        limit = settings.MAX_TEXT_BYTES
        raise _Refused("payload_too_large", f"A body is {size} bytes; the limit is {limit}.")
    structured = _within_limit(
        _structured(log_record, resource_attributes=resource_attributes, scope=scope)
    )
    return LogRecord(
        tenant_id=tenant_id,
        log_id=_log_id(tenant_id, resource, scope, log_record),
        text=text,
        source="otlp",
        received_at=received_at,
        structured=structured,
    )


def _structured(
    log_record: OtlpLogRecord, *, resource_attributes: dict[str, Any], scope: InstrumentationScope
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "severity_number": int(log_record.severity_number),
        "severity_text": log_record.severity_text,
        "attributes": _attributes(log_record.attributes),
        "resource": resource_attributes,
    }
    for name, nanos in (
        ("time", log_record.time_unix_nano),
        ("observed_time", log_record.observed_time_unix_nano),
    ):
        if nanos:
            fields[name] = _iso_time(nanos, name)
    for name, raw in (("trace_id", log_record.trace_id), ("span_id", log_record.span_id)):
        if raw:
            if len(raw) != _ID_FIELDS[name]:
                raise _Refused("invalid_otlp", f"A {name} must be {_ID_FIELDS[name]} bytes.")
            fields[name] = raw.hex()
    if scope.name:
        fields["scope"] = scope.name
    return fields


def _within_limit(fields: dict[str, Any]) -> dict[str, Any]:
    """`fields`, its longest string values cut until it fits STRUCTURED_MAX_BYTES."""
    kept = fields
    size = len(orjson.dumps(kept))
    cap = max(_longest_string(fields), _MIN_KEPT_CHARS)
    while size > STRUCTURED_MAX_BYTES and cap > _MIN_KEPT_CHARS:
        cap = max(cap // 2, _MIN_KEPT_CHARS)
        kept = _cut(fields, cap)
        size = len(orjson.dumps(kept))
    if size > STRUCTURED_MAX_BYTES:
        raise _Refused(
            "payload_too_large",
            f"A record's attributes are {size} bytes as JSON even with every value cut to "
            f"{_MIN_KEPT_CHARS} characters; the limit is {STRUCTURED_MAX_BYTES}.",
        )
    return kept


def _longest_string(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return max((_longest_string(item) for item in value), default=0)
    return 0


def _cut(value: Any, cap: int) -> Any:
    if isinstance(value, str):
        if len(value) <= cap:
            return value
        # Cut at a space near the limit where there is one, so that no email or phone is
        # split into a part the redactor no longer recognises.
        end = value.rfind(" ", cap - 32, cap)
        end = end if end > 0 else cap
        return f"{value[:end]} [cut: {len(value)} characters in all]"
    if isinstance(value, dict):
        return {key: _cut(item, cap) for key, item in value.items()}
    if isinstance(value, list):
        return [_cut(item, cap) for item in value]
    return value


def _iso_time(nanos: int, name: str) -> str:
    seconds, fraction = divmod(nanos, 1_000_000_000)
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, ValueError, OSError):
        raise _Refused("invalid_otlp", f"A record's {name} is out of range.") from None
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{fraction:09d}Z"


def _body_text(body: AnyValue) -> str:
    if body.WhichOneof("value") == "string_value":
        return body.string_value
    return orjson.dumps(_value(body, depth=0)).decode()


def _attributes(pairs: Any, depth: int = 0) -> dict[str, Any]:
    # OTLP keys are non-empty; a repeated key keeps its last value, as the SDKs do.
    return {pair.key: _value(pair.value, depth=depth + 1) for pair in pairs if pair.key}


def _value(value: AnyValue, *, depth: int) -> Any:
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    if depth > MAX_VALUE_DEPTH and kind in ("array_value", "kvlist_value"):
        return orjson.dumps(json_format.MessageToDict(value)).decode()
    if kind == "string_value":
        return value.string_value
    if kind == "bool_value":
        return value.bool_value
    if kind == "int_value":
        return value.int_value
    if kind == "double_value":
        return _double(value.double_value)
    if kind == "bytes_value":
        return base64.b64encode(value.bytes_value).decode("ascii")
    if kind == "array_value":
        return [_value(item, depth=depth + 1) for item in value.array_value.values]
    kvlist: list[KeyValue] = list(value.kvlist_value.values)
    return _attributes(kvlist, depth=depth)


def _double(number: float) -> float | str:
    low, high = _DOUBLE_RANGE
    if number == 0 or (math.isfinite(number) and low <= abs(number) <= high):
        return number
    return repr(number)


def _log_id(
    tenant_id: str, resource: Resource, scope: InstrumentationScope, log_record: OtlpLogRecord
) -> str:
    parts = [
        tenant_id.encode(),
        resource.SerializeToString(deterministic=True),
        scope.SerializeToString(deterministic=True),
        log_record.SerializeToString(deterministic=True),
    ]
    # Each part with its length, so that no two different contents hash alike.
    content = b"".join(len(part).to_bytes(8, "big") + part for part in parts)
    return "otlp-" + salted_hmac(_LOG_ID_SALT, content, algorithm="sha256").hexdigest()


class _OtlpParser(BaseParser):
    encoding: Encoding

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> ExportLogsServiceRequest:
        body = read_body(stream, parser_context, limit=settings.INGEST_BATCH_MAX_BYTES)
        return otlp_decode(body=body, encoding=self.encoding)


class OtlpProtobufParser(_OtlpParser):
    media_type = PROTOBUF
    encoding = "protobuf"


class OtlpJsonParser(_OtlpParser):
    media_type = JSON
    encoding = "json"
