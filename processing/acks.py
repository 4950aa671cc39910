"""Acknowledgements in DeleteMessageBatch calls instead of one DeleteMessage per record.

The monitor process acknowledges each finished task; batching cuts that from one SQS call per
record to one per ten. An acknowledgement lost before its batch is sent (a killed monitor)
only means SQS delivers the message again, and the conditional write makes that harmless.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable

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
        self._started_in: int | None = None

    def add(self, receipt_handle: str) -> None:
        self._ensure_started()
        with self._ready:
            if not self._pending:
                self._first_at = time.monotonic()
            self._pending.append(receipt_handle)
            self._ready.notify()

    def flush(self) -> None:
        """Send every pending acknowledgement now (before the process exits)."""
        while True:
            with self._ready:
                batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            if not batch:
                return
            self._send(batch)

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
            self._send(batch)

    def _send(self, batch: list[str]) -> None:
        try:
            failed = self._delete_batch(batch)
        except Exception:
            logger.warning("Could not acknowledge %d messages; SQS will redeliver them", len(batch))
            return
        if failed:
            logger.warning("SQS refused %d acknowledgements; it will redeliver them", len(failed))
