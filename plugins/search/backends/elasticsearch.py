"""Wagtail's Elasticsearch backends with per-language analysis, tag facets and
writes deferred to after commit.

Design: per-language sub-fields in one index per root model
----------------------------------------------------------------
Wagtail keeps one index per root model (all pages in ``<prefix>wagtailcore_page``)
and copies every ``SearchField`` into the catch-all ``_all_text`` field and the
``_all_text_boost_<n>`` fields, analysed with the ``standard`` analyzer.

Here each of those catch-all fields gets one sub-field per content language's
analyzer (``languages.elasticsearch_analyzer``)::

    "_all_text": {"type": "text", "fields": {
        "english":  {"type": "text", "analyzer": "english"},
        "trust_spanish":  {"type": "text", "analyzer": "trust_spanish"},
        "trust_vietnamese": {"type": "text", "analyzer": "trust_vietnamese"},
        "trust_chinese":  {"type": "text", "analyzer": "trust_chinese"},
        "trust_arabic":   {"type": "text", "analyzer": "trust_arabic"}}}

A query filtered to a locale (``.filter(locale=...)``) searches that
language's sub-fields only, so a Spanish query is stemmed as Spanish and meets
Spanish documents stemmed the same way; the locale filter itself is a
``term`` filter on ``locale_id_filter``. A query with no locale filter (the
Wagtail admin's) searches every language's sub-fields. The custom analyzers
(Spanish folded, Vietnamese folded keeping the original, Arabic normalized and
stemmed as the database backends do, Chinese, and a folded fallback for
languages with no built-in analyzer) are defined in ``INDEX_SETTINGS``
(``languages.elasticsearch_index_settings``, merged in here too so the
mapping never names an undefined analyzer).

Chinese: when an index is created, the cluster's plugins are read
(``_cat/plugins``); the ``trust_chinese`` analyzer uses the smartcn plugin's
segmenter, else the ICU plugin's tokenizer, else splits at spaces. Documents
in a segmenting language, and queries that search one, carry their Chinese
text segmented by jieba (``plugins.search.analysis``) whichever it is, so
Chinese is searched by word without any plugin.

Why not one index per locale: modelsearch routes documents to indexes by
model only (``get_index_for_object`` must agree with ``get_index_for_model``),
so per-locale indexes would mean re-implementing indexing, rebuilding and
searching. Sub-fields keep Wagtail's indexing, atomic rebuilds and admin search
as they are, at the cost of analysing each text once per language, which is
small for an agency's content.

Every document also carries ``_tags``, a keyword list of its tag names, and,
where its type has categories, ``_category`` (``"policy:technology"``), which
the search API aggregates for its tag and category facets in the same request
as its type and locale facets.

Writes: ``add`` and ``delete`` run after commit and are retried when the
cluster is down (see ``plugins.search.indexing``). Changing the languages needs
``make reindex``.
"""

import logging
from copy import deepcopy
from importlib import import_module

from modelsearch.backends.elasticsearchbase import Field
from modelsearch.index import AutocompleteField, SearchField, get_indexed_instance
from modelsearch.query import PlainText
from modelsearch.utils import deep_update

from plugins.search.analysis import HAN, WORD, analyzer
from plugins.search.backends.locale_filter import (
    content_language_codes,
    languages_in_queryset,
)
from plugins.search.languages import (
    elasticsearch_analyzers,
    elasticsearch_index_settings,
    language,
)

logger = logging.getLogger(__name__)

TAGS_FIELD = "_tags"
CATEGORY_FIELD = "_category"
FACET_SIZE = 200


def catch_all_field(name):
    return name == "_all_text" or name.startswith("_all_text_boost_")


def segmented(text, code):
    """``text`` with its unspaced runs split into words with spaces, as
    language ``code`` segments them; other text as it is."""
    words = analyzer(code)
    if not (text and words.language.segment and HAN.search(text)):
        return text
    return WORD.sub(
        lambda match: " ".join(words.segment(match[0], for_index=True)), text
    )


def object_language(obj):
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    from wagtail.models import Locale

    # Locales are few and never change language: read each once per process.
    if locale_id not in LOCALE_LANGUAGES:
        LOCALE_LANGUAGES.update(Locale.objects.values_list("pk", "language_code"))
    return LOCALE_LANGUAGES.get(locale_id)


LOCALE_LANGUAGES = {}


def tag_names(obj):
    tags = getattr(obj, "tags", None)
    if tags is None or not hasattr(tags, "all"):
        return None
    return sorted({tag.name for tag in tags.all()})


