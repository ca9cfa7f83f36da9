"""Responses are cached with strong ETags and served again without a query,
until a change they depend on invalidates them, and only them."""

from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site

from blocks import rendition_widths
from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import (
    page_maker,
    publish_page,
    rich_body,
    sections_of,
    sections_under,
    translator,
    with_sections,
)
from tests.headless.redis_cache import cache_calls

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

API = "/api/v1"
POLICY_PATH = "/en/policies/license-plate-readers/"


def build_site(media_root):
    """A policy (with an image, an FAQ block, an internal link and a
    technology) in the menu, its Spanish translation, a story, the FAQ page and
    the transparency portal, on the agency's site: the world of this module."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    sections = sections_under(home)
    # The menu lists the home page's sections shown in menus, and their pages.
    Page.objects.filter(pk=sections["policies"].pk).update(show_in_menus=True)
    make_page = page_maker(home, sections)
    with override_settings(MEDIA_ROOT=media_root):
        image = factories.ImageFactory()
        image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    faq = factories.FAQFactory(question="Who can see the data?", locale=locales["en"])
    technology = factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )
    policy = factories.PolicyPageFactory(
        parent=sections["policies"],
        title="License-plate readers",
        show_in_menus=True,
        share_image=image,
        body=rich_body(image, faq, sections["policies"]),
    )
    policy.technologies.add(technology)
    policy.tags.add("alpr")
    policy.save_revision().publish()
    return {
        "policy": policy,
        "policy_es": translator(locales)(policy, "es", title="Lectores de matriculas"),
        "story": make_page("story", title="Stolen bikes returned"),
        "faq_page": sections["faqs"],
        "transparency": make_page("transparency", title="How we use technology"),
        "faq": faq,
        "technology": technology,
        "home": home,
        **with_sections(sections),
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site, built once for the module in a transaction rolled back after
    its last test; each test changes it in a savepoint of its own. Kept as
    (model, id) pairs: a test may delete or edit the objects it is given."""
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_site(tmp_path_factory.mktemp("media"))
        settle_deferred_checks()
        yield {name: (type(obj), obj.pk) for name, obj in built.items()}
        transaction.set_rollback(True)


@pytest.fixture
def site(db, world):
    """The world's objects, read afresh for each test."""
    fresh = {name: model.objects.get(pk=pk) for name, (model, pk) in world.items()}
    fresh["sections"] = sections_of(fresh)
    return fresh


@pytest.fixture
def make_page(site):
    """Pages added to the world's site, not to a site of their own."""
    return page_maker(site["home"], site["sections"])


def urls(site):
    policy = site["policy"]
    return {
        "list": f"{API}/policies/",
        "detail": f"{API}/policies/{policy.pk}/",
        "translation": f"{API}/policies/{site['policy_es'].pk}/",
        "page": f"{API}/pages/{policy.pk}/",
        "find": f"{API}/pages/find/?path={POLICY_PATH}",
        "navigation": f"{API}/navigation/",
        "stories": f"{API}/stories/",
        "faqs": f"{API}/faqs/",
        "faq": f"{API}/faqs/{site['faq'].pk}/",
        "faq_page": f"{API}/pages/{site['faq_page'].pk}/",
        "technologies": f"{API}/technologies/",
        "technology": f"{API}/technologies/{site['technology'].pk}/",
        "transparency": f"{API}/transparency/{site['transparency'].pk}/",
        "locales": f"{API}/locales/",
    }


def get(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.status_code, response.content)
    return response


def warm(client, site, *names):
    """Request each URL once, so that the next request is served from the cache."""
    return {name: get(client, urls(site)[name]) for name in names}


def assert_cached(client, url, django_assert_num_queries, etag=None):
    with django_assert_num_queries(0):
        response = get(client, url)
    if etag is not None:
        assert response["ETag"] == etag
    return response


def menu(response):
    def walk(items):
        for item in items:
            yield item
            yield from walk(item["children"])

    return {item["id"]: item for item in walk(response.json()["items"])}


# ETags, Last-Modified, Cache-Control ----------------------------------------------


CACHED_URLS = [
    "list",
    "detail",
    "translation",
    "page",
    "find",
    "navigation",
    "faqs",
    "faq",
    "technologies",
    "technology",
    "transparency",
    "locales",
]


@pytest.mark.parametrize("name", CACHED_URLS)
def test_etag_is_strong_and_stable(client, site, name):
    url = urls(site)[name]
    first = get(client, url)["ETag"]
    assert first.startswith('"') and first.endswith('"'), first
    assert not first.startswith("W/")
    assert get(client, url)["ETag"] == first
    cache.clear()  # rebuilt from the database, the same body has the same tag
    assert get(client, url)["ETag"] == first


