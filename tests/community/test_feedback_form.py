"""The feedback page's HTML form: CSRF, validation, spam, rate limit, privacy."""

import re
import time
from html.parser import HTMLParser

import pytest
from django.core import signing
from django.core.cache import cache

from plugins.community import views
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

    assert response.status_code == 303
    assert "no-store" in response["Cache-Control"]
    thanks = csrf_client.get(response["Location"])
    assert thanks.status_code == 200
    submission = FeedbackSubmission.objects.get()
    assert REFERENCE.match(submission.reference)
    assert submission.reference in thanks.text
    assert "We answer within ten working days." in thanks.text
    assert 'name="message"' not in thanks.text
    assert submission.topic == "concern"
    assert submission.name == "Rosa Diaz"
    assert submission.email == "rosa@example.org"
    assert submission.phone == "+1 (555) 010-2000"
    assert submission.source == Source.FORM
    assert submission.page_id == feedback_page.pk
    assert submission.locale.language_code == "en"
    assert submission.ip_address == "127.0.0.1"
    assert submission.status == Status.NEW
    assert "no-store" in thanks["Cache-Control"]


def test_refreshing_the_thank_you_page_sends_nothing_again(client, feedback_page):
    response = send(client, feedback_page)
    assert response.status_code == 303

    for _refresh in range(3):
        thanks = client.get(response["Location"])
        assert thanks.status_code == 200
        assert FeedbackSubmission.objects.get().reference in thanks.text

    assert FeedbackSubmission.objects.count() == 1


@pytest.mark.parametrize(
    "sent", ["FB-2026-CALL5550100", "not-signed", "", "FB-2026-K7M2QD9X:forged"]
)
def test_a_thank_you_address_not_made_here_shows_the_form(client, feedback_page, sent):
    response = client.get(feedback_page.url, {"sent": sent})

    assert response.status_code == 200
    assert "reference" not in response.context
    assert 'name="message"' in response.text
    assert "CALL5550100" not in response.text


def test_a_thank_you_address_older_than_a_day_shows_the_form(client, feedback_page):
    class SignedTwoDaysAgo(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 2 * views.SENT_MAX_AGE)

    token = SignedTwoDaysAgo(salt=views.SENT_SALT).sign_object("FB-2020-K7M2QD9X")
    fresh = signing.dumps("FB-2020-K7M2QD9X", salt=views.SENT_SALT)

    assert "FB-2020-K7M2QD9X" in client.get(feedback_page.url, {"sent": fresh}).text
    response = client.get(feedback_page.url, {"sent": token})
    assert "FB-2020-K7M2QD9X" not in response.text
    assert 'name="message"' in response.text


def test_a_post_without_the_csrf_token_is_refused(csrf_client, feedback_page):
    response = csrf_client.post(feedback_page.url, message_data())

    assert response.status_code == 403
    assert not FeedbackSubmission.objects.exists()


def test_the_form_page_carries_a_token_and_a_hidden_honeypot(client, feedback_page):
    response = client.get(feedback_page.url)

    html = response.text
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="website"' in html
    honeypot = html[html.index('<div class="usa-sr-only" aria-hidden="true">') :]
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
    assert response.status_code == 303
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

    assert response.status_code == 303
    submission = FeedbackSubmission.objects.get()
    assert submission.reference in client.get(response["Location"]).text
    assert submission.status == Status.SPAM
    assert submission.spam_reason == "honeypot"


def test_the_form_is_rate_limited(client, feedback_page, settings):
    cache.clear()
    settings.CMS_FEEDBACK_RATE_LIMIT = "2/h"
    for _attempt in range(2):
        assert send(client, feedback_page).status_code == 303

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

    assert response.status_code == 303
    assert response["Location"].startswith(translation.url)
    submission = FeedbackSubmission.objects.get()
    assert submission.locale.language_code == language
    thanks = client.get(response["Location"])
    direction = "rtl" if language == "ar" else "ltr"
    assert f'lang="{language}" dir="{direction}"' in thanks.text


class Elements(HTMLParser):
    """Every element's attributes by id, and each select's options in order."""

    def __init__(self, html):
        super().__init__()
        self.by_id = {}
        self.options = {}
        self.text_of = {}
        self._select = self._option = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.by_id[attrs["id"]] = attrs
        if tag == "select":
            self._select = attrs["name"]
            self.options[self._select] = []
        elif tag == "option" and self._select:
            self._option = [attrs.get("value"), ""]
            self.options[self._select].append(self._option)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "option":
            self._option = None

    def handle_data(self, data):
        if self._option is not None:
            self._option[1] += data.strip()


PROMPTS = {
    "en": {
        "topic": "Choose a topic",
        "policy": "Choose a policy",
        "award_category": "Choose a category",
    },
    "es": {
        "topic": "Elija un tema",
        "policy": "Elija una política",
        "award_category": "Elija una categoría",
    },
}


def test_each_select_starts_with_a_prompt(client, feedback_page):
    page = Elements(client.get(feedback_page.url).text)

    firsts = {name: options[0] for name, options in page.options.items()}
    assert firsts == {name: ["", text] for name, text in PROMPTS["en"].items()}
    assert "---------" not in client.get(feedback_page.url).text


def test_an_invalid_post_shows_each_error_beside_its_field(client, feedback_page):
    response = send(client, feedback_page, topic="", email="not-an-email")

    assert response.status_code == 200
    assert not FeedbackSubmission.objects.exists()
    page = Elements(response.text)
    for name in ("topic", "email"):
        field = page.by_id[f"id_{name}"]
        assert field["aria-invalid"] == "true"
        assert f"id_{name}_error" in field["aria-describedby"].split()
        assert f"id_{name}_error" in page.by_id
    assert page.by_id["id_email"]["aria-describedby"].split() == [
        "id_email_helptext",
        "id_email_error",
    ]
    assert "aria-invalid" not in page.by_id["id_message"]
    summary = response.text[response.text.index('id="feedback-errors"') :]
    summary = summary[: summary.index("</div>")]
    assert 'href="#id_topic"' in summary
    assert 'href="#id_email"' in summary
    assert "Choose what your message is about." in summary


def test_the_form_and_its_thank_you_speak_the_readers_language(
    client, feedback_page, publish_translation
):
    spanish = publish_translation(feedback_page, "es")

    page = client.get(spanish.url)
    options = Elements(page.text).options
    assert {name: values[0][1] for name, values in options.items()} == PROMPTS["es"]
    invalid = send(client, spanish, topic="")
    assert "Elija el tema de su mensaje." in invalid.text
    thanks = client.get(send(client, spanish)["Location"])
    assert "Gracias. Recibimos su mensaje." in thanks.text
    assert "Thank you" not in thanks.text
