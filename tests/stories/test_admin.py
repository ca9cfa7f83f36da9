"""Adding and editing success stories and the story index through the admin."""

import datetime

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.stories.models import StoryIndexPage, StoryPage
from tests import factories
from tests.stories.form_data import story_form, story_index_form


@pytest.fixture
def story_index(section_indexes):
    return section_indexes["stories"]


def test_add_the_story_index(page_admin, home_page):
    index = page_admin.create(
        home_page,
        StoryIndexPage,
        nested_form_data(
            {"title": "Success stories", "slug": "stories", "summary": "Outcomes."}
        ),
    )
    assert index.live


def test_add_a_story(page_admin, story_index):
    story = page_admin.create(story_index, StoryPage, story_form())
    assert story.live
    assert story.privacy_confirmed
    assert story.story_date == datetime.date(2026, 5, 1)
    assert [partner.value for partner in story.community_partners] == [
        "Eastside Bike Co-op"
    ]
    assert story.media_coverage[0].value["outlet"] == "Riverside Ledger"
    assert sorted(tag.name for tag in story.tags.all()) == ["bikes", "plate readers"]


def test_add_a_story_with_a_photo(page_admin, story_index):
    image = factories.ImageFactory()
    story = page_admin.create(
        story_index,
        StoryPage,
        story_form(
            images=streamfield(
                [
                    (
                        "image",
                        {
                            "image": image.pk,
                            "alt_text": "",
                            "caption": "The recovered bikes",
                            "credit": "",
                        },
                    )
                ]
            )
        ),
    )
    assert story.images[0].value["image"] == image


def test_add_a_story_linked_to_its_policy_and_technology(
    page_admin, story_index, section_indexes, locales
):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    technology = factories.TechnologyFactory(locale=locales["en"])
    form = story_form()
    form["policies"] = [policy.pk]
    form["technologies"] = [technology.pk]
    story = page_admin.create(story_index, StoryPage, form)
    assert list(story.policies.all()) == [policy]
    assert list(story.technologies.all()) == [technology]


def test_edit_a_story(page_admin, story_index):
    story = page_admin.create(story_index, StoryPage, story_form())
    page_admin.edit(story, story_form(area="Northside"), publish=True)
    story.refresh_from_db()
    assert story.area == "Northside"


def test_an_image_without_alt_text_is_refused_in_place(page_admin, story_index):
    image = factories.ImageFactory()
    type(image).objects.filter(pk=image.pk).update(description="")
    response = page_admin.post_create(
        story_index,
        StoryPage,
        story_form(
            images=streamfield([("image", {"image": image.pk, "alt_text": ""})])
        ),
    )
    message = (
        "Alt text is required: describe the image for people who use screen readers."
    )
    assert page_admin.form_errors(response) == {
        "images": [
            {"blockErrors": {0: {"blockErrors": {"alt_text": {"messages": [message]}}}}}
        ]
    }


def test_edit_the_story_index(page_admin, story_index):
    page_admin.edit(story_index, story_index_form(title="Our stories"), publish=True)
    story_index.refresh_from_db()
    assert story_index.title == "Our stories"
