"""What a resident typed, made safe to search: words only, bounded in length
and number, plus a server-side highlight of those words in a result's text.

Only runs of letters and digits reach a backend. Punctuation, quotes and
operators are dropped, so no query can break SQLite's FTS5 syntax, a
PostgreSQL ``tsquery`` or an Elasticsearch query, and a query that is only
punctuation is refused rather than turned into a scan of everything.
"""

import re
import unicodedata
from functools import cached_property, lru_cache
from html import escape

WORD = re.compile(r"[^\W_]+")
# Scripts written without spaces between words: no word boundaries to match.
UNSPACED = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3040-\u30ff]")


class InvalidQuery(ValueError):
    pass


@lru_cache(maxsize=8192)
def fold_char(char):
    """A character without accents, in lower case, still one character long,
    so that positions in folded text are positions in the original."""
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


def fold(text):
    return "".join(map(fold_char, text))


class SearchTerms:
    def __init__(self, terms):
        self.terms = terms

    @classmethod
    def parse(cls, raw, *, max_length, max_terms):
        text = (raw or "").strip()
        if not text:
            raise InvalidQuery("is empty: give at least one word")
        if len(text) > max_length:
            raise InvalidQuery(f"is longer than {max_length} characters")
        terms = WORD.findall(text)
        if not terms:
            raise InvalidQuery("has no letters or digits to search for")
        if len(terms) > max_terms:
            raise InvalidQuery(f"has more than {max_terms} words")
        return cls(terms)

    @property
    def query_string(self):
        return " ".join(self.terms)

    @cached_property
    def pattern(self):
        """One regular expression of every term, over folded text. Latin-script
        terms match as word prefixes, with the last two letters of a long term
        dropped so "thefts" and "matrículas" light up for "theft" and
        "matrícula"; unspaced scripts match as they are."""
        patterns = []
        for term in dict.fromkeys(fold(term) for term in self.terms):
            if UNSPACED.search(term):
                patterns.append(re.escape(term))
            else:
                stem = term if len(term) <= 4 else term[: max(4, len(term) - 2)]
                patterns.append(rf"(?<!\w){re.escape(stem)}\w*")
        return re.compile("|".join(patterns))

    def highlight(self, text, width=200):
        """An HTML fragment of ``text`` around the first matching word, with
        every match in ``<mark>``; None when no term occurs in ``text``."""
        if not text:
            return None
        matches = list(self.pattern.finditer(fold(text)))
        if not matches:
            return None
        start = max(0, matches[0].start() - width // 4)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > matches[0].end() else end
        parts = ["…" if start else ""]
        position = start
        for match in matches:
            if match.start() < start or match.end() > end:
                continue
            parts.append(escape(text[position : match.start()]))
            parts.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
            position = match.end()
        parts.append(escape(text[position:end]))
        parts.append("…" if end < len(text) else "")
        return "".join(parts)
