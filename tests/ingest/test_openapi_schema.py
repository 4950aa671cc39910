"""The OpenAPI 3 schema (/api/schema/) and the Swagger UI (/api/docs/), which must work offline."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from drf_spectacular.validation import validate_schema
from playwright.sync_api import Browser, expect, sync_playwright

URL = "/api/v1/logs"
MEDIA_TYPES = {"application/json", "application/x-ndjson", "text/plain"}
ERROR_STATUSES = ["400", "401", "403", "413", "415", "429", "503"]
ERROR_SHAPE = {"error", "detail", "fields"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    response = Client().get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    return dict(json.loads(response.content))


@pytest.fixture(scope="module")
def operation(schema: dict[str, Any]) -> dict[str, Any]:
    [path] = [p for p in schema["paths"] if p.rstrip("/") == URL]
    return dict(schema["paths"][path]["post"])


def component(schema: dict[str, Any], ref: str) -> dict[str, Any]:
    return dict(schema["components"]["schemas"][ref.rsplit("/", 1)[1]])


class TestSchema:
    def test_it_is_a_valid_openapi_3_document(self, schema: dict[str, Any]) -> None:
        assert schema["openapi"].startswith("3.")
        validate_schema(schema)

    def test_it_documents_the_canonical_path_without_a_trailing_slash(
        self, schema: dict[str, Any]
    ) -> None:
        assert URL in schema["paths"]
        assert f"{URL}/" not in schema["paths"]

    def test_it_generates_without_warnings(self, tmp_path: Path) -> None:
        call_command("spectacular", "--validate", "--fail-on-warn", "--file", tmp_path / "s.yml")

    def test_it_documents_each_content_type_with_an_example(
        self, operation: dict[str, Any]
    ) -> None:
        content = operation["requestBody"]["content"]

        assert set(content) == MEDIA_TYPES
        for media_type in MEDIA_TYPES:
            assert content[media_type]["examples"], media_type
        json_examples = [e["value"] for e in content["application/json"]["examples"].values()]
        assert {type(value) for value in json_examples} == {dict, list}

    def test_it_documents_the_json_body_as_a_record_or_a_batch(
        self, schema: dict[str, Any], operation: dict[str, Any]
    ) -> None:
        body = component(
            schema, operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        )
        record, batch = body["oneOf"]

        assert set(component(schema, record["$ref"])["properties"]) == {
            "tenant_id",
            "log_id",
            "text",
        }
        assert batch["type"] == "array"

    @pytest.mark.parametrize("status", ERROR_STATUSES)
    def test_it_documents_each_error_status_in_the_error_shape(
        self, schema: dict[str, Any], operation: dict[str, Any], status: str
    ) -> None:
        response = operation["responses"][status]["content"]["application/json"]
        shape = component(schema, response["schema"]["$ref"])

        assert set(shape["properties"]) >= ERROR_SHAPE
        assert set(shape["required"]) >= ERROR_SHAPE
        for example in response["examples"].values():
            assert set(example["value"]) >= ERROR_SHAPE

    def test_it_has_the_error_shape_as_a_component(self, schema: dict[str, Any]) -> None:
        error = schema["components"]["schemas"]["Error"]

        assert set(error["properties"]) == ERROR_SHAPE
        assert set(error["required"]) == ERROR_SHAPE

    def test_it_documents_retry_after_on_429_and_503(self, operation: dict[str, Any]) -> None:
        for status in ("429", "503"):
            assert "Retry-After" in operation["responses"][status]["headers"]

    def test_it_documents_the_api_key(
        self, schema: dict[str, Any], operation: dict[str, Any]
    ) -> None:
        assert operation["security"] == [{"ApiKey": []}]
        assert schema["components"]["securitySchemes"]["ApiKey"]["in"] == "header"


class TestExamplesAreTrue:
    def test_the_api_accepts_every_request_example(
        self, aws: str, operation: dict[str, Any], api_client: Callable[..., Client]
    ) -> None:
        client = api_client("acme_corp")
        for media_type, content in operation["requestBody"]["content"].items():
            for name, example in content["examples"].items():
                value = example["value"]
                body = value if isinstance(value, str) else json.dumps(value)

                response = client.generic("POST", URL, data=body, CONTENT_TYPE=media_type)

                assert response.status_code == 202, (name, response.content)

    @pytest.mark.parametrize(
        ("status", "keyed", "content_type"),
        [("401", False, "application/json"), ("415", True, "application/xml")],
    )
    def test_an_error_example_has_the_code_the_api_answers_with(
        self,
        operation: dict[str, Any],
        api_client: Callable[..., Client],
        status: str,
        keyed: bool,
        content_type: str,
    ) -> None:
        client = api_client("t") if keyed else Client()
        examples = operation["responses"][status]["content"]["application/json"]["examples"]
        [example] = examples.values()

        response = client.generic("POST", URL, data="{}", CONTENT_TYPE=content_type)

        assert str(response.status_code) == status
        assert response.json()["error"] == example["value"]["error"]


class TestDocsPage:
    def test_it_loads_every_asset_from_this_site(self) -> None:
        response = Client().get("/api/docs/")

        assert response.status_code == 200
        html = response.content.decode()
        urls = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert urls
        assert not re.search(r"(?:https?:)?//", html)
        for url in urls:
            parsed = urlparse(url)
            assert not parsed.netloc and url.startswith("/"), url
            if url.startswith("/static/"):
                assert finders.find(parsed.path.removeprefix("/static/")), url

    def test_its_script_is_a_separate_request(self) -> None:
        html = Client().get("/api/docs/").content.decode()

        assert "<script>" not in html
        assert "<style>" not in html
        script = Client().get("/api/docs/", {"script": ""})
        assert script.status_code == 200
        assert script["Content-Type"].startswith("application/javascript")
        assert "/api/schema/" in script.content.decode()


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        chromium.close()


@pytest.mark.browser
def test_the_docs_render_offline_in_a_browser(browser: Browser, live_server: Any) -> None:
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    # Anything not served by this site would need the internet: refuse it, and note it.
    origin = urlparse(live_server.url).netloc

    def only_this_site(route: Any) -> None:
        if urlparse(route.request.url).netloc == origin:
            route.continue_()
        else:
            problems.append(f"external request: {route.request.url}")
            route.abort()

    page.route("**/*", only_this_site)

    page.goto(f"{live_server.url}/api/docs/")

    expect(page.get_by_text("Ingest one log record, or a batch")).to_be_visible()
    assert problems == []
