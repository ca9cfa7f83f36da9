"""PostgreSQL full-text search with a text-search configuration per language:
see ``plugins.search.backends.database``."""

import operator
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connections
from django.db.models import F
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from plugins.search.analysis import analyzer
from plugins.search.backends.database.analysed import (
    AnalysedIndexer,
    SearchedLanguages,
    language_codes,
    query_alternatives,
)
from plugins.search.backends.database.matches import DatabaseMatches
from plugins.search.backends.locale_filter import locale_filter_key
from plugins.search.languages import postgres_config


class AnalysedObjectIndexer(AnalysedIndexer, ObjectIndexer):
    """Builds an object's vectors from its text analysed in its language,
    parsed with that language's configuration."""

    def __init__(self, obj, backend, language_code):
        super().__init__(obj, backend)
        self.analyzer = analyzer(language_code)
        self.config = backend.config_for(language_code)


class LocalizedPostgresIndex(PostgresIndex):
    """Indexes each object in its own language. ``add_items`` is modelsearch's
    own with the analysing indexer: modelsearch builds its indexer inside
    ``add_items`` and offers no hook."""

    COLUMNS = ("title", "autocomplete", "body")

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        objs = list(objs)
        if not objs:
            return
        codes = language_codes(objs)
        compiler = InsertQuery(IndexEntry).get_compiler(
            connection=self.write_connection
        )
        rows, params = [], []
        content_type_pk = get_content_type_pk(model)
        for obj in objs:
            indexer = AnalysedObjectIndexer(obj, self.backend, codes.get(obj.pk))
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for column in self.COLUMNS:
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(column), getattr(indexer, column)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {', '.join(vectors)}, 1.0, %s, %s)")
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, "
                "autocomplete, body, title_norm, title_text, body_text) "
                f"(VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET "
                "title = EXCLUDED.title, title_norm = 1.0, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        refresh_title_norms(self)


def refresh_title_norms(index):
    """modelsearch's update of new entries' title weights (``title_norm``),
    which its ``add_items`` runs after writing: private, so called from this
    one place (``tests/search/test_analysis_indexing.py`` fails if it goes)."""
    index._refresh_title_norms()


class AnalysedTsQuery(SearchedLanguages):
    """The ``tsquery`` of a plain-text search: each term is the OR of its
    forms in every language searched, each parsed with its language's
    configuration; the terms are joined with the search's operator."""

    autocomplete = False

    def build_tsquery_content(self, query, config=None, invert=False):
        completing_fields = self.autocomplete and self.fields is not None
        if (
            not isinstance(query, PlainText)
            or invert
            or (self.fields is not None and not completing_fields)
        ):
            return super().build_tsquery_content(query, config=config, invert=invert)
        terms = query.query_string.split()
        if not terms:
            return None
        configs = config if isinstance(config, LanguageConfigs) else None
        every = self.autocomplete or query.operator == "and"
        per_term = []
        # Completing a named field (a page's title) matches its words as
        # they are indexed, the last typed one as a prefix.
        alternatives = query_alternatives(
            terms,
            self.languages,
            autocomplete=self.autocomplete and not completing_fields,
            partial_last=completing_fields,
        )
        for position, term_forms in enumerate(alternatives):
            last_term = position == len(terms) - 1
            queries = []
            for code, form in term_forms:
                lexemes = [
                    Lexeme(
                        word,
                        prefix=self.autocomplete
                        and last_term
                        and i == len(form.words) - 1,
                    )
                    for i, word in enumerate(form.words)
                ]
                queries.append(
                    SearchQuery(
                        # A segmented term's words, as the query's terms.
                        reduce(operator.and_ if every else operator.or_, lexemes),
                        search_type="raw",
                        config=configs.of(code) if configs else config,
                    )
                )
            per_term.append(reduce(operator.or_, queries))
        return reduce(operator.and_ if every else operator.or_, per_term)


