"""DynamoDB storage: every table the service uses, as PynamoDB models."""

from __future__ import annotations

import math
import os
from datetime import datetime, timedelta

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
    by_received = ReceivedIndex()


class TenantStatsItem(Model):
    """Per-tenant counters: one `total` item and one item per minute of processing."""

    class Meta:
        table_name = "MultiTenantLogStats"

    tenant_id = UnicodeAttribute(hash_key=True)
    bucket = UnicodeAttribute(range_key=True)
    stored = NumberAttribute(default=0)
    last_processed_at = UTCDateTimeAttribute(null=True)
    expires_at = TTLAttribute(null=True)


def minute_bucket(moment: datetime) -> str:
    return MINUTE_BUCKET_PREFIX + moment.strftime("%Y-%m-%dT%H:%M")


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


def dynamodb_connection() -> Connection:
    """The process's PynamoDB connection for transactions; a new one per call would build a
    botocore client per record. Keyed by process id because clients must not cross a fork."""
    connection = _connections.get(os.getpid())
    if connection is None:
        connection = _connections[os.getpid()] = _new_connection()
    return connection


def _new_connection() -> Connection:
    return Connection(
        region=settings.AWS_REGION,
        host=settings.AWS_ENDPOINT_URL,
        connect_timeout_seconds=math.ceil(settings.AWS_CONNECT_TIMEOUT),
        read_timeout_seconds=math.ceil(settings.AWS_READ_TIMEOUT),
        max_retry_attempts=retry_attempts(),
    )


def retry_attempts() -> int:
    # PynamoDB makes 1 + max_retry_attempts attempts; AWS_MAX_ATTEMPTS counts them all.
    return int(settings.AWS_MAX_ATTEMPTS) - 1
