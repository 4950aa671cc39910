"""Group store: the records that worker threads of a process finish together share one write.

A task thread hands its item to a committer thread and waits for the outcome. The committer
stores every item waiting (up to MAX_RECORDS) in one DynamoDB transaction: each record's put,
conditional on the item not existing, and +n on one shard of each counter the batch moves (the
tenant's total, the tenant's minute), so the counts move exactly with the puts that succeed.
One call per batch instead of one per record; when idle a lone record goes at once, adding no
delay.

- A put refused by its condition (stored already, by a duplicate message or an earlier
  delivery) cancels the transaction: its record is answered "stored already" and the others
  go again at once.
- A transient fault (TransactionConflict, throttling, 5xx, a timeout, a reset after the call
  may have gone through) is retried with jittered backoff until the earliest deadline of the
  batch. Every redelivered record, and every record after a write whose outcome is unknown (a
  5xx, a timeout, a reset), is first looked up (a consistent GetItem), so a record stored by a
  call whose answer was lost is recognised, never written or counted twice.
"""

from __future__ import annotations

import logging
import random
import time
from collections import defaultdict
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime

from botocore.exceptions import ClientError
from django.conf import settings
from pynamodb.connection import Connection
from pynamodb.exceptions import PynamoDBException, TransactWriteError
from pynamodb.transactions import TransactWrite

from processing.aws import with_retries
from processing.batcher import Batcher
from processing.tables import (
    MINUTE_BUCKET_TTL,
    LogItem,
    TenantStatsItem,
    counter_shards,
    dynamodb_connection,
    minute_bucket,
    total_bucket,
)

logger = logging.getLogger(__name__)

# Puts per transaction. With one total counter per tenant and one minute counter per tenant
# and minute of the batch, a batch names at most 75 items, under DynamoDB's 100 per
# transaction; the texts (64 KiB at most each) stay under its 4 MB.
MAX_RECORDS = 25
COMMITTERS = 2  # threads per process: one batch is written while the next one forms


@dataclass(eq=False)  # each is one waiting task: compared by identity
class _Pending:
    item: LogItem
    read_first: bool  # a redelivery, or after a write whose outcome is unknown
    deadline: float
    outcome: Future[bool] = field(default_factory=Future)

    @property
    def key(self) -> tuple[str, str]:
        return (self.item.tenant_id, self.item.log_id)


class GroupStore:
    def __init__(self) -> None:
        self._batcher: Batcher[_Pending] = Batcher(
            handle=_commit_answered, name="store", max_batch=MAX_RECORDS, threads=COMMITTERS
        )

    def store(self, *, item: LogItem, redelivered: bool, deadline: float) -> bool:
        """Store and count `item` once; True if this call stored it, False if it was stored.

        Raises the last error when the item could not be stored by `deadline` (monotonic).
        """
        pending = _Pending(item=item, read_first=redelivered, deadline=deadline)
        self._batcher.add(pending)
        # Retries stop at the deadline, one call before the task's own: waiting a little less
        # than that call fails the task itself (the message comes back) before the cluster
        # has to give its thread up as timed out.
        margin = 0.9 * (settings.AWS_CONNECT_TIMEOUT + settings.AWS_READ_TIMEOUT)
        return pending.outcome.result(timeout=max(deadline - time.monotonic(), 0) + margin)

    def requeue(self, pending: _Pending) -> None:
        """Put a waiting record back for the next batch."""
        self._batcher.add(pending)


def _commit_answered(batch: list[_Pending]) -> None:
    try:
        _commit(batch)
    except Exception as error:
        # A record left unanswered would keep its task waiting for its timeout.
        logger.exception("Group store failed a batch of %d records", len(batch))
        for waiting in batch:
            if not waiting.outcome.done():
                waiting.outcome.set_exception(error)


