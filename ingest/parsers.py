from __future__ import annotations

import codecs
import gzip
import re
import zlib
from typing import IO, Any, cast

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
        raise PayloadTooLarge(f"Body is over the limit of {limit} bytes.")
    return body


def read_body(stream: IO[bytes] | None, parser_context: Any, *, limit: int) -> bytes:
    """The body, gunzipped under `Content-Encoding: gzip`; over `limit` bytes (decoded) is a 413.

    Decompression stops one byte past the limit, so a zip bomb costs no more than that.
    """
    request = (parser_context or {}).get("request")
    coding = request.headers.get("Content-Encoding", "") if request is not None else ""
    coding = coding.strip().lower()
    if coding in ("", "identity") or stream is None:
        return read_limited(stream, limit)
    if coding != "gzip":
        raise UnsupportedMediaType(
            coding, detail=f"Content-Encoding {coding!r} is not supported; use gzip or none."
        )
    try:
        return read_limited(cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb")), limit)
    except (OSError, EOFError, zlib.error):
        raise InvalidEncoding("Body is not valid gzip.") from None


def json_body_limit() -> int:
    # JSON escaping can make each byte of text up to six bytes (\u0000).
    return 6 * settings.MAX_TEXT_BYTES + 4096


_STARTS_AN_ARRAY = re.compile(rb"\s*\[")


class FastJSONParser(BaseParser):
    media_type = "application/json"

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> Any:
        # A JSON array is a batch, with the batch's larger limit.
        batch_limit = settings.INGEST_BATCH_MAX_BYTES
        body = read_body(stream, parser_context, limit=max(json_body_limit(), batch_limit))
        limit = batch_limit if _STARTS_AN_ARRAY.match(body) else json_body_limit()
        if len(body) > limit:
            raise PayloadTooLarge(f"Body is over the limit of {limit} bytes.")
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise ParseError(f"Body is not valid JSON: {error}") from None


class NdjsonParser(BaseParser):
    """A batch as one JSON record per line; a line that is not JSON is kept as its ParseError."""

    media_type = "application/x-ndjson"

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> Any:
        body = read_body(stream, parser_context, limit=settings.INGEST_BATCH_MAX_BYTES)
        return [_json_line(line) for line in body.split(b"\n") if line.strip()]


def _json_line(line: bytes) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as error:
        return ParseError(f"Line is not valid JSON: {error}")


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
        body = read_body(stream, parser_context, limit=settings.MAX_TEXT_BYTES * 4)
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
