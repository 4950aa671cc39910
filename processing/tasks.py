from __future__ import annotations

import logging
import time
from typing import Any

from core import metrics
from core.records import LogRecord
from processing.redaction import redact
from processing.services import log_process

PROCESS_TASK = f"{__name__}.process_log"
# What a saved failure keeps of its record besides the redacted text: ids, never content.
SAVED_FIELDS = ("tenant_id", "log_id", "source", "received_at")

logger = logging.getLogger(__name__)


def process_log(message: dict[str, Any], *, receive_count: int = 1) -> str:
    """django-q2 task: redact the queued record, then process it (raising lets SQS retry).

    `receive_count` is SQS's ApproximateReceiveCount of the message: above 1 the record may be
    stored already, and is looked up before any write.

    As soon as the text is redacted, the raw text in `message` (this task's own argument, which
    django-q2 saves with a failure) is replaced by the redacted one, so nothing has to be
    redacted after the task, outside its time budget. Logs one line per attempt with the
    record's ids, outcome and duration (never its text).
    """
    record = LogRecord.from_message(message)
    started = time.perf_counter()
    try:
        redaction = redact(record.text)
        message.update(text=redaction.text, text_redacted=True)
        stored = log_process(record=record, redaction=redaction, redelivered=receive_count > 1)
        outcome = "stored" if stored else "duplicate"
    except Exception as error:
        metrics.log_failed(error=error)
        _log_attempt(record, "failed", started, error=type(error).__name__)
        raise
    metrics.log_processed(outcome=outcome)
    _log_attempt(record, outcome, started)
    return outcome


def keep_no_raw_text(sender: str, task: dict[str, Any], **kwargs: Any) -> None:
    """Before a finished task leaves the worker, keep only what may be stored of its record.

    django-q2 saves a failed task, arguments included, in the Django database, and the raw
    text must never be stored anywhere: a failure keeps the text only if the task redacted it
    itself (see process_log), a success keeps none (its record is in DynamoDB already). This
    runs under django-q2's timer lock, after the task's timeout: it never redacts, it only
    drops, and it keeps only the fields listed in SAVED_FIELDS.
    """
    if task.get("func") != PROCESS_TASK:
        return
    task["args"] = tuple(
        _saved(message, success=bool(task.get("success"))) for message in task.get("args", ())
    )


def _saved(message: Any, *, success: bool) -> dict[str, Any]:
    if not isinstance(message, dict):
        return {}
    saved = {key: message[key] for key in SAVED_FIELDS if key in message}
    redacted = message.get("text_redacted") is True and isinstance(message.get("text"), str)
    saved["text"] = message["text"] if redacted and not success else ""
    return saved


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
