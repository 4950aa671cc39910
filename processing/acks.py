"""Acknowledgements in DeleteMessageBatch calls instead of one DeleteMessage per record.

The monitor process acknowledges each finished task; batching cuts that from one SQS call per
record to one per ten. Failed entries are retried. An acknowledgement lost anyway (a killed
monitor, SQS unreachable for longer than the retry budget) only means SQS delivers the message
again, and the worker recognises the record as stored (processing/services.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.conf import settings

from core import metrics
from processing.aws import backoff_pause
from processing.batcher import Batcher
from processing.sqs import MAX_BATCH

logger = logging.getLogger(__name__)

MAX_WAIT = 0.02  # seconds an acknowledgement may wait for its batch to fill

DeleteBatch = Callable[[list[str]], list[str]]


class AckBatcher(Batcher[str]):
    def __init__(self, *, delete_batch: DeleteBatch) -> None:
        super().__init__(handle=self._send, name="sqs-acks", max_batch=MAX_BATCH, linger=MAX_WAIT)
        self._delete_batch = delete_batch

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
