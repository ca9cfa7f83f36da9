"""How a search is run, by backend: the database backends match every id and
decide what may be found from what search knows of each object (``facts``);
Elasticsearch filters in its query and counts facets in one aggregation.
"""

import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.index import FilterField
from wagtail.models import Page

from plugins.search.backends.database.matches import SCORE
from plugins.search.backends.elasticsearch import CATEGORY_FIELD, TAGS_FIELD
from plugins.search.backends.locale_filter import content_language_codes
from plugins.search.categories import split_key
from plugins.search.facts import Verdicts, facts_of, index_entries_of
from plugins.search.sources import Match, sources_for
from plugins.search.spelling import corrected, vocabulary_of


@dataclass
class Outcome:
    """What one source's search found."""

    total: int = 0
    ranked: list = field(default_factory=list)
    types: Counter = field(default_factory=Counter)
    locales: Counter = field(default_factory=Counter)
    tags: Counter = field(default_factory=Counter)
    # Matches per (type name, category value).
    categories: Counter = field(default_factory=Counter)


class DatabaseStrategy:
    """Database backends: one full-text match per search gives every matching
    id with its score; what search knows of each object (``facts``) decides
    which of them may be found, and gives their counts and facets, without
    another query."""

    # Tags and categories are checked on the matches' facts (``admitter``),
    # not in the full-text query.
    filters_in_index = False

    def __init__(self, backend, visibility):
        self.backend = backend
        self.visibility = visibility
        self.memo = {}

    def visible_pages(self, content_types, locale):
        """Pages of ``content_types`` (in ``locale``): the filters the search
        index needs. The visibility rule, tags and categories are applied to
        the matches through their facts, by id, rather than in the query over
        every page of the searched types."""
        pages = Page.objects.filter(content_type_id__in=content_types)
        # The PostgreSQL backend reads the language from the locale filter.
        return pages.filter(locale=locale) if locale else pages

    @cached_property
    def all_facts(self):
        """{source key: {id: Fact}} of what search may find, for every
        searchable type at once: one value serves searches of any type."""
        return facts_of(sources_for(None), self.visibility)

    def facts(self, source):
        return self.all_facts[source.key]

    @cached_property
    def index_entries(self):
        return index_entries_of(self.backend, self.visibility.request)

    def admitted(self, search, source, results):
        """{id: (relevance, Fact)} of the matches of ``results`` this search
        may find."""
        facts = self.facts(source)
        admits = Verdicts(search.admitter(source))
        # Found in the default language where not translated (snippets);
        # judged only for those ids.
        untranslated = source.untranslated(search)
        admits_untranslated = Verdicts(search.admitter(source, search.default_locale))
        scores = self.backend.match_scores(
            results, memo=self.memo, index_entries=self.index_entries
        )
        return {
            pk: (score, fact)
            for pk, score in scores.items()
            if (fact := facts.get(pk)) is not None
            and (admits[fact] or (pk in untranslated and admits_untranslated[fact]))
        }

    def run(self, search, source, operator, window):
        results = self.backend.search(
            search.terms.query_string, source.queryset(search), operator=operator
        )
        if isinstance(results, EmptySearchResults):
            return Outcome()
        found = self.admitted(search, source, results)
        outcome = Outcome(total=len(found))
        # Thousands of matches share a few dozen kinds: count those, then add.
        kinds = Counter(map(itemgetter(1), found.values()))
        for fact, count in kinds.items():
            outcome.types[fact.type_name] += count
            outcome.locales[fact.locale_id] += count
            for tag in fact.tags:
                outcome.tags[tag] += count
            if fact.category:
                outcome.categories[fact.type_name, fact.category] += count
        # Only the window is ranked: best first, then the newest id.
        # (ids are unique, so a tie never compares two facts)
        best = heapq.nlargest(
            window, ((score, pk, fact) for pk, (score, fact) in found.items())
        )
        outcome.ranked = [
            Match(source, pk, score, fact.content_type_id, fact.tags, fact.copy)
            for score, pk, fact in best
        ]
        return outcome

    def respelt(self, search):
        """``search``'s terms with the words the index has never seen
        replaced by the closest it has (``plugins.search.spelling``), or
        None."""
        vocabulary = vocabulary_of(self.backend, self.visibility.request)
        if vocabulary is None:
            return None
        codes = (
            [search.locale.language_code]
            if search.locale is not None
            else content_language_codes()
        )
        return corrected(
            search.terms,
            vocabulary,
            codes,
            getattr(self.backend, "indexed_words", None),
        )

    def completions(self, search, source, limit):
        """The best ``limit`` title completions, as matches."""
        results = self.backend.autocomplete(
            search.terms.query_string,
            source.queryset(search),
            fields=source.autocomplete_fields,
        )
        if isinstance(results, EmptySearchResults):
            return []
        matches = [
            Match(source, pk, score)
            for pk, (score, _fact) in self.admitted(search, source, results).items()
        ]
        matches.sort(key=lambda match: (-match.relevance, -match.pk))
        return matches[:limit]


