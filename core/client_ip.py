"""The client address of a request, as the configured reverse proxies report it.

django-axes keys login lockouts on it (AXES_CLIENT_IP_CALLABLE). Behind a TLS proxy every
connection comes from the proxy, so REMOTE_ADDR alone would put every client in one bucket and
let anyone lock an evaluator out by username. Only the proxies' own X-Forwarded-For entries are
believed: a client can prepend anything to that header, never append after its proxy.
"""

from __future__ import annotations

import ipaddress
from functools import cache

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The address TRUSTED_PROXY_COUNT hops left of the connection's, or REMOTE_ADDR.

    REMOTE_ADDR is the nearest proxy and X-Forwarded-For lists, left to right, the client and
    the proxies before the nearest one. A header with fewer entries than proxies, or an entry
    that is not an address, did not come through the configured chain: then REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    hops = settings.TRUSTED_PROXY_COUNT
    if hops == 0 or remote is None or not _from_trusted_proxy(remote):
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < hops:
        return remote
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def _from_trusted_proxy(remote: str) -> bool:
    networks = _networks(tuple(settings.TRUSTED_PROXY_IPS))
    if not networks:  # no list: the proxy count alone is trusted (the app is behind it only)
        return True
    try:
        address = ipaddress.ip_address(remote)
    except ValueError:
        return False
    return any(address in network for network in networks)


@cache
def _networks(
    entries: tuple[str, ...],
) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    return tuple(ipaddress.ip_network(entry, strict=False) for entry in entries)
