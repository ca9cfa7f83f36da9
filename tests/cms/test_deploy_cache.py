"""With Redis unreachable the API, the site and feedback keep answering.

The cache is Django's RedisCache pointed at a port that refuses connections
(cms/cache_backend.py): every request is served uncached, the failure is logged
once, readiness reports the cache failing, and the feedback rate limit still
holds, counted per process. An outage that lost writes empties the cache once
Redis is back, so nothing cached before a change made meanwhile is served.
"""

import logging
import socket
import threading
import uuid

import pytest
from django.core.cache import cache, caches

from cms import cache_backend
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403

REDIS = "127.0.0.1:6379"
FEEDBACK = {
    "topic": "general",
    "message": "Thank you for the community meeting.",
    "name": "Sam Park",
    "email": "sam@example.org",
}


@pytest.fixture(scope="module")
def refused_port():
    """A port bound but not listening: connections to it are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


def degrading_cache(location, prefix):
    return {
        "default": {
            "BACKEND": "cms.cache_backend.DegradingRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
        }
    }


@pytest.fixture
def redis_down(settings, refused_port):
    prefix = f"h7-down-{uuid.uuid4().hex[:8]}"
    settings.CACHES = degrading_cache(f"redis://127.0.0.1:{refused_port}/0", prefix)
    yield
    cache_backend.OUTAGES.clear()


@pytest.fixture
def policy(section_indexes):
    page = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Body-worn cameras"
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_the_api_and_site_answer_uncached_and_log_once(
    redis_down, policy, feedback_page, api_post, client, caplog
):
    caplog.set_level(logging.WARNING, logger="cms.cache_backend")

    answers = {
        "list": client.get("/api/v1/policies/").status_code,
        "detail": client.get(f"/api/v1/policies/{policy.pk}/").status_code,
        "site page": client.get(policy.url).status_code,
        "feedback": api_post(FEEDBACK).status_code,
    }

    assert answers == {"list": 200, "detail": 200, "site page": 200, "feedback": 201}
    assert client.get(f"/api/v1/policies/{policy.pk}/").status_code == 200
    # Publishing the policy in set-up met the outage first.
    records = caplog.get_records("setup") + caplog.records
    warnings = [r for r in records if r.name == "cms.cache_backend"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "unreachable" in warnings[0].getMessage()


def test_readiness_reports_the_cache_failing_but_stays_in_rotation(
    redis_down, db, client
):
    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "failing"
    assert "Connection" in body["checks"]["cache"]["error"]
    assert body["checks"]["database"]["status"] == "ok"


def test_the_rate_limit_still_holds_per_process(redis_down, settings, api_post):
    # Failing open would let one client flood the queue; failing shut would
    # refuse every resident. Counting in the process's memory does neither.
    settings.CMS_FEEDBACK_RATE_LIMIT = "2/h"

    statuses = [api_post(FEEDBACK).status_code for _ in range(3)]

    assert statuses == [201, 201, 429]


class Switch:
    """A TCP relay to Redis that can be cut and restored on the same port."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.connections = []
        self.running = True
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if not self.running:
                client.close()
                continue
            upstream = socket.create_connection(REDIS.split(":"))
            self.connections += [client, upstream]
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self.pipe, args=(source, target), daemon=True
                ).start()

    @staticmethod
    def pipe(source, target):
        try:
            while chunk := source.recv(65536):
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            target.close()

    def cut(self):
        self.running = False
        for connection in self.connections:
            connection.close()
        self.connections = []

    def restore(self):
        self.running = True

    def close(self):
        self.cut()
        self.server.close()


@pytest.fixture
def switch():
    relay = Switch()
    yield relay
    relay.close()


def test_writes_lost_in_an_outage_empty_the_cache_when_redis_is_back(
    settings, switch, monkeypatch
):
    monkeypatch.setattr(cache_backend, "RETRY_SECONDS", 0)
    prefix = f"h7-outage-{uuid.uuid4().hex[:8]}"
    settings.CACHES = degrading_cache(f"redis://127.0.0.1:{switch.port}/0", prefix)
    cache.set("policy-page", "before the change", None)
    cache.set("unrelated", "kept until the outage", None)

    switch.cut()
    cache.delete("policy-page")  # an invalidation made during the outage: lost
    assert cache.get("policy-page") is None  # uncached, not an error
    switch.restore()

    try:
        assert cache.get("policy-page") is None
        assert cache.get("unrelated") is None
        cache.set("policy-page", "after the change", None)
        assert cache.get("policy-page") == "after the change"
    finally:
        cache.clear()  # this prefix's keys only
        cache_backend.OUTAGES.clear()


def test_clearing_keeps_other_sites_keys(settings):
    location = f"redis://{REDIS}/0"
    ours, theirs = (f"h7-site-{uuid.uuid4().hex[:8]}" for _ in range(2))
    settings.CACHES = {
        **degrading_cache(location, ours),
        "other site": degrading_cache(location, theirs)["default"],
    }
    cache.set("page", "ours")
    caches["other site"].set("page", "theirs")

    cache.clear()

    try:
        assert cache.get("page") is None
        assert caches["other site"].get("page") == "theirs"
    finally:
        caches["other site"].clear()
