from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.checks import Error


def app_order_check(**kwargs: Any) -> list[Error]:
    """`qcluster` would be django-q2's stock cluster (no threads, no hand-back) otherwise."""
    names = [config.name for config in apps.get_app_configs()]
    if "django_q" in names and names.index("processing") > names.index("django_q"):
        return [
            Error(
                "'processing' must come before 'django_q' in INSTALLED_APPS, or "
                "`manage.py qcluster` starts django-q2's stock cluster.",
                hint="Move it up, or start the cluster with `manage.py workers`.",
                id="processing.E001",
            )
        ]
    return []
