"""The dead-letter queue: read it without consuming it, redrive it, purge it.

A message reaches LOGS_DLQ through the main queue's redrive policy after LOGS_MAX_RECEIVE_COUNT
receives that did not end in an acknowledgement. Its body is the signed JSON message it was sent
as (core/messages.py), so redriving it sends the same record (same tenant, log_id and task
id) again, and the conditional write stores it at most once whatever happened meanwhile. Bodies
are only ever parsed as JSON and verified, never unpickled; one that does not verify is
described by its size, hash, attributes and the reason, never by its content.

Reading the DLQ receives its messages (SQS has no other read), so every peek adds one to each
message's ApproximateReceiveCount; the DLQ has no redrive policy, so that count moves nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django_q.models import Failure

from core.messages import InvalidMessage, QueueMessage, message_decode
from processing import sqs

logger = logging.getLogger(__name__)

# A peek holds what it received at most this long if it dies before handing it back.
PEEK_VISIBILITY = 30
# A redrive holds the messages it skips (other tenants) until it ends, then hands them back.
REDRIVE_VISIBILITY = 600
RECEIVE_WAIT = 1  # long poll: returns at once when messages are there
SYSTEM_ATTRIBUTES = ["ApproximateReceiveCount", "SentTimestamp", "SenderId"]


@dataclass(frozen=True)
class DeadLetter:
    message_id: str
    tenant_id: str | None  # None when undecodable
    log_id: str | None
    received_at: datetime | None  # the record's received_at (UTC)
    receive_count: int  # ApproximateReceiveCount
    first_sent_at: datetime | None  # SentTimestamp of the message (UTC)
    text: str | None  # the record's RAW text: callers must redact it before display
    task_id: str | None  # django-q2 task id inside the message
    issued_at: datetime | None  # when the message was signed (UTC)
    stale: bool  # signed longer ago than QUEUE_MESSAGE_MAX_AGE_SECONDS: redrive leaves it
    # What can be shown of any body, decodable or not: never the body itself.
    body_bytes: int  # UTF-8 length of the body
    body_sha256: str
    attributes: dict[str, str]  # SQS system attributes, and message attribute names -> type
    reason: str | None  # why the body is undecodable (None: it is a verified message)

    @property
    def decodable(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class RedriveResult:
    redriven: int
    skipped: int  # another tenant's, or undecodable: left in the DLQ
    failed: int  # SQS refused to take it back: left in the DLQ
    stale: int = 0  # signed longer ago than QUEUE_MESSAGE_MAX_AGE_SECONDS: left in the DLQ


def dead_letters_peek(*, max_messages: int = 100) -> list[DeadLetter]:
    """Up to max_messages dead letters, without consuming any.

    Messages are received with a short visibility timeout, then all made visible again at once;
    nothing is deleted. Messages another reader holds at that moment are not seen.
    """
    url = sqs.queue_url(settings.LOGS_DLQ)
    held: dict[str, dict[str, Any]] = {}
    try:
        expected = min(max_messages, sqs.queue_counts(settings.LOGS_DLQ).visible)
        for batch in _received(url, visibility=PEEK_VISIBILITY, expected=expected):
            held.update((message["MessageId"], message) for message in batch)
    finally:
        sqs.messages_release(url=url, receipt_handles=[m["ReceiptHandle"] for m in held.values()])
    return [dead_letter_of(message) for message in held.values()][:max_messages]


def dead_letters_count() -> int:
    """Approximate number of messages in the DLQ, visible or held by a reader."""
    return sum(sqs.queue_counts(settings.LOGS_DLQ))


def last_worker_error(*, task_id: str) -> str | None:
    """The error of the task's last failed attempt as django-q2 recorded it, or None."""
    failure = Failure.objects.filter(id=task_id).only("result").first()
    if failure is None or failure.result is None:
        return None
    return str(failure.result)


