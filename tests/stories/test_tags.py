"""Stories take tags, and stories are found by tag."""

from plugins.stories.models import StoryPage
from tests import factories


def test_filter_stories_by_tag(section_indexes):
    parent = section_indexes["stories"]
    bikes = factories.StoryPageFactory(parent=parent)
    bikes.tags.add("bikes", "plate readers")
    bikes.save()
    scam = factories.StoryPageFactory(parent=parent, incident_category="fraud")
    scam.tags.add("scams")
    scam.save()

    assert list(StoryPage.objects.filter(tags__name="bikes")) == [bikes]
    assert list(StoryPage.objects.filter(tags__name="scams")) == [scam]


def test_tags_are_listed_on_the_story(client, section_indexes):
    story = factories.StoryPageFactory(parent=section_indexes["stories"])
    story.tags.add("bikes")
    story.save_revision().publish()
    response = client.get(story.url)
    assert (
        b'<p class="site-tags"><span class="usa-sr-only">Tags:</span>'
        b' <span class="usa-tag">bikes</span></p>'
    ) in response.content
