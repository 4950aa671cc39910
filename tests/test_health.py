from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from processing.aws import aws_client
from tests.helpers import OPERATOR_HEADERS


@pytest.fixture
def client() -> Client:
    return Client(headers=OPERATOR_HEADERS)


def assert_shape(response: Any, status: int, overall: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert set(body) == {"status", "checks"}
    assert body["status"] == overall
    return dict(body["checks"])


class TestHealthz:
    def test_it_answers_ok(self, client: Client) -> None:
        assert assert_shape(client.get("/healthz"), 200, "ok") == {}

    def test_it_answers_ok_when_aws_is_down(self, client: Client, unreachable_aws: None) -> None:
        assert_shape(client.get("/healthz"), 200, "ok")

    def test_it_allows_only_get(self, client: Client) -> None:
        assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
class TestReadyz:
    def test_it_is_ready_when_queues_and_tables_exist(self, aws: str, client: Client) -> None:
        checks = assert_shape(client.get("/readyz"), 200, "ok")

        assert checks == {
            "sqs": {
                "status": "ok",
                "queues": {settings.LOGS_QUEUE: "ok", settings.LOGS_DLQ: "ok"},
            },
            "dynamodb": {
                "status": "ok",
                "tables": {settings.LOGS_TABLE: "ACTIVE", settings.LOGS_STATS_TABLE: "ACTIVE"},
            },
            "cache": {"status": "ok", "caches": {"default": "ok"}, "rate_limit": "shared"},
        }

    @pytest.mark.parametrize("name", ["LOGS_QUEUE", "LOGS_DLQ"])
    def test_it_is_not_ready_without_a_queue(
        self, delete_queue: Callable[..., None], client: Client, name: str
    ) -> None:
        queue = getattr(settings, name)
        delete_queue(queue, known=True)

        checks = assert_shape(client.get("/readyz"), 503, "fail")

        assert checks["sqs"]["status"] == "fail"
        assert checks["sqs"]["queues"][queue] == "missing"
        assert checks["dynamodb"]["status"] == "ok"

    @pytest.mark.parametrize("name", ["LOGS_TABLE", "LOGS_STATS_TABLE"])
    def test_it_is_not_ready_without_a_table(self, aws: str, client: Client, name: str) -> None:
        table = getattr(settings, name)
        aws_client("dynamodb").delete_table(TableName=table)

        checks = assert_shape(client.get("/readyz"), 503, "fail")

        assert checks["dynamodb"]["status"] == "fail"
        assert checks["dynamodb"]["tables"][table] == "missing"
        assert checks["sqs"]["status"] == "ok"

    def test_it_is_not_ready_when_aws_is_unreachable(
        self, client: Client, unreachable_aws: None
    ) -> None:
        checks = assert_shape(client.get("/readyz"), 503, "fail")

        states = [*checks["sqs"]["queues"].values(), *checks["dynamodb"]["tables"].values()]
        assert len(states) == 4
        assert all(state.startswith("unreachable: ") for state in states)

    def test_it_is_never_cached(self, aws: str, client: Client) -> None:
        assert client.get("/readyz")["Cache-Control"] == "no-store"

    def test_it_names_a_missing_cache_table(self, aws: str, client: Client) -> None:
        drop_cache_table()

        checks = assert_shape(client.get("/readyz"), 503, "fail")

        assert checks["cache"]["status"] == "fail"
        assert checks["cache"]["caches"] == {"default": "unavailable: OperationalError"}
        assert checks["sqs"]["status"] == checks["dynamodb"]["status"] == "ok"


def drop_cache_table() -> None:
    """As after `migrate` without the cache table (rolled back with the test's transaction)."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {settings.CACHES['default']['LOCATION']}")


class TestOperatorAccess:
    """/readyz and /metrics name tenants and volumes: a bearer token, never open by accident."""

    @pytest.mark.parametrize("path", ["/readyz", "/metrics"])
    @pytest.mark.parametrize(
        "headers",
        [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic dGVzdA=="}],
        ids=["none", "wrong-token", "other-scheme"],
    )
    def test_it_refuses_a_request_without_the_token(
        self, path: str, headers: dict[str, str]
    ) -> None:
        response = Client(headers=headers).get(path)

        assert response.status_code == 401
        assert response.json()["error"] == "not_authenticated"
        assert set(response.json()) == {"error", "detail", "fields"}
        assert response["WWW-Authenticate"].startswith("Bearer")

    @pytest.mark.parametrize("path", ["/readyz", "/metrics"])
    def test_it_refuses_everyone_when_no_token_is_set_in_production(
        self, settings: SettingsWrapper, path: str
    ) -> None:
        settings.METRICS_TOKEN = None

        response = Client(headers=OPERATOR_HEADERS).get(path)

        assert response.status_code == 403
        assert response.json()["error"] == "metrics_token_unset"

    def test_it_is_open_in_local_development_without_a_token(
        self, settings: SettingsWrapper
    ) -> None:
        settings.METRICS_TOKEN = None
        settings.DEBUG = True

        assert Client().get("/metrics").status_code == 200

    def test_healthz_needs_no_token(self) -> None:
        assert Client().get("/healthz").status_code == 200


@pytest.mark.parametrize("path", ["/healthz", "/metrics"])
def test_probes_answer_over_http_when_https_is_enforced(
    settings: SettingsWrapper, path: str
) -> None:
    settings.SECURE_SSL_REDIRECT = True

    assert Client(headers=OPERATOR_HEADERS).get(path).status_code == 200
    assert Client().get("/api/docs/").status_code == 301


def test_make_run_gives_the_local_user_a_metrics_token(tmp_path: Path) -> None:
    from scripts.run import ensure_env_file

    env_file = tmp_path / ".env"
    ensure_env_file(env_file=env_file)
    values = dict(
        line.split("=", 1)
        for line in env_file.read_text().splitlines()
        if line and not line.startswith("#")
    )

    assert len(values["METRICS_TOKEN"]) >= 32
