"""Terms a resident may not know, used before the page explains them.

A term is an acronym (a word of two or more capital letters, such as ALPR or
NCIC; Roman numerals aside) or a term of the glossary of the page's language
(matched whole, in any case, plural too). It is explained at its first use when

- a parenthesis follows it: "ALPR (automated license-plate reader)";
- it stands in a parenthesis after its expansion: "license-plate readers
  (ALPR)"; or
- the glossary's explanation of it appears in the text at or before the end of
  the sentence of its first use.

Each term used before it is explained is reported once, in reading order,
with the sentence of its first use and the glossary's explanation when there
is one, which the editor can put into the text.
"""

import re
from dataclasses import dataclass

from plugins.plainlanguage.measures import sentences_of

ACRONYM = re.compile(r"\b(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{2,}(?=s?\b)")
ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")
# Scripts written without spaces between words: a term matches anywhere.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
OPENS_EXPLANATION = re.compile(r"\s*\((?=[^)]*[^\W\d_])")
OPEN_PARENTHESIS_BEFORE = re.compile(r"\(\s*$")
CLOSE_PARENTHESIS_AFTER = re.compile(r"\s*\)")


@dataclass(frozen=True)
class Term:
    term: str
    explanation: str = ""


@dataclass(frozen=True)
class Finding:
    """A term used before it is explained."""

    term: str
    sentence: str
    explanation: str = ""

    @property
    def in_glossary(self):
        return bool(self.explanation)


def is_acronym(term):
    return bool(ACRONYM.fullmatch(term)) and not ROMAN_NUMERAL.match(term)


def term_pattern(term):
    """A glossary term, matched as whole words in any case, each word with or
    without an English or Spanish plural ending; an acronym in capitals only."""
    if UNSPACED.search(term):
        return re.compile(re.escape(term))
    # Any word may take the plural: "audit trails", "listas de alerta".
    words = r"\s+".join(
        re.escape(word) + ("(?:s|es)?" if word[-1].isalpha() else "")
        for word in term.split()
    )
    flags = 0 if is_acronym(term) else re.IGNORECASE
    return re.compile(rf"(?<!\w){words}(?!\w)", flags)


def normalized(text):
    return " ".join(text.lower().split()).rstrip(".")


class Text:
    """Passages joined in reading order, with each passage's place."""

    def __init__(self, passages):
        self.passages = list(passages)
        self.text = "\n".join(self.passages)
        self.starts = []
        offset = 0
        for passage in self.passages:
            self.starts.append(offset)
            offset += len(passage) + 1

    def sentence_at(self, position):
        """(the sentence around ``position``, the offset where it ends)."""
        index = max(i for i, start in enumerate(self.starts) if start <= position)
        passage, start = self.passages[index], self.starts[index]
        cursor = 0
        for sentence in sentences_of(passage):
            found = passage.find(sentence, cursor)
            cursor = found + len(sentence)
            if start + cursor >= position:
                return sentence, start + cursor
        return passage, start + len(passage)

    def explained_at(self, match, explanation):
        after, before = self.text[match.end() :], self.text[: match.start()]
        if OPENS_EXPLANATION.match(after):
            return True
        if OPEN_PARENTHESIS_BEFORE.search(before) and CLOSE_PARENTHESIS_AFTER.match(
            after
        ):
            return True
        if explanation:
            _sentence, end = self.sentence_at(match.start())
            return normalized(explanation) in normalized(self.text[:end])
        return False


def unexplained_terms(passages, glossary=()):
    """The acronyms and ``glossary`` terms (``Term``s) used in ``passages``
    before they are explained, as ``Finding``s in reading order."""
    text = Text(passages)
    first_uses = {}
    for entry in glossary:
        match = term_pattern(entry.term).search(text.text)
        key = entry.term.casefold()
        if match and key not in first_uses:
            first_uses[key] = (match, entry.term, entry.explanation)
    # An acronym inside a glossary term ("AMBER" of "AMBER Alert") is that term.
    glossary_words = {
        word.casefold() for entry in glossary for word in entry.term.split()
    }
    for match in ACRONYM.finditer(text.text):
        key = match.group().casefold()
        known = key in first_uses or key in glossary_words
        if is_acronym(match.group()) and not known:
            first_uses[key] = (match, match.group(), "")
    findings = []
    for match, term, explanation in sorted(
        first_uses.values(), key=lambda use: use[0].start()
    ):
        if not text.explained_at(match, explanation):
            sentence, _end = text.sentence_at(match.start())
            findings.append(Finding(term, sentence, explanation))
    return findings
