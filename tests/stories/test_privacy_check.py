"""A story cannot go live until the editor confirms it names no victim or minor."""

import pytest
from django.core.exceptions import ValidationError

from plugins.stories.models import StoryPage
from tests import factories
from tests.stories.form_data import story_form

PRIVACY_CONFIRMATION_REQUIRED = (
    "Tick the privacy confirmation before publishing: check that the story names no "
    "victim or minor and shows nothing that identifies them."
)


@pytest.fixture
def story_index(section_indexes):
    return section_indexes["stories"]


class TestInTheAdmin:
    def test_publishing_without_the_tick_is_refused_with_a_form_error(
        self, page_admin, story_index
    ):
        response = page_admin.post_create(
            story_index, StoryPage, story_form(confirmed=False)
        )
        assert page_admin.form_errors(response) == {
            "privacy_confirmed": [PRIVACY_CONFIRMATION_REQUIRED]
        }
        assert not StoryPage.objects.exists()

    def test_saving_a_draft_without_the_tick_works(self, page_admin, story_index):
        story = page_admin.create(
            story_index, StoryPage, story_form(confirmed=False), publish=False
        )
        assert not story.live
        assert not story.privacy_confirmed

    def test_publishing_with_the_tick_works(self, page_admin, story_index):
        story = page_admin.create(story_index, StoryPage, story_form(confirmed=True))
        assert story.live

    def test_a_draft_cannot_be_published_later_without_the_tick(
        self, page_admin, story_index
    ):
        story = page_admin.create(
            story_index, StoryPage, story_form(confirmed=False), publish=False
        )
        response = page_admin.post_edit(
            story, story_form(confirmed=False), publish=True
        )
        assert page_admin.form_errors(response) == {
            "privacy_confirmed": [PRIVACY_CONFIRMATION_REQUIRED]
        }
        story.refresh_from_db()
        assert not story.live

    def test_a_draft_is_published_once_ticked(self, page_admin, story_index):
        story = page_admin.create(
            story_index, StoryPage, story_form(confirmed=False), publish=False
        )
        page_admin.edit(story, story_form(confirmed=True), publish=True)
        story.refresh_from_db()
        assert story.live
        assert story.privacy_confirmed

    def test_submitting_for_moderation_needs_the_tick_too(
        self, page_admin, story_index
    ):
        story = page_admin.create(
            story_index, StoryPage, story_form(confirmed=False), publish=False
        )
        data = {**story_form(confirmed=False), "action-submit": "action-submit"}
        response = page_admin.post_edit(story, data)
        assert page_admin.form_errors(response) == {
            "privacy_confirmed": [PRIVACY_CONFIRMATION_REQUIRED]
        }


class TestOnTheModel:
    @pytest.fixture
    def draft(self, story_index):
        return factories.StoryPageFactory(
            parent=story_index, live=False, privacy_confirmed=False
        )

    def test_publishing_a_revision_without_the_tick_raises(self, draft):
        revision = draft.save_revision()
        with pytest.raises(ValidationError) as excinfo:
            revision.publish()
        assert excinfo.value.message_dict == {
            "privacy_confirmed": [PRIVACY_CONFIRMATION_REQUIRED]
        }
        draft.refresh_from_db()
        assert not draft.live

    def test_full_clean_of_a_live_story_without_the_tick_raises(self, draft):
        draft.live = True
        with pytest.raises(ValidationError) as excinfo:
            draft.full_clean()
        assert excinfo.value.message_dict == {
            "privacy_confirmed": [PRIVACY_CONFIRMATION_REQUIRED]
        }

    def test_a_draft_without_the_tick_is_valid(self, draft):
        draft.full_clean()
        draft.save_revision()
        assert draft.get_latest_revision() is not None

    def test_publishing_with_the_tick_works(self, draft):
        draft.privacy_confirmed = True
        draft.save_revision().publish()
        draft.refresh_from_db()
        assert draft.live
