from __future__ import annotations

from django.contrib import admin

from dashboard.models import EvaluatorGrant


@admin.register(EvaluatorGrant)
class EvaluatorGrantAdmin(admin.ModelAdmin):
    list_display = ["user", "all_tenants"]
    list_filter = ["all_tenants"]
    filter_horizontal = ["tenants"]
    search_fields = ["user__username"]
