"""A resident sends feedback: an empty form shows its errors, a complete one
is received once and shows the thank-you state, and reloading that state
sends nothing again. axe-core finds no WCAG 2.1 A/AA violation in either
state."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps

from tests.browser.checks import accessibility_violations, horizontal_scrolling
from tests.browser.site_pages import ON_DEMO_SITE, page_address

pytestmark = ON_DEMO_SITE

FeedbackSubmission = apps.get_model("trust_community", "FeedbackSubmission")


@pytest.fixture
def feedback_form(site_page, site_server):
    def open_form(language, width):
        address = page_address("feedback", language)
        if address is None:
            pytest.fail("the demo has no live feedback page")
        site_page.set_viewport_size({"width": width, "height": 900})
        site_page.goto(site_server.url + address.path)
        return address

    return open_form


def send(site_page):
    """Submit the form and wait for the page it leads to; the response to the
    post itself (before any redirect)."""
    with (
        site_page.expect_navigation(),
        site_page.expect_response(
            lambda response: response.request.method == "POST"
        ) as posted,
    ):
        site_page.locator("main form button[type='submit']").click()
    return posted.value


@pytest.mark.parametrize("width", [320, 1280], ids=lambda width: f"{width}px")
@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_an_empty_form_shows_its_errors(feedback_form, site_page, language, width):
    address = feedback_form(language, width)
    before = FeedbackSubmission.objects.count()

    posted = send(site_page)

    summary = site_page.get_by_role("alert")
    assert summary.count() == 1, "no error summary"
    invalid = site_page.locator("main .usa-form-group--error")
    assert invalid.count() >= 2  # the topic and the message
    assert posted.status == 200  # the form again, with its errors
    assert urlsplit(site_page.url).path == address.path
    assert accessibility_violations(site_page) == []
    assert horizontal_scrolling(site_page) == []
    assert FeedbackSubmission.objects.count() == before


@pytest.mark.parametrize("language", ["en", "es", "ar"])
def test_a_message_is_received_once(feedback_form, site_page, language):
    address = feedback_form(language, 320)
    before = FeedbackSubmission.objects.count()
    topic = site_page.locator("main select[name='topic']")
    topic.select_option(index=1)
    site_page.locator("main textarea[name='message']").fill(
        "The street light on Elm Street has been out for a week."
    )

    posted = send(site_page)
    received = FeedbackSubmission.objects.count()
    thank_you_url = urlsplit(site_page.url)
    thank_you = site_page.get_by_role("status").inner_text()
    found = {
        "axe-core violations": accessibility_violations(site_page),
        "horizontal scrolling": horizontal_scrolling(site_page),
    }
    site_page.reload()

    assert received == before + 1
    # Post, redirect, get: the thank-you state has an address of its own.
    assert posted.status == 303
    assert thank_you_url.path == address.path
    assert "sent" in parse_qs(thank_you_url.query)
    assert found == {"axe-core violations": [], "horizontal scrolling": []}
    # The reload showed the thank-you state again and sent nothing.
    assert site_page.get_by_role("status").inner_text() == thank_you
    assert FeedbackSubmission.objects.count() == received
