"""The OpenAPI description of the ingest API (drf-spectacular), kept out of the view.

The payloads are the view's own serializers (ingest/apis.py), which the view hands in.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import (
    OpenApiAuthenticationExtension,
    OpenApiSerializerFieldExtension,
)
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
)
from rest_framework.serializers import Serializer

NDJSON = "application/x-ndjson"
# An optional trailing slash in a route's regex: the canonical path is the one without it.
OPTIONAL_SLASH = "/?$"


def canonical_paths(
    *, endpoints: list[tuple[str, str, str, Any]]
) -> list[tuple[str, str, str, Any]]:
    """drf-spectacular preprocessing hook: document `^v1/logs/?$` as /api/v1/logs.

    DRF turns the optional slash into a trailing one, while the README, the banner and every
    example use the path without it.
    """
    return [
        (path.rstrip("/") if regex.endswith(OPTIONAL_SLASH) else path, regex, method, callback)
        for path, regex, method, callback in endpoints
    ]


class ApiKeyScheme(OpenApiAuthenticationExtension):
    target_class = "ingest.authentication.ApiKeyAuthentication"
    name = "ApiKey"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Api-Key <key>`; the key alone in an `X-API-Key` header works too.",
        }


class PatternFieldScheme(OpenApiSerializerFieldExtension):
    """A field of ingest/fields.py that checks a pattern shows it, as a DRF RegexField would."""

    target_class = "ingest.fields.PatternField"
    match_subclasses = True

    def map_serializer_field(self, auto_schema: Any, direction: Any) -> dict[str, str]:
        # OpenAPI patterns are ECMA regexes: \u00XX where Python writes \xXX.
        pattern = self.target.regex.pattern.replace("\\x", "\\u00")
        return {"type": "string", "pattern": pattern}


SEED = {
    "tenant_id": "acme_corp",
    "log_id": "101",
    "text": "User 800-555-0199 logged in from 192.168.1.1",
}
NDJSON_EXAMPLE = (
    '{"tenant_id": "acme_corp", "log_id": "101", "text": "User 800-555-0199 logged in"}\n'
    '{"tenant_id": "acme_corp", "log_id": "102", "text": "Mail to jane@example.com"}\n'
)
SECOND = {"tenant_id": "acme_corp", "log_id": "102", "text": "Mail sent to jane@example.com"}
# The error of a record without text, alone or as a batch entry.
MISSING_TEXT = {
    "error": "invalid_request",
    "detail": "Invalid fields: text",
    "fields": {"text": ["This field is required."]},
}


def _error(
    error: type[Serializer[Any]], status: int, code: str, detail: str, description: str
) -> OpenApiResponse:
    return OpenApiResponse(
        error,
        description=description,
        examples=[
            OpenApiExample(
                code,
                {"error": code, "detail": detail, "fields": {}},
                response_only=True,
                status_codes=[str(status)],
            )
        ],
    )


def log_ingest_schema(
    *,
    record: type[Serializer[Any]],
    accepted: type[Serializer[Any]],
    batch_result: type[Serializer[Any]],
    invalid: type[Serializer[Any]],
    error: type[Serializer[Any]],
) -> dict[str, Any]:
    """extend_schema's arguments for POST /api/v1/logs, around the view's own serializers."""
    return {
        "operation_id": "logs_ingest",
        "tags": ["ingest"],
        "summary": "Ingest one log record, or a batch",
        "description": (
            "One record as a JSON object or as a `text/plain` body (tenant from the API key or "
            "`X-Tenant-ID`, log id from `X-Log-ID`), or a batch of up to INGEST_BATCH_MAX_RECORDS "
            "(1,000) records and INGEST_BATCH_MAX_BYTES (5 MB) as a JSON array or as NDJSON (one "
            "JSON object per line). Any body may be sent with `Content-Encoding: gzip`; the limits "
            "apply to the decompressed size. 202 means SQS has the record(s). A batch answers "
            "with a result per record: `partial` when some were rejected, a 400 of the same shape "
            "when all were."
        ),
        "request": {
            "application/json": PolymorphicProxySerializer(
                component_name="LogIngestJson",
                serializers=[record, record(many=True)],
                resource_type_field_name=None,
                many=False,
            ),
            NDJSON: {"type": "string", "description": "One JSON log record per line."},
            "text/plain": {"type": "string", "description": "The log text; any charset."},
        },
        "parameters": [
            OpenApiParameter(
                "X-Tenant-ID",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="text/plain: the tenant (defaults to the key's). JSON: must match it.",
            ),
            OpenApiParameter(
                "X-Log-ID",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="text/plain only.",
            ),
            OpenApiParameter(
                "Content-Encoding",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                enum=["gzip", "identity"],
                description="gzip for a compressed body of any content type.",
            ),
            OpenApiParameter(
                "X-Request-ID",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="Echoed in the response and the logs; generated when absent.",
            ),
            OpenApiParameter(
                "X-Request-ID",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                response=True,
                description="The request's id, as sent or as generated.",
            ),
            OpenApiParameter(
                "Retry-After",
                OpenApiTypes.INT,
                OpenApiParameter.HEADER,
                response=[429, 503],
                description="Seconds to wait before retrying.",
            ),
        ],
        "examples": [
            OpenApiExample("One record", SEED, request_only=True, media_type="application/json"),
            OpenApiExample(
                "A batch (JSON array)",
                [SEED, SECOND],
                request_only=True,
                media_type="application/json",
            ),
            OpenApiExample(
                "A batch (NDJSON)",
                NDJSON_EXAMPLE,
                request_only=True,
                media_type=NDJSON,
            ),
            OpenApiExample(
                "Raw text",
                "This is a raw log file dump that will take some time to process.",
                request_only=True,
                media_type="text/plain",
            ),
            OpenApiExample(
                "One record accepted",
                {"status": "accepted", "tenant_id": "acme_corp", "log_id": "101"},
                response_only=True,
                status_codes=["202"],
            ),
            OpenApiExample(
                "A batch partly accepted",
                {
                    "status": "partial",
                    "accepted": [{"index": 0, "tenant_id": "acme_corp", "log_id": "101"}],
                    "rejected": [{"index": 1, **MISSING_TEXT}],
                },
                response_only=True,
                status_codes=["202"],
            ),
            OpenApiExample(
                "Invalid record",
                MISSING_TEXT,
                response_only=True,
                status_codes=["400"],
            ),
            OpenApiExample(
                "Every record of a batch rejected",
                {
                    "error": "invalid_request",
                    "detail": "No record of the batch was accepted.",
                    "fields": {},
                    "status": "rejected",
                    "accepted": [],
                    "rejected": [{"index": 0, **MISSING_TEXT}],
                },
                response_only=True,
                status_codes=["400"],
            ),
        ],
        "responses": {
            202: PolymorphicProxySerializer(
                component_name="LogIngestAccepted",
                serializers=[accepted, batch_result],
                resource_type_field_name=None,
            ),
            400: OpenApiResponse(
                invalid,
                description="invalid_request, invalid_json, invalid_encoding, tenant_mismatch, or "
                "a batch of which no record was accepted.",
            ),
            401: _error(
                error,
                401,
                "not_authenticated",
                "An API key is required: send 'Authorization: Api-Key <key>'.",
                "No API key (not_authenticated), or an unknown or revoked one "
                "(authentication_failed).",
            ),
            403: _error(
                error,
                403,
                "tenant_forbidden",
                "This API key belongs to another tenant than the one the request names.",
                "The key's tenant is not the one named (tenant_forbidden) or is inactive "
                "(tenant_inactive).",
            ),
            413: _error(
                error,
                413,
                "payload_too_large",
                "text is 70000 bytes; the limit is 65536 bytes.",
                "A text, body or batch over its limit (after decompression).",
            ),
            415: _error(
                error,
                415,
                "unsupported_media_type",
                "Content-Type must be application/json, application/x-ndjson or text/plain.",
                "Another content type, an unknown charset, or a Content-Encoding other than gzip.",
            ),
            429: _error(
                error,
                429,
                "rate_limited",
                "Request was throttled. Expected available in 12 seconds.",
                "The tenant's rate limit is used up; see Retry-After.",
            ),
            503: _error(
                error,
                503,
                "queue_unavailable",
                "The ingest queue cannot be reached; nothing was accepted. Retry later.",
                "SQS cannot be reached: nothing was accepted; see Retry-After.",
            ),
        },
    }