class LanguageMapping:
    """Adds a sub-field per language analyzer to the catch-all fields, and the
    ``_tags`` keyword field."""

    def language_subfields(self):
        return {
            analyzer: {"type": "text", "analyzer": analyzer}
            for analyzer in elasticsearch_analyzers(content_language_codes())
        }

    def get_mapping(self):
        mapping = super().get_mapping()
        subfields = self.language_subfields()
        for name, field in mapping["properties"].items():
            if catch_all_field(name):
                field["fields"] = deepcopy(subfields)
        mapping["properties"][TAGS_FIELD] = {"type": "keyword"}
        mapping["properties"][CATEGORY_FIELD] = {"type": "keyword"}
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        code = object_language(obj)
        if language(code).segment:
            self.segment_text(document, code)
        names = tag_names(obj)
        if names is not None:
            document[TAGS_FIELD] = names
        from plugins.search.categories import category_key

        category = category_key(obj)
        if category is not None:
            document[CATEGORY_FIELD] = category
        return document

    def segment_text(self, document, code):
        """Segments the text of every searchable field of ``document``."""
        for field in self.model.get_search_fields():
            if isinstance(field, SearchField | AutocompleteField):
                name = self.get_field_column_name(field)
                if isinstance(document.get(name), str):
                    document[name] = segmented(document[name], code)
        document["_edgengrams"] = [
            segmented(text, code) if isinstance(text, str) else text
            for text in document.get("_edgengrams", [])
        ]


class LanguageQueryCompiler:
    """Searches the language sub-fields of the locales the queryset is
    filtered to, or of every content language, with the query's Chinese
    segmented when one of them segments."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if isinstance(self.query, PlainText):
            codes = languages_in_queryset(self.queryset) or content_language_codes()
            for code in codes:
                if language(code).segment:
                    self.query = PlainText(
                        segmented(self.query.query_string, code),
                        operator=self.query.operator,
                        boost=self.query.boost,
                    )
                    break

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        codes = languages_in_queryset(self.queryset) or content_language_codes()
        analyzers = elasticsearch_analyzers(codes)
        return [
            Field(f"{field.field_name}.{analyzer}", field.boost)
            for field in remapped
            for analyzer in analyzers
        ]


class FacetResults:
    def facet_body(self, columns, size=FACET_SIZE):
        body = self._get_es_body(for_count=True)
        body["aggregations"] = {
            name: {"terms": {"field": column, "size": size}}
            for name, column in columns.items()
        }
        return body

    def facet_counts(self, columns, size=FACET_SIZE):
        """The total and the terms counts of ``columns`` ({name: field}) over
        every match, in one request."""
        index = self.backend.get_index_for_model(self.query_compiler.queryset.model)
        response = self._backend_do_search(
            self.facet_body(columns, size),
            index=index.name,
            size=0,
            track_total_hits=True,
        )
        aggregations = response.get("aggregations", {})
        return response["hits"]["total"]["value"], {
            name: {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations.get(name, {}).get("buckets", [])
            }
            for name in columns
        }


class LanguageIndex:
    """Creates an index with the Chinese analysis the cluster supports."""

    def put(self):
        chinese = elasticsearch_index_settings(self.backend.cluster_plugins())
        analyzer_name = "trust_chinese"
        analysis = chinese["settings"]["analysis"]["analyzer"][analyzer_name]
        settings = deepcopy(self.backend.settings)
        settings["settings"]["analysis"]["analyzer"][analyzer_name] = analysis
        self.es.indices.create(index=self.name, **settings)


class DeferredIndexing:
    """Index writes after commit, retried while the cluster is down."""

    def __init__(self, params):
        params = dict(params)
        params["INDEX_SETTINGS"] = deep_update(
            elasticsearch_index_settings(), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)
        self.plugins = None

    def cluster_plugins(self):
        """The names of the cluster's plugins (``_cat/plugins``), read once;
        none when they cannot be read (the analysis then needs none)."""
        if self.plugins is None:
            try:
                rows = self.es.cat.plugins(format="json")
            except Exception as error:  # noqa: BLE001 (any failure: no plugins)
                logger.warning("Could not list the search cluster's plugins: %s", error)
                return set()
            self.plugins = {row.get("component") for row in rows}
        return self.plugins

    def add(self, obj):
        from plugins.search.indexing import defer_update

        defer_update(obj)

    def delete(self, obj):
        from plugins.search.indexing import defer_update

        defer_update(obj)

    def write_object(self, model, object_id):
        """Index the object's current state, or delete its document."""
        obj = model._default_manager.filter(pk=object_id).first()
        instance = get_indexed_instance(obj) if obj is not None else None
        if instance is not None:
            self.get_index_for_object(instance).add_item(instance)
        else:
            self.get_index_for_model(model).delete_item(model(pk=object_id))

    def relevance(self, score):
        return score or 0.0


def backend_class(major):
    """Wagtail's Elasticsearch ``major`` (8 or 9) backend with the mixins above.

    The two stock backends differ only in their client's version, so one
    factory builds both; ``elasticsearch8`` and ``elasticsearch9`` name the
    result for ``WAGTAILSEARCH_BACKENDS``.
    """
    stock = import_module(f"wagtail.search.backends.elasticsearch{major}")
    prefix = f"Elasticsearch{major}"

    def build(name, *mixins, **attributes):
        base = getattr(stock, prefix + name)
        return type(
            prefix + name, (*mixins, base), {"__module__": __name__, **attributes}
        )

    mapping = build("Mapping", LanguageMapping)
    return build(
        "SearchBackend",
        DeferredIndexing,
        mapping_class=mapping,
        index_class=build("Index", LanguageIndex),
        query_compiler_class=build(
            "SearchQueryCompiler", LanguageQueryCompiler, mapping_class=mapping
        ),
        autocomplete_query_compiler_class=build(
            "AutocompleteQueryCompiler", mapping_class=mapping
        ),
        results_class=build("SearchResults", FacetResults),
    )
