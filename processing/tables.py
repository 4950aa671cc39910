"""DynamoDB storage: every table the service uses, as PynamoDB models."""

from __future__ import annotations

import math
import os
import threading
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from pynamodb.attributes import (
    MapAttribute,
    NumberAttribute,
    TTLAttribute,
    UnicodeAttribute,
    UTCDateTimeAttribute,
)
from pynamodb.connection import Connection
from pynamodb.indexes import AllProjection, GlobalSecondaryIndex
from pynamodb.models import Model

TOTAL_BUCKET = "total"
MINUTE_BUCKET_PREFIX = "m#"
MINUTE_BUCKET_TTL = timedelta(days=2)


class ReceivedIndex(GlobalSecondaryIndex["LogItem"]):
    """A tenant's records newest first, without the 10 GB per-tenant cap of an LSI."""

    class Meta:
        index_name = "tenant-received-index"
        projection = AllProjection()

    tenant_id = UnicodeAttribute(hash_key=True)
    received_at = UTCDateTimeAttribute(range_key=True)


class LogItem(Model):
    class Meta:
        table_name = "MultiTenantLogs"

    tenant_id = UnicodeAttribute(hash_key=True)
    log_id = UnicodeAttribute(range_key=True)
    text = UnicodeAttribute()  # redacted: the raw text is never stored
    source = UnicodeAttribute()
    received_at = UTCDateTimeAttribute()
    processed_at = UTCDateTimeAttribute()
    redactions = MapAttribute[str, int](default=dict)
    # OTLP records only: severity, times, ids, attributes, resource; every string redacted,
    # size-bounded at ingest (ingest/otlp.py). Absent for the service's own JSON and text.
    structured = MapAttribute[str, Any](null=True)
    by_received = ReceivedIndex()


class TenantStatsItem(Model):
    """Per-tenant counters, write-sharded: LOGS_COUNTER_SHARDS `total` items and as many per
    minute of processing; a record adds 1 to one shard of each, a read sums the shards.

    Shard 0 keeps the unsharded key names (`total`, `m#<minute>`), so older counts still add up.
    """

    class Meta:
        table_name = "MultiTenantLogStats"

    tenant_id = UnicodeAttribute(hash_key=True)
    bucket = UnicodeAttribute(range_key=True)
    stored = NumberAttribute(default=0)
    last_processed_at = UTCDateTimeAttribute(null=True)
    expires_at = TTLAttribute(null=True)


SHARD_SEPARATOR = "#"


def minute_bucket(moment: datetime, shard: int = 0) -> str:
    return _sharded(MINUTE_BUCKET_PREFIX + moment.strftime("%Y-%m-%dT%H:%M"), shard)


def total_bucket(shard: int = 0) -> str:
    return _sharded(TOTAL_BUCKET, shard)


def counter_shards() -> range:
    return range(int(settings.LOGS_COUNTER_SHARDS))


def _sharded(bucket: str, shard: int) -> str:
    return f"{bucket}{SHARD_SEPARATOR}{shard}" if shard else bucket


MODELS: tuple[type[Model], ...] = (LogItem, TenantStatsItem)


def configure_tables() -> None:
    """Apply the AWS settings to every model and drop cached connections.

    PynamoDB reads Meta once per connection and caches the connection on the class, so this runs
    at start-up and again whenever the settings change (tests point at a fresh emulator).
    """
    table_names = {LogItem: settings.LOGS_TABLE, TenantStatsItem: settings.LOGS_STATS_TABLE}
    for model in MODELS:
        meta = model.Meta
        meta.table_name = table_names[model]
        meta.region = settings.AWS_REGION
        meta.host = settings.AWS_ENDPOINT_URL
        # PynamoDB types these as whole seconds.
        meta.connect_timeout_seconds = math.ceil(settings.AWS_CONNECT_TIMEOUT)
        meta.read_timeout_seconds = math.ceil(settings.AWS_READ_TIMEOUT)
        meta.max_retry_attempts = retry_attempts()
        model._connection = None
    _connections.clear()


_connections: dict[int, Connection] = {}
_connections_lock = threading.Lock()


def dynamodb_connection() -> Connection:
    """The process's PynamoDB connection for the worker's writes; a new one per call would build
    a botocore client per record. Keyed by process id because clients must not cross a fork.

    It makes one try per call: processing/aws.py retries transient faults within the attempt's
    deadline, which botocore's own retries know nothing of."""
    connection = _connections.get(os.getpid())
    if connection is None:
        with _connections_lock:
            connection = _connections.get(os.getpid())
            if connection is None:
                connection = _new_connection()
                # PynamoDB builds its botocore client on first use without a lock, from a
                # botocore session per thread: 50 threads starting at once built 50 of them
                # (about 8 MB each, measured). Build the one client here, once.
                connection.client  # noqa: B018
                _connections[os.getpid()] = connection
    return connection


def _new_connection() -> Connection:
    return Connection(
        region=settings.AWS_REGION,
        host=settings.AWS_ENDPOINT_URL,
        connect_timeout_seconds=math.ceil(settings.AWS_CONNECT_TIMEOUT),
        read_timeout_seconds=math.ceil(settings.AWS_READ_TIMEOUT),
        max_retry_attempts=0,
        # PynamoDB keeps 10 connections: every worker thread of the process may hold one at
        # once, and a connection past the pool's size is opened and thrown away per call.
        max_pool_connections=int(settings.QCLUSTER_THREADS) + 8,
    )


def retry_attempts() -> int:
    # PynamoDB makes 1 + max_retry_attempts attempts; AWS_MAX_ATTEMPTS counts them all.
    return int(settings.AWS_MAX_ATTEMPTS) - 1
