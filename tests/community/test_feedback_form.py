"""The feedback page's HTML form: CSRF, validation, spam, rate limit, privacy."""

import re

import pytest
from django.core.cache import cache

from plugins.community.models import FeedbackSubmission, Source, Status
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.community.feedback_fixtures import REFERENCE


def csrf_token(response):
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    assert match, "the form has no CSRF token"
    return match.group(1)


def message_data(**overrides):
    data = {
        "topic": "concern",
        "message": "Cars speed past the school on Elm Street every morning.",
        "name": "Rosa Diaz",
        "email": "rosa@example.org",
        "phone": "+1 (555) 010-2000",
        "policy": "",
        "award_category": "",
        "website": "",
    }
    data.update(overrides)
    return data


def send(client, page, **overrides):
    form = client.get(page.url)
    assert form.status_code == 200
    data = message_data(csrfmiddlewaretoken=csrf_token(form), **overrides)
    return client.post(page.url, data)


def test_the_form_round_trip_with_csrf_enforced(csrf_client, feedback_page):
    response = send(csrf_client, feedback_page)

    assert response.status_code == 200
    submission = FeedbackSubmission.objects.get()
    assert REFERENCE.match(submission.reference)
    assert submission.reference in response.text
    assert "We answer within ten working days." in response.text
    assert submission.topic == "concern"
    assert submission.name == "Rosa Diaz"
    assert submission.email == "rosa@example.org"
    assert submission.phone == "+1 (555) 010-2000"
    assert submission.source == Source.FORM
    assert submission.page_id == feedback_page.pk
    assert submission.locale.language_code == "en"
    assert submission.ip_address == "127.0.0.1"
    assert submission.status == Status.NEW
    assert "no-store" in response["Cache-Control"]


def test_a_post_without_the_csrf_token_is_refused(csrf_client, feedback_page):
    response = csrf_client.post(feedback_page.url, message_data())

    assert response.status_code == 403
    assert not FeedbackSubmission.objects.exists()


def test_the_form_page_carries_a_token_and_a_hidden_honeypot(client, feedback_page):
    response = client.get(feedback_page.url)

    html = response.text
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html
    honeypot = html[html.index('aria-hidden="true"') :]
    assert honeypot.index('name="website"') < honeypot.index("</div>")
    assert 'lang="en" dir="ltr"' in html


def test_errors_are_shown_on_the_form(client, feedback_page):
    response = send(client, feedback_page, topic="", message="  ", email="not-an-email")

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"topic", "message", "email"}
    assert "Enter a valid email address." in response.text
    assert not FeedbackSubmission.objects.exists()


def test_a_policy_comment_needs_a_policy_of_this_site(
    client, feedback_page, live_policy
):
    response = send(client, feedback_page, topic="policy_comment")
    assert response.context["form"].errors["policy"] == [
        "Choose the policy you are commenting on."
    ]

    response = send(
        client, feedback_page, topic="policy_comment", policy=live_policy.pk
    )
    assert response.status_code == 200
    assert FeedbackSubmission.objects.get().policy == live_policy


def test_only_live_policies_are_offered(client, feedback_page, section_indexes):
    draft = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Unpublished drone policy", live=False
    )
    response = client.get(feedback_page.url)
    assert "Unpublished drone policy" not in response.text

    response = send(client, feedback_page, topic="policy_comment", policy=draft.pk)
    assert "policy" in response.context["form"].errors
    assert not FeedbackSubmission.objects.exists()


def test_an_award_category_is_kept_only_for_nominations(client, feedback_page):
    send(client, feedback_page, topic="compliment", award_category="youth")
    send(client, feedback_page, topic="nomination", award_category="youth")

    categories = dict(FeedbackSubmission.objects.values_list("topic", "award_category"))
    assert categories == {"compliment": "", "nomination": "youth"}


def test_a_link_can_choose_the_topic(client, feedback_page):
    response = client.get(
        f"{feedback_page.url}?topic=nomination&award_category=volunteer"
    )

    form = response.context["form"]
    assert form.initial == {"topic": "nomination", "award_category": "volunteer"}


def test_a_filled_honeypot_looks_accepted_but_is_kept_as_spam(client, feedback_page):
    response = send(client, feedback_page, website="http://spam.example")

    assert response.status_code == 200
    submission = FeedbackSubmission.objects.get()
    assert submission.reference in response.text
    assert submission.status == Status.SPAM
    assert submission.spam_reason == "honeypot"


def test_the_form_is_rate_limited(client, feedback_page, settings):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "2/h"
    for _attempt in range(2):
        assert send(client, feedback_page).status_code == 200

    response = send(client, feedback_page, message="A third message, kept for later.")

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "A third message, kept for later." in response.text
    assert "Please wait" in response.text
    assert FeedbackSubmission.objects.count() == 2


def test_the_public_page_never_shows_submissions(client, feedback_page):
    send(client, feedback_page, message="A very private message about my neighbor.")

    response = client.get(feedback_page.url)

    assert "A very private message" not in response.text
    assert "Rosa Diaz" not in response.text
    assert "rosa@example.org" not in response.text


@pytest.mark.parametrize("language", ["es", "ar"])
def test_the_form_is_served_in_every_locale(
    client, feedback_page, publish_translation, language
):
    translation = publish_translation(feedback_page, language)

    response = send(client, translation)

    assert response.status_code == 200
    submission = FeedbackSubmission.objects.get()
    assert submission.locale.language_code == language
    direction = "rtl" if language == "ar" else "ltr"
    assert f'lang="{language}" dir="{direction}"' in response.text
