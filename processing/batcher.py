"""A background batcher: items added by any thread, handed on in batches by a few threads.

Group commit (processing/group_commit.py), acknowledgements (processing/acks.py) and the group
store (processing/group_store.py) each turn many small AWS calls into fewer batched ones this
way. A thread takes what is waiting (max_batch at most) and lingers up to `linger` seconds
after the oldest item arrived for the batch to fill; with linger_when_idle=False it lingers
only while the load lasts (its last batch had more than one item), so that a lone item goes at
once.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Batcher(Generic[T]):
    def __init__(
        self,
        *,
        handle: Callable[[list[T]], None],
        name: str,
        max_batch: int,
        threads: int = 1,
        linger: float = 0.0,
        linger_when_idle: bool = True,
    ) -> None:
        self._handle = handle
        self._name = name
        self._max_batch = max_batch
        self._threads = threads
        self._linger = linger
        self._linger_when_idle = linger_when_idle
        self._ready = threading.Condition()
        self._pending: deque[T] = deque()
        self._oldest_at = 0.0  # when the oldest pending item arrived
        self._in_flight = 0  # batches the threads took and are handling
        self._started_in: int | None = None
        self._lock = threading.Lock()

    def add(self, item: T) -> None:
        self._ensure_started()
        with self._ready:
            if not self._pending:
                self._oldest_at = time.monotonic()
            self._pending.append(item)
            self._ready.notify()

    def flush(self) -> None:
        """Handle every pending item in this thread now, after the batches the threads are
        handling (e.g. the process exits next, and the threads with it)."""
        with self._ready:
            while self._in_flight:
                self._ready.wait()
            pending = list(self._pending)
            self._pending.clear()
        for start in range(0, len(pending), self._max_batch):
            self._handle(pending[start : start + self._max_batch])

    def _ensure_started(self) -> None:
        # Threads do not survive a fork: each process that adds starts its own.
        if self._started_in == os.getpid():
            return
        with self._lock:
            if self._started_in == os.getpid():
                return
            self._ready = threading.Condition()
            self._pending = deque()
            self._in_flight = 0
            for number in range(self._threads):
                name = f"{self._name}-{number}"
                threading.Thread(target=self._run, name=name, daemon=True).start()
            self._started_in = os.getpid()

    def _run(self) -> None:
        shared = False  # the last batch had more than one item: the load lasts
        while True:
            lingers = self._linger_when_idle or shared
            batch = self._next_batch(linger=self._linger if lingers else 0.0)
            shared = len(batch) > 1
            try:
                self._handle(batch)
            except Exception:
                # A thread that died would leave every later item waiting.
                logger.exception("%s failed a batch of %d", self._name, len(batch))
            finally:
                with self._ready:
                    self._in_flight -= 1
                    self._ready.notify_all()

    def _next_batch(self, *, linger: float) -> list[T]:
        with self._ready:
            while not self._pending:
                self._ready.wait()
            deadline = self._oldest_at + linger
            batch = [self._pending.popleft()]
            while len(batch) < self._max_batch:
                if self._pending:
                    batch.append(self._pending.popleft())
                    continue
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._ready.wait(remaining)
            if self._pending:
                self._oldest_at = time.monotonic()
            self._in_flight += 1
            return batch
