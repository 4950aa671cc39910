from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from rest_framework_api_key.admin import APIKeyModelAdmin
from rest_framework_api_key.models import APIKey

from ingest.models import Tenant, TenantAPIKey

# Only tenant keys authenticate anything here; the library's own key model stays unused.
admin.site.unregister(APIKey)


@admin.register(Tenant)
class TenantAdmin(admin.ModelAdmin):
    list_display = ["tenant_id", "name", "active", "created"]
    list_filter = ["active"]
    search_fields = ["tenant_id", "name"]

    def get_readonly_fields(self, request: HttpRequest, obj: Tenant | None = None) -> list[str]:
        # The id is the partition key of the tenant's stored logs: it never changes.
        return ["tenant_id"] if obj is not None else []


@admin.register(TenantAPIKey)
class TenantAPIKeyAdmin(APIKeyModelAdmin):
    # Adding a key shows its plaintext once (APIKeyModelAdmin); only its hash is stored.
    list_display = ("prefix", "tenant", "name", "created", "last_used", "revoked")
    list_filter = ("tenant", "revoked")  # type: ignore[assignment]
    search_fields = ("prefix", "name", "tenant__tenant_id")  # type: ignore[assignment]
    list_select_related = ["tenant"]