def test_an_etag_names_one_body(client, site):
    bodies = {}
    for url in urls(site).values():
        response = get(client, url)
        bodies.setdefault(response["ETag"], set()).add(response.content)
    assert len(bodies) > 1
    assert all(len(contents) == 1 for contents in bodies.values())


@pytest.mark.parametrize("name", CACHED_URLS)
def test_if_none_match_is_answered_304_with_an_empty_body(client, site, name):
    url = urls(site)[name]
    etag = get(client, url)["ETag"]
    response = get(client, url, 304, HTTP_IF_NONE_MATCH=etag)
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"]


def test_if_none_match_takes_any_listed_tag_or_a_star(client, site):
    url = urls(site)["detail"]
    etag = get(client, url)["ETag"]
    get(client, url, 304, HTTP_IF_NONE_MATCH=f'"stale", {etag}')
    get(client, url, 304, HTTP_IF_NONE_MATCH="*")
    assert get(client, url, HTTP_IF_NONE_MATCH='"stale"').content


def test_weak_if_none_match_uses_weak_comparison(client, site):
    # A proxy that compresses responses weakens the ETag it passes on, and the
    # client sends that back; If-None-Match compares weakly (RFC 9110 13.1.2).
    url = urls(site)["detail"]
    etag = get(client, url)["ETag"]
    get(client, url, 304, HTTP_IF_NONE_MATCH=f"W/{etag}")


def test_repeated_304_runs_no_query(client, site, django_assert_num_queries):
    url = urls(site)["detail"]
    etag = get(client, url)["ETag"]
    with django_assert_num_queries(0):
        get(client, url, 304, HTTP_IF_NONE_MATCH=etag)


@pytest.mark.parametrize("name", ["detail", "translation", "page", "find"])
def test_details_carry_last_modified(client, site, name):
    response = get(client, urls(site)[name])
    page = site["policy_es"] if name == "translation" else site["policy"]
    page.refresh_from_db()
    last_modified = parsedate_to_datetime(response["Last-Modified"])
    assert last_modified == page.last_published_at.replace(microsecond=0)
    assert response["Last-Modified"].endswith(" GMT")


# A list's validators change whenever its membership does --------------------


# Lists whose items carry a publication date, which lists used to send.
LISTS = [f"{API}/policies/", f"{API}/policies/?locale=en", f"{API}/search/?q=readers"]


@pytest.mark.parametrize("url", LISTS)
def test_a_list_has_no_last_modified(client, site, url):
    """Its newest item's date does not move when an item leaves it: a list's
    one validator is its ETag, a hash of its body."""
    response = get(client, url)
    assert response.json()["items"]
    assert response["ETag"]
    assert not response.has_header("Last-Modified")


def leave_by_restriction(policy):
    PageViewRestriction.objects.create(page=policy, restriction_type="login")


def leave_by_unpublishing(policy):
    policy.unpublish()


@pytest.mark.parametrize(
    "leave",
    [leave_by_restriction, leave_by_unpublishing],
    ids=["private", "unpublished"],
)
def test_a_list_an_item_left_answers_its_old_validators_with_the_new_body(
    client, site, make_page, leave
):
    older = site["policy"]
    newer = make_page("policy", title="Body-worn cameras")
    url = f"{API}/policies/?locale=en"
    before = get(client, url)
    assert {item["id"] for item in before.json()["items"]} == {older.pk, newer.pk}
    # What a client that kept the list would send: its ETag, and (the date a
    # list used to carry) the newest item's publication, which stays put.
    since = format_datetime(newer.last_published_at, usegmt=True)

    leave(older)

    for headers in (
        {"HTTP_IF_NONE_MATCH": before["ETag"]},
        {"HTTP_IF_MODIFIED_SINCE": since},
    ):
        response = get(client, url, **headers)
        assert [item["id"] for item in response.json()["items"]] == [newer.pk]
        assert response["ETag"] != before["ETag"]


def test_a_list_an_item_expired_from_answers_its_old_validators_with_the_new_body(
    client, site, make_page
):
    older = site["policy"]
    newer = make_page("policy", title="Body-worn cameras")
    Page.objects.filter(pk=older.pk).update(
        expire_at=timezone.now() + timedelta(hours=1)
    )
    url = f"{API}/policies/?locale=en"
    before = get(client, url)
    assert len(before.json()["items"]) == 2
    since = format_datetime(newer.last_published_at, usegmt=True)
    later = timezone.now() + timedelta(hours=2)
    # Two hours later, for the database filter and for the cache's clock: no
    # signal fires when expire_at passes.
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("time.time", return_value=later.timestamp()),
    ):
        for headers in (
            {"HTTP_IF_NONE_MATCH": before["ETag"]},
            {"HTTP_IF_MODIFIED_SINCE": since},
        ):
            response = get(client, url, **headers)
            assert [item["id"] for item in response.json()["items"]] == [newer.pk]


