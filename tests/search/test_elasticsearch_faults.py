"""Elasticsearch down: publishing still works, the update is logged and
retried, and the search API answers 503.

"Down" is a real cluster URL on a loopback port nothing listens on: the real
client really fails to connect. Nothing is mocked.
"""

import logging
import socket
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.environment import search_backends
from plugins.search.indexing import sync_search_document
from tests import factories


def closed_port_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def cluster_down(settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {"ELASTICSEARCH_URL": closed_port_url(), "ELASTICSEARCH_TIMEOUT": "2"}
    )
    settings.CMS_SEARCH_RETRY_BACKOFF_SECONDS = 30
    settings.CMS_SEARCH_RETRY_MAX_ATTEMPTS = 3
    caplog.set_level(logging.INFO, logger="plugins.search")
    return caplog


def retries():
    return list(
        DBTaskResult.objects.filter(
            task_path="plugins.search.indexing.sync_search_document"
        ).order_by("enqueued_at")
    )


def warnings_about(caplog, text):
    return [
        record
        for record in caplog.records
        if record.name.startswith("plugins.search") and text in record.getMessage()
    ]


@pytest.mark.django_db(transaction=True)
def test_publish_works_and_the_update_is_queued_for_retry(
    cluster_down, section_indexes
):
    DBTaskResult.objects.all().delete()
    started = timezone.now()
    with transaction.atomic():  # as an editor's request saves and publishes
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], title="License-plate readers"
        )
        policy.title = "License-plate readers (ALPR)"
        policy.save_revision().publish()  # does not raise
    policy.refresh_from_db()
    assert policy.live

    label = f"trust_policies.policypage {policy.pk}"
    logged = warnings_about(cluster_down, label)
    # Several saves in one transaction: one update, attempted after the commit.
    assert len(logged) == 1
    assert "is unavailable" in logged[0].getMessage()
    assert f"{label} not indexed (attempt 1)" in logged[0].getMessage()
    [retry] = retries()
    assert retry.backend_name == "background"
    assert retry.queue_name == "search"
    assert retry.args_kwargs["args"] == ["trust_policies.policypage", str(policy.pk), 2]
    delay = (retry.run_after - started).total_seconds()
    assert 29 <= delay <= 35


@pytest.mark.django_db(transaction=True)
def test_retries_back_off_then_give_up(cluster_down, section_indexes):
    DBTaskResult.objects.all().delete()
    faq = factories.FAQFactory(question="Who sees plate data?", live=True)
    label, object_id = "trust_faqs.faq", str(faq.pk)
    assert len(retries()) == 1  # the snippet's save was deferred and failed

    before = timezone.now()
    sync_search_document.call(label, object_id, 2)
    second = retries()[-1]
    assert second.args_kwargs["args"] == [label, object_id, 3]
    assert timedelta(seconds=59) <= second.run_after - before <= timedelta(seconds=65)

    sync_search_document.call(label, object_id, 3)
    assert len(retries()) == 2  # no fourth attempt
    assert warnings_about(cluster_down, "Gave up indexing trust_faqs.faq")
    assert "make reindex" in warnings_about(cluster_down, "Gave up")[0].getMessage()


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_retries(cluster_down, section_indexes, settings):
    settings.CMS_SEARCH_RETRY_BACKOFF_SECONDS = 0
    DBTaskResult.objects.all().delete()
    factories.TechnologyFactory(name="Drones", live=True)
    call_command(
        "db_worker",
        "--backend=background",
        "--queue-name=webhooks,search",
        "--batch",
        "--interval=0",
        verbosity=0,
    )
    results = retries()
    # Attempt 1 on save, then 2 and 3 by the worker: three tries in all.
    assert [result.args_kwargs["args"][2] for result in results] == [2, 3]
    assert {result.status for result in results} == {"SUCCESSFUL"}
    assert warnings_about(cluster_down, "Gave up indexing trust_transparency")


@pytest.mark.django_db(transaction=True)
def test_rolled_back_publish_reaches_no_index(cluster_down, section_indexes):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    cluster_down.clear()
    DBTaskResult.objects.all().delete()
    with pytest.raises(RuntimeError), transaction.atomic():
        policy.title = "Never published"
        policy.save_revision().publish()
        raise RuntimeError("the editor's save failed")
    assert not warnings_about(cluster_down, "unavailable")
    assert retries() == []


@pytest.mark.django_db(transaction=True)
def test_without_a_retry_queue_the_failure_is_still_logged(
    cluster_down, section_indexes, settings
):
    settings.CMS_SEARCH_TASK_BACKEND = "not-configured"
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.save_revision().publish()
    assert warnings_about(cluster_down, "Cannot queue a retry")
    policy.refresh_from_db()
    assert policy.live


def test_search_api_answers_503_while_down(client, cluster_down, section_indexes):
    for url in ("/api/v1/search/?q=plate", "/api/v1/search/suggest/?q=pla"):
        for _attempt in range(2):  # never cached
            response = client.get(url)
            assert response.status_code == 503, response.content
            assert response["Content-Type"] == "application/problem+json"
            assert response["Retry-After"] == "30"
            assert response["Cache-Control"] == "no-store"
            problem = response.json()
            assert problem["status"] == 503
            assert problem["detail"] == (
                "Search is temporarily unavailable. Try again shortly."
            )
    assert warnings_about(cluster_down, "Search is unavailable")
    # The rest of the API does not depend on the cluster.
    assert client.get("/api/v1/policies/").status_code == 200
