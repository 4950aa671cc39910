"""The result type and the placeholders shared by the passes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

EMAIL_PLACEHOLDER: Final = "[REDACTED_EMAIL]"
PHONE_PLACEHOLDER: Final = "[REDACTED_PHONE]"


@dataclass(frozen=True, slots=True)
class Redaction:
    text: str
    counts: dict[str, int]
