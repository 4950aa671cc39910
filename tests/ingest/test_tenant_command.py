from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from ingest.models import Tenant, TenantAPIKey
from ingest.tenants import tenant_key_find

pytestmark = pytest.mark.django_db


def tenant(*args: str) -> str:
    out = StringIO()
    call_command("tenant", *args, stdout=out)
    return out.getvalue()


class TestTenants:
    def test_it_creates_a_tenant(self) -> None:
        output = tenant("create", "acme_corp", "--name", "Acme Corp")

        created = Tenant.objects.get(tenant_id="acme_corp")
        assert (created.name, created.active) == ("Acme Corp", True)
        assert "acme_corp" in output

    def test_it_names_a_tenant_after_its_id_by_default(self) -> None:
        tenant("create", "beta_inc")

        assert Tenant.objects.get(tenant_id="beta_inc").name == "beta_inc"

    @pytest.mark.parametrize("tenant_id", ["-dash", "has space", "a" * 65, "é"])
    def test_it_refuses_an_id_the_ingest_schema_would_refuse(self, tenant_id: str) -> None:
        with pytest.raises(CommandError):
            tenant("create", tenant_id)

        assert not Tenant.objects.exists()

    def test_it_refuses_a_second_tenant_with_the_same_id(self) -> None:
        tenant("create", "acme_corp")

        with pytest.raises(CommandError, match="already exists"):
            tenant("create", "acme_corp")

    def test_it_lists_tenants_with_their_state_and_usable_keys(self) -> None:
        tenant("create", "acme_corp")
        tenant("create", "beta_inc", "--name", "Beta")
        tenant("key", "acme_corp")
        tenant("deactivate", "beta_inc")

        lines = tenant("list").splitlines()

        assert lines[1].split()[:3] == ["acme_corp", "yes", "1"]
        assert lines[2].split()[:3] == ["beta_inc", "no", "0"]
        assert lines[2].endswith("Beta")

    def test_it_deactivates_a_tenant(self) -> None:
        tenant("create", "acme_corp")

        tenant("deactivate", "acme_corp")

        assert Tenant.objects.get(tenant_id="acme_corp").active is False

    @pytest.mark.parametrize("action", ["deactivate", "key", "keys"])
    def test_it_names_an_unknown_tenant(self, action: str) -> None:
        with pytest.raises(CommandError, match="No tenant nobody"):
            tenant(action, "nobody")


class TestKeys:
    def test_it_prints_a_working_key_as_the_last_line(self) -> None:
        tenant("create", "acme_corp")

        key = tenant("key", "acme_corp").splitlines()[-1]

        found = tenant_key_find(key=key)
        assert found is not None
        assert found.tenant_id == "acme_corp"

    def test_a_tenant_may_hold_several_keys(self) -> None:
        tenant("create", "acme_corp")

        keys = {tenant("key", "acme_corp").splitlines()[-1] for _ in range(3)}

        assert len(keys) == 3
        assert TenantAPIKey.objects.filter(tenant_id="acme_corp").count() == 3

    def test_it_refuses_a_key_for_an_inactive_tenant(self) -> None:
        tenant("create", "acme_corp")
        tenant("deactivate", "acme_corp")

        with pytest.raises(CommandError, match="inactive"):
            tenant("key", "acme_corp")

    def test_it_lists_prefixes_and_times_but_never_the_secret(self) -> None:
        tenant("create", "acme_corp")
        key = tenant("key", "acme_corp", "--name", "ci").splitlines()[-1]
        prefix, _, secret = key.partition(".")

        output = tenant("keys", "acme_corp")

        [row] = output.splitlines()[1:]
        assert row.split()[:2] == [prefix, "active"]
        assert "never" in row
        assert row.endswith("ci")
        assert secret not in output

    def test_it_revokes_one_key(self) -> None:
        tenant("create", "acme_corp")
        revoked = tenant("key", "acme_corp").splitlines()[-1]
        kept = tenant("key", "acme_corp").splitlines()[-1]

        tenant("revoke-key", "acme_corp", revoked.partition(".")[0])

        assert tenant_key_find(key=revoked) is None
        assert tenant_key_find(key=kept) is not None
        assert "revoked" in tenant("keys", "acme_corp")

    def test_it_revokes_only_keys_of_the_tenant_named(self) -> None:
        tenant("create", "acme_corp")
        tenant("create", "beta_inc")
        key = tenant("key", "acme_corp").splitlines()[-1]

        with pytest.raises(CommandError, match="no key with prefix"):
            tenant("revoke-key", "beta_inc", key.partition(".")[0])

        assert tenant_key_find(key=key) is not None
