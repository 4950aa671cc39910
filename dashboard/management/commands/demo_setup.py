from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from dashboard.evaluators import evaluator_grant
from ingest.models import Tenant
from ingest.tenants import tenant_create, tenant_key_create, tenant_key_find

DEMO_USERNAME = "evaluator"
DEMO_TENANTS = {"acme_corp": "Acme Corp", "beta_inc": "Beta Inc"}


def _write_secret(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)


class Command(BaseCommand):
    help = (
        "Create the demo tenants, one API key each and an evaluator login seeing every tenant, "
        "as `make run` does (idempotent); prints the key and the login. The plaintexts are kept "
        "only in var/, which git ignores."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for line in [*self._demo_keys(), self._demo_login()]:
            self.stdout.write(line)

    def _demo_keys(self) -> list[str]:
        keys_file = settings.VAR_DIR / "demo-api-keys.json"
        saved = json.loads(keys_file.read_text(encoding="utf-8")) if keys_file.exists() else {}
        keys: dict[str, str] = {}
        lines = []
        for tenant_id, name in DEMO_TENANTS.items():
            tenant = Tenant.objects.filter(tenant_id=tenant_id).first()
            if tenant is None:
                tenant = tenant_create(tenant_id=tenant_id, name=name)
            key: str = saved.get(tenant_id, "")
            found = tenant_key_find(key=key) if key else None
            if found is None or found.tenant_id != tenant_id:
                if not tenant.active:
                    lines.append(f"   Demo key    {tenant_id} is inactive: no key")
                    continue
                key = tenant_key_create(tenant_id=tenant_id, name="demo")[1]
            keys[tenant_id] = key
            lines.append(f"   Demo key    {tenant_id:<10}  {key}")
        _write_secret(keys_file, json.dumps(keys, indent=2))
        return lines

    def _demo_login(self) -> str:
        password_file = settings.VAR_DIR / "demo-evaluator-password"
        user_model = get_user_model()
        user = user_model.objects.filter(username=DEMO_USERNAME).first()
        if user is None or not password_file.exists():
            password = secrets.token_urlsafe(12)
            if user is None:
                user = user_model.objects.create_user(username=DEMO_USERNAME)
            user.set_password(password)
            user.save()
            _write_secret(password_file, password)
        evaluator_grant(user=user, all_tenants=True)
        password = password_file.read_text(encoding="utf-8").strip()
        return f"   Demo login  {DEMO_USERNAME} / {password}   (evaluator, sees all tenants)"
