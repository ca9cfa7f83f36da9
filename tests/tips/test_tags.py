"""Tips and guides take tags, and are found by tag."""

import pytest

from plugins.tips.models import GuidePage, TipPage
from tests import factories


@pytest.mark.parametrize(
    ("model", "factory", "section"),
    [
        (TipPage, factories.TipPageFactory, "tips"),
        (GuidePage, factories.GuidePageFactory, "guides"),
    ],
)
def test_filter_by_tag(section_indexes, model, factory, section):
    tagged = factory(parent=section_indexes[section])
    tagged.tags.add("holidays", "scams")
    tagged.save()
    other = factory(parent=section_indexes[section])
    other.tags.add("scams")
    other.save()

    assert list(model.objects.filter(tags__name="holidays")) == [tagged]
    assert set(model.objects.filter(tags__name="scams")) == {tagged, other}


def test_tip_tags_are_listed_on_the_page(client, section_indexes):
    tip = factories.TipPageFactory(parent=section_indexes["tips"])
    tip.tags.add("holidays")
    tip.save_revision().publish()
    response = client.get(tip.url)
    assert (
        b'<p class="site-tags"><span class="usa-sr-only">Tags:</span>'
        b' <span class="usa-tag">holidays</span></p>'
    ) in response.content
