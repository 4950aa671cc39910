"""The producer side of the ingest queue: records in, signed messages on SQS.

Every record the API accepts goes through records_enqueue, one record or a batch: each
SendMessageBatch call stays within SQS's limits (processing/sqs.py), and the caller learns per
record whether SQS has it. No HTTP here: the API maps QueueUnavailable to a 503.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings

from core import metrics
from core.messages import message_encode
from core.records import LogRecord
from processing.broker import shared_broker
from processing.group_commit import EnqueueRefused, GroupCommitSender
from processing.sqs import QueueMissingError, send_chunks

logger = logging.getLogger(__name__)

ENQUEUE_ERRORS = (BotoCoreError, ClientError, QueueMissingError, EnqueueRefused, TimeoutError)


class QueueUnavailable(Exception):
    """SQS cannot be reached, or took none of the records: none of them is accepted."""


@dataclass(frozen=True)
class EnqueueResult:
    message_ids: list[str | None]  # per record, in order; None: SQS did not take that one

    @property
    def all_sent(self) -> bool:
        return all(self.message_ids)


def log_task_package(*, record: LogRecord) -> str:
    """The signed queue message for one record (core/messages.py): JSON, never a pickle.

    Its task id is new, so each enqueue is one django-q2 task; the worker runs the log task on
    it and nothing else. Several can go out in one SendMessageBatch call.
    """
    return message_encode(task_id=uuid.uuid4().hex, record=record.to_message())


def records_enqueue(*, records: Sequence[LogRecord]) -> EnqueueResult:
    """Put records on the ingest queue; returns each one's SQS message id once SQS has it.

    A record SQS did not take has None: the caller must not report it as accepted. Raises
    QueueUnavailable when SQS took none of them (unreachable, the queue missing, refused).
    When SQS refuses a call, the next ones are still tried; when it cannot be reached the rest
    are not: they would fail the same way, each after its timeouts.
    """
    packages = [log_task_package(record=record) for record in records]
    if len(packages) == 1:
        ids = [_send_one(packages[0], record=records[0])]
    else:
        ids = _send_many(packages)
    if packages and not any(ids):
        raise QueueUnavailable(f"SQS took none of {len(packages)} records")
    return EnqueueResult(message_ids=ids)


def _send_one(package: str, *, record: LogRecord) -> str | None:
    # A lone record shares a call with the other requests of this process (group commit).
    try:
        with metrics.ENQUEUE_SECONDS.time():
            return _group_commit().send(package)
    except ENQUEUE_ERRORS as error:
        # The caller logs the outcome with its request's context; this says why.
        logger.warning(
            "Enqueue failed for tenant=%s log_id=%s: %s",
            record.tenant_id,
            record.log_id,
            type(error).__name__,
        )
        return None


def _send_many(packages: list[str]) -> list[str | None]:
    # A batch fills its calls by itself: waiting for other requests would only add latency.
    ids: list[str | None] = [None] * len(packages)
    for start, chunk in send_chunks(packages):
        try:
            with metrics.ENQUEUE_SECONDS.time():
                ids[start : start + len(chunk)] = shared_broker().enqueue_batch(chunk)
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", type(error).__name__)
            logger.warning("Batch enqueue refused for %d records: %s", len(chunk), code)
        except ENQUEUE_ERRORS as error:
            logger.warning(
                "Batch enqueue failed for the last %d of %d records: %s",
                len(packages) - start,
                len(packages),
                type(error).__name__,
            )
            break
    return ids


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
