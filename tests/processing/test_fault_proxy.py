"""A real cluster and the ingest API behind a proxy that answers with AWS's own failures.

The proxy (tests/fault_proxy.py) sits between the emulator and every AWS call of the cluster
(and of the API's SendMessageBatch): throttling, ProvisionedThroughputExceeded, 5xx, a
TransactionConflict cancellation, partial batch failures, latency, and resets after the call
went through. Transient faults are retried inside an attempt, so nothing is lost, nothing is
dead-lettered, no attempt fails, and the counters equal the stored items.

ReceiveMessage is never reset after forwarding: SQS counts that receive, and nothing a client
does can give it back (its message returns after the visibility timeout, one receive spent).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from processing.aws import reset_clients
from processing.broker import shared_broker
from processing.selectors import processed_per_minute, tenant_stats
from processing.sqs import queue_url
from processing.tables import LogItem
from tests.fault_proxy import DYNAMODB, SQS, Fault, FaultProxy, fault
from tests.helpers import metric_samples, queue_depth, wait_for

TENANT = "t"
RECORDS = 60
GET, TRANSACT = f"{DYNAMODB}.GetItem", f"{DYNAMODB}.TransactWriteItems"
RECEIVE, DELETE_BATCH = f"{SQS}.ReceiveMessage", f"{SQS}.DeleteMessageBatch"
SEND_BATCH = f"{SQS}.SendMessageBatch"
TRANSIENT_FAULTS = [
    fault("throttle", 0.05, GET, TRANSACT, RECEIVE, DELETE_BATCH, SEND_BATCH),
    fault("provisioned", 0.05, GET, TRANSACT),
    fault("server_error", 0.05, GET, TRANSACT, RECEIVE, DELETE_BATCH, SEND_BATCH),
    fault("conflict", 0.15, TRANSACT),
    fault("partial", 0.3, DELETE_BATCH, SEND_BATCH),
    fault("latency", 0.05, GET, TRANSACT, RECEIVE, DELETE_BATCH, SEND_BATCH),
    fault("reset", 0.05, GET, TRANSACT, DELETE_BATCH),
]
# A seed whose sequences hit with each fault of TRANSIENT_FAULTS within the first 5 draws of
# its operation, so that a run of a few dozen calls meets every kind.
SEED = 78
# Long enough for retries inside an attempt (WORKER_TIMEOUT less one call, 6 s here); a message
# that came back anyway would show as a failed attempt or a second receive.
CLUSTER_ENV = {
    "WORKER_TIMEOUT": 10,
    "QUEUE_VISIBILITY_TIMEOUT": 30,
    "AWS_RETRY_BUDGET": 5,
    "AWS_MAX_ATTEMPTS": 5,
}


@pytest.fixture
def proxy(aws: str) -> Iterator[Callable[[list[Fault]], FaultProxy]]:
    """start(faults): a fault proxy in front of the fresh emulator, stopped after the test."""
    started: list[FaultProxy] = []

    def start(faults: list[Fault]) -> FaultProxy:
        started.append(FaultProxy(upstream=aws, faults=faults, seed=SEED).start())
        return started[-1]

    yield start
    for running in started:
        running.stop()


@pytest.fixture
def sqs_through(settings: SettingsWrapper) -> Iterator[Callable[[str], None]]:
    """through(url): this process's SQS calls (the API's enqueue) go to `url` from now on."""

    def forget_clients() -> None:
        for cached in (reset_clients, queue_url.cache_clear, shared_broker.cache_clear):
            cached()

    def through(url: str) -> None:
        settings.AWS_ENDPOINT_URL = url
        forget_clients()

    yield through
    forget_clients()


def post_until_accepted(client: Client, log_ids: list[str]) -> int:
    """POST the records in batches of 10, re-posting the ones SQS did not take, as a client
    honouring the 503 would; returns how many batch entries were refused on the way."""
    refused, pending = 0, list(log_ids)
    for _ in range(20):
        if not pending:
            return refused
        batch, pending = pending[:10], pending[10:]
        body = [{"log_id": log_id, "text": f"mail bob{log_id}@example.com"} for log_id in batch]
        response = client.post(
            "/api/v1/logs", data=json.dumps(body), content_type="application/json"
        )
        if response.status_code == 503:
            refused += len(batch)
            pending += batch
            continue
        assert response.status_code == 202, response.content
        rejected = [batch[entry["index"]] for entry in response.json()["rejected"]]
        assert all(e["error"] == "queue_unavailable" for e in response.json()["rejected"])
        refused += len(rejected)
        pending += rejected
    assert not pending, f"{len(pending)} records never accepted"
    return refused


def stored_items() -> list[LogItem]:
    return list(LogItem.query(TENANT, consistent_read=True))


def failed_attempts(tmp_path: Path) -> int:
    log = (tmp_path / "qcluster-0.log").read_text(errors="replace")
    return log.count("Failed 'processing.tasks.process_log'")


def test_transient_aws_faults_lose_nothing_and_dead_letter_nothing(
    start_cluster: Callable[..., subprocess.Popen[bytes]],
    api_client: Callable[..., Client],
    proxy: Callable[[list[Fault]], FaultProxy],
    sqs_through: Callable[[str], None],
    aws: str,
    tmp_path: Path,
) -> None:
    faults = proxy(TRANSIENT_FAULTS)
    start_cluster(AWS_ENDPOINT_URL=faults.url, **CLUSTER_ENV)
    log_ids = [f"r{i:03d}" for i in range(RECORDS)]
    client = api_client(TENANT)
    sqs_through(faults.url)
    refused = post_until_accepted(client, log_ids)
    sqs_through(aws)

    wait_for(lambda: len(stored_items()) == RECORDS, timeout=60)
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=30)

    assert sorted(item.log_id for item in stored_items()) == log_ids  # each once, none lost
    assert queue_depth(settings.LOGS_DLQ) == 0
    assert failed_attempts(tmp_path) == 0  # every fault was retried inside its attempt
    assert tenant_stats(tenant_ids=[TENANT])[TENANT].stored == RECORDS
    first = min(item.processed_at for item in stored_items())
    per_minute = processed_per_minute(tenant_ids=[TENANT], since=first)[TENANT]
    assert sum(per_minute.values()) == RECORDS
    # The run met every kind of fault, the API's partial SendMessageBatch answers included.
    assert faults.injected_kinds() == {
        "throttle",
        "provisioned",
        "server_error",
        "conflict",
        "partial",
        "latency",
        "reset",
    }
    assert faults.injected[("partial", SEND_BATCH)] and refused
    assert faults.injected[("reset", TRANSACT)]  # writes that went through, answer lost
    # What an operator sees of it: the retries, by call and error, on /metrics.
    retried = {
        dict(labels)["error"]
        for (name, labels), value in metric_samples().items()
        if name == "logs_aws_retries_total" and value > 0
    }
    assert {"ThrottlingException", "TransactionCanceledException"} <= retried


def test_a_stored_record_whose_acknowledgement_was_lost_is_acknowledged_on_redelivery(
    start_cluster: Callable[..., subprocess.Popen[bytes]],
    api_client: Callable[..., Client],
    proxy: Callable[[list[Fault]], FaultProxy],
    tmp_path: Path,
) -> None:
    # Every acknowledgement fails until the retry budget runs out: SQS delivers it again.
    faults = proxy([fault("partial", 1.0, DELETE_BATCH)])
    start_cluster(
        AWS_ENDPOINT_URL=faults.url,
        AWS_RETRY_BUDGET=1,
        WORKER_TIMEOUT=5,
        QUEUE_VISIBILITY_TIMEOUT=6,
    )
    body = {"log_id": "once", "text": "mail bob@example.com"}
    response = api_client(TENANT).post(
        "/api/v1/logs", data=json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 202
    log = tmp_path / "qcluster-0.log"
    wait_for(lambda: "SQS will redeliver them" in log.read_text(errors="replace"), timeout=30)
    assert [item.log_id for item in stored_items()] == ["once"]

    # From now on every transaction would conflict: the redelivery must not need one.
    faults.set_faults([fault("conflict", 1.0, TRANSACT)])
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=30)

    assert "Duplicate delivery of tenant=t log_id=once" in log.read_text(errors="replace")
    assert faults.injected[("conflict", TRANSACT)] == 0
    assert queue_depth(settings.LOGS_DLQ) == 0
    assert [item.log_id for item in stored_items()] == ["once"]
    assert tenant_stats(tenant_ids=[TENANT])[TENANT].stored == 1
