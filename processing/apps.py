from __future__ import annotations

from django.apps import AppConfig


class ProcessingConfig(AppConfig):
    name = "processing"

    def ready(self) -> None:
        from django.core.checks import register
        from django_q.signals import post_execute_in_worker

        from processing.checks import app_order_check
        from processing.tables import configure_tables
        from processing.tasks import keep_no_raw_text

        register(app_order_check)
        configure_tables()
        post_execute_in_worker.connect(keep_no_raw_text, dispatch_uid="keep-no-raw-text")
