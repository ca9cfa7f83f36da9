"""/healthz and /readyz: per-check JSON, the right status, no redirect, no cache.

Each readiness check is shown failing for real: a migration recorded as not
applied, a search cluster that refuses connections, a queue past its warning
depth. The cache's failure is in test_deploy_cache.py; an unreachable database
in test_deploy_serve.py (a server process started without one).
"""

import socket

import pytest
from django.db.migrations.recorder import MigrationRecorder

from cms import health
from cms.environment import search_backends
from plugins.headless.webhooks import deliver_webhook

NO_STORE = "no-store"


@pytest.fixture(scope="module")
def refused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def test_liveness_answers_without_the_database(client):
    # No db fixture: pytest-django refuses any query this request would run.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert NO_STORE in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_are_not_redirected_to_a_language_or_https(db, client, settings, path):
    settings.SECURE_SSL_REDIRECT = True

    response = client.get(path)

    assert response.status_code == 200, response.get("Location")
    # The redirect is on: a page is sent to HTTPS.
    assert client.get("/api/v1/locales/").status_code == 301


def test_readiness_runs_every_check(db, client):
    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert {name: check["status"] for name, check in body["checks"].items()} == {
        "database": "ok",
        "migrations": "ok",
        "cache": "ok",
        "search": "ok",
        "tasks": "ok",
    }
    assert body["checks"]["tasks"]["queued"] == 0
    assert NO_STORE in response["Cache-Control"]


def test_an_unapplied_migration_takes_the_process_out_of_rotation(db, client):
    recorded = MigrationRecorder.Migration.objects.filter(app="cms").latest("id")
    recorded.delete()

    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing"
    assert body["checks"]["migrations"]["status"] == "failing"
    assert f"cms.{recorded.name}" in body["checks"]["migrations"]["error"]
    assert body["checks"]["database"]["status"] == "ok"


def test_a_search_cluster_down_degrades_but_keeps_serving(
    db, client, settings, refused_port
):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {
            "ELASTICSEARCH_URL": f"http://127.0.0.1:{refused_port}",
            "ELASTICSEARCH_TIMEOUT": "1",
        }
    )

    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["search"]["status"] == "failing"
    assert body["checks"]["search"]["critical"] is False


def test_a_long_task_queue_is_a_warning(db, client, monkeypatch):
    monkeypatch.setattr(health, "QUEUE_WARNING_DEPTH", 1)
    deliver_webhook.enqueue(0)
    deliver_webhook.enqueue(0)

    response = client.get("/readyz")

    assert response.status_code == 200
    tasks = response.json()["checks"]["tasks"]
    assert (tasks["status"], tasks["queued"]) == ("warning", 2)
    assert response.json()["status"] == "degraded"
