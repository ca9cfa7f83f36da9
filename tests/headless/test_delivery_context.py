"""The delivery context loads a detail's translations and links explicitly, in
one query, and representation reads them without another."""

import re

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import expand_db_html

from plugins.headless.api import IMAGE_FIELDS
from plugins.headless.context import delivery_context
from plugins.headless.representation import stream_leaves
from plugins.headless.rich_text import links_checked_by
from plugins.headless.visibility import for_request


def paragraph_of(policy):
    return next(block.value for block in policy.body if block.block_type == "paragraph")


def test_a_loaded_detail_reads_translations_and_links_with_no_query(
    rf, policy, translate, section_indexes, django_assert_num_queries
):
    spanish = translate(policy, "es", title="Lectores de matrículas")
    request = rf.get("/", HTTP_HOST="localhost")
    with links_checked_by(for_request(request)) as links:
        context = delivery_context(request)
        assert context.links is links
        leaves = list(stream_leaves(policy.body))
        # The site's lookups (locales, roots, restrictions) are read once
        # per request, apart.
        context.locale_codes  # noqa: B018
        assert context.visible_pages.allows(policy)
        # Translations and linked pages together; tags. The renditions are
        # in Wagtail's rendition cache since the policy's images were shown.
        with django_assert_num_queries(2), translation.override("en"):
            context.load_detail(policy, leaves)
        with django_assert_num_queries(0), translation.override("en"):
            translations = context.available_translations(policy)
            html = expand_db_html(paragraph_of(policy).source)
    assert [(t["locale"], t["id"]) for t in translations] == [("es", spanish.pk)]
    assert f'<a href="{section_indexes["policies"].url}">the index</a>' in html
    index = section_indexes["policies"]
    assert list(links.resolved) == [("en", str(index.pk))]
    assert links.resolved["en", str(index.pk)].pk == index.pk


def test_renditions_the_cache_lacks_are_loaded_in_one_query(
    rf, policy, django_assert_num_queries
):
    cache.clear()
    request = rf.get("/", HTTP_HOST="localhost")

    def context_for(page):
        context = delivery_context(request)
        # The site's lookups (locales, roots, restrictions), apart.
        context.locale_codes  # noqa: B018
        assert context.visible_pages.allows(page)
        return context, list(stream_leaves(page.body))

    context, leaves = context_for(policy)
    # Renditions; translations and linked pages together; tags.
    with django_assert_num_queries(3), translation.override("en"):
        context.load_detail(policy, leaves)
    # Cached by the first: the next response reads none.
    again = type(policy).objects.select_related(*IMAGE_FIELDS).get(pk=policy.pk)
    context, leaves = context_for(again)
    with django_assert_num_queries(2), translation.override("en"):
        context.load_detail(again, leaves)


def test_a_link_to_a_withheld_page_is_loaded_as_leading_nowhere(
    rf, policy, section_indexes
):
    index = section_indexes["policies"]
    index.unpublish()
    request = rf.get("/", HTTP_HOST="localhost")
    with links_checked_by(for_request(request)) as links:
        context = delivery_context(request)
        with translation.override("en"):
            context.load_detail(policy, list(stream_leaves(policy.body)))
            html = expand_db_html(paragraph_of(policy).source)
    assert links.resolved == {("en", str(index.pk)): None}
    assert "<a>the index</a>" in html


def test_outside_a_request_the_context_keeps_links_of_its_own(rf, policy):
    request = rf.get("/", HTTP_HOST="localhost")
    context = delivery_context(request)
    with translation.override("en"):
        context.load_detail(policy, list(stream_leaves(policy.body)))
    assert context.links.visibility is for_request(request)
    assert len(context.links.resolved) == 1


def test_the_restricted_pages_are_read_once_per_request(
    rf, policy, django_assert_num_queries
):
    """``allows`` and the queryset filter share one read of the restricted
    pages, and each filtered query lists them rather than nesting a
    subquery that tests every restricted path again."""
    PageViewRestriction.objects.create(
        page=policy, restriction_type=PageViewRestriction.LOGIN
    )
    cache.clear()
    visibility = for_request(rf.get("/", HTTP_HOST="localhost"))
    visibility.root_paths  # noqa: B018 - the site's roots, apart
    visibility.restricted_paths  # noqa: B018
    with django_assert_num_queries(1):
        assert not visibility.allows(policy)
        visible = visibility(Page.objects.all())
    with CaptureQueriesContext(connection) as queries:
        assert policy.pk not in {page.pk for page in visible}
    assert queries[0]["sql"].upper().count("SELECT") == 1, queries[0]["sql"]


def test_a_detail_reads_its_translations_and_links_by_one_key_lookup(
    client, policy, translate, section_indexes
):
    """The page's own translations and its links' pages are looked up by
    translation key in one ``IN`` over one subquery. OR-ing the page's own
    key to the links' subquery made PostgreSQL read the whole page table on
    every detail with a link (2-4 ms of a detail's 9 at 10,000 pages, and
    growing with the site), where the ``IN`` alone reads the (translation
    key, locale) index."""
    translate(policy, "es", title="Lectores de matrículas")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/api/v1/policies/{policy.pk}/")
    assert response.status_code == 200
    rows = [q["sql"] for q in queries if '"translation_key" IN (SELECT' in q["sql"]]
    assert len(rows) == 1, [q["sql"] for q in queries]
    assert " OR " not in rows[0].upper()
    detail = response.json()
    assert [t["locale"] for t in detail["available_translations"]] == ["es"]
    # The link to the section resolved from the same rows.
    paragraph = next(b["value"] for b in detail["body"] if b["type"] == "paragraph")
    assert re.search(r'<a href="[^"]+">the index</a>', paragraph), paragraph
