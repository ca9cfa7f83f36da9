"""Every listing pages by the same two settings: ``CMS_API_DEFAULT_LIMIT``
items when a request gives no ``limit``, and a 400 problem for a ``limit``
above ``CMS_API_MAX_LIMIT``; the OpenAPI document says both as configured.

The world, two items of every listed type and two redirects, is built once for
the module and rolled back after it. Search's listing is tested on its own
index in ``tests/search/test_search_api.py``.
"""

from urllib.parse import urlencode

import pytest
from django.db import transaction
from django.test import override_settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, Site

from plugins.headless.api import mount
from plugins.plainlanguage.models import GlossaryTerm
from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import PAGE_KINDS, page_maker, sections_under

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

API = "/api/v1"
# Required parameters of a listing that has them.
REQUIRED = {f"{API}/search/": {"q": "camera"}}


def listings():
    """Every operation of the document that takes ``limit`` and lists items;
    not suggest's, which gives a few titles and has a cap of its own."""
    document = mount().get_openapi_schema(path_prefix=API)
    return sorted(
        path
        for path, methods in document["paths"].items()
        if "get" in methods
        and "{" not in path
        and any(p["name"] == "limit" for p in methods["get"]["parameters"])
        and not path.endswith("/suggest/")
    )


LISTINGS = listings()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two live items of every type the API lists, and two redirects."""
    media = tmp_path_factory.mktemp("limits-media")
    with (
        override_settings(MEDIA_ROOT=media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        english = Locale.objects.get(language_code="en")
        home = factories.HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.all().delete()
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
        make = page_maker(home, sections_under(home))
        events = factories.EventIndexPageFactory(parent=home)
        feedback = factories.FeedbackPageFactory(parent=home)
        feedback.save_revision().publish()
        for number in (1, 2):
            for kind in PAGE_KINDS:
                make(kind, title=f"{kind} {number}", slug=f"{kind}-{number}")
            for page in (
                factories.EventPageFactory(parent=events, title=f"Event {number}"),
                factories.YouSaidWeDidPageFactory(
                    parent=feedback, title=f"Report {number}"
                ),
            ):
                page.save_revision().publish()
            factories.FAQFactory(locale=english)
            factories.TechnologyFactory(locale=english)
            GlossaryTerm.objects.create(
                locale=english, term=f"Term {number}", explanation="Explained."
            )
            Redirect.objects.create(
                old_path=f"/old-{number}", site=site, redirect_link="https://x.test/"
            )
        settle_deferred_checks()
        yield media
        transaction.set_rollback(True)


@pytest.fixture
def served(world, settings, db):
    settings.MEDIA_ROOT = world


def url(template, **params):
    return f"{template}?{urlencode({**REQUIRED.get(template, {}), **params})}"


def test_every_listing_is_tested():
    assert {f"{API}/policies/", f"{API}/faqs/", f"{API}/paths/"} <= set(LISTINGS)
    assert {f"{API}/redirects/", f"{API}/search/", f"{API}/technologies/"} <= set(
        LISTINGS
    )


@pytest.mark.parametrize("template", [t for t in LISTINGS if t not in REQUIRED])
def test_a_listing_without_limit_gives_the_default_count(client, served, template):
    with override_settings(CMS_API_DEFAULT_LIMIT=1):
        response = client.get(template)

    assert response.status_code == 200, response.content[:300]
    data = response.json()
    assert data["count"] >= 2
    assert len(data["items"]) == 1


@pytest.mark.parametrize("template", LISTINGS)
def test_a_limit_above_the_maximum_is_a_400_problem(client, served, template):
    with override_settings(CMS_API_MAX_LIMIT=1):
        refused = client.get(url(template, limit=2))
        largest = client.get(url(template, limit=1))

    assert refused.status_code == 400, refused.content[:300]
    assert refused["Content-Type"] == "application/problem+json"
    assert "limit" in refused.content.decode()
    assert "CMS_API_MAX_LIMIT" in refused.content.decode()
    assert largest.status_code == 200, largest.content[:300]


@pytest.mark.parametrize("template", LISTINGS)
def test_the_document_gives_the_configured_default_and_maximum(client, template):
    with override_settings(CMS_API_DEFAULT_LIMIT=7, CMS_API_MAX_LIMIT=30):
        document = client.get(f"{API}/openapi.json").json()
    operation = document["paths"][template]["get"]
    [limit] = [p for p in operation["parameters"] if p["name"] == "limit"]

    assert limit["schema"]["default"] == 7
    assert limit["schema"]["maximum"] == 30
    assert "CMS_API_MAX_LIMIT" in limit["description"]


def test_a_cached_list_follows_a_changed_default(client, served):
    with override_settings(CMS_API_DEFAULT_LIMIT=1):
        one = client.get(f"{API}/policies/").json()["items"]
    with override_settings(CMS_API_DEFAULT_LIMIT=2):
        two = client.get(f"{API}/policies/").json()["items"]
    with override_settings(CMS_API_DEFAULT_LIMIT=1, CMS_API_MAX_LIMIT=1):
        bounded = client.get(f"{API}/policies/").json()["items"]

    assert (len(one), len(two), len(bounded)) == (1, 2, 1)


def test_a_default_above_the_maximum_is_bounded_by_it(client, served):
    with override_settings(CMS_API_DEFAULT_LIMIT=5, CMS_API_MAX_LIMIT=1):
        response = client.get(f"{API}/policies/")

    assert response.status_code == 200, response.content[:300]
    assert len(response.json()["items"]) == 1