def test_an_unchanged_list_still_answers_304(client, site):
    url = f"{API}/policies/?locale=en"
    etag = get(client, url)["ETag"]
    get(client, url, 304, HTTP_IF_NONE_MATCH=etag)
    # Without a date to compare, If-Modified-Since alone gets the full list.
    assert get(client, url, HTTP_IF_MODIFIED_SINCE=http_now()).json()["items"]


def http_now():
    return format_datetime(timezone.now() + timedelta(days=1), usegmt=True)


def test_if_modified_since_is_answered_304(client, site):
    url = urls(site)["detail"]
    last_modified = get(client, url)["Last-Modified"]
    response = get(client, url, 304, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.content == b""
    earlier = format_datetime(
        parsedate_to_datetime(last_modified) - timedelta(days=1), usegmt=True
    )
    assert get(client, url, HTTP_IF_MODIFIED_SINCE=earlier).content
    assert get(client, url, HTTP_IF_MODIFIED_SINCE="not a date").content


def test_if_none_match_wins_over_if_modified_since(client, site):
    url = urls(site)["detail"]
    last_modified = get(client, url)["Last-Modified"]
    response = get(
        client,
        url,
        HTTP_IF_NONE_MATCH='"stale"',
        HTTP_IF_MODIFIED_SINCE=last_modified,
    )
    assert response.content


@pytest.mark.parametrize("name", CACHED_URLS)
def test_cache_control_comes_from_settings(client, site, settings, name):
    settings.CMS_API_CACHE_CONTROL = "public, max-age=5, must-revalidate"
    url = urls(site)[name]
    response = get(client, url)
    assert response["Cache-Control"] == "public, max-age=5, must-revalidate"
    response = get(client, url, 304, HTTP_IF_NONE_MATCH=response["ETag"])
    assert response["Cache-Control"] == "public, max-age=5, must-revalidate"


def test_cache_control_default(client, site):
    response = get(client, urls(site)["list"])
    assert response["Cache-Control"].startswith("public, max-age=")


def test_preview_is_never_cached(client, site):
    from plugins.headless.preview import make_preview_token

    token = make_preview_token(site["policy"])
    response = get(client, f"{API}/preview/?token={token}")
    assert response["Cache-Control"] == "no-store"
    assert not response.has_header("ETag")


# No query for a repeated request ---------------------------------------------------


@pytest.mark.parametrize("name", CACHED_URLS)
def test_repeated_request_runs_no_query(client, site, name, django_assert_num_queries):
    url = urls(site)[name]
    etag = get(client, url)["ETag"]
    assert_cached(client, url, django_assert_num_queries, etag)


def test_each_query_string_is_cached_on_its_own(
    client, site, django_assert_num_queries
):
    first = get(client, f"{API}/policies/?limit=1")
    other = get(client, f"{API}/policies/?limit=2")
    assert first["ETag"] != other["ETag"] or first.content == other.content
    assert_cached(client, f"{API}/policies/?limit=1", django_assert_num_queries)


# Publishing invalidates what depends on the page, and nothing else ------------------


def test_publishing_a_page_invalidates_its_list_details_find_and_navigation(
    client, site, django_assert_num_queries
):
    before = warm(
        client,
        site,
        "list",
        "detail",
        "translation",
        "page",
        "find",
        "navigation",
        "stories",
        "faqs",
    )
    publish_page(site["policy"], title="Automated license-plate readers")
    new = "Automated license-plate readers"

    assert new in get(client, urls(site)["list"]).content.decode()
    for name in ("detail", "page", "find"):
        response = get(client, urls(site)[name])
        assert response.json()["title"] == new
        assert response["ETag"] != before[name]["ETag"]
    links = get(client, urls(site)["translation"]).json()["available_translations"]
    assert [link["title"] for link in links] == [new]
    assert menu(get(client, urls(site)["navigation"]))[site["policy"].pk]["title"] == (
        new
    )
    # Other types' listings do not depend on the policy: still served from cache.
    for name in ("stories", "faqs"):
        assert_cached(
            client, urls(site)[name], django_assert_num_queries, before[name]["ETag"]
        )


def test_a_publish_invalidates_again_once_it_commits(
    client, site, django_capture_on_commit_callbacks, django_assert_num_queries
):
    """Until the publish commits, another process reads the old page, and would
    cache it under the new tokens: the commit replaces them once more."""
    url = urls(site)["detail"]
    with django_capture_on_commit_callbacks() as on_commit:
        publish_page(site["policy"], title="Automated license-plate readers")
        # What a reader caches before the commit...
        etag = get(client, url)["ETag"]
        assert_cached(client, url, django_assert_num_queries, etag)
    for callback in on_commit:
        callback()
    # ...is read afresh after it.
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    assert queries


def test_publishing_a_translation_invalidates_its_source(client, site):
    warm(client, site, "detail", "translation")
    publish_page(site["policy_es"], title="Lectores automaticos de matriculas")
    links = get(client, urls(site)["detail"]).json()["available_translations"]
    assert [link["title"] for link in links] == ["Lectores automaticos de matriculas"]
    title = get(client, urls(site)["translation"]).json()["title"]
    assert title == "Lectores automaticos de matriculas"


def test_publishing_a_new_page_invalidates_its_list_and_find(client, site, make_page):
    path = "/en/policies/body-worn-cameras/"
    warm(client, site, "list")
    get(client, f"{API}/pages/find/?path={path}", 404)
    new = make_page("policy", title="Body-worn cameras")
    ids = [item["id"] for item in get(client, urls(site)["list"]).json()["items"]]
    assert new.pk in ids
    assert get(client, f"{API}/pages/find/?path={path}").json()["id"] == new.pk


def test_publishing_a_policy_updates_the_technologies_it_governs(
    client, site, make_page
):
    warm(client, site, "technology")
    new = make_page(
        "policy", title="Body-worn cameras", technologies=[site["technology"]]
    )
    governing = get(client, urls(site)["technology"]).json()["governing_policies"]
    assert new.pk in [policy["id"] for policy in governing]


def test_republishing_a_policy_updates_the_stories_citing_it(client, site, make_page):
    story = make_page("story", title="Cameras helped", policies=[site["policy"]])
    url = f"{API}/stories/{story.pk}/"
    get(client, url)
    publish_page(site["policy"], title="Automated license-plate readers")
    cited = get(client, url).json()["policies"]
    assert [policy["title"] for policy in cited] == ["Automated license-plate readers"]


def test_a_page_linking_to_one_given_an_expiry_is_not_kept_past_it(
    client, site, make_page
):
    """A tip cached while the policy it links to had no expiry would have
    been kept a day: the policy's republish with an expiry drops it, so it
    is rebuilt with a timeout that ends at the expiry."""
    policy = site["policy"]
    tip = make_page(
        "tip",
        body=[
            factories.paragraph(f'<a linktype="page" id="{policy.pk}">the policy</a>'),
            {"type": "related_content", "value": {"page": policy.pk, "label": ""}},
        ],
    )
    url = f"{API}/tips/{tip.pk}/"
    assert policy.title in get(client, url).content.decode()
    publish_page(policy, expire_at=timezone.now() + timedelta(hours=1))
    get(client, url)  # cached again, until the expiry at the latest
    later = timezone.now() + timedelta(hours=2)
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("time.time", return_value=later.timestamp()),
    ):
        get(client, f"{API}/policies/{policy.pk}/", 404)
        body = get(client, url).content.decode()
    assert policy.title not in body
    assert f"/{policy.slug}/" not in body


