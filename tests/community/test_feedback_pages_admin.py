"""Editors add and preview the feedback page and its reports in the admin."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import HomePage
from plugins.community.models import FeedbackPage, YouSaidWeDidPage
from tests.community.feedback_fixtures import *  # noqa: F403


def feedback_form(**fields):
    return nested_form_data(
        {
            "title": "Tell us what you think",
            "slug": "feedback",
            "summary": "Compliments, concerns, comments on our policies.",
            "intro": rich_text("<p>In an emergency, call 911.</p>"),
            "privacy_notice": rich_text("<p>We never publish your details.</p>"),
            "thank_you": rich_text("<p>We answer within ten working days.</p>"),
            **fields,
        }
    )


def report_form(**fields):
    return nested_form_data(
        {
            "title": "You said, we did: spring 2026",
            "slug": "spring-2026",
            "summary": "What you told us from January to March, and what we did.",
            "period_start": "2026-01-01",
            "period_end": "2026-03-31",
            "themes": streamfield(
                [
                    (
                        "theme",
                        {
                            "theme": "Speeding",
                            "you_said": rich_text("<p>Cars speed near schools.</p>"),
                            "we_did": rich_text("<p>More patrols at 8 a.m.</p>"),
                            "status": "in_progress",
                        },
                    )
                ]
            ),
            "tags": "",
            **fields,
        }
    )


def test_an_editor_adds_the_feedback_page_and_a_report(page_admin, home_page):
    feedback = page_admin.create(home_page, FeedbackPage, feedback_form())
    report = page_admin.create(feedback, YouSaidWeDidPage, report_form())

    assert feedback.live and report.live
    assert report.themes[0].value["theme"] == "Speeding"
    assert report.themes[0].value.status_label == "In progress"


def test_one_feedback_page_per_site(home_page, feedback_page):
    assert not FeedbackPage.can_create_at(home_page)
    assert not YouSaidWeDidPage.can_create_at(home_page)
    assert FeedbackPage in HomePage.creatable_subpage_models()


def test_a_report_needs_a_coherent_period(page_admin, feedback_page):
    response = page_admin.post_create(
        feedback_page, YouSaidWeDidPage, report_form(period_end="2025-12-31")
    )

    errors = page_admin.form_errors(response)
    assert errors["period_end"] == ["The period must end on or after its first day."]


def test_preview_the_feedback_page(page_admin, feedback_page):
    response = page_admin.preview(
        feedback_page, feedback_form(title="Unsaved title", slug=feedback_page.slug)
    )

    assert b"<h1>Unsaved title</h1>" in response.content
    assert b'name="message"' in response.content


def test_preview_a_report(page_admin, feedback_page):
    report = page_admin.create(feedback_page, YouSaidWeDidPage, report_form())

    response = page_admin.preview(report, report_form(title="Draft report"))

    assert b"<h1>Draft report</h1>" in response.content
    assert b"More patrols at 8 a.m." in response.content
    assert b"Messages by topic" in response.content
