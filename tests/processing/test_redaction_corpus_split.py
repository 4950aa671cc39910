"""Scores on redaction_corpus.jsonl (make_redaction_corpus.py): dev part tuned on, held-out not;
and on redaction_corpus_sealed.jsonl (make_redaction_sealed_corpus.py), scored once at the end."""

from __future__ import annotations

import json
from pathlib import Path

import phonenumbers
import pytest

from processing.redaction import redact
from tests.processing.test_redaction_corpus import Scores, score_line

CORPUS = Path(__file__).with_name("redaction_corpus.jsonl")
SEALED = Path(__file__).with_name("redaction_corpus_sealed.jsonl")
REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "JP", "AU", "IN", "MX", "IE", "AT",
           "CH", "NZ", "SE", "PL", "CA"]  # fmt: skip


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def scores(path: Path, part: str) -> Scores:
    s = Scores()
    for record in records(path):
        if record["part"] == part:
            score_line(record, redact(record["text"]).text, s)
    return s


def _valid_somewhere(value: str) -> bool:
    if value.startswith("%2B"):
        value = "+" + value[3:]
    if "^" in value:  # HL7 components: country code^area code^local number
        value = "+" + "".join(c for c in value if c.isdigit())
    candidates = [None] if value.startswith("+") else [None, *REGIONS]
    for region in candidates:
        text = value if region is not None or value.startswith("+") else "+" + value
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


def test_the_corpora_are_large_and_every_labelled_phone_is_valid() -> None:
    corpus, sealed = records(CORPUS), records(SEALED)
    assert len(corpus) >= 1500
    assert {r["part"] for r in corpus} == {"dev", "heldout"}
    for record in corpus + sealed:
        for span in record["spans"]:
            if span["type"] == "phone":
                value = record["text"][span["start"] : span["end"]]
                assert _valid_somewhere(value), value


def test_dev_part_meets_the_targets() -> None:
    s = scores(CORPUS, "dev")
    assert s.recall("email") >= 0.99 and s.recall("phone") >= 0.99
    assert s.fp_rate <= 0.01


def test_heldout_part_meets_the_targets() -> None:
    # Measured 2026-12-02 after the development families for numeric CSV columns, CSV contact
    # columns, HL7, XML and SQL were added: email 1.000, phone 1.000, no false-positive line.
    s = scores(CORPUS, "heldout")
    assert s.recall("email") >= 0.99 and s.recall("phone") >= 0.99
    assert s.fp_rate <= 0.01


def test_sealed_part_does_not_regress() -> None:
    # Measured once, 2026-12-02: email 1.000, phone 1.000, false-positive lines 10.9 %, all in
    # ``lookalike_tsv_sealed``: a dotted ``NXX.NXX.XXXX`` between numeric columns is read as a
    # phone (a punctuated NANP format is STRONG; the numeric-column context only defeats MEDIUM).
    s = scores(SEALED, "sealed")
    assert s.recall("email") >= 0.99 and s.recall("phone") >= 0.99
    assert s.fp_rate <= 0.11


@pytest.mark.xfail(strict=True, reason="issue 11: dotted NANP shapes in numeric columns")
def test_sealed_part_meets_the_false_positive_target() -> None:
    assert scores(SEALED, "sealed").fp_rate <= 0.01
