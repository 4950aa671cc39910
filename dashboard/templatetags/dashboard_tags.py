from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils.html import format_html

from processing.structured import severity_level

register = template.Library()

# What Django's reverse() leaves unencoded, less "/": a log_id is one path segment, so that
# browsers never resolve a "." or ".." inside it (a log_id such as "a/../b").
_SEGMENT_SAFE = "!$&'()*+,;=~:@"


@register.simple_tag
def record_url(tenant_id: str, log_id: str) -> str:
    tenant_url = reverse("dashboard:tenant", kwargs={"tenant_id": tenant_id})
    return f"{tenant_url}logs/{quote(log_id, safe=_SEGMENT_SAFE)}/"


@register.filter
def duration(value: timedelta | None) -> str:
    if value is None:
        return "—"
    seconds = value.total_seconds()
    if seconds < 60:
        return f"{seconds:.1f} s"
    whole = int(seconds)
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    if whole < 86400:
        return f"{whole // 3600} h {whole % 3600 // 60} min"
    return f"{whole // 86400} d {whole % 86400 // 3600} h"


@register.filter
def redaction_counts(redactions: Any) -> list[tuple[str, int]]:
    """The non-zero counts of a record's `redactions` map, by kind."""
    counts = redactions.as_dict() if hasattr(redactions, "as_dict") else dict(redactions or {})
    return sorted((kind, int(count)) for kind, count in counts.items() if count)


@register.filter
def timestamp(value: datetime | None, precision: str = "s") -> str:
    """A <time> element in UTC, to the second or, with "ms", to the millisecond."""
    if value is None:
        return "—"
    moment = value.astimezone(UTC)
    shown = moment.strftime("%Y-%m-%d %H:%M:%S")
    if precision == "ms":
        shown += f".{moment.microsecond // 1000:03d}"
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(), shown)


@register.filter
def severity(item: Any) -> str:
    """An OTLP record's severity: its text as sent, else its number's level; "—" for others."""
    fields = item.structured.as_dict() if item.structured is not None else {}
    text = fields.get("severity_text")
    return str(text) if text else severity_level(fields.get("severity_number")) or "—"


@register.filter
def service_name(item: Any) -> str:
    """The `service.name` of an OTLP record's resource (redacted like every attribute)."""
    fields = item.structured.as_dict() if item.structured is not None else {}
    resource = fields.get("resource")
    name = resource.get("service.name") if isinstance(resource, dict) else None
    return str(name) if name not in (None, "") else "—"


@register.filter
def structured_rows(item: Any, name: str) -> list[tuple[str, str]]:
    """The (key, value) pairs of an OTLP record's `attributes` or `resource`, by key; values
    that are not text as compact JSON. The template escapes both."""
    fields = item.structured.as_dict() if item.structured is not None else {}
    pairs = fields.get(name)
    if not isinstance(pairs, dict):
        return []
    return [
        (str(key), value if isinstance(value, str) else json.dumps(value, separators=(",", ":")))
        for key, value in sorted(pairs.items())
    ]


@register.filter
def structured_field(item: Any, name: str) -> str:
    """One of an OTLP record's own fields (time, trace_id, scope...), "—" when it has none."""
    value = item.structured.as_dict().get(name) if item.structured is not None else None
    return "—" if value in (None, "") else str(value)


@register.filter
def lag(item: Any) -> timedelta:
    """How long a stored record took from acceptance to storage."""
    return item.processed_at - item.received_at
