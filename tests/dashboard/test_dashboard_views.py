"""The dashboard's pages and rules, through Django's test client against the emulator."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django_q.signing import SignedPackage
from django_q.status import Stat, Status
from hypothesis import given
from hypothesis import strategies as st
from pytest_django import Settings as SettingsWrapper

from core.records import LogRecord
from dashboard import selectors as dashboard_selectors
from dashboard.evaluators import evaluator_create
from dashboard.selectors import DLQ_TEXT_CHARS
from ingest.models import Tenant
from processing.aws import aws_client
from processing.broker import decode_package, shared_broker
from processing.enqueue import log_task_package
from processing.sqs import queue_url
from tests.helpers import queue_depth, record_worker_result, shrink_search_budget, store_log
from tests.processing.test_messages import stock_pickle

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-41"
RAW_PII = ("bob@example.com", "800-555-0199")
START = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
PAGES = [
    "/dashboard/",
    "/dashboard/tenants/acme/",
    "/dashboard/tenants/acme/logs/101/",
    "/dashboard/dlq/",
]
_usernames = itertools.count()


@pytest.fixture
def evaluator(db: None) -> Callable[..., Client]:
    """evaluator("acme", ...) or evaluator(all_tenants=True): a signed-in client."""
    for tenant_id in ("acme", "beta", "gamma"):
        Tenant.objects.get_or_create(tenant_id=tenant_id, defaults={"name": tenant_id.title()})

    def make(*tenant_ids: str, all_tenants: bool = False) -> Client:
        user = evaluator_create(
            username=f"evaluator{next(_usernames)}",
            password=PASSWORD,
            tenant_ids=tenant_ids,
            all_tenants=all_tenants,
        )
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return make


def html(response: Any) -> str:
    return str(response.content.decode())


def record_ids(response: Any) -> list[str]:
    return [item.log_id for item in response.context["page"].items]


def send_to_dlq(body: str) -> None:
    aws_client("sqs").send_message(QueueUrl=queue_url(settings.LOGS_DLQ), MessageBody=body)


def dead_record(tenant_id: str, log_id: str, text: str) -> str:
    record = LogRecord(
        tenant_id=tenant_id, log_id=log_id, text=text, source="json", received_at=START
    )
    return log_task_package(record=record)


class TestAccess:
    @pytest.mark.parametrize("url", PAGES)
    def test_every_page_sends_an_anonymous_visitor_to_the_login_page(self, url: str) -> None:
        response = Client().get(url)

        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")

    @pytest.mark.parametrize("url", PAGES)
    def test_every_page_refuses_a_user_without_a_grant(self, url: str) -> None:
        user = get_user_model().objects.create_user(username="plain", password=PASSWORD)
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")

        assert client.get(url).status_code == 403

    @pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
    @pytest.mark.parametrize("url", PAGES)
    def test_every_page_is_read_only(
        self, evaluator: Callable[..., Client], url: str, method: str
    ) -> None:
        client = evaluator(all_tenants=True)

        response = getattr(client, method)(url)

        assert response.status_code == 405

    @pytest.mark.parametrize(
        "url",
        [
            "/dashboard/tenants/beta/",
            "/dashboard/tenants/unregistered/",
            "/dashboard/tenants/beta/?cursor=x&log_id=1",
            "/dashboard/tenants/beta/logs/b-1/",
            "/dashboard/tenants/unregistered/logs/b-1/",
        ],
    )
    def test_a_tenant_not_granted_is_not_found(
        self, aws: str, evaluator: Callable[..., Client], url: str
    ) -> None:
        store_log("beta", "b-1", text="beta's secret business")
        client = evaluator("acme")

        response = client.get(url)

        assert response.status_code == 404
        assert "beta&#x27;s secret" not in html(response)

    def test_a_record_of_another_tenant_is_not_found_under_a_granted_tenant(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        store_log("beta", "b-1", text="beta's secret business")
        client = evaluator("acme")

        assert client.get("/dashboard/tenants/acme/logs/b-1/").status_code == 404

    def test_an_all_tenants_evaluator_opens_every_tenant(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        client = evaluator(all_tenants=True)

        for tenant_id in ("acme", "beta", "gamma"):
            assert client.get(f"/dashboard/tenants/{tenant_id}/").status_code == 200

    def test_every_page_has_a_logout_form_with_csrf_and_no_inline_code(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        store_log("acme", "101")
        client = evaluator("acme")

        for url in PAGES:
            page = html(client.get(url))
            assert re.search(
                r'<form class="logout" method="post" action="/accounts/logout/">', page
            )
            assert 'name="csrfmiddlewaretoken"' in page
            # The CSP forbids inline scripts and styles: the pages must not need them.
            assert "<script" not in page
            assert "<style" not in page
            assert " style=" not in page
            assert "/static/dashboard/dashboard.css" in page


class TestOverview:
    def test_it_shows_the_granted_tenants_with_their_counters(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        for i in range(3):
            store_log("acme", f"a-{i}", received_at=START + timedelta(seconds=i))
        store_log("beta", "b-1")
        client = evaluator("acme", "gamma")

        response = client.get("/dashboard/")

        assert response.status_code == 200
        rows = {row.tenant_id: row for row in response.context["overview"].tenants}
        assert set(rows) == {"acme", "gamma"}
        assert (rows["acme"].stored, rows["gamma"].stored) == (3, 0)
        assert rows["acme"].last_processed_at == START + timedelta(seconds=4)
        assert rows["gamma"].last_processed_at is None
        assert "beta" not in html(response)
        assert '<time datetime="2025-03-01T12:00:04+00:00">2025-03-01 12:00:04</time>' in html(
            response
        )

    def test_it_charts_the_records_stored_per_minute_in_the_last_hour(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        now = timezone.now()
        for i in range(4):
            store_log("acme", f"now-{i}", received_at=now, lag=timedelta())
        store_log("acme", "old", received_at=now - timedelta(hours=2), lag=timedelta())
        store_log("gamma", "g", received_at=now - timedelta(minutes=30), lag=timedelta())
        client = evaluator("acme", "gamma")

        response = client.get("/dashboard/")

        overview = response.context["overview"]
        lines = {line.label: line.counts for line in overview.chart_lines}
        assert set(lines) == {"acme", "gamma"}
        assert len(lines["acme"]) == 60
        assert lines["acme"][-1] == 4
        assert sum(lines["acme"]) == 4
        assert sum(lines["gamma"]) == 1
        assert {row.tenant_id: row.last_hour for row in overview.tenants} == {"acme": 4, "gamma": 1}
        page = html(response)
        assert page.count("<polyline") == 2
        assert '<svg class="chart"' in page

    def test_it_shows_the_depth_of_both_queues(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        sqs = aws_client("sqs")
        for _ in range(3):
            sqs.send_message(QueueUrl=queue_url(settings.LOGS_QUEUE), MessageBody="m")
        sqs.receive_message(QueueUrl=queue_url(settings.LOGS_QUEUE), VisibilityTimeout=60)
        send_to_dlq("d1")
        send_to_dlq("d2")

        response = evaluator("acme").get("/dashboard/")

        queues = response.context["overview"].queues
        assert (queues.main_visible, queues.main_in_flight, queues.dlq_total) == (2, 1, 2)
        assert '<span class="figure">2</span> messages' in html(response)

    def test_it_still_renders_when_a_queue_cannot_be_read(
        self, delete_queue: Callable[..., None], evaluator: Callable[..., Client]
    ) -> None:
        delete_queue(settings.LOGS_DLQ, known=True)  # known, then gone

        response = evaluator("acme").get("/dashboard/")

        assert response.status_code == 200
        assert response.context["overview"].queues is None
        assert "The queues cannot be read right now." in html(response)

    def test_it_says_when_no_worker_cluster_runs(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        response = evaluator("acme").get("/dashboard/")

        assert response.context["overview"].clusters == []
        assert "No worker cluster is running" in html(response)

    def test_it_shows_the_clusters_that_report_to_the_shared_cache(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        # What a running qcluster's sentinel saves every few seconds (django_q.status.Stat.save).
        status = Status(pid=4242, cluster_id="c0ffee")
        status.workers = [1, 2, 3]
        status.status = "Idle"
        status.tob = timezone.now() - timedelta(minutes=5)
        shared_broker().set_stat(Stat.get_key("c0ffee"), SignedPackage.dumps(status, True), 30)

        response = evaluator("acme").get("/dashboard/")

        [cluster] = response.context["overview"].clusters
        assert (cluster.cluster_id, cluster.workers, cluster.status) == ("c0ffee", 3, "Idle")
        assert cluster.uptime >= timedelta(minutes=5)
        assert response.context["overview"].worker_count == 3
        assert "c0ffee" in html(response)


class TestTenantPage:
    def test_it_pages_newest_first_through_a_cursor(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        for i in range(30):
            store_log("acme", f"log-{i:03d}", received_at=START + timedelta(seconds=i))
        client = evaluator("acme")

        first = client.get("/dashboard/tenants/acme/")
        next_url = first.context["next_url"]
        second = client.get("/dashboard/tenants/acme/" + next_url)

        assert record_ids(first) == [f"log-{i:03d}" for i in reversed(range(5, 30))]
        assert next_url.startswith("?cursor=")
        assert f'href="{next_url}"' in html(first)
        assert record_ids(second) == [f"log-{i:03d}" for i in reversed(range(5))]
        assert second.context["next_url"] is None
        assert "No more records" in html(second)
        assert 'href="?">First page</a>' in html(second)

    def test_it_offers_no_next_page_after_exactly_one_full_page(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        for i in range(25):
            store_log("acme", f"log-{i:03d}", received_at=START + timedelta(seconds=i))

        response = evaluator("acme").get("/dashboard/tenants/acme/")

        assert len(record_ids(response)) == 25
        assert response.context["next_url"] is None

    def test_it_renders_an_empty_last_page(
        self, aws: str, evaluator: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        shrink_search_budget(monkeypatch, read_limit=3, calls=1)
        for i in range(6):
            text = "needle" if i == 5 else "hay"
            store_log("acme", f"log-{i}", text=text, received_at=START + timedelta(seconds=i))
        client = evaluator("acme")

        first = client.get("/dashboard/tenants/acme/?q=needle")
        empty = client.get("/dashboard/tenants/acme/" + first.context["next_url"])

        assert record_ids(first) == ["log-5"]
        assert "Search older records" in html(first)
        assert empty.status_code == 200
        assert record_ids(empty) == []
        assert "No records matching the filter on this page" in " ".join(html(empty).split())

    def test_it_filters_by_log_id_prefix_and_text(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        store_log("acme", "order-1", text="payment failed")
        store_log("acme", "order-2", text="payment ok")
        store_log("acme", "user-1", text="payment failed")
        client = evaluator("acme")

        by_prefix = client.get("/dashboard/tenants/acme/", {"log_id": "order-"})
        by_text = client.get("/dashboard/tenants/acme/", {"q": "failed"})
        by_both = client.get("/dashboard/tenants/acme/", {"log_id": "order-", "q": "failed"})

        assert record_ids(by_prefix) == ["order-1", "order-2"]
        assert sorted(record_ids(by_text)) == ["order-1", "user-1"]
        assert record_ids(by_both) == ["order-1"]
        assert 'value="order-"' in html(by_both)
        assert 'value="failed"' in html(by_both)

    def test_a_next_link_keeps_the_filters(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        for i in range(27):
            store_log("acme", f"x/{i:03d}", text="t", received_at=START + timedelta(seconds=i))
        client = evaluator("acme")

        first = client.get("/dashboard/tenants/acme/", {"log_id": "x/", "q": "t"})
        second = client.get("/dashboard/tenants/acme/" + first.context["next_url"])

        assert first.context["next_url"].startswith("?log_id=x%2F&q=t&cursor=")
        assert record_ids(second) == ["x/025", "x/026"]

    @pytest.mark.parametrize(
        "query",
        [
            {"cursor": "garbage!"},
            {"cursor": "eyJ0ZW5hbnRfaWQiOiB7IlMiOiAiYmV0YSJ9fQ"},
            {"cursor": "A" * 2000},
        ],
    )
    def test_a_bad_cursor_gets_a_400_page(
        self, aws: str, evaluator: Callable[..., Client], query: dict[str, str]
    ) -> None:
        response = evaluator("acme").get("/dashboard/tenants/acme/", query)

        assert response.status_code == 400
        assert "This page link is not valid" in html(response)

    def test_a_cursor_of_another_tenant_gets_a_400_page(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        for i in range(27):
            store_log("beta", f"log-{i:03d}", received_at=START + timedelta(seconds=i))
        client = evaluator("acme", "beta")
        cursor_of_beta = client.get("/dashboard/tenants/beta/").context["next_url"]

        response = client.get("/dashboard/tenants/acme/" + cursor_of_beta)

        assert response.status_code == 400

    @pytest.mark.parametrize("query", [{"log_id": "has space"}, {"q": "x" * 201}])
    def test_a_bad_filter_gets_a_400_page_that_names_it(
        self, aws: str, evaluator: Callable[..., Client], query: dict[str, str]
    ) -> None:
        response = evaluator("acme").get("/dashboard/tenants/acme/", query)

        assert response.status_code == 400
        assert 'aria-invalid="true"' in html(response)

    def test_each_row_shows_every_column(self, aws: str, evaluator: Callable[..., Client]) -> None:
        long_text = "Sent to [REDACTED_EMAIL]. " + "padding " * 40
        store_log(
            "acme",
            "a/../b?c#d%e",
            text=long_text,
            received_at=START,
            lag=timedelta(seconds=1.5),
            source="text",
            redactions={"email": 2, "phone": 0},
        )
        client = evaluator("acme")

        page = html(client.get("/dashboard/tenants/acme/"))

        href = "/dashboard/tenants/acme/logs/a%2F..%2Fb%3Fc%23d%25e/"
        assert f'href="{href}"' in page
        assert "2025-03-01 12:00:00" in page
        assert "2025-03-01 12:00:01" in page
        assert "1.5 s" in page
        assert "<td>text</td>" in page
        assert '<span class="badge">2 email</span>' in page
        assert "<details" in page
        assert long_text.strip() in page
        assert client.get(href).context["item"].log_id == "a/../b?c#d%e"

    def test_it_answers_503_when_the_table_cannot_be_read(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        aws_client("dynamodb").delete_table(TableName=settings.LOGS_TABLE)

        response = evaluator("acme").get("/dashboard/tenants/acme/")

        assert response.status_code == 503
        assert "Storage unavailable" in html(response)


class TestRecordPage:
    def test_it_shows_one_record(self, aws: str, evaluator: Callable[..., Client]) -> None:
        store_log(
            "acme",
            "101",
            text="User [REDACTED_PHONE] logged in",
            received_at=START,
            lag=timedelta(milliseconds=250),
        )

        response = evaluator("acme").get("/dashboard/tenants/acme/logs/101/")

        page = html(response)
        assert response.status_code == 200
        assert "User [REDACTED_PHONE] logged in" in page
        assert "2025-03-01 12:00:00.250" in page
        assert "0.2 s" in page or "0.3 s" in page
        assert '<span class="badge">1 phone</span>' in page

    @pytest.mark.parametrize("log_id", ["a/b", "ends/", "?", "#", "%", "%2F", "x?y=1#z"])
    def test_it_opens_any_visible_ascii_log_id(
        self, aws: str, evaluator: Callable[..., Client], log_id: str
    ) -> None:
        store_log("acme", log_id, text=f"record {log_id}")
        client = evaluator("acme")
        page = html(client.get("/dashboard/tenants/acme/"))
        [href] = re.findall(r'href="(/dashboard/tenants/acme/logs/[^"]*)"', page)

        response = client.get(href)

        assert response.context["item"].log_id == log_id

    @pytest.mark.parametrize("log_id", ["missing", "x" * 300])
    def test_an_unknown_record_is_not_found(
        self, aws: str, evaluator: Callable[..., Client], log_id: str
    ) -> None:
        response = evaluator("acme").get(f"/dashboard/tenants/acme/logs/{log_id}/")

        assert response.status_code == 404


class TestDeadLetters:
    def test_it_shows_the_dead_letters_of_granted_tenants_redacted(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        send_to_dlq(dead_record("acme", "dead-1", "Mail bob@example.com or call 800-555-0199"))
        send_to_dlq(dead_record("beta", "dead-2", "beta's own failure"))
        send_to_dlq("not a package: bob@example.com")

        response = evaluator("acme").get("/dashboard/dlq/")

        page = html(response)
        [letter] = response.context["dlq"].letters
        assert (letter.tenant_id, letter.log_id, letter.received_at) == ("acme", "dead-1", START)
        assert letter.receive_count >= 1
        assert letter.first_sent_at is not None
        assert "Mail [REDACTED_EMAIL] or call [REDACTED_PHONE]" in page
        assert "dead-2" not in page
        assert "beta" not in page
        assert response.context["dlq"].undecodable is None
        assert "Undecodable" not in page
        for raw in RAW_PII:
            assert raw not in page

    def test_it_lists_undecodable_messages_only_to_all_tenants_evaluators(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        send_to_dlq("not a package: bob@example.com, 800-555-0199")
        send_to_dlq("\t junk é ✓ \ud7ff " + "z" * 5000)
        send_to_dlq(dead_record("beta", "dead-2", "beta failed"))

        response = evaluator(all_tenants=True).get("/dashboard/dlq/")

        page = html(response)
        assert response.status_code == 200
        dlq = response.context["dlq"]
        assert [letter.log_id for letter in dlq.letters] == ["dead-2"]
        assert len(dlq.undecodable) == 2
        body = b"not a package: bob@example.com, 800-555-0199"
        assert hashlib.sha256(body).hexdigest() in page
        assert f"{len(body)} B" in page
        assert "not a JSON message (JSONDecodeError)" in page
        # Never the body, not even redacted: nothing says what it holds.
        assert "not a package" not in page
        assert "zzzz" not in page
        for raw in RAW_PII:
            assert raw not in page

    def test_a_body_signed_with_a_rotated_out_key_shows_no_pii_at_all(
        self, aws: str, evaluator: Callable[..., Client], settings: SettingsWrapper
    ) -> None:
        send_to_dlq(dead_record("acme", "dead-1", "Mail bob@example.com or call 800-555-0199"))
        settings.QUEUE_SIGNING_KEY = "a-key-after-rotation-0123456789abcdefghijkl"

        response = evaluator(all_tenants=True).get("/dashboard/dlq/")

        page = html(response)
        [row] = response.context["dlq"].undecodable
        assert "unknown key" in row.reason and "unknown key" in page
        assert response.context["dlq"].letters == []
        for raw in (*RAW_PII, "bob@", "0199", "dead-1"):
            assert raw not in page

    def test_a_stock_django_q2_pickle_in_the_dlq_is_never_unpickled(
        self, aws: str, evaluator: Callable[..., Client], tmp_path: Path
    ) -> None:
        marker = tmp_path / "pwned"
        send_to_dlq(stock_pickle(marker))

        response = evaluator(all_tenants=True).get("/dashboard/dlq/")

        assert response.status_code == 200
        [row] = response.context["dlq"].undecodable
        assert row.reason == "not a JSON message (JSONDecodeError)"
        assert not marker.exists()

    def test_it_redacts_and_shows_only_the_start_of_a_long_text(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        long_text = "ok " * 30_000  # 90,000 characters: far over the preview
        send_to_dlq(dead_record("acme", "long", long_text))

        response = evaluator("acme").get("/dashboard/dlq/")

        [letter] = response.context["dlq"].letters
        assert letter.text.cut and letter.text.original_chars == len(long_text)
        assert len(letter.text.text) <= DLQ_TEXT_CHARS
        assert f"(cut: {len(long_text)} characters in all)" in html(response)

    @pytest.mark.parametrize("pii", ["bob.smith@example.com", "+1 (800) 555-0199"])
    @pytest.mark.parametrize("before_cut", [1, 5, 9, 15])
    def test_pii_across_the_preview_cut_is_never_shown_in_part(
        self, aws: str, evaluator: Callable[..., Client], pii: str, before_cut: int
    ) -> None:
        start = DLQ_TEXT_CHARS - before_cut  # pii starts before the cut and ends after it
        text = "a " * (start // 2) + " " * (start % 2) + pii + " and more" * 100
        assert text[start:].startswith(pii)
        send_to_dlq(dead_record("acme", "cut", text))

        response = evaluator("acme").get("/dashboard/dlq/")

        [letter] = response.context["dlq"].letters
        assert letter.text.cut
        shown = letter.text.text.rstrip()
        assert shown.endswith(("a", "[REDACTED_EMAIL]", "[REDACTED_PHONE]")), shown[-40:]

    @given(
        pii=st.sampled_from(
            ["bob.smith@example.com", "+1 (800) 555-0199", "800-555-0199", "+44 20 7946 0958"]
        ),
        into=st.integers(min_value=1, max_value=20),
        filler=st.sampled_from(["a ", "1 ", "x=", ", "]),
    )
    def test_a_preview_never_ends_in_part_of_a_phone_or_address(
        self, pii: str, into: int, filler: str
    ) -> None:
        """Hostile layout: the PII starts `into` characters before the cut, in any filler."""
        into = min(into, len(pii) - 1)
        start = DLQ_TEXT_CHARS - into
        text = (filler * start)[:start] + " " + pii + " " + filler * 300

        preview = dashboard_selectors._redacted_preview(text)

        shown = preview.text
        assert preview.cut
        for size in range(4, len(pii)):  # no unredacted start of it at the end of the preview
            assert not (" " + shown).endswith(" " + pii[:size]), shown[-40:]

    def test_one_view_reads_at_most_a_page_of_messages(
        self, aws: str, evaluator: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(dashboard_selectors, "DLQ_PAGE_MESSAGES", 3)
        for n in range(5):
            send_to_dlq(dead_record("acme", f"dead-{n}", "x"))

        response = evaluator("acme").get("/dashboard/dlq/")

        dlq = response.context["dlq"]
        assert (len(dlq.letters), dlq.read, dlq.total) == (3, 3, 5)
        assert "This view read 3 of about 5 messages" in html(response)
        assert queue_depth(settings.LOGS_DLQ) == 5

    def test_it_shows_the_last_worker_error_redacted(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        body = dead_record("acme", "dead-1", "x")
        task_id = decode_package(body)["id"]
        send_to_dlq(body)
        record_worker_result(
            task_id=task_id, result="ValueError: cannot store record for bob@example.com"
        )

        response = evaluator("acme").get("/dashboard/dlq/")

        assert "ValueError: cannot store record for [REDACTED_EMAIL]" in html(response)
        assert "bob@example.com" not in html(response)

    def test_reading_the_dlq_consumes_nothing(
        self, aws: str, evaluator: Callable[..., Client]
    ) -> None:
        send_to_dlq(dead_record("acme", "dead-1", "x"))
        send_to_dlq("junk")
        client = evaluator(all_tenants=True)

        first = client.get("/dashboard/dlq/")
        second = client.get("/dashboard/dlq/")

        assert len(first.context["dlq"].letters) == len(second.context["dlq"].letters) == 1
        assert len(second.context["dlq"].undecodable) == 1
        assert queue_depth(settings.LOGS_DLQ) == 2

    def test_an_empty_dlq_says_so(self, aws: str, evaluator: Callable[..., Client]) -> None:
        response = evaluator("acme").get("/dashboard/dlq/")

        assert "No dead letters for your tenants." in html(response)
