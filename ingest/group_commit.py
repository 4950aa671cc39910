"""Group commit: concurrent requests of one process share SendMessageBatch calls.

A request thread hands its message to a small pool of sender threads and waits for SQS to
confirm it, so the 202 still means "in SQS". Under load a sender finds several messages waiting
and sends up to 10 in one call, lingering a moment for more while the load lasts; when idle it
sends one at once, adding no delay.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

SendBatch = Callable[[list[str]], list[str | None]]

MAX_BATCH = 10  # SQS's limit per SendMessageBatch


class EnqueueRefused(RuntimeError):
    """SQS answered but did not take this message."""


class GroupCommitSender:
    def __init__(
        self, *, send_batch: SendBatch, senders: int, timeout: float, linger: float = 0.0
    ) -> None:
        self._send_batch = send_batch
        self._senders = senders
        self._timeout = timeout
        self._linger = linger
        self._pending: queue.SimpleQueue[tuple[str, Future[str]]] = queue.SimpleQueue()
        self._started_in: int | None = None
        self._lock = threading.Lock()

    def send(self, body: str) -> str:
        """Block until SQS has the message; returns its message id or raises the send error."""
        self._ensure_started()
        future: Future[str] = Future()
        self._pending.put((body, future))
        return future.result(timeout=self._timeout)

    def _ensure_started(self) -> None:
        # Threads do not survive a fork: a forked worker process starts its own.
        if self._started_in == os.getpid():
            return
        with self._lock:
            if self._started_in == os.getpid():
                return
            self._pending = queue.SimpleQueue()
            for number in range(self._senders):
                threading.Thread(target=self._run, name=f"sqs-sender-{number}", daemon=True).start()
            self._started_in = os.getpid()

    def _run(self) -> None:
        pending = self._pending
        busy = False
        while True:
            batch = [pending.get()]
            # Under load (the last batch was shared), wait a moment for more to arrive:
            # a fuller batch costs less CPU per message than the wait costs in latency.
            deadline = time.monotonic() + (self._linger if busy else 0.0)
            while len(batch) < MAX_BATCH:
                try:
                    remaining = deadline - time.monotonic()
                    if remaining > 0:
                        batch.append(pending.get(timeout=remaining))
                    else:
                        batch.append(pending.get_nowait())
                except queue.Empty:
                    break
            busy = len(batch) > 1
            self._flush(batch)

    def _flush(self, batch: list[tuple[str, Future[str]]]) -> None:
        try:
            ids = self._send_batch([body for body, _ in batch])
        except BaseException as error:  # every waiting request must hear about it
            for _, future in batch:
                future.set_exception(error)
            return
        for (_, future), message_id in zip(batch, ids, strict=True):
            if message_id is None:
                future.set_exception(EnqueueRefused("SQS refused the message"))
            else:
                future.set_result(message_id)
