"""The languages a search is restricted to, read from its queryset's filter.

Backends analyse text per language. A search filtered with ``locale=...``
(as the search API filters) is analysed in that language only; a search with
no locale filter (the Wagtail admin's) is analysed in every content language.
"""

from django.conf import settings
from django.db.models import Model
from django.db.models.lookups import Lookup
from django.db.models.sql.where import WhereNode

LOCALE_COLUMNS = {"locale_id", "locale"}


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _locale_values(node):
    """Locale ids or instances compared with ``=`` or ``IN`` outside any
    negation in the where-tree ``node``."""
    if isinstance(node, Lookup):
        target = getattr(getattr(node.lhs, "target", None), "attname", None)
        if target in LOCALE_COLUMNS and node.lookup_name in ("exact", "in"):
            values = node.rhs if node.lookup_name == "in" else [node.rhs]
            if isinstance(values, list | tuple | set | frozenset):
                return list(values)
        return []
    if isinstance(node, WhereNode) and not node.negated:
        found = []
        for child in node.children:
            found.extend(_locale_values(child))
        return found
    return []


def locale_filter_key(queryset):
    """What the queryset's locale filter compares with (locale ids), as a
    hashable key: equal keys, equal languages, and no locale is read."""
    values = _locale_values(queryset.query.where)
    return tuple(sorted(getattr(value, "pk", value) for value in values))


def languages_in_queryset(queryset):
    """Language codes the queryset is filtered to, or None for no filter."""
    values = _locale_values(queryset.query.where)
    if not values:
        return None
    codes = {value.language_code for value in values if isinstance(value, Model)}
    ids = {value for value in values if not isinstance(value, Model)}
    if ids:
        from wagtail.models import Locale

        codes.update(
            Locale.objects.filter(pk__in=ids).values_list("language_code", flat=True)
        )
    return sorted(codes) or None
