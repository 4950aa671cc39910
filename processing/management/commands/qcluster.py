from __future__ import annotations

from typing import Any

from django_q import cluster
from django_q.management.commands import qcluster

from processing.cluster import HandBackSentinel


class Command(qcluster.Command):
    help = "Starts a django-q2 cluster that hands prefetched tasks back to SQS when stopped."

    def handle(self, *args: Any, **options: Any) -> None:
        # Cluster.start() spawns the module's `Sentinel`; django-q2 offers no setting for it.
        cluster.Sentinel = HandBackSentinel
        super().handle(*args, **options)