# Unpublishing, moving, deleting and restricting -------------------------------


def assert_policy_gone(client, site, before):
    policy = site["policy"]
    ids = [item["id"] for item in get(client, urls(site)["list"]).json()["items"]]
    assert policy.pk not in ids
    for name in ("detail", "page", "find"):
        get(client, urls(site)[name], 404)
    assert policy.pk not in menu(get(client, urls(site)["navigation"]))


def test_unpublishing_invalidates_everything_affected(client, site):
    before = warm(
        client, site, "list", "detail", "translation", "page", "find", "navigation"
    )
    site["policy"].unpublish()
    assert_policy_gone(client, site, before)
    # The translation plugin unpublishes the translation with its source.
    get(client, urls(site)["translation"], 404)


def test_moving_a_page_invalidates_paths_lists_and_navigation(client, site):
    warm(client, site, "list", "detail", "page", "find", "navigation")
    archive = factories.PolicyIndexPageFactory(
        parent=site["sections"]["policies"].get_parent(),
        title="Archive",
        slug="archive",
        show_in_menus=True,
    )
    policy = site["policy"]
    policy.move(archive, pos="last-child")
    new_path = "/en/archive/license-plate-readers/"
    assert get(client, urls(site)["detail"]).json()["path"] == new_path
    assert get(client, urls(site)["page"]).json()["path"] == new_path
    items = get(client, urls(site)["list"]).json()["items"]
    assert [item["path"] for item in items if item["id"] == policy.pk] == [new_path]
    # Wagtail records a redirect from the old path; find answers with it.
    moved = get(client, urls(site)["find"]).json()
    assert (moved["type"], moved["location"], moved["permanent"]) == (
        "redirect",
        new_path,
        True,
    )
    found = get(client, f"{API}/pages/find/?path={new_path}")
    assert found.json()["id"] == policy.pk
    assert menu(get(client, urls(site)["navigation"]))[policy.pk]["path"] == new_path


