from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.utils import timezone

from ingest.records import LogRecord
from ingest.services import log_task_package
from processing.aws import aws_client
from processing.broker import decode_package, queue_counts, queue_url
from processing.dead_letters import dead_letters_peek, last_worker_error
from tests.helpers import record_worker_result


def dead_letter(tenant_id: str, log_id: str, *, text: str = "call 800-555-0199") -> str:
    """Put a record's package on the DLQ as the redrive policy would; returns the body."""
    record = LogRecord(
        tenant_id=tenant_id, log_id=log_id, text=text, source="json", received_at=timezone.now()
    )
    body = log_task_package(record=record)
    send(settings.LOGS_DLQ, body)
    return body


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
    assert garbage.raw_body == "not a django-q2 package"
    [letter] = letters.values()
    assert letter.decodable
    assert (letter.tenant_id, letter.log_id) == ("acme", "7")
    assert letter.text == "call 800-555-0199"  # raw: redacting is the caller's job
    assert letter.raw_body == body
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
