"""`make bench`: every benchmark with sizes that finish in a few minutes, then one table.

.venv/bin/python bench/run_all.py
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCHES: list[tuple[str, list[str]]] = [
    ("redaction", ["bench/redaction.py", "--lines", "50000"]),
    ("view overhead", ["bench/view_overhead.py", "--requests", "20000"]),
    ("ingest", ["bench/ingest.py", "--concurrency", "16", "--seconds", "10"]),
    ("otlp", ["bench/otlp.py", "--concurrency", "8", "--seconds", "10", "--batch", "100"]),
    ("worker", ["bench/worker.py", "--messages", "2000", "--workers", "2"]),
    ("worker default delay", ["bench/worker.py", "--default-delay", "--messages", "1000"]),
    ("batch parsing", ["bench/batch_parsing.py"]),
]


def run(script: list[str]) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, *script, "--json"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def rows(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, str, str]]:
    """(what, app figure, ceiling measured in the same run, target)."""
    red, view = results["redaction"], results["view overhead"]
    ingest, worker = results["ingest"], results["worker"]
    otlp = results["otlp"]
    burst = results["worker default delay"]
    hostile = red["hostile_64k_ms"]
    worst = max(hostile, key=hostile.get)
    parsing = results["batch parsing"]
    bombs = [parsing[name] for name in ("5 MB of {} (NDJSON)", "5 MB of {} (array)")]
    return [
        (
            "redaction, lines/s (1 core)",
            f"{red['redact']['lines_per_s']:,.0f} ({'compiled' if red['compiled'] else 'Python'})",
            f"naive regex {red['naive']['lines_per_s']:,.0f}",
            ">= 30,000",
        ),
        (
            "redaction CLI, steady lines/s (CPU time)",
            f"{red['cli_steady_lines_per_s']:,.0f}",
            f"with start-up {red['cli_lines_per_s']:,.0f}",
            ">= 30,000",
        ),
        (
            f"redaction of a hostile 64 KiB line, worst of {len(hostile)} shapes, ms",
            f"{hostile[worst]} ({worst})",
            f"median {sorted(hostile.values())[len(hostile) // 2]}",
            "milliseconds, linear",
        ),
        (
            "a 5 MB batch of {} refused with 413: parse peak MiB (NDJSON / array)",
            " / ".join(str(bomb["parsers"]["peak_mib"]) for bomb in bombs),
            "full parse " + " / ".join(str(bomb["full parse"]["peak_mib"]) for bomb in bombs),
            "stops at the record limit",
        ),
        (
            "view overhead p50 / p99, ms",
            f"{view['p50_ms']} / {view['p99_ms']}",
            "(broker excluded)",
            "<= 0.3 / <= 1",
        ),
        (
            f"ingest req/s over HTTP (c={ingest['concurrency']})",
            f"{ingest['app_req_per_s']:,.0f} (ratio {ingest['ratio_app_to_raw']})",
            f"raw send_message {ingest['raw_send_per_s']:,.0f}",
            "ratio >= 1.0",
        ),
        (
            "ingest latency p50 / p95 / p99, ms",
            f"{ingest['app_p50_ms']} / {ingest['app_p95_ms']} / {ingest['app_p99_ms']}",
            f"raw p50 {ingest['raw_p50_ms']} / p99 {ingest['raw_p99_ms']}",
            f"errors: {ingest['app_errors']}",
        ),
        (
            f"OTLP records/s, protobuf batches of {otlp['batch']} (c={otlp['concurrency']})",
            f"{otlp['otlp_records_per_s']:,} (p99 {otlp['otlp_p99_ms']} ms, "
            f"errors {otlp['otlp_errors']})",
            f"JSON-array batches {otlp['json_batch_records_per_s']:,} "
            f"(ratio {otlp['ratio_otlp_to_json_batch']})",
            "ratio >= 0.8",
        ),
        (
            f"worker drain records/s, delay 0 ({worker['workers']} workers, "
            f"c={worker['concurrency']})",
            f"{worker['app_records_per_s']:,.0f} (ratio {worker['ratio_app_to_raw']}), "
            f"CPU {worker['app_cpu_ms_per_record']} ms/record",
            f"raw receive/put/delete {worker['raw_records_per_s']:,.0f}, "
            f"CPU {worker['raw_cpu_ms_per_record']} ms/record",
            "ratio >= 0.7",
        ),
        (
            f"drain at the default delay, records/s (c={burst['concurrency']})",
            f"{burst['records_per_s']:,.1f}: {burst['messages']:,} in {burst['drain_s']} s, "
            f"peak PSS {burst['cluster_peak_pss_mb']} MB",
            f"bound c / {burst['delay_s']} s = {burst['bound_records_per_s']:,.1f}",
            ">= 17; 1,000 in <= 90 s; <= 400 MB",
        ),
        (
            "memory: web at rest + cluster at rest (PSS, MB)",
            f"{ingest['web_rest_pss_mb']} + {worker['cluster_rest_pss_mb']}",
            f"peaks {ingest['web_peak_pss_mb']} / {worker['cluster_peak_pss_mb']}",
            "<= 300 total",
        ),
    ]


def main() -> None:
    results: dict[str, dict[str, Any]] = {}
    for name, script in BENCHES:
        print(f"running {name} …", file=sys.stderr, flush=True)
        results[name] = run(script)
    table = rows(results)
    headers = ("benchmark", "this app", "ceiling, same run", "target")
    widths = [max(len(row[i]) for row in [headers, *table]) for i in range(4)]
    machine = f"{platform.node()} ({platform.machine()}, {os.cpu_count()} cores)"
    print(f"\nmachine: {machine}, Python {platform.python_version()}")
    for row in [headers, tuple("-" * w for w in widths), *table]:
        print("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    main()
