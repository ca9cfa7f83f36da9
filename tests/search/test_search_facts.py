"""Search follows every change to what it may find, after it has answered once.

The database backends count, facet and filter matches by what search knows of
every page and snippet (``plugins.search.facts``), read once per change. Each
test searches first, so that those facts are held, then changes the site one
way and searches again, on every backend.

The site's content (``build_site_content``) is built once for the module, in a
transaction rolled back at the end; each test's change is rolled back with the
test, and each test reads the content afresh.
"""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from plugins.headless import caching
from tests import factories
from tests.headless.conftest import fresh, module_world
from tests.search.conftest import build_site_world, facet, ids_of, publish, search

world = module_world(build_site_world)


@pytest.fixture
def indexed(db, world, search_index):
    """The world's content, read afresh, and in the index searched."""
    search_index.refresh()
    return fresh(world)


def search_again(client, search_index, query="license plate", **params):
    """Search after a change: the index brought up to date, and the response
    cache dropped, so that only what search knows decides."""
    search_index.refresh()
    caching.forget_responses()
    status, data = search(client, query, **params)
    assert status == 200, data
    return data


def test_a_search_reads_its_facts_once_per_change(client, indexed, search_index):
    if search_index.is_elasticsearch:
        pytest.skip("Elasticsearch counts in the cluster")

    def publish_tip(title):
        return publish(
            factories.TipPageFactory(
                parent=indexed["tip"].get_parent(),
                title=title,
                summary="Thieves steal license plates to hide stolen cars.",
            )
        )

    # The site's cached lookups warm, by a search that finds something: a
    # miss drops the cache tokens it made, so what it cached would not last.
    search(client, "packages")
    theft = publish_tip("License plate theft")
    with CaptureQueriesContext(connection) as first:
        data = search_again(client, search_index)
    assert theft.pk in ids_of(data, "tip")
    with CaptureQueriesContext(connection) as second:
        assert search_again(client, search_index) == data
    assert len(second) < len(first)

    screws = publish_tip("License plate screws")
    with CaptureQueriesContext(connection) as third:
        data = search_again(client, search_index)
    assert len(third) == len(first)
    assert {theft.pk, screws.pk} <= set(ids_of(data, "tip"))


def test_an_unpublished_page_leaves_the_counts(client, indexed, search_index):
    story = indexed["story"]
    before = search_again(client, search_index, "plate")
    assert story.pk in ids_of(before, "story")
    story.unpublish()
    after = search_again(client, search_index, "plate")
    assert story.pk not in ids_of(after)
    assert after["count"] == before["count"] - 1
    assert "story" not in facet(after, "type")
    assert facet(after, "tag")["alpr"] == facet(before, "tag")["alpr"] - 1


