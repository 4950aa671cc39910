"""Request ids, and one structured log line (plus metrics) per ingest request.

The line carries ids, the outcome and timings, never the log text or any credential. The
outcome is read from the DRF response data the API already built: "accepted", "partial", or the
error code of the API's one error shape.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.http import HttpRequest, HttpResponse

from core import metrics

logger = logging.getLogger("ingest.requests")

INGEST_URL_NAME = "log-ingest"
OTLP_URL_NAME = "otlp-logs"
# A client's X-Request-ID is kept when it is a plain token; anything else gets a fresh id.
REQUEST_ID_RE = re.compile(r"[A-Za-z0-9._:-]{1,128}")

_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)


class RequestIdFilter(logging.Filter):
    """Stamps every record logged while a request is handled with that request's id."""

    def filter(self, record: logging.LogRecord) -> bool:
        request_id = _request_id.get()
        if request_id is not None and not hasattr(record, "request_id"):
            record.request_id = request_id
        return True


class RequestLogMiddleware:
    """Honours or generates X-Request-ID, echoes it, and logs each ingest request once."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        sent = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = sent if REQUEST_ID_RE.fullmatch(sent) else uuid.uuid4().hex
        token = _request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response["X-Request-ID"] = request_id
        match = request.resolver_match
        if match is not None and match.url_name in (INGEST_URL_NAME, OTLP_URL_NAME):
            fields = ingest_outcome(request=request, response=response)
            fields["duration_ms"] = round((time.perf_counter() - started) * 1000, 3)
            level = logging.WARNING if response.status_code >= 500 else logging.INFO
            logger.log(level, "ingest request", extra={"request_id": request_id, **fields})
        return response


def ingest_outcome(*, request: HttpRequest, response: HttpResponse) -> dict[str, Any]:
    """Count the request's accepted and rejected records; returns the fields of its log line."""
    data = getattr(response, "data", None)
    data = data if isinstance(data, dict) else {}
    # The authenticated tenant (DRF copies request.auth onto the Django request).
    key_tenant: str | None = getattr(getattr(request, "auth", None), "tenant_id", None)
    fields: dict[str, Any] = {"status": response.status_code, "tenant_id": key_tenant}
    outcome = getattr(response, "ingest_outcome", None)
    if isinstance(outcome, dict):  # POST /v1/logs: counted by the view (ingest/otlp_apis.py)
        return {**fields, **outcome, "tenant_id": outcome.get("tenant_id") or key_tenant}
    if isinstance(data.get("accepted"), list):  # a batch
        accepted, rejected = data["accepted"], data.get("rejected", [])
        for item in accepted:
            metrics.ingest_accepted(tenant_id=item["tenant_id"])
        for item in rejected:
            metrics.ingest_rejected(tenant_id=key_tenant, reason=item["error"])
        tenants = {item["tenant_id"] for item in accepted}
        if key_tenant is None and len(tenants) == 1:
            fields["tenant_id"] = tenants.pop()
        fields.update(
            outcome=data.get("status"),
            records=len(accepted) + len(rejected),
            accepted=len(accepted),
            rejected=len(rejected),
        )
    elif "error" in data:
        metrics.ingest_rejected(tenant_id=key_tenant, reason=data["error"])
        fields["outcome"] = data["error"]
    elif response.status_code == 202:
        metrics.ingest_accepted(tenant_id=data["tenant_id"])
        fields.update(outcome="accepted", tenant_id=data["tenant_id"], log_id=data["log_id"])
    else:
        fields["outcome"] = f"http_{response.status_code}"
    return fields
