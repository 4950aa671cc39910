from __future__ import annotations

import logging
import uuid
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.utils import timezone
from django_q.signing import SignedPackage

from ingest.errors import QueueUnavailable
from ingest.records import LogRecord
from processing.broker import QueueMissingError, shared_broker

logger = logging.getLogger(__name__)

PROCESS_TASK = "processing.tasks.process_log"


def log_task_package(*, record: LogRecord) -> str:
    """The signed django-q2 task package for one record, as async_task would build it.

    It is built here rather than through async_task so that several can go out in one
    SendMessageBatch call.
    """
    task: dict[str, Any] = {
        "id": uuid.uuid4().hex,
        "name": f"{record.tenant_id}/{record.log_id}"[:100],
        "func": PROCESS_TASK,
        "args": (record.to_message(),),
        "kwargs": {},
        "started": timezone.now(),
    }
    return str(SignedPackage.dumps(task))


def log_enqueue(*, record: LogRecord) -> str:
    """Put one record on the ingest queue; returns the SQS message id once SQS has it.

    Raises QueueUnavailable when SQS cannot be reached or refuses the message: the caller must
    not report the record as accepted then.
    """
    package = log_task_package(record=record)
    try:
        return shared_broker().enqueue(package)
    except (BotoCoreError, ClientError, QueueMissingError) as error:
        logger.error(
            "Enqueue failed for tenant=%s log_id=%s: %s",
            record.tenant_id,
            record.log_id,
            type(error).__name__,
        )
        raise QueueUnavailable(retry_after=settings.INGEST_RETRY_AFTER) from error
