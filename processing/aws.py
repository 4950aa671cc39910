"""boto3 clients built once per process, with timeouts and bounded retries; transient faults."""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, TypeVar

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError
from django.conf import settings
from pynamodb.exceptions import PynamoDBException

from core import metrics

logger = logging.getLogger(__name__)

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
        # Every worker thread of a process may hold a connection at once.
        max_pool_connections=max(64, settings.QCLUSTER_THREADS + 8),
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


# --- Transient faults, retried inside one processing attempt ----------------------------------
# What real AWS answers when a retry a moment later is likely to succeed: throttling, a
# transaction that lost a race (TransactionConflict), a server-side error, a timeout.
TRANSIENT_CODES = frozenset(
    {
        "ThrottlingException",
        "Throttling",
        "ThrottlingError",
        "RequestLimitExceeded",
        "ProvisionedThroughputExceededException",
        "ProvisionedThroughputExceeded",
        "TransactionConflict",
        "TransactionInProgressException",
        "InternalServerError",
        "InternalFailure",
        "InternalError",
        "ServiceUnavailable",
        "ServiceUnavailableException",
        "RequestTimeout",
        "RequestThrottled",
    }
)
BACKOFF_BASE = 0.05  # seconds before the first retry, at most (full jitter)
BACKOFF_CAP = 2.0

T = TypeVar("T")

# The monotonic time by which the running task must be done (set by processing.cluster for
# each task it runs); retries stop in time for the attempt to end before it.
attempt_deadline: ContextVar[float | None] = ContextVar("attempt_deadline", default=None)


def is_transient(error: BaseException) -> bool:
    """True for an AWS error that a retry can cure (never for a refused condition)."""
    if isinstance(error, PynamoDBException) and error.cause is not None:
        # PynamoDB re-raises a ClientError without its cancellation reasons or HTTP status,
        # chained to the original.
        cause = error.cause
        return is_transient(cause.__cause__ if isinstance(cause.__cause__, ClientError) else cause)
    if isinstance(error, (BotoConnectionError, HTTPClientError)):
        return True  # refused, reset or timed out: the call may or may not have gone through
    if not isinstance(error, ClientError):
        return False
    response: dict[str, Any] = dict(error.response)
    code = response.get("Error", {}).get("Code", "")
    if code == "TransactionCanceledException":
        reasons = {reason.get("Code") for reason in response.get("CancellationReasons", [])}
        reasons.discard("None")
        return bool(reasons) and reasons <= TRANSIENT_CODES
    status = int(response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
    return code in TRANSIENT_CODES or status >= 500


def backoff_pause(retry: int) -> float:
    """Full-jitter exponential backoff: uniform in [0, min(cap, base * 2**retry)]."""
    return random.uniform(0, min(BACKOFF_CAP, BACKOFF_BASE * 2**retry))


def retry_deadline() -> float:
    """When retries must stop: the running task's deadline less one call, else the budget."""
    deadline = attempt_deadline.get()
    one_call = settings.AWS_CONNECT_TIMEOUT + settings.AWS_READ_TIMEOUT
    if deadline is None:
        return time.monotonic() + settings.AWS_RETRY_BUDGET
    return deadline - one_call


def with_retries(call: Callable[[], T], *, what: str, deadline: float | None = None) -> T:
    """call(), retried after transient faults with jittered backoff until `deadline`.

    A receive of the message is spent only when the deadline passes (the last error is
    raised then), or at once for an error no retry can cure.
    """
    deadline = retry_deadline() if deadline is None else deadline
    retry = 0
    while True:
        try:
            return call()
        except Exception as error:
            pause = backoff_pause(retry)
            if not is_transient(error) or time.monotonic() + pause > deadline:
                raise
            name = _error_name(error)
            metrics.AWS_RETRIES.labels(what, name).inc()
            logger.info(
                "Transient AWS fault, retrying",
                extra={"call": what, "error": name, "retry": retry + 1},
            )
            retry += 1
            time.sleep(pause)


def _error_name(error: BaseException) -> str:
    cause = error.cause if isinstance(error, PynamoDBException) and error.cause else error
    if isinstance(cause, ClientError):
        return str(cause.response.get("Error", {}).get("Code", type(cause).__name__))
    return type(cause).__name__
