"""What the editor sees of a page's plain language: its reading level against
the target, its hardest sentences, and the terms it uses before explaining
them, all from the text a resident reads (``page_text``).

The page is measured as one text in which every passage (a title, a heading,
a list item) is a sentence of its own. The hardest sentences are the three
with the highest grade among those of at least ``HARD_SENTENCE_MIN_WORDS``
words: a short heading is not what makes a page hard to read.
"""

from dataclasses import dataclass, field

from plugins.plainlanguage.conf import target_grade
from plugins.plainlanguage.jargon import Term, unexplained_terms
from plugins.plainlanguage.measures import measure_for, sentences_of
from plugins.plainlanguage.page_text import page_passages

HARDEST_SENTENCES = 3
HARD_SENTENCE_MIN_WORDS = 6
SENTENCE_ENDINGS = tuple(".!?…:;。！？؟")


def reading_text(passages):
    """Passages as one text, each ending as a sentence ends."""
    return " ".join(
        passage if passage.endswith(SENTENCE_ENDINGS) else f"{passage}."
        for passage in passages
    )


@dataclass(frozen=True)
class HardSentence:
    sentence: str
    grade: float
    score: float


@dataclass
class Assessment:
    language_code: str
    target: float
    measure: object = None
    reading: object = None
    hardest: list = field(default_factory=list)
    terms: list = field(default_factory=list)

    @property
    def above_target(self):
        return self.reading is not None and self.reading.grade > self.target

    @property
    def to_fix(self):
        """How many things the editor could fix: a grade above the target and
        each unexplained term."""
        return int(self.above_target) + len(self.terms)


def hardest_sentences(passages, measure, count=HARDEST_SENTENCES):
    readings = []
    for passage in passages:
        for sentence in sentences_of(passage):
            reading = measure.read(sentence)
            if reading and reading.words >= HARD_SENTENCE_MIN_WORDS:
                readings.append((measure.difficulty(reading), sentence, reading))
    readings.sort(key=lambda item: item[0], reverse=True)
    return [
        HardSentence(sentence, reading.grade, reading.score)
        for _key, sentence, reading in readings[:count]
    ]


def glossary_of(locale_id):
    from plugins.plainlanguage.models import GlossaryTerm

    return [
        Term(term, explanation)
        for term, explanation in GlossaryTerm.objects.filter(
            locale_id=locale_id, live=True
        ).values_list("term", "explanation")
    ]


def language_of(page):
    return page.locale.language_code


def measure_page(page):
    """(the measure, the reading) of a page's text: (None, None) in a language
    without a measure, (measure, None) when the text is too short."""
    measure = measure_for(language_of(page))
    if measure is None:
        return None, None
    return measure, measure.read(reading_text(page_passages(page)))


def assess(page, glossary=None):
    """The plain-language assessment of ``page`` (a specific page, saved or
    not). ``glossary``: ``Term``s; by default those of the page's language."""
    language_code = language_of(page)
    passages = page_passages(page)
    measure = measure_for(language_code)
    if glossary is None:
        glossary = glossary_of(page.locale_id)
    assessment = Assessment(
        language_code=language_code,
        target=target_grade(),
        measure=measure,
        terms=unexplained_terms(passages, glossary),
    )
    if measure is not None:
        assessment.reading = measure.read(reading_text(passages))
        assessment.hardest = hardest_sentences(passages, measure)
    return assessment
