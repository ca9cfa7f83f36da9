"""The database backends' index entries and queries, analysed per language
(``plugins.search.analysis``).

Indexing: each object's text is analysed in its locale's language before
modelsearch writes it (titles and bodies with ``index_text``, suggestion text
with ``autocomplete_text``). Objects with no locale are written as they are.

Querying: each term becomes the OR of its forms in every language searched
(the locale filter's, or every content language's), and the terms are joined
with the search's operator. ``query_alternatives`` gives those forms; each
backend renders them in its own query syntax.
"""

from functools import cached_property

from modelsearch.index import AutocompleteField, RelatedFields, SearchField

from plugins.search.analysis import analyzer
from plugins.search.backends.locale_filter import (
    content_language_codes,
    languages_in_queryset,
)


def language_codes(objs):
    """{object: language code} of ``objs`` that have a locale, in one query."""
    locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
    if not locale_ids:
        return {}
    from wagtail.models import Locale

    codes = dict(
        Locale.objects.filter(pk__in=locale_ids).values_list("pk", "language_code")
    )
    return {obj.pk: codes.get(getattr(obj, "locale_id", None)) for obj in objs}


# Where a title's exact spellings are indexed: with the body, so that they
# do not lengthen the title, whose length weighs it (``title_norm``).
TITLE_SPELLINGS = SearchField("title spellings")


class AnalysedIndexer:
    """Mixin for modelsearch's ``ObjectIndexer``s: analyses each field's
    value in ``self.analyzer``'s language. modelsearch's indexers yield
    ``(field, value)`` (SQLite) or ``(field, weight, value)`` (PostgreSQL)
    from ``prepare_field``; the value is last in both."""

    analyzer = analyzer(None)

    def prepare_field(self, obj, field):
        if isinstance(field, RelatedFields):
            # Its sub-fields come back through this method, analysed once.
            yield from super().prepare_field(obj, field)
            return
        for prepared in super().prepare_field(obj, field):
            *head, value = prepared
            if isinstance(head[0], AutocompleteField):
                yield (*head, self.analyzer.autocomplete_text(value))
            elif head[0].field_name == "title":
                yield (*head, self.analyzer.index_text(value, exact=False))
                spellings = self.analyzer.exact_text(value)
                if spellings:
                    yield (TITLE_SPELLINGS, *head[1:], spellings)
            else:
                yield (*head, self.analyzer.index_text(value))


def searched_languages(queryset):
    """The language codes a search over ``queryset`` is analysed in: its
    locale filter's, or every content language's."""
    return languages_in_queryset(queryset) or content_language_codes()


class SearchedLanguages:
    """A search query compiler's languages (``searched_languages``), read once
    per search: the query is built and its matches scored in the same."""

    @cached_property
    def languages(self):
        return searched_languages(self.queryset)


def query_alternatives(terms, codes, autocomplete=False, partial_last=False):
    """For each term, its distinct forms in the languages ``codes``, each with
    the language code it came from: [[(code, Form), ...], ...].
    ``autocomplete``: forms of suggestion text; ``partial_last``: the last
    term is still being typed (``Analyzer.query_forms``)."""
    alternatives = []
    for position, term in enumerate(terms):
        partial = partial_last and position == len(terms) - 1
        forms = {}
        for code in codes:
            words = analyzer(code)
            for form in words.query_forms(term, autocomplete, partial):
                forms.setdefault((words.language.postgres, form), code)
        alternatives.append([(code, form) for (_config, form), code in forms.items()])
    return alternatives
