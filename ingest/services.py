from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from core import metrics
from core.records import LogRecord
from processing.enqueue import EnqueueResult, QueueUnavailable, records_enqueue

logger = logging.getLogger(__name__)


def logs_enqueue(*, records: Sequence[LogRecord]) -> EnqueueResult:
    """Put records on the ingest queue (processing/enqueue.py), one or a batch.

    Raises processing's QueueUnavailable when SQS took none of them, logged here with the
    request's context: the caller must then report none as accepted.
    """
    try:
        return records_enqueue(records=records)
    except QueueUnavailable as error:
        first = records[0]
        logger.error(
            "Enqueue failed for tenant=%s log_id=%s (first of %d): %s",
            first.tenant_id,
            first.log_id,
            len(records),
            error,
        )
        raise


@dataclass(frozen=True, slots=True)
class RecordError:
    """Why one record of a batch is refused, in the API's error shape (core/errors.py)."""

    error: str
    detail: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BatchAccepted:
    index: int  # the record's position in the request
    tenant_id: str
    log_id: str


@dataclass(frozen=True, slots=True)
class BatchRejected:
    index: int
    error: str
    detail: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch request did: the view serializes it as it is."""

    accepted: list[BatchAccepted]
    rejected: list[BatchRejected]  # in request order
    tenant_id: str | None  # the batch's tenant for its log line, when it has one

    @property
    def status(self) -> Literal["accepted", "partial", "rejected"]:
        if not self.accepted:
            return "rejected"
        return "partial" if self.rejected else "accepted"


# What a record SQS did not take is rejected with (its batch partly went through).
UNSENT = RecordError(error="queue_unavailable", detail="SQS did not take it; retry.", fields={})


def log_ingest(*, record: LogRecord) -> None:
    """Accept one record: on the ingest queue, and counted.

    Raises processing's QueueUnavailable when SQS does not have it: it is not accepted then.
    """
    logs_enqueue(records=[record])
    metrics.ingest_accepted(tenant_id=record.tenant_id)


def log_batch_ingest(
    *, entries: Sequence[LogRecord | RecordError], caller_tenant_id: str | None
) -> BatchResult:
    """Accept or reject each record of a batch on its own (like CloudWatch PutLogEvents).

    `entries` are the batch's records in request order: each validated, or why it is not.
    The valid ones are enqueued together; one SQS did not take is rejected as UNSENT. Each
    accepted record counts for its tenant, each rejected one for `caller_tenant_id` (the API
    key's; None without keys). Raises processing's QueueUnavailable when SQS took none of them:
    nothing is accepted then.
    """
    valid = [(index, entry) for index, entry in enumerate(entries) if isinstance(entry, LogRecord)]
    ids = logs_enqueue(records=[record for _, record in valid]).message_ids if valid else []
    sent = dict(zip((index for index, _ in valid), ids, strict=True))
    accepted: list[BatchAccepted] = []
    rejected: list[BatchRejected] = []
    for index, entry in enumerate(entries):
        if isinstance(entry, LogRecord) and sent[index] is not None:
            accepted.append(
                BatchAccepted(index=index, tenant_id=entry.tenant_id, log_id=entry.log_id)
            )
            metrics.ingest_accepted(tenant_id=entry.tenant_id)
            continue
        refusal = entry if isinstance(entry, RecordError) else UNSENT
        rejected.append(
            BatchRejected(
                index=index, error=refusal.error, detail=refusal.detail, fields=refusal.fields
            )
        )
        metrics.ingest_rejected(tenant_id=caller_tenant_id, reason=refusal.error)
    tenants = {record.tenant_id for record in accepted}
    # Without a key, the log line names the tenant when every accepted record has the same one.
    tenant_id = caller_tenant_id or (tenants.pop() if len(tenants) == 1 else None)
    return BatchResult(accepted=accepted, rejected=rejected, tenant_id=tenant_id)


def otlp_export_ingest(
    *, tenant_id: str, records: Sequence[LogRecord], refused_reasons: Sequence[str], total: int
) -> None:
    """Accept the records mapped from one OTLP export, all or none, and count them.

    `refused_reasons` are the error codes of the export's records that mapping refused (counted
    as rejected; the export still succeeds partially); `total` is every record of the export.
    Raises processing's QueueUnavailable, with all `total` counted as rejected, when SQS did
    not take every record: the export is retryable as a whole (a retry names the same log ids,
    so what SQS took already is stored once), while a partial success would tell the client to
    drop the rest.
    """
    try:
        sent = logs_enqueue(records=records).all_sent if records else True
    except QueueUnavailable:
        sent = False
    if not sent:
        metrics.otlp_rejected(tenant_id=tenant_id, reason="queue_unavailable", count=total)
        raise QueueUnavailable(f"SQS did not take every record of an export of {total}")
    metrics.otlp_accepted(tenant_id=tenant_id, count=len(records))
    for reason, refused in Counter(refused_reasons).items():
        metrics.otlp_rejected(tenant_id=tenant_id, reason=reason, count=refused)
