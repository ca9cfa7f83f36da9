"""Every page type of the public site, in each of the demo's five languages
(English, Spanish, Vietnamese, simplified Chinese and Arabic), on a 320 px
phone and a 1280 px desktop: it reflows without scrolling sideways, has 0
axe-core violations of WCAG 2.1 A and AA, shows every image it has, and
says which language it is in (Arabic right to left; fallback content in its
own language).

One tab walks the pages; each page, language and width is its own test.
"""

import json

import pytest

from tests.browser.checks import (
    RESULTS,
    accessibility_violations,
    broken_images,
    heading_language,
    horizontal_scrolling,
    language_attributes,
)
from tests.browser.site_pages import ON_DEMO_SITE, PAGE_TYPES, page_address

pytestmark = ON_DEMO_SITE

LANGUAGES = ["en", "es", "vi", "zh-hans", "ar"]
WIDTHS = [320, 1280]
RIGHT_TO_LEFT = {"ar"}
# What the site cannot show yet, each marked as an expected failure with its
# reason: strict, so that the day it works the mark has to go.
NOT_YET = {}


def walk():
    for type_key in PAGE_TYPES:
        for language in LANGUAGES:
            for width in WIDTHS:
                reason = NOT_YET.get((type_key, language))
                yield pytest.param(
                    type_key,
                    language,
                    width,
                    id=f"{type_key}-{language}-{width}px",
                    marks=[pytest.mark.xfail(strict=True, reason=reason)]
                    if reason
                    else [],
                )


@pytest.fixture(scope="module")
def addresses(site_server):
    return {
        (type_key, language): page_address(type_key, language)
        for type_key in PAGE_TYPES
        for language in LANGUAGES
    }


@pytest.fixture(scope="module")
def walk_report():
    """What each page showed, written to test-results/site-walk.json after
    the walk: the pages tested with their axe-core counts, for the record."""
    report = {}
    yield report
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "site-walk.json").write_text(json.dumps(report, indent=1))


@pytest.fixture(scope="module")
def answered():
    """The status of the page the walk's tab shows, by URL."""
    return {}


@pytest.fixture
def visit(site_page, site_server, addresses, answered):
    """Open a page type in a language at a width; the address it was found at."""

    def open_page(type_key, language, width):
        address = addresses[type_key, language]
        if address is None:
            pytest.fail(f"the demo has no live {PAGE_TYPES[type_key][0]}")
        url = site_server.url + address.path
        site_page.set_viewport_size({"width": width, "height": 900})
        # The same page at another width is laid out again, not loaded again.
        if url not in answered:
            answered.clear()
            answered[url] = site_page.goto(url).status
        assert answered[url] == 200, f"{address.path} answered {answered[url]}"
        return address

    return open_page


@pytest.mark.parametrize(("type_key", "language", "width"), list(walk()))
def test_page_is_accessible(
    visit, site_page, site_server, walk_report, type_key, language, width
):
    address = visit(type_key, language, width)
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    # Fallback content is the source's, so its heading is marked English.
    content_language = ["en", "ltr"] if address.fallback else [language, direction]

    violations = accessibility_violations(site_page)
    too_wide = horizontal_scrolling(site_page)
    walk_report[f"{type_key}-{language}-{width}px"] = {
        "path": address.path,
        "axe violations": len(violations),
        "scroll width": site_page.evaluate("document.scrollingElement.scrollWidth"),
    }
    problems = [
        *(f"reflow: {line}" for line in too_wide),
        *(f"axe: {line}" for line in violations),
        *(f"asked another host for {url}" for url in site_server.outside_requests),
        *(f"broken image {url}" for url in broken_images(site_page)),
    ]
    site_server.outside_requests.clear()
    if (found := language_attributes(site_page)) != [language, direction]:
        problems.append(f"<html lang dir> is {found}, not {[language, direction]}")
    if (found := heading_language(site_page)) != content_language:
        problems.append(f"the heading's lang dir is {found}, not {content_language}")

    assert not problems, f"{address.path}:\n" + "\n".join(problems)
