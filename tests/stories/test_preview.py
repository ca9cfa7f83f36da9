"""Editors preview stories from the edit view, in every content language."""

from tests import factories
from tests.stories.form_data import story_form, story_index_form


def test_preview_a_story(page_admin, section_indexes, in_language, demo_language):
    story = factories.StoryPageFactory(parent=section_indexes["stories"])
    story = in_language(story, demo_language.code)

    response = page_admin.preview(story, story_form(slug=story.slug))

    assert demo_language.html_root in response.content
    assert b"<h1>Stolen bikes returned</h1>" in response.content
    assert b"<li>Eastside Bike Co-op</li>" in response.content


def test_a_story_can_be_previewed_before_the_privacy_check(page_admin, section_indexes):
    story = factories.StoryPageFactory(
        parent=section_indexes["stories"], live=False, privacy_confirmed=False
    )
    response = page_admin.preview(story, story_form(confirmed=False, slug=story.slug))
    assert b"<h1>Stolen bikes returned</h1>" in response.content


def test_preview_the_story_index(
    page_admin, section_indexes, in_language, demo_language
):
    index = in_language(section_indexes["stories"], demo_language.code)
    response = page_admin.preview(index, story_index_form(title="Unsaved title"))
    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved title</h1>" in response.content
