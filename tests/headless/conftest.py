"""Fixtures for the delivery API: a published agency site and an API client."""

import pytest
from django.core.cache import cache

from blocks import rendition_widths
from tests import factories


@pytest.fixture(autouse=True)
def _clear_api_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def image(db):
    """An image whose renditions exist, as they do after its first request."""
    image = factories.ImageFactory()
    image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    return image


@pytest.fixture
def technology(db, locales):
    return factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )


@pytest.fixture
def faq(db, locales):
    return factories.FAQFactory(question="Who can see the data?", locale=locales["en"])


def rich_body(image, faq, link_target):
    return [
        factories.section("1", "Purpose", "Why we use plate readers."),
        {
            "type": "paragraph",
            "value": (
                f'<p>See <a linktype="page" id="{link_target.pk}">the index</a>.</p>'
            ),
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "",
                "caption": "A camera",
                "credit": "",
            },
        },
        {"type": "faqs", "value": {"title": "Questions", "faqs": [faq.pk]}},
    ]


@pytest.fixture
def make_policy(section_indexes, image, faq, technology):
    """Publish a policy whose body has an image, an internal link and an FAQ block."""

    def make(**kwargs):
        kwargs.setdefault("body", rich_body(image, faq, section_indexes["policies"]))
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], share_image=image, **kwargs
        )
        policy.technologies.add(technology)
        policy.tags.add("alpr")
        policy.save_revision().publish()
        return policy

    return make


@pytest.fixture
def policy(make_policy):
    return make_policy(title="License-plate readers")
