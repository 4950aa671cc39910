"""The dashboard in a real headless Chromium (Debian's, never a downloaded one), JavaScript off.

The whole system runs as `make run` runs it: gunicorn and a qcluster on the emulator, sharing a
migrated database. Records come through the ingest API and the worker's own storage write; the
DLQ gets a record that fails in the worker, one sent to it directly, and an undecodable body.
Screenshots of every page go to $DASHBOARD_SCREENSHOTS (`make screenshots`) or a temporary
directory.
"""

from __future__ import annotations

import json
import os
import random
import re
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect, sync_playwright

from core.records import LogRecord
from processing.aws import aws_client
from processing.enqueue import log_task_package
from processing.redaction import redact
from processing.services import log_store
from processing.sqs import queue_url
from processing.tables import LogItem
from scripts import emulator
from scripts.processes import start_web
from tests.conftest import migrated_database
from tests.helpers import REPO_STATIC_ROOT, manage, queue_depth, signed_message, wait_for

pytestmark = [pytest.mark.browser, REPO_STATIC_ROOT]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "browser-test-password-7"
RAW_PII = ["jane.doe@example.com", "800-555-0199", "+44 20 7946 0958", "ops@acme.example"]
TEXTS = [
    "User jane.doe@example.com logged in from 192.168.1.1",
    "Payment of 42.00 EUR accepted for order 88123",
    "SMS to 800-555-0199 failed: carrier timeout after 3000 ms",
    "Cache warm-up finished in 812 ms",
    "Escalated to ops@acme.example, call +44 20 7946 0958 out of hours. " + "Stack frame " * 20,
]


@dataclass(frozen=True)
class Site:
    url: str
    env: dict[str, str]


@pytest.fixture
def site(aws: str, start_cluster: Callable[..., Any], tmp_path: Path) -> Iterator[Site]:
    """gunicorn and a qcluster on one migrated database, as `make run` starts them."""
    port = emulator.free_port()
    env = {
        **os.environ,
        "DATABASE_URL": migrated_database(tmp_path / "site.sqlite3"),
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "WEB_THREADS": "4",
    }
    manage(env, "collectstatic", "--no-input", "-v", "0")
    start_cluster(DATABASE_URL=env["DATABASE_URL"])
    server = start_web(env, port=port, log=tmp_path / "gunicorn.log")
    url = f"http://127.0.0.1:{port}"
    try:
        yield Site(url=url, env=env)
    finally:
        server.terminate()
        server.wait(timeout=30)


def ingest(site: Site, api_key: str, body: dict[str, str]) -> None:
    request = urllib.request.Request(
        f"{site.url}/api/v1/logs",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Api-Key {api_key}"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 202


def seed(site: Site) -> None:
    for tenant_id in ("acme_corp", "beta_inc"):
        manage(site.env, "tenant", "create", tenant_id)
    manage(site.env, "evaluator", "create", "eve", "--all-tenants", stdin=PASSWORD)
    manage(site.env, "evaluator", "create", "ada", "--tenant", "acme_corp", stdin=PASSWORD)

    # The last hour of two tenants, as the worker stores it: redacted, with its counters.
    for i, received in enumerate(_last_hour(36, busiest_minutes_ago=12)):
        _store("acme_corp", f"web-{i:04d}", TEXTS[i % len(TEXTS)], received)
    for i, received in enumerate(_last_hour(12, busiest_minutes_ago=40)):
        _store("beta_inc", f"job-{i:04d}", TEXTS[(i + 2) % len(TEXTS)], received)

    # The README's seed request, through the API, the queue and the running worker.
    api_key = manage(site.env, "tenant", "key", "acme_corp").strip().splitlines()[-1]
    ingest(site, api_key, {"log_id": "101", "text": "User 800-555-0199 logged in from 10.0.0.7"})

    # A record the worker cannot take (its received_at is broken): three receives, then the DLQ.
    poison = _record("acme_corp", "poison-1").to_message()
    poison["received_at"] = "yesterday"
    sqs = aws_client("sqs")
    sqs.send_message(QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody=signed_message(poison))
    dlq = queue_url(settings.LOGS_DLQ)
    sqs.send_message(QueueUrl=dlq, MessageBody=log_task_package(record=_record("beta_inc", "b-9")))
    sqs.send_message(QueueUrl=dlq, MessageBody="garbage from ops@acme.example, not a task")
    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 3, timeout=90, interval=1)
    wait_for(lambda: _stored("acme_corp", "101"), timeout=30)


def _last_hour(count: int, *, busiest_minutes_ago: int) -> list[datetime]:
    """`count` moments of the last hour, oldest first, bunched around one minute."""
    now, rng = timezone.now(), random.Random(count)
    seconds = (rng.triangular(30, 3500, busiest_minutes_ago * 60) for _ in range(count))
    return sorted(now - timedelta(seconds=s) for s in seconds)


def _store(tenant_id: str, log_id: str, raw_text: str, received: datetime) -> None:
    redaction = redact(raw_text)
    item = LogItem(
        tenant_id,
        log_id,
        text=redaction.text,
        source="json" if len(log_id) % 2 else "text",
        received_at=received,
        processed_at=received + timedelta(milliseconds=300 + len(raw_text) * 9),
        redactions=dict(redaction.counts),
    )
    assert log_store(item=item)


def _record(tenant_id: str, log_id: str) -> LogRecord:
    text = "Retry for jane.doe@example.com, phone 800-555-0199"
    return LogRecord(tenant_id, log_id, text, "json", timezone.now())


