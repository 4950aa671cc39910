"""The serializer fields of a log record, and a serializer that binds its fields once."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from django.conf import settings
from rest_framework import serializers
from rest_framework.fields import empty
from rest_framework.utils.serializer_helpers import BindingDict

from core.records import LOG_ID_RE, TENANT_ID_RE

# The code of a text over MAX_TEXT_BYTES: the API answers 413 for it (a field has no status).
TEXT_TOO_LARGE = "too_large"


# A serializer whose declared fields are deep-copied and bound once per class. (A comment, not
# a docstring: drf-spectacular would show a docstring as every subclass's description.)
#
# DRF deep-copies and binds the declared fields for every instance, a third of the ingest view's
# time. These fields keep no per-request state (no context, no partial updates), so one bound set
# serves every instance. It is bound to an instance of no data: bound to the first request's
# serializer, it would keep that request's data (the log text) alive for the life of the
# process, each field's parent being that serializer.
class BoundOnceSerializer(serializers.Serializer[Any]):
    _bound_fields: ClassVar[BindingDict | None] = None

    @property
    def fields(self) -> BindingDict:
        cls = type(self)
        bound = cls.__dict__.get("_bound_fields")  # this class's own, not a base class's
        if bound is None:
            bound = super(BoundOnceSerializer, cls()).fields
            cls._bound_fields = bound
        return bound


class StrictCharField(serializers.CharField):
    """A string field that refuses other JSON types instead of coercing them."""

    default_error_messages = {"invalid": "Must be a string."}

    def to_internal_value(self, data: Any) -> str:
        if not isinstance(data, str):
            self.fail("invalid")
        return str(super().to_internal_value(data))


class PatternField(StrictCharField):
    """A string that must match `regex` as a whole (the schema shows it as its pattern)."""

    regex: ClassVar[re.Pattern[str]]

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        if not self.regex.fullmatch(value):
            self.fail("format")
        return value


class TenantIdField(PatternField):
    """The record's tenant: optional for the client, required once the view filled it in.

    The view fills in the tenant of the API key or of X-Tenant-ID before validation
    (ingest/tenants.py), so the schema shows the field as optional, while a record that still
    has none is refused as "This field is required.".
    """

    regex = TENANT_ID_RE
    default_error_messages = {
        "invalid": "Must be a string.",
        "format": "Must match ^[A-Za-z0-9][A-Za-z0-9_.-]{{0,63}}$.",
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, **kwargs)

    def validate_empty_values(self, data: Any) -> tuple[bool, Any]:
        if data is empty:
            self.fail("required")
        return super().validate_empty_values(data)


class LogIdField(PatternField):
    regex = LOG_ID_RE
    default_error_messages = {
        "invalid": "Must be a string.",
        "format": "Must be 1-128 visible ASCII characters (0x21-0x7E).",
    }


class LogTextField(StrictCharField):
    """The log text: valid UTF-8 of at most MAX_TEXT_BYTES bytes (over it: TEXT_TOO_LARGE)."""

    default_error_messages = {
        "invalid": "Must be a string.",
        "encoding": "Must be valid UTF-8 (no lone surrogates).",
        TEXT_TOO_LARGE: "text is {size} bytes; the limit is {limit} bytes.",
    }

    def to_internal_value(self, data: Any) -> str:
        value = super().to_internal_value(data)
        try:
            size = len(value.encode("utf-8"))
        except UnicodeEncodeError:
            self.fail("encoding")
        if size > settings.MAX_TEXT_BYTES:
            self.fail(TEXT_TOO_LARGE, size=size, limit=settings.MAX_TEXT_BYTES)
        return value
