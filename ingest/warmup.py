"""Build, right after a web process starts, what its first ingest request would build lazily."""

from __future__ import annotations

import logging

from django.conf import settings
from django.urls import get_resolver
from django.utils import timezone

from core.records import LogRecord
from processing.aws import aws_client
from processing.broker import shared_broker
from processing.enqueue import log_task_package
from processing.sqs import queue_url

logger = logging.getLogger(__name__)

INGEST_PATH = "/api/v1/logs"


def ingest_warm() -> None:
    """The SQS client, the ingest queue's URL, the broker, the URL routes, the signing code.

    Without this the first request of each process took ~0.5 s instead of ~5 ms. Called after
    the fork (gunicorn's post_fork): clients and connection pools must not cross one. An SQS
    that does not answer yet is not fatal: the first request then builds what is missing.
    """
    get_resolver().resolve(INGEST_PATH)
    # Signs a throw-away record (nothing is sent): imports and runs the message encoding once.
    log_task_package(
        record=LogRecord(
            tenant_id="warmup",
            log_id="warmup",
            text="",
            source="json",
            received_at=timezone.now(),
        )
    )
    aws_client("sqs")
    try:
        queue_url(settings.LOGS_QUEUE)
        shared_broker()
    except Exception as error:  # the process still serves; its first request retries
        logger.warning("Could not warm the SQS broker: %s", type(error).__name__)
