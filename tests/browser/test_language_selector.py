"""A resident reading a page in English switches to Spanish with the site's
language selector and lands on the Spanish version of the same page."""

import pytest

from tests.browser.checks import language_attributes
from tests.browser.site_pages import ON_DEMO_SITE, page_address

pytestmark = ON_DEMO_SITE


@pytest.mark.parametrize("width", [320, 1280], ids=lambda width: f"{width}px")
def test_choosing_espanol_opens_the_same_page_in_spanish(site_page, site_server, width):
    english = page_address("policy", "en")
    spanish = page_address("policy", "es")
    site_page.set_viewport_size({"width": width, "height": 900})
    site_page.goto(site_server.url + english.path)
    if width < 1024:  # on a phone, the selector sits in the menu
        site_page.get_by_role("button", name="Menu").click()

    site_page.locator("button[aria-controls='language-options']").click()
    choice = site_page.locator("#language-options a[hreflang='es']")
    choice.wait_for(state="visible")
    with site_page.expect_navigation():
        choice.click()

    assert not spanish.fallback
    assert site_page.url == site_server.url + spanish.path
    assert language_attributes(site_page) == ["es", "ltr"]
    # Each language is offered in its own words.
    assert choice.inner_text().casefold() == "español"


def test_a_language_the_page_lacks_is_not_offered(site_page, site_server):
    """The selector lists the languages the page exists in: a Spanish-only
    choice list would send a resident to a page that is not there."""
    english = page_address("story", "en")
    arabic = page_address("story", "ar")
    site_page.goto(site_server.url + english.path)

    offered = site_page.locator("#language-options a").evaluate_all(
        "links => links.map((link) => link.hreflang)"
    )

    assert arabic.fallback
    assert "es" in offered
    assert "ar" not in offered
