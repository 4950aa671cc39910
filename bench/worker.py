"""Worker drain rate into DynamoDB against a raw boto3 loop measured in the same run.

    .venv/bin/python bench/worker.py [--messages 2000] [--workers 2] [--json]

Pre-fills the queue with N real task packages, runs `manage.py qcluster` with no simulated
delay, and measures records/s stored (from the first stored record to the last, so start-up is
excluded). Then pre-fills N plain messages again and measures a plain boto3 loop (receive 10 →
put each → delete the batch) with the same parallelism, and prints both and their ratio.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stack

TENANTS = 10
TEXT = "2024-01-15T10:23:45Z INFO user bob{n}@example.com paid order {n} from 10.0.0.{m}"


def prefill(count: int) -> None:
    """Send `count` real task packages (requires Django set up with the bench env)."""
    from django.utils import timezone

    from ingest.records import LogRecord
    from ingest.services import log_task_package
    from processing.broker import shared_broker

    broker = shared_broker()
    packages = [
        log_task_package(
            record=LogRecord(
                tenant_id=f"tenant_{n % TENANTS}",
                log_id=f"log-{n:07d}",
                text=TEXT.format(n=n, m=n % 250),
                source="json",
                received_at=timezone.now(),
            )
        )
        for n in range(count)
    ]
    for start in range(0, count, 10):
        ids = broker.enqueue_batch(packages[start : start + 10])
        assert all(ids), "SQS refused part of the pre-fill"


def stored_total() -> int:
    from processing.tables import TOTAL_BUCKET, TenantStatsItem

    keys = [(f"tenant_{n}", TOTAL_BUCKET) for n in range(TENANTS)]
    return sum(int(item.stored) for item in TenantStatsItem.batch_get(keys))


def measure_cluster(env: dict[str, str], workdir: Path, count: int) -> dict[str, Any]:
    cluster = stack.start([stack.PYTHON, "manage.py", "qcluster"], env, workdir / "qcluster.log")
    try:
        time.sleep(5)  # started and idle: its memory at rest
        rest = stack.memory_mb(cluster.pid)
        prefill(count)
        first_at, first_count = None, 0
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            done = stored_total()
            now = time.perf_counter()
            if first_at is None and done:
                first_at, first_count = now, done
            if done >= count:
                break
            time.sleep(0.05)
        peak = stack.memory_mb(cluster.pid)
    finally:
        stack.stop(cluster)
    if first_at is None or done < count:
        raise RuntimeError(f"the cluster stored {done} of {count}; see {workdir}/qcluster.log")
    rate = (count - first_count) / max(now - first_at, 1e-9)
    return {"records_per_s": round(rate, 1), "rest": rest, "peak": peak}


def raw_loop(endpoint: str, queue: str, table: str, out: Any) -> None:
    """receive 10 → put each → delete the batch, until the queue stays empty."""
    import boto3

    session = boto3.session.Session()
    options = {
        "endpoint_url": endpoint,
        "region_name": "us-east-1",
        "aws_access_key_id": "bench",
        "aws_secret_access_key": "bench",
    }
    sqs, dynamodb = session.client("sqs", **options), session.client("dynamodb", **options)
    url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
    empty_polls = 0
    while empty_polls < 3:
        messages = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1, VisibilityTimeout=30
        ).get("Messages", [])
        if not messages:
            empty_polls += 1
            continue
        empty_polls = 0
        for message in messages:
            dynamodb.put_item(
                TableName=table,
                Item={
                    "tenant_id": {"S": "raw"},
                    "log_id": {"S": message["MessageId"]},
                    "text": {"S": message["Body"]},
                },
            )
        sqs.delete_message_batch(
            QueueUrl=url,
            Entries=[
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)
            ],
        )
        out.put((time.perf_counter(), len(messages)))
    out.put(None)


def measure_raw(env: dict[str, str], count: int, workers: int) -> float:
    from processing.aws import aws_client
    from processing.broker import queue_url

    url = queue_url(env["LOGS_QUEUE"])
    body = "x" * 700  # about the size of a signed task package
    for start in range(0, count, 10):
        aws_client("sqs").send_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(i), "MessageBody": body} for i in range(min(10, count - start))],
        )
    progress: Any = multiprocessing.Queue()
    args = (env["AWS_ENDPOINT_URL"], env["LOGS_QUEUE"], env["LOGS_TABLE"], progress)
    processes = [multiprocessing.Process(target=raw_loop, args=args) for _ in range(workers)]
    for process in processes:
        process.start()
    # Like the cluster's figure: from the first stored batch to the last.
    stamps: list[tuple[float, int]] = []
    finished = 0
    while finished < workers:
        item = progress.get(timeout=600)
        if item is None:
            finished += 1
        else:
            stamps.append(item)
    for process in processes:
        process.join()
    stamps.sort()
    stored_after_first = sum(done for _, done in stamps[1:])
    return round(stored_after_first / max(stamps[-1][0] - stamps[0][0], 1e-9), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with stack.local_emulator() as endpoint, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = stack.base_env(
            endpoint=endpoint,
            workdir=workdir,
            PROCESSING_DELAY_PER_CHAR=0,
            QCLUSTER_WORKERS=args.workers,
            QUEUE_WAIT_SECONDS=1,
        )
        stack.prepare(env)
        os.environ.update(env)
        import django

        django.setup()
        cluster = measure_cluster(env, workdir, args.messages)
        raw = measure_raw(env, args.messages, args.workers)
    result = {
        "messages": args.messages,
        "workers": args.workers,
        "app_records_per_s": cluster["records_per_s"],
        "raw_records_per_s": raw,
        "ratio_app_to_raw": round(cluster["records_per_s"] / raw, 2),
        "cluster_rest_pss_mb": cluster["rest"]["pss_mb"],
        "cluster_peak_pss_mb": cluster["peak"]["pss_mb"],
        "cluster_peak_rss_mb": cluster["peak"]["rss_mb"],
    }
    stack.emit(result, as_json=args.json)


if __name__ == "__main__":
    main()
