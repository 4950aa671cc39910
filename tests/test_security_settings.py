from __future__ import annotations

import os
import subprocess
import sys

from django.conf import settings
from pytest_django import Settings as SettingsWrapper

# What .env.example documents for production (DJANGO_HTTPS=1 behind TLS termination).
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k3B9-xQ2_vL7pZ4mW8nR1tY6cJ0hF5dS3aG9eU2iO7kP4lM1zX8bN6vC0qT5wE_",
    "DJANGO_ALLOWED_HOSTS": "logs.example.com",
    "DJANGO_HTTPS": "1",
}


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )


def test_check_deploy_reports_nothing_with_the_production_settings() -> None:
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_flags_plain_http() -> None:
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", **{**PRODUCTION_ENV, "DJANGO_HTTPS": "0"}
    )

    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT" in result.stdout + result.stderr


def test_local_http_works_by_default(settings: SettingsWrapper) -> None:
    assert settings.DEBUG is False
    assert settings.SECURE_SSL_REDIRECT is False
    assert settings.SESSION_COOKIE_SECURE is False
    assert settings.SECURE_HSTS_SECONDS == 0
