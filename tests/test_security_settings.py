from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client, RequestFactory
from pytest_django import Settings as SettingsWrapper

from core.client_ip import client_ip
from core.env import load_env_file
from dashboard.evaluators import evaluator_create
from scripts import run

# What the README documents for production (DJANGO_HTTPS=1 behind one TLS proxy).
PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k3B9-xQ2_vL7pZ4mW8nR1tY6cJ0hF5dS3aG9eU2iO7kP4lM1zX8bN6vC0qT5wE_",
    "QUEUE_SIGNING_KEY": "Zp4_hR8-wQ1nL6vT3yC9mK2bX7dF0sJ5gA8eU1iO4kP7lM0zN3",
    "DJANGO_ALLOWED_HOSTS": "logs.example.com,127.0.0.1",
    "DJANGO_HTTPS": "1",
    "TRUSTED_PROXY_COUNT": "1",
}
ROOT = Path(settings.BASE_DIR)
PUBLISHED = sorted(settings.PUBLISHED_SECRETS)


def manage(*args: str, **env: str | None) -> subprocess.CompletedProcess[str]:
    """manage.py with the test environment plus `env`; a variable set to None is removed."""
    merged = {**os.environ, **env}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={k: v for k, v in merged.items() if v is not None},
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


@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY"])
@pytest.mark.parametrize("published", PUBLISHED)
def test_a_key_published_in_the_repository_is_refused_when_debug_is_off(
    variable: str, published: str
) -> None:
    result = manage("check", **{**PRODUCTION_ENV, variable: published})

    assert result.returncode != 0
    assert f"{variable} is a key published in this repository" in result.stderr


def test_a_published_key_still_works_in_local_development() -> None:
    result = manage(
        "check",
        DJANGO_DEBUG="1",
        DJANGO_SECRET_KEY="change-me-local-development-only",
        QUEUE_SIGNING_KEY=None,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("variable", ["DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY"])
@pytest.mark.parametrize("value", [None, "", "  "])
def test_no_key_has_a_default_when_debug_is_off(variable: str, value: str | None) -> None:
    result = manage("check", **{**PRODUCTION_ENV, variable: value})

    assert result.returncode != 0
    assert f"Environment variable {variable} is required" in result.stderr


def test_the_example_env_file_ships_no_usable_key(tmp_path: Path) -> None:
    example = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )

    assert example["DJANGO_SECRET_KEY"] == example["QUEUE_SIGNING_KEY"] == ""
    assert example["DJANGO_DEBUG"] == "0"
    result = manage("check", **{**example, "DJANGO_SECRET_KEY": None, "QUEUE_SIGNING_KEY": None})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_compose_refuses_to_start_without_the_keys() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    environment = compose["x-app"]["environment"]

    for variable in ("DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY"):
        # ${VAR:?message}: compose stops with the message when VAR is unset or empty.
        assert re.fullmatch(rf"\$\{{{variable}:\?[^}}]+\}}", environment[variable])
    assert "DJANGO_DEBUG" not in environment


def test_the_image_is_built_without_a_secret() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()

    assert "SECRET_KEY" not in dockerfile
    assert "SIGNING_KEY" not in dockerfile
    assert "RUN DJANGO_DEBUG=1 DJANGO_READ_ENV_FILE=0" in dockerfile  # collectstatic only


def test_collectstatic_runs_in_local_mode_without_any_key(tmp_path: Path) -> None:
    result = manage(
        "collectstatic",
        "--no-input",
        "--dry-run",
        DJANGO_DEBUG="1",
        DJANGO_SECRET_KEY=None,
        QUEUE_SIGNING_KEY=None,
    )

    assert result.returncode == 0, result.stderr


