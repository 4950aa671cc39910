from __future__ import annotations

from typing import Any

from django.utils import timezone
from rest_framework import serializers, status
from rest_framework.exceptions import UnsupportedMediaType
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ingest.errors import TenantMismatch
from ingest.fields import LogIdField, LogTextField, TenantIdField
from ingest.parsers import FastJSONParser, PlainTextParser
from ingest.records import LogRecord, Source, new_log_id
from ingest.services import log_enqueue


class LogIngestApi(APIView):
    """POST /api/v1/logs: validate, enqueue durably, answer 202."""

    parser_classes = [FastJSONParser, PlainTextParser]

    class InputSerializer(serializers.Serializer[dict[str, Any]]):
        tenant_id = TenantIdField(trim_whitespace=False)
        log_id = LogIdField(required=False, trim_whitespace=False)
        text = LogTextField(trim_whitespace=False)

        def to_internal_value(self, data: Any) -> dict[str, Any]:
            if not isinstance(data, dict):
                raise serializers.ValidationError(
                    {"non_field_errors": ["Body must be a JSON object."]}
                )
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
            return dict(super().to_internal_value(data))

    def post(self, request: Request) -> Response:
        source, data = _input_of(request)
        serializer = self.InputSerializer(data=data)
        serializer.is_valid(raise_exception=True)
        fields = serializer.validated_data
        record = LogRecord(
            tenant_id=fields["tenant_id"],
            log_id=fields.get("log_id") or new_log_id(),
            text=fields["text"],
            source=source,
            received_at=timezone.now(),
        )
        log_enqueue(record=record)
        return Response(
            {"status": "accepted", "tenant_id": record.tenant_id, "log_id": record.log_id},
            status=status.HTTP_202_ACCEPTED,
        )


def _input_of(request: Request) -> tuple[Source, Any]:
    """The record's fields from a JSON body, or from a text body and its headers."""
    media_type = request.content_type.split(";", 1)[0].strip().lower()
    if media_type not in ("application/json", "text/plain"):
        raise UnsupportedMediaType(
            media_type, detail="Content-Type must be application/json or text/plain."
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
    if isinstance(body, dict) and header_tenant is not None:
        if "tenant_id" not in body:
            body = {**body, "tenant_id": header_tenant}
        elif body["tenant_id"] != header_tenant:
            raise TenantMismatch()
    return "json", body
