# ruff: noqa: E501 -- template lines are log lines, kept whole to be readable
"""Write tests/processing/redaction_corpus_sealed.jsonl: a second held-out set, never tuned on.

These templates were written (2026-12-02, issue 11) before the redactor was changed for the
new development families of ``make_redaction_corpus.py``, with their own seed; the redactor
was scored on them once, at the end. Half of the families are look-alikes without PII. Every
labelled phone is valid for its region (asserted in ``phone``). Run from the project root:

    .venv/bin/python -m tests.processing.make_redaction_sealed_corpus
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from tests.processing.make_redaction_corpus import E, Family, P, build, email, hexid, ip, phone, ts

OUT = Path(__file__).with_name("redaction_corpus_sealed.jsonl")
SEED = 20261202
LINES_PER_FAMILY = 40


def families() -> dict[str, Family]:
    f: dict[str, Family] = {}

    def add(name: str) -> Callable[[Family], Family]:
        def deco(fn: Family) -> Family:
            f[name] = fn
            return fn

        return deco

    @add("hl7_pid_sealed")
    def _(r: random.Random) -> dict[str, object]:
        reg = r.choice(["US", "GB", "AU", "CA"])
        return build(
            "hl7_pid_sealed",
            f"MSH|^~\\&|LAB|HOSP|EHR|HOSP|2025{r.randint(10, 12)}{r.randint(10, 28)}{r.randint(10, 23)}{r.randint(10, 59)}||ADT^A08|{r.randint(10**6, 10**8)}|P|2.5\r"
            f"PID|1||{r.randint(10**5, 10**7)}^^^HOSP^MR||DOE^JANE||19{r.randint(40, 99)}0{r.randint(1, 9)}1{r.randint(0, 9)}|F|||1 MAIN ST^^SPRINGFIELD||",
            (phone(r, reg, "national"), P),
            "^PRN^PH|||S",
        )

    @add("xml_contact_sealed")
    def _(r: random.Random) -> dict[str, object]:
        reg = r.choice(["DE", "FR", "IT", "NL", "ES"])
        tag = r.choice(["phone", "Telefon", "telephone", "mobile", "tel"])
        return build(
            "xml_contact_sealed",
            f'<customer id="{r.randint(1000, 99999)}" country="{reg}"><name>A. Client</name><{tag}>',
            (phone(r, reg, "national"), P),
            f"</{tag}><email>",
            (email(r, reg.lower()), E),
            "</email></customer>",
        )

    @add("plivo_form_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "plivo_form_sealed",
            "POST /plivo/voice From=",
            (phone(r, r.choice(["US", "GB", "IN", "AU"]), "e164")[1:], P),
            "&To=",
            (phone(r, "US", "e164")[1:], P),
            f"&CallUUID={hexid(r, 8)}-{hexid(r, 4)}&Direction=inbound&CallStatus=ringing",
        )

    @add("crm_it_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "crm_it_sealed",
            f"[{ts(r)}] nota: il cliente chiede di essere richiamato al ",
            (phone(r, "IT", "national"), P),
            f" entro venerdì (pratica {r.randint(1000, 9999)})",
        )

    @add("sql_slow_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "sql_slow_sealed",
            f"# Query_time: {r.random() * 5:.6f}  Rows_examined: {r.randint(1000, 999999)} "
            "UPDATE customers SET phone = '",
            (phone(r, r.choice(["US", "GB", "DE"]), "intl"), P),
            f"' WHERE customer_id = {r.randint(10**5, 10**8)};",
        )

    @add("lookalike_tsv_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "lookalike_tsv_sealed",
            f"{r.randint(1_700_000_000, 1_760_000_000)}\t{r.randint(10**6, 10**9)}\t{r.randint(0, 9999)}\t"
            f"{r.random() * 100:.3f}\t{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(1000, 9999)}\t{ip(r)}",
        )

    @add("lookalike_hl7_obx_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "lookalike_hl7_obx_sealed",
            f"OBX|{r.randint(1, 9)}|NM|{r.randint(1000, 99999)}-{r.randint(0, 9)}^GLUCOSE^LN||{r.randint(50, 400)}|mg/dL|70-110|N|||F|||"
            f"2025{r.randint(10, 12)}{r.randint(10, 28)}{r.randint(100000, 235959)}|{r.randint(10**6, 10**9)}",
        )

    @add("lookalike_sql_sealed")
    def _(r: random.Random) -> dict[str, object]:
        return build(
            "lookalike_sql_sealed",
            f"# User@Host: app[app] @ [{ip(r)}]  Id: {r.randint(10**5, 10**8)}\n"
            f"# Query_time: {r.random():.6f}  Lock_time: 0.{r.randint(100000, 999999)} Rows_sent: {r.randint(0, 999)}\n"
            f"SELECT * FROM payments WHERE amount > {r.randint(100, 99999)} AND created_at > {r.randint(1_700_000_000, 1_760_000_000)} LIMIT {r.randint(10, 500)};",
        )

    return f


def main() -> None:
    rng = random.Random(SEED)
    records = []
    for template in families().values():
        for _ in range(LINES_PER_FAMILY):
            record = template(rng)
            record["part"] = "sealed"
            records.append(record)
    with OUT.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines to {OUT}")


if __name__ == "__main__":
    main()
