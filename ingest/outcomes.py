"""What an ingest request did, as its view knew it, for the request log (logsite/request_log.py).

Each ingest view counts its metrics itself, then attaches one IngestOutcome to its response; the
request log writes it into the request's line without reading the response again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from django.http import HttpResponse

_ATTRIBUTE = "ingest_outcome"
R = TypeVar("R", bound=HttpResponse)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    # "accepted", "partial", "rejected" (a batch of which no record was accepted), or the error
    # code of the API's error shape.
    outcome: str
    tenant_id: str | None
    log_id: str | None = None  # one record accepted
    records: int | None = None  # a batch, or an OTLP export once decoded
    accepted: int | None = None
    rejected: int | None = None

    def log_fields(self) -> dict[str, Any]:
        """The fields of the request's log line: the tenant always, the others when known."""
        fields: dict[str, Any] = {"outcome": self.outcome, "tenant_id": self.tenant_id}
        for name in ("log_id", "records", "accepted", "rejected"):
            value = getattr(self, name)
            if value is not None:
                fields[name] = value
        return fields


def outcome_attach(*, response: R, outcome: IngestOutcome) -> R:
    setattr(response, _ATTRIBUTE, outcome)
    return response


def outcome_of(response: HttpResponse) -> IngestOutcome | None:
    outcome = getattr(response, _ATTRIBUTE, None)
    return outcome if isinstance(outcome, IngestOutcome) else None
