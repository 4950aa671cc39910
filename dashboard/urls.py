from __future__ import annotations

from django.urls import path

from dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.overview, name="overview"),
    path("tenants/<str:tenant_id>/", views.tenant_logs, name="tenant"),
    # A log_id is any visible ASCII, "/" included: the path converter takes it whole.
    path("tenants/<str:tenant_id>/logs/<path:log_id>/", views.record, name="record"),
    path("dlq/", views.dead_letters, name="dlq"),
]
