"""Records finished together are stored and counted in one transaction, each exactly once."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator

import pytest
from django.conf import settings
from django.utils import timezone

from processing.group_store import _commit, _Pending
from processing.tables import LogItem
from tests.fault_proxy import DYNAMODB, FaultProxy
from tests.helpers import (
    enqueue_logs,
    queue_depth,
    store_log,
    stored_log_count,
    stored_log_ids,
    wait_for,
)

TRANSACT, GET = f"{DYNAMODB}.TransactWriteItems", f"{DYNAMODB}.GetItem"


def pending(log_id: str, *, redelivered: bool = False) -> _Pending:
    now = timezone.now()
    item = LogItem("t", log_id, text="x", source="json", received_at=now, processed_at=now)
    return _Pending(item=item, read_first=redelivered, deadline=time.monotonic() + 10)


@pytest.fixture
def counting_proxy(aws: str) -> Iterator[FaultProxy]:
    """A proxy that injects nothing: it counts the calls that reach the emulator."""
    proxy = FaultProxy(upstream=aws, faults=[]).start()
    yield proxy
    proxy.stop()


def test_a_batch_with_a_stored_record_stores_the_others_and_counts_each_once(aws: str) -> None:
    store_log("t", "old")
    batch = [pending("old"), pending("new-1"), pending("new-2")]

    _commit(batch)  # the first message of "old" on this queue: no read, the put is refused

    assert [p.outcome.result(timeout=5) for p in batch] == [False, True, True]
    assert stored_log_ids() == {"old", "new-1", "new-2"}
    assert stored_log_count() == 3


def test_a_redelivered_record_is_recognised_before_any_write(aws: str) -> None:
    store_log("t", "old")
    batch = [pending("old", redelivered=True)]

    _commit(batch)

    assert batch[0].outcome.result(timeout=5) is False
    assert stored_log_count() == 1


def test_two_messages_of_one_record_in_one_batch_store_it_once(aws: str) -> None:
    batch = [pending("twice"), pending("twice")]

    _commit(batch)

    outcomes = sorted(p.outcome.result(timeout=10) for p in batch)
    assert outcomes == [False, True]
    assert stored_log_count() == 1


def test_a_burst_shares_transactions_and_reads_nothing_on_first_delivery(
    start_cluster: Callable[..., subprocess.Popen[bytes]], counting_proxy: FaultProxy
) -> None:
    log_ids = [f"b{i:02d}" for i in range(40)]
    enqueue_logs(*log_ids)

    start_cluster(AWS_ENDPOINT_URL=counting_proxy.url)
    wait_for(lambda: stored_log_ids() == set(log_ids), timeout=60)
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=30)

    assert counting_proxy.forwarded[TRANSACT] < len(log_ids)
    assert counting_proxy.forwarded[GET] == 0
    assert stored_log_count() == len(log_ids)
