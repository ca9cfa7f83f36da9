"""WAGTAILSEARCH_BACKENDS from the environment, and the backend it gives."""

from importlib import import_module

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from cms.environment import elasticsearch_client_major, search_backends
from plugins.search.languages import (
    elasticsearch_analyzer,
    elasticsearch_index_settings,
    postgres_config,
)

URL = "http://127.0.0.1:9"


def test_database_backend_without_elasticsearch_url():
    assert search_backends({}) == {
        "default": {"BACKEND": "plugins.search.backends.database"}
    }
    assert search_backends({"ELASTICSEARCH_URL": "  "})["default"]["BACKEND"] == (
        "plugins.search.backends.database"
    )


@pytest.mark.parametrize("major", [8, 9])
def test_elasticsearch_backend_matches_the_client_major_version(major):
    config = search_backends({"ELASTICSEARCH_URL": URL}, client_major=major)
    backend = config["default"]
    assert backend["BACKEND"] == f"plugins.search.backends.elasticsearch{major}"
    assert backend["URLS"] == [URL]
    assert backend["INDEX_PREFIX"] == "cms_"
    assert backend["TIMEOUT"] == 5
    # The per-language analysis is the backend's own, not a setting.
    assert "INDEX_SETTINGS" not in backend
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        built = get_search_backend()
    ours = elasticsearch_index_settings()["settings"]["analysis"]
    merged = built.settings["settings"]["analysis"]
    for kind, entries in ours.items():
        # Merged into Wagtail's own analysis (its ngram analyzers stay).
        assert merged[kind] == {**merged[kind], **entries}
    # Keys Wagtail 8 removed are not set.
    assert "INDEX" not in backend
    assert "elasticsearch5" not in backend["BACKEND"]


def test_installed_client_picks_its_backend():
    major = elasticsearch_client_major()
    backend = search_backends({"ELASTICSEARCH_URL": URL})["default"]["BACKEND"]
    assert backend.endswith(f"elasticsearch{major}")


def test_options_from_the_environment():
    backend = search_backends(
        {
            "ELASTICSEARCH_URL": "https://es1.example:9200, https://es2.example:9200",
            "ELASTICSEARCH_INDEX_PREFIX": "riverside_",
            "ELASTICSEARCH_TIMEOUT": "2.5",
            "ELASTICSEARCH_USERNAME": "cms",
            "ELASTICSEARCH_PASSWORD": "s3cret",
            "ELASTICSEARCH_CA_CERTS": "/etc/ssl/es-ca.pem",
        },
        client_major=9,
    )["default"]
    assert backend["URLS"] == ["https://es1.example:9200", "https://es2.example:9200"]
    assert backend["INDEX_PREFIX"] == "riverside_"
    assert backend["TIMEOUT"] == 2.5
    assert backend["OPTIONS"] == {
        "basic_auth": ("cms", "s3cret"),
        "ca_certs": "/etc/ssl/es-ca.pem",
    }
    api_key = search_backends(
        {
            "ELASTICSEARCH_URL": URL,
            "ELASTICSEARCH_API_KEY": "aWQ6a2V5",
            "ELASTICSEARCH_VERIFY_CERTS": "false",
        },
        client_major=8,
    )["default"]["OPTIONS"]
    assert api_key == {"api_key": "aWQ6a2V5", "verify_certs": False}


@pytest.mark.parametrize(
    "environ",
    [
        {"ELASTICSEARCH_URL": URL, "ELASTICSEARCH_TIMEOUT": "soon"},
        {
            "ELASTICSEARCH_URL": URL,
            "ELASTICSEARCH_USERNAME": "cms",
            "ELASTICSEARCH_API_KEY": "key",
        },
    ],
)
def test_bad_options_are_refused(environ):
    with pytest.raises(ImproperlyConfigured):
        search_backends(environ, client_major=9)


def test_unsupported_client_is_refused():
    with pytest.raises(ImproperlyConfigured, match="version 8 or 9"):
        search_backends({"ELASTICSEARCH_URL": URL}, client_major=7)


@pytest.mark.parametrize("major", [8, 9])
def test_elasticsearch_client_gets_the_auth_options(major):
    config = search_backends(
        {
            "ELASTICSEARCH_URL": "https://es.example:9243",
            "ELASTICSEARCH_API_KEY": "aWQ6a2V5",
            "ELASTICSEARCH_TIMEOUT": "3",
        },
        client_major=major,
    )
    with override_settings(WAGTAILSEARCH_BACKENDS=config):
        backend = get_search_backend()
    stock = import_module(f"wagtail.search.backends.elasticsearch{major}")
    assert isinstance(backend, getattr(stock, f"Elasticsearch{major}SearchBackend"))
    assert backend.es._headers["authorization"] == "ApiKey aWQ6a2V5"
    node = backend.es.transport.node_pool.get()
    assert (node.config.scheme, node.config.host, node.config.port) == (
        "https",
        "es.example",
        9243,
    )
    assert backend.timeout == 3
    assert backend.index_prefix == "cms_"


def test_default_backend_is_the_database_one(db):
    backend = get_search_backend()
    expected = {
        "postgresql": "LocalizedPostgresSearchBackend",
        "sqlite": "SQLiteFTSSearchBackend",
    }[connection.vendor]
    assert type(backend).__name__ == expected


@pytest.mark.parametrize(
    ("code", "analyzer", "config"),
    [
        ("en", "english", "english"),
        # Folded in Python, then stemmed by PostgreSQL.
        ("es", "trust_spanish", "spanish"),
        # Analysed in Python: PostgreSQL only splits the words.
        ("ar", "trust_arabic", "simple"),
        ("zh-hans", "trust_chinese", "simple"),
        ("vi", "trust_vietnamese", "simple"),
        ("ht", "trust_folded", "simple"),
        ("pt-br", "brazilian", "portuguese"),
        ("fr", "french", "french"),
    ],
)
def test_each_language_has_an_analyzer_and_a_configuration(code, analyzer, config):
    assert elasticsearch_analyzer(code) == analyzer
    assert postgres_config(code) == config
