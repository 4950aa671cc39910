"""Ingest API keys: who is calling and whether they may (the tenant: ingest/tenants.py)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed, NotAuthenticated, Throttled
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from core.client_ip import client_ip
from core.errors import TenantInactive
from ingest.tenants import VerifiedKey, tenant_key_cached, tenant_key_verify
from ingest.throttling import auth_failure_record, auth_failures_wait

KEYWORD = "api-key"


def _key_of(request: Request) -> str | None:
    authorization = request.META.get("HTTP_AUTHORIZATION")
    if authorization:
        keyword, _, key = authorization.partition(" ")
        if keyword.lower() == KEYWORD:
            return key.strip() or None
    return request.META.get("HTTP_X_API_KEY") or None


class ApiKeyAuthentication(BaseAuthentication):
    """`Authorization: Api-Key <key>` or `X-API-Key: <key>`; request.auth is a VerifiedKey."""

    def authenticate(self, request: Request) -> tuple[None, VerifiedKey] | None:
        key = _key_of(request)
        if key is None:
            return None
        # An address that sent too many unknown keys is refused before the database is asked
        # (guessing keys costs a query each); keys this process verified still work from it.
        # Behind the configured proxies, the client's address (core/client_ip.py).
        address = client_ip(request._request) or ""
        if not tenant_key_cached(key=key):
            wait = auth_failures_wait(address=address)
            if wait is not None:
                raise Throttled(
                    wait=wait, detail="Too many attempts with unknown API keys from this address."
                )
        verified = tenant_key_verify(key=key)
        if verified is None:
            auth_failure_record(address=address)
            raise AuthenticationFailed("Unknown or revoked API key.")
        return None, verified

    def authenticate_header(self, request: Request) -> str:
        return "Api-Key"


class HasActiveTenantKey(BasePermission):
    """A valid key of an active tenant, or no key at all when INGEST_REQUIRE_API_KEY is off."""

    def has_permission(self, request: Request, view: Any) -> bool:
        key = request.auth
        if not isinstance(key, VerifiedKey):
            if settings.INGEST_REQUIRE_API_KEY:
                raise NotAuthenticated(
                    "An API key is required: send 'Authorization: Api-Key <key>'."
                )
            return True
        if not key.tenant_active:
            raise TenantInactive()
        return True
