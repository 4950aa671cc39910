from __future__ import annotations

from django.conf import settings
from django.db import models

from ingest.models import Tenant


class EvaluatorGrant(models.Model):
    """Which tenants a read-only evaluator may see: all of them, or the listed ones."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="evaluator_grant"
    )
    all_tenants = models.BooleanField(default=False)
    tenants = models.ManyToManyField(Tenant, blank=True, related_name="evaluator_grants")

    def __str__(self) -> str:
        return f"{self.user}"
