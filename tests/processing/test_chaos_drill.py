from __future__ import annotations

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings


def test_a_small_drill_loses_and_duplicates_nothing(aws: str) -> None:
    out, err = StringIO(), StringIO()

    call_command(
        "chaos_drill",
        *("--logs", "200", "--failure-rate", "0.3", "--kill-workers", "1"),
        stdout=out,
        stderr=err,
    )

    figures = dict(part.split("=") for part in out.getvalue().split())
    assert set(figures) == {"accepted", "stored", "dlq", "lost", "duplicates"}
    assert figures["accepted"] == "200"
    assert (figures["lost"], figures["duplicates"]) == ("0", "0")
    assert int(figures["stored"]) + int(figures["dlq"]) == 200
    assert int(figures["stored"]) > 100  # 0.3 ** 3 of the records fail three times
    assert "kills mid-work=1/1" in err.getvalue()


@override_settings(AWS_ENDPOINT_URL=None)
def test_it_refuses_to_empty_real_aws_unless_told() -> None:
    with pytest.raises(CommandError, match="--i-know-this-is-real-aws"):
        call_command("chaos_drill", "--logs", "1", stdout=StringIO(), stderr=StringIO())


def test_the_command_imports_only_code_the_image_ships() -> None:
    """.dockerignore leaves bench/ and tests/ out of the image."""
    blocked = "import sys; sys.modules['bench'] = sys.modules['tests'] = None; "
    subprocess.run(
        [
            sys.executable,
            "-c",
            blocked + "import django; django.setup(); "
            "from django.core.management import load_command_class; "
            "load_command_class('processing', 'chaos_drill')",
        ],
        cwd=Path(__file__).resolve().parents[2],
        check=True,
        capture_output=True,
    )
