"""The public site in Chromium: one demo agency, one server and one browser for
the whole folder.

Loading the demo takes seconds, so it is loaded once, committed, for every
test in tests/browser/, and when the last of them is done the database is
flushed and given back the rows migrations made, as Django's
``serialized_rollback`` does. No other test runs between them on a worker:
the folder is one unit of work for xdist (``tests/scheduling.py``), sent
whole to one worker. They are ``django_db`` tests, each in a
transaction rolled back after it (what a test posts is undone), and ask for no
``live_server``, which would flush the database after each test: the folder's
own server stands in (on SQLite's in-memory test database it shares the
tests' connection, as pytest-django's does).

A failed test leaves a full-page screenshot of what the browser showed in
``test-results/<test id>.png`` (gitignored), beside the run's other reports.
"""

import io
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection
from django.test.utils import modify_settings, override_settings
from playwright.sync_api import Page
from pytest_django.live_server_helper import LiveServer

from tests.browser.checks import save_screenshot
from tests.browser.chromium import launch, sync_playwright


def on_test_database():
    """Whether the connection is the test run's database, never one to keep."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return Path(str(connection.settings_dict["NAME"])).name.startswith("test_")


def empty_database():
    """Every row gone but the content types and permissions, which stay as
    migrations made them: a row saved on the way back may look its content
    type up, and would add it again under another id. Sequences go on from
    where they are, past the rows given back."""
    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [
        table
        for table in connection.introspection.django_table_names(only_existing=True)
        if table not in kept
    ]
    connection.ops.execute_sql_flush(
        connection.ops.sql_flush(no_style(), tables, allow_cascade=True)
    )


@dataclass
class SiteServer:
    """The live server and where the demo's uploads are kept."""

    url: str
    media: Path
    outside_requests: list = field(default_factory=list)


@pytest.fixture(scope="package")
def site_server(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo agency on a live server, for every test in this folder.

    The database stays open to this thread and the server's for the folder's
    whole run. Feedback's
    rate limit is raised so that the forms' tests are never refused with a 429.
    """
    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, CMS_FEEDBACK_RATE_LIMIT="1000/m"),
        modify_settings(ALLOWED_HOSTS={"append": "127.0.0.1"}),
    ):
        if not on_test_database():
            pytest.fail(f"not a test database: {connection.settings_dict['NAME']}")
        migrated = connection.creation.serialize_db_to_string()
        try:
            cache.clear()
            # As `make run` does: the demo, then the agency's set-up, which
            # syncs every language's page tree (untranslated pages become
            # honest fallback copies) and makes the roles.
            call_command("load_demo", stdout=io.StringIO())
            call_command("setup_agency", stdout=io.StringIO())
            server = LiveServer("127.0.0.1")
            try:
                yield SiteServer(url=server.url, media=media)
            finally:
                server.stop()
        finally:
            empty_database()
            connection.creation.deserialize_db_from_string(migrated)
            cache.clear()


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
        chromium = launch(playwright)
        try:
            yield chromium
        finally:
            chromium.close()


def serve_uploads(media, outside_requests):
    """A route handler: uploads come from the demo's media folder (no web
    server serves /media/ in tests, as none does in production: object storage
    does), and any request to another host is refused and recorded (the site
    must work with no network)."""

    def handle(route):
        url = urlsplit(route.request.url)
        if url.hostname != "127.0.0.1":
            outside_requests.append(route.request.url)
            route.abort()
        elif url.path.startswith("/media/"):
            path = media / url.path.removeprefix("/media/")
            if path.is_file():
                route.fulfill(path=path)
            else:
                route.fulfill(status=404)
        else:
            route.continue_()

    return handle


@pytest.fixture(scope="module")
def site_page(browser, site_server):
    """One browser tab for the module, reused by its tests."""
    context = browser.new_context()
    context.route(
        "**/*", serve_uploads(site_server.media, site_server.outside_requests)
    )
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
