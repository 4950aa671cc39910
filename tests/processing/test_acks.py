from __future__ import annotations

import threading

from processing.acks import AckBatcher
from processing.broker import shared_broker
from processing.sqs import MAX_BATCH


class RecordingDeletes:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []
        self.sent = threading.Event()

    def delete_batch(self, handles: list[str]) -> list[str]:
        self.calls.append(list(handles))
        self.sent.set()
        return []


def test_it_sends_a_lone_acknowledgement_without_waiting_for_a_full_batch() -> None:
    sqs = RecordingDeletes()
    batcher = AckBatcher(delete_batch=sqs.delete_batch)

    batcher.add("only-one")

    assert sqs.sent.wait(2), "a lone acknowledgement was never sent"
    assert sqs.calls == [["only-one"]]


def test_it_groups_acknowledgements_into_batches_of_at_most_ten() -> None:
    sqs = RecordingDeletes()
    batcher = AckBatcher(delete_batch=sqs.delete_batch)

    for number in range(25):
        batcher.add(str(number))
    batcher.flush()

    sent = [handle for call in sqs.calls for handle in call]
    assert sorted(sent, key=int) == [str(n) for n in range(25)]
    assert all(len(call) <= MAX_BATCH for call in sqs.calls)
    assert len(sqs.calls) < 25


def test_it_retries_the_entries_sqs_refused() -> None:
    calls: list[list[str]] = []

    def refuse_once(handles: list[str]) -> list[str]:
        calls.append(list(handles))
        return handles[1:] if len(calls) == 1 else []

    batcher = AckBatcher(delete_batch=refuse_once)
    for handle in ("a", "b", "c"):
        batcher._pending.append(handle)
    batcher.flush()

    assert calls == [["a", "b", "c"], ["b", "c"]]


def test_flush_waits_for_the_batch_the_thread_is_sending() -> None:
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow_delete(handles: list[str]) -> list[str]:
        started.set()
        release.wait(5)
        finished.set()
        return []

    batcher = AckBatcher(delete_batch=slow_delete)
    batcher.add("in-flight")
    assert started.wait(2)
    sent_when_flushed: list[bool] = []

    def flush() -> None:
        batcher.flush()
        sent_when_flushed.append(finished.is_set())

    flusher = threading.Thread(target=flush)
    flusher.start()
    flusher.join(0.5)  # a flush that does not wait has returned by now
    release.set()
    flusher.join(5)

    # The monitor process exits right after flush(): the batch must have gone out by then.
    assert sent_when_flushed == [True]


def test_an_acknowledgement_sqs_refuses_through_the_senders_fault_is_not_retried(
    aws: str,
) -> None:
    # An invalid receipt handle is refused again on every retry: retrying it would hold every
    # other acknowledgement of the process for the whole retry budget.
    assert shared_broker().delete_batch(["not-a-receipt-handle"]) == []
