from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings

from processing.aws import aws_client
from processing.broker import decode_package, queue_url


def wait_for(condition: Callable[[], Any], *, timeout: float, interval: float = 0.2) -> Any:
    """Poll until condition() is truthy; returns its value or fails the test on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(interval)


def receive_all(queue_name: str, *, wait: float = 1.0) -> list[dict[str, Any]]:
    """Every message currently visible on a queue (received, so hidden for the test's rest)."""
    sqs = aws_client("sqs")
    url = queue_url(queue_name)
    messages: list[dict[str, Any]] = []
    deadline = time.monotonic() + wait
    while True:
        batch = sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            VisibilityTimeout=60,
            WaitTimeSeconds=0,
            MessageSystemAttributeNames=["ApproximateReceiveCount", "SentTimestamp"],
        ).get("Messages", [])
        messages.extend(batch)
        if not batch and time.monotonic() > deadline:
            return messages
        if not batch:
            time.sleep(0.1)


def queued_records(*, wait: float = 1.0) -> list[dict[str, Any]]:
    """The records carried by the messages on the ingest queue."""
    packages = [decode_package(m["Body"]) for m in receive_all(settings.LOGS_QUEUE, wait=wait)]
    return [package["args"][0] for package in packages]


def queue_depth(queue_name: str) -> int:
    attributes = aws_client("sqs").get_queue_attributes(
        QueueUrl=queue_url(queue_name),
        AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    )["Attributes"]
    return int(attributes["ApproximateNumberOfMessages"]) + int(
        attributes["ApproximateNumberOfMessagesNotVisible"]
    )
