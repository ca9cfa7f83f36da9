"""One search across the site's pages and snippets, for one request.

Sources: every page type that has a listing in the API (policies, stories,
tips, guides, awards, ...) is searched in one query over Wagtail's ``Page``
model; each searchable snippet type (FAQs, technologies) in one query over its
own model. Their hits are merged by relevance into one list of items, each in
its type's listing shape; ``count`` and the facets cover every match.

What may be found: what ``Visibility(request)`` allows: pages live, on this
site, not expired, not under a view restriction, not a translation or alias
of a restricted page; snippets live and not expired. The rule is applied
inside the search, never to a page of results afterwards, so counts and
facets never include what a resident may not see:

* database backends: the full-text match gives every matching id with its
  score (on SQLite, one FTS query for every model searched; see
  ``backends/database/sqlite.py``). What search knows of every object the
  rule allows (``facts``: type, locale, tags, category, expiry), read once
  per change, keeps the matches this search may find and gives their counts
  and facets, with no further query;
* Elasticsearch: ``live`` is a term filter and the few live pages that
  ``Visibility`` still hides (other sites, expired, restricted, aliases of
  restricted pages) are excluded by id, so the request does not carry every
  visible id. Hits are then loaded from the database through the same
  queryset, so a stale index cannot show a page the database would not.

Words: all of them must match ("and"); when nothing matches every word, the
search is run again for any of them ("or") and the response says so.
"""

import heapq
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from modelsearch.index import FilterField, class_is_indexed
from wagtail.models import Page

from blocks import load_renditions
from plugins.headless.api import IMAGE_FIELDS
from plugins.headless.endpoints import registry
from plugins.headless.representation import page_item
from plugins.headless.rich_text import prefetch_links_of
from plugins.search.backends.database.matches import SCORE
from plugins.search.backends.elasticsearch import CATEGORY_FIELD, TAGS_FIELD
from plugins.search.backends.locale_filter import content_language_codes
from plugins.search.categories import category_values, split_key
from plugins.search.facts import (
    FactBook,
    Verdicts,
    categories,
    facts_of,
    index_entries_of,
    tag_names,
)
from plugins.search.spelling import corrected, vocabulary_of


def page_endpoints():
    """Page types with a listing: the ones search results can show."""
    return [endpoint for endpoint in registry.pages.values() if endpoint.path]


def snippet_endpoints():
    return [
        endpoint
        for endpoint in registry.snippets.values()
        if class_is_indexed(endpoint.model)
    ]


def searchable_type_names():
    names = [endpoint.type_name for endpoint in page_endpoints()]
    names += [endpoint.type_name for endpoint in snippet_endpoints()]
    return list(dict.fromkeys(names))


def tag_through(model):
    tags = getattr(model, "tags", None)
    return getattr(tags, "through", None)


@dataclass
class Match:
    source: object
    pk: int
    relevance: float
    content_type_id: int | None = None
    # The tag names, when the search knows them already (its facts).
    tags: tuple[str, ...] | None = None
    # An untranslated copy of a page (``Fact.copy``).
    copy: bool = False


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


