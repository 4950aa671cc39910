"""In-process cost of the ingest request path, with the broker call excluded.

    .venv/bin/python bench/view_overhead.py [--requests 20000] [--json]

Runs the full WSGI handler (every middleware, DRF, validation) on a prepared POST, with the
SQS send replaced by a no-op for this benchmark only, and prints per-request percentiles.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import stack


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        env = stack.base_env(endpoint="http://127.0.0.1:9", workdir=Path(tmp))
        stack.manage(env, "migrate", "--no-input")
        stack.manage(env, "createcachetable")
        key = stack.tenant_keys(env, ["acme_corp"])["acme_corp"]
        os.environ.update(env)
        result = measure(args.requests, key=key)
    stack.emit(result, as_json=args.json)


def measure(requests: int, *, key: str) -> dict[str, float]:
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler

    from processing import enqueue

    class NoOpSender:
        def send(self, body: str) -> str:
            return "benchmark"

    enqueue._group_commit = lambda: NoOpSender()  # type: ignore[assignment]
    headers = {"HTTP_AUTHORIZATION": f"Api-Key {key}"}
    handler = WSGIHandler()
    body = json.dumps(
        {
            "tenant_id": "acme_corp",
            "log_id": "101",
            "text": "User 800-555-0199 logged in from 192.168.1.1 after 3 attempts",
        }
    ).encode()

    def call() -> int:
        environ = {
            "REQUEST_METHOD": "POST",
            "PATH_INFO": "/api/v1/logs",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1",
            "CONTENT_TYPE": "application/json",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
            "wsgi.url_scheme": "http",
            **headers,
        }
        status: list[str] = []

        def start_response(code: str, headers: Any, exc_info: Any = None) -> Any:
            status.append(code)

        chunks = handler(environ, start_response)
        b"".join(chunks)
        return int(status[0].split()[0])

    for _ in range(500):
        assert call() == 202, "the request path did not accept the record"
    timings = []
    for _ in range(requests):
        started = time.perf_counter_ns()
        call()
        timings.append((time.perf_counter_ns() - started) / 1e6)
    timings.sort()
    return {
        "requests": requests,
        "p50_ms": round(stack.percentile(timings, 0.50), 3),
        "p95_ms": round(stack.percentile(timings, 0.95), 3),
        "p99_ms": round(stack.percentile(timings, 0.99), 3),
    }


if __name__ == "__main__":
    main()
