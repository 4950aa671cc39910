"""Queue messages are data, never code: signed JSON, verified, always the log task.

django-q2's stock packages are pickles signed with SECRET_KEY: whoever knows that key and can
write to the queue runs code in the worker, or in the dashboard that reads the DLQ. These tests
put such a pickle, with a `__reduce__` payload that creates a file, on the queues.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import pathlib
import subprocess
import uuid
from collections.abc import Callable
from datetime import timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_q.signing import SignedPackage
from pytest_django import Settings as SettingsWrapper

from core.messages import (
    InvalidMessage,
    StaleMessage,
    key_id,
    message_decode,
    message_encode,
    message_verify,
)
from processing.broker import decode_package
from processing.dead_letters import dead_letters_peek
from processing.tasks import PROCESS_TASK
from tests.helpers import queue_depth, receive_all, signed_message, wait_for
from tests.processing.test_dead_letters import send

OLD_KEY = "the-old-queue-signing-key-0123456789abcdefghij"
NEW_KEY = "the-new-queue-signing-key-0123456789abcdefghij"
RECORD = {
    "tenant_id": "t",
    "log_id": "1",
    "text": "call 800-555-0199",
    "source": "json",
    "received_at": "2025-03-01T12:00:00+00:00",
}


class CreatesAFile:
    """Unpickling this creates `path`: the proof that a pickle was loaded (code ran)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (pathlib.Path.touch, (self.path,))


def stock_pickle(marker: Path) -> str:
    """A django-q2 package as its own broker sends it: a pickle signed with SECRET_KEY."""
    return str(
        SignedPackage.dumps(
            {
                "id": uuid.uuid4().hex,
                "name": "t/evil",
                "func": "os.system",
                "args": (CreatesAFile(marker), RECORD),
                "kwargs": {},
                "started": timezone.now(),
            }
        )
    )


def signed_fields(fields: dict[str, Any], *, key: str) -> str:
    """A body with any fields, signed as core/messages.py specifies (README)."""
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    signature = hmac.new(key.encode(), canonical.encode("ascii"), hashlib.sha256).hexdigest()
    return json.dumps({**fields, "sig": signature})


def envelope(**changes: Any) -> dict[str, Any]:
    return {
        "v": 1,
        "task": uuid.uuid4().hex,
        "iat": int(timezone.now().timestamp()),
        "kid": key_id(settings.QUEUE_SIGNING_KEY),
        "record": RECORD,
        **changes,
    }


def test_a_message_carries_its_record_and_names_no_function() -> None:
    body = signed_message(RECORD)

    fields = json.loads(body)
    assert set(fields) == {"v", "task", "iat", "kid", "record", "sig"}
    assert message_verify(body).record == RECORD
    package = decode_package(body)
    assert (package["func"], package["args"]) == (PROCESS_TASK, (RECORD,))


def test_a_tampered_record_is_refused() -> None:
    fields = json.loads(signed_message(RECORD))
    fields["record"] = {**RECORD, "tenant_id": "another"}

    with pytest.raises(InvalidMessage, match="bad signature"):
        message_decode(json.dumps(fields))


def test_a_message_signed_with_an_old_key_is_accepted_after_rotation(
    settings: SettingsWrapper,
) -> None:
    settings.QUEUE_SIGNING_KEY = OLD_KEY
    body = signed_message(RECORD)

    settings.QUEUE_SIGNING_KEY, settings.QUEUE_SIGNING_OLD_KEYS = NEW_KEY, [OLD_KEY]

    assert message_verify(body).record == RECORD
    assert json.loads(signed_message(RECORD))["kid"] == key_id(NEW_KEY)  # the new key signs


def test_a_message_signed_with_an_unknown_key_is_refused(settings: SettingsWrapper) -> None:
    settings.QUEUE_SIGNING_KEY = OLD_KEY
    body = signed_message(RECORD)

    settings.QUEUE_SIGNING_KEY, settings.QUEUE_SIGNING_OLD_KEYS = NEW_KEY, []

    with pytest.raises(InvalidMessage, match="unknown key"):
        decode_package(body)


