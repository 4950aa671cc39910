from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from pytest_django import DjangoAssertNumQueries
from pytest_django import Settings as SettingsWrapper

from ingest.models import TenantAPIKey
from ingest.tenants import tenant_deactivate, tenant_key_revoke
from tests.helpers import queued_records
from tests.ingest.test_log_ingest_api import assert_error, post_json, post_text

MakeKey = Callable[..., str]


def keyed(key: str, header: str = "Authorization") -> Client:
    value = f"Api-Key {key}" if header == "Authorization" else key
    return Client(headers={header: value})


def prefix_of(key: str) -> str:
    return key.partition(".")[0]


class TestTheKeyDecidesTheTenant:
    def test_it_takes_the_tenant_from_the_key_when_the_body_names_none(
        self, aws: str, tenant_key: MakeKey
    ) -> None:
        response = post_json(keyed(tenant_key("acme_corp")), {"log_id": "1", "text": "x"})

        assert response.status_code == 202
        assert response.json()["tenant_id"] == "acme_corp"
        [record] = queued_records()
        assert record["tenant_id"] == "acme_corp"

    def test_it_takes_the_tenant_of_a_text_request_from_the_key(
        self, aws: str, tenant_key: MakeKey
    ) -> None:
        response = post_text(keyed(tenant_key("beta_inc")), "raw log")

        assert response.status_code == 202
        assert queued_records()[0]["tenant_id"] == "beta_inc"

    def test_it_accepts_the_key_in_an_x_api_key_header(self, aws: str, tenant_key: MakeKey) -> None:
        client = keyed(tenant_key("acme_corp"), header="X-API-Key")

        response = post_json(client, {"tenant_id": "acme_corp", "text": "x"})

        assert response.status_code == 202

    def test_it_refuses_a_body_naming_another_tenant_and_enqueues_nothing(
        self, aws: str, tenant_key: MakeKey
    ) -> None:
        tenant_key("beta_inc")
        client = keyed(tenant_key("acme_corp"))

        response = post_json(client, {"tenant_id": "beta_inc", "text": "x"})

        assert_error(response, 403, "tenant_forbidden")
        assert queued_records(wait=0.5) == []

    def test_it_refuses_an_x_tenant_id_naming_another_tenant(
        self, aws: str, tenant_key: MakeKey
    ) -> None:
        client = keyed(tenant_key("acme_corp"))

        text = post_text(client, "raw", **{"X-Tenant-ID": "beta_inc"})
        json_mode = post_json(client, {"text": "x"}, **{"X-Tenant-ID": "beta_inc"})

        assert_error(text, 403, "tenant_forbidden")
        assert_error(json_mode, 403, "tenant_forbidden")
        assert queued_records(wait=0.5) == []

    @pytest.mark.parametrize("tenant_id", [None, 5, "", "has space", "a" * 65])
    def test_it_still_rejects_a_null_or_malformed_tenant(
        self, tenant_key: MakeKey, tenant_id: Any
    ) -> None:
        client = keyed(tenant_key("acme_corp"))

        error = assert_error(
            post_json(client, {"tenant_id": tenant_id, "text": "x"}), 400, "invalid_request"
        )

        assert "tenant_id" in error["fields"]


