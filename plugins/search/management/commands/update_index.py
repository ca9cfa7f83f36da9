"""Wagtail's ``update_index`` (``make reindex``), then a fresh start for what
search holds between requests: the cached search responses, the facts and
what each full-text row stands for (``plugins.search.facts``). A rebuild
rewrites the text and title weight of every index entry in place, and sends
no signal. Each rebuilt index records the text analysis it was built with
(``plugins.search.reindexing``)."""

from modelsearch.management.commands.rebuild_modelsearch_index import (
    Command as RebuildCommand,
)

from plugins.headless import caching, scopes
from plugins.search import reindexing


class Command(RebuildCommand):
    def handle(self, **options):
        super().handle(**options)
        caching.invalidate(scopes.SEARCH)
        if not options.get("schema_only"):
            name = options.get("backend_name")
            reindexing.record([name] if name else reindexing.backend_names())
