"""Wagtail's database search backend, with each language's text analysed as
``plugins.search.languages`` says, and a text-search configuration per
language on PostgreSQL.

Both database backends index and query text analysed in Python first
(``plugins.search.analysis``, through ``analysed.py``): Chinese segmented,
Vietnamese and Spanish folded, Arabic normalized and stemmed. What remains is
the database's own:

* PostgreSQL: modelsearch builds every ``tsvector`` and ``tsquery`` with one
  configuration. ``LocalizedPostgresSearchBackend`` (``postgres.py``) builds
  each object's vectors with its language's configuration (``english`` for
  en, ``spanish`` for es, ``simple`` for the languages analysed in Python),
  and each query word as the OR of its forms in every language searched
  (the locale filter's, as the search API filters, or every content
  language's for the Wagtail admin), each parsed with its configuration.
* SQLite (``sqlite.py``): FTS5's ``unicode61`` tokenizer folds case and some
  diacritics but has no stemmer, so words match loosely: a plural ending is
  dropped and the rest matches as a prefix ("cameras" finds "camera" and
  "cameras").

Both add the hooks the search API uses: every match with its score in one
query, and the index's vocabulary for misspelt words
(``plugins.search.spelling``). Changing the languages or their analysis
rebuilds the index on ``migrate`` (``plugins.search.reindexing``).
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
