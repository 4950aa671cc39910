from __future__ import annotations

from typing import Any

from ingest.records import LogRecord
from processing.services import log_process


def process_log(message: dict[str, Any]) -> str:
    """django-q2 task: decode the queued record and process it (raising lets SQS retry)."""
    record = LogRecord.from_message(message)
    stored = log_process(record=record)
    return "stored" if stored else "duplicate"