def _stored(tenant_id: str, log_id: str) -> bool:
    try:
        LogItem.get(tenant_id, log_id, consistent_read=True)
    except LogItem.DoesNotExist:
        return False
    return True


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    directory = Path(os.environ.get("DASHBOARD_SCREENSHOTS") or tmp_path / "screenshots")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def new_page(browser: Browser, problems: list[str]) -> Page:
    # No JavaScript: every page must work without it. Console errors would include CSP refusals.
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 800}, locale="en-US"
    )
    page = context.new_page()
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on(
        "response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 500 else None
    )
    return page


def log_in(page: Page, site: Site, username: str) -> None:
    page.goto(f"{site.url}/dashboard/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Overview")


def assert_no_raw_pii(page: Page) -> None:
    content = page.content()
    for raw in RAW_PII:
        assert raw not in content


def test_an_evaluator_reads_the_dashboard_in_a_browser(
    site: Site, browser: Browser, shots: Path
) -> None:
    seed(site)
    problems: list[str] = []
    page = new_page(browser, problems)

    page.goto(f"{site.url}/accounts/login/")
    page.screenshot(path=shots / "login.png")
    log_in(page, site, "eve")

    # Overview: both tenants with their counters, the queues, the running cluster, the chart.
    tenants = page.get_by_role("region", name="Tenants")
    expect(tenants.get_by_role("row", name=re.compile(r"^acme_corp 37 "))).to_be_visible()
    expect(tenants.get_by_role("row", name=re.compile(r"^beta_inc 12 "))).to_be_visible()
    expect(page.locator(".card", has_text="Dead-letter queue")).to_contain_text("3 messages")
    expect(page.locator(".card", has_text="Workers")).to_contain_text("1 cluster running")
    expect(page.get_by_role("img", name="Records stored per minute")).to_be_visible()
    expect(page.locator("svg.chart polyline")).to_have_count(2)
    page.screenshot(path=shots / "overview.png", full_page=True)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()

    # A tenant's records, newest first, 25 a page, redacted.
    page.get_by_role("link", name="acme_corp", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tenant acme_corp")
    rows = page.locator("table.records tbody tr")
    expect(rows).to_have_count(25)
    expect(rows.first).to_contain_text("101")
    expect(rows.first).to_contain_text("User [REDACTED_PHONE] logged in from 10.0.0.7")
    expect(rows.nth(1)).to_contain_text("web-0035")
    assert_no_raw_pii(page)
    long_text = page.locator("details.text").first
    expect(long_text.locator("pre")).not_to_be_visible()
    long_text.locator("summary").click()  # native <details>: no JavaScript needed
    expect(long_text.locator("pre")).to_contain_text("Stack frame Stack frame")
    page.screenshot(path=shots / "tenant.png")

    page.get_by_role("link", name="Next page").click()
    expect(rows).to_have_count(12)
    expect(rows.last).to_contain_text("web-0000")
    expect(page.get_by_text("No more records")).to_be_visible()

    # Filters: text (submitted with the keyboard), then a log_id prefix.
    page.get_by_role("link", name="First page").click()
    page.get_by_label("Text contains").fill("[REDACTED_EMAIL]")
    page.get_by_label("Text contains").press("Enter")
    expect(rows).to_have_count(15)
    for text in rows.locator("td.wide").all_inner_texts():
        assert "[REDACTED_EMAIL]" in text
    page.screenshot(path=shots / "tenant-filtered.png")
    page.get_by_role("link", name="Clear").click()
    page.get_by_label("log_id starts with").fill("web-001")
    page.get_by_role("button", name="Filter").click()
    expect(rows).to_have_count(10)
    expect(rows.first).to_contain_text("web-0010")

    # One record.
    page.get_by_role("link", name="web-0014").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Record web-0014")
    expect(page.locator("pre.full-text")).to_contain_text("[REDACTED_EMAIL]")
    expect(page.locator(".record")).to_contain_text("Processing lag")
    assert_no_raw_pii(page)
    page.screenshot(path=shots / "record.png")

    # The dead letters, redacted, with the worker's last error; an undecodable body is only
    # described (size, hash, reason), never shown.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dead letters").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dead letters")
    letters = page.get_by_role("region", name="Records").locator("tbody tr")
    expect(letters).to_have_count(2)
    poisoned = letters.filter(has_text="poison-1")
    expect(poisoned).to_contain_text("Retry for [REDACTED_EMAIL], phone [REDACTED_PHONE]")
    expect(poisoned).to_contain_text("yesterday")  # the worker's error: a bad received_at
    expect(letters.filter(has_text="b-9")).to_contain_text("beta_inc")
    undecodable = page.get_by_role("region", name="Undecodable messages")
    expect(undecodable).to_contain_text("not a JSON message")
    expect(undecodable).not_to_contain_text("garbage from")
    assert_no_raw_pii(page)
    page.screenshot(path=shots / "dlq.png", full_page=True)

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.goto(f"{site.url}/dashboard/dlq/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))

    # An evaluator of one tenant sees only that tenant, in the DLQ too.
    log_in(page, site, "ada")
    expect(page.get_by_role("region", name="Tenants").locator("tbody tr")).to_have_count(1)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Dead letters").click()
    expect(letters).to_have_count(1)
    expect(letters.first).to_contain_text("poison-1")
    expect(page.get_by_role("region", name="Undecodable messages")).to_have_count(0)
    assert problems == []
    response = page.goto(f"{site.url}/dashboard/tenants/beta_inc/")
    assert response is not None and response.status == 404
