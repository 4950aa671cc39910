from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers

from core.errors import PayloadTooLarge
from core.records import LOG_ID_RE, TENANT_ID_RE


class StrictCharField(serializers.CharField):
    """A string field that refuses other JSON types instead of coercing them."""

    default_error_messages = {"invalid": "Must be a string."}

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


class TenantIdField(StrictCharField):
    default_error_messages = {
        "invalid": "Must be a string.",
        "format": "Must match ^[A-Za-z0-9][A-Za-z0-9_.-]{{0,63}}$.",
    }

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if not TENANT_ID_RE.fullmatch(value):
            self.fail("format")
        return value


class LogIdField(StrictCharField):
    default_error_messages = {
        "invalid": "Must be a string.",
        "format": "Must be 1-128 visible ASCII characters (0x21-0x7E).",
    }

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if not LOG_ID_RE.fullmatch(value):
            self.fail("format")
        return value


class LogTextField(StrictCharField):
    default_error_messages = {
        "invalid": "Must be a string.",
        "encoding": "Must be valid UTF-8 (no lone surrogates).",
    }

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            self.fail("encoding")
        if size > settings.MAX_TEXT_BYTES:
            raise PayloadTooLarge(
                f"text is {size} bytes; the limit is {settings.MAX_TEXT_BYTES} bytes."
            )
        return value
