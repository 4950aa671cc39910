"""The tenant registry and its ingest API keys: services (writes), then selectors (reads)."""

from __future__ import annotations

import enum
import logging
import time
from dataclasses import dataclass
from typing import Any, Final

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from rest_framework.request import Request

from core.database import brief_database_wait
from core.errors import TenantForbidden, TenantMismatch
from core.records import TENANT_ID_RE
from ingest.models import Tenant, TenantAPIKey

logger = logging.getLogger(__name__)

LAST_USED_INTERVAL = 60.0  # seconds between two last_used writes for one key in one process


@dataclass(frozen=True, slots=True)
class VerifiedKey:
    key_id: str
    prefix: str
    tenant_id: str
    tenant_active: bool


class _NotNamed(enum.Enum):
    NOT_NAMED = "not named"


# A request that names no tenant: not None, which a JSON body may send (and is refused).
NOT_NAMED: Final = _NotNamed.NOT_NAMED


def request_tenant(*, key: VerifiedKey | None, header: str | None, named: Any = NOT_NAMED) -> Any:
    """The tenant a request writes to, from its API key, X-Tenant-ID and the tenant_id it names.

    The one place the tenant is decided (the JSON and text API, OTLP, the rate limit).
    X-Tenant-ID fills in an absent tenant_id and must not contradict a present one
    (TenantMismatch). With a key, nothing named means the key's tenant, and a well-formed id of
    another tenant is TenantForbidden. Anything else named (null, a wrong type, a malformed id)
    is returned for the caller's validation to reject, as is NOT_NAMED without a key.
    """
    if named is NOT_NAMED:
        named = NOT_NAMED if header is None else header
    elif header is not None and named != header:
        raise TenantMismatch()
    if key is None:
        return named
    if named is NOT_NAMED:
        return key.tenant_id
    if is_tenant_id(named) and named != key.tenant_id:
        raise TenantForbidden()
    return named


def is_tenant_id(value: Any) -> bool:
    return isinstance(value, str) and TENANT_ID_RE.fullmatch(value) is not None


def verified_key(request: Request) -> VerifiedKey | None:
    """The request's verified API key, once authenticated; None without one.

    Reads what authentication found without running it again: after a failed authentication
    (or before any), `request.auth` would authenticate once more.
    """
    key = getattr(request, "_auth", None)
    return key if isinstance(key, VerifiedKey) else None


# The verified keys of this process, by plaintext key: (monotonic expiry, key). Only keys that
# passed verification are kept, so their number is bounded by the keys that exist.
_verified: dict[str, tuple[float, VerifiedKey]] = {}
# When this process last wrote last_used, by key id.
_touched: dict[str, float] = {}


def tenant_create(*, tenant_id: str, name: str = "") -> Tenant:
    """Register a tenant; raises ValidationError for a malformed or taken tenant id."""
    tenant = Tenant(tenant_id=tenant_id, name=name or tenant_id)
    tenant.full_clean()
    tenant.save(force_insert=True)
    return tenant


def tenant_deactivate(*, tenant_id: str) -> Tenant:
    """Refuse the tenant's keys from now on (other web processes within the key cache time)."""
    tenant = Tenant.objects.get(tenant_id=tenant_id)
    tenant.active = False
    tenant.save(update_fields=["active"])
    _verified.clear()
    return tenant


def tenant_key_create(*, tenant_id: str, name: str) -> tuple[TenantAPIKey, str]:
    """A new key for an active tenant: (stored key, plaintext). The plaintext is not kept."""
    tenant = Tenant.objects.get(tenant_id=tenant_id)
    if not tenant.active:
        raise ValueError(f"Tenant {tenant_id} is inactive.")
    api_key, plaintext = TenantAPIKey.objects.create_key(tenant=tenant, name=name)
    return api_key, plaintext  # type: ignore[return-value]


def tenant_key_revoke(*, tenant_id: str, prefix: str) -> TenantAPIKey:
    """Revoke one key of a tenant for good; raises TenantAPIKey.DoesNotExist if it has none."""
    with transaction.atomic():
        api_key = TenantAPIKey.objects.select_for_update().get(tenant_id=tenant_id, prefix=prefix)
        if not api_key.revoked:
            api_key.revoked = True
            api_key.save(update_fields=["revoked"])
    _verified.clear()
    return api_key


def tenant_list() -> QuerySet[Tenant]:
    return Tenant.objects.annotate(
        usable_keys=Count("api_keys", filter=Q(api_keys__revoked=False))
    ).order_by("tenant_id")


def tenant_key_list(*, tenant_id: str) -> QuerySet[TenantAPIKey]:
    """The keys of a tenant, newest first; raises Tenant.DoesNotExist for an unknown tenant."""
    tenant = Tenant.objects.get(tenant_id=tenant_id)
    return tenant.api_keys.order_by("-created")


def tenant_key_verify(*, key: str) -> VerifiedKey | None:
    """The tenant a plaintext key belongs to, or None for an unknown, revoked or expired key.

    A verified key is remembered for INGEST_KEY_CACHE_SECONDS, so a request normally costs no
    database query; last_used is written at most once a minute per key.
    """
    now = time.monotonic()
    cached = _verified.get(key)
    if cached is not None and cached[0] > now:
        verified = cached[1]
    else:
        found = tenant_key_find(key=key)
        if found is None:
            _verified.pop(key, None)
            return None
        verified = found
        _verified[key] = (now + settings.INGEST_KEY_CACHE_SECONDS, verified)
    if now - _touched.get(verified.key_id, -LAST_USED_INTERVAL) >= LAST_USED_INTERVAL:
        _touched[verified.key_id] = now
        _touch(verified.key_id)
    return verified


def tenant_key_find(*, key: str) -> VerifiedKey | None:
    """tenant_key_verify without its cache and without recording a use."""
    prefix, dot, _ = key.partition(".")
    if not dot or not prefix or len(key) > 200:
        return None
    api_key = (
        TenantAPIKey.objects.select_related("tenant").filter(prefix=prefix, revoked=False).first()
    )
    if api_key is None or api_key.has_expired or not api_key.is_valid(key):
        return None
    return VerifiedKey(
        key_id=api_key.pk,
        prefix=api_key.prefix,
        tenant_id=api_key.tenant.tenant_id,
        tenant_active=api_key.tenant.active,
    )


def tenant_key_cached(*, key: str) -> bool:
    """This process verified `key` recently: using it again costs no database query."""
    cached = _verified.get(key)
    return cached is not None and cached[0] > time.monotonic()


def _touch(key_id: str) -> None:
    try:
        # A locked database is not waited for over a statistic: the next minute's use tries again.
        with brief_database_wait():
            TenantAPIKey.objects.filter(pk=key_id).update(last_used=timezone.now())
    except DatabaseError as error:
        # A busy database must not fail an ingest request over a statistic.
        logger.warning("Could not record the last use of an API key: %s", type(error).__name__)
