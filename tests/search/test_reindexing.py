"""A change of the text analysis is a migration of the index
(``plugins.search.reindexing``): migrate rebuilds an index built with another
analysis, and each rebuild records the analysis it used."""

import threading

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from wagtail.search import index
from wagtail.search.models import IndexEntry

from plugins.search import languages, reindexing
from plugins.search.models import IndexAnalysis
from tests import factories
from tests.search.conftest import needs_postgres, search, translate


@pytest.fixture
def vietnamese_policy(section_indexes, locales):
    english = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="License-plate readers"
    )
    english.save_revision().publish()
    return translate(english, locales["vi"], title="Máy đọc biển số xe")


def indexed_title(page):
    content_type = ContentType.objects.get_for_model(type(page))
    entry = IndexEntry.objects.get(
        content_type_id=content_type.pk, object_id=str(page.pk)
    )
    return entry.title if isinstance(entry.title, str) else str(entry.title)


def test_update_index_records_the_analysis(vietnamese_policy):
    call_command("update_index", verbosity=0)
    assert dict(IndexAnalysis.objects.values_list("backend", "fingerprint")) == {
        "default": reindexing.current_fingerprint()
    }
    # Nothing changed since: nothing to rebuild.
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == []


def test_migrate_rebuilds_an_index_built_with_another_analysis(
    vietnamese_policy, client, monkeypatch
):
    # The index as an older analysis built it: Vietnamese not folded.
    monkeypatch.setitem(
        languages.LANGUAGES, "vi", languages.Language(elasticsearch="trust_folded")
    )
    call_command("update_index", verbosity=0)
    assert "bien" not in indexed_title(vietnamese_policy)
    _status, data = search(client, "bien", locale="vi")
    assert data["count"] == 0, data["items"]
    monkeypatch.undo()

    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")

    assert "bien" in indexed_title(vietnamese_policy)
    assert IndexAnalysis.objects.get(backend="default").fingerprint == (
        reindexing.current_fingerprint()
    )
    _status, data = search(client, "bien", locale="vi")
    assert [item["id"] for item in data["items"]] == [vietnamese_policy.pk]


def test_an_empty_index_is_recorded_without_a_rebuild(db):
    IndexAnalysis.objects.all().delete()
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == []
    assert IndexAnalysis.objects.get(backend="default").fingerprint == (
        reindexing.current_fingerprint()
    )


def test_content_indexed_before_any_record_is_rebuilt(vietnamese_policy):
    IndexAnalysis.objects.all().delete()
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == ["default"]
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == []


def test_new_entries_get_their_title_weight(vietnamese_policy):
    """The analysing index runs modelsearch's title-weight refresh (a private
    method, called from one place): a new entry's weight is no longer the
    placeholder 1.0 unless its title is exactly of average length."""
    content_type = ContentType.objects.get_for_model(type(vietnamese_policy))
    norms = set(
        IndexEntry.objects.filter(content_type_id=content_type.pk).values_list(
            "title_norm", flat=True
        )
    )
    assert norms and norms != {1.0}


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_search_answers_from_the_old_index_during_a_rebuild(
    client, vietnamese_policy, monkeypatch
):
    """The analysis changed (Vietnamese folded now, not before) and
    update_index runs in another thread, held in the middle of its
    transaction: a search meanwhile answers from the old index, and from the
    new one once it commits. (PostgreSQL only: the SQLite test database lives
    in memory, where a writer locks its tables; on disk the settings turn on
    WAL, where readers never wait for a writer.)"""
    from plugins.search.backends.database.postgres import LocalizedPostgresIndex

    with monkeypatch.context() as older:
        older.setitem(
            languages.LANGUAGES, "vi", languages.Language(elasticsearch="trust_folded")
        )
        call_command("update_index", verbosity=0)

    written, resume = threading.Event(), threading.Event()
    add_items = LocalizedPostgresIndex.add_items

    def add_items_then_wait(index, model, objs):
        add_items(index, model, objs)
        if not written.is_set():
            written.set()
            resume.wait(timeout=30)

    monkeypatch.setattr(LocalizedPostgresIndex, "add_items", add_items_then_wait)
    failures = []

    def rebuild():
        try:
            call_command("update_index", verbosity=0)
        except Exception as error:  # noqa: BLE001 (reported below)
            failures.append(error)
        finally:
            written.set()
            connection.close()

    def found(query):
        status, data = search(client, query, locale="vi")
        assert status == 200
        return [item["id"] for item in data["items"]]

    thread = threading.Thread(target=rebuild)
    thread.start()
    try:
        assert written.wait(timeout=30)
        # The old index answers: "xe" as it was written, "bien" not folded yet.
        assert found("xe") == [vietnamese_policy.pk]
        assert found("bien") == []
    finally:
        resume.set()
        thread.join(timeout=60)
    assert not failures
    assert found("bien") == [vietnamese_policy.pk]


def test_a_filter_added_to_a_model_rebuilds_the_index(vietnamese_policy, monkeypatch):
    """An index built before a model gave it a filter lacks it (Elasticsearch
    could not filter on it): migrate rebuilds it."""
    from plugins.faqs.models import FAQ

    call_command("update_index", verbosity=0)
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == []
    monkeypatch.setattr(
        FAQ, "search_fields", [*FAQ.search_fields, index.FilterField("sort_order")]
    )
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == ["default"]
    assert reindexing.reindex_if_analysis_changed(verbosity=0) == []