def test_moving_a_page_under_a_restricted_section_withholds_it(client, site):
    before = warm(client, site, "list", "detail", "page", "find", "navigation")
    private = factories.PolicyIndexPageFactory(
        parent=site["sections"]["policies"].get_parent(),
        title="Internal",
        slug="internal",
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    warm(client, site, "list", "detail")
    site["policy"].move(private, pos="last-child")
    for name in ("detail", "page"):
        get(client, urls(site)[name], 404)
    ids = [item["id"] for item in get(client, urls(site)["list"]).json()["items"]]
    assert site["policy"].pk not in ids
    assert before


def test_deleting_a_page_invalidates_everything_affected(client, site):
    before = warm(client, site, "list", "detail", "page", "find", "navigation")
    site["policy"].delete()
    assert_policy_gone(client, site, before)


@pytest.mark.parametrize("restriction_type", ["password", "login", "groups"])
def test_a_view_restriction_invalidates_everything_affected(
    client, site, restriction_type
):
    before = warm(
        client, site, "list", "detail", "translation", "page", "find", "navigation"
    )
    restriction = PageViewRestriction.objects.create(
        page=site["policy"], restriction_type=restriction_type, password="secret"
    )
    assert_policy_gone(client, site, before)
    get(client, urls(site)["translation"], 404)

    restriction.delete()
    assert get(client, urls(site)["detail"]).json()["id"] == site["policy"].pk
    assert get(client, urls(site)["translation"]).json()["id"] == site["policy_es"].pk


def test_restricting_a_section_withholds_its_cached_children(client, site):
    before = warm(client, site, "list", "detail", "page", "find", "navigation")
    PageViewRestriction.objects.create(
        page=site["sections"]["policies"], restriction_type="login"
    )
    assert_policy_gone(client, site, before)


# Snippets -------------------------------------------------------------------------


def test_saving_an_faq_invalidates_faqs_and_pages_embedding_it(
    client, site, django_assert_num_queries
):
    before = warm(client, site, "faqs", "faq", "detail", "faq_page", "list", "stories")
    faq = site["faq"]
    faq.question = "Who may search the plate data?"
    faq.save()
    assert faq.question in get(client, urls(site)["faqs"]).content.decode()
    assert get(client, urls(site)["faq"]).json()["question"] == faq.question
    body = get(client, urls(site)["detail"]).json()["body"]
    (block,) = [block for block in body if block["type"] == "faqs"]
    assert [item["question"] for item in block["value"]["faqs"]] == [faq.question]
    assert faq.question in get(client, urls(site)["faq_page"]).content.decode()
    # Listings of pages do not show FAQs: still served from cache.
    for name in ("list", "stories"):
        assert_cached(
            client, urls(site)[name], django_assert_num_queries, before[name]["ETag"]
        )


def test_publishing_an_faq_revision_invalidates_faqs(client, site):
    warm(client, site, "faqs", "faq", "detail", "faq_page")
    faq = site["faq"]
    faq.question = "How long is plate data kept?"
    faq.save_revision().publish()
    assert get(client, urls(site)["faq"]).json()["question"] == faq.question
    assert faq.question in get(client, urls(site)["detail"]).content.decode()
    assert faq.question in get(client, urls(site)["faq_page"]).content.decode()


def test_unpublishing_an_faq_removes_it_everywhere(client, site):
    warm(client, site, "faqs", "faq", "detail", "faq_page")
    site["faq"].unpublish()
    assert get(client, urls(site)["faqs"]).json()["count"] == 0
    get(client, urls(site)["faq"], 404)
    assert (
        site["faq"].question not in get(client, urls(site)["detail"]).content.decode()
    )
    faq_page = get(client, urls(site)["faq_page"]).content.decode()
    assert site["faq"].question not in faq_page


def test_publishing_a_technology_invalidates_the_registry_and_its_pages(
    client, site, django_assert_num_queries
):
    before = warm(
        client,
        site,
        "technologies",
        "technology",
        "detail",
        "transparency",
        "faqs",
        "stories",
    )
    technology = site["technology"]
    technology.name = "Automated license-plate readers"
    technology.save_revision().publish()
    for name in ("technologies", "technology", "detail", "transparency"):
        assert technology.name in get(client, urls(site)[name]).content.decode(), name
    for name in ("faqs", "stories"):
        assert_cached(
            client, urls(site)[name], django_assert_num_queries, before[name]["ETag"]
        )


def test_technology_export_follows_the_registry(client, site):
    url = f"{API}/technologies/export.csv"
    assert "License-plate readers" in get(client, url).content.decode()
    technology = site["technology"]
    technology.name = "Plate cameras"
    technology.save_revision().publish()
    assert "Plate cameras" in get(client, url).content.decode()


# Sites and locales -------------------------------------------------------------


@pytest.mark.parametrize("how", ["added", "renamed"])
def test_a_site_new_on_a_host_invalidates_responses_for_it(
    client, site, settings, request, how
):
    """A site added on a host, or renamed to it, takes over the responses the
    host had cached from the default site."""
    settings.ALLOWED_HOSTS = ["*"]
    hostname = "lakeside.example" if how == "added" else "harbor.example"
    if how == "renamed":
        lakeside = request.getfixturevalue("other_site")  # on lakeside.example
    host = {"HTTP_HOST": hostname}
    # Until it has a site of its own, an unknown host gets the default site.
    items = get(client, urls(site)["list"], **host).json()["items"]
    assert site["policy"].pk in [item["id"] for item in items]
    if how == "added":
        request.getfixturevalue("other_site")  # lakeside.example, with no policies
    else:
        lakeside.site.hostname = hostname
        lakeside.site.save()
    assert get(client, urls(site)["list"], **host).json()["items"] == []
    get(client, urls(site)["detail"], 404, **host)
    assert get(client, urls(site)["detail"]).json()["id"] == site["policy"].pk


def test_a_response_for_one_host_is_not_kept_for_the_host_it_forwards(
    client, site, other_site, settings
):
    """Behind a proxy that passes X-Forwarded-Host on, a client can name one
    site's host and forward another's: Wagtail picks the site by Host, file
    URLs follow the forwarded host. What one site's readers are given must
    never be what was built for the other."""
    settings.CMS_TRUSTED_PROXY_COUNT = 1
    settings.ALLOWED_HOSTS = ["localhost", "lakeside.example"]
    lakeside = page_maker(other_site.home, other_site.sections)(
        "policy", title="Lakeside jail phone monitoring"
    )
    mixed = {"HTTP_HOST": "lakeside.example", "HTTP_X_FORWARDED_HOST": "localhost"}
    items = get(client, urls(site)["list"], **mixed).json()["items"]
    assert [item["id"] for item in items] == [lakeside.pk]

    items = get(client, urls(site)["list"], HTTP_HOST="localhost").json()["items"]
    assert site["policy"].pk in [item["id"] for item in items]
    assert lakeside.pk not in [item["id"] for item in items]


def test_giving_a_site_another_root_withholds_the_old_roots_pages(
    client, site, other_site
):
    assert get(client, urls(site)["detail"]).json()["id"] == site["policy"].pk
    default = Site.objects.get(is_default_site=True)
    default.root_page = other_site.home
    default.save()
    get(client, urls(site)["detail"], 404)
    assert get(client, urls(site)["list"]).json()["items"] == []


def test_the_first_page_in_a_new_language_is_served(client, site, translate):
    # The site's roots in each language are cached; translating into a new
    # language adds one (an alias of the home page).
    get(client, f"{API}/policies/?locale=vi")
    vietnamese = translate(site["policy"], "vi", title="Dau doc bien so")
    items = get(client, f"{API}/policies/?locale=vi").json()["items"]
    assert [(item["id"], item["path"]) for item in items] == [
        (vietnamese.pk, "/vi/policies/license-plate-readers/")
    ]
    assert get(client, f"{API}/pages/{vietnamese.pk}/").json()["locale"] == "vi"


def test_removing_a_locale_updates_the_locales(client, site):
    codes = [locale["code"] for locale in get(client, urls(site)["locales"]).json()]
    assert "ar" in codes
    Locale.objects.get(language_code="ar").delete()
    codes = [locale["code"] for locale in get(client, urls(site)["locales"]).json()]
    assert "ar" not in codes


def test_adding_a_locale_updates_the_locales(client, site):
    Locale.objects.get(language_code="ar").delete()
    codes = [locale["code"] for locale in get(client, urls(site)["locales"]).json()]
    assert "ar" not in codes
    Locale.objects.create(language_code="ar")
    codes = [locale["code"] for locale in get(client, urls(site)["locales"]).json()]
    assert "ar" in codes


def test_a_value_that_found_nothing_is_kept_and_served_as_none(
    rf, site, django_assert_num_queries
):
    from plugins.headless import caching, scopes

    request = rf.get("/")

    def no_such_page():
        return Page.objects.filter(slug="no-such-page").first()

    def ask():
        return caching.cached_value(
            request, "test-nothing", [scopes.PATHS], no_such_page
        )

    with django_assert_num_queries(1):
        assert ask() is None
    with django_assert_num_queries(0):
        assert ask() is None
    # Kept like any value: a change of its scope asks the database again.
    caching.invalidate(scopes.PATHS)
    with django_assert_num_queries(1):
        assert ask() is None


def test_nothing_found_survives_the_shared_cache(
    rf, site, redis_cache, django_assert_num_queries
):
    # Redis pickles what it keeps: the sentinel must come back as itself.
    from plugins.headless import caching, scopes

    request = rf.get("/")
    timeout = caching.response_timeout(request)  # nothing in the world expires
    with django_assert_num_queries(0):
        assert caching.response_timeout(request) == timeout
    # Read back as "nothing there", not computed again (which would give []).
    expiry_scopes = [scopes.PATHS, scopes.SNIPPETS]
    assert caching.cached_value(request, "next-expiry", expiry_scopes, list) is None


def test_a_cached_page_is_withheld_once_it_expires(client, site):
    # No signal fires when expire_at passes (until the scheduled job runs), so
    # a cached response must not outlive the expiry of a page it shows.
    from wagtail.models import Page

    soon = timezone.now() + timedelta(hours=1)
    Page.objects.filter(pk=site["policy"].pk).update(expire_at=soon)
    get(client, urls(site)["detail"])
    get(client, urls(site)["list"])
    later = timezone.now() + timedelta(hours=2)
    # Two hours later, for the database filter and for the cache's clock.
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("time.time", return_value=later.timestamp()),
    ):
        get(client, urls(site)["detail"], 404)
        items = get(client, urls(site)["list"]).json()["items"]
        assert site["policy"].pk not in [item["id"] for item in items]


