"""SQLite FTS5 search with loose word matching: see
``plugins.search.backends.database``."""

import re
from collections import defaultdict

from django.db import connections
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    MatchExpression,
    SearchQueryExpression,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from plugins.search.backends.database.matches import DatabaseMatches

PLURAL = re.compile(r"(?:ies|es|s)$")
# Up to this many FTS rows that the held index entries do not know are read by
# id; more are read with every entry.
UNKNOWN_ROWS_BY_ID = 500


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

    def read_index_entries(self):
        """{index entry id: (content type id, object id, title weight)} of
        every index entry: what an FTS row id stands for. A caller holds it
        (``plugins.search.facts``) so that a search need not join the FTS
        table to the index entries, which costs more than the match itself.
        An entry's id never changes its object (ids are not reused), and its
        title weight changes only when ``update_index`` rebuilds the index."""
        return dict(map(entry_row, self.index_entry_rows(IndexEntry.objects.all())))

    def index_entry_rows(self, entries):
        return entries.order_by().values_list(
            "pk", "content_type_id", "object_id", "title_norm"
        )

    def fts_matches(self, results):
        """(FTS row id, score) of every index row that matches, of any
        model. One evaluation serves every model searched."""
        compiler = results.query_compiler
        search_query = compiler.build_search_query(normalize(compiler.query))
        rank = (
            TitleWeightedBM25()
            if isinstance(compiler, LooseSQLiteSearchQueryCompiler)
            else BM25()
        )
        rows = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    compiler.fields or compiler.FTS_TABLE_FIELDS, search_query
                )
            )
            .annotate(score=rank)
            .values_list("index_entry_id", "score")
            .order_by()
        )
        # Read from the cursor: a common word matches thousands of rows, and
        # Django would pass each through a converter that changes nothing.
        sql, params = rows.query.sql_with_params()
        with connections[rows.db].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def scores_by_content_type(self, results, index_entries):
        """{content type id: {object id: relevance}} of every match of
        ``results``. ``index_entries`` (held by the caller, see
        ``read_index_entries``) says what each FTS row stands for; the rows it
        does not know yet (entries added since it was read) are read and added
        to it."""
        title_weighted = isinstance(
            results.query_compiler, LooseSQLiteSearchQueryCompiler
        )
        scores = defaultdict(dict)

        def add(rows):
            """Scores ``rows``; returns those ``index_entries`` does not know."""
            unknown = []
            for rowid, score in rows:
                entry = index_entries.get(rowid)
                if entry is None:
                    unknown.append((rowid, score))
                    continue
                content_type_id, object_id, title_weight = entry
                # bm25() is negative, and more negative is better.
                scores[content_type_id][object_id] = (
                    -score * title_weight if title_weighted else -score
                )
            return unknown

        unknown = add(self.fts_matches(results))
        if unknown:
            # A few rows indexed since are read by id; many (the index rebuilt
            # since) all at once, which also keeps within SQLite's limit on
            # query parameters.
            read = IndexEntry.objects.all()
            if len(unknown) <= UNKNOWN_ROWS_BY_ID:
                read = read.filter(pk__in=[rowid for rowid, _score in unknown])
            index_entries.update(map(entry_row, self.index_entry_rows(read)))
            add(unknown)
        return scores

    def match_scores(self, results, memo=None, index_entries=None):
        """One FTS evaluation per search, whatever the number of models: the
        stock backend scores each match in a correlated subquery, one FTS
        evaluation per matching row (seconds for a common word on ten thousand
        pages), and SQLite runs an ``IN (SELECT ... MATCH ...)`` filter once
        per candidate row. The scores are of every object of the queryset's
        model (and its subclasses) that matches: the queryset's filters are
        not applied. A page's title counts by its length, as in the stock
        backend (``title_norm``)."""
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
            memo[key] = self.scores_by_content_type(
                results, {} if index_entries is None else index_entries
            )
        scores = {}
        for content_type_id in get_descendants_content_types_pks(
            compiler.queryset.model
        ):
            scores.update(memo[key].get(content_type_id, {}))
        return scores

    def relevance(self, score):
        # bm25() is negative, and more negative is better.
        return -(score or 0.0)


def entry_row(row):
    """(id, (content type id, object id, title weight)) of an index entry's
    row: its object id as the integer it is stored for, and the stock
    backend's title weight (``title_norm + 1``)."""
    pk, content_type_id, object_id, title_norm = row
    object_pk = int(object_id) if object_id.isdigit() else object_id
    return pk, (content_type_id, object_pk, title_norm + 1.0)


SearchBackend = SQLiteFTSSearchBackend
