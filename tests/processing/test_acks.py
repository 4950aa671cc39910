from __future__ import annotations

import threading

from processing.acks import MAX_BATCH, AckBatcher


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
