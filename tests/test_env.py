"""Typed settings from the environment: an empty value is the default, a bad one an error."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from core.env import env_bool, env_float, env_int, env_list, env_optional, env_str
from tests.helpers import settings_value


@pytest.mark.parametrize("value", ["", "   "])
def test_an_empty_require_api_key_keeps_keys_required(value: str) -> None:
    assert settings_value("INGEST_REQUIRE_API_KEY", INGEST_REQUIRE_API_KEY=value) == "True"


def test_keys_can_still_be_switched_off_explicitly() -> None:
    assert settings_value("INGEST_REQUIRE_API_KEY", INGEST_REQUIRE_API_KEY="0") == "False"


def test_an_empty_https_switch_keeps_its_default() -> None:
    assert settings_value("SECURE_SSL_REDIRECT", DJANGO_HTTPS="") == "False"


class TestEmptyMeansDefault:
    @pytest.fixture(autouse=True)
    def empty(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("LOGSITE_TEST_SETTING", "")

    def test_bool(self) -> None:
        assert env_bool("LOGSITE_TEST_SETTING", True) is True
        assert env_bool("LOGSITE_TEST_SETTING", False) is False

    def test_int(self) -> None:
        assert env_int("LOGSITE_TEST_SETTING", 7, minimum=1) == 7

    def test_float(self) -> None:
        assert env_float("LOGSITE_TEST_SETTING", 2.5) == 2.5

    def test_str(self) -> None:
        assert env_str("LOGSITE_TEST_SETTING", "fallback") == "fallback"

    def test_list(self) -> None:
        assert env_list("LOGSITE_TEST_SETTING", ["a"]) == ["a"]

    def test_optional(self) -> None:
        assert env_optional("LOGSITE_TEST_SETTING") is None

    def test_a_required_string_left_empty_is_an_error(self) -> None:
        with pytest.raises(ImproperlyConfigured, match="LOGSITE_TEST_SETTING"):
            env_str("LOGSITE_TEST_SETTING")


@pytest.mark.parametrize(
    ("reader", "value"),
    [(env_bool, "maybe"), (env_int, "ten"), (env_float, "fast")],
)
def test_a_malformed_value_fails_loudly(
    monkeypatch: pytest.MonkeyPatch, reader: object, value: str
) -> None:
    monkeypatch.setenv("LOGSITE_TEST_SETTING", value)

    with pytest.raises(ImproperlyConfigured, match="LOGSITE_TEST_SETTING"):
        reader("LOGSITE_TEST_SETTING", 1)  # type: ignore[operator]
