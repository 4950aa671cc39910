from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser, User
from django.http import Http404, HttpRequest, HttpResponse
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, path

from dashboard.access import (
    can_see_tenant,
    evaluator_required,
    sees_all_tenants,
    tenant_visible_or_404,
    tenants_visible_to,
)
from dashboard.evaluators import evaluator_create
from ingest.models import Tenant, TenantAPIKey
from ingest.tenants import tenant_create, tenant_deactivate
from logsite.urls import urlpatterns as site_urlpatterns

PASSWORD = "a-long-enough-password-17"
WRITE_METHODS = ["post", "put", "patch", "delete"]


@evaluator_required
def probe(request: HttpRequest, tenant_id: str) -> HttpResponse:
    return HttpResponse(tenant_visible_or_404(request.user, tenant_id))


# This module is also the URLconf of the tests marked with it: the site plus a probe view.
urlpatterns = [*site_urlpatterns, path("probe/<str:tenant_id>/", probe)]


@pytest.fixture
def tenants(db: None) -> None:
    for tenant_id in ("acme_corp", "beta_inc", "gamma"):
        tenant_create(tenant_id=tenant_id)
    tenant_deactivate(tenant_id="gamma")


@pytest.fixture
def acme_evaluator(tenants: None) -> User:
    return evaluator_create(username="acme-eval", password=PASSWORD, tenant_ids=["acme_corp"])


@pytest.fixture
def global_evaluator(tenants: None) -> User:
    return evaluator_create(username="all-eval", password=PASSWORD, all_tenants=True)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


class TestSelectors:
    def test_an_anonymous_user_sees_nothing(self, tenants: None) -> None:
        assert tenants_visible_to(AnonymousUser()) == []
        assert not sees_all_tenants(AnonymousUser())
        assert not can_see_tenant(AnonymousUser(), "acme_corp")

    def test_an_evaluator_sees_only_the_tenants_granted(self, acme_evaluator: User) -> None:
        assert tenants_visible_to(acme_evaluator) == ["acme_corp"]
        assert not sees_all_tenants(acme_evaluator)
        assert can_see_tenant(acme_evaluator, "acme_corp")
        assert not can_see_tenant(acme_evaluator, "beta_inc")

    def test_an_all_tenants_evaluator_sees_every_registered_tenant(
        self, global_evaluator: User
    ) -> None:
        tenant_create(tenant_id="added_later")

        assert tenants_visible_to(global_evaluator) == [
            "acme_corp",
            "added_later",
            "beta_inc",
            "gamma",
        ]
        assert sees_all_tenants(global_evaluator)

    def test_a_superuser_sees_every_tenant(self, tenants: None) -> None:
        root = User.objects.create_superuser("root", password=PASSWORD)

        assert tenants_visible_to(root) == ["acme_corp", "beta_inc", "gamma"]
        assert sees_all_tenants(root)

    def test_a_user_without_a_grant_sees_nothing(self, tenants: None) -> None:
        staff = User.objects.create_user("staff", password=PASSWORD, is_staff=True)

        assert tenants_visible_to(staff) == []
        assert not can_see_tenant(staff, "acme_corp")

    def test_a_deactivated_account_sees_nothing(self, global_evaluator: User) -> None:
        global_evaluator.is_active = False

        assert tenants_visible_to(global_evaluator) == []

    def test_it_answers_404_for_a_tenant_not_granted_or_unknown(
        self, acme_evaluator: User, global_evaluator: User
    ) -> None:
        assert tenant_visible_or_404(acme_evaluator, "acme_corp") == "acme_corp"
        cases: list[tuple[User | AnonymousUser, str]] = [
            (acme_evaluator, "beta_inc"),
            (acme_evaluator, "nobody"),
            (global_evaluator, "nobody"),
            (AnonymousUser(), "acme_corp"),
        ]
        for user, tenant_id in cases:
            with pytest.raises(Http404):
                tenant_visible_or_404(user, tenant_id)