def test_a_process_value_is_held_per_host_unless_it_is_shared(rf, settings):
    """Search's facts differ by site and are held per host; what the search
    index's rows stand for is the same for every site and held once."""
    from plugins.headless import caching, scopes

    settings.ALLOWED_HOSTS = ["localhost", "other"]
    here, there = rf.get("/", HTTP_HOST="localhost"), rf.get("/", HTTP_HOST="other")
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    search = [scopes.SEARCH]
    for request in (here, there, here):
        caching.process_value(request, "test-per-host", search, compute)
    assert len(computed) == 2
    computed.clear()
    shared = [
        caching.process_value(r, "test-shared", search, compute, per_host=False)
        for r in (here, there, here)
    ]
    assert shared == [1, 1, 1]
    caching.invalidate(scopes.SEARCH)
    assert (
        caching.process_value(here, "test-shared", search, compute, per_host=False) == 2
    )


# What a client can make the cache hold --------------------------------------------

SLOTS = 8
BURST = 30


def junk_requests(site):
    """Distinct requests an anonymous client can make up without end."""
    for i in range(BURST):
        yield f"{API}/policies/?offset={500_000 + i}"  # past the end
        yield f"{API}/policies/?tag=nothing-{i}"  # a filter that matches nothing
        yield f"{API}/policies/?junk{i}=1"  # a parameter the schema does not know
        yield f"{API}/policies/{2_000_000 + i}/"  # an id that does not exist
        yield f"{API}/pages/{2_000_000 + i}/"
        yield f"{API}/pages/find/?path=/en/nowhere-{i}/"  # a path that does not exist
        yield f"{API}/search/?q=zzyzx{i}"  # a search that finds nothing
        yield f"{API}/search/suggest/?q=zzyzx{i}"


