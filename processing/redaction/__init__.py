"""Redact e-mail addresses and phone numbers from log lines.

``redact(text)`` returns a :class:`Redaction` whose ``text`` has every e-mail address replaced by
``[REDACTED_EMAIL]`` and every phone number by ``[REDACTED_PHONE]``; every other character is
kept exactly as it was. ``counts`` always has the keys ``"email"`` and ``"phone"``. Redacting
twice changes nothing more. The work is linear in the length of the text for every input.

Passes, in order: numeric SIP/tel user parts (``sip:+13125550190@host`` is a phone, its host
stays), HL7 numbers split into components (``^PRN^PH^^1^617^5550134``), values of an SQL
``INSERT`` whose column is a phone column, e-mail addresses
(``emails.py``), then phone numbers (``phones.py``, one evidence model weighing format strength
against the key before the number and the countries the line names, ``context.py``).
``python -m processing.redaction [--stats] [--line-buffered]`` redacts stdin to stdout
(``cli.py``).

``make install`` compiles these modules with mypyc (``scripts/build_native.py``): the same
results, about 1.5 times faster. This package checks before importing them that the compiled
files were built from the sources beside them (``core/native.py``).
"""

from __future__ import annotations

from pathlib import Path

from core.native import check_compiled

check_compiled(Path(__file__).parent)

# Imported after the check on purpose: these names may come from compiled modules.
from processing.redaction.model import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, Redaction  # noqa: E402
from processing.redaction.pipeline import redact, redact_counts  # noqa: E402

__all__ = ["EMAIL_PLACEHOLDER", "PHONE_PLACEHOLDER", "Redaction", "redact", "redact_counts"]
