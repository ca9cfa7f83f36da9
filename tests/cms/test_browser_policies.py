"""Under the Content-Security-Policy, in a real browser, nothing is refused.

Chromium loads the admin login, the dashboard and a policy's edit view as an
editor, the API docs and a public page from a live server, and records every
CSP violation, script error and request. Needs Debian's chromium
(/usr/bin/chromium) and pip's playwright; skipped, saying so, without them.
"""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from cms.roles import EDITORS, ensure_editors_group
from tests import factories
from tests.browser.chromium import launch, requires_chromium, sync_playwright

pytestmark = requires_chromium
# Every securitypolicyviolation event, recorded before any page script runs.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline"}` +
    ` (${event.sourceFile}:${event.lineNumber})`
  );
});
"""


class Visit:
    """What the browser saw while loading one page."""

    def __init__(self, page):
        self.page = page
        self.errors = []
        self.requests = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("request", lambda request: self.requests.append(request.url))

    def open(self, url, ready=None):
        response = self.page.goto(url, wait_until="networkidle")
        if ready:
            self.page.wait_for_selector(ready, timeout=15000)
        self.status = response.status
        self.violations = self.page.evaluate("window.cspViolations")
        return self


@pytest.fixture
def world(migration_rows, live_server, section_indexes):
    """An editor signed in, and a live policy to edit and read, on a live server."""
    ensure_editors_group()
    editor = User.objects.create_user("dana", "dana@example.org", "x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    client = Client()
    client.force_login(editor)
    return policy, client.cookies["sessionid"].value


def test_admin_docs_and_site_load_with_no_violation(world, live_server):
    policy, session = world
    origin = live_server.url
    pages = {
        "admin login": ("/admin/login/", "form.login-form"),
        "dashboard": ("/admin/", "main"),
        "policy edit view": (f"/admin/pages/{policy.pk}/edit/", "form[data-edit-form]"),
        "API docs": ("/api/v1/docs", "#swagger-ui .opblock"),
        "public policy page": (policy.url, "main h1"),
    }
    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            context = browser.new_context()
            context.add_init_script(RECORD_VIOLATIONS)
            visits = {}
            for name, (path, ready) in pages.items():
                visits[name] = Visit(context.new_page()).open(origin + path, ready)
                if name == "admin login":  # the rest as the signed-in editor
                    context.add_cookies(
                        [{"name": "sessionid", "value": session, "url": origin}]
                    )
        finally:
            browser.close()

    seen = {
        name: {
            "status": visit.status,
            "violations": visit.violations,
            "script errors": visit.errors,
            "elsewhere": [
                url
                for url in visit.requests
                if urlsplit(url)[:2] != urlsplit(origin)[:2]
                and not url.startswith(("data:", "blob:"))
            ],
        }
        for name, visit in visits.items()
    }
    clean = {"status": 200, "violations": [], "script errors": [], "elsewhere": []}
    assert seen == dict.fromkeys(pages, clean)
