"""The {% language_attributes %} tag: lang and dir for a page or a previewed snippet."""

import pytest
from django.template import Context, Template
from django.utils import translation

from tests import factories

TEMPLATE = Template("{% load cms_tags %}<html {% language_attributes %}>")


def render(**context):
    return TEMPLATE.render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", '<html lang="en" dir="ltr">'),
        ("zh-hans", '<html lang="zh-hans" dir="ltr">'),
        ("ar", '<html lang="ar" dir="rtl">'),
    ],
)
def test_a_page_gives_its_locale(
    section_indexes, publish_translation, language, expected
):
    page = section_indexes["faqs"]
    if language != "en":
        page = publish_translation(page, language)
    assert render(page=page) == expected


def test_a_snippet_gives_its_locale(locales):
    faq = factories.FAQFactory(locale=locales["ar"])
    assert render(object=faq) == '<html lang="ar" dir="rtl">'


def test_the_page_wins_over_other_objects(section_indexes, locales):
    faq = factories.FAQFactory(locale=locales["ar"])
    assert render(page=section_indexes["faqs"], object=faq) == (
        '<html lang="en" dir="ltr">'
    )


def test_without_a_page_the_active_language_is_used():
    with translation.override("es"):
        assert render() == '<html lang="es" dir="ltr">'


def test_an_object_without_a_locale_uses_the_active_language():
    with translation.override("vi"):
        assert render(object="Not translatable") == '<html lang="vi" dir="ltr">'
