from __future__ import annotations

import atexit
import fcntl
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from scripts import emulator

if TYPE_CHECKING:
    from django.test import Client

ROOT = Path(__file__).resolve().parent.parent

# Each process that runs tests, and every process it starts, runs against its own emulator with
# short timeouts so that retries and the DLQ can be watched in seconds (pytest_configure adds the
# emulator's endpoint and the metrics directory of that process).
TEST_ENV = {
    "DJANGO_SETTINGS_MODULE": "logsite.settings",
    "DJANGO_READ_ENV_FILE": "0",
    "DJANGO_SECRET_KEY": "test-secret-key-not-for-production-0123456789abcdef",
    "QUEUE_SIGNING_KEY": "test-queue-signing-key-not-for-production-0123456789",
    "DJANGO_DEBUG": "0",
    "DJANGO_ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    "AWS_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "test",
    "AWS_SECRET_ACCESS_KEY": "test",
    "AWS_CONNECT_TIMEOUT": "1",
    "AWS_READ_TIMEOUT": "3",
    "AWS_MAX_ATTEMPTS": "2",
    "LOGS_TABLE": "TestLogs",
    "LOGS_STATS_TABLE": "TestLogStats",
    "LOGS_QUEUE": "test-logs",
    "LOGS_DLQ": "test-logs-dlq",
    "PROCESSING_DELAY_PER_CHAR": "0",
    "PROCESSING_DELAY_MAX": "1",
    "QCLUSTER_WORKERS": "2",
    "WORKER_TIMEOUT": "3",
    "QUEUE_VISIBILITY_TIMEOUT": "4",
    "QUEUE_WAIT_SECONDS": "1",
    # /readyz and /metrics need it as a bearer token (tests.helpers.OPERATOR_HEADERS).
    "METRICS_TOKEN": "test-metrics-token-not-for-production",
}
EMULATOR_PORT = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Set the test environment and Django up in each process that runs tests.

    Under xdist that is every worker, never the controller: workers inherit the controller's
    environment, and pytest-django reads the settings of an inherited DJANGO_SETTINGS_MODULE
    before this file is imported, so an endpoint set by the controller would be the one the
    worker's settings keep while the worker starts its own emulator elsewhere.
    """
    # When xdist's controller hands the tests out (xdist/plugin.py pytest_configure).
    distributing = (
        config.getoption("dist", "no") != "no"
        and bool(config.getoption("tx", None))
        and not config.getoption("collectonly")
    )
    if distributing and not hasattr(config, "workerinput"):
        return  # the xdist controller: it runs no tests
    import django
    from django.conf import settings

    if settings.configured:
        raise pytest.UsageError(
            "Django settings were loaded before tests/conftest.py set the test environment: "
            "unset DJANGO_SETTINGS_MODULE in this shell"
        )
    port = emulator.free_port()
    config.stash[EMULATOR_PORT] = port
    # Metrics of this process and of every process it starts (core/metrics.py); emptied
    # per run, as make run and the container do.
    metrics_dir = tempfile.mkdtemp(prefix="test-prometheus-")
    atexit.register(shutil.rmtree, metrics_dir, ignore_errors=True)
    os.environ.update(
        TEST_ENV,
        AWS_ENDPOINT_URL=f"http://127.0.0.1:{port}",
        PROMETHEUS_MULTIPROC_DIR=metrics_dir,
    )
    # Captured like the rest of the run (its startup log lines show with a failing test only).
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        capture.resume_global_capture()
    try:
        django.setup()
    finally:
        if capture is not None:
            capture.suspend_global_capture()


@pytest.fixture(scope="session")
def emulator_endpoint(
    pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """This process's own emulator (each xdist worker has one: the `aws` fixture resets all of
    an emulator's state before each test, which a shared one could not survive)."""
    port = pytestconfig.stash[EMULATOR_PORT]
    log = tmp_path_factory.mktemp("emulator") / "ministack.log"
    process = emulator.start(port=port, state_dir=None, log_path=log)
    yield f"http://127.0.0.1:{port}"
    emulator.stop(process)


@pytest.fixture
def aws(emulator_endpoint: str) -> str:
    """A fresh emulator with provisioned queues and tables."""
    from processing.provisioning import provision

    emulator.reset(emulator_endpoint)
    provision()
    return emulator_endpoint