def test_a_key_id_that_names_a_known_key_does_not_make_another_key_valid() -> None:
    body = signed_fields(envelope(), key=OLD_KEY)  # kid says the current key, sig is another's

    with pytest.raises(InvalidMessage, match="bad signature"):
        message_decode(body)


def test_a_stale_message_is_refused(settings: SettingsWrapper) -> None:
    settings.QUEUE_MESSAGE_MAX_AGE_SECONDS = 3600
    issued = timezone.now() - timedelta(seconds=3601)
    body = message_encode(task_id=uuid.uuid4().hex, record=RECORD, issued_at=issued)

    assert message_decode(body).is_stale()  # the signature holds: only its age is wrong
    with pytest.raises(StaleMessage, match="QUEUE_MESSAGE_MAX_AGE_SECONDS"):
        decode_package(body)

    settings.QUEUE_MESSAGE_MAX_AGE_SECONDS = 7200
    assert decode_package(body)["args"] == (RECORD,)


@pytest.mark.parametrize(
    "forged",
    [
        {"func": "os.system"},
        {"task": "os.system"},
        {"name": "processing.tasks.process_log"},
        {"v": 2},
        {"v": True},
    ],
    ids=["func-field", "task-as-function", "name-field", "unknown-version", "bool-version"],
)
def test_a_correctly_signed_message_naming_another_task_is_refused(
    forged: dict[str, Any],
) -> None:
    body = signed_fields(envelope(**forged), key=settings.QUEUE_SIGNING_KEY)

    with pytest.raises(InvalidMessage):
        decode_package(body)


@pytest.mark.parametrize(
    "body",
    ['{"v": 1, "v": 1}', "[1, 2]", '{"v": NaN}', "[" * 100_000, "x" * (1024 * 1024 + 1)],
    ids=["duplicate-key", "not-an-object", "nan", "deep", "too-long"],
)
def test_a_body_that_is_not_a_message_is_refused_with_invalid_message(body: str) -> None:
    with pytest.raises(InvalidMessage):
        message_decode(body)


def test_a_stock_django_q2_pickle_is_never_unpickled(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    body = stock_pickle(marker)
    SignedPackage.loads(body)  # the payload works: loading it runs it
    assert marker.exists()
    marker.unlink()

    with pytest.raises(InvalidMessage, match="not a JSON message"):
        decode_package(body)

    assert not marker.exists()


def test_a_pickle_on_the_queue_is_never_run_and_ends_in_the_dlq(
    start_cluster: Callable[..., subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    evil = stock_pickle(marker)
    send(settings.LOGS_QUEUE, evil)
    send(settings.LOGS_QUEUE, signed_message({**RECORD, "log_id": "beside-it"}))

    start_cluster()

    wait_for(lambda: queue_depth(settings.LOGS_DLQ) == 1, timeout=60)
    [dead] = receive_all(settings.LOGS_DLQ)
    assert dead["Body"] == evil
    assert int(dead["Attributes"]["ApproximateReceiveCount"]) >= settings.LOGS_MAX_RECEIVE_COUNT
    assert queue_depth(settings.LOGS_QUEUE) == 0  # the record beside it was processed
    assert not marker.exists()


@pytest.mark.django_db
def test_the_dlq_tools_never_unpickle(aws: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = stock_pickle(marker)
    message_id = send(settings.LOGS_DLQ, evil)

    [letter] = dead_letters_peek()
    out = StringIO()
    call_command("dlq", "list", stdout=out)

    assert not letter.decodable and letter.tenant_id is None and letter.text is None
    assert letter.body_sha256 == hashlib.sha256(evil.encode()).hexdigest()
    [row] = [line for line in out.getvalue().splitlines() if line.startswith(message_id)]
    assert "undecodable" in row and letter.body_sha256[:12] in row
    assert "800-555-0199" not in out.getvalue()
    assert not marker.exists()
