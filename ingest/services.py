from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator, Sequence
from functools import cache

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings

from core import metrics
from core.errors import QueueUnavailable
from core.messages import message_encode
from core.records import LogRecord
from ingest.group_commit import MAX_BATCH, EnqueueRefused, GroupCommitSender
from processing.broker import QueueMissingError, shared_broker

logger = logging.getLogger(__name__)

ENQUEUE_ERRORS = (BotoCoreError, ClientError, QueueMissingError, EnqueueRefused, TimeoutError)
# SQS refuses a SendMessageBatch whose bodies add up to more than this (its historical limit).
MAX_BATCH_BYTES = 256 * 1024


def log_task_package(*, record: LogRecord) -> str:
    """The signed queue message for one record (core/messages.py): JSON, never a pickle.

    Its task id is new, so each enqueue is one django-q2 task; the worker runs the log task on
    it and nothing else. Several can go out in one SendMessageBatch call.
    """
    return message_encode(task_id=uuid.uuid4().hex, record=record.to_message())


def log_enqueue(*, record: LogRecord) -> str:
    """Put one record on the ingest queue; returns the SQS message id once SQS has it.

    Raises QueueUnavailable when SQS cannot be reached or refuses the message: the caller must
    not report the record as accepted then.
    """
    package = log_task_package(record=record)
    try:
        with metrics.ENQUEUE_SECONDS.time():
            return _group_commit().send(package)
    except ENQUEUE_ERRORS as error:
        logger.error(
            "Enqueue failed for tenant=%s log_id=%s: %s",
            record.tenant_id,
            record.log_id,
            type(error).__name__,
        )
        raise QueueUnavailable(retry_after=settings.INGEST_RETRY_AFTER) from error


@cache
def _group_commit() -> GroupCommitSender:
    # The broker is looked up per batch so that a queue re-created meanwhile is found again.
    return GroupCommitSender(
        send_batch=lambda bodies: shared_broker().enqueue_batch(bodies),
        senders=settings.INGEST_SENDER_THREADS,
        linger=settings.INGEST_BATCH_LINGER_MS / 1000,
        # Longer than botocore's worst case, so a 503 never hides a send that went through.
        timeout=settings.AWS_CALL_BUDGET + 1,
    )


def log_enqueue_many(*, records: Sequence[LogRecord]) -> list[str | None]:
    """Put records on the ingest queue in SendMessageBatch calls (10 messages, 256 KiB at most).

    Returns each record's SQS message id, or None for a record SQS did not take: the caller
    must not report that one as accepted. When SQS refuses a call, the next ones are still
    tried; when it cannot be reached (or the queue is gone) the rest are not: they would fail
    the same way, each after its timeouts.
    """
    packages = [log_task_package(record=record) for record in records]
    ids: list[str | None] = [None] * len(packages)
    for start, chunk in _send_chunks(packages):
        try:
            with metrics.ENQUEUE_SECONDS.time():
                ids[start : start + len(chunk)] = shared_broker().enqueue_batch(chunk)
        except ClientError as error:
            logger.error("Batch enqueue refused for %d records: %s", len(chunk), _code(error))
        except ENQUEUE_ERRORS as error:
            logger.error(
                "Batch enqueue failed for the last %d of %d records: %s",
                len(packages) - start,
                len(packages),
                type(error).__name__,
            )
            break
    return ids


def _code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", type(error).__name__))


def _send_chunks(packages: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(index of the first, packages) for each SendMessageBatch call."""
    start = 0
    while start < len(packages):
        end, size = start, 0
        while end < len(packages) and end - start < MAX_BATCH:
            size += len(packages[end])
            if end > start and size > MAX_BATCH_BYTES:
                break
            end += 1
        yield start, packages[start:end]
        start = end
