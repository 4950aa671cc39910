from __future__ import annotations

import logging
import random
import time

from django.conf import settings
from django.utils import timezone

from core import metrics
from core.records import LogRecord
from processing.aws import retry_deadline
from processing.group_store import group_store
from processing.redaction import Redaction
from processing.structured import structured_redact
from processing.tables import LogItem

logger = logging.getLogger(__name__)


class ChaosFailure(RuntimeError):
    """A failure injected on purpose by CHAOS_FAILURE_RATE; SQS retries it like any other."""


def processing_delay(*, text: str) -> float:
    return float(min(len(text) * settings.PROCESSING_DELAY_PER_CHAR, settings.PROCESSING_DELAY_MAX))


def log_process(*, record: LogRecord, redaction: Redaction, redelivered: bool = True) -> bool:
    """Simulate the work on a record, and store it once with its text redacted (`redaction`).

    Returns True when this call stored the record, False when it was already stored (a
    redelivery). Any exception leaves the message on the queue for SQS to deliver again.
    `redelivered=False` (a message's first receive) skips the read before the write.
    """
    if settings.CHAOS_FAILURE_RATE and random.random() < settings.CHAOS_FAILURE_RATE:
        raise ChaosFailure(f"injected failure for {record.tenant_id}/{record.log_id}")
    delay = processing_delay(text=record.text)
    if delay:
        time.sleep(delay)
    structured, counts = structured_redact(structured=record.structured, counts=redaction.counts)
    item = LogItem(
        record.tenant_id,
        record.log_id,
        text=redaction.text,
        source=record.source,
        received_at=record.received_at,
        processed_at=timezone.now(),
        redactions=counts,
        structured=structured,
    )
    stored = log_store(item=item, redelivered=redelivered)
    if not stored:
        logger.info("Duplicate delivery of tenant=%s log_id=%s", record.tenant_id, record.log_id)
    return stored


def log_store(*, item: LogItem, redelivered: bool = True) -> bool:
    """Store the item once and count it; True if this call stored it, False if it was stored.

    The process's group store (processing/group_store.py) writes the records its threads
    finish together in one DynamoDB transaction: each put conditional on the item not existing,
    and +n on one shard, picked at random, of the tenant's total and of its minute
    (processing/tables.py). So a redelivery never creates a second item, never changes the
    first, never moves a count, and no item is written by every record of a tenant. A
    redelivered record, and every record on a retry, is looked up first (a consistent GetItem):
    stored already, it is recognised without a write, which on DynamoDB could be cancelled by a
    concurrent one. Transient faults (TransactionConflict, throttling, 5xx, timeouts, a reset
    after the write went through) are retried with backoff until the attempt's deadline
    (processing/aws.py).
    """
    stored = group_store().store(item=item, redelivered=redelivered, deadline=retry_deadline())
    if stored:
        redactions = item.redactions.as_dict()
        metrics.log_stored(
            received_at=item.received_at, stored_at=item.processed_at, redactions=redactions
        )
    return stored
