"""Redact e-mail addresses and phone numbers from log lines.

``redact(text)`` returns a :class:`Redaction` whose ``text`` has every e-mail address replaced by
``[REDACTED_EMAIL]`` and every phone number by ``[REDACTED_PHONE]``; every other character is
kept exactly as it was. ``counts`` always has the keys ``"email"`` and ``"phone"``. Redacting
twice changes nothing more. The work is linear in the length of the text for every input.

Passes, in order: numeric SIP/tel user parts (``sip:+13125550190@host`` is a phone, its host
stays), e-mail addresses (``emails.py``), then phone numbers (``phones.py``, one evidence model
weighing format strength against the key before the number and the countries the line names,
``context.py``). ``python -m processing.redaction [--stats]`` redacts stdin to stdout
(``cli.py``).
"""

from __future__ import annotations

from processing.redaction.emails import redact_emails
from processing.redaction.model import EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, Redaction
from processing.redaction.phones import has_telephony_uri, redact_phones, redact_telephony_users

__all__ = ["EMAIL_PLACEHOLDER", "PHONE_PLACEHOLDER", "Redaction", "redact"]


def redact(text: str) -> Redaction:
    """Replace e-mail addresses and phone numbers in ``text`` by placeholders."""
    original = text
    n_email = n_phone = 0
    if has_telephony_uri(text):
        text, n_phone = redact_telephony_users(text)
    # A substring test skips the e-mail pass on most lines.
    if "@" in text or "%40" in text:
        text, n_email = redact_emails(text)
    text, n_more = redact_phones(text, original)
    return Redaction(text, {"email": n_email, "phone": n_phone + n_more})
