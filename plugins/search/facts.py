"""What search on the database backends knows of every object it may find.

To count and facet the matches of a broad query ("camera" matches half the
pages of a large site), search needs to know, for each match, whether the API
may show it, and its type, locale, tags and category. Reading that from the
database for every search costs more than the full-text match itself. So it is
read once for every searchable object, after each change that could alter it,
and kept in each process's memory (``caching.process_value``).

The changes that could alter it are a publish, the save of a snippet, and any
change of structure or privacy. They invalidate the ``search`` scope or every
scope (``plugins.headless.invalidation``).

A page's ``expire_at`` passes without any signal, so each fact keeps it, and
search checks it at query time.

Objects alike (same type, locale, category, tags and expiry) share one
``Fact``, so a fact is its own kind: thousands of matches are checked and
counted as a few dozen kinds.

On SQLite, what each full-text row stands for (``index_entries_of``) is held
the same way, so that a search need not join its matches to the index entries.

The items a search shows are still loaded through the visibility rule
(``Visibility.only_allowed``). So an out-of-date fact could at worst miscount;
it could never show what the API withholds.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from plugins.headless import caching, scopes


# Compared by identity: ``FactBook`` makes one Fact per kind.
@dataclass(frozen=True, slots=True, eq=False)
class Fact:
    type_name: str
    locale_id: int
    # The page's content type (None for a snippet), which its items load by.
    content_type_id: int | None = None
    category: str = ""
    tags: tuple[str, ...] = ()
    expire_at: datetime | None = None
    # An untranslated copy of a page in another language (an alias that
    # locale sync made): found only by a search in its language, as its source.
    copy: bool = False


class FactBook:
    """Makes the facts of one reading, one ``Fact`` per kind."""

    def __init__(self):
        self.kinds = {}

    def fact(self, *fields):
        fact = self.kinds.get(fields)
        if fact is None:
            fact = self.kinds[fields] = Fact(*fields)
        return fact


class Verdicts(dict):
    """{Fact: whether ``admits`` it}, each kind judged once."""

    def __init__(self, admits):
        super().__init__()
        self.admits = admits

    def __missing__(self, fact):
        verdict = self[fact] = self.admits(fact)
        return verdict


def tag_names(through):
    """{object id: its tag names} of every object a tag model tags."""
    names = defaultdict(set)
    for object_id, name in through.objects.values_list(
        "content_object_id", "tag__name"
    ).order_by():
        names[object_id].add(name)
    return {object_id: tuple(sorted(found)) for object_id, found in names.items()}


def categories(model, field_name):
    """{object id: its category value} of every object of ``model``."""
    return dict(model.objects.order_by().values_list("pk", field_name))


def facts_of(sources, visibility):
    """{source key: {object id: Fact}} of every one of ``sources``, as the
    request's visibility rule allows."""
    return caching.process_value(
        visibility.request,
        "search-facts",
        [scopes.SEARCH],
        lambda: {source.key: source.read_facts(visibility) for source in sources},
    )


def index_entries_of(backend, request):
    """What each of the backend's index rows stands for
    (``read_index_entries``; None for a backend that needs nothing), held and
    read again like the facts, but once for every site: the index is the
    same for all. ``update_index`` invalidates it too."""
    return caching.process_value(
        request,
        "search-index-entries",
        [scopes.SEARCH],
        backend.read_index_entries,
        per_host=False,
    )
