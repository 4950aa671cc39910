from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from processing.group_commit import EnqueueRefused, GroupCommitSender
from processing.sqs import MAX_BATCH, MAX_BATCH_BYTES


class RecordingQueue:
    """A stand-in for SQS's SendMessageBatch that records each call's bodies."""

    def __init__(self, *, gate: threading.Event | None = None) -> None:
        self.calls: list[list[str]] = []
        self.gate = gate

    def send_batch(self, bodies: list[str]) -> list[str | None]:
        if self.gate is not None:
            self.gate.wait(5)
        self.calls.append(list(bodies))
        return [None if body.startswith("refuse") else f"id-{body}" for body in bodies]


def test_it_returns_the_message_id_of_a_lone_message() -> None:
    sqs = RecordingQueue()
    sender = GroupCommitSender(send_batch=sqs.send_batch, senders=2, timeout=5)

    assert sender.send("a") == "id-a"
    assert sqs.calls == [["a"]]


def test_it_groups_messages_that_wait_while_a_send_is_in_flight() -> None:
    gate = threading.Event()
    sqs = RecordingQueue(gate=gate)
    sender = GroupCommitSender(send_batch=sqs.send_batch, senders=1, timeout=5)
    bodies = [str(i) for i in range(25)]

    with ThreadPoolExecutor(max_workers=25) as pool:
        futures = [pool.submit(sender.send, body) for body in bodies]
        gate.set()
        results = [future.result() for future in futures]

    assert results == [f"id-{body}" for body in bodies]
    assert sorted(b for call in sqs.calls for b in call) == sorted(bodies)
    assert all(len(call) <= MAX_BATCH for call in sqs.calls)
    assert len(sqs.calls) < len(bodies)


def test_it_fails_only_the_refused_entry_of_a_batch() -> None:
    gate = threading.Event()
    sqs = RecordingQueue(gate=gate)
    sender = GroupCommitSender(send_batch=sqs.send_batch, senders=1, timeout=5)

    with ThreadPoolExecutor(max_workers=3) as pool:
        ok = pool.submit(sender.send, "ok")
        refused = pool.submit(sender.send, "refuse-me")
        gate.set()
        assert ok.result() == "id-ok"
        with pytest.raises(EnqueueRefused):
            refused.result()


def test_it_raises_the_send_error_to_every_waiting_request() -> None:
    def broken(bodies: list[str]) -> list[str | None]:
        raise ConnectionError("SQS is down")

    sender = GroupCommitSender(send_batch=broken, senders=1, timeout=5)

    with pytest.raises(ConnectionError):
        sender.send("a")


def test_it_still_answers_every_request_when_lingering_for_fuller_batches() -> None:
    sqs = RecordingQueue()
    sender = GroupCommitSender(send_batch=sqs.send_batch, senders=1, timeout=5, linger=0.005)
    bodies = [str(i) for i in range(40)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(sender.send, bodies))

    assert results == [f"id-{body}" for body in bodies]
    assert all(len(call) <= MAX_BATCH for call in sqs.calls)


def test_it_keeps_each_call_within_sqs_limit_on_bytes() -> None:
    gate = threading.Event()
    sqs = RecordingQueue(gate=gate)
    sender = GroupCommitSender(send_batch=sqs.send_batch, senders=1, timeout=5)
    bodies = [f"{i}-" + "x" * (100 * 1024) for i in range(8)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(sender.send, body) for body in bodies]
        gate.set()
        results = [future.result() for future in futures]

    assert results == [f"id-{body}" for body in bodies]
    assert all(sum(len(body) for body in call) <= MAX_BATCH_BYTES for call in sqs.calls)