class TestRefusedKeys:
    @pytest.mark.parametrize(
        "headers",
        [
            {},
            {"Authorization": "Bearer something"},
            {"Authorization": "Api-Key"},
            {"X-API-Key": ""},
        ],
    )
    def test_it_answers_401_without_a_key_and_enqueues_nothing(
        self, aws: str, db: None, headers: dict[str, str]
    ) -> None:
        response = post_json(Client(headers=headers), {"tenant_id": "acme_corp", "text": "x"})

        assert_error(response, 401, "not_authenticated")
        assert response["WWW-Authenticate"] == "Api-Key"
        assert queued_records(wait=0.5) == []

    @pytest.mark.parametrize("variant", ["unknown", "wrong-secret", "no-dot", "huge"])
    def test_it_answers_401_for_a_key_it_does_not_know(
        self, tenant_key: MakeKey, variant: str
    ) -> None:
        real = tenant_key("acme_corp")
        key = {
            "unknown": "AbCdEfGh.0123456789abcdef0123456789abcdef",
            "wrong-secret": prefix_of(real) + ".0123456789abcdef0123456789abcdef",
            "no-dot": real.replace(".", ""),
            "huge": real + "x" * 10_000,
        }[variant]

        response = post_json(keyed(key), {"tenant_id": "acme_corp", "text": "x"})

        assert_error(response, 401, "authentication_failed")
        assert response["WWW-Authenticate"] == "Api-Key"

    def test_it_answers_401_for_a_revoked_key(self, aws: str, tenant_key: MakeKey) -> None:
        key = tenant_key("acme_corp")
        client = keyed(key)
        assert post_json(client, {"text": "before"}).status_code == 202
        queued_records()

        tenant_key_revoke(tenant_id="acme_corp", prefix=prefix_of(key))
        response = post_json(client, {"text": "after"})

        assert_error(response, 401, "authentication_failed")
        assert queued_records(wait=0.5) == []

    def test_it_keeps_the_other_keys_of_a_tenant_working(
        self, aws: str, tenant_key: MakeKey
    ) -> None:
        revoked, kept = tenant_key("acme_corp"), tenant_key("acme_corp")

        tenant_key_revoke(tenant_id="acme_corp", prefix=prefix_of(revoked))

        assert post_json(keyed(revoked), {"text": "x"}).status_code == 401
        assert post_json(keyed(kept), {"text": "x"}).status_code == 202

    def test_it_answers_403_for_an_inactive_tenant(self, aws: str, tenant_key: MakeKey) -> None:
        client = keyed(tenant_key("acme_corp"))

        tenant_deactivate(tenant_id="acme_corp")
        response = post_json(client, {"text": "x"})

        assert_error(response, 403, "tenant_inactive")
        assert queued_records(wait=0.5) == []


