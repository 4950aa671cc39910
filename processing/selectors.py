"""Reads of the tables and queues for the dashboard.

Every read is a bounded number of Query, GetItem, BatchGetItem or GetQueueAttributes calls:
nothing here Scans the logs table or takes longer as the table grows.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone
from pynamodb.attributes import UTCDateTimeAttribute
from pynamodb.expressions.condition import Condition
from pynamodb.pagination import ResultIterator

from core.records import LOG_ID_RE
from processing.sqs import queue_counts
from processing.tables import (
    MINUTE_BUCKET_PREFIX,
    SHARD_SEPARATOR,
    LogItem,
    TenantStatsItem,
    counter_shards,
    minute_bucket,
    total_bucket,
)

PAGE_SIZE = 25
# A text filter may match few records: one page reads DynamoDB pages of FILTERED_READ_LIMIT
# records until it has a page of matches, or has made READ_BUDGET_CALLS calls, or has read for
# READ_BUDGET_SECONDS, then hands back a cursor to go on from. The time bound keeps a page fast
# where each call is slow (the emulator sorts the whole partition on every Query).
FILTERED_READ_LIMIT = 500
READ_BUDGET_CALLS = 10
READ_BUDGET_SECONDS = 0.3
MAX_CURSOR_LENGTH = 1024

_BY_RECEIVED_KEYS = ("tenant_id", "log_id", "received_at")
_BY_LOG_ID_KEYS = ("tenant_id", "log_id")


class InvalidCursor(ValueError):
    """A cursor that this module did not issue for this tenant and filter."""


@dataclass(frozen=True)
class LogsPage:
    items: list[LogItem]
    next_cursor: str | None
    # Records DynamoDB read for this page; more than len(items) when a text filter skipped some.
    searched: int
    # True when the read budget ran out before a full page of matches was found.
    partial: bool


@dataclass(frozen=True)
class TenantStats:
    stored: int
    last_processed_at: datetime | None


@dataclass(frozen=True)
class QueueDepths:
    main_visible: int
    main_in_flight: int
    dlq_visible: int
    dlq_in_flight: int

    @property
    def dlq_total(self) -> int:
        return self.dlq_visible + self.dlq_in_flight


def tenant_logs_page(
    *,
    tenant_id: str,
    cursor: str | None = None,
    log_id_prefix: str = "",
    text_contains: str = "",
    severity_numbers: tuple[int, int] | None = None,
    page_size: int = PAGE_SIZE,
) -> LogsPage:
    """One page of a tenant's records and the opaque cursor of the next page (None: the end).

    Without a log_id prefix the records come newest first from the `tenant-received-index`
    GSI; with one, in log_id order from the table (a `begins_with` key condition). The text
    filter is a case-sensitive substring test that DynamoDB applies to the redacted text; the
    severity filter keeps OTLP records whose severity number is within `severity_numbers`.
    Raises InvalidCursor for a cursor that was not issued for this tenant and prefix.
    """
    key_names = _BY_LOG_ID_KEYS if log_id_prefix else _BY_RECEIVED_KEYS
    start_key = (
        cursor_decode(cursor, tenant_id=tenant_id, key_names=key_names, log_id_prefix=log_id_prefix)
        if cursor
        else None
    )
    conditions: list[Condition] = []
    if text_contains:
        conditions.append(LogItem.text.contains(text_contains))
    if severity_numbers:
        conditions.append(LogItem.structured["severity_number"].between(*severity_numbers))
    filter_condition: Condition | None = None
    for condition in conditions:
        filter_condition = condition if filter_condition is None else filter_condition & condition
    # One record more than a page tells whether a next page exists, so that "next" is never
    # offered towards an empty page when the reads were not cut short.
    read_limit = FILTERED_READ_LIMIT if conditions else page_size + 1
    results: ResultIterator[LogItem]
    if log_id_prefix:
        results = LogItem.query(
            tenant_id,
            LogItem.log_id.startswith(log_id_prefix),
            filter_condition=filter_condition,
            last_evaluated_key=start_key,
            page_size=read_limit,
        )
    else:
        results = LogItem.by_received.query(
            tenant_id,
            filter_condition=filter_condition,
            scan_index_forward=False,
            last_evaluated_key=start_key,
            page_size=read_limit,
        )
    pages = results.page_iter
    raw_items: list[dict[str, Any]] = []
    deadline = time.monotonic() + READ_BUDGET_SECONDS
    for calls, page in enumerate(pages, start=1):
        raw_items.extend(page.get("Items", []))
        if len(raw_items) > page_size or calls >= READ_BUDGET_CALLS:
            break
        if time.monotonic() > deadline:
            break
    next_key: dict[str, Any] | None
    if len(raw_items) > page_size:
        raw_items = raw_items[:page_size]
        next_key = {name: raw_items[-1][name] for name in key_names}
    else:
        # None when DynamoDB read to the end of the partition, even if its last page was empty.
        next_key = pages.last_evaluated_key
    return LogsPage(
        items=[LogItem.from_raw_data(raw) for raw in raw_items],
        next_cursor=cursor_encode(next_key) if next_key else None,
        searched=pages.total_scanned_count,
        partial=next_key is not None and len(raw_items) < page_size,
    )


def cursor_encode(key: dict[str, Any]) -> str:
    packed = json.dumps(key, sort_keys=True, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(packed).rstrip(b"=").decode("ascii")


def cursor_decode(
    cursor: str, *, tenant_id: str, key_names: tuple[str, ...], log_id_prefix: str = ""
) -> dict[str, Any]:
    """The DynamoDB start key inside `cursor`, checked so that no input can make a read fail."""
    if len(cursor) > MAX_CURSOR_LENGTH:
        raise InvalidCursor("cursor too long")
    try:
        packed = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        key = json.loads(packed)
    except (binascii.Error, ValueError):
        raise InvalidCursor("cursor is not base64url JSON") from None
    if not isinstance(key, dict) or set(key) != set(key_names):
        raise InvalidCursor("cursor has the wrong keys")
    values: dict[str, str] = {}
    for name, attribute in key.items():
        if not (isinstance(attribute, dict) and set(attribute) == {"S"}):
            raise InvalidCursor(f"cursor key {name} is not a string")
        if not isinstance(attribute["S"], str):
            raise InvalidCursor(f"cursor key {name} is not a string")
        values[name] = attribute["S"]
    if values["tenant_id"] != tenant_id:
        raise InvalidCursor("cursor belongs to another tenant")
    log_id = values["log_id"]
    if not LOG_ID_RE.fullmatch(log_id) or not log_id.startswith(log_id_prefix):
        raise InvalidCursor("cursor log_id does not fit")
    if "received_at" in values:
        try:
            UTCDateTimeAttribute().deserialize(values["received_at"])
        except ValueError:
            raise InvalidCursor("cursor received_at is not a timestamp") from None
    return key


def log_item_get(*, tenant_id: str, log_id: str) -> LogItem | None:
    """The stored item of one log (processing/tables.py), or None when there is none."""
    if not LOG_ID_RE.fullmatch(log_id):
        return None  # no such record can exist; DynamoDB would reject the key
    try:
        return LogItem.get(tenant_id, log_id)
    except LogItem.DoesNotExist:
        return None


def tenant_stats(*, tenant_ids: list[str]) -> dict[str, TenantStats]:
    """Stored-record counts and last activity per tenant: the sum of its counter shards.

    Exact: a record adds 1 to one shard in the transaction that stores it, never again.
    """
    stored = dict.fromkeys(tenant_ids, 0)
    last: dict[str, datetime | None] = dict.fromkeys(tenant_ids, None)
    keys = [(t, total_bucket(shard)) for t in stored for shard in counter_shards()]
    if keys:
        for item in TenantStatsItem.batch_get(keys):
            stored[item.tenant_id] += int(item.stored)
            seen, moment = last[item.tenant_id], item.last_processed_at
            if moment is not None and (seen is None or moment > seen):
                last[item.tenant_id] = moment
    return {
        tenant_id: TenantStats(stored=stored[tenant_id], last_processed_at=last[tenant_id])
        for tenant_id in tenant_ids
    }


def processed_per_minute(
    *, tenant_ids: list[str], since: datetime, until: datetime | None = None
) -> dict[str, dict[datetime, int]]:
    """Records stored per tenant and minute (the minute's start, UTC), `since` to `until`.

    The minute buckets (each minute's counter shards) are read by key (BatchGetItem), not by a
    range Query: the work is a fixed number of keys per tenant and minute whatever a partition
    holds (two days of buckets before their TTL), where the emulator's Query walks the whole
    partition.
    """
    until = until or timezone.now()
    first = since.replace(second=0, microsecond=0)
    minutes = [first + timedelta(minutes=i) for i in range(int((until - first) // _MINUTE) + 1)]
    counts: dict[str, dict[datetime, int]] = {tenant_id: {} for tenant_id in tenant_ids}
    keys = [
        (tenant_id, minute_bucket(minute, shard))
        for tenant_id in counts
        for minute in minutes
        for shard in counter_shards()
    ]
    if keys:
        for item in TenantStatsItem.batch_get(keys):
            minute = _bucket_minute(item.bucket)
            per_tenant = counts[item.tenant_id]
            per_tenant[minute] = per_tenant.get(minute, 0) + int(item.stored)
    return counts


_MINUTE = timedelta(minutes=1)


def _bucket_minute(bucket: str) -> datetime:
    moment = bucket.removeprefix(MINUTE_BUCKET_PREFIX).split(SHARD_SEPARATOR, 1)[0]
    return datetime.strptime(moment, "%Y-%m-%dT%H:%M").replace(tzinfo=UTC)


def queue_depths() -> QueueDepths:
    main_visible, main_in_flight = queue_counts(settings.LOGS_QUEUE)
    dlq_visible, dlq_in_flight = queue_counts(settings.LOGS_DLQ)
    return QueueDepths(
        main_visible=main_visible,
        main_in_flight=main_in_flight,
        dlq_visible=dlq_visible,
        dlq_in_flight=dlq_in_flight,
    )
