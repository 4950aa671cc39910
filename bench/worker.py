"""Worker drain rate into DynamoDB: at delay 0 against a raw boto3 loop, and at the default delay.

    .venv/bin/python bench/worker.py [--messages 2000] [--workers 2] [--rounds 2] [--json]
    .venv/bin/python bench/worker.py --default-delay [--messages 1000] [--json]

Delay 0: pre-fills the queue with N real task packages, runs `manage.py qcluster` with no
simulated delay, and measures records/s stored between 10 % and 90 % of N stored (the steady
state: start-up and stragglers excluded). Then pre-fills N plain messages again and measures a
plain boto3 loop (receive 10 → put each → delete the batch) with the same parallelism the same
way, and prints both and their ratio.

--default-delay: gunicorn and the cluster with every worker setting at its default, and a burst
of N seed-like records (44 characters: 2.2 s of simulated work each) POSTed to the ingest API in
batches of 100 while they idle; measures the time from the first POST to the last record
stored, records/s over it, the cluster's peak PSS, and beside it the bound
QCLUSTER_CONCURRENCY / mean task delay (Little's law).
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stack
from scripts.emulator import free_port
from scripts.processes import start_web

TENANTS = 10
TEXT = "2024-01-15T10:23:45Z INFO user bob{n}@example.com paid order {n} from 10.0.0.{m}"
# The seed's JSON example is 44 characters: 2.2 s of simulated work at the default 0.05 s/char.
SEED_TEXT = "User 800-555-{n:04d} logged in from 192.168.1.1"


def prefill(count: int, text: str = TEXT, first: int = 0) -> None:
    """Send `count` real task packages, log ids from `first` on (requires Django set up with
    the bench env)."""
    from django.utils import timezone

    from core.records import LogRecord
    from processing.broker import shared_broker
    from processing.enqueue import log_task_package

    broker = shared_broker()
    packages = [
        log_task_package(
            record=LogRecord(
                tenant_id=f"tenant_{n % TENANTS}",
                log_id=f"log-{n:07d}",
                text=text.format(n=n, m=n % 250),
                source="json",
                received_at=timezone.now(),
            )
        )
        for n in range(first, first + count)
    ]
    for start in range(0, count, 10):
        ids = broker.enqueue_batch(packages[start : start + 10])
        assert all(ids), "SQS refused part of the pre-fill"


def stored_total() -> int:
    from processing.selectors import tenant_stats

    stats = tenant_stats(tenant_ids=[f"tenant_{n}" for n in range(TENANTS)])
    return sum(stat.stored for stat in stats.values())


def measure_cluster(
    env: dict[str, str], workdir: Path, count: int, first: int = 0
) -> dict[str, Any]:
    cluster = stack.start([stack.PYTHON, "manage.py", "qcluster"], env, workdir / "qcluster.log")
    try:
        time.sleep(5)  # started and idle: its memory at rest
        rest = stack.memory_mb(cluster.pid)
        before = stored_total()
        cpu_before = stack.cpu_seconds(cluster.pid)
        prefill(count, first=first)
        # The cluster starts on the first messages while the rest are sent: the window opens
        # once all are on the queue, as it does for the raw loop.
        prefilled = time.perf_counter()
        progress: list[tuple[float, int]] = []
        deadline = time.monotonic() + 600
        done = 0
        while time.monotonic() < deadline and done < count:
            done = stored_total() - before
            progress.append((time.perf_counter(), done))
            time.sleep(0.05)
        cpu = stack.cpu_seconds(cluster.pid) - cpu_before
        peak = stack.memory_mb(cluster.pid)
    finally:
        stack.stop(cluster)
    if done < count:
        raise RuntimeError(f"the cluster stored {done} of {count}; see {workdir}/qcluster.log")
    rate = steady_rate(progress, count, since=prefilled)
    return {
        "records_per_s": round(rate, 1),
        "cpu_ms_per_record": round(cpu * 1000 / count, 2),
        "rest": rest,
        "peak": peak,
    }


def post_burst(port: int, keys: dict[str, str], count: int, batch: int = 100) -> None:
    """POST `count` seed-like records to the ingest API as JSON-array batches, round-robin over
    the tenants; every record must be accepted."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    tenants = list(keys)
    for first in range(0, count, batch):
        tenant = tenants[(first // batch) % len(tenants)]
        records = [
            {"log_id": f"seed-{n:07d}", "text": SEED_TEXT.format(n=n)}
            for n in range(first, min(first + batch, count))
        ]
        headers = {"Authorization": f"Api-Key {keys[tenant]}", "Content-Type": "application/json"}
        connection.request("POST", "/api/v1/logs", body=json.dumps(records), headers=headers)
        response = connection.getresponse()
        body = json.loads(response.read())
        if response.status != 202 or body["status"] != "accepted":
            raise RuntimeError(f"the API answered {response.status}: {body}")
    connection.close()


def measure_burst(env: dict[str, str], workdir: Path, count: int) -> dict[str, Any]:
    """POST `count` seed-like records to the API of an idle default stack (gunicorn and the
    cluster); time from the first POST until all are stored."""
    from django.conf import settings

    from processing.services import processing_delay

    keys = stack.tenant_keys(env, [f"tenant_{n}" for n in range(TENANTS)])
    web = start_web(env, port=(port := free_port()), log=workdir / "web.log")
    cluster = stack.start([stack.PYTHON, "manage.py", "qcluster"], env, workdir / "qcluster.log")
    try:
        time.sleep(5)  # started and idle
        rest = stack.memory_mb(cluster.pid)["pss_mb"]
        started = time.perf_counter()
        post_burst(port, keys, count)
        posted = time.perf_counter() - started
        peak, sampled, done = rest, 0.0, 0
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and done < count:
            time.sleep(0.25)
            done = stored_total()
            if time.perf_counter() - sampled > 1:  # a /proc walk costs CPU the cluster needs
                peak = max(peak, stack.memory_mb(cluster.pid)["pss_mb"])
                sampled = time.perf_counter()
        drained = time.perf_counter() - started
        peak = max(peak, stack.memory_mb(cluster.pid)["pss_mb"])
    finally:
        stack.stop(cluster)
        stack.stop(web)
    if done < count:
        raise RuntimeError(f"the cluster stored {done} of {count}; see {workdir}/qcluster.log")
    delay = processing_delay(text=SEED_TEXT.format(n=0))
    concurrency = int(settings.QCLUSTER_CONCURRENCY)
    return {
        "messages": count,
        "delay_s": delay,
        "posted_s": round(posted, 1),
        "drain_s": round(drained, 1),
        "records_per_s": round(count / drained, 1),
        "concurrency": concurrency,
        "workers": int(settings.QCLUSTER_WORKERS),
        "bound_records_per_s": round(concurrency / delay, 1),
        "cluster_rest_pss_mb": rest,
        "cluster_peak_pss_mb": peak,
    }


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
        out.put((time.perf_counter(), len(messages), os.getpid(), time.process_time()))
    out.put(None)


def measure_raw(env: dict[str, str], count: int, workers: int) -> tuple[float, float]:
    """(records/s, CPU ms per record) of the raw loop in `workers` processes."""
    from processing.aws import aws_client
    from processing.sqs import queue_url

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
    stamps: list[tuple[float, int, int, float]] = []
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
    # CPU from each process's first batch to its last, over the records of the later batches:
    # like the cluster's figure, start-up (imports, clients) excluded.
    first_cpu: dict[int, float] = {}
    last_cpu: dict[int, float] = {}
    after_first = 0
    for _, stored, pid, cpu in stamps:
        if pid in first_cpu:
            after_first += stored
        first_cpu.setdefault(pid, cpu)
        last_cpu[pid] = cpu
    cpu_ms = sum(last_cpu[pid] - first_cpu[pid] for pid in first_cpu) * 1000 / after_first
    progress, done = [], 0
    for stamp, stored, _, _ in stamps:
        done += stored
        progress.append((stamp, done))
    return round(steady_rate(progress, count), 1), round(cpu_ms, 2)


def steady_rate(progress: list[tuple[float, int]], count: int, since: float = 0.0) -> float:
    """Records/s from (time, stored so far) samples, from `since` and 10 % of `count` stored to
    90 %: the steady state, without the start-up of either side or the last stragglers."""
    window = [(at, done) for at, done in progress if at >= since and done >= count // 10]
    low_at, low_done = window[0]
    high_at, high_done = next((at, done) for at, done in window if done >= count * 9 // 10)
    return (high_done - low_done) / max(high_at - low_at, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=None, help="2000, or 1000 for a burst")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--rounds",
        type=int,
        default=2,
        help="delay 0: app and raw loop measured in turn this many times, the best of each kept "
        "(neighbours on a shared machine slow one side or the other)",
    )
    parser.add_argument("--default-delay", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with stack.local_emulator() as endpoint, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.default_delay:
            # Every worker setting at its default: what `make run` would start.
            env = stack.base_env(endpoint=endpoint, workdir=workdir)
        else:
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
        if args.default_delay:
            stack.emit(measure_burst(env, workdir, args.messages or 1000), as_json=args.json)
            return
        messages = args.messages or 2000
        clusters, raws = [], []
        for round_ in range(args.rounds):
            clusters.append(measure_cluster(env, workdir, messages, first=round_ * messages))
            raws.append(measure_raw(env, messages, args.workers))
    from django.conf import settings

    cluster = max(clusters, key=lambda measured: float(measured["records_per_s"]))
    raw = max(rate for rate, _ in raws)
    result = {
        "messages": messages,
        "workers": args.workers,
        "concurrency": int(settings.QCLUSTER_CONCURRENCY),
        "app_records_per_s": cluster["records_per_s"],
        "raw_records_per_s": raw,
        "ratio_app_to_raw": round(cluster["records_per_s"] / raw, 2),
        "app_rounds": [measured["records_per_s"] for measured in clusters],
        "raw_rounds": [rate for rate, _ in raws],
        # CPU per record, load-independent where the rates are not: the cluster's processes
        # (without the emulator) against the raw loop's.
        "app_cpu_ms_per_record": min(measured["cpu_ms_per_record"] for measured in clusters),
        "raw_cpu_ms_per_record": min(cpu for _, cpu in raws),
        "cluster_rest_pss_mb": cluster["rest"]["pss_mb"],
        "cluster_peak_pss_mb": cluster["peak"]["pss_mb"],
        "cluster_peak_rss_mb": cluster["peak"]["rss_mb"],
    }
    stack.emit(result, as_json=args.json)


if __name__ == "__main__":
    main()
