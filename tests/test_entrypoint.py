"""docker/entrypoint.sh, run by bash with fake `python` and `gunicorn` that record their argv."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ENTRYPOINT = ROOT / "docker" / "entrypoint.sh"
SHIM = """#!/usr/bin/env bash
echo "$(basename "$0") $*" >> "$CALLS"
if [ -n "${FAIL_ON:-}" ] && [ "$*" = "$FAIL_ON" ]; then exit 3; fi
"""


class Run:
    def __init__(self, tmp_path: Path) -> None:
        self.calls = tmp_path / "calls.txt"
        self.metrics = tmp_path / "metrics"
        shims = tmp_path / "bin"
        shims.mkdir()
        for name in ("python", "gunicorn"):
            (shims / name).write_text(SHIM)
            (shims / name).chmod(0o755)
        self.env = {
            "PATH": f"{shims}:/usr/bin:/bin",
            "CALLS": str(self.calls),
            "PROMETHEUS_MULTIPROC_DIR": str(self.metrics),
            "DJANGO_SECRET_KEY": "an-entrypoint-test-secret-key",
            "QUEUE_SIGNING_KEY": "an-entrypoint-test-signing-key",
        }

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(ENTRYPOINT), *args],
            env={**self.env, **env},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )

    def recorded(self) -> list[str]:
        return self.calls.read_text().splitlines() if self.calls.exists() else []


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return Run(tmp_path)


def test_it_is_executable() -> None:
    assert os.access(ENTRYPOINT, os.X_OK)


def test_it_runs_gunicorn_on_all_interfaces_for_web(run: Run) -> None:
    result = run("web", PORT="9001")

    assert result.returncode == 0, result.stderr
    assert run.recorded() == ["gunicorn --config gunicorn.conf.py --bind 0.0.0.0:9001 logsite.wsgi"]


def test_it_binds_port_8000_by_default(run: Run) -> None:
    run("web")

    assert "--bind 0.0.0.0:8000" in run.recorded()[0]


def test_it_empties_the_metrics_directory_before_the_web_starts(run: Run) -> None:
    run.metrics.mkdir()
    (run.metrics / "counter_12.db").write_bytes(b"stale")
    (run.metrics / "keep.txt").write_text("not a metrics file")

    run("web")

    assert sorted(p.name for p in run.metrics.iterdir()) == ["keep.txt"]


def test_it_runs_qcluster_for_worker_and_leaves_shared_metrics_alone(run: Run) -> None:
    run.metrics.mkdir()
    (run.metrics / "counter_12.db").write_bytes(b"the web's")

    result = run("worker")

    assert result.returncode == 0, result.stderr
    assert run.recorded() == ["python manage.py qcluster"]
    assert (run.metrics / "counter_12.db").exists()


def test_it_creates_the_metrics_directory(run: Run) -> None:
    run("worker")

    assert run.metrics.is_dir()


def test_it_refuses_to_start_without_a_metrics_directory(run: Run) -> None:
    result = run("web", PROMETHEUS_MULTIPROC_DIR="")

    assert result.returncode != 0
    assert "PROMETHEUS_MULTIPROC_DIR" in result.stderr
    assert run.recorded() == []


@pytest.mark.parametrize("role", ["web", "worker", "provision"])
@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY"])
@pytest.mark.parametrize("value", ["", "  "])
def test_it_refuses_to_start_a_service_without_its_keys(
    run: Run, role: str, variable: str, value: str
) -> None:
    result = run(role, **{variable: value})

    assert result.returncode == 78
    assert f"{variable} must be set" in result.stderr
    assert run.recorded() == []


def test_it_refuses_to_start_when_the_keys_are_unset(run: Run) -> None:
    del run.env["DJANGO_SECRET_KEY"], run.env["QUEUE_SIGNING_KEY"]

    result = run("web", DJANGO_DEBUG="0")

    assert result.returncode == 78
    assert "DJANGO_SECRET_KEY must be set" in result.stderr
    assert "QUEUE_SIGNING_KEY must be set" in result.stderr
    assert run.recorded() == []


@pytest.mark.parametrize("debug", ["1", "true", "YES"])
def test_local_development_starts_without_keys(run: Run, debug: str) -> None:
    del run.env["DJANGO_SECRET_KEY"], run.env["QUEUE_SIGNING_KEY"]

    result = run("worker", DJANGO_DEBUG=debug)

    assert result.returncode == 0, result.stderr
    assert run.recorded() == ["python manage.py qcluster"]


def test_it_migrates_then_provisions(run: Run) -> None:
    result = run("provision")

    assert result.returncode == 0, result.stderr
    assert run.recorded() == [
        "python manage.py migrate --no-input",
        "python manage.py createcachetable",
        "python manage.py provision",
    ]


def test_it_stops_when_a_provisioning_step_fails(run: Run) -> None:
    result = run("provision", FAIL_ON="manage.py migrate --no-input")

    assert result.returncode == 3
    assert run.recorded() == ["python manage.py migrate --no-input"]


def test_it_passes_extra_arguments_on(run: Run) -> None:
    run("worker", "--verbosity", "2")

    assert run.recorded() == ["python manage.py qcluster --verbosity 2"]


def test_it_runs_any_other_command_as_given(run: Run) -> None:
    result = run("python", "manage.py", "tenant", "list")

    assert result.returncode == 0, result.stderr
    assert run.recorded() == ["python manage.py tenant list"]


@pytest.mark.parametrize("args", [[], [""]])
def test_it_rejects_an_empty_command(run: Run, args: list[str]) -> None:
    result = run(*args)

    assert result.returncode == 64
    assert "no command given" in result.stderr
    assert "usage:" in result.stderr


def test_it_rejects_an_unknown_command(run: Run) -> None:
    result = run("serve")

    assert result.returncode == 64
    assert "unknown command 'serve'" in result.stderr
    assert run.recorded() == []


class _Health(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status if self.path == "/healthz" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def health_server() -> Iterator[HTTPServer]:
    server = HTTPServer(("127.0.0.1", 0), _Health)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("status", "healthy"), [(200, True), (503, False)])
def test_its_healthcheck_asks_the_web_for_healthz(
    run: Run, health_server: HTTPServer, status: int, healthy: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_Health, "status", status)
    python_dir = str(Path(sys.executable).parent)

    result = run(
        "healthcheck", PORT=str(health_server.server_address[1]), PATH=f"{python_dir}:/usr/bin:/bin"
    )

    assert (result.returncode == 0) is healthy, result.stderr


def test_its_healthcheck_fails_when_nothing_answers(run: Run) -> None:
    python_dir = str(Path(sys.executable).parent)

    result = run("healthcheck", PORT="9", PATH=f"{python_dir}:/usr/bin:/bin")

    assert result.returncode != 0
