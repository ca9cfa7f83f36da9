"""Wagtail's database search backend, with a text-search configuration per
language on PostgreSQL.

On PostgreSQL, modelsearch builds every ``tsvector`` and every ``tsquery`` with
one configuration, the backend's ``SEARCH_CONFIG`` option (the database's
``default_text_search_config`` when unset); it has no per-query or per-object
choice. ``LocalizedPostgresSearchBackend`` (``postgres.py``) makes both choices
by language:

* indexing: each translatable object's text is stemmed with its locale's
  configuration (``english`` for en, ``spanish`` for es, ``arabic`` for ar,
  ``simple`` for vi and zh-hans; see ``plugins.search.languages``). Objects
  with no locale keep ``SEARCH_CONFIG``.
* querying: a search filtered to one locale (``.filter(locale=...)``, as the
  search API filters) is parsed with that locale's configuration, so
  "matrícula" finds "matrículas" in Spanish. A search with no locale filter
  (the Wagtail admin's) ORs the query parsed with every configuration in
  use, so each document is matched in its own language.

On SQLite (``sqlite.py``), FTS5's ``unicode61`` tokenizer folds case and
diacritics but has no stemmer in any language, so words match loosely: a
plural ending is dropped and the rest matches as a prefix ("cameras" finds
"camera" and "cameras").

Both add the hook the search API uses to read every match with its score in
one query. Changing the languages or their configuration needs
``make reindex``.
"""

from functools import cache

from django.db import connection


@cache
def sqlite_fts_available():
    from modelsearch.backends.database.sqlite.utils import (
        fts5_available,
        fts_table_exists,
    )

    return fts5_available() and fts_table_exists()


def SearchBackend(params):  # modelsearch looks this name up
    """The backend for the default database, as modelsearch chooses it. The
    modules are imported by vendor: each needs its own index models."""
    if connection.vendor == "postgresql":
        from plugins.search.backends.database.postgres import (
            LocalizedPostgresSearchBackend,
        )

        return LocalizedPostgresSearchBackend(params)
    if connection.vendor == "sqlite" and sqlite_fts_available():
        from plugins.search.backends.database.sqlite import SQLiteFTSSearchBackend

        return SQLiteFTSSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as stock_backend

    return stock_backend(params)
