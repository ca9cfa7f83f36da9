"""The headless plugin's settings, each with a default so it installs anywhere."""

from django.conf import settings

DEFAULTS = {
    "CMS_API_URL": "",
    "CMS_API_CACHE_CONTROL": "public, max-age=60, stale-while-revalidate=300",
    "CMS_API_CACHE_TIMEOUT": 60 * 60 * 24,
    # Responses to requests with parameters (pages of lists, filters, searches)
    # share this many cache entries, whatever clients ask (``caching``).
    "CMS_API_CACHE_SLOTS": 1000,
    "CMS_API_MAX_LIMIT": 100,
    "CMS_API_DEFAULT_LIMIT": 20,
    "CMS_API_MAX_QUERY_LENGTH": 200,
    "CMS_PREVIEW_MAX_AGE": 60 * 60,
    "CMS_SITE_URL": "http://localhost:3000",
    "CMS_WEBHOOK_URLS": [],
    "CMS_WEBHOOK_SECRET": "",
    "CMS_WEBHOOK_TIMEOUT": 5,
    "CMS_WEBHOOK_MAX_ATTEMPTS": 6,
    "CMS_WEBHOOK_BACKOFF_SECONDS": 30,
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