@pytest.mark.urls(__name__)
class TestEvaluatorRequired:
    def test_it_sends_an_anonymous_visitor_to_the_login_page(self, tenants: None) -> None:
        response = Client().get("/probe/acme_corp/")

        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/probe/acme_corp/"

    def test_it_shows_a_granted_tenant(self, acme_evaluator: User) -> None:
        response = logged_in(acme_evaluator).get("/probe/acme_corp/")

        assert (response.status_code, response.content) == (200, b"acme_corp")

    @pytest.mark.parametrize("tenant_id", ["beta_inc", "gamma", "nobody"])
    def test_it_answers_404_when_the_url_names_another_tenant(
        self, acme_evaluator: User, tenant_id: str
    ) -> None:
        assert logged_in(acme_evaluator).get(f"/probe/{tenant_id}/").status_code == 404

    @pytest.mark.parametrize("method", WRITE_METHODS)
    def test_it_answers_405_to_anything_but_get_and_head(
        self, acme_evaluator: User, method: str
    ) -> None:
        response = getattr(logged_in(acme_evaluator), method)("/probe/acme_corp/")

        assert response.status_code == 405
        assert response["Allow"] == "GET, HEAD"

    def test_it_answers_head(self, acme_evaluator: User) -> None:
        assert logged_in(acme_evaluator).head("/probe/acme_corp/").status_code == 200

    def test_it_refuses_a_signed_in_user_who_is_not_an_evaluator(self, tenants: None) -> None:
        staff = User.objects.create_user("staff", password=PASSWORD, is_staff=True)

        assert logged_in(staff).get("/probe/acme_corp/").status_code == 403

    def test_it_lets_a_superuser_in(self, tenants: None) -> None:
        root = User.objects.create_superuser("root", password=PASSWORD)

        assert logged_in(root).get("/probe/beta_inc/").status_code == 200


def _routes(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def _sample_url(route: str, tenant_id: str) -> str:
    samples = {"int": "1", "path": "some/log-1", "uuid": "7f1c0d3e-0000-7000-8000-000000000000"}

    def fill(match: re.Match[str]) -> str:
        converter, name = match.group(1) or "str", match.group(2)
        return tenant_id if name == "tenant_id" else samples.get(converter, "x")

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route)


def dashboard_urls(tenant_id: str) -> list[str]:
    routes = [r for r in _routes(get_resolver().url_patterns) if r.startswith("dashboard/")]
    return [_sample_url(route, tenant_id) for route in routes]


class TestEveryDashboardPage:
    def test_there_are_dashboard_pages_to_check(self) -> None:
        assert len(dashboard_urls("acme_corp")) >= 2

    @pytest.mark.parametrize("method", WRITE_METHODS)
    def test_it_answers_405_to_an_evaluator_writing(
        self, acme_evaluator: User, method: str
    ) -> None:
        client = logged_in(acme_evaluator)

        for url in dashboard_urls("acme_corp"):
            response = getattr(client, method)(url, data={"x": "1"})
            assert response.status_code == 405, url

    def test_it_answers_404_to_an_evaluator_naming_a_tenant_not_granted(
        self, acme_evaluator: User
    ) -> None:
        client = logged_in(acme_evaluator)
        urls = [url for url in dashboard_urls("beta_inc") if "beta_inc" in url]

        assert urls
        for url in urls:
            assert client.get(url).status_code == 404, url


class TestAdmin:
    def test_an_evaluator_has_no_staff_status_and_no_permission(
        self, acme_evaluator: User, global_evaluator: User
    ) -> None:
        for user in (acme_evaluator, global_evaluator):
            assert not user.is_staff
            assert not user.is_superuser
            assert user.get_all_permissions() == set()

    def test_an_evaluator_cannot_open_the_admin(self, acme_evaluator: User) -> None:
        response = logged_in(acme_evaluator).get("/admin/")

        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_an_evaluator_cannot_sign_in_to_the_admin(self, acme_evaluator: User) -> None:
        client = Client()

        response = client.post("/admin/login/", {"username": "acme-eval", "password": PASSWORD})

        assert response.status_code == 200  # the form again, with an error
        assert "_auth_user_id" not in client.session

    def test_an_evaluator_cannot_change_anything_through_the_admin(
        self, acme_evaluator: User
    ) -> None:
        client = logged_in(acme_evaluator)
        before = _counts()

        for model in admin.site._registry:
            info = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
            for url, data in [
                (info + "add/", {"tenant_id": "evil", "name": "evil", "username": "evil"}),
                (info, {"action": "delete_selected", "_selected_action": ["acme_corp"]}),
                (info + "acme_corp/change/", {"name": "changed"}),
                (info + "acme_corp/delete/", {"post": "yes"}),
            ]:
                response = client.post(url, data)
                assert response.status_code == 302, url
                assert response["Location"].startswith("/admin/login/"), url

        assert _counts() == before
        assert Tenant.objects.get(tenant_id="acme_corp").name == "acme_corp"

    def test_a_superuser_manages_tenants_keys_and_grants_in_the_admin(
        self, acme_evaluator: User
    ) -> None:
        client = logged_in(User.objects.create_superuser("root", password=PASSWORD))

        for url in [
            "/admin/ingest/tenant/",
            "/admin/ingest/tenantapikey/",
            "/admin/ingest/tenantapikey/add/",
            "/admin/dashboard/evaluatorgrant/",
        ]:
            assert client.get(url).status_code == 200, url


def _counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (Tenant, TenantAPIKey, User))
