from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.utils import timezone
from picklefield.fields import dbsafe_decode
from pytest_django import Settings as SettingsWrapper

from core.messages import message_encode
from core.records import LogRecord
from processing.aws import aws_client
from processing.broker import decode_package
from processing.dead_letters import dead_letters_peek, last_worker_error
from processing.enqueue import log_task_package
from processing.selectors import tenant_stats
from processing.sqs import queue_counts, queue_url
from tests.helpers import queue_depth, receive_all, record_worker_result, signed_message, wait_for


def dead_letter(
    tenant_id: str,
    log_id: str,
    *,
    text: str = "call 800-555-0199",
    issued_at: datetime | None = None,
) -> str:
    """Put a record's message on the DLQ as the redrive policy would; returns the body."""
    record = LogRecord(
        tenant_id=tenant_id, log_id=log_id, text=text, source="json", received_at=timezone.now()
    )
    if issued_at is None:
        body = log_task_package(record=record)
    else:
        body = message_encode(
            task_id=uuid.uuid4().hex, record=record.to_message(), issued_at=issued_at
        )
    send(settings.LOGS_DLQ, body)
    return body


def stale_time() -> datetime:
    """A signing time just past QUEUE_MESSAGE_MAX_AGE_SECONDS."""
    return timezone.now() - timedelta(seconds=settings.QUEUE_MESSAGE_MAX_AGE_SECONDS + 60)


def send(queue_name: str, body: str) -> str:
    return str(
        aws_client("sqs").send_message(QueueUrl=queue_url(queue_name), MessageBody=body)[
            "MessageId"
        ]
    )


def test_peek_describes_each_dead_letter_without_consuming_it(aws: str) -> None:
    body = dead_letter("acme", "7", text="call 800-555-0199")
    garbage_id = send(settings.LOGS_DLQ, "not a django-q2 package")

    letters = {letter.message_id: letter for letter in dead_letters_peek()}

    assert queue_counts(settings.LOGS_DLQ) == (2, 0)  # all visible again at once
    garbage = letters.pop(garbage_id)
    assert (garbage.decodable, garbage.tenant_id, garbage.log_id, garbage.task_id) == (
        False,
        None,
        None,
        None,
    )
    # Described, never carried: its size, hash, attributes and why it did not verify.
    assert garbage.text is None
    assert garbage.body_bytes == len(b"not a django-q2 package")
    assert garbage.body_sha256 == hashlib.sha256(b"not a django-q2 package").hexdigest()
    assert garbage.reason == "not a JSON message (JSONDecodeError)"
    assert set(garbage.attributes) >= {"ApproximateReceiveCount", "SentTimestamp"}
    [letter] = letters.values()
    assert letter.decodable and letter.reason is None and not letter.stale
    assert (letter.tenant_id, letter.log_id) == ("acme", "7")
    assert letter.text == "call 800-555-0199"  # raw: redacting is the caller's job
    assert letter.body_sha256 == hashlib.sha256(body.encode()).hexdigest()
    assert letter.task_id == decode_package(body)["id"]
    assert letter.receive_count >= 1
    assert letter.received_at is not None and letter.received_at.tzinfo == UTC
    assert letter.first_sent_at is not None
    assert abs(letter.first_sent_at - datetime.now(UTC)).total_seconds() < 300
    assert {x.message_id for x in dead_letters_peek()} == {letter.message_id, garbage_id}


def test_peek_reads_at_most_max_messages_and_hands_every_one_back(aws: str) -> None:
    for n in range(13):
        dead_letter("t", str(n))

    assert len(dead_letters_peek(max_messages=5)) == 5
    assert queue_counts(settings.LOGS_DLQ) == (13, 0)
    assert len(dead_letters_peek()) == 13


def test_peek_of_an_empty_dlq_is_empty(aws: str) -> None:
    assert dead_letters_peek() == []


@pytest.mark.django_db
def test_last_worker_error_is_the_recorded_failure_of_the_task() -> None:
    record_worker_result(task_id="failed", result="injected failure for t/1 : Traceback ...")
    record_worker_result(task_id="succeeded", result="stored", success=True)

    assert last_worker_error(task_id="failed") == "injected failure for t/1 : Traceback ..."
    assert last_worker_error(task_id="succeeded") is None
    assert last_worker_error(task_id="unknown") is None


def test_peek_shows_a_stale_message_with_its_record_and_says_it_is_stale(aws: str) -> None:
    dead_letter("acme", "old", issued_at=stale_time())

    [letter] = dead_letters_peek()

    assert letter.decodable and letter.stale
    assert (letter.tenant_id, letter.log_id) == ("acme", "old")


def test_peek_never_trusts_a_body_signed_with_another_key(
    aws: str, settings: SettingsWrapper
) -> None:
    body = dead_letter("acme", "1", text="mail bob@example.com")
    settings.QUEUE_SIGNING_KEY = "another-queue-signing-key-0123456789abcdef"

    [letter] = dead_letters_peek()

    assert (letter.decodable, letter.tenant_id, letter.text) == (False, None, None)
    assert letter.reason is not None and "unknown key" in letter.reason
    assert letter.body_bytes == len(body)


def test_a_record_over_its_time_budget_fails_and_is_dead_lettered_without_delaying_others(
    start_cluster: Callable[..., subprocess.Popen[bytes]], cluster_database: str
) -> None:
    # 0.01 s of simulated work per character: the slow record needs 6 s, its budget is 2 s.
    slow = signed_message(_record("slow", "x" * 600))
    fast = [signed_message(_record(f"fast-{n}", "ok")) for n in range(8)]
    for body in [slow, *fast]:
        send(settings.LOGS_QUEUE, body)

    start_cluster(
        PROCESSING_DELAY_PER_CHAR="0.01",
        PROCESSING_DELAY_MAX="6",
        WORKER_TIMEOUT="2",
        QUEUE_VISIBILITY_TIMEOUT="3",
    )

    wait_for(lambda: tenant_stats(tenant_ids=["t"])["t"].stored == len(fast), timeout=30)
    assert queue_depth(settings.LOGS_DLQ) == 0  # the others did not wait for its receives
    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 1, timeout=60)
    [dead] = receive_all(settings.LOGS_DLQ)
    assert dead["Body"] == slow
    assert int(dead["Attributes"]["ApproximateReceiveCount"]) >= settings.LOGS_MAX_RECEIVE_COUNT
    # django-q2 saved the attempt as failed by its timeout (one row per task id).
    with sqlite3.connect(cluster_database.removeprefix("sqlite:///")) as database:
        rows = database.execute(
            "SELECT success, result FROM django_q_task WHERE id = ?", [json.loads(slow)["task"]]
        )
        [(success, result)] = [(success, dbsafe_decode(result)) for success, result in rows]
    assert not success
    assert "exceeded maximum timeout" in result


def _record(log_id: str, text: str) -> dict[str, str]:
    return LogRecord(
        tenant_id="t", log_id=log_id, text=text, source="json", received_at=timezone.now()
    ).to_message()
