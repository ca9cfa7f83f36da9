"""One search across the site's pages and snippets, for one request.

Sources: every page type that has a listing in the API (policies, stories,
tips, guides, awards, ...) is searched in one query over Wagtail's ``Page``
model; each searchable snippet type (FAQs, technologies) in one query over its
own model. Their hits are merged by relevance into one list of items, each in
its type's listing shape; ``count`` and the facets cover every match.

What may be found: what ``Visibility(request)`` allows: pages live, on this
site, not expired, not under a view restriction, not a translation or alias
of a restricted page; snippets live and not expired. A search in a
language finds the snippets not translated into it in the default language,
marked as fallbacks, as the snippet lists show them. The rule is applied
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

The sources are ``plugins.search.sources``; how each backend runs the search
is ``plugins.search.strategies``.

Words: all of them must match ("and"); when nothing matches every word, the
search is run again for any of them ("or") and the response says so.
"""

from collections import Counter

from django.db.models import Q
from django.utils import timezone

from plugins.headless.api import default_locale
from plugins.headless.endpoints import untranslated_sources
from plugins.search.sources import sources_for
from plugins.search.strategies import strategy_for
from plugins.search.terms import SearchTerms


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
        self.sources = sources_for(types)
        self._untranslated = {}

    def outcomes(self, operator, window):
        return [
            (source, self.strategy.run(self, source, operator, window))
            for source in self.sources
        ]

    def in_asked_language(self, model):
        """The ``Q`` of the snippets of ``model`` a search in ``self.locale``
        finds: those in that language and the untranslated ones
        (``untranslated``). The latter carry their locale in the filter, so
        the search is analysed in their language too."""
        in_locale = Q(locale=self.locale)
        ids = self.untranslated(model)
        if not ids:
            return in_locale
        return in_locale | Q(locale=self.default_locale, pk__in=sorted(ids))

    def untranslated(self, model):
        """The ids of the snippets of ``model`` in the site's default language
        that a search in ``self.locale`` finds in place of a translation it
        lacks, and shows as fallbacks, as the snippet lists do (a page not
        translated is found through its synced copy instead); none without a
        language, or in the default one. One query per type."""
        if self.locale is None or self.locale.pk == self.default_locale.pk:
            return frozenset()
        if model not in self._untranslated:
            self._untranslated[model] = frozenset(
                model.objects.filter(
                    untranslated_sources(
                        model, self.locale, self.default_locale, self.rep.visible_pages
                    ),
                    live=True,
                ).values_list("pk", flat=True)
            )
        return self._untranslated[model]

    @property
    def default_locale(self):
        return default_locale(self.rep)

    def admitter(self, source, locale=None):
        """A test of whether an object ``source`` matched, known by its fact,
        is one this search may find: its type, locale (``locale``, by default
        the one asked for), tag and category, and the expiry of pages and
        snippets, for the database backends, which check them after the
        full-text match (Elasticsearch filters in its query)."""
        types = source.type_names
        now = timezone.now()
        locale = locale or self.locale
        locale_id = locale.pk if locale is not None else None
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
            respelt = self.public_respelling()
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

    def public_respelling(self):
        """The strategy's respelling of the terms, keeping only the
        replacements that something this search may show holds. The
        vocabulary is the whole index's, drafts and private pages included:
        a replacement found nowhere public would name their words."""
        respelt = self.strategy.respelt(self)
        if respelt is None:
            return None
        words = [
            new if new == typed or self.finds(SearchTerms([new])) else typed
            for typed, new in zip(self.terms.terms, respelt.terms, strict=True)
        ]
        return None if words == self.terms.terms else SearchTerms(words)

    def finds(self, terms):
        """Whether ``terms`` match anything this search may show."""
        typed, self.terms = self.terms, terms
        try:
            return any(outcome.total for _s, outcome in self.outcomes("and", 0))
        finally:
            self.terms = typed

    def serialize(self, matches):
        items = {}
        for source in self.sources:
            mine = [match for match in matches if match.source is source]
            if mine:
                items[source] = source.items(mine, self.rep, self.terms, self.locale)
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
        suggested = {}
        for match in matches:
            item = found.get(match.source, {}).get(match.pk)
            # A copy is suggested as its source: once, where either ranks.
            if item is not None:
                suggested.setdefault((item["type"], item["id"]), item)
        return list(suggested.values())


def facet_values(counter):
    return [
        {"value": str(value), "count": count}
        for value, count in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))
        if count
    ]
