"""django-q2's cluster, except that stopping hands prefetched tasks back to SQS at once.

Stock Sentinel.stop() queues its STOP pills behind every task the pusher prefetched, so a
SIGTERM waits until the workers have run all of them (up to `bulk` + `queue_limit` tasks of up
to PROCESSING_DELAY_MAX each). django-q2 has no hook for this, hence the subclass.
"""

from __future__ import annotations

import logging
import queue
from multiprocessing.process import BaseProcess as Process
from typing import Any

from django_q.cluster import Sentinel
from django_q.monitor import monitor

from processing.broker import pusher

logger = logging.getLogger(__name__)


def monitor_then_flush(result_queue: Any, broker: Any) -> None:
    """django-q2's monitor, then the acknowledgements still waiting for their batch."""
    monitor(result_queue, broker)
    broker.flush_acknowledgements()


class HandBackSentinel(Sentinel):
    """On stop, tasks no worker has started are made visible on SQS again (visibility 0).

    Tasks a worker already runs finish, and are acknowledged, as before.
    """

    def spawn_monitor(self) -> Process:
        return self.spawn_process(monitor_then_flush, self.result_queue, self.broker)

    def spawn_pusher(self) -> Process:
        # Our pusher: django-q2's would unpickle each SQS body (processing/broker.py).
        return self.spawn_process(pusher, self.task_queue, self.event_out, self.broker)

    def stop(self) -> None:
        self.event_out.set()
        # The pusher ends after its current receive, putting what it got on the task queue
        # (blocking while that is full): take everything it puts until it has gone.
        while self.pusher.is_alive():
            self._hand_back_one()
        while self._hand_back_one():
            pass
        super().stop()  # the pusher is gone: only the STOP pills are queued now

    def _hand_back_one(self) -> bool:
        try:
            # An idle worker may take a task first: it then runs it, like any in-flight task.
            task: Any = self.task_queue.get(timeout=0.1)
        except queue.Empty:
            return False
        try:
            self.broker.release(task["ack_id"])
        except Exception:  # SQS unreachable: the message comes back after its visibility timeout
            logger.warning("Could not hand task %s back to the queue", task.get("id"))
        return True