def test_a_page_made_private_leaves_the_counts(client, indexed, search_index):
    before = search_again(client, search_index, locale="en")
    PageViewRestriction.objects.create(
        page=indexed["policy"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="s3cret",
    )
    after = search_again(client, search_index, locale="en")
    assert indexed["policy"].pk not in ids_of(after)
    assert after["count"] == before["count"] - 1
    # Its translation shares the restriction.
    everywhere = search_again(client, search_index)
    assert "es" not in facet(everywhere, "locale")


def test_a_page_leaves_the_counts_when_its_expiry_passes(
    client, indexed, search_index, monkeypatch
):
    policy = indexed["policy"]
    policy.expire_at = timezone.now() + timedelta(hours=1)
    publish(policy)
    before = search_again(client, search_index)
    assert policy.pk in ids_of(before)

    # No signal fires when an expiry passes: only the clock moves.
    later = timezone.now() + timedelta(hours=2)
    monkeypatch.setattr(timezone, "now", lambda: later)
    after = search_again(client, search_index)
    assert policy.pk not in ids_of(after)
    assert after["count"] == before["count"] - 1
    assert facet(after, "tag")["alpr"] == facet(before, "tag")["alpr"] - 1


def test_an_unpublished_faq_leaves_the_counts(client, indexed, search_index):
    before = search_again(client, search_index)
    assert facet(before, "type")["faq"] == 1
    indexed["faq"].unpublish()
    after = search_again(client, search_index)
    assert "faq" not in facet(after, "type")
    assert after["count"] == before["count"] - 1


def test_a_republished_page_is_counted_under_its_new_tags(
    client, indexed, search_index
):
    tags_before = facet(search_again(client, search_index), "tag")
    before = search_again(client, search_index, tag="cameras")
    assert indexed["policy"].pk not in ids_of(before)
    policy = indexed["policy"]
    policy.tags.set(["cameras"])
    publish(policy)
    after = search_again(client, search_index, tag="cameras")
    assert indexed["policy"].pk in ids_of(after)
    assert after["count"] == before["count"] + 1
    item = next(item for item in after["items"] if item["id"] == policy.pk)
    assert item["tags"] == ["cameras"]
    tags_after = facet(search_again(client, search_index), "tag")
    assert tags_after["privacy"] == tags_before["privacy"] - 1


def drop_index_entry(search_index, page):
    """Remove ``page`` from the database index behind search's back: no
    signal, nothing invalidated. (Elasticsearch keeps its own index.)"""
    if search_index.is_elasticsearch:
        pytest.skip("the database index is the one search reads here")
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.filter(object_id=str(page.pk)).delete()


def test_a_page_indexed_after_search_read_its_index_entries_is_found(
    client, indexed, search_index
):
    """What each full-text row stands for is held between searches (on
    SQLite); a row added since is read when it first matches."""
    from wagtail.search import index

    policy = indexed["policy"]
    drop_index_entry(search_index, policy)
    assert policy.pk not in ids_of(search_again(client, search_index))
    # Indexed again the way a background index task does it: no publish
    # signal, so nothing search holds is invalidated.
    index.insert_or_update_object(policy.specific)
    with CaptureQueriesContext(connection) as queries:
        found = search_again(client, search_index)
    assert policy.pk in ids_of(found)
    if connection.vendor == "sqlite":
        entry_reads = [
            query["sql"]
            for query in queries
            if 'FROM "wagtailsearch_indexentry" WHERE' in query["sql"]
        ]
        assert len(entry_reads) == 1, entry_reads
        # Learned once: the next search reads no index entry.
        with CaptureQueriesContext(connection) as again:
            assert ids_of(search_again(client, search_index)) == ids_of(found)
        assert not any('FROM "wagtailsearch_indexentry"' in q["sql"] for q in again)


def test_update_index_drops_what_search_holds(client, indexed, search_index):
    """A rebuild sends no signal: ``update_index`` invalidates the cached
    search responses and what search holds itself."""
    from django.core.management import call_command

    policy = indexed["policy"]
    drop_index_entry(search_index, policy)
    status, before = search(client, "license plate")
    assert status == 200
    assert policy.pk not in ids_of(before)
    call_command("update_index", verbosity=0)
    search_index.refresh()
    status, after = search(client, "license plate")  # the cache is not cleared
    assert policy.pk in ids_of(after)
    assert after["count"] == before["count"] + 1


def test_an_index_rebuilt_behind_search_is_read_whole(
    client, indexed, search_index, monkeypatch
):
    """When many matching rows are new to search (the index was emptied and
    rebuilt behind its back: every entry has a new id), it reads every entry
    at once rather than naming thousands of ids in one query."""
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite holds what its full-text rows stand for")
    from django.core.management import call_command
    from modelsearch.management.commands.rebuild_modelsearch_index import (
        Command as StockRebuild,
    )
    from wagtail.search.models import IndexEntry

    from plugins.search.backends.database import sqlite

    before = search_again(client, search_index)
    old_ids = set(IndexEntry.objects.values_list("pk", flat=True))
    IndexEntry.objects.all().delete()
    # Wagtail's rebuild without our update_index: nothing is invalidated.
    call_command(StockRebuild(), verbosity=0)
    assert not old_ids & set(IndexEntry.objects.values_list("pk", flat=True))
    monkeypatch.setattr(sqlite, "UNKNOWN_ROWS_BY_ID", 0)
    with CaptureQueriesContext(connection) as queries:
        after = search_again(client, search_index)
    assert ids_of(after) == ids_of(before)
    assert after["count"] == before["count"]
    entry_reads = [
        query["sql"]
        for query in queries
        if query["sql"].startswith('SELECT "wagtailsearch_indexentry"."id"')
    ]
    assert len(entry_reads) == 1
    assert " IN (" not in entry_reads[0]