class PageSource:
    model = Page
    key = "pages"
    title_field = "title"
    # Pages autocomplete their summary too; suggestions complete titles only.
    autocomplete_fields = ["title"]

    def __init__(self, endpoints):
        self.endpoints = endpoints
        content_types = ContentType.objects.get_for_models(
            *[endpoint.model for endpoint in endpoints]
        )
        self.by_content_type = {
            content_types[endpoint.model].pk: endpoint for endpoint in endpoints
        }
        self.type_names = {endpoint.type_name for endpoint in endpoints}

    def read_facts(self, visibility):
        """{page id: Fact} of every page of these types that ``visibility``
        allows: one query for the pages, one per tag model and one per type
        with categories."""
        pages = visibility(
            Page.objects.filter(content_type_id__in=list(self.by_content_type))
        ).order_by()
        tags = {}
        for through in set(self.tagged_models().values()):
            tags.update(tag_names(through))
        categorized = {}
        for endpoint, field_name in self.categorized_models().values():
            categorized.update(categories(endpoint.model, field_name))
        book = FactBook()
        return {
            pk: book.fact(
                self.by_content_type[content_type_id].type_name,
                locale_id,
                content_type_id,
                categorized.get(pk) or "",
                tags.get(pk, ()),
                expire_at,
                alias_of_id is not None,
            )
            for pk, content_type_id, locale_id, expire_at, alias_of_id in (
                pages.values_list(
                    "pk", "content_type_id", "locale_id", "expire_at", "alias_of_id"
                )
            )
        }

    def queryset(self, search):
        queryset = search.strategy.visible_pages(
            sorted(self.by_content_type), search.locale
        ).only("id", "content_type_id", "alias_of_id")
        if not search.strategy.filters_in_index:
            return queryset
        if search.tag:
            tagged = Q()
            for endpoint in self.endpoints:
                through = tag_through(endpoint.model)
                if through is not None:
                    tagged |= Q(
                        pk__in=through.objects.filter(tag__name=search.tag).values(
                            "content_object_id"
                        )
                    )
            queryset = queryset.filter(tagged) if tagged else queryset.none()
        if search.category:
            categorized = Q()
            for endpoint in self.endpoints:
                if search.category in category_values([endpoint]):
                    categorized |= Q(
                        pk__in=endpoint.model.objects.filter(
                            **{endpoint.category_field: search.category}
                        ).values("pk")
                    )
            queryset = queryset.filter(categorized) if categorized else queryset.none()
        return queryset

    def categorized_models(self):
        """{content type id: (endpoint, category field)} of the types with
        categories."""
        return {
            content_type_id: (endpoint, endpoint.category_field)
            for content_type_id, endpoint in self.by_content_type.items()
            if endpoint.category_field
        }

    def tagged_models(self):
        return {
            content_type_id: tag_through(endpoint.model)
            for content_type_id, endpoint in self.by_content_type.items()
            if tag_through(endpoint.model) is not None
        }

    def suggestions(self, ids, rep):
        pages = Page.objects.filter(pk__in=ids).only(
            "id", "title", "url_path", "content_type_id", "locale"
        )
        return {
            page.pk: {
                "id": page.pk,
                "type": self.by_content_type[page.content_type_id].type_name,
                "title": page.title,
                "locale": rep.locale_code(page),
                "path": rep.path(page),
            }
            for page in rep.visible_pages(pages)
        }

    def items(self, matches, rep, terms):
        by_type = {}
        for match in matches:
            by_type.setdefault(match.content_type_id, []).append(match.pk)
        rep.know_tags(
            {match.pk: match.tags for match in matches if match.tags is not None}
        )
        groups = []
        # {untranslated copy's id: its source's id}
        sources = dict(
            Page.objects.filter(
                pk__in=[match.pk for match in matches if match.copy]
            ).values_list("pk", "alias_of_id")
        )
        for content_type_id, ids in by_type.items():
            endpoint = self.by_content_type[content_type_id]
            # Checked again as they load (``allows``), so that a stale search
            # index can never show what the database would withhold.
            pages = rep.visible_pages.only_allowed(
                endpoint.model.objects.filter(
                    pk__in=[sources.get(pk, pk) for pk in ids]
                )
                .order_by()
                .defer(*endpoint.listing_defer)
                .select_related(*IMAGE_FIELDS, *endpoint.select_related)
                .prefetch_related(*endpoint.prefetch_related)
            )
            rep.load_tags(pages)
            groups.append((endpoint, pages))
        # Translations and renditions for every type at once.
        every_page = [page for _endpoint, pages in groups for page in pages]
        rep.load_translations(every_page)
        load_renditions(
            [img for page in every_page for img in (page.share_image, page.hero_image)]
        )
        items = {}
        for endpoint, pages in groups:
            for page in pages:
                item = page_item(page, rep, endpoint.type_name)
                item.update(endpoint.summary_fields(page, rep))
                item["highlight"] = terms.highlight(
                    item["summary"], language_code=item["locale"]
                )
                items[page.pk] = item
        # An untranslated copy is shown as its source, marked as a fallback.
        for copy_id, source_id in sources.items():
            if source_id in items:
                items[copy_id] = {**items[source_id], "fallback": True}
        return items


