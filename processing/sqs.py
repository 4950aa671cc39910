"""Every SQS call of the service: queue URLs, counts, and messages sent, received, deleted and
released in batches within SQS's limits.

The broker (processing/broker.py), the DLQ tools (processing/dead_letters.py), provisioning,
the drill and the health checks all go through here, so that a limit or an error rule is
written once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

from processing.aws import aws_client

logger = logging.getLogger(__name__)

MAX_BATCH = 10  # entries per *Batch call, and messages per ReceiveMessage
# Bytes per message, and per SendMessageBatch call (its bodies added up): SQS's historical limit.
MAX_BATCH_BYTES = 256 * 1024


class QueueMissingError(RuntimeError):
    pass


class QueueCounts(NamedTuple):
    """A queue's depth as SQS approximates it."""

    visible: int  # waiting to be received
    in_flight: int  # received, not yet deleted or made visible again


def queue_url_lookup(name: str) -> str | None:
    """The queue's URL asked afresh (None: no such queue), for who must see a deleted queue."""
    sqs = aws_client("sqs")
    try:
        return str(sqs.get_queue_url(QueueName=name)["QueueUrl"])
    except sqs.exceptions.QueueDoesNotExist:
        return None


@cache
def queue_url(name: str) -> str:
    """The queue's URL, looked up once per process; raises QueueMissingError."""
    url = queue_url_lookup(name)
    if url is None:
        # Creating it here would make a bare queue without a DLQ: provisioning owns that.
        raise QueueMissingError(
            f"SQS queue {name!r} does not exist: run `python manage.py provision`"
        )
    return url


def queue_attributes(url: str, *, names: list[str]) -> dict[str, str]:
    response = aws_client("sqs").get_queue_attributes(QueueUrl=url, AttributeNames=names)
    return dict(response.get("Attributes", {}))


def queue_counts(name: str) -> QueueCounts:
    """(visible, in flight) messages of a queue, as SQS approximates them."""
    attributes = queue_attributes(
        queue_url(name),
        names=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )
    return QueueCounts(
        visible=int(attributes["ApproximateNumberOfMessages"]),
        in_flight=int(attributes["ApproximateNumberOfMessagesNotVisible"]),
    )


def queue_purge(name: str) -> None:
    """Delete every message of the queue; raises PurgeQueueInProgress within 60 s of the last."""
    aws_client("sqs").purge_queue(QueueUrl=queue_url(name))


def queue_delete(name: str) -> None:
    aws_client("sqs").delete_queue(QueueUrl=queue_url(name))
    queue_url.cache_clear()


def send_chunks(bodies: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(index of the first, bodies) for each SendMessageBatch call the bodies need."""
    start = 0
    while start < len(bodies):
        end, size = start, 0
        while end < len(bodies) and end - start < MAX_BATCH:
            size += len(bodies[end])
            if end > start and size > MAX_BATCH_BYTES:
                break
            end += 1
        yield start, bodies[start:end]
        start = end


def messages_send(*, url: str, bodies: list[str]) -> list[str | None]:
    """Send up to MAX_BATCH bodies in one call; returns each one's message id, None if refused."""
    response = aws_client("sqs").send_message_batch(
        QueueUrl=url,
        Entries=[{"Id": str(i), "MessageBody": body} for i, body in enumerate(bodies)],
    )
    ids: list[str | None] = [None] * len(bodies)
    for entry in response.get("Successful", []):
        ids[int(entry["Id"])] = entry["MessageId"]
    for entry in response.get("Failed", []):
        logger.warning("SQS refused a batch entry: %s", entry.get("Code"))
    return ids


def messages_receive(
    *,
    url: str,
    max_messages: int,
    visibility: int,
    wait: int,
    attributes: list[str],
    message_attributes: bool = False,
) -> list[dict[str, Any]]:
    """Up to max_messages (MAX_BATCH at most) messages, each hidden for `visibility` seconds."""
    options: dict[str, Any] = {"MessageAttributeNames": ["All"]} if message_attributes else {}
    response = aws_client("sqs").receive_message(
        QueueUrl=url,
        MaxNumberOfMessages=min(max_messages, MAX_BATCH),
        VisibilityTimeout=visibility,
        WaitTimeSeconds=wait,
        MessageSystemAttributeNames=attributes,
        **options,
    )
    return list(response.get("Messages", []))


def messages_delete(*, url: str, receipt_handles: list[str]) -> list[str]:
    """Delete up to MAX_BATCH received messages in one call; returns the handles worth retrying.

    An entry refused through the sender's fault (an invalid or expired receipt handle) would
    be refused again: it is logged, not returned, and its message is delivered again.
    """
    if not receipt_handles:
        return []
    response = aws_client("sqs").delete_message_batch(
        QueueUrl=url,
        Entries=[{"Id": str(i), "ReceiptHandle": h} for i, h in enumerate(receipt_handles)],
    )
    retry = []
    for entry in response.get("Failed", []):
        if entry.get("SenderFault"):
            logger.warning("SQS refused to delete a message: %s", entry.get("Code"))
        else:
            retry.append(receipt_handles[int(entry["Id"])])
    return retry


def messages_release(*, url: str, receipt_handles: list[str], delay: int = 0) -> None:
    """Make received messages visible again after `delay` seconds (a receive is counted).

    A message that cannot be released at once becomes visible by itself when its visibility
    timeout ends: that is logged, not raised.
    """
    sqs = aws_client("sqs")
    for start in range(0, len(receipt_handles), MAX_BATCH):
        chunk = receipt_handles[start : start + MAX_BATCH]
        response = sqs.change_message_visibility_batch(
            QueueUrl=url,
            Entries=[
                {"Id": str(i), "ReceiptHandle": handle, "VisibilityTimeout": delay}
                for i, handle in enumerate(chunk)
            ],
        )
        for entry in response.get("Failed", []):
            logger.warning("Could not make a message visible again: %s", entry.get("Code"))
