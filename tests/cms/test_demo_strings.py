"""Demo translations are stored whole or not at all."""

import pytest
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo.strings import store_manual_translations


class Missing(Exception):
    pass


def test_every_segment_is_stored_as_a_manual_translation(home_page, locales):
    source, _created = TranslationSource.get_or_create_from_instance(home_page)
    texts = StringSegment.objects.filter(source=source).values_list(
        "string__data", flat=True
    )
    strings = {text: f"es: {text}" for text in texts}
    translation = store_manual_translations(
        home_page, locales["es"], strings, lambda segment: Missing()
    )
    stored = StringTranslation.objects.filter(locale=locales["es"])
    assert {row.data for row in stored} == set(strings.values())
    assert stored.filter(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL
    ).count() == len(texts)
    total, translated = translation.get_progress()
    assert total == translated > 0


def test_a_missing_string_stores_nothing(home_page, locales):
    def missing(segment):
        return Missing(segment.string.data)

    with pytest.raises(Missing):
        store_manual_translations(home_page, locales["es"], {}, missing)
    assert not StringTranslation.objects.exists()
    assert not Translation.objects.exists()
