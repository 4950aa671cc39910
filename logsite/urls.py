from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("ingest.urls")),
]

handler404 = "ingest.errors.not_found"
handler500 = "ingest.errors.server_error"
