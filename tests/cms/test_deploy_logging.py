"""Production logs: JSON lines with a request id, no resident's personal data.

The production logging configuration (``logging_config("json", ...)``, what
``DJANGO_DEBUG=false`` selects) is installed with its stream captured; requests
go through the real middleware stack.
"""

import io
import json
import logging
import logging.config

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from cms.request_log import logging_config
from cms.roles import EDITORS
from tests.cms.test_settings import settings_with

RESIDENT = {
    "topic": "general",
    "message": "The officer at Elm Street was rude to my daughter.",
    "name": "Quinn Delacroix-Mbeki",
    "email": "quinn.dm@example.org",
    "phone": "555-0199",
}
PERSONAL = [RESIDENT[field] for field in ("message", "name", "email", "phone")]


@pytest.fixture
def log_lines(settings):
    """The production log's lines, parsed, as the requests write them."""
    logging.config.dictConfig(logging_config("json", "WARNING"))
    [handler] = [h for h in logging.getLogger().handlers if h.get_name() == "console"]
    stream = io.StringIO()
    handler.setStream(stream)

    def lines():
        text = stream.getvalue()
        return text, [json.loads(line) for line in text.splitlines()]

    yield lines
    logging.config.dictConfig(settings.LOGGING)


@pytest.fixture
def no_rate_limit(settings):
    settings.CMS_FEEDBACK_RATE_LIMIT = "1000/h"
    yield
    cache.clear()


def request_lines(records, path):
    return [r for r in records if r["logger"] == "cms.requests" and r["path"] == path]


def test_feedback_leaves_no_personal_data_in_the_log(
    db, client, log_lines, no_rate_limit
):
    accepted = client.post(
        "/api/v1/feedback/", RESIDENT, content_type="application/json"
    )
    # Refused, with personal data in the body and the query string.
    refused = client.post(
        "/api/v1/feedback/?email=" + RESIDENT["email"],
        {**RESIDENT, "email": "quinn.dm@@example", "topic": "nonsense"},
        content_type="application/json",
    )

    assert (accepted.status_code, refused.status_code) == (201, 400)
    text, records = log_lines()
    for value in [*PERSONAL, "quinn.dm@@example"]:
        assert value not in text
    first, second = request_lines(records, "/api/v1/feedback/")
    assert (first["status"], second["status"]) == (201, 400)
    assert first["method"] == "POST"
    assert first["request_id"] == accepted["X-Request-ID"]
    assert first["level"] == "INFO"
    assert isinstance(first["duration_ms"], float)
    assert first["user_id"] is None
    assert {"time", "message"} <= set(first)


def test_a_proxys_request_id_is_kept_and_a_bad_one_replaced(db, client, log_lines):
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a.42_x")
    replaced = client.get("/healthz", HTTP_X_REQUEST_ID="two words\nforged line")

    assert kept["X-Request-ID"] == "lb-7f3a.42_x"
    assert len(replaced["X-Request-ID"]) == 32
    assert "forged" not in replaced["X-Request-ID"]
    _, records = log_lines()
    ids = [r["request_id"] for r in request_lines(records, "/healthz")]
    assert ids == ["lb-7f3a.42_x", replaced["X-Request-ID"]]


def test_staff_actions_carry_the_user_id(db, client, django_user_model, log_lines):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)

    assert client.get("/admin/").status_code == 200
    client.get("/api/v1/locales/")

    _, records = log_lines()
    [admin] = request_lines(records, "/admin/")
    [public] = request_lines(records, "/api/v1/locales/")
    assert admin["user_id"] == editor.pk
    assert public["user_id"] is None


def test_other_records_carry_the_request_id(db, client, log_lines):
    logging.getLogger("cms.test").warning("before any request")
    response = client.get("/api/v1/policies/999999/")
    logging.getLogger("cms.test").warning("after the request")

    assert response.status_code == 404
    _, records = log_lines()
    # Django's own line for the 404, written after the middleware returned.
    [not_found] = [r for r in records if r["logger"] == "django.request"]
    assert not_found["request_id"] == response["X-Request-ID"]
    assert [r["request_id"] for r in records if r["logger"] == "cms.test"] == [
        None,
        None,
    ]


def test_development_logs_are_plain_text():
    config = logging_config("text", "WARNING")
    assert "()" not in config["formatters"]["text"]
    assert "%(request_id)s" in config["formatters"]["text"]["format"]


def test_an_unknown_log_format_is_refused(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="CMS_LOG_FORMAT must be json"):
        settings_with(monkeypatch, CMS_LOG_FORMAT="xml")
