"""``python -m processing.redaction [--stats]``: redact stdin to stdout, one line for one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from typing import BinaryIO

from processing.redaction import redact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m processing.redaction",
        description="Redact e-mail addresses and phone numbers, one output line per input line.",
    )
    parser.add_argument("--stats", action="store_true", help="print counts per type to stderr")
    args = parser.parse_args(argv)
    try:
        totals = redact_stream(sys.stdin.buffer, sys.stdout.buffer)
    except BrokenPipeError:  # the reader went away (``| head``): not an error
        # Point stdout at /dev/null so that the flush at interpreter exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if args.stats:
        print(" ".join(f"{kind}={n}" for kind, n in totals.items()), file=sys.stderr)
    return 0


def redact_stream(source: Iterable[bytes], sink: BinaryIO) -> dict[str, int]:
    """Redact each line of ``source`` into ``sink``; return the totals per type."""
    n_email = n_phone = 0
    write = sink.write
    for raw in source:
        # surrogateescape lets invalid UTF-8 bytes pass through untouched.
        line = raw.decode("utf-8", "surrogateescape")
        body, ending = _split_ending(line)
        result = redact(body)
        n_email += result.counts["email"]
        n_phone += result.counts["phone"]
        write((result.text + ending).encode("utf-8", "surrogateescape"))
    sink.flush()
    return {"email": n_email, "phone": n_phone}


def _split_ending(line: str) -> tuple[str, str]:
    """Keep the line terminator (``\\n``, ``\\r\\n`` or none) out of the redaction."""
    if line.endswith("\r\n"):
        return line[:-2], "\r\n"
    if line.endswith("\n"):
        return line[:-1], "\n"
    return line, ""
