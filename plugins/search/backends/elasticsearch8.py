"""Wagtail's Elasticsearch 8 backend with per-language analysis: see
``plugins.search.backends.elasticsearch``."""

from plugins.search.backends.elasticsearch import backend_class

SearchBackend = backend_class(8)
