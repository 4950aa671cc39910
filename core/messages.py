"""The ingest queue's message format: data, never code.

A message is one JSON object (README "Queue messages"):

    {"v": 1, "task": "<32 hex>", "iat": <issued at, Unix seconds>, "kid": "<key id>",
     "record": {<the record's fields>}, "sig": "<64 hex>"}

`sig` is HMAC-SHA256, under the key `kid` names, of the canonical bytes of every other field
(sorted keys, no spaces, ASCII with JSON escapes). QUEUE_SIGNING_KEY signs; it and
QUEUE_SIGNING_OLD_KEYS verify, so a key can be rotated without refusing what is already queued.
Nothing here names a function: the worker dispatches every message to the log task, and a body
is only ever parsed as JSON.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from django.conf import settings
from django.utils import timezone

VERSION = 1
FIELDS = frozenset({"v", "task", "iat", "kid", "record", "sig"})
# SQS takes at most 1 MiB per message: a longer body is not one of ours, and is not parsed.
MAX_BODY_CHARS = 1024 * 1024
TASK_ID_RE = re.compile(r"[0-9a-f]{32}")
SIGNATURE_RE = re.compile(r"[0-9a-f]{64}")


class InvalidMessage(ValueError):
    """The body is not a message of this service signed with a key it knows; str() says why."""


class StaleMessage(InvalidMessage):
    """A correctly signed message older than QUEUE_MESSAGE_MAX_AGE_SECONDS."""


@dataclass(frozen=True)
class QueueMessage:
    task_id: str  # django-q2's task id: the worker's failures are saved under it
    issued_at: datetime  # UTC, whole seconds
    key_id: str
    record: dict[str, Any]  # the record's fields, as the signer wrote them

    def age_seconds(self, *, now: datetime | None = None) -> float:
        return ((now or timezone.now()) - self.issued_at).total_seconds()

    def is_stale(self, *, now: datetime | None = None) -> bool:
        return self.age_seconds(now=now) > settings.QUEUE_MESSAGE_MAX_AGE_SECONDS


def message_encode(
    *, task_id: str, record: dict[str, Any], issued_at: datetime | None = None
) -> str:
    """The signed message body for one record, signed with QUEUE_SIGNING_KEY."""
    key = settings.QUEUE_SIGNING_KEY
    fields = {
        "v": VERSION,
        "task": task_id,
        "iat": int((issued_at or timezone.now()).timestamp()),
        "kid": key_id(key),
        "record": record,
    }
    return _canonical({**fields, "sig": _signature(key, fields)}).decode("ascii")


def message_decode(body: str) -> QueueMessage:
    """Parse and verify a body; raises InvalidMessage (never anything else) when it fails.

    The signature is checked before any field is used. Staleness is not checked here: see
    QueueMessage.is_stale and message_verify.
    """
    if len(body) > MAX_BODY_CHARS:
        raise InvalidMessage(f"body longer than {MAX_BODY_CHARS} characters")
    try:
        fields = json.loads(body, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:  # JSONDecodeError is a ValueError
        raise InvalidMessage(f"not a JSON message ({type(error).__name__})") from None
    if not isinstance(fields, dict) or set(fields) != FIELDS:
        raise InvalidMessage("not a queue message (wrong fields)")
    if type(fields["v"]) is not int or fields["v"] != VERSION:
        raise InvalidMessage(f"unsupported message version {fields['v']!r}")
    signature, kid = fields.pop("sig"), fields["kid"]
    if not isinstance(signature, str) or not SIGNATURE_RE.fullmatch(signature):
        raise InvalidMessage("malformed signature")
    keys = _keyring(settings.QUEUE_SIGNING_KEY, tuple(settings.QUEUE_SIGNING_OLD_KEYS))
    key = keys.get(kid) if isinstance(kid, str) else None
    if key is None:
        raise InvalidMessage("signed with an unknown key (not QUEUE_SIGNING_KEY or an old key)")
    if not hmac.compare_digest(signature, _signature(key, fields)):
        raise InvalidMessage("bad signature")
    task_id, issued_at, record = fields["task"], fields["iat"], fields["record"]
    if not isinstance(task_id, str) or not TASK_ID_RE.fullmatch(task_id):
        raise InvalidMessage("malformed task id")
    if type(issued_at) is not int or issued_at < 0:
        raise InvalidMessage("malformed issued-at time")
    if not isinstance(record, dict):
        raise InvalidMessage("malformed record")
    return QueueMessage(
        task_id=task_id,
        issued_at=datetime.fromtimestamp(issued_at, tz=UTC),
        key_id=kid,
        record=record,
    )


def message_verify(body: str) -> QueueMessage:
    """message_decode, and refuse (StaleMessage) a message older than the configured age."""
    message = message_decode(body)
    if message.is_stale():
        raise StaleMessage(
            f"issued {message.age_seconds():.0f} s ago, more than "
            f"QUEUE_MESSAGE_MAX_AGE_SECONDS ({settings.QUEUE_MESSAGE_MAX_AGE_SECONDS})"
        )
    return message


def key_id(key: str) -> str:
    """A short public name for a key: derived through HMAC, so it tells nothing about the key."""
    return hmac.new(key.encode("utf-8"), b"logsite queue key id", hashlib.sha256).hexdigest()[:16]


@cache
def _keyring(current: str, old: tuple[str, ...]) -> dict[str, str]:
    return {key_id(key): key for key in (*old, current)}


def _signature(key: str, fields: dict[str, Any]) -> str:
    return hmac.new(key.encode("utf-8"), _canonical(fields), hashlib.sha256).hexdigest()


def _canonical(fields: dict[str, Any]) -> bytes:
    # ASCII only: every character SQS refuses (controls, lone surrogates) leaves as a \u escape.
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key would make "what was signed" ambiguous.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("duplicate key")
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
