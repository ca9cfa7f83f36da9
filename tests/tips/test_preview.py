"""Editors preview tips, guides and their indexes, in every content language."""

import pytest

from tests import factories
from tests.tips.form_data import guide_form, index_form, tip_form


def test_preview_a_tip(page_admin, section_indexes, in_language, demo_language):
    tip = factories.TipPageFactory(parent=section_indexes["tips"])
    tip = in_language(tip, demo_language.code)

    response = page_admin.preview(tip, tip_form(slug=tip.slug))

    assert demo_language.html_root in response.content
    assert b"<p>Lock your car and hide your bags.</p>" in response.content
    assert b'<h3 class="usa-process-list__heading">Hide it</h3>' in response.content
    do = b'<div class="usa-icon-list__content">Park in a lit area</div>'
    assert do in response.content


def test_preview_a_guide(page_admin, section_indexes, in_language, demo_language):
    guide = factories.GuidePageFactory(parent=section_indexes["guides"])
    guide = in_language(guide, demo_language.code)

    response = page_admin.preview(guide, guide_form(slug=guide.slug))

    assert demo_language.html_root in response.content
    assert b"</strong> Within a week</li>" in response.content
    assert b'<a href="tel:555-0100">555-0100</a>' in response.content


@pytest.mark.parametrize("section", ["tips", "guides"])
def test_preview_an_index(
    page_admin, section_indexes, in_language, demo_language, section
):
    index = in_language(section_indexes[section], demo_language.code)
    response = page_admin.preview(
        index, index_form(slug=index.slug, title="Unsaved title")
    )
    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved title</h1>" in response.content
