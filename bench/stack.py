"""Starts the pieces a benchmark needs on this machine: emulator, database, web, workers."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts import emulator
from scripts.processes import start_process

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def base_env(*, endpoint: str, workdir: Path, **extra: Any) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "logsite.settings",
        "DJANGO_READ_ENV_FILE": "0",
        "DJANGO_SECRET_KEY": "bench-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "QUEUE_SIGNING_KEY": "bench-queue-signing-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "LOGS_TABLE": "BenchLogs",
        "LOGS_STATS_TABLE": "BenchLogStats",
        "LOGS_QUEUE": "bench-logs",
        "LOGS_DLQ": "bench-logs-dlq",
        "LOG_LEVEL": "WARNING",
        # Benchmarks measure throughput, not the per-tenant rate limit.
        "INGEST_RATE_LIMIT": "off",
        "PROMETHEUS_MULTIPROC_DIR": str(workdir / "prometheus"),
    }
    env.update({key: str(value) for key, value in extra.items()})
    (workdir / "prometheus").mkdir(exist_ok=True)
    return env


@contextlib.contextmanager
def local_emulator() -> Iterator[str]:
    port = emulator.free_port()
    with tempfile.TemporaryDirectory() as state:
        process = emulator.start(port=port, state_dir=None, log_path=Path(state) / "ministack.log")
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            emulator.stop(process)


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return result.stdout


def prepare(env: dict[str, str]) -> None:
    manage(env, "migrate", "--no-input")
    manage(env, "createcachetable")
    manage(env, "provision")


def tenant_keys(env: dict[str, str], tenants: list[str]) -> dict[str, str]:
    """Register tenants and give each an ingest API key: {tenant_id: key}."""
    keys = {}
    for tenant in tenants:
        manage(env, "tenant", "create", tenant)
        keys[tenant] = manage(env, "tenant", "key", tenant).strip().splitlines()[-1]
    return keys


start = start_process


def stop(process: subprocess.Popen[bytes]) -> None:
    emulator.stop(process, timeout=30)


def tree_pids(pid: int) -> list[int]:
    pids = [pid]
    for child in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            fields = child.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                pids.extend(tree_pids(int(child.parent.name)))
    return pids


def memory_mb(pid: int) -> dict[str, float]:
    """RSS and PSS of a process tree: PSS splits shared pages, so it adds up honestly."""
    rss = pss = 0
    for member in tree_pids(pid):
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
    return {"rss_mb": round(rss / 1024, 1), "pss_mb": round(pss / 1024, 1)}


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the live processes of a tree have used so far."""
    ticks = 0
    for member in tree_pids(pid):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def emit(result: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result))
        return
    width = max(len(key) for key in result)
    for key, value in result.items():
        print(f"{key:<{width}}  {value}")
