"""The one internal schema every accepted log is normalized into."""

from __future__ import annotations

import os
import re
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

TENANT_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
LOG_ID_RE = re.compile(r"[\x21-\x7e]{1,128}")

Source = Literal["json", "text", "otlp"]


@dataclass(frozen=True, slots=True)
class LogRecord:
    tenant_id: str
    log_id: str
    text: str
    source: Source
    received_at: datetime  # UTC
    # OTLP's structured fields (severity, times, ids, attributes): raw here, redacted by the
    # worker before storage (processing/structured.py). None for the service's own JSON/text.
    structured: dict[str, Any] | None = None

    def to_message(self) -> dict[str, Any]:
        return {
            "tenant_id": self.tenant_id,
            "log_id": self.log_id,
            "text": self.text,
            "source": self.source,
            "received_at": self.received_at.isoformat(),
            **({"structured": self.structured} if self.structured is not None else {}),
        }

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> LogRecord:
        return cls(
            tenant_id=message["tenant_id"],
            log_id=message["log_id"],
            text=message["text"],
            source=message["source"],
            received_at=datetime.fromisoformat(message["received_at"]),
            structured=message.get("structured"),
        )


_uuid7_lock = threading.Lock()
_uuid7_last = 0


def new_log_id() -> str:
    """A UUIDv7 (RFC 9562): ids generated one after the other sort in that order.

    The 48-bit millisecond clock is followed by a 74-bit field that is random when the clock
    moves and incremented when it does not, so ordering holds within a millisecond too.
    """
    global _uuid7_last
    with _uuid7_lock:
        candidate = (time.time_ns() // 1_000_000) << 74 | int.from_bytes(os.urandom(10)) >> 6
        value = max(candidate, _uuid7_last + 1)
        _uuid7_last = value
    timestamp_ms, rest = value >> 74, value & ((1 << 74) - 1)
    rand_a, rand_b = rest >> 62, rest & ((1 << 62) - 1)
    as_int = timestamp_ms << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=as_int))
