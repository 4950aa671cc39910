"""schemathesis against /api/schema/: whatever the schema lets a client send gets a clean answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.test import override_settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error

from logsite.wsgi import application

# Read through the WSGI app, as a client would fetch it; requests go to the app the same way.
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
# The schema describes an NDJSON body as a string: send it as it is, like text/plain.
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


@pytest.fixture(autouse=True)
def keyless(aws: str, db: None) -> Iterator[None]:
    # Without keys requests name their tenant, so that generated records can be accepted.
    with override_settings(INGEST_REQUIRE_API_KEY=False):
        yield


@schema.parametrize()
@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_answers_what_its_schema_allows_without_a_server_error(case: Any) -> None:
    response = case.call()

    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        body = json.loads(response.content)
        # A rejected batch adds its per-record results to the shape.
        assert {"error", "detail", "fields"} <= set(body), body
        assert isinstance(body["fields"], dict)
