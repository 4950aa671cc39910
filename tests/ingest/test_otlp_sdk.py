"""POST /v1/logs with real clients into a running stack: gunicorn and a qcluster on the emulator.

A `logging` logger ships its lines through the OpenTelemetry Python SDK (LoggerProvider,
BatchLogRecordProcessor, the OTLP/HTTP protobuf exporter) configured only by the standard
OTEL_* environment variables, as a user's own service would be; the records are then read back
from DynamoDB. Plus OTLP JSON as the Collector sends it (gzip), and the refusals as the SDK's
exporter sees them.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import logging
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import (
    BatchLogRecordProcessor,
    InMemoryLogRecordExporter,
    LogRecordExportResult,
    SimpleLogRecordProcessor,
)
from opentelemetry.sdk.resources import Resource
from playwright.sync_api import expect, sync_playwright

from ingest.otlp_schema import COLLECTOR_EXAMPLE
from processing.selectors import tenant_stats
from processing.tables import LogItem
from scripts import emulator
from scripts.processes import start_web
from tests.conftest import ROOT, migrated_database
from tests.helpers import REPO_STATIC_ROOT, queue_depth, wait_for

# The SDK's own LoggingHandler: what its docs and most services still attach (deprecated in
# favour of opentelemetry-instrumentation-logging's, which wraps the same translation).
pytestmark = pytest.mark.filterwarnings("ignore:`LoggingHandler` in `opentelemetry-sdk`")

RAW_PII = ["jane.doe@example.com", "800-555-0199", "+44 20 7946 0958", "ops@acme.example"]
PASSWORD = "otlp-browser-password-7"


@dataclass(frozen=True)
class Stack:
    url: str
    env: dict[str, str]

    def manage(self, *args: str, stdin: str = "") -> str:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def new_key(self, tenant_id: str) -> str:
        self.manage("tenant", "create", tenant_id)
        return self.manage("tenant", "key", tenant_id).strip().splitlines()[-1]


@pytest.fixture
def stack(aws: str, start_cluster: Callable[..., Any], tmp_path: Path) -> Iterator[Stack]:
    """gunicorn and a qcluster on one migrated database, as `make run` starts them."""
    port = emulator.free_port()
    env = {
        **os.environ,
        "DATABASE_URL": migrated_database(tmp_path / "stack.sqlite3"),
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "WEB_THREADS": "4",
    }
    start_cluster(DATABASE_URL=env["DATABASE_URL"])
    server = start_web(env, port=port, log=tmp_path / "gunicorn.log")
    url = f"http://127.0.0.1:{port}"
    try:
        yield Stack(url=url, env=env)
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def otel_env(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """configure(stack, key): the standard OTEL_* variables a user's service would set."""

    def configure(stack: Stack, key: str, **more: str) -> None:
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_LOGS_ENDPOINT", f"{stack.url}/v1/logs")
        # The W3C baggage format of OTEL_EXPORTER_OTLP_HEADERS: the value's space URL-encoded.
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_HEADERS", f"Authorization=Api-Key%20{key}")
        for name, value in more.items():
            monkeypatch.setenv(name, value)

    return configure


@dataclass(frozen=True)
class Sdk:
    logger: logging.Logger
    provider: LoggerProvider
    exporter: OTLPLogExporter
    sent: InMemoryLogRecordExporter  # the same records, to export them again


@contextlib.contextmanager
def sdk_logging(name: str) -> Iterator[Sdk]:
    """A `logging` logger shipping through the SDK, its exporter configured by OTEL_* only."""
    exporter = OTLPLogExporter()
    sent = InMemoryLogRecordExporter()
    provider = LoggerProvider(resource=Resource.create())
    provider.add_log_record_processor(BatchLogRecordProcessor(exporter))
    provider.add_log_record_processor(SimpleLogRecordProcessor(sent))
    logger = logging.getLogger(name)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    handler = LoggingHandler(logger_provider=provider)
    logger.addHandler(handler)
    try:
        yield Sdk(logger=logger, provider=provider, exporter=exporter, sent=sent)
    finally:
        logger.removeHandler(handler)
        provider.shutdown()


def stored(tenant_id: str) -> list[LogItem]:
    return list(LogItem.query(tenant_id, consistent_read=True))


def queues_drained() -> bool:
    return queue_depth(settings.LOGS_QUEUE) == 0


