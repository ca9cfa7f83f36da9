"""Query counts of the events listing, the calendar feed and a report's counts."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(context.captured_queries)


def publish_events(event_index, count):
    for number in range(count):
        event = factories.EventPageFactory(
            parent=event_index, start=factories.days_from_now(number + 1)
        )
        event.tags.add("meeting")
        event.save_revision().publish()


def test_the_event_listing_does_not_grow_with_its_length(client, event_index):
    publish_events(event_index, 12)
    client.get("/api/v1/events/?limit=1")  # fills the site-root cache

    short = count_queries(client, "/api/v1/events/?limit=2")
    long = count_queries(client, "/api/v1/events/?limit=12")

    assert short == long
    assert long <= 15, long


def test_the_calendar_feed_costs_a_fixed_number_of_queries(client, event_index):
    publish_events(event_index, 3)
    client.get("/feeds/en/events.ics")  # fills the site-root cache
    few = count_queries(client, "/feeds/en/events.ics")
    publish_events(event_index, 9)

    many = count_queries(client, "/feeds/en/events.ics")

    assert many == few
    assert many <= 6, many


def test_a_report_counts_topics_in_one_query(
    client, feedback_page, django_assert_max_num_queries
):
    report = factories.YouSaidWeDidPageFactory(parent=feedback_page)
    report.save_revision().publish()
    for topic in ("general", "concern", "concern", "compliment"):
        factories.FeedbackSubmissionFactory(topic=topic)
    client.get("/api/v1/events/?limit=1")

    # One of them finds the request's site, whose feedback alone is counted.
    with django_assert_max_num_queries(13):
        response = client.get(f"/api/v1/you-said-we-did/{report.pk}/")

    assert response.status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get(f"/api/v1/you-said-we-did/{report.pk}/").status_code == 200