def dead_letters_redrive(
    *,
    tenant_id: str | None = None,
    limit: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RedriveResult:
    """Move dead letters back to the main queue: the same bodies, each sent before deleted.

    With tenant_id only that tenant's records move (undecodable messages stay); without it
    everything moves, undecodable messages too (e.g. once a QUEUE_SIGNING_KEY mismatch is
    fixed), except stale messages: a verified message signed more than
    QUEUE_MESSAGE_MAX_AGE_SECONDS ago stays, so that an old signed body cannot be replayed
    (workers refuse it anyway). Interrupted, at worst a message is in both queues, which the
    conditional write makes harmless. Only as many messages as the DLQ held when it started are
    received, so records that fail again meanwhile cannot keep it going. on_progress(n) is
    called each time n more messages have moved.
    """
    dlq_url = sqs.queue_url(settings.LOGS_DLQ)
    main_url = sqs.queue_url(settings.LOGS_QUEUE)
    kept: dict[str, str] = {}  # message id -> receipt handle of what stays, handed back at the end
    skipped: set[str] = set()  # kept as another tenant's or undecodable (the rest: over the limit)
    stale: set[str] = set()  # kept as signed too long ago
    moved: set[str] = set()
    refused: list[dict[str, Any]] = []
    batch: dict[str, dict[str, Any]] = {}

    def flush() -> None:
        sent, failed = _send_batch(main_url, list(batch.values()))
        left = sqs.messages_delete(url=dlq_url, receipt_handles=[m["ReceiptHandle"] for m in sent])
        if left:
            # Now in both queues: processing them twice stores them once.
            logger.warning("Could not delete %d redriven messages from the DLQ", len(left))
        moved.update(m["MessageId"] for m in sent)
        refused.extend(failed)
        batch.clear()
        if on_progress is not None and sent:
            on_progress(len(sent))

    def limit_reached() -> bool:
        return limit is not None and len(moved) + len(refused) + len(batch) >= limit

    try:
        expected = sqs.queue_counts(settings.LOGS_DLQ).visible
        for received in _received(dlq_url, visibility=REDRIVE_VISIBILITY, expected=expected):
            for message in received:
                message_id = message["MessageId"]
                if message_id in moved:
                    continue
                letter = dead_letter_of(message)
                if limit_reached():
                    kept[message_id] = message["ReceiptHandle"]
                elif letter.stale:
                    kept[message_id] = message["ReceiptHandle"]
                    stale.add(message_id)
                elif tenant_id is not None and letter.tenant_id != tenant_id:
                    kept[message_id] = message["ReceiptHandle"]
                    skipped.add(message_id)
                else:
                    batch[message_id] = message
                if len(batch) == sqs.MAX_BATCH:
                    flush()
            if limit_reached():
                break
        if batch:
            flush()
    finally:
        kept.update((m["MessageId"], m["ReceiptHandle"]) for m in [*batch.values(), *refused])
        sqs.messages_release(url=dlq_url, receipt_handles=list(kept.values()))
    return RedriveResult(
        redriven=len(moved), skipped=len(skipped), failed=len(refused), stale=len(stale)
    )


def dead_letters_purge() -> int:
    """Delete every message of the DLQ for good; returns how many there were (approximately).

    Raises the SQS client's PurgeQueueInProgress error when a purge ran in the last 60 s.
    """
    count = dead_letters_count()
    sqs.queue_purge(settings.LOGS_DLQ)
    return count


def dead_letter_of(message: dict[str, Any]) -> DeadLetter:
    """What a DLQ message carries, as far as its body verifies as a message of this service.

    The signature is checked (message_decode), the age is only reported: a stale message is
    still shown with its record, and redrive leaves it.
    """
    body = message["Body"]
    attributes = message.get("Attributes", {})
    encoded = body.encode("utf-8", "surrogatepass")
    decoded: QueueMessage | None = None
    reason: str | None = None
    try:
        decoded = message_decode(body)
    except InvalidMessage as error:
        reason = str(error)
    record = decoded.record if decoded is not None else {}
    sent = attributes.get("SentTimestamp")
    return DeadLetter(
        message_id=message["MessageId"],
        tenant_id=_string(record.get("tenant_id")),
        log_id=_string(record.get("log_id")),
        received_at=_timestamp(record.get("received_at")),
        receive_count=int(attributes.get("ApproximateReceiveCount", 0)),
        first_sent_at=datetime.fromtimestamp(int(sent) / 1000, tz=UTC) if sent else None,
        text=_string(record.get("text")),
        task_id=decoded.task_id if decoded is not None else None,
        issued_at=decoded.issued_at if decoded is not None else None,
        stale=decoded.is_stale() if decoded is not None else False,
        body_bytes=len(encoded),
        body_sha256=hashlib.sha256(encoded).hexdigest(),
        attributes={
            **{name: str(attributes[name]) for name in SYSTEM_ATTRIBUTES if name in attributes},
            **{
                f"message attribute {name}": str(value.get("DataType", "?"))
                for name, value in sorted(message.get("MessageAttributes", {}).items())
            },
        },
        reason=reason,
    )


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _timestamp(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _received(url: str, *, visibility: int, expected: int) -> Iterator[list[dict[str, Any]]]:
    """Batches of messages received from a queue, each hidden for `visibility` seconds.

    Receiving stops after `expected` distinct messages or an empty receive. A message comes
    twice if its visibility ran out meanwhile; its newest receipt handle is the valid one.
    """
    seen: set[str] = set()
    while len(seen) < expected:
        messages = sqs.messages_receive(
            url=url,
            max_messages=expected - len(seen),
            visibility=visibility,
            wait=RECEIVE_WAIT,
            attributes=SYSTEM_ATTRIBUTES,
            message_attributes=True,
        )
        if not messages:
            return
        seen.update(message["MessageId"] for message in messages)
        yield messages


def _send_batch(
    url: str, messages: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Send the messages' bodies to a queue: (the messages sent, the messages refused)."""
    ids = sqs.messages_send(url=url, bodies=[m["Body"] for m in messages])
    sent = [message for message, message_id in zip(messages, ids, strict=True) if message_id]
    refused = [message for message, message_id in zip(messages, ids, strict=True) if not message_id]
    return sent, refused
