"""Shared fixtures: an agency site with every section, in the source language."""

import pytest
from wagtail.models import Locale, Page, Site

from tests import factories


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home_page(locales):
    root = Page.get_first_root_node()
    home = factories.HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return home


@pytest.fixture
def section_indexes(home_page):
    """Every section's index page under the home page, keyed by section."""
    return {
        "policies": factories.PolicyIndexPageFactory(parent=home_page),
        "stories": factories.StoryIndexPageFactory(parent=home_page),
        "tips": factories.TipIndexPageFactory(parent=home_page),
        "guides": factories.GuideIndexPageFactory(parent=home_page),
        "awards": factories.AwardIndexPageFactory(parent=home_page),
        "faqs": factories.FAQPageFactory(parent=home_page),
    }
