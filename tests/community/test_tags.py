"""Awards take tags, and awards are found by tag."""

from plugins.community.models import AwardPage
from tests import factories


def test_filter_awards_by_tag(section_indexes):
    parent = section_indexes["awards"]
    night_out = factories.AwardPageFactory(parent=parent)
    night_out.tags.add("national night out")
    night_out.save()
    youth = factories.AwardPageFactory(parent=parent, category="youth")
    youth.tags.add("youth")
    youth.save()

    assert list(AwardPage.objects.filter(tags__name="national night out")) == [
        night_out
    ]
    assert list(AwardPage.objects.filter(tags__name="youth")) == [youth]


def test_tags_are_listed_on_the_award(client, section_indexes):
    award = factories.AwardPageFactory(parent=section_indexes["awards"])
    award.tags.add("youth")
    award.save_revision().publish()
    response = client.get(award.url)
    assert '<span class="usa-tag">youth</span>' in response.text
