"""Prometheus metrics of the web and worker processes (exposed by logsite.health at /metrics).

With PROMETHEUS_MULTIPROC_DIR set (`make run`, the container, the tests) every process, gunicorn
worker or qcluster worker alike, writes its samples to files in that directory and /metrics adds
them up; the directory must be emptied before the processes start. Without it, /metrics shows
the serving process only.

Recording a sample is an in-memory write: nothing here does I/O on the request path. Label
values are bounded: tenant ids (authenticated ones for rejections), error codes, redaction types.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from prometheus_client import Counter, Histogram

NO_TENANT = "-"  # a rejection before the tenant was established
_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_PROCESSING_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 180.0, 600.0, 1800.0)

INGEST_ACCEPTED = Counter(
    "logs_ingest_accepted_total", "Records the ingest API handed to SQS.", ["tenant"]
)
INGEST_REJECTED = Counter(
    "logs_ingest_rejected_total",
    "Requests (or records of a batch) the ingest API refused, by error code.",
    ["tenant", "reason"],
)
OTLP_ACCEPTED = Counter(
    "logs_otlp_accepted_total", "OTLP log records POST /v1/logs handed to SQS.", ["tenant"]
)
OTLP_REJECTED = Counter(
    "logs_otlp_rejected_total",
    "OTLP log records POST /v1/logs refused, by error code (a request refused before its "
    "records were read counts once).",
    ["tenant", "reason"],
)
RATE_LIMIT_FALLBACK = Counter(
    "logs_ingest_rate_limit_fallback_total",
    "Rate-limit decisions a web process took on its own counts because the shared counter "
    "(the cache) was unavailable.",
)
ENQUEUE_SECONDS = Histogram(
    "logs_enqueue_seconds",
    "Time until SQS confirmed a send (one record, or one SendMessageBatch of a batch request).",
    buckets=_LATENCY_BUCKETS,
)
PROCESSED = Counter(
    "logs_processed_total",
    "Records a worker finished: stored, or a duplicate delivery.",
    ["outcome"],
)
FAILED = Counter(
    "logs_processing_failed_total",
    "Processing attempts that raised; SQS delivers the record again, then to the DLQ.",
    ["error"],
)
RETRIED = Counter("logs_retried_total", "Messages received again (SQS receive count above 1).")
AWS_RETRIES = Counter(
    "logs_aws_retries_total",
    "Transient AWS faults retried inside a processing attempt (throttling, conflicts, 5xx, "
    "timeouts) or while acknowledging; a rising rate means AWS is pushing back.",
    ["call", "error"],
)
REDACTIONS = Counter("logs_redactions_total", "PII redacted in stored records.", ["type"])
PROCESSING_LATENCY = Histogram(
    "logs_processing_latency_seconds",
    "From ingest (received_at) to the record being stored.",
    buckets=_PROCESSING_BUCKETS,
)


def ingest_accepted(*, tenant_id: str) -> None:
    INGEST_ACCEPTED.labels(tenant_id).inc()


def ingest_rejected(*, tenant_id: str | None, reason: str) -> None:
    INGEST_REJECTED.labels(tenant_id or NO_TENANT, reason).inc()


def otlp_accepted(*, tenant_id: str, count: int) -> None:
    if count:
        OTLP_ACCEPTED.labels(tenant_id).inc(count)


def otlp_rejected(*, tenant_id: str | None, reason: str, count: int) -> None:
    if count:
        OTLP_REJECTED.labels(tenant_id or NO_TENANT, reason).inc(count)


def rate_limit_fallback() -> None:
    RATE_LIMIT_FALLBACK.inc()


def message_received(*, attributes: Mapping[str, str]) -> None:
    if int(attributes.get("ApproximateReceiveCount", "1")) > 1:
        RETRIED.inc()


def log_processed(*, outcome: str) -> None:
    PROCESSED.labels(outcome).inc()


def log_failed(*, error: BaseException) -> None:
    FAILED.labels(type(error).__name__).inc()


def log_stored(
    *, received_at: datetime, stored_at: datetime, redactions: Mapping[str, int]
) -> None:
    PROCESSING_LATENCY.observe(max((stored_at - received_at).total_seconds(), 0.0))
    for kind, count in redactions.items():
        if count:
            REDACTIONS.labels(kind).inc(count)
