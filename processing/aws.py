"""boto3 clients built once per process, with timeouts and bounded retries."""

from __future__ import annotations

import os
import threading
from typing import Any

import boto3
from botocore.config import Config
from django.conf import settings

_lock = threading.Lock()
_clients: dict[tuple[int, str], Any] = {}


def client_config(*, read_timeout: float | None = None) -> Config:
    return Config(
        region_name=settings.AWS_REGION,
        connect_timeout=settings.AWS_CONNECT_TIMEOUT,
        read_timeout=read_timeout or settings.AWS_READ_TIMEOUT,
        # total_max_attempts counts the first attempt too, as AWS_MAX_ATTEMPTS does for botocore
        # (its `max_attempts` key would add one more): the timeout arithmetic in settings relies
        # on it.
        retries={"total_max_attempts": settings.AWS_MAX_ATTEMPTS, "mode": "standard"},
        max_pool_connections=64,
    )


def aws_client(service: str) -> Any:
    """The process's shared client for `service` ("sqs" or "dynamodb").

    Clients are thread-safe but must not cross a fork (their connection pools would be shared),
    so the cache is keyed by process id.
    """
    key = (os.getpid(), service)
    found = _clients.get(key)
    if found is not None:
        return found
    with _lock:
        if key not in _clients:
            # A long poll holds the read open for QUEUE_WAIT_SECONDS on purpose.
            read_timeout = settings.AWS_READ_TIMEOUT
            if service == "sqs":
                read_timeout += settings.QUEUE_WAIT_SECONDS
            _clients[key] = boto3.session.Session().client(
                service,
                endpoint_url=settings.AWS_ENDPOINT_URL,
                config=client_config(read_timeout=read_timeout),
            )
        return _clients[key]


def reset_clients() -> None:
    """Forget cached clients, e.g. after the endpoint setting changed."""
    with _lock:
        _clients.clear()
