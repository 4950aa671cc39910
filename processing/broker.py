"""django-q2 broker on SQS whose messages are signed JSON, never pickles.

Stock django-q2 sends pickles signed with SECRET_KEY, unpickles whatever it receives, runs the
function the package names, and deletes a message whose signature does not verify. Here a body
is a JSON message (core/messages.py), verified before anything else and always dispatched
to the log task; a message that does not verify (or is stale) is made visible again at once, so
that SQS's redrive policy moves it to the dead-letter queue after LOGS_MAX_RECEIVE_COUNT
receives, like any other failure. `pusher` replaces django-q2's, which would unpickle each body:
the Sentinel of processing/cluster.py starts it.
"""

from __future__ import annotations

import logging
from functools import cache, cached_property
from multiprocessing.process import current_process
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from time import sleep
from typing import Any

from django.conf import settings
from django_q.brokers import Broker
from django_q.conf import Conf

from core import metrics
from core.messages import InvalidMessage, message_verify
from processing.acks import AckBatcher
from processing.aws import aws_client
from processing.tasks import PROCESS_TASK

logger = logging.getLogger(__name__)

RECEIVE_ATTRIBUTES = ["ApproximateReceiveCount", "SentTimestamp"]
# After a failed receive, as django-q2's own pusher does before the Sentinel restarts it.
PUSHER_BACKOFF = 10


class QueueMissingError(RuntimeError):
    pass


@cache
def queue_url(name: str) -> str:
    sqs = aws_client("sqs")
    try:
        return str(sqs.get_queue_url(QueueName=name)["QueueUrl"])
    except sqs.exceptions.QueueDoesNotExist:
        # Creating it here would make a bare queue without a DLQ: provisioning owns that.
        raise QueueMissingError(
            f"SQS queue {name!r} does not exist: run `python manage.py provision`"
        ) from None


def queue_counts(name: str) -> tuple[int, int]:
    """(visible, in flight) messages of a queue, as SQS approximates them."""
    attributes = aws_client("sqs").get_queue_attributes(
        QueueUrl=queue_url(name),
        AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )["Attributes"]
    return (
        int(attributes["ApproximateNumberOfMessages"]),
        int(attributes["ApproximateNumberOfMessagesNotVisible"]),
    )


def decode_package(body: str) -> dict[str, Any]:
    """The in-memory django-q2 task a verified message stands for: always the log task.

    Raises InvalidMessage when the body is not a fresh message signed with a known key.
    """
    message = message_verify(body)
    record = message.record
    return {
        "id": message.task_id,
        "name": f"{record.get('tenant_id')}/{record.get('log_id')}"[:100],
        "func": PROCESS_TASK,
        "args": (record,),
        "kwargs": {},
        "started": message.issued_at,
    }


def pusher(task_queue: Queue[Any], event: Event, broker: SqsBroker) -> None:
    """django-q2's pusher for tasks the broker has verified and decoded already.

    django-q2's own pusher passes each body to SignedPackage.loads (a pickle); this one puts
    the broker's task dicts on the task queue as they are.
    """
    logger.info("%s pushing tasks at %s", current_process().name, current_process().pid)
    while True:
        try:
            received = broker.dequeue()
        except Exception:
            logger.exception("Failed to pull tasks from SQS")
            sleep(PUSHER_BACKOFF)  # then end: the Sentinel starts a new pusher
            break
        for ack_id, task in received or ():
            task_queue.put({**task, "cluster": Conf.CLUSTER_NAME, "ack_id": ack_id})
        if event.is_set():
            break
    logger.info("%s stopped pushing tasks", current_process().name)


