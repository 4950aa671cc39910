from __future__ import annotations

from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from processing.aws import aws_client
from processing.broker import queue_url


@pytest.fixture
def client() -> Client:
    return Client()


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
        }

    @pytest.mark.parametrize("name", ["LOGS_QUEUE", "LOGS_DLQ"])
    def test_it_is_not_ready_without_a_queue(self, aws: str, client: Client, name: str) -> None:
        queue = getattr(settings, name)
        aws_client("sqs").delete_queue(QueueUrl=queue_url(queue))

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


@pytest.mark.parametrize("path", ["/healthz", "/metrics"])
def test_probes_answer_over_http_when_https_is_enforced(
    settings: SettingsWrapper, path: str
) -> None:
    settings.SECURE_SSL_REDIRECT = True

    assert Client().get(path).status_code == 200
    assert Client().get("/api/docs/").status_code == 301
