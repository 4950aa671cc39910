"""Memory and time of parsing a batch body, before and after counting records while parsing.

Run from the project root:

    .venv/bin/python bench/batch_parsing.py [--json]

Hostile bodies: INGEST_BATCH_MAX_BYTES of `{}` records (NDJSON and JSON array, about 1.7 M
records), which must be refused with a 413. A full parse (what the parsers did before: orjson
on the whole array, every NDJSON line split and parsed) is measured beside the parsers of
ingest/parsers.py. Legitimate bodies: 1,000 records of 200-character texts, as both forms.
Peak memory is tracemalloc's (Python allocations), time is the best of 5 runs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "logsite.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")
os.environ.setdefault("DJANGO_READ_ENV_FILE", "0")

import django  # noqa: E402

django.setup()

import orjson  # noqa: E402
from django.conf import settings  # noqa: E402

from core.errors import PayloadTooLarge  # noqa: E402
from ingest.parsers import FastJSONParser, NdjsonParser  # noqa: E402

NDJSON = "application/x-ndjson"


def bodies() -> dict[str, tuple[str, bytes]]:
    count = (settings.INGEST_BATCH_MAX_BYTES - 16) // 3
    records = [{"tenant_id": "t", "text": "x" * 200} for _ in range(1000)]
    return {
        "5 MB of {} (NDJSON)": (NDJSON, b"{}\n" * count),
        "5 MB of {} (array)": ("application/json", b"[" + b",".join([b"{}"] * count) + b"]"),
        "1,000 records (NDJSON)": (NDJSON, b"".join(orjson.dumps(r) + b"\n" for r in records)),
        "1,000 records (array)": ("application/json", orjson.dumps(records)),
    }


def parse_now(content_type: str, body: bytes) -> Any:
    parser = NdjsonParser() if content_type == NDJSON else FastJSONParser()
    try:
        return parser.parse(io.BytesIO(body), content_type, {})
    except PayloadTooLarge:
        return "413"


def parse_whole(content_type: str, body: bytes) -> Any:
    if content_type == NDJSON:
        return [orjson.loads(line) for line in body.split(b"\n") if line.strip()]
    return orjson.loads(body)


def measure(parse: Callable[[str, bytes], Any], content_type: str, body: bytes) -> dict[str, Any]:
    tracemalloc.start()
    outcome = parse(content_type, body)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del outcome
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        result = parse(content_type, body)
        best = min(best, time.perf_counter() - started)
        del result
    return {"peak_mib": round(peak / 2**20, 1), "ms": round(best * 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    for name, (content_type, body) in bodies().items():
        results[name] = {
            "body_mib": round(len(body) / 2**20, 1),
            "full parse": measure(parse_whole, content_type, body),
            "parsers": measure(parse_now, content_type, body),
        }
    if args.json:
        print(json.dumps(results))
        return
    print(
        f"{'body':26} {'MiB':>5}  {'full parse: peak MiB, ms':>26}  {'parsers: peak MiB, ms':>24}"
    )
    for name, row in results.items():
        full, now = row["full parse"], row["parsers"]
        print(
            f"{name:26} {row['body_mib']:5}  {full['peak_mib']:>14} {full['ms']:>11}  "
            f"{now['peak_mib']:>12} {now['ms']:>11}"
        )


if __name__ == "__main__":
    main()
