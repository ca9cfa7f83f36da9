"""Elasticsearch index updates: after commit, never failing a publish, retried.

Wagtail (modelsearch) indexes an object from a ``post_save`` handler that
enqueues ``insert_or_update_object_task`` on the ``default`` task backend. With
the ``ImmediateBackend`` that task runs at once, inside the editor's
transaction. That is right for the database backend, whose index rows commit
or roll back with the content, and wrong for Elasticsearch: a rolled-back
publish would stay in the index, and a slow cluster would hold the
transaction open.

So the Elasticsearch backends defer every write (``add``, ``delete``) with
``transaction.on_commit``: after the commit they read the object afresh and
index it, or delete its document if it is gone. Several saves of one object in
one transaction make one update. A failure is logged, never raised to the
editor, and retried by ``sync_search_document`` on the task backend named by
``CMS_SEARCH_TASK_BACKEND`` (a database queue worked by ``db_worker``) with
exponential backoff. After ``CMS_SEARCH_RETRY_MAX_ATTEMPTS`` the error is
logged for an operator, whose remedy is ``make reindex``.
"""

import datetime
import logging
import threading

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.exceptions import InvalidTaskBackendError, InvalidTaskError

from plugins.search.conf import setting
from plugins.search.faults import is_unavailable

logger = logging.getLogger(__name__)


# The objects whose documents wait for this thread's transaction to commit, in
# the order they were first saved. A rolled-back transaction leaves its objects
# here; the next commit writes their current state (or deletes their
# documents), which is what the index should hold anyway.
_pending = threading.local()


def pending_updates():
    if not hasattr(_pending, "objects"):
        _pending.objects = {}
    return _pending.objects


def defer_update(obj):
    """Update ``obj``'s document after the current transaction commits (at
    once outside a transaction), once however often it is saved."""
    pending_updates()[(obj._meta.label_lower, str(obj.pk))] = None
    transaction.on_commit(write_pending, robust=True)


def write_pending():
    """Write every waiting object's document; the later callbacks of the same
    commit find nothing left to write."""
    pending = pending_updates()
    objects = list(pending)
    pending.clear()
    for label, object_id in objects:
        try:
            update_document(label, object_id, attempt=1)
        except Exception:
            logger.exception("Could not index %s %s", label, object_id)


def deferring_backends():
    from modelsearch.backends import get_search_backends_with_name

    from plugins.search.backends.elasticsearch import DeferredIndexing

    for name, backend in get_search_backends_with_name(with_auto_update=True):
        if isinstance(backend, DeferredIndexing):
            yield name, backend


def update_document(label, object_id, attempt):
    """Write one object's current state to every Elasticsearch backend."""
    model = apps.get_model(label)
    failed = None
    for name, backend in deferring_backends():
        try:
            backend.write_object(model, object_id)
        except Exception as error:
            if not is_unavailable(error):
                logger.exception(
                    "Search backend %r rejected %s %s", name, label, object_id
                )
                continue
            failed = error
            logger.warning(
                "Search backend %r is unavailable; %s %s not indexed (attempt %d): %s",
                name,
                label,
                object_id,
                attempt,
                error,
            )
    if failed is not None:
        schedule_retry(label, object_id, attempt)
        return False
    from plugins.headless import caching, scopes

    # Responses cached before the cluster had the change are stale now.
    caching.invalidate(scopes.SEARCH)
    return True


def retry_delay(attempt):
    return datetime.timedelta(
        seconds=setting("CMS_SEARCH_RETRY_BACKOFF_SECONDS") * 2 ** (attempt - 1)
    )


def schedule_retry(label, object_id, attempt):
    if attempt >= setting("CMS_SEARCH_RETRY_MAX_ATTEMPTS"):
        logger.error(
            "Gave up indexing %s %s after %d attempts; run `make reindex` once "
            "the search cluster is back.",
            label,
            object_id,
            attempt,
        )
        return None
    run_after = timezone.now() + retry_delay(attempt)
    try:
        return sync_search_document.using(
            backend=setting("CMS_SEARCH_TASK_BACKEND"),
            queue_name=setting("CMS_SEARCH_TASK_QUEUE"),
            run_after=run_after,
        ).enqueue(label, object_id, attempt + 1)
    except (InvalidTaskBackendError, InvalidTaskError) as error:
        logger.error(
            "Cannot queue a retry of %s %s (%s): configure TASKS[%r] as a "
            "database task backend, or run `make reindex` later.",
            label,
            object_id,
            error,
            setting("CMS_SEARCH_TASK_BACKEND"),
        )
        return None


@task()
def sync_search_document(label, object_id, attempt):
    """Retry one object's index update (queued by ``schedule_retry``)."""
    update_document(label, object_id, attempt)
