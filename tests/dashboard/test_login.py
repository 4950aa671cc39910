from __future__ import annotations

import logging

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.test import Client
from pytest_django import Settings as SettingsWrapper

from dashboard.evaluators import evaluator_create

pytestmark = pytest.mark.django_db

LOGIN = "/accounts/login/"
PASSWORD = "a-long-enough-password-17"


@pytest.fixture
def ann() -> User:
    return evaluator_create(username="ann", password=PASSWORD, all_tenants=True)


def log_in(client: Client, password: str, username: str = "ann") -> int:
    return client.post(LOGIN, {"username": username, "password": password}).status_code


def test_the_login_page_is_a_labelled_form_with_a_csrf_token() -> None:
    response = Client().get(LOGIN)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert '<label for="id_username">' in html
    assert '<label for="id_password">' in html


def test_every_page_carries_the_security_headers() -> None:
    response = Client().get(LOGIN)

    assert response["Content-Security-Policy"].startswith("default-src 'self'")
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_it_refuses_a_login_without_the_csrf_token(ann: User) -> None:
    client = Client(enforce_csrf_checks=True)

    assert log_in(client, PASSWORD) == 403
    assert "_auth_user_id" not in client.session


def test_a_login_sets_an_httponly_samesite_session_that_expires(
    ann: User, settings: SettingsWrapper
) -> None:
    client = Client()

    response = client.post(LOGIN, {"username": "ann", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == settings.SESSION_COOKIE_AGE == 8 * 3600


def test_it_locks_a_username_out_after_the_failure_limit(
    ann: User, settings: SettingsWrapper
) -> None:
    client = Client()

    failures = [log_in(client, "wrong-password") for _ in range(settings.AXES_FAILURE_LIMIT)]

    assert failures[:-1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)  # the form, with an error
    assert failures[-1] == 429
    assert log_in(client, PASSWORD) == 429  # even the right password, now
    assert "_auth_user_id" not in client.session
    assert settings.AXES_FAILURE_LIMIT == 5


def test_a_lockout_of_one_username_leaves_the_others_alone(ann: User) -> None:
    evaluator_create(username="bob", password=PASSWORD, all_tenants=True)
    client = Client()
    for _ in range(5):
        log_in(client, "wrong-password")

    assert log_in(client, PASSWORD, username="bob") == 302


def test_failed_logins_leave_no_password_in_logs_or_database(
    ann: User, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)

    for _ in range(6):
        log_in(Client(), "wrong-but-secret-password")

    logged = caplog.text + " ".join(str(vars(record)) for record in caplog.records)
    assert caplog.records
    assert "wrong-but-secret-password" not in logged
    for attempt in AccessAttempt.objects.all():
        assert "wrong-but-secret-password" not in f"{attempt.post_data} {attempt.get_data}"


def test_logout_is_a_post(ann: User) -> None:
    client = Client()
    log_in(client, PASSWORD)

    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")

    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert "_auth_user_id" not in client.session
