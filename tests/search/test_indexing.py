"""Pages and snippets are indexed when published, through Wagtail's task."""

from io import StringIO

import pytest
from django.core.management import call_command
from django_tasks.signals import task_enqueued

from tests import factories, search_updates
from tests.search.conftest import ids_of, publish, search

INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


@pytest.fixture
def enqueued():
    tasks = []

    def record(sender, task_result, **kwargs):
        tasks.append((task_result.task.module_path, task_result.args))

    task_enqueued.connect(record)
    yield tasks
    task_enqueued.disconnect(record)


def test_publishing_enqueues_the_index_task(client, section_indexes, enqueued):
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Drones", live=False
    )
    enqueued.clear()
    publish(policy)
    assert (INDEX_TASK, ["trust_policies", "policypage", str(policy.pk)]) in enqueued
    _status, data = search(client, "drones")
    assert ids_of(data) == [policy.pk]


def test_no_index_task_when_no_backend_updates_on_save(
    client, section_indexes, enqueued, settings
):
    """With ``AUTO_UPDATE: False`` on every backend (indexing left to `make
    reindex`), a publish enqueues no task that would only read the page."""
    settings.WAGTAILSEARCH_BACKENDS = search_updates.backends(update_on_save=False)
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Drones", live=False
    )
    publish(policy)
    assert [task for task, _args in enqueued if task == INDEX_TASK] == []
    assert search(client, "drones")[1]["count"] == 0
    call_command("update_index", verbosity=0)
    _status, data = search(client, "drones")
    assert ids_of(data) == [policy.pk]


def test_unpublished_and_deleted_pages_leave_the_results(client, section_indexes):
    kept, unpublished, deleted = (
        publish(
            factories.PolicyPageFactory(
                parent=section_indexes["policies"], title=f"Drone policy {n}"
            )
        )
        for n in range(3)
    )
    assert search(client, "drone")[1]["count"] == 3
    unpublished.unpublish()
    deleted.delete()
    _status, data = search(client, "drone")
    assert ids_of(data) == [kept.pk]


def test_snippets_are_indexed_on_publish(client, locales, enqueued):
    faq = factories.FAQFactory(
        question="Can I share a tip anonymously?", live=False, locale=locales["en"]
    )
    assert search(client, "anonymously")[1]["count"] == 0
    enqueued.clear()
    faq.save_revision().publish()
    assert (INDEX_TASK, ["trust_faqs", "faq", str(faq.pk)]) in enqueued
    _status, data = search(client, "anonymously")
    assert ids_of(data, "faq") == [faq.pk]
    faq.refresh_from_db()
    faq.unpublish()
    assert search(client, "anonymously")[1]["count"] == 0


def test_republished_changes_replace_the_old_text(client, section_indexes):
    policy = publish(
        factories.PolicyPageFactory(
            parent=section_indexes["policies"], title="Camera registry"
        )
    )
    policy.title = "Voluntary camera registry"
    publish(policy)
    _status, data = search(client, "voluntary")
    assert ids_of(data) == [policy.pk]


def test_reindex_rebuilds_with_progress(site_content):
    out = StringIO()
    call_command("update_index", stdout=out)
    output = out.getvalue()
    assert "Updating backend: default" in output
    assert "trust_policies.PolicyPage" in output
    assert "." in output  # a dot per chunk
    assert "indexed" in output


def test_makefile_has_reindex_target():
    from pathlib import Path

    from django.conf import settings

    makefile = (Path(settings.BASE_DIR) / "Makefile").read_text()
    assert "reindex: install\n\t$(MANAGE) update_index" in makefile
    assert "$(BENCH_ENV) $(MANAGE) bench_search" in makefile
