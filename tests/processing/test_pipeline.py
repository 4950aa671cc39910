"""End to end: the API, the real SQS queue, a real `manage.py qcluster`, the real table."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.test import Client
from django.utils import timezone
from picklefield.fields import dbsafe_decode

from core.records import LogRecord
from processing.aws import aws_client
from processing.enqueue import log_task_package
from processing.selectors import tenant_stats
from processing.sqs import queue_url
from processing.tables import LogItem
from tests.helpers import queue_depth, receive_all, signed_message, wait_for

SEED_JSON = {
    "tenant_id": "acme_corp",
    "log_id": "101",
    "text": "User 800-555-0199 logged in from 192.168.1.1",
}
SEED_TEXT = "This is a raw log file dump that will take some time to process."


def stored(tenant_id: str, log_id: str) -> LogItem | None:
    try:
        return LogItem.get(tenant_id, log_id, consistent_read=True)
    except LogItem.DoesNotExist:
        return None


def stored_count(tenant_id: str) -> int:
    return tenant_stats(tenant_ids=[tenant_id])[tenant_id].stored


def send_raw(body: str) -> None:
    aws_client("sqs").send_message(QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody=body)


def test_it_stores_the_seed_requests_redacted(
    start_cluster: Callable[..., Any], api_client: Callable[..., Client]
) -> None:
    start_cluster()

    first = api_client("acme_corp").post(
        "/api/v1/logs", data=json.dumps(SEED_JSON), content_type="application/json"
    )
    second = api_client("beta_inc").generic(
        "POST",
        "/api/v1/logs",
        data=SEED_TEXT,
        CONTENT_TYPE="text/plain",
        HTTP_X_TENANT_ID="beta_inc",
    )
    assert (first.status_code, second.status_code) == (202, 202)

    acme = wait_for(lambda: stored("acme_corp", "101"), timeout=30)
    beta = wait_for(lambda: stored("beta_inc", second.json()["log_id"]), timeout=30)

    assert acme.text == "User [REDACTED_PHONE] logged in from 192.168.1.1"
    assert acme.source == "json"
    assert acme.redactions.as_dict() == {"email": 0, "phone": 1}
    assert acme.processed_at >= acme.received_at
    assert beta.text == SEED_TEXT
    assert beta.source == "text"
    assert stored_count("acme_corp") == 1
    assert stored_count("beta_inc") == 1
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=10)


def test_it_moves_a_record_that_always_fails_to_the_dlq_after_three_receives(
    start_cluster: Callable[..., Any], api_client: Callable[..., Client], cluster_database: str
) -> None:
    start_cluster(CHAOS_FAILURE_RATE=1)
    text = "reset requested by bob@example.com from 800-555-0199"
    response = api_client("t").post(
        "/api/v1/logs",
        data=json.dumps({"tenant_id": "t", "log_id": "doomed", "text": text}),
        content_type="application/json",
    )
    assert response.status_code == 202

    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 1, timeout=60)

    assert queue_depth(settings.LOGS_QUEUE) == 0
    assert stored("t", "doomed") is None
    [dead] = receive_all(settings.LOGS_DLQ)
    # The count moves with the message: three receives on the main queue, one here.
    assert int(dead["Attributes"]["ApproximateReceiveCount"]) >= 3
    # django-q2 saved the failed attempts in the workers' database: never with the raw text.
    with sqlite3.connect(cluster_database.removeprefix("sqlite:///")) as database:
        rows = database.execute("SELECT args FROM django_q_task WHERE name = 't/doomed'")
        [saved_args] = [dbsafe_decode(args) for (args,) in rows]
    assert saved_args[0]["text"] == "reset requested by [REDACTED_EMAIL] from [REDACTED_PHONE]"


def test_it_never_deletes_an_undecodable_message(start_cluster: Callable[..., Any]) -> None:
    start_cluster()
    send_raw("this is not a signed django-q2 package")
    send_raw(log_task_package(record=_record("ok"))[:-5])  # truncated: the signature breaks

    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 2, timeout=60)

    bodies = {m["Body"] for m in receive_all(settings.LOGS_DLQ)}
    assert "this is not a signed django-q2 package" in bodies


def test_a_failing_record_does_not_hold_back_the_rest_of_its_batch(
    start_cluster: Callable[..., Any],
) -> None:
    records = [_record(f"good-{i}") for i in range(5)]
    packages = [log_task_package(record=r) for r in records]
    # A signed package whose record misses its text: the task fails on every receive.
    broken = _record("poison").to_message()
    del broken["text"]
    aws_client("sqs").send_message_batch(
        QueueUrl=queue_url(settings.LOGS_QUEUE),
        Entries=[
            {"Id": str(i), "MessageBody": body}
            for i, body in enumerate([*packages[:2], signed_message(broken), *packages[2:]])
        ],
    )
    start_cluster()

    wait_for(lambda: all(stored(r.tenant_id, r.log_id) for r in records), timeout=30)
    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 1, timeout=60)

    assert stored_count("t") == 5


def test_a_duplicate_delivery_leaves_one_unchanged_item(
    start_cluster: Callable[..., Any],
) -> None:
    record = _record("twice")
    package = log_task_package(record=record)
    start_cluster()

    send_raw(package)
    first = wait_for(lambda: stored("t", "twice"), timeout=30)
    send_raw(package)
    send_raw(log_task_package(record=record))  # same record, another task id
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=30)

    again = stored("t", "twice")
    assert again is not None
    assert again.processed_at == first.processed_at
    assert stored_count("t") == 1
    assert LogItem.count("t") == 1


def _record(log_id: str) -> LogRecord:
    return LogRecord(
        tenant_id="t",
        log_id=log_id,
        text="mail bob@example.com",
        source="json",
        received_at=timezone.now(),
    )