def _commit(batch: list[_Pending]) -> None:
    """Answer every record of the batch: stored (True), stored already (False), or the error."""
    # Two messages of one record in one batch: the second waits for the next batch, as one
    # transaction may not name an item twice.
    unique: dict[tuple[str, str], _Pending] = {}
    for pending in batch:
        if pending.key in unique:
            group_store().requeue(pending)
        else:
            unique[pending.key] = pending
    todo = list(unique.values())
    deadline = min(pending.deadline for pending in todo)

    def attempt() -> None:
        nonlocal todo
        connection = dynamodb_connection()
        # A read that succeeded is not repeated when a later one fails: each retry goes on.
        for pending in [p for p in todo if p.read_first]:
            if _is_stored(connection, pending.item):
                pending.outcome.set_result(False)
                todo.remove(pending)
            pending.read_first = False
        while todo:
            try:
                refused = _transact(connection, todo)
            except Exception as error:
                if _may_have_gone_through(error):
                    for pending in todo:
                        pending.read_first = True
                raise
            if not refused:
                for pending in todo:
                    pending.outcome.set_result(True)
                todo = []
                return
            for pending in refused:
                pending.outcome.set_result(False)  # stored already: the others go again
            todo = [pending for pending in todo if pending not in refused]

    try:
        with_retries(attempt, what="store", deadline=deadline)
    except BaseException as error:  # every waiting task must hear about it
        for pending in todo:
            if not pending.outcome.done():
                pending.outcome.set_exception(error)


def _transact(connection: Connection, todo: list[_Pending]) -> list[_Pending]:
    """One transaction for `todo`; returns the records whose put was refused (stored already)."""
    totals: dict[str, list[datetime]] = defaultdict(list)
    minutes: dict[tuple[str, str], list[datetime]] = defaultdict(list)
    for pending in todo:
        item = pending.item
        totals[item.tenant_id].append(item.processed_at)
        minutes[(item.tenant_id, minute_bucket(item.processed_at))].append(item.processed_at)
    try:
        with TransactWrite(connection=connection) as transaction:
            for pending in todo:
                transaction.save(
                    pending.item,
                    condition=LogItem.tenant_id.does_not_exist() & LogItem.log_id.does_not_exist(),
                )
            for tenant_id, moments in totals.items():
                transaction.update(
                    TenantStatsItem(tenant_id, total_bucket(_shard())),
                    actions=[
                        TenantStatsItem.stored.add(len(moments)),
                        TenantStatsItem.last_processed_at.set(max(moments)),
                    ],
                )
            for (tenant_id, _), moments in minutes.items():
                transaction.update(
                    TenantStatsItem(tenant_id, minute_bucket(moments[0], _shard())),
                    actions=[
                        TenantStatsItem.stored.add(len(moments)),
                        TenantStatsItem.expires_at.set(max(moments) + MINUTE_BUCKET_TTL),
                    ],
                )
    except TransactWriteError as error:
        reasons = error.cancellation_reasons or []
        # The puts come first in the transaction, in the order of `todo`.
        refused = [
            pending
            for pending, reason in zip(todo, reasons, strict=False)
            if reason is not None and reason.code == "ConditionalCheckFailed"
        ]
        others = [reason for reason in reasons[len(todo) :] if reason is not None]
        if (
            refused
            and not others
            and all(
                reason is None or reason.code == "ConditionalCheckFailed"
                for reason in reasons[: len(todo)]
            )
        ):
            return refused
        raise
    return []


def _may_have_gone_through(error: BaseException) -> bool:
    """False when DynamoDB refused the call (4xx: conflict, throttling, a condition); True for
    a 5xx, a timeout or a reset, after which only a read tells."""
    cause: BaseException = error
    if isinstance(error, PynamoDBException) and error.cause is not None:
        # PynamoDB drops the HTTP status from the ClientError it re-raises, chained to the first.
        original = error.cause.__cause__
        cause = original if isinstance(original, ClientError) else error.cause
    if isinstance(cause, ClientError):
        status = cause.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0
        return int(status) >= 500
    return True


def _shard() -> int:
    # A random shard per batch: concurrent batches of one tenant rarely write the same item.
    return random.choice(counter_shards())


def _is_stored(connection: Connection, item: LogItem) -> bool:
    found = connection.client.get_item(
        TableName=LogItem.Meta.table_name,
        Key={"tenant_id": {"S": item.tenant_id}, "log_id": {"S": item.log_id}},
        ConsistentRead=True,
        ProjectionExpression="log_id",
    )
    return bool(found.get("Item"))


_group_store = GroupStore()


def group_store() -> GroupStore:
    """The process's group store (its threads start on first use, in each process)."""
    return _group_store