class SnippetSource:
    def __init__(self, endpoint):
        self.endpoint = endpoint
        self.model = endpoint.model
        self.key = self.endpoint.type_name
        self.type_names = {self.endpoint.type_name}
        # A snippet's one autocomplete field is its title (question, name).
        self.title_field = self.model.get_autocomplete_search_fields()[0].field_name
        self.autocomplete_fields = None

    def read_facts(self, visibility):
        """{id: Fact} of every snippet of this type that ``visibility`` allows,
        with its expiry, which passes without a signal."""
        through = tag_through(self.model)
        tags = tag_names(through) if through is not None else {}
        field_name = self.endpoint.category_field
        categorized = categories(self.model, field_name) if field_name else {}
        book = FactBook()
        return {
            pk: book.fact(
                self.endpoint.type_name,
                locale_id,
                None,
                categorized.get(pk) or "",
                tags.get(pk, ()),
                expire_at,
            )
            for pk, locale_id, expire_at in visibility(self.model.objects.all())
            .order_by()
            .values_list("pk", "locale_id", "expire_at")
        }

    def queryset(self, search):
        queryset = self.model.objects.filter(live=True)
        if search.locale:
            queryset = queryset.filter(locale=search.locale)
        if not search.strategy.filters_in_index:
            return queryset
        # The index knows ``live`` but not the expiry: leave out by id the
        # few live snippets past it (the scheduled job has not run yet).
        expired = list(
            queryset.exclude(pk__in=search.strategy.visibility(queryset).values("pk"))
            .order_by()
            .values_list("pk", flat=True)
        )
        if expired:
            queryset = queryset.exclude(pk__in=expired)
        if search.tag:
            if tag_through(self.model) is None:
                return queryset.none()
            queryset = queryset.filter(tags__name=search.tag)
        if search.category:
            if search.category not in category_values([self.endpoint]):
                return queryset.none()
            queryset = queryset.filter(
                **{self.endpoint.category_field: search.category}
            )
        return queryset

    def categorized_models(self):
        field_name = self.endpoint.category_field
        return {None: (self.endpoint, field_name)} if field_name else {}

    def tagged_models(self):
        through = tag_through(self.model)
        return {None: through} if through is not None else {}

    def suggestions(self, ids, rep):
        objects = rep.visible_pages(self.model.objects.filter(pk__in=ids))
        objects = objects.select_related("locale")
        return {
            obj.pk: {
                "id": obj.pk,
                "type": self.endpoint.type_name,
                "title": getattr(obj, self.title_field),
                "locale": obj.locale.language_code,
                "path": None,
            }
            for obj in objects
        }

    def items(self, matches, rep, terms):
        objects = list(
            rep.visible_pages(
                self.model.objects.filter(pk__in=[match.pk for match in matches])
            )
            .select_related("locale")
            .prefetch_related(*self.endpoint.prefetch_related)
        )
        prefetch_links_of(objects)
        items = {}
        for obj in objects:
            item = self.endpoint.representation(obj, rep.request)
            # Listings leave ``type`` to the schema's default; a mixed list can't.
            item["type"] = self.endpoint.type_name
            text = item.get("answer") or item.get("description") or ""
            item["highlight"] = terms.highlight(
                strip_tags(text), language_code=obj.locale.language_code
            )
            items[obj.pk] = item
        return items


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
        return facts_of(SiteSearch.sources_for(None), self.visibility)

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
        scores = self.backend.match_scores(
            results, memo=self.memo, index_entries=self.index_entries
        )
        return {
            pk: (score, fact)
            for pk, score in scores.items()
            if (fact := facts.get(pk)) is not None and admits[fact]
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


class SiteSearch:
    def __init__(
        self, backend, rep, *, terms, locale=None, types=None, tag=None, category=None
    ):
        self.backend = backend
        self.rep = rep
        self.strategy = strategy_for(backend, rep.visible_pages)
        self.terms = terms
        self.locale = locale
        self.tag = tag
        self.category = category
        self.sources = self.sources_for(types)

    @staticmethod
    def sources_for(types):
        pages = [
            endpoint
            for endpoint in page_endpoints()
            if types is None or endpoint.type_name in types
        ]
        sources = [PageSource(pages)] if pages else []
        sources += [
            SnippetSource(endpoint)
            for endpoint in snippet_endpoints()
            if types is None or endpoint.type_name in types
        ]
        return sources

    def outcomes(self, operator, window):
        return [
            (source, self.strategy.run(self, source, operator, window))
            for source in self.sources
        ]

    def admitter(self, source):
        """A test of whether an object ``source`` matched, known by its fact,
        is one this search may find: its type, locale, tag and category, and
        the expiry of pages and snippets, for the database backends, which
        check them after the full-text match (Elasticsearch filters in its
        query)."""
        types = source.type_names
        now = timezone.now()
        locale_id = self.locale.pk if self.locale is not None else None
        tag, category = self.tag, self.category

        def admits(fact):
            return (
                fact.type_name in types
                # Without a language the source itself is found, not its copies.
                and (locale_id is not None or not fact.copy)
                and (fact.expire_at is None or fact.expire_at > now)
                and (locale_id is None or fact.locale_id == locale_id)
                and (tag is None or tag in fact.tags)
                and (category is None or fact.category == category)
            )

        return admits

    def run(self, offset, limit):
        """Count, items offset..offset+limit, facets and the operator used."""
        window = offset + limit
        operator = "and"
        outcomes = self.outcomes(operator, window)
        if not any(o.total for _s, o in outcomes):
            # Misspelt words: search again for the closest indexed words.
            respelt = self.strategy.respelt(self)
            if respelt is not None:
                self.terms = respelt
                outcomes = self.outcomes(operator, window)
        if self.terms.relaxable and not any(o.total for _s, o in outcomes):
            operator = "or"
            outcomes = self.outcomes(operator, window)
        matches = sorted(
            (match for _source, outcome in outcomes for match in outcome.ranked),
            key=lambda match: (-match.relevance, self.sources.index(match.source)),
        )[offset:window]
        items = self.serialize(matches)
        return {
            "count": sum(outcome.total for _source, outcome in outcomes),
            "operator": operator,
            "items": items,
            "facets": self.facets(outcomes),
        }

    def serialize(self, matches):
        items = {}
        for source in self.sources:
            mine = [match for match in matches if match.source is source]
            if mine:
                items[source] = source.items(mine, self.rep, self.terms)
        return [
            items[match.source][match.pk]
            for match in matches
            if match.pk in items.get(match.source, {})
        ]

    def facets(self, outcomes):
        types, locales, tags, categories = Counter(), Counter(), Counter(), Counter()
        for _source, outcome in outcomes:
            types.update(outcome.types)
            locales.update(outcome.locales)
            tags.update(outcome.tags)
            categories.update(outcome.categories)
        codes = self.rep.locale_codes
        by_code = Counter()
        for locale_id, count in locales.items():
            if int(locale_id) in codes:
                by_code[codes[int(locale_id)]] += count
        return {
            "type": facet_values(types),
            "category": [
                {"type": type_name, "value": str(value), "count": count}
                for (type_name, value), count in sorted(
                    categories.items(), key=lambda kv: (-kv[1], kv[0])
                )
                if count and value
            ],
            "tag": facet_values(tags),
            "locale": facet_values(by_code),
        }

    def suggestions(self, limit):
        """Titles that complete what was typed, best first."""
        matches = []
        for source in self.sources:
            matches += self.strategy.completions(self, source, limit)
        matches.sort(key=lambda match: -match.relevance)
        matches = matches[:limit]
        found = {}
        for source in self.sources:
            ids = [match.pk for match in matches if match.source is source]
            if ids:
                found[source] = source.suggestions(ids, self.rep)
        return [
            found[match.source][match.pk]
            for match in matches
            if match.pk in found.get(match.source, {})
        ]


def facet_values(counter):
    return [
        {"value": str(value), "count": count}
        for value, count in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
        if count
    ]
