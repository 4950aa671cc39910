"""The passes in their order, over one line of text."""

from __future__ import annotations

from processing.redaction.emails import has_at_sign, redact_emails
from processing.redaction.model import Redaction
from processing.redaction.phones import (
    has_hl7_telecom,
    has_sql_insert,
    has_telephony_uri,
    redact_hl7_telecoms,
    redact_phones,
    redact_sql_values,
    redact_telephony_users,
)


def redact(text: str) -> Redaction:
    """Replace e-mail addresses and phone numbers in ``text`` by placeholders."""
    text, n_email, n_phone = redact_counts(text)
    return Redaction(text, {"email": n_email, "phone": n_phone})


def redact_counts(text: str) -> tuple[str, int, int]:
    """``redact`` as a plain tuple (text, e-mails, phones): the CLI's per-line call."""
    original = text
    n_email = n_phone = 0
    if has_telephony_uri(text):
        text, n_phone = redact_telephony_users(text)
    if has_hl7_telecom(text):
        text, n_hl7 = redact_hl7_telecoms(text)
        n_phone += n_hl7
    if has_sql_insert(text):
        text, n_sql = redact_sql_values(text)
        n_phone += n_sql
    # A substring test skips the e-mail pass on most lines.
    if has_at_sign(text):
        text, n_email = redact_emails(text)
    text, n_more = redact_phones(text, original)
    return text, n_email, n_phone + n_more
