"""POST /v1/logs: OTLP/HTTP logs intake, answered as the OTLP/HTTP specification says.

200 with an ExportLogsServiceResponse once SQS has every accepted record (partial_success
counts the refused ones); errors as a google.rpc.Status, in the request's encoding, with the
API's error code in an ErrorInfo detail; 429 and 503 carry Retry-After. The API key, rate limit,
size limits and enqueue service are the ones of POST /api/v1/logs.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import orjson
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from google.protobuf import json_format
from google.protobuf.message import Message
from google.rpc import code_pb2, error_details_pb2, status_pb2
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from rest_framework import serializers
from rest_framework.exceptions import UnsupportedMediaType
from rest_framework.request import Request
from rest_framework.views import APIView

from core import metrics
from core.errors import PayloadTooLarge, QueueUnavailable, TenantForbidden, api_exception_handler
from ingest.apis import JsonOnlyNegotiation
from ingest.authentication import ApiKeyAuthentication, HasActiveTenantKey
from ingest.otlp import (
    JSON,
    PROTOBUF,
    Encoding,
    MalformedRequest,
    OtlpJsonParser,
    OtlpProtobufParser,
    Rejection,
    otlp_records,
    record_count,
)
from ingest.otlp_schema import OTLP_LOGS_SCHEMA
from ingest.outcomes import IngestOutcome, outcome_attach
from ingest.services import otlp_export_ingest
from ingest.tenants import is_tenant_id, request_tenant, verified_key
from ingest.throttling import TenantRateThrottle
from processing import enqueue

ERROR_DOMAIN = "logsite.ingest"
# google.rpc.Code of each HTTP status this endpoint answers with.
_GRPC_CODES = {
    400: code_pb2.INVALID_ARGUMENT,
    401: code_pb2.UNAUTHENTICATED,
    403: code_pb2.PERMISSION_DENIED,
    404: code_pb2.NOT_FOUND,
    405: code_pb2.UNIMPLEMENTED,
    413: code_pb2.RESOURCE_EXHAUSTED,
    415: code_pb2.INVALID_ARGUMENT,
    429: code_pb2.RESOURCE_EXHAUSTED,
    503: code_pb2.UNAVAILABLE,
}
_PASSED_HEADERS = ("Retry-After", "WWW-Authenticate")


class OtlpLogsApi(APIView):
    """POST /v1/logs: an ExportLogsServiceRequest, as protobuf or OTLP JSON, gzip allowed."""

    parser_classes = [OtlpProtobufParser, OtlpJsonParser]
    authentication_classes = [ApiKeyAuthentication]
    permission_classes = [HasActiveTenantKey]
    throttle_classes = [TenantRateThrottle]
    content_negotiation_class = JsonOnlyNegotiation
    tenant_id: str | None = None  # once known, for the metrics of a refusal
    counted = False  # the view counted the refused records itself
    records: int | None = None  # log records in the request, once decoded

    @extend_schema(**OTLP_LOGS_SCHEMA)
    def post(self, request: Request) -> HttpResponse:
        media_type = _media_type(request)
        if media_type not in (PROTOBUF, JSON):
            raise UnsupportedMediaType(
                media_type, detail=f"Content-Type must be {PROTOBUF} or {JSON}."
            )
        tenant_id = self.tenant_id = _tenant_of(request)
        export = request.data
        if not isinstance(export, ExportLogsServiceRequest):
            # DRF hands over {} for an empty body: an empty protobuf message, but not JSON.
            if media_type == JSON:
                raise MalformedRequest("Body is empty; send an ExportLogsServiceRequest.")
            export = ExportLogsServiceRequest()
        count = self.records = record_count(export)
        limit = settings.INGEST_BATCH_MAX_RECORDS
        if count > limit:
            metrics.otlp_rejected(tenant_id=tenant_id, reason="payload_too_large", count=count)
            self.counted = True
            raise PayloadTooLarge(f"The request has {count} log records; the limit is {limit}.")
        mapped = otlp_records(request=export, tenant_id=tenant_id, received_at=timezone.now())
        try:
            otlp_export_ingest(
                tenant_id=tenant_id,
                records=mapped.records,
                refused_reasons=[rejection.reason for rejection in mapped.rejections],
                total=count,
            )
        except enqueue.QueueUnavailable:
            self.counted = True  # the service counted the export's records as rejected
            raise QueueUnavailable(retry_after=settings.INGEST_RETRY_AFTER) from None
        response = ExportLogsServiceResponse()
        if mapped.rejections:
            response.partial_success.rejected_log_records = len(mapped.rejections)
            response.partial_success.error_message = _summary(mapped.rejections)
        answer = otlp_response(response, encoding=_encoding(request), status=200)
        outcome = IngestOutcome(
            outcome="partial" if mapped.rejections else "accepted",
            tenant_id=tenant_id,
            records=count,
            accepted=len(mapped.records),
            rejected=len(mapped.rejections),
        )
        return outcome_attach(response=answer, outcome=outcome)

    def get_exception_handler(self) -> Any:
        return self._exception_response

    def _exception_response(self, exc: Exception, context: dict[str, Any]) -> HttpResponse:
        """The API's error (code, status, headers) as a google.rpc.Status."""
        shaped = api_exception_handler(exc, context)
        data = shaped.data or {}
        code = str(data.get("error", "internal_error"))
        detail = str(data.get("detail", ""))
        fields = data.get("fields") or {}
        if fields:
            detail += " " + "; ".join(f"{name}: {messages}" for name, messages in fields.items())
        key = verified_key(context["request"])
        tenant = self.tenant_id or (key.tenant_id if key is not None else None)
        if not self.counted:  # refused before its records could be counted: one
            metrics.otlp_rejected(tenant_id=tenant, reason=code, count=1)
        status = status_pb2.Status(
            code=_GRPC_CODES.get(shaped.status_code, code_pb2.INTERNAL), message=detail
        )
        status.details.add().Pack(error_details_pb2.ErrorInfo(reason=code, domain=ERROR_DOMAIN))
        response = otlp_response(
            status, encoding=_encoding(context["request"]), status=shaped.status_code
        )
        if self.records is None:
            outcome = IngestOutcome(outcome=code, tenant_id=tenant)
        else:
            outcome = IngestOutcome(
                outcome=code,
                tenant_id=tenant,
                records=self.records,
                accepted=0,
                rejected=self.records,
            )
        outcome_attach(response=response, outcome=outcome)
        for name in _PASSED_HEADERS:
            if name in shaped:
                response[name] = shaped[name]
        return response


