"""The result type and the placeholders shared by the passes."""

from __future__ import annotations

from dataclasses import dataclass

EMAIL_PLACEHOLDER = "[REDACTED_EMAIL]"
PHONE_PLACEHOLDER = "[REDACTED_PHONE]"


@dataclass(frozen=True, slots=True)
class Redaction:
    text: str
    counts: dict[str, int]