@pytest.fixture
def unreachable_aws(settings: Any) -> Iterator[None]:
    """Every AWS client points at a closed port (connection refused), one attempt per call."""
    from processing.aws import reset_clients
    from processing.broker import shared_broker
    from processing.sqs import queue_url

    def forget_clients() -> None:
        for cached in (reset_clients, queue_url.cache_clear, shared_broker.cache_clear):
            cached()

    settings.AWS_ENDPOINT_URL = "http://127.0.0.1:9"  # the discard port: nothing listens
    settings.AWS_MAX_ATTEMPTS = 1
    forget_clients()
    yield
    forget_clients()


@pytest.fixture
def delete_queue(aws: str) -> Iterator[Callable[..., None]]:
    """delete(name, *, known=False): deletes one of the provisioned queues.

    known=False: this process forgets the queue's URL and its broker too, so the next send looks
    the queue up and finds none. known=True: it keeps the URL it looked up before, as a process
    that was running when the queue went away does. Both are forgotten after the test, so that
    later tests build a broker for their own queues.
    """
    from processing.aws import aws_client
    from processing.broker import shared_broker
    from processing.sqs import queue_url

    def delete(name: str, *, known: bool = False) -> None:
        aws_client("sqs").delete_queue(QueueUrl=queue_url(name))
        if not known:
            queue_url.cache_clear()
            shared_broker.cache_clear()

    yield delete
    queue_url.cache_clear()
    shared_broker.cache_clear()


@pytest.fixture(autouse=True)
def xdist_group_lock(request: pytest.FixtureRequest) -> Iterator[None]:
    """The tests of one xdist_group run one at a time, on any worker (tests/helpers.py).

    pytest-xdist 3.8 keeps a group on one worker by renaming the items' node ids, which pytest
    9.2 no longer reads, so the group is held by a lock file in this repository's var/ instead
    (which also covers two runs in different shells: they share var/ as well).
    """
    marker = request.node.get_closest_marker("xdist_group")
    if marker is None:
        yield
        return
    name = marker.args[0] if marker.args else marker.kwargs.get("name", "default")
    path = ROOT / "var" / f".tests-{name}.lock"
    path.parent.mkdir(exist_ok=True)
    with path.open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.fixture(autouse=True)
def rate_limit_store_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with the shared rate-limit counter usable (a test may break its table)
    and no failed API-key attempts counted (every test client comes from 127.0.0.1)."""
    from ingest import throttling

    monkeypatch.setattr(throttling, "_store", throttling._Store())
    monkeypatch.setattr(throttling, "_failures", {})


@pytest.fixture
def tenant_key(db: None) -> Callable[..., str]:
    """make(tenant_id="t"): registers the tenant if it is new, returns a new API key for it."""
    from ingest.models import Tenant
    from ingest.tenants import tenant_key_create

    def make(tenant_id: str = "t") -> str:
        Tenant.objects.get_or_create(tenant_id=tenant_id, defaults={"name": tenant_id})
        return tenant_key_create(tenant_id=tenant_id, name="test")[1]

    return make


@pytest.fixture
def api_client(tenant_key: Callable[..., str]) -> Callable[..., Client]:
    """make(tenant_id="t"): a test client that sends a new API key of that tenant."""

    from django.test import Client

    def make(tenant_id: str = "t") -> Client:
        return Client(headers={"Authorization": f"Api-Key {tenant_key(tenant_id)}"})

    return make


def migrated_database(path: Path) -> str:
    """Migrate a new SQLite file (with the cache table) for other processes; returns its URL."""
    url = f"sqlite:///{path}"
    for command in (["migrate", "--no-input", "-v", "0"], ["createcachetable"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env={**os.environ, "DATABASE_URL": url},
            check=True,
        )
    return url


@pytest.fixture(scope="session")
def cluster_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A migrated SQLite file for worker processes (django-q2 stores results in Django's DB)."""
    return migrated_database(tmp_path_factory.mktemp("cluster") / "db.sqlite3")


@pytest.fixture
def start_cluster(
    aws: str, cluster_database: str, tmp_path: Path
) -> Iterator[Callable[..., subprocess.Popen[bytes]]]:
    """Start `manage.py qcluster` processes with extra environment; all are stopped after."""
    started: list[subprocess.Popen[bytes]] = []

    def start(**extra_env: Any) -> subprocess.Popen[bytes]:
        log = (tmp_path / f"qcluster-{len(started)}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env={
                **os.environ,
                "DATABASE_URL": cluster_database,
                **{k: str(v) for k, v in extra_env.items()},
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # as a supervisor would: the main process only
    for process in started:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
