from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from dashboard.access import tenants_visible_to
from ingest.models import Tenant
from ingest.tenants import tenant_create, tenant_key_find

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-enough-password-17"


@pytest.fixture(autouse=True)
def tenants() -> None:
    for tenant_id in ("acme_corp", "beta_inc"):
        tenant_create(tenant_id=tenant_id)


def evaluator(*args: str, stdin: str = "") -> str:
    out = StringIO()
    call_command("evaluator", "create", *args, stdin=StringIO(stdin), stdout=out)
    return out.getvalue()


def can_log_in(username: str, password: str) -> bool:
    client = Client()
    client.post("/accounts/login/", {"username": username, "password": password})
    return "_auth_user_id" in client.session


class TestCreate:
    def test_it_creates_an_evaluator_for_the_tenants_named_with_the_password_from_stdin(
        self,
    ) -> None:
        output = evaluator(
            "ann", "--tenant", "acme_corp", "--tenant", "beta_inc", stdin=PASSWORD + "\n"
        )

        user = User.objects.get(username="ann")
        assert tenants_visible_to(user) == ["acme_corp", "beta_inc"]
        assert (user.is_staff, user.is_superuser) == (False, False)
        assert user.get_all_permissions() == set()
        assert PASSWORD not in output
        assert can_log_in("ann", PASSWORD)

    def test_it_generates_and_prints_a_password_when_none_is_given(self) -> None:
        output = evaluator("bob", "--all-tenants")

        password = output.splitlines()[-1].removeprefix("Password: ")
        assert len(password) >= 16
        assert can_log_in("bob", password)
        assert tenants_visible_to(User.objects.get(username="bob")) == ["acme_corp", "beta_inc"]

    def test_an_all_tenants_evaluator_sees_tenants_registered_later(self) -> None:
        evaluator("bob", "--all-tenants")

        tenant_create(tenant_id="newcomer")

        assert "newcomer" in tenants_visible_to(User.objects.get(username="bob"))

    @pytest.mark.parametrize(
        "args",
        [
            ["ann"],
            ["ann", "--all-tenants", "--tenant", "acme_corp"],
            ["ann", "--tenant", "nobody"],
            ["ann", "--tenant", "acme_corp", "--tenant", "nobody"],
        ],
    )
    def test_it_refuses_a_missing_contradictory_or_unknown_scope(self, args: list[str]) -> None:
        with pytest.raises(CommandError):
            evaluator(*args, stdin=PASSWORD)

        assert not User.objects.filter(username="ann").exists()

    @pytest.mark.parametrize("password", ["short", "password1234", "12345678901234"])
    def test_it_refuses_a_weak_password(self, password: str) -> None:
        with pytest.raises(CommandError):
            evaluator("ann", "--all-tenants", stdin=password)

        assert not User.objects.filter(username="ann").exists()

    def test_it_refuses_a_taken_username(self) -> None:
        User.objects.create_superuser("root", password=PASSWORD)

        with pytest.raises(CommandError, match="already exists"):
            evaluator("root", "--all-tenants", stdin=PASSWORD)

        assert User.objects.get(username="root").is_superuser


class TestDemoSetup:
    @pytest.fixture(autouse=True)
    def var_dir(self, settings: SettingsWrapper, tmp_path: Path) -> Path:
        settings.VAR_DIR = tmp_path
        return tmp_path

    def demo_setup(self) -> list[str]:
        out = StringIO()
        call_command("demo_setup", stdout=out)
        return out.getvalue().splitlines()

    def test_it_makes_tenants_keys_and_an_evaluator_seeing_all(self, var_dir: Path) -> None:
        lines = self.demo_setup()

        keys = json.loads((var_dir / "demo-api-keys.json").read_text())
        assert set(keys) == {"acme_corp", "beta_inc"}
        for tenant_id, key in keys.items():
            found = tenant_key_find(key=key)
            assert found is not None
            assert found.tenant_id == tenant_id
            assert any(key in line for line in lines)
        password = (var_dir / "demo-evaluator-password").read_text()
        assert can_log_in("evaluator", password)
        assert tenants_visible_to(User.objects.get(username="evaluator")) == [
            "acme_corp",
            "beta_inc",
        ]
        assert (var_dir / "demo-api-keys.json").stat().st_mode & 0o777 == 0o600

    def test_it_is_idempotent(self) -> None:
        first = self.demo_setup()
        second = self.demo_setup()

        assert first == second
        assert Tenant.objects.count() == 2
        assert User.objects.count() == 1

    def test_it_replaces_a_saved_key_that_no_longer_works(self, var_dir: Path) -> None:
        self.demo_setup()
        keys_file = var_dir / "demo-api-keys.json"
        keys = json.loads(keys_file.read_text())
        call_command("tenant", "revoke-key", "acme_corp", keys["acme_corp"].partition(".")[0])

        self.demo_setup()

        fresh = json.loads(keys_file.read_text())
        assert fresh["acme_corp"] != keys["acme_corp"]
        assert fresh["beta_inc"] == keys["beta_inc"]
        assert tenant_key_find(key=fresh["acme_corp"]) is not None
