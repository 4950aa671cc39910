"""What each dashboard page shows, assembled from the storage and queue reads.

Permission checks happen before these run (dashboard.access); every text that came from a log
and was not stored redacted goes through the redactor here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from botocore.exceptions import BotoCoreError, ClientError
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.utils import timezone
from django.utils.safestring import SafeString
from django_q.status import Stat
from pynamodb.exceptions import PynamoDBException

from dashboard.access import sees_all_tenants, tenants_visible_to
from dashboard.charts import Series, per_minute_chart
from processing.broker import shared_broker
from processing.dead_letters import dead_letters_count, dead_letters_peek, last_worker_error
from processing.redaction import redact
from processing.selectors import (
    QueueDepths,
    processed_per_minute,
    queue_depths,
    tenant_stats,
)
from processing.sqs import QueueMissingError

logger = logging.getLogger(__name__)

# Storage or queue reads that fail because AWS (or the emulator) cannot be reached or refuses.
AWS_ERRORS = (BotoCoreError, ClientError, PynamoDBException, QueueMissingError)

CHART_MINUTES = 60
# Beyond this many tenants the chart draws the busiest ones and sums the rest into one line.
CHART_MAX_LINES = 8
# The DLQ page's bounds, whatever the queue holds: at most this many messages per view, and of
# each text (record or worker error) only its first DLQ_TEXT_CHARS characters are redacted and
# shown, so one view costs a bounded amount of redaction.
DLQ_PAGE_MESSAGES = 50
DLQ_TEXT_CHARS = 4 * 1024
# Redacted beyond the cut too, so that a phone or address across the cut is seen whole: the
# preview ends where the two redactions agree (_redacted_preview).
DLQ_TEXT_LOOKAHEAD = 512

User = AbstractBaseUser | AnonymousUser


@dataclass(frozen=True)
class TenantRow:
    tenant_id: str
    stored: int
    last_processed_at: datetime | None
    last_hour: int
    css_class: str  # the colour of its chart line


@dataclass(frozen=True)
class ClusterStatus:
    cluster_id: str
    host: str
    status: str
    workers: int
    uptime: timedelta
    reincarnations: int


@dataclass(frozen=True)
class Overview:
    tenants: list[TenantRow]
    queues: QueueDepths | None  # None: the queues could not be read
    clusters: list[ClusterStatus] | None  # None: the status could not be read
    chart: SafeString
    chart_lines: list[Series]
    chart_start: datetime

    @property
    def worker_count(self) -> int:
        return sum(cluster.workers for cluster in self.clusters or [])


@dataclass(frozen=True)
class Preview:
    text: str  # redacted
    original_chars: int  # the length of the whole text
    cut: bool  # only its start is shown


@dataclass(frozen=True)
class DeadLetterRow:
    message_id: str
    tenant_id: str
    log_id: str | None
    received_at: datetime | None
    receive_count: int
    first_sent_at: datetime | None
    stale: bool  # signed too long ago: `dlq redrive` leaves it
    text: Preview | None
    last_error: str | None  # redacted, at most DLQ_TEXT_CHARS

    @property
    def last_error_summary(self) -> str | None:
        # django-q2 records a failure as "<exception> : <traceback>".
        return self.last_error.partition(" : Traceback")[0] if self.last_error else None


@dataclass(frozen=True)
class UndecodableRow:
    """A body that did not verify: what it holds is unknown, so none of it is shown."""

    message_id: str
    receive_count: int
    first_sent_at: datetime | None
    body_bytes: int
    body_sha256: str
    attributes: dict[str, str]
    reason: str


@dataclass(frozen=True)
class DeadLetters:
    letters: list[DeadLetterRow]
    undecodable: list[UndecodableRow] | None  # None: this user may not see them
    read: int  # messages read for this view, at most DLQ_PAGE_MESSAGES
    total: int  # messages in the DLQ, as SQS approximates it


def overview(*, tenant_ids: list[str]) -> Overview:
    """The overview of these tenants: counters, last hour per minute, queues and workers."""
    now = timezone.now().replace(second=0, microsecond=0)
    start = now - timedelta(minutes=CHART_MINUTES - 1)
    minutes = [start + timedelta(minutes=i) for i in range(CHART_MINUTES)]
    counts = processed_per_minute(tenant_ids=tenant_ids, since=start, until=now)
    per_tenant = {
        tenant_id: [counts[tenant_id].get(minute, 0) for minute in minutes]
        for tenant_id in tenant_ids
    }
    lines = _chart_lines(per_tenant)
    classes = {line.label: line.css_class for line in lines}
    stats = tenant_stats(tenant_ids=tenant_ids)
    return Overview(
        tenants=[
            TenantRow(
                tenant_id=tenant_id,
                stored=stats[tenant_id].stored,
                last_processed_at=stats[tenant_id].last_processed_at,
                last_hour=sum(per_tenant[tenant_id]),
                css_class=classes.get(tenant_id, _OTHER_CLASS),
            )
            for tenant_id in tenant_ids
        ],
        queues=_queues_or_none(),
        clusters=_clusters_or_none(),
        chart=per_minute_chart(
            series=lines, start=start, title="Records stored per minute, last hour, per tenant"
        ),
        chart_lines=lines,
        chart_start=start,
    )


_OTHER_CLASS = f"series-{CHART_MAX_LINES - 1}"


def _chart_lines(per_tenant: dict[str, list[int]]) -> list[Series]:
    if len(per_tenant) <= CHART_MAX_LINES:
        busiest, rest = list(per_tenant), []
    else:
        ranked = sorted(per_tenant, key=lambda t: (-sum(per_tenant[t]), t))
        busiest, rest = ranked[: CHART_MAX_LINES - 1], ranked[CHART_MAX_LINES - 1 :]
    lines = [
        Series(label=tenant_id, counts=per_tenant[tenant_id], css_class=f"series-{i}")
        for i, tenant_id in enumerate(sorted(busiest))
    ]
    if rest:
        summed = [sum(column) for column in zip(*(per_tenant[t] for t in rest), strict=True)]
        label = f"{len(rest)} other tenants"
        lines.append(Series(label=label, counts=summed, css_class=_OTHER_CLASS))
    return lines


def _queues_or_none() -> QueueDepths | None:
    try:
        return queue_depths()
    except AWS_ERRORS:
        logger.exception("Cannot read the queue depths")
        return None


def _clusters_or_none() -> list[ClusterStatus] | None:
    try:
        stats = Stat.get_all(broker=shared_broker())
    except (*AWS_ERRORS, OSError):
        logger.exception("Cannot read the worker cluster status")
        return None
    now = timezone.now()
    return [
        ClusterStatus(
            cluster_id=str(stat.cluster_id),
            host=stat.host,
            status=stat.status,
            workers=len(stat.workers),
            uptime=now - stat.tob if stat.tob else timedelta(),
            reincarnations=stat.reincarnations,
        )
        for stat in sorted(stats, key=lambda s: (s.host, str(s.cluster_id)))
    ]


def dead_letters(*, user: User) -> DeadLetters:
    """The DLQ as this user may see it, read without consuming, every text redacted.

    At most DLQ_PAGE_MESSAGES messages are read, and of each text only a bounded preview is
    redacted. A body that does not verify is described, never shown: it may be anything (an
    old pickle holds its record's raw text).
    """
    sees_all = sees_all_tenants(user)
    visible = set() if sees_all else set(tenants_visible_to(user))
    letters: list[DeadLetterRow] = []
    undecodable: list[UndecodableRow] = []
    read = dead_letters_peek(max_messages=DLQ_PAGE_MESSAGES)
    newest_first = sorted(
        read,
        key=lambda letter: letter.first_sent_at or datetime.min.replace(tzinfo=UTC),
        reverse=True,
    )
    for letter in newest_first:
        if letter.decodable and letter.tenant_id:
            if not (sees_all or letter.tenant_id in visible):
                continue
            error = last_worker_error(task_id=letter.task_id) if letter.task_id else None
            letters.append(
                DeadLetterRow(
                    message_id=letter.message_id,
                    tenant_id=letter.tenant_id,
                    log_id=letter.log_id,
                    received_at=letter.received_at,
                    receive_count=letter.receive_count,
                    first_sent_at=letter.first_sent_at,
                    stale=letter.stale,
                    text=_redacted_preview(letter.text) if letter.text is not None else None,
                    last_error=_redacted_preview(error).text if error else None,
                )
            )
        elif sees_all:  # no known tenant: only for those who see every tenant
            undecodable.append(
                UndecodableRow(
                    message_id=letter.message_id,
                    receive_count=letter.receive_count,
                    first_sent_at=letter.first_sent_at,
                    body_bytes=letter.body_bytes,
                    body_sha256=letter.body_sha256,
                    attributes=letter.attributes,
                    reason=letter.reason or "not a message of this service",
                )
            )
    return DeadLetters(
        letters=letters,
        undecodable=undecodable if sees_all else None,
        read=len(read),
        total=max(len(read), dead_letters_count()),
    )


def _redacted_preview(text: str) -> Preview:
    """The redacted start of `text`: its first DLQ_TEXT_CHARS characters at most.

    Cutting first and redacting the rest could leave half a phone number or address at the
    cut, too short to be recognised. So the cut part is also redacted with DLQ_TEXT_LOOKAHEAD
    more characters, and the preview keeps only what both redactions agree on: it stops
    before anything the longer context redacts differently.
    """
    if len(text) <= DLQ_TEXT_CHARS:
        return Preview(text=redact(text).text, original_chars=len(text), cut=False)
    short = redact(text[:DLQ_TEXT_CHARS]).text
    longer = redact(text[: DLQ_TEXT_CHARS + DLQ_TEXT_LOOKAHEAD]).text
    agreed = 0
    for mine, theirs in zip(short, longer, strict=False):
        if mine != theirs:
            break
        agreed += 1
    return Preview(text=short[:agreed], original_chars=len(text), cut=True)
