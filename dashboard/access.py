"""The dashboard's permission layer: who may open it, and which tenants each user sees.

Every dashboard view is wrapped in `evaluator_required` and asks `tenant_visible_or_404` (or
`tenants_visible_to`) before it reads a tenant's data. Class-based views are wrapped where they
are routed: `evaluator_required(SomeView.as_view())`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed

from dashboard.models import EvaluatorGrant
from ingest.models import Tenant

User = AbstractBaseUser | AnonymousUser
SAFE_METHODS = ("GET", "HEAD")


def _grant_of(user: User) -> EvaluatorGrant | None:
    if not user.is_authenticated or not user.is_active:
        return None
    try:
        return user.evaluator_grant  # type: ignore[attr-defined]
    except EvaluatorGrant.DoesNotExist:
        return None


def _is_superuser(user: User) -> bool:
    return bool(user.is_authenticated and user.is_active and getattr(user, "is_superuser", False))


def sees_all_tenants(user: User) -> bool:
    """Superusers, and evaluators granted every tenant (present and future)."""
    if _is_superuser(user):
        return True
    grant = _grant_of(user)
    return grant is not None and grant.all_tenants


def _visible_tenants(user: User) -> QuerySet[Tenant]:
    if sees_all_tenants(user):
        return Tenant.objects.all()
    grant = _grant_of(user)
    return grant.tenants.all() if grant is not None else Tenant.objects.none()


def tenants_visible_to(user: User) -> list[str]:
    """The sorted ids of the registered tenants (active or not) the user may see."""
    return list(_visible_tenants(user).order_by("tenant_id").values_list("tenant_id", flat=True))


def can_see_tenant(user: User, tenant_id: str) -> bool:
    return bool(_visible_tenants(user).filter(tenant_id=tenant_id).exists())


def tenant_visible_or_404(user: User, tenant_id: str) -> str:
    """The tenant id when the user may see it; Http404 otherwise, as for an unknown tenant."""
    if not can_see_tenant(user, tenant_id):
        raise Http404("No such tenant.")
    return tenant_id


def evaluator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Read-only access for evaluators and superusers.

    Anything but GET or HEAD is answered 405 (the dashboard changes nothing), an anonymous
    visitor is sent to the login page, and a signed-in user who is neither an evaluator nor a
    superuser gets 403.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method not in SAFE_METHODS:
            return HttpResponseNotAllowed(SAFE_METHODS)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not _is_superuser(request.user) and _grant_of(request.user) is None:
            raise PermissionDenied("This account has no evaluator access.")
        return view(request, *args, **kwargs)

    return wrapped
