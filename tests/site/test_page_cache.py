"""Site pages come from the API's scoped response cache, with its invalidation:
a publish, a privacy change, a snippet change or an expiry shows on the next
request. Only anonymous GETs of public pages are kept."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests import factories
from tests.headless.conftest import publish_page
from tests.headless.redis_cache import cache_calls


def queries_of(client, url, status=200):
    """How many queries a request costs: none when the cache answers."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == status
    return len(queries)


def visit(client, url, **headers):
    first = client.get(url, **headers)
    assert first.status_code == 200, (url, first.status_code)
    return first


def test_a_repeated_visit_costs_no_query(client, site, django_assert_num_queries):
    url = site["policy"].url
    first = visit(client, url)

    with django_assert_num_queries(0):
        again = client.get(url)

    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Content-Type"].startswith("text/html")
    # The headers of the middleware around the cache are there too.
    assert "Content-Security-Policy" in again
    assert again["X-Frame-Options"]


def test_an_uncached_page_reads_its_values_ahead_in_one_round_trip(
    client, site, redis_cache, monkeypatch
):
    # On the real Redis: the page's entry; then, on a miss, every value its
    # building reads (site roots, restricted pages, locales, ...) at once;
    # the renditions of the page's images; Wagtail's own lookup of the
    # template's image (read, then written again, as Wagtail always does);
    # and storing the page. No value makes a round trip of its own.
    from django.core.cache import caches

    from plugins.headless import caching

    url = site["policy"].url
    visit(client, url)
    caching.forget_responses()
    calls = cache_calls(caches["default"], monkeypatch)
    visit(client, url)
    assert calls == ["get_many", "get_many", "get_many", "get_many", "set", "set"]
    calls.clear()
    visit(client, url)
    assert calls == ["get_many"]


def test_an_unchanged_page_answers_304(client, site):
    url = site["policy"].url
    etag = visit(client, url)["ETag"]

    response = client.get(url, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_a_publish_shows_on_the_next_request(client, site):
    policy = site["policy"]
    visit(client, policy.url)

    publish_page(policy, title="License-plate readers (revised)")

    assert b"<h1>License-plate readers (revised)</h1>" in client.get(policy.url).content


def test_a_publish_elsewhere_updates_the_menu(client, site):
    url = site["policy"].url
    visit(client, url)

    publish_page(site["section:tips"], title="Stay safe")

    assert b"<span>Stay safe</span>" in client.get(url).content


def test_a_privacy_change_removes_the_page(client, site):
    policy = site["policy"]
    visit(client, policy.url)

    PageViewRestriction.objects.create(
        page=policy, restriction_type="password", password="secret"
    )
    response = client.get(policy.url)

    assert b"<h1>License-plate readers</h1>" not in response.content
    assert b'type="password"' in response.content


def test_a_changed_registry_entry_shows_on_the_next_request(client, site):
    url = site["transparency"].url
    visit(client, url)

    technology = site["technology"]
    technology.vendor = "Northwind Optics"
    technology.save_revision().publish()

    assert b"Northwind Optics" in client.get(url).content


def test_changed_agency_details_show_on_the_next_request(client, site):
    url = site["home"].url
    visit(client, url)

    agency = site["home"].get_site().agencysettings
    agency.non_emergency_phone = "(555) 010-9999"
    agency.save()

    assert b"(555) 010-9999" in client.get(url).content


def test_an_expired_page_is_gone_on_the_next_request(client, site, make_page):
    page = make_page(
        "tip", title="Holiday tip", expire_at=timezone.now() + timedelta(seconds=1)
    )
    visit(client, page.url)

    time.sleep(1.2)

    assert client.get(page.url).status_code == 404


def test_a_page_for_one_host_is_not_kept_for_the_host_it_forwards(
    client, site, settings
):
    # The site is chosen by Host; behind a proxy that passes X-Forwarded-Host
    # on, a client can forward another site's host (tests/headless/test_caching).
    from tests.headless.conftest import add_other_site

    settings.CMS_TRUSTED_PROXY_COUNT = 1
    settings.ALLOWED_HOSTS = ["localhost", "lakeside.example", "testserver"]
    lakeside = add_other_site()
    url = site["policy"].url
    mixed = {"HTTP_HOST": "lakeside.example", "HTTP_X_FORWARDED_HOST": "localhost"}
    assert client.get(url, **mixed).status_code == 404
    assert client.get("/en/", **mixed).content.count(b"Lakeside") > 0

    assert site["policy"].title.encode() in client.get(url).content
    assert lakeside.home.title.encode() not in client.get("/en/").content


@pytest.mark.parametrize("ask", ["with a query string", "signed in"])
def test_only_anonymous_plain_visits_are_served_from_the_cache(client, site, ask):
    url = site["policy"].url
    if ask == "signed in":
        user = get_user_model().objects.create_user("reader", password="x")
        client.force_login(user)
    else:
        url += "?utm_source=newsletter"
    visit(client, url)

    assert queries_of(client, url) > 0


def test_a_missing_page_is_not_kept(client, site):
    assert client.get("/en/no-such-page/").status_code == 404

    assert queries_of(client, "/en/no-such-page/", status=404) > 0


def test_a_form_is_never_kept(client, site):
    page = factories.FeedbackPageFactory(parent=site["home"])
    visit(client, page.url)

    assert queries_of(client, page.url) > 0
    assert "ETag" not in client.get(page.url)


def test_a_restricted_page_is_never_kept(client, site):
    url = site["restricted"].url
    visit(client, url)
    assert "ETag" not in client.get(url)


def test_a_preview_is_never_served_to_the_public(admin_client, client, site):
    policy = site["policy"]
    visit(client, policy.url)
    draft = policy.get_latest_revision_as_object()
    draft.title = "Unpublished title"

    preview = draft.make_preview_request()

    assert b"<h1>Unpublished title</h1>" in preview.content
    assert b"<h1>License-plate readers</h1>" in client.get(policy.url).content
