"""The public site in Chromium: one demo agency, one server and one browser for
the whole folder.

The demo is the worker's (``tests/demo_world.py``): the folder works on a
copy of its own, with the agency set up on top, dropped when the last of its
tests is done. The folder is one unit of work for xdist
(``tests/scheduling.py``), sent whole to one worker. They are ``django_db``
tests, each in a transaction rolled back after it (what a test posts is
undone), and ask for no ``live_server``, which would flush the database after
each test: the folder's own server stands in (on SQLite the copy is an
in-memory database, whose connection the server shares with the tests, as
pytest-django arranges).

A failed test leaves a full-page screenshot of what the browser showed in
``test-results/<test id>.png`` (gitignored), beside the run's other reports.
"""

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test.utils import modify_settings, override_settings
from playwright.sync_api import Page
from pytest_django.live_server_helper import LiveServer

from tests.browser.checks import save_screenshot
from tests.browser.chromium import launch, record_outside_requests, sync_playwright
from tests.demo_world import demo_copy


@dataclass
class SiteServer:
    """The live server and where the demo's uploads are kept."""

    url: str
    media: Path
    outside_requests: list = field(default_factory=list)


@pytest.fixture(scope="package")
def site_server(demo_template, django_db_blocker):
    """The demo agency on a live server, for every test in this folder.

    The database is a copy of the demo of the folder's own
    (``tests/demo_world.py``), dropped after the folder, and stays open to this
    thread and the server's for the folder's whole run. Feedback's rate limit is
    raised so that the forms' tests are never refused with a 429.
    """
    with (
        django_db_blocker.unblock(),
        demo_copy(demo_template) as demo,
        override_settings(CMS_FEEDBACK_RATE_LIMIT="1000/m"),
        modify_settings(ALLOWED_HOSTS={"append": "127.0.0.1"}),
    ):
        # As `make run` does after the demo: the agency's set-up, which syncs
        # every language's page tree (untranslated pages become honest
        # fallback copies) and makes the roles.
        call_command("setup_agency", stdout=io.StringIO())
        server = LiveServer("127.0.0.1")
        try:
            yield SiteServer(url=server.url, media=demo.media)
        finally:
            server.stop()


@pytest.fixture(autouse=True)
def _demo_media(request, _test_settings, settings):
    """Each test's own MEDIA_ROOT (tests/conftest.py) would hold none of the
    demo's images: point it back at the demo's, for tests that use the demo."""
    if "site_server" in request.fixturenames:
        settings.MEDIA_ROOT = request.getfixturevalue("site_server").media


@pytest.fixture(scope="package")
def browser():
    """Chromium for the folder. Playwright's synchronous API keeps an event loop
    in this thread, which Django takes for async code and refuses database
    queries in; the tests' queries (counting feedback, finding addresses) are
    plain synchronous ones, so Django is told so while the browser runs."""
    with (
        pytest.MonkeyPatch.context() as patch,
        sync_playwright() as playwright,
    ):
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = launch(playwright, offline=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def site_page(browser, site_server):
    """One browser tab for the module, reused by its tests. Uploads come from
    the demo's media folder, which the live server serves at MEDIA_URL (as
    object storage does in production)."""
    context = browser.new_context()
    context.on("request", record_outside_requests(site_server.outside_requests))
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep a full-page screenshot of a failed test's tab."""
    outcome = yield
    report = outcome.get_result()
    pages = [
        value
        for value in getattr(item, "funcargs", {}).values()
        if isinstance(value, Page)
    ]
    if report.when == "call" and report.failed and pages:
        try:
            path = save_screenshot(pages[0], item.nodeid)
        except Exception as error:  # noqa: BLE001 - the test's own failure matters more
            report.sections.append(("screenshot", f"none taken: {error}"))
        else:
            report.sections.append(("screenshot", str(path)))