def windows_with_content(site):
    """Distinct requests that each find something: pages of lists, searches
    (each with a limit other than the default, 20)."""
    for i in range(21, 21 + BURST):
        yield f"{API}/policies/?limit={i}"
        yield f"{API}/faqs/?limit={i}&locale=en"
        yield f"{API}/search/?q=readers&limit={i}"


def test_a_burst_of_distinct_requests_holds_a_bounded_number_of_entries(
    client, site, redis_cache, settings, django_assert_num_queries
):
    from plugins.headless import caching, scopes

    settings.CMS_API_CACHE_SLOTS = SLOTS
    normal = [urls(site)[name] for name in CACHED_URLS]
    for url in normal:
        get(client, url)
    get(client, f"{API}/search/?q=readers")  # search's facts, held per process
    before = redis_cache.own_keys()

    for url in junk_requests(site):
        assert client.get(url).status_code in (200, 400, 404), url
    # Misses keep nothing: no response, no page's scope token, no resolved
    # path; at most the token of one of the fixed few scopes they read under.
    fixed = [word for name, word in vars(scopes).items() if name.isupper()]
    assert redis_cache.own_keys() - before <= set(caching.token_keys(fixed))
    before = redis_cache.own_keys()

    for url in windows_with_content(site):
        response = get(client, url)
        assert response.json()["items"], url
    added = redis_cache.own_keys() - before
    assert added, "pages of lists and searches are cached too"
    assert all(key.startswith("cms-api:slot:") for key in added), added
    assert len(added) <= SLOTS

    # The pages every visitor asks for kept their own entries throughout.
    for url in normal:
        with django_assert_num_queries(0):
            get(client, url)