class LanguageConfigs:
    """The text-search configuration of each language a search is analysed
    in: what ``get_config`` gives ``build_tsquery`` instead of one name."""

    def __init__(self, by_code):
        self.by_code = by_code

    def of(self, code):
        return self.by_code[code]

    @property
    def names(self):
        return sorted(set(self.by_code.values()), key=lambda name: name or "")

    def __repr__(self):
        return f"LanguageConfigs({self.by_code!r})"


class LocalizedPostgresSearchQueryCompiler(
    AnalysedTsQuery, PostgresSearchQueryCompiler
):
    def get_config(self, backend):
        if self.fields is not None:
            # Searching named model fields builds vectors on the fly: one config.
            return backend.config
        codes = self.languages
        return LanguageConfigs({code: backend.config_for(code) for code in codes})


class LocalizedPostgresAutocompleteQueryCompiler(
    AnalysedTsQuery, PostgresAutocompleteQueryCompiler
):
    """Suggestions: every language's analysis, parsed with ``simple`` (no
    stemming), as modelsearch indexes suggestion text. Completing the title
    (``fields=["title"]``) reads the indexed title vector, with each
    language's configuration, rather than a vector of the raw title."""

    autocomplete = True

    def get_config(self, backend):
        if self.fields == ["title"]:
            codes = self.languages
            return LanguageConfigs({code: backend.config_for(code) for code in codes})
        return super().get_config(backend)

    def get_fields_vectors(self, search_query):
        if self.fields == ["title"]:
            return [(F("index_entries__title"), 1.0)]
        return super().get_fields_vectors(search_query)


class LocalizedPostgresSearchBackend(DatabaseMatches, PostgresSearchBackend):
    query_compiler_class = LocalizedPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = LocalizedPostgresAutocompleteQueryCompiler
    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        # Overrides by language code, e.g. {"vi": "vietnamese_unaccent"}.
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))

    def config_for(self, language_code):
        """The text-search configuration for a language; ``self.config`` (the
        ``SEARCH_CONFIG`` option) for objects that have none."""
        if not language_code:
            return self.config
        return self.language_configs.get(language_code) or postgres_config(
            language_code
        )

    def index_vocabulary(self):
        """(lexeme, entries holding it) of every lexeme in the index's titles
        and bodies (``ts_stat``)."""
        table = IndexEntry._meta.db_table
        with connections[IndexEntry.objects.db].cursor() as cursor:
            cursor.execute(
                "SELECT word, ndoc FROM ts_stat(%s)",
                [f"SELECT title || body FROM {table}"],  # noqa: S608 (a model's table)
            )
            return cursor.fetchall()

    def indexed_words(self, pairs):
        """{(language code, word): the lexeme the index holds for it, or None
        for a stop word}, in one query."""
        pairs = list(pairs)
        if not pairs:
            return {}
        columns = ", ".join(["to_tsvector(%s::regconfig, %s)::text"] * len(pairs))
        params = []
        for code, word in pairs:
            params.extend((self.config_for(code) or "simple", word))
        with connections[IndexEntry.objects.db].cursor() as cursor:
            cursor.execute(f"SELECT {columns}", params)
            vectors = cursor.fetchone()
        return {
            pair: (vector.split("'")[1] if vector else None)
            for pair, vector in zip(pairs, vectors, strict=True)
        }

    def match_scores(self, results, memo=None, index_entries=None):
        """As ``DatabaseMatches``; the searched types of one search (``memo``)
        share their languages, read once."""
        compiler = results.query_compiler
        if memo is not None and isinstance(compiler, SearchedLanguages):
            key = ("languages", locale_filter_key(compiler.queryset))
            if key in memo:
                compiler.languages = memo[key]
            else:
                memo[key] = compiler.languages
        return super().match_scores(results, memo, index_entries)

    def matching_queryset(self, results, score_field):
        compiler = results.query_compiler
        return compiler.search(
            compiler.get_config(self), None, None, score_field=score_field, backend=self
        )


SearchBackend = LocalizedPostgresSearchBackend
