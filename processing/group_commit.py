"""Group commit: concurrent requests of one process share SendMessageBatch calls.

A request thread hands its message to a small pool of sender threads and waits for SQS to
confirm it, so the 202 still means "in SQS". Under load a sender finds several messages waiting
and sends up to 10 (256 KiB at most) in one call, lingering a moment for more while the load
lasts; when idle it sends one at once, adding no delay.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from processing.batcher import Batcher
from processing.sqs import MAX_BATCH, send_chunks

SendBatch = Callable[[list[str]], list[str | None]]


class EnqueueRefused(RuntimeError):
    """SQS answered but did not take this message."""


class GroupCommitSender:
    def __init__(
        self, *, send_batch: SendBatch, senders: int, timeout: float, linger: float = 0.0
    ) -> None:
        self._send_batch = send_batch
        self._timeout = timeout
        # Lingering only under load: a fuller batch costs less CPU per message than the wait
        # costs in latency, while a lone message must not wait.
        self._batcher: Batcher[tuple[str, Future[str]]] = Batcher(
            handle=self._flush,
            name="sqs-sender",
            max_batch=MAX_BATCH,
            threads=senders,
            linger=linger,
            linger_when_idle=False,
        )

    def send(self, body: str) -> str:
        """Block until SQS has the message; returns its message id or raises the send error."""
        future: Future[str] = Future()
        self._batcher.add((body, future))
        return future.result(timeout=self._timeout)

    def _flush(self, batch: list[tuple[str, Future[str]]]) -> None:
        for start, bodies in send_chunks([body for body, _ in batch]):
            futures = [future for _, future in batch[start : start + len(bodies)]]
            try:
                ids = self._send_batch(bodies)
            except BaseException as error:  # every waiting request must hear about it
                for _, future in batch[start:]:
                    future.set_exception(error)
                return
            for future, message_id in zip(futures, ids, strict=True):
                if message_id is None:
                    future.set_exception(EnqueueRefused("SQS refused the message"))
                else:
                    future.set_result(message_id)
