from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from logsite.health import QUEUE_DEPTH, QueueDepthCollector
from processing.aws import aws_client
from processing.broker import queue_url, shared_broker
from tests.helpers import metric_samples, metric_value, wait_for

URL = "/api/v1/logs"
ROOT = Path(__file__).resolve().parent.parent


def scrape() -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    QUEUE_DEPTH.clear()
    return metric_samples()


def post(client: Client, body: dict[str, Any]) -> Any:
    return client.post(URL, data=json.dumps(body), content_type="application/json")


def test_it_serves_the_prometheus_text_format() -> None:
    response = Client().get("/metrics")

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
        self, aws: str, api_client: Callable[..., Client]
    ) -> None:
        client = api_client("m-queue")
        labels = {"tenant": "m-queue", "reason": "queue_unavailable"}
        before = metric_value("logs_ingest_rejected_total", **labels)
        aws_client("sqs").delete_queue(QueueUrl=queue_url(settings.LOGS_QUEUE))
        queue_url.cache_clear()
        shared_broker.cache_clear()

        assert post(client, {"text": "x"}).status_code == 503

        assert metric_value("logs_ingest_rejected_total", **labels) == before + 1
        shared_broker.cache_clear()


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
        code = "from logsite import metrics; metrics.ingest_accepted(tenant_id='m-elsewhere')"

        for _ in range(2):
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)

        assert metric_value("logs_ingest_accepted_total", tenant="m-elsewhere") == 2


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
