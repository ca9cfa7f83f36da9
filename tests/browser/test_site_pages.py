"""Every page type of the public site, in English, Spanish and Arabic, on a
320 px phone and a 1280 px desktop: it reflows without scrolling sideways, has
0 axe-core violations of WCAG 2.1 A and AA, and says which language it is in
(Arabic right to left; fallback content in its own language).

One tab walks the pages; each page, language and width is its own test.
"""

import pytest

from tests.browser.checks import (
    accessibility_violations,
    heading_language,
    horizontal_scrolling,
    language_attributes,
)
from tests.browser.site_pages import ON_DEMO_SITE, PAGE_TYPES, page_address

pytestmark = ON_DEMO_SITE

LANGUAGES = ["en", "es", "ar"]
WIDTHS = [320, 1280]
RIGHT_TO_LEFT = {"ar"}


@pytest.fixture(scope="module")
def addresses(site_server):
    return {
        (type_key, language): page_address(type_key, language)
        for type_key in PAGE_TYPES
        for language in LANGUAGES
    }


@pytest.fixture
def visit(site_page, site_server, addresses):
    """Open a page type in a language at a width; the address it was found at."""

    def open_page(type_key, language, width):
        address = addresses[type_key, language]
        if address is None:
            pytest.fail(f"the demo has no live {PAGE_TYPES[type_key][0]}")
        site_page.set_viewport_size({"width": width, "height": 900})
        response = site_page.goto(site_server.url + address.path)
        assert response.status == 200, f"{address.path} answered {response.status}"
        return address

    return open_page


@pytest.mark.parametrize("width", WIDTHS, ids=lambda width: f"{width}px")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("type_key", PAGE_TYPES)
def test_page_is_accessible(visit, site_page, site_server, type_key, language, width):
    address = visit(type_key, language, width)
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    # Fallback content is the source's, so its heading is marked English.
    content_language = ["en", "ltr"] if address.fallback else [language, direction]

    problems = [
        *(f"reflow: {line}" for line in horizontal_scrolling(site_page)),
        *(f"axe: {line}" for line in accessibility_violations(site_page)),
        *(f"asked another host for {url}" for url in site_server.outside_requests),
    ]
    site_server.outside_requests.clear()
    if (found := language_attributes(site_page)) != [language, direction]:
        problems.append(f"<html lang dir> is {found}, not {[language, direction]}")
    if (found := heading_language(site_page)) != content_language:
        problems.append(f"the heading's lang dir is {found}, not {content_language}")

    assert not problems, f"{address.path}:\n" + "\n".join(problems)