def otlp_response(message: Message, *, encoding: Encoding, status: int) -> HttpResponse:
    if encoding == "protobuf":
        return HttpResponse(message.SerializeToString(), status=status, content_type=PROTOBUF)
    body = orjson.dumps(json_format.MessageToDict(message))
    return HttpResponse(body, status=status, content_type=JSON)


def _media_type(request: Request) -> str:
    return str(request.content_type or "").split(";", 1)[0].strip().lower()


def _encoding(request: Request) -> Encoding:
    # The spec: a response in the request's encoding; anything else is answered in JSON.
    return "protobuf" if _media_type(request) == PROTOBUF else "json"


def _tenant_of(request: Request) -> str:
    """The key's tenant; X-Tenant-ID may repeat it. Without keys the header names the tenant.

    An OTLP record has no tenant field to report a malformed id on: the header must be one.
    """
    key = verified_key(request)
    tenant = request_tenant(key=key, header=request.headers.get("X-Tenant-ID"))
    if is_tenant_id(tenant):
        return str(tenant)
    if key is not None:  # a malformed header, which cannot be the key's tenant
        raise TenantForbidden()
    raise serializers.ValidationError(
        {"X-Tenant-ID": ["Without an API key, this header must name the tenant."]}
    )


def _summary(rejections: list[Rejection]) -> str:
    """One line for partial_success.error_message: how many were refused, and why."""
    details = Counter(rejection.detail for rejection in rejections)
    shown = "; ".join(
        f"{detail} ({count} records)" if count > 1 else detail
        for detail, count in details.most_common(3)
    )
    more = len(details) - 3
    return f"{len(rejections)} log records refused: {shown}" + (
        f"; {more} more" if more > 0 else ""
    )
