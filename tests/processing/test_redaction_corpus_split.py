"""Scores on redaction_corpus.jsonl (make_redaction_corpus.py): dev part tuned on, held-out not."""

from __future__ import annotations

import json
from pathlib import Path

from processing.redaction import redact
from tests.processing.test_redaction_corpus import Scores, score_line

CORPUS = Path(__file__).with_name("redaction_corpus.jsonl")


def scores(part: str) -> Scores:
    s = Scores()
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["part"] == part:
            score_line(record, redact(record["text"]).text, s)
    return s


def test_dev_part_meets_the_targets() -> None:
    s = scores("dev")
    assert s.recall("email") >= 0.99 and s.recall("phone") >= 0.99
    assert s.fp_rate <= 0.01


def test_heldout_part_does_not_regress() -> None:
    # Measured 2026-12-02: email 1.000, phone 0.988, false-positive lines 4.1 % (issue 11 asks
    # for 0.99 and 1 %): these floors only catch regressions until the remaining classes are fixed.
    s = scores("heldout")
    assert s.recall("email") >= 0.99 and s.recall("phone") >= 0.98
    assert s.fp_rate <= 0.05
