"""Where each page type of the demo agency lives, in each language.

A language the page was translated into has its own address. A page synced
into a language without a translation (an alias) is served there as its
source, marked as a fallback. A page with neither has no address in that
language: the walk asks for the source's path under that language's prefix,
which the site answers with 404.
"""

from dataclasses import dataclass

import pytest
from wagtail.models import Locale, Page, get_page_models

from tests.browser.chromium import requires_chromium

# The marks of a test on the demo site: Chromium and the database (each test in
# a transaction rolled back after it).
ON_DEMO_SITE = [requires_chromium, pytest.mark.django_db]

# The page types a resident meets, keyed by the name a test id shows, with the
# demo page that stands for each (its English slug), or None for the first.
PAGE_TYPES = {
    "home": ("HomePage", None),
    "policies": ("PolicyIndexPage", None),
    "policy": ("PolicyPage", "license-plate-readers"),
    "technology-registry": ("TransparencyPage", None),
    "stories": ("StoryIndexPage", None),
    "story": ("StoryPage", None),
    "tips": ("TipIndexPage", None),
    "tip": ("TipPage", None),
    "guides": ("GuideIndexPage", None),
    "guide": ("GuidePage", None),
    "faqs": ("FAQPage", None),
    "events": ("EventIndexPage", None),
    "event": ("EventPage", None),
    "awards": ("AwardIndexPage", None),
    "award": ("AwardPage", None),
    "you-said-we-did": ("YouSaidWeDidPage", None),
    "feedback": ("FeedbackPage", None),
    "contact": ("ContactPage", None),
}


@dataclass(frozen=True)
class Address:
    path: str
    fallback: bool  # the source page, shown in a language it lacks


def english_page(model_name, slug):
    models = {model.__name__: model for model in get_page_models()}
    if model_name not in models:
        return None
    pages = (
        models[model_name]
        .objects.live()
        .public()
        .filter(locale__language_code="en")
        .order_by("path")
    )
    if slug:
        pages = pages.filter(slug=slug)
    return pages.first()


def page_address(type_key, language_code):
    """Where a resident reads this page type in this language, or None when
    the demo has no such page."""
    page = english_page(*PAGE_TYPES[type_key])
    return None if page is None else address_in(page, language_code)


def address_in(page, language_code):
    """Where a resident reads this English page in this language."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.get_translation_or_none(locale)
    if translation is not None and translation.live:
        # A synced copy (an alias) is the source shown in this language.
        return Address(translation.url, fallback=translation.alias_of_id is not None)
    path = Page.objects.get(pk=page.pk).url
    return Address(f"/{language_code}/{path.removeprefix('/en/')}", fallback=True)
