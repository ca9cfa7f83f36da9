"""What a resident typed, made safe to search: words only, bounded in length
and number, plus a server-side highlight of those words in a result's text,
marked in the original text also where the match is folded, stemmed or
segmented (``plugins.search.analysis``).

Only runs of letters and digits reach a backend. Punctuation, quotes and
operators are dropped, so no query can break SQLite's FTS5 syntax, a
PostgreSQL ``tsquery`` or an Elasticsearch query, and a query that is only
punctuation is refused rather than turned into a scan of everything.
"""

import re
from html import escape

from plugins.search.analysis import WORD, analyzer

# Scripts written without spaces between words: no word boundaries to match.
UNSPACED = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3040-\u30ff]")


class InvalidQuery(ValueError):
    pass


class SearchTerms:
    def __init__(self, terms):
        self.terms = terms
        # {language code: matcher}: a search highlights a few languages.
        self.matchers = {}

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

    @property
    def relaxable(self):
        """Whether asking for any word rather than every word could find more:
        there are several words, or a run of an unspaced script, which the
        backend splits into words."""
        return len(self.terms) > 1 or any(UNSPACED.search(term) for term in self.terms)

    def matcher(self, language_code):
        """A test of whether a word of text in ``language_code`` matches a
        term, and the words to find inside runs of an unspaced script.

        Words are compared as the language's analysis sees them (folded,
        normalized, stemmed), so a folded or stemmed match is marked where it
        stands in the original text. Latin-script terms match as word
        prefixes, with the last two letters of a long term dropped, so
        "thefts" and "matrículas" light up for "theft" and "matrícula"."""
        if language_code in self.matchers:
            return self.matchers[language_code]
        words = analyzer(language_code)
        prefixes, inner = [], []
        for term in self.terms:
            if UNSPACED.search(term):
                for form in words.query_forms(term):
                    inner.extend(form.words)
                continue
            key = words.highlight_key(term)
            prefixes.append(key if len(key) <= 4 else key[: max(4, len(key) - 2)])
        prefixes = tuple(dict.fromkeys(prefixes))
        inner = sorted(set(inner), key=len, reverse=True)

        def matches(word):
            return words.highlight_key(word).startswith(prefixes)

        self.matchers[language_code] = matches, inner
        return matches, inner

    def spans(self, text, language_code=None):
        """(start, end) of every match in ``text``, in order."""
        matches, inner = self.matcher(language_code)
        found = []
        for word in WORD.finditer(text):
            if inner and UNSPACED.search(word[0]):
                taken = []
                for piece in inner:
                    for hit in re.finditer(re.escape(piece), word[0]):
                        span = (word.start() + hit.start(), word.start() + hit.end())
                        if not any(s < span[1] and span[0] < e for s, e in taken):
                            taken.append(span)
                found.extend(taken)
            elif matches(word[0]):
                found.append(word.span())
        return sorted(found)

    def highlight(self, text, width=200, language_code=None):
        """An HTML fragment of ``text`` (in ``language_code``) around the
        first matching word, with every match in ``<mark>``; None when no term
        occurs in ``text``."""
        if not text:
            return None
        matches = self.spans(text, language_code)
        if not matches:
            return None
        first_start, first_end = matches[0]
        start = max(0, first_start - width // 4)
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + width)
        if end < len(text):
            space = text.rfind(" ", start, end)
            end = space if space > first_end else end
        parts = ["…" if start else ""]
        position = start
        for match_start, match_end in matches:
            if match_start < start or match_end > end:
                continue
            parts.append(escape(text[position:match_start]))
            parts.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
            position = match_end
        parts.append(escape(text[position:end]))
        parts.append("…" if end < len(text) else "")
        return "".join(parts)
