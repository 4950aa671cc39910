"""An OTLP record's structured fields (ingest/otlp.py builds them): their redaction in the
worker, and OTLP's severity levels for the dashboard.

Attribute values carry PII as often as log bodies do, so every string a client sent in the
structured fields (attribute keys and values at any depth, the resource's and the scope's, the
severity text) goes through the same redactor as the text. Only the fields the mapping itself
produced (times as ISO-8601, trace and span ids as hex, the severity number) are kept as they
are: hex digits could otherwise look like a phone number to the redactor.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from processing.redaction import redact

# Produced by ingest/otlp.py from numbers and bytes, never from a client's string.
NOT_CLIENT_TEXT = frozenset({"severity_number", "time", "observed_time", "trace_id", "span_id"})


def structured_redact(
    *, structured: dict[str, Any] | None, counts: dict[str, int]
) -> tuple[dict[str, Any] | None, dict[str, int]]:
    """The structured fields with every client string redacted, and `counts` (the text's
    redactions) plus the ones made here."""
    total: Counter[str] = Counter()
    if structured is None:
        return None, dict(counts)
    redacted = {
        key: value if key in NOT_CLIENT_TEXT else _redacted(value, total)
        for key, value in structured.items()
    }
    # Counter's + would drop the zero counts that every record keeps.
    return redacted, {kind: counts.get(kind, 0) + total[kind] for kind in {*counts, *total}}


def _redacted(value: Any, counts: Counter[str]) -> Any:
    if isinstance(value, str):
        redaction = redact(value)
        counts.update(redaction.counts)
        return redaction.text
    if isinstance(value, dict):
        kept: dict[str, Any] = {}
        for key, item in value.items():
            name = _redacted(str(key), counts)
            # Two keys that redact alike (two emails as keys) keep both values.
            unique, n = name, 1
            while unique in kept:
                n += 1
                unique = f"{name} ({n})"
            kept[unique] = _redacted(item, counts)
        return kept
    if isinstance(value, list):
        return [_redacted(item, counts) for item in value]
    return value  # numbers, booleans, None


# OTLP's severity levels (logs data model): each spans four numbers, ERROR is 17 to 20.
SEVERITY_LEVELS: dict[str, tuple[int, int]] = {
    "TRACE": (1, 4),
    "DEBUG": (5, 8),
    "INFO": (9, 12),
    "WARN": (13, 16),
    "ERROR": (17, 20),
    "FATAL": (21, 24),
}


def severity_level(number: Any) -> str | None:
    """The level a severity number belongs to (`ERROR` for 18), None when unspecified."""
    for level, (low, high) in SEVERITY_LEVELS.items():
        if isinstance(number, int | float) and low <= number <= high:
            return level
    return None
