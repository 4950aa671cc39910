"""Ingest throughput over HTTP against the raw SQS ceiling measured in the same run.

    .venv/bin/python bench/ingest.py [--concurrency 16] [--seconds 10] [--json]

Starts its own emulator, gunicorn (gunicorn.conf.py) and database, drives POST /api/v1/logs
with C concurrent keep-alive clients for T seconds, then drives boto3 send_message with the
same concurrency against the same emulator, and prints both and their ratio.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import multiprocessing
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stack
from scripts.processes import start_web

LINES = [
    '192.168.1.{n} - - [15/Jan/2024:10:23:45 +0000] "GET /api/orders/{n} HTTP/1.1" 200 5123 "-"',
    "2024-01-15T10:23:45.123Z INFO payment-svc charge ok order={n} amount=19.99 user=u{n}",
    "Jan 15 10:23:45 web-{n} sshd[{n}]: Accepted publickey for deploy from 10.0.0.{n} port 22",
    '{{"level":"warn","msg":"retrying","attempt":{n},"email":"user{n}@example.com"}}',
    "2024-01-15 10:23:45,123 ERROR worker-{n} SMS to +1 800 555 0199 failed: timeout",
]


TENANTS = [f"tenant_{n}" for n in range(10)]


def requests_to_send(keys: dict[str, str]) -> list[tuple[bytes, dict[str, str]]]:
    """(body, headers) pairs: realistic lines spread over the tenants, each with its key."""
    requests = []
    for n, line in zip(range(500), itertools.cycle(LINES), strict=False):
        tenant = TENANTS[n % len(TENANTS)]
        body = json.dumps({"tenant_id": tenant, "text": line.format(n=n)}).encode()
        headers = {"Content-Type": "application/json", "Authorization": f"Api-Key {keys[tenant]}"}
        requests.append((body, headers))
    return requests


def post_loop(
    port: int,
    path: str,
    requests: list[tuple[bytes, dict[str, str]]],
    accepted: Callable[[int, bytes], bool],
    seconds: float,
    threads: int,
    out: Any,
) -> None:
    """POST `requests` round-robin from `threads` keep-alive clients for `seconds`; put
    (latencies of accepted requests, count of the others) on `out`."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def run(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        local: list[float] = []
        local_errors = 0
        for body, headers in itertools.islice(itertools.cycle(requests), offset, None):
            if time.monotonic() >= stop_at:
                break
            started = time.perf_counter()
            try:
                connection.request("POST", path, body=body, headers=headers)
                response = connection.getresponse()
                ok = accepted(response.status, response.read())
            except (OSError, http.client.HTTPException, ValueError):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                ok = False
            if ok:
                local.append(time.perf_counter() - started)
            local_errors += not ok
        with lock:
            latencies.extend(local)
            errors[0] += local_errors

    # Clients start at different requests, so that they do not send the same one at once.
    workers = [threading.Thread(target=run, args=(i * 37,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    out.put((latencies, errors[0]))


def http_client_loop(
    port: int, keys: dict[str, str], seconds: float, threads: int, out: Any
) -> None:
    post_loop(
        port,
        "/api/v1/logs",
        requests_to_send(keys),
        lambda status, _: status == 202,
        seconds,
        threads,
        out,
    )


def raw_sqs_loop(endpoint: str, queue: str, seconds: float, threads: int, out: Any) -> None:
    import boto3
    from botocore.config import Config

    sqs = boto3.session.Session().client(
        "sqs",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
        config=Config(max_pool_connections=threads + 4),
    )
    url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
    bodies = [body.decode() for body, _ in requests_to_send(dict.fromkeys(TENANTS, ""))]
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def run(offset: int) -> None:
        local: list[float] = []
        for body in itertools.islice(itertools.cycle(bodies), offset, None):
            if time.monotonic() >= stop_at:
                break
            started = time.perf_counter()
            sqs.send_message(QueueUrl=url, MessageBody=body)
            local.append(time.perf_counter() - started)
        with lock:
            latencies.extend(local)

    workers = [threading.Thread(target=run, args=(i * 37,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    out.put((latencies, 0))


def drive(target: Any, args: tuple[Any, ...], *, concurrency: int, procs: int) -> dict[str, Any]:
    """Runs target in `procs` processes sharing `concurrency` client threads."""
    results: Any = multiprocessing.Queue()
    per_proc = [concurrency // procs + (i < concurrency % procs) for i in range(procs)]
    seconds = args[-1]
    processes = [
        multiprocessing.Process(target=target, args=(*args, threads, results))
        for threads in per_proc
        if threads
    ]
    started = time.perf_counter()
    for process in processes:
        process.start()
    collected = [results.get(timeout=seconds + 120) for _ in processes]
    elapsed = time.perf_counter() - started
    for process in processes:
        process.join()
    latencies = sorted(latency for part, _ in collected for latency in part)
    errors = sum(err for _, err in collected)
    return {
        "requests": len(latencies),
        "errors": errors,
        "per_second": round(len(latencies) / max(elapsed, seconds), 1),
        "p50_ms": round(stack.percentile(latencies, 0.50) * 1000, 2),
        "p95_ms": round(stack.percentile(latencies, 0.95) * 1000, 2),
        "p99_ms": round(stack.percentile(latencies, 0.99) * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--procs", type=int, default=2, help="load-generator processes")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with stack.local_emulator() as endpoint, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        env = stack.base_env(endpoint=endpoint, workdir=workdir)
        stack.prepare(env)
        keys = stack.tenant_keys(env, TENANTS)
        port = stack.emulator.free_port()
        web = start_web(env, port=port, log=workdir / "web.log")
        try:
            rest = stack.memory_mb(web.pid)
            drive(http_client_loop, (port, keys, 2.0), concurrency=args.concurrency, procs=1)
            app = drive(
                http_client_loop,
                (port, keys, args.seconds),
                concurrency=args.concurrency,
                procs=args.procs,
            )
            peak = stack.memory_mb(web.pid)
        finally:
            stack.stop(web)
        raw = drive(
            raw_sqs_loop,
            (endpoint, env["LOGS_QUEUE"], args.seconds),
            concurrency=args.concurrency,
            procs=args.procs,
        )
    result = {
        "concurrency": args.concurrency,
        "app_req_per_s": app["per_second"],
        "app_p50_ms": app["p50_ms"],
        "app_p95_ms": app["p95_ms"],
        "app_p99_ms": app["p99_ms"],
        "app_errors": app["errors"],
        "raw_send_per_s": raw["per_second"],
        "raw_p50_ms": raw["p50_ms"],
        "raw_p99_ms": raw["p99_ms"],
        "ratio_app_to_raw": round(app["per_second"] / raw["per_second"], 2),
        "web_rest_pss_mb": rest["pss_mb"],
        "web_peak_pss_mb": peak["pss_mb"],
        "web_peak_rss_mb": peak["rss_mb"],
    }
    stack.emit(result, as_json=args.json)


if __name__ == "__main__":
    main()
