"""Acknowledgements in DeleteMessageBatch calls instead of one DeleteMessage per record.

The monitor process acknowledges each finished task; batching cuts that from one SQS call per
record to one per ten. Failed entries are retried. An acknowledgement lost anyway (a killed
monitor, SQS unreachable for longer than the retry budget) only means SQS delivers the message
again, and the worker recognises the record as stored (processing/services.py).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

from django.conf import settings

from core import metrics
from processing.aws import backoff_pause

logger = logging.getLogger(__name__)

MAX_BATCH = 10  # SQS's limit per DeleteMessageBatch
MAX_WAIT = 0.02  # seconds an acknowledgement may wait for its batch to fill

DeleteBatch = Callable[[list[str]], list[str]]


class AckBatcher:
    def __init__(self, *, delete_batch: DeleteBatch) -> None:
        self._delete_batch = delete_batch
        self._pending: list[str] = []
        self._first_at = 0.0
        self._ready = threading.Condition()
        self._sending = False  # the thread is sending a batch it took off _pending
        self._started_in: int | None = None

    def add(self, receipt_handle: str) -> None:
        self._ensure_started()
        with self._ready:
            if not self._pending:
                self._first_at = time.monotonic()
            self._pending.append(receipt_handle)
            self._ready.notify()

    def flush(self) -> None:
        """Send every pending acknowledgement now, and wait for the batch the thread is sending
        (the process exits next, and the thread with it)."""
        with self._ready:
            while self._sending:
                self._ready.wait()
            pending, self._pending = self._pending, []
        for start in range(0, len(pending), MAX_BATCH):
            self._send(pending[start : start + MAX_BATCH])

    def _ensure_started(self) -> None:
        # The thread does not survive a fork: each process that acknowledges starts its own.
        if self._started_in == os.getpid():
            return
        with self._ready:
            if self._started_in != os.getpid():
                self._pending = []
                threading.Thread(target=self._run, name="sqs-acks", daemon=True).start()
                self._started_in = os.getpid()

    def _run(self) -> None:
        while True:
            with self._ready:
                while not self._pending:
                    self._ready.wait()
                # Wait for a full batch, but no acknowledgement waits longer than MAX_WAIT.
                while len(self._pending) < MAX_BATCH:
                    wait = self._first_at + MAX_WAIT - time.monotonic()
                    if wait <= 0:
                        break
                    self._ready.wait(wait)
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
                if self._pending:
                    self._first_at = time.monotonic()
                self._sending = True
            try:
                self._send(batch)
            finally:
                with self._ready:
                    self._sending = False
                    self._ready.notify_all()

    def _send(self, batch: list[str]) -> None:
        """Delete the batch; failed entries and failed calls are retried with jittered backoff
        for AWS_RETRY_BUDGET seconds (a message still unacknowledged after that is delivered
        again, and recognised as stored)."""
        deadline = time.monotonic() + settings.AWS_RETRY_BUDGET
        retry = 0
        while batch:
            try:
                batch = self._delete_batch(batch)
                problem, error_name = f"SQS refused {len(batch)} acknowledgements", "refused"
            except Exception as error:
                error_name = type(error).__name__
                problem = f"Could not acknowledge {len(batch)} messages ({error_name})"
            if not batch:
                return
            pause = backoff_pause(retry)
            if time.monotonic() + pause > deadline:
                logger.warning("%s; SQS will redeliver them", problem)
                return
            metrics.AWS_RETRIES.labels("acknowledge", error_name).inc()
            retry += 1
            time.sleep(pause)
