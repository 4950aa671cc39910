from __future__ import annotations

import json
from io import StringIO

from django.conf import settings
from django.core.management import call_command

from processing.aws import aws_client
from processing.sqs import queue_url
from scripts import emulator


def provision_output() -> str:
    out = StringIO()
    call_command("provision", stdout=out)
    return out.getvalue()


def test_it_creates_queues_and_tables_then_changes_nothing(emulator_endpoint: str) -> None:
    emulator.reset(emulator_endpoint)

    first = provision_output()
    second = provision_output()

    assert f"created queue {settings.LOGS_DLQ}" in first
    assert f"created queue {settings.LOGS_QUEUE}" in first
    assert f"created table {settings.LOGS_TABLE}" in first
    assert f"created table {settings.LOGS_STATS_TABLE}" in first
    assert "Nothing to change" in second
    assert "created" not in second


def test_it_wires_the_dead_letter_queue_with_three_receives(aws: str) -> None:
    sqs = aws_client("sqs")
    main = sqs.get_queue_attributes(QueueUrl=queue_url(settings.LOGS_QUEUE), AttributeNames=["All"])
    dlq = sqs.get_queue_attributes(QueueUrl=queue_url(settings.LOGS_DLQ), AttributeNames=["All"])

    redrive = json.loads(main["Attributes"]["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"] == dlq["Attributes"]["QueueArn"]
    assert int(redrive["maxReceiveCount"]) == 3
    assert int(dlq["Attributes"]["MessageRetentionPeriod"]) == 14 * 24 * 3600


def test_it_gives_a_bare_queue_its_redrive_policy(emulator_endpoint: str) -> None:
    emulator.reset(emulator_endpoint)
    aws_client("sqs").create_queue(QueueName=settings.LOGS_QUEUE)

    output = provision_output()

    assert f"updated queue {settings.LOGS_QUEUE}: RedrivePolicy" in output
    attributes = aws_client("sqs").get_queue_attributes(
        QueueUrl=queue_url(settings.LOGS_QUEUE), AttributeNames=["RedrivePolicy"]
    )["Attributes"]
    assert "RedrivePolicy" in attributes


def test_it_creates_the_index_for_newest_first_listing(aws: str) -> None:
    table = aws_client("dynamodb").describe_table(TableName=settings.LOGS_TABLE)["Table"]

    [index] = table["GlobalSecondaryIndexes"]
    keys = {key["KeyType"]: key["AttributeName"] for key in index["KeySchema"]}
    assert keys == {"HASH": "tenant_id", "RANGE": "received_at"}
    assert table["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"


def test_it_adds_a_missing_index_to_an_existing_table(aws: str) -> None:
    dynamodb = aws_client("dynamodb")
    dynamodb.delete_table(TableName=settings.LOGS_TABLE)
    dynamodb.create_table(
        TableName=settings.LOGS_TABLE,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[
            {"AttributeName": "tenant_id", "AttributeType": "S"},
            {"AttributeName": "log_id", "AttributeType": "S"},
        ],
        KeySchema=[
            {"AttributeName": "tenant_id", "KeyType": "HASH"},
            {"AttributeName": "log_id", "KeyType": "RANGE"},
        ],
    )

    output = provision_output()

    assert f"added index tenant-received-index to table {settings.LOGS_TABLE}" in output
    table = dynamodb.describe_table(TableName=settings.LOGS_TABLE)["Table"]
    assert [i["IndexName"] for i in table["GlobalSecondaryIndexes"]] == ["tenant-received-index"]
