from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.utils import timezone
from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers, status
from rest_framework.exceptions import APIException, UnsupportedMediaType
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from core import metrics
from core.errors import PayloadTooLarge, QueueUnavailable, api_exception_handler, error_body
from core.records import LogRecord, Source, new_log_id
from ingest.authentication import ApiKeyAuthentication, HasActiveTenantKey
from ingest.fields import (
    TEXT_TOO_LARGE,
    BoundOnceSerializer,
    LogIdField,
    LogTextField,
    TenantIdField,
)
from ingest.outcomes import IngestOutcome, outcome_attach
from ingest.parsers import FastJSONParser, NdjsonParser, PlainTextParser
from ingest.schema import log_ingest_schema
from ingest.services import RecordError, log_batch_ingest, log_ingest
from ingest.tenants import NOT_NAMED, VerifiedKey, request_tenant, verified_key
from ingest.throttling import TenantRateThrottle
from processing import enqueue

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


class ErrorSerializer(BoundOnceSerializer):
    error = serializers.CharField(help_text="A stable code, e.g. invalid_request.")
    detail = serializers.CharField()

    def get_fields(self) -> dict[str, serializers.Field[Any, Any, Any, Any]]:
        # A field named "fields" cannot be declared: Serializer.fields is taken.
        fields = dict(super().get_fields())
        fields["fields"] = serializers.DictField(help_text="Messages per invalid field, if any.")
        return fields


# One record's result in a batch: the entries of LogIngestApi's batch and invalid outputs.
class BatchAcceptedSerializer(BoundOnceSerializer):
    index = serializers.IntegerField(help_text="Position of the record in the request.")
    tenant_id = serializers.CharField()
    log_id = serializers.CharField()


class BatchRejectedSerializer(ErrorSerializer):
    index = serializers.IntegerField(help_text="Position of the record in the request.")


