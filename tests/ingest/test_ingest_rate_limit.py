from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from tests.ingest.test_log_ingest_api import assert_error, post_json


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


@pytest.mark.parametrize(
    ("value", "expected"),
    [("6000/min", "(6000, 60)"), ("10/s", "(10, 1)"), ("5/hour", "(5, 3600)"), ("off", "None")],
)
def test_it_reads_the_rate_from_the_environment(value: str, expected: str) -> None:
    assert _settings_value("INGEST_RATE_LIMIT", INGEST_RATE_LIMIT=value) == expected


@pytest.mark.parametrize("value", ["many", "10/fortnight", "-1/min", "0/min"])
def test_it_refuses_a_malformed_rate(value: str) -> None:
    with pytest.raises(subprocess.CalledProcessError) as failure:
        _settings_value("INGEST_RATE_LIMIT", INGEST_RATE_LIMIT=value)

    assert "INGEST_RATE_LIMIT" in failure.value.stderr


def _settings_value(name: str, **env: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", f"from logsite import settings; print(settings.{name})"],
        cwd=django_settings.BASE_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
