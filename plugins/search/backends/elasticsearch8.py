"""Wagtail's Elasticsearch 8 backend with per-language analysis: see
``plugins.search.backends.elasticsearch``."""

from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)

from plugins.search.backends.elasticsearch import (
    DeferredIndexing,
    FacetResults,
    LanguageIndex,
    LanguageMapping,
    LanguageQueryCompiler,
)


class Mapping(LanguageMapping, Elasticsearch8Mapping):
    pass


class SearchQueryCompiler(LanguageQueryCompiler, Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(FacetResults, Elasticsearch8SearchResults):
    pass


class Index(LanguageIndex, Elasticsearch8Index):
    pass


class SearchBackend(DeferredIndexing, Elasticsearch8SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
