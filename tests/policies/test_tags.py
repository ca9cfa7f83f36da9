"""Policies take tags, and residents and the API find policies by tag."""

from plugins.policies.models import PolicyPage
from tests import factories


def test_filter_policies_by_tag(section_indexes):
    parent = section_indexes["policies"]
    alpr = factories.PolicyPageFactory(parent=parent, title="Plate readers")
    alpr.tags.add("alpr", "privacy")
    alpr.save()
    drones = factories.PolicyPageFactory(parent=parent, title="Drones")
    drones.tags.add("drones", "privacy")
    drones.save()
    factories.PolicyPageFactory(parent=parent, title="Use of force")

    assert list(PolicyPage.objects.filter(tags__name="alpr")) == [alpr]
    assert set(PolicyPage.objects.filter(tags__name="privacy")) == {alpr, drones}
    assert not PolicyPage.objects.filter(tags__name="unknown").exists()


def test_tags_are_kept_with_each_published_revision(section_indexes):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.tags.add("alpr")
    policy.save_revision().publish()
    policy.tags.set(["alpr", "retention"])
    revision = policy.save_revision()
    live = PolicyPage.objects.get(pk=policy.pk)

    assert [tag.name for tag in live.tags.all()] == ["alpr"]
    assert sorted(tag.name for tag in revision.as_object().tags.all()) == [
        "alpr",
        "retention",
    ]


def test_tags_are_listed_on_the_page(client, section_indexes):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.tags.add("alpr")
    policy.save_revision().publish()
    response = client.get(policy.url)
    assert (
        b'<p class="site-tags"><span class="usa-sr-only">Tags:</span>'
        b' <span class="usa-tag">alpr</span></p>'
    ) in response.content
