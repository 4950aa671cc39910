from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from core import metrics
from core.metrics_dir import DEFAULT_ROOT, WEB
from logsite.health import QUEUE_DEPTH, QueueDepthCollector
from processing.aws import reset_clients
from processing.broker import shared_broker
from processing.sqs import queue_url
from tests.helpers import (
    OPERATOR_HEADERS,
    REPO_METRICS_DIR,
    metric_samples,
    metric_value,
    wait_for,
)
from tests.test_standalone_path import Servers, standalone_env
from tests.test_standalone_path import scrape as scrape_of

URL = "/api/v1/logs"
ROOT = Path(__file__).resolve().parent.parent


def scrape() -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    QUEUE_DEPTH.clear()
    return metric_samples()


def post(client: Client, body: dict[str, Any]) -> Any:
    return client.post(URL, data=json.dumps(body), content_type="application/json")


def test_it_serves_the_prometheus_text_format() -> None:
    # A labelled counter shows once it has a sample, whichever tests ran before in this process.
    metrics.ingest_accepted(tenant_id="m-format")
    response = Client(headers=OPERATOR_HEADERS).get("/metrics")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=")
    assert "# TYPE logs_ingest_accepted_total counter" in response.content.decode()
    assert Client().post("/metrics").status_code == 405


class TestIngest:
    def test_it_counts_accepted_records_by_tenant(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        before = metric_value("logs_ingest_accepted_total", tenant="m-accepted")
        enqueues = metric_value("logs_enqueue_seconds_count")

        assert post(api_client("m-accepted"), {"text": "x"}).status_code == 202

        assert metric_value("logs_ingest_accepted_total", tenant="m-accepted") == before + 1
        assert metric_value("logs_enqueue_seconds_count") == enqueues + 1

    def test_it_counts_rejections_by_tenant_and_reason(
        self, api_client: Callable[..., Client]
    ) -> None:
        labels = {"tenant": "m-rejected", "reason": "invalid_request"}
        before = metric_value("logs_ingest_rejected_total", **labels)

        assert post(api_client("m-rejected"), {"text": ""}).status_code == 400

        assert metric_value("logs_ingest_rejected_total", **labels) == before + 1
        assert metric_value("logs_ingest_accepted_total", tenant="m-rejected") == 0

    def test_it_counts_an_unauthenticated_request_without_a_tenant(self, db: None) -> None:
        labels = {"tenant": "-", "reason": "not_authenticated"}
        before = metric_value("logs_ingest_rejected_total", **labels)

        assert post(Client(), {"tenant_id": "t", "text": "x"}).status_code == 401

        assert metric_value("logs_ingest_rejected_total", **labels) == before + 1

    def test_it_counts_a_record_sqs_did_not_take(
        self, delete_queue: Callable[..., None], api_client: Callable[..., Client]
    ) -> None:
        client = api_client("m-queue")
        labels = {"tenant": "m-queue", "reason": "queue_unavailable"}
        before = metric_value("logs_ingest_rejected_total", **labels)
        delete_queue(settings.LOGS_QUEUE)

        assert post(client, {"text": "x"}).status_code == 503

        assert metric_value("logs_ingest_rejected_total", **labels) == before + 1


class TestQueueDepth:
    def test_it_reports_the_depth_of_the_queue_and_the_dlq(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        client = api_client("m-depth")
        for _ in range(2):
            assert post(client, {"text": "x"}).status_code == 202
        QUEUE_DEPTH.clear()

        samples = scrape()

        def depth(queue: str, state: str) -> float:
            labels = frozenset({"queue": queue, "state": state}.items())
            return samples[("logs_queue_messages", labels)]

        assert depth(settings.LOGS_QUEUE, "visible") == 2
        assert depth(settings.LOGS_QUEUE, "in_flight") == 0
        assert depth(settings.LOGS_DLQ, "visible") == 0

    def test_it_reads_sqs_at_most_once_per_cache_period(
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        collector = QueueDepthCollector(ttl=3600)
        client = api_client("m-cache")

        def visible() -> float:
            [gauge] = collector.collect()
            labels = {"queue": settings.LOGS_QUEUE, "state": "visible"}
            return next(s.value for s in gauge.samples if s.labels == labels)

        first = visible()
        assert post(client, {"text": "x"}).status_code == 202
        cached = visible()
        collector.clear()

        assert (first, cached, visible()) == (0, 0, 1)

    def test_it_still_answers_when_sqs_is_unreachable(self, unreachable_sqs: None) -> None:
        QUEUE_DEPTH.clear()

        samples = scrape()

        assert not [key for key in samples if key[0] == "logs_queue_messages"]


@pytest.fixture
def unreachable_sqs(unreachable_aws: None) -> Iterator[None]:
    yield
    QUEUE_DEPTH.clear()  # depths cached while SQS was unreachable must not leak into others


class TestMultiprocess:
    def test_it_adds_up_the_samples_of_every_process(self) -> None:
        assert os.listdir(os.environ["PROMETHEUS_MULTIPROC_DIR"])
        code = "from core import metrics; metrics.ingest_accepted(tenant_id='m-elsewhere')"

        for _ in range(2):
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)

        assert metric_value("logs_ingest_accepted_total", tenant="m-elsewhere") == 2


@REPO_METRICS_DIR
class TestDefaultDirectory:
    """Without PROMETHEUS_MULTIPROC_DIR the project's own server config still adds up every
    process: gunicorn.conf.py points its workers at var/prometheus/web, emptied at start."""

    @pytest.fixture
    def servers(self, tmp_path: Path) -> Iterator[Servers]:
        started = Servers(tmp_path)
        yield started
        started.stop()

    def test_a_scrape_adds_up_both_gunicorn_workers(self, tmp_path: Path, servers: Servers) -> None:
        base = servers.gunicorn(standalone_env(tmp_path / "db.sqlite3"), workers=2)
        burst = 32

        def refused(_: int) -> int:
            # No API key: a 401 that each worker counts, without database or SQS.
            request = urllib.request.Request(
                f"{base}/api/v1/logs", data=b"{}", headers={"Content-Type": "application/json"}
            )
            try:
                urllib.request.urlopen(request, timeout=10)
            except urllib.error.HTTPError as error:
                return error.code
            return 0

        def counted_by() -> int:
            # The master's file (made before the fork) and one per worker that counted.
            return len(list((DEFAULT_ROOT / WEB).glob("counter_*.db")))

        sent = 0
        with ThreadPoolExecutor(16) as pool:
            while counted_by() < 3 and sent < 50 * burst:  # until both workers served some
                assert set(pool.map(refused, range(burst))) == {401}
                sent += burst

        unauthenticated = frozenset({("tenant", "-"), ("reason", "not_authenticated")})
        assert counted_by() == 3
        for _ in range(4):  # whichever worker serves the scrape
            assert scrape_of(base)[("logs_ingest_rejected_total", unauthenticated)] == sent


class TestWarmup:
    def test_post_fork_builds_the_sqs_client_queue_url_and_broker(self, aws: str) -> None:
        hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
        for cached in (queue_url.cache_clear, shared_broker.cache_clear, reset_clients):
            cached()

        hooks["post_fork"](server=None, worker=None)

        assert queue_url.cache_info().currsize == 1
        assert shared_broker.cache_info().currsize == 1

    def test_post_fork_does_not_fail_when_sqs_is_unreachable(
        self, unreachable_aws: None, caplog: pytest.LogCaptureFixture
    ) -> None:
        hooks = runpy.run_path(str(ROOT / "gunicorn.conf.py"))

        hooks["post_fork"](server=None, worker=None)

        assert "Could not warm the SQS broker" in caplog.text
        assert queue_url.cache_info().currsize == 0


class TestWorker:
    def test_it_counts_stored_records_redactions_and_latency(
        self, start_cluster: Callable[..., Any], api_client: Callable[..., Client]
    ) -> None:
        stored = metric_value("logs_processed_total", outcome="stored")
        phones = metric_value("logs_redactions_total", type="phone")
        emails = metric_value("logs_redactions_total", type="email")
        latencies = metric_value("logs_processing_latency_seconds_count")
        start_cluster()

        body = {"text": "call 800-555-0199 or mail jane@example.com"}
        assert post(api_client("m-worker"), body).status_code == 202

        wait_for(
            lambda: metric_value("logs_processed_total", outcome="stored") == stored + 1, timeout=30
        )
        assert metric_value("logs_redactions_total", type="phone") == phones + 1
        assert metric_value("logs_redactions_total", type="email") == emails + 1
        assert metric_value("logs_processing_latency_seconds_count") == latencies + 1

    def test_it_counts_failed_and_retried_attempts(
        self, start_cluster: Callable[..., Any], api_client: Callable[..., Client]
    ) -> None:
        failed = metric_value("logs_processing_failed_total", error="ChaosFailure")
        retried = metric_value("logs_retried_total")
        start_cluster(CHAOS_FAILURE_RATE=1)

        assert post(api_client("m-chaos"), {"text": "x"}).status_code == 202

        wait_for(
            lambda: (
                metric_value("logs_processing_failed_total", error="ChaosFailure") >= failed + 2
            ),
            timeout=60,
        )
        assert metric_value("logs_retried_total") >= retried + 1
