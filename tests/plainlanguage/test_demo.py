"""The demo meets its own bar: every English and Spanish plain-terms summary of
a policy reads at or below grade 8. Its glossary is loaded in English and
translated into Spanish through wagtail-localize, once."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from plugins.plainlanguage.demo import (
    TERMS,
    MissingGlossaryTranslation,
    load_glossary,
)
from plugins.plainlanguage.measures import read
from plugins.policies.demo import POLICIES
from plugins.policies.demo.translations import STRINGS

SUMMARIES = [
    (policy["key"], language_code, text)
    for policy in POLICIES
    for language_code, text in (
        ("en", policy["summary"]),
        ("es", STRINGS["es"][policy["summary"]]),
    )
]


@pytest.mark.parametrize(
    ("policy", "language_code", "summary"),
    SUMMARIES,
    ids=[f"{policy}-{code}" for policy, code, _text in SUMMARIES],
)
def test_every_policy_summary_reads_at_or_below_grade_8(policy, language_code, summary):
    assert read(summary, language_code).grade <= 8


@pytest.mark.django_db
def test_the_demo_glossary_is_loaded_in_english_and_translated_into_spanish():
    lines = []
    english = load_glossary(write=lines.append)
    assert lines == ["Glossary: 10 created", "Glossary (es) translations: 10 created"]
    spanish = Locale.objects.get(language_code="es")
    assert [term.term for term in english] == [entry[1] for entry in TERMS]
    for term, (_key, _english, _explanation, translations) in zip(
        english, TERMS, strict=True
    ):
        translated = term.get_translation(spanish)
        assert translated.live
        assert (translated.term, translated.explanation) == translations["es"]
        assert Translation.objects.filter(
            source__object_id=term.translation_key, target_locale=spanish
        ).exists()

    lines.clear()
    load_glossary(write=lines.append)
    assert lines == [
        "Glossary: 10 already present",
        "Glossary (es) translations: 10 already present",
    ]


@pytest.mark.django_db
def test_a_language_the_demo_glossary_lacks_stops_the_load():
    with pytest.raises(MissingGlossaryTranslation, match="no vi translation"):
        load_glossary(translate_to=("vi",))
