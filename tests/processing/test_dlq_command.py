from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import timezone
from pytest_django import Settings as SettingsWrapper

from processing.broker import decode_package
from processing.selectors import tenant_stats
from processing.sqs import queue_counts
from processing.tables import LogItem
from tests.helpers import queue_depth, receive_all, record_worker_result, store_log, wait_for
from tests.processing.test_dead_letters import dead_letter, send, stale_time


def dlq(*args: str) -> str:
    out = StringIO()
    call_command("dlq", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_list_shows_each_dead_letter_with_its_last_error(aws: str) -> None:
    body = dead_letter("acme", "42")
    task_id = decode_package(body)["id"]
    record_worker_result(
        task_id=task_id,
        result="injected failure for acme/42 : Traceback (most recent call last): ...",
    )
    garbage_id = send(settings.LOGS_DLQ, "truncated")

    output = dlq("list")

    [row] = [line for line in output.splitlines() if " acme " in line]
    assert "42" in row
    assert row.rstrip().endswith("injected failure for acme/42")
    assert "800-555-0199" not in output  # the raw text is never shown
    [garbage] = [line for line in output.splitlines() if line.startswith(garbage_id)]
    assert "undecodable" in garbage
    assert "2 dead letter(s) shown." in output
    assert queue_counts(settings.LOGS_DLQ) == (2, 0)


@pytest.mark.django_db
def test_list_filters_by_tenant(aws: str) -> None:
    dead_letter("acme", "1")
    dead_letter("beta", "2")

    output = dlq("list", "--tenant", "beta")

    assert " beta " in output
    assert " acme " not in output
    assert "1 dead letter(s) shown." in output


def test_redrive_moves_a_tenants_records_back_unchanged(aws: str) -> None:
    bodies = {dead_letter("acme", "1"), dead_letter("acme", "2")}
    dead_letter("beta", "3")
    send(settings.LOGS_DLQ, "undecodable")

    output = dlq("redrive", "--tenant", "acme")

    assert "Redrove 2 message(s) to test-logs; left 2 of other tenants or undecodable." in output
    assert {m["Body"] for m in receive_all(settings.LOGS_QUEUE)} == bodies
    assert queue_counts(settings.LOGS_DLQ) == (2, 0)


def test_redrive_without_tenant_moves_everything_up_to_the_limit(aws: str) -> None:
    for n in range(4):
        dead_letter("t", str(n))
    send(settings.LOGS_DLQ, "undecodable")

    assert "Redrove 3 message(s)" in dlq("redrive", "--limit", "3")
    assert queue_counts(settings.LOGS_DLQ) == (2, 0)
    assert queue_counts(settings.LOGS_QUEUE) == (3, 0)

    assert "Redrove 2 message(s)" in dlq("redrive")
    assert queue_depth(settings.LOGS_DLQ) == 0
    assert "undecodable" in {m["Body"] for m in receive_all(settings.LOGS_QUEUE)}


def test_redrive_leaves_messages_signed_too_long_ago_in_the_dlq(aws: str) -> None:
    fresh = dead_letter("acme", "fresh")
    stale = dead_letter("acme", "stale", issued_at=stale_time())

    output = dlq("redrive")

    assert "Redrove 1 message(s) to test-logs; left 1 signed more than" in output
    assert [m["Body"] for m in receive_all(settings.LOGS_QUEUE)] == [fresh]
    assert [m["Body"] for m in receive_all(settings.LOGS_DLQ)] == [stale]


def test_redrive_honours_the_configured_maximum_age(aws: str, settings: SettingsWrapper) -> None:
    dead_letter("acme", "a-day-old", issued_at=timezone.now() - timedelta(days=1))
    settings.QUEUE_MESSAGE_MAX_AGE_SECONDS = 3600

    assert "Redrove 0 message(s)" in dlq("redrive")
    assert queue_counts(settings.LOGS_DLQ) == (1, 0)

    settings.QUEUE_MESSAGE_MAX_AGE_SECONDS = 2 * 86400
    assert "Redrove 1 message(s)" in dlq("redrive")


@pytest.mark.django_db
def test_list_marks_a_stale_message(aws: str) -> None:
    dead_letter("acme", "stale", issued_at=stale_time())

    [row] = [line for line in dlq("list").splitlines() if " acme " in line]

    assert "stale: signed too long ago" in row


def test_a_redriven_record_stored_meanwhile_is_not_stored_again(
    start_cluster: Callable[..., subprocess.Popen[bytes]],
) -> None:
    first = store_log("t", "stored-meanwhile", text="the first write")
    dead_letter("t", "stored-meanwhile", text="a later delivery")
    dead_letter("t", "only-dead")

    dlq("redrive")
    start_cluster()

    wait_for(lambda: LogItem.count("t") == 2, timeout=30)
    wait_for(lambda: queue_depth(settings.LOGS_QUEUE) == 0, timeout=10)
    kept = LogItem.get("t", "stored-meanwhile", consistent_read=True)
    assert (kept.text, kept.processed_at) == ("the first write", first.processed_at)
    assert tenant_stats(tenant_ids=["t"])["t"].stored == 2


def test_purge_refuses_without_yes(aws: str) -> None:
    dead_letter("t", "1")

    with pytest.raises(CommandError, match="without --yes"):
        dlq("purge")

    assert queue_depth(settings.LOGS_DLQ) == 1


def test_purge_with_yes_empties_the_dlq(aws: str) -> None:
    dead_letter("t", "1")
    send(settings.LOGS_DLQ, "undecodable")

    assert "Purged about 2 message(s)" in dlq("purge", "--yes")

    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 0, timeout=10)
