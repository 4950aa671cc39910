from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from django.conf import settings
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, UnsupportedMediaType
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.serializer_helpers import BindingDict
from rest_framework.views import APIView

from core.errors import (
    PayloadTooLarge,
    QueueUnavailable,
    TenantMismatch,
    api_exception_handler,
    error_body,
)
from core.records import LogRecord, Source, new_log_id
from ingest.authentication import ApiKeyAuthentication, HasActiveTenantKey, resolve_tenant
from ingest.fields import LogIdField, LogTextField, TenantIdField
from ingest.parsers import FastJSONParser, NdjsonParser, PlainTextParser
from ingest.schema import LOG_INGEST_SCHEMA
from ingest.services import log_enqueue, log_enqueue_many
from ingest.throttling import TenantRateThrottle

MEDIA_TYPES = ("application/json", "application/x-ndjson", "text/plain")


class JsonOnlyNegotiation(DefaultContentNegotiation):
    def select_renderer(
        self,
        request: Request,
        renderers: Iterable[BaseRenderer],
        format_suffix: str | None = None,
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type


class LogIngestApi(APIView):
    """POST /api/v1/logs: validate, enqueue durably, answer 202 (per record for a batch)."""

    parser_classes = [FastJSONParser, NdjsonParser, PlainTextParser]
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasActiveTenantKey]
    throttle_classes = [TenantRateThrottle]
    # The API only speaks JSON: skip parsing Accept headers on every request.
    content_negotiation_class = JsonOnlyNegotiation

    class InputSerializer(serializers.Serializer[dict[str, Any]]):
        tenant_id = TenantIdField(trim_whitespace=False)
        log_id = LogIdField(required=False, trim_whitespace=False)
        text = LogTextField(trim_whitespace=False)
        shared_fields: ClassVar[BindingDict | None] = None

        @property
        def fields(self) -> BindingDict:
            # DRF deep-copies and binds the declared fields for every instance, a third of
            # this view's time. These fields keep no per-request state (no context, no
            # partial updates), so one bound set serves every instance.
            cls = type(self)
            if cls.shared_fields is None:
                cls.shared_fields = super().fields
            return cls.shared_fields

        def to_internal_value(self, data: Any) -> dict[str, Any]:
            if not isinstance(data, dict):
                raise serializers.ValidationError(
                    {"non_field_errors": ["Body must be a JSON object."]}
                )
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
            return dict(super().to_internal_value(data))

    @extend_schema(**LOG_INGEST_SCHEMA)
    def post(self, request: Request) -> Response:
        source, data = _input_of(request)
        if isinstance(data, list):
            return self._post_batch(request, data)
        record = self._record_of(request, source, data)
        log_enqueue(record=record)
        return Response(
            {"status": "accepted", "tenant_id": record.tenant_id, "log_id": record.log_id},
            status=status.HTTP_202_ACCEPTED,
        )

    def _record_of(self, request: Request, source: Source, data: Any) -> LogRecord:
        serializer = self.InputSerializer(data=resolve_tenant(request, data))
        serializer.is_valid(raise_exception=True)
        fields = serializer.validated_data
        return LogRecord(
            tenant_id=fields["tenant_id"],
            log_id=fields.get("log_id") or new_log_id(),
            text=fields["text"],
            source=source,
            received_at=timezone.now(),
        )

    def _post_batch(self, request: Request, items: list[Any]) -> Response:
        """Each record is accepted or rejected on its own (like CloudWatch PutLogEvents)."""
        if not items:
            raise serializers.ValidationError({"non_field_errors": ["The batch has no record."]})
        limit = settings.INGEST_BATCH_MAX_RECORDS
        if len(items) > limit:
            raise PayloadTooLarge(f"The batch has {len(items)} records; the limit is {limit}.")
        valid, rejected = self._validate_batch(request, items)
        ids = log_enqueue_many(records=[record for _, record in valid]) if valid else []
        if valid and not any(ids):
            raise QueueUnavailable(retry_after=settings.INGEST_RETRY_AFTER)
        accepted = []
        for (index, record), message_id in zip(valid, ids, strict=True):
            if message_id is None:
                unsent = error_body(QueueUnavailable.default_code, "SQS did not take it; retry.")
                rejected.append({"index": index, **unsent})
            else:
                accepted.append(
                    {"index": index, "tenant_id": record.tenant_id, "log_id": record.log_id}
                )
        rejected.sort(key=lambda entry: int(entry["index"]))
        if not accepted:
            refused = error_body("invalid_request", "No record of the batch was accepted.")
            return Response(
                {**refused, "status": "rejected", "accepted": [], "rejected": rejected},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return Response(
            {
                "status": "partial" if rejected else "accepted",
                "accepted": accepted,
                "rejected": rejected,
            },
            status=status.HTTP_202_ACCEPTED,
        )

    def _validate_batch(
        self, request: Request, items: list[Any]
    ) -> tuple[list[tuple[int, LogRecord]], list[dict[str, Any]]]:
        """(index, record) of each valid record, and the rejection of each other one."""
        header_tenant = request.headers.get("X-Tenant-ID")
        valid: list[tuple[int, LogRecord]] = []
        rejected: list[dict[str, Any]] = []
        for index, item in enumerate(items):
            try:
                if isinstance(item, APIException):  # an NDJSON line that is not JSON
                    raise item
                if not isinstance(item, dict):
                    raise serializers.ValidationError(
                        {"non_field_errors": ["A record must be a JSON object."]}
                    )
                data = _with_header_tenant(item, header_tenant)
                valid.append((index, self._record_of(request, "json", data)))
            except APIException as error:
                rejected.append({"index": index, **_error_of(error)})
        return valid, rejected


def _error_of(error: APIException) -> dict[str, Any]:
    """The API's error shape for one record of a batch."""
    return dict(api_exception_handler(error, {}).data or {})


def _input_of(request: Request) -> tuple[Source, Any]:
    """The record's fields from a JSON body, or from a text body and its headers.

    A batch (a JSON array, or NDJSON) comes back as a list of the records' fields.
    """
    media_type = request.content_type.split(";", 1)[0].strip().lower()
    if media_type not in MEDIA_TYPES:
        raise UnsupportedMediaType(
            media_type,
            detail="Content-Type must be application/json, application/x-ndjson or text/plain.",
        )
    header_tenant = request.headers.get("X-Tenant-ID")
    body = request.data
    if media_type == "text/plain":
        data: dict[str, Any] = {"text": body if isinstance(body, str) else ""}
        if header_tenant is not None:
            data["tenant_id"] = header_tenant
        if "X-Log-ID" in request.headers:
            data["log_id"] = request.headers["X-Log-ID"]
        return "text", data
    if media_type == "application/x-ndjson":
        return "json", body if isinstance(body, list) else []
    if isinstance(body, dict):
        body = _with_header_tenant(body, header_tenant)
    return "json", body


def _with_header_tenant(body: dict[str, Any], header_tenant: str | None) -> dict[str, Any]:
    """X-Tenant-ID fills in an absent tenant_id and must not contradict a present one."""
    if header_tenant is None:
        return body
    if "tenant_id" not in body:
        return {**body, "tenant_id": header_tenant}
    if body["tenant_id"] != header_tenant:
        raise TenantMismatch()
    return body
