"""POST /api/v1/feedback/: receipts, 400s naming fields, spam and the rate limit."""

import pytest
from django.core import mail
from django.core.cache import cache
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from plugins.community.models import FeedbackSubmission, Source, Status
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.community.feedback_fixtures import REFERENCE

MESSAGE = {
    "topic": "compliment",
    "message": "Officer Lee helped my father home when he got lost.",
    "name": "Sam Park",
    "email": "sam@example.org",
    "phone": "555-0100",
}


def fields_named(response):
    assert response.status_code == 400, response.content
    body = response.json()
    assert set(body) >= {"type", "title", "status", "detail", "errors"}
    assert body["status"] == 400
    return {error["parameter"] for error in body["errors"]}


def test_a_valid_message_gets_a_reference(api_post):
    response = api_post(MESSAGE)

    assert response.status_code == 201, response.content
    body = response.json()
    assert REFERENCE.match(body["reference"])
    assert body["status"] == "received"
    assert "no-store" in response["Cache-Control"]
    submission = FeedbackSubmission.objects.get(reference=body["reference"])
    assert submission.topic == "compliment"
    assert submission.message == MESSAGE["message"]
    assert (submission.name, submission.email, submission.phone) == (
        "Sam Park",
        "sam@example.org",
        "555-0100",
    )
    assert submission.source == Source.API
    assert submission.page is None
    assert submission.locale.language_code == "en"
    assert submission.status == Status.NEW


def test_contact_details_are_optional(api_post):
    response = api_post({"topic": "general", "message": "Thank you."})

    assert response.status_code == 201, response.content
    submission = FeedbackSubmission.objects.get()
    assert (submission.name, submission.email, submission.phone) == ("", "", "")


def test_references_are_not_sequential(api_post):
    references = [
        api_post({"topic": "general", "message": f"Message {n}"}).json()["reference"]
        for n in range(3)
    ]

    assert len(set(references)) == 3
    # Random letters and digits, not a counter: one reference says nothing
    # about the next, or about how many messages there are.
    codes = [reference.rsplit("-", 1)[1] for reference in references]
    assert not all(code.isdigit() for code in codes)


def test_the_api_needs_no_csrf_token(csrf_client, db):
    response = csrf_client.post(
        "/api/v1/feedback/", MESSAGE, content_type="application/json"
    )

    assert response.status_code == 201, response.content


def test_the_language_is_recorded(api_post):
    api_post({**MESSAGE, "locale": "vi"})

    assert FeedbackSubmission.objects.get().locale.language_code == "vi"


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        ({"message": "No topic."}, {"topic"}),
        ({"topic": "rant", "message": "Unknown topic."}, {"topic"}),
        ({"topic": "general"}, {"message"}),
        ({"topic": "general", "message": "   "}, {"message"}),
        ({"topic": "general", "message": "x" * 5001}, {"message"}),
        ({"topic": "general", "message": "Hi", "email": "nope"}, {"email"}),
        ({"topic": "general", "message": "Hi", "phone": "call me"}, {"phone"}),
        ({"topic": "policy_comment", "message": "About which?"}, {"policy"}),
        ({"topic": "general", "message": "Hi", "policy": "abc"}, {"policy"}),
        ({"topic": "general", "message": "Hi", "locale": "xx"}, {"locale"}),
        (
            {"topic": "nomination", "message": "Hi", "award_category": "bravest"},
            {"award_category"},
        ),
        ({"message": "", "email": "bad", "topic": "general"}, {"message", "email"}),
    ],
)
def test_invalid_messages_get_400_naming_the_fields(api_post, data, fields):
    response = api_post(data)

    assert fields_named(response) == fields
    for name in fields:
        assert name in response.json()["detail"]
    assert not FeedbackSubmission.objects.exists()


