"""Wagtail's Elasticsearch 9 backend with per-language analysis: see
``plugins.search.backends.elasticsearch``."""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Index,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)

from plugins.search.backends.elasticsearch import (
    DeferredIndexing,
    FacetResults,
    LanguageIndex,
    LanguageMapping,
    LanguageQueryCompiler,
)


class Mapping(LanguageMapping, Elasticsearch9Mapping):
    pass


class SearchQueryCompiler(LanguageQueryCompiler, Elasticsearch9SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(FacetResults, Elasticsearch9SearchResults):
    pass


class Index(LanguageIndex, Elasticsearch9Index):
    pass


class SearchBackend(DeferredIndexing, Elasticsearch9SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
