"""What a resident sends is refused with a clear 4xx or form error, never a 500,
and nothing that reaches the database can break a moderator's export
(``test_feedback_moderation``).

Control characters are refused on the way in (the API names the field, the
web form shows the error against it); tabs and line breaks are kept. The API
reads JSON bodies only (415 otherwise, before the body is read) and answers a
body over the upload limit with a 413 problem document.
"""

import json

import pytest

from plugins.community.models import FeedbackSubmission
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.community.test_feedback_form import send

FEEDBACK = "/api/v1/feedback/"
PROBLEM = "application/problem+json"
ESCAPE_CODES = "a\u0007\u001b[31mred"
MESSAGE = {"topic": "general", "message": "Thanks for the crossing guard."}


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["detail"]
    return body


def parameters_named(body):
    return {error["parameter"] for error in body.get("errors") or []}


# Control characters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("message", ESCAPE_CODES),
        ("message", "bell\x07"),
        ("message", "\x1cstarts with a separator"),
        ("message", "C1 control \x9b31m"),
        ("message", "delete\x7f"),
        ("name", "Sam\x1b[2J"),
        ("phone", "555\x0b0100"),
        ("email", "sam\x00@example.org"),
    ],
)
def test_the_api_refuses_control_characters_naming_the_field(api_post, field, value):
    body = problem(api_post({**MESSAGE, field: value}), 400)

    assert parameters_named(body) == {field}
    assert field in body["detail"]
    assert not FeedbackSubmission.objects.exists()


def test_tabs_and_line_breaks_are_kept(api_post):
    message = "First line.\r\nSecond line,\tindented.\n"

    response = api_post({**MESSAGE, "message": message})

    assert response.status_code == 201, response.content
    # The form strips spaces around the message, not inside it.
    assert FeedbackSubmission.objects.get().message == message.strip()


def test_the_web_form_shows_the_control_character_error_on_its_field(
    client, feedback_page
):
    response = send(client, feedback_page, message=ESCAPE_CODES, name="Ann\x07")

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"message", "name"}
    assert "control characters" in errors["message"][0]
    assert not FeedbackSubmission.objects.exists()


def test_a_link_choosing_a_policy_by_a_digit_that_is_not_ascii_shows_the_form(
    client, feedback_page
):
    # "²" is a digit to str.isdigit() but not to int().
    response = client.get(f"{feedback_page.url}?topic=policy_comment&policy=%C2%B2")

    assert response.status_code == 200
    assert response.context["form"].initial == {"topic": "policy_comment"}


# Ids in the body ---------------------------------------------------------------------


@pytest.mark.parametrize("policy", [2**63, -1, 0, 10**30])
def test_an_out_of_range_policy_id_is_a_400_naming_it(api_post, policy):
    data = {**MESSAGE, "topic": "policy_comment", "policy": policy}

    assert parameters_named(problem(api_post(data), 400)) == {"policy"}


def test_a_policy_id_that_names_no_live_policy_is_a_404(api_post, live_policy):
    data = {**MESSAGE, "topic": "policy_comment", "policy": 2**63 - 1}

    body = problem(api_post(data), 404)

    assert str(2**63 - 1) in body["detail"]
    assert not FeedbackSubmission.objects.exists()


# Content types and sizes -------------------------------------------------------------


@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "text/plain;charset=UTF-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1",
        "application/jsonx",
        "",
    ],
)
def test_a_body_that_is_not_json_is_a_415(client, db, content_type):
    # What a form on another website can send without a CORS preflight.
    response = client.post(FEEDBACK, json.dumps(MESSAGE), content_type=content_type)

    assert "application/json" in problem(response, 415)["detail"]
    assert not FeedbackSubmission.objects.exists()


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8"]
)
def test_json_is_accepted_with_or_without_its_charset(client, db, content_type):
    response = client.post(FEEDBACK, json.dumps(MESSAGE), content_type=content_type)

    assert response.status_code == 201, response.content


def test_a_20_mb_body_is_a_413_problem(client, db):
    body = json.dumps({**MESSAGE, "message": "x" * 20_000_000})

    response = client.post(FEEDBACK, body, content_type="application/json")

    assert "too large" in problem(response, 413)["detail"]
    assert not FeedbackSubmission.objects.exists()
