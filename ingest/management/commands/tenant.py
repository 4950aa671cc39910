from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from ingest.models import Tenant, TenantAPIKey
from ingest.tenants import (
    tenant_create,
    tenant_deactivate,
    tenant_key_create,
    tenant_key_list,
    tenant_key_revoke,
    tenant_list,
)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if moment else "never"


class Command(BaseCommand):
    help = "Manage tenants and their ingest API keys."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        create = actions.add_parser("create", help="register a tenant")
        create.add_argument("tenant_id")
        create.add_argument("--name", default="", help="display name (default: the id)")
        actions.add_parser("list", help="list tenants")
        deactivate = actions.add_parser("deactivate", help="refuse every key of a tenant")
        deactivate.add_argument("tenant_id")
        key = actions.add_parser("key", help="create a key; it is the last line of the output")
        key.add_argument("tenant_id")
        key.add_argument("--name", default="cli", help="a label for the key (default: cli)")
        keys = actions.add_parser("keys", help="list a tenant's keys (prefixes only)")
        keys.add_argument("tenant_id")
        revoke = actions.add_parser("revoke-key", help="revoke one key of a tenant for good")
        revoke.add_argument("tenant_id")
        revoke.add_argument("prefix")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        handler = getattr(self, "handle_" + action.replace("-", "_"))
        try:
            handler(**options)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        except Tenant.DoesNotExist:
            raise CommandError(f"No tenant {options['tenant_id']}.") from None
        except TenantAPIKey.DoesNotExist:
            raise CommandError(
                f"Tenant {options['tenant_id']} has no key with prefix {options['prefix']}."
            ) from None
        except ValueError as error:
            raise CommandError(str(error)) from None

    def handle_create(self, *, tenant_id: str, name: str, **_: Any) -> None:
        tenant = tenant_create(tenant_id=tenant_id, name=name)
        self.stdout.write(f"Created tenant {tenant.tenant_id} ({tenant.name}).")

    def handle_list(self, **_: Any) -> None:
        self.stdout.write(f"{'TENANT':<24} {'ACTIVE':<6} {'KEYS':>4}  {'CREATED':<19}  NAME")
        for tenant in tenant_list():
            keys = tenant.usable_keys  # type: ignore[attr-defined]
            self.stdout.write(
                f"{tenant.tenant_id:<24} {'yes' if tenant.active else 'no':<6} "
                f"{keys:>4}  {_when(tenant.created)}  {tenant.name}"
            )

    def handle_deactivate(self, *, tenant_id: str, **_: Any) -> None:
        tenant_deactivate(tenant_id=tenant_id)
        self.stdout.write(
            f"Deactivated tenant {tenant_id}: its keys are refused within "
            f"{settings.INGEST_KEY_CACHE_SECONDS:g} s."
        )

    def handle_key(self, *, tenant_id: str, name: str, **_: Any) -> None:
        api_key, plaintext = tenant_key_create(tenant_id=tenant_id, name=name)
        self.stdout.write(
            f"Created key {api_key.prefix} for tenant {tenant_id}. "
            "It is shown once, only its hash is stored:"
        )
        self.stdout.write(plaintext)

    def handle_keys(self, *, tenant_id: str, **_: Any) -> None:
        self.stdout.write(f"{'PREFIX':<8}  {'STATUS':<7}  {'CREATED':<19}  {'LAST USED':<19}  NAME")
        for api_key in tenant_key_list(tenant_id=tenant_id):
            status = "revoked" if api_key.revoked else "active"
            self.stdout.write(
                f"{api_key.prefix:<8}  {status:<7}  {_when(api_key.created)}  "
                f"{_when(api_key.last_used):<19}  {api_key.name}"
            )

    def handle_revoke_key(self, *, tenant_id: str, prefix: str, **_: Any) -> None:
        tenant_key_revoke(tenant_id=tenant_id, prefix=prefix)
        self.stdout.write(
            f"Revoked key {prefix} of tenant {tenant_id}: it is refused within "
            f"{settings.INGEST_KEY_CACHE_SECONDS:g} s."
        )
