from __future__ import annotations

import argparse
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from processing.drill import DrillError, DrillOptions, drill_run


class Command(BaseCommand):
    help = (
        "Empty the queues and tables, flood the API while workers fail at random and are "
        "SIGKILLed, then print accepted/stored/dlq/lost/duplicates (see processing/drill.py)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--logs", type=_at_least(1), default=2000)
        parser.add_argument(
            "--failure-rate", type=float, default=0.3, help="CHAOS_FAILURE_RATE of the workers."
        )
        parser.add_argument(
            "--kill-workers", type=_at_least(0), default=3, help="Clusters to SIGKILL (K)."
        )
        parser.add_argument("--clusters", type=_at_least(1), default=2, help="Running at once.")
        parser.add_argument("--threads", type=_at_least(1), default=8, help="HTTP clients.")
        parser.add_argument(
            "--visibility-timeout",
            type=_at_least(2),
            default=5,
            help="QUEUE_VISIBILITY_TIMEOUT of the workers: how soon a failure is retried.",
        )
        parser.add_argument(
            "--delay-max", type=float, default=0.1, help="PROCESSING_DELAY_MAX of the workers."
        )
        parser.add_argument("--drain-timeout", type=float, default=600.0)
        parser.add_argument(
            "--i-know-this-is-real-aws",
            action="store_true",
            help="Run although AWS_ENDPOINT_URL is unset: it empties the real queues and tables.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.AWS_ENDPOINT_URL and not options["i_know_this_is_real_aws"]:
            raise CommandError(
                "AWS_ENDPOINT_URL is unset, so this would empty the real queues and tables; "
                "pass --i-know-this-is-real-aws if that is what you want."
            )
        if not 0 <= options["failure_rate"] <= 1:
            raise CommandError("--failure-rate must be between 0 and 1.")
        drill = DrillOptions(
            logs=options["logs"],
            failure_rate=options["failure_rate"],
            kill_workers=options["kill_workers"],
            clusters=options["clusters"],
            threads=options["threads"],
            visibility_timeout=options["visibility_timeout"],
            worker_timeout=options["visibility_timeout"] - 1,
            delay_max=options["delay_max"],
            drain_timeout=options["drain_timeout"],
        )
        try:
            result = drill_run(options=drill, echo=self.stderr.write)
        except DrillError as error:
            raise CommandError(f"The drill did not finish: {error}") from error
        self.stderr.write(
            f"kills mid-work={result.kills}/{drill.kill_workers} "
            f"stored without a 202={result.stored_unaccepted}"
        )
        self.stdout.write(result.summary())
        if not result.passed:
            raise CommandError("Records were lost or duplicated.")


def _at_least(minimum: int) -> Any:
    def parse(value: str) -> int:
        number = int(value)
        if number < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}")
        return number

    return parse
