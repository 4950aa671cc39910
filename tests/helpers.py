from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone

from core.messages import message_encode
from core.records import LogRecord
from processing.aws import aws_client
from processing.broker import decode_package
from processing.enqueue import log_task_package
from processing.selectors import tenant_stats
from processing.services import log_store
from processing.sqs import queue_counts, queue_url
from processing.tables import LogItem


def wait_for(condition: Callable[[], Any], *, timeout: float, interval: float = 0.2) -> Any:
    """Poll until condition() is truthy; returns its value or fails the test on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(interval)


def receive_all(queue_name: str, *, wait: float = 1.0) -> list[dict[str, Any]]:
    """Every message currently visible on a queue (received, so hidden for the test's rest)."""
    sqs = aws_client("sqs")
    url = queue_url(queue_name)
    messages: list[dict[str, Any]] = []
    deadline = time.monotonic() + wait
    while True:
        batch = sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            VisibilityTimeout=60,
            WaitTimeSeconds=0,
            MessageSystemAttributeNames=["ApproximateReceiveCount", "SentTimestamp"],
        ).get("Messages", [])
        messages.extend(batch)
        if not batch and time.monotonic() > deadline:
            return messages
        if not batch:
            time.sleep(0.1)


def queued_records(*, wait: float = 1.0) -> list[dict[str, Any]]:
    """The records carried by the messages on the ingest queue."""
    packages = [decode_package(m["Body"]) for m in receive_all(settings.LOGS_QUEUE, wait=wait)]
    return [package["args"][0] for package in packages]


def signed_message(record: dict[str, Any]) -> str:
    """A queue message carrying any record fields, signed like the ingest API's (a new task id)."""
    return message_encode(task_id=uuid.uuid4().hex, record=record)


def queue_depth(queue_name: str) -> int:
    return sum(queue_counts(queue_name))


def store_log(
    tenant_id: str,
    log_id: str,
    *,
    text: str = "User [REDACTED_PHONE] logged in",
    received_at: datetime | None = None,
    lag: timedelta = timedelta(seconds=2),
    source: str = "json",
    redactions: dict[str, int] | None = None,
) -> LogItem:
    """Store an already-redacted record through the worker's own write (counters included)."""
    received = received_at or timezone.now()
    item = LogItem(
        tenant_id,
        log_id,
        text=text,
        source=source,
        received_at=received,
        processed_at=received + lag,
        redactions=redactions if redactions is not None else {"email": 0, "phone": 1},
    )
    assert log_store(item=item)
    return item


# Tests whose servers run without PROMETHEUS_MULTIPROC_DIR, as a user's do: gunicorn and
# qcluster then use the repository's own var/prometheus/{web,cluster} (core/metrics_dir.py),
# emptied as each starts. That default location is what they test, so they run one at a time
# (tests/conftest.py xdist_group_lock) instead of side by side emptying each other's files.
REPO_METRICS_DIR = pytest.mark.xdist_group("repo-var-prometheus")


# Tests that run `collectstatic` into the repository's STATIC_ROOT (staticfiles/) as `make run`
# does: one at a time, so that no copy overwrites a file another test's server is serving.
REPO_STATIC_ROOT = pytest.mark.xdist_group("repo-staticfiles")

# What Prometheus and a readiness probe send (METRICS_TOKEN in tests/conftest.py).
OPERATOR_HEADERS = {"Authorization": "Bearer test-metrics-token-not-for-production"}


def metric_samples() -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample /metrics shows, by (sample name, labels)."""
    from django.test import Client
    from prometheus_client.parser import text_string_to_metric_families

    response = Client(headers=OPERATOR_HEADERS).get("/metrics")
    assert response.status_code == 200
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(response.content.decode())
        for sample in family.samples
    }


def metric_value(name: str, **labels: str) -> float:
    """One sample of /metrics, 0 when it has none yet (counters start when first used)."""
    return metric_samples().get((name, frozenset(labels.items())), 0.0)


def record_worker_result(*, task_id: str, result: str, success: bool = False) -> None:
    """What django-q2's monitor saves after a task ran (failures are always kept)."""
    from django_q.models import Task

    now = timezone.now()
    Task.objects.create(
        id=task_id,
        name=task_id,
        func="processing.tasks.process_log",
        started=now,
        stopped=now,
        success=success,
        result=result,
    )


def shrink_search_budget(monkeypatch: pytest.MonkeyPatch, *, read_limit: int, calls: int) -> None:
    """Make the text filter read a few records per call, so a handful span several calls."""
    from processing import selectors

    monkeypatch.setattr(selectors, "FILTERED_READ_LIMIT", read_limit)
    monkeypatch.setattr(selectors, "READ_BUDGET_CALLS", calls)
    monkeypatch.setattr(selectors, "READ_BUDGET_SECONDS", 60)


def manage(env: dict[str, str], *args: str, stdin: str = "") -> str:
    """The output of `manage.py args` run in a process of its own with `env`."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def settings_value(name: str, **env: str) -> str:
    """A setting as a fresh process computes it from `env` (settings read it at import)."""
    return subprocess.run(
        [sys.executable, "-c", f"from logsite import settings; print(settings.{name})"],
        cwd=settings.BASE_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def enqueue_logs(*log_ids: str, text: str = "abc") -> None:
    """Put records of tenant ``t`` on the ingest queue as the API would."""
    for log_id in log_ids:
        record = LogRecord(
            tenant_id="t", log_id=log_id, text=text, source="json", received_at=timezone.now()
        )
        aws_client("sqs").send_message(
            QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody=log_task_package(record=record)
        )


def stored_log_ids() -> set[str]:
    """The log ids stored for tenant ``t``."""
    return {item.log_id for item in LogItem.query("t", consistent_read=True)}


def stored_log_count() -> int:
    """Tenant ``t``'s stored counter."""
    return tenant_stats(tenant_ids=["t"])["t"].stored
