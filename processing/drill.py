"""The chaos drill: flood the API while workers fail at random and are SIGKILLed, then count.

    python manage.py chaos_drill --logs 2000 --failure-rate 0.3 --kill-workers 3

Shipped code (the container has no bench/ or tests/): the command runs in the image too.

It runs on the configured AWS endpoint and EMPTIES its queues and tables first. It starts its own
gunicorn (gunicorn.conf.py, API keys and the rate limit off) and qcluster processes with a
throw-away SQLite database, floods POST /api/v1/logs over HTTP with a few threads, SIGKILLs a
whole cluster (every process of it) K times while records are in flight and starts a new one
each time, waits until the main queue is empty, then reads back the table, the counters and
the DLQ. Stop other qclusters on these queues first: they would take part without chaos.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from processing.aws import aws_client
from processing.dead_letters import dead_letters_count, dead_letters_peek
from processing.provisioning import provision
from processing.sqs import queue_counts, queue_purge
from processing.tables import TOTAL_BUCKET, LogItem, TenantStatsItem
from scripts import emulator
from scripts.processes import start_process, start_web

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
TENANTS = 5
REQUEST_ATTEMPTS = 10
Key = tuple[str, str]  # (tenant_id, log_id)


class DrillError(RuntimeError):
    pass


@dataclass(frozen=True)
class DrillOptions:
    logs: int
    failure_rate: float
    kill_workers: int
    clusters: int = 2
    threads: int = 8
    visibility_timeout: int = 5
    worker_timeout: int = 3
    delay_max: float = 0.1
    drain_timeout: float = 600.0


@dataclass(frozen=True)
class DrillResult:
    accepted: int
    stored: int  # accepted records found in the table
    dlq: int  # accepted records found in the DLQ only
    duplicates: int
    kills: int
    stored_unaccepted: int  # in the table without a 202 (the client gave up waiting): 0 expected

    @property
    def lost(self) -> int:
        return self.accepted - self.stored - self.dlq

    @property
    def passed(self) -> bool:
        return self.lost == 0 and self.duplicates == 0

    def summary(self) -> str:
        return (
            f"accepted={self.accepted} stored={self.stored} dlq={self.dlq} "
            f"lost={self.lost} duplicates={self.duplicates}"
        )


def drill_run(*, options: DrillOptions, echo: Callable[[str], None]) -> DrillResult:
    """Run the whole drill; the processes' logs are kept in a directory named on failure."""
    workdir = Path(tempfile.mkdtemp(prefix="chaos-drill-"))
    env = _child_env(options=options, workdir=workdir)
    echo(f"Emptying {settings.LOGS_QUEUE}, {settings.LOGS_DLQ} and the tables")
    _reset()
    subprocess.run(
        [PYTHON, "manage.py", "migrate", "--no-input"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    try:
        web = start_web(env, port=(port := emulator.free_port()), log=workdir / "web.log")
    except RuntimeError as error:
        raise DrillError(str(error)) from None
    clusters = [_cluster_start(env, workdir) for _ in range(options.clusters)]
    try:
        echo(f"Posting {options.logs} logs to port {port} ({options.threads} threads)")
        flood = _Flood(port=port, logs=options.logs, threads=options.threads)
        kills = _kill_during(flood, clusters=clusters, env=env, workdir=workdir, options=options)
        flood.join()
        echo(f"Accepted {len(flood.accepted)}; waiting for {settings.LOGS_QUEUE} to drain")
        _wait_drained(timeout=options.drain_timeout, echo=echo)
    except BaseException:
        echo(f"Process logs kept in {workdir}")
        raise
    finally:
        for process in [*clusters, web]:
            emulator.stop(process, timeout=30)
    result = _count(accepted=flood.accepted, kills=kills)
    if result.passed:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        echo(f"Process logs kept in {workdir}")
    return result


def _child_env(*, options: DrillOptions, workdir: Path) -> dict[str, str]:
    (workdir / "prometheus").mkdir()
    return {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "PROMETHEUS_MULTIPROC_DIR": str(workdir / "prometheus"),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_HTTPS": "0",
        # The drill posts as a trusted gateway would, and faster than any tenant's limit.
        "INGEST_REQUIRE_API_KEY": "0",
        "INGEST_RATE_LIMIT": "off",
        "INGEST_RATE_LIMIT_BYTES": "off",
        "CHAOS_FAILURE_RATE": str(options.failure_rate),
        "PROCESSING_DELAY_MAX": str(options.delay_max),
        "WORKER_TIMEOUT": str(options.worker_timeout),
        "QUEUE_VISIBILITY_TIMEOUT": str(options.visibility_timeout),
        "QUEUE_WAIT_SECONDS": "1",
    }


def _reset() -> None:
    provision()
    sqs = aws_client("sqs")
    for name in (settings.LOGS_QUEUE, settings.LOGS_DLQ):
        deadline = time.monotonic() + 90
        while True:
            try:
                queue_purge(name)
                break
            except sqs.exceptions.PurgeQueueInProgress:
                # SQS allows one purge per queue and minute.
                if time.monotonic() > deadline:
                    raise
                time.sleep(5)
    _wait_until(lambda: sum(queue_counts(settings.LOGS_QUEUE)) + dead_letters_count() == 0, 90)
    for model in (LogItem, TenantStatsItem):
        with model.batch_write() as batch:
            for item in model.scan(consistent_read=True):
                batch.delete(item)


def _cluster_start(env: dict[str, str], workdir: Path) -> subprocess.Popen[bytes]:
    log = workdir / f"qcluster-{len(list(workdir.glob('qcluster-*.log')))}.log"
    return start_process([PYTHON, "manage.py", "qcluster"], env, log)


class _Flood:
    """Threads posting logs 0..logs-1, each retried until it gets a final answer."""

    def __init__(self, *, port: int, logs: int, threads: int) -> None:
        self.port = port
        self.accepted: set[Key] = set()
        self.refused: dict[int, int] = {}  # status -> count of records given up on
        self._numbers = iter(range(logs))
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]
        for thread in self._threads:
            thread.start()

    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def join(self) -> None:
        for thread in self._threads:
            thread.join()

    def _run(self) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        while True:
            with self._lock:
                number = next(self._numbers, None)
            if number is None:
                return
            key = (f"drill_{number % TENANTS}", f"drill-{number:07d}")
            status = self._post(connection, key, number)
            with self._lock:
                if status == 202:
                    self.accepted.add(key)
                else:
                    self.refused[status] = self.refused.get(status, 0) + 1

    @staticmethod
    def _post(connection: http.client.HTTPConnection, key: Key, number: int) -> int:
        tenant_id, log_id = key
        text = f"user{number}@example.com called 800-555-{number % 10000:04d} from 10.0.0.1"
        if number % 4:
            body = json.dumps({"tenant_id": tenant_id, "log_id": log_id, "text": text}).encode()
            headers = {"Content-Type": "application/json"}
        else:
            body = text.encode()
            headers = {"Content-Type": "text/plain", "X-Tenant-ID": tenant_id, "X-Log-ID": log_id}
        status = 0
        for _ in range(REQUEST_ATTEMPTS):
            try:
                connection.request("POST", "/api/v1/logs", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                connection.close()  # reconnects on the next request
                status = 0
            # The same log_id again: a record accepted twice is still stored once.
            if status not in (0, 429, 503):
                return status
            time.sleep(1)
        return status


def _kill_during(
    flood: _Flood,
    *,
    clusters: list[subprocess.Popen[bytes]],
    env: dict[str, str],
    workdir: Path,
    options: DrillOptions,
) -> int:
    """SIGKILL the oldest cluster K times, spread over the flood, each time records are in
    flight, and start a new one in its place; returns how many kills landed mid-work."""
    mid_work = 0
    for kill in range(options.kill_workers):
        target = (kill + 1) * options.logs // (options.kill_workers + 1)
        while flood.running() and len(flood.accepted) < target:
            time.sleep(0.05)
        in_flight = _wait_until(
            lambda: queue_counts(settings.LOGS_QUEUE).in_flight > 0, 15, fail=False
        )
        mid_work += bool(in_flight)
        victim = clusters.pop(0)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait()
        clusters.append(_cluster_start(env, workdir))
    return mid_work


def _wait_drained(*, timeout: float, echo: Callable[[str], None]) -> None:
    deadline = time.monotonic() + timeout
    next_report = time.monotonic() + 10
    empty_polls = 0
    while empty_polls < 2:  # twice in a row: the counts are approximate on SQS
        depth = sum(queue_counts(settings.LOGS_QUEUE))
        empty_polls = empty_polls + 1 if depth == 0 else 0
        if time.monotonic() > next_report:
            echo(f"  {depth} message(s) left, {dead_letters_count()} in the DLQ")
            next_report += 10
        if time.monotonic() > deadline:
            raise DrillError(f"{settings.LOGS_QUEUE} still holds {depth} message(s)")
        time.sleep(1)


def _count(*, accepted: set[Key], kills: int) -> DrillResult:
    # An operator drill may Scan: it reads the whole table once, after the run.
    keys = [(i.tenant_id, i.log_id) for i in LogItem.scan(consistent_read=True)]
    stored = set(keys)
    counted = sum(
        int(stats.stored)
        for stats in TenantStatsItem.scan(
            TenantStatsItem.bucket.startswith(TOTAL_BUCKET), consistent_read=True
        )
    )
    dead = {
        (letter.tenant_id, letter.log_id)
        for letter in dead_letters_peek(max_messages=max(1, dead_letters_count()))
        if letter.tenant_id is not None and letter.log_id is not None
    }
    return DrillResult(
        accepted=len(accepted),
        stored=len(accepted & stored),
        dlq=len((accepted & dead) - stored),
        # A key seen twice is impossible in DynamoDB; counters that moved more (or less) than
        # the items they count would mean a write applied twice (or half).
        duplicates=len(keys) - len(stored) + abs(counted - len(keys)),
        kills=kills,
        stored_unaccepted=len(stored - accepted),
    )


def _wait_until(condition: Callable[[], bool], timeout: float, *, fail: bool = True) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            if fail:
                raise DrillError(f"condition not met within {timeout} s")
            return False
        time.sleep(0.2)
    return True
