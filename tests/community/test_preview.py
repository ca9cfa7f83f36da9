"""Editors preview awards and the awards index, in every content language."""

from tests import factories
from tests.community.form_data import award_form, award_index_form


def test_preview_an_award(page_admin, section_indexes, in_language, demo_language):
    award = factories.AwardPageFactory(parent=section_indexes["awards"])
    award = in_language(award, demo_language.code)

    response = page_admin.preview(award, award_form(slug=award.slug))

    assert demo_language.html_root in response.content
    assert b"<h1>Elm Street Block Club</h1>" in response.content
    assert b"For organizing National Night Out." in response.content


def test_preview_the_awards_index(
    page_admin, section_indexes, in_language, demo_language
):
    index = in_language(section_indexes["awards"], demo_language.code)
    response = page_admin.preview(index, award_index_form(title="Unsaved title"))
    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved title</h1>" in response.content