class TestMakeRunFiles:
    def test_it_writes_env_with_fresh_random_keys_readable_by_its_owner_only(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        env_file = tmp_path / ".env"
        run.ensure_env_file(env_file=env_file)
        other = tmp_path / "other.env"
        run.ensure_env_file(env_file=other)

        assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
        values = dict(
            line.split("=", 1)
            for line in env_file.read_text().splitlines()
            if line and not line.startswith("#")
        )
        assert len(values["DJANGO_SECRET_KEY"]) >= 50 and len(values["QUEUE_SIGNING_KEY"]) >= 50
        assert values["DJANGO_SECRET_KEY"] != values["QUEUE_SIGNING_KEY"]
        assert values["DJANGO_SECRET_KEY"] not in other.read_text()
        # The file is all the settings need, with DJANGO_DEBUG=0.
        for name in ("DJANGO_SECRET_KEY", "QUEUE_SIGNING_KEY", "DJANGO_DEBUG"):
            monkeypatch.delenv(name)
        load_env_file(env_file)
        assert os.environ["DJANGO_SECRET_KEY"] == values["DJANGO_SECRET_KEY"]

    def test_it_makes_an_existing_env_private_and_adds_only_the_missing_keys(
        self, tmp_path: Path
    ) -> None:
        env_file = tmp_path / ".env"
        env_file.write_text("DJANGO_SECRET_KEY=mine\nDJANGO_DEBUG=0")
        env_file.chmod(0o644)

        run.ensure_env_file(env_file=env_file)
        once = env_file.read_text()
        run.ensure_env_file(env_file=env_file)

        assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
        assert once.startswith("DJANGO_SECRET_KEY=mine\nDJANGO_DEBUG=0\nQUEUE_SIGNING_KEY=")
        assert len(once.splitlines()[-1]) > 60
        assert env_file.read_text() == once  # nothing more to add

    def test_it_creates_the_sqlite_database_private_before_django_opens_it(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DATABASE_URL", "")
        database = tmp_path / "db.sqlite3"

        run.ensure_private_database(database=database)
        with sqlite3.connect(database) as connection:  # as Django will, in WAL mode
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("CREATE TABLE t (x)")

        for path in tmp_path.iterdir():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name

    def test_it_makes_an_existing_database_private(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("DATABASE_URL", "")
        database = tmp_path / "db.sqlite3"
        database.touch(mode=0o644)

        run.ensure_private_database(database=database)

        assert stat.S_IMODE(database.stat().st_mode) == 0o600


class TestClientAddress:
    @pytest.mark.parametrize(
        ("proxies", "trusted", "remote", "forwarded", "expected"),
        [
            (0, [], "203.0.113.5", "198.51.100.7", "203.0.113.5"),  # no proxy: header ignored
            (1, [], "10.0.0.2", "198.51.100.7", "198.51.100.7"),
            (1, [], "10.0.0.2", "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # prepended: ignored
            (2, [], "10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
            (2, [], "10.0.0.2", "198.51.100.7", "10.0.0.2"),  # fewer hops than proxies
            (1, [], "10.0.0.2", "", "10.0.0.2"),
            (1, [], "10.0.0.2", "not-an-address", "10.0.0.2"),
            (1, [], "10.0.0.2", "2001:DB8::1", "2001:db8::1"),
            (1, ["10.0.0.0/24"], "10.0.0.2", "198.51.100.7", "198.51.100.7"),
            (1, ["10.0.0.0/24"], "203.0.113.5", "198.51.100.7", "203.0.113.5"),  # not the proxy
        ],
    )
    def test_it_is_the_address_the_trusted_proxies_saw(
        self,
        settings: SettingsWrapper,
        proxies: int,
        trusted: list[str],
        remote: str,
        forwarded: str,
        expected: str,
    ) -> None:
        settings.TRUSTED_PROXY_COUNT, settings.TRUSTED_PROXY_IPS = proxies, trusted
        request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

        assert client_ip(request) == expected

    def test_a_bad_trusted_proxy_list_is_refused(self) -> None:
        result = manage("check", TRUSTED_PROXY_IPS="10.0.0.0/24,proxy.internal")

        assert result.returncode != 0
        assert "TRUSTED_PROXY_IPS: 'proxy.internal'" in result.stderr

    @pytest.mark.django_db
    def test_behind_the_proxy_one_client_cannot_lock_another_out(
        self, settings: SettingsWrapper
    ) -> None:
        settings.TRUSTED_PROXY_COUNT = 1
        password = "a-long-enough-password-17"
        evaluator_create(username="ann", password=password, all_tenants=True)
        attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.66")
        ann = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.10")
        login = "/accounts/login/"

        for _ in range(settings.AXES_FAILURE_LIMIT):
            attacker.post(login, {"username": "ann", "password": "wrong"})

        assert attacker.post(login, {"username": "ann", "password": password}).status_code == 429
        assert ann.post(login, {"username": "ann", "password": password}).status_code == 302
        assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.66"}
