from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from django import template
from django.urls import reverse
from django.utils.html import format_html

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
def lag(item: Any) -> timedelta:
    """How long a stored record took from acceptance to storage."""
    return item.processed_at - item.received_at
