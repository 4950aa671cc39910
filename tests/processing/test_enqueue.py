"""One enqueue path for one record and for a batch, within SQS's limits, on the emulator."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.conf import settings
from django.utils import timezone

from core.records import LogRecord
from processing.enqueue import QueueUnavailable, records_enqueue
from tests.helpers import queued_records


def record(log_id: str, *, text: str = "abc") -> LogRecord:
    return LogRecord(
        tenant_id="t", log_id=log_id, text=text, source="json", received_at=timezone.now()
    )


def test_it_returns_the_message_id_of_a_lone_record(aws: str) -> None:
    result = records_enqueue(records=[record("one")])

    assert result.all_sent
    assert [r["log_id"] for r in queued_records()] == ["one"]


def test_it_sends_a_batch_larger_than_one_call_can_carry(aws: str) -> None:
    # 12 records of 60 KiB: neither 10 per call nor 256 KiB per call may be exceeded.
    records = [record(f"big-{n}", text="x" * 60_000) for n in range(12)]

    result = records_enqueue(records=records)

    assert result.all_sent
    assert sorted(r["log_id"] for r in queued_records()) == sorted(r.log_id for r in records)


@pytest.mark.parametrize("count", [1, 3])
def test_it_raises_queue_unavailable_when_the_queue_is_gone(
    delete_queue: Callable[..., None], count: int
) -> None:
    delete_queue(settings.LOGS_QUEUE)

    with pytest.raises(QueueUnavailable):
        records_enqueue(records=[record(f"r-{n}") for n in range(count)])


def test_it_takes_no_record_as_nothing_to_do(aws: str) -> None:
    assert records_enqueue(records=[]).message_ids == []
