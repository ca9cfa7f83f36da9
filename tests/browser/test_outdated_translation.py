"""The Spanish license-plate reader policy still says what English version 1.0
said: a Spanish reader is told so, in Spanish, with the version and date of
the current official English text and a link to it."""

from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime

from tests.browser.checks import accessibility_violations, language_attributes
from tests.browser.site_pages import (
    ON_DEMO_SITE,
    address_in,
    english_page,
    page_address,
)

pytestmark = ON_DEMO_SITE

PolicyVersion = apps.get_model("trust_policies", "PolicyVersion")
# The notice: a note on the page that links to the English text.
NOTICE = "main [role='note']:has(a[hreflang='en'])"


@pytest.fixture(scope="module")
def official_text(site_server):
    """The current English policy: its address, version and publication date
    as a Spanish reader reads it."""
    policy = english_page("PolicyPage", "license-plate-readers")
    version = PolicyVersion.objects.filter(policy=policy).first()
    with translation.override("es"):
        published = date_format(localtime(policy.last_published_at), "DATE_FORMAT")
    return {"path": policy.url, "version": version.label, "published": published}


def test_the_outdated_spanish_policy_says_so(site_page, site_server, official_text):
    spanish = page_address("policy", "es")
    site_page.goto(site_server.url + spanish.path)

    notice = site_page.locator(NOTICE)
    assert notice.count() == 1, "no notice linking to the English text"
    text = notice.inner_text()
    language = notice.evaluate("(note) => note.closest('[lang]').lang")
    link = notice.locator("a[hreflang='en']")

    assert not spanish.fallback
    assert language == "es"
    assert official_text["version"] in text, text
    assert official_text["published"] in text, text
    assert "translation" not in text.lower() and "official" not in text.lower(), text
    assert urlsplit(link.get_attribute("href")).path == official_text["path"]
    assert accessibility_violations(site_page) == []

    with site_page.expect_navigation():
        link.click()
    assert urlsplit(site_page.url).path == official_text["path"]
    assert language_attributes(site_page) == ["en", "ltr"]


def test_a_current_translation_has_no_such_notice(site_page, site_server):
    """The Spanish body-worn camera policy is as current as its source."""
    spanish = address_in(english_page("PolicyPage", "body-worn-cameras"), "es")
    site_page.goto(site_server.url + spanish.path)

    assert not spanish.fallback
    assert site_page.locator("main h1").count() == 1
    assert site_page.locator(NOTICE).count() == 0
