"""The reading-level measure on texts whose grades are known: counted by hand
(words, sentences, syllables) and put through the published formulas."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.environment import reading_grade_target
from plugins.plainlanguage.measures import (
    fernandez_huerta_grade,
    measure_for,
    read,
    sentences_of,
)

# Flesch-Kincaid: 0.39 × words/sentence + 11.8 × syllables/word − 15.59.
ENGLISH = [
    # 9 words, 1 sentence, 11 syllables (o-ver, la-zy): 3.51 + 14.42 − 15.59
    ("The quick brown fox jumps over the lazy dog.", 2.3),
    # 13 words, 1 sentence, 24 syllables: 5.07 + 21.78 − 15.59 (the worked
    # example of the Flesch-Kincaid article on Wikipedia).
    (
        "The Australian platypus is seemingly a hybrid of a mammal and reptilian "
        "creature.",
        11.3,
    ),
]

# Fernández-Huerta: 206.84 − 60 × syllables/word − 1.02 × words/sentence,
# read against its table of school grades.
SPANISH = [
    # 8 words, 2 sentences, 11 syllables: 206.84 − 82.5 − 4.08 = 120.3 (90+)
    ("Mi casa es roja. Tu gato es gris.", 120.3, 4),
    # 13 words, 1 sentence, 28 syllables: 206.84 − 129.23 − 13.26 = 64.3 (60-70)
    (
        "Los vecinos pueden solicitar la copia del informe policial en la sede "
        "municipal.",
        64.3,
        8,
    ),
    # 6 words, 1 sentence, 23 syllables: 206.84 − 230 − 6.12 = −29.3 (below 30)
    ("Las administraciones municipales garantizan la confidencialidad.", -29.3, 16),
]


@pytest.mark.parametrize(("text", "grade"), ENGLISH)
def test_english_is_read_as_a_flesch_kincaid_grade(text, grade):
    reading = read(text, "en")
    assert (reading.measure.code, reading.grade, reading.score) == (
        "flesch-kincaid",
        grade,
        grade,
    )


@pytest.mark.parametrize(("text", "index", "grade"), SPANISH)
def test_spanish_is_read_as_a_fernandez_huerta_index_mapped_to_a_grade(
    text, index, grade
):
    reading = read(text, "es")
    assert (reading.measure.code, reading.score, reading.grade) == (
        "fernandez-huerta",
        index,
        grade,
    )


@pytest.mark.parametrize(
    ("index", "grade"),
    [
        (104, 4),
        (90, 4),
        (89.9, 5),
        (80, 5),
        (70, 6),
        (69.9, 8),
        (60, 8),
        (59.9, 12),
        (50, 12),
        (30, 14),
        (29.9, 16),
        (-5, 16),
    ],
)
def test_the_fernandez_huerta_table_gives_the_top_grade_of_each_band(index, grade):
    assert fernandez_huerta_grade(index) == grade


def test_regional_variants_use_their_language_measure():
    assert measure_for("en-gb").code == "flesch-kincaid"
    assert measure_for("es-mx").code == "fernandez-huerta"


@pytest.mark.parametrize("language_code", ["vi", "zh-hans", "ar", "fr", "", None])
def test_a_language_without_an_established_formula_has_no_measure(language_code):
    assert measure_for(language_code) is None
    assert read("Một câu đơn giản cho mọi người đọc.", language_code) is None


@pytest.mark.parametrize("text", ["", "   ", "Drones", "Body cameras.", "462.1"])
def test_too_little_text_has_no_reading(text):
    assert read(text, "en") is None
    assert read(text, "es") is None


def test_a_very_easy_text_reads_as_grade_zero_not_below():
    reading = read("I am. You are. We go.", "en")
    assert reading.score < 0
    assert reading.grade == 0


def test_sentences_end_at_a_stop_before_a_capital_only():
    assert sentences_of(
        "Open 8 a.m. to 5 p.m. on weekdays. Call us! Section 1798.90.5 applies. "
        "¿Qué es? 请看。规则"
    ) == [
        "Open 8 a.m. to 5 p.m. on weekdays.",
        "Call us!",
        "Section 1798.90.5 applies.",
        "¿Qué es?",
        "请看。",
        "规则",
    ]


@pytest.mark.parametrize(("value", "target"), [("8", 8), (" 7.5 ", 7.5), ("12", 12)])
def test_the_target_setting_reads_a_school_grade(value, target):
    assert reading_grade_target(value) == target


@pytest.mark.parametrize("value", ["", "eight", "0", "21", "-3"])
def test_a_target_that_is_not_a_grade_stops_the_settings_with_one_line(value):
    with pytest.raises(ImproperlyConfigured) as error:
        reading_grade_target(value)
    assert "CMS_READING_GRADE_TARGET" in str(error.value)
    assert "\n" not in str(error.value)
