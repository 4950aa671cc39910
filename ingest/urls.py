from __future__ import annotations

from django.urls import re_path

from ingest.apis import LogIngestApi

urlpatterns = [
    re_path(r"^v1/logs/?$", LogIngestApi.as_view(), name="log-ingest"),
]
