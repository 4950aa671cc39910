from __future__ import annotations

import gc
import json
from collections.abc import Callable

import pytest
from django.test import Client
from pytest_django import Settings as SettingsWrapper
from rest_framework import serializers

from core.errors import TenantForbidden, TenantMismatch
from ingest.apis import LogIngestApi
from ingest.fields import TEXT_TOO_LARGE, LogTextField
from ingest.tenants import NOT_NAMED, VerifiedKey, request_tenant

URL = "/api/v1/logs"
KEY = VerifiedKey(key_id="k", prefix="p", tenant_id="acme", tenant_active=True)


class TestRequestTenant:
    def test_it_takes_the_tenant_of_the_key_when_none_is_named(self) -> None:
        assert request_tenant(key=KEY, header=None) == "acme"

    def test_it_takes_the_header_when_the_body_names_none(self) -> None:
        assert request_tenant(key=KEY, header="acme") == "acme"
        assert request_tenant(key=None, header="beta") == "beta"

    def test_it_refuses_a_header_contradicting_the_body(self) -> None:
        with pytest.raises(TenantMismatch):
            request_tenant(key=None, header="a", named="b")

    def test_it_refuses_another_tenant_than_the_keys(self) -> None:
        with pytest.raises(TenantForbidden):
            request_tenant(key=KEY, header=None, named="beta")

    def test_it_leaves_a_malformed_tenant_to_validation(self) -> None:
        assert request_tenant(key=KEY, header=None, named="not a tenant!") == "not a tenant!"
        assert request_tenant(key=KEY, header=None, named=None) is None

    def test_it_names_no_tenant_without_a_key_or_a_name(self) -> None:
        assert request_tenant(key=None, header=None) is NOT_NAMED


def test_the_text_field_refuses_a_text_over_the_limit_as_a_validation_error(
    settings: SettingsWrapper,
) -> None:
    settings.MAX_TEXT_BYTES = 8

    with pytest.raises(serializers.ValidationError) as refused:
        LogTextField().run_validation("x" * 9)

    assert refused.value.get_codes() == [TEXT_TOO_LARGE]


def test_it_keeps_no_request_data_in_its_serializers_after_a_request(
    aws: str, api_client: Callable[..., Client]
) -> None:
    response = api_client("t").post(
        URL, data=json.dumps({"text": "zebracanary"}), content_type="application/json"
    )
    assert response.status_code == 202
    del response
    gc.collect()

    alive = [
        obj
        for obj in gc.get_objects()
        # type(), not isinstance(): a dead weak proxy among the objects would raise.
        if type(obj) is LogIngestApi.InputSerializer and hasattr(obj, "initial_data")
    ]
    assert alive == []
