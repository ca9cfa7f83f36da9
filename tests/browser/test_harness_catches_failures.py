"""The checks fail a page that breaks their rules: a page that is too wide for
a phone, an image without a text alternative, fallback content not marked with
its own language. Without this, a walk that passes could be a walk that checks
nothing."""

import re
import struct

import pytest

from tests.browser.checks import (
    accessibility_violations,
    broken_images,
    heading_language,
    horizontal_scrolling,
    language_attributes,
    save_screenshot,
)
from tests.browser.chromium import record_outside_requests, requires_chromium
from tests.deployment.processes import free_port

pytestmark = requires_chromium

PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
BROKEN_PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Broken on purpose</title></head>
<body>
  <main>
    <h1>Cameras</h1>
    <div id="too-wide" style="width: 600px; height: 10px"></div>
    <img alt="Broken" src="data:image/gif;base64,broken" width="1" height="1">
    <img id="no-alt" src="{PIXEL}" width="1" height="1">
  </main>
</body>
</html>"""
FIXED_PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixed</title></head>
<body>
  <main lang="en" dir="ltr">
    <h1>Cameras</h1>
    <div style="max-width: 600px; height: 10px"></div>
    <img alt="A camera" src="{PIXEL}" width="1" height="1">
  </main>
</body>
</html>"""


@pytest.fixture(scope="module")
def tab(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    yield context.new_page()
    context.close()


def test_a_broken_page_fails_every_check(tab):
    tab.set_content(BROKEN_PAGE)

    too_wide = horizontal_scrolling(tab)
    violations = accessibility_violations(tab)

    # The page scrolls sideways, and the element to blame is named: in a
    # right-to-left page it sticks out past the left edge.
    width = re.fullmatch(r"the page is (\d+) px wide in a 320 px viewport", too_wide[0])
    assert int(width[1]) >= 600, too_wide
    assert any(line.startswith("div#too-wide ") for line in too_wide[1:]), too_wide
    assert "image-alt (critical): #no-alt" in violations, violations
    assert broken_images(tab) == ["data:image/gif;base64,broken"]
    # The English heading is marked as the page's Arabic.
    assert heading_language(tab) == ["ar", "rtl"]


def test_the_same_page_fixed_passes(tab):
    tab.set_content(FIXED_PAGE)

    assert horizontal_scrolling(tab) == []
    assert accessibility_violations(tab) == []
    assert broken_images(tab) == []
    assert language_attributes(tab) == ["ar", "rtl"]
    assert heading_language(tab) == ["en", "ltr"]


def test_a_failure_leaves_a_full_page_screenshot(tab, tmp_path):
    """What the hook in conftest.py keeps of a failed test's tab."""
    tab.set_content(BROKEN_PAGE)

    path = save_screenshot(tab, "tests/browser/test_x.py::test_y[ar-320px]", tmp_path)

    png = path.read_bytes()
    width, height = struct.unpack(">II", png[16:24])
    assert path.name == "test_x.py_test_y_ar-320px_.png"
    assert png.startswith(b"\x89PNG")
    # The whole page, the part past the 320 px viewport included.
    assert width >= 600, (width, height)


def test_a_page_asking_another_host_is_caught_at_once(browser):
    """The site must work with no network: what a page asks of another host
    is recorded, and fails at once, unresolved, instead of waiting for a
    timeout; even ``localhost``, which resolves on any machine, is another
    host than the test server's 127.0.0.1."""
    context = browser.new_context()
    outside = []
    context.on("request", record_outside_requests(outside))
    failures = {}

    def failed(request):
        failures[request.url] = request.failure

    context.on("requestfailed", failed)
    tab = context.new_page()
    tab.set_default_timeout(5000)
    asked = [
        "http://images.example.org/badge.png",
        f"http://localhost:{free_port()}/logo.png",
        "https://cdn.example.com/uswds.css",
    ]
    try:
        tab.set_content(
            f'<link rel="stylesheet" href="{asked[2]}">'
            f'<img alt="" src="{asked[0]}"><img alt="" src="{asked[1]}">'
            f'<img alt="" src="{PIXEL}">'
        )
        assert sorted(outside) == asked
        assert failures == dict.fromkeys(asked, "net::ERR_NAME_NOT_RESOLVED")
        assert sorted(broken_images(tab)) == asked[:2]
    finally:
        context.close()