class LogIngestApi(APIView):
    """POST /api/v1/logs: validate, enqueue durably, answer 202 (per record for a batch)."""

    parser_classes = [FastJSONParser, NdjsonParser, PlainTextParser]
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasActiveTenantKey]
    throttle_classes = [TenantRateThrottle]
    # The API only speaks JSON: skip parsing Accept headers on every request.
    content_negotiation_class = JsonOnlyNegotiation

    @extend_schema_serializer(component_name="LogRecord")
    class InputSerializer(BoundOnceSerializer):
        tenant_id = TenantIdField(
            trim_whitespace=False,
            help_text="Defaults to the API key's tenant; naming another tenant is a 403.",
        )
        log_id = LogIdField(
            required=False,
            trim_whitespace=False,
            help_text="Idempotency key; a UUIDv7 is generated when absent.",
        )
        text = LogTextField(
            trim_whitespace=False, help_text="At most MAX_TEXT_BYTES bytes of UTF-8."
        )

        def to_internal_value(self, data: Any) -> dict[str, Any]:
            if not isinstance(data, dict):
                raise serializers.ValidationError(
                    {"non_field_errors": ["Body must be a JSON object."]}
                )
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
            return dict(super().to_internal_value(data))

    @extend_schema_serializer(component_name="Accepted")
    class OutputSerializer(BoundOnceSerializer):
        status = serializers.ChoiceField(["accepted"])
        tenant_id = serializers.CharField()
        log_id = serializers.CharField()

    @extend_schema_serializer(component_name="BatchResult")
    class BatchOutputSerializer(BoundOnceSerializer):
        status = serializers.ChoiceField(["accepted", "partial"])
        accepted = BatchAcceptedSerializer(many=True)
        rejected = BatchRejectedSerializer(many=True)

    @extend_schema_serializer(component_name="Invalid")
    class InvalidSerializer(ErrorSerializer):
        """The error shape; a batch of which no record was accepted adds its per-record results."""

        status = serializers.ChoiceField(["rejected"], required=False, help_text="Batches only.")
        accepted = BatchAcceptedSerializer(many=True, required=False, help_text="Batches: empty.")
        rejected = BatchRejectedSerializer(many=True, required=False, help_text="Batches only.")

    @extend_schema(
        **log_ingest_schema(
            record=InputSerializer,
            accepted=OutputSerializer,
            batch_result=BatchOutputSerializer,
            invalid=InvalidSerializer,
            error=ErrorSerializer,
        )
    )
    def post(self, request: Request) -> Response:
        source, data = _input_of(request)
        key = verified_key(request)
        header = request.headers.get("X-Tenant-ID")
        try:
            if isinstance(data, list):
                return self._post_batch(data, key=key, header=header)
            record = self._record_of(data, source=source, key=key, header=header)
            log_ingest(record=record)
        except enqueue.QueueUnavailable as error:
            raise QueueUnavailable(retry_after=settings.INGEST_RETRY_AFTER) from error
        output = {"status": "accepted", "tenant_id": record.tenant_id, "log_id": record.log_id}
        return outcome_attach(
            response=Response(self.OutputSerializer(output).data, status=status.HTTP_202_ACCEPTED),
            outcome=IngestOutcome(
                outcome="accepted", tenant_id=record.tenant_id, log_id=record.log_id
            ),
        )

    def handle_exception(self, exc: Exception) -> Response:
        """The API's error shape; the request counts as one rejection, for its key's tenant."""
        response = super().handle_exception(exc)
        key = verified_key(self.request)
        tenant_id = key.tenant_id if key is not None else None
        code = str(response.data["error"])
        metrics.ingest_rejected(tenant_id=tenant_id, reason=code)
        return outcome_attach(
            response=response, outcome=IngestOutcome(outcome=code, tenant_id=tenant_id)
        )

    def _record_of(
        self, data: Any, *, source: Source, key: VerifiedKey | None, header: str | None
    ) -> LogRecord:
        if isinstance(data, dict):  # else validation refuses it, whatever the tenant
            named = data.get("tenant_id", NOT_NAMED)
            tenant = request_tenant(key=key, header=header, named=named)
            if named is NOT_NAMED and tenant is not NOT_NAMED:
                data = {**data, "tenant_id": tenant}
        serializer = self.InputSerializer(data=data)
        if not serializer.is_valid():
            raise _refusal(serializer.errors)
        fields = serializer.validated_data
        return LogRecord(
            tenant_id=fields["tenant_id"],
            log_id=fields.get("log_id") or new_log_id(),
            text=fields["text"],
            source=source,
            received_at=timezone.now(),
        )

    def _post_batch(
        self, items: list[Any], *, key: VerifiedKey | None, header: str | None
    ) -> Response:
        """Each record is accepted or rejected on its own (ingest/services.py)."""
        if not items:
            raise serializers.ValidationError({"non_field_errors": ["The batch has no record."]})
        limit = settings.INGEST_BATCH_MAX_RECORDS
        if len(items) > limit:
            raise PayloadTooLarge(f"The batch has {len(items)} records; the limit is {limit}.")
        entries = [self._entry_of(item, key=key, header=header) for item in items]
        result = log_batch_ingest(
            entries=entries, caller_tenant_id=key.tenant_id if key is not None else None
        )
        if result.status == "rejected":
            refused = error_body("invalid_request", "No record of the batch was accepted.")
            body = self.InvalidSerializer(
                {**refused, "status": "rejected", "accepted": [], "rejected": result.rejected}
            ).data
            response = Response(body, status=status.HTTP_400_BAD_REQUEST)
        else:
            body = self.BatchOutputSerializer(result).data
            response = Response(body, status=status.HTTP_202_ACCEPTED)
        return outcome_attach(
            response=response,
            outcome=IngestOutcome(
                outcome=result.status,
                tenant_id=result.tenant_id,
                records=len(items),
                accepted=len(result.accepted),
                rejected=len(result.rejected),
            ),
        )

    def _entry_of(
        self, item: Any, *, key: VerifiedKey | None, header: str | None
    ) -> LogRecord | RecordError:
        """One record of a batch, validated, or why it is refused."""
        try:
            if isinstance(item, APIException):  # an NDJSON line that is not JSON
                raise item
            if not isinstance(item, dict):
                raise serializers.ValidationError(
                    {"non_field_errors": ["A record must be a JSON object."]}
                )
            return self._record_of(item, source="json", key=key, header=header)
        except APIException as error:
            shaped = api_exception_handler(error, {}).data or {}
            return RecordError(
                error=shaped["error"], detail=shaped["detail"], fields=shaped["fields"]
            )


def _refusal(errors: dict[str, Any]) -> APIException:
    """Invalid fields are a 400, but a text over MAX_TEXT_BYTES makes the record a 413."""
    for error in errors.get("text", ()):
        if getattr(error, "code", None) == TEXT_TOO_LARGE:
            return PayloadTooLarge(str(error))
    return serializers.ValidationError(errors)


def _input_of(request: Request) -> tuple[Source, Any]:
    """The record's fields from a JSON body, or from a text body and its X-Log-ID header.

    A batch (a JSON array, or NDJSON) comes back as a list of the records' fields. The tenant
    is decided later, with the API key and X-Tenant-ID (ingest/tenants.py).
    """
    media_type = request.content_type.split(";", 1)[0].strip().lower()
    if media_type not in MEDIA_TYPES:
        raise UnsupportedMediaType(
            media_type,
            detail="Content-Type must be application/json, application/x-ndjson or text/plain.",
        )
    body = request.data
    if media_type == "text/plain":
        data: dict[str, Any] = {"text": body if isinstance(body, str) else ""}
        if "X-Log-ID" in request.headers:
            data["log_id"] = request.headers["X-Log-ID"]
        return "text", data
    if media_type == "application/x-ndjson":
        return "json", body if isinstance(body, list) else []
    return "json", body
