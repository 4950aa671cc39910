"""A brief wait for a locked database, for writes that must not stall the ingest path."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections


@contextmanager
def brief_database_wait(*, using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """Statements inside wait at most INGEST_DATABASE_WAIT_MS for SQLite's write lock.

    The connection otherwise waits up to its `timeout` (20 s) so that the workers' writes do
    not fail; a request must not: a locked database raises OperationalError after a few
    milliseconds here, and the caller goes on without it. Other databases lock rows, not the
    whole file, and keep their own settings.
    """
    connection = connections[using]
    if connection.vendor != "sqlite":
        yield
        return
    connection.ensure_connection()
    raw = connection.connection
    (normal,) = raw.execute("PRAGMA busy_timeout").fetchone()
    raw.execute(f"PRAGMA busy_timeout = {int(settings.INGEST_DATABASE_WAIT_MS)}")
    try:
        yield
    finally:
        if connection.connection is raw:  # an error may have closed it
            raw.execute(f"PRAGMA busy_timeout = {int(normal)}")
