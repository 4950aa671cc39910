from __future__ import annotations

from django.core.validators import RegexValidator
from django.db import models
from rest_framework_api_key.models import AbstractAPIKey

from core.records import TENANT_ID_RE

tenant_id_validator = RegexValidator(
    rf"\A{TENANT_ID_RE.pattern}\Z",
    "A tenant id is 1-64 characters: a letter or digit, then letters, digits, '_', '.' or '-'.",
)


class Tenant(models.Model):
    # The tenant id is the key everywhere (queue messages, DynamoDB partitions), so it is the
    # primary key here too.
    tenant_id = models.CharField(max_length=64, primary_key=True, validators=[tenant_id_validator])
    name = models.CharField(max_length=200)
    created = models.DateTimeField(auto_now_add=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["tenant_id"]

    def __str__(self) -> str:
        return self.tenant_id


class TenantAPIKey(AbstractAPIKey):
    """An ingest key: `prefix.secret`, of which only the prefix and a SHA-512 hash are stored."""

    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE, related_name="api_keys")
    # Written at most once a minute per key and web process (see ingest.tenants).
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta(AbstractAPIKey.Meta):
        verbose_name = "tenant API key"
        verbose_name_plural = "tenant API keys"
