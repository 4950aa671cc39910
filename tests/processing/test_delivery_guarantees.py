"""A record that got a 202 is stored once, or sits in the DLQ: kills, stops and outages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.test import Client

from processing.aws import aws_client
from processing.provisioning import provision
from processing.sqs import queue_counts, queue_url
from tests.helpers import enqueue_logs, queue_depth, stored_log_count, stored_log_ids, wait_for

# One character per second of simulated work, so that a test can act while a task runs.
SLOW = {"PROCESSING_DELAY_PER_CHAR": 1, "PROCESSING_DELAY_MAX": 3, "WORKER_TIMEOUT": 5}


def cluster_log(tmp_path: Path, index: int = 0) -> str:
    """The output of the index-th cluster the start_cluster fixture started in this test."""
    return (tmp_path / f"qcluster-{index}.log").read_text(errors="replace")


def test_a_cluster_killed_mid_task_loses_nothing(
    start_cluster: Callable[..., subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    cluster = start_cluster(**SLOW, QUEUE_VISIBILITY_TIMEOUT=6)
    enqueue_logs("killed")
    wait_for(lambda: "processing t/killed" in cluster_log(tmp_path), timeout=30)

    os.killpg(cluster.pid, signal.SIGKILL)  # the whole process group: a machine that died
    cluster.wait()
    assert stored_log_ids() == set()

    start_cluster()  # the message comes back after the visibility timeout
    wait_for(lambda: stored_log_ids() == {"killed"}, timeout=30)
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=10)
    assert stored_log_count() == 1
    assert queue_depth(settings.LOGS_DLQ) == 0


def test_sigterm_finishes_the_running_task_and_hands_the_prefetched_ones_back(
    start_cluster: Callable[..., subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    log_ids = [f"r{i}" for i in range(6)]
    enqueue_logs(*log_ids)
    # One worker, and a visibility timeout far longer than the test: a message is only visible
    # again soon if the cluster handed it back.
    cluster = start_cluster(
        **SLOW, QCLUSTER_WORKERS=1, QCLUSTER_CONCURRENCY=1, QUEUE_VISIBILITY_TIMEOUT=600
    )
    wait_for(lambda: "processing t/" in cluster_log(tmp_path), timeout=30)
    wait_for(lambda: queue_counts(settings.LOGS_QUEUE) == (0, 6), timeout=10)

    cluster.send_signal(signal.SIGTERM)
    assert cluster.wait(timeout=30) == 0

    assert len(stored_log_ids()) == 1  # the task that was running finished
    assert queue_counts(settings.LOGS_QUEUE) == (5, 0)  # the others are visible at once
    start_cluster()
    wait_for(lambda: stored_log_ids() == set(log_ids), timeout=30)
    assert stored_log_count() == 6


def test_records_wait_on_the_queue_while_dynamodb_is_unavailable(
    start_cluster: Callable[..., subprocess.Popen[bytes]],
    api_client: Callable[..., Client],
    tmp_path: Path,
) -> None:
    # Six seconds between receives leave time to watch a failure and repair before the third.
    start_cluster(QUEUE_VISIBILITY_TIMEOUT=6)
    aws_client("dynamodb").delete_table(TableName=settings.LOGS_TABLE)
    client = api_client("t")
    for log_id in ("a", "b", "c"):
        body = {"tenant_id": "t", "log_id": log_id, "text": "mail bob@example.com"}
        response = client.post(
            "/api/v1/logs", data=json.dumps(body), content_type="application/json"
        )
        assert response.status_code == 202

    wait_for(
        lambda: cluster_log(tmp_path).count("Failed 'processing.tasks.process_log'") >= 3,
        timeout=30,
    )
    assert queue_depth(settings.LOGS_QUEUE) == 3  # failed, and not acknowledged

    provision()  # DynamoDB is back
    wait_for(lambda: stored_log_ids() == {"a", "b", "c"}, timeout=30)
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=10)
    assert stored_log_count() == 3
    assert queue_depth(settings.LOGS_DLQ) == 0


def test_an_undecodable_message_is_logged_with_its_message_id(
    start_cluster: Callable[..., subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    message_id = aws_client("sqs").send_message(
        QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody="a foreign producer's message"
    )["MessageId"]
    start_cluster()

    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 1, timeout=60)

    log = cluster_log(tmp_path)
    assert f"Undecodable message {message_id} (receive 1)" in log
    assert f"Undecodable message {message_id} (receive 3)" in log
