"""Recall and false-positive rate of ``redact`` on the labelled corpus ``pii_corpus.jsonl``.

The corpus labels come from how its lines were built (see ``make_pii_corpus.py``), not from the
redactor. A span is found only if the output holds the right placeholder exactly where the span
was and nothing of the span survives; a line is a false positive if any character outside the
labelled spans was altered.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from processing.redaction import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, redact

CORPUS = Path(__file__).with_name("pii_corpus.jsonl")
PLACEHOLDERS = {"email": EMAIL_PLACEHOLDER, "phone": PHONE_PLACEHOLDER}
MIN_RECALL = 0.99
MAX_FP_LINE_RATE = 0.01
CONTEXT_CHARS = 6


@dataclass
class Scores:
    lines: int = 0
    pii_free_lines: int = 0
    fp_lines: list[tuple[str, str]] = field(default_factory=list)
    total: dict[str, int] = field(default_factory=lambda: {"email": 0, "phone": 0})
    found: dict[str, int] = field(default_factory=lambda: {"email": 0, "phone": 0})
    misses: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.total[kind]

    @property
    def fp_rate(self) -> float:
        return len(self.fp_lines) / self.lines


def load_corpus() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def segments(text: str, spans: list[dict]) -> list[str]:
    """The non-PII text around and between the labelled spans (len(spans) + 1 pieces)."""
    pieces, pos = [], 0
    for span in spans:
        pieces.append(text[pos : span["start"]])
        pos = span["end"]
    pieces.append(text[pos:])
    return pieces


def expected_output(text: str, spans: list[dict]) -> str:
    pieces = segments(text, spans)
    out = pieces[0]
    for span, piece in zip(spans, pieces[1:], strict=True):
        out += PLACEHOLDERS[span["type"]] + piece
    return out


def score_line(record: dict, output: str, scores: Scores) -> None:
    text, spans = record["text"], sorted(record["spans"], key=lambda s: s["start"])
    scores.lines += 1
    scores.pii_free_lines += not spans
    expected = expected_output(text, spans)
    pieces = segments(text, spans)
    # Non-PII text must survive intact and in order; each span may become anything.
    pattern = "(.*?)".join(re.escape(p) for p in pieces)
    aligned = re.fullmatch(pattern, output, re.S)
    if output != expected and aligned is None:
        scores.fp_lines.append((text, output))
    for k, span in enumerate(spans):
        kind = span["type"]
        scores.total[kind] += 1
        if aligned is not None:
            ok = aligned.group(k + 1) == PLACEHOLDERS[kind]
        else:
            ok = _placeholder_in_place(expected, output, spans, k)
        scores.found[kind] += ok
        if not ok:
            scores.misses.append((text[span["start"] : span["end"]], output))


def _placeholder_in_place(expected: str, output: str, spans: list[dict], k: int) -> bool:
    """Fallback when the line also has a false positive: compare the text around the span."""
    offset = sum(len(PLACEHOLDERS[s["type"]]) - (s["end"] - s["start"]) for s in spans[:k])
    start = spans[k]["start"] + offset
    end = start + len(PLACEHOLDERS[spans[k]["type"]])
    window = expected[max(0, start - CONTEXT_CHARS) : end + CONTEXT_CHARS]
    return window in output


@cache
def corpus_scores() -> Scores:
    scores = Scores()
    for record in load_corpus():
        score_line(record, redact(record["text"]).text, scores)
    return scores


def test_corpus_is_large_and_mostly_pii_free() -> None:
    scores = corpus_scores()
    assert scores.lines >= 400
    assert 0.5 <= scores.pii_free_lines / scores.lines <= 0.7


def test_corpus_spans_are_consistent() -> None:
    for record in load_corpus():
        previous_end = 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            assert previous_end <= span["start"] < span["end"] <= len(record["text"])
            assert span["type"] in PLACEHOLDERS
            previous_end = span["end"]


def test_recall_and_false_positive_rate_meet_targets() -> None:
    scores = corpus_scores()
    print(f"\ncorpus: {scores.lines} lines, {scores.pii_free_lines} without PII")
    for kind in ("email", "phone"):
        found, total = scores.found[kind], scores.total[kind]
        print(f"{kind} recall {scores.recall(kind):.4f} ({found}/{total})")
    print(f"false-positive lines {scores.fp_rate:.4f} ({len(scores.fp_lines)}/{scores.lines})")
    for value, output in scores.misses:
        print(f"  missed {value!r}: {output}")
    for text, output in scores.fp_lines:
        print(f"  false positive:\n    in : {text}\n    out: {output}")
    assert scores.recall("email") >= MIN_RECALL
    assert scores.recall("phone") >= MIN_RECALL
    assert scores.fp_rate <= MAX_FP_LINE_RATE


def test_scoring_counts_partial_redaction_as_a_miss() -> None:
    record = {
        "text": "call +1 800 555 0199 now",
        "spans": [{"start": 5, "end": 20, "type": "phone"}],
    }
    scores = Scores()
    score_line(record, "call +1 [REDACTED_PHONE] now", scores)
    assert scores.found["phone"] == 0
    assert scores.fp_lines == []  # only PII characters changed


def test_scoring_counts_altered_context_as_false_positive() -> None:
    record = {
        "text": "ts=1705314225 mail a@example.com",
        "spans": [{"start": 19, "end": 32, "type": "email"}],
    }
    scores = Scores()
    score_line(record, "ts=[REDACTED_PHONE] mail [REDACTED_EMAIL]", scores)
    assert len(scores.fp_lines) == 1
    assert scores.found["email"] == 1