def test_a_body_that_is_not_json_is_a_400(client, db):
    response = client.post(
        "/api/v1/feedback/", "topic=general", content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["status"] == 400


def test_a_policy_comment_names_a_live_public_policy(api_post, live_policy):
    response = api_post(
        {
            "topic": "policy_comment",
            "message": "Keep data 30 days.",
            "policy": live_policy.pk,
        }
    )

    assert response.status_code == 201, response.content
    assert FeedbackSubmission.objects.get().policy == live_policy


def test_a_draft_or_private_policy_cannot_be_named(
    api_post, live_policy, section_indexes
):
    draft = factories.PolicyPageFactory(parent=section_indexes["policies"], live=False)
    private = factories.PolicyPageFactory(parent=section_indexes["policies"])
    private.save_revision().publish()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    not_a_policy = section_indexes["stories"]

    for page in (draft, private, not_a_policy):
        response = api_post(
            {"topic": "policy_comment", "message": "Hello.", "policy": page.pk}
        )
        # As if it did not exist: a 404, saying which policy.
        assert response.status_code == 404, response.content
        assert f"id {page.pk}" in response.json()["detail"]
    assert not FeedbackSubmission.objects.exists()


def test_a_nomination_keeps_its_award_category(api_post):
    response = api_post(
        {
            "topic": "nomination",
            "message": "Mrs. Ortiz runs the block watch.",
            "award_category": "neighborhood_watch",
        }
    )

    assert response.status_code == 201
    assert FeedbackSubmission.objects.get().award_category == "neighborhood_watch"


def test_too_many_messages_from_one_address_get_429(api_post, settings):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "3/h"
    for _attempt in range(3):
        assert api_post(MESSAGE).status_code == 201

    response = api_post(MESSAGE)

    assert response.status_code == 429
    assert response.json()["status"] == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert FeedbackSubmission.objects.count() == 3
    # Another address still gets through.
    assert api_post(MESSAGE, REMOTE_ADDR="203.0.113.9").status_code == 201


def test_the_form_and_the_api_share_the_allowance(
    api_post, client, feedback_page, settings
):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "1/h"
    assert api_post(MESSAGE).status_code == 201

    response = client.post(feedback_page.url, {"topic": "general", "message": "Hi"})

    assert response.status_code == 429


def test_forwarded_for_is_ignored_unless_trusted(api_post, settings):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "1/h"
    assert api_post(MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 201
    # A spoofed header does not buy a fresh allowance.
    response = api_post(MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.2")
    assert response.status_code == 429


def test_behind_trusted_proxies_the_client_is_counted_not_its_spoofed_hops(
    api_post, settings
):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "1/h"
    settings.CMS_TRUSTED_PROXY_COUNT = 2  # the outer proxy wrote the client
    first = api_post(MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.1, 10.0.0.1")
    second = api_post(MESSAGE, HTTP_X_FORWARDED_FOR="198.51.100.2, 10.0.0.1")
    # A spoofed leftmost entry does not buy the first client a new allowance.
    third = api_post(MESSAGE, HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.1, 10.0.0.2")

    assert (first.status_code, second.status_code, third.status_code) == (201, 201, 429)
    addresses = set(FeedbackSubmission.objects.values_list("ip_address", flat=True))
    assert addresses == {"198.51.100.1", "198.51.100.2"}


def test_a_filled_honeypot_gets_a_normal_receipt_but_is_spam(api_post):
    response = api_post({**MESSAGE, "website": "http://cheap-pills.example"})

    assert response.status_code == 201
    submission = FeedbackSubmission.objects.get(reference=response.json()["reference"])
    assert submission.status == Status.SPAM
    assert submission.spam_reason == "honeypot"


@pytest.mark.parametrize(
    "message",
    [
        "Visit http://a.example http://b.example http://c.example now",
        "Best CASINO bonus in town",
        "Cheap [url=http://x.example]pills[/url] and www.y.example and <a href=z>",
    ],
)
def test_the_default_check_catches_link_and_word_spam(api_post, message):
    response = api_post({"topic": "general", "message": message})

    assert response.status_code == 201
    submission = FeedbackSubmission.objects.get()
    assert (submission.status, submission.spam_reason) == (Status.SPAM, "content check")


def test_ordinary_messages_pass_the_default_check(api_post):
    api_post(
        {
            "topic": "concern",
            "message": "See https://city.example/elm for the crossing I mean. "
            "The cryptography talk at the library was great too.",
        }
    )

    assert FeedbackSubmission.objects.get().status == Status.NEW


def flag_everything(submission):
    return "pineapple" in submission.message


def test_the_spam_check_is_pluggable(api_post, settings):
    settings.CMS_FEEDBACK_SPAM_CHECK = f"{__name__}.flag_everything"

    api_post({"topic": "general", "message": "I like pineapple."})
    api_post({"topic": "general", "message": "I like apples."})

    statuses = dict(FeedbackSubmission.objects.values_list("message", "status"))
    assert statuses == {"I like pineapple.": "spam", "I like apples.": "new"}


def test_staff_are_told_by_reference_only(
    api_post, settings, django_capture_on_commit_callbacks
):
    settings.CMS_FEEDBACK_NOTIFY_EMAILS = ["feedback@riversidepd.example"]

    with django_capture_on_commit_callbacks(execute=True):
        reference = api_post(MESSAGE).json()["reference"]
        api_post({**MESSAGE, "website": "spam"})
    # The worker sends it (tests/cms/test_outgoing_mail.py); run its task here.
    (queued,) = DBTaskResult.objects.filter(queue_name="email")
    queued.task.call(*queued.task_result.args)

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["feedback@riversidepd.example"]
    assert reference in email.subject
    text = email.subject + email.body
    for personal in (MESSAGE["name"], MESSAGE["email"], MESSAGE["message"]):
        assert personal not in text


def test_the_endpoint_is_documented(client, db):
    document = client.get("/api/v1/openapi.json").json()

    operation = document["paths"]["/api/v1/feedback/"]["post"]
    assert set(operation["responses"]) >= {"201", "400", "429"}
    assert "get" not in document["paths"]["/api/v1/feedback/"]


def test_nothing_reads_submissions_back(api_post, client):
    reference = api_post(MESSAGE).json()["reference"]
    submission = FeedbackSubmission.objects.get()

    assert client.get("/api/v1/feedback/").status_code in {404, 405}
    assert client.get(f"/api/v1/feedback/{submission.pk}/").status_code == 404
    assert client.get(f"/api/v1/feedback/{reference}/").status_code == 404
