"""OTLP intake throughput: records/s accepted by POST /v1/logs beside POST /api/v1/logs batches.

    .venv/bin/python bench/otlp.py [--concurrency 8] [--seconds 10] [--batch 100] [--json]

Starts its own emulator, gunicorn (gunicorn.conf.py) and database, then drives, one after the
other with the same C keep-alive clients for T seconds each: JSON-array batches of B records to
POST /api/v1/logs (202 expected) and protobuf ExportLogsServiceRequests of B log records to
POST /v1/logs (200 without partial success expected). Records/s counts accepted records only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import (
    ExportLogsServiceRequest,
    ExportLogsServiceResponse,
)
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord

from bench import stack
from bench.ingest import LINES, TENANTS, drive, post_loop
from scripts.processes import start_web

BODIES_PER_TENANT = 5


def json_batches(keys: dict[str, str], size: int) -> list[tuple[bytes, dict[str, str]]]:
    """(body, headers): JSON arrays of `size` records of one tenant, each with its key."""
    requests = []
    for n, tenant in enumerate(TENANTS * BODIES_PER_TENANT):
        records = [
            {"tenant_id": tenant, "text": LINES[i % len(LINES)].format(n=n * size + i)}
            for i in range(size)
        ]
        headers = {"Content-Type": "application/json", "Authorization": f"Api-Key {keys[tenant]}"}
        requests.append((json.dumps(records).encode(), headers))
    return requests


def otlp_batches(keys: dict[str, str], size: int) -> list[tuple[bytes, dict[str, str]]]:
    """(body, headers): ExportLogsServiceRequests of `size` log records, as an SDK sends them."""
    requests = []
    now = time.time_ns()
    for n, tenant in enumerate(TENANTS * BODIES_PER_TENANT):
        export = ExportLogsServiceRequest()
        resource_logs = export.resource_logs.add()
        resource_logs.resource.attributes.add(
            key="service.name", value=AnyValue(string_value=f"svc-{n % 3}")
        )
        scope_logs = resource_logs.scope_logs.add()
        scope_logs.scope.name = "bench"
        for i in range(size):
            scope_logs.log_records.append(
                LogRecord(
                    time_unix_nano=now + n * size + i,
                    severity_number=9 + 4 * (i % 3),  # type: ignore[arg-type]
                    severity_text=("INFO", "WARN", "ERROR")[i % 3],
                    body=AnyValue(string_value=LINES[i % len(LINES)].format(n=n * size + i)),
                    attributes=[
                        KeyValue(key="code.line.number", value=AnyValue(int_value=i)),
                        KeyValue(key="user", value=AnyValue(string_value=f"u{i}@example.com")),
                    ],
                )
            )
        headers = {
            "Content-Type": "application/x-protobuf",
            "Authorization": f"Api-Key {keys[tenant]}",
        }
        requests.append((export.SerializeToString(), headers))
    return requests


def batch_loop(
    port: int,
    path: str,
    keys: dict[str, str],
    size: int,
    seconds: float,
    threads: int,
    out: Any,
) -> None:
    otlp = path == "/v1/logs"
    requests = otlp_batches(keys, size) if otlp else json_batches(keys, size)

    def accepted(status: int, body: bytes) -> bool:
        if otlp:
            refused = ExportLogsServiceResponse.FromString(body).partial_success
            return status == 200 and not refused.rejected_log_records
        return status == 202 and json.loads(body)["status"] == "accepted"

    post_loop(port, path, requests, accepted, seconds, threads, out)


def purge(endpoint: str, queue: str) -> None:
    import boto3

    sqs = boto3.session.Session().client(
        "sqs",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="bench",
        aws_secret_access_key="bench",
    )
    sqs.purge_queue(QueueUrl=sqs.get_queue_url(QueueName=queue)["QueueUrl"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--batch", type=int, default=100, help="records per request")
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
        figures: dict[str, dict[str, Any]] = {}
        try:
            for name, path in (("json_batch", "/api/v1/logs"), ("otlp", "/v1/logs")):
                # The emulator slows down as its queue grows: each run starts from an empty one.
                purge(endpoint, env["LOGS_QUEUE"])
                warm_up = (port, path, keys, args.batch, 2.0)
                drive(batch_loop, warm_up, concurrency=args.concurrency, procs=1)
                figures[name] = drive(
                    batch_loop,
                    (port, path, keys, args.batch, args.seconds),
                    concurrency=args.concurrency,
                    procs=args.procs,
                )
        finally:
            stack.stop(web)
    result: dict[str, Any] = {"concurrency": args.concurrency, "batch": args.batch}
    for name, figure in figures.items():
        result[f"{name}_records_per_s"] = round(figure["per_second"] * args.batch)
        result[f"{name}_p50_ms"] = figure["p50_ms"]
        result[f"{name}_p99_ms"] = figure["p99_ms"]
        result[f"{name}_errors"] = figure["errors"]
    result["ratio_otlp_to_json_batch"] = round(
        result["otlp_records_per_s"] / max(result["json_batch_records_per_s"], 1), 2
    )
    stack.emit(result, as_json=args.json)


if __name__ == "__main__":
    main()
