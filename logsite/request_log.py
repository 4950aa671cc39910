"""Request ids, and one structured log line per ingest request.

The line carries ids, the outcome and timings, never the log text or any credential. The
outcome is the one the ingest view attached to its response (ingest/outcomes.py), which counted
the request's metrics too.
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

from ingest.outcomes import outcome_of

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
            fields = ingest_log_fields(request=request, response=response)
            fields["duration_ms"] = round((time.perf_counter() - started) * 1000, 3)
            level = logging.WARNING if response.status_code >= 500 else logging.INFO
            logger.log(level, "ingest request", extra={"request_id": request_id, **fields})
        return response


def ingest_log_fields(*, request: HttpRequest, response: HttpResponse) -> dict[str, Any]:
    """The fields of the request's log line, from the outcome its view attached."""
    fields: dict[str, Any] = {"status": response.status_code}
    outcome = outcome_of(response)
    if outcome is not None:
        return {**fields, **outcome.log_fields()}
    # Answered outside the view (no outcome attached): the authenticated tenant, if any (DRF
    # copies request.auth onto the Django request).
    key_tenant = getattr(getattr(request, "auth", None), "tenant_id", None)
    return {**fields, "tenant_id": key_tenant, "outcome": f"http_{response.status_code}"}
