"""Liveness and readiness probes: ``/healthz`` and ``/readyz``.

``/healthz`` says the process answers; it touches no database, cache or cluster,
so a supervisor restarts a process only when the process itself is stuck.

``/readyz`` runs every check and answers JSON::

    {"status": "ok" | "degraded" | "failing",
     "checks": {"database": {"status": "ok", "critical": true, "ms": 0.4}, ...}}

with 503 when a critical check fails (the database is unreachable or a migration
is not applied: nothing can be served correctly) and 200 otherwise. The cache,
the search backend and the task queue are not critical: without Redis the app
serves uncached (cms/cache_backend.py), without the search cluster only search
answers 503, and a long queue is the worker's problem; taking every app process
out of rotation for them would turn a slowdown into an outage. They report
``"failing"`` (or ``"warning"``) and make the overall status ``"degraded"``.

Both answer without a language redirect, an HTTPS redirect or any caching
(``Cache-Control: no-store``). django-health-check is not used: its 4.x view
answers 500 rather than 503, picks HTML for ``Accept: */*``, reports each check
as one string, and has no migration, search or task-queue check, so the checks
would be ours anyway.
"""

import time

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

# Tasks waiting longer than this, or more of them, make the queue a warning.
QUEUE_WARNING_DEPTH = 1000
QUEUE_WARNING_AGE_SECONDS = 600


class CheckFailed(Exception):
    """A check's finding, with the one line the probe reports."""


def check_database():
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {}


def check_migrations():
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if plan:
        names = [f"{migration.app_label}.{migration.name}" for migration, _ in plan]
        raise CheckFailed(f"{len(names)} not applied: {', '.join(names[:5])}")
    return {}


def check_cache():
    # A round trip that raises when the cache is unreachable, even through the
    # degrading backend (which otherwise hides the failure from callers).
    probe = getattr(cache, "probe", None)
    if probe is not None:
        probe()
        return {}
    key = "cms:readyz"
    token = str(time.monotonic())
    cache.set(key, token, 10)
    if cache.get(key) != token:
        raise CheckFailed("a value written could not be read back")
    return {}


def check_search():
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    client = getattr(backend, "es", None)
    if client is not None:
        health = client.cluster.health()
        if health["status"] == "red":
            raise CheckFailed("cluster status red")
        return {"cluster": health["status"]}
    list(backend.search("readiness", Page.objects.none())[:1])
    return {}


def check_tasks():
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready()
    depth = ready.count()
    oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True)
    first = oldest.first()
    age = (timezone.now() - first).total_seconds() if first else 0
    result = {"queued": depth, "oldest_seconds": round(age)}
    if depth > QUEUE_WARNING_DEPTH or age > QUEUE_WARNING_AGE_SECONDS:
        result["status"] = "warning"
    return result


# (name, check, critical, needs the database)
READINESS_CHECKS = [
    ("database", check_database, True, True),
    ("migrations", check_migrations, True, True),
    ("cache", check_cache, False, False),
    ("search", check_search, False, False),
    ("tasks", check_tasks, False, True),
]


def run_check(check, critical):
    started = time.perf_counter()
    try:
        result = {"status": "ok", **check()}
    except CheckFailed as failure:
        result = {"status": "failing", "error": str(failure)}
    except Exception as error:  # noqa: BLE001 - any failure is the finding
        result = {"status": "failing", "error": f"{type(error).__name__}: {error}"}
    result["critical"] = critical
    result["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return result


def overall(checks):
    if any(c["critical"] and c["status"] == "failing" for c in checks.values()):
        return "failing"
    if any(c["status"] != "ok" for c in checks.values()):
        return "degraded"
    return "ok"


@never_cache
@require_safe
def liveness(request):
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readiness(request):
    checks = {}
    database_down = False
    for name, check, critical, needs_database in READINESS_CHECKS:
        if needs_database and database_down:
            # It would only wait on the same unreachable server.
            checks[name] = {"status": "skipped", "critical": critical}
            continue
        checks[name] = run_check(check, critical)
        database_down = database_down or (
            name == "database" and checks[name]["status"] == "failing"
        )
    status = overall(checks)
    return JsonResponse(
        {"status": status, "checks": checks},
        status=503 if status == "failing" else 200,
    )
