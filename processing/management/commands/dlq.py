from __future__ import annotations

import argparse
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from processing.dead_letters import (
    DeadLetter,
    dead_letters_count,
    dead_letters_peek,
    dead_letters_purge,
    dead_letters_redrive,
    last_worker_error,
)
from processing.sqs import QueueMissingError

ERROR_WIDTH = 60


class Command(BaseCommand):
    help = "Inspect, redrive or purge the dead-letter queue (LOGS_DLQ)."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        listing = actions.add_parser("list", help="Show dead letters without consuming them.")
        listing.add_argument("--tenant", help="Only this tenant's records.")
        listing.add_argument(
            "--limit", type=_positive, default=1000, help="Read at most N messages (1000)."
        )
        redrive = actions.add_parser(
            "redrive",
            help="Move dead letters back to the main queue (all of them, undecodable ones too, "
            "unless --tenant; never those signed more than QUEUE_MESSAGE_MAX_AGE_SECONDS ago).",
        )
        redrive.add_argument("--tenant", help="Only this tenant's records.")
        redrive.add_argument("--limit", type=_positive, help="Move at most N messages.")
        purge = actions.add_parser("purge", help="Delete every dead letter for good.")
        purge.add_argument("--yes", action="store_true", help="Really delete them.")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        try:
            if action == "list":
                self._list(tenant_id=options["tenant"], limit=options["limit"])
            elif action == "redrive":
                self._redrive(tenant_id=options["tenant"], limit=options["limit"])
            else:
                self._purge(confirmed=options["yes"])
        except QueueMissingError as error:
            raise CommandError(str(error)) from error
        except (BotoCoreError, ClientError) as error:
            raise CommandError(f"SQS request failed: {error}") from error

    def _list(self, *, tenant_id: str | None, limit: int) -> None:
        letters = [
            letter
            for letter in dead_letters_peek(max_messages=limit)
            if tenant_id is None or letter.tenant_id == tenant_id
        ]
        if not letters:
            self.stdout.write(f"No dead letters in {settings.LOGS_DLQ}.")
            return
        self.stdout.write(
            f"{'message id':36}  {'tenant':20}  {'log id':36}  receives  first sent (UTC)     "
            "last error"
        )
        for letter in letters:
            self.stdout.write(_row(letter))
        self.stdout.write(f"{len(letters)} dead letter(s) shown.")

    def _redrive(self, *, tenant_id: str | None, limit: int | None) -> None:
        total = dead_letters_count()
        with tqdm(total=min(total, limit or total), unit="msg", desc="redrive") as bar:
            result = dead_letters_redrive(tenant_id=tenant_id, limit=limit, on_progress=bar.update)
        summary = f"Redrove {result.redriven} message(s) to {settings.LOGS_QUEUE}"
        if result.skipped:
            summary += f"; left {result.skipped} of other tenants or undecodable"
        if result.stale:
            summary += (
                f"; left {result.stale} signed more than "
                f"QUEUE_MESSAGE_MAX_AGE_SECONDS ({settings.QUEUE_MESSAGE_MAX_AGE_SECONDS} s) ago"
            )
        if result.failed:
            summary += f"; SQS refused {result.failed}, left in {settings.LOGS_DLQ}"
        self.stdout.write(summary + ".")

    def _purge(self, *, confirmed: bool) -> None:
        if not confirmed:
            raise CommandError(
                f"Refusing to delete about {dead_letters_count()} message(s) from "
                f"{settings.LOGS_DLQ} for good without --yes."
            )
        count = dead_letters_purge()
        self.stdout.write(f"Purged about {count} message(s) from {settings.LOGS_DLQ}.")


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def _row(letter: DeadLetter) -> str:
    error = last_worker_error(task_id=letter.task_id) if letter.task_id else None
    if not letter.decodable:
        # Never the body: it did not verify, so nothing says what it holds.
        digest = letter.body_sha256[:12]
        error = f"undecodable, {letter.body_bytes} B, sha256 {digest}: {letter.reason}"
    elif letter.stale:
        error = "stale: signed too long ago, redrive leaves it; " + (error or "-")
    # The first line of django-q2's "<error> : <traceback>" is enough here.
    first_line = next(iter((error or "").split(" : Traceback", 1)[0].splitlines()), "-")
    sent = letter.first_sent_at.strftime("%Y-%m-%d %H:%M:%S") if letter.first_sent_at else "-"
    return (
        f"{letter.message_id:36}  {letter.tenant_id or '-':20}  {letter.log_id or '-':36}  "
        f"{letter.receive_count:8}  {sent:19}  {first_line[:ERROR_WIDTH]}"
    )
