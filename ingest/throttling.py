"""Per-tenant rate limits on ingest: records and bytes per fixed window, shared by every process.

A request costs its records (a 1,000-record batch costs 1,000) against INGEST_RATE_LIMIT and its
body bytes (as received) against INGEST_RATE_LIMIT_BYTES. Each tenant has one counter per
limit and window in the shared cache (`add`, then `incr`).

So that a request does not cost a write to the shared cache (the database, by default), each
process counts locally and adds its count to the shared counter in batches of 1% of the limit,
at least once a second, and before it refuses. The price is that each web process may let
through up to 1% of the limit too many in a window. Counts only grow within a window: what a
refused request sent counts too, so a client that keeps sending over the limit stays refused
until the window ends.

The shared counter must not stall ingest: its writes wait at most INGEST_DATABASE_WAIT_MS for
a locked database and are made outside the process's lock, by one thread at a time. When the
store fails (locked, missing table, unreachable), the process enforces the same limits on its
own counts (a per-process fallback, counted in /metrics, named by /readyz) and tries the store
again after STORE_RETRY_SECONDS; what it counted meanwhile is added to the shared counter then.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from core import metrics
from core.database import brief_database_wait
from core.errors import TenantForbidden, TenantMismatch
from ingest.otlp import record_count
from ingest.tenants import NOT_NAMED, is_tenant_id, request_tenant, verified_key

logger = logging.getLogger(__name__)

SYNC_SECONDS = 1.0
STORE_RETRY_SECONDS = 1.0
MAX_TRACKED = 10_000  # tenants (or addresses) tracked per process before old windows go
PERIOD_NAMES = {1: "second", 60: "minute", 3600: "hour", 86400: "day"}


@dataclass(slots=True)
class _Window:
    number: int
    synced_at: float
    shared: int = 0  # the shared count when this process last added its counts
    pending: int = 0  # counted here and not yet added to the shared count
    syncing: bool = False  # a thread is adding `pending` to the shared count right now


@dataclass(slots=True)
class _Store:
    retry_at: float = float("-inf")  # monotonic time before which the store is not tried
    error: str | None = None  # why the last write to it failed; None once one succeeded


_windows: dict[tuple[str, str], _Window] = {}  # (tenant id, "records" or "bytes")
_store = _Store()
_lock = threading.Lock()  # guards the two above; never held while the store is called


def rate_limit_store_error() -> str | None:
    """Why this process counts on its own (the shared counter failed), or None."""
    with _lock:
        return _store.error


class TenantRateThrottle(BaseThrottle):
    """INGEST_RATE_LIMIT records and INGEST_RATE_LIMIT_BYTES bytes per tenant and window.

    Over either: 429 with Retry-After and a detail that names the limit.
    """

    def allow_request(self, request: Request, view: Any) -> bool:
        limits = [
            ("records", settings.INGEST_RATE_LIMIT),
            ("bytes", settings.INGEST_RATE_LIMIT_BYTES),
        ]
        if not any(rate for _, rate in limits):
            return True
        tenant_id = _tenant_of(request)
        if tenant_id is None:
            return True
        costs = {"records": _records_of(request), "bytes": _bytes_of(request)}
        now = time.time()
        for unit, rate in limits:
            if rate is None:
                continue
            limit, seconds = rate
            number = int(now // seconds)
            count = _hit(
                (tenant_id, unit), number=number, limit=limit, seconds=seconds, amount=costs[unit]
            )
            if count > limit:
                period = PERIOD_NAMES.get(seconds, f"{seconds} s")
                raise Throttled(
                    wait=(number + 1) * seconds - now,
                    detail=f"Rate limit of {limit} {unit} per {period} for tenant {tenant_id} "
                    f"reached: this request brings it to {count} {unit}.",
                )
        return True


def _tenant_of(request: Request) -> str | None:
    """The tenant whose limits the request counts against: the one it writes to.

    That is decided by ingest/tenants.py. A request the view will refuse for the tenant it
    names still counts against its key's tenant; without a key (INGEST_REQUIRE_API_KEY off)
    it counts against none, nor does one that names no valid tenant (None).
    """
    key = verified_key(request)
    named = NOT_NAMED
    if _parseable(request) and isinstance(request.data, dict):
        named = request.data.get("tenant_id", NOT_NAMED)
    try:
        tenant = request_tenant(key=key, header=request.headers.get("X-Tenant-ID"), named=named)
    except (TenantForbidden, TenantMismatch):
        tenant = None
    if is_tenant_id(tenant):
        return str(tenant)
    return key.tenant_id if key is not None else None


def _parseable(request: Request) -> bool:
    """A parser of the view takes the body (else the view answers the 415 itself)."""
    negotiator = request.negotiator
    return (
        negotiator is not None
        and negotiator.select_parser(request, request.parsers or ()) is not None
    )


def _records_of(request: Request) -> int:
    """The records the request carries: a batch its length, an OTLP export its log records."""
    if not _parseable(request):
        return 1
    data = request.data  # parsed once; the view reads the same object
    if isinstance(data, list):
        return max(len(data), 1)
    if isinstance(data, ExportLogsServiceRequest):
        return max(record_count(data), 1)
    return 1


def _bytes_of(request: Request) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def _hit(key: tuple[str, str], *, number: int, limit: int, seconds: int, amount: int) -> int:
    """Count `amount`; returns the count of `key` in the window as far as it is known."""
    now = time.monotonic()
    with _lock:
        window = _windows.get(key)
        if window is None or window.number != number:
            if len(_windows) >= MAX_TRACKED:
                for stale in [k for k, w in _windows.items() if w.number != number]:
                    del _windows[stale]
            window = _windows[key] = _Window(number=number, synced_at=now)
        window.pending += amount
        count = window.shared + window.pending
        if window.shared >= limit:
            # Counts only grow within a window: refused until it ends, with no cache call.
            return count
        due = (
            window.pending >= max(1, limit // 100)
            or now - window.synced_at >= SYNC_SECONDS
            or count > limit
        )
        if not due or window.syncing:
            # Not due, or another thread is syncing (never waited for): decided on the count
            # known here, a lower bound of the shared one, so a refusal on it is right anyway.
            return count
        if now < _store.retry_at:
            metrics.rate_limit_fallback()
            return count
        window.syncing = True
        sending, window.pending = window.pending, 0
    shared: int | None = None
    error: Exception | None = None
    try:
        # One transaction: Django's database cache hides a failed write (it answers as if it
        # were done) and its incr is a read then a write. With SQLite's IMMEDIATE transactions
        # the write lock is taken first, so a locked database raises here, and no other
        # process writes between the read and the write.
        with brief_database_wait(), transaction.atomic():
            cache.add(_cache_key(key, number), 0, timeout=seconds + 60)
            shared = int(cache.incr(_cache_key(key, number), sending))
    except Exception as failure:  # whatever the store's problem, ingest goes on without it
        error = failure
    with _lock:
        window.syncing = False
        window.synced_at = now
        if shared is None:
            window.pending += sending  # added to the shared count once the store is back
            _store.retry_at = now + STORE_RETRY_SECONDS
            _store.error = type(error).__name__
        else:
            window.shared = max(window.shared, shared)
            _store.error = None
        count = window.shared + window.pending
    if error is not None:
        metrics.rate_limit_fallback()
        logger.warning(
            "Rate limit counter unavailable, counting in this process: %s", type(error).__name__
        )
    return count


def _cache_key(key: tuple[str, str], number: int) -> str:
    tenant_id, unit = key
    prefix = "ingest-rate" if unit == "records" else "ingest-rate-bytes"
    return f"{prefix}:{tenant_id}:{number}"


@dataclass(slots=True)
class _Failures:
    number: int
    count: int = 0


_failures: dict[str, _Failures] = {}
_failures_lock = threading.Lock()


def auth_failures_wait(*, address: str) -> float | None:
    """Seconds until `address` may try another unknown key, or None when it may now.

    Counted per web process, in memory: a refused attempt costs no database query.
    """
    rate = settings.INGEST_AUTH_FAILURE_LIMIT
    if rate is None:
        return None
    limit, seconds = rate
    now = time.time()
    number = int(now // seconds)
    with _failures_lock:
        failures = _failures.get(address)
        if failures is None or failures.number != number or failures.count < limit:
            return None
    return (number + 1) * seconds - now


def auth_failure_record(*, address: str) -> None:
    """Count one attempt with an unknown, revoked or expired key from `address`."""
    rate = settings.INGEST_AUTH_FAILURE_LIMIT
    if rate is None:
        return
    number = int(time.time() // rate[1])
    with _failures_lock:
        failures = _failures.get(address)
        if failures is None or failures.number != number:
            if len(_failures) >= MAX_TRACKED:
                for stale in [a for a, f in _failures.items() if f.number != number]:
                    del _failures[stale]
                if len(_failures) >= MAX_TRACKED:
                    return  # bounded memory: so many addresses are not held back one by one
            failures = _failures[address] = _Failures(number=number)
        failures.count += 1
