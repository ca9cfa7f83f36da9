""" "You said, we did": counts by topic that match the submissions, and nothing else."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage
from plugins.community.models import (
    FeedbackPage,
    FeedbackSubmission,
    YouSaidWeDidPage,
    topic_counts,
)
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.helpers import publish

TOPICS = ["general", "policy_comment", "nomination", "compliment", "concern"]


def received_on(day, topic, status="new", message="A message."):
    submission = factories.FeedbackSubmissionFactory(
        topic=topic, status=status, message=message, name="Private Person"
    )
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
    FeedbackSubmission.objects.filter(pk=submission.pk).update(created_at=moment)
    return submission


@pytest.fixture
def first_quarter(db):
    """Feedback in and around the first quarter of 2026."""
    day = datetime.date
    received_on(day(2025, 12, 31), "concern")  # before the period
    received_on(day(2026, 1, 1), "concern")  # first day
    received_on(day(2026, 2, 10), "concern", status="reviewed")
    received_on(day(2026, 2, 11), "concern", status="responded")
    received_on(day(2026, 2, 12), "compliment")
    received_on(day(2026, 3, 1), "policy_comment")
    received_on(day(2026, 3, 31), "general")  # last day
    received_on(day(2026, 3, 15), "general", status="spam")  # never counted
    received_on(day(2026, 4, 1), "compliment")  # after the period


@pytest.fixture
def report(feedback_page):
    page = factories.YouSaidWeDidPageFactory(
        parent=feedback_page,
        title="You said, we did: January to March 2026",
        period_start=datetime.date(2026, 1, 1),
        period_end=datetime.date(2026, 3, 31),
    )
    page.save_revision().publish()
    return page


EXPECTED = {
    "general": 1,
    "policy_comment": 1,
    "nomination": 0,
    "compliment": 1,
    "concern": 3,
}


class TestReportPageRules(WagtailPageTestCase):
    def test_the_feedback_page_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(FeedbackPage, {HomePage})
        self.assertAllowedSubpageTypes(FeedbackPage, {YouSaidWeDidPage})

    def test_reports_sit_under_the_feedback_page(self):
        self.assertAllowedParentPageTypes(YouSaidWeDidPage, {FeedbackPage})
        self.assertAllowedSubpageTypes(YouSaidWeDidPage, set())


def test_counts_match_the_submissions_in_the_period(first_quarter):
    counts = topic_counts(datetime.date(2026, 1, 1), datetime.date(2026, 3, 31))

    assert [row["topic"] for row in counts] == TOPICS
    assert {row["topic"]: row["count"] for row in counts} == EXPECTED
    assert {row["topic"]: str(row["label"]) for row in counts}["concern"] == "Concern"


def test_the_period_must_not_end_before_it_starts(feedback_page):
    page = factories.YouSaidWeDidPageFactory.build(
        period_start=datetime.date(2026, 3, 1), period_end=datetime.date(2026, 2, 1)
    )

    with pytest.raises(ValidationError) as error:
        page.clean()

    assert "period_end" in error.value.message_dict


def test_the_api_gives_counts_and_themes(client, report, first_quarter):
    response = client.get(f"/api/v1/you-said-we-did/{report.pk}/")

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["type"] == "you_said_we_did"
    assert data["period_start"] == "2026-01-01"
    assert data["period_end"] == "2026-03-31"
    assert data["topic_counts"] == [
        {"topic": topic, "label": label, "count": EXPECTED[topic]}
        for topic, label in [
            ("general", "General feedback"),
            ("policy_comment", "Comment on a policy"),
            ("nomination", "Award nomination"),
            ("compliment", "Compliment"),
            ("concern", "Concern"),
        ]
    ]
    assert data["total"] == 6
    assert data["themes"][0] | {"id": None} == {
        "id": None,
        "theme": "Speeding",
        "you_said": "<p>Cars speed on Elm Street.</p>",
        "we_did": "<p>We added patrols at school times.</p>",
        "status": "done",
        "status_label": "Done",
    }
    assert data["json_ld"]["@type"] == "WebPage"
    assert "A message." not in response.text
    assert "Private Person" not in response.text


def test_reports_are_listed_newest_period_first(client, report, feedback_page):
    older = factories.YouSaidWeDidPageFactory(
        parent=feedback_page,
        period_start=datetime.date(2025, 10, 1),
        period_end=datetime.date(2025, 12, 31),
    )
    older.save_revision().publish()

    response = client.get("/api/v1/you-said-we-did/")

    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert [item["id"] for item in items] == [report.pk, older.pk]
    assert "topic_counts" not in items[0]


def test_new_feedback_updates_a_cached_report(client, report):
    url = f"/api/v1/you-said-we-did/{report.pk}/"
    assert client.get(url).json()["total"] == 0
    FeedbackSubmission.objects.filter(
        pk=factories.FeedbackSubmissionFactory().pk
    ).update(created_at=timezone.make_aware(datetime.datetime(2026, 2, 1, 12)))

    assert client.get(url).json()["total"] == 1
    assert client.get(f"/api/v1/pages/{report.pk}/").json()["total"] == 1


def test_marking_spam_takes_it_out_of_the_counts(client, report, first_quarter):
    url = f"/api/v1/you-said-we-did/{report.pk}/"
    assert client.get(url).json()["total"] == 6

    concern = FeedbackSubmission.objects.filter(
        topic="compliment", created_at__year=2026, created_at__month=2
    ).get()
    concern.status = "spam"
    concern.save()

    assert client.get(url).json()["total"] == 5


def test_the_page_shows_the_counts_in_every_locale(
    client, report, first_quarter, publish_translation
):
    english = client.get(report.url)
    arabic = client.get(publish_translation(report, "ar").url)

    assert english.status_code == 200
    assert 'lang="en" dir="ltr"' in english.text
    assert '<th scope="row">Concern</th><td>3</td>' in english.text
    assert "We added patrols at school times." in english.text
    assert "Private Person" not in english.text
    assert arabic.status_code == 200
    assert 'lang="ar" dir="rtl"' in arabic.text
    assert "<td>3</td>" in arabic.text


def test_the_translated_report_counts_the_same(
    client, report, first_quarter, publish_translation
):
    spanish = publish_translation(report, "es")

    data = client.get(f"/api/v1/you-said-we-did/{spanish.pk}/").json()

    assert data["locale"] == "es"
    assert {row["topic"]: row["count"] for row in data["topic_counts"]} == EXPECTED


def test_each_site_counts_the_feedback_sent_to_it(api_post, report, settings):
    """Two agencies on one installation: each report counts its own site's
    feedback, sent through the API to that site's host."""
    settings.ALLOWED_HOSTS = ["localhost", "lakeside.example"]
    lakeside_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="lakeside"
    )
    lakeside = Site.objects.create(
        hostname="lakeside.example", port=80, root_page=lakeside_home
    )
    lakeside_report = factories.YouSaidWeDidPageFactory(
        parent=publish(factories.FeedbackPageFactory(parent=lakeside_home)),
        period_start=report.period_start,
        period_end=report.period_end,
    )
    lakeside_report.save_revision().publish()
    message = {"topic": "concern", "message": "Speeding on Elm Street."}
    for host in ["localhost", "lakeside.example", "lakeside.example"]:
        response = api_post(message, HTTP_HOST=host)
        assert response.status_code == 201, response.content
    # Feedback from before sites were recorded counts for the default site.
    legacy = factories.FeedbackSubmissionFactory(topic="concern")
    assert legacy.site is None
    moment = timezone.make_aware(datetime.datetime(2026, 2, 1, 12))
    FeedbackSubmission.objects.update(created_at=moment)

    def concerns(page):
        counts = {row["topic"]: row["count"] for row in page.topic_counts()}
        return counts["concern"]

    assert FeedbackSubmission.objects.filter(site=lakeside).count() == 2
    assert concerns(lakeside_report) == 2
    assert concerns(report) == 2
