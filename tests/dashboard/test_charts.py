"""The server-drawn SVG chart."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from dashboard.charts import BOTTOM, TOP, Series, nice_ceiling, per_minute_chart

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "top"), [(0, 4), (1, 4), (4, 4), (5, 8), (7, 8), (9, 12), (95, 100), (101, 200)]
)
def test_the_y_axis_ends_on_a_round_number(value: int, top: int) -> None:
    assert nice_ceiling(value) == top


def test_it_draws_one_line_per_series_scaled_to_the_plot() -> None:
    counts = [0] * 59 + [8]
    svg = per_minute_chart(
        series=[Series(label="acme", counts=counts, css_class="series-0")],
        start=START,
        title="Stored",
    )

    [points] = re.findall(r'<polyline class="series series-0" points="([^"]+)"', svg)
    ys = [float(point.split(",")[1]) for point in points.split()]
    assert len(ys) == 60
    assert ys[0] == BOTTOM
    assert ys[-1] == TOP
    assert ">12:00<" in svg and ">12:45<" in svg
    assert "<title>acme: 8 in this hour</title>" in svg


def test_it_escapes_labels() -> None:
    svg = per_minute_chart(
        series=[Series(label="<script>x</script>", counts=[1, 2], css_class="series-1")],
        start=START,
        title='a "title" & more',
    )

    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert "a &quot;title&quot; &amp; more" in svg


def test_it_draws_an_empty_chart_without_series() -> None:
    svg = per_minute_chart(series=[], start=START, title="Stored")

    assert svg.startswith('<svg class="chart"')
    assert "<polyline" not in svg
