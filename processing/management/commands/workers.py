from __future__ import annotations

import os
from importlib import import_module
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from processing.cluster import LogCluster

TASK_MODULE = "processing.tasks"


class Command(BaseCommand):
    help = (
        "Starts the worker cluster: django-q2 on SQS, QCLUSTER_WORKERS processes running "
        "QCLUSTER_CONCURRENCY tasks at once on threads; SIGTERM hands unstarted tasks back."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--run-once", action="store_true", help="Start, then stop.")

    def handle(self, *args: Any, **options: Any) -> None:
        settings.SECRET_KEY  # noqa: B018  # fails loudly before any process starts
        # Import the task code (redaction rules, phone metadata, storage) before the workers
        # fork, so that they share those pages instead of each loading its own copy.
        import_module(TASK_MODULE)
        os.environ.pop("Q_CLUSTER_NAME", None)  # the queue is LOGS_QUEUE, nothing else
        cluster = LogCluster()
        cluster.start()
        if options["run_once"]:
            cluster.stop()
