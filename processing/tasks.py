from __future__ import annotations

import logging
import time
from typing import Any

from ingest.records import LogRecord
from logsite import metrics
from processing.redaction import redact
from processing.services import log_process

PROCESS_TASK = f"{__name__}.process_log"

logger = logging.getLogger(__name__)


def process_log(message: dict[str, Any]) -> str:
    """django-q2 task: decode the queued record and process it (raising lets SQS retry).

    Logs one line per attempt with the record's ids, outcome and duration (never its text).
    """
    record = LogRecord.from_message(message)
    started = time.perf_counter()
    try:
        outcome = "stored" if log_process(record=record) else "duplicate"
    except Exception as error:
        metrics.log_failed(error=error)
        _log_attempt(record, "failed", started, error=type(error).__name__)
        raise
    metrics.log_processed(outcome=outcome)
    _log_attempt(record, outcome, started)
    return outcome


def keep_no_raw_text(sender: str, task: dict[str, Any], **kwargs: Any) -> None:
    """Before a finished task leaves the worker, take the raw text out of its record.

    django-q2 saves a failed task, arguments included, in the Django database, and the raw
    text must never be stored anywhere: a failure keeps the redacted text (to help whoever
    reads the error), a success keeps none (its record is in DynamoDB already).
    """
    if task.get("func") != PROCESS_TASK:
        return
    task["args"] = tuple(
        {**message, "text": "" if task.get("success") else redact(message["text"]).text}
        if isinstance(message, dict) and isinstance(message.get("text"), str)
        else message
        for message in task.get("args", ())
    )


def _log_attempt(record: LogRecord, outcome: str, started: float, **extra: str) -> None:
    logger.log(
        logging.WARNING if outcome == "failed" else logging.INFO,
        "log processed",
        extra={
            "tenant_id": record.tenant_id,
            "log_id": record.log_id,
            "outcome": outcome,
            "duration_ms": round((time.perf_counter() - started) * 1000, 3),
            **extra,
        },
    )
