"""No public response ever carries what a resident sent: every API route, every
page and every feed is scanned after feedback arrives through both doors."""

import re

import pytest
from django.core.cache import cache
from wagtail.models import Page

from plugins.community.models import FeedbackSubmission
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

SECRETS = {
    "name": "Zephyrine Quackenbush",
    "email": "zephyrine.q@private.example",
    "phone": "555-867-5309",
    "message": "Confidential: my neighbour at 12 Birch Lane deals from his garage.",
}


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def site_with_feedback(
    section_indexes, feedback_page, event_index, live_policy, api_post, client, locales
):
    factories.FAQFactory(locale=locales["en"])
    factories.TechnologyFactory(locale=locales["en"])
    award = publish(factories.AwardPageFactory(parent=section_indexes["awards"]))
    publish(factories.EventPageFactory(parent=event_index))
    publish(factories.YouSaidWeDidPageFactory(parent=feedback_page))
    for topic in ("general", "policy_comment", "nomination", "concern"):
        response = api_post(
            {
                **SECRETS,
                "topic": topic,
                "policy": live_policy.pk,
                "award_category": "youth",
            }
        )
        assert response.status_code == 201, response.content
    client.post(
        feedback_page.url,
        {**SECRETS, "topic": "compliment", "policy": "", "award_category": ""},
    )
    # A nomination linked to the award it was considered for.
    FeedbackSubmission.objects.filter(topic="nomination").update(award=award)
    assert FeedbackSubmission.objects.count() == 5
    cache.clear()
    return FeedbackSubmission.objects.all()


def public_api_urls(client):
    """Every GET route of the API, with every id a path parameter can take."""
    document = client.get("/api/v1/openapi.json").json()
    page_ids = list(Page.objects.live().values_list("pk", flat=True))
    paths = list(
        Page.objects.live()
        .filter(depth__gt=1)
        .values_list("url_path", "locale__language_code")
    )
    urls = ["/api/v1/openapi.json"]
    for path, operations in document["paths"].items():
        if "get" not in operations:
            continue
        parameters = re.findall(r"{(\w+)}", path)
        if not parameters:
            urls.append(path)
            urls.append(f"{path}?q=Zephyrine")
            continue
        for identifier in [*page_ids, *range(1, 6)]:
            urls.append(re.sub(r"{\w+}", str(identifier), path))
    for url_path, code in paths:
        front_end = "/" + code + "/" + "/".join(url_path.strip("/").split("/")[1:])
        urls.append(f"/api/v1/pages/find/?path={front_end.rstrip('/')}/")
    return urls


def assert_private(url, response, submissions):
    text = response.content.decode("utf-8", "replace")
    for label, value in SECRETS.items():
        assert value not in text, f"{label} leaked in {url}"
    for submission in submissions:
        assert submission.reference not in text, f"a reference leaked in {url}"


def test_no_api_response_shows_feedback(client, site_with_feedback):
    # Other plugins' routes answer for their own errors in their own tests; here
    # only what a response carries matters, whatever its status.
    client.raise_request_exception = False
    urls = public_api_urls(client)
    assert len(urls) > 50
    served = 0
    for url in urls:
        response = client.get(url)
        served += response.status_code == 200
        assert_private(url, response, site_with_feedback)
    assert served > 20


def test_no_page_or_feed_shows_feedback(client, site_with_feedback):
    urls = [page.url for page in Page.objects.live().specific() if page.url]
    urls += [f"/feeds/{code}/events.ics" for code in ("en", "es")]
    urls += ["/feeds/en/policy-changes.atom"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert_private(url, response, site_with_feedback)
