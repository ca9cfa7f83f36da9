"""Reading level per language: the US school grade a text asks of its reader,
from textstat's formulas, for the languages that have an established one.

- English: the Flesch-Kincaid grade level (Kincaid et al., 1975),
  0.39 × words per sentence + 11.8 × syllables per word − 15.59, with
  syllables from the CMU Pronouncing Dictionary. Grades below 0 read as 0.
- Spanish: the Fernández-Huerta readability index (1959; with the corrected
  coefficients, 206.84 − 60 × syllables per word − 1.02 × words per sentence),
  mapped to a grade with Fernández-Huerta's own table of school levels, as
  legible.es reproduces it ("Lecturabilidad de Fernández Huerta"):
  90–100 4th grade, 80–90 5th, 70–80 6th, 60–70 "7th or 8th" (read as 8),
  50–60 pre-university (12), 30–50 first university courses (14), below 30
  university specialization (16). The grade is the upper end of each band, so
  a text reaches an 8th-grade target at an index of 60.
- Every other language (Vietnamese, Chinese, Arabic among them) has no
  measure: ``measure_for`` returns None and no grade is invented.

Fewer than ``MIN_WORDS`` words are too little text to measure.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _
from textstat.textstat import textstatistics

MIN_WORDS = 3

# Fernández-Huerta's table: (lowest index of a band, its school grade).
FERNANDEZ_HUERTA_GRADES = ((90, 4), (80, 5), (70, 6), (60, 8), (50, 12), (30, 14))
FERNANDEZ_HUERTA_LOWEST_GRADE = 16


def fernandez_huerta_grade(index):
    for lowest, grade in FERNANDEZ_HUERTA_GRADES:
        if index >= lowest:
            return grade
    return FERNANDEZ_HUERTA_LOWEST_GRADE


def flesch_kincaid_grade(score):
    return max(0.0, round(score, 1))


@cache
def statistics_in(textstat_language):
    """One textstat instance per language: each keeps its own language, so
    readings in two languages never share the module-wide ``set_lang``."""
    statistics = textstatistics()
    statistics.set_lang(textstat_language)
    return statistics


@dataclass(frozen=True)
class Reading:
    measure: "Measure"
    # The formula's own figure: the Flesch-Kincaid grade, or the
    # Fernández-Huerta index (0-100, higher is easier).
    score: float
    grade: float
    words: int


@dataclass(frozen=True)
class Measure:
    code: str
    label: str
    textstat_language: str
    formula: str
    grade_of: Callable[[float], float]
    # True when a higher score means an easier text (an ease index).
    higher_is_easier: bool = False

    def read(self, text):
        """The reading of ``text``, or None when it is too short to measure."""
        statistics = statistics_in(self.textstat_language)
        words = statistics.lexicon_count(text or "")
        if words < MIN_WORDS:
            return None
        score = round(getattr(statistics, self.formula)(text), 1)
        return Reading(
            measure=self, score=score, grade=self.grade_of(score), words=words
        )

    def difficulty(self, reading):
        """A sort key: larger for a harder text, also within one grade band."""
        return (
            reading.grade,
            -reading.score if self.higher_is_easier else reading.score,
        )


MEASURES = {
    "en": Measure(
        code="flesch-kincaid",
        label=_("Flesch-Kincaid grade"),
        textstat_language="en_US",
        formula="flesch_kincaid_grade",
        grade_of=flesch_kincaid_grade,
    ),
    "es": Measure(
        code="fernandez-huerta",
        label=_("Fernández-Huerta index"),
        textstat_language="es",
        formula="fernandez_huerta",
        grade_of=fernandez_huerta_grade,
        higher_is_easier=True,
    ),
}


def measure_for(language_code):
    """The reading-level measure of a language (``en``, ``en-gb``, ``es-mx``),
    or None where there is no established one."""
    return MEASURES.get((language_code or "").split("-")[0].lower())


def read(text, language_code):
    """The reading of ``text`` in a language; None where the language has no
    measure or the text is too short."""
    measure = measure_for(language_code)
    return measure.read(text) if measure else None


# A sentence ends at . ! ? or … followed by a space, or at Chinese and Arabic
# full stops and question marks.
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？؟])")


def sentences_of(passage):
    """The sentences of a passage. A break followed by a lowercase letter is
    not an end ("e.g. the", "8 a.m. to 5"); "1798.90.5" has no break at all."""
    sentences = []
    for part in SENTENCE_BREAK.split(passage):
        part = part.strip()
        if not part:
            continue
        if sentences and part[0].islower():
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return sentences