def test_the_sdk_ships_logging_lines_that_are_stored_redacted_with_their_fields(
    stack: Stack, otel_env: Callable[..., None]
) -> None:
    tenant_id = f"sdk-{uuid.uuid4().hex[:8]}"
    otel_env(
        stack,
        stack.new_key(tenant_id),
        OTEL_SERVICE_NAME="checkout",
        OTEL_RESOURCE_ATTRIBUTES="deployment.environment=staging,team.oncall=ops@acme.example",
    )
    with sdk_logging(f"checkout.payments.{tenant_id}") as sdk:
        sdk.logger.warning(
            "Card declined for jane.doe@example.com",
            extra={"customer.phone": "800-555-0199", "order.id": 88123, "retry": True},
        )
        sdk.logger.error("SMS to %s failed: carrier timeout", "+44 20 7946 0958")
        sdk.logger.info("Cache warm-up finished in 812 ms")
        try:
            raise LookupError("no account for ops@acme.example")
        except LookupError:
            sdk.logger.exception("Account lookup failed")
        assert sdk.provider.force_flush(timeout_millis=20_000)
        items = wait_for(lambda: len(found := stored(tenant_id)) == 4 and found, timeout=60)
        # An exporter's retry of the same batch: accepted again, stored nothing twice.
        first = {item.log_id: item.processed_at for item in items}
        again = sdk.exporter.export(sdk.sent.get_finished_logs())
        assert again == LogRecordExportResult.SUCCESS
        wait_for(queues_drained, timeout=30)

    assert {item.log_id: item.processed_at for item in stored(tenant_id)} == first
    assert tenant_stats(tenant_ids=[tenant_id])[tenant_id].stored == 4
    assert queue_depth(settings.LOGS_DLQ) == 0
    by_text = {item.text: item for item in items}
    assert set(by_text) == {
        "Card declined for [REDACTED_EMAIL]",
        "SMS to [REDACTED_PHONE] failed: carrier timeout",
        "Cache warm-up finished in 812 ms",
        "Account lookup failed",
    }
    warning = by_text["Card declined for [REDACTED_EMAIL]"]
    assert warning.source == "otlp"
    assert warning.log_id.startswith("otlp-")
    fields = warning.structured.as_dict()
    assert (fields["severity_number"], fields["severity_text"]) == (13, "WARN")
    assert fields["scope"] == f"checkout.payments.{tenant_id}"
    assert fields["time"].endswith("Z") and fields["observed_time"].endswith("Z")
    assert fields["resource"]["service.name"] == "checkout"
    assert fields["resource"]["deployment.environment"] == "staging"
    assert fields["resource"]["team.oncall"] == "[REDACTED_EMAIL]"
    attributes = fields["attributes"]
    assert attributes["customer.phone"] == "[REDACTED_PHONE]"
    assert (attributes["order.id"], attributes["retry"]) == (88123, True)
    assert attributes["code.function.name"] == (
        "test_the_sdk_ships_logging_lines_that_are_stored_redacted_with_their_fields"
    )
    # The text's redaction plus the attributes' and the resource's.
    assert warning.redactions.as_dict() == {"email": 2, "phone": 1}
    error = by_text["SMS to [REDACTED_PHONE] failed: carrier timeout"]
    assert error.structured["severity_number"] == 17
    assert error.structured["severity_text"] == "ERROR"
    assert by_text["Cache warm-up finished in 812 ms"].structured["severity_text"] == "INFO"
    failure = by_text["Account lookup failed"].structured.as_dict()
    assert failure["attributes"]["exception.type"] == "LookupError"
    assert failure["attributes"]["exception.message"] == "no account for [REDACTED_EMAIL]"
    assert "[REDACTED_EMAIL]" in failure["attributes"]["exception.stacktrace"]
    dumped = json.dumps([item.attribute_values for item in items], default=str)
    assert not [pii for pii in RAW_PII if pii in dumped]


