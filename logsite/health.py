"""Operational endpoints: liveness (/healthz), readiness (/readyz) and metrics (/metrics).

Plain Django views: no API key, no throttling, no session. /healthz is open (a load balancer
calls it and it reveals nothing). /readyz and /metrics name every tenant and its volume, so
they need `Authorization: Bearer <METRICS_TOKEN>`; without a token configured they are served
in local development (DJANGO_DEBUG=1) only, and refused otherwise: never open by accident.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
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

from core.database import brief_database_wait
from core.metrics_dir import metrics_dirs
from ingest.throttling import rate_limit_store_error
from processing.aws import aws_client
from processing.sqs import queue_attributes, queue_counts, queue_url_lookup
from processing.tables import MODELS

logger = logging.getLogger(__name__)

QUEUE_DEPTH_CACHE_SECONDS = 5.0
READY_PROBE_KEY = "readyz-probe"
View = Callable[[HttpRequest], HttpResponse]


def operator_only(view: View) -> View:
    """The view answers only a request with `Authorization: Bearer <METRICS_TOKEN>`.

    Without METRICS_TOKEN it answers in local development (DEBUG) and is refused (403)
    otherwise, so that a forgotten setting closes the endpoint instead of opening it.
    """

    @wraps(view)
    def guarded(request: HttpRequest) -> HttpResponse:
        token = settings.METRICS_TOKEN
        if token is None:
            if settings.DEBUG:
                return view(request)
            return _refusal(
                403,
                "metrics_token_unset",
                "Set METRICS_TOKEN and send 'Authorization: Bearer <token>'.",
            )
        keyword, _, sent = request.headers.get("Authorization", "").partition(" ")
        if keyword.lower() != "bearer" or not hmac.compare_digest(
            sent.strip().encode(), token.encode()
        ):
            response = _refusal(
                401, "not_authenticated", "Send 'Authorization: Bearer <METRICS_TOKEN>'."
            )
            response["WWW-Authenticate"] = 'Bearer realm="operations"'
            return response
        return view(request)

    return guarded


def _refusal(status: int, code: str, detail: str) -> JsonResponse:
    return JsonResponse(
        {"error": code, "detail": detail, "fields": {}},
        status=status,
        headers={"Cache-Control": "no-store"},
    )


def sqs_check() -> dict[str, Any]:
    """Each queue is reachable and exists ("ok", "missing" or "unreachable: <error>")."""
    queues: dict[str, str] = {}
    for name in (settings.LOGS_QUEUE, settings.LOGS_DLQ):
        try:
            # Looked up afresh, not from the process's cache: a deleted queue must show.
            url = queue_url_lookup(name)
            if url is None:
                queues[name] = "missing"
                continue
            queue_attributes(url, names=["QueueArn"])
            queues[name] = "ok"
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


def cache_check() -> dict[str, Any]:
    """The shared cache (rate-limit counters, the workers' status) takes a write right now.

    Also names how this process's rate limiter counts: "shared", or "per-process" with the
    error that made it fall back (ingest.throttling).
    """
    try:
        # In a transaction of its own: the database cache hides a failed write, while taking
        # the write lock (SQLite's IMMEDIATE transactions) raises.
        with brief_database_wait(), transaction.atomic():
            cache.set(READY_PROBE_KEY, time.time(), timeout=60)
        state = "ok"
    except Exception as error:  # whatever the cause, the answer is "not ready"
        state = f"unavailable: {type(error).__name__}"
    fallback = rate_limit_store_error()
    return {
        "status": "ok" if state == "ok" else "fail",
        "caches": {"default": state},
        "rate_limit": "shared" if fallback is None else f"per-process: {fallback}",
    }


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
@operator_only
def readyz(request: HttpRequest) -> HttpResponse:
    """Ready to accept and process logs: both queues, both tables and the cache are there."""
    return _answer({"sqs": sqs_check(), "dynamodb": dynamodb_check(), "cache": cache_check()})


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


class ProcessFilesCollector:
    """The samples every process wrote to these directories, added up into one family each."""

    def __init__(self, dirs: list[Path]) -> None:
        self._dirs = dirs

    def collect(self) -> Iterable[Metric]:
        files = [str(file) for path in self._dirs for file in sorted(path.glob("*.db"))]
        return MultiProcessCollector.merge(files, accumulate=True)


@require_GET
@operator_only
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus text format: every process's samples (see core.metrics) and queue depths."""
    registry = CollectorRegistry()
    dirs = metrics_dirs()
    if dirs:
        registry.register(ProcessFilesCollector(dirs))
    else:
        registry.register(REGISTRY)  # this process keeps its samples in memory
    registry.register(QUEUE_DEPTH)
    return HttpResponse(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)
