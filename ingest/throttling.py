"""Per-tenant rate limit on ingest: a fixed-window counter shared by every web process.

DRF's SimpleRateThrottle stores the timestamp of every request in the cache (6000 of them at
the default rate, pickled on each request). Here each tenant has one counter per window in the
shared cache (`add`, then `incr`).

So that a request does not cost a write to the shared cache (the database, by default), each
process counts hits locally and adds them to the shared counter in batches of 1% of the limit,
at least once a second, and always before it first refuses a request in a window. A refusal is
therefore based on the shared count (and, once that count reached the limit, costs no cache
call until the window ends); the price is that each web process may let through up to 1% of
the limit too many in a window.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from rest_framework.request import Request
from rest_framework.throttling import BaseThrottle

from ingest.records import TENANT_ID_RE
from ingest.tenants import VerifiedKey

logger = logging.getLogger(__name__)

SYNC_SECONDS = 1.0
MAX_TRACKED = 10_000  # tenants tracked per process before windows that ended are dropped


@dataclass(slots=True)
class _Window:
    number: int
    synced_at: float
    shared: int = 0  # the shared count when this process last added its hits
    pending: int = 0  # hits counted here and not yet added to the shared count


_windows: dict[str, _Window] = {}
_lock = threading.Lock()


class TenantRateThrottle(BaseThrottle):
    """At most INGEST_RATE_LIMIT requests per tenant and window; over it: 429, Retry-After."""

    def __init__(self) -> None:
        self.remaining = 0.0

    def allow_request(self, request: Request, view: Any) -> bool:
        rate = settings.INGEST_RATE_LIMIT
        if rate is None:
            return True
        tenant_id = _tenant_of(request)
        if tenant_id is None:
            return True
        limit, seconds = rate
        now = time.time()
        number = int(now // seconds)
        self.remaining = (number + 1) * seconds - now
        return _hit(tenant_id, number=number, limit=limit, seconds=seconds) <= limit

    def wait(self) -> float:
        return math.ceil(self.remaining)


def _tenant_of(request: Request) -> str | None:
    if isinstance(request.auth, VerifiedKey):
        return request.auth.tenant_id
    # Without keys (INGEST_REQUIRE_API_KEY off) the limit applies to the tenant named.
    claimed = request.headers.get("X-Tenant-ID")
    if claimed is None and isinstance(request.data, dict):
        claimed = request.data.get("tenant_id")
    return claimed if isinstance(claimed, str) and TENANT_ID_RE.fullmatch(claimed) else None


def _hit(tenant_id: str, *, number: int, limit: int, seconds: int) -> int:
    """Count one request; returns the tenant's count in the window as far as it is known."""
    now = time.monotonic()
    with _lock:
        window = _windows.get(tenant_id)
        if window is None or window.number != number:
            if len(_windows) >= MAX_TRACKED:
                for stale in [t for t, w in _windows.items() if w.number != number]:
                    del _windows[stale]
            window = _windows[tenant_id] = _Window(number=number, synced_at=now)
        window.pending += 1
        if window.shared >= limit:
            # Counts only grow within a window: refused until it ends, with no cache call.
            return window.shared + window.pending
        if (
            window.pending >= max(1, limit // 100)
            or now - window.synced_at >= SYNC_SECONDS
            or window.shared + window.pending > limit
        ):
            _sync(window, key=f"ingest-rate:{tenant_id}:{number}", seconds=seconds, now=now)
        return window.shared + window.pending


def _sync(window: _Window, *, key: str, seconds: int, now: float) -> None:
    try:
        cache.add(key, 0, timeout=seconds + 60)
        window.shared = cache.incr(key, window.pending)
    except Exception as error:
        # The limit protects the service; it must not take ingest down with the cache: this
        # process counts on its own until the next sync.
        logger.warning("Rate limit counter unavailable: %s", type(error).__name__)
        window.shared += window.pending
    window.pending = 0
    window.synced_at = now