class SqsBroker(Broker):
    def __init__(self, list_key: str | None = None) -> None:
        super().__init__(list_key)
        self.url = queue_url(self.list_key)

    @staticmethod
    def get_connection(list_key: str | None = None) -> Any:
        return None

    @property
    def sqs(self) -> Any:
        return aws_client("sqs")

    def enqueue(self, task: str) -> str:
        return str(self.sqs.send_message(QueueUrl=self.url, MessageBody=task)["MessageId"])

    def enqueue_batch(self, tasks: list[str]) -> list[str | None]:
        """Send up to 10 packages in one call; a failed entry's id is None."""
        response = self.sqs.send_message_batch(
            QueueUrl=self.url,
            Entries=[{"Id": str(i), "MessageBody": body} for i, body in enumerate(tasks)],
        )
        ids: list[str | None] = [None] * len(tasks)
        for entry in response.get("Successful", []):
            ids[int(entry["Id"])] = entry["MessageId"]
        for entry in response.get("Failed", []):
            logger.warning("SQS refused a batch entry: %s", entry.get("Code"))
        return ids

    def dequeue(self) -> list[tuple[str, dict[str, Any]]] | None:
        """Received messages as (receipt handle, task); one that does not verify is released."""
        response = self.sqs.receive_message(
            QueueUrl=self.url,
            MaxNumberOfMessages=min(Conf.BULK, 10),
            VisibilityTimeout=Conf.RETRY,
            WaitTimeSeconds=settings.QUEUE_WAIT_SECONDS,
            MessageSystemAttributeNames=RECEIVE_ATTRIBUTES,
        )
        tasks = []
        for message in response.get("Messages", []):
            metrics.message_received(attributes=message.get("Attributes", {}))
            try:
                task = decode_package(message["Body"])
            except InvalidMessage as error:
                logger.error(
                    "Undecodable message %s (receive %s): %s; leaving it for the DLQ",
                    message["MessageId"],
                    message.get("Attributes", {}).get("ApproximateReceiveCount", "?"),
                    error,
                )
                self.fail(message["ReceiptHandle"])
                continue
            # The task reads the stored state first only on a redelivery (processing/services.py).
            receives = message.get("Attributes", {}).get("ApproximateReceiveCount", "1")
            task["kwargs"] = {"receive_count": int(receives)}
            tasks.append((message["ReceiptHandle"], task))
        return tasks or None

    def acknowledge(self, task_id: str) -> None:
        self._acks.add(task_id)

    def flush_acknowledgements(self) -> None:
        self._acks.flush()

    @cached_property
    def _acks(self) -> AckBatcher:
        return AckBatcher(delete_batch=self.delete_batch)

    def delete_batch(self, task_ids: list[str]) -> list[str]:
        """Delete up to 10 received messages in one call; returns the ids worth retrying.

        An entry refused through the sender's fault (an invalid or expired receipt handle) would
        be refused again: it is logged, not retried, and its message is delivered again.
        """
        response = self.sqs.delete_message_batch(
            QueueUrl=self.url,
            Entries=[{"Id": str(i), "ReceiptHandle": handle} for i, handle in enumerate(task_ids)],
        )
        retry = []
        for entry in response.get("Failed", []):
            if entry.get("SenderFault"):
                logger.warning("SQS refused an acknowledgement: %s", entry.get("Code"))
            else:
                retry.append(task_ids[int(entry["Id"])])
        return retry

    def delete(self, task_id: str) -> None:
        self.sqs.delete_message(QueueUrl=self.url, ReceiptHandle=task_id)

    def fail(self, task_id: str) -> None:
        self.release(task_id)

    def release(self, task_id: str, *, delay: int = 0) -> None:
        """Make a received message visible again after `delay` seconds, counting the receive."""
        self.sqs.change_message_visibility(
            QueueUrl=self.url, ReceiptHandle=task_id, VisibilityTimeout=delay
        )

    def _attributes(self) -> dict[str, str]:
        response = self.sqs.get_queue_attributes(
            QueueUrl=self.url,
            AttributeNames=[
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
            ],
        )
        return dict(response["Attributes"])

    def queue_size(self) -> int:
        return int(self._attributes()["ApproximateNumberOfMessages"])

    def lock_size(self) -> int:
        return int(self._attributes()["ApproximateNumberOfMessagesNotVisible"])

    def purge_queue(self) -> None:
        self.sqs.purge_queue(QueueUrl=self.url)

    def delete_queue(self) -> None:
        self.sqs.delete_queue(QueueUrl=self.url)

    def ping(self) -> bool:
        self._attributes()
        return True

    def info(self) -> str:
        return f"AWS SQS {self.list_key}"


@cache
def shared_broker() -> SqsBroker:
    """The process's broker for the ingest queue, built once (a broker per call costs ~100 ms)."""
    return SqsBroker(settings.LOGS_QUEUE)
