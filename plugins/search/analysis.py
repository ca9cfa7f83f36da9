"""What the database backends index and match for text in each language: the
same words at index time and at query time, as ``languages.LANGUAGES`` says.

SQLite FTS5 (``unicode61``) and PostgreSQL (its parser and the language's
text-search configuration) split text at spaces and punctuation, lower its case
and, where a configuration has one, stem it. What they cannot do is done here,
before the text reaches them:

* segmentation of Chinese into words, with jieba and the dictionary it ships,
  loaded once per process on first use. Indexed text gets every word of the
  search-engine cut (``人脸识别`` gives ``人脸 识别 人脸识别``); a query gets the
  precise cut, whose words are among them;
* diacritic folding: ``biển số`` is indexed and matched as ``bien so``;
* exact spellings, kept beside the folded words as tokens of ASCII letters and
  digits, which neither tokenizer changes (FTS5's folds ``ê`` but not ``ể``):
  a query typed with diacritics also matches them, so the exact match scores
  higher and ranks first;
* Arabic normalization and light stemming (``plugins.search.arabic``).

Languages that need none of it (English) are indexed as they are. Suggestions
(``autocomplete_text``) get the same analysis without stemming or exact
tokens, so a typed prefix completes a title; Chinese suggestion text is
indexed by character and matched as a phrase.
"""

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from plugins.search import arabic
from plugins.search.languages import language

# Combining marks, which Python's \w leaves out: Latin diacritics typed
# decomposed (a Vietnamese keyboard in "Unicode to hop" mode sends "Ma\u0301y"
# for "Máy") and Arabic vowel marks (tashkeel: "تُحذف"). Within a word they
# belong to it; folding or Arabic normalization then removes them.
MARKS = (
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7\u06e8\u06ea-\u06ed"
)
# A word: letters and digits, with the combining marks written on them.
WORD = re.compile(rf"[^\W_](?:[^\W_]|[{MARKS}])*")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Letters that carry no diacritic in Unicode but fold like one.
FOLD_LETTERS = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o"})


@cache
def segmenter():
    """jieba's tokenizer with its shipped dictionary, loaded once per process
    (about a second; jieba caches the parsed dictionary in the temporary
    directory)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@lru_cache(maxsize=65536)
def fold(word):
    """``word`` in lower case without diacritics: ``Đường`` gives ``duong``."""
    decomposed = unicodedata.normalize("NFD", word.translate(FOLD_LETTERS))
    return "".join(
        char for char in decomposed if not unicodedata.combining(char)
    ).lower()


@lru_cache(maxsize=65536)
def exact_token(word):
    """The token that stands for ``word``'s exact spelling: its folded form,
    ``x`` and a digest of the spelling."""
    spelling = unicodedata.normalize("NFC", word.lower())
    digest = hashlib.blake2b(spelling.encode(), digest_size=4).hexdigest()
    return f"{fold(word)}x{digest}"


@dataclass(frozen=True)
class Form:
    """Words that must all occur for a query term to match. ``loose``: the
    backend may match them loosely (SQLite's prefix matching); an exact
    spelling token is matched as it is."""

    words: tuple
    loose: bool = True


class Analyzer:
    def __init__(self, language):
        self.language = language

    @property
    def needed(self):
        return self.language.analysed_in_python

    def segment(self, word, for_index):
        if not (self.language.segment and HAN.search(word)):
            return [word]
        tokenizer = segmenter()
        cut = tokenizer.cut_for_search(word) if for_index else tokenizer.cut(word)
        return [piece for piece in cut if WORD.fullmatch(piece)]

    def stem(self, word):
        if self.language.stemmer == "arabic" and ARABIC.search(word):
            return arabic.stem(word)
        return word

    def normalize(self, word):
        """A word as suggestions match it: folded or normalized, not stemmed."""
        if self.language.fold:
            return fold(word)
        if self.language.stemmer == "arabic" and ARABIC.search(word):
            return arabic.normalize(word).lower()
        return word.lower()

    def index_words(self, word, exact=True):
        """The tokens indexed for one word of text."""
        tokens = []
        for piece in self.segment(word, for_index=True):
            normal = self.stem(self.normalize(piece))
            tokens.append(normal)
            if exact and self.language.exact and normal != piece.lower():
                tokens.append(exact_token(piece))
        return tokens

    def index_text(self, text, exact=True):
        """``text`` as the database indexes it: each word replaced by its
        tokens, the rest left for the database's parser. ``exact=False``
        leaves out the exact spellings (``exact_text``)."""
        if not self.needed or not text:
            return text
        return WORD.sub(
            lambda match: " ".join(self.index_words(match[0], exact=exact)), text
        )

    def exact_text(self, text):
        """The exact-spelling tokens of ``text``'s words that folding changes,
        or "" in a language that keeps none."""
        if not self.language.exact or not text:
            return ""
        return " ".join(
            exact_token(word)
            for word in WORD.findall(text)
            if fold(word) != word.lower()
        )

    def characters(self, word):
        """An unspaced word as its characters, which suggestions match as a
        phrase: a typed prefix may end inside a word (``自动车`` of
        ``自动车牌识别器``), where no segmentation of it would match."""
        if self.language.segment and HAN.search(word):
            return " ".join(word)
        return None

    def autocomplete_text(self, text):
        if not self.needed or not text:
            return text
        return WORD.sub(
            lambda match: self.characters(match[0]) or self.normalize(match[0]),
            text,
        )

    def query_forms(self, term, autocomplete=False, partial=False):
        """The ways one query term can match text in this language.
        ``partial``: the term is being typed, and its last word will be
        matched as a prefix; a Chinese one may end inside a word, so its last
        one or two characters are also tried as the start of one."""
        if autocomplete:
            return [Form((self.characters(term) or self.normalize(term),))]
        pieces = self.segment(term, for_index=False) or [term]
        forms = [Form(tuple(self.stem(self.normalize(piece)) for piece in pieces))]
        if partial and self.language.segment and HAN.search(term):
            for cut in (1, 2):
                if len(term) > cut:
                    head = self.segment(term[:-cut], for_index=False)
                    forms.append(Form((*head, term[-cut:])))
        if self.language.exact and len(pieces) == 1 and fold(term) != term.lower():
            forms.append(Form((exact_token(term),), loose=False))
        return forms

    def highlight_key(self, word):
        """What a word of text is compared by when highlighting it."""
        return self.stem(fold(word) if not ARABIC.search(word) else word).lower()


def analyzer(code):
    """The analyzer for language ``code`` (None: no language), as the table
    says now."""
    return analyzer_for(language(code))


@cache
def analyzer_for(entry):
    return Analyzer(entry)
