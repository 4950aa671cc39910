from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from ingest.otlp_apis import OtlpLogsApi
from logsite import health

urlpatterns = [
    # The ingest API first: it is the hot path, and URL resolution tries patterns in order.
    path("api/", include("ingest.urls")),
    # OTLP/HTTP's default path for logs (an exporter appends it to OTEL_EXPORTER_OTLP_ENDPOINT).
    path("v1/logs", OtlpLogsApi.as_view(), name="otlp-logs"),
    path("admin/", admin.site.urls),
    # Only these two: evaluators get no password change or any other POST view.
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="schema", template_name="ingest/swagger_ui.html"
        ),
        name="docs",
    ),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("metrics", health.metrics, name="metrics"),
    path("dashboard/", include("dashboard.urls")),
]

handler404 = "core.errors.not_found"
handler500 = "core.errors.server_error"
