"""One log line per request, and the log's format: JSON in production.

Every request gets an id: the ``X-Request-ID`` a proxy sent (letters, digits,
``.``, ``_``, ``-``; at most 128), or a new one. It is echoed in the response's
``X-Request-ID`` and carried by every log record written while the request is
handled, so a proxy's line, the app's lines and an error report can be joined.

The request line (logger ``cms.requests``, level INFO) has the method, the path,
the status, the duration in milliseconds and, for the admin's requests, the
signed-in staff member's user id. It never has a query string, a body,
a header or a client address: residents' feedback (name, email, message) and
whatever a client puts in a URL's query stay out of the log.

``logging_config`` builds ``LOGGING``: JSON lines through python-json-logger
when ``CMS_LOG_FORMAT`` is ``json`` (the production default), plain text in
development.
"""

import contextvars
import logging
import re
import time
import uuid
from contextlib import contextmanager

from pythonjsonlogger.core import RESERVED_ATTRS

REQUEST_ID_HEADER = "X-Request-ID"
STAFF_PATHS = ("/admin/", "/django-admin/")
ACCEPTED_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,128}$")
current_request_id = contextvars.ContextVar("request_id", default=None)
request_logger = logging.getLogger("cms.requests")


def request_id_of(request):
    offered = request.headers.get(REQUEST_ID_HEADER, "")
    return offered if ACCEPTED_REQUEST_ID.match(offered) else uuid.uuid4().hex


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.id = request_id_of(request)
        # Cleared by forget_request_id when the response is finished, so the
        # handler's own log of an error response carries the id too.
        current_request_id.set(request.id)
        response = self.get_response(request)
        response[REQUEST_ID_HEADER] = request.id
        # Staff act in the admin, where the user is loaded anyway; reading
        # it elsewhere would cost a session query on public requests.
        user = (
            getattr(request, "user", None)
            if request.path.startswith(STAFF_PATHS)
            else None
        )
        request_logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": user.pk if user and user.is_authenticated else None,
            },
        )
        return response


@contextmanager
def request_lines_to(path):
    """Write the request lines to the file ``path`` (appended), formatted and
    filtered as the console writes them, instead of the console. For a
    benchmark: it logs every request as production does, and its table is not
    lost among thousands of lines. Raises OSError when ``path`` cannot be
    written."""
    handler = logging.FileHandler(path, encoding="utf-8")
    console = next(iter(logging.getLogger().handlers), None)
    if console is not None:
        handler.setFormatter(console.formatter)
        handler.filters = list(console.filters)
    propagates = request_logger.propagate
    request_logger.addHandler(handler)
    request_logger.propagate = False
    try:
        yield
    finally:
        request_logger.removeHandler(handler)
        request_logger.propagate = propagates
        handler.close()


def forget_request_id(**kwargs):
    current_request_id.set(None)


class RequestIdFilter(logging.Filter):
    """Adds ``request_id`` (or None outside a request) to every record."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True


JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"


def logging_config(log_format, level):
    """``LOGGING`` for ``log_format`` ``json`` or ``text``, root at ``level``."""
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": JSON_FIELDS,
            "rename_fields": {
                "asctime": "time",
                "levelname": "level",
                "name": "logger",
            },
            # Django attaches the request to its error lines; written out, its
            # repr has the query string, which may carry personal data.
            "reserved_attrs": [*RESERVED_ATTRS, "request"],
        }
        if log_format == "json"
        else {"format": TEXT_FORMAT}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "cms.request_log.RequestIdFilter"}},
        "formatters": {log_format: formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": log_format,
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        # Request lines are INFO whatever the root level.
        "loggers": {"cms.requests": {"level": "INFO"}},
    }
