"""Charts drawn on the server as inline SVG: no JavaScript, no CDN, nothing to download.

Colours come from the stylesheet through `series-N` classes, so the markup holds no inline style
and the page passes a Content-Security-Policy without 'unsafe-inline'.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

WIDTH, HEIGHT = 720, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 712, 12, 188  # the plot area inside the view box
X_LABEL_EVERY = 15  # minutes
Y_TICKS = 4


@dataclass(frozen=True)
class Series:
    label: str
    counts: list[int]  # one per minute, oldest first
    css_class: str


def nice_ceiling(value: int, *, ticks: int = Y_TICKS) -> int:
    """The smallest 1, 2 or 5 x 10^k step times `ticks` that reaches `value` (at least `ticks`)."""
    raw_step = max(value, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step)
    return max(math.ceil(step) * ticks, ticks)


def per_minute_chart(*, series: list[Series], start: datetime, title: str) -> SafeString:
    """A line chart of counts per minute from `start`, one polyline per series."""
    minutes = max((len(s.counts) for s in series), default=0)
    top = nice_ceiling(max((max(s.counts, default=0) for s in series), default=0))
    x_step = (RIGHT - LEFT) / max(minutes - 1, 1)

    def x(minute: int) -> float:
        return round(LEFT + minute * x_step, 1)

    def y(count: int) -> float:
        return round(BOTTOM - count * (BOTTOM - TOP) / top, 1)

    grid = format_html_join(
        "",
        '<line class="grid" x1="{}" y1="{}" x2="{}" y2="{}"/>'
        '<text class="axis" x="{}" y="{}" text-anchor="end">{}</text>',
        (
            (LEFT, y(value), RIGHT, y(value), LEFT - 6, y(value) + 4, value)
            for value in range(0, top + 1, top // Y_TICKS)
        ),
    )
    x_labels = format_html_join(
        "",
        '<text class="axis" x="{}" y="{}" text-anchor="middle">{}</text>',
        (
            (x(minute), BOTTOM + 20, (start + timedelta(minutes=minute)).strftime("%H:%M"))
            for minute in range(0, minutes, X_LABEL_EVERY)
        ),
    )
    lines = format_html_join(
        "",
        '<polyline class="series {}" points="{}"><title>{}: {} in this hour</title></polyline>',
        (
            (
                s.css_class,
                " ".join(f"{x(i)},{y(count)}" for i, count in enumerate(s.counts)),
                s.label,
                sum(s.counts),
            )
            for s in series
        ),
    )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="chart-title">'
        '<title id="chart-title">{}</title>{}{}<line class="axis-line" x1="{}" y1="{}" x2="{}" '
        'y2="{}"/>{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        grid,
        x_labels,
        LEFT,
        BOTTOM,
        RIGHT,
        BOTTOM,
        lines,
    )
