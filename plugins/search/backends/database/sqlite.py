"""SQLite FTS5 search with loose word matching: see
``plugins.search.backends.database``."""

import re
from itertools import groupby
from operator import itemgetter

from django.db import connections
from django.db.models import F, IntegerField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from plugins.search.backends.database.matches import DatabaseMatches

PLURAL = re.compile(r"(?:ies|es|s)$")


def loose(term):
    """(text, prefix): a word of five letters or more without its plural
    ending, matched as a prefix; shorter words exactly ("auto" must not find
    "automatic")."""
    if len(term) < 5:
        return term, False
    stem = PLURAL.sub("", term) if not term.endswith("ss") else term
    return (stem if len(stem) >= 3 else term), True


class TitleWeightedBM25(BM25):
    """bm25() with a page title weighing more than its body. The FTS table's
    columns are (autocomplete, body, title)."""

    weights = (1.0, 1.0, 3.0)

    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in self.weights)
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class LooseSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, Phrase | PlainText | Not):
            rank = TitleWeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        terms = query.query_string.split()
        if not terms:
            return None
        lexemes = None
        for term in terms:
            text, prefix = loose(term)
            lexeme = Lexeme(text, prefix=prefix)
            if lexemes is None:
                lexemes = lexeme
            elif query.operator.upper() == "AND":
                lexemes &= lexeme
            else:
                lexemes |= lexeme
        return SearchQueryExpression(lexemes, config=config)


class SQLiteFTSSearchBackend(DatabaseMatches, SQLiteSearchBackend):
    query_compiler_class = LooseSQLiteSearchQueryCompiler

    def fts_matches(self, results):
        """Every FTS index row that matches, of any model: (content type id,
        object id, score), by content type. One evaluation serves every model
        searched."""
        compiler = results.query_compiler
        search_query = compiler.build_search_query(normalize(compiler.query))
        if isinstance(compiler, LooseSQLiteSearchQueryCompiler):
            # bm25() once per row: the stock rank computes it twice.
            rank = TitleWeightedBM25() * (F("index_entry__title_norm") + 1.0)
        else:
            rank = compiler._build_rank_expression(compiler.get_search_vectors(), None)
        rows = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    compiler.fields or compiler.FTS_TABLE_FIELDS, search_query
                )
            )
            .annotate(
                score=rank,
                object_pk=Cast("index_entry__object_id", IntegerField()),
            )
            .values_list("index_entry__content_type_id", "object_pk", "score")
            .order_by("index_entry__content_type_id")
        )
        # Read from the cursor: a common word matches thousands of rows, and
        # Django would pass each through a converter that changes nothing.
        sql, params = rows.query.sql_with_params()
        with connections[rows.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def match_scores(self, results, memo=None):
        """One FTS evaluation per search, whatever the number of models: the
        stock backend scores each match in a correlated subquery, one FTS
        evaluation per matching row (seconds for a common word on ten thousand
        pages), and SQLite runs an ``IN (SELECT ... MATCH ...)`` filter once
        per candidate row. The scores are of every object of the queryset's
        model (and its subclasses) that matches: the queryset's filters are
        not applied."""
        compiler = results.query_compiler
        query = normalize(compiler.query)
        if not isinstance(query, PlainText | Phrase):
            return super().match_scores(results)
        key = (
            type(compiler),
            query.query_string,
            getattr(query, "operator", None),
            tuple(compiler.fields or ()),
        )
        memo = {} if memo is None else memo
        if key not in memo:
            memo[key] = {
                content_type_id: {object_id: score for _ct, object_id, score in rows}
                for content_type_id, rows in groupby(
                    self.fts_matches(results), key=itemgetter(0)
                )
            }
        scores = {}
        for content_type_id in get_descendants_content_types_pks(
            compiler.queryset.model
        ):
            scores.update(memo[key].get(content_type_id, {}))
        return scores

    def relevance(self, score):
        # bm25() is negative, and more negative is better.
        return -(score or 0.0)


SearchBackend = SQLiteFTSSearchBackend
