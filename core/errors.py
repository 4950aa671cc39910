"""One error shape for the whole API: {"error": code, "detail": ..., "fields": {...}}."""

from __future__ import annotations

import logging
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.views.defaults import page_not_found
from django.views.defaults import server_error as default_server_error
from rest_framework import exceptions, status
from rest_framework.response import Response

logger = logging.getLogger(__name__)


class PayloadTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "Request body is too large."
    default_code = "payload_too_large"


class InvalidEncoding(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "Body is not valid UTF-8."
    default_code = "invalid_encoding"


class TenantMismatch(exceptions.APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_detail = "X-Tenant-ID header and body tenant_id name different tenants."
    default_code = "tenant_mismatch"


class TenantForbidden(exceptions.APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_detail = "This API key belongs to another tenant than the one the request names."
    default_code = "tenant_forbidden"


class TenantInactive(exceptions.APIException):
    status_code = status.HTTP_403_FORBIDDEN
    default_detail = "The tenant of this API key is inactive."
    default_code = "tenant_inactive"


class QueueUnavailable(exceptions.APIException):
    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_detail = "The ingest queue cannot be reached; nothing was accepted. Retry later."
    default_code = "queue_unavailable"

    def __init__(self, *, retry_after: int) -> None:
        super().__init__()
        self.wait = retry_after


_CODES = {
    exceptions.ParseError: "invalid_json",
    exceptions.UnsupportedMediaType: "unsupported_media_type",
    exceptions.MethodNotAllowed: "method_not_allowed",
    exceptions.NotAcceptable: "not_acceptable",
    exceptions.NotAuthenticated: "not_authenticated",
    exceptions.AuthenticationFailed: "authentication_failed",
    exceptions.PermissionDenied: "permission_denied",
    exceptions.NotFound: "not_found",
    exceptions.Throttled: "rate_limited",
}


def error_body(code: str, detail: str, fields: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": code, "detail": detail, "fields": fields or {}}


def _field_messages(detail: Any) -> dict[str, Any]:
    if isinstance(detail, dict):
        return {
            key: [str(item) for item in value] if isinstance(value, list) else str(value)
            for key, value in detail.items()
        }
    return {}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    if not isinstance(exc, exceptions.APIException):
        # Never answer with Django's HTML 500 page: the client gets the JSON shape too.
        logger.exception("Unhandled error in %s", context.get("view").__class__.__name__)
        return Response(
            error_body("internal_error", "An unexpected error occurred."),
            status=status.HTTP_500_INTERNAL_SERVER_ERROR,
        )

    headers: dict[str, str] = {}
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_messages(exc.detail)
        non_field = fields.pop("non_field_errors", None)
        detail = non_field[0] if non_field else "Invalid fields: " + ", ".join(sorted(fields))
        body = error_body("invalid_request", detail, fields)
    else:
        code = _CODES.get(type(exc)) or str(exc.default_code)
        body = error_body(code, str(exc.detail))
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header  # type: ignore[attr-defined]
    wait = getattr(exc, "wait", None)
    if wait is not None:
        headers["Retry-After"] = str(int(wait))
    return Response(body, status=exc.status_code, headers=headers)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(error_body("not_found", "No such endpoint."), status=404)
    return page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        body = error_body("internal_error", "An unexpected error occurred.")
        return JsonResponse(body, status=500)
    return default_server_error(request)
