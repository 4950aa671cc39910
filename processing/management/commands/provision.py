from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from processing.provisioning import provision


class Command(BaseCommand):
    help = "Create or repair the SQS queues (with DLQ redrive) and the DynamoDB tables."

    def handle(self, *args: Any, **options: Any) -> None:
        target = settings.AWS_ENDPOINT_URL or f"AWS {settings.AWS_REGION}"
        changes = provision()
        for change in changes:
            self.stdout.write(f"{change}")
        if not changes:
            self.stdout.write(f"Nothing to change: queues and tables are in place ({target}).")
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Provisioned {len(changes)} change(s) on {target}.")
            )
