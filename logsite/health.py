"""Operational endpoints: liveness (/healthz), readiness (/readyz) and metrics (/metrics).

Plain Django views: no API key, no throttling, no session, so a load balancer or Prometheus
can call them without credentials. They reveal queue and table names, nothing else.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_GET
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector

from processing.aws import aws_client
from processing.broker import queue_counts
from processing.tables import MODELS

logger = logging.getLogger(__name__)

QUEUE_DEPTH_CACHE_SECONDS = 5.0


def sqs_check() -> dict[str, Any]:
    """Each queue is reachable and exists ("ok", "missing" or "unreachable: <error>")."""
    sqs = aws_client("sqs")
    queues: dict[str, str] = {}
    for name in (settings.LOGS_QUEUE, settings.LOGS_DLQ):
        try:
            # Looked up afresh, not from the process's cache: a deleted queue must show.
            url = sqs.get_queue_url(QueueName=name)["QueueUrl"]
            sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])
            queues[name] = "ok"
        except sqs.exceptions.QueueDoesNotExist:
            queues[name] = "missing"
        except Exception as error:  # whatever the cause, the answer is "not ready"
            queues[name] = f"unreachable: {type(error).__name__}"
    return {"status": _overall(queues.values(), "ok"), "queues": queues}


def dynamodb_check() -> dict[str, Any]:
    """Each table is reachable, exists and is ACTIVE (else its status, "missing", ...)."""
    dynamodb = aws_client("dynamodb")
    tables: dict[str, str] = {}
    for model in MODELS:
        name = model.Meta.table_name
        try:
            tables[name] = dynamodb.describe_table(TableName=name)["Table"]["TableStatus"]
        except dynamodb.exceptions.ResourceNotFoundException:
            tables[name] = "missing"
        except Exception as error:  # whatever the cause, the answer is "not ready"
            tables[name] = f"unreachable: {type(error).__name__}"
    return {"status": _overall(tables.values(), "ACTIVE"), "tables": tables}


def _overall(states: Any, good: str) -> str:
    return "ok" if all(state == good for state in states) else "fail"


def _answer(checks: dict[str, dict[str, Any]]) -> JsonResponse:
    ok = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ok else "fail", "checks": checks},
        status=200 if ok else 503,
        headers={"Cache-Control": "no-store"},
    )


@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """The process answers; no dependency is called (a dead SQS must not restart the web)."""
    return _answer({})


@require_GET
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready to accept and process logs: both queues and both tables are there."""
    return _answer({"sqs": sqs_check(), "dynamodb": dynamodb_check()})


class QueueDepthCollector:
    """Depth of the ingest queue and its DLQ, read from SQS when scraped (cached a few seconds)."""

    def __init__(self, *, ttl: float) -> None:
        self._ttl = ttl
        self._lock = threading.Lock()
        self._read_at = float("-inf")
        self._depths: list[tuple[str, str, int]] = []

    def collect(self) -> Iterator[Metric]:
        gauge = GaugeMetricFamily(
            "logs_queue_messages",
            "Messages in the SQS queues: visible (waiting) or in flight (held by a worker).",
            labels=["queue", "state"],
        )
        for queue, state, value in self._current():
            gauge.add_metric([queue, state], value)
        yield gauge

    def clear(self) -> None:
        with self._lock:
            self._read_at = float("-inf")

    def _current(self) -> list[tuple[str, str, int]]:
        with self._lock:
            if time.monotonic() - self._read_at >= self._ttl:
                self._depths = self._read()
                self._read_at = time.monotonic()
            return self._depths

    def _read(self) -> list[tuple[str, str, int]]:
        depths = []
        for name in (settings.LOGS_QUEUE, settings.LOGS_DLQ):
            try:
                visible, in_flight = queue_counts(name)
            except Exception as error:  # a scrape must still answer when SQS does not
                logger.warning("Depth of queue %s unavailable: %s", name, type(error).__name__)
                continue
            depths += [(name, "visible", visible), (name, "in_flight", in_flight)]
        return depths


QUEUE_DEPTH = QueueDepthCollector(ttl=QUEUE_DEPTH_CACHE_SECONDS)


@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text format: every process's samples (see logsite.metrics) and queue depths."""
    registry = CollectorRegistry()
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        MultiProcessCollector(registry)
    else:
        registry.register(REGISTRY)
    registry.register(QUEUE_DEPTH)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
