"""SQLite FTS5 search of text analysed per language, with loose word
matching: see ``plugins.search.backends.database``."""

import re
from collections import defaultdict

from django.db import connections
from modelsearch.backends.database.sqlite.query import (
    BM25,
    Lexeme,
    LexemeCombinable,
    MatchExpression,
    SearchQueryExpression,
    SearchQueryField,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from plugins.search.analysis import analyzer
from plugins.search.backends.database.analysed import (
    AnalysedIndexer,
    SearchedLanguages,
    language_codes,
    query_alternatives,
)
from plugins.search.backends.database.matches import DatabaseMatches
from plugins.search.backends.locale_filter import locale_filter_key

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


class Grouped(LexemeCombinable):
    """A part of an FTS5 query in parentheses: modelsearch joins lexemes
    without them, and FTS5 binds AND tighter than OR."""

    def __init__(self, inner):
        super().__init__(output_field=SearchQueryField())
        self.inner = inner

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.inner)
        return "%s", [f"({sql % tuple(params)})"]


def combine(parts, operator):
    """``parts`` joined with AND or OR, each in parentheses."""
    parts = [Grouped(part) for part in parts]
    combined = parts[0]
    for part in parts[1:]:
        combined = combined & part if operator == "AND" else combined | part
    return combined


class AnalysedQuery(SearchedLanguages):
    """Builds the FTS5 query of a plain-text search from each term's forms in
    the languages searched (``analysed.query_alternatives``)."""

    autocomplete = False

    def lexeme(self, word, form, last):
        if self.autocomplete:
            return Lexeme(word, prefix=last)
        if not form.loose:
            return Lexeme(word)
        text, prefix = loose(word)
        return Lexeme(text, prefix=prefix)

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        terms = query.query_string.split()
        if not terms:
            return None
        codes = self.languages
        operator = "AND" if self.autocomplete else query.operator.upper()
        per_term = []
        # Completing a named field (a page's title) matches its words as
        # they are indexed, the last typed one as a prefix.
        alternatives = query_alternatives(
            terms,
            codes,
            autocomplete=self.autocomplete and not self.fields,
            partial_last=self.autocomplete and bool(self.fields),
        )
        for position, term_forms in enumerate(alternatives):
            last_term = position == len(terms) - 1
            forms = dict.fromkeys(form for _code, form in term_forms)
            per_term.append(
                combine(
                    [
                        combine(
                            [
                                self.lexeme(
                                    word, form, last_term and i == len(form.words) - 1
                                )
                                for i, word in enumerate(form.words)
                            ],
                            # A segmented term's words, as the query's terms.
                            operator,
                        )
                        for form in forms
                    ],
                    "OR",
                )
            )
        return SearchQueryExpression(combine(per_term, operator), config=config)


class LooseSQLiteSearchQueryCompiler(AnalysedQuery, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, Phrase | PlainText | Not):
            rank = TitleWeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class AnalysedSQLiteAutocompleteQueryCompiler(
    AnalysedQuery, SQLiteAutocompleteQueryCompiler
):
    autocomplete = True


class AnalysedObjectIndexer(AnalysedIndexer, ObjectIndexer):
    def __init__(self, obj, backend, language_code):
        super().__init__(obj, backend)
        self.analyzer = analyzer(language_code)


class AnalysedSQLiteIndex(SQLiteIndex):
    """modelsearch's SQLite index, writing each object's text analysed in its
    language. ``add_items`` is modelsearch's own with the analysing indexer:
    modelsearch builds its indexer inside ``add_items`` and offers no hook."""

    def add_items(self, model, objs):
        if not model.get_search_fields():
            return
        objs = list(objs)
        if not objs:
            return
        codes = language_codes(objs)
        indexers = [
            AnalysedObjectIndexer(obj, self.backend, codes.get(obj.pk)) for obj in objs
        ]
        content_type_pk = get_content_type_pk(model)
        texts = {
            indexer.id: (indexer.title, indexer.autocomplete, indexer.body)
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(
            entries.filter(object_id__in=texts).values_list("object_id", flat=True)
        )
        for object_id in indexed:
            title, autocomplete, body = texts[object_id]
            entries.filter(object_id=object_id).update(
                title=title, autocomplete=autocomplete, body=body
            )
        self.entries.bulk_create(
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in texts.items()
            if object_id not in indexed
        )
        refresh_title_norms(self)


def refresh_title_norms(index):
    """modelsearch's update of new entries' title weights (``title_norm``),
    which its ``add_items`` runs after writing: private, so called from this
    one place (``tests/search/test_analysis_indexing.py`` fails if it goes)."""
    index._refresh_title_norms()


class SQLiteFTSSearchBackend(DatabaseMatches, SQLiteSearchBackend):
    query_compiler_class = LooseSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedSQLiteAutocompleteQueryCompiler
    index_class = AnalysedSQLiteIndex

    def read_index_entries(self):
        """{index entry id: (content type id, object id, title weight)} of
        every index entry: what an FTS row id stands for. A caller holds it
        (``plugins.search.facts``) so that a search need not join the FTS
        table to the index entries, which costs more than the match itself.
        An entry's id never changes its object (ids are not reused), and its
        title weight changes only when ``update_index`` rebuilds the index."""
        return dict(map(entry_row, self.index_entry_rows(IndexEntry.objects.all())))

    def index_vocabulary(self):
        """(word, entries holding it) of every word in the full-text index,
        read through an ``fts5vocab`` view of it (made once per connection)."""
        table = SQLiteFTSIndexEntry._meta.db_table
        connection = connections[IndexEntry.objects.db]
        with connection.cursor() as cursor:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.trust_search_vocabulary "
                f"USING fts5vocab(main, {table}, 'row')"
            )
            cursor.execute("SELECT term, doc FROM temp.trust_search_vocabulary")
            return cursor.fetchall()

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
            locale_filter_key(compiler.queryset),
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
