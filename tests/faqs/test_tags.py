"""FAQs take tags, and FAQs are found by tag."""

from plugins.faqs.models import FAQ
from tests import factories


def test_filter_faqs_by_tag(locales):
    footage = factories.FAQFactory(locale=locales["en"])
    footage.tags.add("cameras", "privacy")
    footage.save()
    drones = factories.FAQFactory(locale=locales["en"])
    drones.tags.add("drones", "privacy")
    drones.save()

    assert list(FAQ.objects.filter(tags__name="cameras")) == [footage]
    assert set(FAQ.objects.filter(tags__name="privacy")) == {footage, drones}


def test_a_translation_keeps_its_own_tags(locales, publish_translation):
    faq = factories.FAQFactory(locale=locales["en"])
    faq.tags.add("cameras")
    faq.save()
    translation = publish_translation(faq, "es")
    translation.tags.set(["cámaras"])
    translation.save()

    assert list(FAQ.objects.filter(tags__name="cameras")) == [faq]
    assert list(FAQ.objects.filter(tags__name="cámaras")) == [translation]
