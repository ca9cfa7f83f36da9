"""DJANGO_DEBUG=false: a starting process refuses what is unsafe.

Each test runs ``manage.py`` in a process of its own with a production
environment, because the refusals happen as the settings load, before Django
could report anything else. The cache test runs two such processes at once
against one Redis, as two application workers do.
"""

import json
import os
import secrets
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis
from django.conf import settings as django_settings
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

from tests.cms.test_settings import CLEARED_VARIABLES, settings_with

BASE_DIR = Path(django_settings.BASE_DIR)
REDIS_URL = "redis://127.0.0.1:6379/0"
STRONG_KEY = secrets.token_urlsafe(50)
DEVELOPMENT_KEY = "insecure-development-key-set-SECRET_KEY-in-production"


def production_environment(tmp_path, **variables):
    """The test's environment as production sees it: DEBUG off, nothing leaked
    from the developer's shell, a database file of its own."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in CLEARED_VARIABLES
    }
    environment.update(
        DJANGO_DEBUG="false",
        DATABASE_URL=f"sqlite:///{tmp_path / 'agency.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    environment.update(variables)
    return {name: value for name, value in environment.items() if value is not None}


def manage(environment, *arguments, wait=True):
    command = [sys.executable, str(BASE_DIR / "manage.py"), *arguments]
    if not wait:
        return subprocess.Popen(  # noqa: S603
            command, env=environment, cwd=BASE_DIR, stdout=subprocess.PIPE, text=True
        )
    return subprocess.run(  # noqa: S603
        command,
        env=environment,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def assert_refused(result, variable):
    """Refused with one line naming the variable to set: no traceback."""
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert variable in lines[0]
    assert "DJANGO_DEBUG is false" in lines[0]


def test_without_a_secret_key_production_refuses_to_start(tmp_path):
    environment = production_environment(tmp_path, REDIS_URL=REDIS_URL)

    assert_refused(manage(environment, "check", "--deploy"), "SECRET_KEY")


@pytest.mark.parametrize(
    "key",
    [DEVELOPMENT_KEY, "", "   ", "short-but-random-8f3a", "a" * 60, "abcd" * 20],
    ids=["development", "empty", "blank", "short", "one-character", "four-characters"],
)
def test_a_public_or_weak_key_is_refused_in_production(monkeypatch, key):
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        settings_with(
            monkeypatch, DJANGO_DEBUG="false", REDIS_URL=REDIS_URL, SECRET_KEY=key
        )


def test_development_runs_with_the_development_key_and_a_local_cache(monkeypatch):
    configured = settings_with(monkeypatch)
    assert configured["SECRET_KEY"] == DEVELOPMENT_KEY
    assert configured["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")


def test_renditions_are_cached_for_a_week_in_the_shared_cache(monkeypatch):
    caches = settings_with(
        monkeypatch,
        DJANGO_DEBUG="false",
        REDIS_URL=REDIS_URL,
        SECRET_KEY=STRONG_KEY,
        CACHE_KEY_PREFIX="riverside",
    )["CACHES"]
    assert caches["renditions"]["LOCATION"] == caches["default"]["LOCATION"]
    assert caches["renditions"]["KEY_PREFIX"] == "riverside-renditions"
    assert caches["renditions"]["TIMEOUT"] == 7 * 24 * 60 * 60


def test_without_a_shared_cache_production_refuses_to_start(tmp_path):
    environment = production_environment(tmp_path, SECRET_KEY=STRONG_KEY)

    assert_refused(manage(environment, "check", "--deploy"), "REDIS_URL")


def test_with_a_real_key_and_redis_check_deploy_finds_no_issues(tmp_path):
    environment = production_environment(
        tmp_path, SECRET_KEY=STRONG_KEY, REDIS_URL=REDIS_URL
    )

    result = manage(environment, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


# Run by each worker: one more feedback submission from a client that three
# other submissions already count against, and what this worker sees in the cache.
WORKER = """
import json
from django.core.cache import cache
from plugins.community import ratelimit
allowed = [ratelimit.hit("feedback", "198.51.100.7", rate="3/h").allowed
           for _ in range(2)]
print(json.dumps({"allowed": allowed, "seen": cache.get("written-by-the-test")}))
"""


@pytest.fixture
def shared_cache():
    """The production cache as another process sees it, emptied afterwards."""
    prefix = f"cms-test-{uuid.uuid4().hex}"
    yield prefix, RedisCache(REDIS_URL, {"KEY_PREFIX": prefix})
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def test_two_workers_share_the_cache_and_the_feedback_rate_limit(
    tmp_path, shared_cache
):
    prefix, cache = shared_cache
    cache.set("written-by-the-test", "seen across processes", 60)
    environment = production_environment(
        tmp_path, SECRET_KEY=STRONG_KEY, REDIS_URL=REDIS_URL, CACHE_KEY_PREFIX=prefix
    )

    workers = [manage(environment, "shell", "-c", WORKER, wait=False) for _ in "ab"]
    reports = [
        json.loads(worker.communicate(timeout=120)[0].splitlines()[-1])
        for worker in workers
    ]

    assert [worker.returncode for worker in workers] == [0, 0]
    assert [report["seen"] for report in reports] == ["seen across processes"] * 2
    # Four submissions against an allowance of three: one worker refused one,
    # whichever came last. Counted per process, all four would pass.
    allowed = [verdict for report in reports for verdict in report["allowed"]]
    assert sorted(allowed) == [False, True, True, True]
