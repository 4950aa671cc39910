from __future__ import annotations

import codecs
from typing import IO, Any

import orjson
from django.conf import settings
from rest_framework.exceptions import ParseError, UnsupportedMediaType
from rest_framework.parsers import BaseParser

from ingest.errors import InvalidEncoding, PayloadTooLarge


def read_limited(stream: IO[bytes] | None, limit: int) -> bytes:
    if stream is None:
        return b""
    body = stream.read(limit + 1)
    if len(body) > limit:
        raise PayloadTooLarge()
    return body


def json_body_limit() -> int:
    # JSON escaping can make each byte of text up to six bytes (\u0000).
    return 6 * settings.MAX_TEXT_BYTES + 4096


class FastJSONParser(BaseParser):
    media_type = "application/json"

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> Any:
        body = read_limited(stream, json_body_limit())
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise ParseError(f"Body is not valid JSON: {error}") from None


class PlainTextParser(BaseParser):
    """The body is the log text; the charset parameter is honoured, UTF-8 by default."""

    media_type = "text/plain"

    # DRF accepts any parsed value as request.data; the stubs only know mappings.
    def parse(  # type: ignore[override]
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> str:
        encoding = (parser_context or {}).get("encoding") or "utf-8"
        charset = _charset(media_type) or encoding
        try:
            codecs.lookup(charset)
        except LookupError:
            raise UnsupportedMediaType(media_type or "text/plain") from None
        body = read_limited(stream, settings.MAX_TEXT_BYTES * 4)
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            raise InvalidEncoding(f"Body is not valid {charset}.") from None


def _charset(media_type: str | None) -> str | None:
    for param in (media_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None
