"""``python -m processing.redaction`` as the evaluation tooling runs it: a subprocess, no Django."""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run(
        [sys.executable, "-m", "processing.redaction", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )


def test_it_writes_one_redacted_line_per_input_line_in_order() -> None:
    stdin = (
        b"login ok user=alice@example.com ip=10.0.0.1\n"
        b"\n"
        b"sms to +44 20 7946 0958 ts=1705314225\r\n"
        b"bad bytes \xff\xfe\xc3( call 800-555-0199\n"
        b"plain line 200 1234\n"
        b"last line without newline bob@example.org"
    )
    out = run_cli(stdin).stdout
    assert out == (
        b"login ok user=[REDACTED_EMAIL] ip=10.0.0.1\n"
        b"\n"
        b"sms to [REDACTED_PHONE] ts=1705314225\r\n"
        b"bad bytes \xff\xfe\xc3( call [REDACTED_PHONE]\n"
        b"plain line 200 1234\n"
        b"last line without newline [REDACTED_EMAIL]"
    )


def test_it_prints_stats_to_stderr() -> None:
    result = run_cli(b"a@example.com b@example.com\nphone=8005550199\nnothing\n", "--stats")
    assert result.stdout.count(b"\n") == 3
    assert result.stderr.decode().split() == ["email=2", "phone=1"]


def test_it_prints_no_stats_unless_asked() -> None:
    assert run_cli(b"a@example.com\n").stderr == b""


def test_it_handles_empty_input_and_long_lines() -> None:
    assert run_cli(b"").stdout == b""
    long_line = b"x" * 200_000 + b" bob@example.com " + b"9" * 100_000 + b"\n"
    out = run_cli(long_line).stdout
    assert out == b"x" * 200_000 + b" [REDACTED_EMAIL] " + b"9" * 100_000 + b"\n"


def test_it_writes_each_line_at_once_when_line_buffered() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "processing.redaction", "--line-buffered"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(b"sms to +44 20 7946 0958\n")
        proc.stdin.flush()
        # stdin stays open: the line must come back before the input ends.
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=30), "no output while the input is still open"
        assert proc.stdout.readline() == b"sms to [REDACTED_PHONE]\n"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)
        proc.stdout.close()


def test_it_writes_long_inputs_whole_in_order() -> None:
    lines = [f"row {k} call 800-555-0199 id={k}\n".encode() for k in range(20_000)]
    out = run_cli(b"".join(lines)).stdout.splitlines(keepends=True)
    assert out == [f"row {k} call [REDACTED_PHONE] id={k}\n".encode() for k in range(20_000)]
