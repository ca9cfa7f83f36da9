"""Search backends: Wagtail's database backend by default, Elasticsearch 8 or 9
when ``ELASTICSEARCH_URL`` is set.

``search_backends()`` builds ``WAGTAILSEARCH_BACKENDS`` from environment
variables. The settings module calls it, so this package's ``__init__`` must
not import Django models or the backends themselves.

Environment variables (all optional):

``ELASTICSEARCH_URL``
    One URL, or several separated by commas. Unset: database search.
``ELASTICSEARCH_INDEX_PREFIX``
    Prefix of every index name (default ``cms_``), so several sites can share
    a cluster.
``ELASTICSEARCH_TIMEOUT``
    Seconds per request (default 5).
``ELASTICSEARCH_USERNAME`` / ``ELASTICSEARCH_PASSWORD``
    Basic authentication.
``ELASTICSEARCH_API_KEY``
    An API key (the base64 ``id:key`` form), instead of a username.
``ELASTICSEARCH_CA_CERTS``
    Path to the CA bundle that signed the cluster's certificate.
``ELASTICSEARCH_VERIFY_CERTS``
    ``false`` to skip certificate checks (never in production).

The backend module matches the installed ``elasticsearch`` client's major
version (8 or 9), which must match the cluster's: a 9.x client does not talk
to an 8.x cluster.
"""

import os
from importlib import metadata

from django.core.exceptions import ImproperlyConfigured

from plugins.search.languages import elasticsearch_index_settings

DATABASE_BACKEND = "plugins.search.backends.database"
ELASTICSEARCH_BACKENDS = {
    8: "plugins.search.backends.elasticsearch8",
    9: "plugins.search.backends.elasticsearch9",
}


def elasticsearch_client_major():
    """The installed ``elasticsearch`` client's major version, or None."""
    try:
        version = metadata.version("elasticsearch")
    except metadata.PackageNotFoundError:
        return None
    return int(version.split(".")[0])


def _truthy(value):
    return value.strip().lower() in {"1", "true", "yes", "on"}


def search_backends(environ=None, client_major=None):
    """``WAGTAILSEARCH_BACKENDS`` for the environment ``environ``."""
    environ = os.environ if environ is None else environ
    urls = [
        url.strip()
        for url in environ.get("ELASTICSEARCH_URL", "").split(",")
        if url.strip()
    ]
    if not urls:
        return {"default": {"BACKEND": DATABASE_BACKEND}}

    major = client_major or elasticsearch_client_major()
    if major not in ELASTICSEARCH_BACKENDS:
        raise ImproperlyConfigured(
            "ELASTICSEARCH_URL is set but the installed elasticsearch client "
            f"({major or 'none'}) is not version 8 or 9: "
            "pip install 'elasticsearch>=8,<10'."
        )

    options = {}
    username = environ.get("ELASTICSEARCH_USERNAME", "")
    if username:
        options["basic_auth"] = (username, environ.get("ELASTICSEARCH_PASSWORD", ""))
    api_key = environ.get("ELASTICSEARCH_API_KEY", "")
    if api_key:
        if username:
            raise ImproperlyConfigured(
                "Set ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME, not both."
            )
        options["api_key"] = api_key
    ca_certs = environ.get("ELASTICSEARCH_CA_CERTS", "")
    if ca_certs:
        options["ca_certs"] = ca_certs
    verify = environ.get("ELASTICSEARCH_VERIFY_CERTS", "")
    if verify and not _truthy(verify):
        options["verify_certs"] = False

    try:
        timeout = float(environ.get("ELASTICSEARCH_TIMEOUT", "5"))
    except ValueError as error:
        raise ImproperlyConfigured("ELASTICSEARCH_TIMEOUT must be seconds.") from error

    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKENDS[major],
            "URLS": urls,
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "cms_"),
            "TIMEOUT": timeout,
            "OPTIONS": options,
            "INDEX_SETTINGS": elasticsearch_index_settings(),
            "ATOMIC_REBUILD": True,
        }
    }
