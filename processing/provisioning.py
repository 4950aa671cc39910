"""Idempotent creation of the queues and tables; each step says what it changed."""

from __future__ import annotations

import json
import time
from typing import Any

from django.conf import settings
from pynamodb._schema import GlobalSecondaryIndexSchema
from pynamodb.models import Model

from processing.aws import aws_client
from processing.sqs import queue_attributes, queue_url, queue_url_lookup
from processing.tables import MODELS, TenantStatsItem

DLQ_RETENTION_SECONDS = 14 * 24 * 3600


def provision() -> list[str]:
    """Create or repair every queue and table; returns one line per change (empty: none)."""
    changes: list[str] = []
    dlq_arn = _dlq_provision(changes)
    _queue_provision(dlq_arn=dlq_arn, changes=changes)
    for model in MODELS:
        _table_provision(model=model, changes=changes)
    _ttl_provision(changes)
    queue_url.cache_clear()
    return changes


def _ensure_queue(name: str, wanted: dict[str, str], changes: list[str]) -> str:
    sqs = aws_client("sqs")
    url = queue_url_lookup(name)
    if url is None:
        url = str(sqs.create_queue(QueueName=name, Attributes=wanted)["QueueUrl"])
        changes.append(f"created queue {name}")
        return url
    current = queue_attributes(url, names=["All"])
    stale = {key: value for key, value in wanted.items() if not _same(current.get(key), value)}
    if stale:
        sqs.set_queue_attributes(QueueUrl=url, Attributes=stale)
        changes.append(f"updated queue {name}: {', '.join(sorted(stale))}")
    return url


def _same(current: str | None, wanted: str) -> bool:
    if current is None:
        return False
    if wanted.startswith("{"):
        try:
            left, right = json.loads(current), json.loads(wanted)
        except ValueError:
            return False
        return {k: str(v) for k, v in left.items()} == {k: str(v) for k, v in right.items()}
    return current == wanted


def _dlq_provision(changes: list[str]) -> str:
    url = _ensure_queue(
        settings.LOGS_DLQ, {"MessageRetentionPeriod": str(DLQ_RETENTION_SECONDS)}, changes
    )
    return queue_attributes(url, names=["QueueArn"])["QueueArn"]


def _queue_provision(*, dlq_arn: str, changes: list[str]) -> None:
    redrive = {"deadLetterTargetArn": dlq_arn, "maxReceiveCount": settings.LOGS_MAX_RECEIVE_COUNT}
    _ensure_queue(
        settings.LOGS_QUEUE,
        {
            "RedrivePolicy": json.dumps(redrive),
            "VisibilityTimeout": str(settings.QUEUE_VISIBILITY_TIMEOUT),
        },
        changes,
    )


def _describe_table(name: str) -> dict[str, Any] | None:
    dynamodb = aws_client("dynamodb")
    try:
        return dict(dynamodb.describe_table(TableName=name)["Table"])
    except dynamodb.exceptions.ResourceNotFoundException:
        return None


def _table_provision(*, model: type[Model], changes: list[str]) -> None:
    name = model.Meta.table_name
    described = _describe_table(name)
    if described is None:
        model.create_table(wait=True, billing_mode="PAY_PER_REQUEST")
        changes.append(f"created table {name}")
        return
    present = {index["IndexName"] for index in described.get("GlobalSecondaryIndexes", [])}
    schema = model._get_schema()
    for index in schema.get("global_secondary_indexes", []):
        if index["index_name"] in present:
            continue
        _index_add(model=model, index=index)
        changes.append(f"added index {index['index_name']} to table {name}")


def _index_add(*, model: type[Model], index: GlobalSecondaryIndexSchema) -> None:
    dynamodb = aws_client("dynamodb")
    dynamodb.update_table(
        TableName=model.Meta.table_name,
        AttributeDefinitions=index["attribute_definitions"],
        GlobalSecondaryIndexUpdates=[
            {
                "Create": {
                    "IndexName": index["index_name"],
                    "KeySchema": index["key_schema"],
                    "Projection": index["projection"],
                }
            }
        ],
    )
    for _ in range(120):
        described = _describe_table(model.Meta.table_name) or {}
        statuses = [i.get("IndexStatus") for i in described.get("GlobalSecondaryIndexes", [])]
        if all(status in (None, "ACTIVE") for status in statuses):
            return
        time.sleep(1)


def _ttl_provision(changes: list[str]) -> None:
    dynamodb = aws_client("dynamodb")
    name = TenantStatsItem.Meta.table_name
    attribute = TenantStatsItem.expires_at.attr_name
    described = dynamodb.describe_time_to_live(TableName=name).get("TimeToLiveDescription", {})
    if described.get("TimeToLiveStatus") in ("ENABLED", "ENABLING"):
        return
    dynamodb.update_time_to_live(
        TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": attribute}
    )
    changes.append(f"enabled TTL on table {name} ({attribute})")
