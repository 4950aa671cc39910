"""The README's standalone path, as a new user follows it instead of `make run`.

A fresh SQLite file, `manage.py migrate` (no createcachetable), `manage.py provision`, the
project's gunicorn.conf.py and `manage.py qcluster` without PROMETHEUS_MULTIPROC_DIR, a login
over HTTP: every dashboard page answers 200, /readyz is ready and /metrics adds up the web
processes and the worker cluster.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from processing.tables import LogItem
from scripts import emulator
from tests.helpers import OPERATOR_HEADERS, REPO_METRICS_DIR, manage, wait_for

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "a-long-enough-password-17"


def standalone_env(database: Path, **extra: str) -> dict[str, str]:
    """The test environment as a user's shell has it: no metrics directory set by hand."""
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    return {**env, "DATABASE_URL": f"sqlite:///{database}", **extra}


class Servers:
    """Processes started for one test, stopped (whole process groups) after it."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.started: list[subprocess.Popen[bytes]] = []

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
        with (self.log_dir / f"{name}.log").open("ab") as log:
            process = subprocess.Popen(
                args,
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.started.append(process)
        return process

    def gunicorn(self, env: dict[str, str], *, workers: int = 2) -> str:
        """The project's gunicorn.conf.py on a free port, once it answers; returns its URL."""
        port = emulator.free_port()
        process = self.start(
            "gunicorn",
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "logsite.wsgi"],
            {**env, "PORT": str(port), "WEB_CONCURRENCY": str(workers)},
        )
        base = f"http://127.0.0.1:{port}"

        def answers() -> bool:
            assert process.poll() is None, (self.log_dir / "gunicorn.log").read_text()
            try:
                return urllib.request.urlopen(f"{base}/healthz", timeout=1).status == 200
            except OSError:
                return False

        wait_for(answers, timeout=60)
        return base

    def stop(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[Servers]:
    started = Servers(tmp_path)
    yield started
    started.stop()


def get(url: str, *, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def scrape(base: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    status, body = get(f"{base}/metrics", headers=OPERATOR_HEADERS)
    assert status == 200, body
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body.decode())
        for sample in family.samples
    }


def log_in(base: str, username: str, password: str) -> urllib.request.OpenerDirector:
    """Log in through the login form, CSRF token and cookie included, as a browser does."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with opener.open(f"{base}/accounts/login/", timeout=10) as page:
        html = page.read().decode()
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, html
    form = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": match[1]}
    ).encode()
    with opener.open(f"{base}/accounts/login/", data=form, timeout=10) as landed:
        assert landed.url.endswith("/dashboard/"), landed.url
    return opener


@REPO_METRICS_DIR
def test_the_documented_standalone_sequence_gives_a_working_system(
    aws: str, tmp_path: Path, servers: Servers
) -> None:
    env = standalone_env(tmp_path / "db.sqlite3")
    manage(env, "migrate", "--no-input")
    manage(env, "provision")
    manage(env, "tenant", "create", "acme_corp")
    key = manage(env, "tenant", "key", "acme_corp").strip().splitlines()[-1]
    manage(env, "evaluator", "create", "ann", "--all-tenants", stdin=PASSWORD + "\n")
    base = servers.gunicorn(env)
    servers.start("qcluster", [sys.executable, "manage.py", "qcluster"], env)

    request = urllib.request.Request(
        f"{base}/api/v1/logs",
        data=json.dumps({"log_id": "101", "text": "Call 800-555-0199"}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Api-Key {key}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 202
    stored = wait_for(lambda: _stored("acme_corp", "101"), timeout=60)
    assert "800-555-0199" not in stored.text

    dashboard = log_in(base, "ann", PASSWORD)
    pages = [
        "/dashboard/",
        "/dashboard/tenants/acme_corp/",
        "/dashboard/tenants/acme_corp/logs/101/",
        "/dashboard/dlq/",
    ]
    statuses = {}
    for page in pages:
        with dashboard.open(f"{base}{page}", timeout=10) as response:
            statuses[page] = response.status
    ready_status, ready = get(f"{base}/readyz", headers=OPERATOR_HEADERS)

    assert statuses == dict.fromkeys(pages, 200)
    assert ready_status == 200, ready
    assert json.loads(ready)["checks"]["cache"]["status"] == "ok"
    samples = wait_for(lambda: _with_processed(scrape(base)), timeout=30)
    assert samples[("logs_ingest_accepted_total", frozenset({("tenant", "acme_corp")}))] == 1


def _with_processed(samples: dict[Any, float]) -> dict[Any, float] | None:
    """The scrape once it shows the worker cluster's count of the stored record."""
    processed = samples.get(("logs_processed_total", frozenset({("outcome", "stored")})), 0.0)
    return samples if processed >= 1 else None


def _stored(tenant_id: str, log_id: str) -> LogItem | None:
    try:
        return LogItem.get(tenant_id, log_id, consistent_read=True)
    except LogItem.DoesNotExist:
        return None