class ElasticsearchStrategy:
    """Elasticsearch: filters in the query, facets from one aggregation."""

    filters_in_index = True

    def __init__(self, backend, visibility):
        self.backend = backend
        self.visibility = visibility

    def visible_pages(self, content_types, locale):
        queryset = Page.objects.filter(content_type_id__in=content_types)
        if locale:
            queryset = queryset.filter(locale=locale)
        queryset = queryset.filter(live=True)
        visible = self.visibility(Page.objects.all())
        if not locale:
            # Without a language the source is found, not its untranslated copies.
            visible = visible.filter(alias_of__isnull=True)
        # Few ids, in a fixed order: the same search sends the same query.
        hidden = list(
            queryset.exclude(pk__in=visible.values("pk"))
            .values_list("pk", flat=True)
            .order_by("pk")
        )
        return queryset.exclude(pk__in=hidden) if hidden else queryset

    def respelt(self, search):
        # Not offered: the cluster's own fuzziness would be the way.
        return None

    def run(self, search, source, operator, window):
        results = self.backend.search(
            search.terms.query_string, source.queryset(search), operator=operator
        )
        if isinstance(results, EmptySearchResults):
            return Outcome()
        typed = source.model is Page
        columns = self.facet_columns(source, results.query_compiler.mapping)
        total, counts = results.facet_counts(columns)
        outcome = Outcome(total=total, locales=Counter(counts["locale"]))
        outcome.tags = Counter(counts["tags"])
        outcome.categories = Counter(
            {split_key(key): count for key, count in counts["categories"].items()}
        )
        if typed:
            for content_type_id, count in counts["type"].items():
                endpoint = source.by_content_type.get(int(content_type_id))
                if endpoint:
                    outcome.types[endpoint.type_name] += count
        else:
            outcome.types[source.endpoint.type_name] = total
        hits = results[:window].annotate_score(SCORE) if window else []
        outcome.ranked = [
            Match(
                source,
                hit.pk,
                self.backend.relevance(getattr(hit, SCORE, 0.0)),
                getattr(hit, "content_type_id", None),
                copy=getattr(hit, "alias_of_id", None) is not None,
            )
            for hit in hits
        ]
        return outcome

    def completions(self, search, source, limit):
        results = self.backend.autocomplete(
            search.terms.query_string,
            source.queryset(search).only("pk"),
            fields=source.autocomplete_fields,
        )
        if isinstance(results, EmptySearchResults):
            return []
        return [
            Match(source, hit.pk, self.backend.relevance(getattr(hit, SCORE, 0.0)))
            for hit in results[:limit].annotate_score(SCORE)
        ]

    def facet_columns(self, source, mapping):
        """The index fields counted for the facets: {facet: field}."""
        columns = {
            "locale": mapping.get_field_column_name(self.locale_field(source)),
            "tags": TAGS_FIELD,
            "categories": CATEGORY_FIELD,
        }
        if source.model is Page:
            columns["type"] = mapping.get_field_column_name(FilterField("content_type"))
        return columns

    def locale_field(self, source):
        for search_field in source.model.get_filterable_search_fields():
            if search_field.get_attname(source.model) == "locale_id":
                return search_field
        return FilterField("locale_id")


def strategy_for(backend, visibility):
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        return ElasticsearchStrategy(backend, visibility)
    return DatabaseStrategy(backend, visibility)
