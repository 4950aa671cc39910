"""OTLP records on the dashboard: severity and service columns, attributes, severity filter.

Records are mapped from a real ExportLogsServiceRequest (ingest/otlp.py) and stored by the
worker's own processing (redaction of text and attributes included), on the emulator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.logs.v1.logs_pb2 import LogRecord as OtlpLogRecord

from dashboard.evaluators import evaluator_create
from ingest.models import Tenant
from ingest.otlp import otlp_records
from processing.redaction import redact
from processing.services import log_process
from tests.helpers import store_log

pytestmark = pytest.mark.django_db

START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
TENANT = "/dashboard/tenants/acme/"


@pytest.fixture
def evaluator(db: None) -> Callable[..., Client]:
    """evaluator("acme"): a client signed in as an evaluator of those tenants."""
    Tenant.objects.get_or_create(tenant_id="acme", defaults={"name": "Acme"})

    def make(*tenant_ids: str) -> Client:
        user = evaluator_create(
            username="eve", password="a-long-test-password-41", tenant_ids=tenant_ids
        )
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make


def store_otlp(
    body: str,
    *,
    severity: int = 17,
    severity_text: str = "",
    service: str = "checkout",
    at: datetime = START,
    attributes: dict[str, str] | None = None,
) -> str:
    """Map one OTLP log record as POST /v1/logs does, process it as the worker does; its log_id."""
    request = ExportLogsServiceRequest()
    resource_logs = request.resource_logs.add()
    resource_logs.resource.attributes.add(key="service.name", value=AnyValue(string_value=service))
    resource_logs.scope_logs.add().log_records.append(
        OtlpLogRecord(
            time_unix_nano=int(at.timestamp() * 1e9),
            severity_number=severity,  # type: ignore[arg-type]
            severity_text=severity_text,
            body=AnyValue(string_value=body),
            attributes=[
                KeyValue(key=k, value=AnyValue(string_value=v))
                for k, v in (attributes or {}).items()
            ],
            trace_id=bytes.fromhex("5b8efff798038103d269b633813fc60c"),
        )
    )
    [record] = otlp_records(request=request, tenant_id="acme", received_at=at).records
    assert log_process(record=record, redaction=redact(record.text))
    return record.log_id


def texts(response: Any) -> list[str]:
    return [item.text for item in response.context["page"].items]


def html(response: Any) -> str:
    return str(response.content.decode())


def test_the_tenant_page_shows_severity_and_service_as_columns(
    aws: str, evaluator: Callable[..., Client]
) -> None:
    store_otlp("payment failed", severity=17, severity_text="ERROR", service="checkout")
    store_otlp("no text sent", severity=10, service="billing", at=START + timedelta(seconds=1))
    store_log("acme", "json-1", text="own JSON", received_at=START + timedelta(seconds=2))

    page = html(evaluator("acme").get(TENANT))

    assert '<th scope="col">Severity</th>' in page and '<th scope="col">Service</th>' in page
    rows = [re.sub(r"\s+", " ", row) for row in re.findall(r"<tr>(.*?)</tr>", page, re.S)[1:]]
    assert "<td>json</td> <td>—</td> <td>—</td>" in rows[0]
    # Without a severity text, the number's level.
    assert "<td>otlp</td> <td>INFO</td> <td>billing</td>" in rows[1]
    assert "<td>otlp</td> <td>ERROR</td> <td>checkout</td>" in rows[2]


def test_the_record_page_shows_the_attributes_redacted_and_escaped(
    aws: str, evaluator: Callable[..., Client]
) -> None:
    log_id = store_otlp(
        "Card declined",
        severity_text="ERROR",
        service="<b>checkout</b>",
        attributes={"customer.email": "bob@example.com", "note": "<script>alert(1)</script>"},
    )

    response = evaluator("acme").get(f"{TENANT}logs/{log_id}/")
    page = html(response)

    assert response.status_code == 200
    assert "<dt>Severity</dt><dd>ERROR</dd>" in page
    assert "<dt>Service</dt><dd>&lt;b&gt;checkout&lt;/b&gt;</dd>" in page
    assert "<code>customer.email</code>" in page and "[REDACTED_EMAIL]" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page and "bob@example.com" not in page
    assert "5b8efff798038103d269b633813fc60c" in page
    assert "<h3>Resource attributes</h3>" in page


def test_a_record_of_the_own_json_shows_no_otlp_fields(
    aws: str, evaluator: Callable[..., Client]
) -> None:
    store_log("acme", "json-1", text="own JSON")

    page = html(evaluator("acme").get(f"{TENANT}logs/json-1/"))

    assert "<dt>Severity</dt><dd>—</dd>" in page
    assert "OTLP fields" not in page


def test_it_filters_by_severity_level(aws: str, evaluator: Callable[..., Client]) -> None:
    for i, (number, body) in enumerate([(9, "info"), (17, "error"), (19, "error3"), (21, "fatal")]):
        store_otlp(body, severity=number, at=START + timedelta(seconds=i))
    store_log("acme", "json-1", text="own JSON")
    client = evaluator("acme")

    errors = client.get(TENANT, {"severity": "ERROR"})

    assert texts(errors) == ["error3", "error"]
    assert '<option value="ERROR" selected>ERROR</option>' in html(errors)
    assert "matching the filter" in html(errors)
    assert texts(client.get(TENANT, {"severity": "WARN"})) == []


def test_the_severity_filter_pages_with_the_cursor_and_the_text_filter(
    aws: str, evaluator: Callable[..., Client]
) -> None:
    for i in range(42):
        severity = 17 if i % 3 else 9  # every third one is INFO
        text = f"job {i:02d} {'t' if i < 40 else 'x'}"
        store_otlp(text, severity=severity, at=START + timedelta(seconds=i))
    client = evaluator("acme")

    first = client.get(TENANT, {"severity": "ERROR", "q": "t"})
    next_url = first.context["next_url"]
    second = client.get(TENANT + next_url)

    expected = [f"job {i:02d} t" for i in reversed(range(40)) if i % 3]
    assert len(texts(first)) == 25 and len(expected) == 26
    assert next_url.startswith("?q=t&severity=ERROR&cursor=")
    assert texts(first) + texts(second) == expected
    assert second.context["next_url"] is None


def test_an_unknown_severity_gets_a_400_page(aws: str, evaluator: Callable[..., Client]) -> None:
    response = evaluator("acme").get(TENANT, {"severity": "LOUD"})

    assert response.status_code == 400
    assert 'aria-invalid="true"' in html(response)
