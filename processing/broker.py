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
from processing.sqs import (
    MAX_BATCH,
    messages_delete,
    messages_receive,
    messages_release,
    messages_send,
    queue_counts,
    queue_delete,
    queue_purge,
    queue_url,
)
from processing.tasks import PROCESS_TASK

logger = logging.getLogger(__name__)

RECEIVE_ATTRIBUTES = ["ApproximateReceiveCount", "SentTimestamp"]
# After a failed receive, as django-q2's own pusher does before the Sentinel restarts it.
PUSHER_BACKOFF = 10


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

    def enqueue(self, task: str) -> str:
        message_id = messages_send(url=self.url, bodies=[task])[0]
        if message_id is None:
            raise RuntimeError("SQS refused the message")
        return message_id

    def enqueue_batch(self, tasks: list[str]) -> list[str | None]:
        """Send up to 10 packages in one call; a failed entry's id is None."""
        return messages_send(url=self.url, bodies=tasks)

    def dequeue(self) -> list[tuple[str, dict[str, Any]]] | None:
        """Received messages as (receipt handle, task); one that does not verify is released."""
        received = messages_receive(
            url=self.url,
            max_messages=min(Conf.BULK, MAX_BATCH),
            visibility=Conf.RETRY,
            wait=settings.QUEUE_WAIT_SECONDS,
            attributes=RECEIVE_ATTRIBUTES,
        )
        tasks = []
        for message in received:
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
        """Delete up to 10 received messages in one call; returns the ids worth retrying."""
        return messages_delete(url=self.url, receipt_handles=task_ids)

    def delete(self, task_id: str) -> None:
        messages_delete(url=self.url, receipt_handles=[task_id])

    def fail(self, task_id: str) -> None:
        self.release(task_id)

    def release(self, task_id: str, *, delay: int = 0) -> None:
        """Make a received message visible again after `delay` seconds, counting the receive."""
        messages_release(url=self.url, receipt_handles=[task_id], delay=delay)

    def queue_size(self) -> int:
        return queue_counts(self.list_key).visible

    def lock_size(self) -> int:
        return queue_counts(self.list_key).in_flight

    def purge_queue(self) -> None:
        queue_purge(self.list_key)

    def delete_queue(self) -> None:
        queue_delete(self.list_key)

    def ping(self) -> bool:
        queue_counts(self.list_key)
        return True

    def info(self) -> str:
        return f"AWS SQS {self.list_key}"


@cache
def shared_broker() -> SqsBroker:
    """The process's broker for the ingest queue, built once (a broker per call costs ~100 ms)."""
    return SqsBroker(settings.LOGS_QUEUE)