def miss_queries(client, word):
    """How many queries a search for ``word``, which finds nothing, costs."""
    with CaptureQueriesContext(connection) as context:
        response = get(client, f"{API}/search/?q={word}")
    assert response.json()["items"] == []
    return len(context.captured_queries)


def test_a_miss_on_a_cold_cache_keeps_the_site_lookups_it_made(
    client, site, redis_cache
):
    # On a warm cache (a search found something), a miss reads only the
    # search itself: the site's lookups come from the cache.
    get(client, f"{API}/search/?q=readers")
    miss_queries(client, "zzyzx")
    warm = miss_queries(client, "zzqzz")
    # On a cold cache, the first miss looks the site up and keeps what it
    # found: the next one costs what a miss costs on a warm cache.
    redis_cache.clear()
    cold = miss_queries(client, "qqxqq")
    assert cold > warm
    assert miss_queries(client, "vvxvv") == warm


def test_every_spelling_of_a_request_is_one_entry(
    client, site, django_assert_num_queries
):
    get(client, f"{API}/policies/?locale=en")
    for spelling in (
        "locale=en&fallback=true",
        "fallback=1&locale=en",
        "locale=en&limit=20&offset=0",
        "limit=020&locale=en",
    ):
        with django_assert_num_queries(0):
            get(client, f"{API}/policies/?{spelling}")
    get(client, f"{API}/pages/find/?path={POLICY_PATH}")
    for path in (POLICY_PATH.rstrip("/"), POLICY_PATH.replace("/", "//")):
        with django_assert_num_queries(0):
            response = get(client, f"{API}/pages/find/?path={path}")
        assert response.json()["id"] == site["policy"].pk


def test_a_page_reached_by_type_id_or_path_is_one_entry(
    client, site, redis_cache, settings
):
    policy = site["policy"]
    get(client, f"{API}/policies/{policy.pk}/")
    responses = {key for key in redis_cache.own_keys() if "response" in key}
    get(client, f"{API}/pages/{policy.pk}/")
    get(client, f"{API}/pages/find/?path={POLICY_PATH}")
    after = {key for key in redis_cache.own_keys() if "response" in key}
    assert after == responses


def test_a_miss_is_not_kept_but_answers_conditional_requests(client, site):
    url = f"{API}/policies/?tag=nothing-like-it"
    first = get(client, url)
    assert first.json() == {"count": 0, "items": []}
    with CaptureQueriesContext(connection) as queries:
        again = get(client, url)
    assert queries, "an empty window is answered from the database each time"
    assert again["ETag"] == first["ETag"]
    get(client, url, 304, HTTP_IF_NONE_MATCH=first["ETag"])


def test_an_uncached_detail_reads_the_shared_cache_in_four_round_trips(
    client, site, redis_cache, monkeypatch
):
    # Its own entry; then, on a miss, every value building it reads (site
    # roots, restricted pages, locales, official languages, next expiry)
    # with their scopes' tokens; its images' renditions; and storing it.
    from django.core.cache import caches

    from plugins.headless import caching

    get(client, urls(site)["detail"])
    caching.forget_responses()
    calls = cache_calls(caches["default"], monkeypatch)
    get(client, urls(site)["detail"])
    assert calls == ["get_many", "get_many", "get_many", "set"]
    calls.clear()
    get(client, urls(site)["detail"])
    assert calls == ["get_many"]


def test_a_request_reads_values_ahead_once_and_agrees_with_its_writes(
    rf, site, redis_cache, monkeypatch
):
    from django.core.cache import caches

    from plugins.headless import caching, scopes

    value = caching.CachedValue("test-read-ahead", (scopes.PATHS,))
    caching.scope_tokens([scopes.GLOBAL, scopes.PATHS])  # as any request makes
    request = rf.get("/")
    caching.read_ahead(request, [value])
    calls = cache_calls(caches["default"], monkeypatch)
    assert value.get(request, lambda: "computed") == "computed"
    # Read ahead, not there yet: computed and stored once.
    assert calls == ["set"]
    assert value.get(request, lambda: "again") == "computed"
    assert calls == ["set"]
    # Another request finds it in one round trip, and computes nothing.
    assert value.get(rf.get("/"), lambda: "again") == "computed"
    assert calls == ["set", "get_many"]
    # Once its scope changes, the next request's read ahead misses it.
    caching.invalidate(scopes.PATHS)
    later = rf.get("/")
    caching.read_ahead(later, [value])
    assert value.get(later, lambda: "changed") == "changed"


def test_with_the_shared_cache_down_a_response_is_built_from_computed_values(
    client, site, settings
):
    # Nothing read ahead: every value is computed, and the response served.
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache_backend.DegradingRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",
        }
    }
    body = get(client, urls(site)["detail"]).json()
    assert body["title"] == "License-plate readers"
    assert body["authoritative_locale"] == "en"
