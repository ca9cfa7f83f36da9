"""Misspelt words: when nothing matches what a resident typed, each word the
index has never seen is replaced by the closest word it has, and the search
is run again; the response's ``query`` then shows what was searched.

The words come from the database backend's own index (SQLite's ``fts5vocab``
view of the full-text table, PostgreSQL's ``ts_stat``), read once after each
change and held per process like the facts (``plugins.search.facts``).
Distance counts edits (a letter added, dropped, changed, or two swapped: the
optimal string alignment distance, computed by rapidfuzz): one edit for words of
five to eight letters, two for longer words; shorter words and words of unspaced
scripts are never changed. Among equally close words the most frequent wins.
"""

from bisect import bisect_left

from rapidfuzz import process
from rapidfuzz.distance import OSA

from plugins.headless import caching, scopes
from plugins.search.analysis import analyzer
from plugins.search.terms import UNSPACED, SearchTerms


class Vocabulary:
    """The words of an index, with how many entries hold each."""

    def __init__(self, counts):
        self.counts = {word: count for word, count in counts if word.isalpha()}
        self.words = sorted(self.counts)

    def knows(self, word):
        """Whether ``word`` is indexed, or begins an indexed word."""
        position = bisect_left(self.words, word)
        return position < len(self.words) and self.words[position].startswith(word)

    def closest(self, word):
        """The indexed word closest to ``word``, or None if none is close."""
        allowed = allowed_edits(word)
        if not allowed:
            return None
        found = process.extract(
            word,
            self.words,
            scorer=OSA.distance,
            score_cutoff=allowed,
            limit=None,
        )
        if not found:
            return None
        best, _distance, _index = min(
            found, key=lambda hit: (hit[1], -self.counts[hit[0]], hit[0])
        )
        return best


def allowed_edits(word):
    if len(word) < 5 or UNSPACED.search(word):
        return 0
    return 1 if len(word) <= 8 else 2


def vocabulary_of(backend, request):
    """The backend's ``Vocabulary``, or None for a backend without one."""
    read = getattr(backend, "index_vocabulary", None)
    if read is None:
        return None
    return caching.process_value(
        request,
        "search-vocabulary",
        [scopes.SEARCH],
        lambda: Vocabulary(read()),
        per_host=False,
    )


def corrected(terms, vocabulary, codes, indexed_words=None):
    """``terms`` with each word that no language in ``codes`` knows replaced
    by the closest known word; None when nothing was replaced.

    ``indexed_words`` gives, for (language code, word) pairs, the word as
    the index holds it (PostgreSQL's stem; None for a stop word), so that a
    word is compared with what the index holds; by default it is the word.
    """
    pairs = {
        (code, word.lower())
        for term in terms.terms
        for code in codes
        for form in analyzer(code).query_forms(term)
        if form.loose
        for word in form.words
    }
    if indexed_words is None:
        as_indexed = {pair: pair[1] for pair in pairs}
    else:
        as_indexed = indexed_words(sorted(pairs))
    words = []
    for term in terms.terms:
        held = {
            as_indexed.get((code, word.lower()), word.lower())
            for code in codes
            for form in analyzer(code).query_forms(term)
            if form.loose
            for word in form.words
        }
        if None in held or any(vocabulary.knows(word) for word in held):
            words.append(term)
            continue
        closest = min(
            filter(None, (vocabulary.closest(word) for word in sorted(held))),
            key=len,
            default=None,
        )
        words.append(closest or term)
    if words == terms.terms:
        return None
    return SearchTerms(words)