class TestFailedAttempts:
    """Guessing keys costs a database query each: an address gets a few per window, then 429."""

    UNKNOWN = "AbCdEfGh.0123456789abcdef0123456789abcdef"

    def test_it_throttles_an_address_that_keeps_sending_unknown_keys(
        self,
        db: None,
        settings: SettingsWrapper,
        django_assert_num_queries: DjangoAssertNumQueries,
    ) -> None:
        settings.INGEST_AUTH_FAILURE_LIMIT = (3, 3600)
        guesser = Client(
            REMOTE_ADDR="203.0.113.7", headers={"Authorization": f"Api-Key {self.UNKNOWN}"}
        )

        statuses = [post_json(guesser, {"text": "x"}).status_code for _ in range(3)]
        with django_assert_num_queries(0):
            refused = post_json(guesser, {"text": "x"})

        assert statuses == [401, 401, 401]
        assert_error(refused, 429, "rate_limited")
        assert 1 <= int(refused["Retry-After"]) <= 3600

    def test_other_addresses_and_keys_already_verified_keep_working(
        self, aws: str, tenant_key: MakeKey, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_AUTH_FAILURE_LIMIT = (1, 3600)
        shared_address = "203.0.113.8"
        good = Client(
            REMOTE_ADDR=shared_address,
            headers={"Authorization": f"Api-Key {tenant_key('acme_corp')}"},
        )
        assert post_json(good, {"text": "verified before"}).status_code == 202
        guesser = Client(
            REMOTE_ADDR=shared_address, headers={"Authorization": f"Api-Key {self.UNKNOWN}"}
        )
        assert post_json(guesser, {"text": "x"}).status_code == 401
        assert post_json(guesser, {"text": "x"}).status_code == 429

        elsewhere = Client(
            REMOTE_ADDR="198.51.100.1", headers={"Authorization": f"Api-Key {self.UNKNOWN}"}
        )

        assert post_json(good, {"text": "after"}).status_code == 202
        assert post_json(elsewhere, {"text": "x"}).status_code == 401

    def test_behind_the_trusted_proxy_it_throttles_the_client_not_the_proxy(
        self, db: None, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_AUTH_FAILURE_LIMIT = (1, 3600)
        settings.TRUSTED_PROXY_COUNT = 1
        proxy = "10.0.0.2"
        unknown = {"Authorization": f"Api-Key {self.UNKNOWN}"}

        def via_proxy(client_address: str) -> Client:
            return Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=client_address, headers=unknown)

        guesser, neighbour = via_proxy("203.0.113.9"), via_proxy("198.51.100.9")
        statuses = [post_json(guesser, {"text": "x"}).status_code for _ in range(2)]

        assert statuses == [401, 429]
        assert post_json(neighbour, {"text": "x"}).status_code == 401


class TestKeyCache:
    def test_a_second_request_costs_no_database_query(
        self,
        aws: str,
        tenant_key: MakeKey,
        django_assert_num_queries: DjangoAssertNumQueries,
        settings: SettingsWrapper,
    ) -> None:
        # Their shared counters are in the database cache.
        settings.INGEST_RATE_LIMIT = settings.INGEST_RATE_LIMIT_BYTES = None
        client = keyed(tenant_key("acme_corp"))
        assert post_json(client, {"text": "first"}).status_code == 202

        with django_assert_num_queries(0):
            assert post_json(client, {"text": "second"}).status_code == 202

    def test_it_records_when_a_key_was_last_used(self, aws: str, tenant_key: MakeKey) -> None:
        key = tenant_key("acme_corp")

        post_json(keyed(key), {"text": "x"})

        assert TenantAPIKey.objects.get(prefix=prefix_of(key)).last_used is not None

    def test_a_key_revoked_by_another_process_is_refused_once_the_cache_time_passed(
        self, tenant_key: MakeKey, settings: SettingsWrapper
    ) -> None:
        settings.INGEST_KEY_CACHE_SECONDS = 0
        key = tenant_key("acme_corp")
        assert post_json(keyed(key), {"text": ""}).status_code == 400  # authenticated

        # As another web process would: straight in the database, this process's cache untold.
        TenantAPIKey.objects.filter(prefix=prefix_of(key)).update(revoked=True)

        assert_error(post_json(keyed(key), {"text": "x"}), 401, "authentication_failed")


@pytest.mark.django_db
def test_keys_are_stored_hashed(tenant_key: MakeKey, aws: str) -> None:
    key = tenant_key("acme_corp")
    post_json(keyed(key), {"text": "x"})
    secret = key.partition(".")[2]

    stored = TenantAPIKey.objects.get(prefix=prefix_of(key))
    assert stored.hashed_key.startswith("sha512$$")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                for value in row:
                    assert secret not in str(value), f"the key's secret is stored in {table}"


class TestWithoutRequiredKeys:
    @pytest.fixture(autouse=True)
    def keys_optional(self, settings: SettingsWrapper) -> None:
        settings.INGEST_REQUIRE_API_KEY = False

    def test_it_accepts_the_seed_requests_without_a_key(self, aws: str, db: None) -> None:
        client = Client()

        first = post_json(client, {"tenant_id": "acme_corp", "log_id": "101", "text": "x"})
        second = post_text(client, "raw", **{"X-Tenant-ID": "beta_inc"})

        assert (first.status_code, second.status_code) == (202, 202)
        assert {r["tenant_id"] for r in queued_records()} == {"acme_corp", "beta_inc"}

    def test_it_rejects_a_missing_tenant_without_a_key(self, db: None) -> None:
        json_mode = assert_error(post_json(Client(), {"text": "x"}), 400, "invalid_request")
        text_mode = assert_error(post_text(Client(), "hello"), 400, "invalid_request")

        assert "tenant_id" in json_mode["fields"]
        assert "tenant_id" in text_mode["fields"]

    def test_a_key_sent_anyway_still_decides_the_tenant(self, tenant_key: MakeKey) -> None:
        client = keyed(tenant_key("acme_corp"))

        response = post_json(client, {"tenant_id": "beta_inc", "text": "x"})

        assert_error(response, 403, "tenant_forbidden")


def test_no_key_or_log_text_reaches_the_service_logs(
    aws: str, tenant_key: MakeKey, caplog: pytest.LogCaptureFixture
) -> None:
    key = tenant_key("acme_corp")
    text = "secret-log-text-4242"
    caplog.set_level(logging.DEBUG)

    post_json(keyed(key), {"text": text})
    post_json(keyed(key), {"tenant_id": "beta_inc", "text": text})
    post_json(keyed(key + "x"), {"text": text})
    post_json(keyed(key), {"text": text, "oops": 1})

    logged = caplog.text + " ".join(str(vars(record)) for record in caplog.records)
    assert caplog.records
    assert key.partition(".")[2] not in logged
    assert text not in logged
