"""Throughput of ``processing.redaction.redact`` against the naive seed regexes, on one core.

Run from the project root:

    .venv/bin/python bench/redaction.py [--lines N] [--json]

Lines are the texts of tests/processing/pii_corpus.jsonl and redaction_corpus.jsonl (about 60%
without PII: telephony, webhooks, CRM notes, CSV, HL7, XML, SQL and their look-alikes), each
behind a typical collector header (ISO timestamp, level, logger and pid; about 45 bytes); one
line in eight is instead a long structured JSON event (about 500 bytes, a dozen numeric fields)
carrying the text as its message. The texts are cycled to N lines.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``processing`` importable
    sys.path.insert(0, str(ROOT))

from core.native import is_compiled  # noqa: E402
from processing.redaction import phones, redact  # noqa: E402

CORPORA = [
    ROOT / "tests" / "processing" / "pii_corpus.jsonl",
    ROOT / "tests" / "processing" / "redaction_corpus.jsonl",
]
NAIVE_PHONE = re.compile(r"\b\d{3}[-.]?\d{3}[-.]?\d{4}\b")
NAIVE_EMAIL = re.compile(r"\b[\w.-]+@[\w.-]+\.\w+\b")


def naive(text: str) -> str:
    text = NAIVE_EMAIL.sub("[REDACTED_EMAIL]", text)
    return NAIVE_PHONE.sub("[REDACTED_PHONE]", text)


def ours(text: str) -> str:
    return redact(text).text


def load_lines(n: int) -> list[str]:
    texts: list[str] = []
    for corpus in CORPORA:
        with corpus.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    rng = random.Random(42)
    rng.shuffle(texts)
    lines = []
    for k in range(n):
        if k % 8 == 7:
            lines.append(json_event(rng, texts[k % len(texts)]))
            continue
        # The header differs per line, so no two lines are the same string; repeated phone
        # numbers still hit the validation cache, as they would in a real stream.
        header = (
            f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
            f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}Z "
            f"{rng.choice(['INFO ', 'WARN ', 'DEBUG', 'ERROR'])} "
            f"{rng.choice(['app.worker', 'ingest.http', 'billing'])}[{rng.randint(100, 99999)}]: "
        )
        lines.append(header + texts[k % len(texts)])
    return lines


def json_event(rng: random.Random, message: str) -> str:
    """A long structured log event, as JSON log shippers write them, around ``message``."""
    return json.dumps(
        {
            "@timestamp": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}."
            f"{rng.randint(0, 999999):06d}Z",
            "level": rng.choice(["info", "warn", "error"]),
            "service": rng.choice(["checkout", "notifier", "crm-sync"]),
            "host": f"ip-10-{rng.randint(0, 255)}-{rng.randint(0, 255)}-{rng.randint(0, 255)}",
            "pid": rng.randint(100, 99999),
            "trace_id": f"{rng.getrandbits(128):032x}",
            "span_id": f"{rng.getrandbits(64):016x}",
            "duration_ms": round(rng.random() * 5000, 3),
            "bytes_in": rng.randint(0, 10**6),
            "bytes_out": rng.randint(0, 10**7),
            "status": rng.choice([200, 201, 204, 400, 404, 500]),
            "user_id": rng.randint(1, 10**9),
            "order_id": rng.randint(10**9, 10**12),
            "epoch": rng.randint(1_700_000_000, 1_760_000_000),
            "message": message,
        },
        ensure_ascii=False,
    )


def measure(fn: Callable[[str], str], lines: list[str], repeats: int) -> float:
    """Best-of-``repeats`` CPU seconds for one pass over ``lines`` (after one warm-up pass).

    CPU time, as for the CLI: on a shared machine, waiting for a core is not slower code.
    """
    for line in lines[: min(len(lines), 5000)]:
        fn(line)
    best = float("inf")
    for _ in range(repeats):
        t0 = time.process_time()
        for line in lines:
            fn(line)
        best = min(best, time.process_time() - t0)
    return best


def hostile_lines() -> dict[str, str]:
    """64 KiB lines built to make a redactor super-linear (issue 16 item 1)."""
    rng = random.Random(7)
    n = 65536
    return {
        "'1 ' repeated": "1 " * (n // 2),
        "digits and separators": "".join(rng.choice("0123456789 -.()+") for _ in range(n)),
        "digit groups": " ".join(str(rng.randint(0, 9999)) for _ in range(n // 5))[:n],
        "'@' repeated": "@" * n,
        "dotted labels": "a." * (n // 2),
        "addresses with long domains": ("a@" + "b." * 50) * (n // 102),
        "'(1) ' repeated": "(1) " * (n // 4),
        "NANP numbers": "800-555-0199 " * (n // 13),
        "SIP user parts": ("sip:" + "1" * 20) * (n // 24),
        "HL7 number components": "^PRN^PH^^1^617^5550134" * (n // 22),
        "digit groups with a country": "DE " + " ".join(f"0{k % 1000:03d}" for k in range(n // 6)),
    }


def measure_hostile() -> dict[str, float]:
    """CPU milliseconds to redact each hostile line once (best of five)."""
    timings = {}
    for name, text in hostile_lines().items():
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            redact(text)
            best = min(best, time.process_time() - t0)
        timings[name] = round(best * 1000, 1)
    return timings


def cli_seconds(lines: list[str]) -> float:
    """CPU seconds of one ``python -m processing.redaction`` run over ``lines``.

    CPU time of the child, not wall time: the machine may be shared, and a process waiting for
    a core is not slower code.
    """
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    before = os.times()
    subprocess.run(
        [sys.executable, "-m", "processing.redaction"],
        input=data,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
        check=True,
    )
    after = os.times()
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def measure_cli(lines: list[str], repeats: int) -> tuple[float, float]:
    """Lines per second through the CLI: (start-up included, steady).

    Steady is the rate of the last two thirds of a run over the lines three times: start-up,
    imports, libphonenumber's metadata and the first validation of each number are paid in the
    first third.
    """
    once = min(cli_seconds(lines) for _ in range(repeats))
    thrice = min(cli_seconds(lines * 3) for _ in range(repeats))
    return len(lines) / once, 2 * len(lines) / max(thrice - once, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50_000, help="lines per pass (default 50000)")
    parser.add_argument("--repeats", type=int, default=3, help="passes; the best is kept")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    lines = load_lines(args.lines)
    n_bytes = sum(len(line.encode("utf-8")) for line in lines)
    results = {}
    for name, fn in (("redact", ours), ("naive", naive)):
        seconds = measure(fn, lines, args.repeats)
        results[name] = {
            "lines_per_s": round(len(lines) / seconds),
            "mb_per_s": round(n_bytes / seconds / 1e6, 2),
            "seconds": round(seconds, 4),
        }
    hostile = measure_hostile()
    cli_total, cli_steady = measure_cli(lines, args.repeats)
    summary = {
        "lines": len(lines),
        # ``make install`` compiles the redaction modules (mypyc); without a compiler the
        # Python sources run, about 1.5 times slower.
        "compiled": is_compiled(phones),
        "cli_lines_per_s": round(cli_total),
        "cli_steady_lines_per_s": round(cli_steady),
        "hostile_64k_ms": hostile,
        "avg_line_bytes": round(n_bytes / len(lines), 1),
        **results,
        "ratio_redact_vs_naive": round(
            results["redact"]["lines_per_s"] / results["naive"]["lines_per_s"], 3
        ),
    }
    if args.json:
        print(json.dumps(summary))
        return 0
    print(
        f"{summary['lines']} lines, {summary['avg_line_bytes']} bytes/line, "
        f"best of {args.repeats}, {'compiled (mypyc)' if summary['compiled'] else 'Python sources'}"
    )
    print(f"{'impl':<8} {'lines/s':>10} {'MB/s':>8}")
    for name in ("redact", "naive"):
        r = results[name]
        print(f"{name:<8} {r['lines_per_s']:>10,} {r['mb_per_s']:>8.2f}")
    print(f"redact / naive = {summary['ratio_redact_vs_naive']:.2f}")
    print(
        f"through the CLI: {summary['cli_lines_per_s']:,} lines/s with start-up, "
        f"{summary['cli_steady_lines_per_s']:,} steady (CPU time)"
    )
    print("hostile 64 KiB lines, CPU ms:")
    for name, ms in hostile.items():
        print(f"  {name:<28} {ms:>8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
