"""A resident pages through a long section: its cards a page at a time, the
page links fitting a phone's screen in a left-to-right and a right-to-left
language, and passing axe's WCAG 2.1 AA rules."""

import re

import pytest
from django.core.cache import cache

from plugins.site import rendering
from tests.browser.checks import accessibility_violations, horizontal_scrolling
from tests.browser.site_pages import ON_DEMO_SITE, page_address

pytestmark = ON_DEMO_SITE
# The links' name, in the reader's language.
NAMED = {"en": "Pagination", "ar": "ترقيم الصفحات"}


@pytest.mark.parametrize(
    ("language", "width"),
    [("en", 320), ("ar", 320), ("en", 1280)],
    ids=lambda value: f"{value}px" if isinstance(value, int) else value,
)
def test_a_resident_pages_through_a_long_section(
    site_page, site_server, monkeypatch, language, width
):
    # The demo's six tips, one a page: page 3 shows the most links
    # (1 2 3 4 … 6). The server runs in this process and reads the setting.
    monkeypatch.setattr(rendering, "CARDS_PER_PAGE", 1)
    cache.clear()
    section = page_address("tips", language)
    site_page.set_viewport_size({"width": width, "height": 900})
    site_page.goto(f"{site_server.url}{section.path}?page=3")
    links = site_page.locator("nav.usa-pagination")

    assert links.get_attribute("aria-label") == NAMED[language]
    assert links.locator("[aria-current=page]").inner_text() == "3"
    assert site_page.locator(".usa-card").count() == 1
    assert horizontal_scrolling(site_page) == []
    assert accessibility_violations(site_page) == []

    with site_page.expect_navigation():
        links.locator(".usa-pagination__button", has_text=re.compile(r"^4$")).click()

    assert site_page.url == f"{site_server.url}{section.path}?page=4"
    assert links.locator("[aria-current=page]").inner_text() == "4"
