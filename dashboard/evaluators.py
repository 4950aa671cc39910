"""Evaluator accounts: users who may read the dashboard for the tenants granted, and no more."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from dashboard.models import EvaluatorGrant
from ingest.models import Tenant


@transaction.atomic
def evaluator_create(
    *, username: str, password: str, tenant_ids: Sequence[str] = (), all_tenants: bool = False
) -> User:
    """A new non-staff user without model permissions, granted the given tenants (or all).

    Raises ValidationError for a taken username, a weak password or an unknown tenant.
    """
    user_model = get_user_model()
    if user_model.objects.filter(username=username).exists():
        raise ValidationError(f"User {username} already exists.")
    user = user_model(username=username, is_staff=False, is_superuser=False)
    user.full_clean(exclude=["password"])
    validate_password(password, user)
    user.set_password(password)
    user.save()
    evaluator_grant(user=user, tenant_ids=tenant_ids, all_tenants=all_tenants)
    return user


@transaction.atomic
def evaluator_grant(
    *, user: User, tenant_ids: Sequence[str] = (), all_tenants: bool = False
) -> EvaluatorGrant:
    """Set what an evaluator sees: every tenant, or exactly the listed registered tenants."""
    if all_tenants == bool(tenant_ids):
        raise ValidationError("Grant either all tenants or a list of tenants.")
    tenants = list(Tenant.objects.filter(tenant_id__in=tenant_ids))
    unknown = sorted(set(tenant_ids) - {tenant.tenant_id for tenant in tenants})
    if unknown:
        raise ValidationError(f"Unknown tenant(s): {', '.join(unknown)}.")
    grant, _ = EvaluatorGrant.objects.update_or_create(
        user=user, defaults={"all_tenants": all_tenants}
    )
    grant.tenants.set(tenants)
    return grant
