"""The OpenAPI description of POST /v1/logs (OTLP/HTTP logs), kept out of the view."""

from __future__ import annotations

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework import serializers

PROTOBUF = "application/x-protobuf"
JSON = "application/json"
BINARY = {"type": "string", "format": "binary"}


class PartialSuccessSerializer(serializers.Serializer[Any]):
    rejectedLogRecords = serializers.CharField(
        help_text="int64, as a string: the log records refused."
    )
    errorMessage = serializers.CharField(help_text="Why they were refused.")


class ExportLogsResponseSerializer(serializers.Serializer[Any]):
    partialSuccess = PartialSuccessSerializer(
        required=False, help_text="Present when some log records were refused."
    )


class StatusDetailSerializer(serializers.Serializer[Any]):
    reason = serializers.CharField(help_text="The API's error code, e.g. payload_too_large.")
    domain = serializers.CharField()

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        fields = dict(super().get_fields())
        fields["@type"] = serializers.CharField(
            help_text="type.googleapis.com/google.rpc.ErrorInfo"
        )
        return fields


class StatusSerializer(serializers.Serializer[Any]):
    code = serializers.IntegerField(help_text="A google.rpc.Code, e.g. 3 (INVALID_ARGUMENT).")
    message = serializers.CharField()
    details = StatusDetailSerializer(many=True)


JSON_REQUEST = {
    "type": "object",
    "description": "An ExportLogsServiceRequest in OTLP's JSON encoding: lowerCamelCase names, "
    "trace and span ids as hex, 64-bit integers as strings or numbers. Unknown fields are "
    "ignored.",
    "properties": {
        "resourceLogs": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True},
        }
    },
}

COLLECTOR_EXAMPLE = {
    "resourceLogs": [
        {
            "resource": {
                "attributes": [{"key": "service.name", "value": {"stringValue": "checkout"}}]
            },
            "scopeLogs": [
                {
                    "scope": {"name": "checkout.payments"},
                    "logRecords": [
                        {
                            "timeUnixNano": "1764670500123456789",
                            "observedTimeUnixNano": "1764670500123999000",
                            "severityNumber": 17,
                            "severityText": "ERROR",
                            "body": {"stringValue": "Card declined for jane@example.com"},
                            "attributes": [
                                {"key": "user.phone", "value": {"stringValue": "800-555-0199"}},
                                {"key": "retry", "value": {"intValue": "2"}},
                            ],
                            "traceId": "5b8efff798038103d269b633813fc60c",
                            "spanId": "eee19b7ec3c1b174",
                        }
                    ],
                }
            ],
        }
    ]
}


def _status(status: int, description: str) -> dict[tuple[int, str], OpenApiResponse]:
    """A google.rpc.Status in the request's encoding: protobuf for protobuf, JSON otherwise."""
    return {
        (status, JSON): OpenApiResponse(StatusSerializer, description=description),
        (status, PROTOBUF): OpenApiResponse(OpenApiTypes.BINARY, description=description),
    }


OTLP_LOGS_SCHEMA: dict[str, Any] = {
    "operation_id": "otlp_logs_export",
    "tags": ["otlp"],
    "summary": "OTLP/HTTP logs: ingest an ExportLogsServiceRequest",
    "description": (
        "The OTLP/HTTP logs endpoint: point `OTEL_EXPORTER_OTLP_LOGS_ENDPOINT` here and send "
        "`OTEL_EXPORTER_OTLP_HEADERS=Authorization=Api-Key%20<key>`. The body is an "
        "`ExportLogsServiceRequest` as protobuf (`application/x-protobuf`) or OTLP JSON "
        "(`application/json`), optionally with `Content-Encoding: gzip`; at most "
        "INGEST_BATCH_MAX_BYTES decompressed and INGEST_BATCH_MAX_RECORDS log records. Each "
        "log record becomes one record of the key's tenant (README, OTLP intake). 200 means SQS "
        "has every record not counted in `partialSuccess`; the answer is in the request's "
        "encoding. Errors are a `google.rpc.Status` whose ErrorInfo detail names the API's "
        "error code; 429 and 503 are retryable and carry Retry-After."
    ),
    "request": {PROTOBUF: BINARY, JSON: JSON_REQUEST},
    "parameters": [
        OpenApiParameter(
            "X-Tenant-ID",
            str,
            OpenApiParameter.HEADER,
            description="Optional: must name the key's tenant.",
        ),
        OpenApiParameter(
            "X-Request-ID",
            str,
            OpenApiParameter.HEADER,
            description="Echoed in the response and the logs; generated when absent.",
        ),
        OpenApiParameter(
            "X-Request-ID",
            str,
            OpenApiParameter.HEADER,
            response=True,
            description="The request's id, as sent or as generated.",
        ),
        OpenApiParameter(
            "Content-Encoding",
            str,
            OpenApiParameter.HEADER,
            enum=["gzip", "identity"],
            description="gzip for a compressed body.",
        ),
        OpenApiParameter(
            "Retry-After",
            int,
            OpenApiParameter.HEADER,
            response=[429, 503],
            description="Seconds to wait before retrying.",
        ),
    ],
    "examples": [
        OpenApiExample(
            "As the Collector sends it (JSON)",
            COLLECTOR_EXAMPLE,
            request_only=True,
            media_type=JSON,
        ),
        OpenApiExample(
            "Some records refused",
            {
                "partialSuccess": {
                    "rejectedLogRecords": "1",
                    "errorMessage": "1 log records refused: A body is 70000 bytes; the limit "
                    "is 65536.",
                }
            },
            response_only=True,
            status_codes=["200"],
        ),
    ],
    "responses": {
        (200, JSON): OpenApiResponse(
            ExportLogsResponseSerializer,
            description="An ExportLogsServiceResponse; partialSuccess counts refused records.",
        ),
        (200, PROTOBUF): OpenApiResponse(
            OpenApiTypes.BINARY, description="An ExportLogsServiceResponse."
        ),
        **_status(400, "Not an ExportLogsServiceRequest (invalid_otlp), or a bad header."),
        **_status(401, "No API key, or an unknown or revoked one."),
        **_status(403, "X-Tenant-ID names another tenant, or the tenant is inactive."),
        **_status(413, "Body or record count over the limit."),
        **_status(415, "Another Content-Type, or a Content-Encoding other than gzip."),
        **_status(429, "The tenant's rate limit is used up; see Retry-After."),
        **_status(503, "SQS cannot be reached: nothing was accepted; see Retry-After."),
    },
}
