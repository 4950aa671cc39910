"""The evaluator dashboard: read-only pages, each behind `evaluator_required`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from core.records import LOG_ID_RE
from dashboard import selectors
from dashboard.access import evaluator_required, tenant_visible_or_404, tenants_visible_to
from processing.selectors import (
    InvalidCursor,
    log_item_get,
    tenant_logs_page,
)
from processing.structured import SEVERITY_LEVELS

logger = logging.getLogger(__name__)


def aws_errors_as_503(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Show a page that says storage is unreachable, instead of a 500, when AWS fails."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except selectors.AWS_ERRORS:
            logger.exception("AWS read failed for %s", request.path)
            return render(request, "dashboard/unavailable.html", status=503)

    return wrapped


@evaluator_required
@aws_errors_as_503
def overview(request: HttpRequest) -> HttpResponse:
    data = selectors.overview(tenant_ids=tenants_visible_to(request.user))
    return render(request, "dashboard/overview.html", {"overview": data})


class LogFilterForm(forms.Form):
    log_id = forms.CharField(
        label="log_id starts with", required=False, max_length=128, strip=False
    )
    q = forms.CharField(label="Text contains", required=False, max_length=200, strip=False)
    severity = forms.ChoiceField(
        label="Severity",
        required=False,
        choices=[("", "Any"), *((level, level) for level in SEVERITY_LEVELS)],
    )
    # Checked by the selector, which alone knows what a valid cursor is.
    cursor = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_log_id(self) -> str:
        value: str = self.cleaned_data["log_id"]
        if value and not LOG_ID_RE.fullmatch(value):
            raise forms.ValidationError("Use visible ASCII characters only, without spaces.")
        return value


@evaluator_required
@aws_errors_as_503
def tenant_logs(request: HttpRequest, tenant_id: str) -> HttpResponse:
    tenant_visible_or_404(request.user, tenant_id)
    form = LogFilterForm(request.GET)
    context: dict[str, Any] = {"tenant_id": tenant_id, "form": form, "page": None}
    if not form.is_valid():
        return render(request, "dashboard/tenant.html", context, status=400)
    filter_names = ("log_id", "q", "severity")
    filters = {k: form.cleaned_data[k] for k in filter_names if form.cleaned_data[k]}
    cursor = form.cleaned_data["cursor"]
    context.update(filters=filters, first_url="?" + urlencode(filters), is_first_page=not cursor)
    try:
        page = tenant_logs_page(
            tenant_id=tenant_id,
            cursor=cursor or None,
            log_id_prefix=filters.get("log_id", ""),
            text_contains=filters.get("q", ""),
            severity_numbers=SEVERITY_LEVELS.get(filters.get("severity", "")),
        )
    except InvalidCursor:
        context["bad_cursor"] = True
        return render(request, "dashboard/tenant.html", context, status=400)
    next_query = {**filters, "cursor": page.next_cursor}
    context.update(page=page, next_url="?" + urlencode(next_query) if page.next_cursor else None)
    return render(request, "dashboard/tenant.html", context)


@evaluator_required
@aws_errors_as_503
def record(request: HttpRequest, tenant_id: str, log_id: str) -> HttpResponse:
    tenant_visible_or_404(request.user, tenant_id)
    item = log_item_get(tenant_id=tenant_id, log_id=log_id)
    if item is None:
        raise Http404("No such record.")
    return render(request, "dashboard/record.html", {"tenant_id": tenant_id, "item": item})


@evaluator_required
@aws_errors_as_503
def dead_letters(request: HttpRequest) -> HttpResponse:
    data = selectors.dead_letters(user=request.user)
    context = {
        "dlq": data,
        "max_receives": settings.LOGS_MAX_RECEIVE_COUNT,
        "page_messages": selectors.DLQ_PAGE_MESSAGES,
        "text_chars": selectors.DLQ_TEXT_CHARS,
    }
    return render(request, "dashboard/dlq.html", context)
