"""Every error the delivery API gives is a problem document (RFC 9457).

Whatever goes wrong in an operation, the client gets ``application/problem+json``
with a ``status`` and a ``detail`` it can show, never Django's HTML error page:
a bad parameter is a 400 naming it, an unknown id a 404, a body that is not JSON
a 415, a body over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` a 413, and a bug a 500 that
is still logged and reported as Django reports it.

The API reads bodies as JSON only. A browser may send a form or ``text/plain``
to any site without asking it first; ``application/json`` needs a CORS
preflight, which this API does not grant, so no other website can post from a
visitor's browser.
"""

import functools
import logging

from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    SuspiciousOperation,
)
from django.core.signals import got_request_exception
from django.http import Http404
from django.utils.log import log_response
from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from wagtail.api.v3.errors import problem_response

JSON_MEDIA_TYPE = "application/json"
# Methods whose body an operation reads.
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def bad_parameter(request, exc):
    errors = [
        {
            "parameter": str(error["loc"][-1]) if error.get("loc") else None,
            "msg": error.get("msg", "invalid value"),
        }
        for error in exc.errors
    ]
    names = ", ".join(sorted({e["parameter"] for e in errors if e["parameter"]}))
    return problem_response(
        status=400,
        detail=f"Invalid parameter: {names}" if names else "Invalid request",
        errors=errors,
    )


def not_found(request, exc):
    return problem_response(status=404, detail=str(exc) or "Not found")


def http_error(request, exc):
    return problem_response(status=exc.status_code, detail=str(exc))


def too_large(request, exc):
    return problem_response(
        status=413,
        detail="The request body is too large: send at most "
        "DATA_UPLOAD_MAX_MEMORY_SIZE bytes.",
    )


def suspicious(request, exc):
    # Django answers a SuspiciousOperation with a 400 and logs it under
    # django.security; the body stays a problem document here.
    logging.getLogger(f"django.security.{exc.__class__.__name__}").error(str(exc))
    return problem_response(status=400, detail="The request could not be read.")


def forbidden(request, exc):
    return problem_response(status=403, detail=str(exc) or "Permission denied")


def server_error(request, exc):
    """A bug: a 500 problem document, reported as Django reports an uncaught
    exception (the got_request_exception signal, which the test client turns
    back into the exception, and an error logged under django.request)."""
    got_request_exception.send(sender=None, request=request)
    response = problem_response(
        status=500, detail="Something went wrong on our side. Try again later."
    )
    log_response(
        "Internal Server Error: %s",
        request.path,
        response=response,
        request=request,
        exception=exc,
    )
    return response


def is_json(request):
    """``application/json``, with no charset or UTF-8 (RFC 8259: JSON
    exchanged between systems is UTF-8)."""
    if request.content_type != JSON_MEDIA_TYPE:
        return False
    charset = request.content_params.get("charset")
    return charset is None or charset.lower() in {"utf-8", "utf8"}


def json_bodies_only(run):
    """Refuse a body in any other media type with a 415, before it is read."""

    @functools.wraps(run)
    def checked(request, *args, **kwargs):
        if request.method in BODY_METHODS and not is_json(request):
            return problem_response(
                status=415, detail="Send the body as application/json (UTF-8)."
            )
        return run(request, *args, **kwargs)

    return checked


def install(api):
    """Answer every error of ``api`` with a problem document."""
    api.add_exception_handler(NinjaValidationError, bad_parameter)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(RequestDataTooBig, too_large)
    api.add_exception_handler(SuspiciousOperation, suspicious)
    api.add_exception_handler(PermissionDenied, forbidden)
    api.add_exception_handler(Exception, server_error)
    # "view" decorators run before ninja reads the parameters and the body.
    api.add_decorator(json_bodies_only, mode="view")
