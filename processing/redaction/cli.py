"""``python -m processing.redaction [--stats]``: redact stdin to stdout, one line for one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import BinaryIO

from processing.redaction.pipeline import redact_counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m processing.redaction",
        description="Redact e-mail addresses and phone numbers, one output line per input line.",
    )
    parser.add_argument("--stats", action="store_true", help="print counts per type to stderr")
    parser.add_argument(
        "--line-buffered",
        action="store_true",
        help="write each line as soon as it is redacted (for ``tail -f``); slower",
    )
    args = parser.parse_args(argv)
    try:
        totals = redact_stream(
            sys.stdin.buffer, sys.stdout.buffer, line_buffered=args.line_buffered
        )
    except BrokenPipeError:  # the reader went away (``| head``): not an error
        # Point stdout at /dev/null so that the flush at interpreter exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if args.stats:
        print(" ".join(f"{kind}={n}" for kind, n in totals.items()), file=sys.stderr)
    return 0


def redact_stream(
    source: Iterable[bytes], sink: BinaryIO, *, line_buffered: bool = False
) -> dict[str, int]:
    """Redact each line of ``source`` into ``sink``; return the totals per type.

    Output is written in blocks of about ``_BLOCK`` bytes unless ``line_buffered``: stdout may
    be unbuffered (``PYTHONUNBUFFERED``), and one system call per line costs a tenth of the
    time.
    """
    n_email = n_phone = 0
    pending: list[str] = []
    size = 0
    for raw in source:
        # surrogateescape lets invalid UTF-8 bytes pass through untouched.
        line = raw.decode("utf-8", "surrogateescape")
        body, ending = _split_ending(line)
        text, emails, phones = redact_counts(body)
        n_email += emails
        n_phone += phones
        pending.append(text)
        pending.append(ending)
        size += len(raw)
        if line_buffered or size >= _BLOCK:
            _write(sink, pending, flush=line_buffered)
            size = 0
    _write(sink, pending, flush=True)
    return {"email": n_email, "phone": n_phone}


_BLOCK = 1 << 16


def _write(sink: BinaryIO, pending: list[str], *, flush: bool) -> None:
    sink.write("".join(pending).encode("utf-8", "surrogateescape"))
    pending.clear()
    if flush:
        sink.flush()


def _split_ending(line: str) -> tuple[str, str]:
    """Keep the line terminator (``\\n``, ``\\r\\n`` or none) out of the redaction."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""
