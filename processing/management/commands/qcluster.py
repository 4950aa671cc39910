from __future__ import annotations

from importlib import import_module
from typing import Any

from django_q import cluster
from django_q.management.commands import qcluster

from processing.cluster import HandBackSentinel

TASK_MODULE = "processing.tasks"


class Command(qcluster.Command):
    help = "Starts a django-q2 cluster that hands prefetched tasks back to SQS when stopped."

    def handle(self, *args: Any, **options: Any) -> None:
        # Cluster.start() spawns the module's `Sentinel`; django-q2 offers no setting for it.
        cluster.Sentinel = HandBackSentinel
        # Import the task code (redaction rules, phone metadata, storage) before the workers
        # fork, so that they share those pages instead of each loading its own copy.
        import_module(TASK_MODULE)
        super().handle(*args, **options)
