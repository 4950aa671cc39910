"""The dashboard's reads against the emulator: pagination, filters, cursors, counters, queues."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from processing.aws import aws_client
from processing.selectors import (
    InvalidCursor,
    cursor_encode,
    log_item_get,
    processed_per_minute,
    queue_depths,
    tenant_logs_page,
    tenant_stats,
)
from processing.sqs import queue_url
from tests.helpers import shrink_search_budget, store_log

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
SEC = timedelta(seconds=1)


def seed(tenant_id: str, count: int, *, text: str = "line", prefix: str = "log-") -> list[str]:
    """`count` records, one second apart; returns their log_ids newest first."""
    for i in range(count):
        store_log(tenant_id, f"{prefix}{i:03d}", text=f"{text} {i}", received_at=START + i * SEC)
    return [f"{prefix}{i:03d}" for i in reversed(range(count))]


def all_pages(**query: str) -> list[list[str]]:
    pages: list[list[str]] = []
    cursor = None
    while True:
        page = tenant_logs_page(cursor=cursor, **query)  # type: ignore[arg-type]
        pages.append([item.log_id for item in page.items])
        if page.next_cursor is None:
            return pages
        cursor = page.next_cursor
        assert len(pages) < 50


class TestTenantLogsPage:
    def test_it_lists_newest_first_25_per_page(self, aws: str) -> None:
        newest_first = seed("acme", 30)
        seed("other", 3)

        pages = all_pages(tenant_id="acme")

        assert pages == [newest_first[:25], newest_first[25:]]

    @pytest.mark.parametrize("count", [25, 50])
    def test_it_offers_no_next_page_when_the_records_end_on_a_page_boundary(
        self, aws: str, count: int
    ) -> None:
        newest_first = seed("acme", count)

        pages = all_pages(tenant_id="acme")

        assert pages == [newest_first[i : i + 25] for i in range(0, count, 25)]

    def test_it_returns_an_empty_page_for_an_empty_tenant(self, aws: str) -> None:
        page = tenant_logs_page(tenant_id="nobody")

        assert (page.items, page.next_cursor, page.partial) == ([], None, False)

    def test_it_filters_by_log_id_prefix_in_log_id_order(self, aws: str) -> None:
        seed("acme", 5, prefix="a/")
        seed("acme", 30, prefix="b?")
        seed("acme", 3, prefix="b/")

        pages = all_pages(tenant_id="acme", log_id_prefix="b?")

        assert pages == [[f"b?{i:03d}" for i in range(25)], [f"b?{i:03d}" for i in range(25, 30)]]

    def test_it_filters_by_text_substring(self, aws: str) -> None:
        for i in range(40):
            text = "disk full [REDACTED_EMAIL]" if i % 3 == 0 else "all good"
            store_log("acme", f"log-{i:03d}", text=text, received_at=START + i * SEC)

        pages = all_pages(tenant_id="acme", text_contains="[REDACTED_EMAIL]")

        assert pages == [[f"log-{i:03d}" for i in reversed(range(0, 40, 3))]]

    def test_it_combines_both_filters(self, aws: str) -> None:
        store_log("acme", "x-1", text="timeout")
        store_log("acme", "x-2", text="ok")
        store_log("acme", "y-1", text="timeout")

        page = tenant_logs_page(tenant_id="acme", log_id_prefix="x-", text_contains="timeout")

        assert [item.log_id for item in page.items] == ["x-1"]

    def test_a_text_filter_stops_at_its_read_budget_and_can_go_on(
        self, aws: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        shrink_search_budget(monkeypatch, read_limit=4, calls=2)
        for i in range(20):
            text = "needle" if i in (1, 18) else "hay"
            store_log("acme", f"log-{i:03d}", text=text, received_at=START + i * SEC)

        first = tenant_logs_page(tenant_id="acme", text_contains="needle")
        pages = all_pages(tenant_id="acme", text_contains="needle")

        assert [item.log_id for item in first.items] == ["log-018"]
        assert first.partial
        assert first.searched == 8
        assert first.next_cursor is not None
        assert [log_id for page in pages for log_id in page] == ["log-018", "log-001"]

    def test_a_search_may_end_on_an_empty_page(
        self, aws: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        shrink_search_budget(monkeypatch, read_limit=4, calls=1)
        for i in range(8):
            text = "needle" if i == 7 else "hay"
            store_log("acme", f"log-{i:03d}", text=text, received_at=START + i * SEC)

        pages = all_pages(tenant_id="acme", text_contains="needle")

        # DynamoDB hands back a key after the last full read, so the last page may be empty.
        assert pages[0] == ["log-007"]
        assert all(page == [] for page in pages[1:])

    def test_it_carries_every_field(self, aws: str) -> None:
        store_log(
            "acme",
            "r/1?#%",
            text="mail [REDACTED_EMAIL]",
            received_at=START,
            lag=timedelta(seconds=3),
            source="text",
            redactions={"email": 1, "phone": 0},
        )

        [item] = tenant_logs_page(tenant_id="acme").items

        assert (item.log_id, item.text, item.source) == ("r/1?#%", "mail [REDACTED_EMAIL]", "text")
        assert item.received_at == START
        assert item.processed_at == START + 3 * SEC
        assert item.redactions.as_dict() == {"email": 1, "phone": 0}


def b64(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def gsi_key(**overrides: object) -> dict[str, object]:
    key: dict[str, object] = {
        "tenant_id": {"S": "acme"},
        "log_id": {"S": "log-001"},
        "received_at": {"S": "2025-03-01T12:00:01.000000+0000"},
    }
    key.update(overrides)
    return key


class TestCursor:
    def test_a_cursor_round_trips(self, aws: str) -> None:
        newest_first = seed("acme", 3)

        page = tenant_logs_page(tenant_id="acme", cursor=cursor_encode(gsi_key()))

        assert [item.log_id for item in page.items] == newest_first[2:]

    @pytest.mark.parametrize(
        "cursor",
        [
            "!!!not-base64!!!",
            "x",
            b64("just a string"),
            b64([1, 2]),
            b64({"tenant_id": {"S": "acme"}}),
            b64(gsi_key(extra={"S": "x"})),
            b64(gsi_key(log_id={"N": "1"})),
            b64(gsi_key(log_id={"S": 7})),
            b64(gsi_key(log_id={"S": "has space"})),
            b64(gsi_key(log_id={"S": "x" * 129})),
            b64(gsi_key(received_at={"S": "yesterday"})),
            b64(gsi_key(tenant_id={"S": "other"})),
            base64.urlsafe_b64encode(b"\xff\xfe").decode(),
            "A" * 5000,
        ],
    )
    def test_it_rejects_a_cursor_it_did_not_issue(self, aws: str, cursor: str) -> None:
        with pytest.raises(InvalidCursor):
            tenant_logs_page(tenant_id="acme", cursor=cursor)

    def test_it_rejects_a_cursor_outside_the_log_id_prefix(self, aws: str) -> None:
        cursor = cursor_encode({"tenant_id": {"S": "acme"}, "log_id": {"S": "b-1"}})

        with pytest.raises(InvalidCursor):
            tenant_logs_page(tenant_id="acme", cursor=cursor, log_id_prefix="a-")

    def test_it_rejects_a_cursor_of_the_other_ordering(self, aws: str) -> None:
        with pytest.raises(InvalidCursor):
            tenant_logs_page(tenant_id="acme", cursor=cursor_encode(gsi_key()), log_id_prefix="l")


class TestLogRecord:
    def test_it_reads_one_record(self, aws: str) -> None:
        store_log("acme", "a/b?c#d%e", text="hello")

        item = log_item_get(tenant_id="acme", log_id="a/b?c#d%e")

        assert item is not None
        assert item.text == "hello"

    def test_it_finds_nothing_for_another_tenant_or_an_impossible_id(self, aws: str) -> None:
        store_log("acme", "1")

        assert log_item_get(tenant_id="other", log_id="1") is None
        assert log_item_get(tenant_id="acme", log_id="x" * 2000) is None
        assert log_item_get(tenant_id="acme", log_id="has space") is None


class TestCounters:
    def test_it_reads_stored_counts_and_last_activity(self, aws: str) -> None:
        seed("acme", 3)
        seed("beta", 1)

        stats = tenant_stats(tenant_ids=["acme", "beta", "empty"])

        assert {t: s.stored for t, s in stats.items()} == {"acme": 3, "beta": 1, "empty": 0}
        assert stats["acme"].last_processed_at == START + 2 * SEC + timedelta(seconds=2)
        assert stats["empty"].last_processed_at is None

    def test_it_reads_many_tenants(self, aws: str) -> None:
        tenants = [f"t{i}" for i in range(130)]  # more than one BatchGetItem call holds
        store_log("t129", "1")

        stats = tenant_stats(tenant_ids=tenants)

        assert len(stats) == 130
        assert stats["t129"].stored == 1
        assert tenant_stats(tenant_ids=[]) == {}

    def test_it_counts_records_processed_per_minute(self, aws: str) -> None:
        # Recent: minute buckets expire (DynamoDB TTL) two days after their minute.
        start = timezone.now().replace(second=0, microsecond=0) - timedelta(hours=2)
        for seconds in (-1, 0, 10, 59, 60, 300, 3600):
            store_log("acme", f"s{seconds}", received_at=start + seconds * SEC, lag=timedelta())
        store_log("beta", "b", received_at=start, lag=timedelta())

        counts = processed_per_minute(
            tenant_ids=["acme", "beta", "empty"],
            since=start + 30 * SEC,  # the minute that holds `since` counts whole
            until=start + timedelta(minutes=59, seconds=59),
        )

        assert counts == {
            "acme": {start: 3, start + timedelta(minutes=1): 1, start + timedelta(minutes=5): 1},
            "beta": {start: 1},
            "empty": {},
        }
        assert processed_per_minute(tenant_ids=[], since=start) == {}


def test_it_reads_the_depth_of_both_queues(aws: str) -> None:
    sqs = aws_client("sqs")
    for _ in range(3):
        sqs.send_message(QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody="m")
    sqs.send_message(QueueUrl=queue_url(settings.LOGS_DLQ), MessageBody="d")
    sqs.receive_message(QueueUrl=queue_url(settings.LOGS_QUEUE), VisibilityTimeout=60)

    depths = queue_depths()

    assert (depths.main_visible, depths.main_in_flight) == (2, 1)
    assert (depths.dlq_visible, depths.dlq_in_flight, depths.dlq_total) == (1, 0, 1)
