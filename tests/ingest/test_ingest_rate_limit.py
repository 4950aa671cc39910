from __future__ import annotations

import json
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from core.database import brief_database_wait
from ingest import throttling
from tests.helpers import (
    OPERATOR_HEADERS,
    REPO_METRICS_DIR,
    metric_value,
    queue_depth,
    settings_value,
)
from tests.ingest.test_log_ingest_api import assert_error, post_json
from tests.test_health import drop_cache_table
from tests.test_standalone_path import Servers, get, manage, scrape, standalone_env


@pytest.fixture
def tenant_client(api_client: Callable[..., Client]) -> Callable[[], tuple[str, Client]]:
    """A client for a tenant of its own, so that no other test shares its rate window."""

    def make() -> tuple[str, Client]:
        tenant_id = f"rate-{uuid.uuid4().hex[:12]}"
        return tenant_id, api_client(tenant_id)

    return make


def test_it_answers_429_with_retry_after_over_the_limit(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (3, 3600)
    _, client = tenant_client()

    statuses = [post_json(client, {"text": f"{i}"}).status_code for i in range(3)]
    response = post_json(client, {"text": "one too many"})

    assert statuses == [202, 202, 202]
    assert_error(response, 429, "rate_limited")
    assert 1 <= int(response["Retry-After"]) <= 3600


def test_it_limits_each_tenant_on_its_own(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (1, 3600)
    _, busy = tenant_client()
    _, quiet = tenant_client()
    post_json(busy, {"text": "x"})

    assert post_json(busy, {"text": "x"}).status_code == 429
    assert post_json(quiet, {"text": "x"}).status_code == 202


def test_it_counts_in_the_cache_shared_by_every_web_process(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (5, 86400)
    tenant_id, client = tenant_client()
    assert post_json(client, {"text": "x"}).status_code == 202

    # Four requests served by other processes in the same window.
    cache.incr(f"ingest-rate:{tenant_id}:{int(time.time() // 86400)}", 4)

    assert post_json(client, {"text": "x"}).status_code == 429


def test_it_can_be_switched_off(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = None
    _, client = tenant_client()

    assert {post_json(client, {"text": "x"}).status_code for _ in range(3)} == {202}


def test_it_limits_the_tenant_named_when_keys_are_not_required(
    aws: str, db: None, settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (1, 3600)
    settings.INGEST_REQUIRE_API_KEY = False
    tenant_id = f"rate-{uuid.uuid4().hex[:12]}"

    first = post_json(Client(), {"tenant_id": tenant_id, "text": "x"})
    second = post_json(Client(), {"tenant_id": tenant_id, "text": "x"})

    assert (first.status_code, second.status_code) == (202, 429)


def test_it_counts_the_records_of_a_batch_not_the_request(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (25, 3600)
    tenant_id, client = tenant_client()
    batch = [{"text": f"record {i}"} for i in range(10)]

    statuses = [post_json(client, batch).status_code for _ in range(3)]

    assert statuses == [202, 202, 429]
    detail = assert_error(post_json(client, batch), 429, "rate_limited")["detail"]
    assert "25 records per hour" in detail
    assert tenant_id in detail


def test_a_batch_larger_than_the_limit_is_refused_whole(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT = (2, 60)
    _, client = tenant_client()

    response = post_json(client, [{"text": f"record {i}"} for i in range(10)])

    assert_error(response, 429, "rate_limited")
    assert queue_depth(django_settings.LOGS_QUEUE) == 0


def test_it_limits_the_bytes_a_tenant_sends(
    aws: str, tenant_client: Callable[[], tuple[str, Client]], settings: SettingsWrapper
) -> None:
    settings.INGEST_RATE_LIMIT_BYTES = (1000, 3600)
    _, client = tenant_client()
    body = {"text": "x" * 600}

    first = post_json(client, body)
    second = post_json(client, body)

    assert first.status_code == 202
    assert "1000 bytes per hour" in assert_error(second, 429, "rate_limited")["detail"]


class TestWithoutItsStore:
    """The shared counter (the database cache) is missing: the limit holds per process."""

    def test_it_still_enforces_the_limit_and_counts_the_fallback(
        self,
        aws: str,
        tenant_client: Callable[[], tuple[str, Client]],
        settings: SettingsWrapper,
    ) -> None:
        settings.INGEST_RATE_LIMIT = (3, 3600)
        _, client = tenant_client()
        drop_cache_table()
        before = metric_value("logs_ingest_rate_limit_fallback_total")

        statuses = [post_json(client, {"text": f"{i}"}).status_code for i in range(4)]

        assert statuses == [202, 202, 202, 429]
        assert metric_value("logs_ingest_rate_limit_fallback_total") > before
        ready = Client(headers=OPERATOR_HEADERS).get("/readyz").json()["checks"]["cache"]
        assert ready["status"] == "fail"
        assert ready["rate_limit"] == "per-process: OperationalError"

    def test_what_it_counted_alone_is_added_once_the_store_is_back(
        self,
        aws: str,
        tenant_client: Callable[[], tuple[str, Client]],
        settings: SettingsWrapper,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        settings.INGEST_RATE_LIMIT = (100, 86400)
        tenant_id, client = tenant_client()
        monkeypatch.setattr(throttling, "STORE_RETRY_SECONDS", 0.0)
        with transaction.atomic():
            drop_cache_table()
            assert post_json(client, {"text": "x"}).status_code == 202
            assert throttling.rate_limit_store_error() == "OperationalError"
            transaction.set_rollback(True)  # the table is back

        assert post_json(client, {"text": "x"}).status_code == 202

        assert cache.get(f"ingest-rate:{tenant_id}:{int(time.time() // 86400)}") == 2
        assert throttling.rate_limit_store_error() is None


@REPO_METRICS_DIR
def test_a_write_locked_database_stalls_no_request_and_the_limit_still_holds(
    aws: str, tmp_path: Path
) -> None:
    """The limiter's counter and a key's last use are database writes: with the database
    write-locked (SQLite's busy timeout is 20 s) requests are still answered at once, each
    web process counting on its own, and /readyz and /metrics say so."""
    database = tmp_path / "db.sqlite3"
    env = standalone_env(database, INGEST_RATE_LIMIT="3/hour")
    manage(env, "migrate", "--no-input")
    manage(env, "tenant", "create", "locked")
    key = manage(env, "tenant", "key", "locked").strip().splitlines()[-1]
    servers = Servers(tmp_path)
    try:
        base = servers.gunicorn(env, workers=1)
        lock = sqlite3.connect(database, isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        try:
            # A timeout well under the 20 s busy timeout: a stalled request fails the test.
            statuses = [_post(base, key, timeout=5) for _ in range(4)]
            ready = json.loads(get(f"{base}/readyz", headers=OPERATOR_HEADERS)[1])
            samples = scrape(base)
        finally:
            lock.execute("ROLLBACK")
            lock.close()
    finally:
        servers.stop()

    assert statuses == [202, 202, 202, 429]
    assert ready["status"] == "fail"
    assert ready["checks"]["cache"]["caches"] == {"default": "unavailable: OperationalError"}
    assert ready["checks"]["cache"]["rate_limit"] == "per-process: OperationalError"
    assert samples[("logs_ingest_rate_limit_fallback_total", frozenset())] >= 1


def test_the_brief_wait_leaves_other_writes_their_usual_busy_timeout(db: None) -> None:
    """Only the ingest path's own writes give up after a few ms; the workers' still wait."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        (usual,) = cursor.fetchone()
        with brief_database_wait():
            cursor.execute("PRAGMA busy_timeout")
            (brief,) = cursor.fetchone()
        cursor.execute("PRAGMA busy_timeout")
        (after,) = cursor.fetchone()

    assert usual == after == 20_000
    assert brief == django_settings.INGEST_DATABASE_WAIT_MS


def _post(base: str, key: str, *, timeout: float) -> int:
    request = urllib.request.Request(
        f"{base}/api/v1/logs",
        data=b'{"text": "x"}',
        headers={"Content-Type": "application/json", "Authorization": f"Api-Key {key}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize(
    ("value", "expected"),
    [("6000/min", "(6000, 60)"), ("10/s", "(10, 1)"), ("5/hour", "(5, 3600)"), ("off", "None")],
)
def test_it_reads_the_rate_from_the_environment(value: str, expected: str) -> None:
    assert settings_value("INGEST_RATE_LIMIT", INGEST_RATE_LIMIT=value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("256MiB/min", "(268435456, 60)"),
        ("1000/s", "(1000, 1)"),
        ("1000b/s", "(1000, 1)"),
        ("4k/hour", "(4096, 3600)"),
        ("2GB/day", "(2147483648, 86400)"),
    ],
)
def test_it_reads_the_byte_rate_from_the_environment(value: str, expected: str) -> None:
    assert settings_value("INGEST_RATE_LIMIT_BYTES", INGEST_RATE_LIMIT_BYTES=value) == expected


def test_an_empty_rate_is_the_default() -> None:
    assert settings_value("INGEST_RATE_LIMIT", INGEST_RATE_LIMIT="") == "(6000, 60)"


@pytest.mark.parametrize(
    "value", ["many", "10/fortnight", "-1/min", "0/min", "5k/min", "10b/min", "1.5/min"]
)
def test_it_refuses_a_malformed_rate(value: str) -> None:
    with pytest.raises(subprocess.CalledProcessError) as failure:
        settings_value("INGEST_RATE_LIMIT", INGEST_RATE_LIMIT=value)

    assert "INGEST_RATE_LIMIT" in failure.value.stderr
