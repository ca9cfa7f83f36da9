"""The jargon check: acronyms and glossary terms of the page's language used
before the text explains them, in English and in Spanish."""

import pytest
from wagtail.models import Locale

from cms.models import HomePage
from plugins.plainlanguage.assessment import assess
from plugins.plainlanguage.jargon import Term, unexplained_terms
from plugins.plainlanguage.models import GlossaryTerm

GLOSSARY = [
    Term("ALPR", "A camera that reads license plates."),
    Term("hotlist", "A list of plates we look for."),
    Term("AMBER Alert", "An urgent alert about a taken child."),
]
ES_GLOSSARY = [
    Term("lista de alerta", "Una lista de matrículas que buscamos."),
    Term("retención", "Cuánto tiempo guardamos los datos."),
]


def findings(passages, glossary=GLOSSARY):
    return [
        (finding.term, finding.sentence, finding.explanation)
        for finding in unexplained_terms(passages, glossary)
    ]


def test_a_term_used_before_it_is_explained_is_reported_once_with_its_sentence():
    assert findings(
        ["Plate readers", "We check plates against a hotlist. The ALPR logs it."],
        glossary=GLOSSARY,
    ) == [
        ("hotlist", "We check plates against a hotlist.", GLOSSARY[1].explanation),
        ("ALPR", "The ALPR logs it.", GLOSSARY[0].explanation),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "An ALPR (a camera that reads plates) logs every plate. ALPR data is kept.",
        "Automated license-plate readers (ALPR) log every plate. ALPR data is kept.",
        "A camera that reads license plates logs every plate: an ALPR.",
    ],
    ids=["expansion after", "expansion before", "glossary explanation before"],
)
def test_a_term_explained_at_its_first_use_is_not_reported(text):
    assert findings([text]) == []


def test_the_glossary_explanation_later_in_the_text_is_too_late():
    text = ["The ALPR logs plates.", "An ALPR is a camera that reads license plates."]
    assert [term for term, *_ in findings(text)] == ["ALPR"]


def test_an_acronym_outside_the_glossary_is_reported_without_an_explanation():
    assert findings(["Checks run against NCIC and CJIS records."], []) == [
        ("NCIC", "Checks run against NCIC and CJIS records.", ""),
        ("CJIS", "Checks run against NCIC and CJIS records.", ""),
    ]


def test_plurals_and_capitals_match_a_glossary_term_but_not_a_longer_word():
    assert [term for term, *_ in findings(["Hotlists are updated daily."])] == [
        "hotlist"
    ]
    assert findings(["The hotlisted plates."]) == []


def test_an_acronym_inside_a_glossary_term_is_that_term():
    assert [term for term, *_ in findings(["An AMBER Alert was issued."])] == [
        "AMBER Alert"
    ]


def test_roman_numerals_and_single_capitals_are_not_acronyms():
    assert findings(["Chapter IV, part A, of the rules."], []) == []


def test_spanish_terms_match_in_any_case_and_plural():
    assert findings(
        ["Las listas de alerta se actualizan. La Retención es de 30 días."],
        ES_GLOSSARY,
    ) == [
        (
            "lista de alerta",
            "Las listas de alerta se actualizan.",
            ES_GLOSSARY[0].explanation,
        ),
        ("retención", "La Retención es de 30 días.", ES_GLOSSARY[1].explanation),
    ]


def test_a_term_in_a_script_without_spaces_matches_inside_words():
    glossary = [Term("车牌识别", "读取车牌的摄像头。")]
    assert [term for term, *_ in findings(["我们使用车牌识别摄像头。"], glossary)] == [
        "车牌识别"
    ]


@pytest.fixture
def glossaries(db):
    english, spanish = (Locale.objects.get(language_code=code) for code in ("en", "es"))
    GlossaryTerm.objects.create(locale=english, term="hotlist", explanation="A list.")
    GlossaryTerm.objects.create(
        locale=spanish, term="lista de alerta", explanation="Una lista."
    )
    return english, spanish


def test_a_page_is_checked_against_the_glossary_of_its_own_language(glossaries):
    english, spanish = glossaries
    text = "The hotlist and the lista de alerta are read daily."
    for locale, term in ((english, "hotlist"), (spanish, "lista de alerta")):
        page = HomePage(title="Plate readers", summary=text, locale=locale)
        assert [finding.term for finding in assess(page).terms] == [term]