@pytest.mark.browser
@REPO_STATIC_ROOT
def test_what_the_sdk_ships_shows_up_redacted_on_the_dashboard(
    stack: Stack, otel_env: Callable[..., None]
) -> None:
    tenant_id = f"web-{uuid.uuid4().hex[:8]}"
    otel_env(
        stack,
        stack.new_key(tenant_id),
        OTEL_SERVICE_NAME="checkout",
        OTEL_EXPORTER_OTLP_COMPRESSION="gzip",
    )
    stack.manage("collectstatic", "--no-input", "-v", "0")
    stack.manage("evaluator", "create", "eve", "--tenant", tenant_id, stdin=PASSWORD)
    with sdk_logging("checkout.payments") as sdk:
        sdk.logger.warning(
            "Card declined for jane.doe@example.com", extra={"phone": "800-555-0199"}
        )
        sdk.logger.info("Cache warm-up finished in 812 ms")
        assert sdk.provider.force_flush(timeout_millis=20_000)
    wait_for(lambda: len(stored(tenant_id)) == 2, timeout=60)

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"]
        )
        page = chromium.new_context(java_script_enabled=False).new_page()
        page.goto(f"{stack.url}/accounts/login/")
        page.get_by_label("Username").fill("eve")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.goto(f"{stack.url}/dashboard/tenants/{tenant_id}/")
        rows = page.locator("table.records tbody tr")
        expect(rows).to_have_count(2)
        # One export, so one received_at: the two rows come in either order.
        info = rows.filter(has_text="Cache warm-up finished")
        expect(info).to_contain_text(re.compile(r"otlp\s+INFO\s+checkout"))
        page.get_by_label("Severity").select_option("WARN")
        page.get_by_role("button", name="Filter").click()
        expect(rows).to_have_count(1)
        expect(rows.first).to_contain_text("Card declined for [REDACTED_EMAIL]")
        rows.first.get_by_role("link").click()
        attributes = page.locator("table.attributes").first
        expect(attributes.get_by_role("row", name=re.compile(r"^phone "))).to_contain_text(
            "[REDACTED_PHONE]"
        )
        assert not [pii for pii in RAW_PII if pii in page.content()]
        chromium.close()


def test_it_stores_otlp_json_as_the_collector_sends_it(stack: Stack) -> None:
    tenant_id = f"col-{uuid.uuid4().hex[:8]}"
    request = urllib.request.Request(
        f"{stack.url}/v1/logs",
        data=gzip.compress(json.dumps(COLLECTOR_EXAMPLE).encode()),
        headers={
            "Content-Type": "application/json",
            "Content-Encoding": "gzip",
            "Authorization": f"Api-Key {stack.new_key(tenant_id)}",
            "User-Agent": "OpenTelemetry Collector Contrib/0.140.0 (linux/amd64)",
        },
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"] == "application/json"
        assert json.loads(response.read()) == {}  # no partialSuccess: everything accepted

    [item] = wait_for(lambda: stored(tenant_id), timeout=60)
    assert item.text == "Card declined for [REDACTED_EMAIL]"
    fields = item.structured.as_dict()
    assert fields["trace_id"] == "5b8efff798038103d269b633813fc60c"
    assert fields["span_id"] == "eee19b7ec3c1b174"
    assert fields["time"] == "2025-12-02T10:15:00.123456789Z"
    assert (fields["severity_number"], fields["severity_text"]) == (17, "ERROR")
    assert fields["resource"] == {"service.name": "checkout"}
    assert fields["attributes"] == {"user.phone": "[REDACTED_PHONE]", "retry": 2}


def test_the_sdk_exporter_gives_up_on_refusals_without_storing_anything(
    stack: Stack, otel_env: Callable[..., None]
) -> None:
    tenant_id = f"bad-{uuid.uuid4().hex[:8]}"
    key = stack.new_key(tenant_id)
    provider = LoggerProvider(resource=Resource.create({"service.name": "checkout"}))
    memory = InMemoryLogRecordExporter()
    provider.add_log_record_processor(SimpleLogRecordProcessor(memory))
    provider.get_logger("app").emit(body="hello from jane.doe@example.com")
    batch = memory.get_finished_logs()
    provider.shutdown()

    otel_env(stack, "not-a-key")
    assert OTLPLogExporter().export(batch) == LogRecordExportResult.FAILURE  # 401: no retry
    otel_env(stack, key)
    too_many = list(batch) * (settings.INGEST_BATCH_MAX_RECORDS + 1)
    assert OTLPLogExporter().export(too_many) == LogRecordExportResult.FAILURE  # 413
    response = _post(stack, b"\x0a\xff\xff not protobuf", key)
    assert response.status == 400
    assert response.headers["Content-Type"] == "application/x-protobuf"

    assert OTLPLogExporter().export(batch) == LogRecordExportResult.SUCCESS
    [item] = wait_for(lambda: stored(tenant_id), timeout=60)
    assert item.text == "hello from [REDACTED_EMAIL]"


def _post(stack: Stack, body: bytes, key: str) -> Any:
    request = urllib.request.Request(
        f"{stack.url}/v1/logs",
        data=body,
        headers={"Content-Type": "application/x-protobuf", "Authorization": f"Api-Key {key}"},
    )
    try:
        return urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error
