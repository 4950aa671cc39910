from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from pythonjsonlogger.core import BaseJsonFormatter

from tests.helpers import wait_for

URL = "/api/v1/logs"
SECRET_TEXT = "card holder jane@example.com called 800-555-0199 about her zebracanary"


def formatted(records: list[logging.LogRecord]) -> list[dict[str, Any]]:
    """The records as the configured console handler writes them: one JSON object per line."""
    [handler] = [
        h for h in logging.getLogger().handlers if isinstance(h.formatter, BaseJsonFormatter)
    ]
    lines = [handler.format(record) for record in records]
    assert all("\n" not in line for line in lines)
    return [json.loads(line) for line in lines]


def ingest_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return formatted([r for r in caplog.records if r.name == "ingest.requests"])


def post(client: Client, body: Any, **headers: str) -> Any:
    return client.post(URL, data=json.dumps(body), content_type="application/json", headers=headers)


class TestIngestRequestLine:
    def test_it_logs_one_json_line_per_ingest_request(
        self, aws: str, api_client: Callable[..., Client], caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.INFO)
        response = post(
            api_client("s-log"),
            {"log_id": "l1", "text": SECRET_TEXT},
            **{"X-Request-ID": "req-123"},
        )

        assert response.status_code == 202
        [line] = ingest_lines(caplog)
        assert line == {
            **line,
            "level": "INFO",
            "logger": "ingest.requests",
            "message": "ingest request",
            "request_id": "req-123",
            "tenant_id": "s-log",
            "log_id": "l1",
            "outcome": "accepted",
            "status": 202,
        }
        assert isinstance(line["duration_ms"], float)
        assert line["duration_ms"] >= 0
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+\+00:00", line["time"])

    def test_it_never_logs_the_text_or_the_key(
        self,
        aws: str,
        tenant_key: Callable[..., str],
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        caplog.set_level(logging.DEBUG)
        key = tenant_key("s-keys")
        client = Client(headers={"Authorization": f"Api-Key {key}"})

        post(client, {"text": SECRET_TEXT})
        post(client, {"text": SECRET_TEXT, "unknown": SECRET_TEXT})
        post(Client(headers={"X-API-Key": key + "x"}), {"text": SECRET_TEXT})

        everything = json.dumps(formatted(caplog.records))
        assert len(ingest_lines(caplog)) == 3
        assert "zebracanary" not in everything
        assert key.split(".", 1)[1] not in everything

    def test_it_never_logs_a_password(
        self, db: None, caplog: pytest.LogCaptureFixture, django_user_model: Any
    ) -> None:
        caplog.set_level(logging.DEBUG)
        django_user_model.objects.create_user("evaluator", password="right-horse-battery")

        Client().post(
            "/accounts/login/", {"username": "evaluator", "password": "wrong-horse-battery"}
        )

        assert "horse" not in json.dumps(formatted(caplog.records))

    def test_it_logs_a_rejection_with_its_error_code(
        self, api_client: Callable[..., Client], caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.INFO)

        response = post(api_client("s-bad"), {"text": ""})

        assert response.status_code == 400
        [line] = ingest_lines(caplog)
        assert line["outcome"] == "invalid_request"
        assert line["status"] == 400
        assert line["tenant_id"] == "s-bad"
        assert line["request_id"] == response["X-Request-ID"]

    def test_it_stamps_other_lines_of_the_request_with_its_id(
        self,
        delete_queue: Callable[..., None],
        api_client: Callable[..., Client],
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        caplog.set_level(logging.INFO)
        client = api_client("s-down")
        delete_queue(settings.LOGS_QUEUE)

        response = post(client, {"text": "x"}, **{"X-Request-ID": "req-down"})

        assert response.status_code == 503
        lines = formatted(caplog.records)
        failure = next(line for line in lines if line["logger"] == "ingest.services")
        assert failure["level"] == "ERROR"
        assert failure["request_id"] == "req-down"
        [line] = ingest_lines(caplog)
        assert (line["outcome"], line["level"]) == ("queue_unavailable", "WARNING")


class TestRequestId:
    def test_it_echoes_the_clients_request_id(self) -> None:
        response = Client().get("/healthz", headers={"X-Request-ID": "abc-123.x:y_z"})

        assert response["X-Request-ID"] == "abc-123.x:y_z"

    @pytest.mark.parametrize("sent", [None, "", "has space", "a" * 129, "<script>"])
    def test_it_generates_one_when_none_usable_was_sent(self, sent: str | None) -> None:
        headers = {} if sent is None else {"X-Request-ID": sent}

        response = Client().get("/healthz", headers=headers)

        assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])

    def test_each_request_gets_its_own_id(self) -> None:
        client = Client()

        assert client.get("/healthz")["X-Request-ID"] != client.get("/healthz")["X-Request-ID"]

    def test_it_logs_no_ingest_line_for_other_paths(self, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO)

        Client().get("/healthz")

        assert ingest_lines(caplog) == []


def test_the_worker_logs_one_json_line_per_processed_record(
    start_cluster: Callable[..., Any], api_client: Callable[..., Client], tmp_path: Path
) -> None:
    start_cluster()
    response = post(api_client("s-worker"), {"log_id": "w1", "text": SECRET_TEXT})
    assert response.status_code == 202
    log = tmp_path / "qcluster-0.log"

    def processed_lines() -> list[dict[str, Any]]:
        lines = [json.loads(raw) for raw in log.read_text().splitlines()]
        return [line for line in lines if line["message"] == "log processed"]

    [line] = wait_for(processed_lines, timeout=30)

    assert line == {
        **line,
        "level": "INFO",
        "logger": "processing.tasks",
        "tenant_id": "s-worker",
        "log_id": "w1",
        "outcome": "stored",
    }
    assert isinstance(line["duration_ms"], float)
    assert "zebracanary" not in log.read_text()
