"""The search plugin's settings, each with a default so it installs anywhere."""

from django.conf import settings

DEFAULTS = {
    # Where failed Elasticsearch updates are retried: a task backend that
    # supports run_after (django_tasks_db.DatabaseBackend) and one of its queues.
    "CMS_SEARCH_TASK_BACKEND": "background",
    "CMS_SEARCH_TASK_QUEUE": "search",
    "CMS_SEARCH_RETRY_MAX_ATTEMPTS": 6,
    "CMS_SEARCH_RETRY_BACKOFF_SECONDS": 30,
    # Queries with more words than this are refused, not run.
    "CMS_SEARCH_MAX_TERMS": 32,
    # Results beyond this offset are not served: nobody pages that far.
    "CMS_SEARCH_MAX_OFFSET": 1000,
    # Seconds a client should wait after a 503 before asking again.
    "CMS_SEARCH_RETRY_AFTER": 30,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
