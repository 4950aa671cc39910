from __future__ import annotations

import codecs
import gzip
import json
import re
import zlib
from collections.abc import Iterator
from typing import IO, Any, cast

import orjson
from django.conf import settings
from rest_framework.exceptions import ParseError, UnsupportedMediaType
from rest_framework.parsers import BaseParser

from core.errors import InvalidEncoding, PayloadTooLarge


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
_JSON_WHITESPACE = re.compile(r"[ \t\n\r]*")
# A line with something on it, from its first non-blank byte: runs of blank lines are skipped
# by the regex engine, not one Python iteration each.
_NDJSON_LINE = re.compile(rb"\S[^\n]*")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# The standard library's decoder, for its raw_decode (one value at a given offset), with what
# orjson refuses refused too: NaN and Infinity.
_ELEMENT_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)


def too_many_records(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"The batch has more than {limit} records; the limit is {limit}.")


class FastJSONParser(BaseParser):
    media_type = "application/json"

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> Any:
        # A JSON array is a batch, with the batch's larger limit.
        batch_limit = settings.INGEST_BATCH_MAX_BYTES
        body = read_body(stream, parser_context, limit=max(json_body_limit(), batch_limit))
        is_batch = bool(_STARTS_AN_ARRAY.match(body))
        limit = batch_limit if is_batch else json_body_limit()
        if len(body) > limit:
            raise PayloadTooLarge(f"Body is over the limit of {limit} bytes.")
        if is_batch:
            return json_array_parse(body, max_items=settings.INGEST_BATCH_MAX_RECORDS)
        try:
            return orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise ParseError(f"Body is not valid JSON: {error}") from None


def json_array_parse(body: bytes, *, max_items: int) -> list[Any]:
    """The elements of a JSON array, parsed one by one: past `max_items` it is a 413 at once.

    Parsing the whole array first would build every element of a 5 MB body of `{}` (1.7 M
    dicts, hundreds of MB) only to refuse it; here at most max_items are ever built.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(f"Body is not valid JSON: not UTF-8 ({error.reason})") from None
    try:
        return list(_array_elements(text, max_items=max_items))
    except RecursionError:
        raise ParseError("Body is not valid JSON: nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, NaN, an integer of too many digits
        raise ParseError(f"Body is not valid JSON: {error}") from None


def _array_elements(text: str, *, max_items: int) -> Iterator[Any]:
    position = _skip_whitespace(text, 0)
    if text[position : position + 1] != "[":
        raise json.JSONDecodeError("Expecting '['", text, position)
    position = _skip_whitespace(text, position + 1)
    count = 0
    if text[position : position + 1] == "]":
        position += 1
    else:
        while True:
            if count == max_items:
                raise too_many_records(max_items)
            element, position = _ELEMENT_DECODER.raw_decode(text, position)
            count += 1
            yield element
            position = _skip_whitespace(text, position)
            separator = text[position : position + 1]
            position = _skip_whitespace(text, position + 1)
            if separator == "]":
                break
            if separator != ",":
                raise json.JSONDecodeError("Expecting ',' or ']'", text, position)
    if _skip_whitespace(text, position) != len(text):
        raise json.JSONDecodeError("Extra data", text, position)


def _skip_whitespace(text: str, position: int) -> int:
    match = _JSON_WHITESPACE.match(text, position)
    return match.end() if match else position


class NdjsonParser(BaseParser):
    """A batch as one JSON record per line; a line that is not JSON is kept as its ParseError.

    Lines are parsed as they are found and counted: past INGEST_BATCH_MAX_RECORDS non-blank
    lines it is a 413 at once, before the rest of the body is split or parsed.
    """

    media_type = "application/x-ndjson"

    def parse(
        self, stream: IO[bytes], media_type: str | None = None, parser_context: Any = None
    ) -> Any:
        body = read_body(stream, parser_context, limit=settings.INGEST_BATCH_MAX_BYTES)
        limit = settings.INGEST_BATCH_MAX_RECORDS
        records: list[Any] = []
        for line in _NDJSON_LINE.finditer(body):
            if len(records) == limit:
                raise too_many_records(limit)
            records.append(_json_line(line[0]))
        return records


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
        if not is_text_encoding(charset):
            raise UnsupportedMediaType(
                media_type or "text/plain",
                detail=f"charset {charset[:40]!r} is not a text encoding; use utf-8.",
            )
        body = read_body(stream, parser_context, limit=settings.MAX_TEXT_BYTES * 4)
        try:
            return body.decode(charset)
        except UnicodeError:  # idna and punycode raise the base class
            raise InvalidEncoding(f"Body is not valid {charset}.") from None


def is_text_encoding(name: str) -> bool:
    """Whether `name` is a codec between bytes and text: not rot13, base64, zlib or unknown.

    Python marks bytes-to-bytes and str-to-str codecs as not text encodings: encoding a str
    with one raises LookupError. The `undefined` codec refuses every text, so it is no text
    encoding either.
    """
    try:
        codecs.lookup(name)
        "".encode(name)
    except (LookupError, ValueError, UnicodeError):  # ValueError: a NUL in the name
        return False
    return True


def _charset(media_type: str | None) -> str | None:
    for param in (media_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip('"') or None
    return None
