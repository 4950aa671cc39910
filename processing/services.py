from __future__ import annotations

import logging
import random
import time
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from pynamodb.exceptions import TransactWriteError
from pynamodb.transactions import TransactWrite

from ingest.records import LogRecord
from logsite import metrics
from processing.redaction import Redaction
from processing.tables import (
    MINUTE_BUCKET_TTL,
    TOTAL_BUCKET,
    LogItem,
    TenantStatsItem,
    dynamodb_connection,
    minute_bucket,
)

logger = logging.getLogger(__name__)


class ChaosFailure(RuntimeError):
    """A failure injected on purpose by CHAOS_FAILURE_RATE; SQS retries it like any other."""


def processing_delay(*, text: str) -> float:
    return float(min(len(text) * settings.PROCESSING_DELAY_PER_CHAR, settings.PROCESSING_DELAY_MAX))


def log_process(*, record: LogRecord, redaction: Redaction) -> bool:
    """Simulate the work on a record, and store it once with its text redacted (`redaction`).

    Returns True when this call stored the record, False when it was already stored (a
    redelivery). Any exception leaves the message on the queue for SQS to deliver again.
    """
    if settings.CHAOS_FAILURE_RATE and random.random() < settings.CHAOS_FAILURE_RATE:
        raise ChaosFailure(f"injected failure for {record.tenant_id}/{record.log_id}")
    time.sleep(processing_delay(text=record.text))
    item = LogItem(
        record.tenant_id,
        record.log_id,
        text=redaction.text,
        source=record.source,
        received_at=record.received_at,
        processed_at=timezone.now(),
        redactions=dict(redaction.counts),
    )
    stored = log_store(item=item)
    if not stored:
        logger.info("Duplicate delivery of tenant=%s log_id=%s", record.tenant_id, record.log_id)
    return stored


def log_store(*, item: LogItem) -> bool:
    """Write the item unless it exists, and count it, in one transaction.

    The put is conditional, so a redelivered message neither creates a second item nor alters
    the first, and the counters move only when the item is new.
    """
    processed_at: datetime = item.processed_at
    try:
        with TransactWrite(connection=dynamodb_connection()) as transaction:
            transaction.save(
                item,
                condition=LogItem.tenant_id.does_not_exist() & LogItem.log_id.does_not_exist(),
            )
            transaction.update(
                TenantStatsItem(item.tenant_id, TOTAL_BUCKET),
                actions=[
                    TenantStatsItem.stored.add(1),
                    TenantStatsItem.last_processed_at.set(processed_at),
                ],
            )
            transaction.update(
                TenantStatsItem(item.tenant_id, minute_bucket(processed_at)),
                actions=[
                    TenantStatsItem.stored.add(1),
                    TenantStatsItem.expires_at.set(processed_at + MINUTE_BUCKET_TTL),
                ],
            )
    except TransactWriteError as error:
        if _only_the_put_was_refused(error):
            return False
        raise
    redactions = item.redactions.as_dict()
    metrics.log_stored(received_at=item.received_at, stored_at=processed_at, redactions=redactions)
    return True


def _only_the_put_was_refused(error: TransactWriteError) -> bool:
    reasons = error.cancellation_reasons or []
    return bool(reasons) and reasons[0] is not None and reasons[0].code == "ConditionalCheckFailed"
